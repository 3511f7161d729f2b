"""A government mailbox's published letters (县长信箱 来信选登, 留言选登): record after record of
信件编号：…, 来信标题：…, 来信内容：… (the citizen's question), then 答复单位：… and 答复内容：…
(the bureau's reply). Where the bureau replies with the year's guideline, one plan a reply, the
reply is the guideline: read as a part titled by the letter's 来信标题 (第N部分　…, so a reply's
1．2．3． start over under their own plan and its terms), holding the reply's words; the record's
other labels, the question, the greeting (李先生（女士）：您好！) and the 【满意度评价】 line blank.
Only where two letters at least are answered so. Lines keep their numbers; other texts are
unchanged.
"""

from __future__ import annotations

import re

_TITLE = re.compile(r"^\s*(?:来信|信件|留言|问政|诉求)标题\s*[:：]\s*(?P<title>\S.*)$")
_ANSWER = re.compile(r"^\s*(?:答复|回复|办理)(?:内容|意见|结果)\s*[:：]\s*(?P<rest>.*)$")
_ASKED = re.compile(r"^\s*(?:来信|信件|留言|诉求|咨询)内容\s*[:：]")
# 信件编号：…, 来信人：…, 答复单位：…, 办理状态：…: the record's own labels
_RECORD = re.compile(r"^\s*(?:信件编号|来信人|留言人|来信时间|留言时间|信件类型|办理状态|浏览次数"
                     r"|(?:答复|回复|办理)(?:单位|时间|部门))\s*[:：]")
# 李先生（女士）：您好！ / 赵医生：您好！: the reply's greeting
_GREETING = re.compile(r"^\s*[\u4e00-\u9fff*＊]{1,8}(?:[(（][^()（）]{1,4}[)）])?\s*[:：]"
                       r"\s*您好[!！]?\s*$")
_RATING = re.compile(r"^\s*【\s*满意度(?:评价)?\s*】")
MIN_LETTERS = 2


def is_mailbox(raw_lines: list[str]) -> bool:
    return sum(1 for raw in raw_lines if _TITLE.match(raw)) >= MIN_LETTERS \
        and sum(1 for raw in raw_lines if _ANSWER.match(raw)) >= MIN_LETTERS


def as_read(raw_lines: list[str]) -> list[str]:
    """The replies as the guideline's parts (see the module's note)."""
    if not is_mailbox(raw_lines):
        return raw_lines
    out = list(raw_lines)
    asking = False  # (in a letter's question, up to the reply's labels)
    part = 0
    for at, raw in enumerate(raw_lines):
        if (title := _TITLE.match(raw)) is not None:
            part += 1
            out[at], asking = f"第{part}部分　{title['title'].strip()}", False
        elif _ASKED.match(raw):
            out[at], asking = "", True
        elif (answer := _ANSWER.match(raw)) is not None:
            out[at], asking = answer["rest"], False
        elif _RECORD.match(raw) or _RATING.match(raw) or _GREETING.match(raw):
            out[at] = ""
            asking = asking and not _RECORD.match(raw)
        elif asking:
            out[at] = ""
    return out
