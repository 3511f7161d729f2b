"""A guideline read out of an application system's database in a psql session with expanded
display (\\x): one -[ RECORD N ] block per heading, a `column | value` line per column, a
long value over several lines ending in `+`; the heading's id, its parent's, its name, code,
office and text in columns named for them, a disabled row among them. Read as the outline the
parent ids make; each line citing the line of the session it comes from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_RECORD = re.compile(r"^-\[\s*RECORD\s+\d+\s*\]-")
_COLUMN = re.compile(r"^(?P<key>[A-Za-z_][\w]*|\s*)\s*\|\s?(?P<value>.*?)\s*\+?\s*$")
_DISABLED = re.compile(r"^(?:停用|禁用|删除|已删除|作废|disabled|deleted|inactive|0|f|false)$",
                       re.I)
MIN_RECORDS = 5


@dataclass
class _Row:
    values: dict[str, list[tuple[str, int]]] = field(default_factory=dict)

    def first(self, pattern: str) -> tuple[str, int] | None:
        key = next((k for k in self.values if re.search(pattern, k, re.I)), None)
        return self.values[key][0] if key and self.values[key] else None

    def all(self, pattern: str) -> list[tuple[str, int]]:
        key = next((k for k in self.values if re.search(pattern, k, re.I)), None)
        return self.values.get(key, []) if key else []


def _rows(raw_lines: list[str]) -> list[_Row]:
    rows: list[_Row] = []
    key = ""
    for number, raw in enumerate(raw_lines, start=1):
        line = raw.rstrip("\r")
        if _RECORD.match(line):
            rows.append(_Row())
            key = ""
            continue
        column = _COLUMN.match(line) if rows and "|" in line else None
        if column is None:
            continue
        if column["key"].strip():
            key = column["key"].strip()
        if key and column["value"].strip():
            rows[-1].values.setdefault(key, []).append((column["value"].strip(), number))
    return rows


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The outline the rows' parent ids make and the line (1-based) each line comes from; None
    when the text is no such session."""
    if sum(1 for raw in raw_lines if _RECORD.match(raw)) < MIN_RECORDS:
        return None
    rows = [r for r in _rows(raw_lines) if r.first(r"name|title|标题|名称")]
    rows = [r for r in rows if not _DISABLED.match((r.first(r"^status$|状态") or ("", 0))[0])]
    ident = {(r.first(r"^(?:\w+_)?id$") or ("", 0))[0]: r for r in rows}
    children: dict[str, list[_Row]] = {}
    tops: list[_Row] = []
    for row in rows:
        parent = (row.first(r"parent|pid|上级") or ("", 0))[0]
        (children.setdefault(parent, []) if parent in ident else tops).append(row)
    lines: list[str] = []
    numbers: list[int] = []
    seen: set[int] = set()

    def say(row: _Row, depth: int) -> None:
        if id(row) in seen:
            return
        seen.add(id(row))
        title, at = row.first(r"name|title|标题|名称")  # type: ignore[misc]
        code = row.first(r"code|代码|编号")
        # (a heading by its place in the tree, marked as Markdown marks one: ## by depth)
        lines.append("#" * min(depth, 4) + " " + (f"{title}（{code[0]}）" if code else title))
        numbers.append(at)
        office = row.first(r"dept|office|科室")
        if office:
            lines.append(f"归口科室：{office[0]}")
            numbers.append(office[1])
        for text, number in row.all(r"content|text|body|正文|内容"):
            lines.append(text)
            numbers.append(number)
        for child in children.get((row.first(r"^(?:\w+_)?id$") or ("", 0))[0], []):
            say(child, depth + 1)

    for top in tops:
        say(top, 1)
    return (lines, numbers) if len(rows) >= MIN_RECORDS else None
