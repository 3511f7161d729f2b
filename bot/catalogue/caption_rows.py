"""A broadcaster's approval form for on-screen captions (电视游动字幕播出审批单): the call cut into
numbered captions in a table, 条序 | 字幕内容 | 字数 | 备注, each caption one row. Read as the
text the captions run through: each row its content cell alone (the caption's number, its
length and the desk's remark are the form's), the rest of the form as it is. Lines keep their
numbers; other texts are unchanged.
"""

from __future__ import annotations

import re

from bot.catalogue.numbers import PAGE_NUMBER

# 条序⇥字幕内容⇥字数⇥备注: the captions' table
_HEADER = re.compile(r"^\s*(?:条序|序号|编号)\s*\t\s*(?:字幕|播出|滚动|文字)?内容"
                     r"\s*\t\s*(?:字数|时长)(?:\s*\t\s*备注)?\s*$")
# 4⇥重点研发方向一：…⇥44: a caption's row
_ROW = re.compile(r"^\s*\d{1,3}\s*\t(?P<said>[^\t]+)(?:\t[^\t]*){0,2}$")


def as_read(raw_lines: list[str]) -> list[str]:
    """The captions as the lines of text they say (see the module's note)."""
    start = next((i for i, raw in enumerate(raw_lines) if _HEADER.match(raw)), None)
    if start is None:
        return raw_lines
    out = list(raw_lines)
    out[start] = ""
    for index in range(start + 1, len(raw_lines)):
        row = _ROW.match(raw_lines[index])
        if row is not None:
            out[index] = row["said"].strip()
        elif _HEADER.match(raw_lines[index]) or PAGE_NUMBER.match(raw_lines[index].strip()):
            out[index] = ""  # (- 1 - at a page break, the header said again over the next page)
        elif raw_lines[index].strip():
            break
    return out
