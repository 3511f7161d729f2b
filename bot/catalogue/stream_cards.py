"""A live stream's interaction log, exported for the record (直播回放互动记录导出): every line
stamped with its time and its kind — the host's and guest's words as AI captions, viewers'
弹幕 and 评论, system messages — and among them the pinned cards (置顶卡片) the bureau pushed,
which carry the guideline's own words. Read as the export's head and the cards alone, each
line on the line of the log it came from: what was said aloud and asked in the chat (平台奖补,
去年立项23项…) is talk about the call, none of its terms.

A quiz show's script (知识竞赛台本) is read the same way: 【大屏字幕】 (【大屏字幕·要点】…) alone
on its line, the big screen's words under it, among the hosts' and contestants' lines (高：…,
一号台（选手张磊）：我选C，五十万元。) and the production's cues (【音效】, 【计分】): the screen
shows the guideline, the talk around it asks and answers, wrongly too. So is a micro-drama's
screenplay, its 【花字】 on-screen words on the cue's own line among the actors' lines.
"""

from __future__ import annotations

import re

# [19:35:30] 〔置顶卡片 #1-1〕 / [19:36:02] 〔AI字幕·嘉宾 王建军〕…: a stamped line and its kind
_STAMPED = re.compile(r"^\s*[\[【(（]\s*\d{1,2}:\d{2}(?::\d{2})?\s*[\]】)）]\s*"
                      r"[〔【\[［](?P<kind>[^〕】\]］]{1,24})[〕】\]］]\s*")
# the kinds that carry the bureau's text: a pinned card, a notice pushed to the room
_CARD = re.compile(r"^(?:置顶)?(?:卡片|图文卡片|公告卡片|政策卡片|信息卡)"
                   r"|^置顶(?:公告|消息)?(?:\s|#|$)|^(?:直播间)?公告")
MIN_STAMPED = 10  # a log, not a note with a time or two
MIN_CARDS = 2
# 【大屏字幕】 / 【大屏字幕·专项说明卡】 / 【屏幕显示】: the screen's words on the lines under it
_SCREEN = re.compile(r"^\s*【\s*(?:大屏|屏幕|现场大屏|LED屏)(?:字幕|显示)(?:卡|板)?"
                     r"(?:\s*[·・:：]\s*[^】]{1,16})?\s*】\s*$")
# 【花字】（一）产业关键技术攻关（归口：…）: a drama's on-screen words, on the cue's own line
_SCREEN_INLINE = re.compile(r"^\s*【\s*(?:花字|屏幕字幕|大屏字幕|字幕卡)\s*】\s*(?P<rest>\S.*)$")
_CUE = re.compile(r"^\s*【[^】]{1,16}】")  # 【音效】, 【计分】, 【题目5】…: the production's
# 高：… / 一号台（选手张磊）：…: a speaker's line
_SPEAKER = re.compile(r"^\s*(?P<who>[^\s:：，,。；;【】]{1,12}?(?:[(（][^()（）]{1,12}[)）])?)"
                      r"\s*[:：]")
MIN_SCREENS = 6
MIN_SPOKEN = 3  # (times one speaker speaks)


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The export's head and its cards' lines, and the line each came from; None for other
    texts (a log without cards keeps its captions: they are all it says)."""
    kinds = [(at, found["kind"].strip()) for at, raw in enumerate(raw_lines)
             if (found := _STAMPED.match(raw)) is not None]
    cards = [at for at, kind in kinds if _CARD.match(kind)]
    if len(kinds) < MIN_STAMPED or len(cards) < MIN_CARDS:
        return None
    kept: list[tuple[str, int]] = []
    keeping = True  # (the head before the first stamped line: the stream's title, its date)
    for at, raw in enumerate(raw_lines):
        found = _STAMPED.match(raw)
        if found is not None:
            keeping = _CARD.match(found["kind"].strip()) is not None
            said = raw[found.end():]
            if keeping and said.strip():
                kept.append((said, at + 1))
            continue
        if keeping:
            kept.append((raw, at + 1))
    return [text for text, _ in kept], [at for _, at in kept]


def as_shown(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """A script's screen words, and the line each came from; None for other texts."""
    screens = [at for at, raw in enumerate(raw_lines)
               if _SCREEN.match(raw) or _SCREEN_INLINE.match(raw)]
    if len(screens) < MIN_SCREENS:
        return None
    said: dict[str, int] = {}
    for raw in raw_lines:
        if (spoken := _SPEAKER.match(raw)) is not None and not _SCREEN.match(raw):
            said[spoken["who"]] = said.get(spoken["who"], 0) + 1
    # (the hosts and guests: short names heard again and again, not a card's labels)
    speakers = {who for who, times in said.items() if times >= MIN_SPOKEN
                and (len(who) <= 3 or "（" in who or "(" in who)}
    if not speakers:
        return None
    kept: list[tuple[str, int]] = []
    for at in screens:
        if (inline := _SCREEN_INLINE.match(raw_lines[at])) is not None:
            kept.append((inline["rest"], at + 1))
            continue
        for later in range(at + 1, len(raw_lines)):
            raw = raw_lines[later]
            spoken = _SPEAKER.match(raw)
            if not raw.strip() or _CUE.match(raw) or (spoken and spoken["who"] in speakers):
                break
            kept.append((raw, later + 1))
    return [text for text, _ in kept], [at for _, at in kept]
