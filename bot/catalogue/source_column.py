"""A guideline quoted paragraph by paragraph in one column of a table someone built around it —
a firm's clause-by-clause self-assessment (逐条自评对照表: 序号 | 指南原文 | 我司情况 | 自评结论),
a review sheet, a comparison — saved as text (| cell | cell | rows, or tab-separated). The other
columns are the firm's own figures, never the guideline's; rows the firm added (备注, numbered —)
are not the guideline's either. Read as the quoted column's cells, each citing its row's line.
"""

from __future__ import annotations

import re

# the column that quotes the document: 指南原文, 原文, 条款原文, 文件内容…
_SOURCE_HEADER = re.compile(r"^(?:(?:指南|文件|政策|通知|申报指南|条款)?原文(?:内容)?|原文条款"
                            r"|(?:指南|文件|条款)(?:内容|条文|正文))$")
_NUMBER_HEADER = re.compile(r"^(?:序号|编号|段落?号|条目|No\.?)$", re.I)
_RULE_ROW = re.compile(r"^\|?[\s:|\-—]+\|?$")
MIN_ROWS = 8


def _cells(line: str) -> list[str] | None:
    text = line.strip()
    if text.startswith("|") and text.endswith("|") and text.count("|") >= 3:
        return [cell.strip() for cell in text[1:-1].split("|")]
    if text.count("\t") >= 2:
        return [cell.strip() for cell in text.split("\t")]
    return None


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The quoted column's cells and the line (1-based) of each row; None when the text holds
    no such table."""
    header: tuple[int, int | None, int] | None = None  # (source column, number column, width)
    lines: list[str] = []
    numbers: list[int] = []
    for at, raw in enumerate(raw_lines, start=1):
        cells = _cells(raw)
        if cells is None or _RULE_ROW.match(raw.strip()):
            continue
        if header is None:
            source = next((i for i, c in enumerate(cells) if _SOURCE_HEADER.match(c)), None)
            if source is not None:
                number = next((i for i, c in enumerate(cells) if _NUMBER_HEADER.match(c)), None)
                header = (source, number, len(cells))
            continue
        source, number, width = header
        if len(cells) != width:
            continue
        if number is not None and not re.fullmatch(r"\d{1,4}", cells[number]):
            continue  # (a row the firm added among the quoted ones: 备注, numbered —)
        if cells[source]:
            lines.append(cells[source])
            numbers.append(at)
    return (lines, numbers) if header is not None and len(lines) >= MIN_ROWS else None
