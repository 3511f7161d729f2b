"""A guideline kept in the Windows registry by a desktop client (a bureau's 惠企 app storing
the notice it was pushed) and exported with regedit: a `Windows Registry Editor Version 5.00`
(or REGEDIT4) file of [HKEY_…] keys, each value a line `"name"="string"`, `"name"=dword:…` or
`"name"=hex(…):…`. The document is the key that holds the most string values, one value a line
of the text, with `\\"` and `\\\\` escaped. Read back as those values' strings, each on the line
it was on; the file's header, the other keys and every non-string value blank.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^\s*(?:Windows Registry Editor Version \d+\.\d+|REGEDIT4)\s*$")
_KEY = re.compile(r"^\s*\[-?HKEY_[^\]]*\]\s*$")
_STRING = re.compile(r'^\s*(?:"(?:[^"\\]|\\.)*"|@)\s*=\s*"(?P<value>(?:[^"\\]|\\.)*)"\s*$')
_ESCAPE = re.compile(r"\\(.)")
MIN_VALUES = 10


def is_registry_export(raw_lines: list[str]) -> bool:
    """A regedit export: its header first, then keys and values."""
    first = next((raw for raw in raw_lines if raw.strip()), "")
    return bool(_HEADER.match(first.lstrip("\ufeff"))) \
        and sum(1 for raw in raw_lines if _STRING.match(raw)) >= MIN_VALUES


def as_read(raw_lines: list[str]) -> list[str]:
    """The document's lines as the client stored them (unchanged when it is no export)."""
    if not is_registry_export(raw_lines):
        return raw_lines
    keys: list[list[int]] = [[]]  # the lines of each key's string values, key by key
    for at, raw in enumerate(raw_lines):
        if _KEY.match(raw):
            keys.append([])
        elif _STRING.match(raw):
            keys[-1].append(at)
    document: set[int] = set()  # (the first key, of those that hold the most)
    for values in keys:
        if len(values) > len(document):
            document = set(values)
    out = [""] * len(raw_lines)
    for at in document:
        value = _STRING.match(raw_lines[at])
        assert value is not None
        out[at] = _ESCAPE.sub(r"\1", value["value"])
    return out
