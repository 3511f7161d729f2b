"""A guideline cut into screens for a hall's LED display (分屏播放文稿): 〔第05屏｜停留12秒〕 over
four short lines at most, a sentence broken wherever a line fills (上年度研发投入 ⏎ 不低于50万元),
terms set side by side with wide spaces (前资助　执行期不超过2年), a direction running on to the
next screen under 方向2（续）. Read as the guideline it shows: the screen markers and the 续 lines
blank; each screen's first line, its numbered lines and its labelled ones as they are; its other
lines one sentence on the first of them (joined with commas, the wide spaces commas too). Lines
keep their numbers; other texts are unchanged.
"""

from __future__ import annotations

import re

# 〔第05屏｜停留12秒〕 / 【第3屏】 / 〔第17屏｜不播｜原稿备查〕: a screen's marker
_SCREEN = re.compile(r"^\s*[〔【\[［(（]\s*第\s*\d{1,3}\s*屏(?:[｜|][^〕】\]］)）]*)?"
                     r"[〕】\]］)）]\s*$")
# 方向2（续） / （续上屏）: the item the screen before began, going on
_GOES_ON = re.compile(r"^\s*(?:[\u4e00-\u9fff]{1,4}\d{1,2}\s*)?[(（]\s*续(?:上屏|前屏)?\s*[)）]"
                      r"\s*$")
# 一、… / （二）… / 3．… / 方向1　… / 奖补2　…: a numbered line, a heading of its own
_NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]"
                       r"|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[.．、]|[\u4e00-\u9fff]{1,4}\d{1,2}(?:-\d{1,2})?[\s\u3000])")
# 代码：JY25-NY01 / 支持强度：最高30万元: a labelled line
_LABELLED = re.compile(r"^\s*[\u4e00-\u9fff]{2,8}\s*[:：]")
_WIDE = re.compile(r"\u3000+|\s{2,}")
_NOT_SHOWN = re.compile(r"[｜|]\s*(?:不播|不播放|不显示|停播|撤下)")
# 后补助：项目完成并验收后拨付: the way of paying, then what it means — no label
_MODE_SAID = re.compile(r"^(?P<mode>(?:事前|事后)?(?:前资助|后补助|补助)|以奖代补|奖补)[:：]")
_RULE = re.compile(r"^[━─—=\-_*]{6,}$")
MIN_SCREENS = 5


def as_read(raw_lines: list[str]) -> list[str]:
    """The screens as the guideline's lines (see the module's note)."""
    if sum(1 for raw in raw_lines if _SCREEN.match(raw)) < MIN_SCREENS:
        return raw_lines
    out = list(raw_lines)
    gathered: list[int] = []  # the lines a screen's sentences were gathered on
    opened: int | None = None
    first = False  # (the next line is a screen's first: its title or heading)
    seen_screen = dropped = False
    for at, raw in enumerate(raw_lines):
        text = raw.strip()
        if _SCREEN.match(raw):
            out[at], opened, first, seen_screen = "", None, True, True
            # (〔第17屏｜不播｜原稿备查〕: kept on file, never shown — no words of the call)
            dropped = _NOT_SHOWN.search(raw) is not None
        elif dropped and seen_screen and not _RULE.match(text):
            out[at] = ""
        elif _GOES_ON.match(raw):
            out[at], opened, first = "", None, False
        elif _RULE.match(text):
            opened, seen_screen = None, False  # (━━━ ⏎ the screens' log: past the screens)
        elif not text or not seen_screen or "\t" in text:
            opened = None if "\t" in text else opened
        elif first or _NUMBERED.match(text) or (
                _LABELLED.match(text) and not _MODE_SAID.match(text)):
            opened, first = None, False
        elif opened is None:
            out[at], opened = _said(text), at
            gathered.append(at)
        else:
            out[opened] = out[opened].rstrip("，,") + "，" + _said(text)
            out[at] = ""
    for at in gathered:
        if not out[at].endswith(("。", "；", ";", "！", "？", "：", ":")):
            out[at] += "。"
    return out


def _said(text: str) -> str:
    """A screen's line as a piece of its sentence: wide spaces and a way of paying's colon
    commas."""
    return _WIDE.sub("，", _MODE_SAID.sub(r"\g<mode>，", text))
