"""A guideline kept as an Adobe FrameMaker MIF file: catalogs first, tables in `<Tbls>` (each
`<Tbl <TblID N> … <Row <Cell <CellContent <Para … <String `…'>`), then the `<TextFlow>` whose
`<Para>`s hold the text as `<String `…'>` pieces (a paragraph split over many `<ParaLine>`s,
often mid-word) and place a table with `<ATbl N>`. Read back as one line a paragraph (its
pieces joined, citing the line of its first piece) and one a table row (cells tab-separated)
where the table is placed.
"""

from __future__ import annotations

import re

_STRING = re.compile(r"^\s*<String\s+`(?P<text>.*)'>\s*$")
_TABLE_ID = re.compile(r"^\s*<TblID\s+(?P<n>\d+)>")
_PLACED = re.compile(r"^\s*<ATbl\s+(?P<n>\d+)>")
_ESCAPES = {"\\q": "'", "\\Q": "`", "\\>": ">", "\\\\": "\\", "\\t": "\t"}


def _unescaped(text: str) -> str:
    return re.sub(r"\\[qQ>\\t]", lambda m: _ESCAPES[m[0]], text)


def _tables(raw_lines: list[str]) -> dict[str, list[str]]:
    """Each table's rows, by its id: cells tab-separated, a cell its strings joined."""
    tables: dict[str, list[str]] = {}
    current: list[str] | None = None
    row: list[str] = []
    cell: list[str] = []
    for raw in raw_lines:
        text = raw.strip()
        if text.startswith("<TextFlow"):
            break
        if (table := _TABLE_ID.match(raw)) is not None:
            current = tables.setdefault(table["n"], [])
        elif text.startswith("<TblTitleContent"):
            cell = []  # (its title: 表1　项目类型与支持标准, said before its rows)
        elif text == "> # end of TblTitleContent" and current is not None:
            current.append("".join(cell).strip())
        elif text.startswith("<Row"):
            row = []
        elif text.startswith("<Cell ") or text == "<Cell":
            cell = []
        elif (piece := _STRING.match(raw)) is not None:
            cell.append(_unescaped(piece["text"]))
        elif text == "> # end of Cell":
            row.append("".join(cell).strip())
        elif text == "> # end of Row" and current is not None:
            current.append("\t".join(row))
    return tables


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The text flow's paragraphs and placed tables, and the line each cites; None for no MIF."""
    if not raw_lines or not raw_lines[0].lstrip("\ufeff").startswith("<MIFFile"):
        return None
    tables = _tables(raw_lines)
    start = next((at for at, raw in enumerate(raw_lines) if raw.strip().startswith("<TextFlow")),
                 None)
    if start is None:
        return None
    lines: list[str] = []
    numbers: list[int] = []
    pieces: list[str] = []
    first = 0
    for at, raw in enumerate(raw_lines[start:], start=start + 1):
        text = raw.strip()
        if (piece := _STRING.match(raw)) is not None:
            if not pieces:
                first = at
            pieces.append(_unescaped(piece["text"]))
        elif (placed := _PLACED.match(raw)) is not None:
            for row in tables.get(placed["n"], []):
                lines.append(row)
                numbers.append(at)
        elif text == "> # end of Para":  # (not of a ParaLine: a paragraph is all of them)
            said = "".join(pieces).strip()
            if said:
                lines.append(said)
                numbers.append(first)
            pieces = []
    return (lines, numbers) if lines else None
