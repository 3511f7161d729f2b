"""A training quiz bank on a guideline (测试题库, 含参考答案及解析): questions numbered afresh in
each group, 1．【单选】本方向单个项目的县财政资助额度为（　　）。 over options A．不超过20万元
B．…, then 参考答案：1．C　2．150　3．× and 解析：〔指南原文〕“…单项资助30～50万元…”. The options
are distractors; what the guideline says is what the answers make of the questions. Read so:
each question on its line as the statement its answer completes (the options chosen in its
blank, a fill-in's figure in its ＿＿＿, a 判断 kept when marked true and dropped when false),
the option and answer lines blank, a 解析 as its text with the quote marks around the
guideline's words taken off. Only where three or more questions are marked so and answered.
Lines keep their numbers; other texts are unchanged.
"""

from __future__ import annotations

import re

_QUESTION = re.compile(r"^(?P<indent>\s*)\d{1,3}\s*[．.、]\s*[【\[]\s*"
                       r"(?P<kind>单选|多选|不定项|判断|填空|选择)(?:题)?\s*[】\]]\s*(?P<stem>.*)$")
_OPTION = re.compile(r"(?:^|(?<=\s))(?P<letter>[A-F])\s*[．.、]\s*")
_OPTIONS_LINE = re.compile(r"^\s*[A-F]\s*[．.、]")
_ANSWERS = re.compile(r"^\s*(?:参考)?答案\s*[:：]\s*(?P<said>.*)$")
_ANSWER = re.compile(r"(?P<n>\d{1,3})\s*[．.、]\s*(?P<said>[^\s\u3000]+)")
_BLANK = re.compile(r"[(（][\s\u3000]*[)）]|[＿_]{2,}")
_TRUE = re.compile(r"^(?:√|✓|✔|对|正确|T|是)$")
_EXPLAINED = re.compile(r"^(?P<indent>\s*)(?:解析|答案解析|说明)\s*[:：]\s*(?P<said>.*)$")
_QUOTE_MARK = re.compile(r"[〔【\[]\s*(?:指南|通知)?原文\s*[〕】\]]\s*[“\"]?")
MIN_QUESTIONS = 3


def _resolved(kind: str, stem: str, options: dict[str, str], answer: str) -> str:
    """The statement a question and its answer make (see the module's note), or ''."""
    if kind == "判断":
        return _BLANK.sub("", stem).strip() if _TRUE.match(answer) else ""
    if kind == "填空":  # (一式＿＿＿份，报送至…＿＿＿股 ⏎ 2．二；综合: a blank each, in order)
        said = stem
        for each in re.split(r"[；;、/]", answer):
            said = _BLANK.sub(each, said, count=1)
    else:
        chosen = [options[letter] for letter in answer if letter in options]
        if not chosen:
            return ""
        words = "、".join(chosen)
        said = _BLANK.sub(words, stem, count=1) if _BLANK.search(stem) else f"{stem}{words}"
    said = said.strip()
    return said if said.endswith(("。", "；", ";")) else said + "。"


def as_read(raw_lines: list[str]) -> list[str]:
    """The questions as what their answers say (see the module's note)."""
    if sum(1 for raw in raw_lines if _QUESTION.match(raw)) < MIN_QUESTIONS \
            or not any(_ANSWERS.match(raw) for raw in raw_lines):
        return raw_lines
    out = list(raw_lines)
    # the questions waiting for their answers: number → (line, kind, stem, options)
    pending: dict[str, tuple[int, str, str, dict[str, str]]] = {}
    last: str | None = None
    quoting = False  # (a 解析's quote going on over the next line)
    for at, raw in enumerate(raw_lines):
        question = _QUESTION.match(raw)
        if question is not None:
            number = str(len(pending) + 1)
            found = re.match(r"^\s*(\d{1,3})", raw)
            number = found[1] if found else number
            pending[number] = (at, question["kind"], question["stem"].strip(), {})
            last = number
            out[at] = ""
            continue
        if last is not None and _OPTIONS_LINE.match(raw):
            options = pending[last][3]
            marks = list(_OPTION.finditer(raw))
            for mark, after in zip(marks, [*marks[1:], None], strict=True):
                end = after.start() if after is not None else len(raw)
                options[mark["letter"]] = raw[mark.end():end].strip(" \u3000")
            out[at] = ""
            continue
        answers = _ANSWERS.match(raw)
        if answers is not None and pending:
            for answer in _ANSWER.finditer(answers["said"]):
                if answer["n"] in pending:
                    line, kind, stem, options = pending[answer["n"]]
                    out[line] = raw_lines[line][:len(raw_lines[line]) - len(
                        raw_lines[line].lstrip())] + _resolved(kind, stem, options, answer["said"])
            pending, last = {}, None
            out[at] = ""
            continue
        explained = _EXPLAINED.match(raw)
        if explained is not None or quoting:
            said = explained["said"] if explained is not None else raw
            indent = explained["indent"] if explained is not None else ""
            if _QUOTE_MARK.search(said):
                said = _QUOTE_MARK.sub("", said)
                quoting = True
            if quoting and "”" in said:
                said = said.replace("”", "", 1)
                quoting = False
            out[at] = indent + said
    return out
