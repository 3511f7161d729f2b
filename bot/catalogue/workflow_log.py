"""A guideline exported from an office system's workflow log (流转记录): the header of the
document it carried, then one block per step — 【第N步】节点：…, 处理人：name（股室）, 操作：
提交 / 退回 / 重新提交, 处理意见：…, and the 正文片段 that step wrote. Each 股室 types its own
part at its step; a part sent back (退回) and submitted again (重新提交) stands in its reworked
form only. Read back as the document the fragments make, line for line: every other line (the
header, handlers, times, opinions, rules) blank, a superseded fragment blank too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_STEP = re.compile(r"^\s*[【\[［]?\s*(?:第\s*\d{1,3}\s*步|步骤\s*\d{1,3})\s*[】\]］]?")
_HANDLER = re.compile(r"(?:处理人|办理人|经办人|审批人)\s*[:：]\s*[^（(　\s]*\s*"
                      r"[（(](?P<dept>[^）)]+)[）)]")
_OPERATION = re.compile(r"(?:操作|办理结果|处理结果|动作)\s*[:：]\s*(?P<op>[^\s　]+)")
_FRAGMENT = re.compile(r"^\s*(?:正文片段|正文内容|正文|填写内容|修改内容|拟稿内容)\s*[:：]"
                       r"\s*(?P<rest>.*)$")
_RULE = re.compile(r"^\s*[━─—=\-_*·]{8,}\s*$")
_RESUBMITTED = re.compile(r"重新提交|修改后提交|再次提交|重新报送|修改后报送")
MIN_STEPS = 3


def is_workflow_log(raw_lines: list[str]) -> bool:
    """Steps, each with a handler and the operation done."""
    steps = sum(1 for raw in raw_lines if _STEP.match(raw))
    return steps >= MIN_STEPS and sum(1 for raw in raw_lines if _HANDLER.search(raw)) >= MIN_STEPS \
        and any(_FRAGMENT.match(raw) for raw in raw_lines)


@dataclass
class _Step:
    dept: str = ""
    operation: str = ""
    lines: list[tuple[int, str]] = field(default_factory=list)  # (index, text) of its fragment


def _steps(raw_lines: list[str]) -> list[_Step]:
    steps: list[_Step] = []
    in_fragment = False
    for index, raw in enumerate(raw_lines):
        if _STEP.match(raw):
            steps.append(_Step())
            in_fragment = False
            continue
        if not steps or _RULE.match(raw):
            in_fragment = False
            continue
        fragment = _FRAGMENT.match(raw)
        if fragment:
            in_fragment = True
            if fragment["rest"].strip():
                steps[-1].lines.append((index, fragment["rest"]))
        elif in_fragment:
            steps[-1].lines.append((index, raw))
        else:
            handler, operation = _HANDLER.search(raw), _OPERATION.search(raw)
            steps[-1].dept = handler["dept"].strip() if handler else steps[-1].dept
            steps[-1].operation = operation["op"] if operation else steps[-1].operation
    return steps


def as_signed(raw_lines: list[str]) -> list[str]:
    """The document the log's fragments make, line for line (unchanged when it is no log)."""
    if not is_workflow_log(raw_lines):
        return raw_lines
    steps = _steps(raw_lines)
    superseded: set[int] = set()
    for at, step in enumerate(steps):
        if step.dept and _RESUBMITTED.search(step.operation):
            # (the part this 股室 wrote before, sent back: no longer the guideline's)
            superseded |= {before for before in range(at) if steps[before].dept == step.dept}
    out = [""] * len(raw_lines)
    for at, step in enumerate(steps):
        for index, text in step.lines if at not in superseded else ():
            out[index] = text
    return out
