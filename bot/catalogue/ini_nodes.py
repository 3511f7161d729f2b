"""A guideline kept in a desktop tool's INI data file: one [section] per heading with its title,
its parent section and its text in numbered content keys (cut every few dozen characters, the
keys not always in order), its office in a key of its own, the tool's own keys (已读, 收藏,
我的备注) beside them, a heading added later appended at the file's end under its parent. Read
as the outline the parent keys make; each line citing the line of the file it comes from.
"""

from __future__ import annotations

import re

_SECTION = re.compile(r"^\s*\[(?P<name>[^\]]+)\]\s*$")
_KEY = re.compile(r"^\s*(?P<key>[^=;#\[\]\s][^=]{0,20}?)\s*=\s*(?P<value>.*)$")
_TITLE_KEYS = ("标题", "名称", "title", "name")
_PARENT_KEYS = ("父节点", "父级", "上级", "上级节点", "parent")
_CONTENT = re.compile(r"^(?:内容|正文|content|text)(?P<n>\d*)$", re.I)
_OFFICE_KEYS = ("归口", "归口科室", "归口处室", "责任科室", "office")
MIN_SECTIONS = 5


class _Section:
    def __init__(self, name: str, line: int) -> None:
        self.name, self.line = name, line
        self.keys: dict[str, tuple[str, int]] = {}

    def value(self, names: tuple[str, ...]) -> tuple[str, int] | None:
        return next((self.keys[k] for k in self.keys if k.lower() in names), None)


def _sections(raw_lines: list[str]) -> list[_Section]:
    found: list[_Section] = []
    for number, raw in enumerate(raw_lines, start=1):
        if (section := _SECTION.match(raw)) is not None:
            found.append(_Section(section["name"].strip(), number))
        elif found and (key := _KEY.match(raw)) is not None and not raw.lstrip().startswith(";"):
            found[-1].keys.setdefault(key["key"].strip(), (key["value"].strip(), number))
    return found


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The outline the sections hold and the line (1-based) each line comes from; None when
    the text is no such file."""
    if sum(1 for raw in raw_lines if _SECTION.match(raw)) < MIN_SECTIONS:
        return None
    sections = [s for s in _sections(raw_lines) if s.value(_TITLE_KEYS)]
    parented = [s for s in sections if s.value(_PARENT_KEYS)]
    if len(parented) < MIN_SECTIONS or len(parented) < 0.8 * len(sections):
        return None
    by_id = {_id(s.name): s for s in sections}
    children: dict[str, list[_Section]] = {}
    for section in sections:  # (the file's own [文件] section, with no parent: at the top)
        said = section.value(_PARENT_KEYS)
        parent = _id(said[0]) if said else ""
        children.setdefault(parent if parent in by_id else "", []).append(section)
    lines: list[str] = []
    numbers: list[int] = []
    seen: set[str] = set()

    def say(section: _Section) -> None:
        if section.name in seen:  # (a parent key that loops back)
            return
        seen.add(section.name)
        title, at = section.value(_TITLE_KEYS)  # type: ignore[misc]
        lines.append(title)
        numbers.append(at)
        office = section.value(_OFFICE_KEYS)
        if office and office[0]:
            lines.append(f"归口科室：{office[0]}")
            numbers.append(office[1])
        parts = sorted(((int(m["n"] or 0), value, number)
                        for key, (value, number) in section.keys.items()
                        if (m := _CONTENT.match(key))), key=lambda part: part[0])
        if parts:  # 内容1=…集 ⏎ 内容3=… ⏎ 内容2=成技术…: one text, cut at a width, in key order
            lines.append("".join(value for _, value, _ in parts))
            numbers.append(min(number for _, _, number in parts))
        for child in children.get(_id(section.name), []):
            say(child)

    for top in children.get("", []):
        say(top)
    return (lines, numbers) if lines else None


def _id(name: str) -> str:
    """节点0004 and 0004 name the same section."""
    digits = re.sub(r"\D", "", name)
    return digits.lstrip("0") or ("0" if digits else name)
