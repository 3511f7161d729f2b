"""A guideline handed from one system to another as a fixed-width interface file (定长文本, a
项目库's import file opened in Notepad): every line a record of so many bytes — its type (T9,
D3), its sequence number, level and parent's number as digits of fixed width, then the content
padded with spaces — a heading's columns side by side (a plan's name and its office, a
direction's code and its name), a paragraph cut into records wherever the byte count fell
(资助50万元～10 ⏎ 0万元); a header and a trailer record around them. Read back as the text the
records hold: a record's columns as a heading says them (RC2023CY01 智能装备与电子信息,
（一）…专项（产业科技科）), a
paragraph's records joined on the line where it starts, the header and trailer left out.
"""

from __future__ import annotations

import re
from collections import Counter

# type (a letter and a letter or digit), then sequence, level and parent: 2 + w + 1 + w digits
_RECORD = re.compile(r"^(?P<type>[A-Z][A-Z0-9])(?P<digits>\d{9,})(?P<content>.*)$")
_COLUMNS = re.compile(r"\s{2,}|\u3000+")
_CODE = re.compile(r"^[A-Za-z][A-Za-z0-9\-_.]{3,}\d[A-Za-z0-9\-_.]*$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
MIN_SHARE = 0.8
MIN_RECORDS = 10


def _widths(lines: list[str]) -> int | None:
    """The width of the sequence and parent numbers (the same for both), read from how many
    digits most records carry before their content."""
    runs = Counter(len(m["digits"]) for line in lines if (m := _RECORD.match(line)))
    if not runs:
        return None
    run, _ = runs.most_common(1)[0]
    return (run - 1) // 2 if run % 2 == 1 else None


def is_fixed_width(raw_lines: list[str]) -> bool:
    """Fixed-width records: nearly every line a record, of one width of numbers, several types."""
    lines = [raw for raw in raw_lines if raw.strip()]
    if len(lines) < MIN_RECORDS or _widths(lines) is None:
        return False
    records = [m for line in lines if (m := _RECORD.match(line))]
    return len(records) >= MIN_SHARE * len(lines) \
        and len({m["type"] for m in records}) >= 3 \
        and sum(1 for line in lines if line.endswith(" ")) >= len(lines) // 2


def as_read(raw_lines: list[str]) -> list[str]:
    """The text the records hold, line for line (the lines unchanged when they are none)."""
    if not is_fixed_width(raw_lines):
        return raw_lines
    width = _widths([raw for raw in raw_lines if raw.strip()])
    assert width is not None
    out = [""] * len(raw_lines)
    parsed: list[tuple[int, str, str, str, str] | None] = []
    for raw in raw_lines:
        match = _RECORD.match(raw)
        if match is None or len(match["digits"]) < 2 * width + 1:
            parsed.append(None)
            continue
        digits = match["digits"]
        seq, parent = digits[:width], digits[width + 1:2 * width + 1]
        content = digits[2 * width + 1:] + match["content"]
        parsed.append((int(seq), match["type"], parent, content, raw))
    types = Counter(record[1] for record in parsed if record is not None)
    home: int | None = None  # the line the paragraph being joined started on
    previous: tuple[int, str, str, str, str] | None = None
    for at, record in enumerate(parsed):
        if record is None:
            home, previous = None, None
            continue
        seq, kind, parent, content, raw = record
        if seq == 0 or (types[kind] == 1 and not _CJK.search(content)):
            home, previous = None, None  # the header (number 0) and the trailer (END, count)
            continue
        cut = previous is not None and previous[1] == kind and previous[2] == parent \
            and len(previous[4]) - len(previous[4].rstrip(" ")) <= 1
        if cut and home is not None:  # the record before ran to its last byte: one paragraph
            out[home] += content.strip()
        else:
            home = at
            out[at] = _said(content)
        previous = record
    return out


def _said(content: str) -> str:
    """A record's columns as a heading says them: its code, its name, then its office in
    brackets."""
    columns = [column for column in _COLUMNS.split(content.strip()) if column]
    if len(columns) < 2:
        return content.strip()
    codes = [column for column in columns if _CODE.match(column)]
    names = [column for column in columns if column not in codes]
    return " ".join([*codes, *names[:1]]) + "".join(f"（{column}）" for column in names[1:])
