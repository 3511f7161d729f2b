"""A guideline kept in a firm's git repository and sent as `git blame` output: every line opens
with the commit that last changed it, its author, date and line number —
`^3f9c2a1 (wangjing 2023-03-21 09:14:55 +0800 12) …` (a boundary commit marked ^, a file name
after the hash with -f, the author's e-mail with -e, a commit not yet made as 00000000). Read
back as the file's lines, each where it was.
"""

from __future__ import annotations

import re

_BLAME = re.compile(
    r"^\^?[0-9a-f]{7,40}\s+(?:[^\s(]+\s+)?"  # the commit (and, with -f, the file)
    r"\((?:[^()\n]*?\s)?\d{4}-\d{2}-\d{2}\s+\d{2}:\d{2}:\d{2}\s+[+-]\d{4}\s+\d+\) ?")
MIN_SHARE = 0.8


def is_blame(raw_lines: list[str]) -> bool:
    """Blame output: most of the non-empty lines open with a commit, an author and a date."""
    lines = [raw for raw in raw_lines if raw.strip()]
    return len(lines) >= 10 and sum(1 for raw in lines if _BLAME.match(raw)) \
        >= MIN_SHARE * len(lines)


def as_read(raw_lines: list[str]) -> list[str]:
    """The blamed file's lines (unchanged when it is no blame output)."""
    if not is_blame(raw_lines):
        return raw_lines
    return [_BLAME.sub("", raw, count=1) for raw in raw_lines]
