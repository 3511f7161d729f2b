"""A guideline printed by PHP's `var_dump` (a scraper's debug command dumping the article it
parsed): `array(8) {` and `["text"]=>` lines around `string(388) "…"` values, a value's line
breaks kept as they were, so one string may run over many raw lines; its length counts bytes.
Read back as each string's text on the lines it stands on, the structure, the numbers and
the strings holding no Chinese (tags, styles, addresses, dates) blank.
"""

from __future__ import annotations

import re

_STRING = re.compile(r'^\s*string\((?P<n>\d+)\)\s"')
_STRUCTURE = re.compile(r'^\s*(?:array\(\d+\)\s*\{|object\([^)]*\)#\d+\s*\(\d+\)\s*\{'
                        r'|\[(?:"[^"]*"|\d+)(?::[a-z"]+)?\]=>|\}|int\(-?\d+\)|float\([^)]*\)'
                        r'|bool\((?:true|false)\)|NULL)\s*$')
_CHINESE = re.compile(r"[\u4e00-\u9fff]")
MIN_STRINGS = 8


def is_var_dump(raw_lines: list[str]) -> bool:
    """var_dump output: string(N) values among array/key lines."""
    if not any("string(" in raw for raw in raw_lines):
        return False
    strings = sum(1 for raw in raw_lines if _STRING.match(raw))
    structure = sum(1 for raw in raw_lines if _STRUCTURE.match(raw))
    return strings >= MIN_STRINGS and structure >= strings


def as_read(raw_lines: list[str]) -> list[str]:
    """The dumped strings' text, each line where it stood (unchanged when it is no dump)."""
    if not is_var_dump(raw_lines):
        return raw_lines
    out = [""] * len(raw_lines)
    at = 0
    while at < len(raw_lines):
        start = _STRING.match(raw_lines[at])
        if start is None:
            at += 1
            continue
        size, first = int(start["n"]), at
        parts = [raw_lines[at][start.end():]]
        taken = len(parts[0].encode())
        while taken < size and at + 1 < len(raw_lines) and not (  # (its line breaks count)
                parts[-1].rstrip().endswith('"') and _STRUCTURE.match(raw_lines[at + 1])):
            at += 1
            parts.append(raw_lines[at])
            taken += 1 + len(raw_lines[at].encode())
        parts[-1] = re.sub(r'"\s*$', "", parts[-1])  # the closing quote
        if any(_CHINESE.search(part) for part in parts):
            out[first:first + len(parts)] = parts
        at += 1
    return out
