"""A guideline stored in a knowledge graph and dumped as Turtle (a 惠企政策 platform's export):
each heading a resource with an rdfs:label, its place given by a parent property (上级) and an
order (序号), its sentences as literals of a clause property — sorted by the serialiser, not
in reading order — its office as a property of its own, the vendor's data (confidence, update
times, linked industries) and a superseded guide beside it. Read with rdflib as the outline the
parent links make; each line citing the line where its literal is written.
"""

from __future__ import annotations

import contextlib
import re
from typing import Any

_PREFIX = re.compile(r"^\s*@prefix\s+\S*:\s*<[^>]+>\s*\.\s*$|^\s*PREFIX\s", re.I)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PARENT = ("上级", "父级", "父节点", "parent", "broader", "isPartOf", "partOf")
_ORDER = ("序号", "排序", "order", "position", "rank")
_SKIP = ("label", "prefLabel", "更新时间", "创建时间", "抽取置信度", "联系电话", "地址")
MIN_RESOURCES = 5


def _local(term: Any) -> str:
    text = str(term)
    return re.split(r"[#/:]", text)[-1]


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The outline the graph's parent links make and the line (1-based) each line comes from;
    None when the text is no Turtle dump of such a graph."""
    if sum(1 for raw in raw_lines[:40] if _PREFIX.match(raw)) < 2:
        return None
    import rdflib  # (only for a file that declares Turtle prefixes)
    from rdflib.namespace import OWL, RDFS

    graph = rdflib.Graph()
    try:
        graph.parse(data="\n".join(raw_lines), format="turtle")
    except Exception:  # (rdflib raises many kinds for text that is no Turtle)
        return None
    labels = {s: str(o) for s, o in graph.subject_objects(RDFS.label)}
    retired = {s for s, o in graph.subject_objects(OWL.deprecated) if str(o).lower() == "true"}
    parent_of: dict[Any, Any] = {}
    order: dict[Any, float] = {}
    for s, p, o in graph:
        name = _local(p)
        if name in _PARENT and isinstance(o, rdflib.URIRef):
            parent_of[s] = o
        elif name in _ORDER:
            with contextlib.suppress(ValueError):
                order[s] = float(str(o))
    if len(parent_of) < MIN_RESOURCES:
        return None
    children: dict[Any, list[Any]] = {}
    for child, parent in parent_of.items():
        children.setdefault(parent, []).append(child)
    roots = [r for r in children if r not in parent_of and r not in retired]
    if not roots:
        return None
    root = max(roots, key=lambda r: len(_subtree(r, children)))
    where = _places(raw_lines)
    lines: list[str] = []
    numbers: list[int] = []

    def say(text: str, near: int) -> None:
        lines.append(text)
        numbers.append(where.get(text, near))

    def walk(node: Any, near: int) -> None:
        if node in retired:
            return
        title = labels.get(node)
        at = where.get(title, near) if title else near
        if title:
            say(title, at)
        said: list[str] = []
        for p, o in sorted(graph.predicate_objects(node), key=lambda po: str(po[0])):
            name = _local(p)
            if not isinstance(o, rdflib.Literal) or name in _SKIP or name in _PARENT \
                    or name in _ORDER or not _CJK.search(str(o)):
                continue
            text = str(o).strip()
            said.append(text if _CJK.search(name) is None or name in ("条款", "内容", "正文")
                        or text.startswith(name) else f"{name}：{text}")
        for text in sorted(said, key=lambda t: where.get(t, at)):  # (the file's order)
            say(text, at)
        for child in sorted(children.get(node, []), key=lambda c: (order.get(c, 0), str(c))):
            walk(child, at)

    walk(root, 1)
    return (lines, numbers) if lines else None


def _subtree(node: Any, children: dict[Any, list[Any]]) -> set[Any]:
    found: set[Any] = set()
    pending = [node]
    while pending:
        current = pending.pop()
        for child in children.get(current, []):
            if child not in found:
                found.add(child)
                pending.append(child)
    return found


def _places(raw_lines: list[str]) -> dict[str, int]:
    """Each quoted literal and the line (1-based) it is first written on."""
    found: dict[str, int] = {}
    for number, raw in enumerate(raw_lines, start=1):
        for literal in re.findall(r'"((?:[^"\\]|\\.)*)"', raw):
            found.setdefault(literal.strip(), number)
    return found
