"""A guideline printed into a fillable PDF form (a bureau's 申报书 carrying the 指南 in read-only
text fields) and dumped with `pdftk … dump_data_fields_utf8`: records between `---` lines,
each FieldType, FieldName, FieldNameAlt, FieldFlags, FieldValue, FieldJustification and the
like, one a line. The guideline is the run of fields whose names share the prefix that holds
the most values (zn.p1.L001, zn.p1.L002 …), a line of the text each; the firm's own answers
(名称, 信用代码, check boxes) are other fields. Read back as those values, each on its line.
"""

from __future__ import annotations

import re

_SEPARATOR = re.compile(r"^---\s*$")
_NAME = re.compile(r"^FieldName:\s*(?P<name>\S+)")
_VALUE = re.compile(r"^FieldValue:\s?(?P<value>.*)$")
_KEY = re.compile(r"^Field[A-Za-z]+:")
MIN_FIELDS = 10


def is_field_dump(raw_lines: list[str]) -> bool:
    """pdftk's field dump: `---` records, most lines a Field…: key."""
    keyed = sum(1 for raw in raw_lines if _KEY.match(raw))
    return sum(1 for raw in raw_lines if _NAME.match(raw)) >= MIN_FIELDS \
        and keyed + sum(1 for raw in raw_lines if _SEPARATOR.match(raw) or not raw.strip()) \
        >= 0.9 * len(raw_lines)


def as_read(raw_lines: list[str]) -> list[str]:
    """The values of the guideline's fields (unchanged when it is no field dump)."""
    if not is_field_dump(raw_lines):
        return raw_lines
    values: dict[str, list[int]] = {}  # a name's first part → the lines of its values
    name = ""
    for at, raw in enumerate(raw_lines):
        if _SEPARATOR.match(raw):
            name = ""
        elif (named := _NAME.match(raw)) is not None:
            name = named["name"].split(".")[0]
        elif _VALUE.match(raw) and name:
            values.setdefault(name, []).append(at)
    kept: set[int] = set()
    for lines in values.values():
        if len(lines) > len(kept):
            kept = set(lines)
    out = [""] * len(raw_lines)
    for at in kept:
        value = _VALUE.match(raw_lines[at])
        assert value is not None
        out[at] = value["value"]
    return out
