"""A page printed in two columns (a 政府公报's), its text taken with the layout kept: every line
holds a row of the left column and, from one fixed display column on, a row of the right one.
A reader reads the left column down, then the right one, then the next page; the parser reads
the text in that order and each leaf still cites the physical line its heading is on.

Lines that cross the gutter (a title block, a running header, a page footer) are read where
they stand and end the columns above them, so each page's columns are read as a band of their
own.
"""

from __future__ import annotations

import dataclasses
import re
import statistics
import unicodedata
from collections import Counter
from itertools import pairwise

from bot.catalogue.models import Guideline

# the most a right-column row starts past the gutter: a paragraph's first-row indent
MAX_INDENT = 8
# rows that must carry text in both columns, in number and as a share of the text's rows
MIN_ROWS = 10
MIN_SHARE = 0.3

_GAP = re.compile(r" {2,}|\u3000+")
# a page's number, centred under both columns however narrow: — 17 —, - 3 -, 第3页
_PAGE_NUMBER = re.compile(r"^\s*(?:[-—–－]\s*\d{1,4}\s*[-—–－]|\d{1,4}"
                          r"|第\s*\d{1,4}\s*页\s*(?:共\s*\d+\s*页)?)\s*$")


def _width(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def _columns_of(raw: str) -> list[int]:
    """The display column each character of the line starts at."""
    at, columns = 0, []
    for char in raw:
        columns.append(at)
        at += _width(char)
    return columns


def _split(raw: str, gutter: int) -> tuple[str, str] | None:
    """The line's left and right column rows, or None when its text crosses the gutter or its
    right part starts too far past it (a right-aligned header, a centred footer)."""
    if _PAGE_NUMBER.match(raw):
        return None
    columns = _columns_of(raw)
    cut = next((i for i, at in enumerate(columns) if at >= gutter), len(raw))
    left, right = raw[:cut], raw[cut:]
    if cut < len(raw) and columns[cut] != gutter:
        return None  # a wide character stands on the gutter
    if right.strip() and (left[-2:].strip() if len(left) >= 2 else left.strip()):
        return None  # no gap before the gutter: one text running across
    if right.strip() and len(right) - len(right.lstrip()) > MAX_INDENT:
        return None
    return left.rstrip(), right.rstrip()


def _gutter(raw_lines: list[str]) -> int | None:
    """The display column the right column starts at, where the text is laid out in two
    columns of prose; None otherwise (a table's columns hold short cells, several a row)."""
    starts: Counter[int] = Counter()
    gapped = 0
    for raw in raw_lines:
        if "  " not in raw and "\u3000" not in raw:
            continue  # (most lines of most documents: no gap to measure)
        found = [gap.end() for gap in _GAP.finditer(raw)
                 if gap.end() < len(raw) and raw[:gap.start()].strip()]
        gapped += bool(found)
        starts.update(sum(map(_width, raw[:end])) for end in found)
    if gapped < MIN_ROWS:
        return None
    gutter = starts.most_common(1)[0][0]
    rows = [raw for raw in raw_lines if raw.strip()]
    both = [split for raw in rows if (split := _split(raw, gutter)) is not None
            and split[0].strip() and split[1].strip()]
    if len(both) < max(MIN_ROWS, MIN_SHARE * len(rows)):
        return None
    widths = [sum(map(_width, left.strip())) for left, _ in both]
    right_widths = [sum(map(_width, right.strip())) for _, right in both]
    cells = sum(1 for left, right in both
                if _GAP.search(left.strip()) or _GAP.search(right.strip()))
    prose = statistics.median(widths) >= 0.6 * gutter and statistics.median(right_widths) >= 24
    return gutter if prose and cells <= 0.2 * len(both) else None


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines in reading order and the physical line (1-based) each came from; None when
    the text is neither laid out in two columns nor paged out of order."""
    gutter = _gutter(raw_lines)
    if gutter is None:
        return _tabbed_columns(raw_lines) or _pages_in_order(raw_lines) \
            or _run_rejoined(raw_lines)
    lines: list[str] = []
    numbers: list[int] = []
    band: list[tuple[int, tuple[str, str]]] = []

    def read_band() -> None:
        for side in (0, 1):
            rows = [(number, split[side]) for number, split in band]
            while rows and not rows[-1][1].strip():  # a column's foot and head break no
                rows.pop()                           # paragraph: its text goes on
            while rows and not rows[0][1].strip():
                rows.pop(0)
            for number, text in rows:
                lines.append(text)
                numbers.append(number)
        band.clear()

    for number, raw in enumerate(raw_lines, start=1):
        split = _split(raw, gutter)
        if split is None:
            read_band()
            lines.append(raw)
            numbers.append(number)
        else:
            band.append((number, split))
    read_band()
    return lines, numbers


# …专项资金1 ⏎ 500万元，…: a row of prose cut at the column's edge, the next row going on
_ENDS_ROW = re.compile(r"[。；;！？!?：:）)」”】]\s*$")


def _tabbed_columns(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """A page whose two columns a PDF's reader set side by side, a tab between them on each
    baseline (a TV guide's listings beside a column reprinting the call; a left-only row keeps
    its tab): each run of such rows read left column first, then the right — where the right
    is prose wrapped at its width, not a table's cells (a label beside each value)."""
    runs: list[tuple[int, int]] = []
    start = None
    for at, raw in enumerate([*raw_lines, ""]):
        row = raw.count("\t") == 1 and bool(raw.split("\t")[0].strip())
        if row and start is None:
            start = at
        elif not row and start is not None:
            if at - start >= MIN_ROWS:
                runs.append((start, at))
            start = None
    runs = [run for run in runs if _wrapped_prose([raw_lines[at].split("\t")[1].strip()
                                                  for at in range(*run)])
            and sum(1 for at in range(*run) if _LIST_NUMBER.match(left := raw_lines[at].split(
                "\t")[0]) or _LABEL.match(left)) < (run[1] - run[0]) / 2]
    if not runs:
        return None
    lines: list[str] = []
    numbers: list[int] = []
    at = 0
    for first, end in runs:
        for number in range(at, first):
            lines.append(raw_lines[number])
            numbers.append(number + 1)
        for side in (0, 1):
            for number in range(first, end):
                text = raw_lines[number].split("\t")[side]
                if text.strip():
                    lines.append(text.rstrip())
                    numbers.append(number + 1)
        at = end
    for number in range(at, len(raw_lines)):
        lines.append(raw_lines[number])
        numbers.append(number + 1)
    return lines, numbers


# 1.⇥… / （二）⇥…: a Word list's number, set apart from its paragraph by a tab
_LIST_NUMBER = re.compile(r"^\s*[(（]?[一二三四五六七八九十\d]{1,3}[)）.、．]?\s*$")
# 研究内容⇥… / 支持方式：⇥…: a table's label beside its value
_LABEL = re.compile(r"^\s*[\u4e00-\u9fff（）()、]{1,10}[:：]?\s*$")


def _wrapped_prose(cells: list[str]) -> bool:
    """Rows of one column of prose: wide, and a fifth of them cut mid-sentence at the
    column's edge (near its widest), the row after going on."""
    said = [cell for cell in cells if cell]
    if len(said) < MIN_ROWS or statistics.median(len(cell) for cell in said) < 24:
        return False
    edge = 0.8 * max(len(cell) for cell in said)
    cut = sum(1 for cell, after in pairwise(cells)
              if len(cell) >= edge and after and not _ENDS_ROW.search(cell))
    return cut >= len(said) / 5


def on_the_page(guideline: Guideline, numbers: list[int]) -> Guideline:
    """The guideline read in reading order, each line it cites the physical line it is on."""
    def physical(line: int) -> int:
        return numbers[line - 1] if 0 < line <= len(numbers) else line

    leaves = [dataclasses.replace(leaf, source_line=physical(leaf.source_line))
              for leaf in guideline.leaves]
    warnings = [issue.model_copy(update={"line": physical(issue.line)})
                for issue in guideline.warnings]
    return guideline.model_copy(update={"leaves": leaves, "warnings": warnings})


MIN_PAGES = 3


def _pages_in_order(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """A booklet's pages as its printer imposed them (16 1 2 15 14 3 …, each page ending with
    its number: — 15 —): the pages read by their numbers; None when they are in order already
    (or not numbered)."""
    footers = [(index, int(m[1])) for index, raw in enumerate(raw_lines)
               if (m := _FOOTER.match(raw)) is not None]
    numbers = [number for _, number in footers]
    if len(footers) < MIN_PAGES or numbers == sorted(numbers) \
            or len(set(numbers)) != len(numbers):
        return None
    pages: list[tuple[int, list[int]]] = []
    start = 0
    for index, number in footers:
        pages.append((number, list(range(start, index + 1))))
        start = index + 1
    pages.sort(key=lambda page: page[0])
    order = [at for _, page in pages for at in page] + list(range(start, len(raw_lines)))
    return [raw_lines[at] for at in order], [at + 1 for at in order]


_FOOTER = re.compile(r"^\s*[-—–－]\s*(\d{1,3})\s*[-—–－]\s*$")


# A text box that kept no line breaks, printed in rows of one width (a form's 政策原文 field):
# the rows joined back into one run, read as the lines its numbering and labels begin
MIN_RUN_ROWS = 15
_RUN_BREAK = re.compile(
    r"(?<=[^\d])(?=[一二三四五六七八九十]{1,3}、)"  # 一、总体要求
    r"|(?=[（(][一二三四五六七八九十]{1,3}[)）])"  # （一）…
    r"|(?<=[。；;：:！？）)])(?=\d{1,2}[.．、](?!\d))"  # …从其规定。1．…
    r"|(?<=[^\d.．])(?=\d{1,2}．(?!\d))"  # 拟支持项目数：2项2．…: the full-width point
    r"|(?<=[。；;！？）)])(?=[（(]\d{1,2}[)）])"  # …。（1）…
    r"|(?<=[^的])(?=(?:研究内容|考核指标|拟支持项目数|拟支持项数|申报要求|支持额度|资助额度"
    r"|实施期限|支持内容|支持方式|有关要求|指南代码|附件\d)[:：])"
    r"|(?<=。)(?=附件\d)"
    # a title run on into its body: …（SW2024JB01）对2023年度…, 4．海洋新材料本方向下设…
    r"|(?<=[）)])(?=对|本(?:方向|计划|专项|专题|类|事项))"
    r"|(?<=[\u4e00-\u9fff])(?=本(?:方向|计划|专项|专题|类项目|类事项)(?:下设|采取|须|拟|设|共))")


def _run_rejoined(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """A run of rows all one width (page lines between them dropped), joined and read as the
    lines its headings and labels begin, each citing the row it starts on; None when the text
    has no such run."""
    widths = Counter(len(raw) for raw in raw_lines if len(raw) >= 20)
    if not widths:
        return None
    width, count = widths.most_common(1)[0]
    if count < MIN_RUN_ROWS or count < 0.5 * sum(1 for raw in raw_lines if raw.strip()):
        return None
    rows = [i for i, raw in enumerate(raw_lines) if len(raw) == width]
    first, last = rows[0], rows[-1]
    if last - first + 1 - len(rows) > 2 * ((last - first) // 30 + 1):
        return None  # (short lines among them: paragraphs a page width wrapped, not one run)
    if last + 1 < len(raw_lines) and 0 < len(raw_lines[last + 1]) < width \
            and not _PAGE_LINE.match(raw_lines[last + 1]):
        rows.append(last + 1)  # (the run's last, shorter row)
    text, owner = "", []
    for i in rows:
        text += raw_lines[i]
        owner += [i] * len(raw_lines[i])
    starts = sorted({0, *(m.start() for m in _RUN_BREAK.finditer(text))})
    lines = [raw_lines[i] for i in range(first)]
    numbers = list(range(1, first + 1))
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        if text[start:end].strip():
            lines.append(text[start:end])
            numbers.append(owner[start] + 1)
    after = [i for i in range(first, len(raw_lines)) if i not in set(rows) and i > last]
    lines += [raw_lines[i] for i in after]
    numbers += [i + 1 for i in after]
    return lines, numbers


_PAGE_LINE = re.compile(r"^\s*[-—–]{1,3}\s*第\s*\d+\s*页")
