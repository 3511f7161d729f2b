"""A guideline filed in a reference manager (NoteExpress, EndNote's tagged export): one record
per heading — {Title}: the heading, {Secondary Title}: the heading it stands under, its text in
{Abstract} and {Notes} (continuation lines untagged), the keeper's own {Research Notes} and
catalogue fields beside them, records in the order they were added (a direction keyed in late
after later sections). Read as the outline the parent titles make; each line citing the line of
the file it comes from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TAG = re.compile(r"^\{(?P<tag>[A-Za-z][A-Za-z .]{1,30})\}:\s?(?P<value>.*)$")
_TEXT_TAGS = ("Abstract", "Notes")  # the record's words; {Research Notes} are the keeper's
MIN_RECORDS = 5


@dataclass
class _Record:
    tags: dict[str, list[tuple[str, int]]] = field(default_factory=dict)

    def first(self, tag: str) -> tuple[str, int] | None:
        values = self.tags.get(tag)
        return values[0] if values else None


def _records(raw_lines: list[str]) -> list[_Record]:
    records: list[_Record] = []
    current: _Record | None = None
    tag = ""
    for number, raw in enumerate(raw_lines, start=1):
        line = raw.lstrip("\ufeff").rstrip()
        if not line:
            current = None
            continue
        tagged = _TAG.match(line)
        if tagged is not None:
            if current is None:
                current = _Record()
                records.append(current)
            tag = tagged["tag"].strip()
            current.tags.setdefault(tag, []).append((tagged["value"].strip(), number))
        elif current is not None and tag:  # a value's next line, untagged
            current.tags[tag].append((line.strip(), number))
    return records


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The outline the records' parent titles make and the line (1-based) each line comes
    from; None when the text is no such export."""
    if sum(1 for raw in raw_lines[:60] if _TAG.match(raw.lstrip("\ufeff"))) < 2 * MIN_RECORDS:
        return None
    records = [r for r in _records(raw_lines) if r.first("Title")]
    if len(records) < MIN_RECORDS:
        return None
    titled = {_key(r.first("Title")[0]): r for r in records}  # type: ignore[index]
    children: dict[int, list[_Record]] = {}
    tops: list[_Record] = []
    for record in records:
        parent = record.first("Secondary Title")
        holder = titled.get(_key(parent[0])) if parent else None
        if holder is None or holder is record:
            tops.append(record)
        else:
            children.setdefault(id(holder), []).append(record)
    lines: list[str] = []
    numbers: list[int] = []
    seen: set[int] = set()

    def say(record: _Record) -> None:
        if id(record) in seen:
            return
        seen.add(id(record))
        for tag in ("Title", *_TEXT_TAGS):
            for value, number in record.tags.get(tag, []):
                if value:
                    lines.append(value)
                    numbers.append(number)
        for child in children.get(id(record), []):
            say(child)

    for top in tops:
        say(top)
    return (lines, numbers) if lines else None


def _key(title: str) -> str:
    return re.sub(r"\s", "", title)
