"""A guideline retyped into an Emacs org-mode file by a firm's engineer: * headlines with TODO
keywords, [#A] priorities and :tags:, #+ settings, # comments, :PROPERTIES:/:LOGBOOK: drawers,
DEADLINE/SCHEDULED lines, *bold* amounts, [[link][text]], [fn:1] footnotes and - [X] check items
(the firm's own notes and figures: no guideline's words). Read back line for line as the text
retyped; each line where it was.
"""

from __future__ import annotations

import re

_HEADLINE = re.compile(r"^(?P<stars>\*+)\s+(?P<rest>.*)$")
_DRAWER_START = re.compile(r"^\s*:[A-Z]+:\s*$")
_DRAWER_END = re.compile(r"^\s*:END:\s*$", re.I)
_PLANNING = re.compile(r"^\s*(?:DEADLINE|SCHEDULED|CLOSED):")
_SETTING = re.compile(r"^\s*#\+[A-Z_]+:")
_COMMENT = re.compile(r"^\s*#(?:\s|$)")
_TODO_SETTING = re.compile(r"^#\+(?:TODO|SEQ_TODO|TYP_TODO):\s*(?P<words>.*)$")
_PRIORITY = re.compile(r"^\[#[A-Z]\]\s*")
_TAGS = re.compile(r"\s+:[\w@#%:\u4e00-\u9fff]+:\s*$")
_CHECK_ITEM = re.compile(r"^\s*[-+]\s*\[[ Xx-]\]")
_FOOTNOTE_DEF = re.compile(r"^\[fn:[^\]]+\]")
_FOOTNOTE_REF = re.compile(r"\[fn:[^\]]+\]")
_LINK = re.compile(r"\[\[[^\]]*\]\[(?P<text>[^\]]*)\]\]|\[\[(?P<bare>[^\]]*)\]\]")
_EMPHASIS = re.compile(r"(?<![\w*])[*=~](?P<text>[^*=~\s][^*=~]*?)[*=~](?![\w*])")
MIN_HEADLINES = 3


def is_org(raw_lines: list[str]) -> bool:
    """An org file: its mode line or #+ settings, and three or more * headlines."""
    marked = any("mode: org" in raw for raw in raw_lines[:3]) or sum(
        1 for raw in raw_lines[:40] if _SETTING.match(raw)) >= 2
    return marked and sum(1 for raw in raw_lines if _HEADLINE.match(raw)) >= MIN_HEADLINES


def as_typed(raw_lines: list[str]) -> list[str]:
    """The text retyped, line for line (unchanged when it is no org file)."""
    if not is_org(raw_lines):
        return raw_lines
    keywords = {"TODO", "DONE"}
    for raw in raw_lines:
        if (setting := _TODO_SETTING.match(raw)) is not None:
            keywords |= {re.sub(r"\(.*\)$", "", word) for word in setting["words"].split()
                         if word != "|"}
    out: list[str] = []
    in_drawer = False
    for raw in raw_lines:
        if in_drawer:
            in_drawer = not _DRAWER_END.match(raw)
            out.append("")
            continue
        if _DRAWER_START.match(raw) and not _DRAWER_END.match(raw):
            in_drawer = True
            out.append("")
            continue
        if _SETTING.match(raw) or _COMMENT.match(raw) or _PLANNING.match(raw) \
                or _CHECK_ITEM.match(raw) or _FOOTNOTE_DEF.match(raw):
            out.append("")
            continue
        line = raw
        headline = _HEADLINE.match(raw)
        if headline is not None:
            rest = headline["rest"]
            first = rest.split(maxsplit=1)
            if first and first[0] in keywords:
                rest = first[1] if len(first) > 1 else ""
            line = _TAGS.sub("", _PRIORITY.sub("", rest))
        line = _LINK.sub(lambda m: m["text"] or m["bare"] or "", _FOOTNOTE_REF.sub("", line))
        out.append(_EMPHASIS.sub(lambda m: m["text"], line).rstrip())
    return out
