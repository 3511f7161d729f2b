"""Records printed one field a line, the names padded so the colons line up and a blank line
between records — PowerShell's Format-List (Import-Csv … | Format-List), and any tool that
lists a table that way: read back as the table they are (a header, then a row a record), so
a row naming a direction by its code or title gives it its terms as a table's row would.

Line for line: the header stands on the first record's first line, each record's row on its
last line, the record's other lines left empty.
"""

from __future__ import annotations

import re

# 拟支持项目数 : 2 / 备注     : (a name, the padding, then " : ")
_FIELD = re.compile(r"^(?P<name>[^\s:：][^:：]{0,15}?)(?P<pad>\s*) : ?(?P<value>.*)$")
MIN_RECORDS = 2
MIN_FIELDS = 3


def as_table(raw_lines: list[str]) -> list[str]:
    """The lines with each run of two or more aligned records of the same fields as a table
    (unchanged where there is none)."""
    out = list(raw_lines)
    at = 0
    while at < len(raw_lines):
        records, end = _records(raw_lines, at)
        if len(records) >= MIN_RECORDS:
            names = [name for name, _, _ in records[0]]
            out[records[0][0][2]] = "\t".join(names)
            for record in records:
                for _, _, line in record:
                    if line != records[0][0][2]:
                        out[line] = ""
                out[record[-1][2]] = "\t".join(value for _, value, _ in record) or " "
            at = end
        else:
            at += 1
    return out


def _records(raw_lines: list[str], start: int) -> tuple[list[list[tuple[str, str, int]]], int]:
    """The records from `start` on, each (name, value, line index) per field, all of the same
    fields in the same order with their colons at one column; and where they end."""
    records: list[list[tuple[str, str, int]]] = []
    at = start
    while at < len(raw_lines):
        record: list[tuple[str, str, int]] = []
        column = None
        while at < len(raw_lines) and (field := _FIELD.match(raw_lines[at])) is not None:
            colon = len(field["name"]) + len(field["pad"])
            if column is not None and colon != column:
                break
            column = colon
            record.append((field["name"].strip(), field["value"].strip(), at))
            at += 1
        if len(record) < MIN_FIELDS or (records and [n for n, _, _ in record]
                                        != [n for n, _, _ in records[0]]):
            break
        records.append(record)
        while at < len(raw_lines) and not raw_lines[at].strip():
            at += 1  # (the blank lines between records)
    return records, at
