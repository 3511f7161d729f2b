"""A guideline pasted into a Feishu (Lark) document, as its docx API returns it
(GET /open-apis/docx/v1/documents/{id}/blocks, saved through jq, pages back to back): every
paragraph a block in document order, its words only in the `"content": "…"` of its text runs,
its kind in `block_type`. Read back as the document's paragraphs: headings and text as
written, ordered-list items numbered as Feishu draws them (1．…, nested （1）…), a table's cells
joined by tabs row by row, and the firm's own blocks (callouts, to-dos, quotes) left out —
each paragraph on the line of its first run. A legend giving a direction's class by the colour
of its title (方向名称标红的为A类项目，未标红的为B类项目) is applied: the class is said on the
line under the title (项目类别：A类), as a form would say it.
"""

from __future__ import annotations

import json
import re
from typing import Any

_CONTENT = re.compile(r'^\s*"content":\s*(?P<value>".*")\s*,?\s*$')
# block_type: 2 text, 3–11 heading1–9, 12 bullet, 13 ordered, 14 code, 15 quote, 17 todo,
# 19 callout, 22 divider, 31 table, 32 table cell, 34 quote container
_PAGE, _ORDERED, _TABLE, _CELL = 1, 13, 31, 32
_ASIDE = {15, 17, 19, 34}  # a reader's notes around the text, not the document's
_TEXT_BODIES = ("page", "text", "bullet", "ordered", "code", "quote", "todo",
                *(f"heading{n}" for n in range(1, 10)))
MIN_BLOCKS = 10


def _documents(text: str) -> list[Any]:
    """The JSON values written one after another (a page of blocks each)."""
    decoder, at = json.JSONDecoder(), 0
    found: list[Any] = []
    while True:
        while at < len(text) and text[at].isspace():
            at += 1
        if at >= len(text):
            return found
        try:
            value, at = decoder.raw_decode(text, at)
        except ValueError:
            return found
        found.append(value)


def _items(page: dict[str, Any]) -> list[Any]:
    """A page's blocks ([] when it holds none: an error reply, a malformed page)."""
    data = page.get("data")
    items = data.get("items") if isinstance(data, dict) else None
    return items if isinstance(items, list) else []


def _styled_runs(block: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    body = next((block[key] for key in _TEXT_BODIES if isinstance(block.get(key), dict)), None)
    if body is None:
        return []
    return [(element["text_run"]["content"], element["text_run"].get("text_element_style") or {})
            for element in body.get("elements", [])
            if isinstance(element, dict) and isinstance(element.get("text_run"), dict)
            and isinstance(element["text_run"].get("content"), str)]


def _runs(block: dict[str, Any]) -> list[str]:
    return [text for text, _ in _styled_runs(block)]


# 方向名称标红的为A类项目，未标红的为B类项目: a legend giving a class by the title's colour
_COLOUR_LEGEND = re.compile(r"标(?P<colour>[红橙黄绿蓝紫灰])的?为(?P<marked>[A-Z])类(?:项目)?"
                            r"[,，;；]\s*未标[红橙黄绿蓝紫灰]的?为(?P<plain>[A-Z])类")
_FONT_COLOURS = "红橙黄绿蓝紫灰"  # Feishu's text_color 1–7
_CLASS_MARK = re.compile(r"[（(][A-Z]类[)）]")


def _class_of(block: dict[str, Any], text: str, legend: re.Match[str] | None) -> str | None:
    """The class the legend gives a title by its colour (None: no legend, or the title says
    its class itself)."""
    if legend is None or _CLASS_MARK.search(text):
        return None
    colour = _FONT_COLOURS.index(legend["colour"]) + 1
    marked = any(style.get("text_color") == colour for _, style in _styled_runs(block))
    return str(legend["marked"] if marked else legend["plain"])


def as_read(raw_lines: list[str]) -> list[str]:
    """The document's paragraphs, line for line: each on the line of its first run, every other
    line empty (unchanged when the lines are no Feishu block list)."""
    head = "\n".join(raw_lines[:60])
    if '"block_type"' not in head or '"block_id"' not in head:
        return raw_lines
    read = _paragraphs(raw_lines)
    if read is None:
        return raw_lines
    out = [""] * len(raw_lines)
    for text, at in zip(*read, strict=True):
        out[at - 1] = text
    return out


def _paragraphs(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The document's paragraphs and the line each begins on (None: too few blocks)."""
    blocks = [item for page in _documents("\n".join(raw_lines)) if isinstance(page, dict)
              for item in _items(page)
              if isinstance(item, dict) and isinstance(item.get("block_id"), str)]
    if len(blocks) < MIN_BLOCKS:
        return None
    # each run's content stands on a line of its own, in block order
    contents = [at for at, raw in enumerate(raw_lines, start=1) if _CONTENT.match(raw)]
    by_id: dict[str, dict[str, Any]] = {str(block.get("block_id")): block for block in blocks}
    placed: dict[str, int] = {}
    next_run = 0
    for block in blocks:
        runs = _runs(block)
        if runs and next_run < len(contents):
            placed[block["block_id"]] = contents[next_run]
        next_run += len(runs)

    def aside(block: dict[str, Any]) -> bool:
        at: dict[str, Any] | None = block
        for _ in range(64):  # (a bound on a malformed list's parent cycle)
            if at is None:
                return False
            if at.get("block_type") in _ASIDE:
                return True
            at = by_id.get(str(at.get("parent_id")))
        return False

    legend = next((m for block in blocks
                   if (m := _COLOUR_LEGEND.search("".join(_runs(block)))) is not None), None)
    lines: list[str] = []
    numbers: list[int] = []
    counters: dict[str, int] = {}
    in_table: set[str] = set()
    for block in blocks:
        kind, block_id = block.get("block_type"), block.get("block_id", "")
        if block_id in in_table or kind in (_PAGE, _CELL) or aside(block):
            continue
        if kind == _TABLE:
            row = _table_rows(block, by_id, placed, in_table)
            for text, at in row:
                lines.append(text)
                numbers.append(at)
            continue
        runs = _runs(block)
        text = "".join(runs).strip()
        if not text or block_id not in placed:
            continue
        if kind == _ORDERED:
            text = _numbered(block, by_id, counters) + text
        lines.append(text)
        numbers.append(placed[block_id])
        if kind == _ORDERED and (kind_of := _class_of(block, text, legend)) is not None \
                and placed[block_id] < len(raw_lines) and not _CONTENT.match(
                    raw_lines[placed[block_id]]):  # (said on the line below, as a form says it)
            lines.append(f"项目类别：{kind_of}类")
            numbers.append(placed[block_id] + 1)
    return (lines, numbers) if lines else None


def _numbered(block: dict[str, Any], by_id: dict[str, Any], counters: dict[str, int]) -> str:
    """An ordered item's number as Feishu draws it: its own sequence, or one on from the item
    before it under the same parent; 1． at the top, （1） inside another item."""
    parent = block.get("parent_id", "")
    sequence = str((block.get("ordered", {}).get("style") or {}).get("sequence", "auto"))
    counters[parent] = int(sequence) if sequence.isdigit() else counters.get(parent, 0) + 1
    nested = (by_id.get(parent) or {}).get("block_type") == _ORDERED
    number = counters[parent]
    return f"（{number}）" if nested else f"{number}．"


def _table_rows(table: dict[str, Any], by_id: dict[str, Any], placed: dict[str, int],
                in_table: set[str]) -> list[tuple[str, int]]:
    """A table block's rows, cells joined by tabs (a cell's text blocks joined), each on the
    line of its first cell's text."""
    body = table.get("table") or {}
    cells = [c for c in body.get("cells", []) if isinstance(c, str)]
    width = int((body.get("property") or {}).get("column_size") or 0)
    if not cells or width <= 0:
        return []
    rows: list[tuple[str, int]] = []
    for start in range(0, len(cells), width):
        texts, first = [], None
        for cell_id in cells[start:start + width]:
            in_table.add(cell_id)
            parts = []
            for child_id in (by_id.get(cell_id) or {}).get("children", []):
                in_table.add(child_id)
                child = by_id.get(child_id) or {}
                parts.append("".join(_runs(child)).strip())
                if first is None and child_id in placed:
                    first = placed[child_id]
            texts.append(" ".join(p for p in parts if p))
        if first is not None and any(texts):
            rows.append(("\t".join(texts), first))
    return rows
