"""A guideline retyped as a Typst source file: headings `=`, `==`, `===` whose numbers only the
`#set heading(numbering: …)` rule draws, term lists (`/ 资助强度: 每项100\\~200万元`), numbered
lists (`+ …`, drawn by `#set enum(numbering: "（1）")`), tables as `#table(columns: …, [cell],
…)`, references to a heading by its label (`@qy-2`), escapes (`\\~`), and comments (`//`,
`/* … */`) that the compiled page never shows.

Read as the page shows it, line for line: each heading with the number the rule draws, a term
a label and its value, a list item numbered, a table a row a line (cells apart), a reference
the quoted title of the heading it names; comments and the preamble's rules left out.
"""

from __future__ import annotations

import re

from bot.catalogue.numbers import chinese_numeral

_HEADING = re.compile(r"^(?P<marks>={1,6})\s+(?P<text>.*?)\s*(?:<(?P<label>[\w:.-]+)>)?\s*$")
_TERM = re.compile(r"^/\s*(?P<term>[^:：]+?)\s*:\s*(?P<text>.*)$")
_ENUM = re.compile(r"^\+\s+(?P<text>.*)$")
_BULLET = re.compile(r"^-\s+(?P<text>.*)$")
_NUMBERING = re.compile(r"numbering\(\s*\"(?P<pattern>[^\"]+)\"")
_HEADING_RULE = re.compile(r"#set\s+heading\s*\(\s*numbering\s*:\s*(?:\"(?P<pattern>[^\"]+)\")?")
_ENUM_RULE = re.compile(r"#set\s+enum\s*\(\s*numbering\s*:\s*\"(?P<pattern>[^\"]+)\"")
_REFERENCE = re.compile(r"@(?P<label>[\w:.-]+)")
_CELL = re.compile(r"\[(?P<cell>(?:[^\[\]]|\[[^\[\]]*\])*)\]")
_CALL_WITH_BODY = re.compile(r"#(?:align|text|strong|emph|underline|super|sub)\([^()]*\)"
                             r"\[(?P<body>[^\]]*)\]"
                             r"|#(?:strong|emph|super|sub|underline)\[(?P<plain>[^\]]*)\]")
_CALL = re.compile(r"#[a-z]+\([^()]*\)")
_MARKUP = re.compile(r"(?<!\\)[*_]")
_ESCAPE = re.compile(r"\\([~#*_$@<>\[\]\\/+-])")
_CN = "零一二三四五六七八九十"
MIN_HEADINGS = 5


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The compiled page's lines and the line (1-based) each stands on; None when the text is
    no Typst source of a guideline."""
    rules = "\n".join(raw_lines[:60])
    if "#set" not in rules or sum(1 for raw in raw_lines if _HEADING.match(raw)) < MIN_HEADINGS:
        return None
    level_patterns = _heading_patterns(raw_lines)
    enum_rule = _ENUM_RULE.search(rules)
    enum_pattern = enum_rule["pattern"] if enum_rule else "1."
    titles = {m["label"]: _inline(m["text"], {}) for raw in raw_lines
              if (m := _HEADING.match(raw)) and m["label"]}
    counts: list[int] = []
    enum_at = 0
    lines: list[str] = []
    numbers: list[int] = []
    in_comment = in_rule = False
    table: list[tuple[str, int]] | None = None
    columns = 0
    for number, raw in enumerate(raw_lines, start=1):
        text = raw.strip()
        if in_comment:
            in_comment = "*/" not in text
            continue
        if text.startswith("/*"):
            in_comment = "*/" not in text
            continue
        if text.startswith("//") or not text:
            continue
        if in_rule:  # (a #set / #show rule's body over several lines)
            in_rule = not text.startswith("}") and not text.endswith(")")
            continue
        if table is not None:
            table.extend((m["cell"], number) for m in _CELL.finditer(text))
            if text.startswith(")"):
                for row in range(0, len(table), columns or 1):
                    cells = table[row:row + (columns or 1)]
                    lines.append("\t".join(_inline(cell, titles) for cell, _ in cells))
                    numbers.append(cells[0][1])
                table = None
            continue
        if text.startswith(("#set", "#show", "#let", "#import")):
            in_rule = text.count("{") > text.count("}") or text.count("(") > text.count(")")
            continue
        if "table(" in text or text.startswith("#table"):
            columns = _columns(raw_lines[number - 1:number + 3])
            table = []
            continue
        if (caption := re.search(r"caption\s*:\s*\[(?P<c>[^\]]*)\]", text)) is not None:
            lines.append(_inline(caption["c"], titles))
            numbers.append(number)
            continue
        if text.startswith("#figure") or text in (")", "),"):
            continue
        if (heading := _HEADING.match(text)) is not None:
            depth = len(heading["marks"])
            del counts[depth:]
            counts.extend([0] * (depth - len(counts)))
            counts[depth - 1] += 1
            enum_at = 0
            drawn = _drawn(level_patterns[depth - 1], counts[depth - 1]) \
                if depth <= len(level_patterns) else ""
            lines.append(drawn + _inline(heading["text"], titles))
            numbers.append(number)
            continue
        if (term := _TERM.match(text)) is not None:
            said = f"{_inline(term['term'], titles)}：{_inline(term['text'], titles)}"
        elif (item := _ENUM.match(text)) is not None:
            enum_at += 1
            said = _drawn(enum_pattern, enum_at) + _inline(item["text"], titles)
        elif (bullet := _BULLET.match(text)) is not None:
            said = _inline(bullet["text"], titles)
        else:
            said = _inline(text, titles)
        if said.strip():
            lines.append(said)
            numbers.append(number)
    return lines, numbers


def _heading_patterns(raw_lines: list[str]) -> list[str]:
    """The numbering each heading level draws: a pattern string, or the numbering calls of a
    function in the order of its levels (if n.len() == 1 {numbering("一、", …)} …)."""
    for index, raw in enumerate(raw_lines):
        rule = _HEADING_RULE.search(raw)
        if rule is None:
            continue
        if rule["pattern"]:
            return [rule["pattern"]] * 6
        body = "\n".join(raw_lines[index:index + 12])
        return [m["pattern"] for m in _NUMBERING.finditer(body)]
    return []


def _drawn(pattern: str, n: int) -> str:
    """一、 / （一） / 1． / （1） with the number n in the pattern's own figures."""
    if re.search(f"[{_CN}]", pattern):
        numeral = chinese_numeral(n)
        return re.sub(f"[{_CN}]+", numeral, pattern, count=1)
    return re.sub(r"\d+", str(n), pattern, count=1)


def _columns(raw_lines: list[str]) -> int:
    said = " ".join(raw_lines)
    tuple_ = re.search(r"columns\s*:\s*\((?P<cols>[^()]*)\)", said)
    if tuple_ is not None:
        return len([c for c in tuple_["cols"].split(",") if c.strip()])
    count = re.search(r"columns\s*:\s*(?P<n>\d+)", said)
    return int(count["n"]) if count else 1


def _inline(text: str, titles: dict[str, str]) -> str:
    """A line's words as compiled: calls with a body their body, bold and emphasis marks gone,
    escapes their characters, a reference the quoted title of the heading it names."""
    text = _CALL_WITH_BODY.sub(lambda m: m["body"] if m["body"] is not None else m["plain"], text)
    text = _CALL.sub("", text)
    text = _REFERENCE.sub(lambda m: f"“{titles[m['label']]}”" if m["label"] in titles
                          else m[0], text)
    text = re.sub(r"\s*<[\w:.-]+>\s*$", "", text).replace("\\ ", "").rstrip("\\").strip()
    return _ESCAPE.sub(r"\1", _MARKUP.sub("", text))
