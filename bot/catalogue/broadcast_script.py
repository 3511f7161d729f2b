"""A TV or radio programme's broadcast script (播出文稿, 节目串联单): each segment opened by a
bracketed cue, perhaps with its time code — 【片头】（00:00—00:12）, 【演播室·主持人口播】,
【画外音】, 【同期声·局长　赵某】, 【记者出镜·开发区】, 【转场】 — the guideline said in the
voice-over under it, and what the screen shows in caption cues: 【字幕·板块】第一部分　…, 【字幕卡】
方向1　…（代码：…）, 【字幕·提示】申报时间　…. Read as the guideline it walks through: a caption's
words its line (the part or direction heading it shows), every other cue and the production
note after it dropped, the spoken paragraphs kept as text. Lines keep their numbers; other
texts are unchanged.
"""

from __future__ import annotations

import re

# 【画外音】, 【同期声·县科技局局长　赵永刚】, 【演播室·主持人口播】: a cue of sound or picture
_CUE = re.compile(r"^\s*【\s*(?P<kind>片头|片尾|片花|演播室|主持人|口播|画外音|旁白|解说|同期声"
                  r"|采访|记者出镜|出镜|转场|空镜|音乐|音效|插播字幕条|滚动字幕|字幕[卡条板牌]?)"
                  r"(?:\s*[·・:：]\s*(?P<what>[^】]{0,30}))?\s*】(?P<rest>.*)$")
# （00:12—01:05） / （01:40—02:25，与同期声后半段叠加）: the segment's time code
_TIME_CODE = re.compile(r"^\s*[(（]\s*\d{1,2}:\d{2}(?::\d{2})?\s*[—\-–~～至]+\s*\d{1,2}:\d{2}"
                        r"(?::\d{2})?[^()（）]*[)）]")
# the words on screen (not 【插播字幕条】 / 【滚动字幕】, a ticker scrolling past: dropped)
_CAPTION_KINDS = ("字幕", "字幕卡", "字幕条", "字幕板", "字幕牌")
# 方向1　…, 奖补2　…: a card numbered by its word
_NUMBERED_CARD = re.compile(r"^[\u4e00-\u9fff]{1,3}\d{1,2}[\s\u3000]")
# 第一项，对… / 第二个方向，…: the voice-over counting the item its card shows
_COUNTED = re.compile(r"^\s*(?P<count>第[一二三四五六七八九十\d]{1,3}(?:项|个方向|个|条)[，,]\s*)")
# (a speaker's own words, a reporter on the spot: no more the voice reading the card)
_ANOTHER_VOICE = ("同期声", "采访", "记者出镜", "出镜")
MIN_CUES = 6


def is_script(raw_lines: list[str]) -> bool:
    """Cues enough, the voice heard under two at least, and words shown on screen."""
    kinds = [m["kind"] for raw in raw_lines if (m := _CUE.match(raw))]
    spoken = sum(1 for kind in kinds if kind in ("画外音", "旁白", "解说", "同期声", "口播"))
    return len(kinds) >= MIN_CUES and spoken >= 2 and any(kind in _CAPTION_KINDS for kind in kinds)


def as_read(raw_lines: list[str]) -> list[str]:
    """The script as the guideline's lines (see the module's note)."""
    if not is_script(raw_lines):
        return raw_lines
    out = list(raw_lines)
    cards = [_TIME_CODE.sub("", m["rest"]).strip() for raw in raw_lines
             if (m := _CUE.match(raw)) and m["kind"] == "字幕卡"]
    numbered = sum(1 for card in cards if _NUMBERED_CARD.match(card)) >= 2
    after_caption = False
    for at, raw in enumerate(raw_lines):
        cue = _CUE.match(raw)
        if cue is None:
            spoken = _COUNTED.match(raw) if after_caption else None
            if spoken is not None:  # (第一项，对…: the voice counting what the card shows)
                out[at] = raw[:spoken.start("count")] + raw[spoken.end():]
            after_caption = after_caption and not raw.strip()
            continue
        if cue["kind"] in _CAPTION_KINDS:
            shown = _TIME_CODE.sub("", cue["rest"]).strip()
            if cue["kind"] == "字幕卡" and numbered and shown and not _NUMBERED_CARD.match(shown) \
                    and not re.search(r"[。；;]", shown):
                # 【字幕卡】揭榜挂帅项目（另行发布） among 方向1…, 奖补1… cards: a card of its own
                shown = f"方向：{shown}"
            out[at] = shown  # (the words on screen: a heading, or a tip's dates)
            after_caption = bool(shown)
        else:
            out[at] = ""  # (who speaks, where the camera is, the music: no term of the call)
            after_caption = after_caption and cue["kind"] not in _ANOTHER_VOICE
    return out
