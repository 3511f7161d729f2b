"""A hotline's knowledge base exported as text (12345热线 知识库条目导出): a record a direction
or an answer, each with 知识编号, 知识标题 and its 目录 path, then the answer (答复口径) and the
record's bookkeeping (有效期, 关键词, 审核状态). Read as the guideline: each catalogue node a
category heading, each record's title its heading (类别｜方向 → 方向), a record of the category's
common terms their caption, a question's record none; the bookkeeping dropped. Lines keep their
numbers; other texts are unchanged.
"""

from __future__ import annotations

import re

_FIELD = re.compile(r"^\s*(?P<label>知\s*识\s*(?:编\s*号|标\s*题|名\s*称|目\s*录)|目录节点"
                    r"|■\s*目录节点)\s*[:：]\s*(?P<value>.*)$")
# the record's bookkeeping: no term of the guideline (有效期 is the record's, no project's)
_BOOKKEEPING = re.compile(r"^\s*(?:有\s*效\s*期|关\s*键\s*词|审核状态|导出(?:时间|范围|条件|账号)"
                          r"|知识状态|更新时间|浏览次数|\[\d+/\d+\]|[=\-]{8,}"
                          # (承办单位：…局: the bureau the record is filed under, no office)
                          r"|(?:承办|来源)单位\s*[:：][^()（）]*(?:局|委员会|政府)\s*$)")
_PATH = re.compile(r"\s*(?:>|＞|/|→)\s*")
# 重点研发计划项目的通用要求 / 申报总体口径: the category's common terms, no direction
_COMMON = re.compile(r"通用要求|共性要求|共同要求|总体口径|总体说明|通用条件")
MIN_RECORDS = 4
_SOURCE_OFFICE = re.compile(r"^\s*来源单位\s*[:：][^()（）]*"
                            r"[(（](?P<office>[^()（）]{2,14}(?:科|股|处|室))[)）]")
# (适用对象：…: whom the answer suits, as callers ask — its own record says who may apply)
_CALLERS = re.compile(r"^\s*(?:【适用情形】|【答复口径】\s*$|答复口径\s*[:：]\s*$"
                      r"|适用对象\s*[:：])")


def is_export(raw_lines: list[str]) -> bool:
    titles = sum(1 for raw in raw_lines if (m := _FIELD.match(raw)) and "标" in m["label"])
    return titles >= MIN_RECORDS


def as_read(raw_lines: list[str]) -> list[str]:
    """The export's records as a guideline's headings and text (see the module's note)."""
    if not is_export(raw_lines):
        return raw_lines
    out = list(raw_lines)
    category = None
    for at, raw in enumerate(raw_lines):
        if _BOOKKEEPING.match(raw):
            out[at] = ""
            continue
        source = _SOURCE_OFFICE.match(raw)
        if source is not None:  # 来源单位：…科学技术局（高新技术科）: the record's office
            out[at] = f"承办科室：{source['office']}"
            continue
        if _CALLERS.match(raw):
            out[at] = ""  # 【适用情形】饮用水企业咨询…: who calls, no applicant's rule
            continue
        field = _FIELD.match(raw)
        if field is None:
            continue
        label = re.sub(r"\s", "", field["label"]).lstrip("■")
        value = field["value"].strip()
        if label in ("知识目录", "目录节点"):
            node = _PATH.split(value)[-1].strip()
            out[at] = ""
            if node and node != category:
                category = node
                # (said where the record opens, before its title: its 编号's line)
                opening = at if label == "目录节点" else _record_opening(raw_lines, at)
                out[opening] = f"【类别】{node}"
            continue
        if label == "知识编号":
            if out[at] == raw:
                out[at] = ""
            continue
        title = value.split("｜")[-1].split("|")[-1].strip()
        if title.endswith(("？", "?")):
            # 申报县级科技计划需要满足哪些基本条件？: an answer, no direction — its text none
            # of the record before it
            out[at] = "▶ 常见问题"
        elif _COMMON.search(title):
            out[at] = "本类项目的支持标准及要求："  # (the category's, whatever comes after)
        else:
            out[at] = f"▶ {title}"  # (a heading whatever labels its answer uses)
    return out


def _record_opening(raw_lines: list[str], at: int) -> int:
    """The line a record opens on (its 知识编号), looking back from its 目录 line; the 目录
    line itself when it stands before the records (■ 目录节点：…)."""
    for back in range(at - 1, max(-1, at - 6), -1):
        field = _FIELD.match(raw_lines[back])
        if field is not None and "编" in field["label"]:
            return back
    return at
