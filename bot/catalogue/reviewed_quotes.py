"""A document reviewing a guideline clause by clause (公平竞争审查报告, 合法性审查意见, a
解读 that quotes before it comments): each direction's terms come as a quoted paragraph,
【原文】方向代码：NA24GY01。…每项30～50万元… (a plan's as 【计划通用条款原文】…), and the
reviewer's words after it, 【对照标准】…第1项 / 【审查意见】…要求企业牵头与项目实施需要相适应。
符合。 Read as the guideline it quotes: the quoted paragraphs as plain text (their label
dropped, so what they state is the heading's own), the reviewer's paragraphs blank — a review
grants nothing and binds no one. Only where three or more paragraphs are quoted so and a
reviewer's label stands among them. Lines keep their numbers; other texts are unchanged.
"""

from __future__ import annotations

import re

# 【原文】 / 【指南原文】 / 【计划通用条款原文】 / 原文摘录： opening a paragraph
_QUOTED = re.compile(r"^(?P<indent>\s*)(?:[【\[〔]\s*"
                     r"(?P<boxed>[\u4e00-\u9fff]{0,10}原文(?:摘录|节选)?)\s*[】\]〕]|(?P<plain>(?:指南|条款)?原文(?:摘录|节选)?)\s*[:：])\s*(?P<said>.*)$")
# 【审查意见】 / 【对照标准】 / 【审查结论】: the reviewer's words on the clause above
_REVIEWED = re.compile(r"^\s*(?:[【\[〔]\s*(?:[\u4e00-\u9fff]{0,6}(?:审查|审核|评估)"
                       r"(?:意见|结论|情况|依据|结果)"
                       r"|对照标准|对照条款|修改建议|处理意见)\s*[】\]〕]"
                       r"|(?:审查|审核)(?:意见|结论)\s*[:：])")
MIN_QUOTED = 3


def as_read(raw_lines: list[str]) -> list[str]:
    """The quoted clauses as the guideline's text, the review blank (see the module's note)."""
    quoted = sum(1 for raw in raw_lines if _QUOTED.match(raw))
    if quoted < MIN_QUOTED or not any(_REVIEWED.match(raw) for raw in raw_lines):
        return raw_lines
    out = []
    for raw in raw_lines:
        found = _QUOTED.match(raw)
        if found is not None:
            out.append(found["indent"] + found["said"])
        elif _REVIEWED.match(raw):
            out.append("")
        else:
            out.append(raw)
    return out
