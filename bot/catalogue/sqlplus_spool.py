"""A guideline spooled from Oracle SQL*Plus: `SQL>` commands, then pages of a query's rows under
a header and its `---------- ------ -----` rule (repeated on every page), the text column wrapped
onto lines indented to where it starts (WORD_WRAPPED), `已选择 60 行。` / `60 rows selected.` at
the end. Read back as each row's text column, its wrapped lines joined on the row's first line;
the commands, headers, rules, other columns and counts blank.
"""

from __future__ import annotations

import re

_RULE = re.compile(r"^\s*-{3,}(?:\s+-{3,})+\s*$")
_COMMAND = re.compile(r"^(?:SQL>|\s*\d+\s{2})")
_COUNT = re.compile(r"^\s*(?:已选择\s*\d+\s*行|\d+\s+rows?\s+selected)")
MIN_ROWS = 5


def _text_column(rule: str) -> int:
    """Where the last (the text) column starts, by its rule."""
    return max(match.start() for match in re.finditer(r"-{3,}", rule))


def as_read(raw_lines: list[str]) -> list[str]:
    """The rows' text column (unchanged when the lines are no SQL*Plus spool)."""
    if not any(raw.startswith("SQL>") for raw in raw_lines[:40]):
        return raw_lines  # (a spool opens with its commands)
    rules = [at for at, raw in enumerate(raw_lines) if _RULE.match(raw)]
    if not rules or not any(raw.startswith("SQL>") for raw in raw_lines[:rules[0]]):
        return raw_lines
    start = _text_column(raw_lines[rules[0]])
    out = [""] * len(raw_lines)
    row: int | None = None  # the line holding the row read so far
    rows = 0
    headers = {at - 1 for at in rules}
    for at, raw in enumerate(raw_lines[rules[0] + 1:], start=rules[0] + 1):
        if at in headers or at in rules or _COUNT.match(raw) or raw.startswith("SQL>") \
                or not raw.strip():
            row = None if not raw.strip() or _COUNT.match(raw) else row
            continue
        head, text = raw[:start], raw[start:].strip()
        if head.strip():  # a new row: its other columns before the text
            if _COMMAND.match(raw) and not re.match(r"^\s*\d+\s+\S+\s", raw):
                continue
            row, out[at] = at, text
            rows += 1
        elif row is not None and text:
            out[row] += text  # (WORD_WRAPPED: the text column's next line)
    return out if rows >= MIN_ROWS else raw_lines
