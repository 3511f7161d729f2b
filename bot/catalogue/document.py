"""A bureau's document as bytes → the text the parser reads, whatever it was published as.

Bureaus publish .docx, .pdf (a text layer, or a scan without one) and plain text exported in
UTF-8, UTF-8 with a BOM or GB18030/GBK. Everything readable becomes text here, with a warning
when something was guessed (an encoding); everything else is refused with `file:line: reason`
before any parsing starts, so a binary file or a scan never turns into an empty guideline.
"""

from __future__ import annotations

import io
import itertools
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import TYPE_CHECKING

from bot.catalogue import printer_codes
from bot.catalogue.models import ParseIssue
from bot.catalogue.numbers import normalise

if TYPE_CHECKING:
    from bot.catalogue import pdf_text

DOCX_SUFFIX = ".docx"
PDF_SUFFIX = ".pdf"
# Below this many characters per page a PDF has no usable text layer: it is a scan.
MIN_PDF_CHARS_PER_PAGE = 20
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")


@dataclass(frozen=True)
class SourceText:
    """A document's text as lines (counted as str.splitlines() counts them) and how it was read."""

    lines: list[str]
    encoding: str
    warnings: list[ParseIssue] = field(default_factory=list)
    # a PDF's page of each line (1-based): its line numbers count printed lines across pages,
    # which a person finds by page; empty for text and Word files
    pages: list[int] = field(default_factory=list)
    # a Word (or ruled PDF) table row whose cell lists several directions as paragraphs is read as a
    # line per direction, the row's other cells repeated on each: those lines, whose repeated
    # cells are stated once for all the row's directions (inherited, not each one's own)
    listed_rows: frozenset[int] = frozenset()
    # a Word heading that only its style makes one (标题 1, 标题 2…, no number): its line's
    # outline level, which says its depth as a number would
    heading_depths: dict[int, int] = field(default_factory=dict)
    # a Word table row of several cells, some merged across columns: how many columns each
    # of its cells covers (支持方式 | 前资助 over two plans' columns | 后补助), by line
    cell_spans: dict[int, tuple[int, ...]] = field(default_factory=dict)

    def where(self, line: int) -> tuple[int, int] | None:
        """(page, line on that page) of a 1-based line of a PDF; None for other documents."""
        if not 0 < line <= len(self.pages):
            return None
        page = self.pages[line - 1]
        return page, line - self.pages.index(page)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


class DocumentError(Exception):
    """The document cannot be read as a guideline; `issue` says where and why."""

    def __init__(self, issue: ParseIssue) -> None:
        super().__init__(str(issue))
        self.issue = issue


def refuse(name: str, line: int, reason: str, kind: str | None = None) -> DocumentError:
    """`kind` names a refusal a person can act on (``scan``, ``password``, ``doc``…), so a
    chat can say it in the reader's language; the reason stays for logs and file:line."""
    return DocumentError(ParseIssue(file=name, line=line, reason=reason, fatal=True, kind=kind))


DEFAULT_MAX_BYTES = 10 * 1024 * 1024  # the default of setting ZHINAN_MAX_DOCUMENT_BYTES


def read_document(data: bytes, name: str, *, max_bytes: int) -> SourceText:
    """Text of a .txt, .docx or text-layer .pdf document; DocumentError when it has none.

    `max_bytes` caps what is read at all: a runaway file is refused before it is parsed.
    """
    if len(data) > max_bytes:
        raise refuse(name, 0, f"document is {_mb(len(data))}, over the {_mb(max_bytes)} limit "
                              "(setting ZHINAN_MAX_DOCUMENT_BYTES)")
    suffix = PurePath(name).suffix.lower()
    if data.startswith(b"%PDF") or suffix == PDF_SUFFIX:
        return read_pdf(data, name)
    if data.startswith(b"PK\x03\x04"):
        if suffix != DOCX_SUFFIX and not _is_docx(data):
            raise refuse(name, 0, "a zip archive, not a guideline (send .txt, .docx or .pdf)",
                         "zip")
        return read_docx(data, name)
    if suffix == ".doc" or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise refuse(name, 0, "an old binary Word file (.doc): save it as .docx and send that",
                     "doc")
    return read_text(data, name)


def _mb(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB"


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


# --------------------------------------------------------------------------- plain text


def read_text(data: bytes, name: str) -> SourceText:
    """Decode UTF-8 (BOM or not), else GB18030 with a warning; binary data is refused."""
    if data.startswith(b"\xef\xbb\xbf"):
        text, encoding, warnings = _decode_bom(data[3:], "utf-8", "utf-8-sig", name)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding, warnings = _decode_bom(data, "utf-16", "utf-16", name)
    else:  # (a printer's ESC/P commands out of the bytes first: their parameters are bytes)
        text, encoding, warnings = _decode_plain(printer_codes.without_commands(data), name)
    if "\x1b[" in text:  # a terminal's capture (a telnet BBS saved with its colours)
        text = _ANSI.sub("", text)
    if "\b" in text:  # a man page as a terminal pager renders it, saved without `col -b`
        text = _OVERSTRUCK.sub("", text)
    lines = text.splitlines()
    _refuse_binary(lines, name)
    return SourceText(lines, encoding, warnings)


_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
# bold struck twice (字\b字) and underline struck over (_\b1): the character struck last is the
# one on the page, as `col -b` keeps it
_OVERSTRUCK = re.compile(r"[^\n\b]\x08")


def _decode_bom(data: bytes, codec: str, label: str,
                name: str) -> tuple[str, str, list[ParseIssue]]:
    try:
        return data.decode(codec), label, []
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise refuse(name, line, f"starts as {label} but is not valid {label}",
                     "not_text") from None


def _decode_plain(data: bytes, name: str) -> tuple[str, str, list[ParseIssue]]:
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as exc:
        bad_line = data[: exc.start].count(b"\n") + 1
    if b"\x00" not in data:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            pass
        else:
            return text, "gb18030", [ParseIssue(
                file=name, line=bad_line, kind="encoding",
                reason="not UTF-8: read as GB18030 (a GBK export); check the text came out right")]
    raise refuse(name, bad_line, "not text in any encoding a bureau uses (UTF-8, GB18030): "
                                 "a binary file?", "not_text")


def _refuse_binary(lines: list[str], name: str) -> None:
    """Text that decodes but is full of control characters is a binary file."""
    for number, line in enumerate(lines, start=1):
        if len(_CONTROL.findall(line)) > 2:
            raise refuse(name, number, "control characters in the text: a binary file, "
                                       "not a guideline", "not_text")


# --------------------------------------------------------------------------- .docx


def read_docx(data: bytes, name: str) -> SourceText:
    """Paragraphs and table rows in document order, as Word's own "save as text" gives them
    (see `docx_text`): a row's cells joined by tabs, so labels in a two-column table still
    read as labels, and each automatically numbered paragraph with the number Word shows."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    from bot.catalogue.docx_text import word_lines

    try:
        document = Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise refuse(name, 0, f"not a readable .docx file: {exc}", "broken") from None
    listed: set[int] = set()
    depths: dict[int, int] = {}
    spans: dict[int, tuple[int, ...]] = {}
    lines = word_lines(document, listed, depths, spans)
    if not any(line.strip() for line in lines):
        raise refuse(name, 0, ".docx file without text", "empty")
    return SourceText(lines, "docx", listed_rows=frozenset(listed),
                      heading_depths=depths if len(depths) >= MIN_STYLED_HEADINGS else {},
                      cell_spans=spans)


# a document whose outline Word's heading styles show: more than a title set as 标题 1
MIN_STYLED_HEADINGS = 3


# --------------------------------------------------------------------------- .pdf


def read_pdf(data: bytes, name: str) -> SourceText:
    """The printed lines, page by page, wrapped paragraphs read whole (see `pdf_text`); a scan
    (pages without text) is refused with the reason."""
    from bot.catalogue import pdf_text

    try:
        printed, pages = pdf_text.printed_lines(data)
    except pdf_text.NoText as exc:
        raise refuse(name, 0, str(exc), exc.kind) from None
    chars = sum(len("".join(line.text.split())) for line in printed)
    if not printed or chars < MIN_PDF_CHARS_PER_PAGE * max(pages, 1):
        raise refuse(name, 0, f"PDF without a text layer ({pages} page(s), {chars} "
                              "characters): a scan? Send the .docx or a PDF with text", "scan")
    texts = pdf_text.joined(printed, _starts_paragraph)
    return SourceText(texts, "pdf", pages=[line.page for line in printed],
                      listed_rows=frozenset(i for i, line in enumerate(printed, 1) if line.listed),
                      heading_depths=_sized_headings(printed, texts))


_BADGE = re.compile(r"^\s*\d{1,3}\s*$")


def _sized_headings(printed: list[pdf_text.PrintedLine], texts: list[str]) -> dict[int, int]:
    """The headings only their type size makes headings (no number, no keyword: a Word file's
    heading styles exported without list numbers), as Word's outline levels are read — where
    the sizes, not numbers, carry the outline (a gazette's larger article titles over numbered
    guidelines say nothing of them)."""
    from bot.catalogue import pdf_text
    from bot.catalogue.outline import classify_text

    sized = pdf_text.sized_headings(printed, texts)
    if len(sized) < MIN_STYLED_HEADINGS:  # (most PDFs: no reading of every line's numbering)
        return {}
    depths = {number: depth for number, depth in sized.items()
              if classify_text(texts[number - 1].strip()) is None}
    # 01 ⏎ 深远海…技术研究 printed as large as the 【重点研发专项】 banner over it: a title under a
    # badge number is the banner's item, a level below it
    badged = {number for number in depths if number >= 2
              and _BADGE.match(texts[number - 2])}
    if {depths[number] for number in badged} & {depths[n] for n in depths if n not in badged}:
        depths.update({number: depths[number] + 1 for number in badged})
    numbered = (text for text in texts if text.strip() and classify_text(text.strip()))
    carried = len(depths) >= MIN_STYLED_HEADINGS \
        and next(itertools.islice(numbered, len(depths) - 1, None), None) is None
    return depths if carried else {}


def _starts_paragraph(text: str) -> bool:
    """A heading or a field label (a code's too, 指南代码：… 项目类型：…): where a paragraph
    begins when indentation cannot say."""
    from bot.catalogue.outline import CODE_LEAD, Line, classify_text, read_label

    norm = normalise(text)
    return classify_text(text) is not None or read_label(Line(0, text, norm)) is not None \
        or CODE_LEAD.match(norm) is not None
