"""A guideline in OFD (the 公文 format of China's e-government) dumped page by page as its XML:
every printed line a <ofd:TextCode> inside a <ofd:TextObject> whose Boundary places it on the
page. Read back as the printed lines in order, a paragraph's first line indented as the page
shows it (its Boundary starts right of the margin), each citing the line of the dump its
TextCode is on; the page furniture (objects, colours, paths, headers) dropped.
"""

from __future__ import annotations

import html
import re

_TEXT_CODE = re.compile(r"<ofd:TextCode\b[^>]*>(?P<text>[^<]*)</ofd:TextCode>")
_BOUNDARY = re.compile(r"<ofd:TextObject\b[^>]*\bBoundary=\"(?P<x>[\d.]+)\s")
MIN_TEXT_CODES = 10
INDENT = 3.0  # millimetres right of the margin that mark a paragraph's first line


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The printed lines and the line (1-based) of the dump each is on; None when the text is
    no OFD dump."""
    if sum(1 for raw in raw_lines if "<ofd:TextCode" in raw) < MIN_TEXT_CODES:
        return None
    found: list[tuple[int, float | None, str]] = []
    x: float | None = None
    for number, raw in enumerate(raw_lines, start=1):
        if (placed := _BOUNDARY.search(raw)) is not None:
            x = float(placed["x"])
        for code in _TEXT_CODE.finditer(raw):
            found.append((number, x, html.unescape(code["text"])))
            x = None  # (a second TextCode of one object carries on its line)
    margins = [x for _, x, _ in found if x is not None]
    margin = min(margins) if margins else 0.0
    lines = [("\u3000\u3000" if x is not None and x > margin + INDENT else "") + text
             for _, x, text in found]
    return lines, [number for number, _, _ in found]
