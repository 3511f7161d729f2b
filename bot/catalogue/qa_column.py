"""A newspaper's or a hotline's question-and-answer column retelling a call (《有问必答》): 问1：…
the reader's question, 答（农村科技科 叶科长）：… the answer, the directions it lists numbered on
across the answers ((1)…(9)). Read as the guideline the answers tell: a question whose answer
lists directions heads them (第二部分　… over (1) (2), the answer's own words — 这一类由我们农村
科技科负责管理，…, 门槛主要有三条 — their group's terms, said by the office in the first person);
a question whose answer lists none is a reader's question (第四部分　常见问题：…), its answer no
direction's text; the 答（…）： tag goes.
Lines keep their numbers; other texts are unchanged.
"""

from __future__ import annotations

import re

from bot.catalogue.numbers import chinese_numeral

_ASKED = re.compile(r"^\s*问\s*(?P<n>\d{1,2})\s*[:：]\s*(?P<question>\S.*)$")
_ANSWERED = re.compile(r"^\s*答\s*(?:[(（][^()（）]{1,30}[)）])?\s*[:：]\s*")
# (1)高山蔬菜…（代码：WC25NY01） / （9）…（榜单编号：…）: a direction the answer lists
_LISTED = re.compile(r"^\s*[(（]\d{1,2}[)）]\s*\S")
# 由我们高新技术科管理 / 都由我们高新技术科受理: the office speaking of itself
_WE = re.compile(r"(?<=由)我们(?=[\u4e00-\u9fff]{2,12}(?:科|股|处|室))")
MIN_ASKED = 3
MIN_LISTING = 2  # answers listing directions: the column retells the call's lists


def is_column(raw_lines: list[str]) -> bool:
    """Three questions or more, numbered in order, each answered."""
    asked = [int(m["n"]) for raw in raw_lines if (m := _ASKED.match(raw))]
    answered = sum(1 for raw in raw_lines if _ANSWERED.match(raw))
    return len(asked) >= MIN_ASKED and asked == list(range(asked[0], asked[0] + len(asked))) \
        and answered >= MIN_ASKED


def as_read(raw_lines: list[str]) -> list[str]:
    """The column as the guideline its answers tell (see the module's note)."""
    if not is_column(raw_lines):
        return raw_lines
    out = list(raw_lines)
    asked = [(i, m["question"].strip()) for i, raw in enumerate(raw_lines)
             if (m := _ASKED.match(raw)) is not None]
    spans = [(start, asked[at + 1][0] if at + 1 < len(asked) else len(raw_lines), question)
             for at, (start, question) in enumerate(asked)]
    listing = [any(_LISTED.match(raw) for raw in raw_lines[start + 1:end])
               for start, end, _ in spans]
    if sum(listing) < MIN_LISTING:
        return raw_lines  # (问6：“…”方向（FZ25ZD01）支持什么？: each question names a direction)
    for at, ((start, end, question), lists) in enumerate(zip(spans, listing, strict=True)):
        # (no direction listed: a reader's question)
        title = question if lists else f"常见问题：{question}"
        out[start] = f"第{chinese_numeral(at + 1)}部分　{title}"
        for index in range(start + 1, end):
            out[index] = _WE.sub("", _ANSWERED.sub("", raw_lines[index]))
    return out
