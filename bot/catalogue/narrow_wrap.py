"""A text hard-wrapped at a narrow fixed width (a teleprompter's 行宽：18字/行, a phone's export):
most lines exactly the width and none longer, a sentence, a number or a code cut anywhere
(…资金80 ⏎ 0万元, …｜HLKJ2026-0 ⏎ 1). Each full line goes on in the next one, unless that one
opens a paragraph the way the text's paragraphs open ((A), 【屏显】, //: marks that begin many
lines after a short one). Joined lines stand on the first of them; the others are left blank,
so each line keeps its number. Wider wraps are the outline's to read (`outline._mark_wraps`);
other texts are unchanged.

A printer's slip (a kiosk's 凭条) is cut at a width in display columns instead — a Chinese
character two, a digit or a letter one — so its lines hold more or fewer characters as they
mix them: a line within a column of that width (a character two wide cannot fill the last
one) goes on in the next.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable

MAX_WIDTH = 24  # wider than this, a line cut at the width reads on well enough by its words
MIN_WIDTH = 10
MIN_SHARE = 0.4  # of the text's lines, exactly the width
MIN_FULL = 10
MIN_OPENINGS = 3  # paragraphs that open with a mark before it counts as one
# (A) / 【屏显】 / 〔停顿〕 / // / ▼: a mark a paragraph opens with
_OPENING = re.compile(r"^(?:[【（(\[〔［][^】）)\]〕］]{1,6}[】）)\]〕］]"
                      r"|[^\w\s\u4e00-\u9fff（(【\[〔［“\"《]{1,2})")


MIN_COLUMNS = 20  # a printer's slip: 58 mm paper holds 32 columns, 80 mm 48
MAX_COLUMNS = 48
MIN_COLUMN_SHARE = 0.3  # (a slip's labels are short lines of their own)
_WORDS = re.compile(r"[\w\u4e00-\u9fff]")  # (not a rule of ***** or =====)


def display_width(text: str) -> int:
    """Columns a fixed-width printer gives the text: wide and full-width characters two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def columns(raw_lines: list[str]) -> int | None:
    """The display width a slip's lines are cut at, if its text is cut so."""
    worded = [raw.rstrip() for raw in raw_lines if _WORDS.search(raw)]
    if any(len(raw) > MAX_COLUMNS for raw in worded):
        return None  # (a line no slip holds: no character is narrower than a column)
    widths = [display_width(raw) for raw in worded]
    if not widths:
        return None
    widest = max(widths)
    full = sum(1 for said in widths if said >= widest - 1)
    return widest if MIN_COLUMNS <= widest <= MAX_COLUMNS and full >= MIN_FULL \
        and full >= MIN_COLUMN_SHARE * len(widths) else None


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
    if cut is not None:
        return joined_cuts(raw_lines, cut, _openings(raw_lines, cut))
    if (slip := columns(raw_lines)) is not None:
        return joined_cuts(raw_lines, slip, full=lambda raw: _WORDS.search(raw) is not None
                           and display_width(raw.rstrip()) >= slip - 1, indented_opens=True)
    return raw_lines


def joined_cuts(raw_lines: list[str], cut: int, openings: frozenset[str] | set[str] = frozenset(),
                *, blank_ends: bool = True, full: Callable[[str], bool] | None = None,
                indented_opens: bool = False) -> list[str]:
    """Each line exactly `cut` long going on in the next (and that in the next, while they are
    cut too), unless the next opens with one of `openings`; `blank_ends`: an empty line ends
    it (a screen reader's log, its role lines emptied, does not); `full`: whether a raw line
    is cut, if not by its length; `indented_opens`: a line set in from the edge opens a
    paragraph (a slip's ` 编号：…` under a title that filled its line). Joined lines stand on the
    first; the others are left blank."""
    if full is None:
        def full(raw: str) -> bool:
            return len(raw.strip()) == cut
    out = list(raw_lines)
    anchor: int | None = None
    for index, raw in enumerate(raw_lines):
        text = raw.strip()
        mark = _OPENING.match(text) if openings else None
        if (not text and blank_ends) or (mark is not None and mark.group(0) in openings) \
                or (indented_opens and raw[:1].isspace()):
            anchor = None
        if not text:
            continue
        if anchor is not None:
            out[anchor] += text
            out[index] = ""
            if not full(raw):
                anchor = None
            continue
        if full(raw):
            anchor = index
            out[index] = raw.rstrip()
    return out
