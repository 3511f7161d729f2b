"""A news app's flash channel exported as text (快讯频道导出): each flash opened by its number,
time and reads (#04  2025-03-10 10:05  ★ 快讯  阅读 7714), then its headline in brackets
(【科技计划·重点研发·方向1】海洋牧场…), its dateline (诏安融媒3月10日讯　…), hashtags, editor
and counts. Where the bureau's own flashes are starred, the others are other news. Read
as the guideline the flashes tell, a flash a heading:
- a headline tagged with a direction (…·方向1】…) is that direction (方向1：…);
- one tagged with a plan (【科技计划·重点研发计划】通用条件…) opens that plan (板块N　重点研发计划),
  one naming a 榜单 with its code (【科技计划·揭榜挂帅】…（榜单编号…）) that 榜单 as a block;
- an untagged headline (【更正】, 【答网友问】, 【交通】) and unstarred flashes are no text;
- the datelines, hashtags, editors and counts go.
Lines keep their numbers; other texts are unchanged.
"""

from __future__ import annotations

import re

from bot.catalogue.numbers import chinese_numeral

# #04  2025-03-10 10:05  ★ 快讯  阅读 7714: a flash's head
_HEAD = re.compile(r"^\s*#\d{1,3}\s+\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}\b(?P<rest>.*)$")
_HEADLINE = re.compile(r"^\s*【(?P<tag>[^】]{1,40})】\s*(?P<title>.*)$")
# …·方向1 / …·子方向2-1: the headline's tag naming a direction
_DIRECTION_TAG = re.compile(r"^(?:子)?方向\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2}(?:-\d{1,2})?)$")
_CODED = re.compile(r"(?:编号|代码)\s*[:：]?\s*[0-9A-Za-z\-]{4,}")
# 诏安融媒3月10日讯　: a news item's dateline
_DATELINE = re.compile(r"^\s*[\u4e00-\u9fff]{2,10}\d{1,2}月\d{1,2}日(?:电|讯)[\s\u3000]*")
_CHROME = re.compile(r"^\s*(?:#\S+#(?:\s+#\S+#)*\s*$|👍|[(（]责任编辑|[-=—]{6,})")
MIN_FLASHES = 5


def is_flash_channel(raw_lines: list[str]) -> bool:
    """Five flash heads or more, each followed by a bracketed headline."""
    heads = [at for at, raw in enumerate(raw_lines) if _HEAD.match(raw)]
    return len(heads) >= MIN_FLASHES and all(
        at + 1 < len(raw_lines) and _HEADLINE.match(raw_lines[at + 1]) for at in heads)


def as_read(raw_lines: list[str]) -> list[str]:
    """The flashes as the guideline's lines (see the module's note)."""
    if not is_flash_channel(raw_lines):
        return raw_lines
    starred = any("★" in m["rest"] for raw in raw_lines if (m := _HEAD.match(raw)))
    out = [""] * len(raw_lines)
    keep = False
    plans = 0
    direction = ""
    for at, raw in enumerate(raw_lines):
        head = _HEAD.match(raw)
        if head is not None:
            keep = not starred or "★" in head["rest"]
            direction = ""  # (the direction this flash's headline names: said again below)
            continue
        if not keep:
            continue
        headline = _HEADLINE.match(raw) if at and _HEAD.match(raw_lines[at - 1]) else None
        if headline is not None:
            tags = [tag.strip() for tag in re.split(r"[·・]", headline["tag"]) if tag.strip()]
            if len(tags) < 2:
                keep = False  # (【更正】, 【答网友问】, 【提醒】: no part of the call's text)
            elif _DIRECTION_TAG.match(tags[-1]):
                out[at] = f"{tags[-1]}：{headline['title'].strip()}"
                direction = tags[-1]
            else:
                plans += 1
                named = headline["title"].strip() if _CODED.search(headline["title"]) \
                    else tags[-1]
                out[at] = f"板块{chinese_numeral(plans)}　{named}"
            continue
        if not _CHROME.match(raw):
            said = _DATELINE.sub("", raw)
            if direction and said.lstrip().startswith(direction):  # 方向2分两个子方向申报…
                said = "本方向" + said.lstrip()[len(direction):]
            out[at] = said
    return out
