"""A guideline scanned to DjVu and its hidden text dumped with `djvused -u -e output-txt`: per
page a `select "p0005.djvu"` / `set-txt` script around S-expressions `(page …(column …(para …
(line x0 y0 x1 y1 "text"))))`, each printed line a `(line …)` with its coordinates. Read back as
each paragraph's lines joined on the line of its first (a heading the page width cut over two
lines is one again); the script, the coordinates and the brackets blank.
"""

from __future__ import annotations

import re

_LINE = re.compile(r'^\s*\(line(?:\s+-?\d+){4}\s+"(?P<text>(?:[^"\\]|\\.)*)"\)*\s*$')
_PARA = re.compile(r"^\s*\(para(?:\s+-?\d+){4}\s*$")
_PAGE = re.compile(r"^\s*\(page(?:\s+-?\d+){4}\s*$|^\s*select\s+\"[^\"]*\"|^\s*set-txt\s*$")
_ESCAPE = re.compile(r"\\(.)")
MIN_LINES = 5


def is_djvu_text(raw_lines: list[str]) -> bool:
    """djvused's text script: pages and paragraphs of (line …) expressions."""
    if not any("(line" in raw for raw in raw_lines):
        return False
    return sum(1 for raw in raw_lines if _LINE.match(raw)) >= MIN_LINES \
        and any(_PAGE.match(raw) for raw in raw_lines) \
        and any(_PARA.match(raw) for raw in raw_lines)


def as_read(raw_lines: list[str]) -> list[str]:
    """The pages' paragraphs (unchanged when the lines are no djvused dump)."""
    if not is_djvu_text(raw_lines):
        return raw_lines
    out = [""] * len(raw_lines)
    paragraph: int | None = None  # the line holding the paragraph read so far
    for at, raw in enumerate(raw_lines):
        if _PARA.match(raw) or _PAGE.match(raw):
            paragraph = None
            continue
        line = _LINE.match(raw)
        if line is None:
            continue
        text = _ESCAPE.sub(r"\1", line["text"]).strip()
        if paragraph is None:
            paragraph, out[at] = at, text
        else:
            out[paragraph] += text
    return out
