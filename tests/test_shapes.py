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


def test_lettered_sub_directions_numbered_by_word_with_a_tab_are_headings() -> None:
    """a.<TAB>title: Word's lettered list under a direction, its tab the list's spacing, not
    a table's cell — each letter is a sub-direction with its own terms."""
    text = "\n".join(["一、重点研发计划", "1.\t钒钛资源高值化利用", "本方向设以下两个子方向：",
                      "   a.\t高纯钒电解液制备（指南代码：XC25ZD01-1）", "研究内容：开发电解液。",
                      "支持强度：单项最高不超过80万元。", "   b.\t硫酸亚铁综合利用（指南代码：XC25ZD01-2）",
                      "研究内容：开发磷酸铁。", "支持强度：40万元～60万元。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.parent or leaf.group, leaf.funding_min_wan,
             leaf.funding_max_wan) for leaf in leaves] == [
        ("高纯钒电解液制备", "XC25ZD01-1", "钒钛资源高值化利用", None, 80),
        ("硫酸亚铁综合利用", "XC25ZD01-2", "钒钛资源高值化利用", 40, 60)]


def test_a_plan_holding_one_unnumbered_coded_direction() -> None:
    """五、产学研合作专项 ⏎ 产学研合作项目（项目编号：…） ⏎ a sentence of terms: the plan's name is
    whole and the coded line under it is its one direction, not the rest of its title."""
    text = "\n".join(["一、重点研发专项", "1．茶叶加工技术研究（项目编号：ZP23-ZD01）",
                      "研究内容：研究茶叶加工。", "资助金额：30万元。", "二、产学研合作专项",
                      "产学研合作项目（项目编号：ZP23-CX01）",
                      "支持企业与高校联合开展技术攻关，每个项目资助20万元至40万元，实施期限24个月。",
                      "三、申报条件", "申报单位应在本市注册。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.plan, leaf.title, leaf.code, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max) for leaf in leaves] == [
        ("重点研发专项", "茶叶加工技术研究", "ZP23-ZD01", 30, 30, None),
        ("产学研合作专项", "产学研合作项目", "ZP23-CX01", 20, 40, 2)]


def test_unnumbered_directions_after_numbered_rules_with_labels_no_list_names() -> None:
    """A plan's rules numbered （一）…（三） (牵头单位：…, 研发投入：…) and then directions with no
    number at all, each a title over labels the vocabulary lacks (攻关重点, 财政扶持,
    方向说明): every title is a direction; a direction announcing two 任务 holds them, their
    grants given by 分别; 不要求申报单位自筹配套资金 waives the plan's ratio."""
    text = "\n".join([
        "二、支持方向及要求", "各方向统一执行以下要求：",
        "（一）牵头单位：非企业单位不得作为项目牵头单位。",
        "（二）执行年限：项目执行期为2021年7月1日至2023年6月30日。",
        "（三）自筹配套：企业自筹资金不得少于申请市财政资金的两倍。", "",
        "煤系高岭土超细煅烧关键技术", "攻关重点：开展超细粉碎技术研究。", "财政扶持：不超过80万元",
        "立项数量：1项", "",
        "陶瓷施釉工序机器人集成应用",
        "方向说明：本方向分设以下两个任务，分别资助30万元、20万元，每个任务立项1项。",
        "任务一：自动修坯机器人研发", "攻关重点：研究修坯技术。",
        "任务二：智能施釉工作站研制", "攻关重点：研究施釉技术。", "",
        "肉羊高效繁育技术集成示范", "攻关重点：开展肉羊繁育技术集成。",
        "承担主体：本方向不限单位性质，高等院校、科研院所均可牵头申报。",
        "研发投入及配套：本方向不要求申报单位自筹配套资金。", "财政扶持：20万元～30万元", "",
        "三、申报条件", "申报单位应在本市注册。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.enterprise_lead_only,
             leaf.matching_ratio, leaf.period_years_max) for leaf in leaves] == [
        ("煤系高岭土超细煅烧关键技术", None, 80, True, 2, 2),
        ("自动修坯机器人研发", 30, 30, True, 2, 2),
        ("智能施釉工作站研制", 20, 20, True, 2, 2),
        ("肉羊高效繁育技术集成示范", 20, 30, False, None, 2)]
    assert [leaf.parent for leaf in leaves[1:3]] == ["陶瓷施釉工序机器人集成应用"] * 2


def test_bulleted_titles_under_a_list_intro_share_their_part_terms() -> None:
    """（二）一般项目 with its terms, then 支持方向： and Word's Wingdings bullets saved as Ø and a
    tab, each a bare title closed by ；: every bullet is a direction under the part's terms."""
    text = "\r\n".join([
        "一、支持方向", "（一）\t重点项目", "1.\t锂电池隔膜技术研究（SW19ZD01）", "研究内容：研究隔膜。",
        "资助额度：每项资助50万元。", "（二）\t一般项目", "　　支持方式：前资助。",
        "　　资助额度：每项资助30000元至50000元。", "　　支持方向：",
        "Ø\t毛竹林丰产培育技术推广；", "Ø\t稻渔综合种养技术示范；", "Ø\t茶园病虫害绿色防控技术示范；",
        "Ø\t慢性病智能随访系统应用；", "Ø\t农村生活污水生态处理技术应用。",
        "二、申报要求", "申报单位须在本市注册。"])
    leaves = parse_document(text.encode("gb18030"), "t.txt").leaves
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan) for leaf in leaves] == [
        ("锂电池隔膜技术研究", 50, 50), ("毛竹林丰产培育技术推广", 3, 5),
        ("稻渔综合种养技术示范", 3, 5), ("茶园病虫害绿色防控技术示范", 3, 5),
        ("慢性病智能随访系统应用", 3, 5), ("农村生活污水生态处理技术应用", 3, 5)]


def test_each_direction_names_its_type_in_its_own_words() -> None:
    """Terms given once per type (重点/一般/后补助) and each direction naming its type its own
    way — 拟以…形式, 该方向列入…, 按…管理 run on after 考核指标, 适用…支持标准, 纳入… said by the
    direction over two sub-directions; a 申报主体 naming a kind of firm is a qualification; an
    R&D floor said as 且支出绝对额不少于… after a share of revenue."""
    text = "\n".join([
        "二、项目类型及支持标准", "（一）重点项目", "1.支持方式：采取前资助方式。",
        "2.资助额度：每项资助30万元～50万元。",
        "3.申报门槛：上年度R&D经费支出占营业收入比重不低于3%，且支出绝对额不少于200万元。",
        "（二）一般项目", "1.支持方式：前资助。", "2.资助额度：每项资助10万元～20万元。",
        "（三）后补助项目", "1.支持方式：事后补助。", "2.补助标准：最高补助30万元。",
        "3.申报主体：县内规模以上工业企业。",
        "三、支持方向",
        "1．硬质合金圆锯片激光焊接技术", "指南编号：JY23-A02", "主要内容：研究激光焊接工艺。",
        "本方向拟以一般项目形式给予支持。",
        "2．锯切装备远程运维平台应用", "指南编号：JY23-A03", "主要内容：支持已完成平台开发的企业。",
        "本方向适用后补助项目支持标准。",
        "3．户外休闲用品功能材料技术", "本方向纳入重点项目，下设以下两个子方向：",
        "（1）阻燃涂层面料制备技术", "指南编号：JY23-B03-1", "主要内容：研究阻燃涂层。",
        "（2）智能温控睡袋研发", "指南编号：JY23-B03-2", "主要内容：研究温控电路。",
        "4．缙云茭白双季高效栽培技术", "指南编号：JY23-C02", "主要内容：研究茭白栽培。",
        "考核指标：亩产值提高10%以上，", "按一般项目管理。",
        "5．麻鸭新品系选育", "指南编号：JY23-C01", "主要内容：开展麻鸭选育。", "该方向列入一般项目。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.min_rd_spend_wan, leaf.qualifications) for leaf in leaves] == [
        ("JY23-A02", "前资助", 10, 20, None, []),
        ("JY23-A03", "后补助", None, 30, None, ["规上企业"]),
        ("JY23-B03-1", "前资助", 30, 50, 200, []),
        ("JY23-B03-2", "前资助", 30, 50, 200, []),
        ("JY23-C02", "前资助", 10, 20, None, []),
        ("JY23-C01", "前资助", 10, 20, None, [])]


def test_each_bang_takes_the_grant_tier_its_own_bang_amount_falls_in() -> None:
    """N号榜　title headings with 需求方/榜额/攻关期限 on one line: the 榜额 is what the firm pays,
    not the grant; the grant is the common terms' tier for that 榜额, a share of it where the
    榜 says so, or the 榜's own amount."""
    pair = "　　"
    text = "\n".join([
        "二、榜单内容",
        "1号榜　高性能镁合金结构件真空压铸工艺", "榜单编号：BB26JB01",
        f"需求方：重庆渝碚镁合金科技有限公司{pair}榜额：450万元{pair}攻关期限：24个月",
        "技术需求：攻克高真空压铸模具排气技术。",
        "2号榜　工业机器人RV减速器摆线轮磨削工艺", "榜单编号：BB26JB02",
        f"需求方：重庆碚城精密传动有限公司{pair}榜额：680万元{pair}攻关期限：2年",
        "技术需求：开发摆线轮数控成形磨削工艺。",
        "3号榜　医用可降解镁合金骨钉表面改性技术", "榜单编号：BB26JB03",
        f"需求方：重庆某医疗器械有限公司{pair}榜额：520万元{pair}攻关期限：2年",
        "技术需求：研究骨钉表面改性。",
        "揭榜要求：每个团队的区财政资助额度按共性条款第（二）项所定档次的50%核定。",
        "4号榜　动物源性食品兽药残留检测试剂盒", "榜单编号：BB26JB04",
        f"需求方：重庆某生物有限公司{pair}榜额：200万元{pair}攻关期限：1年",
        "技术需求：开发快速检测试剂盒。",
        "三、共性条款",
        "（一）资助标准。区财政根据榜额分档确定对揭榜方的资助额度：榜额500万元（含）以上的，资助"
        "1,000,000元；榜额300万元（含）至500万元（不含）的，资助600,000元；榜额300万元以下的，"
        "资助300,000元。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.funding_max_wan, leaf.other_fields.get("榜额"))
            for leaf in leaves] == [
        ("高性能镁合金结构件真空压铸工艺", "BB26JB01", 60, "450万元"),
        ("工业机器人RV减速器摆线轮磨削工艺", "BB26JB02", 100, "680万元"),
        ("医用可降解镁合金骨钉表面改性技术", "BB26JB03", 50, "520万元"),
        ("动物源性食品兽药残留检测试剂盒", "BB26JB04", 30, "200万元")]
    assert "funding_max_wan" in leaves[0].inherited and "funding_max_wan" not in leaves[2].inherited


def test_a_rule_for_the_first_section_binds_only_its_directions() -> None:
    """第一章…第一节/第二节 with directions at 一、: 申报第一节项目的牵头企业须为…高新技术企业，
    且上年度研发费用不低于300万元 in the 申报条件 chapter binds the 第一节 directions only;
    每个选题支持1项 counts each 选题."""
    text = "\n".join([
        "第二章　支持方向", "第一节　关键核心技术攻关项目", "一、光电子芯片封装技术",
        "　　指南编号：HP26-GG-01", "　　研究内容：研究封装工艺。", "　　资助额度：每项不超过200万元。",
        "第二节　软科学研究项目",
        "　　本节项目采取前资助方式，每项资助3万元至5万元，每个选题支持1项。",
        "一、临空产业链成果转化路径研究", "　　选题编号：HP26-RK-01",
        "二、木兰文化旅游数字化机制研究", "　　选题编号：HP26-RK-02",
        "第三章　申报条件",
        "　　（一）申报第一节项目的牵头企业须为有效期内的国家高新技术企业，且上年度研发费用不低于300万元。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.min_rd_spend_wan, leaf.qualifications, leaf.quota)
            for leaf in leaves] == [("HP26-GG-01", 300, ["高新技术企业"], None),
                                    ("HP26-RK-01", None, [], 1), ("HP26-RK-02", None, [], 1)]


def test_a_table_cell_wrapped_onto_a_line_of_its_own_is_read_whole() -> None:
    """补助额度\\t…最高不 ⏎ 超过25万元 ⏎ 执行期限\\t2年: a two-column table of a direction's terms
    whose cell ran onto the next line, with no tab there."""
    text = "\n".join([
        "一、社会发展项目", "1．居家老年人跌倒监测系统",
        "　　研究内容：研发居家跌倒风险评估与预警系统。", "项目要素\t具体要求", "方向编号\tJD27SF03",
        "补助额度\t按项目验收审定研发投入的30%给予补助，最高不", "超过25万元", "执行期限\t2年",
        "立项数量\t1项"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.period_years_max, leaf.quota)
            for leaf in leaves] == [("JD27SF03", 25, 2, 1)]


def test_chains_whose_directions_take_their_terms_from_a_closing_table_by_number() -> None:
    """【产业链一】 chains over 链上方向1-1 / 子方向1-3-a (a word of the bureau's own before
    hyphened numbers), 【创新链】 unnumbered; terms only in a 附表 per chain whose rows are keyed
    by 方向编号 (each row the direction's own terms) and a 本链通用条款 under each table (the
    chain's terms, inherited)."""
    text = "\n".join([
        "三、支持方向", "【产业链一】特钢新材料产业链（链主责任科室：高新技术科）",
        "链上方向1-1　宽厚板在线淬火控制技术", "　　研究内容：针对高强度工程机械用钢的宽厚板产品，研究在线淬火冷却均匀性控制、板形控制及回火工艺一体化技术。",
        "链上方向1-2　钢铁冶金固废高值化利用技术", "　　本方向分设以下两个子方向，分别申报：",
        "　　子方向1-2-a　钢渣稳定化处理技术", "　　　　研究钢渣中游离氧化钙快速消解技术，开发比表面积不低于450平方米每千克的钢渣微粉，用于混凝土掺合料。",
        "　　子方向1-2-b　含铁尘泥协同处置技术", "　　　　研究高炉瓦斯灰、转炉污泥中铁、锌元素分离回收技术，铁回收率不低于85%，形成成套工艺并开展示范。",
        "【创新链】研发平台与成果转化创新链（链主责任科室：成果转化科）",
        "链上环节2-1　企业研发投入后补助", "　　引导企业持续加大研发投入，对上一年度研发投入增量部分给予补助，支持企业建设研发机构，提升自主创新能力。",
        "链上环节2-2　技术合同登记成果转化奖补", "　　鼓励科技成果就地转化，技术合同须在技术市场登记且技术交易额实际到账，按年度技术交易额分档给予奖补。",
        "四、联系方式", "　　高新技术科：王先生，0375-8156021",
        "附表1　特钢新材料产业链方向支持条款", "方向编号\t支持方式\t单项资助\t实施期限\t拟支持数",
        "1-1\t前资助\t50万元～80万元\t2026年7月—2028年12月\t1项",
        "1-2-a\t后补助\t30万元（定额）\t18个月\t1项", "1-2-b\t后补助\t20万元（定额）\t12个月\t1项",
        "本链通用条款：高等院校、科研院所不得作为本链方向的牵头单位；牵头企业须为有效期内的国家高新技术企业。",
        "附表2　研发平台与成果转化创新链支持条款", "环节编号\t支持方式\t单项资助\t实施期限\t拟支持数",
        "2-1\t后补助\t按研发投入增量的10%，封顶50万元\t—\t不限",
        "2-2\t以奖代补\t最高奖补30万元\t—\t不限",
        "本链通用条款：本链事项不要求自筹资金配套。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.group or leaf.plan, leaf.title, leaf.funding_mode, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.period_years_max, leaf.enterprise_lead_only)
            for leaf in leaves] == [
        ("特钢新材料产业链", "宽厚板在线淬火控制技术", "前资助", 50, 80, 2.5, True),
        ("特钢新材料产业链", "钢渣稳定化处理技术", "后补助", 30, 30, 1.5, True),
        ("特钢新材料产业链", "含铁尘泥协同处置技术", "后补助", 20, 20, 1, True),
        ("研发平台与成果转化创新链", "企业研发投入后补助", "后补助", None, 50, None, None),
        ("研发平台与成果转化创新链", "技术合同登记成果转化奖补", "奖补", None, 30, None, None)]
    assert leaves[0].qualifications == ["高新技术企业"] and "qualifications" in leaves[0].inherited


def test_summary_table_rows_stand_under_the_category_their_merged_cell_names() -> None:
    """A notice states each 计划类别's rules under its heading and lists the directions only as
    rows of an attached 汇总表, the category written on a block's first row only and 同上 for
    cells repeated — also across a page break that repeats the header."""
    header = "序号\t计划类别\t指南方向\t主要内容\t支持方式及资助强度\t实施期限\t拟支持数"
    text = "\n".join([
        "二、计划类别及共性要求", "（一）科技攻关与产业化（归口股室：高新技术与产业化股）",
        "　　1．非企业法人单位一律不得作为本类项目的牵头申报单位。",
        "　　2．牵头企业研究开发费用归集额（以A107012表为准）不得低于0.008亿元。",
        "（二）农业农村科技振兴（归口股室：农村科技股）",
        "　　1．企业、农民专业合作社、科研院所均可牵头申报。",
        "　　2．项目承担单位须按照一比一的比例落实自筹资金。",
        "三、申报条件", "　　申报单位应在本县注册。", "附件1", "本县2025年度科技计划项目申报指南汇总表",
        header,
        "1\t科技攻关与产业化\t高性能铝合金型材挤压技术\t研究铝合金成分优化\t前资助，每项30～50万元\t2年\t2项",
        "2\t\t电子元器件精密注塑产线\t研制精密注塑模具\t前资助，最高不超过80万元\t30个月\t1项",
        "— 3 —", "本县2025年度科技计划项目申报指南汇总表（续）", header,
        "3\t\t风电装备零部件轻量化铸造\t研究低应力铸造\t同上\t同上\t同上",
        "4\t农业农村科技振兴\t古辣香米优质品种选育\t选育香稻新品种\t前资助，每项20万元\t2年\t2项"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.group or leaf.plan, leaf.office, leaf.funding_max_wan, leaf.period_years_max,
             leaf.enterprise_lead_only, leaf.min_rd_spend_wan, leaf.matching_ratio)
            for leaf in leaves] == [
        ("科技攻关与产业化", "高新技术与产业化股", 50, 2, True, 80, None),
        ("科技攻关与产业化", "高新技术与产业化股", 80, 2.5, True, 80, None),
        ("科技攻关与产业化", "高新技术与产业化股", 80, 2.5, True, 80, None),
        ("农业农村科技振兴", "农村科技股", 20, 2, False, None, 1)]


def test_special_provisions_name_directions_by_plan_and_place() -> None:
    """五、特别说明 after the plans: （一）工业科技攻关计划第2个方向执行周期为3年 / （二）…第1个方向
    …扶持额度为0.006亿元至0.01亿元 (wrapped) / “…” quoted title: each named direction's own
    terms over its plan's; the provisions are no directions, the other plans' 第2个方向 keeps
    its plan's terms."""
    text = "\n".join([
        "二、计划类别及支持方向", "（一）工业科技攻关计划",
        "【扶持额度】每项20万元至40万元。", "【执行周期】2年。",
        "（1）松香深加工技术（LZ27GY01）", "研究内容：研究松香深加工。",
        "（2）螺蛳粉标准化生产技术（LZ27GY02）", "研究内容：研究螺蛳粉生产。",
        "（二）农业与社会发展科技计划", "【扶持额度】每项10万元。", "【执行周期】2年。",
        "（1）油茶丰产栽培技术（LZ27NS01）", "研究内容：研究油茶栽培。",
        "（2）农村污水处理技术（LZ27NS02）", "研究内容：研究污水处理。",
        "五、特别说明", "　　下列方向按以下规定执行：",
        "　　（一）工业科技攻关计划第2个方向执行周期为3年。",
        "　　（二）工业科技攻关计划第1个方向列为县级重大科技专项，扶持额度",
        "为0.006亿元至0.01亿元。",
        "　　（三）“油茶丰产栽培技术”方向须由企业牵头。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max,
             leaf.enterprise_lead_only) for leaf in leaves] == [
        ("LZ27GY01", 60, 100, 2, None), ("LZ27GY02", 20, 40, 3, None),
        ("LZ27NS01", 10, 10, 2, True), ("LZ27NS02", 10, 10, 2, None)]


def test_a_plan_terms_table_in_thousands_of_yuan_and_a_sub_direction_special_rule() -> None:
    """表1 … （金额单位：千元）: 200～300 is 20～30万元; 每个方向（子方向）1项 counts each; a
    sub-direction's 特别规定 (…非企业单位不得作为本子方向的牵头单位；…单项资助额度为400千元)
    is its own, over its plan's row."""
    text = "\n".join([
        "二、各专项支持标准", "　　各专项的支持方式、单项资助额度、实施期限和拟支持数见表1。",
        "表1　2026年度各专项支持标准（金额单位：千元）",
        "专项名称\t支持方式\t单项资助额度\t实施期限\t拟支持数\t牵头要求",
        "茶产业科技创新专项\t前资助\t200～300\t24个月\t每个方向（子方向）1项\t企业、科研院所均可牵头",
        "三、支持方向", "（一）茶产业科技创新专项（归口：农业农村科技股）",
        "　　1．红茶加工工艺标准化（ZP26CY01）", "　　　　本方向设以下2个子方向。",
        "　　　　（1）红茶连续化加工生产线集成（ZP26CY01-1）", "　　　　　　研究内容：研究红茶萎凋工序。",
        "　　　　（2）茶叶农残快速检测平台（ZP26CY01-2）", "　　　　　　研究内容：研发农残快速检测方法。",
        "　　　　　　特别规定：非企业单位不得作为本子方向的牵头单位；本子方向单项资助额度为400千元。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota,
             leaf.enterprise_lead_only, leaf.period_years_max) for leaf in leaves] == [
        ("ZP26CY01-1", 20, 30, 1, False, 2), ("ZP26CY01-2", 40, 40, 1, True, 2)]


def test_an_article_speaking_of_its_chapter_states_the_terms_of_the_directions_listed() -> None:
    """第二章　重点研发专项 ⏎ 第四条　本专项由…股归口管理。本专项不受理非企业单位牵头申报的项目…
    自筹资金应为…的一倍半以上。 ⏎ 第五条　本专项重点支持以下方向： ⏎ 一是…。…: the fourth
    article's terms are the chapter's, for the directions the fifth lists; 第六条　第五条第二项
    所列方向，… is the second direction's own."""
    text = "\n".join([
        "第一章　总　　则", "　　第一条　为加快科技创新，制定本指南。", "第二章　重点研发专项",
        "　　第四条　本专项由县科工信局科技管理股归口管理。本专项不受理非企业单位牵头申报的项目。"
        "本专项项目采取事前资助方式，实施期限为2020年7月至2022年6月。企业自筹资金应为县财政资助资金的一倍半以上。",
        "　　第五条　本专项2020年度重点支持以下方向：",
        "　　一是南繁育种分子标记辅助选择技术服务。依托国家南繁科研育种基地，开展水稻、",
        "玉米等作物分子标记辅助选择技术服务平台建设。拟支持2项，每项资助30万元至50万元。",
        "　　二是热带设施农业智能装备研发。研发适应高温、高湿、台风多发环境的智能温室",
        "环境调控装备，在示范基地应用面积不少于300亩。拟支持2项，每项资助不超过40万元。",
        "　　第六条　第五条第二项所列方向，企业自筹资金与县财政资助资金按照一比一的比例落实，"
        "不适用第四条关于自筹资金的规定。",
        "第三章　申报条件", "　　第七条　申报单位应在本县注册。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.office, leaf.funding_mode, leaf.period_years_max,
             leaf.enterprise_lead_only, leaf.matching_ratio, leaf.funding_max_wan)
            for leaf in leaves] == [
        ("南繁育种分子标记辅助选择技术服务", "科技管理股", "前资助", 2, True, 1.5, 50),
        ("热带设施农业智能装备研发", "科技管理股", "前资助", 2, True, 1, 40)]


def test_qualifications_required_of_named_codes_bind_those_directions_only() -> None:
    """申报XN01、XN02方向的企业须为高新技术企业；申报XN03方向的企业须为规模以上工业企业 in 申报
    条件: each clause binds the directions of the codes it names; 本专项不接受企业以外的单位牵头
    申报 leaves firms alone to lead."""
    text = "\n".join([
        "二、申报条件", "　　（一）申报单位应在本区注册登记。",
        "　　（二）申报CB24XN01、CB24XN02方向的企业须为高新技术企业；申报CB24XN03方向的企业须为规模以上工业企业。",
        "三、支持方向", "（一）新能源与新材料专项",
        "　　本专项采取事前资助方式。本专项不接受企业以外的单位牵头申报，高等院校可作为合作单位参与。",
        "1．锂电池正极材料制备技术（指南代码：CB24XN01）", "　　研究内容：研究正极材料。",
        "2．光伏组件回收技术（指南代码：CB24XN02）", "　　研究内容：研究组件回收。",
        "3．铝合金型材挤压技术（指南代码：CB24XN03）", "　　研究内容：研究型材挤压。",
        "4．储能系统集成技术（指南代码：CB24XN04）", "　　研究内容：研究储能集成。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.qualifications, leaf.enterprise_lead_only) for leaf in leaves] == [
        ("CB24XN01", ["高新技术企业"], True), ("CB24XN02", ["高新技术企业"], True),
        ("CB24XN03", ["规上企业"], True), ("CB24XN04", [], True)]


def test_a_rule_turning_firms_away_from_one_plan_and_terms_said_after_sub_directions() -> None:
    """此外，上年度研发费用未达到三十万元的企业，…不受理其林业与生态科技专项的申报 after a table of
    every plan's terms binds that plan's directions only (one that says 不受…研发费用要求限制 is
    spared); 以上两个子方向申报时均填写方向代码…，资助额度均为250千元 after the sub-directions
    gives both the code and the grant of the direction they divide."""
    text = "\n".join([
        "二、各专项支持标准", "　　各专项的支持方式、单项资助额度和实施期限见表1。",
        "表1　各专项支持标准（金额单位：千元）",
        "专项名称\t支持方式\t单项资助额度\t实施期限",
        "茶产业科技创新专项\t前资助\t200～300\t24个月",
        "林业与生态科技专项\t前资助\t不超过250\t24个月",
        "　　此外，上年度研发费用未达到三十万元的企业，县科学技术局不受理其林业与生态科技专项的申报。",
        "三、支持方向", "（一）茶产业科技创新专项",
        "　　1．茶树种质资源保护与良种繁育（ZP26CY03）",
        "　　　　（1）本地茶树种质资源普查与收集保存", "　　　　　　研究内容：开展古茶树资源普查。",
        "　　　　（2）茶树无性系良种快繁与示范推广", "　　　　　　研究内容：研究茶树扦插快繁。",
        "　　　　以上两个子方向申报时均填写方向代码ZP26CY03，各支持1项，资助额度均为250千元。",
        "（二）林业与生态科技专项",
        "　　2．松脂高效采集与深加工（ZP26LY01）", "　　　　研究内容：研究马尾松高产脂采割。",
        "　　3．网箱养殖尾水生态治理（ZP26LY03）", "　　　　研究内容：研究尾水收集。",
        "　　　　申报要求：本方向不受本专项研发费用要求限制。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota,
             leaf.min_rd_spend_wan) for leaf in leaves] == [
        ("ZP26CY03", 25, 25, 1, None), ("ZP26CY03", 25, 25, 1, None),
        ("ZP26LY01", None, 25, None, 30), ("ZP26LY03", None, 25, None, None)]


def test_exceptions_by_direction_number_clause_by_clause_in_a_plans_paragraph() -> None:
    """本计划…每项支持不超过50万元，实施周期为2年，每个方向拟支持1项，须由企业牵头…；其中方向3、方向5
    每项不超过30万元，方向4实施周期为36个月，方向2拟支持2项且不限定由企业牵头。: each clause binds the
    directions it numbers (方向4's sub-directions take its period); a heading wrapped before its
    代码 line is one title."""
    text = "\n".join([
        "三、支持方向", "（一）重点研发计划（归口科室：高新技术科）",
        "　　本计划采取前资助方式，每项支持不超过50万元，实施周期为2年，每个方向",
        "拟支持1项，须由企业牵头申报，项目自筹资金不少于申请财政资金的两倍；其",
        "中方向3、方向5每项不超过30万元，方向4实施周期为36个月，方向2拟支持2",
        "项且不限定由企业牵头。",
        "1．薰衣草精油高效提取与功能性日化产品开发", "　　代码：YN-01", "　　攻关任务：研究精油提取。",
        "2．黑蜂种质资源保护与蜂产品高值化开发", "　　代码：YN-02", "　　攻关任务：开展黑蜂保种。",
        "3．包虫病、布鲁氏菌病等人畜共患病防控适宜技术", "推广", "　　代码：YN-03",
        "　　攻关任务：推广快速筛查技术。",
        "4．特色林果采后处理与精深加工关键技术", "　　代码：YN-04", "　　本方向设以下两个子课题。",
        "　　子课题一：苹果采后商品化处理技术", "　　代码：YN-04A", "　　攻关任务：研究苹果分级。",
        "　　子课题二：树上干杏干制与功能成分提取技术", "　　代码：YN-04B", "　　攻关任务：研究干杏干燥。",
        "5．农光互补光伏农业高效种植模式研究", "　　代码：YN-05", "　　攻关任务：研究耐阴作物。",
        "四、申报条件", "　　申报单位须在本市注册。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title[-4:], leaf.funding_max_wan, leaf.period_years_max,
             leaf.quota, leaf.enterprise_lead_only) for leaf in leaves] == [
        ("YN-01", "产品开发", 50, 2, 1, True), ("YN-02", "值化开发", 50, 2, 2, False),
        ("YN-03", "技术推广", 30, 2, 1, True), ("YN-04A", "处理技术", 50, 3, 1, True),
        ("YN-04B", "提取技术", 50, 3, 1, True), ("YN-05", "模式研究", 30, 2, 1, True)]


def test_a_count_said_for_each_guideline_item_is_each_directions() -> None:
    """单个项目资助10～30万元，每项指南原则上支持1～2项: each direction's count is 2 (a plan's
    实施期限为2个自然年度 counts nothing)."""
    text = "\n".join([
        "二、重点支持领域", "（一）工业科技支撑计划", "1．高端装备关键技术研究。重点支持数控机床。",
        "2．纺织新材料研发。重点支持功能纤维。",
        "三、支持方式", "（一）工业科技支撑计划：采取事前资助方式；单个项目资助10～30万元，"
        "每项指南原则上支持1～2项；本指南各类项目实施期限为2个自然年度。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.quota, leaf.funding_max_wan) for leaf in leaves] == [(2, 30), (2, 30)]


def test_sub_directions_numbered_in_a_run_inside_one_line() -> None:
    """主要方向包括：（1）…；（2）…。 / ①…；②… / a.…；b.… / 一是…；二是…: each item is a
    sub-direction on that line; 以上子方向各拟支持1项… and 上述两个子方向资助额度分别为100万元、60万元
    after the run give them their terms; 除企业外，…均不得牵头申报 leaves firms alone to lead. A
    paragraph of terms ending 支持方向包括：（1）…；（2）… lists directions described further on."""
    text = "\n".join([
        "三、支持方向", "A．传统产业转型升级专项",
        "　　除企业外，高等院校、科研院所及新型农业经营主体均不得牵头申报本专项项目，可作为合作单位参与。",
        "1、铝工业节能降碳与固废资源化利用技术",
        "　　主要方向包括：（1）铝电解槽新型阴极结构应用技术；（2）赤泥脱碱及制备道路基层材料技术。",
        "　　以上子方向各拟支持1项，每项资助不超过800000元，实施期限2年。",
        "　　研究内容：开展新型阴极结构设计。",
        "2、焦化行业绿色低碳关键技术",
        "　　主要方向包括：①焦炉煤气制氢及高纯氢提纯技术；②焦化废水深度处理与回用技术。",
        "　　上述两个子方向资助额度分别为100万元、60万元，各支持1项。",
        "B．现代农业专项",
        "3、设施农业与旱作节水技术集成示范",
        "　　主要方向包括：a.日光温室水肥一体化智能管控技术示范；b.黄河滩区盐碱地改良技术示范。",
        "　　每个子方向支持1至2项，每项补助20万元。",
        "4、黄河流域生态保护技术",
        "　　主要方向包括：一是黄河干流生态流量监测与湿地修复技术；二是采煤沉陷区生态修复技术。",
        "　　以上两个子方向各支持1项，每项补助额度为30万元～40万元。",
        "5、特色经济林提质增效技术示范",
        "　　重点研究内容包括：低产园改造；整形修剪；病虫害绿色防控。",
        "　　本方向拟支持2项，每项补助不超过15万元。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title[:4], leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota,
             leaf.enterprise_lead_only) for leaf in leaves] == [
        ("铝电解槽", None, 80, 1, True), ("赤泥脱碱", None, 80, 1, True),
        ("焦炉煤气", 100, 100, 1, True), ("焦化废水", 60, 60, 1, True),
        ("日光温室", 20, 20, 2, None), ("黄河滩区", 20, 20, 2, None),
        ("黄河干流", 30, 40, 1, None), ("采煤沉陷", 30, 40, 1, None),
        ("特色经济", None, 15, 2, None)]


def test_a_plans_directions_listed_inline_with_their_terms_after_the_run() -> None:
    """重点支持以下方向：（1）…；（2）…（本方向资助额度不超过40万元）；（3）…。支持方式为前资助，每项…
    in one paragraph under a plan: each item a direction on that line, the sentences after the
    run's full stop the terms of them all (an item's bracket its own)."""
    text = "\n".join([
        "三、支持方向", "（一）区产学研协同创新计划（科技合作科）",
        "　　重点支持以下方向：（1）窄带物联网通信模组低功耗设计（MW26CX01）；（2）海洋生物活性肽"
        "酶解制备（MW26CX02）（本方向资助额度不超过40万元）；（3）工程塑料改性应用（MW26CX03）。"
        "支持方式为前资助，每项资助不超过25万元，实施期限不超过2年。",
        "（二）区农业科技计划（农村科）",
        "1．海水养殖苗种繁育技术（MW26NY01）", "　　研究内容：研究苗种繁育。",
        "　　支持强度：每项资助10万元。",
        "四、联系方式", "　　科技合作科：0591-83681266"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.funding_mode, leaf.period_years_max,
             leaf.source_line) for leaf in leaves] == [
        ("MW26CX01", 25, "前资助", 2, 3), ("MW26CX02", 40, "前资助", 2, 3),
        ("MW26CX03", 25, "前资助", 2, 3), ("MW26NY01", 10, None, None, 5)]


def test_terms_in_a_bracket_after_the_title_set_apart_by_bars_slashes_or_spaces() -> None:
    """1. …（前资助｜不超过80万元｜2年｜企业牵头） / …（后补助／不超过40万元） / …（不超过40万元 3年） /
    …（18个月／15万元） / …（前资助 1年）: each value is a term of the direction's own (a bare way
    its mode, a bare 企业牵头 the rule, a bare length its period), the bracket no part of its title;
    what a bracket leaves out comes from the plan."""
    text = "\n".join([
        "三、技术创新专项（高新技术科）",
        "　　本专项采取前资助方式，单个项目资助不超过50万元，实施期限2年，企业、高校均可牵头申报。",
        "1. 智能网联汽车测试验证（前资助｜不超过80万元｜3年｜企业牵头）",
        "　　研究内容：构建测试场景库。",
        "2. 笔记本电脑散热模组研发（后补助／不超过40万元）", "　　研究内容：研究均温板。",
        "3. 高压连接器研发（不超过30万元 3年）", "　　研究内容：研究连接器结构。",
        "4. 水生态监测技术示范（18个月／15万元）", "　　研究内容：开展水质调查。",
        "5. 企业梯度培育路径研究（后补助 1年）", "　　研究内容：梳理梯度分布。",
        "四、联系方式", "　　高新技术科：023-65361234"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_mode, leaf.funding_max_wan, leaf.period_years_max,
             leaf.enterprise_lead_only) for leaf in leaves] == [
        ("智能网联汽车测试验证", "前资助", 80, 3, True), ("笔记本电脑散热模组研发", "后补助", 40, 2, False),
        ("高压连接器研发", "前资助", 30, 3, False), ("水生态监测技术示范", "前资助", 15, 1.5, False),
        ("企业梯度培育路径研究", "后补助", 50, 1, False)]
    assert [sorted({"funding_mode", "period_years_max"} & set(leaf.inherited))
            for leaf in leaves] == [[], ["period_years_max"], ["funding_mode"], ["funding_mode"], []]


def test_directions_set_like_a_price_list_number_code_under_it_amount_right() -> None:
    """序号 ⇥ 项目方向 ⇥ 资助额度 over rows 01 ⇥ …关 ……… 最高80万元 ⏎ GY2601 ⇥ 键技术研究 ⏎ 研究内容：…:
    each row with labelled lines under it is a direction — its code the one set under its
    number (beside the title's wrapped tail, or beside its first labelled line), its amount the
    one right-set on its line (— says none), what is written under it its own."""
    text = "\n".join([
        "一、产业关键核心技术攻关（归口科室：高新技术科）",
        "支持方式：前资助。实施期限：3年。",
        "序号\t项目方向\t资助额度",
        "01\t条斑紫菜精深加工及藻胆蛋白高值化提取与功能食品开发关 ………最高80万元",
        "GY2601\t键技术研究",
        "研究内容：研究R-藻红蛋白低温膜分离纯化技术。",
        "实施期限：2年",
        "02\t超薄精密不锈钢带材连续退火酸洗线智能控制系统研发\t—",
        "GY2602\t研究内容：研究连续退火炉温—张力多变量协同控制。",
        "考核指标：带材厚度公差≤±2μm。",
        "03\t海上风电单桩基础长效防腐涂层材料研发 …………………50万元",
        "GY2603\t研究内容：研究石墨烯改性环氧重防腐涂层。",
        "二、联系方式", "高新技术科：0518-86212345"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.source_line) for leaf in leaves] == [
        ("条斑紫菜精深加工及藻胆蛋白高值化提取与功能食品开发关键技术研究", "GY2601", None, 80, 2, 4),
        ("超薄精密不锈钢带材连续退火酸洗线智能控制系统研发", "GY2602", None, None, 3, 8),
        ("海上风电单桩基础长效防腐涂层材料研发", "GY2603", 50, 50, 3, 11)]


def test_a_plain_language_sheet_of_questions_and_clauses_naming_award_items() -> None:
    """A 明白纸: 一、为什么要报？——总体要求 / 三、每项给多少？——支持方式和强度 / 五、注意啥？——其他事项
    are the sections their formal names say (terms by class, rules, none a direction); a
    condition line whose clauses each name an award item (申报A的，…；申报B的，依托单位性质不限)
    tells each item its own rule, not every direction all of them."""
    text = "\n".join([
        "一、为什么要报？——总体要求", "　　聚焦现代煤化工和现代农牧业，支持关键技术攻关。",
        "二、今年报什么？——支持方向",
        "（一）重点研发项目（归口：科技创新股）",
        "1．煤制烯烃副产碳四高值化利用技术研发（WS2025ZD01）", "　　干什么：开展选择性加氢技术研究。",
        "（二）奖补项目（归口：成果转化股）",
        "1．技术合同交易后补助（WS2025JB01）", "　　补什么：企业购买技术成果的交易额。",
        "2．自治区级研发平台奖补（WS2025JB02）", "　　补什么：新获批的自治区级重点实验室。",
        "三、每项给多少？——支持方式和强度",
        "（一）重点研发项目：采取前资助方式；每项支持30万元至50万元；实施期限2年。",
        "（二）奖补项目：经审核认定后一次性兑现，每项最高20万元。",
        "四、谁能报？——申报条件",
        "（一）申报重点研发项目的，须由企业牵头，企业自筹资金与旗财政资助资金比例不低于1:1。",
        "（二）申报技术合同交易后补助的，须由企业牵头申报；申报自治区级研发平台奖补的，依托单位性质不限。",
        "五、注意啥？——其他事项", "　　1．同一单位本年度限报2项；", "　　2．本明白纸由旗科学技术局负责解释。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.funding_mode,
             leaf.enterprise_lead_only, leaf.matching_ratio) for leaf in leaves] == [
        ("WS2025ZD01", 30, 50, "前资助", True, 1), ("WS2025JB01", None, 20, None, True, None),
        ("WS2025JB02", None, 20, None, False, None)]


def test_a_list_typed_in_a_hurry_its_marks_changing_as_its_numbers_go_on() -> None:
    """1、… ⏎ 2.… ⏎ 4、… (the mark after the number changing, a number skipped): one list of
    directions, each with what is written under it — not 2. opening a deeper list under 1、."""
    text = "\n".join([
        "（一）玉米种业（责任股室：农村科技股）",
        "1、 杂交玉米新品种选育", "研究内容：开展耐密玉米新组合选育。", "支持额度：每项10-20万元。",
        "2.玉米制种全程机械化技术集成与示范", "研究内容：集成制种机械化技术。", "支持额度：不超过30万元。",
        "4、肉牛高效养殖技术示范", "研究内容：开展精准饲喂示范。", "实施期限：3年。",
        "（二)凹凸棒石新材料（责任股室：科技管理股）",
        "1.凹凸棒石基土壤调理剂研发", "研究内容：研究调理剂配方。",
        "2、 凹凸棒石提纯关键技术", "研究内容：研究提纯改性技术。", "实施期限：3年。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.period_years_max, leaf.office)
            for leaf in leaves] == [
        ("杂交玉米新品种选育", 20, None, "农村科技股"), ("玉米制种全程机械化技术集成与示范", 30, None, "农村科技股"),
        ("肉牛高效养殖技术示范", None, 3, "农村科技股"), ("凹凸棒石基土壤调理剂研发", None, None, "科技管理股"),
        ("凹凸棒石提纯关键技术", None, 3, "科技管理股")]


def test_directions_grouped_by_chain_take_the_terms_of_the_kind_their_group_names() -> None:
    """二、项目类型及支持方式 defines 强链类项目 / 补链类项目 (mode, who leads); under a chain the
    groups 1．强链方向 ⏎ （1）… and a title tagged …【补链】（code） name the kind each direction
    is, so it takes that kind's terms — and its grant, where the chain's 资助额度 names one for
    each kind (强链类项目每项…，补链类项目每项最高40万元)."""
    text = "\n".join([
        "二、项目类型及支持方式",
        "（一）强链类项目。重在提升优势环节。采取前资助方式；企业、高等院校、科研院所均可牵头申报。",
        "（二）补链类项目。重在突破薄弱环节。采取后补助方式；须由企业牵头申报。",
        "三、重点产业链支持方向",
        "（一）蔗糖产业链", "　　归口股室：科技管理股",
        "　　资助额度：强链类项目每项30万元至50万元，补链类项目每项最高40万元。",
        "1．强链方向", "（1）糖料蔗新品种引进筛选（GM2024-TL01）", "　　研究内容：引进甘蔗新品种。",
        "2．补链方向", "（1）甘蔗制糖节能降耗技术改造（GM2024-TL02）", "　　研究内容：开展在线监测。",
        "（二）坚果产业链", "　　归口股室：农村科技股", "　　资助额度：每项资助20万元。",
        "1．澳洲坚果提质增效技术示范【强链】（GM2024-JG01）", "　　研究内容：集成改接换代技术。",
        "2．澳洲坚果果壳资源化利用技术研究【补链】（GM2024-JG02）", "　　研究内容：研究果壳制炭。",
        "四、联系方式", "　　科技管理股：0883-6121234"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.funding_mode, leaf.enterprise_lead_only)
            for leaf in leaves] == [
        ("GM2024-TL01", 50, "前资助", False), ("GM2024-TL02", 40, "后补助", True),
        ("GM2024-JG01", 20, "前资助", False), ("GM2024-JG02", 20, "后补助", True)]


def test_a_table_of_guideline_entries_and_an_item_whose_rules_come_later() -> None:
    """条目编号 ⇥ 指南条目名称 ⇥ 主要研究内容及考核指标 ⇥ 备注: a table of directions (指南条目名称 is
    its title column), the terms after it theirs; 4．科技创新券。2021年度科技创新券申领与兑付办法
    另行通知。 is nothing to apply for yet."""
    text = "\n".join([
        "（一）科技攻关计划（归口科室：高新技术科）",
        "条目编号\t指南条目名称\t主要研究内容及考核指标\t备注",
        "DSQ21-GG01\t高纯氧化镁制备关键技术研究\t研究内容：研究低能耗煅烧技术。\t",
        "DSQ21-GG02\t低碳镁碳砖及新型结合剂开发\t研究内容：研究新型环保结合剂。\t须由企业牵头",
        "支持方式及强度：以上条目均采取前资助方式，每项支持30～50万元，实施期限2年。",
        "（二）科技奖补（归口科室：成果转化科）",
        "1．高新技术企业首次认定奖补。对首次通过认定的高新技术企业，给予一次性奖补10万元。",
        "2．科技创新券。2021年度科技创新券申领与兑付办法另行通知。",
        "四、申报程序", "（一）网上申报。申报单位登录系统填报申报书。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in leaves] == [
        ("高纯氧化镁制备关键技术研究", "DSQ21-GG01", 50, 2), ("低碳镁碳砖及新型结合剂开发", "DSQ21-GG02", 50, 2),
        ("高新技术企业首次认定奖补", None, 10, None)]


def test_a_table_whose_rows_tick_the_options_a_spanning_header_names() -> None:
    """支持方式 over 前资助 | 后补助, 牵头单位 over 企业 | 不限 (a header over two rows, as Word saves
    cells spanning two columns with their options in the row under them), each row ticking its
    options with √: a row's mode and lead rule are the options it ticks (both modes where it
    ticks both); a paragraph before the table saying the amount column gives caps makes its
    amounts caps."""
    text = "\n".join([
        "（一）重点研发专项（归口：科技发展股）",
        "表中“支持方式”“牵头单位”栏以“√”标示适用情形；“支持额度（万元）”栏所列金额为单个项目资助上限。",
        "序号\t方向代码\t方向名称\t支持方式\t牵头单位\t支持额度 （万元）", "",
        "序号\t方向代码\t方向名称\t前资助\t后补助\t企业\t不限\t支持额度", "",
        "1\tXY2026ZD01\t创新药物高端制剂关键技术研究\t√\t\t√\t\t80", "",
        "2\tXY2026ZD02\t热带海洋生物资源高值化利用\t√\t√\t\t√\t40", "",
        "四、申报程序", "（一）网上申报。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_mode, leaf.enterprise_lead_only, leaf.funding_min_wan,
             leaf.funding_max_wan) for leaf in leaves] == [
        ("XY2026ZD01", "前资助", True, None, 80), ("XY2026ZD02", "前资助、后补助", False, None, 40)]


def test_a_table_of_directions_with_group_rows_and_a_content_row_under_each() -> None:
    """序号 ⇥ 方向名称 ⇥ 支持方式 ⇥ 支持额度（万元） ⇥ 实施期限 ⇥ 牵头要求, then a group's row spanning
    the table ((一)…（归口：…）。本类…), each direction's row and under it a row spanning the
    table (主要内容：…。申报要求：…): the rows under each group row are that group's directions,
    read with the header above, and take the group's office and terms; what a content row says
    is its direction's own, whatever comes after it."""
    text = "\n".join([
        "三、支持方向及标准",
        "序号\t方向名称\t支持方式\t支持额度（万元）\t实施期限\t牵头要求", "",
        "（一）工业科技攻关项目（归口：高新技术股）。本类项目自筹资金与县财政资助资金比例不低于2:1。", "",
        "— 1 —", "",
        "1\t光伏组件回收拆解与材料高值化利用技术\t前资助\t50\t2年\t企业", "",
        "主要内容：研究退役光伏组件自动化拆解技术。", "",
        "2\t新能源汽车零部件轻量化成形技术\t前资助\t50\t2年\t企业", "",
        "主要内容：开展一体化压铸研究。申报要求：申报单位上年度研发费用不低于200万元。", "",
        "（二）农业科技创新项目（归口：农村科技股）。本类项目每个方向拟支持不超过2项。",
        "3\t茶叶机械化采摘与清洁化加工技术\t前资助\t20\t2年\t不限", "",
        "主要内容：研究机械化采摘技术。", "",
        "四、申报程序", "（一）申报时间。2023年3月15日至4月14日。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.office, leaf.funding_max_wan, leaf.min_rd_spend_wan, leaf.quota,
             leaf.matching_ratio) for leaf in leaves] == [
        ("光伏组件回收拆解与材料高值化利用技术", "高新技术股", 50, None, None, 2),
        ("新能源汽车零部件轻量化成形技术", "高新技术股", 50, 200, None, 2),
        ("茶叶机械化采摘与清洁化加工技术", "农村科技股", 20, None, 2, None)]


def test_directions_titled_down_the_left_column_of_a_borderless_table() -> None:
    """1．高端流程泵阀 ⇥ 研究内容：面向… ⏎ 智能设计与数字孪 ⇥ 长周期… ⏎ （LW25ZD01） ⇥ …: each
    direction's numbered title wrapped down a narrow left column beside its text (a PDF of a
    borderless two-column table): the title read whole, with its code, the text its own."""
    text = "\n".join([
        "一、支持方向", "（一）重点研发计划（归口科室：高新技术科）",
        "采取前资助方式，每项资助不超过50万元，实施期限2年。", "",
        "1．高端流程泵阀\t研究内容：面向石化、电力等流程工业对高端泵阀",
        "智能设计与数字孪\t长周期可靠运行的需求，研究流道优化设计方",
        "生运维技术研发\t法，开发全生命周期数字孪生运维平台。",
        "（LW25ZD01）\t考核指标：研制新产品不少于2项。",
        "支持额度：不超过80万元，拟支持1项。",
        "2．首台（套）装\t支持内容：对通过省级首台（套）装备认定的产品，",
        "备研制后补助\t按项目研发投入的20%给予补助。",
        "（LW25ZD02）\t实施期限：3年。",
        "二、申报程序", "（一）申报时间。2025年3月10日至3月31日。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.funding_max_wan, leaf.period_years_max, leaf.source_line)
            for leaf in leaves] == [
        ("高端流程泵阀智能设计与数字孪生运维技术研发", "LW25ZD01", 80, 2, 5),
        ("首台（套）装备研制后补助", "LW25ZD02", 50, 3, 10)]


def test_directions_written_as_captioned_key_value_boxes() -> None:
    """表1-1 ⏎ 要素⇥内容 ⏎ 方向名称⇥… ⏎ 指南编号⇥… ⏎ 资助额度⇥… — a .docx whose directions are
    two-column boxes with no heading: each box's name row is a direction, its other rows its
    fields (a cell wrapped onto a line opening with a tab too); 子方向 rows are its
    sub-directions, sharing the box's terms."""
    text = "\n".join([
        "三、支持方向及参数", "（一）重点研发项目（归口科室：高新技术科）",
        "　　本类项目采取事前资助方式，须由企业牵头申报。", "",
        "表1-1", "要素\t内容", "方向名称\t镍基高温合金精密铸件真空熔炼与定向凝固工艺",
        "指南编号\tPS2023ZD01", "研究内容\t研究真空感应熔炼纯净化控制、", "\t型壳高温强度调控技术。",
        "资助额度\t不超过500000元", "实施期限\t2年", "申报条件\t申报单位须为有效期内的高新技术企业",
        "申报条件\t申报单位2022年度研究开发费用支出须达到", "\t200万元（含）以上", "",
        "表1-2", "要素\t内容", "方向名称\t道地中药材精深加工关键技术", "指南编号\tPS2023ZD03",
        "子方向\t（1）人参稀有皂苷定向转化制备技术（PS2023ZD03-1）",
        "子方向\t（2）五味子木脂素高效提取纯化研究（PS2023ZD03-2）",
        "研究内容\t研究生物酶法转化人参皂苷。", "资助额度\t每个子方向不超过20万元", "实施期限\t2年", "",
        "（二）创新主体培育奖补（归口科室：科技成果与创新服务科）", "",
        "表1-3", "要素\t内容", "奖补事项\t首次认定高新技术企业奖补", "事项编号\tPS2023JB01",
        "奖补标准\t一次性奖补100000元", "",
        "四、申报程序", "　　申报单位登录系统填报。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.period_years_max,
             leaf.min_rd_spend_wan, leaf.qualifications) for leaf in leaves] == [
        ("PS2023ZD01", "高新技术科", 50, 2, 200, ["高新技术企业"]),
        ("PS2023ZD03-1", "高新技术科", 20, 2, None, []),
        ("PS2023ZD03-2", "高新技术科", 20, 2, None, []),
        ("PS2023JB01", "科技成果与创新服务科", 10, None, None, [])]


def test_an_attached_table_gives_each_direction_its_terms_by_code() -> None:
    """附件2 ⏎ …拟立项数及资助额度表 ⏎ 序号 | 计划类别 | 指南代码 | 拟立项数（项） | 单项资助额度（元） |
    备注: rows naming directions by code only, in their own order, give each its count and
    grant in the column's unit, and a 备注 its own ratio over its plan's."""
    text = "\n".join([
        "二、支持重点", "第一部分　科技支撑计划（归口股室：科技发展股）",
        "　　本计划项目采取前资助方式。自筹资金与市财政资助资金之比不低于1.5:1。",
        "1．高性能铝合金型材挤压工艺开发", "　　指南代码：QZK21-GY01", "　　研究内容：研究模具优化设计。",
        "2．磷石膏基胶凝材料制备技术", "　　指南代码：QZK21-GY02", "　　研究内容：研究胶凝材料配比。",
        "3．冷凉山区辣椒绿色高效栽培技术", "　　指南代码：QZK21-NY02", "　　研究内容：集成辣椒优良品种。",
        "三、有关说明", "　　（一）本指南由清镇市科学技术局负责解释。",
        "附件2", "清镇市2021年度科技计划项目拟立项数及资助额度表",
        "序号\t计划类别\t指南代码\t拟立项数（项）\t单项资助额度（元）\t备注",
        "1\t科技支撑计划\tQZK21-NY02\t1-2\t100000～150000\t",
        "2\t\tQZK21-GY01\t1\t500000\t",
        "3\t\tQZK21-GY02\t2\t不超过300000\t本方向自筹资金与市财政资助资金之比不得低于2:1"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota,
             leaf.matching_ratio) for leaf in leaves] == [
        ("QZK21-GY01", 50, 50, 1, 1.5), ("QZK21-GY02", None, 30, 2, 2),
        ("QZK21-NY02", 10, 15, 2, 1.5)]


def test_chain_directions_led_by_lettered_codes_take_the_common_terms_and_their_exceptions() -> None:
    """二、通用条款 ⏎ …单个项目州级财政资助不超过80万元；项目实施期限不超过2年；… ⏎
    每个攻关方向原则上支持1项。 and per chain 本链特别条款：CL-LK-02方向实施期限为18个月 over
    directions headed CL-LK-01　…: the code leads the heading, the count is every direction's,
    the chain's clause binds its coded direction only."""
    text = "\n".join([
        "一、编制说明", "　　各攻关方向设方向代码，格式为“CL-链别缩写-序号”。",
        "二、通用条款",
        "　　除各产业链“本链特别条款”另有规定外，本指南所列攻关方向统一适用以下条款：项目采取前资助方式；"
        "单个项目州级财政资助不超过80万元；项目实施期限不超过2年；项目须由企业牵头申报；",
        "每个攻关方向原则上支持1项。",
        "三、重点产业链攻关方向", "（一）锂矿及锂电材料产业链", "　　链主企业：甘孜州锂业开发有限责任公司",
        "　　本链特别条款：CL-LK-02方向实施期限为18个月；其余事项按通用条款执行。", "　　攻关方向：",
        "　　CL-LK-01　高海拔锂辉石矿绿色高效选矿技术", "　　研究内容：研究低品位矿石预选抛废。",
        "　　CL-LK-02　锂辉石提锂废渣资源化利用技术", "　　研究内容：研究锂渣中铝硅组分活化。",
        "四、申报要求", "　　申报单位须在州内注册。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title[:4], leaf.funding_max_wan, leaf.period_years_max,
             leaf.quota, leaf.enterprise_lead_only) for leaf in leaves] == [
        ("CL-LK-01", "高海拔锂", 80, 2, 1, True), ("CL-LK-02", "锂辉石提", 80, 1.5, 1, True)]


def test_each_row_of_a_directions_topic_table_is_a_leaf_with_its_grant_cap_and_ratio() -> None:
    """专项方向1：… ⏎ 实施期限… ⏎ 表1-1　…课题设置及经费表 ⏎ 课题 | 研究内容 | 财政经费（万元） |
    自筹经费（万元） ⏎ 课题1：…（YB24ZD0101） | … | 300 | 600: each 课题 is a leaf titled without
    its place, the 财政经费 a cap (表中“财政经费”为…上限), the 自筹经费 its ratio to it; 每个课题
    择优支持1项 in the general rules is each one's count."""
    text = "\n".join([
        "二、组织方式与通用规定",
        "　　（一）申报单元。课题是申报、评审和立项的基本单元，申报单位按课题申报，每个课题择优支持1项。",
        "　　（二）经费标准。表中“财政经费”为单个课题区财政资助的上限。",
        "三、专项方向及课题设置", "（一）智能网联新能源汽车领域（归口科室：产业科技科）",
        "专项方向1：高安全固态动力电池关键技术", "方向代码：YB24ZD01",
        "　　实施期限：2024年7月至2027年6月。", "　　牵头要求：须由企业牵头申报。",
        "表1-1　专项方向1课题设置及经费表", "课题\t研究内容\t财政经费（万元）\t自筹经费（万元）",
        "课题1：硫化物固态电解质规模化制备（YB24ZD0101）\t研究硫化物电解质低成本合成\t300\t600",
        "课题2：固态电池包热安全与成组技术（YB24ZD0102）\t研究热蔓延阻断\t200\t300",
        "四、申报条件", "　　申报单位须在渝北区注册。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.matching_ratio, leaf.quota, leaf.period_years_max) for leaf in leaves] == [
        ("硫化物固态电解质规模化制备", "YB24ZD0101", None, 300, 2, 1, 3),
        ("固态电池包热安全与成组技术", "YB24ZD0102", None, 200, 1.5, 1, 3)]


def test_directions_named_in_one_sentence_and_exceptions_by_class_and_place() -> None:
    """第三类 ⏎ 本类支持以下方向：A、B、C。 ⏎ 本类项目…每项资助50000元…: each name is a direction
    on that line, sharing its class's terms; （一）第一类第（2）项方向实施期限为18个月 binds that
    direction of the class its keyword and number name."""
    text = "\n".join([
        "三、支持类别与方向", "第一类　石墨新材料产业关键技术攻关",
        "　　支持方式：前资助", "　　实施期限：2年",
        "（1）高纯石墨提纯与杂质深度脱除技术——代码：HN2501", "　　攻关任务：研究高纯石墨提纯。",
        "（2）石墨尾矿综合利用与生态修复技术——代码：HN2502", "　　攻关任务：研究石墨尾矿利用。",
        "第三类　社会发展与民生科技",
        "　　本类支持以下方向：县域慢性病智能随访管理、农村生活污水低成本处理、寒地装配式农房节能改造。",
        "　　本类项目采取前资助方式，每个方向支持1项，每项资助50000元，实施期限不超过18个月。",
        "四、申报要求", "　　（一）第一类第（2）项方向实施期限为18个月。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.period_years_max, leaf.quota)
            for leaf in leaves] == [
        ("高纯石墨提纯与杂质深度脱除技术", None, 2, None),
        ("石墨尾矿综合利用与生态修复技术", None, 1.5, None),
        ("县域慢性病智能随访管理", 5, 1.5, 1), ("农村生活污水低成本处理", 5, 1.5, 1),
        ("寒地装配式农房节能改造", 5, 1.5, 1)]


def test_a_table_row_cut_after_a_comma_and_a_note_of_terms_under_the_table() -> None:
    """项目名称 | 支持内容 rows, one cut after a comma onto a line of its own, then 注：…牵头企业上
    年度用于研究开发的经费合计不少于50万元…除表中另有注明外，每个项目原则上立项1项。: every row is
    a direction, and the note's floor and count are each one's."""
    text = "\n".join([
        "二、支持重点", "（一）乡村振兴科技示范项目（受理科室：农村科技股）",
        "　　本类项目采取前资助方式，实施期限为2020年10月至2022年9月。",
        "表1　乡村振兴科技示范项目一览", "项目名称\t支持内容",
        "大黄鱼深远海养殖关键技术集成示范\t集成大黄鱼抗风浪网箱养殖技术；资助15万元。",
        "海带良种繁育与采收加工机械化技术示范\t选育耐高温海带新品系，研制海带采收、切割、烘干一体化装备，",
        "示范面积不少于500亩，采收效率提高3倍以上；资助10万元至15万元。",
        "坛紫菜良种选育与工厂化育苗\t开展坛紫菜优良品系选育；最高资助20万元，拟支持2项。",
        "　　注：表1所列项目均须由企业牵头申报；牵头企业上年度用于研究开发的经费合计不少于50万元；"
        "除表中另有注明外，每个项目原则上立项1项。",
        "三、申报要求", "　　申报单位须在霞浦县注册。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title[:4], leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota,
             leaf.min_rd_spend_wan) for leaf in leaves] == [
        ("大黄鱼深", 15, 15, 1, 50), ("海带良种", 10, 15, 1, 50), ("坛紫菜良", None, 20, 2, 50)]


def test_numbers_said_to_be_codes_and_a_contents_entry_wrapped_before_its_leader() -> None:
    """目　录 with an entry wrapped before its leader (…活态传承 ⏎ 技术……6), 方向编号即指南代码 and
    业务股室：… under each class: the contents fund nothing, each direction's number (A1) is its
    code and the class's office is its."""
    dots = "…" * 20
    text = "\n".join([
        "目　录", f"一、总体思路{dots}1", f"二．支持重点与方向{dots}1", f"（一）生态保护（A类）{dots}2",
        f"A1　金丝猴栖息地生境监测与种群保护技术{dots}2",
        "A2　神农架非物质文化遗产《黑暗传》数字化采集与活态传承", f"　　技术{dots}3",
        f"三、申报条件{dots}4", "",
        "一、总体思路", "　　围绕国家公园建设组织实施科技计划。",
        "二．支持重点与方向", "　　方向编号即指南代码，申报时须准确填写。",
        "（一）生态保护（A类）", "　　业务股室：农村科技股",
        "　　类别说明：A类项目采取前资助方式，每项资助80000元～150000元。",
        "A1　金丝猴栖息地生境监测与种群保护技术", "　　主要任务：开展川金丝猴种群动态监测。",
        "A2　神农架非物质文化遗产《黑暗传》数字化采集与活态传承技术", "　　主要任务：开展数字化采集。",
        "三、申报条件", "　　申报单位须在林区注册。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.code, leaf.office, leaf.funding_max_wan) for leaf in leaves] \
        == [(17, "A1", "农村科技股", 15), (19, "A2", "农村科技股", 15)]


def test_a_wechat_article_with_bold_labels_and_an_aside_marked_like_the_directions() -> None:
    """◆ 计划一｜… ⏎ **归口科室：**… ⏎ **本计划通用条款：** ⏎ · **支持方式：**… over ★ 方向01…
    directions, a ★ 温馨提示 between them, and 本方向设以下2个子方向，资助额度分别不超过60万元、50万元:
    bold labels are labels, the plan's terms block is no direction, the aside nests nothing and
    each sub-direction takes its own cap."""
    text = "\n".join([
        "▍二、支持方向及标准", "◆ 计划一｜核心技术攻关项目", "**归口科室：**高新技术科",
        "**本计划通用条款：**", "· **支持方式：**前资助，立项后一次性拨付", "· **实施周期：**24个月",
        "· **牵头要求：**非企业单位不得作为牵头单位", "",
        "★ 方向01　建筑陶瓷辊道窑氢能混烧低碳烧成关键技术", "**研究内容：**研究掺氢燃烧器结构设计。",
        "**资助额度：**最高不超过200万元", "**支持数量：**1项", "", "★ 温馨提示",
        "同一企业在计划一中只能选择1个方向申报。", "",
        "★ 方向02　泛家居产业数字化转型关键技术",
        "本方向设以下2个子方向，资助额度分别不超过60万元、50万元，每个子方向各支持1项。",
        "☆ 02-1　定制家居柔性排产与云端协同设计平台", "**研究内容：**研发柔性排产算法。",
        "☆ 02-2　陶瓷卫浴产品表面缺陷机器视觉智能质检系统", "**研究内容：**研究釉面成像技术。",
        "", "▍三、申报程序", "登录系统填报。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title[:4], leaf.office, leaf.funding_mode, leaf.period_years_max,
             leaf.funding_max_wan, leaf.quota, leaf.enterprise_lead_only) for leaf in leaves] == [
        ("建筑陶瓷", "高新技术科", "前资助", 2, 200, 1, True),
        ("定制家居", "高新技术科", "前资助", 2, 60, 1, True),
        ("陶瓷卫浴", "高新技术科", "前资助", 2, 50, 1, True)]


def test_a_prose_direction_states_its_own_floor_and_a_refusal_of_some_firms_keeps_it_open() -> None:
    """1．企业研发投入增量补助 ⏎ 对…企业，按…的10%给予补助…。申报企业上一年度享受研发费用加计扣除政策的
    研发支出不得少于150万元。 / 3．… ⏎ …上年度研发费用不足60万元的企业，本方向不予受理。: the
    paragraph's floors are the directions' own, and the refusal of some firms withdraws nothing."""
    text = "\n".join([
        "二、支持方向", "（一）企业研发后补助类",
        "　　本类项目全部采用后补助方式，补助对象为在蒙自市注册的企业。",
        "1．企业研发投入增量补助",
        "　　对上年度研发费用有增长的规模以上工业企业，按研发费用增量部分的10%给予补助，单个企业补助最高不超过50万元。"
        "申报企业上一年度享受研发费用加计扣除政策的研发支出不得少于150万元。",
        "2．科技型中小企业研发费用补助",
        "　　对评价入库的科技型中小企业，按上年度研发费用的5%给予补助，补助金额在3万元至20万元之间。",
        "　　上年度研发费用不足60万元的企业，本方向不予受理。",
        "三、申报程序", "　　登录系统填报。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.min_rd_spend_wan) for leaf in leaves] == [
        ("企业研发投入增量补助", 50, 150), ("科技型中小企业研发费用补助", 20, 60)]


def test_a_notices_general_items_state_each_bangs_terms_and_its_grant_as_a_share() -> None:
    """一、总体安排 ⏎ （三）财政支持。…财政资助不超过榜单金额的30%，单个榜单最高不超过300万元…采取
    “前资助+后补助”方式… ⏎ （七）揭榜数量。…每个榜单原则上只支持1个揭榜方。 over 榜单名称：… blocks
    with 榜单金额：…: the items are every 榜单's terms, and each one's most is 30% of its own amount
    under the cap."""
    text = "\n".join([
        "一、总体安排", "　　（一）发榜方式。由区内企业提出技术需求并承诺出资。",
        "　　（二）榜单金额。本通知所称榜单金额，是指发榜单位承诺投入的研发经费总额，不属于区财政资金。",
        "　　（三）财政支持。区财政给予揭榜方资助：财政资助不超过榜单金额的30%，单个榜单最高不超过300万元。"
        "资金采取“前资助+后补助”方式拨付。",
        "　　（四）揭榜主体。企业、高等院校、科研院所均可揭榜。",
        "　　（五）揭榜数量。每个榜单原则上只支持1个揭榜方。",
        "二、榜单清单", "（一）海洋科技领域",
        "榜单名称：深远海养殖工船舱养水体智能调控系统", "榜单编号：LS23-HY-01", "榜单金额：1200万元",
        "技术需求：研发舱养水体智能调控系统。",
        "榜单名称：海洋牧场生态环境原位在线监测浮标", "榜单编号：LS23-HY-02", "榜单金额：0.05亿元",
        "技术需求：研发原位在线监测浮标。",
        "三、联系方式", "　　区科技局：0532-8899XXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.funding_mode, leaf.quota,
             leaf.enterprise_lead_only) for leaf in leaves] == [
        ("LS23-HY-01", 300, "前资助、后补助", 1, False),
        ("LS23-HY-02", 150, "前资助、后补助", 1, False)]


def test_titles_with_a_colon_and_special_rules_by_a_straight_number() -> None:
    """1．…繁育：开展… / 2．…收获：筛选… paragraphs numbered straight through two classes, whose
    terms come last (四、支持方式 ⏎ （一）…自筹资金不少于县财政资助资金的一半。 ⏎ （三）特别规定：第2项方向
    实施期限为12个月；第3项方向须由企业牵头申报。): each title stops at its colon, 一半 is a ratio
    of 0.5, and each clause of the special rule binds the direction of that number."""
    text = "\n".join([
        "三、支持方向", "（一）农牧业科技创新类",
        "　　1．马铃薯脱毒种薯繁育：开展马铃薯茎尖剥离脱毒技术集成。拟支持2项，每项10万元。",
        "　　2．燕麦优质高产栽培与机械化收获：筛选适宜旱作区种植的高产燕麦品种。拟支持1项，资助经费80000元。",
        "（二）生态与社会发展类",
        "　　3．草原鼠虫害绿色防控技术示范：集成生物防控技术。拟支持1项，每项8万元。",
        "　　4．基层远程心电诊断技术应用：建设远程心电诊断平台。拟支持1项，每项6万元。",
        "四、支持方式",
        "　　（一）农牧业科技创新类项目采取前资助方式，项目实施期限不超过2年，企业、合作社均可牵头申报；"
        "申报单位自筹资金不少于县财政资助资金的一半。",
        "　　（二）生态与社会发展类项目采取前资助方式，项目实施期限不超过2年，企业、事业单位均可牵头申报。",
        "　　（三）特别规定：第2项方向实施期限为12个月；第3项方向须由企业牵头申报。",
        "五、申报程序", "　　登录系统填报。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.period_years_max, leaf.enterprise_lead_only, leaf.matching_ratio)
            for leaf in leaves] == [
        ("马铃薯脱毒种薯繁育", 2, False, 0.5), ("燕麦优质高产栽培与机械化收获", 1, False, 0.5),
        ("草原鼠虫害绿色防控技术示范", 2, True, None), ("基层远程心电诊断技术应用", 2, False, None)]


def test_a_class_table_cell_wrapped_onto_a_line_of_its_own() -> None:
    """表1 项目类别 | 支持方式 | 资助额度 | … | 其他要求, the A row's last cell too long for its
    column and saved on a line of tabs below it (…上年度研发费 ⏎ \\t\\t\\t\\t用不低于200万元…):
    the wrapped text is that cell's, and the B row after it is still a row of the same table."""
    text = "\n".join([
        "二、项目类别及支持标准", "　　各方向所属项目类别的支持标准见表1。",
        "表1　项目类别及支持标准",
        "项目类别\t支持方式\t资助额度\t实施期限\t其他要求",
        "A类（重点研发项目）\t前资助\t20～30万元/项\t2年\t牵头企业须为高新技术企业，上年度研发费",
        "\t\t\t\t用不低于200万元；企业自筹经费与财政资助比例不低于2:1",
        "B类（一般研发项目）\t前资助\t5～10万元/项\t1～2年\t自筹经费不低于财政资助额",
        "三、支持方向", "（一）生态工业领域",
        "1．金属制品绿色制造关键技术研究", "项目类别：A类", "研究内容：开展精密成型等关键技术研究。",
        "2．电子信息与工业互联网技术应用", "项目类别：B类", "研究内容：开展电子元器件研发。",
        "四、联系方式", "　　县科技局：0578-8XXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max,
             leaf.min_rd_spend_wan, leaf.matching_ratio) for leaf in leaves] == [
        (20, 30, 2, 200, 2), (5, 10, 2, None, 1)]


def test_a_bilingual_guideline_read_in_its_chinese() -> None:
    """English beside the Chinese: a line of English over each direction's Chinese heading, or
    both on one line, English before each label (Research content 研究内容：) and between a
    label and its colon (归口处室 Division in charge：…), the plan's English name before its
    numbered Chinese one, a paragraph's translation, RMB amounts: every direction found, titled
    and placed in Chinese, its plan's terms and office."""
    text = "\n".join([
        "Part III  Funding Directions", "第三部分　支持方向",
        "Programme 1  Key-Area R&D Programme  一、重点领域研发计划",
        "归口处室 Division in charge：科技创新处 Science and Technology Innovation Division",
        "Terms of support 支持方式：均可牵头申报；采取前资助方式，每项资助不超过RMB 5,000,000元；"
        "实施期限不超过36个月。",
        "Applicants may be enterprises, universities or institutes registered in the zone.",
        "Direction 1.1  Integrated Circuit Design and EDA Tools",
        "方向1.1　集成电路设计与EDA工具（指南编号：HQ2023-KA01）",
        "Research content 研究内容：", "　　研究先进工艺节点下的芯片设计方法。",
        "Direction 1.2  New Display and Smart Terminals  方向1.2　新型显示与智能终端（指南编号：HQ2023-KA02）",
        "Research content 研究内容：", "　　研究Micro LED新型显示材料与器件制备技术。",
        "Programme 2  Post-Subsidy and Awards  二、后补助与奖励",
        "2.1 R&D Investment Post-Subsidy  研发投入后补助",
        "归口处室 Division in charge：产业发展处",
        "　　对上年度研发投入不低于人民币200万元的规模以上工业企业，按增量的20%给予后补助，每家最高300万元。",
        "Part IV  Contacts", "第四部分　联系方式", "　　科技创新处：0756-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in leaves] == [
        ("集成电路设计与EDA工具", "HQ2023-KA01", "科技创新处", 500, 3),
        ("新型显示与智能终端", "HQ2023-KA02", "科技创新处", 500, 3),
        ("研发投入后补助", None, "产业发展处", 300, None)]
    assert leaves[-1].min_rd_spend_wan == 200


def test_a_ruled_class_table_whose_cells_wrap_over_lines() -> None:
    """| 类别 | 资助额度 | … | with a rule under every row and each row's cells wrapped over
    two or three lines (| A类（重点研 | 每项20～30 | … ⏎ | 发） | 万元 | …): the lines between
    two rules are one row, so each class's amount and lead rule reach the directions naming it."""
    text = "\n".join([
        "二、项目类别及支持方式", "　　各类项目的支持方式、资助额度和牵头要求按表1执行。",
        "表1　项目类别及支持方式",
        "| 类别        | 支持方式 | 资助额度   | 实施期限  | 牵头单位要求       |",
        "|-------------|----------|------------|-----------|--------------------|",
        "| A类（重点研 | 前资助   | 每项20～30 | 不超过2年 | 须由企业牵头申报， |",
        "| 发）        |          | 万元       |           | 牵头企业须为规上企 |",
        "|             |          |            |           | 业                 |",
        "|-------------|----------|------------|-----------|--------------------|",
        "| B类（产学研 | 后补助   | 每项不超过 | 不超过1年 | 企业、高校、科研院 |",
        "| 合作）      |          | 15万元     |           | 所均可牵头         |",
        "|-------------|----------|------------|-----------|--------------------|",
        "三、支持方向",
        "1．粮食烘干机节能降耗与智能控制技术研究（AL23A01）", "项目类别：A类",
        "研究内容：研究低温循环式粮食烘干机热风温湿度精准控制。",
        "2．功能性纺织面料及服装产品开发（AL23B01）", "项目类别：B类",
        "研究内容：开展功能性面料的后整理技术研究。",
        "四、联系方式", "　　市科技局：0712-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.funding_mode,
             leaf.enterprise_lead_only, leaf.qualifications) for leaf in leaves] == [
        ("AL23A01", 20, 30, "前资助", True, ["规上企业"]),
        ("AL23B01", None, 15, "后补助", False, [])]


def test_a_pdf_class_table_with_wrapped_rows_and_a_plan_declaring_its_class() -> None:
    """pdftotext -layout: 表1 over a blank line, a header, rows with blank lines between and a
    row's cells wrapped under their columns (前资助、分年 ⏎ 拨付  元  可联合…); a plan saying
    本计划项目除另有说明外，均为B类项目: its directions take the B row, the directions naming A
    the A row, whole."""
    text = "\n".join([
        "      二、项目类别与支持标准",
        "          各类项目的支持方式、单项资助强度、实施期限和牵头要求见表1。",
        "",
        "                        表1   项目类别及支持标准",
        "",
        "      类别    支持方式        单项资助强度        实施期限      牵头要求",
        "",
        "      A类     前资助、分年    100万元～200万      不超过3年     须由企业牵头，",
        "              拨付            元                                可联合高校、科研",
        "                                                                院所申报",
        "      B类     前资助          30万元～50万元      不超过2年     企业、高校、科研",
        "                                                                院所均可牵头",
        "",
        "      三、重大科技专项",
        "          1.新能源汽车电驱动总成关键技术研发（JZ21ZD01）",
        "          研究内容：开展电驱动总成集成设计研究。",
        "          项目类别：A类。",
        "      四、重点研发计划",
        "          本计划项目除另有说明外，均为B类项目，按表1中B类标准支持。",
        "          1.稻虾共作绿色高效种养关键技术集成与示范（JZ21YF01）",
        "          研究内容：开展小龙虾良种选育研究。",
        "      五、联系方式", "          市科技局：0716-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.funding_mode,
             leaf.period_years_max, leaf.enterprise_lead_only) for leaf in leaves] == [
        ("JZ21ZD01", 100, 200, "前资助、分年拨付", 3, True),
        ("JZ21YF01", 30, 50, "前资助", 2, False)]


def test_a_terms_table_by_plan_whose_name_wraps_and_whose_grant_is_a_clause() -> None:
    """表1 by 计划类别, set out with spaces, the last plan's name wrapped under its column
    (科技成果转化 ⏎ 引导计划) and each grant a clause (对成功揭榜并通过验收的项目，最高不超过200 万元),
    a paragraph after the table, a date after a page break (7 月 1 日至…): each plan's row is its
    directions' terms; the date opens no heading."""
    text = "\n".join([
        "    二、支持方式",
        "    各类计划的支持方式、资助额度和实施期限见表 1，项目方向另有规定的，从其规定。",
        "",
        "            表1  2026年度市级科技计划支持方式",
        "",
        "计划类别            支持方式        资助额度                  实施期限",
        "揭榜挂帅项目        后补助          对成功揭榜并通过验收      以榜单为准",
        "                                    的项目，最高不超过",
        "                                    200 万元",
        "科技成果转化        贷款贴息        按实际贷款利息的 50%      —",
        "引导计划                            贴息，单个企业年度",
        "                                    贴息额不超过 50 万元",
        "",
        "    揭榜挂帅项目的发榜金额为发榜企业向揭榜方支付的研发经费，不属于市财政资助资金。",
        "    一、揭榜挂帅项目",
        "    榜单1：碳化硅单晶衬底缺陷控制与大尺寸衬底制备技术",
        "    发榜金额：800 万元。",
        "    二、科技成果转化引导计划",
        "    贴息对象为 2025 年",
        "",
        "                                        - 4 -",
        "",
        "7 月 1 日至 2026 年 6 月 30 日期间用于科技成果转化的银行贷款利息。",
        "    （一）科技成果产业化项目贷款贴息",
        "    支持内容：支持企业实施自有成果产业化，对项目实施期间发生的银行贷款给予贴息。",
        "    （二）首台（套）重大技术装备推广应用贷款贴息",
        "    支持内容：支持企业推广首台（套）重大技术装备，对其银行贷款给予贴息。",
        "    三、申报要求", "    申报单位须在本市注册。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.group, leaf.funding_max_wan, leaf.funding_mode)
            for leaf in leaves] == [
        ("碳化硅单晶衬底缺陷控制与大尺寸衬底制备技术", None, 200, "后补助"),
        ("科技成果产业化项目贷款贴息", None, 50, "贷款贴息"),
        ("首台（套）重大技术装备推广应用贷款贴息", None, 50, "贷款贴息")]


def test_half_bracket_directions_over_half_bracket_indicators() -> None:
    """1）方向 ⏎ （a）子方向 ⏎ 考核指标： ⏎ 1）…； 2）…； 3）申请发明专利4件以上。: the indicators are
    numbered in the directions' own style, the last a short sentence — still the field's items;
    （a）1类创新药… opens with a figure and is a sub-direction; 不要求牵头单位具备高新技术企业资格
    frees it of the plan's qualification."""
    text = "\n".join([
        "一）重点领域研发计划（归口科室：高新技术科）",
        "　　本计划项目须由企业牵头申报，牵头企业须为有效期内的高新技术企业。项目采取事前资助方式。",
        "1）生物医药与高端医疗器械（PY26ZD03）",
        "　　支持创新药物和高端医疗器械研发。",
        "（a）1类创新药临床前研究（PY26ZD03A）",
        "研究内容：开展1类化学药的临床前研究。", "考核指标：",
        "1）完成临床前研究并提交临床试验申请；", "2）申请发明专利3件以上。",
        "资助金额：不超过300万元。",
        "申报要求：本子方向企业、高校均可牵头申报，不要求牵头单位具备高新技术企业资格。",
        "（b）腔镜手术机器人关键部件研发（PY26ZD03B）",
        "研究内容：研究腔镜手术机器人高精度机械臂。", "考核指标：",
        "1）机械臂末端定位精度≤0.5mm；", "2）完成型式检验；", "3）申请发明专利4件以上。",
        "资助金额：不超过200万元。",
        "2）第三代半导体功率器件封装与可靠性技术（PY26ZD02）",
        "研究内容：研究碳化硅功率模块封装工艺。", "考核指标：",
        "1）开发SiC功率模块产品2款以上；", "2）新增销售收入3000万元以上。",
        "资助金额：不超过200万元。",
        "二）联系方式", "　　高新技术科：020-XXXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.qualifications) for leaf in leaves] == [
        ("PY26ZD03A", 300, []), ("PY26ZD03B", 200, ["高新技术企业"]),
        ("PY26ZD02", 200, ["高新技术企业"])]


def test_a_supplementary_notice_after_the_guideline_amends_withdraws_and_corrects() -> None:
    """A 补充通知 pasted after the guideline: “3）…（DF2023-ZD03）”资助额度由每项50万元～100万元调整为
    每项100万元～150万元，拟支持数由2项调整为1项 (the direction quoted whole, heading and code);
    “3）…（DF2023-SF01）”…该方向不再受理申报; “4）…”的方向代码“DF2023-SF01”有误，更正为“DF2023-SF02”:
    the direction states the new terms, the withdrawn one is gone, the duplicated code corrected."""
    text = "\n".join([
        "一、支持方向", "一）重大科技专项（工业科技股）",
        "3）高强高导铝合金精深加工技术（DF2023-ZD03）",
        "　　研究内容：研究高强高导铝合金成分设计。",
        "　　资助额度：每项50万元～100万元。", "　　拟支持数：2项。",
        "二）重点研发专项（农村与社会发展股）",
        "3）少林文化数字化保护与文旅融合应用（DF2023-SF01）",
        "　　研究内容：开展历史建筑群数字化采集与保护研究。", "　　资助额度：每项20万元。",
        "4）煤矿采空区及矿山生态修复技术研究（DF2023-SF01）",
        "　　研究内容：研究采空区稳定性评价。", "　　资助额度：每项20万元。",
        "二、联系方式", "　　工业科技股：0371-XXXXXXXX", "",
        "关于《登封市2023年度科技计划项目申报指南》的补充通知",
        "各有关单位：",
        "　　一、调整一个方向的资助额度。《指南》“一）重大科技专项”中“3）高强高导铝合金精深加工技术"
        "（DF2023-ZD03）”资助额度由每项50万元～100万元调整为每项100万元～150万元，拟支持数由2项调整为1项，"
        "其他要求不变。",
        "　　二、取消一个方向。《指南》“二）重点研发专项”中“3）少林文化数字化保护与文旅融合应用"
        "（DF2023-SF01）”本年度不再单独设立，该方向不再受理申报。",
        "　　三、勘误。《指南》“二）重点研发专项”中“4）煤矿采空区及矿山生态修复技术研究”的方向代码"
        "“DF2023-SF01”有误，更正为“DF2023-SF02”。",
        "登封市科学技术局"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota)
            for leaf in leaves] == [("DF2023-ZD03", 100, 150, 1), ("DF2023-SF02", 20, 20, None)]


def test_year_coded_directions_under_class_groups_take_their_class_row() -> None:
    """2026A01　title led by a year-and-class code under （一）A类：科技重大专项, the terms in a 表1
    by 类别 | 项目名称 | … | 业务股室: each direction takes its class's row, office too."""
    text = "\n".join([
        "二、项目类别及资助标准",
        "　　各类项目的支持方式、资助额度、实施期限等按表1执行，支持方向另有规定的从其规定。",
        "表1　2026年度科技计划项目类别及资助标准",
        "类别\t项目名称\t支持方式\t资助额度（万元/项）\t实施期限\t牵头单位要求\t业务股室",
        "A类\t科技重大专项\t前资助、分年拨付\t50～100\t不超过3年\t须由企业牵头\t科技发展股",
        "B类\t重点研发计划\t前资助\t10～30\t不超过2年\t须由企业牵头\t科技发展股",
        "三、支持方向", "（一）A类：科技重大专项",
        "2026A01　再生铝及高性能铝合金精深加工关键技术", "　　研究内容：开展再生铝保级利用研究。",
        "（二）B类：重点研发计划",
        "2026B01　端午药市壮医药资源保护与壮药制剂开发", "　　研究内容：开展壮药制剂开发。",
        "四、联系方式", "　　科技发展股：0776-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max) for leaf in leaves] == [
        ("2026A01", "再生铝及高性能铝合金精深加工关键技术", "科技发展股", 50, 100, 3),
        ("2026B01", "端午药市壮医药资源保护与壮药制剂开发", "科技发展股", 10, 30, 2)]


def test_a_project_types_granting_items_and_a_type_announced_later() -> None:
    """项目类型三：… ⏎ （一）支持方向 ⏎ 1.…奖补 ⏎ 对…给予一次性奖补30万元。 ⏎ （二）支持方式 … — each
    granting item is a direction; 项目类型五 whose only words are 具体申报事项另行通知 is none."""
    text = "\n".join([
        "三、项目类型及支持方向",
        "项目类型一：科技创新平台奖补项目", "　　（一）支持方向",
        "　　1.新认定自治区级科技创新平台奖补",
        "　　对新获认定的自治区工程技术研究中心，给予依托单位一次性奖补30万元。",
        "　　2.新认定南宁市级科技创新平台奖补",
        "　　对新获认定的南宁市工程技术研究中心，给予依托单位一次性奖补10万元。",
        "　　（二）支持方式", "　　采取以奖代补方式，不设实施期限。",
        "　　（三）申报条件", "　　企业、高校、科研院所均可申报。",
        "项目类型二：科技特派员专项", "　　具体申报事项另行通知。",
        "四、申报程序", "　　（一）网上申报。申报单位登录系统填报。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.funding_mode) for leaf in leaves] == [
        ("新认定自治区级科技创新平台奖补", 30, "奖补"), ("新认定南宁市级科技创新平台奖补", 10, "奖补")]


def test_coded_topics_under_projects_and_groups_numbered_with_half_brackets() -> None:
    """项目一　…（项目编号：YC2019-01） ⏎ 课题YC2019-01-01　title (a keyword with its code), 项目二
    closed by its code and its office; （二）重点研发项目（B类） ⏎ 一）工业领域 ⏎ 方向YC2019-03-01　…:
    the 一） groups nest under （二）, whose class picks the B row."""
    text = "\n".join([
        "二、项目类别及支持方式", "表1  项目类别及支持方式",
        "项目类别\t支持方式\t单项资助额度\t实施期限\t牵头单位",
        "A类（重大科技专项）\t前资助\t50万元～100万元\t3年\t须由企业牵头",
        "B类（重点研发项目）\t前资助\t20万元～30万元\t2年\t不限",
        "四、指南方向", "（一）重大科技专项（A类）（归口科室：高新技术科）",
        "项目一　锂电新能源产业链关键技术攻关（项目编号：YC2019-01）", "　　项目类别：A类",
        "　　课题YC2019-01-01　高镍低钴三元正极材料制备关键技术", "　　研究内容：研究三元前驱体。",
        "项目二　樟树中医药传承创新关键技术研究（项目编号：YC2019-02）（归口科室：社会发展科）",
        "　　项目类别：A类",
        "　　课题YC2019-02-01　道地药材规范化种植与质量追溯技术", "　　研究内容：研究良种选育。",
        "（二）重点研发项目（B类）", "　　一）工业领域（归口科室：高新技术科）",
        "方向YC2019-03-01　有机硅及氟化工新材料开发", "　　研究内容：开发高性能硅橡胶。",
        "五、申报程序", "　　网上申报。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_min_wan, leaf.enterprise_lead_only)
            for leaf in leaves] == [
        ("YC2019-01-01", "高新技术科", 50, True), ("YC2019-02-01", "社会发展科", 50, True),
        ("YC2019-03-01", "高新技术科", 20, False)]


def test_tracked_changes_accepted_and_headings_glued_to_the_paragraph_before() -> None:
    """[删除：…] / [插入：…] left in a revised draft: read as accepted (a direction deleted whole
    is gone, one inserted whole is there, a changed number is the new one); a PDF copy gluing
    2.title（指南代码： onto the line ending the paragraph before, or the title cut there and its
    code closing the next line: each is a heading on that line."""
    tracked = "\n".join([
        "一、支持方向",
        "[删除：方向1：光伏组件回收与资源化利用技术研究]", "[删除：　　研究内容：开展退役光伏组件拆解研究。]",
        "方向[删除：2][插入：1]：汽车零部件轻量化与精密制造技术",
        "　　研究内容：开展汽车零部件轻量化设计研究。", "　　资助额度：每项资助[删除：8万元][插入：10万元]。",
        "[插入：方向2：农产品产地初加工与冷链保鲜技术]", "[插入：　　研究内容：开展预冷保鲜技术研究。]",
        "二、联系方式", "　　县科技局：0515-XXXXXXXX"])
    leaves = parse_document(tracked.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        ("汽车零部件轻量化与精密制造技术", 10), ("农产品产地初加工与冷链保鲜技术", None)]
    glued = "\n".join([
        "（一）先进制造领域",
        "1.海洋工程装备关键部件研发（指南代码：HY2023-GY01）",
        "研究内容：研究海洋工程装备关键部件设计制造技术，",
        "支持方式：拟支持不超过3项，每项资助不超过50万元。2.核电配套装备与关键材料（指南代码：",
        "HY2023-GY02）", "研究内容：围绕核电站主辅设备开展研究。",
        "支持方式：每项资助不超过30万元。3.精细化工清洁生产与本质安",
        "全技术（HY2023-GY03）", "研究内容：针对精细化工企业开展研究。",
        "（二）联系方式", "高新技术科：0535-XXXXXXX"])
    leaves = parse_document(glued.encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.code, leaf.title) for leaf in leaves] == [
        (2, "HY2023-GY01", "海洋工程装备关键部件研发"), (4, "HY2023-GY02", "核电配套装备与关键材料"),
        (7, "HY2023-GY03", "精细化工清洁生产与本质安全技术")]


def test_an_application_limit_is_no_quota() -> None:
    """（二）限项申报 ⏎ 同一单位作为牵头单位申报本指南课题不超过3项: how many one unit may file,
    not how many directions will be funded — the directions under it state no count."""
    text = "\n".join([
        "二、申报要求", "（一）限项申报",
        "　　1.同一单位作为牵头单位申报本指南课题（方向）不超过3项；",
        "　　2.每个依托单位推荐青年科学家项目不超过2项。",
        "三、支持方向", "（一）先进制造领域",
        "1．高端轴承精密加工技术（WZ2026-01）", "研究内容：研究高端轴承精密加工技术。",
        "资助额度：不超过100万元。",
        "2．智能电气关键部件研发（WZ2026-02）", "研究内容：研究智能断路器关键部件。",
        "资助额度：不超过80万元。", "拟支持数：2项。",
        "四、联系方式", "　　高新技术处：0577-XXXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.quota) for leaf in leaves] == [
        ("WZ2026-01", 100, None), ("WZ2026-02", 80, 2)]


def test_a_count_beside_an_application_limit_in_one_sentence() -> None:
    """本专项拟支持不超过4项，每个单位限报1项。 said for a plan: the count binds its directions, the
    limit beside it (another clause) does not replace it."""
    text = "\n".join([
        "一、重点研发专项", "　　本专项每个方向拟支持不超过4项，每个单位限报1项；采取前资助方式。",
        "1．高端轴承精密加工技术（WZ2026-01）", "研究内容：研究高端轴承精密加工技术。",
        "2．智能电气关键部件研发（WZ2026-02）", "研究内容：研究智能断路器关键部件。",
        "二、联系方式", "　　高新技术处：0577-XXXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.quota, leaf.funding_mode) for leaf in leaves] == [
        ("WZ2026-01", 4, "前资助"), ("WZ2026-02", 4, "前资助")]


def test_a_reading_before_its_attached_guideline_funds_nothing() -> None:
    """A 政策解读 page (问答, 亮点 restating amounts) whose guideline follows as 附件: only the
    guideline's directions are leaves; the reading's sections, however they state terms, are
    none."""
    text = "\n".join([
        "《云岭县2024年度科技计划项目申报指南》政策解读",
        "一、主要变化", "问：重点研发项目每项支持多少？", "答：每项资助不超过30万元，实施期限2年。",
        "二、三大亮点", "亮点一：提高支持强度", "　　重点研发项目单项最高资助由20万元提高到30万元。",
        "亮点二：首设研发后补助", "　　按研发费用增量的10%给予补助，最高50万元。",
        "附件", "云岭县2024年度科技计划项目申报指南",
        "一、重点研发项目",
        "1．高原特色茶叶精深加工技术", "研究内容：研发速溶茶粉加工工艺。", "资助额度：不超过30万元。",
        "2．野生菌保鲜与冷链物流技术", "研究内容：研究野生菌低温保鲜技术。", "资助额度：不超过20万元。",
        "二、联系方式", "　　科技局：0871-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        (13, "高原特色茶叶精深加工技术", 30), (16, "野生菌保鲜与冷链物流技术", 20)]


def test_titles_listed_under_terms_said_once_are_the_directions() -> None:
    """各方向仅列题目 … 方向题目如下： ⏎ （1）… ⏎ （2）…（本方向每项资助十万元）: each title is a
    direction taking the terms above it, a bracketed 本方向… note its own; （三）… after the list
    is the next heading, and a note after the last title is the list's."""
    text = "\n".join([
        "二、支持类别",
        "（一）重大项目",
        "1．高端装备关键零部件研发", "研究内容：研发精密传动部件。", "资助额度：50万元。",
        "（二）一般项目",
        "　　各方向仅列题目。各方向统一执行以下要求：",
        "　　1.资助方式：前资助；", "　　2.资助额度：每项资助三万元至八万元；",
        "　　3.申报主体：须由企业牵头申报。",
        "　　方向题目如下：",
        "　　（1）茶叶机械化采摘技术",
        "　　（2）竹木家具绿色涂装技术（本方向每项资助十万元至十五万元）",
        "　　（3）食用菌工厂化栽培技术（本方向企业、高等院校均可牵头申报）",
        "　　申报单位应在申报书中注明所属方向序号。",
        "（三）研发投入奖补",
        "　　对研发经费支出不低于500万元的企业，按增量部分的10%给予奖补，最高50万元。",
        "三、联系方式", "　　科技局：0591-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.title, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.funding_mode, leaf.enterprise_lead_only) for leaf in leaves] == [
        (3, "高端装备关键零部件研发", 50, 50, None, None),
        (12, "茶叶机械化采摘技术", 3, 8, "前资助", True),
        (13, "竹木家具绿色涂装技术", 10, 15, "前资助", True),
        (14, "食用菌工厂化栽培技术", 3, 8, "前资助", False),
        (16, "研发投入奖补", None, 50, "奖补", True)]


def test_a_typical_case_or_reading_under_a_direction_states_no_terms() -> None:
    """典型案例：2021年度某公司…获资助45万元 and 【解读】… under a direction are a reader's
    asides: the direction takes its class's 30万～50万元, not the case's grant."""
    text = "\n".join([
        "一、项目类别",
        "表1　项目类别与支持标准",
        "类别\t支持方式\t单项资助额度\t实施期限",
        "A类\t前资助\t30万～50万元\t不超过3年",
        "B类\t前资助\t10万～20万元\t不超过2年",
        "二、支持方向",
        "1．锂电池回收利用技术",
        "　　项目类别：A类",
        "　　研究内容：开展退役电池无损拆解技术研究。",
        "　　【解读】本方向往年单项资助多在40万元左右，实施期一般为2年。",
        "　　典型案例：2021年度，某材料公司实施的再生项目获市科技计划资助45万元，历时两年。",
        "2．特色果蔬保鲜技术",
        "　　项目类别：B类",
        "　　研究内容：研究果蔬低温保鲜工艺。",
        "　　往年案例：某合作社项目获资助12万元。",
        "三、联系方式", "　　科技局：0373-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in leaves] == [("锂电池回收利用技术", 30, 50, 3), ("特色果蔬保鲜技术", 10, 20, 2)]


def test_a_renewed_project_keeps_its_title_and_not_last_years_code() -> None:
    """（滚动支持） / （续期） after a title say how it is funded; 原项目编号：… is the code of the
    year it was first funded, not this direction's; 续期1年 is its period."""
    text = "\n".join([
        "一、滚动支持项目",
        "　　对上年度验收优秀的项目给予滚动支持，每项不超过30万元，采用前资助方式，续期1年。",
        "1．高压电缆绝缘料国产化研究（滚动支持）",
        "　　原项目编号：2024KJ05",
        "　　续期内容：开展绝缘料老化性能研究。",
        "2．电梯安全物联网监测系统研发（续期）",
        "　　指南代码：KJ2025G02",
        "　　续期内容：开展故障预测模型研究。",
        "二、联系方式", "　　科技局：0572-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in leaves] == [("高压电缆绝缘料国产化研究", None, 30, 1),
                                    ("电梯安全物联网监测系统研发", "KJ2025G02", 30, 1)]


def test_a_keyword_heading_wrapped_before_its_code() -> None:
    """方向3：…在海工装备中的 ⏎ 应用（指南代码：WD26GX03）: the colon after 方向3 ends no
    sentence; the title runs on to the line its code closes."""
    text = "\n".join([
        "一、重点研发专题",
        "方向1：海洋牧场智能投喂装备（指南代码：WD26GX01）",
        "　　研究内容：研发智能投喂装备。", "　　资助额度：不超过50万元。",
        "方向2：高性能纤维复合材料在海工装备中的",
        "应用（指南代码：WD26GX02）",
        "　　研究内容：开展复合材料成型工艺研究。", "　　资助额度：不超过80万元。",
        "二、联系方式", "　　科技局：0631-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title) for leaf in leaves] == [
        ("WD26GX01", "海洋牧场智能投喂装备"), ("WD26GX02", "高性能纤维复合材料在海工装备中的应用")]


def test_a_revision_said_in_words_reads_as_it_now_stands() -> None:
    """资助额度原为不超过40万元，现改为按A类标准执行 / 配套比例原为1:1，现改为不作硬性要求: what
    the value was is gone; the direction takes what it is now."""
    text = "\n".join([
        "一、项目类别",
        "类别\t支持方式\t资助额度\t实施期限",
        "A类\t前资助\t30万～50万元\t不超过3年",
        "B类\t前资助\t不超过15万元\t不超过2年",
        "　　注：B类项目自筹经费配套比例原为1:1，现改为不作硬性要求。",
        "二、支持方向",
        "方向1：工业软件与智能控制系统研发", "　　项目类别：A类",
        "　　研究内容：开发嵌入式控制系统。",
        "　　申报要求：拟支持1项。资助额度原为不超过40万元，现改为按A类标准执行。",
        "方向2：节能环保装备关键技术研发", "　　项目类别：B类",
        "　　研究内容：开展高效除尘技术研究。",
        "三、联系方式", "　　科技局：0515-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.matching_ratio)
            for leaf in leaves] == [("工业软件与智能控制系统研发", 30, 50, None),
                                    ("节能环保装备关键技术研发", None, 15, None)]


def test_terms_after_the_last_direction_for_directions_named_by_number() -> None:
    """以上方向1—3（方向2另有规定的除外）：… after direction 3 states the plan's terms for all
    three (direction 2 keeps its own cap); it is not direction 3's text alone."""
    text = "\n".join([
        "一、重大科技专项（高新技术股）",
        "1.新能源三轮车电驱动系统集成技术（指南代码：YS26ZD01）", "　　研究内容：研发电驱动桥。",
        "2.高端轴承精密制造技术（指南代码：YS26ZD02）", "　　研究内容：研究精密磨削工艺。",
        "　　资助额度：本方向资助不超过150万元。",
        "3.新型耐磨材料再制造技术（指南代码：YS26ZD03）", "　　研究内容：研究激光熔覆技术。",
        "　　以上方向1—3（方向2另有规定的除外）：项目须由企业牵头申报；每项资助50～100万元，"
        "采取前资助方式，项目实施期限不超过3年。",
        "二、联系方式", "　　科技局：0379-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max,
             leaf.enterprise_lead_only) for leaf in leaves] == [
        ("YS26ZD01", 50, 100, 3, True), ("YS26ZD02", None, 150, 3, True),
        ("YS26ZD03", 50, 100, 3, True)]


def test_a_closing_standard_by_direction_number_with_the_rest_and_exceptions() -> None:
    """三、支持标准 after the directions: 方向1—2：…, a single 方向3：后补助，最高50万元… (terms, not
    a heading), 其余方向：… for every direction no line named, and 另外，方向2…；方向4… — what
    those directions alone are told, over their range's terms and as their own."""
    text = "\n".join([
        "二、支持方向", "（一）产业技术创新计划（责任股室：高新技术股）",
        "方向1：高性能炭黑制备技术", "　　研究内容：研究炭黑反应炉结构优化。",
        "方向2：煤焦油深加工技术", "　　研究内容：开展煤焦油精制技术研究。",
        "方向3：重点新产品研发后补助", "　　支持对象：已实现销售的新产品。",
        "（二）农业与社会发展科技计划（责任股室：农村科技股）",
        "方向4：黄河滩区果蔬设施栽培技术", "　　研究内容：开展设施栽培技术研究。",
        "方向5：慢性病早期筛查技术推广", "　　研究内容：建立早期筛查模式。",
        "", "三、支持标准",
        "　　方向1—2：采取前资助方式，每项不超过30万元，实施期2年。须由企业牵头申报。",
        "　　方向3：后补助，最高50万元，按新产品研发实际投入的20%核定。",
        "　　其余方向：采取前资助方式，每项不超过10万元，实施期1—2年。",
        "　　另外，方向2涉及中试放大，实施期可延长至3年；方向4拟支持1项。",
        "", "四、联系方式", "　　高新技术股：0534-5321186"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.funding_mode, leaf.period_years_max,
             leaf.quota) for leaf in leaves] == [
        ("高性能炭黑制备技术", 30, "前资助", 2, None), ("煤焦油深加工技术", 30, "前资助", 3, None),
        ("重点新产品研发后补助", 50, "后补助", None, None),
        ("黄河滩区果蔬设施栽培技术", 10, "前资助", 2, 1), ("慢性病早期筛查技术推广", 10, "前资助", 2, None)]
    assert [("period_years_max" in leaf.inherited, "quota" in leaf.inherited)
            for leaf in leaves[1::2]] == [(False, False), (True, False)]


def test_a_page_foot_with_its_issuer_beside_the_number() -> None:
    """平潭综合实验区经济发展局　　　第 1 页 共 6 页 is a page's foot, so the title repeated
    under it is a running header: neither is a direction, and the group's terms after the
    break reach its directions."""
    header = "海坛区2020年度科技计划项目申报指南　　　　　　　　2020年3月"
    text = "\n".join([
        header, "",
        "一、科技重大专项（归口处室：科技创新处）",
        "　　支持方式：前资助。",
        "海坛区经济发展局　　　　　　　　　第 1 页 共 3 页", "", header, "",
        "　　资助额度：每项100万元～300万元。",
        "1．海上风电智能运维技术研究（指南代码：HT2020ZD01）", "　　研究内容：研究故障诊断技术。",
        "海坛区经济发展局　　　　　　　　　第 2 页 共 3 页", "", header, "",
        "2．海洋生物资源高值化利用技术（指南代码：HT2020ZD02）", "　　研究内容：研究活性物质提取。",
        "二、联系方式", "　　科技创新处：0591-XXXXXXX",
        "海坛区经济发展局　　　　　　　　　第 3 页 共 3 页"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.funding_mode)
            for leaf in leaves] == [("HT2020ZD01", 100, 300, "前资助"),
                                    ("HT2020ZD02", 100, 300, "前资助")]


def test_a_rule_for_milestone_funded_projects_binds_only_them() -> None:
    """（二）里程碑式补助项目按照…节点拨付 in the closing rules is for the directions funded by
    milestones; a direction funded otherwise (or whose mode is not said) is not made one."""
    text = "\n".join([
        "一、支持方向",
        "（一）重大科技攻关（高新科）",
        "　　支持方式：里程碑式补助。",
        "1．竹木新材料关键技术（LA23ZD01）", "　　研究内容：研究竹材改性技术。",
        "（二）社会发展科技（社会发展科）",
        "1．生物多样性监测技术（LA23SF01）", "　　研究内容：研究智能监测技术。",
        "　　资助额度：不超过20万元。",
        "二、申报条件",
        "　　（一）申报单位应为在本区内注册、具有独立法人资格的企事业单位。",
        "三、组织实施",
        "　　（一）项目评审采取网络评审与会议答辩相结合的方式，必要时开展现场考察。",
        "　　（二）里程碑式补助项目按照任务书约定的里程碑节点，经考核通过后分节点拨",
        "付资助资金。",
        "四、联系方式", "　　社会发展科：0571-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_mode) for leaf in leaves] == [
        ("LA23ZD01", "里程碑式补助"), ("LA23SF01", None)]


def test_a_terms_item_names_its_plan_with_level_and_kind_words() -> None:
    """（二）区社会发展科技项目。采取前资助方式… under 项目类型与支持标准 states the terms of the
    plan titled 专项二：社会发展科技 — the 区 before the name and 项目 after it are no part of it."""
    text = "\n".join([
        "一、项目类型与支持标准",
        "　　（一）区重大科技攻关项目。采取里程碑式补助方式，每项资助100万元—200万元。",
        "　　（二）区社会发展科技项目。采取前资助方式，每项资助5万元—15万元，实施周期不超过2年。",
        "二、支持方向",
        "专项一：重大科技攻关（高新科）",
        "方向1：竹木新材料关键技术（LA23ZD01）", "研究内容：研究竹材改性技术。",
        "专项二：社会发展科技（社会发展科）",
        "方向2：生物多样性监测技术（LA23SF01）", "研究内容：研究智能监测技术。",
        "方向3：慢性病远程监测技术（LA23SF02）", "研究内容：研发可穿戴监测设备。",
        "资助额度：每项5万元。",
        "三、联系方式", "　　社会发展科：0571-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max) for leaf in leaves] == [
        ("LA23ZD01", "里程碑式补助", 100, 200, None), ("LA23SF01", "前资助", 5, 15, 2),
        ("LA23SF02", "前资助", 5, 5, 2)]


def test_rows_numbered_in_brackets_under_a_table_row_are_its_sub_directions() -> None:
    """2 | 高端装备关键基础零部件 | 见子方向 | 2年 | 企业牵头 | 科技创新局 ⏎ （1） | … | 50万元 | | |:
    the bracketed rows are row 2's sub-directions (row 2 no leaf), their blank cells row 2's;
    三、支持方式与申报要求 before the table is a section of terms, no direction."""
    text = "\n".join([
        "一、支持重点", "　　具体方向见附表1。",
        "二、支持方式与申报要求",
        "　　（一）各类项目采取前资助方式。",
        "附表1",
        "序号\t方向名称\t支持额度\t实施周期\t牵头要求\t归口部门",
        "1\t新能源汽车电驱动系统关键技术攻关\t不超过100万元\t2年\t企业牵头\t科技创新局",
        "2\t高端装备关键基础零部件\t见子方向\t3年\t企业牵头\t经济发展局",
        "（1）\t精密行星减速器及伺服传动系统\t50万元\t\t\t",
        "（2）\t高性能液压密封件与特种轴承\t30万—50万元\t\t\t",
        "三、联系方式", "　　科技创新局：0510-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max,
             leaf.enterprise_lead_only, leaf.office) for leaf in leaves] == [
        ("新能源汽车电驱动系统关键技术攻关", None, 100, 2, True, "科技创新局"),
        ("精密行星减速器及伺服传动系统", 50, 50, 3, True, "经济发展局"),
        ("高性能液压密封件与特种轴承", 30, 50, 3, True, "经济发展局")]


def test_a_bracketed_note_on_how_a_figure_is_counted_hides_no_award_terms() -> None:
    """对上年度研发费用（…按照《…通知》（财税〔2015〕119号）规定的口径归集）在200万元以上的规模以上
    工业企业…给予奖补: the bracket says how the spend is counted; the floor, the firm and the
    qualification still read."""
    text = "\n".join([
        "一、支持方向",
        "（一）企业研发投入奖补",
        "　　对上年度研发费用（研发费用按照《财政部 国家税务总局 科技部关于完善研究开发费用税前加计"
        "扣除政策的通知》（财税〔2015〕119号）规定的口径归集）在200万元以上且较前一年度有所增长的"
        "规模以上工业企业，按研发费用增量部分的10%给予奖补，单个企业最高不超过30万元。",
        "（二）科技成果转化",
        "　　研究内容：推动成果转化。", "　　资助额度：不超过20万元。",
        "二、联系方式", "　　科技局：0751-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    award = leaves[0]
    assert (award.min_rd_spend_wan, award.qualifications, award.enterprise_lead_only,
            award.funding_max_wan) == (200, ["规上企业"], True, 30)



def test_an_attached_budget_form_funds_nothing_but_an_attached_list_is_the_directions() -> None:
    """附件2 ⏎ …经费预算表 ⏎ 预算科目 | 合计 | … ⏎ 二、间接费用: a form, no direction; 附件1 ⏎
    …支持方向一览表 ⏎ 序号 | 方向名称 | …: the directions."""
    form = ["附件2", "南雄市科技计划项目经费预算表", "单位：万元",
            "预算科目\t合计\t财政资助\t单位自筹\t备注",
            "一、直接费用\t\t\t\t", "1．设备费\t\t\t\t", "2．材料费\t\t\t\t",
            "二、间接费用\t\t\t\t", "合　计\t\t\t\t",
            "填表说明：间接费用不得超过直接费用扣除设备费后的20%。"]
    body = "\n".join([
        "一、支持方向", "1．特色农产品精深加工技术", "　　研究内容：研发加工工艺。",
        "　　资助额度：不超过20万元。", "二、联系方式", "　　科技局：0751-XXXXXXX", "", *form])
    assert [leaf.title for leaf in parse_document(body.encode(), "t.txt").leaves] == [
        "特色农产品精深加工技术"]
    listed = "\n".join([
        "一、支持方向", "　　具体方向见附件1。", "二、联系方式", "　　科技局：0751-XXXXXXX",
        "附件1", "南雄市2018年度科技计划支持方向一览表",
        "序号\t方向名称\t资助额度\t实施期限",
        "1\t特色农产品精深加工技术\t不超过20万元\t2年",
        "2\t稀土功能材料制备技术\t不超过50万元\t3年"])
    assert [(leaf.title, leaf.funding_max_wan)
            for leaf in parse_document(listed.encode(), "t.txt").leaves] == [
        ("特色农产品精深加工技术", 20), ("稀土功能材料制备技术", 50)]



def test_a_closing_terms_section_names_its_plans_by_other_words() -> None:
    """第二部分　支持方式与资金安排 ⏎ 一、市重点研发专项 ⏎ … ⏎ 二、科技惠民类 ⏎ …: each item states
    the terms of the plan titled 重点研发专项 / 科技惠民专项 (市 before, 专项 or 类 after the
    name), and neither item is a direction."""
    text = "\n".join([
        "第一部分　专项指南",
        "一、重点研发专项",
        "（一）风机关键零部件轻量化技术", "指南代码：GS19A01", "研究内容：研究叶轮轻量化设计。",
        "二、科技惠民专项",
        "（一）慢性病基层防治适宜技术", "指南代码：GS19B01", "研究内容：推广适宜技术。",
        "第二部分　支持方式与资金安排",
        "一、市重点研发专项",
        "采取前资助方式，单个项目资助30万元—50万元。项目实施期限一般为2年。",
        "二、科技惠民类",
        "采取后补助方式，每项补助不超过20万元。",
        "第三部分　联系方式", "科技局：0722-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan)
            for leaf in leaves] == [("GS19A01", "前资助", 30, 50), ("GS19B01", "后补助", None, 20)]


def test_items_under_a_list_intro_with_their_own_fields_are_headings() -> None:
    """支持方向： ⏎ 1.蔗糖…产业化 ⏎ 支持制糖企业… ⏎ 考核指标：… ⏎ 2.红木…: each numbered line with a
    description and its own 考核指标 is a direction (not one listed title whose list ends)."""
    text = "\n".join([
        "一、项目类别",
        "（一）科技成果转化与产业化计划（县科技局综合股负责）",
        "　　本类项目采取后补助方式，每项最高不超过50万元；项目实施期限不超过2年。",
        "　　支持方向：",
        "　　1.蔗糖精深加工及蔗渣综合利用技术产业化",
        "　　支持制糖企业开展精制糖和蔗渣制浆技术成果转化。",
        "　　考核指标：新增销售收入不低于1000万元。",
        "　　2.红木家具智能化加工技术产业化",
        "　　支持企业开展红木家具智能化加工技术成果转化。",
        "　　考核指标：形成新产品2个以上。",
        "　　3.面向东盟市场的特色农产品加工技术产业化",
        "　　支持企业开展木薯加工技术成果转化。本方向拟支持不超过2项。",
        "　　考核指标：开发出口新产品1个以上。",
        "二、联系方式", "　　综合股：0771-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.funding_max_wan, leaf.funding_mode, leaf.quota)
            for leaf in leaves] == [(5, 50, "后补助", None), (8, 50, "后补助", None),
                                    (11, 50, "后补助", 2)]


def test_an_overview_section_states_defaults_and_is_no_direction() -> None:
    """一、专项概况 ⏎ （一）…安排专项资金400万元 ⏎ （二）除各方向另有规定外，…采取前资助方式 ⏎
    （三）…实施期限为2年: an overview funds nothing itself; its defaults bind the directions."""
    text = "\n".join([
        "一、专项概况",
        "　　（一）专项资金由市本级财政安排，2023年度安排专项资金400万元，重点",
        "支持茉莉花产业和糖料蔗产业两个领域的2个方向。",
        "　　（二）除各方向另有规定外，专项项目采取前资助方式，资助资金分年度拨付：立项后",
        "拨付60%，通过中期检查后拨付其余40%。",
        "　　（三）除各方向另有规定外，项目实施期限为2年（2023年7月—2025年6月",
        "）。",
        "二、支持方向",
        "方向1：茉莉花优良品种选育技术研究", "　　研究内容：开展品种选育。", "　　支持额度：不超过30万元。",
        "方向2：糖料蔗机械化收获技术研究", "　　研究内容：研发收获机械。", "　　支持额度：不超过40万元。",
        "　　实施期限：3年。",
        "三、联系方式", "　　农村科技科：0771-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.funding_mode, leaf.period_years_max)
            for leaf in leaves] == [("茉莉花优良品种选育技术研究", 30, "前资助、分年拨付", 2),
                                    ("糖料蔗机械化收获技术研究", 40, "前资助、分年拨付", 3)]


def test_a_section_of_terms_and_solver_rules_before_the_lists_is_no_direction() -> None:
    """二、支持方式和揭榜要求 ⏎ …后补助…最高不超过150万元… ⏎ 三、榜单: a section of terms, not
    a list of its own."""
    text = "\n".join([
        "一、总体要求", "　　围绕产业需求发布技术榜单。",
        "二、支持方式和揭榜要求",
        "（一）区财政对成功揭榜并签订技术合同的项目，按发榜企业实际支付揭榜方金额的30%给予",
        "后补助，单个榜单补助最高不超过150万元，各榜单另有规定的从其规定。",
        "（二）每个榜单原则上只确定1个揭榜团队。攻关期限原则上不超过2年，各榜单另有规定的从",
        "其规定。",
        "三、榜单",
        "榜单1：铝基新材料精深加工技术（TSG2026-JB01）", "　　技术需求：研发高强铝合金。",
        "榜单2：海洋生物医药关键技术（TSG2026-JB02）", "　　技术需求：研发海洋药物。",
        "四、联系方式", "　　科技局：0779-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [leaf.code for leaf in leaves] == ["TSG2026-JB01", "TSG2026-JB02"]


def test_a_closing_terms_item_whose_name_holds_a_plan_word_stays_the_sections() -> None:
    """五、支持方式与资金安排 ⏎ （一）市重点研发专项。采取…: the item's 专项 makes it look like a
    plan of its own beside the section, yet it states the terms of 重点研发专项's directions."""
    text = "\n".join([
        "一、专项指南",
        "（一）重点研发专项（指南代码：GS19A）",
        "1.先进制造（指南代码：GS19A01）",
        "1.1风机关键零部件轻量化技术（指南代码：GS19A0101）", "研究内容：研究叶轮轻量化设计。",
        "（二）科技惠民专项（指南代码：GS19B）",
        "1.社会民生（指南代码：GS19B01）",
        "1.1慢性病基层防治适宜技术（指南代码：GS19B0101）", "研究内容：推广适宜技术。",
        "二、支持方式与资金安排",
        "（一）市重点研发专项。采取事前资助方式，单个项目资助30万元—50万元。",
        "（二）科技惠民类。采取事后补助方式，每项补助不超过20万元。",
        "三、联系方式", "　　科技局：0722-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan)
            for leaf in leaves] == [("GS19A0101", "前资助", 30, 50),
                                    ("GS19B0101", "后补助", None, 20)]


def test_a_direction_citing_a_class_in_quotes_takes_that_class_terms() -> None:
    """支持强度：执行第三部分“产业创新类”标准。 — a direction names, in quotes, the row of a
    closing table (or the item of a closing section) whose terms are its own by reference."""
    text = "\n".join([
        "第二部分　专项指南",
        "专项一　产业技术创新专项（指南代码：LQ01）",
        "子方向1　轴承精密锻造技术（指南代码：LQ0101）", "　　研究内容：研究精密锻造。",
        "　　支持强度：执行第三部分“产业创新类”标准。",
        "专项二　科技惠民专项（指南代码：LQ02）",
        "子方向1　慢病防治技术推广（指南代码：LQ0201）", "　　研究内容：推广适宜技术。",
        "　　支持强度：按第三部分“科技惠民类”规定执行。",
        "第三部分　支持方式与资金安排",
        "表1　项目支持方式一览表",
        "类别\t支持方式\t支持强度\t实施期限",
        "产业创新类\t前资助\t20万元—40万元/项\t不超过2年",
        "科技惠民类\t后补助\t不超过15万元/项\t24个月",
        "第四部分　其他事项", "　　联系电话：0635-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max) for leaf in leaves] == [
        ("LQ0101", "前资助", 20, 40, 2), ("LQ0201", "后补助", None, 15, 2)]


def test_a_direction_citing_a_closing_item_in_quotes_takes_its_terms() -> None:
    """支持强度：按第三部分“市重大专项”规定执行。 ⏎ … ⏎ 第三部分　支持方式与资金安排 ⏎ 一、市重大
    专项 ⏎ 采取…: the item is its terms, not a direction of its own; called by the start of the
    plan's name (重大科技专项), it states the terms of every direction of that plan."""
    text = "\n".join([
        "第二部分　项目指南",
        "一、重大科技专项", "指南代码：HX26A",
        "1.矿山破碎装备智能化关键技术", "指南代码：HX26A01", "研究内容：研究负载自适应控制。",
        "支持强度：按第三部分“市重大专项”规定执行。",
        "2.锂电池负极材料制备技术", "指南代码：HX26A02", "研究内容：研究硅碳负极。",
        "支持强度：本方向单项支持强度不超过500万元。",
        "二、科技惠民专项", "指南代码：HX26C",
        "1.基层医疗辅助诊断技术应用", "指南代码：HX26C01", "研究内容：部署辅助诊断。",
        "支持强度：按第三部分“科技惠民类”规定执行。",
        "第三部分　支持方式与资金安排",
        "一、市重大专项",
        "采取前资助与后补助相结合的方式。单项支持强度100万元—300万元。项目实施期限为3年。",
        "二、科技惠民类",
        "采取前资助方式，每项资助五万元至十五万元，项目实施期限为2年。",
        "第四部分　其他事项", "一、联系方式", "高新技术科：0373-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan)
            for leaf in leaves] == [("HX26A01", "前资助、后补助", 100, 300),
                                    ("HX26A02", "前资助、后补助", None, 500),
                                    ("HX26C01", "前资助", 5, 15)]


def test_a_class_row_called_by_a_shortened_plan_name_binds_that_plans_directions() -> None:
    """产业创新类 | 前资助 | … | 须为企业… for the plan 产业技术创新专项: the row states the terms
    of every direction of that plan, cited or not, and a rule naming the class binds them."""
    text = "\n".join([
        "第二部分　专项指南",
        "专项一　产业技术创新专项（指南代码：LQ01）",
        "子方向1　轴承精密锻造技术（指南代码：LQ0101）", "　　研究内容：研究精密锻造。",
        "　　支持强度：执行第三部分“产业创新类”标准。",
        "子方向2　低盐发酵技术（指南代码：LQ0102）", "　　研究内容：研究低盐发酵。",
        "　　支持强度：资助金额为150000元。",
        "专项二　乡村振兴科技专项（指南代码：LQ02）",
        "子方向1　小麦玉米高产技术集成（指南代码：LQ0201）", "　　研究内容：集成示范。",
        "第三部分　支持方式与资金安排",
        "表1　项目支持方式一览表",
        "类别\t支持方式\t支持强度\t实施期限\t牵头单位\t拟支持数量",
        "产业创新类\t前资助\t20万元—40万元/项\t不超过2年\t须为企业\t不限",
        "乡村振兴类\t后补助\t不超过30万元/项\t不超过2年\t不限\t每个子方向（未设子方向的方向）不超过2项",
        "　　产业创新类项目申报企业上年度研发费用支出不低于2000000元。",
        "第四部分　其他事项", "　　联系电话：0635-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_mode, leaf.funding_max_wan, leaf.enterprise_lead_only,
             leaf.min_rd_spend_wan, leaf.quota) for leaf in leaves] == [
        ("LQ0101", "前资助", 40, True, 200, None), ("LQ0102", "前资助", 15, True, 200, None),
        ("LQ0201", "后补助", 30, False, None, 2)]


def test_a_code_line_leads_an_unnumbered_title_and_a_closing_paragraph_is_the_topics() -> None:
    """专题1：… ⏎ 方向编号：HC01 ⏎ 新型疫苗研发（no number） ⏎ 研究内容：… — the code is the title's
    under it, the first of the 专题 too; 本专题拟支持3项，… after the last direction is the
    专题's terms, not that direction's."""
    text = "\n".join([
        "三、项目类别与支持方向",
        "专题1：生物医药与健康（归口科室：高新技术科）", "",
        "方向编号：HC2020ZD0101", "新型基因工程疫苗关键技术研发", "　　研究内容：开展疫苗抗原设计。", "",
        "方向编号：HC2020ZD0102", "高端医学影像设备核心部件研制", "　　研究内容：研制平板探测器。", "",
        "　　本专题拟支持不超过3项，单个项目资助额度为150万元～300万元，实施期限3年。",
        "专题2：海洋与生态环境（归口科室：社会事业科）", "",
        "方向编号：HC2020YF0401", "海湾生态修复关键技术", "　　研究内容：开展红树林保育。",
        "　　支持强度：本方向资助80万元。", "",
        "四、联系方式", "　　科技局：0592-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.funding_max_wan, leaf.quota) for leaf in leaves] == [
        ("HC2020ZD0101", "新型基因工程疫苗关键技术研发", 300, 3),
        ("HC2020ZD0102", "高端医学影像设备核心部件研制", 300, 3),
        ("HC2020YF0401", "海湾生态修复关键技术", 80, None)]


def test_year_led_bare_codes_lead_their_headings_and_list_terms_close_the_topic() -> None:
    """2018ZD-0101 alone above 1.…: the code of the heading under it (the first under its 专题
    too); 揭榜项目实施期限不超过2年。… after the last 榜单 is the 专题's, for every 榜单."""
    text = "\n".join([
        "一、重大科技专项",
        "专题一　模具产业关键共性技术（归口科室：高新技术科）",
        "2018ZD-0101", "1.大型注塑模具数字化设计技术", "　　研究内容：研究模流分析。",
        "2018ZD-0102", "2.薄壁包装高速注射模具研发", "　　研究内容：研究热流道。",
        "专题二　产业技术难题揭榜攻关（归口科室：高新技术科）",
        "2018JB-01", "榜单一：保险杠模具智能温控系统", "　　需求描述：研发温控系统。",
        "榜单金额：250万元",
        "2018JB-02", "榜单二：医药中间体连续流合成工艺", "　　需求描述：开发微反应工艺。",
        "榜单金额：400万元", "",
        "　　揭榜项目实施期限不超过2年。区财政按榜单金额的30%对揭榜单位给予补助，单个榜单补助最",
        "高不超过60万元（事后补助）。",
        "二、联系方式", "　　科技局：0576-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_mode, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in leaves] == [("2018ZD-0101", None, None, None),
                                    ("2018ZD-0102", None, None, None),
                                    ("2018JB-01", "后补助", 60, 2), ("2018JB-02", "后补助", 60, 2)]


def test_a_groups_own_count_is_each_directions_quota_but_not_a_shared_total() -> None:
    """本专题拟支持4项 (or 立项数量：… under the group) over directions that state no count: each
    direction's quota, from above; 本专项合计拟支持2项 and a plan's 拟立项30项左右 are not."""
    text = "\n".join([
        "一、重点研发计划",
        "　　2024年安排资金500万元，拟立项30项左右。",
        "专题一：社会发展",
        "　　支持方向：", "　　1、慢性病早期筛查技术应用", "　　2、水环境监测与污染溯源技术",
        "　　本专题拟支持4项，每项资助20万元，实施期限1年。",
        "专题二：对外合作",
        "　　本专题采取前资助方式，每项资助20万元。本专题合计拟支持2项。",
        "　　支持方向：", "　　1、中缅农业科技合作与示范", "　　2、沪滇科技协作成果转化",
        "专题三：现代农业",
        "　　立项数量：拟立项不超过3项",
        "1．柑橘良种选育技术", "　　研究内容：选育柑橘良种。",
        "2．茶叶精深加工技术", "　　研究内容：开发茶饮料。", "　　支持强度：本方向拟支持1项。",
        "二、联系方式", "　　科技局：0757-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.quota) for leaf in leaves] == [
        ("慢性病早期筛查技术应用", 4), ("水环境监测与污染溯源技术", 4),
        ("中缅农业科技合作与示范", None), ("沪滇科技协作成果转化", None),
        ("柑橘良种选育技术", 3), ("茶叶精深加工技术", 1)]


def test_a_class_cited_by_letter_from_a_terms_table_by_the_direction_or_its_plan() -> None:
    """支持方式：执行一览表A类标准 under a direction, or 本计划项目均按一览表C类标准支持 above it:
    the row of the 资助标准一览表 whose class it names is its terms."""
    text = "\n".join([
        "■ 二、资助标准一览表",
        "类别\t资助方式\t资助额度\t实施期限\t牵头要求",
        "A类（重点研发项目）\t前资助\t30～50万元\t2年\t须由企业牵头",
        "B类（一般研发项目）\t前资助\t10万元—20万元\t2年\t不限",
        "C类（成果转化项目）\t后补助\t不超过30万元\t1年\t须由企业牵头",
        "■ 三、支持方向",
        "◆ 1 重点研发计划（责任股室：高新技术股）",
        "1.1 钢铁材料深加工技术", "　　研究内容：开展深加工工艺研究。",
        "　　支持方式：执行一览表A类标准。",
        "1.2 新型电子元器件研发", "　　研究内容：开发电感元件。", "　　支持方式：执行一览表第B类标准。",
        "◆ 2 成果转化计划（责任股室：成果转化股）",
        "　　本计划项目均按一览表C类标准支持，补助资金在验收后一次性拨付。",
        "2.1 高校院所科技成果转化项目", "　　支持内容：企业引进科技成果实施转化。",
        "■ 四、联系方式", "　　科技局：0555-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_mode, leaf.funding_max_wan, leaf.enterprise_lead_only)
            for leaf in leaves] == [("钢铁材料深加工技术", "前资助", 50, True),
                                    ("新型电子元器件研发", "前资助", 20, False),
                                    ("高校院所科技成果转化项目", "后补助", 30, True)]


def test_bracketed_groups_a_class_in_a_heading_bracket_and_a_plan_name_with_a_mode_word() -> None:
    """【一】现代农业 is a group like （一）; 1.1 …（本节方向均执行一览表A类标准） names its directions'
    class; 计划设…、企业创新奖补三类 names a plan — no 奖补 for the directions of the others."""
    text = "\n".join([
        "■ 一、总则",
        "　　2021年度县科技计划设工业科技攻关计划、农业科技计划、企业创新奖补三类。",
        "■ 二、资助标准一览表",
        "类别\t资助方式\t资助额度\t实施期限\t申报主体",
        "A类（重点研发项目）\t前资助\t30万—50万元\t2年\t须由企业牵头",
        "B类（一般攻关项目）\t前资助\t不超过15万元\t2年\t不限",
        "■ 三、支持方向",
        "1 工业科技攻关计划（高新技术股）",
        "1.1 煤基新材料（本节方向均执行一览表A类标准）",
        "1.1.1 煤基碳材料制备技术（项目代码：SX21GY01）", "　　研究内容：开展针状焦研究。",
        "2 农业科技计划（农村股）",
        "【一】现代农业", "　　本类方向均执行一览表B类标准。",
        "▲ 设施蔬菜绿色生产技术示范", "　　研究内容：集成水肥一体化。",
        "【二】社会事业", "　　本类项目不设统一资助标准，资助额度根据评审意见确定。",
        "▲ 采煤沉陷区生态修复技术研究", "　　研究内容：开展土壤重构。",
        "■ 四、联系方式", "　　科技局：0561-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_mode, leaf.funding_max_wan, leaf.enterprise_lead_only)
            for leaf in leaves] == [("煤基碳材料制备技术", "前资助", 50, True),
                                    ("设施蔬菜绿色生产技术示范", "前资助", 15, False),
                                    ("采煤沉陷区生态修复技术研究", None, None, None)]


def test_a_phone_pages_table_hint_and_an_articles_list_of_other_articles() -> None:
    """（表格可左右滑动查看） between a 一览表's lead-in (…执行以下资助标准) and its header is a
    phone's hint, so the table still gives each class its terms; ● items under 往期推荐 after
    the guideline are the account's other articles, no directions."""
    text = "\n".join([
        "【二】资助标准一览表",
        "　　2026年度市科技计划项目按类别执行以下资助标准，支持方向中未作特别说明的，按所属类别执行。",
        "", "（表格可左右滑动查看）",
        "类别\t资助方式\t资助额度\t实施期限\t牵头要求",
        "第一类　重大科技专项\t前资助\t50万～100万元\t3年\t须由企业牵头",
        "第二类　重点研发项目\t前资助\t10万～20万元\t2年\t均可牵头",
        "【三】2026年度支持方向",
        "● 1 重大科技专项", "　　本专项执行一览表第一类标准。",
        "1.1 锂电池正极材料绿色制备技术", "　　研究内容：开展前驱体合成研究。",
        "● 2 重点研发计划", "　　本计划项目执行一览表第二类标准。",
        "2.1 建筑固废资源化利用技术", "　　研究内容：开发再生骨料。",
        "【四】联系方式", "　　科技局：0739-XXXXXXX",
        "来源：武冈市科学技术局", "", "▼", "往期推荐",
        "● 武冈市召开2026年全市科技工作会议", "● 喜报！我市12家企业通过高新技术企业认定",
        "阅读原文"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max,
             leaf.enterprise_lead_only) for leaf in leaves] == [
        ("锂电池正极材料绿色制备技术", 50, 100, 3, True), ("建筑固废资源化利用技术", 10, 20, 2, False)]


def test_a_listed_title_with_an_abbreviation_and_terms_after_the_list() -> None:
    """3.…挥发性有机物（VOCs）治理技术 is the list's third title (the bracket is part of it), and
    以上方向每项资助经费150000元，…，拟支持不超过3项。 gives each item 15万元 (the count's
    不超过 bounds no amount)."""
    text = "\n".join([
        "三、项目类别与支持方向", "专题4：海洋与生态环境（归口科室：社会事业科）",
        "　　支持方向：", "　　1.海湾生态修复与红树林保育关键技术", "　　2.近岸海域水质在线监测技术",
        "　　3.工业园区挥发性有机物（VOCs）治理与资源化利用技术",
        "　　以上方向每项资助经费150000元，采取事前资助方式，拟支持不超过3项。", "",
        "四、联系方式", "　　科技局：0592-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        ("海湾生态修复与红树林保育关键技术", 15), ("近岸海域水质在线监测技术", 15),
        ("工业园区挥发性有机物（VOCs）治理与资源化利用技术", 15)]


def test_list_numbers_an_ocr_read_as_the_letter_l() -> None:
    """（l）…, (l)… and l．… in a scanned page's text are list numbers 1, so the sub-direction
    they open is a heading of its own, not the tail of the title above."""
    text = "\n".join([
        "四、2020年度支持方向", "(一)工业领域（归口科室：高新技术科）", "1、煤化工及铝基新材料",
        "（l）煤基高端精细化学品制备关键技术", "指南编号：YC2020A01", "　　研究内容：开展催化剂研究。",
        "(2)铝基新材料精深加工技术", "指南编号：YC2020A02", "　　研究内容：开展铝合金研究。",
        "2、纺织服装新材料", "　　(l)功能性纺织纤维及面料开发", "　　研究内容：开发功能纤维。",
        "五、联系方式", "　　科技局：0370-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code) for leaf in leaves] == [
        ("煤基高端精细化学品制备关键技术", "YC2020A01"), ("铝基新材料精深加工技术", "YC2020A02"),
        ("功能性纺织纤维及面料开发", None)]


def test_table_rows_with_wrapped_cells_and_a_run_of_directions_after_a_sentence() -> None:
    """1 | 类 | 方向 | … ⏎ 考核指标：… ⏎ 2 | | 方向 | …: the line between two rows is the first
    row's wrapped cell, and the table goes on; 围绕…，重点支持以下方向：（1）…；（2）…。 names
    two directions after its opening words."""
    text = "\n".join([
        "二、支持重点和资助标准", "（一）产业科技创新项目", "　　支持方向见表1。",
        "表1　产业科技创新项目支持方向及资助标准",
        "序号\t项目类别\t支持方向\t主要内容\t支持方式\t资助额度（万元）\t实施期限",
        "1\t猕猴桃产业类\t猕猴桃新品种选育与良种繁育\t开展新品种选育。\t前资助\t10-15\t3年",
        "考核指标：选育新品系1个以上。",
        "2\t\t猕猴桃溃疡病绿色防控\t开展溃疡病监测预警研究。\t前资助\t8-10\t2年",
        "（二）社会发展科技项目",
        "　　围绕秦岭生态保护需求，重点支持以下方向：（1）秦岭北麓生态保护修复技术研究；（2）太白山道地"
        "中药材规范化种植。",
        "　　社会发展科技项目采取前资助方式，每项资助3万元至5万元。",
        "三、联系方式", "　　科技局：0917-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        ("猕猴桃新品种选育与良种繁育", 15), ("猕猴桃溃疡病绿色防控", 10),
        ("秦岭北麓生态保护修复技术研究", 5), ("太白山道地中药材规范化种植", 5)]


def test_a_run_of_directions_described_after_it_by_number() -> None:
    """…重点支持以下方向：（1）…；（2）…。 ⏎ 研究内容： ⏎ 方向（1）：重点开展…: both items are
    directions (the fields below are the run's), and 方向（N）：… says what item N is — no
    direction of its own."""
    text = "\n".join([
        "三、支持重点及方向", "（一）科技重大专项（科技创新股）",
        "　　科技重大专项聚焦主导产业链。2026年重点支持以下方向：（1）汽车零部件轻量化关键材料；"
        "（2）高原花卉种苗工厂化繁育。",
        "　　研究内容：",
        "　　方向（1）：重点开展高强铝合金在车身结构件中的应用研究，突破一体化压铸工艺。",
        "　　方向（2）：重点开展花卉种质资源收集评价，建设种苗工厂化繁育基地。",
        "　　支持方式：每个方向拟支持1项，单个项目资助100万～200万元。",
        "四、联系方式", "　　科技局：0871-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        ("汽车零部件轻量化关键材料", 200), ("高原花卉种苗工厂化繁育", 200)]


def test_a_note_under_a_direction_table_after_notes_naming_rows_is_no_direction() -> None:
    """注：1.… 2.序号1方向… 3.… 4.序号2方向拟支持1项。 ⏎ 5.“社会发展”类项目申报单位不限。: the
    notes under a table go on after those that name rows; the fifth is a note, no direction."""
    text = "\n".join([
        "三、项目类别与支持方向", "（一）重点研发项目",
        "表1　支持方向一览表",
        "序号\t项目类别\t支持方向\t支持方式\t资助额度",
        "1\t工业\t新型显示材料关键工艺技术\t前资助\t20万元",
        "2\t社会发展\t慢性病基层诊疗适宜技术推广\t前资助\t10万元",
        "注：1.资助额度为县财政对单个项目的资助额度。",
        "2.序号1方向拟支持不超过2项，申报企业上年度研发投",
        "入须不低于300万元。",
        "3.“现代农业”类项目企业、农民专业合作社、",
        "家庭农场、科研院所均可牵头申报，自筹经费与县财政资助经费比例不低于1:1。",
        "4.序号2方向拟支持1项。",
        "5.“社会发展”类项目申报单位不限。",
        "  考核要求：项目完成时须形成新产品、新工艺或技术规范等成果。",
        "四、联系方式", "　　科技局：028-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.quota) for leaf in leaves] == [
        ("新型显示材料关键工艺技术", 2), ("慢性病基层诊疗适宜技术推广", 1)]


def test_a_note_under_a_table_naming_a_class_binds_only_that_classs_rows() -> None:
    """注：1.重点研发项目须由企业牵头…；申报企业上年度研发投入不低于100万元… (wrapped over lines)
    under a table whose class cell is written on a block's first row: the rules bind that
    class's rows, not the 成果转化 or 创新平台 rows a later note rules for itself (its class
    in quotes: “创新平台项目”类项目…)."""
    text = "\n".join([
        "三、支持方向", "（一）工业科技计划",
        "表1　支持方向一览表",
        "序号\t项目类别\t支持方向\t支持方式\t资助额度",
        "1\t重点研发项目\t节能环保装备关键技术研发\t前资助\t不超过30万元",
        "2\t\t食品饮料精深加工关键技术\t前资助\t20万元",
        "3\t成果转化项目\t科技成果转移转化\t后补助\t最高20万元",
        "4\t创新平台项目\t新型研发机构培育\t后补助\t最高50万元",
        "注：1.重点研发项目须由企业牵头申报，可联合高校共同实施；申报企",
        "业上年度研发投入不低于100万元；企业自筹资金与县财政资助资金的比例不低于",
        "1:1。",
        "2.成果转化项目申报单位须为有效期内的高新技术企业。",
        "3.“创新平台项目”类项目企业、高校、科研院所均可申报，自筹经费与县财政资助经费",
        "比例不低于1:1。",
        "四、联系方式", "　　科技局：028-XXXXXXX"])
    circled = text.replace("注：1.", "注：①").replace("2.成果", "②成果").replace("3.“", "③“")
    for written in (text, circled):  # (the notes numbered 1. 2. 3. or ① ② ③)
        leaves = parse_document(written.encode(), "t.txt").leaves
        assert [(leaf.title, leaf.enterprise_lead_only, leaf.min_rd_spend_wan,
                 leaf.matching_ratio, leaf.qualifications) for leaf in leaves] == [
            ("节能环保装备关键技术研发", True, 100, 1, []),
            ("食品饮料精深加工关键技术", True, 100, 1, []),
            ("科技成果转移转化", True, None, None, ["高新技术企业"]),
            ("新型研发机构培育", False, None, 1, [])]


def test_fields_after_a_directions_last_coded_item_are_the_directions_for_every_item() -> None:
    """方向3（2020A03）：… ⏎ 课题1（2020A03-1）：… ⏎ its paragraph ⏎ 课题2… ⏎ 考核指标/实施年限/
    资助经费 after the last 课题: the 课题 are directions of their own (each has a code), and
    the fields after the last are their direction's, for each of them — not the last one's."""
    text = "\n".join([
        "一、重点研发计划", "（一）林产加工",
        "方向3（2020A03）：桉树人造板及林产化工产品精深加工",
        "　　支持林产加工企业围绕以下课题开展研究，申报单位须明确所申报的课题。",
        "　　课题1（2020A03-1）：无醛人造板绿色制造技术",
        "　　支持生物基胶黏剂替代脲醛树脂的无醛胶合板制造技术研究。（满足考核指标中的1、2）",
        "　　课题2（2020A03-2）：松脂深加工及林化新产品开发",
        "　　支持松香、松节油深加工技术研究与中试。（满足考核指标中的1、3）",
        "　　考核指标：（1）开发新产品1项以上；（2）申请发明专利1件；（3）建立示范线1条。",
        "　　实施年限：18个月。",
        "　　资助方式：前资助。",
        "　　资助经费：每个课题资助经费不超过20万元。",
        "方向4（2020A04）：特色农产品标准化生产",
        "　　支持香糯标准化种植技术研究。",
        "　　实施年限：2年。",
        "二、联系方式", "　　科技局：0770-XXXXXXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.funding_mode, leaf.period_years_max)
            for leaf in leaves] == [("2020A03-1", 20, "前资助", 1.5),
                                    ("2020A03-2", 20, "前资助", 1.5),
                                    ("2020A04", None, None, 2)]
    assert {"funding_max_wan", "period_years_max"} <= set(leaves[0].inherited)


def test_terms_announced_for_the_coded_items_above_are_each_items() -> None:
    """课题1… 考核指标 ⏎ 课题2… 考核指标 ⏎ 以上2个课题共同适用以下条款： ⏎ 实施年限/资助经费:
    each 课题 keeps its own indicators and takes the shared terms (not the last one alone)."""
    text = "\n".join([
        "一、锰产业", "方向2（2021A02）：电解锰渣无害化处理与资源化利用",
        "　　本方向设置以下2个课题，申报单位须明确所申报的课题。",
        "课题1（2021A02-1）：锰渣深度脱除技术", "　　支持锰渣中可溶性锰的浸出与回收技术研究。",
        "考核指标：建成示范工程1项。",
        "课题2（2021A02-2）：锰渣基免烧砖制备技术", "　　支持锰渣免烧砖配方设计研究。",
        "考核指标：形成企业标准1项。",
        "以上2个课题共同适用以下条款：",
        "实施年限：各课题均为2年。", "资助方式：前资助。", "资助经费：每个课题资助经费不超过40万元。",
        "二、联系方式", "　　科技局：0771-0000000"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.indicators, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in leaves] == [("2021A02-1", "建成示范工程1项。", 40, 2),
                                    ("2021A02-2", "形成企业标准1项。", 40, 2)]


def test_a_project_type_not_taken_this_year_is_no_direction() -> None:
    """项目类型3：… ⏎ 本年度不单独组织申报，按…通知执行。 ⏎ 申报条件 (the general section, its
    heading a bare label): the closed type funds nothing this year."""
    text = "\n".join([
        "计划二：成果转化计划", "项目类型1：企业科技成果转化项目", "方向1：锰酸锂正极材料中试",
        "主要内容：支持锰酸锂中试。", "资助经费：不超过30万元。",
        "项目类型2：科技特派员创新创业项目",
        "　　本年度不单独组织申报，按自治区科技厅有关通知执行。",
        "申报条件", "　　（一）申报单位应为在县境内注册的企事业单位。",
        "其他事项", "　　本指南由县科技局负责解释。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [leaf.title for leaf in leaves] == ["锰酸锂正极材料中试"]


def test_a_groups_requirements_item_naming_the_class_of_its_directions() -> None:
    """方向1：…。… ⏎ 方向2：…。… ⏎ 申报要求： ⏎ （2）本专题项目类别均为B类，执行表1相应支持标准；
    — the directions are of class B and take its row of the class table."""
    text = "\n".join([
        "三、项目类别及支持标准", "表1　项目类别及支持标准",
        "项目类别\t支持方式\t资助额度\t实施期限",
        "A类（重点项目）\t前资助\t20万～30万元\t不超过2年",
        "B类（一般项目）\t前资助\t5万～10万元\t不超过1年",
        "四、指南方向", "专题二：特色农业产业科技专项",
        "围绕指天椒全产业链发展，支持品种选育和精深加工关键技术研究。",
        "方向1：指天椒优良品种选育与标准化种植。支持开展地方种质资源收集保存与提纯复壮。",
        "方向2：指天椒精深加工与辣椒制品品质提升。支持开展辣椒酱发酵工艺标准化研究。",
        "申报要求：",
        "（1）选育类项目须有种质资源或品种选育工作基础；",
        "（2）本专题项目类别均为B类，执行表1相应支持标准；",
        "（3）本专题拟支持4项。",
        "五、联系方式", "　　科技局：0771-0000000"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in leaves] == [(5, 10, 1), (5, 10, 1)]


def test_class_paragraphs_by_letter_bind_the_table_rows_of_their_class() -> None:
    """A类（重大产学研合作项目）：…实施期限不超过3年。 ⏎ B类（…）：…申报单位须为规模以上工业企业… over
    a table whose 类别 column says A类 / B类: each row takes its own class's rules only."""
    text = "\n".join([
        "三、区级产学研合作与成果转化项目",
        "　　本类项目按支持方式和强度分为A、B两类，各方向所属类别见表2。",
        "　　A类（重大产学研合作项目）：须由企业牵头，采取前资助方式，每项资助100万元～200万元，"
        "企业自筹经费不低于区财政资助经费的2倍，实施期限不超过3年。",
        "　　B类（科技成果转化项目）：采取事后补助方式，每项最高不超过50万元；申报单位须为规模以上"
        "工业企业，上年度研发投入不低于200万元。",
        "表2　支持方向", "编号\t类别\t方向名称\t拟支持数量",
        "ZC2019-CX01\tA类\t新能源汽车关键零部件产学研协同攻关\t1项",
        "ZC2019-CX03\tB类\t电子信息领域科技成果转化\t不超过3项",
        "四、联系方式", "　　科技局：020-00000000"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.period_years_max, leaf.matching_ratio, leaf.min_rd_spend_wan,
             leaf.qualifications) for leaf in leaves] == [(3, 2, None, []),
                                                          (None, None, 200, ["规上企业"])]


def test_a_directions_own_table_keyword_row_code_led_title_and_a_cells_list() -> None:
    """Word tables saved as text: 子方向5-1 | 生猪… (the keyword and number alone in the first
    cell) is a heading; ZC2019-ZD01　5G+… is a code and a title starting with a digit; 考核指标 |
    1）… ⏎ 2）… ⏎ 实施期限 | 15个月 — the cell's list goes on, item 2 is no heading."""
    text = "\n".join([
        "一、重点研发计划",
        "ZC2019-ZD01\u30005G+工业互联网融合应用关键技术研究",
        "研究内容\t研究5G网络切片与边缘计算融合组网技术；",
        "资助额度\t不超过50万元",
        "方向5：畜禽水产绿色健康养殖关键技术",
        "资助额度\t本方向设2个子方向，每个子方向拟支持1项，每项资助10万元。",
        "子方向5-1\t生猪绿色健康养殖与重大疫病防控技术",
        "研究内容\t研究生猪精准饲喂技术。",
        "考核指标\t1） 化肥、农药使用量较常规生产减少15%以上；",
        "2） 建立全程机械化示范片500亩以上。",
        "实施期限\t15个月",
        "子方向5-2\t稻渔综合种养与水产品质量安全技术",
        "研究内容\t研究稻虾综合种养模式。",
        "二、联系方式", "　　科技局：0731-0000000"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        ("ZC2019-ZD01", "5G+工业互联网融合应用关键技术研究", 50),
        (None, "生猪绿色健康养殖与重大疫病防控技术", 10),
        (None, "稻渔综合种养与水产品质量安全技术", 10)]
    assert leaves[1].period_years_max == 1.25
    assert "500亩" in (leaves[1].indicators or "")


def test_a_wechat_posts_keycap_plans_emoji_bullets_and_circled_directions() -> None:
    """1️⃣ 2️⃣ plans of a 公众号 post (a style of their own, not the １．２． inside them), ㊀ ㊁
    directions after a plan's labelled terms nest in it, ✅ before a title is its bullet, and
    ▶️ titles after …以下2个领域👇 (the hand for a colon) are the directions it lists."""
    text = "\n".join([
        "三、支持方向",
        "1️⃣ 农业科技示范项目",
        "资助标准：每项补助10万元",
        "支持方式：前资助",
        "㊀ 蕲艾良种选育及标准化种植示范",
        "选育高产蕲艾新品种，建立示范基地200亩以上。",
        "㊁ 中药材林下生态种植技术示范",
        "开展林下仿野生种植技术示范。",
        "2️⃣ 科技成果转化",
        "１．企业科技成果转化及产业化",
        "支持内容：按技术交易额的30%核定补助，最高不超过20万元。",
        "２．首台（套）装备研发及推广应用",
        "支持内容：对首台（套）装备给予奖励，最高不超过30万元。",
        "3️⃣ 成果转化后补助",
        "资助标准：按技术合同成交额的20%给予补助，单个项目最高不超过30万元",
        "本类项目重点支持",
        "以下2个领域👇",
        "▶️ 蕲艾及中医药大健康",
        "▶️ 智能制造与电子信息",
        "每个领域拟支持不超过3项。",
        "4️⃣ 创新主体培育奖补",
        "支持方式：以奖代补",
        "✅ 高新技术企业认定奖励",
        "对首次通过认定的高新技术企业，一次性奖励100000元。",
        "四、联系方式", "　　科技局：0713-0000000"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        ("蕲艾良种选育及标准化种植示范", 10), ("中药材林下生态种植技术示范", 10),
        ("企业科技成果转化及产业化", 20), ("首台（套）装备研发及推广应用", 30),
        ("蕲艾及中医药大健康", 30), ("智能制造与电子信息", 30), ("高新技术企业认定奖励", 10)]


def test_an_h5_pages_bulleted_titles_and_class_notes_by_circled_number() -> None:
    """注：①A类项目申报企业…研发投入不低于100万元；②C类项目申报单位须为规模以上工业企业 binds
    each class's directions only; 🔹 titles after 本领域以下方向均为B类项目… are directions, the
    last before the next 2️⃣ plan too."""
    text = "\n".join([
        "一、申报类别及资助标准",
        "　　项目分A、B、C三类组织实施，各类项目支持标准见表1。",
        "　　表1　项目类别及支持标准",
        "类别\t支持方式\t资助额度\t实施期限",
        "A类（重点研发项目）\t前资助\t30～50万元\t不超过3年",
        "B类（一般研发项目）\t前资助\t5～15万元\t不超过2年",
        "C类（成果转化项目）\t后补助\t不超过20万元\t1年",
        "注：①A类项目申报企业",
        "上年度研发投入不低于100万元；",
        "②C类项目申报单位",
        "须为规模以上工业企业；",
        "二、重点支持方向",
        "1️⃣ 茶产业科技创新",
        "１．高山有机茶园绿色防控技术集成示范",
        "📌项目类别：A类",
        "研究内容：开展茶园绿色防控技术集成。",
        "２．茶叶智能化清洁化加工装备研制",
        "📌项目类别：B类",
        "研究内容：研制清洁化加工装备。",
        "2️⃣ 生态环保与绿色低碳",
        "本领域以下方向均为B类项目，",
        "每个方向拟支持1项，",
        "研究内容由申报单位结合实际提出。",
        "🔹农村生活污水分散式处理技术",
        "🔹森林火灾智能监测预警系统研发",
        "3️⃣ 科技成果转化",
        "１．企业科技成果转化及产业化",
        "📌项目类别：C类",
        "支持内容：按技术交易额的30%核定补助。",
        "三、联系方式", "　　科技局：0793-0000000"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.min_rd_spend_wan, leaf.qualifications) for leaf in leaves] == [
        ("高山有机茶园绿色防控技术集成示范", 100, []),
        ("茶叶智能化清洁化加工装备研制", None, []),
        ("农村生活污水分散式处理技术", None, []), ("森林火灾智能监测预警系统研发", None, []),
        ("企业科技成果转化及产业化", None, ["规上企业"])]


def test_a_plan_named_for_a_class_whose_row_names_it_in_the_second_column() -> None:
    """三、重大科技创新项目（A类） ⏎ …每个方向拟支持1项。 (a count, no terms of its own) over a
    table 计划类别 | 项目类别 | 资助方式 | 资助强度 …: its directions take the A类 row."""
    text = "\n".join([
        "一、项目类别及资助标准", "　　各类项目资助标准见表1。", "表1　项目类别及资助标准",
        "计划类别\t项目类别\t资助方式\t资助强度\t实施期限\t申报要求",
        "研发类\tA类（重大科技创新项目）\t前资助、分年拨付\t50万元～100万元\t不超过3年\t须由企业牵头",
        "研发类\tB类（重点研发项目）\t前资助\t不超过20万元\t不超过2年\t企业、高校均可牵头",
        "二、重大科技创新项目（A类）",
        "　　本类项目围绕主导产业关键核心技术需求实施。每个方向拟支持1项。",
        "1.高端聚烯烃催化剂制备关键技术研究",
        "研究内容：开展高活性茂金属催化剂及负载化技术研究。",
        "2.溴系阻燃剂绿色合成及产业化",
        "研究内容：开展溴化聚苯乙烯绿色合成工艺研究。",
        "三、联系方式", "　　科技局：0536-0000000"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max,
             leaf.enterprise_lead_only, leaf.quota) for leaf in leaves] == [
        (50, 100, 3, True, 1), (50, 100, 3, True, 1)]


def test_a_class_tables_rows_in_the_conditions_section_bind_their_class_not_every_direction() -> None:
    """二、申报条件 ⏎ …见表1 ⏎ 重点项目 | … | 牵头企业须为高新技术企业，研发费用不低于200万元: the
    row's rules are the 重点 class's, not rules of the conditions section for every direction."""
    text = "\n".join([
        "一、申报条件",
        "（一）申报单位应为在本市注册的独立法人单位。",
        "（二）项目分为重点项目和一般项目两类，各类项目的支持标准及申报主体要求见表1。",
        "表1　项目分类支持标准",
        "项目类别\t支持方式\t资助额度\t申报主体及条件",
        "重点项目\t前资助\t每项30万元～50万元\t须由企业牵头申报；牵头企业须为高新技术企业，"
        "上年度研发费用不低于200万元；自筹资金与财政资助比例不低于2:1",
        "一般项目\t前资助\t每项10万元～20万元\t企业、高校、科研院所均可牵头申报",
        "二、支持方向",
        "（一）工业攻关专项",
        "　　本专项项目类别为重点项目。",
        "1.新型建材关键技术研发",
        "研究内容：开展工业固废制备新型墙体材料技术研究。",
        "（二）农业示范专项",
        "　　本专项项目类别为一般项目。",
        "1.食用菌栽培技术集成与示范",
        "研究内容：开展食用菌品种筛选与工厂化栽培研究。",
        "三、联系方式", "　　科技局：0859-0000000"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.funding_max_wan, leaf.min_rd_spend_wan, leaf.qualifications,
             leaf.matching_ratio, leaf.enterprise_lead_only) for leaf in leaves] == [
        (50, 200, ["高新技术企业"], 2, True), (20, None, [], None, False)]


def test_a_directions_amount_for_its_sub_directions_is_nearer_than_the_class_its_group_names() -> None:
    """（二）… ⏎ 本领域各方向均为B类项目。 ⏎ 2.… ⏎ 本方向设2个子方向，每个子方向资助20万元。: the
    direction's amount is its sub-directions', not the B类 row's 10～30万元 its group chose."""
    text = "\n".join([
        "一、项目类别及支持标准",
        "　　各类项目的支持方式、资助额度和实施期限见表1。",
        "表1　项目类别及支持标准",
        "类别\t支持方式\t资助额度\t实施期限",
        "A类\t前资助\t每项50万元～100万元\t不超过3年",
        "B类\t前资助\t每项10万元～30万元\t不超过2年",
        "二、重点支持方向",
        "（一）现代农业（农村科技股）",
        "　　本领域各方向均为B类项目。",
        "1.苹果矮砧集约栽培技术集成示范",
        "研究内容：开展矮化自根砧木筛选和水肥一体化技术研究。",
        "2.食用菌产业关键技术研究",
        "　　本方向设2个子方向，每个子方向拟支持1项，资助20万元。",
        "（1）香菇优良菌株选育",
        "研究内容：选育适合本地袋料栽培的香菇新菌株。",
        "（2）菌渣资源化利用技术研究",
        "研究内容：开展菌渣制备有机肥技术研究。",
        "三、联系方式", "　　科技局：0398-0000000"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max, leaf.quota)
            for leaf in leaves] == [(10, 30, 2, None), (20, 20, 2, 1), (20, 20, 2, 1)]


def test_a_directions_table_after_a_class_table_is_read_as_directions() -> None:
    """表1 项目类别 | 资助方式 | … ⏎ A类 | … (terms by class) in 总则, then under a group 表2
    序号 | 项目名称 | 支持对象 | 补助标准 ⏎ 1 | …: 表2's rows are directions, not more class rows."""
    text = "\n".join([
        "一、总则", "　　各类项目的资助方式见表1。", "表1　项目类别及资助标准",
        "项目类别\t资助方式\t资助额度\t实施期限\t申报主体",
        "A类（重点研发项目）\t前资助\t30万元～80万元\t不超过2年\t须由企业牵头",
        "二、支持方向",
        "（一）产业关键技术攻关（A类）",
        "1．白酒固态发酵智能监测技术研究", "研究内容：开展发酵过程监测研究。",
        "（二）科技成果转化后补助",
        "　　本类项目实行后补助。具体支持对象、补助标准和申报条件见表2。",
        "表2　后补助项目一览表",
        "序号\t项目名称\t支持对象\t补助标准\t申报条件",
        "1\t研发投入后补助\t高新技术企业\t按研发费用增量的10%给予补助，最高不超过50万元\t研发费用不低于200万元",
        "2\t技术合同交易后补助\t购买科技成果的企业\t按成交额的20%给予补助，最高30万元\t支付金额不低于20万元",
        "三、申报程序", "　　网上申报。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        ("白酒固态发酵智能监测技术研究", 80), ("研发投入后补助", 50), ("技术合同交易后补助", 30)]


def test_a_spread_out_table_header_beside_page_footers_stays_a_header() -> None:
    """项　目 | 要　求 (a header cell's characters spread across it) over label | value rows,
    in a text whose pages end 第 N 页 共 5 页: neither is letter-spaced text to close up, and the
    rows stay the 专项's terms."""
    text = "\n".join([
        "第一部分　总体要求", "　　本年度安排资金2000万元。", "第 1 页 共 5 页",
        "第二部分　专项及支持方向", "专项一：重点产业关键核心技术攻关",
        "　　本专项各方向的支持要求见表1，方向中另有规定的，从其规定。", "第 2 页 共 5 页",
        "表1　专项一支持要求", "项\u3000目\t要\u3000求",
        "归口科室\t高新技术科", "资助额度\t每项20万元至50万元", "实施周期\t不超过24个月",
        "方向1.铝合金轻量化零部件精密成形技术", "①研究内容：研究铝合金半固态压铸技术。",
        "第 3 页 共 5 页",
        "方向2.页岩气伴生资源综合利用", "①研究内容：研究伴生资源高值化利用技术。",
        "第 4 页 共 5 页", "第三部分　申报程序", "　　网上申报。", "第 5 页 共 5 页"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.period_years_max, leaf.office)
            for leaf in leaves] == [
        ("铝合金轻量化零部件精密成形技术", 50, 2, "高新技术科"),
        ("页岩气伴生资源综合利用", 50, 2, "高新技术科")]


def test_a_class_rows_applicant_conditions_cell_names_the_qualification_required() -> None:
    """类别 | … | 申报单位条件 ⏎ A类 | … | 高新技术企业；研发费用不低于500万元: the cell says who
    may apply, so its directions require a 高新技术企业, as 申报主体：… would."""
    text = "\n".join([
        "第一部分　项目类别及支持标准", "　　各类别的支持标准见表1。",
        "表1　项目类别及支持标准",
        "类别\t资助方式\t单项资助额度\t申报单位条件",
        "A类（重大项目）\t前资助\t100万元～200万元\t高新技术企业；2023年度研发费用不低于500万元",
        "B类（重点项目）\t前资助\t30万元～50万元\t科技型中小企业",
        "第二部分　支持方向", "专项一　新能源",
        "方向1.1　风光储协同控制技术研究", "①研究内容：研究多时间尺度协同调度。", "②项目类别：A类。",
        "方向1.2　熔盐储热材料研制", "①研究内容：研制耐蚀合金材料。", "②项目类别：B类。",
        "第三部分　申报程序", "　　网上申报。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.qualifications, leaf.min_rd_spend_wan, leaf.funding_max_wan)
            for leaf in leaves] == [(["高新技术企业"], 500, 200), (["科技型中小企业"], None, 50)]


def test_an_awards_mark_with_no_one_named_is_its_rd_floor() -> None:
    """对上年度研发费用支出达到200万元以上、且较前一年度增长10%以上的，按增量部分的10%给予后补助:
    the mark an applicant must meet is the item's R&D floor, who applies being said above."""
    text = "\n".join([
        "一、科技成果转化奖补", "　　申报主体须为在本市注册的企业。",
        "1.企业研发投入增量补助",
        "对上年度研发费用支出达到200万元以上、且较前一年度增长10%以上的，按增量部分的10%给予后补助，"
        "单个单位最高不超过30万元。",
        "2.技术合同登记奖补",
        "对在我市登记的技术开发合同，按年度技术交易额的3%给予奖励，单个单位年度最高10万元。",
        "二、申报程序", "　　网上申报。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.min_rd_spend_wan, leaf.funding_max_wan) for leaf in leaves] == [
        (200, 30), (None, 10)]


def test_directions_word_numbers_with_a_keyword_read_as_headings() -> None:
    """方向1：⇥衣架…（LP26GY01） — Word's automatic numbering whose number text is 方向%1：
    (and 课题%1： under it), saved as text with the tab after the number."""
    text = "\n".join([
        "三、\t支持方向", "专项一\u3000衣架产业智能制造专项（工业科技股）",
        "方向1：\t衣架全自动注塑成型装备研发（LP26GY01）",
        "（1）研究内容：研发多腔模具快速换模技术。", "（2）资助金额：每项资助40万元。",
        "方向2：\t木竹衣架绿色加工关键技术（LP26GY02）", "本方向设2个课题，每个课题拟支持1项。",
        "课题1：\t木竹材高效干燥技术（LP26GY02-1）", "（1）研究内容：研究低能耗快速干燥工艺。",
        "课题2：\t水性涂装工艺研发（LP26GY02-2）", "（1）研究内容：研发水性涂料配方。",
        "四、\t申报程序", "网上申报。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code) for leaf in leaves] == [
        ("衣架全自动注塑成型装备研发", "LP26GY01"), ("木竹材高效干燥技术", "LP26GY02-1"),
        ("水性涂装工艺研发", "LP26GY02-2")]


def test_a_sections_directions_take_the_class_the_section_names() -> None:
    """第二节 现代农业 ⏎ 本节项目类别为B类，… over directions and their sub-directions: the B类 row
    of the class table is theirs."""
    text = "\n".join([
        "第一章 总则", "三、项目类别与资助标准", "　　各类别的资助标准见表1。",
        "表1 项目类别及资助标准", "类别\t资助方式\t资助额度\t实施期限",
        "A类\t前资助\t30～50万元\t不超过3年", "B类\t前资助\t10～20万元\t不超过2年",
        "第二章 产业关键技术研发计划", "第一节 先进制造",
        "本节项目类别为A类，均须由企业牵头申报。",
        "一、高端数控装备关键功能部件研发", "研究内容：开展高精度电主轴研究。",
        "第二节 现代农业", "本节项目类别为B类，由农村科技科归口管理。",
        "一、荷藕种质创新与全产业链关键技术研究", "本方向设2个子方向。",
        "（一）荷藕优异种质挖掘与新品种选育", "研究内容：收集保存荷藕种质资源。",
        "（二）荷藕精深加工技术研究", "研究内容：开发荷藕精深加工产品。",
        "二、稻虾综合种养技术集成示范", "研究内容：集成稻虾共作技术。",
        "第三章 申报程序", "网上申报。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title[:6], leaf.funding_max_wan, leaf.period_years_max) for leaf in leaves] == [
        ("高端数控装备", 50, 3), ("荷藕优异种质", 20, 2), ("荷藕精深加工", 20, 2),
        ("稻虾综合种养", 20, 2)]


def test_a_count_a_group_or_section_states_in_a_sentence_is_each_directions() -> None:
    """第一节 … ⏎ 本节拟支持不超过5项。 / 一、茶产业 ⏎ 本组拟支持3项。: each direction under them
    that states no count of its own takes it."""
    text = "\n".join([
        "第二章 产业关键技术研发计划", "第一节 先进制造", "本节拟支持不超过5项。",
        "一、高端数控装备关键功能部件研发", "研究内容：开展高精度电主轴研究。",
        "第二节 现代农业", "一、茶产业", "本组拟支持3项。",
        "（一）茶树良种繁育技术研究", "研究内容：开展良种选育研究。",
        "（二）红茶精深加工技术", "研究内容：研究红茶发酵品质调控。", "拟支持1项。",
        "第三章 申报程序", "网上申报。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title[:6], leaf.quota) for leaf in leaves] == [
        ("高端数控装备", 5), ("茶树良种繁育", 3), ("红茶精深加工", 1)]


def test_classes_of_plans_under_a_directions_section_and_a_class_that_is_its_own_direction(
        ) -> None:
    """四、重点支持领域和方向 ⏎ 第一类… ⏎ 第二类…: the classes nest there, and 五、申报条件 after
    them is no class's; 第二类 with only a paragraph that grants, beside 第一类 holding
    directions, is applied to itself. A grant and a period written on after the indicators
    with 一般 are the direction's own; a yearly cap on what one firm receives binds none."""
    text = "\n".join([
        "某市2013年科技发展计划项目申报指南", "一、指导思想", "　　以科学发展观为指导。",
        "二、重点支持领域和方向", "第一类　科技攻关计划", "　　支持关键共性技术研究。",
        "（一）工业科技攻关（高新技术科）",
        "1．海洋工程装备关键技术", "　　主要研究内容：船舶配套技术。", "　　考核指标：新产品2项。",
        "　　医疗卫生机构、企事业单位均可申报。资助经费一般不超过3万元/项，研究期限一般为1—2年。",
        "2．新型建筑材料技术", "　　主要研究内容：墙体材料。", "　　资助经费5—8万元/项。",
        "第二类　软科学研究计划（计划科）",
        "　　围绕经济社会发展开展研究。申报单位不限。资助经费一般为1—2万元/项，研究期限一般为1年。",
        "三、申报条件", "　　（一）申报单位须为独立法人。",
        "　　（二）同一企业同一年度享受区级科技奖补资金原则上不超过300万元。",
        "四、其他事项", "　　联系电话：1234567。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max,
             leaf.funding_mode) for leaf in leaves] == [
        ("海洋工程装备关键技术", None, 3, 2, None), ("新型建筑材料技术", 5, 8, None, None),
        ("软科学研究计划", 1, 2, 1, None)]
    assert leaves[0].plan == "科技攻关计划"


def test_a_jiebang_list_in_a_table_of_needs_takes_its_class_terms() -> None:
    """需求编号 | 需求名称 | … | 市财政支持 | … | 揭榜方要求 rows, a 市财政支持 cell naming only the
    class (B类) or citing it (按通知第一条A类标准支持): each 榜单 a direction with its class's
    terms; the classes defined in 一、榜单类别与支持方式 are no 榜单; 揭榜方要求 | 不限 lets anyone
    take it up."""
    text = "\n".join([
        "某市2024年度揭榜挂帅技术需求榜单", "一、榜单类别与支持方式",
        "（一）榜单类别。本年度榜单分为以下两类：",
        "1. 重大榜（A类）。市财政按技术合同实际成交额的20%给予支持，单个榜单最高不超过300万元。",
        "2. 重点榜（B类）。市财政按技术合同实际成交额的25%给予事后补助，单个榜单最高不超过100万元。",
        "二、技术需求榜单",
        "需求编号\t需求名称\t发榜单位\t需求内容\t榜单金额\t市财政支持\t实施周期\t揭榜方要求",
        "JB2024-01\t单晶金刚石高速生长技术\t某超硬材料公司\t提升生长速率。\t800万元\t"
        "A类 按通知第一条A类标准支持\t36个月\t须由企业牵头揭榜。",
        "JB2024-02\t金刚石线锯超细母线工艺\t某金刚石制品公司\t开发超细母线。\t300万元\tB类\t"
        "24个月\t不限。",
        "JB2024-03\t再生铝熔体在线除杂技术\t某铝业公司\t在线除杂。\t200万元\t"
        "按通知第一条B类标准支持\t24个月\t具备中试条件。",
        "三、揭榜条件",
        "（一）揭榜单位应为企业、高等院校或科研院所，均可单独或组成联合体揭榜。",
        "四、联系方式", "联系电话：1234567。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.funding_mode, leaf.enterprise_lead_only)
            for leaf in leaves] == [
        ("单晶金刚石高速生长技术", 300, None, True),
        ("金刚石线锯超细母线工艺", 100, "后补助", False),
        ("再生铝熔体在线除杂技术", 100, "后补助", False)]


def test_a_bilingual_zone_guideline_is_read_in_chinese() -> None:
    """A free-trade zone's guideline in Chinese and English: each heading and label followed by
    its English, each paragraph by its translation; classes defined under 支持类别与标准 as
    A类 重大攻关项目 Category A: … and named by the directions (项目类别 Category：A类)."""
    text = "\n".join([
        "临港新片区2025年度科技创新项目申报指南",
        "一、支持类别与标准 I. Support Categories and Standards",
        "　　申报方向标注的项目类别按下列标准执行。",
        "　　The project category indicated for each area is subject to the following standards.",
        "A类 重大攻关项目 Category A: Major Breakthrough Projects",
        "　　资助方式 Funding mode：事前资助，分年度拨付",
        "　　Upfront funding, disbursed in annual instalments",
        "　　支持强度 Funding：每项200万元—500万元",
        "　　RMB 2–5 million per project",
        "　　实施周期 Duration：不超过3年 No more than 3 years",
        "B类 产业化应用项目 Category B: Commercialisation Projects",
        "　　资助方式 Funding mode：事后补助 Post-completion subsidy",
        "　　支持强度 Funding：最高100万元 Up to RMB 1 million",
        "二、申报方向 II. Application Areas",
        "（一）集成电路 Integrated Circuits",
        "1. 先进封装用关键材料研发 R&D of Key Materials for Advanced Packaging",
        "指南代码 Code：LG25-IC-01",
        "项目类别 Category：A类 Category A",
        "研究内容 Scope：开展底部填充胶等关键材料研发。",
        "Develop key materials such as underfill for advanced packaging.",
        "2. EDA工具国产化验证 Validation of Domestic EDA Tools",
        "指南代码 Code：LG25-IC-02",
        "项目类别 Category：B类 Category B",
        "研究内容 Scope：开展国产EDA工具全流程验证。",
        "Carry out full-flow validation of domestic EDA tools.",
        "三、联系方式 III. Contact", "电话 Tel：021-12345678"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.funding_mode, leaf.period_years_max) for leaf in leaves] == [
        ("先进封装用关键材料研发", "LG25-IC-01", 200, 500, "前资助、分年拨付", 3),
        ("EDA工具国产化验证", "LG25-IC-02", None, 100, "后补助", None)]


def test_terms_in_an_appended_class_table_a_count_beside_a_divided_sibling_and_a_closed_item(
        ) -> None:
    """附表 ⏎ …项目类别及资助标准 ⏎ 项目类别 | 资助方式 | … at the end: the rows are the terms of
    the directions naming the class. 2．… ⏎ 支持…。拟支持3项。 beside 1．… divided into （1）（2）
    directions is a direction too; an item honoured under another policy (不纳入本次项目申报) is
    none."""
    text = "\n".join([
        "某区2024年度科技计划项目申报指南", "一、申报方向",
        "专题一：先进制造（科技创新股）",
        "1．新能源汽车关键零部件（专题编号：GM2024-0101）", "研究内容：轻量化。", "项目类别：A类。",
        "2．绿色涂料（专题编号：GM2024-0102）", "研究内容：涂料。", "项目类别：B类。",
        "专题二：现代农业（农村科技股）", "本专题采取前资助方式，每项资助5万元，执行期为18个月。",
        "1．现代种业与绿色种养", "本组拟支持6项。",
        "（1）优质食味品种选育", "开展优质食味粳稻品种选育。",
        "（2）特色水产生态养殖", "开展苗种繁育技术研究。",
        "2．农产品产地加工", "支持农产品产地初加工技术研究与示范推广。拟支持3项。",
        "专题三：创新载体",
        "1．县级工程技术研究中心", "对新认定的县级工程技术研究中心给予一次性奖补10万元。",
        "2．省级以上科技创新载体奖励",
        "对新获批的省级以上创新载体，按有关规定兑现奖励，不纳入本次项目申报。",
        "二、联系方式", "电话：12345678。", "附表", "高明区科技计划项目类别及资助标准",
        "项目类别\t资助方式\t资助额度\t实施期限\t牵头要求",
        "A类（重大科技攻关项目）\t前资助，分年度拨付\t100～200万元\t不超过3年\t须由企业牵头",
        "B类（重点科技项目）\t前资助\t30～50万元\t不超过2年\t须由企业牵头"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.period_years_max) for leaf in leaves] == [
        ("新能源汽车关键零部件", 200, 3), ("绿色涂料", 50, 2), ("优质食味品种选育", 5, 1.5),
        ("特色水产生态养殖", 5, 1.5), ("农产品产地加工", 5, 1.5),
        ("县级工程技术研究中心", 10, None)]
    assert leaves[4].quota == 3


def test_a_count_for_every_jiebang_list_said_as_its_winners() -> None:
    """一、支持方式 ⏎ （三）每项榜单原则上只确定1家揭榜单位（含联合体）。 — an item that is one
    sentence, read as a heading: each direction's count."""
    text = "\n".join([
        "某市2025年度科技计划项目申报指南", "一、支持方式", "（一）资助方式。采取事前资助方式。",
        "（二）项目类别。本年度项目分为以下两类：", "1. 重点项目（A类）。每项资助50万元。",
        "2. 一般项目（B类）。每项资助20万元。", "（三）每项榜单原则上只确定1家揭榜单位（含联合体）。",
        "二、支持方向", "（一）先进制造", "1.高端数控机床研发（项目类别：A类）", "研究内容：研制主轴。",
        "2.工业机器人应用（项目类别：B类）", "研究内容：机器人。", "三、联系方式", "电话：123。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.funding_max_wan, leaf.quota) for leaf in leaves] == [(50, 1), (20, 1)]


def test_a_general_section_of_articles_defines_classes_a_field_names() -> None:
    """一、总则 ⏎ 第一条… ⏎ 第五条…分为重点项目和一般项目： ⏎ （一）重点项目：… — the articles and
    their items stay the section's (no direction); 本领域安排重点项目 names the class whose terms
    the direction takes. A section recommending projects on to higher plans funds nothing."""
    text = "\n".join([
        "某市2010年度科技计划项目申报指南", "一、总　则",
        "第一条　为加强科技计划项目管理，制定本指南。",
        "第二条　市科技计划项目按支持强度分为重点项目和一般项目：",
        "　　（一）重点项目：资助额度为5—10万元；企业自筹资金与市财政资助经费的比例不低于3:1。",
        "　　（二）一般项目：资助额度为3—5万元；企业自筹资金与市财政资助经费的比例不低于1:1。",
        "第三条　项目申报实行属地管理原则。",
        "二、2010年度支持方向",
        "（一）工业科技攻关（归口：高新技术科）",
        "　　1、气动元件与汽车零部件", "　　重点支持：气动控制阀。", "　　本领域安排重点项目，拟支持3项。",
        "　　2、电子信息与先进制造", "　　重点支持：智能控制器。", "　　本领域安排一般项目，拟支持4项。",
        "三、软科学研究计划", "　　每项资助5000元至1万元，研究期限1年。",
        "四、上级科技计划项目组织推荐",
        "　　凡申报国家、省科技计划的项目，须经市科技局审核推荐，市科技局不另行安排资助经费。",
        "五、申报须知", "　　网上申报。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.matching_ratio,
             leaf.quota) for leaf in leaves] == [
        ("气动元件与汽车零部件", 5, 10, 3, 3), ("电子信息与先进制造", 3, 5, 1, 4),
        ("软科学研究计划", 0.5, 1, None, None)]


def test_a_wechat_copy_with_classes_named_alone_and_lettered_bullets() -> None:
    """A 公众号 article: 📌【三】项目类别及资助标准 ⏎ 01 A类项目（重大项目） ⏎ 资助额度… — each class
    named alone on a line over its terms, taken by directions naming it; ▶ 方向①：… and ▶ A. …
    headings, the letter no word of the title."""
    text = "\n".join([
        "关于组织申报2024年度某县科技计划项目的通知", "原创 某县科技局 2024年03月20日 17:05", "",
        "点击蓝字 关注我们", "", "[图片]", "", "各有关单位：", "",
        "现将2024年度县级科技计划项目申报工作有关事项通知如下。", "",
        "📌【一】项目类别及资助标准", "",
        "01 A类项目（重大项目）", "资助额度最高不超过50万元，牵头单位须为规模以上工业企业。", "",
        "02 B类项目（一般项目）", "资助额度10～20万元。", "", "📌【二】支持方向", "",
        "🔹01 重点研发计划", "", "▶ 方向①：泵阀智能制造", "研究内容：泵阀铸造。", "项目类别：A类。", "",
        "▶ 方向②：数字经济与工业软件", "研究内容：工业软件。", "项目类别：B类。", "",
        "🔹02 成果转化专项", "本专项采取后补助方式，每项补助不超过30万元。", "",
        "▶ A. 产学研合作项目", "支持企业与高校联合开展成果转化。", "",
        "▶ B. 重大科技成果转化项目", "支持重大成果产业化。", "", "📌【三】联系方式", "电话：123。",
        "END"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan) for leaf in leaves] == [
        ("泵阀智能制造", None, 50), ("数字经济与工业软件", 10, 20), ("产学研合作项目", None, 30),
        ("重大科技成果转化项目", None, 30)]


def test_a_keyword_directions_tag_is_no_word_of_its_title() -> None:
    """方向1：智能网联汽车（揭榜挂帅） / 方向2：工业软件（重点项目）: how it is awarded, or its kind,
    is a mark after the title, as after a numbered heading."""
    text = "\n".join([
        "某市2025年度科技计划项目申报指南", "一、重点研发计划", "方向1：智能网联汽车（揭榜挂帅）",
        "研究内容：车路协同。", "方向2：工业软件（重点项目）", "研究内容：工业软件。",
        "二、联系方式", "电话：12345678。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [leaf.title for leaf in leaves] == ["智能网联汽车", "工业软件"]


def test_roman_parts_one_titled_by_year_hold_the_lettered_plans() -> None:
    """Ⅳ.2025年度支持方向 is a Roman part like Ⅲ.申报条件, its title opening with the year; the
    A. … 计划 under it are its plans, and Ⅴ.申报须知 after them a part again — its lettered
    items and their a) rules (同一企业…不超过500万元) no directions. 举办方投入 is the applicant's
    own side of a ratio; 申报材料 is a field of its own, not more of the direction's text."""
    text = "\n".join([
        "某高新区2025年度科技计划项目申报指南", "", "Ⅰ.总体要求", "    组织实施两类科技计划。", "",
        "Ⅱ.申报条件", "A.基本条件", "    a) 申报单位应在本区注册;", "    b) 无失信行为。",
        "B.限项要求", "    a) 每家企业限报１项。", "", "Ⅲ.2025年度支持方向", "",
        "A.前沿技术攻关计划(归口:高新技术科)", "", "    本计划项目须由企业牵头申报。", "",
        "a) 动力电池关键材料 (指南代码:XB25QY01)", "    研究内容:固态电解质。",
        "    资助额度:不超过200万元。", "",
        "b) 光伏与新型储能技术 (指南代码:XB25QY02)", "    研究内容:叠层电池。",
        "    资助额度:不超过100万元。", "",
        "B.创新平台建设计划(归口:科技创新服务科)", "",
        "a) 新型研发机构建设", "    支持共建新型研发机构,最高不超过500万元。",
        "    举办方投入资金与区财政支持资金比例不低于1:1。", "",
        "b) 技术合同交易补助", "    按技术合同实际支付额的百分之十给予补助,最高不超过50万。",
        "    申报材料:技术合同登记证明、支付凭证。", "",
        "Ⅳ.申报须知", "", "A.申报时间", "    2025年４月１日至４月30日。", "B.其他事项",
        "    a) 申报单位对材料的真实性负责;",
        "    b) 同一企业同一年度获得区级科技计划资助总额原则上不超过500万元。",
        "C.联系方式", "    高新技术科:王工,0519-85127316"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.plan, leaf.title, leaf.funding_max_wan, leaf.matching_ratio)
            for leaf in leaves] == [
        ("前沿技术攻关计划", "动力电池关键材料", 200, None),
        ("前沿技术攻关计划", "光伏与新型储能技术", 100, None),
        ("创新平台建设计划", "新型研发机构建设", 500, 1),
        ("创新平台建设计划", "技术合同交易补助", 50, None)]
    assert leaves[0].enterprise_lead_only
    assert "申报材料" not in leaves[3].content
    assert leaves[3].other_fields["申报材料"] == "技术合同登记证明、支付凭证。"


def test_a_class_table_with_each_class_named_and_rules_added_under_it() -> None:
    """表1 gives each class its grant, period and lead (A类 | 重点项目 | 前资助 | 50万元～100万元
    …) and （一）A类项目 ⏎ 1．… after it adds its rules: a direction of that class takes both,
    whether it names its class by letter (（A类）), by the name beside the letter (项目类别：一般项目,
    本方向按重点项目支持) or cites it (支持标准参照B类（一般项目）执行)."""
    text = "\n".join([
        "某区2025年度科技发展计划项目申报指南", "一、项目类别及支持标准",
        "区科技发展计划项目分为A类（重点项目）、B类（一般项目）两个类别，支持标准见表1。",
        "表1  项目类别及支持标准", "类别\t项目性质\t支持方式\t资助额度\t实施周期\t牵头要求",
        "A类\t重点项目\t前资助，分年拨付\t50万元～100万元\t不超过3年\t须由企业牵头申报",
        "B类\t一般项目\t前资助\t20万元～30万元\t不超过2年\t企业、高校、科研院所均可牵头",
        "各类别项目还应满足以下要求：", "（一）A类项目",
        "1．牵头企业须为高新技术企业，上年度研发费用不低于500万元；",
        "2．企业自筹资金与区财政资助资金比例不低于2:1。", "（二）B类项目",
        "1．申报单位自筹资金与区财政资助资金比例不低于1:1。", "二、项目指南",
        "（一）产业关键核心技术攻关", "1．高端装备与智能制造（A类）", "研究内容：精密加工。",
        "2．先进材料", "项目类别：一般项目", "研究内容：纤维复合材料。", "3．数字经济与工业软件",
        "研究内容：工业软件研发。本方向按重点项目支持。", "（二）民生科技", "4．医疗卫生与健康",
        "研究内容：诊疗新技术。", "支持标准参照B类（一般项目）执行。", "三、联系方式", "电话：123。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max,
             leaf.enterprise_lead_only, leaf.min_rd_spend_wan, leaf.matching_ratio)
            for leaf in leaves] == [
        ("高端装备与智能制造", 50, 100, 3, True, 500, 2), ("先进材料", 20, 30, 2, False, None, 1),
        ("数字经济与工业软件", 50, 100, 3, True, 500, 2),
        ("医疗卫生与健康", 20, 30, 2, False, None, 1)]


def test_a_plans_text_only_items_are_directions_as_the_other_plans_items_are() -> None:
    """（五）社会发展科技计划 ⏎ 1．… ⏎ 支持…。项目类别：一般项目。 ⏎ 2．…: items numbered as the
    directions of the plans beside it, each a paragraph naming no grant of its own, are
    directions too (their class's terms stand elsewhere); a per-firm cap said after the applicant
    (单家企业年度贴息最高20万元) is the direction's grant."""
    text = "\n".join([
        "某县2016年度科技计划项目申报指南", "一、项目类别", "1．重点项目：县财政资助强度一般不超过20万元。",
        "2．一般项目：县财政每项资助5万元。", "二、申报指南", "（一）工业科技支撑计划",
        "1．石油装备关键技术研发", "支持石油装备研发，县财政资助强度10—15万元。",
        "2．节能环保装备及技术", "支持节能环保装备研发。项目类别：重点项目。", "（二）科技金融计划",
        "1．科技型企业贷款贴息", "申报主体：已入库的科技型中小企业。对企业研发贷款按实际支付利息的50%给予"
        "贷款贴息，单家企业年度贴息最高20万元。", "（三）社会发展科技计划",
        "围绕人口健康、生态环境等民生领域，支持技术研究与示范。", "1．医疗卫生技术研究与推广",
        "支持常见病诊疗新技术研究。项目类别：一般项目。", "2．生态环境保护与安全生产",
        "支持水环境治理技术研究与示范。项目类别：一般项目。", "三、其他事项", "（一）县科技局组织专家评审。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        ("石油装备关键技术研发", 15), ("节能环保装备及技术", 20), ("科技型企业贷款贴息", 20),
        ("医疗卫生技术研究与推广", 5), ("生态环境保护与安全生产", 5)]


def test_directions_awarded_in_the_ways_a_general_section_defines() -> None:
    """An 应急 guideline: 二、组织方式 defines each way of awarding ((三)竞争择优 ⏎ …前资助…不超过50
    万元), each direction says its way (组织方式：竞争择优) and takes that way's terms; 三、特别说明's
    notes are every direction's (除各方向另有规定外…6个月; …均可牵头申报); 一、总体目标 funds
    nothing; （揭榜） after a title is how it is awarded; 拟委托单位数 is its count."""
    text = "\n".join([
        "某市2020年度疫情防控应急科研攻关专项申报指南", "", "一、总体目标", "",
        "力争在3—6个月内形成一批可用于疫情防控的技术、产品和方案。", "", "二、组织方式", "",
        "（一）定向委托", "", "由市科技局直接委托实施，资助额度一事一议确定。", "", "（二）竞争择优", "",
        "经专家评审择优立项，采取前资助方式，单个项目市财政资助一般不超过50万元。", "", "三、特别说明", "",
        "1．除各方向另有规定外，项目实施期一般为6个月。", "",
        "2．企业、高等院校、科研院所、医疗卫生机构均可牵头申报。", "", "四、申报指南", "",
        "领域一：临床救治（社会发展科技处）", "", "（1）中西医结合救治方案优化研究", "",
        "组织方式：定向委托", "", "研究内容：优化救治流程。", "", "支持额度：市财政资助80万元。", "",
        "实施期限：3个月。", "", "拟委托单位数：1家。", "", "（2）抗病毒药物筛选研究", "",
        "组织方式：竞争择优", "", "研究内容：药物快速筛选。", "", "拟支持项目数：不超过2项。", "",
        "（3）核酸快速检测试剂研发（揭榜）", "", "组织方式：竞争择优", "", "研究内容：快速检测试剂。", "",
        "五、联系方式", "", "电话：029-12345678。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.funding_mode, leaf.period_years_max,
             leaf.quota, leaf.enterprise_lead_only) for leaf in leaves] == [
        ("中西医结合救治方案优化研究", 80, None, 0.25, 1, False),
        ("抗病毒药物筛选研究", 50, "前资助", 0.5, 2, False),
        ("核酸快速检测试剂研发", 50, "前资助", 0.5, None, False)]


def test_rules_for_a_class_of_a_plan_and_a_plan_naming_its_class_across_a_cut() -> None:
    """申报重点研发计划B类项目的企业，…100万元；申报A类项目的企业，…500万元，且须为…高新技术企业:
    each clause binds its class's directions (not every direction of the plan it names); 表1's
    牵头及配套要求 column says who leads (不限 / 由企业申报); 本计 ⏎ 划项目均为C类项目 cut by the
    page's width names the class of the plan's directions."""
    text = "\n".join([
        "某市2024年度科技计划项目申报指南", "一、申报条件", "（一）申报单位应为在本市注册的企业。",
        "（二）申报重点研发计划B类项目的企业，上年度研发费用应不低于100万元；申报A类项目的企业，上年度"
        "研发费用应不低于500万元，且须为有效期内的国家高新技术企业。", "二、项目类别",
        "表1　项目类别及支持标准", "类别\t支持方式\t资助额度\t实施期限\t牵头及配套要求",
        "A类\t前资助\t80～150万元\t不超过3年\t须由企业牵头，自筹经费不低于财政资助的2倍",
        "B类\t前资助\t不超过40万元\t不超过2年\t须由企业牵头", "C类\t前资助\t10～20万元\t2年\t不限",
        "D类\t后补助\t最高50万元\t—\t由企业申报", "三、支持方向", "（一）重点研发计划",
        "1.新能源汽车关键零部件（项目类别：A类）", "研究内容：电驱动。", "2.高端智能装备（项目类别：B类）",
        "研究内容：智能装备。", "（二）农业与社会发展科技计划", "本计划面向乡村振兴需求。本计",
        "划项目均为C类项目。", "1.特色作物绿色高效生产", "研究内容：花生种植。", "（三）科技成果转化计划",
        "1.技术成果购买与转化（项目类别：D类）", "研究内容：成果购买。", "四、联系方式", "电话：1。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.min_rd_spend_wan, leaf.qualifications,
             leaf.enterprise_lead_only) for leaf in leaves] == [
        ("新能源汽车关键零部件", 150, 500, ["高新技术企业"], True), ("高端智能装备", 40, 100, [], True),
        ("特色作物绿色高效生产", 20, None, [], False), ("技术成果购买与转化", 50, None, [], True)]


def test_a_table_row_saying_same_as_another_row_and_a_cap_label() -> None:
    """序号 | 指南方向 | 支持方式及强度 | 实施期限 with row 7 saying 同方向6 in its term cells: row
    6's terms; a label naming a cap (补助上限：30万元) gives the most, not a fixed grant."""
    text = "\n".join([
        "某市2025年度科技计划项目申报指南", "一、指南方向", "表2　指南方向表",
        "序号\t指南方向\t指南代码\t支持方式及强度\t实施期限",
        "6\t猕猴桃优良品种选育\tXA25NY01\t前资助 50～80万元\t2年",
        "7\t日光温室智能环境调控装备\tXA25NY02\t同方向6\t同方向6",
        "8\t农产品精深加工\tXA25NY03\t前资助 不超过40万元\t1年", "二、产业技术创新项目",
        "1.龙泉宝剑锻造工艺数字化", "指南代码：LQ25CY01", "补助上限：30万元", "实施期限：18个月",
        "研究内容：锻造工艺数字化。", "三、联系方式", "电话：1。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in leaves] == [
        ("XA25NY01", 50, 80, 2), ("XA25NY02", 50, 80, 2), ("XA25NY03", None, 40, 1),
        ("LQ25CY01", None, 30, 1.5)]


def test_a_later_notice_adds_a_direction_to_a_plan_withdraws_one_and_changes_dates() -> None:
    """The guideline and, after it in the same file, its 补充通知: 在《指南》“（一）重点研究与开发
    计划”中新增以下方向 puts the new direction under that plan (its terms its own); a direction named
    by its bare code (（LA2025SF02）) with 不再受理 is no longer one; 二、调整部分方向 and 四、延长申报
    时间 fund nothing. 三、支持方向与资助标准 holds the plans."""
    text = "\n".join([
        "2025年度某市科技计划项目申报指南", "一、申报条件", "（一）申报单位应在本市注册。",
        "二、支持方向与资助标准", "（一）重点研究与开发计划（归口科室：高新技术科）",
        "资助额度：每项50~100万元。", "实施期限：原则上不超过3年。", "申报要求：须由企业牵头申报。",
        "1．高端装备与智能制造（LA2025ZD01）", "研究内容：智能装备。",
        "2．硅基及先进功能材料（LA2025ZD03）", "研究内容：硅基材料。", "（二）社会发展计划（归口科室：社会发展科）",
        "资助额度：每项资助10万元。", "1．常见病多发病防治（LA2025SF01）", "研究内容：常见病防治。",
        "2．大别山区生态环境保护（LA2025SF02）", "研究内容：生态修复。", "三、联系方式", "电话：1。", "",
        "————————————————————", "", "某市科学技术局", "首页 > 通知公告 > 正文", "",
        "关于2025年度某市科技计划项目申报指南的补充通知", "各有关单位：", "现对《指南》部分内容作如下调整：",
        "一、新增支持方向",
        "在《指南》“（一）重点研究与开发计划”中新增以下方向：", "3．人工智能与制造业融合应用（指南代码：LA2025ZD05）",
        "研究内容：工业视觉质检。", "本方向拟支持1项。", "二、调整部分方向",
        "（一）“2．硅基及先进功能材料（LA2025ZD03）”方向资助额度由每项50~100万元调整为每项100~150万元，"
        "其他要求不变。", "三、取消部分方向",
        "“2．大别山区生态环境保护（LA2025SF02）”方向已纳入省级专项统筹支持，本年度不再受理该方向申报。",
        "四、延长申报时间", "网上申报截止时间由2025年6月20日延长至2025年7月4日。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.enterprise_lead_only) for leaf in leaves] == [
        ("LA2025ZD01", "高新技术科", 50, 100, True), ("LA2025ZD03", "高新技术科", 100, 150, True),
        ("LA2025SF01", "社会发展科", 10, 10, None), ("LA2025ZD05", "高新技术科", 50, 100, True)]


def test_a_direction_naming_its_class_for_its_sub_directions() -> None:
    """3．集成电路设计 ⏎ 本方向项目类别为A类，…各子方向拟支持1项。 ⏎ （1）…: its sub-directions are of
    that class and take 表1's row."""
    text = "\n".join([
        "某区2025年度科技计划项目申报指南", "一、项目类别及支持标准", "表1 项目类别及支持标准",
        "类别\t支持方式\t资助额度\t实施期限", "A类（重大攻关项目）\t前资助\t100~200万元/项\t不超过3年",
        "B类（重点攻关项目）\t前资助\t30~50万元/项\t不超过2年", "二、关键核心技术攻关计划", "1．集成电路设计",
        "本方向项目类别为A类，须联合高校共同申报，各子方向拟支持1项。", "（1）射频前端芯片（指南编号：YH2025GJ0301）",
        "研究内容：射频功率放大器芯片设计。", "（2）车规级MCU芯片（指南编号：YH2025GJ0302）",
        "研究内容：车规级MCU架构设计。", "三、联系方式", "电话：1。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max,
             leaf.quota) for leaf in leaves] == [
        ("YH2025GJ0301", 100, 200, 3, 1), ("YH2025GJ0302", 100, 200, 3, 1)]


def test_a_jiebang_booklet_with_an_info_box_per_list_and_general_rules_before() -> None:
    """第一部分 总体说明 (揭榜方可以是高校、科研院所、企业…，可独立揭榜，也可联合揭榜; 每个榜单原则上只
    确定1个揭榜方; 三、榜单金额与财政支持 ⏎ …“前资助+后补助”…; 各榜单“财政支持”栏所列金额为…支持上限)
    binds every 榜单; each 榜单's box (榜单名称 | its title again, 财政支持 | 200万元) is no second
    direction, and the labelled paragraph after the box (需求背景：…) no value of its last row."""
    text = "\n".join([
        "第一部分\u3000总体说明",
        "一、发榜目的",
        "为深入实施创新驱动发展战略，聚焦绿色石化、新材料、高端装备、生命健康等我区重点产"
        "业链的关键核心技术难题，按照“企业出题、能者答题、政府助力”的原则，面向全社会公"
        "开发布技术攻关榜单，推动创新资源向企业集聚，加快突破一批“卡脖子”技术。",
        "本批共发布榜单9项，榜单总金额0.445亿元，区财政拟安排支持资金约1195万元。",
        "二、发榜方与揭榜方",
        "（一）发榜方。发榜方须为在镇海区内注册的规上工业企业或高新技术企业，榜单需求须真实、具体、可考核，发榜方承诺按榜单金额向揭榜方支付研发经费。",
        "（二）揭榜方。揭榜方可以是国内外高校、科研院所、企业或新型研发机构，可独立揭榜，"
        "也可联合揭榜，不受地域限制；揭榜方应具备完成榜单任务的研发能力和条件，近三年无不"
        "良科研信用记录。各榜单另有揭榜条件的，从其规定。",
        "（三）每个榜单原则上只确定1个揭榜方（联合揭榜的视为1个揭榜方），榜单另有说明的除外。",
        "三、榜单金额与财政支持",
        "（一）榜单金额是指发榜方为解决榜单需求拟支付给揭榜方的研发经费，以双方签订并经技术合同登记的合同金额为准。",
        "（二）对揭榜成功的项目，区财政按榜单金额的30%给予支持，单个榜单最高不超过20"
        "0万元，支持资金拨付给揭榜方，专项用于榜单攻关任务。各榜单“财政支持”栏所列金额"
        "为按上述标准测算的支持上限，实际支持额度按技术合同实际成交额核定。",
        "（三）财政支持资金采取“前资助+后补助”方式拨付：揭榜合同签订并完成技术合同登记"
        "后，拨付支持资金的50%（前资助）；项目通过验收且发榜方足额支付合同款项后，拨付"
        "剩余资金（后补助）。",
        "（四）同一揭榜方本批次最多承接2个榜单。已获得区级其他科技计划支持的同一研发内容，不得重复揭榜。",
        "第二部分　榜单清单",
        "榜单1：茂金属聚烯烃弹性体催化剂国产化制备技术", "榜单编号\tZHJB2025-01",
        "榜单名称\t茂金属聚烯烃弹性体催化剂国产化制备技术", "发榜单位\t宁波甬聚新材料科技有限公司",
        "榜单金额\t800万元", "揭榜时限\t36个月", "财政支持\t200万元", "需求背景：茂金属催化剂长期依赖进口。",
        "攻关任务：", "1．开发高活性茂金属主催化剂；", "2．建立催化剂质量评价与分析检测方法。", "考核指标：",
        "1．申请发明专利不少于5件。", "揭榜条件：", "1．揭榜方须拥有省级及以上重点实验室。",
        "榜单2：烧结钕铁硼磁体晶界扩散重稀土减量技术", "榜单编号\tZHJB2025-02",
        "榜单名称\t烧结钕铁硼磁体晶界扩散重稀土减量技术", "榜单金额\t300万元", "揭榜时限\t24个月",
        "财政支持\t90万元", "需求背景：重稀土用量大。", "攻关任务：", "1．建成晶界扩散示范生产线并实现批量应用。",
        "考核指标：", "1．申请发明专利不少于3件。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.funding_mode,
             leaf.quota, leaf.enterprise_lead_only) for leaf in leaves] == [
        ("ZHJB2025-01", "茂金属聚烯烃弹性体催化剂国产化制备技术", None, 200, "前资助、后补助", 1, False),
        ("ZHJB2025-02", "烧结钕铁硼磁体晶界扩散重稀土减量技术", None, 90, "前资助、后补助", 1, False)]
    assert leaves[0].content and "依赖进口" in leaves[0].content


def test_a_class_table_after_the_directions_and_a_county_grant_said_after_the_indicators() -> None:
    """项目类别 | 支持方式及强度 with rows A类 （重大项目） (a space before the bracket) after the
    directions that name them: the classes' terms, no directions; 县财政资助每项不超过15万元 after
    a direction's indicators is its grant."""
    text = "\n".join([
        "某县2025年度科技计划项目申报指南", "一、支持方向", "（一）重点研发计划", "1.核电关联装备关键技术（HYZD2501）",
        "项目类别：A类", "研究内容：核级阀门。", "2.智能装备与工业软件（HYZD2505）", "项目类别：B类",
        "研究内容：数控装备。", "以上A类、B类项目的支持方式、资助额度和申报条件按下表执行。",
        "表1  项目类别及支持标准", "项目类别\t支持方式及强度\t申报条件",
        "A类 （重大项目）\t前资助，资助额度：80～100万元/项\t须由企业牵头申报",
        "B类 （一般项目）\t前资助，资助额度：不超过30万元/项\t须由企业牵头申报", "（二）社会发展科技计划",
        "1.医疗卫生与生物医药（HYNS2502）", "支持重点：诊疗技术研究。", "考核指标：形成诊疗规范不少于1项。",
        "县财政资助每项不超过15万元，项目执行期为2025年7月至2027年6月。", "二、联系方式", "电话：1。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan) for leaf in leaves] == [
        ("HYZD2501", 80, 100), ("HYZD2505", None, 30), ("HYNS2502", None, 15)]


def test_ways_of_a_kind_of_project_defined_apart_bind_the_group_of_that_kind() -> None:
    """二、项目组织方式和支持方式 ⏎ （一）揭榜挂帅项目 ⏎ 1．组织方式。…每个榜单择优支持1个揭榜团队。 ⏎
    2．支持方式。… ⏎ 3．拨付方式。…里程碑式拨付…: the 榜单 under （一）揭榜挂帅榜单 are those projects;
    三、申报条件's 揭榜挂帅项目牵头单位上年度研发费用不低于500万元 binds them too; （二）赛马制项目's
    ways bind the group of the same name (同一方向…不超过3个团队: each direction's count);
    第九条 after articles read as text is one more."""
    text = "\n".join([
        "某市2022年度重点研发计划项目申报指南", "一、项目组织方式和支持方式", "（一）揭榜挂帅项目",
        "　　1．组织方式。由链主企业提出需求形成榜单，揭榜方须为企业，高校、科研院所不得作为牵头单位。"
        "每个榜单择优支持1个揭榜团队。",
        "　　2．支持方式。市财政对揭榜成功的项目给予支持，市财政支持额度见各榜单。",
        "　　3．拨付方式。市财政资金实行里程碑式拨付：首期拨付40%，中期考核后拨付40%。", "（二）赛马制项目",
        "　　1．组织方式。同一方向择优支持不超过3个团队平行攻关，企业、高校、科研院所均可牵头申报。",
        "　　2．支持方式。首期按事前资助方式拨付50%；中期评估排名靠前的团队按后补助方式拨付剩余经费。",
        "二、申报条件", "　　第一条　申报单位应为在本市注册的法人单位。",
        "　　第二条　揭榜挂帅项目牵头单位上年度研发费用不低于500万元。", "三、指南方向", "（一）揭榜挂帅榜单",
        "榜单1　车规级高可靠MCU芯片研发及产业化", "技术需求：研制车规级MCU芯片。", "市财政支持：不超过500万元。",
        "（二）赛马制项目", "1.固态锂电池电解质材料关键技术", "研究内容：硫化物固态电解质。",
        "市财政支持：每个团队不超过300万元。", "四、联系方式", "电话：1。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.funding_mode, leaf.quota,
             leaf.enterprise_lead_only, leaf.min_rd_spend_wan) for leaf in leaves] == [
        ("车规级高可靠MCU芯片研发及产业化", 500, "里程碑式补助", 1, True, 500),
        ("固态锂电池电解质材料关键技术", 300, "前资助、后补助", 3, False, None)]


def test_a_soft_science_plans_suggested_topics_are_its_directions() -> None:
    """（五）软科学研究计划 ⏎ …每项资助5000元至1万元…。参考选题如下： ⏎ 1、…研究 ⏎ 2、…研究 ⏎
    申报单位也可结合实际自行选题: each suggested topic is a direction under the plan's terms."""
    text = "\n".join([
        "某市2005年度科技计划项目申报指南", "一、2005年度科技计划重点", "（一）工业科技攻关计划",
        "　　本计划项目须由企业牵头申报。", "　　1、汽车关键零部件技术（重点项目）",
        "　　重点支持发动机电控系统，资助强度一般为5-10万元。", "（二）软科学研究计划",
        "　　本计划面向全市各类单位，均可申报。每项资助5000元至1万元，研究期限一般为1年。参考选题如下：",
        "　　1、“十一五”科技发展规划若干重大问题研究", "　　2、县域经济发展中的科技支撑体系建设研究",
        "　　申报单位也可结合实际自行选题，但须围绕全市经济社会发展中的重大问题。", "二、申报条件",
        "　　第一条　申报单位应在本市注册。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan) for leaf in leaves] == [
        ("汽车关键零部件技术", 5, 10), ("“十一五”科技发展规划若干重大问题研究", 0.5, 1),
        ("县域经济发展中的科技支撑体系建设研究", 0.5, 1)]


def test_each_kind_takes_its_tier_from_an_article_the_plan_cites() -> None:
    """（一）工业科技攻关计划 ⏎ …资助标准按本指南第三部分第九条执行 ⏎ 1、…（重点项目） ⏎ 2、…（一般项目）,
    and 第九条 …重点项目资助强度一般为5-10万元；一般项目资助强度一般为2-5万元 in the rules after:
    each direction takes its kind's tier, not the first one the article states."""
    text = "\n".join([
        "某市2005年度科技计划项目申报指南", "一、2005年度科技计划重点", "（一）工业科技攻关计划",
        "　　本计划项目须由企业牵头申报。项目分为重点项目和一般项目，资助标准按本指南第三部分第九条执行。",
        "　　1、汽车关键零部件技术（重点项目）", "　　重点支持发动机电控系统、变速箱。",
        "　　2、纺织服装新产品与新工艺（一般项目）", "　　重点支持新型纺纱技术。",
        "（二）农业科技攻关计划", "　　资助强度一般为2-5万元。本年度重点支持以下方向：",
        "　　1、优质粮棉油新品种选育", "　　2、畜禽水产健康养殖",
        "三、申报条件及有关规定", "　　第一条　申报单位应在本市注册。",
        "　　第二条　工业科技攻关计划项目分为重点项目和一般项目。重点项目资助强度一般为5-10万元；"
        "一般项目资助强度一般为2-5万元。", "四、联系方式", "　　联系人：王敏"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan) for leaf in leaves] == [
        ("汽车关键零部件技术", 5, 10), ("纺织服装新产品与新工艺", 2, 5),
        ("优质粮棉油新品种选育", 2, 5), ("畜禽水产健康养殖", 2, 5)]


def test_a_direction_titled_by_its_way_of_support_takes_that_way_alone() -> None:
    """支持方式分为无偿资助和贷款贴息两种： ⏎ 1、无偿资助项目 ⏎ 2、贷款贴息项目: each direction is one
    of the ways, not both; 无偿资助 is no mode of the format's list, so that direction has none.
    Its 推广期为2005年1月至2005年12月 is a period."""
    text = "\n".join([
        "某市2005年度科技计划项目申报指南", "一、2005年度科技计划重点",
        "（一）科技型中小企业技术创新资金",
        "　　申报单位须为科技型中小企业。项目实施期一般不超过2年。支持方式分为无偿资助和贷款贴息两种：",
        "　　1、无偿资助项目", "　　主要用于研究开发及中试阶段的必要补助。资助额一般不超过10万元。",
        "　　2、贷款贴息项目", "　　按新增银行贷款额度和基准利率的50%给予贴息，贴息总额一般为5-15万元。",
        "（二）科技成果推广计划",
        "　　重点推广一批技术成熟的科技成果。推广期为2005年1月至2005年12月。经验收合格后每项补助1-3万元。",
        "二、申报条件", "　　第一条　申报单位应在本市注册。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_mode, leaf.period_years_max) for leaf in leaves] == [
        ("无偿资助项目", None, 2), ("贷款贴息项目", "贷款贴息", 2), ("科技成果推广计划", None, 1)]


def test_a_web_table_pasted_a_cell_a_line_with_paragraphs_and_empty_cells() -> None:
    """序号 ⏎ 方向名称 ⏎ 研究内容 ⏎ 支持金额 ⏎ 实施期限, then rows a cell a line where a 研究内容 cell
    runs to two paragraphs and an empty cell is a blank line: each row's amount and period are
    its own; a row whose cells are empty takes the plan's default."""
    text = "\n".join([
        "某区2025年度科技计划项目申报通知", "一、重点研发计划",
        "重点研发计划采取前资助方式。除支持方向表中另有说明外，项目须由企业牵头申报。"
        "支持方向表中未列明支持金额的方向，单个项目资助额度"
        "不超过50万元；未列明实施期限的方向，实施期限不超过2年。", "（一）支持方向",
        "序号", "方向名称", "研究内容", "支持金额", "实施期限", "数字经济领域",
        "1", "鞋服行业智能柔性生产线关键技术", "研究内容：面向鞋服、眼镜等传统优势产业小批量、多品种的生产需求，研究多工序柔性排产与在线调度、关键工位视觉识别与自适应控制等技术。",
        "考核指标：形成智能柔性生产线1条以上。", "不超过80万元", "2年",
        "2", "汽摩配关键零部件精密成形技术", "研究内容：针对汽摩配零部件轻量化、高精度要求，研究铝镁合金精密压铸、温锻成形工艺及模具寿命提升技术，开发在线检测装备。",
        "50～100万元", "2025年7月—2027年12月",
        "3", "工业互联网平台与边缘计算应用", "研究内容：围绕阀门、泵业、电气等产业集群中小企业数字化改造需求，研究设备多协议接入与边缘计算、生产数据治理等技术。", "", "",
        "生命健康领域", "4", "眼视光新型医疗器械研发", "研究内容：研究近视防控功能性镜片光学设计、角膜塑形镜新材料、眼表综合检测设备等关键技术，完成样机研制和型式检验。", "100万元", "18个月",
        "注：支持金额为区财政对单个项目的资助额度。", "二、其他事项", "联系人：王敏"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in leaves] == [
        ("鞋服行业智能柔性生产线关键技术", None, 80, 2), ("汽摩配关键零部件精密成形技术", 50, 100, 2.5),
        ("工业互联网平台与边缘计算应用", None, 50, 2), ("眼视光新型医疗器械研发", 100, 100, 1.5)]
    # (除支持方向表中另有说明外: the rule binds every row that says nothing else)
    assert all(leaf.enterprise_lead_only for leaf in leaves)


def test_a_group_naming_its_class_by_a_labelled_bracket_and_a_loans_size() -> None:
    """（一）重大科技专项（项目类别：A类） over its directions takes 表1's A类 row; a loan's size
    in a bracket (单户贷款额度最高1000万元) is no grant."""
    text = "\n".join([
        "某市2024年度科技计划项目申报指南", "一、项目类别与支持标准", "各类项目支持标准见表1。",
        "表1  2024年度科技计划项目类别及支持标准",
        "类别\t项目类型\t支持方式\t资助额度\t实施期限\t申报主体要求",
        "A类\t重大科技专项\t前资助，分年拨付\t50万～100万元\t不超过3年\t须由企业牵头申报",
        "B类\t重点研发专项\t前资助\t10万～30万元\t不超过2年\t企业、高校、科研院所均可牵头申报",
        "二、申报方向", "（一）重大科技专项（项目类别：A类）", "1.高性能耐火材料绿色低碳制备关键技术",
        "研究内容：研究低碳轻量化耐火原料制备等关键技术。", "拟支持项目数：1项",
        "（二）科技创新平台奖补", "1.省级研发平台奖补",
        "对2023年度新获批的河南省工程技术研究中心，给予依托单位一次性奖补30万元。",
        "（三）科技金融贷款贴息",
        "对科技型中小企业获得的“科技贷”业务贷款（单户贷款额度最高1000万元），按照实际支付利息的50%给予"
        "贴息，单个企业年度贴息总额不超过10万元。", "三、其他事项", "联系人：王敏"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max,
             leaf.qualifications) for leaf in leaves] == [
        ("高性能耐火材料绿色低碳制备关键技术", 50, 100, 3, []),
        ("省级研发平台奖补", 30, 30, None, ["自治区级平台"]),
        ("科技金融贷款贴息", None, 10, None, ["科技型中小企业"])]
    assert leaves[0].enterprise_lead_only is True


def test_directions_said_one_is_two_is_and_roman_parts_after_them() -> None:
    """Ⅲ．…支持方向 ⏎ 一、…计划 ⏎ 一是设施蔬菜…示范。在…，每项补助3-5万元。 ⏎ 二是…: each 一是
    paragraph whose title a full stop closes is a direction (an 附表 row naming it sums it up);
    Ⅳ．申报要求 after them is a part of the document again, not an item of the last plan."""
    text = "\n".join([
        "某县2012年度科技计划项目申报指南", "Ⅰ．指导思想",
        "　　2012年重点抓好以下方面：一是围绕主导产业组织攻关；二是推广农业新技术。",
        "Ⅱ．2012年度计划类别及支持方向", "一、农业科技推广计划（农村科技科）",
        "　　本计划主要支持农业新技术的示范推广。主要支持以下方面：",
        "　　一是设施蔬菜标准化生产技术示范。在云阳、永乐等设施蔬菜主产镇，示范推广日光温室蔬菜嫁接育苗、"
        "膜下滴灌、病虫害绿色防控等技术，示范基地面积不少于100亩，每项补助3-5万元。",
        "　　二是农村科技示范户培育。在全县遴选一批有文化、懂技术、善经营的农户，开展新品种试验示范，"
        "年底经考核合格后实行事后补助，每户补助3000元，拟扶持50户。",
        "二、社会发展科技计划", "　　本计划支持社会公益领域研究。每项资助2-3万元。",
        "1) 常见病防治技术研究与推广", "　　重点支持慢性病早期筛查技术研究。",
        "2) 历史文化遗产保护与利用", "　　重点支持郑国渠遗址数字化保护。",
        "Ⅲ．申报要求", "　　（一）申报程序。项目申报实行属地管理。", "　　（二）申报时间。2012年2月29日前。",
        "附表", "序号\t计划类别\t支持方向\t补助标准", "1\t农业科技推广计划\t设施蔬菜标准化生产技术示范\t3-5万元/项",
        "2\t农业科技推广计划\t农村科技示范户培育\t3000元/户"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.title, leaf.funding_max_wan, leaf.quota)
            for leaf in leaves] == [
        (7, "设施蔬菜标准化生产技术示范", 5, None), (8, "农村科技示范户培育", 0.3, 50),
        (11, "常见病防治技术研究与推广", 3, None), (13, "历史文化遗产保护与利用", 3, None)]


def test_notes_under_a_table_with_group_rows_bind_the_class_they_name() -> None:
    """表2 with group rows (一、高端装备 ⏎ rows ⏎ 二、新材料 ⏎ rows) and under it 注：…2．A类方向牵头
    企业须为有效期内的高新技术企业。: the note is the table's, and binds the A类 rows only;
    本计划归口管理科室：高新技术科。 names the office of every row."""
    text = "\n".join([
        "某区2025年度科技计划项目申报指南", "一、项目类别", "表1　项目类别及支持标准",
        "项目类别\t支持方式\t资助额度\t实施期限", "A类（重大项目）\t前资助\t100～200万元/项\t不超过3年",
        "B类（重点项目）\t前资助\t30～60万元/项\t不超过2年", "二、2025年度支持方向",
        "（一）重点研发计划", "支持企业开展关键核心技术攻关。各方向的项目类别见表2。",
        "本计划归口管理科室：高新技术科。", "表2　2025年度重点研发计划支持方向",
        "序号\t指南代码\t方向名称\t主要研究内容\t项目类别", "一、高端装备与智能制造",
        "1\tGC25GX01\t高精度数控机床电主轴关键部件研发\t研究高速电主轴热变形补偿技术。\tA类",
        "2\tGC25GX02\t工业机器人视觉引导与柔性装配系统\t研究三维视觉定位技术。\tB类", "二、新材料",
        "3\tGC25GX03\t高导热氮化铝陶瓷基板制备关键技术\t研究高纯氮化铝粉体制备。\tA类",
        "注：1．项目类别对应的支持方式、资助额度和实施期限按表1执行。",
        "2．A类方向牵头企业须为有效期内的高新技术企业。", "三、其他事项", "联系人：王敏"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.qualifications)
            for leaf in leaves] == [
        ("GC25GX01", "高新技术科", 200, ["高新技术企业"]), ("GC25GX02", "高新技术科", 60, []),
        ("GC25GX03", "高新技术科", 200, ["高新技术企业"])]


def test_programmes_named_in_general_terms_and_items_paid_without_applying() -> None:
    """总体要求 naming programmes (…同步受理科技型企业贷款贴息和企业研发投入后补助申报) funds no
    direction by those modes; 研发费用不足100万元的，不予补助 is a floor; 归口科室：…科. (a scan's
    full stop) names the office; an item paid 无需单独申报 is no direction."""
    text = "\n".join([
        "某区2024年度科技计划项目申报指南", "一、总体要求",
        "2024年度区科技计划设重点研发计划、公益性科技计划两类项目，同步受理科技型企业贷款贴息和企业研发投入"
        "后补助申报。", "二、申报方向", "（一）公益性科技计划",
        "围绕社会发展领域，支持公益性技术研究与推广应用。归口科室：农村与社会发展科.",
        "1．瓯柑品质提升与采后保鲜技术研究（项目代码：OHGY2401）", "研究内容：开展瓯柑优良单株选育。",
        "支持额度：每项10万元，拟支持2项。", "（二）企业研发投入后补助",
        "对上年度研发费用较前一年度增长的规模以上工业企业，按研发费用增量部分的10%给予后补助，单家企业补助最高"
        "不超过50万元；上年度研发费用不足100万元的，不予补助。", "（三）国家、省科技计划项目配套",
        "按照有关政策规定执行，由区科技局根据上级立项文件统一核定，无需单独申报。", "三、申报时间",
        "2024年4月19日前。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.office, leaf.funding_mode, leaf.min_rd_spend_wan)
            for leaf in leaves] == [
        ("瓯柑品质提升与采后保鲜技术研究", "农村与社会发展科", None, None),
        ("企业研发投入后补助", None, "后补助", 100)]


def test_class_rows_in_a_plans_text_bind_their_class_and_one_direction_many_teams() -> None:
    """（三）常规项目 holding 表1's rows A类 | … | 2:1 and C类 | … | — : a C类 direction takes no
    ratio from the A类 row; 同一方向择优支持不超过3个团队平行攻关 in a kind's section is each 赛马
    direction's count."""
    text = "\n".join([
        "某市2022年度重点研发计划项目申报指南", "一、组织方式", "（一）赛马制项目",
        "　　1．组织方式。对技术路线尚不明确的方向，采取“赛马制”方式组织实施，同一方向择优支持不超过3个团队"
        "平行攻关。", "（二）常规项目", "　　常规项目分为A、C两类，具体支持标准见表1。", "表1　常规项目类别及支持标准",
        "类别\t支持方式\t市财政支持强度\t自筹经费要求",
        "A类（重大项目）\t前资助\t300万元～500万元\t自筹经费与市财政支持经费比例不低于2:1",
        "C类（后补助项目）\t后补助\t最高不超过50万元\t—", "二、指南方向", "（一）赛马制项目",
        "1．氢燃料电池低铂膜电极关键技术", "方向代码：22SMZ02", "研究内容：开展低铂催化剂研究。",
        "支持方式：每个团队市财政支持不超过400万元。", "（二）常规项目", "1．工业余热高效回收利用技术",
        "方向代码：22ZDYF0302", "项目类别：C类", "研究内容：支持企业开展余热回收技术研发。",
        "2．工业互联网平台安全防护关键技术", "方向代码：22ZDYF0102", "项目类别：A类",
        "研究内容：研究工业控制系统漏洞挖掘技术。", "三、联系方式", "联系人：王敏"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.quota, leaf.funding_max_wan, leaf.matching_ratio)
            for leaf in leaves] == [("22SMZ02", 3, 400, None), ("22ZDYF0302", None, 50, None),
                                    ("22ZDYF0102", None, 500, 2)]


def test_a_group_whose_directions_are_all_of_one_class_organised_so() -> None:
    """本部分方向均按B类项目组织实施 over directions, 表1's row B类一般项目 (the class and its name
    in one cell): each direction takes that row."""
    text = "\n".join([
        "某县2025年度科技计划项目申报指南", "一、项目类别与支持方式", "表1  项目类别与支持方式",
        "类别\t支持方式\t资助额度\t实施期限", "A类重点项目\t前资助，分年拨付\t每项30～50万元\t不超过2年",
        "B类一般项目\t前资助，立项后一次性拨付\t每项5～15万元\t1～2年", "二、2025年度支持方向",
        "（一）农业与社会发展领域项目", "本部分方向均按B类项目组织实施，各方向拟支持不超过3项。",
        "1.茶叶绿色高效生产与精深加工（方向编号：SY25B01）", "研究内容：开展茶园病虫害绿色防控。",
        "三、联系方式", "联系人：王敏"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max,
             leaf.quota) for leaf in leaves] == [("SY25B01", 5, 15, 2, 3)]


def test_a_spreadsheet_saved_as_csv_with_cells_over_several_lines() -> None:
    """附件1,,,, ⏎ "说明： ⏎ 1. …A类项目：… ⏎ 2. …",,,, ⏎ 序号,方向名称,指南代码,研究内容,支持方式,资助额度 ⏎
    rows whose quoted 研究内容 runs over lines: each record is a row on the line it starts, the
    说明 block's items lines of text, and a row whose 支持方式 cell says A类 takes that class."""
    text = "\r\n".join([
        "附件1,,,,,", "某县2025年度科技计划项目申报指南一览表,,,,,",
        '"说明：\n1. 项目分为A类（重点项目）和B类（一般项目）。\n2. A类项目：采取事前资助方式，单个项目资助30万～'
        '50万元，实施期限2年；须由企业牵头申报。\n3. B类项目：采取事后补助方式，按研发投入的20%给予补助，最高不超过15万元，实施期限1年。",,,,,',
        "序号,方向名称,指南代码,研究内容,支持方式,资助额度",
        '1,工程机械液压件轻量化设计,PX25GY01,"研究内容：开展高压液压油缸轻量化结构设计，\n突破疲劳寿命预测技术。",'
        "A类,",
        '2,特色水产生态健康养殖技术,PX25NY03,"研究河蟹、青虾池塘生态养殖技术；\n建立示范基地1个以上。",B类,',
        '3,冬桃采后保鲜技术集成示范,PX25NY01,"研究冬桃预冷、""气调""贮藏技术。",A类,30万元/项',
        "合计,,,,,", "申报须知,,,,,"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.code, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.enterprise_lead_only) for leaf in leaves] == [
        (8, "PX25GY01", 30, 50, 2, True), (10, "PX25NY03", None, 15, 1, None),
        (12, "PX25NY01", 30, 30, 2, True)]


def test_a_directions_own_composite_terms_after_siblings_without_them() -> None:
    """1．… 2．… with no terms of their own, then 3．… ⏎ 资助额度及期限：本方向每项资助20—30万元，
    实施期限18个月。: the value says it is that direction's, not the plan's; and a general rule
    申报书及相关附件材料。重大科技专项须附…高新技术企业证书复印件 binds only that plan."""
    text = "\n".join([
        "某县2019年度科技计划项目申报指南", "一、申报方向", "（一）重大科技专项",
        "须由企业牵头申报，每项资助30-50万元，实施期限不超过2年。", "1．宠物食品功能性原料关键技术",
        "研究内容：开展植物源蛋白替代技术研究。", "2．塑料编织制品轻量化技术", "研究内容：开展扁丝成型技术研究。",
        "3．汽摩配件智能制造技术", "研究内容：开展柔性加工单元技术研究。",
        "资助额度及期限：本方向每项资助20—30万元，实施期限18个月。", "（二）公益性技术应用研究项目",
        "企业、事业单位均可牵头申报，每项资助5-8万元。", "1．大黄鱼生态养殖技术", "研究内容：开展深水网箱养殖研究。",
        "二、申报须知", "（一）申报材料：申报书及相关附件材料。重大科技专项须附高新技术企业证书复印件；"
        "产学研合作项目须附技术合同。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max,
             leaf.qualifications) for leaf in leaves] == [
        ("宠物食品功能性原料关键技术", 30, 50, 2, ["高新技术企业"]),
        ("塑料编织制品轻量化技术", 30, 50, 2, ["高新技术企业"]),
        ("汽摩配件智能制造技术", 20, 30, 1.5, ["高新技术企业"]),
        ("大黄鱼生态养殖技术", 5, 8, None, [])]


def test_a_plans_terms_item_in_a_section_apart_keeps_its_labels() -> None:
    """三、计划类别及支持方式 ⏎ （一）公益性技术应用研究项目 ⏎ 1．申报主体：… ⏎ 2．资助方式及额度：…
    ⏎ 3．实施期限：1—2年。, the plan's directions under 四、: the bare 1—2年 is still its period."""
    text = "\n".join([
        "某县2019年度科技计划项目申报指南", "一、计划类别及支持方式", "（一）公益性技术应用研究项目",
        "围绕民生领域，支持开展技术应用研究与集成示范。", "1．申报主体：企业、事业单位、社会组织均可牵头申报。",
        "2．资助方式及额度：采取事前资助方式，每项资助5-8万元。", "3．实施期限：1—2年。",
        "二、2019年度申报方向", "（一）公益性技术应用研究项目", "1．南麂海域大黄鱼生态养殖技术",
        "开展大黄鱼深水网箱生态养殖模式优化研究。", "2．平阳黄汤茶标准化加工技术", "开展黄汤茶闷黄工艺参数优化研究。",
        "三、申报须知", "联系人：王敏"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.period_years_max, leaf.enterprise_lead_only)
            for leaf in leaves] == [("南麂海域大黄鱼生态养殖技术", 8, 2, False),
                                    ("平阳黄汤茶标准化加工技术", 8, 2, False)]


def test_an_award_listed_after_a_colon_clause_by_clause() -> None:
    """…按认定等次给予奖补：县级示范基地50000元；市级示范基地10万元；省级示范基地20万元。: the
    clauses the colon opens are the award's tiers, not the first one alone."""
    text = "\n".join([
        "某县2024年度农业科技项目申报指南", "一、农业科技示范基地奖补项目", "支持方式：以奖代补。",
        "（一）农业科技示范基地",
        "对2023年1月1日以后新认定的农业科技示范基地，按认定等次给予奖补：县级示范基地50000元；"
        "市级示范基地10万元；省级示范基地20万元。同一基地晋级的，按差额补足。",
        "（二）星创天地", "对新备案的省级星创天地，给予其运营主体一次性奖补100000元。", "二、联系方式", "联系人：王敏"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan) for leaf in leaves] == [
        ("农业科技示范基地", 5, 20), ("星创天地", 10, 10)]


def test_directions_counted_di_n_xiang_in_digits_under_their_plan() -> None:
    """第二部分 项目指南 ⏎ 一、…计划（归口：高新技术科） ⏎ plan terms ⏎ 第1项 汽车关键零部件研发 ⏎ …:
    第1项 counted in digits is a direction of the plan above (第一项 alone would be a part)."""
    text = "\n".join([
        "某区2021年度科技计划项目申报指南", "第一部分 总体要求", "（一）申报条件", "申报单位应在本区注册。",
        "第二部分 项目指南", "一、区级重点研发计划（工业领域）（归口：高新技术科）",
        "申报主体：项目须由企业牵头申报。", "资助方式：前资助。", "实施期限：2年（2021年7月1日—2023年6月30日）。",
        "第1项 汽车关键零部件研发", "研究内容：开展驱动电机一体化设计研究。", "资助额度：每项50万元。",
        "第2项 智能马桶及智能卫浴产品研发", "研究内容：开展即热式加热技术研究。", "资助额度：20～40万元。",
        "第三部分 申报须知", "联系人：王敏"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.office, leaf.funding_mode, leaf.period_years_max,
             leaf.enterprise_lead_only) for leaf in leaves] == [
        ("汽车关键零部件研发", "高新技术科", "前资助", 2, True),
        ("智能马桶及智能卫浴产品研发", "高新技术科", "前资助", 2, True)]


def test_an_oa_print_with_codes_set_apart_at_the_line_end() -> None:
    """1、新型墙体材料研发            2015GY0101 (an OA print's 计划编号 after a run of spaces) and
    项目周期：36个月 / …，项目周期6个月: the code is the direction's, not its title's, and the
    项目周期 its period."""
    text = "\n".join([
        "某县2015年度科技计划项目申报指南", "一、工业科技攻关计划（工业科技股）",
        "本计划项目须由企业牵头申报，每项资助8万元—15万元。",
        "1、新型墙体材料研发            2015GY0101",
        "    项目类别：重点项目        项目周期：36个月        拟支持1项",
        "    研究内容：开发新型墙体材料。",
        "2、县域节能技术推广            2015GY0102",
        "    研究内容：推广余热回收技术，项目周期6个月。", "二、联系方式", "联系人：王敏"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.period_years_max) for leaf in leaves] == [
        ("新型墙体材料研发", "2015GY0101", 3), ("县域节能技术推广", "2015GY0102", 0.5)]


def test_ticked_options_in_a_tables_cells_keep_the_cells_apart() -> None:
    """序号 | 方向名称 | 项目类别 | 资助方式 | 拟支持数 over rows whose cells tick an option (☑A类 ☐B类 |
    ☐前资助 ☑后补助 | 2): the ticked option is the cell, the cells after it stay apart; a heading
    kept for a list published later, 不纳入本次集中申报, funds nothing."""
    text = "\n".join([
        "某区2026年度科技计划项目申报指南", "一、项目类别", "A类项目每项资助50万～100万元；B类项目每项资助不超过20万元。",
        "二、支持方向", "（一）重点研发计划（工业领域）",
        "序号\t方向名称\t指南代码\t项目类别\t资助方式\t拟支持数",
        "1\t高端装备与智能制造\tWX26GY01\t☑A类 ☐B类\t☑前资助 ☐后补助\t2",
        "2\t绿色家居与新材料\tWX26GY03\t☐A类 ☑B类\t☐前资助 ☑后补助\t4",
        "（二）“揭榜挂帅”项目", "需求榜单由区科技局另行发布，不纳入本次集中申报。", "三、联系方式", "联系人：王敏"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_mode, leaf.quota)
            for leaf in leaves] == [("WX26GY01", "前资助", 2), ("WX26GY03", "后补助", 4)]


def test_a_plans_notes_section_gives_each_group_the_rules_that_name_it() -> None:
    """二、需求榜单 ⏎ （一）榜单说明 ⏎ 1.…第一类榜单…前资助 ⏎ 2.第二类榜单…财政资金不予支持 ⏎
    3.…均可揭榜，每个榜单确定1个揭榜方 ⏎ （二）第一类 财政支持榜单 ⏎ 榜单1…: the notes are the
    plan's rules — a rule naming a group by its ordinal is that group's, the others every 榜单's."""
    text = "\n".join([
        "某市2026年度揭榜挂帅需求榜单", "一、总体要求", "聚焦主导产业关键技术难题。",
        "二、需求榜单（成果转化科）", "（一）榜单说明",
        "1.本批共发布需求榜单3项，分为第一类和第二类。",
        "2.第一类榜单财政资金支持不超过项目总投入的30%，单个项目最高不超过200万元，采取前资助方式。",
        "3.第二类榜单的榜单金额全部由发榜企业出资，财政资金不予支持。",
        "4.高校、科研院所、企业均可揭榜，每个榜单原则上确定1个揭榜方。",
        "5.攻关期限以各榜单列明的为准，榜单未列明的，最长不超过3年。",
        "（二）第一类  财政支持榜单",
        "榜单1　糖醇连续结晶技术", "①榜单编号：XX26JB01", "②需求描述：结晶收率低。", "③攻关期限：24个月",
        "榜单2　齿轮热处理畸变控制技术", "①榜单编号：XX26JB02", "②需求描述：畸变大。",
        "（三）第二类  企业出资榜单",
        "榜单3　肉制品减盐保鲜技术", "①榜单编号：XX26JB03", "②需求描述：货架期短。",
        "③攻关期限：12个月", "④榜单金额：200万元",
        "三、联系方式", "联系人：王敏"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.funding_mode, leaf.period_years_max,
             leaf.quota, leaf.enterprise_lead_only) for leaf in leaves] == [
        ("XX26JB01", 200, "前资助", 2, 1, False), ("XX26JB02", 200, "前资助", 3, 1, False),
        ("XX26JB03", None, None, 1, 1, False)]


def test_a_code_hierarchy_takes_the_terms_each_first_level_code_is_given_in_the_body() -> None:
    """《目录》 coded 01 / 0101 / 010101 with no other numbering, and a body giving terms by
    first-level code (（一）一级代码01（新一代信息技术）。须由企业牵头…每项资助50～100万元…归口科室：
    高新技术科。): every code under 01 takes them; 0102　人工智能… is a code, not 102 people."""
    text = "\n".join([
        "某区2025年度科技创新计划项目申报指南", "一、支持方式与资助标准",
        "各类项目按《目录》一级代码确定支持方式和资助标准。",
        "（一）一级代码01（新一代信息技术）。须由企业牵头申报；采取前资助方式，每项资助50～100万元；"
        "实施期限不超过2年。归口科室：高新技术科。",
        "（二）一级代码02（新材料）。企业、高校均可牵头申报；采取后补助方式，每项资助30万元。"
        "归口科室：成果转化科。",
        "二、联系方式", "高新技术科：0510-88209316", "附件",
        "01  新一代信息技术", "0101  工业软件", "010101  研发设计类工业软件",
        "研究内容：研发三维几何建模引擎。", "支持强度：100～150万元。",
        "010102  生产控制类工业软件", "研究内容：研发制造执行系统。",
        "0102  人工智能行业应用", "研究内容：开发行业大模型应用。",
        "02  新材料", "0201  高性能金属材料", "研究内容：研究高强韧铝合金。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.funding_mode, leaf.enterprise_lead_only, leaf.office) for leaf in leaves] == [
        ("010101", "研发设计类工业软件", 100, 150, "前资助", True, "高新技术科"),
        ("010102", "生产控制类工业软件", 50, 100, "前资助", True, "高新技术科"),
        ("0102", "人工智能行业应用", 50, 100, "前资助", True, "高新技术科"),
        ("0201", "高性能金属材料", 30, 30, "后补助", False, "成果转化科")]


def test_table_rows_moved_to_the_plan_their_class_names_keep_their_group_rows_count() -> None:
    """表1's rows grouped by full-width group rows (二、现代农业（本领域拟支持3项）), each row's
    计划类别 naming a plan whose terms the body states: the row stands under that plan and
    keeps its group row's count as its own."""
    text = "\n".join([
        "某区2025年度科技计划项目申报指南", "一、计划类别及支持方式",
        "（一）重点研发计划", "须由企业牵头申报，采取前资助方式，每项资助20～50万元，实施期限2年。",
        "（二）农业科技创新计划", "企业、高校均可牵头申报，采取前资助方式，每项资助10～20万元，实施期限2年。",
        "二、支持方向",
        "序号\t计划类别\t方向名称\t指南代码\t主要内容\t资助额度\t实施期限",
        "一、海洋装备",
        "1\t重点研发计划\t船舶配套件精密铸造\tPL25ZY01\t研究精密铸造工艺。\t按类别标准\t按类别标准",
        "二、现代农业（本领域拟支持3项）",
        "2\t农业科技创新计划\t刺参良种繁育技术\tPL25NY01\t开展刺参选育。\t按类别标准\t按类别标准",
        "3\t农业科技创新计划\t大樱桃设施栽培技术\tPL25NY02\t研究设施栽培。\t15万元\t1年",
        "三、联系方式", "联系人：王敏"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota,
             leaf.enterprise_lead_only) for leaf in leaves] == [
        ("PL25ZY01", 20, 50, None, True), ("PL25NY01", 10, 20, 3, False),
        ("PL25NY02", 15, 15, 3, False)]


def test_a_terms_box_titled_by_its_plans_name_after_the_directions_is_the_plans() -> None:
    """（一）工业科技项目 ⏎ 1.… 2.… ⏎ 工业科技项目支持方式及强度 ⏎ 支持方式：… ⏎ 资助额度：… — a box's
    text after the last direction, titled by the plan and the terms it states: no part of that
    direction, the terms of every direction of the plan."""
    text = "\n".join([
        "某市2025年度科技计划项目申报指南", "一、支持方向", "（一）工业科技项目",
        "本类项目支持方式及强度见以下方向后的方框。",
        "1. 特种钢材制备关键技术（ZP25-GY01）", "研究内容：开展高强韧结构钢研究。",
        "2. 竹木制品绿色加工技术（ZP25-GY02）", "研究内容：开展竹材重组技术研究。",
        "工业科技项目支持方式及强度", "支持方式：前资助。", "资助额度：每项10万元～30万元。",
        "申报主体：须由企业牵头申报。",
        "（二）农业科技项目", "1. 花卉苗木繁育技术（ZP25-NY01）", "研究内容：研究组培快繁。",
        "二、联系方式", "联系人：王敏"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.funding_mode, leaf.enterprise_lead_only)
            for leaf in leaves] == [("ZP25-GY01", 30, "前资助", True),
                                    ("ZP25-GY02", 30, "前资助", True), ("ZP25-NY01", None, None, None)]


def test_a_2014_guideline_with_classes_and_ways_of_funding_defined_in_one_note() -> None:
    """三、资助方式和强度 ⏎ 工业…和社会发展科技计划项目实行无偿资助，科技成果转化贷款贴息计划项目实行
    贷款贴息。 ⏎ 说明：1.无偿资助项目…甲类项目…每项资助20万元—30万元，乙类项目…5万元—10万元；2.贷款
    贴息项目…最高不超过50万元；3.除另有说明外，项目执行期为2014年—2016年: each numbered point a
    rule of its own, the first for the grants only; a direction of 项目类别：乙类 takes that
    class's amounts, 甲类或乙类 both; its own 执行期：2014年—2015年 and 资助额度根据…确定 stand."""
    text = "\n".join([
        "某州2014年度科技计划项目申报指南", "一、资助方式和强度",
        "2014年度项目经费从州本级科技三项费用中安排。工业科技攻关计划和社会发展科技计划项目实行无偿资助，"
        "科技成果转化贷款贴息计划项目实行贷款贴息。",
        "说明：1.无偿资助项目采取事前资助方式，按项目类别分为甲类和乙类，甲类项目为重点项目，"
        "每项资助20万元—30万元，乙类项目为一般项目，每项资助5万元—10万元；2.贷款贴息项目按贷款额的"
        "一定比例给予贴息，单个项目贴息额最高不超过50万元；3.除另有说明外，项目执行期为2014年—2016年。",
        "二、项目指南", "（一）工业科技攻关计划",
        "1、石油化工关键技术研究（指南编号：BZ14GY01）", "开展油田化学助剂开发。项目类别：甲类。",
        "2、棉纺织新技术应用（指南编号：BZ14GY02）", "开展功能性面料研究。项目类别：乙类。执行期：2014年—2015年。",
        "3、特色农产品精深加工技术（指南编号：BZ14GY03）", "开展番茄红素提取。项目类别：甲类或乙类。",
        "（二）社会发展科技计划",
        "1、地方病防治技术研究（指南编号：BZ14SF01）", "开展包虫病早期诊断研究。资助额度根据项目实际需要确定。",
        "（三）科技成果转化贷款贴息计划",
        "1、高新技术成果产业化贷款贴息（指南编号：BZ14TX01）", "对获得银行贷款的产业化项目给予贴息。",
        "三、联系方式", "联系人：王敏"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.funding_mode,
             leaf.period_years_max) for leaf in leaves] == [
        ("BZ14GY01", 20, 30, "前资助", 3), ("BZ14GY02", 5, 10, "前资助", 2),
        ("BZ14GY03", 5, 30, "前资助", 3), ("BZ14SF01", None, None, "前资助", 3),
        ("BZ14TX01", None, 50, "贷款贴息", 3)]


def test_an_amount_left_to_review_frees_a_direction_but_a_cap_with_its_actual_grant_reviewed_stays() -> None:
    """本方向…资助额度根据评审结果另行确定: no amount of the plan's for that direction; 注：资助额度
    为上限，实际资助额度根据项目评审结果确定 under the plan's terms: the cap still binds all."""
    text = "\n".join([
        "某县2025年度科技计划项目申报指南", "一、重点研发计划",
        "本计划采取前资助方式，每项资助10～30万元。", "注：资助额度为县财政资助上限，实际资助额度根据项目评审结果确定。",
        "1.地热资源梯级利用技术（XX25ZD01）", "研究内容：研究尾水回灌。本方向资助额度根据评审结果另行确定。",
        "2.紧固件先进制造技术（XX25ZD02）", "研究内容：研究冷镦成形。",
        "二、联系方式", "联系人：王敏"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.funding_mode)
            for leaf in leaves] == [("XX25ZD01", None, None, "前资助"),
                                    ("XX25ZD02", 10, 30, "前资助")]


def test_radicals_a_pdfs_fonts_left_in_the_text_read_as_the_ideographs_they_look_like() -> None:
    """Text copied out of a PDF whose fonts map 高 to the Kangxi radical ⾼, 料 to the
    compatibility form 料 and 长 to the simplified radical ⻓: titles and offices as a reader
    types them, so they are found and shown as words."""
    text = "\n".join([
        "某县2024年度科技计划项⽬申报指南", "⼀、⼯业科技攻关（归⼝股室：⾼新技术股）",
        "1.凹凸棒石基⾼性能涂料助剂开发（MG24GY01）", "研究内容：开发⾼性能助剂，延⻓使⽤寿命。",
        "资助额度：每项不超过20万元。", "⼆、联系⽅式", "联系⼈：王敏"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.office, leaf.funding_max_wan) for leaf in leaves] == [
        ("凹凸棒石基高性能涂料助剂开发", "高新技术股", 20)]


def test_a_guideline_translated_line_by_line_reads_its_chinese_only() -> None:
    """Every Chinese line followed by its English on the next, headings too (1. …（代码：ZM2025-10）
    ⏎ 1. Loan Interest Subsidies … (Code: ZM2025-10)): the English is no part of a direction, so
    an award's 对规模以上外商投资企业… opens its sentence and names the firms it goes to."""
    text = "\n".join([
        "某片区2025年度科技创新专项申报指南", "Guidelines for the 2025 Science and Technology Programs",
        "一、研发机构建设专项", "I. R&D Institution Program",
        "1. 省级研发平台（代码：ZM2025-07）", "1. Provincial-level R&D Platforms (Code: ZM2025-07)",
        "对新获批省级企业技术中心的外商投资企业，给予100万元奖补。",
        "FIEs newly approved as provincial enterprise technology centers receive a reward of RMB 1 million.",
        "二、数字化转型贷款贴息专项", "II. Loan Interest Subsidy Program for Digital Transformation",
        "1. 外资企业智能化改造贷款贴息（代码：ZM2025-10）",
        "1. Loan Interest Subsidies for Intelligent Upgrading of FIEs (Code: ZM2025-10)",
        "对规模以上外商投资企业实施智能化改造项目的银行贷款，按实际支付利息的50%给予贷款贴息，单个企业累计不超过100万元。",
        "For bank loans of FIEs above designated size, 50% of the interest actually paid is subsidized.",
        "三、联系方式", "III. Contacts", "联系人：王敏", "Contact person: Ms Wang"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.qualifications, leaf.enterprise_lead_only, leaf.content)
            for leaf in leaves] == [
        ("ZM2025-07", ["自治区级平台"], True, "对新获批省级企业技术中心的外商投资企业，给予100万元奖补。"),
        ("ZM2025-10", ["规上企业"], True,
         "对规模以上外商投资企业实施智能化改造项目的银行贷款，按实际支付利息的50%给予贷款贴息，单个企业累计不超过100万元。")]


def test_bare_titles_numbered_where_directions_stand_are_directions_too() -> None:
    """1.机械制造 ⏎ （1）…。重点支持… ⏎ 3.农副产品精深加工 ⏎ （1）肉鸭…冷链保鲜技术。 ⏎ （2）…: the
    （1）（2） with no sentence under them are numbered as the directions beside them are — and
    so is a 软科学 plan's list of topics, once 二、绩效管理, numbered on from 一、, closes that
    plan rather than opening under it; a single rule read as a heading is not."""
    text = "\n".join([
        "某县2010年度科技计划项目申报指南", "一、计划类别和支持重点",
        "（一）工业科技攻关计划", "县财政对每个项目资助20000—50000元，项目执行期2010—2011年。",
        "1.机械制造与汽车零部件",
        "（1）农用机械关键零部件改进。重点支持播种机关键零部件的设计改进。",
        "（2）汽车制动器开发。重点支持盘式制动器研制。",
        "2.纺织服装。重点支持功能性面料开发。本方向重点支持1项，资助80000元。",
        "3.农副产品精深加工",
        "（1）肉鸭、肉鸡分割产品低温加工及冷链保鲜技术。",
        "（2）果蔬脱水、速冻加工及副产物综合利用技术。",
        "（二）软科学研究计划", "每项资助额度一般在1万元以下，研究期限一般为1年。",
        "1.科技发展规划思路研究", "2.县域特色产业集群发展对策研究",
        "二、绩效管理", "（一）项目绩效评价结果纳入科研信用记录。",
        "三、联系方式", "联系人：王敏"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.quota) for leaf in leaves] == [
        ("农用机械关键零部件改进", None), ("汽车制动器开发", None), ("纺织服装", 1),
        ("肉鸭、肉鸡分割产品低温加工及冷链保鲜技术", None),
        ("果蔬脱水、速冻加工及副产物综合利用技术", None),
        ("科技发展规划思路研究", None), ("县域特色产业集群发展对策研究", None)]



def test_plans_named_in_brackets_and_a_closing_tip_naming_one_of_them() -> None:
    """A 公众号 article: 【重点研发计划】 / 【科技惠民计划】 alone on their lines are plans (no empty
    labels), ▶ items their directions, and 💡温馨提示 ⏎ 1.【科技惠民计划】项目采取前资助方式，每项
    支持10万元… gives that plan — only that plan — its terms and office."""
    text = "\n".join([
        "重磅｜2024年某区科技计划项目申报指南发布！", "📌一、支持方向", "",
        "【重点研发计划】", "本计划采取前资助方式，项目须由企业牵头申报，每项支持20～30万元。",
        "归口科室：高新技术科", "",
        "▶ 方向一：汽车关键零部件研发（ZF24GX01）", "研究内容：开发电动压缩机。",
        "▶ 方向二：新一代电子信息（ZF24GX02）", "研究内容：开发MEMS传感器。", "",
        "【科技惠民计划】",
        "▶ 方向一：老年人慢性病智能监测", "研究内容：研发可穿戴健康监测设备。",
        "▶ 方向二：食品安全快速检测技术", "研究内容：研发现场快速检测试剂。",
        "※本计划支持方式及额度见文末温馨提示。", "",
        "📌二、联系方式", "高新技术科：刘老师  0535-6601325", "社会发展科：姜老师  0535-6601331", "",
        "💡温馨提示",
        "1. 【科技惠民计划】项目采取前资助方式，每项支持10万元，实施期限2年；高校和企业均可牵头申报，"
        "由社会发展科归口管理。",
        "2. 申报材料须真实有效。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.plan, leaf.funding_max_wan, leaf.enterprise_lead_only, leaf.office)
            for leaf in leaves] == [
        ("重点研发计划", 30, True, "高新技术科"), ("重点研发计划", 30, True, "高新技术科"),
        ("科技惠民计划", 10, False, "社会发展科"), ("科技惠民计划", 10, False, "社会发展科")]


def test_an_award_table_row_titled_by_whom_it_rewards_requires_that() -> None:
    """奖补事项 | 奖补标准 ⏎ 首次认定的国家高新技术企业 | 一次性奖补10万元 ⏎ 新认定的省级工程技术
    研究中心 | …: the row's title names what the rewarded firm holds."""
    text = "\n".join([
        "某市2025年度科技计划项目申报指南", "一、科技创新平台奖补",
        "本计划实行以奖代补，奖补对象为在本市注册、2024年获得下表所列认定的企业。",
        "序号\t奖补事项\t奖补标准",
        "1\t首次认定的国家高新技术企业\t一次性奖补10万元",
        "2\t新认定的省级工程技术研究中心\t一次性奖补20万元",
        "二、联系方式", "联系人：王敏"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.funding_max_wan, leaf.qualifications, leaf.enterprise_lead_only)
            for leaf in leaves] == [(10, ["高新技术企业"], True), (20, ["自治区级平台"], True)]


def test_revision_marks_a_page_width_cut_are_read_whole() -> None:
    """A 征求意见稿 with 【删除：…】【新增：…】 marks, hard-wrapped so a mark opens on one line and
    closes on the next — even inside its word (…（SC2026NK【删除 ⏎ ：04】【新增：03】）): the
    revised text reads as one piece, codes and amounts as they now stand."""
    text = "\n".join([
        "某县2026年度科技计划项目申报指南（征求意见稿）", "一、支持方向",
        "【删除：4】【新增：3】.丘陵山区小型农机装备研制与示范（SC2026NK【删除",
        "：04】【新增：03】）",
        "　　研究内容：研制小型耕整、播栽和收获机械。",
        "　　本方向须由企业牵头申报，【删除：每项资助10万元】【新增：每项资助不超过",
        "20万元】，拟支持1项。",
        "二、联系方式", "联系人：王敏"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.code, leaf.funding_max_wan) for leaf in leaves] == [
        (3, "SC2026NK03", 20)]


def test_a_talent_plans_categories_under_a_terms_section_are_its_directions() -> None:
    """三、支持类别及标准 (a title that elsewhere heads the classes' definitions) holding 表1
    (类别 | 支持标准, 科技人才类 spanning it as a group row) and then the categories themselves,
    with no direction anywhere else: the categories are what is applied for. A category saying
    按表1执行 takes its row (inherited); 拟支持不超过8人 counts people; …每家给予后补助100万元；
    …每家50万元 are one grant's cases; 按表1标准以奖代补 names its mode."""
    text = "\n".join([
        "某区2025年度科技人才与创新平台项目申报指南", "一、申报条件",
        "（1）申报单位须在本区注册。", "二、支持类别及标准",
        "各类别资助标准见表1。", "表1　资助标准", "类别\t支持标准", "科技人才类",
        "创新领军人才\t50万元/人，分三年拨付", "创新平台类",
        "重点实验室\t全国重点实验室500万元/个；省重点实验室100万元/个",
        "（一）科技人才类（归口科室：人才科）", "1.创业领军人才",
        "支持对象：来本区创办科技型企业的高层次人才。",
        "支持标准：经评审给予100～300万元项目资助。", "支持数量：2025年度拟支持不超过8人。",
        "2.创新领军人才", "支持对象：在区内企业担任技术负责人的高层次人才。",
        "申报条件：由所在企业组织申报。", "支持标准：按表1执行。",
        "（二）创新平台类（归口科室：平台科）", "本类项目对已完成认定的平台给予支持。",
        "1.科技企业孵化器",
        "对新认定的国家级科技企业孵化器，每家给予后补助100万元；新认定的省级科技企业孵化器，每家50万元。",
        "申报要求：运营主体可为企业、事业单位或社会组织，不限法人类型。",
        "2.重点实验室", "对新获批建设的全国重点实验室、省重点实验室，按表1标准以奖代补。",
        "三、联系方式", "联系人：王敏"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.funding_mode,
             leaf.quota, leaf.enterprise_lead_only) for leaf in leaves] == [
        ("创业领军人才", 100, 300, "分年拨付", 8, None),
        ("创新领军人才", 50, 50, "分年拨付", None, True),
        ("科技企业孵化器", 50, 100, "后补助", None, False), ("重点实验室", 100, 500, "奖补", None, None)]
    assert {"funding_max_wan", "funding_min_wan"} <= set(leaves[1].inherited)
    assert {"funding_max_wan", "funding_min_wan"} <= set(leaves[3].inherited)


def test_short_numbered_rules_after_a_table_are_the_plans_not_headings() -> None:
    """注： ⏎ 1.本专项申报主体须为企业。 ⏎ 2.本专项采取后补助方式。: sentences short enough to
    look like headings, but rules (本专项…须… with a full stop): the rows take them."""
    text = "\n".join([
        "某县2025年度科技计划项目申报指南", "一、科技成果转化专项",
        "序号\t项目名称\t主要内容\t支持额度\t实施期限",
        "1\t承接高校院所科技成果转化\t支持企业承接科技成果。\t单个项目最高30万元\t1年",
        "2\t企业新产品新技术产业化\t支持企业实现规模化生产。\t单个项目最高30万元\t1年",
        "注：", "1.本专项申报主体须为企业。", "2.本专项采取后补助方式。",
        "二、联系方式", "联系人：王敏"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.funding_max_wan, leaf.funding_mode, leaf.enterprise_lead_only)
            for leaf in leaves] == [(30, "后补助", True), (30, "后补助", True)]


def test_a_bare_note_label_over_its_numbered_points_after_a_table() -> None:
    """表2 … ⏎ 注： ⏎ 1.本专项申报主体须为企业… ⏎ 2.本专项采取后补助方式…: the label alone on its
    line, its points below it — read as the plan's notes (it once stopped the whole parse)."""
    text = "\n".join([
        "某县2025年度科技计划项目申报指南", "一、科技成果转化专项",
        "支持企业承接和转化高校院所科技成果。", "表2　科技成果转化专项支持方向",
        "序号\t项目名称\t主要内容\t支持额度\t实施期限",
        "1\t承接高校院所科技成果转化\t支持企业承接科技成果。\t单个项目最高30万元\t1年",
        "2\t企业新产品新技术产业化\t支持企业实现规模化生产。\t单个项目最高30万元\t1年",
        "注：", "1.本专项申报主体须为企业，且须为有效期内的高新技术企业。",
        "2.本专项采取后补助方式，项目完成并通过验收后，按核定的补助额度一次性拨付。",
        "二、联系方式", "联系人：王敏"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.funding_mode, leaf.enterprise_lead_only)
            for leaf in leaves] == [("承接高校院所科技成果转化", 30, "后补助", True),
                                    ("企业新产品新技术产业化", 30, "后补助", True)]


def test_topics_a_plan_introduces_and_a_loan_item_freed_of_the_plans_period() -> None:
    """参考选题如下： ⏎ 1、…研究 beside directions numbered 1．: the topics are directions too;
    贴息项目不受本计划配套比例和执行期要求限制 frees that item of the plan's period; 本领域项目须由
    企业牵头申报，可联合高校共同申报；…本领域拟立项不超过5项: 共同 is no shared count."""
    text = "\n".join([
        "某市2019年度科技计划项目申报指南", "一、计划类别", "（一）工业科技攻关计划（工业科）",
        "本领域项目须由企业牵头申报，可联合高校、科研院所共同申报；项目执行期为2019年7月至2021年6月；本领域拟立项不超过5项。",
        "1．专用汽车关键技术研发", "支持底盘轻量化技术研发。每项资助30万元。",
        "2．企业技术创新贷款贴息",
        "对企业银行贷款给予贴息，单个企业贴息额不超过15万元。贴息项目不受本计划配套比例和执行期要求限制。",
        "（二）软科学研究计划（综合科）",
        "开展战略研究和政策研究。参考选题如下（申报单位也可自拟题目）：",
        "1、县域科技创新能力评价研究", "2、科技型中小企业培育机制研究",
        "二、申报程序", "（一）申报截止时间：2019年5月20日。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.period_years_max, leaf.quota) for leaf in leaves] == [
        ("专用汽车关键技术研发", 2, 5), ("企业技术创新贷款贴息", None, 5),
        ("县域科技创新能力评价研究", None, None), ("科技型中小企业培育机制研究", None, None)]


def test_bang_notes_section_with_a_labelled_point_and_a_capped_public_share() -> None:
    """一、榜单说明 (3．拨付方式。市财政补助采取里程碑式补助… read as a labelled point; 4．每个
    榜单原则上确定1个揭榜方) over 二、榜单: every 榜单's mode and count; 榜额：企业出资200万元；
    市财政补助按…30%给予，最高不超过60万元: the grant is the public share, its cap too."""
    text = "\n".join([
        "某市2026年度科技计划项目申报指南", "第一部分　“揭榜挂帅”项目", "一、榜单说明",
        "1．本批次共发布榜单2项。",
        "2．拨付方式。市财政补助采取里程碑式补助：合同登记后拨付40%，验收通过后拨付60%。",
        "3．每个榜单原则上确定1个揭榜方。", "二、榜单",
        "【榜单1】大马力拖拉机电液悬挂系统精准控制技术", "榜单编号：JB-2026-01",
        "需求描述：研制电液悬挂控制器。", "榜额：400万元。其中企业出资300万元，市财政补助100万元。",
        "【榜单2】出口保鲜生姜绿色防控技术", "榜单编号：JB-2026-02", "需求描述：开发生物源保鲜剂。",
        "榜额：企业出资200万元；市财政补助按企业实际到账出资额的30%给予，最高不超过60万元。",
        "第二部分　联系方式", "联系人：王敏"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.funding_mode, leaf.quota)
            for leaf in leaves] == [("JB-2026-01", 100, "里程碑式补助", 1),
                                    ("JB-2026-02", 60, "里程碑式补助", 1)]


def test_table_legend_caps_single_amounts_and_rules_cells_name_the_applicant() -> None:
    """注：“支持方式及额度”栏所列单一金额为单个项目资助上限 under a table whose cells say
    前资助，80万元: 80 is a cap; a 申报要求 cell 须为规上工业企业 / 不限 is the applicant's rule."""
    text = "\n".join([
        "某区2025年度科技计划项目申报指南", "一、支持方向",
        "序号\t指南代码\t方向名称\t主要内容\t支持方式及额度\t实施期限\t申报要求",
        "1\tSS25GJ01\t智能家电关键零部件产业化\t支持关键零部件产业化。\t前资助，80万元\t2年\t须为规上工业企业",
        "2\tSS25GJ02\t城市生命线安全运行监测预警\t研发多源感知监测设备。\t前资助，30~60万元\t2年\t不限",
        "注：1.“支持方式及额度”栏所列单一金额为单个项目区财政资助上限。",
        "二、联系方式", "联系人：王敏"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.enterprise_lead_only)
            for leaf in leaves] == [("SS25GJ01", None, 80, True), ("SS25GJ02", 30, 60, False)]


def test_notes_naming_a_cell_value_and_answers_naming_a_direction() -> None:
    """本表中支持额度为“择优支持”的方向，…按不超过20万元给予资助 / 支持额度为“—”的方向…县财政
    不安排资助资金: said of the rows whose cell says so; Q：…“概念验证中心建设”方向的补助标准…？
    ⏎ A：…单个项目最高300,000元，建设期不超过2年 gives that direction its terms, and A：不要求。
    to 是否也要求规上企业和研发费用不低于500万元？ frees it of both."""
    text = "\n".join([
        "某县2025年度科技计划项目申报指南", "一、重点研发计划",
        "本计划申报企业须为规模以上工业企业，上年度研发费用不低于500万元，采取后补助方式。",
        "表1　重点研发计划项目支持方向", "序号\t项目名称\t主要内容\t支持额度\t实施期限",
        "1\t牛肉制品精深加工技术研发\t开展牛肉低温熟化技术研究。\t择优支持\t2年",
        "2\t首台（套）装备推广应用\t支持首台（套）装备推广应用。\t—\t2年",
        "3\t科技型初创企业技术研发\t支持初创企业开展技术研发。\t每项10万元\t1年",
        "4\t概念验证中心建设\t建设概念验证中心。\t\t",
        "注：1.本表中支持额度为“择优支持”的方向，经专家评审后按不超过20万元给予资助；2.支持额度为“—”的方向列入指导性项目管理，县财政不安排资助资金。",
        "二、常见问题",
        "Q1：重点研发计划中“科技型初创企业技术研发”方向，是否也要求规上企业和研发费用不低于500万元？",
        "", "A：不要求。申报企业为入库的科技型中小企业即可。",
        "Q2：“概念验证中心建设”方向的补助标准和实施期限是多少？",
        "A：该方向按项目实际投入的30%给予补助，单个项目最高300,000元，建设期不超过2年。",
        "三、联系方式", "联系人：王敏"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.funding_max_wan, leaf.funding_mode, leaf.period_years_max, leaf.min_rd_spend_wan,
             leaf.qualifications) for leaf in leaves] == [
        (20, "后补助", 2, 500, ["规上企业"]), (None, None, 2, 500, ["规上企业"]),
        (10, "后补助", 1, None, ["科技型中小企业"]), (30, "后补助", 2, 500, ["规上企业"])]


def test_items_each_funding_themselves_keep_the_fields_after_the_last() -> None:
    """1.重点实验室 ⏎ …按表1标准以奖代补。 ⏎ 2.科技企业孵化器 ⏎ …每家给予后补助100万元… ⏎
    申报要求：…: items a table or their own grant funds are directions, the 申报要求 the last
    one's — not one direction's content made of both."""
    text = "\n".join([
        "某区2025年度创新平台项目申报指南", "一、支持类别", "表1　资助标准", "类别\t支持标准",
        "重点实验室\t全国重点实验室500万元/个；省重点实验室100万元/个",
        "（一）创新平台类（归口科室：平台科）", "本类项目对已完成认定的平台给予支持。",
        "1.重点实验室", "对新获批建设的全国重点实验室、省重点实验室，按表1标准以奖代补。",
        "2.科技企业孵化器",
        "对新认定的国家级科技企业孵化器，每家给予后补助100万元；新认定的省级科技企业孵化器，每家50万元。",
        "申报要求：运营主体可为企业、事业单位或社会组织，不限法人类型。",
        "二、联系方式", "联系人：王敏"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.enterprise_lead_only)
            for leaf in leaves] == [("重点实验室", 100, 500, None), ("科技企业孵化器", 50, 100, False)]


def test_one_table_of_plans_whose_cells_list_several_directions() -> None:
    """计划类别 (merged down, its office in brackets) | 项目类别 | 支持方向 | … under 二、申报范围与
    支持方向: each plan a group with its office; a 支持方向 cell listing （1）…；（2）… or A；B gives
    a direction each, on the row's line, the row's cells theirs from above; 首次认定的奖励10万元，
    重新认定的奖励5万元 gives each award item its own; a 注's 2．重点研发计划项目…；农业科技计划
    前资助项目须… binds those plans (and that plan's 前资助 rows) only."""
    text = "\n".join([
        "某县2024年度县级科技计划项目申报通知", "一、总体要求", "围绕主导产业组织实施。",
        "二、申报范围与支持方向", "各类计划的支持方向见表1，计划类别栏括号内为归口科室。",
        "表1　2024年度县级科技计划项目申报指南",
        "计划类别\t项目类别\t支持方向\t支持方式\t资助额度\t申报条件",
        "重点研发计划（高新技术科）\t硅基新材料关键技术攻关\t（1）高纯石英砂深度提纯技术（DH24GY01）；（2）石英坩埚用砂低羟基控制技术（DH24GY02）\t前资助\t每项不超过50万元\t须由企业牵头",
        "农业科技计划（农村科技科）\t现代农业关键技术\t设施西兰花绿色高效栽培技术集成与示范；稻麦周年机械化丰产增效技术示范\t前资助\t每项10万元\t均可申报",
        "农业科技计划（农村科技科）\t农业科技示范基地\t农业科技园区新品种新技术示范推广\t后补助\t根据年度绩效评价结果确定\t申报单位须建有市级以上星创天地或农业科技园区",
        "科技企业培育计划（成果转化科）\t高新技术企业培育\t首次认定的国家高新技术企业；重新认定的国家高新技术企业\t奖补\t首次认定的奖励10万元，重新认定的奖励5万元\t在本县注册的企业",
        "注：1．表中资助额度均为县级财政科技资金。",
        "2．重点研发计划项目实施期限一般为2年，最长不超过3年；农业科技计划前资助项目须落实不低于1:1的自筹经费。",
        "三、申报条件", "（一）申报单位应为在本县注册的企事业单位。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.code, leaf.office, leaf.funding_max_wan, leaf.period_years_max,
             leaf.matching_ratio, leaf.qualifications) for leaf in leaves] == [
        (8, "DH24GY01", "高新技术科", 50, 3, None, []),
        (8, "DH24GY02", "高新技术科", 50, 3, None, []),
        (9, None, "农村科技科", 10, None, 1, []), (9, None, "农村科技科", 10, None, 1, []),
        (10, None, "农村科技科", None, None, None, ["市级平台"]),
        (11, None, "成果转化科", 10, None, None, ["高新技术企业"]),
        (11, None, "成果转化科", 5, None, None, ["高新技术企业"])]
    assert "funding_max_wan" in leaves[0].inherited
    assert "funding_max_wan" not in leaves[4].inherited
    assert "funding_max_wan" not in leaves[5].inherited


def test_marked_key_directions_remarks_under_listed_items_and_topics() -> None:
    """A 2016 plan: 一般项目资助5—10万元，重点项目资助20—30万元 and 方向后注明“（重点）”的只受理
    重点项目申报，其余方向只受理一般项目申报: a marked direction takes the 重点 tier (the mark no
    part of its title), the others the 一般 one; 备注： under a listed item is that item's and the
    list goes on after it; …；申报重点项目的须为规模以上工业企业 binds 重点 directions only;
    研究重点： over （1）（2）（3） topics, one with a 备注, lists the plan's directions."""
    text = "\n".join([
        "某州2016年度科技计划项目申报指南", "一、科技攻关计划",
        "项目分为一般项目和重点项目：一般项目资助5—10万元，重点项目资助20—30万元，采取事前资助方式。方向后注明“（重点）”的只受理重点项目申报，其余方向只受理一般项目申报。",
        "（一）工业科技攻关（责任科室：工业科）",
        "申报单位须为在州内注册的企业，自筹资金与申请资金的比例不低于1:1；申报重点项目的须为规模以上工业企业。",
        "支持方向：", "1.水电站群智能化运维技术应用（重点）", "2.低品位铜矿尾矿综合利用技术研究",
        "备注：限在州内从事有色金属矿产开发的企业申报。", "3.藏药院内制剂工艺改进研究",
        "二、软科学研究计划（责任科室：政策科）",
        "软科学研究项目每项资助2—5万元，研究期限1年。", "研究重点：",
        "（1）科技创新驱动发展路径研究", "（2）基层科技服务体系建设对策研究",
        "备注：本方向拟支持2项。", "（3）科技支撑乡村旅游发展研究",
        "三、科学技术普及计划（责任科室：科普科）", "科普项目每项资助不超过5万元。",
        "1.县级科普基地能力提升", "备注：实行以奖代补，单个基地最高不超过8万元。",
        "2.农牧民实用技术培训",
        "四、申报须知", "（一）申报时间：2016年3月15日至4月15日。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.qualifications,
             leaf.quota) for leaf in leaves] == [
        ("水电站群智能化运维技术应用", 20, 30, ["规上企业"], None),
        ("低品位铜矿尾矿综合利用技术研究", 5, 10, [], None),
        ("藏药院内制剂工艺改进研究", 5, 10, [], None),
        ("科技创新驱动发展路径研究", 2, 5, [], None),
        ("基层科技服务体系建设对策研究", 2, 5, [], 2),
        ("科技支撑乡村旅游发展研究", 2, 5, [], None),
        ("县级科普基地能力提升", None, 8, [], None), ("农牧民实用技术培训", None, 5, [], None)]
    assert leaves[1].enterprise_lead_only is True and "enterprise_lead_only" not in leaves[1].inherited


def test_projects_under_topics_holding_only_an_office_line_and_closing_terms() -> None:
    """专题一：… ⏎ 归口科室：… ⏎ 项目1：… ⏎ 项目2：… ⏎ 专题二：… ⏎ 归口科室：… ⏎ 项目1：…: each
    专题's 项目 nest under it (its office line all it holds before them), the second time too;
    本专题支持方式：后补助 ⏎ 支持强度：… ⏎ 项目数量：… after a 专题's last 项目 are the 专题's."""
    text = "\n".join([
        "某市2026年度重点领域研发计划项目申报指南", "一、专题与项目",
        "专题一：新材料", "归口科室：高新技术科",
        "项目1：纳米碳酸钙表面改性技术（项目代码：YD2026-0101）", "研究内容：开展表面改性技术研究。",
        "项目2：石材固废高值化利用技术（项目代码：YD2026-0102）", "研究内容：研究固废分级提纯技术。",
        "本专题支持方式：前资助", "支持强度：每项不超过100万元", "项目数量：每个项目拟支持1项",
        "专题二：现代农业", "归口科室：农村科技科",
        "项目1：红茶种质资源挖掘（项目代码：YD2026-0201）", "研究内容：收集茶树种质资源。",
        "项目2：茶园智能化管护装备（项目代码：YD2026-0202）", "研究内容：研制坡地修剪装备。",
        "本专题支持方式：后补助", "支持强度：每项不超过30万元", "实施周期：18个月",
        "二、申报程序", "（一）网上申报。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.funding_mode,
             leaf.period_years_max) for leaf in leaves] == [
        ("YD2026-0101", "高新技术科", 100, "前资助", None),
        ("YD2026-0102", "高新技术科", 100, "前资助", None),
        ("YD2026-0201", "农村科技科", 30, "后补助", 1.5),
        ("YD2026-0202", "农村科技科", 30, "后补助", 1.5)]
    assert all("funding_max_wan" in leaf.inherited for leaf in leaves)


def test_codes_closing_blocks_past_numbered_points_and_shared_by_sub_directions() -> None:
    """Each block closes with 指南编号：…, after a 申报主体要求： field whose points 1. …； 2. …。
    read like headings: the code is its block's, not the next heading's; sub-directions of a
    direction whose 申报方式 says 勾选所申报的子方向 use its code; a title's （后补助） is a tag."""
    text = "\n".join([
        "某区2026年度科技创新行动计划项目申报指南", "专题一、人工智能", "归口科室：高新技术科",
        "方向1：医疗健康垂类大模型", "研究内容：研发医疗大模型。",
        "经费额度：每项资助额度不超过150万元。", "申报主体要求：",
        "1. 申报主体须为注册在本区的企业；", "2. 申报单位2025年度研发投入不低于800万元。",
        "申报方式：在线填报。", "指南编号：26XH1A0100",
        "方向2：智能算力调度与数据要素流通", "本方向下设2个子方向，统一表述如下：",
        "经费额度：每个子方向拟支持1项，每项资助额度不超过60万元。",
        "申报方式：在线填报，须在系统中勾选所申报的子方向。", "指南编号：26XH1A0200",
        "子方向1：异构智能算力统一调度平台", "研究内容：研发算力调度平台。",
        "子方向2：公共数据授权运营与隐私计算", "研究内容：研发数据授权运营技术。",
        "方向3：创新药研发成果转化（后补助）", "研究内容：对取得临床试验批准的创新药项目给予补助。",
        "经费额度：后补助，按研发费用的20%给予补助，每项最高不超过300万元。",
        "申报主体要求：", "1. 申报单位须为注册在本区的医疗器械生产或研发企业。",
        "指南编号：26XH1A0300", "二、申报要求", "（一）申报单位须无不良信用记录。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.enterprise_lead_only) for leaf in leaves] == [
        ("医疗健康垂类大模型", "26XH1A0100", True),
        ("异构智能算力统一调度平台", "26XH1A0200", None),
        ("公共数据授权运营与隐私计算", "26XH1A0200", None),
        ("创新药研发成果转化", "26XH1A0300", True)]


def test_keyword_projects_under_a_group_naming_only_its_office() -> None:
    """（一）轴承及高端装备领域（归口科室：高新技术科） ⏎ 项目1：… ⏎ 项目2：… ⏎ （二）…: the 项目
    stand under the group its bracket gives an office, and take that office."""
    text = "\n".join([
        "某县2025年度重大科技攻关项目申报指南", "一、赛马制项目",
        "（一）轴承及高端装备领域（归口科室：高新技术科）",
        "项目1：新能源汽车轮毂轴承单元密封技术", "（项目编号：CSSM2025-01）",
        "攻关目标：开发轮毂轴承单元多唇口低摩擦密封结构。",
        "支持方式及额度：竞争性分配。拟平行支持2项，首期每项支持30万元；中期评估后择优1项追加支持不超过50万元。",
        "项目2：轴承钢球表面缺陷智能视觉检测装备", "（项目编号：CSSM2025-02）",
        "攻关目标：研制钢球表面缺陷检测装备。",
        "（二）特色农业领域（归口科室：农村与社会发展科）",
        "项目3：常山胡柚提质增效栽培技术集成", "项目编号：CSSM2025-03", "攻关目标：集成郁闭园改造技术。",
        "二、申报要求", "（一）申报单位应无不良信用记录。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota)
            for leaf in leaves] == [("CSSM2025-01", "高新技术科", 30, 80, 2),
                                    ("CSSM2025-02", "高新技术科", None, None, None),
                                    ("CSSM2025-03", "农村与社会发展科", None, None, None)]


def test_reading_mode_bold_marks_and_titles_under_a_granting_group() -> None:
    """A phone browser's reading mode keeps **bold** around amounts inside sentences (每项资助
    **15～30万元**, 不低于**100万元**); （一）工程技术研究中心 whose 支持方式 grants an award over
    bare titles 1.…中心 2.…中心: each title is a direction with that award."""
    text = "\n".join([
        "**一、产业技术攻关计划**", "归口股室：高新技术股", "**（一）船舶制造**",
        "**支持方式：**本领域项目采取前资助方式，", "每项资助**15～30万元**，项目执行期2年。",
        "申报企业上年度研发投入不低于**100万元**。",
        "1.内河新能源船舶电池舱热管理技术研究（指南代码：YJ2025-ZD01）",
        "研究内容：开展电池舱热失控预警研究。",
        "2.船体分段机器人智能焊接技术（指南代码：YJ2025-ZD02）", "研究内容：研发焊缝自动识别技术。",
        "**二、科技创新平台建设计划**", "**（一）工程技术研究中心**",
        "**支持方式：**采取以奖代补方式。", "对新认定的工程技术研究中心，给予一次性奖补**10万元**。",
        "1.船舶与海工装备工程技术研究中心", "2.苎麻纺织新材料工程技术研究中心",
        "**三、申报程序**", "（一）网上申报。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.min_rd_spend_wan)
            for leaf in leaves] == [
        ("内河新能源船舶电池舱热管理技术研究", 15, 30, 100),
        ("船体分段机器人智能焊接技术", 15, 30, 100),
        ("船舶与海工装备工程技术研究中心", 10, 10, None),
        ("苎麻纺织新材料工程技术研究中心", 10, 10, None)]


def test_policy_items_a_tier_table_a_closing_pair_and_one_kind_of_firm() -> None:
    """A 政策兑现 guide: 支持标准：…见表1 ⏎ 档次 | 上年度营业收入 | 奖励金额 (bands in 亿元, awards
    in 万元) gives the awards only; （一）…（二）… ⏎ 以上两项申报材料： ⏎ … ⏎ 受理科室：… is both
    items' office; 本事项支持不超过50家 counts firms; …的区内软件和信息服务企业 is one kind of
    firm."""
    text = "\n".join([
        "某区2025年度科技专项资金申报指南", "一、瞪羚企业奖励", "支持对象：2024年度新认定的瞪羚企业。",
        "支持标准：按企业上年度营业收入规模分档给予一次性奖励，具体标准见表1。本事项支持不超过50家。",
        "表1　瞪羚企业奖励标准", "档次\t上年度营业收入\t奖励金额", "第一档\t5亿元（含）以上\t50万元",
        "第二档\t1亿元（含）至5亿元\t30万元", "第三档\t1亿元以下\t15万元", "受理科室：新经济发展科",
        "二、科技成果转化奖励", "（一）技术合同交易奖励", "支持对象：技术输出方。",
        "支持标准：按技术合同到账金额的2%给予奖励，单个单位最高50万元。",
        "（二）高校院所成果在区转化补助", "支持对象：承接高校科技成果的企业。",
        "支持标准：按技术交易实际支付金额的10%给予补助，单个项目最高100万元。",
        "以上两项申报材料：", "1．申报书；", "2．技术合同登记证明。", "受理科室：成果转化科",
        "三、首版次软件产品应用奖励",
        "支持对象：2024年度有产品被认定为首版次软件产品的区内软件和信息服务企业。",
        "支持标准：给予一次性奖励10万元。", "受理科室：科技创新科",
        "四、办理流程", "（一）网上申报。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota, leaf.office)
            for leaf in leaves] == [
        ("瞪羚企业奖励", 15, 50, 50, "新经济发展科"),
        ("技术合同交易奖励", None, 50, None, "成果转化科"),
        ("高校院所成果在区转化补助", None, 100, None, "成果转化科"),
        ("首版次软件产品应用奖励", 10, 10, None, "科技创新科")]
    assert leaves[3].enterprise_lead_only is True


def test_bang_rules_in_an_organisation_section_and_each_bangs_own_share() -> None:
    """（一）组织方式 (a section that funds nothing) over （二）榜单清单: its points (均可揭榜,
    每个榜单原则上只确定1个揭榜方, 里程碑式补助) are the plan's; each 任务's own 财政资助：市财政按
    榜单金额的30%给予资助，最高不超过80万元 is that share of its 榜单金额 up to its cap; 本专项安排
    经费40万元，支持不超过10项 is the whole plan's count, no direction's; a title's （择优委托）
    is a tag."""
    text = "\n".join([
        "某市2023年度科技计划项目申报指南", "一、“揭榜挂帅”攻关任务", "归口股室：成果转化股",
        "（一）组织方式", "1.发榜。由需求单位提出技术需求并承诺出资。",
        "2.揭榜。揭榜方可以是国内企业、高等院校、科研院所等，均可揭榜。每个榜单原则上只确定1个揭榜方。",
        "3.财政资助。财政资助资金采取里程碑式补助方式拨付。", "（二）榜单清单",
        "任务一：电动助力转向控制器核心算法开发", "任务编号：SS2023JB-01", "需求描述：开发EPS控制器。",
        "榜单金额：300万元", "财政资助：市财政按榜单金额的30%给予资助，最高不超过80万元。",
        "任务二：铝合金转向节低压铸造成形工艺研究", "任务编号：SS2023JB-02", "需求描述：开发低压铸造工艺。",
        "榜单金额：150万元", "财政资助：市财政按榜单金额的30%给予资助，最高不超过80万元。",
        "二、软科学研究项目", "支持方式：前资助。本专项安排经费40万元，支持不超过10项，每项资助3万—5万元。",
        "1.县域科技型中小企业梯度培育政策研究（择优委托）", "研究内容：研究培育政策。",
        "2.生物医药产业创新链融合发展路径研究（择优委托）", "研究内容：分析产业链。",
        "三、申报程序", "（一）网上申报。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.funding_mode,
             leaf.quota, leaf.enterprise_lead_only) for leaf in leaves] == [
        ("电动助力转向控制器核心算法开发", 80, 80, "里程碑式补助", 1, False),
        ("铝合金转向节低压铸造成形工艺研究", 45, 45, "里程碑式补助", 1, False),
        ("县域科技型中小企业梯度培育政策研究", 3, 5, "前资助", None, None),
        ("生物医药产业创新链融合发展路径研究", 3, 5, "前资助", None, None)]


def test_a_heading_taking_no_applications_this_time_is_no_direction() -> None:
    """（六）科技创新券 ⏎ 本年度科技创新券实行常年受理，申报办法另行通知，本次不受理。: listed, but
    closed to this call."""
    text = "\n".join([
        "某县2025年度科技计划项目申报指南", "一、支持方向", "（一）科技创新平台奖励",
        "对新获批省级工程技术研究中心的企业，一次性奖励20万元。", "（二）科技创新券",
        "本年度科技创新券实行常年受理，申报办法另行通知，本次不受理。", "二、申报程序", "（一）网上申报。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [leaf.title for leaf in leaves] == ["科技创新平台奖励"]


def test_a_class_cell_printed_once_between_its_rows_and_a_unit_whose_note_follows_it() -> None:
    """计划类别 | 项目类型 | … with 重点研发计划 merged over two rows and printed once between them,
    on a line of its own (as a PDF centres it), under a caption whose 金额单位：千元 carries a
    note: both rows are the plan's, and their bare amounts are in 千元."""
    text = "\n".join([
        "某州2023年度科技计划项目申报指南", "一、支持方式",
        "表1　项目支持方式及资助额度（金额单位：千元（1千元即0.1万元））",
        "计划类别\t项目类型\t支持方式\t单项资助额度\t实施期限",
        "\t重大专项\t前资助\t500～1000\t不超过3年", "重点研发计划\t\t\t\t",
        "\t一般项目\t前资助\t100～300\t不超过2年", "科技惠民计划\t—\t前资助\t100～200\t不超过2年",
        "二、支持方向", "（一）重点研发计划", "1.草果林下生态种植技术集成示范（NJ23ZD01）",
        "项目类型：重大专项", "研究内容：研究草果林下生态种植模式。",
        "2.草果精深加工技术研究（NJ23ZD02）", "项目类型：一般项目", "研究内容：研究草果低温干燥技术。",
        "（二）科技惠民计划", "1.地质灾害监测预警技术研究（NJ23HM01）", "研究内容：构建监测预警平台。",
        "三、联系方式", "电话：0886-3622176。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in leaves] == [("NJ23ZD01", 50, 100, 3), ("NJ23ZD02", 10, 30, 2),
                                    ("NJ23HM01", 10, 20, 2)]


def test_bare_titles_closed_by_a_paragraph_naming_their_plan_take_its_terms() -> None:
    """五、软科学研究计划 ⏎ 1.… ⏎ 2.… ⏎ 软科学研究计划项目每项资助2万元…: the paragraph after the
    last bare title is said of the plan by name — both titles take its terms, as the plan's."""
    text = "\n".join([
        "某区2026年度科技计划项目申报指南", "一、软科学研究计划（归口科室：综合科）",
        "1.科技创新政策实施绩效评估研究", "2.数字经济与传统制造业融合发展路径研究",
        "\u3000软科学研究计划项目每项资助2万元，实施期限1年，申报单位不限。", "二、申报程序",
        "（一）网上申报。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.funding_max_wan, leaf.period_years_max, leaf.enterprise_lead_only,
             {"funding_max_wan", "period_years_max"} <= set(leaf.inherited))
            for leaf in leaves] == [(2, 1, False, True), (2, 1, False, True)]


def test_rules_for_ranges_of_articles_bind_the_articles_they_name() -> None:
    """第三章 directions each an article (第八条…第十三条), then 第十四条　第八条至第十条所列项目…
    and 第十五条　第十一条至第十三条所列项目…: each rule binds the articles it names, not every
    direction of the chapter (nor of the section it closes)."""
    text = "\n".join([
        "某县2026年度科技计划项目申报指南", "第一章　总　　则", "第一条　为推进县域科技创新，制定本指南。",
        "第二章　支持方向", "第一节　产业关键技术攻关（责任股室：高新技术股）",
        "第八条　无醛人造板关键技术（项目代码：TC26GJ01）。支持开展无醛胶黏剂研发。",
        "第九条　精密铸件近净成形技术（项目代码：TC26GJ02）。支持开展近净成形技术研究。",
        "第十条　工业互联网与智能工厂建设（项目代码：TC26GJ03）。支持建设智能工厂。",
        "第二节　农业与社会发展（责任股室：农村与社会发展股）",
        "第十一条　优质稻米生产技术集成示范（项目代码：TC26NS01）。建设核心示范区。",
        "第十二条　畜禽养殖废弃物资源化利用（项目代码：TC26NS02）。开展粪污发酵技术研究。",
        "第十三条　县域常见病诊疗技术推广（项目代码：TC26NS03）。开展适宜诊疗技术推广。",
        "第十四条　第八条至第十条所列项目须由企业牵头申报，采取前资助方式，自筹资金与县财政资助资金比例不低于1:1，实施期限一般为2年。",
        "第十五条　第十一条至第十三条所列项目采取后补助方式，实施期限为2026年7月至2027年6月，不要求自筹资金配套。",
        "第三章　申报程序", "第十六条　申报时间为2026年3月10日至4月10日。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_mode, leaf.enterprise_lead_only, leaf.matching_ratio,
             leaf.period_years_max) for leaf in leaves] == [
        ("TC26GJ01", "前资助", True, 1, 2), ("TC26GJ02", "前资助", True, 1, 2),
        ("TC26GJ03", "前资助", True, 1, 2), ("TC26NS01", "后补助", None, None, 1),
        ("TC26NS02", "后补助", None, None, 1), ("TC26NS03", "后补助", None, None, 1)]


def test_classes_naming_rows_of_the_one_table_after_them_hold_those_rows() -> None:
    """（一）重点研发项目（表1第1—2项）。须由企业牵头… ⏎ （二）科技惠民项目（表1第3—4项）。均可
    牵头… ⏎ 表1 (every direction, numbered through): each class's words bind the rows it names,
    stated once for them — not the last class's for all; a 资助方式 cell left blank under 资助方式
    栏空白的，同上 says the row above's."""
    text = "\n".join([
        "某区2025年度科技计划项目申报指南", "一、支持方向及资助标准",
        "（一）重点研发项目（表1第1—2项）。须由企业牵头申报；自筹经费与区级财政资助经费比例不低于1:1。",
        "（二）科技惠民项目（表1第3—4项）。企业、高校、科研院所均可牵头申报；不要求自筹经费配套。",
        "表1 2025年度科技计划项目申报方向及资助标准",
        "序号\t项目名称\t资助方式\t资助额度（万元）",
        "1\t氢燃料电池电堆关键材料研发（QB25ZD01）\t前资助\t100",
        "2\t铁路货运装备智能运维技术（QB25ZD02）\t前资助\t80",
        "3\t优质稻蔬绿色高效生产技术集成示范（QB25HM01）\t前资助\t20～30",
        "4\t常见慢病早期筛查技术推广（QB25HM02）\t\t15",
        "注：1.资助方式栏空白的，同上。", "二、申报程序", "（一）网上填报。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_mode, leaf.enterprise_lead_only, leaf.matching_ratio,
             "enterprise_lead_only" in leaf.inherited) for leaf in leaves] == [
        ("QB25ZD01", "前资助", True, 1, True), ("QB25ZD02", "前资助", True, 1, True),
        ("QB25HM01", "前资助", False, None, True), ("QB25HM02", "前资助", False, None, True)]


def test_a_posts_w_for_wan_after_a_word_of_money() -> None:
    """最高50w / 奖补10w：重新认定的奖补5w, as a 公众号 post writes 万元 — but 功率50W is power."""
    text = "\n".join([
        "某镇2026年科技扶持事项申报指南", "一、扶持事项", "（一）新认定国家级研发机构",
        "对新认定为国家工程技术研究中心的企业，给予一次性奖补，最高50w。",
        "（二）高新技术企业认定奖补", "对首次通过高新技术企业认定的企业奖补10w；重新认定通过的，奖补5w。",
        "（三）大功率激光器研发（BJ26-01）", "研究内容：研制输出功率50W以上的光纤激光器。", "资助额度：20万元。",
        "二、联系方式", "电话：0757-26666666。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.funding_min_wan, leaf.funding_max_wan) for leaf in leaves] == [
        (None, 50), (5, 10), (20, 20)]


def test_award_items_taking_a_class_standard_a_count_of_firms_and_an_amount_set_later() -> None:
    """三、支持标准 ⏎ （一）科技创新券类。…单个企业年度兑付额最高不超过20万元。 ⏎ （二）创新平台
    奖励类。…一次性奖励100万元… then 四、奖补事项 groups of those names: an item 按第三部分第（一）
    项执行 takes 20万元 (what one firm gets); 奖励额度…另行研究确定 states none, and takes none
    from above; 每年评定不超过10家 is the item's count."""
    text = "\n".join([
        "某区2026年度科技创新奖补项目申报指南", "一、支持标准",
        "（一）科技创新券类。科技创新券实行后补助，按企业实际支付科技服务费用的50%兑付，单个企业年度兑付额最高不超过20万元。",
        "（二）创新平台奖励类。本类事项采取以奖代补方式。对新认定的国家级创新平台一次性奖励100万元，省级创新平台一次性奖励30万元。",
        "二、2026年度奖补事项", "（一）科技创新券类（受理科室：成果转化科）",
        "1.研发设计服务创新券（LQ-01）", "支持标准：按本指南第一部分第（一）项执行。",
        "（二）创新平台奖励类（受理科室：平台建设科）", "2.创新平台绩效评价优秀奖励（LQ-02）",
        "支持标准：奖励额度根据区科技创新专项资金年度预算另行研究确定。", "3.科技创新示范企业奖励（LQ-03）",
        "支持标准：每年评定不超过10家，每家奖励10万元。", "三、联系方式", "电话：0311-82018627。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.quota) for leaf in leaves] == [
        ("LQ-01", 20, None), ("LQ-02", None, None), ("LQ-03", 10, 10)]


def test_rules_for_a_kind_a_plan_table_names_in_its_second_column() -> None:
    """计划类别 | 项目类型 | … (重点研发计划 | 重大专项 / 一般项目): a direction's 项目类型：重大专项
    is its kind, so 重大专项申报单位自筹经费…1:1 and 申报重点研发计划重大专项的企业，上年度研发投入
    不低于100万元 bind the 重大专项 only, not the plan's 一般项目."""
    text = "\n".join([
        "某州2023年度科技计划项目申报指南", "一、支持方式",
        "计划类别\t项目类型\t支持方式\t单项资助额度\t实施期限",
        "重点研发计划\t重大专项\t前资助\t50～100万元\t不超过3年",
        "重点研发计划\t一般项目\t前资助\t10～30万元\t不超过2年",
        "注：重大专项申报单位自筹经费与州级财政资助经费的比例不低于1:1。",
        "二、支持方向", "（一）重点研发计划", "1.草果林下生态种植技术集成示范（NJ23ZD01）",
        "项目类型：重大专项", "研究内容：研究草果林下生态种植模式。",
        "2.草果精深加工技术研究（NJ23ZD02）", "项目类型：一般项目", "研究内容：研究草果低温干燥技术。",
        "三、申报条件", "（一）申报单位应为在本州注册的独立法人。",
        "（二）申报重点研发计划重大专项的企业，上年度研发投入不低于100万元。",
        "四、联系方式", "电话：0886-3622176。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.matching_ratio, leaf.min_rd_spend_wan)
            for leaf in leaves] == [("NJ23ZD01", 100, 1, 100), ("NJ23ZD02", 30, None, None)]


def test_a_box_drawn_table_with_group_rows_a_two_line_header_and_remarks() -> None:
    """A table drawn with box characters, every row between rules and wrapped over lines, its
    header over two lines (序/号), group rows across it naming their office, and a 备注 cell
    granting the row's own 每项5万元 over its class's terms."""
    text = "\n".join([
        "某区2026年度科技计划项目申报指南", "一、支持方向一览表",
        "┌────┬──────┬──────────────────┬────────────┬──────────────────────┐",
        "│序  │类别  │方向名称          │指南代码    │备注                  │",
        "│号  │      │                  │            │                      │",
        "├────┴──────┴──────────────────┴────────────┴──────────────────────┤",
        "│（一）石化新材料产业（归口股室：高新技术股）                           │",
        "├────┬──────┬──────────────────┬────────────┬──────────────────────┤",
        "│1   │A类   │高端聚烯烃专用料开│QG2026A01   │                      │",
        "│    │      │发及产业化        │            │                      │",
        "├────┼──────┼──────────────────┼────────────┼──────────────────────┤",
        "│2   │B类   │炼化副产碳四高值化│QG2026B01   │每项5万元，拟支持3项。│",
        "│    │      │利用技术          │            │                      │",
        "├────┴──────┴──────────────────┴────────────┴──────────────────────┤",
        "│（二）现代农业（归口股室：创新服务股）                                 │",
        "├────┬──────┬──────────────────┬────────────┬──────────────────────┤",
        "│3   │B类   │深远海网箱大黄鱼病│QG2026B03   │实施期限3年。         │",
        "│    │      │害绿色防控技术    │            │                      │",
        "└────┴──────┴──────────────────┴────────────┴──────────────────────┘",
        "二、项目类别及支持方式",
        "（一）A类。采取前资助方式，每项资助30万元～50万元，实施期限不超过2年。",
        "（二）B类。采取前资助方式，每项资助10万元～20万元，实施期限不超过2年。",
        "三、联系方式", "电话：0595-87982345。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.quota) for leaf in leaves] == [
        ("QG2026A01", "高端聚烯烃专用料开发及产业化", "高新技术股", 30, 50, 2, None),
        ("QG2026B01", "炼化副产碳四高值化利用技术", "高新技术股", 5, 5, 2, 3),
        ("QG2026B03", "深远海网箱大黄鱼病害绿色防控技术", "创新服务股", 10, 20, 3, None)]


def test_paragraph_directions_under_a_plan_whose_note_grants() -> None:
    """（二）农业攻关计划 ⏎ 说明：…每项资助20000—50000元。 ⏎ 1.设施农业 ⏎ 本领域拟支持3项。 ⏎ （1）…
    ⏎ 开展… ⏎ （2）… ⏎ 集成…: titles each over a paragraph, under a plan whose 说明 grants money,
    are its directions (the group's own count line notwithstanding)."""
    text = "\n".join([
        "某市2017年度科技计划项目申报指南", "一、支持重点", "（一）农业攻关计划（农村科技股）",
        "说明：农业攻关计划重点支持新技术集成示范，每项资助20000—50000元，执行期2017年1月—2018年12月。",
        "1.设施农业与特色种植", "本领域拟支持3项。", "（1）芦笋绿色高效栽培技术示范",
        "开展芦笋优良品种引进、设施大棚栽培技术集成示范，示范面积200亩以上。",
        "（2）设施蔬菜水肥一体化技术集成与示范", "集成推广设施蔬菜膜下滴灌技术，示范大棚100座以上。",
        "二、联系方式", "联系电话：0913-4612275"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota, leaf.office)
            for leaf in leaves] == [("芦笋绿色高效栽培技术示范", 2, 5, 3, "农村科技股"),
                                    ("设施蔬菜水肥一体化技术集成与示范", 2, 5, 3, "农村科技股")]


def test_bang_lists_with_a_share_field_and_entrusted_projects_naming_their_units() -> None:
    """二、揭榜挂帅 ⏎ （一）组织方式。…每个榜单原则上确定1个揭榜单位 ⏎ （二）揭榜条件。… ⏎ （三）榜单
    清单 with 榜单金额 | 400万元 ⏎ 区财政支持比例 | 30%, the rule capping each at 150万元: each 榜单's
    grant is at most its share of its amount, its count the 组织方式's (赛马制，可同时确定不超过2个
    揭榜团队: its own); 三、定向委托项目's table names the unit each is entrusted to — directions,
    not a list of projects funded."""
    text = "\n".join([
        "某区2025年度科技计划项目申报指南", "一、揭榜挂帅项目（归口科室：科技创新科）",
        "（一）组织方式。由龙头企业提出技术需求并承诺出资，面向社会公开征集揭榜单位。每个榜单原则上确定1个揭榜单位。",
        "（二）揭榜条件。揭榜单位可为企业、高等院校、科研院所等，榜单另有要求的，从其要求。",
        "（三）支持方式。项目通过验收后，区财政按发榜单位实际支付揭榜单位研发经费的一定比例给予揭榜单位后补助，单个榜单区财政支持最高不超过150万元。",
        "（四）榜单清单。",
        "榜单名称\t碳化硅功率模块封装技术", "榜单编号\tBNJB2025-01", "榜单金额\t400万元",
        "区财政支持比例\t30%", "实施期限\t2年", "",
        "榜单名称\t发动机电控燃油喷射系统国产化研发", "榜单编号\tBNJB2025-02", "榜单金额\t600万元",
        "区财政支持比例\t30%", "揭榜方式\t赛马制，可同时确定不超过2个揭榜团队并行攻关。", "",
        "二、定向委托项目", "定向委托项目由区科技局确定任务和承担单位，采取前资助方式。",
        "序号\t项目编号\t项目名称\t承担单位\t区财政资助额度（万元）\t实施期限",
        "1\tBNDX2025-01\t呼吸道传染病快速检测技术应用示范\t区疾病预防控制中心\t80\t2年",
        "2\tBNDX2025-02\t银针茶优良品系选育技术集成示范\t区农业科技研究院\t50\t2年",
        "三、联系方式", "电话：023-66221804"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota)
            for leaf in leaves] == [("BNJB2025-01", None, 120, 1), ("BNJB2025-02", None, 150, 2),
                                    ("BNDX2025-01", 80, 80, None),
                                    ("BNDX2025-02", 50, 50, None)]


def test_a_class_table_numbered_by_row_across_a_page_break() -> None:
    """序号 | 计划类别 | 项目类型 | … ⏎ 1 | 重点研发计划 | 重点项目 | … 自筹…不低于2:1 ⏎ - 4 - ⏎ 2 | … |
    一般项目 | …: the rows stay rows past the page's number (not one sentence 2:12…), and the
    重点项目 row's 2:1 binds the directions of that kind only."""
    text = "\n".join([
        "某旗2024年度科技计划项目申报指南", "一、支持方向", "（一）重点研发计划",
        "1.煤基可降解材料聚合工艺研发（ETK24ZD01）", "项目类型：重点项目", "研究内容：开展聚合工艺研究。",
        "2.高盐废水分质结晶技术（ETK24YB01）", "项目类型：一般项目", "研究内容：开展结晶技术研究。",
        "二、支持方式及额度", "各类项目的支持方式、资助额度及牵头要求按表1执行。",
        "表1　支持方式及额度",
        "序号\t计划类别\t项目类型\t支持方式\t资助额度\t牵头及配套要求",
        "1\t重点研发计划\t重点项目\t前资助\t每项50万元～100万元\t须由企业牵头申报；企业自筹经费与财政资助比例不低于2:1",
        "- 4 -",
        "2\t重点研发计划\t一般项目\t前资助\t每项20万元～40万元\t企业、高校、科研院所等均可牵头申报",
        "三、联系方式", "电话：0477-6212345。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.matching_ratio, leaf.enterprise_lead_only)
            for leaf in leaves] == [("ETK24ZD01", 100, 2, True), ("ETK24YB01", 40, None, False)]


def test_a_closing_paragraph_for_this_field_after_its_last_direction() -> None:
    """（三）社会发展与民生科技 ⏎ 1.… ⏎ 【研究内容】… ⏎ 2.… ⏎ 本领域项目采取前资助方式，单个项目支持额度
    10万元—20万元…本领域拟支持3项。: the group just listed is the 领域 it speaks of — all its
    directions take its terms, not the last one alone."""
    text = "\n".join([
        "某县2025年度科技计划项目申报指南", "一、重点研发计划", "（一）社会发展与民生科技",
        "1.基层慢病筛查与规范化管理技术示范", "【指南编号】HQ2025SF01", "【研究内容】开展慢性病智能筛查。",
        "2.行蓄洪区水生态监测与修复技术研究", "【指南编号】HQ2025SF02", "【研究内容】开展水质动态监测。",
        "\u3000\u3000本领域项目采取前资助方式，单个项目支持额度10万元—20万元，实施年限不超过2年。本领域拟支持3项。",
        "二、联系方式", "电话：0564-6012345。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota,
             "funding_max_wan" in leaf.inherited) for leaf in leaves] == [
        ("HQ2025SF01", 10, 20, 3, True), ("HQ2025SF02", 10, 20, 3, True)]


def test_a_general_rule_in_clauses_for_ways_of_funding() -> None:
    """（二）经费要求采用前资助方式支持的项目，…自筹…不低于1:1；后补助、奖补类项目不作配套要求: each
    clause binds the directions funded its way — 1:1 for 前资助, none for 后补助."""
    text = "\n".join([
        "某区2026年度科技计划项目申报指南", "一、申报条件",
        "（一）申报单位应为在本区注册的独立法人。",
        "（二）经费要求采用前资助方式支持的项目，申报单位自筹资金与区财政资助资金的比例不低于1:1；后补助、奖补类项目不作配套要求。",
        "二、支持方向", "（一）深海科技专项", "本专项采取前资助方式，每项资助不超过80万元。",
        "1.深海探测装备关键部件研制（YZ26SH01）", "研究内容：研制深海探测装备关键部件。",
        "（二）企业创新主体培育专项", "本专项采取后补助方式，每家补助不超过30万元。",
        "1.企业研发投入后补助（YZ26QY01）", "支持内容：对研发投入增长的企业给予后补助。",
        "三、联系方式", "电话：0898-88661234。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_mode, leaf.matching_ratio) for leaf in leaves] == [
        ("YZ26SH01", "前资助", 1), ("YZ26QY01", "后补助", None)]


def test_an_awards_mark_in_the_clause_after_the_firms_it_names() -> None:
    """对已入库的科技型中小企业，2025年度研发费用不低于100万元的，按…给予奖励: the firms must meet
    the mark the next clause sets — an R&D floor of 100万元."""
    text = "\n".join([
        "某市2026年度科技计划项目申报指南", "一、奖补项目",
        "（一）科技型中小企业研发投入奖励（GQ26JB03）",
        "对已入库的科技型中小企业，2025年度研发费用不低于100万元的，按研发费用较上年增长部分的10%给予奖励，单个企业最高不超过20万元。",
        "（二）省级创新平台建设奖励（GQ26JB02）", "对新获批的省级工程技术研究中心，给予依托单位一次性奖励20万元。",
        "二、联系方式", "电话：0792-6012345。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.min_rd_spend_wan, leaf.funding_max_wan) for leaf in leaves] == [
        ("GQ26JB03", 100, 20), ("GQ26JB02", None, 20)]


def test_a_class_rule_for_one_item_and_tiers_taken_by_level() -> None:
    """A class's 其中，技术合同交易补助：对…的企业，… binds that item only, not the class's other
    items; an item whose levels 分别按…省级、市级标准执行 takes those tiers of the class's
    国家级/省级/市级 award, not the top one."""
    text = "\n".join([
        "某区2026年度科技奖补项目申报指南", "一、支持标准",
        "（一）成果转化类。本类事项采取后补助方式。其中，技术合同交易补助：对年度技术合同登记额不低于200万元的规上企业，按登记额的2%给予补助，最高不超过20万元。",
        "（二）平台奖励类。本类事项采取以奖代补方式。对新认定的国家级创新平台一次性奖励200万元，省级创新平台一次性奖励50万元，市级创新平台一次性奖励20万元。",
        "二、奖补事项", "（一）成果转化类",
        "1.企业技术合同交易后补助（QX26-01）", "支持标准：按第一部分第（一）项执行。",
        "2.科技成果中试熟化补助（QX26-02）", "支持标准：按中试投入的10%给予补助，最高不超过30万元。",
        "（二）平台奖励类",
        "3.工程技术研究中心奖励（QX26-03）", "支持标准：按第一部分第（二）项执行。",
        "4.企业技术中心奖励（QX26-04）",
        "支持标准：省级、市级企业技术中心分别按第一部分第（二）项省级、市级标准执行。",
        "三、联系方式", "电话：0311-86012345。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.qualifications)
            for leaf in leaves] == [
        ("QX26-01", None, 20, ["规上企业"]), ("QX26-02", None, 30, []),
        ("QX26-03", 20, 200, []), ("QX26-04", 20, 50, [])]


def test_firms_where_a_result_is_used_are_not_who_applies() -> None:
    """支持…平台在区内规上企业的集成应用 names where the platform is used, not a qualification;
    申报单位须为在本区注册的规上企业 still requires one."""
    text = "\n".join([
        "某区2025年度科技计划项目申报指南", "一、支持方向",
        "1.工业软件推广应用（QJ25-01）。支持研发设计类工业软件开发及其在区内规上企业的集成应用。每项资助不超过50万元。",
        "2.智能制造装备研发（QJ25-02）。研制数控加工装备。申报单位须为在本区注册的规上企业，每项资助不超过80万元。",
        "二、联系方式", "电话：023-66012345。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.qualifications) for leaf in leaves] == [
        ("QJ25-01", []), ("QJ25-02", ["规上企业"])]


def test_a_table_whose_name_column_holds_title_and_content_and_whose_number_column_the_code() -> None:
    """序号 | 方向编号 | 方向名称及主要内容 | 项目类别: the 序号 cell holds the guide code (XF-2025-01),
    方向编号 only a grouping number (1.1); the name cell's first paragraph is the title, the
    rest its content."""
    text = "\n".join([
        "某区2025年度科技计划项目申报指南", "一、支持方向",
        "表1　支持方向", "序号\t方向编号\t方向名称及主要内容\t项目类别\t实施期限",
        "XF-2025-01\t1.1\t数据中心绿色低碳运维关键技术研发 面向数据中心集群，开展液冷散热研究。拟支持1项。\tA类\t2年",
        "XF-2025-02\t1.2\t工业互联网标识解析行业应用 接入企业不少于30家。\tB类\t18个月",
        "二、联系方式", "电话：0934-8213567。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.content, leaf.quota, leaf.period_years_max)
            for leaf in leaves] == [
        ("XF-2025-01", "数据中心绿色低碳运维关键技术研发", "面向数据中心集群，开展液冷散热研究。拟支持1项。", 1, 2),
        ("XF-2025-02", "工业互联网标识解析行业应用", "接入企业不少于30家。", None, 1.5)]


def test_a_table_of_fields_directions_and_sub_directions_under_a_dated_title() -> None:
    """领域 | 方向 | 子方向 | 支持金额: each sub-direction is a direction (a 方向 without any its
    own), whatever 方向 it stands in; the issuer and date under the title open no section; a
    clause naming a 领域 (…领域项目由高新技术科负责组织) gives its rows their office."""
    text = "\n".join([
        "某区2024年度科技计划项目申报指南", "某区科学技术局 2024年4月", "一、总体要求", "现发布本年度指南。",
        "二、支持方式", "（一）归口科室。先进装备制造领域项目由高新技术科负责组织；社会发展领域项目由农村与社会发展科负责组织。",
        "三、支持方向", "领域\t方向\t子方向\t支持金额（万元）",
        "先进装备制造\t高端装备关键基础件\t1.港口起重装备远程运维系统（GJZ24A0101）\t≤50",
        "先进装备制造\t高端装备关键基础件\t2.精密轴承表面强化技术（GJZ24A0102）\t30",
        "先进装备制造\t氢能装备与材料（GJZ24A0200）\t\t≤100",
        "社会发展\t医疗卫生与健康\t1.老年慢病智能筛查（GJZ24D0101）\t15～20",
        "四、联系方式", "电话：0411-86401235。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.funding_max_wan, leaf.office) for leaf in leaves] == [
        ("GJZ24A0101", "港口起重装备远程运维系统", 50, "高新技术科"),
        ("GJZ24A0102", "精密轴承表面强化技术", 30, "高新技术科"),
        ("GJZ24A0200", "氢能装备与材料", 100, "高新技术科"),
        ("GJZ24D0101", "老年慢病智能筛查", 20, "农村与社会发展科")]


def test_general_rules_in_clauses_for_the_classes_a_tables_rows_are_of() -> None:
    """实施期限一般为2年；社会发展领域项目…3年 and 先进装备制造、绿色石化与新材料领域项目须由企业
    牵头，…1:1；现代农业与食品、社会发展领域项目…均可牵头: each clause binds the rows of the 领域
    it names (a list of them too), by the table's 领域 column."""
    text = "\n".join([
        "某区2024年度科技计划项目申报指南", "一、支持方式",
        "（一）实施期限。项目实施期限一般为2年；社会发展领域项目实施期限一般为3年。",
        "（二）牵头要求。先进装备制造、绿色石化与新材料领域项目须由企业牵头申报，牵头企业自筹资金与区财政资助资金比例不低于1:1；现代农业与食品、社会发展领域项目，企业、高校、科研院所均可牵头申报。",
        "二、支持方向", "领域\t方向\t子方向\t支持金额（万元）",
        "先进装备制造\t高端装备\t1.港口起重装备远程运维（GJ01）\t≤50",
        "绿色石化与新材料\t氢能装备（GJ02）\t\t≤100",
        "社会发展\t医疗卫生\t1.老年慢病智能筛查（GJ03）\t20",
        "三、联系方式", "电话：0411-86401235。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.period_years_max, leaf.enterprise_lead_only, leaf.matching_ratio)
            for leaf in leaves] == [
        ("GJ01", 2, True, 1), ("GJ02", 2, True, 1), ("GJ03", 3, False, None)]


def test_each_plan_takes_its_row_of_an_attachments_terms_table_the_text_names_by_title() -> None:
    """一、总体要求 ⏎ 各类计划的支持方式、资助额度和实施期限按附件《…资助标准》执行 and, after the
    guideline, 附件 ⏎ that title ⏎ 序号 | 计划类别 | 支持方式 | 资助额度 | 实施期限: each plan's
    directions take the row naming their plan."""
    text = "\n".join([
        "某区2026年度科技计划项目申报指南", "一、总体要求",
        "各类计划的支持方式、资助额度和实施期限按附件《某区2026年度科技计划项目资助标准》执行。",
        "二、科技重大专项", "1.算力调度平台研发", "研究内容：研发算力调度平台。",
        "三、重点研发计划", "1.工业软件开发", "研究内容：开发工业软件。",
        "四、联系方式", "电话：0851-84006201。", "附件", "某区2026年度科技计划项目资助标准",
        "序号\t计划类别\t支持方式\t资助额度\t实施期限",
        "1\t科技重大专项\t前资助\t每项100万元～200万元\t不超过3年",
        "2\t重点研发计划\t前资助\t每项30万元～50万元\t不超过2年"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max,
             leaf.funding_mode) for leaf in leaves] == [
        ("算力调度平台研发", 100, 200, 3, "前资助"), ("工业软件开发", 30, 50, 2, "前资助")]


def test_a_plans_closing_paragraph_with_its_exception_and_a_prefectures_matching_rule() -> None:
    """本计划项目除另有说明外，执行期均为2年，均采取前资助方式 after the plan's last direction is
    the plan's, not that direction's; 企业自筹资金不低于州财政资助资金 is a 1:1 matching rule."""
    text = "\n".join([
        "某州2026年度州级科技计划项目申报指南", "一、支持方向", "（一）高原特色产业科技计划",
        "1) 牦牛良种繁育", "开展牦牛选育。该方向拟支持1项，每项资助30万元，企业自筹资金不低于州财政资助资金。",
        "2) 地方病综合防治", "研究包虫病筛查技术。该方向拟支持2项，每项资助25万元。",
        "　　本计划项目除另有说明外，执行期均为2年，均采取前资助方式；牵头单位类型不限。",
        "二、联系方式", "电话：0976-8812345。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.period_years_max, leaf.funding_mode, leaf.matching_ratio)
            for leaf in leaves] == [
        ("牦牛良种繁育", 2, "前资助", 1), ("地方病综合防治", 2, "前资助", None)]


def test_bulleted_items_with_their_terms_in_a_closing_bracket() -> None:
    """主要支持方向： ⏎ ● 煤矸石…研究（支持30万元，实施期2年） ⏎ ● …（实施期3年） ⏎ ●…: each item's
    bracket is its own terms, not part of its title; an item without one takes its plan's; an
    award item's title names whom it rewards."""
    text = "\n".join([
        "某县2025年度科技计划项目申报指南", "一、重点研发计划",
        "　　支持方式：本计划采取事前资助方式，单个项目支持金额不超过30万元，实施期限一般为2年。",
        "　　主要支持方向：",
        "　　● 煤矸石综合利用技术研究（支持20万元，实施期2年）",
        "　　● 风光储一体化系统集成研究（实施期3年）",
        "　　●煤层气抽采技术研究",
        "二、科技创新平台奖补", "　　支持方式：以奖代补。", "　　主要支持方向：",
        "　　● 新认定的国家高新技术企业（奖补10万元）",
        "　　● 新认定的市级工程技术研究中心（奖补5万元）",
        "三、联系方式", "电话：0354-1234567。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.period_years_max, leaf.qualifications)
            for leaf in leaves] == [
        ("煤矸石综合利用技术研究", 20, 2, []), ("风光储一体化系统集成研究", 30, 3, []),
        ("煤层气抽采技术研究", 30, 2, []), ("新认定的国家高新技术企业", 10, None, ["高新技术企业"]),
        ("新认定的市级工程技术研究中心", 5, None, ["市级平台"])]


def test_a_code_column_row_whose_last_cell_is_empty_and_a_title_run_into_its_content() -> None:
    """序号 | … | 实施期限 with the last row's 实施期限 empty (its tab lost): the row keeps its code
    in 序号, not shifted right as a row without one; 方向名称及主要内容 whose title filled its
    line, the content run on after it (…技术集成针对…), is split where the content opens."""
    text = "\n".join([
        "某区2025年度科技计划项目申报指南", "一、支持方向",
        "序号\t方向编号\t方向名称及主要内容\t项目类别\t实施期限",
        "XF-2025-11\t3.4\t旱作农业全膜双垄沟播与水肥一体化技术集成针对旱塬区降水利用率低的问题，集成全膜双垄沟播技术。\tA类\t3年",
        "XF-2025-14\t4.3\t黄土高原水土保持与生态修复技术 围绕固沟保塬工程开展研究与示范。\tB类\t",
        "二、联系方式", "电话：0934-8213567。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.period_years_max) for leaf in leaves] == [
        ("XF-2025-11", "旱作农业全膜双垄沟播与水肥一体化技术集成", 3),
        ("XF-2025-14", "黄土高原水土保持与生态修复技术", None)]


def test_closing_rules_for_directions_by_their_number_and_a_suspended_note() -> None:
    """五、申报说明 ⏎ 1．1-x方向（重点研发计划）须由企业牵头…1:1；方向中未标注支持额度的，单个项目
    …不超过40万元 ⏎ 2．2-x方向（…推广计划）均可牵头；采取后补助…: each item binds the plan its
    bracket names, all its clauses; a direction whose 说明 says it is suspended is none."""
    text = "\n".join([
        "某州2025年度科技计划项目申报指南", "一、支持方向", "（一）重点研发计划",
        "1-1 棉花全程机械化——采棉机智能化改造", "研究内容：改造采棉机。",
        "1-2 口岸经济——跨境物流智能通关技术", "说明：本方向2025年度暂停受理，具体申报方式另行通知。",
        "（二）科技成果转化与推广计划", "2-1 沙棘精深加工技术推广", "研究内容：推广沙棘加工技术。",
        "二、申报说明",
        "1．1-x方向（重点研发计划）须由企业牵头申报；采取事前资助方式；企业自筹资金与州财政资助资金比例不低于1:1；方向中未标注支持额度的，单个项目支持额度不超过40万元。",
        "2．2-x方向（科技成果转化与推广计划）企业、事业单位均可牵头申报；采取后补助方式；实施期限一般为1年。",
        "三、联系方式", "电话：0908-4221536。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_mode, leaf.funding_max_wan, leaf.enterprise_lead_only,
             leaf.matching_ratio, leaf.period_years_max) for leaf in leaves] == [
        ("棉花全程机械化——采棉机智能化改造", "前资助", 40, True, 1, None),
        ("沙棘精深加工技术推广", "后补助", None, False, None, 1)]


def test_plans_named_jihua_and_projects_spaced_from_their_titles() -> None:
    """计划一　… ⏎ 项目1　五金机电产业关键共性技术 ⏎ 子项1.1　…（代码：…） ⏎ 项目2　…（代码：…）: 项目N set
    apart from its title by a space is a heading as 项目N： is (a group over its 子项, or a
    direction itself)."""
    text = "\n".join([
        "某县2025年度科技计划项目申报指南", "一、计划设置", "计划一　重点研发计划",
        "支持标准：本计划采取前资助方式，单个项目资助不超过50万元。",
        "项目1　五金机电产业关键共性技术", "子项1.1　高效永磁同步电机研发（代码：NP2025-1-01）",
        "　　研究内容：研究永磁同步电机。", "项目2　新能源汽车轻量化结构件研究（代码：NP2025-1-03）",
        "　　研究内容：开展高强铝合金应用研究。", "　　本项目资助额度30万～40万元。",
        "计划二　农业科技计划", "支持标准：本计划采取后补助方式，每个项目补助最高不超过20万元。",
        "项目1  设施蔬菜绿色防控技术集成（2025NP01）", "　　研究内容：集成绿色防控技术。",
        "二、联系方式", "电话：0317-8855712。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.funding_max_wan, leaf.funding_mode) for leaf in leaves] == [
        ("高效永磁同步电机研发", "NP2025-1-01", 50, "前资助"),
        ("新能源汽车轻量化结构件研究", "NP2025-1-03", 40, "前资助"),
        ("设施蔬菜绿色防控技术集成", "2025NP01", 20, "后补助")]


def test_an_award_class_with_no_period_whose_eligibility_window_is_a_date_span() -> None:
    """…采取后补助（以奖代补）方式，对上一年度（2023年1月1日至12月31日）取得相关资质的单位给予一次性
    奖补，不设实施期: the dates say which year counts, not how long a project runs — no period."""
    text = "\n".join([
        "某县2024年度科技计划项目申报指南", "一、支持方向", "（一）科技创新奖补项目（成果转化股）",
        "科技创新奖补项目采取后补助（以奖代补）方式，对上一年度（2023年1月1日至12月31日）取得相关资质或业绩的单位给予一次性奖补，不设实施期。",
        "1.高新技术企业认定奖补", "对2023年度首次通过认定的高新技术企业给予一次性奖补10万元。",
        "二、联系方式", "电话：0833-5662317。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.period_years_max, leaf.funding_max_wan) for leaf in leaves] == [
        ("高新技术企业认定奖补", None, 10)]


def test_a_tab_separated_row_whose_merged_cells_are_left_blank_is_a_row_of_its_own() -> None:
    """领域 | 方向 | 子方向 | 支持金额 saved as text from a table with merged cells: ⏎ \\t\\t2.水产品…
    \\t≤30 keeps its cells in their columns — the column's next item, no wrap of the row above."""
    text = "\n".join([
        "某区2024年度科技计划项目申报指南", "一、支持方向", "领域\t方向\t子方向\t支持金额（万元）",
        "现代农业\t海洋食品\t1.海参精深加工（GJ01）\t≤20", "\t\t2.水产品冷链物流（GJ02）\t≤30",
        "\t设施果蔬\t1.大樱桃栽培（GJ03）\t≤20", "二、联系方式", "电话：0411-86401235。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        ("GJ01", "海参精深加工", 20), ("GJ02", "水产品冷链物流", 30), ("GJ03", "大樱桃栽培", 20)]


def test_plans_titled_without_numbers_over_direction_boxes_hold_them() -> None:
    """Plans titled with no number (重点产业关键技术攻关计划 ⏎ 归口科室：…, or 社会发展科技计划
    （归口科室：…）) over a paragraph of their terms, each direction a label | value box (项目名称 |
    …, or its title alone over the box as a row spanning it): the boxes are the plan's
    directions and take its terms; a box whose 支持金额 says it is not taken this year is none."""
    text = "\n".join([
        "某市2025年度科技计划项目申报指南", "一、支持方向", "",
        "重点产业关键技术攻关计划", "归口科室：科技创新股",
        "本计划采取前资助方式，单个项目支持金额20～50万元，实施期限2年。",
        "项目名称\t富硒茶叶精深加工技术研究", "方向代码\tXY25GG01", "研究内容\t研究富硒茶叶低温萃取技术。",
        "支持金额\t不超过80万元", "", "拐枣功能性食品开发关键技术", "方向代码\tXY25GG02",
        "研究内容\t研究拐枣多糖提取技术。", "",
        "社会发展科技计划（归口科室：社会发展股）", "本计划项目均采取前资助方式，实施期限1年。",
        "项目名称\t汉江水生态智能监测技术示范", "方向代码\tXY25SF01", "研究内容\t构建在线监测网络。",
        "支持金额\t15万元", "", "项目名称\t科技成果转化中试基地建设", "方向代码\tXY25SF02",
        "支持内容\t支持建设中试熟化基地。", "支持金额\t本年度暂不受理，具体申报通知另行发布", "",
        "二、联系方式", "电话：0915-7212036。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_mode, leaf.funding_max_wan,
             leaf.period_years_max) for leaf in leaves] == [
        ("XY25GG01", "富硒茶叶精深加工技术研究", "科技创新股", "前资助", 80, 2),
        ("XY25GG02", "拐枣功能性食品开发关键技术", "科技创新股", "前资助", 50, 2),
        ("XY25SF01", "汉江水生态智能监测技术示范", "社会发展股", "前资助", 15, 1)]


def test_applicant_conditions_in_an_attached_table_by_class_bind_each_group() -> None:
    """申报单位须符合附件《…申报单位条件》中对应项目类别的条件, the attachment a table 项目类别 |
    申报单位条件 | 证明材料 whose rows name the groups of directions: each group's directions take
    its row's conditions (who leads, the R&D floor, what the firm must be); a row for 所有类别
    is no direction."""
    text = "\n".join([
        "某县2023年度科技计划项目申报指南", "一、支持方向", "（一）工业关键核心技术攻关（责任科室：高新技术科）",
        "本类项目采取前资助方式。", "①高性能催化剂研发（GN23GY01）", "研究内容：研发茂金属催化剂。",
        "（二）现代农业科技（责任科室：农村科技科）", "本类项目采取前资助方式。",
        "①食用菌菌渣利用技术（GN23NY01）", "研究内容：研究菌渣资源化利用。",
        "二、申报条件", "（一）申报单位应为在本县注册、具有独立法人资格的企业、事业单位。",
        "（二）申报单位须符合附件《某县2023年度科技计划项目申报单位条件》中对应项目类别的条件。",
        "三、联系方式", "电话：0518-83221865", "附件", "某县2023年度科技计划项目申报单位条件",
        "项目类别\t申报单位条件\t证明材料",
        "工业关键核心技术攻关\t县内注册的规模以上工业企业；上年度研发费用不低于300万元。\t审计报告",
        "现代农业科技\t县内注册的农业企业、农民专业合作社、科研单位均可申报。\t营业执照",
        "所有类别\t信用状况良好，未被列入严重失信主体名单。\t信用中国查询截图"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.enterprise_lead_only, leaf.min_rd_spend_wan,
             leaf.qualifications) for leaf in leaves] == [
        ("GN23GY01", "高新技术科", True, 300, ["规上企业"]),
        ("GN23NY01", "农村科技科", False, None, [])]


def test_a_group_whose_terms_are_in_the_one_appended_table_without_a_number() -> None:
    """本类项目支持方式、支持强度及实施周期见附表, the document's one 附表 at its end under a title
    line (…支持标准), its rows naming the groups: the group takes its row; a row naming no
    heading (科技创新奖补 for …平台培育奖补) is no direction and gives its terms to nobody."""
    text = "\n".join([
        "某县2025年度科技计划项目申报指南", "一、支持方向", "（一）茶产业科技攻关项目（农村科技股）",
        "1. 茶园机械化采摘技术（MT01）", "研究内容：研发名优茶采摘机械。支持强度：不超过20万元。",
        "（二）社会发展科技项目（社会发展股）", "企业、事业单位均可牵头申报。本类项目支持方式、支持强度及实施周期见附表。",
        "1. 远程诊疗技术应用示范", "研究内容：开展远程会诊技术应用。",
        "（三）科技创新主体及平台培育奖补（科技创新股）", "1. 高新技术企业培育奖补",
        "对首次通过认定的国家高新技术企业，一次性给予10万元奖补。", "二、联系方式", "电话：0851-24221536",
        "", "附表", "某县2025年度县级科技计划项目支持标准", "项目类别\t支持方式\t支持强度\t实施周期\t备注",
        "茶产业科技攻关项目\t前资助\t不超过25万元/项\t不超过2年\t具体见各方向",
        "社会发展科技项目\t前资助\t5～15万元/项\t1～2年\t合计拟支持不超过3项",
        "科技创新奖补\t奖补\t按第一部分（三）所列标准执行\t—\t无需编制申报书"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max) for leaf in leaves] == [
        ("茶园机械化采摘技术", "前资助", None, 20, 2),
        ("远程诊疗技术应用示范", "前资助", 5, 15, 2),
        ("高新技术企业培育奖补", "奖补", 10, 10, None)]


def test_a_direction_this_call_does_not_take_is_none_but_one_turning_some_away_is() -> None:
    """本方向榜单另行发布，本指南不受理申报: the direction is not taken under this call, no leaf;
    本方向不受理高校单独申报 only turns some applicants away."""
    text = "\n".join([
        "某市2023年度科技计划项目申报指南", "一、产业技术创新专项",
        "【方向1】陶瓷新材料关键技术", "支持强度：每项30万元；实施周期：2年。本方向不受理高校单独申报。",
        "【方向2】“揭榜挂帅”技术攻关", "本方向榜单另行发布，本指南不受理申报。",
        "【方向3】市级工程技术研究中心建设", "2024年度市级工程技术研究中心认定工作另行通知，本次不受理申报。",
        "二、联系方式", "电话：0796-6552301。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan) for leaf in leaves] == [("陶瓷新材料关键技术", 30)]


def test_a_table_with_a_row_per_element_of_each_direction() -> None:
    """序号 | 方向名称 | 项目要素 | 具体内容, the number and name cells merged down over each
    direction's rows (a Word table saved as text repeats them): a direction per run of rows,
    each row one of its fields; a small 指标 | 目标值 table inside a cell is more of that cell;
    a row spanning the table (二、…计划（归口科室：…） 本计划…) is a plan with its terms, over the
    rows after it; a direction whose 说明 says its call comes later is none."""
    name1, name2 = "边缘数据采集网关研发（KW26ZD01）", "板式换热器成果转化（KW26ZH01）"
    text = "\n".join([
        "某区2026年度科技计划项目申报指南", "一、申报条件", "（一）申报单位应为在本区注册的企业。",
        "二、支持方向", "本年度支持方向按表1执行。", "表1　支持方向一览表", "序号\t方向名称\t项目要素\t具体内容",
        "一、重点研发计划（归口科室：高新技术科） 本计划项目须由企业牵头申报，采取前资助方式，项目实施期限2年，单项资助额度不超过50万元。",
        f"1\t{name1}\t研究内容\t研发支持主流工业协议解析的边缘计算网关。",
        f"1\t{name1}\t考核指标\t项目执行期内须达到以下指标：", "指标\t目标值", "支持工业协议种类\t≥20种",
        "区内企业应用示范\t≥3家", f"1\t{name1}\t资助额度\t30万元～40万元",
        "二、科技成果转化计划（归口科室：成果转化科） 本计划采取后补助方式，项目实施期限不超过18个月。",
        f"2\t{name2}\t转化内容\t转化高效波纹板片成型技术成果。", f"2\t{name2}\t补助额度\t不超过40万元",
        "3\t科普场馆展教资源数字化提升（KW26ZH02）\t说明\t本方向具体申报方式及支持标准另行通知。",
        "三、联系方式", "电话：0536-8216325"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_mode, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.period_years_max, leaf.enterprise_lead_only)
            for leaf in leaves] == [
        ("KW26ZD01", "边缘数据采集网关研发", "高新技术科", "前资助", 30, 40, 2, True),
        ("KW26ZH01", "板式换热器成果转化", "成果转化科", "后补助", None, 40, 1.5, True)]
    assert "≥20种" in (leaves[0].indicators or "")


def test_a_ratio_ending_a_label_line_does_not_run_into_the_next_labels_value() -> None:
    """支持强度：…比例不低于2:1 ⏎ 实施期限：2024年7月1日至2025年12月31日 — each label's value is a
    sentence of its own: the ratio is 2:1, not 2:12024."""
    text = "\n".join([
        "某市2024年度科技计划项目申报指南", "一、产业技术专项", "方向1：高真空压铸工艺研究",
        "指南代码：DG2024-01", "研究内容：研究压铸模具设计。",
        "支持强度：30～50万元，拟支持2项；企业自筹资金与市财政资助资金比例不低于2:1",
        "实施期限：2024年7月1日至2025年12月31日", "二、联系方式", "电话：0415-7123456。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.matching_ratio, leaf.period_years_max) for leaf in leaves] == [
        ("DG2024-01", 2, 1.5)]


def test_a_countys_recommendations_for_city_projects_fund_nothing_here() -> None:
    """第二部分　推荐申报市级项目: the county recommends applicants on to the city's plans (the
    city funds them): its 1）… items are no directions of this guideline."""
    text = "\n".join([
        "某县2021年度科技计划项目申报指南", "第一部分　县级科技计划", "一、重点研发计划（联系科室：高新技术科）",
        "支持方式：前资助；每项资助20万元。", "1）木制玩具水性环保涂料研发", "　　研究内容：研发低VOCs水性木器涂料。",
        "第二部分　推荐申报市级项目", "　　以下项目由县科技局择优推荐，经市科技局评审立项后由市级财政支持，县级不另行安排资金。",
        "一、市重点研发计划（联系科室：高新技术科）", "1）生态工业领域：市财政资助每项50万～100万元，推荐限额3项。",
        "2）生态农业领域：推荐限额2项。", "第三部分　申报要求", "一、联系方式", "高新技术科：0578-5521367"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan) for leaf in leaves] == [("木制玩具水性环保涂料研发", 20)]



def test_an_attached_application_form_with_blanks_is_no_direction() -> None:
    """附件：…申报书（格式） ⏎ …申报书 ⏎ 项目名称：______ ⏎ 申请金额：______万元 ⏎ 一、项目基本情况 ⏎
    二、研究内容与技术路线 …: a form to fill in — its blank 项目名称 names no direction and its
    sections fund nothing; a rule that no 任务书 is needed is no form."""
    text = "\n".join([
        "某区2024年度科技计划项目申报指南", "一、重点研发项目（高新技术科）",
        "1.新能源汽车电驱系统研发（YJ2401）", "研究内容：研发电驱系统。资助金额：不超过50万元。",
        "二、创新主体培育奖补（创新服务科）", "支持方式：以奖代补，不需编制项目任务书",
        "1.高新技术企业认定奖励", "对首次通过认定的高新技术企业一次性奖励10万元。",
        "三、联系方式", "电话：0553-5828316", "", "附件：某区2024年度科技计划项目申报书（格式）",
        "某区2024年度科技计划项目申报书", "", "项目名称：______________________________",
        "申请金额：______万元        自筹经费：______万元", "实施期限：______年____月至______年____月",
        "一、项目基本情况", "二、研究内容与技术路线", "三、经费预算",
        "预算科目\t合计（万元）\t区财政资助（万元）", "设备费\t\t"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        ("新能源汽车电驱系统研发", 50), ("高新技术企业认定奖励", 10)]


def test_a_later_notice_withdrawing_a_direction_whose_code_wraps_onto_the_next_line() -> None:
    """A 补充通知 after the guideline, cut at the page width: 二、取消支持方向。“…”中“3．…技术 ⏎
    研究（JL2022-NY03）”方向…不再受理该方向申报。 — the item, no heading of its own, still
    withdraws the direction its code names."""
    text = "\n".join([
        "某市2022年度科技计划项目申报指南", "一、农业科技创新专项（农村科技股）",
        "1．稻虾共作种养模式示范（JL2022-NY01）", "　　主要内容：集成稻虾共作技术。每项资助不超过20万元。",
        "2．小龙虾苗种规模化繁育技术研究（JL2022-NY03）", "　　主要内容：研究苗种繁育技术。每项资助不超过20万元。",
        "二、联系方式", "　　农村科技股：0716-3322156", "",
        "关于《某市2022年度科技计划项目申报指南》的补充通知", "各有关单位：",
        "　　二、取消支持方向。“（一）农业科技创新专项”中“2．小龙虾苗种规模化繁育技术",
        "研究（JL2022-NY03）”方向因已列入上级科技计划支持，本年度市级科技计",
        "划不再受理该方向申报。", "某市科学技术局"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [leaf.code for leaf in leaves] == ["JL2022-NY01"]


def test_a_plans_paragraph_giving_each_group_its_grant_by_name() -> None:
    """…。高原特色农牧业、藏中药材与民族医药领域每项不超过30万元，生态保护与绿色能源领域每项不超过
    15万元；采取前资助方式… in a plan's paragraph, over groups titled …领域: each group takes the
    grant its clause names (the first two listed with their shared 领域 said once)."""
    text = "\n".join([
        "某市2025年度科技计划项目申报指南", "一、重点研发计划",
        "　　本计划支持关键技术攻关。高原特色农牧业、藏中药材与民族医药领域每项不超过30万元，"
        "生态保护与绿色能源领域每项不超过15万元；采取前资助方式，实施期限2年。",
        "（一）高原特色农牧业领域", "①牦牛高效养殖技术（HZ01）", "研究内容：研究牦牛养殖技术。",
        "（二）藏中药材与民族医药领域", "①藏药材规范化种植（HZ02）", "研究内容：研究种植技术。",
        "（三）生态保护与绿色能源领域", "①高寒草地生态修复（HZ03）", "研究内容：研究修复技术。",
        "二、联系方式", "电话：0941-8212345。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.funding_mode, leaf.period_years_max)
            for leaf in leaves] == [
        ("HZ01", 30, "前资助", 2), ("HZ02", 30, "前资助", 2), ("HZ03", 15, "前资助", 2)]


def test_a_grant_said_as_the_kind_whose_terms_a_general_sentence_states() -> None:
    """一、总则 ⏎ （三）技术攻关项目分为重大项目和重点项目两类。重大项目单项资助额度不超过800万元，
    实施周期不超过3年；重点项目单项资助额度不超过300万元，实施周期不超过2年。 ⏎ … ⏎ 资助额度：重点
    项目（资助标准见本指南总则第（三）条）: the direction takes that kind's grant and period."""
    text = "\n".join([
        "某区2023年度科技计划项目申报指南", "一、总则",
        "（三）技术攻关项目分为重大项目和重点项目两类。重大项目单项资助额度不超过800万元，实施周期不超过3年；"
        "重点项目单项资助额度不超过300万元，实施周期不超过2年。",
        "二、支持方向", "1．工业互联网边缘智能网关研究（BA0103）", "研究内容：研制边缘智能网关。",
        "支持方式：事前资助", "资助额度：重点项目（资助标准见本指南总则第（三）条）",
        "实施周期：按项目类别要求执行", "三、联系方式", "电话：0755-29992345。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.period_years_max) for leaf in leaves] == [
        ("BA0103", 300, 2)]


def test_a_condition_in_brackets_closing_a_title_is_not_part_of_its_name() -> None:
    """…产学研协同创新项目（须签订三年以上合作协议） in a heading or a table's 支持方向 cell: a
    condition on who applies: the title a user reads does not carry it, the direction's
    requirements do."""
    text = "\n".join([
        "某区2024年度科技计划项目申报指南", "一、产学研合作计划",
        "1．与高校联合开展的产学研协同创新项目（须签订三年以上合作协议）（FR01）",
        "研究内容：开展联合攻关。", "支持金额：20万元。",
        "2．企业研发机构能力提升（需具备市级以上研发平台）（FR02）",
        "研究内容：提升研发能力。", "支持金额：10万元。",
        "二、联系方式", "电话：0315-5123456。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title) for leaf in leaves] == [
        ("FR01", "与高校联合开展的产学研协同创新项目"), ("FR02", "企业研发机构能力提升")]
    assert [leaf.requirements for leaf in leaves] == ["须签订三年以上合作协议。", "需具备市级以上研发平台。"]


def test_a_wechat_post_numbering_its_directions_01_to_11_on_lines_of_their_own() -> None:
    """A 公众号 article: each direction's number (01 … 11) alone on the line over its title, a
    photo's caption (▲ …（资料图）) between two directions of one field, the classes' terms on
    lines of their own under the sentence that divides them (…两类，均采取前资助方式), and one
    direction whose grant is left to the review (支持额度：根据专家评审结果确定)."""
    lines = [
        "重磅｜2026年度某市科技计划项目申报指南发布", "原创 市科工信局 某市科工信 2026年03月16日", "",
        "各有关单位：", "现将2026年度某市科技计划项目申报指南予以发布。", "", "🔹 一、总体安排", "",
        "📌 项目类别及支持标准",
        "本年度项目分为重点项目和一般项目两类，均采取前资助方式，立项后一次性拨付。",
        "✅ 重点项目：每项资助30～50万元，实施周期不超过3年。",
        "✅ 一般项目：每项资助不超过15万元，实施周期不超过2年。", "",
        "🔹 二、支持方向", "", "▶ 领域一｜热带特色农业", "🏢 归口科室：科技发展股", ""]
    for n in range(1, 12):
        lines += ["", f"{n:02d}", f"第{n}号特色作物绿色高效栽培技术研究", f"🔖 指南代码：ZD{n:02d}",
                  "📝 研究内容：开展栽培技术研究。",
                  f"🏷️ 项目类别：{'重点项目' if n % 2 else '一般项目'}"]
        if n == 1:
            lines += ["", "▲ 水满乡红茶种植基地（资料图）", ""]
        if n == 11:
            lines += ["💰 支持额度：根据专家评审结果确定"]
    lines += ["", "🔹 三、联系方式", "☎️ 科技发展股：符工 0898-86622315"]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.number, leaf.office, leaf.funding_mode, leaf.funding_max_wan)
            for leaf in leaves] == [
        (f"ZD{n:02d}", f"{n:02d}", "科技发展股", "前资助",
         None if n == 11 else 50 if n % 2 else 15) for n in range(1, 12)]
    assert leaves[0].source_line == lines.index("第1号特色作物绿色高效栽培技术研究") + 1


def test_rules_by_kind_within_a_plan_and_rows_coded_in_their_name_cell() -> None:
    """申报重点研发项目中重点项目的，…2:1；申报一般项目的，…1:1 binds each kind's directions
    to its own clause; a sentence naming several plans (…和企业研发奖补项目的支持标准在各类项目中
    分别明确) says nothing of a plan's way of funding; a name cell closed by its code (…研究
    指南代码：DDK24-ZH01) gives the title and the code; an item whose only text is 具体申报方式
    和支持标准以后续通知为准 is nothing to apply for yet."""
    text = "\n".join([
        "某区2024年度科技计划项目申报指南", "一、支持标准",
        "（一）重点研发项目分为重点项目和一般项目两类，支持标准见表1。",
        "表1　重点研发项目支持标准", "项目类别\t支持方式\t支持额度\t实施期限",
        "重点项目\t前资助\t每项50～100万元\t不超过3年", "一般项目\t前资助\t每项10～30万元\t不超过2年",
        "（二）社会发展项目、生物医药成果转化项目和企业研发奖补项目的支持标准在各类项目中分别明确。",
        "二、申报条件",
        "（一）申报重点研发项目中重点项目的，牵头单位须为高新技术企业，上年度研发费用不低于200万元，"
        "自筹资金与区财政资助资金比例不低于2:1；申报一般项目的，自筹资金与区财政资助资金比例不低于1:1。",
        "三、支持方向", "（一）重点研发项目（归口科室：高新技术科）",
        "1．工业大数据平台关键技术研究", "指南代码：ZD01　　项目类别：重点项目", "研究内容：研究数据采集技术。",
        "2．新型环保功能材料制备与工程应用", "指南代码：ZD02　　项目类别：一般项目",
        "研究内容：研究脱硝催化材料。",
        "（二）社会发展项目（归口科室：社会发展科）",
        "本类项目采用前资助方式，每项支持10～20万元，实施期限不超过2年。",
        "1．常见慢性病早期筛查技术研究（SF01）", "研究内容：研究早期筛查技术。",
        "（三）生物医药成果转化项目（归口科室：成果转化科）",
        "本类项目采用后补助方式，实施期限2年。", "方向名称\t研究内容\t支持金额",
        "创新药物临床前研究 指南代码：ZH01\t支持企业开展临床前研究。\t不超过100万元",
        "（四）企业研发奖补项目（归口科室：科技服务中心）", "1．技术合同交易奖补",
        "对登记技术合同的企业，按成交额的2%给予奖补，单个企业最高不超过20万元。",
        "2．科技型企业知识价值信用贷款贴息", "具体申报方式和支持标准以后续通知为准。",
        "四、联系方式", "电话：023-68832001。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.funding_mode, leaf.matching_ratio, leaf.min_rd_spend_wan,
             leaf.qualifications) for leaf in leaves] == [
        ("ZD01", "工业大数据平台关键技术研究", "前资助", 2, 200, ["高新技术企业"]),
        ("ZD02", "新型环保功能材料制备与工程应用", "前资助", 1, None, []),
        ("SF01", "常见慢性病早期筛查技术研究", "前资助", None, None, []),
        ("ZH01", "创新药物临床前研究", "后补助", None, None, []),
        (None, "技术合同交易奖补", "奖补", None, None, [])]


def _two_level_guideline(note: str) -> list[Any]:
    text = "\n".join([
        "某旗2020年度科技计划项目申报指南", "一、总体要求", f"本类项目由市、旗两级财政共同支持。{note}",
        "二、市级科技计划推荐项目", "（一）市级重点研发计划（责任股室：农村牧区科技股）",
        "支持标准：每项市级资助20万元，旗县配套10万元，采取前资助方式。",
        "1．肉牛高效繁育技术集成示范（ZL01）", "重点开展冻精改良技术集成。本方向市级资助30万元，旗县配套15万元。",
        "2．山杏仁精深加工技术研究（ZL02）", "开展山杏仁脱苦技术研究。",
        "（二）市级科技成果转化计划（责任股室：高新技术股）",
        "支持标准：市级资助不超过30万元，旗县配套不超过15万元，采取后补助方式。",
        "1．风电场智能运维技术应用（ZL03）", "建设风电场智能运维平台。",
        "三、2019年度结转项目", "以下项目为2019年度立项、2020年度继续实施的项目，本年度不受理新申报：",
        "1．肉牛养殖粪污资源化利用技术示范（ZL1902，2020年度拨付旗县配套资金5万元）",
        "2．山杏林抚育与低产林改造技术研究（ZL1903，2020年度拨付3万元）",
        "四、联系方式", "电话：0475-7123456。"])
    return parse_document(text.encode(), "t.txt").leaves


def test_a_grant_from_two_levels_of_government_is_their_sum() -> None:
    """每项市级资助20万元，旗县配套10万元: one project gets both parts, 30万元 (caps add up to a
    cap); last year's projects continued (三、2019年度结转项目) are none to apply for — but where
    the document counts only the upper level's part (县区配套部分…不列入…资助金额), that is the
    grant."""
    leaves = _two_level_guideline("旗县配套资金纳入项目财政资金统一管理。")
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan) for leaf in leaves] == [
        ("ZL01", 45, 45), ("ZL02", 30, 30), ("ZL03", None, 45)]
    leaves = _two_level_guideline("县区配套部分由旗财政落实，不列入市级科技计划项目合同资助金额。")
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan) for leaf in leaves] == [
        ("ZL01", 30, 30), ("ZL02", 20, 20), ("ZL03", None, 30)]


def test_an_item_awarded_under_a_plan_giving_either_of_two_ways() -> None:
    """本计划…对符合条件的项目给予后补助或奖补 over its items: each item's own way stands — 以奖代补,
    …给予10万元奖补 is 奖补, not both."""
    text = "\n".join([
        "某县2025年度科技计划项目申报指南", "一、科技成果转化及创新平台计划",
        "本计划由县科学技术局科技服务股归口管理，对符合条件的项目给予后补助或奖补。",
        "1．科技成果转移转化后补助（CY01）",
        "支持标准：采取后补助方式，按技术合同实际支付金额的10%给予补助，单个企业最高不超过20万元。",
        "2．县级工程技术研究中心建设奖补（CY02）",
        "支持标准：以奖代补，对新认定的县级工程技术研究中心一次性给予10万元奖补。",
        "二、联系方式", "电话：0797-3812345。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_mode) for leaf in leaves] == [("CY01", "后补助"), ("CY02", "奖补")]
    assert "funding_mode" not in leaves[1].inherited


def test_a_form_of_ticked_options_with_each_class_its_own_grant() -> None:
    """An online form's guideline: the plan's terms as ticked options (☑ counts, □ does not;
    ■ or √ beside □ counts too), its grant given per class (资助额度（重点项目）：☑30～50万元),
    each direction ticking its class and who leads (牵头单位：☑仅限企业)."""
    text = "\n".join([
        "某市2025年度科技计划项目申报指南", "一、产业技术攻关计划",
        "计划设置（适用于本计划下所有方向）",
        "* 支持方式（单选）：☑前资助 □后补助",
        "* 资助额度（重点项目）：□20～30万元 ☑30～50万元 □50～100万元",
        "* 资助额度（一般项目）：☑10～20万元 □20～30万元",
        "* 实施期限：□1年 ☑2年 □3年",
        "* 牵头单位：☑仅限企业 □不限",
        "方向1：高纯氧化镁制备关键技术", "指南代码：GZ01", "项目类别：☑重点项目 □一般项目",
        "研究内容：研究菱镁矿浮选提纯技术。",
        "方向2：硼镁共生矿综合利用技术", "指南代码：GZ02", "项目类别：□重点项目 ■一般项目",
        "研究内容：研究硼镁分离技术。",
        "方向3：菱镁矿尾矿综合利用技术", "指南代码：GZ03", "项目类别：□重点项目 √一般项目",
        "牵头单位：□仅限企业 ☑不限", "研究内容：研究尾矿利用技术。",
        "二、联系方式", "电话：0417-7123456。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.funding_mode,
             leaf.period_years_max, leaf.enterprise_lead_only) for leaf in leaves] == [
        ("GZ01", 30, 50, "前资助", 2, True), ("GZ02", 10, 20, "前资助", 2, True),
        ("GZ03", 10, 20, "前资助", 2, False)]


def test_a_floor_for_the_lower_levels_match_is_no_part_of_the_grant() -> None:
    """市财政资助不超过60万元，县区配套不低于30万元: the match's floor says what the county adds
    at least, not what a project gets at most — the grant stays the city's cap."""
    text = "\n".join([
        "某市2026年度科技计划项目申报指南", "一、重点研发计划",
        "1．高精度超薄电解铜箔制备关键技术（YT01）", "研究内容：研究铜箔制备技术。",
        "资助经费：市财政资助不超过60万元，县区配套不低于30万元。",
        "二、联系方式", "电话：0701-6212345。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan) for leaf in leaves] == [
        ("YT01", None, 60)]


def test_a_plan_whose_one_direction_is_numbered_as_the_directions_deeper_elsewhere() -> None:
    """六、软科学研究计划 ⏎ its paragraph ⏎ 1．…研究 ⏎ its paragraph, beside a plan whose （一）
    groups hold 1． directions: the plan's one item is its direction, though it states no
    terms (and none are guessed for it)."""
    text = "\n".join([
        "某县2023年度科技计划项目申报指南", "一、重点研发计划（高新技术股）",
        "（一）先进制造领域", "1．一体化压铸车身结构件关键技术（指南代码：FD01）",
        "研究压铸工艺。每项资助五十万元。", "2．光伏组件回收与材料再生技术（指南代码：FD02）",
        "研究回收工艺。每项资助五十万元。", "（二）社会发展领域",
        "1．稻虾综合种养绿色高效技术集成与示范（指南代码：FD03）", "研究种养模式。每项资助二十万元。",
        "二、软科学研究计划", "围绕我县创新驱动发展中的重要问题开展研究。",
        "1．科技创新券实施绩效评价与政策优化研究", "系统评估创新券兑现情况，提出优化建议。",
        "三、申报时间", "（一）申报时间：四月十日至五月十日。", "（二）申报方式：在线填报。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan) for leaf in leaves][-2:] == [
        ("稻虾综合种养绿色高效技术集成与示范", 20), ("科技创新券实施绩效评价与政策优化研究", None)]
    assert len(leaves) == 4


def test_direction_lines_laid_out_with_tab_leaders_give_title_code_and_office() -> None:
    """1．…研发………………BT2501……………高新技术科 (Word's dot leaders to right tab stops, as
    ……, ······ or ........, a tab kept on one line): the title, its code and its office — and a
    plan's leader line names the office its directions take."""
    text = "\n".join([
        "某市2025年度科技计划项目申报指南", "一、支持方向",
        "（一）重点研发计划", "支持方式：前资助", "资助额度：每项20万～50万元",
        "1．汽车覆盖件模具智能设计与快速制造关键技术研发………………BT2501……………高新技术科",
        "研究内容：研究模具设计方法。",
        "2．铸造用高性能覆膜砂技术研究\t··········\tBT2502\t··········\t高新技术科",
        "研究内容：研究覆膜砂配方。",
        "（二）科技成果转化计划..........................成果转化与合作科",
        "支持方式：后补助，补助上限为50万元。",
        "1．智能仓储物流搬运装备技术成果转化……………………BT2508",
        "支持内容：支持企业转化自主导航技术。",
        "二、联系方式", "高新技术科………………0317-8221536"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.office) for leaf in leaves] == [
        ("汽车覆盖件模具智能设计与快速制造关键技术研发", "BT2501", "高新技术科"),
        ("铸造用高性能覆膜砂技术研究", "BT2502", "高新技术科"),
        ("智能仓储物流搬运装备技术成果转化", "BT2508", "成果转化与合作科")]


def test_a_rows_own_ratio_and_applicant_said_inside_its_content() -> None:
    """…本方向采用前资助、分年度拨付方式，拟支持1项，企业自筹资金与财政资助比例不低于3:1。 and
    …可联合软件服务商申报，申报企业须为科技型中小企业。 inside a direction's content: its own
    ratio and what its applicant must be, over the plan's 2:1."""
    text = "\n".join([
        "某县2025年度科技计划项目申报指南", "一、重点研发计划",
        "本计划采用前资助方式，须由企业牵头申报，企业自筹资金与县财政资助资金比例不低于2:1。",
        "1．浙贝母有效成分提取纯化与大健康产品开发（PA01）",
        "研究内容：研究绿色提取工艺。本方向采用前资助、分年度拨付方式，拟支持1项，企业自筹资金与财政资助比例不低于3:1。",
        "支持金额：80万元",
        "2．五金制品企业数字化车间关键技术集成应用（PA02）",
        "研究内容：研究设备联网。可联合软件服务商申报，申报企业须为科技型中小企业。",
        "支持金额：20万元",
        "二、联系方式", "电话：0579-1234567"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.matching_ratio, leaf.qualifications) for leaf in leaves] == [
        ("PA01", 3, []), ("PA02", 2, ["科技型中小企业"])]
    assert "matching_ratio" not in leaves[0].inherited


def test_a_note_under_a_table_naming_its_amount_column_a_cap_is_that_tables_own() -> None:
    """注：1.支持金额栏为单个项目县财政最高资助额度 under 表1 makes its bare amounts caps; 表2
    under its own note (定额资助) keeps its amounts as they stand."""
    text = "\n".join([
        "某县2025年度科技计划项目申报指南", "一、重点研发计划", "表1",
        "序号\t方向名称\t研究内容\t支持金额（万元）\t实施期限",
        "1\t中药饮片智能化炮制装备研究\t研制智能化炒制设备。\t50\t2年",
        "2\t铝合金汽摩配件高真空压铸技术\t研究高真空压铸。\t30～50\t2年",
        "注：1.支持金额栏为单个项目县财政最高资助额度；2.实施期限自立项之日起计算。",
        "二、农业与社会发展科技计划", "表2",
        "序号\t方向名称\t研究内容\t支持金额（万元）\t实施期限",
        "1\t香菇菌棒工厂化生产技术\t研究菌棒配方。\t20\t2年",
        "注：表2项目实行定额资助。",
        "三、联系方式", "电话：0579-1234567"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.funding_min_wan, leaf.funding_max_wan) for leaf in leaves] == [
        (None, 50), (30, 50), (20, 20)]


def test_tables_lined_up_with_full_width_spaces_alone() -> None:
    """A web page's tables set out with 　 only: one 　 between two cells where a name fills
    its column, a long name wrapped under its column with the other columns blank, and a
    序号　方向名称 table of titles alone whose terms a line under it states once."""
    gap = "\u3000"
    text = "\n".join([
        "某县2024年度县级科技计划项目申报指南", "一、支持方向", "（一）农业科技攻关类",
        f"{gap * 2}本类项目采取前资助方式。归口股室：农村科技股。", "",
        f"序号{gap}方向名称{gap * 13}支持金额{gap * 4}实施期限{gap}牵头要求",
        f"１{gap * 2}高产高油大豆品种筛选与密植栽培{gap * 2}２０万元{gap * 4}２年{gap * 3}企业牵头",
        f"２{gap * 2}寒地鲜食玉米全程机械化生产与速冻{gap}１０～１５万元{gap}１８个月{gap}不限",
        f"{gap * 3}保鲜加工技术集成示范",
        f"３{gap * 2}寒地设施蔬菜越冬生产技术示范{gap * 3}５万元{gap * 5}１年{gap * 3}合作社、企业均可",
        "", "（二）社会发展类（社会事业股）", f"{gap * 2}重点支持医疗卫生领域先进适用技术的示范应用。",
        "", f"序号{gap}方向名称",
        f"１{gap * 2}县域医共体远程心电诊断平台应用示范", f"２{gap * 2}寒地农村生活污水低温生物处理技术",
        "以上2个方向均采取前资助方式，每项支持10万元，实施期限2年。", "",
        "二、联系方式", "联系电话：0455-6721305"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max,
             leaf.enterprise_lead_only, leaf.office) for leaf in leaves] == [
        ("高产高油大豆品种筛选与密植栽培", 20, 20, 2, True, "农村科技股"),
        ("寒地鲜食玉米全程机械化生产与速冻保鲜加工技术集成示范", 10, 15, 1.5, False, "农村科技股"),
        ("寒地设施蔬菜越冬生产技术示范", 5, 5, 1, False, "农村科技股"),
        ("县域医共体远程心电诊断平台应用示范", 10, 10, 2, None, "社会事业股"),
        ("寒地农村生活污水低温生物处理技术", 10, 10, 2, None, "社会事业股")]
    assert not any("序号" in (leaf.group or "") for leaf in leaves)


def test_a_second_parts_title_over_its_intro_where_the_numbering_starts_again() -> None:
    """科技创新奖补项目 (a centred title, no number) ⏎ its intro ⏎ 归口科室：… ⏎ 1.高新技术企业
    培育, after 1. … 3. under the first part's title: a part of its own, so its office is its
    items' — not a paragraph of the last direction above it."""
    text = "\n".join([
        "某区2026年度科技创新专项资金项目申报指南", "",
        "科技计划项目", "1.\t总体要求", "科技计划项目面向重点产业。",
        "2.\t重点领域研发项目", "归口科室：高新技术股", "支持方式：前资助", "资助额度：每项50万元",
        "2.1\t工业机器人精密减速器研发", "研究内容：研究减速器。",
        "3.\t农业与社会发展科技项目", "归口科室：农村与社会科技股", "支持方式：前资助",
        "资助额度：每项20万元", "3.1\t科技特派员服务乡村振兴", "研究内容：开展技术服务。", "",
        "科技创新奖补项目", "奖补项目采用“企业申报、部门审核、事后兑现”方式，不需编制项目申报书。",
        "归口科室：科技创新股", "1.\t高新技术企业培育", "支持方式：以奖代补",
        "1.1\t首次认定高新技术企业奖补", "奖补对象：2025年度首次通过认定的高新技术企业。",
        "奖补标准：给予一次性奖补20万元。", "", "申报程序", "（一）网上申报。在线填报。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.office, leaf.funding_max_wan) for leaf in leaves] == [
        ("工业机器人精密减速器研发", "高新技术股", 50),
        ("科技特派员服务乡村振兴", "农村与社会科技股", 20),
        ("首次认定高新技术企业奖补", "科技创新股", 20)]


def test_a_rule_for_one_way_of_funding_said_mid_paragraph_spares_the_others() -> None:
    """本计划采用前资助方式，…。采用前资助方式的项目，企业自筹资金…不低于2:1。: the ratio binds
    the plan's 前资助 directions, not the one funded by 后补助, though the sentence stands
    within the plan's paragraph rather than opening it."""
    text = "\n".join([
        "某区2025年度科技计划项目申报指南", "一、申报方向", "（一）重点研发计划",
        "本计划采用前资助方式，项目须由企业牵头申报。采用前资助方式的项目，企业自筹资金与区财政资助资金"
        "比例不低于2:1。项目执行期一般为2年。",
        "1．高端聚烯烃催化剂制备技术（LZ01）", "研究内容：研究催化剂。", "支持额度：不超过50万元",
        "2．高端化工装备用特种密封件国产化替代（LZ06）", "研究内容：开发密封件。", "支持方式：后补助",
        "支持额度：按项目研发投入的20%给予补助，最高60万元", "二、联系方式", "电话：0533-1234567"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_mode, leaf.matching_ratio) for leaf in leaves] == [
        ("LZ01", "前资助", 2), ("LZ06", "后补助", None)]


def test_a_sheet_printed_across_pages_joins_each_rows_halves_by_its_number() -> None:
    """An Excel sheet too wide for the page (先列后行): one page prints 序号 | 方向名称 | 主要研究
    内容 for every row with its group rows, a later page 序号 again with the rows' terms. Each
    row reads whole on its name's line, its terms joined by its 序号; a group row spanning the
    sheet holds the rows under it."""
    text = "\n".join([
        "某县2025年度科技计划项目申报指南", "一、支持类别及标准",
        "（一）农业科技类。采取前资助方式，实施期限2年。", "（二）工业科技类。采取后补助方式。",
        "二、支持方向", "本年度共发布支持方向4个（见下表）。", "",
        "某县2025年度科技计划项目支持方向表", "序号\t方向名称\t主要研究内容", "\t一、农业科技类",
        "1\t柠檬采后商品化处理与贮藏保鲜关键技术研究（AY01）\t研究柠檬分级清洗技术。",
        "2\t柠檬精深加工及副产物高值化利用（AY02）\t研发柠檬浓缩汁。", "\t二、工业科技类",
        "3\t汽车零部件精密铸造工艺优化（AY03）\t研究低压铸造。",
        "4\t固废基新型绿色墙体材料制备技术（AY04）\t利用磷石膏研发绿色建材。", "第 1 页，共 2 页",
        "某县2025年度科技计划项目支持方向表", "序号\t支持金额（万元）\t实施期限\t牵头单位要求\t归口股室",
        "1\t30\t2年\t企业牵头\t农村科技股", "2\t20～50\t2年\t规上企业牵头\t农村科技股",
        "3\t不超过50\t18个月\t须为高新技术企业\t工业科技股", "4\t最高80\t2年\t企业牵头\t工业科技股",
        "第 2 页，共 2 页", "三、联系方式", "电话：028-24522316"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.source_line, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.office) for leaf in leaves] == [
        ("AY01", 11, 30, 30, 2, "农村科技股"), ("AY02", 12, 20, 50, 2, "农村科技股"),
        ("AY03", 14, None, 50, 1.5, "工业科技股"), ("AY04", 15, None, 80, 2, "工业科技股")]
    assert [leaf.funding_mode for leaf in leaves] == ["前资助", "前资助", "后补助", "后补助"]


def test_award_items_written_as_service_guide_blocks() -> None:
    """政务服务网 办事指南 blocks — 事项名称：… ⏎ 实施主体 ⏎ 承办科室 ⏎ … ⏎ 补助标准 — ruled apart
    by ———— lines: each block one item under its part (the rule no heading), its numbered
    申请材料 no items; a block whose 办理状态 says 暂停受理 is none this year."""
    rule = "—" * 30
    text = "\n".join([
        "某县2024年度科技计划项目申报通知", "一、科技创新政策奖补事项办事指南",
        "除贷款贴息外，以下奖补事项均采取后补助方式。各事项办事指南如下：", "",
        "事项名称：高新技术企业认定奖励", "实施主体：某县科学技术局", "承办科室：高新技术科",
        "申请材料：", "1.奖补资金申请表；", "2.高新技术企业证书复印件。",
        "补助标准：对首次认定的高新技术企业，给予一次性奖励20万元。", "咨询电话：0577-67582137", rule,
        "事项名称：科技保险保费补助", "承办科室：资源配置与管理科", "办理状态：该事项2024年度暂停受理",
        "补助标准：按实际支付保费的50%给予补助，单个企业最高5万元。", rule,
        "事项名称：技术交易补助", "承办科室：成果转化科",
        "补助标准：按技术合同成交额的5%给予补助，最高不超过30万元。", rule,
        "二、联系方式", "电话：0577-67580926"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.office, leaf.funding_max_wan) for leaf in leaves] == [
        ("高新技术企业认定奖励", "高新技术科", 20), ("技术交易补助", "成果转化科", 30)]
    assert not any("—" in (leaf.group or "") for leaf in leaves)


def test_an_item_that_names_a_policy_and_leaves_its_application_to_a_later_notice() -> None:
    """（四）企业研发费用后补助 ⏎ 按照省、市企业研发费用后补助有关政策执行，具体申报方式另行通知。:
    nothing to apply for under this call, as an item saying only 另行通知 is not — an item that
    grants under the policy it names still is one."""
    text = "\n".join([
        "某县2025年度科技计划项目申报指南", "一、科技成果转化后补助计划（成果转化股）",
        "（一）技术合同交易后补助", "对我县企业作为买方登记的技术合同，按实际支付金额的10%给予补助，最高30万元。",
        "（二）企业研发费用后补助", "按照省、市企业研发费用后补助有关政策执行，具体申报方式另行通知。",
        "（三）科技型中小企业入库奖补", "按照县科技型中小企业培育办法执行，每家奖补2万元。",
        "二、联系方式", "电话：0391-8681234"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        ("技术合同交易后补助", 30), ("科技型中小企业入库奖补", 2)]


def test_meeting_minutes_that_are_the_guideline_name_each_direction_in_its_decision() -> None:
    """A 局务会议纪要 declared the year's guideline: 1．会议同意设立“…”方向，列入第一类。… names
    each direction in quotes inside the decision, its class's terms in 表1 (a row per 第一类…)
    and a 会议明确 sentence of clauses by class; 会议认为，“…”方向…本年度暂不受理 is no
    direction, the 关于… items around them fund nothing, （…股受理） is the group's office, and
    上限调整为50万元 moves the cap of the class's range, not its floor."""
    text = "\n".join([
        "某区科学技术局", "局务会议纪要",
        "一、关于2023年度区级科技计划项目实施情况",
        "会议听取了汇报。2023年共立项12项，其中单项最高资助60万元。",
        "二、关于2024年度项目分类及支持标准",
        "会议确定，2024年度项目分为两类，按下表执行：",
        "类别\t支持方式\t资助额度\t实施期限\t牵头要求",
        "第一类（重点攻关项目）\t前资助\t每项30万—60万元\t不超过3年\t须由企业牵头",
        "第二类（一般攻关项目）\t前资助\t每项不超过20万元\t不超过2年\t企业、高校、科研院所均可牵头",
        "会议明确：第一类项目的牵头企业须为国家高新技术企业，上年度研发投入不低于100万元；"
        "第二类项目申报单位自筹资金不低于区财政资助资金。",
        "三、关于2024年度支持方向",
        "（一）重点攻关项目（高新技术股受理）",
        "1．会议同意设立“桑蚕茧丝绸精深加工关键技术攻关”方向，列入第一类。该方向重点支持蚕茧自动化缫丝。"
        "会议明确，本方向拟支持2项。",
        "2．会议同意设立“糖料蔗全产业链机械化技术攻关”方向，列入第一类。该方向重点支持甘蔗联合收获。"
        "会议明确，本方向资助额度上限调整为50万元，拟支持1项。",
        "3．会议认为，“新能源电池用锰基材料制备技术攻关”方向前期论证尚不充分，本年度暂不受理。",
        "（二）一般攻关项目（社会发展股受理）",
        "4．会议同意设立“喀斯特地区石漠化综合治理技术研究”方向，列入第二类。该方向重点支持植被恢复。",
        "四、关于项目和资金管理",
        "会议强调，前资助项目资金在任务书签订后一次性拨付，后补助项目资金在验收合格后拨付。"])
    leaves = parse_document(text.encode(), "t.docx.txt").leaves
    assert [(leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.quota, leaf.enterprise_lead_only, leaf.min_rd_spend_wan,
             leaf.matching_ratio, leaf.qualifications) for leaf in leaves] == [
        ("桑蚕茧丝绸精深加工关键技术攻关", "高新技术股", 30, 60, 3, 2, True, 100, None,
         ["高新技术企业"]),
        ("糖料蔗全产业链机械化技术攻关", "高新技术股", 30, 50, 3, 1, True, 100, None,
         ["高新技术企业"]),
        ("喀斯特地区石漠化综合治理技术研究", "社会发展股", None, 20, 2, None, False, None, 1, [])]


def test_notes_naming_directions_in_quotes_after_the_directions_are_no_directions() -> None:
    """六、特别提示 ⏎ 1．“…”方向执行期限为3年。 ⏎ 2．“…”方向资助额度为50000元。: numbered notes
    about directions named in quotes (no decision before the name, no stop after it) are said
    of those directions, not directions of their own."""
    text = "\n".join([
        "某县2022年度科技计划项目申报指南", "一、重点项目", "本类项目每项资助5万～8万元，执行期限2年。",
        "1．茶园机械化采摘技术研究", "研究内容：研制采茶机。",
        "2．千两茶传统制作技艺标准化研究", "研究内容：开展工艺流程标准化研究。",
        "二、特别提示",
        "1．“茶园机械化采摘技术研究”方向执行期限为3年。",
        "2．“千两茶传统制作技艺标准化研究”方向资助额度为50000元。",
        "三、联系方式", "电话：0737-7221301"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.period_years_max) for leaf in leaves] == [
        ("茶园机械化采摘技术研究", 8, 3), ("千两茶传统制作技艺标准化研究", 5, 2)]


def test_needs_grouped_by_township_take_their_class_row_and_the_class_office() -> None:
    """——星村镇—— over 星村-1　… items (a place's short name and a number), each naming its
    项目类别：A类, the classes' terms a table lined up with full-width spaces alone (one full-width
    space between two cells) and notes saying each class's office (A类项目由…股归口管理，B类项目由…
    工作站归口管理); ——五夫镇——（本镇需求条目各拟支持1项） gives its items their count."""
    gap = "\u3000"
    text = "\n".join([
        "武夷山市2023年度乡村振兴科技项目申报指南", "一、项目类别及支持标准",
        "　　本年度项目分为A、B两类，各类项目支持标准如下表。",
        f"{gap * 2}类别{gap * 5}申报主体{gap * 6}支持方式{gap * 2}资助额度{gap * 4}实施期限",
        f"{gap * 2}A类（团队）{gap}法人科技特派员团队{gap * 3}前资助{gap * 3}10～20万元{gap * 4}2年",
        f"{gap * 2}B类（个人）{gap}个人科技特派员{gap * 5}前资助{gap * 3}30000～50000元{gap * 2}1年",
        "",
        "　　注1：A类、B类项目牵头单位不限；A类项目由市科技局农村科技股归口管理，"
        "B类项目由市科技特派员工作站归口管理。",
        "二、需求清单",
        "——星村镇——",
        "星村-1\u3000正山小种红茶标准化加工技术服务",
        "　　需求描述：开展加工工艺参数优化。", "　　项目类别：A类", "　　拟支持：2项",
        "——五夫镇——（本镇需求条目各拟支持1项）",
        "五夫-1\u3000白莲良种提纯复壮与高效栽培技术",
        "　　需求描述：开展良种提纯复壮。", "　　项目类别：B类",
        "三、联系方式", "电话：0599-5251234"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.quota) for leaf in leaves] == [
        ("正山小种红茶标准化加工技术服务", "农村科技股", 10, 20, 2, 2),
        ("白莲良种提纯复壮与高效栽培技术", "市科技特派员工作站", 3, 5, 1, 1)]


def test_awards_listed_as_yi_shi_er_shi_items_with_terms_running_past_a_semicolon() -> None:
    """（四）关于创新主体培育奖补。会议同意继续实施以下奖补政策… ⏎ 一是高新技术企业认定奖励。对首次
    通过认定的…奖励20万元；重新通过认定的，…10万元。: each 一是 item titled by its first
    sentence is an award of its own, its tiers after the semicolon its own."""
    text = "\n".join([
        "某县2022年度科技计划项目申报指南", "（一）关于工业科技攻关项目。会议同意设立以下方向，采取前资助方式。",
        "1．工业硅节能冶炼关键技术", "重点支持矿热炉余热回收技术研究，每项支持不超过50万元。",
        "（二）关于创新主体培育奖补。会议同意继续实施以下奖补政策，采取以奖代补方式：",
        "一是高新技术企业认定奖励。对首次通过认定的国家高新技术企业，一次性奖励20万元；"
        "重新通过认定的，一次性奖励10万元。",
        "二是科技型中小企业入库奖励。对当年新入库的国家科技型中小企业，每家奖励20000元。",
        "（三）关于申报时间。申报时间为2022年4月6日至5月6日。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan) for leaf in leaves] == [
        ("工业硅节能冶炼关键技术", None, 50), ("高新技术企业认定奖励", 10, 20),
        ("科技型中小企业入库奖励", 2, 2)]


def test_a_leaflets_bulleted_items_hollow_marks_summary_lines_and_a_posting_under_its_item() -> None:
    """■01　… items (the bullet's number no word of the title; 03　人工智能+… numbered too), a
    □ item among them closed (the hollow mark of the same list, not a level below), the
    terms a 申报单位基本条件 item states for 专题一、专题二, （归口：…科） under a 专题, and a quick
    reference after the directions (专题二：20～40万元) that is no 专题; 3-2　揭榜挂帅项目 ⏎ its
    intro ⏎ 榜单：… is the 榜单 it announces; 拟补助不超过5家 counts, 建设周期24个月 is a period."""
    text = "\n".join([
        "某区2025年度科技计划项目申报明白纸",
        "一、申报单位基本条件",
        "（一）申报专题一、专题二项目的，申报单位上年度研发费用不低于100万元；自筹资金与区财政资助资金比例不低于1:1。",
        "二、支持方向",
        "专题一\u3000智能科技与信创产业", "（归口：高新技术科）",
        "支持方式：前资助。单个项目资助不超过50万元。本专题项目须由企业牵头。",
        "■01\u3000工业软件与智能算法", "代码：NK2025-ZN01", "研发工业软件，本方向拟支持3项。",
        "■03\u3000人工智能+商贸服务", "代码：NK2025-ZN03", "开发大模型客服，本方向资助不超过30万元。",
        "□“揭榜挂帅”攻关专项", "本年度榜单另行发布，具体申报方式、支持标准以后续通知为准，本次不受理。",
        "专题二\u3000成果转化", "（归口：成果转化科）",
        "3-1\u3000科技成果在本区转化补助",
        "补助标准：按成果实际交易额的10%给予补助，最高不超过500000元，建设周期24个月。",
        "补助数量：本事项拟补助不超过5家企业。",
        "3-2\u3000揭榜挂帅项目",
        "本批次发布榜单1项，高校、科研院所、企业均可揭榜。榜单金额为区财政对单个揭榜项目的资助额度。",
        "榜单：道地中药材精深加工关键技术", "榜单编号：NKJB2025-01", "榜单金额：60万元",
        "附：资助额度速查", "专题一：不超过50万元", "专题二：20～40万元",
        "三、联系方式", "电话：022-27520000"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_max_wan, leaf.quota,
             leaf.min_rd_spend_wan, leaf.matching_ratio, leaf.period_years_max)
            for leaf in leaves] == [
        ("工业软件与智能算法", "NK2025-ZN01", "高新技术科", 50, 3, 100, 1, None),
        ("人工智能+商贸服务", "NK2025-ZN03", "高新技术科", 30, None, 100, 1, None),
        ("科技成果在本区转化补助", None, "成果转化科", 50, 5, 100, 1, 2),
        ("道地中药材精深加工关键技术", "NKJB2025-01", "成果转化科", 60, None, 100, 1, None)]


def test_an_award_takes_no_period_from_the_documents_rule_for_its_projects() -> None:
    """一、总体要求 ⏎ 项目实施期限一般为2年: the period of the projects, a 技术示范 paid as 奖补
    among them — not of 瞪羚企业奖励, a one-off award with no project to run."""
    text = "\n".join([
        "某区2026年度科技计划项目申报指南", "一、总体要求", "（一）本年度项目实施期限一般为2年。",
        "二、支持方向", "（一）重点研发项目", "1.工业机器人关键技术", "研究内容：研发减速器。每项资助50万元。",
        "2.畜禽粪污资源化利用技术示范", "研究内容：建设示范基地。采取以奖代补方式，每项奖补10万元。",
        "（二）企业奖励", "本类事项采取以奖代补方式。", "1.瞪羚企业奖励", "对新认定的瞪羚企业，给予一次性奖励20万元。",
        "三、联系方式", "电话：022-12345678"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_mode, leaf.period_years_max) for leaf in leaves] == [
        ("工业机器人关键技术", None, 2), ("畜禽粪污资源化利用技术示范", "奖补", 2),
        ("瞪羚企业奖励", "奖补", None)]


def test_a_revised_guideline_drops_its_revision_tags_and_the_terms_it_replaced() -> None:
    """A 修订版: 〔修订〕 / 〔新增〕 after a heading say what changed, no word of its title; 原：… under
    the new terms is what it said before (with no 现：… lines, no notice of changes)."""
    text = "\n".join([
        "平谷区2025年度科技计划项目申报指南（修订版）", "第一类　奖补项目",
        "（甲）首次认定国家高新技术企业补助〔修订〕", "对2024年度首次通过认定的国家高新技术企业，给予一次性补助30万元。",
        "原：给予一次性补助20万元。", "（乙）林下经济与中药材生态种植〔新增〕",
        "支持林下中药材生态种植示范，每项资助10万元。", "三、申报条件", "申报单位应在本区注册。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan) for leaf in leaves] == [
        ("首次认定国家高新技术企业补助", 30, 30), ("林下经济与中药材生态种植", 10, 10)]


def test_a_table_row_closed_in_its_content_cell_and_a_note_lifting_its_topics_lead_rule() -> None:
    """（一）专题一：…（受理股室：…） ⏎ 本专题…须由企业牵头… over a table whose row 3 says in its
    content cell 本方向本年度暂不受理，…以后续通知为准 (its terms cells —): no direction; 注：…2.序号2
    方向可由企业或高校、科研院所牵头申报，不受本专题牵头要求限制: row 2's own rule over its 专题's;
    申报专题一项目的企业，…研发投入应不低于100万元 in 申报条件: 专题一's, its number after （一）."""
    text = "\n".join([
        "某县2025年度科技计划项目申报指南", "二、支持专题及方向",
        "（一）专题一：产业关键技术攻关（受理股室：科技发展股）",
        "本专题采取事前资助方式，须由企业牵头申报。",
        "序号\t方向名称\t指南代码\t主要研究内容\t资助额度（万元）",
        "1\t鞋材智能制造关键技术研发\tHD25-GJ01\t开展环保鞋材研发。\t30～50",
        "2\t海洋装备技术研发\tHD25-GJ02\t开展深远海养殖装备研究。\t20～30",
        "3\t核电配套关键部件研发\tHD25-GJ03\t本方向本年度暂不受理，具体申报方式和支持标准以后续通知为准。\t—",
        "注：1.序号1、2方向实施期限相同；2.序号2方向可由企业或高校、科研院所牵头申报，不受本专题牵头要求限制。",
        "（二）专题二：农业与社会民生科技（受理股室：农村股）",
        "本专题采取事前资助方式，各类单位均可牵头申报。",
        "序号\t方向名称\t指南代码\t主要研究内容\t资助额度（万元）",
        "1\t荔枝绿色种植技术示范\tHD25-NS01\t开展荔枝高效栽培示范。\t10",
        "三、申报条件", "（一）申报单位应在本县注册。", "（二）申报专题一项目的企业，2024年度研发投入应不低于100万元。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.enterprise_lead_only, leaf.min_rd_spend_wan) for leaf in leaves] == [
        ("HD25-GJ01", True, 100), ("HD25-GJ02", False, 100), ("HD25-NS01", False, None)]


def test_a_rule_for_topics_listed_by_number_then_each_direction_and_a_period_said_in_months() -> None:
    """2.专题一、专题三各方向，申报单位自筹经费…不低于2:1: those 专题's directions alone; 本类项目…
    须于2021年4月至2022年3月完成示范任务: a period of twelve months for its directions."""
    text = "\n".join([
        "某区2021年度科技计划项目申报指南", "一、申报条件", "1.申报单位须在本区注册。",
        "2.专题一、专题三各方向，申报单位自筹经费与区科委资助经费的比例不低于2:1。",
        "二、支持方向", "专题一　智能科技", "本专题采取前资助方式，项目须于2021年4月至2022年3月完成。",
        "1．工业软件", "研究内容：研发工业软件。",
        "专题二　生物医药", "1．中药创新", "研究内容：开展研究。",
        "专题三　成果转化", "1．技术合同奖补", "对技术合同给予奖补，最高20万元。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.matching_ratio, leaf.period_years_max) for leaf in leaves] == [
        ("工业软件", 2, 1), ("中药创新", None, None), ("技术合同奖补", 2, None)]


def test_a_bilingual_notice_set_as_rows_of_chinese_beside_english() -> None:
    """A zone's joint notice whose body is a borderless two-column table, each Chinese paragraph
    beside its English: the English cell is blanked, the Chinese read as the guideline."""
    rows = [
        ("一、支持方向", "I. Supported Directions"),
        ("（一）石油装备专项（归口科室：高新技术科）", "(I) Petroleum Equipment (Office: High-tech Section)"),
        ("本专项项目须由企业牵头申报，每项资助50万元。", "Projects must be led by an enterprise; RMB 0.5 million each."),
        ("1. 智能化采油装备关键技术研发（指南代码：KL2025-SY01）",
         "1. Key Technologies for Intelligent Oil Production Equipment (Code: KL2025-SY01)"),
        ("研究内容：研究抽油机智能调参技术。", "Research: intelligent parameter tuning of pumping units."),
        ("2. 油田化学品研发（指南代码：KL2025-SY02）", "2. Oilfield Chemicals (Code: KL2025-SY02)"),
        ("研究内容：研究耐温抗盐聚合物驱油剂。", "Research: heat- and salt-resistant polymer flooding agents."),
        ("二、申报条件", "II. Eligibility"),
        ("申报单位应在本区注册。", "Applicants shall be registered in the district.")]
    text = "\n".join(["垦利区科学技术局", "关于发布2025年度科技创新项目申报指南的通知",
                      *(f"{zh}\t{en}" for zh, en in rows)])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_max_wan, leaf.enterprise_lead_only)
            for leaf in leaves] == [
        ("智能化采油装备关键技术研发", "KL2025-SY01", "高新技术科", 50, True),
        ("油田化学品研发", "KL2025-SY02", "高新技术科", 50, True)]


def test_an_allocation_table_in_an_attachment_names_each_direction_by_its_code() -> None:
    """附件2 经费安排表 lined up with full-width spaces: 序号 | 项目类别及方向（编号） | 拟立项数 |
    单项资助 | 资金小计, a group's row and a 小计 row between: each row gives the direction its
    code names its count and grant (15～20, ≤30 as the notes read them), never the subtotal."""
    gap = "\u3000"
    text = "\n".join([
        "歙县2020年度县级科技计划项目申报指南", "二、支持方向",
        "（一）产业关键技术攻关项目（归口股室：科技管理股）", "本类项目采取前资助方式，须由企业牵头申报。",
        "1．黄山贡菊精深加工（编号：SX2001）", "研究内容：开展有效成分提取研究。",
        "2．徽茶清洁化加工装备（编号：SX2002）", "研究内容：研制清洁化加工装备。",
        "（二）科技成果转化后补助项目（归口股室：科技管理股）",
        "1．科技成果中试熟化补助（编号：SX2003）", "支持对象：开展中试熟化的企业，补助额度见附件2。",
        "三、联系方式", "电话：0559-6512345", "附件2", "歙县2020年度县级科技计划项目经费安排表", "单位：万元",
        f"序号{gap * 2}项目类别及方向（编号）{gap * 6}拟立项数{gap * 2}单项资助{gap * 2}资金小计",
        f"一{gap * 3}产业关键技术攻关项目",
        f"1{gap * 3}SX2001黄山贡菊精深加工{gap * 7}1{gap * 6}30{gap * 6}30",
        f"2{gap * 3}SX2002徽茶清洁化加工装备{gap * 5}2{gap * 6}15～20{gap * 4}40",
        f"{gap * 4}小计{gap * 16}3{gap * 6}—{gap * 6}70",
        f"二{gap * 3}科技成果转化后补助项目",
        f"3{gap * 3}SX2003科技成果中试熟化补助{gap * 4}不限{gap * 5}≤30{gap * 5}—"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota)
            for leaf in leaves] == [("SX2001", 30, 30, 1), ("SX2002", 15, 20, 2),
                                    ("SX2003", None, 30, None)]


def test_a_directions_terms_in_this_years_column_of_a_comparison_table_in_the_appendix() -> None:
    """支持标准：…按附表“2024年度标准”栏执行 under a direction, and after the signature 附表 ⏎ …新旧
    对照表 ⏎ 序号 | 方向名称 | 2023年度标准 | 2024年度标准（本年度执行） (rows set apart by the
    lines their wrapped cells left empty): the direction's terms are its row's 2024 cell;
    a direction whose 具体申报方式、支持标准另行通知 is no direction yet."""
    text = "\n".join([
        "三门县2024年度科技计划项目申报指南", "一、支持方向", "（一）重大科技专项（归口科室：高新技术科）",
        "1．核电装备关键零部件国产化研制（指南代码：SM24ZD01）【调整】", "研究内容：开展核级阀门密封件研制。",
        "支持标准：本方向支持标准较2023年度有调整，按附表“2024年度标准”栏执行。",
        "2．科技特派员服务项目", "科技特派员服务项目的具体申报方式、支持标准另行通知。",
        "二、联系方式", "县科学技术局高新技术科：0576-83312086", "附表：2024年度调整方向支持标准新旧对照表",
        "三门县科学技术局", "", "2024年度调整方向支持标准新旧对照表",
        "序号\t方向名称\t2023年度标准\t2024年度标准（本年度执行）", "",
        "1\t核电装备关键零部件国产化研制（SM24ZD01）\t前资助，最高150万元，拟支持2项，实施期限3年\t"
        "前资助，资助100～200万元，拟支持1项，实施期限2024年7月至2026年12月", "", "",
        "注：本表“2023年度标准”栏仅供对照。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota,
             leaf.period_years_max) for leaf in leaves] == [("SM24ZD01", 100, 200, 1, 2.5)]


def test_a_call_worded_as_a_tender_its_packages_lots_and_their_terms() -> None:
    """A 招标公告 for research projects: 一、招标项目概况 and 二、投标人资格要求 fund nothing; 第一包
    (业务科室：…) holds 标段1-1　… lots with 最高限价 (a cap), 拟中标单位数 (a count), 合同期 (a
    period), 特定资格 (a rule); the package's 合同期均为2年 and 投标人须为企业 are its lots'; 第三包
    …（本批次不开标） is no package; 投标人类型不限 opens a lot to all."""
    text = "\n".join([
        "宁波市江北区科学技术局2020年度重点研发项目公开招标公告",
        "一、招标项目概况", "1．招标人：宁波市江北区科学技术局。", "2．资助方式：中标项目均采用前资助方式。",
        "二、投标人资格要求", "（一）投标人应为在江北区注册登记的单位。",
        "三、招标内容及标段划分",
        "第一包　智能制造与高端装备", "（业务科室：高新技术科）",
        "本包各标段合同期均为2年，投标人须为企业，可与高校、科研院所组成联合体。",
        "标段1-1　工业机器人用高精度RV减速器研制", "标段编号：JB2020ZB0101",
        "技术需求：突破摆线轮齿廓修形工艺。", "最高限价：150万元", "拟中标单位数：1家",
        "标段1-2　注塑装备智能运维云平台开发", "标段编号：JB2020ZB0102",
        "技术需求：开发设备远程监测云平台。", "最高限价：800000元", "合同期：18个月", "特定资格：投标人类型不限。",
        "第二包　生命健康（本批次不开标）", "原计划设置的医疗器械类标段本批次不开标。",
        "四、评标办法", "采用综合评分法。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota,
             leaf.period_years_max, leaf.enterprise_lead_only) for leaf in leaves] == [
        ("JB2020ZB0101", "高新技术科", None, 150, 1, 2, True),
        ("JB2020ZB0102", "高新技术科", None, 80, None, 1.5, False)]


def test_lots_of_a_selection_notice_numbered_by_arabic_ordinals_with_spelt_out_caps() -> None:
    """A 比选公告: 第1包　… lots (their 包号 the code), 财政资金控制额度：人民币陆拾万元整（¥600,000.00）
    a cap written as a contract writes it, 项目管理科室：… the office; （本包已于…确定承担单位，本次不再
    比选…） closes a lot."""
    text = "\n".join([
        "遵义市汇川区科学技术局2023年度区级科技计划定向项目承担单位比选公告", "一、比选人",
        "比选人：遵义市汇川区科学技术局", "三、各包技术需求",
        "第1包　航天电连接器高可靠精密加工工艺研究", "包号：HCKJ2023-BX01", "技术需求：研究微小型零件精密加工。",
        "财政资金控制额度：人民币陆拾万元整（¥600,000.00）", "项目管理科室：高新技术科",
        "第2包　智能化茶叶加工生产线关键装备研制",
        "（本包已于2023年3月通过“揭榜挂帅”方式确定承担单位，本次不再比选，包号保留。）",
        "第3包　铝基新材料废料再生利用技术研究", "包号：HCKJ2023-BX03", "技术需求：研究铝屑除油除杂技术。",
        "财政资金控制额度：人民币叁拾伍万元整（¥350,000.00）", "项目管理科室：高新技术科",
        "四、比选申请人资格要求", "比选申请人应为在汇川区注册的企业。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan)
            for leaf in leaves] == [
        ("航天电连接器高可靠精密加工工艺研究", "HCKJ2023-BX01", "高新技术科", None, 60),
        ("铝基新材料废料再生利用技术研究", "HCKJ2023-BX03", "高新技术科", None, 35)]


def test_a_speech_whose_headings_are_slogans_and_whose_terms_are_spoken() -> None:
    """A bureau chief's speech: （一）农业科技攻关专项，要在“种”和“收”上下功夫 is the 专项's heading
    (its name, then what it asks for), 这个专项由市局农村科技股负责。支持方式是前资助… its terms
    (the office without 市局); 黑土地保护是国家战略。… opening a direction's paragraph is a sentence
    said, no title of a direction."""
    text = "\n".join([
        "在2024年度市本级科技计划项目申报动员会上的讲话", "二、吃透政策，准确把握今年科技计划的支持重点",
        "（一）农业科技攻关专项，要在“种”和“收”上下功夫",
        "这个专项由市局农村科技股负责。支持方式是前资助，每个项目支持10万元到30万元，项目执行期两年。",
        "方向一：马铃薯脱毒种薯繁育技术集成（申报代码：NH24-NY01）",
        "重点支持马铃薯茎尖脱毒、微型薯雾培快繁等技术。",
        "方向二：寒地黑土保护性耕作技术示范（申报代码：NH24-NY02）",
        "黑土地保护是国家战略。这个方向重点支持秸秆全量还田技术的集成示范。",
        "三、严守规矩", "申报书要实事求是。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.funding_mode, leaf.period_years_max) for leaf in leaves] == [
        ("NH24-NY01", "农村科技股", 10, 30, "前资助", 2),
        ("NH24-NY02", "农村科技股", 10, 30, "前资助", 2)]


def test_a_speechs_parts_and_its_award_items_by_ordinal() -> None:
    """三、严守规矩，确保项目申报工作风清气正 is the speech's next part (its name, then what it asks),
    so 一是把握好时间节点。… under it is no award; 第一项：技术合同交易奖补 ⏎ 第二项：… are the awards of
    the group above them; 这个专项由…负责。… opens a paragraph, no title."""
    text = "\n".join([
        "在2024年度科技计划项目申报动员会上的讲话", "二、吃透政策，准确把握今年科技计划的支持重点",
        "（四）科技成果转化奖补，要让企业得到“真金白银”", "这一块由成果转化股负责，都是以奖代补。",
        "第一项：技术合同交易奖补", "按技术合同实际成交额的10%给予奖励，每家最高不超过20万元。",
        "第二项：科技型中小企业入库奖补", "对首次入库的科技型中小企业，每家奖励2万元。",
        "这个专项今年不再受理科技特派员服务项目。这里说明一下，具体另行通知。",
        "三、严守规矩，确保项目申报工作风清气正",
        "一是把握好时间节点。今年网上申报时间是4月1日到4月30日。",
        "二是把好申报质量关。申报书要实事求是。", "谢谢大家！"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.office, leaf.funding_mode, leaf.funding_max_wan)
            for leaf in leaves] == [("技术合同交易奖补", "成果转化股", "奖补", 20),
                                    ("科技型中小企业入库奖补", "成果转化股", "奖补", 2)]


def test_an_item_whose_note_closes_it_whatever_its_standard_says() -> None:
    """A 汇编 of items, each with its policy's 支持标准: 说　　明：…另行通知，本批次暂不 ⏎ 受理申报。 (a
    PDF's line wrapped mid-word) and 本事项2025年度暂停受理 close the item; …的50%给予贴 ⏎ 息 is a
    loan subsidy, 培育期12个月 its period."""
    text = "\n".join([
        "2025年汶上县科技创新领域惠企政策申报事项汇编", "第一部分　县科学技术局事项",
        "事项1　科技成果转化贷款贴息", "支持标准：按贷款实际发生利息的50%给予贴",
        "息，单个企业年度贴息总额不超过20万元。", "主管部门：县科学技术局科技计划与成果股",
        "事项2　“揭榜挂帅”科技攻关项目", "支持标准：按揭榜项目实际研发投入的30%给予支持，最高100万元。",
        "说　　明：本事项需求征集正在进行中，申报方式另行通知，本批次暂不", "受理申报。",
        "主管部门：县科学技术局科技计划与成果股", "第二部分　县市场监督管理局事项",
        "事项3　高价值专利培育项目", "支持标准：采取前资助方式，每项资助20万元，培育期12个月。",
        "事项4　知识产权质押融资贴息", "支持标准：按实际支付利息的50%给予贴息，单个企业最高10万元。",
        "说　　明：因政策文件修订，本事项2025年度暂停受理，恢复受理时间另行公告。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_mode, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in leaves] == [("科技成果转化贷款贴息", "贷款贴息", 20, None),
                                    ("高价值专利培育项目", "前资助", 20, 1)]


def test_a_press_conferences_spoken_directions() -> None:
    """A launch's transcript: 这一项今年不单独设立项目，也不接受单位申报 closes a direction, and 单个
    项目最高补助可以到40万元 is its cap over the plan's 最高不超过30万元."""
    text = "\n".join([
        "【孙建军】", "今年的指南共设置两类计划。下面，我简要介绍一下。", "（一）成果转化与示范推广计划",
        "项目采取后补助方式，按项目实际研发投入的30%给予补助，最高不超过30万元；项目实施期1年。",
        "方向一：酿酒葡萄优良品种引进与品质提升技术示范。引进酿酒葡萄优良品种，示范面积不少于500亩。",
        "方向二：黑河湿地生态保护与盐碱地改良技术示范。开展湿地植被恢复技术示范。考虑到这个方向投入较大，"
        "单个项目最高补助可以到40万元。",
        "方向三：科技特派员服务乡村振兴行动。这一项今年不单独设立项目，也不接受单位申报，选派办法另行通知。",
        "我就介绍这些，谢谢大家！"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        ("酿酒葡萄优良品种引进与品质提升技术示范", 30), ("黑河湿地生态保护与盐碱地改良技术示范", 40)]


def test_a_code_table_in_an_application_forms_instructions() -> None:
    """A blank 申报书 whose 填报说明 carries the year's code table: a group row's office comes
    before its count (…开发（归口：农村科技股）本领域拟立项不超过5项); 表中空白单元格表示同上 fills a
    row's blank cells from the row above (not a row merged into 本年度暂停受理); a note for the
    codes beginning HD21-B, and one for the rows whose 申报主体 is “须由企业牵头” and that are 前资助,
    are theirs alone; the form's own parts (合　　计, 法定代表人（签字）：, 三、经费预算) are none."""
    text = "\n".join([
        "桦甸市科技发展计划项目申报书", "填 报 说 明",
        "一、“项目类别代码”栏按下表填写。2021年度按以下类别和方向受理：",
        "代码\t类别及方向\t主要支持内容\t支持方式\t支持额度\t实施期限\t申报主体",
        "一、现代农业与特色资源开发（归口：农村科技股）本领域拟立项不超过5项",
        "HD21-A01\t人参精深加工\t人参皂苷提取纯化技术研究\t前资助\t20～30万元\t2年\t须由企业牵头",
        "HD21-A02\t玉米绿色高效生产技术集成示范\t保护性耕作技术集成\t前资助\t不超过15万元\t2年\t不限",
        "HD21-A03\t食用菌产业化示范\t黑木耳优良菌种选育\t\t10万元\t1年",
        "二、工业转型升级与新材料（归口：高新技术股）",
        "HD21-B01\t硅藻土新材料制备\t硅藻土助滤剂研究\t前资助\t30～50万元\t2年\t须由企业牵头",
        "HD21-B03\t黄金绿色采选技术\t本年度暂停受理",
        "注：1．表中空白单元格表示同上。",
        "2．申报主体为“须由企业牵头”的前资助项目，申报单位自筹资金与市财政资助资金比例不低于1:1。",
        "3．代码以HD21-B开头的项目，申报单位上年度研发费用不低于100万元。",
        "二、申报书一式三份。", "三、经费预算", "预算科目\t合计（万元）\t市财政资金（万元）",
        "合　　计", "四、申报单位承诺", "本单位承诺：申报书所填内容真实。",
        "法定代表人（签字）：", "申报单位（盖章）：", "年\t月\t日"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.quota, leaf.funding_mode, leaf.enterprise_lead_only,
             leaf.matching_ratio, leaf.min_rd_spend_wan) for leaf in leaves] == [
        ("HD21-A01", "农村科技股", 5, "前资助", True, 1, None),
        ("HD21-A02", "农村科技股", 5, "前资助", False, None, None),
        ("HD21-A03", "农村科技股", 5, "前资助", False, None, None),
        ("HD21-B01", "高新技术股", None, "前资助", True, 1, 100)]


def test_a_policy_payout_list_as_a_table() -> None:
    """附件2 兑现清单: 序号 | 兑现事项 | 兑现标准 | 兑现条件 | 兑现方式 | … | 责任股室, a row an item;
    本年度县级暂停兑现 in its 兑现标准 closes one; a 揭榜 row whose 申报办法另行通知 is none yet."""
    text = "\n".join([
        "附件1", "序号\t支持方向\t主要研究内容\t支持额度\t实施期限",
        "1\t滩羊肉品质保持技术研究\t研究排酸成熟、气调包装技术。\t30万元\t2年",
        "2\t盐池滩羊产业关键技术需求榜单\t榜单内容由县科技局会同龙头企业另行发布，申报办法另行通知。\t—\t—",
        "附件2", "2024年度盐池县科技惠企政策兑现清单",
        "序号\t兑现事项\t兑现标准\t兑现条件\t兑现方式\t责任股室",
        "1\t企业研发投入后补助\t按上年度研发费用的5%给予补助，最高不超过20万元\t规上企业\t后补助\t成果转化股",
        "2\t科技型中小企业贷款贴息\t按实际支付贷款利息的50%给予贴息，每户最高5万元\t入库企业\t贷款贴息\t成果转化股",
        "3\t自治区科技型中小企业评价奖励\t本年度县级暂停兑现\t—\t—\t成果转化股"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.funding_mode, leaf.office)
            for leaf in leaves] == [("滩羊肉品质保持技术研究", 30, None, None),
                                    ("企业研发投入后补助", 20, "后补助", "成果转化股"),
                                    ("科技型中小企业贷款贴息", 5, "贷款贴息", "成果转化股")]


def test_an_online_interviews_plans_taken_up_one_question_at_a_time() -> None:
    """An 在线访谈 page: one answer lists the plans with their terms, each later question names
    one (我们先从重点研发计划说起) and the answer after it gives its directions; speakers' names
    are no labels, questions no terms; 第一项，… are award items; 原来的“科技特派员”项目今年暂停
    受理 closes that item, not the direction it follows; 只支持3项 is a count."""
    text = "\n".join([
        "主持人：林局长，今年的《指南》具体设置了哪几类项目？", "林志强：今年一共设置三大类：",
        "　　（一）重点研发计划。今年重点研发计划项目须由企业牵头申报；采取前资助方式，每项支持30万元至50万元。",
        "　　（二）玩具创意产业科技专项。这一类主要支持玩具产业的设计创新。",
        "　　（三）科技创新奖补。这一类是奖励性质的。", "",
        "主持人：我们先从重点研发计划说起。陈股长，重点研发计划今年有哪些方向？",
        "陈晓敏：重点研发计划今年设了两个方向。",
        "　　1．智能玩具人机交互与感知技术（代码：CH2025-ZD01）", "　　主要支持语音识别技术。这个方向拟支持2项。",
        "　　2．玩具用环保材料及安全检测技术（代码：CH2025-ZD02）", "　　主要支持可降解塑料的应用。",
        "　　这里说明一下，原来的“科技特派员”项目今年暂停受理。",
        "主持人：接下来请介绍一下玩具创意产业科技专项。",
        "陈晓敏：好的。这个专项申报主体不限，采取后补助方式，每项给予最高不超过20万元补助。",
        "　　1．潮玩IP衍生品开发与文化创意融合", "　　支持原创动漫IP的衍生品开发。这个方向名额比较少，只支持3项。",
        "主持人：今年第三类科技创新奖补有哪些内容？", "陈晓敏：科技创新奖补一共两项，都是以奖代补。",
        "　　第一项，新认定高新技术企业奖励。对首次通过认定的高新技术企业，一次性奖励20万元。",
        "　　第二项，省级工程技术研究中心奖励。对新认定的企业，一次性奖励15万元。",
        "主持人：这两项奖补可以同时享受吗？", "陈晓敏：可以的。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_mode, leaf.funding_max_wan, leaf.enterprise_lead_only,
             leaf.quota) for leaf in leaves] == [
        ("智能玩具人机交互与感知技术", "前资助", 50, True, 2),
        ("玩具用环保材料及安全检测技术", "前资助", 50, True, None),
        ("潮玩IP衍生品开发与文化创意融合", "后补助", 20, False, 3),
        ("新认定高新技术企业奖励", "奖补", 20, True, None),
        ("省级工程技术研究中心奖励", "奖补", 15, True, None)]


def test_a_side_head_layouts_coded_directions() -> None:
    """A guideline printed in a side-head layout: the narrow left column's code beside the
    title (ZD-01 ⇥ 竹材…), its labels beside their text (研究内容 ⇥ …); a direction closed by its
    说明 block; 四、经费使用与管理 funds nothing."""
    text = "\n".join([
        "三、支持方向及要求", "（一）产业关键技术攻关专项",
        "专项说明\t本专项采取前资助方式，项目实施期限不超过2年，须由企业牵头申报。",
        "ZD-01\t竹材高值化利用关键技术研发", "研究内容\t开展竹材重组技术研究。", "支持额度\t每项支持20～30万元。",
        "ZD-02\t金钗石斛种苗繁育技术集成", "研究内容\t开展金钗石斛优良种源筛选。", "支持额度\t最高不超过25万元。",
        "ZD-03\t乡村振兴科技示范村建设", "说明\t本方向本年度暂停受理，另行发布申报通知。",
        "四、经费使用与管理", "经费用途\t项目经费主要用于设备费、业务费。",
        "拨付方式\t前资助项目经费在任务书签订后一次性拨付。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in leaves] == [("ZD-01", "竹材高值化利用关键技术研发", 30, 2),
                                    ("ZD-02", "金钗石斛种苗繁育技术集成", 25, 2)]


def test_the_policy_articles_quoted_in_an_appendix_are_no_items() -> None:
    """附件 ⏎ 《若干措施》相关条款摘录 ⏎ 第三条　支持企业申报高新技术企业。…: the articles the table's
    items cite, quoted — no items of their own."""
    text = "\n".join([
        "一、政策兑现事项", "序号\t兑现事项\t政策依据\t兑现标准\t兑现方式",
        "1\t高新技术企业认定奖励\t《若干措施》第三条\t首次认定的奖励10万元\t以奖代补",
        "2\t科技成果转化贷款贴息\t《若干措施》第九条\t按实际支付利息的50%给予贴息，单家每年最高15万元\t贷款贴息",
        "二、联系方式", "创新发展股：0312－2811XXX", "附件", "《若干措施》相关条款摘录",
        "　　第三条　支持企业申报高新技术企业。对首次通过认定的高新技术企业，给予10万元奖励。",
        "　　第九条　支持科技成果转化融资。按实际支付利息的50%给予贴息，单家企业每年最高15万元。",
        "　　第十五条　本措施所需资金由市财政科技专项资金统筹安排。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        ("高新技术企业认定奖励", 10), ("科技成果转化贷款贴息", 15)]


def test_a_plain_words_edition_of_a_guideline() -> None:
    """A 白话版: 找哪个股 names the office, 谁能报：不限，企业…都能报 leaves the lead open, 除事项里另有
    写明的以外 makes a default of the period; 本事项今年不受理 and 本事项为日常备案服务，不涉及资金
    close items; 有问题找谁 is the contacts."""
    text = "\n".join([
        "第一部分　通用规矩（所有事项都要守）", "1．除事项里另有写明的以外，项目执行期一律不超过2年。",
        "第二部分　农业科技示范类", "这一类主要支持新品种落地。本类事项统一这样办：",
        "谁能报：不限，企业、农民专业合作社、家庭农场、科研单位都能报。",
        "怎么给：后给钱（后补助），验收合格后一次性拨付。", "找哪个股：农村科技股。",
        "事项一　设施蔬菜绿色高效栽培技术示范", "事项编号：NS2024-SF01", "干什么：示范推广水肥一体化技术。",
        "给多少：每项10万元。", "干多久：1年。",
        "事项二　道地中药材规范化种植示范", "事项编号：NS2024-SF02", "干什么：开展黄芪规范化种植示范。",
        "给多少：5万元到8万元。",
        "事项三　壶瓶枣品种提纯复壮示范", "事项编号：NS2024-SF03", "说明：本事项今年不受理，具体申报安排另行通知。",
        "第三部分　科技成果登记（不给钱，只办手续）", "事项四　科技成果登记",
        "说明：本事项为日常备案服务，不涉及资金，全年随时办理，不纳入本次申报。",
        "第四部分　有问题找谁", "农村科技股：0354－6223XXX"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.enterprise_lead_only, leaf.funding_mode,
             leaf.funding_max_wan, leaf.period_years_max) for leaf in leaves] == [
        ("NS2024-SF01", "农村科技股", False, "后补助", 10, 1),
        ("NS2024-SF02", "农村科技股", False, "后补助", 8, 2)]


def test_a_payout_tables_group_row_with_its_terms_in_a_bracket() -> None:
    """四、科技计划项目类（实施期限不超过2年，…）, a group row of a 兑现清单 with its terms in a
    bracket, is that group's (not the next group's rows'); 本年度暂停兑现（已并入第2项） closes a
    row whatever number its remark holds."""
    text = "\n".join([
        "附件1", "序号\t兑现事项\t兑现标准\t申报条件\t兑现方式\t受理股室",
        "一、创新主体培育类",
        "1\t高新技术企业认定奖励\t首次认定的，一次性奖励20万元。\t高新技术企业\t以奖代补\t科技发展股",
        "2\t科技型中小企业入库奖励\t本年度暂停兑现（已并入第2项）。\t—\t—\t—",
        "二、科技计划项目类（实施期限不超过2年，拟立项项目按项目申报书约定拨付）",
        "3\t石榴产业提质增效关键技术攻关\t每项支持30～50万元，拟支持2项。\t企业牵头\t前资助\t科技发展股",
        "三、成果转化类",
        "4\t技术合同交易补助\t按技术合同实际成交额的3%给予补助，最高不超过20万元。\t企业\t后补助\t科技发展股"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.period_years_max) for leaf in leaves] == [
        ("高新技术企业认定奖励", 20, None), ("石榴产业提质增效关键技术攻关", 50, 2),
        ("技术合同交易补助", 20, None)]


def test_a_poster_cards_badge_beside_its_title() -> None:
    """一图读懂: 1-1　大模型行业应用示范 ⇥ 重点 — the card's badge set on its title's line is no
    cell of a table; the card is a direction, its key figures on the line under it."""
    text = "\n".join([
        "专项一　人工智能与数字经济", "归口科室：产业发展科", "本专项共性要求：项目须由企业牵头申报。",
        "1-1　大模型行业应用示范\t重点", "指南编号：25CNKW-A01",
        "支持方式：前资助\t最高资助：200万元\t实施周期：2年\t拟支持：3项", "支持企业基于通用大模型开展行业应用。",
        "1-2　数据要素流通与可信交易\t新增", "指南编号：25CNKW-A03",
        "支持方式：前资助\t最高资助：80万元\t实施周期：2年", "支持企业研发数据产品登记技术。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        ("25CNKW-A01", "大模型行业应用示范", 200), ("25CNKW-A03", "数据要素流通与可信交易", 80)]


def test_a_work_plan_whose_tasks_carry_the_calls() -> None:
    """A 科技工作要点 issued as the year's call: 4．组织实施县级重点研发项目。… ⏎ （1）… ⏎ （2）… ⏎ （责任
    股室：科技计划股；完成时限：6月底前完成立项） — the items are directions, the office closing
    them the task's (its 完成时限 the bureau's deadline, no period); a task that grants nothing
    (…（责任股室：综合股；完成时限：全年）) is none; an award task that grants is one."""
    text = "\n".join([
        "2025年全县科技工作要点", "一、聚焦企业主体", "1．推动企业加大研发投入。对上年度研发费用达到200万元以上的规上工业企业，"
        "按研发费用增量部分的10%给予后补助，单家最高不超过50万元。（责任股室：成果转化股；完成时限：9月底前）",
        "2．加强科技型中小企业梯次培育。组织开展评价政策宣讲活动，全年评价入库120家以上。（责任股室：成果转化股；完成时限：全年）",
        "二、组织实施县级科技计划项目",
        "3．组织实施县级重点研发项目。项目须由企业牵头申报；每项资助30万～50万元。2025年重点支持以下方向：",
        "（1）石化下游高性能材料制备技术。重点支持改性工程塑料的制备工艺研究。拟支持2项。",
        "（2）农产品精深加工与保鲜技术。重点支持果蔬精深加工技术研究。",
        "　　（责任股室：科技计划股；完成时限：6月底前完成立项）",
        "4．加强科普和科技宣传。办好全国科技活动周等活动。（责任股室：综合股；完成时限：全年）"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.office, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in leaves] == [("推动企业加大研发投入", "成果转化股", 50, None),
                                    ("石化下游高性能材料制备技术", "科技计划股", 50, None),
                                    ("农产品精深加工与保鲜技术", "科技计划股", 50, None)]


def test_plans_numbered_under_a_section_that_introduces_them() -> None:
    """三、组织实施年度科技计划项目 ⏎ 8．…（its terms） ⏎ （一）重点研发专项 ⏎ … ⏎ （二）农业科技专项: the
    plans are the section's (its terms theirs), the section no direction; an award row 不在本次申报
    范围 is closed; （责任单位：…科） / （牵头股室：…股） name offices."""
    text = "\n".join([
        "三、组织实施年度科技计划项目", "8．重点研发专项和农业科技专项均采取前资助方式，实施期限不超过2年。（责任股室：综合股）",
        "（一）重点研发专项", "本专项须由企业牵头申报。（牵头股室：高新技术股）",
        "9．玻璃钢复合材料高性能成型工艺研发。支持企业开展高性能成型工艺研究，每项资助30万元。",
        "（二）农业科技专项",
        "10．优质专用小麦绿色高产栽培技术示范。开展强筋小麦栽培技术集成示范，每项资助10万元。（责任单位：农村科技股）",
        "四、联系方式", "高新技术股：0318-82XX301"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.office, leaf.funding_mode, leaf.period_years_max)
            for leaf in leaves] == [("玻璃钢复合材料高性能成型工艺研发", "高新技术股", "前资助", 2),
                                    ("优质专用小麦绿色高产栽培技术示范", "农村科技股", "前资助", 2)]


def test_an_application_systems_help_page() -> None:
    """A 申报系统 help page: 【一级类别】… categories whose 通用校验规则 are their directions' terms,
    ▶ 2025-CX-01　… options, checks on a form's fields (·“申请专项经费”字段：≤800,000元, 须≥申请专项
    经费×2, 起止时间跨度≤24个月, 可选单位类型：企业); a category that 不设资金资助 is none."""
    text = "\n".join([
        "第三步　选择申报类别", "【一级类别】产业技术攻关项目", "　　本类别通用校验规则：",
        "　　·“资助方式”字段：前资助", "　　·“执行期”字段：起止时间跨度≤24个月", "　　·可选单位类型：企业",
        "　　·归口科室：高新技术产业科", "",
        "▶ 2025-CX-01　工程机械智能化与绿色化关键技术", "　　重点支持：工程机械电动化底盘研发。",
        "　　·“申请专项经费”字段：≤800,000元", "　　·“自筹经费”字段：须≥申请专项经费×2",
        "【一级类别】社会发展与民生科技项目", "　　·“资助方式”字段：前资助",
        "　　·可选单位类型：企业、高等院校、科研院所均可", "　　·归口科室：农村与社会发展科", "",
        "▶ 2025-SF-01　现代农业技术集成示范", "　　·“申请专项经费”字段：≤150,000元",
        "【一级类别】科技创新平台（备案类）", "　　说明：本类别本年度仅开放备案登记，不设资金资助，不受理资金申请。",
        "第四步　填写申报书", "　　1.申报书共分四个页签，须逐页保存。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.period_years_max,
             leaf.enterprise_lead_only, leaf.matching_ratio) for leaf in leaves] == [
        ("2025-CX-01", "高新技术产业科", 80, 2, True, 2),
        ("2025-SF-01", "农村与社会发展科", 15, None, False, None)]


def test_a_system_manual_whose_items_are_checked_by_tables() -> None:
    """An application system's user manual: its own chapters (2.1　单位注册, 3.2　填写申报书) fund
    nothing; an item's 校验项 ⇥ 规则 ⇥ 校验类型 table gives its terms a row each (仅对…“企业法人”的
    账号开放: firms only; 低于500万元的，系统提示“不符合申报条件”: a floor); 本事项2024年度暂不开放
    closes one."""
    text = "\n".join([
        "2\t注册与登录", "2.1\t单位注册", "首次使用系统的单位，点击登录页面右下方“单位注册”。",
        "3\t在线申报流程", "3.2\t填写申报书", "申报书分为四个页签。带*号的为必填项。",
        "4\t申报事项及填报校验规则", "4.1\t企业研发经费投入后补助（事项编码：HP-KJ-2024-01）",
        "校验项\t规则\t校验类型", "申报主体\t仅对单位类型为“企业法人”的账号开放\t资格预校验",
        "研发费用\t上年度研发费用低于500万元的，系统提示“不符合申报条件”\t提交校验",
        "补助金额\t按增量部分的10%测算，最高不超过200万元\t系统测算", "资助方式\t事后补助\t—",
        "受理科室\t企业服务科\t—", "",
        "4.2\t新型研发机构建设资助（事项编码：HP-KJ-2024-05）",
        "本事项2024年度暂不开放，系统中显示为灰色。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.enterprise_lead_only, leaf.min_rd_spend_wan,
             leaf.funding_max_wan) for leaf in leaves] == [
        ("HP-KJ-2024-01", "企业服务科", True, 500, 200)]


def test_options_listed_under_a_breadcrumb_take_their_categorys_terms() -> None:
    """A help page's step one states each category's parameters (┄┄ 类别参数 ┄┄, a caption); step
    two lists the options under ▼ 计划 ＞ 类别, the category of that name holding them; ○ LS25-GG01
    …: an option's code; （本系统不受理） closes a category."""
    text = "\n".join([
        "四、第一步：选择计划类别与项目类别", "　【计划类别】区重点研发计划", "　　【项目类别】产业关键技术攻关",
        "　　　┄┄ 类别参数 ┄┄", "　　　受理科室：高新技术科", "　　　资助方式：前资助",
        "　　　申请区财政资金：20万元—50万元", "　　　单位性质校验：仅限企业",
        "　　【项目类别】国家级平台奖励（本系统不受理）", "　　　说明：按区政府“一事一议”方式研究确定。",
        "五、第二步：选择指南方向", "　▼ 区重点研发计划 ＞ 产业关键技术攻关",
        "　　○ LS25-GG01　生物药及高端制剂关键技术研发", "　　　方向说明：支持企业开展工艺开发。",
        "　　　本方向拟支持：2项", "　　○ LS25-GG02　海洋生物活性物质提取与制备", "　　　方向说明：开展海洋多糖的提取。",
        "六、常见问题", "　　1．问：为什么选择“产业关键技术攻关”后无法点击“下一步”？", "　　　答：请检查单位性质是否为“企业”。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.enterprise_lead_only, leaf.quota)
            for leaf in leaves] == [("LS25-GG01", "高新技术科", 50, True, 2),
                                    ("LS25-GG02", "高新技术科", 50, True, None)]


def test_a_manuals_table_of_options_under_a_chapter_numbered_with_a_space() -> None:
    """4 项目申报 (a chapter numbered with a space, 项目 no count) ⏎ 4.1 选择项目类别 ⏎ 类别编码 |
    项目类别（方向） | … a table of the system's options, group rows naming their office."""
    text = "\n".join([
        "3 注册与登录", "3.1 单位注册", "步骤1：打开浏览器，点击“单位注册”。", "4 项目申报", "4.1 选择项目类别",
        "类别编码\t项目类别（方向）\t支持方式\t资助额度（万元）\t执行期\t申报主体",
        "MD24-GY 工业科技攻关项目（归口：高新技术科）",
        "MD24-GY-01\t煤基新材料及精细化工产品开发\t前资助\t30-50\t2年\t企业",
        "MD24-GY-02\t石油化工副产物高值化利用技术\t前资助\t≤40\t2年\t企业",
        "MD24-NY 农业科技创新项目（归口：农村科技科）",
        "MD24-NY-01\t设施蔬菜绿色高效生产技术集成示范\t前资助\t10-20\t2年\t不限",
        "4.2 填写申报信息", "选择类别后进入申报书填写页面。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.enterprise_lead_only)
            for leaf in leaves] == [("MD24-GY-01", "高新技术科", 50, True),
                                    ("MD24-GY-02", "高新技术科", 40, True),
                                    ("MD24-NY-01", "农村科技科", 20, False)]


def test_a_reserve_calls_tables_by_industry() -> None:
    """序号 | 方向代码 | 储备方向 | 主要内容 | 项目类别 | 备注: a 储备项目 call's table, 储备方向 its
    title column; a row whose 备注 says 本次仅征集需求 is none."""
    text = "\n".join([
        "（一）葡萄酒产业（归口：农村科技股）", "表1　葡萄酒产业储备方向",
        "序号\t方向代码\t储备方向\t主要内容\t项目类别\t备注",
        "1\tYNKJ2025-01\t酿酒葡萄抗寒栽培与免埋土越冬技术\t筛选抗寒砧木和品种。\tA类\t本方向拟立项1项",
        "2\tYNKJ2025-09\t闽宁协作科技合作项目\t与福建省高校开展联合攻关。\t—\t本次仅征集需求，支持方式和标准以专项通知为准",
        "三、立项支持标准"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.office, leaf.quota) for leaf in leaves] == [
        ("YNKJ2025-01", "酿酒葡萄抗寒栽培与免埋土越冬技术", "农村科技股", 1)]


def test_items_paid_without_an_application_and_last_years_report() -> None:
    """二、免申即享事项（企业无需申报） holds awards no one applies for; 一、2023年度项目实施情况 ⏎
    （一）总体情况 ⏎ （二）存在的问题 ⏎ （三）处理意见 report last year — neither is a direction."""
    text = "\n".join([
        "一、2023年度项目实施情况通报", "（一）总体情况", "2023年共立项32项，安排资金560万元，每项资助10万元。",
        "（二）存在的问题", "部分项目进度滞后，资助30万元的2个项目未按期验收。",
        "（三）处理意见", "逾期项目承担单位三年内不得申报，已拨付的20万元予以追回。",
        "二、免申即享事项（企业无需申报）", "1．高新技术企业认定奖励（事项编码：KCKJ-M01）",
        "对首次认定的国家高新技术企业，给予一次性奖励20万元。",
        "三、依申请兑现事项", "1．企业研发机构建设补助（事项编码：KCKJ-Y01）",
        "对新认定省级企业研究开发中心的企业，给予一次性补助30万元。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan) for leaf in leaves] == [("KCKJ-Y01", 30)]


def test_a_reply_to_a_proposal_carrying_the_guideline() -> None:
    """A 提案答复: 一、关于“…”的建议 answers with the groups under it (no direction itself, nor is
    one that says its 专项 is still being drafted); （由局高新技术与产业发展股负责受理） the office."""
    text = "\n".join([
        "王晓峰委员：", "　　您提出的提案收悉。现答复如下：",
        "一、关于“设立县级科技计划、稳定支持企业研发”的建议", "　　您的这条建议已经采纳。",
        "（一）工业领域重点研发项目（由局高新技术与产业发展股负责受理）",
        "　　本类项目须由企业牵头申报；采取前资助方式，项目实施期限不超过2年。",
        "　　1．煤层气高效抽采与综合利用关键技术研究。重点支持低浓度瓦斯提纯技术研发。支持额度30—50万元。",
        "　　2．蚕桑丝绸功能性产品开发。支持蚕丝蛋白提取产品开发，最高资助20万元。",
        "二、关于“搭建校地合作平台、引进高校科技资源”的建议",
        "　　我局拟设立“校地合作专项”。该专项的具体支持方式和申报办法正在制定，成熟后另行发布。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.office, leaf.funding_max_wan, leaf.enterprise_lead_only)
            for leaf in leaves] == [
        ("煤层气高效抽采与综合利用关键技术研究", "高新技术与产业发展股", 50, True),
        ("蚕桑丝绸功能性产品开发", "高新技术与产业发展股", 20, True)]


def test_a_plan_tables_responsible_unit_column() -> None:
    """序号 | 项目名称 | … | 责任单位: a district's table names the bureau in charge (区科委); a row
    whose standard says 具体支持办法由区科委另行制定 is none yet."""
    text = "\n".join([
        "序号\t项目名称\t支持内容及申报要求\t支持方式\t支持标准\t责任单位", "一、科技研发类",
        "1\t医药健康领域关键技术攻关\t支持创新药研发。\t前资助\t每项50～100万元\t区科委",
        "2\t新型研发机构建设支持\t支持设立新型研发机构。\t—\t具体支持办法由区科委另行制定，申报另行通知\t区科委",
        "3\t企业研发平台能力提升\t支持平台能力提升项目。\t前资助\t最高50万元\t中关村密云园管委会"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.office, leaf.funding_max_wan) for leaf in leaves] == [
        ("医药健康领域关键技术攻关", "区科委", 100), ("企业研发平台能力提升", "中关村密云园管委会", 50)]


def test_directions_numbered_by_their_class_stem_in_brackets() -> None:
    """甲类　重点研发计划 ⏎ labelled terms ⏎ （甲-1）小白杏… ⏎ （甲-2）…: each class's directions numbered
    by its stem and a number in brackets, its terms theirs."""
    text = "\n".join([
        "甲类　重点研发计划（甬库科技合作专项）", "支持方式：前资助。", "支持强度：每项资助20万元至50万元。",
        "申报主体：须由企业牵头申报。", "（甲-1）小白杏采后保鲜与精深加工技术研究", "针对库车小白杏货架期短的问题，开展保鲜技术研究。",
        "拟支持2项。", "（甲-2）油气化工副产品高值化利用技术研究", "开展副产品分离提纯工艺研究。",
        "本方向资助额度为50万元至80万元，拟支持1项。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.enterprise_lead_only, leaf.quota)
            for leaf in leaves] == [("小白杏采后保鲜与精深加工技术研究", 50, True, 2),
                                    ("油气化工副产品高值化利用技术研究", 80, True, 1)]


def test_a_hotline_knowledge_base_export() -> None:
    """A 12345 hotline's knowledge-base export: ■ 目录节点：…＞ 重点研发计划 a category, each record's
    知识标题 its heading (its 通用要求 record the category's terms, a question's record none), 承办
    科室 the office; the bookkeeping (知识编号, 有效期, 关键词, 承办单位：…局) no terms."""
    text = "\n".join([
        "咸宁市12345政务服务便民热线　知识库条目导出（文本格式）", "导出时间：2024-03-18 09:42:11",
        "■ 目录节点：科技创新 ＞ 县级科技计划 ＞ 重点研发计划", "知识编号：ZSK-JY-240303",
        "知识标题：重点研发计划项目的通用要求", "适用对象：企业", "答复口径：",
        "　　重点研发计划项目采取前资助方式。项目须由企业牵头申报。项目实施期限不超过2年。",
        "承办单位：嘉鱼县科学技术和经济信息化局", "有效期：2024-03-15 至 2024-12-31", "关键词：重点研发；通用要求", "",
        "知识编号：ZSK-JY-240304", "知识标题：蔬菜绿色高效生产关键技术集成与示范", "适用对象：企业、农民专业合作社",
        "答复口径：", "　　指南代码：JY24-NY01", "　　支持标准：每项资助20万元，拟支持2项。", "承办科室：科技创新股",
        "有效期：2024-03-15 至 2024-12-31", "",
        "知识编号：ZSK-JY-240305", "知识标题：长江淡水水产健康养殖与精深加工技术研究", "答复口径：",
        "　　指南代码：JY24-NY02", "　　支持标准：资助10万元至15万元，拟支持不超过2项。", "承办科室：科技创新股", "",
        "知识编号：ZSK-JY-240306", "知识标题：申报县级科技计划需要满足哪些基本条件？", "答复口径：",
        "　　申报单位应在嘉鱼县境内注册登记一年以上。", "承办科室：科技创新股"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.funding_mode, leaf.period_years_max)
            for leaf in leaves] == [("JY24-NY01", "科技创新股", 20, "前资助", 2),
                                    ("JY24-NY02", "科技创新股", 15, "前资助", 2)]


def test_a_budget_notes_tables_and_glossary_fund_nothing() -> None:
    """A 部门预算 note whose part three carries the calls: its 项目名称 | 预算金额（元） | 资金来源 table
    lists budget lines (no directions), and 第四部分　名词解释 explains words."""
    text = "\n".join([
        "第三部分　重点项目支出说明（含申报要求）", "（一）企业研发费用补助",
        "支持对象及标准：对研发费用在100万元以上的企业，按增长部分的10%给予补助，最高不超过50万元。",
        "归口股室：高新技术股", "第四部分　名词解释", "1．基本支出：指为保障机构正常运转而发生的支出。",
        "2．项目支出：指在基本支出之外为完成特定任务而发生的支出。",
        "附表：2024年项目支出预算表", "项目名称\t预算金额（元）\t资金来源\t归口股室",
        "企业研发费用补助\t3,000,000.00\t一般公共预算\t高新技术股", "科普工作经费\t450,000.00\t一般公共预算\t办公室"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.office, leaf.funding_max_wan) for leaf in leaves] == [
        ("企业研发费用补助", "高新技术股", 50)]


def test_a_question_and_answer_page_with_labels_is_no_interview() -> None:
    """网友：… ⏎ 研究内容：… ⏎ 支持方式：…: a page whose questions come from 网友 keeps its labels —
    a field's name is never a speaker's."""
    text = "\n".join([
        "网友：请问今年有哪些方向？", "答：今年设以下方向。", "1．智能装备关键技术", "研究内容：开展智能装备研发。",
        "支持方式：前资助。", "资助额度：每项30万元。", "2．新材料制备技术", "研究内容：开展新材料研发。",
        "支持方式：前资助。", "资助额度：每项20万元。", "网友：什么时候申报？", "答：4月30日前。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_mode, leaf.funding_max_wan) for leaf in leaves] == [
        ("智能装备关键技术", "前资助", 30), ("新材料制备技术", "前资助", 20)]


def test_a_knowledge_base_question_and_free_service_records_are_no_directions() -> None:
    """A question's record (…什么时候可以申领？) answers a caller: its text and office are not the
    record's before it; a record that says 本事项不安排项目资金 is a free service, no direction."""
    text = "\n".join([
        "■ 目录节点：科技创新 ＞ 县级科技计划 ＞ 重点研发计划", "知识编号：ZSK-01",
        "知识标题：智能制造与工业互联网融合应用", "答复口径：", "　　指南代码：JY24-GY03",
        "　　支持标准：最高资助20万元，拟支持2项。", "承办科室：科技创新股", "",
        "知识编号：ZSK-02", "知识标题：科技创新券什么时候可以申领？", "答复口径：",
        "　　申领工作另行通知，申领企业须为高新技术企业。", "承办科室：高新技术股", "",
        "知识编号：ZSK-03", "知识标题：科技特派员精准对接服务", "答复口径：",
        "　　选派专家开展技术服务，服务不收取任何费用。本事项不安排项目资金，不属于科技计划项目。",
        "承办科室：农村科技股", "", "知识编号：ZSK-04", "知识标题：技术合同交易后补助", "答复口径：",
        "　　按技术合同实际到账金额的5%给予事后补助，单个企业补助不超过10万元。", "承办科室：科技创新股"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.office, leaf.funding_max_wan, leaf.qualifications)
            for leaf in leaves] == [("智能制造与工业互联网融合应用", "科技创新股", 20, []),
                                    ("技术合同交易后补助", "科技创新股", 10, [])]


def test_a_budget_line_spent_by_its_centre_and_a_materials_list_set_no_terms() -> None:
    """A 部门预算 note's spending lines: one the centre spends itself (统筹支出，不接受企业申报) is
    nothing to apply for; the papers to send after the last line (营业执照复印件、高新技术企业证书)
    are no rule of who may apply."""
    text = "\n".join([
        "（一）科技计划项目经费（预算数：300万元）", "1.海上风电运维装备",
        "支持海上风电运维装备研发。资助不超过80万元，拟支持1项。", "2.科技特派员工作经费",
        "用于科技特派员驻镇帮扶的交通、食宿补助，由市生产力促进中心按规定统筹支出，不接受企业申报。",
        "3.科技企业孵化器运营奖补", "对新认定为省级科技企业孵化器的运营机构，给予一次性奖补30万元。",
        "申报单位应提交以下材料：项目申报书、营业执照复印件、与方向要求相关的证明材料（高新技术企业证书、"
        "省级孵化器认定文件等）及信用承诺书。", "（二）科学技术普及经费（预算数：126万元）",
        "用于科技馆免费开放等科普活动，由市科技局组织实施。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.enterprise_lead_only, leaf.qualifications)
            for leaf in leaves] == [("海上风电运维装备", 80, None, []),
                                    ("科技企业孵化器运营奖补", 30, None, ["自治区级平台"])]


def test_a_revision_table_is_read_as_its_new_clauses() -> None:
    """A 修订情况说明 carrying the guideline as a 新旧条款对照表 (序号 | 原条款 | 修订后条款 | 修订说明):
    each row is its new clause — last year's amounts, the reasons and the prose summing up the
    changes (上限由50万元提高至80万元) are no terms; （删除） drops a direction, （无） opens one,
    同左 keeps the old clause."""
    text = "\n".join([
        "二、主要修订内容", "　　（一）提高资助强度。重点研发计划单项资助上限由50万元提高至80万元。",
        "三、新旧条款对照表", "序号\t原条款（2023年版）\t修订后条款（2024年修订版）\t修订说明",
        "1\t（一）重点研发计划（归口：高新技术发展科）。采取前资助方式，单项资助不超过50万元，须由企业牵头申报。"
        "\t（一）重点研发计划（归口：高新技术发展科）。采取前资助方式，单项资助不超过80万元，须由企业牵头申报。"
        "\t资助上限由50万元提高至80万元",
        "2\t1.煤化工副产物综合利用。支持副产物分离提纯技术研究。拟支持2项。"
        "\t1.现代煤化工副产物高值化利用（代码：DLT24-ZY01）。支持副产物分离提纯技术研究。拟支持2项。\t细化",
        "3\t2.羊绒纺织智能制造。支持羊绒制品智能化生产线改造。拟支持1项。\t（删除）\t纳入市级专项",
        "4\t（无）\t2.绿氢制储运及应用示范（代码：DLT24-ZY03）。支持风光制氢应用示范。拟支持1项。\t新增方向",
        "5\t3.光伏治沙技术集成（代码：DLT24-ZY02）。支持光伏板下植被恢复。本方向单项资助不超过100万元。"
        "\t同左\t未修改",
        "6\t四、联系方式。电话0477-5212316。\t四、联系方式。电话0477-5212316。\t未修改",
        "", "　　特此说明。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.funding_max_wan, leaf.enterprise_lead_only)
            for leaf in leaves] == [("现代煤化工副产物高值化利用", "DLT24-ZY01", 80, True),
                                    ("绿氢制储运及应用示范", "DLT24-ZY03", 80, True),
                                    ("光伏治沙技术集成", "DLT24-ZY02", 100, True)]


def test_a_policy_match_report_is_read_as_the_guideline_it_matched() -> None:
    """A platform's 政策精准匹配报告: the directions as `01｜title` cards sorted by match, each
    naming its plan (所属计划), the plans' terms once after the cards (【plan】…): each card a
    direction of its plan, taking that plan's terms; the firm's profile, the match rows and the
    report's rules are no terms."""
    card = ["所属计划：{plan}", "指南编号：{code}", "主管科室：{office}", "匹配度：{score}%",
            "支持内容：{title}相关研究。", "支持标准：{money}", "匹配说明：✔ 研发费用≥200万元　✔ 高新技术企业", ""]
    cards = [(1, "高品质不锈钢材料制备关键技术", "县重点研发计划", "XS25ZD03", "产业科技科", 96, "不超过60万元"),
             (2, "企业研发投入增量补助", "县成果转化与平台奖励", "XS25JB02", "成果转化科", 91, "最高50万元"),
             (3, "海上风电关键部件研发", "县重点研发计划", "XS25ZD01", "产业科技科", 64, "30万元～50万元"),
             (4, "高新技术企业认定奖励", "县成果转化与平台奖励", "XS25JB01", "成果转化科", 55, "奖励20万元")]
    lines = ["惠企政策精准匹配报告（科技创新专题）", "一、企业画像", "企业名称：某某科技有限公司",
             "资质标签：高新技术企业｜规模以上工业企业", "2024年研发费用：312.6万元", "二、政策匹配明细",
             "（一）可申报事项（2项）", ""]
    for number, title, plan, code, office, score, money in cards:
        lines.append(f"{number:02d}｜{title}")
        lines += [row.format(plan=plan, code=code, office=office, score=score, title=title,
                             money=money) for row in card]
    lines += ["三、所属计划共性要求（摘自指南第一部分）",
              "【县重点研发计划】须由企业牵头申报；项目实施期限不超过2年；采取前资助方式。",
              "【县成果转化与平台奖励】采取后补助方式，经审核后一次性兑现。",
              "四、匹配规则说明", "1．匹配度=已满足条件数÷指南设定条件数×100%。"]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_max_wan, leaf.funding_mode,
             leaf.period_years_max, leaf.source_line) for leaf in leaves] == [
        ("高品质不锈钢材料制备关键技术", "XS25ZD03", "产业科技科", 60, "前资助", 2, 9),
        ("海上风电关键部件研发", "XS25ZD01", "产业科技科", 50, "前资助", 2, 27),
        ("企业研发投入增量补助", "XS25JB02", "成果转化科", 50, "后补助", None, 18),
        ("高新技术企业认定奖励", "XS25JB01", "成果转化科", 20, "后补助", None, 36)]


def test_a_one_time_notice_names_its_call_and_an_item_sets_its_class_way_aside() -> None:
    """A 政务服务事项一次性告知书: 事项名称：…2025年度区级科技计划项目申报 names the call itself, no
    direction; an item that says 本事项不适用以奖代补，采取后补助方式 inside its 支持内容 pays so,
    whatever its class says."""
    text = "\n".join([
        "政务服务事项一次性告知书", "事项名称：呈贡区2025年度区级科技计划项目申报", "实施主体：昆明市呈贡区科学技术局",
        "第三类　创新平台与主体培育类事项（归口：高新技术与产业发展科）",
        "　　类别说明：本类事项采取以奖代补方式，奖补资金一次性拨付。",
        "　　告知事项3-1　高新技术企业认定奖励", "　　事项编码：CGKJ2025-302",
        "　　支持标准：首次认定的，给予10万元奖励。",
        "　　告知事项3-2　科技型中小企业研发投入增量补助", "　　事项编码：CGKJ2025-303",
        "　　支持内容：对已入库的科技型中小企业给予补助。本事项不适用以奖代补，采取后补助方式。",
        "　　支持标准：按研发费用增量部分的10%给予补助，单户最高20万元。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.funding_mode) for leaf in leaves] == [
        ("CGKJ2025-302", 10, "奖补"), ("CGKJ2025-303", 20, "后补助")]


def test_self_check_tables_give_their_item_or_class_terms() -> None:
    """A 形式审查自评表 (序号 | 审查要点 | 审查标准 | 自评 | 佐证材料): under an item, each row a term
    of that item (★研发投入 ⇥ 上年度研发费用不低于150万元); under a table of a class's directions
    (自评表1 … after 方向代码 | 申报方向 | …), its rows the class's terms for every direction."""
    text = "\n".join([
        "（一）科技攻关类（受理股室：科技创新股）",
        "事项1　铸造产业绿色化关键技术攻关（编号HS2024-A01）", "支持内容：开展消失模铸造等关键技术攻关。",
        "序号\t审查要点\t审查标准\t自评\t佐证材料",
        "1\t★申报单位资格\t牵头单位须为已完成入库的科技型中小企业\t□符合　□不符合\t入库编号截图",
        "2\t★研发投入\t上年度研发费用不低于150万元\t□符合　□不符合\t专项审计报告",
        "3\t资助额度\t申请县财政资助不超过50万元\t□符合　□不符合\t申报书预算表",
        "4\t自筹经费\t自筹经费与申请县财政资助的比例不低于2:1\t□符合　□不符合\t承诺书", "",
        "（二）重点研发项目（归口：科技业务股）", "表1　重点研发项目申报方向", "方向代码\t申报方向\t拟支持数\t备注",
        "QX25-ZD01\t板栗精深加工技术\t2项\t—", "QX25-ZD02\t冶金固废资源化利用技术\t1项\t本方向单项资助上限提高至50万元", "",
        "自评表1　重点研发项目形式审查自评表", "序号\t审查要点\t指南要求\t自评结果",
        "1\t申报主体\t须由企业牵头申报\t□符合　□不符合", "2\t研发投入\t上年度研发费用不低于30万元\t上年度研发费用___万元",
        "— 2 —", "3\t支持方式及强 度\t采取前资助方式，每项资助10万元～30万元\t申请县财政资金___万元",
        "4\t自筹经费\t自筹经费不低于申请县财政资金的2倍\t自筹经费___万元", "", "三、联系方式", "电话：0315-5612345"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.min_rd_spend_wan, leaf.matching_ratio,
             leaf.qualifications) for leaf in leaves] == [
        ("铸造产业绿色化关键技术攻关", 50, 150, 2, ["科技型中小企业"]),
        ("板栗精深加工技术", 30, 30, 2, []), ("冶金固废资源化利用技术", 50, 30, 2, [])]
    assert [leaf.funding_mode for leaf in leaves][1:] == ["前资助", "前资助"]


def test_review_rules_name_their_groups_and_the_directions_they_score() -> None:
    """A 专家评审工作细则: 第二章　评审范围及分组 holds the directions (a chapter on 评审 that lists
    them is no funds-nothing 评审 section); 第一评审组　…　归口：高新技术股 is a group with its
    office; a row whose 拟推荐立项数 says 本年度暂停受理 is closed."""
    text = "\n".join([
        "第一章　总　则", "　　第一条　本细则适用于2024年度县级科技计划项目的专家评审工作。",
        "第二章　评审范围及分组", "　　第五条　本年度纳入评审的项目按方向分为三个评审组。",
        "第一评审组　重点研发计划（工业领域）　归口：高新技术股", "方向代码\t方向名称\t拟推荐立项数",
        "WL24-G01\t石材智能化开采与精深加工关键技术\t2项", "WL24-G02\t汽车零部件轻量化与精密成形技术\t1项", "",
        "第二评审组　科技成果转化项目　归口：成果转化股", "方向代码\t方向名称\t拟推荐立项数",
        "WL24-C01\t高校院所科技成果在莲转化\t3项", "",
        "第三评审组　软科学研究　归口：综合股", "方向代码\t方向名称\t拟推荐立项数",
        "WL24-R01\t县域科技创新发展战略研究\t本年度暂停受理，不组织评审", "",
        "第三章　评审纪律", "　　第八条　评审专家应当严格遵守保密规定。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.quota) for leaf in leaves] == [
        ("WL24-G01", "高新技术股", 2), ("WL24-G02", "高新技术股", 1), ("WL24-C01", "成果转化股", 3)]


def test_veto_lists_read_as_the_rules_they_turn_round() -> None:
    """A 评审细则's 形式审查 vetoes (有下列情形之一的，不予提交专家评审：申报第一评审组方向的企业上年度
    研发费用低于300万元的) and a direction's 否决情形 (申报单位未取得…高新技术企业证书的；自筹资金低于
    …2倍的) are the rules they turn round: an R&D floor, a qualification, a matching ratio; its
    第五章　立项建议及资助标准 names the group its terms are for."""
    text = "\n".join([
        "第二章　评审范围及分组", "第一评审组　重点研发计划（工业领域）　归口：高新技术股",
        "方向代码\t方向名称\t拟推荐立项数", "WL24-G01\t石材智能化开采与精深加工关键技术\t2项",
        "WL24-G02\t汽车零部件轻量化与精密成形技术\t1项", "",
        "第二评审组　重点研发计划（农业领域）　归口：农村科技股",
        "◎方向ZD2301　专用汽车线控底盘与智能上装控制系统研发", "　　指南要点：开展线控转向研究。", "　　否决情形：",
        "　　（1）申报单位2022年度研发费用低于500万元的；", "　　（2）申报单位未取得有效期内高新技术企业证书的；",
        "　　（3）自筹资金低于申请区级财政资金3倍的。", "　　资助核定：采取前资助方式，资助额度50万～80万元。",
        "第三章　形式审查", "　　第八条　有下列情形之一的，不予提交专家评审：",
        "　　（一）申报第一评审组方向的项目不是由企业牵头申报的，或申报企业不是已入库的科技型中小企业的；",
        "　　（二）申报第一评审组方向的企业上年度研发费用低于300万元的；",
        "　　（三）有逾期未验收的县级科技计划项目的。",
        "第四章　立项建议及资助标准",
        "　　第十八条　第一评审组各方向项目采取前资助方式，资助额度为每项30万元至50万元。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.enterprise_lead_only, leaf.min_rd_spend_wan,
             leaf.matching_ratio, leaf.qualifications) for leaf in leaves] == [
        ("石材智能化开采与精深加工关键技术", 50, True, 300, None, ["科技型中小企业"]),
        ("汽车零部件轻量化与精密成形技术", 50, True, 300, None, ["科技型中小企业"]),
        ("专用汽车线控底盘与智能上装控制系统研发", 80, True, 500, 3, ["高新技术企业"])]


def test_an_item_left_out_of_this_review_is_closed() -> None:
    """◎事项JB2303　科技创新券 ⏎ 说明：…另行发布申领通知，不纳入本次评审。: not taken this round."""
    text = "\n".join([
        "一、第三评审组（奖补事项组）", "　　归口股室：成果转化股",
        "◎事项JB2302　省级科技创新平台奖补", "　　核定要点：对新获批省级工程技术研究中心的企业，每个平台给予30万元奖补。",
        "◎事项JB2303　科技创新券", "　　说明：2023年度科技创新券另行发布申领通知，不纳入本次评审。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan) for leaf in leaves] == [("JB2302", 30)]


def test_an_agenda_paper_names_offices_by_what_they_receive_and_changes_a_way() -> None:
    """A 县委常委会 议题材料: 一、议题背景 funds nothing; （二）重点研发项目（县科技局高新技术股归口） names
    its 股 (not the bureau); 农业科技项目由往年的前资助改为后补助 pays by 后补助 alone."""
    text = "\n".join([
        "一、议题背景", "2024年，全县新认定高新技术企业23家，县本级财政科技投入达到1200万元，每项资助不超过50万元。",
        "二、《指南》主要内容", "（一）重点研发项目（县科技局高新技术股归口）",
        "重点研发项目采取前资助方式，须由企业牵头申报。",
        "1．云母绝缘材料及高性能云母纸制备技术（PJ25-ZD02）", "重点支持云母纸制备技术研究。每项支持20万元至30万元，拟支持2项。",
        "（二）农业科技项目（县科技局农村科技股归口）",
        "农业科技项目由往年的前资助改为后补助，即项目验收合格后一次性拨付资金；项目实施期限1年。",
        "1．油茶良种繁育与低产林提质改造技术示范（PJ25-NY01）", "重点支持油茶良种繁育示范。每项支持10万元，拟支持2项。"])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_mode) for leaf in leaves] == [
        ("PJ25-ZD02", "高新技术股", "前资助"), ("PJ25-NY01", "农村科技股", "后补助")]
