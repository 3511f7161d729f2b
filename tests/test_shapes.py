"""Small guidelines in shapes bureaus write that none of the real documents use, each with what a
reader finds in it: fields numbered like their own direction and labels alone on a line, 1.1.1
under 1.1 under 专题, 方向一/子方向N, 【label】 with the value below, directions with only a
sentence of text, directions named by 项目名称：, section items that must not become directions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.catalogue.ingest import parse_document

SHAPES = Path(__file__).parent / "data" / "shapes"

# (line, title, code, office, min, max, mode, period, quota, lead only, R&D floor, inherited)
EXPECTED: dict[str, list[tuple[Any, ...]]] = {
    "guigang_numbered_fields": [
        (10, "电动车关键零部件研发", "GG2026-01", "高新技术科", 50, 50, "前资助", 2, 3, True, 500,
         {"funding_mode", "period_years_max"}),
        (21, "储能电池系统集成", "GG2026-02", "高新技术科", 20, 40, "前资助", 2, None, None, None,
         {"funding_mode", "period_years_max"}),
        (27, "甘蔗良种繁育技术", "GG2026-03", None, None, 30, "前资助", 2, None, False, None,
         {"funding_mode", "period_years_max"}),
    ],
    "wuzhou_decimal_keywords": [
        (11, "数控系统研发", "WZ26-0101", None, 30, 50, None, 2, None, False, None,
         {"period_years_max"}),
        (18, "工业机器人应用", "WZ26-0102", None, None, 40, None, 2, None, None, None,
         {"period_years_max"}),
        (24, "陶瓷材料研究", "WZ26-0103", None, None, 20, None, 2, None, None, None,
         {"period_years_max"}),
        (30, "疾病防治技术", None, None, None, 10, None, 1, None, None, None, set()),
        (35, "水污染治理", None, None, None, 15, None, None, None, None, None, set()),
        (38, "土壤修复", None, None, None, 15, None, None, None, None, None, set()),
    ],
    "chongzuo_named_directions": [
        (4, "糖料蔗机械化收获技术研究", "CZ2026-01", None, None, 50, "前资助", None, None, None,
         None, {"funding_mode"}),
        (7, "边境口岸智慧通关技术", "CZ2026-02", None, None, 30, "前资助", None, None, None, None,
         {"funding_mode"}),
    ],
    # codes that lead a heading or stand on their own line (above or below it), 3 / 3.1 / 3.1.1
    # under bare numbers, a table of directions with ≤ amounts in its header's unit, 榜单 of
    # 揭榜挂帅, a direction whose terms are all in one paragraph, a ratio after 本专项…，
    "hechi_codes_and_tables": [
        (9, "锡基焊料合金制备技术", "HC26-0101", None, None, 60, "前资助", 2, None, None, None,
         {"funding_mode", "period_years_max"}),
        (16, "桑蚕良种繁育与病害防控", "HC2611", None, None, 30, "后补助", None, None, True, None,
         {"enterprise_lead_only", "funding_mode", "matching_ratio"}),
        (19, "富硒茶叶加工技术", "HC2612", None, None, 20, "后补助", None, None, True, None,
         {"enterprise_lead_only", "funding_mode", "matching_ratio"}),
        (28, "喀斯特石漠化治理技术", "HC2621", None, None, 25, "前资助", 2, 2, False, None,
         {"enterprise_lead_only", "funding_mode"}),
        (29, "长寿人群健康队列研究", "HC2622", None, None, 40, "前资助", 3, 1, False, None,
         {"enterprise_lead_only", "funding_mode"}),
        (34, "桂西北区域协同创新项目", None, None, None, 50, None, 1, None, False, None, set()),
        (38, "铟锡氧化物靶材国产化", "JB2026-01", None, None, 200, None, None, None, None, None,
         set()),
    ],
    # 第N章/第N节 with 专题1 and 课题1 headings (a space, no colon), money in 元, the quota in
    # 支持方式, and a 附表 at the end listing the directions of the chapter that refers to it
    "anshun_sections_and_appendix": [
        (6, "航空锻件精密成形技术", "ASZD2601", "高新科", 80, 100, "前资助", 2, 2, None, None,
         {"funding_mode", "period_years_max"}),
        (11, "刺梨饮品保鲜技术", "ASZD2602-1", None, None, 30, "前资助", 2, None, True, None,
         {"funding_mode", "period_years_max", "enterprise_lead_only"}),
        (14, "蜡染图案数字化", "ASZD2602-2", None, None, 20, "前资助", 2, None, True, None,
         {"funding_mode", "period_years_max", "enterprise_lead_only"}),
        (25, "山地茶园机械化管理", "ASNY2601", None, None, 30, "后补助", 2, None, False, None,
         {"funding_mode"}),
        (26, "高原生猪健康养殖", "ASNY2602", None, 20, 40, "后补助", 3, 2, True, None,
         {"funding_mode"}),
        (27, "中药材林下种植", "ASNY2603", None, None, 20, "后补助", 2, None, False, None,
         {"funding_mode"}),
    ],
    # 项目类别N：, 【方向N】 with 项目编号 on its own line and 【label】 values below, a code
    # after a full-width space, 指南方向N：title【code】 with terms in a note after them,
    # 项目名称：…（榜单编号：…） whose grant is inside 榜单金额, title（code）（office）。body
    "yichang_brackets_and_notes": [
        (5, "磷化工绿色工艺", "YC26ZD001", None, None, 80, "前资助", 2, None, None, None,
         {"funding_mode", "period_years_max"}),
        (13, "市级平台绩效奖补", "YCPT01", None, 20, 20, "奖补", None, None, None, None, set()),
        (16, "中药饮片炮制技术", "YC26SW01", None, None, 50, None, None, None, True, 100,
         {"enterprise_lead_only", "min_rd_spend_wan"}),
        (21, "柑橘智能分选装备", "JB2026-01", None, None, 150, None, None, None, None, None,
         set()),
        (26, "研发投入奖补", "YCQY01", "创新发展科", None, 30, "奖补", None, None, True, None,
         {"enterprise_lead_only"}),
    ],
    "laibin_text_only": [
        (5, "糖业循环经济关键技术", "LB2025-01", None, None, 100, None, 2, None, False, 100,
         {"period_years_max", "min_rd_spend_wan"}),
        (9, "铝加工新材料", "LB2025-02", None, 50, 50, None, 3, None, True, 100,
         {"enterprise_lead_only", "min_rd_spend_wan"}),
        (14, "桑蚕良种繁育", None, None, None, 20, None, None, None, None, None, set()),
        (16, "林下经济", None, None, None, 15, None, None, None, None, None, set()),
    ],
}
FIELDS = ("source_line", "title", "code", "office", "funding_min_wan", "funding_max_wan",
          "funding_mode", "period_years_max", "quota", "enterprise_lead_only", "min_rd_spend_wan")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_shape_parses_into_what_a_reader_finds(name: str) -> None:
    source = SHAPES / f"{name}.txt"
    guideline = parse_document(source.read_bytes(), source.name)
    found = [(*(getattr(leaf, f) for f in FIELDS), set(leaf.inherited))
             for leaf in guideline.leaves]
    assert found == EXPECTED[name]
    assert not [w for w in guideline.warnings if w.fatal]


def test_matching_ratio_of_codes_and_tables_shape_reads_self_to_grant() -> None:
    source = SHAPES / "hechi_codes_and_tables.txt"
    leaves = parse_document(source.read_bytes(), source.name).leaves
    # 自筹资金与财政资助资金比例不低于2:1 after "本专项…，": self-funding twice the grant
    assert [leaf.matching_ratio for leaf in leaves[1:3]] == [2, 2]
    # what the firm posting a 榜单 pays the solver is not the bureau's grant
    assert leaves[-1].funding_max_wan == 200
    assert leaves[-1].other_fields == {"榜单金额": "800万元"}
    assert leaves[-1].funding_text == "市财政补助不超过200万元。" and not leaves[-1].requirements
    # the table's note after it is not a direction's text
    assert all("注：" not in (leaf.content or "") for leaf in leaves)


def test_chapters_stand_as_plans_and_appendix_rows_join_the_chapter_that_names_them() -> None:
    source = SHAPES / "anshun_sections_and_appendix.txt"
    leaves = parse_document(source.read_bytes(), source.name).leaves
    assert [(leaf.plan, leaf.parent) for leaf in leaves] == [
        ("重点研发计划", None), ("重点研发计划", "特色食品加工"), ("重点研发计划", "特色食品加工"),
        ("农业科技项目", None), ("农业科技项目", None), ("农业科技项目", None)]
    # the caption under 附表1 and the 其他事项 chapter are nobody's text
    assert all("方向表" not in (leaf.content or "") for leaf in leaves)


def test_sub_directions_and_their_direction() -> None:
    source = SHAPES / "wuzhou_decimal_keywords.txt"
    leaves = parse_document(source.read_bytes(), source.name).leaves
    assert [(leaf.plan, leaf.group, leaf.parent) for leaf in leaves] == [
        ("先进制造", "智能装备", None), ("先进制造", "智能装备", None), ("先进制造", "新材料", None),
        ("社会发展", None, None), ("社会发展", None, "生态保护"), ("社会发展", None, "生态保护")]


def test_a_guideline_sent_as_attachment_1_of_a_notice_keeps_its_headings() -> None:
    """附件1 above the whole document (a notice's attachment) is not a table's label: the
    headings under it are read as headings, not skipped as a table's caption."""
    text = "\n".join(["附件1", "2026年度测试市科技计划项目申报指南", "一、重点研发计划",
                      "（一）新材料方向（CS2601）", "研究内容：研究新材料。", "资助经费：不超过30万元。"])
    guideline = parse_document(text.encode(), "t.txt")
    assert [(leaf.title, leaf.code, leaf.funding_max_wan, leaf.plan)
            for leaf in guideline.leaves] == [("新材料方向", "CS2601", 30, "重点研发计划")]
