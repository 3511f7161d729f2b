"""A bulk-SMS platform's task log (政务短信平台 群发任务记录导出): 【任务N】 blocks, each its
task's metadata (任务编号, 提交时间, 审核人, 状态, 发送分组, 计费条数) and then 短信内容： with the
message the task sent — the guideline in pieces, one class at a time. Read as the messages: the
task lines and metadata blank, the sender's tag (【沙洋县科技局】) and 退订回T dropped, and a task
that was never sent (状态：审核驳回, 未发送, 已撤回) blank whole — its draft's sums were refused.
Only where three or more tasks carry 短信内容：. Lines keep their numbers; other texts are
unchanged.
"""

from __future__ import annotations

import re

# 【任务1】 / 任务3 / 【群发任务 5】: a task's block opens
# (【任务1】任务编号：CX-KJ-20250303-01: its number on the same line)
_TASK = re.compile(r"^\s*[【\[]?\s*(?:群发)?任务\s*\d{1,3}\s*[】\]]?\s*(?:任务编号\s*[:：].*)?$")
_CONTENT = re.compile(r"^\s*(?:短信|消息|发送)?内容\s*[:：]\s*$")
_UNSENT = re.compile(r"状态\s*[:：]\s*(?:审核)?(?:驳回|未发送|已撤回|撤回|已取消|发送失败)")
# 【沙洋县科技局】… / …退订回T: the sender's tag before a message, the opt-out after it
# (…申报要点②：: the message's own number in a series, no word of it)
_TAG = re.compile(r"^\s*【[^】]{2,16}(?:局|委|办|中心|政府)】"
                  r"(?:\s*(?:申报)?要点\s*[①-⑳\d]{1,2}\s*[:：])?")
_OPT_OUT = re.compile(r"\s*(?:拒收请?回复?|退订回?)[A-Za-z]{1,2}\s*$")
# 重点研发计划·方向1　…: the plan a message's heading names before it (a breadcrumb)
_CRUMB = re.compile(r"^(?P<indent>\s*)[\u4e00-\u9fff（）()]{2,20}·(?=(?:方向|课题|专题|榜单|事项)"
                    r"\s*[\d一二三四五六七八九十])")
MIN_TASKS = 3


def as_read(raw_lines: list[str]) -> list[str]:
    """The messages the tasks sent, the log around them blank (see the module's note)."""
    if sum(1 for raw in raw_lines if _CONTENT.match(raw)) < MIN_TASKS \
            or sum(1 for raw in raw_lines if _TASK.match(raw)) < MIN_TASKS:
        return raw_lines
    out = list(raw_lines)
    starts = [at for at, raw in enumerate(raw_lines) if _TASK.match(raw)]
    for start, end in zip(starts, [*starts[1:], len(raw_lines)], strict=True):
        block = range(start, end)
        if any(_UNSENT.search(raw_lines[at]) for at in block):
            for at in block:
                out[at] = ""
            continue
        content = next((at for at in block if _CONTENT.match(raw_lines[at])), None)
        for at in block:
            if content is None or at <= content:
                out[at] = ""
            else:
                out[at] = _CRUMB.sub(r"\g<indent>", _OPT_OUT.sub("", _TAG.sub("", raw_lines[at])))
    return out
