"""A translation tool's bilingual review export (CAT 双语对照审校稿): the source cut into numbered
segments, `[0011] ✔　TM：无匹配` over each, the source after `原文｜`, the translation after
`译文｜`, then the reviewer's `原译｜` (the translation before review), `批注｜` notes and `QA｜`
warnings. Read as the source it was cut from: each `原文｜` line its own words, every other line
of a segment blank (the translation, an old wrong one, the notes on them). Lines keep their
numbers; other texts are unchanged.
"""

from __future__ import annotations

import re

# [0011] ✔　TM：无匹配 / #0011: a segment's number, its status and match after it
_SEGMENT = re.compile(r"^\s*(?:\[\d{2,5}\]|#\d{2,5}\b)")
# 原文｜…: the source's words (源文, 原句 as tools name it)
_SOURCE = re.compile(r"^\s*(?:原文|源文|原句|Source)\s*[｜|]\s?(?P<said>.*)$", re.I)
# 译文｜… / 原译｜… / 批注｜… / QA｜…: the segment's other rows, a short name before the bar
_OTHER_ROW = re.compile(r"^\s*[\u4e00-\u9fffA-Za-z]{1,6}\s*[｜|]")
MIN_SEGMENTS = 3


def as_read(raw_lines: list[str]) -> list[str]:
    """The segments' source lines as the text (see the module's note)."""
    sources = [i for i, raw in enumerate(raw_lines) if _SOURCE.match(raw)]
    if len(sources) < MIN_SEGMENTS \
            or sum(1 for raw in raw_lines if _SEGMENT.match(raw)) < MIN_SEGMENTS:
        return raw_lines
    out = list(raw_lines)
    inside = False
    for index, raw in enumerate(raw_lines):
        source = _SOURCE.match(raw)
        if _SEGMENT.match(raw):
            out[index], inside = "", True
        elif source is not None:
            out[index] = source["said"]
        elif inside and _OTHER_ROW.match(raw):
            out[index] = ""
        elif not raw.strip():
            inside = False
    return out
