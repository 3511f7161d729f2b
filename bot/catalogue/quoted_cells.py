"""A sheet saved as tab-separated text by Excel (另存为 "Unicode 文本" or "文本文件(制表符分隔)"):
a cell holding a line break (Alt+Enter) or an ASCII quote is wrapped in quotes, its breaks kept
and its quotes doubled, so one row of the sheet runs over several lines of the file and the
cells after a break start mid-line. Read back as one line a row, each citing the line of the
file its row starts on; a cell's own breaks become spaces (its labels stay in it, the table
reader reads them).
"""

from __future__ import annotations

import csv
import re
from collections import Counter

# a quoted cell that opens on a line and does not close on it: "填表说明： / 1\t…\t"研究内容：…
_OPENS = re.compile(r'(?:^|\t)"(?:[^"]|"")*$')
MIN_TAB_ROWS = 5  # rows with three or more cells: a sheet, not prose that holds a quote
MIN_QUOTED = 2  # cells that run over a line break: Excel's quoting, not a stray quote
SHARE_OF_FULL_ROWS = 0.6


def _is_sheet(raw_lines: list[str]) -> bool:
    rows = sum(1 for raw in raw_lines if raw.count("\t") >= 2)
    quoted = sum(1 for raw in raw_lines if "\t" in raw or raw.startswith('"')
                 if _OPENS.search(raw))
    return rows >= MIN_TAB_ROWS and quoted >= MIN_QUOTED


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The sheet's rows, one a line, and the line (1-based) each starts on; None when the text
    is not such a sheet."""
    if not _is_sheet(raw_lines):
        return None
    reader = csv.reader((raw + "\n" for raw in raw_lines), delimiter="\t", quotechar='"',
                        strict=False)
    lines: list[str] = []
    numbers: list[int] = []
    start = 1
    for row in reader:
        cells = [" ".join(part.strip() for part in cell.splitlines() if part.strip())
                 for cell in row]
        lines.append("\t".join(cells))
        numbers.append(start)
        start = reader.line_num + 1
    widths = Counter(line.count("\t") for line in lines)
    width, rows = widths.most_common(1)[0]
    if width < 2 or rows < SHARE_OF_FULL_ROWS * len(lines):
        return None  # (Excel writes every row with all its cells: a quote that ran on, else)
    return lines, numbers
