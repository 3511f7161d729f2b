"""A guideline as a 惠企政策兑现 platform shows it, copied from the policy page: the guideline's
terms in 政策要点, then one 事项 card a direction, in the platform's template — a title with a
badge (【依申请】, 【免申即享】), a row of key：value pairs split by ｜ (所属类别, 指南代码,
主管部门, 承办科室), the card's own labelled rows (支持内容, 支持标准, 申报条件), the template's
service rows every card repeats (办理时限, 到现场次数, 是否收费, 申报时间, 咨询电话) and its
buttons. Read back as the outline the platform flattened: the cards grouped under their class
(所属类别, named again where its terms are stated), each a numbered direction with its code,
its office and its own rows; the template rows, buttons, filter and pager dropped. Each line
read cites the line of the copy it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_BADGES = "依申请|免申即享|免申即兑|即申即享|即申即兑|依职权|承诺制|告知承诺"
_TITLE = re.compile(rf"^\s*(?P<title>\S.*?)\s*【(?:{_BADGES})】\s*$")
_PAIR_SPLIT = re.compile(r"\s*[｜|]\s*")
_PAIR = re.compile(r"^(?P<key>[\u4e00-\u9fff]{2,6})\s*[:：]\s*(?P<value>.*)$")
_CLASS_KEYS = ("所属类别", "事项类别", "政策类别", "项目类别", "所属类型", "事项类型")
_CODE_KEYS = ("指南代码", "事项编码", "事项编号", "项目代码", "编码")
_OFFICE_KEYS = ("承办科室", "经办科室", "责任科室", "承办股室", "办理科室", "归口科室")
_ISSUER_KEYS = ("主管部门", "发布部门", "实施主体", "受理部门")  # the bureau, on every card
# the platform's own rows on every card, and its buttons
_TEMPLATE = re.compile(r"^(?:办理时限|承诺时限|法定时限|到现场次数|是否收费|收费标准|申报时间"
                       r"|受理时间|咨询电话|联系电话|监督电话|办理地点|办理方式)\s*[:：]")
_BUTTONS = re.compile(r"^(?:(?:立即申报|在线申报|我要申报|在线办理|收藏|分享|查看兑现名单|查看详情"
                      r"|办事指南|一键申报)\s*)+$")
# 全部（12）　工业科技攻关项目（4）…, 排序：默认　最新发布, 共12条　〈 1 〉　每页20条
_FILTER = re.compile(r"^全部\s*[（(]\d+[)）]")
_SORT = re.compile(r"^排序\s*[:：]")
_PAGER = re.compile(r"^共\s*\d+\s*条")
MIN_CARDS = 3


@dataclass
class _Card:
    start: int  # the index of its title line
    title: str
    kind: str | None = None
    rows: list[tuple[int, str]] = field(default_factory=list)


def _cards(raw_lines: list[str]) -> tuple[list[_Card], int] | None:
    """The cards and the index after the last one; None when the text has too few."""
    starts = [i for i, raw in enumerate(raw_lines)
              if _TITLE.match(raw) and i + 1 < len(raw_lines)
              and len(_PAIR_SPLIT.split(raw_lines[i + 1].strip())) >= 2
              and _PAIR.match(_PAIR_SPLIT.split(raw_lines[i + 1].strip())[0])]
    if len(starts) < MIN_CARDS:
        return None
    cards: list[_Card] = []
    end = len(raw_lines)
    for at, start in enumerate(starts):
        title = _TITLE.match(raw_lines[start])
        assert title is not None
        card = _Card(start, title["title"])
        stop = starts[at + 1] if at + 1 < len(starts) else len(raw_lines)
        buttons = False
        for index in range(start + 1, stop):
            text = raw_lines[index].strip()
            if at + 1 == len(starts) and (_PAGER.match(text) or buttons):
                end = index  # the page after the last card's buttons: its pager, the rest
                break
            buttons = bool(_BUTTONS.match(text))
            if not text or _TEMPLATE.match(text) or buttons:
                continue
            pairs = _PAIR_SPLIT.split(text) if index == start + 1 else [text]
            for pair in pairs:
                card.rows.append((index, pair))
        cards.append(card)
    return cards, end


def holds_cards(raw_lines: list[str]) -> bool:
    """Is this a platform page with its 事项 cards (a browser's copy, never cut at a width)?"""
    return _cards(raw_lines) is not None


def _read_card(card: _Card, number: int) -> tuple[list[str], list[int]]:
    lines, numbers = [f"{number}．{card.title}"], [card.start + 1]
    for index, text in card.rows:
        pair = _PAIR.match(text)
        key = pair["key"] if pair is not None else ""
        if key in _ISSUER_KEYS or key in _CLASS_KEYS:
            continue
        if key in _CODE_KEYS:
            text = f"指南代码：{pair['value']}" if pair is not None else text
        elif key in _OFFICE_KEYS:
            text = f"归口科室：{pair['value']}" if pair is not None else text
        lines.append(text)
        numbers.append(index + 1)
    return lines, numbers


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The page with its cards read as directions under their classes, and the line (1-based)
    each line read is on; None when the text holds no such cards."""
    found = _cards(raw_lines)
    if found is None:
        return None
    cards, end = found
    for card in cards:
        card.kind = next((pair["value"].strip() for _, text in card.rows[:4]
                          if (pair := _PAIR.match(text)) and pair["key"] in _CLASS_KEYS), None)
    first = cards[0].start
    lines: list[str] = []
    numbers: list[int] = []
    for index in range(first):
        text = raw_lines[index].strip()
        if not (_FILTER.match(text) or _SORT.match(text)):
            lines.append(raw_lines[index])
            numbers.append(index + 1)
    kinds = list(dict.fromkeys(card.kind for card in cards))  # as the page first shows them
    number = 0
    for kind in kinds:
        members = [card for card in cards if card.kind == kind]
        if kind is not None:  # the class, its terms stated above under its name
            lines.append(kind)
            numbers.append(members[0].start + 2)
        for card in members:
            number += 1
            read, at = _read_card(card, number)
            lines += read
            numbers += at
    for index in range(end, len(raw_lines)):
        if not _PAGER.match(raw_lines[index].strip()):
            lines.append(raw_lines[index])
            numbers.append(index + 1)
    return lines, numbers
