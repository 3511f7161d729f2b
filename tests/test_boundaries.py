"""Every threshold the bot judges, at the threshold and one step either side.

Each expected value is read off the rule or the source sentence quoted beside it (≥ means "at
the threshold qualifies", 以上 / 不低于 / 不少于 / 超过（含） are ≥, 不超过 / 以内 are ≤), never
computed by the code under test.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot import browse
from bot.catalogue.models import Guideline, Leaf, Stage, Window
from bot.config import PROJECT_ROOT
from bot.eligibility import (
    Profile,
    RevenueBand,
    conditions_for,
    conditions_from_text,
    evaluate,
    self_funding,
)
from bot.lexicon import Lexicon
from bot.notice import extract_stages, to_json
from bot.reminders import due_now, ladder_times
from bot.search import Searcher
from bot.windows import WindowRef, edition_status, window_status

SH = ZoneInfo("Asia/Shanghai")


@pytest.fixture(scope="module")
def leaves(catalogue: list[Guideline]) -> dict[str, Leaf]:
    return {leaf.id: leaf for g in catalogue for leaf in g.leaves}


@pytest.fixture(scope="module")
def searcher(catalogue: list[Guideline]) -> Searcher:
    return Searcher.build(Lexicon.from_data(PROJECT_ROOT / "data"),
                          [leaf for g in catalogue for leaf in g.leaves])


def verdicts(conditions: list, kind: str, profile: Profile) -> list[str]:  # type: ignore[type-arg]
    return [v.verdict for v in evaluate(conditions, profile) if v.condition.kind == kind]


# --------------------------------------------------------------------------- R&D spend


@pytest.mark.parametrize(("spend", "verdict"), [
    (299.99, "not_met"), (300, "met"), (300.01, "met"), (0, "not_met")])
def test_baise_rd_spend_of_exactly_300_wan_qualifies(leaves: dict[str, Leaf], spend: float,
                                                      verdict: str) -> None:
    # bs25-001: 企业上年度研发投入在300万元以上
    firm = Profile(applicant_kind="enterprise", rd_spend_wan=spend)
    assert verdicts(conditions_for(leaves["bs25-001"]), "min_rd_spend", firm) == [verdict]


@pytest.mark.parametrize(("city", "sentence", "threshold"), [
    ("百色", "企业上年研发投入在100万元以上。", 100),
    ("柳州", "（1）申报企业上年度研究经费投入不低于500万元；", 500),
    ("桂林", "4.项目须按不低于（1：3）匹配经费，企业参与项目原则上2021年度研发经费应当在500万元以上，"
             "并提供近1年单位财务报表；", 500),
])
@pytest.mark.parametrize(("offset", "verdict"), [(-0.01, "not_met"), (0, "met"), (0.01, "met")])
def test_rd_spend_thresholds_are_inclusive(city: str, sentence: str, threshold: float,
                                           offset: float, verdict: str) -> None:
    firm = Profile(applicant_kind="enterprise", rd_spend_wan=threshold + offset)
    conditions = conditions_from_text(sentence, city=city)
    assert verdicts(conditions, "min_rd_spend", firm) == [verdict]


@pytest.mark.parametrize(("spend", "verdict"), [(0, "not_met"), (0.01, "met")])
def test_some_rd_spend_means_more_than_nothing(spend: float, verdict: str) -> None:
    conditions = conditions_from_text("优先支持上一年度有研发投入企业，且规上企业须完成研发投入统计工作。",
                                      city="防城港")
    firm = Profile(applicant_kind="enterprise", rd_spend_wan=spend)
    assert verdicts(conditions, "min_rd_spend", firm) == [verdict]


@pytest.mark.parametrize(("said", "listed"), [("300万", True), ("299.9万", False),
                                              ("299万", False), ("301万", True)])
def test_search_by_rd_spend_lists_a_direction_at_its_exact_threshold(
        searcher: Searcher, said: str, listed: bool) -> None:
    # bs25-001…004: 企业上年度研发投入在300万元以上
    found = searcher.search(f"百色 去年研发投入{said}", limit=200)
    shown = {hit.leaf.id for hit in found.hits + found.unknown}
    at_300 = {"bs25-001", "bs25-002", "bs25-003", "bs25-004"}
    assert shown & at_300 == (at_300 if listed else set())


# --------------------------------------------------------------------------- revenue


@pytest.mark.parametrize(("revenue", "verdict"), [(499.99, "not_met"), (500, "met"),
                                                  (500.01, "met")])
def test_revenue_of_exactly_500_wan_meets_chao_guo_han(revenue: float, verdict: str) -> None:
    conditions = conditions_from_text(
        "优先支持2021年度产值超过（含）500万元的企业牵头申报（需提供财务报表），鼓励高校、科研院所参与联合申报。",
        city="桂林")
    firm = Profile(applicant_kind="enterprise", revenue_wan=revenue)
    assert verdicts(conditions, "min_revenue", firm) == [verdict]


# fcg25-002: 销售收入≤2亿元，研发强度≥3%，2亿元＜销售收入≤10亿元，研发强度≥2%，销售收入＞10亿元，研发强度≥1%
BANDS = [
    (20000, 600, "met"),          # exactly 2亿 is in the ≤2亿 band: 3% of it is 600万
    (20000, 599.99, "not_met"),
    (20001, 400.02, "met"),       # just over 2亿: the 2% band, 2% of 20001万 is 400.02万
    (20001, 400.01, "not_met"),
    (100000, 2000, "met"),        # exactly 10亿 is still the 2% band
    (100000, 1999.99, "not_met"),
    (100001, 1000.01, "met"),     # just over 10亿: the 1% band
    (100001, 1000, "not_met"),
    (1, 0.03, "met"),             # the lowest band has no floor
    (1, 0.02, "not_met"),
]


@pytest.mark.parametrize(("revenue", "spend", "verdict"), BANDS)
def test_rd_intensity_bands_at_their_edges(leaves: dict[str, Leaf], revenue: float,
                                           spend: float, verdict: str) -> None:
    firm = Profile(applicant_kind="enterprise", revenue_wan=revenue, rd_spend_wan=spend)
    conditions = conditions_for(leaves["fcg25-002"])
    assert verdicts(conditions, "rd_intensity_by_revenue", firm) == [verdict]


@pytest.mark.parametrize(("spend", "verdict"), [(299.99, "not_met"), (300, "met")])
def test_a_single_intensity_of_3_percent_at_its_edge(spend: float, verdict: str) -> None:
    conditions = conditions_from_text(
        "项目牵头单位为企业，上一年度研发投入不低于营业收入的3%，规上企业须完成研发投入统计工作。",
        city="防城港")
    firm = Profile(applicant_kind="enterprise", revenue_wan=10000, rd_spend_wan=spend)
    assert verdicts(conditions, "rd_intensity_by_revenue", firm) == [verdict]


# --------------------------------------------------------------------------- matching funds


@pytest.mark.parametrize(("own", "verdict"), [(29.99, "not_met"), (30, "met"), (30.01, "met")])
def test_matching_one_to_three_on_a_10_wan_grant_needs_30_wan(
        leaves: dict[str, Leaf], own: float, verdict: str) -> None:
    # gl22-024: 每个项目10万元；项目须按不低于（1:3）匹配经费 → 10 × 3 = 30万元 of one's own
    conditions = conditions_for(leaves["gl22-024"])
    assert verdicts(conditions, "matching_ratio", Profile(can_self_fund_wan=own)) == [verdict]
    assert self_funding(leaves["gl22-024"], 10).self_funding_wan == 30


# --------------------------------------------------------------------------- budgets and caps


@pytest.mark.parametrize(("wanted", "over", "applied", "own"), [
    (149.99, False, 149.99, None), (150, False, 150, None), (150.01, True, 150, None)])
def test_a_grant_exactly_at_the_cap_is_not_over_it(leaves: dict[str, Leaf], wanted: float,
                                                   over: bool, applied: float,
                                                   own: float | None) -> None:
    # fcg25-001: 单个项目资助经费不超过150万元; its 3 倍配套 binds the partner firms of a project
    # a non-enterprise leads, not the applicant on the whole grant: no self-funding figure
    result = self_funding(leaves["fcg25-001"], wanted)
    assert (result.over_cap, result.grant_applied_wan, result.self_funding_wan) == (
        over, applied, own)


@pytest.mark.parametrize(("wanted", "under"), [(79.99, True), (80, False), (80.01, False)])
def test_a_grant_exactly_at_the_floor_is_not_under_it(leaves: dict[str, Leaf], wanted: float,
                                                       under: bool) -> None:
    assert self_funding(leaves["lz24-003"], wanted).under_floor is under  # 不少于80万元


def _leaf(low: float | None, high: float | None) -> Leaf:
    return Leaf(id="t-001", guideline="t", city="测试", year=2025, title="t", source_file="f",
                source_line=1, funding_min_wan=low, funding_max_wan=high)


@pytest.mark.parametrize(("low", "high", "budget", "fits"), [
    (None, 50, "w50", True), (None, 49.99, "w50", False),       # a typed 50万 against a cap
    (50, None, "w50", True), (50.01, None, "w50", False),       # …and against a floor
    (50, 50, "w50", True),                                      # a fixed 50万
    (None, 20, "b20", True), (None, 20.01, "b20", True),        # ≤20万: a cap of 20 fits
    (20.01, None, "b20", False),                                # a floor above 20 does not
    (None, 20, "b50", False), (None, 20.01, "b50", True),       # 20–50万 starts above 20
    (50, None, "b50", True), (50.01, None, "b50", False),       # …and ends at 50
    (None, 150, "b150", True), (None, 150, "bmax", False),      # >150万 starts above 150
    (None, 150.01, "bmax", True),
])
def test_budget_bands_at_their_edges(low: float | None, high: float | None, budget: str,
                                     fits: bool) -> None:
    assert browse.fits(_leaf(low, high), budget) is fits


@pytest.mark.parametrize(("said", "found"), [("150万以上", True), ("151万以上", False),
                                             ("149万以上", True)])
def test_an_amount_with_yi_shang_includes_a_cap_equal_to_it(searcher: Searcher, said: str,
                                                            found: bool) -> None:
    # fcg25-001 and fcg25-002: 单个项目资助经费不超过150万元
    hits = {hit.leaf.id for hit in searcher.search(f"防城港 {said}", limit=50).hits}
    capped_at_150 = {"fcg25-001", "fcg25-002"}
    assert hits & capped_at_150 == (capped_at_150 if found else set())


# --------------------------------------------------------------------------- periods


@pytest.mark.parametrize(("said", "three_years", "two_years"), [
    ("两年内能结题", False, True), ("三年内能结题", True, True), ("一年内能结题", False, False)])
def test_a_period_at_the_asked_maximum_is_listed(searcher: Searcher, said: str,
                                                 three_years: bool, two_years: bool) -> None:
    # gl22-001: 实施年限 3年; gl22-024: 实施年限 2年
    hits = {hit.leaf.id for hit in searcher.search(f"桂林 {said}", limit=200).hits}
    assert ("gl22-001" in hits, "gl22-024" in hits) == (three_years, two_years)


# --------------------------------------------------------------------------- notice dates

NOTICE = "请于{}前提交申报材料。\n防城港市科学技术局\n2025年6月5日\n"


@pytest.mark.parametrize(("deadline", "ends_at"), [
    ("2025年6月5日18:00", "2025-06-05T18:00:00+08:00"),   # on the issue day, with a time
    ("2025年6月5日", "2025-06-05T23:59:59+08:00"),        # on the issue day, end of that day
    ("6月5日", "2025-06-05T23:59:59+08:00"),              # year-less, on the issue day
    ("2025年6月6日", "2025-06-06T23:59:59+08:00"),        # the day after
    ("2025年6月4日", None),                              # the day before: a past event
    ("6月4日", None),
])
def test_a_deadline_on_the_notices_issue_day_is_kept(deadline: str, ends_at: str | None) -> None:
    stages = to_json(extract_stages(NOTICE.format(deadline)))
    assert [stage["ends_at"] for stage in stages] == ([ends_at] if ends_at else [])


# --------------------------------------------------------------------------- 18:00 vs 18:01

CLOSES = Window(status="dated", stages=[
    Stage(label="电子申报材料截止", ends_at=datetime(2025, 6, 20, 18, 0, tzinfo=SH))])


@pytest.mark.parametrize(("moment", "kind", "days_left", "edition"), [
    ((17, 59), "open", 1, "closing"),
    ((18, 0), "open", 0, "closing"),     # 18:00前: the last minute still counts
    ((18, 1), "closed", None, "closed"),
])
def test_an_1800_deadline_is_open_at_1800_and_closed_at_1801(
        moment: tuple[int, int], kind: str, days_left: int | None, edition: str) -> None:
    now = datetime(2025, 6, 20, *moment, tzinfo=SH)
    status = window_status(CLOSES, now)
    assert (status.kind, status.days_left) == (kind, days_left)
    assert edition_status(2025, CLOSES, now) == edition


@pytest.mark.parametrize(("moment", "offsets"), [((8, 59), [1]), ((9, 0), [0]), ((17, 59), [0]), ((18, 0), []),
                                                 ((18, 1), [])])
def test_the_last_days_reminder_is_due_from_0900_until_the_deadline(
        moment: tuple[int, int], offsets: list[int]) -> None:
    now = datetime(2025, 6, 20, *moment, tzinfo=SH)
    due = due_now(1, WindowRef("bs25"), CLOSES, (14, 7, 3, 1, 0), now, SH)
    assert [d.offset for d in due] == offsets


@pytest.mark.parametrize(("closes", "offsets"), [((9, 0), [1]), ((9, 1), [1, 0])])
def test_a_same_day_reminder_only_before_the_deadline(closes: tuple[int, int],
                                                      offsets: list[int]) -> None:
    stage = Stage(label="截止", ends_at=datetime(2025, 6, 20, *closes, tzinfo=SH))
    assert [offset for offset, _ in ladder_times(stage, (1, 0), SH)] == offsets


# --------------------------------------------------------------------------- qualifications


@pytest.mark.parametrize(("above_scale", "high_tech", "verdict"), [
    (True, True, "met"), (True, False, "not_met"), (False, None, "not_met"),
    (True, None, "unknown"), (None, None, "unknown")])
def test_both_qualifications_must_hold_for_gui_shang_gao_xin(
        above_scale: bool | None, high_tech: bool | None, verdict: str) -> None:
    conditions = conditions_from_text("3.优先支持规上高新技术企业牵头申报；", city="桂林")
    firm = Profile(is_above_scale=above_scale, is_high_tech=high_tech)
    assert verdicts(conditions, "qualification", firm) == [verdict]


@pytest.mark.parametrize(("gazelle", "high_tech", "tech_sme", "verdict"), [
    (False, False, True, "met"), (True, None, None, "met"), (False, False, False, "not_met"),
    (False, None, False, "unknown")])
def test_one_of_several_qualifications_is_enough(gazelle: bool | None, high_tech: bool | None,
                                                 tech_sme: bool | None, verdict: str) -> None:
    conditions = conditions_from_text(
        "优先支持瞪羚企业、高新技术企业和科技型中小企业申报，鼓励有产学研合作基础的企业与高校、科研院所等联合申报。",
        city="桂林")
    firm = Profile(is_gazelle=gazelle, is_high_tech=high_tech, is_tech_sme=tech_sme)
    assert verdicts(conditions, "qualification", firm) == [verdict]


@pytest.mark.parametrize(("band", "revenue", "inside"), [
    # 2亿元＜销售收入≤10亿元
    (RevenueBand(low_wan=20000, high_wan=100000, min_intensity_pct=2), 20000, False),
    (RevenueBand(low_wan=20000, high_wan=100000, min_intensity_pct=2), 20000.01, True),
    (RevenueBand(low_wan=20000, high_wan=100000, min_intensity_pct=2), 100000, True),
    (RevenueBand(low_wan=20000, high_wan=100000, min_intensity_pct=2), 100000.01, False),
    # 2亿元≤销售收入＜10亿元
    (RevenueBand(low_wan=20000, low_inclusive=True, high_wan=100000, high_inclusive=False,
                 min_intensity_pct=2), 20000, True),
    (RevenueBand(low_wan=20000, low_inclusive=True, high_wan=100000, high_inclusive=False,
                 min_intensity_pct=2), 100000, False),
    (RevenueBand(low_wan=20000, low_inclusive=True, high_wan=100000, high_inclusive=False,
                 min_intensity_pct=2), 19999.99, False),
    # 销售收入＞10亿元: no ceiling
    (RevenueBand(low_wan=100000, min_intensity_pct=1), 10**7, True),
])
def test_revenue_band_edges(band: RevenueBand, revenue: float, inside: bool) -> None:
    assert band.contains(revenue) is inside


# --------------------------------------------------------------------------- units in requirements


@pytest.mark.parametrize(("sentence", "kind", "threshold"), [
    ("企业上年度研发投入不低于1亿元。", "min_rd_spend", 10000),       # 1亿 = 10,000万
    ("企业上年度研发投入不低于0.5亿元。", "min_rd_spend", 5000),
    ("企业上年度研发投入不低于300万元。", "min_rd_spend", 300),
    ("申报企业上年度销售收入达到2亿元。", "min_revenue", 20000),
    ("申报企业上年度销售收入达到500万元。", "min_revenue", 500),
])
@pytest.mark.parametrize(("offset", "verdict"), [(-1, "not_met"), (0, "met")])
def test_thresholds_in_yi_yuan_are_read_in_wan(sentence: str, kind: str, threshold: float,
                                               offset: float, verdict: str) -> None:
    firm = Profile(applicant_kind="enterprise", rd_spend_wan=threshold + offset,
                   revenue_wan=threshold + offset)
    assert verdicts(conditions_from_text(sentence, city="柳州"), kind, firm) == [verdict]


@pytest.mark.parametrize(("sentence", "kind"), [
    ("企业上年度研发投入在300万元以上，原则上应建有或在建市级以上科技创新平台；", "min_rd_spend"),
    ("优先支持上一年度有研发投入企业，且规上企业须完成研发投入统计工作。", "min_rd_spend"),
    ("申报企业上年度销售收入达到500万元。", "min_revenue"),
])
def test_a_firms_spend_or_revenue_rule_does_not_bind_a_university(sentence: str,
                                                                   kind: str) -> None:
    university = Profile(applicant_kind="university", rd_spend_wan=0, revenue_wan=0)
    assert verdicts(conditions_from_text(sentence, city="百色"), kind, university) == ["met"]
