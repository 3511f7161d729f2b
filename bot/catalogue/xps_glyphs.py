"""A guideline printed to XPS (Microsoft XPS Document Writer), its page files (`.fpage`) as text:
each printed run a `<Glyphs>` element whose words are only in its `UnicodeString` attribute,
placed by `OriginX` / `OriginY`. A printed line may be several runs (a code set in another
font after its title: …研发〔 ⏎ DY2024GY01 ⏎ 〕), and a drawn table's cells come out as runs of
their own.

Read as the page prints: the runs of each page by their baseline, top to bottom, each line's
runs left to right joined (a wide gap between them a tab, as between a table's cells); each
line cites the line of the file its first run stands on.
"""

from __future__ import annotations

import html
import itertools
import re
from dataclasses import dataclass

_GLYPHS = re.compile(r"<Glyphs\b[^>]*?\bUnicodeString=\"(?P<text>[^\"]*)\"")
_ORIGIN_X = re.compile(r"\bOriginX=\"(?P<x>[-\d.]+)\"")
_ORIGIN_Y = re.compile(r"\bOriginY=\"(?P<y>[-\d.]+)\"")
_SIZE = re.compile(r"\bFontRenderingEmSize=\"(?P<size>[\d.]+)\"")
_PAGE = re.compile(r"^==>\s*.*?(?:Pages/)?(?P<page>\d+)\.fpage\s*<==|<FixedPage\b")
MIN_RUNS = 10
BASELINE_SLACK = 1.0  # runs this close in height share a printed line


@dataclass(frozen=True)
class _Run:
    page: int
    y: float
    x: float
    size: float
    text: str
    line: int


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The printed lines in reading order and the line (1-based) each starts on; None when the
    text is no XPS page markup."""
    if sum(1 for raw in raw_lines if "<Glyphs" in raw) < MIN_RUNS:
        return None  # (read first for every document: a cheap look before any pattern)
    runs: list[_Run] = []
    page = 0
    for number, raw in enumerate(raw_lines, start=1):
        if _PAGE.search(raw):
            page += 1
        glyphs = _GLYPHS.search(raw)
        x, y = _ORIGIN_X.search(raw), _ORIGIN_Y.search(raw)
        if glyphs is None or x is None or y is None:
            continue
        size = _SIZE.search(raw)
        runs.append(_Run(page, float(y["y"]), float(x["x"]), float(size["size"]) if size else 0,
                         html.unescape(glyphs["text"]), number))
    if len(runs) < MIN_RUNS:
        return None
    lines: list[str] = []
    numbers: list[int] = []
    runs.sort(key=lambda run: (run.page, run.y, run.x))
    current: list[_Run] = []
    for run in [*runs, None]:
        if current and (run is None or run.page != current[0].page
                        or abs(run.y - current[0].y) > BASELINE_SLACK):
            lines.append(_joined(current))
            numbers.append(min(r.line for r in current))
            current = []
        if run is not None:
            current.append(run)
    return lines, numbers


def _joined(runs: list[_Run]) -> str:
    """A printed line's runs left to right: next to each other joined, apart by more than two
    characters' width a tab (a table's cells)."""
    said = runs[0].text
    for before, run in itertools.pairwise(runs):
        width = (before.size or 16) * len(before.text)
        gap = run.x - (before.x + width)
        said += ("\t" if gap > 2 * (before.size or 16) else "") + run.text
    return said
