"""An 在线访谈 page: a host asks (主持人：…), officials answer (林志强：…), and the guideline is in
the answers. One answer lists the plans ((一)重点研发计划。这一类…), later questions take them one
by one (我们先从重点研发计划说起) and the answers after them give each plan's directions. Read as
the guideline: each answer without its speaker's name, each question that names one listed plan
replaced by that plan's line (its terms with it), every other question dropped. Other texts are
unchanged.
"""

from __future__ import annotations

import re

# 主持人：… / 林志强：… / 网友“澄海玩具人”问：…: who speaks, at the start of the turn
_TURN = re.compile(r"^\s*(?P<who>[\u4e00-\u9fff]{2,4})\s*[:：]\s*(?=\S)")
_HOSTS = ("主持人", "记者", "网友")
# 研究内容：…, 申报单位：…: a field's label, never a speaker (a person is named, or a role)
_LABEL_WORD = re.compile(r"(?:内容|要求|方式|时间|单位|条件|指标|额度|期限|代码|编号|名称|对象"
                         r"|主体|说明|范围|标准|电话|地址|邮箱|科室|股室|处室|情况|目标|依据|材料"
                         r"|程序|号|日期)$")  # (归档号：JXGB-…, 整理日期：…: a record's own fields)
MIN_TURNS = 6
# （二）玩具创意产业科技专项。这一类…: a plan listed in an answer, its name before the first stop
_LISTED = re.compile(r"^\s*[(（][一二三四五六七八九十]{1,2}[)）]\s*"
                     r"(?P<name>[^。；;，,：:]{4,24}?)\s*[。；;，,]")


def is_interview(raw_lines: list[str]) -> bool:
    """Six or more turns, the host among the speakers, another speaker answering twice."""
    speakers = [m["who"] for raw in raw_lines if (m := _TURN.match(raw))]
    if len(speakers) < MIN_TURNS or not any(who in _HOSTS for who in speakers):
        return False
    answers = [who for who in speakers if who not in _HOSTS and not _LABEL_WORD.search(who)]
    return any(answers.count(who) >= 2 for who in set(answers))


def as_read(raw_lines: list[str]) -> list[str]:
    """The answers as the guideline's text, each listed plan's line moved to the question that
    takes it up (the lines keep their numbers; a moved line leaves a blank one)."""
    if not is_interview(raw_lines):
        return raw_lines
    out = list(raw_lines)
    listed: dict[str, int] = {}  # a listed plan's name → its line's index
    for at, raw in enumerate(raw_lines):
        turn = _TURN.match(raw)
        if turn is None:
            plan = _LISTED.match(raw)
            if plan is not None:
                listed.setdefault(plan["name"], at)
            continue
        if _LABEL_WORD.search(turn["who"]):
            continue  # (支持方式：… in an answer: a label, its line kept)
        if turn["who"] not in _HOSTS:
            out[at] = raw[turn.end():]
            plan = _LISTED.match(out[at])
            if plan is not None:
                listed.setdefault(plan["name"], at)
            continue
        end = _paragraph_end(raw_lines, at)  # (a question a page's width cut: its pieces too)
        asked = "".join(raw_lines[at:end])
        named = [name for name in listed if name in asked]
        out[at:end] = [""] * (end - at)  # (有网友提问…: a question, no terms)
        if len(named) == 1 and out[listed[named[0]]].strip():
            start = listed[named[0]]
            stop = _paragraph_end(raw_lines, start)
            out[at] = "".join(out[start:stop])
            out[start:stop] = [""] * (stop - start)
    return out


def _paragraph_end(raw_lines: list[str], start: int) -> int:
    """Where the paragraph opening at `start` ends: its pieces a page's width cut go on
    unindented, up to a blank line, a turn or the next listed plan."""
    end = start + 1
    while end < len(raw_lines) and raw_lines[end].strip() and not raw_lines[end][:1].isspace() \
            and not _TURN.match(raw_lines[end]) and not _LISTED.match(raw_lines[end]):
        end += 1
    return end
