"""A guideline drawn as a diagram in draw.io (diagrams.net), the uncompressed .drawio file:
an `<mxfile>` of `<diagram>` pages, each a list of `<mxCell>`s — or `<object>`s wrapping one,
whose other attributes are the shape's data (右键→编辑数据: 资助额度="…", 指南代码="…").
The words are in attributes only, as escaped HTML (&lt;b&gt;1.1&lt;/b&gt;&amp;nbsp;…); the
outline is only in each cell's `parent=` (a plan a container, its directions the boxes in
it), a box added late may stand outside every container and name its plan in an attribute;
sticky notes (shape=note) are the speaker's, no part of the guideline.

Read as the outline the containers make: each page's name, then every shape's words and its
data as `name：value` lines, a container's shapes after it in the order their numbers run
(else top to bottom, left to right); each line cites the line of the file its shape starts on.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from bot.catalogue.outline import classify_text

_FILE = re.compile(r"<mxfile\b")
_DIAGRAM = re.compile(r"<diagram\b[^>]*?\bname=\"(?P<name>[^\"]*)\"")
_SHAPE = re.compile(r"^\s*<(?P<tag>object|UserObject|mxCell)\b(?P<attrs>[^>]*?)(?P<closed>/?)>")
_GEOMETRY = re.compile(r"<mxGeometry\b(?P<attrs>[^>]*)")
_ATTRIBUTE = re.compile(r"(?P<name>[^\s=\"]+)=\"(?P<value>[^\"]*)\"")
# the attributes draw.io keeps for itself, not the shape's data
_OWN = {"id", "label", "value", "style", "vertex", "edge", "parent", "source", "target",
        "placeholders", "tooltip", "link", "tags", "connectable", "collapsed", "as"}
_BREAK = re.compile(r"<br\s*/?>|</(?:div|p|li)>", re.I)
_TAG = re.compile(r"<[^>]+>")
_PLACEHOLDER = re.compile(r"%[^%\s]{1,40}%")
MIN_SHAPES = 5


@dataclass
class _Shape:
    id: str
    line: int
    label: str
    data: list[tuple[str, str]]
    parent: str = ""
    style: str = ""
    edge: bool = False
    x: float = 0.0
    y: float = 0.0
    children: list[_Shape] = field(default_factory=list)


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The diagram's words in outline order and the line (1-based) each stands on; None when
    the text is no uncompressed draw.io file."""
    if not any(_FILE.search(raw) for raw in raw_lines[:3]):
        return None
    lines: list[str] = []
    numbers: list[int] = []
    pages = _pages(raw_lines)
    if sum(len(shapes) for _, _, shapes in pages) < MIN_SHAPES:
        return None
    for name, at, shapes in pages:
        if name:
            lines.append(name)
            numbers.append(at)
        for shape in _outline(shapes):
            _written(shape, lines, numbers)
    return lines, numbers


def _pages(raw_lines: list[str]) -> list[tuple[str, int, dict[str, _Shape]]]:
    """Each page's name, line and shapes by id."""
    pages: list[tuple[str, int, dict[str, _Shape]]] = []
    current: _Shape | None = None  # (an <object>'s <mxCell> says where the shape stands)
    for number, raw in enumerate(raw_lines, start=1):
        page = _DIAGRAM.search(raw)
        if page is not None:
            pages.append((html.unescape(page["name"]), number, {}))
            continue
        if not pages:
            continue
        if (geometry := _GEOMETRY.search(raw)) is not None and current is not None:
            place = dict(_attributes(geometry["attrs"]))
            current.x, current.y = _float(place.get("x")), _float(place.get("y"))
            continue
        shape = _SHAPE.match(raw)
        if shape is None:
            continue
        attrs = _attributes(shape["attrs"])
        said = dict(attrs)
        if shape["tag"] == "mxCell" and current is not None and "id" not in said:
            current.parent, current.style = said.get("parent", ""), said.get("style", "")
            current.edge = said.get("edge") == "1"
            continue
        label = said.get("label", said.get("value", ""))
        current = _Shape(said.get("id", str(number)), number, label,
                         [(k, v) for k, v in attrs if k not in _OWN], said.get("parent", ""),
                         said.get("style", ""), said.get("edge") == "1")
        pages[-1][2][current.id] = current
    return pages


def _attributes(text: str) -> list[tuple[str, str]]:
    return [(m["name"], html.unescape(m["value"])) for m in _ATTRIBUTE.finditer(text)]


def _float(value: str | None) -> float:
    try:
        return float(value or 0)
    except ValueError:
        return 0.0


def _outline(shapes: dict[str, _Shape]) -> list[_Shape]:
    """The page's top shapes, each holding the shapes whose parent it is (or that name it in
    their data: a box added outside its container); edges and sticky notes left out."""
    kept = {key: shape for key, shape in shapes.items()
            if not shape.edge and "shape=note" not in shape.style and _words(shape.label)}
    titled = {_words(shape.label)[0]: shape for shape in kept.values()}
    roots: list[_Shape] = []
    for shape in kept.values():
        holder = kept.get(shape.parent) or next(
            (titled[value] for _, value in shape.data if value in titled
             and titled[value] is not shape), None)
        (holder.children if holder is not None else roots).append(shape)
    return _in_order(roots)


def _in_order(shapes: list[_Shape]) -> list[_Shape]:
    """Siblings as their numbers run where every one is numbered alike, else as placed."""
    placed = sorted(shapes, key=lambda shape: (shape.y, shape.x))
    numbered = {id(s): h for s in placed if (h := classify_text(_words(s.label)[0])) is not None
                and h.number}
    if len(numbered) == len(placed) >= 2 and len({h.style for h in numbered.values()}) == 1:
        return sorted(placed, key=lambda shape: numbered[id(shape)].number or ())
    return placed


def _words(label: str) -> list[str]:
    """A label's lines of text: its HTML's breaks as line ends, tags and placeholders gone."""
    text = html.unescape(_TAG.sub("", _BREAK.sub("\n", label))).replace("\xa0", " ")
    return [line.strip() for line in _PLACEHOLDER.sub("", text).split("\n") if line.strip()]


def _written(shape: _Shape, lines: list[str], numbers: list[int]) -> None:
    for text in _words(shape.label):
        lines.append(text)
        numbers.append(shape.line)
    for name, value in shape.data:
        for text in _words(value):
            lines.append(f"{name}：{text}")
            numbers.append(shape.line)
    for child in _in_order(shape.children):
        _written(child, lines, numbers)
