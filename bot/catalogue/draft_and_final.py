"""A guideline published with the review that settled it (方向论证情况及定稿内容的公示, a 论证
意见汇总): under each direction, 原拟内容：… (the draft, its sums and terms superseded), 专家意见：…
(what the experts said of it), 论证结论：… (listed, changed or dropped) and 定稿内容：… (the
final text, what one applies under). Read as the final guideline: the 定稿内容 paragraphs as the
direction's own text (their label dropped), the draft and the experts' paragraphs blank, a
conclusion kept only where it drops the direction (论证结论：不予列入 / 暂缓列入, which closes
it). Only where three or more directions carry a final text beside a draft. Lines keep their
numbers; other texts are unchanged.
"""

from __future__ import annotations

import re

_LABEL = r"^(?P<indent>\s*)(?:[【\[〔]\s*)?"
_END = r"\s*(?:[】\]〕]\s*[:：]?|[:：])\s*(?P<said>.*)$"
# 定稿内容： / 论证后内容： / 修改后内容：: the text the direction is applied for under
_FINAL = re.compile(_LABEL + r"(?:定稿|论证后|修改后|最终|调整后)(?:内容|表述|文本)" + _END)
# 原拟内容： / 初稿内容： / 原表述：: the draft the review started from
_DRAFT = re.compile(_LABEL + r"(?:原拟|初稿|原稿|原|征求意见稿)(?:内容|表述|文本)" + _END)
# 专家意见： / 专家组意见： / 论证意见：: what the reviewers said of it
_OPINION = re.compile(_LABEL + r"(?:专家(?:组)?|论证|评审)(?:意见|建议)(?:摘要)?" + _END)
# 论证结论：不予列入。 / 暂缓列入，…: the direction dropped this year
_CONCLUSION = re.compile(_LABEL + r"(?:论证|评审)?结论" + _END)
_DROPPED = re.compile(r"^(?:不予|暂缓|暂不|不)列入")
# 方向4　… / （二）… / 3．… / 【方向1】…: a heading, where a paragraph a page width cut (its
# lines after the first set flush) stops
_OPENS_HEADING = re.compile(r"^(?:方向|[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]|第|[A-Z]\d"
                           r"|[【\[〔])")
MIN_FINAL = 3


def goes_on_flush(raw: str) -> bool:
    """A line carrying on the paragraph above it as a PDF's text layer sets it: flush left (a
    paragraph's first line is indented), not opening a heading."""
    return bool(raw.strip()) and not raw[:1].isspace() and _OPENS_HEADING.match(raw) is None


def as_read(raw_lines: list[str]) -> list[str]:
    """The final texts as the guideline's, the drafts and opinions blank (see the note)."""
    if sum(1 for raw in raw_lines if _FINAL.match(raw)) < MIN_FINAL \
            or not any(_DRAFT.match(raw) for raw in raw_lines):
        return raw_lines
    out: list[str] = []
    blanking = False  # (a draft's paragraph wrapped onto the lines after its label)
    for raw in raw_lines:
        final = _FINAL.match(raw)
        conclusion = _CONCLUSION.match(raw)
        if final is not None:
            out.append(final["indent"] + final["said"])
            blanking = False
        elif _DRAFT.match(raw) or _OPINION.match(raw):
            out.append("")
            blanking = True
        elif conclusion is not None:
            out.append(raw if _DROPPED.match(conclusion["said"]) else "")
            blanking = False
        elif blanking and goes_on_flush(raw):
            out.append("")  # (the draft's paragraph going on, set flush after a PDF's wrap)
        else:
            out.append(raw)
            blanking = False
    return out
