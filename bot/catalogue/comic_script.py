"""A guideline told in a comic strip's script (条漫脚本, 漫画分镜): panel after panel (第5格),
each a 画面： line for the artist, perhaps a 字幕： caption naming what the panel is about
(字幕：方向1　棉花膜下滴灌…（代码MNS2026-NY01）) and speech bubbles (小科：“最少给15万元，
最多给到30万元…”). Read as the guideline it walks through: each caption a line of its own (a
heading where it says one), each bubble its words without the speaker, the panel numbers and
the artist's lines blank. Only where five or more panels open so. Lines keep their numbers;
other texts are unchanged.
"""

from __future__ import annotations

import re

# 第5格 / 第12幅 / 第3帧: a panel's number, alone on its line
_PANEL = re.compile(r"^\s*第\s*\d{1,3}\s*[格幅帧]\s*$")
# 画面：… / 大字标题：… / 【条漫脚本·定稿】: what the artist draws, no words of the guideline
_ARTIST = re.compile(r"^\s*(?:画面|场景|分镜|构图|音效|备注|大字标题|标题字|配色)\s*[:：]"
                     r"|^\s*【[^】]{0,8}(?:脚本|分镜|定稿|初稿)[^】]{0,8}】\s*$")
_CAPTION = re.compile(r"^(?P<indent>\s*)(?:字幕|旁白|画外音|说明文字|文字框)\s*[:：]\s*"
                      r"(?P<said>\S.*)$")
# 小科：“…” / 小科（小字）：“…” / 马老板（挠头）：“…”: a speech bubble, its speaker before it
_BUBBLE = re.compile(r"^(?P<indent>\s*)[\u4e00-\u9fff]{1,6}(?:[(（][^()（）]{1,8}[)）])?\s*[:：]\s*"
                     r"[“\"「](?P<said>.*?)[”\"」]?\s*$")
MIN_PANELS = 5


def as_read(raw_lines: list[str]) -> list[str]:
    """The captions and bubbles as the guideline's words, the panels' frame blank (see the
    module's note)."""
    if sum(1 for raw in raw_lines if _PANEL.match(raw)) < MIN_PANELS:
        return raw_lines
    out = []
    for raw in raw_lines:
        caption, bubble = _CAPTION.match(raw), _BUBBLE.match(raw)
        if _PANEL.match(raw) or _ARTIST.match(raw):
            out.append("")
        elif caption is not None:
            out.append(caption["indent"] + caption["said"])
        elif bubble is not None:
            out.append(bubble["indent"] + "　　" + bubble["said"])
        else:
            out.append(raw)
    return out
