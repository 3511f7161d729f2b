"""A guideline typed into 有道云笔记 (Youdao Note), as the note's XML (schema 1.0.3: `<note
xmlns="http://note.youdao.com">`): a `<head>` declaring its lists (ordered or not) and a `<body>`
of blocks — `<heading level=…>`, `<para>`, `<list-item level=… list-id=…>`, `<table>`,
`<quote>`, `<todo>`, `<image>` — each with its words in `<text>`. An ordered list's numbers
are drawn by the app and stand nowhere in the text; a table's cells are one line of JSON
({"widths":[…],"cells":[{"value":…},…]}) listed row by row.

Read as the note shows it: each block's words on the line of its `<text>`, an ordered item
numbered as the app draws it (1．… at the first level, （1）… below), a table a row a line with
its cells apart; the writer's own quotes, to-dos and pictures left out.
"""

from __future__ import annotations

import html
import json
import re

_NOTE = re.compile(r"<note\b[^>]*xmlns=\"http://note\.youdao\.com\"")
_LIST = re.compile(r"<list\b[^>]*\bid=\"(?P<id>[^\"]+)\"[^>]*\btype=\"(?P<type>\w+)\"")
_BLOCK = re.compile(r"<(?P<tag>heading|para|list-item|table|quote|todo|image|code)\b"
                    r"(?P<attrs>[^>]*)>(?P<body>.*?)</(?P=tag)>", re.S)
_TEXT = re.compile(r"<text>(?P<text>.*?)</text>", re.S)
_CONTENT = re.compile(r"<content>(?P<content>.*?)</content>", re.S)
_ASIDE = {"quote", "todo", "image"}  # (the writer's notes, to-dos and pictures)
MIN_BLOCKS = 10


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The note's blocks as lines and the line (1-based) each stands on; None when the text
    is no Youdao note."""
    if not any(_NOTE.search(raw) for raw in raw_lines[:5]):
        return None
    text = "\n".join(raw_lines)
    ordered = {m["id"] for m in _LIST.finditer(text) if m["type"] == "ordered"}
    lines: list[str] = []
    numbers: list[int] = []
    counters: dict[str, list[int]] = {}
    blocks = 0
    for block in _BLOCK.finditer(text):
        tag, attrs, body = block["tag"], block["attrs"], block["body"]
        if tag in _ASIDE:
            continue
        blocks += 1
        if tag == "table":
            content = _CONTENT.search(body)
            at = text.count("\n", 0, block.start("body") + (content.start() if content else 0))
            for row in _rows(html.unescape(content["content"]) if content else ""):
                lines.append("\t".join(row))
                numbers.append(at + 1)
            continue
        said = _TEXT.search(body)
        if said is None:
            continue
        words = html.unescape(said["text"]).strip()
        if tag == "heading":
            counters.clear()  # (a list numbered afresh under each heading)
        if tag == "list-item":
            words = _numbered(words, attrs, ordered, counters)
        if words:
            lines.append(words)
            numbers.append(text.count("\n", 0, block.start("body") + said.start()) + 1)
    return (lines, numbers) if blocks >= MIN_BLOCKS else None


def _numbered(words: str, attrs: str, ordered: set[str], counters: dict[str, list[int]]) -> str:
    """An ordered item with the number the app draws for it: 1．… at the first level, （1）…
    at the second, 1)… below; an unordered item as written."""
    listed = re.search(r"list-id=\"([^\"]+)\"", attrs)
    level = re.search(r"level=\"(\d+)\"", attrs)
    if listed is None or listed[1] not in ordered:
        return words
    depth = int(level[1]) if level else 1
    counts = counters.setdefault(listed[1], [])
    del counts[depth:]  # (a higher item ends the numbering of those below it)
    counts.extend([0] * (depth - len(counts)))
    counts[depth - 1] += 1
    number = counts[depth - 1]
    mark = f"{number}．" if depth == 1 else f"（{number}）" if depth == 2 else f"{number})"
    return mark + words


def _rows(content: str) -> list[list[str]]:
    """A table's JSON content as its rows: the cells listed row by row, as many to a row as
    its columns have widths."""
    try:
        table = json.loads(content)
    except ValueError:
        return []
    if not isinstance(table, dict):
        return []
    widths, cells = table.get("widths"), table.get("cells")
    if not isinstance(widths, list) or not isinstance(cells, list) or not widths:
        return []
    values = [str(cell.get("value", "")).replace("\t", " ").replace("\n", " ").strip()
              if isinstance(cell, dict) else "" for cell in cells]
    return [values[i:i + len(widths)] for i in range(0, len(values), len(widths))]
