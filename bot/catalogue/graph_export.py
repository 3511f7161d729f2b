"""A guideline exported from a graph database as statements, one node a line (Neo4j's APOC
`CREATE (:段落 {seq:12, style:"正文", text:"…"})` export; its relationships after): each
paragraph a node carrying its text and its place in the notice. Read back as the paragraphs
in the order their numbers give (a paragraph keyed in late stands at the end of the export,
but its number places it), each line citing the statement's line; every other statement left
out.
"""

from __future__ import annotations

import re

_STATEMENT = re.compile(r"^\s*(?:CREATE|MERGE)\s*\(")
_PROPERTY = re.compile(r"(?:`(?P<quoted>[^`]+)`|(?P<bare>[\w\u4e00-\u9fff]+))\s*:\s*"
                       r"(?:\"(?P<string>(?:[^\"\\]|\\.)*)\"|'(?P<single>(?:[^'\\]|\\.)*)'"
                       r"|(?P<number>-?\d+(?:\.\d+)?))")
_TEXT_KEYS = ("text", "content", "内容", "正文", "文本", "段落内容")
_ORDER_KEYS = ("seq", "order", "idx", "index", "序号", "顺序", "position")
_ESCAPE = re.compile(r"\\(.)")
MIN_PARAGRAPHS = 5


def _properties(raw: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for match in _PROPERTY.finditer(raw[raw.find("{"):] if "{" in raw else ""):
        key = match["quoted"] or match["bare"]
        value = match["string"] if match["string"] is not None else (
            match["single"] if match["single"] is not None else match["number"])
        found.setdefault(key, _ESCAPE.sub(lambda e: "" if e[1] == "n" else e[1], value or ""))
    return found


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The paragraphs in their numbers' order, and the line each comes from; None when the lines
    are no graph export of paragraphs."""
    if not any(raw.lstrip().startswith(("CREATE", "MERGE")) for raw in raw_lines):
        return None
    paragraphs: list[tuple[float, int, str]] = []
    for at, raw in enumerate(raw_lines, start=1):
        if not _STATEMENT.match(raw):
            continue
        said = _properties(raw)
        text = next((said[k] for k in _TEXT_KEYS if k in said), None)
        order = next((said[k] for k in _ORDER_KEYS if k in said), None)
        if text is not None and order is not None and re.fullmatch(r"-?\d+(?:\.\d+)?", order):
            paragraphs.append((float(order), at, text))
    if len(paragraphs) < MIN_PARAGRAPHS:
        return None
    paragraphs.sort()
    return [text for _, _, text in paragraphs], [at for _, at, _ in paragraphs]
