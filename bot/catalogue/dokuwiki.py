"""A guideline kept in a DokuWiki (a firm's knowledge base) and sent on as the page's source:
headings between runs of = whose levels run backwards (====== the page's title, === a
direction), ^ header ^ and | cell | tables (a direction's terms as 项目 | 内容 rows), **bold**,
//italic//, __underline__ and ''monospace'' around words, \\\\ forced breaks, [[links|text]],
((footnotes)) and <note> boxes the editor added (the firm's own figures: no guideline's words),
{{tags}} and ~~macros~~. Read back as the page shows it, without the notes and footnotes; each
line where it was.
"""

from __future__ import annotations

import re

from bot.catalogue.wikitext import without_spans

_HEADING = re.compile(r"^\s*(?P<marks>={2,6})\s*(?P<text>[^=].*?)\s*={2,6}\s*$")
_ROW = re.compile(r"^\s*[|^](?P<cells>.*)[|^]\s*$")
_CELL = re.compile(r"\s*[|^]\s*")
_ITEM = re.compile(r"^(?:\s{2,}|\t)[*-]\s+")
_NOTE = re.compile(r"<note\b[^>]*>.*?</note>", re.S | re.I)
_FOOTNOTE = re.compile(r"\(\((?:(?!\)\)).)*\)\)", re.S)
_MACRO = re.compile(r"~~[A-Z_]+(?::[^~]*)?~~|\{\{[^{}]*\}\}")
_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?(?P<text>[^\]]*)\]\]")
_MARKS = re.compile(r"\*\*|(?<![:/])//|__|''|</?(?:del|sub|sup|nowiki|code|file|wrap)\b[^>]*>")
_BREAK = re.compile(r"\s*\\\\(?:\s+|$)")
MIN_HEADINGS = 3


def is_dokuwiki(raw_lines: list[str]) -> bool:
    """DokuWiki source: three or more = headings = and its own marks (tables opened with ^,
    \\\\ breaks, ((footnotes)), <note> boxes, ~~macros~~, **bold**)."""
    headings = sum(1 for raw in raw_lines if _HEADING.match(raw))
    if headings < MIN_HEADINGS:
        return False
    text = "\n".join(raw_lines)
    marks = sum(bool(pattern.search(text)) for pattern in (
        re.compile(r"^\s*\^.*\^|^\s*\^.*\|\s*$", re.M), re.compile(r"\\\\(?:\s|$)"),
        _FOOTNOTE, re.compile(r"<note\b", re.I), _MACRO, re.compile(r"\*\*[^*\n]+\*\*")))
    return marks >= 2


def as_rendered(raw_lines: list[str]) -> list[str]:
    """The text the wiki shows, line for line (the lines unchanged when it is no DokuWiki)."""
    if not is_dokuwiki(raw_lines):
        return raw_lines
    return [_shown(line) for line in without_spans(raw_lines, _NOTE, _FOOTNOTE)]


def _shown(line: str) -> str:
    heading = _HEADING.match(line)
    if heading is not None:
        line = heading["text"]
    elif (row := _ROW.match(line)) is not None and ("|" in line or "^" in line.strip()[1:]):
        cells = [cell for cell in _CELL.split(row["cells"].strip())]
        line = "\t".join(_inline(cell) for cell in cells if cell)
        return line
    line = _ITEM.sub("", line)
    return _inline(line)


def _inline(text: str) -> str:
    text = _LINK.sub(lambda m: m["text"], _MACRO.sub("", text))
    return _BREAK.sub(" ", _MARKS.sub("", text)).strip()
