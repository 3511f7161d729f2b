"""Stages proposed from bureau notices (通知): sample notices end to end, then the small parsers."""

from __future__ import annotations

import re
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

from bot.catalogue.models import Stage, Window
from bot.notice import (
    END_OF_DAY,
    DateParts,
    _Reference,
    clean_label,
    extract_stages,
    find_issue_date,
    heading_of,
    label_after,
    label_before,
    parse_date_parts,
    parse_time,
    resolve_year,
    to_json,
    to_number,
    window_kind,
)

NOTICES = Path(__file__).parent / "data" / "notices"
TODAY = date(2025, 7, 1)  # only used by notices without any year; fixed so tests never age


def _stage(label: str, ends: str, line: int, starts: str | None = None) -> dict[str, Any]:
    return {"label": label, "starts_at": starts, "ends_at": ends, "line": line}


CASES: list[tuple[str, str, list[dict[str, Any]]]] = [
    (
        "baise_2025.txt",  # the published 百色 2025 facts; registration/as-of dates are not stages
        "dated",
        [
            _stage("电子申报材料截止", "2025-06-20T18:00:00+08:00", 11),
            _stage("材料补正", "2025-06-27T18:00:00+08:00", 12),
            _stage("纸质材料报送", "2025-06-30T18:00:00+08:00", 13),
        ],
    ),
    (
        "liuzhou_2022_rolling.txt",  # rolling, batch 1 dated, later batches 另行通知, 执行期 ignored
        "rolling",
        [
            _stage(
                "第一批集中受理", "2023-02-03T23:59:59+08:00", 7, starts="2022-12-20T00:00:00+08:00"
            )
        ],
    ),
    (
        "chinese_numeral_2013.txt",  # 二〇一三 dates, year-less 四月十五日 from the issue date
        "dated",
        [
            _stage("网上填报", "2013-04-15T23:59:59+08:00", 5),
            _stage("推荐汇总表报送", "2013-04-30T17:00:00+08:00", 6),
        ],
    ),
    ("publicity_2024.txt", "unknown", []),  # 公示期 and the objection deadline are not stages
    (
        "nanning_noon_2022.txt",  # 中午12:00 and 中午前; 实施期限 and 公示 ranges ignored
        "dated",
        [
            _stage("网上申报截止", "2022-03-25T12:00:00+08:00", 6),
            _stage("网上审核推荐", "2022-03-28T12:00:00+08:00", 8),
        ],
    ),
    (
        "guilin_range_2022.txt",  # range with times, 下班前, a past training date ignored
        "dated",
        [
            _stage(
                "网上申报", "2022-04-30T17:30:00+08:00", 7, starts="2022-04-01T09:00:00+08:00"
            ),
            _stage("推荐函及汇总表报送", "2022-05-06T17:30:00+08:00", 9),
        ],
    ),
    (
        "fangchenggang_fullwidth_2025.txt",  # full-width digits, （星期二）, "报送时间：" with no time
        "dated",
        [
            _stage("网上申报", "2025-07-15T17:30:00+08:00", 5),
            _stage("纸质申报材料报送", "2025-07-18T23:59:59+08:00", 6),
        ],
    ),
    (
        "afternoon_time_2025.txt",  # 下午6点, 下午5点半, 24时; labels from numbered headings
        "dated",
        [
            _stage("企业申领", "2025-06-20T18:00:00+08:00", 5),
            _stage("服务机构备案", "2025-06-25T17:30:00+08:00", 6),
            _stage("县区审核", "2025-06-30T23:59:59+08:00", 7),
        ],
    ),
    (
        "past_events_2025.txt",  # 印发/宣讲 in the past, 注册 and 截至…研发投入 are not deadlines
        "dated",
        [_stage("申报材料提交", "2025-03-31T23:59:59+08:00", 6)],
    ),
    (
        "rollover_2023.txt",  # issued 2023-12-08: 1月15日 is 2024, 12月20日 stays 2023
        "dated",
        [
            _stage("网上申报", "2024-01-15T23:59:59+08:00", 5),
            _stage("审核推荐", "2024-01-22T23:59:59+08:00", 6),
            _stage("确定项目联系人", "2023-12-20T23:59:59+08:00", 7),
        ],
    ),
    (
        "multi_stage_one_sentence.txt",  # three deadlines in one sentence; 自发布之日起至…止
        "dated",
        [
            _stage("网上填报", "2024-09-10T23:59:59+08:00", 3),
            _stage("审核推荐", "2024-09-15T23:59:59+08:00", 3),
            _stage("纸质材料报送", "2024-09-20T23:59:59+08:00", 3),
            _stage("申报", "2024-09-20T17:00:00+08:00", 4),
        ],
    ),
    ("no_dates_later.txt", "later", []),
    ("no_dates_at_all.txt", "unknown", []),
    (
        "range_to_fullyear.txt",  # year-less range end; "截止日期：" label; 5月公示 has no day
        "dated",
        [
            _stage(
                "申报受理", "2025-03-31T23:59:59+08:00", 5, starts="2025-03-01T00:00:00+08:00"
            ),
            _stage("补充材料截止", "2025-04-10T23:59:59+08:00", 6),
        ],
    ),
    (
        "hezhou_2024_repeat.txt",  # no issue date: year from the title; repeats are one stage
        "dated",
        [_stage("项目申报截止", "2024-05-20T17:00:00+08:00", 5)],
    ),
    (
        "yulin_2024_cn_range.txt",  # Chinese-numeral range; a bare-date 公示 clause is ignored
        "dated",
        [
            _stage(
                "申报受理", "2024-10-31T23:59:59+08:00", 4, starts="2024-10-08T00:00:00+08:00"
            ),
            _stage("推荐", "2024-11-08T23:59:59+08:00", 5),
        ],
    ),
]


def test_every_sample_notice_has_a_case() -> None:
    assert sorted(name for name, _, _ in CASES) == sorted(p.name for p in NOTICES.glob("*.txt"))


@pytest.mark.parametrize(("name", "kind", "expected"), CASES, ids=[c[0] for c in CASES])
def test_sample_notices(name: str, kind: str, expected: list[dict[str, Any]]) -> None:
    text = (NOTICES / name).read_text(encoding="utf-8")
    stages = extract_stages(text, today=TODAY)
    got = [{**row, "line": stage.line} for row, stage in zip(to_json(stages), stages, strict=True)]
    assert got == expected
    assert window_kind(text) == kind
    lines = text.splitlines()
    for stage in stages:  # the source is the sentence as written, on the line reported
        assert stage.source in lines[stage.line - 1]
        assert stage.ends_at.utcoffset() is not None


def test_source_keeps_the_sentence_as_written() -> None:
    text = (NOTICES / "fangchenggang_fullwidth_2025.txt").read_text(encoding="utf-8")
    first = extract_stages(text)[0]
    assert first.source == (
        "请于２０２５年７月１５日（星期二）１７：３０前登录防城港市科技业务管理系统完成网上申报。"
    )


def test_proposals_become_a_valid_dated_window() -> None:
    text = (NOTICES / "baise_2025.txt").read_text(encoding="utf-8")
    stages = [s.to_stage() for s in extract_stages(text)]
    window = Window(status="dated", stages=stages)
    assert [s.ends_at.isoformat() for s in window.stages] == [
        "2025-06-20T18:00:00+08:00",
        "2025-06-27T18:00:00+08:00",
        "2025-06-30T18:00:00+08:00",
    ]
    assert all(isinstance(s, Stage) for s in window.stages)


def test_rolling_notice_makes_a_rolling_window_with_its_first_batch() -> None:
    text = (NOTICES / "liuzhou_2022_rolling.txt").read_text(encoding="utf-8")
    window = Window(status=window_kind(text), stages=[s.to_stage() for s in extract_stages(text)])
    assert window.status == "rolling"
    assert window.stages[0].label == "第一批集中受理"


# --- single sentences: year inference, times, what is ignored ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no year anywhere: today's year; a date far behind today rolls into next year
        ("请于6月20日前提交申报材料。", [("提交申报材料", None, "2025-06-20T23:59:59+08:00")]),
        ("请于1月10日前提交申报材料。", [("提交申报材料", None, "2026-01-10T23:59:59+08:00")]),
        # year-less range end crossing the new year
        (
            "第二批受理时间为2023年12月20日至1月31日。",
            [("第二批受理", "2023-12-20T00:00:00+08:00", "2024-01-31T23:59:59+08:00")],
        ),
        # "6月1日至20日" — the end keeps the start's month
        (
            "网上申报时间：2025年6月1日至20日。",
            [("网上申报", "2025-06-01T00:00:00+08:00", "2025-06-20T23:59:59+08:00")],
        ),
        # 截止 after the date, and a label named before it
        ("网上申报于2025年6月20日18时截止。", [("网上申报截止", None, "2025-06-20T18:00:00+08:00")]),
        ("申报截止时间：2025年6月20日24:00。", [("申报截止", None, "2025-06-20T23:59:59+08:00")]),
        ("请于2025年6月20日晚上8点前上传附件。", [("上传附件", None, "2025-06-20T20:00:00+08:00")]),
        ("请于二〇二五年六月二十日十八时三十分前提交。", [("提交", None, "2025-06-20T18:30:00+08:00")]),
        # a later sentence's year-less date takes the year named earlier in the same sentence
        (
            "电子材料于2026年1月5日前提交,纸质材料于1月9日前报送。",
            [
                ("电子材料提交", None, "2026-01-05T23:59:59+08:00"),
                ("纸质材料报送", None, "2026-01-09T23:59:59+08:00"),
            ],
        ),
        # a deadline followed by a remark about publicity is still a deadline
        (
            "请于2025年6月20日前提交材料,立项结果将予以公示。",
            [("提交材料", None, "2025-06-20T23:59:59+08:00")],
        ),
        # phrasing seen in notices: （含）, em dash ranges, times inside ranges, actors and places
        ("请于2025年6月20日（含）前提交申报书。", [("提交申报书", None, "2025-06-20T23:59:59+08:00")]),
        (
            "网上申报时间：2025年6月1日—6月20日。",
            [("网上申报", "2025-06-01T00:00:00+08:00", "2025-06-20T23:59:59+08:00")],
        ),
        (
            "受理时间：2025年6月1日8:30-6月20日17:30。",
            [("受理", "2025-06-01T08:30:00+08:00", "2025-06-20T17:30:00+08:00")],
        ),
        (
            "申报材料请于2025年6月20日前送达市科技局（逾期不予受理）。",
            [("申报材料送达", None, "2025-06-20T23:59:59+08:00")],
        ),
        (
            "（二）2025年6月20日前，各县区科技局完成审核推荐。",
            [("审核推荐", None, "2025-06-20T23:59:59+08:00")],
        ),
        (
            "申报截止日期为2025年6月20日（星期五）下午17:30。",
            [("申报截止", None, "2025-06-20T17:30:00+08:00")],
        ),
        # not stages
        ("截至2025年6月20日，企业营业收入达到500万元以上的可申报。", []),
        ("根据《关于2025年6月1日起施行的管理办法》组织申报。", []),
        ("我局于2025年5月10日印发了申报指南。", []),
        ("公示时间：2025年7月1日至7月7日。", []),
        ("2025年7月1日至7月7日,对拟立项项目进行公示。", []),
        ("项目实施期为2025年7月1日至2027年6月30日。", []),
        ("申报企业须在2024年12月31日前注册成立。", []),
        ("2025年6月20日前的天气晴好。", []),
    ],
)
def test_sentences(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    got = [(s["label"], s["starts_at"], s["ends_at"]) for s in to_json(extract_stages(text, today=TODAY))]
    assert got == expected


def test_a_deadline_before_the_issue_date_is_a_past_event() -> None:
    text = "请于2025年5月20日前提交申报材料。\n请于2025年6月20日前报送纸质材料。\n\n市科学技术局\n2025年6月1日\n"
    assert [s.label for s in extract_stages(text)] == ["报送纸质材料"]


def test_other_time_zone() -> None:
    (stage,) = extract_stages("申报截止时间：2025年6月20日18:00。", tz="UTC")
    assert stage.ends_at.isoformat() == "2025-06-20T18:00:00+00:00"


def test_to_json_of_nothing() -> None:
    assert to_json([]) == []


# --- helpers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "rest"),
    [
        ("18:00前", time(18, 0), "前"),
        (" 9:05至", time(9, 5), "至"),
        ("18时前", time(18, 0), "前"),
        ("17时30分前", time(17, 30), "前"),
        ("下午6点前", time(18, 0), "前"),
        ("下午5点半前", time(17, 30), "前"),
        ("下午18:00前", time(18, 0), "前"),
        ("上午9点", time(9, 0), ""),
        ("十八时前", time(18, 0), "前"),
        ("下午五点前", time(17, 0), "前"),
        ("24:00前", END_OF_DAY, "前"),
        ("中午12:00前", time(12, 0), "前"),
        ("中午前", time(12, 0), "前"),
        ("下班前", time(17, 30), "前"),
        ("前", None, "前"),
        ("25:00前", None, "25:00前"),
    ],
)
def test_parse_time(text: str, value: time | None, rest: str) -> None:
    parsed, pos = parse_time(text)
    assert (parsed, text[pos:]) == (value, rest)


@pytest.mark.parametrize(
    ("word", "value"),
    [("20", 20), ("二十", 20), ("三十一", 31), ("十", 10), ("二〇二五", 2025), ("２０", 20), ("x", None)],
)
def test_to_number(word: str, value: int | None) -> None:
    assert to_number(word) == value


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("2025年6月20日", DateParts(2025, 6, 20)),
        ("二〇一三年三月十九日", DateParts(2013, 3, 19)),
        ("十二月三十一日", DateParts(None, 12, 31)),
        ("6月20号", DateParts(None, 6, 20)),
        ("13月1日", None),
        ("6月32日", None),
    ],
)
def test_parse_date_parts(text: str, parts: DateParts | None) -> None:
    match = re.search(
        r"(?:(?P<y>\d{4}|[〇一二三四五六七八九]{4})年)?(?P<m>[\d一二三四五六七八九十]+)月(?P<d>[\d一二三四五六七八九十]+)[日号]",
        text,
    )
    assert match is not None
    assert parse_date_parts(match) == parts


@pytest.mark.parametrize(
    ("parts", "reference", "rolls", "expected"),
    [
        (DateParts(None, 5, 20), date(2025, 6, 5), True, date(2025, 5, 20)),  # within 31 days
        (DateParts(None, 1, 15), date(2023, 12, 8), True, date(2024, 1, 15)),  # rolls over
        (DateParts(None, 1, 15), date(2023, 1, 1), False, date(2023, 1, 15)),  # year only
        (DateParts(None, 3, 1), date(2023, 12, 8), False, date(2023, 3, 1)),  # year only, no roll
        (DateParts(2020, 1, 15), date(2023, 12, 8), True, date(2020, 1, 15)),  # explicit year
        (DateParts(None, 2, 30), date(2025, 1, 1), True, None),  # no such day
    ],
)
def test_resolve_year(parts: DateParts, reference: date, rolls: bool, expected: date | None) -> None:
    assert resolve_year(parts, _Reference(reference, rolls)) == expected


@pytest.mark.parametrize(
    ("lines", "issued"),
    [
        (["通知正文", "百色市科学技术局", "2025年6月5日"], date(2025, 6, 5)),
        (["通知正文", "二〇一三年三月十九日"], date(2013, 3, 19)),
        (["通知正文", "百色市科学技术局　２０２５年６月５日"], date(2025, 6, 5)),
        (["印发日期：2024年3月1日", "请于2024年3月20日前提交。"], date(2024, 3, 1)),
        (["请于2024年3月20日前提交。"], None),
        (["6月5日"], None),  # a year is needed to be an issue date
    ],
)
def test_find_issue_date(lines: list[str], issued: date | None) -> None:
    assert find_issue_date(lines) == issued


@pytest.mark.parametrize(
    ("prefix", "label"),
    [
        ("电子申报材料截止时间为", "电子申报材料截止"),
        ("(一)第一批集中受理时间为", "第一批集中受理"),
        ("三、申报时间:", "申报"),
        ("各申报单位网上申报截止时间为", "网上申报截止"),
        ("纸质申报材料(一式3份)报送时间:", "纸质申报材料报送"),
        ("网上申报:", "网上申报"),
        ("申报时间自通知发布之日起至", "申报"),
        ("截止时间:", "截止"),
        ("请各单位于", None),
    ],
)
def test_label_before(prefix: str, label: str | None) -> None:
    assert label_before(prefix) == label


@pytest.mark.parametrize(
    ("suffix", "label"),
    [
        ("将系统生成的纸质申报书(加盖单位公章)一式5份报送至百色市科学技术局", "系统生成的纸质申报书报送"),
        ("登录防城港市科技业务管理系统完成网上申报。", "网上申报"),
        ("完成网上申报并提交电子申报材料", "网上申报"),
        ("将审核后的推荐汇总表报送市科技局计划科", "推荐汇总表报送"),
        (",将推荐函及汇总表报送至市科技局综合科。", "推荐函及汇总表报送"),
        ("。", None),
    ],
)
def test_label_after(suffix: str, label: str | None) -> None:
    assert label_after(suffix) == label


def test_clean_label_drops_subjects_quantities_and_time_words() -> None:
    assert clean_label("请各申报单位一次性完成材料补正") == "材料补正"
    assert clean_label("纸质材料共3套") == "纸质材料"
    assert clean_label("网上申报时间") == "网上申报"


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("(三)纸质材料报送。请于2025年6月30日前报送。", "纸质材料报送"),
        ("1.企业申领。符合条件的企业请于…", "企业申领"),
        ("一、申报时间", None),
        ("三、申报时间:2025年6月20日前", None),
        ("(一)于6月5日前申报。", None),
        ("网上申报。请于…", None),  # not numbered
    ],
)
def test_heading_of(line: str, heading: str | None) -> None:
    assert heading_of(line) == heading


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("本指南实行全年开放申报,集中受理。", "rolling"),
        ("项目常年受理,分批评审。", "rolling"),
        ("具体申报时间另行通知。", "later"),
        ("申报截止时间:2025年6月20日18:00。评审时间另行通知。", "dated"),
        ("请认真组织申报。", "unknown"),
        ("公示期:2024年9月13日至9月20日。", "unknown"),
    ],
)
def test_window_kind(text: str, kind: str) -> None:
    assert window_kind(text) == kind


# --- at the edges of the rules in the module docstring -----------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("18:59前", time(18, 59)), ("18:60前", None),            # minutes run 0-59
        ("23:58前", time(23, 58)), ("23:59前", END_OF_DAY),       # 23:59 is the end of the day
        ("22:59前", time(22, 59)), ("24:00前", END_OF_DAY), ("25:00前", None),
        ("下午12点前", time(12, 0)), ("下午11点前", time(23, 0)),  # 下午12点 is noon
        ("傍晚6点前", time(18, 0)), ("晚上8点前", time(20, 0)), ("上午11点前", time(11, 0)),
    ],
)
def test_times_at_the_edges(text: str, value: time | None) -> None:
    assert parse_time(text)[0] == value


@pytest.mark.parametrize(
    ("text", "parts"),
    [("1990年1月1日", DateParts(1990, 1, 1)), ("1989年12月31日", None),
     ("2100年12月31日", DateParts(2100, 12, 31)), ("2101年1月1日", None),
     ("2025年12月31日", DateParts(2025, 12, 31)), ("2025年1月1日", DateParts(2025, 1, 1))],
)
def test_years_from_1990_to_2100(text: str, parts: DateParts | None) -> None:
    match = re.search(r"(?P<y>\d{4})年(?P<m>\d+)月(?P<d>\d+)日", text)
    assert match is not None
    assert parse_date_parts(match) == parts


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (DateParts(None, 5, 5), date(2025, 5, 5)),   # exactly 31 days before 06-05: this year
        (DateParts(None, 5, 4), date(2026, 5, 4)),   # 32 days before: next year
        (DateParts(None, 6, 5), date(2025, 6, 5)),   # the reference day itself
    ],
)
def test_the_rollover_starts_after_31_days(parts: DateParts, expected: date) -> None:
    assert resolve_year(parts, _Reference(date(2025, 6, 5), True)) == expected


def test_a_proposed_range_keeps_its_start_as_a_stage() -> None:
    (proposed,) = extract_stages("网上申报时间：2025年6月1日至20日。")
    stage = proposed.to_stage()
    assert (stage.label, stage.starts_at, stage.ends_at) == (
        "网上申报", proposed.starts_at, proposed.ends_at)
    assert stage.starts_at is not None and stage.starts_at.isoformat() == "2025-06-01T00:00:00+08:00"


def test_a_year_named_in_the_sentence_wins_over_the_issue_date() -> None:
    # docstring: "the nearest earlier dated year in the same sentence; else the issue date"
    text = ("第一批请于2025年3月10日前提交申报材料，第二批请于4月10日前提交申报材料。\n"
            "市科学技术局\n2024年3月1日\n")
    assert [s["ends_at"] for s in to_json(extract_stages(text))] == [
        "2025-03-10T23:59:59+08:00", "2025-04-10T23:59:59+08:00"]
