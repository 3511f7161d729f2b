"""A guideline kept on a wiki and copied from its edit box (MediaWiki source): headings marked
== … ==, labels in '''bold''', [[links]], <code> codes, an infobox {{template}}, the editor's
<ref> notes and <!-- comments --> (other years' figures, the firm's own remarks: no guideline's
words), and a {| wikitable |}. Read back line for line as the text the page shows, without the
notes, comments and templates; each line where it was.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^(?P<marks>={2,6})\s*(?P<text>[^=].*?)\s*(?P=marks)\s*$")
_BOLD = re.compile(r"'{2,5}")
_CATEGORY = re.compile(r"\[\[(?:分类|Category|文件|File|图像|Image):[^\]]*\]\]", re.I)
_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?(?P<text>[^\]]*)\]\]")
_EXTERNAL = re.compile(r"\[(?:https?|ftp)://\S+\s*(?P<text>[^\]]*)\]")
_REF = re.compile(r"<ref\b[^>/]*/>|<ref\b[^>]*>.*?</ref>", re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TAG = re.compile(r"</?(?:code|br|span|div|small|big|u|s|sup|sub|nowiki|references|center|font)"
                  r"\b[^>]*>", re.I)
_MAGIC = re.compile(r"__[A-Z]+__")
_TEMPLATE_LINE = re.compile(r"\{\{[^{}]*\}\}")
_LIST = re.compile(r"^[#*:;]+\s*")
MIN_HEADINGS = 3


def is_wikitext(raw_lines: list[str]) -> bool:
    """A page's wiki source: three or more == headings == and bold labels."""
    headings = sum(1 for raw in raw_lines if _HEADING.match(raw))
    return headings >= MIN_HEADINGS and sum(1 for raw in raw_lines if "'''" in raw) >= 3


def without_spans(raw_lines: list[str], *patterns: re.Pattern[str]) -> list[str]:
    """The lines with what the patterns match taken out of the whole text (notes, comments,
    footnotes that may run over lines), its line breaks kept so every line stays where it
    was."""
    text = "\n".join(raw_lines)
    for pattern in patterns:
        text = pattern.sub(lambda m: "\n" * m[0].count("\n"), text)
    return text.split("\n")


def as_shown(raw_lines: list[str]) -> list[str]:
    """The text the wiki shows, line for line (the lines unchanged when it is no wiki source)."""
    if not is_wikitext(raw_lines):
        return raw_lines
    lines = without_spans(raw_lines, _COMMENT, _REF)
    out: list[str] = []
    depth = 0  # inside an infobox {{…}} over several lines
    for raw in lines:
        opened = raw.count("{{") - raw.count("}}")
        if depth == 0 and raw.lstrip().startswith("{{") and opened > 0:
            depth = opened
            out.append("")
        elif depth > 0:
            depth = max(depth + opened, 0)
            out.append("")
        else:
            out.append(_shown(raw))
    return out


def _shown(line: str) -> str:
    stripped = line.strip()
    if stripped in ("{|", "|}", "|-") or stripped.startswith(("{|", "|+")):
        return ""
    if stripped.startswith("!"):  # a table's header row: ! a !! b
        return "\t".join(cell.strip() for cell in stripped[1:].split("!!"))
    if stripped.startswith("|"):  # a row: | a || b
        return "\t".join(_inline(cell.strip()) for cell in stripped[1:].split("||"))
    heading = _HEADING.match(stripped)
    if heading is not None:
        return _inline(heading["text"])
    return _inline(_LIST.sub("", line))


def _inline(text: str) -> str:
    text = _TEMPLATE_LINE.sub("", _CATEGORY.sub("", text))
    text = _LINK.sub(lambda m: m["text"], text)
    text = _EXTERNAL.sub(lambda m: m["text"], text)
    return _MAGIC.sub("", _TAG.sub("", _BOLD.sub("", text))).rstrip()
