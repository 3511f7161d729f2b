"""A guideline laid out on a JSON Canvas (an Obsidian `.canvas` board): `nodes` of type text
(a card's Markdown in one string), group (a labelled box), file and link, each with x, y, width
and height, one node a line; `edges` after them. The outline is in the geometry: a group's
label heads the cards and groups inside its box. Read back in reading order — a group's label,
then what it holds, row by row (by y, then x) — each card's paragraphs on lines of their own,
every line citing the node's line in the file; files, links, edges and the coloured sticky
notes someone added (**我司备注**: not the bureau's text) left out.
"""

from __future__ import annotations

import json
import re
from typing import Any

_ASIDE = re.compile(r"^\W*(?:我司|我们|内部|个人|自用)?(?:备注|批注|笔记|注释|评论|提醒|memo|note)",
                    re.IGNORECASE)
_MARKS = re.compile(r"^\s*#{1,6}\s+|\*\*")
MIN_NODES = 5


def _nodes(raw_lines: list[str]) -> list[dict[str, Any]] | None:
    text = "\n".join(raw_lines).lstrip("\ufeff").strip()
    if not text.startswith("{") or '"nodes"' not in text[:200]:
        return None
    try:
        board = json.loads(text)
    except ValueError:
        return None
    nodes = board.get("nodes") if isinstance(board, dict) else None
    if not isinstance(nodes, list) or len(nodes) < MIN_NODES or not all(
            isinstance(n, dict) and {"id", "type", "x", "y", "width", "height"} <= set(n)
            for n in nodes):
        return None
    return nodes


def _inside(inner: dict[str, Any], outer: dict[str, Any]) -> bool:
    return inner is not outer and outer["x"] <= inner["x"] and outer["y"] <= inner["y"] \
        and inner["x"] + inner["width"] <= outer["x"] + outer["width"] \
        and inner["y"] + inner["height"] <= outer["y"] + outer["height"]


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The board's text in reading order, and the line each comes from; None for no canvas."""
    nodes = _nodes(raw_lines)
    if nodes is None:
        return None
    line_of = {}
    for node in nodes:
        marker = f'"id":"{node["id"]}"'
        line_of[node["id"]] = next((at for at, raw in enumerate(raw_lines, start=1)
                                    if marker in raw.replace(" ", "")), 1)
    shown = [n for n in nodes if n["type"] == "group" or (
        n["type"] == "text" and isinstance(n.get("text"), str)
        and not (n.get("color") and _ASIDE.match(n["text"].strip())))]
    groups = [n for n in shown if n["type"] == "group"]

    def owner(node: dict[str, Any]) -> str | None:  # the smallest group holding it
        holding = [g for g in groups if _inside(node, g)]
        return min(holding, key=lambda g: g["width"] * g["height"])["id"] if holding else None

    children: dict[str | None, list[dict[str, Any]]] = {}
    for node in shown:
        children.setdefault(owner(node), []).append(node)
    lines: list[str] = []
    numbers: list[int] = []

    def emit(parent: str | None) -> None:
        for node in sorted(children.get(parent, []), key=lambda n: (n["y"], n["x"])):
            at = line_of[node["id"]]
            said = node.get("label", "") if node["type"] == "group" else node["text"]
            for paragraph in str(said).split("\n"):
                if paragraph.strip():  # (a card's ## marks rank nothing: the boxes do)
                    lines.append(_MARKS.sub("", paragraph).strip())
                    numbers.append(at)
            if node["type"] == "group":
                emit(node["id"])

    emit(None)
    return (lines, numbers) if lines else None
