"""A TV or radio programme's broadcast script (播出文稿, 节目串联单): each segment opened by a
bracketed cue, perhaps with its time code — 【片头】（00:00—00:12）, 【演播室·主持人口播】,
【画外音】, 【同期声·局长　赵某】, 【记者出镜·开发区】, 【转场】 — the guideline said in the
voice-over under it, and what the screen shows in caption cues: 【字幕·板块】第一部分　…, 【字幕卡】
方向1　…（代码：…）, 【字幕·提示】申报时间　…. Read as the guideline it walks through: a caption's
words its line (the part or direction heading it shows), every other cue and the production
note after it dropped, the spoken paragraphs kept as text (said on the cue's own line too:
【画外音】今年的…). A news item's numbered caption board over a table (【字幕板1】产业…项目) heads
the plan the table lists, put before the voice-over just above it that tells its terms. A
script of spots (版本A（30秒）　片头：…, 版本A1（60秒）　…) has each spot's title for a heading,
a class's opening spot over the numbered versions of its letter, its captions then sentences.
Lines keep their numbers (a board's voice-over moves down one); other texts are unchanged.
"""

from __future__ import annotations

import re

from bot.catalogue.numbers import chinese_numeral

# 【画外音】, 【同期声·县科技局局长　赵永刚】, 【演播室·主持人口播】: a cue of sound or picture
# (【字幕板1】: a news item's first caption board; 【主持人口播】: the presenter's voice)
_CUE = re.compile(r"^\s*【\s*(?P<kind>片头|片尾|片花|演播室|主持人(?:口播)?|口播|画外音|旁白|解说"
                  r"|同期声|采访|记者出镜|出镜|转场|空镜|音乐|音效|插播字幕条|滚动字幕|画面|镜头"
                  r"|字幕[卡条板牌]?)(?P<board>\d{1,2})?"
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
# what is heard: words said on a cue's own line are the script's text (【画外音】今年的…)
_VOICE_OVER = ("画外音", "旁白", "解说", *_ANOTHER_VOICE)  # (not the presenter's opening)
_VOICES = ("演播室", "主持人", "主持人口播", "口播", *_VOICE_OVER)
# 县科技局高新技术股股长 王某： — who speaks next, no words of theirs
_SPEAKER = re.compile(r"^[^，,。；;“”\"]{2,40}[:：]$")
MIN_CUES = 6
# 版本A1（60秒）　油气田伴生资源综合利用（指南代码：…）: a spot's version, its length, its title
# (版本A（30秒）　片头：重点研发计划工业领域: a class's opening spot, the versions A1… its own)
_VERSION = re.compile(r"^\s*(?:版本|版)\s*(?P<letter>[A-Z])(?P<number>\d{1,2})?\s*"
                      r"[(（][^()（）]{0,8}?\d{1,3}\s*(?:秒|分钟|分)[^()（）]{0,8}[)）]"
                      r"[\s\u3000]*(?P<title>\S.*)$")
_OPENING = re.compile(r"^(?:总)?片[头尾](?:[:：]\s*)?")
MIN_VERSIONS = 4


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
    captions: list[int] = []
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
            if cue["board"] and shown and _table_under(raw_lines, at):
                # 【字幕板1】产业关键技术攻关项目 over a table: the plan the board lists, its
                # terms in the voice-over just before it
                _before_its_terms(out, raw_lines, at,
                                  f"板块{chinese_numeral(int(cue['board']))}　{shown}")
                after_caption = False
                continue
            if cue["kind"] == "字幕卡" and numbered and shown and not _NUMBERED_CARD.match(shown) \
                    and not re.search(r"[。；;]", shown):
                # 【字幕卡】揭榜挂帅项目（另行发布） among 方向1…, 奖补1… cards: a card of its own
                shown = f"方向：{shown}"
            out[at] = shown  # (the words on screen: a heading, or a tip's dates)
            captions.append(at)
            after_caption = bool(shown)
        else:
            said = _TIME_CODE.sub("", cue["rest"]).strip() if cue["kind"] in _VOICES else ""
            # (who speaks, where the camera is, the music: no term of the call; the words said
            # on the cue's line are)
            out[at] = "" if _SPEAKER.match(said) else said
            after_caption = after_caption and cue["kind"] not in _ANOTHER_VOICE
    return _versions_as_headings(out, captions)


def _versions_as_headings(lines: list[str], captions: list[int]) -> list[str]:
    """A script of spots (版本A（30秒）　片头：…, 版本A1（60秒）　…): each spot's title a heading,
    a class's opening spot over the numbered versions of its letter; the whole call's opening
    (版本Z（15秒）　总片头) no heading, its words the call's own. The captions then only sum up
    what is said (小杂粮提纯复壮｜良种繁育): a sentence each, no heading."""
    found = [(at, m) for at, raw in enumerate(lines) if (m := _VERSION.match(raw))]
    if len(found) < MIN_VERSIONS:
        return lines
    openers = {m["letter"] for _, m in found if m["number"] is None}
    out = list(lines)
    for at in captions:
        if out[at].strip() and not out[at].rstrip().endswith(("。", "；", ";")):
            out[at] = out[at].rstrip() + "。"
    for at, match in found:
        title = _OPENING.sub("", match["title"].strip())
        if not title:
            out[at] = ""
        elif match["number"] is None or match["letter"] not in openers:
            out[at] = f"## {title}"
        else:
            out[at] = f"### {title}"
    return out


def _table_under(raw_lines: list[str], at: int) -> bool:
    """Whether the next line with text is a table's (its cells apart by tabs)."""
    after = next((raw for raw in raw_lines[at + 1:] if raw.strip()), "")
    return "\t" in after.strip()


def _before_its_terms(out: list[str], raw_lines: list[str], at: int, heading: str) -> None:
    """A board's heading put before the voice-over that tells its terms just above it (the
    lines from a cue of the voice on, back to the presenter's opening, a caption or a table):
    they move a line down, the heading takes the first's place."""
    first = at
    for back in range(at - 1, -1, -1):
        raw = raw_lines[back]
        cue = _CUE.match(raw)
        bracketed = cue is None and raw.lstrip().startswith("【")  # (【03】: the item's title)
        if not raw.strip() or "\t" in raw.strip() or bracketed \
                or (cue is not None and cue["kind"] not in _VOICE_OVER):
            break
        first = back
    out[first + 1:at + 1] = out[first:at]
    out[first] = heading
