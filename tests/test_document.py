"""Documents as bureaus publish them: text in any encoding they use, .docx and .pdf files made
here with the same libraries the field uses (python-docx writes the .docx; reportlab writes a
text-layer PDF with its built-in CID font STSong-Light, so Chinese needs no font file)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bot.catalogue.document import DocumentError, read_document, unwrap
from bot.catalogue.ingest import parse_document

MB = 1024 * 1024
GUIDELINE = [
    "2026年钦州市科技计划项目申报指南",
    "钦州市科学技术局",
    "专项一：临港产业关键核心技术攻关专项",
    "本专项各方向须由企业牵头申报，项目采取前资助方式。",
    "1．乙烯下游高端聚烯烃专用料开发与产业化（指南代码：QZ26ZD01）",
    "【支持重点】支持茂金属聚乙烯等高端专用料开发。",
    "【支持强度】单个项目不超过150万元。",
    "2．化工园区安全环保技术（指南代码：QZ26ZD02）",
    "【支持重点】支持园区级多源感知与智能预警系统研发。",
    "【支持强度】单个项目支持80—120万元。",
]


def read(data: bytes, name: str = "x.txt", limit: int = MB) -> tuple[list[str], str, list[str]]:
    source = read_document(data, name, max_bytes=limit)
    return source.lines, source.encoding, [str(w) for w in source.warnings]


@pytest.mark.parametrize(
    ("data", "encoding", "warned"),
    [
        ("方向1：测试\r\n研究内容：做。\r\n".encode(), "utf-8", False),
        ("\ufeff方向1：测试\n研究内容：做。\n".encode(), "utf-8-sig", False),
        ("方向1：测试\n研究内容：做。\n".encode("gb18030"), "gb18030", True),
        ("方向1：测试\n研究内容：做。\n".encode("utf-16"), "utf-16", False),
    ],
)
def test_text_in_the_encodings_bureaus_use(data: bytes, encoding: str, warned: bool) -> None:
    lines, found, warnings = read(data)
    assert lines == ["方向1：测试", "研究内容：做。"]
    assert found == encoding
    assert bool(warnings) == warned


def test_a_gbk_guess_names_the_first_line_that_is_not_utf8() -> None:
    data = b"ascii line\n" + "第二行中文\n".encode("gb18030")
    _, _, warnings = read(data, "bureau.txt")
    assert warnings == ["bureau.txt:2: not UTF-8: read as GB18030 (a GBK export); check the text "
                        "came out right"]


@pytest.mark.parametrize(
    ("data", "name", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "scan.txt", "not text in any encoding"),
        (b"text\n" + b"\x00\x01\x02\x03" * 50, "x.txt", "control characters"),
        ("正文\n".encode() + b"\x01\x02\x03\x04\x05" + "尾\n".encode(), "x.txt",
         "control characters"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "old.doc", "old binary Word"),
        (b"PK\x03\x04" + b"\x00" * 64, "archive.zip", "a zip archive"),
    ],
)
def test_binary_files_are_refused_with_file_and_line(data: bytes, name: str, reason: str) -> None:
    with pytest.raises(DocumentError) as caught:
        read(data, name)
    assert reason in caught.value.issue.reason
    assert str(caught.value).startswith(f"{name}:")


def test_a_document_over_the_size_limit_is_refused_before_reading() -> None:
    with pytest.raises(DocumentError) as caught:
        read(b"x" * (2 * MB), "big.txt", limit=MB)
    assert "2.0 MB, over the 1.0 MB limit" in str(caught.value)


# --------------------------------------------------------------------------- .docx


def make_docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    from docx import Document

    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, cells in zip(grid.rows, table, strict=True):
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_paragraphs_and_table_rows_are_read_in_order() -> None:
    data = make_docx(GUIDELINE[:6], table=[["支持强度", "单个项目不超过150万元。"]])
    lines, encoding, warnings = read(data, "指南.docx")
    assert encoding == "docx" and warnings == []
    assert lines[:6] == GUIDELINE[:6]
    assert lines[-1] == "支持强度\t单个项目不超过150万元。"


def test_a_docx_guideline_parses_like_its_text() -> None:
    guideline = parse_document(make_docx(GUIDELINE), "指南.docx")
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.funding_mode)
            for leaf in guideline.leaves] == [("QZ26ZD01", None, 150, "前资助"),
                                              ("QZ26ZD02", 80, 120, "前资助")]
    assert all(leaf.enterprise_lead_only for leaf in guideline.leaves)


def test_a_docx_label_in_a_two_column_table_is_a_field() -> None:
    table = [["研究内容", "支持高端专用料开发。"], ["资助金额", "不超过30万元"]]
    guideline = parse_document(make_docx(["一、重点研发计划", "方向1：测试方向"], table), "t.docx")
    assert guideline.leaves[0].funding_max_wan == 30
    assert guideline.leaves[0].content == "支持高端专用料开发。"


def test_a_broken_docx_is_refused() -> None:
    data = make_docx(["x"])[:200]
    with pytest.raises(DocumentError) as caught:
        read(data, "broken.docx")
    assert "not a readable .docx" in caught.value.issue.reason


# --------------------------------------------------------------------------- .pdf


def make_pdf(pages: list[list[str]]) -> bytes:
    """A text-layer PDF; reportlab's CID font STSong-Light carries Chinese without a font file."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for number, lines in enumerate(pages, start=1):
        pdf.setFont("STSong-Light", 10)
        y = 800
        for line in lines:
            pdf.drawString(40, y, line)
            y -= 16
        pdf.drawString(280, 30, f"- {number} -")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_a_text_layer_pdf_is_read_page_by_page() -> None:
    data = make_pdf([GUIDELINE[:6], GUIDELINE[6:]])
    lines, encoding, _ = read(data, "指南.pdf")
    assert encoding == "pdf"
    assert [line for line in lines if line.strip()][:6] == GUIDELINE[:6]
    assert "- 1 -" in lines and GUIDELINE[-1] in lines


def test_a_pdf_guideline_parses_and_its_page_numbers_are_junk() -> None:
    guideline = parse_document(make_pdf([GUIDELINE[:6], GUIDELINE[6:]]), "指南.pdf")
    assert [leaf.code for leaf in guideline.leaves] == ["QZ26ZD01", "QZ26ZD02"]
    assert guideline.leaves[0].funding_max_wan == 150
    assert "- 1 -" not in (guideline.leaves[0].funding_text or "")


def test_a_scanned_pdf_without_text_is_refused_with_the_reason() -> None:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for _ in range(2):  # pages with only drawn shapes: what a scan looks like to a text reader
        pdf.rect(40, 40, 500, 700, fill=1)
        pdf.showPage()
    pdf.save()
    with pytest.raises(DocumentError) as caught:
        read(out.getvalue(), "scan.pdf")
    assert "PDF without a text layer (2 page(s), 0 characters): a scan?" in str(caught.value)


def test_pdf_lines_wrapped_at_the_page_width_are_joined() -> None:
    wide = "甲" * 40
    page = [wide, "乙乙结束。", "短行", wide + "。", "下一段", wide, "1．下一个标题", wide, wide,
            "完。"]
    assert unwrap(page) == [wide + "乙乙结束。", "短行", wide + "。", "下一段", wide,
                            "1．下一个标题", wide + wide + "完。"]


def test_the_dev_documents_read_from_disk(tmp_path: Path) -> None:
    folder = Path(__file__).parent / "data" / "guidelines"
    for source in folder.glob("*.txt"):
        assert read(source.read_bytes(), source.name)[0]
