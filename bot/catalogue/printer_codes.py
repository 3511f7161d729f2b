"""A guideline printed to a file through a dot-matrix printer's driver (Epson ESC/P, as the
针式 printers of a finance office speak it): the printer's commands left in the bytes — ESC @
to reset, ESC E / ESC F around bold headings, ESC W 1 double width, ESC x 1 letter quality,
ESC $ nL nH an absolute position at the start of a paragraph (its high byte a NUL), ESC J n a
paper feed, FS & / FS . the Chinese mode — and the lines cut at the carriage's width. The
commands are taken out of the bytes before they are decoded (a parameter byte may be any
value, so in the text it could pair with the next byte into a GBK character); each line stays
where it was, and the cut lines are read as a page's wraps are.
"""

from __future__ import annotations

import re

# ESC and its command: no parameter, one byte, two bytes (ESC $ / ESC \ positions), a counted
# header (ESC ( c nL nH); FS (the Chinese commands) likewise; the bare control bytes (SO, SI,
# DC2, DC4, CAN) a printer reads as modes. (Never a line break: a parameter that is one is
# left, so the lines stay where they were.)
_COMMAND = re.compile(
    rb"\x1b(?!\[)(?:[@EFGH45MPgT0128<>]"  # (ESC [ is a terminal's colour: not a printer's)
    rb"|[xlQW3J\-w!CNatkpSUA+rOjb%&:6789ceimqsfy][^\r\n]"
    rb"|[$\\][^\r\n]{2}"
    rb"|\([^\r\n]{3}"
    rb"|[^\r\n]?)"
    rb"|\x1c(?:[&.]|[!\-WSrv][^\r\n]|[^\r\n]?)"
    rb"|[\x0e\x0f\x12\x14\x18]")
_COMMANDED_LINE = re.compile(rb"^[^\n]*?(?:\x1b(?!\[)|\x1c)", re.M)
MIN_COMMANDED = 5


def is_printed(data: bytes) -> bool:
    """A printer's output: five or more lines carrying ESC or FS commands."""
    return len(_COMMANDED_LINE.findall(data)) >= MIN_COMMANDED


def without_commands(data: bytes) -> bytes:
    """The bytes the printer put on paper (unchanged when they are no printer output)."""
    return _COMMAND.sub(b"", data) if is_printed(data) else data
