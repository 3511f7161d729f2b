"""A chatbot's knowledge entries (智能客服知识条目, as a vendor's 运营月报 lists what it added):
条目编号：… (the bot's own id, perhaps 指南方向代码：… beside it), 【标准问】 the entry's title,
【相似问】 the users' phrasings joined by ｜, 【标准答案】 what the bot answers. Read as the
guideline: an entry titled by a topic a direction headed by it (its 指南方向代码 in brackets
after the title), an entry titled by a question an answer under 常见问题; the users' phrasings
and the bot's ids dropped, the answer and a plan's 【计划通用口径】 its text. Lines keep their
numbers; other texts are unchanged.
"""

from __future__ import annotations

import re

_ASKED = re.compile(r"^\s*【\s*标准问\s*】\s*(?P<title>.*)$")
_PHRASINGS = re.compile(r"^\s*【\s*相似问(?:法)?\s*】")
_ANSWER = re.compile(r"^\s*【\s*(?:标准答案|标准答复|答复口径)\s*】\s*")
# 【计划通用口径】本专项采取前资助方式…: a plan's terms as the bot answers them, its text
_SHARED = re.compile(r"^\s*【\s*[\u4e00-\u9fff]{0,6}(?:通用|共性|统一)口径\s*】\s*")
# 条目编号：TCKJ-2403-01　　指南方向代码：TC24ZD01: the entry's id, the direction's code beside it
_ENTRY_ID = re.compile(r"^\s*(?:条目|知识|问答)(?:编号|ID|id)\s*[:：]\s*\S+"
                       r"(?:[\s\u3000]+(?P<label>[\u4e00-\u9fff]{0,6}(?:代码|编码|编号))\s*[:：]\s*"
                       r"(?P<code>[0-9A-Za-z][0-9A-Za-z\-]{3,19}))?\s*$")
# 高新技术企业认定奖励什么时候发 / 申报系统登不上去怎么办？: a question asked, no topic
_QUESTION = re.compile(r"[？?]\s*$|怎么|如何|吗\s*$|能否|是否|多少|哪[里些个儿]|什么|为何|为什么")
MIN_ENTRIES = 3


def is_faq(raw_lines: list[str]) -> bool:
    """Entries enough, each asked (【标准问】) and answered (【标准答案】)."""
    asked = sum(1 for raw in raw_lines if _ASKED.match(raw))
    answered = sum(1 for raw in raw_lines if _ANSWER.match(raw))
    return asked >= MIN_ENTRIES and answered >= MIN_ENTRIES


def as_read(raw_lines: list[str]) -> list[str]:
    """The entries as a guideline's headings and text (see the module's note)."""
    if not is_faq(raw_lines):
        return raw_lines
    out = list(raw_lines)
    code = None
    for at, raw in enumerate(raw_lines):
        entry = _ENTRY_ID.match(raw)
        if entry is not None:
            code = entry["code"]
            out[at] = ""
            continue
        asked = _ASKED.match(raw)
        if asked is not None:
            title = asked["title"].strip()
            if _QUESTION.search(title):
                out[at] = "方向：常见问题"  # (its answer no direction's terms)
            else:
                out[at] = f"方向：{title}（{code}）" if code else f"方向：{title}"
            code = None
            continue
        if _PHRASINGS.match(raw):
            out[at] = ""  # (the users' words, no term of the guideline)
            continue
        label = _ANSWER.match(raw) or _SHARED.match(raw)
        if label is not None:
            out[at] = raw[label.end():]
    return out
