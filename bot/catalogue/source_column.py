"""A guideline quoted paragraph by paragraph in one column of a table someone built around it —
a firm's clause-by-clause self-assessment (逐条自评对照表: 序号 | 指南原文 | 我司情况 | 自评结论),
a review sheet, a comparison — saved as text (| cell | cell | rows, or tab-separated). The other
columns are the firm's own figures, never the guideline's; rows the firm added (备注, numbered —)
are not the guideline's either. Read as the quoted column's cells, each citing its row's line.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter

# the column that quotes the document: 指南原文, 原文, 条款原文, 文件内容…
# (播音原稿（字幕同步）: a programme's script read out, the call said in it)
_SOURCE_HEADER = re.compile(r"^(?:(?:指南|文件|政策|通知|申报指南|条款)?原文(?:内容)?|原文条款"
                            r"|(?:指南|文件|条款)(?:内容|条文|正文)"
                            r"|(?:播音|播出|口播)(?:原稿|文稿|稿))(?:[(（][^()（）]{1,8}[)）])?$")
# 【板块一】重点研发类　　归口：…: a row spanning the table between its rows, a group of them
_SPANNING_ROW = re.compile(r"^[【\[［][^】\]］]{2,12}[】\]］]\S")
_NUMBER_HEADER = re.compile(r"^(?:序号|编号|段落?号|条目|No\.?)$", re.I)
_RULE_ROW = re.compile(r"^\|?[\s:|\-—]+\|?$")
MIN_ROWS = 8


def _cells(line: str) -> list[str] | None:
    text = line.strip()
    if text.startswith("|") and text.endswith("|") and text.count("|") >= 3:
        return [cell.strip() for cell in text[1:-1].split("|")]
    kept = line.strip(" \u3000\r\n")  # (an empty last cell: the tab before it is kept)
    if kept.count("\t") >= 2:
        return [cell.strip() for cell in kept.split("\t")]
    return None


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The quoted column's cells and the line (1-based) of each row; None when the text holds
    no such table."""
    header: tuple[int, int | None, int] | None = None  # (source column, number column, width)
    lines: list[str] = []
    numbers: list[int] = []
    spanning: tuple[int, str] | None = None  # a group row since the last row (kept if one follows)
    for at, raw in enumerate(raw_lines, start=1):
        cells = _cells(raw)
        if cells is None and header is not None and _SPANNING_ROW.match(raw.strip()):
            spanning = (at, raw.strip())
            continue
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
        if spanning is not None:
            lines.append(spanning[1])
            numbers.append(spanning[0])
            spanning = None
        if cells[source]:
            lines.append(cells[source])
            numbers.append(at)
    if header is None:
        return _coded_column(raw_lines)
    return (lines, numbers) if len(lines) >= MIN_ROWS else None


# （一）…（指南代码：WP25NY01） / 1．…（WP25NY03-1）: a cell quoting a direction with its code
_CODED_CELL = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[.．、]"
                         r"|[一二三四五六七八九十]{1,3}、).{2,60}?[(（](?:[\u4e00-\u9fff]{0,4}"
                         r"(?:代码|编号)\s*[:：]?\s*)?[A-Za-z]{1,8}-?\d[\w\-]{1,16}[)）]")
# 一、农业科技创新计划（农村科技股）: a plan's cell, merged down over its directions' rows
_NUMBERED_CELL = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、"
                            r"|[(（][一二三四五六七八九十]{1,3}[)）])")
MIN_CODED = 3
MIN_QUOTED_CELL = 40  # (a direction's title, code and what it covers)
MIN_VERSION_CELL = 20  # (another version of it: a summary, captions)


def _coded_column(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """A table carrying the guideline in one column whose header names no 原文 (序号 | 计划类别
    | 报纸·客户端版（全文） | 公众号版（摘要） | 短视频字幕版: a media centre's versions side by
    side): the column whose cells quote its coded directions while no other column codes any,
    each row under its plan's cell (merged down, said once where it changes)."""
    tables: list[list[tuple[int, list[str]]]] = [[]]
    for at, raw in enumerate(raw_lines, start=1):  # (a table: rows of one width, blanks between)
        cells = _cells(raw)
        if cells is not None and len(cells) >= 3 and (
                not tables[-1] or len(cells) == len(tables[-1][0][1])):
            tables[-1].append((at, cells))
        elif raw.strip() and tables[-1]:
            tables.append([(at, cells)] if cells is not None and len(cells) >= 3 else [])
    rows = max(tables, key=lambda table: sum(1 for _, cells in table for cell in cells
                                             if _CODED_CELL.match(cell)))
    if len(rows) < MIN_ROWS:
        return None
    width = len(rows[0][1])
    coded = [sum(1 for _, cells in rows if _CODED_CELL.match(cells[i])) for i in range(width)]
    source = max(range(width), key=lambda i: coded[i])
    if coded[source] < MIN_CODED or sum(coded) - coded[source] > 1:
        return None
    # (a version of the whole text in each of two columns or more, not a table of directions
    # whose cells beside the title hold its terms: 1 | …技术（HJ26…） | 50 | 前资助)
    def median(i: int) -> float:
        return statistics.median(len(cells[i]) for _, cells in rows)
    if median(source) < MIN_QUOTED_CELL or not any(
            median(i) >= MIN_VERSION_CELL for i in range(width) if i != source):
        return None
    # (the plan's column: before the quoting one, its numbered cells repeated down the rows)
    group = next((i for i in range(source) if sum(
        1 for _, cells in rows if _NUMBERED_CELL.match(cells[i])) >= MIN_CODED
        and max(Counter(cells[i] for _, cells in rows
                        if _NUMBERED_CELL.match(cells[i])).values()) >= MIN_CODED), None)
    if group is None:
        return None  # (新旧条款对照表: old and new wording side by side, read as a table)
    lines: list[str] = []
    numbers: list[int] = []
    said = None
    for at, cells in rows[1:]:  # (the first: the header's names)
        if cells[group] != said:
            said = cells[group]
            lines.append(said)
            numbers.append(at)
        if cells[source] and cells[source] != said:
            lines.append(cells[source])
            numbers.append(at)
    return lines, numbers
