"""Follow-up questions on a card: which card, what is asked, and the answer from the fields."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.catalogue.models import Guideline, Leaf
from bot.followup import answer, detect_intents
from bot.windows import WindowStatus, window_status

NOW = datetime(2025, 6, 10, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.fixture(scope="module")
def leaves(catalogue: list[Guideline]) -> dict[str, Leaf]:
    return {leaf.id: leaf for g in catalogue for leaf in g.leaves}


@pytest.mark.parametrize(("question", "intents"), [
    ("资助多少？", ["funding"]),
    ("能拿多少钱", ["funding"]),
    ("补助上限是多少", ["funding"]),
    ("什么时候截止", ["deadline"]),
    ("申报期限是哪天", ["deadline"]),
    ("什么时候开始申报", ["deadline"]),
    ("企业能牵头吗", ["lead"]),
    ("需要配套多少", ["matching"]),
    ("实施期限多久", ["period"]),  # 期限 here is the project period, not the deadline
    ("这个方向几年完成", ["period"]),
    ("最多支持几项", ["quota"]),
    ("对研发投入有要求吗", ["rd_spend"]),
    ("需要高新技术企业资质吗", ["qualifications"]),
    ("是前资助还是后补助", ["mode"]),
    ("经费怎么拨付", ["mode"]),  # "经费" alone would be funding; the specific word wins
    ("how much", ["funding"]),
    ("when is the deadline", ["deadline"]),
    ("what is the deadlne?", ["deadline"]),  # a typo, caught by rapidfuzz
    ("who can lead", ["lead"]),
    ("can universities lead", ["lead"]),
    ("how long", ["period"]),
    ("how many years", ["period"]),
    ("how much matching do I need", ["matching"]),
    ("Is it paid upfront?", ["mode"]),
    ("how many projects are funded", ["quota"]),
    ("is r&d spend required", ["rd_spend"]),
    ("do we need to be a high-tech enterprise", ["qualifications"]),
    ("资助多少，什么时候截止", ["funding", "deadline"]),
    ("申报书模板在哪里下载？", []),
    ("hello there", []),
])
def test_intents(question: str, intents: list[str]) -> None:
    assert detect_intents(question) == intents


GL = "📄 《2022年度桂林市科技计划项目申报指南》第6行"


@pytest.mark.parametrize(("leaf_id", "question", "lang", "lines", "complete"), [
    ("gl22-001", "资助多少？", "zh_CN",
     ["💰 最高 800 万元（分年拨付：按年度分批拨付）", "<blockquote>不超过800万元</blockquote>", GL],
     True),
    ("gl22-001", "需要配套多少", "zh_CN",
     ["🤝 须自筹配套：不少于资助额的 3 倍（按上限 800 万元需自筹约 2400 万元）", GL], True),
    ("gl22-001", "多久", "zh_CN", ["⏳ 实施期：最长 3 年", "<blockquote>3年</blockquote>", GL], True),
    ("gl22-001", "几项", "zh_CN", ["🎯 拟立项：不超过 1 项", "<blockquote>1项</blockquote>", GL], True),
    ("gl22-001", "研发投入要多少", "zh_CN", ["📌 上年度研发投入不低于 500 万元"], True),
    ("gl22-001", "企业能牵头吗", "zh_CN", ["❔ 指南没有写明是否限企业牵头。", GL], False),
    ("gl22-001", "什么时候截止", "zh_CN", ["🗓 申报时间：尚未公布", GL], False),
    ("gl22-006", "企业能牵头吗", "zh_CN",
     ["👤 牵头：限企业牵头", "<blockquote>限企业牵头申报；</blockquote>"], True),
    ("fcg25-001", "要什么资质", "zh_CN", ["📌 须为：规上企业"], True),
    ("nn22-052", "补贴多少", "zh_CN", ["💰 最高 25 万元；按所购买险种实际支出保费给予的 70% 给予"], True),
    ("bs25-001", "资助多少", "zh_CN", ["❔ 指南没有写明资助金额。"], False),
    ("bs25-001", "when is the deadline", "en",
     # catalogue.toml: 电子申报材料截止 2025-06-20 18:00; NOW is 06-10 09:00, 10½ days before
     ["🗓 Open: <b>closes in 11 days</b> (“电子申报材料截止” 2025-06-20 18:00)",
      "📄 “2025年百色市科技计划项目申报指南”, line 12"], True),
    ("gl22-001", "how much matching", "en",
     ["🤝 Self-funding: at least 3× the grant (about 24,000,000 yuan for the 8,000,000 yuan "
      "cap)"], True),
])
def test_answers(leaves: dict[str, Leaf], catalogue: list[Guideline], leaf_id: str,
                 question: str, lang: str, lines: list[str], complete: bool) -> None:
    leaf = leaves[leaf_id]
    meta = next(g.meta for g in catalogue if g.meta.key == leaf.guideline)
    status = window_status(meta.window, NOW)
    result = answer(leaf, detect_intents(question), status, lang, meta)
    text_lines = result.text.split("\n")
    assert text_lines[0].startswith("<b>")
    for line in lines:
        assert line in text_lines, (line, result.text)
    assert result.complete is complete


def test_answer_html_is_escaped(leaves: dict[str, Leaf]) -> None:
    leaf = dataclasses.replace(leaves["gl22-001"], title="<script>", period_text="3 & <4>")
    result = answer(leaf, ["period"], WindowStatus("unknown"), "zh_CN")
    assert "&lt;script&gt;" in result.text and "3 &amp; &lt;4&gt;" in result.text
