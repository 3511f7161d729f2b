"""A classification table whose first columns are its levels (大类 | 中类 | 小类 | 类别名称 |
指南代码 | 说明, each row's code in the column of its level: 01 / 011 / 0111), as a statistics
system's appendix lays out the guideline's plans, groups and directions. Read as the outline it
is: a row of the first level a 一、 heading, of the second a （一） one, of the third a 1．
direction with its code in brackets, each with its 说明 after it as its text. Each row stays on
its line (a repeated header, under 续表, goes); other lines are unchanged.
"""

from __future__ import annotations

import re

from bot.catalogue.numbers import chinese_numeral

_LEVEL_NAME = re.compile(r"^(?:[大中小]类|[一二三四]级(?:类别|分类|类目)?|大项|中项|小项)$")
_LEVEL_CODE = re.compile(r"^[0-9A-Za-z]{1,8}$")
_NAME_COLUMN = re.compile(r"名称|类别|方向|项目")
_CODE_COLUMN = re.compile(r"代码|编号|编码")
_NOTE_COLUMN = re.compile(r"说明|备注|内容|要求|标准")
_NO_CODE = re.compile(r"^[—\-－/无]*$")
MIN_LEVELS = 2
MIN_ROWS = 3


def as_outline(raw_lines: list[str]) -> list[str]:
    """The text with each level-columned table read as an outline (unchanged when it has none)."""
    out = list(raw_lines)
    index = 0
    while index < len(raw_lines):
        header = [cell.strip() for cell in raw_lines[index].split("\t")]
        levels = _levels(header)
        if levels < MIN_LEVELS:
            index += 1
            continue
        index = _read_table(raw_lines, out, index, header, levels)
    return out


def _levels(header: list[str]) -> int:
    """How many leading columns name levels (大类, 中类, 小类)."""
    count = 0
    for cell in header:
        if not _LEVEL_NAME.match(cell):
            break
        count += 1
    return count


def _read_table(raw_lines: list[str], out: list[str], start: int, header: list[str],
                levels: int) -> int:
    """Rewrite the rows under the header at `start`; the index after the table."""
    rest = header[levels:]
    name = next((i for i, cell in enumerate(rest) if _NAME_COLUMN.search(cell)), 0)
    code = next((i for i, cell in enumerate(rest) if _CODE_COLUMN.search(cell)), None)
    note = next((i for i, cell in enumerate(rest) if i not in (name, code)
                 and _NOTE_COLUMN.search(cell)), None)
    counters = [0] * levels
    rows: list[tuple[int, str]] = []
    index = start + 1
    while index < len(raw_lines):
        raw = raw_lines[index]
        cells = [cell.strip() for cell in raw.split("\t")]
        if "\t" not in raw:
            if raw.strip() and not re.fullmatch(r"[\s·\-—－\d第页共/续表]*", raw.strip()):
                break  # (a page's number or 续表 between its parts: the table goes on)
            index += 1
            continue
        if cells[:levels] == header[:levels]:
            out[index] = ""  # the header again, on the next page
            index += 1
            continue
        filled = [at for at in range(min(levels, len(cells))) if cells[at]]
        if len(filled) != 1 or not _LEVEL_CODE.match(cells[filled[0]]):
            break
        level = filled[0]
        counters[level] += 1
        counters[level + 1:] = [0] * (levels - level - 1)
        said = cells[levels:] + [""] * (len(rest) - len(cells[levels:]))
        rows.append((index, _row_line(level, counters[level], said, name, code, note)))
        index += 1
    if len(rows) >= MIN_ROWS:
        out[start] = ""
        for at, line in rows:
            out[at] = line
    return max(index, start + 1)


def _row_line(level: int, number: int, cells: list[str], name: int, code: int | None,
              note: int | None) -> str:
    """一、title / （一）title / 1．title（CODE）, then its note as its text."""
    title = cells[name] if name < len(cells) else ""
    coded = cells[code] if code is not None and code < len(cells) else ""
    said = cells[note] if note is not None and note < len(cells) else ""
    if level == 0:
        head = f"{chinese_numeral(number)}、{title}"
    elif level == 1:
        head = f"（{chinese_numeral(number)}）{title}"
    else:
        head = f"{number}．{title}"
    if coded and not _NO_CODE.match(coded):
        head += f"（{coded}）"
    return f"{head}。{said}" if said else head
