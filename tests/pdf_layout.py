"""Guideline text laid out as Word's 导出为PDF lays it out, with reportlab (its built-in CID font
STSong-Light carries Chinese without a font file): A4, wrapping by measured width, body paragraphs
justified to the right margin with a first-line indent made by position, headings not justified,
tab rows as ruled tables whose cells wrap (a row breaking at a page's foot under its header
printed again), a running header and a page number on every page. `Layout` also gives what WPS
and OA converters do: ragged lines, headings bold by drawing them twice, 三线表 tables.
`exported` also returns the printed lines, top to bottom, as a reader should find them."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

FONT = "STSong-Light"
PAGE_WIDTH, PAGE_HEIGHT = 595, 842
LEFT, RIGHT, TOP, BOTTOM = 79, 79 + 28 * 16, 842 - 72, 80  # 公文: 28 characters of 三号 a line
HEADING = re.compile(r"^(第[一二三四五六七八九十]+[部分章节]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）"
                     r"|\d+(\.\d+)*[.．、]|（\d+）|方向|专项|专题|课题|项目|子方向|计划|附件)")


@dataclass
class Layout:
    size: float = 16  # 三号: 28 characters a line
    header: str = "某市科技计划项目申报指南"
    gongwen_footer: bool = True  # — 3 — alternating right/left; else 第 3 页
    indent_headings: bool = True
    justified: bool = True  # else ragged right, as WPS and OA converters leave it
    bold_twice: bool = False  # headings drawn twice, 0.3pt apart: bold without a bold font
    three_line: bool = False  # tables ruled across only: over, under the header, under (三线表)
    rows_ruled: bool = False  # …and between its rows too, still with no walls


def _width(text: str, size: float) -> float:
    from reportlab.pdfbase import pdfmetrics

    return float(pdfmetrics.stringWidth(text, FONT, size))


def _wrap(text: str, avail: float, size: float, first_indent: float = 0.0) -> list[str]:
    """Lines as a word processor breaks them: before a character, or before a Latin word or a
    number, that would not fit."""
    lines, current, used, limit = [], "", 0.0, avail - first_indent
    for word in re.findall(r"[A-Za-z0-9.%]+|.", text):
        width = _width(word, size)
        if used + width > limit + 0.01 and current:
            lines.append(current)
            current, used, limit = "", 0.0, avail
        current += word
        used += width
    return [*lines, current]


def exported(source: list[str], layout: Layout | None = None) -> tuple[bytes, list[str]]:
    """The PDF, and its printed lines (a table row's cells joined by tabs, row by row)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    layout = layout or Layout()
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    size, avail = layout.size, RIGHT - LEFT
    lead = size * 1.45
    printed: list[str] = []
    state: dict[str, float] = {"page": 1, "y": float(TOP)}

    def footer() -> None:
        number = int(state["page"])
        text = f"— {number} —" if layout.gongwen_footer else f"第 {number} 页"
        right = not layout.gongwen_footer or number % 2
        pdf.setFont(FONT, 10.5)
        pdf.drawString(RIGHT - _width(text, 10.5) if right else LEFT, 50, text)
        printed.append(text)

    def room(height: float) -> None:
        if state["y"] - height >= BOTTOM:
            return
        footer()
        pdf.showPage()
        state["page"] += 1
        state["y"] = float(TOP)
        pdf.setFont(FONT, 9)
        pdf.drawString(LEFT + (avail - _width(layout.header, 9)) / 2, 800, layout.header)
        pdf.line(LEFT, 795, RIGHT, 795)
        printed.append(layout.header)

    def draw(x: float, text: str, justify: bool = False, bold: bool = False) -> None:
        room(lead)
        for shift in (0.0, 0.3) if bold else (0.0,):
            line = pdf.beginText()
            line.setTextOrigin(x + shift, state["y"])
            line.setFont(FONT, size)
            if justify and layout.justified and len(text) > 1:
                line.setCharSpace((RIGHT - x - _width(text, size)) / (len(text) - 1))
            line.textOut(text)
            pdf.drawText(line)
        printed.append(text)
        state["y"] -= lead

    header: list[str] | None = None  # the table's first row, printed again after a page break
    for raw in source:
        text = raw.strip()
        if not text:
            continue
        if "\t" in raw:
            cells = [cell.strip() for cell in raw.strip("\r\n").split("\t")]  # (empty ones too)
            header = header or cells
            _table_row(pdf, cells, header if header != cells else None, size, state, room,
                       printed, layout.three_line, layout.rows_ruled)
            continue
        if header is not None and layout.three_line:  # the rule under a 三线表
            rule = state["y"] + size * 1.45 * 0.8 + 2  # under the last row's baseline
            pdf.line(LEFT, rule, RIGHT, rule)
        header = None
        if len(text) <= 40 and not text.endswith(("。", "；")) and HEADING.match(text):
            indent = 2 * size if layout.indent_headings else 0
            for number, part in enumerate(_wrap(text, avail, size, indent)):
                draw(LEFT + (indent if number == 0 else 0), part, bold=layout.bold_twice)
        else:
            parts = _wrap(text, avail, size, 2 * size)
            for number, part in enumerate(parts):
                draw(LEFT + (2 * size if number == 0 else 0), part, number < len(parts) - 1)
    footer()
    pdf.showPage()
    pdf.save()
    return out.getvalue(), printed


def _table_row(pdf: Canvas, cells: list[str], header: list[str] | None, size: float,
               state: dict[str, float], room: Callable[[float], None],
               printed: list[str], three_line: bool = False, rows_ruled: bool = False) -> None:
    """One ruled row, its cells wrapped within their columns. As Word does by default, a row
    that reaches the page's foot breaks there and goes on at the next page's top, under the
    table's header row printed again. In a 三线表 only the header row is ruled, over and under
    (every row, with `rows_ruled`)."""
    cell_size, width = size * 0.75, (RIGHT - LEFT) / len(cells)
    wrapped = [_wrap(cell, width - 6, cell_size) for cell in cells]
    rows, step, number = max(len(lines) for lines in wrapped), size * 1.45 * 0.8, 0
    room(step + 6)
    while True:
        top, part = state["y"] + cell_size + 2, 0
        while number < rows and (part == 0 or state["y"] - step >= BOTTOM):
            pieces = []
            for column, lines in enumerate(wrapped):
                if number < len(lines) and lines[number]:
                    pdf.setFont(FONT, cell_size)
                    pdf.drawString(LEFT + column * width + 3, state["y"], lines[number])
                    pieces.append(lines[number])
            printed.append("\t".join(pieces))
            state["y"] -= step
            number, part = number + 1, part + 1
        bottom = state["y"] + step - 4
        if not three_line or header is None or rows_ruled:  # (a 三线表's header: over, under)
            pdf.line(LEFT, top, RIGHT, top)
            pdf.line(LEFT, bottom, RIGHT, bottom)
        if not three_line:
            for column in range(len(cells) + 1):
                pdf.line(LEFT + column * width, top, LEFT + column * width, bottom)
        state["y"] -= 6
        if number == rows:
            return
        room(PAGE_HEIGHT)  # the row breaks here
        if header is not None:
            _table_row(pdf, header, None, size, state, room, printed, three_line, rows_ruled)
