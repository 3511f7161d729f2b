"""A guideline drawn as a poster ('一图读懂') and passed on as the drawing's SVG source: every
poster line a <text> placed by a transform, a long line wrapped into <tspan>s, a plan a <g>
group with its banner lines, a direction a card group boxed by a <rect>; figures drawn on a
layer of their own (badges, callouts) lie over the cards they belong to. Read as the poster
reads: group by group, a group's first line its heading at the group's depth, each overlay
line put into the card its position lies in; each line citing the line of the file it is on.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

_TOKEN = re.compile(r"<g\b(?P<g>[^>]*)>|</g\s*>|<rect\b(?P<rect>[^>]*)/?>"
                    r"|<text\b(?P<text>[^>]*)>(?P<body>.*?)</text\s*>", re.S)
_ATTR = re.compile(r'([\w:-]+)\s*=\s*"([^"]*)"')
_MATRIX = re.compile(r"matrix\(\s*(?:[-\d.e]+[\s,]+){4}(?P<x>[-\d.e]+)[\s,]+(?P<y>[-\d.e]+)\s*\)")
_TRANSLATE = re.compile(r"translate\(\s*(?P<x>[-\d.e]+)(?:[\s,]+(?P<y>[-\d.e]+))?\s*\)")
_TAG = re.compile(r"<[^>]+>")
MIN_TEXTS = 8


@dataclass
class _Group:
    depth: int
    box: tuple[float, float] | None = None  # (top, bottom) of the rect that frames it
    items: list[_Line | _Group] = field(default_factory=list)


@dataclass
class _Line:
    text: str
    y: float
    number: int


def _attrs(source: str) -> dict[str, str]:
    return dict(_ATTR.findall(source))


def _y(attrs: dict[str, str]) -> float:
    transform = attrs.get("transform", "")
    moved = _MATRIX.search(transform) or _TRANSLATE.search(transform)
    if moved and moved["y"]:
        return float(moved["y"])
    try:
        return float(attrs.get("y", "0").split()[0])
    except ValueError:
        return 0.0


def _tree(source: str) -> tuple[_Group, int]:
    root = _Group(depth=0)
    stack = [root]
    count = 0
    for token in _TOKEN.finditer(source):
        number = source.count("\n", 0, token.start()) + 1
        if token["g"] is not None:
            group = _Group(depth=len(stack))
            stack[-1].items.append(group)
            stack.append(group)
        elif token.group(0).startswith("</g"):
            if len(stack) > 1:
                stack.pop()
        elif token["rect"] is not None:
            attrs = _attrs(token["rect"])
            if len(stack) > 1 and stack[-1].box is None and "height" in attrs:
                top = _y(attrs)
                stack[-1].box = (top, top + float(attrs["height"]))
        elif token["body"] is not None:
            text = html.unescape(_TAG.sub("", token["body"])).strip()
            if text:
                count += 1
                stack[-1].items.append(_Line(text, _y(_attrs(token["text"])), number))
    return root, count


def _boxes(group: _Group) -> list[_Group]:
    """Groups framed by a rect with lines of their own: the cards overlays may belong to."""
    own = [group] if group.box and any(isinstance(i, _Line) for i in group.items) else []
    return own + [box for item in group.items if isinstance(item, _Group) for box in _boxes(item)]


def _overlays(group: _Group, cards: list[_Group]) -> list[tuple[_Line, _Group]]:
    """Lines outside every card whose position lies inside one: taken out of where they were
    drawn, paired with their card."""
    moved: list[tuple[_Line, _Group]] = []
    for item in list(group.items):
        if isinstance(item, _Group):
            if item not in cards:
                moved += _overlays(item, cards)
            continue
        home = next((card for card in cards if card.box and card.box[0] <= item.y <= card.box[1]),
                    None)
        if home is not None:
            group.items.remove(item)
            moved.append((item, home))
    return moved


def _has_lines(group: _Group) -> bool:
    return any(isinstance(i, _Line) or _has_lines(i) for i in group.items)


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The poster's lines in reading order and the line (1-based) each is on; None when the
    text is no SVG drawing."""
    head = "\n".join(raw_lines[:12])
    if "<svg" not in head:
        return None
    root, count = _tree("\n".join(raw_lines))
    if count < MIN_TEXTS:
        return None
    cards = _boxes(root)
    for line, card in _overlays(root, cards):
        after = [i for i, item in enumerate(card.items)
                 if isinstance(item, _Line) and item.y <= line.y]
        card.items.insert((after[-1] + 1) if after else len(card.items), line)
    lines: list[str] = []
    numbers: list[int] = []

    def say(group: _Group) -> None:
        heads = group.depth > 0 and (group.box is not None or any(
            isinstance(i, _Group) and _has_lines(i) for i in group.items))
        for index, item in enumerate(group.items):
            if isinstance(item, _Group):
                say(item)
                continue
            first = heads and not any(isinstance(i, _Line) for i in group.items[:index])
            # (a group's first line heads it, marked as Markdown marks a heading: # by depth)
            lines.append("#" * min(group.depth + 1, 5) + " " + item.text if first else item.text)
            numbers.append(item.number)

    say(root)
    return lines, numbers
