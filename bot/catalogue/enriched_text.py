"""A guideline saved as text/enriched (RFC 1896: Emacs' enriched mode, old mail): formatting
commands in angle brackets (<bold>, <indent>, <x-color><param>red</param>…), `<<` for a
literal `<`, and the fill's soft line breaks — one newline is no break, n newlines are n-1.
Read back as its paragraphs, the commands and their parameters left out, each paragraph on
the line it starts on.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^Content-Type:\s*text/enriched\s*$", re.IGNORECASE)
_PARAM = re.compile(r"<param>.*?</param>", re.IGNORECASE | re.DOTALL)
_COMMAND = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*>")


def _plain(text: str) -> str:
    """Text without its commands: <<, the escaped '<', kept."""
    text = text.replace("<<", "\x00")
    return _COMMAND.sub("", _PARAM.sub("", text)).replace("\x00", "<")


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The paragraphs as filled text reads them, and the line each starts on; None when the
    lines are no text/enriched."""
    if not raw_lines or not _HEADER.match(raw_lines[0].strip()):
        return None
    start = next((i for i, raw in enumerate(raw_lines) if not raw.strip()), len(raw_lines))
    lines: list[str] = []
    numbers: list[int] = []
    pending: list[str] = []
    first = 0
    blanks = 0
    for at, raw in enumerate(raw_lines[start:], start=start + 1):
        if not raw.strip():
            blanks += 1
            continue
        if pending and blanks:  # a paragraph ends at a blank line
            lines.append(_plain("".join(pending)))
            numbers.append(first)
            pending = []
        if not pending:
            first = at
        blanks = 0
        # a soft break joins the fill's lines: no space between Chinese, one between words
        joint = " " if pending and re.search(r"[A-Za-z0-9,.;]$", pending[-1]) \
            and re.match(r"[A-Za-z]", raw) else ""
        pending.append(joint + raw.rstrip("\n"))
    if pending:
        lines.append(_plain("".join(pending)))
        numbers.append(first)
    kept = [(text, at) for text, at in zip(lines, numbers, strict=True) if text.strip()]
    return [text for text, _ in kept], [at for _, at in kept]
