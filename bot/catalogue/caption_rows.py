"""A broadcaster's approval form for on-screen captions (电视游动字幕播出审批单): the call cut into
numbered captions in a table, 条序 | 字幕内容 | 字数 | 备注, each caption one row. Read as the
text the captions run through: each row its content cell alone (the caption's number, its
length and the desk's remark are the form's), the rest of the form as it is. Lines keep their
numbers; other texts are unchanged.

A bank's 企业微信 SOP push plan (序号 | 计划时间 | 消息类型 | 推送内容（话术） | 执行情况) is read
the same way: each message its content cell alone, the schedule and the ticks the plan's.
"""

from __future__ import annotations

import re

from bot.catalogue.numbers import PAGE_NUMBER

# 条序⇥字幕内容⇥字数⇥备注: the captions' table
_HEADER = re.compile(r"^\s*(?:条序|序号|编号)\s*\t\s*(?:字幕|播出|滚动|文字)?内容"
                     r"\s*\t\s*(?:字数|时长)(?:\s*\t\s*备注)?\s*$")
# 4⇥重点研发方向一：…⇥44: a caption's row
_ROW = re.compile(r"^\s*\d{1,3}\s*\t(?P<said>[^\t]+)(?:\t[^\t]*){0,2}$")


# 推送内容（话术） / 消息内容 / 文案: the column a schedule of messages says them in
# (指南原文（逐句摘录）: a coding sheet's column quoting the guideline sentence by sentence)
_CONTENT_COLUMN = re.compile(r"^(?:(?:推送|消息|发布|发送|群发|播出|字幕)?(?:内容|话术|文案)"
                             r"|(?:指南|政策|文件)?原文(?:内容|摘录)?)"
                             r"(?:[(（][^()（）]{0,8}[)）])?$")
# 序号, 计划时间, 消息类型, 执行情况 …: the schedule's own columns
# (单元号, 一级, 二级 (编码): a coding sheet's unit and the codes given it)
_SCHEDULE_COLUMN = re.compile(r"^(?:序号|条序|编号|(?:计划|发送|推送|发布)?(?:时间|日期|时段)"
                              r"|(?:消息|内容)?(?:类型|形式)|执行(?:情况|状态)|状态|字数|时长|备注"
                              r"|发送人|渠道|附件|素材|单元号|[一二三]级(?:编码|类目)?|编码)$")
MIN_MESSAGES = 5


def as_read(raw_lines: list[str]) -> list[str]:
    """The captions as the lines of text they say (see the module's note)."""
    start = next((i for i, raw in enumerate(raw_lines) if _HEADER.match(raw)), None)
    if start is None:
        return _messages(raw_lines)
    out = list(raw_lines)
    out[start] = ""
    for index in range(start + 1, len(raw_lines)):
        row = _ROW.match(raw_lines[index])
        if row is not None:
            out[index] = row["said"].strip()
        elif _HEADER.match(raw_lines[index]) or PAGE_NUMBER.match(raw_lines[index].strip()):
            out[index] = ""  # (- 1 - at a page break, the header said again over the next page)
        elif raw_lines[index].strip():
            break
    return out


def _messages(raw_lines: list[str]) -> list[str]:
    """A schedule of messages as what they say: each row's content cell on the row's line."""
    for start, raw in enumerate(raw_lines):
        cells = [cell.strip() for cell in raw.split("\t")]
        content = next((at for at, cell in enumerate(cells) if _CONTENT_COLUMN.match(cell)), None)
        if len(cells) < 3 or content is None or not all(
                _SCHEDULE_COLUMN.match(cell) for at, cell in enumerate(cells) if at != content):
            continue
        rows = [at for at in range(start + 1, len(raw_lines))
                if len(raw_lines[at].split("\t")) == len(cells)]
        if len(rows) < MIN_MESSAGES:
            return raw_lines
        out = list(raw_lines)
        out[start] = ""
        for at in rows:
            out[at] = raw_lines[at].split("\t")[content].strip()
        return out
    return raw_lines
