"""Answers, not only lists: each kind of question answered from the real catalogue, and the
rendering (HTML, buttons as data) in both languages; plus the quality floor over the labelled
sentence questions (dev and the holdout written before tuning)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from bench.search_quality import load_questions, run_questions
from bot import answers
from bot.answers import (
    DeadlineAnswer,
    EligibleAnswer,
    GlossaryAnswer,
    MaterialsAnswer,
    MaxAmountAnswer,
    SearchAnswer,
)
from bot.buttons import Ask, Refine
from bot.catalogue.models import Guideline, Leaf, Window
from bot.config import PROJECT_ROOT
from bot.eligibility import Profile
from bot.i18n import SUPPORTED, catalog
from bot.lexicon import Lexicon
from bot.query import MODES, QUALIFICATIONS, understand
from bot.search import Searcher
from tests.conftest import FIXED_NOW

LEXICON = Lexicon.from_data(PROJECT_ROOT / "data")


@pytest.fixture(scope="module")
def searcher(catalogue: list[Guideline]) -> Searcher:
    built = Searcher.build(LEXICON, [leaf for g in catalogue for leaf in g.leaves])
    answers.warm(built)
    return built


@pytest.fixture(scope="module")
def window_for(catalogue: list[Guideline]) -> Callable[[Leaf], Window | None]:
    windows = {g.meta.key: g.meta.window for g in catalogue}
    return lambda leaf: windows.get(leaf.guideline)


def ask(searcher: Searcher, window_for: Callable[[Leaf], Window | None], text: str,
        profile: Profile | None = None) -> answers.Answer:
    return answers.answer(searcher.understand(text), searcher, window_for=window_for,
                          now=FIXED_NOW, profile=profile)


# --------------------------------------------------------------------------- each kind


@pytest.mark.parametrize(("text", "term"), [
    ("后补助是什么意思", "post_subsidy"), ("what does 前资助 mean", "pre_funding"),
    ("揭榜挂帅是什么意思啊", "jiebang"), ("规上企业是指啥", "above_scale"),
])
def test_glossary_questions_are_explained(searcher: Searcher, window_for: Callable,
                                          text: str, term: str) -> None:
    result = ask(searcher, window_for, text)
    assert isinstance(result, GlossaryAnswer) and result.term == term
    for lang in SUPPORTED:
        shown = answers.render(result, lang)
        assert catalog(lang)[f"glossary.{term}.text"][:12] in shown.text


def test_the_glossary_counts_the_directions_using_a_mode(searcher: Searcher,
                                                         window_for: Callable) -> None:
    result = ask(searcher, window_for, "后补助是什么意思")
    assert isinstance(result, GlossaryAnswer)
    assert result.used_by >= sum(1 for leaf in searcher.leaves
                                 if "后补助" in (leaf.funding_mode or ""))


def test_deadlines_are_honest_about_unknown_and_dated_windows(searcher: Searcher,
                                                              window_for: Callable) -> None:
    baise = ask(searcher, window_for, "百色的科技项目申报啥时候截止？")
    assert isinstance(baise, DeadlineAnswer)
    assert [(item.city, item.status.kind) for item in baise.items] == [("百色", "open")]
    text = answers.render(baise, "zh_CN").text
    assert "2025-06-20 18:00" in text and "2025-06-30 18:00" in text
    unknown = ask(searcher, window_for, "防城港的项目什么时候截止")
    assert isinstance(unknown, DeadlineAnswer)
    assert [item.status.kind for item in unknown.items] == ["unknown"]
    assert "主管部门发布通知后才确定" in answers.render(unknown, "zh_CN").text
    late = answers.answer(searcher.understand("Baise deadline?"), searcher,
                          window_for=window_for, now=FIXED_NOW.replace(month=8))
    assert isinstance(late, DeadlineAnswer) and late.items[0].status.kind == "closed"
    assert "This round has closed." in answers.render(late, "en").text


def test_a_deadline_for_one_direction_names_it(searcher: Searcher, window_for: Callable
                                               ) -> None:
    result = ask(searcher, window_for, "柳州螺蛳粉那个项目几号截止啊")
    assert isinstance(result, DeadlineAnswer) and result.items
    assert all(item.city == "柳州" and item.status.kind == "unknown" for item in result.items)
    assert {"lz24-046", "lz24-047", "lz24-061"} & {leaf.id for leaf in result.leaves}


@pytest.mark.parametrize(("text", "cap", "top"), [
    ("防城港单个项目最多能拿多少钱", 150, {"fcg25-001", "fcg25-002", "fcg25-003", "fcg25-004"}),
    ("南宁一个项目最多给多少钱", 200, {"nn22-019", "nn22-054", "nn22-059"}),
    ("what's the biggest grant in the Guilin guideline", 800, {"gl22-001"}),
    ("百色单个项目最高资助多少", None, set()),
])
def test_the_largest_cap_in_scope(searcher: Searcher, window_for: Callable, text: str,
                                  cap: float | None, top: set[str]) -> None:
    result = ask(searcher, window_for, text)
    assert isinstance(result, MaxAmountAnswer)
    assert (result.cap, {leaf.id for leaf in result.top}) == (cap, top)


def test_the_largest_cap_says_what_states_only_a_floor(searcher: Searcher,
                                                       window_for: Callable) -> None:
    result = ask(searcher, window_for, "Liuzhou - max money per project?")
    assert isinstance(result, MaxAmountAnswer) and result.cap == 50
    assert len(result.floors) == 18  # lz24-003…020 state only "≥80万", no cap
    text = answers.render(result, "en").text
    assert "18 more state only “at least 800,000 yuan” and no cap." in text


def test_materials_quote_the_guideline_or_say_it_is_silent(searcher: Searcher,
                                                           window_for: Callable) -> None:
    talent = ask(searcher, window_for, "桂林青年创新人才科研专项要准备啥材料")
    assert isinstance(talent, MaterialsAnswer) and talent.items[0].leaf.id == "gl22-025"
    assert any("博士学位证书" in sentence for sentence in talent.items[0].sentences)
    silent = ask(searcher, window_for, "柳州高新技术企业培育项目要交什么材料")
    assert isinstance(silent, MaterialsAnswer) and silent.items[0].leaf.id == "lz24-036"
    shown = answers.render(silent, "zh_CN")
    if not silent.items[0].sentences:
        assert "指南没有写明这一方向需要哪些申报材料" in shown.text
    assert any(button.data == Ask(None).pack() for row in shown.keyboard
               for button in row)


def test_eligible_directions_from_the_question_and_the_saved_profile(
        searcher: Searcher, window_for: Callable) -> None:
    result = ask(searcher, window_for, "我们是高企，研发投入200万，南宁能申请哪些")
    assert isinstance(result, EligibleAnswer) and result.items
    assert (result.profile.is_high_tech, result.profile.rd_spend_wan) == (True, 200)
    assert all(item.leaf.city == "南宁" for item in result.items)
    top = [item.leaf for item in result.items[:5]]
    assert all(not leaf.qualifications for leaf in top)  # platform-only ones wait to be confirmed
    # 重大项目1-6 name a 自治区级 platform only as a target ("或以龙头企业为主体，培育建设自治区级
    # （含）以上重大创新平台"): nothing for the company to confirm about a platform it holds
    clear = {item.leaf.id for item in result.items if not item.to_confirm}
    assert {f"nn22-{n:03d}" for n in range(1, 13)} <= clear
    # only 项目36 asks for one: "（2）获得自治区级科技成果转化中试基地认定。"
    assert dict(result.missing)["platform_level"] == 1
    saved = Profile(city="柳州", is_high_tech=False, is_gazelle=False, rd_spend_wan=50)
    mine = ask(searcher, window_for, "我能申请哪些", profile=saved)
    assert isinstance(mine, EligibleAnswer)
    found = {item.leaf.id for item in mine.items}
    assert found and all(leaf_id.startswith("lz24") for leaf_id in found)
    assert "lz24-036" not in found and "lz24-001" not in found  # 高企/瞪羚 only; R&D ≥ 500万
    assert mine.excluded >= 2
    text = answers.render(mine, "zh_CN").text
    assert "写明的资助上限合计" in text


def test_an_eligibility_reading_never_ends_empty_where_a_search_finds(
        searcher: Searcher, window_for: Callable) -> None:
    """人造板's one direction in 百色 asks for R&D of 300万: none of the topic's directions
    fits a firm spending 200万, so the answer is the search (what meets the conditions)."""
    query = replace(searcher.understand("百色 人造板 研发投入两百万"), intent="eligible")
    result = answers.answer(query, searcher, window_for=window_for, now=FIXED_NOW)
    assert isinstance(result, SearchAnswer) and result.leaves
    assert all((leaf.min_rd_spend_wan or 0) <= 200 for leaf in result.leaves)


def test_search_answers_show_cap_mode_and_window_per_item(searcher: Searcher,
                                                         window_for: Callable) -> None:
    result = ask(searcher, window_for, "百色 人工智能")
    assert isinstance(result, SearchAnswer)
    shown = answers.render(result, "zh_CN", window_for=window_for, now=FIXED_NOW)
    assert "金额未写明" in shown.text and "拨付方式未写明" in shown.text
    assert "正在申报：还剩 11 天" in shown.text
    labels = [button.label for row in shown.keyboard for button in row]
    assert labels[0].startswith("1. ")
    assert "✖ 百色" in labels


def test_conditions_are_shown_and_each_can_be_dropped(searcher: Searcher,
                                                      window_for: Callable) -> None:
    query = searcher.understand("桂林有没有做完再补钱的农业项目，最好二十万以上")
    assert answers.conditions_line(query, "zh_CN") == "按条件：桂林 · 20万以上 · 后补助 · 内容：农业"
    # in English the city is the metadata's city_en and the amount in yuan; the topic is the
    # asker's own word
    guilin = {"桂林": "Guilin"}.get
    assert answers.conditions_line(query, "en", city_name=lambda c: guilin(c, c)) == \
        "Conditions: Guilin · ≥200k yuan · paid after acceptance · about: 农业"
    buttons = answers.chip_buttons(query, "zh_CN", owner=7)
    assert [b.label for b in buttons[0]] == ["✖ 桂林", "✖ 20万以上", "✖ 后补助"]
    assert Refine.unpack(buttons[0][2].data) == Refine("modes", 7)


def test_nothing_found_offers_a_step(searcher: Searcher, window_for: Callable) -> None:
    result = ask(searcher, window_for, "南宁有没有先拨钱再干活的项目，要一百万以上的")
    assert isinstance(result, SearchAnswer) and not result.found.hits
    labels = [b.label for row in answers.render(result, "zh_CN").keyboard for b in row]
    assert "去掉“前资助”：4 个方向" in labels
    empty = ask(searcher, window_for, "zzzqqq")
    labels = [b.label for row in answers.render(empty, "en").keyboard for b in row]
    assert labels == ["🙋 Ask a person", "🔎 Find step by step"]


def test_every_dynamic_answer_string_exists() -> None:
    keys = set(catalog("zh_CN"))
    needed = {f"glossary.{term}.{part}" for term in LEXICON.glossary for part in ("name", "text")}
    needed |= {f"chip.mode.{mode}" for mode in MODES}
    needed |= {f"chip.qual.{name}" for name in QUALIFICATIONS}
    needed |= {f"answer.field.{key}" for key in ("city", "sector", "amount", "modes", "lead",
                                                  "rd_spend_wan", "period_max",
                                                  "matching_required", "window", "year")}
    needed |= {f"answer.fact.{name}" for name in Profile.model_fields
               if name != "applicant_kind"} | {"answer.fact.applicant_kind"}
    assert sorted(needed - keys) == []


def test_the_command_line_json_shape(searcher: Searcher) -> None:
    query = understand("桂林 后补助", LEXICON)
    assert set(query.as_json()) == {"text", "intent", "term", "constraints", "topic",
                                    "corrections"}


# --------------------------------------------------------------------------- quality floor

# Measured with bench/search_quality.py on tests/data/questions.toml (dev: 45 given questions;
# holdout: 27 written before tuning and never tuned against). A drop below fails.
FLOOR = {"dev": {"topic_hit_at_5": 1.0, "precision_at_5": 1.0, "intent_ok": 1.0},
         "holdout": {"topic_hit_at_5": 1.0, "precision_at_5": 1.0, "intent_ok": 1.0}}
MARGIN = 0.1


@pytest.fixture(scope="module")
def question_reports() -> dict:
    return run_questions(load_questions(), now=FIXED_NOW)


@pytest.mark.parametrize("subset", ["dev", "holdout"])
def test_sentence_questions_stay_above_the_floor(question_reports: dict, subset: str) -> None:
    report = question_reports[subset]
    for name, floor in FLOOR[subset].items():
        assert getattr(report, name) >= floor - MARGIN, (name, report.misses)
    assert report.empty_answers <= 1, report.misses
    assert report.expect_empty_ok == 1.0, report.misses


def test_the_question_set_is_big_and_varied_enough() -> None:
    questions = load_questions()
    assert len(questions) >= 60
    assert sum(q.set == "holdout" for q in questions) >= 15
    assert {q.intent for q in questions} == {"search", "glossary", "deadline", "max_amount",
                                             "materials", "eligible"}
    assert {q.lang for q in questions} == {"zh", "en"}


@pytest.mark.parametrize(("lang", "said"), [("zh_CN", "还没有钦州的"), ("en", "no guideline for Qinzhou")])
def test_a_city_without_a_guideline_is_said_plainly(searcher: Searcher, window_for: Callable,
                                                    lang: str, said: str) -> None:
    """Not other cities' directions as if they answered: no list, the cities covered."""
    result = ask(searcher, window_for, "Our Qinzhou firm does port logistics, any projects?")
    assert isinstance(result, answers.SearchAnswer) and result.empty
    shown = answers.render(result, lang)
    assert said in shown.text and "南宁" in shown.text
    assert not shown.leaves
