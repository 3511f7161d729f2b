"""A wide sheet printed in bands of columns and pasted back (Excel's 先列后行 page order, with
its key columns 序号 | 名称 repeated on every page): each band's rows are joined again to the
row of the first band with the same key, so the sheet reads as the one table it was. The joined
row stands where the first band printed it; the other bands' rows and headers are emptied.
"""

from __future__ import annotations

import re

_KEY_HEADER = re.compile(r"^(?:序号|编号|代码|指南代码)$")
KEY_COLUMNS = 2  # 序号 and the name: what every band repeats
MIN_MATCHED = 0.8  # of the first band's keys found in each other band


def _cells(text: str) -> list[str]:
    return [cell.strip() for cell in text.rstrip("\r\n").split("\t")]


def _blocks(raw_lines: list[str]) -> list[tuple[int, list[int]]]:
    """Each header row (first cell 序号) and the table rows that run on right after it."""
    blocks = []
    index = 0
    while index < len(raw_lines):
        text = raw_lines[index]
        cells = _cells(text) if "\t" in text else []
        if len(cells) > KEY_COLUMNS and _KEY_HEADER.match(cells[0]):
            rows = []
            index += 1
            while index < len(raw_lines) and "\t" in raw_lines[index] \
                    and not _KEY_HEADER.match(_cells(raw_lines[index])[0]):
                if any(_cells(raw_lines[index])[:KEY_COLUMNS]):
                    rows.append(index)
                index += 1
            blocks.append((index - len(rows) - 1, rows))
            continue
        index += 1
    return blocks


FURNITURE_REACH = 3  # lines above a band's header that may be what every page prints there


def _without_page_furniture(lines: list[str], headers: list[int]) -> None:
    """The lines each page prints above its header (附件, the sheet's centred title), kept
    once: above the first header only."""
    above: dict[str, set[int]] = {}
    for at in headers:
        seen = 0
        for i in range(at - 1, -1, -1):
            if not lines[i].strip():
                continue
            above.setdefault(lines[i].strip(), set()).add(i)
            seen += 1
            if seen == FURNITURE_REACH:
                break
    for where in above.values():
        if len(where) >= 2:
            first, *later = sorted(where)
            lines[first] = lines[first].rstrip("\t ")  # (附件 and the empty cells of its row)
            for i in later:
                lines[i] = ""


def as_one_table(raw_lines: list[str]) -> list[str]:
    """The bands of a sheet printed column band after column band, joined row by row (other
    texts unchanged)."""
    if sum(1 for text in raw_lines if "\t" in text) < 2 * KEY_COLUMNS:
        return raw_lines
    blocks = _blocks(raw_lines)
    bands: dict[tuple[str, ...], list[tuple[int, list[int]]]] = {}
    for header, rows in blocks:
        bands.setdefault(tuple(_cells(raw_lines[header])), []).append((header, rows))
    if len(bands) < 2:
        return raw_lines
    keys = {tuple(header[:KEY_COLUMNS]) for header in bands}
    if len(keys) != 1:
        return raw_lines  # different tables, not bands of one
    first, *others = bands  # (in the order first printed)
    keyed = {band: {tuple(_cells(raw_lines[i])[:KEY_COLUMNS]): i
                    for _, rows in bands[band] for i in rows} for band in bands}
    ordered = [i for _, rows in bands[first] for i in rows]
    for band in others:
        found = sum(1 for i in ordered
                    if tuple(_cells(raw_lines[i])[:KEY_COLUMNS]) in keyed[band])
        if found < MIN_MATCHED * len(ordered):
            return raw_lines
    out = list(raw_lines)
    _without_page_furniture(out, [at for band in bands for at, _ in bands[band]])
    joined = [*first]
    for band in others:
        joined += list(band[KEY_COLUMNS:])
    for band in bands:
        for at, rows in bands[band]:
            out[at] = ""
            for i in rows:
                out[i] = ""
    out[bands[first][0][0]] = "\t".join(joined)
    for i in ordered:
        cells = _cells(raw_lines[i])
        cells += [""] * (len(first) - len(cells))
        key = tuple(cells[:KEY_COLUMNS])
        for band in others:
            more = _cells(raw_lines[keyed[band][key]]) if key in keyed[band] else []
            more += [""] * (len(band) - len(more))
            cells += more[KEY_COLUMNS:len(band)]
        out[i] = "\t".join(cells)
    return out
