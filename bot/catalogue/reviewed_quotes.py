"""A document going through a guideline clause by clause (公平竞争审查报告, 合法性审查意见, an
执行口径说明 that quotes before it explains): each direction's terms come as a quoted paragraph,
【原文】方向代码：NA24GY01。…每项30～50万元… / ▍指南原文：… (a plan's as
【计划通用条款原文】…), and words about it after: the bureau's reading (▍执行口径：资助额度…在
100～200万元区间内核定), or a reviewer's (【对照标准】…第1项 / 【审查意见】…要求企业牵头与项目
实施需要相适应。符合。). Read as the guideline it quotes: the quoted and the reading paragraphs
as plain text (their labels dropped, so what they state is the heading's own), the reviewer's
blank — a review grants nothing and binds no one. Only where three or more paragraphs are
quoted so. Lines keep their numbers; other texts are unchanged.
"""

from __future__ import annotations

import re

# a bar or block marking a run-in label (▍指南原文：…), as a 公众号 or a slide sets them
_BAR = r"[▍▌▎▏┃█■▶►]\s*"
# 【原文】 / 【指南原文】 / 【计划通用条款原文】 / 原文摘录： / ▍指南原文： opening a paragraph
_QUOTED = re.compile(r"^(?P<indent>\s*)(?:[【\[〔]\s*"
                     r"(?P<boxed>[\u4e00-\u9fff]{0,10}原文(?:摘录|节选)?)\s*[】\]〕]"
                     rf"|(?:{_BAR})?(?P<plain>(?:指南|条款|定稿|送审稿)?原文(?:摘录|节选)?"
                     # (定稿原文（本类共性要求）：…: a cross-check record's final text)
                     r"(?:[(（][^()（）]{1,12}[)）])?)\s*[:：])\s*(?P<said>.*)$")
# ▍执行口径： / 【口径说明】: the bureau's own reading of the clause above, its terms too
_READING = re.compile(r"^(?P<indent>\s*)(?:[【\[〔]\s*(?:执行|解读|答复)?口径(?:说明)?\s*[】\]〕]"
                      rf"|(?:{_BAR})?(?:执行|解读)口径(?:说明)?\s*[:：])\s*(?P<said>.*)$")
# 【审查意见】 / 【对照标准】 / 【审查结论】: the reviewer's words on the clause above
_REVIEWED = re.compile(r"^\s*(?:[【\[〔]\s*(?:[\u4e00-\u9fff]{0,6}(?:审查|审核|评估)"
                       r"(?:意见|结论|情况|依据|结果)"
                       r"|对照标准|对照条款|修改建议|处理意见)\s*[】\]〕]"
                       r"|(?:审查|审核)(?:意见|结论)\s*[:：]"
                       # ▲校核：原稿“每项不超过60万元”…已改为50万元。× / 校核人：陈**: a checker's
                       r"|[▲△]?\s*(?:校核|复核|核对)(?:意见|情况)?\s*[:：]"
                       r"|(?:校核|复核)(?:人|时间|方式|依据)\s*[:：])")
# (▲校核：…测算表同步 ⏎ 调减80万元。×: a checker's mark the width cut, going on — not into
# a heading or a label of the record's next part)
_MARKED_CHECK = re.compile(r"^\s*[▲△]")
_ENDED = re.compile(r"[。；;！？!?×√○）)]\s*$")
_NEW_PART = re.compile(r"^\s*(?:【|[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]"
                       r"|[\u4e00-\u9fff]{2,10}[:：])")
MIN_QUOTED = 3


def as_read(raw_lines: list[str]) -> list[str]:
    """The quoted clauses as the guideline's text, the review blank (see the module's note)."""
    quoted = sum(1 for raw in raw_lines if _QUOTED.match(raw))
    if quoted < MIN_QUOTED:
        return raw_lines
    out = []
    reviewing = False  # (the reviewer's line above did not end: this one goes on with it)
    for raw in raw_lines:
        found = _QUOTED.match(raw) or _READING.match(raw)
        if found is not None:
            out.append(found["indent"] + found["said"])
            reviewing = False
        elif _REVIEWED.match(raw) or (reviewing and raw.strip() and not _NEW_PART.match(raw)):
            out.append("")
            reviewing = (reviewing or bool(_MARKED_CHECK.match(raw))) and not _ENDED.search(raw)
        else:
            out.append(raw)
            reviewing = False
    return out
