"""A guideline laid out as an AutoCAD drawing and passed on as DXF: every line a group code or
its value; headings as TEXT entities (code 1), paragraphs as MTEXT whose text over 250
characters is cut into code-3 chunks before the last (code 1), with {\\f…;} font codes and \\P
paragraph breaks; the firm's notes and the title block on layers of their own. Read as the
texts of the layer that holds the guideline, in drawing order; each paragraph citing the line
its entity's text starts on.
"""

from __future__ import annotations

import re
from collections import Counter

_FORMAT = re.compile(r"\\[fFCcHhTtQqWwAa][^;\\]*;|\\[LlOoKk]|[{}]")
_TEXT_ENTITIES = ("TEXT", "MTEXT", "ATTRIB")
_ASIDE = re.compile(r"批注|注释|图框|图签|标题栏|审图|修改|markup|border|title\s*block|notes?$",
                    re.I)
MIN_TEXTS = 5


def _pairs(raw_lines: list[str]) -> list[tuple[str, str, int]] | None:
    """(group code, value, 1-based line of the value)."""
    if len(raw_lines) < 20 or raw_lines[0].strip() != "0" or raw_lines[1].strip() != "SECTION":
        return None
    pairs = []
    for index in range(0, len(raw_lines) - 1, 2):
        code = raw_lines[index].strip()
        if not code.lstrip("-").isdigit():
            return None
        pairs.append((code, raw_lines[index + 1].rstrip("\r"), index + 2))
    return pairs


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The drawing's texts and the line (1-based) each starts on; None when the file is no
    DXF."""
    pairs = _pairs(raw_lines)
    if pairs is None:
        return None
    texts: list[tuple[str, str, int]] = []  # (layer, text, line)
    kind, layer, chunks, at = "", "", list[str](), 0
    for code, value, number in [*pairs, ("0", "EOF", 0)]:
        if code == "0":
            if kind in _TEXT_ENTITIES and chunks:
                texts.append((layer, "".join(chunks), at))
            kind, layer, chunks, at = value.strip(), "", [], 0
        elif code == "8":
            layer = value.strip()
        elif code in ("1", "3") and kind in _TEXT_ENTITIES:
            at = at or number
            chunks.append(value)
    if len(texts) < MIN_TEXTS:
        return None
    # the layers that carry the guideline: most of its words, not a reviewer's notes or the
    # drawing's frame and title block
    size = Counter[str]()
    for layer, text, _ in texts:
        size[layer] += len(text)
    total = sum(size.values()) or 1
    kept = {layer for layer, chars in size.items()
            if chars >= 0.2 * total or (chars >= 0.05 * total and not _ASIDE.search(layer))}
    lines: list[str] = []
    numbers: list[int] = []
    for layer, text, number in texts:
        if layer not in kept:
            continue
        for part in _FORMAT.sub("", text).split("\\P"):
            if part.strip():
                lines.append(part.strip())
                numbers.append(number)
    return (lines, numbers) if lines else None
