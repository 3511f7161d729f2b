"""Directions pasted as a system's JSON export ([ {"方向名称": "…", "资助上限（元）": 3000000,
…} ]): read as the records they are, each written out the way a guideline states a direction.

Every line keeps its number (a record's name line is its heading, each field its own labelled
line, braces and empty fields blank lines), so leaves cite the lines a reader finds in the
document. A key's bracket gives the unit of a bare number (（元）, （万元）, （月）); an empty or
null field states nothing.
"""

from __future__ import annotations

import json
import re
from typing import Any

_KEY_LINE = re.compile(r'^\s*"(?P<key>[^"]+)"\s*:')
_UNIT = re.compile(r"^(?P<label>.+?)[(（](?P<unit>元|万元|千元|月|个月|年|项)[)）]$")
NAME_KEYS = re.compile(r"(?:方向|项目|榜单|课题)?名称$|^标题$")
CODE_KEYS = re.compile(r"(?:代码|编号|编码)$")
FLOOR_KEYS = re.compile(r"门槛$")  # 研发投入门槛（万元）: 1000 — the least one must have


def json_records(raw_lines: list[str]) -> list[str]:
    """The document with each pasted JSON array of records written out as directions (the
    same number of lines); unchanged when it holds none."""
    out = list(raw_lines)
    start = 0
    while True:
        begin = next((i for i in range(start, len(out)) if out[i].strip() == "["), None)
        if begin is None:
            return out
        end = next((i for i in range(begin + 1, len(out)) if out[i].strip() == "]"), None)
        if end is None:
            return out
        start = end + 1
        try:
            records = json.loads("\n".join(raw_lines[begin:end + 1]))
        except ValueError:
            continue
        if not isinstance(records, list) or len(records) < 2 \
                or not all(isinstance(r, dict) for r in records):
            continue
        out[begin:end + 1] = _written_out(raw_lines[begin:end + 1], records)


def _written_out(block: list[str], records: list[dict[str, Any]]) -> list[str]:
    """The block line by line: a record's name line as 方向N：名称（代码）, each other field
    as 标签：值 on its own line."""
    out: list[str] = []
    index = -1
    for line in block:
        key_match = _KEY_LINE.match(line)
        if line.strip() in ("{", "{,") or (key_match is None and line.strip().startswith("{")):
            index += 1
        if key_match is None or not 0 <= index < len(records):
            out.append("")
            continue
        record, key = records[index], key_match["key"]
        out.append(_field(record, key, index))
    return out


def _field(record: dict[str, Any], key: str, index: int) -> str:
    value = record.get(key)
    if NAME_KEYS.search(key) and isinstance(value, str) and value.strip():
        code = next((str(v) for k, v in record.items() if CODE_KEYS.search(k) and v), "")
        number = record.get("序号", index + 1)
        return f"方向{number}：{value.strip()}" + (f"（{code}）" if code else "")
    if CODE_KEYS.search(key) or key == "序号" or value in (None, "", []):
        return ""
    unit = _UNIT.match(key)
    label = unit["label"] if unit else key
    if unit and unit["label"].endswith("下限") and _bound(record, "上限") is not None:
        return ""  # said with the upper bound, as one range
    if unit and isinstance(value, int | float):
        return _amount(record, label, unit["unit"], value)
    text = re.sub(r"\s*\n\s*", " ", str(value)).strip()
    return f"{label}：{text}"


def _plain(value: float) -> str:
    """3000000, not 3e+06; 1.5 as 1.5."""
    return str(int(value)) if float(value).is_integer() else str(value)


def _amount(record: dict[str, Any], label: str, unit: str, value: float) -> str:
    number = _plain(value)
    if unit in ("月", "个月"):
        return f"{label}：{number}个月"
    if label.endswith("上限"):
        low = _bound(record, "下限")
        name = label.removesuffix("上限")
        name += "额度" if name in ("资助", "支持", "补助", "资金") else ""  # 资助上限 → 资助额度
        if low is not None:
            return f"{name}：{_plain(low)}～{number}{unit}"
        return f"{name}：最高{number}{unit}"
    if label.endswith("下限"):
        return f"{label.removesuffix('下限')}：不低于{number}{unit}"
    if FLOOR_KEYS.search(label):
        return f"{label}：不低于{number}{unit}"
    return f"{label}：{number}{unit}"


def _bound(record: dict[str, Any], side: str) -> float | None:
    """The record's 资助上限/下限 number, when it states one."""
    return next((v for k, v in record.items() if isinstance(v, int | float)
                 and not isinstance(v, bool) and (m := _UNIT.match(k))
                 and m["label"].endswith(side)), None)
