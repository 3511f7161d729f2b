"""A text-layer PDF read as its printed lines, and the lines a page's width wrapped joined again.

Bureaus publish the guideline as Word's or WPS's 导出为PDF: body paragraphs justified to the right
margin with a first-line indent, headings that may wrap, a running header and a page number on
every page, ruled tables whose cells wrap. pdfminer.six (the field's layout-aware reader) gives
each glyph with its box; glyphs at one height are one printed line, read left to right, cells
side by side joined by a tab. A leaf cites its printed line (page after page, top to bottom), so
joining a wrapped paragraph keeps every line where it is: the paragraph is read whole on its
first printed line and the lines it went on over are left empty.
"""

from __future__ import annotations

import io
import itertools
import math
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from bot.catalogue.numbers import (
    LISTED_OPENING,
    OUTLINED,
    PAGE_NUMBER,
    holds_outline,
    opens_next_item,
)

# Pieces of one printed line further apart than this many characters are cells side by side.
CELL_GAP_CHARS = 2.0
# Pieces further apart than this (in characters) are words, if both sides are Latin.
WORD_GAP_CHARS = 0.2
# ... and this, whatever the characters (both beyond the run's usual spacing).
SPACE_GAP_CHARS = 0.5
# Glyphs on baselines closer than this (in characters) are on one line.
LINE_GAP = 0.4
# A drawn line or box side thinner than this (points) is a table's ruling.
RULE_THICKNESS = 2.0
# A line broke at the right margin when its next line's first word would not have fitted
# within this many characters of the margin.
FIT_SLACK_CHARS = 0.5
# The body's left edge: a line starting within this many characters of it is not indented.
FLUSH_SLACK_CHARS = 0.5
# a line starting further in than this from the body's left edge was set to the right or
# centred (a signature, a date): no paragraph wraps from it
RIGHT_SET_CHARS = 6
# Text set below this share of the body's size is a note or a running header, not body text.
SMALLER = 0.85
_SENTENCE_ENDS = tuple("。；;！？!?：:")
# what a PDF's page furniture adds to the page numbers the outline knows (— 3 —, 第3页 共9页,
# 3/9): a bare 3, a fax's P.05/07, an OCR layer's 一 3 一
_PAGE_NUMBER_TOO = re.compile(r"^(?:[Pp]\.?\s*)?\d{1,4}(?:\s*[/／]\s*\d{1,4})?$"
                              r"|^一\s*\d{1,4}\s*一$")
_DIGITS = re.compile(r"\d+")


def _page_number(text: str) -> bool:
    text = text.strip()
    return bool(PAGE_NUMBER.match(text) or _PAGE_NUMBER_TOO.match(text))


@dataclass
class PrintedLine:
    """One baseline's text on a page, and where it starts and ends (PDF points)."""

    page: int
    text: str
    x0: float
    x1: float
    top: float
    size: float  # the glyphs' height: a character's width in Chinese text
    cells: int = 1
    ruled: bool = False  # in a ruled table row: read whole on the row's first line
    cell_texts: list[str] = field(default_factory=list)  # a ruled row's cells, empty ones too
    lead: float = 0.0  # the width of its first word: what would have had to fit on the line above
    glyphs: list[_Char] = field(default_factory=list, repr=False)  # where each character is
    page_width: float = 0.0  # (a landscape page among portrait ones has margins of its own)
    note: int = 0  # a footnote at the page's foot: 1 on the block's first line, 2 on the others
    # a direction a ruled row's name cell lists on this printed line (1.概念验证中心建设…): the
    # row again, that item in the cell, its other cells stated once for the row's items
    listed: bool = False
    # the notes in the right margin beside this line and those under it (支持额度：…；实施期限：…)
    margin: str = ""
    # a label's row: its value cell's paragraphs, each with the printed line it opens on and
    # whether it opens there (a cell gone on from the page before may open mid-paragraph)
    paragraphs: list[tuple[PrintedLine, str, bool]] = field(default_factory=list, repr=False)


@dataclass(frozen=True)
class _Char:
    text: str
    x0: float
    x1: float
    y0: float
    size: float
    base: float  # its baseline (the glyph's origin): y0 less its descent


@dataclass(frozen=True)
class _Cell:
    """A table cell as its ruling draws it: the row's top and bottom, the column's left edge."""

    top: float
    bottom: float
    left: float


class NoText(Exception):
    """The PDF could not be read: `kind` says why (``password``, ``broken``)."""

    def __init__(self, reason: str, kind: str) -> None:
        super().__init__(reason)
        self.kind = kind


def printed_lines(data: bytes) -> tuple[list[PrintedLine], int]:
    """Every page's printed lines, top to bottom, and the number of pages; NoText when
    pdfminer cannot read the file."""
    from pdfminer.high_level import extract_pages
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psexceptions import PSException

    result: list[PrintedLine] = []
    shown = 0  # the pages as printed: a sheet printed two-up holds two
    try:
        for page in extract_pages(io.BytesIO(data)):
            chars, across, down = _page_items(page)
            for glyphs, rules, walls, width in _two_up(chars, across, down, page.width,
                                                      page.height):
                shown += 1
                printed = []
                for part, part_width, ruling in _in_columns(glyphs, rules, walls, width,
                                                            page.height):
                    for line in _page_lines(shown, part, ruling):
                        line.page_width = part_width
                        printed.append(line)
                _mark_footnotes(printed, rules, width)
                result.extend(printed)
    except PDFPasswordIncorrect:
        raise NoText("the PDF opens only with a password: send it without one, or the "
                     ".docx", "password") from None
    except (PDFSyntaxError, PDFEncryptionError, PSException, ValueError,
            KeyError, TypeError, AssertionError) as exc:
        raise NoText(f"not a readable PDF: {exc or type(exc).__name__}", "broken") from None
    _line_numbers(result)
    mend_split_rows(result)
    _headed_values(result)
    _margin_notes(result)
    _aligned_unruled_rows(result)
    return result, shown


Segment = tuple[float, float, float]  # where it lies across, from, to

# A sheet printed two-up (two A5 pages side by side on a landscape A4): an empty band this
# share of the sheet's width either side of its middle, and text in both halves
GUTTER_SHARE = 0.03
MIN_HALF_GLYPHS = 40


def _two_up(chars: list[_Char], across: list[Segment], down: list[Segment], width: float,
            height: float) -> list[tuple[list[_Char], list[Segment], list[Segment], float]]:
    """The pages a sheet holds, in reading order: the sheet itself, or — printed two-up, a
    landscape sheet with no glyph and no rule crossing a band down its middle — its left page,
    then its right page (each with its own header and page number), the right one's glyphs
    and rules moved to its own left edge."""
    middle, band = width / 2, width * GUTTER_SHARE
    left = [c for c in chars if c.x1 <= middle - band]
    right = [c for c in chars if c.x0 >= middle + band]
    if width <= height or len(left) + len(right) != len(chars) \
            or min(len(left), len(right)) < MIN_HALF_GLYPHS \
            or any(x0 < middle < x1 for _, x0, x1 in across):
        return [(chars, across, down, width)]
    moved = [_Char(c.text, c.x0 - middle, c.x1 - middle, c.y0, c.size, c.base) for c in right]
    # (the printer's line at the sheet's foot, under both pages' folios though set on the left:
    # the sheet's, read after both pages)
    size = statistics.median(c.size for c in chars)
    foot = min(c.y0 for c in right) - size
    moved += [c for c in left if c.y0 < foot]
    left = [c for c in left if c.y0 >= foot]
    return [(left, [a for a in across if a[2] <= middle], [d for d in down if d[0] < middle],
             middle),
            (moved, [(y, x0 - middle, x1 - middle) for y, x0, x1 in across if x0 >= middle],
             [(x - middle, y0, y1) for x, y0, y1 in down if x >= middle], middle)]


# A page set in two columns (a 政府公报's): a band down the middle, at least this wide (in
# characters), that no body line crosses, and at least this many lines either side of it
COLUMN_GUTTER_CHARS = 0.8
HANGING = frozenset("，。、；：！？,.;:)）」』”’")
MIN_COLUMN_ROWS = 8
# each column's lines fill it: their median width at least this share of the column's
# (not a key | value layout, whose short labels leave the left side mostly empty)
COLUMN_FILL = 0.4
# columns whose lines share a baseline (nine in ten within this share of a character's
# height) are read a printed line at a time, both columns' pieces on it
ALIGNED_SHARE = 0.1


def _in_columns(chars: list[_Char], rules: list[Segment], walls: list[Segment],
                width: float, height: float = 0.0) -> list[tuple[list[_Char], float, _Ruling]]:
    """A page's glyphs in reading order, each part with the width its lines are measured
    against and the ruling its cells are read by: as they stand, or — set in two columns with
    a gutter down the middle that no body line crosses — band by band (a heading across both
    columns parts the bands), each band's left column, then its right (moved to the left
    column's edge, so a line that fills either column is seen to wrap, and a table ruled
    inside it moved with it); a line crossing the gutter (the running header, a page number)
    stays whole where it stands."""
    whole = [(chars, width, _Ruling(rules, walls))]
    if len(chars) < 2 * MIN_HALF_GLYPHS:
        return whole
    rows = _baselines(sorted(chars, key=lambda c: (-c.y0, c.x0)))
    size = sorted(c.size for c in chars)[len(chars) // 2]
    if width > height and (panels := _panels(rows, size, rules, walls, width)) is not None:
        return panels
    found = _gutter(rows, width, size, walls)
    if found is None or _ruled_across(found, rules, walls):
        return whole
    low, high = found
    # (a line crosses where its glyphs cover the gutter's middle: a column's full lines may
    # reach into the band's edges, which a few lines are allowed to cross)
    # (a line's last comma or full stop hung past the column's edge, as Word lets punctuation
    # overflow, crosses nothing)
    third = (high - low) / 3
    crossing = [any(c.x1 > low + third and c.x0 < high - third and c.text not in HANGING
                    for c in row) for row in rows]
    gaps = [a[0].y0 - b[0].y0 for a, b in itertools.pairwise(rows)]
    usual = sorted(gaps)[len(gaps) // 2] if gaps else 0.0
    for end, gap in ((0, gaps[0] if gaps else 0.0), (len(rows) - 1, gaps[-1] if gaps else 0.0)):
        if gap > 1.5 * usual:  # the running header or footer, set apart from the columns
            crossing[end] = True
    # (the notes at the page's foot, in smaller print under one column: the footer's too)
    for end in range(len(rows) - 1, -1, -1):
        if not crossing[end] and max(c.size for c in rows[end]) >= SMALLER * size:
            break
        crossing[end] = True
    body = [c for row, crosses in zip(rows, crossing, strict=True) if not crosses for c in row]
    shift = min((c.x0 for c in body if c.x1 > high), default=high) \
        - min((c.x0 for c in body if c.x1 <= high), default=0.0)
    ruling = whole[0][2]
    sides = (ruling, _Ruling([(y, x0 - shift, x1 - shift) for y, x0, x1 in rules],
                             [(x - shift, y0, y1) for x, y0, y1 in walls]))

    def columns(band: list[list[_Char]]) -> list[tuple[list[_Char], float, _Ruling]]:
        left = [c for row in band for c in row if c.x1 <= high]
        right = [replace(c, x0=c.x0 - shift, x1=c.x1 - shift)
                 for row in band for c in row if c.x1 > high]
        return [(part, low, side) for part, side in zip((left, right), sides, strict=True)
                if part]

    # (a rule across both columns — a shaded banner's edge over a section's heading — parts
    # the bands above and below it, though the banner's words keep to the left of the gutter)
    parting = sorted(y for y, x0, x1 in rules if x0 < low and x1 > high)
    return _in_bands(rows, crossing, columns, (width, ruling), parting)


def _in_bands(rows: list[list[_Char]], crossing: list[bool],
              split: Callable[[list[list[_Char]]], list[Part]], whole: tuple[float, _Ruling],
              parting: list[float] | None = None) -> list[Part]:
    """The page's parts in reading order: the lines between those crossing a gutter (kept
    whole where they stand, with the page's `whole` width and ruling) and the rules in
    `parting`, each such band `split` into its columns or panels."""
    groups: list[Part] = []
    band: list[list[_Char]] = []
    above = math.inf
    for row, crosses in zip(rows, crossing, strict=True):
        if any(row[0].y0 < y < above for y in parting or []):
            groups += split(band)
            band = []
        above = row[0].y0
        if crosses:
            groups += [*split(band), (row, *whole)]
            band = []
        else:
            band.append(row)
    return groups + split(band)


# A landscape sheet folded in three (a 明白纸 leaflet): at least two gutters down it, each panel
# at least this many lines
MIN_PANEL_ROWS = 4


def _panels(rows: list[list[_Char]], size: float, rules: list[Segment], walls: list[Segment],
            width: float) -> list[Part] | None:
    """A landscape sheet of three (or more) panels side by side, each on baselines of its own:
    panel by panel, left to right, each moved to the sheet's left edge (a line crossing a
    gutter — the sheet's footer — parts the panels above it from those below, and stays
    whole), else None. Panels on one baseline grid are a table's columns, read a line at a
    time; two columns are `_gutter`'s."""
    spans = [_merged_spans(row, size) for row in rows]
    margin = min(x0 for row in spans for x0, _ in row)
    edge = max(x1 for row in spans for _, x1 in row)
    step = max(size / 4, 0.5)
    xs = [margin + i * step for i in range(1, int((edge - margin) / step))]
    allowed = max(2, len(rows) // CROSSED[0])
    counts = [sum(1 for row in spans if any(x0 < x < x1 for x0, x1 in row)) for x in xs]
    gutters: list[tuple[float, float]] = []
    start = None
    for x, count in zip(xs, counts, strict=True):
        if count <= allowed and start is None:
            start = x
        elif count > allowed and start is not None:
            if x - step - start >= COLUMN_GUTTER_CHARS * size - step:
                gutters.append((start, x - step))
            start = None
    if len(gutters) < 2:
        return None
    cuts = [(low + high) / 2 for low, high in gutters]

    def panel(x: float) -> int:
        return sum(1 for cut in cuts if x > cut)

    crossing = [any(c.text not in HANGING and any(c.x0 < (low + 2 * high) / 3
                                                  and c.x1 > (2 * low + high) / 3
                                                  for low, high in gutters) for c in row)
                for row in rows]
    gaps = [a[0].base - b[0].base for a, b in itertools.pairwise(rows)]
    usual = sorted(gaps)[len(gaps) // 2] if gaps else 0.0
    if gaps and gaps[0] > 1.5 * usual:  # the sheet's header or footer, set apart from the panels
        crossing[0] = True
    if gaps and gaps[-1] > 1.5 * usual:
        crossing[-1] = True
    held = [[c for row, crosses in zip(rows, crossing, strict=True) if not crosses
             for c in row if panel((c.x0 + c.x1) / 2) == k] for k in range(len(cuts) + 1)]
    lines = [_baselines(sorted(part, key=lambda c: (-c.y0, c.x0))) for part in held]
    if any(len(part) < MIN_PANEL_ROWS for part in lines):
        return None
    # (panels on one grid are columns of a table: each printed line holds them all)
    offsets = sorted(abs(min(c.base for c in row if panel((c.x0 + c.x1) / 2) == k)
                         - min(c.base for c in row if panel((c.x0 + c.x1) / 2) == k + 1))
                     for row in rows for k in range(len(cuts))
                     if {k, k + 1} <= {panel((c.x0 + c.x1) / 2) for c in row})
    if len(offsets) >= MIN_COLUMN_ROWS and offsets[len(offsets) * 9 // 10] < ALIGNED_SHARE * size:
        return None
    # (a panel's text runs on, filling it; a table's cells stand apart)
    bounds = [margin, *cuts, edge]
    pieces = [[_merged_spans(line, size) for line in part] for part in lines]
    fills = sorted((max(x1 for _, x1 in spans_) - min(x0 for x0, _ in spans_))
                   / (bounds[k + 1] - bounds[k])
                   for k, part in enumerate(pieces) for spans_ in part)
    if fills[len(fills) // 2] < COLUMN_FILL \
            or sum(1 for part in pieces for spans_ in part if _pieces_apart(spans_, size)) * 5 \
            > len(fills):
        return None

    def panelled(band: list[list[_Char]]) -> list[Part]:
        parts: list[Part] = []
        for k in range(len(cuts) + 1):
            left, right = bounds[k], bounds[k + 1]
            shift = left - margin  # (to the first panel's margin; its right edge, its width)
            part = [replace(c, x0=c.x0 - shift, x1=c.x1 - shift) for row in band for c in row
                    if panel((c.x0 + c.x1) / 2) == k]
            if part:
                parts.append((part, right - shift, _Ruling(
                    [(y, x0 - shift, x1 - shift) for y, x0, x1 in rules
                     if x0 >= left - 1 and x1 <= right + 1],
                    [(x - shift, y0, y1) for x, y0, y1 in walls if left <= x <= right])))
        return parts

    return _in_bands(rows, crossing, panelled, (width, _Ruling(rules, walls)))


def _ruled_across(gutter: tuple[float, float], rules: list[Segment],
                  walls: list[Segment]) -> bool:
    """Whether a table is ruled across the gutter — walls either side of it, or a rule over it
    that walls meet — so its walls part cells, not columns (one ruled inside a column, beside
    the other column's text, is that column's; a rule under the running header is none)."""
    low, high = gutter
    return (any(x < low for x, _, _ in walls) and any(x > high for x, _, _ in walls)) \
        or any(x0 < low and x1 > high and any(x0 - 1 <= x <= x1 + 1 and y0 - 1 <= y <= y1 + 1
                                              for x, y0, y1 in walls)
               for y, x0, x1 in rules)


# at most one line in this many may cross a gutter; a page whose sections each open with a
# banner across both columns has more: tried when a gutter few lines cross is not found
CROSSED = (10, 4)


def _gutter(rows: list[list[_Char]], width: float, size: float,
            walls: list[Segment]) -> tuple[float, float] | None:
    """The widest band in the middle of the page that at most a few lines cross (one in ten,
    else one in four), where full lines of text stand either side of it (x from, to), else
    None."""
    spans = [_merged_spans(row, size) for row in rows]
    step = max(size / 4, 0.5)
    xs = [width * COLUMN_SHARE + i * step
          for i in range(int(width * (1 - 2 * COLUMN_SHARE) / step) + 1)]
    counts = [sum(1 for row in spans if any(x0 < x < x1 for x0, x1 in row)) for x in xs]
    for crossed in CROSSED:
        found = _band(rows, spans, xs, step, counts, size, walls, max(2, len(rows) // crossed))
        if found is not None:
            return found
    return None


def _band(rows: list[list[_Char]], spans: list[list[tuple[float, float]]], xs: list[float],
          step: float, counts: list[int], size: float, walls: list[Segment],
          allowed: int) -> tuple[float, float] | None:
    """`_gutter` for at most `allowed` lines crossing (`counts` lines cross each of `xs`)."""
    best: tuple[float, float] | None = None
    start = None
    for x, count in zip([*xs, None], [*counts, allowed + 1], strict=True):
        if count <= allowed and start is None:
            start = x
        elif count > allowed and start is not None:
            end = x - step if x is not None else xs[-1]
            if best is None or end - start > best[1] - best[0]:
                best = (start, end)
            start = None
    if best is None or best[1] - best[0] < COLUMN_GUTTER_CHARS * size - step:
        return None
    low, high = best
    middle = (low + high) / 2
    whole = [i for i, row in enumerate(spans) if not any(x0 < high and x1 > low for x0, x1 in row)]
    left = [i for i in whole if any(x1 <= high for _, x1 in spans[i])]
    right = [i for i in whole if any(x0 >= low for x0, _ in spans[i])]
    if min(len(left), len(right)) < MIN_COLUMN_ROWS:
        return None
    offsets = sorted(abs(min(c.y0 for c in row if c.x1 <= high)
                         - min(c.y0 for c in row if c.x0 >= low)) for row in rows
                     if any(c.x1 <= high for c in row) and any(c.x0 >= low for c in row))
    if len(offsets) >= MIN_COLUMN_ROWS and offsets[len(offsets) * 9 // 10] < ALIGNED_SHARE * size:
        return None  # (columns on one baseline grid: each printed line holds both, read so)

    def walled(i: int, on_right: bool) -> bool:
        """Whether walls on that side of the gutter stand beside the line: a table's row."""
        return any((x > middle) == on_right and y0 - 1 <= rows[i][0].y0 <= y1 + 1
                   for x, y0, y1 in walls)

    # (a table's cells stand apart on a line, a column's text runs on; unless walls part them:
    # a table ruled inside one column, beside the other's text)
    if sum(1 for i in left if not walled(i, False)
           and _pieces_apart([s for s in spans[i] if s[1] <= high], size)) * 5 > len(left) \
            or sum(1 for i in right if not walled(i, True)
                   and _pieces_apart([s for s in spans[i] if s[0] >= low], size)) * 5 > len(right):
        return None
    margin = min(x0 for row in spans for x0, _ in row)
    edge = max(x1 for row in spans for _, x1 in row)
    lefts = sorted(max(x1 for x0, x1 in spans[i] if x1 <= high) - margin for i in left)
    rights = sorted(edge - min(x0 for x0, x1 in spans[i] if x0 >= low) for i in right)
    if lefts[len(lefts) // 2] < COLUMN_FILL * (low - margin) \
            or rights[len(rights) // 2] < COLUMN_FILL * (edge - high):
        return None
    return best


def _merged_spans(row: list[_Char], size: float) -> list[tuple[float, float]]:
    """Where a line's glyphs stand across the page, glyphs set close together as one span."""
    return [(group[0].x0, max(c.x1 for c in group))
            for group in _gap_groups(sorted(row, key=lambda c: c.x0), WORD_GAP_CHARS * size)]


def _pieces_apart(spans: list[tuple[float, float]], size: float) -> bool:
    """Whether a line's glyphs stand in pieces more than a cell's gap apart."""
    return any(b[0] - a[1] > CELL_GAP_CHARS * size for a, b in itertools.pairwise(spans))


def _page_items(page: Iterable[object]) -> tuple[list[_Char], list[Segment], list[Segment]]:
    """A page's glyphs and its ruling: horizontal segments (y, x0, x1), vertical (x, y0, y1)."""
    from pdfminer.layout import LTChar, LTCurve

    chars: list[_Char] = []
    across: list[Segment] = []
    down: list[Segment] = []
    stack = list(page)
    while stack:
        item = stack.pop()
        if isinstance(item, LTChar):
            # (an OA system's watermark — 内部资料, who downloaded it and when — set across the
            # page at a slant: no printed line's text)
            a, b = item.matrix[0], item.matrix[1]
            if item.get_text() and abs(b) <= SLANT * abs(a):
                chars.append(_Char(item.get_text(), item.x0, item.x1, item.y0, item.size,
                                   item.matrix[5]))
        elif isinstance(item, LTCurve):  # lines and rectangles are curves too
            x0, y0, x1, y1 = item.bbox
            if y1 - y0 <= RULE_THICKNESS and x1 - x0 > RULE_THICKNESS:
                across.append(((y0 + y1) / 2, x0, x1))
            elif x1 - x0 <= RULE_THICKNESS and y1 - y0 > RULE_THICKNESS:
                down.append(((x0 + x1) / 2, y0, y1))
            elif x1 - x0 > RULE_THICKNESS and y1 - y0 > RULE_THICKNESS and not item.fill:
                across += [(y0, x0, x1), (y1, x0, x1)]  # a stroked box: a cell's four sides
                down += [(x0, y0, y1), (x1, y0, y1)]
        elif isinstance(item, Iterable) and not isinstance(item, (str, bytes)):
            stack.extend(item)
    return chars, across, down


_HANGING = frozenset("。，、；：！？.,;:!?）)”’")  # punctuation Word lets hang past a line's end


class _Ruling:
    """Which table cell, if any, a glyph sits in: ruled above, below, left and right of it."""

    def __init__(self, across: list[Segment], down: list[Segment]) -> None:
        self.across = sorted(across)
        self.down = sorted(down)

    def cell(self, x: float, y: float) -> _Cell | None:
        above = [a for a, x0, x1 in self.across if a > y and x0 - 1 <= x <= x1 + 1]
        below = [a for a, x0, x1 in self.across if a < y and x0 - 1 <= x <= x1 + 1]
        if not above or not below:
            # (a cell merged down past the page's last row, as an Excel export leaves its 专题
            # column, has no rule under it: the row's rules reaching the walls beside it)
            walls = self._walls_at(y)
            beside = (max((d for d in walls if d < x), default=None),
                      min((d for d in walls if d > x), default=None))
            if None in beside:
                return None
            reach = [(a, x0, x1) for a, x0, x1 in self.across
                     if any(x0 - 1 <= wall <= x1 + 1 for wall in beside if wall is not None)]
            above = above or [a for a, _, _ in reach if a > y]
            below = below or [a for a, _, _ in reach if a < y]
            if not above or not below:
                return None
        top, bottom = min(above), max(below)
        sides = [d for d, y0, y1 in self.down if y0 - 1 <= bottom and top <= y1 + 1]
        if not any(d < x for d in sides) or not any(d > x for d in sides):
            # (a cell merged over two rows, walled row by row: the walls beside the glyph)
            sides = self._walls_at(y)
        left = [d for d in sides if d < x]
        if not left or not any(d > x for d in sides):
            return None
        return _Cell(top, bottom, max(left))

    def framed(self, cell: _Cell) -> bool:
        """A box drawn around text (a plan's terms 方框 beside its directions): one cell, walled
        left and right only, no rule across it and no wall of a row above or below meeting it
        — its lines are lines of text, not one cell's wrapped paragraph."""
        sides = sorted({round(d, 1) for d in self.walls(cell)})
        if len(sides) != 2:
            return False
        left, right = sides
        if any(cell.bottom + 1 < a < cell.top - 1 and x0 < right and x1 > left
               for a, x0, x1 in self.across):
            return False
        # (a wall of another box down the page, three slides a handout's page, meets it not)
        return not any(left - 1 <= d <= right + 1 and (y1 > cell.top + 1 or y0 < cell.bottom - 1)
                       and y0 <= cell.top + 1 and y1 >= cell.bottom - 1
                       for d, y0, y1 in self.down)

    def walls(self, cell: _Cell) -> list[float]:
        """The vertical rules beside a cell's row."""
        return [d for d, y0, y1 in self.down if y0 - 1 <= cell.bottom and cell.top <= y1 + 1]

    def _walls_at(self, y: float) -> list[float]:
        """The vertical rules drawn at height `y`, whatever rows they wall."""
        return [d for d, y0, y1 in self.down if y0 - 1 <= y <= y1 + 1]

    def lefts(self, cell: _Cell) -> list[float]:
        """The left edges of every column of a cell's row, empty cells' too."""
        sides = sorted(self.walls(cell))
        edges = [x for x, after in itertools.zip_longest(sides, sides[1:])
                 if after is None or after - x > RULE_THICKNESS]
        return edges[:-1]


Part = tuple[list[_Char], float, _Ruling]  # glyphs, the width their lines fill, their ruling


def _glyph_cell(ruling: _Ruling, char: _Char) -> _Cell | None:
    """The cell a glyph is in, by its middle — but a stop Word hangs past a cell's right wall,
    into the next cell, is in the cell it ends: where it starts."""
    y, middle = char.y0 + char.size / 3, (char.x0 + char.x1) / 2
    if char.text in _HANGING:
        return ruling.cell(char.x0 + 0.5, y) or ruling.cell(middle, y)
    return ruling.cell(middle, y)


def _page_lines(page: int, chars: list[_Char], ruling: _Ruling) -> list[PrintedLine]:
    """Glyphs grouped by baseline, read left to right; a ruled table row read as one line."""
    chars.sort(key=lambda char: (-char.y0, char.x0))
    cell_of = {id(char): _glyph_cell(ruling, char)
               for char in chars}  # (asked once a glyph: for the vertical check and its row)
    vertical, stacked = _vertical_cells(chars, cell_of)
    rows = _with_raised_marks([part for row in _baselines(chars)
                               for part in _cells_apart(row, cell_of)])
    lines: list[PrintedLine] = []
    table_rows: dict[_Cell, tuple[int, dict[float, list[list[_Char]]]]] = {}
    printed_at: dict[tuple[_Cell, float], list[int]] = {}  # each cell part's printed line
    merged_cells: dict[_Cell, set[_Cell]] = {}  # a row's cells that span rows below it
    centred: dict[_Cell, list[list[_Char]]] = {}  # merged cells printed amid their rows
    one_block = _one_block_cells(chars, cell_of)
    for row in map(_once, rows):
        if stacked and (kept := [char for char in row if id(char) not in stacked]) != row:
            if not kept:  # (a line of the vertical text alone: a printed line, empty here)
                lines.append(PrintedLine(page, "", row[0].x0, row[-1].x1, row[0].y0,
                                         row[0].size, 0))
                continue
            row = kept
        size = max(char.size for char in row)
        cells = [cell_of[id(char)] if id(char) in cell_of
                 else ruling.cell((char.x0 + char.x1) / 2, char.y0 + char.size / 3)
                 for char in row]
        ruled = [cell for cell in cells if cell is not None]
        # the row's band: what every glyph's cell spans (a cell merged down over the rows
        # below, 牵头要求 written once for rows 4 and 5, spans this row's band too)
        span = (min(c.top for c in ruled), max(c.bottom for c in ruled)) if ruled else None
        own = next((c for c in ruled if (c.top, c.bottom) == span), None)
        walls = ruling.lefts(own) if own else []
        first = _Cell(own.top, own.bottom, min(walls)) if own and walls else None
        beside = _centred_beside(ruled, first, ruling,
                                 {c for cells in merged_cells.values() for c in cells},
                                 one_block) if first and len(ruled) == len(row) else None
        if beside is not None:
            # (the row's own cell: its leftmost, none where the line holds merged text alone)
            row_cell = min(beside, key=lambda c: c.left, default=None)
            # (先进装备制 | 研究… : a merged cell's text set in the middle of the rows it
            # spans, beside a row of its own — or alone on a printed line: it is each row's)
            for cell in {c for c in ruled if c != row_cell}:
                centred.setdefault(cell, []).append(
                    [char for char, c in zip(row, ruled, strict=True) if c == cell])
            whole, row = row, [char for char, c in zip(row, ruled, strict=True) if c == row_cell]
            if not row or row_cell is None:  # (a printed line of no row's text: an empty one)
                lines.append(PrintedLine(page, "", whole[0].x0, whole[-1].x1, whole[0].y0, size,
                                         ruled=True))
                continue
            own = row_cell
            ruled = [row_cell] * len(row)
            walls = ruling.lefts(own)
            first = _Cell(own.top, own.bottom, min(walls)) if walls else None
        if first and len(ruled) == len(row) and not ruling.framed(first) and all(
                c.top == first.top or c.bottom == first.bottom for c in ruled):
            _, columns = table_rows.setdefault(first, (len(lines), {left: [] for left in walls}))
            lines.append(PrintedLine(page, "", row[0].x0, row[-1].x1, row[0].y0, size,
                                     ruled=True))
            for left in sorted({cell.left for cell in ruled}):
                glyphs = [char for char, cell in zip(row, ruled, strict=True)
                          if cell.left == left]
                # (石化产业绿色低碳技 ⏎ 术: a merged cell begun in a row above goes on there)
                begun = next((band for band, cells in merged_cells.items() if band != first
                              and any(c.left == left and c in cells for c in ruled)), None)
                parts = table_rows[begun][1].setdefault(left, []) if begun is not None else []
                if parts and parts[-1] and parts[-1][0].y0 - glyphs[0].y0 <= NEXT_LINE * size:
                    parts.append(glyphs)
                    continue
                columns.setdefault(left, []).append(glyphs)
                printed_at.setdefault((first, left), []).append(len(lines) - 1)
            merged_cells.setdefault(first, set()).update(c for c in ruled if c != own)
            continue
        pieces = _pieces(row, size)
        lines.append(PrintedLine(page, "\t".join(pieces), row[0].x0, row[-1].x1, row[0].y0,
                                 size, len(pieces), lead=_first_word_width(row), glyphs=row))
    for band, (first_line, columns) in table_rows.items():
        lefts = sorted(columns)
        rights = [*lefts[1:], max(ruling.walls(band), default=float("inf"))]
        lines[first_line].cell_texts = [
            _cell_text(columns[left], lines[first_line].size, left, right)
            for left, right in zip(lefts, rights, strict=True)]
        if len(lefts) == 2:
            lines[first_line].paragraphs = _cell_paragraphs(
                columns[lefts[1]], [lines[i] for i in printed_at.get((band, lefts[1]), [])],
                lines[first_line].size, lefts[1], rights[1])
    _merged_down(lines, table_rows, merged_cells)
    _centred_in_rows(lines, table_rows, centred, ruling)
    for band, (first_line, columns) in table_rows.items():
        for cell, said in vertical.items():  # (计划类别 set a character a line down its cell)
            texts, lefts = lines[first_line].cell_texts, sorted(columns)
            spot = next((i for i, x in enumerate(lefts) if abs(x - cell.left) <= RULE_THICKNESS),
                        None)
            if spot is not None and spot < len(texts) and not texts[spot] \
                    and cell.top + RULE_THICKNESS >= band.top \
                    and cell.bottom - RULE_THICKNESS <= band.bottom:
                texts[spot] = said
    for first_line, _ in table_rows.values():
        texts = lines[first_line].cell_texts
        lines[first_line].text, lines[first_line].cells = "\t".join(texts), len(texts)
    # (a 计划类别 cell merged down several rows, its name at its top; the header's 方向名称
    # column, where the class is centred amid its rows, printed with them)
    spanning = {c.left for band, cells in merged_cells.items() for c in cells
                if (c.top, c.bottom) != (band.top, band.bottom)}
    named = next((i for first_line, _ in table_rows.values()
                  for i, text in enumerate(lines[first_line].cell_texts)
                  if _NAME_HEADER.fullmatch(re.sub(r"\s", "", text))), None)
    for band, (first_line, columns) in table_rows.items():
        at = [printed_at.get((band, left), []) for left in sorted(columns)]
        _listed_in_name_cell(lines, first_line, columns, at)
        lefts = sorted(columns)  # (a 计划类别 cell merged down its rows is no row's name)
        _on_its_name_line(lines, first_line, at, frozenset(
            i for i, left in enumerate(lefts) if left in spanning), named)
    _rule_bounded_tables(lines, ruling)
    return lines


MAX_LISTED_TITLE = 40


def _name_cell(texts: list[str], spanning: frozenset[int] = frozenset()) -> int | None:
    """A ruled row's name cell: the first that is no bare 序号 (nor a 计划类别 cell merged
    down its rows, `spanning`)."""
    return next((i for i, text in enumerate(texts)
                 if text and not text.isdigit() and i not in spanning), None)


_NAME_HEADER = re.compile(r"(?:方向|项目|课题|专题|榜单|任务|事项)名称")


def _on_its_name_line(lines: list[PrintedLine], first: int, at: list[list[int]],
                      spanning: frozenset[int], named: int | None) -> None:
    """A ruled row whose cells Word centred vertically beside its tallest (研究内容… over six
    lines, the title, amount and period beside its middle ones), so its first printed line
    holds that cell alone: the row is read on the printed line where its name cell begins, as a
    reader finds it. The name cell is the page header's 方向名称 column (`named`) where it has
    one; a 计划类别 cell merged down its rows (`spanning`) is never it."""
    texts = lines[first].cell_texts
    name = named if named is not None and named < len(texts) and texts[named] \
        else _name_cell(texts, spanning)
    opening = [i for i, printed in enumerate(at)
               if printed and printed[0] == first and i not in spanning]
    if name is None or name >= len(at) or not at[name] or at[name][0] <= first \
            or len(opening) != 1 or len(at[opening[0]]) < max(map(len, at)) \
            or lines[first].listed or any(lines[i].listed for i in at[name]):
        return
    target = lines[at[name][0]]
    target.text, target.cells, target.cell_texts = \
        lines[first].text, lines[first].cells, lines[first].cell_texts
    lines[first].text, lines[first].cells, lines[first].cell_texts = "", 0, []


def _listed_in_name_cell(lines: list[PrintedLine], first: int,
                         columns: dict[float, list[list[_Char]]], at: list[list[int]]) -> None:
    """A ruled row whose name cell (the first that is no bare 序号) lists directions, each
    opening a printed line of its own (科技成果转化服务体系建设 ⏎ 1.概念验证中心建 ⏎ 设（…H03）
    ⏎ 2.…): the row keeps what comes before the list on its first line, and each direction
    is the row again on the printed line it opens, that direction in the cell — as a Word
    row's listing cell is read (`docx_text`)."""
    texts = lines[first].cell_texts
    name = _name_cell(texts)
    if name is None or name >= len(at) or len(at[name]) < 2:
        return
    parts = [_text(part, lines[first].size) for part in sorted(columns.items())[name][1]]
    starts = [k for k, part in enumerate(parts) if LISTED_OPENING.match(part)]
    if len(starts) < 2 or len(parts) != len(at[name]):
        return
    items = ["".join(parts[begin:end]).strip()
             for begin, end in zip(starts, [*starts[1:], len(parts)], strict=True)]
    if any(len(item) > MAX_LISTED_TITLE or "。" in item.rstrip("。") for item in items):
        return  # (points of content, not titles)
    head = "".join(parts[:starts[0]]).strip()
    for item, begin in zip(items, starts, strict=True):
        line = lines[at[name][begin]]
        cells = [*texts[:name], item, *texts[name + 1:]]
        line.text, line.cells, line.cell_texts, line.listed = \
            "\t".join(cells), len(cells), cells, True
    if head:
        texts[name] = head
        lines[first].text = "\t".join(texts)


def _vertical_cells(chars: list[_Char], cell_of: dict[int, _Cell | None]
                    ) -> tuple[dict[_Cell, str], set[int]]:
    """Cells whose text is set vertically, a character a line (a 计划类别 merged down its rows,
    竖排): each cell's text read top to bottom, and the glyphs it took (no row's own)."""
    by_cell: dict[_Cell, list[_Char]] = {}
    for char in chars:
        cell = cell_of.get(id(char))
        if cell is not None:
            by_cell.setdefault(cell, []).append(char)
    found: dict[_Cell, str] = {}
    taken: set[int] = set()
    for cell, glyphs in by_cell.items():
        glyphs.sort(key=lambda char: -char.y0)
        size = max(char.size for char in glyphs)
        if len(glyphs) >= 2 and max(c.x0 for c in glyphs) - min(c.x0 for c in glyphs) <= size / 2 \
                and all(a.y0 - b.y0 >= 0.8 * size for a, b in itertools.pairwise(glyphs)):
            found[cell] = "".join(char.text for char in glyphs)
            taken.update(id(char) for char in glyphs)
    return found, taken


def _baselines(chars: list[_Char]) -> list[list[_Char]]:
    """Glyphs sorted top to bottom, left to right, grouped by line: a line is the glyphs whose
    heights follow each other closely — a scan's OCR layer drifts a point or two along a line
    (jitter, a skewed page), and lines stand a line's spacing apart (a smaller ① or note on
    the baseline is the line's)."""
    rows: list[list[_Char]] = []
    # (by baseline, not by foot: a large callout's glyphs reach lower than the text on its
    # baseline, by their descent)
    for char in sorted(chars, key=lambda char: (-char.base, char.x0)):
        if rows and rows[-1][-1].base - char.base <= _line_gap(rows[-1][-1].size, char.size):
            rows[-1].append(char)
        else:
            rows.append([char])
    split = [_boxes_apart(row) for row in rows]
    if sum(1 for parts in split if len(parts) > 1) > MAX_BOXES_APART:
        return rows  # (two columns laid on baselines of their own: the column reader's)
    return [part for parts in split for part in parts]


def _boxes_apart(row: list[_Char]) -> list[list[_Char]]:
    """A line's pieces set cells apart on baselines of their own a few points apart (a slide's
    caption box beside a bullet): a printed line each, the higher first — a scan's jitter moves
    words along one line, not a whole piece."""
    size = max(char.size for char in row)
    if max(char.base for char in row) - min(char.base for char in row) \
            <= max(1.0, BOX_APART * size):
        return [row]  # (most lines: one baseline)
    pieces = _gap_groups(sorted(row, key=lambda char: char.x0), CELL_GAP_CHARS * size)
    levels = [[char.base for char in piece] for piece in pieces]
    bases = [statistics.median(level) for level in levels]
    if len(pieces) < 2 or max(bases) - min(bases) <= max(1.0, BOX_APART * size) \
            or any(max(level) - min(level) > 0.5 for level in levels):
        return [row]
    order = sorted({round(base, 1) for base in bases}, reverse=True)
    return [[char for piece, base in zip(pieces, bases, strict=True) if round(base, 1) == at
             for char in piece] for at in order]


BOX_APART = 0.08
MAX_BOXES_APART = 2  # a page's lines split so, beyond which the offset is the layout's


def _line_gap(one: float, other: float) -> float:
    """How far apart two glyphs' baselines may be on one line: by the larger one's size — but a
    glyph more than half again the other's size (a slide's callout, 最高 50 万元 set large
    between the bullet lines; a section's big 02 over its title) joins it only within the
    smaller one's reach."""
    small, large = sorted((one, other))
    return LINE_GAP * (large if large <= CALLOUT_RATIO * small else small)


CALLOUT_RATIO = 1.5


def _cells_apart(row: list[_Char], cell_of: dict[int, _Cell | None]) -> list[list[_Char]]:
    """A line of glyphs whose heights follow each other closely but that holds two table
    cells' lines a few points apart (a merged cell's centred text beside a row's last line):
    each cell's line a baseline of its own, as it is printed."""
    heights = sorted({round(char.y0, 1) for char in row}, reverse=True)
    if len(heights) < 2:
        return [row]
    gap, at = max((above - below, below) for above, below in itertools.pairwise(heights))
    if gap < CELL_BASELINES_APART:
        return [row]
    upper = [char for char in row if round(char.y0, 1) > at]
    lower = [char for char in row if round(char.y0, 1) <= at]
    above = {cell_of.get(id(char)) for char in upper}
    below = {cell_of.get(id(char)) for char in lower}
    if None in above or None in below or above & below:
        return [row]
    return [upper, lower]


NEXT_LINE = 2.0  # a cell's next printed line is this many glyph heights below at most
CELL_BASELINES_APART = 2.0  # points between two cells' baselines read as one line before


# a glyph turned more than this (sin/cos of its text matrix) is set at a slant: a watermark
SLANT = 0.1
# a footnote's mark (¹ set small and raised) is smaller than this share of its line's glyphs
MARK_SIZE = 0.8


_RAISED = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# what a footnote's call is set in: its number, a star or dagger, a bracket or comma around it
# (not a seal's or a watermark's small words an OCR layer reads)
_MARK_GLYPH = re.compile(r"^[0-9*†‡,，、\[\]①-⑳]$")
MAX_MARKS = 6  # glyphs in one baseline's marks (¹ … ²; [12])


def _with_raised_marks(rows: list[list[_Char]]) -> list[list[_Char]]:
    """Footnote marks set small and raised over a line (…研发费用¹不低于…) read on that line,
    digits as the superscripts they are: a run of small glyphs whose feet stand within the
    height of the line below it."""
    kept: list[list[_Char]] = []
    for index, row in enumerate(rows):
        below = rows[index + 1] if index + 1 < len(rows) else None
        if below is not None and len(row) <= MAX_MARKS \
                and all(_MARK_GLYPH.match(c.text) for c in row) \
                and max(c.size for c in row) < MARK_SIZE * max(c.size for c in below) \
                and min(c.y0 for c in row) < max(c.y0 + c.size * 0.9 for c in below):
            below.extend(replace(c, text=c.text.translate(_RAISED)) for c in row)
            continue
        kept.append(row)
    return kept


# 1 国家高新技术企业以…为准 / ① … under the short rule at a page's foot
_NOTE_START = re.compile(r"^\s*(?:\d{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}|[①-⑳]|[\[［]\d{1,2}[\]］])\s*\S")


def _mark_footnotes(lines: list[PrintedLine], across: list[Segment], width: float) -> None:
    """A page's footnotes: the lines set smaller than its body under a short rule at its foot,
    the first opening with a note's number (a page number or footer under them is not) — or
    under a rule across the page, as Word sets a note the page before carries on, its first
    lines that note's end and a note's number further down."""
    body = [line for line in lines if not line.ruled]
    if not body:
        return
    size = Counter(round(line.size) for line in body).most_common(1)[0][0]
    for y, x0, x1 in across:
        under = [line for line in lines if line.top < y]
        notes = [line for line in under if not line.ruled and line.size < SMALLER * size]
        carried = x1 - x0 > width / 2  # (else a table's or a 红头's rule across the text)
        if carried and not (notes and len(notes) >= 2 and not _NOTE_START.match(notes[0].text)
                            and any(_NOTE_START.match(line.text) for line in notes[1:])):
            continue
        if not notes or not (carried or _NOTE_START.match(notes[0].text)) \
                or notes[0] is not under[0] \
                or any(line.size >= SMALLER * size and not _page_number(line.text)
                       for line in under):
            continue
        for line in notes:
            line.note = 2
        notes[0].note = 1
        return


def _spans_rows(cell: _Cell, ruling: _Ruling) -> bool:
    """A cell merged over several rows: a rule runs across inside its height, beside it (from
    one of its walls: not a handout's note lines drawn apart from the slide they face)."""
    sides = [cell.left, *ruling.walls(cell)]
    return any(cell.bottom + RULE_THICKNESS < a < cell.top - RULE_THICKNESS
               and any(min(abs(x0 - side), abs(x1 - side)) <= 2 * RULE_THICKNESS
                       for side in sides)
               for a, x0, x1 in ruling.across)


def _one_block_cells(chars: list[_Char], cell_of: dict[int, _Cell | None]) -> set[_Cell]:
    """The cells whose text is one block of lines, each right under the one before (a merged
    cell's name centred down it) — not texts far apart in a cell whose rules were not drawn."""
    heights: dict[_Cell, list[tuple[float, float]]] = {}
    for char in chars:
        if (cell := cell_of.get(id(char))) is not None:
            heights.setdefault(cell, []).append((char.y0, char.size))
    return {cell for cell, said in heights.items()
            if all(above[0] - below[0] <= NEXT_LINE * max(above[1], below[1])
                   for above, below in itertools.pairwise(sorted(said, reverse=True)))}


def _centred_beside(ruled: list[_Cell], first: _Cell, ruling: _Ruling,
                    topped: set[_Cell], one_block: set[_Cell]) -> set[_Cell] | None:
    """The row cells of a printed line that holds text of cells merged over several rows set
    amid those rows, not at their top (a row's own cells, sharing neither its top nor its
    bottom, beside it — or, an empty set, that text alone on its line, no row's merged cell
    begun above); None for any other line."""
    rows = {cell for cell in ruled if not _spans_rows(cell, ruling)}
    merged = {cell for cell in ruled if cell not in rows}
    if not merged or not merged <= one_block:
        return None
    if not rows:  # (医疗卫生与健康 … 15～20: names of cells merged over the same rows)
        alone = not merged & topped and len({(c.top, c.bottom) for c in merged}) == 1
        return rows if alone else None
    walls = ruling.lefts(next(iter(rows)))  # (a merged cell stands in a column of the row)
    centred = len({(c.top, c.bottom) for c in rows}) == 1 \
        and not all(c.top == first.top or c.bottom == first.bottom for c in ruled) \
        and all(m.top + RULE_THICKNESS >= r.top and m.bottom - RULE_THICKNESS <= r.bottom
                for m in merged for r in rows) \
        and all(any(abs(m.left - wall) <= RULE_THICKNESS for wall in walls) for m in merged)
    return rows if centred else None


def _centred_in_rows(lines: list[PrintedLine],
                     table_rows: dict[_Cell, tuple[int, dict[float, list[list[_Char]]]]],
                     centred: dict[_Cell, list[list[_Char]]], ruling: _Ruling) -> None:
    """A merged cell printed amid the rows it spans (centred down its height, as a PDF
    draws it) read under each of those rows, as a Word table's merged cell is."""
    for cell, parts in centred.items():
        right = min((d for d in ruling.walls(cell) if d > cell.left + RULE_THICKNESS),
                    default=float("inf"))
        text = _cell_text(parts, max(char.size for part in parts for char in part), cell.left,
                          right)
        for band, (first, columns) in table_rows.items():
            if band.top > cell.top + RULE_THICKNESS or band.bottom < cell.bottom - RULE_THICKNESS:
                continue
            texts = lines[first].cell_texts
            spot = next((i for i, left in enumerate(sorted(columns))
                         if abs(left - cell.left) <= RULE_THICKNESS), None)
            if spot is not None and spot < len(texts) and not texts[spot]:
                texts[spot] = text


def _merged_down(lines: list[PrintedLine],
                 table_rows: dict[_Cell, tuple[int, dict[float, list[list[_Char]]]]],
                 merged_cells: dict[_Cell, set[_Cell]]) -> None:
    """A cell merged over the rows below its own (牵头要求 written once for rows 4 and 5) read
    under each of them too, as a Word table's merged cell is."""
    spanning = [(cell, lines[first].cell_texts[index])
                for band, (first, columns) in table_rows.items()
                for index, left in enumerate(sorted(columns))
                for cell in merged_cells.get(band, ())
                if cell.left == left and cell.top == band.top and cell.bottom < band.bottom]
    for band, (first, columns) in table_rows.items():
        texts = lines[first].cell_texts
        for index, left in enumerate(sorted(columns)):
            if not texts[index]:
                texts[index] = next((text for cell, text in spanning if text and cell.left == left
                                     and cell.top > band.top
                                     and cell.bottom <= band.bottom + RULE_THICKNESS), "")


def _once(row: list[_Char]) -> list[_Char]:
    """A baseline's glyphs left to right, each once: a heading made bold by drawing it twice,
    the copy shifted a fraction of a point, reads as it is printed."""
    row.sort(key=lambda char: char.x0)
    kept: list[_Char] = []
    for char in row:
        if not char.text.strip() or not any(
                other.text == char.text and abs(other.x0 - char.x0) < 0.2 * (char.x1 - char.x0)
                for other in kept[-3:]):
            kept.append(char)
    return kept


def _first_word_width(row: list[_Char]) -> float:
    """How wide the line's first word is: one Chinese character, or a run of Latin letters and
    digits (a line breaks before a word that does not fit, not inside it)."""
    word = row[:1]
    for char in row[1:]:
        if not (char.text.isascii() and char.text.isalnum() and word[-1].text.isascii()
                and word[-1].text.isalnum()):
            break
        word.append(char)
    return word[-1].x1 - word[0].x0


def _rule_bounded_tables(lines: list[PrintedLine], ruling: _Ruling) -> None:
    """A 三线表: a table ruled only across (a rule over it, one under its header, one under it),
    its cells side by side and wrapping over several printed lines. Its columns are where no
    line between two rules has ink (a paragraph runs across them; cells leave them clear); each
    row is read as one tabbed line on its first printed line, a row beginning where its first
    column has text (unless that column's text before stops inside a bracket)."""
    if not lines:
        return
    size = Counter(round(line.size) for line in lines).most_common(1)[0][0]
    width = max(line.x1 for line in lines) - min(line.x0 for line in lines)
    rules = sorted({round(y, 1) for y, x0, x1 in ruling.across if x1 - x0 >= 0.5 * width},
                   reverse=True)
    bands = list(itertools.pairwise(rules))
    if bands:  # (a table going on past the page's foot: no rule under its last rows there)
        below = [line for line in lines if line.top < rules[-1] and not _page_number(line.text)]
        if below:
            bands.append((rules[-1], min(line.top for line in below) - 1))
    headed = False  # the band above was a table's header row
    header: list[tuple[float, float]] = []  # the table's header cells (left, right)
    for top, bottom in bands:
        band = [line for line in lines if bottom < line.top < top and not line.ruled]
        # (a header row: three cells or more, on a line or two — not two columns of text)
        was_headed, headed = headed, bool(band) and max(line.cells for line in band) >= 3 \
            and len(band) <= 2
        past_foot = top == rules[-1]  # (the band after the last rule: a header's rows only)
        if not band or (past_foot and not was_headed) \
                or (max(line.cells for line in band) < 2 and not past_foot):
            if len(band) > 1:
                header = []  # (a paragraph between rules: the table has ended; a group's
            continue         # row across it, one line, does not end it)
        glyphs = [glyph for line in band for glyph in line.glyphs]
        starts = _column_starts(glyphs, size)
        if len(starts) < 2:
            continue
        if len(band) <= 2 and _HEADER_WORD.search("".join(line.text for line in band)) and all(
                len(cell) <= HEADER_CELL_CHARS for cell in _by_column(glyphs, starts)):
            header = _cells_spread(glyphs, starts)
        elif header and (under := _under_header(starts, header)) is not None:
            starts = under  # (a row with cells left empty: its cells under the header's)
        row: PrintedLine | None = None
        for line in band:
            cells = _by_column(line.glyphs, starts)
            if row is None or (cells[0] and not _unfinished(row.cell_texts[:1])):
                row = line
                row.cell_texts = cells
            else:
                row.cell_texts = [a + b for a, b in zip(row.cell_texts, cells, strict=True)]
                line.text = ""
            line.ruled = True
            row.text, row.cells = "\t".join(row.cell_texts), len(starts)


def _by_column(glyphs: list[_Char], starts: list[float]) -> list[str]:
    """A line's text in the columns starting at `starts`, empty ones too."""
    cells = [""] * len(starts)
    for glyph in glyphs:
        cells[max(i for i, x in enumerate(starts) if x <= glyph.x0 + 0.1 or i == 0)] += glyph.text
    return [cell.strip() for cell in cells]


def _cells_spread(glyphs: list[_Char], starts: list[float]) -> list[tuple[float, float]]:
    """Each column's left and right edge: where its glyphs start and end."""
    edges = [*starts[1:], float("inf")]
    return [(left, max(g.x1 for g in glyphs if left <= g.x0 + 0.1 and g.x0 < right))
            for left, right in zip(starts, edges, strict=True)]


def _under_header(starts: list[float], header: list[tuple[float, float]]) -> list[float] | None:
    """A 三线表 row's columns as its header's, where the row leaves some empty (同上 under a
    note, or a term not stated): each of the row's columns goes under the header cell nearest
    its start, the boundary halfway between one header cell's end and the next one's start.
    None when two of the row's columns would fall under one header cell, or none are empty."""
    if len(starts) >= len(header):
        return None
    bounds = [(before[1] + after[0]) / 2 for before, after in itertools.pairwise(header)]
    under = [sum(1 for bound in bounds if start >= bound) for start in starts]
    if len(set(under)) != len(under):
        return None
    placed = [left for left, _ in header]
    for column, start in zip(under, starts, strict=True):
        placed[column] = start
    if any(b <= a for a, b in itertools.pairwise(placed)):
        return None
    return placed


def _column_starts(glyphs: list[_Char], size: float) -> list[float]:
    """Where columns start: after each gap no glyph covers that is wider than a third of a
    character (the glyphs' own gaps are narrower)."""
    starts: list[float] = []
    reach = float("-inf")
    for glyph in sorted(glyphs, key=lambda glyph: glyph.x0):
        if glyph.x0 - reach > size / 3:
            starts.append(glyph.x0)
        reach = max(reach, glyph.x1)
    return starts


def mend_split_rows(lines: list[PrintedLine]) -> None:
    """A table row Word split at a page break, read as one row on the page it began on.

    On the next page the table's header row may be printed again: that copy is left empty.
    The row goes on in the page's first row when that has the same columns and an empty first
    cell (the row's name was printed whole before the break), or when the row before the break
    stops inside a bracket or after a comma."""
    from bot.catalogue.outline import CONTINUED_CAPTION

    skip = furniture(lines)
    headers: set[str] = set()
    bar = ""  # the last row across a whole table (a card's title bar, which opens it)
    last_row: PrintedLine | None = None  # the body line before, if a table's row
    carried: set[int] = set()  # the columns whose merged cells go on from the page before
    page = 0
    for index, line in enumerate(lines):
        if index in skip or not line.text.strip():
            continue
        if not line.ruled and last_row is not None and line.page != page \
                and CONTINUED_CAPTION.match(line.text):
            continue  # (续表1 over the header printed again: the table goes on)
        page_top, page = line.page != page, line.page
        if line.ruled and page_top and last_row is not None \
                and (line.text in headers or (line.cells == 1 and line.text == bar)):
            line.text, page = "", 0  # the header printed again: the page's top is still to come
            continue
        if line.ruled and line.cells == 1:
            bar = line.text
        if (line.ruled and page_top and last_row is not None
                and len(last_row.cell_texts) == len(line.cell_texts) > 0
                and ((not line.cell_texts[0] and not opens_next_item(last_row.cell_texts,
                                                               line.cell_texts))
                     or _unfinished(last_row.cell_texts))):
            last_row.cell_texts = [before + after for before, after in zip(
                last_row.cell_texts, line.cell_texts, strict=True)]
            last_row.paragraphs, line.paragraphs = \
                _paragraphs_on(last_row.paragraphs, line.paragraphs), []
            last_row.text, line.text = "\t".join(last_row.cell_texts), ""
            continue
        if line.ruled and page_top and last_row is not None \
                and len(last_row.cell_texts) == len(line.cell_texts) > 0 \
                and opens_next_item(last_row.cell_texts, line.cell_texts):
            carried = {i for i, cell in enumerate(line.cell_texts)
                       if not cell and last_row.cell_texts[i]}
        if line.ruled and carried and last_row is not None \
                and len(last_row.cell_texts) == len(line.cell_texts):
            # (| | 2.水产品… at a page's top: the merged cells going on from the page before,
            # blank on this page's rows until the column names its next)
            carried = {i for i in carried if not line.cell_texts[i]}
            for i in carried:
                line.cell_texts[i] = last_row.cell_texts[i]
            line.text = "\t".join(line.cell_texts)
        elif not line.ruled:
            carried = set()
        if line.ruled and last_row is None:
            headers.add(line.text)  # a table's first row
        last_row = line if line.ruled else None


def _paragraphs_on(before: list[tuple[PrintedLine, str, bool]],
                   after: list[tuple[PrintedLine, str, bool]]
                   ) -> list[tuple[PrintedLine, str, bool]]:
    """A value cell's paragraphs with those of its part on the next page: the first goes on
    the last before unless it opens a paragraph of its own."""
    if not before or not after:
        return []
    if after[0][2]:
        return [*before, *after]
    (line, text, opens), (_, more, _) = before[-1], after[0]
    return [*before[:-1], (line, text + more, opens), *after[1:]]


# a table with no rules: its header's cells, short and apart (序号  方向名称  主要研究内容 …)
MIN_HEADER_CELLS = 4
HEADER_CELL_CHARS = 10
_HEADER_WORD = re.compile(r"序号|名称|编号|代码")


def _aligned_unruled_rows(lines: list[PrintedLine]) -> None:
    """A table drawn with no rules, its columns aligned by position only: under a header of
    short cells (序号  方向名称  主要研究内容  类别 …), each line whose runs stand within the
    columns is written a cell per column, those it leaves empty empty too — so the lines a
    cell's text wraps onto (…  高值化利用关  及高端硅橡胶…) read as that row's cells carried on,
    not as a row of their own. The table ends at a line that strays across its columns."""
    skip = furniture(lines)
    starts: list[float] = []
    for index, line in enumerate(lines):
        if index in skip or not line.glyphs or line.ruled:
            continue
        runs = _runs_of(line.glyphs, line.size)
        if len(runs) >= MIN_HEADER_CELLS and all(len(text) <= HEADER_CELL_CHARS
                                                 for _, _, text in runs) \
                and _HEADER_WORD.search(line.text):
            starts = [x0 for x0, _, _ in runs]
            continue
        if not starts:
            continue
        slack = line.size
        edges = [*starts[1:], float("inf")]
        columns = [next((k for k in range(len(starts) - 1, -1, -1)  # (the last begun by x0)
                         if starts[k] - slack <= x0 and x1 <= edges[k] + slack), None)
                   for x0, x1, _ in runs]
        if None in columns and len(runs) == 1 and abs(runs[0][0] - starts[0]) <= slack \
                and not runs[0][2].rstrip().endswith(("。", "；", ";")):
            # (农业农村领域（归口科室：…） across the columns: a group row; the table goes on)
            continue
        if None in columns or len(set(columns)) != len(columns):
            starts = []  # (a paragraph across the columns: the table has ended)
            continue
        cells = [""] * len(starts)
        for column, (_, _, text) in zip(columns, runs, strict=True):
            cells[column or 0] = text
        line.text = "\t".join(cells).rstrip("\t")
        line.cells = len(runs)


# a page with margin notes: at least this many lines of its text column stand alone
MIN_EDGE_LINES = 5
_NOTE_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,8}[:：]")


def _line_numbers(lines: list[PrintedLine]) -> None:
    """Word's line numbering (a draft's 征求意见稿 printed with 行号): a number in the left
    margin beside every printed line, or every 5th, counting down each page or on through the
    document. The numbers are the print's, not the text's: each line keeps what stands right
    of its number, and a line holding only its number (an empty paragraph, numbered too) is an
    empty line."""
    by_page: dict[int, list[int]] = {}
    for index, line in enumerate(lines):
        if line.glyphs and not line.ruled:
            by_page.setdefault(line.page, []).append(index)
    runs = {i: _runs_of(line.glyphs, line.size) for i, line in enumerate(lines)
            if line.glyphs and not line.ruled and line.text[:1].isdigit()}
    found: dict[int, list[int]] = {}  # each page's numbered lines
    for page, indices in by_page.items():
        numbered = [i for i in indices if i in runs and _LINE_NUMBER.match(runs[i][0][2])]
        # (the text beside them starts right of every number: a 序号 column starts at the
        # body's own left edge, where the lines without a number start too)
        text_left = min((runs[i][1][0] if i in numbered else lines[i].x0 for i in indices
                         if i not in numbered or len(runs[i]) > 1), default=float("inf"))
        numbered = [i for i in numbered if runs[i][0][1] + lines[i].size <= text_left]
        if numbered:
            found[page] = numbered
    every = [i for numbered in found.values() for i in numbered]
    if len(every) < MIN_EDGE_LINES:
        return
    rights = [runs[i][0][1] for i in every]
    steps = {int(runs[later][0][2]) - int(runs[earlier][0][2])
             for numbered in found.values() for earlier, later in itertools.pairwise(numbered)}
    step = min(steps, default=1)
    if max(rights) - min(rights) > min(lines[i].size for i in every) / 2 \
            or len(steps) > 1 or step not in (1, 5, 10) \
            or any(int(runs[i][0][2]) % step for i in every):
        return
    for numbered in found.values():
        # (numbered every line: all the lines between a page's first number and its last;
        # every 5th: about one line in five)
        among = [i for i in by_page[lines[numbered[0]].page] if numbered[0] <= i <= numbered[-1]]
        if len(numbered) < 0.8 * len(among) / step:
            return
    for index in every:
        line, rest = lines[index], runs[index][1:]
        line.glyphs = [g for g in line.glyphs if g.x0 > runs[index][0][1]]
        line.text, line.cells = "\t".join(run[2] for run in rest), max(1, len(rest))
        if rest:
            line.x0, line.lead = rest[0][0], _first_word_width(line.glyphs)


_LINE_NUMBER = re.compile(r"^\d{1,3}$")


def _margin_notes(lines: list[PrintedLine]) -> None:
    """Notes in the right margin beside the text column (a narrow box beside each direction:
    支持额度：… ⏎ 实施期限：… ⏎ 拟支持数：…), set on the same baselines as the text beside
    them: each line keeps its text column's part, and a block of notes is said once, on the
    first line beside it, in a bracket of labelled items (read after that paragraph whole)."""
    by_page: dict[int, list[int]] = {}
    for index, line in enumerate(lines):
        if line.glyphs and not line.ruled and not line.note:
            by_page.setdefault(line.page, []).append(index)
    for indices in by_page.values():
        runs = {i: _runs_of(lines[i].glyphs, lines[i].size) for i in indices}
        single = [lines[i] for i in indices if len(runs[i]) == 1 and len(lines[i].text) > 10]
        if len(single) < MIN_EDGE_LINES:
            continue
        # (the text column's right edge: where its lines end, not a centred title's)
        left = min(line.x0 for line in single)
        right = max(line.x1 for line in single if line.x0 <= left + 2 * line.size)
        noted = [i for i in indices if len(runs[i]) == 2 and runs[i][0][1] <= right + lines[i].size
                 and runs[i][1][0] > right + lines[i].size]
        if not noted or len(noted) >= len(single) or not any(
                _NOTE_LABEL.match(runs[i][1][2].strip()) for i in noted):
            continue
        block: list[str] = []
        first = None
        above = None
        for index in indices:
            # (a box ends where the next one is set apart from it, or where a label comes again:
            # the next direction's box, right under it)
            label = _NOTE_LABEL.match(runs[index][-1][2].strip())
            far = above is not None and abs(lines[above].top - lines[index].top) \
                > 2 * lines[index].size
            apart = far or (label is not None and any(said.startswith(label[0])
                                                      for said in block))
            above = index
            if index not in noted or apart:
                if first is not None:
                    lines[first].margin = "；".join(block)
                block, first = [], None
                if index not in noted:
                    continue
            body, note = runs[index][0], runs[index][1][2].strip()
            line = lines[index]
            line.glyphs = [g for g in line.glyphs if g.x0 < body[1] + line.size / 2]
            line.text, line.x1, line.cells = body[2], body[1], 1
            if first is None:
                first = index
            if block and not _NOTE_LABEL.match(note):
                block[-1] += note  # (支持额度：单个项目 ⏎ 不超过50万元: a note wrapped in its box)
            else:
                block.append(note)
        if first is not None:
            lines[first].margin = "；".join(block)




def _unfinished(cells: list[str]) -> bool:
    text = "".join(cells)
    last = next((cell for cell in reversed(cells) if cell), "")
    return text.count("（") > text.count("）") or text.count("(") > text.count(")") or (
        last.endswith(("，", "、", ",")))


def _pieces(chars: list[_Char], size: float) -> list[str]:
    """One baseline's glyphs as text, split where they stand far apart (cells side by side)."""
    return [text for _, _, text in _runs_of(chars, size)]


def _runs_of(chars: list[_Char], size: float) -> list[tuple[float, float, str]]:
    """Glyphs of one baseline in runs (x0, x1, text), split where they stand more than
    `CELL_GAP_CHARS` characters apart."""
    return [(run[0].x0, run[-1].x1, _text(run, size))
            for run in _gap_groups(chars, CELL_GAP_CHARS * size)]


def _gap_groups(chars: list[_Char], gap: float) -> list[list[_Char]]:
    """Glyphs of one baseline, left to right, in groups split where one stands more than `gap`
    after the glyph before it."""
    groups: list[list[_Char]] = []
    for char in chars:
        if groups and char.x0 - groups[-1][-1].x1 <= gap:
            groups[-1].append(char)
        else:
            groups.append([char])
    return groups


def _cell_text(parts: list[list[_Char]], size: float, left: float, right: float) -> str:
    """A cell's printed lines as its text, wrapped lines run on — but a line that ends where
    the next line's first glyph would still have fitted (inside the cell's margin, as wide
    as the line's indent from its left wall; not a stop no line may open with) ended its
    paragraph (a title set over its content in one cell): a space there, as Word's cell
    paragraphs are read. A first line set in two pieces far apart, its further lines under
    the left one alone (a card's title bar: 1.…关键技 … 指南代码：… ⏎ 术研究…), is its left
    piece's wrapped text, then its right piece."""
    first = parts[0] if parts else []
    split = next((i for i in range(1, len(first))
                  if first[i].x0 - first[i - 1].x1 > CELL_GAP_CHARS * size), None)
    if split is not None and len(parts) > 1 \
            and all(c.x1 < first[split].x0 for part in parts[1:] for c in part):
        # (the left piece's first line filled the room it had: its lines run on)
        return _cell_text([first[:split], *parts[1:]], size, left, first[split - 1].x1) \
            + " " + _text(first[split:], size)
    text = ""
    for above, part in itertools.pairwise([[], *parts]):
        said = _text(part, size)
        if above and part and text and not text.endswith((*_RUNS_ON, *_OPENING)) \
                and part[0].text not in _NO_LINE_OPENS \
                and above[-1].x1 + (part[0].x1 - part[0].x0) \
                < right - (above[0].x0 - left) - FIT_SLACK_CHARS * size:
            text += " "
        text += said
    return text.strip()


_LATIN_WORD = re.compile(r"[0-9A-Za-z\-./:%+~]+")  # (0311-88012308: a line breaks before it)


def _cell_paragraphs(parts: list[list[_Char]], printed: list[PrintedLine], size: float,
                     left: float, right: float) -> list[tuple[PrintedLine, str, bool]]:
    """A cell's paragraphs, each with the printed line it opens on: a line opens one where it
    is indented past the cell's other lines, where the line above ended short of the cell's
    right margin (as `_cell_text` tells), or where it opens an outline's number (一、（一）1.)
    after a sentence ended."""
    if not parts or len(parts) != len(printed) or not all(parts):
        return []
    inner = min(part[0].x0 for part in parts)
    margin = inner - left
    said: list[tuple[PrintedLine, str, bool]] = []
    for above, part, line in zip([None, *parts], parts, printed, strict=False):
        text = _text(part, size)
        indented = part[0].x0 > inner + FLUSH_SLACK_CHARS * size
        word = len(latin[0]) if (latin := _LATIN_WORD.match(text)) else 1
        short = above is not None and part[0].text not in _NO_LINE_OPENS \
            and above[-1].x1 + (part[min(word, len(part)) - 1].x1 - part[0].x0) \
            < right - margin - FIT_SLACK_CHARS * size
        outlined = bool(OUTLINED.match(text)) and (not said or said[-1][1].endswith(_SENTENCE_ENDS))
        if said and not (indented or short or outlined):
            said[-1] = (said[-1][0], said[-1][1] + text, said[-1][2])
        else:
            said.append((line, text, indented or outlined or short))
    return said


def _headed_values(lines: list[PrintedLine]) -> None:
    """A label's row whose value cell holds an outline among its paragraphs (`holds_outline`;
    办理结果 | 王女士：… ⏎ 一、… ⏎ （一）… ⏎ 1.…, over pages): each paragraph on the printed
    line it opens, the label before the first — read as the body's are, as a Word row's
    (`docx_text`)."""
    for line in lines:
        if not line.ruled or len(line.cell_texts) != 2 or len(line.paragraphs) < 2 \
                or line.paragraphs[0][0] is not line or len(line.cell_texts[0]) > 8:
            continue
        label, value = line.cell_texts
        texts = [text for _, text, _ in line.paragraphs]
        if "".join("".join(texts).split()) != "".join(value.split()) \
                or not holds_outline(texts):
            continue
        line.cell_texts = [label, texts[0]]
        line.text = "\t".join(line.cell_texts)
        for printed, text, _ in line.paragraphs[1:]:
            printed.text, printed.cells, printed.cell_texts = text, 1, []


_RUNS_ON = tuple("。；;：:！？!?，,、")
_OPENING = tuple("（(【《“‘")  # (a line that ends inside a bracket goes on)
_NO_LINE_OPENS = set("。；;：:！？!?，,、）)】》”’%")  # (a line breaks early to keep them off)


def _text(chars: list[_Char], size: float) -> str:
    """Glyphs as text, with a space where the PDF moved on instead of drawing one: a gap wider
    than the run's usual spacing (a justified line spreads all its glyphs alike)."""
    gaps = sorted(char.x0 - before.x1 for before, char in itertools.pairwise(chars))
    usual = max(gaps[len(gaps) // 2], 0.0) if gaps else 0.0
    text = chars[0].text if chars else ""
    for before, char in itertools.pairwise(chars):
        gap = char.x0 - before.x1 - usual
        if char.text != " " != before.text and (
                gap > SPACE_GAP_CHARS * size
                or (gap > WORD_GAP_CHARS * size and (before.text + char.text).isascii())):
            text += " "
        text += char.text
    return text


# a label a paragraph hangs from: its further lines set under the text after it (注：1.…)
_HANGING_LABEL = re.compile(r"[注备说明]{1,2}[：:]")


def _hangs_under(above: PrintedLine, line: PrintedLine, size: float) -> bool:
    """Whether the line is set under the text after the label the line above opens with: a
    hanging indent, the paragraph going on, not a new one indented."""
    label = _HANGING_LABEL.match(above.text)
    return label is not None and len(above.glyphs) > label.end() \
        and abs(above.glyphs[label.end()].x0 - line.x0) < FLUSH_SLACK_CHARS * size


def _broke_before(above: PrintedLine, line: PrintedLine, right: float, size: float) -> bool:
    """Whether the line above broke because this line's first word would not have fitted on
    it (within FIT_SLACK_CHARS of the right margin)."""
    return above.x1 + line.lead > right - FIT_SLACK_CHARS * size


def _edges(body: list[PrintedLine], size: float) -> tuple[float, float, Counter[int]]:
    """Where a page's body text starts and ends: the left edge most lines start at, and the
    right edge a justified body's lines all end at (a ragged one's come near it); and where
    lines start that go on after a line broken at the right margin (x, how often)."""
    widest = max(line.x1 for line in body)
    right = Counter(round(line.x1) for line in body
                    if line.x1 >= widest - 3 * size).most_common(1)[0][0]
    # the left edge is where lines go on after a line that broke at the right margin (not a
    # breadcrumb's or a sidebar's edge, nor a paragraph's indent)
    went_on = Counter(round(line.x0) for above, line in itertools.pairwise(body)
                      if above.page == line.page and _broke_before(above, line, right, size))
    if went_on:
        return went_on.most_common(1)[0][0], right, went_on
    starts_at = Counter(round(line.x0) for line in body)
    left = min((x for x, count in starts_at.items() if count >= 2), default=min(starts_at))
    return left, right, went_on


def _at_an_edge(x: float, went_on: Counter[int], size: float) -> bool:
    """Whether a line starts where lines go on (its paragraph's wrapped lines do: the margin,
    or a field's text indented under its label), not at an indent no paragraph goes on at (a
    heading's, a paragraph's first line, between the two)."""
    slack = FLUSH_SLACK_CHARS * size
    # (edges lines go on at now and then — after a full line that ended its paragraph — are
    # none: at least a quarter as often as the commonest)
    edges = [at for at, count in went_on.items() if count * 4 >= max(went_on.values())]
    return not edges or x <= min(went_on) + slack or any(abs(x - at) <= slack for at in edges)


def furniture(lines: list[PrintedLine]) -> set[int]:
    """Indices of running headers and page numbers: a page's first or last line that is a page
    number, is set smaller than the body text, or whose text (digits aside) opens or closes at
    least half the pages."""
    ends: dict[int, list[int]] = {}
    for index, line in enumerate(lines):
        ends.setdefault(line.page, []).append(index)
    body = Counter(round(line.size) for line in lines).most_common(1)[0][0] if lines else 0
    candidates = {i for indices in ends.values() for i in (indices[0], indices[-1])}
    shapes = Counter(_DIGITS.sub("0", lines[i].text.strip()) for i in candidates)
    half = max(2, len(ends) // 2)
    return {i for i in candidates
            if _page_number(lines[i].text)
            or lines[i].size < SMALLER * body
            or shapes[_DIGITS.sub("0", lines[i].text.strip())] >= half}


def _furniture_text(text: str) -> str:
    """A running header's or footer's text as the parser should see it: a page number as
    printed (it marks the break; an OCR layer's 一 3 一 as - 3 -); a line of pieces the
    browser, the fax or the typesetter prints on every page (the date and the title, the
    address beside 1/6) only for its number, if it has one."""
    numbers = [number[0] for piece in text.split("\t")
               if _page_number(piece) and (number := _DIGITS.search(piece))]
    if "\t" not in text and "一" not in text:
        return text  # (— 3 —, 第 3 页 共 9 页 as printed)
    return f"- {int(numbers[0])} -" if numbers else ""


# a page printed in two columns: at least this many of its lines hold text in both, and a
# column is at least this share of the page's width
MIN_TWO_COLUMN_LINES = 8
COLUMN_SHARE = 0.3


def _runs(line: PrintedLine) -> list[tuple[float, float, str]]:
    """A printed line's runs of glyphs (x0, x1, text), split where they stand far apart."""
    return _runs_of(line.glyphs, line.size)


def _two_columns_laid_out(lines: list[PrintedLine]) -> dict[int, str]:
    """The lines of pages printed in two columns (a 政府公报's), as pdftotext -layout writes
    them: each run of glyphs at its display column (a Chinese character two, from the left
    margin), so the right column starts at one column on every line and `columns` reads the
    left column down, then the right one. Empty when no page is laid out so."""
    laid: dict[int, str] = {}
    pages: dict[int, list[int]] = {}
    for index, line in enumerate(lines):
        if not line.ruled and line.glyphs:
            pages.setdefault(line.page, []).append(index)
    for indices in pages.values():
        width = lines[indices[0]].page_width
        if not width:
            continue
        runs = {i: _runs(lines[i]) for i in indices}
        # the right column's left edge: where a line's second run starts near the middle
        seconds = Counter(round(r[1][0]) for r in runs.values() if len(r) == 2
                          and r[0][1] < r[1][0] and COLUMN_SHARE * width
                          < r[1][0] < (1 - COLUMN_SHARE) * width
                          and r[0][1] - r[0][0] > COLUMN_SHARE * width
                          and r[1][1] - r[1][0] > COLUMN_SHARE * width / 2)
        if sum(seconds.values()) < max(MIN_TWO_COLUMN_LINES, 0.3 * len(indices)):
            continue
        gutter = min(x for x, count in seconds.items() if count >= 2) \
            if any(count >= 2 for count in seconds.values()) else min(seconds)
        size = Counter(round(lines[i].size) for i in indices).most_common(1)[0][0]
        left = min(round(r[0][0]) for r in runs.values())
        unit = size / 2  # a display column: half a Chinese character

        def column(x: float, *, left: float = left, unit: float = unit) -> int:
            return max(0, round((x - left) / unit))

        gutter_column = column(gutter)
        for i, line_runs in runs.items():
            text = ""
            for x0, _, said in line_runs:
                at = gutter_column if abs(x0 - gutter) < unit else column(x0)
                text += " " * max(at - _display_width(text), 2 if text else 0) + said
            laid[i] = text
    return laid


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


FOOTNOTE_RULE_TEXT = "——————"


def _note_text(text: str, *, first: bool) -> str:
    """A footnote's line as a text file writes it: its number as the superscript its call is
    (1 国家… → ¹ 国家…), the block's first line after the rule drawn over it."""
    # (a wrapped line opening with a figure, 20年内…, is no note's number: a space follows one)
    mark = re.match(r"^\s*(\d{1,2})(?:\s+|(?=[\u4e00-\u9fff]))(?=\S)" if first
                    else r"^\s*(\d{1,2})\s+(?=\S)", text)
    if mark is not None:
        text = mark[1].translate(_RAISED) + " " + text[mark.end():].lstrip()
    return f"{FOOTNOTE_RULE_TEXT}\t{text}" if first else text


def joined(lines: list[PrintedLine],
           starts: Callable[[str], bool] | None = None) -> list[str]:
    """The printed lines as text, each wrapped paragraph read whole on its first line.

    A line goes on over the next body line (past a page's footer and the next page's header)
    when that line's first word would not have fitted on it (justified or ragged right) and
    that line is not indented. Where the document indents neither its paragraphs nor anything
    else, indentation says nothing, so a next line that `starts` a heading or a field (a
    callable on its text) begins a paragraph of its own, and so does any line after one that
    ends a sentence.
    """
    from bot.catalogue.outline import MARKS

    skip = furniture(lines)
    texts = [_furniture_text(line.text) if i in skip else line.text for i, line in enumerate(lines)]
    for i, line in enumerate(lines):  # (the drawn rule over a page's notes, as a text has it)
        if line.note:
            texts[i] = _note_text(line.text, first=line.note == 1)
    laid = _two_columns_laid_out(lines)
    if laid:  # (the parser reads the columns down, as `columns` reads pdftotext -layout)
        skip |= set(laid)
        texts = [laid.get(i, text) for i, text in enumerate(texts)]
    body = [line for i, line in enumerate(lines)
            if i not in skip and line.cells == 1 and not line.ruled]
    if len(body) < 2:
        return _with_margin_notes(lines, texts, {})
    size = Counter(round(line.size) for line in body).most_common(1)[0][0]
    read_on: dict[int, int] = {}  # a line read on its paragraph's first: that line
    edges_of = {width: _edges([line for line in body if line.page_width == width], size)
                  for width in {line.page_width for line in body}}
    indented = sum(line.x0 > edges_of[line.page_width][0] + FLUSH_SLACK_CHARS * size
                   for line in body)
    telling = indented >= len(body) * 0.1
    owner: int | None = None  # the line a paragraph is being read on
    last: PrintedLine | None = None  # the body line before
    for index, line in enumerate(lines):
        if index in skip or (line.size < SMALLER * size and not line.ruled):
            continue  # (a footnote at the page's foot: a paragraph goes on past it)
        if not line.text.strip():  # a table row's further lines, read on its first
            owner = last = None
            continue
        # not a table's row, nor a row's cell carried on (\t\t配套: placed in its column)
        alone = line.cells == 1 and not line.ruled and not texts[index].startswith("\t")
        left, right, went_on = edges_of.get(line.page_width, (line.x0, line.x1, Counter()))
        last_left, last_right, _ = edges_of.get(last.page_width, (left, right, went_on)) \
            if last is not None else (left, right, went_on)
        # (not after a line set to the right — a signature's, a date's: （联系人：…） ⏎ 附件 on
        # the next page is no more of it)
        wrapped = owner is not None and last is not None and alone \
            and _broke_before(last, line, last_right, size) \
            and last.x0 <= last_left + RIGHT_SET_CHARS * size
        flush = (line.x0 <= left + FLUSH_SLACK_CHARS * size
                 and _at_an_edge(line.x0, went_on, size)) \
            or (last is not None and _hangs_under(last, line, size))
        heading = starts is not None and starts(line.text.strip())
        # (◇ 项目完成时应取得…。: a bullet's item, whatever it says, begins a paragraph)
        bulleted = line.text.lstrip()[:1] in MARKS
        ended = owner is not None and texts[owner].rstrip().endswith(_SENTENCE_ENDS)
        # (a heading whose title fills the line, a label's line under it: 1.1 …集成示范 ⏎
        # 指南代码：…, where paragraphs are told by indentation too)
        under_heading = heading and owner is not None and starts is not None \
            and starts(texts[owner].strip())
        if owner is not None and wrapped and flush and not (heading and ended) \
                and not under_heading and not bulleted and (telling or not (heading or ended)):
            texts[owner] += line.text.strip()
            texts[index] = ""
            read_on[index] = owner
        else:
            owner = index if alone else None
        last = line
    return _with_margin_notes(lines, texts, read_on)


def _with_margin_notes(lines: list[PrintedLine], texts: list[str],
                       read_on: dict[int, int]) -> list[str]:
    """Each block of margin notes closing the paragraph its first line stands beside, as a
    heading's bracket of terms closes it (…研发（GT2025-ZD01）（支持额度：…；实施期限：3年））."""
    for index, line in enumerate(lines):
        if line.margin:
            at = read_on.get(index, index)
            after = next((i for i in range(at + 1, len(texts)) if texts[i].strip()), None)
            if after is not None and _CODE_ALONE.match(texts[after]):
                at = after  # (a heading wrapped, its code alone on its second line: after it)
            texts[at] = f"{texts[at].rstrip()}（{line.margin}）"
    return texts


_CODE_ALONE = re.compile(r"^\s*[(（][A-Za-z][0-9A-Za-z\-]{3,19}[)）]\s*$")


# a line set this much larger than the body text, short and no sentence: a heading its size
# makes one (a Word file's heading styles, exported with no list numbers)
LARGER = 1.05
SIZED_TITLE_MAX = 60


def _half_points(size: float) -> float:
    return round(size * 2) / 2


def sized_headings(lines: list[PrintedLine], texts: list[str]) -> dict[int, int]:
    """Each line (1-based) its type size marks as a heading, and its depth: 1 for the largest
    size such lines use, 2 for the next… `texts`: the lines as `joined` read them (a heading
    wrapped over two printed lines whole on its first)."""
    skip = furniture(lines)
    body = [line for i, line in enumerate(lines) if i not in skip and line.cells == 1
            and not line.ruled and texts[i].strip()]
    if not body:
        return {}
    # (sizes to the half point: 五号 is 10.5 pt, and round() makes it 10, smaller than itself)
    size = Counter(_half_points(line.size) for line in body).most_common(1)[0][0]
    found = {i: _half_points(line.size) for i, line in enumerate(lines)
             if i not in skip and line.cells == 1 and not line.ruled and not line.note
             and line.size >= LARGER * size and 0 < len(text := texts[i].strip()) <= SIZED_TITLE_MAX
             and not text.endswith(_SENTENCE_ENDS) and not _page_number(text)}
    depth = {s: rank for rank, s in enumerate(sorted(set(found.values()), reverse=True), start=1)}
    return {i + 1: depth[s] for i, s in found.items()}
