"""Documents as bureaus publish them: text in any encoding they use, .docx and .pdf files made
here with the same libraries the field uses (python-docx writes the .docx; reportlab writes a
text-layer PDF with its built-in CID font STSong-Light, so Chinese needs no font file)."""

from __future__ import annotations

import io
import itertools
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from bot.catalogue.document import DocumentError, read_document
from bot.catalogue.ingest import parse_document
from bot.catalogue.models import Leaf
from tests.pdf_layout import Layout, exported

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


def add_table(document: Any, rows: list[list[str]]) -> Any:
    """A Word table of these rows, each cell's text as given, added to the document."""
    grid = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(grid.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    return grid


def make_docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    from docx import Document

    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        add_table(document, table)
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


def test_a_books_chapter_header_over_its_pages_and_a_note_its_heading_calls() -> None:
    """A policy book's chapter: its title heads the first page and runs over the next ones by
    their page numbers (第四章…导读: once a heading, then a running header that opens no new
    chapter); a plan's heading calls a note at the page's foot (…（工业科技科）② ⏎ ——————
    ② 本计划所列方向均须由企业牵头申报，项目执行期不超过2年。): the note is the plan's terms, for
    its directions on this page and the next."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    chapter = "第四章　2024年度市级科技计划申报指南导读"
    pages = [
        [chapter, "第一节　各类计划申报要点", "一、科技攻关计划（工业科技科）②",
         "本计划采取前资助方式，项目立项后一次性拨付资助经费。",
         "（一）硅藻土功能材料制备技术",
         "指南代码：LJ24-GG-01。支持硅藻土提纯改性技术研发，每项资助50万元至80万元。"],
        [chapter, "（二）人参精深加工技术",
         "指南代码：LJ24-GG-02。支持人参有效成分提取技术研究，每项资助不超过40万元。",
         "二、软科学研究计划（综合科）", "（一）县域创新对策研究",
         "指南代码：LJ24-RK-01。高校、企业均可申报，每项资助5万元，执行期12个月。"],
        [chapter, "第二节　申报流程", "申报时间为2024年4月1日至4月30日。"],
    ]
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for number, lines in enumerate(pages, start=41):
        pdf.setFont("STSong-Light", 10)
        y = 800
        for line in lines:
            pdf.drawString(40, y, line)
            y -= 16
        if number == 41:
            pdf.drawString(40, 80, "——————")
            pdf.drawString(110, 80, "② 本计划所列方向均须由企业牵头申报，项目执行期不超过2年。")
        pdf.drawString(280, 30, str(number))
        pdf.showPage()
    pdf.save()
    leaves = parse_document(out.getvalue(), "读本.pdf").leaves
    assert [(leaf.code, leaf.plan, leaf.office, leaf.funding_max_wan, leaf.period_years_max,
             leaf.enterprise_lead_only) for leaf in leaves] == [
        ("LJ24-GG-01", "科技攻关计划", "工业科技科", 80, 2, True),
        ("LJ24-GG-02", "科技攻关计划", "工业科技科", 40, 2, True),
        ("LJ24-RK-01", "软科学研究计划", "综合科", 5, 1, False)]


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
    assert caught.value.issue.kind == "scan"  # (a chat says it in the reader's language)


PARAGRAPH = ("本专项支持临港石化产业链延链补链，重点围绕乙烯下游高端聚烯烃、特种工程塑料、"
             "电子化学品等方向开展关键核心技术攻关，推动科技成果在本地转化和产业化。")


def test_pdf_lines_are_the_printed_lines_and_a_wrapped_paragraph_reads_whole_on_its_first() -> None:
    data, printed = exported(["专项一：临港产业关键核心技术攻关专项", PARAGRAPH, "短段落。"])
    lines, _, _ = read(data, "指南.pdf")
    assert len(lines) == len(printed)  # a leaf cites the printed line it starts on
    assert printed[1] != PARAGRAPH and PARAGRAPH.startswith(printed[1])  # wrapped when printed
    assert lines[:5] == ["专项一：临港产业关键核心技术攻关专项", PARAGRAPH, "", "", "短段落。"]


def test_a_pdf_table_cell_merged_over_two_rows_belongs_to_both() -> None:
    """序号 | 方向名称 | 牵头要求 with 须由企业牵头 written once for rows 1 and 2, the merged cell
    walled row by row as WPS draws it: each row reads whole, the merged cell under both."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    pdf = Canvas(out, pagesize=(595, 842))
    columns, tops = [80, 120, 330, 510], [700, 680, 640, 600]  # header, row 1, row 2
    rows = [["序号", "方向名称", "牵头要求"], ["1", "海上风电装备研发", "须由企业牵头"],
            ["2", "新型储能系统集成", ""]]
    pdf.setFont("STSong-Light", 12)
    for (top, bottom), cells in zip(itertools.pairwise(tops), rows, strict=True):
        for x, text in zip(columns[:-1], cells, strict=True):
            pdf.drawString(x + 4, top - 15, text)
        for x in columns:  # each row's walls, the table's right border too
            pdf.line(x, top, x, bottom)
        # (no rule between rows 1 and 2 in the merged column)
        pdf.line(columns[0], top, columns[2] if cells[0] == "2" else columns[3], top)
        pdf.line(columns[0], bottom, columns[2] if cells[0] == "1" else columns[3], bottom)
    pdf.save()
    lines, _, _ = read(out.getvalue(), "t.pdf")
    assert [line for line in lines if line.strip()] == [
        "序号\t方向名称\t牵头要求", "1\t海上风电装备研发\t须由企业牵头", "2\t新型储能系统集成\t须由企业牵头"]


def test_a_pdf_table_cells_full_stop_hung_past_its_wall_stays_in_its_row() -> None:
    """A ruled row whose 申报单位条件 cell wraps, its last line's full stop hung past the
    table's right wall (as Word lets punctuation hang), and a comma hung past the name cell's
    wall into the next: the row still reads as one line, each stop in the cell it ends."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    pdf = Canvas(out, pagesize=(595, 842))
    columns, tops = [80, 120, 330, 510], [700, 680, 620]
    pdf.setFont("STSong-Light", 12)
    for x, text in zip(columns, ["序号", "项目名称", "申报单位条件"], strict=False):
        pdf.drawString(x + 4, 685, text)
    pdf.drawString(84, 665, "7")
    pdf.drawString(124, 665, "中试熟化平台建设（QB25ZH02）")
    # (a comma hung past the name cell's wall, into the next cell: still the name's)
    pdf.drawString(330 + 9 - pdfmetrics.stringWidth("平台建设期2年，", "STSong-Light", 12), 650,
                   "平台建设期2年，")
    pdf.drawString(334, 665, "申报单位须为规上企业，上年")
    tail = "度研发投入不低于200万元。"
    pdf.drawString(510 + 6 - pdfmetrics.stringWidth(tail, "STSong-Light", 12), 650, tail)
    for x in columns:
        pdf.line(x, tops[0], x, tops[-1])
    for y in tops:
        pdf.line(columns[0], y, columns[-1], y)
    pdf.save()
    lines, _, _ = read(out.getvalue(), "t.pdf")
    assert [line for line in lines if line.strip()] == [
        "序号\t项目名称\t申报单位条件",
        "7\t中试熟化平台建设（QB25ZH02） 平台建设期2年，"  # (the code ends its paragraph)
        "\t申报单位须为规上企业，上年度研发投入不低于200万元。"]


def test_a_pdf_forms_value_cell_holding_a_notice_reads_its_paragraphs_on_their_lines() -> None:
    """A hotline 工单 printed as a ruled label | value form, the bureau's reply in its 办理结果
    cell: paragraphs with a first-line indent, unindented 一、 and （一） headings, a direction's
    paragraph running over the page break into the row's part on the next page (no label
    there). Each paragraph is read on the printed line it opens, as the body's are; the
    paragraph cut by the page is read whole on its first line; a one-paragraph cell stays."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    size, per_line, lead = 12, 28, 18
    walls = [80, 150, 156 + per_line * size + 6]  # the value cell fits 28 characters a line
    reply = ["王女士：您好！现将今年申报指南的主要内容答复如下：", "一、可申报的方向",
             "（一）重点研发计划（高新技术股归口）",
             "本计划采取前资助方式，须由企业牵头申报，项目执行期限一般不超过2年。",
             "1.生物医药方向（代码：GC2025-ZD01）。支持中药配方颗粒质量标准提升等，"
             "每项资助50万元～80万元，拟支持2项。",
             "2.高端装备方向（代码：GC2025-ZD02）。支持智能输送装备关键技术攻关，"
             "单个项目资助最高60万元。", "（二）农业科技专项（农村科技股归口）",
             "3.强筋小麦选育（代码：GC2025-NY01）。开展新品种选育和高产技术集成示范，"
             "单个项目资助最高20万元，拟支持2项，执行期为2025年6月至2027年5月。",
             "二、申报时间", "网上申报时间为2025年3月20日至4月25日。", "三、申报条件",
             "申报单位须在本区注册登记，具有独立法人资格。", "四、咨询电话",
             "高新技术股：0311-88012356。"]
    asked = "来电人反映：其公司是本区一家中药企业，想咨询今年区里有哪些科技项目可以申报，" \
        "每个项目能给多少钱，什么时候报。"
    rows = [("工单编号", ["SJZ12345-2025031400562"]), ("诉求内容", [asked]),
            ("办理结果", reply), ("回复时间", ["2025年3月18日"])]

    def wrapped(paragraphs: list[str]) -> list[tuple[int, str]]:  # (by width, as Word wraps)
        said = []
        for paragraph in paragraphs:
            indent = 0 if len(paragraphs) == 1 or paragraph[0] in "一二三四（" else 2
            while paragraph:
                cut = next((n for n in range(1, len(paragraph) + 1) if pdfmetrics.stringWidth(
                    paragraph[:n], "STSong-Light", size) > (per_line - indent) * size), 0)
                cut = cut - 1 if cut else len(paragraph)
                said.append((indent, paragraph[:cut]))
                paragraph, indent = paragraph[cut:], 0
        return said

    out = io.BytesIO()
    pdf = Canvas(out, pagesize=(595, 842))
    state = {"y": 760.0, "top": 775.0}

    def close() -> None:  # a row's part: its walls and rules
        bottom = state["y"] + lead - 6
        for x in walls:
            pdf.line(x, state["top"], x, bottom)
        for at in (state["top"], bottom):
            pdf.line(walls[0], at, walls[-1], at)
        state["top"] = bottom

    for label, paragraphs in rows:
        pdf.setFont("STSong-Light", size)
        pdf.drawString(walls[0] + 6, state["y"], label)
        for indent, text in wrapped(paragraphs):
            pdf.setFont("STSong-Light", size)
            pdf.drawString(walls[1] + 6 + indent * size, state["y"], text)
            state["y"] -= lead
            if text.startswith("3.强筋"):  # the page breaks inside the row, after this line
                close()
                pdf.showPage()
                state["y"], state["top"] = 760.0, 775.0
        close()
    pdf.save()
    lines, _, _ = read(out.getvalue(), "t.pdf")
    said = [line for line in lines if line.strip()]
    assert said == ["工单编号\tSJZ12345-2025031400562", f"诉求内容\t{asked}",
                    f"办理结果\t{reply[0]}", *reply[1:], "回复时间\t2025年3月18日"]
    assert lines.index(reply[7]) < lines.index(reply[8]) - 2  # (read on page 1's line)


def test_a_pdf_handout_of_framed_slides_beside_note_lines_reads_each_slides_lines() -> None:
    """PowerPoint's 讲义 printed three slides a page: each slide a framed box down the left, the
    ruled note lines beside it on the right (drawn apart from it). A box is a frame around its
    lines, not a table cell merged down the note lines' rows: every slide's text is read, line
    by line, in order."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    slides = [["专项一　关键核心技术攻关", "归口科室：科技发展科", "◆ 执行期不超过2年"],
              ["方向1.1　轨道交通智能运维装备", "支持强度：每项100万～200万元", "拟支持：3项"],
              ["方向1.2　航天装备关键零部件", "支持强度：最高300万元", "拟支持：不超过2项"]]
    out = io.BytesIO()
    pdf = Canvas(out, pagesize=(595, 842))
    for top, slide in zip((770, 545, 320), slides, strict=True):
        pdf.rect(62, top - 150, 250, 150)  # the slide's frame
        for k, text in enumerate(slide):
            pdf.setFont("STSong-Light", 10 if k == 0 else 7)
            pdf.drawString(72, top - 20 - 16 * k, text)
        for k in range(8):  # the note lines beside it
            y = top - 12 - 18 * k
            pdf.line(335, y, 533, y)
    pdf.save()
    lines, _, _ = read(out.getvalue(), "t.pdf")
    assert [line for line in lines if line.strip()] == [text for slide in slides for text in slide]


def test_a_pdf_rows_name_cell_listing_directions_on_lines_of_their_own() -> None:
    """序号 | 项目名称 | 资助方式 | 资助额度 with row 8's name cell 服务体系建设 ⏎ 1.概念验证中心建设
    （ZH03） ⏎ 2.技术转移机构培育（ZH04）: each listed direction is a direction under the row,
    on the printed line it opens, the row's cells stated once for both (inherited)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    pdf = Canvas(out, pagesize=(595, 842))
    pdf.setFont("STSong-Light", 12)
    for y, text in ((790, "某区2025年度科技计划项目申报指南"), (770, "一、支持方向")):
        pdf.drawString(80, y, text)
    columns, tops = [80, 120, 330, 420, 510], [750, 730, 710, 650]
    cells = [["序号", "项目名称", "资助方式", "资助额度"], ["7", "中试熟化平台建设（ZH02）", "后补助", "50万元"],
             ["8", "服务体系建设", "奖补", "20万元"]]
    for top, row in zip(tops, cells, strict=False):
        for x, text in zip(columns, row, strict=False):
            pdf.drawString(x + 4, top - 15, text)
    for offset, text in ((35, "1.概念验证中心建设"), (50, "（ZH03）"), (65, "2.技术转移机构培育"),
                         (80, "（ZH04）")):
        pdf.drawString(124, tops[2] - offset + 5, text)
    for x in columns:
        pdf.line(x, tops[0], x, tops[-1] - 20)
    for y in [*tops[:-1], tops[-1] - 20]:
        pdf.line(columns[0], y, columns[-1], y)
    pdf.drawString(80, 600, "二、联系方式")
    pdf.save()
    lines, _, _ = read(out.getvalue(), "t.pdf")
    leaves = parse_document(out.getvalue(), "t.pdf").leaves
    assert [(leaf.code, leaf.title, leaf.funding_mode, leaf.funding_max_wan, leaf.source_line)
            for leaf in leaves] == [("ZH02", "中试熟化平台建设", "后补助", 50, 4),
                                    ("ZH03", "概念验证中心建设", "奖补", 20, 6),
                                    ("ZH04", "技术转移机构培育", "奖补", 20, 8)]
    assert lines[4].startswith("8\t服务体系建设\t")  # (the row's own name: no direction)
    assert all({"funding_mode", "funding_max_wan"} <= set(leaf.inherited) for leaf in leaves[1:])


def test_a_pdf_box_drawn_around_a_plans_terms_reads_as_lines_and_gives_the_plan_them() -> None:
    """A rectangle drawn around 工业科技项目支持方式及强度 and its labelled lines after the plan's
    directions (本类项目支持方式及强度见以下方向后的方框): a box, not one table cell — its lines
    read one by one, and its terms are the plan's."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    pdf = Canvas(out, pagesize=(595, 842))
    pdf.setFont("STSong-Light", 11)
    body = ["某市2025年度科技计划项目申报指南", "一、支持方向", "（一）工业科技项目",
            "本类项目支持方式及强度见以下方向后的方框。", "1. 特种钢材制备关键技术（ZP25-GY01）",
            "研究内容：开展高强韧结构钢研究。", "2. 竹木制品绿色加工技术（ZP25-GY02）",
            "研究内容：开展竹材重组技术研究。"]
    y = 780
    for text in body:
        pdf.drawString(72, y, text)
        y -= 20
    box = ["工业科技项目支持方式及强度", "支持方式：前资助。", "资助额度：每项10万元～30万元。",
           "实施期限：2年。"]
    top = y + 14
    for text in box:
        pdf.drawString(90 if text != box[0] else 200, y, text)
        y -= 20
    pdf.rect(70, y + 10, 455, top - y - 10)
    y -= 10
    for text in ["（二）农业科技项目", "1. 花卉苗木繁育技术（ZP25-NY01）", "研究内容：研究组培快繁。",
                 "资助额度：每项不超过15万元。", "二、联系方式"]:
        pdf.drawString(72, y, text)
        y -= 20
    pdf.save()
    lines, _, _ = read(out.getvalue(), "t.pdf")
    assert [line for line in lines if line.strip()][8:12] == box
    leaves = parse_document(out.getvalue(), "t.pdf").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.funding_mode,
             leaf.period_years_max) for leaf in leaves] == [
        ("ZP25-GY01", 10, 30, "前资助", 2), ("ZP25-GY02", 10, 30, "前资助", 2),
        ("ZP25-NY01", None, 15, None, None)]


def test_an_unruled_pdf_table_goes_on_past_a_group_row_that_names_its_office() -> None:
    """序号  方向名称  指南代码  支持强度  备注 with no rules, rows shaded, a 备注 cell wrapped onto
    a line of its own (配套), then 社会发展领域（归口科室：社会发展科） across the columns: a group
    row — the rows after it are that group's, with its office, and the wrapped cell stays its
    row's."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    pdf = Canvas(out, pagesize=(595, 842))
    pdf.setFont("STSong-Light", 10)
    pdf.drawString(56, 780, "某市2025年度科技计划项目申报指南")
    pdf.drawString(56, 760, "一、重点研发计划（农业与社会发展领域）")
    pdf.drawString(56, 740, "本计划采取前资助方式，实施期限2年。")
    columns = [56, 110, 296, 366, 446]
    rows = [("序号", "方向名称", "指南代码", "支持强度", "备注"), "农业农村领域（归口科室：农村科技科）",
            ("1", "黄河鲤鱼生态健康养殖技术", "XY25NY02", "15", "拟支持2项"),
            ("2", "设施蔬菜水肥一体化智能管控技术", "XY25NY03", "10～15", "须由企业牵头，1:1"),
            ("", "", "", "", "配套"), "社会发展领域（归口科室：社会发展科）",
            ("3", "老旧小区燃气安全监测预警技术", "XY25SF03", "≤15", "实施期限18个月"),
            ("4", "中医药适宜技术推广应用", "XY25SF01", "10", "—")]
    y = 710
    for index, row in enumerate(rows):
        if index % 2:
            pdf.setFillGray(0.9)
            pdf.rect(56, y - 6, 483, 20, stroke=0, fill=1)  # (the row's shading)
            pdf.setFillGray(0)
        if isinstance(row, str):
            pdf.drawString(columns[0], y, row)
        else:
            for x, text in zip(columns, row, strict=True):
                if text:
                    pdf.drawString(x, y, text)
        y -= 20
    pdf.drawString(56, y - 20, "二、联系方式")
    pdf.save()
    leaves = parse_document(out.getvalue(), "t.pdf").leaves
    assert [(leaf.code, leaf.office, leaf.matching_ratio, leaf.period_years_max)
            for leaf in leaves] == [("XY25NY02", "农村科技科", None, 2),
                                    ("XY25NY03", "农村科技科", 1, 2),
                                    ("XY25SF03", "社会发展科", None, 1.5),
                                    ("XY25SF01", "社会发展科", None, 2)]


def test_a_pdf_plan_name_set_vertically_in_its_merged_cell_is_each_rows() -> None:
    """计划类别 merged down its rows with the name written a character a line (竖排), some
    characters between the rows' lines, some on them: the name is each spanned row's first
    cell, no character of it in a row's text, and every printed line still counts."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    pdf = Canvas(out, pagesize=(595, 842))
    pdf.setFont("STSong-Light", 10)
    columns, top = [60, 110, 150, 400, 500], 760
    bottoms = [740, 700, 660, 620]  # header, then three rows 40 points high
    pdf.drawString(64, 746, "计划类别")
    for x, text in zip(columns[1:-1], ["序号", "方向名称", "资助额度"], strict=True):
        pdf.drawString(x + 4, 746, text)
    rows = [("1", "煤矸石固废高值化利用技术", "50万元"), ("2", "高铬耐磨铸件精密铸造工艺", "80万元"),
            ("3", "五金工具数字化车间技术", "30万元")]
    for upper, cells in zip(bottoms, rows, strict=False):
        for x, text in zip(columns[1:-1], cells, strict=True):
            pdf.drawString(x + 4, upper - 15, text)
    for index, char in enumerate("产业攻关计划"):  # (down the merged cell, 19 points apart)
        pdf.drawString(80, 728 - 19 * index, char)
    for y in [top, *bottoms]:  # rules across: the plan column's only at its top and bottom
        pdf.line(columns[0] if y in (top, 740, 620) else columns[1], y, columns[-1], y)
    for x in columns:
        pdf.line(x, top, x, 620)
    pdf.save()
    lines, _, _ = read(out.getvalue(), "t.pdf")
    rows_read = [line for line in lines if line.strip() and "\t" in line][1:]
    assert [line.split("\t")[:3] for line in rows_read] == [
        ["产业攻关计划", "1", "煤矸石固废高值化利用技术"], ["产业攻关计划", "2", "高铬耐磨铸件精密铸造工艺"],
        ["产业攻关计划", "3", "五金工具数字化车间技术"]]


def test_a_pdf_table_cell_merged_past_the_pages_last_row_has_no_rule_under_it() -> None:
    """专题 | 方向名称 | 支持强度 with 载体与转化 merged down the rows and on past the page's last
    one, as an Excel export leaves it: no rule closes it below, and its row still reads whole."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    pdf = Canvas(out, pagesize=(842, 595))
    columns, tops = [40, 160, 460, 640], [500, 480, 440, 400]
    rows = [["专题", "方向名称", "支持强度"], ["载体与转化", "省级研发机构建设奖补", "一次性奖补|20万元"],
            ["", "科技成果转化奖补", "按成交额的10%|最高30万元"]]
    pdf.setFont("STSong-Light", 10)
    for (top, bottom), cells in zip(itertools.pairwise(tops), rows, strict=True):
        for x, text in zip(columns[:-1], cells, strict=True):
            for number, part in enumerate(text.split("|")):  # (a cell over two printed lines)
                pdf.drawString(x + 4, top - 14 - 13 * number, part)
        for x in columns:
            pdf.line(x, top, x, bottom)
        pdf.line(columns[0] if cells[0] == "专题" else columns[1], bottom, columns[3], bottom)
    pdf.line(columns[0], tops[0], columns[3], tops[0])
    pdf.save()
    lines, _, _ = read(out.getvalue(), "t.pdf")
    assert [line for line in lines if line.strip()] == [
        # (a cell's lines broken short, as paragraphs are: a space between, as Word's read)
        "专题\t方向名称\t支持强度", "载体与转化\t省级研发机构建设奖补\t一次性奖补 20万元",
        "\t科技成果转化奖补\t按成交额的10% 最高30万元"]


def test_a_pdf_paragraph_goes_on_past_the_page_footer_and_the_next_pages_header() -> None:
    filler = [f"{n}．方向{n}" for n in range(1, 25)]  # headings filling the first page
    data, printed = exported([*filler, PARAGRAPH * 2, "完。"])
    lines, _, _ = read(data, "指南.pdf")
    assert "— 1 —" in printed and "某市科技计划项目申报指南" in printed
    start = lines.index(next(line for line in lines if line.startswith("本专项")))
    assert lines[start] == PARAGRAPH * 2
    assert "— 1 —" in lines and "某市科技计划项目申报指南" in lines  # junk stays where it was


def test_a_pdf_heading_wrapped_onto_a_second_line_reads_whole_but_an_indented_paragraph_after_a_full_line_stands_alone() -> None:
    heading = "方向3（2025A03）：生物医药、医疗保健及中药民族药关键技术研究与产品开发"
    full = "甲" * 25 + "。"  # with its indent, exactly one full line: it ends at the margin
    data, printed = exported([heading, full, "乙" * 10 + "。", PARAGRAPH])
    lines, _, _ = read(data, "指南.pdf")
    assert printed[:2] != [heading, full] and lines[:2] == [heading, ""]
    assert lines[2:4] == [full, "乙" * 10 + "。"]


def test_without_indents_a_full_line_ending_a_sentence_ends_its_paragraph() -> None:
    flush = Layout(size=12, gongwen_footer=False, indent_headings=False)
    text = ["一、总体要求", PARAGRAPH, "二、支持方向", "1．新材料关键技术", PARAGRAPH,
            "研究内容：" + PARAGRAPH, "2．高端装备关键技术"]
    data, _ = exported(text, flush)
    lines = [line for line in read(data, "指南.pdf")[0] if line]
    assert lines[:7] == text
    assert lines[-1] == "第 1 页"


def test_a_ruled_pdf_table_row_whose_cells_wrap_reads_as_one_tabbed_line() -> None:
    row = ["A类", "重大科技专项（含揭榜挂帅项目）", "前资助、分年拨付", "150～300万元", "3年"]
    data, printed = exported(["表1  项目类别与支持标准", "\t".join(row), "注：按表1执行。"])
    lines, _, _ = read(data, "指南.pdf")
    rows = printed.index("注：按表1执行。") - 1
    assert rows > 1  # the row wrapped over several printed lines
    assert lines[:rows + 2] == ["表1  项目类别与支持标准", "\t".join(row), *[""] * (rows - 1),
                                "注：按表1执行。"]


def test_a_pdf_table_row_split_at_a_page_break_reads_as_one_row_on_the_page_it_began() -> None:
    header = ["项目类别", "支持方式", "资助额度", "申报主体及条件"]
    rows = [["重点项目", "前资助", "每项30万元～50万元",
             "须由企业牵头申报；牵头企业须为有效期内的高新技术企业，上年度研发费用不低于200万元，"
             "项目自筹资金与财政资助资金比例不低于2:1，并须联合高等学校或科研院所共同申报"],
            ["一般项目", "前资助", "每项10万元～20万元", "均可牵头申报"]]
    filler = [f"{n}．方向{n}" for n in range(1, 22)]  # the table starts near the page's foot
    data, printed = exported([*filler, *("\t".join(row) for row in [header, *rows])])
    lines, _, _ = read(data, "指南.pdf")
    assert printed.count("\t".join(header)) == 2  # printed again at the next page's top
    assert len(lines) == len(printed)
    assert [line for line in lines if "\t" in line] == ["\t".join(row) for row in [header, *rows]]
    assert lines.index("\t".join(rows[0])) < lines.index("— 1 —")


def test_a_split_pdf_row_whose_name_breaks_inside_its_bracket_is_still_one_row() -> None:
    row = ["C类（科技成果转化及技术转移后补助类项目）", "后补助", "单项最高不超过20万元",
           "须由企业牵头申报；申报单位须为有效期内的高新技术企业，上年度研发费用不低于100万元"]
    text = ["\t".join(["类别", "支持方式", "资助额度", "申报要求"]), "\t".join(row), "注：完。"]
    for count in range(12, 30):  # move the table down until the page breaks inside its name
        data, printed = exported([*(f"{n}．方向{n}" for n in range(1, count)), *text])
        foot = printed.index("— 1 —")
        if any(line.startswith("C类（") for line in printed[:foot]) and any(
                "项目）" in line for line in printed[foot:]):  # the name ends on the next page
            break
    else:
        pytest.fail("no layout broke the row inside its bracket")
    lines, _, _ = read(data, "指南.pdf")
    assert [line for line in lines if "\t" in line] == text[:2]


def test_a_three_line_tables_rows_read_as_tabbed_lines_without_rules_between_them() -> None:
    """三线表: ruled over the table, under its header and under it; no rule between rows or
    between columns, so a row is known by its first cell and a cell by its column."""
    rows = [["类别", "支持方式", "资助额度", "申报要求"],
            ["重点项目", "前资助、分年拨付", "每项30万元～50万元", "须由企业牵头申报，牵头企业须为高新技术企业"],
            ["一般项目", "前资助", "每项10万元～20万元", "均可牵头申报"]]
    text = ["表1　项目类别及支持标准", *("\t".join(row) for row in rows), "注：按表1执行。",
            PARAGRAPH]
    data, printed = exported(text, Layout(three_line=True))
    lines, _, _ = read(data, "指南.pdf")
    assert len(lines) == len(printed) and printed.count(PARAGRAPH) == 0
    assert [line for line in lines if "\t" in line] == text[1:4]
    assert [line for line in lines if line and "\t" not in line][:3] == [
        text[0], text[4], PARAGRAPH]


def test_a_table_ruled_across_between_rows_keeps_its_empty_cells_under_their_header() -> None:
    """An audit's working paper copies the call into a table ruled across every row, with no
    walls, its empty cells meaning 同上: a row's cells stand under the header cells they are
    printed under (an empty one stays a cell), so 同上 fills the right columns; a row over its
    sub-rows (3 ⏎ 3-1, 3-2) states nothing of its own, and its empty cells repeat nothing."""
    rows = [["序号", "方向（摘录）", "支持方式", "资助额度", "实施期限", "拟支持项数"],
            ["1", "智能传感器研发", "前资助", "30万元", "2年", "2"],
            ["2", "工业软件开发", "", "40万元", "", "1"],
            ["3", "生物医药类", "", "", "", ""],
            ["3-1", "中药制剂研发", "前资助", "20万元", "18个月", "1"],
            ["3-2", "医疗器械研发", "", "25万元", "", "—"]]
    text = ["一、重点研发计划", "注1：表内空白单元格表示同上。", *("\t".join(row) for row in rows),
            "二、其他事项", PARAGRAPH]
    data, _ = exported(text, Layout(three_line=True, rows_ruled=True))
    assert read(data, "底稿.pdf")[0].count("2\t工业软件开发\t\t40万元\t\t1") == 1
    assert [(leaf.title, leaf.funding_mode, leaf.funding_max_wan, leaf.period_years_max,
             leaf.quota) for leaf in parse_document(data, "底稿.pdf").leaves] == [
        ("智能传感器研发", "前资助", 30, 2, 2), ("工业软件开发", "前资助", 40, 2, 1),
        ("中药制剂研发", "前资助", 20, 1.5, 1), ("医疗器械研发", "前资助", 25, 1.5, None)]


def test_ragged_right_pdf_lines_and_headings_drawn_twice_read_as_printed() -> None:
    """WPS and OA converters: left-aligned lines end where the next word would not fit (a
    number is not cut), and a heading made bold by printing it twice reads once."""
    paragraph = ("本专项支持企业开展TOPCon、HJT等N型电池关键工艺研发，单个项目资助经费不超过"
                 "1500000元，自筹经费与财政资助比例不低于2:1，申报单位上年度研发费用不低于"
                 "300万元。")
    text = ["一、重点研发计划", paragraph, "1．高效晶硅电池关键工艺及装备", paragraph]
    data, printed = exported(text, Layout(justified=False, bold_twice=True))
    lines = [line for line in read(data, "指南.pdf")[0] if line]
    assert not any(before[-1:].isascii() and before[-1:].isalnum() and after[:1].isdigit()
                   for before, after in itertools.pairwise(printed))  # no number cut
    assert lines[:4] == text


@pytest.mark.parametrize("layout", [Layout(), Layout(size=12, gongwen_footer=False,
                                                     indent_headings=False)])
def test_a_real_guideline_exported_as_pdf_parses_as_its_text_does(layout: Layout) -> None:
    source = Path(__file__).parents[1] / "data" / "guidelines" / "001_28dcdb5b6979917d.txt"  # 百色
    text = source.read_bytes()
    data, _ = exported(read(text, source.name)[0], layout)
    as_text, as_pdf = parse_document(text, source.name), parse_document(data, "百色.pdf")

    def seen(leaf: Leaf) -> tuple[object, ...]:
        return (leaf.plan, leaf.group, leaf.title, leaf.code, leaf.office, leaf.funding_max_wan, leaf.funding_min_wan,
                leaf.funding_mode, leaf.period_years_max, leaf.quota, leaf.enterprise_lead_only,
                leaf.min_rd_spend_wan, leaf.matching_ratio, leaf.qualifications)

    assert len(as_pdf.leaves) == len(as_text.leaves) == 22
    assert [seen(leaf) for leaf in as_pdf.leaves] == [seen(leaf) for leaf in as_text.leaves]


def test_a_paragraph_goes_on_past_a_footnote_set_smaller_at_the_pages_foot() -> None:
    """…运行管理规 ⏎ ①含成都市下达的资金，下同。(9pt, the page's foot) ⏎ — 1 — ⏎ 范，财务制度健全。:
    the paragraph reads whole; the note stays a line of its own."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    full = ["（一）申报单位应为在本市行政区域内注册一年以", "上、具有独立法人资格的企业、高等院校、科研院所",
            "、医疗卫生机构及其他事业单位，运行管理规"]
    y = 760.0
    for number, text in enumerate(full):
        x = 72 + (24 if number == 0 else 0)
        line = pdf.beginText(x, y)
        line.setFont("STSong-Light", 12)
        line.setCharSpace((72 + 432 - x - 12 * len(text)) / (len(text) - 1))  # justified
        line.textOut(text)
        pdf.drawText(line)
        y -= 18
    pdf.setFont("STSong-Light", 9)
    pdf.drawString(72, 90, "①含上级下达的市县联动科技项目资金，下同。")
    pdf.drawString(290, 50, "— 1 —")
    pdf.showPage()
    pdf.setFont("STSong-Light", 12)
    pdf.drawString(72, 760, "范，财务制度健全。")
    pdf.drawString(96, 742, "（二）项目负责人须为申报单位在职人员。")
    pdf.setFont("STSong-Light", 9)
    pdf.drawString(290, 50, "— 2 —")
    pdf.showPage()
    pdf.save()
    lines = [line for line in read(out.getvalue(), "指南.pdf")[0] if line]
    assert lines == ["".join(full) + "范，财务制度健全。", "①含上级下达的市县联动科技项目资金，下同。",
                     "— 1 —", "（二）项目负责人须为申报单位在职人员。", "— 2 —"]


def test_a_scans_ocr_layer_drifting_along_its_lines_reads_line_by_line() -> None:
    """A searchable scan: the OCR text drawn invisibly over the page image, a few characters
    at a time, each run a point or two off its line (jitter, a skewed page)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFillGray(0.9)
    pdf.rect(0, 0, 595, 842, fill=1, stroke=0)  # the scanned image
    drift = [0.0, 1.4, -1.2, 2.1, -0.6, 1.8, 2.6, -1.5]
    for row, text in enumerate(GUIDELINE[2:8]):
        y = 760.0 - 18 * row
        for start in range(0, len(text), 3):
            x = 72 + pdfmetrics.stringWidth(text[:start], "STSong-Light", 12)
            run = pdf.beginText(x, y + drift[(row + start) % len(drift)]
                                + start * 0.08)  # (the skew: a line rises to the right)
            run.setTextRenderMode(3)  # invisible: the image shows, the text is searchable
            run.setFont("STSong-Light", 12)
            run.textOut(text[start:start + 3])
            pdf.drawText(run)
    pdf.showPage()
    pdf.save()
    lines, _, _ = read(out.getvalue(), "扫描件.pdf")
    assert [line for line in lines if line] == GUIDELINE[2:8]


def test_a_web_page_printed_to_pdf_reads_past_the_browsers_header_and_footer() -> None:
    """Chrome's 打印 → 另存为PDF: the site's breadcrumb left of the article's column, the article
    wrapped ragged in it, and at each page break the address with 1/2 and then the print date
    with the page's title, between a table's caption and its rows. The paragraph reads whole,
    and the rows stay the table's: the directions take their class's terms."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    pdf = canvas.Canvas(out)

    def put(x: float, y: float, text: str, size: float = 10.5) -> None:
        pdf.setFont("STSong-Light", size)
        pdf.drawString(x, y, text)

    def chrome(page: int) -> None:
        put(20, 820, "2026/3/18 09:47", 8)
        put(300, 820, "仙游县科学技术局关于组织申报2026年度科技计划项目的通知", 8)

    chrome(1)
    put(100, 790, "当前位置：首页 > 政务公开 > 通知公告", 9)
    put(100, 772, "字号：大 中 小", 9)
    put(125, 740, "第二部分　项目类别与支持标准")
    body = ["2026年度县级科技计划项目分为重点项目和一般项目两类，支持标", "准见表1。"]
    for number, text in enumerate(body):
        put(125, 724 - 16 * number, text)
    put(125, 700, "表1　项目类别与支持标准")
    put(20, 30, "https://www.xianyou.gov.cn/zwgk/tzgg/t20260312.htm", 8)
    put(540, 30, "1/2", 8)
    pdf.showPage()
    chrome(2)
    rows = [["项目类别", "资助额度", "实施期限"], ["重点项目", "每项30万元～50万元", "不超过2年"],
            ["一般项目", "每项10万元", "1年"]]
    for number, row in enumerate(rows):
        for column, cell in enumerate(row):
            put((125, 235, 400)[column], 780 - 16 * number, cell)
    lines = ["第三部分　支持方向", "方向1：红木家具智能化加工技术研究", "项目类别：重点项目。",
             "方向2：木雕数字化设计技术", "项目类别：一般项目。"]
    for number, text in enumerate(lines):
        put(125, 720 - 16 * number, text)
    put(20, 30, "https://www.xianyou.gov.cn/zwgk/tzgg/t20260312.htm", 8)
    put(540, 30, "2/2", 8)
    pdf.showPage()
    pdf.save()
    data = out.getvalue()
    assert "".join(body) in read(data, "通知.pdf")[0]
    leaves = parse_document(data, "通知.pdf").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.period_years_max) for leaf in leaves] == [
        ("红木家具智能化加工技术研究", 50, 2), ("木雕数字化设计技术", 10, 1)]


def test_a_pdf_that_opens_only_with_a_password_is_refused_with_the_reason() -> None:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    locked = canvas.Canvas(out, encrypt=pdfencrypt.StandardEncryption("secret"))
    locked.drawString(40, 800, "Guideline")
    locked.showPage()
    locked.save()
    with pytest.raises(DocumentError) as caught:
        read(out.getvalue(), "locked.pdf")
    assert caught.value.issue.reason == (
        "the PDF opens only with a password: send it without one, or the .docx")
    assert caught.value.issue.kind == "password"


def test_a_file_that_only_says_it_is_a_pdf_is_refused_with_the_reason() -> None:
    with pytest.raises(DocumentError) as caught:
        read(b"%PDF-1.7\n" + b"\x00garbage" * 50, "broken.pdf")
    assert caught.value.issue.file == "broken.pdf"
    assert "PDF" in caught.value.issue.reason


def test_the_dev_documents_read_from_disk(tmp_path: Path) -> None:
    folder = Path(__file__).parent / "data" / "guidelines"
    for source in folder.glob("*.txt"):
        assert read(source.read_bytes(), source.name)[0]


def _numbered_docx(blocks: list[tuple[str, str | None, int]]) -> bytes:
    """A .docx whose paragraphs are numbered by Word's automatic numbering, as bureaus' files
    are: one list 一、 / （一） / 1. (numId 1), and numId 2 the same list restarted at its
    third level. `blocks` are (text, numId, level); numId "table" puts a one-row table."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    document = Document()
    numbering = document.part.numbering_part.element
    levels = [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")]
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">' + "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/></w:lvl>' for i, (fmt, text) in enumerate(levels))
        + "</w:abstractNum>")
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="91">'
                               '<w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="92"><w:abstractNumId w:val="90"/>'
        '<w:lvlOverride w:ilvl="2"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
    for text, num, level in blocks:
        if num == "table":
            table = document.add_table(rows=1, cols=2)
            table.rows[0].cells[0].text, table.rows[0].cells[1].text = text.split("|")
            continue
        paragraph = document.add_paragraph(text)
        if num is not None:
            paragraph._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
                f'<w:numId w:val="{ {"1": 91, "2": 92}[num]}"/></w:numPr>'))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


NUMBERED = [
    ("2026年测试市科技计划项目申报指南", None, 0),
    ("总体要求", "1", 0),
    ("申报单位须在本市注册。", None, 0),
    ("重点研发计划", "1", 0),
    ("先进制造", "1", 1),
    ("高端数控机床关键部件", "1", 2),
    ("研究内容：研制高精度主轴。", None, 0),
    ("资助金额：不超过50万元。", None, 0),
    ("工业机器人减速器", "1", 2),
    ("研究内容：研制精密减速器。", None, 0),
    ("资助金额：不超过30万元。", None, 0),
    ("生物医药", "1", 1),
    ("研究内容|资助金额", "table", 0),
    ("创新药物研发", "2", 2),
    ("研究内容：开展新药临床前研究。", None, 0),
    ("资助金额：不超过80万元。", None, 0),
    ("联系方式", "1", 0),
    ("科技局：0771-0000000", None, 0),
]


def test_word_automatic_numbering_is_read_as_word_shows_it() -> None:
    """一、 / （一） / 1. that Word draws from numbering.xml (not typed in the paragraphs): each
    numbered paragraph gets its number and a tab back; a level restarts under a new heading
    above it, a list restarted by its num (startOverride) counts from its start again."""
    lines, _, _ = read(_numbered_docx(NUMBERED), "指南.docx")
    assert [line for line in lines if "\t" in line and not line.startswith("研究内容")] == [
        "一、\t总体要求", "二、\t重点研发计划", "（一）\t先进制造", "1.\t高端数控机床关键部件",
        "2.\t工业机器人减速器", "（二）\t生物医药", "1.\t创新药物研发", "三、\t联系方式"]


def test_a_docx_numbered_by_word_parses_into_its_directions() -> None:
    guideline = parse_document(_numbered_docx(NUMBERED), "指南.docx")
    assert [(leaf.title, leaf.funding_max_wan) for leaf in guideline.leaves] == [
        ("高端数控机床关键部件", 50), ("工业机器人减速器", 30), ("创新药物研发", 80)]


@pytest.mark.parametrize(("n", "fmt", "shown"), [
    (3, "chineseCounting", "三"), (12, "chineseCounting", "十二"), (4, "decimalEnclosedCircle", "④"),
    (2, "ideographTraditional", "乙"), (11, "decimalFullWidth", "１１"), (4, "upperRoman", "IV"),
    (2, "lowerLetter", "b"), (7, "decimalZero", "07"), (5, "none", ""), (5, "ordinalText", "5")])
def test_a_word_list_counter_in_each_numbering_format(n: int, fmt: str, shown: str) -> None:
    from bot.catalogue.docx_numbering import format_number

    assert format_number(n, fmt) == shown


def _office_docx() -> bytes:
    """A .docx as an office system leaves it: the title in a content control, an edit still
    tracked (80 deleted, 100 inserted), a figure that is a field's result, and a table cell
    of two paragraphs."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = Document()
    body = document.element.body
    w = nsdecls("w")
    body.insert(0, parse_xml(
        f'<w:sdt {w}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>2021年测试市科技计划项目申报指南'
        '</w:t></w:r></w:p></w:sdtContent></w:sdt>'))
    for text in ["一、重点研发计划", "1.高端数控机床关键部件（CS2021-01）", "研究内容：研制高精度主轴。"]:
        document.add_paragraph(text)
    body.sectPr.addprevious(parse_xml(
        f'<w:p {w}><w:r><w:t xml:space="preserve">资助金额：不超过</w:t></w:r>'
        '<w:del w:id="1" w:author="a"><w:r><w:delText>80</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="a"><w:r><w:t>100</w:t></w:r></w:ins>'
        '<w:r><w:t>万元，实施期限</w:t></w:r>'
        '<w:fldSimple w:instr=" DOCPROPERTY 期限 "><w:r><w:t>2</w:t></w:r></w:fldSimple>'
        '<w:r><w:t>年。</w:t></w:r></w:p>'))
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "考核指标"
    cell = table.rows[0].cells[1]
    cell.text = "（1）主轴精度达到1微米；"
    cell.add_paragraph("（2）申请发明专利2件。")
    document.add_paragraph("二、联系方式")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_docx_form_s_content_controls_still_showing_their_prompt_are_no_text() -> None:
    """A guideline filled into a Word form: a control holding its value reads as the value; one
    left empty shows Word's greyed prompt (单击或点击此处输入文字。), which is nobody's text —
    inline or around a whole paragraph, in the body or a table's cell."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    w = nsdecls("w")
    prompt = "单击或点击此处输入文字。"

    def control(text: str, empty: bool) -> str:
        shown = "<w:showingPlcHdr/>" if empty else ""
        return (f"<w:sdt><w:sdtPr>{shown}</w:sdtPr><w:sdtContent><w:r><w:t>{text}</w:t></w:r>"
                "</w:sdtContent></w:sdt>")

    document = Document()
    body = document.element.body
    for label, value, empty in [("指南代码：", "DG2024-01", False), ("项目名称：", prompt, True)]:
        body.sectPr.addprevious(parse_xml(
            f"<w:p {w}><w:r><w:t>{label}</w:t></w:r>{control(value, empty)}</w:p>"))
    body.sectPr.addprevious(parse_xml(
        f"<w:sdt {w}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>{prompt}"
        "</w:t></w:r></w:p></w:sdtContent></w:sdt>"))
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "申请财政资金"
    table.rows[0].cells[1]._tc.remove(table.rows[0].cells[1].paragraphs[0]._p)
    table.rows[0].cells[1]._tc.append(parse_xml(
        f"<w:p {w}>{control(prompt, True)}</w:p>"))
    out = io.BytesIO()
    document.save(out)
    lines, _, _ = read(out.getvalue(), "申报书.docx")
    assert "指南代码：DG2024-01" in lines and "项目名称：" in lines
    assert not any(prompt in line for line in lines)
    assert "申请财政资金\t" in lines


def test_a_docx_plans_office_closing_a_paragraph_and_an_office_line_ending_the_value_above() -> None:
    """A plan's terms as Word paragraphs (its prose indented with full-width spaces, as Word
    users type them): …均可牵头申报。受理股室：… closing a paragraph names the
    plan's office though the paragraph after it runs on; 申报主体：县内规模以上工业企业 ⏎ 归口股室：…
    — the office line ends the applicant's value, so the paragraph after it is no more of it
    and the plan's directions take a firm as the applicant."""
    from docx import Document

    document = Document()
    for text in [
            "某县2025年度科技计划项目申报指南",
            "　　为深入实施创新驱动发展战略，加快构建以企业为主体、市场为导向、产学研深度融合的"
            "技术创新体系，根据《某县科技计划项目管理办法》有关规定，现发布本年度县级科技计划项目"
            "申报指南，请各有关单位按要求组织申报。", "一、农业与社会发展科技计划",
            "支持方式：前资助；资助额度：每项5～10万元；实施期限：2年",
            "企业、高校、科研院所等均可牵头申报。受理股室：农村与社会科技股",
            "　　聚焦乡村振兴和民生改善，支持特色农业、生态环境、医疗卫生等领域开展技术集成与示范推广，"
            "推动先进适用技术在基层落地应用。",
            "1.　槐猪生态健康养殖技术集成示范（指南代码：SHKJ2505）", "研究内容：开展上杭槐猪种质资源普查、保种选育与分子标记辅助选择，研究适合闽西山区的林下生态养殖模式、低蛋白日粮配制及粪污资源化利用技术。",
            "二、产学研合作计划", "支持方式：后补助", "申报主体：县内规模以上工业企业", "归口股室：科技发展股",
            "　　鼓励企业与高校、科研院所建立稳定的合作关系，给予事后补助。",
            "1.　企业委托高校院所开展关键技术攻关", "支持内容：企业围绕自身技术难题，委托县外高校、科研院所开展技术开发，或与其联合开展关键技术攻关，技术合同须经技术合同登记机构认定登记。",
            "三、联系方式", "电话：0597-3832615"]:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    leaves = parse_document(out.getvalue(), "指南.docx").leaves
    assert [(leaf.title, leaf.office, leaf.enterprise_lead_only) for leaf in leaves] == [
        ("槐猪生态健康养殖技术集成示范", "农村与社会科技股", False),
        ("企业委托高校院所开展关键技术攻关", "科技发展股", True)]


def test_a_docx_reads_content_controls_accepted_edits_fields_and_cell_paragraphs() -> None:
    """What Word shows is read: the title in a content control, a tracked edit accepted (100,
    not 80), a field's result, a cell's paragraphs read whole on the row's line (the line its
    second paragraph takes in Word's numbering left empty)."""
    lines, _, _ = read(_office_docx(), "指南.docx")
    assert lines[0] == "2021年测试市科技计划项目申报指南"
    assert "资助金额：不超过100万元，实施期限2年。" in lines
    assert lines[-3:] == ["考核指标\t（1）主轴精度达到1微米；（2）申请发明专利2件。", "", "二、联系方式"]
    leaf = parse_document(_office_docx(), "指南.docx").leaves[0]
    assert (leaf.code, leaf.funding_max_wan, leaf.period_years_max) == ("CS2021-01", 100, 2)


def test_a_docx_whose_text_sits_in_a_one_cell_frame() -> None:
    """The title and 文号 above a bordered one-cell table holding the notice and the guideline:
    the cell's paragraphs are lines as the body's are (each its own line), and a table nested
    in it a row a line."""
    from docx import Document

    document = Document()
    for text in ["临清市科学技术局文件", "临科字〔2024〕6号"]:
        document.add_paragraph(text)
    frame = document.add_table(rows=1, cols=1).rows[0].cells[0]
    frame.text = "关于印发《2024年度科技计划项目申报指南》的通知"
    for text in ["一、重点研发计划", "本计划由高新技术科归口管理，项目须由企业牵头申报，每项资助不超过30万元。",
                 "1.轴承精密加工技术研发", "研究内容：研究轴承精密磨削技术。", "2.纺织印染节能技术研发",
                 "研究内容：研究低温染色技术。", "二、联系方式", "联系人：王敏"]:
        frame.add_paragraph(text)
    document.add_paragraph("抄送：市财政局。")
    out = io.BytesIO()
    document.save(out)
    lines, _, _ = read(out.getvalue(), "指南.docx")
    assert lines[2:6] == ["关于印发《2024年度科技计划项目申报指南》的通知", "一、重点研发计划",
                          "本计划由高新技术科归口管理，项目须由企业牵头申报，每项资助不超过30万元。",
                          "1.轴承精密加工技术研发"]
    leaves = parse_document(out.getvalue(), "指南.docx").leaves
    assert [(leaf.source_line, leaf.title, leaf.office, leaf.funding_max_wan,
             leaf.enterprise_lead_only) for leaf in leaves] == [
        (6, "轴承精密加工技术研发", "高新技术科", 30, True),
        (8, "纺织印染节能技术研发", "高新技术科", 30, True)]


def test_a_docx_direction_deleted_whole_in_tracked_changes_takes_no_lines() -> None:
    """A direction whose paragraphs, marks and all, are tracked deletions is gone once the
    changes are accepted: no empty lines where it stood, the directions after it on the lines
    Word's accepted text gives them; a paragraph whose mark alone is deleted runs on into the
    next."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    document = Document()
    for text in ["2025年度测试区科技计划项目申报指南", "一、重点研发计划", "1.智能装备关键技术研发",
                 "研究内容：研究伺服控制技术。", "2.竹基新材料精深加工技术研发", "研究内容：研究竹纤维技术。",
                 "3.绿色食品精深加工关键技术研发", "研究内容：研究保鲜技术，", "支持额度：每项不超过30万元。",
                 "二、申报须知"]:
        document.add_paragraph(text)
    w = nsdecls("w")
    mark = f'<w:rPr {w}><w:del w:id="{{n}}" w:author="a" w:date="2025-03-01T00:00:00Z"/></w:rPr>'
    for n, paragraph in enumerate(document.paragraphs[4:6], start=10):
        p = paragraph._p
        p.get_or_add_pPr().append(parse_xml(mark.format(n=n)))
        for run in p.findall(qn("w:r")):
            run.addprevious(parse_xml(f'<w:del {w} w:id="{n + 5}" w:author="a"><w:r>'
                                      f'<w:delText>{run.find(qn("w:t")).text}</w:delText>'
                                      '</w:r></w:del>'))
            p.remove(run)
    document.paragraphs[7]._p.get_or_add_pPr().append(parse_xml(mark.format(n=20)))
    out = io.BytesIO()
    document.save(out)
    lines, _, _ = read(out.getvalue(), "指南.docx")
    assert lines[4:7] == ["3.绿色食品精深加工关键技术研发", "研究内容：研究保鲜技术，支持额度：每项不超过30万元。",
                          "二、申报须知"]
    leaves = parse_document(out.getvalue(), "指南.docx").leaves
    assert [(leaf.source_line, leaf.title) for leaf in leaves] == [
        (3, "智能装备关键技术研发"), (5, "绿色食品精深加工关键技术研发")]


def test_a_docx_paragraph_mark_deleted_before_a_table_or_at_the_end_keeps_its_text() -> None:
    """Word cannot run a paragraph on into a table, nor delete the document's last mark: once
    the changes are accepted, such a paragraph keeps its own line, its text neither carried
    into the table's first row nor lost."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = Document()
    document.add_paragraph("1.智能装备关键技术研发")
    before = document.add_paragraph("支持额度：每项不超过30万元。")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "实施期限", "2年"
    last = document.add_paragraph("联系人：张工")
    mark = (f'<w:rPr {nsdecls("w")}><w:del w:id="{{n}}" w:author="a" '
            'w:date="2025-03-01T00:00:00Z"/></w:rPr>')
    for n, paragraph in enumerate([before, last], start=1):
        paragraph._p.get_or_add_pPr().append(parse_xml(mark.format(n=n)))
    out = io.BytesIO()
    document.save(out)
    lines, _, _ = read(out.getvalue(), "指南.docx")
    assert lines == ["1.智能装备关键技术研发", "支持额度：每项不超过30万元。", "实施期限\t2年",
                     "联系人：张工"]


def test_a_docx_text_box_is_read_once_after_its_anchor_and_its_standards_bind_their_plan() -> None:
    """A 申报须知 text box (a shape in mc:AlternateContent, its text again in the VML fallback)
    anchored in the opening paragraph: its paragraphs are read once, after that paragraph, and
    the standards it sets for a plan by name (重点研发计划项目统一执行以下标准：…) are that
    plan's directions' terms."""
    from docx import Document
    from docx.oxml import parse_xml

    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml"')
    said = ["申报须知", "1.重点研发计划项目统一执行以下标准：", "支持方式：前资助",
            "支持强度：每项20万～40万元", "实施周期：2年"]
    box = "<w:txbxContent>" + "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in said) \
        + "</w:txbxContent>"
    document = Document()
    document.add_paragraph("宜城市2025年度科技计划项目申报指南")
    opening = document.add_paragraph("现发布本年度申报指南。")
    opening._p.append(parse_xml(
        f'<w:r {ns}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp>'
        f'<wps:txbx>{box}</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict>'
        f'<v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>'))
    for text in ["", "一、总体要求", "本年度安排项目经费约400万元。", "二、支持方向", "（一）重点研发计划",
                 "1.铝合金结构件精密成形技术（YCZD2501）", "研究内容：研究高真空压铸工艺。",
                 "2.汽车零部件数字化车间集成应用（YCZD2502）", "研究内容：建设数字化车间。",
                 "支持强度：每项50万～80万元，实施周期3年。", "三、申报条件", "申报单位须在本市注册。"]:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    lines, _, _ = read(out.getvalue(), "指南.docx")
    assert lines[:9] == ["宜城市2025年度科技计划项目申报指南", "现发布本年度申报指南。", *said, "", "一、总体要求"]
    leaves = parse_document(out.getvalue(), "指南.docx").leaves
    assert [(leaf.source_line, leaf.code, leaf.funding_mode, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.period_years_max) for leaf in leaves] == [
        (13, "YCZD2501", "前资助", 20, 40, 2), (15, "YCZD2502", "前资助", 50, 80, 3)]


def test_a_docx_direction_numbered_alone_over_its_own_table_is_that_table() -> None:
    """方向1 / （二） alone in a paragraph over a two-column table (项目名称 | … ⏎ 指南编号 | …
    ⏎ 研究内容 | …): one direction, on the number's line, titled by its 项目名称 row, the
    rows its fields — the number is no cell the table above runs on into."""
    from docx import Document

    document = Document()
    document.add_paragraph("金湾区2026年度科技计划项目申报指南")
    document.add_paragraph("第一部分 重大科技攻关计划")
    document.add_paragraph("本计划采取前资助方式，实施周期一般不超过3年。")
    directions = [("方向1", "12英寸晶圆级先进封装关键工艺研发", "QT2026ZD01", "不超过200万元"),
                  ("（二）", "车规级碳化硅功率模块封装技术研究", "QT2026ZD02", "不超过150万元")]
    for number, title, code, funding in directions:
        document.add_paragraph(number)
        table = document.add_table(rows=5, cols=2)
        for row, (key, value) in zip(table.rows, [
                ("项目名称", title), ("指南编号", code), ("研究内容", "研究封装关键工艺并完成验证。"),
                ("支持强度", funding), ("申报主体", "区内集成电路封测或装备企业")], strict=True):
            row.cells[0].text, row.cells[1].text = key, value
    document.add_paragraph("第二部分 其他事项")
    document.add_paragraph("本指南由区科技局负责解释。")
    out = io.BytesIO()
    document.save(out)
    leaves = parse_document(out.getvalue(), "指南.docx").leaves
    assert [(leaf.source_line, leaf.title, leaf.code, leaf.funding_max_wan, leaf.funding_mode)
            for leaf in leaves] == [
        (4, "12英寸晶圆级先进封装关键工艺研发", "QT2026ZD01", 200, "前资助"),
        (10, "车规级碳化硅功率模块封装技术研究", "QT2026ZD02", 150, "前资助")]


def test_a_docx_of_one_table_a_direction_with_a_row_deleted_in_tracked_changes() -> None:
    """项目名称 | … ⏎ 指南代码 | … ⏎ 支持强度 | … with no header row, one Word table a direction;
    a row deleted with changes tracked (配套要求 | 1:1) is no line and no term of it."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = Document()
    for text in ["2024年度测试区科技计划项目申报指南", "一、工业科技支撑计划", "支持企业开展技术攻关。"]:
        document.add_paragraph(text)
    rows = [[("项目名称", "新能源汽车零部件轻量化技术"), ("指南代码", "CS24GY01"),
             ("支持强度", "不超过50万元"), ("配套要求", "企业自筹资金与区财政资助资金比例不低于1:1")],
            [("项目名称", "工业智能传感器关键技术"), ("指南代码", "CS24GY02"),
             ("支持强度", "20～40万元"), ("实施期限", "2年")]]
    for box in rows:
        table = document.add_table(rows=len(box), cols=2)
        for row, (label, value) in zip(table.rows, box, strict=True):
            row.cells[0].text, row.cells[1].text = label, value
        document.add_paragraph("")
    deleted = document.tables[0].rows[3]._tr
    deleted.insert(0, parse_xml(f'<w:trPr {nsdecls("w")}><w:del w:id="9" w:author="a" '
                                'w:date="2024-03-01T00:00:00Z"/></w:trPr>'))
    document.add_paragraph("二、申报须知")
    out = io.BytesIO()
    document.save(out)
    lines, _, _ = read(out.getvalue(), "指南.docx")
    assert not any("配套要求" in line for line in lines)
    leaves = parse_document(out.getvalue(), "指南.docx").leaves
    assert [(leaf.source_line, leaf.title, leaf.code, leaf.funding_max_wan, leaf.matching_ratio)
            for leaf in leaves] == [
        (4, "新能源汽车零部件轻量化技术", "CS24GY01", 50, None),
        (8, "工业智能传感器关键技术", "CS24GY02", 40, None)]


def test_a_docx_layout_table_holding_a_plans_table_of_directions() -> None:
    """（三）社会发展科技计划 | 聚焦…每项资助5～10万元… over a table of its directions nested in the
    cell: the plan heading and its terms read as one paragraph, each nested row a direction on
    the line Word gives it, the note after the nested table its own line."""
    from docx import Document

    document = Document()
    for text in ["2025年度测试县科技计划项目申报指南", "一、支持方向", "（一）重点研发计划",
                 "1.泵阀铸造工艺研究", "研究内容：铸造工艺优化。"]:
        document.add_paragraph(text)
    layout = document.add_table(rows=2, cols=2)
    layout.rows[0].cells[0].text, layout.rows[0].cells[1].text = "计划类别", "支持方向及要求"
    left, right = layout.rows[1].cells
    left.text = "（二）社会发展科技计划"
    right.text = "采取事前资助方式，每项资助5～10万元，实施期限1年。支持方向如下："
    inner = right.add_table(rows=3, cols=3)
    for row, cells in zip(inner.rows, [("方向代码", "方向名称", "主要研究内容"),
                                       ("CS25SF01", "基层医疗适宜技术推广", "开展适宜技术推广。"),
                                       ("CS25SF02", "道地药材开发利用", "开展种质资源保护。")],
                          strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    right.add_paragraph("注：鼓励产学研联合申报。")
    document.add_paragraph("二、联系方式")
    out = io.BytesIO()
    document.save(out)
    lines, _, _ = read(out.getvalue(), "指南.docx")
    assert lines[7:10] == ["方向代码\t方向名称\t主要研究内容",
                           "CS25SF01\t基层医疗适宜技术推广\t开展适宜技术推广。",
                           "CS25SF02\t道地药材开发利用\t开展种质资源保护。"]
    leaves = parse_document(out.getvalue(), "指南.docx").leaves
    assert [(leaf.source_line, leaf.code, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in leaves] == [(4, None, None, None), (9, "CS25SF01", 10, 1),
                                    (10, "CS25SF02", 10, 1)]


def test_a_docx_direction_row_with_a_table_of_indicators_in_a_cell() -> None:
    """领域 | 编号 | 方向名称 | 主要研究内容 | 考核指标 | 资助额度, a row whose 考核指标 cell holds a
    small table (考核指标 | 指标值): the row is a direction read cell by cell, not one paragraph,
    and the nested rows are lines under it."""
    from docx import Document

    document = Document()
    for text in ["2024年度测试区科技计划项目申报指南", "一、重大科技攻关项目",
                 "本类项目须由企业牵头申报。各方向见下表。"]:
        document.add_paragraph(text)
    table = document.add_table(rows=3, cols=6)
    rows = [("领域", "编号", "方向名称", "主要研究内容", "考核指标", "资助额度"),
            ("新材料", "HSGG2405", "生物基可降解材料产业化关键技术", "研究聚乳酸改性技术。",
             "断裂伸长率不低于200%。", "不超过120万元"),
            ("生命健康", "HSGG2406", "体外诊断试剂及配套仪器研发", "研究化学发光技术。", "",
             "80～100万元")]
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    inner = table.rows[2].cells[4].add_table(rows=2, cols=2)
    for row, cells in zip(inner.rows, [("考核指标", "指标值"), ("申请发明专利", "≥3件")],
                          strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_paragraph("二、联系方式")
    out = io.BytesIO()
    document.save(out)
    leaves = parse_document(out.getvalue(), "指南.docx").leaves
    assert [(leaf.code, leaf.title, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.enterprise_lead_only) for leaf in leaves] == [
        ("HSGG2405", "生物基可降解材料产业化关键技术", None, 120, True),
        ("HSGG2406", "体外诊断试剂及配套仪器研发", 80, 100, True)]


def test_a_docx_direction_row_whose_cell_nests_a_table_of_its_sub_directions() -> None:
    """序号 | 方向名称 | 指南代码 | 主要内容 | 资助额度 | 实施期限, a row whose 主要内容 cell says
    本方向设2个子方向： over a table nested in it (子方向代码 | 子方向名称 | 研究内容 | 资助额度):
    each nested row is a sub-direction of that row, taking its period; the paragraph Word keeps
    after the nested table is a line, so the rows after it stand where Word numbers them."""
    from docx import Document

    document = Document()
    for text in ["2025年度测试区科技计划项目申报指南", "一、支持方向",
                 "各方向采取前资助方式。"]:
        document.add_paragraph(text)
    table = document.add_table(rows=4, cols=6)
    rows = [("序号", "方向名称", "指南代码", "主要内容", "资助额度", "实施期限"),
            ("1", "海上风电钢结构智能焊接技术", "CS25ZD01", "研究焊缝跟踪技术。", "不超过200万元", "3年"),
            ("2", "葡萄酒产业关键技术集成攻关", "CS25ZD02", "本方向设2个子方向：", "见子方向", "3年"),
            ("3", "刺参良种繁育技术", "CS25NY01", "开展刺参选育。", "20万元", "2年")]
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    inner = table.rows[2].cells[3].add_table(rows=3, cols=4)
    for row, cells in zip(inner.rows, [("子方向代码", "子方向名称", "研究内容", "资助额度"),
                                       ("CS25ZD02-1", "酿酒葡萄品系选育", "开展品系选育。", "100万元"),
                                       ("CS25ZD02-2", "葡萄酒智能酿造控制", "研发智能温控系统。",
                                        "80～120万元")], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_paragraph("二、联系方式")
    out = io.BytesIO()
    document.save(out)
    leaves = parse_document(out.getvalue(), "指南.docx").leaves
    assert [(leaf.source_line, leaf.code, leaf.title, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max) for leaf in leaves] == [
        (5, "CS25ZD01", "海上风电钢结构智能焊接技术", None, 200, 3),
        (8, "CS25ZD02-1", "酿酒葡萄品系选育", 100, 100, 3),
        (9, "CS25ZD02-2", "葡萄酒智能酿造控制", 80, 120, 3),
        (11, "CS25NY01", "刺参良种繁育技术", 20, 20, 2)]


def test_a_docx_plans_row_listing_its_directions_as_paragraphs_of_one_cell() -> None:
    """计划名称 | 支持方向 | 支持方式 | 资助额度 | 实施期限 | 受理↵科室, one row a plan whose 支持方向
    cell holds its directions as numbered paragraphs (1.…（HD26-01） ⏎ what it funds ⏎ 2.…): each
    direction on the line Word gives its paragraph, with the row's terms and office, stated once
    for all of them (inherited) — but its own 本方向资助额度… / 本方向实施期限… over them; a
    header word broken by a manual line break reads whole."""
    from docx import Document

    document = Document()
    for text in ["2026年度测试县科技计划项目申报指南", "一、支持方向"]:
        document.add_paragraph(text)
    table = document.add_table(rows=2, cols=7)
    header = ["计划名称", "支持方向", "支持方式", "资助额度", "实施期限", "受理\n科室", "申报主体要求"]
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    row = ["海洋产业关键技术攻关计划", "", "事前资助", "每项不超过50万元", "2年", "高新技术科",
           "须由企业牵头申报，牵头企业须为高新技术企业"]
    for cell, text in zip(table.rows[1].cells, row, strict=True):
        cell.text = text
    listed = table.rows[1].cells[1]
    listed.paragraphs[0].text = "1.海洋生物医用材料开发（HD26-01）"
    for text in ["以鱼皮胶原蛋白为原料，开发可吸收止血材料。", "2.海上风电运维船舶智能化改造（HD26-02）",
                 "3.LNG冷能综合利用技术研发（HD26-03）",
                 "开展冷能发电梯级利用技术研究。本方向资助额度不超过80万元，本方向实施期限为3年。"]:
        listed.add_paragraph(text)
    document.add_paragraph("二、联系方式")
    out = io.BytesIO()
    document.save(out)
    leaves = parse_document(out.getvalue(), "指南.docx").leaves
    assert [(leaf.source_line, leaf.code, leaf.title, leaf.funding_max_wan, leaf.period_years_max,
             leaf.office) for leaf in leaves] == [
        (5, "HD26-01", "海洋生物医用材料开发", 50, 2, "高新技术科"),  # (the header's break: line 4)
        (7, "HD26-02", "海上风电运维船舶智能化改造", 50, 2, "高新技术科"),
        # (what the cell says of this direction alone stands over the row's terms)
        (8, "HD26-03", "LNG冷能综合利用技术研发", 80, 3, "高新技术科")]
    shared = {"office", "funding_max_wan", "funding_mode", "period_years_max",
              "enterprise_lead_only", "qualifications"}
    assert [shared & set(leaf.inherited) for leaf in leaves] == [
        shared, shared, shared - {"funding_max_wan", "period_years_max"}]
    assert all(leaf.enterprise_lead_only and leaf.qualifications == ["高新技术企业"]
               for leaf in leaves)


def test_a_docx_rows_cell_naming_the_row_then_listing_its_directions() -> None:
    """序号 | 项目名称 | 资助方式 | 资助额度 with 8 | 服务体系建设 ⏎ 1.概念验证中心建设（ZH03） ⏎ 2.…:
    the name before the list stays the row's (no direction); each listed one is a direction
    on its paragraph's line, the row's cells stated once for them."""
    from docx import Document

    document = Document()
    document.add_paragraph("一、支持方向")
    table = document.add_table(rows=2, cols=4)
    for cell, text in zip(table.rows[0].cells, ["序号", "项目名称", "资助方式", "资助额度"],
                          strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["8", "服务体系建设", "奖补", "每项20万元"],
                          strict=True):
        cell.text = text
    for text in ["1.概念验证中心建设（ZH03）", "2.技术转移机构培育（ZH04）"]:
        table.rows[1].cells[1].add_paragraph(text)
    document.add_paragraph("二、联系方式")
    out = io.BytesIO()
    document.save(out)
    leaves = parse_document(out.getvalue(), "指南.docx").leaves
    assert [(leaf.code, leaf.title, leaf.funding_max_wan, leaf.source_line,
             "funding_mode" in leaf.inherited) for leaf in leaves] == [
        ("ZH03", "概念验证中心建设", 20, 4, True), ("ZH04", "技术转移机构培育", 20, 5, True)]


def test_a_docx_reads_tagged_paragraphs_and_a_page_break_starts_no_line() -> None:
    """A converter's w:customXml around a paragraph is read; a page break inside a paragraph
    (w:br type=page) does not cut its sentence into two lines; a non-breaking hyphen shows."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = Document()
    document.add_paragraph("一、重点研发计划")
    w = nsdecls("w")
    document.element.body.sectPr.addprevious(parse_xml(
        f'<w:customXml {w} w:element="para"><w:p><w:r><w:t>资助金额：不超过30万元，</w:t>'
        '<w:br w:type="page"/><w:t>实施期限2年，编号GX</w:t><w:noBreakHyphen/>'
        '<w:t>01。</w:t></w:r></w:p></w:customXml>'))
    out = io.BytesIO()
    document.save(out)
    lines, _, _ = read(out.getvalue(), "指南.docx")
    assert lines == ["一、重点研发计划", "资助金额：不超过30万元，实施期限2年，编号GX-01。"]


def test_a_docx_header_over_two_rows_reads_as_one_header_row() -> None:
    """类别 | 资助标准 (over two columns) | 实施期限 ⏎ (merged) | 资助方式 | 资助强度 | (merged):
    one header row naming each column by its lower cell, the class cell merged down a block
    written under every row of it."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    def cell(text: str, span: int = 1, merge: str | None = None) -> str:
        props = (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + (
            f'<w:vMerge w:val="{merge}"/>' if merge == "restart" else "<w:vMerge/>"
            if merge else "")
        return f"<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"

    rows = [[cell("类别", merge="restart"), cell("资助标准", 2), cell("实施期限", merge="restart")],
            [cell("", merge="continue"), cell("资助方式"), cell("资助强度"),
             cell("", merge="continue")],
            [cell("A类", merge="restart"), cell("前资助"), cell("50万元"), cell("3年")],
            [cell("", merge="continue"), cell("后补助"), cell("20万元"), cell("2年")]]
    document = Document()
    document.element.body.sectPr.addprevious(parse_xml(
        f'<w:tbl {nsdecls("w")}><w:tblGrid>' + "<w:gridCol/>" * 4 + "</w:tblGrid>"
        + "".join(f"<w:tr>{''.join(r)}</w:tr>" for r in rows) + "</w:tbl>"))
    out = io.BytesIO()
    document.save(out)
    lines, _, _ = read(out.getvalue(), "指南.docx")
    assert lines == ["类别\t资助方式\t资助强度\t实施期限", "", "A类\t前资助\t50万元\t3年",
                     "A类\t后补助\t20万元\t2年"]


def test_a_pdf_footnote_mark_set_raised_reads_on_its_line_and_the_note_joins_its_sentence() -> None:
    """…国家高新技术企业¹，上年度研发费用不低于200万元²。 with the marks set small and raised, and
    the notes under a short rule at the page's foot (1 国家高新技术企业以…为准 ⏎ 2 研发费用以…):
    the marks stay on their line (the lines count as printed), and the notes are read where they
    are called, not as items 1 and 2 of a list."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("STSong-Light", 12)
    pdf.drawString(72, 760, "一、重点研发计划")
    pdf.drawString(72, 736, "1.核电配套关键装备")
    said = [("研究内容：核级阀门。牵头企业须为国家高新技术企业", "1"),
            ("，上年度研发费用不低于200万元", "2"), ("。", "")]
    x = 72.0
    for text, mark in said:
        pdf.setFont("STSong-Light", 12)
        pdf.drawString(x, 712, text)
        x += pdfmetrics.stringWidth(text, "STSong-Light", 12)
        if mark:
            pdf.setFont("STSong-Light", 7)
            pdf.drawString(x, 717, mark)  # (raised by 5 points over the baseline)
            x += pdfmetrics.stringWidth(mark, "STSong-Light", 7)
    pdf.setFont("STSong-Light", 12)
    pdf.drawString(72, 688, "资助金额：不超过100万元。")
    pdf.drawString(72, 664, "2.标识标牌智能制造")
    pdf.drawString(72, 640, "资助金额：不超过50万元。")
    pdf.line(72, 130, 216, 130)  # the short rule over the notes
    pdf.setFont("STSong-Light", 9)
    pdf.drawString(72, 116, "1 国家高新技术企业以认定管理机构公布的名单为准。")
    pdf.drawString(72, 102, "2 研发费用以企业所得税年度纳税申报表所列为准。")
    pdf.drawString(290, 50, "— 1 —")
    pdf.showPage()
    pdf.save()
    lines, _, _ = read(out.getvalue(), "指南.pdf")
    assert len(lines) == 9  # (the raised marks are no line of their own)
    leaves = parse_document(out.getvalue(), "指南.pdf").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.source_line) for leaf in leaves] == [
        ("核电配套关键装备", 100, 2), ("标识标牌智能制造", 50, 5)]
    assert "认定管理机构公布的名单为准" in (leaves[0].content or "")


def test_a_gazette_page_in_two_columns_reads_down_the_left_column_then_the_right() -> None:
    """A 政府公报 page: the guideline runs down the left column and on in the right one, each
    printed line holding a row of both. Directions are read in column order, each citing the
    printed line its heading is on."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    prose = "围绕主导产业和民生改善重大科技需求，聚焦关"
    ended = "键核心技术组织开展攻关，形成一批成果。"
    left = ["某市2024年度科技计划项目申报指南", "一、总体要求", *[prose] * 3, ended,
            "二、重点研发计划", "1.新能源汽车关键零部件", "研究内容：围绕电驱动系统、热管理系统和",
            "轻量化车身开展关键技术攻关，形成示范应用", "并带动产业链上下游企业协同创新发展。",
            "资助金额：不超过80万元。", "2.高端智能装备与工业软件", "研究内容：面向食品加工和橡胶轮胎行业，",
            "研发智能装备与工业软件并推广示范应用，", "形成一批具有自主知识产权的核心产品。",
            "资助金额：不超过40万元。"]
    right = ["三、农业与社会发展科技计划", prose, ended, "1.特色作物绿色高效生产",
             "研究内容：开展花生、马铃薯等特色作物的", "绿色高效生产技术集成与示范推广应用，",
             "建设核心示范基地并辐射带动周边农户。", "资助金额：10～20万元。", "2.常见病多发病诊疗技术",
             "研究内容：开展常见病、多发病的诊疗新技", "术研究与推广，提升基层医疗服务水平，",
             "形成适宜技术规范并在基层医疗机构推广。", "资助金额：每项15万元。", "四、联系方式",
             "电话：0532-88888888。", "", ""]
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("STSong-Light", 9)
    pdf.drawString(54, 805, "某市人民政府公报")
    pdf.drawString(500, 805, "·9·")
    pdf.setFont("STSong-Light", 11)
    for number, (a, b) in enumerate(zip(left, right, strict=True)):
        pdf.drawString(54, 770 - 18 * number, a)
        pdf.drawString(313, 770 - 18 * number, b)
    pdf.showPage()
    pdf.save()
    leaves = parse_document(out.getvalue(), "公报.pdf").leaves
    assert [(leaf.plan, leaf.title, leaf.funding_max_wan, leaf.source_line)
            for leaf in leaves] == [
        ("重点研发计划", "新能源汽车关键零部件", 80, 9),
        ("重点研发计划", "高端智能装备与工业软件", 40, 14),
        ("农业与社会发展科技计划", "特色作物绿色高效生产", 20, 5),
        ("农业与社会发展科技计划", "常见病多发病诊疗技术", 15, 10)]
    assert "轻量化车身" in (leaves[0].content or "") and "资助金额" not in (leaves[0].content or "")


def test_a_gazette_page_whose_columns_keep_their_own_baselines_reads_column_by_column() -> None:
    """A 政府公报 page set in two columns whose lines do not share baselines (the right column
    set a few points lower): its printed lines are the left column's, then the right one's
    (the running header first, the page number last), and a heading wrapped at the column's
    edge is one heading with its code below."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    prose = "围绕主导产业和民生改善重大科技需求，聚焦关"
    left = ["某市2025年度科技计划项目申报指南", "一、总体要求", *[prose] * 4, "键技术组织攻关。",
            "二、重点研发计划", "方向一：新能源汽车驱动电机与电控系统集成关", "键技术",
            "指南代码：MS25ZD01", "研究内容：围绕电驱动系统开展关键技术攻关，", "形成示范应用。",
            "资助金额：不超过80万元。"]
    right = ["方向2：高端智能装备与工业软件", "指南代码：MS25ZD02", "研究内容：面向食品加工行业，研发",
             "智能装备与工业软件并推广示范应用。", "资助金额：不超过40万元。", "三、联系方式",
             *[prose] * 4, "电话：0532-88888888。"]
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("STSong-Light", 9)
    pdf.drawString(54, 805, "2025年第8期")
    pdf.drawString(460, 805, "某市人民政府公报")
    pdf.setFont("STSong-Light", 10.5)
    for number, text in enumerate(left):
        pdf.drawString(54, 770 - 18 * number, text)
    for number, text in enumerate(right):
        pdf.drawString(313, 766 - 18 * number, text)  # (4 points lower: baselines of its own)
    pdf.setFont("STSong-Light", 9)
    pdf.drawString(285, 60, "— 17 —")
    pdf.showPage()
    pdf.save()
    lines, _, _ = read(out.getvalue(), "公报.pdf")
    assert len(lines) == 1 + len(left) + len(right) + 1  # (a paragraph read whole on its first)
    assert lines[0] == "2025年第8期\t某市人民政府公报" and lines[-1] == "— 17 —"
    assert lines[8:11] == ["二、重点研发计划", "方向一：新能源汽车驱动电机与电控系统集成关键技术", ""]
    assert lines[14:16] == ["资助金额：不超过80万元。", "方向2：高端智能装备与工业软件"]
    leaves = parse_document(out.getvalue(), "公报.pdf").leaves
    assert [(leaf.title, leaf.code, leaf.funding_max_wan, leaf.source_line)
            for leaf in leaves] == [
        ("新能源汽车驱动电机与电控系统集成关键技术", "MS25ZD01", 80, 10),
        ("高端智能装备与工业软件", "MS25ZD02", 40, 16)]


def test_columns_whose_full_lines_reach_into_the_gutter_read_apart_with_the_notes_last() -> None:
    """Two columns parted by a rule, the right set lower, paragraphs begun indented: two of
    the left column's lines fill it to the rule's side, a heading fills its line above
    指南代码：…　项目类型：…, and a note in smaller print stands at the page's foot under the
    left column. The columns read apart (the long lines are no heading across both), the
    heading keeps its code, and the note comes after the right column, as the page's footer."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    prose = "围绕草果等绿色香料和中药材等特色产业开展技术攻"  # (23 characters: the column's width)
    left = ["三、支持方向", "1.1 草果林下生态种植与提质增效技术集成示范推广", "指南代码：NJ23ZD01　项目类型：重大专项",
            "研究内容：" + prose[7:], *[prose] * 3, prose + "12", prose + "34", prose,
            "关。", "资助额度：不超过50万元①。"]
    right = ["1.2 草果精深加工技术研究", "指南代码：NJ23ZD02　项目类型：一般项目",
             "研究内容：" + prose[7:], *[prose] * 6, "关。", "资助额度：不超过30万元。", "四、联系方式",
             "电话：0886-3622176。"]
    indented = {"研究内容", "资助额度", "电话："}
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("STSong-Light", 10)
    for x, y, lines in ((54, 770, left), (309, 766.25, right)):  # (baselines of their own)
        for number, text in enumerate(lines):
            pdf.drawString(x + 20 * text.startswith(tuple(indented)), y - 18 * number, text)
    pdf.line(297.6, 780, 297.6, 500)
    pdf.setFont("STSong-Light", 8)
    pdf.drawString(54, 90, "①即单个项目资助不超过50万元。")
    pdf.setFont("STSong-Light", 9)
    pdf.drawString(500, 60, "— 2 —")
    pdf.showPage()
    pdf.save()
    lines, _, _ = read(out.getvalue(), "指南.pdf")
    assert lines[:3] == left[:3]
    assert lines[len(left)] == right[0]
    assert lines[-2:] == ["①即单个项目资助不超过50万元。", "— 2 —"]
    leaves = parse_document(out.getvalue(), "指南.pdf").leaves
    assert [(leaf.title, leaf.code, leaf.funding_max_wan, leaf.source_line) for leaf in leaves] == [
        ("草果林下生态种植与提质增效技术集成示范推广", "NJ23ZD01", 50, 2),
        ("草果精深加工技术研究", "NJ23ZD02", 30, 1 + len(left))]


def test_a_table_ruled_inside_one_column_reads_in_that_column_with_its_hanging_note() -> None:
    """A page in two columns, the right one holding a ruled 附表 of terms by class (项目类别 |
    支持方式及资助额度 | 实施期限) and a 注： under it whose second line hangs under the text
    after the label. The walls inside the right column do not keep the page from being read
    column by column: the left column's directions come first, whole, then the table's rows,
    each a row of cells, then the note as one paragraph; each direction takes its class's row
    and its class's clause of the note."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    prose = "围绕本县主导产业开展关键技术攻关，推动成果"  # (21 characters: the column's width)
    left = ["一、重点研发计划", "1.药用玻璃成型工艺研究（YY24-01）", "研究内容：" + prose[5:],
            *[prose] * 3, "转化。", "项目类别：重点项目", "2.包装材料评价技术研究（YY24-02）",
            "研究内容：" + prose[5:], *[prose] * 2, "转化。", "项目类别：一般项目", "二、其他事项",
            *[prose] * 3, "转化。"]
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("STSong-Light", 10)
    for number, text in enumerate(left):
        pdf.drawString(54, 770 - 18 * number, text)
    pdf.drawString(310, 766, "附表　项目类别及支持标准")
    walls, tops = [310, 368, 463, 541], [756, 736, 716, 696]
    for top, row in zip(tops, [("项目类别", "资助额度", "实施期限"), ("重点项目", "前资助30～50万元",
                                                             "不超过3年"),
                               ("一般项目", "前资助10～20万元", "不超过2年")], strict=False):
        for x, text in zip(walls, row, strict=False):
            pdf.drawString(x + 4, top - 14, text)
    for y in tops:
        pdf.line(walls[0], y, walls[-1], y)
    for x in walls:
        pdf.line(x, tops[0], x, tops[-1])
    note = "重点项目自筹经费与财政资助比例不低于2:1，一般项目自筹经费与财政资助比例不低于1:1。"
    pdf.drawString(310, 680, "注：" + note[:21])
    pdf.drawString(330, 666, note[21:])
    pdf.drawString(310, 652, "联系电话：0533-3242617")
    for y in range(640, 420, -18):  # (the right column's own text, under the table)
        pdf.drawString(310, y, prose)
    pdf.drawString(285, 60, "— 3 —")
    pdf.showPage()
    pdf.save()
    lines, _, _ = read(out.getvalue(), "指南.pdf")
    body = [line for line in lines if line]
    assert body[:4] == ["一、重点研发计划", "1.药用玻璃成型工艺研究（YY24-01）", "研究内容：" + prose[5:]
                        + prose * 3 + "转化。", "项目类别：重点项目"]
    table = body.index("附表　项目类别及支持标准")
    assert body[table - 1] == prose * 3 + "转化。"  # (the left column's last paragraph)
    assert body[table + 1:table + 5] == ["项目类别\t资助额度\t实施期限",
                                         "重点项目\t前资助30～50万元\t不超过3年",
                                         "一般项目\t前资助10～20万元\t不超过2年", "注：" + note]
    leaves = parse_document(out.getvalue(), "指南.pdf").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max,
             leaf.matching_ratio) for leaf in leaves] == [
        ("YY24-01", 30, 50, 3, 2), ("YY24-02", 10, 20, 2, 1)]


def test_direction_cards_whose_title_bar_wraps_or_is_printed_again_read_once_and_whole() -> None:
    """Directions as boxed cards: a grey title bar (the title left, 指南代码 right) over ruled
    label | value rows. The first card's title wraps inside its bar, under its left part
    alone: the title reads whole, the code after it. The second card breaks across a page
    and its bar is printed again at the next page's top: that copy is no new direction, and
    the rows under it are still the card's."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    left, middle, right = 60, 140, 535
    out = io.BytesIO()
    pdf = canvas.Canvas(out)

    def bar(top: float, lines: list[str], code: str) -> float:
        bottom = top - 8 - 16 * len(lines)
        pdf.setFillGray(0.85)  # (the shading, then the cell's borders)
        pdf.rect(left, bottom, right - left, top - bottom, stroke=0, fill=1)
        pdf.setFillGray(0)
        pdf.rect(left, bottom, right - left, top - bottom)
        for number, text in enumerate(lines):
            pdf.drawString(left + 4, top - 16 - 16 * number, text)
        pdf.drawRightString(right - 4, top - 16, code)
        return bottom

    def row(top: float, label: str, value: str) -> float:
        bottom = top - 22
        pdf.rect(left, bottom, right - left, top - bottom)
        pdf.line(middle, top, middle, bottom)
        pdf.drawString(left + 4, top - 15, label)
        pdf.drawString(middle + 4, top - 15, value)
        return bottom

    pdf.setFont("STSong-Light", 10)
    pdf.drawString(60, 790, "一、重点研发计划")
    top = bar(770, ["1.大陈岛周边海域海洋牧场生态修复与渔业资源智能监测关键技",
                    "术研究及应用示范"], "指南代码：JJ26-01")
    for label, value in [("研究内容", "研究人工鱼礁优化布设与海藻场修复技术。"), ("支持额度", "50万元")]:
        top = row(top, label, value)
    for _ in range(24):  # (the first card's rows, to bring the second to the page's foot)
        top = row(top, "考核指标", "建成示范区1个。")
    top = bar(top - 12, ["2.新能源汽车电驱壳体一体化压铸成形技术研究"], "指南代码：JJ26-02")
    row(top, "研究内容", "开发三合一壳体一体化压铸件。")
    pdf.drawString(290, 30, "— 1 —")
    pdf.showPage()
    pdf.setFont("STSong-Light", 10)
    top = bar(790, ["2.新能源汽车电驱壳体一体化压铸成形技术研究"], "指南代码：JJ26-02")
    for label, value in [("支持额度", "最高不超过30万元"), ("申报要求", "须由企业牵头申报。")]:
        top = row(top, label, value)
    pdf.drawString(60, top - 30, "二、联系方式")
    pdf.drawString(290, 30, "— 2 —")
    pdf.showPage()
    pdf.save()
    lines, _, _ = read(out.getvalue(), "指南.pdf")
    title = "1.大陈岛周边海域海洋牧场生态修复与渔业资源智能监测关键技术研究及应用示范 指南代码：JJ26-01"
    assert lines[1] == title
    second = "2.新能源汽车电驱壳体一体化压铸成形技术研究 指南代码：JJ26-02"
    assert lines.count(second) == 1
    leaves = parse_document(out.getvalue(), "指南.pdf").leaves
    assert [(leaf.title, leaf.code, leaf.funding_max_wan, leaf.enterprise_lead_only)
            for leaf in leaves] == [
        ("大陈岛周边海域海洋牧场生态修复与渔业资源智能监测关键技术研究及应用示范", "JJ26-01", 50, None),
        ("新能源汽车电驱壳体一体化压铸成形技术研究", "JJ26-02", 30, True)]


def test_a_heading_filling_its_line_keeps_apart_from_the_indented_paragraph_under_it() -> None:
    """A WPS export: headings and paragraphs' first lines indented two characters, paragraphs
    going on at the margin, each field's text set under its label four characters in and
    going on there. A group heading that fills its line over a paragraph begun at the indent
    is no line the paragraph goes on from: the indent is where no paragraph goes on (the
    margin and the fields' text are), so the paragraph is one of its own."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    margin, size = 79.4, 16
    heading = "（一）工业关键核心技术攻关（责任科室：高新技术科）"  # (25: it fills its line)
    paragraph = "本类项目须由企业牵头申报，采取前资助方式，" + "单个项目资助不超过五十万元。" * 3
    field = "研究茂金属催化剂结构设计与规模化制备技术，" * 6
    placed: list[tuple[float, str]] = [(2, "二、支持方向"), (2, heading)]
    placed += [(2, paragraph[:25])] + [(0, paragraph[i:i + 27]) for i in range(25, len(paragraph), 27)]
    placed += [(2, "①高性能聚烯烃弹性体催化剂研发（GN23GY01）"), (2, "研究内容：")]
    placed += [(4, field[i:i + 23]) for i in range(0, len(field), 23)]
    placed += [(2, "考核指标："), *((4, field[i:i + 23]) for i in range(0, len(field), 23))]
    placed += [(2, "支持强度："), (4, "不超过100万元。")]
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("STSong-Light", size)
    for number, (indent, text) in enumerate(placed):
        pdf.drawString(margin + indent * size, 800 - 24 * number, text)
    pdf.showPage()
    pdf.save()
    lines, _, _ = read(out.getvalue(), "指南.pdf")
    assert lines[1:3] == [heading, paragraph]
    leaves = parse_document(out.getvalue(), "指南.pdf").leaves
    assert [(leaf.code, leaf.office, leaf.funding_mode, leaf.funding_max_wan,
             leaf.enterprise_lead_only) for leaf in leaves] == [
        ("GN23GY01", "高新技术科", "前资助", 100, True)]


def test_a_booklet_printed_two_up_reads_its_left_page_then_its_right() -> None:
    """A5 pages printed two to a landscape A4 sheet, each with its running header and page
    number: the left page is read top to bottom, then the right, each line cited as printed
    in that order (a row of the left page and one of the right are never one line)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    left = ["一、重点研发计划", "本计划项目须由企业牵头申报，每项资助", "不超过50万元，实施期限2年。",
            "1.不锈钢管材高端化制造关键技术", "研究内容：开展组织性能调控技术研究。",
            "2.管道智能焊接与无损检测技术", "研究内容：研发激光电弧复合焊接工艺。"]
    right = ["二、农业与社会发展计划", "本计划每项资助5～15万元，企业、事业", "单位均可牵头申报。",
             "1.茶叶绿色高效生产与精深加工", "研究内容：开展茶园病虫害绿色防控。", "三、联系方式",
             "联系电话：0578-8012345。"]
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(842, 595))
    for offset, lines, number in ((0, left, 1), (421, right, 2)):
        pdf.setFont("STSong-Light", 8)
        pdf.drawString(offset + 50, 560, "松阳县2025年度科技计划项目申报指南")
        pdf.drawString(offset + 195, 30, f"— {number} —")
        pdf.setFont("STSong-Light", 11)
        for at, text in enumerate(lines):
            pdf.drawString(offset + 50, 520 - 20 * at, text)
    pdf.showPage()
    pdf.save()
    leaves = parse_document(out.getvalue(), "指南.pdf").leaves
    assert [(leaf.title, leaf.source_line, leaf.funding_max_wan, leaf.enterprise_lead_only)
            for leaf in leaves] == [
        ("不锈钢管材高端化制造关键技术", 5, 50, True), ("管道智能焊接与无损检测技术", 7, 50, True),
        ("茶叶绿色高效生产与精深加工", 14, 15, False)]


def test_a_printers_line_at_a_two_up_sheets_foot_is_read_after_both_pages() -> None:
    """A booklet's proof sheet, two pages side by side: the printer's line at the sheet's foot
    (承印：…　校对：…), set at the left under both pages' folios, is the sheet's — read after the
    right page, so the right page's lines are cited as printed in reading order."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    left = ["八、申报材料", "1．项目申报书；", "2．营业执照复印件；", "3．上年度财务审计报告。"]
    right = ["四、重点研发计划", "本计划须由企业牵头申报，执行期不超过2年。", "（一）钢铁焦化节能降碳技术",
             "方向代码：HT25-01", "资助额度：50～80万元", "（二）精细化工与煤基新材料",
             "方向代码：HT25-02", "资助额度：不超过60万元"]
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(842, 595))
    pdf.setFont("STSong-Light", 8)
    pdf.drawString(40, 575, "付印样　某县科技计划项目申报指南（口袋书）　第2张正面　拼版6｜3")
    pdf.drawString(40, 12, "承印：某县彩印有限公司　校对：＿＿＿＿　客户签样：＿＿＿＿　2025-03-12")
    for offset, lines, number in ((0, left, 6), (421, right, 3)):
        pdf.setFont("STSong-Light", 8)
        pdf.drawString(offset + 195, 34, f"— {number} —")
        pdf.setFont("STSong-Light", 11)
        for at, text in enumerate(lines):
            pdf.drawString(offset + 50, 520 - 20 * at, text)
    pdf.showPage()
    pdf.save()
    data = out.getvalue()
    lines, _, _ = read(data, "付印样.pdf")
    assert [line for line in lines if line.strip()][-2:] == [
        "— 3 —", "承印：某县彩印有限公司　校对：＿＿＿＿　客户签样：＿＿＿＿　2025-03-12"]
    assert [(leaf.code, leaf.source_line) for leaf in parse_document(data, "付印样.pdf").leaves] \
        == [("HT25-01", lines.index("（一）钢铁焦化节能降碳技术") + 1),
            ("HT25-02", lines.index("（二）精细化工与煤基新材料") + 1)]


def test_a_table_with_no_rules_its_cells_wrapped_over_lines() -> None:
    """序号  方向名称  主要研究内容  类别  支持额度 set at fixed positions with no rule at all, a
    name and its content wrapping onto the lines below: each row is one direction whose name is
    its wrapped cell whole, and its 类别 | 重点 takes the terms of （一）重点研发项目."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    columns = [60, 110, 220, 420, 470]
    body = ["某县2024年度科技计划项目申报指南", "一、项目类别与支持方式", "（一）重点研发项目",
            "1.申报主体。须由企业牵头申报。", "2.支持方式。采取前资助方式，实施期限2年。",
            "（二）一般研发项目", "1.申报主体。企业、高校、科研院所均可牵头申报。",
            "2.支持方式。采取前资助方式，实施期限1年。", "二、2024年度支持方向", "支持方向见下表。"]
    rows = [["序号", "方向名称", "主要研究内容", "类别", "支持额度"],
            ["1", "有机硅新材料", "围绕有机硅单体副产物综合", "重点", "30～50万元"],
            ["", "高值化利用关", "利用开展研究，形成新产品。"], ["", "键技术"],
            ["2", "开化龙顶茶品", "研究龙顶茶机采适制品种筛选", "一般", "10万元"],
            ["", "质提升技术", "及连续化加工技术。"]]
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("STSong-Light", 11)
    y = 780
    for text in body:
        pdf.drawString(60, y, text)
        y -= 20
    for cells in rows:
        for x, text in zip(columns, cells, strict=False):
            if text:
                pdf.drawString(x, y, text)
        y -= 16
    pdf.drawString(60, y - 10, "三、联系方式")
    pdf.showPage()
    pdf.save()
    leaves = parse_document(out.getvalue(), "指南.pdf").leaves
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max,
             leaf.enterprise_lead_only) for leaf in leaves] == [
        ("有机硅新材料高值化利用关键技术", 30, 50, 2, True), ("开化龙顶茶品质提升技术", 10, 10, 1, False)]


def test_a_slanted_watermark_is_no_text_and_a_three_line_table_runs_on_past_the_page_foot() -> None:
    """An OA system's export: 内部资料 注意保存 set grey at a slant across each page, and a 三线表
    (rules over and under its header only on the first page, its rows running on to the next):
    the watermark is in no line, and the rows on the first page read as rows, cells apart, like
    those after the break."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    columns = [60, 100, 220, 420]
    header = ["序号", "攻关方向", "主要攻关内容", "资助额度（万元）"]
    rows = [["1", "新型显示关键材料", "开展巨量转移与驱动背板|等关键技术攻关。", "≤300"],
            ["2", "高端医疗器械部件", "研制医学影像设备探测|器等核心部件。", "100～200"],
            ["3", "合成生物底盘细胞", "构建高效底盘细胞并开|展工艺放大。", "≤150"]]
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for page, page_rows in enumerate((rows[:2], rows[2:]), start=1):
        pdf.saveState()  # the watermark, grey and turned 35 degrees
        pdf.setFillGray(0.6)
        pdf.setFont("STSong-Light", 30)
        pdf.translate(150, 400)
        pdf.rotate(35)
        pdf.drawString(0, 0, "内部资料 注意保存")
        pdf.restoreState()
        pdf.setFont("STSong-Light", 11)
        y = 760.0
        if page == 1:
            pdf.drawString(60, y, "一、重点技术攻关项目")
            y -= 24
        pdf.line(55, y + 14, 540, y + 14)
        for x, name in zip(columns, header, strict=True):
            pdf.drawString(x, y, name)
        pdf.line(55, y - 6, 540, y - 6)
        y -= 24
        for row in page_rows:
            parts = [cell.split("|") for cell in row]
            for number in range(max(len(p) for p in parts)):
                for x, cell in zip(columns, parts, strict=True):
                    if number < len(cell):
                        pdf.drawString(x, y, cell[number])
                y -= 16
            y -= 6
        if page == 2:
            pdf.line(55, y + 10, 540, y + 10)
            pdf.drawString(60, y - 14, "二、联系方式")
            pdf.drawString(60, y - 30, "电话：0755-12345678。")
        pdf.drawString(280, 50, f"第 {page} 页 共 2 页")
        pdf.showPage()
    pdf.save()
    lines, _, _ = read(out.getvalue(), "指南.pdf")
    assert not any(char in line for line in lines for char in "保存")  # (the watermark's)
    assert [line for line in lines if line.startswith(("1\t", "2\t", "3\t"))] == [
        "1\t新型显示关键材料\t开展巨量转移与驱动背板等关键技术攻关。\t≤300",
        "2\t高端医疗器械部件\t研制医学影像设备探测器等核心部件。\t100～200",
        "3\t合成生物底盘细胞\t构建高效底盘细胞并开展工艺放大。\t≤150"]
    leaves = parse_document(out.getvalue(), "指南.pdf").leaves
    assert [(leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        ("新型显示关键材料", 300), ("高端医疗器械部件", 200), ("合成生物底盘细胞", 150)]


def _styled_docx(items: list[tuple[int, str]]) -> bytes:
    """Paragraphs with no number of any kind: a heading of level N set in Word's 标题 N style
    (python-docx's add_heading), or, for level -N, in Normal with its own outline level."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = Document()
    for level, text in items:
        if level > 0:
            document.add_heading(text, level)
            continue
        paragraph = document.add_paragraph(text)
        if level < 0:
            outline = OxmlElement("w:outlineLvl")
            outline.set(qn("w:val"), str(-level - 1))
            paragraph._p.get_or_add_pPr().append(outline)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_docx_outlined_by_heading_styles_alone_reads_its_plans_groups_and_directions() -> None:
    """No heading carries a number: 标题 1 plans, 标题 2 groups and a terms section, 标题 3
    directions (one set by its outline level alone). The section beside the groups states the
    plan's terms; a group's 支持数量：本领域… is the group's own count."""
    guideline = parse_document(_styled_docx([
        (0, "某市2023年度科技计划项目申报指南"), (1, "重点研发计划"), (0, "围绕主导产业组织攻关。"),
        (2, "支持方式及申报要求"), (0, "支持方式：事前资助。"), (0, "实施期限：原则上不超过2年。"),
        (0, "申报主体：须由企业牵头申报。"),
        (2, "现代农业领域"), (0, "支持金额：每项不超过30万元。"), (0, "支持数量：本领域拟支持不超过4项。"),
        (3, "黑土地保护性耕作技术集成示范"), (0, "研究内容：集成保护性耕作技术。"),
        (-3, "鲜食玉米新品种选育"), (0, "研究内容：选育鲜食玉米新品种。"),
        (2, "先进制造领域"), (0, "支持金额：每项不超过50万元。"),
        (3, "汽车轻量化结构件成型工艺"), (0, "研究内容：研究铝合金成型工艺。"),
        (1, "联系方式"), (0, "电话：0431-87223516。")]), "指南.docx")
    assert [(leaf.title, leaf.funding_max_wan, leaf.period_years_max, leaf.quota,
             leaf.enterprise_lead_only) for leaf in guideline.leaves] == [
        ("黑土地保护性耕作技术集成示范", 30, 2, 4, True), ("鲜食玉米新品种选育", 30, 2, 4, True),
        ("汽车轻量化结构件成型工艺", 50, 2, None, True)]


def test_a_pdf_tables_merged_cells_printed_amid_their_rows_are_each_rows() -> None:
    """领域 | 方向 | 子方向 | 支持金额 with 领域 merged over four rows and 方向 over two, their
    names centred down the cells (先进装备制 ⏎ 造 straddling rows 2 and 3, a 方向 name on a
    printed line of its own between its rows): every row reads whole, the merged names in
    it; a name cell holding a title over its content keeps the two apart."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    pdf = Canvas(out, pagesize=(595, 842))
    pdf.setFont("STSong-Light", 10)
    walls, tops = [60, 130, 250, 480, 540], [760, 740, 700, 660, 620, 580]
    for x, text in zip(walls, ["领域", "方向", "子方向", "支持金额"], strict=False):
        pdf.drawString(x + 4, 746, text)
    rows = [("1.港口起重装备远程运维", "≤50"), ("2.精密轴承表面强化技术", "30"),
            ("1.车间数字孪生系统", "≤40"), ("2.表面缺陷在线检测装备", "30")]
    for (top, _), (name, amount) in zip(itertools.pairwise(tops[1:]), rows, strict=True):
        pdf.drawString(254, top - 14, name)
        pdf.drawString(484, top - 14, amount)
    pdf.drawString(254, 632, "研究生产排程算法。")  # (row 3's name cell: its title, its content)
    pdf.drawString(64, 672, "先进装备制")  # (the 领域 name centred over rows 1–4, wrapped)
    pdf.drawString(64, 659, "造")
    pdf.drawString(134, 704, "基础件")  # (方向 names centred over rows 1–2 and 3–4)
    pdf.drawString(134, 617, "工业软件")
    for x in walls:
        pdf.line(x, tops[0], x, tops[-1])
    for index, y in enumerate(tops):  # (inside a merged cell no rule crosses its column)
        left = walls[0] if index in (0, 1, 5) else walls[2] if index in (2, 4) else walls[1]
        pdf.line(left, y, walls[-1], y)
    pdf.save()
    lines, _, _ = read(out.getvalue(), "t.pdf")
    assert [line for line in lines if line.strip()] == [
        "领域\t方向\t子方向\t支持金额",
        "先进装备制造\t基础件\t1.港口起重装备远程运维\t≤50",
        "先进装备制造\t基础件\t2.精密轴承表面强化技术\t30",
        "先进装备制造\t工业软件\t1.车间数字孪生系统 研究生产排程算法。\t≤40",
        "先进装备制造\t工业软件\t2.表面缺陷在线检测装备\t30"]


def test_a_pdf_tables_merged_cells_go_on_past_a_page_break_under_a_continued_caption() -> None:
    """领域 | 方向 | 子方向 with a 领域 and a 方向 merged past the page's end: on the next page,
    under 续表1 and the header printed again, the rows leave them blank — the first opens the
    next sub-direction, so it is a row of its own, and it and the rows under it take the cells
    going on from the page before until the column names its next."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    pdf = Canvas(out, pagesize=(595, 842))
    walls = [60, 160, 280, 520]
    pages = [[("领域", "方向", "子方向"), ("现代农业", "海洋食品", "1.海参精深加工（GJ01）")],
             [("领域", "方向", "子方向"), ("", "", "2.水产品冷链物流（GJ02）"),
              ("", "设施果蔬", "1.大樱桃设施栽培（GJ03）")]]
    for number, rows in enumerate(pages):
        pdf.setFont("STSong-Light", 10)
        if number:
            pdf.drawString(60, 770, "续表1")
        tops = [760 - 30 * i for i in range(len(rows) + 1)]
        for (top, _), cells in zip(itertools.pairwise(tops), rows, strict=True):
            for x, text in zip(walls, cells, strict=False):
                pdf.drawString(x + 4, top - 18, text)
        for x in walls:
            pdf.line(x, tops[0], x, tops[-1])
        for index, y in enumerate(tops):  # (the merged 领域 cell: no rule across it)
            pdf.line(walls[1] if number and index == 2 else walls[0], y, walls[-1], y)
        pdf.showPage()
    pdf.save()
    lines, _, _ = read(out.getvalue(), "t.pdf")
    assert [line for line in lines if "\t" in line] == [
        "领域\t方向\t子方向", "现代农业\t海洋食品\t1.海参精深加工（GJ01）",
        "现代农业\t海洋食品\t2.水产品冷链物流（GJ02）", "现代农业\t设施果蔬\t1.大樱桃设施栽培（GJ03）"]


def test_a_docx_three_column_table_with_group_rows_notes_and_a_cell_listing_two() -> None:
    """方向名称 | 研究内容及考核指标 | 支持方式及额度 with group rows spanning it, one followed by a
    说明 row with its group's terms; a name cell listing two directions as paragraphs beside a
    content cell of two paragraphs; a cell ending in an empty paragraph (a line of its own);
    and a row whose every cell says its terms come later (no direction)."""
    from docx import Document

    document = Document()
    document.add_paragraph("某市2023年度科技计划项目申报指南")
    document.add_paragraph("一、支持方向")
    table = document.add_table(rows=7, cols=3)
    rows = [("方向名称", "研究内容及考核指标", "支持方式及额度"),
            ("（一）农业农村领域（归口处室：农村科技处）",) * 3,
            ("说明：本领域项目均为前资助，单项资助不超过30万元，实施期2年。",) * 3,
            ("1.茉莉花茶窨制工艺提升（FZ23NY01）", "研究内容：开展窨制装备研究。\n考核指标：形成规程1项。",
             "前资助，不超过20万元/项\n"),
            ("2.智慧养老服务机器人研发（FZ23SF04）\n3.适老化康复辅具设计（FZ23SF05）",
             "研究内容：研发陪护机器人。\n考核指标：示范应用100台。", "前资助，不超过30万元/项"),
            ("4.特色果蔬采后保鲜技术（FZ23NY03）", "研究内容：研发预冷保鲜技术。", "后补助，不超过10万元/项"),
            ("5.科技成果转化“以奖代补”", "具体申报方式、支持标准以后续通知为准。", "另行通知")]
    for row, cells in zip(table.rows, rows, strict=True):
        if len(set(cells)) == 1:  # a group row or its note: one cell across the table
            row.cells[0].merge(row.cells[2]).text = cells[0]
            continue
        for cell, text in zip(row.cells, cells, strict=True):
            first, *more = text.split("\n")
            cell.text = first
            for paragraph in more:
                cell.add_paragraph(paragraph)
    document.add_paragraph("二、联系方式")
    out = io.BytesIO()
    document.save(out)
    leaves = parse_document(out.getvalue(), "指南.docx").leaves
    assert [(leaf.source_line, leaf.code, leaf.funding_max_wan, leaf.period_years_max,
             leaf.office) for leaf in leaves] == [
        (6, "FZ23NY01", 20, 2, "农村科技处"), (9, "FZ23SF04", 30, 2, "农村科技处"),
        (10, "FZ23SF05", 30, 2, "农村科技处"), (12, "FZ23NY03", 10, 2, "农村科技处")]


def _with_footnote(data: bytes, called: str, rest: str, note: str) -> bytes:
    """The .docx with a Word footnote (footnotes.xml, its relationship and content type) whose
    reference stands between `called` and `rest`, one paragraph's words, as Word writes one."""
    import zipfile

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    notes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {ns}>'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
             f'</w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>{note}</w:t></w:r></w:p>'
             '</w:footnote></w:footnotes>')
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            if not item.filename.endswith((".xml", ".rels")):
                target.writestr(item, source.read(item.filename))
                continue
            body = source.read(item.filename).decode()
            if item.filename == "word/document.xml":
                body = body.replace(f"<w:t>{called}{rest}</w:t></w:r>",
                                    f"<w:t>{called}</w:t></w:r>"
                                    '<w:r><w:footnoteReference w:id="1"/></w:r>'
                                    f"<w:r><w:t>{rest}</w:t></w:r>", 1)
            elif item.filename == "word/_rels/document.xml.rels":
                body = body.replace("</Relationships>", '<Relationship Id="rIdNotes" Type="http://'
                                    'schemas.openxmlformats.org/officeDocument/2006/relationships/'
                                    'footnotes" Target="footnotes.xml"/></Relationships>')
            elif item.filename == "[Content_Types].xml":
                body = body.replace("</Types>", '<Override PartName="/word/footnotes.xml" '
                                    'ContentType="application/vnd.openxmlformats-officedocument.'
                                    'wordprocessingml.footnotes+xml"/></Types>')
            target.writestr(item, body)
        target.writestr("word/footnotes.xml", notes)
    return out.getvalue()


def test_a_docx_plans_terms_given_in_a_word_footnote() -> None:
    """（二）…计划 ⏎ 围绕特色农业①，重点支持… with the plan's terms in Word's footnote 1: the note is
    read (under the page-foot rule, after the body, so no line moves) and its directions take it."""
    data = _with_footnote(make_docx([
        "某县2025年度科技计划项目申报指南", "一、支持方向", "（一）农业科技计划",
        "围绕特色农业，重点支持以下方向：", "1.油茶高产栽培技术示范", "研究内容：集成油茶高产栽培技术。",
        "2.湘黄鸡健康养殖技术", "研究内容：研究湘黄鸡健康养殖技术。", "二、联系方式", "电话：0731-24226217。"]),
        "围绕特色农业", "，重点支持以下方向：",
        "本计划项目采取前资助方式，单个项目资助10～20万元，实施期限不超过18个月。")
    lines, _, _ = read(data, "指南.docx")
    assert lines[3] == "围绕特色农业①，重点支持以下方向：" and lines[-2:] == [
        "——————", "①本计划项目采取前资助方式，单个项目资助10～20万元，实施期限不超过18个月。"]
    leaves = parse_document(data, "指南.docx").leaves
    assert [(leaf.source_line, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max,
             leaf.funding_mode) for leaf in leaves] == [
        (5, 10, 20, 1.5, "前资助"), (7, 10, 20, 1.5, "前资助")]


def test_a_pdf_whose_headings_only_their_type_size_tells_apart() -> None:
    """A Word file with heading styles and no list numbers, exported: the title 20 pt, plans
    16 pt, fields 14 pt, directions 12 pt, the text 11 pt. The plan's terms reach the
    directions of both its fields, and a section that funds nothing stays none."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    lines = [(20, "某县2023年度科技计划项目申报指南"), (16, "总体要求"),
             (11, "围绕主导产业集中支持一批关键技术攻关项目。"),
             (16, "重点研发计划"), (11, "支持方式：前资助。"), (11, "支持额度：每项20～40万元。"),
             (11, "归口股室：高新技术股"),
             (14, "磷化工与新材料"), (12, "磷石膏无害化处理技术研究"), (11, "指南代码：BK01"),
             (11, "研究内容：研究磷石膏预处理技术。"), (12, "电子级磷酸盐制备关键技术"),
             (11, "指南代码：BK02"), (11, "研究内容：研究溶剂萃取净化技术。"),
             (14, "绿色低碳与节能环保"), (12, "小水电站智能化改造技术集成应用"),
             (11, "指南代码：BK03"), (11, "研究内容：研究机组状态监测技术。"),
             (16, "申报程序"), (11, "申报单位登录平台在线填报申报书。")]
    y = 800
    for size, text in lines:
        pdf.setFont("STSong-Light", size)
        pdf.drawString(40 if size > 12 else 50, y, text)
        y -= size + 10
    pdf.showPage()
    pdf.save()
    leaves = parse_document(out.getvalue(), "指南.pdf").leaves
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_max_wan, leaf.funding_mode)
            for leaf in leaves] == [
        ("BK01", "磷石膏无害化处理技术研究", "高新技术股", 40, "前资助"),
        ("BK02", "电子级磷酸盐制备关键技术", "高新技术股", 40, "前资助"),
        ("BK03", "小水电站智能化改造技术集成应用", "高新技术股", 40, "前资助")]
    assert leaves[0].group == "磷化工与新材料" and leaves[2].group == "绿色低碳与节能环保"


def test_a_word_table_of_plans_whose_cells_list_their_directions() -> None:
    """计划类别 | 支持方向 | 支持方式及额度 | 受理科室, a row per plan: its directions listed in the
    支持方向 cell as paragraphs or as lines broken by Shift+Enter, numbered 1. or （1）. The terms
    cell is said once for them all (inherited), but where it gives each numbered direction
    its own grant (资助额度：1.…；2.…；3.…) each takes its own; a note under the table naming a
    direction by its code raises that one's cap."""
    from docx import Document

    document = Document()
    document.add_paragraph("三、支持方向及支持方式")
    rows = [["计划类别", "支持方向", "支持方式及额度", "受理科室"],
            ["农业科技创新计划", "", "前资助，实施期限2年；企业、高校院所均可牵头申报。资助额度："
             "1.每项不超过30万元；2.每项50万元，拟支持1项；3.每项不超过20万元。", "农村科技科"],
            ["社会发展科技计划", "（1）县域慢性病智能随访管理系统研究（SF01）\n（2）农村高氟地下水除氟"
             "净化技术示范（SF02）", "前资助，实施期限1～2年；须由企业牵头申报。", "社会发展科"],
            ["产业技术创新专项", "1.中高压交联电缆绝缘料国产化替代技术（CY01）", "后补助，单项最高不超过"
             "40万元；实施期限不超过18个月。", "高新技术科"],
            ["产业技术创新专项", "2.岩棉保温板憎水改性与低能耗生产技术（CY02）", "后补助，单项最高不超过"
             "40万元；实施期限不超过18个月。", "高新技术科"]]
    grid = add_table(document, rows)
    listing = grid.rows[1].cells[1]
    listing.text = "1.河间驴肉制品低温保鲜与标准化加工技术（NY01）"
    for text in ["2.盐碱地耐盐小麦新品种选育技术示范（NY02）", "3.设施蔬菜水肥一体化智能管控技术（NY03）"]:
        listing.add_paragraph(text)
    document.add_paragraph("注：1.产业技术创新专项第2个方向（CY02）单项补助上限提高至60万元。"
                           "2.表中各计划实施期限自立项之日起计算。")
    document.add_paragraph("四、联系方式")
    document.add_paragraph("农村科技科：0317-3222418")
    out = io.BytesIO()
    document.save(out)
    leaves = parse_document(out.getvalue(), "t.docx").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota,
             leaf.period_years_max, leaf.office) for leaf in leaves] == [
        ("NY01", None, 30, None, 2, "农村科技科"), ("NY02", 50, 50, 1, 2, "农村科技科"),
        ("NY03", None, 20, None, 2, "农村科技科"),
        ("SF01", None, None, None, 2, "社会发展科"), ("SF02", None, None, None, 2, "社会发展科"),
        ("CY01", None, 40, None, 1.5, "高新技术科"), ("CY02", None, 60, None, 1.5, "高新技术科")]
    by_code = {leaf.code: leaf for leaf in leaves}
    assert by_code["CY02"].funding_mode == "后补助"
    assert "funding_max_wan" not in by_code["NY02"].inherited
    assert {"funding_mode", "period_years_max", "office"} <= set(by_code["NY02"].inherited)
    assert {"funding_mode", "period_years_max", "enterprise_lead_only"} \
        <= set(by_code["SF02"].inherited)


def test_text_formatted_hidden_in_word_is_not_read() -> None:
    """Word's hidden text (w:vanish): an old amount kept beside the new one, a whole direction
    hidden from view and a 【待定】 after a title are no part of what a reader sees — the hidden
    paragraph takes no line, and the visible directions keep their numbers and amounts."""
    from docx import Document
    from docx.oxml import OxmlElement

    def hide(run: Any) -> None:
        run._r.get_or_add_rPr().append(OxmlElement("w:vanish"))

    document = Document()
    document.add_paragraph("一、重点研发计划")
    first = document.add_paragraph("1.航空零部件精密加工技术研究（LS01）")
    hide(first.add_run("【待定】"))
    grant = document.add_paragraph("支持额度：")
    hide(grant.add_run("10～20万元"))
    grant.add_run("20～30万元。")
    gone = document.add_paragraph()
    hide(gone.add_run("2.航空发动机试车台余热回收技术研究（LS02）"))
    gone._p.get_or_add_pPr().append(OxmlElement("w:rPr"))
    gone._p.pPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rPr").append(
        OxmlElement("w:vanish"))
    document.add_paragraph("2.功能性服装面料研发与产业化（LS03）")
    document.add_paragraph("支持额度：不超过40万元。")
    document.add_paragraph("二、联系方式")
    out = io.BytesIO()
    document.save(out)
    lines, _, _ = read(out.getvalue(), "t.docx")
    assert lines[:5] == ["一、重点研发计划", "1.航空零部件精密加工技术研究（LS01）", "支持额度：20～30万元。",
                         "2.功能性服装面料研发与产业化（LS03）", "支持额度：不超过40万元。"]
    leaves = parse_document(out.getvalue(), "t.docx").leaves
    assert [(leaf.code, leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.source_line)
            for leaf in leaves] == [("LS01", "航空零部件精密加工技术研究", 20, 30, 2),
                                    ("LS03", "功能性服装面料研发与产业化", None, 40, 4)]


def test_a_pdf_with_each_directions_terms_in_a_margin_note_beside_it() -> None:
    """The text in a wide left column and, beside each direction with terms of its own, a ruled
    box in the right margin (支持额度 ⏎ 实施期限 ⏎ 拟支持数) on the same baselines as the text:
    each box is that direction's terms (one wrapped in its box, two boxes right under each other
    kept apart); the text column reads as if the notes were not there, and a direction without
    a box takes its plan's terms."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    body = ["某县2025年度科技计划项目申报指南", "一、重点研发计划",
            "本计划支持企业围绕主导产业开展关键核心技术攻关，须由企业",
            "牵头申报，采取前资助方式，每项支持20万元，实施期限2年。",
            "（一）农用新能源车辆电驱动系统集成研发（GT01）",
            "研究内容：针对农用运输车、园林作业车等专用车辆电动化需",
            "求，开展驱动电机与减速器一体化集成设计，突破能量管理技术。",
            "（二）秸秆清洁制浆黑液资源化利用与产业化示范推广应用",
            "（GT02）",
            "开展黑液木质素提取与水循环利用技术研究，建设中试生产线。",
            "（三）专用车轻量化车身结构设计与制造（GT03）",
            "研究内容：开展高强度钢、铝合金等轻量化材料在车身上的应用。",
            "二、联系方式", "电话：0635-3951234，联系人：王工，地址：县政务中心。"]
    notes = {4: ["支持额度：单个项目", "不超过50万元", "实施期限：3年"],
             7: ["支持额度：30～50万元", "拟支持数：2项"]}
    pdf.setFont("STSong-Light", 11)
    for number, text in enumerate(body):
        y = 780 - 21 * number
        pdf.setFont("STSong-Light", 11)
        pdf.drawString(70, y, text)
        for k, note in enumerate(notes.get(number, [])):
            pdf.setFont("STSong-Light", 9)
            pdf.drawString(418, y - 21 * k, note)
        if number in notes:
            pdf.rect(410, y - 21 * len(notes[number]) + 12, 140, 21 * len(notes[number]))
    pdf.showPage()
    pdf.save()
    lines, _, _ = read(out.getvalue(), "指南.pdf")
    assert lines[5] == ("研究内容：针对农用运输车、园林作业车等专用车辆电动化需求，开展驱动电机与减速器"
                        "一体化集成设计，突破能量管理技术。")
    leaves = parse_document(out.getvalue(), "指南.pdf").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max,
             leaf.quota) for leaf in leaves] == [
        ("GT01", None, 50, 3, None), ("GT02", 30, 50, 2, 2), ("GT03", 20, 20, 2, None)]
    assert leaves[1].title == "秸秆清洁制浆黑液资源化利用与产业化示范推广应用"
    assert leaves[1].content == "开展黑液木质素提取与水循环利用技术研究，建设中试生产线。"


@pytest.mark.parametrize("every", [1, 5])
def test_a_draft_printed_with_word_line_numbers_reads_without_them(every: int) -> None:
    """A 征求意见稿 printed with Word's line numbering: a small number in the left margin on
    each line's baseline (every line, or every 5th), restarting on each page, an empty
    paragraph numbered too. The numbers are print: headings, codes and terms read as if they
    were not there, and every printed line keeps its place."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    rules = [f"（{n}）申报单位应按要求如实填报第{n}项申报材料。" for n in "一二三四五六七八"]
    pages = [["某市2024年度科技计划项目申报指南", "（征求意见稿）",
              "说明：现将本指南向社会公开征求意见，", "意见请注明页码和行号。", "",
              "一、总体要求", *rules,
              "二、重点研发计划",
              "本计划采取前资助方式，单个项目资助额度为20～50万元，实施期限",
              "不超过2年，须由企业牵头申报。",
              "1.高性能聚酯刷丝改性及精密成型技术研发（QS01）",
              "研究内容：开发刷丝共混改性配方，研究异形截面刷丝挤出工艺。",
              "2.刷制品全自动植毛与智能检测装备研发（QS02）"],
             ["研究内容：研制五轴联动高速植毛机，开发毛束缺陷在线检测系统。",
              "支持额度：不超过80万元，拟支持1项。",
              "3.竹木纤维基环保复合材料制备关键技术研究（QS03）",
              "研究内容：研究竹纤维表面改性和热压成型工艺。",
              "实施期限：3年。", "",
              "三、申报要求", *rules, "四、联系方式", "电话：0556-8912345。"]]
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for page in pages:
        for number, text in enumerate(page, start=1):
            y = 780 - 22 * number
            if number % every == 0:
                pdf.setFont("STSong-Light", 8)
                pdf.drawRightString(60, y, str(number))
            pdf.setFont("STSong-Light", 11)
            pdf.drawString(90, y, text)
        pdf.showPage()
    pdf.save()
    lines, _, _ = read(out.getvalue(), "指南.pdf")
    assert lines[14] == "二、重点研发计划"
    assert lines[20] == "研究内容：研制五轴联动高速植毛机，开发毛束缺陷在线检测系统。"
    leaves = parse_document(out.getvalue(), "指南.pdf").leaves
    assert [(leaf.source_line, leaf.code, leaf.title, leaf.funding_max_wan,
             leaf.period_years_max) for leaf in leaves] == [
        (18, "QS01", "高性能聚酯刷丝改性及精密成型技术研发", 50, 2),
        (20, "QS02", "刷制品全自动植毛与智能检测装备研发", 80, 2),
        (23, "QS03", "竹木纤维基环保复合材料制备关键技术研究", 50, 3)]


def test_a_pdf_table_rows_cells_centred_beside_a_tall_content_cell_read_on_the_titles_line() -> None:
    """序号 | 方向名称 | 研究内容及考核指标 | 支持金额 | 实施期限, every cell but the content
    centred vertically (Word's 居中): the title and the amount print beside the content's
    middle lines, so the row's first printed line holds the content alone. The row reads whole
    on the printed line where its title begins, as a reader finds it; a row whose cells start
    at its top stays on its first line."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    pdf = Canvas(out, pagesize=(595, 842))
    pdf.setFont("STSong-Light", 10)
    walls = [50, 80, 180, 420, 480, 540]
    pdf.drawString(60, 800, "一、重点研发计划")
    for x, text in zip(walls, ["序号", "方向名称", "研究内容", "金额", "期限"], strict=False):
        pdf.drawString(x + 3, 766, text)
    content = ["研究内容：针对白术、浙贝母等饮片", "炮制依赖人工经验的问题，研制", "智能化炒制设备，建立炮制工艺",
               "标准。考核指标：形成工艺标准", "2项，申请发明专利2件，在3家", "以上企业推广应用。"]
    for k, text in enumerate(content):
        pdf.drawString(183, 744 - 15 * k, text)
    pdf.drawString(62, 707, "1")  # (centred beside the content's middle lines)
    pdf.drawString(83, 714, "中药饮片智能化炮制")
    pdf.drawString(83, 699, "装备研究")
    pdf.drawString(425, 707, "50万元")
    pdf.drawString(484, 707, "2年")
    top_row = 650  # (row 2: its cells at the top)
    pdf.drawString(62, top_row - 14, "2")
    pdf.drawString(83, top_row - 14, "铝合金压铸技术")
    pdf.drawString(183, top_row - 14, "研究内容：研究高真空压铸。")
    pdf.drawString(425, top_row - 14, "40万元")
    pdf.drawString(484, top_row - 14, "2年")
    for x in walls:
        pdf.line(x, 780, x, 620)
    for y in (780, 758, 650, 620):
        pdf.line(walls[0], y, walls[-1], y)
    pdf.save()
    lines, _, _ = read(out.getvalue(), "t.pdf")
    title_line = next(i for i, line in enumerate(lines) if line.startswith("1\t"))
    assert lines[title_line].split("\t")[:2] == ["1", "中药饮片智能化炮制装备研究"]
    assert lines[title_line].endswith("\t50万元\t2年")
    # (the content's first two lines, the title beside its third)
    assert lines[title_line - 3:title_line] == ["序号\t方向名称\t研究内容\t金额\t期限", "", ""]
    leaves = parse_document(out.getvalue(), "t.pdf").leaves
    assert [(leaf.title, leaf.source_line, leaf.funding_max_wan) for leaf in leaves] == [
        ("中药饮片智能化炮制装备研究", title_line + 1, 50),
        ("铝合金压铸技术", next(i for i, line in enumerate(lines) if line.startswith("2\t")) + 1,
         40)]


def test_a_pdf_table_rows_under_a_merged_class_cell_read_on_the_names_line() -> None:
    """序号 | 计划类别 | 方向名称 | 主要内容 | 金额 with each 计划类别 cell merged down two rows (on
    page 1 the class named at its cell's top, beside the content's first line; on page 2, under
    the header again, set amid the first row's lines) and every other cell but the content
    centred: each row reads on the printed line where its 方向名称 begins (the header names
    that column), not on the content's first line; a class cell opening there is no row's."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    pdf = Canvas(out, pagesize=(595, 842))
    walls = [50, 80, 140, 260, 480, 540]
    pages = [([("1", ["磷石膏综合利用与高值化", "产品开发"], "50～80"),
               ("2", ["电池级磷酸铁及正极材料", "制备技术"], "80")], [(744, "县科技重大"), (729, "专项")]),
             ([("3", ["白茶良种繁育与标准化加", "工技术"], "20～30"),
               ("4", ["太子参连作障碍防控与绿", "色种植技术"], "20")], [(736, "县农业"), (721, "科技攻"), (706, "关项目")])]
    for rows, class_lines in pages:
        pdf.setFont("STSong-Light", 10)
        pdf.drawString(60, 800, "三、支持方向")
        for x, text in zip(walls, ["序号", "计划类别", "方向名称", "主要内容", "金额"], strict=False):
            pdf.drawString(x + 3, 766, text)
        for (number, name, amount), top in zip(rows, (758, 690), strict=True):
            for k in range(4):  # (the content at the cell's top, four lines)
                pdf.drawString(263, top - 14 - 15 * k, f"研究内容第{k + 1}行：开展关键技术研究。")
            pdf.drawString(60, top - 29, number)  # (centred: beside the content's 2nd and 3rd)
            for k, part in enumerate(name):
                pdf.drawString(143, top - 29 - 15 * k, part)
            pdf.drawString(483, top - 29, amount)
        for y, text in class_lines:  # (the class, merged down both rows)
            pdf.drawString(83, y, text)
        for x in walls:
            pdf.line(x, 780, x, 622)
        for y in (780, 758, 622):
            pdf.line(walls[0], y, walls[-1], y)
        pdf.line(walls[0], 690, walls[1], 690)  # (no rule across the merged class cell)
        pdf.line(walls[2], 690, walls[-1], 690)
        pdf.showPage()
    pdf.save()
    lines, _, _ = read(out.getvalue(), "t.pdf")
    names = [i for i, line in enumerate(lines) if line[:2] in ("1\t", "2\t", "3\t", "4\t")]
    titles = ["磷石膏综合利用与高值化产品开发", "电池级磷酸铁及正极材料制备技术",
              "白茶良种繁育与标准化加工技术", "太子参连作障碍防控与绿色种植技术"]
    assert [lines[i].split("\t")[2] for i in names] == titles
    assert all(lines[i - 1] == "" for i in names)  # (the content's first line above, emptied)
    leaves = parse_document(out.getvalue(), "t.pdf").leaves
    assert [(leaf.title, leaf.source_line) for leaf in leaves] == [
        (title, i + 1) for title, i in zip(titles, names, strict=True)]


def test_a_docx_table_split_by_a_page_under_a_continued_caption_reads_as_one() -> None:
    """表1 ⏎ rows ⏎ 续表1 ⏎ the header again ⏎ a row whose number and name cells are empty
    (the row before the break going on) ⏎ more rows: one table — the caption and the header
    again are print, and the split row's content and quota are that row's own."""
    from docx import Document

    document = Document()
    document.add_paragraph("某区2025年度科技计划项目申报指南")
    document.add_paragraph("一、重点研发计划")
    document.add_paragraph("本计划采用前资助方式，项目须由企业牵头申报。")
    header = ["方向编号", "方向名称", "研究内容", "支持方式及额度", "归口科室"]
    add_table(document, [
        header, ["LZ01", "高端聚烯烃催化剂制备技术", "研究催化剂配体设计。", "不超过50万元", "高新技术科"],
        ["LZ04", "新能源汽车用聚氨酯胶黏剂开发", "（1）开发高导热结构胶，研究填", "不超过80万元", "高新技术科"]])
    document.add_paragraph("续表1")
    add_table(document, [
        header, ["", "", "料表面改性；（2）开展台架验证。本方向拟支持不超过2项。", "", ""],
        ["LZ05", "化工园区气体泄漏智能感知系统", "研发在线监测装备。", "不超过40万元", "高新技术科"]])
    document.add_paragraph("二、联系方式")
    document.add_paragraph("电话：0533-7181234")
    out = io.BytesIO()
    document.save(out)
    leaves = parse_document(out.getvalue(), "指南.docx").leaves
    assert [(leaf.code, leaf.title, leaf.funding_max_wan, leaf.quota) for leaf in leaves] == [
        ("LZ01", "高端聚烯烃催化剂制备技术", 50, None),
        ("LZ04", "新能源汽车用聚氨酯胶黏剂开发", 80, 2),
        ("LZ05", "化工园区气体泄漏智能感知系统", 40, None)]
    assert leaves[1].content == "（1）开发高导热结构胶，研究填料表面改性；（2）开展台架验证。本方向拟支持不超过2项。"


def test_a_docx_direction_set_out_as_a_four_column_info_grid() -> None:
    """Each direction a small grid, label | value | label | value on each row (方向名称 | … |
    方向代码 | …; 支持金额 | … | 实施期限 | …; 牵头要求 | … | 归口股室 | …) and 研究内容 across:
    each grid one direction with its labelled terms; a blank 支持金额 leaves its plan's; a
    table's header of column names only stays a header."""
    from docx import Document

    document = Document()
    document.add_paragraph("某县2025年度科技计划项目申报指南")
    document.add_paragraph("一、产业关键技术攻关项目")
    document.add_paragraph("本类项目采用事前资助方式，单个项目支持金额不超过50万元。")
    add_table(document, [
        ["方向名称", "新能源汽车电机控制器功率模块封装测试技术", "方向代码", "ZJ01"],
        ["支持金额", "40万元", "实施期限", "2年"], ["牵头要求", "须由企业牵头", "归口股室", "高新技术股"]])
    add_table(document, [
        ["方向名称", "钨钼尾矿综合利用及有价金属高效回收技术", "方向代码", "ZJ02"],
        ["支持金额", "", "实施期限", "3年"], ["牵头要求", "不限", "归口股室", "高新技术股"]])
    document.add_paragraph("二、联系方式")
    document.add_paragraph("电话：0762-7881234")
    out = io.BytesIO()
    document.save(out)
    leaves = parse_document(out.getvalue(), "指南.docx").leaves
    assert [(leaf.code, leaf.title, leaf.funding_max_wan, leaf.period_years_max, leaf.office,
             leaf.enterprise_lead_only) for leaf in leaves] == [
        ("ZJ01", "新能源汽车电机控制器功率模块封装测试技术", 40, 2, "高新技术股", True),
        ("ZJ02", "钨钼尾矿综合利用及有价金属高效回收技术", 50, 3, "高新技术股", False)]
    assert "funding_max_wan" in leaves[1].inherited


def test_a_slides_large_callout_and_caption_box_read_as_lines_of_their_own() -> None:
    """A 宣讲 slide printed to PDF: a callout set large (最高 50 万元, the 50 in 64 pt) between
    bullet lines, a caption box (年度资金总盘子) two points off a bullet's baseline at the
    slide's right, a section's big number (02) just over its title: each is a printed line of
    its own, read whole by its baseline — not glyphs strewn through the lines beside them."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    pdf = Canvas(out, pagesize=(842, 474))
    for y, size, x, text in [
            (430, 17, 40, "●  支持方式：前资助（立项后一次性拨付）"), (400, 17, 40, "●  实施周期：不超过2年"),
            (370, 17, 40, "●  牵头单位：须为区内注册企业"), (352, 22, 560, "最高"), (352, 64, 610, "50"),
            (352, 22, 690, "万元"), (340, 17, 40, "●  配套要求：企业自筹与财政资助不低于2:1"),
            (253, 16, 600, "年度资金总盘子"), (251, 17, 40, "●  申报时间：3月20日至4月20日"),
            (160, 40, 40, "02"), (150, 18, 140, "计划一　关键核心技术攻关计划")]:
        pdf.setFont("STSong-Light", size)
        pdf.drawString(x, y, text)
    pdf.save()
    from bot.catalogue import pdf_text

    printed, _ = pdf_text.printed_lines(out.getvalue())
    assert [line.text.replace("\t", "") for line in printed] == [
        "●  支持方式：前资助（立项后一次性拨付）", "●  实施周期：不超过2年", "●  牵头单位：须为区内注册企业",
        "最高50万元", "●  配套要求：企业自筹与财政资助不低于2:1", "年度资金总盘子",
        "●  申报时间：3月20日至4月20日", "02", "计划一　关键核心技术攻关计划"]


def test_docx_option_boxes_inserted_as_word_symbols_show_as_ticked_or_not() -> None:
    """项目类别：☑重点项目　☐一般项目 with each box a w:sym (Wingdings F0FE ticked, F0A8 not), as
    Word's Insert → Symbol leaves it: the boxes read as the page shows them, so only the ticked
    choice counts."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def boxed(paragraph: Any, label: str, options: list[tuple[bool, str]]) -> None:
        paragraph.add_run(label)
        for ticked, option in options:
            symbol = OxmlElement("w:sym")
            symbol.set(qn("w:font"), "Wingdings")
            symbol.set(qn("w:char"), "F0FE" if ticked else "F0A8")
            paragraph.add_run()._r.append(symbol)
            paragraph.add_run(option + "　")

    document = Document()
    for text in ["某区2025年度科技计划项目申报指南", "一、重点研发计划", "本计划每项资助20万元。",
                 "1.浓香型白酒智能化酿造关键技术（LMT01）"]:
        document.add_paragraph(text)
    boxed(document.add_paragraph(), "支持方式：", [(False, "前资助"), (True, "后补助")])
    boxed(document.add_paragraph(), "牵头单位：", [(True, "须由企业牵头"), (False, "不限")])
    document.add_paragraph("研究内容：研究窖池参数在线监测。")
    document.add_paragraph("二、联系方式")
    document.add_paragraph("电话：0830-1234567")
    out = io.BytesIO()
    document.save(out)
    lines, _, _ = read(out.getvalue(), "指南.docx")
    assert lines[4] == "支持方式：☐前资助　☑后补助　"
    leaves = parse_document(out.getvalue(), "指南.docx").leaves
    assert [(leaf.code, leaf.funding_mode, leaf.enterprise_lead_only) for leaf in leaves] == [
        ("LMT01", "后补助", True)]



def _fill(rows: Any, texts: list[tuple[str, ...]]) -> None:
    """A Word table's rows given their cells' texts, row by row."""
    for row, cells in zip(rows, texts, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text


def _docx_leaves(document: Any) -> list[Leaf]:
    """The leaves read from a python-docx document, saved as a bureau's .docx."""
    out = io.BytesIO()
    document.save(out)
    return parse_document(out.getvalue(), "指南.docx").leaves


def _docx_table(document: Any, rows: Sequence[tuple[str, ...]]) -> None:
    """A table of these rows, each cell's text a paragraph a line (⏎ between them), as Word
    keeps a cell of several paragraphs."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            first, *more = text.split("\n")
            cell.text = first
            for paragraph in more:
                cell.add_paragraph(paragraph)


def test_a_docx_rows_name_cell_listing_marked_sub_directions_makes_each_a_leaf() -> None:
    """2 | 绿色食品加工（含2个子方向） ⏎ ①预制菜…（CT25GJ02-1） ⏎ ②茶饮品…（CT25GJ02-2） | CT25GJ02 |
    …: each marked item is a sub-direction of the row, titled without its mark and coded by its
    own code; the row's code cell repeated on their lines names no direction above."""
    import docx

    document = docx.Document()
    document.add_paragraph("一、产业关键技术攻关项目（归口：高新技术科）")
    _docx_table(document, [
        ("序号", "攻关方向", "方向代码", "资助额度", "实施期限"),
        ("1", "新型显示材料与器件", "CT25GJ01", "最高50万元", "2年"),
        ("2", "绿色食品加工（含2个子方向，按子方向申报）\n①预制菜低温保鲜与品质控制（CT25GJ02-1）"
              "\n②茶饮品风味物质提取与稳态化（CT25GJ02-2）", "CT25GJ02", "每项30万元", "2年"),
        ("3", "智能装备与工业机器人", "CT25GJ03", "40万～60万元", "18个月")])
    assert [(leaf.code, leaf.title, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in _docx_leaves(document)] == [
        ("CT25GJ01", "新型显示材料与器件", 50, 2),
        ("CT25GJ02-1", "预制菜低温保鲜与品质控制", 30, 2),
        ("CT25GJ02-2", "茶饮品风味物质提取与稳态化", 30, 2),
        ("CT25GJ03", "智能装备与工业机器人", 60, 1.5)]


def test_a_docx_post_schedule_names_each_rows_direction_by_its_code_and_its_terms_in_one_cell(
) -> None:
    """A 选题排期表: 序号 | 推送日期 | 对应指南方向 | 推文标题 | 正文要点（核定口径）, a row per
    planned post. The 对应指南方向 cell names the direction, its code before the title
    (ZZ25-ZN01　工业视觉…); the 正文要点 cell holds its terms as labelled paragraphs (支持内容：…
    支持金额：… 拟支持数量：…); a row merged across the table (系列一　…（归口：…；统一口径：…）) is the
    group the rows below share; rows about no one direction (总体介绍, 全部方向) are none."""
    from docx import Document

    document = Document()
    document.add_paragraph("某区科技局政务新媒体选题排期表")
    _docx_table(document, [
        ("序号", "推送日期", "对应指南方向", "推文标题（拟）", "正文要点（核定口径）"),
        ("01", "4月7日", "总体介绍", "申报启动", "申报时间：2025年4月10日至5月9日，逾期不予受理。"),
        ("", "", "", "", ""),
        ("02", "4月8日", "ZZ25-ZN01\u3000工业视觉检测装备", "看过来",
         "支持内容：支持工业视觉检测装备研发。\n支持金额：单个项目最高支持60万元。\n拟支持数量：2项。"),
        ("03", "4月9日", "ZZ25-ZN02\u3000协作机器人关键部件", "政策来了",
         "支持内容：支持协作机器人减速器研发。\n支持金额：单个项目支持30～50万元。"),
        ("04", "4月20日", "全部方向", "申报倒计时", "提醒企业按时提交，本条不涉及具体支持标准。"),
    ])
    table = document.tables[0]
    merged = table.rows[2].cells[0].merge(table.rows[2].cells[-1])
    merged.text = "系列一\u3000智能制造（归口：产业科；统一口径：采取前资助方式，须由企业牵头申报）"
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.funding_mode, leaf.quota, leaf.enterprise_lead_only)
            for leaf in _docx_leaves(document)] == [
        ("ZZ25-ZN01", "工业视觉检测装备", "产业科", None, 60, "前资助", 2, True),
        ("ZZ25-ZN02", "协作机器人关键部件", "产业科", 30, 50, "前资助", None, True)]


def test_a_docx_service_packages_items_are_its_tables_rows_and_its_procedure_none() -> None:
    """A 企业成长服务包: 服务编号 | 服务事项 | 支持内容和标准 | 名额, a row an item (A-01 its code);
    a service that funds nothing (由服务专员上门提供，无需申报，不涉及资金) is none, nor are the
    （一）B包事项：… paragraphs under 四、申报和兑现办理, how the items are applied for."""
    from docx import Document

    document = Document()
    document.add_paragraph("某市科技型企业成长服务包")
    document.add_paragraph("一、初创期服务包（A包）")
    document.add_paragraph("本包事项由市科技局科技服务股受理，申报主体须为企业。")
    _docx_table(document, [
        ("服务编号", "服务事项", "支持内容和标准", "名额"),
        ("A-01", "科技创新券", "按服务实际支出的50%兑付，每家企业每年最高5万元", ""),
        ("A-02", "技术攻关小额资助", "每项资助3万元，立项后一次性拨付（前资助）", "10项"),
        ("A-03", "科技政策上门解读", "由企业服务专员上门提供，无需申报，不涉及资金", "不限"),
    ])
    document.add_paragraph("二、申报和兑现办理")
    document.add_paragraph("（一）A包事项：常年受理，每季度末月集中审核兑现一次，每家最高5万元。")
    document.add_paragraph("（二）申请材料：服务事项申请表；营业执照复印件。")
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_max_wan, leaf.quota)
            for leaf in _docx_leaves(document)] == [
        ("A-01", "科技创新券", "科技服务股", 5, None),
        ("A-02", "技术攻关小额资助", "科技服务股", 3, 10)]


def test_docx_header_cells_spanning_ticked_options_beside_cells_merged_down() -> None:
    """序号 | 方向名称 | 主要研究内容及考核指标 | 支持额度（万元） merged down two header rows beside
    支持方式 over 前资助 | 后补助 and 牵头单位 over 企业 | 不限, each row ticking with √: each row's
    mode and lead rule are what it ticks (the upper row names what the options are options of);
    a 申报要求： inside the 研究内容：…考核指标：… cell is the row's own requirement."""
    from docx import Document

    document = Document()
    document.add_paragraph("（一）重点研发专项（归口：科技发展股）")
    table = document.add_table(rows=4, cols=8)
    for at, name in ((0, "序号"), (1, "方向名称"), (2, "主要研究内容及考核指标"), (7, "支持额度（万元）")):
        table.cell(0, at).merge(table.cell(1, at)).text = name
    table.cell(0, 3).merge(table.cell(0, 4)).text = "支持方式"
    table.cell(0, 5).merge(table.cell(0, 6)).text = "牵头单位"
    for at, name in enumerate(("前资助", "后补助", "企业", "不限"), start=3):
        table.cell(1, at).text = name
    rows = [("1", "创新药物高端制剂关键技术研究", "研究内容：开展缓控释制剂处方工艺研究。考核指标：提交临床试验"
             "申请1项。申报要求：申报单位上年度研发费用不低于300万元。", "√", "", "√", "", "80"),
            ("2", "医疗器械及体外诊断产品开发", "研究内容：开展分子诊断试剂研发。考核指标：取得注册证1项。"
             "申报要求：申报单位须为有效期内的高新技术企业。", "√", "√", "", "√", "40")]
    _fill(table.rows[2:], rows)
    document.add_paragraph("四、申报程序")
    leaves = _docx_leaves(document)
    assert [(leaf.title, leaf.funding_mode, leaf.enterprise_lead_only, leaf.funding_max_wan,
             leaf.min_rd_spend_wan, leaf.qualifications) for leaf in leaves] == [
        ("创新药物高端制剂关键技术研究", "前资助", True, 80, 300, []),
        ("医疗器械及体外诊断产品开发", "前资助、后补助", False, 40, None, ["高新技术企业"])]


def test_two_columns_under_each_sections_banner_across_the_page() -> None:
    """A page set in two columns in sections, each opened by a banner across the page (a ruled
    box: the section's heading, short enough to keep left of the gutter, and its terms over
    both columns), the right column set lower, a left line's last comma hung past the column's
    edge: each section's columns read left then right before the next banner, so each
    direction is under its section and keeps its own text."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    prose = "围绕煤炭清洁高效利用开展关键技术攻关研究和"  # (21 characters)
    sections = [
        ("（一）重点研发专项（归口科室：高新技术科）",
         ["本专项采取前资助方式，每项资助30～50万元，实施期限2年（2024年7月至2026年6月）。",
          "项目须由企业牵头申报，企业自筹资金不低于财政资助资金的2倍。"],
         ["1．煤矿综采工作面智能化开采技术", "（HZ24-MT01）", "研究内容：" + prose[5:], prose + "推广，",
          *[prose] * 2, "示范应用。", "本方向资助额度不超过80万元。"],
         ["2．焦炉煤气制氢及氢能综合利用技术", "（HZ24-MT02）", "研究内容：" + prose[5:], *[prose] * 3,
          "示范应用。"]),
        ("（二）现代农业专项（归口科室：农村科技科）",
         ["本专项采取前资助方式，每项资助10～20万元，实施期限2年。企业、高校、科研院所、农民",
          "专业合作社等均可牵头申报。"],
         ["1．道地中药材绿色种植技术示范", "（HZ24-NY01）", "研究内容：" + prose[5:], *[prose] * 3,
          "示范应用。"],
         ["2．设施蔬菜水肥一体化技术示范", "（HZ24-NY02）", "研究内容：" + prose[5:], *[prose] * 2,
          "示范应用。本方向资助15万元。"]),
    ]
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    y = 790.0
    for heading, terms, left, right in sections:
        pdf.line(54, y + 14, 541, y + 14)
        pdf.setFont("STSong-Light", 10.5)
        for number, text in enumerate([heading, *terms]):
            pdf.drawString(60 + 21 * (number > 0), y - 16 * number, text)
        y -= 16 * len(terms) + 10
        pdf.line(54, y, 541, y)
        y -= 20
        for x, lower, lines in ((54, 0.0, left), (313, 4.0, right)):  # (the right set lower)
            for number, text in enumerate(lines):
                indent = 21 * text.startswith("研究内容")
                pdf.drawString(x + indent, y - lower - 16 * number, text)
        y -= 16 * max(len(left), len(right)) + 10
    pdf.setFont("STSong-Light", 9)
    pdf.drawString(285, 40, "— 1 —")
    pdf.showPage()
    pdf.save()
    leaves = parse_document(out.getvalue(), "指南.pdf").leaves
    assert [(leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.matching_ratio) for leaf in leaves] == [
        ("HZ24-MT01", "高新技术科", None, 80, 2), ("HZ24-MT02", "高新技术科", 30, 50, 2),
        ("HZ24-NY01", "农村科技科", 10, 20, None), ("HZ24-NY02", "农村科技科", 15, 15, None)]
    assert "推广，" in leaves[0].content and "示范应用" in leaves[1].content


def test_docx_terms_table_with_a_column_per_applicant_type_and_cells_merged_across() -> None:
    """表1 whose columns are the kinds of project (corner 申报主体类型 支持标准, split by a diagonal)
    and whose rows are the kinds of term, some cells merged across columns (前资助 over 企业类
    and 高校院所类, 2年 over all three): each section (（一）企业类项目) takes its column, a
    merged cell standing in each column it covers."""
    from docx import Document

    document = Document()
    document.add_paragraph("二、支持标准")
    document.add_paragraph("表1　各类项目支持标准")
    table = document.add_table(rows=6, cols=4)
    rows = [("申报主体类型 支持标准", "企业类", "高校院所类", "新型研发机构类"),
            ("支持方式", "前资助", None, "后补助"),
            ("资助额度", "每项不超过50万元", "每项10万～20万元", "每项不超过80万元"),
            ("实施期限", "2年", None, None),
            ("配套要求", "自筹经费与市财政资助经费比例不低于2:1", "不作要求", "不作要求"),
            ("归口股室", "高新技术股", "产学研合作股", "创新平台股")]
    for at, cells in enumerate(rows):
        for column, text in enumerate(cells):
            if text is not None:
                table.cell(at, column).text = text
    table.cell(1, 1).merge(table.cell(1, 2))
    table.cell(3, 1).merge(table.cell(3, 3))
    document.add_paragraph("三、支持方向")
    for heading, kind, title in (("（一）企业类项目", "企业类", "特种纸基功能材料制备关键技术（QY2601）"),
                                 ("（二）高校院所类项目", "高校院所类", "道地药材品质评价研究（GX2601）"),
                                 ("（三）新型研发机构类项目", "新型研发机构类", "主导产业共性技术研发（XY2601）")):
        document.add_paragraph(heading)
        document.add_paragraph(f"支持标准按表1“{kind}”列执行。")
        document.add_paragraph(f"1．{title}")
        document.add_paragraph("研究内容：开展关键技术研究。")
    document.add_paragraph("四、申报程序")
    leaves = _docx_leaves(document)
    assert [(leaf.code, leaf.office, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.matching_ratio) for leaf in leaves] == [
        ("QY2601", "高新技术股", "前资助", None, 50, 2, 2),
        ("GX2601", "产学研合作股", "前资助", 10, 20, 2, None),
        ("XY2601", "创新平台股", "后补助", None, 80, 2, None)]


def test_a_pdf_note_carried_to_the_next_page_under_a_rule_across_it() -> None:
    """A footnote too long for its page goes on at the next page's foot under a rule across the
    page (as Word sets a continuation), that page's own note after it: both pages' notes are
    read as notes (the carried lines leave the text), and the second page's note joins the
    sentence that calls it."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    pdf = canvas.Canvas(out)

    def marked(y: float, parts: list[tuple[str, str]]) -> None:
        x = 72.0
        for text, mark in parts:
            pdf.setFont("STSong-Light", 12)
            pdf.drawString(x, y, text)
            x += pdfmetrics.stringWidth(text, "STSong-Light", 12)
            if mark:
                pdf.setFont("STSong-Light", 7)
                pdf.drawString(x, y + 5, mark)
                x += pdfmetrics.stringWidth(mark, "STSong-Light", 7)

    pdf.setFont("STSong-Light", 12)
    pdf.drawString(72, 760, "一、重点研发计划")
    pdf.drawString(72, 736, "1.核电配套关键装备")
    marked(712, [("研究内容：核级阀门。上年度研发费用", "1"), ("不低于200万元。", "")])
    pdf.drawString(72, 688, "资助金额：不超过100万元。")
    pdf.line(72, 130, 216, 130)  # the short rule over the page's notes
    pdf.setFont("STSong-Light", 9)
    pdf.drawString(72, 116, "1 研发费用按照财税〔2015〕119号文件规定的口径归集，以企业所得税年度纳税申报表")
    pdf.drawString(290, 50, "— 1 —")
    pdf.showPage()
    pdf.setFont("STSong-Light", 12)
    pdf.drawString(72, 760, "2.标识标牌智能制造")
    marked(736, [("研究内容：智能产线。牵头企业须为科技型中小企业", "2"), ("。", "")])
    pdf.drawString(72, 712, "资助金额：不超过50万元。")
    pdf.line(72, 130, 523, 130)  # across the page: a note carried on from the page before
    pdf.setFont("STSong-Light", 9)
    pdf.drawString(72, 116, "所列金额为准。")
    pdf.drawString(72, 102, "2 科技型中小企业以当年入库名单为准。")
    pdf.drawString(290, 50, "— 2 —")
    pdf.showPage()
    pdf.save()
    lines, _, _ = read(out.getvalue(), "指南.pdf")
    assert any(line.startswith("——————\t所列金额为准") for line in lines)
    leaves = parse_document(out.getvalue(), "指南.pdf").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.min_rd_spend_wan) for leaf in leaves] == [
        ("核电配套关键装备", 100, 200), ("标识标牌智能制造", 50, None)]
    assert "当年入库名单为准" in (leaves[1].content or "")
    assert "所列金额为准" not in " ".join(leaf.content or "" for leaf in leaves)


def test_docx_a_rows_cell_carried_on_in_a_row_of_its_own() -> None:
    """A Word table edited by hand: a row's 考核指标 typed into the next row, every other cell of
    that row empty, under a row whose cell runs to two paragraphs — the cell is the row above's,
    and the row after it is read as a direction."""
    from docx import Document

    document = Document()
    document.add_paragraph("一、重点研发项目（归口：高新技术股）")
    rows = [("序号", "方向名称", "主要研究内容及考核指标", "支持方式及额度", "实施期限", "申报主体"),
            ("5", "锂电池三元前驱体连续化制备技术（FCZD2305）", "研究内容：研究共沉淀过程在线监测技术。",
             "前资助，不超过40万元", "2年", "企业"),
            ("", "", "考核指标：产品振实密度≥2.0g/cm³，申请发明专利3件以上。", "", "", ""),
            ("6", "工业视觉缺陷检测核心算法研发（FCZD2306）", "研究内容：研究表面缺陷检测算法。",
             "后补助，不超过30万元", "18个月", "")]
    table = document.add_table(rows=len(rows), cols=6)
    _fill(table.rows, rows)
    table.cell(1, 2).add_paragraph("开发前驱体粒度分布调控工艺。")  # (a cell of two paragraphs)
    document.add_paragraph("二、申报程序")
    leaves = _docx_leaves(document)
    assert [(leaf.code, leaf.funding_max_wan) for leaf in leaves] == [
        ("FCZD2305", 40), ("FCZD2306", 30)]
    assert "振实密度" in (leaves[0].indicators or "")


def test_docx_a_row_split_into_its_sub_directions_under_a_merged_name_cell() -> None:
    """3 | 汽车轻量化零部件关键技术 (merged down two rows) | （1）铝合金…开发（FCZD2303-1） 研究… and
    under it | （2）碳纤维…研发（FCZD2303-2） 研究…: each row is a sub-direction, titled and coded by
    its cell, under the direction the merged cell names — not a row of terms for it."""
    from docx import Document

    document = Document()
    document.add_paragraph("一、重点研发项目（归口：高新技术股）")
    rows = [("序号", "方向名称", "主要研究内容及考核指标", "支持方式及额度"),
            ("3", "汽车轻量化零部件关键技术", "（1）铝合金一体化压铸结构件开发（FCZD2303-1） 研究大型薄壁铝合金"
             "结构件一体化压铸技术。", "前资助，不超过40万元"),
            ("", "", "（2）碳纤维增强复合材料电池包上盖研发（FCZD2303-2） 研究碳纤维预浸料模压成型技术。",
             "前资助，30万元"),
            ("4", "锂电池三元前驱体连续化制备技术（FCZD2305）", "研究内容：研究共沉淀过程控制技术。",
             "前资助，不超过20万元")]
    table = document.add_table(rows=len(rows), cols=4)
    _fill(table.rows, rows)
    for at in (0, 1):
        table.cell(1, at).merge(table.cell(2, at))
    document.add_paragraph("二、申报程序")
    leaves = _docx_leaves(document)
    assert [(leaf.title, leaf.code, leaf.parent, leaf.funding_max_wan, leaf.source_line)
            for leaf in leaves] == [
        ("铝合金一体化压铸结构件开发", "FCZD2303-1", "汽车轻量化零部件关键技术", 40, 3),
        ("碳纤维增强复合材料电池包上盖研发", "FCZD2303-2", "汽车轻量化零部件关键技术", 30, 6),
        ("锂电池三元前驱体连续化制备技术", "FCZD2305", None, 20, 7)]  # (the merged cell's
    # paragraphs take lines 4 and 5)


def _tri_fold(panels: list[list[str]], drops: tuple[float, float, float]) -> bytes:
    """A landscape sheet folded in three (a 明白纸): each panel's lines from the top, panel k's
    baselines `drops[k]` points lower, the sheet's footer centred under them all."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(842, 595))
    pdf.setFont("STSong-Light", 9)
    for left, lines, drop in zip((26, 300, 574), panels, drops, strict=True):
        for at, text in enumerate(lines):
            pdf.drawString(left, 550 - drop - 15 * at, text)
    pdf.drawString(330, 24, "某区科学技术局　印制　2025年3月　1／1")
    pdf.showPage()
    pdf.save()
    return out.getvalue()


_FOLD_PANELS = [
    ["申报须知", "一、申报单位基本条件", "申报单位须为在本区注册、具有独立法人资", "格的企业，运营状态正常，财务管理制度健",
     "全，近三年无严重失信行为记录。", "二、申报时间", "2025年3月20日至4月25日，逾期系统自动",
     "关闭，不再受理任何单位的申报材料。"],
    ["专题一　智能科技与信创产业", "（归口：高新技术科）", "支持方式：前资助。单个项目资助不超过50",
     "万元，本专题项目须由企业牵头申报。", "■01　工业软件与智能算法", "代码：NK2025-ZN01",
     "研发工业设计仿真、生产调度优化等工业软", "件及算法模块，本方向拟支持3项。"],
    ["专题二　生物医药与大健康", "（归口：社会发展科）", "支持方式：前资助。单个项目资助20～40万",
     "元，高校、科研院所与企业均可牵头申报。", "■02　中药创新与经典名方二次开发", "代码：NK2025-SY01",
     "开展经典名方物质基准、质量标准提升和制", "剂工艺研究，推动院内制剂向新药转化。"],
]


def test_a_leaflet_folded_in_three_reads_panel_by_panel() -> None:
    """A 明白纸 on a landscape sheet of three panels, each on baselines of its own: its printed
    lines are the left panel's, the middle one's, the right one's, then the footer under them
    — not a line across all three — and each direction is cited on its own printed line."""
    data = _tri_fold(_FOLD_PANELS, (0, 2, 4))
    lines, _, _ = read(data, "明白纸.pdf")
    headings = ["申报须知", "二、申报时间", "专题一　智能科技与信创产业", "■01　工业软件与智能算法",
                "专题二　生物医药与大健康", "■02　中药创新与经典名方二次开发"]
    assert [lines.index(text) for text in headings] == sorted(
        lines.index(text) for text in headings)  # (each a printed line of its own, in order)
    assert lines[-1] == "某区科学技术局　印制　2025年3月　1／1"
    leaves = parse_document(data, "明白纸.pdf").leaves
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.enterprise_lead_only, leaf.source_line) for leaf in leaves] == [
        ("工业软件与智能算法", "NK2025-ZN01", "高新技术科", None, 50, True, 13),
        ("中药创新与经典名方二次开发", "NK2025-SY01", "社会发展科", 20, 40, False, 21)]


def test_three_panels_on_one_baseline_grid_read_a_printed_line_at_a_time() -> None:
    """The same three blocks on one baseline grid (columns set side by side, as a table's are):
    each printed line holds its three pieces, tab-joined, as printed."""
    lines, _, _ = read(_tri_fold(_FOLD_PANELS, (0, 0, 0)), "明白纸.pdf")
    assert lines[0] == "申报须知\t专题一　智能科技与信创产业\t专题二　生物医药与大健康"


def test_docx_one_table_of_directions_with_bounds_under_a_merged_amount_and_notes_by_number() -> None:
    """A county's 工作指引: every direction a row of one table under 项目类别及申报方向, 支持强度
    （万元） over 最低 | 最高 (the other header cells merged down), class rows between, a row whose
    cell merged across its terms says 本年度暂停受理, and a later section's item naming rows by
    序号11：…序号12：… — the bounds are each row's range, the closed row no direction, and each
    序号 part that row's own terms, no direction of its own."""
    from docx import Document

    document = Document()
    document.add_paragraph("第二步：确定申报方向")
    table = document.add_table(rows=7, cols=7)
    for at, name in ((0, "序号"), (1, "项目类别及申报方向"), (2, "支持方式"), (5, "实施期限（月）"),
                     (6, "牵头单位要求")):
        table.cell(0, at).merge(table.cell(1, at)).text = name
    table.cell(0, 3).merge(table.cell(0, 4)).text = "支持强度（万元）"
    table.cell(1, 3).text, table.cell(1, 4).text = "最低", "最高"
    table.cell(2, 0).merge(table.cell(2, 6)).text = "一、农业科技创新项目（归口：农村科技股）"
    _fill(table.rows[3:5], [("1", "设施农业提质增效技术集成示范", "前资助", "5", "10", "24", "须由企业牵头"),
                            ("2", "杂粮杂豆优质品种引进与标准化种植", "前资助", "—", "8", "24", "不限")])
    table.cell(5, 0).text, table.cell(5, 1).text = "3", "县校合作科技成果转化项目"
    table.cell(5, 2).merge(table.cell(5, 6)).text = "本年度暂停受理"
    _fill(table.rows[6:7], [("4", "首次认定高新技术企业奖补", "奖补", "5", "5", "—", "—")])
    document.add_paragraph("第三步：确认申报资格")
    document.add_paragraph("（一）高新技术企业培育奖补。序号4：对2021年度首次通过认定的高新技术企业，"
                           "给予一次性奖补5万元。")
    document.add_paragraph("第四步：准备申报材料")
    leaves = _docx_leaves(document)
    assert [(leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.enterprise_lead_only) for leaf in leaves] == [
        ("设施农业提质增效技术集成示范", "农村科技股", 5, 10, 2, True),
        ("杂粮杂豆优质品种引进与标准化种植", "农村科技股", None, 8, 2, False),
        ("首次认定高新技术企业奖补", "农村科技股", 5, 5, None, True)]


def test_docx_revision_table_cells_read_paragraph_by_paragraph() -> None:
    """A Word 修订前后对照表 whose cells hold several paragraphs (a plan's name ⏎ its terms ⏎ its one
    direction): the new clause's paragraphs go back onto the lines Word gives them, so the
    direction is read on its own line under the plan; 同左 keeps the old clause, （删除） none."""
    from docx import Document

    document = Document()
    document.add_paragraph("修文县2025年度科技计划项目申报指南修订前后对照表")
    rows = [("序号", "修订前条款（2024年版）", "修订后条款（2025年版）", "修订说明"),
            ("1", "（一）工业科技攻关计划（归口：高新技术股）\n支持方式：前资助。资助额度：每项不超过40万元。",
             "（一）工业科技攻关计划（归口：高新技术股）\n支持方式：前资助。资助额度：每项不超过50万元。",
             "资助上限由40万元提高至50万元。"),
            ("2", "1.磷石膏综合利用技术（指南代码：XWKJ-GY01）\n研究内容：开展磷石膏制建材研究。", "同左", "未修改。"),
            ("3", "2.茶叶加工技术（指南代码：XWKJ-GY02）\n研究内容：开展茶叶加工研究。", "（删除）", "删除。"),
            ("4", "（二）软科学研究计划（归口：办公室）\n1.县域创新战略研究（指南代码：XWKJ-RK01）\n"
                  "研究内容：开展战略研究。每项资助3万元，实施期限1年。", "同左", "未修改。")]
    _docx_table(document, rows)
    leaves = _docx_leaves(document)
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_max_wan, leaf.source_line)
            for leaf in leaves] == [("磷石膏综合利用技术", "XWKJ-GY01", "高新技术股", 50, 6),
                                    ("县域创新战略研究", "XWKJ-RK01", "办公室", 3, 11)]


def test_pdf_banners_over_badge_numbered_cards_as_large_as_them() -> None:
    """A newsletter's 【重点研发专项】　受理科室：… banners over cards whose badge number (01) stands
    above a title printed as large as the banner: each card a direction of the banner above it,
    taking its office and its 统一要求; a label's cell wrapped onto the printed line below reads
    whole; the paragraph summing up this year's changes (与去年相比，今年申报有三点变化：…) sets
    no terms."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    printed = [
        (18, "惠企政策速递"), (15, "临高县2025年度科技计划项目开始申报"),
        (10, "与去年相比，今年申报有三点变化：一是新增海上风电方向；二是农业科技专项实施期限由12个月延长至18个月。"),
        (13, "【重点研发专项】　受理科室：县科工信局科技股"),
        (10, "统一要求　采取前资助方式；实施期限2年；须由企业牵头申报。"),
        (10, "01"), (13, "深远海网箱抗风浪与智能投喂技术研究"), (10, "支持额度　50万～80万元/项"),
        (10, "02"), (13, "海上风电装备构件防腐与智能焊接技术"), (10, "支持额度　最高不超过60万元"),
        (13, "【创新主体后补助】　受理科室：县科工信局高新股"),
        (10, "统一要求　以下事项面向在临高县注册的企业，均采取后补助方式。"),
        (10, "03"), (13, "技术交易补助"),
        (10, "补助标准　对企业登记的技术开发、技术转让合同，按实际支付金额的5%给予补助，单"),
        (10, "个企业最高200,000元。"),
        (10, "04"), (13, "企业研发投入补助"), (10, "补助标准　按上年度研发费用的5%给予补助，最高30万元。")]
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    y = 800
    for size, text in printed:
        pdf.setFont("STSong-Light", size)
        if "　" in text and size == 10 and not text.startswith("与"):
            label, value = text.split("　", 1)
            pdf.drawString(40, y, label)
            pdf.drawString(120, y, value)
        else:
            pdf.drawString(40, y, text)
        y -= size + 8
    pdf.showPage()
    pdf.save()
    leaves = parse_document(out.getvalue(), "速递.pdf").leaves
    assert [(leaf.title, leaf.office, leaf.funding_max_wan, leaf.funding_mode,
             leaf.period_years_max) for leaf in leaves] == [
        ("深远海网箱抗风浪与智能投喂技术研究", "县科工信局科技股", 80, "前资助", 2),
        ("海上风电装备构件防腐与智能焊接技术", "县科工信局科技股", 60, "前资助", 2),
        ("技术交易补助", "县科工信局高新股", 20, "后补助", None),
        ("企业研发投入补助", "县科工信局高新股", 30, "后补助", None)]


def test_docx_exhibition_boards_their_body_cells_read_paragraph_by_paragraph() -> None:
    """A 展板文字稿: per board a table 栏目 | 文字内容 (主标题 | 计划一　… / 正文 | the plan's terms ⏎
    ◆方向1　…（编号：…） ⏎ its text ⏎ ◆方向2 … / 配图建议 | …): each body paragraph on the line Word
    gives it, so the directions are headings under the plan, taking its terms; the designer's
    notes (配图建议 …资助500万元的展台照片) no one's."""
    from docx import Document

    document = Document()
    document.add_paragraph("宾阳县2024年科技活动周宣传展板文字稿")
    boards = [
        ("计划一　宾阳县科技重大专项",
         "本计划项目须由企业牵头申报；实施期限不超过3年。\n"
         "◆方向1　新能源汽车关键零部件（编号：BY2024-ZX01）\n支持电机控制器研发。每项资助100万～200万元，拟支持2项。\n"
         "◆方向2　林板家居绿色制造（编号：BY2024-ZX02）\n支持无醛人造板研发。每项资助不超过80万元。"),
        ("计划二　宾阳县重点研发计划",
         "本计划以前资助方式支持，项目实施期限为2年。\n"
         "◆方向3　农产品精深加工（编号：BY2024-YF01）\n支持酸粉保鲜研究。每项资助20万～40万元。\n"
         "◆方向4　现代种业（编号：BY2024-YF02）\n支持优质稻选育。每项资助不超过30万元。")]
    for number, (title, body) in enumerate(boards, start=1):
        document.add_paragraph(f"展板0{number}")
        rows = [("栏目", "文字内容"), ("主标题", title), ("正文", body),
                ("配图建议", "往年资助500万元的展台照片")]
        _docx_table(document, rows)
    leaves = _docx_leaves(document)
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max,
             leaf.enterprise_lead_only, leaf.funding_mode) for leaf in leaves] == [
        ("BY2024-ZX01", 100, 200, 3, True, None), ("BY2024-ZX02", None, 80, 3, True, None),
        ("BY2024-YF01", 20, 40, 2, None, "前资助"), ("BY2024-YF02", None, 30, 2, None, "前资助")]


def test_docx_a_forms_cell_holding_the_whole_notice() -> None:
    """A 工作联系单: 事由 | … / 联系事项 | the whole notice as the cell's paragraphs (一、… （一）…计划
    1．…（code） …): each paragraph on the line Word gives it, read as the body's are."""
    from docx import Document

    document = Document()
    document.add_paragraph("永兴县科学技术局　工作联系单")
    body = ["各乡镇人民政府，各有关企事业单位：现将申报有关事项联系如下。",
            "一、总体要求", "围绕稀贵金属再生利用产业组织申报。",
            "二、申报条件", "申报单位须在永兴县注册。",
            "三、支持方向", "（一）重点研发计划（归口：县科技局高新技术股）",
            "本计划采取前资助方式，实施期限不超过2年，须由企业牵头申报。",
            "1．稀贵金属清洁提取与高值化利用技术（YX24-G01）", "主要内容：开展银、铟清洁提取研究。",
            "支持额度：30～50万元/项，拟支持2项。",
            "2．银基电子浆料与功能新材料制备（YX24-G02）", "主要内容：开展银粉制备研究。",
            "支持额度：不超过30万元/项。",
            "四、申报时间", "2024年5月6日至6月10日。"]
    rows = [("事　由", "关于组织申报2024年度县级科技计划项目的联系事项"), ("联系事项", "\n".join(body))]
    _docx_table(document, rows)
    leaves = _docx_leaves(document)
    assert [(leaf.code, leaf.office, leaf.funding_mode, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.period_years_max, leaf.enterprise_lead_only)
            for leaf in leaves] == [("YX24-G01", "县科技局高新技术股", "前资助", 30, 50, 2, True),
                                    ("YX24-G02", "县科技局高新技术股", "前资助", None, 30, 2, True)]


def _cut(text: str, width: int = 36) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def test_a_cover_letter_signed_to_the_right_ends_where_its_attached_guideline_begins() -> None:
    """A 合法性审核意见书 whose signature, date and contact are set to the right at the foot of
    its last page, then 附件 over the guideline on the next: 附件 is no more of the contact
    line (a line set to the right wraps into nothing), so the letter's opinion items, quoting a
    draft's 最高补助不超过50万元, fund nothing and only the guideline's directions are read."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

    cover = ["一、审核依据", *_cut("　　《中华人民共和国科学技术进步法》《优化营商环境条例》《公平竞争"
                                 "审查制度实施细则》及本县科技计划项目和资金管理办法等。"),
             "二、审核意见", *_cut("　　（一）关于“研发费用后补助”的补助上限。送审稿原表述为“最高补助"
                                 "不超过50万元”，与县财政局核定的资金规模不一致，建议调整为最高不超过"
                                 "30万元。你局已采纳。"),
             "三、审核结论", *_cut("　　经审核，审核修改稿制定主体适格，内容未违反法律、法规和规章的"
                                 "规定，同意按程序提请县政府常务会议审议后印发。"),
             "附件：某县2025年度科技计划项目申报指南（审核修改稿）"]
    guideline = ["一、支持方向", "（一）重点研发计划", "1．精品钢材深加工关键技术（代码：LN25ZY01）",
                 *_cut("　　支持高强钢、耐候钢深加工工艺研究，每项资助10～20万元，拟支持2项，须由"
                       "企业牵头申报。"),
                 "2．对虾工厂化循环水养殖技术（代码：LN25ZY02）",
                 *_cut("　　支持对虾工厂化养殖尾水处理技术研究，每项资助10～15万元，拟支持1项。"),
                 "二、联系方式", "县科学技术局高新技术股，电话：0315-4112600。"]
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("STSong-Light", 12)
    y = 780
    for text in cover:
        pdf.drawString(60, y, text)
        y -= 20
    for text in ("某县司法局", "2025年3月12日", "（联系人：法制审核股　高晓楠，电话：0315-4112637）"):
        pdf.drawRightString(492, y, text)  # (the signature set to the right margin)
        y -= 20
    pdf.showPage()
    pdf.setFont("STSong-Light", 12)
    pdf.drawString(60, 780, "附件")
    pdf.drawCentredString(276, 756, "某县2025年度科技计划项目申报指南")
    y = 732
    for text in guideline:
        pdf.drawString(60, y, text)
        y -= 20
    pdf.showPage()
    pdf.save()
    leaves = parse_document(out.getvalue(), "意见书.pdf").leaves
    assert [(leaf.title, leaf.code, leaf.funding_max_wan) for leaf in leaves] == [
        ("精品钢材深加工关键技术", "LN25ZY01", 20), ("对虾工厂化循环水养殖技术", "LN25ZY02", 15)]


def test_a_folded_leaflet_laid_out_as_a_table_of_panels_reads_panel_by_panel() -> None:
    """A 三折页 set in Word as one table, a row a printed side and a cell a panel (申报须知 |
    联系我们 | the cover; then the inside's three panels), each panel opening with the same
    strip: each cell's paragraphs are lines of their own, so the plans （归口：科技股｜前资助｜…）,
    ▌ directions and ★ awards in the panels are read — an award's own cap (最高不超过50万元)
    not the 注's 合计 cap on all a firm's awards, and 给予依托企业30万元 a sum granted."""
    from docx import Document

    strip = "某县科技·申报指南"
    flap = "\n".join([strip, "申报须知", "◎申报时间：2024年4月1日—5月15日。",
                      "◎申报主体：在本县注册登记的法人单位。", "◎每家单位限报1项。", "", "温馨提示",
                      "乡村振兴示范基地本年度暂停受理。", "咨询：科技股"])
    back = "\n".join([strip, "联系我们", "县科学技术和工业信息化局", "地址：县政务服务中心三楼", "",
                      "电话：0898-1234567", "", "邮箱：kj@example.cn", "扫码关注"])
    cover = "\n".join([strip, "2024", "科技创新项目", "申报指南", "（三折页）", "",
                       "某县科学技术和工业信息化局", "", "二〇二四年三月"])
    inside1 = "\n".join([strip, "一、县级科技专项", "（归口：科技股｜前资助｜执行期不超过2年）",
                         "本专项须由企业牵头申报。", "", "▌1-1 南药种植与精深加工", "代码：XA2024-01",
                         "支持南药良种选育及精深加工技术研究。", "支持：最高30万元　拟支持2项", "",
                         "▌1-2 黑猪良种繁育与健康养殖", "代码：XA2024-02", "支持黑猪良种繁育技术研究。",
                         "支持：20～30万元　拟支持2项"])
    inside2 = "\n".join([
        strip, "二、企业创新奖补", "（归口：成果转化股｜以奖代补）", "", "★ 高新技术企业认定奖励",
        "对首次认定的高新技术企业，一次性奖励20万元；重新认定的，奖励10万元。", "",
        "★ 省级研发平台奖励", "对新获批的省级重点实验室，给予依托企业30万元奖励；新获批省级工程技术"
        "研究中心的，给予依托企业20万元奖励。", "", "★ 规上企业研发投入奖励",
        "按研发投入的2%给予奖励，最高不超过50万元。", "", "注：同一企业同一年度获得的奖补资金合计不超过100万元。"])
    inside3 = "\n".join([strip, "常见问题", "问：奖励能否同时申请？", "答：可以。", "", "问：在哪里申报？",
                         "答：登录系统在线填报。", "", "问：逾期能否补报？", "答：不能。"])
    document = Document()
    _docx_table(document, [(flap, back, cover), (inside1, inside2, inside3)])
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.funding_mode, leaf.period_years_max) for leaf in _docx_leaves(document)] == [
        ("南药种植与精深加工", "XA2024-01", "科技股", None, 30, "前资助", 2),
        ("黑猪良种繁育与健康养殖", "XA2024-02", "科技股", 20, 30, "前资助", 2),
        ("高新技术企业认定奖励", None, "成果转化股", 10, 20, "奖补", None),
        ("省级研发平台奖励", None, "成果转化股", 20, 30, "奖补", None),
        ("规上企业研发投入奖励", None, "成果转化股", None, 50, "奖补", None)]


def test_a_table_of_firms_after_the_directions_table_is_none_of_its_rows() -> None:
    """Briefing notes: the directions' table (序号 | 方向名称 | …), then 四、参会企业基本情况 over a
    table of the firms attending with as many columns (序号 | 企业名称 | 主营业务 | …): the
    heading is no group row of the first table, the firms' header and rows no directions."""
    from docx import Document

    document = Document()
    for text in ["三、今年申报方向", "（一）产业技术攻关项目", "本类项目须由企业牵头申报，采取前资助方式。"]:
        document.add_paragraph(text)
    _docx_table(document, [("序号", "方向名称", "支持标准", "拟支持项目数", "特别要求"),
                           ("1", "铅锌尾矿综合利用技术", "每项30万元", "2", "—"),
                           ("2", "矿山机械智能化改造", "最高50万元", "1", "须为规上企业")])
    document.add_paragraph("四、参会企业基本情况")
    _docx_table(document, [("序号", "企业名称", "主营业务", "2023年研发投入（万元）", "备注"),
                           ("1", "韶关市某有色金属材料有限公司", "铅锌深加工、锌合金", "1260",
                            "高新技术企业"),
                           ("2", "乐昌市某马蹄专业合作社", "马蹄种植、初加工", "12", "—")])
    document.add_paragraph("五、讲话参考要点")
    assert [(leaf.title, leaf.funding_max_wan, leaf.quota) for leaf in _docx_leaves(document)] == [
        ("铅锌尾矿综合利用技术", 30, 2), ("矿山机械智能化改造", 50, 1)]


def test_a_pdf_set_in_wuhao_has_no_headings_by_size_among_its_body_lines() -> None:
    """Body text in 五号 (10.5 pt) with three titles in 四号 (14 pt): only the titles are large.
    The field lines (窗口答复：…, 核对：√一致) around the directions are body text, so the
    directions under them are read whole (rounding 10.5 to 10 once made every body line a
    heading by its size)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    lines = [(14, "政务服务效能暗访检查记录表"), (14, "逐项核对记录"),
             (10.5, "核对项1　重点研发项目（归口科室：高新技术科）"),
             (10.5, "（1）方向1.1　精密光学镜片冷加工自动化技术（HY25GY01）"),
             (10.5, "指南原文：每项资助30～50万元，拟支持2项。"),
             (10.5, "窗口答复：“最多50万，两年做完。”"), (10.5, "核对：√一致"),
             (10.5, "（2）方向1.2　平板玻璃深加工节能窑炉改造技术（HY25GY02）"),
             (10.5, "指南原文：每项资助不超过40万元，拟支持1项。"),
             (10.5, "窗口答复：“四十万封顶。”"), (10.5, "核对：×不一致"),
             (14, "评分及整改建议"), (10.5, "服务态度（20分）：得18分")]
    out = io.BytesIO()
    pdf = Canvas(out, pagesize=(595, 842))
    y = 780.0
    for size, text in lines:
        pdf.setFont("STSong-Light", size)
        pdf.drawString(72, y, text)
        y -= size * 2
    pdf.save()
    leaves = parse_document(out.getvalue(), "t.pdf").leaves
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_max_wan) for leaf in leaves] == [
        ("精密光学镜片冷加工自动化技术", "HY25GY01", "高新技术科", 50),
        ("平板玻璃深加工节能窑炉改造技术", "HY25GY02", "高新技术科", 40)]


def test_a_docx_terms_cell_merged_down_over_two_rows_is_each_rows_own() -> None:
    """A quotation's table whose 指南支持条款 cell, several paragraphs, is merged down over rows 4
    and 5: the lower row states every term the cell does, not its first paragraph alone."""
    from docx import Document

    document = Document()
    document.add_paragraph("2025年度某县科技计划项目申报咨询报价单")
    table = document.add_table(rows=4, cols=3)
    for at, text in enumerate(["序号", "申报方向（指南代码）", "指南支持条款"]):
        table.cell(0, at).text = text
    table.cell(1, 0).merge(table.cell(1, 2)).text = "一、农业科技示范类"
    for row, (number, title) in enumerate([("4", "倒缸酒酿造菌种选育（指南代码：JH2025-NY01）"),
                                           ("5", "富硒稻标准化种植（指南代码：JH2025-NY02）")],
                                          start=2):
        table.cell(row, 0).text = number
        table.cell(row, 1).text = title
    terms = table.cell(2, 2).merge(table.cell(3, 2))
    terms.text = "支持方式：后补助"
    for text in ["资助额度：每项10万元", "实施期限：2025年7月—2026年12月", "拟支持：每个方向2项"]:
        terms.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    leaves = parse_document(out.getvalue(), "报价单.docx").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.period_years_max, leaf.quota)
            for leaf in leaves] == [("倒缸酒酿造菌种选育", 10, 1.5, 2), ("富硒稻标准化种植", 10, 1.5, 2)]


def _class_block_docx(groups: list[str]) -> bytes:
    """A directions table whose 计划类别 cell is merged down over its rows, one of them a group
    row (6 | 企业研发投入奖补（设2个子项） | its terms merged across the last three columns)."""
    from docx import Document

    head = ["计划类别", "序号", "方向名称", "指南代码", "支持方式及额度", "实施期限"]
    rows = {"5": ["5", "关键核心技术攻关", "KJ2025-05", "后补助，最高100万元", "2年"],
            "6": ["6", "企业研发投入奖补（设2个子项）", "以下子项统一：后补助，实施期限1年"],
            "6.1": ["6.1", "研发投入增量奖补", "KJ2025-06-1", "按增量10%奖补", "1年"],
            "6.2": ["6.2", "首次研发投入奖补", "KJ2025-06-2", "一次性奖补20万元", "1年"]}
    document = Document()
    table = document.add_table(rows=len(groups) + 1, cols=len(head))
    table.cell(1, 0).merge(table.cell(len(groups), 0))
    for at, key in enumerate(groups, start=1):
        if key == "6":
            table.cell(at, 3).merge(table.cell(at, 5))
    for column, name in enumerate(head):
        table.cell(0, column).text = name
    table.cell(1, 0).text = "产业创新专项"
    for at, key in enumerate(groups, start=1):
        for column, text in enumerate(rows[key], start=1):
            table.cell(at, column).text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize("groups", [["5", "6", "6.1", "6.2"], ["6", "6.1", "6.2"]],
                         ids=["group-row-second", "group-row-first"])
def test_a_group_row_inside_a_class_cell_merged_down_is_read_in_its_place(
        groups: list[str]) -> None:
    """A row merged across (the group 6 and its shared terms) inside the block a 计划类别 cell is
    merged down over is no lower half of a two-row header: every row is read in the order the
    table shows it, none dropped, none moved up over it."""
    lines = [line for line in read(_class_block_docx(groups), "t.docx")[0] if line.strip()]
    numbers = [line.split("\t")[1] for line in lines[1:]]
    assert numbers == groups
    assert "以下子项统一：后补助，实施期限1年" in lines[1 + groups.index("6")]


def test_a_word_rows_cell_listing_sub_directions_numbered_by_the_row() -> None:
    """序号 | 方向名称（指南代码） | 支持标准 with row 3's name cell 日光温室…研发（RY26-SN03），分两个
    子方向： ⏎ 3-1 装配式…优化（RY26-SN03-1） ⏎ 3-2 新型复合保温被…（RY26-SN03-2）: each part is a
    sub-direction on the line Word gives its paragraph, titled without its number, the row's
    standard its own."""
    from docx import Document

    document = Document()
    document.add_paragraph("表5　2026年度县级科技计划涉农方向摘编")
    table = document.add_table(rows=3, cols=3)
    rows = [["序号", "方向名称（指南代码）", "支持标准"],
            ["2", "设施葡萄提质增效关键技术（RY26-SN02）", "每项不超过25万元，拟支持2项"],
            ["3", "日光温室新型骨架与保温材料研发（RY26-SN03），分两个子方向：", "每项15万元"]]
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    name = table.rows[2].cells[1]
    name.add_paragraph("3-1 装配式镀锌钢骨架温室结构优化（RY26-SN03-1）")
    name.add_paragraph("3-2 新型复合保温被研制与应用（RY26-SN03-2）")
    out = io.BytesIO()
    document.save(out)
    leaves = parse_document(out.getvalue(), "t.docx").leaves
    assert [(leaf.title, leaf.code, leaf.funding_max_wan, leaf.source_line) for leaf in leaves] \
        == [("设施葡萄提质增效关键技术", "RY26-SN02", 25, 3),
            ("装配式镀锌钢骨架温室结构优化", "RY26-SN03-1", 15, 5),
            ("新型复合保温被研制与应用", "RY26-SN03-2", 15, 6)]


def test_a_sales_guide_docx_quoting_the_call_in_a_table_of_directions() -> None:
    """A telecom branch's 政策营销指引: 二、政策摘要（摘自《指南》原文） retells the general terms
    (（二）重点研发计划项目须由企业牵头申报…1:1), 三、 is a table whose 指南方向及代码（原文摘录）
    column holds the directions under grey rows naming the plans — one cell a group and its
    two sub-directions as paragraphs — and the branch's own 四、商机报备与激励 (酬金最高不超过
    3万元) grants nothing of the call."""
    from docx import Document

    document = Document()
    for text in ["政策营销指引", "一、本期要点", "1.县科技局印发《指南》，网上申报截止6月20日。",
                 "二、政策摘要（摘自《指南》原文）",
                 "（一）申报单位须在县内注册登记，具有独立法人资格。",
                 "（二）重点研发计划项目须由企业牵头申报，企业自筹经费与财政资助经费比例不低于1:1。",
                 "（三）同一单位本年度限报1项。",
                 "三、指南方向与切入产品对照表"]:
        document.add_paragraph(text)
    table = document.add_table(rows=1, cols=5)
    for cell, text in zip(table.rows[0].cells, ["序号", "指南方向及代码（原文摘录）",
                                                "支持标准（原文摘录）", "切入产品", "商机预估（万元）"],
                          strict=True):
        cell.text = text
    rows: list[list[str] | str] = [
        "一、重点研发计划（归口：县科技局高新技术股；前资助，项目执行期不超过2年）",
        ["1", "智慧茶园物联网监测技术研发（RC2025-ZD01）", "拟支持2项，每项资助20万～30万元。",
         "5G定制网", "35"],
        ["2", "竹木制品加工标识解析集成应用（RC2025-ZD02）", "资助金额不超过25万元，拟支持2项。",
         "云专线", "28"],
        ["3", "山区县域应急通信与防汛监测预警技术研究（RC2025-ZD03），下设2个子方向：\n"
              "（1）基于北斗短报文的山洪灾害监测终端研发（RC2025-ZD03-1）\n"
              "（2）系留无人机应急通信中继装备研发（RC2025-ZD03-2）",
         "每个子方向拟支持1项，每项资助15万元，执行期18个月。", "北斗终端", "20"],
    ]
    for row in rows:
        cells = table.add_row().cells
        if isinstance(row, str):
            merged = cells[0].merge(cells[-1])
            merged.text = row
            continue
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    for text in ["四、商机报备与激励",
                 "1.有效商机报备奖励200元/个；签约后按合同额的1.5%计提营销酬金，单个项目酬金最高不超过3万元。",
                 "2.商机录入政企CRM时填写《指南》方向代码。", "五、合规提示", "1.严禁承诺立项结果。"]:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    leaves = parse_document(out.getvalue(), "指引.docx").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.quota,
             leaf.enterprise_lead_only, leaf.matching_ratio) for leaf in leaves] == [
        ("RC2025-ZD01", "县科技局高新技术股", 30, 2, True, 1),
        ("RC2025-ZD02", "县科技局高新技术股", 25, 2, True, 1),
        ("RC2025-ZD03-1", "县科技局高新技术股", 15, 1, True, 1),
        ("RC2025-ZD03-2", "县科技局高新技术股", 15, 1, True, 1)]


def test_a_lone_decimal_number_a_line_break_set_apart_joins_its_title() -> None:
    """1.1　… ⏎ 1.2 <line break> 古村落数字孪生…【WY24ZH02】 in one Word paragraph: the next of
    1.1's numbering, the heading on its title's line (1.3 its sibling, not its part); and 1.4
    whose text says 不设立项目，…不接受申报 is no direction."""
    data = make_docx([
        "专题一　智慧景区与游客服务（归口科室：成果与产业科）",
        "1.1　景区客流智能感知与预警关键技术研发【WY24ZH01】",
        "　　研究内容：多源客流融合感知技术。资助额度：每项20万元。",
        "1.2\n古村落数字孪生与沉浸式导览系统【WY24ZH02】",
        "　　研究内容：开展古建筑三维实景建模。资助额度：每项30万元。",
        "1.3　景区智能服务平台迭代升级【WY24ZH03】",
        "　　研究内容：基于大模型的智能行程规划。资助额度：每项10万元。",
        "1.4　文旅科技特派员服务",
        "　　本条为年度工作安排，不设立项目，相关经费由县科技局统筹安排，不接受申报。",
    ])
    leaves = parse_document(data, "指南.docx").leaves
    assert [(leaf.source_line, leaf.code, leaf.number, leaf.funding_max_wan)
            for leaf in leaves] == [(2, "WY24ZH01", "1.1", 20), (5, "WY24ZH02", "1.2", 30),
                                    (7, "WY24ZH03", "1.3", 10)]


def test_a_docx_direction_card_its_number_left_its_title_and_fields_paragraphs_right() -> None:
    """01 | 山区物流…关键技术 ⏎ 指南代码：… ⏎ 研究内容：… ⏎ 支持强度：… in a two-column card: the
    heading on the number's line, each field (and ⒜ each part) on the line Word gives its
    paragraph; the card group's 牵头单位：限企业法人 and 执行周期：为104周 are the cards' terms."""
    from docx import Document

    document = Document()
    for text in ["（壹）重点攻关类（归口：市科技局高新技术科）", "【本板块共性条款】",
                 "资助方式：事前资助。", "牵头单位：限企业法人；高校、科研院所可作为参与单位联合申报。",
                 "执行周期：除方向另有规定外，为104周。"]:
        document.add_paragraph(text)
    cards = [["01", ["山区物流配送无人机航线规划与智能起降场站关键技术", "指南代码：JDDK2401",
                     "研究内容：复杂山地地形下无人机三维航线自动规划。",
                     "支持强度：50～80万元/项，拟支持1项。"]],
             ["02", ["长航时无人机新型动力系统研发", "本方向设两个子方向：",
                     "⒜ 氢燃料电池无人机动力系统集成〔JDDK2403-1〕",
                     "研究内容：研制轻量化氢燃料电池电堆。", "资助额度：60万元/项，拟支持1项。",
                     "⒝ 无人机固态电池快换与低温热管理〔JDDK2403-2〕",
                     "研究内容：开发电池快换机构。", "■资助标准：30万元/项，拟支持1项；执行周期52周。"]]]
    grid = document.add_table(rows=len(cards), cols=2)
    for row, (number, paragraphs) in zip(grid.rows, cards, strict=True):
        row.cells[0].text = number
        row.cells[1].text = paragraphs[0]
        for paragraph in paragraphs[1:]:
            row.cells[1].add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    leaves = parse_document(out.getvalue(), "指南.docx").leaves
    assert [(leaf.source_line, leaf.code, leaf.funding_max_wan, leaf.period_years_max,
             leaf.enterprise_lead_only) for leaf in leaves] == [
        (6, "JDDK2401", 80, 2, True), (12, "JDDK2403-1", 60, 2, True),
        (15, "JDDK2403-2", 30, 1, True)]
