"""A text hard-wrapped at a narrow fixed width (a teleprompter's 行宽：18字/行, a phone's export):
most lines exactly the width and none longer, a sentence, a number or a code cut anywhere
(…资金80 ⏎ 0万元, …｜HLKJ2026-0 ⏎ 1). Each full line goes on in the next one, unless that one
opens a paragraph the way the text's paragraphs open ((A), 【屏显】, //: marks that begin many
lines after a short one). Joined lines stand on the first of them; the others are left blank,
so each line keeps its number. Wider wraps are the outline's to read (`outline._mark_wraps`);
other texts are unchanged.
"""

from __future__ import annotations

import re
from collections import Counter

MAX_WIDTH = 24  # wider than this, a line cut at the width reads on well enough by its words
MIN_WIDTH = 10
MIN_SHARE = 0.4  # of the text's lines, exactly the width
MIN_FULL = 10
MIN_OPENINGS = 3  # paragraphs that open with a mark before it counts as one
# (A) / 【屏显】 / 〔停顿〕 / // / ▼: a mark a paragraph opens with
_OPENING = re.compile(r"^(?:[【（(\[〔［][^】）)\]〕］]{1,6}[】）)\]〕］]"
                      r"|[^\w\s\u4e00-\u9fff（(【\[〔［“\"《]{1,2})")


def width(raw_lines: list[str]) -> int | None:
    """The width the text is cut at, if it is a narrow hard wrap."""
    lengths = [len(raw.strip()) for raw in raw_lines if raw.strip()]
    if not lengths:
        return None
    widest = max(lengths)
    full = lengths.count(widest)
    return widest if MIN_WIDTH <= widest <= MAX_WIDTH and full >= MIN_FULL \
        and full >= MIN_SHARE * len(lengths) else None


def _openings(raw_lines: list[str], cut: int) -> set[str]:
    """The marks the text's paragraphs open with: what begins a line after a short line."""
    counted: Counter[str] = Counter()
    before = ""
    for raw in raw_lines:
        text = raw.strip()
        if text and len(before) < cut and (mark := _OPENING.match(text)) is not None:
            counted[mark.group(0)] += 1
        before = text
    return {mark for mark, count in counted.items() if count >= MIN_OPENINGS}


def as_unwrapped(raw_lines: list[str]) -> list[str]:
    """The text with its cut lines joined again (see the module's note)."""
    cut = width(raw_lines)
    if cut is None:
        return raw_lines
    return joined_cuts(raw_lines, cut, _openings(raw_lines, cut))


def joined_cuts(raw_lines: list[str], cut: int, openings: frozenset[str] | set[str] = frozenset(),
                *, blank_ends: bool = True) -> list[str]:
    """Each line exactly `cut` long going on in the next (and that in the next, while they are
    cut too), unless the next opens with one of `openings`; `blank_ends`: an empty line ends
    it (a screen reader's log, its role lines emptied, does not). Joined lines stand on the
    first; the others are left blank."""
    out = list(raw_lines)
    anchor: int | None = None
    for index, raw in enumerate(raw_lines):
        text = raw.strip()
        mark = _OPENING.match(text) if openings else None
        if (not text and blank_ends) or (mark is not None and mark.group(0) in openings):
            anchor = None
        if not text:
            continue
        if anchor is not None:
            out[anchor] += text
            out[index] = ""
            if len(text) != cut:
                anchor = None
            continue
        if len(text) == cut:
            anchor = index
            out[index] = raw.rstrip()
    return out
