"""A text whose tables a converter wrote as HTML on one line each (a PDF-to-Markdown tool such
as MinerU: <table><tr><td>计划类别</td>…</tr>…</table> amid the Markdown): each row read as a
line of tab-separated cells, every row citing the table's line; the other lines as they are.
"""

from __future__ import annotations

import html
import re

_TABLE = re.compile(r"<table\b[^>]*>(?P<body>.*?)</table\s*>", re.S | re.I)
_ROW = re.compile(r"<tr\b[^>]*>(?P<row>.*?)</tr\s*>", re.S | re.I)
_CELL = re.compile(r"<t[dh]\b[^>]*>(?P<cell>.*?)</t[dh]\s*>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines with each one-line table's rows spread out, and the line (1-based) each
    comes from; None when no line holds a whole table."""
    if not any("<table" in raw.lower() and _TABLE.search(raw) for raw in raw_lines):
        return None
    lines: list[str] = []
    numbers: list[int] = []
    for number, raw in enumerate(raw_lines, start=1):
        table = _TABLE.search(raw) if "<t" in raw.lower() else None
        if table is None:
            lines.append(raw)
            numbers.append(number)
            continue
        for text in (raw[:table.start()], *_rows(table["body"]), raw[table.end():]):
            if text.strip():
                lines.append(text)
                numbers.append(number)
    return lines, numbers


def _rows(body: str) -> list[str]:
    return ["\t".join(html.unescape(_TAG.sub("", cell["cell"])).strip()
                      for cell in _CELL.finditer(row["row"]))
            for row in _ROW.finditer(body)]
