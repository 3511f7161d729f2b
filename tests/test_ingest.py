"""A bureau's document in chat or on the command line: preview, diff against the published
version, and storing under data/ — the pure functions the chat flow calls."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.__main__ import main
from bot.catalogue.document import DocumentError
from bot.catalogue.ingest import (
    Corrections,
    diff_leaves,
    make_meta,
    parse_document,
    preview,
    propose_meta,
    read_source,
    shrink_refusal,
    store_document,
)
from bot.catalogue.loader import read_catalogue
from bot.config import Settings
from tests.test_document import GUIDELINE, make_docx, make_pdf

DEV = Path(__file__).parent / "data" / "guidelines"
QINZHOU = (DEV / "qinzhou_2026.txt").read_bytes()
YULIN = (DEV / "yulin_2026.txt").read_bytes()


def test_a_preview_shows_what_publishing_would_give() -> None:
    shown = preview(QINZHOU, "钦州指南.txt")
    assert shown.acceptable and shown.diff is None
    assert (shown.meta.key, shown.meta.city, shown.meta.year, shown.meta.title) == (
        "qz26", "钦州", 2026, "2026年钦州市科技计划项目申报指南")
    assert shown.meta.source_file == "guidelines/钦州指南.txt"
    assert shown.directions == 15 and shown.encoding == "utf-8"
    coverage = {c.field: (c.stated, c.total) for c in shown.coverage}
    assert coverage["funding_max_wan"] == (15, 15)
    assert coverage["quota"] == (7, 15)
    assert coverage["enterprise_lead_only"] == (14, 15)
    assert shown.samples[0].code == "QZ26ZD01"
    assert len(shown.samples) == 2 and shown.warnings == [] and shown.refusals == []


def test_a_preview_warns_with_line_numbers() -> None:
    shown = preview(YULIN, "yulin.txt")
    assert [str(w) for w in shown.warnings] == [
        "yulin.txt:1: not UTF-8: read as GB18030 (a GBK export); check the text came out right"]
    text = "\n".join(["一、重点研发计划", "1.测试方向（CS2601）", "研究内容：做研究。",
                      "知识产权归属：归申报单位。", "资助金额：不超过20万元。"])
    shown = preview(text.encode(), "t.txt")
    assert [str(w) for w in shown.warnings] == [
        "guidelines/t.txt:4: unknown field label '知识产权归属': kept as its own field"]


def test_corrections_replace_what_the_text_proposes() -> None:
    fixes = Corrections(city="钦州", year=2027, title="2027年钦州市科技计划项目申报指南（修订）")
    shown = preview(QINZHOU, "q.txt", fixes)
    assert (shown.meta.year, shown.meta.key, shown.meta.title) == (
        2027, "qz27", "2027年钦州市科技计划项目申报指南（修订）")
    assert shown.proposal.year == 2026


def test_a_damaged_document_previews_its_refusals() -> None:
    lines = QINZHOU.decode().splitlines()
    cut = lines[:36]  # ends after 1．乙烯… and its 【支持重点】; 2． never comes
    text = "\n".join([*cut, "2．重复的方向（指南代码：QZ26ZD01）", "【支持强度】不超过10万元。",
                      "3．截断的方向（指南代码：QZ26ZD09）"])
    shown = preview(text.encode(), "cut.txt")
    assert not shown.acceptable
    assert [str(issue) for issue in shown.refusals] == [
        "guidelines/cut.txt:37: direction code QZ26ZD01 appears twice (first on line 35)",
        "guidelines/cut.txt:39: direction '截断的方向' has nothing under it (the document may "
        "be cut short)"]


def test_a_file_that_is_no_document_is_refused_before_any_preview() -> None:
    with pytest.raises(DocumentError):
        preview(b"\x00\x01\x02" * 100, "photo.jpg")


def test_the_diff_against_the_published_version() -> None:
    published = parse_document(QINZHOU, "q.txt").leaves
    text = QINZHOU.decode()
    text = text.replace("【支持强度】单个项目不超过150万元。", "【支持强度】单个项目不超过200万元。")
    start = text.index("2．化工园区安全环保")
    end = text.index("3．锂电池正极材料")
    text = text[:start] + text[end:]
    text = text.replace("专项三：社会发展与乡村振兴科技专项", "3．新增方向（指南代码：QZ26JB09）\r\n"
                        "【支持强度】不超过50万元。\r\n\r\n专项三：社会发展与乡村振兴科技专项")
    shown = preview(text.encode(), "q.txt", published=published)
    assert shown.diff is not None
    assert [leaf.code for leaf in shown.diff.added] == ["QZ26JB09"]
    assert [leaf.code for leaf in shown.diff.removed] == ["QZ26ZD02"]
    assert [(c.key, c.fields) for c in shown.diff.changed] == [("QZ26ZD01", ["funding_max_wan"])]
    assert diff_leaves(published, published).empty


def test_a_large_shrink_is_refused_saying_what_is_lost() -> None:
    published = parse_document(QINZHOU, "q.txt").leaves
    assert shrink_refusal(published, published[:14], 0.1, "q.txt") is None
    refusal = shrink_refusal(published, published[:10], 0.1, "q.txt")
    assert refusal is not None and str(refusal).startswith(
        "q.txt:0: would drop 5 of 15 published directions (33%); lost: QZ26SF03、QZ26SF04、"
        "QZ26HB01、QZ26HB02、QZ26HB03.")


def test_metadata_the_text_does_not_state_must_be_given() -> None:
    proposal = propose_meta(["科技计划项目申报指南", "方向1：测试"])
    with pytest.raises(ValueError, match="city, year, city_en, key"):
        make_meta(proposal, Corrections(), "guidelines/x.txt")
    meta = make_meta(proposal, Corrections(city="株洲", year=2026, city_en="Zhuzhou",
                                           key="zz26"), "guidelines/x.txt")
    assert (meta.issuer, meta.title) == ("株洲市科学技术局", "科技计划项目申报指南")


@pytest.mark.parametrize(("lines", "issuer"), [
    (["发布时间：2026-01-09 16:20    来源：泸州市科学技术和人才工作局    浏览次数：2317"],
     "泸州市科学技术和人才工作局"),  # a web page's source line; a bureau with a wider remit
    (["第十五条　本指南由佛山市科学技术局负责解释。"], "佛山市科学技术局"),
    (["各区县科技局：", "钦州市科学技术局"], "钦州市科学技术局"),  # not the addressees
    (["七、市科技局将对拟立项项目进行公示。"], None),  # no name of its own: never made up
])
def test_the_issuer_is_read_where_the_text_names_it(lines: list[str], issuer: str | None) -> None:
    assert propose_meta(lines).issuer == issuer


REAL = Path(__file__).parent.parent / "data" / "guidelines"


@pytest.mark.parametrize(("name", "city", "year"), [
    ("000_77d2a402b3e4d740.txt", None, None),  # 防城港: its head names no city, no year
    ("001_28dcdb5b6979917d.txt", "百色", 2025),  # "2025年，百色市科技计划紧密结合…"
    ("002_3af291c3607153a6.txt", "南宁", None),  # "…是南宁市人民政府为加快…"
    ("003_b77ff5cd7a582a9e.txt", "柳州", None),
    ("004_d39697fbb62405e2.txt", "桂林", 2022),  # "2022年度桂林市科技计划项目，重点…"
])
def test_a_title_lost_in_conversion_is_not_made_up(name: str, city: str | None,
                                                   year: int | None) -> None:
    """The five real documents lost their title lines: no sentence is taken for a title, and
    the city is only where the text names it before 市 (never "按照" or "度桂林")."""
    proposal = propose_meta(read_source((REAL / name).read_bytes(), name).lines)
    assert (proposal.title, proposal.city, proposal.year) == (None, city, year)


# --------------------------------------------------------------------------- storing


def test_an_accepted_document_is_stored_with_its_metadata(settings: Settings) -> None:
    source = read_source(QINZHOU, "qz.docx")
    meta = make_meta(propose_meta(source.lines), Corrections(), "guidelines/qinzhou.txt")
    stored = store_document(settings.data_dir, source, meta, original=QINZHOU,
                            filename="qz.docx")
    assert stored.new_entry and stored.text_file == settings.data_dir / "guidelines/qinzhou.txt"
    assert stored.original_file == settings.data_dir / "guidelines/originals/qinzhou.docx"
    read = read_catalogue(settings.data_dir)
    assert [r.meta.key for r in read.results][-1] == "qz26" and not read.refusals
    again = store_document(settings.data_dir, source, meta)
    assert not again.new_entry
    assert (settings.data_dir / "catalogue.toml").read_text().count('key = "qz26"') == 1


def test_the_chat_flow_stores_what_it_previewed(settings: Settings) -> None:
    shown = preview(QINZHOU, "钦州指南.txt")
    stored = store_document(settings.data_dir, shown.source, shown.meta, original=QINZHOU,
                            filename="钦州指南.txt")
    assert stored.text_file.read_text(encoding="utf-8").splitlines() == shown.source.lines
    assert stored.original_file is None  # a .txt is its own text
    read = read_catalogue(settings.data_dir)
    assert [len(r.guideline.leaves) for r in read.results if r.guideline and
            r.meta.key == "qz26"] == [15]


def test_a_known_key_keeps_its_entry_and_window(settings: Settings) -> None:
    source = read_source(QINZHOU, "bs.txt")
    meta = make_meta(propose_meta(source.lines), Corrections(key="bs25"), "guidelines/new.txt")
    before = (settings.data_dir / "catalogue.toml").read_text()
    stored = store_document(settings.data_dir, source, meta)
    assert stored.meta.source_file == "guidelines/001_28dcdb5b6979917d.txt"
    assert (settings.data_dir / "catalogue.toml").read_text() == before


# --------------------------------------------------------------------------- command line


@pytest.mark.parametrize(
    ("name", "data"),
    [("钦州指南.txt", QINZHOU),
     ("指南.docx", make_docx(GUIDELINE)),
     ("指南.pdf", make_pdf([GUIDELINE[:6], GUIDELINE[6:]]))],
)
def test_catalogue_add_then_load_publishes_a_bureau_document(
        settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str,
        data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert main(["catalogue", "add", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("qz26\t钦州\t2026\t2026年钦州市科技计划项目申报指南\t钦州市科学技术局\t")
    assert main(["catalogue", "load"]) == 0
    assert "钦州\t2026\t" in capsys.readouterr().out
    assert main(["catalogue", "export", "--json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert {leaf["code"] for leaf in exported if leaf["city"] == "钦州"} >= {"QZ26ZD01"}


def test_catalogue_add_asks_for_what_the_text_does_not_state(
        settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "untitled.txt"
    path.write_text("一、重点研发计划\n1.测试方向（CS2601）\n研究内容：做研究。\n", encoding="utf-8")
    assert main(["catalogue", "add", str(path)]) == 2
    assert "not stated in the text, give it: city, year, title" in capsys.readouterr().err
    assert main(["catalogue", "add", str(path), "--city", "株洲", "--year", "2026", "--title",
                 "株洲测试指南", "--city-en", "Zhuzhou", "--key", "zz26"]) == 0


def test_catalogue_add_refuses_a_scan_and_a_damaged_document(
        settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from reportlab.pdfgen import canvas

    scan = tmp_path / "scan.pdf"
    pdf = canvas.Canvas(str(scan))
    pdf.rect(40, 40, 500, 700, fill=1)
    pdf.showPage()
    pdf.save()
    assert main(["catalogue", "add", str(scan)]) == 1
    assert "scan.pdf:0: PDF without a text layer" in capsys.readouterr().err
    before = (settings.data_dir / "catalogue.toml").read_text()
    cut = tmp_path / "cut.txt"
    cut.write_bytes(QINZHOU[: QINZHOU.index("【支持重点】".encode())])
    assert main(["catalogue", "add", str(cut)]) == 1
    assert "has nothing under it" in capsys.readouterr().err
    assert (settings.data_dir / "catalogue.toml").read_text() == before


@pytest.mark.parametrize(("lang", "words"), [
    ("zh_CN", ["识别出 15 个申报方向", "资助金额 15/15", "按 GB18030 读取", "新增 2 个、删除 0 个",
               "➕ 企业研发经费投入奖补"]),
    ("en", ["15 funding directions found", "grant amount 15/15", "read as GB18030",
            "2 directions added, 0 removed", "➕ 企业研发经费投入奖补"]),
])
def test_the_preview_message_in_each_language(lang: str, words: list[str]) -> None:
    from bot.render import guideline_preview

    published = parse_document(YULIN, "y.txt").leaves[:-2]
    text = guideline_preview(lang, preview(YULIN, "yulin.txt", published=published))
    assert all(word in text for word in words), text
    assert "yulin.txt" not in text  # the encoding is said once, in the reader's language


@pytest.mark.parametrize(("lang", "said"), [
    ("zh_CN", ["第 37 行：方向代码 QZ26ZD01 出现了两次（第一次见于第 35 行）。",
               "第 40 行：方向“截断的方向”下面没有内容，文件可能不完整。",
               "第 39 行：不认识的字段“知识产权归属”，已单独保留，未并入上一字段。"]),
    ("en", ["At line 37: direction code QZ26ZD01 appears twice (first at line 35).",
            "At line 40: direction “截断的方向” has nothing under it; the document may be cut "
            "short.", "At line 39: unknown field label “知识产权归属”"]),
])
def test_the_preview_says_what_is_wrong_in_the_readers_language(lang: str,
                                                                said: list[str]) -> None:
    from bot.render import guideline_preview

    lines = QINZHOU.decode().splitlines()[:36]
    text = "\n".join([*lines, "2．重复的方向（指南代码：QZ26ZD01）", "【支持强度】不超过10万元。",
                      "知识产权归属：归申报单位。", "3．截断的方向（指南代码：QZ26ZD09）"])
    shown = guideline_preview(lang, preview(text.encode(), "cut.txt"))
    assert all(line in shown for line in said), shown
    assert "cut.txt" not in shown


def test_a_pdf_preview_says_the_page_of_what_is_wrong() -> None:
    from bot.render import guideline_preview
    from tests.pdf_layout import exported

    filler = ["本指南所称项目，按年度组织申报，逐级推荐。" * 3] * 30
    data, printed = exported(["一、重点研发计划", *filler, "1.测试方向（CS2601）", "研究内容：做研究。",
                              "知识产权归属：归申报单位。", "资助金额：不超过20万元。"])
    shown = preview(data, "t.pdf")
    line = next(w.line for w in shown.warnings if w.kind == "unknown_label")
    # every page but the first opens with the running header
    page_starts = [1, *(i for i, text in enumerate(printed, 1) if text.startswith("某市科技计划"))]
    page = sum(1 for start in page_starts if start <= line)
    assert page >= 2  # the label is on a later page than the first
    assert f"第 {page} 页第 {line - page_starts[page - 1] + 1} 行：不认识的字段“知识产权归属”" in (
        guideline_preview("zh_CN", shown))


def test_a_changed_direction_names_its_fields() -> None:
    from bot.render import guideline_diff

    published = parse_document(QINZHOU, "q.txt").leaves
    changed = QINZHOU.decode().replace("单个项目不超过150万元。", "单个项目不超过200万元。")
    diff = diff_leaves(published, parse_document(changed.encode(), "q.txt").leaves)
    assert guideline_diff("zh_CN", diff)[-1] == "✏️ 乙烯下游高端聚烯烃专用料开发与产业化（资助金额）"
    assert guideline_diff("en", diff_leaves(published, published)) == [
        "No change from the published version."]
