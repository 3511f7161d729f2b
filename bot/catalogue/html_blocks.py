"""A guideline saved as an HTML page whose source wraps freely — Word's "Web Page (*.htm)" above
all: a paragraph's <p …> and its spans broken over many source lines, the outline's 一、/（一）/1．
only inside <![if !supportLists]>…<![endif]> blocks, figures in <span lang=EN-US> cut onto the
next source line. Read as the page shows it: one line per block (<p>, <h1>…<h6>, <li>, a table
row's cells tab-separated), each citing the source line its visible text starts on.
"""

from __future__ import annotations

import html
import re

_HEAD = re.compile(r"<head\b.*?</head\s*>|<style\b.*?</style\s*>|<script\b.*?</script\s*>"
                   r"|<!--.*?-->", re.S | re.I)
_BLOCK = re.compile(r"<(?P<tag>p|h[1-6]|li|tr|caption|dt|dd)\b[^>]*>(?P<body>.*?)</(?P=tag)\s*>",
                    re.S | re.I)
_CELL_END = re.compile(r"</t[dh]\s*>", re.I)
_TAG = re.compile(r"<!\[(?:if[^\]]*|endif)\]>|<[^>]*>", re.S)
_WORD_END = re.compile(r"[A-Za-z0-9.,;:%)]$")
_WORD_START = re.compile(r"^[A-Za-z0-9(]")
MIN_BLOCKS = 8


def _blanked(source: str) -> str:
    """The source with what the page never shows (head, styles, scripts, comments) turned to
    spaces, newlines kept, so every offset still names its line."""
    return _HEAD.sub(lambda m: re.sub(r"[^\n]", " ", m[0]), source)


_PIECES = re.compile(r"(<!\[(?:if[^\]]*|endif)\]>|<[^>]*>)", re.S)


def _shown(cell: str) -> str:
    """A cell's visible text, its source line breaks undone (a space kept between words)."""
    words: list[str] = []
    for part in _PIECES.split(cell):
        if part.startswith("<"):
            continue
        for line in html.unescape(part).replace("\xa0", " ").split("\n"):
            chunk = line.strip(" \t\r")
            if chunk:
                joint = " " if words and _WORD_END.search(words[-1]) \
                    and _WORD_START.match(chunk) else ""
                words.append(joint + chunk)
    return re.sub(r"[ \t]{2,}", " ", "".join(words)).strip()


def _text(body: str, start: int) -> tuple[str, int] | None:
    """A block's visible text (a row's cells tab-separated) and the offset its first visible
    character has in the source."""
    offset, first, label = start, None, False
    for part in _PIECES.split(body):
        label = (label or part.startswith("<![if")) and not part.startswith("<![endif")
        if not label and not part.startswith("<") \
                and html.unescape(part).replace("\xa0", " ").strip():
            # (the list's own label, 1． in <![if !supportLists]>, is Word's, not the text's)
            first = offset + len(part) - len(part.lstrip())
            break
        offset += len(part)
    cells = [_shown(cell) for cell in _CELL_END.split(body)]
    text = "\t".join(cell for cell in cells if cell)
    return (text, first) if text and first is not None else None


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The page's blocks and the line (1-based) each one's text starts on; None when the text
    is no HTML page of paragraphs."""
    head = "\n".join(raw_lines[:40]).lower()
    if "<html" not in head and "<body" not in head:
        return None
    source = _blanked("\n".join(raw_lines))
    lines: list[str] = []
    numbers: list[int] = []
    for block in _BLOCK.finditer(source):
        read = _text(block["body"], block.start("body"))
        if read is None:
            continue
        text, at = read
        lines.append(text)
        numbers.append(source.count("\n", 0, at) + 1)
    return (lines, numbers) if len(lines) >= MIN_BLOCKS else None
