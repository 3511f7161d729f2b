"""A presenters' script as a teleprompter exports it (提词器文稿): segment cues with their
start time (【03 第一类｜01:30】), what the screen shows (【屏显】方向1-1　…｜HLKJ2026-01,
【屏显大字】第一类　…), the presenters' lines under their tags ((A)…, (B)…), the director's
notes (//编导批注：…), bookmarks (▼标记2) and stage marks (〔停顿〕). Read as the guideline the
screens and the talk tell together: a screen's words as a line of the call (a code set after a
bar in brackets after the title it codes), a presenter's words as its text — a presenter
opening by naming the screen just shown (方向1-1，…) says nothing new by it, so the name goes —
and cues, notes, bookmarks and stage marks no text. Lines keep their numbers; other texts are
unchanged.
"""

from __future__ import annotations

import re

# 【屏显】… / 【屏显大字】… / 【字幕】…: what the screen shows
_SCREEN = re.compile(r"^\s*【\s*(?:屏显|屏幕|字幕|大屏|角标)[\u4e00-\u9fff]{0,3}\s*】"
                     r"\s*(?P<text>.*)$")
# (A)… / （B）… / 主播A：…: a presenter's line
_PRESENTER = re.compile(r"^\s*(?:[(（]\s*[A-Z甲乙丙]\s*[)）]"
                        r"|(?:主播|主持人?)[A-Z甲乙丙]?\s*[:：])\s*")
# 【03 第一类｜01:30】 / 【切片尾｜06:45】: a segment's cue and its start time
_SEGMENT = re.compile(r"^\s*【[^】]{0,20}[｜|]\s*\d{1,2}:\d{2}(?::\d{2})?\s*】\s*$")
# //编导批注：… / ▼标记2: the director's note, a bookmark
_ASIDE = re.compile(r"^\s*(?://|▼|▽)")
_STAGE = re.compile(r"〔[^〔〕]{1,6}〕")
# 方向1-1　… / 1-2A　… / 第一类　…: what a screen names its item by
_NAME = re.compile(r"^(?P<name>(?:方向|专题|类别|任务)?\s*\d{1,2}(?:[-－.]\d{1,2}[A-Z]?)+"
                   r"|第[一二三四五六七八九十]{1,3}类)[\s\u3000]")
# …｜HLKJ2026-01: the code a screen sets after a bar
_BARRED_CODE = re.compile(r"\s*[｜|]\s*(?P<code>(?=[A-Za-z0-9\-]*[A-Za-z])(?=[A-Za-z0-9\-]*\d{2})"
                          r"[A-Za-z0-9][A-Za-z0-9\-]{3,24})\s*$")
MIN_SCREENS = 3
MIN_PRESENTED = 5


def is_prompter_script(raw_lines: list[str]) -> bool:
    return sum(1 for raw in raw_lines if _SCREEN.match(raw)) >= MIN_SCREENS \
        and sum(1 for raw in raw_lines if _PRESENTER.match(raw)) >= MIN_PRESENTED


def as_read(raw_lines: list[str]) -> list[str]:
    """The script as the guideline it tells (see the module's note)."""
    if not is_prompter_script(raw_lines):
        return raw_lines
    out: list[str] = []
    shown: str | None = None  # the name of the item the screen shows
    for raw in raw_lines:
        if _SEGMENT.match(raw) or _ASIDE.match(raw):
            out.append("")
            continue
        screen = _SCREEN.match(raw)
        if screen is not None:
            text = screen["text"].strip()
            coded = _BARRED_CODE.search(text)
            if coded is not None:
                text = f"{text[:coded.start()]}（{coded['code']}）"
            named = _NAME.match(text)
            shown = re.sub(r"\s", "", named["name"]) if named is not None else shown
            out.append(text)
            continue
        presented = _PRESENTER.match(raw)
        if presented is None:
            out.append(raw)
            continue
        said = _STAGE.sub("", raw[presented.end():]).strip()
        if shown is not None:  # (方向1-1，…: the screen's name said again, then its words)
            said = re.sub(r"^" + r"\s*".join(map(re.escape, shown)) + r"\s*[，,：:]\s*", "", said)
        out.append(said)
    return out
