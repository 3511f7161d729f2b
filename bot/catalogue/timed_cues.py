"""A TV programme's running script (台本) set in two columns, its time code left of each cue:
[00:07:10]⇥【大屏字幕板A】2024年凤翔区重点研发专项 ⏎ 归口股室：… ⏎ [00:07:40]⇥【字幕板A-1】
凤香型白酒…（FX2024ZY01） ⏎ … ⏎ [00:10:40]⇥【主持人】王局长，A-4为什么不受理？ ⏎ 【嘉宾回应｜…】….
The call is what the screen boards show; the rest is talk. Read as the guideline the boards
tell: a board lettered A is part A of it (A　…), a board A-1 that part's direction (A-1　…),
what follows a board its text; every other cue opens a spell of talk, which is left out up to
the next board (what a guest says of A-3 is no board's words); the time codes go. Lines keep
their numbers; other texts are unchanged.
"""

from __future__ import annotations

import re

from bot.catalogue.numbers import clock_seconds

# [00:07:10]⇥ / 00:07:10⇥: the time column of a script's row (a table's first cell)
_TIME_CELL = re.compile(r"^\s*[\[［]?(?P<time>\d{1,2}:\d{2}(?::\d{2})?)[\]］]?\t")
# 【大屏字幕板A】… / 【字幕板A-1】…: what the big screen shows, lettered as the call's parts
_BOARD = re.compile(r"^\s*【\s*(?:大屏)?(?:字幕板|字幕牌|展板|大屏)\s*"
                    r"(?P<id>[A-H](?:-\d{1,2}){0,2})\s*】\s*(?P<title>\S.*)$")
# 【主持人】, 【嘉宾回应｜王建民】, 【现场提问｜企业代表 …】, 【短片一】: any other cue
_CUE = re.compile(r"^\s*【[^】]{1,40}】")
MIN_TIMED = 5


def is_timed_script(raw_lines: list[str]) -> bool:
    """Five rows or more opened by a time cell, in order, and a lettered board among them."""
    times = [clock_seconds(m["time"]) for raw in raw_lines if (m := _TIME_CELL.match(raw))]
    return len(times) >= MIN_TIMED and times == sorted(times) and any(
        _BOARD.match(_TIME_CELL.sub("", raw)) for raw in raw_lines)


def as_read(raw_lines: list[str]) -> list[str]:
    """The script as the guideline its boards tell (see the module's note)."""
    if not is_timed_script(raw_lines):
        return raw_lines
    out = []
    talk = False
    for raw in raw_lines:
        text = _TIME_CELL.sub("", raw)
        board = _BOARD.match(text)
        if board is not None:
            out.append(f"{board['id']}　{board['title'].strip()}")
            talk = False
        elif _CUE.match(text) or talk:
            out.append("")
            talk = True
        else:
            out.append(text)
    return out
