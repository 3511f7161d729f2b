"""A guideline saved as UOF (统一办公格式, GB/T 20916), the national office format 永中Office,
WPS and 红旗 write for government offices: one XML document whose elements are named in
Chinese — `<字:段落>` paragraphs of `<字:句>` runs holding `<字:文本串>` text, `<字:文字表>`
tables of `<字:行>` rows and `<字:单元格>` cells, under `<字:主体>`.

Read as the word processor shows it, with the changes its tracked revisions make accepted:
- a paragraph's runs joined on the line where the paragraph starts;
- a heading's automatic number (`<字:自动编号信息>` pointing at a numbering the 式样集 defines,
  its `<字:级别编号>` such as "%1.") drawn in front of it, the way the application draws it;
- a run inside a deletion (`<字:修订开始 字:类型="delete">` … `<字:修订结束>`) left out, an
  insertion kept;
- a table's row on its first line, its cells apart;
- the reviewers' comments (`<字:批注集>`), page headers and footers (with their PAGE fields)
  and the document's metadata left out: they are no text of the guideline.

Parsed with expat, which says on which line of the file each element starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.parsers import expat

from bot.catalogue.numbers import chinese_numeral

_UOF = re.compile(r"<uof:UOF\b[^>]*schemas\.uof\.org")
_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# (the parts of the file that are no text of the guideline)
_ASIDE = {"批注集", "页眉", "页脚", "元数据", "式样集", "用户集", "修订信息集"}
MIN_PARAGRAPHS = 10


@dataclass
class _Level:
    """One level of an automatic numbering: how its number is drawn and where it starts."""

    pattern: str = "%1."
    style: str = "decimal"
    start: int = 1


@dataclass
class _Reading:
    """What the parse has found so far, element by element."""

    numberings: dict[str, dict[int, _Level]] = field(default_factory=dict)
    counters: dict[str, list[int]] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)
    open: list[str] = field(default_factory=list)  # the local names of the open elements
    aside: int = 0  # how many open elements hold no text of the guideline
    deleted: set[str] = field(default_factory=set)  # the revisions under way that delete
    paragraph: list[str] | None = None
    paragraph_line: int = 0
    numbered: tuple[str, int, bool, int | None] | None = None
    row: list[str] | None = None
    row_line: int = 0  # (the line of the row's first cell that says something)
    cell: list[str] | None = None
    cell_line: int = 0
    numbering: str | None = None  # (inside a numbering's definition)
    level: int | None = None
    value: str | None = None  # the level property whose text is being read
    paragraphs: int = 0


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The document's paragraphs and table rows as lines, and the line (1-based) each starts
    on; None when the text is no UOF document (or not one expat can read)."""
    if not any(_UOF.search(raw) for raw in raw_lines[:5]):
        return None
    text = "\n".join(raw_lines)
    declaration = _DECLARATION.match(text)
    if declaration:  # (its encoding is the file's, and the text is decoded already)
        text = "\n" * declaration.group(0).count("\n") + text[declaration.end():]
    reading = _Reading()
    parser = expat.ParserCreate()
    parser.StartElementHandler = lambda name, attrs: _start(
        reading, _local(name), attrs, parser.CurrentLineNumber)
    parser.EndElementHandler = lambda name: _end(reading, _local(name))
    parser.CharacterDataHandler = lambda data: _text(reading, data)
    try:
        parser.Parse(text, True)
    except expat.ExpatError:
        return None
    if reading.paragraphs < MIN_PARAGRAPHS:
        return None
    return reading.lines, reading.numbers


def _local(name: str) -> str:
    return name.rsplit(":", 1)[-1]


def _attr(attrs: dict[str, str], name: str) -> str | None:
    return next((value for key, value in attrs.items() if _local(key) == name), None)


def _start(reading: _Reading, name: str, attrs: dict[str, str], line: int) -> None:
    reading.open.append(name)
    if name in _ASIDE or reading.aside:
        reading.aside += 1
        return
    if name == "自动编号":
        reading.numbering = _attr(attrs, "标识符")
        reading.numberings.setdefault(reading.numbering or "", {})
    elif name == "级别" and reading.numbering is not None:
        reading.level = int(_attr(attrs, "级别值") or 0)
        reading.numberings[reading.numbering][reading.level] = _Level()
    elif name in ("级别编号", "编号格式", "起始编号") and reading.level is not None:
        reading.value = ""
    elif name == "修订开始" and _attr(attrs, "类型") == "delete":
        reading.deleted.add(_attr(attrs, "标识符") or "")
    elif name == "修订结束":
        reading.deleted.discard(_attr(attrs, "开始标识符引用") or "")
    elif name == "行" and "文字表" in reading.open:
        reading.row, reading.row_line = [], 0
    elif name == "单元格" and reading.row is not None:
        reading.cell, reading.cell_line = [], line
    elif name == "段落" and "主体" in reading.open:
        reading.paragraph, reading.paragraph_line, reading.numbered = [], line, None
    elif name == "自动编号信息" and reading.paragraph is not None:
        start = _attr(attrs, "起始编号")
        reading.numbered = (_attr(attrs, "编号引用") or "", int(_attr(attrs, "编号级别") or 0),
                            _attr(attrs, "重新编号") == "true", int(start) if start else None)


def _text(reading: _Reading, data: str) -> None:
    if reading.aside:
        return
    if reading.value is not None:
        reading.value += data
    elif reading.open and reading.open[-1] == "文本串" and reading.paragraph is not None \
            and not reading.deleted:
        reading.paragraph.append(data)


def _end(reading: _Reading, name: str) -> None:
    reading.open.pop()
    if reading.aside:
        reading.aside -= 1
        return
    if reading.value is not None and name in ("级别编号", "编号格式", "起始编号"):
        level = reading.numberings[reading.numbering or ""][reading.level or 0]
        value = reading.value.strip()
        if name == "级别编号":
            level.pattern = value
        elif name == "编号格式":
            level.style = value
        elif value.isdigit():
            level.start = int(value)
        reading.value = None
    elif name == "级别":
        reading.level = None
    elif name == "自动编号":
        reading.numbering = None
    elif name == "段落" and reading.paragraph is not None:
        words = "".join(reading.paragraph).strip()
        reading.paragraph = None
        reading.paragraphs += 1
        if reading.numbered is not None and words:
            words = _number(reading, *reading.numbered) + words
        if reading.cell is not None:
            reading.cell.append(words)
        elif words:
            reading.lines.append(words)
            reading.numbers.append(reading.paragraph_line)
    elif name == "单元格" and reading.cell is not None and reading.row is not None:
        reading.row.append("".join(reading.cell))
        if not reading.row_line and reading.row[-1]:
            reading.row_line = reading.cell_line
        reading.cell = None
    elif name == "行" and reading.row is not None:
        if any(reading.row):
            reading.lines.append("\t".join(reading.row))
            reading.numbers.append(reading.row_line)
        reading.row = None


def _number(reading: _Reading, ref: str, depth: int, restart: bool, start: int | None) -> str:
    """The number the application draws for the next paragraph of numbering `ref` at `depth`:
    counted on from the last (or afresh where the paragraph says so), the levels below reset."""
    levels = reading.numberings.get(ref, {})
    level = levels.get(depth, _Level())
    counts = reading.counters.setdefault(ref, [])
    del counts[depth + 1:]
    counts.extend(levels.get(d, _Level()).start - 1 for d in range(len(counts), depth + 1))
    if restart:
        counts[depth] = (start if start is not None else level.start) - 1
    counts[depth] += 1
    return re.sub(r"%(\d)", lambda m: _drawn(counts, levels, int(m[1]) - 1), level.pattern)


def _drawn(counts: list[int], levels: dict[int, _Level], depth: int) -> str:
    n = counts[depth] if depth < len(counts) else 1
    style = levels.get(depth, _Level()).style
    if style.startswith("chinese") or style.startswith("ideograph"):
        return chinese_numeral(n)
    if style == "decimal-enclosed-circle" and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if style in ("upper-letter", "lower-letter") and 1 <= n <= 26:
        return chr((0x41 if style == "upper-letter" else 0x61) + n - 1)
    if style == "decimal-full-width":
        return "".join(chr(ord(d) + 0xFEE0) for d in str(n))
    return str(n)
