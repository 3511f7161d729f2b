"""Rendering: escaping, the card, and splitting under Telegram's limit."""

from __future__ import annotations

import dataclasses
import html
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.catalogue.facets import load_taxonomy
from bot.catalogue.models import Guideline, Leaf
from bot.core import CatalogueView
from bot.render import card, compare, result_line, split_html
from bot.telegram_html import parse_html
from tests.conftest import DATA_DIR

NOW = datetime(2025, 6, 10, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def _shown(markup: str) -> str:
    """The text Telegram shows for a piece of HTML (what its 4096-character limit counts),
    worked out here rather than with the splitter's own measure."""
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def _valid_telegram_html(markup: str) -> bool:
    parse_html(markup)  # raises on anything Telegram would refuse
    return True


@pytest.mark.parametrize("limit", [50, 120, 4096])
def test_split_keeps_every_piece_valid_and_under_the_limit(limit: int) -> None:
    body = "\n".join(f"<b>第{i}条</b> 申报单位须提供&lt;材料&gt; &amp; 证明。" * 3 for i in range(60))
    text = f"<blockquote>{body}</blockquote>"
    pieces = split_html(text, limit)
    assert all(len(_shown(piece)) <= limit for piece in pieces)
    assert all(_valid_telegram_html(piece) for piece in pieces)
    visible = "".join(re.sub(r"<[^>]+>", "", piece) for piece in pieces)
    assert visible.replace("\n", "") == re.sub(r"<[^>]+>", "", text).replace("\n", "")


def test_split_cuts_a_single_long_line_at_sentence_ends() -> None:
    line = "申报单位应当具备相应条件。" * 600
    pieces = split_html(line, 4096)
    assert len(pieces) == 2 and all(len(_shown(piece)) <= 4096 for piece in pieces)
    assert all(piece.endswith("。") for piece in pieces[:-1])


def test_short_text_is_one_piece() -> None:
    assert split_html("<b>你好</b>") == ["<b>你好</b>"]


def _leaf(catalogue: list[Guideline], leaf_id: str) -> Leaf:
    return next(leaf for g in catalogue for leaf in g.leaves if leaf.id == leaf_id)


def test_card_states_funding_mode_matching_and_window(catalogue: list[Guideline],
                                                     view: CatalogueView) -> None:
    taxonomy = load_taxonomy(DATA_DIR / "sectors.toml")
    leaf = _leaf(catalogue, "fcg25-002")  # 项目单位要按不低于申报支持额度 3 倍的比例配套自筹经费
    text = card(leaf, view, "zh_CN", NOW, taxonomy)
    assert _valid_telegram_html(text)
    assert len(_shown(text)) < 1200  # one phone screen
    assert "📄 《2025年防城港市科技计划项目申报指南》第" in text
    assert "💰 最高 150 万元" in text
    assert "前资助：立项后先拨付经费" in text
    assert "不少于资助额的 3 倍（按上限 150 万元需自筹约 450 万元）" in text
    assert "申报时间：尚未公布" in text
    assert "牵头：不限企业牵头" in text


def test_card_for_an_open_window_and_escaped_text(catalogue: list[Guideline],
                                                  view: CatalogueView) -> None:
    taxonomy = load_taxonomy(DATA_DIR / "sectors.toml")
    leaf = dataclasses.replace(_leaf(catalogue, "bs25-001"), title="<b>铝</b> & 新材料")
    text = card(leaf, view, "en", NOW, taxonomy)
    assert text.startswith("<b>&lt;b&gt;铝&lt;/b&gt; &amp; 新材料</b>")
    assert _valid_telegram_html(text)
    assert "closes in 11 days" in text
    assert "Grant: not stated in the guideline" in text


def test_a_conditional_matching_rule_is_shown_with_its_condition(catalogue: list[Guideline],
                                                                 view: CatalogueView) -> None:
    """防城港 2025B01: "本方向不限企业牵头申报。非企业牵头申报的项目，参与企业要按不低于申请科技
    经费中本企业所占经费的 3 倍进行配套。" — 3× binds the partner firms of a project a
    non-enterprise leads, on their share: no 180万 on the 60万 cap."""
    taxonomy = load_taxonomy(DATA_DIR / "sectors.toml")
    leaf = _leaf(catalogue, "fcg25-005")
    zh = card(leaf, view, "zh_CN", NOW, taxonomy)
    assert "非企业牵头时，参与企业按其所占经费的 3 倍配套" in zh
    assert "180" not in zh and "需自筹约" not in zh
    en = card(leaf, view, "en", NOW, taxonomy)
    assert "when a non-enterprise leads, partner enterprises put up 3× their share" in en
    assert "1,800,000" not in en
    both = compare([leaf, _leaf(catalogue, "fcg25-002")], view.window_for, "zh_CN", NOW)
    assert "①3×（有条件）" in both and "②3×" in both


def test_a_platform_to_build_is_no_requirement_on_the_card(catalogue: list[Guideline],
                                                          view: CatalogueView) -> None:
    """南宁 重大项目1 申报要求: "或以龙头企业为主体，培育建设自治区级（含）以上重大创新平台" is a
    target; 百色 "高能级平台能力建设" 申报条件 "申报单位须建有国家级、自治区级科技创新平台" is a
    requirement, either level."""
    taxonomy = load_taxonomy(DATA_DIR / "sectors.toml")
    nanning = card(_leaf(catalogue, "nn22-001"), view, "zh_CN", NOW, taxonomy)
    assert "须为" not in nanning and "自治区级平台" not in nanning
    baise = card(_leaf(catalogue, "bs25-009"), view, "zh_CN", NOW, taxonomy)
    assert "📌 须为：国家级平台或自治区级平台" in baise
def test_the_comparison_says_each_thing_once_and_in_the_reader_s_language(
        catalogue: list[Guideline], view: CatalogueView) -> None:
    """A row's label names the attribute; its cells do not repeat it ("👤 牵头 ①牵头：…" was
    read twice on a phone). In English the cities and funding modes are English too."""
    leaves = [_leaf(catalogue, "fcg25-001"), _leaf(catalogue, "nn22-002")]
    zh = compare(leaves, view.window_for, "zh_CN", NOW, metas=view.metas)
    assert _valid_telegram_html(zh)
    assert "（防城港 2025）" in zh and "（南宁 2022）" in zh
    lead = next(line for line in zh.splitlines() if line.startswith("<b>👤"))
    window = next(line for line in zh.splitlines() if "申报时间</b>" in line)
    assert "牵头：" not in lead and "①不限企业牵头" in lead
    assert window.count("申报时间") == 1 and "①尚未公布" in window

    en = compare(leaves, view.window_for, "en", NOW, metas=view.metas)
    assert _valid_telegram_html(en)
    assert "(Fangchenggang 2025)" in en and "(Nanning 2022)" in en
    assert "①paid up front" in en
    assert "Lead: " not in en and "Application window:" not in en
    assert "①not announced yet" in en


def test_a_list_marks_past_editions_instead_of_a_window_to_come(
        catalogue: list[Guideline], view: CatalogueView) -> None:
    """In 2025 a 2022 guideline with no window is a past edition, not "尚未公布"."""
    old, current = _leaf(catalogue, "nn22-002"), _leaf(catalogue, "fcg25-001")
    line = result_line(1, old, "zh_CN", show_city=True, window=view.window_for(old), now=NOW)
    assert "往年指南（2022）" in line and "尚未公布" not in line
    line = result_line(1, current, "zh_CN", show_city=True, window=view.window_for(current),
                       now=NOW)
    assert "申报时间：尚未公布" in line and "往年" not in line
    line = result_line(1, old, "en", show_city=False, window=view.window_for(old), now=NOW)
    assert "past edition (2022)" in line
