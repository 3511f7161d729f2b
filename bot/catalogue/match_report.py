"""A policy platform's 政策精准匹配报告 for one firm: the guideline's directions as cards sorted by
how well the firm matches them (可申报 / 条件待完善 / 暂不符合), each card `01｜title` over its
rows (所属计划, 指南编号, 主管科室, 支持内容, 支持标准, 申报条件 …), the plans' shared terms
stated once after the cards (【县重点研发计划】须由企业牵头…). Read back as the guideline the
report was made from: the cards grouped under their plan, in the order the report first names
each, the plan a （一） heading and its terms under it, each card a numbered direction with its
code and office; the report's own rows (匹配度, 匹配说明, 完善建议, 往年参考, 政策原文) and
its match headings dropped. Each line read cites the line of the report it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TITLE = re.compile(r"^\s*\d{1,3}\s*[｜|丨]\s*(?P<title>[^｜|丨:：]{4,60}?)\s*$")
_PAIR = re.compile(r"^\s*(?P<key>[\u4e00-\u9fff]{2,6})\s*[:：]\s*(?P<value>.*)$")
_PLAN_KEYS = ("所属计划", "所属专项", "所属类别", "计划类别", "项目类别", "所属类型", "所属政策")
_CODE_KEYS = ("指南编号", "指南代码", "事项编码", "事项编号", "项目代码")
_OFFICE_KEYS = ("主管科室", "承办科室", "经办科室", "责任科室", "归口科室", "受理科室")
# the report's say about the firm, not the guideline's
_OWN_KEYS = ("匹配度", "匹配说明", "匹配结果", "完善建议", "往年参考", "政策原文", "匹配依据",
             "测算金额", "预计金额", "推荐理由")
# 【县重点研发计划（产业前瞻与关键核心技术）】须由…企业牵头申报；…: a plan's terms, by its name
_NAMED_TERMS = re.compile(r"^\s*【(?P<name>[^】]{2,40})】\s*(?P<terms>\S.*)$")
# （一）可申报事项（4项） / 〔第1页／共3页〕: how the report sorts and pages its cards
_BETWEEN = re.compile(r"^\s*(?:[(（][一二三四五六七八九十]{1,2}[)）].{0,16}事项"
                      r"\s*(?:[(（]\d+项[)）])?|〔第\s*\d+\s*页.*〕|[─━—=═\-]{6,})\s*$")
MIN_CARDS = 3
_CN = "一二三四五六七八九十"


@dataclass
class _Card:
    start: int
    title: str
    plan: str | None = None
    rows: list[tuple[int, str]] = field(default_factory=list)
    end: int = 0  # the index of its last line (its 匹配说明 and plan rows too)


def _cards(raw_lines: list[str]) -> list[_Card]:
    cards: list[_Card] = []
    card: _Card | None = None
    for index, raw in enumerate(raw_lines):
        title = _TITLE.match(raw)  # (every document's lines pass here: the look ahead only
        # for a line titled so)
        if title is not None and (pair := _PAIR.match(next(
                (line for line in raw_lines[index + 1:index + 3] if line.strip()), ""))) \
                is not None and pair["key"] in (*_PLAN_KEYS, *_CODE_KEYS):
            card = _Card(index, title["title"], end=index)
            cards.append(card)
            continue
        if card is None:
            continue
        if not raw.strip():
            card = None  # (a card ends at its blank line)
            continue
        card.end = index
        row = _PAIR.match(raw)
        if row is not None and row["key"] in _PLAN_KEYS:
            card.plan = row["value"].strip()
        elif row is None or row["key"] not in _OWN_KEYS:
            card.rows.append((index, raw.strip()))
    return cards


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The report read as the guideline (see the module's note) and the line (1-based) each
    line read is on; None when the text is no such report."""
    cards = _cards(raw_lines)
    if len(cards) < MIN_CARDS or sum(1 for card in cards if card.plan) < MIN_CARDS:
        return None
    plans = list(dict.fromkeys(card.plan for card in cards))
    terms = {found["name"].strip(): (index, found["terms"] + "".join(
                 raw_lines[at].strip() for at in _carried_on(raw_lines, index)))
             for index, raw in enumerate(raw_lines) if (found := _NAMED_TERMS.match(raw))
             and found["name"].strip() in plans}
    first, last = cards[0].start, max(card.end for card in cards)
    before = [index for index in range(first) if not _BETWEEN.match(raw_lines[index])]
    lines = [raw_lines[index] for index in before]
    numbers = [index + 1 for index in before]
    number = 0
    for order, plan in enumerate(plans):
        if plan is not None:
            stated = terms.get(plan)
            lines.append(f"（{_CN[order % len(_CN)]}）{plan}")
            numbers.append(stated[0] + 1 if stated else
                           next(card.start for card in cards if card.plan == plan) + 2)
            if stated is not None:  # (said after the cards, its terms read under its name)
                lines.append(stated[1])
                numbers.append(stated[0] + 1)
        for card in (card for card in cards if card.plan == plan):
            number += 1
            lines.append(f"{number}．{card.title}")
            numbers.append(card.start + 1)
            for index, text in card.rows:
                row = _PAIR.match(text)
                if row is not None and row["key"] in _CODE_KEYS:
                    text = f"指南代码：{row['value'].strip()}"
                elif row is not None and row["key"] in _OFFICE_KEYS:
                    text = f"归口科室：{row['value'].strip()}"
                lines.append(text)
                numbers.append(index + 1)
    moved = {at for index, _ in terms.values() for at in (index, *_carried_on(raw_lines, index))}
    for index in range(last + 1, len(raw_lines)):
        if index not in moved and not _BETWEEN.match(raw_lines[index]):
            lines.append(raw_lines[index])
            numbers.append(index + 1)
    return lines, numbers


def _carried_on(raw_lines: list[str], index: int) -> list[int]:
    """The lines a plan's terms (【…】须由…) run on over, cut at a page's width: up to an empty
    line, the next 【…】 or a numbered heading."""
    after: list[int] = []
    for at in range(index + 1, len(raw_lines)):
        text = raw_lines[at].strip()
        if not text or text.startswith("【") or _SECTION.match(text) or _BETWEEN.match(text):
            break
        after.append(at)
    return after


_SECTION = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]"
                      r"|\d{1,2}\s*[.．、])")
