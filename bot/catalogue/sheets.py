"""A guideline published as a "long" sheet of elements, one row per direction and element
(序号 | 计划类别 | 方向编号 | 要素 | 内容), pasted from Excel: read back as the outline it stands
for, line for line. Each class opens with its common rows (ZD-通用: the terms every direction of
the class takes), then each direction's rows, its 方向名称 row its heading.

Excel's auto-format is undone where the element says what the cell was: a ratio turned into a
time (1:1 → 1:01) and an amount range turned into a date (10-20 → 10月20日).
"""

from __future__ import annotations

import re

_CODE = re.compile(r"^(?:方向|指南|项目)?(?:编号|代码|编码)$")
_ELEMENT = re.compile(r"^(?:要素|要素名称|字段|字段名称|项目要素|指标项)$")
_VALUE = re.compile(r"^(?:内容|要素内容|取值|值|字段内容|要素值)$")
_CLASS = re.compile(r"^(?:计划|项目|专项)?(?:类别|类型)$|^(?:计划|专项)(?:名称)?$")
_TITLE = re.compile(r"^(?:方向|项目|指南|榜单|课题)?名称$")
_OFFICE = re.compile(r"^(?:归口|责任|主管|牵头|承办)?(?:科室|处室|部门)$")
_UNIT = re.compile(r"^(?P<label>.*?)\s*[(（](?P<unit>万元|元)[)）]$")
_BARE_AMOUNT = re.compile(r"^[\d.\s~～\-—至≤<>=]+$|^(?:最高|不超过)\s*[\d.]+$")
_TIME_RATIO = re.compile(r"^(\d{1,2}):0([1-9])$")  # 1:1 typed into Excel, shown as the time 1:01
_DATE_RANGE = re.compile(r"^(\d{1,3})月(\d{1,2})日$")  # 10-20 typed into Excel, shown as a date
_CLASS_NUMBERS = "一二三四五六七八九十"
MIN_ROWS = 8


def _columns(header: list[str]) -> dict[str, int] | None:
    """Where the code, element and value columns are (and the class column, if any)."""
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        name = re.sub(r"\s", "", cell)
        for key, pattern in (("code", _CODE), ("element", _ELEMENT), ("value", _VALUE),
                             ("class", _CLASS)):
            if key not in found and pattern.match(name):
                found[key] = index
    return found if {"code", "element", "value"} <= found.keys() else None


def _said(element: str, value: str) -> str:
    """One row as the label line it stands for, Excel's formatting undone."""
    label, unit = element.strip(), ""
    if (with_unit := _UNIT.match(label)) is not None:
        label, unit = with_unit["label"], with_unit["unit"]
    value = value.strip()
    if re.search(r"比例|配套", label):
        value = _TIME_RATIO.sub(r"\1:\2", value)
    if unit and (date := _DATE_RANGE.match(value)) is not None:
        value = f"{date[1]}-{date[2]}"
    if unit and _BARE_AMOUNT.match(value):
        value += unit
    return f"{label}：{value}"


def as_outline(raw_lines: list[str]) -> list[str]:
    """The lines with each long sheet read as headings and label lines (the rest unchanged)."""
    lines = list(raw_lines)
    index = 0
    while index < len(lines):
        raw = lines[index]
        columns = _columns(raw.split("\t")) if raw.count("\t") >= 2 else None
        if columns is None:
            index += 1
            continue
        width = raw.count("\t") + 1
        rows = []
        end = index + 1
        while end < len(lines) and lines[end].count("\t") + 1 == width:
            rows.append(end)
            end += 1
        if len(rows) >= MIN_ROWS:
            _rewrite(lines, index, rows, columns)
        index = end
    return lines


def _rewrite(lines: list[str], header: int, rows: list[int], columns: dict[str, int]) -> None:
    """Each class a （一） heading (on its first common row, its office in a bracket; the first
    class on the header line when it has none), each direction a 1. heading on its name row."""
    cells = {at: lines[at].split("\t") for at in rows}
    groups: list[tuple[str, str, list[int]]] = []  # (class, code, rows) in order
    for at in rows:
        klass = cells[at][columns["class"]].strip() if "class" in columns else ""
        code = cells[at][columns["code"]].strip()
        if groups and groups[-1][0] == klass and groups[-1][1] == code:
            groups[-1][2].append(at)
        else:
            groups.append((klass, code, [at]))
    titled = [g for g in groups
              if any(_TITLE.match(cells[at][columns["element"]].strip()) for at in g[2])]
    if len(titled) < 2:
        return
    lines[header] = ""
    classes_seen: list[str] = []
    number = 0
    for klass, code, members in groups:
        new_class = klass not in classes_seen
        if new_class:
            classes_seen.append(klass)
            number = 0
        heading = f"（{_CLASS_NUMBERS[(len(classes_seen) - 1) % 10]}）{klass}" if klass else ""
        names = [at for at in members if _TITLE.match(cells[at][columns["element"]].strip())]
        said = [(at, _said(cells[at][columns["element"]], cells[at][columns["value"]]))
                for at in members]
        if names:  # a direction: its name row its heading, the others its fields
            number += 1
            title = cells[names[0]][columns["value"]].strip()
            if new_class and heading:
                lines[header] = heading if not classes_seen[:-1] else lines[header]
            for at, text in said:
                lines[at] = f"{number}. {title}（{code}）" if at == names[0] else text
            continue
        # the class's common rows: its heading first, its office in the heading's bracket
        office = next((i for i, (at, _) in enumerate(said)
                       if _OFFICE.match(cells[at][columns["element"]].strip())), None)
        texts = [text for i, (_, text) in enumerate(said) if i != office]
        if office is not None:
            heading += f"（{said[office][1]}）"
        places = [at for at, _ in said]
        if len(places) == 1 and texts:  # one common row, no office: it goes in the bracket
            heading += f"（{texts.pop()}）"
        elif len(texts) >= len(places):  # no office row to fold in: two rows share a line
            texts[-2:] = ["。".join(texts[-2:])]
        lines[places[0]] = heading
        for at, text in zip(places[1:], texts, strict=False):
            lines[at] = text
