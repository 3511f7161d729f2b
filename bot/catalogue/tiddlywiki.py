"""A guideline kept as a TiddlyWiki tiddler (a `.tid` file): header fields (created:, title:,
type: text/vnd.tiddlywiki) over a blank line, then wikitext — `!`…`!!!!` headings, `#`
numbered and `*` bulleted items, `|cell|cell|` tables (`|!` header cells, a trailing `h`, `c`
or `k` row mark), ''bold'', [[links]], @@styles@@ and <<macros>>. Read back as the tiddler
shows it: headings without their marks, numbered items with their numbers, table rows
tab-separated; the header fields, macros and marks blank; each line where it was.
"""

from __future__ import annotations

import re

_FIELD = re.compile(r"^[a-z][\w.-]*:\s")
_TYPE = re.compile(r"^type:\s*text/(?:vnd\.tiddlywiki|x-tiddlywiki)\s*$", re.M)
_HEADING = re.compile(r"^\s*!{1,6}\s*")
_NUMBERED = re.compile(r"^\s*(#{1,4})\s+")
_BULLET = re.compile(r"^\s*\*{1,4}\s+")
_ROW = re.compile(r"^\s*\|(?P<cells>.*)\|(?P<mark>[hcfk])?\s*$")
_MACRO = re.compile(r"^\s*<<[^>]*>>\s*$")
_LINK = re.compile(r"\[\[(?P<text>[^\]|]*)(?:\|[^\]]*)?\]\]")
_STYLE = re.compile(r"@@(?:[\w\-]+:[^;@]*;)*(?P<text>.*?)@@")
_MARKS = re.compile(r"''|//|__|\^\^|,,|~~")
MIN_HEADINGS = 2


def is_tiddler(raw_lines: list[str]) -> bool:
    """A .tid file: header fields naming TiddlyWiki's type, and ! headings below them."""
    head = "\n".join(raw_lines[:20])
    return bool(_TYPE.search(head)) and sum(1 for raw in raw_lines if _HEADING.match(raw)
                                            and raw.lstrip().startswith("!")) >= MIN_HEADINGS


def _shown(text: str) -> str:
    text = _STYLE.sub(lambda m: m["text"], text)
    text = _LINK.sub(lambda m: m["text"], text)
    return _MARKS.sub("", text)


def as_rendered(raw_lines: list[str]) -> list[str]:
    """The tiddler as shown (unchanged when the lines are no tiddler)."""
    if not is_tiddler(raw_lines):
        return raw_lines
    out: list[str] = []
    header = True
    counters = [0] * 5
    for raw in raw_lines:
        if header:  # (the fields, up to the first blank line)
            header = bool(raw.strip()) and bool(_FIELD.match(raw))
            out.append("")
            if header:
                continue
            header = False
            continue
        if _MACRO.match(raw):
            out.append("")
            continue
        row = _ROW.match(raw)
        if row is not None:
            cells = [_shown(cell.strip().lstrip("!").strip()) for cell in row["cells"].split("|")]
            out.append("\t".join(cells))
            continue
        numbered = _NUMBERED.match(raw)
        if numbered is not None:
            depth = len(numbered.group(1))
            counters[depth] += 1
            counters[depth + 1:] = [0] * (4 - depth)
            out.append(f"{counters[depth]}．{_shown(raw[numbered.end():])}")
            continue
        if not raw.strip():
            counters = [0] * 5  # (a blank line ends a numbered list)
        out.append(_shown(_BULLET.sub("", _HEADING.sub("", raw))))
    return out
