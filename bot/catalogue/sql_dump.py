"""A guideline handed over as a database dump (mysqldump of an old 申报系统): a table a level
(guide → plans → directions), one INSERT a row, columns named in pinyin abbreviations but
described by their Chinese COMMENTs (标题, 归口科室, 内容, 排序, 是否删除), a direction joined to
its plan by an id column (jh_id → t_zn_jh), line breaks stored as \\r\\n. Read back as the
outline the tables hold: each plan under the guide's own text, its directions in their 排序 under
it (deleted rows left out), each line citing its row's INSERT line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_CREATE = re.compile(r"^CREATE TABLE `(?P<table>[^`]+)`")
_COLUMN = re.compile(r"^\s*`(?P<name>[^`]+)`[^,]*?"
                     r"(?:COMMENT\s+'(?P<comment>(?:[^'\\]|\\.)*)')?,?\s*$")
_INSERT = re.compile(r"^INSERT INTO `(?P<table>[^`]+)` VALUES \((?P<values>.*)\);\s*$")
_VALUE = re.compile(r"\s*(?:'(?P<text>(?:[^'\\]|\\.|'')*)'|(?P<null>NULL)|(?P<other>[^,]*))"
                    r"\s*(?:,|$)")
MIN_ROWS = 5


@dataclass
class _Table:
    name: str
    columns: list[tuple[str, str]] = field(default_factory=list)  # (name, comment)
    rows: list[tuple[int, list[str | None]]] = field(default_factory=list)  # (line, values)

    def column(self, *words: str, avoid: tuple[str, ...] = ()) -> int | None:
        """The first column whose comment (or name) says one of `words`."""
        return next((i for i, (name, comment) in enumerate(self.columns)
                     if any(w in comment or w == name for w in words)
                     and not any(a in comment for a in avoid)), None)


def _unescaped(text: str) -> str:
    text = text.replace("''", "'")
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "r": "", "t": "\t", "0": ""}.get(m[1], m[1]),
                  text)


def _values(said: str) -> list[str | None]:
    found: list[str | None] = []
    at = 0
    while at < len(said):
        match = _VALUE.match(said, at)
        if match is None or match.end() == at:
            break
        found.append(None if match["null"] else _unescaped(match["text"])
                     if match["text"] is not None else (match["other"] or "").strip())
        at = match.end()
    return found


def _tables(raw_lines: list[str]) -> dict[str, _Table]:
    tables: dict[str, _Table] = {}
    current: _Table | None = None
    for number, raw in enumerate(raw_lines, start=1):
        if (create := _CREATE.match(raw)) is not None:
            current = tables.setdefault(create["table"], _Table(create["table"]))
            continue
        if current is not None and raw.startswith(")"):
            current = None
        elif current is not None and (column := _COLUMN.match(raw)) is not None:
            current.columns.append((column["name"], column["comment"] or ""))
        elif (insert := _INSERT.match(raw)) is not None and insert["table"] in tables:
            tables[insert["table"]].rows.append((number, _values(insert["values"])))
    return tables


def _parent(child: _Table, tables: dict[str, _Table]) -> tuple[_Table, int] | None:
    """The table a child's id column points at (jh_id → t_zn_jh) and that column."""
    for index, (name, _) in enumerate(child.columns):
        if name.endswith("_id"):
            stem = name.removesuffix("_id")
            parent = next((t for t in tables.values() if t is not child
                           and t.name.rsplit("_", 1)[-1] == stem), None)
            if parent is not None:
                return parent, index
    return None


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The outline the dump's tables hold and the INSERT line (1-based) each line comes from;
    None when the text is no such dump."""
    if sum(1 for raw in raw_lines if raw.startswith("INSERT INTO `")) < MIN_ROWS:
        return None
    tables = _tables(raw_lines)
    children = {t.name: parent for t in tables.values() if (parent := _parent(t, tables))}
    leaves = [t for t in tables.values() if t.name in children
              and not any(p[0] is t for p in children.values())]
    if not leaves:
        return None
    directions = max(leaves, key=lambda t: len(t.rows))
    plans, link = children[directions.name]
    guide = children.get(plans.name, (None, 0))[0]
    lines: list[str] = []
    numbers: list[int] = []

    def say(text: str | None, number: int) -> None:
        for part in (text or "").split("\n"):
            if part.strip():
                lines.append(part.strip())
                numbers.append(number)

    if guide is not None:
        title_at, body_at = guide.column("标题", "名称"), guide.column("正文", "内容")
        for number, row in guide.rows:
            say(row[title_at] if title_at is not None else None, number)
            say(row[body_at] if body_at is not None else None, number)

    def ordered(table: _Table, rows: list[tuple[int, list[str | None]]]) -> list[
            tuple[int, list[str | None]]]:
        order = table.column("排序")
        return sorted(rows, key=lambda r: int(r[1][order] or 0) if order is not None
                      and (r[1][order] or "").isdigit() else 0)

    plan_title, plan_office = plans.column("名称", "标题"), plans.column("归口")
    plan_body = plans.column("内容", "要求", "原文", avoid=("名称",))
    title, code = directions.column("标题", "名称"), directions.column("代码", "编号")
    office, body = directions.column("归口"), directions.column("内容", "正文")
    deleted = directions.column("删除")
    for number, plan in ordered(plans, plans.rows):
        said = plan[plan_title] if plan_title is not None else None
        if plan_office is not None and plan[plan_office]:
            said = f"{said}（归口科室：{plan[plan_office]}）"
        say(said, number)
        say(plan[plan_body] if plan_body is not None else None, number)
        mine = [r for r in directions.rows if r[1][link] == plan[0]
                and not (deleted is not None and r[1][deleted] == "1")]
        for at, row in ordered(directions, mine):
            heading = row[title] if title is not None else ""
            if code is not None and row[code]:
                heading = f"{heading}（{row[code]}）"
            if office is not None and row[office]:
                heading = f"{heading}（归口科室：{row[office]}）"
            say(heading, at)
            say(row[body] if body is not None else None, at)
    return lines, numbers
