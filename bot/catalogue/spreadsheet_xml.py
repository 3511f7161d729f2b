"""A guideline kept as an Excel 2003 XML spreadsheet (SpreadsheetML: `<?mso-application
progid="Excel.Sheet"?>`, `<Worksheet>`s of `<Row>`s of `<Cell><Data>…</Data></Cell>`, one cell
a line; `ss:Index` skipping empty cells, `ss:MergeAcross` spanning them). Read back as one
line a row — a lone (merged) cell as a paragraph, several as tab-separated cells in their
columns — each citing the line of the row's first text cell (its title, past a row number).
"""

from __future__ import annotations

import html
import re

_MARK = re.compile(r"<\?mso-application\s+progid=\"Excel\.Sheet\"\?>|urn:schemas-microsoft-com:"
                   r"office:spreadsheet")
_ROW = re.compile(r"<Row\b[^>]*?(?:/>|>(?P<body>.*?)</Row>)", re.S)
_CELL = re.compile(r"<Cell\b(?P<attrs>[^>]*?)(?:/>|>(?P<body>.*?)</Cell>)", re.S)
_DATA = re.compile(r"<(?:ss:)?Data\b[^>]*>(?P<text>.*?)</(?:ss:)?Data>", re.S)
_INDEX = re.compile(r"ss:Index=\"(\d+)\"")
_MERGE = re.compile(r"ss:MergeAcross=\"(\d+)\"")
_TAG = re.compile(r"<[^>]*>")
MIN_ROWS = 5


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The sheets' rows in order, and the line each is cited by; None for no SpreadsheetML."""
    source = "\n".join(raw_lines)
    if not _MARK.search(source[:3000]):
        return None
    rows: list[tuple[dict[int, tuple[str, int]], int]] = []  # (its cells by column, its sheet)
    sheets = [m.start() for m in re.finditer(r"<(?:ss:)?Worksheet\b", source)]
    for row in _ROW.finditer(source):
        cells: dict[int, tuple[str, int]] = {}
        column = 0
        row_start = row.start("body") if row["body"] is not None else row.start()
        for cell in _CELL.finditer(row["body"] or ""):
            index = _INDEX.search(cell["attrs"])
            column = int(index[1]) if index else column + 1
            data = _DATA.search(cell["body"] or "")
            text = re.sub(r"\s+", " ", html.unescape(_TAG.sub("", data["text"]))).strip() \
                if data else ""
            if text:
                line = source.count("\n", 0, row_start + cell.start()) + 1
                cells[column] = (text, line)
            merge = _MERGE.search(cell["attrs"])
            column += int(merge[1]) if merge else 0
        if cells:
            rows.append((cells, sum(1 for start in sheets if start < row.start())))
    width: dict[int, int] = {}  # each sheet's columns: a row's empty last cells are cells too
    for cells, sheet in rows:
        if len(cells) > 1:
            width[sheet] = max(width.get(sheet, 0), max(cells))
    names = [(source.count("\n", 0, m.start()) + 1, m[1])
             for m in re.finditer(r"<(?:ss:)?Worksheet\b[^>]*ss:Name=\"([^\"]*)\"", source)]
    lines: list[str] = []
    numbers: list[int] = []
    shown = 0
    for cells, sheet in rows:
        if sheet > shown and sheet > 1 and sheet - 1 < len(names):
            # (a later sheet is an attachment of its own, not the last section's part)
            lines.append("附件")
            numbers.append(names[sheet - 1][0])
        shown = sheet
        cited = next((line for _, (text, line) in sorted(cells.items())
                      if not re.fullmatch(r"[\d.]+", text)), min(ln for _, ln in cells.values()))
        if len(cells) == 1:
            lines.append(next(iter(cells.values()))[0])
        else:
            last = max(max(cells), width.get(sheet, 0))
            lines.append("\t".join(cells.get(c, ("", 0))[0] for c in range(1, last + 1)))
        numbers.append(cited)
    return (lines, numbers) if len(lines) >= MIN_ROWS else None
