"""A guideline retyped into a Jira issue (a firm's tracker for funding calls), copied out with the
issue's fields, its description in Jira's wiki markup and the comment thread: h1.–h6. headings,
||header|| and |cell| tables (a plan's terms as 条款 | 内容 rows), # and * list items,
{color}/*bold*/{{monospace}} around amounts and codes, {panel} boxes, [title|url] links. Read
back as the description shows it; the issue's fields above it and the comments below it (the
staff's own figures) left out; each line where it was.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^h[1-6]\.\s+(?P<text>.*)$")
_HEADER_ROW = re.compile(r"^\s*\|\|(?P<cells>.*?)\|\|\s*$")
_ROW = re.compile(r"^\s*\|(?!\|)(?P<cells>.*?)\|\s*$")
_ITEM = re.compile(r"^\s*[#*-]+\s+(?=\S)")
_MACRO = re.compile(r"\{(?:panel|quote|noformat|code|expand|info|note|tip|warning)(?::[^}]*)?\}")
_COLOR = re.compile(r"\{color(?::[^}]*)?\}")
_MONOSPACE = re.compile(r"\{\{(?P<text>.*?)\}\}")
_LINK = re.compile(r"\[(?P<text>[^|\]\[]+)\|[^\]]+\]|\[~(?P<user>[^\]]+)\]")
_STRONG = re.compile(r"(?<![A-Za-z0-9*])\*(?P<text>[^*\s](?:[^*]*?[^*\s])?)\*(?![A-Za-z0-9*])")
# the comment thread after the description: 活动 全部 | 评论 …, …添加了评论 - 2023-03-07 10:21
_ACTIVITY = re.compile(r"^活动\s+全部|^\S{1,16}\s*添加了评论\s*-\s*\d{4}-\d{2}-\d{2}|^Activity\s")
_DESCRIPTION = re.compile(r"^(?:描述|Description)\s*$")
MIN_HEADINGS = 3


def is_jira(raw_lines: list[str]) -> bool:
    """Jira markup: three or more hN. headings, and its tables or text effects."""
    headings = sum(1 for raw in raw_lines if _HEADING.match(raw))
    marked = any(_HEADER_ROW.match(raw) or _COLOR.search(raw) or _MONOSPACE.search(raw)
                 or _MACRO.search(raw) for raw in raw_lines)
    return headings >= MIN_HEADINGS and marked


def as_rendered(raw_lines: list[str]) -> list[str]:
    """The description as shown, line for line (unchanged when it is no Jira text)."""
    if not is_jira(raw_lines):
        return raw_lines
    out = list(raw_lines)
    start = next((i for i, raw in enumerate(raw_lines[:30]) if _DESCRIPTION.match(raw.strip())),
                 None)
    if start is not None:  # the fields: its key, status, people, dates, labels
        out[:start + 1] = [""] * (start + 1)
    end = next((i for i, raw in enumerate(raw_lines) if _ACTIVITY.match(raw.strip())), None)
    if end is not None:
        out[end:] = [""] * (len(out) - end)
    return [_shown(line) for line in out]


def _shown(line: str) -> str:
    heading = _HEADING.match(line)
    if heading is not None:
        line = heading["text"]
    row = _HEADER_ROW.match(line)
    if row is not None:
        line = "\t".join(cell.strip() for cell in row["cells"].split("||"))
    else:
        row = _ROW.match(line)
        if row is not None:
            line = "\t".join(cell.strip() for cell in row["cells"].split("|"))
    line = _ITEM.sub("", line)
    line = _MACRO.sub("", _COLOR.sub("", line))
    line = _MONOSPACE.sub(lambda m: m["text"], line)
    line = _LINK.sub(lambda m: m["text"] or m["user"] or "", line)
    return _STRONG.sub(lambda m: m["text"], line).rstrip()
