"""The five real documents parse into the structure a reader sees in them."""

from __future__ import annotations

import json
import unicodedata
from collections import Counter

import pytest

from bot.catalogue import (
    drawio_diagram,
    feishu_blocks,
    siyuan_note,
    subtitle_script,
    task_backup,
    typst_source,
    uof_document,
    youdao_note,
)
from bot.catalogue import fields as fx
from bot.catalogue.ingest import parse_document
from bot.catalogue.models import Guideline, GuidelineMeta, Leaf
from bot.catalogue.parser import fill_from_enumeration, parse_guideline

LEAVES_PER_CITY = {"防城港": 37, "百色": 22, "南宁": 65, "柳州": 67, "桂林": 40}


def test_every_document_yields_its_leaves(catalogue: list[Guideline]) -> None:
    assert {g.meta.city: len(g.leaves) for g in catalogue} == LEAVES_PER_CITY


def test_every_leaf_has_title_source_and_a_sector(catalogue: list[Guideline]) -> None:
    for guideline in catalogue:
        for leaf in guideline.leaves:
            assert leaf.title.strip(), leaf.id
            assert leaf.source_file == guideline.meta.source_file
            assert leaf.source_line > 0
            assert leaf.sectors, leaf.id


def test_leaf_ids_are_unique_and_short_enough_for_callback_data(
        catalogue: list[Guideline]) -> None:
    ids = [leaf.id for g in catalogue for leaf in g.leaves]
    assert len(ids) == len(set(ids))
    assert max(len(i.encode()) for i in ids) <= 12


def test_source_line_points_at_the_heading(catalogue: list[Guideline]) -> None:
    """A reader opening the file at source_line finds the leaf's heading there."""
    from bot.config import PROJECT_ROOT

    for guideline in catalogue:
        lines = (PROJECT_ROOT / "data" / guideline.meta.source_file).read_text().splitlines()
        for leaf in guideline.leaves:
            line = lines[leaf.source_line - 1]
            assert any(word in line for word in ("方向", "项目类型")), (leaf.id, line)


def _plans(guideline: Guideline) -> list[str | None]:
    return list(dict.fromkeys(leaf.plan for leaf in guideline.leaves))


def _city(catalogue: list[Guideline], city: str) -> Guideline:
    return next(g for g in catalogue if g.meta.city == city)


def test_fangchenggang_plans_groups_and_codes(catalogue: list[Guideline],
                                              by_line: dict[tuple[str, int], Leaf]) -> None:
    fcg = _city(catalogue, "防城港")
    assert _plans(fcg) == ["重大专项计划", "重点研发计划", "科技基地和人才专项", "技术创新引导专项"]
    codes = [leaf.code for leaf in fcg.leaves]
    assert codes[0] == "2025A01" and codes[-1] == "2025D02" and None not in codes
    # 工业新产品新技术开发研究 lost its 一、 but is still a group, not a plan
    assert by_line[("防城港", 74)].group == "工业新产品新技术开发研究"
    assert by_line[("防城港", 74)].plan == "重点研发计划"
    # 课题1…11 stay inside 方向20: one leaf
    leaf = by_line[("防城港", 264)]
    assert leaf.title == "科技支撑防城港国际医学开放试验区建设"
    assert "课题8" in (leaf.content or "")


def test_baise_groups_and_items_without_direction_labels(
        catalogue: list[Guideline], by_line: dict[tuple[str, int], Leaf]) -> None:
    bs = _city(catalogue, "百色")
    assert len(_plans(bs)) == 4
    # 项目类型5 has its fields directly under it: a leaf of its own
    item = by_line[("百色", 77)]
    assert item.title == "园区特色产业创新发展项目" and item.group is None
    assert item.content and item.indicators
    # 项目类型3 says only （具体申报事项另行通知）
    later = by_line[("百色", 57)]
    assert later.announced_later is True and later.funding_max_wan is None
    # 百色 states no amounts anywhere: nothing may be invented
    assert all(leaf.funding_max_wan is None and leaf.funding_min_wan is None for leaf in bs.leaves)
    assert Counter(leaf.min_rd_spend_wan for leaf in bs.leaves)[300] == 4


def test_nanning_lost_headings_are_recovered_and_marked(
        catalogue: list[Guideline], by_line: dict[tuple[str, int], Leaf]) -> None:
    nn = _city(catalogue, "南宁")
    assert _plans(nn) == ["南宁科技重大专项", "南宁重点研发计划", "南宁技术创新引导专项",
                          "南宁科技基地专项"]
    groups = list(dict.fromkeys(leaf.group for leaf in nn.leaves if leaf.group))
    assert groups[:6] == [
        "重大项目1：新能源汽车及零部件产业", "重大项目2：电子信息产业", "重大项目3：铝精深加工产业",
        "重大项目4：新材料产业", "重大项目5：林产品加工产业", "重大项目6：食品加工产业",
    ]
    assert len(groups) == 38
    first = by_line[("南宁", 5)]
    assert first.title == "新能源汽车整车"
    assert any("计划标题在转换中丢失" in note for note in first.inferred)
    assert any("重大项目1标题在转换中丢失" in note for note in first.inferred)
    aluminium = by_line[("南宁", 19)]
    assert aluminium.group == "重大项目3：铝精深加工产业" and aluminium.inferred
    # surviving headings are not marked inferred
    assert not any("分组" in note for note in by_line[("南宁", 12)].inferred)


def test_nanning_shared_requirement_block_covers_each_direction(
        by_line: dict[tuple[str, int], Leaf]) -> None:
    block = by_line[("南宁", 15)].requirements
    assert block
    for line in (12, 13, 14):
        assert by_line[("南宁", line)].requirements == block
    # 项目30: the inline 申报要求 belongs to 方向1 only
    assert by_line[("南宁", 248)].requirements
    assert by_line[("南宁", 250)].requirements is None


def test_nanning_award_schemes(by_line: dict[tuple[str, int], Leaf]) -> None:
    assert by_line[("南宁", 82)].funding_max_wan == 200
    contest = by_line[("南宁", 226)]
    assert contest.funding_tiers_wan[:3] == [6, 4, 2]
    transfer = by_line[("南宁", 260)]
    assert (transfer.funding_percent, transfer.funding_max_wan) == (1, 100)
    assert transfer.announced_later  # 上述2个方向的申报事项均另行通知
    assert by_line[("南宁", 224)].funding_mode == "后补助"  # from the group title only


def test_liuzhou_subdirections_and_funding_forms(
        catalogue: list[Guideline], by_line: dict[tuple[str, int], Leaf]) -> None:
    lz = _city(catalogue, "柳州")
    ev = by_line[("柳州", 32)]
    assert (ev.parent, ev.title) == ("新能源与智能网联汽车专项", "纯电动汽车整车研发")
    assert ev.group == "专题二：新质生产力科技重大专项"
    assert (ev.funding_min_wan, ev.funding_max_wan, ev.total_investment_min_wan) == (80, None, 800)
    assert ev.funding_mode == "里程碑式补助"
    hte = by_line[("柳州", 370)]
    assert (hte.funding_percent, hte.funding_max_wan, hte.quota) == (10, 10, 50)
    assert hte.qualifications == ["高新技术企业", "瞪羚企业"]
    talent = by_line[("柳州", 403)]
    assert (talent.funding_min_wan, talent.funding_percent_cap, talent.period_years_max) == (
        10, 20, 2)
    no_money = by_line[("柳州", 591)]
    assert (no_money.funding_min_wan, no_money.funding_max_wan) == (0, 0)  # 不拨付市财政科技经费
    assert sum(1 for leaf in lz.leaves if leaf.matching_ratio == 4) >= 20
    assert by_line[("柳州", 4)].min_rd_spend_wan == 500


def test_guilin_offices_quotas_and_lead_rules(
        catalogue: list[Guideline], by_line: dict[tuple[str, int], Leaf]) -> None:
    gl = _city(catalogue, "桂林")
    assert all(leaf.office for leaf in gl.leaves)
    assert by_line[("桂林", 6)].office == "发展规划与科技监督科"  # （…科统筹）: the office, not the verb
    car = by_line[("桂林", 109)]
    assert car.title == "汽车（船舶）制造技术与关键零部件技术研发"
    assert (car.office, car.enterprise_lead_only, car.matching_ratio) == ("高新技术科", True, 3)
    assert by_line[("桂林", 96)].enterprise_lead_only is False
    assert by_line[("桂林", 498)].funding_min_wan == 20
    assert by_line[("桂林", 498)].funding_max_wan == 50
    assert by_line[("桂林", 6)].quota == 1
    assert by_line[("桂林", 700)].plan == "奖励性后补助"
    assert by_line[("桂林", 700)].funding_mode == "后补助"


def test_unknown_labels_are_own_fields_with_a_warning_never_appended() -> None:
    meta = GuidelineMeta(key="tst25", city="测试", city_en="Test", year=2025, year_basis="test",
                         issuer="x", title="x", source_file="t.txt")
    text = ["重点研发计划", "方向1：测试方向", "研究内容：做研究。", "知识产权归属：归申报单位所有。",
            "资助经费：不超过20万元。"]
    guideline = parse_guideline(meta, text, "t.txt")
    leaf = guideline.leaves[0]
    assert [str(w) for w in guideline.warnings] == [
        "t.txt:4: unknown field label '知识产权归属': kept as its own field"]
    assert leaf.content == "做研究。"
    assert leaf.other_fields == {"知识产权归属": "归申报单位所有。"}
    assert leaf.funding_max_wan == 20


@pytest.mark.parametrize(
    ("label", "field", "value"),
    [("支持强度", "funding_max_wan", 50), ("资金安排", "funding_max_wan", 50),
     ("经费支持", "funding_max_wan", 50), ("支持数量", "quota", 2), ("立项数量", "quota", 2),
     ("实施周期", "period_years_max", 2), ("执行期限", "period_years_max", 2),
     ("拟选派人数", "quota", 2), ("拟支持团队数", "quota", 2)],
)
def test_labels_no_document_used_before_are_read_by_their_head_word(
        label: str, field: str, value: float) -> None:
    meta = GuidelineMeta(key="tst25", city="测试", city_en="Test", year=2025, year_basis="test",
                         issuer="x", title="x", source_file="t.txt")
    sentence = {"funding_max_wan": "单个项目不超过50万元。", "quota": "拟支持2项。",
                "period_years_max": "2年（2026年1月至2027年12月）。"}[field]
    text = ["一、重点研发计划", "1.测试方向（CS2501）", "研究内容：做研究。", f"{label}：{sentence}"]
    guideline = parse_guideline(meta, text, "t.txt")
    assert guideline.warnings == []
    assert getattr(guideline.leaves[0], field) == value
    assert guideline.leaves[0].content == "做研究。"


def test_a_text_without_structure_is_a_fatal_issue() -> None:
    meta = GuidelineMeta(key="tst25", city="测试", city_en="Test", year=2025, year_basis="test",
                         issuer="x", title="x", source_file="t.txt")
    guideline = parse_guideline(meta, ["这是一份通知。", "没有任何方向。"], "t.txt")
    assert guideline.leaves == []
    assert [w.fatal for w in guideline.warnings] == [True]


@pytest.mark.parametrize(
    ("known", "texts", "expected"),
    [
        (["", "电子信息产业", "", "新材料产业"], ["围绕新能源汽车、电子信息、铝精深加工、新材料等重点产业"],
         ["新能源汽车产业", "电子信息产业", "铝精深加工产业", "新材料产业"]),
        (["", "电子信息产业"], ["围绕新能源汽车、电子信息等"], [None, "电子信息产业"]),  # one match
        (["", "甲", "", "乙"], ["无关的、列表、在这里、出现"], [None, "甲", None, "乙"]),
    ],
)
def test_fill_from_enumeration(known: list[str], texts: list[str],
                               expected: list[str | None]) -> None:
    assert fill_from_enumeration(known, texts) == expected


def _parse(lines: list[str]) -> Guideline:
    meta = GuidelineMeta(key="tst25", city="测试", city_en="Test", year=2025, year_basis="test",
                         issuer="x", title="x", source_file="t.txt")
    return parse_guideline(meta, lines, "t.txt")


WRAPPED_NOTE = [  # a PDF cut at 34 characters: the second line carries on the first's sentence
    "一、指南说明",
    "本指南设重大科技专项、重点研发专项、企业创新激励专项和成果转化",
    "专项四类。各专项要求在各专项下分别说明，方向未单独说明的按专项执行。",
    "二、专项及支持方向",
    "专项一：重大科技专项（重大专项科）",
    "支持方式：前资助。资助额度：每项200万元。",
    "方向1：再生金属高值化利用关键技术（XCZD2401）",
    "研究内容：开展再生金属精准分选和熔体净化技术研究，形成示范线一条以上。",
    "领域（一）先进制造（高新技术科）",
    "方向2：智能电网用高性能传感器研制（XCYF2401）",
    "研究内容：研制高精度电流、温度、局放等传感器，解决稳定性不足的问题。",
    "考核指标：测量精度达到0.2级。本方向须由高校或科研院所牵头。",
    "三、申报要求",
    "申报单位须在本市注册，具有独立法人资格，运行管理规范，具备研发条件。",
]


def test_a_hard_wrapped_line_is_never_a_heading_and_plans_sit_in_their_container() -> None:
    """专项四类。… carries on the wrapped sentence above it: not a fifth 专项; 二、专项及支持方向
    holds the 专项 (so 三、申报要求 closes them instead of falling under the last one)."""
    guideline = _parse(WRAPPED_NOTE)
    assert [(leaf.source_line, leaf.plan, leaf.title) for leaf in guideline.leaves] == [
        (7, "重大科技专项", "再生金属高值化利用关键技术"),
        (10, "重大科技专项", "智能电网用高性能传感器研制")]
    sensor = guideline.leaves[1]
    assert sensor.group == "领域一：先进制造"  # 领域（一）: a keyword heading, number in brackets
    assert sensor.office == "高新技术科"
    assert sensor.enterprise_lead_only is False  # its own rule, written on after the indicators
    assert sensor.funding_max_wan == 200  # the 专项's grant, inherited


def test_an_applicant_stated_in_running_text_binds_the_directions_under_it() -> None:
    guideline = _parse([
        "专项三：企业创新激励专项（高新技术科）",
        "本专项申报主体为在本市注册并已纳入研发统计的企业，不设实施周期。",
        "（一）科技贷款贴息",
        "申报条件：我市认定的瞪羚企业。",
        "补助标准：按实际支付利息的50%给予贷款贴息，单个企业年度贴息总额不超",
        "过300000元。",
        "专项四：成果转化专项",
        "支持对象：吸纳高校、科研院所科技成果在本市转化，并已登记技术合同的",
        "企业。",
        "支持方式：事后补助，按技术合同实际支付额的10%给予补助，最高100万元。",
    ])
    loan, transfer = guideline.leaves
    assert loan.enterprise_lead_only is True
    assert set(loan.inherited) == {"office", "enterprise_lead_only"}
    assert loan.funding_max_wan == 30  # 不超 / 过300000元 across a hard wrap
    assert (transfer.title, transfer.enterprise_lead_only) == ("成果转化专项", True)


@pytest.mark.parametrize("line", [
    "申报主体：在本市注册的高校、科研院所和企业。",  # a choice
    "申报主体：优先支持建有省级以上研发机构的企业。",  # a preference
    "申报要求：申报单位为企业的，须自筹不低于1:1的配套经费。",  # a condition, not who applies
])
def test_an_applicant_that_is_not_only_a_firm_is_no_lead_rule(line: str) -> None:
    guideline = _parse(["一、重点研发计划", "1.测试方向（CS2501）", "研究内容：做研究。", line])
    assert guideline.leaves[0].enterprise_lead_only is None


def test_a_document_that_ranks_circled_numbers_over_bracketed_ones() -> None:
    """④ holding only a sentence, then （1）… （2）…: the document nests （1） under ①, against the
    usual order, and the sub-directions take the quota and grant the direction states; the next
    ⑤ is a direction again, and a 揭榜 plan's 每个榜单确定1个揭榜方 is each 榜单's quota."""
    guideline = _parse([
        "一、重点研发计划（高新技术科）",
        "①电机驱动控制系统研发（LA26ZD01）",
        "研究内容：研制智能驱动控制系统。",
        "支持额度：每项不超过100万元。",
        "②农产品精深加工装备（LA26ZD02）",
        "本方向设2个子方向，每个子方向拟支持1项，每项不超过50万元。",
        "（1）茶叶连续化加工装备（LA26ZD02-1）",
        "研究内容：研制连续化清洁加工成套装备。",
        "（2）中药材产地初加工装备（LA26ZD02-2）",
        "研究内容：研发清洗、低温干燥等初加工装备。",
        "③高纯铁粉制备技术（LA26ZD03）",
        "研究内容：开展短流程制备工艺研究。",
        "二、揭榜挂帅项目",
        "每个榜单确定1个揭榜方，单个项目最高不超过200万元。",
        "①露天铁矿无人开采系统（LA26JB01）",
        "需求描述：研发矿卡无人驾驶系统。",
        "支持期：2年。",
    ])
    assert [(leaf.source_line, leaf.parent, leaf.quota, leaf.funding_max_wan)
            for leaf in guideline.leaves] == [
        (2, None, None, 100), (7, "农产品精深加工装备", 1, 50), (9, "农产品精深加工装备", 1, 50),
        (11, None, None, None), (15, None, 1, 200)]
    assert guideline.leaves[-1].period_years_max == 2  # 支持期, a label read by its head word


def test_a_box_of_terms_per_plan_and_a_tier_chosen_by_the_direction_s_kind() -> None:
    """A 专项概况 box (│支持方式│前资助│ rows, one value wrapped) gives its 专项 mode, grant,
    period and office; 项目类别：一般项目 picks its tier of 重点项目…；一般项目…; 通用申报条件
    binds every direction, and 本专项自筹… reads self-funding first (2:1 → 2)."""
    guideline = _parse([
        "一、通用申报条件",
        "（一）项目须落实自筹资金，自筹资金与申请市级财政资助资金的比例不低于1:1。",
        "二、专项指南",
        "（一）海洋科技创新专项",
        "┌────┬──────────┐",
        "│支持方式│前资助，分年拨付（立项后拨付60%，通过│",
        "│        │中期评估后拨付40%）                 │",
        "├────┼──────────┤",
        "│资助强度│重点项目每项100万元；一般项目每项30万元│",
        "├────┼──────────┤",
        "│实施期限│2025年7月—2027年6月│",
        "├────┼──────────┤",
        "│归口处室│海洋与农村科技科│",
        "└────┴──────────┘",
        "方向名称：深远海养殖工船关键装备研制",
        "项目类别：重点项目",
        "研究内容：研制养殖工船关键装备。",
        "方向名称：海洋牧场水下智能监测网络构建",
        "项目类别：一般项目",
        "研究内容：研发水下监测节点。",
        "（二）先进制造专项",
        "专项申报要求：本专项自筹资金与申请市级财政资助资金的比例不低于2:1。",
        "方向名称：碳纤维复合材料构件自动化成型装备",
        "研究内容：研制自动铺放装备。",
    ])
    ship, ranch, fibre = guideline.leaves
    assert (ship.funding_min_wan, ship.funding_max_wan) == (100, 100)
    assert (ranch.funding_min_wan, ranch.funding_max_wan) == (30, 30)
    assert any("一般项目" in note for note in ranch.inferred)
    for leaf in (ship, ranch):
        assert (leaf.office, leaf.funding_mode, leaf.period_years_max, leaf.matching_ratio) == (
            "海洋与农村科技科", "前资助、分年拨付", 2, 1)
    assert fibre.matching_ratio == 2


def test_kinds_numbered_in_words_boxes_and_sections_known_by_name() -> None:
    """第一类 plans, ◎ directions with 甲、乙 sub-directions, 专栏 boxes, financial numerals;
    申报程序 alone after a blank line closes the last direction; a rule per kind of project in
    one general item binds only the directions of that 项目类别; a direction the rule exempts
    by number (第2方向不受此限) is spared that clause; a rule for a kind beats one for all."""
    guideline = _parse([
        "申报总体要求",
        "——项目执行期：除另有说明外，项目执行期统一为2026年1月1日至2027年12月31日。",
        "——各类项目支持规则：科技重大专项须由企业牵头申报，牵头企业上年度研发投入不低于2000万元"
        "（第２方向不受此限），采取前资助方式，单项资助300万元至800万元；研发后补助项目按项目研发"
        "投入的20%给予后补助，最高200万元，不设执行期。",
        "",
        "第一类　能源与化工（能源科）",
        "专栏１　煤炭智能开采",
        "１．煤矿智能化开采关键技术",
        "研究内容：研究采煤机自主截割技术。",
        "项目类别：科技重大专项",
        "２．绿氢耦合煤化工示范",
        "研究内容：开展绿氢替代灰氢工程示范。",
        "项目类别：科技重大专项",
        "３．针状焦制备",
        "研究内容：开展针状焦工艺优化。",
        "项目类别：研发后补助项目",
        "贰、重点研发计划",
        "◎ 磷化工精细化学品绿色制备【XG2027-ZD02】",
        "研究内容：本方向下设两个子方向。",
        "　　甲、电子级磷酸提纯技术【XG2027-ZD02-A】",
        "研究内容：开展湿法磷酸提纯研究。",
        "　　乙、磷石膏高值化利用技术【XG2027-ZD02-B】",
        "研究内容：开展磷石膏综合利用研究。",
        "",
        "申报程序",
        "　　申报单位登录系统在线填报，网上填报时间为2026年12月1日至2027年1月15日。",
    ])
    mining, hydrogen, coke, acid, gypsum = guideline.leaves
    assert [leaf.title for leaf in guideline.leaves] == [
        "煤矿智能化开采关键技术", "绿氢耦合煤化工示范", "针状焦制备", "电子级磷酸提纯技术",
        "磷石膏高值化利用技术"]
    assert (mining.plan, mining.group, mining.office) == ("能源与化工", "专栏1：煤炭智能开采", "能源科")
    assert (mining.min_rd_spend_wan, mining.funding_max_wan, mining.period_years_max) == (
        2000, 800, 2)
    assert hydrogen.min_rd_spend_wan is None and hydrogen.enterprise_lead_only is True
    assert (coke.funding_max_wan, coke.period_years_max, coke.enterprise_lead_only) == (
        200, None, None)
    assert (acid.code, acid.parent, gypsum.code) == (
        "XG2027-ZD02-A", "磷化工精细化学品绿色制备", "XG2027-ZD02-B")
    assert "申报程序" not in (gypsum.content or "")


def test_a_wechat_list_of_jiebang_needs_and_dash_labels() -> None:
    """PART 01｜发榜说明 whose rules every 榜单 takes (均可揭榜, 每个榜单只确定1家), ▍ groups with
    their office, No.01｜ 榜单 with 〔label〕 fields; a plan written with 支持方式——… labels and a
    code after the title (　代码：…); 以上方向共性要求：… after directions is their group's."""
    guideline = _parse([
        "PART 01｜发榜说明",
        "揭榜对象：揭榜方不限地域，国内外高等院校、科研院所、企业均可揭榜。",
        "揭榜数量：每个榜单原则上只确定1家揭榜单位（团队）。",
        "PART 02｜榜单清单",
        "▍钒钛钢铁领域（高新技术科）",
        "No.01｜高炉渣提钛尾渣资源化利用技术",
        "〔榜单编号〕PZH2023JB01",
        "〔需求描述〕开发提钛尾渣脱氯及高值化利用成套技术。",
        "〔完成时限〕签订技术合同后24个月内",
        "〔揭榜条件〕不限",
        "壹、重点研发计划",
        "支持方式——前资助，分年拨付。",
        "㈠ 工业领域（工业科）",
        "⑴ 动力电池低温快充关键技术　代码：MDJ21-GY-01",
        "研究内容——研究电池低温自加热技术。",
        "⑵ 刀具涂层寿命提升技术　代码：MDJ21-GY-02",
        "研究内容——研究纳米多层复合涂层。",
        "以上方向共性要求：项目实施期为2023年7月—2025年12月；每项支持100万元。",
    ])
    tailings, battery, tools = guideline.leaves
    assert (tailings.title, tailings.code, tailings.office, tailings.group) == (
        "高炉渣提钛尾渣资源化利用技术", "PZH2023JB01", "高新技术科", "钒钛钢铁领域")
    assert (tailings.quota, tailings.enterprise_lead_only, tailings.period_years_max) == (
        1, False, 2)
    assert (battery.title, battery.code, battery.funding_mode) == (
        "动力电池低温快充关键技术", "MDJ21-GY-01", "前资助、分年拨付")
    for leaf in (battery, tools):
        assert (leaf.period_years_max, leaf.funding_max_wan) == (2.5, 100)


def test_questions_and_answers_fill_the_fields_they_ask_for() -> None:
    """申报须知 as 问：/答： pairs: the question names the field (几项 → quota, 股室 → office,
    执行期 → period, 资助多少 → grant); 按本计划共性要求执行 leaves the plan's terms in force; a
    常见问题解答 section funds nothing."""
    guideline = _parse([
        "一、总体要求",
        "申报单位应在本市注册登记，具有独立法人资格。",
        "二、计划类别及支持方向",
        "（一）重点研发计划",
        "本计划共性要求：项目须由企业牵头申报；采用事前资助方式；项目执行期不超过2年。",
        "【方向1】日用陶瓷绿色低碳烧成技术",
        "指南代码：BL2024ZD01",
        "申报须知：",
        "问：本方向支持哪些研究内容？",
        "答：支持辊道窑低碳烧成工艺研究。",
        "问：资助多少？如何拨付？",
        "答：每项资助30万元，拨付方式按本计划共性要求执行。",
        "问：项目执行期多长？",
        "答：18个月。",
        "问：拟支持几项？",
        "答：不超过2项。",
        "问：由哪个股室受理？",
        "答：工业科技股。",
        "三、常见问题解答",
        "问：同一单位可以申报几个方向？",
        "答：同一单位作为牵头单位限报1项。",
    ])
    (kiln,) = guideline.leaves
    assert (kiln.office, kiln.funding_max_wan, kiln.period_years_max, kiln.quota) == (
        "工业科技股", 30, 1.5, 2)
    assert (kiln.funding_mode, kiln.enterprise_lead_only) == ("前资助", True)
    assert kiln.content and "辊道窑" in kiln.content


def test_pdf_headings_wrapped_sooner_than_text_and_codes_at_the_end() -> None:
    """A heading in a larger font wraps before the text does; its second line sits between it
    and the first field. A code printed at the end of the text (（编号：TS26-ZD01）) is the
    direction's; 支持强度：…；实施周期：…；拟支持1项。 on one line is three fields; a plan's
    50-80万元/项 is each project's grant."""
    guideline = _parse([
        "二、重大科技专项",
        "　　除另有说明外，支持强度为50-80万元/项，实施期限为2年。",
        "1．面向钢铁行业CCUS的低浓度CO2捕集与",
        "矿化利用关键技术研究及示范",
        "　　研究内容：研究高效低能耗CO2捕集吸收剂与吸附材料。",
        "　　支持强度：不超过300万元（含）；实施周期：3年（2026.1—2028.12）；",
        "拟支持1项。（编号：TS26-ZD01）",
        "2．氢基竖炉直接还原铁工艺与装备研发",
        "　　研究内容：研究富氢条件下竖炉直接还原反应机理。（编号：TS26-ZD02）",
        "3．钢渣、含铁尘泥等冶金固废高值化利用",
        "技术集成与产业化（高新技术科）",
        "　　研究内容：开发钢渣有价组元分离回收技术。（编号：TS26-ZD03）",
    ])
    ccus, hydrogen, slag = guideline.leaves
    assert [leaf.title for leaf in guideline.leaves] == [
        "面向钢铁行业CCUS的低浓度CO2捕集与矿化利用关键技术研究及示范",
        "氢基竖炉直接还原铁工艺与装备研发", "钢渣、含铁尘泥等冶金固废高值化利用技术集成与产业化"]
    assert (ccus.code, ccus.funding_max_wan, ccus.period_years_max, ccus.quota) == (
        "TS26-ZD01", 300, 3, 1)
    assert (hydrogen.code, hydrogen.funding_min_wan, hydrogen.funding_max_wan) == (
        "TS26-ZD02", 50, 80)
    assert (slag.code, slag.office) == ("TS26-ZD03", "高新技术科")


def test_directions_in_an_attached_table_with_group_rows_and_multi_line_cells() -> None:
    """附件2's table lists a plan's directions under merged group rows (一、新能源…); a cell
    with line breaks carries its row over several lines; the plan's text says 详见附件2; the
    items of a body list keep their one-paragraph descriptions."""
    guideline = _parse([
        "二、计划类别及支持方向",
        "（一）重点研发计划",
        "重点研发计划支持方向详见附件2。项目采取前资助方式，实施期限为2年。",
        "（二）产学研合作项目",
        "项目须由企业牵头，采取后补助方式。重点支持以下方向：",
        "1．长三角高校院所科技成果在滁转化产业化",
        "支持企业承接长三角高校院所科技成果，开展中试熟化。",
        "2．校企共建研发平台联合技术攻关",
        "支持企业与高校院所共建联合实验室。",
        "三、申报条件",
        "申报单位应为在本市注册的企业。",
        "附件2",
        "重点研发计划支持方向",
        "序号\t方向名称\t主要研究内容\t支持强度",
        "一、新能源与新材料",
        "1\t叠层太阳能电池稳定性提升技术\t（1）研究吸光层组分调控；",
        "（2）开发叠层电池封装方法。\t50-80万元/项",
        "二、现代农业（农村科技科）",
        "2\t稻虾共作绿色高效种养关键技术\t集成稻虾共作模式下水稻品种筛选。\t20万元",
    ])
    listed1, listed2, solar, rice = guideline.leaves
    assert (listed1.title, listed2.title) == ("长三角高校院所科技成果在滁转化产业化",
                                              "校企共建研发平台联合技术攻关")
    assert listed2.content == "支持企业与高校院所共建联合实验室。"
    assert (solar.title, solar.plan, solar.group, solar.funding_max_wan) == (
        "叠层太阳能电池稳定性提升技术", "重点研发计划", "新能源与新材料", 80)
    assert "封装" in (solar.content or "") and solar.period_years_max == 2
    assert (rice.group, rice.office, rice.funding_max_wan) == ("现代农业", "农村科技科", 20)


def test_groups_counted_in_words_hyphen_numbers_and_titles_ending_in_a_colon() -> None:
    """一是聚焦…。 groups with their office below its label (责任科室： ⏎ 高新技术科), 1-1
    directions, a withdrawn one (暂停征集) that is no leaf; items titled with a colon
    (青年科技人才创新项目：) over their fields; ◆ one-sentence directions ending in a code."""
    guideline = _parse([
        "二、重大科技专项",
        "申报主体须为在本市注册登记的企业；项目实施期限为2026年至2027年。",
        "一是聚焦晶硅光伏产业，着力突破高纯晶硅关键技术。",
        "责任科室：",
        "高新技术科",
        "1-1 高纯晶硅低能耗还原与尾气回收利用技术",
        "研究内容：",
        "研发尾气干法回收成套装备。",
        "支持额度：",
        "单项支持不超过壹佰万元。",
        "1-2 智慧景区客流预测与应急调度系统研发",
        "本方向今年暂停征集，相关研究内容并入1-1方向统筹支持。",
        "三、科技人才专项",
        "青年科技人才创新项目：",
        "支持对象：企业、高校、科研院所均可作为依托单位申报。",
        "支持方式：项目实施期限为3年，每年补助10万元，连续支持3年。",
        "四、重点研发计划（社会发展科）",
        "◆ 围绕三峡地区道地中药材资源，开展优良品种选育研究（YC26ZD0201）。",
        "◆ 开展抗感染原料药的酶催化绿色合成研究（YC26ZD0202）。",
    ])
    silicon, talent, herbs, drugs = guideline.leaves
    assert (silicon.title, silicon.group, silicon.office, silicon.funding_max_wan) == (
        "高纯晶硅低能耗还原与尾气回收利用技术", "聚焦晶硅光伏产业", "高新技术科", 100)
    assert (silicon.period_years_max, silicon.enterprise_lead_only) == (2, True)
    assert (talent.title, talent.funding_max_wan, talent.enterprise_lead_only) == (
        "青年科技人才创新项目", 30, False)
    assert (herbs.title, herbs.code, herbs.office) == (
        "围绕三峡地区道地中药材资源，开展优良品种选育研究", "YC26ZD0201", "社会发展科")
    assert drugs.code == "YC26ZD0202"


def test_a_plan_s_period_spares_the_kind_of_item_it_excepts() -> None:
    guideline = _parse([
        "三、科技人才与创新平台专项",
        "除一次性奖补事项外，本专项项目实施期限不超过3年。",
        "企业研发机构提能项目：",
        "支持对象：已认定为市级以上工程技术研究中心的规上高新技术企业。",
        "支持方式：按新增研发仪器设备投入的30%给予补助，单家最高不超过50万元。",
        "院士（专家）工作站建设项目：",
        "支持对象：上年度已获批建设市级院士（专家）工作站的企业。",
        "支持方式：采取以奖代补方式，给予建站企业一次性资助30万元。",
    ])
    lab, station = guideline.leaves
    assert (lab.period_years_max, station.period_years_max) == (3, None)
    assert station.funding_mode == "奖补" and station.qualifications == ["市级平台"]


def test_letters_boxed_labels_terms_brackets_and_inline_sub_directions() -> None:
    """A / A1 numbering with （2025年度） marks; 〖label〗value pairs, two to a line; a direction's
    terms in a bracket after its title; 子方向1：…；子方向2：… on one line are sub-directions of
    the direction above (which states their grant); a plan—group—01: heading."""
    guideline = _parse([
        "A　重点研发计划",
        "〖归口科室〗高新技术科　　〖资助方式〗前资助",
        "〖实施周期〗不超过3年　　〖申报主体〗须由企业牵头申报",
        "A1　油气田提高采收率关键技术（2025年度）",
        "〖指南编号〗DQ2025A01　　〖支持额度〗每项100万元",
        "研究内容：开展化学驱提高采收率技术研究。",
        "A3　化工新材料关键技术（2025年度）",
        "〖支持额度〗每个子方向拟支持1项，每项60万元",
        "包括以下子方向：子方向1：高端聚烯烃专用料（DQ2025A03-1）；子方向2：特种合成橡胶"
        "（DQ2025A03-2）。",
        "研究内容：开展化工新材料的聚合工艺研究。",
        "B　科技成果转化计划",
        "1）电子信息材料关键技术研发（指南编号：2025ZD0101）（支持2项，每项50万元）",
        "研究内容：支持高世代基板玻璃关键技术研发。",
        "重点研发计划—现代农牧业—01:肉牛良种繁育关键技术(指南代码:CFZD2025-01)",
        "研究内容:开展肉牛品种选育与扩繁。",
    ])
    oil, olefin, rubber, glass, cattle = guideline.leaves
    assert (oil.title, oil.code, oil.office, oil.funding_mode, oil.period_years_max,
            oil.enterprise_lead_only, oil.funding_max_wan) == (
        "油气田提高采收率关键技术", "DQ2025A01", "高新技术科", "前资助", 3, True, 100)
    assert [(leaf.title, leaf.code, leaf.parent, leaf.funding_max_wan, leaf.quota)
            for leaf in (olefin, rubber)] == [
        ("高端聚烯烃专用料", "DQ2025A03-1", "化工新材料关键技术", 60, 1),
        ("特种合成橡胶", "DQ2025A03-2", "化工新材料关键技术", 60, 1)]
    assert (glass.title, glass.code, glass.quota, glass.funding_max_wan) == (
        "电子信息材料关键技术研发", "2025ZD0101", 2, 50)
    assert (cattle.title, cattle.code) == ("肉牛良种繁育关键技术", "CFZD2025-01")


def test_element_blocks_spaced_labels_and_a_number_written_twice() -> None:
    """项目要素： over 支持金额：…　　实施期限：…　　支持数量：… (spaced like table cells) names a
    block of the direction's fields, not a direction; 二、 written twice still opens a plan when
    a numbered list follows; 牵头要求：不限 lets anyone lead."""
    guideline = _parse([
        "一、重点研发计划",
        "本计划采取前资助方式，项目实施期限不超过3年，须由企业牵头申报。",
        "方向1　高端玩具智能化设计与制造关键技术（指南代码：ST2025ZD01）",
        "　　研究内容：支持智能玩具人机交互关键技术研究。",
        "　　项目要素：",
        "　　支持金额：不超过80万元　　实施期限：2年　　支持数量：2项",
        "　　资助方式：前资助　　牵头要求：不限　　配套要求：自筹经费与财政资助比例不低于2:1",
        "二、重大科技专项",
        "　　支持重大技术攻关。",
        "（一）新材料",
        "1.运动鞋服新材料关键技术",
        "　　研究内容：开展新材料研究。",
        "二、科技创新平台与载体建设",
        "　　支持新型研发机构提升研发能力。",
        "（一）新型研发机构",
        "1.新型研发机构绩效后补助",
        "　　支持对象：经省级备案的新型研发机构。",
        "　　支持强度：采取后补助方式，绩效评价结果为优秀的给予50万元，良好的给予30万元。",
    ])
    toys, shoes, lab = guideline.leaves
    assert (toys.funding_max_wan, toys.period_years_max, toys.quota, toys.matching_ratio,
            toys.enterprise_lead_only) == (80, 2, 2, 2, False)
    assert (shoes.plan, lab.plan) == ("重大科技专项", "科技创新平台与载体建设")
    assert lab.funding_mode == "后补助" and lab.qualifications == ["自治区级平台"]


def test_a_summary_table_before_the_directions_it_sums_up() -> None:
    """表1 lists the directions (name, code, grant, count) before they are written out: each
    direction is one leaf, not two, and 合计 is no row of its own."""
    guideline = _parse([
        "一、重点研发计划",
        "本计划项目须由企业牵头申报，实施期限2年。各方向支持额度及拟支持数见表1。",
        "表1  2025年度重点研发计划支持方向一览表",
        "序号\t方向名称\t指南代码\t支持额度（万元）\t拟支持数（项）",
        "1\t电子信息关键技术攻关\tJA25ZY01\t≤50\t3",
        "2\t先进装备制造关键技术\tJA25ZY02\t30~50\t2",
        "合计\t—\t—\t—\t5",
        "",
        "1. 电子信息关键技术攻关（JA25ZY01）",
        "研究内容：开展高多层印制电路板制造技术研发。",
        "2. 先进装备制造关键技术（JA25ZY02）",
        "研究内容：开展高端数控机床关键部件研发。",
    ])
    assert [(leaf.source_line, leaf.code, leaf.funding_max_wan, leaf.quota)
            for leaf in guideline.leaves] == [(9, "JA25ZY01", 50, 3), (11, "JA25ZY02", 50, 2)]


def test_a_draft_for_comment_with_its_contents_old_values_and_struck_directions() -> None:
    """A 征求意见稿: its 目录 without page numbers repeats the headings (not directions);
    （原：…） beside a new value and 【修改说明：…】 notes are dropped; a direction marked
    （删除） funds nothing; （社会发展科，原：农村科技科） names the new office."""
    guideline = _parse([
        "目　录",
        "一、重点研发计划",
        "　　方向1：高端轴承关键技术研发",
        "　　方向2：传统机械加工工艺改进（删除）",
        "二、科技惠民计划",
        "　　方向3：常见病防治技术研究",
        "一、重点研发计划（高新技术科）",
        "本计划采取前资助方式，项目实施期限不超过3年（原：不超过2年）。",
        "方向1：高端轴承关键技术研发（指南代码：WY25GY01）",
        "研究内容：开展轴承材料研究。",
        "资助金额：不超过50万元（原：不超过30万元）",
        "方向2：传统机械加工工艺改进（指南代码：WY25GY02）（删除）",
        "【修改说明：与技术改造专项重复，予以删除。】",
        "资助金额：每项20万元",
        "二、科技惠民计划（社会发展科，原：农村科技科）",
        "本计划采取前资助方式，牵头单位不限。",
        "方向3：常见病防治技术研究（指南代码：WY25HM02）",
        "研究内容：开展早期筛查研究。",
    ])
    bearing, disease = guideline.leaves
    assert (bearing.source_line, bearing.funding_max_wan, bearing.period_years_max) == (9, 50, 3)
    assert (disease.source_line, disease.office, disease.enterprise_lead_only) == (
        17, "社会发展科", False)


def test_a_contents_whose_page_numbers_follow_a_tab_names_no_direction() -> None:
    """目　　录 with entries like （一）企业研发投入后补助⇥2 (a tab, not a leader, before the page):
    the entries are the contents, not directions; the directions are read where written."""
    guideline = _parse([
        "目　　录",
        "一、总体要求\t1",
        "二、资助档次\t1",
        "（一）企业研发投入后补助\t2",
        "（二）科技创新平台奖补\t2",
        "三、支持方向\t3",
        "四、联系方式\t4",
        "",
        "一、总体要求",
        "本年度设研发投入后补助、创新平台奖补两类。",
        "二、资助档次",
        "（一）企业研发投入后补助",
        "企业研发投入后补助采取事后补助方式，补助资金一次性拨付。",
        "（二）科技创新平台奖补",
        "科技创新平台奖补采取以奖代补方式。",
        "三、支持方向",
        "（一）企业研发投入后补助",
        "（1）规模以上工业企业研发投入后补助",
        "对规上企业给予一次性后补助10万元。",
        "（二）科技创新平台奖补",
        "（2）省级创新平台认定奖补",
        "对新认定的省级重点实验室奖补30万元。",
        "四、联系方式",
        "联系人：王老师",
    ])
    assert [(leaf.source_line, leaf.plan, leaf.funding_max_wan) for leaf in guideline.leaves] == [
        (18, "企业研发投入后补助", 10), (21, "科技创新平台奖补", 30)]


def test_tasks_a_direction_announces_are_its_parts_and_take_its_values_in_order() -> None:
    """A direction whose only text counts its 任务 and gives them their grants by 分别:
    任务一/任务二 are its parts (it funds nothing of its own), 60 and 40 each's."""
    guideline = _parse([
        "一、重点领域研发专项",
        "本专项采取前资助方式，须由企业牵头申报。",
        "1．英德石灰岩矿山生态修复关键技术",
        "研究内容：开展矿山复绿研究。",
        "资助金额：不超过80万元",
        "2．电子信息材料制备关键技术",
        "本方向设以下两个任务，各支持1项，分别定额资助60万元、40万元：",
        "任务一：高纯氧化铝粉体低成本制备（YD26ZD03-1）",
        "研究高纯氧化铝粉体的醇盐水解及煅烧工艺。",
        "任务二：电子级球形硅微粉表面改性（YD26ZD03-2）",
        "开展球形硅微粉表面改性技术研究。",
        "二、申报须知",
        "联系人：王老师",
    ])
    assert [(leaf.source_line, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota)
            for leaf in guideline.leaves] == [(3, None, 80, None), (8, 60, 60, 1),
                                               (10, 40, 40, 1)]


def test_tasks_under_a_direction_titled_without_a_number_are_its_parts() -> None:
    """Directions written as bare titles over their code (as a 135编辑器 article shows them):
    任务一/任务二 right under the one whose text announces two 任务 are its parts."""
    guideline = _parse([
        "一、重点领域研发专项",
        "本专项采取前资助方式，须由企业牵头申报，每项资助30万元～80万元。",
        "英德石灰岩矿山生态修复关键技术",
        "指南代码：YD26ZD01",
        "研究内容：开展矿山复绿研究。",
        "电子信息材料制备关键技术",
        "指南代码：YD26ZD03",
        "本方向设以下两个任务，各支持1项：",
        "任务一：高纯氧化铝粉体低成本制备（YD26ZD03-1）",
        "研究高纯氧化铝粉体的醇盐水解及煅烧工艺。",
        "任务二：电子级球形硅微粉表面改性（YD26ZD03-2）",
        "开展球形硅微粉表面改性技术研究。",
        "智能制造与工业互联网融合应用",
        "指南代码：YD26ZD04",
        "研究内容：开展生产线数字化改造。",
        "二、申报须知",
        "联系人：王老师",
    ])
    assert [(leaf.source_line, leaf.code, leaf.quota) for leaf in guideline.leaves] == [
        (3, "YD26ZD01", None), (9, "YD26ZD03-1", 1), (11, "YD26ZD03-2", 1), (13, "YD26ZD04", None)]


def test_directions_listed_under_a_bare_key_directions_line_after_a_plans_terms() -> None:
    """🔹专项一 with its terms as labelled lines, then 重点方向： alone and 1、… directions each
    with a paragraph: the directions are leaves taking the plan's terms, not text of the plan."""
    guideline = _parse([
        "🔹专项一　特色产业技术攻关专项",
        "归口股室：科技业务股",
        "支持方式：前资助",
        "扶持力度：单个项目30万～50万元",
        "实施周期：2年",
        "重点方向：",
        "1、五金炊具智能铸造与表面绿色处理技术",
        "　　重点研究铸铁锅具自动化浇注工艺，建成智能化示范生产线1条。拟支持2项。",
        "2、内燃机配套零部件精密加工与在线检测",
        "　　开展高精度数控加工技术研究。拟支持1项。",
        "🔹专项二　现代农业科技专项",
        "归口股室：农村科技股",
        "支持方式：后补助",
        "扶持力度：单个项目最高不超过25万元",
        "重点方向：",
        "1、陆川猪种质资源保护与高效健康养殖",
        "　　开展陆川猪保种群遗传多样性监测。拟支持2项。",
    ])
    assert [(leaf.source_line, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.quota) for leaf in guideline.leaves] == [
        (7, "科技业务股", 30, 50, 2), (9, "科技业务股", 30, 50, 1), (16, "农村科技股", None, 25, 2)]


def test_plans_numbered_inside_brackets_with_a_title_after_them() -> None:
    """【专项一】产业关键技术攻关（归口：高新技术股）: the 专项 in brackets is the plan heading (its
    office in the parentheses), not a label 专项一 whose value is the title."""
    guideline = _parse([
        "【专项一】产业关键技术攻关（归口：高新技术股）",
        "支持方式：前资助",
        "实施期限：2年",
        "1. 建筑陶瓷低碳烧成与智能制造关键技术",
        "研究内容：研发富氧燃烧技术。",
        "资助额度：50—80万元",
        "【专项二】科技成果转化奖补（归口：成果转化股）",
        "支持方式：以奖代补",
        "1. 首次认定高新技术企业奖励",
        "对2025年度首次通过认定的高新技术企业，一次性奖励10万元。",
    ])
    assert [(leaf.source_line, leaf.plan, leaf.office, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in guideline.leaves] == [
        (4, "产业关键技术攻关", "高新技术股", 80, 2), (9, "科技成果转化奖补", "成果转化股", 10, None)]


def test_terms_per_roman_class_reach_the_directions_that_name_their_class_any_way() -> None:
    """（二）Ⅱ类：重点研发项目 with its terms under unusual labels; directions numbered （一）…
    across fields name their class as 类别：Ⅱ类, 项目类别：重点研发项目, 按一般项目（Ⅲ类）支持 or a
    【Ⅳ类】 tag (not part of the title); 牵头主体：须为企业 and 高等院校…不得作为牵头单位 make firms
    the only leads; （五） under the next field, numbered on from （四）, is a direction too."""
    guideline = _parse([
        "第一章　项目类别与支持标准",
        "　　（一）Ⅱ类：重点研发项目",
        "　　资金体量：30万元—50万元/项",
        "　　拨付节奏：前资助",
        "　　牵头主体：须为企业，高等院校、科研院所不得作为牵头单位",
        "　　（二）Ⅲ类：一般项目",
        "　　资金体量：不超过150000元/项",
        "　　周期上限：一年半",
        "　　牵头主体：不限定，企业、事业单位均可牵头",
        "　　（三）Ⅳ类：研发后补助项目",
        "　　资金体量：单个企业最高不超过60万元",
        "　　拨付节奏：后补助",
        "第二章　支持方向",
        "一、新材料领域（归口：工业科技股）",
        "　　（一）光伏组件回收与硅材料再生利用技术",
        "　　研究退役光伏组件无损拆解、EVA胶膜热解分离和硅片提纯再生技术，建设示范线1条。",
        "　　类别：Ⅱ类；拟支持2项。",
        "　　（二）绿氢耦合煤化工工艺技术",
        "　　研究可再生能源电解水制氢与煤制甲醇工艺的耦合技术，开发绿氢补碳工艺包。",
        "　　项目类别：重点研发项目；拟支持1项。",
        "　　（三）企业研发投入后补助【Ⅳ类】",
        "　　对在我县开展自主研发活动、研发投入持续增长的企业给予后补助，引导企业加大研发投入。",
        "　　（四）本土酿酒酵母筛选技术",
        "　　从产区葡萄园和酒庄环境中分离筛选本土酿酒酵母和乳酸菌，形成具有产区特色的发酵工艺。",
        "　　按一般项目（Ⅲ类）支持。",
        "二、社会发展领域（归口：社会发展股）",
        "　　（五）县域医共体智慧医疗服务",
        "　　研究基于县域医共体的远程影像、远程心电和慢病智能随访系统，覆盖乡镇卫生院不少于5家。",
        "　　类别：Ⅲ类。",
        "第三章　申报程序",
        "　　一、网上填报。",
    ])
    assert [(leaf.source_line, leaf.title, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.funding_mode, leaf.enterprise_lead_only) for leaf in guideline.leaves] == [
        (15, "光伏组件回收与硅材料再生利用技术", 30, 50, "前资助", True),
        (18, "绿氢耦合煤化工工艺技术", 30, 50, "前资助", True),
        (21, "企业研发投入后补助", None, 60, "后补助", True),
        (23, "本土酿酒酵母筛选技术", None, 15, None, False),
        (27, "县域医共体智慧医疗服务", None, 15, None, False)]


def test_sub_directions_lettered_by_the_heavenly_stems() -> None:
    """子方向甲　… / 子方向乙　… under a direction that announces two: its parts, each a leaf
    with the grant the direction states for each, the direction itself none."""
    guideline = _parse([
        "（一）重点研发专项",
        "方向之一：海上风电运维装备防腐与智能监测技术",
        "　　开展海上风电装备在高温、高湿、高盐雾环境下的长效防护和智能运维技术研究。本方向"
        "分设两个子方向，两个子方向各支持1项，每项资助60万元，须由企业牵头申报。",
        "子方向甲　海洋大气与浪花飞溅区防腐涂层及阴极保护技术",
        "　　研究适用于热带海洋环境的重防腐涂层体系和牺牲阳极阴极保护技术。",
        "子方向乙　风电机组关键部件状态感知与故障预警系统",
        "　　研究主轴承、齿轮箱、叶片等关键部件的多源感知与故障预警方法。",
        "方向之二：热带作物病虫害绿色防控技术",
        "　　研究快速检测、生物防治和精准施药技术。本方向拟支持3项，每项资助不超过20万元。",
    ])
    assert [(leaf.source_line, leaf.funding_max_wan, leaf.quota) for leaf in guideline.leaves] \
        == [(4, 60, 1), (6, 60, 1), (8, 20, 3)]


def test_a_table_summing_up_each_fields_terms_is_no_direction() -> None:
    """三、支持标准一览表 with a row per field (领域 | 支持方式 | 资助标准 | 方向数) restates the
    terms given with the directions: it funds nothing itself."""
    guideline = _parse([
        "二、支持方向",
        "（一）特色农业与生物资源领域",
        "　　本领域采取前资助方式，每项资助20万～50万元。",
        "1．甘蔗全程机械化生产技术集成",
        "指南代码：FS26-NY01",
        "研究内容：集成甘蔗机械化种植、收获技术。",
        "2．坚果采后加工技术",
        "指南代码：FS26-NY02",
        "研究内容：研究坚果脱壳、烘干技术。",
        "三、支持标准一览表",
        "领域\t支持方式\t资助标准\t实施期\t方向数",
        "特色农业与生物资源\t前资助\t20～50万元\t2年\t2",
        "　　注：上表为各领域汇总情况，以本指南第二部分所列为准。",
        "四、申报条件",
        "　　1．申报单位须在扶绥县注册登记。",
    ])
    assert [(leaf.source_line, leaf.funding_max_wan) for leaf in guideline.leaves] == [
        (4, 50), (7, 50)]


def test_an_erratum_in_the_questions_and_answers_corrects_the_direction_it_quotes() -> None:
    """Q4 quotes a direction's title; its answer says the text's “资助额度：最高30万元”有误，
    应为“最高20万元”: the direction's cap is 20, and the answers are no direction."""
    guideline = _parse([
        "二、支持方向",
        "1. 肉桂、八角精深加工与功能性产品开发",
        "研究内容：研究肉桂油超临界萃取技术。",
        "资助额度：不超过30万元",
        "2. 西江特色水产健康养殖技术集成",
        "研究内容：开展西江鲮鱼人工繁育技术集成示范。",
        "资助额度：最高30万元",
        "三、常见问题解答（Q&A）",
        "Q4：专项二第2个方向“西江特色水产健康养殖技术集成”资助多少？",
        "A：特别更正：正文该方向“资助额度：最高30万元”有误，应为“最高20万元”，请以本更正为准。",
    ])
    assert [(leaf.source_line, leaf.funding_max_wan) for leaf in guideline.leaves] == [
        (2, 30), (5, 20)]


def test_a_sub_directions_own_period_in_words_beats_its_plans() -> None:
    """本子方向实施期为十八个月 in a sub-direction's paragraph (a number in words over ten) is its
    period, not the plan's 两年."""
    guideline = _parse([
        "（一）重点研发专项",
        "　　本专项采取前资助方式，实施期不超过两年。",
        "方向之一：海上风电运维装备防腐与智能监测技术",
        "　　开展海上风电装备长效防护和智能运维技术研究。本方向分设两个子方向，每项资助60万元。",
        "子方向甲　海洋大气与浪花飞溅区防腐涂层及阴极保护技术",
        "　　研究适用于热带海洋环境的重防腐涂层体系和牺牲阳极阴极保护技术。",
        "子方向乙　风电机组关键部件状态感知与故障预警系统",
        "　　研究关键部件的多源感知与故障预警方法。本子方向实施期为十八个月。",
    ])
    assert [(leaf.source_line, leaf.period_years_max) for leaf in guideline.leaves] == [
        (5, 2), (7, 1.5)]


def test_directions_written_as_one_sentence_with_code_class_and_count_in_a_closing_bracket() -> None:
    """1．围绕…，开展…研究（WN2020-GY01；A类；拟立项1项）。: a direction whose title is the sentence,
    its code, class and count in the bracket closing it (the class's terms from 二、项目类别及通用
    标准, which funds nothing itself); 8．…研究，本方向设以下两个子方向： heads its parts."""
    guideline = _parse([
        "二、项目类别及通用标准",
        "　　（一）A类：重点研发项目",
        "　　　　1．支持方式：前资助。",
        "　　　　2．资助强度：每项30万元至50万元。",
        "　　（二）B类：一般项目",
        "　　　　1．支持方式：前资助。",
        "　　　　2．资助强度：单项不超过100000元。",
        "三、重点支持方向",
        "　　（一）工业领域（责任股室：高新技术股）",
        "　　　　1．围绕我县电子信息产业集群发展需求，开展高频高速覆铜板用低轮廓电解铜箔制备工艺研究，"
        "实现产品中试（WN2020-GY01；A类；拟立项1项）。",
        "　　　　2．畜禽养殖废弃物资源化利用技术研究，本方向设以下两个子方向：",
        "　　　　（1）开展生猪养殖场粪污厌氧发酵与沼液还田技术研究，建立种养循环示范基地（WN2020-NK04；"
        "B类；拟立项1项）。",
        "　　　　（2）开展病死畜禽无害化处理技术研究，无害化处理率达到100%（WN2020-NK05；B类；拟立项1项）。",
        "四、申报条件",
        "　　（一）申报单位须在万年县注册。",
    ])
    assert [(leaf.source_line, leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota)
            for leaf in guideline.leaves] == [
        (10, "WN2020-GY01", 30, 50, 1), (12, "WN2020-NK04", None, 10, 1),
        (13, "WN2020-NK05", None, 10, 1)]
    assert guideline.leaves[0].title.startswith("围绕我县电子信息产业集群发展需求")
    assert guideline.leaves[0].title.endswith("实现产品中试")


def test_a_reading_apps_notes_export_reads_as_its_highlighted_text() -> None:
    """微信读书's notes: 41个笔记, ◆ chapters, >> passages and the reader's dated thoughts with the
    passage they quote (原文：…) — the chapters and passages are the guideline, the thoughts are
    no headings and no terms."""
    guideline = _parse([
        "《漳平市2023年度科技计划项目申报指南》",
        "",
        "41个笔记",
        "",
        "◆ 一、总体要求",
        "",
        ">> 市级财政安排科技计划资金1500万元，其中研发投入奖补资金不超过800万元。",
        "",
        "◆ 2023/04/11发表想法",
        "",
        "今年总盘子比去年大。",
        "原文：市级财政安排科技计划资金1500万元。",
        "",
        "◆ 二、重点研发专项",
        "",
        ">> 本专项采取前资助方式，每项资助30万元至50万元，须由企业牵头申报。",
        "",
        ">> 1．漳平水仙茶精深加工关键技术研究（项目编号：ZP2023-ZD01）",
        "",
        ">> 研究漳平水仙茶饼压制成型、低温烘焙等关键工艺。本方向拟支持2项。",
        "",
        "◆ 2023/04/11发表想法",
        "",
        "这个跟我们没关系，是茶厂的。",
        "原文：漳平水仙茶精深加工关键技术研究",
        "",
        ">> 2．蝴蝶兰种苗工厂化繁育技术研究（项目编号：ZP2023-ZD02）",
        "",
        ">> 开展蝴蝶兰组培快繁技术研究。",
    ])
    assert [(leaf.source_line, leaf.code, leaf.funding_max_wan, leaf.min_rd_spend_wan)
            for leaf in guideline.leaves] == [(18, "ZP2023-ZD01", 50, None),
                                               (27, "ZP2023-ZD02", 50, None)]


def test_field_items_numbered_like_the_directions_and_a_note_making_a_table_s_amounts_caps() -> None:
    """考核指标： ⏎ （1）… （2）…； （3）… under a direction numbered （2） are the field's items,
    not a direction （3）; 注：表中资助经费为单个项目最高资助额度 makes the table's 30 a cap."""
    guideline = _parse([
        "二、重点研发计划",
        "（1）煤矿智能化综采关键技术",
        "1.研究内容：研究智能化综采技术。",
        "3.支持强度：每项资助500,000元。",
        "（2）大宗固废资源化利用关键技术",
        "1.研究内容：研究煤矸石制备新型建材技术。",
        "2.考核指标：",
        "（1）形成固废资源化利用新工艺1—2项；",
        "（2）示范企业固废综合利用率提高15个百分点以上；",
        "（3）申请发明专利2件以上。",
        "3.支持强度：单项资助不超过300,000元，拟支持2项，采取后补助方式。",
        "三、工业领域（高新技术科）",
        "表1  工业领域重点研发方向",
        "序号\t方向名称\t资助经费（万元）\t拟支持项数",
        "1\t钢铁冶炼固废综合利用技术\t30\t2",
        "注：表中资助经费为单个项目最高资助额度。",
    ])
    mine, waste, steel = guideline.leaves
    assert (mine.funding_max_wan, waste.funding_max_wan, waste.quota, waste.funding_mode) == (
        50, 30, 2, "后补助")
    assert (steel.funding_min_wan, steel.funding_max_wan, steel.quota) == (None, 30, 2)


def test_a_managing_office_line_a_bureau_s_prefix_and_terms_under_an_unknown_label() -> None:
    """管理处室：高新技术处 under a part; 由市科技局高新技术科归口管理 names the office, not the
    bureau; a grant, count and mode written under a label no rule knows (组织方式：赛马制。…)."""
    guideline = _parse([
        "第一部分  重大科技专项",
        "管理处室：高新技术处",
        "本部分项目须由企业牵头申报，项目实施周期不超过3年。",
        "方向1  车规级固态电池电芯制备技术",
        "指南代码：JH2025-ZD-01",
        "研究内容：开展固态电解质规模化制备研究。",
        "组织方式：赛马制。本方向拟同时支持不超过2项，首期每项资助100万元；累计资助不超过300万元。"
        "财政资金采用里程碑式补助方式拨付。",
        "第二部分  新材料专项",
        "本专项由市科技局高新技术科归口管理，采取前资助方式。",
        "1.1 硅基新材料制备技术",
        "研究内容：开展高纯硅基材料制备研究。",
    ])
    battery, silicon = guideline.leaves
    assert (battery.office, battery.quota, battery.funding_max_wan, battery.funding_mode) == (
        "高新技术处", 2, 300, "里程碑式补助")
    assert silicon.office == "高新技术科"


def test_a_list_nested_under_a_direction_and_a_firm_described_at_length() -> None:
    """方向11：… holding only its paragraph, then 榜单1：… 榜单2：…: the 榜单 are its leaves
    and take its terms; 申报条件：…通过高新技术企业认定的企业。 says only firms apply; a part
    named 申报总体要求 funds nothing."""
    guideline = _parse([
        "第一部分 申报总体要求",
        "　　一、申报主体。申报单位应为在本市注册、具有独立法人资格的单位。",
        "第二部分 支持方向",
        "方向10（PG26D01）：科技型中小企业贷款贴息",
        "1.支持方式：贷款贴息。",
        "2.申报要求：申报单位须为2026年已入库的科技型中小企业。",
        "方向11：关键技术“揭榜挂帅”项目",
        "　　本方向企业、高校、科研院所均可揭榜。揭榜项目通过验收后，市财政按发榜企业实际支付"
        "榜单金额的20%给予揭榜方后补助，单个项目最高不超过40万元。",
        "榜单1（PG26D02-1）：大规格铝合金扁锭均质化技术",
        "需求内容：开发均质化工艺优化模型。",
        "榜单金额：150万元。",
        "榜单2（PG26D02-2）：铝灰渣无害化处理技术",
        "需求内容：开发铝灰渣高效回收技术。",
        "方向12（PG26D03）：高新技术企业认定奖励",
        "支持标准：对首次通过认定的企业奖励15万元。",
        "申报条件：注册地和税收征管关系在本市，且2024年度通过高新技术企业认定的企业。",
    ])
    loan, first, second, award = guideline.leaves
    assert loan.enterprise_lead_only is True
    for leaf in (first, second):
        assert (leaf.funding_max_wan, leaf.funding_mode, leaf.enterprise_lead_only) == (
            40, "后补助", False)
    assert award.enterprise_lead_only is True


def test_a_guideline_exported_from_a_site_as_markdown() -> None:
    """## headings over 1. list items numbered like them, > 归口科室 lines with a phone number,
    a | pipe | terms table and a paragraph each naming a group below, terms in a bracket
    closing a one-paragraph direction, - items for awards given to firms."""
    guideline = _parse([
        "# 某市2025年度科技计划项目申报指南",
        "## 一、重点支持方向",
        "### （一）重点研发计划",
        "> 归口科室：高新技术科　联系电话：0813-8100731",
        "| 项目类型 | 支持方式 | 支持强度 | 实施周期 |",
        "| :---: | :---: | :---: | :---: |",
        "| 重点项目 | 前资助 | 50-80万元/项 | 3年 |",
        "| 一般项目 | 前资助 | ≤20万元/项 | 2年 |",
        "**重点项目**须由规模以上工业企业牵头申报。",
        "#### 1. 重点项目",
        "1. **锅炉受热面智能监测系统**：研发受热面在线监测传感器。（指南代码：ZG2025ZD01；拟支持1项）",
        "2. **含氟化学品连续流合成工艺**：开发连续流微反应工艺。（指南代码：ZG2025ZD02；"
        "支持额度：不超过100万元）",
        "#### 2. 一般项目",
        "1. **阀门铸件缺陷在线检测**：研究机器视觉检测技术。（指南代码：ZG2025YB01；拟支持3项）",
        "### （二）科技型企业培育奖补",
        "- **首次认定高新技术企业奖补**：对首次通过认定的国家高新技术企业，给予一次性奖补10万元。",
        "## 二、申报条件",
        "1. 申报单位应为在本市注册的独立法人。",
    ])
    boiler, fluorine, valve, award = guideline.leaves
    assert [leaf.title for leaf in guideline.leaves] == [
        "锅炉受热面智能监测系统", "含氟化学品连续流合成工艺", "阀门铸件缺陷在线检测",
        "首次认定高新技术企业奖补"]
    assert (boiler.code, boiler.office, boiler.quota) == ("ZG2025ZD01", "高新技术科", 1)
    assert (boiler.funding_min_wan, boiler.funding_max_wan, boiler.period_years_max,
            boiler.enterprise_lead_only) == (50, 80, 3, True)
    assert (fluorine.funding_max_wan, fluorine.enterprise_lead_only) == (100, True)
    assert (valve.funding_max_wan, valve.period_years_max, valve.quota) == (20, 2, 3)
    assert valve.enterprise_lead_only is None  # the 重点项目 rule is not the 一般项目's
    assert (award.funding_max_wan, award.enterprise_lead_only) == (10, True)


def test_roman_numbered_paragraphs_one_row_category_tables_and_terms_after_them() -> None:
    """i. ii. directions, each a paragraph, under a plan whose one-row 项目类别 table states its
    terms and whose 申报要求： list after them binds them all; a plan with only such a table is
    itself the direction; Ⅰ． and a． nest under the group they are first met in; a note splits
    its clauses among the groups it names; an 承担单位 bracket is not part of the title."""
    guideline = _parse([
        "二、项目类别、资助额度及支持重点",
        "（一）科技重大专项",
        "本专项由市科技局高新技术科负责组织实施。资助额度见下表：",
        "项目类别\t资助额度\t资助方式\t实施期限",
        "科技重大专项\t50～100万元/项\t事前资助\t不超过3年",
        "支持重点：",
        "i. 高强高导铜合金带材短流程制备技术",
        "重点研究铜合金成分设计与微合金化技术。拟支持1项。",
        "ii. 铜冶炼烟气余热梯级利用技术",
        "研究余热回收与梯级利用技术。本方向资助额度不超过伍拾万元。"
        "本项目实施期限为2018年7月至2020年6月。",
        "申报要求：",
        "1.项目须由企业牵头申报；",
        "2.牵头企业2017年度研发投入不低于500万元。",
        "（二）科技成果转化计划",
        "受理科室：成果转化与市场科",
        "项目类别\t资助额度\t资助方式\t实施期限",
        "科技成果转化项目\t按技术合同实际成交额的10%给予补助，单个项目最高不超过50万元\t事后补助\t—",
    ])
    alloy, heat, transfer = guideline.leaves
    for leaf in (alloy, heat):
        assert (leaf.office, leaf.funding_mode, leaf.enterprise_lead_only,
                leaf.min_rd_spend_wan) == ("高新技术科", "前资助", True, 500)
    assert (alloy.funding_min_wan, alloy.funding_max_wan, alloy.period_years_max) == (50, 100, 3)
    assert (heat.funding_max_wan, heat.period_years_max) == (50, 2)
    assert (transfer.title, transfer.office, transfer.funding_max_wan,
            transfer.funding_mode) == ("科技成果转化计划", "成果转化与市场科", 50, "后补助")
    guideline = _parse([
        "三、竞争性项目",
        "（一）市校合作项目（归口处室：科技合作处）",
        "注：新材料领域项目须由企业牵头申报；装备领域项目可由企业、高校或科研院所申报。",
        "Ⅰ．新材料领域",
        "a．PVDF锂电粘结剂制备技术（承担单位：浙江大学衢州研究院（衢州））",
        "研究内容：开发高分子量PVDF聚合工艺。",
        "Ⅱ．装备领域",
        "a．轴承缺陷在线检测装备",
        "研究内容：研制轴承缺陷在线检测装备。",
        "四、申报条件",
        "申报单位应为独立法人。",
    ])
    pvdf, bearing = guideline.leaves
    assert (pvdf.title, pvdf.office, pvdf.enterprise_lead_only) == (
        "PVDF锂电粘结剂制备技术", "科技合作处", True)
    assert bearing.enterprise_lead_only is False


def test_a_plan_s_terms_in_sections_named_for_them_and_grants_per_field_in_one_clause() -> None:
    """三、… ⏎ （一）支持重点 holds the directions, （二）支持方式和强度 / （三）申报要求 /
    （四）归口管理 after it are the plan's terms; a plan with only a paragraph stating its
    period is itself applied to; 工业领域、农业领域项目每项…，社会发展领域项目每项… gives each
    field named its own grant; 按里程碑式分期拨付 is a milestone grant."""
    guideline = _parse([
        "三、重点研发项目",
        "（一）支持重点",
        "1.钒钛及先进材料（申报代码：2025NJZD01）",
        "围绕钒钛资源综合利用，支持开展关键技术研究。",
        "2.页岩气高效开发（申报代码：2025NJZD02）",
        "支持开展页岩气压裂返排液处理技术研究。",
        "（二）支持方式和强度",
        "采取前资助方式，每项支持30万元—50万元。项目实施期限一般为2年，最长不超过3年。",
        "（三）申报要求",
        "1.项目须由企业牵头申报。",
        "2.牵头企业上年度研发费用不低于100万元。",
        "（四）归口管理",
        "本类项目由市科技局高新技术科负责组织实施。",
        "四、科学技术普及项目",
        "支持学校、社区开展科普活动。项目实施期限1年。各类单位均可申报。"
        "本类项目由市科技局政策法规科负责组织实施。",
        "五、重点研发计划",
        "支持方式及强度：按里程碑式分期拨付。工业领域、农业领域项目每项支持20万元—40万元，"
        "社会发展领域项目每项支持10万元—20万元；项目实施期限为2年。",
        "（1）工业领域",
        "①锑绿色冶炼技术（LD26YF01）",
        "研究内容：开展锑清洁冶炼技术研究。",
        "（2）农业领域",
        "①红茶精深加工（LD26YF04）",
        "研究内容：开展红茶加工工艺研究。",
        "（3）社会发展领域",
        "①慢性病早期筛查技术（LD26YF06）",
        "研究内容：开展慢性病筛查技术研究。",
        "六、申报程序",
        "申报单位登录系统填报。",
    ])
    vanadium, shale, popular, antimony, tea, screening = guideline.leaves
    for leaf in (vanadium, shale):
        assert (leaf.office, leaf.funding_min_wan, leaf.funding_max_wan, leaf.funding_mode,
                leaf.period_years_max, leaf.enterprise_lead_only, leaf.min_rd_spend_wan) == (
            "高新技术科", 30, 50, "前资助", 3, True, 100)
    assert (popular.title, popular.office, popular.period_years_max,
            popular.enterprise_lead_only) == ("科学技术普及项目", "政策法规科", 1, False)
    for leaf in (antimony, tea):
        assert (leaf.funding_min_wan, leaf.funding_max_wan, leaf.funding_mode) == (
            20, 40, "里程碑式补助")
    assert (screening.funding_min_wan, screening.funding_max_wan) == (10, 20)


def test_a_policy_payout_guide_with_rules_for_all_items_but_those_it_names() -> None:
    """一、申报对象 naming firms binds every item; 除人才引育类项目和科技贷款贴息外，本指南所列
    事项均采用后补助方式 spares the headings it names; an office label listing two offices;
    （六）其他事项 holding item 14 among groups of items is a group; 贷款…给予贴息 is 贷款贴息
    and 分三年按4:3:3比例拨付 is 分年拨付."""
    guideline = _parse([
        "一、申报对象",
        "在本县依法登记注册、具有独立法人资格并实行独立核算的企业。",
        "二、兑现方式",
        "除人才引育类项目和科技贷款贴息外，本指南所列事项均采用后补助方式，经审核后一次性兑现。",
        "三、兑现事项及标准",
        "（一）研发投入类（受理科室：县科技局高新技术科）",
        "1．企业研发费用投入补助",
        "事项编码：CXKJ-2025-01",
        "对研发费用增长10%以上的规模以上工业企业，按增量部分的10%给予补助，最高不超过100万元。",
        "（二）人才引育类（受理科室：县委人才办、县科技局人才科）",
        "2．领军人才创业创新项目",
        "事项编码：CXRC-2025-01",
        "对入选的领军人才项目给予500万元项目资助。项目资助采取前资助方式，分三年按4:3:3比例拨付。",
        "（三）科技金融类（受理科室：县科技局、县财政局）",
        "3．科技贷款贴息",
        "事项编码：CXJR-2025-01",
        "对科技型中小企业获得的科技信贷，按贷款合同实际发生利息的50%给予贴息，最高不超过30万元。",
        "（四）其他事项",
        "4．科技企业孵化器绩效奖励",
        "对年度绩效评价为优秀的县级以上科技企业孵化器给予奖励，标准另行核定。",
        "四、申报要求",
        "申报材料须真实有效。",
    ])
    research, talent, loan, incubator = guideline.leaves
    assert (research.funding_mode, research.enterprise_lead_only, research.office) == (
        "后补助", True, "县科技局高新技术科")
    assert (talent.office, talent.funding_mode) == ("县委人才办、县科技局人才科", "前资助、分年拨付")
    assert (loan.office, loan.funding_mode) == ("县科技局、县财政局", "贷款贴息")
    assert (incubator.title, incubator.funding_mode) == ("科技企业孵化器绩效奖励", "后补助")


def test_a_kind_in_brackets_after_the_title_picks_its_plan_and_kind_row() -> None:
    """表1 with a row per plan and kind (重点研发计划 | 重大项目 | …): （1）…（重大项目） takes
    that row, the kind leaves its title, and a cap in its row is its whole range."""
    guideline = _parse([
        "三、计划类别及资助方式",
        "各类项目的资助方式、资助强度和执行期限见表1。",
        "表1　2026年度市级科技计划资助方式一览表",
        "计划类别\t项目类型\t资助方式\t资助强度\t执行期限",
        "重点研发计划\t重大项目\t前资助\t每项80万—100万元\t3年",
        "重点研发计划\t一般项目\t前资助\t每项不超过20万元\t2年",
        "四、2026年度支持方向",
        "（一）重点研发计划",
        "1．锂电新能源产业（归口科室：高新技术科）",
        "（1）磷酸锰铁锂正极材料制备技术（重大项目）",
        "研究内容：开展前驱体共沉淀控制研究。",
        "（2）提锂尾渣综合利用技术（一般项目）",
        "研究内容：开展尾渣有价元素回收研究。",
    ])
    major, general = guideline.leaves
    assert (major.title, major.funding_min_wan, major.funding_max_wan, major.period_years_max) \
        == ("磷酸锰铁锂正极材料制备技术", 80, 100, 3)
    assert (general.title, general.funding_min_wan, general.funding_max_wan,
            general.period_years_max) == ("提锂尾渣综合利用技术", None, 20, 2)


def test_a_group_s_terms_after_its_directions_and_a_note_naming_one_of_them() -> None:
    """支持方式及额度：… after the directions of a group is the group's (its directions state no
    terms); 注：“…”方向拟支持2项；X项目不适用上述资助额度 gives those directions their own."""
    guideline = _parse([
        "（一）工业科技项目",
        "责任股室：科技发展股",
        "1.先进装备制造关键技术",
        "研究内容：支持企业开展关键零部件精密加工技术攻关。",
        "2.新材料及节能环保技术",
        "研究内容：支持企业开展特种钢材制备技术研究。",
        "3.农业科技特派员服务项目",
        "研究内容：开展新品种、新技术的引进示范和技术培训。",
        "支持方式及额度：本类项目采取前资助方式，每项资助100000元至300000元；项目实施期限不超过2年；"
        "须由企业牵头申报；每个方向原则上支持1项。",
        "注：“先进装备制造关键技术”方向拟支持2项；农业科技特派员服务项目不适用上述资助额度，实施期限为1年。",
        "（二）社会发展科技项目",
        "责任股室：社会事业股",
        "1.医疗卫生适宜技术推广应用",
        "研究内容：开展临床适宜技术推广。",
    ])
    equipment, materials, envoy, medical = guideline.leaves
    assert (equipment.office, equipment.funding_min_wan, equipment.funding_max_wan,
            equipment.funding_mode, equipment.period_years_max, equipment.enterprise_lead_only,
            equipment.quota) == ("科技发展股", 10, 30, "前资助", 2, True, 2)
    assert (materials.funding_max_wan, materials.quota) == (30, 1)
    assert (envoy.funding_max_wan, envoy.period_years_max) == (None, 1)
    assert (medical.office, medical.funding_max_wan, medical.enterprise_lead_only) == (
        "社会事业股", None, None)


def test_articles_that_are_headings_and_a_summary_table_naming_offices_and_lead_rules() -> None:
    """第八条　…领域（归口科室：…） is a heading, 第十一条　… a rule that closes it; a closing 附表
    gives each direction its 管理部门 and 牵头要求 (企业牵头 / 不限); a rule that spares the
    directions funded 后补助 (…；采取后补助方式的方向除外) does not bind them nor name their mode."""
    guideline = _parse([
        "第三章　重点研发计划",
        "第七条　重点研发计划项目单位自筹经费与市财政资助经费比例不低于1:1；采取后补助方式的方向除外。",
        "第八条　工业领域（归口科室：高新技术科）",
        "本领域项目每项资助二十万元至五十万元。支持方向如下：",
        "㈠　数据中心余热回收技术",
        "指南代码：KL-YF01",
        "研究内容：研究余热回收技术。",
        "支持方式：后补助。",
        "第九条　现代农业领域（归口科室：农村科技科）",
        "本领域项目每项资助叁拾万元。支持方向如下：",
        "㈠　盐碱地改良技术",
        "指南代码：KL-NY01",
        "研究内容：开展盐碱地改良。",
        "第十条　本章项目实施期限一般不超过两年。",
        "附表：支持方向一览表",
        "序号\t方向代码\t方向名称\t支持方式\t实施期限\t牵头要求\t管理部门",
        "1\tKL-YF01\t数据中心余热回收技术\t后补助\t2年\t企业牵头\t科技创新局",
        "2\tKL-NY01\t盐碱地改良技术\t前资助\t2年\t不限\t农业农村局",
    ])
    heat, soil = guideline.leaves
    assert (heat.office, heat.funding_min_wan, heat.funding_max_wan, heat.funding_mode,
            heat.matching_ratio, heat.enterprise_lead_only) == (
        "高新技术科", 20, 50, "后补助", None, True)
    assert (soil.office, soil.funding_max_wan, soil.funding_mode, soil.matching_ratio,
            soil.enterprise_lead_only) == ("农村科技科", 30, "前资助", 1, False)


def test_directions_after_a_list_intro_that_have_their_own_fields_and_waivers() -> None:
    """支持方向： then 1.… with its own 指南代码 and fields: headings, not a bare list (the
    group's terms stay the group's); 本方向…不设研发投入和自筹资金比例要求 frees it of those
    rules; 拟认定不超过20支 counts teams; 建设期限3年 is a period."""
    guideline = _parse([
        "（一）重点研发计划（工业领域）",
        "支持强度：每项20—50万元。",
        "申报要求：须由企业牵头申报，牵头企业上年度研发投入不低于100万元，企业自筹资金与财政资助资金比例不低于2:1。",
        "支持方向：",
        "1.精细化工绿色工艺",
        "指南代码：WN2025GY03",
        "主要内容：开展绿色催化合成研究。",
        "本方向企业、高校、科研院所均可牵头申报，不设研发投入和自筹资金比例要求。拟支持2项。",
        "2.智能制造与工业互联网应用",
        "指南代码：WN2025GY04",
        "主要内容：开展工业互联网平台研发。",
        "（二）创新平台与队伍建设",
        "支持方式：后补助。",
        "1.市级“科学家+工程师”队伍",
        "指南代码：WN2025PT01",
        "支持标准：每支队伍支持10万元，拟认定不超过20支。",
        "2.市级工程技术研究中心",
        "指南代码：WN2025PT02",
        "支持标准：每家支持20万元，建设期限3年。",
    ])
    chemistry, internet, teams, centre = guideline.leaves
    assert (chemistry.enterprise_lead_only, chemistry.min_rd_spend_wan, chemistry.matching_ratio,
            chemistry.quota, chemistry.funding_max_wan) == (False, None, None, 2, 50)
    assert (internet.enterprise_lead_only, internet.min_rd_spend_wan, internet.matching_ratio) \
        == (True, 100, 2)
    assert (teams.quota, teams.funding_max_wan, teams.funding_mode) == (20, 10, "后补助")
    assert centre.period_years_max == 3


def test_a_bare_code_under_its_heading_and_labels_run_on_after_a_title() -> None:
    """YK2025ZD0101 alone on the line under （一）… is that direction's code, not a title;
    1.…奖励。支持对象：…。支持标准：… reads its labelled values as fields."""
    guideline = _parse([
        "第二部分　重点研发计划",
        "一、先进装备制造领域（高新技术科）",
        "（一）镁质耐火材料智能化生产装备研制",
        "YK2025ZD0101",
        "研究内容：研制智能配料、高压成型等成套装备。",
        "（二）港口智能装卸关键装备研发",
        "YK2025ZD0102",
        "研究内容：开展自动化岸桥远程操控技术研究。",
        "第三部分　企业奖励",
        "1.科技型中小企业评价入库奖励。支持对象：2024年度首次通过国家科技型中小企业评价入库，"
        "且上年度研发费用不低于50万元的企业。支持标准：给予一次性奖励2万元。",
        "2.高新技术企业培育奖励。支持对象：2024年度首次通过国家高新技术企业认定的企业。"
        "支持标准：给予一次性奖励20万元。",
    ])
    magnesia, port, small, hightech = guideline.leaves
    assert [(leaf.title, leaf.code, leaf.office) for leaf in (magnesia, port)] == [
        ("镁质耐火材料智能化生产装备研制", "YK2025ZD0101", "高新技术科"),
        ("港口智能装卸关键装备研发", "YK2025ZD0102", "高新技术科")]
    assert (small.min_rd_spend_wan, small.qualifications, small.funding_max_wan) == (
        50, ["科技型中小企业"], 2)
    assert (hightech.qualifications, hightech.funding_max_wan) == (["高新技术企业"], 20)


def test_terms_per_class_chosen_by_a_class_line_and_codes_before_titles() -> None:
    """（一）A类（重大项目） with its terms in a section that funds nothing, chosen by each
    direction's 类别：A类 line; 【DZ25JB01】title and title — 编号：CODE headings; 最高可获…;
    重点支持以下方向：①…；②… one direction each."""
    guideline = _parse([
        "二、项目类别及支持方式",
        "（一）A类（重大项目）",
        "须由企业牵头申报。市财政资助100—200万元，采用前资助方式。项目实施期限不超过3年。",
        "（二）C类（研发后补助项目）",
        "申报主体须为企业。按项目研发投入的20%给予不超过30万元的后补助。",
        "三、支持方向",
        "（一）竹产业专项（归口科室：农村科技科）",
        "NP26A01 竹材高值化加工关键技术研发",
        "类别：A类",
        "研究内容：研究竹材高效展平技术。",
        "NP26C01 竹笋加工废弃物综合利用",
        "类别：C类",
        "研究内容：开展竹笋壳资源化利用。",
        "（二）企业研发奖补",
        "【DZ25JB01】企业研发投入增量奖补",
        "扶持对象：上年度研发费用不低于500万元的规模以上工业企业。",
        "扶持额度：按研发费用增量的10%给予奖补，每家最高可获50万元。",
        "（三）农业科技专项",
        "（一）盐碱地耐盐作物新品种选育 — 编号：DZ25NY01",
        "研究内容：开展耐盐作物品种选育。",
        "（四）生物医药专项",
        "重点支持以下方向：①中药配方颗粒质量标准研究；②新型医用敷料研发。",
        "以上方向每项支持30—50万元，采取前资助方式。",
    ])
    bamboo, shoots, award, saline, granules, dressing = guideline.leaves
    assert (bamboo.code, bamboo.funding_min_wan, bamboo.funding_max_wan, bamboo.funding_mode,
            bamboo.period_years_max, bamboo.enterprise_lead_only) == (
        "NP26A01", 100, 200, "前资助", 3, True)
    assert (shoots.funding_max_wan, shoots.funding_mode) == (30, "后补助")
    assert (award.code, award.title, award.funding_max_wan, award.enterprise_lead_only) == (
        "DZ25JB01", "企业研发投入增量奖补", 50, True)
    assert (saline.code, saline.title) == ("DZ25NY01", "盐碱地耐盐作物新品种选育")
    assert [leaf.title for leaf in (granules, dressing)] == ["中药配方颗粒质量标准研究",
                                                             "新型医用敷料研发"]
    assert (granules.funding_min_wan, granules.funding_max_wan) == (30, 50)


def test_a_closing_rule_for_two_kinds_and_a_qualification_after_a_period() -> None:
    """（二）揭榜挂帅项目和重点研发项目须由企业牵头… binds the directions of both kinds, not
    the platform awards; …实施期限2年，…牵头企业须为高新技术企业 still requires a 高企 (a
    period named before it is no target to reach)."""
    guideline = _parse([
        "一、揭榜挂帅项目",
        "（一）大型液压支架电液控制系统研发",
        "需求描述：研发电液控制系统。",
        "二、重点研发项目",
        "（一）高端装备",
        "本专项采取前资助方式，每项资助30—50万元，实施期限2年，牵头企业须为高新技术企业。",
        "1.智能农机关键部件研发",
        "研究内容：研制智能农机关键部件。",
        "三、创新平台奖补项目",
        "（一）国家级创新平台奖补",
        "奖补标准：每个平台给予500万元奖补。",
        "四、申报条件",
        "（一）揭榜挂帅项目和重点研发项目须由企业牵头申报，上年度研发费用不低于300万元。",
    ])
    posting, machinery, platform = guideline.leaves
    for leaf in (posting, machinery):
        assert (leaf.enterprise_lead_only, leaf.min_rd_spend_wan) == (True, 300)
    assert machinery.qualifications == ["高新技术企业"]
    assert (platform.enterprise_lead_only, platform.min_rd_spend_wan) == (None, None)


def test_offices_given_in_a_contact_table_the_text_refers_to() -> None:
    """各产业归口科室见“五、联系方式” and a table 产业 | 归口科室 | 联系人: each group's office;
    a section 支持方式及强度 funds nothing. Without the reference a contact table names no
    office (a 受理科室 there only takes in the applications)."""
    lines = [
        "二、支持方式及强度",
        "各方向均采用事前资助方式，实施期限不超过2年。各产业归口科室见“五、联系方式”。",
        "三、支持方向",
        "（一）海洋经济产业",
        "1.深远海智能养殖装备关键技术研发",
        "研究内容：研究抗风浪网箱结构设计。",
        "（二）绿色钢铁与石化产业",
        "2.钢铁行业低碳冶炼技术",
        "研究内容：研究氢基竖炉冶炼技术。",
        "五、联系方式",
        "产业\t归口科室\t联系人\t联系电话",
        "海洋经济产业\t农村与海洋科技科\t林科长\t0759-3181234",
        "绿色钢铁与石化产业\t高新技术发展科\t黄科长\t0759-3181256",
    ]
    guideline = _parse(lines)
    assert [(leaf.title, leaf.office) for leaf in guideline.leaves] == [
        ("深远海智能养殖装备关键技术研发", "农村与海洋科技科"),
        ("钢铁行业低碳冶炼技术", "高新技术发展科")]
    unreferred = _parse([line.replace("各产业归口科室见“五、联系方式”。", "") for line in lines])
    assert [leaf.office for leaf in unreferred.leaves] == [None, None]


def test_general_terms_with_footnotes_a_table_in_thousands_and_withdrawn_directions() -> None:
    """一、总体要求 set out as （一）–（五）: its terms bind every direction (除方向三外 spares
    the third); a note under a page's rule is read where its mark calls it (①…不要求自筹配套
    spares the 后补助 direction); 表1 in 千元 with its period as dates and rows without their
    序号 gives each direction its terms by code; a 【撤销】 or merged direction is no leaf."""
    guideline = _parse([
        "一、总体要求",
        "（一）支持重点",
        "围绕新材料和装备产业，组织实施一批科技攻关项目。",
        "（二）支持方式",
        "除另有说明外，科技攻关项目采取前资助方式。",
        "（三）申报主体",
        "除方向四外，牵头申报单位须为企业，且上年度研发费用不低于200万元。",
        "（四）自筹经费",
        "项目自筹经费与市财政资助经费的比例不低于1:1①。",
        "——————————",
        "① 采取后补助方式的方向不要求自筹配套。",
        "- 2 -",
        "表1  方向一览表",
        "金额单位：千元",
        "序号  方向代码      方向（子方向）名称          资助额度    起止年限           拟支持数",
        "一    XX26-01A      固态电解质材料              ≤3000       2026.01—2027.12    1",
        "      XX26-01B      硬碳负极材料                800～1200   2026.07—2027.12    1",
        "二    XX26-02       小型农机装备                500         2026.01—2026.12    3",
        "三    XX26-03       强筋小麦品种选育            ≤1000       2026.01—2029.12    1",
        "四    XX26-04       矿山智能装备                撤销        —                  —",
        "五    XX26-05       锂电池隔膜材料              并入方向一  —                  —",
        "二、新材料领域（高新技术科）",
        "（一）固态电解质材料（XX26-01A）",
        "研究内容：研究硫化物固态电解质制备技术。",
        "（二）硬碳负极材料（XX26-01B）",
        "研究内容：研究硬碳前驱体筛选。",
        "（三）小型农机装备（XX26-02）",
        "研究内容：研制丘陵山区小型农机。",
        "支持方式：本方向采取后补助方式。",
        "（四）强筋小麦品种选育（XX26-03）",
        "研究内容：选育强筋小麦新品种。",
        "（五）矿山智能装备（XX26-04）",
        "【撤销】本方向2026年度不再受理申报。",
        "（六）锂电池隔膜材料（XX26-05）",
        "本方向已并入方向（一），不再单独受理申报。",
    ])
    by_code = {leaf.code: leaf for leaf in guideline.leaves}
    assert list(by_code) == ["XX26-01A", "XX26-01B", "XX26-02", "XX26-03"]
    solid, carbon, machine, wheat = by_code.values()
    assert (solid.funding_max_wan, solid.period_years_max, solid.quota) == (300, 2, 1)
    assert (carbon.funding_min_wan, carbon.funding_max_wan, carbon.period_years_max) == (
        80, 120, 1.5)
    assert (solid.funding_mode, solid.enterprise_lead_only, solid.min_rd_spend_wan,
            solid.matching_ratio) == ("前资助", True, 200, 1)
    assert (machine.funding_mode, machine.funding_max_wan, machine.matching_ratio) == (
        "后补助", 50, None)
    assert (wheat.enterprise_lead_only, wheat.min_rd_spend_wan) == (None, None)


def test_items_read_as_text_under_one_direction_are_text_under_the_next() -> None:
    """1．title（资助经费…，实施期限2年） ⏎ （1）…（2）…: the items are the direction's text under
    every direction, even where an item reads like a title; （实施期限2年） alone is a term too;
    a rule for 科技攻关计划 binds the plans whose title holds it, not the others."""
    guideline = _parse([
        "一、指导思想",
        "围绕主导产业发展需求，重点支持一批关键共性技术攻关项目。",
        "二、计划类别及支持重点",
        "（一）工业科技攻关计划",
        "1．煤基新材料关键技术研究（资助经费10～20万元，实施期限2年）",
        "（1）重点开展煤基精细化学品合成，推动煤电化产业向精深加工延伸。",
        "（2）项目完成时应形成新产品1项以上。",
        "2．生物医药与医疗器械（实施期限2年）",
        "（1）重点开展中药饮片炮制和医用敷料等产品的研发和技术改进。",
        "（2）项目须由市级以上农业产业化龙头企业牵头申报。",
        "（二）国际科技合作计划",
        "1．国际科技合作项目（资助经费10万元，实施期限2年）",
        "（1）支持我市企业与国外高校开展联合研发。",
        "（2）项目由企业牵头申报。",
        "三、申报条件",
        "（一）申报科技攻关计划项目的，自筹资金与申请市财政资助经费的比例不低于1:1。",
    ])
    coal, medicine, abroad = guideline.leaves
    assert [leaf.title for leaf in guideline.leaves] == [
        "煤基新材料关键技术研究", "生物医药与医疗器械", "国际科技合作项目"]
    assert (medicine.period_years_max, medicine.enterprise_lead_only) == (2, True)
    assert coal.matching_ratio == medicine.matching_ratio == 1
    assert (abroad.enterprise_lead_only, abroad.matching_ratio) == (True, None)


def test_class_rows_class_rules_a_later_amendment_and_a_note_by_code() -> None:
    """表1 rows A类：重点研发项目 / B类：一般研发项目 give the headings 重点研发项目（A类） … their
    terms; 申报A类项目的… and B类项目不作配套要求 bind by class; a 补充说明 amending a cell of 表1
    (由“不超过20万元”调整为“不超过15万元”) and naming a direction by code changes them."""
    guideline = _parse([
        "一、项目类别及支持标准",
        "各类项目的支持方式、单项支持额度和实施期限见表1，未另行规定的，按表1执行。",
        "表1　项目类别及支持标准",
        "类别\t支持方式\t单项支持额度\t实施期限",
        "A类：重点研发项目\t事前资助\t30万—50万元\t2年",
        "B类：一般研发项目\t事前资助\t不超过20万元\t2年",
        "二、申报基本条件",
        "（一）申报A类项目的牵头企业须为高新技术企业，且上年度研发费用不低于300万元。",
        "（二）A类项目自筹经费与区财政资助经费的比例不低于2:1；B类项目不作配套要求。",
        "第二部分　科技研发类项目",
        "一、重点研发项目（A类）",
        "1．网络安全关键技术（DXH25A01）",
        "研究内容：研究未知威胁检测技术。",
        "2．预制菜智能化加工技术（DXH25A02）",
        "研究内容：研究预制菜加工技术。",
        "二、一般研发项目（B类）",
        "3．生物医药（DXH25B01）",
        "研究内容：支持创新药物研发。",
        "第三部分　补充说明",
        "一、表1中B类一般研发项目单项支持额度由“不超过20万元”调整为“不超过15万元”。",
        "二、DXH25A02方向实施期限调整为3年。",
    ])
    network, food, medicine = guideline.leaves
    assert (network.funding_min_wan, network.funding_max_wan, network.period_years_max) == (
        30, 50, 2)
    assert (network.qualifications, network.min_rd_spend_wan, network.matching_ratio) == (
        ["高新技术企业"], 300, 2)
    assert food.period_years_max == 3
    assert (medicine.funding_max_wan, medicine.qualifications, medicine.min_rd_spend_wan,
            medicine.matching_ratio) == (15, [], None, None)


def test_a_closing_notice_changes_a_direction_named_by_its_quoted_title() -> None:
    """补充通知：…第1项“新型节能玻璃深加工关键技术研发”支持额度由20万元调整为30万元 after the
    guideline: that direction now reads 30万元, the others keep their own; the notice is no
    direction."""
    guideline = _parse([
        "一、工业科技攻关",
        "1.新型节能玻璃深加工关键技术研发",
        "研究内容：研究低辐射镀膜玻璃深加工工艺。",
        "支持额度：20万元。",
        "2.石英砂提纯技术",
        "研究内容：研究高纯石英砂提纯工艺。",
        "支持额度：20万元。",
        "二、其他事项",
        "补充通知：现对本指南作如下调整：第一部分第1项“新型节能玻璃深加工关键技术研发”"
        "支持额度由20万元调整为30万元，其他内容不变。",
    ])
    glass, quartz = guideline.leaves
    assert (glass.funding_min_wan, glass.funding_max_wan) == (30, 30)
    assert (quartz.funding_min_wan, quartz.funding_max_wan) == (20, 20)


def test_numbered_notes_under_a_terms_table_that_open_with_a_plans_title() -> None:
    """注：1.科技重大专项牵头企业… under 表1 says that of the plan it names first; a note naming
    a direction in quotes after the plan (…专项“X”方向下…) is that direction's, not the plan's."""
    guideline = _parse([
        "一、支持方式和资助强度",
        "各类项目的支持方式、资助强度按表1执行。",
        "表1  支持方式和资助强度",
        "计划类别\t支持方式\t资助强度",
        "科技重大专项\t前资助\t200万—300万元/项",
        "科技成果转移转化项目\t后补助\t不超过50万元/项",
        "注：1.科技重大专项牵头企业上年度研发费用不低于500万元，企业自筹资金与市财政资助资金比例不低于2:1。",
        "2.科技成果转移转化项目申报企业须为高新技术企业。",
        "二、支持方向",
        "（一）科技重大专项",
        "1.1 稀有金属高纯材料制备关键技术【CZ2026ZD01】",
        "研究内容：研究高纯钨制备技术。",
        "（二）科技成果转移转化项目",
        "2.1 高校院所科技成果转化项目【CZ2026CG01】",
        "支持内容：支持高校成果在本市转化。",
    ])
    major, transfer = guideline.leaves
    assert (major.min_rd_spend_wan, major.matching_ratio, major.qualifications) == (500, 2, [])
    assert (transfer.min_rd_spend_wan, transfer.qualifications) == (None, ["高新技术企业"])
    assert {"min_rd_spend_wan", "matching_ratio"} <= set(major.inherited)


def test_bullet_lists_of_terms_a_direction_note_and_a_plan_without_directions() -> None:
    """【专项一览】 over ● label lines: the 专项's terms (● 归口科室 its office, two labels two
    sentences, so 申报门槛's 高新技术企业 holds); 说明：本方向…支持额度为80～100万元…实施周期不超过
    3年 is the direction's own; a 专项 with no directions is itself one; bare amounts per kind
    (孵化器20万元，众创空间10万元) are tiers."""
    guideline = _parse([
        "三、专项设置及支持方向",
        "专项一：关键核心技术攻关专项",
        "【专项一览】",
        "● 申报主体：须由企业牵头申报，鼓励联合高校共同实施",
        "● 申报门槛：牵头企业须为有效期内的国家高新技术企业",
        "● 支持额度：每项30～50万元",
        "● 实施周期：不超过2年",
        "● 归口科室：高新技术科",
        "支持方向：",
        "1．算力调度关键技术",
        "研究内容：研究异构算力资源统一调度技术。",
        "2．工业机器人视觉检测系统",
        "研究内容：研究工件视觉识别定位技术。",
        "说明：本方向为重点方向，支持额度为80～100万元，支持1项，实施周期不超过3年。",
        "专项二：科技成果转化专项",
        "支持区内企业承接高校科技成果并实施转化。",
        "【专项一览】",
        "● 支持方式：后补助",
        "● 支持额度：孵化器20万元，众创空间10万元",
        "● 归口科室：成果转化科",
        "● 申报材料：技术合同登记证明等",
        "四、申报程序",
        "（一）网上填报。申报单位登录系统填写申报书。",
    ])
    compute, robot, transfer = guideline.leaves
    assert (compute.office, compute.qualifications, compute.enterprise_lead_only) == (
        "高新技术科", ["高新技术企业"], True)
    assert (compute.funding_min_wan, compute.funding_max_wan, compute.period_years_max) == (
        30, 50, 2)
    assert (robot.funding_min_wan, robot.funding_max_wan, robot.period_years_max,
            robot.quota) == (80, 100, 3, 1)
    assert (transfer.title, transfer.office, transfer.funding_mode) == (
        "科技成果转化专项", "成果转化科", "后补助")
    assert (transfer.funding_min_wan, transfer.funding_max_wan) == (10, 20)


def test_a_section_numbered_on_after_plans_that_rank_above_it() -> None:
    """二、计划类别 ⏎ （一）…计划 … （三）软科学研究计划 (no directions) ⏎ 三、申报条件: 三、 is
    二、's sibling, so the last plan is a leaf of its own and 申报条件 funds nothing."""
    guideline = _parse([
        "一、总体要求",
        "围绕重点产业链集中支持关键核心技术攻关。",
        "二、计划类别及支持重点",
        "（一）重点研发计划",
        "支持方式及强度：采取前资助方式，每项资助20～40万元。",
        "1．汽车零部件轻量化技术（JZ2025-GY01）",
        "重点支持汽车电子和轻量化材料研发。",
        "（二）软科学研究计划",
        "归口科室：政策法规科",
        "围绕科技创新政策开展战略研究。",
        "支持方式及强度：采取前资助方式，每项资助2～3万元，研究期限为1年。",
        "三、申报条件",
        "（一）申报单位应为在本市注册的法人单位。",
    ])
    assert [(leaf.title, leaf.funding_max_wan) for leaf in guideline.leaves] == [
        ("汽车零部件轻量化技术", 40), ("软科学研究计划", 3)]


def test_kinds_a_direction_takes_and_terms_in_a_funding_chapter_naming_plans() -> None:
    """（可申报类别：重点项目、一般项目） after a title: the direction takes either kind's tier
    from 资金安排 (the widest grant and period); a clause naming plans and a quoted direction
    gives each its mode; 前资助项目…1:1 binds what is funded that way; a quoted direction's rule in
    申报要求 is that direction's only."""
    guideline = _parse([
        "第二章　支持方向",
        "一、重点研发计划",
        "（一）新材料领域（归口科室：高新技术发展科）",
        "1.高性能铝镁合金制备技术（可申报类别：重点项目、一般项目）",
        "研究内容：开展高强韧铝合金成分设计与制备研究。",
        "2.光伏用关键材料研发（可申报类别：一般项目）",
        "研究内容：开展光伏铝边框关键材料研发。",
        "二、社会发展科技计划（归口科室：社会发展科）",
        "3.运城盐湖生态修复技术研究（可申报类别：一般项目）",
        "研究内容：开展盐湖湿地生态修复技术研究。",
        "三、科技成果转化计划（归口科室：科技成果转化科）",
        "4.科技成果落地转化",
        "支持企业承接高等院校的科技成果并在我市实施转化。",
        "第三章　资金安排",
        "一、支持方式",
        "重点研发计划、社会发展科技计划采取前资助方式；“科技成果落地转化”方向采取后补助方式。",
        "二、资助标准",
        "（一）重点项目：每项资助50万～100万元，实施期限不超过3年。",
        "（二）一般项目：每项资助10万～30万元，实施期限不超过2年。",
        "（三）前资助项目申报单位自筹经费与市级财政资助经费比例不低于1:1。",
        "（四）“科技成果落地转化”方向：按技术合同实际成交额的20%给予后补助，单个项目最高不超过50万元。",
        "第四章　申报要求",
        "一、“科技成果落地转化”方向申报单位须为高新技术企业，上年度研发费用不低于200万元。",
    ])
    alloy, solar, lake, transfer = guideline.leaves
    assert alloy.title == "高性能铝镁合金制备技术"
    assert (alloy.funding_min_wan, alloy.funding_max_wan, alloy.period_years_max) == (10, 100, 3)
    assert (solar.funding_min_wan, solar.funding_max_wan, solar.period_years_max) == (10, 30, 2)
    for leaf in (alloy, solar, lake):
        assert (leaf.funding_mode, leaf.matching_ratio, leaf.min_rd_spend_wan) == (
            "前资助", 1, None)
    assert (transfer.funding_mode, transfer.funding_max_wan, transfer.matching_ratio) == (
        "后补助", 50, None)
    assert (transfer.min_rd_spend_wan, transfer.qualifications) == (200, ["高新技术企业"])


def test_rows_laid_out_in_two_columns_and_a_plan_that_is_its_own_direction() -> None:
    """资助经费        不超过200万元 (pdftotext -layout) is a label row, its value wrapping under
    the value column; a heading back at the margin is no wrap; the same row twice, once by a
    page break, is no running header. A 专项 that lists its directions in a sentence and grants
    money is itself applied to."""
    guideline = _parse([
        "（一）重大科技专项",
        "  归口科室        高新技术科",
        "  支持方式        前资助",
        "  申报主体        须由企业牵头申报，牵头企业须为高新技术企业",
        "1.工业硅冶炼节能降耗技术",
        "  指南代码        BS24ZD01",
        "  研究内容        针对工业硅矿热炉冶炼能耗高等问题，开展大型矿热炉",
        "                  智能控制技术研究。",
        "  资助经费        不超过200万元",
        "  拟支持数        1项",
        "（二）社会发展科技计划",
        "  归口科室        社会发展科",
        "",
        "                       第 2 页 共 5 页",
        "",
        "  支持方式        前资助",
        "  申报主体        高等院校、科研院所、企业均可牵头申报",
        "1.地震监测预警技术研究",
        "  指南代码        BS24SF01",
        "  资助经费        不超过40万元",
        "（三）科技成果转化专项",
        "归口科室：成果转化科",
        "重点支持节能环保装备、先进陶瓷等方向的科技成果在本市转化，按新增研发投入的20%给予补助，最高不超过80万元。",
    ])
    silicon, quake, transfer = guideline.leaves
    assert (silicon.code, silicon.funding_max_wan, silicon.quota, silicon.funding_mode) == (
        "BS24ZD01", 200, 1, "前资助")
    assert silicon.content == "针对工业硅矿热炉冶炼能耗高等问题，开展大型矿热炉智能控制技术研究。"
    assert (silicon.enterprise_lead_only, silicon.qualifications) == (True, ["高新技术企业"])
    assert (quake.title, quake.office, quake.funding_mode, quake.enterprise_lead_only) == (
        "地震监测预警技术研究", "社会发展科", "前资助", False)
    assert (transfer.title, transfer.funding_max_wan) == ("科技成果转化专项", 80)


def test_a_grant_stated_as_a_share_of_each_lists_amount() -> None:
    """市科技局按榜单金额的30%…给予定额资助，单项最高不超过100万元: a 300万元 榜单 gets 90万元, a
    400万元 one the cap."""
    guideline = _parse([
        "（一）关键核心技术攻关（揭榜挂帅）",
        "1.市科技局按榜单金额的30%对揭榜项目给予定额资助，单项最高不超过100万元，采取前资助方式。",
        "需求一：高盐有机废水分质资源化关键技术",
        "需求编号：YX2025JB01",
        "需求描述：研发分质分盐、高级氧化耦合蒸发结晶工艺及成套装备。",
        "榜单金额：300万元",
        "需求二：超高压直流电缆用交联聚乙烯绝缘料",
        "需求编号：YX2025JB02",
        "需求描述：开展直流电缆绝缘料配方设计研究。",
        "榜单金额：400万元",
    ])
    water, cable = guideline.leaves
    assert (water.funding_min_wan, water.funding_max_wan) == (90, 90)
    assert "funding_max_wan" not in water.inherited
    assert (cable.funding_min_wan, cable.funding_max_wan) == (100, 100)
    assert "funding_max_wan" in cable.inherited


def test_a_bilingual_page_partly_in_traditional_characters() -> None:
    """Part II / Program A / A-1 headings with English names after the Chinese; a plan copied
    from a site's 繁體 view (後補助, 每項最高不超過20萬元) read like the rest, its office kept as
    written; 每项资助15万元 written on after the indicators is the direction's own grant."""
    guideline = _parse([
        "Part II　支持方向 Priority Areas",
        "Program A　重点研发专项 Key R&D Program",
        "　　归口科室：高新技术科",
        "　　支持方式：前资助。支持强度：每项30～50万元。",
        "A-1　玉米制种全程机械化关键技术",
        "　　指南编号：CJ2025A01",
        "　　研究内容：研发制种专用去雄与果穗收获装备。",
        "　　考核指标：研制制种专用装备2台（套）以上。",
        "　　每项资助15万元，拟支持1项。",
        "Program B　農業科技成果轉化專項 Agricultural Technology Transfer Program",
        "　　歸口科室：農村科技科",
        "　　支持方式：後補助。按項目實際研發投入的30%給予補助，每項最高不超過20萬元。",
        "B-1　設施葡萄優質高效栽培技術成果轉化",
        "　　指南編號：CJ2025B01",
        "　　研究內容：開展設施葡萄優質高效栽培技術轉化。",
        "Part IV　申报程序 Application Procedure",
        "　　一、网上申报。申报单位登录平台在线填写申报书。",
    ])
    corn, grape = guideline.leaves
    assert (corn.title, corn.code, corn.plan) == ("玉米制种全程机械化关键技术", "CJ2025A01",
                                                  "重点研发专项")
    assert (corn.funding_min_wan, corn.funding_max_wan, corn.funding_mode) == (15, 15, "前资助")
    assert (grape.title, grape.code, grape.office) == ("設施葡萄優質高效栽培技術成果轉化",
                                                       "CJ2025B01", "農村科技科")
    assert (grape.funding_mode, grape.funding_max_wan) == ("后补助", 20)


def test_terms_after_a_groups_directions_under_a_fu_line_and_award_content() -> None:
    """附：支持方式与申报要求 (or 附： over 本类项目…) after a group's directions: the group's
    terms, not the last direction's; 支持内容：对…的市级重点实验室，给予10万元 requires the
    platform; （本方向不受理企业申报） is no firm-only rule."""
    guideline = _parse([
        "二、支持重点",
        "（一）农业关键技术攻关项目",
        "1.刺梨规模化种植提质增效技术研究",
        "支持内容：开展刺梨良种筛选技术研究。",
        "支持项目数：1-2项",
        "2.马铃薯脱毒种薯繁育技术集成",
        "支持内容：开展马铃薯茎尖脱毒技术研究。",
        "附：支持方式与申报要求",
        "本类项目采取前资助方式，每项资助5～10万元，执行期：2025.1-2026.12。项目须由企业牵头申报。",
        "（二）社会民生科技项目",
        "1.民族医药适宜技术基层推广应用",
        "支持内容：挖掘整理民族医药特色诊疗技术。",
        "申报主体：区属二级及以上医疗卫生机构（本方向不受理企业申报）。",
        "附：",
        "本类项目采取前资助方式，每项资助不超过8万元。",
        "（三）创新平台奖励",
        "1.市级重点实验室绩效奖励",
        "支持内容：对上年度绩效评价结果为优秀的市级重点实验室，给予10万元支持。",
    ])
    pear, potato, medicine, lab = guideline.leaves
    for leaf in (pear, potato):
        assert (leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
                leaf.period_years_max, leaf.enterprise_lead_only) == ("前资助", 5, 10, 2, True)
    assert (medicine.funding_max_wan, medicine.enterprise_lead_only) == (8, False)
    assert (lab.funding_max_wan, lab.qualifications) == (10, ["市级平台"])


def test_a_guiding_plan_without_money_and_an_award_to_firms_with_a_trailing_de() -> None:
    """（三）软科学研究计划 with no directions and no money (指导性计划，执行期1年) beside plans with
    directions is itself a direction; 对首次认定为国家高新技术企业的，给予20万元奖励 requires a 高企
    and is for firms only."""
    guideline = _parse([
        "二、支持重点",
        "（一）重点研发计划",
        "本计划项目每项资助10-20万元，执行期2年。",
        "1.新能源汽车零部件关键技术",
        "研究内容：研究电驱动系统关键零部件制造技术。",
        "（二）软科学研究计划",
        "围绕我市创新驱动发展等重大问题开展战略研究。软科学研究项目为指导性计划项目，市财政不安排资助"
        "经费，执行期1年。高校、科研院所均可申报。",
        "（三）科技企业培育",
        "1.高新技术企业认定奖励",
        "支持标准：对首次认定为国家高新技术企业的，给予20万元奖励。",
    ])
    parts, soft, award = guideline.leaves
    assert parts.title == "新能源汽车零部件关键技术"
    assert (soft.title, soft.funding_max_wan, soft.period_years_max) == (
        "软科学研究计划", None, 1)
    assert (award.funding_max_wan, award.qualifications, award.enterprise_lead_only) == (
        20, ["高新技术企业"], True)


def test_a_space_aligned_terms_table_with_a_wrapped_cell_and_notes_under_it() -> None:
    """表1 laid out with spaces (no rules), one cell wrapped onto the next line under its column
    (…科研 ⏎ 院所均可牵头), notes right under it (注：1.产业关键技术攻关项目牵头企业须为…): each
    row's terms for its plan, the whole cell read, the note for the plan it names."""
    guideline = _parse([
        "龙岩市2025年度科技计划项目申报指南",
        "一、总体思路",
        "围绕我市主导产业，支持关键核心技术攻关。",
        "二、项目类别及支持方式",
        "各类项目的支持方式、单项资助额度、实施期限及牵头单位要求见表1。",
        "表1　项目类别及支持方式",
        "项目类别                支持方式  单项资助额度      实施期限   牵头单位要求",
        "产业关键技术攻关项目    前资助    50万～100万元     不超过3年  须由企业牵头",
        "产学研合作项目          前资助    不超过30万元      不超过2年  企业、高校、科研",
        "                                                               院所均可牵头",
        "注：1.产业关键技术攻关项目牵头企业须为高新技术企业，上年度研发费用不",
        "低于300万元。",
        "三、支持方向",
        "（一）产业关键技术攻关项目",
        "（1）稀土永磁材料高效制备与应用",
        "研究内容：开展高性能烧结钕铁硼晶界扩散技术研究。",
        "（二）产学研合作项目",
        "（1）新材料与先进制造产学研合作",
        "研究内容：开展产学研联合攻关。",
    ])
    magnet, cooperation = guideline.leaves
    assert (magnet.funding_min_wan, magnet.funding_max_wan, magnet.enterprise_lead_only) == (
        50, 100, True)
    assert (magnet.min_rd_spend_wan, magnet.qualifications) == (300, ["高新技术企业"])
    assert (cooperation.funding_max_wan, cooperation.enterprise_lead_only) == (30, False)


def test_class_rules_under_a_terms_table_and_a_class_line_with_its_own_terms() -> None:
    """表1 by class, then A类项目须由企业牵头…研发费用不低于100万元 / B类项目…均可牵头 in the same
    section: the directions of each class; 项目类别：A类（本方向…区财政资助40～50万元，实施期限3年）
    picks A and overrides its grant and period."""
    guideline = _parse([
        "临桂区2024年度科技计划项目申报指南",
        "一、总体要求",
        "围绕临桂区特色产业，支持一批关键技术研发项目。",
        "二、项目类别及支持标准",
        "各类项目的支持方式、区财政资助额度和实施期限见表1。",
        "表1　项目类别及支持标准",
        "类别\t项目类型\t支持方式\t区财政资助额度\t实施期限",
        "A类\t重点研发项目\t前资助\t20～30万元/项\t2年",
        "B类\t一般研发项目\t前资助\t不超过10万元/项\t18个月",
        "A类项目须由企业牵头申报，牵头企业上年度研发费用不低于100万元。",
        "B类项目企业、高校、科研院所均可牵头申报。",
        "三、重点支持方向",
        "专题一　罗汉果及特色农业（农村科技股）",
        "方向1-1　罗汉果良种选育与脱毒种苗繁育（LGKJ2024-01）",
        "主要研究内容：开展罗汉果优良种质资源收集评价。",
        "项目类别：A类",
        "方向1-2　罗汉果甜苷高效提取与精深加工（LGKJ2024-02）",
        "主要研究内容：开展罗汉果甜苷V高效分离纯化研究。",
        "项目类别：A类（本方向为区级重点专项，区财政资助40～50万元，实施期限3年）",
        "方向1-3　特色水果绿色高效栽培技术集成与示范（LGKJ2024-03）",
        "主要研究内容：开展病虫害绿色防控技术集成与示范。",
        "项目类别：B类",
    ])
    seedling, extract_, fruit = guideline.leaves
    assert (seedling.funding_min_wan, seedling.funding_max_wan, seedling.period_years_max,
            seedling.enterprise_lead_only, seedling.min_rd_spend_wan) == (20, 30, 2, True, 100)
    assert (extract_.title, extract_.funding_min_wan, extract_.funding_max_wan,
            extract_.period_years_max, extract_.funding_mode) == (
        "罗汉果甜苷高效提取与精深加工", 40, 50, 3, "前资助")
    assert (fruit.funding_max_wan, fruit.period_years_max, fruit.enterprise_lead_only,
            fruit.min_rd_spend_wan) == (10, 1.5, False, None)


def test_bracket_lines_kind_rules_groups_under_a_list_and_county_offices() -> None:
    """（指南编号：…；项目类别：重点项目） on its own line gives the code and kind; 重点项目申报单位…
    under the kinds' table binds that kind; （一）先进装备制造 after 支持方向： over 1．… is a group,
    not a listed direction; 归口管理：蕲春县科学技术和经济信息化局 is the office; 【支持强度】…
    【实施周期】… run in after the content; an erratum corrects a code."""
    guideline = _parse([
        "勘误：方向3的指南代码更正为HG25XY03。",
        "第二章　项目类别与支持标准",
        "本年度项目分为重点项目、一般项目两类，各类项目的支持标准见表1。",
        "表1　项目类别及支持标准",
        "项目类别\t支持方式\t支持额度\t实施期限\t牵头单位",
        "重点项目\t前资助\t50～100万元/项\t3年\t须由企业牵头",
        "一般项目\t前资助\t不超过30万元/项\t2年\t不限",
        "重点项目申报单位上年度研发投入不低于300万元，自筹经费与财政资助经费比例不低于1:1。",
        "第三章　支持方向",
        "专项一　现代能源与新材料",
        "归口科室：高新技术发展科",
        "1.1　风光氢储一体化关键技术",
        "（指南编号：TL25NY01；项目类别：重点项目）",
        "研究内容：研究风光发电制氢系统协同控制技术。",
        "专项二　县域特色产业",
        "支持方向：",
        "（一）蕲春县",
        "归口管理：蕲春县科学技术和经济信息化局",
        "方向3：蕲艾精油提取与高值化利用关键技术研究（指南代码：HG25XY30）",
        "研究内容：研究蕲艾精油超临界萃取技术。【支持强度】市级财政资助不超过40万元。【实施周期】2年。",
    ])
    hydrogen, moxa = guideline.leaves
    assert (hydrogen.code, hydrogen.funding_min_wan, hydrogen.funding_max_wan,
            hydrogen.enterprise_lead_only, hydrogen.min_rd_spend_wan,
            hydrogen.matching_ratio) == ("TL25NY01", 50, 100, True, 300, 1)
    assert (moxa.code, moxa.office, moxa.funding_max_wan, moxa.period_years_max) == (
        "HG25XY03", "蕲春县科学技术和经济信息化局", 40, 2)


def test_a_share_of_total_investment_with_a_cap_and_circled_letters() -> None:
    """市级财政资金支持比例不超过项目总投资的20%，最高500万元 is a grant up to 500万元 (no
    budget); 本方向市级财政资金最高300万元 overrides it; 须由链主企业或链上规上企业牵头 is still a
    firm; Ⓐ directions with ⓐ ⓑ sub-directions; a plan's sibling ranks with it."""
    guideline = _parse([
        "二、计划类别及支持方向",
        "（一）关键核心技术攻关计划",
        "本类项目采取事前资助方式。市级财政资金支持比例不超过项目总投资的20%，最高500万元。",
        "项目须由链主企业或链上规上企业牵头。",
        "Ⓐ 集成电路先进封装测试关键技术〔JY25GG01〕",
        "研究内容：研究晶圆级扇出型封装技术。",
        "本方向市级财政资金最高300万元，拟支持1项。",
        "Ⓑ 高端特殊钢材料制备技术",
        "本方向设以下2个子方向，申报时须明确所属子方向。",
        "ⓐ 高性能轴承钢纯净化冶炼技术〔JY25GG02〕",
        "研究内容：研究超低氧轴承钢冶炼技术。",
        "ⓑ 汽车用高强度弹簧钢开发〔JY25GG03〕",
        "研究内容：研究高强度弹簧钢成分设计。",
        "（二）定向委托项目",
        "本类项目定向委托相关单位承担。",
        "支持方式：前资助。",
        "归口科室：农村与社会发展科",
        "Ⓐ 传染病多点触发监测预警技术应用研究〔JY25DX01〕",
        "研究内容：整合多渠道监测数据。",
    ])
    assert [(leaf.title, leaf.code) for leaf in guideline.leaves] == [
        ("集成电路先进封装测试关键技术", "JY25GG01"), ("高性能轴承钢纯净化冶炼技术", "JY25GG02"),
        ("汽车用高强度弹簧钢开发", "JY25GG03"), ("传染病多点触发监测预警技术应用研究", "JY25DX01")]
    chips, bearing, _, disease = guideline.leaves
    assert (chips.funding_max_wan, bearing.funding_max_wan) == (300, 500)
    assert bearing.enterprise_lead_only is True
    assert (disease.office, disease.funding_mode, disease.plan) == (
        "农村与社会发展科", "前资助", "定向委托项目")


def test_tiers_named_by_each_direction_items_numbered_di_n_xiang_and_budgets() -> None:
    """二、支持档次 with 一档：…/三档：… lines, each direction's 支持档次：一档, a plan saying 各方向均
    按三档支持; 第一项　… plans; 本专项共安排…300万元，支持3项 is a budget, no project's grant."""
    guideline = _parse([
        "一、总体要求",
        "围绕主导产业开展关键核心技术攻关。",
        "二、支持档次",
        "各方向所属档次在方向说明中列明，各档次支持标准如下：",
        "一档：每项资助80～100万元，实施期限不超过3年，须由企业牵头申报。",
        "三档：每项资助10万元，实施期限不超过1年。",
        "以上各档次项目均采用前资助方式。",
        "三、申报方向",
        "第一项　重点研发专项",
        "归口科室：高新技术与产业化科",
        "方向1：锂电池正极材料高效回收与再制造技术（MSKJ2025-01）",
        "支持档次：一档",
        "研究内容：研究低能耗拆解分选技术。",
        "第二项　科技成果转化专项",
        "资金安排：本专项共安排市级财政资金300万元，支持3项，采用后补助方式。",
        "第三项　软科学研究专项",
        "本专项各方向均按三档支持。",
        "方向2：眉山市科技创新券政策实施成效评估（MSKJ2025-07）",
        "研究内容：评估科技创新券政策实施情况。",
    ])
    battery, transfer, voucher = guideline.leaves
    assert (battery.funding_min_wan, battery.funding_max_wan, battery.period_years_max,
            battery.enterprise_lead_only, battery.funding_mode, battery.plan) == (
        80, 100, 3, True, "前资助", "重点研发专项")
    assert (transfer.title, transfer.funding_max_wan, transfer.quota, transfer.funding_mode) == (
        "科技成果转化专项", None, 3, "后补助")
    assert (voucher.funding_max_wan, voucher.period_years_max) == (10, 1)


def test_award_articles_and_a_direction_carried_over_from_last_year() -> None:
    """第九条　高新技术企业培育奖补。对…给予… in a policy's chapter is an item; a direction
    （延续2024年度方向） keeps 指南代码沿用FX2024-07 and takes no period from above when its terms
    are 按2024年度指南原方向执行."""
    guideline = _parse([
        "第二章　年度申报指南",
        "一、产业关键技术攻关项目（高新技术股）",
        "本类项目采取前资助方式，每项资助30～50万元，实施期限2年。",
        "（一）新能源汽车电驱动系统关键技术",
        "研究内容：研究电驱动系统集成技术。",
        "（二）新型显示用光学膜材料（延续2024年度方向）",
        "说明：该方向为2024年度指南方向。指南代码沿用FX2024-07，研究内容、考核指标和实施期限均按"
        "2024年度指南原方向执行。",
        "第三章　科技创新奖补",
        "第九条　高新技术企业培育奖补。对首次认定的高新技术企业，给予一次性奖补200000元。",
        "第十条　技术合同交易奖补。对县内企业登记的技术合同，按实际成交额的1%给予奖补，最高100000元。",
        "第四章　资金管理与监督",
        "第十四条　科技创新专项资金由县科技局会同县财政局管理。",
    ])
    drive, film, hightech, contract = guideline.leaves
    assert (drive.period_years_max, drive.funding_max_wan) == (2, 50)
    assert (film.title, film.code, film.period_years_max, film.funding_max_wan) == (
        "新型显示用光学膜材料", "FX2024-07", None, 50)
    assert (hightech.title, hightech.funding_max_wan) == ("高新技术企业培育奖补", 20)
    assert (contract.title, contract.funding_max_wan) == ("技术合同交易奖补", 10)


def test_codes_closing_each_block_and_a_forms_ticked_options() -> None:
    """【指南代码】… at the end of each direction's block is that direction's, not the next one's;
    a form's 支持方式 ☑前资助 □后补助 states only what is ticked."""
    guideline = _parse([
        "二、重点研发计划",
        "（一）农业农村领域（农村科技科）",
        "（1）牡丹籽油精深加工与副产物高值化利用",
        "【研究内容】开展牡丹籽油低温压榨技术研究。",
        "【支持方式及强度】前资助，市财政资助不超过50万元。",
        "【指南代码】HZ2026-NY01",
        "（2）黄河滩区盐碱地耐盐作物品种选育",
        "【研究内容】筛选耐盐品种。",
        "【支持方式及强度】前资助，市财政资助30～50万元。",
        "【指南代码】HZ2026-NY02",
        "（二）工业领域（高新技术科）",
        "（1）智能装备关键部件研发",
        "研究内容：研制智能装备关键部件。",
        "支持方式\t☑后补助　□前资助　□奖补",
        "牵头要求\t☑不限　□须由企业牵头",
    ])
    peony, saline, parts = guideline.leaves
    assert (peony.code, saline.code) == ("HZ2026-NY01", "HZ2026-NY02")
    assert (parts.funding_mode, parts.enterprise_lead_only) == ("后补助", False)


def test_a_legend_of_marks_after_direction_names_and_award_items_under_a_mode_line() -> None:
    """方向名称后标注“※”的，须由企业牵头申报；未标注“※”的方向…均可牵头申报 (and △ for 后补助):
    each direction takes what its mark, or its lack of one, says — not its title; items (一)
    …建设 ⏎ 支持对象及标准：…给予一次性补助5万元 under 支持方式：以奖代补。 are items."""
    guideline = _parse([
        "一、总体要求",
        "（一）方向标注说明。方向名称后标注“※”的，须由企业牵头申报；未标注“※”的方向，企业、高校均可"
        "牵头申报。方向名称后标注“△”的，采用后补助方式；未标注“△”的方向采用前资助方式。",
        "二、支持方向",
        "专项一：电子信息",
        "1.高性能射频前端芯片设计※",
        "研究内容：研究射频前端芯片设计。",
        "2.川菜产业绿色加工技术※△",
        "研究内容：研究川菜绿色加工技术。",
        "3.数字文创技术",
        "研究内容：研究数字文创技术。",
        "三、科技创新平台建设项目",
        "支持方式：以奖代补，经认定后一次性拨付。",
        "（一）县级工程技术研究中心建设",
        "支持对象及标准：对新认定的县级工程技术研究中心依托企业，给予一次性补助5万元。",
        "（二）高新技术企业培育",
        "支持对象及标准：对首次通过高新技术企业认定的企业，给予一次性补助10万元。",
    ])
    chip, sichuan, culture, centre, hightech = guideline.leaves
    assert (chip.title, chip.enterprise_lead_only, chip.funding_mode) == (
        "高性能射频前端芯片设计", True, "前资助")
    assert (sichuan.title, sichuan.enterprise_lead_only, sichuan.funding_mode) == (
        "川菜产业绿色加工技术", True, "后补助")
    assert (culture.enterprise_lead_only, culture.funding_mode) == (False, "前资助")
    assert (centre.title, centre.funding_max_wan, hightech.funding_max_wan) == (
        "县级工程技术研究中心建设", 5, 10)


def test_slash_joined_terms_a_compound_terms_label_and_an_editors_tags() -> None:
    """支持方式/支持额度/实施期限/拟支持项数：前资助/30～50万元/2年/2项 pairs each label with its
    value; 支持强度与期限：资助不超过80万元，实施期限2年 is the grant with its period in it; <p>
    and <br/> left from a web page are not text."""
    guideline = _parse([
        "二、重点研发计划",
        "1.1 稀土永磁材料高性能化制备技术",
        "<p>研究内容：研究低重稀土高矫顽力钕铁硼磁体晶界扩散技术。<br/>",
        "考核指标：申请发明专利3件以上。</p>",
        "支持方式/支持额度/实施期限/拟支持项数：后补助/30～50万元/3年/2项",
        "指南代码：SG25-YF-0101",
        "1.2 电子信息关键器件研发",
        "支持强度与期限：资助不超过80万元，实施期限2年，采用前资助方式。",
    ])
    magnet, device = guideline.leaves
    assert (magnet.funding_mode, magnet.funding_min_wan, magnet.funding_max_wan,
            magnet.period_years_max, magnet.quota, magnet.code) == (
        "后补助", 30, 50, 3, 2, "SG25-YF-0101")
    assert "<" not in (magnet.content or "") + (magnet.indicators or "")
    assert (magnet.content or "").startswith("研究低重稀土")
    assert (device.funding_max_wan, device.period_years_max, device.funding_mode) == (
        80, 2, "前资助")


def test_a_closing_summary_table_by_plan_code_and_sub_directions_numbered_under_each() -> None:
    """附表 …汇总表 (no number) with a row per 计划代码 gives each plan heading ending in that
    code its terms; （一）（二） nested under 1. nest again under 2. when numbered afresh; a
    code under 项目类别：A类 is still the direction's; a 支持强度 column is the grant."""
    guideline = _parse([
        "一、总体要求",
        "各计划的支持方式、资助额度、实施期限统一列于本指南附表。",
        "二、支持方向",
        "第一部分　重点研发计划（HD26A）",
        "1.先进钢铁材料",
        "围绕钢铁产业高端化，设以下子方向。",
        "（一）高强汽车板短流程制备技术",
        "指南代码：HD26A-0101",
        "（二）钢铁冶炼固废资源化利用",
        "指南代码：HD26A-0102",
        "2.高端装备制造",
        "面向装备制造业智能化升级，设以下子方向。",
        "（一）智能焊接机器人关键部件",
        "项目类别：A类",
        "指南代码：HD26A-0201",
        "研究内容：研究焊缝视觉跟踪。",
        "三、申报要求",
        "申报单位应为在本市注册的企事业单位。",
        "附表　2026年度市级科技计划项目支持方式汇总表",
        "计划代码\t计划名称\t支持方式\t支持强度\t实施期限\t牵头要求",
        "HD26A\t重点研发计划\t前资助\t30万元～80万元\t不超过3年\t须由企业牵头",
        "HD26B\t农业科技创新计划\t后补助\t按绩效核定\t2年\t均可牵头",
    ])
    titles = [(leaf.parent or leaf.group, leaf.title) for leaf in guideline.leaves]
    assert titles == [("先进钢铁材料", "高强汽车板短流程制备技术"),
                      ("先进钢铁材料", "钢铁冶炼固废资源化利用"),
                      ("高端装备制造", "智能焊接机器人关键部件")]
    welding = guideline.leaves[2]
    assert welding.code == "HD26A-0201"
    assert (welding.funding_mode, welding.funding_min_wan, welding.funding_max_wan,
            welding.period_years_max, welding.enterprise_lead_only) == (
        "前资助", 30, 80, 3, True)
    assert "funding_max_wan" in welding.inherited


def test_stem_lettered_classes_plan_words_under_a_plan_and_a_grant_after_the_goals() -> None:
    """甲类　… headings over 甲1./甲2. directions, terms in the class's paragraph; 专项1：…
    right under （一）重大科技专项（市县联动） divides it; 市级财政补助最高不超过60万元，攻关期限2年
    written on after 攻关目标 is the direction's grant and period."""
    guideline = _parse([
        "二、项目类别与支持方向",
        "甲类　重大科技专项（锂电新能源）",
        "归口科室：高新技术科",
        "甲类项目须由企业牵头申报，采用事前资助方式，实施期限3年。",
        "甲1.动力电池高安全固态电解质材料",
        "资助额度：200万元～300万元，拟支持2项。",
        "甲2.退役锂电池梯次利用与材料再生",
        "资助额度：不超过200万元。",
        "乙类　重点科技项目（农业与社会发展）",
        "乙类项目采用后补助方式。",
        "乙1.大黄鱼抗病良种选育",
        "资助额度：不超过30万元。",
        "三、市县联动与揭榜",
        "（一）重大科技专项（市县联动）",
        "归口科室：高新技术产业科",
        "项目采取事前资助方式，实施期限3年。",
        "专项1：深远海养殖工船关键装备研发",
        "子课题1：船载养殖舱水体循环与控温系统",
        "资助金额：150万元。",
        "子课题2：养殖工船智能投喂与鱼群监测",
        "资助金额：不超过100万元。",
        "（二）揭榜挂帅项目",
        "1．榜单一：黑茶智能化连续发花生产线研制",
        "攻关目标：研制黑茶连续化、智能化发花生产线。",
        "市级财政补助最高不超过60万元，攻关期限2年。",
    ])
    leaves = {leaf.title: leaf for leaf in guideline.leaves}
    assert list(leaves) == ["动力电池高安全固态电解质材料", "退役锂电池梯次利用与材料再生",
                            "大黄鱼抗病良种选育", "船载养殖舱水体循环与控温系统",
                            "养殖工船智能投喂与鱼群监测", "黑茶智能化连续发花生产线研制"]
    battery = leaves["动力电池高安全固态电解质材料"]
    assert (battery.office, battery.enterprise_lead_only, battery.period_years_max,
            battery.funding_max_wan) == ("高新技术科", True, 3, 300)
    assert leaves["大黄鱼抗病良种选育"].funding_mode == "后补助"
    cabin = leaves["船载养殖舱水体循环与控温系统"]
    assert (cabin.office, cabin.period_years_max, cabin.funding_max_wan) == (
        "高新技术产业科", 3, 150)
    tea = leaves["黑茶智能化连续发花生产线研制"]
    assert (tea.funding_max_wan, tea.period_years_max) == (60, 2)


def test_award_targets_said_several_ways_and_a_quoted_plan_heading() -> None:
    """对本市企业购买…的，按…给予补助 and 对…科技型中小企业给予奖励，具体标准另行发布 are awards
    only firms get; 2 “揭榜挂帅”项目（…科） is a plan heading, and its 榜单金额为市财政对单个揭榜
    项目的资助额度 under 支持方式 makes each 榜单金额 the grant; 市级财政按…的20%给予补助，
    最高不超过100万元 after a 榜单's goals is its grant."""
    guideline = _parse([
        "1 科技成果转化计划（成果转化科）",
        "支持方式：后补助。",
        "1.1 企业吸纳技术成果补助",
        "对本市企业购买市外技术成果并在本市实施转化的，按技术合同实际支付额的15%给予补助，"
        "单个企业最高不超过50万元。",
        "1.2 科技型中小企业研发费用增长奖励",
        "对上年度研发费用增长较快的科技型中小企业给予奖励，具体标准另行发布。",
        "2 “揭榜挂帅”项目（区域合作科）",
        "支持方式：榜单金额为市财政对单个揭榜项目的资助额度，采取前资助方式。",
        "2.1 生态合成革低VOCs排放关键技术",
        "发榜单位：浙江某合成革有限公司",
        "榜单金额：100万元",
        "攻关目标：开发水性合成革生产工艺。",
        "3 企业出题揭榜项目（高新技术科）",
        "榜单金额为发榜企业支付给揭榜方的研发经费，不含市级财政资金。",
        "3.1 卤水锂钾综合提取关键技术",
        "榜单金额：500万元",
        "攻关目标：突破富锂钾卤水高效提锂技术。",
        "市级财政按揭榜合同实际支付额的20%给予补助，最高不超过100万元。",
    ])
    bought, growth, leather, brine = guideline.leaves
    assert bought.enterprise_lead_only is True
    assert (growth.enterprise_lead_only, growth.qualifications) == (True, ["科技型中小企业"])
    assert (leather.office, leather.funding_max_wan, leather.funding_mode) == (
        "区域合作科", 100, "前资助")
    assert brine.funding_max_wan == 100


def test_answers_naming_a_plan_and_an_appendix_table_of_directions_by_plan() -> None:
    """问1：重点研发计划采取什么支持方式？ ⏎ 答：… states that plan's terms; directions given only as
    rows of a 附件1 table, grouped by rows naming the plans of the body, are those plans'."""
    guideline = _parse([
        "一、总体要求",
        "申报单位须按附件1所列方向申报。",
        "二、专项设置",
        "（一）智能制造专项",
        "归口科室：高新技术科",
        "本专项采取事前资助方式，单个项目资助额度50万元～100万元，实施期限2年。",
        "（二）数字经济专项",
        "归口科室：产学研合作科",
        "（三）农业科技计划",
        "归口科室：农村科技科",
        "三、申报政策问答",
        "问1：数字经济专项采取什么支持方式？资助额度是多少？",
        "答：采取事前资助方式，单个项目资助额度为300千元至500千元；实施期限不超过3年。",
        "问2：同一单位可以申报几个项目？",
        "答：同一单位限报2项。",
        "附件1",
        "永川区2025年度科技计划项目支持方向表",
        "序号\t方向代码\t方向名称\t研究内容及考核指标\t拟支持项数",
        "一、智能制造专项",
        "1\tYC25A01\t新能源汽车电驱动系统集成\t研究扁线电机集成技术\t拟支持2项",
        "2\tYC25A02\t汽车轻量化零部件成形工艺\t研究一体化压铸工艺\t不限",
        "二、数字经济专项",
        "3\tYC25B01\t工业互联网标识解析应用\t研究标识解析应用\t拟支持1项",
        "三、农业科技计划",
        "4\tYC25C01\t茶叶品质提升\t研究名优绿茶品种改良\t拟支持2项",
    ])
    drive, light, mark, tea = guideline.leaves
    assert (drive.code, drive.office, drive.funding_min_wan, drive.funding_max_wan,
            drive.period_years_max, drive.quota) == ("YC25A01", "高新技术科", 50, 100, 2, 2)
    assert light.code == "YC25A02"
    assert (mark.office, mark.funding_min_wan, mark.funding_max_wan, mark.period_years_max,
            mark.funding_mode) == ("产学研合作科", 30, 50, 3, "前资助")
    assert (tea.office, tea.title) == ("农村科技科", "茶叶品质提升")


def test_terms_pointing_at_another_direction_and_plan_word_items_with_only_prose() -> None:
    """支持方式、强度及实施期限同方向1 takes direction 1's terms; 专项一 with only a paragraph is
    an item as its sibling 专项二 with fields is; 榜单金额：300万元。攻关期限：2年。 is two fields."""
    guideline = _parse([
        "第一部分　农业科技计划",
        "归口科室：农村科技科",
        "1.寒地绿色水稻生产",
        "研究内容：研究优质品种选育。",
        "支持方式及强度：本方向采取前资助方式，每项资助不超过40万元。",
        "实施期限：2年。",
        "2.黑木耳菌种选育与精深加工",
        "研究内容：研究黑木耳优良菌种选育。",
        "支持方式、强度及实施期限同方向1。",
        "第二部分　科技成果转化计划",
        "本部分实行后补助，项目完成并通过绩效评价后拨付补助资金。",
        "专项一　技术转移机构绩效奖励",
        "对年度绩效评价优秀的技术转移服务机构，给予20万元奖励。",
        "专项二　企业购买科技成果补助",
        "申报主体：购买科技成果并在本市转化的企业。",
        "按技术合同实际支付额的20%给予补助，单个企业最高不超过50万元。",
        "第三部分　揭榜挂帅项目",
        "1.木业人造板无醛胶黏剂研发",
        "榜单金额：300万元。攻关期限：2年。",
    ])
    rice, fungus, transfer, bought, board = guideline.leaves
    assert (fungus.funding_mode, fungus.funding_max_wan, fungus.period_years_max) == (
        rice.funding_mode, 40, 2)
    assert (transfer.title, transfer.funding_max_wan, bought.title) == (
        "技术转移机构绩效奖励", 20, "企业购买科技成果补助")
    assert board.period_years_max == 2


def test_a_table_saved_one_cell_per_line_and_two_column_title_rows() -> None:
    """项目名称 ⏎ …标题 ⏎ 方向代码 ⏎ ZMD26ZD01 ⏎ 支持强度 ⏎ 不超过100万元: a direction of label
    rows flattened one cell per line; 方向名称      1.煤基高端碳材料 in a two-column layout."""
    guideline = _parse([
        "二、重点研发专项",
        "归口科室：高新技术科",
        "表2-1",
        "项目名称",
        "农机装备智能控制系统研发",
        "方向代码",
        "ZMD26ZD01",
        "研究内容",
        "研发收获机械智能控制系统。",
        "支持强度",
        "不超过100万元",
        "实施期限",
        "3年",
        "三、重点研发与成果转化计划",
        "归口科室      科技合作科",
        "方向名称      1.煤基高端碳材料",
        "方向编号      WH26ZD01",
        "支持强度      不超过150万元",
    ])
    machine, carbon = guideline.leaves
    assert (machine.title, machine.code, machine.funding_max_wan, machine.period_years_max,
            machine.source_line) == ("农机装备智能控制系统研发", "ZMD26ZD01", 100, 3, 5)
    assert (carbon.title, carbon.code, carbon.funding_max_wan, carbon.office) == (
        "煤基高端碳材料", "WH26ZD01", 150, "科技合作科")


def test_a_heading_with_terms_over_numbered_directions_is_no_list_item() -> None:
    """重点支持以下方向： ⏎ （一）重大科技专项 ⏎ 归口科室：… ⏎ 支持方式：… ⏎ 1．…: the (一) heads
    the directions numbered under it with its terms — not one title of a list whose terms would
    then bind every plan after it."""
    guideline = _parse([
        "二、支持重点",
        "2024年度市级科技计划重点支持以下方向：",
        "（一）重大科技专项",
        "归口科室：高新技术科",
        "实施期限：3年。",
        "申报要求：项目须由企业牵头申报，申报企业须为有效期内的高新技术企业。",
        "1.茶叶精深加工关键技术",
        "研究内容：开展茶多酚提取技术研究。",
        "资助额度：100～200万元。",
        "（二）软科学研究计划",
        "研究内容：开展战略和政策研究。",
        "资助额度：每项3万元。",
        "申报要求：高校、科研院所均可申报。",
    ])
    tea, soft = guideline.leaves
    assert (tea.title, tea.plan, tea.office, tea.period_years_max, tea.qualifications) == (
        "茶叶精深加工关键技术", "重大科技专项", "高新技术科", 3, ["高新技术企业"])
    assert (soft.title, soft.period_years_max, soft.qualifications) == ("软科学研究计划", None, [])


def test_whom_a_subsidy_under_a_mode_label_goes_to_is_required() -> None:
    """支持方式：贷款贴息。 ⏎ 对科技型中小企业上年度…贷款，按…给予贴息: the paragraph under the
    mode label names who may apply (a firm, of that kind)."""
    guideline = _parse([
        "三、科技金融",
        "（一）科技型企业贷款贴息（GA2025CG03）",
        "支持方式：贷款贴息。",
        "对科技型中小企业上年度用于研发活动的银行贷款，按实际支付利息的50%给予贴息，"
        "单个企业年度贴息额不超过20万元。",
        "（二）企业研发投入后补助（GA2025CG02）",
        "支持方式：后补助。",
        "对上年度研发费用较前一年度增长的规上企业，按增量部分的10%给予补助，单个企业最高不超过30万元。",
    ])
    loan, spend = guideline.leaves
    assert (loan.enterprise_lead_only, loan.qualifications) == (True, ["科技型中小企业"])
    assert (spend.enterprise_lead_only, spend.qualifications) == (True, ["规上企业"])


def test_a_revision_notice_states_the_new_terms_of_the_directions_it_changes() -> None:
    """（一）…（《原指南》重点研发计划方向3，代码：GY26ZY03） ⏎ 修订内容：支持强度由“…”调整为
    “每项不超过50万元”；…: the direction takes the values after 调整为, not the old ones; a
    heading's code is found after other words in its bracket."""
    guideline = _parse([
        "一、调整的支持方向",
        "（一）食用菌工厂化栽培关键技术（《原指南》重点研发计划方向3，代码：GY26ZY03）",
        "修订内容：支持强度由“每项不超过30万元”调整为“每项不超过50万元”；实施期限由“2年”调整为“3年”。"
        "其余内容不变。",
        "（二）铝基新材料精密成形技术（《原指南》重点研发计划方向6，代码：GY26ZY06）",
        "修订内容：申报单位上年度研发投入要求由“不低于200万元”调整为“不低于100万元”；"
        "自筹经费与财政资助比例由“不低于2:1”调整为“不低于1:1”。其余内容不变。",
        "（三）天然气精细化工中试熟化（《原指南》成果转化计划方向2，代码：GY26CZ02）",
        "修订内容：支持方式由“前资助”调整为“后补助”，项目验收通过后按研发投入的20%给予补助，"
        "每项最高不超过600000元。",
    ])
    fungi, aluminium, gas = guideline.leaves
    assert (fungi.title, fungi.code, fungi.funding_max_wan, fungi.period_years_max) == (
        "食用菌工厂化栽培关键技术", "GY26ZY03", 50, 3)
    assert (aluminium.min_rd_spend_wan, aluminium.matching_ratio) == (100, 1)
    assert (gas.funding_mode, gas.funding_max_wan) == ("后补助", 60)


def test_keyword_headings_divided_into_the_parts_they_announce() -> None:
    """方向9 … 本方向分设两个子方向： ⏎ A. … ⏎ B. …, and 榜单1-3 ⏎ 攻关周期：…。本榜单分设两个子榜
    ，可分别揭榜： ⏎ （A）… ⏎ （B）…: the lettered items divide the heading above them, and the
    next 方向/榜单 is that heading's sibling, not a part of the last item."""
    guideline = _parse([
        "一、重点研发计划",
        "方向9 川北道地中药材提质增效",
        "申报单位上年度研发投入不低于150万元。本方向分设两个子方向，每个子方向各支持1项：",
        "A. 中药材生态种植与全程质量追溯",
        "研究内容：开展天麻生态种植模式研究。",
        "支持强度：不超过25万元。",
        "B. 川明参等特色药材精深加工",
        "研究内容：研究川明参有效成分提取。",
        "支持强度：15万元至25万元。",
        "方向10 农村生活污水处理技术集成示范",
        "研究内容：集成分散式生态处理技术。",
        "二、揭榜挂帅",
        "榜单1-3  黑土地保护性耕作智能农机",
        "攻关周期：2026年7月至2027年12月。本榜单分设两个子榜，可分别揭榜：",
        "（A）免耕播种机精量排种与作业监测系统",
        "攻关目标：株距合格率不低于92%。",
        "（B）秸秆覆盖度遥感识别与作业质量评价",
        "攻关目标：秸秆覆盖度识别精度不低于90%。",
        "榜单1-4  新能源汽车热管理系统集成",
        "攻关目标：开发热泵空调集成系统。",
    ])
    titles = [(leaf.parent, leaf.title) for leaf in guideline.leaves]
    assert titles == [
        ("川北道地中药材提质增效", "中药材生态种植与全程质量追溯"),
        ("川北道地中药材提质增效", "川明参等特色药材精深加工"),
        (None, "农村生活污水处理技术集成示范"),
        ("黑土地保护性耕作智能农机", "免耕播种机精量排种与作业监测系统"),
        ("黑土地保护性耕作智能农机", "秸秆覆盖度遥感识别与作业质量评价"),
        (None, "新能源汽车热管理系统集成")]
    assert guideline.leaves[0].min_rd_spend_wan == 150
    assert guideline.leaves[4].period_years_max == 1.5


EXCEL_ROWS = [
    "楚雄州2026年度科技计划项目申报指南",
    "一、支持方向及资助标准",
    "各计划类别的支持方向、资助额度等见下表（由汇总表.xlsx导出）。",
    "序号\t计划类别\t方向名称\t方向代码\t资助方式\t资助额度（千元）\t牵头要求\t配套比例（自筹:财政）\t其他要求",
    "1\t重点研发计划\t钛合金短流程制备技术\tCX26ZY02\t前资助\t≤600\t须由企业牵头\t2:1\t高新技术企业",
    "2\t\t钢铁冶炼固废资源化利用\tCX26ZY03\t前资助\t≤400\t不限\t1:1\t",
    "3\t科技成果转化\t科技成果转化后补助\tCX26CZ01\t后补助\t≤2,000\t须由企业牵头\t\t见表注1",
    "4\t\t技术创新平台建设奖补\tCX26CZ02\t奖补\t500\t须由企业牵头\t\t",
    "注：1.“科技成果转化后补助”“技术创新平台建设奖补”两个方向的申报单位须为规上企业。",
    "2.资助额度中“≤”表示不超过；实施期限“—”表示后补助、奖补类方向不设实施期限。",
]


def test_a_ratio_column_named_with_its_sides_and_a_note_quoting_rows() -> None:
    """配套比例（自筹:财政） | 2:1 is a matching ratio of 2 (the colon in the column's name is not
    its label's end); a note under the table quoting two rows binds those rows only (marked as
    stated elsewhere), and its legend (“≤”表示不超过) binds nobody."""
    titanium, steel, transfer, platform = _parse(EXCEL_ROWS).leaves
    assert (titanium.matching_ratio, steel.matching_ratio, transfer.matching_ratio) == (2, 1, None)
    assert (titanium.qualifications, steel.qualifications) == (["高新技术企业"], [])
    assert transfer.qualifications == ["规上企业"] and "qualifications" in transfer.inherited
    assert (platform.qualifications, platform.funding_mode) == (["规上企业"], "奖补")
    assert titanium.funding_max_wan == 60


def test_what_binds_the_firm_posting_a_list_is_not_the_applicants_qualification() -> None:
    """发榜企业须为规上企业 after 高校、科研院所、企业均可揭榜 binds the firm that posts the 榜单;
    when the posting firm leads the application (由发榜企业牵头…), it is the applicant's. A
    code line after a label of its own (发榜单位：…) is the heading's code."""
    posted = _parse([
        "三、第二类 企业出题榜单",
        "本类榜单由发榜企业出资。市财政按技术合同实际到账金额的20%给予揭榜方后补助，单个项目最高不超过50万元。"
        "高校、科研院所、企业均可揭榜，发榜企业须为规上企业。",
        "榜单2-1  大型核电用换热器管板深孔加工技术",
        "发榜单位：四平市某换热装备股份有限公司",
        "榜单编号：SP26QF01",
        "需求描述：管板深孔直径偏差不大于0.02mm。",
    ]).leaves[0]
    assert (posted.code, posted.qualifications) == ("SP26QF01", [])
    led = _parse([
        "一、揭榜挂帅项目",
        "申报要求：由发榜企业牵头、揭榜团队所在单位参与联合申报。发榜企业应为我市规模以上工业企业。",
        "榜单1：大型电力变压器绝缘状态在线监测",
        "榜单编号：HYJB2501",
        "需求描述：研发局部放电实时感知装置。",
    ]).leaves[0]
    assert led.qualifications == ["规上企业"]


def test_a_code_said_in_a_sentence_and_a_lone_item_beside_plans_of_directions() -> None:
    """方向1：…。项目代码XZ2026GG0201，支持强度…: the code said in the direction's text; 四、's
    only （一） with its terms in a paragraph is a direction, as the （一） items under the
    plans beside it are."""
    guideline = _parse([
        "徐州市2026年度科技计划项目申报指南",
        "一、重点研发计划",
        "（一）新能源与新材料",
        "方向1：光伏硅材料与高效电池关键技术。研究N型硅片薄片化工艺。项目代码XZ2026GG0201，"
        "支持强度不超过200万元。",
        "二、成果转化计划",
        "（一）重大科技成果转化项目",
        "项目代码：XZ2026CZ01",
        "支持标准：按项目新增研发和设备投入的20%给予补助，最高不超过500万元。",
        "（二）技术转移机构绩效补助",
        "支持标准：对上年度促成技术合同成交额1亿元以上的技术转移机构，给予30万元补助。",
        "三、国际科技合作计划",
        "采取前资助方式，支持我市单位与“一带一路”沿线国家开展科技合作。",
        "（一）国际及港澳台科技合作项目",
        "申报单位须与境外合作方签订合作协议，支持强度根据项目情况研究确定。",
        "四、申报条件",
        "（一）申报单位须为在徐州市注册的独立法人单位。",
    ])
    assert [(leaf.title, leaf.code) for leaf in guideline.leaves] == [
        ("光伏硅材料与高效电池关键技术", "XZ2026GG0201"),
        ("重大科技成果转化项目", "XZ2026CZ01"), ("技术转移机构绩效补助", None),
        ("国际及港澳台科技合作项目", None)]


def test_an_implementing_rules_articles_give_terms_to_the_items_they_name() -> None:
    """实施细则: 第五条 lists （一）/1. directions; 第六～八条 state terms for 第五条第（一）项、
    第（二）项所列方向, for 第（一）项第1目, for 第五条所列其余方向 — each item gets what is said
    of it, not the chapter's every direction; an article after the items is the chapter's."""
    guideline = _parse([
        "晋中市2026年度科技计划项目申报实施细则",
        "第一章　总　则",
        "　　第一条　为规范我市科技计划项目申报和管理，制定本细则。",
        "第二章　重点研发计划",
        "　　第五条　2026年度重点研发计划支持以下领域的研究方向：",
        "　　（一）新材料领域。",
        "　　1.高性能镁合金压铸件近净成形技术（代码：JZ26GX01）",
        "　　　　开展镁合金熔体净化和近净成形工艺研究。",
        "　　2.煤系固废制备陶瓷纤维关键技术（代码：JZ26GX02）",
        "　　　　突破低成本陶瓷纤维制备关键技术。",
        "　　（二）现代农业领域。",
        "　　1.杂粮功能食品精深加工技术（代码：JZ26NC01）",
        "　　　　开发低GI功能食品3种以上。",
        "　　第六条　本细则第五条第（一）项所列方向由市科技局高新技术科归口管理；第五条第（二）项所列方向由"
        "农村科技科归口管理。",
        "　　第七条　重点研发计划项目按以下标准支持：",
        "　　（一）第五条第（一）项所列方向采取前资助方式，每项资助50万元至100万元，实施期限不超过3年；",
        "　　（二）第五条第（二）项所列方向采取前资助方式，每项资助不超过40万元，实施期限不超过2年；",
        "　　（三）第五条第（一）项第1目所列方向拟支持1项，第五条所列其余方向各拟支持不超过2项。",
        "　　第八条　申报重点研发计划项目，还应当符合下列条件：",
        "　　（一）申报第五条第（一）项所列方向的，须由企业牵头申报，牵头企业须为高新技术企业，"
        "且上年度研发费用不低于300万元；",
        "　　（二）申报单位自筹经费与财政资助经费的比例，第五条第（一）项所列方向不低于2:1，"
        "第五条第（二）项所列方向不低于1:1。",
        "第三章　科技成果转化项目",
        "　　第九条　科技成果转化项目由市科技局成果转化科归口管理，支持下列事项：",
        "　　（一）中试熟化后补助。对开展重大科技成果中试熟化的企业，按中试投入的20%给予后补助，"
        "每项最高不超过80万元。",
        "　　第十条　申报科技成果转化项目的企业，上年度研发费用不低于200万元。",
    ])
    magnesium, ceramic, grain, pilot = guideline.leaves
    assert (magnesium.office, magnesium.funding_min_wan, magnesium.funding_max_wan,
            magnesium.period_years_max, magnesium.quota, magnesium.enterprise_lead_only,
            magnesium.qualifications, magnesium.min_rd_spend_wan, magnesium.matching_ratio) == (
        "高新技术科", 50, 100, 3, 1, True, ["高新技术企业"], 300, 2)
    assert {"office", "quota", "matching_ratio"} <= set(magnesium.inherited)
    assert (ceramic.quota, grain.quota) == (2, 2)
    assert (grain.office, grain.funding_max_wan, grain.period_years_max, grain.matching_ratio,
            grain.enterprise_lead_only, grain.min_rd_spend_wan) == ("农村科技科", 40, 2, 1, None, None)
    assert (pilot.office, pilot.min_rd_spend_wan, pilot.funding_max_wan) == ("成果转化科", 200, 80)


def test_terms_said_in_a_directions_running_sentence() -> None:
    """分宜/长沙: 其中企业牵头的每项不超过20万元 is a grant without a verb; 自筹经费与县级财政资助的
    比例 is the applicant's (the county is its other side); 须由规上企业牵头申报 and 申报单位上年度
    研发费用不低于500万元 in the content are the direction's own rules."""
    guideline = _parse([
        "一、县级科技计划项目",
        "（一）重点研发项目",
        "　　重点研发项目由县科技局科技股归口，实行前资助，申报单位自筹经费与县级财政资助的比例不低于1:1。",
        "1.冶金固废资源化利用技术",
        "　　针对钢渣等冶金固废，研发资源化利用成套技术。企业、高校、科研院所均可牵头申报，其中企业牵头的"
        "每项不超过20万元、上年度研发投入不低于50万元，高校、科研院所牵头的每项不超过10万元；拟支持2项。",
        "2.中俄新材料联合研发",
        "　　研究内容：开展高温合金制备技术研究。申报单位上年度研发费用不低于500万元。拟支持2项。",
        "3.中非装备与技术标准合作",
        "　　研究内容：推动工程机械在非洲国家应用。须由规上企业牵头申报，前资助，每项不超过60万元。",
    ])
    slag, alloy, africa = guideline.leaves
    assert (slag.funding_max_wan, slag.funding_min_wan, slag.matching_ratio, slag.quota) == (
        20, None, 1, 2)
    assert alloy.min_rd_spend_wan == 500
    assert (africa.enterprise_lead_only, africa.qualifications, africa.funding_max_wan) == (
        True, ["规上企业"], 60)


def test_an_english_line_under_a_chinese_heading_is_its_translation() -> None:
    """（一）国际联合研发项目 ⏎ (1) International Joint R&D Pr ⏎ ojects…: a bilingual document's
    English heading (wrapped, its code repeated) is no heading of its own; nor is a rule cut by
    the page width (第六条　本细则第五条第（一）项所列方向由市科 ⏎ 技局…)."""
    guideline = _parse([
        "长沙市2026年度国际科技合作项目申报指南",
        "一、支持方向",
        "（一）国际联合研发项目（归口科室：对外科技合作科）",
        "(1) International Joint R&D Pr",
        "ojects (Managing Division: Int",
        "　　支持方式：前资助。支持强度：每项不超过100万元。",
        "方向4：“一带一路”生物医药联合研发（CS26GH04）",
        "Area 4: Belt and Road Joint R&",
        "D in Biomedicine (CS26GH04)",
        "　　研究内容：与沿线国家合作开展创新药物联合研发。拟支持2项。",
        "　　Scope: joint R&D of innovative drugs. Planned awards: 2 projects.",
        "方向5：国际联合实验室建设（CS26PT01）",
        "　　研究内容：与境外一流机构共建国际联合实验室。",
    ])
    assert [(leaf.title, leaf.code, leaf.funding_max_wan) for leaf in guideline.leaves] == [
        ("“一带一路”生物医药联合研发", "CS26GH04", 100), ("国际联合实验室建设", "CS26PT01", 100)]
    wrapped = _parse([
        "晋中市2026年度科技计划项目申报实施细则",
        "第二章　重点研发计划",
        "　　第五条　支持以下领域的研究方向：",
        "　　（一）新材料领域。",
        "　　1.高性能镁合金压铸件近净成形技术（代码：JZ26GX01）",
        "　　　　开展镁合金熔体净化和近净成形工艺研究。",
        "　　第六条　本细则第五条第（一）项所列方向由市科",
        "技局高新技术科归口管理。",
        "　　（一）第五条第（一）项所列方向采取前资助方式",
        "，每项资助50万元至100万元。",
    ])
    assert [(leaf.title, leaf.office, leaf.funding_max_wan) for leaf in wrapped.leaves] == [
        ("高性能镁合金压铸件近净成形技术", "高新技术科", 100)]


def test_items_after_a_field_announcing_the_directions_are_directions() -> None:
    """1.重点研发项目 ⏎ 资助强度：每项30万～50万元。…支持方向如下： ⏎ （1）… ⏎ 重点支持…: the
    numbered items are its directions (with its terms), not lines of its funding field; 给予奖补
    with the amount to come is still a 奖补 mode."""
    guideline = _parse([
        "江津区2026年度科技计划项目申报指南",
        "一、支持方向和资助标准",
        "（一）技术创新与应用发展专项",
        "本专项采取事前资助方式，须由企业牵头申报，实施期限原则上不超过2年。",
        "1.重点研发项目",
        "资助强度：每项30万～50万元。企业自筹资金与区财政资助资金比例不低于1:1。支持方向如下：",
        "（1）智能网联新能源汽车零部件",
        "重点支持新能源汽车电驱系统等关键零部件研发与产业化。",
        "（2）新材料与绿色化工",
        "重点支持高性能合金材料研发。本方向项目实施期限可延长至3年。",
        "（二）科技型企业培育专项",
        "1.高新技术企业培育奖补",
        "对上年度首次认定的高新技术企业，给予一次性奖补10万元。",
        "2.新型研发机构绩效评价奖补",
        "对在我区备案的新型研发机构开展年度绩效评价，根据评价等次给予奖补，具体标准另行通知。",
    ])
    cars, materials, _, institutes = guideline.leaves
    assert (cars.title, cars.funding_max_wan, cars.matching_ratio, cars.period_years_max) == (
        "智能网联新能源汽车零部件", 50, 1, 2)
    assert (materials.title, materials.period_years_max) == ("新材料与绿色化工", 3)
    assert institutes.funding_mode == "奖补"


def test_a_markdown_table_with_group_rows_naming_office_and_mode() -> None:
    """| :--: | under the header is the table's rule; **一、…（归口：高新技术处；支持方式：前资助）**
    groups the rows under it with its office and mode; a conditions cell opening 后补助；对…的
    规上企业给予 states the mode and who applies; 每年50万元，支持2年 is 100."""
    guideline = _parse([
        "闵行区2026年度区级科技计划项目申报指南",
        "一、支持方向及资助标准",
        "| 序号 | 方向名称 | 方向代码 | 资助额度 | 实施周期 | 申报主体要求 |",
        "| :--: | :-- | :--: | :--: | :--: | :-- |",
        "| **一、集成电路与人工智能（归口：高新技术处；支持方式：前资助）** | | | | | |",
        "| 1 | 车规级MCU芯片功能安全设计 | MH26A01 | 100～200万元 | 3年 | 须由企业牵头；"
        "自筹与区资助比例不低于2:1 |",
        "| **二、成果转化与创新载体（归口：成果转化处）** | | | | | |",
        "| 2 | 首台套装备研发后补助 | MH26C01 | 不超过200万元 | — | 后补助；对首次取得上海市"
        "首台套认定的规上企业给予 |",
        "| 3 | 市级企业技术中心能力提升 | MH26C04 | 每年50万元，支持2年 | 2年 | 分年拨付；须由企业牵头 |",
    ])
    chip, first, centre = guideline.leaves
    assert (chip.office, chip.funding_mode, chip.matching_ratio, chip.funding_max_wan) == (
        "高新技术处", "前资助", 2, 200)
    assert (first.office, first.funding_mode, first.enterprise_lead_only,
            first.qualifications) == ("成果转化处", "后补助", True, ["规上企业"])
    assert (centre.funding_min_wan, centre.funding_max_wan, centre.funding_mode) == (
        100, 100, "分年拨付")


def test_terms_given_by_direction_numbers_after_the_list() -> None:
    """方向1—3：… / 其中，方向2.1、2.2各拟支持1项 / 方向4：由…科归口管理…: each paragraph's
    terms go to the directions its numbers name (a direction's sub-directions when it has
    them), as stated elsewhere; 方向1：… under a later group numbered anew is a heading."""
    guideline = _parse([
        "银川市2026年度科技计划项目申报指南",
        "一、支持方向",
        "方向1　新型储能电池正极材料低成本制备技术（YC2026-01）",
        "　　研究磷酸锰铁锂正极材料前驱体合成工艺。",
        "方向2　数字经济关键技术应用",
        "　　本方向设2个子方向。",
        "2.1　算力中心液冷散热技术（YC2026-02A）",
        "　　开发冷板式液冷系统。",
        "2.2　工业互联网标识解析应用（YC2026-02B）",
        "　　建设标识解析应用。",
        "方向3　枸杞精深加工与功能成分提取（YC2026-03）",
        "　　开发枸杞多糖提取工艺。",
        "方向4　科技成果中试熟化（YC2026-04）",
        "　　对开展科技成果中试熟化的项目给予补助。",
        "二、支持标准及申报要求",
        "　　方向1—3：由高新技术科归口管理。采取前资助方式，每项资助50万元至100万元，实施期限不超过3年；"
        "须由企业牵头申报。",
        "　　其中，方向2.1、2.2各拟支持1项，方向1、3各拟支持不超过2项。",
        "　　方向4：由成果转化科归口管理。采取后补助方式，每项最高不超过150万元。",
    ])
    leaves = {leaf.title: leaf for leaf in guideline.leaves}
    battery, cooling = leaves["新型储能电池正极材料低成本制备技术"], leaves["算力中心液冷散热技术"]
    assert (battery.office, battery.funding_max_wan, battery.quota, battery.enterprise_lead_only) \
        == ("高新技术科", 100, 2, True)
    assert (cooling.office, cooling.quota, cooling.period_years_max) == ("高新技术科", 1, 3)
    assert {"office", "quota", "funding_max_wan"} <= set(cooling.inherited)
    pilot = leaves["科技成果中试熟化"]
    assert (pilot.office, pilot.funding_mode, pilot.funding_max_wan) == ("成果转化科", "后补助", 150)
    assert len(guideline.leaves) == 5


def test_superscript_footnotes_give_the_headings_that_call_them_their_terms() -> None:
    """1．…技术¹,⁴（HK26NY01） with ¹ 采取前资助方式… ⁴ 自筹经费与财政资助比例不低于1:1。 under a
    closing rule: each heading takes the notes it calls; 500m³ is a unit, no call."""
    guideline = _parse([
        "海口市2026年度科技计划项目申报指南",
        "一、重点研发专项",
        "1．热带果树优良品种选育与高效繁育技术¹,⁴（HK26NY01）",
        "研究内容：开展热带果树优良品种选育。",
        "2．海水养殖病害绿色防控技术¹（HK26NY02）",
        "研究内容：建设养殖尾水处理示范点，日处理能力500m³以上。",
        "二、创新平台专项",
        "3．新型研发机构建设³（HK26PT01）",
        "支持对象：2025年经认定的新型研发机构。",
        "————————————",
        "¹ 采取前资助方式，每项资助不超过50万元，实施期限不超过2年，拟支持不超过2项；企业、高校、"
        "科研院所均可牵头申报。归口处室：农村与社会发展科。",
        "³ 采取后补助方式，建设期3年，经评估合格后每年给予100万元（共计300万元），分年拨付。"
        "补助对象须为规上企业。",
        "⁴ 自筹经费与财政资助比例不低于1:1。",
    ])
    fruit, fish, institute = guideline.leaves
    assert (fruit.title, fruit.code, fruit.office, fruit.funding_max_wan, fruit.quota,
            fruit.matching_ratio, fruit.enterprise_lead_only) == (
        "热带果树优良品种选育与高效繁育技术", "HK26NY01", "农村与社会发展科", 50, 2, 1, False)
    assert (fish.matching_ratio, fish.period_years_max) == (None, 2)
    assert "office" in fish.inherited and "500m³" in (fish.content or "")
    assert (institute.funding_min_wan, institute.funding_max_wan, institute.period_years_max,
            institute.enterprise_lead_only) == (300, 300, 3, True)


def test_a_class_table_after_the_directions_gives_them_their_terms() -> None:
    """项目类别：A类 under each direction, and after the last one 附表 ⏎ …一览表 ⏎ 项目类别 | 支持方式
    | …: the rows are terms by class, not directions; 拟支持项目：2项 is a quota."""
    guideline = _parse([
        "新余市2024年度科技计划项目申报指南",
        "一、重点研发计划（高新技术科）",
        "1.高安全长寿命磷酸铁锂储能电池关键技术",
        "指南代码：XY24GX01",
        "项目类别：A类",
        "研究内容：开展高压实磷酸铁锂正极材料研究。",
        "拟支持项目：2项。",
        "2.新获批省级科技创新平台奖补",
        "指南代码：XY24PT01",
        "项目类别：C类",
        "支持内容：对2023年新获批省级重点实验室、省级技术创新中心的依托单位给予支持。",
        "附表",
        "2024年度新余市科技计划项目类别及支持方式一览表",
        "项目类别\t支持方式\t支持强度\t实施期限\t牵头要求",
        "A类（重点项目）\t前资助\t20～50万元\t2年\t须由企业牵头，产学研联合申报",
        "C类（后补助项目）\t后补助\t不超过30万元\t—\t申报主体：在新余市注册的企业",
    ])
    battery, platform = guideline.leaves
    assert (battery.funding_min_wan, battery.funding_max_wan, battery.funding_mode,
            battery.period_years_max, battery.enterprise_lead_only, battery.quota) == (
        20, 50, "前资助", 2, True, 2)
    assert (platform.funding_max_wan, platform.funding_mode) == (30, "后补助")


def test_directions_written_as_one_line_cards_of_key_value_pairs() -> None:
    """编号：… | 名称：… | 归口：… | 资助：… | 牵头：限企业 | 门槛：… | 配套：2:1 — a direction on
    one line (wrapped onto a line starting with |); 字段说明：编号 | 名称 | … explains the layout;
    a group heading's bracket names its office and terms."""
    guideline = _parse([
        "仙桃市2026年度科技计划项目申报指南",
        "一、申报方向",
        "字段说明：编号 | 名称 | 类别 | 归口 | 资助 | 方式 | 周期 | 名额 | 牵头 | 门槛 | 配套",
        "（一）工业科技创新",
        "编号：XT26-G01 | 名称：非织造布高端功能材料研发 | 归口：高新技术科 | 资助：50-80万元 | "
        "方式：前资助 | 周期：3年 | 名额：2项 | 牵头：限企业 | 门槛：高新技术企业，上年度研发投入≥300万元"
        " | 配套：2:1",
        "编号：XT26-G02 | 名称：汽车零部件轻量化精密成形技术 | 资助：50-80万元 | 名额：1项",
        "  | 牵头：限企业 | 门槛：规上企业 | 配套：1:1",
        "（二）农业科技创新（归口：农村科技科；以下方向均采取前资助方式，周期2年）",
        "编号：XT26-N01 ｜ 名称：稻虾共作绿色高效养殖技术 ｜ 资助：20-30万元 ｜ 牵头：不限",
        "二、申报条件",
        "（一）申报单位须为在仙桃市注册的独立法人单位。",
    ])
    fabric, parts, shrimp = guideline.leaves
    assert (fabric.title, fabric.code, fabric.office, fabric.funding_max_wan, fabric.funding_mode,
            fabric.period_years_max, fabric.quota, fabric.enterprise_lead_only,
            fabric.qualifications, fabric.min_rd_spend_wan, fabric.matching_ratio) == (
        "非织造布高端功能材料研发", "XT26-G01", "高新技术科", 80, "前资助", 3, 2, True,
        ["高新技术企业"], 300, 2)
    assert (parts.code, parts.enterprise_lead_only, parts.qualifications, parts.matching_ratio) \
        == ("XT26-G02", True, ["规上企业"], 1)
    assert (shrimp.office, shrimp.funding_mode, shrimp.period_years_max,
            shrimp.enterprise_lead_only) == ("农村科技科", "前资助", 2, False)


def test_a_wechat_article_with_emoji_markers_and_run_together_labels() -> None:
    """📌一、 / 🔷专项一｜… / 🔹1.1 …: pictographs mark levels, no text; 【研究内容】…【资助额度】…
    【实施周期】… on one line, no full stop between, are that many fields."""
    guideline = _parse([
        "重磅📢｜2026年度东莞市科技计划项目申报指南发布啦！",
        "📌一、支持方向",
        "🔷专项一｜核心技术攻关（归口：高新技术科）",
        "【共性要求】支持方式均为前资助；须由企业牵头申报；自筹经费与财政资助比例不低于2:1。",
        "🔹1.1 新一代电子信息关键器件研发（DG26-HX01）",
        "【研究内容】突破射频前端芯片设计与封装技术，主要性能指标达到国际先进水平【资助额度】每项100~200万元"
        "【实施周期】不超过3年【支持数量】拟支持2项【申报要求】牵头企业须为高新技术企业，上年度研发费用不低于500万元",
        "🔹1.2 高端数控机床与工业母机核心部件（DG26-HX02）",
        "【研究内容】研发高精度电主轴等核心部件【资助额度】每项不超过150万元【实施周期】24个月",
        "📍二、申报条件",
        "1️⃣申报单位须在东莞市注册。",
    ])
    chips, tools = guideline.leaves
    assert (chips.title, chips.code, chips.office, chips.funding_min_wan, chips.funding_max_wan,
            chips.period_years_max, chips.quota, chips.qualifications, chips.min_rd_spend_wan,
            chips.matching_ratio, chips.enterprise_lead_only) == (
        "新一代电子信息关键器件研发", "DG26-HX01", "高新技术科", 100, 200, 3, 2,
        ["高新技术企业"], 500, 2, True)
    assert (tools.title, tools.funding_max_wan, tools.period_years_max) == (
        "高端数控机床与工业母机核心部件", 150, 2)


def test_letter_roman_directions_and_a_grant_matrix_by_who_leads() -> None:
    """A-Ⅰ / B-Ⅲ-1 headings; 表1 rows by project class (重点项目（前资助）) and columns by who leads
    (企业牵头 | 高校、科研院所牵头): a direction only a firm may lead gets the firm column, one any
    may lead spans both."""
    guideline = _parse([
        "永州市2026年度科技创新计划项目申报指南",
        "一、项目类别与资助标准",
        "本年度项目分为重点项目、一般项目和后补助项目三类，具体见表1。",
        "表1　项目类别与资助标准",
        "项目类别\t企业牵头\t高校、科研院所牵头\t实施期限\t自筹配套",
        "重点项目（前资助）\t80～120万元\t40～60万元\t3年\t2:1",
        "后补助项目\t最高100万元\t—\t—\t—",
        "二、支持方向",
        "A　产业关键核心技术攻关（归口：产业科技科）",
        "A-Ⅰ　锂电新能源材料高效制备技术（YZ26A01）",
        "　　项目类别：重点项目；牵头要求：须由企业牵头；拟支持2项。",
        "A-Ⅱ　电子信息元器件可靠性提升技术（YZ26A02）",
        "　　项目类别：重点项目；牵头要求：企业、高校、科研院所均可牵头；拟支持1项。",
        "B　现代农业与乡村振兴（归口：农村科技科）",
        "B-Ⅲ　道地药材产业",
        "　　本方向设2个子方向。",
        "B-Ⅲ-1　玉竹、黄精规范化种植技术（YZ26B03）",
        "　　项目类别：后补助项目；牵头要求：须由企业牵头。",
        "B-Ⅲ-2　道地药材精深加工（YZ26B04）",
        "　　项目类别：重点项目；牵头要求：须由企业牵头。",
        "三、申报条件",
        "　　（一）申报单位须在永州市行政区域内注册。",
    ])
    lithium, chips, herbs, processing = guideline.leaves
    assert (lithium.title, lithium.code, lithium.office, lithium.funding_min_wan,
            lithium.funding_max_wan, lithium.funding_mode, lithium.period_years_max,
            lithium.matching_ratio) == (
        "锂电新能源材料高效制备技术", "YZ26A01", "产业科技科", 80, 120, "前资助", 3, 2)
    assert (chips.funding_min_wan, chips.funding_max_wan) == (40, 120)
    assert (herbs.title, herbs.funding_max_wan, herbs.funding_mode) == (
        "玉竹、黄精规范化种植技术", 100, "后补助")
    assert (processing.title, processing.office, processing.funding_min_wan) == (
        "道地药材精深加工", "农村科技科", 80)


def test_a_list_of_applicant_kinds_then_jun_ke_alone_is_no_lead_rule() -> None:
    """【申报主体】高校、科研院所、企业均可。 — anyone may apply, said without 申报 or 牵头 after
    均可; 须由企业牵头 beside it stays a firm-only rule."""
    guideline = _parse([
        "一、重点研发专项",
        "1.富硒茶精深加工",
        "【研究内容】开展富硒茶功能成分研究。",
        "【申报主体】高校、科研院所、企业均可。",
        "2.富硒畜禽健康养殖",
        "【研究内容】开展富硒饲料配制研究。",
        "【申报主体】须由企业牵头，联合高校、科研院所共同申报。",
    ])
    tea, livestock = guideline.leaves
    assert (tea.enterprise_lead_only, livestock.enterprise_lead_only) == (False, True)


def test_quoted_direction_paragraphs_a_negative_list_and_yearly_budgets() -> None:
    """“名称”方向。terms… paragraphs are directions; 不予支持的项目 ⏎ （一）重点研发项目非企业牵头申报的
    turns round into that class's rules; 第一年40万元，第二年30万元 is their sum."""
    guideline = _parse([
        "松原市2026年度科技发展计划项目申报指南",
        "一、计划类别及支持方向",
        "（一）重点研发项目（归口：高新技术与产业化科）",
        "　　重点研发项目采取前资助方式，实施期限不超过3年。",
        "　　“油田伴生气回收与轻烃高值化利用”方向。支持轻烃分离技术研发。拟支持2项，每项资助60～100万元。",
        "　　“化工园区危险化学品智能监测预警”方向。支持危化品在线监测技术研发。资助额度：第一年40万元，"
        "第二年30万元。",
        "二、不予支持的项目",
        "　　有下列情形之一的，不予支持：",
        "　　（一）重点研发项目非企业牵头申报的；",
        "　　（二）重点研发项目自筹经费与市财政资助比例低于2:1的；",
        "　　（三）重点研发项目牵头企业上年度研发投入低于200万元的；",
    ])
    gas, chemicals = guideline.leaves
    assert (gas.title, gas.office, gas.funding_min_wan, gas.funding_max_wan, gas.quota,
            gas.enterprise_lead_only, gas.matching_ratio, gas.min_rd_spend_wan) == (
        "油田伴生气回收与轻烃高值化利用", "高新技术与产业化科", 60, 100, 2, True, 2, 200)
    assert (chemicals.funding_min_wan, chemicals.funding_max_wan) == (70, 70)


def test_which_firms_under_a_class_that_names_the_lead_rule_keep_the_class_rule() -> None:
    """本类项目须由企业牵头 above and 申报单位须为高新技术企业 in a direction: the lead rule is the
    class's (the direction says which firms); under 均可牵头 the direction's sentence is its own
    rule. An award clause's 对…企业中上年度研发费用不低于100万元的 is the floor they meet."""
    guideline = _parse([
        "一、支持方向",
        "（一）重点研发项目（归口：高新技术科）",
        "　　本类项目须由企业牵头申报，采取前资助方式。",
        "1.高频印制电路板关键材料",
        "　　研究内容：研究低介电树脂。",
        "　　申报要求：申报单位须为高新技术企业。",
        "（二）农业科技项目（归口：农村科技科）",
        "　　本类项目高校、科研院所和企业均可牵头，采取前资助方式。",
        "1.茶叶精深加工",
        "　　研究内容：研究茶多酚提取。",
        "　　申报要求：申报单位须为高新技术企业。",
        "（三）企业研发奖补（归口：成果转化科）",
        "1.科技型中小企业研发奖补",
        "　　对入库的科技型中小企业中上年度研发费用不低于100万元的，按研发费用的5%给予奖补，最高10万元。",
    ])
    boards, tea, award = guideline.leaves
    assert (boards.enterprise_lead_only, "enterprise_lead_only" in boards.inherited) == (True, True)
    assert (tea.enterprise_lead_only, "enterprise_lead_only" in tea.inherited) == (True, False)
    assert (award.min_rd_spend_wan, award.funding_max_wan) == (100, 10)


def test_a_slide_deck_with_bulleted_directions_continued_slides_and_speaker_notes() -> None:
    """■ 方向1　… is a 方向 heading; – 资助额度：… bullets are fields, never a wrapped line; a
    slide's repeated 专项一　…（续） and ■ 方向3（续） carry the heading met before on; ▲ 本专项规则：
    a｜b｜c states the 专项's terms; 备注（讲者）：… is said to the room; 2∶1 is a ratio."""
    guideline = _parse([
        "恩施州2025年度科技计划项目申报指南",
        "二、申报方向",
        "专项一　富硒特色产业（归口：农村科技科）",
        "▲ 本专项规则：高校、科研院所、企业均可牵头｜前资助｜实施期限2年",
        "■ 方向1　富硒茶精深加工与品质提升",
        "  – 支持内容：富硒茶连续化清洁加工、茶多酚与茶氨酸提取及品质分级技术研究与示范应用",
        "  – 资助额度：50～80万元/项，拟支持2项",
        "  – 申报要求：自筹经费与财政资助比例不低于2∶1，须联合县市农技推广机构实施",
        "■ 方向2　魔芋良种繁育与软腐病绿色防控",
        "  – 支持内容：魔芋脱毒种芋快繁、软腐病生物防控及轮作技术研究与大面积示范推广",
        "备注（讲者）：方向2内容较多，下一页接着讲，平均资助65万元。",
        "第4页 / 共12页",
        "专项一　富硒特色产业（续）",
        "■ 方向2（续）",
        "  – 资助额度：每项20万元",
        "  – 申报要求：依托魔芋主产县开展示范，示范面积不少于500亩，并与合作社签订协议",
        "■ 方向3　道地药材生态种植",
        "  – 资助额度：最高40万元/项",
        "三、申报条件与流程",
        "● 在恩施州注册，具有独立法人资格",
    ])
    assert [leaf.title for leaf in guideline.leaves] == [
        "富硒茶精深加工与品质提升", "魔芋良种繁育与软腐病绿色防控", "道地药材生态种植"]
    tea, konjac, herbs = guideline.leaves
    assert (tea.funding_min_wan, tea.funding_max_wan, tea.quota, tea.matching_ratio) == (
        50, 80, 2, 2)
    assert (konjac.funding_max_wan, konjac.office, konjac.funding_mode, konjac.period_years_max,
            konjac.enterprise_lead_only) == (20, "农村科技科", "前资助", 2, False)
    assert (herbs.funding_max_wan, herbs.funding_mode) == (40, "前资助")


def test_a_revised_draft_reads_as_revised() -> None:
    """A 修订稿 with its marks left in: struck characters (each followed by a combining stroke)
    are gone, 〖new text〗 stays without its brackets — a struck direction is no leaf."""
    def struck(text: str) -> str:
        return "".join(ch + "\u0336" for ch in text)

    guideline = _parse([
        "二、支持方向",
        "（一）重点研发计划（归口：高新技术科）",
        f"　　本类项目须由企业牵头，采取前资助方式，实施期限{struck('2年')}〖不超过3年〗。",
        "1. 煤矿深部开采智能化与灾害防治",
        "　　研究内容：研究千米深井冲击地压监测预警技术。",
        f"　　资助额度：{struck('每项50万元')}〖60～100万元〗，拟支持{struck('3')}〖2〗项。",
        f"{struck('2. 煤基高端碳材料制备技术')}",
        f"　　{struck('资助额度：最高120万元，拟支持1项。')}",
        "〖2. 大数据中心液冷与算力调度技术〗",
        "　　〖资助额度：最高100万元，拟支持1项。〗",
        f"3. {struck('煤矸石综合利用')}〖煤矸石及粉煤灰资源化高值利用〗",
        "　　资助额度：每项50万元。",
    ])
    assert [leaf.title for leaf in guideline.leaves] == [
        "煤矿深部开采智能化与灾害防治", "大数据中心液冷与算力调度技术", "煤矸石及粉煤灰资源化高值利用"]
    mining, cooling, _ = guideline.leaves
    assert (mining.funding_min_wan, mining.funding_max_wan, mining.quota,
            mining.period_years_max) == (60, 100, 2, 3)
    assert cooling.funding_max_wan == 100


def test_a_directions_own_rd_floor_said_after_its_grant() -> None:
    """研究内容：…。资助额度：每项资助80万元。本方向申报企业上年度研发投入不低于300万元。 — the
    direction's own floor, not the 100万元 its class states."""
    guideline = _parse([
        "（一）产业技术攻关项目（归口：高新技术科）",
        "　　本类项目须由企业牵头，申报企业上年度研发投入不低于100万元。",
        "1. 高性能铝合金及铝基新材料",
        "　　研究内容：研究高强高韧铝合金成分设计。资助额度：每项60～100万元。",
        "2. 氢能重卡运营安全监测与加氢技术",
        "　　研究内容：研究氢能重卡运营安全监测。资助额度：每项资助80万元，拟支持1项。本方向申报企业上年度"
        "研发投入不低于300万元。",
    ])
    alloy, hydrogen = guideline.leaves
    assert (alloy.min_rd_spend_wan, hydrogen.min_rd_spend_wan) == (100, 300)
    assert "min_rd_spend_wan" not in hydrogen.inherited


@pytest.mark.parametrize("step", ["\u3000\u3000", "    ", "\t"])
def test_an_outline_shown_only_by_indentation(step: str) -> None:
    """Word's numbering lost on export: plans, groups and directions told apart only by how
    deep they are indented (ideographic spaces, spaces or tabs); a plan's rule is the indented
    sentence under it, a direction's text the lines one step deeper; 申报条件 funds nothing."""
    def at(depth: int, text: str) -> str:
        return step * depth + text

    guideline = _parse([
        "总体要求",
        at(1, "2026年度市本级科技计划财政资金安排2800万元。"),
        "申报方向",
        at(1, "重点研发计划（归口：高新技术科）"),
        at(2, "本计划项目须由企业牵头申报，实施期限3年，采取前资助方式。"),
        at(2, "农畜产品精深加工"),
        at(3, "乳制品功能性配料开发"),
        at(4, "支持乳清蛋白、乳铁蛋白等功能性配料制备与应用技术研发。拟支持2项，每项资助50～80万元。"),
        at(3, "草原肉羊肉牛冷链保鲜与精细分割"),
        at(4, "支持冷鲜肉品质保持及副产物综合利用技术研发。资助不超过60万元。"),
        at(2, "能源与新材料"),
        at(3, "褐煤清洁高效转化利用"),
        at(4, "支持褐煤提质及低阶煤分级利用关键技术攻关。资助100～150万元，实施期限2年。"),
        at(1, "科技成果转化后补助（归口：成果转化科）"),
        at(2, "新认定自治区级企业研发中心补助"),
        at(3, "对上年度新认定为自治区级企业研发中心的企业，一次性给予30万元后补助。"),
        "申报条件",
        at(1, "申报单位基本条件"),
        at(2, "在本市注册、具有独立法人资格，近三年无不良信用记录。"),
        at(1, "项目负责人条件"),
        at(2, "每名项目负责人限申报1项。"),
    ])
    assert [(leaf.title, leaf.group) for leaf in guideline.leaves] == [
        ("乳制品功能性配料开发", "农畜产品精深加工"),
        ("草原肉羊肉牛冷链保鲜与精细分割", "农畜产品精深加工"),
        ("褐煤清洁高效转化利用", "能源与新材料"), ("新认定自治区级企业研发中心补助", None)]
    dairy, meat, coal, centre = guideline.leaves
    assert (dairy.office, dairy.enterprise_lead_only, dairy.period_years_max, dairy.funding_mode,
            dairy.funding_min_wan, dairy.funding_max_wan, dairy.quota) == (
        "高新技术科", True, 3, "前资助", 50, 80, 2)
    assert (meat.funding_max_wan, coal.period_years_max, coal.funding_min_wan) == (60, 2, 100)
    assert (centre.office, centre.funding_max_wan, centre.funding_mode) == ("成果转化科", 30, "后补助")


def test_yi_shi_directions_under_field_headings_and_tiers_defined_among_a_plans_items() -> None:
    """一是…。 lines are directions of the 领域 they follow (numbered anew under each); tiers
    a plan defines among its items (分为重点项目和一般项目两个档次： ⏎ （1）重点项目：…) are the
    terms of the directions that name them (项目档次：重点项目), not directions."""
    fields = _parse([
        "二、重点支持领域及方向",
        "领域一：能源与新型工业（责任科室：高新技术科）",
        "本领域项目采取前资助方式，须由企业牵头申报。本领域重点支持以下方向：",
        "一是煤矿智能化开采与灾害防治关键技术。",
        "研究智能化综采技术。每项资助80万～150万元，拟支持2项。",
        "二是磷煤化工固废资源化利用技术。",
        "研究磷石膏协同制备新型建材技术。资助额度不超过100万元。",
        "领域二：山地特色高效农业（责任科室：农村科技科）",
        "本领域项目采取前资助方式，企业、高校、科研院所均可牵头申报。重点支持以下方向：",
        "一是刺梨功能成分提取与精深加工技术。",
        "研究刺梨功能成分稳定化提取技术。资助30万～50万元。",
    ])
    assert [(leaf.title, leaf.office, leaf.enterprise_lead_only) for leaf in fields.leaves] == [
        ("煤矿智能化开采与灾害防治关键技术", "高新技术科", True),
        ("磷煤化工固废资源化利用技术", "高新技术科", True),
        ("刺梨功能成分提取与精深加工技术", "农村科技科", False)]
    tiers = _parse([
        "第二部分 重点研发计划",
        "本计划项目分为重点项目和一般项目两个档次：",
        "（1）重点项目：采取前资助方式，每项资助50万～100万元，实施期限不超过3年，须由企业牵头申报。",
        "（2）一般项目：采取前资助方式，每项资助不超过30万元，实施期限不超过2年，企业、高校均可牵头申报。",
        "1 石化及精细化工领域（归口：高新技术科）",
        "1.1 高端润滑油基础油加氢异构化技术",
        "研究内容：开发高活性加氢异构化催化剂。",
        "项目档次：重点项目",
        "1.2 辽河口湿地碱蓬群落生态修复技术",
        "研究内容：研究退化碱蓬群落土壤改良技术。",
        "项目档次：一般项目",
        "实施期限：18个月。",
    ])
    oil, wetland = tiers.leaves
    assert (oil.title, oil.funding_min_wan, oil.funding_max_wan, oil.period_years_max,
            oil.enterprise_lead_only) == ("高端润滑油基础油加氢异构化技术", 50, 100, 3, True)
    assert (wetland.funding_max_wan, wetland.period_years_max, wetland.enterprise_lead_only) == (
        30, 1.5, False)


def test_a_heading_over_both_award_kinds_and_an_applicant_that_applies_something() -> None:
    """三、后补助及奖补项目 holds both kinds: an item's own 给予奖补 is its mode; 【支持对象】…
    转化应用科技成果…的企业 names firms (应用 states no rule of its own)."""
    guideline = _parse([
        "三、后补助及奖补项目（责任科室：成果转化科）",
        "（一）企业研发投入后补助",
        "【支持对象】上年度研发费用不低于100万元的规上工业企业。",
        "【支持标准】按上年度研发费用增量部分的10%给予后补助，单个企业最高50万元。",
        "（二）科技成果转化奖补",
        "【支持对象】在本市内转化应用科技成果并实际支付技术交易额的企业。",
        "【支持标准】按技术合同实际成交额的5%给予奖补，单个企业最高30万元。",
    ])
    rd, transfer = guideline.leaves
    assert (rd.funding_mode, rd.funding_max_wan) == ("后补助", 50)
    assert (transfer.funding_mode, transfer.enterprise_lead_only, transfer.funding_max_wan) == (
        "奖补", True, 30)


def test_a_page_copied_in_its_traditional_character_view() -> None:
    """Read through a simplified copy, offset for offset: headings, labels and sections are
    found; titles and offices are kept as written, named values in the catalogue's words."""
    guideline = _parse([
        "一、總體要求",
        "　　2025年度市級科技計劃市財政安排資金1.2億元。",
        "二、支持方向",
        "（一）重大科技攻關專項（歸口處室：高新技術處）",
        "　　本專項採取前資助方式，須由企業牽頭申報，實施期限不超過3年。",
        "1. 第三代半導體功率器件及模組（XM2025ZD01）",
        "　　研究內容：研究碳化矽MOSFET器件設計與製造工藝。",
        "　　支持強度：每項200～300萬元，擬支持2項。",
        "（二）兩岸科技合作專項（歸口處室：對外合作處）",
        "　　本專項採取前資助方式，高校、科研院所和企業均可牽頭，實施期限2年。",
        "1. 兩岸中醫藥傳承創新合作（XM2025LA02）",
        "　　支持強度：每項50萬元，擬支持3項。",
        "三、申報條件",
        "　　（一）申報單位須在廈門市行政區域內註冊。",
    ])
    assert [(leaf.title, leaf.office, leaf.code) for leaf in guideline.leaves] == [
        ("第三代半導體功率器件及模組", "高新技術處", "XM2025ZD01"),
        ("兩岸中醫藥傳承創新合作", "對外合作處", "XM2025LA02")]
    chips, medicine = guideline.leaves
    assert (chips.funding_min_wan, chips.funding_max_wan, chips.quota, chips.funding_mode,
            chips.enterprise_lead_only, chips.period_years_max) == (200, 300, 2, "前资助", True, 3)
    assert chips.content == "研究碳化矽MOSFET器件設計與製造工藝。"
    assert (medicine.funding_max_wan, medicine.enterprise_lead_only) == (50, False)


def test_an_ocr_text_layer_reads_its_digits_back() -> None:
    """OCR reads 0 as O and 1 as l: 5O~l0O万元, 拟支持l项, l:l, 8O万兀, l8个月, a heading's l. —
    read as the numbers they are; a word such as MOSFET or VC is left alone."""
    guideline = _parse([
        "  2O24年度州级科技计划州财政安排资金3OOO万元。",
        "(一)重点研发计划(归口科室:高新技术科)",
        "  本计划采取前资助方式，须由企业牵头申报，实施期限不超过2",
        "年。",
        "1.煤矿智能化开采与瓦斯灾害防治",
        "  研究内容:研究VC提取及MOSFET器件技术。",
        "  支持强度:5O~l0O万元，拟支持2项。",
        "  申报要求:申报企业上年度研发投入不低于2",
        "OO万元。",
        "2.煤矸石及粉煤灰固废资源化综合利用",
        "  支持强度:最高8O万兀，拟支持l项。",
        "  申报要求:自筹经费与财政资助比例不低于l:l。",
        "l.喀斯特石漠化综合治理",
        "  支持强度:最高3O万元。实施期限l8个月。自筹资金不低于财政资助的l.5倍。",
    ])
    mine, ash, karst = guideline.leaves
    assert (mine.funding_min_wan, mine.funding_max_wan, mine.min_rd_spend_wan) == (50, 100, 200)
    assert "VC" in (mine.content or "") and "MOSFET" in (mine.content or "")
    assert (ash.funding_max_wan, ash.quota, ash.matching_ratio) == (80, 1, 1)
    assert (karst.title, karst.funding_max_wan, karst.period_years_max, karst.matching_ratio) \
        == ("喀斯特石漠化综合治理", 30, 1.5, 1.5)  # (l.5倍: a decimal's first digit too)


def test_a_docx_turned_into_markdown_by_pandoc() -> None:
    """pandoc's escapes (1\\. 标题, 300\\~500万元), the backslash ending a broken line, an image
    with its {width=…}, and -   **瞪羚企业培育奖补**：对… items named before their colon."""
    guideline = _parse([
        '![](media/image1.png){width="6.1in" height="0.35in"}',
        "",
        "# 无锡市2026年度科技发展资金项目申报指南",
        "",
        "## 二、支持方向",
        "",
        "### （一）产业前瞻与关键核心技术攻关（归口处室：高新技术处）",
        "",
        "本类项目采取前资助方式；须由企业牵头申报，实施期限3年。",
        "",
        "1\\. 集成电路先进封装与测试（WX2026CY01）",
        "",
        "**研究内容**：研究晶圆级封装及先进封装可靠性测试技术。\\",
        "**支持强度**：每项300\\~500万元，拟支持2项。",
        "",
        "### （三）创新主体培育（归口处室：企业创新处）",
        "",
        "本类项目按政策兑现，不组织专家评审。",
        "",
        "-   **瞪羚企业培育奖补**：对首次认定的无锡市瞪羚企业，给予以奖代补50万元。",
        "",
        "-   **企业研发投入后补助**：对上年度研发费用1000万元以上的规上企业，按研发费用增量的10%给予"
        "后补助，最高3,000,000元。",
        "",
        "## 三、申报条件",
        "",
        "1\\. 申报单位须在无锡市注册，具有独立法人资格。",
    ])
    assert [leaf.title for leaf in guideline.leaves] == [
        "集成电路先进封装与测试", "瞪羚企业培育奖补", "企业研发投入后补助"]
    chips, gazelle, rd = guideline.leaves
    assert (chips.code, chips.funding_min_wan, chips.funding_max_wan, chips.quota) == (
        "WX2026CY01", 300, 500, 2)
    assert (gazelle.funding_max_wan, gazelle.funding_mode) == (50, "奖补")
    assert (rd.funding_max_wan, rd.funding_mode, rd.min_rd_spend_wan) == (300, "后补助", 1000)


def test_a_printed_booklet_keeps_its_headings_with_their_page_numbers() -> None:
    """叁、申报条件………… 8 in the body, each followed by its text: a booklet's heading with the
    page it is on (a table of contents is three or more such lines in a row)."""
    guideline = _parse([
        "目录",
        "壹、总体要求…………………… 1",
        "贰、支持方向…………………… 2",
        "叁、申报条件…………………… 8",
        "壹、总体要求…………………… 1",
        "　　2024年度市级科技计划安排资金3000万元。",
        "贰、支持方向…………………… 2",
        "（一）能源化工与新材料领域（归口科室：高新技术科）………………… 2",
        "　　本领域项目采取前资助方式，须由企业牵头申报，实施期限3年。",
        "1.煤油气综合利用高值化技术（YA24GX01）……………………………… 2",
        "　　研究内容：研究煤焦油综合利用制取高端化学品关键技术。",
        "　　支持强度：每项100～150万元，拟支持1项。",
        "2.油田采出水处理与回注技术（YA24GX02）······················ 3",
        "　　支持强度：不超过80万元，拟支持2项。",
        "叁、申报条件…………………… 8",
        "1.申报单位须为在延安市注册的独立法人单位。",
    ])
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in guideline.leaves] == [
        ("煤油气综合利用高值化技术", "YA24GX01", "高新技术科", 150, 3),
        ("油田采出水处理与回注技术", "YA24GX02", "高新技术科", 80, 3)]


def test_directions_listed_in_one_paragraph_and_described_by_number() -> None:
    """本计划设3个方向：①名称（代码）；②… then ①…, ②… paragraphs: each paragraph is its
    direction, named as listed; a listing no paragraph takes up by number stays a list."""
    guideline = _parse([
        "（一）重点研发计划（归口科室：高新技术科）",
        "　　本计划项目采取前资助方式，须由企业牵头申报，实施期限3年。",
        "　　本计划设3个方向：①高端装备关键零部件精密制造（QHD25ZY01）；②葡萄酒酿造微生物资源开发与应用"
        "（QHD25ZY02）；③智慧港口多式联运调度（QHD25ZY03）。",
        "　　①研究数控机床电主轴的精密加工技术。每项支持100～200万元，拟支持1项。",
        "　　②研究本土酿酒微生物资源的筛选技术。每项最高80万元。",
        "　　③研究码头智能装卸调度技术。每项不超过1,500,000元，不限项数。",
        "（二）科技成果转化与企业培育（归口科室：成果转化科）",
        "　　本类设2个方向：①技术合同交易奖补（QHD25CZ01）；②企业研发投入后补助（QHD25CZ02）。",
        "　　①对上年度在我市认定登记的技术合同中，技术交易额在300万元以上的企业，按技术交易额的2%给予奖补，"
        "单个企业最高30万元。",
        "　　②对上年度研发费用在1000万元以上的高新技术企业，按研发费用增量的10%给予后补助，每家最高100万元。",
    ])
    assert [(leaf.title, leaf.code) for leaf in guideline.leaves] == [
        ("高端装备关键零部件精密制造", "QHD25ZY01"), ("葡萄酒酿造微生物资源开发与应用", "QHD25ZY02"),
        ("智慧港口多式联运调度", "QHD25ZY03"), ("技术合同交易奖补", "QHD25CZ01"),
        ("企业研发投入后补助", "QHD25CZ02")]
    machine, wine, port, contracts, rd = guideline.leaves
    assert (machine.funding_min_wan, machine.funding_max_wan, machine.enterprise_lead_only) == (
        100, 200, True)
    assert (wine.funding_max_wan, port.funding_max_wan) == (80, 150)
    assert (contracts.enterprise_lead_only, contracts.funding_max_wan) == (True, 30)
    assert (rd.min_rd_spend_wan, rd.funding_mode) == (1000, "后补助")


def test_directions_pasted_as_a_json_export() -> None:
    """An array of records from the bureau's system: each record a direction, named by its
    方向名称 line; （元）/（月）/（万元） keys give units; an empty field states nothing; 所属专题 takes
    the terms that 专题's heading states elsewhere; 研发投入门槛 is a floor."""
    records = [
        {"序号": 1, "方向代码": "ZH2026GG01", "方向名称": "集成电路设计EDA工具",
         "所属专题": "产业核心技术攻关专题", "归口处室": "高新技术处",
         "研究内容": "1.研究EDA算法；\n2.形成EDA工具原型。", "资助方式": "",
         "资助上限（元）": 3000000, "资助下限（元）": 2000000, "实施周期（月）": 36,
         "牵头要求": "", "研发投入门槛（万元）": 1000, "备注": ""},
        {"序号": 2, "方向代码": "ZH2026JL01", "方向名称": "高新技术企业首次认定奖励",
         "所属专题": "企业创新激励专题", "归口处室": "成果转化处", "资助方式": "以奖代补",
         "资助上限（元）": 200000, "资助下限（元）": 200000, "实施周期（月）": None,
         "备注": "对2025年度首次通过认定的高新技术企业给予一次性奖励"},
    ]
    guideline = _parse([
        "二、专题设置及通用政策",
        "（一）产业核心技术攻关专题。本专题项目采取前资助方式，须由企业牵头申报。",
        "（二）企业创新激励专题。本专题采取后补助方式，按政策兑现。",
        "三、支持方向（系统导出数据）",
        *json.dumps(records, ensure_ascii=False, indent=2).splitlines(),
        "四、申报条件",
        "1.申报单位须为在珠海市注册的独立法人单位。",
    ])
    assert [(leaf.title, leaf.code, leaf.office) for leaf in guideline.leaves] == [
        ("集成电路设计EDA工具", "ZH2026GG01", "高新技术处"),
        ("高新技术企业首次认定奖励", "ZH2026JL01", "成果转化处")]
    eda, award = guideline.leaves
    assert (eda.funding_min_wan, eda.funding_max_wan, eda.period_years_max, eda.min_rd_spend_wan,
            eda.funding_mode, eda.enterprise_lead_only) == (200, 300, 3, 1000, "前资助", True)
    assert (award.funding_min_wan, award.funding_max_wan, award.funding_mode,
            award.enterprise_lead_only) == (20, 20, "奖补", True)


def test_a_directions_own_terms_said_among_its_requirements() -> None:
    """申报要求：本方向支持强度为每项不超过200万元 / 本方向采取里程碑式补助 / …；拟支持2项；上年度
    研发费用不低于300万元 / 拟支持2项，实施期限18个月。: the direction's own, not the plan's."""
    guideline = _parse([
        "一、重点研发计划（归口：高新技术科）",
        "支持方式：后补助。",
        "支持强度：每项100～300万元。",
        "实施期限：2年。",
        "1.生物可降解材料改性及制品开发（PY2025ZD02）",
        "研究内容：研究PBAT、PLA等生物可降解材料共混改性技术。",
        "申报要求：本方向支持强度为每项不超过200万元，拟支持1项。",
        "2.首台（套）装备研发与推广应用（PY2025CZ02）",
        "支持内容：支持企业研制首台（套）重大技术装备。",
        "申报要求：本方向按实际研发投入的30%给予补助，最高不超过150万元；拟支持2项；上年度研发费用不低于300万元。",
        "3.中试熟化与概念验证（PY2025CZ03）",
        "支持内容：支持企业建设中试熟化平台。",
        "申报要求：本方向采取里程碑式补助，按中期、验收两个节点分两次拨付。",
        "4.智慧养老与医养结合服务（PY2025CZ04）",
        "研究内容：研究社区居家养老智能监护技术。",
        "拟支持2项，实施期限18个月。",
    ])
    plastics, first_set, pilot, care = guideline.leaves
    assert (plastics.funding_min_wan, plastics.funding_max_wan) == (None, 200)
    assert (first_set.funding_max_wan, first_set.min_rd_spend_wan) == (150, 300)
    assert (pilot.funding_mode, "funding_mode" in pilot.inherited) == ("里程碑式补助", False)
    assert (care.quota, care.period_years_max) == (2, 1.5)


def test_translations_on_the_same_line_a_mind_map_and_a_box_drawn_table() -> None:
    """二、支持方向 / 2. 지원 방향 is read in Chinese; a mind map's ├─ └─ │ branches go and its 共性
    要求 node's terms are its plan's; a box-drawn table's rows whose cells wrap over lines (the
    last ones empty) are one row each, the code read from 方向名称及代码."""
    korean = _parse([
        "二、支持方向 / 2. 지원 방향",
        "（一）重点研发项目（归口科室：高新技术科） / (1) 중점연구개발 프로젝트(주관과: 첨단기술과)",
        "　　本类项目采取前资助方式，须由企业牵头申报，实施期限3年。 / 본 류형의 프로젝트는 사전지원 방식을 채택한다.",
        "1.人参皂苷高效转化与精深加工技术（YJ25ZD01） / 1. 인삼 사포닌 고효률 전환 및 정밀가공 기술(YJ25ZD01)",
        "　　研究内容：研究人参稀有皂苷定向转化技术。 / 연구내용: 인삼 희귀 사포닌 정향 전환 기술을 연구한다.",
        "　　支持强度：每项80～120万元，拟支持2项。 / 지원강도: 항목당 80만~120만 위안, 2개 항목 지원 예정.",
        "2.冰雪装备轻量化复合材料（YJ25ZD05） / 2. 빙설장비 경량화 복합재료(YJ25ZD05)",
        "　　支持强度：每项30～50万元。实施期限：18个月。 / 지원강도: 항목당 30만~50만 위안. 실시기한: 18개월.",
    ])
    assert [(leaf.title, leaf.code, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in korean.leaves] == [
        ("人参皂苷高效转化与精深加工技术", "YJ25ZD01", 120, 3),
        ("冰雪装备轻量化复合材料", "YJ25ZD05", 50, 1.5)]
    mind_map = _parse([
        "武威市2026年度科技计划项目申报指南",
        "├─ 二、支持方向",
        "│  ├─ （一）重点研发计划（归口：高新技术科）",
        "│  │  ├─ 共性要求",
        "│  │  │  ├─ 支持方式：前资助",
        "│  │  │  ├─ 实施周期：3年",
        "│  │  │  └─ 牵头单位：须由企业牵头申报",
        "│  │  ├─ 1. 戈壁设施农业智能装备研发（WW26ZD01）",
        "│  │  │  ├─ 研究内容：研发日光温室环境智能调控及作业机器人等装备，在示范园区应用面积500亩以上",
        "│  │  │  ├─ 资助额度：每项80～120万元",
        "│  │  │  └─ 申报条件：申报企业须为高新技术企业，上年度研发投入不低于300万元",
        "│  │  └─ 2. 沙生植物资源高值化利用（WW26ZD02）",
        "│  │     ├─ 研究内容：研究梭梭、肉苁蓉、沙棘等沙生植物有效成分提取与功能产品开发",
        "│  │     ├─ 资助额度：每项不超过60万元",
        "│  │     └─ 实施周期：2年",
        "└─ 三、申报时间",
        "   └─ 2026年3月1日至3月31日",
    ])
    assert [(leaf.title, leaf.funding_max_wan, leaf.period_years_max, leaf.funding_mode,
             leaf.enterprise_lead_only) for leaf in mind_map.leaves] == [
        ("戈壁设施农业智能装备研发", 120, 3, "前资助", True),
        ("沙生植物资源高值化利用", 60, 2, "前资助", True)]
    boxed = _parse([
        "（二）乡村振兴科技示范计划（归口科室：农村科技科）",
        "　　本计划项目采取前资助方式，企业、高校、科研院所均可牵头申报，实施期限2年。",
        "┌────┬────────────────────────┬──────────────┬────────┬────────────────┐",
        "│序号│方向名称及代码          │资助额度      │拟支持数│其他要求        │",
        "├────┼────────────────────────┼──────────────┼────────┼────────────────┤",
        "│1   │油茶高产品种选育与低产林│每项20～40万元│2项     │—              │",
        "│    │改造（BS24NY01）        │              │        │                │",
        "├────┼────────────────────────┼──────────────┼────────┼────────────────┤",
        "│2   │糖料蔗全程机械化与智能收│每项不超过35万│不限    │须由企业牵头申报│",
        "│    │获（BS24NY03）          │元            │        │                │",
        "└────┴────────────────────────┴──────────────┴────────┴────────────────┘",
    ])
    assert [(leaf.title, leaf.code, leaf.funding_max_wan, leaf.enterprise_lead_only)
            for leaf in boxed.leaves] == [
        ("油茶高产品种选育与低产林改造", "BS24NY01", 40, False),
        ("糖料蔗全程机械化与智能收获", "BS24NY03", 35, True)]


def test_questions_naming_directions_cells_one_per_line_and_ditto_marks() -> None:
    """问6：“名称”方向（代码）支持什么？ ⏎ 答：… — each such question is its direction, a question
    about the plan's terms gives the plan its answer; a web table pasted one cell per line under
    a 序号 ⏎ 方向名称 ⏎ … header; 〃 in a table cell says what the cell above says."""
    asked = _parse([
        "二、重点研发计划（归口科室：高新技术科）",
        "问5：重点研发计划的共性要求是什么？",
        "答：重点研发计划统一采取前资助方式，实施期限不超过3年，须由企业牵头申报。",
        "问6：“锂电新能源正极材料关键技术”方向（FZ25ZD01）支持什么？资助多少？",
        "答：支持研究磷酸锰铁锂正极材料合成技术。每项资助100～150万元，拟支持2项。",
        "问7：“生物医药中间体绿色合成工艺”方向（FZ25ZD02）支持什么？",
        "答：支持研究医药中间体连续流合成技术。每项资助不超过80万元，实施期限2年。",
        "问8：“数字经济应用场景示范”方向（FZ25ZD05）可以由高校牵头吗？",
        "答：可以。每项资助30～50万元，企业、高校、科研院所均可牵头申报。",
        "三、申报程序",
        "问20：如何申报？",
        "答：登录系统在线填报。",
    ])
    assert [(leaf.title, leaf.code, leaf.funding_max_wan, leaf.period_years_max,
             leaf.enterprise_lead_only) for leaf in asked.leaves] == [
        ("锂电新能源正极材料关键技术", "FZ25ZD01", 150, 3, True),
        ("生物医药中间体绿色合成工艺", "FZ25ZD02", 80, 2, True),
        ("数字经济应用场景示范", "FZ25ZD05", 50, 3, False)]
    pasted = _parse([
        "（一）重点研发计划（归口科室：高新技术科）",
        "本计划采取前资助方式，须由企业牵头申报，实施期限3年。支持方向见下表。",
        "",
        "序号", "方向名称", "方向代码", "主要支持内容", "资助额度", "拟支持项数", "其他要求",
        "",
        "1", "普洱茶精深加工与功能成分利用", "PE24ZD01", "研究普洱茶茶多酚提取与功能食品开发。",
        "80～120万元", "2项", "申报企业须为高新技术企业",
        "2", "咖啡鲜果精品化加工关键技术", "PE24ZD02", "研究咖啡鲜果厌氧发酵处理工艺。",
        "不超过60万元", "2项", "实施期限2年",
        "",
        "二、申报条件",
        "申报单位须为在普洱市注册的独立法人单位。",
    ])
    assert [(leaf.title, leaf.code, leaf.funding_max_wan, leaf.quota, leaf.period_years_max)
            for leaf in pasted.leaves] == [
        ("普洱茶精深加工与功能成分利用", "PE24ZD01", 120, 2, 3),
        ("咖啡鲜果精品化加工关键技术", "PE24ZD02", 60, 2, 2)]
    ditto = _parse([
        "（一）重点研发计划",
        "本计划采取前资助方式，须由企业牵头申报。",
        "序号\t项目名称\t指南代码\t归口科室\t资助额度\t实施期限",
        "1\t寒地水稻精深加工关键技术\tSH26ZD01\t高新技术科\t100～150万元\t3年",
        "2\t大豆蛋白精深加工关键技术\tSH26ZD02\t〃\t〃\t2年",
        "3\t马铃薯全粉制备技术\tSH26ZD03\t同上\t最高80万元\t〃",
    ])
    assert [(leaf.title, leaf.office, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in ditto.leaves] == [
        ("寒地水稻精深加工关键技术", "高新技术科", 150, 3),
        ("大豆蛋白精深加工关键技术", "高新技术科", 150, 2),
        ("马铃薯全粉制备技术", "高新技术科", 80, 2)]


def test_industry_chains_tiers_in_brackets_and_an_applicants_section() -> None:
    """产业链一：… is a keyword heading over its 方向N (numbered anew in each chain); a title's
    （重大专项） names its tier in a terms table; 一、申报主体 funds nothing; 研发费用首次突破1000
    万元 is a floor of 1000."""
    chains = _parse([
        "一、申报主体",
        "　　在本区注册登记、具有独立法人资格的企业及其他法人单位。",
        "二、支持方向",
        "产业链一：纺织鞋服产业链",
        "　　本产业链方向均采取前资助方式，须由企业牵头申报，项目实施期限2年。",
        "　　方向1：运动鞋材轻量化与高回弹功能材料开发（JJ25FZ01）",
        "　　资助额度：不超过80万元。",
        "产业链二：食品饮料产业链",
        "　　本产业链方向采取前资助方式，企业、高校、科研院所均可牵头申报，项目实施期限2年。",
        "　　方向1：休闲食品减盐减糖与品质提升技术（JJ25SP01）",
        "　　资助额度：不超过50万元。",
        "　　方向2：研发费用规模突破补助",
        "　　支持对象：上年度研发费用首次突破1000万元、5000万元的企业。",
        "　　支持标准：分别给予50万元、100万元补助。",
    ])
    assert [(leaf.title, leaf.plan, leaf.enterprise_lead_only) for leaf in chains.leaves] == [
        ("运动鞋材轻量化与高回弹功能材料开发", "纺织鞋服产业链", True),
        ("休闲食品减盐减糖与品质提升技术", "食品饮料产业链", False),
        ("研发费用规模突破补助", "食品饮料产业链", True)]  # (its 支持对象 names firms)
    assert chains.leaves[2].min_rd_spend_wan == 1000
    tiers = _parse([
        "一、总体要求",
        "　　2023年度市科技计划按项目类别组织申报。",
        "二、项目类别及资助标准",
        "　　各类项目的资助方式、资助额度、实施期限等标准见表1。",
        "表1  2023年度科技计划项目类别及资助标准",
        "项目类别\t资助方式\t资助额度\t实施期限\t牵头单位要求",
        "重大专项\t前资助\t每项200万元～300万元\t3年\t须由企业牵头",
        "一般项目\t前资助\t每项10万元\t2年\t企业、高校均可牵头",
        "三、支持方向",
        "（一）数字经济与先进制造领域（归口科室：高新技术科）",
        "1．铜基新材料精深加工关键技术研发（重大专项）",
        "指南代码：2023FZZX01",
        "研究内容：研究高强高导铜合金制备技术。",
        "2．工业软件应用示范（一般项目）",
        "指南代码：2023FZYB01",
        "研究内容：研究工业软件应用。",
    ])
    copper, software = tiers.leaves
    assert (copper.title, copper.funding_min_wan, copper.funding_max_wan, copper.period_years_max,
            copper.enterprise_lead_only) == ("铜基新材料精深加工关键技术研发", 200, 300, 3, True)
    assert (software.title, software.funding_max_wan) == ("工业软件应用示范", 10)


def test_a_guideline_in_chapters_and_articles() -> None:
    """第四条　X（归口科室：…）重点支持以下方向： heads the items under it; 第七条　X采取… and
    第十一条　X须由企业牵头… are X's terms (not every direction's); 对第六条第（一）项所列平台
    给予… is that item's."""
    guideline = _parse([
        "第二章　支持方向",
        "　　第四条　重点研发计划项目（归口科室：高新技术科）重点支持以下方向：",
        "　　（一）新一代信息技术与数字经济（指南代码：LF24ZD01）。重点支持工业互联网融合应用。",
        "　　（二）新材料（指南代码：LF24ZD04）。重点支持高性能复合材料研发。",
        "　　第六条　科技创新平台建设补助（归口科室：科研平台科）支持以下事项：",
        "　　（一）新获批建设的国家级科技创新平台（指南代码：LF24PT01）。",
        "　　（二）新认定的市级工程技术研究中心（指南代码：LF24PT03）。",
        "第三章　支持方式与额度",
        "　　第七条　重点研发计划项目采取前资助方式，单个项目市财政资助额度不超过100万元，项目实施期限不超过"
        "2年。第四条第（二）项所列方向项目实施期限不超过3年。",
        "　　第九条　科技创新平台建设补助采取以奖代补方式。对第六条第（一）项所列平台给予一次性奖励200万元；"
        "对第六条第（二）项所列平台给予最高10万元奖励。",
        "第四章　申报条件",
        "　　第十条　申报单位应当是在本市注册登记、具有独立法人资格的单位。",
        "　　第十一条　重点研发计划项目须由企业牵头申报。牵头企业上年度研发投入不低于200万元。",
    ])
    digital, materials, national, city = guideline.leaves
    assert (digital.office, digital.funding_mode, digital.funding_max_wan, digital.period_years_max,
            digital.enterprise_lead_only, digital.min_rd_spend_wan) == (
        "高新技术科", "前资助", 100, 2, True, 200)
    assert materials.period_years_max == 3
    assert (national.office, national.funding_mode, national.funding_max_wan,
            national.enterprise_lead_only, national.min_rd_spend_wan) == (
        "科研平台科", "奖补", 200, None, None)
    assert city.funding_max_wan == 10


def test_terms_in_sections_beside_the_list_and_in_a_closing_standards_section() -> None:
    """（二）支持方式 beside （三）榜单清单 states the plan's terms; 四、支持标准 ⏎ 1.名称：… gives
    each direction named its terms, and what it says under a class's own title is the class's."""
    lists = _parse([
        "二、揭榜挂帅项目（归口处室：成果转化与区域创新处）",
        "（一）发榜方式",
        "　　由企业提出技术需求并承诺出资，面向全社会公开发榜。",
        "（二）支持方式",
        "　　市财政按榜单金额的30%给予揭榜方资助，单个榜单最高资助300万元。采取前资助方式，实施期限2年。",
        "（三）榜单清单",
        "1.榜单名称：新能源汽车驱动电机用低重稀土钕铁硼磁体",
        "榜单编号：JB2025-01",
        "榜单金额：1200万元",
        "2.榜单名称：高速精密注塑机全闭环伺服控制系统",
        "榜单编号：JB2025-02",
        "榜单金额：1000万元",
    ])
    assert [(leaf.code, leaf.funding_max_wan, leaf.funding_mode, leaf.period_years_max)
            for leaf in lists.leaves] == [("JB2025-01", 300, "前资助", 2), ("JB2025-02", 300, "前资助", 2)]
    standards = _parse([
        "一、研发创新类（责任科室：科技创新科）",
        "（1）企业研发费用补助（项目代码：HJ23-01）",
        "支持对象：上年度研发费用不低于500万元的规上工业企业。",
        "（2）重点领域关键技术攻关项目（项目代码：HJ23-03）",
        "支持方向：智能家电等主导产业关键核心技术。",
        "二、平台载体类（责任科室：创新平台科）",
        "（1）国家级创新平台奖励（项目代码：HJ23-05）",
        "支持对象：新获批的国家级重点实验室的依托单位。",
        "三、支持标准",
        "（一）研发创新类",
        "1.企业研发费用补助：按企业上年度研发费用增量部分的10%给予后补助，单个企业最高100万元。",
        "2.重点领域关键技术攻关项目：采取前资助方式，每项资助50～100万元，项目实施期限2年。",
        "（二）平台载体类",
        "本类资金均采取以奖代补方式，一次性拨付。",
        "1.国家级创新平台奖励：给予依托企业一次性奖励300万元。",
        "四、申报要求",
        "（一）申报单位须在本区注册。",
    ])
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.funding_mode)
            for leaf in standards.leaves] == [
        ("HJ23-01", None, 100, "后补助"), ("HJ23-03", 50, 100, "前资助"), ("HJ23-05", 300, 300, "奖补")]


def test_a_chat_export_a_file_viewers_line_numbers_and_rtf_markup() -> None:
    """A guideline posted as a group's messages (time and sender lines, others' 收到, 接上条：);
    one copied from a file viewer (  12 | …, wrapped rows after a bare bar); an RTF file read as
    text (\\pard\\b 1.\\~名称\\b0\\par, table rows …\\cell…\\row) — each read as the guideline."""
    def message(time: str, sender: str, *lines: str) -> list[str]:
        return [f"2024-03-11 {time} {sender}", *lines, ""]

    chat = _parse([
        "群聊：茂名市科技计划项目申报联络群（356人）",
        *message("09:05:22", "茂名市科技局-陈晓", "二、支持方向",
                 "（一）重点领域研发计划（归口科室：高新技术科）",
                 "共性要求：本计划采取前资助方式，须由企业牵头申报。"),
        *message("09:06:10", "电白区科工商务局-吴敏", "收到"),
        *message("09:07:31", "茂名市科技局-陈晓", "1. 石化中间体高值化利用（MM24ZD01）",
                 "支持炼化副产碳四、碳五高值化利用技术研究。每项资助80～120万元，拟支持2项。"),
        *message("09:08:02", "化州市化橘红协会-何静", "👍👍"),
        *message("09:09:40", "茂名市科技局-林志强", "接上条：本方向企业自筹经费与市财政资助经费比例不低于2:1。"),
        *message("09:10:12", "茂名市科技局-陈晓", "2. 海洋装备研发（MM24ZD02）",
                 "支持海上风电运维船舶研发。每项最高1,500,000元。"),
    ])
    assert [(leaf.title, leaf.funding_max_wan, leaf.enterprise_lead_only, leaf.matching_ratio)
            for leaf in chat.leaves] == [
        ("石化中间体高值化利用", 120, True, 2), ("海洋装备研发", 150, True, None)]
    viewer = _parse([
        "资阳市2025年度科技计划项目申报指南.txt  （UTF-8，48行）  [下载]",
        "------+------------------------------------------------",
        "   1 | 二、支持方向",
        "   2 | （一）重点研发计划（归口科室：高新技术科）",
        "   3 | 本计划采取前资助方式，须由企业牵头申报。",
        "   4 | 1. 口腔医疗器械关键材料研发（ZY25ZD01）",
        "   5 | 支持氧化锆义齿材料研发与注册申报。每项资助100～150万元，拟支持2项。",
        "   6 | 2. 汽车零部件轻量化制造技术（ZY25ZD02）",
        "   7 | 支持铝合金压铸轻量化工艺研究。每项最",
        "     | 高80万元。",
        "   8 | 三、申报条件",
        "   9 | 申报单位须在资阳市注册。",
        "  10 | 同一单位限报3项。",
    ])
    assert [(leaf.title, leaf.code, leaf.funding_max_wan) for leaf in viewer.leaves] == [
        ("口腔医疗器械关键材料研发", "ZY25ZD01", 150), ("汽车零部件轻量化制造技术", "ZY25ZD02", 80)]
    rtf = _parse([
        "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 宋体;}}",
        "\\pard\\b\\f1 二、支持方向\\b0\\f0\\par",
        "\\pard\\b （一）重点研发计划（归口科室：高新技术科）\\b0\\par",
        "\\pard\\fi480 本计划采取前资助方式，实施期限不超过3年，须由企业牵头申报。\\par",
        "{\\pard\\b 1.\\~钒钛新材料制备关键技术（SL26ZD01）\\b0\\par}",
        "\\pard\\fi480 支持钒电池电解液制备关键技术研究。每项资助80～120万元，拟支持2项。\\par",
        "\\pard\\b （二）社会发展科技计划（归口科室：社会发展科）\\b0\\par",
        "\\trowd\\trgaph108\\cellx700\\cellx3900\\cellx5300\\cellx6900",
        "\\pard\\intbl\\qc\\b 序号\\cell 方向名称\\cell 方向代码\\cell 资助额度\\cell\\b0\\row",
        "\\trowd\\trgaph108\\cellx700\\cellx3900\\cellx5300\\cellx6900",
        "\\pard\\intbl 1\\cell 商洛核桃丰产栽培与精深加工\\cell SL26SF01\\cell 每项20～30万元\\cell\\row",
        "\\pard\\par",
        "\\pard\\b\\f1 三、申报程序\\b0\\f0\\par",
        "\\pard\\fi480 登录系统在线填报。\\par",
        "}",
    ])
    assert [(leaf.title, leaf.code, leaf.funding_max_wan) for leaf in rtf.leaves] == [
        ("钒钛新材料制备关键技术", "SL26ZD01", 120), ("商洛核桃丰产栽培与精深加工", "SL26SF01", 30)]


def test_two_guidelines_attached_to_one_notice_each_with_its_own_terms() -> None:
    """附件1 ⏎ …申报指南 ⏎ 一、支持方式与标准 ⏎ （一）支持方式。… and 附件2 ⏎ …申报指南 ⏎
    一、支持方式与标准 ⏎ 本专项…: each section's terms bind its own guideline's directions."""
    guideline = _parse([
        "附件1",
        "河源市2025年度重点领域研发计划项目申报指南",
        "　　一、支持方式与标准",
        "　　（一）支持方式。采取事前资助方式，项目立项后一次性拨付资助经费。",
        "　　（二）实施期限。项目实施期限不超过2年。",
        "　　（三）申报主体。须由在河源市注册的企业牵头申报。",
        "　　（四）经费配套。企业自筹经费与市财政资助经费比例不低于1:1。",
        "　　二、支持方向",
        "　　（一）电子信息领域（归口科室：高新技术科）",
        "　　1．新型显示模组关键工艺研发",
        "　　指南代码：HY25ZD01",
        "　　支持强度：每项资助50～80万元，拟支持2项。",
        "　　三、申报条件",
        "　　1．申报单位须为在河源市行政区域内注册的企业。",
        "",
        "附件2",
        "河源市2025年度社会发展与乡村振兴科技专项申报指南",
        "　　一、支持方式与标准",
        "　　本专项采取事前资助方式，每项资助不超过20万元，项目实施期限为2025年7月至2027年6月。企业、高校均可牵头申报。",
        "　　二、支持方向",
        "　　（一）乡村振兴（归口科室：农村科技科）",
        "　　1．客家特色农产品精深加工",
        "　　指南代码：HY25SN01",
        "　　研究内容：开展特色农产品标准化加工研究。",
    ])
    display, food = guideline.leaves
    assert (display.funding_mode, display.period_years_max, display.enterprise_lead_only,
            display.matching_ratio, display.funding_max_wan) == ("前资助", 2, True, 1, 80)
    assert (food.funding_mode, food.period_years_max, food.enterprise_lead_only,
            food.matching_ratio, food.funding_max_wan) == ("前资助", 2, False, None, 20)


def test_a_pdf_table_laid_out_with_spaces_cells_wrapped_and_a_class_cell_merged() -> None:
    """pdftotext -layout's 附表: columns lined up (in characters), cells wrapped onto the line
    below, the 项目类别 cell only on its group's first row — each row one direction of its class,
    under the heading that says 详见附表, with the class's terms."""
    guideline = _parse([
        "二、项目类别及资助方式",
        "　　（一）重点研发项目。采取前资助方式，实施期限不超过3年，须由企业牵头申报。",
        "　　（二）科技惠民项目。采取前资助方式，实施期限不超过2年，企业、高校均可牵头申报。",
        "三、支持方向",
        "　　各类项目的支持方向、资助额度及拟支持数量详见附表。",
        "四、申报条件",
        "　　1.申报单位须为在阳泉市行政区域内注册的企事业单位。",
        "附表",
        "",
        "                 阳泉市2024年度市级科技计划项目申报指南方向表",
        "",
        "序号    项目类别    方向名称          指南代码        支持强度        拟支持数",
        "1     重点研发项目  煤层气高效抽采与综合利用  YQ24ZD01    50～80万元     2项",
        "              关键技术",
        "2             高性能耐火材料绿色制备技  YQ24ZD02    不超过60万元     2项",
        "              术",
        "3     科技惠民项目  尘肺病早期筛查与综合防治  YQ24HM01    不超过20万元     3项",
        "              技术",
    ])
    assert [(leaf.title, leaf.code, leaf.funding_max_wan, leaf.period_years_max,
             leaf.enterprise_lead_only) for leaf in guideline.leaves] == [
        ("煤层气高效抽采与综合利用关键技术", "YQ24ZD01", 80, 3, True),
        ("高性能耐火材料绿色制备技术", "YQ24ZD02", 60, 3, True),
        ("尘肺病早期筛查与综合防治技术", "YQ24HM01", 20, 2, False)]


def test_a_national_style_guideline() -> None:
    """The preamble's 市重点研发计划项目采取前资助方式 funds every project so; a 指南说明's
    其他经费（…）与市财政资金比例不低于1:1 is the matching ratio; a title's （共性关键技术类）
    tag is no part of it."""
    guideline = _parse([
        "辽阳市2026年度重点研发计划项目申报指南",
        "为深入实施创新驱动发展战略，组织实施2026年度市重点研发计划。市重点研发计划项目采取前资助方式。",
        "一、总体要求",
        "1.\t每个单位牵头申报项目不超过2项。",
        "二、专项指南",
        "（一）精细化工与新材料专项（归口科室：高新技术科）",
        "指南说明：项目须由企业牵头申报，其他经费（包括地方财政经费、单位出资及社会渠道资金等）与市财政资金比例不低于1:1。",
        "1.\t芳烃及精细化工",
        "1.1\t对二甲苯下游高端衍生物制备技术（共性关键技术类）",
        "研究内容：开展高端衍生物合成工艺研究。",
        "支持经费：每项不超过100万元。",
        "1.2\t环烷酸及石油磺酸盐精制技术（应用示范类）",
        "研究内容：开展环烷酸深度精制技术研究。",
        "支持经费：每项不超过60万元。",
    ])
    assert [(leaf.title, leaf.funding_mode, leaf.matching_ratio, leaf.enterprise_lead_only)
            for leaf in guideline.leaves] == [
        ("对二甲苯下游高端衍生物制备技术", "前资助", 1, True),
        ("环烷酸及石油磺酸盐精制技术", "前资助", 1, True)]


def test_spaced_out_characters_and_wingdings_bullet_letters() -> None:
    """PDF text set with a space after every character (贵 阳 市 …, a paragraph's last line
    tight) read back; Word's Wingdings bullets saved as letters and a tab (Ø plan, n its terms,
    ü direction, l its fields) read as the bullets they were."""
    spaced = _parse([
        "二 、 支 持 方 向",
        "（ 一 ） 重 点 研 发 计 划 （ 归 口 处 室 ： 高 新 技 术 处 ）",
        "    本 计 划 采 取 前 资 助 方 式 ， 实 施 期 限 不 超 过 3 年 ， 须 由 企 业 牵",
        "头申报。",
        "1 . 大 数 据 安 全 关 键 技 术 （ G Y 2 3 Z D 0 1 ）",
        "    支 持 数 据 安 全 治 理 、 隐 私 计 算 等 关 键 技 术 研 究 。 每 项 资 助 1 5 0",
        "～ 3 0 0 万 元 ， 拟 支 持 2 项 。",
        "2 . 铝 及 铝 加 工 新 材 料 （ G Y 2 3 Z D 0 3 ）",
        "    支 持 高 性 能 铝 合 金 精 深 加 工 技 术 研 究 。 每",
        "项资助100万元，拟支持1项。",
    ])
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max) for leaf in spaced.leaves] == [
        ("大数据安全关键技术", "GY23ZD01", "高新技术处", 150, 300, 3),
        ("铝及铝加工新材料", "GY23ZD03", "高新技术处", 100, 100, 3)]
    bullets = _parse([
        "二、支持方向",
        "Ø\t重点研发计划",
        "n\t归口科室：高新技术科",
        "n\t支持方式：前资助",
        "n\t牵头要求：须由企业牵头申报",
        "ü\tVR虚拟现实内容制作关键技术",
        "l\t研究内容：研究虚拟现实内容生产技术。",
        "l\t资助额度：每项100～150万元",
        "ü\t航空制造复合材料",
        "l\t资助额度：每项不超过80万元",
        "三、申报程序",
        "Ø\t登录系统在线填报。",
    ])
    assert [(leaf.title, leaf.office, leaf.funding_mode, leaf.enterprise_lead_only,
             leaf.funding_max_wan) for leaf in bullets.leaves] == [
        ("VR虚拟现实内容制作关键技术", "高新技术科", "前资助", True, 150),
        ("航空制造复合材料", "高新技术科", "前资助", True, 80)]


def _display(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _page(left: list[str], right: list[str], gutter: int = 52) -> list[str]:
    """Two columns side by side, the right one from display column `gutter` on."""
    rows = max(len(left), len(right))
    left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
    return [(a + " " * (gutter - _display(a)) + b).rstrip() for a, b in zip(left, right, strict=True)]


def _aligned(left: str, right: str, width: int = 96) -> str:
    return left + " " * (width - _display(left) - _display(right)) + right


def test_a_page_printed_in_two_columns() -> None:
    """A 公报 page printed in two columns, its text taken with the layout kept: the left column
    read down, then the right one, then the next page — a paragraph going on at the top of the
    next column and over a page (每项资助30～ ⏎ 50万元), the header mirrored on facing pages
    dropped — and every leaf citing the physical line its heading is on. 500万千瓦时 is no
    grant; an award item set out as a bullet (● 对…的高新技术企业) is still the firm's."""
    guideline = _parse([
        _aligned("张家口市人民政府公报", "2025年第4期"),
        " " * 30 + "张家口市2025年度科技计划项目申报指南",
        "",
        *_page(["一、支持方向",
                "（一）重点研发计划（归口科室：高新技术科）",
                "    本计划采取前资助方式，实施期限不超过3年，须",
                "由企业牵头申报。",
                "1.冰雪装备关键技术研发（ZK25ZD01）",
                "    支持造雪机、压雪车、滑雪板及索道等冰雪装备核",
                "心部件研发与国产化替代，关键部件国产化率达到70%",
                ""],
               ["以上。每项资助100～200万元，拟支持2项。",
                "2.数据中心绿色节能技术（ZK25ZD02）",
                "    支持张北、怀来数据中心液冷散热、余热回收与智",
                "能运维技术研究，年节电量不低于500万千瓦时。每项",
                "资助80万元，拟支持1项。",
                "3.坝上错季蔬菜绿色生产（ZK25ZD03）",
                "    支持错季蔬菜节水灌溉与冷链保鲜技术集成示范，",
                "示范面积500亩以上，节水20%以上。每项资助30～"]),
        "",
        " " * 46 + "— 1 —",
        _aligned("2025年第4期", "张家口市人民政府公报"),
        "",
        *_page(["50万元，拟支持2项。",
                "（二）科技创新奖补计划（归口科室：成果转化科）",
                "4.高新技术企业培育奖补（ZK25JB01）",
                "● 对2024年首次认定的高新技术企业，采取以奖代补",
                "方式一次性给予15万元。"],
               ["三、申报程序",
                "    申报单位登录科技计划项目管理系统在线填报，纸",
                "质材料一式2份报送归口科室。",
                "四、联系方式",
                "    高新技术科：0313-8012301。"]),
        " " * 46 + "— 2 —",
    ])
    assert [(leaf.source_line, leaf.code, leaf.office, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.quota, leaf.enterprise_lead_only)
            for leaf in guideline.leaves] == [
        (8, "ZK25ZD01", "高新技术科", 100, 200, 2, True),
        (5, "ZK25ZD02", "高新技术科", 80, 80, 1, True),
        (9, "ZK25ZD03", "高新技术科", 30, 50, 2, True),
        (18, "ZK25JB01", "成果转化科", 15, 15, None, True)]
    first, second, third, award = guideline.leaves
    assert first.content.endswith("国产化率达到70%以上。每项资助100～200万元，拟支持2项。")
    assert "余热回收与智能运维" in second.content
    assert third.content.endswith("每项资助30～50万元，拟支持2项。")
    assert award.qualifications == ["高新技术企业"]


def test_english_glosses_after_headings_and_labels() -> None:
    """A development zone's bilingual guideline: （English） after every heading and label goes
    (five or more lines carry one); a code, an acronym and （eVTOL） in a title stay."""
    guideline = _parse([
        "二、支持方向与标准（Supported Areas and Funding Standards）",
        "（一）数字经济与软件（Digital Economy and Software）（责任部门：科技创新局）",
        "　　本领域项目采取前资助方式，须由企业牵头申报。",
        "1.工业软件与工业互联网平台关键技术（Key Technologies for Industrial Software）",
        "　　指南代码（Code）：DLGX2024-SZ01",
        "　　研究内容（Research Content）：开展工业软件关键技术研究。",
        "　　支持额度（Funding）：100～200万元。",
        "2.电动垂直起降飞行器（eVTOL）飞控技术（Flight Control for eVTOL）",
        "　　指南代码（Code）：DLGX2024-SZ02",
        "　　支持额度（Funding）：不超过150万元。",
    ])
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_mode, leaf.funding_max_wan)
            for leaf in guideline.leaves] == [
        ("工业软件与工业互联网平台关键技术", "DLGX2024-SZ01", "科技创新局", "前资助", 200),
        ("电动垂直起降飞行器（eVTOL）飞控技术", "DLGX2024-SZ02", "科技创新局", "前资助", 150)]


def test_a_summary_tables_remarks_are_the_directions_own_terms() -> None:
    """附表 一览表 at the end: a row's 备注 (ratio, period, lead rule, R&D floor, what the firm
    holds) and the mode its amount names are the direction's own, over its 专项's terms."""
    guideline = _parse([
        "二、支持方向",
        "（一）重大科技专项（归口处室：高新技术处）",
        "　　本专项采取前资助方式；项目实施周期不超过3年；企业自筹资金与市财政资助资金比例不低于2:1。",
        "1.高品质金刚石单晶关键技术（指南编号：ZZ2026ZX01）",
        "　　研究内容：开展金刚石单晶合成技术研究。",
        "2.氢燃料电池动力系统集成技术（指南编号：ZZ2026ZX02）",
        "　　研究内容：开展燃料电池系统集成技术研究。",
        "3.科技贷款贴息（指南编号：ZZ2026ZX03）",
        "　　支持内容：入库科技型中小企业获得的银行贷款所支付的利息。",
        "附表",
        "郑州市2026年度科技计划项目支持一览表",
        "序号\t指南编号\t方向名称\t资助额度\t拟立项数（项）\t备注",
        "1\tZZ2026ZX01\t高品质金刚石单晶关键技术\t300～500万元\t1"
        "\t申报企业须为高新技术企业，上年度研发费用不低于2000万元",
        "2\tZZ2026ZX02\t氢燃料电池动力系统集成技术\t不超过400万元\t1"
        "\t企业自筹资金与市财政资助资金比例不低于3:1；实施周期2年",
        "3\tZZ2026ZX03\t科技贷款贴息\t按实际支付利息的50%给予贷款贴息，最高30万元\t不限\t—",
    ])
    diamond, hydrogen, loans = guideline.leaves
    assert (diamond.funding_min_wan, diamond.funding_max_wan, diamond.quota,
            diamond.qualifications, diamond.min_rd_spend_wan, diamond.matching_ratio) == (
        300, 500, 1, ["高新技术企业"], 2000, 2)
    assert (hydrogen.funding_max_wan, hydrogen.matching_ratio, hydrogen.period_years_max) == (
        400, 3, 2)
    assert "matching_ratio" not in hydrogen.inherited
    assert (loans.funding_mode, loans.funding_max_wan, loans.quota) == ("贷款贴息", 30, None)


def test_exceptions_in_a_groups_terms_and_a_register_that_funds_nothing() -> None:
    """A 领域's terms after its list of directions: 其中，第3个方向… and 其中，<a direction's
    name>… are that direction's own terms, not the others'; 本方向拟支持3项，…，申报单位上年度
    研发投入不低于300万元 is the direction's own floor; a …备案 heading that says it funds
    nothing is no direction."""
    guideline = _parse([
        "一、重点研发计划",
        "（一）汽车装备领域（责任处室：高新技术处）",
        "1．电驱动总成高效集成技术（CC25GX01）",
        "　　主要内容：开展电驱动总成一体化设计研究。",
        "2．转向架轻量化技术（CC25GX02）",
        "　　主要内容：开展转向架构架轻量化设计研究。",
        "3．车身一体化压铸成型技术（CC25GX03）",
        "　　主要内容：开展一体化压铸工艺研究。",
        "　　支持方式及要求：以上方向采取前资助方式，每项支持强度为100至200万元，实施期限3年。"
        "其中，第3个方向支持强度不超过300万元，实施期限18个月。",
        "二、科技成果转化计划（责任处室：科技成果转化处）",
        "1．成果在长转化项目（CC25CZ01）",
        "　　主要内容：按上年度技术合同实际支付额的10%给予补助。",
        "2．科技成果中试熟化项目（CC25CZ02）",
        "　　主要内容：按上年度中试实际投入的20%给予补助。",
        "　　支持方式及要求：以上项目采取后补助方式，单个项目补助最高不超过50万元。"
        "其中，科技成果中试熟化项目补助最高不超过100万元。",
        "三、社会发展计划（社会发展科）",
        "1．生物医药与高端医疗器械。支持开展化学药改良型新药研发。本方向拟支持3项，每项资助不超过"
        "40万元，申报单位上年度研发投入不低于300万元。",
        "",
        "2．康复辅助器具。支持开展康复辅助器具研发。本方向拟支持2项，每项资助不超过30万元。",
        "四、平台建设",
        "（一）市级工程技术研究中心补助",
        "　　对新认定的市级工程技术研究中心依托单位，给予一次性补助10万元。",
        "（二）市级星创天地和众创空间备案",
        "　　本年度受理市级星创天地、众创空间的备案申请，不安排资助经费。",
    ])
    drive, bogie, casting, transfer, pilot, medicine, aids, centre = guideline.leaves
    assert [(leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in (drive, bogie, casting)] == [(100, 200, 3), (100, 200, 3), (None, 300, 1.5)]
    assert "funding_max_wan" not in casting.inherited and "funding_max_wan" in drive.inherited
    assert (transfer.funding_max_wan, pilot.funding_max_wan) == (50, 100)
    assert "funding_max_wan" not in pilot.inherited
    assert [(leaf.title, leaf.min_rd_spend_wan, leaf.quota) for leaf in (medicine, aids)] == [
        ("生物医药与高端医疗器械", 300, 3), ("康复辅助器具", None, 2)]
    assert (centre.title, centre.funding_max_wan) == ("市级工程技术研究中心补助", 10)


def test_a_table_written_out_column_by_column() -> None:
    """A PDF-to-Word converter's table: 序号 ⏎ 1 ⏎ 2 ⏎ 方向名称 ⏎ … each column in turn; every
    row read back on its name cell's line, the unit in its header (资助额度（万元）) kept, its
    其他要求 the direction's own; 分三档支持：一档80万元… tops at the first grade."""
    guideline = _parse([
        "三、支持方向",
        "㈠重点研发计划（归口科室：高新技术与产业化科）",
        "本计划采取前资助方式，项目须由企业牵头申报，实施期限不超过3年。支持方向见表1。",
        "表1 2024年度重点研发计划支持方向",
        "序号", "1", "2", "3",
        "方向名称", "焦炉煤气制氢及氢能储运", "铝镁合金精深加工", "清香型白酒酿造微生物资源利用",
        "指南代码", "LL24ZD01", "LL24ZD02", "LL24ZD03",
        "资助额度（万元）", "100-200", "≤150", "80",
        "拟支持项数", "2", "2", "不限",
        "其他要求", "实施期限2年", "申报企业须为高新技术企业", "—",
        "㈡科技成果转化奖补（归口科室：成果转化科）",
        "⒈企业研发投入后补助（LL24JB02）",
        "对上年度研发投入在1000万元以上的高新技术企业，给予事后补助，按研发投入增量分三档支持："
        "一档80万元、二档50万元、三档20万元。",
    ])
    assert [(leaf.source_line, leaf.code, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.quota, leaf.period_years_max, leaf.qualifications)
            for leaf in guideline.leaves] == [
        (10, "LL24ZD01", 100, 200, 2, 2, []),
        (11, "LL24ZD02", None, 150, 2, 3, ["高新技术企业"]),
        (12, "LL24ZD03", 80, 80, None, 3, []),
        (30, "LL24JB02", 20, 80, None, None, ["高新技术企业"])]


def test_a_text_browsers_page_and_a_phones_screenshots() -> None:
    """lynx -dump: [N] link numbers go (where References lists them), a list's number over a
    typed one (1. （1）…) leaves the title alone, and a list starting over at 1 under a direction
    announcing its sub-directions is theirs. Screenshots pasted one after another: the bars go,
    and the rows a shot repeats of the last are read once."""
    lynx = _parse([
        "   [1][某市人民政府门户网站]",
        "   　　（一）重点研发项目（归口科室：高新技术科）",
        "     * 实施期限：2026年7月至2028年12月",
        "    1. [20]高效光伏电池关键技术（YW26ZD01）",
        "       资助额度：每项资助150-300万元，拟支持2项。",
        "    2. 数字贸易",
        "       本方向下设2个子方向，各拟支持1项，项目实施期限统一为2年。",
        "         1. 跨境电商智能选品大模型（YW26ZD04）",
        "            资助额度：每项资助80～120万元。",
        "         2. 小商品数字化溯源（YW26ZD05）",
        "            资助额度：每项资助不超过60万元。",
        "   　　（二）企业创新奖励（归口科室：科技企业服务科）",
        "    1. （1）首次认定高新技术企业奖励（YW26JL01）",
        "       对首次认定的高新技术企业，采取以奖代补方式一次性给予20万元。",
        "References",
        "   1. https://www.example.gov.cn/",
        "   2. https://www.example.gov.cn/col/index.html",
        "  20. https://www.example.gov.cn/art/1.html",
    ])
    assert [(leaf.title, leaf.parent, leaf.quota, leaf.period_years_max)
            for leaf in lynx.leaves] == [
        ("高效光伏电池关键技术", None, 2, 2.5),
        ("跨境电商智能选品大模型", "数字贸易", 1, 2),
        ("小商品数字化溯源", "数字贸易", 1, 2),
        ("首次认定高新技术企业奖励", None, None, None)]
    bar, browser = "10:26 ✉ ⊙ · HD 5G 68", "×  某市科学技术局  ···"
    shots = _parse([
        bar, browser,
        "一、支持方向",
        "1.不锈钢材料精深加工（JY25ZD02）",
        "资助额度：每项资助不超过80万元，拟支持3项。",
        "2.电子信息",
        "本方向下设2个子方向，各拟支持1项，申报企业须",
        "亠一丶丨一丄ˉˉ丶一",
        bar, browser,
        "2.电子信息",
        "本方向下设2个子方向，各拟支持1项，申报企业须",
        "为科技型中小企业。",
        "（1）柔性电路板关键材料（JY25ZD04）",
        "资助额度：每项资助50~80万元。",
        bar, browser,
        "资助额度：每项资助50~80万元。",
        "（2）5G小基站射频前端器件（JY25ZD05）",
        "资助额度：每项资助最高1,200,000元。",
    ])
    assert [(leaf.source_line, leaf.title, leaf.quota, leaf.qualifications,
             leaf.funding_max_wan) for leaf in shots.leaves] == [
        (4, "不锈钢材料精深加工", 3, [], 80),
        (14, "柔性电路板关键材料", 1, ["科技型中小企业"], 80),
        (19, "5G小基站射频前端器件", 1, ["科技型中小企业"], 120)]


def test_an_award_to_a_firms_own_centre_is_for_firms() -> None:
    """对新认定的市级企业研究开发中心，给予…: only a firm has an 企业研究开发中心; a 重点实验室's
    依托单位 may be anyone."""
    guideline = _parse([
        "（三）企业创新奖励（归口科室：科技企业服务科）",
        "1.企业研究开发中心奖补（YW26JL03）",
        "对新认定的市级企业研究开发中心，采取以奖代补方式给予一次性奖补10万元。",
        "2.重点实验室奖补（YW26JL04）",
        "对新认定的市级重点实验室依托单位，给予一次性奖补20万元。",
    ])
    assert [(leaf.title, leaf.enterprise_lead_only) for leaf in guideline.leaves] == [
        ("企业研究开发中心奖补", True), ("重点实验室奖补", None)]


def test_a_kind_tag_after_the_title_and_sub_directions_announced_under_a_field() -> None:
    """…技术【揭榜挂帅】 / 【竞争立项】 pick the terms of the section defining that kind (二、组织方式
    和支持标准 ⏎ （一）揭榜挂帅项目 ⏎ …单个揭榜项目最高不超过100万元), no leaves themselves; a
    direction's own cap replaces its kind's whole range; 1.… ⏎ 本方向设2个子方向 right after a
    专题说明 is a direction, and the list numbered on after its sub-directions its siblings."""
    guideline = _parse([
        "二、组织方式和支持标准",
        "（一）揭榜挂帅项目",
        "榜单金额为发榜企业承诺支付给揭榜方的研发经费。市财政按榜单金额的30%给予揭榜方资助，"
        "单个揭榜项目最高不超过100万元，采取里程碑式补助方式。攻关期限一般不超过24个月。",
        "（二）竞争立项项目",
        "采取事前资助方式，每项支持20万元至50万元，实施期限2年。项目须由企业牵头申报。",
        "三、指南方向",
        "（一）数字信息与算力产业（责任科室：高新技术科）",
        "1.大型数据中心液冷散热关键技术【揭榜挂帅】",
        "榜单编号：ZW2023JB01",
        "榜单金额：600万元",
        "2.数据中心绿电直供技术【竞争立项】",
        "指南编号：ZW2023JZ01",
        "研究内容：开展数据中心绿电直供技术研究。",
        "3.算力资源智能调度平台【竞争立项】",
        "指南编号：ZW2023JZ02",
        "申报要求：本方向支持强度不超过80万元。",
        "（二）南繁种业专题（责任科室：农业科技科）",
        "　　专题说明：本专题项目采取事前资助方式，每项支持不超过80万元，实施周期2年。",
        "1.热带果蔬种质创新",
        "　　本方向设2个子方向，每个子方向单独申报、单独立项。",
        "（1）芒果抗炭疽病新品种选育",
        "主要研究内容：",
        "(a) 芒果种质资源抗病性鉴定与评价",
        "拟支持项目数：2项。",
        "（2）热带瓜菜分子设计育种",
        "主要研究内容：",
        "(a) 豇豆、辣椒等重要性状基因挖掘",
        "拟支持项目数：3项。",
        "2.南繁生物育种中试熟化平台建设",
        "主要研究内容：",
        "(a) 基因编辑育种中试技术",
        "实施周期：3年。",
    ])
    assert [(leaf.title, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max) for leaf in guideline.leaves] == [
        ("大型数据中心液冷散热关键技术", "里程碑式补助", None, 100, 2),
        ("数据中心绿电直供技术", "前资助", 20, 50, 2),
        ("算力资源智能调度平台", "前资助", None, 80, 2),
        ("芒果抗炭疽病新品种选育", "前资助", None, 80, 2),
        ("热带瓜菜分子设计育种", "前资助", None, 80, 2),
        ("南繁生物育种中试熟化平台建设", "前资助", None, 80, 3)]
    assert guideline.leaves[3].parent == "热带果蔬种质创新"


def test_a_groups_own_class_table_and_directions_numbered_on_after_its_terms() -> None:
    """项目类别 | 支持方式 | 支持金额 | 实施周期 in a group's text: each direction naming its class
    (项目类别：一般项目) takes that row; directions numbered on (3.) after the next group's
    专项说明 line are directions, not items of it; （SG2301，拟支持2项） is a code and a quota;
    本方向不要求自筹资金配套 clears the ratio; a date span to the day counts its years; 一、申报
    范围 funds nothing."""
    guideline = _parse([
        "一、申报范围",
        "　　本年度设2类项目，市财政安排专项资金1200万元。",
        "二、支持方向",
        "（一）智能电网产业（归口科室：高新技术科）",
        "　　本产业组项目类别及支持标准如下：",
        "项目类别\t支持方式\t支持金额\t实施周期",
        "重点项目\t前资助\t100～200万元\t3年",
        "一般项目\t前资助\t30-50万元\t2年",
        "　　本产业组项目须由企业牵头申报，企业自筹资金与区财政资助资金比例不低于1:1。",
        "1．新型电力系统继电保护装置研发",
        "项目类别：重点项目",
        "研究内容：开展自适应继电保护研究。",
        "2．分布式光伏智能运维技术",
        "项目类别：一般项目",
        "研究内容：开展分布式光伏电站智能巡检研究。",
        "申报条件：",
        "（1）本方向不要求自筹资金配套；",
        "（2）同一企业限报1项。",
        "（二）设施农业专项（归口科室：农村科技科）",
        "专项说明：本专项采取前资助方式，实施期限为2023年7月1日至2025年6月30日。",
        "3．日光温室结构优化技术（SG2301，拟支持2项）",
        "研究内容：研究大跨度日光温室结构优化设计。",
        "4．设施蔬菜水肥一体化装备（SG2302，拟支持1项）",
        "研究内容：研发水肥一体化智能决策系统。本方向实施期限为2023年7月1日至2026年6月30日。",
    ])
    assert [(leaf.title, leaf.code, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.quota, leaf.matching_ratio)
            for leaf in guideline.leaves] == [
        ("新型电力系统继电保护装置研发", None, 100, 200, 3, None, 1),
        ("分布式光伏智能运维技术", None, 30, 50, 2, None, None),
        ("日光温室结构优化技术", "SG2301", None, None, 2, 2, None),
        ("设施蔬菜水肥一体化装备", "SG2302", None, None, 3, 1, None)]


def test_fake_bold_written_twice_and_a_long_sheet_from_excel() -> None:
    """A PDF's fake bold kept twice by a conversion (池池州州…, 110000万万元元 is 100万元, a
    plain 1000000元 untouched); a long sheet (方向编号 | 要素 | 内容) read as the outline it
    stands for, the class's 通用 rows its terms, Excel's 1:01 and 10月20日 undone."""
    doubled = _parse([
        "二二、、支支持持方方向向",
        "（（一一））重重点点研研发发计计划划（（归归口口科科室室：：高高新新技技术术科科））",
        "　　本计划采取前资助方式，项项目目须须由由企企业业牵牵头头申申报报。",
        "11..半半导导体体封封装装测测试试关关键键工工艺艺（（CCZZ2233ZZDD0011））",
        "　　资资助助额额度度：：每每项项资资助助110000万万元元。",
        "22..纳纳米米碳碳酸酸钙钙高高值值化化利利用用（（CCZZ2233ZZDD0022））",
        "　　资资助助额额度度：：每项最高1000000元。",
    ])
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_max_wan, leaf.enterprise_lead_only)
            for leaf in doubled.leaves] == [
        ("半导体封装测试关键工艺", "CZ23ZD01", "高新技术科", 100, True),
        ("纳米碳酸钙高值化利用", "CZ23ZD02", "高新技术科", 100, True)]
    rows = [
        ("重点研发计划", "ZD-通用", "归口科室", "高新技术科"),
        ("重点研发计划", "ZD-通用", "支持方式", "前资助"),
        ("重点研发计划", "ZD-通用", "配套比例（自筹:财政）", "1:01"),
        ("重点研发计划", "QTH25ZD01", "方向名称", "石墨烯导热膜制备技术"),
        ("重点研发计划", "QTH25ZD01", "资助额度（万元）", "100～200"),
        ("重点研发计划", "QTH25ZD02", "方向名称", "针状焦高值化利用技术"),
        ("重点研发计划", "QTH25ZD02", "资助额度（万元）", "≤150"),
        ("重点研发计划", "QTH25ZD02", "配套比例（自筹:财政）", "2:01"),
        ("农业科技计划", "NY-通用", "归口科室", "农村科技科"),
        ("农业科技计划", "NY-通用", "支持方式", "前资助"),
        ("农业科技计划", "QTH25NY01", "方向名称", "高蛋白大豆新品种选育"),
        ("农业科技计划", "QTH25NY01", "资助额度（万元）", "10月20日"),
    ]
    sheet = _parse(["二、支持方向及要素", "序号\t计划类别\t方向编号\t要素\t内容",
                    *(f"{n}\t" + "\t".join(row) for n, row in enumerate(rows, start=1))])
    assert [(leaf.source_line, leaf.code, leaf.office, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.matching_ratio) for leaf in sheet.leaves] == [
        (6, "QTH25ZD01", "高新技术科", 100, 200, 1),
        (8, "QTH25ZD02", "高新技术科", None, 150, 2),
        (13, "QTH25NY01", "农村科技科", 10, 20, None)]


def test_a_guideline_read_aloud_and_transcribed() -> None:
    """A 宣讲会's speech-recognition transcript: speaker lines go; numbers said as words read;
    words heard as their homophones put back (你支持 → 拟支持, 前头 → 牵头, 钱资助 → 前资助, 归上
    → 规上); a clause the speaker takes back replaced by what follows 应该是; 第一项 first said
    under 第三类 an item of it; 对…的依托企业，给予…；新认定为省级…的，给予… one award."""
    guideline = _parse([
        "发言人2 00:02:18", "第一类，重点研发计划，归口科室是高新技术科。", "",
        "发言人2 00:02:25", "本计划采取钱资助方式，项目须由企业前头申报，实施期限不超过三年，"
        "企业自筹资金与市财政资助资金的比例不低于一比一。", "",
        "发言人2 00:02:49", "方向一，奶牛良种快繁关键技术。资助金额每项一百万到两百万元，你支持"
        "三项，哦，不好意思念错了，", "",
        "发言人2 00:03:27", "应该是你支持两项。申报企业须为归上企业，实施期限一年半。", "",
        "发言人2 00:09:06", "第三类，科技创新奖补，归口科室是成果转化科。", "",
        "发言人2 00:09:16", "这一类不设实施期限，是按照我们市的若干措施来兑现的。", "",
        "发言人2 00:09:30", "第一项，创新平台奖补。对新认定为国家重点实验室的依托企业，一次性给予"
        "一百万元；新认定为省级重点实验室的，一次性给予五十万元。",
    ])
    assert [(leaf.title, leaf.office, leaf.funding_mode, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.quota, leaf.period_years_max, leaf.matching_ratio,
             leaf.enterprise_lead_only, leaf.qualifications) for leaf in guideline.leaves] == [
        ("奶牛良种快繁关键技术", "高新技术科", "前资助", 100, 200, 2, 1.5, 1, True, ["规上企业"]),
        ("创新平台奖补", "成果转化科", "奖补", 50, 100, None, None, None, None,
         ["国家级平台", "自治区级平台"])]


def test_terms_by_code_by_class_tag_and_by_reference() -> None:
    """A plan's directions listed with codes and a table of terms by 指南代码 after them (one
    row for two codes, 各2项): each row the directions' own terms; （A类）/（B类） after titles
    pick a class a numbered note before the outline defines; 参照第2项执行 takes the named terms
    from that sibling; 1．… ⏎ 支持标准：… ⏎ 2．… are directions with their own terms."""
    guideline = _parse([
        "某市2022年度市级科技计划项目申报指南",
        "指南说明",
        "　　2022年度市级科技计划设重点研发计划等三类。有关事项说明如下：",
        "1．本指南研发类方向分为A类、B类，方向名称后以括号标注项目类别。",
        "2．A类项目（重大攻关项目）：采取事前资助方式，单项资助80万元至150万元，实施期限不超过3年；"
        "项目须由企业牵头申报。",
        "3．B类项目（一般项目）：采取事前资助方式，单项资助不超过30万元，实施期限2年。",
        "4．方向“有关要求”中另有规定的，从其规定。",
        "一、重点研发计划（归口科室：高新技术科）",
        "1．高性能铝镁合金精深加工技术（A类）",
        "研究内容：开展铝镁合金精深加工技术研究。",
        "有关要求：资助额度200000元，实施期限18个月。",
        "2．碳基新材料制备与应用技术（B类）",
        "研究内容：开展碳基材料制备工艺研究。",
        "二、产业前瞻计划（归口科室：产业科）",
        "　　本计划项目须由企业牵头申报，采取事前资助方式，项目实施期限2年。",
        "　　支持方向：",
        "1．高比能固态电池关键材料（LY26GJ01）",
        "2．退役动力电池梯次利用技术（LY26GJ02）",
        "3．储能系统安全预警技术（LY26GJ03）",
        "表1　产业前瞻项目支持强度及要求",
        "指南代码\t资助额度\t拟立项数\t备注",
        "LY26GJ01、LY26GJ02\t每项20万元\t各2项\t—",
        "LY26GJ03\t1000000元\t1\t采取里程碑式补助方式",
        "三、社会发展计划（归口科室：社会发展科）",
        "　　本计划采取事前资助方式。",
        "1．陶瓷智能制造技术",
        "支持强度：最高不超过150万元，实施期限3年，企业自筹资金与市财政资助资金比例不低于2:1。",
        "2．不锈钢精密成型技术",
        "申报要求：本方向资助额度、实施期限和配套要求参照第1项执行。",
        "四、后补助（归口科室：成果转化科）",
        "　　支持方向：",
        "1．高新技术企业认定奖励",
        "支持标准：对首次通过认定的高新技术企业给予20万元奖励。",
        "2．企业研究开发费用补助",
        "支持标准：对上年度研发费用不低于300万元的规上企业，按增量的10%给予补助，每家最高100万元。",
    ])
    assert [(leaf.title, leaf.code, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.quota, leaf.matching_ratio)
            for leaf in guideline.leaves] == [
        ("高性能铝镁合金精深加工技术", None, "前资助", 20, 20, 1.5, None, None),
        ("碳基新材料制备与应用技术", None, "前资助", None, 30, 2, None, None),
        ("高比能固态电池关键材料", "LY26GJ01", "前资助", 20, 20, 2, 2, None),
        ("退役动力电池梯次利用技术", "LY26GJ02", "前资助", 20, 20, 2, 2, None),
        ("储能系统安全预警技术", "LY26GJ03", "里程碑式补助", 100, 100, 2, 1, None),
        ("陶瓷智能制造技术", None, "前资助", None, 150, 3, None, 2),
        ("不锈钢精密成型技术", None, "前资助", None, 150, 3, None, 2),
        ("高新技术企业认定奖励", None, "后补助", 20, 20, None, None, None),
        ("企业研究开发费用补助", None, "后补助", None, 100, None, None, None)]
    assert guideline.leaves[7].qualifications == ["高新技术企业"]
    assert guideline.leaves[8].min_rd_spend_wan == 300


def test_award_items_with_tier_tables_and_plan_terms_in_a_closing_section() -> None:
    """类别说明：…。 ⏎ 1.研发平台认定奖励: bare titles after a field that said its sentence are
    items; a tier table of amounts (平台级别 | … | 奖励标准, 载体级别 × 孵化器 | 众创空间) gives the
    range and the levels the applicant holds; 奖励名额不超过50家 is a quota; a closing 三、支持方式
    whose items are titled as the plans states their terms; 每年支持20万元，连续支持3年 is 3
    years (a platform's 运行经费 for 3 years is no project period)."""
    awards = _parse([
        "二、扶持事项及标准",
        "（一）创新平台类（责任科室：科技创新科）",
        "类别说明：本类事项采取以奖代补方式，奖励资金拨付至平台依托单位。",
        "1.研发平台认定奖励",
        "对2024年度新获批认定的研发平台，按平台级别给予一次性奖励，标准见表1。",
        "表1　研发平台认定奖励标准",
        "平台级别\t平台类型\t奖励标准",
        "国家级\t国家重点实验室、国家技术创新中心\t300万元",
        "省级\t广东省重点实验室\t50万元",
        "市级\t阳江市重点实验室\t10万元",
        "2.科技企业孵化载体奖励",
        "对新认定（备案）的科技企业孵化器、众创空间运营主体，按载体级别给予一次性奖励，标准见表2。",
        "表2　科技企业孵化载体奖励标准",
        "载体级别\t科技企业孵化器\t众创空间",
        "国家级\t100万元\t30万元",
        "省级\t50万元\t15万元",
        "3.科技型中小企业入库奖励",
        "对首次入库的科技型中小企业，每家给予2万元奖励。本年度奖励名额不超过50家。",
    ])
    assert [(leaf.title, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.quota, leaf.qualifications) for leaf in awards.leaves] == [
        ("研发平台认定奖励", "奖补", 10, 300, None, ["国家级平台", "自治区级平台", "市级平台"]),
        ("科技企业孵化载体奖励", "奖补", 15, 100, None, ["国家级平台", "自治区级平台"]),
        ("科技型中小企业入库奖励", "奖补", 2, 2, 50, ["科技型中小企业"])]
    closing = _parse([
        "二、支持方向",
        "（一）重点研发计划（工业领域）（归口科室：高新技术发展科）",
        "　　1．煤矸石高值化利用关键技术",
        "　　指南代码：SZ2023GY01",
        "　　研究内容：开展煤矸石制备陶瓷原料技术研究。",
        "（二）重点研发计划（农业领域）（归口科室：农村科技科）",
        "　　1．肉羊良种繁育关键技术",
        "　　指南代码：SZ2023NY02",
        "　　支持额度：每年支持20万元，连续支持3年",
        "三、支持方式",
        "　　各计划项目的支持方式、支持额度和实施期限按以下规定执行。",
        "　　（一）重点研发计划（工业领域）：采取事前资助方式；每项支持50万元至100万元；实施期限"
        "不超过3年；项目须由企业牵头申报。",
        "　　（二）重点研发计划（农业领域）：采取事前资助方式；实施期限2年。",
    ])
    assert [(leaf.code, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.enterprise_lead_only) for leaf in closing.leaves] == [
        ("SZ2023GY01", "前资助", 50, 100, 3, True),
        ("SZ2023NY02", "前资助", 60, 60, 3, None)]


def test_reversed_table_rows_back_translated_wording_and_pages_out_of_order() -> None:
    """Table rows a PDF gave back to front (10DZ62YQ, 003～051) read the right way; a notice
    run through English and back (预先资助, 必须由企业带头申请, 高科技企业, (I) 计划) read in the
    guidelines' words (titles as written); a booklet's imposed pages (— 3 — after — 4 —) read
    in page order, the printer's slug at each sheet's head dropped, each leaf on its line."""
    reversed_rows = _parse([
        "（一）重点研发计划（归口科室：高新技术科）",
        "本计划采取前资助方式，须由企业牵头申报。各方向的资助额度见表1。",
        "表1　重点研发计划支持方向",
        "求要他其 数项持支拟 ）元万（度额助资 容内究研要主 码代南指 称名向方 号序",
        "元万006于低不入投发研度年上 2 003～051 究研术技化源资泥污油含展开 10DZ62YQ 用利化源资与理处水出采田气油 1",
        "年2限期施实 1 021≤ 究研术技度调能智力算展开 20DZ62YQ 度调力算与热散冷液心中据数 2",
        "1:2于低不例比费经助资政财市与费经筹自业企 2 001 究研术技用利合综斯瓦展开 30DZ62YQ 用利采抽气层煤 3",
    ])
    assert [(leaf.title, leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota,
             leaf.min_rd_spend_wan, leaf.period_years_max, leaf.matching_ratio)
            for leaf in reversed_rows.leaves] == [
        ("油气田采出水处理与资源化利用", "QY26ZD01", 150, 300, 2, 600, None, None),
        ("数据中心液冷散热与算力调度", "QY26ZD02", None, 120, 1, None, 2, None),
        ("煤层气抽采利用", "QY26ZD03", 100, 100, 2, None, None, 2)]
    translated = _parse([
        "二、支持领域",
        "(I) 重点研发计划（负责科室：高科技科）",
        "本计划采用预先资助的方式。项目必须由企业带头申请，执行期不超过三年。",
        "1. 汽车核心零部件的精密制造技术 (TC2025ZD01)",
        "资助金额：每个项目150万元至300万元。",
        "计划支持的项目数量：2个。",
        "申请要求：申请企业必须是高科技企业，上一年度的研发投资不少于800万元。",
        "2. 老年人的健康和慢性病管理 (TC2025ZD02)",
        "资助金额：15万元至25万元。",
        "支持方法：采用基于里程碑的补贴方式，根据考核节点分两次拨付资金。",
    ])
    assert [(leaf.title, leaf.office, leaf.funding_mode, leaf.enterprise_lead_only, leaf.quota,
             leaf.qualifications, leaf.min_rd_spend_wan) for leaf in translated.leaves] == [
        ("汽车核心零部件的精密制造技术", "高科技科", "前资助", True, 2, ["高新技术企业"], 800),
        ("老年人的健康和慢性病管理", "高科技科", "里程碑式补助", True, None, [], None)]
    slug = "2024科技计划申报指南（A5骑马钉）拼版　第{}张{}　P{} | P{}　2024/3/18 16:05"
    imposed = _parse([
        slug.format(1, "正面", 6, 1), "六、联系方式", "　　高新技术科：0415-2123172", "— 6 —",
        "某市2024年度科技计划项目申报指南", "某市科学技术局",
        slug.format(1, "背面", 2, 5), "二、支持方向", "（一）重点研发计划（归口科室：高新技术科）",
        "　　本计划采取前资助方式，须由企业牵头申报。", "1.工业在线检测仪器（DD2024ZD01）",
        "　　资助额度：每项80万元。", "— 2 —",
        "三、申报条件", "　　申报单位须为在本市注册的企事业单位。", "— 5 —",
        slug.format(2, "正面", 4, 3),
        "（二）农业科技计划（归口科室：农村科技科）", "1.草莓优良品种选育（DD2024NS01）",
        "　　资助额度：每项30万元。", "— 4 —",
        "2.精密轴承制造技术（DD2024ZD02）", "　　资助额度：不超过100万元。", "— 3 —",
    ])
    assert [(leaf.source_line, leaf.code, leaf.office, leaf.funding_max_wan)
            for leaf in imposed.leaves] == [
        (11, "DD2024ZD01", "高新技术科", 80), (22, "DD2024ZD02", "高新技术科", 100),
        (19, "DD2024NS01", "农村科技科", 30)]


def test_office_groups_topic_sections_and_a_class_note_after_its_last_direction() -> None:
    """（一）高新技术科受理项目 ⏎ 1．…计划: plans nest under the office that receives them (its
    office theirs); 专题一 ⏎ （一）支持方向 ⏎ … ⏎ （二）支持方式及强度 keeps its parts; 注：本类项目
    实施期限为18个月 after a class's last direction is the class's; 须建有省级企业技术中心 is what
    the applicant has, no lead rule."""
    offices = _parse([
        "三、项目类别及支持重点",
        "（一）高新技术科受理项目",
        "1．工业科技攻关计划",
        "本计划采取事前资助方式，单个项目资助额度为20万元～50万元。项目须由企业牵头申报。",
        "（1）高纯石墨提纯技术",
        "研究内容：开展鳞片石墨低温化学提纯技术研究。",
        "（二）农村科技科受理项目",
        "1．农业科技攻关计划",
        "本计划采取事前资助方式，每项资助10万元。",
        "（1）寒地水稻优质高产栽培技术",
        "研究内容：开展早熟优质水稻品种筛选研究。",
    ])
    assert [(leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan)
            for leaf in offices.leaves] == [
        ("高纯石墨提纯技术", "高新技术科", 20, 50), ("寒地水稻优质高产栽培技术", "农村科技科", 10, 10)]
    topics = _parse([
        "三、专题及支持方向",
        "专题一　茶产业（归口科室：农村科技科）",
        "（一）支持方向",
        "1.大叶种茶良种选育技术（指南编号：LC2024-CY01）",
        "研究内容：开展大叶种茶优异种质资源挖掘研究。",
        "有关要求：申报单位须建有省级企业技术中心或工程技术研究中心。",
        "2.茶园绿色防控技术（LC2024-CY03）",
        "研究内容：开展茶园主要病虫害绿色防控研究。",
        "注：本类项目实施期限为18个月。",
        "（二）支持方式及强度",
        "本专题项目采取事前资助方式，每项支持30万元-50万元。企业、高校、科研院所均可牵头申报。",
        "专题二　坚果产业（归口科室：农村科技科）",
        "（一）支持方向",
        "1.澳洲坚果高产稳产栽培技术（指南编号：LC2024-JG01）",
        "研究内容：开展澳洲坚果良种高接换种研究。",
        "（二）支持方式及强度",
        "本专题采取事前资助方式，每项支持20万元至30万元，实施期限2年。",
    ])
    assert [(leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.enterprise_lead_only) for leaf in topics.leaves] == [
        ("LC2024-CY01", "农村科技科", 30, 50, 1.5, False),
        ("LC2024-CY03", "农村科技科", 30, 50, 1.5, False),
        ("LC2024-JG01", "农村科技科", 20, 30, 2, None)]


def test_a_closing_funds_section_naming_plans_clause_by_clause() -> None:
    """四、资金安排 ⏎ （一）支持方式。甲、乙计划项目采取…；丙计划项目采取…: each clause is the
    terms of the plans it opens with; a general rule for 采取事前资助方式的项目 binds only those;
    （不限项数） after a title is no part of it; a cap in the heading's bracket is the direction's
    over a threshold in its content."""
    guideline = _parse([
        "二、计划类别及支持方向",
        "（一）科技重大专项（归口科室：高新技术科）",
        "1．高原特色生物资源精深加工（LSZX2401）",
        "研究内容：开展青稞、牦牛乳精深加工技术研究。",
        "（二）科技成果转化计划（归口科室：成果转化科）",
        "1．京蒙协作科技成果转化（不限项数）",
        "支持内容：支持企业承接科技成果并实施转化，实际成交额不低于30万元。",
        "2．企业购买技术成果产业化（拟支持3项，每项最高30万元）",
        "支持内容：支持企业购买科技成果并实现产业化，技术合同实际成交额不低于50万元。",
        "三、申报条件",
        "（一）除本指南另有规定外，采取事前资助方式的项目，实施期限一般不超过2年，承担单位自筹经费"
        "与市财政科技资金的比例不低于1:1。",
        "四、资金安排",
        "（一）支持方式。科技重大专项项目采取事前资助方式，资金分年度拨付；科技成果转化计划项目采取"
        "事后补助方式。",
        "（二）资助额度。科技重大专项每项资助200万元至300万元；科技成果转化计划按技术合同实际成交额"
        "的30%给予补助，每项最高不超过50万元。",
        "（三）申报主体。科技重大专项须由企业牵头申报；科技成果转化计划申报主体须为在拉萨市注册的企业。",
    ])
    assert [(leaf.title, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.matching_ratio, leaf.enterprise_lead_only, leaf.quota)
            for leaf in guideline.leaves] == [
        ("高原特色生物资源精深加工", "前资助、分年拨付", 200, 300, 2, 1, True, None),
        ("京蒙协作科技成果转化", "后补助", None, 50, None, None, True, None),
        ("企业购买技术成果产业化", "后补助", None, 30, None, None, True, 3)]


def test_a_chat_with_an_assistant_a_form_fields_rows_and_word_field_codes() -> None:
    """The user's pastes in a chat export (the assistant's replies, the questions and a paste
    cut at the message limit and sent again dropped); a form field that kept no line breaks,
    printed in rows of one width (headings start mid-row, each leaf on the row it starts);
    Word field codes printed for their results ({ SEQ 方向 \\r 1 \\* ARABIC }．…)."""
    chat = _parse([
        "# 金昌2026科技计划指南：能报哪些", "",
        "### 用户　2026-03-16 15:43", "", "第2段：",
        "专项一　新材料与新能源（责任科室：高新技术科）",
        "专项说明：本专项采取事前资助方式，每项支持80万元-150万元；项目须由企业牵头申报。",
        "方向1：高纯镍钴材料短流程制备技术", "方向代码：JC2026XC01",
        "研究内容：开展高纯镍短流程湿法制备研究。", "方向2：沙化土地生态修复与防", "",
        "### AI助手　2026-03-16 15:43", "",
        "收到第2段。方向2在“沙化土地生态修复与防”处中断，请从方向2重新发送。", "",
        "### 用户　2026-03-16 15:46", "", "第3段（从方向2开始重发）：",
        "方向2：沙化土地生态修复与防治技术", "方向代码：JC2026XC02",
        "研究内容：开展沙化土地植被恢复研究。", "支持额度：不超过100万元",
        "方向3：盐碱地改良利用技术", "方向代码：JC2026XC03", "研究内容：开展盐碱地改良研究。",
        "发完了。", "",
        "### AI助手　2026-03-16 15:47", "",
        "方向1：高纯镍钴材料短流程制备技术，每项支持200万元。", "",
        "### 用户　2026-03-16 15:52", "", "方向2的期限是几年？", "",
        "### AI助手　2026-03-16 15:52", "", "方向2的期限是3年。",
    ])
    assert [(leaf.source_line, leaf.title, leaf.funding_max_wan, leaf.enterprise_lead_only)
            for leaf in chat.leaves] == [
        (8, "高纯镍钴材料短流程制备技术", 150, True), (20, "沙化土地生态修复与防治技术", 100, True),
        (24, "盐碱地改良利用技术", 150, True)]
    run = ("二、支持方向（一）重点领域研发计划（归口科室：高新技术科）本计划采取事前资助方式，每项支持50万"
           "元至100万元；项目须由企业牵头申报。1．海上风电机组智能运维技术（SW2024ZD01）研究内容：开展"
           "风电机组故障预警研究。拟支持项目数：2项2．新型显示模组精密制造工艺（SW2024ZD02）研究内容：开展"
           "全贴合工艺研究。资助额度：最高150万元4．海洋新材料本方向下设2个子方向，各拟支持1项，每项资助"
           "800000元。（1）海工装备防腐涂层材料（SW2024ZD04）研究内容：开展重防腐涂料研究。（2）海洋渔业合"
           "成纤维材料（SW2024ZD05）研究内容：开展网衣材料研究。（二）农业科技计划（归口科室：农村科"
           "技科）本计划采取事前资助方式，每项支持不超过30万元。1．海丰油占米栽培技术（SW2024NS01）研究内"
           "容：开展稻米品质提升研究。")
    rows = [run[i:i + 24] for i in range(0, len(run), 24)]
    form = _parse(["政策信息登记表", "政策原文：", *rows, "审核状态：已审核"])
    starts = {leaf.code: next(n for n, row in enumerate(rows, start=3)
                              if leaf.code in "".join(rows[:n - 2])) for leaf in form.leaves}
    assert [(leaf.code, leaf.funding_max_wan, leaf.quota) for leaf in form.leaves] == [
        ("SW2024ZD01", 100, 2), ("SW2024ZD02", 150, None), ("SW2024ZD04", 80, 1),
        ("SW2024ZD05", 80, 1), ("SW2024NS01", 30, None)]
    assert all(leaf.source_line <= starts[leaf.code] for leaf in form.leaves)
    fields = _parse([
        "二、重点支持方向",
        "（{ SEQ 专项 \\* CHINESENUM3 \\* MERGEFORMAT }）硅藻土新材料专项（归口科室：高新技术科）",
        "本专项采取事前资助方式，每项支持50万元至100万元。",
        "{ SEQ 方向 \\r 1 \\* ARABIC \\* MERGEFORMAT }．高纯硅藻土助滤剂制备技术（BS23-GZ01）",
        "研究内容：开展硅藻土精选提纯研究。",
        "{ SEQ 方向 \\* ARABIC \\* MERGEFORMAT }．低品位硅藻土综合利用技术",
        "本方向下设2个子方向，每个子方向拟支持1项。",
        "{ eq \\o\\ac(○,1) }低品位硅藻土选矿提纯技术（BS23-GZ03-1）",
        "研究内容：开展擦洗分级浮选研究。",
        "{ eq \\o\\ac(○,2) }硅藻土尾矿墙体材料技术（BS23-GZ03-2）",
        "研究内容：开展尾矿制备保温砌块研究。",
        "— { PAGE   \\* MERGEFORMAT } —",
        "（{ SEQ 专项 \\* CHINESENUM3 \\* MERGEFORMAT }）矿泉水专项（归口科室：社会发展科）",
        "本专项采取事前资助方式，每项支持不超过80万元。",
        "{ SEQ 方向 \\r 1 \\* ARABIC \\* MERGEFORMAT }．偏硅酸矿泉水保护技术（BS23-KQ01）",
        "研究内容：开展矿泉水水源地保护研究。",
    ])
    assert [(leaf.code, leaf.title, leaf.parent, leaf.office, leaf.funding_max_wan, leaf.quota)
            for leaf in fields.leaves] == [
        ("BS23-GZ01", "高纯硅藻土助滤剂制备技术", None, "高新技术科", 100, None),
        ("BS23-GZ03-1", "低品位硅藻土选矿提纯技术", "低品位硅藻土综合利用技术", "高新技术科", 100, 1),
        ("BS23-GZ03-2", "硅藻土尾矿墙体材料技术", "低品位硅藻土综合利用技术", "高新技术科", 100, 1),
        ("BS23-KQ01", "偏硅酸矿泉水保护技术", None, "社会发展科", 80, None)]


def test_a_notices_terms_section_naming_its_plans_and_plan_rules_in_the_conditions() -> None:
    """二、支持方式和资助标准 ⏎ （一）重大科技专项。采取… in the notice: items stating the terms of
    the plans the attached guideline lists, no plans (nor leaves) of their own; 申报社会发展科技
    计划的，申报主体不限 in 申报条件 is that plan's rule; 单个项目最高补助30万元 among a direction's
    own requirements is its cap, over a threshold in its content."""
    guideline = _parse([
        "关于组织申报2024年度地区科技计划项目的通知",
        "　　二、支持方式和资助标准",
        "　　（一）重大科技专项。采取事前资助方式，单个项目资助100万元—200万元，实施期限3年。"
        "项目须由企业牵头申报。",
        "　　（二）社会发展科技计划。采取事前资助方式，单个项目资助不超过40万元，实施期限2年。",
        "　　三、申报条件",
        "　　（一）申报社会发展科技计划的，申报主体不限。",
        "附件1",
        "某地区2024年度科技计划项目申报指南",
        "一、重大科技专项（归口科室：高新技术科）",
        "（一）纺织服装产业数字化关键技术",
        "　　研究内容：开展细纱智能落纱研究。",
        "（二）纺织服装新技术推广应用",
        "　　支持内容：支持企业购买新技术实现产业化，技术合同实际交易额不低于100万元。",
        "　　其他要求：申报企业须为规模以上工业企业；单个项目最高补助30万元。",
        "二、社会发展科技计划（归口科室：社会发展科）",
        "（一）基层医疗适宜技术推广",
        "　　研究内容：开展常见病基层筛查研究。",
    ])
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max,
             leaf.enterprise_lead_only) for leaf in guideline.leaves] == [
        ("纺织服装产业数字化关键技术", 100, 200, 3, True),
        ("纺织服装新技术推广应用", None, 30, 3, True),
        ("基层医疗适宜技术推广", None, 40, 2, False)]


def test_a_mark_legend_a_plan_by_reference_dotted_periods_and_numbers_as_codes() -> None:
    """标注“★”的…按重点项目 makes marked directions 重点项目 and the unmarked beside them 一般项目;
    a plan whose terms are 参照<another plan>执行 takes that plan's terms; a period
    2026.07—2027.12 is read; where the text says each direction is numbered 类别字母+序号, A1 is
    the code of a direction that states none."""
    guideline = _parse([
        "一、总体说明",
        "（一）方向名称后标注“★”的为重点方向，按重点项目组织申报；未标注“★”的为一般方向，按一般项目组织申报。",
        "（二）重点项目：采取事前资助方式；每项资助不超过100万元；实施期限3年；须由企业牵头申报。",
        "（三）一般项目：采取事前资助方式；每项资助不超过30万元；实施期限2年；牵头申报单位类型不限。",
        "（四）每个支持方向以“类别字母+序号”编号（如A1、B2）。",
        "二、支持方向",
        "（一）重点研发计划",
        "A1　高端装备智能控制技术★",
        "研究内容：开展数控系统研究。",
        "A2　农产品冷链保鲜技术",
        "研究内容：开展预冷技术研究。",
        "（二）成果转化计划",
        "本计划采取后补助方式，每项补助不超过50万元，须由企业牵头申报。",
        "B1　科技成果中试熟化",
        "研究内容：开展中试研究。",
        "（三）科技合作计划",
        "支持方式：本计划项目的支持方式、资助额度参照成果转化计划执行。",
        "C1　跨区域科技合作",
        "研究内容：开展合作研究。",
        "实施期限：2026.07—2027.12",
    ])
    assert [(leaf.code, leaf.funding_max_wan, leaf.period_years_max, leaf.funding_mode,
             leaf.enterprise_lead_only) for leaf in guideline.leaves] == [
        ("A1", 100, 3, "前资助", True),
        ("A2", 30, 2, "前资助", False),
        ("B1", 50, None, "后补助", True),
        ("C1", 50, 1.5, "后补助", True)]


def _srt(paragraphs: list[list[str]]) -> list[str]:
    """A caption file: each paragraph's cues back to back, a pause of 600 ms between them."""
    lines, clock, number = [], 1000, 0

    def stamp(ms: int) -> str:
        return f"00:{ms // 60000:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"

    for cues in paragraphs:
        for cue in cues:
            number += 1
            lines += [str(number), f"{stamp(clock)} --> {stamp(clock + 2000)}", cue, ""]
            clock += 2000
        clock += 600
    return lines


def test_a_caption_file_is_read_as_the_paragraphs_its_cues_voice() -> None:
    """A voice-over's .srt: cues of one paragraph run on without a pause and are joined, the
    label colons and clause commas the captions dropped are put back, a heading cut over two
    cues is one heading, and each leaf cites its heading's first cue; the ratio's sides are the
    pair next to it (a grant named earlier in the run-on sentence is not one); two bands each
    with an award (1000万元以上的奖补30万元…) are tiers of the award, not of the bands."""
    lines = _srt([
        ["二、重点支持方向"],
        ["（一）工业领域关键技术攻关", "（高新技术科）"],
        ["支持方式", "本类项目采取事前资助方式", "每项资助100万元～200万", "元 须由企业牵头申报",
         "企业自筹资金与市财政资助资", "金比例不低于2:1"],
        ["1．高压柱塞泵与多路阀可靠", "性提升关键技术"],
        ["指南编号 FX24GY01"],
        ["攻关内容 开展柱塞泵摩擦副", "材料改性研究"],
        ["拟立项数 2项"],
        ["2．技术合同交易奖补"],
        ["指南编号 FX24GY02"],
        ["支持内容", "按年度技术交易额分档奖补", "1000万元以上的奖补30万元", "500万元至1000万元的奖补",
         "15万元"],
        ["3．企业研发投入补助"],
        ["指南编号 FX24GY03"],
        ["支持内容", "对上年度研究开发费用支出", "达到500万元的规上工业企业", "按增量部分的10%给予补助"],
    ])
    guideline = _parse(lines)
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.quota, leaf.enterprise_lead_only, leaf.matching_ratio, leaf.source_line)
            for leaf in guideline.leaves] == [
        ("FX24GY01", "高压柱塞泵与多路阀可靠性提升关键技术", "高新技术科", 100, 200, 2, True, 2,
         lines.index("1．高压柱塞泵与多路阀可靠") + 1),
        ("FX24GY02", "技术合同交易奖补", "高新技术科", 15, 30, None, True, 2,
         lines.index("2．技术合同交易奖补") + 1),
        ("FX24GY03", "企业研发投入补助", "高新技术科", 100, 200, None, True, 2,
         lines.index("3．企业研发投入补助") + 1)]
    assert (guideline.leaves[2].min_rd_spend_wan, guideline.leaves[2].qualifications) == (
        500, ["规上企业"])  # (对…的规上工业企业按…给予: the firms an award goes to)


def test_review_comments_and_newspaper_jumps_are_not_the_guideline() -> None:
    """Word's comment balloons (批注 [LZ1]: …) printed between the lines are dropped and the
    paragraph they split reads on; a newspaper article broken off at （下转第6版） goes on at
    （上接第5版）, the other notices between dropped; 支持强度10万元至30万元 in a 领域要求 is the
    grant."""
    guideline = _parse([
        "丽江日报数字报　第05版：公告",
        "（一）南药领域（归口科室：农村科技科）",
        "领域要求：本领域项目采取事前资助方式，支持强度10万元",
        "",
        "批注 [LZ1]: 农业领域高校",
        "也能牵头，竞争更激烈。",
        "",
        "至30万元，实施年限2年。",
        "1．肉桂规范化种植技术",
        "",
        "批注 [CWM2R1]: 同意主报，",
        "预计资助50万元。",
        "",
        "主要内容：开展肉桂良种选育研究。每项支持经费",
        "（下转第6版）",
        "拍卖公告",
        "　　我公司定于3月24日拍卖车辆一批，起拍价：80万元。",
        "丽江日报数字报　第06版：公告",
        "（上接第5版）",
        "15万元，实施期为2023年7月—2024年6月。",
    ])
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in guideline.leaves] == [("肉桂规范化种植技术", 15, 15, 1)]


def test_kinds_named_by_a_quota_line_and_a_web_pages_footer() -> None:
    """拟支持：重点项目1项、一般项目2项 takes both kinds' terms from the plan's paragraph (the
    higher cap, the lower floor, the longer period) and counts 3; one kind named takes that
    kind's; 其他要求：单个项目支持20万元 is the direction's own; the last direction's code line
    before 附件2 is its code; 附件下载：…奖补申请表 after it is no field of it."""
    guideline = _parse([
        "一、申报类别",
        "　　本年度市级科技计划设重点研发计划和科技特派员项目两类，每项资助金额见附件1。",
        "附件1",
        "一、重点研发计划（归口科室：农村科技科）",
        "　　本计划分重点项目和一般项目两类组织实施：重点项目每项支持30万元，实施期限2年；一般项目每项"
        "支持10万元～15万元，实施期限1年。项目采取前资助方式。",
        "1．冷凉蔬菜绿色高效生产技术",
        "　　研究内容：开展芹菜绿色高效栽培研究。",
        "　　拟支持：重点项目1项、一般项目2项",
        "　　指南编号：GY23NY01",
        "2．马铃薯脱毒种薯繁育技术",
        "　　研究内容：开展茎尖脱毒研究。",
        "　　拟支持：一般项目2项",
        "　　其他要求：单个项目支持20万元。",
        "　　指南编号：GY23NY02",
        "3．小杂粮功能性食品加工技术",
        "　　研究内容：开展荞麦食品研究。",
        "　　拟支持：一般项目1项",
        "　　指南编号：GY23NY03",
        "",
        "附件下载：",
        "1．科技创新平台奖补申请表.docx",
    ])
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max,
             leaf.quota, leaf.funding_mode) for leaf in guideline.leaves] == [
        ("GY23NY01", 10, 30, 2, 3, "前资助"),
        ("GY23NY02", 20, 20, 1, 2, "前资助"),
        ("GY23NY03", 10, 15, 1, 1, "前资助")]


def test_a_directions_run_in_paragraph_names_its_office_and_award_targets_are_rules() -> None:
    """…拟支持1项。归口科室：X。 (or 本方向由X归口。) closing a direction's paragraph is its own
    office; 补助对象须为…研究开发费用支出达到200万元以上…的规模以上工业企业 in an award's content
    is its lead rule, R&D floor and qualification; 奖补对象须为…的企业 in a class's paragraph is
    every award's lead rule; 每项资助150000元 among the requirements is the grant; a top-level
    二、支持方式 section with its table is no direction."""
    guideline = _parse([
        "二、支持方式",
        "各专项的支持方式、资助额度见表1。",
        "表1　专项支持方式一览表",
        "专项名称\t支持方式\t单个项目资助额度",
        "重点研发计划\t前资助\t20万元～30万元",
        "三、支持方向",
        "（一）重点研发计划（归口科室：高新技术科）",
        "1．盐碱地综合改良技术",
        "研究内容：开展暗管排盐研究。考核指标：建立示范区2个。拟支持1项。归口科室：农村牧区科技科。",
        "2．加工番茄全程机械化技术",
        "研究内容：开展番茄机械化采收研究。本方向由社会发展科归口。",
        "3．乌龙茶智能化加工装备",
        "研究内容：开展做青环境智能调控研究。",
        "申报要求：须由企业牵头申报，每项资助150000元。",
        "（二）创新主体奖补（归口科室：成果转化科）",
        "本类项目采取以奖代补方式，奖补对象须为在本市注册登记、具有独立法人资格的企业。",
        "1．高新技术企业认定奖励",
        "支持内容：对首次通过高新技术企业认定的，给予一次性奖励10万元。",
        "2．规上工业企业研发投入后补助",
        "支持内容：补助对象须为上年度研究开发费用支出达到200万元以上且较上年有增长的规模以上工业企业，"
        "按研发费用增量部分的10%给予后补助，单个企业最高不超过50万元。",
    ])
    assert [(leaf.title, leaf.office, leaf.funding_max_wan, leaf.enterprise_lead_only,
             leaf.min_rd_spend_wan, leaf.qualifications) for leaf in guideline.leaves] == [
        ("盐碱地综合改良技术", "农村牧区科技科", 30, None, None, []),
        ("加工番茄全程机械化技术", "社会发展科", 30, None, None, []),
        ("乌龙茶智能化加工装备", "高新技术科", 15, True, None, []),
        ("高新技术企业认定奖励", "成果转化科", 10, True, None, ["高新技术企业"]),
        ("规上工业企业研发投入后补助", "成果转化科", 50, True, 200, ["规上企业"])]


def test_a_watermark_a_sheet_printed_in_bands_and_a_screen_readers_log() -> None:
    """Three ways a guideline reaches a firm: a tiled watermark printed through it (its rows
    dropped, a tile glued to a line's end cut off, the paragraphs it split joined); a wide
    sheet printed band of columns after band (the bands joined by 序号 and name: a 一 row a
    class whose cells the rows under it take, 4.1 under 4, 各1项 for each); a screen
    reader's log (announcements dropped, a spoken table written as labels, an utterance cut
    at 100 characters joined)."""
    tile, stamp = "某某装备　内部资料", "王某 80231 2025-03-14 09:27"
    watermarked = _parse([
        "二、支持方向",
        f"{tile}        {tile}",
        f"{stamp}      {stamp}",
        "　　（一）关键核心技术攻关项目（归口处室：高新技术处）",
        "　　本类项目采取前资助方式；须由企业牵头申报；实施期限不超过",
        f"{tile}        {tile}",
        f"{stamp}      {stamp}",
        "3年。",
        "　　1．车规级功率半导体模块封装技术（JN2025GJ01）",
        f"　　研究内容：开展碳化硅功率模块封装研究。支持强度：每项      {stamp}",
        "100万元，拟支持2项。",
        f"              {tile}",
        f"{tile}        {tile}",
        f"{stamp}      {stamp}",
        "　　2．工业软件研发（JN2025GJ02）",
        "　　研究内容：开展工业软件研究。",
        "　　实施期限：2025年7月至2026年6月，拟支持1项。",
        f"{tile}        {tile}",
        f"{stamp}      {stamp}",
    ])
    assert [(leaf.code, leaf.funding_max_wan, leaf.period_years_max, leaf.quota, leaf.title)
            for leaf in watermarked.leaves] == [
        ("JN2025GJ01", 100, 3, 2, "车规级功率半导体模块封装技术"),
        ("JN2025GJ02", None, 1, 1, "工业软件研发")]
    band_head = "序号\t类别及方向名称"
    sheet = _parse([
        "附件",
        f"{band_head}\t指南代码\t主要研究内容",
        "一\t产业攻关项目（类别通用要求）\t\t聚焦主导产业开展攻关。",
        "1\t压力传感器芯片封装技术\tTC01\t开展芯片封装研究。",
        "2\t工业自动化仪表（本方向设2个子方向）\t\t设2个子方向。",
        "2.1\t智能阀门定位器\tTC02\t开展定位器研究。",
        "第 1 页，共 3 页",
        "附件",
        f"{band_head}\t指南代码\t主要研究内容",
        "2.2\t温度变送器\tTC03\t开展变送器研究。",
        "第 2 页，共 3 页",
        "附件",
        f"{band_head}\t支持方式\t资助额度\t拟支持项目数",
        "一\t产业攻关项目（类别通用要求）\t前资助\t不超过30万元\t",
        "1\t压力传感器芯片封装技术\t\t50～80万元\t2项",
        "2\t工业自动化仪表（本方向设2个子方向）\t\t\t各1项",
        "2.1\t智能阀门定位器\t\t最高40万元\t",
        "2.2\t温度变送器\t\t\t",
        "第 3 页，共 3 页",
    ])
    assert [(leaf.code, leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota,
             leaf.funding_mode) for leaf in sheet.leaves] == [
        ("TC01", "压力传感器芯片封装技术", 50, 80, 2, "前资助"),
        ("TC02", "智能阀门定位器", None, 40, 1, "前资助"),
        ("TC03", "温度变送器", None, 30, 1, "前资助")]
    long_line = "研究内容：开展黄金茶功能成分定向提取、冷泡茶新产品加工、品质分级与数字化溯源、茶园绿色防控、" \
        "茶叶机械化采摘、加工废弃物资源化利用、茶旅融合示范基地建设、品牌营销数字化平台等研究与示范，按年度每项支持30万元。"
    spoken = _parse([
        "链接  跳转到主要内容",
        "标题 级别 3  二、支持方向",
        "标题 级别 4  （一）重点研发计划（归口科室：高新技术科）",
        "链接  首页",
        "链接  通知公告",
        "离开列表",
        "搜索  编辑框",
        "按钮  搜索",
        "标题 级别 3  二、支持方向",
        "标题 级别 4  （一）重点研发计划（归口科室：高新技术科）",
        "表格  共 3 行 2 列",
        "第 1 行  第 1 列  项目",
        "第 2 列  要求",
        "第 2 行  第 1 列  支持方式",
        "第 2 列  前资助",
        "第 3 行  第 1 列  申报主体",
        "第 2 列  须由企业牵头申报",
        "离开表格",
        "标题 级别 5  1．湘西黄金茶精深加工技术（XX2026ZD01）",
        long_line[:100],  # (cut inside 30 / 万元)
        long_line[100:],
        "列表 包含 2 项",
        "1. 开发新产品3个以上；",
        "2. 申请发明专利2项以上。",
        "离开列表",
    ])
    assert len(long_line[:100]) == 100
    assert [(leaf.code, leaf.office, leaf.funding_mode, leaf.enterprise_lead_only,
             leaf.funding_max_wan, leaf.source_line) for leaf in spoken.leaves] == [
        ("XX2026ZD01", "高新技术科", "前资助", True, 30, 19)]


def test_a_class_closing_its_terms_offices_after_the_directions_and_own_asides() -> None:
    """本类别支持方式和标准：… after a class's last direction is the class's; 4．受理科室：X（联系电话：…）
    after 1．申报主体 2．支持额度 3．支持方向 is the class's office; （X科统筹） names the office;
    放宽至4年 and 执行期限3年 under a direction are its period; （本方向…研发费用不低于100万元）
    beside a quota is its floor; items with their own 支持条件/奖补额度 under 重点支持方向： are
    directions, 贴息额度不超过10万元 a grant and 州级…中心 a city-level platform."""
    guideline = _parse([
        "一、项目类别",
        "本年度区科技计划设关键核心技术攻关项目等三类，每项资助金额见各类说明。",
        "二、项目类别及支持方向",
        "项目类别一：关键核心技术攻关（归口科室：高新技术科）",
        "1．高效光伏电池关键技术",
        "研究内容：开展电池结构设计研究。",
        "拟支持数：2项",
        "2．石墨烯规模化制备",
        "研究内容：开展石墨烯制备研究。",
        "特别说明：实施周期放宽至4年。",
        "本类别支持方式和标准：采取事前资助方式。单个项目资助额度100万元至200万元，实施期限不超过3年。",
        "项目类别二：农业科技创新项目",
        "1．申报主体：涉农企业、农民专业合作社均可牵头申报。",
        "2．支持额度：每项支持20万元。",
        "3．支持方向：",
        "（1）奶牛高效养殖技术",
        "研发内容：开展奶牛精准饲喂研究。",
        "项目安排：拟支持1项（本方向牵头企业上年度研发费用不低于100万元）。",
        "（2）设施蔬菜绿色生产技术（农村科技科统筹）",
        "研发内容：开展设施蔬菜研究。",
        "说明：项目执行期限3年。",
        "4．受理科室：农村科技科（联系电话：022-29341532）",
        "项目类别三：科技创新平台建设奖补项目（归口科室：成果转化科）",
        "资助方式：以奖代补，奖补资金一次性拨付。",
        "重点支持方向：",
        "1．州级科技创新平台奖补",
        "支持条件：2021年度新认定的州级工程技术研究中心。",
        "奖补额度：给予一次性奖补10万元。",
        "2．科技型中小企业研发贷款贴息",
        "支持条件：申报企业须为已入库的科技型中小企业。",
        "说明：单个企业贴息额度不超过10万元。",
    ])
    assert [(leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.min_rd_spend_wan) for leaf in guideline.leaves] == [
        ("高效光伏电池关键技术", "高新技术科", 100, 200, 3, None),
        ("石墨烯规模化制备", "高新技术科", 100, 200, 4, None),
        ("奶牛高效养殖技术", "农村科技科", 20, 20, None, 100),
        ("设施蔬菜绿色生产技术", "农村科技科", 20, 20, 3, None),
        ("州级科技创新平台奖补", "成果转化科", 10, 10, None, None),
        ("科技型中小企业研发贷款贴息", "成果转化科", None, 10, None, None)]
    assert guideline.leaves[4].qualifications == ["市级平台"]


def test_a_summary_tables_range_is_the_whole_range_where_it_differs() -> None:
    """附件2 一览表's 不超过150 under a 专项 whose text says 一般为50万元至200万元: the row's range is
    the direction's whole range (no floor from the 专项); a row that repeats the 专项's range
    leaves it the 专项's."""
    guideline = _parse([
        "（一）新材料专项（归口科室：高新技术科）",
        "专项说明：采取事前资助方式。单个项目支持额度一般为50万元至200万元（各方向具体额度见附件2）。",
        "1．锡基新材料制备技术",
        "方向编号：HH2026GX01",
        "研究内容：开展锡基焊料研究。",
        "2．稀散金属提取技术",
        "方向编号：HH2026GX02",
        "研究内容：开展稀散金属回收研究。",
        "附件2",
        "序号\t方向编号\t方向名称\t单项支持额度（万元）\t拟支持项目数（项）",
        "1\tHH2026GX01\t锡基新材料制备技术\t50～200\t2",
        "2\tHH2026GX02\t稀散金属提取技术\t不超过150\t1",
    ])
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota,
             "funding_max_wan" in leaf.inherited) for leaf in guideline.leaves] == [
        ("HH2026GX01", 50, 200, 2, True),
        ("HH2026GX02", None, 150, 1, False)]


def test_pinyin_an_e_readers_clippings_and_a_calendars_events() -> None:
    """A page copied with a reading aid's pinyin after each character is read without it; an
    e-reader's clippings file is read as the highlights of the document most highlighted, in
    the order of their locations, without notes, other documents and a passage highlighted
    again; a calendar export is read as the outline its events' categories make."""
    from pypinyin import Style, pinyin

    def annotated(text: str) -> str:
        return "".join(ch + (pinyin(ch, style=Style.TONE)[0][0] if "\u4e00" <= ch <= "\u9fff"
                             else "") for ch in text)

    spoken = _parse([annotated(line) for line in [
        "一、重点研发计划（归口科室：高新技术科）",
        "本计划采取前资助方式，每项资助不超过50万元，须由企业牵头申报。",
        "1．医药中间体连续流合成工艺（TM2024ZD02）",
        "研究内容：开展关键中间体连续流合成研究。",
        "拟支持项目数：1项。",
    ]])
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_max_wan, leaf.quota)
            for leaf in spoken.leaves] == [
        ("TM2024ZD02", "医药中间体连续流合成工艺", "高新技术科", 50, 1)]

    def clipping(book: str, kind: str, where: str, text: str) -> list[str]:
        return [f"\ufeff{book} (Administrator)", f"- 您在位置 #{where}的{kind} | 添加于 2023年3月6日",
                "", text, "=========="]

    guide, other = "附件1：某市2023年度科技计划项目申报指南", "研发费用加计扣除政策要点"
    lines = [
        *clipping(other, "标注", "45-47", "制造业企业开展研发活动中实际发生的研发费用可加计扣除。"),
        *clipping(guide, "标注", "16-17", "（一）重点研发计划（责任股室：高新技术股）"),
        *clipping(guide, "标注", "21-22", "1．退役动力电池再生关键技术（NX2023ZD01）研究内容：开展拆解研究。"),
        *clipping(guide, "笔记", "22", "这个方向我们能报"),
        *clipping(guide, "标注", "26-26", "拟支持项目数：1项。"),
        *clipping(guide, "标注", "29-31", "2．高镍正极材料制备技术（NX2023ZD02）"),
        *clipping(guide, "标注", "34-34", "实施期限：3年。拟支持"),
        *clipping(guide, "标注", "34-35", "实施期限：3年。拟支持项目数：2项。"),
        *clipping(guide, "标注", "18-19", "本计划采取前资助方式，每个项目资助50万元-100万元，实施期限不超过2年。"),
    ]
    clipped = _parse(lines)
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.period_years_max, leaf.quota,
             leaf.source_line) for leaf in clipped.leaves] == [
        ("NX2023ZD01", "高新技术股", 100, 2, 1, lines.index(
            "1．退役动力电池再生关键技术（NX2023ZD01）研究内容：开展拆解研究。") + 1),
        ("NX2023ZD02", "高新技术股", 100, 3, 2, lines.index("2．高镍正极材料制备技术（NX2023ZD02）") + 1)]

    def event(summary: str, categories: str, description: str) -> list[str]:
        return ["BEGIN:VEVENT", f"SUMMARY:{summary[:20]}", f" {summary[20:]}",
                f"CATEGORIES:{categories}", f"DESCRIPTION:{description}", "END:VEVENT"]

    plan_one, plan_two = "一、科技重大专项（高新技术发展科）", "二、重点研发计划（农村科技科）"
    calendar = [
        "BEGIN:VCALENDAR",
        *event("2．马铃薯脱毒种薯繁育技术（HS2025ZY02）", plan_two, "研究内容：开展快繁研究。\\n拟支持项目数：1项"),
        *event("1．乳制品功能性配料关键技术（HS2025ZD01）", plan_one,
               "研究内容：开展配料研究。\\n资助额度：每项2\\,000\\,000元\\n【备注】去年报了300万元没中"),
        *event(plan_one, plan_one, "支持方式：前资助\\n资助额度：每项100万元～300万元"),
        *event(plan_two, plan_two, "支持方式：前资助\\n资助额度：每项不超过50万元"),
        "END:VCALENDAR",
    ]
    planned = _parse(calendar)
    assert [(leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan, leaf.source_line)
            for leaf in planned.leaves] == [
        ("HS2025ZD01", "高新技术发展科", 200, 200, 9),
        ("HS2025ZY02", "农村科技科", None, 50, 3)]


def test_a_plans_usual_range_said_of_its_amount() -> None:
    """支持方式：前资助。项目支持额度一般为20万元至50万元 under a plan: the range of its directions
    that state none (one that states its own keeps it)."""
    guideline = _parse([
        "二、重点产业创新项目（归口股室：高新技术股）",
        "支持方式：前资助。项目支持额度一般为20万元至50万元，实施期限2年。",
        "（一）钢铁冶炼超低排放技术（HC2026GY01）",
        "1.研究内容：开展超低排放研究。",
        "2.支持额度：40万元。",
        "（二）焦化副产品高值化利用技术（HC2026GY03）",
        "1.研究内容：开展煤焦油深加工研究。",
        "2.拟支持项目数：2项。",
    ])
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in guideline.leaves] == [
        ("HC2026GY01", 40, 40, 2), ("HC2026GY03", 20, 50, 2)]


def test_sentences_after_a_directions_count_are_its_own() -> None:
    """拟支持1项。本方向单个项目资助额度不超过80万元。 on one line: the count, then the direction's
    own grant; 拟支持2项。申报企业上年度R&D经费支出不少于500万元。: its own floor."""
    guideline = _parse([
        "一、产业技术攻关项目（归口科室：高新技术科）",
        "该类项目采取事前资助方式，单个项目资助30万元～50万元，实施期限2年。",
        "（一）新型显示面板配套材料",
        "支持内容：开展偏光片、光学膜研发。",
        "拟支持1项。本方向单个项目资助额度不超过80万元。",
        "（二）化工新材料与绿色工艺",
        "支持内容：开展高分子材料改性研发。",
        "拟支持2项。申报企业上年度R&D经费支出不少于500万元。",
    ])
    assert [(leaf.quota, leaf.funding_min_wan, leaf.funding_max_wan, leaf.min_rd_spend_wan)
            for leaf in guideline.leaves] == [(1, None, 80, None), (2, 30, 50, 500)]


def test_a_sheet_excel_saved_as_unicode_text_is_read_row_by_row() -> None:
    """Excel's 'Unicode 文本': UTF-16, TAB cells, a cell with Alt+Enter breaks or quotes wrapped
    in "…" (its quotes doubled), so a row runs over several lines; a blank cell of a direction
    row is its 计划 row's; each direction cites the line its row starts on."""
    from bot.catalogue.ingest import parse_document

    rows = [
        "附件1\t\t\t\t\t\t\t",
        '"填表说明：\n1．方向行""支持方式""栏为空的，按所属计划行执行。"\t\t\t\t\t\t\t',
        "序号\t计划类别/方向名称\t指南代码\t归口科室\t研究内容及考核指标\t支持方式\t资助额度\t申报条件",
        "一\t工业科技攻关计划\t\t高新技术科\t聚焦产业关键共性技术。\t前资助\t30～60万元\t须由企业牵头",
        '1\t长绒棉紧密纺纱线开发\tKS24GY01\t\t"研究内容：开展紧密纺工艺研究。\n考核指标：开发新产品4个。"'
        "\t\t\t须为高新技术企业。",
        '2\t电子产品在线检测产线研发\tKS24GY02\t\t"研究内容：开展机器视觉检测研究。\n'
        '考核指标：产线自动化率达到80%。"\t\t最高80万元\t',
        "二\t科技成果转化\t\t成果转化科\t对技术交易给予支持。\t后补助\t\t不需填写申报书 按奖补申请表申报",
        '3\t技术合同交易补助\tKS24JB01\t科技服务科\t"对技术开发合同\n按交易额给予补助。"'
        "\t\t按技术交易额的5%给予补助，最高50万元\t",
        "喀什地区科学技术局\t\t\t\t\t\t\t",
    ]
    data = "\r\n".join(rows).encode("utf-16")
    guideline = parse_document(data, "kashi.txt")
    assert [(leaf.source_line, leaf.code, leaf.office, leaf.funding_mode, leaf.funding_max_wan)
            for leaf in guideline.leaves] == [
        (6, "KS24GY01", "高新技术科", "前资助", 60), (8, "KS24GY02", "高新技术科", "前资助", 80),
        (11, "KS24JB01", "科技服务科", "后补助", 50)]
    first = guideline.leaves[0]  # a cell of labelled parts: each part its field
    assert (first.content, first.indicators) == ("开展紧密纺工艺研究。", "开发新产品4个。")


def test_files_joined_by_tail_are_read_in_the_order_their_names_number_them() -> None:
    """`tail -n +1 *.txt` over a zip of Word files: a ==> name <== line before each file, the
    files in byte order (1, 10, 2), each repeating the guideline's title and naming its plan,
    whose terms the first file states by name."""
    guideline = _parse([
        "==> 0.总体要求.txt <==",
        "\ufeff附件1",
        "2025年度武汉市科技计划项目申报指南",
        "一、计划类别及支持方式",
        "（一）重点研发计划（产业领域）",
        "采取前资助方式，单个项目资助100～300万元，实施期限3年。须由企业牵头申报。",
        "（二）知识创新专项（归口处室：基础研究处）",
        "采取前资助方式，每项资助20万元，实施期限2年。",
        "二、联系方式",
        "高新技术处：027-82701536",
        "",
        "==> 1.光电子芯片封装.txt <==",
        "\ufeff附件1-1",
        "2025年度武汉市科技计划项目申报指南",
        "重点研发计划（产业领域）",
        "1　光电子芯片封装",
        "指南代码：WH25ZD01",
        "一、研究内容",
        "开展硅光芯片封装研究。",
        "三、有关说明",
        "拟支持项目数：2项。",
        "",
        "==> 10.脑科学基础研究.txt <==",
        "\ufeff附件1-10",
        "2025年度武汉市科技计划项目申报指南",
        "知识创新专项",
        "10　脑科学基础研究",
        "指南代码：WH25JC01",
        "一、研究内容",
        "开展类脑计算研究。",
        "",
        "==> 2.固态电池材料.txt <==",
        "\ufeff附件1-2",
        "2025年度武汉市科技计划项目申报指南",
        "重点研发计划（产业领域）",
        "2　固态电池材料",
        "指南代码：WH25ZD02",
        "一、研究内容",
        "开展固态电解质研究。",
        "三、有关说明",
        "本方向资助额度不超过500万元，拟支持1项。",
    ])
    assert [(leaf.source_line, leaf.code, leaf.office, leaf.funding_max_wan,
             leaf.period_years_max, leaf.enterprise_lead_only, leaf.quota)
            for leaf in guideline.leaves] == [
        (16, "WH25ZD01", None, 300, 3, True, 2), (36, "WH25ZD02", None, 500, 3, True, 1),
        (27, "WH25JC01", "基础研究处", 20, 2, None, None)]


def test_a_policy_platform_s_cards_are_directions_under_their_classes() -> None:
    """A 惠企政策兑现 page: class terms in 政策要点, then one 事项 card a direction — a badge
    after its title, a ｜ row of 所属类别/指南代码/主管部门/承办科室, its own rows, the template's
    service rows and buttons — the filter, sort row and pager around them."""
    card = [
        "{title}　【依申请】",
        "所属类别：{kind}　｜　指南代码：{code}　｜　主管部门：樟树市科学技术局{office}",
        "支持内容：开展{title}研究。",
        "支持标准：{terms}",
        "办理时限：20个工作日　｜　到现场次数：0次　｜　是否收费：否",
        "申报时间：2026-03-16 09:00 至 2026-04-30 17:30",
        "咨询电话：0795-7336218",
        "立即申报　收藏　分享",
    ]
    cards = [
        ("盐化工副产物高值化利用", "工业科技攻关项目", "ZS26GY01", "", "拟支持项目数：2项。"),
        ("中成药智能制造", "工业科技攻关项目", "ZS26GY02", "　｜　承办科室：中医药科技股",
         "资助额度：最高80万元；拟支持项目数：1项。"),
        ("道地药材规范化种植", "农业科技攻关项目", "ZS26NY01", "", "资助额度：80000元。"),
    ]
    lines = [
        "政策要点",
        "一、市本级安排科技计划项目资金1500万元。",
        "二、各类项目支持方式和标准",
        "（一）工业科技攻关项目（高新技术股）：采取前资助方式，每项资助20万～50万元，实施期限2年。",
        "（二）农业科技攻关项目（农村科技股）：采取事后补助方式，每项资助不超过15万元。",
        "三、同一单位限报1个科技计划项目（奖补事项除外）。",
        "兑现事项（3）",
        "全部（3）　工业科技攻关项目（2）　农业科技攻关项目（1）",
        "排序：默认　最新发布　申报截止",
        *[row.format(title=t, kind=k, code=c, office=o, terms=s)
          for t, k, c, o, s in cards for row in card],
        "共3条　　〈　1　〉　　每页20条",
    ]
    guideline = _parse(lines)
    assert [(leaf.title, leaf.source_line, leaf.code, leaf.office, leaf.funding_mode,
             leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota)
            for leaf in guideline.leaves] == [
        ("盐化工副产物高值化利用", 10, "ZS26GY01", "高新技术股", "前资助", 20, 50, 2),
        ("中成药智能制造", 18, "ZS26GY02", "中医药科技股", "前资助", None, 80, 1),
        ("道地药材规范化种植", 26, "ZS26NY01", "农村科技股", "后补助", 8, 8, None)]


def test_a_county_notice_with_one_paragraph_a_direction_and_defaults_for_all() -> None:
    """除各方向另有说明外，项目均采取事前资助方式… in 一、 binds every direction; a direction
    said in one paragraph (N．title。content。terms。) states its own amount in 元 beside a
    matching rule and a metric in %, and its own R&D floor after its count."""
    guideline = _parse([
        "一、支持类别",
        "除各方向另有说明外，项目均采取事前资助方式，实施期限1年，企业自筹资金与县财政资助资金比例不低于1:1。",
        "二、申报方向",
        "（一）科技攻关类（责任股室：科技创新股）",
        "本类项目须由企业牵头申报，牵头企业上年度研发费用不低于100万元。",
        "1．丝网编织装备数控化改造。支持企业开展数控织网机研制，生产效率提高20%以上。"
        "拟支持1项，资助金额300000元，企业自筹资金不低于县财政资助资金的两倍。",
        "2．边坡防护网产品研发。支持企业开展柔性防护网研发。拟支持1项，资助额度最高20万元，"
        "牵头企业上年度研发费用不低于200万元。",
        "三、申报条件",
        "1．申报单位须为在安平县注册登记的企事业单位。",
    ])
    assert [(leaf.funding_mode, leaf.period_years_max, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.matching_ratio, leaf.min_rd_spend_wan) for leaf in guideline.leaves] == [
        ("前资助", 1, 30, 30, 2, 100), ("前资助", 1, None, 20, 1, 200)]
    assert "min_rd_spend_wan" not in guideline.leaves[1].inherited


def test_list_amounts_defined_as_caps_and_waivers_said_by_a_group_or_a_direction() -> None:
    """榜单金额为区财政…的最高资助额度 in the 揭榜挂帅 type's terms: a 榜单's amount is its cap;
    a title that opens with a quantity (1．12英寸…) is no 1.12 heading; 千万级网格 is no money;
    须由企业揭榜 is a firm lead; 不设研发费用门槛 frees a direction of its type's floor."""
    guideline = _parse([
        "一、项目类型及支持方式",
        "（一）揭榜挂帅项目。榜单金额为区财政对单个揭榜项目的最高资助额度，实施期限不超过2年。"
        "高校、科研院所和企业均可揭榜申报。",
        "（二）竞争择优项目。采取事前资助方式，单个项目资助50万元-100万元，实施期限2年。"
        "牵头企业上年度研发费用不低于300万元，企业自筹资金与区财政资助资金比例不低于2:1。",
        "二、支持方向",
        "（一）集成电路装备与材料（责任科室：高新技术科）",
        "1．12英寸晶圆薄膜沉积设备关键零部件国产化",
        "项目类型：揭榜挂帅",
        "技术需求：研制射频电源、真空阀门，支持千万级网格并行计算，偏差不超过3%。",
        "榜单金额：600万元",
        "其他要求：本榜单须由企业揭榜，可联合高校院所实施。",
        "2．航空发动机叶片智能检测装备",
        "项目类型：竞争择优",
        "研究内容：开展叶片型面光学测量研究。",
        "其他要求：高校和企业均可牵头申报，不设研发费用门槛，不作自筹资金配套要求。",
    ])
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.enterprise_lead_only,
             leaf.min_rd_spend_wan, leaf.matching_ratio) for leaf in guideline.leaves] == [
        ("12英寸晶圆薄膜沉积设备关键零部件国产化", None, 600, True, None, None),
        ("航空发动机叶片智能检测装备", 50, 100, False, None, None)]


def test_a_docx_dumped_with_its_style_names_reads_as_its_paragraphs() -> None:
    """python-docx's `style<TAB>text` per paragraph, Word's numbering lost: the directions are
    unnumbered titles with their codes, a Shift+Enter break a line with no style."""
    guideline = _parse([
        "公文标题\t即墨区2025年度区级科技计划项目申报指南",
        "Heading 1\t一、支持方向及资助标准",
        "Heading 2\t（一）产业关键技术攻关项目",
        "（归口科室：高新技术科）",
        "公文正文\t支持方式：前资助。",
        "公文正文\t资助额度：单个项目资助50万元～100万元。",
        "Heading 3\t汽车零部件轻量化与智能制造（JMKJ-GJ01）",
        "公文正文\t研究内容：开展一体化压铸及智能装配线关键技术研究。",
        "公文正文\t拟支持项目数：2项。",
        "Heading 3\t纺织服装数字化设计与柔性制造（JMKJ-GJ02）",
        "公文正文\t研究内容：开展针织童装三维数字化设计研究。",
        "Normal\t",
    ])
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_max_wan)
            for leaf in guideline.leaves] == [
        ("汽车零部件轻量化与智能制造", "JMKJ-GJ01", "高新技术科", 100),
        ("纺织服装数字化设计与柔性制造", "JMKJ-GJ02", "高新技术科", 100)]


def test_a_typesetter_s_source_and_a_social_post_s_comments() -> None:
    """方正书版 codes in 〖〗 around the text, ↙ a break inside a heading, a field set on the
    title's line after its code; a 微博 post whose readers' comments (均可牵头…) follow its
    counts row; 给予以奖代补5万元 a tier; an award only firms receive a firm lead."""
    guideline = _parse([
        "〖BT3〗一、支持方向〖BT〗",
        "〖BT4〗（一）重点研发计划↙〖HT5K〗（归口科室：高新技术科）〖HT〗〖BT〗",
        "　　〖HT5K〗本计划共性要求：〖HT〗采取前资助方式，〖ZZ(Z〗项目须由企业牵头申报〖ZZ)〗。",
        "　　〖HT5H〗1．煤制天然气副产物高值化利用〖HT〗〖WT5BZ〗（YL2024ZD03）〖WT〗"
        "〖HT5K〗研究内容：〖HT〗开展副产物分离提纯研究。",
        "　　〖HT5H〗资助额度：〖HT〗50〖KG*2〗～〖KG*2〗80万元。",
        "〖BT4〗（二）成果转化奖补↙〖HT5K〗（归口科室：成果转化科）〖HT〗〖BT〗",
        "　　〖HT5H〗2．技术合同交易奖补〖HT〗〖WT5BZ〗（YL2024JB01）〖WT〗",
        "对年度技术合同登记额达到300万元的企业，给予以奖代补5万元；达到1000万元的，给予15万元。",
        "　　〖HT5H〗3．高新技术企业认定奖励〖HT〗〖WT5BZ〗（YL2024JB02）〖WT〗",
        "对首次通过认定的高新技术企业，每家奖励10万元。",
        "原文链接：网页链接",
        "#科技政策解读#",
        "收起",
        "转发 23　评论 17　赞 41",
        "小王：请问高校能牵头吗？",
        "咨询：可以，企业、高校、科研院所均可牵头～",
    ])
    assert [(leaf.title, leaf.code, leaf.office, leaf.content, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.enterprise_lead_only) for leaf in guideline.leaves] == [
        ("煤制天然气副产物高值化利用", "YL2024ZD03", "高新技术科", "开展副产物分离提纯研究。",
         50, 80, True),
        ("技术合同交易奖补", "YL2024JB01", "成果转化科",
         "对年度技术合同登记额达到300万元的企业，给予以奖代补5万元；达到1000万元的，给予15万元。",
         5, 15, True),
        ("高新技术企业认定奖励", "YL2024JB02", "成果转化科",
         "对首次通过认定的高新技术企业，每家奖励10万元。", 10, 10, True)]


def test_a_forum_post_s_bbcode_and_a_class_table_below_its_sentence() -> None:
    """Discuz! BBCode around every run of text, a [table] a row a line; the table right under
    各类项目支持标准见下表 (no 表N caption) gives each class its terms, a direction naming its
    class beside its code (指南编号：…；项目类别：A类。)."""
    font = "[p=28, 2, left][size=16px][font=仿宋_GB2312]{}[/font][/size][/p]"
    cell = "[td][p=20, null, center][size=14px][font=仿宋_GB2312]{}[/font][/size][/p][/td]"
    guideline = _parse([
        font.format("一、项目类别及支持标准"),
        font.format("区级科技计划项目分为A类、B类，各类项目支持标准见下表。"),
        "[table=98%]",
        "[tr]" + "".join(cell.format(c) for c in ("项目类别", "支持方式", "资助额度", "实施周期"))
        + "[/tr]",
        "[tr]" + "".join(cell.format(c) for c in ("A类（重点研发项目）", "事前资助", "50万元～100万元",
                                                  "3年")) + "[/tr]",
        "[tr]" + "".join(cell.format(c) for c in ("B类（一般研发项目）", "事前资助", "10万元～30万元",
                                                  "2年")) + "[/tr]",
        "[/table]",
        font.format("二、支持方向"),
        "[p=28, 2, left][b][font=Times New Roman]1[/font][font=仿宋_GB2312]．页岩气田采出水处理技术"
        "[/font][/b][/p]",
        font.format("指南编号：[/font][font=Times New Roman]FL2024-01[/font][font=仿宋_GB2312]"
                    "；项目类别：A类。"),
        font.format("研究内容：开展采出水高效处理研究。"),
        "[p=28, 2, left][b][font=Times New Roman]2[/font][font=仿宋_GB2312]．锂电池电解液添加剂开发"
        "[/font][/b][/p]",
        font.format("指南编号：FL2024-02；项目类别：B类。"),
        font.format("研究内容：开展成膜添加剂合成研究。"),
        "[attach]58213[/attach]",
    ])
    assert [(leaf.title, leaf.code, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max) for leaf in guideline.leaves] == [
        ("页岩气田采出水处理技术", "FL2024-01", 50, 100, 3),
        ("锂电池电解液添加剂开发", "FL2024-02", 10, 30, 2)]


def test_a_git_diff_reads_as_its_new_side_and_an_ofd_dump_as_its_printed_lines() -> None:
    """git show of a commit replacing last year's guideline: the ' ' and '+' lines are this
    year's, the '-' lines gone; an OFD page's XML: its TextCode lines in order."""
    diff = _parse([
        "commit 7c41e9a2d3b58f06e1a9c4b2d7e5f3a18c6b0d94",
        "    更新2026年度申报指南，覆盖2025版",
        "diff --git a/guide.txt b/guide.txt",
        "--- a/guide.txt",
        "+++ b/guide.txt",
        "@@ -1,9 +1,9 @@",
        " （一）重点研发计划（归口科室：高新技术科）",
        "-本计划采取事前资助方式，单个项目资助20～40万元，实施期限2年。",
        "+本计划采取事前资助方式，单个项目资助30～50万元，实施期限2年。",
        "-1．高效节能泵关键技术（WL2025ZD01）",
        "+1．高效节能泵与永磁电机关键技术（WL2026ZD01）",
        " 研究内容：开展高效水力模型设计研究。",
        "-4．水产品精深加工技术（WL2025ZD04）",
        "-研究内容：开展水产品保鲜研究。",
        "+2．鞋服智能制造与柔性生产系统（WL2026ZD02）",
        "+研究内容：开展鞋类3D足型测量研究。",
    ])
    assert [(leaf.code, leaf.source_line, leaf.funding_min_wan, leaf.funding_max_wan)
            for leaf in diff.leaves] == [("WL2026ZD01", 11, 30, 50), ("WL2026ZD02", 15, 30, 50)]
    box = ('      <ofd:TextObject ID="{}" Boundary="{} {} 146.7 7.0" Font="4" Size="5.6">')
    text = '        <ofd:TextCode X="0" Y="4.9" DeltaX="g 25 5.6">{}</ofd:TextCode>'
    printed = [("26.0", "一、支持方向"), ("37.3", "（一）重点研发计划（归口科室：高新技术科）"),
               ("37.3", "本计划采取前资助方式，每项资助不超过50万元，实施期限2年。"),
               ("37.3", "1．酸汤食品标准化发酵技术（QDN2023ZD01）"),
               ("37.3", "研究内容：开展红酸汤乳酸菌定向发酵研究，产品&amp;工艺标准"),
               ("26.0", "化。"), ("37.3", "2．苗药资源开发（QDN2023ZD02）"),
               ("37.3", "研究内容：开展苗药有效成分研究。"), ("37.3", "拟支持项目数：2项。"),
               ("90.0", "- 3 -"), ("37.3", "二、申报要求")]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<ofd:Page>"]
    for at, (x, said) in enumerate(printed):
        lines += [box.format(at, x, 30 + 10 * at), text.format(said), "      </ofd:TextObject>"]
    ofd = _parse(lines)
    assert [(leaf.code, leaf.source_line, leaf.funding_max_wan, leaf.content)
            for leaf in ofd.leaves] == [
        ("QDN2023ZD01", 13, 50, "开展红酸汤乳酸菌定向发酵研究，产品&工艺标准化。"),
        ("QDN2023ZD02", 22, 50, "开展苗药有效成分研究。")]


def test_articles_named_by_a_first_sentence_and_a_default_article_before_them() -> None:
    """第三条　重点研发计划（责任股室：…）。本计划…: an article named by its short first
    sentence is a plan, its body its terms; 第二条's 除…另有规定外 default binds every
    direction; 第六条　申报条件。 funds nothing."""
    guideline = _parse([
        "第一条　2026年度县科技计划设重点研发计划、农业与社会发展科技计划两类。",
        "第二条　除本通知第三条至第四条另有规定外，县科技计划项目采取事前资助方式，实施期限为2年，"
        "项目承担单位自筹资金与县财政资助资金比例不低于1:1。",
        "第三条　重点研发计划（责任股室：高新技术股）。本计划项目须由企业牵头申报，每项资助30万元～60万元。"
        "重点支持以下方向：",
        "（一）含氟高分子材料及氟化工产品高端化",
        "　　开展含氟高分子材料改性及专用料研发。拟支持2项。",
        "第四条　农业与社会发展科技计划（责任股室：农村与社会发展股）。本计划企业、高校均可牵头申报，"
        "每项资助不超过20万元。支持以下方向：",
        "（一）马踏湖湿地生态保护与水环境治理",
        "　　开展湿地水质净化研究。拟支持1项，资助金额15万元。",
        "第五条　申报条件。",
        "（一）申报单位须为在桓台县注册登记、具有独立法人资格的企事业单位。",
    ])
    assert [(leaf.plan, leaf.office, leaf.funding_mode, leaf.period_years_max,
             leaf.funding_min_wan, leaf.funding_max_wan, leaf.enterprise_lead_only,
             leaf.matching_ratio) for leaf in guideline.leaves] == [
        ("重点研发计划", "高新技术股", "前资助", 2, 30, 60, True, 1),
        ("农业与社会发展科技计划", "农村与社会发展股", "前资助", 2, 15, 15, False, 1)]


def test_kinds_tagged_after_titles_take_the_terms_a_closing_section_gives_them() -> None:
    """…关键技术（研发类） / …奖补（奖补类）: the tag names the kind (not part of the title), whose
    terms 四、资金管理 states as （一）研发类项目采取…; 不设研发费用门槛和资质要求 waives both."""
    guideline = _parse([
        "一、支持方向",
        "（一）智能网联新能源汽车（牵头处室：产业创新处）",
        "1．线控底盘与智能驾驶域控制器关键技术（研发类）",
        "研究内容：研究线控制动冗余架构。",
        "拟支持项目数：2项",
        "2．汽车软件首版次应用奖补（奖补类）",
        "支持对象：首次实现汽车基础软件批量装车应用的企业。",
        "奖补标准：按装车销售合同金额的20%给予奖补，最高不超过100万元。",
        "3．国产AI芯片适配与编译优化（研发类）",
        "研究内容：开展主流大模型迁移适配研究。",
        "申报要求：本方向高校和企业均可牵头申报，不设研发费用门槛和资质要求。",
        "二、资金管理",
        "（一）研发类项目采取事前资助方式。单个项目资助额度100万元至300万元，实施期限不超过2年。"
        "研发类项目须由企业牵头申报，牵头企业须为高新技术企业，上年度研发费用不低于200万元。",
        "（二）奖补类项目采取以奖代补方式，经审核后一次性兑现，不设实施期限。",
    ])
    assert [(leaf.title, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.min_rd_spend_wan, leaf.qualifications)
            for leaf in guideline.leaves] == [
        ("线控底盘与智能驾驶域控制器关键技术", "前资助", 100, 300, 2, 200, ["高新技术企业"]),
        ("汽车软件首版次应用奖补", "奖补", None, 100, None, None, []),
        ("国产AI芯片适配与编译优化", "前资助", 100, 300, 2, None, [])]


def test_an_oa_watermark_a_column_site_s_copy_notices_and_a_survey() -> None:
    """Zero-width characters an OA system hides in the text are no text; 归口管理科室 names
    the office; 知乎's notice after each copied selection, the selection's repeat of the cut
    line before it and the editor's asides are dropped; a 问卷星 survey's lettered options
    are the directions of the question they answer, the profile questions none."""
    mark = "\u2060\u200c\u200c\u200b\u200c\u200d\u2060"
    oa = _parse([
        "第一部分　工业与能源领域重点研发项目",
        "归口管理科室：工业与高新技术科",
        "支持方式及要求：采用前资助方式，项目实施期一般不超过3年。",
        f"（一）钢铁冶金低碳冶炼与氢冶{mark}金技术【JYG2024-GY-01】",
        f"资助金额：100万元-2{mark}00万元。",
        "（二）技术合同交易奖补【JYG2024-HB-03】",
        "对技术合同成交额100万元以上的企业给予以奖代补3万元，成交额500万元以上的给予10万元。",
    ])
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan)
            for leaf in oa.leaves] == [
        ("钢铁冶金低碳冶炼与氢冶金技术", "JYG2024-GY-01", "工业与高新技术科", 100, 200),
        ("技术合同交易奖补", "JYG2024-HB-03", "工业与高新技术科", 3, 10)]
    notice = ["", "作者：辽沈科创咨询", "链接：https://zhuanlan.zhihu.com/p/1884906273315607552",
              "来源：知乎", "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。"]
    column = _parse([
        "本溪市2025年度科技计划项目申报指南（全文+申报要点）", "辽沈科创咨询",
        "专注高企认定、科技项目申报辅导｜沈阳·本溪·丹东", "36 人赞同了该文章",
        "3月14日，本溪市科学技术局印发《本溪市2025年度科技计划项目申报指南》，全文如下。",
        "一、支持方向", "（一）社会发展科技计划（归口科室：农村与社会发展科）",
        "本计划采取前资助方式，每项资助15～20万元，实施期限1年，申报单位不限。",
        "（小编注：去年最高资助10万元，今年提高了。）",
        "1．林下经济与特色农产品开发", "指南代码：BX25SF01",
        "研究内容：开展林下参、蓝莓、山野菜等林下经济作物", *notice,
        "山野菜等林下经济作物标准化种植研究。", "拟支持3项。",
        "2．生态文旅与温泉康养", "指南代码：BX25SF02", *notice, "指南代码：BX25SF02",
        "研究内容：开展温泉资源保护性开发研究。", "编辑于 2025-03-18 10:26・IP 属地辽宁",
    ])
    assert [(leaf.title, leaf.code, leaf.content, leaf.funding_max_wan, leaf.quota)
            for leaf in column.leaves] == [
        ("林下经济与特色农产品开发", "BX25SF01", "开展林下参、蓝莓、山野菜等林下经济作物标准化种植研究。",
         20, 3),
        ("生态文旅与温泉康养", "BX25SF02", "开展温泉资源保护性开发研究。", 20, None)]
    survey = _parse([
        "第一部分　单位基本情况", "1. 单位名称：[填空题] *", "_______________",
        "2. 贵单位已具备的资质：[多选题]", "□高新技术企业", "□科技型中小企业", "",
        "第二部分　申报方向意向",
        "3. 重点研发计划（归口：高新技术与产业化科）拟申报方向：[多选题] *",
        "依赖于第2题第1个选项",
        "题目说明：本计划采取前资助方式，项目实施期限2年，须由企业牵头申报。",
        "□A. 自行车轻量化与智能化关键技术（JH26-ZD01）｜资助50～80万元｜拟支持2项",
        "□B. 再生资源高值化循环利用技术（JH26-ZD02）",
        "选项说明：资助不超过100万元；拟支持1项。", "□以上均不申报",
        "4. 科技创新奖补事项（归口：科技创新服务科）拟申报事项：[多选题]",
        "题目说明：以下事项均采取后补助方式，经审核后一次性拨付，不设实施期限。",
        "□A. 技术合同登记奖补（JH26-JB04）",
        "选项说明：对年度技术合同登记额达到200万元的企业以奖代补2万元，达到1000万元的以奖代补5万元。",
        "□以上均不申报", "",
    ])
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.quota, leaf.enterprise_lead_only) for leaf in survey.leaves] == [
        ("自行车轻量化与智能化关键技术", "JH26-ZD01", "高新技术与产业化科", 50, 80, 2, True),
        ("再生资源高值化循环利用技术", "JH26-ZD02", "高新技术与产业化科", None, 100, 1, True),
        ("技术合同登记奖补", "JH26-JB04", "科技创新服务科", 2, 5, None, True)]


def test_a_wiki_page_s_source_words_split_by_a_pipeline_and_a_speech_script() -> None:
    """MediaWiki source (== headings ==, '''labels''', [[links]], <code>, an infobox, <ref> notes
    and comments with other years' figures); jieba's word-split text a sentence a line under a
    '#' header; an SSML script (<say-as>, <sub alias> around the written form, comments): each
    read as the text it carries."""
    wiki = _parse([
        "{{政策信息框", "|标题=太原市2025年度科技计划项目申报指南", "|文号=并科发〔2025〕8号", "}}",
        "<!-- 去年（2024）指南见[[政策:太原市2024年度科技计划项目申报指南]]。 -->",
        "== 三、支持方向 ==", "=== （一）重点研发计划 ===", "'''归口处室'''：高新技术处",
        "'''支持方式'''：本计划采取前资助方式，实施期限2年，须由企业牵头申报。", "",
        "==== 1．高端不锈钢及特种合金材料 ====", "'''指南代码'''：<code>TY2025ZD02</code>",
        "'''资助额度'''：'''不超过120万元'''<ref>2024年本方向资助上限为150万元，",
        "今年下调。</ref>；申报企业须为[[高新技术企业]]。",
        "<!-- 王：我们去年获批90万元，今年可再报。 -->",
        "==== 2．智能煤机与矿山装备 ====", "'''指南代码'''：<code>TY2025ZD03</code>",
        "'''资助额度'''：80万元至100万元；<br />'''实施期限'''：2025年7月—2028年6月。",
        "[[分类:科技政策]]",
    ])
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.qualifications) for leaf in wiki.leaves] == [
        ("高端不锈钢及特种合金材料", "TY2025ZD02", "高新技术处", None, 120, 2, ["高新技术企业"]),
        ("智能煤机与矿山装备", "TY2025ZD03", "高新技术处", 80, 100, 3, [])]
    split = _parse([
        "# doc_id: jzt-220400-kjj-20240311-0006",
        "# pipeline: html2text -> nfkc -> sent_split('。！？;') -> jieba 0.42.1", "",
        "二 、 支持 方向", "",
        "( 一 ) 重点 研发 计划", "", "责任 科室 : 高新技术 科", "",
        "支持 方式 : 本 计划 采取 前 资助 方式 , 实施 期限 为 2 年 , 须 由 企业 牵头 申报 ;",
        "企业 自筹资金 与 市 财政 资助 资金 比例 不 低于 1 : 1 。", "",
        "1 . 梅花鹿 良种 繁育 与 鹿 产品 精深 加工 ( LY2024ZD01 )", "",
        "研究 内容 : 开展 梅花鹿 良种 选育 研究 。", "",
        "资助 额度 : 30 ~ 50 万元 ; 拟 支持 2 项 。",
    ])
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.quota, leaf.matching_ratio) for leaf in split.leaves] == [
        ("梅花鹿良种繁育与鹿产品精深加工", "LY2024ZD01", "高新技术科", 30, 50, 2, 1)]
    say = '<say-as interpret-as="cardinal">{}</say-as>'
    ssml = _parse([
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<!-- 发音人：zhiyuan  语速：-80  总时长约 14分52秒 -->",
        '<speak voice="zhiyuan">',
        '<p><break time="800ms"/>（一）<phoneme alphabet="py" ph="zhong4 dian3">重点</phoneme>'
        '研发计划<break time="300ms"/>（责任科室：高新技术科）</p>',
        "<p>支持方式：事前资助，项目实施期限为" + say.format(2) + "年，须由企业牵头申报，"
        '企业自筹资金与财政资助资金比例不低于<sub alias="一比一">1:1</sub>。</p>',
        '<p>1．高档数控机床及功能部件（<say-as interpret-as="characters">TZ26ZD01</say-as>）</p>',
        "<p>资助额度：" + say.format(50) + '<sub alias="至">～</sub>' + say.format(80)
        + "万元；拟支持" + say.format(2) + "项。</p>",
        "<!-- 此处原稿“R&D”读成了“R和D”，改为字母逐个读 -->",
        '<p>2．科技成果转化贷款贴息（<say-as interpret-as="characters">TZ26HB03</say-as>）</p>',
        "<p>支持内容：采取贷款贴息方式，对科技型中小企业用于成果转化的贷款，按实际付息额的"
        '<sub alias="百分之五十">50%</sub>予以贴息，单户最高' + say.format(20) + "万元。</p>",
        "</speak>",
    ])
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_mode, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.matching_ratio) for leaf in ssml.leaves] == [
        ("高档数控机床及功能部件", "TZ26ZD01", "高新技术科", "前资助", 50, 80, 1),
        ("科技成果转化贷款贴息", "TZ26HB03", "高新技术科", "贷款贴息", None, 20, 1)]


def test_terms_listed_before_and_after_directions_and_an_applicant_column() -> None:
    """申报要求： with （1）（2）… after a plan's directions, or before them ending in
    本类项目支持以下方向：; …尚未验收的企业不得申报 shuts out those firms, not firms; an 一览表's
    申报主体要求 cell (企业牵头，…, 须为…, a kind of firm, 不限) is each direction's lead rule."""
    guideline = _parse([
        "一、申报类别及支持方向",
        "（一）重大科技攻关项目（归口科室：高新技术科）",
        "1．高端智能家电核心部件技术",
        "　　开展变频压缩机研发。本方向拟支持2项。",
        "申报要求：",
        "（1）项目须由企业牵头申报，可联合高校、科研院所共同实施；",
        "（2）采取事前资助方式，每项资助100万元～200万元；",
        "（3）已承担市级重大科技攻关项目且尚未验收的企业不得申报。",
        "（二）一般工业科技项目（归口科室：高新技术科）",
        "申报要求：",
        "（1）企业、高校、科研院所均可牵头申报；",
        "（2）采取事前资助方式，每项资助不超过50万元。",
        "本类项目支持以下方向：",
        "1．工业机器人与智能装备关键技术",
        "　　开展协作机器人研发与应用。本方向拟支持3项。",
        "2．数字化车间与工业互联网应用",
        "　　开展制造执行系统研究。本方向拟支持2项，须由企业牵头申报。",
    ])
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.enterprise_lead_only)
            for leaf in guideline.leaves] == [
        ("高端智能家电核心部件技术", 100, 200, True),
        ("工业机器人与智能装备关键技术", None, 50, False),
        ("数字化车间与工业互联网应用", None, 50, True)]
    table = _parse([
        "一、重点研发计划",
        "本计划采取事前资助方式。",
        "1．文山三七良种选育技术",
        "研究内容：开展三七良种选育研究。",
        "2．绿色铝精深加工技术",
        "研究内容：开展再生铝研究。",
        "3．辣椒绿色高效栽培示范",
        "研究内容：开展辣椒栽培示范。",
        "附件2",
        "支持方向一览表",
        "序号\t支持方向\t资助额度\t申报主体要求",
        "1\t文山三七良种选育技术\t50万元～80万元\t企业牵头，可联合高校、科研院所",
        "2\t绿色铝精深加工技术\t1000000元\t规模以上工业企业，上年度研发投入不低于500万元",
        "3\t辣椒绿色高效栽培示范\t20万元\t不限",
    ])
    assert [(leaf.title, leaf.funding_max_wan, leaf.enterprise_lead_only, leaf.min_rd_spend_wan)
            for leaf in table.leaves] == [
        ("文山三七良种选育技术", 80, True, None), ("绿色铝精深加工技术", 100, True, 500),
        ("辣椒绿色高效栽培示范", 20, False, None)]


def test_notes_and_conditions_naming_rows_of_the_table_by_their_number() -> None:
    """注：1.序号1—2方向… under a table of directions (one cell a line here, as Word pastes it)
    and 表中序号3方向… in the conditions each bind the rows they number, not every direction:
    the conditions' other clauses still bind them all."""
    rows = [("1", "涡轮增压器精密铸造技术", "20～30万元"), ("2", "汽车电子水泵研发", "不超过30万元"),
            ("3", "县域常见病适宜诊疗技术", "5万元"), ("4", "农产品电商溯源应用", "8万元")]
    guideline = _parse([
        "一、支持方向及支持额度",
        "按以下方向组织申报（见下表），每个方向拟支持1项。",
        "序号\t方向名称\t支持额度",
        *(f"{n}\t{title}\t{amount}" for n, title, amount in rows),
        "注：1.序号1—2方向申报企业上年度研发投入不低于100万元。",
        "2.序号4方向申报单位须为高新技术企业。",
        "二、申报条件",
        "（一）申报单位须为在本县注册的企业，须由企业牵头申报；表中序号3方向医疗卫生机构、"
        "事业单位、企业均可申报。",
        "（二）项目自筹资金与县财政资助资金比例不低于1:1。",
    ])
    assert [(leaf.title, leaf.enterprise_lead_only, leaf.min_rd_spend_wan, leaf.qualifications,
             leaf.matching_ratio) for leaf in guideline.leaves] == [
        ("涡轮增压器精密铸造技术", True, 100, [], 1.0),
        ("汽车电子水泵研发", True, 100, [], 1.0),
        ("县域常见病适宜诊疗技术", False, None, [], 1.0),
        ("农产品电商溯源应用", True, None, ["高新技术企业"], 1.0)]


def test_a_coded_heading_after_a_label_line_as_wide_as_the_page_is_no_wrapped_piece() -> None:
    """申报主体：须由企业牵头，牵头企业须为高新技术企业 as wide as the longest lines, then
    1．…（HGX2401）: the numbered title ending with its code is a heading, not the rest of a
    sentence the page width cut."""
    guideline = _parse([
        "二、支持计划及方向",
        "（一）关键核心技术攻关计划（责任部门：产业科）",
        "资助额度：每项100～200万元",
        "申报主体：须由企业牵头，牵头企业须为高新技术企业",
        "经费配套：自筹经费与财政资助比例不低于2:1",
        "1．工业机器人与智能装备（HGX2401）",
        "研究内容：开展协作机器人整机研发。",
        "2．生物医药创新药物与高端制剂（HGX2403）",
        "研究内容：开展改良型新药研究。",
    ])
    assert [(leaf.code, leaf.content, leaf.funding_max_wan) for leaf in guideline.leaves] == [
        ("HGX2401", "开展协作机器人整机研发。", 200), ("HGX2403", "开展改良型新药研究。", 200)]


def test_numbers_a_wrapped_sentence_lists_open_no_part() -> None:
    """…分别见本函第 cut at the page width, then 二、三部分答复。…: the sentence lists parts by
    number and carries on; 二、 there is no part of its own, and the directions stay under the
    real 二、 that follows."""
    guideline = _parse([
        "一、关于“今年县级科技计划总体怎么安排”的问题",
        "答：今年县级科技计划安排专项资金320万元，分重点研发项",
        "目、成果转化项目两类，全县计划支持不超过26个项目。两类",
        "项目的方向、支持标准、申报条件和申报要求分别详见本函第",
        "二、三部分答复。同一单位同一年度只能牵头申报1个项目，奖",
        "补事项不占申报名额，请你公司对照以下答复审慎选择方向。",
        "二、关于“县级重点研发项目有哪些方向”的问题",
        "答：重点研发项目采取前资助方式，实施期限不超过2年，须由",
        "企业牵头申报。今年设两个方向：",
        "（一）辣椒精深加工关键技术研发",
        "重点支持辣椒色素提取纯化技术研究。每项资助20～30万元。",
        "（二）苹果贮藏保鲜技术集成示范",
        "重点支持气调贮藏技术示范。每项资助10～20万元，拟支持2项。",
        "三、关于“成果转化项目怎么支持”的问题",
        "答：成果转化项目采取后补助方式，每项补助不超过50万元。",
    ])
    assert [(leaf.source_line, leaf.title, leaf.funding_max_wan)
            for leaf in guideline.leaves][:2] == [
        (10, "辣椒精深加工关键技术研发", 30), (12, "苹果贮藏保鲜技术集成示范", 20)]


SERVICE_LIST = [  # a 政务服务事项实施清单: the service item, its 业务办理项 in groups
    "一、事项基本信息",
    "事项名称：科技计划项目立项与资助",
    "基本编码：450000001000",
    "承办机构：某县科学技术局",
    "数量限制：有数量限制（详见各业务办理项）",
    "二、业务办理项",
    "【分组一】县级重点研发计划",
    "　　分组共性要素：",
    "　　　　给付方式：前资助，立项后一次性拨付",
    "　　　　实施周期：不超过2年",
    "　　　　分组承办股室：高新技术股",
    "业务办理项01：蔗糖副产物高值化利用技术研究",
    "　　业务办理项编码：450000001000-01",
    "　　办理项状态：在用",
    "　　给付标准：每项20万元—40万元",
    "　　数量限制：有，本办理项不超过2项",
    "业务办理项02：县级科技特派员服务项目",
    "　　业务办理项编码：450000001000-02",
    "　　办理项状态：暂停办理（本年度暂不受理申报）",
    "　　给付标准：—",
    "业务办理项03：桑蚕茧丝绿色加工技术集成示范",
    "　　业务办理项编码：450000001000-03",
    "　　办理项状态：在用",
    "　　给付标准：最高不超过15万元",
    "　　数量限制：有，不超过3项",
    "【分组二】项目管理类",
    "业务办理项04：科技计划项目结题验收",
    "　　业务办理项编码：450000001000-04",
    "　　办理说明：项目执行期满后提出申请，本办理项不安排项目资金。",
]


def test_a_service_lists_items_are_directions_under_their_groups_shared_terms() -> None:
    """业务办理项01：… is a direction (a word of the list's own before numbers running 01, 02 …);
    【分组一】 its group, whose 分组共性要素 (给付方式, 实施周期, 分组承办股室) every item takes;
    给付标准 its grant, 有，…不超过2项 its count; an item 暂停办理 or that 不安排项目资金 and the
    事项基本信息 record of the whole service are no directions."""
    leaves = _parse(SERVICE_LIST).leaves
    assert [(leaf.source_line, leaf.code, leaf.title, leaf.office, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.funding_mode, leaf.period_years_max, leaf.quota)
            for leaf in leaves] == [
        (12, "450000001000-01", "蔗糖副产物高值化利用技术研究", "高新技术股", 20, 40, "前资助", 2, 2),
        (21, "450000001000-03", "桑蚕茧丝绿色加工技术集成示范", "高新技术股", None, 15, "前资助", 2,
         3)]


CHATBOT_REPORT = [  # a vendor's 运营月报 listing the knowledge entries its bot answers with
    "某县政务服务智能客服“小科”",
    "2025年5月运营月报（科技专题）",
    "报送单位：某县科学技术和工业信息化局",
    "统计周期：2025年5月1日—5月31日",
    "一、本月运营概况",
    "5月份累计接入会话3,120次，其中科技类会话806次，占25.8%。",
    "二、本月新增知识条目",
    "说明：以下条目经县科技局审核确认后上线，【标准答案】即为机器人对外答复口径。",
    "（一）县级重点研发专项",
    "【计划通用口径】本专项采取前资助方式，单个项目资助额度为10万元至20万元，须由企业牵头申报。"
    "归口科室：县科学技术和工业信息化局高新技术股。",
    "条目编号：KF-2505-01　　指南方向代码：XK25ZD01",
    "【标准问】茶叶精深加工关键技术",
    "【相似问】茶叶项目能报多少钱｜茶叶加工有没有方向",
    "【标准答案】本方向支持茶多酚提取与茶饮料开发技术研究，拟支持2项。",
    "条目编号：KF-2505-02　　指南方向代码：XK25ZD02",
    "【标准问】竹材高值化利用技术",
    "【相似问】竹子加工项目",
    "【标准答案】本方向支持竹纤维复合材料研发，拟支持1项。",
    "条目编号：KF-2505-03",
    "【标准问】申报系统登不上去怎么办",
    "【相似问】系统打不开",
    "【标准答案】请拨打省系统客服电话，机器人无法处理系统故障。",
    "条目编号：KF-2505-04",
    "【标准问】科技特派员项目",
    "【相似问】特派员今年报不报",
    "【标准答案】2025年度县级科技特派员项目本次不受理，请关注后续通知。",
    "三、下月工作计划",
    "1．每日监测科技类会话，当日补充知识条目。",
]


def test_a_chatbots_knowledge_entries_are_directions_under_their_plans() -> None:
    """【标准问】茶叶精深加工关键技术 heads a direction, its 指南方向代码 from the 条目编号 line
    above (not the bot's own id), its 【标准答案】 the text, the plan's 【计划通用口径】 the terms
    it takes (归口科室：…局高新技术股 whole, as the label gives it); an entry asking a question,
    one 本次不受理, the report's own sections and a note on the entries below are none."""
    guideline = parse_document("\n".join(CHATBOT_REPORT).encode(), "yuebao.txt")
    assert [(leaf.source_line, leaf.code, leaf.title, leaf.office, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.enterprise_lead_only, leaf.quota)
            for leaf in guideline.leaves] == [
        (12, "XK25ZD01", "茶叶精深加工关键技术", "县科学技术和工业信息化局高新技术股", 10, 20, True, 2),
        (16, "XK25ZD02", "竹材高值化利用技术", "县科学技术和工业信息化局高新技术股", 10, 20, True, 1)]


TV_SCRIPT = [  # a TV programme's 播出文稿: cues, captions, the terms in the voice-over
    "某县融媒体中心　电视专题节目播出文稿",
    "栏　　目：《政策直通车》（第3期）",
    "【片头】（00:00—00:10）栏目片头动画，主题音乐起。",
    "【演播室·主持人口播】（00:10—00:50）",
    "　　观众朋友们好！今年县上的科技项目怎么报？我们一起来看。",
    "【字幕·板块】第一部分　重点研发计划",
    "【画外音】（00:50—01:20）",
    "　　这一部分由县科技局农村科技股负责，项目全部采取前资助方式，实施期限不超过2年，须由企业牵头申报。",
    "【字幕卡】方向1　高原夏菜绿色生产技术集成（代码：XK25NK01）",
    "【画外音】（01:20—01:50）",
    "　　第一个方向，支持高原夏菜水肥一体化技术集成，每个项目支持15万元，拟支持2项。",
    "【字幕卡】方向2　中药材产地初加工技术研究（代码：XK25NK02）",
    "【画外音】（01:50—02:20）",
    "　　第二个方向，支持当归产地趁鲜切制技术研究，支持强度在10万元到20万元之间。",
    "【同期声·县科技局局长　赵某】（02:20—02:50）",
    "　　我特别提醒一点，每个单位今年只能牵头申报一个项目。",
    "【字幕·板块】第二部分　科技创新奖补",
    "【画外音】（02:50—03:20）",
    "　　奖补事项由县科技局科技服务股审核，均采取以奖代补方式。",
    "【字幕卡】奖补1　高新技术企业认定奖补",
    "【画外音】（03:20—03:40）",
    "　　第一项，对首次通过认定的高新技术企业，一次性给予10万元奖补。",
    "【字幕卡】奖补2　科技型中小企业研发费用后补助",
    "【画外音】（03:40—04:00）",
    "　　第二项，按企业上年度研发费用的5%给予后补助，最高不超过8万元。要求企业上年度研发费用不低于50万元。",
    "【字幕卡】科技特派员选派（按省市统一安排）",
    "【画外音】（04:00—04:20）",
    "　　今年的科技特派员选派按照省、市统一安排执行，本次县级指南不受理科技特派员项目申报。",
    "【字幕·提示】申报时间　2025年3月17日—4月18日",
    "【片尾】（04:20—04:40）演职人员字幕，栏目片尾音乐。",
]


def test_a_broadcast_scripts_captions_head_what_its_voice_over_says() -> None:
    """【字幕·板块】第一部分　… and 【字幕卡】方向1　…（代码：…） are what the screen shows: the
    part and direction headings; the voice-over under them their text (第一项，… counting the
    card's item is no heading of its own, 要求企业上年度研发费用不低于50万元 its floor); the other
    cues (片头, 画外音, 同期声) are no text, and a card whose voice says this call takes none of
    what it names (不受理科技特派员项目申报) is closed."""
    guideline = parse_document("\n".join(TV_SCRIPT).encode(), "wengao.txt")
    assert [(leaf.source_line, leaf.code, leaf.title, leaf.office, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.funding_mode, leaf.quota, leaf.min_rd_spend_wan)
            for leaf in guideline.leaves] == [
        (9, "XK25NK01", "高原夏菜绿色生产技术集成", "农村科技股", 15, 15, "前资助", 2, None),
        (12, "XK25NK02", "中药材产地初加工技术研究", "农村科技股", 10, 20, "前资助", None, None),
        (20, None, "高新技术企业认定奖补", "科技服务股", 10, 10, "奖补", None, None),
        (23, None, "科技型中小企业研发费用后补助", "科技服务股", None, 8, "后补助", None, 50)]


def test_a_news_rundowns_voice_over_on_its_cues_line_states_the_terms() -> None:
    """【画外音】今年的…项目由…股归口，…前资助…须由企业牵头申报。: a news item's voice-over said on
    its cue's own line — the words are the plan's terms (the cue alone is dropped, a speaker's
    name before their words too); 【字幕板1】… is a numbered caption board, its words the
    heading of the table under it. The programme's 串联单 (running order) and 播出文稿 parts
    fund nothing, though an item's headline names an amount."""
    leaves = _parse([
        "一、串联单", "序号\t板块\t标题\t时长",
        "03\t要闻\t科技计划项目申报启动 单个项目最高可获50万元\t3'40\"", "二、播出文稿",
        "【03】2025年度县级科技计划项目申报启动 单个项目最高可获50万元",
        "【主持人口播】日前，县科技局发布年度科技计划项目申报指南。",
        "【画外音】今年的产业攻关项目由县科技局高新技术股归口，采取前资助方式，须由企业牵头申报。",
        "【同期声】县科技局高新技术股股长 王某：",
        "“每个单位只能牵头申报一个项目。”",
        "【字幕板1】产业关键技术攻关项目",
        "序号\t攻关方向\t方向代码\t资助额度",
        "1\t新型显示材料与器件\tXX25GJ01\t最高50万元",
        "2\t智能装备与工业机器人\tXX25GJ02\t40万～60万元",
        "【画外音】农业科技项目由县科技局农村股归口，资助方式为事前资助，各类单位均可牵头申报。",
        "【字幕板2】农业科技项目",
        "方向\t方向代码\t资助额度",
        "芦柑绿色高效栽培与采后保鲜\tXX25NS01\t每项15万元"]).leaves
    assert [(leaf.source_line, leaf.code, leaf.office, leaf.funding_max_wan, leaf.funding_mode,
             leaf.enterprise_lead_only) for leaf in leaves] == [
        (12, "XX25GJ01", "高新技术股", 50, "前资助", True),
        (13, "XX25GJ02", "高新技术股", 60, "前资助", True),
        (17, "XX25NS01", "农村股", 15, "前资助", False)]


def test_a_note_numbered_before_its_colon_binds_only_the_row_it_names() -> None:
    """注2：序号4申报单位须为高新技术企业，且…研发费用不低于150万元 under a table whose row 4 says
    申报条件见注2: row 4's conditions, not every row's."""
    leaves = _parse([
        "一、科技成果转化计划（归口：成果转化科）",
        "序号\t指南代码\t支持方向\t支持方式\t支持额度\t备注",
        "3\tHD25CZ00\t技术合同登记奖补\t后补助\t最高10万元\t—",
        "4\tHD25CZ01\t技术成果落地转化后补助\t后补助\t最高60万元\t申报条件见注2",
        "5\tHD25CZ02\t科技型中小企业研发投入后补助\t后补助\t最高20万元\t申报条件见注3",
        "注2：序号4申报单位须为高新技术企业，且2024年度研发费用不低于150万元。",
        "注3：序号5申报单位须为已入库的科技型中小企业。"]).leaves
    assert [(leaf.code, leaf.min_rd_spend_wan, leaf.qualifications) for leaf in leaves] == [
        ("HD25CZ00", None, []), ("HD25CZ01", 150, ["高新技术企业"]),
        ("HD25CZ02", None, ["科技型中小企业"])]


def test_a_caption_boards_items_are_rows_under_a_bare_item_column() -> None:
    """项目 | 支持标准 | 申报对象: a board listing items by name, each row one (a row saying
    另行通知，本次暂不受理 none)."""
    leaves = _parse([
        "三、科技服务与研发激励类",
        "项目\t支持标准\t申报对象",
        "企业研发投入后补助\t按上年度研发费用增量部分的10%给予后补助，单个企业最高30万元"
        "\t上年度研发费用不低于500万元的规上工业企业",
        "科技特派员服务项目\t每项5万元，服务期1年\t经区科技局选派的区级科技特派员",
        "区级企业研发中心认定\t认定办法及支持标准另行通知，本次暂不受理\t—"]).leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.min_rd_spend_wan) for leaf in leaves] == [
        ("企业研发投入后补助", 30, 500), ("科技特派员服务项目", 5, None)]


def test_a_boards_bracketed_parts_hold_the_quoted_calls_numbered_plans() -> None:
    """【一】…说明 ⏎ 【二】县科技局申报指南摘抄 ⏎ 一、… ⏎ 二、… ⏎ 【三】群众咨询登记（摘录） ⏎ 【四】
    监督渠道: a village board's own parts rank above the 一、 of the call it quotes; the parts
    after it are the board's again (not the last plan's), and villagers' questions funds
    nothing though an answer names an amount."""
    leaves = _parse([
        "【一】本期公开事项说明",
        "现将县科技局申报指南主要内容摘抄张贴，原文以县科技局发布为准。",
        "【二】县科技局申报指南摘抄",
        "一、农业科技成果转化类（归口：农村科技股）",
        "本类项目采取前资助方式，实施期限2年。",
        "1．小杂粮绿色高效栽培技术集成示范",
        "指南代码：HN2025-NZ01",
        "每项资助不超过15万元。",
        "二、科技创新奖补类（归口：科技管理股）",
        "2．高新技术企业认定奖补",
        "指南代码：HN2025-JB01",
        "对首次通过认定的高新技术企业，以奖代补方式一次性奖补10万元。",
        "【三】3月18日前群众咨询登记（摘录）",
        "七组张某：养羊的能给20万吗？——答：子方向每项最多12万元。",
        "【四】监督渠道",
        "村务监督委员会主任：田志宏　电话：138＊＊＊＊6620"]).leaves
    assert [(leaf.code, leaf.plan, leaf.funding_max_wan) for leaf in leaves] == [
        ("HN2025-NZ01", "农业科技成果转化类", 15), ("HN2025-JB01", "科技创新奖补类", 10)]


def test_a_reports_file_number_and_title_are_no_direction() -> None:
    """内部参会（学习）情况报告 ⏎ 文件编号：JZY-JS-2026-017: a firm's report, its own number — no
    code, and its title no direction."""
    leaves = _parse([
        "山东某调味食品股份有限公司", "内部参会（学习）情况报告", "",
        "文件编号：JZY-JS-2026-017　　密级：内部", "报告部门：技术中心",
        "一、重点研发计划（高新技术科）",
        "须由企业牵头申报，采取前资助方式。",
        "1．复合调味料风味物质解析与精准调配技术（LL26ZD0101）",
        "支持额度：30万～50万元；拟支持2项。"]).leaves
    assert [(leaf.source_line, leaf.code) for leaf in leaves] == [(8, "LL26ZD0101")]


def test_an_exam_papers_score_box_and_the_years_budget_fund_nothing() -> None:
    """题号 | 一 | 二 | 总分 ⏎ 得分 | | |: the paper's score box; 一、年度安排 ⏎ …拟安排财政科技资金
    1350万元…: the year's budget — neither is a direction."""
    leaves = _parse([
        "题号\t一\t二\t总分\t核分人", "得分\t\t\t\t", "", "注意事项：",
        "1．本试卷共4页，分“阅读材料”和“试题”两部分。",
        "材料一", "一、年度安排",
        "2025年市本级科技计划拟安排财政科技资金1350万元，其中产业技术攻关项目约560万元。",
        "二、产业技术攻关项目（责任股室：高新技术股）",
        "本类项目须由企业牵头申报，采取事前资助方式。",
        "1．皮革绿色鞣制与高端制品开发（项目代码：XX25GJ-01）",
        "支持无铬鞣制关键技术研发。资助额度：30万～50万元；拟支持2项。"]).leaves
    assert [(leaf.source_line, leaf.code, leaf.funding_max_wan) for leaf in leaves] == [
        (11, "XX25GJ-01", 50)]


def test_a_grant_said_for_each_list_project_above_is_each_lists_and_a_hospitals_steps_none(
) -> None:
    """县财政对每个揭榜项目给予后补助，最高不超过15万元 over the 榜单 (whose 榜单金额 the posting firm
    pays): each 榜单's grant; 三、院内工作安排 with its own 每项不超过2万元 funds no direction."""
    leaves = _parse([
        "二、“揭榜挂帅”榜单（归口：县科技局科技创新股）",
        "榜单金额为发榜方支付揭榜方的费用。县财政对每个揭榜项目给予后补助，最高不超过15万元。",
        "榜单1　医用氧化锆陶瓷关节头精密加工工艺（指南代码：YC25JB01）",
        "发榜单位：山西某陶瓷科技有限公司", "榜单金额：80万元",
        "榜单2　医院被服RFID智能洗涤追溯系统（指南代码：YC25JB02）",
        "发榜单位：阳城县某洗涤服务有限公司", "榜单金额：30万元",
        "三、院内工作安排",
        "合作项目获批后，我院给予临床研究配套，每项不超过2万元（院内经费，不属于县科技计划资助）。"]).leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.funding_mode) for leaf in leaves] == [
        ("YC25JB01", 15, "后补助"), ("YC25JB02", 15, "后补助")]


VIDEO_SERIES = [  # a bureau's video collection page, copied: an episode a heading
    "合集｜2026科技计划申报·一集讲透一个方向", "更新至第7集 · 共7个视频 · 6.4万次播放", "",
    "第1集｜重点研发计划：先看通用规则", "时长 02:35 · 2026-03-03 发布 · IP属地：广东",
    "#重点研发 #企业牵头", "【视频文案】", "重点研发计划今年设2个方向，由局里高新技术股负责受理。",
    "必须由企业牵头申报，资助方式是前资助，实施期一般不超过2年。", "♥ 904  💬 53  ⭐ 312",
    "【热门评论】", "用户8823019：能给100万吗", "  └ 科技局（作者）：最多80万哈。", "──────────", "",
    "第2集｜方向一：海上风电装备关键零部件", "时长 01:48 · 2026-03-05 发布 · IP属地：广东",
    "【视频文案】", "方向一，海上风电装备关键零部件，指南代码YD26ZY01。", "资助额度：每项最高80万元。",
    "画面字幕：方向一｜YD26ZY01｜最高80万元", "──────────", "",
    "第3集｜方向二：海洋食品精深加工", "时长 01:39 · 2026-03-09 发布 · IP属地：广东",
    "【视频文案】", "方向二是海洋食品精深加工，代码YD26ZY03。", "这个方向额度是30万元至50万元。",
    "注意啦，这个方向的实施期比较短，只有18个月。", "──────────", "",
    "第4集｜农业科技计划：两个方向一次讲完", "时长 03:06 · 2026-03-11 发布 · IP属地：广东",
    "【视频文案】", "这块由农村科技股受理，资助方式是事前资助，不限单位性质。",
    "农业方向①：近海牡蛎生态养殖与净化技术示范，代码YD26NS01。", "每项资助15万元。", "──────────",
    "",
    "第5集｜揭榜挂帅：海上风电智能运维机器人研制", "时长 02:20 · 2026-03-18 发布 · IP属地：广东",
    "【视频文案】", "今年区里第一次搞揭榜挂帅，只有一张榜单。",
    "榜单金额200万元由发榜企业支付。区财政另外给予揭榜方资助，最高50万元。", "──────────", "",
    "第6集｜科技创新券：今年单独通知", "时长 00:58 · 2026-03-20 发布 · IP属地：广东", "【视频文案】",
    "科技创新券今年不在这次指南里受理，具体申领办法、每家最高5万元的额度另行通知。", "──────────",
    "",
    "第7集｜怎么报？材料、时间、咨询电话", "时长 02:14 · 2026-03-23 发布 · IP属地：广东",
    "【视频文案】", "3月10日至4月20日网上填报。", "到底了 · 合集已全部加载"]


def test_a_video_series_page_reads_an_episode_a_heading() -> None:
    """第2集｜方向一：… is that direction (its script's 方向一，…，指南代码… giving the code, 方向二是…
    speaking of it); 第1集｜重点研发计划：先看通用规则 opens the plan whose terms its script says;
    第5集｜揭榜挂帅：…研制 is that 榜单, a block of its own; 怎么报？ none, nor 科技创新券, which
    今年不在这次指南里受理. The page's lengths,
    hashtags, likes, captions and comments are no text (最多80万哈 is a comment's)."""
    leaves = parse_document("\n".join(VIDEO_SERIES).encode(), "heji.txt").leaves
    assert [(leaf.source_line, leaf.code, leaf.title, leaf.office, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.funding_mode, leaf.period_years_max)
            for leaf in leaves] == [
        (16, "YD26ZY01", "海上风电装备关键零部件", "高新技术股", None, 80, "前资助", 2),
        (24, "YD26ZY03", "海洋食品精深加工", "高新技术股", 30, 50, "前资助", 1.5),
        (36, "YD26NS01", "近海牡蛎生态养殖与净化技术示范", "农村科技股", 15, 15, "前资助", None),
        (40, None, "海上风电智能运维机器人研制", None, None, 50, None, None)]


def test_a_podcasts_show_notes_read_a_chapter_a_heading_without_its_time() -> None:
    """08:15 第一部分｜重点研发计划（归口：…） ⏎ 10:02 ① …（ZY25-YF01） ⏎ 14:40 ② …（下设两个子方向，
    按子方向申报） ⏎ ②-1 …（ZY25-YF02-1）: the chapters' times are no text; ② divided by its
    remark is a direction over ②-1 and ②-2, its terms theirs."""
    leaves = _parse([
        "【时间轴 & 笔记】", "00:00 开场｜今年的盘子有多大", "· 2025年市级科技计划安排财政科技资金3200万元。",
        "03:46 通用条件｜谁能报", "· 在张掖市行政区域内注册登记的企业。",
        "08:15 第一部分｜重点研发计划（归口：科技计划科）",
        "· 支持方式：前资助", "· 牵头单位：须由企业牵头",
        "10:02 ① 戈壁设施农业水肥一体化智能调控技术研发（ZY25-YF01）", "· 支持强度：每项20万—30万元",
        "14:40 ② 玉米制种产业关键技术（下设两个子方向，按子方向申报）",
        "· 两个子方向各拟支持1项，每项资助不超过40万元",
        "  ②-1 制种玉米机械化去雄与果穗收获装备研制（ZY25-YF02-1）", "  · 重点：自走式去雄机。",
        "  ②-2 种子质量快速检测与全程数字化溯源（ZY25-YF02-2）", "  · 重点：纯度快速无损检测。",
        "22:18 ③ 风光储一体化场站智能运维与故障预警（ZY25-YF03）", "· 支持强度：最高50万元"]).leaves
    assert [(leaf.code, leaf.plan, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota)
            for leaf in leaves] == [
        ("ZY25-YF01", "重点研发计划", 20, 30, None), ("ZY25-YF02-1", "重点研发计划", None, 40, 1),
        ("ZY25-YF02-2", "重点研发计划", None, 40, 1), ("ZY25-YF03", "重点研发计划", None, 50, None)]


LECTURE_NOTES = [  # a trainee's notes from a briefing, headed by the slides they were taken on
    "【P5 一、重点研发计划（科技发展股管）】",
    "· 这一类统一的要求：",
    "  - 支持方式：前资助，立项后一次性拨付", "  - 支持额度：每项10万元—30万元",
    "  - ★必须企业牵头，高校院所只能参与", "  - 本类拟支持5项。",
    "  方向1  太子参精深加工关键技术（代码：ZR2025-ZD01）", "     · 要有中试数据。",
    "  方向2  废旧锂电池正极材料回收再生技术（ZR2025-ZD02）", "     · 要求回收率≥95%。",
    "【P14 二、农业科技示范项目（农村科技股管）】",
    "  - 后补助，项目验收合格后一次补助", "  - 每项补助最高15万元",
    "  - 下面三个方向合计支持不超过6项（不是每个方向6项，老师讲了两遍）",
    "  ① 高山生态茶园绿色防控技术集成示范（ZR2025-NY01）",
    "  ② 香菇、灵芝等食用菌工厂化栽培技术示范（ZR2025-NY02）",
    "【P21 三、揭榜挂帅（成果转化股管）】",
    "· 县财政对揭榜成功的项目按实际支付榜单金额的30%给予后补助，单个项目最高50万元。",
    "· 揭榜后18个月内完成攻关。",
    "  榜单1  高纯度太子参环肽类成分分离技术（ZR2025-JB01）", "        榜单金额：80万元",
    "【P27 四、科技创新平台奖补】",
    "· 省级、市级工程技术研究中心、企业技术中心的认定奖补——",
    "· ★今年改由市里统一兑现，县里这次不受理，具体等后续通知。",
    "支持标准：按认定级别给予奖补。"]


def test_lecture_notes_headed_by_their_slides_read_the_call_they_took_down() -> None:
    """【P5 一、重点研发计划（科技发展股管）】: the slide's heading (its office said with 管); a
    bullet 本类拟支持5项 is each direction's count, …合计…（不是每个方向6项） none; 揭榜后18个月内
    完成 is a period; 县里这次不受理 closes 四、."""
    leaves = _parse(LECTURE_NOTES).leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.quota, leaf.period_years_max)
            for leaf in leaves] == [
        ("ZR2025-ZD01", "科技发展股", 30, 5, None), ("ZR2025-ZD02", "科技发展股", 30, 5, None),
        ("ZR2025-NY01", "农村科技股", 15, None, None),
        ("ZR2025-NY02", "农村科技股", 15, None, None), ("ZR2025-JB01", "成果转化股", 50, None, 1.5)]


def test_timed_notes_headed_by_slide_ranges_read_the_headings_they_took_down() -> None:
    """[15:02] 【P8—P14】一、重点研发计划（科技创新股管，联系人 刘股长 0736-4223518）: a note's time
    and its slides are no part of the heading, nor is whom to call; 2. …（这一条下面分了两个子方向，
    报的时候选子方向） is a direction over 2.1 and 2.2."""
    leaves = _parse([
        "[14:30] 【P1】开场", "  - 局领导讲了今年的总体考虑。",
        "[14:45] 【P3—P6】总体要求", "  - 每家单位今年只能报1项",
        "[15:02] 【P8—P14】一、重点研发计划（科技创新股管，联系人 刘股长 0736-4223518）",
        "  本领域拟支持4项，每项资助20万元至40万元，须由企业牵头。",
        "      1. 生物医药与中药饮片关键技术研究【JS2025ZD01】",
        "      2. 精细化工与新材料（这一条下面分了两个子方向，报的时候选子方向）",
        "         2.1 盐化工副产物高值化利用技术【JS2025ZD02-1】",
        "         2.2 轻量化高分子复合材料制备技术【JS2025ZD02-2】",
        "[15:31] 【P15—P20】二、科技创新奖补（高新技术股 周同志，0736-4225106）",
        "      3. 科技型中小企业入库奖补【JS2025BZ02】", "         对新入库企业一次性奖补2万元。",
        "[16:10] 【P28】申报流程", "  - 网上填报：2025年3月25日—4月20日"]).leaves
    assert [(leaf.code, leaf.plan, leaf.funding_max_wan) for leaf in leaves] == [
        ("JS2025ZD01", "重点研发计划", 40), ("JS2025ZD02-1", "重点研发计划", 40),
        ("JS2025ZD02-2", "重点研发计划", 40), ("JS2025BZ02", "科技创新奖补", 2)]


def test_a_thesis_chapter_copying_the_call_reads_its_plans_under_their_decimals() -> None:
    """3.2　…资助要素 ⏎ 3.2.1　重点研发专项（…） ⏎ （1）现代农业与食品加工 ⏎ 本领域拟立项3项。 ⏎
    ①…: the plan numbered under 3.2 is 3.2's, the group over ① items is a group though a line of
    its text comes first; 3.1 …的演进 and 3.4 本章小结 are the author's study, no direction."""
    leaves = _parse([
        "第3章　周口市科技计划项目申报指南的文本分析",
        "3.1　周口市科技计划管理的演进",
        "　　2021—2023年市级财政科技计划资金分别为3860万元、4210万元和4575万元，立项数由96项增加至128项。",
        "3.2　2024年度指南的计划体系与资助要素",
        "3.2.1　重点研发专项（归口：高新技术与产业化科）",
        "　　重点研发专项采取前资助方式，单项资助30万元至80万元，项目须由企业牵头申报。本专项设以下方向：",
        "（1）现代农业与食品加工", "　　本领域拟立项3项。",
        "①小麦精深加工与功能性食品开发（ZK24ZY0101）", "　　研究面筋蛋白改性等关键技术。",
        "②预制菜冷链保鲜与品质控制技术（ZK24ZY0102）", "　　研究预制菜冷链环境下的保鲜技术。",
        "（2）纺织服装智能化改造关键技术（ZK24ZY03）", "　　本方向拟立项1项。",
        "3.2.2　国际科技合作专项", "　　2024年度暂停受理。",
        "3.4　本章小结", "　　本章分析了《指南》的资助要素，单项资助30万元至80万元。"]).leaves
    assert [(leaf.code, leaf.plan, leaf.parent, leaf.funding_max_wan, leaf.quota)
            for leaf in leaves] == [
        ("ZK24ZY0101", "重点研发专项", "现代农业与食品加工", 80, 3),
        ("ZK24ZY0102", "重点研发专项", "现代农业与食品加工", 80, 3),
        ("ZK24ZY03", "重点研发专项", None, 80, 1)]


def test_a_plan_closed_in_its_first_sentence_stays_closed_whatever_follows_it() -> None:
    """■ 四、软科学研究计划 ⏎ …另行发布通知，本次不受理。 ⏎ then the newsletter's other columns
    (a 读者来信 answer naming an amount, a 数据看板): no direction. A direction turning some
    applicants away first (上年度已获补助的企业本次不予受理) stays one."""
    leaves = _parse([
        "■ 三、科技成果转化计划（成果转化科）",
        "[5] 技术合同交易后补助（WN26CZ01）", "按技术合同成交额的5%给予后补助，单个企业最高50万元。",
        "[6] 新材料中试熟化后补助", "上年度已获补助的企业本次不予受理。", "资助额度：每项30万元。",
        "■ 四、软科学研究计划", "2026年度软科学研究计划另行发布通知，本次不受理。",
        "申报时间：2026年3月10日至4月20日。",
        "【读者来信】", "问：榜单金额是市财政给的吗？", "答：不是。市财政另行给予后补助，最高50万元。"]).leaves
    assert [(leaf.code, leaf.funding_max_wan) for leaf in leaves] == [("WN26CZ01", 50), (None, 30)]


def test_a_code_said_after_its_title_without_a_colon_is_its_code() -> None:
    """（一）医药…攻关　代码XL25-YF01: a phone record's heading, its code labelled 代码 with no
    colon — the code, not a part of the title."""
    leaves = _parse(["二、重点研发计划（归口：高新技术科）", "本计划须由企业牵头申报，采取前资助方式。",
                     "（一）医药及医疗器械关键技术攻关\u3000代码XL25-YF01",
                     "重点支持原料药绿色合成。每项支持20万元至30万元，拟支持3项。",
                     "（二）智能装备与汽车零部件\u3000代码XL25-YF02",
                     "重点支持数控机床功能部件研发。每项支持不超过25万元。"]).leaves
    assert [(leaf.code, leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        ("XL25-YF01", "医药及医疗器械关键技术攻关", 30), ("XL25-YF02", "智能装备与汽车零部件", 25)]


def test_a_service_packages_items_are_headings_by_their_keyword() -> None:
    """服务事项01　… / 服务事项05　…: a 政策服务包's items, each its own direction with the
    two-column box of terms under it (事项编号 its code) — 05, 06 and 07 three items, not one."""
    leaves = _parse([
        "第二类　科技奖补类（责任股室：县科技局成果转化股）",
        "本类事项在企业取得相应成果后按年度申请，无需专家答辩。",
        "服务事项05　高新技术企业认定奖励", "事项编号\tFSKJ2024-05",
        "支持标准\t对首次认定的高新技术企业，以奖代补给予15万元",
        "服务事项06　科技成果转化后补助", "事项编号\tFSKJ2024-06",
        "支持标准\t按技术合同实际成交额的5%给予后补助，单个企业最高20万元",
        "服务事项07　科技型中小企业贷款贴息", "事项编号\tFSKJ2024-07",
        "支持标准\t按实际支付利息的50%给予贷款贴息，单户最高10万元"]).leaves
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_max_wan) for leaf in leaves] == [
        ("FSKJ2024-05", "高新技术企业认定奖励", "县科技局成果转化股", 15),
        ("FSKJ2024-06", "科技成果转化后补助", "县科技局成果转化股", 20),
        ("FSKJ2024-07", "科技型中小企业贷款贴息", "县科技局成果转化股", 10)]


def test_an_associations_items_are_titled_without_their_ordinal_under_their_class() -> None:
    """◎第1项　… is an item, its ordinal no word of its title; 丙类　…奖补（以奖代补，免于评审，
    县科技局政策法规股负责） is a class heading, the office in its closing bracket said with 负责."""
    leaves = _parse([
        "甲类　重点研发计划（县科技局高新技术股负责）",
        "本类统一规定：采取前资助方式，须由企业牵头申报。",
        "◎第1项　中药配方颗粒质量标准提升关键技术研究", "代码：TH25ZD01",
        "县里给多少：每项资助不超过50万元。",
        "丙类　创新平台奖补（以奖代补，免于评审，县科技局政策法规股负责）",
        "本类统一规定：对符合条件的企业，按认定文件给予一次性奖补。",
        "◎第2项　高新技术企业认定奖补", "县里给多少：首次认定的，奖补20万元。"]).leaves
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_max_wan) for leaf in leaves] == [
        ("TH25ZD01", "中药配方颗粒质量标准提升关键技术研究", "高新技术股", 50),
        (None, "高新技术企业认定奖补", "县科技局政策法规股", 20)]


SCREENS = [  # a request to show the call on a hall's LED screens, its text cut screen by screen
    "某县政务服务中心电子显示屏信息发布申请表",
    "表单编号：JYZW-LED-2025-037",
    "发布屏幕：☑一楼大厅主屏",
    "\u3000\u3000\u3000\u3000☑二楼走廊条屏",
    "\u3000\u3000\u3000\u3000□户外广场大屏",
    "附页：分屏播放文稿",
    "〔第01屏｜停留12秒〕",
    "二、科技成果转化计划",
    "归口：科技服务股",
    "后补助：项目完成并验收后拨付",
    "执行期1年",
    "〔第02屏｜停留12秒〕",
    "方向5　苗木加工技术转化",
    "代码：JY25-CG01",
    "按技术合同成交额30%补助",
    "最高25万元　拟支持2项",
    "〔第03屏｜停留12秒〕",
    "方向5（续）",
    "申报主体须为规上企业",
    "上年度研发投入",
    "不低于50万元",
    "〔第04屏｜停留12秒〕",
    "方向6　全域旅游数字化应用",
    "代码：JY25-CG02",
    "最高20万元　拟支持1项",
    "〔第05屏｜不播｜原稿备查〕",
    "科技特派员创业项目",
    "本年度暂停受理",
]


def test_a_calls_screens_read_as_its_sentences_and_a_screen_not_shown_as_none() -> None:
    """〔第NN屏｜…〕 markers and 方向5（续） are no text; a screen's short lines are one sentence
    (上年度研发投入 ⏎ 不低于50万元 a floor; 最高25万元　拟支持2项 a cap and a count); 后补助：… is
    the plan's way of paying; a screen 不播 shows nothing of the call (its 暂停受理 closes no
    direction above it); the form's 表单编号 is no code and □户外广场大屏 under ☑ options none."""
    leaves = parse_document("\n".join(SCREENS).encode(), "screens.txt").leaves
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_max_wan, leaf.quota,
             leaf.funding_mode, leaf.period_years_max, leaf.min_rd_spend_wan)
            for leaf in leaves] == [
        ("JY25-CG01", "苗木加工技术转化", "科技服务股", 25, 2, "后补助", 1, 50),
        ("JY25-CG02", "全域旅游数字化应用", "科技服务股", 20, 1, "后补助", 1, None)]


PARTY_DAY = [  # a 主题党日 plan: teams of speakers, each briefing firms on one plan of the call
    "（三）9:40—11:00　“送策进企业”分组宣讲",
    "第一宣讲组（组长：黄志明；宣讲对象：开发区企业）",
    "讲解计划：县科技重大专项（归口：高新技术股）",
    "\u3000\u3000本计划共性要求：项目须由企业牵头申报；采取前资助方式。",
    "讲解事项1-1　汽车零部件轻量化技术研发（指南代码：RXKJ2025-ZD01）",
    "\u3000\u3000资助标准：每项资助50～80万元，拟支持2项。",
    "第二宣讲组（组长：梁国栋；宣讲对象：科技型中小企业）",
    "讲解计划：县科技创新奖补（归口：科技成果与创新服务股）",
    "讲解事项2-1　企业研发投入后补助",
    "\u3000\u3000讲解要点：按上年度研发费用增量部分的10%给予后补助，单个企业最高不超过50万元。"
    "申请企业上年度研发费用不低于300万元。",
    "第三宣讲组（组长：庞立新；宣讲对象：各乡镇农技站）",
    "讲解事项3-1　科技特派员服务对接",
    "\u3000\u3000讲解要点：现场收集技术需求。本事项为服务性工作，不涉及项目资金，不接受项目申报。",
]


def test_a_party_days_speaker_teams_each_hold_the_plan_they_brief_on() -> None:
    """第一宣讲组（组长：…） is a team, a part: the plan it briefs on (讲解计划：…（归口：…）) and
    its common terms are its directions', not the next team's (第二宣讲组's items take their own
    office); 申请企业上年度研发费用不低于300万元 is the item's floor; a service item that 不涉及项目
    资金 is none."""
    leaves = _parse(PARTY_DAY).leaves
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_max_wan, leaf.funding_mode,
             leaf.min_rd_spend_wan) for leaf in leaves] == [
        ("RXKJ2025-ZD01", "汽车零部件轻量化技术研发", "高新技术股", 80, "前资助", None),
        (None, "企业研发投入后补助", "科技成果与创新服务股", 50, "后补助", 300)]


BRIEF = [  # a bureau's brief for a 人大 专题询问: last year's work, the year's call, answers
    "关于全县科技创新工作情况的报告",
    "一、2023年工作情况",
    "2023年，县级科技计划共立项21项，下达资金486万元，单个项目最高资助60万元。",
    "二、2024年度县级科技计划安排",
    "（一）重点研发计划（归口：高新技术科）",
    "本计划项目须由企业牵头申报，采取前资助方式。",
    "1．陶瓷新材料技术（FK2024-GX01）",
    "支持工业陶瓷新材料研发。资助额度最高50万元。申报企业上年度研发费用不低于100万元。",
    "2．通用航空器维修（FK2024-GX02）",
    "支持航空器维修保障技术研究。资助额度30～50万元。",
    "三、下一步工作打算",
    "县科技局将抓好2024年度县级科技计划组织实施，做好政策宣传和申报辅导。",
    "附：预设询问问题及应询口径",
    "问题一：中小企业研发投入少，能否申报重点研发计划？",
    "应询口径：重点研发计划中，陶瓷新材料方向对申报企业上年度研发费用有不低于100万元的要求，其他方向未设研发投入门槛。",
]


def test_a_briefs_answer_on_one_direction_of_a_plan_is_no_rule_of_the_plan() -> None:
    """一、2023年工作情况 reports last year's work (its 60万元 no grant of this call); an answer
    saying 重点研发计划中，陶瓷新材料方向对…研发费用有不低于100万元的要求 speaks of that one
    direction, so the plan's other direction takes no R&D floor from it."""
    leaves = _parse(BRIEF).leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.min_rd_spend_wan) for leaf in leaves] == [
        ("FK2024-GX01", 50, 100), ("FK2024-GX02", 50, None)]


MAILBOX = [  # a 县长信箱 page: letters and the bureau's replies, the guideline in the replies
    "来信选登（2025年第2期）",
    "================================",
    "信件编号：XX20250304017",
    "来信标题：咨询今年县级科技计划项目申报事宜",
    "来信人：李**",
    "来信内容：",
    "听说县里科技项目要申报了，每个项目能支持多少钱？我们去年研发投入三百多万元。",
    "答复单位：某县科学技术局",
    "答复内容：",
    "李先生（女士）：您好！",
    "今年设有工业科技攻关类项目，由我局高新技术科负责受理，须由企业牵头申报，采取前资助方式。支持以下方向：",
    "1．煤基新材料开发",
    "支持煤基碳材料工艺开发。每项资助30万元至50万元，拟支持2项。",
    "2．储能关键技术",
    "支持储能系统安全管理技术研发。每项最高资助40万元。",
    "【满意度评价】满意（1）　基本满意（0）",
    "================================",
    "信件编号：XX20250306022",
    "来信标题：合作社能不能申请县里的农业科技项目",
    "来信内容：",
    "我们是一个合作社，想问能不能申请？",
    "答复单位：某县科学技术局",
    "答复内容：",
    "合作社可以申报。今年设有农业科技示范类项目，由我局农村科技科负责受理，企业、合作社均可牵头申报。",
    "1．棉花节水滴灌提质增效",
    "支持水肥一体化技术集成示范。每项最高资助25万元。",
    "2．县域生态修复（本方向今年暂不受理，待需求论证后另行通知）",
    "【满意度评价】满意（1）　基本满意（0）",
]


def test_a_mailbox_pages_replies_are_the_guideline_one_plan_a_reply() -> None:
    """来信标题：… opens a letter, 来信内容：… its question (三百多万元 no term), 答复内容：… the
    bureau's reply: each reply is a part under its letter's title, its 1．2． directions under
    its own terms (the office, who leads) — a letter's 咨询… topic is no 咨询 section, and a
    direction closed in its heading's bracket (…（本方向今年暂不受理，待…另行通知）) none."""
    leaves = parse_document("\n".join(MAILBOX).encode(), "xinxiang.txt").leaves
    assert [(leaf.source_line, leaf.title, leaf.office, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.enterprise_lead_only) for leaf in leaves] == [
        (12, "煤基新材料开发", "高新技术科", 30, 50, True),
        (14, "储能关键技术", "高新技术科", None, 40, True),
        (25, "棉花节水滴灌提质增效", "农村科技科", None, 25, False)]


SPEECH = [  # a deputy head's 讲话稿: the year's directions, then the work points of the call
    "在全县科技计划项目申报部署会上的讲话",
    "同志们：",
    "\u3000\u3000今天召开全县科技计划项目申报工作部署会。下面，我讲三点意见。",
    "一、提高站位，充分认识做好科技创新工作的重要意义",
    "\u3000\u3000科技创新是县域发展的关键变量，我们必须把它摆在更加突出的位置。",
    "二、聚焦重点，准确把握今年的支持方向",
    "\u3000\u3000今年县级科技计划设两类项目。",
    "（一）产业技术攻关计划",
    "\u3000\u3000这一类由县科技局高新技术科归口，必须由企业牵头申报，采取前资助方式。",
    "一是智能家具柔性制造。支持柔性生产线研发，每项支持30万元，拟支持2项。",
    "二是精密减速器研发。支持机器人关节减速器研发，单项最高支持50万元。",
    "（二）农业科技计划",
    "\u3000\u3000这一类由县科技局农村科技科归口，企业、合作社都可以牵头。",
    "一是设施蔬菜高效生产。支持韭菜设施栽培技术示范，每项支持10万元。",
    "三、压实责任，确保申报工作规范有序",
    "\u3000\u3000一是把握时间节点。网上申报时间为3月25日至4月30日。二是严把申报质量。",
    "\u3000\u3000三是强化服务保障。县财政局要及时拨付项目资金，确保资金按进度到位。",
    "\u3000\u3000四是加强项目管理。立项后要实行中期检查和验收制度。",
]


def test_a_speechs_work_points_are_no_directions_beside_its_numbered_directions() -> None:
    """一是智能家具柔性制造。… states a direction's terms; 三是强化服务保障。 and 四是加强项目管理。
    under the part on the work (verbs of the work, no term of a call) are no directions, though
    they number on after the directions' 二是."""
    leaves = _parse(SPEECH).leaves
    assert [(leaf.source_line, leaf.title, leaf.office, leaf.funding_max_wan, leaf.quota)
            for leaf in leaves] == [
        (10, "智能家具柔性制造", "高新技术科", 30, 2),
        (11, "精密减速器研发", "高新技术科", 50, None),
        (14, "设施蔬菜高效生产", "农村科技科", 10, None)]


PICTURE_POST = [  # a 小红书 post saved as text: its pictures' words, then its comments
    "某县科技 🔬",
    "🔥2026某县科技计划申报指南来啦！",
    "—— 图片文字（共3张）——",
    "[图1/3]",
    "🅰️ A类 重点研发（归口：产业股）",
    "这一类统一规则👇",
    "✅ 须由企业牵头",
    "✅ 全部前资助，执行期2年",
    "——————",
    "📍A1｜智能装备关键部件",
    "💰 最高50万元/项",
    "🎯 拟支持2项",
    "",
    "[图2/3]",
    "📍A2｜竹材改性与精深加工",
    "💰 20～30万元/项",
    "",
    "[图3/3]",
    "🅱️ B类 奖补（归口：综合股）",
    "——————",
    "📍B1｜研发费用后补助",
    "💰 按上年度研发费用增量的10%补助，单家最高20万元",
    "🎁 后补助",
    "",
    "—— 评论 12 ——",
    "小编：统一答复，A2每项最高给到40万元～",
]


def test_a_picture_posts_cards_carry_their_class_rules_across_its_pictures() -> None:
    """[图2/3] turns a picture as a page break does (no heading: A2 stays in class A and takes
    its rules); ✅ 全部前资助，执行期2年 is a rule's bullet, no title; 📍A1｜… is a lettered
    direction, its number before the bar; 💰 20～30万元/项 is its grant; 🎁 后补助 alone is its
    way of paying, no plan; the comments below (—— 评论 12 ——) are no part of the call."""
    leaves = parse_document("\n".join(PICTURE_POST).encode(), "post.txt").leaves
    assert [(leaf.source_line, leaf.title, leaf.office, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.funding_mode, leaf.period_years_max,
             leaf.enterprise_lead_only, leaf.quota) for leaf in leaves] == [
        (10, "智能装备关键部件", "产业股", None, 50, "前资助", 2, True, 2),
        (15, "竹材改性与精深加工", "产业股", 20, 30, "前资助", 2, True, None),
        (21, "研发费用后补助", "综合股", None, 20, "后补助", None, None, None)]


EXPLAINED_ARTICLES = [  # a 逐条释义: each article quotes the guideline, then explains it
    "某县2025年度科技计划项目申报指南逐条释义",
    "第一部分　总体要求",
    "第一条",
    "【指南原文】本年度设产业攻关、乡村振兴两类项目，县财政安排经费共计500万元。",
    "【释义】500万元为总盘子，不是单个项目的额度。",
    "第二部分　申报方向",
    "一、产业攻关项目（归口：工业股）",
    "第二条",
    "【指南原文】本类项目采取前资助方式，须由企业牵头申报，执行期不超过2年。",
    "【释义】本条为本类所有方向的共同条件：",
    "\u3000\u30001.“前资助”是指立项后即拨付经费。",
    "\u3000\u30002.高校可作为合作单位参与。",
    "第三条　（一）特种陶瓷材料制备技术",
    "方向代码：TS25-GY01",
    "【指南原文】支持高性能特种陶瓷粉体制备技术研发。拟支持2项，每项资助20万元至40万元。",
    "【释义】资助额度由专家评审后确定。",
    "【举例】某企业申请60万元，超出上限，按40万元核定；自筹经费不得少于120万元。",
    "【易错提醒】申请额度不得超过40万元。",
    "二、乡村振兴项目（归口：农村股）",
    "第四条",
    "【指南原文】本类项目采取后补助方式，企业、合作社均可牵头申报，执行期1年。",
    "【释义】合作社可作为第一承担单位。",
    "第五条　（一）茶叶绿色加工示范",
    "方向代码：TS25-NY01",
    "【指南原文】支持茶叶清洁化加工技术示范，每项补助10万元。",
    "【释义】定额补助，不设区间。",
]


def test_a_guideline_explained_article_by_article_is_read_from_its_quoted_text() -> None:
    """第N条 articles quote the guideline (【指南原文】) and explain it (【释义】, 【举例】,
    【易错提醒】): the quoted words are the guideline — an untitled article's are its class's
    terms, a titled one's heading the direction after its number (第三条　（一）…) — and the
    explanations, their points and the examples' made-up sums (60万元, 120万元) are none."""
    leaves = _parse(EXPLAINED_ARTICLES).leaves
    assert [(leaf.source_line, leaf.code, leaf.title, leaf.office, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.funding_mode, leaf.period_years_max,
             leaf.enterprise_lead_only, leaf.quota, leaf.matching_ratio) for leaf in leaves] == [
        (13, "TS25-GY01", "特种陶瓷材料制备技术", "工业股", 20, 40, "前资助", 2, True, 2, None),
        (23, "TS25-NY01", "茶叶绿色加工示范", "农村股", 10, 10, "后补助", 1, False, None, None)]


STAGE_SCRIPT = [  # a 对口快板 for a 科技活动周 stage: two players sing the year's call
    "某区2025年科技活动周文艺节目　对口快板《申报有门道》",
    "（区科技局供稿）",
    "",
    "【第一大类】重点研发项目",
    "（甲乙上场）",
    "甲：（打板）打竹板，响连天，",
    "\u3000\u3000重点研发听我言，",
    "\u3000\u3000这一类须由企业来牵头，",
    "\u3000\u3000管事的是区科技局产业科，",
    "乙：周期多长？",
    "甲：项目周期统一一年半！",
    "【方向1】智能传感器研发",
    "甲：传感器，用处广，",
    "\u3000\u3000这个方向最多给四十万，前资助，",
    "\u3000\u3000报的人得是高新技术企业！",
    "乙：支持几项？",
    "甲：今年打算支持两项！",
    "【方向2】工业软件适配验证",
    "乙：工业软件要适配，",
    "\u3000\u3000每个项目定额补十五万，",
    "\u3000\u3000干完验收才拨款，后补助！",
    "【第二大类】科技奖补",
    "乙：第二大类是奖补，",
    "\u3000\u3000归区科技局服务科管！",
    "【方向3】首次认定高企奖补",
    "甲：头回认定高新技术企业的，区里奖你二十万，",
    "\u3000\u3000以奖代补发到户！",
    "合：科技兴区，大家争先！",
]


def test_a_stage_scripts_players_sing_the_terms_of_the_directions_between_them() -> None:
    """甲：… 乙：… 合：… are players' turns, each sung on over indented lines: read as the
    paragraphs under the 【第一大类】 part and 【方向N】 headings between them, without the role
    or the （打板） direction, the numbers sung in words as digits (一年半, 四十万, 两项) and the
    terms said aloud as written (最多给…, 定额补…, 奖你…, 管事的是…科, 归…科管, 得是…)."""
    leaves = parse_document("\n".join(STAGE_SCRIPT).encode(), "kuaiban.txt").leaves
    assert [(leaf.source_line, leaf.title, leaf.plan, leaf.office, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.funding_mode, leaf.period_years_max,
             leaf.enterprise_lead_only, leaf.quota, leaf.qualifications) for leaf in leaves] == [
        (12, "智能传感器研发", "重点研发项目", "产业科", None, 40, "前资助", 1.5, True, 2,
         ["高新技术企业"]),
        (18, "工业软件适配验证", "重点研发项目", "产业科", 15, 15, "后补助", 1.5, True, None, []),
        (25, "首次认定高企奖补", "科技奖补", "服务科", 20, 20, "奖补", None, True, None,
         ["高新技术企业"])]


WEEKLY_REPORT = [  # a bureau's 工作周报: the guideline summed up as one item of work done
    "某区科学技术局工作周报",
    "一、本周重点工作完成情况",
    "（一）印发2024年度区级科技计划项目申报指南",
    "3月5日，我局印发《某区2024年度区级科技计划项目申报指南》，主要内容如下：",
    "1．重点研发项目",
    "本类项目采取前资助方式，实施期限不超过2年，须由企业牵头申报。归口股室：产业科技股。",
    "（1）玉米精深加工技术。支持淀粉糖、氨基酸等产品开发，每项资助30万元至50万元，拟支持2项。",
    "（2）汽车零部件轻量化技术。支持铝镁合金结构件研发，资助金额最高不超过40万元，拟支持3项。",
    "2．科技企业培育奖补",
    "本类为以奖代补，不设数量限制。归口股室：科技服务股。",
    "（1）高新技术企业首次认定奖补。对2023年度首次认定的高新技术企业，一次性奖补10万元。",
    "（二）召开全区科技计划项目申报培训会",
    "3月7日召开申报培训会，62家企业参加，去年最高资助60万元的项目今年不再设立。",
    "二、下周工作安排",
    "（一）区级揭榜挂帅项目。具体申报方式、支持标准以后续通知为准。",
]


def test_a_work_reports_item_telling_the_guideline_issued_holds_its_directions() -> None:
    """一、本周重点工作完成情况 funds nothing, but its item （一）印发…申报指南 sums up the
    guideline issued: its classes' terms and （1） directions are read; the week's other work
    (a training meeting, next week's 揭榜挂帅 to come) is none."""
    leaves = _parse(WEEKLY_REPORT).leaves
    assert [(leaf.source_line, leaf.title, leaf.office, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.funding_mode, leaf.quota) for leaf in leaves] == [
        (7, "玉米精深加工技术", "产业科技股", 30, 50, "前资助", 2),
        (8, "汽车零部件轻量化技术", "产业科技股", None, 40, "前资助", 3),
        (11, "高新技术企业首次认定奖补", "科技服务股", 10, 10, "奖补", None)]


def test_a_cards_item_named_by_its_word_alone_in_a_bracket() -> None:
    """【方向】中药材…技术 and 【事项】…后补助 on a postcard's back: the word alone in the bracket
    names the card's item, its title after it (no 【方向】 left in the title)."""
    guideline = _parse([
        "明信片 No.02　背面",
        "【方向】中药材良种繁育与规范化种植技术",
        "方向代码：LD25XC01",
        "支持内容：开展黄芪、党参良种选育。",
        "资助额度：20～30万元",
        "拟支持：2项",
        "明信片 No.03　背面",
        "【事项】科技型中小企业研发费用后补助",
        "事项代码：LD25HB01",
        "补助标准：按研发费用增量的10%给予后补助，最高20万元。",
    ])
    assert [(leaf.source_line, leaf.code, leaf.title, leaf.funding_max_wan)
            for leaf in guideline.leaves] == [
        (2, "LD25XC01", "中药材良种繁育与规范化种植技术", 30),
        (8, "LD25HB01", "科技型中小企业研发费用后补助", 20)]


def test_a_years_work_summary_and_plan_funds_only_the_call_it_tells() -> None:
    """2024年工作总结 (last year's figures, 兑现…320万元) and 2025年工作计划's other items fund
    nothing; its item （二）组织实施2025年度县级科技计划 tells the year's call, whose plan and
    directions are read."""
    guideline = _parse([
    "某县科学技术局",
    "2024年工作总结和2025年工作计划",
    "2024年，县科技局深入实施创新驱动发展战略，各项工作取得新进展。现将有关情况报告如下。",
    "一、2024年工作总结",
    "（一）创新主体培育成效明显",
    "全年新增高新技术企业19家，兑现各类科技奖补资金320万元。",
    "（二）科技成果转化持续加快",
    "全年登记技术合同217份，成交额4.3亿元。",
    "二、2025年工作计划",
    "（一）持续壮大创新主体",
    "全年力争新增高新技术企业15家以上。",
    "（二）组织实施2025年度县级科技计划",
    "1．产业关键技术攻关计划（高新技术股）",
    "本计划项目须由企业牵头申报，采取前资助方式。",
    "（1）高纯石英砂提纯关键技术（FY25GG01）",
    "支持石英砂提纯技术研发。每项资助30万元，拟支持2项。",
    "（2）光伏组件回收利用技术（FY25GG02）",
    "支持组件回收利用技术研发。单项资助不超过20万元。",
    "（三）强化创新平台建设",
    "力争新增省级以上创新平台3家。",
])
    assert [(leaf.source_line, leaf.code, leaf.title, leaf.office, leaf.funding_max_wan)
            for leaf in guideline.leaves] == [
        (15, "FY25GG01", "高纯石英砂提纯关键技术", "高新技术股", 30),
        (17, "FY25GG02", "光伏组件回收利用技术", "高新技术股", 20)]


def test_a_bracket_alone_under_a_heading_naming_the_office_that_takes_it() -> None:
    """（县科技局科技股受理） alone under a plan's heading: the office that takes its directions'
    applications, as written (the bureau named with it)."""
    guideline = _parse([
        "一、县级科技攻关项目",
        "（县科技局科技股受理）",
        "本类项目采取前资助方式。",
        "1．竹木精深加工技术研究",
        "支持竹材改性技术研究，每项资助20万元。",
        "2．茶叶机械化采摘技术",
        "支持名优茶机采技术集成，每项资助15万元。",
    ])
    assert [(leaf.title, leaf.office) for leaf in guideline.leaves] == [
        ("竹木精深加工技术研究", "县科技局科技股"), ("茶叶机械化采摘技术", "县科技局科技股")]


def test_items_read_out_by_a_host_their_names_in_quotes() -> None:
    """A host's script reading the calls back: 第1项：“农机装备智能化关键技术”方向。… is titled by
    the name in the quotes (not the quotes, not the word 方向 after them, nor a ，归口… clause),
    and 这一类归口市科技局工业和高新技术科 gives the class's office."""
    guideline = _parse([
        "【串词二】",
        "下面我把今年开放申报的项目逐项念一遍。",
        "（一）重点研发计划（产业技术攻关类）",
        "这一类归口市科技局工业和高新技术科。项目须由企业牵头申报，采取前资助方式。",
        "第1项：“农机装备智能化关键技术”方向。重点支持收获机械智能控制，单项最高支持50万元，"
        "拟支持2项。",
        "第2项：“高端阀门与精密铸造工艺提升”方向。围绕阀门铸件近净成形，单项最高支持50万元，"
        "拟支持2项。",
        "（二）科技金融支持",
        "第3项：“科技型中小企业贷款贴息”，归口政策法规与科技金融科。按实际支付利息的50%给予"
        "贴息，单户最高20万元。",
    ])
    assert [(leaf.source_line, leaf.title, leaf.office, leaf.funding_max_wan, leaf.quota)
            for leaf in guideline.leaves] == [
        (5, "农机装备智能化关键技术", "工业和高新技术科", 50, 2),
        (6, "高端阀门与精密铸造工艺提升", "工业和高新技术科", 50, 2),
        (8, "科技型中小企业贷款贴息", None, 20, None)]


def test_a_procurements_review_units_are_the_directions_and_its_cover_none() -> None:
    """A 竞争性磋商文件 buying a review service quotes the guideline as 审查单元A-01｜方向编号：…｜
    title blocks (a word of its own, a letter and a number, the code before the title): each a
    direction with its code; the cover's 项目名称：…服务 ⏎ 项目编号 ⏎ 采购人 is the procurement's own
    record, none."""
    guideline = _parse([
    "某县政府采购",
    "竞争性磋商文件",
    "项目名称：某县科学技术局2025年度科技计划项目申报受理及评审服务",
    "项目编号：ZZCG-2025-0417",
    "采 购 人：某县科学技术局",
    "第三章　采购需求",
    "一、申报方向及形式审查口径",
    "（一）重点研发计划（工业领域）",
    "归口股室：高新技术股",
    "通用口径：项目须由企业牵头申报；采取前资助方式。",
    "审查单元A-01｜方向编号：ZZ2025-GY-01｜煤层气高效抽采与综合利用关键技术",
    "审查要点：开展低浓度瓦斯提纯利用技术攻关。",
    "资助额度：每项50万元—80万元。",
    "审查单元A-02｜方向编号：ZZ2025-GY-02｜铸造产业绿色化智能化改造技术",
    "资助额度：每项不超过50万元。",
    "（二）科技创新奖补",
    "归口股室：科技服务股",
    "审查单元B-01｜方向编号：ZZ2025-JB-01｜首次认定高新技术企业奖补",
    "审查要点：首次通过认定的高新技术企业，给予一次性奖补10万元。",
])
    assert [(leaf.source_line, leaf.code, leaf.title, leaf.office, leaf.funding_min_wan,
             leaf.funding_max_wan) for leaf in guideline.leaves] == [
        (11, "ZZ2025-GY-01", "煤层气高效抽采与综合利用关键技术", "高新技术股", 50, 80),
        (14, "ZZ2025-GY-02", "铸造产业绿色化智能化改造技术", "高新技术股", None, 50),
        (18, "ZZ2025-JB-01", "首次认定高新技术企业奖补", "科技服务股", 10, 10)]


def test_a_briefings_outline_attached_holds_its_sessions_calls() -> None:
    """附件 ⏎ …申报辅导提纲 is the outline the sessions talk through, no form to fill: its
    第一场　…专题（高新技术科） sessions hold their directions, each taking its session's office
    and 【本专题共同要求】."""
    guideline = _parse([
    "关于开展2023年度科技计划项目申报辅导的通知",
    "一、辅导安排",
    "场次\t时间\t地点\t辅导专题",
    "第一场\t4月18日\t胡台新城服务中心\t装备制造",
    "第二场\t4月20日\t市农业技术推广中心\t现代农业",
    "二、联系方式",
    "高新技术科：024-87854000",
    "附件：2023年度科技计划项目申报辅导提纲",
    "附件",
    "2023年度科技计划项目申报辅导提纲",
    "第一场　装备制造专题（高新技术科）",
    "【本专题共同要求】本专题项目须由企业牵头申报，采取前资助方式。",
    "方向1　汽车零部件精密加工技术（代码：XM23-01）",
    "支持强度：15～25万元。拟支持2项。",
    "第二场　现代农业专题（农村科技科）",
    "【本专题共同要求】企业、合作社均可牵头申报，采取后补助方式。",
    "方向2　水稻机械化栽培示范（代码：XM23-02）",
    "支持强度：每项5万元。拟支持4项。",
])
    assert [(leaf.source_line, leaf.code, leaf.title, leaf.office, leaf.funding_max_wan,
             leaf.funding_mode, leaf.enterprise_lead_only) for leaf in guideline.leaves] == [
        (13, "XM23-01", "汽车零部件精密加工技术", "高新技术科", 25, "前资助", True),
        (17, "XM23-02", "水稻机械化栽培示范", "农村科技科", 5, "后补助", False)]


def test_a_lesson_plans_steps_hold_the_points_they_teach() -> None:
    """A 教案: 环节二　新授：农业科技攻关类 (a step, its kind before its title) holds 知识点2-1… —
    each a direction taking its step's office (高新技术股 under the next step, not the first's);
    the steps that teach no direction (导入, 随堂练习) and 教学目标, 板书设计 fund nothing."""
    guideline = _parse([
    "某市科技政策夜校　第三课　教案",
    "一、教学目标",
    "使学员掌握各类项目的资助额度和实施期限。",
    "二、教学过程",
    "环节一　导入（约10分钟）",
    "【讲授要点】去年全市立项19项，下达资金486万元。",
    "环节二　新授：农业科技攻关类（约20分钟）",
    "【讲授要点】本类由市科技局农村科技股归口，全部采取前资助方式。",
    "知识点2-1　棉花精量播种技术集成",
    "【讲授要点】每项资助10～20万元，拟支持2项。",
    "知识点2-2　特色作物高产高效栽培",
    "【讲授要点】每项资助不超过15万元，拟支持3项。",
    "环节三　新授：工业科技攻关类（约20分钟）",
    "【讲授要点】本类由市科技局高新技术股归口，项目须由企业牵头申报。",
    "知识点3-1　煤化工副产物综合利用",
    "【讲授要点】资助50～100万元，拟支持1项。",
    "知识点3-2　新能源装备运维关键技术",
    "【讲授要点】资助不超过40万元。",
    "环节四　随堂练习（约10分钟）",
    "【练习1】某企业申请知识点3-2，最多能拿多少？答：40万元。",
    "三、板书设计",
    "农业类：10～20万元；工业类：50～100万元。",
])
    assert [(leaf.source_line, leaf.title, leaf.office, leaf.funding_max_wan, leaf.quota)
            for leaf in guideline.leaves] == [
        (9, "棉花精量播种技术集成", "农村科技股", 20, 2),
        (11, "特色作物高产高效栽培", "农村科技股", 15, 3),
        (15, "煤化工副产物综合利用", "高新技术股", 100, 1),
        (17, "新能源装备运维关键技术", "高新技术股", 40, None)]


def test_a_self_check_guides_column_cards_closed_or_taken_elsewhere() -> None:
    """栏目A1｜… cards: 拟奖励不超过10项 is a card's count; a card 本栏目…暂停受理 and one 不在本指引
    和《申报指南》受理范围内 (applied for all year elsewhere) are no directions of this call."""
    guideline = _parse([
    "第三部分　栏目卡",
    "栏目组A　研发攻关类",
    "栏目A1｜集成电路关键设备研发",
    "支持强度：每项最高200万元。",
    "支持数量：拟奖励不超过10项。",
    "栏目A2｜创新药临床前研究",
    "支持强度：每项最高300万元。",
    "栏目组D　本年度不受理及其他",
    "栏目D1｜量子信息前沿探索",
    "本栏目2025年度暂停受理，恢复受理时间另行通知。",
    "栏目D2｜科技创新券",
    "科技创新券通过市服务平台常年申领，不在本指引和《申报指南》受理范围内。",
])
    assert [(leaf.source_line, leaf.title, leaf.funding_max_wan, leaf.quota)
            for leaf in guideline.leaves] == [
        (3, "集成电路关键设备研发", 200, 10), (6, "创新药临床前研究", 300, None)]


def test_a_bulletins_numbered_tips_group_the_directions_some_of_them_list() -> None:
    """提示一 … 提示四 (a word of the bulletin's own, numbered): 提示二 and 提示三 hold （一） directions
    with fields, 提示一 and 提示四 none — each tip is a group, its terms its directions', and the
    tips listing no directions fund nothing."""
    guideline = _parse([
    "关于2024年度县级科技计划项目申报的工作提示",
    "提示一　今年县级科技计划设哪几类",
    "今年设“产业技术攻关”“农业科技示范”两类。",
    "提示二　产业技术攻关类：请对照以下方向准备",
    "本类项目须由企业牵头申报，采取前资助方式，实施期限不超过2年。",
    "（一）鞋材绿色制造关键技术",
    "方向代码：SG24GG01",
    "支持额度：每项30万元。",
    "（二）稻米精深加工技术",
    "方向代码：SG24GG02",
    "支持额度：20～30万元／项。",
    "提示三　农业科技示范类：主体可以更宽一些",
    "本类项目企业、合作社均可牵头申报，采取事后补助方式。",
    "（一）优质稻绿色高产技术集成示范",
    "方向代码：SG24NY01",
    "补助标准：每项10万元。",
    "提示四　申报时间和方式",
    "1．网上申报：4月1日至4月30日。",
    "2．纸质材料一式两份报县科技局。",
])
    assert [(leaf.source_line, leaf.code, leaf.title, leaf.funding_max_wan, leaf.funding_mode,
             leaf.enterprise_lead_only) for leaf in guideline.leaves] == [
        (6, "SG24GG01", "鞋材绿色制造关键技术", 30, "前资助", True),
        (9, "SG24GG02", "稻米精深加工技术", 30, "前资助", True),
        (14, "SG24NY01", "优质稻绿色高产技术集成示范", 10, "后补助", False)]


def test_a_direction_waiving_a_qualification_its_plan_requires() -> None:
    """备注：…牵头单位不作高新技术企业要求。 frees the direction of its plan's 高新技术企业."""
    guideline = _parse([
        "（一）关键核心技术攻关计划（责任部门：产业科）",
        "资助额度：每项100～200万元",
        "申报主体：须由企业牵头，牵头企业须为高新技术企业。",
        "1．工业机器人与智能装备（HGX2401）",
        "研究内容：开展协作机器人整机研发。",
        "2．生物医药创新药物与高端制剂（HGX2403）",
        "研究内容：开展改良型新药研究。",
        "备注：本方向高校、科研院所、企业均可牵头申报，牵头单位不作高新技术企业要求。",
    ])
    assert [(leaf.code, leaf.enterprise_lead_only, leaf.qualifications)
            for leaf in guideline.leaves] == [
        ("HGX2401", True, ["高新技术企业"]), ("HGX2403", False, [])]


def test_an_article_named_by_a_list_of_things() -> None:
    """第十五条　海参、对虾等水产健康养殖。开展…: an article whose short name lists things is
    a direction's heading like any other."""
    guideline = _parse([
        "第四章　农业科技计划（归口科室：农村科技科）",
        "第十三条　本章项目采取事前资助方式，实施期限为2年。",
        "第十四条　特色果蔬优质高效栽培。开展良种引育和提质增效栽培技术集成示范。",
        "本方向支持不超过3项，每项资助15至20万元。",
        "第十五条　海参、对虾等水产健康养殖。开展苗种繁育、工厂化循环水养殖技术研究。",
        "本方向支持1项，资助20万元。本方向须由企业牵头申报，牵头企业须为规上企业。",
    ])
    assert [(leaf.title, leaf.quota, leaf.funding_max_wan, leaf.qualifications)
            for leaf in guideline.leaves] == [
        ("特色果蔬优质高效栽培", 3, 20, []), ("海参、对虾等水产健康养殖", 1, 20, ["规上企业"])]


@pytest.mark.parametrize("who, lead", [
    ("科技型中小企业或高新技术企业", True),  # a firm either way
    ("企业、农民专业合作社均可", False),  # a choice
    ("无", False),
    ("须为在本市注册的企业", True),
])
def test_who_applies_reads_the_same_in_a_table_cell_and_on_a_line(who: str, lead: bool) -> None:
    """One reader says what a 申报主体 value rules, whether it stands on a 申报主体： line under
    a direction or in a 申报主体 column of the directions' table."""
    line = _parse([
        "一、重点研发计划",
        "1．现代农业装备关键技术",
        "研究内容：开展丘陵山地农机研发。",
        f"申报主体：{who}",
        "资助额度：不超过30万元。",
    ])
    table = _parse([
        "一、重点研发计划",
        "序号\t支持方向\t资助额度\t申报主体",
        f"1\t现代农业装备关键技术\t不超过30万元\t{who}",
    ])
    assert [(leaf.title, leaf.funding_max_wan, leaf.enterprise_lead_only)
            for leaf in (*line.leaves, *table.leaves)] == [
        ("现代农业装备关键技术", 30, lead)] * 2


def test_a_closing_paragraph_under_a_section_binds_its_directions_only() -> None:
    """第二节's 以上方向采取事后补助方式…，实施期限为1年 after its last direction is that section's,
    not its chapter's (第一节's directions keep 总则's two years); …，企业上年度研发投入达到100万元
    以上 in a direction's text is its own floor."""
    guideline = _parse([
        "第一章 总则",
        "　　本年度市级科技计划项目实施期限原则上为2年，各节另有规定的，从其规定。",
        "第二章 支持方向",
        "第一节 重点研发计划（归口科室：高新技术科）",
        "　　重点研发计划采取事前资助方式，每项资助30万元～50万元。",
        "1．专用车底盘轻量化技术",
        "研究内容：开展专用车车身结构设计，企业上年度研发投入达到100万元以上。",
        "第二节 科技成果转化计划（归口科室：成果转化科）",
        "1．阀门成果转化",
        "研究内容：支持企业转化阀门新产品。",
        "　　以上方向采取事后补助方式，单个项目最高不超过100万元。申报单位须为规模以上工业企业，"
        "成果转化项目实施期限为1年。",
    ])
    assert [(leaf.title, leaf.funding_mode, leaf.period_years_max, leaf.min_rd_spend_wan,
             leaf.qualifications) for leaf in guideline.leaves] == [
        ("专用车底盘轻量化技术", "前资助", 2, 100, []),
        ("阀门成果转化", "后补助", 1, None, ["规上企业"])]


def test_a_terminal_capture_a_latex_source_and_an_outliner_s_opml() -> None:
    """A telnet BBS post saved with its ANSI colours is read, not refused as binary; a LaTeX
    source reads as the page prints it (its % comments and footnotes dropped); an OPML export
    reads a node a line, a label node's note its value, the reader's own notes dropped."""
    from bot.catalogue.ingest import parse_document

    bbs = "\r\n".join([
        "发信人: kyc_fdu (科研处), 信区: Science",
        "\x1b[1;33m三、支持方向\x1b[m",
        "\x1b[1;33m（一）重点产业科技攻关项目（归口：高新技术科）\x1b[m",
        "　　采取事前资助方式，每项资助\x1b[1;31m50～100万元\x1b[m，实施期限2年。",
        "\x1b[1;32m1．人工智能大模型行业应用（YP2024GG01）\x1b[m",
        "　　研究内容：开展行业大模型微调与部署研究。拟支持2项。",
    ]).encode("gbk")
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_max_wan)
            for leaf in parse_document(bbs, "bbs.txt").leaves] == [
        ("人工智能大模型行业应用", "YP2024GG01", "高新技术科", 100)]
    tex = _parse([
        "\\documentclass[UTF8]{ctexart}", "\\begin{document}",
        "\\section*{三、支持方向}", "\\subsection*{（一）技术攻关重点项目}", "归口处室：高新技术处。",
        "支持方式及要求：采取事前资助方式，项目实施期限3年，须由企业牵头申报，",
        "企业自筹资金与市财政资助资金比例不低于$2:1$。", "",
        "\\subsubsection*{1．新一代通信与网络（\\code{SZ2025JG01}）}",
        "资助额度：最高\\textbf{500万元}\\footnote{2024年本方向资助上限为800万元。}；拟支持2项。", "",
        "\\subsubsection*{2．智能终端与人工智能（\\code{SZ2025JG03}）}",
        "资助额度：$200\\sim400$万元；拟支持3项。% 注：去年此方向只给了150万", "",
        "高新技术处 & 李工 & 0755-88102156 \\\\", "\\end{document}",
    ])
    assert [(leaf.title, leaf.code, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.matching_ratio) for leaf in tex.leaves] == [
        ("新一代通信与网络", "SZ2025JG01", None, 500, 2),
        ("智能终端与人工智能", "SZ2025JG03", 200, 400, 2)]
    opml = _parse([
        '<?xml version="1.0" encoding="utf-8"?>', '<opml version="2.0">', "  <body>",
        '    <outline text="三、支持方向">',
        '      <outline text="（一）重大科技攻关项目（归口科室：高新技术科）">',
        '        <outline text="支持方式及要求" _note="采取前资助方式；实施期限2年；&#10;'
        '须由企业牵头申报；每项资助额度原则上不超过100万元。"/>',
        '        <outline text="1．泛半导体装备及关键材料（HN26GG01）">',
        '          <outline text="研究内容：开展刻蚀装备核心部件研发。"/>',
        '          <outline text="资助额度：100～150万元；拟支持2项。"/>', "        </outline>",
        '        <outline text="2．光伏及储能新材料（HN26GG02）">',
        '          <outline text="拟支持3项；申报企业上年度研发费用总额不低于800万元。" '
        '_note="【我司备注】我司2025年研发费用约760万元，不够"/>', "        </outline>",
        "      </outline>", "    </outline>", "  </body>", "</opml>",
    ])
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_max_wan, leaf.period_years_max,
             leaf.min_rd_spend_wan) for leaf in opml.leaves] == [
        ("泛半导体装备及关键材料", "HN26GG01", "高新技术科", 150, 2, None),
        ("光伏及储能新材料", "HN26GG02", "高新技术科", 100, 2, 800)]


def test_terms_under_headings_that_number_the_directions_they_bind() -> None:
    """四、支持标准 ⏎ （一）方向1—2 ⏎ 支持方式：… ⏎ 资助额度：…: the terms of the directions it
    numbers, listed earlier with no terms of their own; a later 其他说明 saying 方向3… is no
    direction."""
    guideline = _parse([
        "二、支持方向",
        "（一）智能网联汽车（责任科室：产业科技科）",
        "方向1：车规级芯片功能安全测试验证（JD26ZN01）",
        "研究内容：开展功能安全测试验证方法研究。",
        "方向2：车路云一体化协同感知系统（JD26ZN02）",
        "研究内容：开展路侧多源感知融合研究。",
        "方向3：生物医药中试平台（JD26SW01）",
        "研究内容：开展中试放大研究。",
        "三、支持标准",
        "（一）方向1—2",
        "支持方式：事前资助。",
        "资助额度：每项100～300万元。",
        "实施期限：不超过3年。",
        "（二）方向3",
        "支持方式：事后补助。",
        "资助额度：最高不超过200万元。",
        "（三）其他说明",
        "方向3申报单位须为规上企业。",
    ])
    assert [(leaf.code, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max) for leaf in guideline.leaves] == [
        ("JD26ZN01", "前资助", 100, 300, 3), ("JD26ZN02", "前资助", 100, 300, 3),
        ("JD26SW01", "后补助", None, 200, None)]


def test_a_table_s_class_cell_names_the_class_rule_stated_in_prose() -> None:
    """三、分类要求 ⏎ （一）产业关键技术攻关项目（归口科室：…）。实施期限…: the rows of 附件1 whose
    项目类别 cell says 产业关键技术攻关 take that rule and office; a 申报主体 cell 企业、高校、
    科研院所均可 opens the lead."""
    guideline = _parse([
        "三、分类要求",
        "（一）产业关键技术攻关项目（归口科室：高新技术科）。实施期限不超过2年；企业自筹经费与市财政资助经费"
        "比例不低于2:1；牵头企业上年度研发费用不低于300万元。",
        "（二）产学研合作项目（归口科室：产学研合作科）。实施期限2年；企业自筹经费与市财政资助经费比例不低于1:1。",
        "四、申报方式",
        "登录系统在线填报。",
        "附件1",
        "2024年度常熟市科技发展计划项目支持方向表",
        "序号\t项目类别\t支持方向\t支持方式\t申报主体\t资助标准\t拟立项数\t备注",
        "1\t产业关键技术攻关\t高端纺织服装智能制造关键技术\t事前资助\t企业\t100～150万元\t2\t—",
        "2\t产学研合作\t校地共建新型研发机构\t事前资助\t企业、高校、科研院所均可\t200万元\t1\t—",
    ])
    assert [(leaf.title, leaf.office, leaf.period_years_max, leaf.matching_ratio,
             leaf.min_rd_spend_wan, leaf.enterprise_lead_only) for leaf in guideline.leaves] == [
        ("高端纺织服装智能制造关键技术", "高新技术科", 2, 2, 300, True),
        ("校地共建新型研发机构", "产学研合作科", 2, 1, None, False)]


def test_an_org_mode_file_and_a_translation_file() -> None:
    """An org file's * headlines (TODO keywords, [#A], :tags:), drawers, DEADLINE lines, #
    comments and - [X] items; a gettext .po file whose merged entries (one msgid, several #:
    references) are read at every place the page's template has them, a short h5 heading over
    terms their label, the navigation's and obsolete #~ entries left out."""
    org = _parse([
        "# -*- mode: org; coding: gbk-dos -*-", "#+TITLE: 抚顺市2024年度科技计划项目申报指南（整理稿）",
        "#+TODO: TODO 待评估(w) | DONE 不报(n)", "* 三、支持方向",
        "** （一）重点研发计划（归口科室：高新技术科）", "   :PROPERTIES:", "   :原文页码: 附件1第2页",
        "   :END:", "   支持方式：事前资助。实施期限2年。项目须由企业牵头申报。",
        "*** TODO [#A] 1．高性能碳纤维原丝制备关键技术（FS2024ZD01）            :我司可报:",
        "    DEADLINE: <2024-04-26 五>", "    :LOGBOOK:", "    - Note taken on [2024-03-15 五 09:42] \\\\",
        "      对方愿意合作，经费分成约30%", "    :END:", "    研究内容：开展原丝聚合研究。",
        "    资助额度：*80万元*；拟支持1项。", "    - [X] 与东北大学确认合作意向（3月15日）",
        "# 刘：我司2023年研发费用约420万元", "*** 待评估 2．石化装备智能运维（FS2024ZD02）",
        "    研究内容：开展石化装备预测性维护研究。", "    资助额度：50～60万元；拟支持2项。",
    ])
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max) for leaf in org.leaves] == [
        ("高性能碳纤维原丝制备关键技术", "FS2024ZD01", "高新技术科", 80, 80, 2),
        ("石化装备智能运维", "FS2024ZD02", "高新技术科", 50, 60, 2)]
    page = "templates/zhinan/detail.html"
    po = _parse([
        'msgid ""', 'msgstr ""', '"Language: mn\\n"', "",
        "#: templates/base.html:41", 'msgctxt "nav"', 'msgid "首页"', 'msgstr ""', "",
        f"#: {page}:46", 'msgctxt "h2"', 'msgid "三、支持方向"', 'msgstr ""', "",
        f"#: {page}:49", 'msgctxt "h3"', 'msgid "（一）科技重大专项（归口科室：高新技术科）"', 'msgstr ""',
        "", f"#: {page}:52 {page}:96", 'msgctxt "h5"', 'msgid "支持方式及要求"', 'msgstr ""', "",
        f"#: {page}:58", 'msgid ""', '"支持方式：前资助。\\n"', '"资助强度：每项不超过300万元。\\n"',
        'msgstr ""', "", f"#: {page}:61", 'msgctxt "h4"',
        'msgid "1．草原肉羊高效繁育关键技术（XM2023ZX01）"', 'msgstr ""', "",
        f"#: {page}:63", 'msgid "研究内容：开展多胎性状选育研究。"', 'msgstr ""', "",
        f"#: {page}:67 {page}:90", 'msgid "拟支持1项。"', 'msgstr ""', "",
        f"#: {page}:93", 'msgctxt "h3"', 'msgid "（二）社会发展科技计划（归口科室：社会发展科）"',
        'msgstr ""', "", f"#: {page}:98", 'msgid "支持方式：后补助。每项资助20万元。"', 'msgstr ""', "",
        f"#: {page}:88", 'msgctxt "h4"', 'msgid "2．奶食品保鲜技术（XM2023ZX02）"', 'msgstr ""', "",
        f"#: {page}:101", 'msgctxt "h4"', 'msgid "1．草原生态修复（XM2023SF01）"', 'msgstr ""', "",
        '#~ msgctxt "h4"', '#~ msgid "3．绒山羊种质资源保护与利用（XM2022ZX03）"', '#~ msgstr ""',
    ])
    assert [(leaf.code, leaf.office, leaf.funding_mode, leaf.funding_max_wan, leaf.quota)
            for leaf in po.leaves] == [
        ("XM2023ZX01", "高新技术科", "前资助", 300, 1),
        ("XM2023ZX02", "高新技术科", "前资助", 300, 1),
        ("XM2023SF01", "社会发展科", "后补助", 20, None)]


def test_a_database_dump_reads_as_the_outline_its_tables_hold() -> None:
    """mysqldump of an old 申报系统: plans and directions in tables a direction's jh_id joins,
    columns told apart by their Chinese COMMENTs, rows in id order (a plan-1 direction after plan
    2's), a deleted row, \\r\\n inside the text; each direction cites its INSERT line."""
    guideline = _parse([
        "CREATE TABLE `t_zn_jh` (",
        "  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT '主键',",
        "  `px` int(11) DEFAULT '0' COMMENT '排序',",
        "  `mc` varchar(200) DEFAULT NULL COMMENT '计划名称',",
        "  `gkks` varchar(50) DEFAULT NULL COMMENT '归口科室',",
        "  `zcfs` text COMMENT '支持方式及要求（原文）',",
        "  PRIMARY KEY (`id`)",
        ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='指南-计划类别';",
        "INSERT INTO `t_zn_jh` VALUES (1,1,'（一）重点研发计划','高新技术与产业股',"
        "'支持方式：事前资助。\\r\\n实施期限：2年。');",
        "INSERT INTO `t_zn_jh` VALUES (2,2,'（二）社会发展科技计划','农村与社会发展股',"
        "'支持方式：事前资助。\\r\\n支持强度：每项资助10～20万元。');",
        "CREATE TABLE `t_zn_jh_fx` (",
        "  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT '主键',",
        "  `jh_id` int(11) NOT NULL COMMENT '计划类别ID',",
        "  `px` int(11) DEFAULT '0' COMMENT '排序',",
        "  `bt` varchar(200) DEFAULT NULL COMMENT '方向标题',",
        "  `dm` varchar(30) DEFAULT NULL COMMENT '指南代码',",
        "  `nr` text COMMENT '方向内容（研究内容、考核指标、支持强度等）',",
        "  `sfsc` tinyint(4) DEFAULT '0' COMMENT '是否删除 0否 1是',",
        "  PRIMARY KEY (`id`)",
        ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='指南-支持方向';",
        "INSERT INTO `t_zn_jh_fx` VALUES (1,1,1,'1．焦炉煤气制氢技术','XY2025ZD01',"
        "'研究内容：开展制氢工艺研究。\\r\\n支持强度：最高100万元。',0);",
        "INSERT INTO `t_zn_jh_fx` VALUES (2,2,1,'1．旱作谷子栽培技术集成','XY2025NS01',"
        "'研究内容：集成旱作谷子技术。',0);",
        "INSERT INTO `t_zn_jh_fx` VALUES (3,2,2,'2．旧方向','XY2024NS09','研究内容：去年的。',1);",
        "INSERT INTO `t_zn_jh_fx` VALUES (4,1,2,'2．煤矸石制备新型建材','XY2025ZD04',"
        "'研究内容：开展煤矸石利用研究。',0);",
    ])
    assert [(leaf.code, leaf.source_line, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max) for leaf in guideline.leaves] == [
        ("XY2025ZD01", 21, "高新技术与产业股", None, 100, 2),
        ("XY2025ZD04", 24, "高新技术与产业股", None, None, 2),
        ("XY2025NS01", 22, "农村与社会发展股", 10, 20, None)]


def test_a_plan_s_terms_in_a_two_column_table_over_its_numbered_directions() -> None:
    """项目 | 内容 ⏎ 支持方式 | … ⏎ 申报条件 | …: the plan's terms, each cell's value whole —
    the 1．…。 directions after it are headings, not more of 申报条件's list."""
    guideline = _parse([
        "二、支持计划及方向",
        "（一）州级科技重大专项（归口科室：高新技术与产业化科）",
        "项目\t内容",
        "支持方式\t事前资助、分年度拨付",
        "支持额度\t每项100～150万元",
        "申报条件\t须由企业牵头，可联合高校、科研院所申报；牵头企业须为高新技术企业",
        "",
        "1．工业硅及硅基新材料关键技术研发。围绕工业硅产业绿色低碳转型，开展低能耗冶炼研究。",
        "2．小粒咖啡精深加工及高值化利用。开展咖啡鲜果精准发酵研究。本方向支持额度不超过80万元。",
        "（二）科技成果转化计划（归口科室：成果转化科）",
        "项目\t内容",
        "支持方式\t事后补助",
        "申报条件\t申报单位不限",
        "",
        "3．技术合同登记奖补。对近两年技术合同登记认定额累计不低于500万元的企业，按认定额的2%给予奖补，"
        "每家最高20万元。",
    ])
    assert [(leaf.title, leaf.office, leaf.funding_mode, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.enterprise_lead_only, leaf.qualifications)
            for leaf in guideline.leaves] == [
        ("工业硅及硅基新材料关键技术研发", "高新技术与产业化科", "前资助、分年拨付", 100, 150, True,
         ["高新技术企业"]),
        ("小粒咖啡精深加工及高值化利用", "高新技术与产业化科", "前资助、分年拨付", None, 80, True,
         ["高新技术企业"]),
        ("技术合同登记奖补", "成果转化科", "奖补", None, 20, True, [])]


def test_a_letter_naming_its_directions_inside_sentences_and_a_summary_table() -> None:
    """A county letter: each direction a numbered sentence (1．围绕…，支持开展<title>，拟支持1
    项，…) whose title the 附件 汇总表 gives; the class's office said as 由县科技局高新技术股负
    责，; an award after a lead-in (…创建，对新获批…的企业给予…) goes to firms."""
    guideline = _parse([
        "二、支持方向及资助标准",
        "（一）工业科技攻关类。本类项目由县科技局高新技术股负责，采取事前资助方式，须由企业牵头申报，"
        "执行期2年。具体方向如下：",
        "1．围绕兰炭产业延链补链，支持开展兰炭尾气制氢及高值化利用技术研究，拟支持1项，每项资助40万元。",
        "2．围绕煤基固废综合利用，支持开展粉煤灰和煤矸石制备新型建材技术研究，拟支持2项，每项资助20至30万元。",
        "（二）创新主体培育类。本类项目由县科技局科技服务股负责，采取事后补助方式。具体方向如下：",
        "3．围绕创新平台建设，支持开展省级科技创新平台创建，对新获批省级工程技术研究中心的企业给予一次性奖补20万元。",
        "三、申报条件。申报单位须在本县境内注册，具有独立法人资格。",
        "附件",
        "2023年度县级科技计划项目申报方向汇总表",
        "序号\t类别\t方向名称\t拟支持项数\t资助标准（万元）",
        "1\t工业科技攻关\t兰炭尾气制氢及高值化利用技术研究\t1\t40",
        "2\t工业科技攻关\t粉煤灰和煤矸石制备新型建材技术研究\t2\t20～30",
        "3\t创新主体培育\t省级科技创新平台创建\t—\t20",
    ])
    assert [(leaf.title, leaf.source_line, leaf.office, leaf.funding_mode, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.quota, leaf.enterprise_lead_only, leaf.qualifications)
            for leaf in guideline.leaves] == [
        ("兰炭尾气制氢及高值化利用技术研究", 3, "高新技术股", "前资助", 40, 40, 1, True, []),
        ("粉煤灰和煤矸石制备新型建材技术研究", 4, "高新技术股", "前资助", 20, 30, 2, True, []),
        ("省级科技创新平台创建", 6, "科技服务股", "奖补", 20, 20, None, True, ["自治区级平台"])]


def test_kinds_tagged_after_titles_take_their_section_s_office_and_terms() -> None:
    """1．…【前资助类】 takes the closing 资金支持方式 section's terms for its kind and the office
    they name (由科技计划管理科负责受理); one naming its own office before the tag keeps it; a
    group's 执行期3年 is no target that voids the qualification after it; 拟择优确定1家揭榜单位
    counts a 榜单's winners."""
    guideline = _parse([
        "三、支持方向",
        "（一）高端装备制造领域",
        "1．高档数控机床关键功能部件研发【前资助类】",
        "研究内容：开展高速电主轴研究。拟支持2项。",
        "2．医用高分子耗材国产化替代研究（归口科室：社会发展科）【前资助类】",
        "研究内容：开展医用级聚氨酯导管材料改性。",
        "（二）清洁能源产业链（归口科室：高新技术科）",
        "本产业链项目采用里程碑式补助方式，执行期3年，须由企业牵头，申报单位须为规模以上工业企业。",
        "3．分散式风电与储能协同控制技术（CY2024-QN01）",
        "研究内容：研发风储协同能量管理系统。",
        "4．重型商用车制动鼓轻量化材料（CY2024-ZB04）",
        "发榜企业：朝阳龙腾汽车部件有限公司",
        "揭榜方要求：揭榜方须为企业，揭榜攻关期限不超过1年，拟择优确定1家揭榜单位。",
        "四、资金支持方式",
        "（一）前资助类。采取事前资助方式。单个项目资助50～100万元，实施周期不超过2年。"
        "由科技计划管理科负责受理。",
        "（二）后补助类。采取事后补助方式。由成果转化科负责受理。",
    ])
    assert [(leaf.title, leaf.office, leaf.funding_max_wan, leaf.qualifications, leaf.quota)
            for leaf in guideline.leaves] == [
        ("高档数控机床关键功能部件研发", "科技计划管理科", 100, [], 2),
        ("医用高分子耗材国产化替代研究", "社会发展科", 100, [], None),
        ("分散式风电与储能协同控制技术", "高新技术科", None, ["规上企业"], None),
        ("重型商用车制动鼓轻量化材料", "高新技术科", None, ["规上企业"], 1)]


def test_an_asciidoc_source_with_attributes() -> None:
    """AsciiDoc: = headings, :name: value attributes used as {name} (redefined part-way: later
    uses take the new value), label:: value terms, a |=== table of terms one cell a line,
    // comments and NOTE: remarks with the firm's figures left out."""
    guideline = _parse([
        "= 诸暨市2024年度科技计划项目申报指南", ":doctype: article", ":gg-mode: 事前资助",
        ":gx-max: 150万元", ":ms-range: 10～20万元", "", "== 三、支持方向", "",
        "=== （一）重点研发计划", "", "归口科室:: 高新技术科", "支持方式:: {gg-mode}",
        "牵头要求:: 须由企业牵头申报", "", "==== 1．高端铜合金材料短流程制备（ZJKJ24-GG02）", "",
        "研究内容：开展高强高导铜合金连铸连轧研究。", "单个项目资助最高{gx-max}，拟支持1项。",
        "// 金工：我司2023年研发费用1860万元，改报GG01？",
        "NOTE: 去年同类方向最高200万元。", "", ":ms-range: 15～30万元", "",
        "=== （二）社会发展与农业科技计划", "", "归口科室:: 农村与社会发展科", "支持方式:: 事前资助",
        "支持额度:: 每项{ms-range}", "", "==== 2．珍珠养殖水体生态修复（ZJKJ24-SF01）", "",
        "研究内容：研究淡水珍珠养殖尾水生态净化。拟支持3项。", "", "=== （三）创新平台与企业奖补", "",
        '[cols="1,3",options="header"]', "|===", "|条款", "|内容", "|归口科室", "|成果转化科",
        "|支持方式 |事后补助", "|===", "", "==== 3．省级企业研究院认定奖励（ZJKJ24-JB01）", "",
        "对新认定为省级企业研究院的企业，一次性给予50万元奖励。",
    ])
    assert [(leaf.code, leaf.office, leaf.funding_mode, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.quota) for leaf in guideline.leaves] == [
        ("ZJKJ24-GG02", "高新技术科", "前资助", None, 150, 1),
        ("ZJKJ24-SF01", "农村与社会发展科", "前资助", 15, 30, 3),
        ("ZJKJ24-JB01", "成果转化科", "后补助", 50, 50, None)]


def test_a_word_macro_recording_and_a_jupyter_notebook() -> None:
    """A recorded macro's VBA: TypeText statements (strings over _ continuation lines, a run cut
    where bold was switched), TypeBackspace taking back a slip (100至2⌫300万元), TypeParagraph
    ending each; a notebook's markdown cells read, its code and outputs left out."""
    macro = _parse([
        'Attribute VB_Name = "NewMacros"', "Sub 科技计划申报指南2025()", "' 宏在 2025/3/18 录制",
        '    Selection.TypeText Text:="三、支持方向"', "    Selection.TypeParagraph",
        '    Selection.TypeText Text:="（一）产业前瞻与关键核心技术攻关（归口科室：高新技术科）"',
        "    Selection.TypeParagraph",
        '    Selection.TypeText Text:= _', '        "本类项目采取事前资助方式，须由企业牵头申报，企业须按不" _',
        '        & "低于1:1的比例落实自筹资金。"', "    Selection.TypeParagraph",
        '    Selection.TypeText Text:="1．大型LNG运输船关键配套装备（JJ2025-CX01）"',
        "    Selection.TypeParagraph", '    Selection.TypeText Text:="研究内容：研制再液化装置。"',
        "    Selection.TypeParagraph", '    Selection.TypeText Text:="资助额度100至2"',
        "    Selection.TypeBackspace", '    Selection.TypeText Text:="300万元，拟支持2项。"',
        "    Selection.TypeParagraph", "    ' 注：技术部建议联合扬子江船业申报",
        '    Selection.TypeText Text:="2．驱动电机高效化设计（JJ2025-CX02）"',
        "    Selection.TypeParagraph",
        '    Selection.TypeText Text:="研究内容：开展扁线绕组研究。项目资助上限为"',
        "    Selection.Font.Bold = wdToggle", '    Selection.TypeText Text:="150万元"',
        "    Selection.Font.Bold = wdToggle", '    Selection.TypeText Text:="，拟支持1项。"',
        "    Selection.TypeParagraph", "End Sub",
    ])
    assert [(leaf.code, leaf.source_line, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.matching_ratio) for leaf in macro.leaves] == [
        ("JJ2025-CX01", 12, "高新技术科", 100, 300, 1.0),
        ("JJ2025-CX02", 21, "高新技术科", None, 150, 1.0)]
    cell = '   "cell_type": "{}",'
    notebook = _parse([
        "{", ' "cells": [', "  {", cell.format("markdown"), '   "metadata": {},', '   "source": [',
        '    "### （一）技术创新与应用发展专项\\n",', '    "\\n",',
        '    "**归口科室**：高新技术科\\n",', '    "\\n",', '    "支持方式：事前资助。须由企业牵头。"',
        "   ]", "  },", "  {", cell.format("code"), '   "execution_count": 1,',
        '   "metadata": {},', '   "outputs": [{"name": "stdout", "output_type": "stream",',
        '     "text": ["每项资助999万元\\n"]}],', '   "source": [', '    "print(\\"拟支持9项\\")"',
        "   ]", "  },", "  {", cell.format("markdown"), '   "metadata": {},', '   "source": [',
        '    "#### 1．智能装备关键部件研发（HC2022-JS01）\\n",', '    "\\n",',
        '    "研究内容：开展精密减速器研究。每项资助50万元，拟支持2项。"', "   ]", "  }", " ],",
        ' "metadata": {},', ' "nbformat": 4,', ' "nbformat_minor": 5', "}",
    ])
    assert [(leaf.code, leaf.source_line, leaf.office, leaf.funding_max_wan, leaf.quota,
             leaf.enterprise_lead_only) for leaf in notebook.leaves] == [
        ("HC2022-JS01", 28, "高新技术科", 50, 2, True)]


def test_sub_topics_clauses_naming_directions_in_quotes_and_blank_cells_said_to_repeat() -> None:
    """子专题N： under 专题 are the leaves; 其中，“A”方向…；“B”方向…；其余方向… in a plan's 经费安排
    gives each named direction its own terms (其余方向 stays the plan's); a table whose legend says
    “支持方式”“实施期限”两栏为空白的，与上一行相同 repeats the row above in those cells (a row
    whose empty last cell lost its tab too)."""
    topics = _parse([
        "第二部分　支持专题及子专题",
        "专题一：现代山地特色高效农业（归口科室：农村科技科）",
        "　　专题说明：本专题各子专题采取事前资助方式，每项资助20～30万元，实施期限2年。",
        "子专题1：万州玫瑰香橙提质增效关键技术研究与示范",
        "　　研究内容：开展高接换种研究。",
        "子专题2：柠檬、青脆李优良品种选育及绿色防控技术",
        "　　研究内容：开展柠檬优良单株选育。",
        "　　支持强度：本子专题拟支持1项，资助40万元。",
    ])
    assert [(leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota)
            for leaf in topics.leaves] == [
        ("万州玫瑰香橙提质增效关键技术研究与示范", "农村科技科", 20, 30, None),
        ("柠檬、青脆李优良品种选育及绿色防控技术", "农村科技科", 40, 40, 1)]
    quoted = _parse([
        "（一）重点研发计划（归口：科技创新股）",
        "1．博鳌乐城先行区创新医疗器械研发",
        "研究内容：开展高端影像设备研发。",
        "2．海洋渔业装备与水产种业技术",
        "研究内容：开展深远海养殖装备研究。",
        "3．新能源与节能环保技术",
        "研究内容：开展分布式光伏研究。",
        "经费安排：本计划采取事前资助方式，须由企业牵头申报。其中，“博鳌乐城先行区创新医疗器械研发”"
        "方向每项资助不超过100万元，拟支持2项；“海洋渔业装备与水产种业技术”方向每项资助30万元，"
        "申报单位须为高新技术企业；其余方向每项资助不超过40万元。",
    ])
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota,
             leaf.qualifications) for leaf in quoted.leaves] == [
        ("博鳌乐城先行区创新医疗器械研发", None, 100, 2, []),
        ("海洋渔业装备与水产种业技术", 30, 30, None, ["高新技术企业"]),
        ("新能源与节能环保技术", None, 40, None, [])]
    table = _parse([
        "一、支持方向",
        "一览表中“支持方式”“实施期限”两栏为空白的，与上一行相同；填“—”的，表示不设该项。",
        "序号\t支持方向\t支持方式\t资助额度\t实施期限\t备注",
        "1\t酱香型白酒酿造微生物群落解析\t事前资助\t50～80万元\t2年",
        "2\t红缨子糯高粱优质品种选育\t\t不超过60万元\t\t拟支持2项",
        "3\t高新技术企业认定奖励\t以奖代补\t一次性奖励10万元\t—\t",
    ])
    assert [(leaf.title, leaf.funding_mode, leaf.period_years_max) for leaf in table.leaves] == [
        ("酱香型白酒酿造微生物群落解析", "前资助", 2), ("红缨子糯高粱优质品种选育", "前资助", 2),
        ("高新技术企业认定奖励", "奖补", None)]


def test_a_plan_s_numbered_notes_section_and_run_in_labels_and_last_year_s_changes() -> None:
    """（一）说明 ⏎ 1.支持方式：… 2.实施期限：… beside （二）支持方向 states its plan's terms (no
    leaf); 研究内容：…；考核指标：…；支持方式及额度：…；实施期限：… on one line is four fields; a
    title's （新增方向） tag is no part of it; 由上年度的每项20万元调整为每项30万元 grants 30."""
    guideline = _parse([
        "二、重点研发计划（归口科室：高新技术科）",
        "（一）说明",
        "1.支持方式：事前资助，分年度拨付。",
        "2.实施期限：2年。",
        "3.申报主体：须由在本县注册、具有独立法人资格的企业牵头申报。",
        "（二）支持方向",
        "1.白茶精深加工与功能成分开发（新增方向）",
        "研究内容：开展白茶茶氨酸提取研究；考核指标：开发新产品2个以上；支持方式及额度：最高60万元；"
        "实施期限：3年。",
        "2.高标准农田与智慧农业",
        "研究内容：开展智慧农业研究。资助额度由上年度的每项20万元调整为每项30万元。",
    ])
    assert [(leaf.title, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.enterprise_lead_only) for leaf in guideline.leaves] == [
        ("白茶精深加工与功能成分开发", "前资助、分年拨付", None, 60, 3, True),
        ("高标准农田与智慧农业", "前资助、分年拨付", 30, 30, 2, True)]


def test_an_ini_data_file_of_headings_linked_by_parent_keys() -> None:
    """A desktop tool's INI: a [节点NNNN] section a heading, its parent in 父节点=, its text in
    内容N= keys cut every 30 characters (内容3 before 内容2 once), its office in 归口=, the tool's
    own keys beside; a heading added later at the file's end goes under its parent."""
    def section(number: str, parent: str, title: str, *keys: str) -> list[str]:
        return [f"[节点{number}]", f"父节点={parent}", f"标题={title}", *keys, "已读=1", ""]
    guideline = _parse([
        "; 科技项目申报助手 数据文件", "[文件]", "名称=定州市2026年度科技计划项目申报指南", "",
        *section("0003", "0000", "三、支持方向"),
        *section("0004", "0003", "（一）重点研发计划", "内容1=支持方式：事前资助。须由企业牵头申",
                 "内容2=报。", "归口=高新技术科"),
        *section("0005", "0004", "1．汽车轻量化车身（DZ2026-ZD01）", "内容1=研究内容：研究一体化压铸",
                 "内容3=。资助额度100～150万元，拟支持2项。", "内容2=技术", "我的备注=去年最高给了180万元"),
        *section("0009", "0003", "（二）社会发展计划", "内容1=每项资助10至30万元，申报单位不限。",
                 "归口=社会发展科"),
        *section("0010", "0009", "6．定州塔文物数字化保护（DZ2026-SF01）", "内容1=拟支持2项。"),
        *section("0019", "0000", "四、申报时间及要求", "内容1=申报时间为2026年3月。"),
        "; 2026-03-20 增补",
        *section("0021", "0004", "2．氢燃料电池汽车关键零部件（DZ2026-ZD05）", "内容1=资助最高200万元。"),
    ])
    assert [(leaf.code, leaf.source_line, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.quota, leaf.enterprise_lead_only) for leaf in guideline.leaves] == [
        ("DZ2026-ZD01", 20, "高新技术科", 100, 150, 2, True),
        ("DZ2026-ZD05", 49, "高新技术科", None, 200, None, True),
        ("DZ2026-SF01", 36, "社会发展科", 10, 30, 2, False)]


def test_a_graphviz_chart_and_a_turtle_dump_of_a_guideline() -> None:
    """A DOT structure chart (headings as nodes, the tree only in the edges at the end, terms
    in dashed notes, \\l line ends and backslash-newline continuations cutting a figure, a
    dotted legend and a restated node left out); a knowledge graph's Turtle dump (a parent
    property and an order, sentences sorted by the serialiser, a deprecated guide left out, a
    sentence opening with an R&D floor the direction's own)."""
    dot = _parse([
        "// 诸城市2025年度科技计划项目申报指南 结构图", "digraph g {", '    node [shape=box];',
        '    root [label="诸城市2025年度科技计划项目申报指南"];', '    fx [label="三、支持方向"];',
        '    p1 [shape=tab, label="（一）重点研发计划"];',
        '    p1_t [shape=note, label="归口科室：高新技术科\\l支持方式：事前资助\\l申报单位不限\\l"];',
        '    zd01 [label="1．新能源商用车电驱动桥（ZC2025-ZD01）\\l研究内容：研究电驱动桥设计。\\l资助最高\\',
        '120万元，拟支持1项。\\l"];',
        '    zd02 [label="2．功能性纺织面料绿色印染（ZC2025-ZD02）\\l每项资助1000000元。\\l"];',
        '    lg1 [shape=note, label="去年最高资助250万元\\l"];',
        '    zd01 [color=red, xlabel="拟报"];', '    root -> {fx};', '    fx -> {p1};',
        '    p1 -> p1_t [style=dashed];', '    p1 -> {zd01 zd02};', '    zd01 -> lg1 [style=dotted];',
        "}",
    ])
    assert [(leaf.code, leaf.source_line, leaf.office, leaf.funding_max_wan,
             leaf.enterprise_lead_only) for leaf in dot.leaves] == [
        ("ZC2025-ZD01", 8, "高新技术科", 120, False), ("ZC2025-ZD02", 10, "高新技术科", 100, False)]
    ttl = _parse([
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .",
        "@prefix s: <http://kg.example.cn/resource/> .", "@prefix zc: <http://kg.example.cn/zc#> .",
        "", 's:zn2022 rdfs:label "2022年度科技计划项目申报指南"@zh ; owl:deprecated "true" .',
        's:zn2022-d1 rdfs:label "1．旧方向（SHZ2022-ZD01）"@zh ; zc:上级 s:zn2022 ; zc:序号 1 .',
        's:zn2023 rdfs:label "第八师石河子市2023年度科技计划项目申报指南"@zh .',
        's:zn2023-s3 rdfs:label "三、支持方向"@zh ; zc:上级 s:zn2023 ; zc:序号 3 .',
        's:zn2023-s3-p1 rdfs:label "（一）重点研发项目"@zh ;', "    zc:上级 s:zn2023-s3 ;",
        "    zc:序号 1 ;", '    zc:归口科室 "高新技术科"@zh ;',
        '    zc:条款 "支持方式：事前资助。"@zh, "申报主体：须由企业牵头申报。"@zh .',
        's:zn2023-s3-p1-d02 rdfs:label "2．高纯硅基材料制备（SHZ2023-ZD02）"@zh ;',
        "    zc:上级 s:zn2023-s3-p1 ;", "    zc:序号 2 ;",
        '    zc:条款 "研究内容：研究电子级多晶硅提纯。"@zh,',
        '        "资助上限为200万元，拟支持1项。"@zh,', '        "近三年研发费用累计不低于2000万元。"@zh .',
        's:zn2023-s3-p1-d01 rdfs:label "1．氯碱化工副产物高值化利用（SHZ2023-ZD01）"@zh ;',
        "    zc:上级 s:zn2023-s3-p1 ;", "    zc:序号 1 ;",
        '    zc:条款 "执行期：2年。"@zh, "每项资助800000元。"@zh .',
    ])
    assert [(leaf.code, leaf.source_line, leaf.office, leaf.funding_max_wan, leaf.period_years_max,
             leaf.min_rd_spend_wan) for leaf in ttl.leaves] == [
        ("SHZ2023-ZD01", 21, "高新技术科", 80, 2, None),
        ("SHZ2023-ZD02", 15, "高新技术科", 200, None, 2000)]


def test_kinds_a_direction_may_be_applied_for_and_a_plan_s_closing_notes() -> None:
    """申报类别：可申报重点项目、一般项目。 takes both kinds' terms (a 重点项目 alone, that kind's);
    对…的高新技术企业每家奖补10万元。 is an award only firms get; a plan's 申报须知 naming its
    office (本计划归口科室为…科) and its grant (资助额度一般为十万元至二十万元) binds its
    directions; 不受市级平台条件限制 waives that qualification."""
    guideline = _parse([
        "一、项目类别及支持标准",
        "（一）重点项目。采取事前资助方式，单个项目资助20万～30万元，实施期限不超过2年。",
        "（二）一般项目。采取事前资助方式，每项资助5万元，实施期限1年。",
        "二、支持方向",
        "（一）先进制造业（归口股室：工业科技股）",
        "1.汽车零部件精密制造与轻量化",
        "支持内容：支持汽车零部件精密加工技术研发。",
        "申报类别：可申报重点项目、一般项目。",
        "2.智能装备与专用机械",
        "支持内容：支持数控机床智能化设计。",
        "申报类别：可申报重点项目。",
        "（二）创新主体培育计划",
        "3.高新技术企业培育奖补",
        "支持方式：以奖代补，对2022年度首次认定的高新技术企业每家奖补10万元。",
        "4.市级重点实验室提质升级",
        "支持内容：支持已认定的市级重点实验室开展研究条件建设。",
        "申报要求：本方向不受市级平台条件限制，申报单位须为省级科技创新平台依托单位。",
        "申报须知：本计划归口科室为成果转化科。本计划项目资助额度一般为十万元至二十万元。",
    ])
    assert [(leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.enterprise_lead_only, leaf.qualifications)
            for leaf in guideline.leaves] == [
        ("汽车零部件精密制造与轻量化", "工业科技股", 5, 30, 2, None, []),
        ("智能装备与专用机械", "工业科技股", 20, 30, 2, None, []),
        ("高新技术企业培育奖补", "成果转化科", 10, 10, None, True, ["高新技术企业"]),
        ("市级重点实验室提质升级", "成果转化科", 10, 20, None, None, ["自治区级平台"])]


def test_a_reference_manager_export_a_project_plan_and_a_recovered_word_file() -> None:
    """NoteExpress records ({Title}, its parent in {Secondary Title}, text in {Notes} with untagged
    continuation lines, the keeper's {Research Notes} left out, a record keyed in late); a
    Microsoft Project task list (outline numbers, 备注 the text, a firm's to-dos under a coded
    direction and a milestone left out); Word's text recovered from a damaged .doc (the header's
    noise, field residue and the style tables and old drafts after the signature left out)."""
    def record(title: str, parent: str, *tags: str) -> list[str]:
        return [f"{{Title}}: {title}", f"{{Secondary Title}}: {parent}", *tags,
                "{Date Added}: 2023-03-20 09:14", ""]
    notes = _parse([
        "{Reference Type}: Generic", "{Title}: 都江堰市2023年度科技项目申报指南", "{Year}: 2023", "",
        *record("三、支持方向", "都江堰市2023年度科技项目申报指南"),
        *record("（一）重点研发项目", "三、支持方向", "{Notes}: 归口科室：科技创新科。",
                "支持方式：事前资助。须由企业牵头申报。"),
        *record("1. 川芎道地中药材规范化种植（DJY2023-01）", "（一）重点研发项目",
                "{Abstract}: 开展川芎GAP种植研究。", "{Notes}: 资助额度：50～100万元。拟支持2项。",
                "{Research Notes}: 去年同类项目获批40万元。"),
        *record("四、申报时间", "都江堰市2023年度科技项目申报指南", "{Notes}: 2023年4月30日前。"),
        *record("2. 猕猴桃冷链保鲜（DJY2023-02）", "（一）重点研发项目", "{Notes}: 资助额度：最高60万元。"),
    ])
    assert [(leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota)
            for leaf in notes.leaves] == [
        ("DJY2023-01", "科技创新科", 50, 100, 2), ("DJY2023-02", "科技创新科", None, 60, None)]
    tasks = _parse([
        "标识号\t大纲数字\t任务名称\t工期\t资源名称\t备注",
        "0\t0\t桐乡市2025年度科技计划项目申报指南\t42 个工作日\t\t本年度资金预算2000万元。",
        "3\t3\t三、支持方向\t40 个工作日\t\t",
        "4\t3.1\t（一）重点研发计划\t40 个工作日\t\t归口科室：高新技术科。支持方式：事前资助。",
        "5\t3.1.1\t1．高性能化纤材料（TX2025-ZD01）\t25 个工作日\t\t研究内容：开展绿色纺丝研究。"
        "资助额度：1500000元。申报企业研发投入不低于1000万元。",
        "6\t3.1.1.1\t【我司】研发费用专项审计\t10 个工作日\t财务部\t审计费8万元。",
        "7\t3.1.2\t2．新能源汽车关键零部件（TX2025-ZD02）\t5 个工作日\t\t资助额度：不超过200万元。",
        "8\t4\t【我司】申报截止（里程碑）\t0 个工作日\t项目申报办\t",
    ])
    assert [(leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.min_rd_spend_wan) for leaf in tasks.leaves] == [
        ("TX2025-ZD01", "高新技术科", 150, 150, 1000),
        ("TX2025-ZD02", "高新技术科", None, 200, None)]
    recovered = _parse([
        "ÐÏà¡±á>þÿ\tþÿÿÿ", "ì¥Á7 ø¿ bjbjÏ2Ï2 .ž", "[Content_Types] Root Entry  WordDocument", "",
        "邳州市2024年度科技计划项目申报指南", "三、支持方向", " EMBED Word.Picture.8  ",
        "（一）关键核心技术攻关（归口科室：高新技术科）", "　　支持方式：事前资助。",
        "1．半导体材料关键技术研发（PZ2024-01）", "　　资助额度：100～200万元。拟支持2项。",
        'ÿÿÿÿ  HYPERLINK \\l "_Toc158230915"  ', "2．绿色板材与家居制造技术（PZ2024-03）",
        "　　资助额度：800000元。", "邳州市科学技术局", "2024年3月8日", "",
        "_Toc158230911 _Toc158230915 _GoBack", "Normal 正文 标题 1 标题 2 默认段落字体",
        "资助额度：最高200万元。拟支持3项。",
    ])
    assert [(leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota)
            for leaf in recovered.leaves] == [
        ("PZ2024-01", "高新技术科", 100, 200, 2), ("PZ2024-03", "高新技术科", 80, 80, None)]


def test_table_blocks_of_a_title_and_a_row_of_terms_and_kinds_said_in_a_sentence() -> None:
    """表1  …（归口科室：…） ⏎ 支持方式 | 资助额度 | 实施期限 ⏎ 方向1：…（code） ⏎ 事前资助 | 50～80万元
    | 2年: each row is its title's terms (— nothing said), the caption the class heading;
    本方向按重点项目支持 takes the terms the preamble gives 重点项目."""
    blocks = _parse([
        "二、支持方向",
        "表1  重点研发项目（归口科室：高新技术科）",
        "本类项目须由企业牵头申报。",
        "支持方式\t资助额度\t实施期限\t申报要求",
        "方向1：功能性面料绿色低碳印染关键技术（SS2024-ZD01）",
        "事前资助\t50～80万元\t2年\t拟支持2项",
        "方向2：运动鞋材轻量化与高回弹发泡技术（SS2024-ZD02）",
        "里程碑式补助\t最高100万元\t3年\t高校、科研院所、企业均可牵头",
        "表2  社会发展项目（归口科室：农村与社会发展科）",
        "本类项目实施期限一般为2年，申报单位不限。",
        "支持方式\t资助额度\t实施期限\t申报要求",
        "方向3：海洋水产品精深加工与质量安全控制（SS2024-SF01）",
        "事前资助\t20至30万元\t—\t拟支持3项",
    ])
    assert [(leaf.code, leaf.office, leaf.funding_mode, leaf.funding_max_wan,
             leaf.period_years_max, leaf.enterprise_lead_only) for leaf in blocks.leaves] == [
        ("SS2024-ZD01", "高新技术科", "前资助", 80, 2, True),
        ("SS2024-ZD02", "高新技术科", "里程碑式补助", 100, 3, False),
        ("SS2024-SF01", "农村与社会发展科", "前资助", 30, 2, False)]
    kinds = _parse([
        "本指南所称项目分为两类：区级重点科技攻关项目（以下简称“重点项目”）和区级一般科技攻关项目"
        "（以下简称“一般项目”）。",
        "重点项目采取事前资助方式，每项资助100～200万元，实施期限为3年，须由企业牵头申报。",
        "一般项目采取事前资助方式，每项资助不超过50万元，实施期限为2年，企业、高校均可牵头。",
        "一、支持方向",
        "（一）集成电路与电子信息（归口科室：高新技术科）",
        "1．车规级功率半导体封装测试技术",
        "本方向按重点项目支持，拟支持2项。",
        "研究内容：研究碳化硅功率模块封装技术。",
        "2．新型显示驱动芯片设计",
        "项目类别：一般项目。",
        "研究内容：研究OLED显示驱动芯片设计技术。",
    ])
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max,
             leaf.enterprise_lead_only) for leaf in kinds.leaves] == [
        ("车规级功率半导体封装测试技术", 100, 200, 3, True),
        ("新型显示驱动芯片设计", None, 50, 2, False)]


def test_a_mail_merge_an_sms_backup_and_a_cad_drawing() -> None:
    """Mail-merged cards: a label naming its unit (资助额度（万元）：每项80), spreadsheet float
    noise (最高70.00000000000001), month-first dates, a label inside another's value; an SMS
    backup: the sender's numbered parts, other senders between, a part the phone did not
    rejoin (200～3 ⏎ 00万元), a tier and the rest's amount (优秀的30万元，其余20万元); a DXF:
    TEXT and MTEXT entities, code-3 chunks, \\P breaks, a notes layer left out."""
    merged = _parse([
        "任丘市科学技术局", "三、支持方向", "（一）重点研发计划", "归口科室：高新技术科",
        "计划共性要求：支持方式为事前资助；须由企业牵头申报；实施期限3年。",
        "1．汽车零部件轻量化（RQ2024-02）", "资助额度（万元）：最高70.00000000000001", "实施期限：",
        "2．电力线缆与新型导体材料（RQ2024-03）", "资助额度（万元）：每项80",
        "实施期限：7/1/2024至6/30/2026", "3．科技金融贷款贴息（RQ2024-12）",
        "资助额度（万元）：不超过30", "申报要求：支持方式：贷款贴息。",
    ])
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max,
             leaf.funding_mode) for leaf in merged.leaves] == [
        ("RQ2024-02", None, 70, 3, "前资助"), ("RQ2024-03", 80, 80, 2, "前资助"),
        ("RQ2024-12", None, 30, 3, "贷款贴息")]
    def sms(sender: str, *body: str) -> list[str]:
        return ["-" * 40, f"发件人：{sender}", "时间：2025-03-03 09:30:05", "类型：接收", "内容：",
                *body]
    bureau = "邹城科技局(106905370001)"
    texts = _parse([
        *sms("1069055895588", "【中国银行】您尾号6621的账户支出人民币50,000.00元。"),
        *sms(bureau, "【邹城市科技局】2025年度科技计划项目申报指南（3/20）", "二、支持方向",
             "（一）重点研发计划（归口科室：高新技术科）", "支持方式：前资助。须由企业牵头申报。", "拒收请回复R"),
        *sms(bureau, "【邹城市科技局】2025年度科技计划项目申报指南（4/20）",
             "1．智能矿山装备关键技术（ZC2025-01）", "研究内容：开展煤矿智能综"),
        *sms(bureau, "采、掘进机器人研究。", "资助额度：200～3"),
        *sms(bureau, "00万元。拟支持2项。", "拒收请回复R"),
        *sms("95555", "【顺丰速运】您的快件已到达。"),
        *sms(bureau, "【邹城市科技局】2025年度科技计划项目申报指南（5/20）",
             "2．省级创新平台奖补（ZC2025-11）",
             "对新认定省级工程技术研究中心的企业给予奖补：评价优秀的30万元，其余20万元。", "拒收请回复R"),
        "-" * 40,
    ])
    assert [(leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota)
            for leaf in texts.leaves] == [
        ("ZC2025-01", "高新技术科", 200, 300, 2), ("ZC2025-11", "高新技术科", 20, 30, None)]
    def entity(kind: str, layer: str, *texts: str) -> list[str]:
        return ["  0", kind, "  8", layer, *texts]
    drawing = _parse([
        "  0", "SECTION", "  2", "ENTITIES",
        *entity("TEXT", "指南正文", "  1", "三、支持方向"),
        *entity("TEXT", "指南正文", "  1", "（一）重点研发计划（归口科室：高新技术科）"),
        *entity("MTEXT", "指南正文", "  3", "{\\fSimSun|b0|i0|c134|p2;支持方式：事前资助。\\P须由企业牵头。}"),
        *entity("TEXT", "指南正文", "  1", "1．高端轴承设计与制造关键技术（WFD2023-01）"),
        *entity("MTEXT", "指南正文", "  3", "{\\fSimSun|b0;研究内容：开展轴承材料研究。\\P资助额度：100～200",
                "  1", "万元。拟支持2项。}"),
        *entity("TEXT", "指南正文", "  1", "2．风电主轴轴承（WFD2023-02）"),
        *entity("MTEXT", "指南正文", "  1", "资助额度：最高80万元。"),
        *entity("MTEXT", "批注", "  1", "我司拟报方向1，预算180万元"),
        "  0", "ENDSEC", "  0", "EOF",
    ])
    assert [(leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.enterprise_lead_only) for leaf in drawing.leaves] == [
        ("WFD2023-01", "高新技术科", 100, 200, True), ("WFD2023-02", "高新技术科", None, 80, True)]


def test_a_guideline_written_as_numbered_questions() -> None:
    """1.我公司…，如何申报“…”方向？ ⏎ its answer: a numbered question naming a direction in quotes
    is that direction's heading; 一、总体问答's answer giving each class its terms clause by
    clause (科技创新重点项目采取…；科技成果转化项目采取…) binds the classes it names."""
    guideline = _parse([
        "一、总体问答",
        "1.今年区级科技计划设置了哪几类项目？",
        "　　设置科技创新重点项目、科技成果转化项目两类，区级科技专项资金安排1500万元。",
        "2.各类项目的支持方式和实施期限是怎样规定的？",
        "　　科技创新重点项目采取前资助方式，实施期限为2年，须由企业牵头申报；"
        "科技成果转化项目采取事后补助方式，实施期限为1年。",
        "二、科技创新重点项目（归口科室：科技发展科）",
        "1.我公司从事新能源汽车零部件研发，如何申报“智能网联汽车关键零部件”方向？",
        "　　指南代码：JN2022ZD01。本方向重点支持车载传感器研发。每项资助60万元。",
        "2.“海河教育园区产学研协同创新”方向对申报单位有什么要求？",
        "　　指南代码：JN2022ZD02。资助额度最高80万元。",
        "3.如何申报“生物医药与高端医疗器械”方向？能支持多少钱？",
        "　　指南代码：JN2022ZD03。每项资助50万元。",
        "三、科技成果转化项目（归口科室：成果转化科）",
        "1.如何申报“高校院所成果在津南转化”项目？",
        "　　指南代码：JN2022CG01。按技术合同成交额的10%给予补助，最高不超过50万元。",
    ])
    assert [(leaf.title, leaf.code, leaf.funding_mode, leaf.period_years_max,
             leaf.funding_max_wan) for leaf in guideline.leaves] == [
        ("智能网联汽车关键零部件", "JN2022ZD01", "前资助", 2, 60),
        ("海河教育园区产学研协同创新", "JN2022ZD02", "前资助", 2, 80),
        ("生物医药与高端医疗器械", "JN2022ZD03", "前资助", 2, 50),
        ("高校院所成果在津南转化", "JN2022CG01", "后补助", 1, 50)]


def test_a_voice_menu_script_a_storyboard_and_an_outliner_page() -> None:
    """A hotline's voice menu (node records listed level by level, parents by id, text for speech:
    〔停顿〕, 80到120万元, 1比1); a video storyboard (headings under 字幕条（标题）：, terms split
    between 花字 cards and 配音, 第一类是… no heading, a shot without a title going on); a Logseq
    page (bullets, key:: value, kinds named by ((uuid)) block references, a #内部 section)."""
    def node(ident: str, parent: str, title: str, *spoken: str) -> list[str]:
        return ["─" * 30, f"节点编号：{ident}　　上级节点：{parent}　　按键：1", "节点标题（坐席屏显示）：",
                title, "播报文本：", *spoken, "菜单提示：重听请按星号键。"]
    menu = _parse([
        *node("0", "—", "如皋市2024年度科技计划项目申报指南", "欢迎收听。"),
        *node("2", "0", "二、支持方向", "本年度设两类计划。"),
        *node("2-1", "2", "（一）重点研发计划（归口科室：高新技术科）",
              "重点研发计划采取事前资助方式。〔停顿0.5秒〕项目须由企业牵头申报，企业自筹经费与财政资助比例不低于1比1。"),
        *node("2-2", "2", "（二）社会发展科技计划（归口科室：社会发展科）", "每项资助10到20万元。"),
        *node("2-1-1", "2-1", "1．氢燃料电池关键材料（RG2024-01）", "资助额度为每项80到120万元，拟支持2项。"),
        *node("2-2-1", "2-2", "1．长寿康养技术（RG2024-05）", "拟支持3项。"),
        *node("2-1-2", "2-1", "2．新能源汽车电驱（RG2024-02）", "资助额度最高100万元。"),
    ])
    assert [(leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.matching_ratio) for leaf in menu.leaves] == [
        ("RG2024-01", "高新技术科", 80, 120, 1.0), ("RG2024-02", "高新技术科", None, 100, 1.0),
        ("RG2024-05", "社会发展科", 10, 20, None)]
    def shot(number: str, title: str | None, cards: str | None, voice: str) -> list[str]:
        return [f"【镜号{number}】景别：中景｜时长：7秒｜转场：硬切", "画面：车间",
                *(["字幕条（标题）：", title] if title else []), *([f"花字：{cards}"] if cards else []),
                f"配音：{voice}", "音乐音效：沿用主BGM", ""]
    video = _parse([
        *shot("01", "2023年度宁国市科技计划项目申报指南", None, "今年开始申报啦！"),
        *shot("03", "二、支持方向", None, "我们一起来看。"),
        *shot("04", "（一）关键核心技术攻关（归口科室：高新技术科）", "事前资助｜实施期限2年",
              "第一类是关键核心技术攻关，采取事前资助方式，须由企业牵头申报。"),
        *shot("05", "1．汽车橡胶密封与减振部件（NG2023-01）", "资助50～100万元｜拟支持2项", "支持密封件研发。"),
        *shot("06", "2．高性能耐磨材料与铸件（NG2023-02）", "最高80万元", "支持耐磨铸件研发。"),
        *shot("06A", None, None, "这个方向采取里程碑式补助，企业、高校均可牵头。"),
    ])
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.funding_mode,
             leaf.enterprise_lead_only) for leaf in video.leaves] == [
        ("NG2023-01", "高新技术科", 100, "前资助", True),
        ("NG2023-02", "高新技术科", 80, "里程碑式补助", False)]
    page = _parse([
        "title:: 2025龙岗区科技创新专项资金申报指南", "",
        "- ## 一、总体要求", "\t- 申报单位须在龙岗区注册并具有独立法人资格。",
        "- ## 二、项目类别及资助标准", "\t- **重点技术攻关项目**", "\t  id:: 67ee1b20-3c41-4d8a-9f07-1a2b3c4d5e01",
        "\t\t- 支持方式：事前资助。资助强度：200～500万元。实施期限：3年。", "\t\t- 申报主体：须由企业牵头申报。",
        "\t- **民生科技项目**", "\t  id:: 67ee1b21-0a9f-4c55-b316-1a2b3c4d5e03",
        "\t\t- 支持方式：事前资助。资助强度：30～50万元。实施期限：2年。",
        "- ## 三、支持方向", "\t- ### （一）电子信息与智能制造", "\t  归口科室:: [[高新技术产业科]]",
        "\t\t- 1．智能终端芯片与模组（LG2025-01）", "\t\t  项目类别:: ((67ee1b20-3c41-4d8a-9f07-1a2b3c4d5e01))",
        "\t\t\t- 研究内容：研发射频前端芯片。", "\t\t- 2．生态环境与碳中和技术（LG2025-07）",
        "\t\t  项目类别:: ((67ee1b21-0a9f-4c55-b316-1a2b3c4d5e03))", "\t\t\t- 研究内容：开展减污降碳研究。",
        "- ## 我的待办与备注 #内部", "\t- TODO 准备审计报告，对照((67ee1b20-3c41-4d8a-9f07-1a2b3c4d5e01))",
        "\t- 我司研发费用约3200万元，目标争取150万元",
    ])
    assert [(leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max) for leaf in page.leaves] == [
        ("LG2025-01", "高新技术产业科", 200, 500, 3), ("LG2025-07", "高新技术产业科", 30, 50, 2)]


def test_codes_after_a_dash_tier_classes_and_a_rule_for_one_chapter_s_applicants() -> None:
    """1．高端精细化学品—TX2024-01 carries its code after a dash; （一）A类：资助100万元以上 is a
    class heading with its terms paragraph; 第十三条　申报产业关键核心技术攻关项目的，企业上年度研发
    投入不低于300万元 binds that chapter's directions only."""
    chapters = _parse([
        "第二章　产业关键核心技术攻关",
        "第三条　本章项目采取事前资助方式，由高新技术科归口管理。",
        "1．高端精细化学品—TX2024-01",
        "研究内容：开展精细化学品研究。",
        "第三章　社会发展科技",
        "第六条　本章项目采取事前资助方式，由社会发展科归口管理。",
        "2．智慧医疗与健康养老—TX2024-05",
        "研究内容：开展智慧养老研究。",
        "第五章　申报条件",
        "第十三条　申报产业关键核心技术攻关项目的，企业上年度研发投入不低于300万元。",
    ])
    assert [(leaf.title, leaf.code, leaf.min_rd_spend_wan) for leaf in chapters.leaves] == [
        ("高端精细化学品", "TX2024-01", 300), ("智慧医疗与健康养老", "TX2024-05", None)]
    tiers = _parse([
        "一、申报方向及资助额度",
        "（一）A类：资助100万元以上",
        "　　A类项目采取事前资助、分年度拨付方式，实施期限3年，须由企业牵头申报。",
        "1．深海装备与海洋探测（NS2025A01）",
        "资助额度：200～300万元。",
        "（二）B类：资助30—100万元",
        "　　B类项目采取事前资助方式，实施期限2年，须由企业牵头申报。",
        "2．人工智能与数字经济（NS2025B01）",
        "资助额度：50～80万元。",
    ])
    assert [(leaf.code, leaf.funding_mode, leaf.period_years_max)
            for leaf in tiers.leaves] == [("NS2025A01", "前资助、分年拨付", 3),
                                          ("NS2025B01", "前资助", 2)]


def test_a_correction_notice_a_flat_odt_and_a_find_in_files_result() -> None:
    """A guideline forwarded with its correction notice (“a”更正为“b” by a direction's code or a
    section's name, 删去“a”, applied; the notice itself no text); a flat ODT (headings numbered
    only by outline level, spans inside words); Notepad++'s find-in-files panel (the current
    file's hits only, last year's file and an older search below left out)."""
    corrected = _parse([
        "一、支持方向", "（一）先进制造（归口科室：高新技术科）", "本类项目采取事前资助方式，实施期限2年。",
        "1．特种钢材（WA2024-01）", "研究内容：开展特种钢研究。", "资助额度：最高80万元。",
        "2．焦化副产品利用（WA2024-06）", "研究内容：开展焦化研究。", "须由企业牵头，资助额度：50万元。",
        "（二）农业与社会发展（归口科室：农村科技科）", "本类项目采取事前资助方式，实施期限2年。",
        "3．小米良种（WA2024-09）", "研究内容：开展小米良种研究。", "", "武安市科学技术局", "2024年3月15日", "",
        "- - - - - - - - 以下为更正通知 - - - - - - - -", "", "武安市科学技术局",
        "关于《2024年度武安市科技计划项目申报指南》有关内容的更正通知", "各有关单位：",
        "1．指南代码WA2024-01方向，“资助额度：最高80万元”更正为“资助额度：最高100万元”。",
        "2．第（二）类农业与社会发展，“实施期限2年”更正为“实施期限3年”。",
        "3．指南代码WA2024-06方向，删去“须由企业牵头，”。", "其他内容不变。",
    ])
    assert [(leaf.code, leaf.funding_max_wan, leaf.period_years_max, leaf.enterprise_lead_only)
            for leaf in corrected.leaves] == [
        ("WA2024-01", 100, 2, None), ("WA2024-06", 50, 2, None), ("WA2024-09", None, 3, None)]
    odt = _parse([
        '<?xml version="1.0" encoding="UTF-8"?>', '<office:document xmlns:office="urn:oasis">',
        " <office:body>", "  <office:text>",
        '   <text:h text:style-name="Heading_20_1" text:outline-level="1">支持方向</text:h>',
        '   <text:h text:style-name="Heading_20_2" text:outline-level="2">先进制造与新材料</text:h>',
        '   <text:p text:style-name="Standard">归口科室：高新技术科</text:p>',
        '   <text:p text:style-name="Standard">支持方式：事前资助；实施期限：2年。</text:p>',
        '   <text:h text:style-name="Heading_20_3" text:outline-level="3">轨道交通装备关键部件（JZ2025-01）</text:h>',
        '   <text:p text:style-name="Standard">资助额度：<text:span text:style-name="T1">150</text:span>～300万元。</text:p>',
        '   <text:h text:style-name="Heading_20_3" text:outline-level="3">智能家电<text:span>与</text:span>物联网终端（JZ2025-03）</text:h>',
        '   <text:p text:style-name="Standard">资助额度：80-150万元。</text:p>',
        "  </office:text>", " </office:body>", "</office:document>",
    ])
    assert [(leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max) for leaf in odt.leaves] == [
        ("轨道交通装备关键部件", "高新技术科", 150, 300, 2), ("智能家电与物联网终端", "高新技术科", 80, 150, 2)]
    found = _parse([
        'Search "ZG2[23]-|归口股室|万元" (12 hits in 2 files of 6 searched)',
        "  D:\\申报\\准格尔旗2023年度科技计划项目申报指南.txt (8 hits)",
        "\tLine 13: （一）煤炭清洁高效利用（归口股室：高新技术与产业化股）",
        "\tLine 14: 本类项目采取事前资助方式，实施期限为2年，须由企业牵头申报。",
        "\tLine 15: 1．煤矿智能化开采与安全监测（ZG23-01）", "\tLine 17: 资助额度：100～150万元，拟支持2项。",
        "\tLine 18: 2．煤基新材料综合利用（ZG23-02）", "\tLine 20: 资助额度：最高120万元。",
        "  D:\\申报\\准格尔旗2022年度科技计划项目申报指南.txt (4 hits)",
        "\tLine 7: 1．煤矿安全与智能化（ZG22-01）", "\tLine 9: 资助额度：50～100万元。",
        'Search "最高" (2 hits in 1 files of 6 searched)',
        "  D:\\申报\\准格尔旗2023年度科技计划项目申报指南.txt (1 hits)", "\tLine 20: 资助额度：最高120万元。",
    ])
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in found.leaves] == [
        ("ZG23-01", "高新技术与产业化股", 150, 2), ("ZG23-02", "高新技术与产业化股", 120, 2)]


def test_run_in_plan_names_one_sentence_items_and_terms_in_a_title_s_bracket() -> None:
    """重点研发计划。本计划由…管理，… opens a plan; 1．title（CODE），body… is a direction its code
    ends; 以上方向采取… after a group's list is that group's; （支持1项，最高200万元，3年） after a
    title gives its count, grant and period."""
    plans = _parse([
        "二、支持方向",
        "　　重点研发计划。本计划由高新技术科归口管理，采取事前资助方式，实施期限2年，须由企业牵头申报。",
        "1．油橄榄精深加工（LNZY2025-01）",
        "　　资助额度：100～150万元。",
        "　　农业农村科技计划。本计划由农村科技科归口管理，每项资助20至40万元，申报单位不限。",
        "2．道地中药材良种繁育（LNNY2025-01）",
        "　　研究内容：开展良种选育研究。",
    ])
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.enterprise_lead_only)
            for leaf in plans.leaves] == [("LNZY2025-01", "高新技术科", 150, True),
                                          ("LNNY2025-01", "农村科技科", 40, False)]
    listed = _parse([
        "一、申报类别及支持方向",
        "（一）工业科技攻关项目（归口股室：科技发展股）",
        "　　主要支持以下方向：",
        "　　1．冷柜高效节能压缩技术研究（MQ2024-GY01），重点开展低GWP制冷剂替代研究。",
        "　　2．冷链物流装备智能温控研发（MQ2024-GY02），开展多温区精准控温研究。",
        "　　以上方向采取事前资助方式，每项资助20～40万元，须由企业牵头申报。",
        "（二）农业与社会发展项目（归口股室：农村科技股）",
        "　　主要支持以下方向：",
        "　　3．民权葡萄优良品种引选（MQ2024-NS01），开展酿酒葡萄品种评价。",
        "　　以上方向采取事前资助方式，每项资助10万元，申报单位不限。",
    ])
    assert [(leaf.title, leaf.code, leaf.funding_max_wan, leaf.enterprise_lead_only)
            for leaf in listed.leaves] == [
        ("冷柜高效节能压缩技术研究", "MQ2024-GY01", 40, True),
        ("冷链物流装备智能温控研发", "MQ2024-GY02", 40, True),
        ("民权葡萄优良品种引选", "MQ2024-NS01", 10, False)]
    bracket = _parse([
        "二、揭榜挂帅项目（归口科室：农业科技科）",
        "（一）旱区小麦节水抗逆新品种选育（支持1项，最高200万元，3年）",
        "榜单编号：YLJB2023-01",
        "攻关目标：选育节水抗逆小麦新品种。",
        "（二）猕猴桃溃疡病绿色防控关键技术（支持1项，100～150万元，2025年7月至2027年12月）",
        "榜单编号：YLJB2023-02",
        "攻关目标：建立溃疡病早期快速检测方法。",
    ])
    assert [(leaf.code, leaf.quota, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in bracket.leaves] == [("YLJB2023-01", 1, 200, 3), ("YLJB2023-02", 1, 150, 2.5)]


def test_a_jira_issue_holding_a_guideline() -> None:
    """A Jira issue copied out with its fields, its description's h1.–h4. headings, ||条款||内容||
    tables of terms (one under a direction: its own office), {color}*…*{color} amounts (最高
    *150*万元 too), {{code}}s, and the comments after it (the staff's figures, left out); 实行以奖
    代补，对…的企业… is an award only firms receive."""
    guideline = _parse([
        "[TECH-418] 整理：巩义市2023年度科技计划项目申报指南", "项目：技术中心 (TECH)　　类型：任务",
        "标签：科技项目申报", "", "描述", "", "h1. 巩义市2023年度科技计划项目申报指南",
        "h2. 三、支持方向", "", "h3. （一）重大科技专项", "||条款||内容||", "|归口科室|高新技术科|",
        "|支持方式|事前资助|", "|牵头要求|须由企业牵头|", "",
        "h4. 1．高性能铝合金板带箔制备技术（{{GY23ZX01}}）", "* 研究内容：开展铝箔熔铸工艺研究。",
        "* 资助额度：最高{color:#de350b}*150*{color}万元，拟支持1项。", "",
        "h4. 2．铝加工废料再生利用（{{GY23ZX04}}）", "||条款||内容||", "|归口科室|成果转化科|",
        "* 研究内容：研究废铝分选除杂技术。",
        "* 资助额度：{color:#de350b}*30-60万元*{color}；企业、高等院校、科研院所均可牵头。", "",
        "h3. （三）科技创新奖补", "||条款||内容||", "|归口科室|科技服务科|", "|支持方式|事后补助|", "",
        "h4. 3．瞪羚企业培育奖励（{{GY23JB04}}）",
        "实行以奖代补，对首次认定为郑州市瞪羚企业的企业，一次性给予20万元奖励。", "",
        "活动　全部 | 评论 | 工作日志 | 历史", "", "李静 添加了评论 - 2023-03-07 10:21",
        "[~wanglei] 第1个方向去年是最高200万元，今年降到150了。",
    ])
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.enterprise_lead_only) for leaf in guideline.leaves] == [
        ("GY23ZX01", "高性能铝合金板带箔制备技术", "高新技术科", None, 150, True),
        ("GY23ZX04", "铝加工废料再生利用", "成果转化科", 30, 60, False),
        ("GY23JB04", "瞪羚企业培育奖励", "科技服务科", 20, 20, True)]


def test_a_crawler_s_log_of_the_page() -> None:
    """A crawler's log4j lines: each paragraph one message (doc=… p=… | text), another
    thread's page interleaved, a retry logging paragraphs again; a line of terms after the
    indicators is the direction's own (its mode too)."""
    def logged(second: int, thread: str, doc: int, p: int, text: str) -> str:
        return (f"2024-03-21 09:14:{second:02d}.112 INFO  [spider-{thread}] "
                f"c.z.policy.extract.ParaExtractor - doc={doc} p={p:03d} tag=<p> | {text}")
    lines = [
        "2024-03-21 09:14:00.001 INFO  [main] c.z.policy.SpiderApp - policy-spider started",
        logged(1, "7", 37061, 1, "三、支持方向"),
        logged(2, "7", 37061, 2, "（一）产业技术攻关项目（归口科室：高新技术科）"),
        logged(3, "4", 37058, 1, "一、评价条件"),
        logged(4, "7", 37061, 3, "本类项目采取事前资助方式，须由企业牵头申报。"),
        logged(5, "7", 37061, 4, "1. 高端铝合金板带箔精深加工技术（LK24CY01）"),
        logged(6, "4", 37058, 2, "（一）企业职工总数不超过500人，每家补助100万元。"),
        logged(7, "7", 37061, 5, "研究内容：开展高强高韧铝合金熔铸研究。"),
        logged(8, "7", 37061, 6, "资助100至200万元，拟支持2项。"),
        logged(9, "7", 37061, 7, "2. 刺参健康养殖与精深加工（LK24NS03）"),
        logged(10, "7", 37061, 8, "研究内容：研究刺参耐高温品系选育。"),
        logged(11, "7", 37061, 9, "考核指标：养殖成活率提高15%。"),
        logged(12, "7", 37061, 10, "资助额度不超过30万元，采取事前资助、分年度拨付方式。"),
        "2024-03-21 09:14:13.001 WARN  [spider-7] c.z.policy.fetch.HttpFetcher - timeout, retry",
        logged(14, "7", 37061, 8, "研究内容：研究刺参耐高温品系选育。"),
        logged(15, "7", 37061, 9, "考核指标：养殖成活率提高15%。"),
    ]
    guideline = _parse(lines)
    assert [(leaf.code, leaf.source_line, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.funding_mode, leaf.enterprise_lead_only) for leaf in guideline.leaves] == [
        ("LK24CY01", 6, 100, 200, "前资助", True),
        ("LK24NS03", 10, None, 30, "前资助、分年拨付", True)]


def test_a_restructuredtext_page() -> None:
    """A Sphinx page: titles shown by the ~~~~ under them, terms as :field: lists (a
    direction's own :归口科室: too), **bold** amounts set apart by spaces, the firm's .. note::
    and .. comments left out; a paragraph of terms after the indicators is the direction's."""
    guideline = _parse([
        ".. _policy-yuyao-2024:", "", "##########", "余姚市2024年度科技计划项目申报指南",
        "##########", "", ":文号: 余科〔2024〕9号", "", "三、支持方向", "============", "",
        "（一）重点研发计划", "------------------", "", ":归口科室: 高新技术科", ":支持方式: 事前资助",
        ":申报主体: 须由企业牵头", "", "1．车载光学镜头关键技术（YY2024ZD01）", "~" * 40, "",
        "研究内容：开展车规级镜头光学设计研究。", "", "考核指标：形成量产能力。", "",
        "每项资助 **100～200万元** ，拟支持2项。", "", ".. admonition:: 内部评估", "",
        "   部门预估研发费用约650万元，按150万元测算申请额。", "",
        "2．工业机器人精密减速器（YY2024ZD04）", "~" * 40, "", ":归口科室: 科技合作与成果转化科", "",
        "研究内容：开展RV减速器研究。", "", "考核指标：传动精度不大于1弧分。", "",
        "每项10万元，企业、高校、科研院所均可牵头，拟支持5项。", "",
        ".. 2023年本方向是后补助，今年改了，注意。", "", ".. note::", "",
        "   我司2023年研发费用增量约380万元，按10%可拿30万元封顶。",
    ])
    assert [(leaf.code, leaf.office, leaf.funding_mode, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.quota, leaf.enterprise_lead_only)
            for leaf in guideline.leaves] == [
        ("YY2024ZD01", "高新技术科", "前资助", 100, 200, 2, True),
        ("YY2024ZD04", "科技合作与成果转化科", "前资助", 10, 10, 5, False)]


def test_a_proxy_capture_of_a_chunked_download() -> None:
    """Fiddler's capture: the headers, then the body with its chunks' hex byte counts on lines
    of their own, cutting sentences (申报主体不 ⏎ 392 ⏎ 限。); a 专题4　家具… heading is a
    heading (家 there no counter: 专题4家)."""
    guideline = _parse([
        "GET http://www.shunde.gov.cn/attachment/5592017.txt HTTP/1.1", "Host: www.shunde.gov.cn",
        "Accept-Encoding: identity", "", "HTTP/1.1 200 OK", "Server: nginx",
        "Content-Type: text/plain;charset=GBK", "Transfer-Encoding: chunked", "", "3a0",
        "（一）核心技术攻关项目", "归口科室：科技发展科",
        "本类项目采取事前资助方式，须由企业牵头申报。",
        "专题1　智能家电变频驱动与电机控制芯片（指南代码：SD23-HX01）",
        "研究内容：研发家电用高效变频驱动算法，实现国产", "389", "化替代。",
        "资助金额300万元至500万元，拟支持2项。",
        "专题4　家具智能制造与定制化柔性生产技术（指南代码：SD23-HX04）",
        "研究内容：研究板式家具柔性排产技术。", "资助金额100-200万元，申报主体不", "392", "限。", "",
        "0", "",
    ])
    assert [(leaf.code, (leaf.content or "").split("\n")[0], leaf.funding_max_wan,
             leaf.enterprise_lead_only) for leaf in guideline.leaves] == [
        ("SD23-HX01", "研发家电用高效变频驱动算法，实现国产化替代。", 500, True),
        ("SD23-HX04", "研究板式家具柔性排产技术。", 200, False)]


def test_a_yaml_seed_file_with_anchors_and_merge_keys() -> None:
    """A project system's seed data: plans and directions as titled mappings, English keys
    (office, amount, lead…), a plan's terms under an anchor that each direction merges (its
    plan's, so inherited, not its own), a file-wide defaults merged into the plans (the plan's
    own mode over it), # comments with last year's figures, a contacts list funding nothing."""
    guideline = _parse([
        "# 南安市科技项目管理系统 指南初始化数据（seed）", "guide:", "  id: NA2025",
        "  title: 南安市2025年度科技计划项目申报指南", "  status: PUBLISHED",
        "defaults: &defaults", "  mode: 支持方式：事前资助", "plans:",
        "  - title: （一）重点研发计划", "    sort: 1", "    office: 高新技术科", "    terms: &jh1",
        "      <<: *defaults", "      period: 实施期限：2年", "      lead: 申报主体：须由企业牵头",
        "    directions:", "      - title: 1．高端水暖卫浴智能阀芯（NA2025ZD01）", "        sort: 1",
        "        terms:", "          <<: *jh1", '          amount: "每项资助100\\uFF5E200万元"',
        "        content: |-", "          研究内容：研究陶瓷阀芯精密研磨技术。",
        "          考核指标：阀芯开关寿命不低于50万次。",
        "        # 2024版：本方向每项不超过150万元（已废止，勿导入）",
        "      - title: 2．光伏储能电池管理系统（NA2025ZD04）", "        office: 科技合作与对外交流科",
        "        terms:", "          <<: *jh1", "          amount: 80万元至150万元",
        "          lead: 申报主体：企业、高校、科研院所均可牵头", "  - title: （三）科技创新奖补",
        "    office: 成果转化科", "    terms: &jh3", "      <<: *defaults", "      mode: 支持方式：事后补助",
        "    directions:", "      - title: 9．省级新型研发机构奖补（NA2025JB01）", "        terms:",
        "          <<: *jh3", "          standard: 对新认定的省级新型研发机构，一次性给予100万元补助",
        "contacts:", "  - dept: 高新技术科", "    name: 傅先生", "    tel: 0595-86383126",
    ])
    assert [(leaf.code, leaf.source_line, leaf.office, leaf.funding_mode, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.period_years_max, leaf.enterprise_lead_only,
             "funding_mode" in leaf.inherited) for leaf in guideline.leaves] == [
        ("NA2025ZD01", 17, "高新技术科", "前资助", 100, 200, 2, True, True),
        ("NA2025ZD04", 26, "科技合作与对外交流科", "前资助", 80, 150, 2, False, True),
        ("NA2025JB01", 38, "成果转化科", "后补助", 100, 100, None, None, True)]


def test_a_later_note_on_single_directions_wins_over_their_range_s_terms() -> None:
    """（一）方向1—2 ⏎ 资助额度：每项100～300万元 ⏎ … ⏎ （二）其他说明 ⏎ 方向2资助额度最高不超过
    500万元；方向1拟支持1项。: each direction its exception over the range's terms."""
    guideline = _parse([
        "二、支持方向",
        "（一）集成电路（责任科室：产业科技科）",
        "方向1：车规级芯片测试验证（JD26ZN01）",
        "研究内容：开展测试验证方法研究。",
        "方向2：燃料电池关键部件（JD26ZN02）",
        "研究内容：开展电堆研发。",
        "三、支持标准",
        "（一）方向1—2",
        "支持方式：事前资助。",
        "资助额度：每项100～300万元，每个方向拟支持不超过2项。",
        "（二）其他说明",
        "方向2资助额度最高不超过500万元；方向1拟支持1项。",
    ])
    assert [(leaf.code, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.quota) for leaf in guideline.leaves] == [
        ("JD26ZN01", "前资助", 100, 300, 1), ("JD26ZN02", "前资助", None, 500, 2)]


def test_a_psql_session_in_expanded_display() -> None:
    """A psql session (\\x) over an application system's guide table: one -[ RECORD N ] block per
    node, a parent id for its plan, multi-line content with psql's + wrap markers, a disabled
    row from last year among the directions; the rows read as the outline their parent ids
    make, the disabled row left out."""
    def record(number: int, ident: str, parent: str, code: str, name: str, dept: str,
               status: str, *content: str) -> list[str]:
        text = [f"content     | {content[0]}" + (" " * 20 + "+" if len(content) > 1 else "")]
        text += [f"            | {line}" + (" " * 20 + "+" if i < len(content) - 2 else "")
                 for i, line in enumerate(content[1:])]
        return [f"-[ RECORD {number} ]-+" + "-" * 40, f"guide_id    | {ident}",
                f"parent_id   | {parent}", f"guide_code  | {code}", f"guide_name  | {name}",
                f"dept_name   | {dept}", f"status      | {status}", *text,
                "create_time | 2023-03-06 09:12:44.218+08"]
    session = _parse([
        "sfkj_prod=> \\x", "Expanded display is on.",
        "sfkj_prod=> SELECT * FROM kj_guide ORDER BY sort_path;",
        *record(1, "2301", "", "", "一、产业关键技术攻关", "科技创新股", "启用",
                "本类项目采取事前资助方式，实施期限为2年。", "须由企业牵头申报，企业自筹经费与财政资助经费比例不低于1:1。"),
        *record(2, "230101", "2301", "SF2023-01", "磷石膏综合利用与高值化", "", "启用",
                "研究内容：磷石膏无害化处理。", "资助额度：100-200万元，拟支持2项。"),
        *record(3, "230104", "2301", "", "磷化工安全环保技术（2022年度）", "", "停用",
                "资助额度：最高300万元，拟支持1项。"),
        *record(4, "230102", "2301", "SF2023-02", "精细磷化工与新能源材料", "", "启用",
                "研究内容：电子级磷酸。", "资助额度：最高150万元。"),
        *record(5, "2302", "", "", "二、民生科技", "社会发展股", "启用", "每项资助20万元，实施期限1年。"),
        *record(6, "230201", "2302", "SF2023-05", "中药材种植与加工", "", "启用", "研究内容：川芎良种选育。"),
        "(6 rows)",
    ])
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max) for leaf in session.leaves] == [
        ("SF2023-01", "磷石膏综合利用与高值化", "科技创新股", 100, 200, 2),
        ("SF2023-02", "精细磷化工与新能源材料", "科技创新股", None, 150, 2),
        ("SF2023-05", "中药材种植与加工", "社会发展股", 20, 20, 1)]


def test_an_svg_poster_with_its_badges_on_a_layer_of_their_own() -> None:
    """The SVG source of a 一图读懂 poster: plans as <g> groups with banner lines, cards boxed
    by a <rect> and headed 01　title　CODE, long lines wrapped into <tspan>s, the amount
    badges drawn on a layer at the end of the file — each read into the card it lies over;
    a card's last line (申报单位须为…) is its rule, no heading; 给予奖励： over the amounts
    listed on the next line is the grant."""
    def text(x: int, y: int, *spans: str) -> str:
        inner = "".join(f'<tspan x="0" y="{38 * i}" class="st6">{span}</tspan>'
                        for i, span in enumerate(spans))
        return f'<text transform="matrix(1 0 0 1 {x} {y})">{inner}</text>'

    def card(number: str, y: int, title: str, *lines: str) -> list[str]:
        return [f'<g id="卡片{number}">', f'\t<rect x="80" y="{y}" class="st12" width="920" height="180"/>',
                text(120, y + 50, f"{number}　{title}　LQ2025-{number}"),
                *(text(120, y + 98 + 44 * i, line) for i, line in enumerate(lines)), "</g>"]

    def badge(code: str, y: int, *spans: str) -> list[str]:
        return [f'\t<g id="角标_{code}">', f'\t\t<circle class="st9" cx="930" cy="{y + 20}" r="62"/>',
                "\t\t" + text(882, y, *spans), "\t</g>"]
    poster = _parse([
        '<?xml version="1.0" encoding="utf-8"?>',
        '<svg version="1.1" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1080 7200">',
        '<rect class="st0" width="1080" height="7200"/>',
        '<g id="标题">', text(100, 428, "乐清市2025年度科技计划项目申报指南"), "</g>",
        text(96, 1082, "二、支持方向"),
        '<g id="板块一">', text(96, 1192, "板块一｜智能电气与先进制造"), text(96, 1256, "归口科室：高新技术科"),
        text(96, 1300, "支持方式：事前资助　实施期限：2年"),
        *card("01", 1384, "智能配电与低压电器关键技术", "研究内容：智能断路器、低压成套设备，", "拟支持2项"),
        *card("02", 1604, "工业机器人与智能装备", "研究内容：工业机器人与视觉检测。",
              "申报单位须为市级工程技术研究中心依托单位"), "</g>",
        '<g id="板块二">', text(96, 2350, "板块二｜科技创新奖补"), text(96, 2414, "归口科室：科技服务科"),
        text(96, 2458, "支持方式：事后补助"),
        *card("03", 2542, "高新技术企业培育奖励", "对首次认定的高新技术企业给予奖励：",
              "首次认定30万元，重新认定10万元"), "</g>",
        '<g id="角标">', *badge("LQ2025-01", 1444, "100～200", "万元"),
        *badge("LQ2025-02", 1664, "最高", "150", "万元"), "</g>", "</svg>",
    ])
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.qualifications) for leaf in poster.leaves] == [
        ("LQ2025-01", "智能配电与低压电器关键技术", "高新技术科", 100, 200, 2, []),
        ("LQ2025-02", "工业机器人与智能装备", "高新技术科", None, 150, 2, ["市级平台"]),
        ("LQ2025-03", "高新技术企业培育奖励", "科技服务科", 10, 30, None, ["高新技术企业"])]


def test_an_office_system_s_workflow_log_with_a_part_sent_back() -> None:
    """An OA 流转记录 export: each 股室 types its part of the guideline at its step; the
    农村科技股's first part was sent back (退回) and submitted again (重新提交) reworked — only
    the reworked part is the guideline's; handlers, times and opinions are none of its text."""
    def step(number: int, node: str, who: str, operation: str, opinion: str | None,
             *fragment: str) -> list[str]:
        return ["━" * 36, f"【第{number}步】节点：{node}",
                f"处理人：{who}　处理时间：2024-03-1{number} 10:20:07　操作：{operation}",
                *([f"处理意见：{opinion}"] if opinion else []),
                *(["正文片段：", *fragment] if fragment else [])]
    log = _parse([
        "桐城市科学技术局协同办公平台　流转记录导出", "文号：桐科〔2024〕7号　流水号：TCKJ-FW-2024-0042",
        *step(1, "办公室拟稿", "汪晓琴（办公室）", "提交", "请各股室填写支持方向。",
              "桐城市2024年度科技计划项目申报指南", "一、支持方向"),
        *step(2, "股室会签", "胡海涛（高新技术股）", "提交", None,
              "（一）产业共性关键技术（归口股室：高新技术股）", "本类项目实行事前资助，实施期限为2年。",
              "1．绿色包装印刷新材料（TC2024-01）", "资助额度：每项80～120万元。"),
        *step(3, "股室会签", "吴玉兰（农村科技股）", "提交", None,
              "（二）现代农业（归口股室：农村科技股）", "本类项目实行事前资助，每项资助20～40万元。",
              "2．桐城小花茶良种繁育（TC2024-N02）", "拟支持2项。"),
        *step(4, "分管领导审核", "章立新（局领导）", "退回", "额度按每项15～30万元，请修改后重新提交。"),
        *step(5, "股室会签", "吴玉兰（农村科技股）", "重新提交", "已按领导意见修改。",
              "（二）现代农业与社会发展（归口股室：农村科技股）", "本类项目实行事前资助，每项资助15～30万元。",
              "2．桐城小花茶标准化种植与加工（TC2024-02）", "拟支持3项。"),
        *step(6, "局长签发", "姚俊（局领导）", "同意", "同意印发。"),
        "━" * 36, "流转结束　共6步",
    ])
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.quota) for leaf in log.leaves] == [
        ("TC2024-01", "绿色包装印刷新材料", "高新技术股", 80, 120, None),
        ("TC2024-02", "桐城小花茶标准化种植与加工", "农村科技股", 15, 30, 3)]


def test_articles_with_numbered_clauses_and_a_common_terms_article_for_listed_articles() -> None:
    """An 实施细则 in articles: each direction an article (第六条　title) with its terms in
    clauses （一）方向代码：… （二）奖补对象及标准：…; 第四条 states terms for the articles it lists
    (第六条至第七条、第九条) — those articles inherit them, the others do not, an article's own
    clause wins; a per-firm cap (每家每年最高不超过15万元) is the award."""
    rules = _parse([
        "第一章　总　则",
        "第四条　通用条款。第六条至第七条、第九条所列支持方向，除本条另有规定外，适用下列规定：",
        "　　（一）采取事前资助方式；", "　　（二）项目实施期限为2年；",
        "　　（三）申报单位自筹经费与市级财政资助经费的比例不低于1:1。",
        "　　前款所列支持方向在各自条款中另有规定的，从其规定。",
        "第二章　重点研发项目",
        "第五条　本章所列支持方向由市科学技术局高新技术科归口管理，须由企业牵头申报。",
        "第六条　高原特色农畜产品精深加工关键技术研究",
        "　　（一）方向代码：LZ2024-ZD01。", "　　（二）支持内容：开展牦牛肉冷鲜加工技术研究。",
        "　　（三）支持额度：每项资助50～80万元。",
        "第七条　藏药材规范化种植与藏药新制剂研究",
        "　　（一）方向代码：LZ2024-ZD03。", "　　（二）支持额度：最高60万元。",
        "　　（三）实施期限：2024年7月至2027年6月。",
        "第八条　全域旅游智慧服务平台关键技术研发",
        "　　（一）方向代码：LZ2024-ZD05。", "　　（二）支持额度：不超过30万元。",
        "第三章　科技创新奖补项目",
        "第九条　科技型中小企业贷款贴息",
        "　　（一）方向代码：LZ2024-JB03。",
        "　　（二）奖补对象及标准：对入库的科技型中小企业给予贷款贴息，贴息比例不超过实际支付利息的"
        "50%，每家每年最高不超过15万元。",
    ])
    assert [(leaf.code, leaf.funding_max_wan, leaf.funding_mode, leaf.period_years_max,
             leaf.matching_ratio) for leaf in rules.leaves] == [
        ("LZ2024-ZD01", 80, "前资助", 2, 1.0), ("LZ2024-ZD03", 60, "前资助", 3, 1.0),
        ("LZ2024-ZD05", 30, None, None, None), ("LZ2024-JB03", 15, "贷款贴息", 2, 1.0)]
    assert "funding_mode" in rules.leaves[0].inherited


def test_terms_by_item_number_in_a_section_after_the_list() -> None:
    """Directions numbered 1．… straight through, their terms in a later 资助标准 section one
    line per number range (第1—2项：…): a range's terms for each item it numbers, a single
    item's (第3项：…) its own; an unnumbered title opening with a quantity (12英寸…) is a
    heading; an office under a bureau of another name (科技和产业促进局科技创新处) is the office."""
    notice = _parse([
        "一、支持方向", "（一）产业科技攻关（归口股室：科技股）",
        "　　1．品牌家居板材环保胶黏剂研究（LK2025-01）", "　　研究内容：开展无醛胶黏剂配方研究。",
        "　　2．泡桐民族乐器音板工艺研究（LK2025-02）", "　　研究内容：开展泡桐音板材料改性研究。",
        "（二）农业农村（归口股室：农业农村科技股）",
        "　　3．奶牛高效养殖技术示范（LK2025-03）", "　　研究内容：开展奶牛精准饲喂技术示范。",
        "二、资助标准",
        "　　第1—2项：采取事前资助方式，每项资助30～50万元，实施期限2年，须由企业牵头申报。",
        "　　第3项：采取事前资助方式，每项资助10至20万元，实施期限1年，企业、高校均可牵头。",
        "三、申报条件", "　　（一）申报单位须在兰考县注册登记。",
    ])
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max,
             leaf.enterprise_lead_only, "funding_max_wan" in leaf.inherited)
            for leaf in notice.leaves] == [
        ("LK2025-01", 30, 50, 2, True, True), ("LK2025-02", 30, 50, 2, True, True),
        ("LK2025-03", 10, 20, 1, False, False)]
    zone = _parse([
        "一、关键核心技术攻关项目",
        "　　本类项目由科技和产业促进局科技创新处归口管理，采取事前资助方式，实施期限2年。", "",
        "新能源智能汽车线控底盘与域控制器研发", "　　【指南编号】BDA2026-GJ01",
        "　　【支持内容】开展线控转向研发。", "　　【支持额度】每项资助300～500万元。", "",
        "12英寸晶圆制造关键装备零部件国产化", "　　【指南编号】BDA2026-GJ03",
        "　　【支持内容】开展静电卡盘研制，项目实施期限为2026年7月至2029年6月。",
        "　　【支持额度】资助金额5000000元。",
    ])
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in zone.leaves] == [
        ("BDA2026-GJ01", "新能源智能汽车线控底盘与域控制器研发", "科技创新处", 500, 2),
        ("BDA2026-GJ03", "12英寸晶圆制造关键装备零部件国产化", "科技创新处", 500, 3)]


def test_a_firm_s_clause_by_clause_self_assessment_quoting_the_guideline() -> None:
    """A 逐条自评对照表 saved as a pipe table: the guideline quoted paragraph by paragraph in the
    指南原文 column, the firm's own figures (its R&D spend, the amount it will ask for, a 3:1
    ratio) in the others and in a 备注 row it added — none of them the guideline's."""
    def row(number: str, quoted: str, own: str = "", verdict: str = "") -> str:
        return f"| {number} | {quoted} | {own} | {verdict} |"
    sheet = _parse([
        "《枝江市2025年度科技计划项目申报指南》逐条自评对照表", "",
        "| 序号 | 指南原文 | 我司情况 | 自评结论 |", "| --- | --- | --- | --- |",
        row("1", "枝江市2025年度科技计划项目申报指南"), row("2", "一、支持方向"),
        row("3", "（一）重点研发计划（归口科室：高新技术科）"),
        row("4", "本类项目采取事前资助方式，实施期限2年，须由企业牵头申报，企业自筹经费与财政资助比例不低于1:1。",
            "我司2024年度研发费用1260万元", "符合"),
        row("5", "1．精细化工绿色工艺与安全技术（ZJ2025-01）", "不适用", "—"),
        row("6", "研究内容：磷化工绿色合成工艺。"), row("7", "资助额度：100-150万元，拟支持2项。"),
        row("8", "2．医用敷料与高端医用耗材（ZJ2025-02）", "拟申报", "拟申报"),
        row("9", "资助额度：最高不超过120万元。", "拟申请80万元", "符合"),
        row("—", "备注", "建议项目周期按3年填报，自筹比例3:1，申请200万元。", "—"),
        row("10", "二、申报时间"), row("11", "网上申报截止时间为2025年4月25日。"),
    ])
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max,
             leaf.matching_ratio, leaf.quota) for leaf in sheet.leaves] == [
        ("ZJ2025-01", 100, 150, 2, 1.0, 2), ("ZJ2025-02", None, 120, 2, 1.0, None)]


def test_a_ratio_cut_after_its_colon_reads_whole() -> None:
    """An OCR'd line cut inside a ratio (…比例不低于1: ⏎ 1。) is one sentence; a label's colon
    at a line's end still ends its line."""
    assert fx.unwrap("企业自筹经费与财政资助比例不低于1:\n1。") == "企业自筹经费与财政资助比例不低于1:1。"
    assert fx.matching_ratio(fx.unwrap("须由企业牵头，自筹与资助比例不低于2：\n1。")) == 2
    assert fx.unwrap("支持方式：\n1．前资助") == "支持方式：\n1．前资助"


def test_one_sentence_items_cut_inside_their_code_at_a_page_width() -> None:
    """Items 1．title（CODE），body… cut at 30 columns: a code cut inside its bracket (…示范（MQ20
    ⏎ 24-NS03），…) is no English gloss to drop, and …主要支持以下 ⏎ 方向： is one sentence, no
    heading named 方向; in a bilingual page English glosses still go."""
    lines = [
        "民权县2024年度科技计划项目申报指南", "一、支持方向", "（一）农业与社会发展项目（归口股室：农村科技股）",
        "　　围绕葡萄酒酿造、优质小麦和黄河故道生态保护，主要支持以下", "方向：",
        "　　5．民权葡萄优良品种引选与酿酒葡萄标准化栽培技术示范（M", "Q2024-NS01），开展酿酒葡萄品种区域适应性评价和避雨",
        "栽培、水肥一体化技术集成，示范面积200亩以上。",
        "　　6．优质强筋小麦绿色高产与农产品精深加工技术研究（MQ2", "024-NS02），开展强筋小麦绿色栽培、面粉及速冻食品加工",
        "工艺研究，本方向须由企业牵头申报。",
        "　　7．黄河故道湿地生态修复与申甘林带保护技术示范（MQ20", "24-NS03），开展湿地水系连通、退化林带更新改造与鸟类栖",
        "息地保护技术研究，本方向拟支持2项，资助5至8万元。",
        "　　8．县域医共体慢病管理与基层诊疗适宜技术推广（MQ202", "4-NS04），开展高血压、糖尿病等慢病分级管理与远程会诊适",
        "宜技术推广，实施期限18个月。",
        "　　以上方向采取事前资助方式，每项资助10万元，实施期限1年", "，申报单位不限，企业、科研院所均可牵头。",
        "二、申报条件", "　　（一）申报单位须在民权县注册登记，具有独立法人资格。",
    ]
    notice = _parse(lines)
    assert [(leaf.code, leaf.funding_max_wan, leaf.period_years_max) for leaf in notice.leaves] == [
        ("MQ2024-NS01", 10, 1), ("MQ2024-NS02", 10, 1), ("MQ2024-NS03", 8, 1),
        ("MQ2024-NS04", 10, 1.5)]


def test_last_year_s_funded_list_and_a_closing_policy_reading_are_no_directions() -> None:
    """After the guideline: an annex listing 2024's funded projects (N．title　承担单位：…　资助
    金额：…) and a 政策解读 whose 一、…？ questions restate terms — neither is a direction; an
    office named …部 under 归口部门 is the office; a 方向's cap under a 专题's range is the
    grant whole (no floor from the range)."""
    guideline = _parse([
        "三、支持领域及方向", "（一）先进材料与智能制造（归口部门：科技创新部）",
        "　　本领域项目采取事前资助方式，每项资助100～200万元，实施期限2年。",
        "方向1　高性能粉末冶金零部件近净成形技术研究（LWGX2025-01）", "　　研究内容：开展温压成形研究。",
        "方向2　特种钢材精深加工", "　　本方向资助最高不超过150万元。",
        "（1）高端线材制备技术（LWGX2025-02）", "　　研究内容：开展线材控轧控冷研究。",
        "四、联系方式", "　　科技创新部：0531-76226581。", "", "附件", "",
        "2024年度莱芜高新区科技计划立项项目名单", "",
        "1．粉末冶金汽车同步器齿毂温压成形技术研究　承担单位：济南鲁中精密粉末冶金有限公司　资助金额：180万元",
        "2．高强度冷镦钢线材控冷工艺研究　承担单位：山东汶源特钢制品有限公司　资助金额：150万元", "",
        "《济南市莱芜高新区2025年度科技计划项目申报指南》政策解读", "",
        "一、哪些单位可以申报？", "　　答：原则上由区内注册的企业作为申报主体。",
        "二、先进材料与智能制造领域能获得多少支持？", "　　答：单个项目区财政支持一般在一百万元至二百万元之间。",
    ])
    assert [(leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan)
            for leaf in guideline.leaves] == [
        ("LWGX2025-01", "科技创新部", 100, 200), ("LWGX2025-02", "科技创新部", None, 150)]


def test_a_space_aligned_table_with_group_rows_wrapped_names_and_class_terms_elsewhere() -> None:
    """附件1 as columns lined up with spaces: group rows (一、…（归口股室：科技股）) between the
    rows, a long name wrapped onto an indented line under its column; the notice's body states
    each class's terms under （一）…类： — they are that group's."""
    notice = _parse([
        "　　二、支持方式和要求",
        "　　（一）中药产业关键技术攻关类：采取事前资助方式，须由企业牵头申报，每个方向拟支持1项。",
        "　　（二）农业与社会发展类：采取事前资助方式，企业、高校和科研院所均可牵头申报。",
        "　　三、申报条件", "　　申报单位须在安国市注册登记。", "", "附件1", "",
        "2024年度安国市科技计划项目指南方向表", "",
        "序号  方向名称                                      指南代码    支持额度                        实施期限",
        "一、中药产业关键技术攻关（归口股室：科技股）",
        "1     中药饮片炮制工艺标准化与智能化生产线研究      AG2024-01   30～50万元                      2年",
        "2     祁山药、祁紫菀等八大祁药道地药材质量评价      AG2024-02   最高60万元                      2年",
        "      与全程溯源体系建设",
        "3     中药配方颗粒关键工艺与质量控制技术研究        AG2024-03   500000元                        18个月",
        "二、农业与社会发展（归口股室：农村科技股）",
        "4     祁菊花、祁薏米绿色高效栽培技术示范            AG2024-04   10～20万元                      1年",
    ])
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_mode, leaf.enterprise_lead_only,
             leaf.quota) for leaf in notice.leaves] == [
        ("AG2024-01", "中药饮片炮制工艺标准化与智能化生产线研究", "科技股", "前资助", True, 1),
        ("AG2024-02", "祁山药、祁紫菀等八大祁药道地药材质量评价与全程溯源体系建设", "科技股", "前资助",
         True, 1),
        ("AG2024-03", "中药配方颗粒关键工艺与质量控制技术研究", "科技股", "前资助", True, 1),
        ("AG2024-04", "祁菊花、祁薏米绿色高效栽培技术示范", "农村科技股", "前资助", False, None)]


def test_a_pdf_extractor_s_unmapped_glyphs() -> None:
    """pdf2txt.py writes (cid:N) for glyphs its font cannot map: the list number's ．, a range's
    ～, a 文号's 〔〕 — each id read by the places it stands in, the same id the same mark."""
    notice = _parse([
        "句容市科学技术局文件", "", "句科发(cid:3077)2025(cid:3078)6号", "",
        "三、支持方向", "", "（一）产业前瞻与关键核心技术（归口科室：高新技术科）", "",
        "支持方式：事前资助。实施期限2年。", "",
        "1(cid:14)智能电网装备与储能系统（JR25-GY01）", "", "研究内容：智能配电终端。", "",
        "资助金额：100(cid:2996)200万元，拟支持2项。", "",
        "2(cid:14)新能源汽车零部件轻量化（JR25-GY02）", "", "研究内容：铝合金一体化压铸。", "",
        "资助金额：50(cid:2996)80万元。", "",
        "3(cid:14)高性能新材料（JR25-GY03）", "", "研究内容：特种玻璃纤维。",
    ])
    assert [(leaf.code, leaf.title, leaf.funding_min_wan, leaf.funding_max_wan)
            for leaf in notice.leaves] == [
        ("JR25-GY01", "智能电网装备与储能系统", 100, 200),
        ("JR25-GY02", "新能源汽车零部件轻量化", 50, 80), ("JR25-GY03", "高性能新材料", None, None)]


def test_a_word_web_page_whose_source_wraps_inside_paragraphs() -> None:
    """Word's "Web Page (*.htm)": each paragraph's tags and text broken over source lines, the
    outline's numbers only inside <![if !supportLists]> blocks, figures in <span lang=EN-US>
    cut onto the next line; each heading cites the line its own text starts on."""
    def listed(number: str, level: int, text: str) -> list[str]:
        return ["<p class=MsoListParagraph", "style='margin-left:0cm;mso-list:l0",
                f"level{level} lfo1'><![if !supportLists]><span", "style='font-size:16.0pt'><span",
                f"style='mso-list:Ignore'>{number}<span style='font:7.0pt \"Times New",
                "Roman\"'>&nbsp;&nbsp; </span></span></span><![endif]><span",
                f"style='font-size:16.0pt'>{text}<o:p></o:p></span></p>", ""]

    def para(*pieces: str) -> list[str]:
        return ["<p class=MsoNormal", "style='text-indent:32.0pt'><span",
                f"style='font-size:16.0pt'>{pieces[0]}", *pieces[1:],
                "<o:p></o:p></span></p>", ""]
    page = [
        "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">", "<head>",
        "<meta name=Generator content=\"Microsoft Word 15\">", "<style>", "p.MsoNormal {margin:0cm;}",
        "</style>", "</head>", "<body lang=ZH-CN>", "<div class=WordSection1>",
        *para("平湖市2024年度科技计划项目申报指南"), *listed("一、", 1, "支持方向"),
        *listed("（一）", 2, "重点研发计划（归口科室：高新技术科）"),
        *para("采取事前资助方式；项目实施期限为<span", "lang=EN-US>3</span>年；须由企业牵头。"),
        *listed("1．", 3, "光机电一体化与精密光学（<span\nlang=EN-US>PH2024001</span>）"),
        *para("单个项目资助<span", "lang=EN-US>100-200</span>万元，拟支持<span", "lang=EN-US>2</span>项。"),
        *listed("2．", 3, "汽车关键零部件（<span\nlang=EN-US>PH2024002</span>）"),
        *para("资助额度不超过<span", "lang=EN-US>150</span>万元。"),
        *listed("二、", 1, "申报条件"), *para("申报单位须在平湖市注册登记。"),
        "</div>", "</body>", "</html>",
    ]
    lines = "\n".join(page).split("\n")
    guideline = _parse(lines)
    assert [(leaf.code, leaf.title, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.quota) for leaf in guideline.leaves] == [
        ("PH2024001", "光机电一体化与精密光学", 100, 200, 3, 2),
        ("PH2024002", "汽车关键零部件", None, 150, 3, None)]
    first = guideline.leaves[0].source_line
    assert lines[first - 1].startswith("style='font-size:16.0pt'>光机电")


def test_a_conditions_section_named_for_the_applicant_binds_every_direction() -> None:
    """二、申报主体及条件 ⏎ （一）申报单位须为…企业: every direction's lead rule, unless its
    group says otherwise (均可牵头)."""
    guideline = _parse([
        "一、总体要求", "　　聚焦区内主导产业链关键环节。",
        "二、申报主体及条件", "　　（一）申报单位须为在莱芜高新区注册登记、具有独立法人资格的企业。",
        "　　（二）同一单位限报2项。",
        "三、支持领域及方向", "（一）先进材料与智能制造（归口部门：科技创新部）",
        "　　本领域项目采取事前资助方式，每项资助100～200万元。",
        "1．高性能粉末冶金零部件研究（LWGX2025-01）", "　　研究内容：开展温压成形研究。",
        "（二）生物医药与现代农业（归口部门：社会事业发展部）",
        "　　本领域企业、高校、科研院所和医疗卫生机构均可牵头申报，每项资助最高50万元。",
        "2．莱芜生姜精深加工（LWGX2025-05）", "　　研究内容：开展生姜有效成分提取。",
        "四、申报时间", "　　申报时间为2025年5月6日至6月6日。",
    ])
    assert [(leaf.code, leaf.enterprise_lead_only) for leaf in guideline.leaves] == [
        ("LWGX2025-01", True), ("LWGX2025-05", False)]


_SMALL_GUIDELINE = [
    "一、支持方向", "（一）重点研发计划（归口科室：高新技术科）", "采取事前资助方式，实施期限2年。",
    "1．智能装备关键部件（AB2025-01）", "研究内容：研发精密减速器。", "资助额度：每项50～100万元，拟支持2项。",
    "2．新能源电池材料（AB2025-02）", "研究内容：研发正极材料。", "资助额度：最高80万元。",
    "3．工业软件（AB2025-03）", "研究内容：研发工业软件。", "资助额度：最高60万元。",
    "二、申报时间", "申报时间为2025年4月1日至4月30日。",
]


@pytest.mark.parametrize("device", ["script", "log", "properties", "tab-suffix", "quoted-pairs",
                                    "audit-trail"])
def test_a_channel_no_reader_knows_is_read_by_the_last_readings(device: str) -> None:
    """A guideline in a channel no reader was written for — a script's string array, a
    logger's lines, a Java .properties file with \\u escapes, a TSV export with the text first, a
    string table of "key" = "value" pairs, an audit trail's (who date) before each line — read by
    what such channels share: its string literals, or its lines behind the machine prefix or
    before the machine columns they all carry. The last readings are tried whenever a title
    still carries a channel's marks, and win when they give more clean titles."""
    lines = _SMALL_GUIDELINE
    wrapped = {
        "script": ["// generated by cms-sync", "export const LINES = [",
                   *(f"  {json.dumps(line, ensure_ascii=False)}," for line in lines), "];"],
        "log": [f"2024-03-11 09:15:{i:02d},{i * 7:03d} [pool-2-thread-1] INFO  c.k.Exporter - {line}"
                for i, line in enumerate(lines)],
        "properties": ["# guide.properties", *(
            f"guide.line.{i:03d}=" + "".join(c if ord(c) < 128 else f"\\u{ord(c):04x}" for c in line)
            for i, line in enumerate(lines))],
        "tab-suffix": ["text\tstyle\tpage\tid",
                       *(f"{line}\tNormal\t1\tp{i:04d}" for i, line in enumerate(lines))],
        "quoted-pairs": ["[strings]", *(f'"P{i:04d}" = "{line}"' for i, line in enumerate(lines))],
        "audit-trail": [f"r{1000 + i % 7} (li.ming 2024-03-11 09:{i:02d}) {line}"
                        for i, line in enumerate(lines)],
    }[device]
    guideline = _parse(wrapped)
    assert [(leaf.code, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in guideline.leaves] == [
        ("AB2025-01", 100, 2), ("AB2025-02", 80, 2), ("AB2025-03", 60, 2)]
    first = guideline.leaves[0].source_line
    assert "AB2025-01" in wrapped[first - 1] or "AB2025-01" in wrapped[first - 1].encode().decode(
        "unicode_escape")


def test_terms_in_an_overall_section_a_closing_note_naming_its_group_and_a_numbered_remark() -> None:
    """一、总体安排 says every project's mode and period; 说明：产业链二（…）各方向均… after a
    group's last direction is that group's; 备注：1．本专项须由企业牵头… closes a plan's list
    with its terms; an amount under 申报要求 (支持金额不超过150万元, 每项支持50至80万元) is the
    direction's grant."""
    guideline = _parse([
        "一、总体安排", "　　本年度安排资金1.2亿元。项目采取事前资助方式，实施期限一般为2年。",
        "二、申报条件", "　　（一）申报单位应为在沈阳市注册的单位。",
        "三、支持方向",
        "产业链一：机器人及智能制造（归口处室：高新技术处）",
        "1．精密减速器关键技术（SY-0101）", "　　研究内容：开展减速器研究；支持强度：每项资助200～300万元。",
        "2．协作机器人整机研发（SY-0102）", "　　研究内容：研制协作机器人；支持强度：最高不超过200万元。",
        "产业链二：集成电路装备及零部件（归口处室：成果转化处）",
        "1．刻蚀装备关键零部件（SY-0201）", "　　研究内容：开展静电卡盘研发。",
        "2．半导体真空泵（SY-0202）", "　　研究内容：开展干式真空泵研究；支持强度：每项资助80万元。",
        "　　说明：产业链二（集成电路装备及零部件）各方向均须由企业牵头申报，每项资助最高不超过150万元，实施期限3年。",
        "产业链三：先进能源（归口处室：社会发展科技处）",
        "1．氢能关键材料（SY-0301）", "　　研究内容：开展质子交换膜研发。",
        "　　申报要求：支持金额不超过150万元。",
        "2．智能网联应用（SY-0302）", "　　研究内容：开展机器人示范应用。",
        "　　申报要求：每项支持50至80万元，实施周期3年。",
        "　　备注：1．本专项须由企业牵头申报；2．企业自筹资金与区财政资金比例不低于1:1。",
        "四、申报方式", "　　申报单位在线填报。",
    ])
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.funding_mode,
             leaf.period_years_max, leaf.enterprise_lead_only, leaf.matching_ratio)
            for leaf in guideline.leaves] == [
        ("SY-0101", 200, 300, "前资助", 2, None, None),
        ("SY-0102", None, 200, "前资助", 2, None, None),
        ("SY-0201", None, 150, "前资助", 3, True, None),
        ("SY-0202", 80, 80, "前资助", 3, True, None),
        ("SY-0301", None, 150, "前资助", 2, True, 1.0),
        ("SY-0302", 50, 80, "前资助", 3, True, 1.0)]


def test_a_pdf_to_markdown_conversion_with_inline_math_and_a_one_line_html_table() -> None:
    """MinerU's Markdown: every heading a flat #, one numbered heading left unmarked (5．…
    after # 4．…), figures as inline math ($100 \\sim 200$ 万元, $\\geq 800$ 万元, $1:1$), and the
    plans' mode, period and office only in a one-line HTML table naming each plan."""
    table = ("<table><tr><td>计划类别</td><td>支持方式</td><td>实施期限</td><td>归口科室</td></tr>"
             "<tr><td>（一）重点研发计划（工业）</td><td>事前资助、分年度拨付</td><td>3年</td>"
             "<td>高新技术科</td></tr><tr><td>（二）重点研发计划（农业与社会发展）</td><td>事前资助</td>"
             "<td>2年</td><td>农村与社会发展科</td></tr></table>")
    guideline = _parse([
        "# 东阳市2025年度科技计划项目申报指南", "", "# 一、支持标准", "",
        "各类项目支持方式、实施期限及归口科室见下表。", "", table, "", "# 二、支持方向", "",
        "# （一）重点研发计划（工业）", "", "申报项目须由企业牵头，企业自筹资金与财政资助比例不低于 $1:1$ 。", "",
        "# 1．磁性材料与器件关键技术（DY25GY01）", "", "重点支持永磁铁氧体，磁能积提升 $10 \\%$ 以上。", "",
        "资助 $100 \\sim 200$ 万元，拟支持 $2$ 项。", "",
        "# 2．生物医药与原料药绿色制造（DY25GY02）", "", "支持原料药连续流反应。", "",
        "最高资助150万元。申报企业上年度研发费用 $\\geq 800$ 万元。", "",
        "3．新能源与光伏组件（DY25GY03）", "", "支持高效光伏组件研发。资助不超过120万元。", "",
        "# （二）重点研发计划（农业与社会发展）", "", "每项资助 $20 \\sim 40$ 万元。", "",
        "# 4．香榧、中药材等特色农业（DY25NS01）", "", "支持香榧良种选育。拟支持3项。", "",
        "# 三、申报条件", "", "申报单位应为在东阳市注册的单位。",
    ])
    assert [(leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.funding_mode, leaf.period_years_max, leaf.min_rd_spend_wan,
             leaf.matching_ratio) for leaf in guideline.leaves] == [
        ("DY25GY01", "高新技术科", 100, 200, "前资助、分年拨付", 3, None, 1.0),
        ("DY25GY02", "高新技术科", None, 150, "前资助、分年拨付", 3, 800, 1.0),
        ("DY25GY03", "高新技术科", None, 120, "前资助、分年拨付", 3, None, 1.0),
        ("DY25NS01", "农村与社会发展科", 20, 40, "前资助", 2, None, None)]


def test_directions_listed_after_an_intro_with_exceptions_named_ahead() -> None:
    """支持方向包括以下3个： over 1．title ⏎ paragraph items (the last item's paragraph its own,
    though the group's terms follow); 支持方式：除“B”方向外，其余方向均…；“B”方向… — the quoted
    direction's clause is its own, the rest the group's."""
    notice = _parse([
        "一、申报项目类别及支持方向", "（一）科技型企业创新能力提升项目", "　　归口科室：科技创新科。",
        "　　支持方向包括以下3个：",
        "1．工业软件与数字孪生平台开发", "　　支持工业软件研发。本方向拟支持3项。",
        "2．金融科技与数据安全应用", "　　支持智能风控产品研发。",
        "3．绿色低碳与建筑节能技术", "　　支持建筑光伏一体化技术研发。每项支持最高60万元。",
        "　　支持方式：除“金融科技与数据安全应用”方向外，其余方向均采取事前资助方式，每项支持20～50万元；"
        "“金融科技与数据安全应用”方向采取事后补助方式，给予最高30万元补助。各方向实施期限均为2年。",
        "二、申报条件", "　　（一）申报单位须在河西区注册。",
    ])
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.funding_mode,
             leaf.period_years_max, leaf.quota) for leaf in notice.leaves] == [
        ("工业软件与数字孪生平台开发", 20, 50, "前资助", 2, 3),
        ("金融科技与数据安全应用", None, 30, "后补助", 2, None),
        ("绿色低碳与建筑节能技术", None, 60, "前资助", 2, None)]


def test_lettered_plans_a_posted_list_s_coded_headings_and_its_common_terms() -> None:
    """A. 重点研发计划 ⏎ A1．N型…(a title opening with a Latin word) … 资助标准：A类项目… after
    its last direction; 揭榜挂帅 榜单 headed 【榜单编号SN2025JB01】title under 二、通用要求（适用于
    本批次全部榜单，…）, whose labelled terms every 榜单 takes unless it says otherwise."""
    lettered = _parse([
        "二、计划类别及支持方向", "A. 重点研发计划（归口股室：科技创新股）",
        "A1．N型单晶硅片薄片化切割技术", "　　项目代码：NJ24A01", "　　研究内容：开展硅片切割研究。",
        "A2．高压电缆绝缘料国产化", "　　项目代码：NJ24A02", "　　申报要求：每项资助最高80万元，实施期限3年。",
        "　　资助标准：A类项目采取事前资助方式，每项资助20～50万元，实施期限2年；须由企业牵头申报。",
        "三、申报程序", "　　1．申报单位在线填报。",
    ])
    assert [(leaf.code, leaf.title, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.enterprise_lead_only) for leaf in lettered.leaves] == [
        ("NJ24A01", "N型单晶硅片薄片化切割技术", 20, 50, 2, True),
        ("NJ24A02", "高压电缆绝缘料国产化", None, 80, 3, True)]
    posted = _parse([
        "一、总体要求", "　　（一）坚持需求导向。榜单来源于重点企业的真实技术需求。",
        "二、通用要求（适用于本批次全部榜单，榜单另有规定的从其规定）",
        "　　（一）揭榜主体：国内注册的企业、高等院校、科研院所等均可揭榜。",
        "　　（二）榜单金额：榜单金额为需求单位与揭榜方约定的出资额，不属于财政资助。",
        "　　（三）财政支持：按榜单金额的20%给予事后补助，单个榜单最高不超过50万元。",
        "　　（四）揭榜时限：原则上不超过2年。", "　　（五）支持数量：每个榜单原则上支持1个揭榜方。",
        "三、榜单内容", "（一）产业技术类榜单（归口科室：高新技术科）",
        "【榜单编号SN2025JB01】高海拔光伏电站智能运维技术", "　　需求单位：山南雅砻新能源开发有限公司",
        "　　需求描述：研发无水智能清洁机器人。", "　　榜单金额：300万元", "　　财政支持：按通用要求执行",
        "【榜单编号SN2025JB04】高原数据中心液冷散热技术", "　　需求描述：研发液冷系统。",
        "　　榜单金额：800万元", "　　财政支持：最高100万元", "　　揭榜时限：3年",
        "　　揭榜条件：本榜单可支持2个揭榜方。",
        "四、申报方式", "　　在线填报。",
    ])
    assert [(leaf.code, leaf.funding_max_wan, leaf.funding_mode, leaf.period_years_max,
             leaf.quota, leaf.enterprise_lead_only) for leaf in posted.leaves] == [
        ("SN2025JB01", 50, "后补助", 2, 1, False), ("SN2025JB04", 100, "后补助", 3, 2, False)]


def test_a_properties_bundle_with_continued_values_and_an_award_named_without_dui() -> None:
    """A Java .properties bundle through native2ascii: every character a \\uXXXX escape, one key
    per paragraph, a trailing backslash carrying a value on; read by its values. An award whose
    receivers come first (首次认定的高新技术企业，奖励30万元) names them as 对…企业 would; a cap said
    alone (最高不超过150万元；) is the grant; 申报企业须为高新技术企业 with no lead rule above has a
    firm lead."""
    def escaped(text: str) -> str:
        return "".join(c if ord(c) < 128 else f"\\u{ord(c):04x}" for c in text)
    pairs = [("guide.s3", "三、支持方向"), ("guide.s3.g1", "（一）重点研发项目"),
             ("guide.s3.g1.office", "归口股室：高新技术股"),
             ("guide.s3.g1.rule", "本类项目采取事前资助方式，实施周期2年。"),
             ("guide.s3.g1.d1", "1．特种钢与先进金属材料（JY2024-GX01）"),
             ("guide.s3.g1.d1.body", "支持高温合金研发。支持金额100万元至200万元，拟支持2项。"),
             ("guide.s3.g1.d2", "2．核技术应用与核医学（JY2024-GX02）"),
             ("guide.s3.g1.d2.body", "支持同位素制备。最高不超过150万元；申报企业须为高新技术企业。"),
             ("guide.s3.g2", "（二）科技成果转化后补助"),
             ("guide.s3.g2.rule", "本类项目采取事后补助方式。"),
             ("guide.s3.g2.d1", "3．高新技术企业认定奖励（JY2024-CZ02）"),
             ("guide.s3.g2.d1.body", "首次认定的高新技术企业，奖励10万元。"),
             ("guide.s4", "四、申报时间")]
    lines = ["# generated by native2ascii", "guide.page.size=20"]
    for key, value in pairs:
        text = escaped(value)
        if len(text) > 60:  # (a long value carried on by a trailing backslash)
            lines += [f"{key}={text[:60]}\\", f"        {text[60:]}"]
        else:
            lines.append(f"{key}={text}")
    bundle = _parse(lines)
    assert [(leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.enterprise_lead_only, leaf.qualifications)
            for leaf in bundle.leaves] == [
        ("JY2024-GX01", "高新技术股", 100, 200, 2, None, []),
        ("JY2024-GX02", "高新技术股", None, 150, 2, True, ["高新技术企业"]),
        ("JY2024-CZ02", None, 10, 10, None, True, ["高新技术企业"])]


def test_hostile_lines_neither_hang_nor_recurse_forever() -> None:
    """A fixed-width record of 90 digits (once split every way by a code pattern before it
    failed: minutes a line), and lines a reader reads as its own kind again and again (once a
    RecursionError): the direction among them is read, at once."""
    records = ["H" + "0" * 90 + "ZNXM" + "5" * 40 + "重庆市荣昌区科学技术局" for _ in range(30)]
    spaced = ["1." + " " * 200 + "研究内容" + "\u3000" * 100 + "：" for _ in range(30)]
    for noise in (records, spaced):
        guideline = _parse(["一、支持方向", "（一）重点研发计划", *noise, "1．智能装备（AB2025-01）",
                            "研究内容：研发。", "资助额度：每项50万元。"])
        assert [(leaf.code, leaf.funding_max_wan) for leaf in guideline.leaves] == [
            ("AB2025-01", 50)]


def test_item_ranges_naming_plans_and_a_barred_record_of_a_direction_s_terms() -> None:
    """One list 1．…–4．… with no plan headings; 说明：第1—2项为县级重点科技攻关项目，归口高新技术股；
    第3—4项为…奖补项目，归口成果转化股 gives each item its plan's terms (said under 一、) and its
    office. 【项目信息】代码：…｜额度：…｜期限：…｜归口：… under a direction is its fields."""
    county = _parse([
        "一、项目类别及支持标准",
        "　　（一）县级重点科技攻关项目。采取事前资助方式，单项资助20～50万元，实施期限2年；项目须由企业牵头申报。",
        "　　（二）县级科技成果转化奖补项目。采取事后补助方式。",
        "二、支持方向",
        "1．绿色食品精深加工", "　　开展冷链保鲜技术研发。拟支持2项。",
        "2．电子信息与智能终端制造", "　　支持智能终端研发。资助额度最高80万元。",
        "3．高新技术企业认定奖励", "　　首次通过认定的高新技术企业，奖励20万元。",
        "4．科技型中小企业入库奖励", "　　当年首次评价入库的科技型中小企业，奖励2万元。",
        "　　说明：第1—2项为县级重点科技攻关项目（工业领域），归口高新技术股；第3—4项为县级科技成果转化奖补项目，归口成果转化股。",
        "三、申报要求", "　　申报单位须在固始县注册。",
    ])
    assert [(leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.funding_mode, leaf.period_years_max) for leaf in county.leaves] == [
        ("绿色食品精深加工", "高新技术股", 20, 50, "前资助", 2),
        ("电子信息与智能终端制造", "高新技术股", None, 80, "前资助", 2),
        ("高新技术企业认定奖励", "成果转化股", 20, 20, "后补助", None),
        ("科技型中小企业入库奖励", "成果转化股", 2, 2, "后补助", None)]
    city = _parse([
        "三、支持方向", "（一）重点研发计划",
        "1、青稞精深加工与功能食品开发",
        "　　围绕青稞β-葡聚糖提取、青稞全谷物食品、青稞酒及饮料等产品开发，突破精深加工关键工艺，开发3个以上新产品。拟支持2项。",
        "【项目信息】代码：CD2025ZD01｜额度：100～150万元｜期限：2年｜归口：农村科技科",
        "2、特色畜产品高效养殖",
        "　　开展牦牛、藏香猪、藏鸡等地方特色畜禽品种选育、冷季补饲与疫病综合防控技术研究，建立核心示范群不少于500头。",
        "【项目信息】代码：CD2025ZD02｜额度：最高80万元｜期限：见实施要求｜归口：农村科技科",
        "　　实施要求：本计划采取事前资助方式，实施期限3年。",
        "四、申报时间", "　　2025年4月。",
    ])
    assert [(leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max) for leaf in city.leaves] == [
        ("CD2025ZD01", "农村科技科", 100, 150, 2), ("CD2025ZD02", "农村科技科", None, 80, 3)]
    cut = _parse([  # the same records cut at 30 columns, mid-amount and after a bar
        "三、支持方向", "（一）重点研发计划",
        "1、青稞精深加工与功能食品开发",
        "　　围绕青稞β-葡聚糖提取、青稞全谷物食品、青稞酒及饮料等产品开",
        "发，突破精深加工关键工艺，开发3个以上新产品。拟支持2项。",
        "【项目信息】代码：CD2025ZD01｜额度：100～150",
        "万元｜期限：2年｜归口：农村科技科",
        "2、特色畜产品高效养殖",
        "　　开展牦牛、藏香猪、藏鸡等地方特色畜禽品种选育研究。",
        "【项目信息】代码：CD2025ZD02｜额度：最高80万元｜",
        "期限：见实施要求｜归口：农村科技科",
        "　　实施要求：本计划采取事前资助方式，实施期限3年。",
        "四、申报时间", "　　2025年4月。",
    ])
    assert [(leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.source_line) for leaf in cut.leaves] == [
        ("CD2025ZD01", "农村科技科", 100, 150, 2, 3), ("CD2025ZD02", "农村科技科", None, 80, 3, 8)]


def _mail(body: str, *, charset: str, encoding: str) -> list[str]:
    """A notice as a mail client saves the raw message: headers, the text part in the given
    transfer encoding beside an HTML copy, and a .docx attachment in base64."""
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "启东市科学技术局 <qdkjj@qidong.gov.cn>"
    message["To"] = "企业科技联络员 <kjllly@example.com>"
    message["Subject"] = "关于组织申报2024年度科技计划项目的通知"
    message.set_content(body, charset=charset, cte=encoding)
    message.add_alternative("<p>（正文同纯文本部分，略）</p>", subtype="html", cte="base64")
    message.add_attachment(b"PK\x03\x04" + bytes(range(256)) * 4, maintype="application",
                           subtype="octet-stream", filename="申报书模板.docx")
    return message.as_string().splitlines()


MAILED_NOTICE = "\n".join([
    "启东市科学技术局关于组织申报2024年度启东市科技计划项目的通知",
    "三、支持方向",
    "（一）产业前瞻与关键核心技术攻关（高新技术产业科）",
    "本计划项目采取事前资助方式，实施期限2年，须由企业牵头申报。",
    "1.海洋工程装备关键技术（QD2024GY01）",
    "支持深远海养殖平台、海上风电安装船关键部件与水下机器人研发，资助100～200万元，拟支持2项。",
    "2.新能源与节能环保（QD2024GY02）",
    "支持海上风电运维与氢能装备研发。最高15万元，企业、高校、科研院所均可牵头申报。",
])


@pytest.mark.parametrize(("charset", "encoding"), [("utf-8", "quoted-printable"),
                                                   ("gb18030", "base64")])
def test_a_raw_e_mail_read_as_its_text_part(charset: str, encoding: str) -> None:
    """A mail gateway's release saved as the raw .eml: the text part in quoted-printable (every
    character =E5=90=AF, paragraphs cut at 76 columns by soft breaks) or GBK base64, an HTML
    copy and an attachment beside it. The directions come from the text part, each citing the
    line of the file its heading starts on; the headers, the HTML copy and the attachment's
    base64 are no text of the guideline."""
    lines = _mail(MAILED_NOTICE, charset=charset, encoding=encoding)
    assert not any("海洋工程" in line for line in lines)  # (the body is encoded)
    guideline = _parse(lines)
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.enterprise_lead_only, leaf.period_years_max) for leaf in guideline.leaves] == [
        ("QD2024GY01", "海洋工程装备关键技术", "高新技术产业科", 100, 200, True, 2),
        ("QD2024GY02", "新能源与节能环保", "高新技术产业科", None, 15, False, 2)]
    body = lines.index("", lines.index(next(ln for ln in lines if "text/plain" in ln)))
    assert all(body < leaf.source_line <= len(lines) for leaf in guideline.leaves)
    if encoding == "quoted-printable":  # each heading's line is where its escapes start
        first = guideline.leaves[0].source_line
        assert lines[first - 1].startswith("1.=E6=B5=B7")


def test_a_dokuwiki_page_source() -> None:
    """A firm's DokuWiki page of the notice: heading levels by = runs backwards, a direction's
    terms as ^ 项目 | 内容 | rows, **bold** offices, \\\\ breaks, //italic//, ((footnotes)) and
    <note> boxes with the firm's own figures (none of them the guideline's)."""
    guideline = _parse([
        "~~NOTOC~~",
        "====== 瑞安市科学技术局关于组织开展2025年度科技计划项目申报工作的通知 ======",
        "<note tip>",
        "我司2024年研发投入3850万元，已是高新技术企业。\\\\",
        "</note>",
        "===== 三、支持方向 =====",
        "==== （一）重点研发项目 ====",
        "归口科室：**高新技术科**",
        "本类项目采取事前资助方式，实施周期不超过3年，须由企业牵头申报。",
        "=== 1．汽车关键零部件与智能网联（RA25A01） ===",
        "^ 支持内容 | 支持新能源汽车电驱动系统部件研发。 |",
        "^ 资助额度 | 100-200万元((上年度为80-150万元)) |",
        "^ 支持数量 | 拟支持2项 |",
        "=== 2．鞋服智能装备与新材料（RA25A02） ===",
        "支持智能制鞋装备研发。\\\\",
        "资助8万元/项，//企业、高校、科研院所均可牵头//。",
        "<note important>我司符合，审计费约2.5万元。</note>",
        "{{tag>申报 2025}}",
    ])
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.quota, leaf.enterprise_lead_only, leaf.period_years_max, leaf.source_line)
            for leaf in guideline.leaves] == [
        ("RA25A01", "汽车关键零部件与智能网联", "高新技术科", 100, 200, 2, True, 3, 10),
        ("RA25A02", "鞋服智能装备与新材料", "高新技术科", 8, 8, None, False, 3, 14)]
    said = "".join(leaf.content or "" for leaf in guideline.leaves)
    assert "2.5万元" not in said and "80-150" not in said and "**" not in said


def _records(rows: list[tuple[str, int, int, int, list[str]]], width: int = 80) -> list[str]:
    """Fixed-width GBK records: type, number, level, parent, then the content — a heading's
    columns padded to their byte widths, or running text cut into records of `width` bytes
    wherever the count falls (a character that does not fit goes to the next record)."""
    out = ["H0" + "0" * 13 + "ZNXM5001532023".ljust(width)]
    for kind, number, level, parent, columns in rows:
        head = f"{kind}{number:06d}{level}{parent:06d}"
        if kind != "T9":
            data = b"".join(c.encode("gbk").ljust(w) for c, w in zip(
                columns, (60, 20) if kind == "P2" else (14, 66), strict=False))
            out.append(head + data.ljust(width).decode("gbk"))
            continue
        record = b""
        for char in columns[0]:
            if len(record) + len(char.encode("gbk")) > width:
                out.append(head + record.ljust(width).decode("gbk"))
                record = b""
            record += char.encode("gbk")
        out.append(head + record.ljust(width).decode("gbk"))
    out.append("Z9" + f"{len(out) + 1:013d}" + "END".ljust(width))
    return out


def test_a_fixed_width_interface_file() -> None:
    """A project system's 定长 import file: typed records with their number, level and parent,
    a plan's name beside its office column, a direction's code beside its name, running text
    cut into 80-byte records wherever the count fell (资助50万元～10 ⏎ 0万元). Read as the text the
    records hold: amounts rejoined, the office its column's, the header and trailer left out."""
    lines = _records([
        ("S1", 3, 1, 0, ["三、支持方向"]),
        ("P2", 4, 2, 3, ["（一）技术创新与应用发展专项", "产业科技科"]),
        ("T9", 5, 9, 4, ["本专项采取前资助方式，执行期2年，须由企业牵头申报，企业自筹资金与财政资金比例不低于1:1。"]),
        ("D3", 6, 3, 4, ["RC2023CY01", "智能装备与电子信息"]),
        ("T9", 7, 9, 6, ["支持工业机器人、智能传感器、电子元器件与新型显示模组研发及产业化。资助50万元～100万元，拟支持3项。"]),
        ("D3", 8, 3, 4, ["RC2023CY02", "陶瓷新材料与夏布工艺"]),
        ("T9", 9, 9, 8, ["支持荣昌陶功能陶瓷研发。最高资助40万元；申报企业上年度研发投入不低于200万元。"]),
        ("P2", 10, 2, 3, ["（二）科技型企业培育奖励", "创新服务科"]),
        ("T9", 11, 9, 10, ["本专项采取事后补助方式，对符合下列条件的企业给予奖励。"]),
        ("D3", 12, 3, 10, ["RC2023PY01", "企业研发投入奖补"]),
        ("T9", 13, 9, 12, ["采取以奖代补方式，规模以上企业上年度研发费用达到500万元以上的，按其研发费用的10%给予奖励，最高50万元。"]),
    ])
    assert any(line.rstrip().endswith("～10") for line in lines)  # (a cut amount)
    guideline = _parse(lines)
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_mode, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.period_years_max, leaf.enterprise_lead_only,
             leaf.matching_ratio, leaf.min_rd_spend_wan, leaf.qualifications)
            for leaf in guideline.leaves] == [
        ("RC2023CY01", "智能装备与电子信息", "产业科技科", "前资助", 50, 100, 2, True, 1, None, []),
        ("RC2023CY02", "陶瓷新材料与夏布工艺", "产业科技科", "前资助", None, 40, 2, True, 1, 200,
         []),
        ("RC2023PY01", "企业研发投入奖补", "创新服务科", "奖补", None, 50, None, True, None, 500,
         ["规上企业"])]
    assert [lines[leaf.source_line - 1][:2] for leaf in guideline.leaves] == ["D3"] * 3


def test_awards_say_whom_they_are_for_without_dui() -> None:
    """对符合条件的企业给予补助或奖励 over a plan: firms receive its awards, so only a firm leads
    (the plan's rule, inherited); an award for firms meeting a mark (规模以上工业企业上年度研发
    费用达到2000万元以上的，…予以奖励) or for what a firm was recognised as (首次认定为温州市瞪羚
    企业的，奖励20万元) names the floor and qualification; 每家最高贴息20万元 is a cap; a cap
    opening its sentence (最高15万元，…) is the direction's grant over the plan's range. A
    direction's own 扶持对象：…企业 stays its own source under such a plan."""
    guideline = _parse([
        "三、支持方向",
        "（一）社会发展（社会发展科）",
        "本类项目采取事前资助方式，每项资助10至30万元。",
        "1.医疗卫生（SF01）",
        "支持基层医疗适宜技术推广。",
        "最高15万元，须由企业牵头。",
        "（二）企业创新奖补（成果转化科）",
        "本计划采取事后补助方式，对符合条件的企业给予补助或奖励。",
        "2.企业研发投入奖补（JB01）",
        "采取以奖代补方式，规模以上工业企业上年度研发费用达到2000万元以上的，按增量部分的10%予以奖励，最高80万元。",
        "3.瞪羚企业奖励（JB02）",
        "首次认定为温州市瞪羚企业的，奖励20万元。",
        "4.科技贷款贴息（JB03）",
        "对入库科技型中小企业的科技贷款，采取贷款贴息方式，每家最高贴息20万元。",
        "5.高新技术企业奖励（JB04）",
        "扶持对象：首次通过认定的高新技术企业。",
        "扶持额度：一次性奖励20万元。",
    ])
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.min_rd_spend_wan,
             leaf.qualifications, leaf.enterprise_lead_only,
             "enterprise_lead_only" in leaf.inherited) for leaf in guideline.leaves] == [
        ("SF01", None, 15, None, [], True, False),
        ("JB01", None, 80, 2000, ["规上企业"], True, True),
        ("JB02", 20, 20, None, ["瞪羚企业"], True, True),
        ("JB03", None, 20, None, ["科技型中小企业"], True, True),
        ("JB04", 20, 20, None, ["高新技术企业"], True, False)]


def test_standards_said_field_by_field_naming_groups_and_items() -> None:
    """一、支持方向 lists bare directions 1–6 in groups （一）（二）; 二、支持标准 then says each field
    once, clause by clause: 第（一）类… is that group's stated term (inherited), 第N项… the
    item's own. A 第10项为…企业 clause names no plan (it is a qualification)."""
    guideline = _parse([
        "一、支持方向",
        "（一）科学城成果转化类（归口科室：成果转化科）",
        "1．大科学装置配套仪器研制（HR2024-01）",
        "2．高端科学仪器核心部件国产化（HR2024-02）",
        "3．新材料中试熟化与验证（HR2024-03）",
        "（二）民生与农业科技类（归口科室：社会发展科）",
        "4．怀柔板栗绿色种植与精深加工（HR2024-04）",
        "5．冷水鱼健康养殖（HR2024-05）",
        "二、支持标准",
        "（一）支持方式：第（一）类采取事前资助；第3项采取事前资助、分年度拨付；第（二）类采取事前资助。",
        "（二）支持额度：第（一）类每项50～100万元；第2项每项最高150万元；第（二）类每项不超过30万元；"
        "第5项每项200000元。",
        "（三）实施期限：第（一）类2年；第4项为2024年10月至2026年3月；第（二）类1年。",
        "（四）牵头单位：第（一）类须由企业牵头；第（二）类均可牵头。",
        "（五）资格要求：第1项申报企业须为国家高新技术企业；第5项为规模以上工业企业。",
        "三、联系方式",
        "成果转化科：010-69642187。",
    ])
    assert [(leaf.code, leaf.office, leaf.funding_mode, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.period_years_max, leaf.enterprise_lead_only,
             leaf.qualifications, sorted(set(leaf.inherited) & {"funding_max_wan",
                                                               "period_years_max"}))
            for leaf in guideline.leaves] == [
        ("HR2024-01", "成果转化科", "前资助", 50, 100, 2, True, ["高新技术企业"],
         ["funding_max_wan", "period_years_max"]),
        ("HR2024-02", "成果转化科", "前资助", None, 150, 2, True, [], ["period_years_max"]),
        ("HR2024-03", "成果转化科", "前资助、分年拨付", 50, 100, 2, True, [],
         ["funding_max_wan", "period_years_max"]),
        ("HR2024-04", "社会发展科", "前资助", None, 30, 1.5, False, [], ["funding_max_wan"]),
        ("HR2024-05", "社会发展科", "前资助", 20, 20, 1, False, ["规上企业"],
         ["period_years_max"])]


def test_a_terms_table_with_the_plans_as_its_columns() -> None:
    """表1 set with one column a plan (项目 | 重点研发计划 | 科技服务计划 ⏎ 归口科室 | … ⏎ 支持方式
    | …): each plan's column is the terms stated for it, its 归口科室 its office."""
    guideline = _parse([
        "二、支持方式及标准",
        "表1　各计划支持方式及标准",
        "项目        重点研发计划        农牧区科技服务计划",
        "归口科室    高新技术与产业科    农村牧区科技科",
        "支持方式    事前资助            事前资助",
        "资助额度    30～80万元          10-20万元",
        "实施期限    2年                 1年",
        "牵头要求    须由企业牵头        不限",
        "三、支持方向",
        "（一）重点研发计划",
        "1．牦牛高效繁育技术研究（NQ2025ZY01）",
        "研究内容：开展牦牛高效繁育研究。",
        "2．高海拔光伏运维技术（NQ2025ZY02）",
        "研究内容：研究光伏组件运维技术。资助额度不超过120万元。",
        "（二）农牧区科技服务计划",
        "1．县乡科技特派员产业服务（NQ2025FW01）",
        "支持内容：开展产业技术服务。",
    ])
    assert [(leaf.code, leaf.office, leaf.funding_mode, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.period_years_max, leaf.enterprise_lead_only)
            for leaf in guideline.leaves] == [
        ("NQ2025ZY01", "高新技术与产业科", "前资助", 30, 80, 2, True),
        ("NQ2025ZY02", "高新技术与产业科", "前资助", None, 120, 2, True),
        ("NQ2025FW01", "农村牧区科技科", "前资助", 10, 20, 1, False)]


def test_a_standards_table_by_code_with_ditto_cells_and_a_suspended_direction() -> None:
    """附表 序号 | 指南代码 | 支持方式 | 资助额度 | … keyed by the codes of directions stated above,
    同上 the cell above; a direction closed this year (本方向2022年度暂停受理申报) is no leaf; 本计划对
    …的企业给予补助 makes firms its only leads."""
    guideline = _parse([
        "一、支持方向",
        "（一）重点研发计划（归口：高新技术科）",
        "本计划项目须由企业牵头申报。",
        "方向一：菱镁新材料制备技术（HC22ZD01）",
        "主要内容：开展高纯镁砂制备技术研究。",
        "方向二：镁质耐火材料窑炉技术（HC22ZD02）",
        "主要内容：研究隧道窑燃烧控制技术。",
        "方向三：农村生活污水治理适宜技术（HC22ZD03）",
        "受项目调整影响，本方向2022年度暂停受理申报。",
        "（二）科技成果转化后补助计划（归口：成果转化科）",
        "本计划对在海城市注册、纳入统计的企业给予补助。",
        "方向一：技术合同成交后补助（HC22HB01）",
        "支持内容：按成交额给予补助。",
        "二、支持标准",
        "各方向支持方式、资助额度和实施期限见附表。",
        "附表：2022年度科技计划项目支持标准",
        "序号\t指南代码\t支持方式\t资助额度\t实施期限\t拟支持项数",
        "1\tHC22ZD01\t事前资助\t50～100万元\t2年\t2",
        "2\tHC22ZD02\t同上\t同上\t3年\t1",
        "3\tHC22ZD03\t暂停受理\t—\t—\t—",
        "4\tHC22HB01\t事后补助\t按成交额的3%补助，最高20万元\t—\t不限",
    ])
    assert [(leaf.code, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.quota, leaf.enterprise_lead_only)
            for leaf in guideline.leaves] == [
        ("HC22ZD01", "前资助", 50, 100, 2, 2, True),
        ("HC22ZD02", "前资助", 50, 100, 3, 1, True),
        ("HC22HB01", "后补助", None, 20, None, None, True)]


def test_an_indesign_tagged_text_export() -> None:
    """A booklet chapter exported from InDesign as Tagged Text: the style definitions first,
    a paragraph a line opened by <ParaStyle:…>, figures in character styles, <0x0007> an
    indent-to-here before each title, <0x000A> a forced break, a footnote inline."""
    guideline = _parse([
        "<UNICODE-WIN>",
        "<Version:18.5><FeatureSet:InDesign-Roman><ColorTable:=<Black:COLOR:CMYK:Process:0,0,0,1>>",
        "<DefineParaStyle:三级标题=<BasedOn:NormalParagraphStyle><cSize:10.500000>>",
        "<DefineCharStyle:加粗数字=<cTypeface:Bold>>",
        "<ParaStyle:一级标题>三、支持方向",
        "<ParaStyle:二级标题>（一）重点研发计划",
        "<ParaStyle:正文>归口科室：高新技术科",
        "<ParaStyle:正文>本计划采取事前资助方式，实施周期不超过<CharStyle:加粗数字>3<CharStyle:>年，"
        "须由企业牵头申报<FootnoteStart:><ParaStyle:页脚说明>以2024年度报表为准，研发费用不低于50万元"
        "<FootnoteEnd:>。",
        "<ParaStyle:三级标题>1．<0x0007>石化下游精细化工新材料<CharStyle:指南代码>（AN25A01）"
        "<CharStyle:>",
        "<ParaStyle:正文>支持高端聚烯烃研发。<0x000A>资助额度：<CharStyle:加粗数字>100至200万元"
        "<CharStyle:>。拟支持<CharStyle:加粗数字>2<CharStyle:>项。",
        "<ParaStyle:三级标题>2．<0x0007>企业研发投入奖补<CharStyle:指南代码>（AN25C01）<CharStyle:>",
        "<ParaStyle:正文>采取以奖代补方式；上年度研发投入达到500万元以上的规模以上工业企业，按增量部分的"
        "<cColor:政务红>8%<cColor:>奖补，最高60万元。",
    ])
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.quota, leaf.period_years_max, leaf.min_rd_spend_wan, leaf.qualifications)
            for leaf in guideline.leaves] == [
        ("AN25A01", "石化下游精细化工新材料", "高新技术科", 100, 200, 2, 3, None, []),
        ("AN25C01", "企业研发投入奖补", "高新技术科", None, 60, None, 3, 500, ["规上企业"])]


def test_a_terminal_log_of_a_text_paged_with_more() -> None:
    """PuTTY's log of `more` paging the notice: a --More--(NN%) prompt every screen, the next
    page's first line written on after it — a heading there is still a heading."""
    guideline = _parse([
        "=~=~=~=~=~=~=~=~=~=~=~= PuTTY log 2024.03.19 14:06:52 =~=~=~=~=~=~=~=~=~=~=~=",
        "[zhangwy@fs01 ~]$ more 2024年度宜都市科技计划项目申报指南.txt",
        "三、支持方向",
        "（一）重点研发计划（归口科室：高新技术科）",
        "本计划采取事前资助方式，须由企业牵头申报。",
        "--More--(29%)1．生物医药与化学药制剂（YD24A01）",
        "支持化学原料药绿色合成工艺研发，资助100～200万元。",
        "2．精细磷化工与新能源材料（YD24A02）",
        "--More--(63%)支持磷酸铁锂正极材料研发，最高资助80万元。",
        "[zhangwy@fs01 ~]$ exit",
    ])
    assert [(leaf.code, leaf.title, leaf.funding_min_wan, leaf.funding_max_wan)
            for leaf in guideline.leaves] == [
        ("YD24A01", "生物医药与化学药制剂", 100, 200), ("YD24A02", "精细磷化工与新能源材料", None, 80)]


@pytest.mark.parametrize(("award", "floor", "qualification"), [
    ("规模以上工业企业上年度研发费用达到800万元的，按增量部分的10%给予补助，最高50万元。", 800, "规上企业"),
    ("以奖代补；规模以上工业企业研发费用达到1000万元的，按增量部分的10%奖补，最高不超过40万元。", 1000,
     "规上企业"),
    ("首次通过高新技术企业认定的，奖励20万元；重新认定通过的，奖励10万元。", None, "高新技术企业"),
    ("新获批省级工程技术研究中心、省级企业技术中心的，奖励200000元。", None, "自治区级平台"),
    ("新认定的省级企业研究院，给予50万元奖励。", None, "自治区级平台"),
    ("实行以奖代补，规模以上工业企业年度研发费用（R&D）首次达到500万元的，奖励300000元。", 500,
     "规上企业"),
], ids=["firms-meeting-a-mark", "after-its-mode", "recognition-passed", "platform-granted",
        "institute-recognised", "after-a-mode-said-alone"])
def test_an_award_names_whom_it_is_for_without_dui(award: str, floor: int | None,
                                                    qualification: str) -> None:
    """An award item that names its receivers first, without 对 — firms meeting a mark, the
    recognition passed, the platform granted — requires what it names."""
    guideline = _parse(["三、支持方向", "（三）科技创新奖补（成果转化科）", "本计划采取事后补助方式。",
                        "1．企业创新奖补（TS23C01）", award])
    leaf = guideline.leaves[0]
    assert (leaf.min_rd_spend_wan, leaf.qualifications) == (floor, [qualification])


def test_directions_written_as_paragraphs_with_run_in_titles() -> None:
    """A 领域 whose directions are paragraphs opening with their title and a full stop, no
    number (盆栽花卉种苗组培快繁技术。依托…), beside a 领域 numbering them (1．…。…): each a direction,
    its body its text; an answer's first sentence (支持…研究。) and a label's (支持标准——…) are not."""
    guideline = _parse([
        "二、支持领域及方向",
        "（一）高端装备领域（归口股室：高新技术股）",
        "　　本领域项目须由企业牵头申报，每项资助20～30万元。",
        "　　1．装载机电液智能控制系统研发。围绕工程机械产业，研发电液比例控制系统。",
        "　　2．高压开关绝缘件材料制备。研发环氧树脂绝缘件真空浇注技术，每项资助最高50万元。",
        "（二）现代农业领域（归口股室：农村科技股）",
        "　　本领域项目申报单位不限，每项资助不超过15万元。",
        "　　盆栽花卉种苗组培快繁技术。依托盆栽花卉产业，建立组培快繁和脱毒种苗生产体系。",
        "　　青州蜜桃绿色提质栽培技术。开展蜜桃矮化密植栽培技术示范，拟支持2项。",
        "　　设施蔬菜病虫害绿色防控技术。集成天敌昆虫防控技术，须由企业牵头，每项资助10-20万元。",
        "三、申报条件",
        "　　申报单位须在青州市注册。",
    ])
    assert [(leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota,
             leaf.enterprise_lead_only, leaf.source_line) for leaf in guideline.leaves] == [
        ("装载机电液智能控制系统研发", "高新技术股", 20, 30, None, True, 4),
        ("高压开关绝缘件材料制备", "高新技术股", None, 50, None, True, 5),
        ("盆栽花卉种苗组培快繁技术", "农村科技股", None, 15, None, False, 8),
        ("青州蜜桃绿色提质栽培技术", "农村科技股", None, 15, 2, False, 9),
        ("设施蔬菜病虫害绿色防控技术", "农村科技股", 10, 20, None, True, 10)]


def test_a_direction_citing_an_article_of_a_policy_quoted_in_an_appendix() -> None:
    """适用条款：《若干措施》第三条 under each direction and the articles quoted after the
    signature (第三条　【…】对…企业牵头承担的…项目，采取事前资助方式，每项给予100～300万元…):
    the article's terms are the direction's, inherited; its 特别规定 its own over them; an
    article rewarding firms names their qualification."""
    guideline = _parse([
        "二、申报方向",
        "（一）新型显示与半导体材料关键技术", "方向编号：YJ2026-01", "责任科室：产业创新科",
        "支持内容：研究OLED发光材料制备技术。", "适用条款：《若干措施》第三条",
        "（二）智能制造装备成果转化", "方向编号：YJ2026-02", "责任科室：成果转化科",
        "支持内容：推动工业机器人成果转化。", "适用条款：《若干措施》第四条",
        "特别规定：本方向单个项目最高不超过300万元。",
        "（三）高新技术企业首次认定奖励", "方向编号：YJ2026-03", "责任科室：企业服务科",
        "支持内容：扩大高新区创新主体规模。", "适用条款：《若干措施》第七条",
        "三、联系方式", "　　产业创新科：0316-3326081。",
        "附件",
        "《燕郊高新区促进科技创新发展若干措施》（摘录）",
        "第三条　【关键核心技术攻关】对在高新区注册的企业牵头承担的关键核心技术攻关项目，采取事前资助方式，"
        "每项给予100～300万元支持，实施期限2年。",
        "第四条　【成果转化】在高新区实施的科技成果转化项目，采取事后补助方式，按项目实际投入的30%给予补助，"
        "单个项目最高不超过200万元。",
        "第七条　【高新技术企业培育】对首次通过认定的国家高新技术企业，给予一次性奖励30万元。",
    ])
    assert [(leaf.code, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.qualifications, "funding_max_wan" in leaf.inherited)
            for leaf in guideline.leaves] == [
        ("YJ2026-01", "前资助", 100, 300, 2, [], True),
        ("YJ2026-02", "后补助", None, 300, None, [], False),
        ("YJ2026-03", None, 30, 30, None, ["高新技术企业"], True)]


def test_a_dot_matrix_printers_output_saved_to_a_file() -> None:
    """A 针式 printer driver's output in GBK: ESC @ and ESC x 1 before the title, ESC E / ESC F
    around bold headings, ESC $ nL nH (a NUL in its high byte) at each paragraph's start, ESC J
    feeds, FS & the Chinese mode, lines cut at the carriage width (a figure too). The commands
    leave before the bytes are decoded; every leaf cites its heading's line."""
    esc, pos = b"\x1b", b"\x1b$\x14\x00"
    lines = [
        esc + b"@" + esc + b"x\x01\x1c&" + esc + b"E" + "东台市科学技术局文件".encode("gbk") + esc + b"F",
        b"",
        esc + b"E" + "三、支持方向".encode("gbk") + esc + b"F",
        esc + b"E" + "（一）重点研发计划（高新技术科）".encode("gbk") + esc + b"F",
        pos + "本计划采取事前资助方式，实施期限2年，须由企业牵头申报，企业自筹资金与财政".encode("gbk"),
        "资金比例不低于1:1。".encode("gbk"),
        esc + b"E" + "1．光伏组件与电池片先进制造（DT2024GY01）".encode("gbk") + esc + b"F",
        pos + "支持高效光伏电池片、组件封装与光伏玻璃关键工艺研发。资助80～12".encode("gbk"),
        "0万元。".encode("gbk"),
        esc + b"J\x30" + esc + b"E" + "2．电子信息与精密结构件（DT2024GY02）".encode("gbk") + esc + b"F",
        pos + "支持5G通信结构件研发，资助最高60万元；申报企业上年度研发投入不低于500万元。".encode("gbk"),
        pos + "— 3 —".encode("gbk"),
    ]
    guideline = parse_document(b"\r\n".join(lines), "dongtai.txt")
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.matching_ratio, leaf.min_rd_spend_wan, leaf.source_line)
            for leaf in guideline.leaves] == [
        ("DT2024GY01", "光伏组件与电池片先进制造", "高新技术科", 80, 120, 1, None, 7),
        ("DT2024GY02", "电子信息与精密结构件", "高新技术科", None, 60, 1, 500, 10)]


def test_an_android_ui_dump_of_an_article() -> None:
    """uiautomator's window_dump.xml of the article on a phone: a <node> a line, a paragraph's
    runs side by side on one row (a heading's title and its code in their own spans, an amount
    highlighted), empty containers between, XML escapes."""
    def node(text: str, top: int, bottom: int, x: int = 42) -> str:
        return (f'<node index="0" text="{text}" resource-id="" class="android.view.View" '
                f'package="com.tencent.mm" content-desc="" bounds="[{x},{top}][1038,{bottom}]" />')
    box = '<node index="1" text="" class="android.view.View" bounds="[0,0][1080,2000]">'
    guideline = _parse([
        "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>",
        '<hierarchy rotation="0">', box,
        node("三、支持方向", 100, 150),
        node("（一）重点研发计划（归口科室：高新技术科）", 160, 210),
        node("采取事前资助方式，", 220, 270), node("资助金额20万元～50万元", 220, 330, 500),
        node("，实施期限不超过2年，须由企业牵头申报。", 280, 330, 600),
        "</node>", box,
        node("1．石化下游精细化工与新材料", 340, 390), node("（PZ2026-01）", 340, 390, 700),
        "</node>",
        node("支持精细化学品研发。拟支持2项；申报企业上年度研发投入不低于600万元。", 400, 510),
        box, node("2．川芎等道地中药材与现代中药", 520, 570),
        node("（PZ2026-02）", 520, 570, 700), "</node>",
        node("支持川芎规范化种植研发，资助金额&lt;=30万元。", 580, 630),
        "</node>", "</hierarchy>",
    ])
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.enterprise_lead_only, leaf.source_line)
            for leaf in guideline.leaves] == [
        ("PZ2026-01", "石化下游精细化工与新材料", "高新技术科", 20, 50, 2, True, 11),
        ("PZ2026-02", "川芎等道地中药材与现代中药", "高新技术科", None, 30, 2, True, 16)]


def test_a_man_page_source() -> None:
    """A firm's man page of the guideline: .TH, .SH/.SS sections with quoted arguments, .TP
    paragraphs with .B headings, \\fB…\\fR around amounts, \\- for hyphens (in the codes),
    .\\" comments with the writer's own notes."""
    guideline = _parse([
        '.\\" 整理：信息部 刘工；预算参考 2024 年为 1200 万元',
        '.TH MLZN2025 7 "2025-03-12" "汨科发〔2025〕4号" "汨罗市科技计划申报手册"',
        ".SH 名称", "mlzn2025 \\- 汨罗市2025年度科技计划项目申报指南",
        '.SH "三、支持方向"',
        '.SS "（一）重点研发项目（归口科室：高新技术科）"', ".PP",
        "本类项目支持方式为事前资助，项目执行期2年，须由企业牵头申报。", ".TP",
        '.B "1.再生铝保级利用与高值化关键技术（ML25\\-ZD01）"',
        "研究废铝分选除杂技术。", "资助额度：\\fB100～300万元\\fR，拟支持2项。", ".TP",
        '.B "2.再生塑料改性造粒与高端应用（ML25\\-ZD02）"',
        "开发再生PP改性配方。", "资助额度：\\fB80\\-120万元\\fR，执行期\\fI2025年7月至2028年6月\\fR。",
    ])
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.quota, leaf.source_line)
            for leaf in guideline.leaves] == [
        ("ML25-ZD01", "再生铝保级利用与高值化关键技术", "高新技术科", 100, 300, 2, 2, 10),
        ("ML25-ZD02", "再生塑料改性造粒与高端应用", "高新技术科", 80, 120, 3, None, 14)]


def test_a_spool_file_with_asa_carriage_control() -> None:
    """An AS/400 print file: column 1 the carriage control — '1' a new page (its report header
    after it), '0' double spacing (01. a heading so spaced), '+' a line printed again over the
    last for bold, ' ' one line."""
    header = ["1GXKJ-R07   贵溪市科学技术局  公文打印", " RUN 2024/03/08 09:14:27   SPOOL JOB04417", "-"]
    guideline = _parse([
        *header,
        "0三、支持方向", "+三、支持方向",
        "0（一）重点研发计划（归口科室：高新技术科）", "+（一）重点研发计划（归口科室：高新技术科）",
        "     支持方式：事前资助。执行期2年，须由企业牵头申报。",
        "01.高纯阴极铜短流程冶炼关键技术（GX24ZD01）",
        "     研究内容：研究阴极铜短流程冶炼技术。",
        " 资助额度：100～200万元，拟支持2项。",
        *header,
        " 2.铜基新材料制备技术（GX24ZD02）",
        "     研究内容：开发铜基合金材料。",
        " 资助额度：800000元，拟支持1项。",
    ])
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.enterprise_lead_only, leaf.source_line)
            for leaf in guideline.leaves] == [
        ("GX24ZD01", "高纯阴极铜短流程冶炼关键技术", "高新技术科", 100, 200, 2, True, 9),
        ("GX24ZD02", "铜基新材料制备技术", "高新技术科", 80, 80, 2, True, 15)]


def test_a_group_robots_sending_log_in_markdown() -> None:
    """A 企业微信 robot's log of the markdown messages it pushed: log lines around each message,
    a heading's code as inline code (**1. title** `HC23-GX01`), amounts in <font> tags, a waiver
    (不要求高新技术企业) of the group's qualification, 本项采取贷款贴息方式：对…企业… whom it pays."""
    guideline = _parse([
        "[2023-04-11 09:30:04,921] INFO  send   seq=3/7 msgtype=markdown bytes=663",
        "-----BEGIN content-----",
        "#### （一）产业关键技术攻关（归口：高新技术股）",
        "支持方式：前资助；实施周期不超过2年；须由企业牵头申报；企业须为高新技术企业。",
        "**1. 高支纱及功能性纺织面料开发** `HC23-GX01`",
        "研究内容：开发高支精梳棉纱。", '资助额度：<font color="warning">50～100万元</font>，拟支持2项。',
        "**2. 小型农机装备关键部件** `HC23-GX02`",
        "研究内容：研发插秧机关键部件。",
        '资助额度：<font color="warning">30-50万元</font>；申报企业须为科技型中小企业，不要求高新技术企业。',
        "#### （二）科技创新后补助（归口：科技服务股）",
        "支持方式：事后补助。",
        "**3. 科技贷款贴息** `HC23-HB01`",
        "本项采取贷款贴息方式：对科技型中小企业的科技贷款给予贴息，每家最高10万元。",
        "-----END content-----",
        '[2023-04-11 09:30:04,921] INFO  resp   {"errcode":0,"errmsg":"ok"}',
    ])
    assert [(leaf.code, leaf.title, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.qualifications) for leaf in guideline.leaves] == [
        ("HC23-GX01", "高支纱及功能性纺织面料开发", 50, 100, ["高新技术企业"]),
        ("HC23-GX02", "小型农机装备关键部件", 30, 50, ["科技型中小企业"]),
        ("HC23-HB01", "科技贷款贴息", None, 10, ["科技型中小企业"])]


def test_industry_chains_each_with_a_captioned_terms_table() -> None:
    """（一）…产业链 opening with 表1　…项目支持标准 and its 项目 | 内容 rows, then code-first
    directions: the rows are the chain's terms (its 归口科室 the chain's office), the caption
    no direction; a 特别说明 its direction's own."""
    guideline = _parse([
        "二、重点产业链项目",
        "（一）新能源汽车及零部件产业链",
        "表1　新能源汽车及零部件产业链项目支持标准",
        "项目\t内容", "归口科室\t高新技术科", "支持方式\t事前资助", "资助额度\t每项30～50万元",
        "实施期限\t2年", "申报主体\t须由企业牵头",
        "WYXNY-01　车规级碳化硅功率模块封装与可靠性测试技术",
        "研究内容：研究碳化硅芯片银烧结互连技术。",
        "WYXNY-02　动力电池包一体化压铸壳体轻量化设计与制造",
        "研究内容：研究电池包壳体一体化压铸技术。",
        "特别说明：本方向资助额度为每项80至100万元，拟支持1项。",
        "（二）商用车及高端装备产业链",
        "表2　商用车及高端装备产业链项目支持标准",
        "项目\t内容", "归口科室\t社会发展科", "支持方式\t事后补助", "资助额度\t最高不超过40万元",
        "实施期限\t18个月",
        "WYZB-01　重型商用车自动变速器换挡品质控制技术",
        "研究内容：研究换挡过程扭矩协调技术。",
    ])
    assert [(leaf.code, leaf.office, leaf.funding_mode, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.period_years_max, leaf.enterprise_lead_only)
            for leaf in guideline.leaves] == [
        ("WYXNY-01", "高新技术科", "前资助", 30, 50, 2, True),
        ("WYXNY-02", "高新技术科", "前资助", 80, 100, 2, True),
        ("WYZB-01", "社会发展科", "后补助", None, 40, 1.5, None)]


def test_rules_numbered_among_the_directions_and_ordinal_keywords() -> None:
    """5．以上第1至4项为…类项目，由…股归口管理，… numbered among the directions is a rule for the
    items it names (以下第7至…, 第12、13项, 所有项目 likewise), not a direction, and the numbering
    runs on past it; 1号榜单：… is a 榜单 heading."""
    county = _parse([
        "二、申报方向及要求",
        "1．铁棍山药种质提纯复壮与脱毒种苗繁育", "　　主要内容：开展铁棍山药提纯复壮。",
        "2．小麦良种繁育与节水高产栽培技术", "　　主要内容：开展小麦良种繁育。本项须由企业牵头。",
        "3．以上第1至2项为农业科技攻关类项目，由县科技局农村科技股归口管理，采取事前资助方式，"
        "每项资助5～10万元，实施期限2年，申报单位不限。",
        "4．以下第5至6项为工业科技创新类项目，由科技创新股归口管理，须由企业牵头，采取事后补助方式，"
        "每项最高不超过20万元。",
        "5．怀药精深加工与药食同源功能食品开发", "　　主要内容：研发药食同源产品。",
        "6．汽车活塞、缸套精密加工工艺提升", "　　主要内容：研究活塞环槽精车工艺。本项每项资助8万元。",
        "7．所有项目自筹资金与县财政资助资金比例不低于1:1。",
        "三、联系方式", "　　农村科技股：0391-6157329。",
    ])
    assert [(leaf.title, leaf.office, leaf.funding_mode, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.enterprise_lead_only, leaf.matching_ratio)
            for leaf in county.leaves] == [
        ("铁棍山药种质提纯复壮与脱毒种苗繁育", "农村科技股", "前资助", 5, 10, False, 1),
        ("小麦良种繁育与节水高产栽培技术", "农村科技股", "前资助", 5, 10, True, 1),
        ("怀药精深加工与药食同源功能食品开发", "科技创新股", "后补助", None, 20, True, 1),
        ("汽车活塞、缸套精密加工工艺提升", "科技创新股", "后补助", 8, 8, True, 1)]
    lists = _parse([
        "二、揭榜挂帅项目（归口科室：高新技术与产业化科）",
        "1号榜单：寒地水稻钵苗机插精量播种装置研制", "榜单编号：XAJB2024-01",
        "需求描述：研制精量播种装置。",
        "2号榜单：高寒地区风电机组叶片覆冰监测与除冰技术", "榜单编号：XAJB2024-02",
        "需求描述：研究风电叶片覆冰在线监测。",
    ])
    assert [(leaf.code, leaf.title) for leaf in lists.leaves] == [
        ("XAJB2024-01", "寒地水稻钵苗机插精量播种装置研制"),
        ("XAJB2024-02", "高寒地区风电机组叶片覆冰监测与除冰技术")]


@pytest.mark.parametrize(("said", "office"), [
    ("第1—4项为县级重点科技攻关项目，归口高新技术股；", "高新技术股"),
    ("第5—6项为县级农业科技项目，归口农村科技股；", "农村科技股"),  # (a 科 inside the name)
    ("为农业科技攻关类项目，由县科技局农村科技股归口管理，", "农村科技股"),  # (not the bureau)
    ("为社会发展类项目，由综合股负责，", "综合股"),
])
def test_the_office_a_note_names_for_its_items(said: str, office: str) -> None:
    from bot.catalogue.parser import ITEMS_OFFICE
    found = ITEMS_OFFICE.search(said)
    assert found is not None and found["office"] == office


def test_a_rendered_man_page_saved_with_its_overstrikes() -> None:
    """`man 7 …` saved to a file without `col -b`: bold headings struck twice (字\\b字),
    amounts underlined (_\\b1), the body wrapped at 78 columns with an indent. The file used to
    be refused as binary; it reads as the page shows, each leaf at its heading's line."""
    def bold(text: str) -> str:
        return "".join(f"{ch}\b{ch}" for ch in text)

    def underline(text: str) -> str:
        return "".join(f"_\b{ch}" for ch in text)

    text = "\n".join([
        "YHZN(7)                     余杭区科技计划指南                     YHZN(7)", "",
        bold("NAME"), "       yhzn2025 - 杭州市余杭区2025年度科技计划项目申报指南", "",
        bold("三、支持方向"), "",
        "   " + bold("（一）重点研发计划（归口科室：高新技术科）"),
        "   支持方式：事前资助。执行期2年。须由企业牵头申报，可联合高校、科研院所。自筹",
        "   资金与财政资助资金比例不低于2:1。", "",
        "       " + bold("1.人工智能大模型行业应用（YH25-ZD01）"),
        "              研究内容：面向电商、文旅、政务场景研发行业大模型微调与推理加速技",
        f"              术。资助{underline('100～300万元')}，拟支持2项。", "",
        "       " + bold("2.高端医疗器械核心部件（YH25-ZD03）"),
        "              研究内容：突破医用影像探测器、植介入器械关键材料与部件。每项资助",
        f"              {underline('1500000元')}，执行期2025年7月至2028年6月。", "",
        "余杭区科技局                       2025-03-10                         YHZN(7)",
    ])
    guideline = parse_document(text.encode(), "yuhang.txt")
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.matching_ratio, leaf.source_line)
            for leaf in guideline.leaves] == [
        ("YH25-ZD01", "人工智能大模型行业应用", "高新技术科", 100, 300, 2, 2, 12),
        ("YH25-ZD03", "高端医疗器械核心部件", "高新技术科", 150, 150, 3, 2, 16)]


def test_a_registry_export_of_a_clients_key() -> None:
    """regedit's export (UTF-16 with a BOM, CRLF) of the key where a desktop client keeps the
    notice it was pushed: one string value a line ("L0001"="…", \\" escaped), the client's own
    settings, dword and hex values in other keys. Only the key holding the document is read."""
    lines = [
        "Windows Registry Editor Version 5.00", "",
        "[HKEY_CURRENT_USER\\Software\\RCKJ\\HuiQiTong]", '"Version"="2.3.7"',
        '"InstallPath"="C:\\\\Program Files (x86)\\\\RCKJ\\\\"', '"AutoStart"=dword:00000001',
        '"UnitName"="江西瑞铜新材料有限公司"', "",
        "[HKEY_CURRENT_USER\\Software\\RCKJ\\HuiQiTong\\Guide\\2024]",
        '"L0001"="三、支持方向"',
        '"L0002"="（一）产业技术攻关专项（归口股室：高新技术股）"',
        '"L0003"="　　资助方式：前资助；实施期限：2年；牵头要求：须由企业牵头。"',
        '"L0004"="1．铜基新材料精深加工关键技术（指南代码：RC24-GG01）"',
        '"L0005"="　　研究铜箔、铜线坯连续挤压及表面处理技术，项目名称须冠以\\"瑞昌市\\"字样。"',
        '"L0006"="　　支持强度：100-200万元，拟支持2项。"',
        '"L0007"=""',
        '"L0008"="2．水泥窑协同处置固废与绿色建材（指南代码：RC24-GG03）"',
        '"L0009"="　　研究水泥窑协同处置工业固废技术。"',
        '"L0010"="　　支持强度：600000元。实施期限：2024年9月—2026年2月。"', "",
        "[HKEY_CURRENT_USER\\Software\\RCKJ\\HuiQiTong\\Guide\\2024\\Attach]",
        '"A1"="附件1：瑞昌市科技计划项目申报书.docx"', '"Size"=hex(b):00,10,00,00,00,00,00,00',
    ]
    data = "\ufeff".encode("utf-16-le") + "\r\n".join(lines).encode("utf-16-le")
    guideline = parse_document(data, "ruichang.reg.txt")
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_mode, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.period_years_max, leaf.enterprise_lead_only,
             leaf.source_line)
            for leaf in guideline.leaves] == [
        ("RC24-GG01", "铜基新材料精深加工关键技术", "高新技术股", "前资助", 100, 200, 2, True, 13),
        ("RC24-GG03", "水泥窑协同处置固废与绿色建材", "高新技术股", "前资助", 60, 60, 1.5, True,
         17)]
    assert '"瑞昌市"' in (guideline.leaves[0].content or "")


def test_a_mermaid_mind_map_of_a_guideline() -> None:
    """A Mermaid `mindmap` source: %% comments, ::icon lines, every node an id and its words in a
    shape ([…], (…), {{…}}, ))…((, )…(, quoted), a leaf's first child its unlabelled content —
    no direction of its own, and no more of the title above it, which closed with its code."""
    guideline = _parse([
        "%% 麻城市2026年度科技计划项目申报指南 思维导图", "mindmap",
        "  root((麻城市2026年度科技计划项目申报指南))",
        "    fx[三、支持方向]", "      ::icon(fa fa-file)",
        "      g1{{（一）重点研发项目（归口股室：科技创新股）}}",
        "        g1a(支持方式：事前资助)", "        g1b(实施周期：不超过2年)",
        "        g1c(牵头单位：须由企业牵头)",
        '        zd1["1．石材废料高值化综合利用（MC26-ZD01）"]',
        "          zd1a(研究花岗岩锯泥、边角料制备人造石及建材制品技术)",
        "          zd1b(资助额度：60～100万元)", "          zd1c(拟支持2项)",
        '        zd2["2．汽车零部件轻量化设计与制造（MC26-ZD02）"]',
        "          zd2a(研究铝合金副车架、转向节一体化压铸成形技术)",
        "          zd2b(资助额度：最高80万元)",
        "          zd2c)研发门槛：研发经费支出不少于500万元(",
        "    lx))四、联系方式((", "      lx1(科技创新股：0713-2922316)",
    ])
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_mode, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.period_years_max, leaf.min_rd_spend_wan, leaf.quota,
             leaf.content, leaf.source_line)
            for leaf in guideline.leaves] == [
        ("MC26-ZD01", "石材废料高值化综合利用", "科技创新股", "前资助", 60, 100, 2, None, 2,
         "研究花岗岩锯泥、边角料制备人造石及建材制品技术", 10),
        ("MC26-ZD02", "汽车零部件轻量化设计与制造", "科技创新股", "前资助", None, 80, 2, 500,
         None, "研究铝合金副车架、转向节一体化压铸成形技术", 14)]


def test_a_coded_heading_is_whole_and_its_bare_first_line_is_its_content() -> None:
    """In plain text too: 1．title（code） ⏎ 研究…技术 ⏎ 资助额度：… — the bare line is what the
    direction funds, not a title running on nor a direction of its own."""
    guideline = _parse([
        "三、支持方向", "（一）重点研发项目（归口股室：科技创新股）", "支持方式：事前资助",
        "1．石材废料高值化综合利用（MC26-ZD01）", "研究花岗岩锯泥、边角料制备人造石及建材制品技术",
        "资助额度：60～100万元", "2．汽车零部件轻量化设计与制造（MC26-ZD02）",
        "研究内容：研究铝合金副车架", "资助额度：最高80万元",
    ])
    assert [(leaf.code, leaf.title, leaf.content, leaf.funding_max_wan, leaf.source_line)
            for leaf in guideline.leaves] == [
        ("MC26-ZD01", "石材废料高值化综合利用", "研究花岗岩锯泥、边角料制备人造石及建材制品技术",
         100, 4),
        ("MC26-ZD02", "汽车零部件轻量化设计与制造", "研究铝合金副车架", 80, 7)]


@pytest.mark.parametrize("gap", [" " * 1000, "\u3000" * 500 + " " * 500, "\t " * 500])
def test_long_gaps_in_a_line_parse_at_once(gap: str) -> None:
    """A PDF extractor's lines with long runs of spaces (a wide table flattened): the patterns
    that look for label pairs set apart by gaps or for a code after a gap take each gap whole.
    Tried every way, 28 spaces took half a second, 40 a minute, and these would never end (a
    thousand characters is as far past 40 as three thousand, at a third of the suite's time)."""
    lines = ["三、支持方向", "（一）重点研发计划（归口科室：高新技术科）"]
    for number in range(1, 5):
        lines += [f"{number}．高端装备关键部件（GX25ZD0{number}）",
                  f"研究内容：研究轴承，{gap}齿轮和液压件的设计与制造技术",
                  f"资助额度：首次认定30万元，{gap}重新认定15万元"]
    guideline = _parse(lines)
    assert [leaf.code for leaf in guideline.leaves] == [f"GX25ZD0{n}" for n in range(1, 5)]


def test_a_plans_terms_after_its_directions_under_two_labels_joined() -> None:
    """支持方式与申报条件：以上方向… closing each plan after its directions: two labels joined
    into one (longer than a label may be alone) are still a label, and the line is the plan's
    terms and office, which its directions inherit unless a direction's 有关说明 says its own."""
    guideline = _parse([
        "二、支持重点", "（一）州级重点研发计划（农业农村领域）",
        "1．牦牛冷季补饲与高效育肥关键技术集成示范", "研究内容：研究冷季补饲配方。",
        "2．蕨麻人工驯化栽培与精深加工技术", "研究内容：开展蕨麻野生资源驯化。",
        "有关说明：本方向须由企业牵头。",
        "支持方式与申报条件：以上方向采取事前资助方式，每项支持15～30万元，实施周期2年；企业、高等院校"
        "均可牵头申报；自筹资金与州财政资金比例不低于1:1。本计划由农村科技科归口管理。",
        "（二）科技成果转化计划", "1．青稞酒酿造工艺优化与风味提升技术成果转化", "研究内容：转化青稞酒低温发酵技术。",
        "2．秦艽、大黄等道地药材规范化种植技术成果转化", "研究内容：转化秦艽种苗繁育技术。",
        "支持方式与申报条件：以上方向采取事后补助方式，按项目实际研发投入的30%给予补助，最高不超过50万元，"
        "实施期限18个月；须由企业牵头。"
        "本计划由成果转化与区域创新科归口管理。",
    ])
    assert [(leaf.office, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.enterprise_lead_only, leaf.matching_ratio)
            for leaf in guideline.leaves] == [
        ("农村科技科", "前资助", 15, 30, 2, False, 1),
        ("农村科技科", "前资助", 15, 30, 2, True, 1),
        ("成果转化与区域创新科", "后补助", None, 50, 1.5, True, None),
        ("成果转化与区域创新科", "后补助", None, 50, 1.5, True, None)]


def test_terms_for_classes_named_by_their_roman_numerals() -> None:
    """二、支持标准 ⏎ （一）Ⅰ类项目采取… ⏎ （二）Ⅱ类项目… before groups Ⅰ．海洋经济类项目 and
    Ⅱ．先进制造类项目: each item is the terms of the group its numeral numbers; a code holds the
    class's numeral too (［指南编号 RC23-Ⅰ-01］, labelled with a space)."""
    guideline = _parse([
        "一、申报条件", "　　申报单位须在荣成市注册，具有独立法人资格。",
        "二、支持标准",
        "　　（一）Ⅰ类项目采取事前资助方式，每项资助20万元至40万元，实施期限2年，须由企业牵头，"
        "企业自筹资金不低于市财政资助资金的2倍。",
        "　　（二）Ⅱ类项目采取事后补助方式，对通过验收的项目给予最高补助50万元，实施期限1年，"
        "申报企业须为高新技术企业，上年度R&D经费支出不低于200万元。",
        "三、申报指南", "Ⅰ．海洋经济类项目（农村科技科）",
        "1．海带、裙带菜褐藻胶绿色提取与高值化利用［指南编号 RC23-Ⅰ-01］", "研究内容：研究褐藻胶酶法提取。",
        "2．刺参耐高温新品系选育与工厂化育苗［指南编号 RC23-Ⅰ-02］", "研究内容：选育耐高温刺参新品系。",
        "Ⅱ．先进制造类项目（高新技术科）",
        "1．自行式房车车身轻量化与集成化设计［指南编号 RC23-Ⅱ-01］", "研究内容：研究房车车身铝蜂窝复合材料。",
    ])
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_mode, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.period_years_max, leaf.matching_ratio,
             leaf.min_rd_spend_wan, leaf.qualifications)
            for leaf in guideline.leaves] == [
        ("RC23-Ⅰ-01", "海带、裙带菜褐藻胶绿色提取与高值化利用", "农村科技科", "前资助", 20, 40, 2, 2,
         None, []),
        ("RC23-Ⅰ-02", "刺参耐高温新品系选育与工厂化育苗", "农村科技科", "前资助", 20, 40, 2, 2, None, []),
        ("RC23-Ⅱ-01", "自行式房车车身轻量化与集成化设计", "高新技术科", "后补助", None, 50, 1, None,
         200, ["高新技术企业"])]


@pytest.mark.parametrize(("share", "maximum", "minimum"), [
    ("地区财政按榜单金额的20%给予支持，每项不超过120万元", 120, None),  # up to the cap
    ("地区财政按榜单金额的20%给予定额资助，每项不超过120万元", 80, 80),  # 400 × 20 %
])
def test_a_share_of_the_list_amount_is_computed_only_for_a_fixed_grant(
        share: str, maximum: float, minimum: float | None) -> None:
    """榜单金额…不作为财政资助额度；按榜单金额的20%给予支持，每项不超过120万元: the grant stated is
    the cap; only 定额资助 makes each 榜单's grant its share of its own 榜单金额."""
    guideline = _parse([
        "二、地区重点研发计划", "（一）揭榜挂帅类",
        f"【类别要求】揭榜单位须为企业。榜单金额为发榜单位拟投入的研发经费，不作为财政资助额度；{share}，"
        "采取里程碑式补助方式。",
        "1．和田玉籽料产地溯源与无损鉴定技术", "指南编号：HT26JB01", "榜单金额：400万元",
        "需求描述：建立和田玉籽料产地光谱数据库。",
    ])
    assert [(leaf.funding_max_wan, leaf.funding_min_wan) for leaf in guideline.leaves] == [
        (maximum, minimum)]


def test_a_transcript_with_long_gaps_takes_a_clause_back_at_once() -> None:
    """A speech transcript pasted with long runs of spaces after its commas: the clause the
    speaker takes back (…，哦，不好意思念错了，) is found with each gap taken whole (three optional
    parts each free to take the spaces took minutes), and what they said instead stands."""
    gap = " " * 3000
    guideline = _parse([line.replace("，", "，" + gap) for line in [
        "发言人2 00:02:18", "第一类，重点研发计划，归口科室是高新技术科。", "",
        "发言人2 00:02:25", "本计划采取钱资助方式，项目须由企业前头申报，实施期限不超过三年。", "",
        "发言人2 00:02:49", "方向一，奶牛良种快繁关键技术。资助金额每项一百万到两百万元，你支持"
        "三项，哦，不好意思念错了，", "",
        "发言人2 00:03:27", "应该是你支持两项。申报企业须为归上企业。", "",
        "发言人2 00:03:40", "方向二，肉牛高效育肥技术。资助金额每项五十万元。", "",
        "发言人2 00:03:52", "以上是第一类。",
    ]])
    assert [(leaf.title, leaf.quota, leaf.funding_max_wan) for leaf in guideline.leaves] == [
        ("奶牛良种快繁关键技术", 2, 200), ("肉牛高效育肥技术", None, 50)]


def test_git_blame_output_of_a_guideline() -> None:
    """`git blame` of a guideline kept in a firm's repository (GBK): every line opens with the
    commit, author, date and line number that changed it last (^ a boundary commit); the lines
    read as the file's, each leaf at its physical line."""
    def blamed(n: int, text: str, commit: str = "^3f9c2a1", who: str = "wangjing") -> str:
        return f"{commit} ({who:<8} 2023-03-21 09:14:55 +0800 {n:2d}) {text}"

    body = ["高邮市科学技术局文件", "", "三、支持方向", "（一）产业关键核心技术攻关（归口科室：工业科技科）",
            "　　本类项目采取事前资助方式，项目实施期一般为2年，须由企业牵头申报。",
            "1.智慧路灯与智能照明控制系统（GY23-GJ01）", "　　研究多功能智慧灯杆集成技术。",
            "　　支持强度：80～150万元，拟支持2项。", "2.特种电线电缆材料及制造工艺（GY23-GJ02）",
            "　　研究耐高温电缆材料。", "　　支持强度：资助1200000元。"]
    lines = [blamed(n, text) if n not in (8, 11) else blamed(n, text, "7d04e6b2", "chen.xl")
             for n, text in enumerate(body, start=1)]
    guideline = parse_document("\n".join(lines).encode("gb18030"), "gaoyou.txt")
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_mode, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.period_years_max, leaf.source_line)
            for leaf in guideline.leaves] == [
        ("GY23-GJ01", "智慧路灯与智能照明控制系统", "工业科技科", "前资助", 80, 150, 2, 6),
        ("GY23-GJ02", "特种电线电缆材料及制造工艺", "工业科技科", "前资助", 120, 120, 2, 9)]


def test_a_raw_gopher_menu_serving_a_guideline() -> None:
    """An intranet Gopher menu saved raw (CRLF): type, text, TAB selector, host and port on every
    line; `i` lines the text, cut every 34 characters (through an amount too), `1` lines the
    groups, `0` lines the directions, the site's own links and a closing `.`."""
    def item(kind: str, text: str, selector: str = "fake", host: str = "(NULL)",
             port: int = 0) -> str:
        return f"{kind}{text}\t{selector}\t{host}\t{port}"

    lines = [
        item("i", "=================================="), item("1", "返回上级 ..", "/kj", "g.lan", 70),
        item("7", "搜索科技政策", "/kj/search", "g.lan", 70), item("i", ""),
        item("i", "三、支持方向"),
        item("1", "（一）重大科技专项", "/kj/grp一", "g.lan", 70), item("i", "　　归口科室：高新技术科"),
        item("i", "　　支持方式：事前资助。项目周期：2年。申报主体：须由企业牵头。"),
        item("0", "01）新能源汽车电驱动系统核心部件【LH25-ZX02】", "/kj/LH25-ZX02.txt", "g.lan", 70),
        item("i", "　　研究电机扁线绕组、高效减速器及电控集成技术。"),
        item("i", "　　资助额度：最高200万元。申报单位须为省级企业研究院。"),
        item("0", "02）高端眼镜光学材料与智能眼镜【LH25-ZX03】", "/kj/LH25-ZX03.txt", "g.lan", 70),
        item("i", "　　研究高折射率树脂镜片材料及智能眼镜光学模组。"),
        item("i", "　　资助额度：1500000元。申报企业上年度R&D经费支出不低于3"),
        item("i", "00万元。"),
        item("9", "附件1：申报书.doc", "/kj/fj1.doc", "g.lan", 70), ".",
    ]
    guideline = parse_document("\r\n".join(lines).encode(), "linhai.txt")
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.min_rd_spend_wan, leaf.qualifications, leaf.source_line)
            for leaf in guideline.leaves] == [
        ("LH25-ZX02", "新能源汽车电驱动系统核心部件", "高新技术科", None, 200, None,
         ["自治区级平台"], 9),
        ("LH25-ZX03", "高端眼镜光学材料与智能眼镜", "高新技术科", 150, 150, 300, [], 12)]


def test_a_pdf_forms_fields_dumped_by_pdftk() -> None:
    """`pdftk … dump_data_fields_utf8` of a 申报书 carrying the guideline in read-only fields
    (zn.p1.L001 …) beside the firm's own answers (名称, 信用代码, a check box): the guideline's
    field values read as its lines, the answers and every key line blank."""
    def field(name: str, value: str | None, kind: str = "Text", alt: str | None = None) -> list[str]:
        record = ["---", f"FieldType: {kind}", f"FieldName: {name}"]
        record += [f"FieldNameAlt: {alt}"] if alt else []
        record += ["FieldFlags: 4097"] + ([f"FieldValue: {value}"] if value is not None else [])
        return [*record, "FieldJustification: Left"]

    guideline_lines = [
        "三、支持方向", "（三）平台建设与成果转化奖补类（归口科室：成果转化科）",
        "　　资金采用后补助方式拨付；申报主体须为企业。",
        "方向9：新认定省级新型研发机构补助（编号：YA26-JB01）",
        "　　对2025年新认定的省级新型研发机构给予一次性补助100万元。",
        "方向10：新认定三明市级企业工程技术研究中心补助（编号：YA26-JB02）",
        "　　对2025年新认定的三明市级企业工程技术研究中心给予补助5万元。",
    ]
    lines = [*field("sbdw.dwmc", "福建永安烯材科技有限公司", alt="申报单位名称"),
             *field("sbdw.xydm", "91350481MA8T2K7Q5X", alt="统一社会信用代码"),
             *field("xmlb.cy", "Yes", kind="Button", alt="产业关键技术攻关类")]
    for number, text in enumerate(guideline_lines, start=1):
        lines += field(f"zn.p1.L{number:03d}", text)
    lines += field("cn.qz", None, kind="Signature")
    guideline = parse_document("\n".join(lines).encode(), "yongan.txt")
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_mode, leaf.funding_max_wan,
             leaf.qualifications) for leaf in guideline.leaves] == [
        ("YA26-JB01", "新认定省级新型研发机构补助", "成果转化科", "后补助", 100, ["自治区级平台"]),
        ("YA26-JB02", "新认定三明市级企业工程技术研究中心补助", "成果转化科", "后补助", 5, ["市级平台"])]
    assert "Text" not in (guideline.leaves[0].content or "")


def test_directions_each_written_as_one_sentence() -> None:
    """1．title，content…，每项支持30～50万元，实施周期2年，须由企业牵头申报。: a county lists
    its directions as one sentence each, no labels; the title is the words before the first
    comma, a rule clause after what the project reaches is the applicant's (…达到99%以上，…须为
    高新技术企业), and the office a rule for every direction names manages them all."""
    guideline = _parse([
        "一、申报条件", "　　申报单位须在清徐县内注册登记满1年。", "二、支持方式",
        "　　除另有说明外，以下方向均采取事前资助方式；企业自筹资金与县财政资金比例不低于1:1；项目由县"
        "科技局科技创新股负责受理和过程管理。",
        "三、申报方向",
        "1．清徐老陈醋固态发酵过程智能监测与控制技术研究，围绕老陈醋醋醅翻醅环节温度波动大等问题，研发"
        "醋醅多点温度在线监测装备，每项支持30～50万元，实施周期2年，须由企业牵头申报。",
        "2．山西老陈醋风味物质解析及功能性醋饮品开发，开展风味与功能成分检测方法研究，支持金额20-30万元，"
        "实施周期18个月，企业、高等院校和科研院所均可牵头；",
        "3．焦化副产品煤焦油深加工高值化利用技术研究，开展煤焦油加氢精制工艺研究，主要产品纯度达到99%以上，"
        "每项支持100万元，实施周期3年，须由企业牵头，申报企业须为高新技术企业且上年度研发费用不低于500万元；",
        "4．县域老年人慢性病智慧管理服务模式研究，建立高血压患者随访管理平台，每项支持10～15万元，"
        "实施周期12个月，申报单位不限，采取事后补助方式；",
        "四、联系方式", "　　科技创新股：0351-5722418。",
    ])
    assert [(leaf.title, leaf.office, leaf.funding_mode, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.period_years_max, leaf.enterprise_lead_only,
             leaf.matching_ratio, leaf.min_rd_spend_wan, leaf.qualifications)
            for leaf in guideline.leaves] == [
        ("清徐老陈醋固态发酵过程智能监测与控制技术研究", "科技创新股", "前资助", 30, 50, 2, True, 1,
         None, []),
        ("山西老陈醋风味物质解析及功能性醋饮品开发", "科技创新股", "前资助", 20, 30, 1.5, False, 1,
         None, []),
        ("焦化副产品煤焦油深加工高值化利用技术研究", "科技创新股", "前资助", 100, 100, 3, True, 1,
         500, ["高新技术企业"]),
        ("县域老年人慢性病智慧管理服务模式研究", "科技创新股", "后补助", 10, 15, 1, False, 1,
         None, [])]


def test_tiers_a_direction_says_it_takes_with_their_terms_stated_once() -> None:
    """二、项目类别及支持标准 ⏎ （一）重大专项：…每项支持200万元至500万元… ⏎ （二）重点项目：… and a
    direction's 适用类别：重点项目、一般项目: its terms are those tiers' together, and the tiers'
    lines are no directions."""
    guideline = _parse([
        "一、总体要求", "　　按重大专项、重点项目、一般项目三个类别组织实施。",
        "二、项目类别及支持标准",
        "（一）重大专项：聚焦区域主导产业，每项支持200万元至500万元，采取事前资助、分年度拨付方式，"
        "实施周期不超过3年，须由企业牵头申报。",
        "（二）重点项目：每项支持50万元至100万元，采取事前资助方式，实施周期2年，企业、高等院校均可牵头。",
        "（三）一般项目：每项支持10万元至30万元，采取事前资助方式，实施周期1年，企业、高等院校均可牵头。",
        "三、申报指南", "（一）智能网联与新能源汽车（产业促进科）",
        "1．车规级碳化硅功率模块封装与可靠性测试技术（SY24-QC01）", "适用类别：重大专项",
        "研究内容：研究碳化硅芯片银烧结封装工艺。",
        "2．智能座舱多模态交互软件平台研发（SY24-QC02）", "适用类别：重点项目、一般项目",
        "研究内容：研究多模态融合交互技术。",
    ])
    assert [(leaf.code, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.enterprise_lead_only) for leaf in guideline.leaves] == [
        ("SY24-QC01", "前资助、分年拨付", 200, 500, 3, True),
        ("SY24-QC02", "前资助", 10, 100, 2, False)]


def test_an_award_for_passing_acceptance_names_no_qualification() -> None:
    """对验收合格的市级重点实验室给予30万元后补助 pays for what the project builds: no platform
    the applicant must already hold."""
    guideline = _parse([
        "三、支持方向", "（一）创新平台建设",
        "1．市级重点实验室", "支持内容：支持建设一批市级重点实验室。建设期2年，对验收合格的市级重点实验室"
        "给予30万元后补助。",
        "2．新认定市级企业技术中心补助", "支持内容：对2025年新认定的市级企业技术中心给予补助5万元。",
    ])
    assert [(leaf.funding_max_wan, leaf.qualifications) for leaf in guideline.leaves] == [
        (30, []), (5, ["市级平台"])]


def test_an_approval_forms_print_view_with_the_notice_in_one_field() -> None:
    """A 钉钉 审批单 printed to text (GB18030): form rows │label　│ value, the notice pasted into
    its 通知正文 field going on in rows whose label cell is empty, the frame's rules, a page
    footer and the approval trail after it (an approver's comment quoting 300万元 and 1:1)."""
    gutter = "│　　　　　　│ "
    lines = [
        "钉钉 · 审批单打印", "┌──────┬────────────────────────────────",
        "│审批编号　　│ 202305041032000418562", "│申请人　　　│ 邱志强",
        "│通知正文　　│ 赣州市南康区科学技术局关于组织申报2023年度区级科技计划项目的通知",
        *(gutter + text for text in [
            "康科字〔2023〕4号", "一、区重点研发计划（归口：高新技术科）",
            "本计划采取前资助方式，项目实施期限为2年。须由企业牵头申报。",
            "（一）实木家具智能制造关键技术【NK2023-ZD01】",
            "研究内容：研究实木家具柔性生产线技术。", "资助额度：150万元-300万元；拟支持1项。",
            "（二）家具环保涂装与VOCs治理【NK2023-ZD02】", "研究内容：研发水性UV涂料喷涂工艺。",
            "资助额度：不超过100万元。上年度研发投入占营业收入比例不低于3%，且不低于200万元。",
            "二、申报要求", "1.每个单位限报1项。", "赣州市南康区科学技术局"]),
        "├──────┴────────────────────────────────", "│审批流程",
        "│ 钟经理（技术中心）已同意　2023-05-04 14:07　意见：ZD01按上限300万元编报，自筹不少于1:1",
        "└──────────────────────────────────────", "",
        "打印人：邱志强　打印时间：2023-05-05 09:30　第1页/共1页",
    ]
    guideline = parse_document("\r\n".join(lines).encode("gb18030"), "nankang.txt")
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.enterprise_lead_only, leaf.min_rd_spend_wan, leaf.matching_ratio,
             leaf.source_line) for leaf in guideline.leaves] == [
        ("NK2023-ZD01", "实木家具智能制造关键技术", "高新技术科", 150, 300, True, None, None, 9),
        ("NK2023-ZD02", "家具环保涂装与VOCs治理", "高新技术科", None, 100, True, 200, None, 12)]


def test_a_syslog_whose_long_records_go_on_in_cont_records() -> None:
    """A gateway's syslog of the notice, a record a line, a record over 60 characters going on in
    a `cont` record (cutting 2:1 after its 2), other programs' records between: the last reading
    takes the records of the same prefix, a `cont` one too, and its text is joined back."""
    def record(seq: int, text: str, cont: bool = False) -> str:
        mark = " cont" if cont else ""
        return (f"2025-03-12T09:15:{seq:02d}+08:00 zy-gw01 policyfeed[18234]: "
                f"[ZKF2025-5 {seq:04d}/0057{mark}] {text}")

    lines = [
        record(1, "一、项目类别及支持标准"),
        record(2, "1.重点项目：采取前资助方式，资助额度50～100万元，实施期2年，须由企业牵头申报，企业自筹资金与财政资助比例不低于2"),
        record(3, ":1。", cont=True),
        "2025-03-12T09:15:03+08:00 zy-gw01 CRON[20411]: (root) CMD (/usr/local/bin/ntp-check.sh)",
        record(4, "二、支持方向"), record(5, "（一）汽车及零部件"), record(6, "归口科室：工业科技科"),
        record(7, "1.商用车制动摩擦材料无铜化技术（ZY25QC01）"), record(8, "研究内容：研究无铜摩擦材料配方。"),
        record(9, "项目类别：重点项目。拟支持2项。"),
        record(10, "2.新能源汽车电驱壳体轻量化铸造（ZY25QC02）"), record(11, "研究内容：开发高真空压铸电驱壳体。"),
        record(12, "项目类别：重点项目。"),
        record(13, "3.首台（套）装备推广后补助（ZY25QC03）"),
        record(14, "对规模以上工业企业研制的首台（套）装备，按一档60万元、二档40万元、三档20万元给予补助。"),
    ]
    guideline = _parse(lines)
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.matching_ratio)
            for leaf in guideline.leaves] == [
        ("ZY25QC01", 50, 100, 2), ("ZY25QC02", 50, 100, 2), ("ZY25QC03", 20, 60, None)]


def test_standards_term_by_term_with_exceptions_by_item_number() -> None:
    """三、支持标准 ⏎ （一）资助额度。一般每项不超过30万元，其中第3项不超过50万元… ⏎ （三）牵头单位。
    除第2项外均须由企业牵头申报；… ⏎ （六）自筹经费。…一般不低于1:1，第1项不低于2:1，第4项不作要求:
    each term's general clause is every item's, as a heading's terms would be, save the items
    it excepts or a later clause numbers, whose own clause is theirs."""
    guideline = _parse([
        "一、总体要求", "　　申报单位须在博州境内注册1年以上。", "二、支持方向",
        "（一）农牧业与生态（归口科室：农村科技科）",
        "1．【BZ25-01】精河枸杞优质高产栽培与精深加工关键技术", "　　研究内容：集成枸杞水肥一体化技术。",
        "2．【BZ25-02】棉花膜下滴灌水肥一体化技术集成示范", "　　研究内容：开展技术集成。",
        "（二）工业与口岸经济（归口科室：高新技术科）",
        "3．【BZ25-03】阿拉山口风区风电机组智能运维技术", "　　研究内容：开展风电机组故障诊断研究。",
        "4．【BZ25-04】口岸中欧班列货物智能通关技术应用", "　　研究内容：开展班列货物智能查验应用。",
        "三、支持标准",
        "　　（一）资助额度。一般每项不超过30万元，其中第3项不超过50万元，第4项支持10～20万元。",
        "　　（二）实施期限。一般为2年，第1项为3年。",
        "　　（三）牵头单位。除第2项外均须由企业牵头申报；第2项企业、高等院校均可牵头。",
        "　　（四）资助方式。均采取事前资助方式，第4项采取事后补助方式。",
        "　　（五）自筹经费。自筹资金与州财政资助资金比例一般不低于1:1，第1项不低于2:1，第4项不作要求。",
        "　　（六）其他。第3项申报企业须为高新技术企业。",
        "四、申报方式", "　　请登录系统在线填报。",
    ])
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max,
             leaf.enterprise_lead_only, leaf.funding_mode, leaf.matching_ratio,
             leaf.qualifications, "funding_max_wan" in leaf.inherited)
            for leaf in guideline.leaves] == [
        ("BZ25-01", None, 30, 3, True, "前资助", 2, [], True),
        ("BZ25-02", None, 30, 2, False, "前资助", 1, [], True),
        ("BZ25-03", None, 50, 2, True, "前资助", 1, ["高新技术企业"], False),
        ("BZ25-04", 10, 20, 2, True, "后补助", None, [], False)]


def test_a_notice_of_every_bureaus_support_and_terms_for_ranges_of_items() -> None:
    """A 管委会's notice of a whole round of support: （一）工业和信息化类（经济发展局受理） and
    （三）商务类 are other bureaus' classes, no science plans; （二）科技创新类（科技创新局受理）'s
    共性要求：本类第4—5项为…事前资助…；第6项为科技奖补项目，… says each part of its items."""
    guideline = _parse([
        "一、申报项目及支持标准", "（一）工业和信息化类（经济发展局受理）",
        "1．工业技术改造项目", "　　申报条件：设备投资额不低于1000万元。",
        "　　支持标准：按设备投资额的8%给予奖补，单个项目最高不超过800万元。",
        "2．智能工厂和数字化车间", "　　支持标准：智能工厂一次性奖励100万元。",
        "（二）科技创新类（科技创新局受理）",
        "　　共性要求：本类第4—5项为基地科技计划项目，须由企业牵头申报，采取事前资助方式，项目实施期限"
        "不超过2年，企业自筹资金与基地资助资金比例不低于1:1；第6项为科技奖补项目，按年度集中兑现。",
        "4．煤制油化工关键技术攻关", "　　申报条件：围绕煤直接液化开展攻关。", "　　支持标准：每项支持200～300万元。",
        "5．锂离子电池正负极材料研发", "　　申报条件：围绕磷酸铁锂开展研发。", "　　支持标准：每项支持80万元。",
        "6．高新技术企业认定奖补", "　　申报条件：2025年度通过认定的高新技术企业。",
        "　　支持标准：以奖代补，对首次认定的高新技术企业给予一次性奖补30万元。",
        "（三）商务类（商务和投资促进局受理）", "7．外贸进出口稳增长奖励",
        "　　支持标准：按进出口额每1美元奖励0.02元，单个企业最高不超过100万元。",
        "8．招商引资中介奖励", "　　支持标准：按项目实际到位资金的1‰给予奖励，最高不超过50万元。",
        "二、申报时间", "　　2026年3月16日至4月15日。",
    ])
    assert [(leaf.title, leaf.office, leaf.funding_mode, leaf.period_years_max,
             leaf.matching_ratio) for leaf in guideline.leaves] == [
        ("煤制油化工关键技术攻关", "科技创新局", "前资助", 2, 1),
        ("锂离子电池正负极材料研发", "科技创新局", "前资助", 2, 1),
        ("高新技术企业认定奖补", "科技创新局", "奖补", None, None)]


def test_a_postscript_print_file_with_items_numbered_di_n_xiang() -> None:
    """A print server's PostScript file: %!PS comments and a prolog, a line of text a command
    (56 y moveto (…) show, a font set before some), \\( and \\) escaped in the strings, the page
    operators between; 第1项　title（编号：…） items coded as directions sit under their group
    (第一项　重点研发专项 with no code would be a part); 奖励资金分年度拨付 under 事后补助 is how
    the mode above pays, said here."""
    def shown(y: int, text: str) -> str:
        return f"56 {y} moveto ({text.replace('(', chr(92) + '(').replace(')', chr(92) + ')')}) show"

    lines = ["%!PS-Adobe-3.0", "%%Creator: XWOA PrintServer 3.2", "%%EndComments", "%%BeginProlog",
             "/F1 /STSong-Light-UniGB-UTF8-H findfont 10.5 scalefont def", "%%EndProlog",
             "%%Page: 1 1", "gsave", "F1 setfont " + shown(806, "宣威市科学技术局"),
             shown(790, "一、申报基本条件"), shown(770, "申报单位须为在宣威市注册的独立法人。"),
             shown(750, "二、项目指南"), shown(730, "（一）产业技术攻关项目"),
             shown(710, "支持方式：前资助。执行期限2年。企业、高校、科研院所均可牵头申报。"),
             shown(690, "第1项　宣威火腿低盐快速发酵工艺研究（编号：XW25-CY01）"),
             shown(670, "责任科室：科技成果转化科"), shown(650, "资助标准：40～60万元，拟支持2项。"),
             shown(630, "第2项　高原马铃薯脱毒种薯繁育技术（编号：XW25-CY02）"),
             shown(610, "责任科室：农村科技科"), shown(590, "资助标准：最高35万元。"),
             shown(570, "（二）企业创新奖励"), shown(550, "支持方式：事后补助。"),
             shown(530, "第3项　省级创新平台奖励（编号：XW25-JL01）"),
             shown(510, "对新认定的省级重点实验室，奖励50万元，奖励资金分年度拨付。"),
             shown(490, "第4项　高新技术企业认定奖励（编号：XW25-JL02）"),
             shown(470, "对首次认定的高新技术企业奖励20万元。"), "showpage", "grestore", "%%Trailer", "%%EOF"]
    guideline = parse_document("\n".join(lines).encode(), "xuanwei.ps.txt")
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_mode, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.period_years_max, leaf.enterprise_lead_only,
             leaf.source_line) for leaf in guideline.leaves] == [
        ("XW25-CY01", "宣威火腿低盐快速发酵工艺研究", "科技成果转化科", "前资助", 40, 60, 2, False, 15),
        ("XW25-CY02", "高原马铃薯脱毒种薯繁育技术", "农村科技科", "前资助", None, 35, 2, False, 18),
        ("XW25-JL01", "省级创新平台奖励", None, "后补助、分年拨付", 50, 50, None, None, 23),
        ("XW25-JL02", "高新技术企业认定奖励", None, "后补助", 20, 20, None, True, 25)]


def test_a_table_of_directions_whose_class_cells_were_merged() -> None:
    """表1 with 领域 | 归口股室 | 支持方式 | 实施期限 | 牵头要求 | 序号 | 项目方向 | … | 备注, the first
    five cells merged over each 领域's block (so empty on its later rows): each row has its
    block's terms, its 备注 stating its own (须由企业牵头, 实施期限1年, 采取事后补助方式) over them,
    and a rule written for named 领域 (苹果产业…领域项目，自筹…1:1) binds their rows only."""
    rows = [
        "领域\t归口股室\t支持方式\t实施期限\t牵头要求\t序号\t项目方向\t支持额度\t拟支持数\t备注",
        "苹果产业\t农村科技股\t事前资助\t2年\t企业、农民专业合作社、科研单位均可牵头\t1\t苹果矮砧集约栽培技术示范\t20～30万元\t2项\t",
        "\t\t\t\t\t2\t苹果腐烂病绿色综合防控技术研究\t最高15万元\t—\t",
        "\t\t\t\t\t3\t苹果采后分级与气调贮藏技术\t20万元\t1项\t须由企业牵头",
        "\t\t\t\t\t4\t苹果区块链质量追溯应用\t10-20万元\t不限\t实施期限1年",
        "社会发展\t社会发展股\t事前资助\t1年\t不限\t5\t塬面保护与沟道水土保持技术示范\t15万元\t1项\t",
        "\t\t\t\t\t6\t县域医共体远程会诊平台应用\t10～15万元\t1项\t采取事后补助方式",
    ]
    guideline = _parse([
        "一、申报条件", "　　（一）申报单位须在洛川县境内注册登记。",
        "　　（二）苹果产业领域项目，自筹资金与县级财政资金比例不低于1:1。",
        "二、支持领域及方向", "　　本年度支持领域、方向及支持标准见表1。", "表1　洛川县2024年度科技计划项目支持方向表",
        *rows, "三、申报程序", "　　申报时间：2024年3月15日至4月15日。",
    ])
    assert [(leaf.title, leaf.office, leaf.funding_mode, leaf.period_years_max,
             leaf.enterprise_lead_only, leaf.funding_max_wan, leaf.matching_ratio)
            for leaf in guideline.leaves] == [
        ("苹果矮砧集约栽培技术示范", "农村科技股", "前资助", 2, False, 30, 1),
        ("苹果腐烂病绿色综合防控技术研究", "农村科技股", "前资助", 2, False, 15, 1),
        ("苹果采后分级与气调贮藏技术", "农村科技股", "前资助", 2, True, 20, 1),
        ("苹果区块链质量追溯应用", "农村科技股", "前资助", 1, False, 20, 1),
        ("塬面保护与沟道水土保持技术示范", "社会发展股", "前资助", 1, False, 15, None),
        ("县域医共体远程会诊平台应用", "社会发展股", "后补助", 1, False, 15, None)]


def test_notes_closing_each_plan_say_what_its_marks_mean() -> None:
    """1．…关键技术①③ and 注1：标注①的方向须由企业牵头申报。 注3：标注③的方向实施期限为3年。 closing
    the plan: a direction takes what its marks mean there, over the plan's terms; under the next
    plan ① means another thing; the marks are no part of the title, the notes no direction's."""
    guideline = _parse([
        "二、申报指南", "（一）重点研发计划（归口科室：高新技术科）",
        "　　支持方式为事前资助，每项支持30～50万元，实施期限一般为2年。",
        "1．长白山人参林下种植与品质提升关键技术①③", "　　研究内容：研究林下参生态种植技术。",
        "2．朝鲜族特色食品标准化生产技术②", "　　研究内容：研究发酵菌种控制工艺。",
        "3．长白山矿泉水品质保持与包装技术", "　　研究内容：研究矿泉水无菌灌装技术。",
        "　　注1：标注①的方向须由企业牵头申报。", "　　注2：标注②的方向采取事后补助方式，每项补助不超过40万元。",
        "　　注3：标注③的方向实施期限为3年。",
        "（二）科技成果转化引导计划（归口科室：成果转化科）",
        "　　支持方式为事后补助，每项最高不超过60万元，须由企业牵头申报。",
        "4．人参皂苷深加工产品成果转化①", "　　研究内容：支持人参皂苷深加工成果产业化。",
        "5．林蛙油、鹿茸等特色资源产品转化", "　　研究内容：支持特色资源精深加工产品转化。",
        "　　注1：标注①的方向每项支持20万元。",
    ])
    assert [(leaf.title, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.enterprise_lead_only) for leaf in guideline.leaves] == [
        ("长白山人参林下种植与品质提升关键技术", "前资助", 30, 50, 3, True),
        ("朝鲜族特色食品标准化生产技术", "后补助", None, 40, 2, None),
        ("长白山矿泉水品质保持与包装技术", "前资助", 30, 50, 2, None),
        ("人参皂苷深加工产品成果转化", "后补助", 20, 20, None, True),
        ("林蛙油、鹿茸等特色资源产品转化", "后补助", None, 60, None, True)]


@pytest.mark.parametrize(("said", "modes"), [
    ("重大科技专项采取“里程碑式”补助方式，按任务节点考核拨付资金。", ["里程碑式补助"]),
    ("采取‘以奖代补’方式。", ["奖补"]),
    ("分年度拨付，采取事前资助方式。", ["前资助", "分年拨付"]),  # (the way first, then when)
    ("资助方式：分年拨付（前资助与后补助结合）", ["前资助", "后补助", "分年拨付"]),
])
def test_funding_modes_quoted_and_in_their_usual_order(said: str, modes: list[str]) -> None:
    assert fx.funding_modes(said) == modes


def test_a_schedule_said_by_a_group_takes_the_mode_said_above_it() -> None:
    """指南说明：…资金分年度拨付。 under a plan whose projects are 前资助: its directions are
    前资助、分年拨付, the schedule the group's and the way the plan's."""
    guideline = _parse([
        "一、重点研发计划", "　　本计划项目采取前资助方式。",
        "（一）装备制造专项（归口科室：工业科技科）",
        "指南说明：项目实施周期不超过3年，资金分年度拨付。项目须由企业牵头申报。",
        "1．大型冶金矿山装备智能化升级", "研究内容：开展装备状态感知研究。", "支持经费：100～150万元。",
        "2．高精度数控机床关键功能部件", "研究内容：开展电主轴设计研究。", "支持经费：最高80万元。",
    ])
    assert [(leaf.funding_mode, leaf.period_years_max, leaf.enterprise_lead_only)
            for leaf in guideline.leaves] == [("前资助、分年拨付", 3, True)] * 2


def test_awards_to_centres_said_in_other_ways() -> None:
    """Whom an award goes to, said as ◆补助标准：对…中心，给予…, 对已认定的…研发中心开展绩效评价，
    …给予…, 对新认定的…中心奖补30万元 (no 给予), or 对经认定的市级技术转移示范机构…: the
    platform it names is the qualification; a tier for firms 营业收入5亿元以上的 is still a grant;
    a centre's name (…研发中心奖励20万元) is no spending of the applicant's."""
    guideline = _parse([
        "三、支持方向", "（一）平台与机构奖补（归口科室：成果转化科）", "　　本类采取以奖代补方式。",
        "1．新认定自治区级工程技术研究中心补助",
        "◆补助标准：对2024年度新认定的自治区级工程技术研究中心，给予依托单位一次性补助50万元。",
        "2．市级企业研发中心绩效评价奖补",
        "支持内容：对已认定的市级企业研发中心开展绩效评价，评价结果为优秀的给予30万元奖补。",
        "3．省级研发机构建设奖补", "支持内容：对新认定的省级工程技术研究中心奖补30万元。",
        "4．技术转移机构绩效补助", "支持内容：对经认定的市级技术转移示范机构，根据绩效评价结果给予补助。",
        "5．新认定高新技术企业奖励",
        "支持内容：对首次认定的高新技术企业给予奖励，营业收入5亿元以上的一档奖励20万元，其余二档奖励10万元。",
        "6．省级研发机构奖励",
        "资助强度：对新认定的省级企业研究院奖励50万元，省级高新技术企业研发中心奖励20万元。",
    ])
    assert [(leaf.funding_min_wan, leaf.funding_max_wan, leaf.qualifications)
            for leaf in guideline.leaves] == [
        (50, 50, ["自治区级平台"]), (30, 30, ["市级平台"]), (30, 30, ["自治区级平台"]),
        (None, None, ["市级平台"]), (10, 20, ["高新技术企业"]), (20, 50, ["自治区级平台"])]


def test_a_group_waives_the_period_a_rule_for_all_states() -> None:
    """除另有说明外，项目实施年限为2年 for every direction, and a group's 实施年限不作要求: its
    directions have no period."""
    guideline = _parse([
        "一、总体要求", "　　除另有说明外，项目实施年限为2年，企业、高校、科研院所均可牵头申报。",
        "二、支持方向", "（一）重点研发", "1．高性能铝合金轻量化材料", "研究内容：开展铝合金研发。",
        "2．煤矸石制备建材技术", "研究内容：开展建材研发。",
        "（二）企业研发后补助", "　　本组采取事后补助方式，申报主体须为企业，实施年限不作要求。",
        "3．企业研发投入后补助", "研究内容：对研发投入增长的企业给予补助，最高50万元。",
        "4．新型研发机构后补助", "研究内容：对新型研发机构给予补助，最高30万元。",
    ])
    assert [(leaf.period_years_max, leaf.funding_mode) for leaf in guideline.leaves] == [
        (2, None), (2, None), (None, "后补助"), (None, "后补助")]


def test_support_types_in_a_table_and_chains_with_their_offices() -> None:
    """表1 支持类型 | 支持方式 | 资助额度 | 实施期限 by 研发类/平台类, each direction's 支持类型：研发类。
    run in with its content, chains with （链长制办公室：…管委会）: each direction takes its type's
    row and its chain's office; the section holding the table is no direction."""
    guideline = _parse([
        "一、申报条件", "　　（一）申报单位应为在章丘区注册登记的企业。",
        "二、支持类型及资助标准", "　　各方向按所列支持类型执行下表标准；方向另有规定的，从其规定。",
        "表1　支持类型资助标准", "支持类型\t支持方式\t资助额度\t实施期限", "研发类\t事前资助\t30～50万元\t2年",
        "平台类\t事后补助\t最高100万元\t3年",
        "三、重点产业链及支持方向", "（一）新材料产业链（链长制办公室：区工业和信息化局）",
        "1．生物基酚醛树脂及高端复合材料", "　　支持类型：研发类。研究内容：开展生物基酚醛树脂合成研究。",
        "2．新材料中试验证平台", "　　支持类型：平台类。支持内容：支持建设中试验证平台。拟支持1项。",
        "（二）高端装备产业链（链长制办公室：明水经济技术开发区管委会）",
        "3．重型商用车智能线控底盘关键技术", "　　支持类型：研发类。研究内容：开展线控转向研发。",
        "4．新能源商用车电驱动总成", "　　支持类型：研发类。研究内容：开展电驱动总成研发。",
    ])
    assert [(leaf.title, leaf.office, leaf.funding_mode, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.period_years_max) for leaf in guideline.leaves] == [
        ("生物基酚醛树脂及高端复合材料", "区工业和信息化局", "前资助", 30, 50, 2),
        ("新材料中试验证平台", "区工业和信息化局", "后补助", None, 100, 3),
        ("重型商用车智能线控底盘关键技术", "明水经济技术开发区管委会", "前资助", 30, 50, 2),
        ("新能源商用车电驱动总成", "明水经济技术开发区管委会", "前资助", 30, 50, 2)]


def test_paragraph_directions_whose_titles_list_with_a_dunhao() -> None:
    """Unnumbered paragraphs that open with the direction's name and a full stop, the name
    listing with 、 (肉苁蓉、锁阳人工接种…技术。): every one a direction, the first too."""
    guideline = _parse([
        "二、重点支持方向", "（一）沙产业与生态保护科技专项（农村牧区科技科）",
        "　　本专项采取事前资助方式，实施期限2年，企业、高等院校和科研院所均可牵头申报。",
        "　　肉苁蓉、锁阳人工接种与提质增效技术。重点研究梭梭—肉苁蓉高效接种技术。本方向每项支持30万元，拟支持2项。",
        "　　梭梭林保护与退化林分修复技术。针对梭梭林退化问题，研究病虫害绿色防控。本方向每项支持20万元。",
        "　　阿拉善白绒山羊和双峰驼种质资源保护利用。开展遗传资源普查。本方向每项支持25万元。",
    ])
    assert [(leaf.title, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in guideline.leaves] == [
        ("肉苁蓉、锁阳人工接种与提质增效技术", 30, 2), ("梭梭林保护与退化林分修复技术", 20, 2),
        ("阿拉善白绒山羊和双峰驼种质资源保护利用", 25, 2)]


def test_items_of_a_fund_and_its_general_rules_in_zongze() -> None:
    """事项一　研发费用增量补助（JS2025-01） items of a 专项资金, and 一、总则 ⏎ （二）申报主体须为…
    科技型中小企业: every item is for such firms (a table of classes in 总则 stays the classes')."""
    guideline = _parse([
        "一、总则", "（一）2025年区财政安排专项资金2000万元。",
        "（二）申报主体须为在金水区注册登记、纳税，且已入库的科技型中小企业。",
        "二、支持事项", "（一）研发创新类（归口科室：科技创新科）", "本类事项采取事后补助方式。",
        "事项一　研发费用增量补助（JS2025-01）", "支持标准：按研发费用增量的10%给予补助，最高50万元。",
        "事项二　首台（套）产品研发补助（JS2025-02）", "支持标准：给予一次性补助30万元。",
    ])
    assert [(leaf.code, leaf.title, leaf.funding_mode, leaf.funding_max_wan, leaf.enterprise_lead_only,
             leaf.qualifications) for leaf in guideline.leaves] == [
        ("JS2025-01", "研发费用增量补助", "后补助", 50, True, ["科技型中小企业"]),
        ("JS2025-02", "首台（套）产品研发补助", "后补助", 30, True, ["科技型中小企业"])]


def test_a_field_whose_terms_refer_to_another_by_its_number() -> None:
    """（三）… ⏎ 本领域项目…均参照（二）执行: the field takes the terms （二） states."""
    guideline = _parse([
        "二、支持方向",
        "（一）绿色矿业", "本领域项目采取事前资助方式，每项资助最高80万元，实施期限3年，须由企业牵头申报。",
        "1．稀有金属矿选冶技术", "研究内容：开展选冶技术研究。", "2．尾矿综合利用技术", "研究内容：开展尾矿利用研究。",
        "（二）文旅融合", "本领域项目采取事后补助方式，每项最高30万元，实施期限1年，申报单位不限。",
        "1．冰雪旅游数字化服务", "研究内容：开展数字化服务研究。", "2．非遗数字化保护", "研究内容：开展非遗保护。",
        "（三）边境贸易", "本领域项目参照（二）执行。",
        "1．口岸智慧通关技术", "研究内容：开展智慧通关研究。", "2．跨境物流追溯", "研究内容：开展物流追溯研究。",
    ])
    assert [(leaf.funding_mode, leaf.funding_max_wan, leaf.period_years_max,
             leaf.enterprise_lead_only) for leaf in guideline.leaves][4:] == [
        ("后补助", 30, 1, False)] * 2


def test_a_notice_in_articles_whose_terms_follow_the_list() -> None:
    """A 公告 in 第一条…第九条: 第二条 lists the directions in classes, 第三条–第六条 state the terms
    (县级科技计划项目采取事前资助方式…。工业类项目每项资助10～30万元；农业与社会发展类项目…): each
    clause opening with a class is that class's, the rest every class's; none is a direction's."""
    guideline = _parse([
        "第一条　本公告依据《平遥县科技计划项目管理办法（试行）》制定。",
        "第二条　本年度县级科技计划项目重点支持工业类、农业与社会发展类共4个方向，具体如下：",
        "（一）工业类（业务股室：高新技术股）", "1．平遥牛肉低温保鲜与品质提升技术", "　　研究内容：开展低温杀菌研究。",
        "2．推光漆器环保涂料与传统工艺创新", "　　研究内容：研发低VOC推光漆替代材料。",
        "（二）农业与社会发展类（业务股室：农村与社会发展股）", "3．平遥长山药脱毒种苗繁育", "　　研究内容：建立脱毒组培快繁体系。",
        "4．农村生活污水分散式处理技术示范", "　　研究内容：开展分散式污水处理示范。本方向实施期限2年。",
        "第三条　申报单位须为在平遥县注册登记的企事业单位。工业类项目须由企业牵头申报；农业与社会发展类项目企业、事业单位均可牵头。",
        "第四条　县级科技计划项目采取事前资助方式。工业类项目每项资助10～30万元；农业与社会发展类项目每项资助最高不超过10万元。",
        "第五条　工业类项目实施期限为2年；农业与社会发展类项目实施期限为1年。",
        "第六条　2022年县财政安排科技计划项目资金300万元。同一单位限报1项。",
    ])
    assert [(leaf.office, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.enterprise_lead_only) for leaf in guideline.leaves] == [
        ("高新技术股", "前资助", 10, 30, 2, True), ("高新技术股", "前资助", 10, 30, 2, True),
        ("农村与社会发展股", "前资助", None, 10, 1, False),
        ("农村与社会发展股", "前资助", None, 10, 2, False)]


def test_a_chat_channels_json_export_of_the_notice() -> None:
    """A Slack channel export: the policy bot's messages a paragraph each ("text" with \\n and
    &amp;), staff replies between; the bot's messages read as the notice, a message's later
    lines on its object's following lines, the replies and other keys blank."""
    def message(text: str, bot: bool = True) -> list[str]:
        who = ['        "username": "政策小助手",', '        "bot_id": "B05KX2T9LQM"'] if bot else \
            ['        "user": "U02AB12CD",', '        "user_name": "王工"']
        return ["    {", '        "type": "message",', f'        "text": {json.dumps(text)},',
                '        "ts": "1713233965.502139",', *who, "    },"]

    lines = ["[", *message("三、支持方向"),
             *message("（一）工业科技攻关（归口科室：高新技术科）"),
             *message("本类项目采用前资助方式，须由企业牵头申报，实施期限2年。"),
             *message("1. 硅基新材料高纯石英砂提纯技术"),
             *message("指南代码：XY24GY01\n支持强度：100～200万元，拟支持2项。"),
             *message("<@U05ABC> 收到，我们报第1个方向 :+1:", bot=False),
             *message("2. 光伏玻璃节能窑炉与深加工技术"),
             *message("指南代码：XY24GY02\n支持强度：最高150万元。\n申报条件：申报单位上年度R&amp;D经费支出不低于800万元。"),
             "    {}", "]"]
    guideline = parse_document("\n".join(lines).encode(), "xinyi.json.txt")
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_mode, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.min_rd_spend_wan, leaf.source_line)
            for leaf in guideline.leaves] == [
        ("XY24GY01", "硅基新材料高纯石英砂提纯技术", "高新技术科", "前资助", 100, 200, None, 25),
        ("XY24GY02", "光伏玻璃节能窑炉与深加工技术", "高新技术科", "前资助", None, 150, 800, 46)]


def test_a_policy_explainer_whose_answers_hold_the_directions_and_the_terms() -> None:
    """A 政策解读 as 问：/答： pairs: one answer lists the directions in classes, another says each
    class's terms (研发攻关类项目采取事前资助方式…；成果转化类项目…), the answer on who may apply
    says each class's rule after 其中: each clause is its class's, wherever it was read into."""
    guideline = _parse([
        "《小店区2024年度科技计划项目申报指南》政策解读", "来源：太原市小店区科学技术局　　发布时间：2024-04-18",
        "　　近日，区科学技术局印发了《小店区2024年度科技计划项目申报指南》，现就有关问题解读如下。",
        "问：《指南》出台的背景是什么？", "答：区财政2024年安排科技计划项目资金2000万元。",
        "问：哪些单位可以申报？",
        "答：申报单位须为在小店区注册登记的企业、高等院校及科研院所。其中，研发攻关类项目须由企业牵头申报，"
        "申报企业上年度研发费用不低于100万元；成果转化类项目申报主体须为已入库的科技型中小企业。",
        "问：2024年度指南重点支持哪些方向？", "答：2024年度共设2类4个方向，具体如下：",
        "（一）研发攻关类（归口科室：高新技术科）", "1．第三代半导体碳化硅衬底加工技术", "　　开展切割、研磨工艺研究。",
        "2．氢燃料电池电堆关键材料", "　　开展质子交换膜研究。本方向实施期限3年。",
        "（二）成果转化类（归口科室：成果转化科）", "3．高校院所科技成果在区转化", "　　支持企业承接科技成果。",
        "4．首台（套）装备推广应用", "　　支持首台（套）装备示范应用。本方向每项补助最高不超过40万元。",
        "问：各类项目的支持方式和额度是多少？",
        "答：研发攻关类项目采取事前资助方式，每项资助30-80万元，实施期限2年；成果转化类项目采取事后补助方式，"
        "每项补助最高不超过50万元，实施期限1年。",
    ])
    assert [(leaf.office, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.enterprise_lead_only, leaf.min_rd_spend_wan,
             leaf.qualifications) for leaf in guideline.leaves] == [
        ("高新技术科", "前资助", 30, 80, 2, True, 100, []),
        ("高新技术科", "前资助", 30, 80, 3, True, 100, []),
        ("成果转化科", "后补助", None, 50, 1, True, None, ["科技型中小企业"]),
        ("成果转化科", "后补助", None, 40, 1, True, None, ["科技型中小企业"])]


def test_a_period_stated_once_under_the_overall_requirements() -> None:
    """一、总体要求 ⏎ 1．本年度计划项目实施期限原则上为2年。: every direction's period unless
    its own says otherwise."""
    guideline = _parse([
        "一、总体要求", "1．本年度计划项目实施期限原则上为2年。", "2．市级财政科技专项资金总额800万元。",
        "二、指南方向", "（一）重点研发计划", "归口科室：高新技术科", "支持方式：前资助。",
        "1. 赤壁青砖茶精深加工关键技术", "资助标准：30～50万元。",
        "2. 苎麻纺织绿色印染技术", "资助标准：最高40万元。实施期限1年。",
    ])
    assert [(leaf.period_years_max, leaf.funding_mode) for leaf in guideline.leaves] == [
        (2, "前资助"), (1, "前资助")]


def test_an_excerpt_that_begins_mid_outline_keeps_its_first_section() -> None:
    """二、支持方式 as the text's first line (an excerpt pasted from the middle of a notice):
    a section whose terms bind the directions after it, not a stray line before the outline."""
    guideline = _parse([
        "二、支持方式", "本专项采取前资助方式，每项资助不超过50万元，实施期限2年。",
        "三、支持方向", "1. 智能装备关键零部件研发", "研究内容：研发高精度减速器。",
        "2. 新型储能材料制备技术", "研究内容：研发固态电解质。",
        "四、联系方式", "联系人：张三，电话：0771-1234567",
    ])
    assert [(leaf.title, leaf.funding_mode, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in guideline.leaves] == [
        ("智能装备关键零部件研发", "前资助", 50, 2), ("新型储能材料制备技术", "前资助", 50, 2)]


def test_directions_listed_with_half_bracket_numbers_keep_their_group_terms() -> None:
    """支持方向包括以下3个： ⏎ 1)… ⏎ 2)… then the group's 支持方式：…: the list's items are its
    directions (numbered 1) as well as 1．), the terms after them the group's, for all three."""
    guideline = _parse([
        "一、申报项目类别及支持方向", "（一）科技型企业创新能力提升项目", "　　归口科室：科技创新科。",
        "　　支持方向包括以下3个：", "1)工业软件与数字孪生平台开发", "　　支持工业软件研发。",
        "2)信创软件与人工智能应用", "　　支持信创适配研发。", "3)绿色低碳与建筑节能技术",
        "　　支持建筑节能技术研发。",
        "　　支持方式：均采取事前资助方式，每项支持20～50万元，实施期限2年，项目须由企业牵头申报。",
        "二、联系方式", "　　科技创新科：022-88355216",
    ])
    assert [(leaf.title, leaf.funding_mode, leaf.funding_max_wan, leaf.enterprise_lead_only)
            for leaf in guideline.leaves] == [
        ("工业软件与数字孪生平台开发", "前资助", 50, True),
        ("信创软件与人工智能应用", "前资助", 50, True),
        ("绿色低碳与建筑节能技术", "前资助", 50, True)]


@pytest.mark.parametrize("number", ["{n}．", "（{n}）", "{c}"])
def test_questions_naming_directions_in_any_list_style(number: str) -> None:
    """（1）我公司…，如何申报“…”方向？ / ①…: a guideline written as a firm's numbered questions
    reads each as its direction's heading however the list is numbered (③ as well as 3．)."""
    def ask(n: int, text: str) -> str:
        return number.format(n=n, c="①②③"[n - 1]) + text
    guideline = _parse([
        "二、科技创新重点项目（归口科室：科技发展科）",
        ask(1, "我公司从事新能源汽车零部件研发，如何申报“智能网联汽车关键零部件”方向？"),
        "　　指南代码：JN2022ZD01。本方向支持车载传感器研发。资助额度为50～100万元。",
        ask(2, "“海河教育园区产学研协同创新”方向对申报单位有什么要求？"),
        "　　指南代码：JN2022ZD02。本方向支持联合攻关。资助额度最高80万元。",
        ask(3, "我们是高校，能否牵头申报“新材料与绿色低碳技术”方向？"),
        "　　指南代码：JN2022ZD03。可以。企业、高校均可牵头申报。资助额度30-50万元。",
    ])
    assert [(leaf.title, leaf.code, leaf.funding_max_wan) for leaf in guideline.leaves] == [
        ("智能网联汽车关键零部件", "JN2022ZD01", 100), ("海河教育园区产学研协同创新", "JN2022ZD02", 80),
        ("新材料与绿色低碳技术", "JN2022ZD03", 50)]


@pytest.mark.parametrize("number", ["{n}）", "（{n}）", "{c}"])
def test_standards_naming_items_by_number_whatever_the_items_numbering(number: str) -> None:
    """三、支持标准 ⏎ （一）资助额度。一般每项不超过30万元，其中第3项不超过50万元: 第N项 names the
    Nth item of a list numbered straight through, whether written 3） （3） or ③."""
    def item(n: int, text: str) -> str:
        return number.format(n=n, c="①②③④⑤"[n - 1]) + text
    guideline = _parse([
        "二、支持方向", "（一）农牧业与生态（归口科室：农村科技科）",
        item(1, "【BZ25-01】精河枸杞优质高产栽培"), "　　研究内容：集成枸杞水肥一体化技术。",
        item(2, "【BZ25-02】棉花膜下滴灌水肥一体化"), "　　研究内容：针对机采棉杂质多开展研究。",
        "（二）工业与口岸经济（归口科室：高新技术科）",
        item(3, "【BZ25-03】风电机组智能运维"), "　　研究内容：开展功率预测研究。",
        item(4, "【BZ25-04】中欧班列货物智能通关"), "　　研究内容：开展信息追溯研究。",
        item(5, "【BZ25-05】农业废弃物资源化利用"), "　　研究内容：研究生物质颗粒。",
        "三、支持标准",
        "　　（一）资助额度。一般每项不超过30万元，其中第3项不超过50万元。",
        "　　（二）实施期限。一般为2年，第4项为3年。",
        "　　（三）资助方式。均采取事前资助方式。",
    ])
    assert [(leaf.funding_max_wan, leaf.period_years_max, leaf.funding_mode)
            for leaf in guideline.leaves] == [
        (30, 2, "前资助"), (30, 2, "前资助"), (50, 2, "前资助"), (30, 3, "前资助"), (30, 2, "前资助")]


@pytest.mark.parametrize("number", ["{n}．", "（{n}）", "{c}"])
def test_numbered_notes_naming_plans_whatever_their_numbers(number: str) -> None:
    """（二）专项要求 ⏎ ①重大科技专项须由企业牵头申报…: a note opening with a plan's title states
    that plan's terms, numbered ① or （1） as much as 1． (the normal form reads ① as a bare 1)."""
    def note(n: int, text: str) -> str:
        return number.format(n=n, c="①②"[n - 1]) + text
    guideline = _parse([
        "三、申报条件", "（一）通用条件", "　　申报单位须在新郑市注册登记，具有独立法人资格。", "（二）专项要求",
        note(1, "重大科技专项须由企业牵头申报，申报企业须为高新技术企业，实施期限3年。"),
        note(2, "重点研发专项企业、高等院校、科研院所均可牵头申报，实施期限2年。"),
        "四、支持方向", "（一）重大科技专项",
        "1．红枣精深加工与功能食品创制", "　　研究内容：开展红枣功效成分提取。",
        "2．高端烟用新材料研发与产业化", "　　研究内容：开展接装纸研发。",
        "（二）重点研发专项",
        "1．中药配方颗粒质量标准与制备工艺", "　　研究内容：开展标准汤剂研究。",
        "2．速冻食品智能化生产装备", "　　研究内容：研发速冻装备。",
    ])
    assert [(leaf.enterprise_lead_only, leaf.period_years_max, leaf.qualifications)
            for leaf in guideline.leaves] == [
        (True, 3, ["高新技术企业"]), (True, 3, ["高新技术企业"]), (False, 2, []), (False, 2, [])]


def test_a_groups_terms_in_parts_for_circled_items() -> None:
    """共性要求：本类第2—3项…采取事前资助方式…；第4项为科技奖补项目… under items ①–④: each part
    is said of the items it numbers, ③ being the third."""
    guideline = _parse([
        "（二）科技创新类（科技创新局受理）",
        "　　共性要求：本类第1—3项为基地科技计划项目，须由企业牵头申报，采取事前资助方式，项目实施期限不超过2年；"
        "第4项为科技奖补项目，按年度集中兑现。",
        "①煤制油化工关键技术攻关", "　　支持标准：每项支持200～300万元。",
        "②可再生能源制氢技术研发", "　　支持标准：每项支持100-200万元。",
        "③高端精细化学品研发", "　　支持标准：每项最高支持150万元。",
        "④自治区级创新平台奖励", "　　支持标准：对新认定的自治区级工程技术研究中心奖励50万元。",
    ])
    assert [(leaf.funding_mode, leaf.period_years_max, leaf.enterprise_lead_only)
            for leaf in guideline.leaves][:3] == [("前资助", 2, True)] * 3
    assert guideline.leaves[3].period_years_max is None
    assert guideline.leaves[3].funding_mode != "前资助"


def test_sub_directions_set_out_as_dashed_items_after_their_announcement() -> None:
    """本方向拟支持2项，设以下两个子方向，每个子方向限支持1项： ⏎ ——花生联合收获机智能化升级。针对…:
    each dashed item is a sub-direction (its title up to the stop) funded once; dashes under
    研究内容包括： only list what the direction covers."""
    guideline = _parse([
        "二、计划类别及支持方向", "（一）产业关键技术攻关专项（高新技术科）",
        "　　本专项采取前资助方式，每项资助20万—40万元，实施期限不超过2年。",
        "　　1．智能农机装备", "　　本方向拟支持2项，设以下两个子方向，每个子方向限支持1项：",
        "　　——花生联合收获机智能化升级。针对花生收获损失大等问题，研发摘果损失在线监测系统。",
        "　　——大蒜精量播种机研制。研发大蒜鳞芽定向排种装置，播种合格率达到92%以上。",
        "　　2．特色农产品精深加工", "　　研究内容包括：",
        "　　——马家沟芹菜等特色农产品冷链保鲜与品质保持技术；", "　　——预制菜标准化生产工艺及关键装备集成；",
        "　　考核指标：开发新产品3个以上。本方向拟支持2项。",
    ])
    assert [(leaf.title, leaf.quota, leaf.funding_max_wan) for leaf in guideline.leaves] == [
        ("花生联合收获机智能化升级", 1, 40), ("大蒜精量播种机研制", 1, 40), ("特色农产品精深加工", 2, 40)]


GEERMU = [
    "第二部分　项目类别及支持标准",
    "　　本年度项目分为重点项目、一般项目和后补助项目三类。项目类别以指南代码第二段字母标识：“Z”为重点项目，"
    "“Y”为一般项目，“H”为后补助项目。各类项目支持标准如下：",
    "　　（一）重点项目（Z类）。采取前资助方式，每项资助50万元至80万元；实施期限不超过3年；须由企业牵头申报。",
    "　　（二）一般项目（Y类）。采取前资助方式，每项资助不超过20万元；实施期限不超过2年。",
    "　　（三）后补助项目（H类）。项目完成后给予事后补助，每项补助不超过30万元；申报单位须为高新技术企业。",
    "　　（四）各方向拟支持项目数在方向说明中注明；未注明的，原则上支持1项。",
    "　　（五）特别说明：GEM2021-Z-02方向实施期限可放宽至4年；GEM2021-Y-03方向须由企业牵头申报。",
    "第三部分　支持方向", "一、盐湖资源综合利用", "归口股室：高新技术与成果转化股",
    "（一）盐湖卤水吸附法直接提锂技术", "指南代码：GEM2021-H-01", "　　研究内容：研究铝系吸附剂制备技术。",
    "（二）塔式光热电站熔盐储热系统关键技术", "指南代码：GEM2021-Z-02", "　　研究内容：研究熔盐配方优化。本方向拟支持2项。",
    "（三）高原藜麦新品种选育", "指南代码：GEM2021-Y-03", "　　研究内容：开展藜麦新品种选育。",
    "第四部分　申报要求", "　　申报单位对申报材料的真实性负责；申报后补助项目的，须提交高新技术企业证书。",
]


def test_a_directions_kind_named_by_a_letter_of_its_code() -> None:
    """“Z”为重点项目，“Y”为一般项目…: the letter in GEM2021-Z-02 names the direction's kind, whose
    terms it takes; items numbered on after the kinds ((四)…未注明的，原则上支持1项, (五)特别说明)
    are every direction's, not the last kind's; a clause for 申报后补助项目的 binds no other."""
    guideline = _parse(GEERMU)
    assert [(leaf.code, leaf.funding_mode, leaf.funding_max_wan, leaf.period_years_max,
             leaf.quota, leaf.enterprise_lead_only, leaf.qualifications)
            for leaf in guideline.leaves] == [
        ("GEM2021-H-01", "后补助", 30, None, 1, True, ["高新技术企业"]),
        ("GEM2021-Z-02", "前资助", 80, 4, 2, True, []),
        ("GEM2021-Y-03", "前资助", 20, 2, 1, True, [])]


DAXING = [
    "三、赛道及任务", "赛道一　创新药与高端医疗器械（牵头科室：生物医药产业科）",
    "任务1　细胞与基因治疗产品临床前研究", "　　任务编号：DX26-SW01", "　　任务描述：支持临床前药效评价。",
    "任务2　高端医疗器械关键部件国产化", "　　本任务设两个子任务，按子任务分别申报：",
    "子任务2-1　医用CT探测器模组研制", "　　任务编号：DX26-SW02-1", "　　任务描述：研制CT探测器模组。",
    "子任务2-2　手术机器人力反馈器械研制", "　　任务编号：DX26-SW02-2", "　　任务描述：研制力反馈手术器械。",
    "任务3　智慧机场旅客服务系统（本年度暂停受理）", "　　任务编号：DX26-SW03",
    "四、支持要素表", "　　表1　支持要素表（金额单位：万元）",
    "任务编号,任务名称,支持方式,支持金额,实施期限,拟支持数量,牵头单位要求,备注",
    "DX26-SW01,细胞与基因治疗产品临床前研究,前资助,300-500,2年,2,企业,资金分两个年度拨付",
    "DX26-SW02-1,医用CT探测器模组研制,前资助,不超过300,2年,1,企业,",
    "DX26-SW02-2,手术机器人力反馈器械研制,后补助,不超过200,/,1,不限,按合同额的10%给予补助",
    "DX26-SW03,智慧机场旅客服务系统,/,/,/,/,/,本年度暂停受理",
    "　　注：1．采取前资助方式的任务，申报单位自筹资金与区财政资助资金比例不低于1:1。",
    "五、联系方式", "　　生物医药产业科：010-61293157",
]


def test_tasks_whose_terms_stand_in_a_comma_separated_table_by_code() -> None:
    """赛道 → 任务 → 子任务, every term in a CSV table (金额单位 in its caption) whose rows name
    the tasks by code: each row is its task's own terms (企业 under 牵头单位要求: a firm leads;
    资金分两个年度拨付 in 备注 beside 前资助), a rule for 前资助 tasks binds those the rows make
    前资助, a task closed this year is none, and the table's section is no task."""
    guideline = _parse(DAXING)
    assert [(leaf.code, leaf.office, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.quota, leaf.enterprise_lead_only, leaf.matching_ratio)
            for leaf in guideline.leaves] == [
        ("DX26-SW01", "生物医药产业科", "前资助、分年拨付", 300, 500, 2, 2, True, 1),
        ("DX26-SW02-1", "生物医药产业科", "前资助", None, 300, 2, 1, True, 1),
        ("DX26-SW02-2", "生物医药产业科", "后补助", None, 200, None, 1, False, None)]


def test_a_table_of_terms_by_code_alone_is_its_directions_own() -> None:
    """任务编号 | 支持金额（万元） | 牵头单位要求 (no title column) after the tasks: each row is the
    task its code names (企业: a firm leads; 不限: anyone may), and its section is no task."""
    guideline = _parse([
        "三、任务", "任务1　燃料电池电堆关键材料", "　　任务编号：DX26-QN04", "　　任务描述：开展低铂催化剂研发。",
        "任务2　氢能重卡示范运营数据平台", "　　任务编号：DX26-QN07", "　　任务描述：建设运营监测数据平台。",
        "四、支持要素表",
        "任务编号\t支持方式\t支持金额（万元）\t牵头单位要求",
        "DX26-QN04\t前资助\t200-400\t企业",
        "DX26-QN07\t前资助\t150\t不限",
    ])
    assert [(leaf.code, leaf.funding_max_wan, leaf.enterprise_lead_only)
            for leaf in guideline.leaves] == [("DX26-QN04", 400, True), ("DX26-QN07", 150, False)]


def test_a_php_var_dump_of_the_scraped_notice() -> None:
    """A scraper's `var_dump` of the article: string(N) values, one of them a direction's whole
    block over several raw lines (N counts its bytes and line breaks); read as each string's
    text where it stands, the tags, styles and structure blank."""
    def block(text: str, tag: str = "p") -> list[str]:
        lines = text.split("\n")
        return ["    array(2) {", '      ["tag"]=>', f'      string({len(tag)}) "{tag}"',
                '      ["text"]=>', f'      string({len(text.encode())}) "{lines[0]}',
                *lines[1:-1], *([f'{lines[-1]}"'] if len(lines) > 1 else []), "    }"] \
            if len(lines) > 1 else ["    array(2) {", '      ["tag"]=>',
                                    f'      string({len(tag)}) "{tag}"', '      ["text"]=>',
                                    f'      string({len(text.encode())}) "{text}"', "    }"]
    lines = ['array(2) {', '  ["id"]=>', '  int(4417)', '  ["blocks"]=>', '  array(5) {',
             *block("二、重点支持方向", "h2"),
             *block("（一）锡基新材料产业（工业科技股）"),
             *block("本类项目采取前资助方式，每项资助不超过50万元。"),
             *block("1．高纯锡制备关键技术\n指南代码：GJ2022-GY01\n研究内容：开展高纯锡提纯研究。"),
             *block("2．稀散金属综合回收技术\n指南代码：GJ2022-GY02\n研究内容：开展铟回收研究。\n"
                    "支持额度：本方向资助额度不超过80万元。"),
             "  }", "}"]
    guideline = parse_document("\n".join(lines).encode(), "gejiu.txt")
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_mode, leaf.funding_max_wan)
            for leaf in guideline.leaves] == [
        ("GJ2022-GY01", "高纯锡制备关键技术", "工业科技股", "前资助", 50),
        ("GJ2022-GY02", "稀散金属综合回收技术", "工业科技股", "前资助", 80)]
    assert all(lines[leaf.source_line - 1].lstrip().startswith("string(")
               and leaf.title in lines[leaf.source_line - 1] for leaf in guideline.leaves)


def test_a_corpus_conllu_file_of_the_notice() -> None:
    """UDPipe's CoNLL-U: each sentence in a `# text =` comment over its token rows, `# newpar`
    before each paragraph; the paragraphs read as lines (a heading its own), the tokens not."""
    def sentence(n: int, text: str, par: bool = True) -> list[str]:
        tokens = [f"{i}\t{w}\t{w}\tNOUN\tNN\t_\t_\t_\t_\tSpaceAfter=No"
                  for i, w in enumerate(text[:4], start=1)]
        return [*(["# newpar"] if par else []), f"# sent_id = {n}", f"# text = {text}",
                *tokens, ""]
    lines = ["# generator = UDPipe 2", "# newdoc id = wc-2024",
             *sentence(1, "第二部分　支持方向"),
             *sentence(2, "专题一：商业航天配套产业技术（科技创新股）"),
             *sentence(3, "本专题项目采取前资助方式，每项资助30～50万元。"),
             *sentence(4, "须由企业牵头申报。", par=False),
             *sentence(5, "方向1：火箭箭体复合材料成型技术（项目编号：WC2024HT01）"),
             *sentence(6, "研究内容：研究复合材料成型工艺。"),
             *sentence(7, "方向2：卫星遥感数据应用（项目编号：WC2024HT02）"),
             *sentence(8, "研究内容：研究遥感数据应用。"),
             *sentence(9, "第三部分　申报要求"),
             *sentence(10, "一、申报专题一项目的企业，上年度研发费用不低于100万元。"),
             *sentence(11, "二、除揭榜挂帅项目外，项目实施期限一般为2年。")]
    guideline = parse_document("\n".join(lines).encode(), "wenchang.txt")
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_max_wan, leaf.enterprise_lead_only,
             leaf.min_rd_spend_wan, leaf.period_years_max, lines[leaf.source_line - 1][:9])
            for leaf in guideline.leaves] == [
        ("WC2024HT01", "火箭箭体复合材料成型技术", "科技创新股", 50, True, 100, 2, "# text = "),
        ("WC2024HT02", "卫星遥感数据应用", "科技创新股", 50, True, 100, 2, "# text = ")]


def test_a_gnu_info_file_of_the_guideline() -> None:
    """makeinfo's output: node headers (whose Next: names another node) and menus blank, a
    heading's ***/=== underline no heading, a label alone over its value (指南代码 ⏎ ‘code’),
    a class table with a rule under its header read as the classes' terms."""
    lines = [
        "This is lanxi.info, produced by makeinfo version 6.8 from", "lanxi.texi.", "",
        "\x1f", "File: lanxi.info,  Node: 农业计划,  Next: 奖补,  Up: 支持方向", "",
        "3.2 农业与社会发展科技计划", "==========================", "",
        "本计划由农村与社会发展科归口管理，采取前资助方式。", "",
        "项目类别           资助额度               实施期限",
        "----------------------------------------------------",
        "重点项目           20～30万元             2年",
        "一般项目           5～10万元              1年", "",
        "* Menu:", "", "* 杨梅::       兰溪杨梅绿色高效栽培技术", "* 枇杷::       白沙枇杷良种选育技术", "",
        "\x1f", "File: lanxi.info,  Node: 杨梅,  Next: 枇杷,  Up: 农业计划", "",
        "3.2.1 兰溪杨梅绿色高效栽培技术", "------------------------------", "",
        "指南代码", "     ‘LX2026NS01’", "项目类别", "     重点项目", "研究内容",
        "     研究杨梅矮化修剪技术。", "",
        "\x1f", "File: lanxi.info,  Node: 枇杷,  Next: 贷款贴息,  Prev: 杨梅,  Up: 农业计划", "",
        "3.2.2 白沙枇杷良种选育技术", "--------------------------", "",
        "指南代码", "     ‘LX2026NS02’", "项目类别", "     一般项目", "研究内容",
        "     收集整理本地枇杷种质资源。", "",
    ]
    guideline = parse_document("\n".join(lines).encode(), "lanxi.info.txt")
    assert [(leaf.code, leaf.title, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max) for leaf in guideline.leaves] == [
        ("LX2026NS01", "兰溪杨梅绿色高效栽培技术", "前资助", 20, 30, 2),
        ("LX2026NS02", "白沙枇杷良种选育技术", "前资助", 5, 10, 1)]


def test_a_djvused_dump_of_a_scanned_notice() -> None:
    """`djvused -u -e output-txt`: (para …) blocks of (line x0 y0 x1 y1 "text"); a paragraph's
    lines are one line again (a heading the page width cut included), coordinates blank."""
    def para(*texts: str) -> list[str]:
        return ["  (para 327 1797 2177 2106",
                *(f'   (line 463 2040 2177 2106 "{t}")' for t in texts[:-1]),
                f'   (line 463 2040 2177 2106 "{texts[-1]}"))']
    lines = ['select "p0005.djvu" # page 5', "set-txt", "(page 0 0 2480 3508",
             " (column 327 466 2178 3071",
             *para("（一）工业科技计划（科技发展股）"), *para("支持方式：前资助。"),
             *para("资助额度：每项10～30万元。"),
             *para("1．中小型船舶分段建造智能焊接机器人及工艺数据库开发", "应用研究"),
             *para("指南编号：2021FAGY04"),
             *para("研究内容：面向中小型船舶分段建造，研究狭小舱室内焊接", "机器人路径自主规划技术。"),
             *para("2．电机电器产品能效检测平台建设"), *para("指南编号：2021FAGY05"),
             *para("研究内容：建设电机能效测试能力。"), " ))", "."]
    guideline = parse_document("\n".join(lines).encode(), "fuan.txt")
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_max_wan)
            for leaf in guideline.leaves] == [
        ("2021FAGY04", "中小型船舶分段建造智能焊接机器人及工艺数据库开发应用研究", "科技发展股", 30),
        ("2021FAGY05", "电机电器产品能效检测平台建设", "科技发展股", 30)]


def test_a_contact_list_naming_plans_states_no_terms() -> None:
    """联系方式：工业科技计划及科技成果转化后补助：科技发展股，电话…；农业科技计划：农村科技股…: clauses
    opening with the plans' titles but saying who to call, not the plans' terms; a plan with no
    directions before 三、申报条件 is a leaf of its own and 三、 is not its part."""
    guideline = _parse([
        "一、联系方式", "工业科技计划及科技成果转化后补助：科技发展股，陈立勤，电话0593-6382157；"
        "农业科技计划：农村科技股，郑冬梅，电话0593-6382160。",
        "二、支持重点及方向", "（一）工业科技计划（科技发展股）", "支持方式：前资助。", "资助额度：每项10～30万元。",
        "1．高效节能电机绕组技术研究", "研究内容：研究绕组。",
        "（二）农业科技计划（农村科技股）", "以上方向均采取前资助方式，每项资助5～15万元。",
        "1．坦洋工夫红茶精深加工技术", "研究内容：研究萎凋工序。",
        "（三）科技成果转化后补助（科技发展股）",
        "对企业购买科技成果并在福安实施转化的，按技术合同实际成交额的20%给予后补助，每家企业最高不超过200000元。",
        "三、申报条件", "（一）申报单位须为在福安市注册登记的企事业单位。",
    ])
    assert [(leaf.title, leaf.funding_mode, leaf.funding_max_wan) for leaf in guideline.leaves] == [
        ("高效节能电机绕组技术研究", "前资助", 30), ("坦洋工夫红茶精深加工技术", "前资助", 15),
        ("科技成果转化后补助", "后补助", 20)]


def test_an_awards_schedule_said_in_its_standard_follows_its_way() -> None:
    """支持标准：…给予100万元奖补…奖补资金分年度拨付 ⏎ 支持方式：以奖代补: the way, then when it is
    paid (奖补、分年拨付), as the label alone would not say."""
    guideline = _parse([
        "（三）科技成果转化与创新载体奖补", "1．省级企业研发机构奖补", "事项代码：LX2026ZH02",
        "支持标准：对上年度新认定为省级重点企业研究院的，给予100万元奖补。奖补资金分年度拨付，首年拨付60%。",
        "支持方式：以奖代补",
    ])
    assert [leaf.funding_mode for leaf in guideline.leaves] == ["奖补、分年拨付"]


def test_directions_set_out_as_dashed_items_with_their_codes() -> None:
    """重点支持以下方向： ⏎ ——title（code）。text: each dashed item a direction (one with its own
    numbered sub-directions among them); in a group with no such line, a dashed item closed by
    its code is one too; 上述方向中，“…”方向…；“…”方向… gives each clause its direction."""
    guideline = _parse([
        "（一）科技攻关项目", "　　采取事前资助方式，资助额度一般为20万—40万元，实施期限2年。重点支持以下方向：",
        "——焦炉煤气高效制氢关键技术（JX21-GG01）。开展高纯氢制取研究。",
        "——焦化废水深度处理技术（JX21-GG02）。开展深度处理工艺研究。",
        "——煤系针状焦及高端碳材料制备技术。本方向设2个子方向，每个子方向拟支持1项：",
        "1．煤系针状焦连续化生产工艺优化（JX21-GG03-1）。开展煅烧工艺优化研究。",
        "2．负极材料用碳材料制备技术（JX21-GG03-2）。开展造粒及包覆改性研究。",
        "　　上述方向中，“焦炉煤气高效制氢关键技术”方向资助额度不超过80万元，实施期限3年；"
        "“焦化废水深度处理技术”方向申报企业须为高新技术企业。",
        "（二）科技成果转化项目", "　　采取事后补助方式，单个项目最高不超过50万元。",
        "——煤焦油深加工成果转化（JX21-ZH01）。重点转化煤焦油加氢成果。",
    ])
    assert [(leaf.code, leaf.title, leaf.funding_max_wan, leaf.period_years_max,
             leaf.qualifications, leaf.quota) for leaf in guideline.leaves] == [
        ("JX21-GG01", "焦炉煤气高效制氢关键技术", 80, 3, [], None),
        ("JX21-GG02", "焦化废水深度处理技术", 40, 2, ["高新技术企业"], None),
        ("JX21-GG03-1", "煤系针状焦连续化生产工艺优化", 40, 2, [], 1),
        ("JX21-GG03-2", "负极材料用碳材料制备技术", 40, 2, [], 1),
        ("JX21-ZH01", "煤焦油深加工成果转化", 50, None, [], None)]


def test_a_kinds_letters_in_the_codes_name_rows_of_a_terms_table() -> None:
    """类型字母表示项目类型：Z为重点研发项目，Y为… over a 表1 whose rows are the letters; a
    note on 指南代码为24-Z-07的方向 is that direction's; four-level numbers (2.1.1.1) nest."""
    guideline = _parse([
        "1　总则", "1.2　项目类型及指南代码",
        "　　代码由“年度-类型字母-序号”组成。类型字母表示项目类型：Z为重点研发项目，Y为一般研发项目，H为后补助项目。",
        "表1　各类型项目支持标准", "类型\t支持方式\t资助强度（万元/项）\t实施期限",
        "Z\t事前资助\t50～100\t不超过3年", "Y\t事前资助\t不超过30\t不超过2年", "H\t事后补助\t不超过50\t—",
        "注：1．指南代码为24-Z-07的方向资助强度为100～200万元；",
        "2　重点研发方向", "2.1　新能源汽车及零部件（归口科室：高新技术科）", "2.1.1　动力电池及关键材料",
        "2.1.1.1　高镍低钴三元正极材料制备技术（24-Z-01）", "　　研究内容：开展前驱体共沉淀研究。",
        "2.1.1.2　动力电池包热管理技术（24-Y-02）", "　　研究内容：研究液冷板流道优化。",
        "2.1.2　工业互联网标识解析应用（24-Z-07）", "　　研究内容：建设二级节点应用平台。",
    ])
    assert [(leaf.code, leaf.parent, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max) for leaf in guideline.leaves] == [
        ("24-Z-01", "动力电池及关键材料", "前资助", 50, 100, 3),
        ("24-Y-02", "动力电池及关键材料", "前资助", None, 30, 2),
        ("24-Z-07", None, "前资助", 100, 200, 3)]


def test_values_in_a_bracket_after_each_title_read_by_their_legend() -> None:
    """说明：各方向名称后括号内依次为指南代码、单项资助额度（万元）、实施期限（年）、拟支持项目数。资助额度为
    单一数值的表示资助上限…；“—”表示不作统一规定: (HC26-GG0101，50，2，1) is a code, a cap, a
    period and a count; 注：2.2方向…；3方向… gives each clause the direction its number names."""
    guideline = _parse([
        "二、计划类别及支持方向",
        "　　说明：各方向名称后括号内依次为指南代码、单项资助额度（万元）、实施期限（年）、拟支持项目数。"
        "资助额度为单一数值的表示资助上限，为区间的表示资助下限和上限；“—”表示该项不作统一规定。",
        "（一）科技攻关计划（高新技术科）", "　　本计划采取前资助方式，须由企业牵头申报。",
        "1．海洋食品与生物资源",
        "1.1　帝王蟹进口海产品低温速冻技术（HC26-GG0101，50，2，1）", "　　开展超低温速冻技术研究。",
        "1.2　鳕鱼加工副产物高值化利用（HC26-GG0102，30-50，—，2）", "　　开展酶解制备胶原蛋白肽研究。",
        "2．清洁能源装备与新材料（HC26-GG0200，80-100，3，1）", "　　开展制氢电极材料研发。",
        "　　注：1.2方向企业、高校、科研院所均可牵头申报；2方向申报企业须为高新技术企业。",
    ])
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max,
             leaf.quota, leaf.enterprise_lead_only, leaf.qualifications)
            for leaf in guideline.leaves] == [
        ("HC26-GG0101", None, 50, 2, 1, True, []),
        ("HC26-GG0102", 30, 50, None, 2, False, []),
        ("HC26-GG0200", 80, 100, 3, 1, True, ["高新技术企业"])]


def _redis_quoted(text: str) -> str:
    """A string as redis-cli prints it: every non-ASCII byte as \\xNN."""
    return "".join(c if ord(c) < 128 else "".join(f"\\x{b:02x}" for b in c.encode()) for c in text)


def test_a_redis_cli_session_printing_the_notice() -> None:
    """redis-cli replies `12) "\\xe4…"`: the paragraphs list (printed by two LRANGE calls, the
    numbering starting again) read decoded, a heading's code after \\n on its line; another
    key's replies (last year's terms) and the prompts left out."""
    paragraphs = ["二、支持方向", "（一）重点研发计划（高新技术股）", "本计划采取前资助方式，每项资助20万～40万元。",
                  "1．磷石膏无害化处理技术\\n（指南代码：ZX2022GX01）", "研究内容：开展磷石膏净化研究。",
                  "2．电池级磷酸铁制备工艺（指南代码：ZX2022GX02）", "研究内容：开展前驱体合成研究。",
                  "三、申报条件", "（一）申报单位须在钟祥市注册。", "四、联系方式", "高新技术股：0724-4220000"]
    lines = ["10.16.8.21:6379[3]> LRANGE notice:2022:paras 0 3",
             *(f'{n}) "{_redis_quoted(p)}"' for n, p in enumerate(paragraphs[:4], start=1)),
             "10.16.8.21:6379[3]> LRANGE notice:2022:paras 4 -1",
             *(f'{n}) "{_redis_quoted(p)}"' for n, p in enumerate(paragraphs[4:], start=1)),
             "10.16.8.21:6379[3]> LINDEX notice:2021:paras 9",
             f'"{_redis_quoted("本计划采取前资助方式，每项资助10万～20万元。")}"',
             "10.16.8.21:6379[3]> exit"]
    guideline = parse_document("\n".join(lines).encode(), "zhongxiang.txt")
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_max_wan, leaf.source_line)
            for leaf in guideline.leaves] == [
        ("ZX2022GX01", "磷石膏无害化处理技术", "高新技术股", 40, 5),
        ("ZX2022GX02", "电池级磷酸铁制备工艺", "高新技术股", 40, 8)]


def test_an_obsidian_canvas_of_the_guideline() -> None:
    """A JSON Canvas: group boxes labelled with the plans hold their cards (a 本类项目要求 card
    of the plan's terms, direction cards with ### titles); read by the boxes, a firm's coloured
    我司备注 sticky note inside a box left out; each leaf cites its card's line."""
    def card(ident: str, text: str, x: int, y: int, color: str | None = None) -> str:
        node = {"id": ident, "type": "text", "text": text, "x": x, "y": y, "width": 700,
                "height": 300, **({"color": color} if color else {})}
        return "\t\t" + json.dumps(node, ensure_ascii=False) + ","
    lines = ['{', '\t"nodes":[',
             card("n1", "## 一、总体要求\n\n除另有规定外，项目实施期限原则上不超过2年。", -1400, -900),
             '\t\t{"id":"g1","type":"group","x":-1400,"y":-380,"width":1800,"height":2000,'
             '"label":"二、支持方向"},',
             '\t\t{"id":"g2","type":"group","x":-1360,"y":-320,"width":800,"height":1900,'
             '"label":"（一）高原特色农业科技创新（农村科技股）"},',
             card("n2", "**本类项目要求**\n\n- 支持方式：前资助\n- 资助额度：每项5万～15万元", -1320, -280),
             card("n3", "### 1．酿酒葡萄优质高效栽培技术\n（指南代码：ML2024NK01）\n\n研究内容：研究避雨栽培。",
                  -1320, 100),
             card("n4", "**我司备注**\n\n- NK01 最高30万，企业牵头", -1320, 1200, color="1"),
             card("n5", "### 2．万寿菊品种选育技术\n（指南代码：ML2024NK02）\n\n研究内容：开展品种筛选。",
                  -1320, 500),
             '\t\t{"id":"f1","type":"file","file":"附件1.docx","x":600,"y":2000,'
             '"width":400,"height":120}',
             '\t],', '\t"edges":[]', '}']
    guideline = parse_document("\n".join(lines).encode(), "mile.canvas.txt")
    assert [(leaf.code, leaf.office, leaf.funding_mode, leaf.funding_max_wan,
             leaf.period_years_max, leaf.source_line) for leaf in guideline.leaves] == [
        ("ML2024NK01", "农村科技股", "前资助", 15, 2, 7), ("ML2024NK02", "农村科技股", "前资助", 15, 2, 9)]


def test_a_graph_databases_export_of_the_paragraphs() -> None:
    """APOC's Cypher export: CREATE (:段落 {seq:…, style:…, text:"…"}) a paragraph a line, one
    keyed in late at the end of the nodes; read in the order of seq, each leaf citing its line."""
    def para(seq: int, text: str, style: str = "正文") -> str:
        return (f'CREATE (:`段落`:`UNIQUE IMPORT LABEL` {{`seq`:{seq}, `style`:"{style}", '
                f'`text`:"{text}", `UNIQUE IMPORT ID`:{seq}}});')
    lines = [":begin", para(1, "二、支持方向", "标题1"), para(2, "（一）重点研发项目（高新技术科）", "标题2"),
             para(3, "本类项目采取前资助方式，每项资助10～20万元。"),
             para(4, "1．重载齿轮高精度磨齿技术（QJ2026GY01）", "标题3"), para(5, "研究内容：开展磨齿工艺研究。"),
             para(7, "2．摩托车电喷系统开发（QJ2026GY02）", "标题3"), para(8, "研究内容：开发电喷控制单元。"),
             para(6, "本方向实施期限18个月。"), ":commit",
             "MATCH (a:`段落`{`seq`:1}), (b:`段落`{`seq`:2}) CREATE (a)-[:`下级`]->(b);"]
    guideline = parse_document("\n".join(lines).encode(), "qijiang.cypher.txt")
    assert [(leaf.code, leaf.funding_max_wan, leaf.period_years_max, leaf.source_line)
            for leaf in guideline.leaves] == [("QJ2026GY01", 20, 1.5, 5), ("QJ2026GY02", 20, None, 7)]


def test_a_docbook_conversion_whose_outline_is_only_its_sections() -> None:
    """pandoc's DocBook of a Word guideline: untitled numbers gone, the sections' nesting is the
    outline (read as 一、 （一） 1． by depth), an ordered list's items numbered, a class named
    on the group (项目类别：C类) the items' class, a table of class terms by row."""
    def section(title: str, *body: str) -> list[str]:
        return ["<section>", f"<title>{title}</title>", *body, "</section>"]

    def para(text: str) -> list[str]:
        return ["<para>", f"  {text}", "</para>"]
    lines = ['<?xml version="1.0" encoding="utf-8" ?>',
             '<article xmlns="http://docbook.org/ns/docbook" version="5.0">',
             "<info><title>2026年度奉贤区科技创新专项资金项目申报指南</title></info>",
             *section("总体要求", *para("各类项目的支持标准见表1。"), *para("表1　各类项目支持标准"),
                      "<informaltable><tgroup cols='3'><thead><row>",
                      "<entry>项目类别</entry><entry>支持方式</entry><entry>资助额度</entry>",
                      "</row></thead><tbody><row>",
                      "<entry>A类</entry><entry>事前资助</entry><entry>每项100万元～200万元</entry>",
                      "</row><row>",
                      "<entry>C类</entry><entry>后补助</entry><entry>每项最高不超过30万元</entry>",
                      "</row></tbody></tgroup></informaltable>"),
             *section("支持方向",
                      *section("（一）生物医药与美丽健康",
                               *section("化妆品功效评价与新原料开发", *para("指南编号：FX2026-SW01"),
                                        *para("研究内容：开展功效评价研究。"), *para("项目类别：A类。"))),
                      *section("（二）科技成果转化", *para("项目类别：C类。本方向下设以下支持事项："),
                               "<orderedlist numeration='arabic'>",
                               "<listitem>", *para("技术合同交易补助：对企业购买科技成果并在奉贤区实施转化的，按C类标准给予补助。"),
                               "</listitem>", "<listitem>",
                               *para("概念验证费用补助：按实际支付费用的30%给予补助，每项最高不超过20万元。"),
                               "</listitem>", "</orderedlist>")),
             "</article>"]
    guideline = parse_document("\n".join(lines).encode(), "fengxian.xml.txt")
    assert [(leaf.title, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan)
            for leaf in guideline.leaves] == [
        ("化妆品功效评价与新原料开发", "前资助", 100, 200), ("技术合同交易补助", "后补助", None, 30),
        ("概念验证费用补助", "后补助", None, 20)]


def test_logstash_rubydebug_events_of_the_notice() -> None:
    """Logstash's rubydebug events, one a source line: the messages of the file most events came
    from, each where its message stands (another file's events and the run's log left out)."""
    def event(n: int, message: str, path: str = "/data/inbox/yuhuan/指南.txt") -> list[str]:
        return ["{", f'        "lineno" => {n},', f'          "path" => "{path}",',
                '    "@timestamp" => 2023-03-14T01:12:45.118Z,', '      "@version" => "1",',
                f'       "message" => "{message}\\r"', "}"]
    said = ["三、科技创新奖补（科技合作与成果转化科）", "本类项目采取以奖代补方式。",
            "1．省级企业研究院认定奖励（指南代码：YH2023JB01）", "对当年新认定省级企业研究院的企业，给予一次性奖励50万元。",
            "2．科技型中小企业研发费用增量补助（指南代码：YH2023JB03）",
            "对上年度研发费用增长的科技型中小企业，按增量部分的10%给予补助，最高20万元。",
            "四、联系方式", "科技合作与成果转化科：0576-87220000"]
    lines = ["[2023-03-14T09:12:41,025][INFO ][logstash.runner] Starting Logstash",
             *(line for n, text in enumerate(said, start=1) for line in event(n, text)),
             *event(1, "对技改项目给予一次性奖励80万元。", "/data/inbox/yuhuan/技改通知.txt"),
             "[2023-03-14T09:13:01,002][INFO ][logstash.runner] Logstash shut down."]
    guideline = parse_document("\n".join(lines).encode(), "yuhuan.log.txt")
    assert [(leaf.code, leaf.funding_max_wan, leaf.enterprise_lead_only, leaf.qualifications)
            for leaf in guideline.leaves] == [
        ("YH2023JB01", 50, True, ["自治区级平台"]), ("YH2023JB03", 20, True, ["科技型中小企业"])]


def test_headings_led_by_codes_that_nest() -> None:
    """HK01 产业类别 ⏎ HK0101 条目 ⏎ HK010201 子条目: the codes' lengths are the outline; the class's
    类别说明 binds its items, 本条目资助额度… is the item's own, and 除HK05类外，各条目（子条目）原则上
    支持1项 every item's count but class HK05's."""
    guideline = _parse([
        "一、编制说明", "　　（一）除HK05类外，各条目（子条目）原则上支持1项，另有规定的从其规定。",
        "二、支持条目", "HK01　铝及铝精深加工",
        "　　类别说明：本类条目采取前资助方式，每项资助10万～30万元，实施期限一般为2年。归口股室：高新技术与产业化股。",
        "HK0101　高强高韧铝合金汽车轮毂铸造工艺优化", "　　研究内容：开展熔体净化研究。",
        "HK0102　电池用铝箔与铝塑膜材料开发", "　　围绕动力电池配套需求开展研发。",
        "HK010201　动力电池用双零铝箔轧制技术", "　　研究内容：开展冷轧工艺研究。", "　　本子条目拟支持2项。",
        "HK010202　锂离子电池软包铝塑膜复合工艺研究", "　　研究内容：开展干法复合研究。",
        "HK0103　电解铝生产过程智能化控制", "　　研究内容：开展电解槽工况监测研究。",
        "　　考核指标：吨铝直流电耗降低150千瓦时以上。", "　　本条目资助额度不超过50万元，实施期限3年。",
        "HK05　科技创新平台与企业后补助", "　　类别说明：本类条目采取后补助方式，补助资金一次性拨付。",
        "HK0501　高新技术企业认定补助", "　　首次通过高新技术企业认定的，给予一次性补助10万元。",
    ])
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.period_years_max, leaf.quota)
            for leaf in guideline.leaves] == [  # (HK0102 holds two: no leaf of its own)
        ("HK0101", "高新技术与产业化股", 30, 2, 1), ("HK010201", "高新技术与产业化股", 30, 2, 2),
        ("HK010202", "高新技术与产业化股", 30, 2, 1), ("HK0103", "高新技术与产业化股", 50, 3, 1),
        ("HK0501", None, 10, None, None)]


def test_terms_said_respectively_after_the_directions() -> None:
    """上述方向1—3分别拟支持1项、2项、2项，资助额度分别不超过50万元、30万 ⏎ 元、30万元。 and 方向4、方向5
    资助额度分别为…，均拟支持1项； ⏎ 方向5申报企业须为高新技术企业。: each value its direction's (不超过
    reaching every item of its list), a clause without 分别 all of theirs, a line opening with a
    direction that one's; none of it a direction of its own."""
    guideline = _parse([
        "二、重点研发计划（责任科室：高新技术科）", "　　本计划项目采取前资助方式，实施期限不超过2年。",
        "（一）现代种业", "方向1：生猪优良品种选育技术", "　　开展种猪育种研究。",
        "方向2：河蟹生态养殖技术", "　　开展稻蟹共作研究。", "方向3：优质粳稻生产技术", "　　开展粳稻品种筛选。",
        "　　上述方向1—3分别拟支持1项、2项、2项，资助额度分别不超过50万元、30万", "元、30万元。",
        "（二）智能制造", "方向4：工业机器人零部件加工技术", "　　开展减速器零部件加工研究。",
        "方向5：高性能电池隔膜研发", "　　开展湿法隔膜涂覆改性研究。",
        "　　方向4、方向5资助额度分别为20万元～40万元、不超过60万元，均拟支持1项；", "方向5申报企业须为高新技术企业。",
    ])
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota,
             leaf.qualifications) for leaf in guideline.leaves] == [
        ("生猪优良品种选育技术", None, 50, 1, []), ("河蟹生态养殖技术", None, 30, 2, []),
        ("优质粳稻生产技术", None, 30, 2, []), ("工业机器人零部件加工技术", 20, 40, 1, []),
        ("高性能电池隔膜研发", None, 60, 1, ["高新技术企业"])]


def test_a_table_adjusting_one_term_a_row_by_code() -> None:
    """表2 个别方向执行标准调整表 (序号 | 方向代码 | 调整事项 | 调整内容): each row one term of the
    direction its code names, over the class's (不作配套要求 waives the class's ratio); the
    section holding the table is no direction."""
    guideline = _parse([
        "二、统一执行标准", "表1　统一执行标准", "项目类别\t支持方式\t资助额度\t实施期限\t配套要求",
        "科技攻关类\t前资助\t每项不超过30万元\t2年\t企业自筹资金与市财政资助资金比例不低于1:1",
        "成果转化类\t后补助\t每项10万元—20万元\t—\t—",
        "三、支持方向", "（一）科技攻关类（归口股室：科技发展股）",
        "1．进口木材高值化加工技术（SFH2026-GG01）", "　　研究内容：开展木材热改性研究。",
        "2．进口食品快速检测技术（SFH2026-GG02）", "　　研究内容：开展快速检测研究。",
        "3．寒地设施蔬菜生产技术（SFH2026-GG04）", "　　研究内容：开展温室结构优化研究。",
        "（二）成果转化类（归口股室：成果转化股）", "4．技术合同交易成果转化补助（SFH2026-ZH02）",
        "　　支持内容：支持企业购买技术成果并在我市实施转化。",
        "四、个别方向执行标准调整", "表2　个别方向执行标准调整表", "序号\t方向代码\t调整事项\t调整内容",
        "1\tSFH2026-GG02\t资助额度\t每项不超过20万元", "2\tSFH2026-GG02\t实施期限\t18个月",
        "3\tSFH2026-GG04\t配套要求\t不作配套要求",
        "五、申报条件", "　　申报单位须在绥芬河市注册。",
    ])
    assert [(leaf.code, leaf.funding_max_wan, leaf.period_years_max, leaf.matching_ratio)
            for leaf in guideline.leaves] == [
        ("SFH2026-GG01", 30, 2, 1), ("SFH2026-GG02", 20, 1.5, 1), ("SFH2026-GG04", 30, 2, None),
        ("SFH2026-ZH02", 20, None, None)]


def test_a_terms_table_laid_sideways_a_column_a_direction() -> None:
    """表1 支持要素表 (支持要素 | 方向1 | 方向2.1 | 方向2.2 | 方向3): each row a term, each column
    a direction's own (≤80 a cap, ≥500 an R&D floor, 企业/不限 under 牵头单位); a rule for
    采取后补助方式支持的项目 binds only those the table makes 后补助."""
    guideline = _parse([
        "三、通用要求", "（一）采取前资助方式支持的项目，申报单位自筹资金与区财政资助资金比例不低于1:1。",
        "第二部分　支持方向", "一、石化新材料领域（归口科室：产业科技科）",
        "方向1　高端聚烯烃催化剂制备技术", "研究内容：开发聚烯烃催化剂制备工艺。",
        "方向2　生物基及可降解材料关键技术", "本方向设以下两个子方向：",
        "2.1　聚乳酸耐热改性及制品开发", "研究内容：研究聚乳酸结晶调控。",
        "2.2　二氧化碳基可降解塑料生产工艺", "研究内容：研究连续化聚合工艺。",
        "方向3　废催化剂资源化利用技术", "研究内容：研究有价金属回收。",
        "表1　石化新材料领域支持要素表", "支持要素\t方向1\t方向2.1\t方向2.2\t方向3",
        "支持方式\t前资助\t前资助\t前资助\t后补助", "资助额度（万元）\t100～200\t≤80\t≤80\t≤50",
        "实施期限（年）\t2\t2\t2\t—", "牵头单位\t企业\t企业\t不限\t企业",
        "上年度研发投入（万元）\t≥500\t≥200\t—\t—", "资质要求\t高新技术企业\t—\t—\t规模以上工业企业",
    ])
    assert [(leaf.title, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.enterprise_lead_only, leaf.min_rd_spend_wan,
             leaf.qualifications, leaf.matching_ratio) for leaf in guideline.leaves] == [
        ("高端聚烯烃催化剂制备技术", "前资助", 100, 200, 2, True, 500, ["高新技术企业"], 1),
        ("聚乳酸耐热改性及制品开发", "前资助", None, 80, 2, True, 200, [], 1),
        ("二氧化碳基可降解塑料生产工艺", "前资助", None, 80, 2, False, None, [], 1),
        ("废催化剂资源化利用技术", "后补助", None, 50, None, True, None, ["规上企业"], None)]


def test_conditions_defined_once_by_letter_and_picked_by_each_direction() -> None:
    """（二）专项条件代号 ⏎ A　申报单位须为…高新技术企业。 … ⏎ 适用条件：A、D、F: each direction takes
    the conditions its letters pick, and no condition binds a direction that did not pick it."""
    guideline = _parse([
        "一、申报条件及代号", "（一）基本条件", "　　申报单位须在高密市行政区域内注册。", "（二）专项条件代号",
        "A　申报单位须为有效期内的国家高新技术企业。", "B　申报单位须为已入库的科技型中小企业。",
        "D　申报单位上年度研发费用不低于500万元。", "F　须由企业牵头申报，可联合高等院校共同申报。",
        "G　企业、高等院校、科研院所等均可牵头申报。", "H　申报单位自筹资金与市财政资助资金比例不低于2:1。",
        "二、支持计划及方向", "（一）产业关键技术攻关计划", "　　本计划项目采取前资助方式，实施期限2年。",
        "1．高性能轮胎模具激光精密加工技术", "项目编号：GM2026GY01", "支持额度：不超过100万元",
        "适用条件：A、D、F、H", "主要内容：研究轮胎模具花纹激光精密雕刻。",
        "2．基层医疗机构慢病随访技术应用", "项目编号：GM2026SF01", "支持额度：不超过20万元",
        "适用条件：G", "主要内容：开展慢病随访应用。",
    ])
    assert [(leaf.code, leaf.enterprise_lead_only, leaf.min_rd_spend_wan, leaf.matching_ratio,
             leaf.qualifications) for leaf in guideline.leaves] == [
        ("GM2026GY01", True, 500, 2, ["高新技术企业"]), ("GM2026SF01", False, None, None, [])]


def test_terms_paragraphs_between_directions_bind_those_after_them() -> None:
    """以下方向采取前资助方式…： ⏎ 1．… 2．… ⏎ 以下方向采取后补助方式…，不设实施期限： ⏎ 3．…: each
    paragraph binds the directions after it up to the next (the first one too, not the group's
    for all), 不设实施期限 waives the period, and 申报前资助项目的… binds 前资助 ones only."""
    guideline = _parse([
        "二、一般规定", "　　（一）申报前资助项目的，申报单位自筹资金与市财政资助资金比例不低于1:1。",
        "三、支持方向及标准", "（一）现代农业（归口股室：农村科技股）",
        "　　以下方向采取前资助方式，每项资助不超过15万元，实施期限2年，企业、高等院校、科研院所均可牵头申报：",
        "1．灵武长枣设施栽培提质增效技术", "　　研究内容：研究灵武长枣设施栽培。", "　　拟支持项目数：2项。",
        "2．奶牛高效繁育技术研究", "　　研究内容：开展奶牛性控冻精研究。", "　　拟支持项目数：1项。",
        "　　以下方向采取后补助方式，按验收确认的示范面积每亩300元给予补助，单",
        "个项目最高不超过10万元，不设实施期限：",
        "3．设施蔬菜病虫害绿色防控技术示范", "　　研究内容：集成设施蔬菜病虫害生物防治技术。",
        "　　拟支持项目数：3项。",
    ])
    assert [(leaf.funding_mode, leaf.funding_max_wan, leaf.period_years_max,
             leaf.enterprise_lead_only, leaf.matching_ratio) for leaf in guideline.leaves] == [
        ("前资助", 15, 2, False, 1), ("前资助", 15, 2, False, 1), ("后补助", 10, None, None, None)]


def test_a_sqlplus_spool_of_the_paragraphs_table() -> None:
    """SQL*Plus's spool: rows under a header and its rule, the text column wrapped onto lines
    indented to it (a code's closing bracket alone on the next); each row's text on its line,
    and a rule naming two plans (…专项、…专项项目实施期限…) theirs, not every direction's."""
    def row(no: int, lvl: int, *text: str) -> list[str]:
        return [f"{no:>10} {lvl:>10} {text[0]}", *(" " * 22 + t for t in text[1:])]
    lines = ["SQL> SET LINESIZE 90", "SQL> SELECT para_no, lvl, content FROM kjj_zn_para;", "",
             "   PARA_NO        LVL CONTENT", "---------- ---------- " + "-" * 40,
             *row(10, 1, "一、总体要求"),
             *row(20, 9, "本年度设技术创新专项、社会民生科技专项、平台奖补三类。技术创新专项、社会民生",
                  "科技专项项目实施期限一般不超过2年。"),
             *row(30, 1, "二、支持方向"), *row(40, 2, "（一）技术创新专项（归口科室：高新技术科）"),
             *row(50, 9, "支持方式：前资助。每项资助不超过50万元。"),
             *row(60, 3, "1．五金刀剪高性能涂层技术（指南代码：DZ2022A01"), " " * 22 + "）",
             *row(70, 9, "研究内容：开展PVD复合涂层研究。"),
             *row(72, 2, "（二）社会民生科技专项（归口科室：社会发展科）"),
             *row(74, 3, "1．石刻文物数字化保护技术（指南代码：DZ2022B01）"),
             *row(76, 9, "研究内容：开展石刻三维数字化研究。每项资助不超过20万元。"),
             *row(80, 2, "（三）平台奖补（归口科室：成果转化科）"),
             *row(90, 3, "1．新认定国家级科技企业孵化器奖补"),
             *row(100, 9, "对新认定的国家级科技企业孵化器，给予一次性奖补50万元。"),
             "", "已选择 13 行。", "SQL> SPOOL OFF"]
    guideline = parse_document("\n".join(lines).encode(), "dazu.lst.txt")
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in guideline.leaves] == [
        ("DZ2022A01", "五金刀剪高性能涂层技术", "高新技术科", 50, 2),
        ("DZ2022B01", "石刻文物数字化保护技术", "社会发展科", 20, 2),
        (None, "新认定国家级科技企业孵化器奖补", "成果转化科", 50, None)]


def test_a_tiddlywiki_tiddler_of_the_guideline() -> None:
    """A .tid file: header fields, ! headings, a |!header|h table of class terms right under a
    heading (no caption), ''bold'' labels; each direction takes its class's row."""
    lines = ["created: 20260227081502123", "tags: 申报指南 [[科技计划项目]]",
             "title: 耒阳市2026年度科技计划项目申报指南", "type: text/vnd.tiddlywiki", "",
             "<<toc-selective-expandable \"耒阳市2026年度科技计划项目申报指南\">>", "",
             "!! 二、项目类别与支持标准", "",
             "|!项目类别|!支持方式|!单项资助额度|!实施期限|!牵头要求|h",
             "|A类（重点研发项目）|前资助|30～50万元|不超过2年|须由企业牵头|",
             "|B类（一般研发项目）|前资助|不超过15万元|不超过1年|不限|", "",
             "!! 三、申报方向", "", "!!! （一）能源与新材料产业（归口股室：高新技术股）", "",
             "!!!! 1．煤矿井下智能化掘进技术（LY2026A01）", "", "''项目类别：''A类。", "",
             "研究内容：开展掘进工作面智能感知研究。", "",
             "!!!! 2．油茶高产新品种选育技术（LY2026B01）", "", "''项目类别：''B类。", "",
             "研究内容：开展油茶良种选育。", ""]
    guideline = parse_document("\n".join(lines).encode(), "leiyang.tid.txt")
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max,
             leaf.enterprise_lead_only) for leaf in guideline.leaves] == [
        ("LY2026A01", 30, 50, 2, True), ("LY2026B01", None, 15, 1, False)]


def test_a_framemaker_mif_of_the_guideline() -> None:
    """FrameMaker's MIF: paragraphs cut into <ParaLine> pieces (mid-number) joined again, the
    class table placed by <ATbl 1> with its title, each direction naming its kind inside its
    content (项目类型：重点项目) and taking that row."""
    def para(*pieces: str) -> list[str]:
        return [" <Para ", "  <PgfTag `Body'>",
                *(line for p in pieces for line in ("  <ParaLine ", f"   <String `{p}'>", "  > # end of ParaLine")),
                " > # end of Para"]

    def cell(text: str) -> list[str]:
        return ["    <Cell ", "     <CellContent ", "      <Para ", "       <ParaLine ",
                f"        <String `{text}'>", "       > # end of ParaLine", "      > # end of Para",
                "     > # end of CellContent", "    > # end of Cell"]

    def row(*cells: str) -> list[str]:
        return ["   <Row ", *(line for c in cells for line in cell(c)), "   > # end of Row"]
    lines = ["<MIFFile 2019> # Generated by FrameMaker 15.0.5.838", "<Tbls ", " <Tbl ", "  <TblID 1>",
             "  <TblTitle ", "   <TblTitleContent ", "    <Para ", "     <ParaLine ",
             "      <String `表1  项目类型与支持标准'>", "     > # end of ParaLine", "    > # end of Para",
             "   > # end of TblTitleContent", "  > # end of TblTitle",
             *row("项目类型", "支持方式", "资助额度", "执行期"),
             *row("重点项目", "前资助", "100～150万元", "不超过3年"),
             *row("一般项目", "前资助", "不超过30万元", "不超过2年"), " > # end of Tbl", "> # end of Tbls",
             "<TextFlow ", *para("二、支持方式与标准"), *para("各类项目的支持方式、资助额度和执行期见表1。"),
             " <Para ", "  <ParaLine ", "   <ATbl 1>", "  > # end of ParaLine", " > # end of Para",
             *para("四、支持方向"), *para("（一）北斗导航与空间信息（归口处室：高新技术产业科）"),
             *para("1．北斗高精度定位芯片研发（QP26-ZD01）"),
             *para("研究内容：研发高精度定位芯片，定位精", "度优于厘米级。项目类型：重点项目。拟支持1项。"),
             *para("2．北斗低空导航增强应用（QP26-YB01）"),
             *para("研究内容：开展导航增强研究。项目类型：一般项目。"), "> # end of TextFlow"]
    guideline = parse_document("\n".join(lines).encode(), "qingpu.mif.txt")
    assert [(leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max) for leaf in guideline.leaves] == [
        ("QP26-ZD01", "高新技术产业科", 100, 150, 3), ("QP26-YB01", "高新技术产业科", None, 30, 2)]
    assert all("<String" in lines[leaf.source_line - 1] for leaf in guideline.leaves)


def test_an_excel_2003_xml_spreadsheet_of_the_guideline() -> None:
    """SpreadsheetML: a prose sheet of class terms, then a sheet of directions a row each
    (merged group rows, ss:Index skipping empty cells); each leaf cites its title cell's line
    and takes its class's terms from the first sheet."""
    def row(*cells: str, index: dict[int, str] | None = None) -> list[str]:
        body = [f'    <Cell><Data ss:Type="String">{c}</Data></Cell>' for c in cells]
        body += [f'    <Cell ss:Index="{i}"><Data ss:Type="String">{c}</Data></Cell>'
                 for i, c in (index or {}).items()]
        return ["   <Row>", *body, "   </Row>"]

    def merged(text: str) -> list[str]:
        return ["   <Row>", f'    <Cell ss:MergeAcross="5"><Data ss:Type="String">{text}</Data></Cell>',
                "   </Row>"]
    lines = ['<?xml version="1.0"?>', '<?mso-application progid="Excel.Sheet"?>',
             '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">',
             ' <Worksheet ss:Name="指南正文">', "  <Table>",
             *merged("二、项目类别与支持标准"),
             *merged("（一）重大科技攻关项目（A类）：采取前资助方式，资助额度100～200万元，实施期限不超过3年。"),
             *merged("（二）重点研发项目（B类）：采取前资助方式，资助额度不超过50万元，实施期限不超过2年。"),
             *merged("三、联系方式"), *merged("高新技术科：俞老师，0575-82120391"),
             "  </Table>", " </Worksheet>", ' <Worksheet ss:Name="项目指南目录">', "  <Table>",
             *merged("上虞区2024年度科技计划项目指南目录"),
             *row("序号", "方向名称", "指南代码", "项目类别", "主要研究内容及考核指标", "支持方式及额度",
                  "归口科室"),
             *merged("一、精细化工与新材料"),
             *row("1", "高性能染料中间体绿色合成工艺", "SY2024A01", "A类", "研究开发连续流硝化工艺。",
                  "前资助，资助150万元", "高新技术科"),
             *row("2", "光电照明智能控制系统", "SY2024B01", "B类", "研发智能调光控制系统。",
                  index={7: "高新技术科"}),
             "  </Table>", " </Worksheet>", "</Workbook>"]
    guideline = parse_document("\n".join(lines).encode(), "shangyu.xml.txt")
    assert [(leaf.code, leaf.title, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max) for leaf in guideline.leaves] == [
        ("SY2024A01", "高性能染料中间体绿色合成工艺", 150, 150, 3),
        ("SY2024B01", "光电照明智能控制系统", None, 50, 2)]
    assert all(leaf.title in lines[leaf.source_line - 1] for leaf in guideline.leaves)


def test_plans_whose_terms_ride_in_a_bracket_after_an_ordinal_keyword() -> None:
    """第一专项　…（前资助；每项20万—40万元；实施期限2年；归口：…科） ⏎ （1）…: 第一专项 is 专项一, its
    bracket the plan's terms and office, a direction's own sentence over them."""
    guideline = _parse([
        "二、专项及支持方向",
        "第一专项　盐湖资源综合利用与新材料（前资助；每项20万—40万元；实施期限2年；归口：高新技术与成果转化科）",
        "本专项项目须由企业牵头申报。", "（1）卤水提锂母液中硼镁资源回收技术", "项目代码：DLH2021-YH01",
        "研究内容：研究母液深度除杂工艺。", "（2）高纯氢氧化镁阻燃材料制备", "项目代码：DLH2021-YH02",
        "研究内容：研究可控结晶技术。", "本方向资助额度调整为15万—30万元。",
        "第二专项　光伏光热清洁能源（前资助，资金分年度拨付；每项30万—60万元；实施期限不超过3年；归口：高新技术与成果转化科）",
        "本专项不限牵头单位性质，企业、高等院校、科研院所均可牵头申报。",
        "（3）定日镜场智能清洗技术", "项目代码：DLH2021-GR01", "研究内容：研究清洗机器人路径规划。",
    ])
    assert [(leaf.code, leaf.office, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.enterprise_lead_only) for leaf in guideline.leaves] == [
        ("DLH2021-YH01", "高新技术与成果转化科", "前资助", 20, 40, 2, True),
        ("DLH2021-YH02", "高新技术与成果转化科", "前资助", 15, 30, 2, True),
        ("DLH2021-GR01", "高新技术与成果转化科", "前资助、分年拨付", 30, 60, 3, False)]


def test_standards_for_every_direction_listed_under_a_general_sentence() -> None:
    """第一部分　总体说明 ⏎ 本指南各方向除单独注明外，统一执行以下支持标准： ⏎ （一）支持方式：前资助。 …
    （四）牵头单位：须由…企业牵头申报: every direction's terms, the lead rule's label too."""
    guideline = _parse([
        "第一部分　总体说明", "为加快京西智谷建设，现发布申报指南。", "本指南各方向除单独注明外，统一执行以下支持标准：",
        "（一）支持方式：前资助。", "（二）支持强度：每项不超过100万元。", "（三）实施周期：不超过2年。",
        "（四）牵头单位：须由在门头沟区注册的企业牵头申报。", "第二部分　支持方向", "专题一　人工智能与数字经济",
        "方向1　大模型行业应用", "研究内容：研发智能导览系统。",
        "方向2　智算中心绿色低碳运维关键技术", "研究内容：研究液冷服务器能效优化。",
        "单独注明：实施周期不超过3年。",
    ])
    assert [(leaf.funding_mode, leaf.funding_max_wan, leaf.period_years_max,
             leaf.enterprise_lead_only) for leaf in guideline.leaves] == [
        ("前资助", 100, 2, True), ("前资助", 100, 3, True)]


def test_notes_explaining_bracketed_marks_in_one_line() -> None:
    """…技术（注①）（注③） and, closing the plan, 注：①标注注①的方向须由企业牵头申报…；③标注注③的方向…:
    each mark's rule for the directions it marks; the marks leave the titles."""
    guideline = _parse([
        "（一）重点研发专项（归口科室：高新技术科）", "专项要求：采取事前资助方式；每项支持50万元至100万元。",
        "1.铅锌冶炼烟气多金属协同回收技术（注①）", "指南代码：JY2026ZD01", "研究内容：研究协同捕集技术。",
        "2.钢铁烧结烟气超低排放技术（注①）（注③）", "指南代码：JY2026ZD02", "研究内容：研究多污染物协同治理。",
        "3.冬凌草活性成分提取技术", "指南代码：JY2026ZD03", "研究内容：开展冬凌草甲素分离纯化。",
        "注：①标注注①的方向须由企业牵头申报，牵头企业须为高新技术企业；③标注注③的方向企业自筹资金与财政资助资金比例不低于2:1。",
    ])
    assert [(leaf.title, leaf.enterprise_lead_only, leaf.qualifications, leaf.matching_ratio)
            for leaf in guideline.leaves] == [
        ("铅锌冶炼烟气多金属协同回收技术", True, ["高新技术企业"], None),
        ("钢铁烧结烟气超低排放技术", True, ["高新技术企业"], 2),
        ("冬凌草活性成分提取技术", None, [], None)]


def test_a_web_pages_collapsible_sections_copied_open() -> None:
    """▼ 二、支持方向 [收起] / ▶ 方向1　… [点击展开]: the toggles are the page's, not the titles';
    子方向3-A is a sub-direction keyword like 子方向3; 攻关点1（code）： too."""
    guideline = _parse([
        "▼ 二、支持方向 [收起]", "▶ （一）现代农业（农村科技股） [点击展开]",
        "▶ 方向1　大豆高油高蛋白品种筛选技术示范 [点击展开]", "方向代码：ZLT25NY01", "主要内容：开展品种筛选。",
        "▶ 方向2　道地药材生态种植技术 [点击展开]", "本方向设以下子方向：",
        "子方向2-A　防风仿野生种植技术规范（ZLT25NY02A）", "主要内容：制定种植技术规范。",
        "子方向2-B　赤芍产地初加工技术（ZLT25NY02B）", "主要内容：建设追溯体系。",
        "▶ 方向3　镁质耐火材料低碳制备技术 [点击展开]", "类别：一般研发类　编号：DSQ2027-MG02",
        "本方向设以下两个攻关点，按攻关点申报：", "攻关点1（DSQ2027-MG02-1）：镁碳砖低碳化技术",
        "研究内容：研究纳米碳源对镁碳砖性能的影响。", "攻关点2（DSQ2027-MG02-2）：无铬耐火材料应用",
        "研究内容：研究镁铝尖晶石无铬耐火材料制备工艺。",
    ])
    assert [(leaf.code, leaf.title) for leaf in guideline.leaves] == [
        ("ZLT25NY01", "大豆高油高蛋白品种筛选技术示范"), ("ZLT25NY02A", "防风仿野生种植技术规范"),
        ("ZLT25NY02B", "赤芍产地初加工技术"), ("DSQ2027-MG02-1", "镁碳砖低碳化技术"),
        ("DSQ2027-MG02-2", "无铬耐火材料应用")]


def test_labelled_values_set_apart_by_a_wide_space() -> None:
    """类别：重点攻关类　编号：DSQ2027-MG01 under a heading: two fields, the code the direction's."""
    guideline = _parse([
        "一、镁质材料及耐火材料产业（高新技术科）", "（一）高纯电熔镁砂节能冶炼与智能控制技术",
        "　　类别：重点攻关类　编号：DSQ2027-MG01", "　　研究内容：研究电弧炉供电曲线优化。",
        "（二）镁质耐火材料低碳制备技术", "　　类别：一般研发类　编号：DSQ2027-MG02", "　　研究内容：开发低碳镁碳砖。",
    ])
    assert [(leaf.code, leaf.office) for leaf in guideline.leaves] == [
        ("DSQ2027-MG01", "高新技术科"), ("DSQ2027-MG02", "高新技术科")]


def test_levels_named_in_words_with_a_closing_general_standard() -> None:
    """一级方向1：… ⏎ 二级方向1.1：… ⏎ 三级方向1.2.1：…: each level said in words, a 二级方向 with
    三级方向 under it no leaf; 三、通用标准's items (除另有约定外…) are every direction's defaults,
    and an item naming 一级方向1、一级方向2中采取前资助方式的项目 binds only those, by mode."""
    guideline = _parse([
        "二、申报方向", "一级方向1：汽车及零部件", "　　本级约定：项目须由企业牵头申报。",
        "二级方向1.1：一体化压铸工艺开发", "　　指南代码：YZ2026-QC-01", "　　支持内容：开发压铸模具。",
        "二级方向1.2：碳化硅功率模块封装", "　　本级约定：单项资助不超过80万元。",
        "三级方向1.2.1：银烧结低温封装工艺", "　　指南代码：YZ2026-QC-0201", "　　支持内容：研究烧结工艺。",
        "二级方向1.3：涤纶工业丝性能提升", "　　指南代码：YZ2026-QC-03", "　　支持内容：研究纺丝工艺。",
        "　　本级约定：采取后补助方式，最高不超过100万元。",
        "一级方向2：社会发展", "　　本级约定：企业、高等学校、科研院所均可牵头申报。",
        "二级方向2.1：岸线生态修复", "　　指南代码：YZ2026-SF-01", "　　支持内容：开展生态修复。",
        "三、通用标准", "　　（一）支持方式：除另有约定外，采取前资助方式。",
        "　　（二）资助额度：除另有约定外，单项资助不超过50万元。",
        "　　（三）配套要求：一级方向1中采取前资助方式的项目，牵头企业自筹经费不低于市财政资助经费的1.5倍。",
        "四、联系方式", "　　高新技术科：0514-83421105",
    ])
    assert [(leaf.code, leaf.funding_mode, leaf.funding_max_wan, leaf.matching_ratio,
             leaf.enterprise_lead_only) for leaf in guideline.leaves] == [
        ("YZ2026-QC-01", "前资助", 50, 1.5, True), ("YZ2026-QC-0201", "前资助", 80, 1.5, True),
        ("YZ2026-QC-03", "后补助", 100, None, True), ("YZ2026-SF-01", "前资助", 50, None, False)]


def test_a_standard_deferred_to_a_policys_article_takes_no_default_grant() -> None:
    """支持标准按《…若干政策措施》（仪发〔2024〕8号）第十二条执行: the grant is the policy's, not the
    general 单项资助不超过50万元; 兑付额最高不超过20万元 is a grant of its own."""
    guideline = _parse([
        "一、支持方向", "（一）科技成果转化", "1.高价值专利培育",
        "支持内容：支持企业开展专利布局，支持标准按《仪征市关于加快推进科技创新的若干政策措施》（仪发〔2024〕8号）第十二条执行。",
        "2.科技创新券兑付", "支持内容：按服务合同金额的50%兑付创新券，单个企业年度兑付额最高不超过20万元。",
        "3.产学研合作", "支持内容：支持企业与高校合作。",
        "二、通用标准", "（一）资助额度：除另有约定外，单项资助不超过50万元。",
    ])
    assert [leaf.funding_max_wan for leaf in guideline.leaves] == [None, 20, 50]


def test_packages_of_directions_under_ordinal_plates() -> None:
    """第一板块 ⏎ 项目包一 ⏎ 1．… and 补助事项一: plates, packages and items by keyword; a package's
    各方向合计支持不超过6项 is no direction's count; rules naming 第一板块 bind its directions only;
    除…贷款贴息外，均采取后补助方式 spares the item so titled; a code line closing an item's
    paragraph is its own; 增量在500万元（含）以内的部分 is where a band ends, not a grant."""
    guideline = _parse([
        "一、总体要求", "（一）实施期限。除另有说明外，第一板块项目实施期限一般不超过2年。",
        "（二）第一板块项目牵头企业自筹资金与区财政资助资金比例不低于2:1。",
        "二、支持板块", "第一板块　产业技术创新", "本板块项目采取前资助方式。",
        "项目包一　天然气化工（归口科室：产业科技科）",
        "包内约定：包内总经费400万元，各方向合计支持不超过6项，单项资助不超过80万元。",
        "1．乙炔法精细化学品合成技术", "研究内容：开展催化剂制备研究。", "指南代码：CS2022-CY0101",
        "第二板块　创新主体培育（归口科室：创新发展科）",
        "本板块除科技型企业信用贷款贴息外，均采取后补助方式，不设实施期限。",
        "补助事项一　企业研发投入增量分段补助",
        "对研发投入增长的企业，按增量分段给予补助：增量在500万元（含）以内的部分按10%给予补助，单个企业年度补助金额最高不超过100万元。",
        "事项代码：CS2022-HB01",
        "补助事项二　科技型企业信用贷款贴息",
        "对获得信用贷款的科技型中小企业，按实际支付利息的50%给予贴息，单个企业贴息金额最高不超过10万元。",
        "事项代码：CS2022-HB02",
        "三、申报程序", "登录系统在线填报。",
    ])
    assert [(leaf.code, leaf.funding_mode, leaf.funding_max_wan, leaf.quota,
             leaf.period_years_max, leaf.matching_ratio) for leaf in guideline.leaves] == [
        ("CS2022-CY0101", "前资助", 80, None, 2, 2), ("CS2022-HB01", "后补助", 100, None, None, None),
        ("CS2022-HB02", "贷款贴息", 10, None, None, None)]


def test_topics_of_a_soft_science_plan_open_to_schools_and_party_schools() -> None:
    """选题1：…（code）: a topic is a direction; 高等学校、党校、研究机构和企业均可申报 lets others
    than firms lead."""
    guideline = _parse([
        "四、软科学研究计划（归口：政策法规科）",
        "　　本计划每项资助2万元，研究期限1年，高等学校、党校、研究机构和企业均可申报。",
        "选题1：县域科技创新体系建设路径研究（LHK2020-RK01）",
        "选题2：汉江生态经济带绿色发展科技支撑研究（LHK2020-RK02）",
        "五、联系方式", "政策法规科：0710-8221332。",
    ])
    assert [(leaf.code, leaf.funding_max_wan, leaf.enterprise_lead_only)
            for leaf in guideline.leaves] == [("LHK2020-RK01", 2, False), ("LHK2020-RK02", 2, False)]


def test_an_estimate_label_its_instalments_and_a_grant_after_a_count() -> None:
    """项目概算：市拨经费20万元（2019年拨付12万元，2020年拨付8万元）: the grant is 20, paid in two
    parts; 拟立项2项，本方向每项补助10万元 states the direction's own grant after its count."""
    guideline = _parse([
        "（一）农业科技创新计划（归口：农村科技股）", "本计划采取前资助方式，各项目市拨经费以“项目概算”为准。",
        "(1)五常大米优质稻新品种选育", "　　项目编号：WC2019-NY01", "　　主要内容：开展新品种选育。",
        "　　项目概算：市拨经费20万元（2019年拨付12万元，2020年拨付8万元）；拟立项1项。",
        "（二）企业技术创新计划（归口：工业股）", "采取后补助方式，每项补助5万～20万元。",
        "(2)绿色食品加工工艺改进", "　　项目编号：WC2019-QY03", "　　主要内容：开展工艺改进。",
        "　　考核指标：开发新产品2个以上。拟立项2项，本方向每项补助10万元。",
    ])
    assert [(leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota)
            for leaf in guideline.leaves] == [(20, 20, 1), (10, 10, 2)]


def test_a_plates_funding_table_by_direction_number_among_text_boxes_and_footnotes() -> None:
    """本板块资金安排 ⏎ 方向 | 拟支持项目数（项） | 单项资助额度（万元） | 小计（万元） ⏎ 方向1 | 2 | 20～30 |
    60 … 方向2（子方向一） | 1 | 10 | 10 ⏎ 合计 …: each row its direction's own terms, the sums
    none's, the direction before the table still one; a 【温馨提示】 box says nothing of the
    directions; a footnote's mark [1] after the office's bracket is no part of it."""
    guideline = _parse([
        "二、支持板块及方向",
        "第一板块　寒地试车产业科技创新（归口：高新技术股）[1]",
        "　　支持政策：本板块采取前资助方式；项目实施期限2年；须由企业牵头申报。",
        "方向1　寒区整车热管理测试评价技术", "　　方向代码：YKS2023-HQ01", "　　研究内容：研究测试方法。",
        "【政策速览】", "2022年度，全市共立项科技计划项目12项，其中单项最高资助50万元。",
        "方向2　北药道地药材规范化种植", "　　方向代码：YKS2023-HQ02", "　　本方向设以下2个子方向。",
        "子方向一　赤芍仿野生种植技术（YKS2023-HQ02-1）", "　　研究内容：开展种源筛选。",
        "子方向二　黄芪低温干燥技术（YKS2023-HQ02-2）", "　　研究内容：研究干燥曲线。",
        "方向3　寒区试验数据远程管理平台", "　　方向代码：YKS2023-HQ03", "　　研究内容：建设云平台。",
        "本板块资金安排",
        "方向\t拟支持项目数（项）\t单项资助额度（万元）\t小计（万元）",
        "方向1\t2\t20～30\t60", "方向2（子方向一）\t1\t10\t10", "方向2（子方向二）\t1\t15\t15",
        "方向3\t1\t30～50\t50", "合计\t5\t—\t135",
        "第二板块　科技成果转化（归口：成果转化股）", "　　支持政策：本板块采取后补助方式，每项补助10万元。",
        "方向4　技术合同交易补助", "　　方向代码：YKS2023-CG01", "　　支持内容：对技术吸纳方企业给予补助。",
        "三、申报程序", "登录系统在线填报。",
    ])
    assert [(leaf.code, leaf.office, leaf.quota, leaf.funding_min_wan, leaf.funding_max_wan)
            for leaf in guideline.leaves] == [
        ("YKS2023-HQ01", "高新技术股", 2, 20, 30), ("YKS2023-HQ02-1", "高新技术股", 1, 10, 10),
        ("YKS2023-HQ02-2", "高新技术股", 1, 15, 15), ("YKS2023-HQ03", "高新技术股", 1, 30, 50),
        ("YKS2023-CG01", "成果转化股", None, 10, 10)]


def test_directions_adjusting_general_clauses_by_number() -> None:
    """三、通用条款 ⏎ 第1条　支持方式：… ⏎ …: every direction's unless it says otherwise; 条款适用：
    第2条调整为…；不适用第5条、第7条 changes and drops clauses by number; 本专题条款适用 is the
    group's, 以上两个子方向条款适用 the divided direction's."""
    guideline = _parse([
        "一、总体说明", "　　本指南所列方向统一执行本指南“三、通用条款”。",
        "二、支持方向",
        "（一）汽车及零部件专题（归口：高新技术科）",
        "1．新能源商用车底盘轻量化结构件开发（HH2026-QC01）", "　　研究内容：开展拓扑优化设计。",
        "　　条款适用：执行第1—7条。",
        "2．汽车覆盖件模具数字化设计技术（HH2026-QC02）", "　　研究内容：开展模具仿真。",
        "　　条款适用：第2条调整为每项30万元至50万元；第6条调整为拟支持2项；不适用第7条；其余执行通用条款。",
        "3．渤海湾对虾循环水养殖关键技术（HH2026-HY02）", "　　本方向设以下2个子方向，每个子方向支持1项。",
        "　　（1）南美白对虾苗种繁育技术（HH2026-HY02-1）", "　　研究内容：开展苗种驯化。",
        "　　（2）养殖尾水处理与资源化利用（HH2026-HY02-2）", "　　研究内容：研究尾水净化。",
        "　　以上两个子方向条款适用：第2条调整为每项15万元；第4条调整为企业、高等学校、科研院所均可牵头申报；不适用第5条、第7条；其余执行通用条款。",
        "（二）科技成果转化专题（归口：成果转化科）",
        "　　本专题条款适用：第1条调整为后补助；第2条调整为每项最高不超过50万元；第3条调整为1年；不适用第5条；其余执行通用条款。",
        "1．高校院所科技成果转化落地（HH2026-CZ01）", "　　支持内容：支持企业承接科技成果。",
        "　　条款适用：执行本专题条款。",
        "三、通用条款",
        "　　第1条　支持方式：前资助。", "　　第2条　资助额度：每项20万元至40万元。",
        "　　第3条　实施期限：2年。", "　　第4条　牵头要求：须由企业牵头申报。",
        "　　第5条　配套要求：申报企业自筹资金与市财政资助资金比例不低于1:1。",
        "　　第6条　支持数量：每个方向原则上支持1项。",
        "　　第7条　研发投入：牵头企业上年度研发费用不低于50万元。",
        "四、申报条件", "　　（一）申报单位须在黄骅市注册登记。",
    ])
    assert [(leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max,
             leaf.quota, leaf.enterprise_lead_only, leaf.matching_ratio, leaf.min_rd_spend_wan)
            for leaf in guideline.leaves] == [
        ("前资助", 20, 40, 2, 1, True, 1, 50), ("前资助", 30, 50, 2, 2, True, 1, None),
        ("前资助", 15, 15, 2, 1, False, None, None), ("前资助", 15, 15, 2, 1, False, None, None),
        ("后补助", None, 50, 1, 1, True, None, 50)]


def test_counts_times_grants_and_a_rule_for_the_larger_grants() -> None:
    """立项数量及资助额度：不超过2项×最高30万元 states the count and the grant; 申请资助额度在50万元
    以上（含50万元）的项目，须由企业牵头… (under 二、资助标准及通用要求) binds only the directions
    whose listed grant is at least 50万元."""
    guideline = _parse([
        "二、资助标准及通用要求",
        "（一）各计划的支持方式和各方向的资助额度，在方向说明中列明。",
        "（二）申请师市财政资助额度在50万元以上（含50万元）的项目，须由企业牵头申报，牵头企业上年度研发投入不低于200万元。",
        "三、支持方向", "（一）重点领域科技攻关计划（归口：高新技术科）", "本计划采取前资助方式。",
        "1.煤制乙二醇副产物高值化利用技术", "主要内容：研究分离提纯技术。", "资助额度：每项60～80万元，拟支持1项。",
        "2.棉纺织在线质量检测技术", "主要内容：研究疵点检测技术。", "立项数量及资助额度：不超过2项×最高30万元",
    ])
    assert [(leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota, leaf.enterprise_lead_only,
             leaf.min_rd_spend_wan) for leaf in guideline.leaves] == [
        (60, 80, 1, True, 200), (None, 30, 2, None, None)]


def test_a_leo_outline_of_the_guideline() -> None:
    """A .leo file: the outline only in the nesting of <v> nodes, each body apart in <tnodes>
    sorted by id; a firm's own notes as a second, smaller outline (last year's terms in them)
    are no part of the guideline; each headline on its own line."""
    def v(node: str, head: str, close: bool = True) -> str:
        return f'<v t="js.{node}"><vh>{head}</vh>' + ("</v>" if close else "")
    def t(node: str, *body: str) -> list[str]:
        return [f'<t tx="js.{node}">{body[0]}', *body[1:], "</t>"]
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<leo_file>", "<vnodes>",
             v("1", "江山市2026年度科技计划项目申报指南", close=False),
             v("2", "一、项目类别及支持标准"), v("3", "二、申报方向", close=False),
             v("4", "（一）高端装备与智能制造", close=False),
             v("5", "1．智能输配电装备关键部件研发（JS26A01）"),
             v("6", "2．消防装备轻量化关键技术（JS26B01）"), "</v>", "</v>",
             v("7", "三、联系方式"), "</v>",
             v("8", "【我司】申报准备（内部）", close=False), v("9", "去年指南支持标准（已作废）"), "</v>",
             "</vnodes>", "<tnodes>",
             *t("2", "本年度项目分为A类、B类，按类别执行以下支持标准：",
                "A类（重点研发项目）：采取前资助方式，单个项目资助30万～60万元，须由企业牵头申报。",
                "B类（一般研发项目）：采取前资助方式，单个项目资助不超过20万元。"),
             *t("4", "归口科室：高新技术科"),
             *t("5", "项目类别：A类", "研究内容：开展永磁操动机构研究。"),
             *t("6", "项目类别：B类", "研究内容：开展消防水带轻量化研究。"),
             *t("7", "高新技术科：0570-4022318"),
             *t("9", "A类：前资助，20万～50万元。", "B类：前资助，不超过15万元。"),
             "</tnodes>", "</leo_file>"]
    guideline = parse_document("\n".join(lines).encode(), "jiangshan.leo.txt")
    assert [(leaf.source_line, leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan)
            for leaf in guideline.leaves] == [
        (8, "JS26A01", "高新技术科", 30, 60), (9, "JS26B01", "高新技术科", None, 20)]


def test_a_text_enriched_file_of_the_guideline() -> None:
    """text/enriched: <bold> headings and <x-color><param>red</param> amounts, the fill's
    soft breaks (one newline joins, a blank line ends a paragraph), a heading's code wrapped
    onto the next line, << for '<'."""
    lines = ["Content-Type: text/enriched", "Text-Width: 70", "",
             "<center><bold>建瓯市2019年度科技计划项目申报指南</bold>", "", "</center>各有关单位：", "",
             "<bold><x-color><param>blue</param>二、支持重点</x-color></bold>", "",
             "<bold>（一）工业科技计划项目</bold>", "", "归口股室：高新技术股", "",
             "<bold>1．重组竹高效节能生产关键技术研究（JO2019GY01）</bold>", "",
             "<indent>研究内容：开展竹束高效疏解研究，甲醛释放量<<0.5mg/L。本项目拟支持1项，",
             "<x-color><param>red</param>资助20万元</x-color>。", "",
             "</indent><bold>2．汽车零部件消失模精密铸造工艺优化与铸件质量在线控制技术研究",
             "（JO2019GY03）</bold>", "", "<indent>研究内容：开展铸造工艺优化研究。", "",
             "</indent>　　以上方向采取前资助方式，<x-color><param>red</param>每项资助5万～15万元</x-color>，",
             "实施期限2年；项目须由企业牵头申报。", "",
             "<bold><x-color><param>blue</param>三、申报程序</x-color></bold>", "", "登录系统在线填报。"]
    guideline = parse_document("\n".join(lines).encode(), "jianou.txt")
    assert [(leaf.source_line, leaf.code, leaf.title, leaf.office, leaf.funding_max_wan,
             leaf.period_years_max, leaf.enterprise_lead_only) for leaf in guideline.leaves] == [
        (14, "JO2019GY01", "重组竹高效节能生产关键技术研究", "高新技术股", 20, 2, True),
        (19, "JO2019GY03", "汽车零部件消失模精密铸造工艺优化与铸件质量在线控制技术研究",
         "高新技术股", 15, 2, True)]
    assert guideline.leaves[0].content == "开展竹束高效疏解研究，甲醛释放量<0.5mg/L。本项目拟支持1项，资助20万元。"


def test_a_kafka_console_consumers_records_of_two_notices() -> None:
    """kafka-console-consumer with timestamp, partition, offset and key: the notice with the
    most messages, its paragraphs by seq (another notice's interleaved, a retry's copy and the
    consumer's log lines left out), each on its message's line."""
    def rec(partition: int, offset: int, key: str, seq: int, text: str) -> str:
        value = json.dumps({"seq": seq, "tag": "p", "text": text}, ensure_ascii=False)
        return f"CreateTime:1615860131{offset:03d}\tPartition:{partition}\tOffset:{offset}\t{key}\t{value}"
    pn, jy = "440281-kjj-20210315-01", "445200-kjj-20210312-03"
    lines = ["[2021-03-17 15:19:58,904] WARN [Consumer clientId=console-consumer] LEADER_NOT_AVAILABLE",
             rec(0, 1, jy, 1, "（一）市级重点研发项目"), rec(0, 2, jy, 2, "每项资助50万～100万元。"),
             rec(2, 10, pn, 1, "二、支持方向"), rec(2, 11, pn, 2, "（一）重点领域研发专项（归口股室：高新技术股）"),
             rec(2, 12, pn, 3, "本专项采取前资助方式，每项资助20万～50万元，实施期限不超过2年。"),
             rec(2, 13, pn, 4, "1．纺织服装绿色印染技术（PN2021ZD01）"),
             rec(0, 3, jy, 3, "（二）市级农村科技特派员项目"), rec(0, 4, jy, 4, "每项资助3万元，实施期限1年。"),
             rec(2, 14, pn, 5, "研究内容：开展少水无水印染研究。"),
             rec(2, 15, pn, 5, "研究内容：开展少水无水印染研究。"),
             rec(2, 16, pn, 6, "2．青梅精深加工技术（PN2021ZD02）"),
             rec(2, 17, pn, 7, "研究内容：开展青梅低糖蜜饯开发。"),
             "Processed a total of 11 messages"]
    guideline = parse_document("\n".join(lines).encode(), "puning.txt")
    assert [(leaf.source_line, leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max) for leaf in guideline.leaves] == [
        (7, "PN2021ZD01", "高新技术股", 20, 50, 2), (12, "PN2021ZD02", "高新技术股", 20, 50, 2)]


def test_parts_counted_in_words_and_classes_picked_on_a_shared_line() -> None:
    """其一：…（code） ⏎ 其二：…: a direction's parts; 受理类别：A类　　指南编号：… picks the class whose
    terms 一、项目类别 states; 每个方向拟支持1～2项 counts 2."""
    guideline = _parse([
        "一、项目类别及支持标准",
        "（一）A类（企业牵头类）：须由企业牵头申报。采取前资助方式，每项资助20万～50万元，实施期限2年。",
        "（二）B类（院所牵头类）：采取前资助方式，每项资助10万～20万元，实施期限2年。",
        "二、支持方向", "（一）绿色食品与都市农业（农村科技科）",
        "每个方向拟支持1～2项。",
        "1．蓟州板栗精深加工关键技术研究", "受理类别：A类　　指南编号：JZKJ2024-01", "研究内容：开发系列新产品。",
        "2．丝麻纺织新产品开发", "　　本方向设两个子方向。",
        "其一：高支真丝面料开发（GP2021-GY0201）", "　　研究内容：开展高支真丝织造研究。",
        "　　考核指标：开发新产品5个以上。",
        "其二：丝麻混纺染整工艺研究（GP2021-GY0202）", "　　研究内容：研究低温染色工艺。",
        "3．特色林果优良品种选育", "受理类别：B类　　指南编号：JZKJ2024-03", "研究内容：开展良种选育。",
    ])
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota)
            for leaf in guideline.leaves] == [
        ("JZKJ2024-01", 20, 50, 2), ("GP2021-GY0201", None, None, 2),
        ("GP2021-GY0202", None, None, 2), ("JZKJ2024-03", 10, 20, 2)]


def test_revisions_printed_in_place() -> None:
    """资助额度：每项不超过30万元。【更正：资助额度调整为每项不超过40万元，实施期限调整为3年。】 and
    …不超过50万元【更正：每项资助30万～50万元】: each correction replaces what it follows; a
    【新增】 mark leaves the title."""
    guideline = _parse([
        "专项一　海洋与现代农业科技专项", "专项说明：支持方式为前资助，每项资助15万～30万元，实施期限2年。",
        "1.1　海洋牧场贝藻立体增养殖技术（ZH26-NY02）", "研究内容：开展立体增养殖模式优化。",
        "资助额度：每项不超过30万元。【更正：资助额度调整为每项不超过40万元，实施期限调整为3年。】",
        "1.2　【新增】海产品精深加工与冷链保鲜技术（ZH26-NY05）", "研究内容：开展低温即食加工研究。",
        "专项二　先进制造科技专项",
        "专项说明：支持方式为前资助；每项资助额度不超过50万元【更正：每项资助30万～50万元】；实施期限3年。",
        "2.1　海上升压站防腐与状态监测系统（ZH26-GX0102）", "研究内容：开展防腐涂层研究。",
        "实施期限：3年。【更正：实施期限调整为2年。】",
    ])
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in guideline.leaves] == [
        ("海洋牧场贝藻立体增养殖技术", None, 40, 3), ("海产品精深加工与冷链保鲜技术", 15, 30, 2),
        ("海上升压站防腐与状态监测系统", 30, 50, 2)]


def test_exceptions_for_directions_in_brackets_after_a_plans_terms() -> None:
    """支持方式：前资助（方向4为后补助） / 资助额度：每项10～30万元（方向2每项不超过50万元） /
    实施期限：2年（方向4不设实施期限） / 配套要求：…（方向4除外）: each bracket's clause is the named
    direction's own, the others keep the plan's term; a code wrapped at its hyphen is whole."""
    guideline = _parse([
        "（一）工业科技创新计划", "【计划支持标准】", "　　归口股室：工业科技股",
        "　　支持方式：前资助（方向4为后补助）",
        "　　资助额度：每项10～30万元（方向2每项不超过50万元；方向4按研发费用增量的10%给予补助，单个企业最高不超过20万元）",
        "　　实施期限：2年（方向4不设实施期限）",
        "　　配套要求：自筹经费与市财政资助经费比例不低于2:1（方向4除外）",
        "方向1　汽车关键零部件轻量化技术研发", "　　支持轻量化材料应用研究。指南代码：DJK2021-GY01。",
        "方向2　高性能铸件绿色短流程铸造工艺开发", "　　支持短流程熔炼研究。指南代码：DJK2021-",
        "GY02。", "方向4　企业研发投入后补助", "　　对研发费用增长的企业给予后补助。指南代码：DJK2021-GY04。",
    ])
    assert [(leaf.code, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.matching_ratio) for leaf in guideline.leaves] == [
        ("DJK2021-GY01", "前资助", 10, 30, 2, 2), ("DJK2021-GY02", "前资助", None, 50, 2, 2),
        ("DJK2021-GY04", "后补助", None, 20, None, None)]


def test_lettered_parts_stage_tags_and_numbered_special_notes() -> None:
    """3A．…/3B．… are direction 3's parts; 【上游·…】本环节项目… tags a stage of a chain, its
    terms its directions'; a code line before 本方向拟支持1项。 closes its direction; （四）特别说明
    ⏎ 1．方向2… gives direction 2 its terms and is no direction."""
    guideline = _parse([
        "二、支持方向", "1．智能电气产业链（产业科技科）",
        "本产业链项目采取前资助方式，每项资助30～50万元，实施期限2年。",
        "【上游·核心材料与关键元器件】本环节项目每项资助50～80万元。",
        "（1）环保型绝缘材料研发", "研究内容：研究环保绝缘气体相容性。", "指南代码：YZ26-DQ-S01",
        "本方向拟支持1项。",
        "【中游·成套装备与系统集成】",
        "（2）中压直流配电成套装备研制", "研究内容：研制直流断路器。", "指南代码：YZ26-DQ-Z01",
        "2．磷石膏综合利用", "　　本方向分设A、B两个子方向。",
        "　　3A．磷石膏制备新型建材关键技术研究", "　　　　研究内容：研究净化预处理。",
        "　　　　方向编号：MZ2024-GY-03A",
        "　　3B．磷石膏综合利用中试示范线建设", "　　　　建设内容：建设中试示范线。",
        "　　　　方向编号：MZ2024-GY-03B",
        "三、各类项目支持标准", "（一）特别说明", "　　1．方向2每项资助不超过40万元，拟支持1项。",
    ])
    assert [(leaf.code, leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota)
            for leaf in guideline.leaves] == [
        ("YZ26-DQ-S01", "环保型绝缘材料研发", 50, 80, 1),
        ("YZ26-DQ-Z01", "中压直流配电成套装备研制", 30, 50, None),
        ("MZ2024-GY-03A", "磷石膏制备新型建材关键技术研究", None, 40, 1),
        ("MZ2024-GY-03B", "磷石膏综合利用中试示范线建设", None, 40, 1)]


def test_sections_numbered_with_decimals_after_a_numeral() -> None:
    """二.1 专项 ⏎ 二.1.1 方向 ⏎ 二.1.3.1 子方向: the levels by their decimals; 表1's rows keyed by
    专项编号 (二.1 | 重点领域研发专项 | 前资助 | …) are the 专项's terms; 三.2 申报二.1专项的，须由
    企业牵头… binds that 专项 only; 3.1）… is a sub-direction closed by a bracket."""
    guideline = _parse([
        "一.总体要求", "一.1 资助标准", "　　各专项的支持方式、单项资助额度和实施期限见表1。",
        "表1　2022年度各专项资助标准",
        "专项编号\t专项名称\t支持方式\t单项资助额度\t实施期限",
        "二.1\t重点领域研发专项\t前资助\t30万元～50万元\t2年",
        "二.2\t农业与社会发展专项\t前资助\t不超过20万元\t2年",
        "二.专项及支持方向", "二.1 重点领域研发专项（高新技术股）",
        "二.1.1 新会陈皮功能成分高值化利用关键技术", "（编号：XHKJ2022-0101）", "　　研究内容：开展绿色提取研究。",
        "二.1.2 智能家电与电子信息", "　　本方向分设两个子方向。",
        "二.1.2.1 小家电无刷电机驱动控制技术", "（编号：XHKJ2022-0102-1）", "　　研究内容：研究控制算法。",
        "二.2 农业与社会发展专项（农村科技股）",
        "二.2.1 新会柑种苗脱毒繁育技术", "（编号：XHKJ2022-0201）", "　　研究内容：开展脱毒繁育。",
        "三.申报条件", "　　三.1 申报单位须为在新会区内注册登记的企事业单位。",
        "　　三.2 申报二.1专项的，须由企业牵头申报，牵头企业2021年度研发费用不低于100万元。",
    ])
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.enterprise_lead_only, leaf.min_rd_spend_wan) for leaf in guideline.leaves] == [
        ("XHKJ2022-0101", "新会陈皮功能成分高值化利用关键技术", "高新技术股", 30, 50, True, 100),
        ("XHKJ2022-0102-1", "小家电无刷电机驱动控制技术", "高新技术股", 30, 50, True, 100),
        ("XHKJ2022-0201", "新会柑种苗脱毒繁育技术", "农村科技股", None, 20, None, None)]


def test_sub_directions_numbered_with_a_closing_bracket() -> None:
    """3）… ⏎ 3.1）… ⏎ 3.2）…: the parts of direction 3, their titles without the bracket."""
    guideline = _parse([
        "（一）现代农业（归口：农业科）", "本领域每项资助10万～30万元。",
        "1）热带水果采后保鲜与冷链物流技术", "　　本方向设以下两个子方向。",
        "1.1）无核荔枝采后保鲜技术（CM27ZD03-1）", "　　研究内容：开发绿色保鲜剂。",
        "1.2）热带果蔬冷链温控技术（CM27ZD03-2）", "　　研究内容：研究预冷技术。",
        "2）南药槟榔病害防控技术（CM27ZD04）", "　　研究内容：研究黄化病防控。",
    ])
    assert [(leaf.code, leaf.title) for leaf in guideline.leaves] == [
        ("CM27ZD03-1", "无核荔枝采后保鲜技术"), ("CM27ZD03-2", "热带果蔬冷链温控技术"),
        ("CM27ZD04", "南药槟榔病害防控技术")]


def test_groups_numbered_in_words_with_their_own_terms() -> None:
    """第一组　…（归口：…股） ⏎ 本组统一条款：… ⏎ 01．…: each 组 a heading over its own
    directions (numbering restarting), its terms theirs; 项目所在乡镇按1:1给予配套 is the
    township's money, no self-funding ratio."""
    guideline = _parse([
        "二、项目分组及支持方向",
        "第一组　工业科技攻关（归口：科技发展股）",
        "　　本组统一条款：采取前资助方式，单个项目资助10万元至30万元；须由企业牵头申报。",
        "01．绿色建材生产工艺优化", "　　研究内容：开展原料配方优化。",
        "第二组　农业与社会发展（归口：农村与社会科技股）",
        "　　本组统一条款：采取后补助方式，单个项目最高不超过15万元；申报单位不限性质。"
        "项目所在乡镇按不低于1:1的比例给予配套支持。",
        "01．宁红茶标准化种植技术集成示范", "　　示范内容：开展茶园绿色防控。",
    ])
    assert [(leaf.title, leaf.office, leaf.funding_mode, leaf.funding_max_wan,
             leaf.enterprise_lead_only, leaf.matching_ratio) for leaf in guideline.leaves] == [
        ("绿色建材生产工艺优化", "科技发展股", "前资助", 30, True, None),
        ("宁红茶标准化种植技术集成示范", "农村与社会科技股", "后补助", 15, False, None)]


def test_terms_by_code_range_and_by_single_code_in_a_closing_section() -> None:
    """三、支持方式与资助标准 ⏎ （一）JD26A01—JD26A02：… gives the 专题 whose directions the
    range spans its terms; JD26A02实施期限放宽至36个月 is that direction's own; a code line's
    bracket (下设2个子方向，共用本代码) gives the sub-directions their parent's code."""
    guideline = _parse([
        "二、专题设置与研究方向", "专题一　新材料（归口科室：高新技术科）",
        "1．有机硅高端材料制备关键技术", "　　指南代码：JD26A01", "　　研究内容：开展单体合成研究。",
        "2．氟化工新材料绿色合成技术", "　　指南代码：JD26A02（下设2个子方向，共用本代码，每个子方向拟支持1项）",
        "ⅰ．含氟电子化学品提纯技术", "　　研究内容：开展提纯研究。",
        "ⅱ．氟化工副产物资源化利用技术", "　　研究内容：开展分离研究。",
        "专题二　智能装备（归口科室：高新技术科）",
        "1．水电装备智能运维系统", "　　指南代码：JD26B01", "　　研究内容：研发监测平台。",
        "三、支持方式与资助标准",
        "　　（一）JD26A01—JD26A02：采取前资助方式，每项资助50万元至100万元，实施期限不超过30个月。",
        "　　（二）个别方向另有规定：JD26A02实施期限放宽至36个月；JD26B01资助额度最高300万元。",
    ])
    assert [(leaf.code, leaf.title, leaf.funding_mode, leaf.funding_max_wan,
             leaf.period_years_max, leaf.quota) for leaf in guideline.leaves] == [
        ("JD26A01", "有机硅高端材料制备关键技术", "前资助", 100, 2.5, None),
        ("JD26A02", "含氟电子化学品提纯技术", "前资助", 100, 3, 1),
        ("JD26A02", "氟化工副产物资源化利用技术", "前资助", 100, 3, 1),
        ("JD26B01", "水电装备智能运维系统", None, 300, None, None)]
    first = guideline.leaves[0]
    assert "funding_max_wan" in first.inherited  # (said once for the 专题)


def test_circled_ideograph_classes_a_two_row_table_header_and_listed_topics() -> None:
    """㊀/㊃ number classes; 表1's header spans two rows (支持标准 over 资助额度（万元）| 实施
    期限（月）| 拟支持数（项）), its 合计 row no direction; a class whose paragraph grants money
    and then lists bare numbered titles has those titles for directions."""
    guideline = _parse([
        "一、项目类别及支持内容",
        "㊀关键核心技术攻关项目", "主管科室：产业技术科",
        "　　本类项目采取前资助方式。各方向资助额度、实施期限和拟支持数见表1。",
        "1．新能源汽车高压线束轻量化关键技术", "　　研究内容：开展铝导体线束连接研究。",
        "2．农机装备智能化作业控制系统", "　　研究内容：研发农机北斗导航。",
        "表1　关键核心技术攻关项目支持标准",
        "序号\t方向名称\t支持标准\t\t\t备注",
        "\t\t资助额度（万元）\t实施期限（月）\t拟支持数（项）\t",
        "1\t新能源汽车高压线束轻量化关键技术\t≤80\t24\t2\t",
        "2\t农机装备智能化作业控制系统\t50～80\t18\t1\t",
        "合计\t\t\t\t3\t",
        "㊃软科学研究项目", "主管科室：政策法规科",
        "　　本类项目每项资助三万元至五万元，申报单位不限，研究期限一年。",
        "1．科技型企业梯度培育路径研究", "2．县域科技成果转化机制创新研究",
        "二、申报条件", "　　（一）申报单位须在松滋市内注册登记。",
    ])
    assert [(leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.quota) for leaf in guideline.leaves] == [
        ("新能源汽车高压线束轻量化关键技术", "产业技术科", None, 80, 2, 2),
        ("农机装备智能化作业控制系统", "产业技术科", 50, 80, 1.5, 1),
        ("科技型企业梯度培育路径研究", "政策法规科", 3, 5, 1, None),
        ("县域科技成果转化机制创新研究", "政策法规科", 3, 5, 1, None)]


def test_a_requirement_clause_after_a_target_is_read_from_its_own_start() -> None:
    """建设…中试平台的企业，申报企业须已建有市级以上企业研发平台: the platform required is the
    second clause's, whatever target the first names."""
    assert fx.qualifications("建设面向行业开放共享中试平台的企业，申报企业须已建有市级以上企业"
                             "研发平台。") == (["市级平台"], [])
    assert fx.qualifications("支持企业培育建设市级工程技术研究中心。") == ([], [])


def test_dingbat_plans_and_exceptions_by_direction_number() -> None:
    """❶ ❷ mark plans (no emoji to drop); 01、 directions numbered straight through; a terms
    section's 其中，03方向… / …，其中05方向… / 08方向…；09方向… clauses are those directions'
    own; a 负面清单 item 申报…计划（05方向除外）的牵头企业…低于50万元的 is every other
    direction's R&D floor."""
    guideline = _parse([
        "二、支持方向", "❶ 重点研发计划",
        "01、海洋工程装备防腐涂层技术（FCG2026-YF01）", "研究重防腐涂层配方设计。",
        "03、核电站周边海域放射性核素监测技术（FCG2026-YF03）", "研究在线测量技术。",
        "❷ 科技成果转化与示范推广计划",
        "05、金花茶种苗快繁示范（FCG2026-ZH05）", "建设金花茶组培快繁基地。",
        "06、近江牡蛎深水筏式养殖示范（FCG2026-ZH06）", "示范深水筏式养殖技术。",
        "❸ 科技创新平台与人才计划",
        "08、自治区级科技创新平台建设奖补（FCG2026-PT08）", "对新获批的平台给予奖补。",
        "09、海洋产业高层次科技创新团队引进（FCG2026-PT09）", "支持企业引进团队。",
        "三、资助标准",
        "（一）重点研发计划：采取前资助方式，每项资助50万元～100万元。须由企业牵头申报，牵头企业"
        "上年度研发投入不低于100万元。其中，03方向不限牵头单位性质，高校、科研院所均可牵头，"
        "且不受上述研发投入要求限制。",
        "（二）科技成果转化与示范推广计划：采取后补助方式，按项目实际投入的30%给予补助，最高不超过"
        "600000元。须由企业牵头申报，"
        "其中05方向企业、农民专业合作社、科研院所均可牵头申报。",
        "（三）科技创新平台与人才计划：08方向采取以奖代补方式，每个平台一次性奖补50万元，依托单位"
        "性质不限；09方向对引进团队给予最高200万元资助，以引进团队的企业作为申报主体。",
        "四、申报负面清单", "有下列情形之一的，不予受理：",
        "1．申报科技成果转化与示范推广计划（05方向除外）的牵头企业上年度研发费用低于50万元的；",
    ])
    assert [(leaf.code, leaf.funding_max_wan, leaf.enterprise_lead_only, leaf.min_rd_spend_wan)
            for leaf in guideline.leaves] == [
        ("FCG2026-YF01", 100, True, 100), ("FCG2026-YF03", 100, False, None),
        ("FCG2026-ZH05", 60, False, None), ("FCG2026-ZH06", 60, True, 50),
        ("FCG2026-PT08", 50, False, None), ("FCG2026-PT09", 200, True, None)]


def test_modules_halves_and_a_plan_spared_by_a_bracket() -> None:
    """上篇 / 下篇 halves: a rule for 上篇所列…项目 binds only 上篇, and its （社会发展科技计划项目
    除外） spares that plan's directions; 模块一 headings with 模块说明 terms; 封顶30万元 and 最高
    兑付5万元 are caps; 不设实施周期 waives the period; the notice's 三、经费安排 funds nothing."""
    guideline = _parse([
        "三、经费安排", "　　2024年度安排科技计划专项资金1500万元。",
        "总体要求",
        "　　（一）上篇所列科技计划项目实施期限原则上不超过2年。",
        "　　（二）上篇项目自筹经费与申请市财政资助经费比例不低于1:1（社会发展科技计划项目除外）。",
        "上篇　科技计划项目",
        "一、重点研发计划（高新技术科）", "　　支持方式与强度：前资助，每项资助30万～50万元。",
        "　　支持方向：",
        "Ａ．稀土永磁电机驱动技术研发", "　　研究内容：研究电机电磁设计。",
        "二、社会发展科技计划（社会发展科）", "　　支持方式与强度：前资助，每项资助不超过10万元。",
        "　　支持方向：",
        "Ａ．红色文化资源数字化保护技术应用", "　　研究内容：开展文物三维数字化采集。",
        "下篇　科技奖补事项",
        "模块一　科技服务", "主管科室：社会发展股",
        "模块说明：本模块采取后补助方式，项目完成并经验收合格后给予补助。",
        "1．研发投入补助", "指南代码：LJ2025-M3-01",
        "按项目研发总投入的20%给予资助，封顶30万元。",
        "2．科技创新券", "指南代码：LJ2025-M3-02",
        "按服务合同实际支付金额的50%予以兑付，每家企业年度最高兑付5万元。科技创新券不设实施周期。",
    ])
    assert [(leaf.title, leaf.office, leaf.funding_mode, leaf.funding_max_wan,
             leaf.period_years_max, leaf.matching_ratio) for leaf in guideline.leaves] == [
        ("稀土永磁电机驱动技术研发", "高新技术科", "前资助", 50, 2, 1),
        ("红色文化资源数字化保护技术应用", "社会发展科", "前资助", 10, 2, None),
        ("研发投入补助", "社会发展股", "后补助", 30, None, None),
        ("科技创新券", "社会发展股", "后补助", 5, None, None)]


def _feishu_blocks(paragraphs: list[tuple[str, int, list[tuple[str, int | None]]]]) -> bytes:
    """A Feishu docx API block list (two pages, as jq prints them): (body kind, block_type,
    runs as (text, text_color)) per block, every block the page's child except ordered items
    after an ordered item marked with a sub_ mark, which nest under it."""
    blocks: list[dict[str, object]] = [{"block_id": "root", "block_type": 1, "children": [],
                                        "page": {"elements": [{"text_run": {
                                            "content": "【转】指南", "text_element_style": {}}}]}}]
    parent_of_sub = "root"
    for index, (kind, block_type, runs) in enumerate(paragraphs):
        block_id = f"b{index}"
        nested = kind.startswith("sub_")
        body_kind = kind.removeprefix("sub_")
        parent = parent_of_sub if nested else "root"
        elements = [{"text_run": {"content": text, "text_element_style": (
            {"bold": True, "text_color": colour} if colour else {"bold": False})}}
            for text, colour in runs]
        body: dict[str, object] = {"elements": elements, "style": {"align": 1}}
        if body_kind == "ordered":
            body["style"] = {"sequence": "auto"}
        blocks.append({"block_id": block_id, "block_type": block_type, body_kind: body,
                       "parent_id": parent})
        if body_kind == "ordered" and not nested:
            parent_of_sub = block_id
    half = len(blocks) // 2
    pages = [{"code": 0, "data": {"has_more": has_more, "items": items}, "msg": "success"}
             for has_more, items in ((True, blocks[:half]), (False, blocks[half:]))]
    return "\n".join(json.dumps(page, ensure_ascii=False, indent=2) for page in pages).encode()


def test_a_feishu_document_block_list() -> None:
    """A guideline pasted into Feishu, as its docx API returns the blocks: headings and text as
    written, ordered items numbered as Feishu draws them (nested ones （1）), a callout's own
    figures left out, and a legend's colour (标红的为A类项目，未标红的为B类项目) read as each
    title's class."""
    data = _feishu_blocks([
        ("heading1", 3, [("二、项目类别及支持标准", None)]),
        ("text", 2, [("A类项目采取前资助方式，每项资助100万元～200万元，须由企业牵头申报。", None)]),
        ("text", 2, [("B类项目采取前资助方式，每项资助不超过50万元，企业、高校均可牵头申报。", None)]),
        ("text", 2, [("说明：方向名称标红的为A类项目，未标红的为B类项目。", None)]),
        ("callout", 19, [("内部备注：去年获批150万元，今年上限300万元。", None)]),
        ("heading1", 3, [("三、支持方向", None)]),
        ("heading2", 4, [("（一）数字经济领域（归口：高新技术科）", None)]),
        ("ordered", 13, [("工业互联网平台关键技术", 1), ("（LP25-SZ01）", 1)]),
        ("text", 2, [("研究内容：研发工业数据建模技术。", None)]),
        ("ordered", 13, [("人工智能与智能网联", None), ("（LP25-SZ03）", None)]),
        ("text", 2, [("本方向设2个子方向：", None)]),
        ("sub_ordered", 13, [("行业大模型应用", None), ("（LP25-SZ03-1）", None)]),
        ("text", 2, [("研究内容：研发行业垂直大模型。", None)]),
        ("sub_ordered", 13, [("智能网联汽车环境感知系统", 1), ("（LP25-SZ03-2）", 1)]),
        ("text", 2, [("研究内容：研发多源融合感知系统。", None)]),
        ("heading1", 3, [("四、申报条件", None)]),
        ("text", 2, [("申报单位须在临平区注册登记。", None)]),
    ])
    guideline = parse_document(data, "feishu.txt")
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_max_wan, leaf.enterprise_lead_only)
            for leaf in guideline.leaves] == [
        ("LP25-SZ01", "工业互联网平台关键技术", "高新技术科", 200, True),
        ("LP25-SZ03-1", "行业大模型应用", "高新技术科", 50, False),
        ("LP25-SZ03-2", "智能网联汽车环境感知系统", "高新技术科", 200, True)]
    lines = data.decode().splitlines()
    assert all("content" in lines[leaf.source_line - 1] for leaf in guideline.leaves)


PLAN_STYLES = {  # two plans written in each numbering or keyword style
    "（壹）": ["（壹）工业科技攻关（高新科）", "（贰）农业科技示范（农村科）"],
    "单元": ["单元一　工业科技攻关（高新科）", "单元二　农业科技示范（农村科）"],
    "行动": ["行动一　工业科技攻关（高新科）", "行动二　农业科技示范（农村科）"],
    "工程": ["工程一：工业科技攻关（高新科）", "工程二：农业科技示范（农村科）"],
    "第N批": ["第一批　工业科技攻关（高新科）", "第二批　农业科技示范（农村科）"],
    "第N组": ["第一组　工业科技攻关（高新科）", "第二组　农业科技示范（农村科）"],
    "模块": ["模块一　工业科技攻关（高新科）", "模块二　农业科技示范（农村科）"],
    "Ⅰ．": ["Ⅰ．工业科技攻关（高新科）", "Ⅱ．农业科技示范（农村科）"],
    "甲类": ["甲类　工业科技攻关（高新科）", "乙类　农业科技示范（农村科）"],
    "〔一〕": ["〔一〕工业科技攻关（高新科）", "〔二〕农业科技示范（农村科）"],
    "〈一〉": ["〈一〉工业科技攻关（高新科）", "〈二〉农业科技示范（农村科）"],
    "[一]": ["[一] 工业科技攻关（高新科）", "[二] 农业科技示范（农村科）"],
    "一）": ["一）工业科技攻关（高新科）", "二）农业科技示范（农村科）"],
    "❶": ["❶ 工业科技攻关（高新科）", "❷ 农业科技示范（农村科）"],
    "⓵": ["⓵ 工业科技攻关（高新科）", "⓶ 农业科技示范（农村科）"],
    "㊀": ["㊀工业科技攻关（高新科）", "㊁农业科技示范（农村科）"],
    "Ａ": ["Ａ　工业科技攻关（高新科）", "Ｂ　农业科技示范（农村科）"],
    "领域N：": ["领域1：工业科技攻关（高新科）", "领域2：农业科技示范（农村科）"],
}
DIRECTION_STYLES = {"1．": "{n}．{t}", "（1）": "（{n}）{t}", "①": "{c}{t}", "01": "0{n}　{t}",
                    "1-1": "1-{n}　{t}", "第一方向": "第{cn}方向　{t}"}


@pytest.mark.parametrize("direction", list(DIRECTION_STYLES))
@pytest.mark.parametrize("plan", list(PLAN_STYLES))
def test_numbering_styles_nest_plans_over_directions(plan: str, direction: str) -> None:
    """Whatever the numbering or keyword of a plan and of its directions, the plans hold their
    directions: each direction is a leaf with its plan's office (in the heading's bracket) and
    terms (the plan's paragraph)."""
    lines = ["一、支持方向"]
    titles = [["智能装备关键技术", "新材料制备技术"], ["果蔬保鲜技术", "畜禽疫病防控技术"]]
    for heading, pair in zip(PLAN_STYLES[plan], titles, strict=True):
        lines += [heading, "本类项目采取前资助方式，每项资助20万～50万元，实施期限2年。"]
        for n, title in enumerate(pair, 1):
            lines += [DIRECTION_STYLES[direction].format(n=n, t=title, c="①②"[n - 1],
                                                         cn="一二"[n - 1]),
                      "研究内容：开展相关技术研究。", "考核指标：申请发明专利2件。"]
    lines += ["二、申报条件", "申报单位须在本市注册。"]
    guideline = _parse(lines)
    assert [(leaf.title, leaf.office, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in guideline.leaves] == [
        ("智能装备关键技术", "高新科", 50, 2), ("新材料制备技术", "高新科", 50, 2),
        ("果蔬保鲜技术", "农村科", 50, 2), ("畜禽疫病防控技术", "农村科", 50, 2)]


def test_class_tags_before_numbers_and_notes_naming_titles_in_book_marks() -> None:
    """〔重点〕1．… / 〔后补〕3．…: the tag names the direction's class (后补 the class whose name
    it begins, 后补助项目), whose terms the 项目类别 section states; 《…》方向… notes in a
    closing section are the named direction's own (上限提高至150万元 a cap); 子项一：/子项二：
    are parts of a direction, and 以上两个子项各拟支持1项 counts each; 亦可牵头 opens the lead."""
    guideline = _parse([
        "一、项目类别及支持标准",
        "（一）重点项目。采取前资助方式，每项资助50万元—100万元，实施期限不超过3年。须由企业牵头申报。",
        "（二）一般项目。采取前资助方式，每项资助10万元—30万元，实施期限2年。",
        "（三）后补助项目。按项目研发投入的20%给予后补助，单个项目最高补助50万元。",
        "二、支持方向", "（一）智能装备产业", "责任科室：产业科",
        "〔重点〕1．高端轴承精密加工技术研究（XC2401）", "研究高端轴承超精研磨技术。",
        "〔一般〕2．轴承智能检测装备研发（XC2402）", "研制轴承智能检测装备。",
        "本方向高校、科研院所亦可牵头申报。",
        "〔后补〕3．轴承行业工业互联网平台应用（XC2403）", "支持企业应用工业互联网平台。",
        "〔重点〕4．石材产业数字化改造关键技术（XC2404）", "本方向设以下2个子项：",
        "子项一：石材智能切割装备（XC2404-1）", "研究内容：研发智能切割系统。",
        "子项二：石材粉尘治理技术（XC2404-2）", "研究内容：开发粉尘收集技术。",
        "以上两个子项各拟支持1项。",
        "三、补充说明", "（一）《高端轴承精密加工技术研究》方向资助额度上限提高至150万元。",
    ])
    assert [(leaf.code, leaf.funding_mode, leaf.funding_max_wan, leaf.enterprise_lead_only,
             leaf.quota) for leaf in guideline.leaves] == [
        ("XC2401", "前资助", 150, True, None), ("XC2402", "前资助", 30, False, None),
        ("XC2403", "后补助", 50, None, None), ("XC2404-1", "前资助", 100, True, 1),
        ("XC2404-2", "前资助", 100, True, 1)]


def test_sub_attachments_bulleted_fields_and_lettered_sub_directions() -> None:
    """附件1-1 and 附件1-2 are two guidelines, each section's rules its own; · 方向代码：… is a
    code line and · 本方向设以下两个子方向： announces （a）/（b）; a terms section's 原则上每个方向
    支持2项 counts for every direction beside a clause naming one in quotes."""
    guideline = _parse([
        "附件：1-1.工业科技攻关计划项目申报指南", "　　　1-2.农业与社会发展科技计划项目申报指南",
        "附件1-1", "邓州市2025年度工业科技攻关计划项目申报指南",
        "一、重点支持方向",
        "◇高端农机装备关键零部件研发（指南代码：DZGY2501）", "研究内容：研发动力换挡变速箱。",
        "◇新能源汽车零部件轻量化关键技术（指南代码：DZGY2502）", "研究内容：开展高压铸造研究。",
        "二、支持方式与标准",
        "（一）本计划采取前资助方式，每项资助20万元至50万元，实施期限不超过2年。",
        "（二）原则上每个方向支持2项；“新能源汽车零部件轻量化关键技术”方向拟支持1项。",
        "（三）申报单位须为企业，高等学校、科研院所不得牵头申报。",
        "附件1-2", "邓州市2025年度农业与社会发展科技计划项目申报指南",
        "一、支持方向",
        "◇小麦绿色高产高效栽培技术集成与示范", "· 方向代码：DZNS2501",
        "· 研究内容：集成节水灌溉技术。", "· 支持方式：前资助，资助额度15万元",
        "◇县域常见病防治与中医药技术应用研究", "· 方向代码：DZNS2503",
        "· 本方向设以下两个子方向：",
        "（a）基层常见慢性病早期筛查与综合干预", "· 子方向代码：DZNS2503-a",
        "· 研究内容：开展早期筛查研究。", "· 支持方式：前资助，资助额度不超过10万元",
        "（b）艾草等道地药材规范化种植与精深加工", "· 子方向代码：DZNS2503-b",
        "· 研究内容：开展良种繁育研究。", "· 支持方式：前资助，资助额度10万元至20万元",
        "二、申报要求", "（一）企业、高等学校、科研院所均可牵头申报。",
    ])
    assert [(leaf.code, leaf.funding_max_wan, leaf.quota, leaf.enterprise_lead_only)
            for leaf in guideline.leaves] == [
        ("DZGY2501", 50, 2, True), ("DZGY2502", 50, 1, True), ("DZNS2501", 15, None, False),
        ("DZNS2503-a", 10, None, False), ("DZNS2503-b", 20, None, False)]


def test_need_sources_bracketed_decimals_and_classes_named_by_their_number() -> None:
    """（需求来源：…） closing a heading is neither office nor title; （3.1）… sub-directions; a
    table column 拟支持项目数 | 每个方向2项; 〔一〕类项目… states the terms of 〔一〕科技攻关类, its
    第①项… / 第②项… clauses those directions' own, and 除第①项外，每个方向原则上支持2项 counts
    for the other directions (3.1 and 3.2 are parts of ③)."""
    guideline = _parse([
        "一、指南方向",
        "〔一〕科技攻关类（归口科室：产业发展科）",
        "①　轨道交通齿轮传动系统减振降噪关键技术（需求来源：某轨道交通装备公司）",
        "　　研究内容：研究重载齿轮箱齿面修形。",
        "②　食品级生物基包装材料制备关键技术", "　　研究内容：研究生物基包装材料。",
        "③　园区低速无人配送车关键技术", "　　本方向设两个子方向：",
        "（3.1）低速无人配送车定位技术", "　　研究内容：研究融合定位。",
        "（3.2）低速无人配送车车路协同技术", "　　研究内容：研究车路协同。",
        "二、资金安排与支持方式",
        "　　（一）〔一〕类项目采取前资助方式，每项资助额度原则上控制在50万元以内，实施期限2年。"
        "第①项为年度重点攻关方向，资助额度60万元至100万元，实施期限不超过3年。第②项实施期限可延长"
        "至30个月。",
        "　　（二）除第①项外，每个方向原则上支持2项。",
    ])
    assert [(leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.quota) for leaf in guideline.leaves] == [
        ("轨道交通齿轮传动系统减振降噪关键技术", "产业发展科", 60, 100, 3, None),
        ("食品级生物基包装材料制备关键技术", "产业发展科", None, 50, 2.5, 2),
        ("低速无人配送车定位技术", "产业发展科", None, 50, 2, 2),
        ("低速无人配送车车路协同技术", "产业发展科", None, 50, 2, 2)]


def test_spread_labels_and_terms_by_receiving_office() -> None:
    """额　　度：/代　　码： (labels Word spread to four characters) are labels; a closing section's
    （一）科技创新股受理项目：… gives the directions that office receives their terms (a direction
    naming another office in its bracket takes that office's); 项目编号 before 说明：本方向… is
    the direction's own code."""
    guideline = _parse([
        "二、工业科技攻关计划", "支持方式：前资助", "额　　度：每项资助20万～40万元", "期　　限：2年",
        "（一）水晶玻璃精密数控磨抛装备研制", "代　　码：PJ2026GY01", "研究内容：研究多轴联动。",
        "数　　量：拟支持2项",
        "三、支持方向", "1．钧瓷与先进陶瓷产业（科技创新股）",
        "（1）钧瓷窑变釉色数字化配釉技术研究", "研究内容：采集釉料数据。", "拟支持：1项",
        "项目编号：YZ2027-KC01",
        "（2）钧瓷电窑智能烧成控制系统开发（成果转化股）", "研究内容：研究电窑控制。",
        "项目编号：YZ2027-KC02", "说明：本方向单个项目补助最高不超过30万元。",
        "四、支持标准",
        "（一）科技创新股受理项目：采取前资助方式，每项资助10万～30万元，实施期限不超过2年。",
        "（二）成果转化股受理项目：采取后补助方式，按新增研发投入的10%给予补助，单个项目补助最高不超过"
        "200000元。",
    ])
    assert [(leaf.code, leaf.office, leaf.funding_mode, leaf.funding_max_wan, leaf.period_years_max,
             leaf.quota) for leaf in guideline.leaves] == [
        ("PJ2026GY01", None, "前资助", 40, 2, 2),
        ("YZ2027-KC01", "科技创新股", "前资助", 30, 2, 1),
        ("YZ2027-KC02", "成果转化股", "后补助", 30, None, None)]


def test_numbers_alone_on_their_lines_prose_directions_and_routes() -> None:
    """一、 ⏎ 总体要求 / （一） ⏎ title (a PDF viewer's copy of Word list numbers) are headings on
    the title's line; （1）title ⏎ a paragraph, under a plan whose text grants money, are
    directions; 路线一：/路线二： and 场景一： are parts and items; 本子方向可由高校…牵头 opens the lead."""
    guideline = _parse([
        "一、", "总体要求", "（一）", "申报单位应为在本市注册的法人单位。",
        "二、", "重点研发计划",
        "采取前资助方式，每项资助20万元至50万元，项目实施期限为2年。项目须由企业牵头申报。",
        "（一）", "海洋食品与生物制品",
        "（1）海参精深加工与功能成分高值化利用", "研究海参肽定向酶解技术，开发新产品3个以上。",
        "（2）海洋生物医用材料制备关键技术", "以鱼皮胶原蛋白为原料研发医用材料。本子方向可由高校、科研院所牵头申报。",
        "（二）", "深远海智能养殖装备（赛马制）",
        "本方向实行“赛马制”，设以下两条技术路线，每条路线各支持1项。",
        "路线一：桁架式养殖平台智能投喂系统", "研制智能投喂系统。",
        "路线二：重力式深水网箱远程监控系统", "研制深水网箱监控系统。",
        "三、", "应用场景建设项目（创新发展科）",
        "场景一：白酒酿造数字化车间（QL25-B01）", "场景需求方：某酒业有限公司",
        "建设内容：建设全流程数字化管控系统。",
        "场景二：平乐古镇智慧文旅（QL25-B02）", "建设内容：建设游客流量监测系统。",
    ])
    assert [(leaf.title, leaf.source_line, leaf.funding_max_wan, leaf.enterprise_lead_only)
            for leaf in guideline.leaves] == [
        ("海参精深加工与功能成分高值化利用", 10, 50, True),
        ("海洋生物医用材料制备关键技术", 12, 50, False),
        ("桁架式养殖平台智能投喂系统", 17, 50, True),
        ("重力式深水网箱远程监控系统", 19, 50, True),
        ("白酒酿造数字化车间", 23, None, None), ("平乐古镇智慧文旅", 26, None, None)]


def test_tiers_by_kind_in_a_plans_prose_and_a_selling_price_is_no_grant() -> None:
    """重点项目每项资助100万元，一般项目每项资助30万元至50万元 in a plan's paragraph: each
    direction's 项目类别 picks its tier; 装备售价不低于500万元 in what a direction does is no
    grant."""
    guideline = _parse([
        "三、重点研发计划",
        "重点研发计划分为重点项目和一般项目。重点项目每项资助100万元，一般项目每项资助30万元至50万元，"
        "均采取前资助方式，实施期限为2年。",
        "1.壮瑶医药经典名方二次开发", "研究内容：开展药效物质基础研究。", "项目类别：重点项目",
        "2.重大慢性病早期筛查与智能辅助诊断", "研究内容：研发筛查模型。", "项目类别：一般项目",
        "四、科技成果转化专项",
        "本专项采取后补助方式，对新增研发投入的20%给予补助，单个项目最高不超过150万元。",
        "（一）首台（套）重大技术装备推广应用",
        "研究内容：支持企业研制的首台（套）重大技术装备在本市推广应用，装备单台（套）售价不低于500万元。",
        "（二）高校院所科技成果本地转化", "研究内容：支持企业承接科技成果转化。",
    ])
    assert [(leaf.funding_min_wan, leaf.funding_max_wan) for leaf in guideline.leaves] == [
        (100, 100), (30, 50), (None, 150), (None, 150)]


MORE_DIRECTION_STYLES = {"第1项": "第{n}项　{t}", "1)": "{n}){t}", "1、": "{n}、{t}", "A.": "{A}.{t}",
                         "a.": "{a}.{t}", "(A)": "（{A}）{t}", "【1】": "【{n}】{t}", "[1]": "[{n}]{t}",
                         "〔1〕": "〔{n}〕{t}", "No.1": "No.{n} {t}", "方向1：": "方向{n}：{t}",
                         "任务一": "任务{cn}：{t}", "课题1": "课题{n}　{t}", "Ⅰ-1": "Ⅰ-{n} {t}",
                         "（甲）": "（{jia}）{t}", "(i)": "（{i}）{t}"}


@pytest.mark.parametrize("direction", list(MORE_DIRECTION_STYLES))
@pytest.mark.parametrize("plan", ["一、", "（一）", "1."])
def test_more_direction_styles_under_numbered_plans(plan: str, direction: str) -> None:
    """Plans numbered 一、, （一） or 1. with their terms in a paragraph, over directions in any
    of the styles bureaus use (第1项, 〔1〕, Ⅰ-1, （甲）, （i）…): every direction is a leaf with
    its plan's office and grant."""
    plans = {"一、": ["一、工业科技攻关（高新科）", "二、农业科技示范（农村科）"],
             "（一）": ["（一）工业科技攻关（高新科）", "（二）农业科技示范（农村科）"],
             "1.": ["1.工业科技攻关（高新科）", "2.农业科技示范（农村科）"]}[plan]
    titles = [["智能装备关键技术", "新材料制备技术"], ["果蔬保鲜技术", "畜禽疫病防控技术"]]
    lines = [] if plan == "一、" else ["二、支持方向"]
    for heading, pair in zip(plans, titles, strict=True):
        lines += [heading, "本类项目采取前资助方式，每项资助20万～50万元，实施期限2年。"]
        for n, title in enumerate(pair, 1):
            lines += [MORE_DIRECTION_STYLES[direction].format(
                n=n, t=title, A="AB"[n - 1], a="ab"[n - 1], cn="一二"[n - 1], jia="甲乙"[n - 1],
                i=["i", "ii"][n - 1]), "研究内容：开展相关技术研究。", "考核指标：申请发明专利2件。"]
    lines += ["五、申报条件", "申报单位须在本市注册。"]
    assert [(leaf.title, leaf.office, leaf.funding_max_wan) for leaf in _parse(lines).leaves] == [
        ("智能装备关键技术", "高新科", 50), ("新材料制备技术", "高新科", 50),
        ("果蔬保鲜技术", "农村科", 50), ("畜禽疫病防控技术", "农村科", 50)]


def test_clusters_themes_summary_lines_stem_tags_and_codes_closing_paragraphs() -> None:
    """集群一：/主题一： headings; a 支持要点：前资助；≤80万元/项；36个月；限1项；… line gives each
    term under its own word; ⒜ ⒝ sub-directions; …技术（甲） names the class 甲类 (no part of
    the title); a code line between a paragraph and the next sibling closes the paragraph's
    direction; 其他说明 funds nothing."""
    guideline = _parse([
        "一、产业关键技术攻关项目",
        "本类项目由产业科归口管理，须由企业牵头申报。",
        "集群一：黄金及有色金属",
        "（1）深部开采智能化与安全保障关键技术", "研究深井地压监测技术。",
        "支持要点：前资助；≤80万元/项；36个月；限1项；高校、科研院所可牵头申报。",
        "主题二：特色农业（农村科）",
        "1．高效设施农业技术集成", "本方向设以下两个子方向：",
        "⒜日光温室黄瓜土壤修复技术（LX26-N01a）", "研究土壤连作障碍修复。",
        "⒝番茄病虫害生物防控技术（LX26-N01b）", "研究生物防控技术。",
        "二、重点研发专项",
        "（一）先进制造领域（归口股室：高新技术股）",
        "1．再生铝高值化利用关键技术（甲）", "研究废铝杂质深度去除技术，形成示范能力。",
        "指南代码：CG27-J01",
        "2．超硬材料精密加工工具研发（乙）", "研发金刚石精密磨削工具。",
        "指南代码：CG27-Y01",
        "三、其他说明", "（一）本指南由市科技局负责解释，资金总额1200万元。",
    ])
    assert [(leaf.code, leaf.title, leaf.funding_max_wan, leaf.period_years_max, leaf.quota,
             leaf.enterprise_lead_only) for leaf in guideline.leaves] == [
        (None, "深部开采智能化与安全保障关键技术", 80, 3, 1, False),
        ("LX26-N01a", "日光温室黄瓜土壤修复技术", None, None, None, True),
        ("LX26-N01b", "番茄病虫害生物防控技术", None, None, None, True),
        ("CG27-J01", "再生铝高值化利用关键技术", None, None, None, None),
        ("CG27-Y01", "超硬材料精密加工工具研发", None, None, None, None)]


@pytest.mark.parametrize("text", [
    '{"code": 0, "block_type": 2, "block_id": "x", "data": [1, 2]}',
    '{"code": 0, "data": {"items": [{"block_id": 5}, "x", {"block_id": "a", "block_type": 13,\n'
    '"ordered": {"elements": [{"text_run": {"content": 3}}]}}]}}',
    '{ "block_type": "block_id"',
])
def test_a_malformed_feishu_block_list_is_read_as_plain_lines(text: str) -> None:
    """A page that looks like Feishu's block list but is not one (no items, items without ids
    or words, cut JSON) is left as it is: no crash, no paragraphs made up."""
    lines = text.split("\n")
    assert feishu_blocks.as_read(lines) == lines


def test_corner_bracket_headings_and_composite_numbered_prose_directions() -> None:
    """「领域一」…（股） over 「XM2201」title directions, their terms in a rule naming
    「领域一」「领域二」项目; Ⅰ.…领域 over Ⅰ-1 / Ⅰ-2 titles each over a paragraph (numbered as the
    field's parts: directions, though nothing above grants money)."""
    cornered = _parse([
        "二、支持领域和方向",
        "「领域一」耐火材料（工业科技股）",
        "「XM2201」高性能不定形耐火材料制备技术",
        "研究低水泥、无水泥浇注料及自流浇注料制备技术，产品耐火度≥1790℃。",
        "「XM2202」耐火材料废弃物循环利用技术",
        "研究用后耐火材料分拣、除杂及再生利用技术，建成示范生产线。",
        "「领域二」中医药与大健康（社会发展股）",
        "「XM2206」道地中药材种植与精深加工",
        "研究金银花规范化种植与有效成分提取技术，建设种植基地。",
        "三、资助方式与标准",
        "1.「领域一」「领域二」项目：采取前资助方式，每项资助30万元至50万元。",
    ])
    assert [(leaf.code, leaf.office, leaf.funding_mode) for leaf in cornered.leaves] == [
        ("XM2201", "工业科技股", "前资助"), ("XM2202", "工业科技股", "前资助"),
        ("XM2206", "社会发展股", "前资助")]
    numbered = _parse([
        "二、支持领域和方向",
        "Ⅰ.现代食品领域",
        "Ⅰ-1 莱阳梨精深加工与副产物综合利用",
        "开发莱阳梨膏、梨汁饮品等精深加工产品，突破梨渣膳食纤维提取技术。",
        "Ⅰ-2 预制菜品质保持与冷链保鲜技术",
        "研究预制菜肴加工过程品质劣变控制技术，冷链条件下货架期延长30%以上。",
        "三、申报条件", "申报单位须在莱阳市注册。",
    ])
    assert [leaf.title for leaf in numbered.leaves] == [
        "莱阳梨精深加工与副产物综合利用", "预制菜品质保持与冷链保鲜技术"]


def test_a_fields_terms_by_its_number_and_exceptions_by_composite_numbers() -> None:
    """Ⅱ-1 with only its paragraph beside Ⅱ-2 with Ⅱ-2-1 / Ⅱ-2-2 is a direction, as Ⅰ-1 is;
    a closing clause naming 领域Ⅰ、领域Ⅱ states both fields' terms, and its 其中Ⅱ-1方向… /
    Ⅰ-3方向… clauses are those directions' own — not the terms of the other field's."""
    guideline = _parse([
        "二、支持领域和方向",
        "Ⅰ.现代食品领域",
        "Ⅰ-1 莱阳梨精深加工与副产物综合利用",
        "开发莱阳梨膏、梨汁饮品等精深加工产品，突破梨渣膳食纤维提取技术。",
        "Ⅰ-2 食品中农兽药残留快速检测技术",
        "研发农兽药残留快速检测试剂与设备，检测限达到0.01mg/kg。",
        "Ⅱ.先进制造领域",
        "Ⅱ-1 汽车零部件轻量化制造技术（重大项目）",
        "开发铝合金、复合材料汽车零部件成型工艺，零部件减重20%以上。",
        "Ⅱ-2 农业机械智能化关键部件研发",
        "Ⅱ-2-1 丘陵山区小型动力底盘",
        "研制适应25°以下坡地作业的小型动力底盘，整机功率不低于50马力。",
        "Ⅱ-2-2 果园智能植保装备",
        "研制基于靶标识别的变量喷施植保装备，农药利用率提高20%以上。",
        "Ⅱ-3 新型储能材料制备技术",
        "开发钠离子电池正极材料等新型储能材料制备技术，建设中试线1条。",
        "三、支持方式和强度",
        "（一）领域Ⅰ、领域Ⅱ项目采取前资助方式。单个项目资助额度不超过40万元，其中Ⅱ-1方向"
        "单个项目资助额度不超过100万元、拟支持1项。项目实施期限不超过24个月。",
        "（二）领域Ⅰ、领域Ⅱ项目须由企业牵头申报；Ⅰ-2方向高校、科研院所和企业均可牵头申报。",
        "（三）领域Ⅲ各方向的支持标准见各方向说明。",
        "四、申报条件", "申报单位须在莱阳市注册。",
    ])
    assert [(leaf.title, leaf.funding_max_wan, leaf.period_years_max, leaf.quota,
             leaf.enterprise_lead_only) for leaf in guideline.leaves] == [
        ("莱阳梨精深加工与副产物综合利用", 40, 2, None, True),
        ("食品中农兽药残留快速检测技术", 40, 2, None, False),
        ("汽车零部件轻量化制造技术", 100, 2, 1, True),
        ("丘陵山区小型动力底盘", 40, 2, None, True),
        ("果园智能植保装备", 40, 2, None, True),
        ("新型储能材料制备技术", 40, 2, None, True)]


def test_a_word_of_the_bureaus_own_before_numbered_directions_and_labels_run_together() -> None:
    """指南一　… 指南二　…: a word no rule knows, before numbers that run 1, 2, 3, heads the
    directions; 资助经费：20-30万元起止年限：… (a page that lost its line breaks) is two fields;
    以上农业类指南，… after a group's last direction is the group's; 市本级按1:1给予配套 is the
    city's matching, not the applicant's."""
    guideline = _parse([
        "一、申报指南",
        "（一）先进制造（归口：高新技术科）",
        "本类指南统一要求：由企业牵头申报；项目起止年限一般不超过2年。",
        "指南一　磷石膏综合利用及精细磷化工产品开发（编号：WX21GX01）",
        "研究内容：开展磷石膏无害化处理、高值化利用。",
        "资助经费：20-30万元起止年限：2021年7月-2024年6月",
        "指南二　高性能建材及节能环保材料研发（编号：WX21GX02）",
        "研究内容：开展新型干混砂浆技术研发。",
        "资助经费：5-10万元拟支持2项",
        "（二）现代农业（归口：农村科技科）",
        "指南三　小龙虾稻田综合种养技术研究（编号：WX21NY01）",
        "研究内容：开展小龙虾稻田综合种养模式优化。",
        "资助经费：8万元",
        "以上农业类指南，项目承担单位自筹资金与市财政资助资金比例不低于1:1，起止年限不超过2年。",
        "二、申报条件",
        "1．已获得黄冈市科技计划立项的项目，市本级按1:1给予配套支持。",
    ])
    assert [(leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.quota, leaf.matching_ratio)
            for leaf in guideline.leaves] == [
        ("WX21GX01", "高新技术科", 20, 30, 3, None, None),
        ("WX21GX02", "高新技术科", 5, 10, 2, 2, None),
        ("WX21NY01", "农村科技科", 8, 8, 2, None, 1)]


def test_arrowhead_bullets_head_directions_and_a_unit_in_the_tables_caption() -> None:
    """➢ title ⏎ paragraph: Word's arrowhead bullet marks every direction, wherever it stands
    (one that grants money makes the others directions too); 资助标准见下表（金额单位：万元）。
    over a class table: its amounts are 万元; 特别提示 naming a direction in quotes is its own."""
    guideline = _parse([
        "二、项目类别及资助标准",
        "本年度项目分为重点项目和一般项目两类，各类项目资助标准见下表（金额单位：万元）。",
        "项目类别\t资助方式\t资助额度\t执行期限",
        "重点项目\t前资助\t10～20\t2年",
        "一般项目\t前资助\t3～8\t1年",
        "三、支持方向",
        "（一）茶产业",
        "1．重点项目",
        "➢ 安化黑茶精深加工关键技术研究与产业化",
        "　　开展茶褐素、茶多糖等功能成分提取及黑茶深加工产品开发。",
        "2．一般项目",
        "➢ 千两茶传统制作技艺标准化研究",
        "　　开展千两茶传统制作工艺流程梳理及关键工序参数标准化研究。",
        "（二）后补助项目",
        "➢ 高新技术企业认定后补助",
        "　　对2021年度首次通过认定的高新技术企业，一次性给予后补助8万元。",
        "四、特别提示",
        "1．“千两茶传统制作技艺标准化研究”方向资助额度为50000元。",
    ])
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in guideline.leaves] == [
        ("安化黑茶精深加工关键技术研究与产业化", 10, 20, 2),
        ("千两茶传统制作技艺标准化研究", 5, 5, 1),
        ("高新技术企业认定后补助", 8, 8, None)]


def test_one_line_directions_run_on_by_an_em_dash_and_terms_of_headings_titled_with_yu() -> None:
    """1．title（code）——description。考核指标：…: a direction on one line, its title ended by
    the em dash; （一）钢铁深加工与装备制造、绿色建材与新材料两个领域项目采取…；须由企业牵头…
    names two headings (each with 与 in its title), and the clauses after it go on about them,
    not every direction; 人民币伍拾万元 is an amount."""
    guideline = _parse([
        "二、支持领域和方向",
        "（一）钢铁深加工与装备制造",
        "1．钢渣微粉高效制备与资源化利用技术（ZH24GY01）——针对钢渣综合利用率偏低的问题，研究钢渣"
        "高效粉磨技术。考核指标：建成年产10万吨示范线1条。",
        "2．矿山井下无人驾驶运输装备研发（ZH24GY03）——研究井下复杂环境感知与自主驾驶控制技术。"
        "本方向每项资助不超过人民币伍拾万元。",
        "（二）绿色建材与新材料",
        "3．石墨烯改性重防腐涂料制备技术（ZH24GY05）——研究石墨烯分散与改性技术，开发重防腐涂料。",
        "（三）社会发展",
        "4．基层卫生院远程心电诊断应用示范（ZH24SF01）——构建远程心电采集与诊断平台，开展应用示范。",
        "三、支持方式及标准",
        "（一）钢铁深加工与装备制造、绿色建材与新材料两个领域项目采取前资助方式，每项资助壹拾万元至"
        "叁拾万元；须由企业牵头申报，牵头企业上年度R&D经费支出不低于150万元，企业自筹资金与市财政"
        "资助资金比例不低于3:1。",
        "（二）社会发展领域项目采取前资助方式，每项资助不超过100000元。",
    ])
    assert [(leaf.code, leaf.title, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.enterprise_lead_only, leaf.min_rd_spend_wan, leaf.matching_ratio)
            for leaf in guideline.leaves] == [
        ("ZH24GY01", "钢渣微粉高效制备与资源化利用技术", 10, 30, True, 150, 3),
        ("ZH24GY03", "矿山井下无人驾驶运输装备研发", None, 50, True, 150, 3),
        ("ZH24GY05", "石墨烯改性重防腐涂料制备技术", 10, 30, True, 150, 3),
        ("ZH24SF01", "基层卫生院远程心电诊断应用示范", None, 10, None, None, None)]


def test_marks_set_right_of_a_title_and_a_table_comparing_years() -> None:
    """1．title      A    RZ26-ZN01 (pdftotext -layout, the class letter and the code
    right-aligned) is a heading, not a table row; 计划类别 | 2024年度 | 2025年度 | 调整情况 with
    按表1“2025年度”栏执行: the 2025 column is the terms, last year's only a comparison;
    （一）、 numbers an item as （一） does; 五．经费资助办法 is a terms section, no direction."""
    guideline = _parse([
        "一、总体说明",
        "（一）、2025年度项目一律按表1“2025年度”栏执行，“2024年度”栏仅供对照。",
        "表1　2025年度与2024年度各类计划支持标准对照",
        "计划类别\t2024年度\t2025年度\t调整情况",
        "重点研发计划\t前资助，每项20～40万元，实施期限2年\t前资助，每项30～50万元，实施期限2年\t上调",
        "二、支持方向",
        "（一）、重点研发计划（归口科室：高新技术科）",
        "1．超细晶粒硬质合金数控刀具制备技术                     A    RZ26-ZN01",
        "研究内容：研究超细晶粒硬质合金粉末制备技术。",
        "2．装备关键零部件激光熔覆再制造技术                     B    RZ26-ZN02",
        "研究内容：研究激光熔覆修复工艺。",
        "三．经费资助办法",
        "（一）、重点研发计划：企业自筹资金须不低于市财政资助额。",
    ])
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan)
            for leaf in guideline.leaves] == [
        ("RZ26-ZN01", "超细晶粒硬质合金数控刀具制备技术", "高新技术科", 30, 50),
        ("RZ26-ZN02", "装备关键零部件激光熔覆再制造技术", "高新技术科", 30, 50)]


def test_a_fields_sentence_names_its_directions_class_and_a_wrapped_figure_is_no_heading() -> None:
    """本领域方向均按一般项目支持。 gives every direction under it the 一般项目 row of the class
    table; 0.5℃。 left alone on a line by a page width is no item 0 and no heading 0.5."""
    guideline = _parse([
        "二、项目类别及资助标准",
        "项目类别\t资助方式\t资助额度\t执行期限",
        "重点项目\t前资助\t10～20万元\t2年",
        "一般项目\t前资助\t3～8万元\t1年",
        "三、支持方向",
        "（一）茶产业",
        "1．重点项目",
        "➢ 黑茶智能化加工装备研发",
        "　　本方向设以下2个子方向，各支持1项：",
        "① 黑茶渥堆发酵智能控制装备",
        "　　研制渥堆发酵温湿度在线监测与智能控制装备，温度控制精度±",
        "0.5℃。",
        "② 千两茶自动化踩制装备",
        "　　研制千两茶自动化踩制及紧压成型设备。",
        "（二）中药材与特色种养",
        "本领域方向均按一般项目支持。",
        "➢ 黄精、玉竹等道地药材规范化种植技术研究",
        "　　开展黄精、玉竹等道地药材林下种植、病虫害绿色防控及产地初加工技术研究。",
    ])
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in guideline.leaves] == [
        ("黑茶渥堆发酵智能控制装备", 10, 20, 2), ("千两茶自动化踩制装备", 10, 20, 2),
        ("黄精、玉竹等道地药材规范化种植技术研究", 3, 8, 1)]


def test_classes_given_by_direction_number_with_the_rest_and_terms_zipped_by_fenbie() -> None:
    """One flat list of directions, then 第1、3项方向为重点项目，其余方向为一般项目 and each
    item of the terms section naming the classes (分别 zipping amounts and periods): each
    direction takes its class's terms."""
    guideline = _parse([
        "二、支持方向",
        "　　1．寒地水稻优质高产栽培技术集成示范（HL2024-01）。集成侧深施肥和秸秆还田技术。",
        "　　2．高蛋白大豆新品种繁育技术示范（HL2024-02）。开展大豆新品种扩繁和栽培技术示范。",
        "　　3．口岸物流智能监管信息系统研发（HL2024-03）。研发集装箱智能识别和物流监管系统。",
        "三、项目类别及支持标准",
        "　　（一）类别划分。上述第1、3项方向为重点项目，其余方向为一般项目。",
        "　　（二）支持方式。重点项目和一般项目采取前资助方式。",
        "　　（三）资助额度。重点项目、一般项目单项资助额度分别为不超过50万元、10万元至20万元。",
        "　　（四）实施期限。重点项目、一般项目实施期限分别为2年、18个月。",
        "　　（五）牵头要求。重点项目须由企业牵头申报；一般项目企业、高校和科研院所均可牵头申报。",
    ])
    assert [(leaf.code, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.enterprise_lead_only)
            for leaf in guideline.leaves] == [
        ("HL2024-01", "前资助", None, 50, 2, True),
        ("HL2024-02", "前资助", 10, 20, 1.5, False),
        ("HL2024-03", "前资助", None, 50, 2, True)]


def test_a_table_in_abbreviations_its_legend_explains() -> None:
    """表1 with 前 / 前+后, ≤60, 企 / 不限, ● and ○ under 高企 / 规上, explained by a 注 under
    it: the cells read as written out (● a qualification required, ○ only a preference), an
    amount given its column's unit (资助额度（万元/项））, ≥500 under a column no field is named
    for a rule of the direction's own."""
    guideline = _parse([
        "二、支持方向",
        "（一）重大科技攻关项目",
        "1．高强钢热成形模具关键技术（指南代码：NH24GG01）",
        "研究内容：开展热成形模具冷却系统设计。",
        "2．高端文具智能制造装备（指南代码：NH24GG03）",
        "研究内容：开展书写工具自动装配技术研究。",
        "三、支持标准",
        "序号\t指南代码\t方向名称\t支持方式\t资助额度（万元/项）\t牵头要求\t上年研发费用（万元）\t高企\t规上",
        "1\tNH24GG01\t高强钢热成形模具关键技术\t前\t50-80\t企\t≥500\t●\t○",
        "2\tNH24GG03\t高端文具智能制造装备\t前+后\t20\t不限\t—\t\t●",
        "注：1.支持方式栏中“前”为前资助，“前+后”为前资助与后补助相结合。",
        "2.牵头要求栏中“企”为须由企业牵头申报，“不限”为不限定牵头单位性质。",
        "3.资质栏中“●”为申报单位须具备的资质，“○”为同等条件下优先支持；“高企”指高新技术企业，"
        "“规上”指规模以上工业企业。",
    ])
    assert [(leaf.code, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.enterprise_lead_only, leaf.min_rd_spend_wan, leaf.qualifications)
            for leaf in guideline.leaves] == [
        ("NH24GG01", "前资助", 50, 80, True, 500, ["高新技术企业"]),
        ("NH24GG03", "前资助、后补助", 20, 20, False, None, ["规上企业"])]


def test_codes_at_a_right_tab_stop_and_a_plan_with_what_it_covers_in_brackets() -> None:
    """（1）title<TAB>〔TZ2601-0101〕: a code set at a right tab stop is the title's; 二、重点研发
    计划（产业前瞻与关键核心技术） is a plan over its （一）…专项, whose terms its directions
    take; 三、材料报送 in the notice funds nothing."""
    guideline = _parse([
        "一、申报要求", "申报单位须在泰州市注册。",
        "三、材料报送", "申报材料纸质版一式3份，于2026年4月25日前报送至市科技局政务服务窗口。",
        "二、重点研发计划（产业前瞻与关键核心技术）",
        "　　本计划项目须由企业牵头申报。项目采取前资助方式，实施期限一般为2年。",
        "（一）生物医药与高端医疗器械专项（归口处室：高新技术处）",
        "　　本专项资助强度为80～150万元/项。",
        "1．创新药物",
        "（1）小分子靶向创新药研发\t〔TZ2601-0101〕",
        "　　研究内容：开展小分子靶向药物发现、结构优化与成药性研究。",
        "（2）中药经典名方二次开发\t〔TZ2601-0102〕",
        "　　研究内容：开展物质基准、质量标志物及制备工艺研究。",
    ])
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_mode, leaf.period_years_max,
             leaf.funding_max_wan, leaf.enterprise_lead_only) for leaf in guideline.leaves] == [
        ("TZ2601-0101", "小分子靶向创新药研发", "高新技术处", "前资助", 2, 150, True),
        ("TZ2601-0102", "中药经典名方二次开发", "高新技术处", "前资助", 2, 150, True)]


def test_a_notice_of_captioned_articles_naming_directions_by_article() -> None:
    """第四条（农业领域重点研发方向）　…支持以下方向： over （一）… directions: the caption names
    the article, a heading; later articles (第八条（…资助标准）) give terms to 第四条所列方向 /
    第五条所列方向 (…，均采取前资助方式 to both), to one direction by 第四条第（二）项, and
    重点研发项目… to the articles whose captions hold 重点研发 — not to the award article."""
    guideline = _parse([
        "第一条（适用范围）　本公告适用于2025年度县级科技计划项目的申报。",
        "第四条（农业领域重点研发方向）　由农村科技股归口管理，支持以下方向：",
        "　　（一）沙生经济作物高效栽培技术集成与示范（MQ25NY01）。围绕肉苁蓉开展人工接种技术集成。",
        "　　（二）民勤蜜瓜种质资源保护与新品种选育（MQ25NY02）。开展蜜瓜地方种质资源收集和保存。",
        "第五条（工业领域重点研发方向）　由科技管理股归口管理，支持以下方向：",
        "　　（一）光伏治沙一体化智能运维关键技术研究（MQ25GS01）。研发光伏组件智能清洗系统。",
        "第六条（科技成果转化后补助）　由科技管理股归口管理，支持以下事项：",
        "　　（一）技术合同交易补助。对购买技术成果的企业，按实际成交额的10%给予后补助，单个企业最高"
        "不超过20万元。",
        "第八条（重点研发项目资助标准）　第四条所列方向每项资助15万元至30万元，第五条所列方向每项资助"
        "不超过40万元，均采取前资助方式。",
        "第九条（实施期限）　重点研发项目实施期限为2025年7月至2027年6月。第四条第（二）项方向实施期限"
        "为2025年7月至2028年6月。",
    ])
    assert [(leaf.code, leaf.title, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max) for leaf in guideline.leaves] == [
        ("MQ25NY01", "沙生经济作物高效栽培技术集成与示范", "前资助", 15, 30, 2),
        ("MQ25NY02", "民勤蜜瓜种质资源保护与新品种选育", "前资助", 15, 30, 3),
        ("MQ25GS01", "光伏治沙一体化智能运维关键技术研究", "前资助", None, 40, 2),
        (None, "技术合同交易补助", "后补助", None, 20, None)]


def test_items_whose_terms_are_a_table_set_under_the_last_of_them() -> None:
    """（一）…（二）…（三）… award items, then 表1 事项 | 支持方式 | 支持标准 | 申报主体 under
    the last: each row is its item's terms, and the last item stays a direction."""
    guideline = _parse([
        "三、科技成果转化专项（高新技术股）",
        "（一）技术交易补助。支持本市企业吸纳国内外先进适用技术成果并在腾冲实现转化。",
        "（二）首台（套）装备推广应用补助。支持本市企业研制的首台（套）装备在市内推广应用。",
        "表1　科技成果转化专项支持标准",
        "事项\t支持方式\t支持标准\t申报主体",
        "技术交易补助\t后补助\t按技术合同实际成交额的5%给予补助，单个企业最高不超过300000元\t在腾冲市注册的企业",
        "首台（套）装备推广应用补助\t奖补\t按单台（套）销售价格的20%给予奖补，最高不超过50万元\t规上企业",
        "四、申报条件", "申报单位须在腾冲市注册。",
    ])
    assert [(leaf.title, leaf.funding_mode, leaf.funding_max_wan)
            for leaf in guideline.leaves] == [
        ("技术交易补助", "后补助", 30), ("首台（套）装备推广应用补助", "奖补", 50)]


def test_a_supplementary_notice_revises_and_withdraws_directions_printed_after_it() -> None:
    """A 补充通知 ahead of the guideline it re-attaches: 原：… ⏎ 现：… under an item naming a
    direction by its code rewrites that direction's text; one naming a plan (“二、…项目”的配套
    要求) rewrites the plan's; a direction said to be 不再受理 funds nothing; the items are no
    directions."""
    guideline = _parse([
        "一、撤销方向",
        "《指南》中的“（三）不锈钢制品表面处理清洁生产技术”方向（指南代码：LD26-CY03）本年度市级不再受理。",
        "二、调整内容",
        "（一）“一、产业技术创新项目”之“（一）罗定肉桂精深加工关键技术”（指南代码：LD26-CY01）",
        "原：支持额度不超过30万元/项，拟支持2项。",
        "现：支持额度不超过50万元/项，拟支持1项。",
        "（二）“二、农业与社会发展项目”的配套要求",
        "原：自筹资金与市财政资助资金比例不低于1:1。",
        "现：不作自筹资金配套要求。",
        "附件",
        "一、产业技术创新项目",
        "本类项目采取前资助方式，实施期限2年，自筹资金与市财政资助资金比例不低于2:1。",
        "（一）罗定肉桂精深加工关键技术",
        "指南代码：LD26-CY01",
        "研究内容：开展肉桂油、桂皮醛高效提取纯化研究。",
        "支持额度不超过30万元/项，拟支持2项。",
        "（三）不锈钢制品表面处理清洁生产技术",
        "指南代码：LD26-CY03",
        "研究内容：开展不锈钢制品无铬钝化技术研究。",
        "二、农业与社会发展项目",
        "本类项目采取前资助方式，每项资助10万元至20万元，自筹资金与市财政资助资金比例不低于1:1。",
        "（一）罗定稻米优质品种选育",
        "指南代码：LD26-NS01",
        "研究内容：开展稻米优质品种选育研究。",
    ])
    assert [(leaf.code, leaf.funding_max_wan, leaf.quota, leaf.matching_ratio)
            for leaf in guideline.leaves] == [("LD26-CY01", 50, 1, 2), ("LD26-NS01", 20, None, None)]


def test_marked_label_rows_and_a_table_naming_the_directions_above_by_number() -> None:
    """◇方向代码：…　◇支持方式：…: marks before labels in a row, fields and no headings;
    序号 | 指南编号 | 支持方式 | 资助额度（万元/项） after a group's directions, rows 1、2 and
    3(1): the directions they number take their codes and terms."""
    marked = _parse([
        "二、产业技术攻关项目（高新技术股）",
        "1．高性能电子陶瓷元器件关键工艺研究",
        "◇方向代码：YX25-GJ01　◇支持方式：前资助　◇支持额度：20万～30万元　◇拟支持：2项",
        "研究内容：开展高介电常数陶瓷粉体配方设计研究。",
        "2．新型墙体与保温节能材料研发及应用",
        "◇方向代码：YX25-GJ02　◇支持方式：前资助　◇支持额度：150000元　◇拟支持：1项",
        "研究内容：利用本地页岩研发轻质高强墙体材料。",
    ])
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota)
            for leaf in marked.leaves] == [("YX25-GJ01", 20, 30, 2), ("YX25-GJ02", 15, 15, 1)]
    numbered = _parse([
        "二、支持方向",
        "(一)生物医药与大健康",
        "1.德兴覆盆子有效成分提取与系列产品开发",
        "研究内容：开展覆盆子鞣花酸等有效成分提取纯化工艺研究。",
        "2.油茶籽油精深加工与功能性产品研发",
        "研究内容：研发油茶籽冷榨及精炼工艺。",
        "3.道地中药材规范化种植与质量追溯",
        "本方向设以下2个子方向。",
        "(1)覆盆子、黄精规范化种植基地建设",
        "研究内容：建设覆盆子、黄精规范化种植基地。",
        "(2)中药材质量追溯信息平台建设",
        "研究内容：建设中药材质量追溯信息平台。",
        "序号\t指南编号\t支持方式\t资助额度（万元/项）\t实施周期\t拟立项数",
        "1、2\tDX2024-SY01、DX2024-SY02\t前资助\t20～30\t24个月\t各1项",
        "3(1)\tDX2024-SY03\t前资助\t15\t18个月\t1项",
        "3(2)\tDX2024-SY04\t前资助\t15\t18个月\t1项",
        "表2　生物医药与大健康领域支持要素表",
    ])
    assert [(leaf.code, leaf.funding_max_wan, leaf.period_years_max, leaf.quota)
            for leaf in numbered.leaves] == [
        ("DX2024-SY01", 30, 2, 1), ("DX2024-SY02", 30, 2, 1),
        ("DX2024-SY03", 15, 1.5, 1), ("DX2024-SY04", 15, 1.5, 1)]


def test_a_later_notice_changing_directions_by_their_codes() -> None:
    """一、…第3方向“…”（XS23-NS03）实施期限由2年调整为18个月 / 二、…（XS23-GY01）增加申报要求：
    …: each change is that direction's own (the new value, not the old), and the items saying
    so are no directions."""
    guideline = _parse([
        "一、重点研发项目（高新技术科）",
        "项目采取前资助方式，每项资助30万—60万元，实施期限2年。",
        "1．针织服装智能制造与数字化设计（XS23-GY01）",
        "研究内容：开展针织服装柔性制造技术研究。",
        "2．影视文化产业数字化制作技术（XS23-NS03）",
        "研究内容：开展影视数字化制作技术研究。",
        "二、补充说明",
        "（一）重点研发项目第2方向“影视文化产业数字化制作技术”",
        "（XS23-NS03）实施期限由2年调整为18个月。",
        "（二）重点研发项目第1方向（XS23-GY01）增加申报要求：申报企业上年度研发费用不低于200万元。",
    ])
    assert [(leaf.code, leaf.period_years_max, leaf.min_rd_spend_wan)
            for leaf in guideline.leaves] == [("XS23-GY01", 2, 200), ("XS23-NS03", 1.5, None)]


def _siyuan_note(blocks: list[dict[str, object]]) -> str:
    """A SiYuan .sy document file as SiYuan writes it: the block tree indented by tabs."""
    return json.dumps({"ID": "20250318101422-k3m9x2q", "Spec": "1", "Type": "NodeDocument",
                       "Properties": {"id": "20250318101422-k3m9x2q", "title": "剪藏"},
                       "Children": blocks}, ensure_ascii=False, indent="\t")


def _paragraph(*runs: tuple[str, bool]) -> dict[str, object]:
    return {"Type": "NodeParagraph", "Properties": {"id": "p"}, "Children": [
        {"Type": "NodeTextMark", "TextMarkType": "strong", "TextMarkTextContent": text}
        if bold else {"Type": "NodeText", "Data": text} for text, bold in runs]}


def _heading(level: int, text: str) -> dict[str, object]:
    return {"Type": "NodeHeading", "HeadingLevel": level,
            "Children": [{"Type": "NodeText", "Data": text}]}


def _item(number: str | None, *paragraphs: dict[str, object]) -> dict[str, object]:
    item: dict[str, object] = {"Type": "NodeListItem", "Children": list(paragraphs)}
    if number is not None:
        item["Data"] = number  # (an ordered item's number lives only here)
    return item


def test_a_siyuan_note_of_a_clipped_guideline() -> None:
    """A SiYuan .sy note: ordered items numbered only in their Data (1．title), bulleted items
    whose bold title runs on to their body after a colon, the firm's quoted notes and to-dos
    left out; each leaf on the line of its title's run."""
    note = _siyuan_note([
        {"Type": "NodeBlockquote", "Children": [
            _paragraph(("我司备注：研发费用412万元，拟申请60万元。", False))]},
        _heading(2, "二、支持方向及要求"),
        _heading(3, "（一）重点研发计划（产业技术攻关类）"),
        _paragraph(("归口科室：高新技术科", False)),
        _paragraph(("支持方式：前资助。资助强度：每项30万—80万元。", False)),
        _paragraph(("申报要求：须由企业牵头申报。", False)),
        {"Type": "NodeList", "ListData": {"Typ": 1}, "Children": [
            _item("1", _paragraph(("汽车零部件轻量化与电驱关键技术", True)),
                  _paragraph(("指南代码：TT25GY01", False)),
                  _paragraph(("研究内容：开发铝镁合金一体化压铸副车架。", False))),
            _item("2", _paragraph(("高性能工业过滤材料制备技术", True)),
                  _paragraph(("指南代码：TT25GY02", False)),
                  _paragraph(("研究内容：研发PTFE覆膜滤料。", False)))]},
        _heading(3, "（二）农业与社会发展科技计划"),
        _paragraph(("支持方式：前资助，每项资助10万—20万元。均可牵头申报。", False)),
        _paragraph(("重点支持以下方向：", False)),
        {"Type": "NodeList", "ListData": {}, "Children": [
            _item(None, _paragraph(("天台黄茶精深加工与品质提升技术", True),
                                   ("：开展黄茶闷黄工艺数字化控制研究。", False))),
            _item(None, _paragraph(("高山蔬菜病虫害绿色防控技术", True),
                                   ("：集成生物防治、理化诱控等技术。", False)))]},
        {"Type": "NodeList", "Children": [
            {"Type": "NodeListItem", "Children": [
                {"Type": "NodeTaskListItemMarker", "Data": "[ ]"},
                _paragraph(("准备近三年审计报告，申请资助60万元。", False))]}]},
        _heading(3, "（三）科技成果转化后补助（科技合作与成果转化科）"),
        _paragraph(("1．技术合同交易后补助：对企业当年实际支付的技术开发合同，按实际支付额的10%给予"
                    "后补助，单家企业最高不超过50万元。", False)),
        _heading(2, "三、申报条件"),
        _paragraph(("申报单位须在天台县注册。", False)),
    ])
    lines = note.split("\n")
    guideline = parse_document(note.encode(), "tiantai.sy")
    assert [(leaf.code, leaf.title, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.enterprise_lead_only) for leaf in guideline.leaves] == [
        ("TT25GY01", "汽车零部件轻量化与电驱关键技术", 30, 80, True),
        ("TT25GY02", "高性能工业过滤材料制备技术", 30, 80, True),
        (None, "天台黄茶精深加工与品质提升技术", 10, 20, False),
        (None, "高山蔬菜病虫害绿色防控技术", 10, 20, False),
        (None, "技术合同交易后补助", None, 50, True)]
    assert all(leaf.title in lines[leaf.source_line - 1] for leaf in guideline.leaves)


def test_a_malformed_siyuan_note_is_read_as_plain_lines() -> None:
    """A page that starts like a SiYuan note but is cut, or holds no blocks, stays as it is."""
    cut = ['{', '\t"ID": "x",', '\t"Spec": "1",', '\t"Type": "NodeDocument",', '\t"Children": [']
    assert siyuan_note.as_read(cut) == cut
    empty = _siyuan_note([]).split("\n")
    assert siyuan_note.as_read(empty) == empty


def test_conditions_by_field_name_and_a_legend_making_single_amounts_caps() -> None:
    """（二）申报X领域项目的，须由企业牵头…；申报Y领域项目的，…；Z领域项目不限… reaches each
    field alone (Y with a direction divided into sub-directions too); a legend saying 为单一数值
    的，该数值为单个项目的资助上限 makes the table's single amounts caps."""
    guideline = _parse([
        "一、指南说明",
        "(一)支持要素表中资助额度为区间的，按评审结果在区间内确定；为单一数值的，该数值为单个项目的资助上限。",
        "二、支持方向",
        "(一)铜基新材料",
        "1.高强高导铜合金带材制备关键技术",
        "研究内容：开展高强高导铜合金成分设计研究。",
        "2.铜冶炼渣资源化利用技术",
        "研究内容：开展铜冶炼渣高效浮选研究。",
        "序号\t指南编号\t支持方式\t资助额度（万元/项）\t实施周期",
        "1\tDX2024-TJ01\t前资助\t30～50\t24个月",
        "2\tDX2024-TJ02\t前资助\t40\t24个月",
        "(二)生物医药",
        "1.覆盆子有效成分提取",
        "研究内容：开展覆盆子鞣花酸提取研究。",
        "2.道地中药材规范化种植",
        "本方向设以下2个子方向。",
        "(1)黄精规范化种植基地建设",
        "研究内容：建设黄精规范化种植基地。",
        "(2)中药材质量追溯平台建设",
        "研究内容：建设中药材质量追溯平台。",
        "序号\t指南编号\t支持方式\t资助额度（万元/项）\t实施周期",
        "1\tDX2024-SY01\t前资助\t20～30\t24个月",
        "2(1)\tDX2024-SY02\t前资助\t15\t18个月",
        "2(2)\tDX2024-SY03\t前资助\t15\t18个月",
        "三、申报条件",
        "(一)申报铜基新材料领域项目的，须由企业牵头，牵头企业上年度研发投入不低于200万元；申报生物医药"
        "领域项目的，非企业单位不得作为牵头单位，上年度研发投入不低于50万元。",
    ])
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.enterprise_lead_only,
             leaf.min_rd_spend_wan) for leaf in guideline.leaves] == [
        ("DX2024-TJ01", 30, 50, True, 200), ("DX2024-TJ02", None, 40, True, 200),
        ("DX2024-SY01", 20, 30, True, 50), ("DX2024-SY02", None, 15, True, 50),
        ("DX2024-SY03", None, 15, True, 50)]


def test_records_listed_field_by_field_read_as_a_table() -> None:
    """Import-Csv … | Format-List after the guideline: records of 申报代码 / 方向名称 /
    拟支持项目数 / 备注, names padded so the colons line up — a table whose rows give the
    directions they name their quotas."""
    guideline = _parse([
        "二、重点研发项目",
        "支持方式：前资助，每项资助不超过80万元。",
        "1．海上风电大功率齿轮箱可靠性技术",
        "申报代码：RD2026-01",
        "研究内容：开展海上风电齿轮箱可靠性研究。",
        "2．高端纺织面料功能性后整理技术",
        "申报代码：RD2026-02",
        "研究内容：开展纺织面料功能性后整理研究。",
        "",
        "PS D:\\申报> Import-Csv .\\fangxiang.csv -Encoding UTF8 | Format-List",
        "",
        "申报代码   : RD2026-01",
        "方向名称   : 海上风电大功率齿轮箱可靠性技术",
        "拟支持项目数 : 2",
        "备注     : ",
        "",
        "申报代码   : RD2026-02",
        "方向名称   : 高端纺织面料功能性后整理技术",
        "拟支持项目数 : 1",
        "备注     : ",
    ])
    assert [(leaf.code, leaf.funding_max_wan, leaf.quota) for leaf in guideline.leaves] == [
        ("RD2026-01", 80, 2), ("RD2026-02", 80, 1)]


def test_a_terms_item_whose_sentences_open_with_different_letter_classes() -> None:
    """二、支持方式。A类、B类项目均采取前资助方式…。C类项目采取后补助方式…: each sentence binds the
    classes it opens with, not the ones the item opened with; a class letter set right of a
    title with its code after it (…技术  A  RZ26-ZN01) is that direction's class."""
    guideline = _parse([
        "第一章　编制说明",
        "本指南各方向标题行右侧依次标注项目类别代号和指南代码。",
        "第二章　支持方式与标准",
        "二、支持方式。A类、B类项目均采取前资助方式，市财政资助资金分年度拨付。C类项目采取后补助方式。",
        "三、实施期限。A类项目实施期限3年；B类项目实施期限18个月。",
        "第三章　支持方向",
        "一、智能制造与新材料领域（归口科室：高新技术科）",
        "1．超细晶粒硬质合金数控刀具制备技术                     A    RZ26-ZN01",
        "研究内容：研究超细晶粒硬质合金粉末制备技术。",
        "2．装备关键零部件激光熔覆再制造技术                     B    RZ26-ZN02",
        "研究内容：研究激光熔覆修复工艺。",
        "3．企业研发投入增量后补助                               C    RZ26-HB01",
        "补助标准：按研发费用增量的10%给予补助，单个企业最高不超过50万元。",
    ])
    assert [(leaf.code, leaf.funding_mode, leaf.period_years_max)
            for leaf in guideline.leaves] == [
        ("RZ26-ZN01", "前资助、分年拨付", 3), ("RZ26-ZN02", "前资助、分年拨付", 1.5),
        ("RZ26-HB01", "后补助", None)]


def test_a_review_of_last_years_round_is_no_direction() -> None:
    """一、2022年度立项情况 ⏎ …每项资助20万—50万元… in a consultancy's newsletter ahead of the
    guideline: a review of a past round (or a forecast) funds nothing."""
    guideline = _parse([
        "一、2022年度立项情况",
        "2022年度重点研发项目共立项38项，每项资助20万—50万元，县财政资助总额1260万元。",
        "二、2023年申报预判",
        "预计研发费用门槛可能提高至300万元，自筹比例可能提高至3:1。",
        "三、重点研发项目",
        "1．模具数字化设计与智能制造（XS23-GY01）",
        "研究内容：开展模具数字化设计研究。资助额度：每项不超过60万元。",
    ])
    assert [leaf.code for leaf in guideline.leaves] == ["XS23-GY01"]


def test_answers_of_a_closing_qa_naming_classes_of_directions() -> None:
    """七、申报答疑（Q&A） ⏎ Q1：…？ ⏎ A1：工业科技攻关项目和社会发展项目采取事前资助方式；农业科技
    创新项目采取后补助方式。: each answer's clauses are the terms of the classes they open with
    (two at once too), and the Q&A funds nothing itself."""
    guideline = _parse([
        "二、支持方向",
        "（一）工业科技攻关项目",
        "1．新型功能纺织材料开发（MCGY2301）",
        "研究内容：开展新型功能纺织材料开发研究。",
        "（二）农业科技创新项目",
        "1．蒙城黄牛高效养殖技术（MCNY2301）",
        "研究内容：开展黄牛高效养殖技术研究。",
        "（三）社会发展项目",
        "1．基层医疗机构慢病管理技术推广（MCSF2301）",
        "研究内容：开展慢病管理技术推广。",
        "七、申报答疑（Q&A）",
        "Q1：今年县科技计划项目采取什么支持方式？",
        "A1：工业科技攻关项目和社会发展项目采取事前资助方式；农业科技创新项目采取后补助方式。",
        "Q2：项目实施期限有什么规定？",
        "A2：工业科技攻关项目实施期限不超过2年；农业科技创新项目实施期限为1年；社会发展项目实施期限"
        "不超过18个月。",
    ])
    assert [(leaf.code, leaf.funding_mode, leaf.period_years_max)
            for leaf in guideline.leaves] == [
        ("MCGY2301", "前资助", 2), ("MCNY2301", "后补助", 1), ("MCSF2301", "前资助", 1.5)]


def test_html_ordered_list_items_are_numbered_as_the_browser_draws_them() -> None:
    """<ol> ⏎ <li><strong>title</strong>（编号：…）。研究内容：… and a second list <ol start="5">:
    each item a numbered direction (1．…, 5．…), as the page shows it."""
    guideline = _parse([
        "<h3>（一）产业前瞻与关键核心技术攻关项目（高新技术产业科）</h3>",
        "<p>支持方式：前资助，每项不超过100万元。</p>",
        "<ol>",
        "<li><strong>光纤通信关键器件</strong>（编号：WJ25-QZ01）。研究内容：开展高速光模块封装研究。</li>",
        "<li><strong>工业机器人核心零部件</strong>（编号：WJ25-QZ02）。研究内容：开展精密减速器研究。</li>",
        "</ol>",
        "<h3>（二）科技成果转化项目（成果转化科）</h3>",
        "<p>支持方式：后补助。</p>",
        "<p>资助额度：每项最高80万元。</p>",
        '<ol start="3">',
        "<li><strong>科技成果中试熟化</strong>（编号：WJ25-ZH01）。支持企业开展工艺放大和中试验证。</li>",
        "</ol>",
    ])
    assert [(leaf.number, leaf.code, leaf.funding_mode, leaf.funding_max_wan)
            for leaf in guideline.leaves] == [
        ("1", "WJ25-QZ01", "前资助", 100), ("2", "WJ25-QZ02", "前资助", 100),
        ("3", "WJ25-ZH01", "后补助", 80)]


def test_a_sub_direction_whose_title_opens_with_a_figure_after_a_wide_gap() -> None:
    """1.1　12英寸晶圆…: the full-width space parts the number from the title's own figure (not
    1.112, nor item 1 titled 1　12英寸…)."""
    guideline = _parse([
        "计划一　产业技术攻关项目（归口科室：高新技术科）",
        "　　计划要点：采取事前资助方式，单个项目最高不超过100万元。",
        "1．集成电路与新型显示",
        "　　本方向设以下两个子方向。",
        "1.1　12英寸晶圆制造用高纯湿电子化学品国产化",
        "　　指南代码：BL26GG11",
        "　　研究内容：研究电子级硫酸等湿电子化学品的深度提纯技术。",
        "1.2　OLED显示面板用光敏聚酰亚胺材料开发",
        "　　指南代码：BL26GG12",
        "　　研究内容：开发光敏聚酰亚胺材料。",
    ])
    assert [(leaf.code, leaf.title) for leaf in guideline.leaves] == [
        ("BL26GG11", "12英寸晶圆制造用高纯湿电子化学品国产化"),
        ("BL26GG12", "OLED显示面板用光敏聚酰亚胺材料开发")]


MARKED_AND_LETTERED = [
    "二、支持重点及方向",
    "说明：方向名称后标注“▲”的，须由企业牵头申报；标注“◆”的，",
    "申报单位须为有效期内的国家高新技术企业。",
    "（一）农业科技攻关计划（农村科技股）",
    "本计划项目采取前资助方式。",
    "（１）稻鱼鸭综合种养提质增效技术集成与示范▲",
    "研究内容：开展稻鱼鸭共生模式优化研究。",
    "经费额度：15—20万元",
    "（２）林下中药材仿野生栽培关键技术研究",
    "本方向设以下两个子方向，每个子方向支持1项，每项经费额度10",
    "万元。",
    "子方向Ａ：天麻仿野生栽培与种源提纯复壮",
    "开展乌天麻种源提纯复壮研究。",
    "子方向Ｂ：林下茯苓菌种选育与段木栽培",
    "开展茯苓优良菌种选育研究。",
    "（二）工业科技攻关计划（高新技术股）",
    "本计划采取后补助方式。",
    "（１）苗侗民族医药经典名方二次开发◆",
    "研究内容：开展处方筛选研究。",
    "经费额度：最高40万元",
    "三、申报条件",
    "（一）申报单位须在本市注册。",
]


def test_a_legend_of_marks_binds_only_the_marked_and_lettered_parts_are_directions() -> None:
    """说明：标注“▲”的，须由企业牵头… under 二、支持重点及方向 (a container) binds the
    directions so marked, not every one below; the marks leave the titles; 子方向Ａ：… are the
    direction's parts, each granted the 10万元 said above them."""
    guideline = _parse(MARKED_AND_LETTERED)
    leaves = {leaf.source_line: leaf for leaf in guideline.leaves}
    assert sorted(leaves) == [6, 12, 14, 18]
    assert leaves[6].title == "稻鱼鸭综合种养提质增效技术集成与示范"
    assert leaves[6].enterprise_lead_only is True and leaves[6].qualifications == []
    assert leaves[12].enterprise_lead_only is None and leaves[12].qualifications == []
    assert (leaves[12].funding_min_wan, leaves[12].funding_max_wan) == (10, 10)
    assert leaves[18].title == "苗侗民族医药经典名方二次开发"
    assert leaves[18].qualifications == ["高新技术企业"]


PARTS_AND_SCOPES = [
    "１　总则",
    "１．１　通用支持标准",
    "（1）除另有规定外，本指南项目实施期不超过2年（第３部分所列事项除外）。",
    "（2）除另有规定外，第２部分各方向原则上支持1项。",
    "２　重点研发项目（产业科）",
    "２．１　民航飞机机载设备国产化关键部件研制",
    "研究内容：开展机载作动器国产化设计研究。",
    "资助标准：不超过200万元",
    "２．２　工业级无人机氢燃料电池动力系统研发",
    "研究内容：研制长航时氢燃料电池动力系统。",
    "３　国际科技合作（合作科）",
    "３．１　中欧航空维修技术联合研发",
    "开展航空发动机孔探检测技术联合研发。",
    "３．２　中亚国家农业机械适应性改进联合研发",
    "开展播种机械适应性改进和示范推广。",
    "３．１、３．２方向资助额度分别不超过50万元、30万元。",
    "４　申报要求",
    "申报单位须在本区注册。",
]


def test_rules_for_one_part_and_values_zipped_with_the_directions_they_number() -> None:
    """第２部分各方向原则上支持1项 binds part 2 alone; （第３部分所列事项除外） spares part 3;
    3.1、3.2方向…分别… after the directions gives each its own amount."""
    leaves = {leaf.source_line: leaf for leaf in _parse(PARTS_AND_SCOPES).leaves}
    assert sorted(leaves) == [6, 9, 12, 14]
    assert (leaves[6].quota, leaves[6].period_years_max) == (1, 2)
    assert (leaves[12].funding_max_wan, leaves[14].funding_max_wan) == (50, 30)
    assert (leaves[12].quota, leaves[12].period_years_max) == (None, None)


def test_a_note_on_a_numbered_topic_and_a_rule_against_double_grants() -> None:
    """1．课题三（揭榜挂帅）不执行项目群一关于自筹资金的要求 frees 课题三 of its group's ratio
    (and （揭榜挂帅） leaves its title); 任务3-1、任务3-2…分别为20万元、10万元 above the tasks
    gives each its own; a rule that a plan's 后补助、贷款贴息、奖补资金 are not taken twice
    names no modes of that plan's items."""
    guideline = _parse([
        "二、项目群及课题",
        "项目群一：文化遗产数字化保护（社会发展股）",
        "项目群说明：申报单位自筹资金不低于申请市级资金的50%。",
        "课题一　石窟文物风沙环境监测预警技术研究",
        "研究内容：研究风沙流微环境监测技术。",
        "拟资助额度：30万元/项",
        "课题二　沉浸式数字文旅演艺关键技术集成应用（揭榜挂帅）",
        "需求描述：解决全息投影集成控制难题。",
        "拟资助额度：最高不超过20万元",
        "课题三　戈壁设施农业水肥一体化技术示范",
        "本课题下设两个任务，研究周期均为2年；任务3-1、任务3-2拟资助额度分别为20万元、10万元。",
        "任务3-1　日光温室水肥一体化智能决策系统研发",
        "研究内容：研发水肥一体化智能决策系统。",
        "任务3-2　戈壁基质栽培废弃物循环利用技术",
        "研究内容：开展废旧基质再生利用技术研究。",
        "项目群二：创新主体培育计划（综合股）",
        "本项目群采取奖补方式。",
        "（1）高新技术企业培育奖补",
        "对首次通过认定的高新技术企业奖励20万元。",
        "三、其他说明",
        "1．课题二（揭榜挂帅）不执行项目群一关于自筹资金的要求。",
        "2．创新主体培育计划的后补助、贷款贴息、奖补资金不与其他同类政策重复享受。",
    ])
    leaves = {leaf.source_line: leaf for leaf in guideline.leaves}
    assert leaves[4].matching_ratio == 0.5
    assert leaves[7].title == "沉浸式数字文旅演艺关键技术集成应用"
    assert leaves[7].matching_ratio is None
    assert (leaves[12].funding_max_wan, leaves[14].funding_max_wan) == (20, 10)
    assert leaves[18].funding_mode == "奖补"


ASS_SCRIPT = [
    "[Script Info]",
    "ScriptType: v4.00+",
    "",
    "[Events]",
    "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text",
    r"Dialogue: 0,0:00:01.00,0:00:03.00,一级标题,,0,0,0,,{\fad(200,200)}一、支持方向",
    r"Dialogue: 0,0:00:03.50,0:00:05.00,二级标题,,0,0,0,,1．高温合金\N精密铸造技术",
    r"Dialogue: 0,0:00:05.20,0:00:08.00,正文,,0,0,0,,研究内容：开展高温合金定向凝固\N工艺研究，",
    r"Dialogue: 0,0:00:08.00,0:00:10.00,正文,,0,0,0,,形成示范线1条。",
    r"Dialogue: 0,0:00:10.50,0:00:12.00,正文,,0,0,0,,资助额度：每项不超过50万元。",
    r"Dialogue: 1,0:00:10.50,0:00:12.00,花字,,0,0,0,,最高500万元！",
    r"Comment: 0,0:00:12.00,0:00:12.00,注释,,0,0,0,,【剪辑】这里插入车间空镜",
    r"Dialogue: 0,0:00:21.00,0:00:23.00,正文,,0,0,0,,研究内容：开展锂电池回收研究。",
    r"Dialogue: 0,0:00:23.50,0:00:25.00,正文,,0,0,0,,资助额度：每项不超过30万元。",
    r"Dialogue: 0,0:00:26.00,0:00:28.00,一级标题,,0,0,0,,二、申报要求",
    r"Dialogue: 0,0:00:28.50,0:00:30.00,正文,,0,0,0,,申报单位须在本市注册。",
    r"Dialogue: 0,0:00:18.00,0:00:20.50,二级标题,,0,0,0,,2．退役动力电池\N回收利用技术",
]


def test_a_subtitle_script_is_read_as_its_timeline_plays() -> None:
    """Aegisub's .ass: a heading added at the end of the file with its time plays before the
    cues after it; cues with no pause between them are one paragraph (\\N closed up); the
    editors' comments and a card on a layer above the captions are no text."""
    read = subtitle_script.as_read(ASS_SCRIPT)
    assert read is not None
    lines, numbers = read
    assert lines[:4] == ["一、支持方向", "1．高温合金精密铸造技术",
                         "研究内容：开展高温合金定向凝固工艺研究，形成示范线1条。",
                         "资助额度：每项不超过50万元。"]
    assert lines[4:6] == ["2．退役动力电池回收利用技术", "研究内容：开展锂电池回收研究。"]
    assert numbers[4] == len(ASS_SCRIPT)  # the heading cites its own line, at the end
    assert not any("500万元" in line or "剪辑" in line for line in lines)
    leaves = _parse(ASS_SCRIPT).leaves
    assert [(leaf.source_line, leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        (7, "高温合金精密铸造技术", 50), (17, "退役动力电池回收利用技术", 30)]


def _csv_row(*cells: str) -> str:
    return ",".join('"' + cell.replace('"', '""') + '"' for cell in cells)


TASK_HEADER = _csv_row("Folder Name", "List Name", "Title", "Kind", "Content", "Is Check list",
                       "Status", "Order", "taskId", "parentId")
TICKTICK_BACKUP = "\n".join([
    '"Date: 2023-04-19+0800"',
    '"Version: 7.1"',
    TASK_HEADER,
    _csv_row("工作", "科技项目", "二、农业专项", "TEXT", "支持方式：事后补助\n执行期：1年", "N", "0",
             "-30", "p2", ""),
    _csv_row("工作", "科技项目", "（一）茶叶精深加工技术", "TEXT",
             "研究内容：开发茶饮料。\n资助额度：每项不超过15万元", "N", "0", "-29", "d21", "p2"),
    _csv_row("工作", "科技项目", "一、重点研发专项", "TEXT", "支持方式：事前资助\n执行期：2年", "N",
             "0", "-20", "p1", ""),
    _csv_row("工作", "科技项目", "（二）无刷电机控制器", "TEXT",
             "研究内容：研发无感FOC控制器。\n资助额度：每项不超过30万元", "N", "0", "-18", "d12", "p1"),
    _csv_row("工作", "科技项目", "（一）低铅铜合金精密铸造", "TEXT",
             "研究内容：研究低铅铜合金熔炼。\n资助额度：每项不超过50万元", "N", "0", "-19", "d11", "p1"),
    _csv_row("工作", "科技项目", "准备材料", "CHECKLIST", "▪营业执照\n▫审计报告（报价0.8万元）", "Y",
             "0", "-10", "c1", ""),
    _csv_row("工作", "科技项目", "问科技局：执行期能否3年", "TEXT", "答复：最多2年", "N", "2", "-9",
             "q1", ""),
    _csv_row("工作", "2022项目（已结束）", "2022年总结", "TEXT", "获批1项，资助40万元", "N", "0",
             "-8", "x1", ""),
]).split("\n")


def test_a_to_do_apps_backup_is_read_as_the_outline_its_links_make() -> None:
    """滴答清单's CSV: plans dragged out of order come back in their numbers' order, each
    direction under the plan it links to; check lists, finished tasks and another list's
    tasks are no text; each line cites the line of the file it stands on."""
    read = task_backup.as_read(TICKTICK_BACKUP)
    assert read is not None
    lines, numbers = read
    headings = [line for line in lines if line.startswith(("一、", "二、", "（"))]
    assert headings == ["一、重点研发专项", "（一）低铅铜合金精密铸造", "（二）无刷电机控制器",
                        "二、农业专项", "（一）茶叶精深加工技术"]
    assert not any("0.8万元" in line or "最多2年" in line or "40万元" in line for line in lines)
    assert numbers[lines.index("资助额度：每项不超过15万元")] == 7  # (the row's second line)
    leaves = {leaf.title: leaf for leaf in _parse(TICKTICK_BACKUP).leaves}
    assert set(leaves) == {"低铅铜合金精密铸造", "无刷电机控制器", "茶叶精深加工技术"}
    assert (leaves["低铅铜合金精密铸造"].funding_max_wan, leaves["低铅铜合金精密铸造"].funding_mode,
            leaves["低铅铜合金精密铸造"].period_years_max) == (50, "前资助", 2)
    assert (leaves["茶叶精深加工技术"].funding_mode, leaves["茶叶精深加工技术"].period_years_max) \
        == ("后补助", 1)
    assert leaves["茶叶精深加工技术"].source_line == 6


def test_a_list_of_last_years_funded_projects_is_no_table_of_terms() -> None:
    """A 公示 of the projects funded (序号 | 项目名称 | 承担单位 | 资助): a row repeating a
    direction's name gives a firm's grant, not that direction's terms."""
    leaves = _parse([
        "一、支持方向",
        "（1）科技型中小企业研发奖补",
        "对研究开发费用不低于50万元的科技型中小企业，按研究开发费用的5%给予奖补，单家企业最高不超过5万元。",
        "（2）高新技术企业认定奖补",
        "对首次通过认定的高新技术企业，一次性给予奖补10万元。",
        "二、2020年度拟立项项目公示",
        "序号\t项目名称\t承担单位\t市财政资助（万元）",
        "1\t科技型中小企业研发奖补\t长垣市鑫源机电设备有限公司\t3.6",
        "2\t高新技术企业认定奖补\t长垣市华康卫材有限公司\t10",
    ]).leaves
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.enterprise_lead_only)
            for leaf in leaves] == [("科技型中小企业研发奖补", None, 5, True),
                                    ("高新技术企业认定奖补", 10, 10, True)]


def test_an_empty_reading_parses_to_no_leaves() -> None:
    """A document (or a channel's reading of it) with no lines at all: no directions, no crash."""
    assert _parse([]).leaves == []
    assert _parse([""]).leaves == []


CLASSES_BY_MODES = [
    "二、支持领域与方向",
    "（一）电子信息（归口股室：高新技术股）",
    "1.新型显示模组缺陷智能检测装备",
    "项目类别：重点项目　　资助方式：事前资助",
    "研究内容：研究真空全贴合工艺。",
    "2.锂离子电池极片高速涂布技术",
    "项目类别：重点项目　　资助方式：事后补助",
    "研究内容：研究极片双面高速挤压涂布。",
    "（二）现代农业（归口股室：农村科技股）",
    "本领域所列方向均按一般项目、事前资助方式支持。",
    "1.荔枝采后保鲜技术",
    "研究内容：研究荔枝采后预冷技术。",
    "三、资助标准",
    "表1　资助标准",
    "项目类别＼资助方式\t前资助（事前资助）\t后补助（事后补助）",
    "重点项目\t30万元～50万元/项，实施期限不超过24个月\t按项目实际研发投入的20%给予补助，单项最高80万元",
    "一般项目\t10万元～20万元/项，实施期限不超过12个月\t按项目实际研发投入的15%给予补助，单项最高30万元",
    "（二）申报事前资助项目的，自筹资金与财政资助资金的比例：重点项目不低于2:1，一般项目不低于1:1。",
]


def test_a_table_of_classes_by_modes_gives_each_direction_its_own_cell() -> None:
    """项目类别＼资助方式: a direction's class picks the row, its mode the column (a class named
    for all the directions of a field too); a rule listing a value per class after its colon
    gives each class its own."""
    leaves = {leaf.source_line: leaf for leaf in _parse(CLASSES_BY_MODES).leaves}
    assert (leaves[3].funding_min_wan, leaves[3].funding_max_wan, leaves[3].period_years_max,
            leaves[3].matching_ratio) == (30, 50, 2, 2)
    assert (leaves[6].funding_min_wan, leaves[6].funding_max_wan, leaves[6].period_years_max) \
        == (None, 80, None)
    assert (leaves[11].funding_min_wan, leaves[11].funding_max_wan, leaves[11].period_years_max,
            leaves[11].matching_ratio) == (10, 20, 1, 1)


def test_a_class_cell_spanning_rows_and_amounts_with_thousands_separators() -> None:
    """A table copied from a browser: the rows after a class's first lose its spanning cell;
    the caption's unit (元) is said of 200,000～300,000 and 最高100,000 whole."""
    leaves = {leaf.title: leaf for leaf in _parse([
        "二、项目类别及支持方向",
        "（一）企业技术创新项目（责任科室：高新科）",
        "▪ 锦纶6差别化功能纤维制备关键技术（编号：CL19QY01）",
        "研究高速纺丝工艺下的原位聚合改性技术。",
        "▪ 经编面料数码印花及少水染整技术（编号：CL19QY02）",
        "研究经编面料高速数码喷墨印花技术。",
        "▪ 不锈钢冷轧带钢表面缺陷在线检测系统（编号：CL19QY03）",
        "研究冷轧带钢表面缺陷识别技术。",
        "三、经费安排",
        "各方向的资助额度和拟立项数见表1。",
        "表1　经费安排表（单位：元）",
        "项目类别\t支持方向\t单项资助额度\t拟立项数（项）",
        "企业技术创新项目\t锦纶6差别化功能纤维制备关键技术\t200,000～300,000\t2",
        "经编面料数码印花及少水染整技术\t100,000～200,000\t3",
        "不锈钢冷轧带钢表面缺陷在线检测系统\t按项目总投入的30%核定，最高300,000\t1",
    ]).leaves}
    assert sorted(leaves) == sorted(["锦纶6差别化功能纤维制备关键技术", "经编面料数码印花及少水染整技术",
                                     "不锈钢冷轧带钢表面缺陷在线检测系统"])
    assert (leaves["经编面料数码印花及少水染整技术"].funding_min_wan,
            leaves["经编面料数码印花及少水染整技术"].funding_max_wan,
            leaves["经编面料数码印花及少水染整技术"].quota) == (10, 20, 3)
    assert leaves["不锈钢冷轧带钢表面缺陷在线检测系统"].funding_max_wan == 30


def test_terms_in_sections_after_a_plans_directions() -> None:
    """（一）支持方向 ⏎ … ⏎ （二）支持方式及额度 ⏎ （三）申报要求 ⏎ 4．受理科室：…: the office
    manages the plan's directions; 最高可达0.1亿元 is the most a project gets; 自筹经费不得少于
    …资助经费 a ratio of one; 第3方向所属两个子方向…分别不超过40万元、30万元 each sub-direction's."""
    leaves = {leaf.source_line: leaf for leaf in _parse([
        "二、产业技术创新项目",
        "（一）支持方向",
        "1．汽车轻量化铝合金模具表面强化技术",
        "攻关内容：研究压铸模具激光熔覆工艺。",
        "2．液压元件数字化设计技术",
        "攻关内容：研究多路阀数字孪生设计方法。",
        "3．石化新材料高值化利用",
        "本方向设2个子方向，各子方向拟支持1项。",
        "（1）聚烯烃弹性体催化剂及中试工艺",
        "攻关内容：研究茂金属催化剂设计制备。",
        "（2）废塑料化学回收制备裂解油技术",
        "攻关内容：研究废塑料催化裂解技术。",
        "（二）支持方式及额度",
        "采取事前资助方式，单个项目资助额度原则上为20万元至60万元；经区政府审定，资助额度最高"
        "可达0.01亿元，其中第3方向所属两个子方向资助额度分别不超过40万元、30万元。",
        "（三）申报要求",
        "1．申报单位自筹经费不得少于申请区财政资助经费。",
        "2．受理科室：科技发展科。",
    ]).leaves}
    assert sorted(leaves) == [3, 5, 9, 11]
    assert {leaf.office for leaf in leaves.values()} == {"科技发展科"}
    assert (leaves[3].funding_min_wan, leaves[3].funding_max_wan, leaves[3].matching_ratio) \
        == (20, 100, 1)
    assert (leaves[9].funding_max_wan, leaves[11].funding_max_wan) == (40, 30)
    assert leaves[11].funding_min_wan is None


def _youdao_block(tag: str, text: str, attrs: str = "") -> list[str]:
    return [f"    <{tag}{attrs}>", "      <coId>ab12-1684742397573</coId>", f"      <text>{text}</text>",
            "      <inline-styles/>", "      <styles/>", f"    </{tag}>"]


YOUDAO_NOTE = [
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
    '<note xmlns="http://note.youdao.com" file-version="0" schema-version="1.0.3">',
    "  <head>",
    '    <list id="L1" type="ordered"/>',
    "  </head>",
    "  <body>",
    *_youdao_block("heading", "二、支持方向", ' level="2"'),
    *_youdao_block("para", "本计划采取前资助方式。各类项目的资助额度见下表："),
    "    <table>",
    "      <coId>tb01-1684742427206</coId>",
    '      <content>{"widths":[90,90],"cells":[{"value":"项目类别"},{"value":"资助额度"},'
    '{"value":"A类"},{"value":"每项50万元～100万元"},{"value":"B类"},'
    '{"value":"每项10万元～30万元"}]}</content>',
    "    </table>",
    *_youdao_block("quote", "我记：去年A类最高80万。"),
    *_youdao_block("heading", "（一）纺织化纤产业关键技术（归口：高新技术科）", ' level="3"'),
    *_youdao_block("list-item", "锦纶6熔体直纺超细旦纤维制备技术", ' level="1" list-id="L1"'),
    *_youdao_block("para", "指南代码：CL2023-GX01；项目类别：A类"),
    *_youdao_block("para", "研究内容：研究锦纶6熔体直纺超细旦纤维制备。"),
    *_youdao_block("list-item", "经编面料数字化设计与智能织造", ' level="1" list-id="L1"'),
    *_youdao_block("para", "本方向设以下2个子方向，项目类别均为B类，每个子方向拟支持1项。"),
    *_youdao_block("list-item", "经编CAD花型智能生成系统", ' level="2" list-id="L1"'),
    *_youdao_block("para", "研究内容：研究经编花型自动生成。"),
    *_youdao_block("list-item", "高速经编机在线疵点检测", ' level="2" list-id="L1"'),
    *_youdao_block("para", "研究内容：研制在线疵点检测装置。"),
    *_youdao_block("todo", "问财务：我司研发费用到底多少？"),
    *_youdao_block("heading", "三、申报条件", ' level="2"'),
    *_youdao_block("para", "申报单位须在长乐区注册。"),
    "  </body>",
    "</note>",
]


def test_a_youdao_note_is_read_as_the_app_shows_it() -> None:
    """有道云笔记's XML: an ordered item gets the number the app draws (1．, （1） below), a
    table's one line of JSON is its rows; the writer's quotes and to-dos are no text; each
    direction takes its class's row, sub-directions the class their parent names for them."""
    read = youdao_note.as_read(YOUDAO_NOTE)
    assert read is not None
    lines, numbers = read
    assert "1．锦纶6熔体直纺超细旦纤维制备技术" in lines
    assert "（2）高速经编机在线疵点检测" in lines
    assert "A类\t每项50万元～100万元" in lines
    assert not any("去年" in line or "问财务" in line for line in lines)
    assert numbers[lines.index("（2）高速经编机在线疵点检测")] == YOUDAO_NOTE.index(
        "      <text>高速经编机在线疵点检测</text>") + 1
    leaves = {leaf.title: leaf for leaf in _parse(YOUDAO_NOTE).leaves}
    assert sorted(leaves) == sorted(["锦纶6熔体直纺超细旦纤维制备技术", "经编CAD花型智能生成系统",
                                     "高速经编机在线疵点检测"])
    assert leaves["锦纶6熔体直纺超细旦纤维制备技术"].funding_max_wan == 100
    assert (leaves["高速经编机在线疵点检测"].funding_min_wan,
            leaves["高速经编机在线疵点检测"].funding_max_wan) == (10, 30)


DRAWIO = [
    '<mxfile host="Electron" version="26.0.16" pages="1">',
    '  <diagram id="k1" name="指南结构">',
    '    <mxGraphModel dx="2074" dy="1142">',
    "      <root>",
    '        <mxCell id="0" />',
    '        <mxCell id="1" parent="0" />',
    '        <object label="二、重点产业技术攻关计划" 支持方式="前资助" 资助额度="每项20万元—50万元" '
    '归口股室="产业科技股" id="p1">',
    '          <mxCell style="swimlane;html=1;" vertex="1" parent="1">',
    '            <mxGeometry x="40" y="270" width="1000" height="760" as="geometry" />',
    "          </mxCell>",
    "        </object>",
    '        <object label="&lt;b&gt;1.2&lt;/b&gt;&amp;nbsp;高纯晶硅切割废料回收利用&lt;br&gt;%指南代码%" '
    '指南代码="EMS26-CY02" 研究内容="研究晶硅切割废料提纯。" '
    '资助额度="不超过80万元（本方向单列，不执行本计划20万元—50万元的标准）" placeholders="1" id="d12">',
    '          <mxCell style="rounded=1;html=1;" vertex="1" parent="p1">',
    '            <mxGeometry x="520" y="50" width="460" height="120" as="geometry" />',
    "          </mxCell>",
    "        </object>",
    '        <object label="&lt;b&gt;1.1&lt;/b&gt;&amp;nbsp;茶叶智能化加工装备研制&lt;br&gt;%指南代码%" '
    '指南代码="EMS26-CY01" 研究内容="研制茶叶连续化智能加工装备。" placeholders="1" id="d11">',
    '          <mxCell style="rounded=1;html=1;" vertex="1" parent="p1">',
    '            <mxGeometry x="20" y="50" width="460" height="120" as="geometry" />',
    "          </mxCell>",
    "        </object>",
    '        <mxCell id="n1" value="【讲解备注】去年每项最高40万。" style="shape=note;html=1;" '
    'vertex="1" parent="p1">',
    '          <mxGeometry x="20" y="530" width="460" height="70" as="geometry" />',
    "        </mxCell>",
    '        <object label="&lt;b&gt;1.3&lt;/b&gt;&amp;nbsp;山地景区无人机物资配送系统" 指南代码="EMS26-CY03" '
    '所属计划="二、重点产业技术攻关计划" 研究内容="研制山地无人机配送系统。" id="d13">',
    '          <mxCell style="rounded=1;html=1;dashed=1;" vertex="1" parent="1">',
    '            <mxGeometry x="560" y="1040" width="480" height="110" as="geometry" />',
    "          </mxCell>",
    "        </object>",
    '        <mxCell id="tj" value="&lt;b&gt;三、申报条件&lt;/b&gt;&lt;br&gt;申报单位须在本市注册。" '
    'style="rounded=0;html=1;" vertex="1" parent="1">',
    '          <mxGeometry x="40" y="1390" width="1000" height="100" as="geometry" />',
    "        </mxCell>",
    "      </root>",
    "    </mxGraphModel>",
    "  </diagram>",
    "</mxfile>",
]


def test_a_drawio_diagram_is_read_as_the_outline_its_containers_make() -> None:
    """draw.io: directions are the boxes inside a plan's container, in their numbers' order
    (one added later outside it names its plan in its data); each shape's data are its
    fields; the speaker's sticky notes are no text; a bracket saying the plan's standard does
    not apply keeps its amounts out of the grant."""
    read = drawio_diagram.as_read(DRAWIO)
    assert read is not None
    lines, _ = read
    assert lines.index("1.1 茶叶智能化加工装备研制") < lines.index("1.2 高纯晶硅切割废料回收利用") \
        < lines.index("1.3 山地景区无人机物资配送系统") < lines.index("三、申报条件")
    assert not any("讲解备注" in line for line in lines)
    leaves = {leaf.code: leaf for leaf in _parse(DRAWIO).leaves}
    assert sorted(leaves) == ["EMS26-CY01", "EMS26-CY02", "EMS26-CY03"]
    assert leaves["EMS26-CY01"].source_line == 17
    assert (leaves["EMS26-CY01"].funding_min_wan, leaves["EMS26-CY01"].funding_max_wan,
            leaves["EMS26-CY01"].office) == (20, 50, "产业科技股")
    assert (leaves["EMS26-CY02"].funding_min_wan, leaves["EMS26-CY02"].funding_max_wan) \
        == (None, 80)
    assert leaves["EMS26-CY03"].office == "产业科技股"


def test_html_entities_go_with_the_tags_an_editor_left() -> None:
    """<p style=\"text-indent: 2em;\">…（R&amp;D）经费支出不低于30万元。</p> in a crawler's archive of the page (its
    records' headers around the HTML): the floor is read as the page shows it."""
    leaves = _parse([
        "WARC/1.0",
        "WARC-Type: response",
        "WARC-Target-URI: http://www.manzhouli.gov.cn/zwgk/tzgg/t20200408_1.html",
        "Content-Type: application/http; msgtype=response",
        "",
        "HTTP/1.1 200 OK",
        "Content-Type: text/html; charset=utf-8",
        *(f"X-Crawl-Note-{n}: 满洲里市人民政府门户网站 通知公告 第{n}页" for n in range(1, 13)),
        "",
        "<p style=\"text-indent: 2em;\"><strong>一、口岸经济专项（归口科室：高新技术产业科）</strong></p>",
        "<p style=\"text-indent: 2em;\">本专项采取前资助方式，须由企业牵头申报，牵头企业上年度研究与试验发展（R&amp;D）经费支出"
        "不低于30万元。</p>",
        "<p style=\"text-indent: 2em;\"><strong>1．进口木材高效干燥技术（指南代码：MZL2020-KA01）</strong></p>",
        "<p style=\"text-indent: 2em;\">研究内容：研究太阳能—热泵联合干燥技术。拟支持2项。</p>",
        "<p style=\"text-indent: 2em;\"><strong>2．跨境电商智能通关平台（指南代码：MZL2020-KA02）</strong></p>",
        "<p style=\"text-indent: 2em;\">研究内容：研发跨境电商数据交换平台。拟支持1项。</p>",
    ]).leaves
    assert [leaf.min_rd_spend_wan for leaf in leaves] == [30, 30]


def test_roman_fields_lettered_groups_and_hyphened_directions() -> None:
    """Ⅰ　领域 ⏎ ⅠA　方向群 ⏎ ⅠA-1　方向 (and Ⅲ-1 under a field with no groups): the outline
    the numbers make, each direction its class's terms from the table (立项类别：B类)."""
    leaves = {leaf.source_line: leaf for leaf in _parse([
        "二、项目分类及支持标准",
        "类别\t支持方式\t单项支持额度（万元）\t牵头单位",
        "A类\t前资助\t50～100\t须为企业",
        "B类\t前资助\t10～30\t企业、高校均可",
        "三、支持方向",
        "Ⅰ　农牧业与生态领域（归口：农村牧区科技股）",
        "ⅠA　草原畜牧业",
        "ⅠA-1　肉牛高效繁育与标准化养殖技术",
        "立项类别：B类　　指南编号：WT25-NM01",
        "研究内容：开展性控冻精技术研究。",
        "ⅠA-2　草原牧草种质资源创新",
        "立项类别：A类　　指南编号：WT25-NM02",
        "研究内容：开展牧草新品系选育。",
        "Ⅱ　成果转化领域（归口：成果转化股）",
        "Ⅱ-1　技术合同交易后补助",
        "补助标准：按技术交易额的5%给予补助，最高不超过20万元。",
        "四、申报条件",
        "申报单位须在本市注册。",
    ]).leaves}
    assert sorted(leaves) == [8, 11, 15]
    assert (leaves[8].code, leaves[8].office, leaves[8].funding_max_wan) \
        == ("WT25-NM01", "农村牧区科技股", 30)
    assert (leaves[11].funding_min_wan, leaves[11].enterprise_lead_only) == (50, True)
    assert leaves[15].office == "成果转化股"


def test_classes_under_a_container_and_their_terms_in_answers() -> None:
    """一、支持方向 ⏎ 第一类　… ⏎ 1-1 … ⏎ 1-3-1 …: the classes stand in the container (二、
    after them is its sibling); the answers of a 政策解读 (解答：…) give each class its terms,
    a sentence cut by the page width read whole."""
    leaves = {leaf.source_line: leaf for leaf in _parse([
        "一、支持方向",
        "第一类　产业技术攻关",
        "1-1　石油化工副产品精深加工",
        "主要内容：开展碳五馏分高效分离研究。",
        "1-2　新能源装备关键零部件制造",
        "本方向分设两个子方向，各支持1项。",
        "1-2-1　光伏跟踪支架轻量化设计",
        "主要内容：开展支架结构轻量化设计。",
        "1-2-2　风电塔筒高效焊接技术",
        "主要内容：开展窄间隙埋弧焊研究。",
        "1-3　兵地协同创新：农机装备智能化",
        "主要内容：开展残膜回收机械智能化升级。",
        "第二类　民生科技",
        "2-1　盐碱地改良技术",
        "主要内容：开展暗管排盐研究。",
        "二、政策解读（问答）",
        "问题1：各类项目采取什么支持方式？",
        "解答：产业技术攻关类项目采取事前资助方式，单项支持额度原则上为30万～50",
        "万元。民生科技类项目采取事前资助方式，单项支持额度为10万～20万元。",
        "问题2：对研发投入有要求吗？",
        "解答：有。申报产业技术攻关类项目的牵头企业，上年度研发费用支出须达到50万元（含）以上。",
        "问题3：自筹资金有什么要求？",
        "解答：产业技术攻关类项目按照“财政资金每安排1元、企业自筹资金不少于1.5元”的标准落实自筹资金。",
    ]).leaves}
    assert sorted(leaves) == [3, 7, 9, 11, 14]
    assert leaves[11].title == "兵地协同创新：农机装备智能化"
    assert (leaves[3].funding_min_wan, leaves[3].funding_max_wan, leaves[3].min_rd_spend_wan,
            leaves[3].matching_ratio) == (30, 50, 50, 1.5)
    assert (leaves[14].funding_max_wan, leaves[14].min_rd_spend_wan) == (20, None)


def test_a_corrected_guideline_marks_and_a_standard_not_applied() -> None:
    """▲ marks the passages a 更正 changed (▲项目周期：30个月, ▲（二）申报…专项的企业，…): the
    label and the rule are read as written; 本方向不执行本专项20万—40万元的支持强度 leaves the
    direction its own cap alone."""
    leaves = {leaf.source_line: leaf for leaf in _parse([
        "第二部分　支持方向",
        "（一）工业技术攻关专项（责任科室：高新技术科）",
        "支持强度：20万—40万元。",
        "1.1 矿用设备智能运维平台",
        "研究内容：开展设备故障预测研究。",
        "1.2 煤矸石资源化利用",
        "研究内容：开展低温烧结陶粒研究。本方向不执行本专项20万—40万元的支持强度，每项支持额度不超过60万元。",
        "（二）农业与社会发展专项（责任科室：农村科技科）",
        "支持强度：10万—20万元。",
        "2.1 晋国古都遗址数字化保护",
        "研究内容：开展三维激光扫描研究。",
        "▲项目周期：30个月。",
        "第三部分　申报条件",
        "（一）申报单位须在侯马市注册。",
        "▲（二）申报工业技术攻关专项的企业，上年度研究开发费用不低于80万元。",
    ]).leaves}
    assert sorted(leaves) == [4, 6, 10]
    assert (leaves[4].min_rd_spend_wan, leaves[6].min_rd_spend_wan, leaves[10].min_rd_spend_wan) \
        == (80, 80, None)
    assert (leaves[6].funding_min_wan, leaves[6].funding_max_wan) == (None, 60)
    assert leaves[10].period_years_max == 2.5


def test_parts_by_stem_in_a_container_and_a_rule_naming_one() -> None:
    """二、支持重点 ⏎ 甲、工业科技创新 ⏎ 1．… ⏎ 乙、…: the stems number the container's parts, the
    directions theirs (细分方向一：… their parts); 申报甲部分项目的企业，须为… binds part 甲 alone."""
    leaves = {leaf.source_line: leaf for leaf in _parse([
        "二、支持重点",
        "甲、工业科技创新",
        "归口管理：高新技术与成果转化股",
        "支持标准：本部分项目采取事前资助方式，每项资助80000—150000元。",
        "1．锑冶炼烟气治理技术",
        "研究内容：研究低浓度烟气离子液循环吸收脱硫工艺。",
        "2．高纯锑及锑基功能材料制备技术",
        "本方向设两个细分方向，各支持1项。",
        "细分方向一：5N高纯锑真空蒸馏提纯工艺",
        "研究内容：研究粗锑真空蒸馏除砷铅工艺。",
        "细分方向二：锑掺杂二氧化锡导电粉体制备",
        "研究内容：研究共沉淀法制备纳米ATO粉体。",
        "乙、农业农村科技",
        "归口管理：农村科技股",
        "支持标准：本部分项目采取事前资助方式，每项资助3万至5万元。",
        "1．油茶低产林改造技术",
        "研究内容：开展油茶低产林改造示范。",
        "三、申报条件",
        "（一）申报单位须在冷水江市注册。",
        "（二）申报甲部分项目的企业，须为高新技术企业，上年度研究开发费用支出不低于100万元。",
    ]).leaves}
    assert sorted(leaves) == [5, 9, 11, 16]
    assert (leaves[9].funding_max_wan, leaves[9].office, leaves[9].min_rd_spend_wan) \
        == (15, "高新技术与成果转化股", 100)
    assert (leaves[16].funding_max_wan, leaves[16].min_rd_spend_wan, leaves[16].qualifications) \
        == (5, None, [])


def test_an_attachments_terms_table_by_plan_and_class_with_ditto_marks() -> None:
    """附件2's 一览表 (序号 | 计划类别 | 项目等级 | …, 〃 for the row above, its legend saying
    so): a plan with one row takes it, a plan with a row per 项目等级 gives each direction its
    class's row (受理科室 too); a ratio keeps its figures; a plan titled …与应用… is a heading."""
    leaves = {leaf.source_line: leaf for leaf in _parse([
        "三、支持方向",
        "第一类　技术创新与应用发展专项",
        "1.1　汽车零部件轻量化铝合金高压铸造关键技术",
        "项目等级：重点项目",
        "研究内容：研究高真空压铸工艺。",
        "1.2　绿色建材开发",
        "项目等级：一般项目",
        "研究内容：开发固废基绿色建材。",
        "第二类　社会民生科技专项",
        "2.1　中医适宜技术推广",
        "研究内容：开展中医适宜技术推广。",
        "附件2",
        "铜梁区2022年度区级科技计划项目资助标准一览表",
        "（金额单位：万元）",
        "序号\t计划类别\t项目等级\t资助额度\t自筹与财政资金比例\t申报门槛\t受理科室",
        "1\t第一类　技术创新与应用发展专项\t重点项目\t50～80\t≥2:1\t须为高新技术企业\t高新技术科",
        "2\t〃\t一般项目\t20～30\t≥1:1\t—\t〃",
        "3\t第二类　社会民生科技专项\t—\t10～20\t≥1:1\t—\t社会发展科",
        "注：1．“〃”表示与上一行相同。2．“—”表示不作要求或不适用。",
    ]).leaves}
    assert sorted(leaves) == [3, 6, 10]
    assert (leaves[3].funding_max_wan, leaves[3].matching_ratio, leaves[3].qualifications,
            leaves[3].office) == (80, 2, ["高新技术企业"], "高新技术科")
    assert (leaves[6].funding_max_wan, leaves[6].matching_ratio, leaves[6].qualifications,
            leaves[6].office) == (30, 1, [], "高新技术科")
    assert (leaves[10].funding_max_wan, leaves[10].office) == (20, "社会发展科")


TYPST = [
    "// 相城区2026年度科技发展计划项目申报指南（公司内部重排版）",
    '#set document(title: "相城区2026年度科技发展计划项目申报指南")',
    "#set heading(numbering: (..nums) => {",
    "  let n = nums.pos()",
    '  if n.len() == 1 { numbering("一、", n.at(0)) }',
    '  else if n.len() == 2 { numbering("（一）", n.at(1)) }',
    '  else { numbering("1．", n.at(2)) }',
    "})",
    "= 总体要求",
    "本年度计划设前沿技术攻关专项、民生科技专项两类。",
    "/* 2025年度版本的支持标准（已作废）：每项50\\~200万元 */",
    "= 支持方向",
    "== 前沿技术攻关专项 <qy>",
    "/ 支持方式: 前资助",
    "/ 资助强度: 每项100\\~200万元",
    "/ 受理科室: 高新技术科",
    "// 陆：三倍自筹，按200万资助算要自筹600万。",
    "=== 车规级激光雷达芯片与模组 <qy-1>",
    "指南代码：XC26QY01",
    "研究内容：研究激光雷达收发芯片。",
    "=== 数字金融隐私计算平台 <qy-2>",
    "指南代码：XC26QY02",
    "研究内容：研究多方安全计算技术。",
    "== 民生科技专项 <ms>",
    "/ 资助强度: 每项20\\~50万元",
    "=== 智慧养老服务机器人 <ms-1>",
    "指南代码：XC26MS01",
    "研究内容：研发养老服务机器人。",
    "= 申报要求",
    "申报单位应在相城区注册。",
]


def test_a_typst_source_is_read_as_it_compiles() -> None:
    """Typst: headings numbered as the preamble's rule draws them (一、 / （一） / 1．), term
    lists as labels, escapes and labels gone, comments no text."""
    read = typst_source.as_read(TYPST)
    assert read is not None
    lines, numbers = read
    assert "（一）前沿技术攻关专项" in lines and "2．数字金融隐私计算平台" in lines
    assert numbers[lines.index("2．数字金融隐私计算平台")] == 21
    assert "资助强度：每项100~200万元" in lines
    assert not any("作废" in line or "陆：" in line for line in lines)
    leaves = {leaf.source_line: leaf for leaf in _parse(TYPST).leaves}
    assert sorted(leaves) == [18, 21, 26]
    assert (leaves[18].code, leaves[18].funding_max_wan, leaves[18].office) \
        == ("XC26QY01", 200, "高新技术科")
    assert leaves[26].funding_max_wan == 50


def test_a_pages_html_escaped_inside_an_xml_reply() -> None:
    """A SOAP service's <Content> carrying the notice's HTML escaped (&lt;p&gt;…&lt;/p&gt;&#xD;,
    entities twice escaped): read as the page it stands for."""
    paragraphs = ["一、总体要求", "本年度设重点研发计划。", "二、支持重点", "（一）重点研发计划（高新技术股）",
                  "1．高端调味品发酵工艺研究", "研究内容：研究酱油高盐稀态发酵工艺。资助额度：每项不超过30万元。",
                  "2．体育器材轻量化复合材料", "研究内容：研究碳纤维复合材料成型工艺。资助额度：每项不超过20万元。",
                  "三、申报条件", "申报单位须在乐陵市注册。"]
    lines = ["<soap:Envelope>", "  <soap:Body>", "    <Content>&lt;p&gt;通知&lt;/p&gt;&#xD;",
             *(f'&lt;p style="text-indent: 2em;"&gt;{p}&amp;nbsp;&lt;/p&gt;&#xD;' for p in paragraphs),
             "</Content>", "  </soap:Body>", "</soap:Envelope>"]
    leaves = _parse(lines).leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.office) for leaf in leaves] == [
        ("高端调味品发酵工艺研究", 30, "高新技术股"), ("体育器材轻量化复合材料", 20, "高新技术股")]


def test_a_note_quoting_a_direction_with_a_space_before_fangxiang() -> None:
    """四、其他事项 ⏎ 1．“智慧养老服务机器人” 方向须由企业牵头申报。 (a typesetter's space after
    the quote): that direction's own rule."""
    leaves = {leaf.title: leaf for leaf in _parse([
        "一、支持方向",
        "1．智慧养老服务机器人",
        "研究内容：研发养老服务机器人。资助额度：每项不超过30万元。",
        "2．阳澄湖水生态修复技术",
        "研究内容：研究沉水植被恢复技术。资助额度：每项不超过30万元。",
        "二、其他事项",
        "1．“智慧养老服务机器人” 方向须由企业牵头申报。",
        "2．申报材料须真实有效。",
    ]).leaves}
    assert leaves["智慧养老服务机器人"].enterprise_lead_only is True
    assert leaves["阳澄湖水生态修复技术"].enterprise_lead_only is None


def _glyphs(x: float, y: float, text: str) -> str:
    return (f'  <Glyphs Fill="#ff000000" FontRenderingEmSize="21.3333" OriginX="{x}" '
            f'OriginY="{y}" UnicodeString="{text}"/>')


XPS_PAGES = [
    "==> Documents/1/Pages/1.fpage <==",
    '<FixedPage Width="816" Height="1056" xmlns="http://schemas.microsoft.com/xps/2005/06">',
    _glyphs(148.27, 100.0, "一、工业科技攻关（归口：高新技术科）"),
    _glyphs(148.27, 137.3, "本计划采取前资助方式，每项资助30万～50万元。"),
    _glyphs(148.27, 174.6, "（一）都匀毛尖茶智能化加工装备研发〔"),
    _glyphs(587.73, 174.6, "〕"),
    _glyphs(532.27, 174.6, "DY2024GY01"),
    _glyphs(148.27, 211.9, "研究内容：研究茶叶含水率在线检测与工艺参数自适应控制技术。"),
    "</FixedPage>",
    "==> Documents/1/Pages/2.fpage <==",
    '<FixedPage Width="816" Height="1056" xmlns="http://schemas.microsoft.com/xps/2005/06">',
    _glyphs(148.27, 100.0, "（二）磷石膏基新型建材制备关键技术〔"),
    _glyphs(532.27, 100.0, "DY2024GY02"),
    _glyphs(587.73, 100.0, "〕"),
    _glyphs(148.27, 137.3, "研究内容：研究磷石膏预处理与胶凝材料制备技术。"),
    _glyphs(148.27, 174.6, "二、申报条件"),
    _glyphs(148.27, 211.9, "申报单位须在都匀市注册。"),
    "</FixedPage>",
]


def test_an_xps_printout_is_read_as_its_pages_print() -> None:
    """XPS: a printed line's runs (a code in another font after its title, written out of
    order) joined by their places, pages in order; each heading cites its first run's line."""
    leaves = _parse(XPS_PAGES).leaves
    assert [(leaf.source_line, leaf.title, leaf.code, leaf.funding_max_wan, leaf.office)
            for leaf in leaves] == [
        (5, "都匀毛尖茶智能化加工装备研发", "DY2024GY01", 50, "高新技术科"),
        (12, "磷石膏基新型建材制备关键技术", "DY2024GY02", 50, "高新技术科")]


def test_a_forwarded_mail_quoting_the_notice() -> None:
    """A clerk's mail forwarding the notice under > marks, her own reminders above it: the
    notice is read as the notice, her figures are no direction's."""
    notice = ["一、支持方向", "（一）科技攻关专项", "支持方式：前资助。", "1）玉米深加工及高附加值产品开发",
              "研究内容：开发结晶果糖等高附加值产品。资助额度：每项不超过30万元。",
              "2）大豆蛋白精深加工技术", "研究内容：开发大豆分离蛋白产品。资助额度：每项不超过20万元。",
              "二、申报要求", "申报单位须在肇东市注册。", "三、联系方式", "电话：0455-7000000"]
    lines = ["发件人：王丽娟 <wanglj@163.com>", "主题：转发：申报通知", "",
             "各位企业负责人：", "1. 开发区另按市级资助额的10%配套，最高5万元。", "-- ", "王丽娟", "",
             '在 2023-03-14 16:42，"肇东市科学技术局" 写道：',
             *(f"> {line}" for line in notice), ">"]
    leaves = _parse(lines).leaves
    assert [(leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        ("玉米深加工及高附加值产品开发", 30), ("大豆蛋白精深加工技术", 20)]


def test_a_wechat_articles_plain_labels_and_its_plates_terms() -> None:
    """A 公众号 article: 📌本板块划重点 over the plate's terms is no heading of its own (its ✅
    labels the plate's), 干多久 / 支持几项 / 支持多少 are labels, ¥600,000 is yuan."""
    leaves = {leaf.source_line: leaf for leaf in _parse([
        "🟦板块一 · 京津冀协同创新（归口：协同创新股）",
        "📌本板块划重点",
        "✅支持方式：前资助",
        "✅谁来牵头：须由三河市注册企业牵头",
        "✅干多久：2年（2026.7—2028.6）",
        "🎯方向1｜京津科技成果就地转化",
        "📖干什么：承接京津高校院所科技成果，开展中试和产业化。",
        "💰支持多少：每项30万～50万元",
        "🔢支持几项：2项",
        "🎯方向2｜智能网联汽车测试与车路协同",
        "📖干什么：开展车路协同路侧感知设备研发。",
        "💰支持多少：¥600,000（定额资助）",
        "⏳干多久：18个月（本方向不按2年执行）",
        "🔢支持几项：1项",
    ]).leaves}
    assert sorted(leaves) == [6, 10]
    assert (leaves[6].funding_max_wan, leaves[6].quota, leaves[6].period_years_max,
            leaves[6].funding_mode, leaves[6].enterprise_lead_only) == (50, 2, 2, "前资助", True)
    assert (leaves[10].funding_min_wan, leaves[10].funding_max_wan, leaves[10].period_years_max) \
        == (60, 60, 1.5)


def test_industrial_chains_and_numbered_lists_of_a_jiebang_guideline() -> None:
    """链一｜…产业链 ⏎ 第1榜　…: chains over their 榜单, each 榜单 a direction."""
    leaves = _parse([
        "二、榜单",
        "链一｜铝型材及金属新材料产业链",
        "归口科室：产业科技科",
        "第1榜　高强韧免热处理一体化压铸铝合金材料开发",
        "需求描述：开发免热处理压铸铝合金材料。",
        "第2榜　铝型材表面处理废液资源化利用",
        "需求描述：研究废液再生利用技术。",
        "链二｜生物医药产业链",
        "归口科室：社会发展科",
        "第3榜　中药配方颗粒质量标准提升",
        "需求描述：研究配方颗粒指纹图谱。",
        "三、申报条件",
        "申报单位须在南海区注册。",
    ]).leaves
    assert [(leaf.source_line, leaf.title, leaf.office) for leaf in leaves] == [
        (4, "高强韧免热处理一体化压铸铝合金材料开发", "产业科技科"),
        (6, "铝型材表面处理废液资源化利用", "产业科技科"),
        (10, "中药配方颗粒质量标准提升", "社会发展科")]


def test_uyghur_after_a_bar_last_years_changes_and_an_award_no_longer_paid() -> None:
    """2．…（指南代码：YN02） | 2. شىنجاڭ… is read in Chinese (a bar before a script not Latin, as
    a slash is; a line in that script alone is a translation too); 五、与2022年度指南相比的主要变化
    and its 原“…”调整为“…” items fund nothing; an award item marked （本年度不再执行） is no
    leaf."""
    uyghur = "شىنجاڭ قوڭۇر كالىسىنى يۇقىرى ئۈنۈملۈك كۆپەيتىش"
    leaves = _parse([
        "一、农业科技计划（归口科室：农村科技科） | بىرىنچى، يېزا ئىگىلىك پەن-تېخنىكا پىلانى",
        "1．伊犁马良种繁育技术示范（指南代码：YN01） | 1. ئىلى ئېتىنى ئۇرۇقلاندۇرۇش",
        "　　补助标准：每项补助不超过20万元。 | تولۇقلىما ئۆلچىمى: 20 تۈمەن يۈەن",
        f"2．新疆褐牛高效繁殖技术推广（指南代码：YN02） | 2. {uyghur}",
        "　　补助标准：每项10万元。 | تولۇقلىما ئۆلچىمى: ھەر بىر تۈرگە 10 تۈمەن يۈەن",
        "二、科技创新奖励（归口股室：成果转化股）", f"‏{uyghur}",
        "1．高新技术企业首次认定奖励", f"‏{uyghur}", "　　奖励标准：给予一次性奖励10万元。",
        f"‏{uyghur}",
        "3．新认定自治区级科技创新平台奖补", f"‏{uyghur}",
        "　　对新认定的自治区级重点实验室，给予依托单位一次性奖补30万元。", f"‏{uyghur}",
        "2．高新技术企业重新认定奖励（本年度不再执行）",
        "　　根据政策修订情况，该奖励自2025年起不再执行。",
        "三、与2022年度指南相比的主要变化",
        "（一）调整名称的方向",
        "1．原“电子玻璃成型工艺技术研究”（SH2022ZD01）调整为“超薄电子玻璃浮法成型技术研究”。",
        "2．原“矿山环境治理技术研究”（SH2022SF02）调整为“废弃矿山生态修复技术”（SH2023SF02）。",
        "四、联系方式", "　　农村科技科：0999-8012345"]).leaves
    assert [(leaf.title, leaf.code, leaf.funding_max_wan) for leaf in leaves] == [
        ("伊犁马良种繁育技术示范", "YN01", 20), ("新疆褐牛高效繁殖技术推广", "YN02", 10),
        ("高新技术企业首次认定奖励", None, 10), ("新认定自治区级科技创新平台奖补", None, 30)]
    # (a translation on lines of its own, read on into the sentence, would hide whom it awards)
    assert leaves[-1].qualifications == ["自治区级平台"]


def test_a_wechat_articles_changes_box_and_its_tail_are_no_directions() -> None:
    """🌟今年有啥新变化？ ⏎ 1️⃣ 新增方向3… ⏎ 2️⃣ 方向1资助上限由40万元提高到50万元: what changed, no
    directions; after - END - the platform's 往期推荐 and the readers' comments are no text."""
    lines = [
        "🌟今年有啥新变化？",
        "1️⃣ 新增方向3（智能网联汽车）",
        "2️⃣ 方向1资助上限由40万元提高到50万元",
        "",
        "🟦板块一 · 京津冀协同创新（归口：协同创新股）",
        "🎯方向1｜京津科技成果就地转化",
        "📖干什么：承接京津高校院所科技成果。",
        "💰支持多少：每项30万～50万元",
        "🎯方向2｜光电显示与半导体封装材料",
        "📖干什么：研发OLED发光材料。",
        "💰支持多少：最高80万元",
        "- END -",
        "往期推荐",
        "▶ 2025年度三河市科技计划项目立项名单公示",
        "精选留言",
        "🙋燕郊某光电企业　河北　3天前",
        "方向2的研发费用是按加计扣除口径算吗？",
        "作者回复：是的，以2025年度数据为准。",
    ]
    leaves = _parse(lines).leaves
    assert [(leaf.source_line, leaf.funding_max_wan) for leaf in leaves] == [(6, 50), (9, 80)]


GRID_TABLE = [  # pandoc / PDF-converter grid table: +----+ rules, +====+ under the header
    "二、支持方向",
    "（一）农牧业科技（归口科室：农村科技科）",
    "表1　农牧业科技方向一览表",
    "+----------+--------------------------+----------+--------+------+",
    "| 编号     | 方向名称                 | 资助额度 | 拟支持 | 牵头 |",
    "|          |                          | （万元） | 数（项）| 单位 |",
    "+==========+==========================+==========+========+======+",
    "| HN21-N01 | 牦牛藏羊高效养殖与疫病防 | 30~50    | 2      | 企业 |",
    "|          | 控技术集成示范           |          |        |      |",
    "+----------+--------------------------+----------+--------+------+",
    "| HN21-N02 | 青稞优质高产新品种选育   | ≤30      | 1      | 不限 |",
    "+----------+--------------------------+----------+--------+------+",
    "三、申报条件",
    "申报单位须在黄南州注册。",
]


def test_a_grid_tables_rows_are_directions_with_their_wrapped_cells() -> None:
    """A grid table's +====+ rule under the header is a rule like +----+: each row between the
    rules is a direction, its cells carried over their wrapped lines."""
    leaves = _parse(GRID_TABLE).leaves
    assert [(leaf.source_line, leaf.code, leaf.title, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.quota, leaf.enterprise_lead_only) for leaf in leaves] == [
        (8, "HN21-N01", "牦牛藏羊高效养殖与疫病防控技术集成示范", 30, 50, 2, True),
        (11, "HN21-N02", "青稞优质高产新品种选育", None, 30, 1, False)]


def test_a_rule_for_the_tables_directions_and_for_rows_by_a_columns_cell() -> None:
    """表1所列方向均采取前资助方式 binds the table's rows, not the items written out below it;
    “牵头单位”栏为“企业”的方向… binds only the rows whose cell says 企业."""
    lines = [
        "一、总体要求",
        "（一）除表中另有标注外，表1所列方向均采取前资助方式。",
        "（二）表1中“牵头单位”栏为“企业”的方向，自筹资金与州财政资助资金比例不低于1:1；"
        "“牵头单位”栏为“不限”的方向不作自筹要求。",
        *GRID_TABLE[:-2],
        "（二）科技成果转化（归口科室：成果转化科）",
        "1．科技型中小企业入库支持",
        "对首次通过评价入库的科技型中小企业，一次性给予2万元。",
        "三、申报条件",
        "申报单位须在黄南州注册。",
    ]
    leaves = _parse(lines).leaves
    assert [(leaf.title[:4], leaf.funding_mode, leaf.matching_ratio) for leaf in leaves] == [
        ("牦牛藏羊", "前资助", 1.0), ("青稞优质", "前资助", None), ("科技型中", None, None)]


def test_a_groups_modes_said_item_by_item_after_commas() -> None:
    """第1项采取后补助方式，第2项、第3项采取以奖代补方式: each clause is the items' it numbers."""
    lines = [
        "二、支持方向",
        "（三）科技成果转化与企业培育",
        "本部分事项申报主体须为企业。第1项采取后补助方式，第2项、第3项采取以奖代补方式。",
        "1．科技成果转化后补助",
        "按技术合同实际交易额的20%给予补助，单个企业补助额不超过20万元。",
        "2．科技型中小企业入库支持",
        "对首次入库的科技型中小企业，一次性给予2万元。",
        "3．高新技术企业认定支持",
        "对首次通过认定的高新技术企业，一次性给予10万元。",
        "三、申报条件",
        "申报单位须在黄南州注册。",
    ]
    leaves = _parse(lines).leaves
    assert [(leaf.source_line, leaf.funding_mode) for leaf in leaves] == [
        (4, "后补助"), (6, "奖补"), (8, "奖补")]


LIST_NOTICE = [  # a 揭榜挂帅 notice: its terms one named item each, 榜单金额 defined as the grant
    "二、组织方式和支持标准",
    "（一）榜单金额。本指南所称“榜单金额”，是指区财政对单个榜单安",
    "排的资助额度。各榜单所列“企业出资”不属于区财政资助。",
    "（二）揭榜数量。每个榜单原则上只确定1家揭榜单位，榜单另有约定的，从其约定。",
    "（三）攻关期限。攻关期限一般不超过24个月，榜单另有约定的，从其约定。",
    "（四）自筹要求。揭榜单位须落实自筹资金，自筹资金与区财政资助资金的比例不低于1∶1。",
    "三、榜单清单",
    "链一｜铝型材产业链",
    "第1榜　高强韧免热处理压铸铝合金材料开发",
    "需求描述：开发无需热处理的压铸铝合金。",
    "企业出资：800万元",
    "榜单金额：200万元",
    "第2榜　碳化硅功率模块封装技术",
    "揭榜方式：赛马制，确定2家揭榜单位平行攻关，每家揭榜单位按榜单金",
    "额的50%给予资助。",
    "揭榜要求：本榜单高校、科研院所可作为揭榜方牵头揭榜。",
    "企业出资：1000万元",
    "榜单金额：400万元",
    "攻关期限：18个月",
    "四、申报程序",
    "登录系统填报。",
]


def test_a_list_notices_named_terms_and_its_defined_list_amount_bind_every_list() -> None:
    """二、组织方式和支持标准 ⏎ （二）揭榜数量。… ⏎ （三）攻关期限。…: terms for every 榜单; 榜单金额
    defined there (across a page-width cut) is each 榜单's grant, and a 榜单 raced by two
    winners gives each its share; 高校…可作为揭榜方牵头 lets others lead."""
    leaves = _parse(LIST_NOTICE).leaves
    assert [(leaf.funding_max_wan, leaf.funding_min_wan, leaf.quota, leaf.period_years_max,
             leaf.matching_ratio, leaf.enterprise_lead_only) for leaf in leaves] == [
        (200, 200, 1, 2, 1, None), (200, 200, 2, 1.5, 1, False)]


def test_an_indented_pages_table_keeps_its_group_rows_apart() -> None:
    """A page laid out wholly indented (pdftotext -layout): the table's group rows (一、…) stand
    at the header's margin, not at the line's start — each opens a group, no cell's wrap."""
    lines = [
        "  二、项目类别及共性要求",
        "  　　（一）科技攻关项目（归口股室：高新技术股）",
        "  　　采取前资助方式。每个方向支持1项。",
        "  　　（二）农业科技项目（归口股室：农村科技股）",
        "  　　采取后补助方式。",
        "  附件",
        "  序号  方向名称                主要内容                          支持额度          实施期限",
        "  一、科技攻关项目",
        "  1     绿色家居板材智能制造    研究无醛胶黏剂人造板连续平压、    50～80万元        2年",
        "                                板式家具柔性化智能生产线。",
        "  2     白酒固态发酵过程控制    研究浓香型白酒窖池微生物群落      不超过60          2年",
        "                                调控技术。                        万元",
        "  二、农业科技项目",
        "  3     道地中药材规范化种植    研究川芎、黄连等道地中药材种      20～30万元        1年",
        "                                苗繁育技术。",
    ]
    leaves = _parse(lines).leaves
    assert [(leaf.source_line, leaf.title, leaf.funding_max_wan, leaf.funding_mode, leaf.office)
            for leaf in leaves] == [
        (9, "绿色家居板材智能制造", 80, "前资助", "高新技术股"),
        (11, "白酒固态发酵过程控制", 60, "前资助", "高新技术股"),
        (14, "道地中药材规范化种植", 30, "后补助", "农村科技股")]


def test_a_classs_terms_said_where_its_directions_are_only_listed() -> None:
    """二、 states each class's terms (本类项目…，本类项目归口高新技术股) and lists its directions
    inline; 三、 repeats the class's title over the directions themselves: they take those
    terms and that office, and the inline list is no direction."""
    lines = [
        "二、项目类别和支持方向",
        "（一）工业科技创新项目。本类项目采取前资助方式；须由企业牵头申报；实施期限不超过2年。"
        "本类项目归口高新技术股。支持方向包括：（1）盐化工副产物高值化利用；（2）石膏基新型建材制备技术。",
        "（二）农业科技项目。本类项目采取后补助方式，实施期限1年。本类项目归口农村科技股。"
        "支持方向包括：（1）虾稻共作绿色高效种养。",
        "三、各方向研究内容及支持标准",
        "（一）工业科技创新项目",
        "（1）盐化工副产物高值化利用。研究岩盐卤水提锂技术。每项支持30万～50万元。",
        "（2）石膏基新型建材制备技术。研究高强石膏制备技术。每项支持20万元。",
        "（二）农业科技项目",
        "（1）虾稻共作绿色高效种养。研究小龙虾良种扩繁技术。每项支持10万元。",
        "四、申报程序",
        "登录系统填报。",
    ]
    leaves = _parse(lines).leaves
    assert [(leaf.source_line, leaf.funding_mode, leaf.period_years_max,
             leaf.enterprise_lead_only, leaf.office) for leaf in leaves] == [
        (6, "前资助", 2, True, "高新技术股"), (7, "前资助", 2, True, "高新技术股"),
        (9, "后补助", 1, None, "农村科技股")]


def _uof_paragraph(text: str, style: str = "Normal", numbered: str = "") -> str:
    return (f'<字:段落><字:段落属性 字:式样引用="{style}">{numbered}</字:段落属性>'
            f"<字:句><字:文本串>{text}</字:文本串></字:句></字:段落>")


_UOF_NUMBERED = '<字:自动编号信息 字:编号引用="bn3" 字:编号级别="0" 字:重新编号="{restart}"/>'
UOF_DOCUMENT = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<uof:UOF xmlns:uof="http://schemas.uof.org/cn/2003/uof" '
    'xmlns:字="http://schemas.uof.org/cn/2003/uof-wordproc" uof:语言="cn" uof:版本="1.0">',
    "<uof:元数据><uof:标题>尚志市2022年度科技计划项目申报指南</uof:标题></uof:元数据>",
    "<uof:式样集><uof:自动编号集>",
    '<字:自动编号 字:标识符="bn3" 字:名称="方向编号"><字:级别 字:级别值="0">',
    "<字:编号格式>decimal</字:编号格式><字:级别编号>%1.</字:级别编号><字:起始编号>1</字:起始编号>",
    "</字:级别></字:自动编号>",
    "</uof:自动编号集></uof:式样集>",
    "<uof:文字处理><字:公用处理规则><字:批注集>",
    '<字:批注 字:区域引用="cmt1">' + _uof_paragraph("去年补助上限是20万元，今年是否上调？") + "</字:批注>",
    "</字:批注集></字:公用处理规则>",
    "<字:主体>",
    _uof_paragraph("二、支持方向", "Heading1"),
    _uof_paragraph("（一）重点研发计划", "Heading2"),
    _uof_paragraph("本计划采取前资助方式，每项资助20万元～50万元。"),
    _uof_paragraph("寒地特色食品精深加工", "Heading3", _UOF_NUMBERED.format(restart="true")),
    _uof_paragraph("研究内容：研究大米、杂粮深加工技术。"),
    _uof_paragraph("北药规范化种植与有效成分提取", "Heading3", _UOF_NUMBERED.format(restart="false")),
    _uof_paragraph("研究内容：研究刺五加规范化种植。"),
    _uof_paragraph("（二）农业科技成果转化计划", "Heading2"),
    '<字:段落><字:段落属性 字:式样引用="Normal"/><字:句><字:文本串>本计划采取后补助方式，单个项目'
    '补助最高不超过</字:文本串></字:句><字:修订开始 字:标识符="rv1" 字:类型="delete"/><字:句>'
    '<字:文本串>20</字:文本串></字:句><字:修订结束 字:开始标识符引用="rv1"/>'
    '<字:修订开始 字:标识符="rv2" 字:类型="insert"/><字:句><字:文本串>30</字:文本串></字:句>'
    '<字:修订结束 字:开始标识符引用="rv2"/><字:句><字:文本串>万元。</字:文本串></字:句></字:段落>',
    _uof_paragraph("寒地水稻优质品种示范推广", "Heading3", _UOF_NUMBERED.format(restart="true")),
    _uof_paragraph("主要内容：引进筛选优质水稻品种。"),
    _uof_paragraph("三、申报程序", "Heading1"),
    _uof_paragraph("登录系统填报。"),
    '<字:分节><字:节属性><字:页脚><字:奇数页页脚>' + _uof_paragraph("— 1 —", "Footer")
    + "</字:奇数页页脚></字:页脚></字:节属性></字:分节>",
    "</字:主体></uof:文字处理></uof:UOF>",
]


def test_a_uof_document_is_read_as_the_word_processor_shows_it() -> None:
    """永中Office's UOF XML: each heading gets its automatic number (1., 2., afresh where the
    numbering restarts), a tracked deletion is gone and an insertion kept (不超过30万元, not
    2030), the reviewers' comments and the page footer are no text."""
    read = uof_document.as_read(UOF_DOCUMENT)
    assert read is not None
    lines, numbers = read
    assert "1.寒地特色食品精深加工" in lines and "2.北药规范化种植与有效成分提取" in lines
    assert "1.寒地水稻优质品种示范推广" in lines
    assert "本计划采取后补助方式，单个项目补助最高不超过30万元。" in lines
    assert not any("去年" in line or "— 1 —" in line for line in lines)
    assert numbers[lines.index("2.北药规范化种植与有效成分提取")] == 18
    leaves = _parse(UOF_DOCUMENT).leaves
    assert [(leaf.source_line, leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        (16, "寒地特色食品精深加工", 50), (18, "北药规范化种植与有效成分提取", 50),
        (22, "寒地水稻优质品种示范推广", 30)]


def _td(text: str) -> str:
    return f'        <td style="border: 1px solid rgb(191, 191, 191); padding: 4px;">{text}</td>'


EDITOR_HTML = [  # a 公众号 article's 135编辑器 source: PART badges, a table a cell a line
    '<section class="_135editor" data-tools="135编辑器">',
    '    <section style="font-size: 34px;">PART&nbsp;01</section>',
    '    <section style="font-size: 18px;"><strong>总体安排</strong></section>',
    "</section>",
    '<p style="margin: 0px 8px;">各专项支持标准如下表（单位：万元）：</p>',
    "<table>",
    "    <tr>",
    _td("<strong>专项名称</strong>"), _td("<strong>支持方式</strong>"),
    _td("<strong>单项资助</strong>"), _td("<strong>实施周期</strong>"),
    "    </tr>",
    "    <tr>",
    _td("重点领域研发专项"), _td("前资助"), _td("30～80"), _td("24个月"),
    "    </tr>",
    "    <tr>",
    _td("乡村振兴科技专项"), _td("后补助"), _td("≤40"), _td("18个月"),
    "    </tr>",
    "</table>",
    '<section class="_135editor" data-tools="135编辑器">',
    '    <section style="font-size: 34px;">PART&nbsp;02</section>',
    '    <section style="font-size: 18px;"><strong>重点领域研发专项</strong></section>',
    "</section>",
    '<p style="margin: 0px 8px;"><strong>英德石灰岩矿山生态修复与固废资源化利用</strong></p>',
    '<p style="margin: 0px 8px;">研究内容：开展客土喷播、微生物修复技术研究。</p>',
    '<section class="_135editor" data-tools="135编辑器">',
    '    <section style="font-size: 34px;">PART&nbsp;03</section>',
    '    <section style="font-size: 18px;"><strong>乡村振兴科技专项</strong></section>',
    "</section>",
    '<p style="margin: 0px 8px;"><strong>英红九号红茶绿色高效栽培与精深加工</strong></p>',
    '<p style="margin: 0px 8px;">研究内容：开展茶园绿色栽培技术研究。</p>',
    '<section class="_135editor" data-tools="135编辑器">',
    '    <section style="font-size: 34px;">PART&nbsp;04</section>',
    '    <section style="font-size: 18px;"><strong>申报须知</strong></section>',
    "</section>",
    '<p style="margin: 0px 8px;">登录系统填报。</p>',
]


def test_an_editors_part_badges_and_a_table_pasted_a_cell_a_line() -> None:
    """PART 02 over 重点领域研发专项 is that part's heading; a table's source with a cell a line
    is read a row a line, its bare amounts in the caption's unit (30～80 → 30～80万元)."""
    leaves = _parse(EDITOR_HTML).leaves
    assert [(leaf.plan, leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.funding_mode,
             leaf.period_years_max) for leaf in leaves] == [
        ("重点领域研发专项", "英德石灰岩矿山生态修复与固废资源化利用", 30, 80, "前资助", 2),
        ("乡村振兴科技专项", "英红九号红茶绿色高效栽培与精深加工", None, 40, "后补助", 1.5)]


def test_a_classs_numbered_rules_reach_its_lists_and_sub_lists_past_page_footers() -> None:
    """二、 （一）揭榜挂帅类 ⏎ 1．…前资助… ⏎ 2．每个榜单限支持一个揭榜项目: the class's rules, read
    for the 揭榜挂帅榜单 of 三、 and its 子榜单3-1; —第1页 共2页— is a page's foot, no heading."""
    lines = [
        "二、类别设置及通用规则",
        "（一）揭榜挂帅类",
        "　　1．县财政支持资金采取前资助方式，在揭榜合同签订后一次性拨付。",
        "　　2．每个榜单限支持一个揭榜项目；分设子榜单的，每个子榜单限支持一个揭榜项目。",
        "（二）奖补类",
        "　　奖补事项的兑现标准以各事项所列为准。",
        "三、榜单任务",
        "（一）揭榜挂帅榜单（责任股室：成果转化股）",
        "—第1页 共2页—",
        "榜单任务一：有机硅高沸物催化裂解回收技术",
        "　　技术需求：开发高效裂解催化剂。",
        "　　财政支持：五十万元",
        "榜单任务二：鄱阳湖区特色水产健康养殖关键技术",
        "　　说明：本榜单分设两个子榜单。",
        "子榜单2-1：河蟹生态养殖与病害绿色防控技术",
        "　　技术需求：研究蟹塘水草养护技术。",
        "　　财政支持：二十万元",
        "子榜单2-2：鳜鱼人工配合饲料驯食技术",
        "　　技术需求：研究鳜鱼驯食技术。",
        "　　财政支持：十五万元",
        "四、申报程序",
        "登录系统填报。",
    ]
    leaves = _parse(lines).leaves
    assert [(leaf.source_line, leaf.funding_max_wan, leaf.funding_mode, leaf.quota, leaf.office)
            for leaf in leaves] == [
        (10, 50, "前资助", 1, "成果转化股"), (15, 20, "前资助", 1, "成果转化股"),
        (18, 15, "前资助", 1, "成果转化股")]


def test_clauses_of_one_rule_each_scoped_to_their_own_part_or_kind() -> None:
    """本指南第二部分重点研发计划各课题，自筹…不低于1:1；软科学项目、联合基金项目不作自筹经费要求:
    the ratio binds part 二 (named with its title between 部分 and 各), the waiver the kinds it
    names; 第二部分各方向…2年；第三部分各方向…1年 gives each part its own period."""
    lines = [
        "一、申报说明",
        "（一）经费要求",
        "本指南第二部分重点研发计划各课题，自筹经费与市财政资助经费的比例不低于1:1；"
        "软科学项目、联合基金项目不作自筹经费要求。",
        "（二）实施期限",
        "本指南第二部分各方向实施期限不超过2年；第三部分各方向实施期限不超过1年。",
        "二、重点研发计划",
        "1．高性能锂电池隔膜制备技术",
        "研究内容：研发高孔隙率隔膜。",
        "资助额度：不超过80万元",
        "2．农业废弃物资源化利用技术",
        "研究内容：研究秸秆综合利用技术。",
        "资助额度：不超过60万元",
        "三、软科学研究专项",
        "1．县域创新生态评价研究",
        "研究内容：构建评价指标体系。",
        "资助额度：不超过10万元",
        "四、市—高校联合基金",
        "1．海洋微塑料快速检测技术",
        "研究内容：研发现场检测装置。",
        "资助额度：不超过5万元",
        "五、联系方式",
        "科技局，电话：0577-1234567",
    ]
    leaves = {leaf.source_line: leaf for leaf in _parse(lines).leaves}
    assert sorted(leaves) == [7, 10, 14, 18]
    assert [leaves[n].matching_ratio for n in (7, 10)] == [1.0, 1.0]
    assert [leaves[n].matching_ratio for n in (14, 18)] == [None, None]
    assert [leaves[n].period_years_max for n in (7, 10, 14, 18)] == [2, 2, 1, None]


def test_a_line_after_a_table_whose_last_row_is_under_a_group_row_ends_the_table() -> None:
    """A contact line after a directions table whose last row stands under a group row (科技成果
    转化项目) closes the table; the direction keeps its row's terms (it once raised IndexError and
    the whole document was lost)."""
    text = "\n".join([
        "三、支持方式及各类项目要求", "（四）科技成果转化项目。采取后补助方式，由企业申报。", "四、支持方向",
        "序号\t方向名称\t主要研究内容\t支持金额（万元）\t实施期限\t归口科室", "科技成果转化项目",
        "14\t高校院所科技成果转化（FN25CG01）\t支持企业引进县外科技成果在我县实现产业化。\t最高50\t1年"
        "\t成果转化与对外合作科",
        "成果转化与对外合作科：周科长，电话0515-87268029"])
    leaves = parse_document(text.encode(), "指南.txt").leaves
    assert [(leaf.source_line, leaf.title, leaf.code, leaf.funding_max_wan, leaf.funding_mode,
             leaf.period_years_max, leaf.office) for leaf in leaves] == [
        (6, "高校院所科技成果转化", "FN25CG01", 50, "后补助", 1, "成果转化与对外合作科")]


def test_a_guideline_summary_table_lists_every_direction_some_written_out_later() -> None:
    """三、项目指南汇总表 is the directions, not a form: each row is one (its 专题 cell written on
    a group's first row only), a row written out further on takes that text's rules, a 备注 of
    后补助 or 本方向不设经费 is the row's own, and each 专题's office comes from the clause that
    names it."""
    text = "\n".join([
        "汾阳市科技计划项目申报指南", "一、编制说明", "本指南共设2个专题4个方向。", "二、支持方式和标准",
        "（一）除汇总表“备注”栏另有注明外，本指南所列方向均采取前资助方式。",
        "（二）申请前资助的项目，自筹资金与市财政资助资金比例不低于1:1；后补助项目不作配套要求。",
        "（三）各专题归口管理股室：白酒产业专题由高新技术股负责；特色农业与农产品加工专题由农村科技股负责。",
        "三、项目指南汇总表",
        "序号\t专题\t方向名称\t指南代码\t支持强度\t实施周期\t备注",
        "1\t白酒产业\t酿造功能菌株选育\tFY-01\t30～50万元\t3年\t须企业牵头",
        "2\t\t酒糟资源化高值利用技术\tFY-02\t最高30万元\t2年\t后补助",
        "3\t特色农业与农产品加工\t核桃精深加工技术\tFY-03\t15～20万元\t2年\t",
        "4\t\t汾河水生态修复技术\tFY-04\t—\t1年\t本方向不设经费",
        "四、部分方向主要研究内容",
        "（一）酿造功能菌株选育（FY-01）", "研究内容：解析大曲微生物群落。",
        "有关说明：拟支持不超过2项，牵头企业须为高新技术企业。",
        "五、其他事项", "（一）本指南由市科学技术局负责解释。"])
    leaves = parse_document(text.encode(), "指南.txt").leaves
    assert [(leaf.source_line, leaf.title, leaf.code, leaf.office, leaf.funding_max_wan,
             leaf.funding_mode, leaf.matching_ratio, leaf.quota, leaf.qualifications)
            for leaf in leaves] == [
        (10, "酿造功能菌株选育", "FY-01", "高新技术股", 50, "前资助", 1, 2, ["高新技术企业"]),
        (11, "酒糟资源化高值利用技术", "FY-02", "高新技术股", 30, "后补助", None, None, []),
        (12, "核桃精深加工技术", "FY-03", "农村科技股", 20, "前资助", 1, None, []),
        (13, "汾河水生态修复技术", "FY-04", "农村科技股", None, None, None, None, [])]


def test_an_office_rule_naming_kinds_gives_each_kind_its_office() -> None:
    """（八）归口管理。重点项目和一般项目由科技股归口管理，后补助项目由工业股归口管理。: each
    direction is managed by its kind's office, not all by the first office the sentence names."""
    text = "\n".join([
        "虎林市2024年度市级科技计划项目申报指南", "二、支持方向",
        "1．寒地水稻优质高产栽培技术集成示范（HL2024-01）。建设核心示范区1万亩以上。",
        "2．林下中药材仿野生栽培技术研究（HL2024-02）。形成技术规程2项以上。",
        "3．绿色食品加工技术改造（HL2024-03）。改造后单位产品能耗下降10%以上。",
        "三、项目类别及支持标准",
        "（一）类别划分。上述第1项方向为重点项目，第3项方向为后补助项目，其余方向为一般项目。",
        "（二）支持方式。重点项目和一般项目采取前资助方式；后补助项目采取后补助方式。",
        "（三）归口管理。重点项目和一般项目由科技股归口管理，后补助项目由工业股归口管理。"])
    leaves = parse_document(text.encode(), "指南.txt").leaves
    assert [(leaf.code, leaf.funding_mode, leaf.office) for leaf in leaves] == [
        ("HL2024-01", "前资助", "科技股"), ("HL2024-02", "前资助", "科技股"),
        ("HL2024-03", "后补助", "工业股")]


def test_a_sentence_opening_with_a_batch_is_no_part_heading() -> None:
    """二、第一批项目申报指南 ⏎ （二）支持方式 ⏎ 第一批项目均为…，采取前资助方式…。: a sentence
    about the batch states its terms, not a 第一批 part heading holding nothing."""
    text = "\n".join([
        "钱塘区2025年度科技计划项目申报指南", "一、总体说明", "本年度项目分两批组织申报。",
        "二、第一批项目申报指南", "（一）支持方式和资助标准",
        "第一批项目均为区重点研发计划项目，采取前资助方式，区财政资助额度为每项20～50万元，项目实施期限一般为2年。",
        "第一批项目须由企业牵头申报，企业自筹经费与区财政资助经费比例不低于2:1。",
        "（二）支持方向", "1.创新药物与高端制剂研发（指南代码：QT25A01）",
        "围绕小分子靶向药物开展候选药物筛选和临床前研究。拟支持3项。",
        "三、第二批项目申报指南", "（一）支持方式和资助标准",
        "第二批项目采取后补助方式，每项补助不超过30万元，实施期限为1年。", "（二）支持方向",
        "1.数字医疗与智慧健康（指南代码：QT25B01）", "围绕医疗人工智能辅助诊断开展技术研发与应用示范。"])
    leaves = parse_document(text.encode(), "指南.txt").leaves
    assert [(leaf.code, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.enterprise_lead_only, leaf.matching_ratio)
            for leaf in leaves] == [
        ("QT25A01", "前资助", 20, 50, 2, True, 2), ("QT25B01", "后补助", None, 30, 1, None, None)]


def test_circled_numbers_list_a_postings_fields_not_its_directions() -> None:
    """榜单1　title ⏎ ①榜单编号：YC26JB01 ⏎ ②发榜单位：… ⏎ ⑤攻关期限：18个月: the circled items
    are the 榜单's fields (its code the first), not headings of their own; （一）榜单说明 is
    no 榜单."""
    text = "\n".join([
        "禹城市2026年度“揭榜挂帅”科技攻关需求榜单", "一、需求榜单", "（一）榜单说明",
        "1.本批共发布需求榜单2项。", "2.每个榜单原则上确定1个揭榜方。", "（二）财政支持榜单",
        "榜单1　功能性低聚糖酶法高效制备技术", "①榜单编号：YC26JB01", "②发榜单位：禹城市某功能糖股份有限公司",
        "③需求描述：低聚木糖酶法转化率偏低，分离纯化能耗高。", "④攻关目标：转化率提高至85%以上。",
        "⑤攻关期限：18个月", "榜单2　汽车变速箱齿轮精密锻造技术", "①榜单编号：YC26JB02",
        "②发榜单位：禹城市某齿轮有限公司", "③需求描述：热处理畸变大，磨齿余量大。", "④攻关期限：24个月"])
    leaves = parse_document(text.encode(), "榜单.txt").leaves
    assert [(leaf.source_line, leaf.title, leaf.code, leaf.period_years_max)
            for leaf in leaves] == [
        (7, "功能性低聚糖酶法高效制备技术", "YC26JB01", 1.5),
        (13, "汽车变速箱齿轮精密锻造技术", "YC26JB02", 2)]


def test_one_sentence_award_items_and_a_class_table_in_an_attachment() -> None:
    """1.支持企业建设研发平台，对新认定的…补助20万元。: one sentence, one item, titled by what it
    supports and granted what it says; a 附件 table of 项目类别 | 支持方式 | 支持额度 is the
    terms of the directions whose 项目类别 line names a row, none of its rows a direction."""
    text = "\n".join([
        "怀远县2017年度科技计划项目申报指南", "一、总体要求", "重点支持企业研发平台建设和关键技术攻关。",
        "二、支持重点", "（一）企业创新奖补", "以下事项均采取以奖代补方式。",
        "1.支持企业建设市级以上研发平台，对企业新认定的省级工程技术研究中心补助20万元。",
        "2.鼓励企业加大研发投入，按其研发费用较上年增量部分的5%给予补助，最高不超过20万元。",
        "（二）工业科技攻关", "1.新型节能玻璃深加工关键技术研发", "项目编号：HYKJ2017-01",
        "研究内容：研究Low-E镀膜玻璃离线镀膜工艺。", "项目类别：重点项目",
        "2.秸秆基生物质新材料制备技术开发", "项目编号：HYKJ2017-02", "研究内容：研究秸秆纤维改性与热压成型工艺。",
        "项目类别：一般项目", "三、其他事项", "本指南由县科技局负责解释。", "附件",
        "怀远县2017年度科技计划项目类别及支持额度",
        "    项目类别          支持方式        支持额度（万元）          实施期限",
        "    重点项目          前资助          10-20                     2年",
        "    一般项目          前资助          3-5                       1年"])
    leaves = parse_document(text.encode(), "指南.txt").leaves
    assert [(leaf.source_line, leaf.title, leaf.funding_mode, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.period_years_max) for leaf in leaves] == [
        (7, "支持企业建设市级以上研发平台", "奖补", 20, 20, None),
        (8, "鼓励企业加大研发投入", "奖补", None, 20, None),
        (10, "新型节能玻璃深加工关键技术研发", "前资助", 10, 20, 2),
        (14, "秸秆基生物质新材料制备技术开发", "前资助", 3, 5, 1)]


def test_a_policy_interpretation_printed_after_the_guideline_funds_nothing() -> None:
    """《…申报指南》政策解读 after the guideline (a 政府公报 prints them together), its items
    numbered 一、 again and restating amounts: none of them is a direction."""
    text = "\n".join([
        "霸州市2025年度科技计划项目申报指南", "一、总体要求", "组织实施2025年度市级科技计划。",
        "二、支持方向", "方向1：金属家具表面低温固化技术", "指南代码：BZ25ZD01", "研究内容：研究低温固化粉末涂料配方。",
        "资助额度：不超过50万元。", "三、联系方式", "高新技术科：0316-7221635", "【政策解读】",
        "《霸州市2025年度科技计划项目", "申报指南》政策解读",  # (a column's lines, as printed)
        "一、出台背景。为进一步优化市级科技计划布", "局，集中财力支持主导产业关键技术攻关，市科学技",
        "术局会同市财政局研究制定了《指南》。", "二、主要内容。《指南》设四个专题和平台奖补",
        "事项：产业技术攻关类项目单个资助最高50万元，专", "题三每项资助10万元，成果转化项目按合同实际支付",
        "额的20%给予后补助；新获批省级创新平台的企业可", "获一次性奖补30万元。",
        "三、解读机关。霸州市科学技术局，解读人：李", "建新，联系电话：0316-7221632。"])
    leaves = parse_document(text.encode(), "公报.txt").leaves
    assert [(leaf.source_line, leaf.code, leaf.funding_max_wan) for leaf in leaves] == [
        (5, "BZ25ZD01", 50)]


def test_a_base_grant_with_a_bonus_by_grade_and_a_service_term() -> None:
    """每名…给予基础补助2万元；…考核为优秀的，再给予绩效奖励1万元。服务期限1年。 in an item's one
    paragraph: the base the least it gets, base and bonus the most, and 服务期限 its period."""
    guideline = _parse([
        "三、支持方向",
        "（一）产业技术攻关计划（归口股室：科技计划股）",
        "1.猴头菇精深加工及功能性食品开发",
        "研究内容：研究猴头菇多糖高效提取与稳态化技术，开发即食食品。",
        "其他要求：基础资助20万元；验收绩效评价为优秀的给予绩效奖励20万元，良好的给予10万元。",
        "（二）科技特派员服务项目（归口股室：农村科技股）",
        "支持科技特派员深入乡镇开展技术服务。每名科技特派员给予基础补助2万元；服务期满考核为优秀的，"
        "再给予绩效奖励1万元。服务期限1年。",
    ])
    leaves = {leaf.title: leaf for leaf in guideline.leaves}
    food, envoy = leaves["猴头菇精深加工及功能性食品开发"], leaves["科技特派员服务项目"]
    assert (food.funding_min_wan, food.funding_max_wan, food.funding_tiers_wan) == (
        20, 40, [40, 30, 20])
    assert (envoy.funding_min_wan, envoy.funding_max_wan, envoy.period_years_max) == (2, 3, 1)


def test_a_plain_words_sheet_asking_its_labels_as_questions() -> None:
    """补什么：… / 补多少：… / 怎么补：… / 干多久：…, a 明白纸's labels asked as questions: 补什么
    names whom the award is for (so the firms it names apply), 补多少 the grant, 怎么补 the mode;
    单个单位最高不超过30万元 after a share is the award's cap."""
    guideline = _parse([
        "（四）科技成果转化奖补项目（归口：成果转化股）",
        "1．技术合同交易后补助（WS2025JB01）",
        "补什么：对登记并实际到账的技术合同，按技术交易额的5%给予补助，单个单位最高不超过30万元。",
        "2．新认定高新技术企业奖补（WS2025JB02）",
        "补什么：2024年度通过认定的我旗高新技术企业。",
        "补多少：一次性奖补10万元。",
        "怎么补：以奖代补。",
        "五、申报程序",
        "网上申报。",
    ])
    contract, firm = guideline.leaves
    assert (contract.code, contract.funding_max_wan) == ("WS2025JB01", 30)
    assert (firm.code, firm.funding_max_wan, firm.funding_mode, firm.enterprise_lead_only,
            firm.qualifications) == ("WS2025JB02", 10, "奖补", True, ["高新技术企业"])


def test_a_call_with_needs_grouped_by_posting_firm_and_a_race_by_kind() -> None:
    """A 揭榜挂帅/赛马制 call: needs numbered 1．2．3． under 发榜单位一：…公司 headings (a word the
    document numbers, heading the needs under it — a group, not a need), terms said once per kind
    of project in general sections ((二)“赛马制”项目。每个赛马榜单遴选入围团队一般不超过3个… and
    三、揭榜条件 ⏎ （二）“赛马制”项目须由…企业牵头参赛) for the group titled “赛马制”榜单, and a
    need that is no longer open (本榜单…已完成对接，不再公开揭榜) no leaf."""
    guideline = _parse([
        "二、支持方式",
        "（一）“揭榜挂帅”项目。区财政按实际支付额的30%给予后补助，单个榜单最高不超过100万元。每个榜单原则上只确定1个揭榜方。",
        "（二）“赛马制”项目。每个赛马榜单遴选入围团队一般不超过3个，立项后以前资助方式拨付启动经费。",
        "三、揭榜条件",
        "（一）“揭榜挂帅”项目不设门槛，高校、科研院所、企业均可揭榜。",
        "（二）“赛马制”项目须由在本区注册的企业牵头参赛，上年度研发费用不低于100万元。",
        "四、榜单清单",
        "（一）“揭榜挂帅”榜单（受理股室：成果转化股）",
        "发榜单位一：宜昌瑞磷新材料股份有限公司",
        "所在地：小溪塔街道",
        "1．湿法磷酸深度净化技术",
        "需求描述：净化磷酸达到电池级。",
        "榜单金额：500万元",
        "2．磷石膏基高强胶凝材料制备技术",
        "需求描述：开发高强胶凝材料。",
        "发榜单位二：湖北峡江生物医药有限公司",
        "所在地：夷陵经济开发区",
        "3．冻干粉针剂在线监测技术",
        "说明：本榜单在需求征集期间已与合作高校完成对接，不再公开揭榜，仅作公示。",
        "4．中药配方颗粒质量一致性评价技术",
        "需求描述：建立质量传递评价方法。",
        "（二）“赛马制”榜单（归口股室：高新技术股）",
        "赛马榜单一　磷酸铁锂正极材料短流程制备技术",
        "攻关任务：开发短流程合成工艺。",
        "财政支持：启动经费每个入围团队30万元，累计不超过150万元。",
        "赛马榜单二　磷化工园区废水深度处理技术",
        "攻关任务：开发膜浓缩技术。",
        "入围团队：不超过2个。",
        "五、揭榜程序",
        "网上申报。",
    ])
    assert [(leaf.title, leaf.quota, leaf.enterprise_lead_only, leaf.min_rd_spend_wan)
            for leaf in guideline.leaves] == [
        ("湿法磷酸深度净化技术", 1, False, None), ("磷石膏基高强胶凝材料制备技术", 1, False, None),
        ("中药配方颗粒质量一致性评价技术", 1, False, None),
        ("磷酸铁锂正极材料短流程制备技术", 3, True, 100), ("磷化工园区废水深度处理技术", 2, True, 100)]


def test_directions_citing_an_item_of_the_notice_by_number() -> None:
    """A notice whose 三、支持方式和标准 lists each class's terms as items （一）（二）, and an
    attachment whose directions cite them (支持标准：执行通知第三条第（一）项): the item's terms are
    the direction's, said for it elsewhere; its own words after the citation win."""
    guideline = _parse([
        "二、申报条件",
        "（一）申报单位应为在本县注册的企业、事业单位。",
        "三、支持方式和标准",
        "（一）攻关类项目。采取前资助方式，单个项目支持10万元至20万元，实施期限不超过2年，须由企业牵头申报。",
        "（二）示范类项目。采取前资助方式，单个项目支持5万元至10万元，实施期限不超过2年。",
        "四、申报程序",
        "（一）网上填报。",
        "附件1",
        "一、新型工业化领域（归口股室：工业科技股）",
        "1．富锶天然矿泉水品质稳定性控制技术研究",
        "研究内容：开展水源动态监测研究。",
        "支持标准：执行通知第三条第（一）项。",
        "2．苔茶精深加工关键技术研究",
        "研究内容：开展速溶茶粉研究。",
        "支持标准：执行通知第三条第（一）项，支持额度调整为15万元至25万元。",
        "二、农业现代化领域（归口股室：农村科技股）",
        "1．食用菌林下栽培技术示范",
        "研究内容：开展羊肚菌林下栽培示范。",
        "支持标准：执行通知第三条第（二）项。",
    ])
    assert [(leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max,
             leaf.enterprise_lead_only, "funding_max_wan" in leaf.inherited)
            for leaf in guideline.leaves] == [
        (10, 20, 2, True, True), (15, 25, 2, True, False), (5, 10, 2, None, True)]


def test_page_footnotes_a_carried_note_a_header_cells_note_and_a_directions_own() -> None:
    """Footnotes as a PDF's pages give them (—————— ⇥ ¹… under each page's rule): a note called
    inside a sentence (研发费用³不低于100万元) is written after its clause, so the clause reads
    whole; a note carried over from the page before (its end over this page's notes) leaves the
    text; a note on a table's header cell (支持额度（万元）⁵: 表中额度为…上限) is said over the
    table, so its amounts are caps, but one marked 定额 is fixed; a note only one heading calls
    (…研制⁴ ⏎ ⁴该方向拟支持不超过2项…) is that direction's own."""
    guideline = _parse([
        "根据《霞浦县科技计划项目管理办法》¹，制定本指南。",
        "三、支持方向",
        "（一）工业科技计划（归口股室：工业股）",
        "本计划项目须由企业牵头申报，申报企业上年度研发费用³不低于100万元，企业自筹经费与县财政资助经费比例不低于2:1。",
        "——————\t¹《霞浦县科技计划项目管理办法》以下简称《管理办法》。",
        "³研发费用按照《财政部 国家税务总局 科技部关于完善研究开发费用税前加计扣除政策的通知》（财税〔2015〕119",
        "号）规定的口径归集，以企业2021年度企业所得税年度纳税申报表中《研发费用加计扣除优惠明细表》（A107012）所",
        "- 1 -",
        "1．锂电池正极材料前驱体制备工艺优化",
        "研究内容：开展三元前驱体共沉淀过程控制研究。",
        "支持额度：不超过50万元；实施期限：2年。",
        "2．海上风电运维装备关键部件研制⁴",
        "研究内容：研制运维船舶减摇靠泊装置。",
        "支持额度：30万元～50万元；实施期限：2年。",
        "（二）农业科技计划（归口股室：农村科技股）",
        "表1　2022年度农业科技计划支持方向",
        "序号\t方向名称\t主要内容\t支持额度（万元）⁵\t实施期限\t牵头要求",
        "1\t大黄鱼深远海养殖技术集成与示范\t研究抗风浪深水网箱优化。\t50\t3年\t企业",
        "2\t海产品精深加工与副产物综合利用\t开展即食化加工技术研究。\t定额20\t2年\t企业",
        "——————\t列金额为准；未享受加计扣除政策的企业，以专项审计报告为准。",
        "⁴该方向拟支持不超过2项；申报企业2021年度研发费用不低于200万元。",
        "⁵表中额度为单个项目县财政资助上限；标注“定额”的为固定资助额度。",
        "- 2 -",
        "序号\t方向名称\t主要内容\t支持额度（万元）⁵\t实施期限\t牵头要求",
        "3\t坛紫菜采苗育苗与病害防控技术\t研究坛紫菜壳孢子采苗技术。\t30\t2年\t不限",
        "四、申报程序",
        "网上申报。",
    ])
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.min_rd_spend_wan,
             leaf.quota, "min_rd_spend_wan" in leaf.inherited) for leaf in guideline.leaves] == [
        ("锂电池正极材料前驱体制备工艺优化", None, 50, 100, None, True),
        ("海上风电运维装备关键部件研制", 30, 50, 200, 2, False),
        ("大黄鱼深远海养殖技术集成与示范", None, 50, None, None, False),
        ("海产品精深加工与副产物综合利用", 20, 20, None, None, False),
        ("坛紫菜采苗育苗与病害防控技术", None, 30, None, None, False)]


def test_a_plans_terms_in_running_prose_a_cap_as_a_limit_and_dates_to_finish_by() -> None:
    """A plan's terms written as prose, no labels: 县财政对单个项目的资助以40万元为限 is its cap, and
    项目自2026年7月起实施，须于2028年6月底前完成 its period (two years), for its directions."""
    guideline = _parse([
        "二、支持重点和资助方式",
        "（一）县重点研发计划",
        "本计划项目实行事前资助，县财政对单个项目的资助以40万元为限。项目自2026年7月起实施，须于2028年6月底前完成。",
        "1．有机硅单体合成高效触体技术",
        "围绕触体活性衰减快的问题开展新型铜基复合触体制备研究。",
        "2．高性能硅橡胶产品开发",
        "开发高抗撕硅橡胶和特种硅油产品。",
        "三、申报程序",
        "网上申报。",
    ])
    assert [(leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in guideline.leaves] == [(None, 40, 2), (None, 40, 2)]


def test_a_plans_terms_said_after_its_directions_and_rules_in_a_directions_prose() -> None:
    """上述社会发展类项目，县财政资助一般不超过10万元…均可 after a plan's last direction: the plan's
    terms (its directions take them as said for them), not the last direction's words; a
    direction's paragraph saying 该方向支持2个项目 or 该方向要求由…企业牵头申报 states its own."""
    guideline = _parse([
        "（二）县农业科技计划",
        "农业科技计划采取事前资助方式，单个项目资助10万元至15万元，对牵头单位性质不作限制。",
        "1．稻渔综合种养技术集成与示范",
        "集成稻虾共作技术，建立示范基地500亩。该方向支持2个项目。",
        "2．生猪规模养殖废弃物资源化利用技术示范",
        "开展粪污好氧发酵技术集成示范。该方向要求由年出栏生猪1万头以上的规模养殖企业牵头申报。",
        "（三）县社会发展科技计划",
        "1．水生态监测与蓝藻水华预警技术研究",
        "构建水生态监测预警系统。",
        "2．慢阻肺早期筛查与规范化管理研究",
        "建立三级慢阻肺规范化管理路径。",
        "上述社会发展类项目，县财政资助一般不超过10万元，医疗卫生机构、学校、企事业单位牵头均可。",
        "三、申报程序",
        "网上申报。",
    ])
    assert [(leaf.quota, leaf.enterprise_lead_only, leaf.funding_max_wan,
             "funding_max_wan" in leaf.inherited) for leaf in guideline.leaves] == [
        (2, False, 15, True), (None, True, 15, True), (None, False, 10, True),
        (None, False, 10, True)]


def test_a_hand_edited_table_a_cell_carried_on_a_row_and_a_group_row_after_a_note() -> None:
    """A table a clerk edited by hand: a row's 考核指标 typed into a row of its own, the other cells
    empty, before the next row; a 注 row; then 二、农业和社会发展科技项目 (numbered out of the
    document's run) over the next rows — the carried cell is the row above's, the next row is
    read, and the rows after the group row go under that group and take its terms."""
    guideline = _parse([
        "三、项目类别及支持标准",
        "（一）重点研发项目。采取前资助方式，单个项目支持20～40万元，须由企业牵头申报。",
        "（二）农业和社会发展科技项目。采取前资助方式，每项支持10万元，申报单位性质不限。归口股室：农村科技股。",
        "四、支持方向",
        "序号\t方向名称\t主要研究内容及考核指标\t支持方式及额度\t实施期限\t申报主体",
        "一、重点研发项目",
        "5\t锂电池三元前驱体连续化制备技术（FCZD2305）\t研究内容：研究共沉淀过程在线监测技术。\t\t2年\t企业",
        "\t\t考核指标：产品振实密度≥2.0g/cm³，申请发明专利3件以上。\t\t\t",
        "6\t工业视觉缺陷检测核心算法研发（FCZD2306）\t研究内容：研究表面缺陷检测算法。\t后补助，不超过30万元\t18个月\t企业",
        "注：1.以上重点研发项目方向均须由企业牵头申报。",
        "二、农业和社会发展科技项目",
        "1\t晚熟柑橘优质高效栽培技术集成示范\t研究内容：集成晚熟柑橘品种改良技术。\t\t\t不限",
        "2\t生猪养殖粪污资源化利用技术示范\t研究内容：研究粪污好氧发酵技术。\t\t2年\t不限",
        "五、申报程序",
        "网上申报。",
    ])
    leaves = guideline.leaves
    assert [(leaf.code or leaf.title, leaf.office, leaf.funding_max_wan) for leaf in leaves] == [
        ("FCZD2305", None, 40), ("FCZD2306", None, 30),
        ("晚熟柑橘优质高效栽培技术集成示范", "农村科技股", 10),
        ("生猪养殖粪污资源化利用技术示范", "农村科技股", 10)]
    assert "振实密度" in (leaves[0].indicators or "")


def test_a_plans_terms_summed_up_in_one_line_after_its_directions() -> None:
    """要素汇总：支持方式：前资助｜资助额度：每项5～10万元｜…｜归口股室：农村科技股 closing a plan's
    directions: each part is the plan's term under its own label (the office too), taken by its
    directions as said for them; a direction's own 说明 still wins."""
    guideline = _parse([
        "三、农业科技攻关计划",
        "重点支持山参、冰葡萄等特色农业产业关键技术攻关。",
        "1.林下山参生态种植与品质提升技术研究",
        "研究内容：研究林下山参仿野生栽培技术。",
        "2.冰葡萄酒酿造关键技术研究",
        "研究内容：研究冰葡萄采收与低温发酵技术。",
        "说明：本方向资助额度不超过15万元。",
        "要素汇总：支持方式：前资助｜资助额度：每项5～10万元｜实施期限：2年｜申报主体：须由企业牵头｜归口股室：农村科技股",
        "四、申报程序",
        "网上申报。",
    ])
    assert [(leaf.office, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.enterprise_lead_only, "period_years_max" in leaf.inherited)
            for leaf in guideline.leaves] == [
        ("农村科技股", "前资助", 5, 10, 2, True, True),
        ("农村科技股", "前资助", None, 15, 2, True, True)]


def test_a_clusters_table_of_terms_with_its_lead_department() -> None:
    """（一）…产业集群 ⏎ 集群信息表 ⏎ 牵头部门 | 配合部门 | 支持方式 | 支持强度 | 实施期限 | 申报主体 | 拟支持
    数量 ⏎ its one row: the cluster's terms, its 牵头部门 the office of its directions (配合部门 none)."""
    guideline = _parse([
        "二、支持方向",
        "（一）进口资源落地加工产业集群",
        "集群信息表",
        "牵头部门\t配合部门\t支持方式\t支持强度\t实施期限\t申报主体\t拟支持数量",
        "市工业和信息化局\t市商务局、市口岸管理办公室\t前资助\t每项20—40万元\t2年\t须由企业牵头申报\t不超过5项",
        "重点支持方向：",
        "1.进口木材精深加工及高值化利用",
        "方向代码：EL2022-JQ0101",
        "研究内容：开展指接集成材制造技术研究。",
        "三、申报程序",
        "网上申报。",
    ])
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.period_years_max, leaf.quota)
            for leaf in guideline.leaves] == [("EL2022-JQ0101", "市工业和信息化局", 40, 2, 5)]


def test_a_review_quoting_each_clause_reads_the_quotes_not_the_review() -> None:
    """A 公平竞争审查报告 quotes the guideline: 【原文】/【计划通用条款原文】 paragraphs are the
    terms (the plan's bind its directions), 【审查意见】/【对照标准】 paragraphs bind no one —
    要求企业牵头与…相适应 in a review is no lead rule."""
    guideline = _parse([
        "三、逐项审查情况",
        "（一）工业科技攻关计划",
        "【计划通用条款原文】本计划项目采取前资助方式，实施期限不超过2年。本计划由高新技术股归口管理。",
        "【审查意见】符合。",
        "1．玄武岩纤维及复合材料制备关键技术",
        "【原文】方向代码：NA24GY01。开展连续玄武岩纤维拉丝研究。支持强度每项30～50万元，拟支持2项。",
        "【对照标准】影响生产经营成本标准第1项。",
        "【审查意见】资助标准公开明确。符合。",
        "2．镜泊湖流域冷水鱼生态养殖",
        "【原文】方向代码：NA24GY02。开展冷水鱼苗种繁育研究。每项支持不超过20万元，拟支持1项。",
        "【审查意见】本方向涉及规模化养殖，要求企业牵头与项目实施需要相适应。符合。",
        "四、审查结论",
        "经审查，《指南》符合公平竞争审查标准。",
    ])
    assert [(leaf.code, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.quota, leaf.office, leaf.enterprise_lead_only)
            for leaf in guideline.leaves] == [
        ("NA24GY01", "前资助", 30, 50, 2, 2, "高新技术股", None),
        ("NA24GY02", "前资助", None, 20, 2, 1, "高新技术股", None)]


def test_a_progress_report_restating_each_plans_conditions_by_name() -> None:
    """A mid-call 通报: the directions in a table (申报方向（代码）, counts received beside them), the
    conditions restated later by plan name — 重点研发计划工业领域项目须… is for the group titled
    重点研发计划·工业领域 alone — and 其中2项因…未达到200万元被退回 a report, no floor; a row whose
    cells say only — and 另行通知 is nothing to apply to yet."""
    guideline = _parse([
        "二、分方向受理情况",
        "序号\t申报方向（代码）\t支持方式及资助额度\t实施期限\t拟支持数\t已受理\t备注",
        "（一）重点研发计划·工业领域（归口：高新技术股）",
        "1\t纺织服装智能制造关键技术研究（YD2025GY01）\t前资助，每项30万～50万元\t2年\t2项\t6\t",
        "（二）重点研发计划·农业领域（归口：农村股）",
        "2\t富硒蔬菜绿色高效生产技术集成与示范（YD2025NY01）\t前资助，每项15万～25万元\t2年\t3项\t7\t",
        "3\t科技特派员服务乡村振兴项目（YD2025TP01）\t另行通知\t—\t—\t—\t具体申报方式以后续通知为准",
        "从表1看，研发费用增量奖补受理9项，其中2项因上年度研发费用未达到200万元被退回修改。",
        "三、下一步工作要求",
        "（一）重申申报条件",
        "1.重点研发计划工业领域项目须由规上企业牵头申报，牵头企业上年度研发费用不低于100万元；",
        "2.重点研发计划农业领域项目不限申报主体类型，企业、高校院所均可牵头申报，自筹经费与县财政资助经费比例不低于1:1；",
    ])
    assert [(leaf.code, leaf.office, leaf.enterprise_lead_only, leaf.min_rd_spend_wan,
             leaf.matching_ratio) for leaf in guideline.leaves] == [
        ("YD2025GY01", "高新技术股", True, 100, None),
        ("YD2025NY01", "农村股", False, None, 1)]


def test_a_talks_outline_its_boards_and_numbered_talks() -> None:
    """A 宣讲提纲: 【第一板块】… groups (the office after 负责解释), 第1讲　…（约8分钟） directions
    (the time no part of the title), and 【别讲错】 paragraphs quoting figures not to say."""
    guideline = _parse([
        "四、逐项宣讲要点",
        "【第一板块】研发攻关类（负责解释：高新技术科）",
        "讲前先说明：本板块统一采取前资助方式；本板块项目均须由企业牵头申报。",
        "第1讲　重点产业关键核心技术攻关（约8分钟）",
        "申报代码：PKJ2025-01",
        "【数字要讲准】每项支持50万～100万元，实施期限不超过2年，今年拟支持5项。",
        "【别讲错】去年此项最高支持150万元，实施期限3年，请勿沿用去年口径。",
        "【第二板块】平台载体类（负责解释：科技服务科）",
        "第2讲　高新技术企业认定奖励（约4分钟）",
        "申报代码：PKJ2025-09",
        "【数字要讲准】对2024年度首次认定的高新技术企业，一次性奖励15万元。",
        "五、企业常问问题参考口径",
        "问1：一家企业今年能报几个项目？",
    ])
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_max_wan, leaf.period_years_max,
             leaf.enterprise_lead_only) for leaf in guideline.leaves] == [
        ("重点产业关键核心技术攻关", "PKJ2025-01", "高新技术科", 100, 2, True),
        ("高新技术企业认定奖励", "PKJ2025-09", "科技服务科", 15, None, True)]


def test_a_videos_shooting_script_read_by_its_captions_and_voice_over() -> None:
    """镜号 | 时长 | 画面 | 字幕 | 解说词, a row a shot: the caption a heading (its 申报代码 and
    受理科室 paragraphs its code and office), the voice-over its terms (a class card's for the
    directions after it; 方向1是… saying the caption again is no heading), a shot continued on
    the next row said once, the 审核意见 after the table (原稿“最高资助120万元”) no one's."""
    text = "\n".join([
        "《科创一点通》第3期　拍摄脚本",
        "镜号\t时长\t画面\t字幕（屏显文字）\t解说词（配音）",
        "01\t0:00—0:08\t片头航拍\t《科创一点通》第3期\t（片头音乐，无解说）",
        "03\t0:35—1:05\t信息图动画\t两大类　三个方向\t第一类是攻关项目，第二类是培育奖补。",
        "03\t0:35—1:05\t信息图动画\t①科技创新攻关项目\t第一类是攻关项目，第二类是培育奖补。",
        "04\t1:05—1:40\t蓝色标题卡\t第一类　科技创新攻关项目 受理科室：产业发展科"
        "\t这一类项目采取事前资助的方式。项目必须由企业牵头申报，执行期原则上不超过2年。",
        "",
        "05\t1:40—2:20\t实拍机房\t方向1　人工智能与大模型应用 申报代码：PT25-GG01 最高100万元｜拟支持5项"
        "\t方向1是人工智能与大模型应用。重点支持行业大模型研发。每个项目最高资助100万元，今年拟支持5项。",
        "",
        "",
        "10\t4:20—4:50\t绿色标题卡\t第二类　科技企业培育奖补 受理科室：科技企业服务科"
        "\t接下来是第二类，科技企业培育奖补。这一类采取事后补助的方式。",
        "",
        "11\t4:50—5:10\t铜牌特写\t方向2　首次认定高新技术企业 申报代码：PT25-PY01 一次性奖励20万元"
        "\t方向2，首次认定高新技术企业奖励。首次通过认定的高新技术企业，给予一次性奖励20万元。",
        "",
        "",
        "审核意见（委办公室，3月13日）：",
        "1．第05镜原稿“最高资助120万元”已按指南改为“最高100万元”；",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_mode, leaf.funding_max_wan,
             leaf.quota, leaf.period_years_max, leaf.enterprise_lead_only) for leaf in leaves] == [
        ("PT25-GG01", "人工智能与大模型应用", "产业发展科", "前资助", 100, 5, 2, True),
        ("PT25-PY01", "首次认定高新技术企业", "科技企业服务科", "后补助", 20, None, None, True)]


def test_a_village_broadcast_script_its_classes_and_directions_said_aloud() -> None:
    """A 村村响 广播稿: 【第一期】 episodes, 第一类，….。 classes whose spoken paragraph holds the
    shared terms (只能由企业来牵头, 干的时间不超过两年, 归…股管, 谁都可以报), and 第一个方向，是“…”。
    directions with amounts and counts in Chinese numerals (全县只支持两个项目, 今年支持四个)."""
    text = "\n".join([
        "南县应急广播（村村响）专题播出稿",
        "【第一期】农业科技攻关项目怎么报",
        "　　各位乡亲：大家好！这里是南县应急广播。",
        "　　第一类，农业科技攻关项目。",
        "　　这一类项目，只能由企业来牵头申报。钱是事前资助。项目干的时间不超过两年。这一类归县科技局科技创新股管。",
        "　　第一个方向，是“稻虾综合种养尾水生态处理技术集成示范”。",
        "　　主要是解决稻虾田尾水污染问题。这个方向，最高补助二十万元★，全县只支持两个项目★。",
        "　　第二个方向，是“小龙虾良种选育与规模化苗种繁育”。",
        "　　补助十万元到十五万元★。报这个方向的企业，上一年研发投入要达到五十万元以上★。",
        "【第二期】科技示范项目怎么报",
        "　　第二类，农业科技示范推广项目。",
        "　　这一类企业、农民专业合作社、家庭农场都可以报。钱是事后补助。这一类归县科技局农村科技股管。",
        "　　第一个方向，是“稻虾田病虫害绿色防控技术示范”。",
        "　　示范面积要在五百亩以上，每个项目补助三万元到五万元★，今年支持四个★。",
        "　　第二个方向，是“水生蔬菜绿色高效栽培技术示范”。",
        "　　主要示范藜蒿提早上市栽培技术，每个项目补助五万元。",
    ])
    leaves = parse_document(text.encode("gb18030"), "t.txt").leaves
    assert [(leaf.title, leaf.office, leaf.funding_mode, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.period_years_max, leaf.quota, leaf.enterprise_lead_only,
             leaf.min_rd_spend_wan) for leaf in leaves] == [
        ("稻虾综合种养尾水生态处理技术集成示范", "科技创新股", "前资助", None, 20, 2, 2, True, None),
        ("小龙虾良种选育与规模化苗种繁育", "科技创新股", "前资助", 10, 15, 2, None, True, 50),
        ("稻虾田病虫害绿色防控技术示范", "农村科技股", "后补助", 3, 5, None, 4, False, None),
        ("水生蔬菜绿色高效栽培技术示范", "农村科技股", "后补助", 5, 5, None, None, False, None)]


def test_an_interpretation_notice_quoting_each_clause_then_its_reading() -> None:
    """An 执行口径说明: ▍指南原文：… (the clause quoted) and ▍执行口径：… (the bureau's reading, its
    terms too) as the direction's text, ▍易错提示：… a label and no heading; 一、通用口径's
    关于… items and 窗口常见问题答复口径 fund nothing."""
    text = "\n".join([
        "一、通用口径",
        "（一）关于研发投入。“研发投入”指申报单位2023年度经税务部门确认的研发费用。",
        "（二）关于实施期限。实施期限自任务书签订之日起计算。",
        "二、重大科技专项（归口：县科技局科技计划股）",
        "▍指南原文：重大科技专项采取前资助方式，实施期限不超过2年，须由企业牵头申报。",
        "▍执行口径：“须由企业牵头”指项目牵头单位须为企业法人。",
        "（一）生猪智能化养殖与疫病防控（NX24ZD01）",
        "▍指南原文：支持生猪智能化养殖装备研发。拟支持1项。",
        "▍执行口径：资助额度由专家评审后在100～200万元区间内核定。申报企业上年度研发费用不低于500万元。",
        "▍易错提示：部分企业将集团公司合并口径的研发费用填入申报书，应以申报单位本级为准。",
        "（二）香菇工厂化栽培与精深加工（NX24ZD02）",
        "▍指南原文：支持香菇工厂化周年栽培研究。资助额度不超过80万元，拟支持2项。",
        "▍执行口径：“不超过80万元”为资助上限。",
        "三、窗口常见问题答复口径",
        "问：合作社能否牵头？答：不能。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_mode, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.period_years_max, leaf.quota, leaf.enterprise_lead_only,
             leaf.min_rd_spend_wan) for leaf in leaves] == [
        ("NX24ZD01", "县科技局科技计划股", "前资助", 100, 200, 2, 1, True, 500),
        ("NX24ZD02", "县科技局科技计划股", "前资助", None, 80, 2, 2, True, None)]


def test_a_stewards_memo_its_items_after_a_bar_and_terms_in_quoted_talk() -> None:
    """A 服务管家 work memo: 推送事项1｜… items, ▸-marked labels (▸管家话术：“每个项目最高给300万元，
    本方向计划支持4个项目。”), 子项 items counted by 每个子项最多立项1项, an item closed in its
    ▸口径提示, and a code notice's 口径2-11　…（另行通知） heading and 执行期缩短为1年，不适用本类
    2年的统一口径."""
    text = "\n".join([
        "二、本期推送事项",
        "（一）高精尖产业技术攻关类（对接科室：产业发展科）",
        "　　本类统一口径：须由企业牵头；项目执行期不超过2年；采取事前资助方式。",
        "推送事项1｜无人机整机及关键部件研发（事项编码：YQKX2025-01）",
        "　　▸推送对象：从事工业级无人机研发制造的企业。",
        "　　▸管家话术：“每个项目最高给300万元，本方向计划支持4个项目。”",
        "推送事项2｜冰雪装备与智能运动器材（事项编码：YQKX2025-02）",
        "　　▸管家话术：“这个方向补助不超过40万元。”",
        "　　▸口径提示：本方向执行期缩短为1年，不适用本类2年的统一口径。",
        "推送事项3｜葡萄及葡萄酒产业提质增效",
        "　　本事项含两个子项，合计拟支持2项，每个子项最多立项1项。",
        "子项3-1　酿酒葡萄品种选育与标准化种植（事项编码：YQKX2025-03A）",
        "　　▸管家话术：“品种选育这个子项是定额补助，每项20万元。”",
        "子项3-2　精品酒庄数字化酿造与品控（事项编码：YQKX2025-03B）",
        "　　▸管家话术：“酒庄数字化这个子项，补助不超过30万元。”",
        "（二）预告事项",
        "推送事项4｜科技成果转化中试基地建设",
        "　　▸口径提示：本年度暂停受理，2026年视预算情况恢复。",
        "推送事项5｜科技创新券（另行通知）",
        "　　▸口径提示：创新券申领和兑付办法另行制定。",
        "三、推送情况反馈",
        "请各管家每周五前填写下表。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.funding_max_wan, leaf.period_years_max, leaf.quota)
            for leaf in leaves] == [
        ("YQKX2025-01", "无人机整机及关键部件研发", 300, 2, 4),
        ("YQKX2025-02", "冰雪装备与智能运动器材", 40, 1, None),
        ("YQKX2025-03A", "酿酒葡萄品种选育与标准化种植", 20, 2, 1),
        ("YQKX2025-03B", "精品酒庄数字化酿造与品控", 30, 2, 1)]


def test_an_approval_reply_changing_the_draft_it_attaches() -> None:
    """A 批复 over the 送审稿 it approves: “1.2 生猪…”方向，资助额度由“每项不超过80万元”调整为
    “每项不超过60万元” (quoted with its number and its values), 第三部分第5个方向“…”的实施期限，
    由2年调整为3年 (a term the direction takes from its plan), and “…”暂不设立，本年度不受理申报
    (withdrawn): each change is the direction's; the 批复 names no direction itself."""
    text = "\n".join([
        "内乡县人民政府关于2024年度科技计划项目申报指南的批复",
        "县科学技术局：",
        "　　一、原则同意《指南》（送审稿）。",
        "　　二、对《指南》的修改意见",
        "　　（一）“1.2 生猪智能化养殖装备研发”方向，资助额度由“每项不超过80万元”调整为“每项不超过60万元”，拟支持项目数不变。",
        "　　（二）《指南》第三部分第5个方向“现代农业科技示范园区建设”的实施期限，由2年调整为3年，资金仍分年度拨付。",
        "　　（三）“1.3 科技成果转化中试基地建设”暂不设立，本年度不受理申报。",
        "附件",
        "内乡县2024年度科技计划项目申报指南（送审稿）",
        "一、产业创新领域（归口：高新技术股）",
        "　　本领域项目采取前资助方式，执行期一般为2年，须由企业牵头申报。",
        "1.1 生猪低蛋白日粮与精准饲喂技术研究",
        "　　支持强度：每项不超过50万元，拟支持2项。",
        "1.2 生猪智能化养殖装备研发",
        "　　支持强度：每项不超过80万元，拟支持2项。",
        "1.3 科技成果转化中试基地建设",
        "　　支持强度：按设备投入的20%给予补助，最高不超过200万元。",
        "二、现代农业领域（归口：农村科技股）",
        "　　本领域项目执行期一般为2年。",
        "2.1 现代农业科技示范园区建设",
        "　　支持强度：不超过40万元，资金分年度拨付。",
        "三、申报时间",
        "　　2024年5月6日至6月10日。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.period_years_max) for leaf in leaves] == [
        ("生猪低蛋白日粮与精准饲喂技术研究", 50, 2), ("生猪智能化养殖装备研发", 60, 2),
        ("现代农业科技示范园区建设", 40, 3)]


def test_a_list_by_office_its_groups_named_for_the_office_that_takes_them() -> None:
    """一股一清单: （一）科技管理股 ⏎ 股室职责：… ⏎ 本股受理的研发类事项…: the group is the office
    of its items; 本股事项均为奖补或贴息类 above an item that 给予贴息 is a loan subsidy."""
    text = "\n".join([
        "二、各股室受理事项清单",
        "（一）科技管理股",
        "　　股室职责：负责县级科技计划项目的组织、立项与验收。",
        "　　本股受理的研发类事项，均采取前资助方式；实施期限一般为2年。",
        "　　事项1　核电配套与清洁能源技术攻关",
        "　　　　事项编码：CJ25-KG-01",
        "　　　　资助额度：每项资助20～50万元。",
        "　　事项2　矿产资源综合利用与绿色冶金",
        "　　　　事项编码：CJ25-KG-02",
        "　　　　资助额度：最高不超过40万元。",
        "（二）高新技术与成果转化股",
        "　　股室职责：负责高新技术企业培育、科技金融工作。",
        "　　本股事项均为奖补或贴息类，按年度集中受理、集中兑现。",
        "　　事项1　科技型企业贷款贴息",
        "　　　　事项编码：CJ25-GX-03",
        "　　　　贴息标准：按企业实际支付利息的50%给予贴息，单个企业年度贴息最高15万元。",
        "三、联系方式",
        "　　电话：0898-26621835",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_mode, leaf.funding_max_wan)
            for leaf in leaves] == [("CJ25-KG-01", "科技管理股", "前资助", 50),
                                    ("CJ25-KG-02", "科技管理股", "前资助", 40),
                                    ("CJ25-GX-03", "高新技术与成果转化股", "贷款贴息", 15)]


def test_a_quiz_bank_read_as_what_its_answers_make_of_its_questions() -> None:
    """A 培训题库: 第N组 groups (one a direction) inside 第N部分 parts, questions whose options are
    distractors, 参考答案：1．C　2．150　3．× resolving them (the chosen option in the blank, the
    figure in the ＿＿＿, a false 判断 dropped), 解析：〔指南原文〕“…” quoting the guideline."""
    text = "\n".join([
        "云梦县2025年度科技计划项目申报业务培训测试题库",
        "第一部分　通用知识（共2题，每题2分）",
        "1．【判断】同一申报单位2025年度只能申报1个县级科技计划项目。（　　）",
        "2．【单选】网上申报截止时间为（　　）。",
        "A．2025年4月30日　　B．2025年5月30日",
        "参考答案：1．√　2．A",
        "第二部分　重点研发计划（共2组，每组6分）",
        "【本部分通用规定】",
        "“重点研发计划项目须由企业牵头申报；采取前资助方式；实施期限不超过2年。”",
        "第1组　可降解塑料薄膜及功能母粒关键技术",
        "方向代码：YM25ZD01　　归口：高新技术股",
        "1．【单选】本方向单个项目的县财政资助额度为（　　）。",
        "A．不超过20万元　　B．20～40万元　　C．30～50万元　　D．50～80万元",
        "2．【填空】申报企业上年度研发费用应不低于＿＿＿万元。",
        "3．【判断】本方向拟支持项目不超过3项。（　　）",
        "参考答案：1．C　2．150　3．×",
        "解析：〔指南原文〕“单项资助30～50万元，拟支持2项。”",
        "第2组　功能性纺织面料与绿色印染技术",
        "方向代码：YM25ZD02　　归口：高新技术股",
        "1．【单选】本方向每个项目最多可获县财政资助（　　）。",
        "A．20万元　　B．30万元　　C．40万元　　D．60万元",
        "2．【判断】本方向实施期限不超过1年。（　　）",
        "3．【判断】申报企业须为规模以上工业企业。（　　）",
        "参考答案：1．C　2．√　3．√",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota,
             leaf.min_rd_spend_wan, leaf.period_years_max, leaf.enterprise_lead_only,
             leaf.qualifications) for leaf in leaves] == [
        ("YM25ZD01", "高新技术股", 30, 50, 2, 150, 2, True, []),
        ("YM25ZD02", "高新技术股", None, 40, None, None, 1, True, ["规上企业"])]


def test_a_terms_table_by_class_and_its_note_for_the_plans_named_after_the_classes() -> None:
    """表1 项目类别 | 支持方式 | 支持强度 | 实施周期 over 研发类 | 前资助 | … and 注：研发类项目申报单位…
    under it: the plan （一）研发类项目 takes its class's row and the note's rules for that class
    (not another class's grants)."""
    text = "\n".join([
        "二、项目类别及支持标准",
        "本年度科技项目分为研发类、转化类两类，各类项目支持标准见表1。",
        "表1　各类项目支持标准",
        "项目类别\t支持方式\t支持强度\t实施周期\t申报主体",
        "研发类\t前资助\t单项50万元～150万元\t不超过2年\t须由企业牵头",
        "转化类\t后补助\t单项不超过100万元\t不超过1年\t企业、高校院所均可申报",
        "注：研发类项目申报单位上年度研发费用不低于300万元，自筹资金与区财政资金比例不低于2:1。",
        "三、支持方向",
        "（一）研发类项目（归口科室：科技创新科）",
        "1.1　集成电路设计与先进封装测试关键技术（方向代码：WH23-YF01）",
        "研究内容：开展高性能模拟芯片设计研发。",
        "拟支持项目数：不超过2项。",
        "（二）转化类项目（归口科室：成果转化科）",
        "2.1　科技成果本地转化（方向代码：WH23-ZH01）",
        "支持内容：支持企业承接高校科技成果在区内转化。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.min_rd_spend_wan, leaf.matching_ratio)
            for leaf in leaves] == [("WH23-YF01", "前资助", 50, 150, 2, 300, 2),
                                    ("WH23-ZH01", "后补助", None, 100, 1, None, None)]


def test_a_costing_letter_its_sums_no_grants() -> None:
    """A 测算函 to the finance bureau: 一、资金需求总体情况 funds nothing, and each direction's
    测算：2项×30万元＝60万元 costs it at its cap — no floor of 60万元 over 不超过30万元."""
    text = "\n".join([
        "关于2023年度区级科技计划项目资金需求测算情况的函",
        "区财政局：",
        "　　一、资金需求总体情况",
        "　　2023年度区级科技计划共10个支持方向，测算资金合计468万元。",
        "　　二、分项测算依据",
        "　　（一）重点研发计划（测算资金218万元）",
        "　　归口股室：高新技术与产业化股",
        "　　本计划各方向统一执行以下标准：采取前资助方式；须由企业牵头申报。",
        "　　1．青稞功能食品精深加工技术研发（方向代码：DL23-ZD01）",
        "　　　　支持标准：每项资助30万元至40万元，拟支持2项。",
        "　　　　测算：2项×40万元＝80万元。",
        "　　2．牦牛乳制品保鲜与品质提升技术研究（方向代码：DL23-ZD02）",
        "　　　　支持标准：每项资助不超过30万元，拟支持2项。",
        "　　　　测算：2项×30万元＝60万元。",
        "　　三、有关说明",
        "　　测算均按各方向支持上限和拟支持数量计算。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota)
            for leaf in leaves] == [("DL23-ZD01", "高新技术与产业化股", 30, 40, 2),
                                    ("DL23-ZD02", "高新技术与产业化股", None, 30, 2)]


def test_a_reply_to_a_deputy_quoting_this_years_calls() -> None:
    """A 人大代表建议答复: （一）2023年度支持情况 (done, no call), （二）2024年度县级科技计划对建议事项的
    安排 holding the parts, a direction's own office in a note (（注：本方向归口县科技局农村科技股。）),
    and 省级科技计划项目推荐 that no one applies for here."""
    text = "\n".join([
        "二、办理情况",
        "（一）2023年度支持情况",
        "　　2023年，县级科技计划共立项18项，安排资金236万元。该部分为已实施项目，不再接受申报。",
        "（二）2024年度县级科技计划对建议事项的安排",
        "　　按照您的建议，2024年度县级科技计划设置以下方向。",
        "　　第一部分　县级重点科技项目",
        "　　本部分项目采取前资助方式，由县科技局科技管理股归口管理，须由企业牵头申报，执行期限一般不超过2年。",
        "　　1．工业硅及光伏材料提质增效技术（LL2024-01）",
        "　　支持工业硅冶炼节能降耗技术攻关，每项资助不超过30万元。",
        "　　2．耕地质量提升与农业面源污染防治（LL2024-04）",
        "　　本方向不限申报主体，企业、事业单位及农民专业合作社均可牵头。每项资助不超过15万元。",
        "　　（注：本方向归口县科技局农村科技股。）",
        "　　第二部分　科技服务",
        "　　3．省级科技计划项目推荐",
        "　　按省科技厅2024年度项目申报通知另行组织，县级不设单独申报渠道。",
        "（三）申报时间",
        "　　2024年4月1日至4月30日。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.enterprise_lead_only)
            for leaf in leaves] == [("LL2024-01", "科技管理股", 30, True),
                                    ("LL2024-04", "农村科技股", 15, False)]


def test_a_filing_form_its_tables_and_the_offices_opinions() -> None:
    """A 备案表 saved as text: 表2's rows the directions (a row of — cells and 本年度暂停受理 none),
    then 支持方向内容摘要, 合规性自查 and the bureaus' 意见 — parts of the form, no directions."""
    text = "\n".join([
        "三、支持方向明细",
        "表2　2025年度支持方向明细",
        "序号\t方向代码\t方向名称\t所属计划\t资助额度（万元）\t拟支持数（项）\t备注",
        "1\tXC25-ZD01\t汽车减振器轻量化与智能悬架关键技术\t县重点研发专项\t30～50\t2\t",
        "2\tXC25-NY01\t软籽石榴高效栽培与采后处理技术\t县农业科技示范专项\t≤15\t2\t",
        "3\tXC25-JL04\t科技企业孵化器运营绩效奖励\t县科技创新奖补\t—\t—\t本年度暂停受理",
        "",
        "四、支持方向内容摘要（摘自指南正文）",
        "XC25-ZD01：重点支持乘用车减振器轻量化设计等关键技术研发。",
        "七、合规性自查",
        "自查事项\t自查结果",
        "是否经公平竞争审查\t是",
        "八、县科学技术局意见",
        "同意报送备案。",
        "九、市科学技术局备案意见",
        "经审核，同意备案。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota)
            for leaf in leaves] == [("XC25-ZD01", 30, 50, 2), ("XC25-NY01", None, 15, 2)]


def test_a_call_script_its_steps_in_brackets_and_cards_said_aloud() -> None:
    """An outbound-call script (外呼话术): 【节点3-A】… steps group ◇B1　… cards (the card's letter
    and number no word of its title), each step's 〔〕 prompt naming the plan's office after a
    comma (，归口县科技局…股), the cards' terms said aloud (最少给10万元，最多给到40万元; 项目干一年半;
    去年研发投入不能少于300万元); a card the bureau does not take this year (县科技局本年度不受理)
    and a free service's card (本卡为免费服务，不涉及资金) fund nothing; the card's format (卡头格式为：
    ⏎ ◇卡号　方向名称（指南代码）。…, a PDF's line starting at the mark) is no card."""
    text = "\n".join([
        "一、使用须知",
        "1．每张“方向卡”对应《指南》中的一个申报方向。卡头格式为：",
        "◇卡号　方向名称（指南代码）。卡名、代码请如实告知企业，便于",
        "其在系统中选择。",
        "二、外呼流程",
        "【节点1】开场白",
        "坐席读：“您好，我是区科技局企业服务专线的工作人员。”",
        "【节点3-A】装备制造企业",
        "〔以下B1—B3方向卡属《指南》“区产业技术攻关计划”，归口区科技局产业技术科。共性口径：前资助；实施期2年。〕",
        "◇B1　数控机床精密主轴关键技术（QX25-ZB01）",
        "坐席读：“第一个是数控机床主轴。单个项目最少给10万元，最多给到40万元，计划支持2个。申报的企业去年研发投入不能少于300万元。”",
        "◇B2　工业机器人减速器国产化（QX25-ZB02）",
        "坐席读：“第二个是减速器。单个项目不超过25万元，项目干一年半就行。”",
        "◇B3　中小企业研发费用后补助（QX25-ZB03）",
        "〔本卡仅作告知：该事项2025年度并入区工信局政策，区科技局本年度不受理。〕",
        "◇B4　专利导航免费辅导（QX25-FW01）",
        "〔本卡为免费服务，不涉及资金，不在系统申报。〕",
        "【节点5】结束语",
        "坐席读：“祝您工作顺利，再见。”",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.min_rd_spend_wan) for leaf in leaves] == [
        ("QX25-ZB01", "数控机床精密主轴关键技术", "产业技术科", 10, 40, 2, 300),
        ("QX25-ZB02", "工业机器人减速器国产化", "产业技术科", None, 25, 1.5, None)]


def test_a_press_release_its_codes_only_in_the_background_notes() -> None:
    """A 新闻通稿: ■ 板块N： sub-heads whose sentence 板块二由…科负责，… is their text (no heading),
    unnumbered ◇ directions, a ■ 申报怎么报？ part ranked as the ■ 板块 heads (not under the last
    direction), and 【背景资料】 whose 附：…方向代码 list gives each direction its code by title —
    the list's lines no directions of their own."""
    text = "\n".join([
        "　　■ 板块一：智能制造攻关",
        "　　据介绍，该板块由区科技局产业科负责组织，项目实施期不超过2年。",
        "　　◇工业母机精密传动部件",
        "　　支持开展滚珠丝杠、直线导轨研发。每个项目资助额度不超过60万元，拟支持2项。",
        "　　◇激光加工装备核心光源",
        "　　支持开展高功率光纤激光器研发。每个项目资助30万元至50万元。",
        "　　■ 板块二：创新主体培育",
        "　　板块二由区科技局服务科负责，以奖补方式兑现。",
        "　　◇科技型中小企业入库奖补",
        "　　对首次入库的企业，给予一次性奖补5万元。",
        "　　■ 申报怎么报？",
        "　　申报单位须于4月30日前在系统中填报。",
        "【背景资料】数读本年度申报指南",
        "　　3　　三个方向",
        "　　附：申报系统方向代码（供读者查询）",
        "　　QY25-A01　工业母机精密传动部件",
        "　　QY25-A02　激光加工装备核心光源",
        "　　QY25-B01　科技型中小企业入库奖补",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_max_wan) for leaf in leaves] == [
        ("QY25-A01", "工业母机精密传动部件", "产业科", 60),
        ("QY25-A02", "激光加工装备核心光源", "产业科", 50),
        ("QY25-B01", "科技型中小企业入库奖补", "服务科", 5)]


def test_a_notice_after_its_sign_off_form() -> None:
    """A notice posted with the 发布审核单 it was signed off on: the form's title and its 编号：…
    serial number are no direction; the notice's directions are."""
    text = "\n".join([
        "某县科学技术局政府信息公开发布审核单",
        "编号：MXKJ-XX-2025-009　　填表日期：2025年3月3日",
        "信息标题\t关于组织申报2025年度科技计划项目的通知",
        "初审意见\t资金额度已与县财政局核对，同意提交复审。",
        "终审意见\t同意发布。",
        "关于组织申报2025年度科技计划项目的通知",
        "一、支持方向",
        "1．高原特色果蔬保鲜技术（MX25-NY01）",
        "研究内容：开展果蔬采后保鲜技术研究。",
        "支持额度：每项资助不超过20万元。",
        "2．光伏组件回收利用技术（MX25-GY01）",
        "研究内容：开展退役光伏组件回收技术研究。",
        "支持额度：每项资助不超过30万元。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        ("MX25-NY01", "高原特色果蔬保鲜技术", 20), ("MX25-GY01", "光伏组件回收利用技术", 30)]


def test_a_prior_performance_review_quoting_the_draft_and_its_adopted_changes() -> None:
    """A 事前绩效评估报告 quoting the draft guideline: its own parts (（一）项目背景, （一）立项必要性,
    五、存在的问题及建议's points) are no directions, an item 统筹用于…，不面向单位申报 funds nothing,
    and the adopted points apply — 不再设立…贷款贴息方向 (named unquoted) withdraws it, and 将该方向
    每项资助最高额度调整为30万元 rewrites the cap of the direction the point named by title."""
    text = "\n".join([
        "一、评估对象基本情况",
        "（一）项目背景",
        "　　本市是泳装名城，2023年全市研发投入增长12%，安排专项资金500万元。",
        "（二）拟设支持方向及标准",
        "1．科技攻关类",
        "　　本类项目采取前资助方式，实施期限不超过2年。",
        "（1）海洋食品精深加工技术",
        "　　方向代码：XC24GG02。支持海珍品精深加工技术研发。每项资助最高40万元，拟支持2项。",
        "（2）泳装面料绿色印染技术",
        "　　方向代码：XC24GG01。支持数码印花技术研发。每项资助最高50万元，拟支持3项。",
        "（3）科技特派员服务工作经费",
        "　　该经费由市科学技术局统筹用于科技特派员下乡服务支出，不面向单位申报。",
        "（4）科技型中小企业贷款贴息",
        "　　方向代码：XC24JB04。按LPR的50%给予贴息，单家企业最高10万元。",
        "二、评估内容与分析",
        "（一）立项必要性",
        "　　专项资金符合政策导向，每项资助20万元的标准合理。得分18分（满分20分）。",
        "三、存在的问题及建议",
        "　　（一）贷款贴息方向与现有政策重叠。建议本年度不设立该方向。市科学技术局已采纳，"
        "2024年度申报指南不再设立科技型中小企业贷款贴息方向。",
        "　　（二）个别方向资助上限偏高。海洋食品精深加工技术方向单项资助上限40万元，建议调整为"
        "30万元。市科学技术局已采纳，在申报指南中将该方向每项资助最高额度调整为30万元，拟支持项数不变。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.funding_max_wan, leaf.quota) for leaf in leaves] == [
        ("XC24GG02", "海洋食品精深加工技术", 30, 2), ("XC24GG01", "泳装面料绿色印染技术", 50, 3)]


def test_a_review_notice_read_from_its_final_texts() -> None:
    """A 方向论证情况及定稿内容的公示: under 三、逐项论证意见及定稿内容 (the directions' container),
    each direction's 原拟内容 (draft sums superseded, even wrapped onto a second line) and 专家意见
    are no terms of it, its 定稿内容 is; a direction whose 论证结论 is 不予列入 funds nothing."""
    text = "\n".join([
        "一、论证会基本情况",
        "　　本次论证会由区科技局主持，专家组由7名专家组成，初稿共列出3个方向。",
        "二、逐项论证意见及定稿内容",
        "（一）区级科技重大专项（归口：高新技术科）",
        "　　本专项定稿共性要求：须由企业牵头申报；项目实施期限不超过3年。",
        "方向1　功率器件制造工艺（代码：XA25ZD01）",
        "　　原拟内容：开展功率器件研究，区财政资助最高500万元，",
        "拟支持2项。",
        "　　专家意见：资助强度偏高，建议下调为每项最高200万元。",
        "　　论证结论：修改后列入。",
        "　　定稿内容：开展功率器件可靠性研究。区财政资助最高300万元，拟支持1项。",
        "方向2　巨量转移关键装备（代码：XA25ZD02）",
        "　　原拟内容：研制巨量转移装备，资助最高300万元，期限1年。",
        "　　专家意见：同意按原拟强度列入。",
        "　　论证结论：同意列入。",
        "　　定稿内容：研制巨量转移装备。区财政资助最高300万元，拟支持不超过2项。",
        "方向3　固态电池电解质材料（原拟代码：XA25ZD03）",
        "　　原拟内容：开展固态电解质研究，资助最高400万元，拟支持1项。",
        "　　专家意见：市级已设同类方向。",
        "　　论证结论：不予列入。",
        "方向4　海洋生物活性物质提取（代码：XA25ZD04）",
        "　　原拟内容：资助50～100万元，期限2年。",
        "　　专家意见：建议缩短周期。",
        "　　论证结论：修改后列入。",
        "　　定稿内容：开展海藻多糖提取研究。资助额度30～60万元，实施期限18个月。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota,
             leaf.period_years_max) for leaf in leaves] == [
        ("XA25ZD01", None, 300, 1, 3), ("XA25ZD02", None, 300, 2, 3),
        ("XA25ZD04", 30, 60, None, 1.5)]


def test_a_staff_handbook_its_knowledge_points_in_brackets() -> None:
    """An 应知应会 handbook: 【知识点3-N】 points group the plans' directions or are items
    themselves; 应知： / 应会： run-in labels; points about everything (…总体安排, 申报单位的基本
    条件, 项目立项后的管理要求, 企业常问的几个问题) fund nothing, nor one whose 具体申报办法另行通知;
    由…股会同县财政局审核 names the office."""
    text = "\n".join([
        "【知识点3-1】今年县级科技计划总体安排",
        "　　应知：县级科技计划安排资金600万元，约30项。",
        "【知识点3-2】申报单位的基本条件",
        "　　应知：申报单位须在本县注册一年以上，每项资助不超过50万元的项目须配套。",
        "【知识点3-3】县重点研发计划（工业领域）",
        "　　应知：本计划由高新技术股归口管理。",
        "　　资助强度：每项20万—50万元。",
        "　　（1）玻璃器皿节能窑炉技术（方向代码：QX24GY01）",
        "　　重点支持全电熔窑炉研发。拟支持2项。",
        "　　（2）高硼硅玻璃精深加工技术（方向代码：QX24GY02）",
        "　　重点支持吹制成型自动化。拟支持1项。",
        "【知识点3-8】科技型企业贷款贴息",
        "　　应知：按实际支付利息的50%给予贴息，单个企业贴息最高15万元。由农村科技股会同县财政局审核。",
        "【知识点3-11】县级科普基地认定",
        "　　应知：2024年度科普基地认定工作的具体申报办法另行通知。",
        "【知识点3-12】项目立项后的管理要求",
        "　　应知：项目延期不超过6个月，中期检查不合格的暂停拨付20万元以上的后续资金。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_max_wan) for leaf in leaves] == [
        ("QX24GY01", "玻璃器皿节能窑炉技术", "高新技术股", 50),
        ("QX24GY02", "高硼硅玻璃精深加工技术", "高新技术股", 50),
        (None, "科技型企业贷款贴息", "农村科技股", 15)]


def test_meeting_minutes_chapters_opened_by_their_times() -> None:
    """A 智能纪要's 章节速览: chapters opened by the time they start at (00:21:08　…), their points
    indented under them. A chapter numbered in words (方向1：…) is a direction; one that is not
    (…专项, 科技创新奖补（…）) holds the numbered chapters after it, its terms theirs alone."""
    text = "\n".join([
        "二、章节速览",
        "",
        "00:00:12　开场：会议安排",
        "　　发言人1介绍今年县科技专项资金总盘子1200万元。",
        "",
        "00:14:50　重点研发计划（医疗器械产业专项）",
        "　　本专项项目须由企业牵头申报，支持方式为前资助，实施期限原则上2年。",
        "",
        "00:21:08　方向1：医用高分子耗材研发（指南代码：JX25YL01）",
        "　　拟支持2项，每项资助30万至50万元。",
        "",
        "00:27:44　方向2：智能监护设备研发（指南代码：JX25YL02）",
        "　　资助金额最高80万元，实施期限可放宽至3年。",
        "",
        "00:37:25　传统特色产业技术提升专项",
        "　　本专项采取后补助方式，单个项目最高不超过30万元，实施期限1年。",
        "",
        "00:41:02　方向3：毛笔制笔工艺数字化（指南代码：JX25CT01）",
        "　　支持笔头分拣自动化改造。",
        "",
        "01:04:22　申报时间和材料报送",
        "　　网上申报时间：2025年4月15日至5月20日。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_mode, leaf.funding_max_wan, leaf.period_years_max,
             leaf.enterprise_lead_only) for leaf in leaves] == [
        ("JX25YL01", "前资助", 50, 2, True), ("JX25YL02", "前资助", 80, 3, True),
        ("JX25CT01", "后补助", 30, 1, None)]


def test_a_benchmarking_report_its_own_findings_no_directions() -> None:
    """A 对标调研报告 restating the year's call: its 调研背景, 与周边县区对比情况 and 存在的主要差距
    (（一）支持强度有差距。…) and the 申报限制 among its 申报要点 fund nothing; the restated
    directions do."""
    text = "\n".join([
        "一、调研背景",
        "　　2023年，全区共立项区级科技计划项目23项，区财政资助资金760万元。",
        "二、2024年度区级科技计划项目设置情况",
        "（一）产业攻关专项（归口：产业科技科）",
        "　　1．高端装备关键部件研发（JW2024-GJ01）。每项资助30万元—50万元。",
        "　　2．新能源汽车零部件轻量化（JW2024-GJ02）。每项资助不超过40万元。",
        "三、与周边县区对比情况",
        "　　铜山区产业攻关类资助额度50万元—100万元，沛县20万元—40万元。",
        "四、存在的主要差距",
        "　　（一）支持强度有差距。铜山区单个项目最高可达100万元，我区为50万元。",
        "　　（二）政策兑现周期偏长。2023年度奖补资金平均兑现周期为7个月。",
        "附：2024年度区级科技计划项目申报要点",
        "　　1．申报时间：2024年3月18日—4月19日。",
        "　　2．申报限制：同一单位本年度限报1项，每项不超过50万元。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan) for leaf in leaves] == [
        ("JW2024-GJ01", 50), ("JW2024-GJ02", 40)]


def test_a_one_thing_service_guide_its_service_items_fund_nothing() -> None:
    """A 高效办成一件事 guide: 事项N blocks, the free services among them (说明：…，本事项不涉及资金 /
    说明：不涉及资金，… / …，不属于财政资金支持事项) fund nothing, nor do 四、申请时间's
    事项05：2025年3月10日—4月10日； lines."""
    text = "\n".join([
        "三、事项办理指引",
        "事项02　高新技术企业认定申报推荐",
        "　　办理方式：企业在认定管理工作网填报后，县科学技术局出具推荐意见。",
        "　　说明：认定由省认定机构组织，本事项不涉及资金。",
        "事项03　技术合同认定登记",
        "　　办理方式：企业在技术合同登记系统填报。",
        "　　说明：不涉及资金，登记后的合同可作为事项06的申请依据。",
        "事项04　研发费用加计扣除政策辅导",
        "　　说明：由税务部门提供政策辅导，企业自行享受，不属于财政资金支持事项。",
        "事项05　县级科技计划项目申报（事项编码：RSKJ2025-05）",
        "　　受理股室：县科学技术局科技计划股",
        "　　支持标准：每项资助不超过30万元。",
        "事项06　技术合同交易奖补（事项编码：RSKJ2025-06）",
        "　　支持标准：按技术交易额的2%给予奖补，最高20万元。",
        "四、申请时间",
        "　　事项05：2025年3月10日—4月10日；",
        "　　事项06：2025年3月10日—5月31日；",
        "　　事项01—04：常年办理。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan) for leaf in leaves] == [
        ("RSKJ2025-05", 30), ("RSKJ2025-06", 20)]


def test_a_live_text_feed_of_a_press_conference() -> None:
    """A 图文直播: posts opened by their time and speaker (10:04　【发布人】…), plans said aloud
    (第一个专项是…专项，由…负责受理。…), and from the first reporter's post (【记者】) questions and
    answers — which qualify other directions, not the last one read before them."""
    text = "\n".join([
        "10:02　【发布人】县科技局局长",
        "今年县级科技计划项目财政安排资金500万元，设置两个专项。",
        "10:04　【发布人】县科技局局长",
        "第一个专项是重点产业技术攻关专项，由县科技局高新技术科负责受理。这个专项统一采取前资助方式，"
        "项目实施期限不超过2年，必须由企业牵头申报。",
        "10:05　【发布人】县科技局局长",
        "方向一：晚熟柑橘精深加工技术攻关（指南代码：YY2024-GJ01）。拟支持1项，资助额度最高不超过50万元。",
        "10:09　【发布人】县科技局局长",
        "第二个专项是科技型企业培育专项，由县科技局成果转化科负责。这个专项全部实行以奖代补。",
        "10:10　【发布人】县科技局局长",
        "事项一：首次认定高新技术企业奖励（指南代码：YY2024-PY01）。一次性奖励15万元。",
        "10:19　【记者】县融媒体中心记者",
        "请问合作社能不能申报？",
        "10:20　【答】县科技局副局长",
        "合作社可以牵头，实施期限可以放宽到3年，每个项目资助20万元到30万元。",
        "10:21　【主持人】新闻办副主任",
        "由于时间关系，提问就到这里。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_mode, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.period_years_max) for leaf in leaves] == [
        ("YY2024-GJ01", "高新技术科", "前资助", None, 50, 2),
        ("YY2024-PY01", "成果转化科", "奖补", 15, 15, None)]


def test_policy_item_forms_a_class_over_label_value_tables() -> None:
    """A 政策事项要素采集表: 类别一　… classes over 事项N headings, each a 要素 | 填写内容 table of
    label | value rows (the header no row, so 事项编码 is the item's own code), a class's 共性要素表
    its terms; a row 执行期限 | 3年（…），分年度考核 before the next item is that item's value, no
    header over the next item's rows. The cover letter's 一、报送范围。… funds nothing."""
    text = "\n".join([
        "　　一、报送范围。本次报送事项依据县级科技计划项目申报指南，每项资助不超过50万元。",
        "　　二、联系方式。高新技术股，0633-6822163。",
        "附件",
        "县科学技术局2024年度政策事项要素采集表",
        "类别二　重点研发计划（农业与社会发展领域）",
        "表2-0　共性要素表",
        "要素\t填写内容",
        "受理股室\t农村科技与社会发展股",
        "执行期限\t2年（2024年7月至2026年6月）",
        "",
        "事项5　丹参良种繁育与精深加工",
        "要素\t填写内容",
        "事项编码\t371122-KJ-2024-05",
        "兑现标准\t每项不超过25万元",
        "执行期限\t3年（2024年7月—2027年6月），分年度考核",
        "",
        "事项6　绿茶标准化加工",
        "要素\t填写内容",
        "事项编码\t371122-KJ-2024-06",
        "兑现标准\t每项15万元",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in leaves] == [
        ("371122-KJ-2024-05", "农村科技与社会发展股", 25, 3),
        ("371122-KJ-2024-06", "农村科技与社会发展股", 15, 2)]


def test_a_risk_notice_its_refuted_claims_no_terms() -> None:
    """A 风险提示 restating the call with ✔ terms and ✘ 流传说法 it refutes (the claim's figures,
    even wrapped onto a flush line, no term of anything); its 基本事实 and 常见不实说法辨析 fund
    nothing."""
    text = "\n".join([
        "一、基本事实",
        "　　（一）县级项目每项资助不超过50万元，申报、评审各环节均不收取任何费用。",
        "二、2024年度正式申报方向及支持标准核对表",
        "（一）县级重点研发项目（归口：高新技术股）",
        "　　本类项目统一标准：采取前资助方式；实施期限一般为2年。",
        "　　✘ 流传说法：“今年重点研发项目改为后补助，企业须先垫资。”——不实，本类",
        "项目仍为前资助，实施期限3年的说法也不实。",
        "【方向1】稀土永磁材料关键技术研发（代码：CT24-ZD01）",
        "　　✔ 资助额度：每项资助30万元至50万元。",
        "　　✘ 流传说法：“稀土方向每项可拿200万元。”——不实。",
        "【方向2】功能性面料绿色印染工艺（代码：CT24-ZD02）",
        "　　✔ 资助额度：每项不超过30万元。",
        "三、常见不实说法辨析",
        "　　1．“本县新设数字孪生专项，每项80万元。”——不实，2024年度未设立该专项。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_mode, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in leaves] == [
        ("CT24-ZD01", "前资助", 50, 2), ("CT24-ZD02", "前资助", 30, 2)]


def test_a_lifecycle_guide_its_stage_terms_and_items_that_are_no_calls() -> None:
    """A 全生命周期政策服务指引: ■ stage banners whose 本阶段统一要求 names the office before its
    phone (受理科室：高新技术科（电话：…）), items as label ⇥ value rows; an item that points to
    another (说　　明⇥见事项2.3，…，不重复列示) or is a free service (说　　明⇥本事项为服务事项，不涉及
    资金支持) is no call."""
    text = "\n".join([
        "■第三阶段　成长期（高新技术企业）",
        "　　本阶段统一要求：申报主体须为有效期内的高新技术企业；受理科室：高新技术科（电话：010-68862375）。",
        "事项3.1　　研发投入增量奖励〔SJS25-CZ-01〕",
        "政策要点\t对上年度研发费用较前一年度增长的企业给予奖励。",
        "支持额度\t按增量部分的20%给予奖励，最高500万元。",
        "事项3.2　　瞪羚企业发展奖励〔SJS25-CZ-02〕",
        "政策要点\t对首次入选瞪羚企业名单的企业给予一次性奖励。",
        "支持额度\t100万元。",
        "事项3.3　　科技创新券",
        "说　　明\t见事项2.3，成长期企业同样适用，不重复列示。",
        "事项3.4　　上市培育辅导",
        "政策要点\t为拟上市企业提供上市辅导对接服务。",
        "说　　明\t本事项为服务事项，不涉及资金支持，由区金融服务办公室负责。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan) for leaf in leaves] == [
        ("SJS25-CZ-01", "高新技术科", 500), ("SJS25-CZ-02", "高新技术科", 100)]


def test_a_report_to_the_congress_its_call_in_one_section() -> None:
    """汇报材料 to a 人大 inspection: 二、…主要工作及成效's (一)–(四) are last year's work, not calls;
    （二）各类项目具体安排 holds the plans numbered 1．–2．; a plan's bracket may give a remark
    before its office (（区市联合资助，基础研究科）), the office its directions take."""
    text = "\n".join([
        "二、2024年主要工作及成效",
        "（一）持续加大区科技计划支持力度。2024年区科技计划共立项97项，安排资助资金2860万元。",
        "（二）深化科技金融结合。全年为43家企业兑现贴息资金312万元。",
        "三、2025年度区科技计划项目组织情况",
        "（一）统一要求",
        "1．申报单位须为在本区内注册的企事业单位。",
        "（二）各类项目具体安排",
        "1．重点领域研发计划（高新技术科）",
        "　　本计划采取前资助方式，项目须由企业牵头申报。",
        "（1）美妆日化原料绿色制备（代码：BY2025-ZD01）",
        "　　支持化妆品新原料绿色制备技术研发。每项资助50万元至100万元。",
        "2．基础与应用基础研究项目（区市联合资助，基础研究科）",
        "　　本类项目高校、科研院所和企业均可牵头申报。",
        "（1）自由探索类（代码：BY2025-JC01）",
        "　　面向青年科研人员，每项资助10万元。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.enterprise_lead_only, leaf.funding_max_wan)
            for leaf in leaves] == [
        ("BY2025-ZD01", "高新技术科", True, 100), ("BY2025-JC01", "基础研究科", False, 10)]


def test_a_comic_strip_script_its_captions_and_bubbles() -> None:
    """A 条漫脚本: 第N格 panels, the artist's 画面： lines no words of the guideline, 字幕： captions
    the headings (第二部分　…, 方向4　…（代码…）), speech bubbles the terms said aloud (这部分归…股管,
    最少给20万元，最多给到50万元, 这个方向干三年) and 这个方向今年暂停受理 closing one."""
    panels = [
        ["画面：橙色横幅展开。", "字幕：第二部分　工业与新能源类",
         "小科：“这部分归县科技局工业科技股管。只能由企业来牵头。”"],
        ["画面：粉煤灰堆场。", "字幕：方向4　粉煤灰综合利用（代码MNS2026-GY01）",
         "马老板：“能给多少钱？”", "小科：“最少给20万元，最多给到50万元，全县支持2个。”"],
        ["画面：葡萄园。", "字幕：方向5　酿酒葡萄埋土防寒（代码MNS2026-GY02）",
         "小科（小字）：“每个项目最多给25万元，这个方向干三年。”"],
        ["画面：车间挂着暂停牌子。", "字幕：方向6　硅基新材料制备（代码MNS2026-GY03）",
         "小科：“这个方向今年暂停受理，大家先别报。”"],
        ["画面：小科挥手。", "小科：“申报时间是3月10日到4月30日。”"],
    ]
    lines = ["【条漫脚本·定稿】", "栏目：漫说政策"]
    for number, panel in enumerate(panels, start=1):
        lines += [f"第{number}格", *panel, "----------------------------------------"]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.enterprise_lead_only, leaf.funding_min_wan,
             leaf.funding_max_wan, leaf.period_years_max) for leaf in leaves] == [
        ("MNS2026-GY01", "工业科技股", True, 20, 50, None),
        ("MNS2026-GY02", "工业科技股", True, None, 25, 3)]


def test_a_bulk_sms_task_log_its_messages_and_a_refused_draft() -> None:
    """A 政务短信平台 task log: 【任务N】 blocks of metadata before 短信内容：, the message after it
    (its 【…科技局】 tag and 退订回T dropped); a task 审核驳回（未发送） never reached anyone — its
    draft's sums are no terms."""
    text = "\n".join([
        "【任务1】",
        "任务编号：SYKJ2024030802",
        "提交时间：2024-03-08 10:05:47　　审核人：李○○　　状态：已发送",
        "计费条数：8条/户　　发送成功：76　　失败：1（空号）",
        "短信内容：",
        "【沙洋县科技局】2024年县级科技计划申报提示之二",
        "一、重点研发类（受理股室：科技股）",
        "本类项目须由企业牵头申报，每项资助不超过50万元。",
        "方向1：优质稻米精深加工",
        "支持稻米副产物高值化利用，拟支持2项。",
        "退订回T",
        "【任务2】",
        "任务编号：SYKJ2024031103",
        "提交时间：2024-03-11 15:40:02　　审核人：李○○　　状态：审核驳回（未发送）",
        "短信内容：",
        "【沙洋县科技局】2024年县级科技计划申报提示之三",
        "二、成果转化类",
        "方向2：农业科技成果转化与示范",
        "按投入的30%给予补助，每项最高80万元。",
        "【任务3】",
        "任务编号：SYKJ2024031204",
        "提交时间：2024-03-12 09:00:00　　审核人：李○○　　状态：已发送",
        "短信内容：",
        "【沙洋县科技局】2024年县级科技计划申报提示之三（更正）",
        "二、成果转化类（受理股室：成果转化股）",
        "方向2：农业科技成果转化与示范",
        "按投入的20%给予补助，每项最高50万元。退订回T",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.office, leaf.funding_max_wan) for leaf in leaves] == [
        ("优质稻米精深加工", "科技股", 50), ("农业科技成果转化与示范", "成果转化股", 50)]


def test_a_notice_list_page_a_later_notice_adding_a_plan() -> None:
    """A 通知公告 list page: the call (its 附件：….doc links after it), then a later 关于增设…补充方向的
    通知 whose 四、… plan is the call's too — not part of the attachments' list; and 科技创新券's
    申领的具体办法另行通知 closes it."""
    text = "\n".join([
        "　　（三）科技型企业研发奖补（归口科室：政策法规股）",
        "　　3.1　高新技术企业认定奖励",
        "　　对首次通过认定的企业，给予10万元奖励。",
        "　　3.2　科技创新券",
        "　　2025年度科技创新券申领的具体办法另行通知。",
        "附件：1.2025年度科技计划项目申报书（模板）.doc",
        "　　　2.科研诚信承诺书.doc",
        "奉节县科学技术局",
        "2025年3月10日",
        "================================================================",
        "关于增设2025年度县科技计划脐橙产业链补充方向的通知",
        "各有关单位：",
        "　　经研究，增设脐橙产业链专项，有关事项通知如下。",
        "　　四、脐橙产业链专项（归口科室：农村科技股）",
        "　　支持方式：前资助。",
        "　　4.1　脐橙果酒精深加工关键技术",
        "　　指南代码：FJ2025QC01",
        "　　支持额度：每项50～80万元，拟支持1项。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.office, leaf.funding_max_wan) for leaf in leaves] == [
        ("高新技术企业认定奖励", "政策法规股", 10),
        ("脐橙果酒精深加工关键技术", "农村科技股", 80)]


def test_an_audit_rectification_report_its_own_parts_fund_nothing() -> None:
    """An 审计整改情况报告 with the revised guideline attached: 一、整改工作总体情况, 二、审计发现问题
    及整改落实情况 (its （一）关于“…”的问题 items quoting old sums) and 三、下一步工作打算 fund
    nothing; 科技创新券申领工作另行通知 closes that item."""
    text = "\n".join([
        "　　一、整改工作总体情况",
        "　　收到审计报告后，局党组专题研究部署整改工作，资助上限下调至100万元。",
        "　　二、审计发现问题及整改落实情况",
        "　　（一）关于“资助额度偏高”的问题",
        "　　审计指出：2023年度重点研发项目单项资助上限为200万元。",
        "　　三、下一步工作打算",
        "　　我局将持续完善科技计划项目全过程管理制度。",
        "附件",
        "2025年度科技计划项目申报指南（整改后修订版）",
        "第三部分　企业研发后补助",
        "　　本部分事项均采取后补助方式，归口科室：政策法规科。",
        "　　（一）企业研发投入后补助",
        "　　按增量部分的15%给予补助，单个企业最高不超过50万元。",
        "　　（二）科技创新券",
        "　　2025年度科技创新券申领工作另行通知。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.office, leaf.funding_max_wan) for leaf in leaves] == [
        ("企业研发投入后补助", "政策法规科", 50)]


def test_a_table_note_naming_rows_by_direction_number() -> None:
    """注：1.方向2申报单位上年度研发费用不低于300万元。2.方向3申报单位须为高新技术企业。3.… under a
    table of directions numbered 1–3: each item is the row its 方向N names, not every row's."""
    text = "\n".join([
        "第一部分　重点研发计划",
        "　　支持方式：前资助。项目须由企业牵头申报。",
        "序号\t方向名称\t指南代码\t支持额度\t拟支持项数",
        "1\t鞋类智能化柔性生产线关键技术研究\tLC25ZD01\t不超过80万元\t2",
        "2\t皮革清洁化生产与废水资源化利用\tLC25ZD02\t不超过60万元\t1",
        "3\t中小微企业工业互联网轻量化应用\tLC25ZD03\t不超过40万元\t不限",
        "　　注：1.方向2申报单位上年度研发费用不低于300万元。2.方向3申报单位须为高新技术企业。"
        "3.“不限”指拟支持项数不作限定。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.min_rd_spend_wan, leaf.qualifications) for leaf in leaves] == [
        ("LC25ZD01", None, []), ("LC25ZD02", 300, []), ("LC25ZD03", None, ["高新技术企业"])]


def test_an_open_letter_its_plans_with_slogans_and_codes_labelled_without_colons() -> None:
    """A 致企业家的一封信: plans named with a slogan after a dash (三、科技创新奖补计划——干成了，政府给
    您“发奖金”), directions closed by a code labelled without a colon (（方向代码SC2602）) and a
    quota said aloud (今年打算支持3个)."""
    text = "\n".join([
        "二、工业技术创新计划——帮企业把生产难题变成研发课题",
        "　　这个计划由区科技局高新技术股负责，只面向企业，须由企业牵头申报。",
        "1．玉米深加工及生物发酵产品开发（方向代码SC2606）",
        "　　支持企业开展生物发酵产品的工艺升级。每个项目资助最高40万元，今年打算支持3个。",
        "三、科技创新奖补计划——干成了，政府给您“发奖金”",
        "　　这个计划由区科技局科技服务股负责，采取以奖代补方式。",
        "1．高新技术企业首次认定奖补",
        "　　对首次通过认定的高新技术企业，一次性奖励15万元。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.office, leaf.quota, leaf.funding_mode)
            for leaf in leaves] == [
        ("SC2606", "玉米深加工及生物发酵产品开发", "高新技术股", 3, None),
        (None, "高新技术企业首次认定奖补", "科技服务股", None, "奖补")]


def test_an_oa_record_its_dated_log_lines_no_chat() -> None:
    """An OA 收文处理笺 ending in its flow log (2024-03-18 15:10　收文登记… one a line, nothing
    under any): dated lines like a chat's message heads, but no messages — the call above them
    is read, the parse does not fail; an item whose terms are 另行商定，本年度不组织申报 is none."""
    text = "\n".join([
        "（一）重点研发计划（归口：科技股）",
        "　　本计划采取前资助方式，项目实施期限2年。",
        "　　1.玉米淀粉糖高效转化技术（指南代码：NAKJ2024-01）",
        "　　支持玉米淀粉糖及多元醇转化技术研发，每项资助不超过50万元。",
        "流转记录：",
        "　　2.闽宁联合实验室",
        "　　具体建设方案及支持标准由双方另行商定，本年度不组织申报。",
        "2024-03-18 15:10　收文登记（办公室　张某）",
        "2024-03-18 17:26　拟办（经发局　王某某）",
        "2024-03-19 09:03　批示（李某某）",
        "2024-03-19 09:40　分送传阅",
        "2024-03-19 16:42　导出",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan) for leaf in leaves] == [
        ("NAKJ2024-01", "科技股", 50)]


def test_a_division_of_work_plan_its_owners_after_the_titles() -> None:
    """A 任务分工方案: each item's title followed, spaced, by who answers for it (　　责任人：刘某某
    　　配合：…) — no words of the title; an item 不纳入本次申报受理范围 is none."""
    text = "\n".join([
        "（二）县级重点研发计划（农业和社会发展领域）",
        "　　牵头领导：陈副局长　　责任股室：农村科技股",
        "　　计划说明：本计划采取前资助方式，每项资助金额不超过20万元，执行期限1年。",
        "",
        "　　1．高原夏菜绿色种植与连作障碍防治　　责任人：刘某某",
        "　　支持内容：开展高原夏菜主产区土壤连作障碍成因分析。",
        "　　支持标准：拟支持3项。",
        "",
        "　　2．中药材规范化种植与初加工　　责任人：周某某　　配合：农业农村局",
        "　　支持内容：开展道地中药材良种繁育研究。",
        "　　支持标准：拟支持2项，每项资助10—15万元。",
        "",
        "　　3．科技特派员服务团队建设",
        "　　说明：本方案不安排项目资金，不纳入本次申报受理范围。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.quota) for leaf in leaves] == [
        ("高原夏菜绿色种植与连作障碍防治", 20, 3), ("中药材规范化种植与初加工", 15, 2)]


def test_a_hotline_tickets_reply_its_form_rows_are_no_direction() -> None:
    """A 12345 工单办理情况回复单: the form's title over its 工单编号 row is no direction's box
    (a ticket's number is no code): the directions are the reply's."""
    text = "\n".join([
        "",
        "工单办理情况回复单",
        "工单编号\tSJZ12345-2025031400562",
        "诉求人\t王女士（某生物医药企业）",
        "诉求内容\t来电人反映：其公司2024年研发费用约160万元，想咨询今年区里有哪些科技项目可以申报。",
        "承办单位\t石家庄市藁城区科学技术局",
        "办理结果\t王女士：您好！现将申报指南的主要内容答复如下：",
        "一、可申报的具体方向",
        "（一）区级重点研发计划（高新技术股归口）",
        "本计划采取前资助方式，须由企业牵头申报。",
        "1.生物医药与大健康方向（代码：GC2025-ZD01）。支持中药配方颗粒研发，每项资助50万元～80万元。",
        "2.高端装备与新材料方向（代码：GC2025-ZD02）。支持智能输送装备研发，单个项目资助最高60万元。",
        "二、申报时间",
        "网上申报时间为2025年3月20日至4月25日。",
        "回复时间\t2025年3月18日",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan) for leaf in leaves] == [
        ("GC2025-ZD01", "高新技术股", 80), ("GC2025-ZD02", "高新技术股", 60)]


def _srt_paused_alike(spoken: list[str]) -> str:
    """Subtitles as a captioner's tool sets them: every cue 120 ms after the one before."""
    cues, start = [], 1000
    for number, text in enumerate(spoken, 1):
        end = start + 3000
        stamp = [f"00:{ms // 60000:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}" for ms in (start, end)]
        cues.append(f"{number}\n{stamp[0]} --> {stamp[1]}\n{text}\n")
        start = end + 120
    return "\n".join(cues)


def test_a_voice_overs_subtitles_paused_alike_read_by_their_sentences() -> None:
    """SubRip cues 120 ms apart throughout (no pause tells a paragraph): each sentence is
    read whole on its first cue; 第一大类，…，由…股归口。 a class, 第一条，… its spoken rules
    (no article of a notice), 方向一，…， ⏎ 申报代码是…。 a direction and its code, 奖补一，…。
    an award; 要是 / 要已经 / 不能低于 the rules said aloud."""
    text = _srt_paused_alike([
        "第一大类，县级重点研发计划，", "由科技管理股归口。", "这一类有三条共性要求。",
        "第一条，必须由企业牵头申报，", "高校可以作为合作单位参加。",
        "第二条，牵头企业上一年度的研发费用，", "不能低于50万元。",
        "方向一，尤溪金柑采后保鲜与精深加工，", "申报代码是YX24-01。", "这个方向最高补助30万元，",
        "拟支持2项。", "方向二，红芽芋脱毒种苗繁育，", "代码YX24-02。", "补助标准是10万元到20万元。",
        "第二大类，科技创新奖补，", "由成果转化股归口。", "奖补一，高新技术企业认定奖励。",
        "一次性奖励8万元，申报单位要是规上企业。", "奖补二，科技型中小企业研发费用补助。",
        "最高10万元，", "申报企业要已经入库科技型中小企业，", "而且上年度研发费用不低于20万元。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_max_wan, leaf.min_rd_spend_wan,
             leaf.enterprise_lead_only) for leaf in leaves] == [
        ("尤溪金柑采后保鲜与精深加工", "YX24-01", "科技管理股", 30, 50, True),
        ("红芽芋脱毒种苗繁育", "YX24-02", "科技管理股", 20, 50, True),
        ("高新技术企业认定奖励", None, "成果转化股", 8, None, True),
        ("科技型中小企业研发费用补助", None, "成果转化股", 10, 20, True)]
    assert leaves[0].source_line == 31  # (方向一's cue: the 8th, its text on line 31)


def test_a_window_agents_cards_in_lettered_groups() -> None:
    """A 帮办代办 handbook: 卡组A　… groups (a learned word, lettered) holding 【帮办事项卡TX-KJ-A1】
    cards (a word, then a code of one digit), each card's steps 先问 (the firm asked) / 再核
    (its conditions) / 告知 (the terms); a group's ▷ rule of one sentence is no heading; a
    card whose 告知 says 不涉及资金 funds nothing; a running header with the page number
    beside it is no text of the card above it; ▷本组拟支持6项 is each card's count."""
    text = "\n".join([
        "卡组A　重点研发计划（归口：县科技局科技项目股）",
        "本组统一告知：",
        "　　▷重点研发计划项目须由企业牵头申报。",
        "　　▷项目执行期一般不超过2年。",
        "　　▷自筹经费与财政资助比例不低于1:1",
        "【帮办事项卡TX-KJ-A1】清真牛羊肉精深加工关键技术研究",
        "　　先问：企业是否为清真食品生产企业？是否有合作的高校？",
        "　　再核：①企业须为规上企业；②上年度研发费用不低于50万元。",
        "　　告知：每项支持30万～50万元，拟支持2项。",
        "　　转办：科技项目股。",
        "【帮办事项卡TX-KJ-A2】同心圆枣及小杂粮产后加工技术研究",
        "　　告知：财政资助每项最高不超过30万元，执行期18个月。",
        "同心县政务服务中心“帮办代办”服务工作手册·科技创新类事项分册　　　　　　— 3 —",
        "卡组B　成果转化及企业创新奖补（归口：县科技局成果转化股）",
        "本组统一告知：",
        "　　▷本组拟支持6项。",
        "【帮办事项卡TX-KJ-B0】科技型中小企业评价入库帮办",
        "　　告知：本事项为服务类事项，不涉及资金，代办员协助企业完成网上填报和自评即可，"
        "入库后可享受研发费用加计扣除等税收政策。",
        "【帮办事项卡TX-KJ-B1】首次认定国家高新技术企业奖补",
        "　　告知：对2023年度首次认定的国家高新技术企业，一次性给予奖补100000元。",
        "【帮办事项卡TX-KJ-B2】技术合同交易后补助",
        "　　告知：按实际交易额的5%给予后补助，最高不超过20万元。",
        "同心县政务服务中心“帮办代办”服务工作手册·科技创新类事项分册　　　　　　— 4 —",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.period_years_max,
             leaf.min_rd_spend_wan, leaf.quota) for leaf in leaves] == [
        ("TX-KJ-A1", "县科技局科技项目股", 50, 2, 50, 2),
        ("TX-KJ-A2", "县科技局科技项目股", 30, 1.5, None, None),
        ("TX-KJ-B1", "县科技局成果转化股", 10, None, None, 6),
        ("TX-KJ-B2", "县科技局成果转化股", 20, None, None, 6)]
    assert "帮办代办" not in (leaves[3].content or "")
    assert leaves[1].matching_ratio == 1  # (a ratio's colon, no title's)


def test_a_service_log_of_dated_entries_carrying_the_call() -> None:
    """A 科技特派员服务日志: each day's entry under a 日志第N篇 banner between ━━━ rules (its
    日　　期：…　　天气：… labels no table's header), its 一、…三、 parts starting again at one; the
    call only in the 宣讲记录 parts, 现场问答： closing what was said of the directions before
    it; a direction 这个方向…本年度暂停受理 as someone said; the last day's entry, whose parts
    fund nothing, no direction."""
    rule = "━" * 28
    text = "\n".join([
        rule, "日志第1篇", rule,
        "日　　期：2025年4月8日（星期二）　　天气：小雨转阴", "服务对象：橡胶合作社代表，共37人", "",
        "一、技术服务", "　　上午在试验林段查看林下种植的益智长势。", "",
        "二、宣讲记录", "　　（一）农业科技攻关类（县科工信局农业科技股受理）",
        "　　本类项目统一采取前资助方式，项目实施期不超过2年。", "",
        "　　方向1．橡胶林下经济高效种植模式示范",
        "　　　　开展林下复合种植模式示范。单个项目资助不超过10万元，拟支持2项。", "",
        "　　方向2．南药规范化种植与产地初加工技术",
        "　　　　开展南药良种选育研究。资助额度8万元～12万元。", "",
        "　　现场问答：", "　　问：合作社能不能报？", "　　答：方向1牵头单位不限，合作社可以牵头。", "",
        "三、下一步工作", "　　1．4月15日前回访合作社。", "",
        rule, "日志第2篇", rule,
        "日　　期：2025年4月14日（星期一）　　天气：多云", "服务对象：县内规模以上工业企业代表", "",
        "一、技术服务", "　　查看企业中试车间。", "",
        "二、宣讲记录", "　　（二）科技创新奖补类（县科工信局科技综合股受理）",
        "　　方向3．高新技术企业认定奖励",
        "　　　　对首次通过认定的高新技术企业，给予一次性奖励20万元。", "",
        "　　方向4．科技特派员创业示范项目",
        "　　　　陈××说明：这个方向省里正在调整政策，本年度暂停受理，具体安排另行通知。", "",
        "三、下一步工作", "　　整理问答。", "",
        rule, "日志第3篇", rule,
        "日　　期：2025年4月17日（星期四）　　天气：阵雨", "服务对象：种养大户代表，共26人", "",
        "一、技术服务", "　　查看百香果园。", "",
        "二、宣讲记录", "　　（一）共性要求（适用于以上各类项目）", "　　申报单位须在县内注册。", "",
        "三、下一步工作", "　　汇总材料。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.office, leaf.funding_max_wan, leaf.period_years_max,
             leaf.enterprise_lead_only) for leaf in leaves] == [
        ("橡胶林下经济高效种植模式示范", "县科工信局农业科技股", 10, 2, None),
        ("南药规范化种植与产地初加工技术", "县科工信局农业科技股", 12, 2, None),
        ("高新技术企业认定奖励", "县科工信局科技综合股", 20, None, True)]


def test_a_survey_tables_plan_rows_say_office_and_terms_spaced() -> None:
    """A 需求摸底表: each plan a row across the table, its office and terms set apart by
    full-width spaces (一、…计划　归口：…股　本计划…), read as the bracket they mean; the
    columns the townships fill in left blank; 表中“支持标准”为…上限或定额 makes no fixed amount a
    cap; a ▷ bullet's 本组拟支持6项 the group's count."""
    text = "\n".join([
        "填表说明：表中“支持标准”为财政资助上限或定额。",
        "序号\t申报方向（代码）\t支持标准\t主要申报条件\t拟申报单位（乡镇填写）\t联系人及电话（乡镇填写）",
        "一、科技创新引导计划\u3000归口：科技管理股\u3000本计划项目实施期限均为2年，须由企业牵头申报",
        "1\t黑木耳菌种选育与标准化栽培技术集成（JH2025-01）\t定额资助20万元\t申报单位须为入库科技型中小企业\t\t",
        "2\t木耳多糖提取及即食木耳产品开发（JH2025-02）\t资助10～25万元\t自筹资金与财政资助比例不低于1:1\t\t",
        "二、乡村振兴科技支撑计划\u3000归口：农村科技股",
        "3\t科技特派员创业及技术服务（JH2025-03）\t每项5万元\t项目实施期限1年\t\t",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.enterprise_lead_only) for leaf in leaves] == [
        ("JH2025-01", "科技管理股", 20, 20, 2, True), ("JH2025-02", "科技管理股", 10, 25, 2, True),
        ("JH2025-03", "农村科技股", 5, 5, 1, None)]


def test_a_trainee_handbooks_talks_hold_their_directions() -> None:
    """A 学员手册: each 第N讲 a class of directions (第二讲　产业技术攻关项目) its 【本讲要点】
    terms over them — a table whose 序号 says 2-1 (the blank cells at a row's end lost with its
    tabs), or 【方向3-1】… paragraphs; a talk timed （约8分钟） is one direction's."""
    text = "\n".join([
        "第二讲\u3000产业技术攻关项目",
        "产业技术攻关项目由市科技局产业科技股归口管理，采取前资助方式。项目实施期限不超过2年。",
        "序号\t方向名称\t主要内容\t支持额度\t拟支持数\t备注",
        "2-1\t钢铁及金属材料绿色冶炼技术\t高炉煤气综合利用\t50～80万元\t1项\t",
        "2-2\t新型建材与矿产资源综合利用\t尾矿制备新型建材\t不超过50万元\t2项\t",
        "2-3\t电子信息与智能装备\t小型农机智能化装备研制\t30万元\t2项\t本方向实施期限可延长至3年",
        "第三讲\u3000农业与社会发展科技项目",
        "农业与社会发展科技项目由市科技局农村与社会发展股归口管理，采取前资助方式，项目实施期限为1年。",
        "【方向3-1】春砂仁良种繁育与林下生态种植",
        "开展阳春砂良种选育研究。每项支持15～20万元，拟支持2项。",
        "【方向3-2】马水桔黄龙病综合防控与品质提升",
        "开展柑橘黄龙病早期快速检测技术集成示范。支持额度最高20万元。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.office, leaf.funding_max_wan, leaf.quota, leaf.period_years_max)
            for leaf in leaves] == [
        ("钢铁及金属材料绿色冶炼技术", "产业科技股", 80, 1, 2),
        ("新型建材与矿产资源综合利用", "产业科技股", 50, 2, 2),
        ("电子信息与智能装备", "产业科技股", 30, 2, 3),
        ("春砂仁良种繁育与林下生态种植", "农村与社会发展股", 20, 2, 1),
        ("马水桔黄龙病综合防控与品质提升", "农村与社会发展股", 20, None, 1)]


def test_a_policy_insert_of_numbered_cards_in_boxes() -> None:
    """A 政策说明书 written as a drug's insert: —— 说明书 No.01 —— over each card (its number,
    no heading), 【政策名称】 its title, 【用法用量】 its money, 【有效期】 its period; a box's
    【本盒通用用法】 and 【本盒主管股室】 its cards' terms and office; 一、通用说明 and a box whose
    county level 本年度不受理 fund nothing; 政策名称：…的通知 names no direction."""
    text = "\n".join([
        "政策名称：彭阳县科学技术局关于组织申报2025年度科技计划项目的通知",
        "一、通用说明（适用于全部说明书）",
        "【通用适用对象】在彭阳县注册登记、具有独立法人资格的企事业单位。",
        "【有效期】本说明书自发布之日起至2025年12月31日有效。",
        "二、第一盒　农业科技创新（说明书第1—2号）",
        "【本盒通用用法】第一盒各说明书均采取前资助方式；须由企业牵头申报；实施期限不超过2年。",
        "【本盒主管股室】农村科技股（联系人：马　霞　0954-7012316）",
        "—— 说明书 No.01 ——",
        "【政策名称】红梅杏提质增效与贮运保鲜关键技术研究",
        "【说明书编号】PY25-NK-01",
        "【适应症】开展花期防冻、采后预冷与气调贮藏等技术研究。",
        "【用法用量】每项资助30～50万元，拟支持2项。",
        "—— 说明书 No.02 ——",
        "【政策名称】肉牛高效繁育与粪污资源化利用技术集成示范",
        "【说明书编号】PY25-NK-02",
        "【用法用量】每项资助最高不超过40万元，拟支持1项。",
        "【有效期】项目实施期为18个月。",
        "三、第二盒　科技创新券",
        "【本盒说明】2025年科技创新券由固原市科技局统一发放，县本级本年度不受理。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_max_wan, leaf.period_years_max,
             leaf.funding_mode, leaf.enterprise_lead_only) for leaf in leaves] == [
        ("PY25-NK-01", "红梅杏提质增效与贮运保鲜关键技术研究", "农村科技股", 50, 2, "前资助", True),
        ("PY25-NK-02", "肉牛高效繁育与粪污资源化利用技术集成示范", "农村科技股", 40, 1.5, "前资助",
         True)]


def test_an_sop_clauses_lettered_terms_are_fields() -> None:
    """An ISO-style 作业指导书: each direction a 7.2.1　… clause, its terms lettered a)　事项代码：…
    b)　资助强度：… — fields of the clause, no headings of their own."""
    text = "\n".join([
        "7.2\u3000A类事项（前资助）\u3000归口：产业促进科",
        "7.2.1\u3000轨道交通装备智能运维关键技术攻关",
        "a)\u3000事项代码：FT24-A01",
        "b)\u3000资助强度：每项100万～300万元。",
        "c)\u3000审核要点：须提供不少于1条在营线路的应用场景证明。",
        "7.2.2\u3000商业航天卫星载荷与测运控技术研发",
        "a)\u3000事项代码：FT24-A02",
        "b)\u3000资助强度：单项资助上限200万元。",
        "c)\u3000执行期：18个月。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in leaves] == [
        ("FT24-A01", "轨道交通装备智能运维关键技术攻关", "产业促进科", 300, None),
        ("FT24-A02", "商业航天卫星载荷与测运控技术研发", "产业促进科", 200, 1.5)]


def test_a_reply_letters_answers_by_the_questions_they_quote() -> None:
    """A 复函 answering a firm's letter point by point, each part 关于“…”的问题 and its 答：…:
    the overview's answer (总体怎么安排) and one whose item 县科技局本年度不单独受理申报 fund
    nothing; the class answers hold the directions."""
    text = "\n".join([
        "　　一、关于“今年县级科技计划总体怎么安排”的问题",
        "　　答：2024年度安排县级科技专项资金0.032亿元，全县计划支持不超过26个项目，奖补事项每项最高10万元。",
        "　　二、关于“县级重点研发项目有哪些方向、支持多少”的问题",
        "　　答：重点研发项目由县科技局科技计划股归口管理，采取前资助方式，项目实施期限一般不超过2年。今年设两个方向：",
        "　　（一）高原夏菜绿色种植技术集成（方向编号：GG24-YF01）",
        "　　每项资助不超过20万元，拟支持2项。",
        "　　（二）辣椒精深加工技术研发（方向编号：GG24-YF02）",
        "　　每项资助不超过30万元，拟支持1项。",
        "　　三、关于“乡村振兴科技特派员服务项目能否由我公司申报”的问题",
        "　　答：该项目今年由天水市科技局统一组织遴选，县科技局本年度不单独受理申报，每项资助5万元。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in leaves] == [("GG24-YF01", "科技计划股", 20, 2), ("GG24-YF02", "科技计划股", 30, 2)]



def test_a_reports_time_and_next_step_sections_fund_nothing() -> None:
    """A 政务信息 reporting the call: its 时间安排 and 下一步工作 parts (dates, a 一是…二是… plan of
    work naming 帮办代办 and 5个工作日) are no directions."""
    text = "\n".join([
        "三、支持方向",
        "（一）电声产业强链专项（市科技局产业科归口）",
        "1.智能音频终端关键技术研发方向。每项资助不超过50万元，拟支持2项。",
        "2.电声材料与元器件研发方向。每项资助不超过30万元，拟支持3项。",
        "四、时间安排",
        "前资助项目网上申报时间为2025年3月20日至4月30日，奖补事项受理时间为4月1日至6月30日，每项最高20万元。",
        "五、下一步工作",
        "一是加强政策宣讲，举办申报辅导会3场。二是强化评审监督，评审结果公示不少于5个工作日，每家企业奖励10万元。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        ("智能音频终端关键技术研发方向", 50), ("电声材料与元器件研发方向", 30)]



def test_a_podcasts_comment_thread_under_its_notes_is_no_part_of_its_last_chapter() -> None:
    """Show notes by chapter time, then the page's one thread header (评论（46）　热门 ｜ 最新)
    and listeners' questions with the hosts' replies (⑤是每项15万吧？): the last chapter, a
    note on last year's pitfalls, takes no amount from them and is no direction."""
    text = "\n".join([
        "【时间轴 & 笔记】",
        "43:52 ⑧ 高新技术企业认定奖补",
        "· 对首次通过认定的高新技术企业，以奖代补一次性给予10万元；重新认定的，给予5万元。",
        "47:30 ⑨ 创新平台奖补（按平台级别分两档）",
        "  ⑨-1 新获批省级创新平台（重点实验室、技术创新中心、工程技术研究中心）",
        "  · 一次性奖补50万元；依托单位类型不限",
        "  ⑨-2 新认定市级创新平台",
        "  · 一次性奖补15万元；依托单位类型不限",
        "51:10 第四部分｜软科学研究计划",
        "· 今年软科学研究计划暂停受理。",
        "53:02 什么时候报、交什么、找谁",
        "55:40 结尾彩蛋｜去年验收里最常见的三个坑",
        "· 经费科目调整不报备、考核指标写得太虚、合作协议没盖章。",
        "——————————",
        "评论（46）　　热门 ｜ 最新",
        "",
        "甘州区某卫生院　03-20 09:02　IP属地：甘肃",
        "⑤是每项15万吧？我们院想和县医院一起报。",
        "　　主播 阿川 回复：对，15万元。联合申报没问题，牵头单位只能一个。",
        "展开更多评论（40）＞",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        ("高新技术企业认定奖补", 10), ("新获批省级创新平台（重点实验室、技术创新中心、工程技术研究中心）", 50),
        ("新认定市级创新平台", 15)]



def test_a_livestream_product_table_its_groups_barred_and_its_cells_in_parts() -> None:
    """A 直播 排品表 whose title column is glossed 政策品（方向）: its group rows (▍第一组…（归口：…）
    ｜组内统一：…) hold the rows after them with the terms after the bar; a 卖点卡 cell's parts
    (最高80万元｜拟支持1项, 以奖代补｜对…) are the row's amount, count and way; rows 3A, 3B are
    parts of row 3号, its 18个月 theirs; a group named 研发后补助与平台奖补 leaves each row its own
    way."""
    text = "\n".join([
        "四、排品表（政策品上架顺序）",
        "链接\t时段\t政策品（方向）\t卖点卡（弹窗字幕）\t主播话术要点",
        "▍第一组\u3000产业技术攻关（归口：高新技术科）｜组内统一：事前资助；实施期不超过24个月；须由企业牵头",
        "1号\t19:42—19:49\t海上风电运维装备智能巡检技术 指南代码：LFKJ2026-01\t最高80万元｜拟支持1项\t去年全市共立项46项、下达资金1360万元。",
        "2号\t19:49—19:56\t海洋渔获冷链保鲜与品质追溯技术 指南代码：LFKJ2026-02\t30万—50万元/项｜拟支持2项\t强调自筹。",
        "3号（组合链接）\t19:56—20:08\t新型显示与电子元器件（本链接下分3A、3B两款）\t两款实施期均为18个月｜两款合计拟支持3项\t点进去选款。",
        "3A\t同上\tMini LED背光模组驱动芯片应用验证 指南代码：LFKJ2026-03A\t最高40万元\t讲应用验证。",
        "3B\t同上\t片式电感自动化绕线与检测工艺 指南代码：LFKJ2026-03B\t定额支持30万元\t讲车间。",
        "▍第二组\u3000研发后补助与平台奖补（归口：科技成果与合作科）｜本组为事后兑现类，按条件申请",
        "4号\t20:30—20:36\t企业研发投入后补助 指南代码：LFKJ2026-07\t事后补助｜申报主体：有效期内的高新技术企业｜按上年度研发费用增量的10%补助，单家最高100万元\t算一笔账。",
        "5号\t20:36—20:40\t新认定省级工程技术研究中心奖补 指南代码：LFKJ2026-08\t以奖代补｜对2025年新认定的省级工程技术研究中心依托企业，一次性奖励30万元\t点赞。",
        "五、下播后",
        "1．当晚22:00前导出数据，次日出复盘简报。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan, leaf.funding_mode,
             leaf.period_years_max, leaf.quota) for leaf in leaves] == [
        ("LFKJ2026-01", "高新技术科", None, 80, "前资助", 2, 1),
        ("LFKJ2026-02", "高新技术科", 30, 50, "前资助", 2, 2),
        ("LFKJ2026-03A", "高新技术科", None, 40, "前资助", 1.5, None),
        ("LFKJ2026-03B", "高新技术科", 30, 30, "前资助", 1.5, None),
        ("LFKJ2026-07", "科技成果与合作科", None, 100, "后补助", None, None),
        ("LFKJ2026-08", "科技成果与合作科", 30, 30, "奖补", None, None)]
    assert leaves[4].qualifications == ["高新技术企业"]


def test_a_teaching_case_s_table_grouped_by_dashed_rows_with_a_circled_note() -> None:
    """A teaching case (一、引言 … 四、尾声, the story no direction) quoting the call as 表1: a
    group row 一、重点研发计划（归口：…）——须由企业牵头申报，前资助，实施期2年 holds the rows
    after it; NC2503-1, NC2503-2 are parts of NC2503; the note's ① names a group (its rows'
    rule), ③ a row by its code, ② a legend and ④ last year's guideline (neither)."""
    text = "\n".join([
        "一、引言",
        "\u3000\u30002025年2月26日上午，总经理周建华把科技专员叫进了办公室。“今年一共八千多万元的科技创新资金，你先看看我们能申哪个。”",
        "二、公司概况",
        "\u3000\u3000公司2024年曾申报区级项目1项，申请资助40万元，因材料问题未获立项。",
        "三、南川区2025年度科技计划项目申报指南要点",
        "表1\u3000南川区2025年度科技计划支持方向一览（据指南整理）",
        "方向代码\t支持方向\t财政资助强度\t实施期\t拟支持数",
        "一、重点研发计划（归口：产业科技科）——须由企业牵头申报，前资助，实施期2年",
        "NC2501\t页岩气开采装备关键部件国产化研制\t不超过80万元\t—\t1项",
        "NC2503\t特色中药材提质增效关键技术（设2个子方向，见下）\t\t\t",
        "NC2503-1\t玄参规范化种植与产地初加工技术\t不超过40万元\t—\t1项",
        "NC2503-2\t黄精炮制工艺与功能食品开发\t不超过40万元\t30个月\t1项",
        "二、创新主体培育计划（归口：科技服务科）——后补助，申报主体为在南川区注册的企业",
        "NC2508\t首次认定国家高新技术企业后补助\t一次性补助10万元\t—\t不限",
        "NC2509\t企业研发投入增量后补助\t按上年度研发费用增量的5%补助，最高50万元\t—\t不限",
        "注：①重点研发计划牵头企业上年度研发投入不低于200万元，企业自筹经费与财政资助比例不低于2:1。②表中“—”表示按所属计划的统一要求执行。③NC2509申报企业上年度研发费用不低于100万元。④2024年度指南中同类中药材方向资助上限为60万元，2025年下调为40万元。",
        "四、尾声",
        "\u3000\u30003月底，公司最终决定以NC2503-1为主申报方向，同时申报NC2509后补助。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.funding_mode,
             leaf.period_years_max, leaf.min_rd_spend_wan, leaf.matching_ratio)
            for leaf in leaves] == [
        ("NC2501", "产业科技科", 80, "前资助", 2, 200, 2),
        ("NC2503-1", "产业科技科", 40, "前资助", 2, 200, 2),
        ("NC2503-2", "产业科技科", 40, "前资助", 2.5, 200, 2),
        ("NC2508", "科技服务科", 10, "后补助", None, None, None),
        ("NC2509", "科技服务科", 50, "后补助", None, 100, None)]


def test_a_homework_retelling_the_call_with_codes_before_titles() -> None:
    """A student's retelling: 1. NZ2501　磷石膏… (the code set before the title after the
    number) and the paper's own 四、政策工具与政策对象分析 and 五、结语, which fund nothing."""
    text = "\n".join([
        "三、支持方向逐项梳理（按原文顺序）",
        "（一）科技攻关计划（归口：高新技术股）",
        "原文对本计划的统一要求：项目须由企业牵头申报；采取前资助方式；实施期限2年。",
        "1. NZ2501\u3000磷石膏无害化处理与综合利用技术研发",
        "原文：重点支持磷石膏低成本净化、建材化利用等技术研发及中试。资助不超过50万元，拟支持2项。",
        "2. NZ2502\u3000香菇精深加工与功能性食品开发",
        "原文：支持香菇多糖提取、即食食品开发。资助不超过30万元，拟支持1项。",
        "四、政策工具与政策对象分析",
        "本文认为，前资助方式对企业现金流压力较小，50万元的资助能覆盖中试费用的一半。",
        "五、结语",
        "总体看，《指南》结构清晰，资助强度10万～50万元，与县域财力相称。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.funding_max_wan, leaf.quota) for leaf in leaves] == [
        ("磷石膏无害化处理与综合利用技术研发", "NZ2501", 50, 2),
        ("香菇精深加工与功能性食品开发", "NZ2502", 30, 1)]



def test_an_agreement_s_service_list_names_each_row_s_office_and_code() -> None:
    """A 共建服务事项清单 under a party-building agreement: 甲方责任科室 is the office column; a
    row with two directions (1．…, 2．…) whose code cell holds both codes gives each its own
    code by its number; 指南代码 | — is no code."""
    text = "\n".join([
        "附件1　共建服务事项清单",
        "序号\t计划类别\t事项（方向）名称\t指南代码\t支持方式及额度\t实施期限\t申报主体要求\t拟支持数量\t甲方责任科室\t乙方联络员",
        "1\t重点研发计划（工业领域）\t食品智能化加工装备研发\tSY25GY01\t前资助，30～60万元\t2年\t须企业牵头\t1项\t高新技术科\t李娜",
        "3\t重点研发计划（工业领域）\t1．食品营养与安全快速检测技术\tSY25GY03 SY25GY04\t前资助，每项不超过20万元\t2年\t须企业牵头\t各1项\t高新技术科\t王晓东",
        "3\t重点研发计划（工业领域）\t2．冷链物流数字化追溯技术\tSY25GY03 SY25GY04\t前资助，每项不超过20万元\t2年\t须企业牵头\t各1项\t高新技术科\t王晓东",
        "7\t企业创新奖补\t首次认定高新技术企业奖补\t—\t奖补，一次性15万元\t—\t2024年度首次认定的国家高新技术企业\t—\t成果转化科\t赵婷",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.office) for leaf in leaves] == [
        ("食品智能化加工装备研发", "SY25GY01", "高新技术科"),
        ("食品营养与安全快速检测技术", "SY25GY03", "高新技术科"),
        ("冷链物流数字化追溯技术", "SY25GY04", "高新技术科"),
        ("首次认定高新技术企业奖补", None, "成果转化科")]



def test_a_tv_screen_s_bulleted_class_rules_are_no_headings() -> None:
    """An IPTV page's 本类统一要求—— over ◆ bullets: ◆ 企业…均可牵头, ◆ 本类每个方向拟支持3项
    and ◆ 申报企业上年度研发费用不低于100万元 are rules of the class (a threshold in 万元 is no
    award's title), each direction's unless it says its own."""
    text = "\n".join([
        "二、农业与社会发展科技计划",
        "归口股室：农村科技股",
        "本类统一要求——",
        "◆ 资助方式：事前资助",
        "◆ 执行期：18个月",
        "◆ 企业、高校、科研院所、医疗卫生机构均可牵头",
        "◆ 本类每个方向拟支持3项",
        "2.1 高山茭白绿色高效栽培技术集成示范",
        "指南代码：JNKJ25-NS01",
        "资助额度：每项10万元",
        "2.2 乡村康养旅游数字化服务应用",
        "指南代码：JNKJ25-NS03",
        "资助额度：最高12万元\u3000\u3000拟支持：2项",
        "三、科技创新载体奖补",
        "归口股室：科技发展股",
        "本类统一要求——",
        "◆ 须由企业申报",
        "◆ 申报企业上年度研发费用不低于100万元",
        "◆ 奖励资金须用于研发活动",
        "3.1 新认定国家高新技术企业奖励",
        "一次性奖励10万元。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.quota, leaf.min_rd_spend_wan) for leaf in leaves] == [
        ("高山茭白绿色高效栽培技术集成示范", 3, None), ("乡村康养旅游数字化服务应用", 2, None),
        ("新认定国家高新技术企业奖励", None, 100)]


def test_a_hard_wrapped_field_runs_on_into_the_terms() -> None:
    """A record wrapped at a fixed width: the line carrying 考核指标's words on (…形成企业标准1项。
    资助额度：30～50万元。拟支持2项。) states the amount; 本方向可由高校…牵头，不受本计划…的限制，
    研发费用不作要求 after the count waives the plan's lead, firm-size and R&D rules."""
    text = "\n".join([
        "（一）产业关键技术攻关计划（归口科室：科技计划科）",
        "\u3000\u3000本计划项目须由企业牵头申报，申报单位须为规上企业，上年度研发费用不低于80万元。采取前资助方式，项目实施周期不超过2年。",
        "\u30001．虾蟹类低温速冻与品质保持技术（代码：LH25-GJ01）",
        "\u3000\u3000研究内容：超低温速冻、冰温贮藏及解冻过程品质控制技术。考核指标：产品",
        "解冻汁液流失率降低20%以上，形成企业标准1项。资助额度：30～50万元。拟支持2项。",
        "\u30002．节能环保与智能装备（代码：LH25-GJ04）",
        "\u3000\u3000研究内容：工业余热回收、高效换热器研发。考核指标",
        "：综合节能率提高15%以上。资助额度：每项40万元。拟支持2项。本方向可由高校、科研院所牵头并联合我市企业申报，不受本计划须由企业牵头和规上企业身份的限制，研发费用不作要求。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota,
             leaf.enterprise_lead_only, leaf.min_rd_spend_wan, leaf.qualifications)
            for leaf in leaves] == [
        ("LH25-GJ01", 30, 50, 2, True, 80, ["规上企业"]),
        ("LH25-GJ04", 40, 40, 2, False, None, [])]


def test_a_duty_desk_s_answers_number_sub_directions_by_stem_and_two_numbers() -> None:
    """A 值班答复口径 numbering directions 甲-1, 甲-2 and 甲-2's parts 甲-2-1, 甲-2-2: the parts are
    the leaves, their titles without the number."""
    text = "\n".join([
        "一、总的口径",
        "\u3000\u3000今年县财政安排县级科技计划资金420万元，比上年增加60万元。同一单位限报1项。",
        "二、分类口径",
        "甲类\u3000重点研发专项（科技股受理）",
        "\u3000\u3000共性口径：甲类项目须由企业牵头申报。资金采取前资助方式。项目实施周期18个月。",
        "甲-1\u3000食用菌工厂化栽培关键技术（方向代码JX24-A01）",
        "\u3000\u3000答复要点：资助额度30万元以内，拟支持2项。",
        "甲-2\u3000农机装备智能化",
        "\u3000\u3000答复要点：本方向分两个子方向，两个子方向合计拟支持2项，不单独分配名额。",
        "甲-2-1\u3000小麦精量播种智能控制系统（方向代码JX24-A02）",
        "\u3000\u3000答复要点：播种量在线监测与变量控制，资助额度20～30万元。",
        "甲-2-2\u3000玉米籽粒直收低破碎率技术（方向代码JX24-A03）",
        "\u3000\u3000答复要点：籽粒破碎率控制在5%以下，资助额度20～30万元。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.funding_max_wan) for leaf in leaves] == [
        ("食用菌工厂化栽培关键技术", "JX24-A01", 30), ("小麦精量播种智能控制系统", "JX24-A02", 30),
        ("玉米籽粒直收低破碎率技术", "JX24-A03", 30)]



def test_a_listener_s_timed_notes_keep_their_lists_whole() -> None:
    """Notes taken at a briefing, by the time: a line of an item's words under it (中药配方颗粒、
    …等) does not head the rest of its list (2., 3. number on), nor does a group's term said
    without a colon (实施期限18个月（…）); P14 is the slide's page, no code; a plan said to be
    后补助/奖补 leaves an item its own 奖补; the listener's → 待办 with its □ tasks fund
    nothing."""
    text = "\n".join([
        "[14:32] 局领导开场（略记）",
        "  - 2024年全市立项42项，市财政科技资金786万元；今年盘子约900万元",
        "[14:45] 【P3—P6】总体要求、申报条件（刘股长）",
        "  - 每家单位今年只能报1项！",
        "[15:02] 【P8—P14】一、重点研发计划（科技创新股管）",
        "  通用：前资助",
        "  （一）工业领域",
        "      本领域拟支持4项，每项资助20万元至40万元，须由企业牵头。",
        "      1. 生物医药与中药饮片关键技术研究【JS2025ZD01】",
        "         中药配方颗粒、原料药绿色合成工艺、质量标准提升等",
        "      2. 精细化工与新材料（这一条下面分了两个子方向，报的时候选子方向）",
        "         2.1 盐化工副产物高值化利用技术【JS2025ZD02-1】",
        "         2.2 轻量化高分子复合材料制备技术【JS2025ZD02-2】",
        "             改性塑料、汽车内饰件用材料",
        "      3. 津市牛肉粉工业化生产与保鲜技术研究【JS2025ZD03】",
        "         这个单列：拟支持1项，资助30万元（固定额）",
        "  （二）农业与社会发展领域",
        "      本领域拟支持3项，每项资助10万元至20万元；企业、事业单位均可牵头。",
        "      实施期限18个月（2025年7月—2026年12月）",
        "      4. 澧水流域特色水产健康养殖技术集成与示范【JS2025ZD04】",
        "      5. 基层医疗卫生适宜技术推广应用研究【JS2025ZD05】",
        "  P14 有个测算例子：“某企业申请40万元，自筹不少于40万元”",
        "[15:31] 【P15—P20】二、科技创新平台及主体培育奖补（高新技术股）",
        "  这一块是后补助/奖补，不用写项目书。",
        "  6. 科技型中小企业入库奖补【JS2025BZ02】",
        "     对2024年度首次评价入库的科技型中小企业，每家给予2万元奖补",
        "[17:10] 散会",
        "→ 待办（给自己）",
        "  □ 3/20前：跟王总确认报 2.1 盐化工副产物（JS2025ZD02-1）",
        "  □ 高企证书复印件（有效期到2026年11月）",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.funding_mode, leaf.period_years_max,
             leaf.quota, leaf.enterprise_lead_only) for leaf in leaves] == [
        ("JS2025ZD01", 40, "前资助", None, 4, True),
        ("JS2025ZD02-1", 40, "前资助", None, 4, True),
        ("JS2025ZD02-2", 40, "前资助", None, 4, True),
        ("JS2025ZD03", 30, "前资助", None, 1, True),
        ("JS2025ZD04", 20, "前资助", 1.5, 3, False),
        ("JS2025ZD05", 20, "前资助", 1.5, 3, False),
        ("JS2025BZ02", 2, "奖补", None, None, True)]



def test_an_application_system_s_settings_sheet_reads_its_bounds_and_vouchers() -> None:
    """A 申报系统配置需求确认单: a class's bracket (类别代码A，审核节点：高新技术科) names its office;
    申报主体类型：仅限企业 says a firm leads; a row's own settings bound the amount asked
    (≥20.00且≤50.00（万元）, ≤80.00万元) and the R&D spend (≥300万元); the vouchers' table (券种 |
    单张兑付上限 | 发放数量: 不超过40张) lists directions too; 表单调整 and 开发排期 fund nothing."""
    text = "\n".join([
        "3.1 A类 技术创新与应用发展专项（类别代码A，审核节点：高新技术科）",
        "申报主体类型：仅限企业（高校、科研院所账号不可选A类）",
        "资助方式：前资助",
        "方向代码\t方向名称\t专属参数（空白＝按类别参数）\t立项数（前台展示）\t开放状态",
        "A01\t金佛山中药材精深加工关键技术\t申请财政资金≥20.00且≤50.00（万元）\t2\t开放",
        "A03\t页岩气开采装备关键部件国产化\t申请财政资金≤80.00万元；上年度研发费用≥300万元（上传专项审计报告）\t1\t开放",
        "3.3 C类 科技创新券（类别代码C，审核节点：科技计划与资金管理科）",
        "类别级参数：资助方式：后补助（按已支付服务合同金额的50%兑付）。",
        "方向代码\t券种\t单张兑付上限\t发放数量",
        "C01\t研发设计服务券\t5万元\t不超过40张",
        "C02\t检验检测服务券\t3万元\t不超过60张",
        "四、表单调整",
        "4.1 申报书“经费预算”页增加“自筹经费来源说明”必填文本框（不超过500字）。",
        "4.5 开发排期：3月3日前完成配置，3月9日上线。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan, leaf.funding_mode,
             leaf.quota, leaf.enterprise_lead_only, leaf.min_rd_spend_wan) for leaf in leaves] == [
        ("A01", "高新技术科", 20, 50, "前资助", 2, True, None),
        ("A03", "高新技术科", None, 80, "前资助", 1, True, 300),
        ("C01", "科技计划与资金管理科", None, 5, "后补助", 40, None, None),
        ("C02", "科技计划与资金管理科", None, 3, "后补助", 60, None, None)]



def test_a_heading_with_its_code_announcing_its_parts_holds_them() -> None:
    """（三）电声新材料应用（EP2026-GX03），分两个子方向： — a title, its code, then 分两个子方向
    without 本方向: the heading of the parts after it, not a sentence of the direction above."""
    text = "\n".join([
        "一、产业技术攻关专项（高新技术科）",
        "本专项支持方式为前资助；每项资助20万元至50万元；实施期限2年。",
        "（一）电声器件微型化与低噪声技术（EP2026-GX01）",
        "研究MEMS麦克风的结构设计，本方向拟支持2项。",
        "（二）专业音响数字信号处理（DSP）模块国产化应用（EP2026-GX02）",
        "开发基于国产芯片的DSP音频处理模块。",
        "（三）电声新材料应用（EP2026-GX03），分两个子方向：",
        "1.电声振膜用高分子复合材料研发（EP2026-GX03-1）",
        "2.音箱制造低VOC水性涂装工艺（EP2026-GX03-2）",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.parent) for leaf in leaves] == [
        ("EP2026-GX01", None), ("EP2026-GX02", None),
        ("EP2026-GX03-1", "电声新材料应用"), ("EP2026-GX03-2", "电声新材料应用")]


def test_a_tv_running_script_reads_its_screen_boards_not_its_talk() -> None:
    """A 问政 programme's 台本 in two columns, the time code left of each cue: the lettered
    boards (【大屏字幕板A】…, 【字幕板A-1】…) are the call's parts and directions; what the host
    and guest say after other cues (最多给到5项，每项100万元) is no board's words."""
    text = "\n".join([
        "《问政凤翔》2024年第3期\u3000台本（播出版）",
        "[00:00:00]\t【片头】《问政凤翔》宣传片（15秒）",
        "[00:05:40]\t【嘉宾回应｜王建民】（切2号机，近景）",
        "答：今年区财政安排科技计划资金800万元，支持不超过25个项目。",
        "[00:07:10]\t【大屏字幕板A】2024年凤翔区重点研发专项",
        "  归口股室：高新技术股",
        "  统一要求：前资助；实施期限不超过2年；须由企业牵头申报。",
        "  本专项每个方向拟支持2项。",
        "[00:07:40]\t【字幕板A-1】凤香型白酒智能酿造关键技术（FX2024ZY01）",
        "  支持强度：不超过50万元",
        "[00:09:30]\t【字幕板A-2】装备制造与新材料关键技术攻关（FX2024ZY03）",
        "  支持方式：后补助",
        "  支持强度：按项目研发投入的10%补助，最高60万元",
        "[00:10:40]\t【主持人】王局长，A-2能不能多支持几项？",
        "【嘉宾回应｜王建民】可以考虑，最多给到5项，每项100万元。",
        "[00:15:00]\t【大屏字幕板B】科技型企业培育奖补（以奖代补）",
        "[00:15:20]\t【字幕板B-1】首次认定高新技术企业奖补",
        "  对2023年度首次认定的高新技术企业，一次性奖励15万元。",
        "[00:21:10]\t【主持人】节目组将在一个月后回访政策落实情况。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_max_wan, leaf.funding_mode,
             leaf.quota) for leaf in leaves] == [
        ("凤香型白酒智能酿造关键技术", "FX2024ZY01", "高新技术股", 50, "前资助", 2),
        ("装备制造与新材料关键技术攻关", "FX2024ZY03", "高新技术股", 60, "后补助", 2),
        ("首次认定高新技术企业奖补", None, None, 15, "奖补", None)]



def test_a_column_naming_the_way_the_amount_and_the_period_together() -> None:
    """支持方式、额度及期限 | 前资助、分年拨付：每项50万元…；实施期限18个月: the way before the
    colon, the amount and the period after it; a row whose terms cell says 本年度暂停受理 is
    closed."""
    text = "\n".join([
        "附件1\u30002025年度海伦市科技计划指南方向一览表",
        "序号\t方向名称\t指南代码\t支持方式、额度及期限\t拟立项数\t申报主体及条件",
        "一、工业科技创新专项（归口科室：高新技术股）",
        "2.1\t绿色食品智能加工装备研发\tHLGY2501\t后补助：按上年度研发投入增量的20%给予补助，最高80万元；实施期限2年\t不超过3项\t申报主体须为高新技术企业",
        "2.2\t秸秆生物基材料制备与应用\tHLGY2502\t前资助、分年拨付：每项50万元，首年拨付60%，余款中期评估后拨付；实施期限18个月\t2项\t企业、高校、科研院所均可牵头",
        "2.3\t规上工业企业数字化车间改造\tHLGY2503\t以奖代补：项目通过验收后一次性奖励15万元\t不超过5项\t申报主体须为规上工业企业",
        "2.5\t新能源装备关键部件研发\tHLGY2505\t本年度暂停受理",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.funding_mode, leaf.period_years_max)
            for leaf in leaves] == [
        ("HLGY2501", 80, "后补助", 2), ("HLGY2502", 50, "前资助、分年拨付", 1.5),
        ("HLGY2503", 15, "奖补", None)]


def test_an_ai_assistant_s_answer_without_its_reasoning_and_sources() -> None:
    """A chat with a government AI assistant: the reasoning shown above its answer (▸ 已深度
    思考 ⏎ ｜…486万元…) and the sources listed under it (参考来源： ⏎ [1] … ⏎ [2] …) are no
    directions."""
    text = "\n".join([
        "【盐小宝】 2025-03-18 16:20:44",
        "▸ 已深度思考（用时 9 秒）",
        "｜用户问的是盐池县2025年科技计划。去年立项23项、下达资金486万元，这是去年的数据。",
        "您好！今年指南共分两大类，先给您列农业类：",
        "一、农业科技重点研发计划（农业农村科技股）",
        "采取前资助方式，每项资助不超过30万元。",
        "1. 滩羊高效养殖技术集成（YC2025NY01）",
        "2. 黄花菜精深加工（YC2025NY02）",
        "参考来源：",
        "[1] 盐池县人民政府网 › 政务公开 › 通知公告 › 关于组织申报2025年度县级科技计划项目的通知（2025-03-10）",
        "[2] 盐池县2024年度科技计划项目立项公示（2024-06-21）",
        "👍 0\u3000👎 0\u3000🔄 重新生成\u3000📋 复制",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan) for leaf in leaves] == [
        ("YC2025NY01", 30), ("YC2025NY02", 30)]


def test_a_due_diligence_chapter_s_grant_history_and_conclusions_fund_nothing() -> None:
    """A financial due-diligence chapter: 6.1　历史政府补助情况 (a ledger of grants received, a
    year column set out in spaces), 6.4　风险提示, 6.5　本章结论 and 附录1　…名单 are no
    directions; the quoted call's are."""
    text = "\n".join([
        "第六章\u3000政府补助与政策可获得性分析",
        "6.1\u3000历史政府补助情况",
        "----------------------------------------------------------------------",
        "年度\u3000\u3000\u3000项目名称\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000拨付单位\u3000\u3000\u3000\u3000\u3000\u3000金额（万元）\u3000会计处理",
        "2022\u3000\u3000\u3000曹县重点研发计划（实木家具表面处理）\u3000曹县科学技术局\u3000\u3000\u3000\u3000\u300045.00\u3000\u3000与资产相关",
        "2022\u3000\u3000\u3000稳岗补贴\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000曹县人社局\u3000\u3000\u3000\u3000\u3000\u3000\u300012.30\u3000\u3000与收益相关",
        "2023\u3000\u3000\u3000省级专精特新企业奖励\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000菏泽市工信局\u3000\u3000\u3000\u3000\u3000\u300050.00\u3000\u3000与收益相关",
        "----------------------------------------------------------------------",
        "6.2\u30002025年度曹县科技计划申报指南要点摘录",
        "6.2.1\u3000重点研发计划（科技发展股）",
        "\u3000\u3000原文：须由企业牵头申报，采取前资助方式。",
        "（1）木制品绿色胶黏剂与低碳加工技术（CX25ZD01）",
        "\u3000\u3000原文：每项资助不超过45万元，拟支持2项。",
        "（2）家居智能制造关键技术（CX25ZD02）",
        "\u3000\u3000原文：每项资助不超过30万元，拟支持1项。",
        "6.4\u3000风险提示",
        "\u3000\u30001．政府补助依赖政策延续，2026E、2027E为假设数据，每年约50万元。",
        "6.5\u3000本章结论",
        "\u3000\u3000标的公司2025年度最可能获得的科技计划资金为CX25ZD01前资助45万元。",
        "附录1\u3000走访企业名单（已作匿名处理）",
        "\u3000\u30001\u3000\u3000\u3000城关乡\u3000\u3000竹木加工\u3000\u3000\u3000\u3000\u3000\u3000是（CX25ZD01）",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.quota) for leaf in leaves] == [
        ("CX25ZD01", 45, 2), ("CX25ZD02", 30, 1)]



def test_a_compliance_form_quoting_the_call_clause_by_clause() -> None:
    """A firm's 外来文件识别登记及合规义务评价表: its clause column glossed (条款（指南章节/方向）)
    lists the guideline's parts (三, 六 — their terms the rows' below) and directions (3.1, and
    3.2's parts 3.2.1, 3.2.2); 责任部门 is the firm's own department, no office; an uncoded row
    granting money (6.1 | …一次性给予30万元奖补) is a direction."""
    text = "\n".join([
        "外来文件识别登记及合规义务评价表",
        "序号\t条款（指南章节/方向）\t原文摘录\t责任部门\t合规评价",
        "一\t总则\t2025年市本级安排科技计划专项资金1200万元，较上年增长9%。\t综合办\t知悉，不涉及合规义务。",
        "三\t重点研发计划（工业领域）\t本领域由高新技术科归口；须由企业牵头申报；实行前资助，执行期不超过2年。本领域拟支持5项。\t技术中心\t适用。",
        "3.1\t矿山智能开采装备关键技术攻关（DBS25GY01）\t资助额度30～50万元/项。\t技术中心\t拟申报。",
        "3.2\t煤矿井下巡检机器人及智能分析\t本方向设两个子方向，分别申报：\t技术中心\t—",
        "3.2.1\t防爆巡检机器人本体研制（DBS25GY02-1）\t研制防爆巡检机器人，资助不超过40万元。\t技术中心\t评估中。",
        "3.2.2\t巡检数据智能分析平台（DBS25GY02-2）\t开展数据融合分析，资助不超过25万元；执行期1年。\t信息部\t不申报。",
        "六\t科技创新平台奖补\t由科技合作科归口，采取以奖代补方式，申报不设执行期。\t技术中心\t适用。",
        "6.1\t省级技术创新中心奖补\t对2024年度新认定为省级技术创新中心的企业，一次性给予30万元奖补。\t技术中心\t不符合。",
        "七\t申报时间及方式\t2025年3月15日至4月15日在线申报。\t技术中心\t已纳入申报进度计划。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.funding_mode,
             leaf.period_years_max, leaf.quota) for leaf in leaves] == [
        ("DBS25GY01", "高新技术科", 50, "前资助", 2, 5),
        ("DBS25GY02-1", "高新技术科", 40, "前资助", 2, 5),
        ("DBS25GY02-2", "高新技术科", 25, "前资助", 1, 5),
        (None, "科技合作科", 30, "奖补", None, None)]


def test_a_news_app_s_flash_channel_told_flash_by_flash() -> None:
    """A 快讯 channel's export: the starred flashes are the bureau's, their bracketed headlines
    the call's plans and directions (…·方向1】…); the other news, the datelines, hashtags and
    counts, 【答网友问】 and a headline's repeat (方向2分两个子方向…) are no text of the call; a
    sub-direction's code closes its title before its terms (…（代码ZA25ZY02-1），资助额度…)."""
    text = "\n".join([
        "诏安融媒App · 快讯频道导出",
        "说明：本导出供局内核对快讯推送内容使用，★为本局提供稿件的条目。",
        "#01  2025-03-10 08:02  ★ 快讯  阅读 1.3万",
        "【诏安县2025年度科技计划项目申报指南发布 县级财政安排1500万元】",
        "诏安融媒3月10日讯\u3000今年县级科技计划共安排资金1500万元，设重点研发计划等五类。",
        "#科技计划申报#  #诏安发布#",
        "👍 86\u3000💬 14\u3000↗ 分享",
        "#02  2025-03-10 08:40  快讯  阅读 6821",
        "【交通】沈海高速诏安段3月10日至12日夜间分段施工",
        "诏安融媒3月10日讯\u3000K312至K318路段每日22:00至次日6:00单幅封闭施工，限速60公里。",
        "#03  2025-03-10 09:30  ★ 快讯  阅读 9406",
        "【科技计划·重点研发计划】通用条件先看这一条",
        "诏安融媒3月10日讯\u3000重点研发计划由县科技局科技计划股归口管理。须由企业牵头申报，采取前资助方式，项目实施期一般不超过2年。",
        "（责任编辑：沈一鸣）",
        "#04  2025-03-10 10:05  ★ 快讯  阅读 7714",
        "【科技计划·重点研发·方向1】海洋牧场智能养殖装备研发",
        "诏安融媒3月10日讯\u3000方向代码：ZA25ZY01。本方向拟支持2项，每项资助不超过80万元。",
        "#06  2025-03-10 11:20  ★ 快讯  阅读 8230",
        "【科技计划·重点研发·方向2】青梅精深加工与功能食品开发（含两个子方向）",
        "诏安融媒3月10日讯\u3000方向2分两个子方向申报，两个子方向各支持1项：",
        "子方向2-1：青梅果酒果醋风味稳定与品质提升技术（代码ZA25ZY02-1），资助额度40万～60万元；",
        "子方向2-2：青梅功能成分提取及保健食品开发（代码ZA25ZY02-2），资助最高50万元。",
        "#11  2025-03-11 15:00  ★ 快讯  阅读 6102",
        "【科技计划·企业研发投入后补助】最高补50万元，不限名额",
        "诏安融媒3月11日讯\u3000对规模以上工业企业，按研发费用增量部分的10%给予后补助，单个企业最高50万元。",
        "#13  2025-03-12 16:20  ★ 快讯  阅读 4477",
        "【科技计划·科技创新券】今年暂不受理",
        "诏安融媒3月12日讯\u30002025年科技创新券申领办法正在修订，本次不受理，具体申领时间和额度另行通知。",
        "#14  2025-03-13 10:00  ★ 快讯  阅读 6833",
        "【答网友问】重点研发能否由高校牵头？",
        "县科技局答：不可以。重点研发计划每项可以给到200万元。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_max_wan, leaf.quota)
            for leaf in leaves] == [
        ("海洋牧场智能养殖装备研发", "ZA25ZY01", "科技计划股", 80, 2),
        ("青梅果酒果醋风味稳定与品质提升技术", "ZA25ZY02-1", "科技计划股", 60, 1),
        ("青梅功能成分提取及保健食品开发", "ZA25ZY02-2", "科技计划股", 50, 1),
        ("企业研发投入后补助", None, None, 50, None)]



def test_a_direction_closed_in_its_own_title_bracket_is_none() -> None:
    """方向3　…（本方向暂不受理，另行通知） and （三）…（具体申报方式、支持标准以后续通知为准）:
    headings whose bracket says they are not open are no directions, even among titled
    siblings; a bank's 贷款要素 funds nothing."""
    text = "\n".join([
        "一、重点研发计划（归口：高新技术股）",
        "须由企业牵头申报，采取前资助方式。",
        "（一）铸造废砂再生利用技术（指南代码：XF26GG02）",
        "每项资助不超过50万元，拟支持2项。",
        "（二）焦化副产品高值化利用关键技术（指南代码：XF26GG03）",
        "最高资助八十万元，拟支持1项。",
        "（三）氢能储运装备研发（具体申报方式、支持标准以后续通知为准）",
        "方向3\u3000光伏治沙与沙区新能源综合利用（本方向暂不受理，另行通知）",
        "二、贷款要素",
        "贷款额度最高1000万元，期限不超过3年，利率LPR+50BP。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan) for leaf in leaves] == [
        ("XF26GG02", 50), ("XF26GG03", 80)]


def test_a_heading_whose_terms_come_in_a_later_notice_said_in_its_own_brackets() -> None:
    """A 班前会 minute reading out a guideline: （三）氢能储运装备研发（具体申报方式、支持标准以后续
    通知为准） — its terms to come, nothing to apply for yet, between two directions that are."""
    text = "\n".join([
        "一、县级科技攻关项目（归口：科技管理股）",
        "本类项目须由企业牵头申报，采取事前资助方式，实施期限不超过24个月。",
        "（一）焦化副产品高值化利用关键技术（指南代码：XF26GG03）",
        "最高资助八十万元，拟支持1项。",
        "（二）氢能储运装备研发（具体申报方式、支持标准以后续通知为准）",
        "说明：指南规定间接费用不超过直接费用的20%，这是预算编制的要求，不是资助额度。",
        "（三）铸造废砂再生与循环利用技术研究（指南代码：XF26GG04）",
        "资助不超过50万元，拟支持1项。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.quota) for leaf in leaves] == [
        ("XF26GG03", 80, 1), ("XF26GG04", 50, 1)]


def test_an_inquiry_reply_quoting_the_guideline_then_discussing_the_firms_own_applications() -> None:
    """An IPO 问询函回复: （二）鄂州市2025年度科技计划项目申报指南的主要内容 with the year's budget
    (an account of the guideline, no direction), the quoted directions, then 1、关于重点研发计划
    （EZ25ZD01） — the firm's own application discussed, named by the code it applied under."""
    text = "\n".join([
        "（二）鄂州市2025年度科技计划项目申报指南的主要内容",
        "　　《指南》共分四个部分，2025年度市级财政科技计划资金预算为2,600万元。原文摘录如下：",
        "二、支持方向及标准",
        "（一）重点研发计划（归口科室：高新技术科）",
        "　　本计划采取前资助方式，单个项目资助额度不超过100万元，项目实施期不超过2年。",
        "1．光电子信息器件（指南代码：EZ25ZD01）",
        "　　支持硅光芯片等关键器件研发及产业化。拟支持2项。",
        "（二）企业研发投入奖补（归口科室：政策法规科）",
        "1．研发投入增量奖补（指南代码：EZ25JB01）",
        "　　按增量部分的10%给予以奖代补，最高不超过二十万元。",
        "（三）发行人拟申报的方向及是否符合申报条件",
        "　　1、关于重点研发计划（EZ25ZD01）",
        "　　项目自筹经费285.00万元，与申请财政资助100.00万元的比例为2.85:1，符合申报条件。",
        "　　2、关于研发投入增量奖补（EZ25JB01）",
        "　　按10%测算为69.85万元，超过最高限额，按二十万元申报。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        ("EZ25ZD01", "光电子信息器件", 100), ("EZ25JB01", "研发投入增量奖补", 20)]


def test_a_diary_copying_a_call_whose_items_number_on_from_its_directions() -> None:
    """A 民情日记 copying a call out: 方向1…方向6 under the first two parts, then 三、科技创新奖补
    with 7.新认定高新技术企业奖补 8. 9. — the call's items numbered on in another style — and
    方向3　…（本方向暂不受理，另行通知）, closed in its own brackets."""
    text = "\n".join([
        "——以下照指南原文抄录——",
        "一、县级重点研发计划（归口：科技股）",
        "本类项目须由企业牵头申报，实行前资助，执行期一般不超过2年。",
        "方向1　梭梭接种肉苁蓉高效栽培与精深加工（指南代码：MQ25ZY03）",
        "资助不超过40万元，执行期18个月，拟支持1项。",
        "方向2　光伏治沙与沙区新能源综合利用（本方向暂不受理，另行通知）",
        "——抄录完——",
        "我的想法：村里没有能单独牵头的企业，方向1可以动员绿洲瓜业牵头。",
        "【2025年3月20日　星期四　晴】",
        "二、农业科技成果转化与示范（归口：农村科技股）",
        "企业、农民专业合作社均可牵头申报，实行后补助。",
        "方向6　蜜瓜产地预冷与冷链贮运技术示范（指南代码：MQ25CG03）",
        "每项补助10万元，拟支持2项。",
        "三、科技创新奖补（归口：成果转化股）",
        "本类采取以奖代补方式，经认定后一次性兑现。",
        "7.新认定高新技术企业奖补",
        "对2024年度新认定的高新技术企业，给予一次性奖补10万元。",
        "8.科技型中小企业研发费用奖补",
        "对入库的科技型中小企业，按上年度研发费用的10%给予奖补，最高不超过20万元。",
        "",
        "9.技术合同登记奖补",
        "对在县内登记技术合同并实际履行的企业，按技术交易额的2%给予奖补，单个企业最高不超过5万元。",
        "四、“揭榜挂帅”项目（今年县本级不受理，待市里统一部署）",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.office, leaf.funding_max_wan, leaf.funding_mode) for leaf in leaves] \
        == [("梭梭接种肉苁蓉高效栽培与精深加工", "科技股", 40, "前资助"),
            ("蜜瓜产地预冷与冷链贮运技术示范", "农村科技股", 10, "后补助"),
            ("新认定高新技术企业奖补", "成果转化股", 10, "奖补"),
            ("科技型中小企业研发费用奖补", "成果转化股", 20, "奖补"),
            ("技术合同登记奖补", "成果转化股", 5, "奖补")]


def test_a_teleprompter_script_cut_at_a_narrow_width_its_screens_and_talk() -> None:
    """A 提词器 export cut at 16 characters a line (…资金6 ⏎ 00万元, …｜QS2025-0 ⏎ 2): segment cues
    with times, 【屏显】 screens naming each direction and its code after a bar, the presenters'
    (A)/(B) lines with the terms — opening by naming the screen just shown — director's notes
    and 〔停顿〕 marks. The screens are the call's headings, the talk their text; 1-2A, 1-2B are
    the parts of direction 1-2."""
    paragraphs = [
        "题词宝·文稿导出", "行宽：16字/行",
        "【01 片头｜00:00】",
        "（A）观众朋友们好，今天讲讲县科技局刚发布的申报指南。",
        "（B）今年县财政安排科技计划资金600万元，去年立项28项。〔停顿〕",
        "//编导批注：28项是去年的数，别读成今年的。",
        "【02 第一类｜00:40】",
        "【屏显大字】第一类　工业技术攻关类（科技发展股）",
        "（A）第一类，工业技术攻关类，采取事前资助方式，实施期不超过2年，必须由企业牵头。",
        "【屏显】方向1-1　锂电池正极材料制备技术｜QS2025-01",
        "（B）方向1-1，锂电池正极材料制备技术，单项最高资助60万元，拟支持2项。",
        "【屏显】方向1-2　农产品精深加工",
        "（A）方向1-2，农产品精深加工，下面分两个子方向。",
        "【屏显】1-2A　苹果浓缩汁提质技术｜QS2025-02A",
        "（B）1-2A，苹果浓缩汁提质技术，资助20万元到30万元。",
        "【屏显】1-2B　小米功能食品开发｜QS2025-02B",
        "（A）1-2B，小米功能食品开发，资助20万元到30万元，实施期缩短为18个月。",
        "▼标记1",
        "【03 第二类｜02:10】",
        "【屏显大字】第二类　后补助类（成果转化股）",
        "（B）第二类是先干后补，归口成果转化股。",
        "【屏显】方向2-1　首次认定高新技术企业奖补｜QS2025-03",
        "（A）方向2-1，首次认定高新技术企业奖补，以奖代补，一次性奖励10万元。",
        "【屏显】方向2-2　畜禽废弃物资源化利用（暂不受理）",
        "（B）方向2-2，今年暂不受理，另行通知。",
        "【04 结尾｜03:30】",
        "（A）感谢收看，我们下期见！",
    ]
    lines = [paragraph[at:at + 16] for paragraph in paragraphs
             for at in range(0, len(paragraph), 16)]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_max_wan, leaf.period_years_max,
             leaf.quota) for leaf in leaves] == [
        ("QS2025-01", "锂电池正极材料制备技术", "科技发展股", 60, 2, 2),
        ("QS2025-02A", "苹果浓缩汁提质技术", "科技发展股", 30, 2, None),
        ("QS2025-02B", "小米功能食品开发", "科技发展股", 30, 1.5, None),
        ("QS2025-03", "首次认定高新技术企业奖补", "成果转化股", 10, None, None)]


def test_a_night_school_ledger_its_lectures_in_brackets_telling_the_call() -> None:
    """A 农民夜校 teaching ledger: 二、授课内容摘要（记录人整理…） holds the lectures, each
    【第二讲】…专项（县…股负责） a plan over its directions; 方向四 closed in the lecturer's
    words (这个方向省里今年有专项，县里本次暂不受理); 【第五讲】科技创新券 a lecture, no label."""
    text = "\n".join([
        "二、授课内容摘要（记录人整理，具体以县科工信局印发的指南原文为准）",
        "【第一讲】今年县级科技计划总体情况（陈股长讲）",
        "  陈股长讲，县财政今年安排科技计划资金共500万元，比去年多100万元。",
        "【第二讲】农业科技创新专项（县科工信局科技股负责）",
        "  ①须由企业牵头申报；②采取事前资助方式；③项目实施期限一般不超过2年。",
        "  方向一：槟榔替代作物高效栽培技术（指南代码WN25NK01）",
        "    支持额度：不超过40万元；拟支持2项。",
        "  方向二：深远海养殖装备与技术集成",
        "    陈股长说明：这个方向省里今年有专项，县里本次暂不受理，具体安排另行通知。",
        "【第三讲】科技特派员专项（县科工信局农村科技股负责）",
        "  这个专项不限单位性质，项目实施期1年，采取事前资助。",
        "  ① 科技特派员领办创办农业经营主体项目（指南代码WN25TP01）",
        "     每项资助5万元，拟支持6项。",
        "  ② 农村实用技术培训与示范推广项目（指南代码WN25TP02）",
        "     每项资助三万元，拟支持4项。",
        "【第四讲】科技创新券",
        "  今年暂不受理，什么时候开放县局另行通知。",
        "三、学员提问与解答（记录人据现场整理）",
        "问1（学员符亚平）：家庭农场能不能自己报？",
        "答：不能牵头，要企业牵头。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.period_years_max, leaf.quota)
            for leaf in leaves] == [
        ("WN25NK01", 40, 2, 2), ("WN25TP01", 5, 1, 6), ("WN25TP02", 3, 1, 4)]
    assert [leaf.office for leaf in leaves] == ["县科工信局科技股"] + ["县科工信局农村科技股"] * 2


def test_a_screen_readers_numbered_log_its_roles_after_the_words() -> None:
    """An accessibility test's NVDA log, one utterance a numbered line with its role after the
    words (0020  1.…  标题 级别 4), a table announced as 表格  有 3 行 3 列 and read cell by cell
    to 表格结尾, and the tester's ▲问题 notes between: the page as written."""
    text = "\n".join([
        "说明：每行为读屏一次朗读输出，前为序号；“▲问题”行为测评人标注，非页面内容。",
        "0001  博乐市人民政府  文档",
        "0002  跳转到主要内容  链接",
        "0003  首页  链接",
        "0004  政务公开  链接",
        "0005  关于组织申报2025年度科技计划项目的通知  标题 级别 1",
        "0006  二、支持方向  标题 级别 2",
        "0007  （一）重点研发计划（高新技术科）  标题 级别 3",
        "0008  本计划采取前资助方式，须由企业牵头申报，项目实施期限为2年。",
        "0009  1.棉花精量播种机械智能化  标题 级别 4",
        "0010  指南编号：BL2025ZD01",
        "0011  支持强度：单个项目不超过50万元，拟支持2项。",
        "▲问题01：级别 4 标题在页面上样式与正文相同。（一般）",
        "0012  2.口岸冷链物流智能监控  标题 级别 4",
        "0013  指南编号：BL2025ZD02",
        "0014  支持强度：不超过40万元，拟支持1项。",
        "0015  （二）农业科技示范推广计划（农村科技科）  标题 级别 3",
        "0016  本计划采取前资助方式，各方向资助额度和支持数量见下表。",
        "0017  表格  有 3 行 3 列",
        "▲问题02：表格未设置表头单元格（th）。（严重）",
        "0018  第 1 行  第 1 列  方向名称",
        "0019  第 2 列  资助额度",
        "0020  第 3 列  拟支持数",
        "0021  第 2 行  第 1 列  冷水鱼健康养殖技术示范",
        "0022  第 2 列  15万元",
        "0023  第 3 列  2项",
        "0024  第 3 行  第 1 列  褐牛良种扩繁技术示范",
        "0025  第 2 列  贰拾万元",
        "0026  第 3 列  1项",
        "0027  表格结尾",
        "0028  三、申报条件  标题 级别 2",
        "0029  申报单位应在博乐市注册登记。",
        "0030  附件1：申报书.docx  链接",
        "0031  网站地图  链接",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_max_wan, leaf.quota)
            for leaf in leaves] == [
        ("BL2025ZD01", "棉花精量播种机械智能化", "高新技术科", 50, 2),
        ("BL2025ZD02", "口岸冷链物流智能监控", "高新技术科", 40, 1),
        (None, "冷水鱼健康养殖技术示范", "农村科技科", 15, 2),
        (None, "褐牛良种扩繁技术示范", "农村科技科", 20, 1)]


def test_a_windows_duty_table_its_terms_copied_in_a_column_of_points() -> None:
    """A bureau's AB角工作对照表: 序号 | 方向名称 | 指南代码 | 办理要点（摘自指南） | A角 | B角 |
    归口股室, group rows with their terms in brackets; the sections around the table (指南基本信息,
    窗口受理流程, 常见咨询答复口径 mentioning last year's money) are no directions."""
    text = "\n".join([
        "二、指南基本信息",
        "申报时间：2025年5月12日至6月30日。",
        "三、方向与AB角对照",
        "序号\t方向名称\t指南代码\t办理要点（摘自指南）\tA角\tB角\t归口股室",
        "一、重点研发计划（本类：前资助；执行期不超过24个月；须由企业牵头）",
        "1\t苎麻纺织废料高值化利用技术\tDZ25-ZY01\t资助20～30万元 拟支持1项\t王晓燕\t李俊\t高新技术股",
        "2\t天然气化工副产物综合利用\tDZ25-ZY02\t单项资助不超过40万元 拟支持2项\t李俊\t王晓燕\t高新技术股",
        "二、科技成果转化后补助（本类：事后补助；申报主体须为企业）",
        "3\t技术合同登记后补助\tDZ25-HB01\t按技术交易额的5%给予补助，单个企业最高不超过20万元\t周斌\t刘倩\t成果转化股",
        "四、窗口受理流程",
        "第一步　核对申报单位是否在系统内完成注册；",
        "第二步　出具《受理回执》。",
        "五、常见咨询答复口径",
        "问：2024年立项项目的第二笔经费什么时候拨？",
        "答：112万元结转尾款由财务室按验收进度拨付，不属于本次申报事项。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.funding_mode, leaf.quota)
            for leaf in leaves] == [
        ("DZ25-ZY01", "高新技术股", 30, "前资助", 1), ("DZ25-ZY02", "高新技术股", 40, "前资助", 2),
        ("DZ25-HB01", "成果转化股", 20, "后补助", None)]


def test_a_branchs_meeting_records_the_call_then_a_later_notice_changing_one_direction() -> None:
    """A 三会一课 record book: the committee meeting copies the call's plans （一）… with 方向N
    under them; the members' meeting two weeks later reports 补充通知：农业科技项目方向3（林下
    黄精…）资助额度由每项10万元调整为每项8万元 — that direction's new grant — and its agenda items
    (一、通报…进展, 二、收缴一季度党费, 四、下月组织生活安排) are no directions."""
    text = "\n".join([
        "支部委员会会议记录",
        "议    题	1.集中学习；2.传达县科技计划申报指南；3.研究组织申报",
        "会议记录：",
        "一、集中学习（15:00—15:40）",
        "林文彬同志领学《中国共产党纪律处分条例》第一章至第三章。",
        "二、传达《大田县2024年度科技计划项目申报指南》（15:40—16:40）",
        "林文彬同志传达：县工信科技局3月6日印发指南。指南主要内容记录如下：",
        "（一）县级重点研发项目（县工信科技局科技股管理）",
        "共性要求：须由企业牵头申报；采取前资助方式；实施期限不超过2年。",
        "方向1：高山茶生态栽培与精制加工装备（代码DT24ZD01）",
        "资助50～80万元，拟支持2项。",
        "方向2：机械零部件数字化车间改造（代码DT24ZD02）",
        "资助最高一百万元，拟支持1项。",
        "方向3：铸造废砂再生利用技术（代码DT24ZD03）",
        "资助不超过60万元，拟支持1项。",
        "（二）农业科技项目（县工信科技局农村科技股管理）",
        "不限申报单位性质，企业、农民专业合作社、家庭农场均可申报；每项资助10万元，",
        "采取事前资助；实施期限1年；本类合计拟支持7项。",
        "方向1：高山蔬菜绿色防控与标准化生产（代码DT24NY01）",
        "拟支持3项。",
        "方向2：茶园轻简化机械采摘技术示范（代码DT24NY02）",
        "拟支持2项。",
        "方向3：林下黄精仿野生栽培技术（代码DT24NY03）",
        "拟支持2项。",
        "（三）揭榜挂帅项目",
        "今年县里拟试点揭榜挂帅，榜单、支持标准和申报办法另行通知，本次不受理。",
        "（四）申报注意事项",
        "同一单位同一年度限报1项；须签署科研诚信承诺书。",
        "三、讨论研究（16:40—17:10）",
        "张雅琴：公司是高新技术企业，去年研发费用312万元，准备报。",
        "支部党员大会记录",
        "议    题	1.通报科技计划申报进展；2.收缴一季度党费；3.其他",
        "会议记录：",
        "一、通报科技计划申报进展",
        "林文彬同志通报：支部联系企业中已有2家企业进入网上填报。",
        "县工信科技局3月25日发布补充通知：",
        "农业科技项目方向3（林下黄精仿野生栽培技术）资助额度由每项10万元调整为每项8万元，其他要求不变。",
        "二、收缴一季度党费",
        "应交党员23人，实交21人，合计1286.40元，已上缴开发区党工委。",
        "三、其他",
        "4月开展“党员先锋岗”亮牌活动。",
        "四、下月组织生活安排",
        "4月中旬开展主题党日活动，赴县党史陈列馆参观学习。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.quota) for leaf in leaves] == [
        ("DT24ZD01", 80, 2), ("DT24ZD02", 100, 1), ("DT24ZD03", 60, 1), ("DT24NY01", 10, 3),
        ("DT24NY02", 10, 2), ("DT24NY03", 8, 2)]


def test_a_board_paper_quoting_the_call_then_its_own_applications() -> None:
    """A 董事会议案: the call's directions quoted, then 三、公司拟申报安排 with a table of the firm's
    own projects (拟申报方向 | 项目名称 | 申请市财政资助 | 公司自筹 | 项目负责人) and 四、需董事会
    审议事项 — the firm's applications and its board's business, no directions."""
    text = "\n".join([
        "二、《指南》支持方向原文摘录",
        "（一）重点研发计划（归口：高新技术与产业科）",
        "本计划采取前资助方式，实施期不超过2年，须由企业牵头申报。",
        "1．木材与生物质新材料（指南代码：MLZD2503）",
        "单个项目资助不超过80万元，拟支持3项。",
        "2．农机装备与智能制造（指南代码：MLZD2504）",
        "单个项目资助不超过100万元。",
        "三、公司拟申报安排",
        "经技术中心初步论证，公司拟申报以下项目（申请资助额为测算数，以最终立项为准）：",
        "拟申报方向\t项目名称\t申请市财政资助\t公司自筹\t项目负责人",
        "MLZD2503 木材与生物质新材料\t桦木基无醛胶合板连续化生产关键技术研发\t80万元\t160万元\t孙德江",
        "MLZD2504 农机装备与智能制造\t大豆收获机智能调控系统研制\t60万元\t120万元\t李春燕",
        "研发费用后补助\t—\t约24万元\t—\t财务部",
        "四、需董事会审议事项",
        "1．同意公司按上述安排组织申报；2．同意项目获批后按《指南》要求落实自筹配套资金。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.quota) for leaf in leaves] == [
        ("MLZD2503", 80, 3), ("MLZD2504", 100, None)]


def test_a_research_notes_award_table_and_its_view_of_the_impact() -> None:
    """A 证券研究报告 retelling a call: 图表2's award table (序号 | 奖励事项 | 奖励标准), its last
    row's figure cut before its unit (…一次性奖励30 ⏎ 万元), then 三、对产业链及相关公司的影响
    quoting the call's largest grant — an analyst's view, no direction."""
    text = "\n".join([
        "2.4　科技创新奖励",
        "指南原文：本类事项实行以奖代补，奖励对象均为在阳谷县注册的企业。（牵头股室：科技成果与合作股）",
        "图表2：科技创新奖励标准",
        "序号\t奖励事项\t奖励标准",
        "1\t高新技术企业认定奖励\t首次认定的奖励10万元；重新认定的奖励5万元",
        "2\t省级以上创新平台奖励\t新获批省级以上重点实验室、技术创新中心的企业，一次性奖励30",
        "万元",
        "资料来源：阳谷县科学技术局，海岱证券研究所整理",
        "三、对产业链及相关公司的影响",
        "我们认为，本次指南对铜加工企业的直接资金贡献有限（单个项目最高200万元），但其释放的产业导向信号较强。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.office, leaf.funding_max_wan, leaf.funding_mode) for leaf in leaves] \
        == [("高新技术企业认定奖励", "科技成果与合作股", 10, "奖补"),
            ("省级以上创新平台奖励", "科技成果与合作股", 30, "奖补")]


def test_a_kanban_boards_cards_their_comment_threads_left_out() -> None:
    """A team's kanban export: each card's 描述 copies a plan of the call, then 子任务 and a
    评论（N）： thread of dated remarks (2025-03-13 10:21 赵丽：…) — team members' words, which end
    at the blank line; the next card's plan is read, not taken for a chat's messages."""
    text = "\n".join([
        "◆卡片 T-0302　【计划一】农业科技创新计划（农村科技股）",
        "　描述：",
        "　本计划支持方式为前资助，项目须由企业牵头申报，项目执行期不超过2年。",
        "　▍1.1 寒地大豆高产高油品种选育与扩繁（BQ25NK01）",
        "　支持强度20万～30万元，拟支持2项。",
        "　▍1.2 玉米秸秆离田与饲料化利用装备（BQ25NK02）",
        "　每项资助不超过25万元，执行期18个月。",
        "　评论（3）：",
        "　2025-03-13 10:21 赵丽：1.2方向跟我们最对口，样机2",
        "024年10月已经做出来了。",
        "　2025-03-13 10:40 王建军：1.3.1也可以报，先集中报1.2。",
        "　2025-03-14 15:02 孙静：账上今年可用自筹不超过80万元，两个项目都报的话够。",
        "",
        "◆卡片 T-0303　【计划二】工业企业技术攻关计划（工业科技股）",
        "　描述：",
        "　本计划支持方式为后补助，单个项目最高不超过50万元。",
        "　▍2.1 煤基新材料及精细化工（BQ25GY01）",
        "　支持煤焦油深加工、针状焦、碳材料等产品研发及工艺改进。",
        "　▍2.2 农机装备智能化改造（BQ25GY02）",
        "　本方向拟支持不超过2项。",
        "　评论（2）：",
        "　2025-03-15 09:12 孙静：2.2按我们计划投入200万算能补40万元。",
        "　2025-03-15 09:30 王建军：好。",
        "",
        "◆卡片 T-0304　【计划三】科技创新平台建设（科技服务股）",
        "　描述：",
        "　▍3.1 县级企业技术创新中心认定（BQ25PT01）",
        "　对新认定的县级企业技术创新中心，以奖代补方式一次性给予10万元。",
        "　评论（1）：",
        "　2025-03-17 14:30 刘晓琳：我们还没有省级平台，只报3.1。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.quota) for leaf in leaves] == [
        ("BQ25NK01", "农村科技股", 30, 2), ("BQ25NK02", "农村科技股", 25, None),
        ("BQ25GY01", "工业科技股", 50, None), ("BQ25GY02", "工业科技股", 50, 2),
        ("BQ25PT01", "科技服务股", 10, None)]


def test_a_numbered_direction_announcing_its_parts_and_their_shared_count_in_one_sentence() -> None:
    """3．寒地新能源装备可靠性技术，下设两个子方向，合计拟支持2项： — a direction's title, then its
    parts and the count they share: a heading over 3.1 and 3.2, not a line of 方向2's terms."""
    text = "\n".join([
        "（一）重点研发计划（归口：高新技术科）",
        "本计划项目须由企业牵头申报；项目实施期限不超过2年；采取事前资助方式。",
        "1．寒地乳制品加工关键技术研究（指南代码：HLBE25ZY01）",
        "支持额度：每项60万～100万元，拟支持2项。",
        "2．优质饲草（苜蓿、燕麦）高效种植与加工技术（指南代码：HLBE25ZY02）",
        "支持额度：不超过八十万元。",
        "3．寒地新能源装备可靠性技术，下设两个子方向，合计拟支持2项：",
        "3.1 风电机组低温防冰与运维技术（指南代码：HLBE25ZY03-1）",
        "支持额度不超过120万元。",
        "3.2 高寒地区储能系统热管理技术（指南代码：HLBE25ZY03-2）",
        "支持额度不超过100万元。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.quota) for leaf in leaves] == [
        ("HLBE25ZY01", 100, 2), ("HLBE25ZY02", 80, None), ("HLBE25ZY03-1", 120, None),
        ("HLBE25ZY03-2", 100, None)]


def test_a_journal_articles_table_its_group_rows_split_across_two_cells() -> None:
    """A journal article coding a call: 2.1　样本说明 and 2.2　编码方法 (its method, the budget
    named), then 表1 whose group rows the PDF split across two cells (二、农业科技创新⇥计划（归口：
    农村科技股）): each group's office reaches its rows."""
    text = "\n".join([
        "2　研究设计",
        "2.1　样本说明",
        "　　本文以《汉寿县2025年度科技计划项目申报指南》为样本，该指南安排资金800万元，拟支持30项。",
        "2.2　编码方法",
        "　　以《指南》中的每一个可申报方向为分析单元，逐项提取五个要素。",
        "3　指南方向与支持要素",
        "表1　汉寿县2025年度科技计划项目申报指南方向及支持要素（摘录）",
        "代码\t方向名称\t支持方式\t资助额度\t实施期\t拟支持\t申报主体",
        "一、重点研发计划\t（归口：高新技术股）",
        "HS25-ZD01\t特种电机及驱动系统能效提升技术\t前资助\t20万—40万元\t2年\t2项\t企业牵头",
        "HS25-ZD02\t中华鳖饲料精准配方与低碳加工技术\t前资助\t不超过30万元\t2年\t1项\t企业牵头",
        "二、农业科技创新\t计划（归口：农村科技股）",
        "HS25-NY01\t洞庭湖区稻虾共作绿色高效模式示范\t前资助\t10万元\t1年\t3项\t不限",
        "注：①“企业牵头”指须由企业作为第一申报单位。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan) for leaf in leaves] == [
        ("HS25-ZD01", "高新技术股", 40), ("HS25-ZD02", "高新技术股", 30),
        ("HS25-NY01", "农村科技股", 10)]


def test_a_textbook_lesson_on_writing_a_notice_its_example_the_call() -> None:
    """A college textbook's 任务二　通知的写作 (a lesson, its 学习目标 naming 支持额度 as what to
    read) over 例文4-3, the call quoted with 【旁批】 notes: the lesson is no direction."""
    text = "\n".join([
        "第四单元　事务文书",
        "任务二　通知的写作",
        "【学习目标】",
        "1．了解知照性通知、布置性通知的结构与语言特点；",
        "2．能读懂项目申报类通知，准确提取申报条件、支持额度、实施期限等要素。",
        "例文4-3",
        "桐梓县科学技术局关于组织申报2025年度县级科技计划项目的通知",
        "一、支持方向与标准",
        "（一）重点研发计划（归口：产业与科技创新股）",
        "本计划采取前资助方式，须由企业牵头申报，实施期限不超过2年。",
        "1．方竹笋精深加工与保鲜技术（代码：TZ2025ZD01）",
        "每项资助不超过30万元，拟支持2项。",
        "【旁批③】“不超过30万元”是上限，不是每个项目都能拿到30万元。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.quota) for leaf in leaves] == [
        ("TZ2025ZD01", 30, 2)]


def test_an_encyclopedia_entry_its_outline_from_its_contents() -> None:
    """A 百科 entry printed from a browser: sections titled with 编辑　播报 after them, a 目录
    naming the parts of 支持方向 (● …), bold item titles with no number (面上项目), a bulleted 榜单,
    citation marks ([1], one cut …奖补[ ⏎ 1]。), and 参考资料 after the text."""
    text = "\n".join([
        "百度百科　　　　　　　　　　进入词条　　全站搜索　　帮助",
        "化州市2026年度科技计划项目",
        "资金规模\t900万元",
        "目录",
        "1　计划概况",
        "2　支持方向",
        "● 基础研究",
        "● 企业研发机构建设",
        "● 揭榜挂帅",
        "3　历史沿革",
        "计划概况　　　　　　　　　　　　　　　　　　编辑　播报",
        "化州市科技计划始于2015年[4]。2026年度市级财政安排专项资金900万元[2]。",
        "支持方向　　　　　　　　　　　　　　　　　　编辑　播报",
        "基础研究",
        "基础研究类项目由科技管理股组织实施，项目执行期为2年，采用前资助方式[1]。",
        "面上项目",
        "项目代码HZKJ2026-JC01。每项资助5万元，拟支持10项[1]。",
        "青年项目",
        "项目代码HZKJ2026-JC02。每项资助3万元，拟支持8项[1]。",
        "企业研发机构建设",
        "企业研发机构建设类由高新技术股受理，采取以奖代补方式[1]。",
        "新认定省级工程技术研究中心",
        "对2025年度新认定为广东省工程技术研究中心的企业，一次性给予30万元奖补[",
        "1]。",
        "揭榜挂帅",
        "2026年度发布榜单1项[3]：",
        "● 化橘红功效成分提取与标准化生产技术研发（榜单编号HZKJ2026-JB01）",
        "发榜企业为化州市一家药企，榜单金额200万元，由发榜企业向揭榜方支付；攻关期限不超过24个月[4]。",
        "历史沿革　　　　　　　　　　　　　　　　　　编辑　播报",
        "2025年度：安排科技计划专项资金800万元，立项41项，其中每项最高资助60万元[4]。",
        "参考资料",
        "1.  关于组织申报化州市2026年度科技计划项目的通知 . 化州市人民政府网 . 2026-03-10",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_max_wan, leaf.quota)
            for leaf in leaves] == [
        ("HZKJ2026-JC01", "面上项目", "科技管理股", 5, 10),
        ("HZKJ2026-JC02", "青年项目", "科技管理股", 3, 8),
        (None, "新认定省级工程技术研究中心", "高新技术股", 30, None),
        ("HZKJ2026-JB01", "化橘红功效成分提取与标准化生产技术研发", None, None, None)]


def test_a_newspapers_question_and_answer_column_retelling_a_call() -> None:
    """《有问必答》: 问2：…？ 答（农村科技科 叶科长）：这一类由我们农村科技科负责管理… (1) (2); 问3：…
    答（高新技术科 赵科长）：…由我们高新技术科管理，门槛主要有三条：一是…二是…三是… (3); a question
    listing no direction (问4) is a reader's, and the closed 科技特派员专项 in 问5's answer closes
    nothing before it."""
    text = "\n".join([
        "问1：今年的县级科技计划有哪些类别？",
        "答（县科学技术局办公室 陈主任）：今年共设重点研发计划、揭榜挂帅两大类。",
        "问2：农业类有哪些方向可以报？",
        "答（农村科技科 叶科长）：这一类由我们农村科技科负责管理，执行期均为2年，采取前资助方式：",
        "（1）高山蔬菜绿色高效栽培技术集成与示范（代码：WC25NY01）",
        "每项资助不超过30万元，拟支持2项。",
        "（2）文成杨梅保鲜与精深加工关键技术（代码：WC25NY02）",
        "每项资助不超过30万元，拟支持1项。",
        "问3：工业企业能报哪些方向？门槛高不高？",
        "答（高新技术科 赵科长）：工业类重点研发项目由我们高新技术科管理，门槛主要有三条：一是须由企业牵头申报；"
        "二是企业上年度研发费用不低于200万元；三是企业自筹经费与财政资助的比例不低于2:1。今年设一个方向：",
        "（3）泵阀高端密封与智能控制关键技术（代码：WC25GY01）",
        "每项资助50万元，拟支持2项。",
        "问4：去年拿过县级项目的企业，今年还能报吗？",
        "答（高新技术科 赵科长）：能报，但同一企业同一年度只能牵头申报1项。",
        "问5：科技特派员专项今年还报不报？",
        "答（农村科技科 叶科长）：科技特派员专项（申报办法另行通知），本次不受理。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.quota, leaf.min_rd_spend_wan,
             leaf.matching_ratio) for leaf in leaves] == [
        ("WC25NY01", "农村科技科", 30, 2, None, None), ("WC25NY02", "农村科技科", 30, 1, None, None),
        ("WC25GY01", "高新技术科", 50, 2, 200, 2)]


def test_a_caption_approval_forms_table_its_content_cells_the_text() -> None:
    """A TV crawl caption's 播出审批单: the call cut into numbered captions (条序 | 字幕内容 | 字数 |
    备注), each row's content the text, the caption's number and length the form's (第一类：…，由
    …股归口管理: the class's office said after its title); the desks' opinions after it (一、送播单位意见, 二、新闻部审核意见 quoting a struck 100万元) fund nothing."""
    text = "\n".join([
        "电视游动字幕播出审批单",
        "条序\t字幕内容\t字数\t备注",
        "1\t【平顺县科学技术局提示】2026年度县级科技计划项目于4月1日起开始申报。\t34\t首条",
        "2\t第一类：重点研发计划，由工业和信息化科技股归口管理。本类项目每项支持15万至30万元，"
        "采取前资助方式，执行期不超过2年，须由企业牵头申报。\t58",
        "3\t重点研发方向一：党参精深加工技术，指南代码PS26ZD01，拟支持2项。\t33",
        "4\t重点研发方向二：小米功能食品开发，指南代码PS26ZD02，本方向支持额度为20万至40万元，拟支持1项。\t50",
        "5\t第二类：“揭榜挂帅”项目，榜单正在征集中，申报办法另行通知。\t30\t已改",
        "审批意见",
        "一、送播单位意见：以上字幕内容与本局2026年度科技计划项目申报指南一致，申请公益播出。",
        "二、新闻部审核意见：第5条原稿为“揭榜挂帅项目每项最高支持100万元”，已按县科技局意见改为“申报办法另行通知”。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.period_years_max, leaf.quota)
            for leaf in leaves] == [("PS26ZD01", "工业和信息化科技股", 30, 2, 2),
                                    ("PS26ZD02", "工业和信息化科技股", 40, 2, 1)]


def test_a_firms_routing_slip_its_appended_pages_fund_nothing() -> None:
    """A firm's 文件传阅单 quoting a call, then its own 附页一　收文登记簿 and 附页二　申报准备分工
    (1. 方向1申报书：…执笔, …费用约1.5万元): pages the firm appended, naming the call's directions
    by number, not directions of their own."""
    text = "\n".join([
        "文 件 传 阅 单",
        "文件标题\t关于组织申报2025年度慈利县科技计划项目的通知",
        "三、申报方向",
        "（一）县级重点研发计划（高新技术股）",
        "本计划项目须由企业牵头申报，每项资助20万元至40万元，实施期限2年。",
        "1. 莓茶精深加工关键技术研究（代码：CL2025-ZD01）",
        "重点支持莓茶黄酮提取与功能饮品开发。",
        "2. 猕猴桃采后贮藏保鲜技术（代码：CL2025-ZD02）",
        "重点支持预冷与气调贮藏技术集成。",
        "（二）企业研发投入后补助（科技成果股）",
        "3. 企业研发投入后补助（代码：CL2025-HB01）",
        "按研发费用增量的10%给予后补助，单个企业最高不超过20万元。",
        "传阅签字",
        "研发中心\t已阅，牵头。\t李娟\t3.10",
        "附页一　总经办收文登记簿（2025年3月）摘录",
        "序号\t收文编号\t收文日期\t来文单位\t文件标题（摘要）\t处理情况",
        "1\tZJB-2025-收-031\t3月3日\t慈利县科学技术局\t关于组织申报2025年度慈利县科技计划项目的通知\t见第8号传阅单",
        "附页二　研发中心申报准备分工（3月11日内部会议确定）",
        "1. 方向1申报书：李娟执笔，王强审核，4月10日前交初稿；",
        "2. 方向3后补助：财务部出具研发费用专项审计报告（费用约1.5万元），4月20日前完成；",
        "3. 所有材料4月25日前汇总至总经办。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan) for leaf in leaves] == [
        ("CL2025-ZD01", "高新技术股", 40), ("CL2025-ZD02", "高新技术股", 40),
        ("CL2025-HB01", "科技成果股", 20)]


def test_a_reply_to_a_staff_proposal_around_its_account_of_the_call() -> None:
    """A department's reply to a 职代会 proposal: 二、各类项目及方向 holds the call's plans and
    directions; 一、指南总体情况, 三、关于配套资金和申报奖励 (its points 1. 配套资金, 2. 申报奖励
    granting the firm's own 2万元) and 四、通报安排 with the record's sign-off are the reply
    around it; 不限举办主体 leaves the lead open."""
    text = "\n".join([
        "承办部门答复：",
        "一、指南总体情况",
        "今年县财政科技专项资金安排600万元，共设两类项目。申报单位须在县内注册。",
        "二、各类项目及方向",
        "（一）农业科技创新专项（县科技局农村科技股受理）",
        "本专项各方向统一要求：前资助；实施期限2年；须由企业牵头申报。",
        "1.“油茶低产林改造与高效栽培”",
        "指南编号：YX2025-N01。每项资助20万元，拟支持2项。",
        "2.“茶叶机采机制工艺优化”",
        "指南编号：YX2025-N02。资助不超过15万元。",
        "（二）科技创新平台建设奖补（县科技局综合股受理）",
        "1.“省级新型研发机构认定奖补”",
        "对新认定的省级新型研发机构，不限举办主体，给予一次性奖补30万元。",
        "三、关于配套资金和申报奖励",
        "1. 配套资金：经总经理办公会研究，安排科技项目配套资金50万元。",
        "2. 申报奖励：项目获批后按到账资金的5%奖励项目组，单个项目最高不超过2万元。",
        "四、通报安排",
        "技术研发中心将于6月初向职工代表通报指南内容。",
        "答复部门：技术研发中心（盖章）",
        "答复时间：2025-05-20",
        "提案人意见：☑满意  □基本满意  □不满意",
        "意见说明：答复具体，请按时报出材料。",
        "提案人签名：张敏  2025-05-23",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.enterprise_lead_only)
            for leaf in leaves] == [
        ("YX2025-N01", "农村科技股", 20, True), ("YX2025-N02", "农村科技股", 15, True),
        (None, "综合股", 30, False)]


def test_a_course_handout_teaching_a_call_as_its_case() -> None:
    """A course handout: 第四讲　政府补助——以…为案例 is the lecture holding the case, not a
    direction (nor 政府补助—— a label); the call's table its directions; 六、参考答案要点, the
    exercises' answers with their sums (可获补助12万元), funds nothing."""
    text = "\n".join([
        "《财务会计》课程讲义",
        "第四讲　政府补助——以单县2025年度科技计划项目为案例",
        "授课对象\t2023级会计学1班\t学时\t2学时",
        "教学重点\t与资产相关和与收益相关的政府补助的区分",
        "一、教学目标",
        "1.\t理解政府补助的定义；",
        "二、案例资料：单县2025年度科技计划项目申报指南（节选）",
        "序号\t方向代码\t方向名称\t支持方式\t资助标准\t实施期限",
        "1\tSX25ZD01\t芦笋精深加工技术研究\t前资助\t不超过50万元\t2年",
        "2\tSX25ZD02\t木制家具智能制造\t前资助\t不超过40万元\t2年",
        "三、课堂练习",
        "1．甲公司申报表中第1项，收到前资助50万元，请编制分录。",
        "四、参考答案要点",
        "第1题：属于与资产相关的政府补助，可获补助12万元，先计入递延收益。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        ("SX25ZD01", "芦笋精深加工技术研究", 50), ("SX25ZD02", "木制家具智能制造", 40)]


def test_a_masked_number_is_no_code() -> None:
    """（编号3704XXXX）: a number a clipping masked with X's (a firm's own register number) is no
    direction's code — the item stays uncoded; nor is the wrapped note line ending in one a
    coded direction."""
    text = "\n".join([
        "■重点研发专项（县科技局科技业务股负责）",
        "该专项项目须由企业牵头申报，每项资助不超过60万元。",
        "◆方向1　冶金固废资源化利用技术（ES25ZD01）",
        "◆方向2　晚熟柑橘品质提升与采后处理（编号3704XXXX）",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan) for leaf in leaves] == [
        ("ES25ZD01", 60), (None, 60)]


def test_a_translation_tools_bilingual_review_export_reads_its_source_segments() -> None:
    """A CAT tool's 双语对照审校稿: numbered segments ([0007] ✎　TM：…), the source after 原文｜,
    the translation after 译文｜, the translation before review (原译｜, its amount wrong) and
    the reviewer's 批注｜ — the call is the source segments, a code in a segment of its own
    (源文件中标题与代码分两行) still its direction's."""
    text = "\n".join([
        "译馨CAT 双语对照审校稿（导出格式：TXT 双语逐段）",
        "报价说明：按源文件中文字数计费，0.18元/字，本稿计费357.48元。",
        "",
        "[0001] ✔　TM：100%",
        "原文｜三、支持方向",
        "译文｜III. Funding Areas",
        "",
        "[0002] ✔　TM：无匹配",
        "原文｜（一）重点研发项目（归口科室：高新技术科）",
        "译文｜(I) Key R&D Projects (Responsible Division: High-Tech Division)",
        "",
        "[0003] ✎　TM：无匹配",
        "原文｜本类项目须由企业牵头申报，每项资助30万元至60万元，实施期2年。",
        "译文｜Projects must be led by an enterprise; each receives RMB 300,000 to 600,000.",
        "原译｜Projects must be led by an enterprise; each receives RMB 30,000 to 60,000.",
        "批注｜（审校）原译金额错译，已改。",
        "",
        "[0004] ✔　TM：无匹配",
        "原文｜1．高原特色农产品精深加工技术",
        "译文｜1. Deep Processing of Plateau Specialty Farm Produce",
        "",
        "[0005] ✔　TM：无匹配",
        "原文｜（指南代码：TC26ZD01）",
        "译文｜(Guideline Code: TC26ZD01)",
        "批注｜（译员）源文件中标题与代码分两行排版，未合并。",
        "",
        "[0006] ✔　TM：无匹配",
        "原文｜2．文旅数字化服务平台（指南代码：TC26ZD02）",
        "译文｜2. Digital Platform for Culture and Tourism Services (Guideline Code: TC26ZD02)",
        "",
        "[0007] ✔　TM：无匹配",
        "原文｜资助额度不超过40万元，拟支持1项。",
        "译文｜Up to RMB 400,000; 1 project will be supported.",
    ])
    leaves = parse_document(text.encode("gb18030"), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_max_wan, leaf.quota)
            for leaf in leaves] == [
        ("TC26ZD01", "高原特色农产品精深加工技术", "高新技术科", 60, None),
        ("TC26ZD02", "文旅数字化服务平台", "高新技术科", 40, 1)]


def test_a_campaign_reports_table_of_the_calls_copy_by_poster_number() -> None:
    """An agency's 结案报告: （报告编号：…） is the report's own number; 三、创意素材核心信息回顾
    (a recap of the call's copy, not a past round's review) holds the table, 素材编号 | 方向（指南
    代码） | …, each row's code the one in its title cell (S-01 numbers the poster); 五、咨询热点及
    答复口径 (问/答 with 后补助 in it) funds nothing."""
    text = "\n".join([
        "陆河县2026年度县级科技计划项目申报宣传推广服务",
        "结 案 报 告",
        "（报告编号：CH-JA-2026-021）",
        "",
        "委托单位\t陆河县科学技术局",
        "合同编号\tLHKJ-FW-2026-005",
        "服务期限\t2026年3月1日至2026年4月30日",
        "",
        "一、项目概况",
        "我司承接《陆河县2026年度县级科技计划项目申报指南》的宣传推广服务，合同金额9.6万元。",
        "三、创意素材核心信息回顾",
        "素材编号\t方向（指南代码）\t资助标准\t实施期限\t立项数量",
        "一、产业技术攻关专项（归口：工业科技股）",
        "S-01\t青梅精深加工关键技术（LH26GY01）\t30万—50万元，前资助\t2年\t拟支持2项",
        "S-02\t电声器件智能制造（LH26GY02）\t不超过40万元，前资助\t2年\t拟支持1项",
        "二、企业研发投入后补助（归口：科技服务股）",
        "S-03\t高新技术企业研发投入后补助（LH26HB01）\t按增量的10%给予后补助，最高30万元\t—\t不限",
        "四、传播效果",
        "截至4月20日，系统共受理申报书96份。",
        "五、咨询热点及答复口径",
        "问：后补助什么时候拨付？",
        "答：口径经委托单位确认——验收后拨付后补助。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_max_wan) for leaf in leaves] == [
        ("LH26GY01", "青梅精深加工关键技术", "工业科技股", 50),
        ("LH26GY02", "电声器件智能制造", "工业科技股", 40),
        ("LH26HB01", "高新技术企业研发投入后补助", "科技服务股", 30)]


def test_a_supervision_registers_table_of_the_calls_classes_in_brackets() -> None:
    """A bureau's 廉政风险点 register: its own parts (一、岗位基本信息, 四、本年度防控重点) around
    三、附表：…申报方向及监督参数对照表, which holds 【A类】…（归口股室：…） classes, their
    A-1 items and C-1's parts （1）（2） right under it; 揭榜期限18个月 is the 榜单's period."""
    text = "\n".join([
        "一、岗位基本信息",
        "  岗位名称：科技计划项目管理岗（科技管理股、成果转化股）",
        "  在岗人数：4人",
        "三、附表：2026年度市级科技计划申报方向及监督参数对照表",
        "（摘自指南第三部分“支持方向”；“监督要点”为本局填写）",
        "【A类】重点研发专项（归口股室：科技管理股）",
        "  本类通用参数：事前资助；实施期限不超过24个月；须由企业牵头申报。",
        "  A-1  耐火材料绿色制备技术（代码LB26A01）",
        "       监督参数：资助额度不超过50万元。",
        "  A-2  铝精深加工关键技术（代码LB26A02）",
        "       监督参数：资助额度30万—50万元；拟立项2项。",
        "【C类】企业研发后补助（归口股室：成果转化股）",
        "  本类通用参数：后补助；由企业申报。",
        "  C-1  企业研发费用后补助",
        "     （1）规模以上工业企业研发费用后补助",
        "       监督参数：按研发费用增量部分的15%给予补助，单个企业最高不超过60万元。",
        "     （2）科技型中小企业研发费用后补助",
        "       监督参数：入库科技型中小企业按10%给予补助，最高20万元。",
        "【D类】揭榜挂帅项目（归口股室：科技管理股）",
        "  D-1  耐火原料提纯关键技术（代码LB26D01）",
        "       监督参数：揭榜期限18个月；验收通过后按合同额的20%给予后补助，最高不超过60万元。",
        "四、本年度防控重点",
        "  1.评审专家名单在评审结束前保密；",
        "  2.评审结果公示7天。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_max_wan, leaf.period_years_max)
            for leaf in leaves] == [
        ("LB26A01", "耐火材料绿色制备技术", "科技管理股", 50, 2),
        ("LB26A02", "铝精深加工关键技术", "科技管理股", 50, 2),
        (None, "规模以上工业企业研发费用后补助", "成果转化股", 60, None),
        (None, "科技型中小企业研发费用后补助", "成果转化股", 20, None),
        ("LB26D01", "耐火原料提纯关键技术", "科技管理股", 60, 1.5)]


def test_a_monitoring_reports_summary_of_the_call_among_its_own_parts() -> None:
    """A 舆情日报: 二、原文要点梳理 holds the call's plans and directions; 一、今日舆情概况 and
    三、重点信息及网民观点 (posts quoting 最高80万) are the report's own; 以奖代补：对首次认定的高新
    技术企业给予… rewards firms only."""
    text = "\n".join([
        "一、今日舆情概况",
        "  本时段共监测到与指南相关信息212条，较前一日上升46%。",
        "二、原文要点梳理",
        "  【说明】监测室据县科技局发布的指南原文整理要点如下。",
        "（一）重点研发计划（归口：高新技术科）",
        "  共性要求：支持方式为前资助；实施期限不超过2年；须由企业牵头申报。",
        "  1．水饮料食品绿色制造关键技术（CA25ZY01）",
        "     资助额度：50万—80万元",
        "  2．中药材精深加工与质量控制（CA25ZY02）",
        "     资助额度：不超过60万元",
        "（二）企业创新后补助（归口：科技合作科）",
        "  1．高新技术企业认定奖励",
        "     以奖代补：对首次认定的高新技术企业给予一次性奖励10万元。",
        "  2．科技型中小企业研发后补助",
        "     对上年度研发费用不低于100万元的科技型中小企业，给予一次性补助10万元。",
        "三、重点信息及网民观点",
        "  1．【抖音】@生活圈《县里发钱了！最高80万！》",
        "     内容摘要：视频称“每个企业都能领80万”，与原文不符。",
        "     研判：存在误读，建议发布澄清短视频。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.enterprise_lead_only)
            for leaf in leaves] == [
        ("CA25ZY01", "高新技术科", 80, True), ("CA25ZY02", "高新技术科", 60, True),
        (None, "科技合作科", 10, True), (None, "科技合作科", 10, True)]


def test_a_plans_labelled_terms_then_a_line_announcing_its_directions() -> None:
    """A 公众号 article: 【计划二】…专项 with emoji-led labels (🏢 申报主体：…均可申报), then 本专项设
    2个方向： — the plan's own words, ending the label's value — and its ◆ directions, each with
    its own count."""
    text = "\n".join([
        "【计划一】重点研发计划",
        "",
        "📌 归口股室：农业农村科技股",
        "💰 支持标准：每项20万元，前资助",
        "",
        "01",
        "设施蔬菜绿色高效生产技术集成与示范",
        "指南代码：GT2025-ZD01",
        "",
        "【计划二】科技特派员创新创业专项",
        "",
        "📌 归口股室：农业农村科技股",
        "💰 支持标准：每项5万元，前资助",
        "🏢 申报主体：不限，企业、农民专业合作社和科技特派员个人均可申报",
        "",
        "本专项设2个方向：",
        "",
        "◆ 种植业科技特派员技术服务",
        "在乡镇开展新品种、新技术示范推广。本方向拟支持6项。",
        "",
        "◆ 畜牧兽医科技特派员技术服务",
        "围绕肉牛、肉羊养殖开展疫病防控等技术服务。本方向拟支持4项。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.funding_max_wan, leaf.quota) for leaf in leaves] == [
        ("GT2025-ZD01", "设施蔬菜绿色高效生产技术集成与示范", 20, None),
        (None, "种植业科技特派员技术服务", 5, 6),
        (None, "畜牧兽医科技特派员技术服务", 5, 4)]


def test_a_caption_forms_rows_run_on_past_a_page_break_and_a_class_applied_to_itself() -> None:
    """The caption table goes on past `- 1 -` and its header said again on the next page; 第三类：
    企业研发投入奖补，由…股受理。对…给予奖补，单户最高五十万元 beside 第一类 and 第二类, which hold
    directions, is a class granting its award itself."""
    text = "\n".join([
        "条序\t字幕内容\t字数\t备注",
        "1\t第一类：重点研发计划，由工业科技股归口管理。本类项目每项支持15万至30万元，采取前资助方式。\t50",
        "2\t重点研发方向一：煤层气抽采与综合利用技术，指南代码LC26ZD01，拟支持2项。\t40",
        "3\t第二类：农业科技示范计划，由农村科技股归口管理。本类项目采取后补助方式，每项补助十万元。\t45",
        "4\t示范方向一：核桃高接换优示范，指南代码LC26NY01，拟支持3项。\t30",
        "- 1 -",
        "条序\t字幕内容\t字数\t备注",
        "5\t示范方向二：连翘林下种植示范，指南代码LC26NY02，拟支持2项。\t30",
        "6\t第三类：企业研发投入奖补，由工业科技股受理。对上年度研发费用不低于200万元的高新技术企业，"
        "按研发费用增量的10%给予奖补，单户最高五十万元。\t70",
        "7\t第四类：“揭榜挂帅”项目，榜单正在征集中，申报办法另行通知。\t30\t已改",
        "审批意见",
        "一、送播单位意见：以上字幕内容与本局指南一致，申请公益播出。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.funding_mode)
            for leaf in leaves] == [
        ("LC26ZD01", "工业科技股", 30, "前资助"), ("LC26NY01", "农村科技股", 10, "后补助"),
        ("LC26NY02", "农村科技股", 10, "后补助"), (None, "工业科技股", 50, "奖补")]


def _printed_at(columns: int, paragraphs: list[str]) -> str:
    """Paragraphs as a receipt printer cuts them: each line filled to `columns` display columns,
    a Chinese character two wide (one that would not fit starts the next line)."""
    lines = []
    for paragraph in paragraphs:
        line, used = "", 0
        for ch in paragraph:
            wide = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
            if used + wide > columns:
                lines.append(line)
                line, used = "", 0
            line, used = line + ch, used + wide
        lines.append(line)
    return "\n".join(lines)


def test_a_kiosk_slip_cut_at_32_columns_reads_as_its_paragraphs() -> None:
    """A kiosk's printed 凭条: every paragraph cut at 32 display columns (16 Chinese characters, or
    more when digits and letters mix in), codes and figures cut anywhere; its 终端编号 is the
    kiosk's, 【政策名称】…指南（摘编） names the notice, ▌A1-1 numbers a topic's item."""
    text = _printed_at(32, [
        "********************************",
        "惠企政策查询凭条",
        "终端编号：XXZD-LZ-0221",
        "【政策名称】云浮市云城区2025年度科技计划项目申报指南（摘编）",
        "【受理时间】2025年4月10日至5月23日17:30",
        "〔一〕总体说明",
        "2025年区级财政安排科技专项资金980万元，2024年共立项支持项目29项、兑现奖补资金415.6万元。"
        "今年分重点研发、农业与社会发展两类组织申报，揭榜挂帅另行发布。",
        "〔二〕通用条件",
        "1.在云城区注册登记、具有独立法人资格，近3年无严重失信记录；",
        "2.同一单位本年度限报1项，项目负责人同期主持区级在研项目不超过1项；",
        "3.已获市级及以上同类财政资金支持的，不得重复申报。",
        "〔三〕支持类别及方向",
        "A类 区重点研发计划",
        "归口：高新技术股",
        "★本类统一要求：",
        "·支持方式：前资助",
        "·实施期限：2年",
        "·牵头单位：须由企业牵头",
        "--------------------------------",
        "A1 石材产业专题",
        "▌A1-1 人造石材高值化利用与智能化加工产线开发",
        " 编号：YC25-A101",
        " 内容：面向人造石、岗石等产品，开发废料高值化利用、机器人自适应切割及在线视觉检测集成产线。",
        " 额度：≤80万元/项",
        "▌A1-2 石材表面抗污与易洁功能涂层",
        " 编号：YC25-A102",
        " 内容：研发耐污、易洁涂层及低温固化工艺，耐磨次数不低于5000次。",
        " 额度：50万~80万元/项",
        " 名额：1项",
    ])
    leaves = parse_document(text.encode("gb18030"), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_max_wan, leaf.quota)
            for leaf in leaves] == [
        ("YC25-A101", "人造石材高值化利用与智能化加工产线开发", "高新技术股", 80, None),
        ("YC25-A102", "石材表面抗污与易洁功能涂层", "高新技术股", 80, 1)]


def test_a_weibo_thread_saved_newest_first_reads_in_its_posts_order() -> None:
    """A bureau's 微博 page: the pinned 【1/4】, another post, then 【4/4】 down to 【2/4】, each with
    its counts and comments — read as the thread in order (【3/4】's ③…，分两个子方向： ahead of its
    parts, the class's terms in 【2/4】 over them); ❌…不得申报 is a rule, no heading; a coded
    item's 本方向须由企业牵头申报 is its own."""
    text = "\n".join([
        "乐都区科技局的微博_微博",
        "置顶",
        "3-18 09:30 来自 微博网页版",
        "【1/4】#乐都区2024年科技计划项目申报# 来啦！",
        "✅在乐都区注册的企业、事业单位、合作社均可牵头申报（各类另有规定的，从其规定）",
        "❌已承担区级科技项目逾期未验收的单位不得申报",
        "收起d",
        "转发 46    评论 23    赞 88",
        "海东人：今年比去年多还是少？",
        "————————————————————",
        "3-18 16:05 来自 微博网页版",
        "#乐都区科技活动周# 倒计时！5月中旬举办科普展览，敬请期待",
        "转发 3    评论 1    赞 17",
        "————————————————————",
        "3-18 09:33 来自 微博网页版",
        "【4/4】二、科技创新奖补（归口：成果转化股）",
        "⑤首次认定的国家高新技术企业（LD2024JB01）",
        "2023年度首次通过认定的，每家奖补十万元",
        "收起d",
        "转发 9    评论 2    赞 27",
        "————————————————————",
        "3-18 09:32 来自 微博网页版",
        "【3/4】一、重点研发项目（续）",
        "③高原特色中藏药材规范化种植，分两个子方向：",
        "③-1 当归、黄芪GAP种植技术（LD2024YF031）",
        "③-2 秦艽人工驯化栽培技术（LD2024YF032）",
        "④牦牛藏羊高效养殖与疫病防控（LD2024YF04）",
        "收起d",
        "转发 21    评论 9    赞 45",
        "用户5530918827：15万是每个项目还是每个单位？",
        "————————————————————",
        "3-18 09:31 来自 微博网页版",
        "【2/4】一、重点研发项目（归口：科技股）",
        "▶支持方式：前资助",
        "▶资助额度：每项8万～15万元",
        "方向如下：",
        "①青稞酒酿造微生物菌群解析与品质提升（LD2024YF01）",
        "解析窖池微生物菌群结构，提升优质酒率",
        "②马铃薯脱毒种薯高效繁育技术（LD2024YF02）",
        "开展脱毒苗快繁技术研究。本方向须由企业牵头申报",
        "（③④见下一条👉【3/4】）",
        "收起d",
        "转发 13    评论 3    赞 30",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.code, leaf.office, leaf.funding_max_wan)
            for leaf in leaves] == [
        (37, "LD2024YF01", "科技股", 15), (39, "LD2024YF02", "科技股", 15),
        (25, "LD2024YF031", "科技股", 15), (26, "LD2024YF032", "科技股", 15),
        (27, "LD2024YF04", "科技股", 15), (17, "LD2024JB01", "成果转化股", 10)]
    assert [leaf.enterprise_lead_only for leaf in leaves[:5]] == [False, True, False, False, False]


def test_a_firms_budget_paper_worked_out_per_direction_of_the_call() -> None:
    """A firm's 预算编制底稿: 代码 | 指南方向 | 资助标准… | … | 预算数（万元） lists the call's
    directions (its budget column does not make it a budget's lines); 三、测算口径 and 六、预算数
    汇总 are the paper's own, and 到账日期 | 项目 | 金额（万元） | 凭证号 is a ledger of money
    received, no directions."""
    text = "\n".join([
        "三、测算口径",
        "（一）预算数＝指南资助上限×预计立项概率；前资助项目按立项当年到账70%计入当年预算。",
        "四、指南方向逐项测算表",
        "代码\t指南方向\t资助标准及方式（指南原文）\t归口科室\t我司符合情况\t拟申报\t预算数（万元）",
        "一、重点研发计划",
        "SZ25ZD01\t汽摩零部件精密成形技术研发\t前资助，每项资助50万元至80万元\t产业科技科\t符合\t是\t33.5",
        "SZ25ZD02\t工业机器人关键功能部件\t前资助，资助金额不超过60万元\t产业科技科\t符合\t是\t12.5",
        "二、企业研发投入后补助",
        "SZ25HB01\t规上工业企业研发投入后补助\t后补助，按增量部分的10%给予补助，单户最高不超过100万元"
        "\t科技管理科\t符合\t是\t16.5",
        "",
        "五、需说明的事项",
        "1．揭榜挂帅榜单金额由发榜企业支付，不属于政府补助，不纳入本科目预算。",
        "六、预算数汇总",
        "类别\t拟申报项数\t预算数（万元）\t占比",
        "前资助\t2\t46.0\t73.6%",
        "后补助\t1\t16.5\t26.4%",
        "",
        "附表：2024年度科技类补助到账明细",
        "到账日期\t项目\t金额（万元）\t凭证号",
        "2024-03-18\t2023年研发投入后补助\t41.0\t记-0312",
        "2024-06-07\t高新技术企业复审奖励\t10.0\t记-0655",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.funding_mode)
            for leaf in leaves] == [
        ("SZ25ZD01", "产业科技科", 80, "前资助"), ("SZ25ZD02", "产业科技科", 60, "前资助"),
        ("SZ25HB01", "科技管理科", 100, "后补助")]


def test_a_mentoring_notebook_copying_out_the_calls_classes() -> None:
    """A 带教记录本 typed up: 〔第3页〕 marks its pages; A类重点研发计划（归口：…） names a class with
    no space after its letter; ◆A类方向1：… and ◆榜单E1：… number items within their class; a
    sub-direction's terms a space after its code (（1）…（XS26A03-1）　每项资助20万元); 三、月度小结,
    stating no term, is the record's own."""
    text = "\n".join([
        "一、带教计划（局人事股下发，师傅填写）",
        "1．3月：熟悉指南全文，能独立答复企业电话咨询。",
        "2．4月：参与形式审查，每周整理一次咨询台账。",
        "二、带教记录",
        "〔第3页〕",
        "【第2次带教】",
        "徒弟记录：",
        "A类重点研发计划（归口：科技发展股）",
        "A类共同要求（指南原文，对A类所有方向都适用）：",
        "　·资助方式：前资助，立项后一次性拨付；",
        "　·执行期：不超过24个月；",
        "◆A类方向1：精细化工绿色合成工艺（代码：LT26A01）",
        "　资助30万元至50万元，拟支持2项。",
        "◆A类方向2：纺织新材料（代码：LT26A02）",
        "　本方向分两个子方向，两个子方向合计支持不超过4项：",
        "　（1）功能性纤维及面料开发（LT26A02-1）　每项资助20万元",
        "　（2）产业用纺织品（过滤、土工）（LT26A02-2）　资助金额不超过25万元",
        "〔第8页〕",
        "E类揭榜制项目（归口：成果转化股）",
        "◆榜单E1：银杏叶黄酮高纯度分离纯化技术（榜单编号：LT26JB01）",
        "　县财政按揭榜项目实际研发投入的30%给予事后补助，最高不超过20万元。",
        "〔第10页〕",
        "三、月度小结（3月）",
        "本月带教6次，合计约10.5小时。已能独立答复常见咨询。",
        "师傅签名：胡建军　　2026年3月31日",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.office, leaf.funding_max_wan) for leaf in leaves] == [
        ("LT26A01", "精细化工绿色合成工艺", "科技发展股", 50),
        ("LT26A02-1", "功能性纤维及面料开发", "科技发展股", 20),
        ("LT26A02-2", "产业用纺织品（过滤、土工）", "科技发展股", 25),
        ("LT26JB01", "银杏叶黄酮高纯度分离纯化技术", "成果转化股", 20)]


def test_a_lab_guides_tasks_ask_about_the_directions_they_name() -> None:
    """A 实训指导书 quoting the call as its material, then 四、实训任务: 任务1：逐一列出…, 任务3：某企业…，
    请判断… — what the students are asked, never directions, though they name directions and
    sums."""
    text = "\n".join([
        "三、实训材料",
        "（一）重点研发计划（归口：科技发展股）",
        "本类项目须由企业牵头申报，采取前资助方式，实施期限2年。",
        "1．黑木耳精深加工与副产物综合利用（代码：DN25ZD01）",
        "每项资助不超过30万元，拟支持2项。",
        "2．中试熟化项目（代码：DN25ZD02）",
        "申报企业上年度研发费用不低于200万元，每项资助不超过50万元。",
        "四、实训任务",
        "任务1：逐一列出材料中可以申报的方向及其代码。",
        "任务2：填写方向要素提取表，金额一律换算为万元。",
        "任务3：某食用菌企业上年度研发费用120万元，拟申报“中试熟化项目”，请判断是否符合条件并说明理由。",
        "任务4：某高校教师拟牵头申报“黑木耳精深加工与副产物综合利用”，可行吗？",
        "五、考核评分标准",
        "1．方向识别完整、准确（30分）",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.min_rd_spend_wan) for leaf in leaves] == [
        ("DN25ZD01", 30, None), ("DN25ZD02", 50, 200)]


def test_a_task_forms_attached_table_titled_by_direction_with_its_code() -> None:
    """A 街道工作任务交办单's 附件1: 序号 | 方向名称（指南代码） | 支持标准 | 申报要求 | 归口股室 lists
    the call (拟各支持1项: each row's count); a 榜单's 榜单金额60万元（由发榜企业…支付） is the
    posting firm's money, no grant."""
    text = "\n".join([
        "附件1",
        "辖区企业科技计划项目政策宣传要点",
        "序号\t方向名称（指南代码）\t支持标准\t申报要求\t归口股室",
        "一、重点研发计划（工业领域）",
        "本类共性要求：须由在城固县注册的企业牵头申报；采取前资助方式；项目执行期不超过2年。",
        "1\t航空零部件精密加工与在线检测技术（CG26GY01）\t每项30～50万元\t拟支持2项\t高新技术股",
        "2-1\t元胡等道地药材有效成分提取（CG26GY02）\t每项不超过20万元\t拟各支持1项\t高新技术股",
        "2-2\t柑橘皮渣高值化综合利用（CG26GY03）\t每项不超过20万元\t拟各支持1项\t高新技术股",
        "二、“揭榜挂帅”项目",
        "榜1\t无人机复合材料机翼损伤快速检测装备（CG26JB01）\t榜单金额60万元（由发榜企业与揭榜方签约后支付）"
        "\t揭榜方不限，高校、科研院所、企业均可揭榜\t成果转化股",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.quota) for leaf in leaves] == [
        ("CG26GY01", "高新技术股", 50, 2), ("CG26GY02", "高新技术股", 20, 1),
        ("CG26GY03", "高新技术股", 20, 1), ("CG26JB01", "成果转化股", None, None)]


def test_an_audit_reports_account_of_the_guideline_numbered_again_inside_it() -> None:
    """An 审计调查报告: 一、基本情况 ⏎ （二）申报指南设定情况 ⏎ …逐项摘录如下： then the guideline's
    classes numbered again from （一） — the call, though its part funds nothing; 二、审计调查发现的
    主要问题 (exceeded counts, 25万元 over the standard), 三、审计调查建议 and 四、审计调查处理情况
    are the audit's own."""
    text = "\n".join([
        "一、基本情况",
        "（一）资金安排情况",
        "　　2025年市本级预算安排科技创新专项资金1200万元，已预拨科技计划项目经费392万元。",
        "（二）申报指南设定情况",
        "　　审计调查时对《指南》设定的类别、方向及支持标准逐项摘录如下：",
        "（一）重点研发项目（主管股室：科技创新股）",
        "　　本类项目采取事前资助方式，单项资助15万元至30万元，实施期限不超过2年。",
        "　　方向1　红色文旅沉浸式体验关键技术研发（XT25ZD01）",
        "　　拟支持2项。",
        "　　方向2　特色农产品精深加工（XT25ZD02）",
        "　　自筹经费与财政资助比例不低于1:1。",
        "（二）社会发展科技项目（主管股室：社会发展股）",
        "　　本类项目采取事前资助方式，高等院校、医疗卫生机构、企业均可牵头申报。",
        "　　方向3　基层医疗人工智能辅助诊断应用（XT25SF01）",
        "　　每项资助10万元，实施期限12个月。",
        "（三）科技创新券",
        "　　本年度暂停受理。",
        "二、审计调查发现的主要问题",
        "（一）立项超出《指南》设定数量",
        "　　《指南》方向1拟支持2项，实际立项3项，涉及资金72万元。",
        "（二）个别项目资助额度突破标准",
        "　　某项目实际核定资助25万元，超标准5万元。",
        "三、审计调查建议",
        "（一）对超标准核定的5万元资助，在拨付尾款时予以调减。",
        "四、审计调查处理情况",
        "　　市审计局已依法出具审计决定书，要求在2025年12月31日前整改到位。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.quota) for leaf in leaves] == [
        ("XT25ZD01", "科技创新股", 30, 2), ("XT25ZD02", "科技创新股", 30, None),
        ("XT25SF01", "社会发展股", 10, None)]


def test_a_study_booklet_and_a_mind_maps_own_branches_fund_nothing() -> None:
    """学习导读 and 如何向群众讲清楚前资助、后补助的区别 in a study booklet, 我司申报安排（自由主题） in
    a clerk's mind map: their own parts, though they name sums; 三、…后补助 ⏎ 本年度申报办法另行
    通知。 waits for a later notice."""
    text = "\n".join([
        "学习导读",
        "本讲帮助大家读懂县里今年的科技计划，最高可获50万元资助。",
        "一、重点研发计划（科技股）",
        "本类项目须由企业牵头申报，采取前资助方式，实施期限2年。",
        "1．紫苏籽油精深加工技术（HN25ZD01）",
        "每项资助不超过30万元，拟支持2项。",
        "2．大豆蛋白功能食品开发（HN25ZD02）",
        "每项资助不超过20万元。",
        "二、农业科技示范（农村科技股）",
        "1．寒地水稻绿色高效栽培示范（HN25NY01）",
        "每项资助10万元，企业、合作社均可牵头。",
        "三、企业研发经费投入后补助（科技计划管理股）",
        "本年度申报办法另行通知。",
        "四、如何向群众讲清楚前资助、后补助和以奖代补的区别",
        "前资助是立项后先拨钱，比如每项30万元先到账；后补助是干完了再补。",
        "五、我司申报安排（自由主题）",
        "报：HN25ZD01 紫苏籽油（牵头），预算总额90万元，申请财政30万元",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan) for leaf in leaves] == [
        ("HN25ZD01", "科技股", 30), ("HN25ZD02", "科技股", 20), ("HN25NY01", "农村科技股", 10)]


def test_an_agreements_own_number_and_a_partys_credit_code_are_no_codes() -> None:
    """A 产学研联合申报合作协议书 opens with 协议编号：… and each party's 统一社会信用代码：…: the
    agreement's and the firm's own numbers, no direction under its title."""
    text = "\n".join([
        "产学研联合申报合作协议书",
        "协议编号：BFHY-CXY-2026-007",
        "甲方：宝丰县某耐火材料有限公司",
        "统一社会信用代码：91410421MA47X3KQ2B",
        "法定代表人：王某",
        "第二条　《指南》方向及主要条件",
        "一、产业关键技术攻关类（归口：工业科技股）",
        "1．高温窑炉用低碳耐火材料制备技术（BF26GY01）",
        "须由企业牵头申报，每项资助不超过40万元。",
        "2．不锈钢精密管材智能成形技术（BF26GY02）",
        "须由企业牵头申报，每项资助不超过30万元。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan) for leaf in leaves] == [
        ("BF26GY01", "工业科技股", 40), ("BF26GY02", "工业科技股", 30)]


def test_a_ballots_table_of_a_draft_guideline_and_the_meetings_decision_on_it() -> None:
    """A 局务会议表决票: 序号 | 方向名称（指南代码） | 支持标准（审议稿） | 承办股室 | 表决意见 | 意见或建议,
    each class's 本类共性要求 under its row, the ticks reduced to 同意; the decision after the vote
    count raises 1-3-2's cap — the draft's column and office read, the row's cap as decided."""
    text = "\n".join([
        "三、第3号议题表决票",
        "议题名称：审议《某县2026年度科技计划项目申报指南（审议稿）》",
        "序号\t方向名称（指南代码）\t支持标准（审议稿）\t承办股室\t表决意见\t意见或建议",
        "一、重点研发计划",
        "本类共性要求：须由企业牵头申报；采取前资助方式；项目执行期不超过2年。",
        "1-1\t清江鱼生态养殖与精深加工（CY26ZD01）\t每项资助20～30万元，拟支持2项\t农村科技股\t同意",
        "1-2\t中小水电站装备智能运维技术（CY26ZD04）\t每项不超过30万元，拟支持1项\t高新技术股"
        "\t修改后同意\t上限偏低，建议提至35万元",
        "二、社会发展与民生科技计划",
        "本类共性要求：企业、高等院校均可牵头申报；采取前资助方式；项目执行期12个月。",
        "2-1\t土家医药中药材标准化种植（CY26SF01）\t每项资助10万元，拟支持3项\t社会发展股\t同意",
        "",
        "表决人（签名）：向　敏",
        "第3号议题会议决定：",
        "1．议题以过半数同意通过。1-2方向按多数意见修改：资助上限由审议稿的“每项不超过30万元”调整为"
        "“每项不超过35万元”，其余内容不变。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.period_years_max,
             leaf.enterprise_lead_only) for leaf in leaves] == [
        ("CY26ZD01", "农村科技股", 30, 2, True), ("CY26ZD04", "高新技术股", 35, 2, True),
        ("CY26SF01", "社会发展股", 10, 1, False)]


def test_an_inspection_records_items_quote_keyword_numbered_directions() -> None:
    """（1）方向1.1　精密光学…（HY25GY01） in a 暗访检查记录: the item's number, then the keyword and
    its number spaced from the title — the title is the words after them; the desk's answers
    (窗口答复) and a later 本年度暂不受理 item are no terms."""
    text = "\n".join([
        "二、逐项核对记录",
        "核对项1　重点研发项目（工业领域）",
        "指南原文（本类共性要求）：须由企业牵头申报；采取前资助方式；实施期不超过2年。"
        "归口科室：高新技术与产业化科。",
        "（1）方向1.1　精密光学镜片冷加工自动化技术（HY25GY01）",
        "指南原文：每项资助30～50万元，拟支持2项。",
        "窗口答复：“最多50万，两年做完。”",
        "核对：√一致",
        "（2）方向1.2　平板玻璃深加工节能窑炉改造技术（HY25GY02）",
        "指南原文：每项资助不超过40万元，拟支持1项。",
        "窗口答复：“四十万封顶。”",
        "核对项2　市级科技创新平台建设项目",
        "指南原文：本年度暂不受理，申报安排另行通知。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.funding_max_wan) for leaf in leaves] == [
        ("精密光学镜片冷加工自动化技术", "HY25GY01", 50),
        ("平板玻璃深加工节能窑炉改造技术", "HY25GY02", 40)]


def test_a_meeting_records_closed_direction_questions_and_a_bangdans_run_on_terms() -> None:
    """A 民主恳谈会记录: 这个方向今年先不受理 (said aloud) closes 3.; 三、企业代表恳谈发言及现场
    答复 is the meeting's questions; 榜单金额：80万元（…）；…；实施期限2025年6月—2027年5月。 — the
    榜单's period runs on after the sponsor's money."""
    text = "\n".join([
        "二、县科技局发布指南要点",
        "（一）海洋产业关键技术攻关项目（归口：高新技术股）",
        "　　本类统一要求：须由企业牵头申报；采取前资助方式。",
        "　　1.贻贝精深加工与副产物高值化利用（SS25HY01）",
        "　　　　支持额度：每项20～40万元；拟支持2项。",
        "　　2.海岛微电网与储能应用示范",
        "　　　　林涛：这个方向今年先不受理，申报办法另行通知，大家不要现在报。",
        "（二）揭榜挂帅项目（归口：高新技术股）",
        "　　1.冷链海鲜品质保持与全程溯源技术（SS25JB01）",
        "　　　　榜单金额：80万元（由发榜企业支付揭榜方）；揭榜方不限；县财政按发榜企业实际支付额的"
        "30%给予奖补，最高不超过24万元；实施期限2025年6月—2027年5月。",
        "三、企业代表恳谈发言及现场答复",
        "　　【发言1】嵊泗县海之源水产食品有限公司　李国平",
        "　　　　问：我们去年研发费用是120万元，能不能同时报？",
        "　　　　答：可以同时报，同一单位限报2项，最高给40万元。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.period_years_max) for leaf in leaves] == [
        ("SS25HY01", 40, None), ("SS25JB01", 24, 2)]


def test_a_law_databases_page_breaks_framed_in_rules_and_an_office_before_a_code() -> None:
    """A 法规数据库 download: ──── 第 2 页 / 共 4 页 ──── then the database's running header at each
    break (not a group of what follows); （责任股室：科技计划股；事项代码：YLKJ25-CXQ） names the
    office before the item's code."""
    text = "\n".join([
        "法规汇通数据库 · 全文下载",
        "三、支持方向及标准",
        "（一）重点研发专项（责任股室：科技计划股）",
        "　　支持强度：单个项目30万元～80万元。",
        "　　1．蜂产品精深加工与质量追溯技术（方向代码：YLKJ25-ZD02）",
        "　　研究内容：开展蜂蜜低温浓缩与活性保持技术研究。",
        "──────────── 第 2 页 / 共 4 页 ────────────",
        "法规汇通数据库　FHT.13.2025.04711",
        "",
        "　　2．新型绿色建材低碳制造技术（方向代码：YLKJ25-ZD03）",
        "　　研究内容：开展固废基胶凝材料制备工艺研究。",
        "（二）科技创新券（责任股室：科技计划股；事项代码：YLKJ25-CXQ）",
        "　　对科技型中小企业按实际支付费用的50%给予后补助，每家企业年度补助最高5万元。",
        "（三）企业研发费用后补助（责任股室：科技计划股；事项代码：YLKJ25-YF）",
        "　　按研发费用增量部分的10%给予后补助，单家企业最高不超过30万元。",
        "──────────── 第 3 页 / 共 4 页 ────────────",
        "法规汇通数据库　FHT.13.2025.04711",
        "",
        "四、申报程序",
        "　　（一）网上申报。截止时间为2025年4月30日。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan) for leaf in leaves] == [
        ("YLKJ25-ZD02", "科技计划股", 80), ("YLKJ25-ZD03", "科技计划股", 80),
        ("YLKJ25-CXQ", "科技计划股", 5), ("YLKJ25-YF", "科技计划股", 30)]


def test_a_worksheets_blank_questions_and_what_follows_its_excerpt_fund_nothing() -> None:
    """A 导学案: 1．…由哪个部门组织申报？答：______ are the pupils' questions; the guideline
    quoted as 材料一 ends at （以下略） — the tasks and the quiz after it (D．实施期限3年) are the
    worksheet's."""
    text = "\n".join([
        "【课前预习】",
        "1．我县科技计划项目由哪个部门组织申报？答：______________",
        "2．“归口股室”是什么意思？答：______________",
        "【知识链接】",
        "前资助：项目立项后先拨付经费；后补助：项目完成后按规定给予补助。",
        "【学习材料】",
        "材料一：《依兰县2025年度科技计划项目申报指南》（节选）",
        "二、支持方向",
        "（一）农业科技攻关项目（归口股室：农村科技股）",
        "　　本类项目实行前资助，单项支持10万元～20万元。",
        "1．寒地水稻绿色丰产栽培技术集成与示范（编号：YL25NY01）",
        "　　主要内容：集成寒地水稻侧深施肥技术。拟支持不超过2项。",
        "（二）科技型中小企业研发奖补（归口股室：工业科技股）",
        "　　对2024年度通过评价入库的科技型中小企业，一次性给予3万元奖补。",
        "（以下略）",
        "【课堂检测】",
        "1．（单选）工业科技攻关项目的实施期限是（　　）",
        "A．1年\tB．18个月\tC．2年\tD．3年",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.period_years_max) for leaf in leaves] == [
        ("寒地水稻绿色丰产栽培技术集成与示范", 20, None), ("科技型中小企业研发奖补", 3, None)]


def test_a_members_meetings_papers_and_its_spoken_office_and_count() -> None:
    """A 社员代表大会 pack: 议题一　…工作报告（摘要）, 议题四　…的决议（草案） and 表决票 are the
    meeting's papers, though they name sums; 所有方向都归科技股管 gives every direction its office;
    要几个：拟建3个 is the count."""
    text = "\n".join([
        "【二、议题一　2025年度理事会工作报告（摘要）】",
        "争取县科技计划项目1项（红毛丹保鲜，二十万元），已通过验收。",
        "【四、议题三　关于组织成员社申报县2026年度科技计划项目的说明】",
        "县里今年科技计划一共安排资金四百二十万元。所有方向都归科技股管，联系人符芳。",
        "▲方向1　红毛丹采后保鲜与分级包装技术（BT26NY01）",
        "给多少：每项二十万元。",
        "要几个：拟支持2项。",
        "▲方向2　农村科技服务站建设（BT26XC02）",
        "给多少：每个站八万元。",
        "要几个：拟建3个。",
        "【五、议题四　联合社牵头申报项目及自筹资金的决议（草案）】",
        "一、由联合社牵头申报方向1，申请县资助二十万元，联合社自筹二十万元；",
        "【六、表决票】",
        "同意□　　反对□　　弃权□",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.quota) for leaf in leaves] == [
        ("BT26NY01", "科技股", 20, 2), ("BT26XC02", "科技股", 8, 3)]


def test_a_live_streams_log_is_read_by_its_pinned_cards() -> None:
    """A 直播回放互动记录: stamped captions, 弹幕 and system lines around the bureau's pinned cards
    (〔置顶卡片 #1〕 ⏎ the card's lines): the cards are the call; 平台奖补 said aloud is no way of
    paying the first class, 去年立项23项 no count."""
    chatter = [f"[19:3{k}:0{k}] 〔弹幕〕观众{k}：来了" for k in range(8)]
    text = "\n".join([
        "【直播回放互动记录导出】",
        "直播主题：2025年度瓜州县县级科技计划项目申报指南解读",
        *chatter,
        "[19:40:02] 〔AI字幕·嘉宾 王建军〕去年全县一共立项23项，下达资金512万元。",
        "[19:41:05] 〔置顶卡片 #1〕",
        "　　一、县级重点研发计划（归口：科技计划股）",
        "　　本类通用条件：实行事前资助；须由企业牵头申报；项目执行期不超过2年。",
        "[19:41:40] 〔AI字幕·嘉宾 王建军〕合作社可以看第三类后面的平台奖补，自筹不低于1:1.2。",
        "[19:42:30] 〔置顶卡片 #1-1〕",
        "　　方向1.1　戈壁日光温室水肥一体化智能控制技术集成与示范",
        "　　方向代码：GZ25YF01",
        "　　支持额度：20万～30万元/项　　拟支持：2项",
        "[19:43:02] 〔弹幕〕瓜州蜜瓜哥：合作社能牵头吗？",
        "[19:43:31] 〔置顶卡片 #1-2〕",
        "　　方向1.2　风光储一体化场站智能运维关键技术研究",
        "　　方向代码：GZ25YF03",
        "　　支持额度：30万元/项（定额）　　拟支持：1项",
        "[20:41:55] 〔系统〕直播结束",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.funding_mode, leaf.quota,
             leaf.matching_ratio) for leaf in leaves] == [
        ("GZ25YF01", 30, "前资助", 2, None), ("GZ25YF03", 30, "前资助", 1, None)]


def test_a_checkers_unit_tag_before_a_part_heading() -> None:
    """【校核单元07】第四部分　申报程序及其他 in a 交叉校核记录: the part the unit checks — it closes
    the directions above (its dates and phone are no terms of the last one)."""
    text = "\n".join([
        "【校核单元03】第三部分　支持方向",
        "一、科技成果转化奖补（成果转化科）",
        "1．技术成果本地转化奖补（方向代码：KZ25-CG01）",
        "定稿原文：以奖代补，按技术合同实际成交额的10%给予奖补，单个企业最高不超过30万元。",
        "【校核单元07】第四部分　申报程序及其他",
        "定稿原文：网上申报时间为2025年3月3日至3月31日；咨询电话023-525xxxxx。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan) for leaf in leaves] == [("KZ25-CG01", 30)]
    assert "申报时间" not in (leaves[0].content or "")


def test_a_labelled_line_then_the_first_item_of_a_list_is_no_wrapped_value() -> None:
    """直播主题：2025年度…申报指南解读 ⏎ 一、县级重点研发计划（归口：…）: the label's value ends on its
    line where a numbered list starts — 一、 heads the plan whose terms its directions share."""
    text = "\n".join([
        "直播主题：2025年度瓜州县县级科技计划项目申报指南解读",
        "一、县级重点研发计划（归口：科技计划股）",
        "本类通用条件：实行事前资助；须由企业牵头申报；项目执行期不超过2年。",
        "方向1.1　戈壁日光温室水肥一体化智能控制技术集成与示范",
        "方向代码：GZ25YF01",
        "支持额度：20万～30万元/项　　拟支持：2项",
        "方向1.2　风光储一体化场站智能运维关键技术研究",
        "方向代码：GZ25YF03",
        "支持额度：30万元/项（定额）　　拟支持：1项",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_mode, leaf.period_years_max)
            for leaf in leaves] == [("GZ25YF01", "科技计划股", "前资助", 2),
                                    ("GZ25YF03", "科技计划股", "前资助", 2)]


def _leaf_terms(text: str) -> list[tuple[object, ...]]:
    """(title, code, office, max, mode, period, quota) of each leaf of a text document."""
    return [(leaf.title, leaf.code, leaf.office, leaf.funding_max_wan, leaf.funding_mode,
             leaf.period_years_max, leaf.quota)
            for leaf in parse_document(text.encode(), "t.txt").leaves]


def test_a_gantt_printouts_tasks_read_by_their_wbs_numbers() -> None:
    """A firm's work plan printed from a project planner's Gantt view (the header's first cells
    run together, some rows' tabs lost to spaces): 标识号 | WBS | 任务名称 | 工期 | … rows, each
    task's 备注 under it — the guideline's plans and directions by their WBS numbers; the
    firm's own tasks under a coded direction (编制申报书（2.1）) and the resource sheet none."""
    rows = [
        "项目：某县2025科技计划申报.mpp（某果业科技有限公司　研发管理部）",
        "标识号WBS\t任务名称\t工期\t开始时间\t完成时间\t前置任务\t资源名称",
        "0\t0\t某县2025科技计划申报工作\t38 个工作日\t25年3月3日\t25年4月23日",
        "备注：本年度市级科技计划资金预算总额600万元（仅供了解，不是单项额度）。",
        "1\t1\t前期准备\t5 个工作日\t25年3月3日\t25年3月7日",
        "2\t1.1\t研读指南、列出方向清单\t2 个工作日\t25年3月3日\t25年3月4日\t刘卓",
        "6\t2\t重点研发计划\t30 个工作日\t25年3月10日\t25年4月18日\t1",
        "备注：归口科室：科技发展股。支持方式：前资助。项目实施期不超过2年。",
        "7\t2.1\t葡萄绿色种植关键技术【BZ25-ZY-01】\t25 个工作日\t25年3月10日\t25年4月11日\t4",
        "备注：支持强度20万～30万元/项；拟支持2项。",
        "8 2.1.1 编制申报书（2.1） 15 个工作日 25年3月10日 25年3月28日 刘卓",
        "9\t2.1.2\t系统填报并提交（2.1）\t5 个工作日\t25年4月7日\t25年4月11日\t8",
        "11\t2.2\t石材固废综合利用技术【BZ25-ZY-02】\t0 个工作日\t25年3月10日\t25年3月10日\t—",
        "备注：支持强度不超过40万元；拟支持1项；实施期18个月。",
        "17\t3\t科技成果转化计划\t20 个工作日\t25年3月17日\t25年4月11日\t1",
        "备注：归口科室：成果转化股。支持方式：事后补助。",
        "18\t3.1\t技术合同成交后补助【BZ25-CG-01】\t20 个工作日\t25年3月17日\t25年4月11日",
        "备注：按技术合同实际成交额的10%给予补助，单个企业最高不超过20万元。",
        "19\t3.1.1\t汇总2024年技术合同登记证明\t5 个工作日\t25年3月17日\t25年3月21日",
        "标识号\t资源名称\t类型\t缩写\t最大单位\t标准费率\t成本",
        "7\t申报咨询费\t成本\t咨\t\t\t¥20,000.00",
    ]
    assert _leaf_terms("\n".join(rows)) == [
        ("葡萄绿色种植关键技术", "BZ25-ZY-01", "科技发展股", 30, "前资助", 2, 2),
        ("石材固废综合利用技术", "BZ25-ZY-02", "科技发展股", 40, "前资助", 1.5, 1),
        ("技术合同成交后补助", "BZ25-CG-01", "成果转化股", 20, "后补助", None, None)]


def test_a_briefs_groups_and_directions_with_bars_and_bulleted_terms() -> None:
    """A 达人 brief: 【A组】…类｜归口：农村科技股 heads a group; A1 …｜代码 PN26A01 a direction (its
    title before the bar); · 支持：… ⏎ · 方式：… ⏎ · 标准：… its terms, a label each."""
    text = "\n".join([
        "四、口播必提信息",
        "【A组】农业与乡村振兴科技类｜归口：农村科技股",
        "本组统一口径：均为事前资助；执行期不超过两年。",
        "A1 屏南工夫红茶标准化加工与品质提升｜代码 PN26A01",
        "· 支持：每项不超过30万元",
        "· 名额：拟支持3项",
        "· 可以拍：高山茶园、揉捻车间",
        "【C组】企业创新激励类｜归口：高新技术股",
        "C1 企业研发费用后补助｜代码 PN26C01",
        "· 方式：后补助",
        "· 对象：规上工业企业，上年度研发费用不低于200万元",
        "· 标准：按研发费用增量的10%给予补助，单家最高50万元",
    ])
    assert _leaf_terms(text) == [
        ("屏南工夫红茶标准化加工与品质提升", "PN26A01", "农村科技股", 30, "前资助", 2, 3),
        ("企业研发费用后补助", "PN26C01", "高新技术股", 50, "后补助", None, None)]


def test_a_media_catalogues_segments_and_scenes() -> None:
    """A 媒资编目单: 片段02　一、农业科技攻关类（农业科技股） is the guideline's class, its 场景02-1
    the directions; …采取前资助方式。 after the content is the way; 片段05's 另行通知，本次不受理
    closes it, last year's sums after it none."""
    text = "\n".join([
        "片段02　一、农业科技攻关类（农业科技股）",
        "内容描述\t嘉宾介绍本类共设2个方向，执行期不超过2年，须由企业牵头申报。",
        "场景02-1　菠萝全产业链保鲜与精深加工〔XW25NY01〕",
        "内容描述\t支持菠萝冷链保鲜技术研发，采取前资助方式。单项支持不超过40万元，拟支持3项。",
        "场景02-2　南美白对虾种苗繁育〔XW25NY02〕",
        "内容描述\t支持对虾良种选育，采取前资助方式。每项支持20万～30万元，拟支持2项。",
        "片段05　四、揭榜挂帅项目",
        "内容描述\t今年的榜单正在征集，发榜时间和申报办法另行通知，本次不受理。去年单个榜单金额最高100万元。",
        "片段06　五、科技特派员农村科技服务项目（农业科技股）",
        "内容描述\t支持科技特派员开展技术服务，采取后补助方式。每个项目支持5万元，拟支持10项。",
    ])
    assert _leaf_terms(text) == [
        ("菠萝全产业链保鲜与精深加工", "XW25NY01", "农业科技股", 40, "前资助", 2, 3),
        ("南美白对虾种苗繁育", "XW25NY02", "农业科技股", 30, "前资助", 2, 2),
        ("科技特派员农村科技服务项目", None, "农业科技股", 5, "后补助", None, 10)]


def test_a_grid_workers_log_names_the_part_it_retells() -> None:
    """A 网格员走访日志: 宣传内容：指南第一部分“农业科技攻关”（县科技局农村科技股负责） heads that
    part; ①肉牛产业科技支撑，分两个子方向，每个子方向每项资助30万元： ⏎ 1）… 2）…: the circled
    direction holds its sub-directions (and their grant); ③…：…另行通知”，本次不受理 is closed."""
    text = "\n".join([
        "3月4日　星期一　晴",
        "走访对象：宁夏海裕牧业有限公司　接待人：李经理",
        "宣传内容：指南第一部分“农业科技攻关”（县科技局农村科技股负责）",
        "本部分要点：须由在我县注册的企业牵头申报；采取前资助方式；项目实施期限2年。",
        "①肉牛产业科技支撑，分两个子方向，每个子方向每项资助30万元：",
        "1）肉牛高效繁育与犊牛成活率提升（代码HY24NY01-1）",
        "2）牛羊常见疫病综合防控技术（代码HY24NY01-2）",
        "②小杂粮新品种引进与示范（代码HY24NY02）",
        "资助10～20万元，本方向拟支持2项。",
        "③数字经济与工业互联网：指南写明“该方向申报办法另行通知”，本次不受理。",
        "企业反馈：李经理说公司去年研发投入约60万元。",
    ])
    assert _leaf_terms(text) == [
        ("肉牛高效繁育与犊牛成活率提升", "HY24NY01-1", "农村科技股", 30, "前资助", 2, None),
        ("牛羊常见疫病综合防控技术", "HY24NY01-2", "农村科技股", 30, "前资助", 2, None),
        ("小杂粮新品种引进与示范", "HY24NY02", "农村科技股", 20, "前资助", 2, 2)]


def test_a_group_meetings_agenda_items_and_reporters_are_no_directions() -> None:
    """组会纪要: 议题一：文献与论文进展 ⏎ 1. 周敏（博三）：…8万元… — an agenda item and the people
    reporting, not directions; 议题二's account of the guideline is."""
    text = "\n".join([
        "议题一：文献与论文进展",
        "1. 周敏（博三）：论文二审返回，版面费约3800元。",
        "2. 陈磊（博士后）：博士后基金面上资助8万元的结题报告6月底前交。",
        "议题二：武功县2025年度科技计划项目申报指南学习",
        "（二）农业科技创新专题（农村科技股）",
        "本专题须由企业牵头申报；采取前资助方式；项目实施期限2年。",
        "方向1：猕猴桃品质提升与采后保鲜技术（WG25NY03）",
        "每项资助20万元，拟支持2项。",
        "方向2：农产品加工智能装备研发（WG25GY01）",
        "每项资助30万元。",
    ])
    assert _leaf_terms(text) == [
        ("猕猴桃品质提升与采后保鲜技术", "WG25NY03", "农村科技股", 20, "前资助", 2, 2),
        ("农产品加工智能装备研发", "WG25GY01", "农村科技股", 30, "前资助", 2, None)]


def test_a_bots_markdown_bullets_are_a_coded_directions_points() -> None:
    """A DingTalk bot's markdown push: **7. 县级工程技术研究中心建设**　`GX26-PT02` ⏎ - 经认定的…给予
    5万元奖补 ⏎ - 依托单位：…均可 — the bullets are the direction's own points, not parts."""
    text = "\n".join([
        "### 某县2026年度科技计划项目申报指南（摘要推送 2/4）",
        "#### 二、科技成果转化计划（归口：科技服务股）",
        "",
        "**4. 科技成果落地转化后补助**　`GX26-CG01`",
        "- 支持方式：事后补助，按研发投入的30%补助，单项最高80万元",
        "- 申报条件：规模以上工业企业，上年度研发投入不低于500万元",
        "",
        "### 某县2026年度科技计划项目申报指南（摘要推送 3/4）",
        "#### 三、创新平台与创新主体培育（归口：科技服务股）",
        "本计划采用以奖代补方式。",
        "",
        "**6. 高新技术企业首次认定奖励**　`GX26-PT01`",
        "- 对2025年度首次通过认定的高新技术企业，给予一次性奖励10万元",
        "",
        "**7. 县级工程技术研究中心建设**　`GX26-PT02`",
        "- 经认定的县级工程技术研究中心给予5万元奖补",
        "- 依托单位：县内企业、高校、科研院所均可",
        "",
        "**8. 省级以上创新平台配套支持**",
        "- 2026年度申报工作另行通知，本次不受理",
    ])
    assert [(code, office, cap) for _, code, office, cap, *_ in _leaf_terms(text)] == [
        ("GX26-CG01", "科技服务股", 80), ("GX26-PT01", "科技服务股", 10),
        ("GX26-PT02", "科技服务股", 5)]


def test_a_lessons_quoted_words_are_no_closing_of_the_class_talked_about() -> None:
    """A 课堂实录: （五）… ⏎ 采取事前资助…拟支持4项。 ⏎ 生：写了“本年度暂不受理”。 — the pupil
    quotes （四）'s words; （五） stays open."""
    text = "\n".join([
        "【课件第9页】指南原文：",
        "（四）科技创新平台建设项目",
        "本年度暂不受理，具体安排另行通知。",
        "（五）农业科技特派员服务专项（主管股室：农村科技股，指南代码：QY2026TP）",
        "采取事前资助、分年拨付方式，每项资助5万元，服务期2年。拟支持4项。",
        "师：（四）这一类，企业今年能不能报？",
        "生（李同学）：不能，写了“本年度暂不受理”。",
    ])
    assert _leaf_terms(text) == [
        ("农业科技特派员服务专项", "QY2026TP", "农村科技股", 5, "前资助、分年拨付", 2, 4)]


def test_a_bids_class_table_with_wide_bars_and_its_own_record_lines() -> None:
    """A 磋商响应文件: 项目名称：…服务；本项目预算金额：9.8万元 and 报价一览表 are the bid's own;
    类别｜牵头要求｜资助标准 ⏎ A类｜…｜每项20万元至40万元: a class table its directions name."""
    text = "\n".join([
        "第二章　报价一览表",
        "项目名称：某县2025年度科技计划项目申报辅导服务；本项目预算金额：9.8万元；最终报价：8.6万元。",
        "第三章　服务方案",
        "二、重点研发计划（归口股室：科技股）",
        "本计划采取事前资助方式，项目实施期限不超过2年。按下表分类管理：",
        "类别｜牵头要求｜资助标准",
        "A类｜须由企业牵头，牵头企业须为规模以上工业企业｜每项20万元至40万元",
        "B类｜企事业单位、高等院校均可牵头｜每项不超过10万元",
        "（一）有色金属精深加工与资源综合利用（指南代码：XY25YF01）",
        "项目类别：A类。重点支持锌、铅冶炼渣有价金属回收技术研发。拟支持2项。",
        "（二）滇重楼仿野生种植关键技术（指南代码：XY25YF03）",
        "项目类别：B类。拟支持2项。",
    ])
    leaves = parse_document(text.encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.enterprise_lead_only)
            for leaf in leaves] == [("XY25YF01", 20, 40, True), ("XY25YF03", None, 10, False)]


def test_a_notebooks_own_parts_a_coded_items_named_bangdan_and_classes_left_out() -> None:
    """一、带教计划（…） and 二、带教记录 are a 师带徒 notebook's parts; 10．揭榜挂帅项目 ⏎ 指南代码：… ⏎
    榜单名称：… names the item's 榜单 (a field, no part); 三、社会发展科技计划 whose note counts 6
    directions not copied has none to apply to; 本榜单限1家揭榜 counts one; 四、本年度防控重点 and
    ◎院内支持 (a hospital's own match) are no directions."""
    text = "\n".join([
        "一、带教计划（局人事股下发，师傅填写）",
        "考核方式：每月自测一次，满分100分，80分合格。",
        "二、带教记录",
        "今年县财政安排科技专项资金900万元。",
        "三、社会发展科技计划",
        "归口科室：社会发展科",
        "【注】本类共6个方向（医疗卫生、生态环保等），与公司业务无关，不用摘录。",
        "四、揭榜挂帅项目（归口：成果转化股）",
        "10．揭榜挂帅项目",
        "　　指南代码：YD25JB-01",
        "　　发榜企业：盐城某传动科技有限公司",
        "　　榜单名称：工业机器人用高精度谐波减速器",
        "　　县财政按实际研发投入的30%给予事后补助，最高不超过20万元；本榜单限1家揭榜。",
        "五、临床科研成果后补助（归口：成果转化股）",
        "对获得市科学技术奖的项目完成单位，给予一次性后补助：一等奖3万元、二等奖2万元。",
        "◎院内支持",
        "对获县级立项的项目，医院按立项经费的50%给予院内配套。",
        "六、本年度防控重点",
        "1.各方向立项数、资助额度不得突破附表参数，全部立项资金不超过预算860万元；",
    ])
    assert _leaf_terms(text) == [
        ("揭榜挂帅项目", "YD25JB-01", "成果转化股", 20, "后补助", None, 1),
        ("临床科研成果后补助", None, "成果转化股", 3, "后补助", None, None)]


def test_a_proof_checking_reports_indexes_and_marks_are_no_text() -> None:
    """A 审校系统 检测报告: [013] before each paragraph of the checked text, 〔P04〕 where a problem
    was found; 一、问题清单 quotes the text's sums. The paragraphs read as written."""
    text = "\n".join([
        "一、问题清单",
        "P04［一般·数字一致性］[016]“每项10～20万元”与同级[014]“每项不超过25万元”不一致。",
        "二、原文逐段标注",
        "[008] 附件1：2026年度蒙阴县科技计划项目申报指南",
        "[009] 一、县级科技创新发展计划·重点研发类（高新技术股）",
        "[010] 本类项目〔P02〕申报主体须为企业；采取前资助方式；实施期限不超过24个月。",
        "[011] （一）蜜桃产业提质增效",
        "[012] 本方向下设2个子方向，合计拟支持3项。",
        "[013] 1.蜜桃采后预冷与冷链保鲜技术（MY26ZY01）",
        "[014] 研究内容：产地快速预冷。支持强度：每项不超过25万元。",
        "[015] 2.桃胶、桃仁精深加工技术（MY26ZY02）",
        "[016] 研究内容：桃胶低聚糖开发。支持强度：每项10～20万元〔P04〕。",
        "[017] （二）长毛兔兔毛功能性纺织材料研发（MY26ZY03）",
        "[018] 研究内容：兔毛纤维改性与混纺工艺。支持强度：不超过40万元，拟支持2项。",
    ])
    assert _leaf_terms(text) == [
        ("蜜桃采后预冷与冷链保鲜技术", "MY26ZY01", "高新技术股", 25, "前资助", 2, None),
        ("桃胶、桃仁精深加工技术", "MY26ZY02", "高新技术股", 20, "前资助", 2, None),
        ("长毛兔兔毛功能性纺织材料研发", "MY26ZY03", "高新技术股", 40, "前资助", 2, 2)]


def test_an_awards_findings_quote_the_guideline_between_its_own_parts() -> None:
    """An arbitration award: （一）申请人的仲裁请求及事实与理由 and （二）被申请人的答辩意见 name sums
    of their own; （三）仲裁庭查明的事实 quotes the guideline, closed by （以上为《申报指南》照录
    内容）, and the findings numbered on after it (4．证据6为…) are the tribunal's."""
    text = "\n".join([
        "一、案情",
        "（一）申请人的仲裁请求及事实与理由",
        "申请人请求：裁决被申请人支付咨询服务成功费人民币20000元。",
        "（二）被申请人的答辩意见",
        "被申请人辩称：申请人曾承诺资助额可达100万元。",
        "（三）仲裁庭查明的事实",
        "2．证据4为《申报指南》，载明如下：",
        "一、农业科技创新专项（归口科室：农村科技科）",
        "本专项采用前资助方式，单个项目资助10万元—20万元，实施期限2年。",
        "1．青花椒提质增效与采收机械化（YY25N01）",
        "研究青花椒矮化密植技术，拟支持2项。",
        "2．酉阳茶叶标准化加工与品牌提升（YY25N02）",
        "开展茶叶清洁化加工生产线集成，本方向单个项目资助二十万元至三十万元。",
        "（以上为《申报指南》照录内容）",
        "4．证据6为《关于下达2025年度县级科技计划项目的通知》，财政资助25万元。",
        "5．被申请人至今未支付成功费。",
    ])
    assert _leaf_terms(text) == [
        ("青花椒提质增效与采收机械化", "YY25N01", "农村科技科", 20, "前资助", 2, 2),
        ("酉阳茶叶标准化加工与品牌提升", "YY25N02", "农村科技科", 30, "前资助", 2, None)]


def test_a_quiz_shows_script_is_read_by_its_big_screen() -> None:
    """A 知识竞赛台本: 【大屏字幕】 / 【大屏字幕·要点】 alone on a line, the screen's words under it;
    the hosts' and contestants' lines (一号台（选手张磊）：我选C，五十万元。), the cues (【音效】,
    【计分】) are the show's — wrong answers and last year's sums among them. 1.3 …（本次暂不受理）
    is closed."""
    lines = ["【开场】", "高：欢迎收看。", "白：今年市财政安排一千二百万元。", "寇：第四个专项这次先不开。",
             "【大屏字幕】", "一、现代农业科技专项（归口：农村科技股）",
             "【大屏字幕·专项说明卡】", "本专项采取前资助方式；项目执行期2025年7月—2027年6月。",
             "白：我们先从农业开始。"]
    for number, (title, code, terms, answer) in enumerate([
            ("苹果矮砧密植提质增效技术集成示范", "BZKJ2025-NY01", "每项资助不超过30万元。", "五十万元"),
            ("设施蔬菜绿色防控与水肥一体化", "BZKJ2025-NY02", "每项资助15万～25万元；拟支持3项。",
             "二十万元")], start=1):
        lines += [f"【题目{number}】", "高：请听题。这个方向最多资助多少？",
                  f"一号台（选手张磊）：我选C，{answer}。", "【音效】错误提示音", "【大屏字幕】",
                  f"1.{number}　{title}（指南代码：{code}）", "【大屏字幕·要点】", terms,
                  f"白：{answer}是去年的标准。", "【计分】一号台 0分", ""]
    lines += ["【大屏字幕】", "1.3　畜禽养殖废弃物资源化利用（本次暂不受理）",
              "寇：今年这一轮暂不受理。", "高：下面进入抢答题。"]
    assert _leaf_terms("\n".join(lines)) == [
        ("苹果矮砧密植提质增效技术集成示范", "BZKJ2025-NY01", "农村科技股", 30, "前资助", 2, None),
        ("设施蔬菜绿色防控与水肥一体化", "BZKJ2025-NY02", "农村科技股", 25, "前资助", 2, 3)]


def test_a_quotations_table_quotes_the_terms_beside_its_fees() -> None:
    """A 服务报价单: 序号 | 申报方向（指南代码） | 归口股室 | 指南支持条款（摘自指南） | 服务方式 |
    服务费（元）: a table of directions (the office's column and the terms' column make it one),
    the firm's fees beside them."""
    text = "\n".join([
        "表1　申报方向及服务报价明细",
        "序号\t申报方向（指南代码）\t归口股室\t指南支持条款（摘自指南）\t服务方式\t服务费（元）",
        "一、科技攻关类",
        "1\t铸造用高性能覆膜砂制备技术 （指南代码：JH2025-GG01）\t科技股\t支持方式：前资助 "
        "资助额度：20万～30万元 实施期限：2年 拟支持：2项\t申报书代编\t基础服务费6000",
        "2\t农机零部件精密铸造与数字化检测 （指南代码：JH2025-GG02）\t科技股\t支持方式：前资助 "
        "资助额度：不超过25万元 实施期限：18个月 拟支持：1项\t申报书代编\t基础服务费5000",
        "合计\t\t\t\t\t11000",
    ])
    assert _leaf_terms(text) == [
        ("铸造用高性能覆膜砂制备技术", "JH2025-GG01", "科技股", 30, "前资助", 2, 2),
        ("农机零部件精密铸造与数字化检测", "JH2025-GG02", "科技股", 25, "前资助", 1.5, 1)]


def test_a_claim_forms_class_rows_state_their_terms_after_a_gap() -> None:
    """A 认领表: 一、重点研发计划（归口：高新技术股）　类别标准：前资助，每项支持20～50万元… spans the
    table over its class's rows (按类别标准 in a row's cell); last year's awards, by firm
    (序号 | 企业 | 项目类别 | 资金（万元）), are no directions."""
    text = "\n".join([
        "序号\t攻坚项目（指南方向）\t指南代码\t支持标准\t实施期\t认领支部",
        "一、重点研发计划（归口：高新技术股）　类别标准：前资助，每项支持20～50万元；实施期2年；"
        "须由企业牵头申报。",
        "1\t微型扬声器高保真振膜材料研发\tFS26ZD01\t按类别标准；拟支持2项\t2年\t顺声电子党支部",
        "2\t智能音频模组与主动降噪算法\tFS26ZD02\t每项支持30～80万元；拟支持1项\t2年\t（待认领）",
        "二、农业与社会发展科技计划（归口：农村与社会发展科技股）　类别标准：前资助，每项补助10万元；"
        "实施期18个月；企业、事业单位均可牵头。",
        "3\t丰顺高山茶绿色生产与品质提升\tFS26NS01\t按类别标准\t18个月\t丰茗茶业党支部",
        "",
        "附：园区企业2025年度获县级科技项目情况（参考）",
        "序号\t企业\t项目类别\t资金（万元）\t所在支部",
        "1\t顺声电子\t重点研发计划\t40\t顺声电子党支部",
        "2\t丰茗茶业\t农业科技计划\t10\t丰茗茶业党支部",
    ])
    assert _leaf_terms(text) == [
        ("微型扬声器高保真振膜材料研发", "FS26ZD01", "高新技术股", 50, "前资助", 2, 2),
        ("智能音频模组与主动降噪算法", "FS26ZD02", "高新技术股", 80, "前资助", 2, 1),
        ("丰顺高山茶绿色生产与品质提升", "FS26NS01", "农村与社会发展科技股", 10, "前资助", 1.5, None)]


def test_a_business_plans_and_a_fund_reports_own_parts_fund_nothing() -> None:
    """A 商业计划书's 二、行业与市场分析 … 六、融资需求与资金用途 and a 投后管理月报's 二、被投企业经营
    动态, with their sums, are theirs; ① …（JX24ZD03-1）　★本公司重点申报 is a reader's mark; a
    contents line whose leader is cut to one … is an entry still."""
    text = "\n".join([
        "目　　录",
        "一、公司概况 …………………………………… 1",
        "二、行业与市场分析：2024年黑蒜市场规模 … 2",
        "三、融资需求与资金用途 …………………………… 3",
        "四、政策环境与政府资金规划 ……………………… 4",
        "一、公司概况",
        "公司2023年实现营业收入1.36亿元，研发费用412万元。",
        "二、行业与市场分析",
        "2023年国内黑蒜市场规模约42亿元，年均增速12%。",
        "三、融资需求与资金用途",
        "本轮拟融资800万元，研发投入200万元。",
        "四、被投企业经营动态",
        "剑州食品1—5月营收4,316万元，同比增长9.8%。",
        "五、政策环境与政府资金规划",
        "7.2.1 重点研发专项（归口：科技项目股）",
        "本专项采取前资助方式，项目实施期限为2024年7月—2026年6月。",
        "（1）大蒜精深加工关键技术研究（JX24ZD01）",
        "支持额度50万~100万元，拟支持2项。",
        "（2）大蒜生物活性物质开发与利用（JX24ZD03）",
        "本方向分设两个子方向：",
        "① 黑蒜多糖等功能成分提取纯化（JX24ZD03-1）　★本公司重点申报",
        "资助额度为60万元。",
        "② 大蒜素稳定化制剂（JX24ZD03-2）",
        "资助额度不超过40万元，实施期限12个月。",
    ])
    assert _leaf_terms(text) == [
        ("大蒜精深加工关键技术研究", "JX24ZD01", "科技项目股", 100, "前资助", 2, 2),
        ("黑蒜多糖等功能成分提取纯化", "JX24ZD03-1", "科技项目股", 60, "前资助", 2, None),
        ("大蒜素稳定化制剂", "JX24ZD03-2", "科技项目股", 40, "前资助", 1, None)]


def test_an_accountants_opinion_goes_through_the_classes_under_its_own_part() -> None:
    """A 会计专业意见书: 一、委托事项与意见依据 and 四、其他提示 are its own; 三、逐方向摘录及会计处理
    意见 holds the classes （一）（二） after it; 9．方向9　榜单：… names the posting after its
    kind."""
    text = "\n".join([
        "一、委托事项与意见依据",
        "贵公司2024年度营业收入9,862.35万元，研发费用436.18万元。",
        "三、逐方向摘录及会计处理意见",
        "（一）重点研发计划（归口科室：产业发展科）",
        "【指南原文】本类项目须由企业牵头申报，采取前资助方式；项目实施期限不超过2年。",
        "1．方向1　木材精深加工与林业剩余物综合利用技术（指南代码：TL25ZD0201）",
        "支持额度：不超过60万元；拟支持数量：2项。",
        "（二）揭榜挂帅项目（归口科室：产业发展科）",
        "9．方向9　榜单：寒地林下中药材采收机械研发（榜单编号：TL25JB01）",
        "财政资助：市财政按榜单金额的30%给予揭榜方资助，最高不超过60万元；拟支持数量：1项。",
        "四、其他提示",
        "贵公司2025年度预算中“政府补助收入”编列280万元，建议逐方向复核。",
    ])
    assert [(title, code, office, cap) for title, code, office, cap, *_ in _leaf_terms(text)] == [
        ("木材精深加工与林业剩余物综合利用技术", "TL25ZD0201", "产业发展科", 60),
        ("寒地林下中药材采收机械研发", "TL25JB01", "产业发展科", 60)]


def test_a_message_schedule_is_read_by_its_content_column() -> None:
    """A bank's 企业微信 SOP push plan: 序号 | 计划时间 | 消息类型 | 推送内容（话术） | 执行情况 — each
    message its content cell alone (▶子方向1-1｜…（指南代码：…） 研发…: a heading, its code, its body
    after a space; （指南代码：…，归口：…） names the office)."""
    rows = [
        "序号\t计划时间\t消息类型\t推送内容（话术）\t执行情况",
        "SOP-01\t3月31日 09:30\t文字\t各位老板早上好！县科技局2025年度科技计划项目申报马上开始啦！\t已发送",
        "SOP-02\t4月1日 10:00\t文字\t今天介绍重点研发计划：实行前资助，每项资助20万～40万元；须由企业"
        "牵头申报。\t已发送",
        "SOP-03\t4月2日 10:00\t文字\t方向一｜海洋经济（归口：农村科技股） 这个方向分两个子方向。\t已发送",
        "SOP-04\t4月3日 10:01\t文字\t▶子方向1-1｜深远海养殖平台智能投喂与环境监测（指南代码：LY25ZD01-1）"
        " 研发适用于外海养殖平台的自动投喂系统。拟支持1项。\t已发送",
        "SOP-05\t4月3日 10:02\t文字\t▶子方向1-2｜大黄鱼精深加工与冷链保鲜（指南代码：LY25ZD01-2）"
        " 开发大黄鱼精深加工产品。拟支持2项。\t已发送",
        "SOP-06\t4月7日 10:00\t文字\t方向二｜特种钢材与不锈钢新材料（指南代码：LY25ZD02，归口：工业科技股）"
        " 开展高端不锈钢、特种合金材料研发。拟支持2项。\t已发送",
    ]
    leaves = _leaf_terms("\n".join(rows))
    assert [(title, code, quota) for title, code, _, _, _, _, quota in leaves] == [
        ("深远海养殖平台智能投喂与环境监测", "LY25ZD01-1", 1),
        ("大黄鱼精深加工与冷链保鲜", "LY25ZD01-2", 2), ("特种钢材与不锈钢新材料", "LY25ZD02", 2)]
    assert leaves[-1][2] == "工业科技股"


def test_a_micro_dramas_on_screen_words_are_the_call() -> None:
    """A 政务微短剧 screenplay: 【花字】 on-screen words on the cue's own line among the actors'
    lines (林晓芸：隔壁村茶厂去年就拿了二十万) and △ actions: the 花字 are the guideline."""
    lines = [
        "5-1　日　内　云岭茶业制茶车间",
        "△林阿伯在揉捻机旁忙碌。",
        "林阿伯：做茶四十年，靠的是手。",
        "林晓芸：隔壁村茶厂去年就拿了二十万，买了新机器。",
        "陈志航：今年的指南我一条一条讲。",
        "【花字】（一）产业关键技术攻关（归口：产学研合作股）",
        "【花字】前资助｜每项不超过30万元｜须由企业牵头申报",
        "林阿伯：自己也要出钱？",
        "陈志航：政府出一块，你至少出一块。",
        "【花字】1.1　单丛茶智能化初制加工装备（RP26-0101）",
        "【花字】拟支持2项",
        "林晓芸：这个快，一年就做完。",
        "【花字】1.2　茶园病虫害绿色防控与土壤改良（RP26-0102）",
        "【花字】拟支持1项｜本子方向执行期12个月",
        "陈志航：有！方向2就是讲你们的。",
    ]
    assert [(title, code, office, cap, quota) for title, code, office, cap, _, _, quota
            in _leaf_terms("\n".join(lines))] == [
        ("单丛茶智能化初制加工装备", "RP26-0101", "产学研合作股", 30, 2),
        ("茶园病虫害绿色防控与土壤改良", "RP26-0102", "产学研合作股", 30, 1)]


def test_a_quotations_general_conditions_after_its_table_bind_the_class_they_name() -> None:
    """A consultancy's quotation: 表1's rows grouped 一、…类 by the table itself, then the
    quotation's own 二、指南通用条件 ⏎ 1．… and 三、收费与付款说明 — the conditions a section of
    their own (科技攻关类项目须由企业牵头…研发费用不低于50万元…2:1 binds that class's rows
    only), the fee section no direction."""
    rows = [
        "湘南某知识产权服务有限公司　服务报价单",
        "表1　申报方向及服务报价明细",
        "序号\t申报方向（指南代码）\t归口股室\t指南支持条款（摘自指南）\t服务费（元）",
        "一、科技攻关类",
        "1\t铸造用覆膜砂制备技术（指南代码：JH2025-GG01）\t科技股\t支持方式：前资助 资助额度：20万～30万元\t6000",
        "二、农业科技示范类",
        "2\t倒缸酒酿造菌种选育（指南代码：JH2025-NY01）\t农村科技股\t支持方式：后补助 资助额度：每项10万元\t2000",
        "合计\t8000",
        "二、指南通用条件（摘自指南第三部分“申报要求”）",
        "1．申报单位须在县内注册登记、具有独立法人资格。",
        "2．科技攻关类项目须由企业牵头申报，申报企业上年度研发费用不低于50万元，自筹经费与县财政资助资金比例不低于2:1。",
        "三、收费与付款说明",
        "1．立项后按实际资助额8%收取的部分，最高不超过2万元。",
    ]
    leaves = parse_document("\n".join(rows).encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.enterprise_lead_only, leaf.min_rd_spend_wan,
             leaf.matching_ratio) for leaf in leaves] == [
        ("铸造用覆膜砂制备技术", 30, True, 50, 2), ("倒缸酒酿造菌种选育", 10, None, None, None)]


def test_a_group_row_closed_by_its_office_states_its_rows_terms_and_holds_subgroups() -> None:
    """An audit's excerpt of the directions table: 一、…（归口：科技股）本类项目须由企业牵头… a
    group row whose terms run on after its office's bracket, （一）现代农业 a group of its rows
    under it, 四、…（归口：…）另行通知，本次不受理。 a group row with no rows — the table goes on
    under 五、 after it; the 申报主体及条件 column names who applies."""
    rows = [
        "附表1",
        "序号\t方向名称（原文）\t指南代码\t支持方式及标准（原文）\t实施期限\t申报主体及条件（原文）",
        "一、重点研发计划（归口：科技股）本类项目须由企业牵头申报，项目自筹资金与财政资助资金比例不低于1:1。",
        "（一）现代农业",
        "1.1.1\t大豆高油品种选育\tBQ25ZY01\t前资助，每项不超过30万元\t2年\t县内注册企业",
        "（二）农产品精深加工",
        "1.2.1\t大豆蛋白食品开发\tBQ25ZY03\t前资助，每项20万元至40万元\t2年\t规上企业",
        "二、科技成果转化后补助（归口：成果转化股）申报办法另行通知，本次不受理。",
        "三、科技创新平台建设奖补（归口：成果转化股）",
        "3.1\t县级工程技术研究中心认定奖补\tBQ25PT01\t以奖代补，认定后一次性给予10万元\t—\t2025年首次认定的科技型中小企业",
    ]
    leaves = parse_document("\n".join(rows).encode(), "t.txt").leaves
    assert [(leaf.title, leaf.office, leaf.funding_max_wan, leaf.enterprise_lead_only,
             leaf.matching_ratio) for leaf in leaves] == [
        ("大豆高油品种选育", "科技股", 30, True, 1), ("大豆蛋白食品开发", "科技股", 40, True, 1),
        ("县级工程技术研究中心认定奖补", "成果转化股", 10, True, None)]
    assert [(leaf.plan, leaf.group) for leaf in leaves][:2] == [
        ("重点研发计划", "现代农业"), ("重点研发计划", "农产品精深加工")]


def test_a_course_pages_lessons_slides_and_stamped_captions() -> None:
    """A media app's free course copied out: an app's [▶ 继续学习] button, 【目录】 listing the
    lessons with their lengths, ■ 第2课 lessons, 【PPT 2-1】title（代码：…） slides, captions
    stamped [mm:ss] (not 05:48 read as a ratio), a lesson's 【本课要点卡】 recap and the page's
    【学员笔记】 (2-2要1:1配套) after the last one — none of them a direction's terms."""
    lines = [
        "[▶ 继续学习　上次看到 第2课 06:41]",
        "【目录】",
        "第1课　总体安排　　　09:12　试看",
        "第2课　重点研发专项：棉花与番茄　　11:05",
        "■ 第1课　总体安排（09:12）",
        "[00:05] 各位朋友好，我是县科技局的吴建军。",
        "[00:18] 今年县本级科技计划共安排资金1200万元，计划支持不超过40个项目。",
        "[01:02] 申报时间是3月1日到3月31日。",
        "■ 第2课　重点研发专项：棉花与番茄（11:05）",
        "[00:06] 第一个专项由县科技局农村科技科归口管理。",
        "[00:40] 共同要求：必须由企业牵头申报；采取前资助方式；每个项目资助30万元到50万元；执行期不超过两年。",
        "【PPT 2-1】棉花机械化采收提质（代码：HTB26-NY01）",
        "[01:55] 第一个方向，棉花全程机械化采收提质，重点是残膜清理。",
        "[03:10] 这个方向今年拟支持2项。",
        "【PPT 2-2】加工番茄品种选育（代码：HTB26-NY02）",
        "[05:48] 这个方向拟支持1项，而且要求企业自筹经费和财政资助按1:1配套。",
        "[06:41] 执行期方面，育种周期长，这个方向可以放宽到三年，也就是2026年5月到2029年4月。",
        "【本课要点卡】农村科技科｜企业牵头｜前资助｜30万—50万元｜执行期≤2年",
        "【PPT 2-3】技术合同交易后补助（代码：HTB26-ZH01）",
        "[01:12] 对购买技术成果并实施转化的企业，按技术合同实际成交额的5%给予后补助。",
        "[02:30] 单个企业每年最高15万元。",
        "【学员笔记】（公开 36 条）",
        "@大丰镇番茄合作社：2-3要2:1配套，还得三年，记下了。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_max_wan, leaf.period_years_max,
             leaf.quota, leaf.matching_ratio) for leaf in leaves] == [
        ("棉花机械化采收提质", "HTB26-NY01", "农村科技科", 50, 2, 2, None),
        ("加工番茄品种选育", "HTB26-NY02", "农村科技科", 50, 3, 1, 1),
        ("技术合同交易后补助", "HTB26-ZH01", "农村科技科", 15, 2, None, None)]


def test_a_broadcast_proofs_spots_by_version_under_their_class_openers() -> None:
    """A media centre's 播出证明 with the approved scripts: 版本A（30秒）　片头：… opens a class,
    版本A1（60秒）　…（指南代码：…） its spots, 版本B1 a spot with no opener; 【画面】 what the
    screen shows, 【口播】 the words, 【字幕】 a summary (no heading)."""
    lines = [
        "附件",
        "播出文稿（委托单位审定稿）",
        "版本Z（15秒）　总片头",
        "【口播】今年县级科技计划资金总盘子800万元。",
        "【字幕】申报时间：4月10日—5月20日",
        "版本A（30秒）　片头：重点研发计划工业领域",
        "【画面】能源化工综合利用产业园",
        "【口播】工业领域重点研发项目由县科技局高新技术股受理。本类项目须由企业牵头申报，项目执行期不超过24个月。",
        "【字幕】归口：高新技术股｜企业牵头",
        "版本A1（60秒）　油气田伴生资源综合利用（指南代码：JBKJ2025-GY01）",
        "【画面】采气井场",
        "【口播】本方向采取前资助方式，单个项目最高资助80万元，拟支持2项。",
        "【字幕】小杂粮提纯复壮｜良种繁育",
        "版本A2（60秒）　煤化工副产品高值化利用（指南代码：JBKJ2025-GY02）",
        "【口播】单个项目资助30万元至60万元，拟支持3项。",
        "版本B1（30秒）　科技成果转化奖补（指南代码：JBKJ2025-CG01）",
        "【口播】县科技局成果转化股提醒：对在我县落地转化科技成果的企业，按技术合同实际成交额的10%给予奖补，单个企业最高不超过20万元。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.funding_max_wan, leaf.period_years_max,
             leaf.enterprise_lead_only) for leaf in leaves] == [
        ("油气田伴生资源综合利用", "JBKJ2025-GY01", 80, 2, True),
        ("煤化工副产品高值化利用", "JBKJ2025-GY02", 60, 2, True),
        ("科技成果转化奖补", "JBKJ2025-CG01", 20, None, True)]


def test_a_loudspeaker_logs_records_and_a_call_read_out() -> None:
    """An emergency-broadcast log's export: 【记录 2/6】 records (记录编号：YB… no code), the
    call's text-to-speech script — 下面播送第一类，…。, 第一个方向，…。, 事项一：…。, 子方向一，…。
    headings said aloud, 这一类今年计划支持六个项目 the class's count, 这个方向只支持两个项目 its
    own, 每个项目三万元 in words, a class with no directions the direction itself, 逾期不再受理
    no closing; the next record's review note no direction's."""
    lines = [
        "【记录 1/6】",
        "记录编号：YB20250305-0204",
        "文稿内容：",
        "下面播送第一类，农业科技攻关项目。",
        "这一类项目由县科技局农村科技股负责受理。每个项目支持20万元到30万元，采取事前资助方式，项目执行期两年，须由企业牵头申报。",
        "这一类今年计划支持六个项目。",
        "第一个方向，枇杷绿色高效栽培技术。",
        "主要支持枇杷省力化栽培。",
        "第二个方向，鲍鱼健康养殖技术。",
        "主要支持鲍鱼度夏存活率提升。这个方向只支持两个项目。",
        "【记录 2/6】",
        "记录编号：YB20250305-0219",
        "审核意见：文稿中平台奖补金额与局发文件不一致。",
        "【记录 3/6】",
        "记录编号：YB20250305-0231",
        "下面播送第二类，软科学研究项目。",
        "这一类由县科技局综合股负责受理。每个项目三万元，执行期一年。机关、学校、医院和企业都可以申报。今年计划支持四个项目。",
        "申报时间从三月十日开始，到四月十日下午五点截止。逾期不再受理。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_max_wan, leaf.quota,
             leaf.enterprise_lead_only) for leaf in leaves] == [
        ("枇杷绿色高效栽培技术", None, "农村科技股", 30, 6, True),
        ("鲍鱼健康养殖技术", None, "农村科技股", 30, 2, True),
        ("软科学研究项目", None, "综合股", 3, 4, False)]


def test_a_lessons_notes_on_a_guidelines_interpretation_after_a_talk_with_no_call() -> None:
    """Training notes: 第一课 on a union's workshops (no direction), then 第二课　…申报指南解读
    walking through the call — its directions, not an interpretation printed after a guideline;
    第三课　互动答疑 no direction."""
    lines = [
        "第一课  工会工作室怎么对接科技项目",
        "· 全县现有职工创新工作室41家。",
        "第二课  2025年县级科技计划项目申报指南解读",
        "一、重点研发计划（科技发展股管）",
        "项目须由企业牵头申报，每项资助不超过30万元。",
        "方向1　太子参精深加工关键技术（ZR2025-ZD01）",
        "方向2　废旧锂电池回收再生技术（ZR2025-ZD02）",
        "第三课  互动答疑（记了几个有用的）",
        "问1：农业示范的钱什么时候到？",
        "答：后补助，验收合格后一次拨付，每项最高30万元。",
    ]
    assert [(title, code, cap) for title, code, _, cap, _, _, _ in _leaf_terms("\n".join(lines))] \
        == [("太子参精深加工关键技术", "ZR2025-ZD01", 30), ("废旧锂电池回收再生技术", "ZR2025-ZD02", 30)]


def test_a_boxed_title_its_code_closes_is_a_direction() -> None:
    """【棉花全程机械化采收提质（代码：HTB26-NY01）】 under a plan: a slide's title set in brackets,
    a direction by the code inside them (not the plan's text)."""
    lines = [
        "2026年某县科技计划项目申报指南",
        "一、农业科技专项（农村科技股）",
        "本专项须由企业牵头申报，每项资助30万元，执行期2年。",
        "【棉花全程机械化采收提质（代码：HTB26-NY01）】",
        "重点支持采棉机残膜清理。",
        "【加工番茄品种选育与推广（代码：HTB26-NY02）】",
        "重点支持高固形物品种选育。拟支持1项。",
    ]
    assert _leaf_terms("\n".join(lines)) == [
        ("棉花全程机械化采收提质", "HTB26-NY01", "农村科技股", 30, None, 2, None),
        ("加工番茄品种选育与推广", "HTB26-NY02", "农村科技股", 30, None, 2, 1)]


def test_a_registers_digest_of_a_call_its_closed_class_and_bare_terms() -> None:
    """A document register's digest of the call: 1.…（代码SY26NY02）：10万元～15万元。 a grant
    the heading's body states alone; （三）…（成果转化股，代码SY26CG01） the office before the
    code unlabelled; （四）…（农村科技股）：本年度暂停受理。 a class closed after its colon, not the
    text of the one above it."""
    lines = [
        "二、申报方向",
        "（一）农业科技攻关类（农村科技股）",
        "本类采取前资助方式，实施期限为2026年7月—2028年6月。",
        "1.方竹笋高效培育与保鲜加工（代码SY26NY01）：每项15万元。",
        "2.朝天椒种质资源创新与良种繁育（代码SY26NY02）：10万元～15万元。",
        "（二）科技成果转化后补助（成果转化股，代码SY26CG01）",
        "按技术合同实际成交额的10%给予后补助，单项最高30万元。",
        "（三）科技特派员专项（农村科技股）：本年度暂停受理。",
        "三、申报要求：申报单位须为在县内注册的独立法人。",
    ]
    assert [(title, code, office, cap) for title, code, office, cap, _, _, _
            in _leaf_terms("\n".join(lines))] == [
        ("方竹笋高效培育与保鲜加工", "SY26NY01", "农村科技股", 15),
        ("朝天椒种质资源创新与良种繁育", "SY26NY02", "农村科技股", 15),
        ("科技成果转化后补助", "SY26CG01", "成果转化股", 30)]


def test_a_screenplays_general_rules_labelled_and_a_captions_own_cap_after_a_bar() -> None:
    """A micro-drama's 【花字】: 总则：… lines, each a rule for every direction (项目单位自筹资金不少于
    财政资助额: 1:1, not only the one saying 除另有规定外), and 拟支持1项｜本方向每项不超过40万元:
    the count, then the direction's own cap after the bar."""
    lines = [
        "陈志航：今年的指南我一条一条讲，先讲总的规矩。",
        "【花字】总则：除另有规定外，项目执行期不超过24个月；",
        "【花字】总则：项目单位自筹资金不少于财政资助额。",
        "陈志航：第一大类，叫“产业关键技术攻关”。",
        "【花字】（一）产业关键技术攻关（归口：产学研合作股）",
        "【花字】前资助｜每项不超过30万元｜须由企业牵头申报",
        "林阿伯：自己也要出钱？",
        "【花字】方向1　单丛茶智能化初制加工装备（RP26-01）",
        "【花字】拟支持2项",
        "蔡老板：我们养蚝的有没有份？",
        "【花字】方向2　深水网箱生蚝鲍鱼健康养殖（RP26-02）",
        "【花字】拟支持1项｜本方向每项不超过40万元",
        "陈志航：海上的设备贵，所以这个方向额度比别的高一点。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.period_years_max, leaf.quota,
             leaf.matching_ratio) for leaf in leaves] == [
        ("单丛茶智能化初制加工装备", 30, 2, 2, 1), ("深水网箱生蚝鲍鱼健康养殖", 40, 2, 1, 1)]


def test_a_video_series_task_sheets_episodes_each_a_class_over_its_shots() -> None:
    """An AI presenter's video series: 第1集｜…（主管股室：…） over each episode's shot table
    (镜号 | 口播文本 | 贴片 | 时长) — the episode a class, a shot's numbered 贴片 (方向3（揭榜挂帅）…)
    a direction, a shot that only sums up (通用要求 ✔ 企业牵头 …) no heading, the voice saying the
    caption's title again (子方向一，…。) said once."""
    rows = [
        "第1集｜海洋经济关键技术攻关项目（主管股室：科技项目股）",
        "镜号\t口播文本（数字人朗读）\t贴片（画面文字）\t时长",
        "01\t先说这一类的统一要求：都必须由企业牵头，财政事前资助，执行期不超过两年。\t通用要求 ✔ 企业牵头 ✔ 前资助\t10s",
        "",
        "02\t第一个方向，水产良种选育。每项最高资助一百万元，拟支持一项。\t方向1　水产良种选育 代码：DS26HY01 最高100万元\t10s",
        "",
        "",
        "第2集｜海岛民生科技项目（主管股室：社会发展股）",
        "镜号\t口播文本（数字人朗读）\t贴片（画面文字）\t时长",
        "03\t这一类企业、医院都可以牵头，执行期一年，每个项目资助二十万元。\t第二类 海岛民生 均可牵头\t12s",
        "",
        "04\t第一个方向，智慧文旅，分两个子方向。\t方向1　智慧文旅（含2个子方向）\t4s",
        "05\t子方向一，滨海景区游客流量监测。\t1.1　滨海景区游客流量监测 代码：DS26SF01-1\t6s",
        "",
        "06\t子方向二，海岛民宿数字化服务平台。\t1.2　海岛民宿数字化服务平台 代码：DS26SF01-2\t6s",
        "",
        "第3集（暂缓）｜科技特派员服务项目",
        "镜号\t口播文本（数字人朗读）\t贴片（画面文字）\t时长",
        "—\t科技特派员服务项目的申报办法另行通知，本次暂不受理。\t—\t—",
    ]
    assert [(title, code, office, cap, period) for title, code, office, cap, _, period, _
            in _leaf_terms("\n".join(rows))] == [
        ("水产良种选育", "DS26HY01", "科技项目股", 100, 2),
        ("滨海景区游客流量监测", "DS26SF01-1", "社会发展股", 20, 1),
        ("海岛民宿数字化服务平台", "DS26SF01-2", "社会发展股", 20, 1)]


def test_a_radio_programmes_transcript_its_segments_stamped_and_titles_quoted() -> None:
    """A live programme's transcript: 【07:33:10】第一部分　… segments, guests' turns (蔡伟鸿：…)
    saying 第一个方向，是“…”，指南代码…。 and 对。子方向一，是“…”…, 第一种，是“…”。, 由我们科技项目股
    负责 (the speaker's own office), and 这个方向有个门槛：… one sentence."""
    lines = [
        "栏目：《民生直通车》（直播）",
        "主持人：晓岚",
        "嘉宾：县科学技术局科技项目股股长 蔡伟鸿；农村科技股副股长 黄素娟",
        "【07:30:00】片头曲（20秒）",
        "晓岚：各位听众朋友早上好，欢迎收听《民生直通车》。",
        "蔡伟鸿：主持人好，听众朋友们好。",
        "【07:33:10】第一部分　产业关键技术攻关项目",
        "晓岚：蔡股长，第一块归哪个股管？",
        "蔡伟鸿：这一块由我们科技项目股负责。三个方向都一样：必须由企业牵头申报，事前资助，实施期限两年。",
        "蔡伟鸿：第一个方向，是“纺织服装智能制造关键技术”，指南代码JX25GG01。每个项目最高支持八十万元，今年拟支持两项。",
        "蔡伟鸿：第二个方向，是“不锈钢精密成形工艺”，代码JX25GG02。支持三十万元到五十万元，拟支持三项。这个方向有个门槛：申报企业上一年度研发费用不能低于二百万元。",
        "【07:40:25】第二部分　农业农村科技项目",
        "黄素娟：农业农村科技项目由我们农村科技股负责，企业、合作社都可以牵头，事前资助，实施期限十八个月。",
        "黄素娟：对。第一个方向，是“茶产业关键技术”。这个方向下面分两个子方向。",
        "黄素娟：对。子方向一，是“山地茶园绿色防控技术示范”，代码JX25NY01-1，每个项目资助二十万元。",
        "黄素娟：子方向二，是“炒青绿茶自动化加工装备”，代码JX25NY01-2，每个项目资助二十万元。",
        "【07:49:30】第三部分　科技创新平台后补助",
        "蔡伟鸿：这一块是后补助，也是我们科技项目股受理。补助对象是企业。",
        "蔡伟鸿：第一种，是“新认定省级工程技术研究中心补助”。对新认定的企业，一次性补助三十万元。",
        "【07:52:40】第四部分　科技成果转化贷款贴息",
        "蔡伟鸿：这次不受理申报，具体申报办法另行通知。",
        "【07:56:30】【天气预报】",
        "晓岚：今天白天多云转阵雨。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_max_wan, leaf.min_rd_spend_wan)
            for leaf in leaves] == [
        ("纺织服装智能制造关键技术", "JX25GG01", "科技项目股", 80, None),
        ("不锈钢精密成形工艺", "JX25GG02", "科技项目股", 50, 200),
        ("山地茶园绿色防控技术示范", "JX25NY01-1", "农村科技股", 20, None),
        ("炒青绿茶自动化加工装备", "JX25NY01-2", "农村科技股", 20, None),
        ("新认定省级工程技术研究中心补助", None, "科技项目股", 30, None)]



def test_a_report_quoting_the_guideline_between_excerpt_marks_funds_only_inside() -> None:
    """A bank's credit investigation report: its own sections (一、授信申请概况 …申请金额：
    1,500万元, 五、担保分析) around the guideline it quotes between 【摘录开始】 and 【摘录结束】 —
    only the quoted directions are read."""
    lines = [
        "公司客户授信调查报告",
        "一、授信申请概况",
        "　　申请品种：流动资金贷款；申请金额：人民币1,500万元；申请期限：3年。",
        "二、担保分析",
        "　　保证人注册资本3亿元，担保能力较强，可提供最高500万元保证。",
        "三、补充还款来源：政策性资金预期",
        "　　客户经理将指南相关内容摘录如下：",
        "【摘录开始】",
        "秀山县2025年度科技计划项目申报指南",
        "一、重点研发计划（归口：科技股）",
        "本计划采取前资助方式，每项资助30万元至50万元，须由企业牵头申报。",
        "1.秀山土鸡精深加工关键技术（XS25ZD01）",
        "2.金银花饮品功能成分提取技术（XS25ZD02）",
        "【摘录结束】",
        "四、调查结论及授信建议",
        "　　同意授信1,500万元，期限3年。",
    ]
    assert [(title, code, office, cap) for title, code, office, cap, _, _, _
            in _leaf_terms("\n".join(lines))] == [
        ("秀山土鸡精深加工关键技术", "XS25ZD01", "科技股", 50),
        ("金银花饮品功能成分提取技术", "XS25ZD02", "科技股", 50)]


def test_an_audit_letters_findings_and_a_receipts_boxes_are_no_directions() -> None:
    """A management letter: 事项一：… with 【问题描述】【建议】【管理层回复】 only (an audit's
    finding, sums and all), then the call it restates; a tear-off receipt's □方向1 …　□方向2 …
    (boxes to tick) after it."""
    lines = [
        "第一部分　审计中发现的问题及建议",
        "事项一：研发费用归集不规范",
        "【问题描述】贵公司2024年度账面研发费用412.60万元，其中68.35万元计入有误。",
        "【建议】设立研发项目辅助账。",
        "【管理层回复】同意。",
        "第二部分　科技计划项目申报建议",
        "第一类　县级重点研发计划（归口：科技创新股）",
        "　　支持方式：前资助。支持强度：单个项目资助20万元至40万元。",
        "方向A1　纺织新材料研发（编号：HR25-A1）",
        "方向A2　印染废水处理技术（编号：HR25-A2）",
        "附：回执",
        "拟对标方向（可多选）：",
        "□方向1 纺织新材料　□方向2 印染废水",
    ]
    assert [(title, code, office, cap) for title, code, office, cap, _, _, _
            in _leaf_terms("\n".join(lines))] == [
        ("纺织新材料研发", "HR25-A1", "科技创新股", 40),
        ("印染废水处理技术", "HR25-A2", "科技创新股", 40)]


def test_a_bulletins_directions_table_after_its_proposals_with_class_rows_terms() -> None:
    """A 社情民意 bulletin: 三、几点建议 (what members propose: 建议…须为规上企业) then 附表1's
    directions — no proposal's; a class row's （本类统一：须由企业牵头；…不低于2:1） its rows'
    terms; a 申报要求 cell naming the firms it is for (2023年度首次认定的高新技术企业)."""
    rows = [
        "三、几点建议",
        "1．建议第4项研发投入门槛分档设置，重点研发项目申报单位须为规上企业。",
        "附表1　《指南》方向摘录及盟员企业意见对照",
        "序号\t方向名称\t方向代码\t归口股室\t支持标准\t申报要求\t企业意见",
        "一、工业科技攻关类（本类统一：须由企业牵头；企业自筹与财政资金比例不低于2:1）",
        "1\t铸造用覆膜砂绿色再生与循环利用\tJS24GY02\t高新技术股\t最高50万元\t—\t门槛偏高",
        "二、科技创新奖补类",
        "2\t首次认定高新技术企业奖励\t—\t综合股\t一次性奖补10万元\t2023年度首次认定的高新技术企业\t兑现偏慢",
    ]
    leaves = parse_document("\n".join(rows).encode(), "t.txt").leaves
    assert [(leaf.title, leaf.office, leaf.funding_max_wan, leaf.enterprise_lead_only,
             leaf.matching_ratio, leaf.qualifications) for leaf in leaves] == [
        ("铸造用覆膜砂绿色再生与循环利用", "高新技术股", 50, True, 2, []),
        ("首次认定高新技术企业奖励", "综合股", 10, True, None, ["高新技术企业"])]


def test_a_coding_sheet_quotes_the_guideline_in_its_source_column() -> None:
    """A research group's policy coding sheet: 样本编号：S-03 (a sample's number, no code), then
    单元号 | 指南原文（逐句摘录） | 一级 | 二级 | 备注 rows — the guideline its source column says,
    sentence by sentence; the codes and the coders' remarks (变量赋值=100) no terms."""
    rows = [
        "政策文本编码工作表",
        "样本编号：S-03　　　样本名称：某市2025年度科技计划项目申报指南",
        "单元号\t指南原文（逐句摘录）\t一级\t二级\t备注",
        "S03-001\t（一）重点研发计划（归口科室：高新技术发展科）\t—\t—\t",
        "S03-002\t本计划采取事前资助方式，单个项目资助30万元至80万元，项目实施周期不超过2年。\tS\tS1资金投入\t强度变量赋值=100",
        "S03-003\t1．特色食品加工关键技术（指南代码：YJ25ZY01）\tS\tS2科技投入\t",
        "S03-004\t研究传统发酵食品标准化发酵与品质控制技术。本方向拟支持2项。\tS\tS2科技投入\t立项数量变量",
        "S03-005\t2．跨境电商数字化服务平台（指南代码：YJ25ZY02）\tS\tS2科技投入\t",
        "S03-006\t研发多语种商品信息处理平台。本方向拟支持1项，项目实施周期18个月。\tD\tD2贸易管制\t周期变量赋值1.5",
    ]
    assert _leaf_terms("\n".join(rows)) == [
        ("特色食品加工关键技术", "YJ25ZY01", "高新技术发展科", 80, "前资助", 2, 2),
        ("跨境电商数字化服务平台", "YJ25ZY02", "高新技术发展科", 80, "前资助", 1.5, 1)]


def test_a_reporters_notebook_its_times_bullets_and_offices_after_dashes() -> None:
    """A reporter's typed-up notebook: 9:40　开始。… notes by the time they were taken (no
    chapters), 一、…——高新技术股管 (the office after a dash), a class's terms as · bullets (no
    headings over the ① directions after them)."""
    lines = [
        "9:40　开始。王股长先讲总体。",
        "·今年市本级科技计划资金700万。",
        "9:52　问：今年分几大块？",
        "答：两块。",
        "一、重点研发计划（工业领域）——高新技术股管",
        "王：这一类的标准是统一写的，下面方向里不重复：",
        "　·事前资助",
        "　·每项10万—30万元",
        "　·执行期不超过24个月",
        "　·这一类每个方向拟支持2项",
        "①　果壳活性炭高性能制备与再生技术",
        "　　代码　PQ2026-GX01",
        "二、农业科技计划——农村科技股",
        "　·事前资助，每项定额15万元",
        "①　平泉香菇工厂化栽培与菌渣循环利用",
        "　　代码　PQ2026-NY01　　拟支持2项",
        "10:18　问：配套怎么理解？",
        "10:41　问：去年农业立了几个？",
        "11:25　结束。",
    ]
    assert [(title, office, cap, quota) for title, _, office, cap, _, _, quota
            in _leaf_terms("\n".join(lines))] == [
        ("果壳活性炭高性能制备与再生技术", "高新技术股", 30, 2),
        ("平泉香菇工厂化栽培与菌渣循环利用", "农村科技股", 15, 2)]


def test_an_answers_wrapped_sentence_a_clock_and_a_librarys_items_are_no_headings() -> None:
    """A Q&A site's answer hard-wrapped: …原文是统一写在计划下面的，方向 ⏎ 里不再重复： (the end
    of a sentence, no title over the terms under it); 1. 截止是5月20日17:00，… (a clock's colon,
    no title); a library's 文献1　…指南（摘录） (an item pushed, no direction)."""
    lines = [
        "文献1　某县2025年度科技计划项目申报指南（摘录）",
        "来源：某县人民政府网",
        "一、重点研发计划（农牧科技股负责）",
        "这一类是大头，下面几个方向都按这套标准走，原文是统一写在计划下面的，方向",
        "里不再重复：",
        "▪ 额度：每项20万～50万元",
        "▪ 执行期：不超过2年",
        "1. 草原生态修复技术集成示范",
        "代码：XLHT2025-NM01",
        "2. 乌珠穆沁羊高效繁育与健康养殖",
        "代码：XLHT2025-NM02",
        "文献2　某县科技统计公报",
        "最后几句：",
        "1. 截止是5月20日17:00，系统会卡时间，别拖到最后一天；",
        "2. 咨询电话是0479-8226xxx，工作日打；",
    ]
    assert [(title, code, cap, period) for title, code, _, cap, _, period, _
            in _leaf_terms("\n".join(lines))] == [
        ("草原生态修复技术集成示范", "XLHT2025-NM01", 50, 2),
        ("乌珠穆沁羊高效繁育与健康养殖", "XLHT2025-NM02", 50, 2)]


def test_an_acceptance_tests_parameter_table_and_a_daily_reports_q_and_a() -> None:
    """A UAT document (文档编号：… no code) whose 表1 group rows say （一）…。本专题拟支持3项。 (a
    group of groups, its count its rows'), its 申报主体及其他校验项 column the rows' requirements;
    a 【窗口答疑摘要】 after the last direction no direction's, and 发榜及揭榜办法另行通知 closing."""
    rows = [
        "用户验收测试（UAT）用例",
        "文档编号：YZ-WYKJ-UAT-2026-03",
        "表1　2026年度指南方向参数基线",
        "序号\t方向代码\t方向名称\t资助额度\t资助方式\t拟支持数\t申报主体及其他校验项",
        "一、重点研发计划（归口：高新技术与产业科）本类项目均须由企业牵头申报。",
        "（一）先进材料与绿色化工。本专题拟支持3项。",
        "1\tWY26GY01\t富锂锰基正极材料低成本制备技术\t30～50万元\t前资助\t见专题\t上年度研发投入不低于300万元",
        "2\tWY26GY02\t天然气化工副产物高值化利用\t不超过40万元\t前资助\t见专题\t自筹资金与财政资助比例不低于2:1",
        "二、揭榜挂帅专项（归口：科技合作科）",
        "3\tWY26JB02\t烟草机械智能化改造技术需求\t—\t—\t—\t本榜单仍在征集完善中，发榜及揭榜办法另行通知。",
        "",
        "【窗口答疑摘要】",
        "1．问：高校能否牵头？",
        "答：不能，各方向均须由企业牵头；本批暂不受理揭榜挂帅申报。",
    ]
    leaves = parse_document("\n".join(rows).encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_max_wan, leaf.quota,
             leaf.enterprise_lead_only, leaf.min_rd_spend_wan, leaf.matching_ratio)
            for leaf in leaves] == [
        ("富锂锰基正极材料低成本制备技术", "WY26GY01", "高新技术与产业科", 50, 3, True, 300, None),
        ("天然气化工副产物高值化利用", "WY26GY02", "高新技术与产业科", 40, 3, True, None, 2)]


def test_a_shot_logs_caption_cards_head_its_usable_takes() -> None:
    """A TV feature's shot log (镜号 | 时码 | 画面 | 同期声 / 字幕卡 | 可用): each usable take's
    first 【字幕】 card a heading where numbered (1．…), its code card in brackets after it, what
    is said under it; a take marked NG (a slip: 资助五十……不对) dropped, and the editor's notes
    after the table (字幕卡校对记录：…本次不受理…) too."""
    rows = [
        "镜号\t时码（入—出）\t景别/画面\t同期声 / 字幕卡\t可用",
        "1\tA003 00:02:15—00:02:57\t空镜\t同期声（画外）：“第一块是区重点研发计划，全部是前资助，必须由企业牵头申报。”"
        " 【字幕】一、区重点研发计划（农村科技股） 【字幕】前资助｜须由企业牵头\t✔",
        "",
        "",
        "2\tA003 00:03:34—00:04:12\t特写\t同期声：“第一个方向是沉香，每项资助三十万元。”"
        " 【字幕】1．沉香精深加工与品质评价关键技术 【字幕】指南代码：DB2025NY01｜每项资助30万元\t✔",
        "",
        "",
        "3\tA003 00:04:20—00:04:39\t近景\t同期声：“第二个方向呢，是……资助五十……不对不对，我说错了。”\tNG",
        "4\tA003 00:04:45—00:05:31\t空镜\t同期声：“第二个方向是海水养殖，资助额度二十万到四十万元。”"
        " 【字幕】2．海水养殖良种选育与智能投喂装备 【字幕】指南代码：DB2025NY02｜资助20万～40万元\t✔",
        "",
        "",
        "剪辑意见（编导）：",
        "字幕卡校对记录：镜号15：高企培育入库奖励本次不受理。",
    ]
    assert [(title, code, office, cap, mode) for title, code, office, cap, mode, _, _
            in _leaf_terms("\n".join(rows))] == [
        ("沉香精深加工与品质评价关键技术", "DB2025NY01", "农村科技股", 30, "前资助"),
        ("海水养殖良种选育与智能投喂装备", "DB2025NY02", "农村科技股", 40, "前资助")]


def test_a_handover_lists_duties_inventory_and_a_rule_for_a_numbered_sub_direction() -> None:
    """A clerk's handover list: 一、岗位日常工作事项 (1．高新技术企业管理：… her duties), the
    call it quotes with （2）… then 子方向（2）项目执行期不超过18个月。 (a rule for that sub-direction,
    no heading of its own), and 序号｜名称｜数量｜存放位置 (things handed over, no directions)."""
    lines = [
        "一、岗位日常工作事项",
        "1．高新技术企业管理：我司高企证书2026年需重新认定，年报尚未填报。",
        "2．研发费用归集：2024年度研发费用合计1,860.4万元，较上年增长23.0%。",
        "二、申报指南摘录",
        "（一）重点研发计划（归口：产业科技股）",
        "本类项目采取前资助方式，单项资助10万至30万元，项目执行期不超过2年。",
        "1．农机装备智能化关键技术（CT2025ZD03）",
        "本方向设两个子方向，每个子方向拟支持1项。",
        "（1）玉米籽粒直收割台与脱粒部件（CT2025ZD03-1）",
        "（2）秸秆打捆离田作业装备（CT2025ZD03-2）",
        "子方向（2）项目执行期不超过18个月。",
        "三、资料及物品移交清单",
        "序号｜名称｜数量｜存放位置",
        "1｜县级项目申报系统单位账号｜1个｜综合部统一保管",
        "2｜CT2024ZD05项目档案盒｜2盒｜207室文件柜第三层",
    ]
    assert [(title, code, cap, period, quota) for title, code, _, cap, _, period, quota
            in _leaf_terms("\n".join(lines))] == [
        ("玉米籽粒直收割台与脱粒部件", "CT2025ZD03-1", 30, 2, 1),
        ("秸秆打捆离田作业装备", "CT2025ZD03-2", 30, 1.5, 1)]


def test_a_copied_out_call_between_marks_and_a_fairs_signed_projects() -> None:
    """A first secretary's handover: 一、村情概况 (集体经济收入28.6万元…) before the call he copied
    out between －－ 指南抄录 开始 －－ and －－ 指南抄录 结束 －－; a fair page's 序号 | 项目名称 |
    签约金额 (investments signed, no directions) after it."""
    lines = [
        "一、村情概况（交出人填写）",
        "  1. 村集体经济收入28.6万元，比2022年增加9.2万元。",
        "二、已完成工作",
        "  1. 争取县科技局农业科技示范项目1项，资助10万元，已验收。",
        "    ------------ 指南抄录 开始 ------------",
        "    一、农业科技示范项目（农村科技股）",
        "    本类项目每项资助10万元，执行期2年，企业、合作社均可申报。",
        "    1．山地苹果矮砧密植技术示范（YC24NY01）",
        "    2．红枣精深加工技术（YC24NY02）",
        "    ------------ 指南抄录 结束 ------------",
        "签约项目一览",
        "序号\t项目名称\t签约金额",
        "1\t竹基复合材料产业化项目\t1.2亿元",
        "2\t黄精精深加工生产线\t8000万元",
    ]
    assert [(title, code, office, cap, period) for title, code, office, cap, _, period, _
            in _leaf_terms("\n".join(lines))] == [
        ("山地苹果矮砧密植技术示范", "YC24NY01", "农村科技股", 10, 2),
        ("红枣精深加工技术", "YC24NY02", "农村科技股", 10, 2)]


def test_a_review_records_classes_their_numbered_items_and_labelled_codes() -> None:
    """A form-review record: 一、审查依据 and 二、通用审查要点 (the record's own), then A类… /
    C类…（指南代码：…）（归口股室：…） / D类　“揭榜挂帅”项目 classes — A-01　…（指南代码：LY26-A01）
    items whose code is the labelled one (A-01 is their number), D-01　榜单：… a 榜单, and C类 a
    class with no items the direction itself."""
    lines = [
        "一、审查依据",
        "1．《鹿邑县2026年度县级科技计划项目申报指南》；",
        "二、通用审查要点（所有类别适用）",
        "（1）申报单位在县内注册登记，具有独立法人资格；",
        "A类　县级重点研发专项（归口股室：发展计划股）",
        "　　类别要求：资助方式为前资助，单项资助15万—25万元；项目执行期不超过2年。",
        "A-01　化妆刷用功能性纤维与刷具智能制造（指南代码：LY26-A01）",
        "　　拟立项2项。",
        "A-02　农副产品精深加工与品质控制（指南代码：LY26-A02）",
        "　　拟立项1项；本方向项目执行期不超过18个月。",
        "C类　科技型中小企业研发贷款贴息（指南代码：LY26-C01）（归口股室：发展计划股）",
        "　　类别要求：按实际支付利息的50%给予贷款贴息，单户贴息最高20万元；申报主体须为企业。",
        "D类　“揭榜挂帅”项目（归口股室：发展计划股）",
        "　　类别要求：县财政按发榜企业实际支付金额的20%对揭榜方给予后补助，最高12万元。",
        "D-01　榜单：化妆刷尾毛自动理毛设备研制（指南代码：LY26-D01）",
        "　　发榜单位：某刷业有限公司；榜单金额60万元；攻关期限24个月。",
    ]
    leaves = _leaf_terms("\n".join(lines))
    assert [(title, code, office, mode) for title, code, office, _, mode, _, _ in leaves] == [
        ("化妆刷用功能性纤维与刷具智能制造", "LY26-A01", "发展计划股", "前资助"),
        ("农副产品精深加工与品质控制", "LY26-A02", "发展计划股", "前资助"),
        ("科技型中小企业研发贷款贴息", "LY26-C01", "发展计划股", "贷款贴息"),
        ("化妆刷尾毛自动理毛设备研制", "LY26-D01", "发展计划股", "后补助")]
    assert [cap for _, _, _, cap, _, _, _ in leaves[:3]] == [25, 25, 20]


def test_a_transcripts_archive_number_is_no_speaker() -> None:
    """A programme transcript's closing 归档号：JXGB-2025-0417-01　　整理日期：… is the record's own
    field, not a speaker's turn: its number stays labelled, no code opening a direction."""
    lines = [
        "主持人：晓岚",
        "晓岚：蔡股长，第一块归哪个股管？",
        "蔡伟鸿：这一块由我们科技项目股负责，事前资助，实施期限两年。",
        "蔡伟鸿：第一个方向，是“纺织服装智能制造关键技术”，指南代码JX25GG01。每个项目最高支持八十万元。",
        "晓岚：八十万，力度不小。",
        "蔡伟鸿：第二个方向，是“不锈钢精密成形工艺”，代码JX25GG02。支持三十万元到五十万元。",
        "晓岚：好的，谢谢。",
        "蔡伟鸿：不客气。",
        "——————————————",
        "归档号：JXGB-2025-0417-01　　整理日期：2025年4月17日",
    ]
    assert [(title, code, cap) for title, code, _, cap, _, _, _ in _leaf_terms("\n".join(lines))] \
        == [("纺织服装智能制造关键技术", "JX25GG01", 80), ("不锈钢精密成形工艺", "JX25GG02", 50)]


def test_a_crm_pages_barred_rows_without_a_header_are_directions() -> None:
    """A sales rep's CRM page pasting a call: ━ A …｜归口：… groups (one stroke of a rule before
    each, a bullet), then A1 title｜code｜amount｜… rows with no header over them — each a
    direction, its code in its own cell, its amount the cell after (15万～25万元, each end with
    its unit), a last cell wrapped onto the next line (须为…) or onto a row of its own; 榜单2 …｜
    另行发布，本次不受理 is closed; ■ 跟进记录 and ■ 关联联系人 are the page's own, no leaves."""
    lines = [
        "■ 商机描述",
        "━ A 县级重点研发项目｜归口：高新科技股",
        "共性：须企业牵头；前资助；实施周期不超过24个月。",
        "A1 锦橙采后商品化处理与冷链保鲜技术｜PA2026-ZY01｜不超过30万元",
        "A2 真丝家纺面料数码印花工艺开发｜PA2026-ZY02｜15万～25万元｜",
        "须为已入库科技型中小企业",
        "A3 医药中间体绿色合成工艺\tPA2026-ZY03\t每项贰拾万元\t须为高新技术企业，",
        "上年度研发费用不低于100万元\t执行期2026年6月—2027年5月\t只支持1项",
        "━ B 平台与主体培育奖补｜归口：科技成果股",
        "共性：以奖代补；只面向企业。",
        "B1 技术合同登记奖补｜PA2026-JB01｜年度登记成交额100万元以上奖5万元，300万元以上奖10万元",
        "B2 首次入库科技型中小企业奖补｜PA2026-JB03｜每家2万元",
        "━ E 揭榜挂帅｜归口：高新科技股",
        "榜单1 锦橙自动化分级分选装备研制｜榜单编号PA2026-BD01",
        "县财政按实际到位金额的30%给予揭榜方补助，最高不超过15万元；攻关周期18个月。",
        "榜单2 柑橘黄龙病快速检测技术｜另行发布，本次不受理",
        "■ 跟进记录（共2条）",
        "● 2026-03-05 10:20　周婷　电话",
        "客户：蓬安锦源果业有限公司",
        "内容：介绍A1。客户去年研发费用约80万元，按30万资助算要自筹60万。",
        "报价：代理服务费1.2万元",
        "■ 关联联系人",
        "姓名\t客户\t职务\t电话",
        "何建国\t蓬安锦源果业有限公司\t总经理\t138****6620",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan)
            for leaf in leaves] == [
        ("锦橙采后商品化处理与冷链保鲜技术", "PA2026-ZY01", "高新科技股", None, 30),
        ("真丝家纺面料数码印花工艺开发", "PA2026-ZY02", "高新科技股", 15, 25),
        ("医药中间体绿色合成工艺", "PA2026-ZY03", "高新科技股", 20, 20),
        ("技术合同登记奖补", "PA2026-JB01", "科技成果股", 5, 10),
        ("首次入库科技型中小企业奖补", "PA2026-JB03", "科技成果股", 2, 2),
        ("锦橙自动化分级分选装备研制", "PA2026-BD01", "高新科技股", None, 15)]
    assert "科技型中小企业" in leaves[1].qualifications
    assert (leaves[2].min_rd_spend_wan, leaves[2].period_years_max, leaves[2].quota) == (100, 1, 1)


def test_a_tv_guides_listings_set_beside_the_call_are_read_column_by_column() -> None:
    """A TV guide's page as a PDF reader gives it: each baseline's listing, a tab, then the row
    of the column beside it reprinting the call, wrapped at the column's width (…专项资金1 ⏎
    500万元…) — the call read down its own column, each leaf citing its physical line; 榜单2 whose
    申报时间和揭榜要求另行通知 is not posted yet; 方向一 晴 2～15℃ in the weather box no direction."""
    rows = [
        ("06:30 早安晋中", "（一）区级重点研发计划（产业技术科）"),
        ("07:00 新闻联播（转播）", "本计划项目须由企业牵头申报，可联合高校、科研院所共同实施；采取前资助"),
        ("07:35 电视剧：山河锦绣(21)", "方式，分年度拨付（立项当年拨付60%，次年拨付40%）；实施期不超过24个月。"),
        ("09:10 健康大讲堂", "1．液压零部件精密铸造与智能产线（YC26-ZY01）"),
        ("10:00 电视剧：山河锦绣(22)", "研究内容：高压柱塞泵壳体低压铸造、缺陷在线检测与数字孪生产线。考核指"),
        ("12:00 晋中新闻（重播）", "标：铸件合格率达到98%以上。资助额度：30万元—50万元，拟立项2项。"),
        ("12:30 法治在线", "2．高端纺织机械数字化升级（YC26-ZY02）"),
        ("13:10 电视剧：乔家大院(5)", "研究内容：细纱机、络筒机远程运维与能耗优化。资助额度：不超过40万元。"),
        ("16:20 动画城", "申报单位须为高新技术企业，上年度研发费用不低于200万元；实施期为2026年"),
        ("17:30 三农直通车", "6月至2027年11月，逾期未完成的按规定收回资助资金，不再另行安排经费。"),
        ("18:00 榆次新闻", "（二）“揭榜挂帅”项目（产业技术科）"),
        ("18:30 晋中新闻", "榜单1：新能源工程机械液压转向系统降噪（YC26-JB01）"),
        ("19:00 新闻联播（转播）", "榜单金额：300万元，由发榜企业支付；区财政补助揭榜方最高60万元。"),
        ("19:35 科技之光", "榜单2：智能纺机专用伺服控制器国产化"),
        ("20:10 电视剧：山河锦绣(24)", "发榜企业需求仍在论证，本榜单申报时间和揭榜要求另行通知。"),
        ("21:45 晋中新闻（重播）", ""),
    ]
    lines = ["本周荧屏", *(f"{left}\t{right}" for left, right in rows),
             "便民服务台", "本周天气", "方向一 晴 2～15℃", "方向二 多云 4～17℃", "方向三 小雨 3～11℃"]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.title, leaf.code, leaf.office, leaf.funding_max_wan)
            for leaf in leaves] == [
        (5, "液压零部件精密铸造与智能产线", "YC26-ZY01", "产业技术科", 50),
        (8, "高端纺织机械数字化升级", "YC26-ZY02", "产业技术科", 40),
        (13, "新能源工程机械液压转向系统降噪", "YC26-JB01", "产业技术科", 60)]
    assert leaves[0].enterprise_lead_only and leaves[1].min_rd_spend_wan == 200


def test_a_hospitals_handover_log_relays_the_call_between_its_days_sections() -> None:
    """A hospital's morning-handover book, hard-wrapped at 40: each day between ──── rules, its
    【date　weekday　time　room】 and 主持：…　到会：… lines spaced like a header but the day's
    record prose — no table to merge its lines into; 一、夜班交班 / 二、职能科室事项 /
    三、院领导讲话 every day (the record's own sections, never directions); the 科教科 item
    reading out the call's directions, and （四）…配套：本次暂不受理，待市卫健委…评审结果公布后另行
    通知。 closed however long its note (not the text of the direction before it)."""
    first = [
        '────────────────────────────────────────',
        '【2025年4月7日\u3000星期一\u300007:45—08:12\u3000门诊楼四楼第一会议室】',
        '主持：郑启明（业务副院长）\u3000到会：临床医技科室主任、护士长、职能科室负责人共41',
        '人',
        '一、夜班交班',
        '内一科（心血管/呼吸）：原有患者46人，入院7人，出院5人，现有48人；病危1人',
        '（17床，急性心梗PCI术后），病重3人。',
        '内二科（消化/内分泌）：原有39人，入院6人，出院4人，现有41人；无病危，病重',
        '1人（8床，糖尿病酮症酸中毒）。',
        '外科（普外/骨科）：原有52人，入院9人，出院6人，现有55人；昨日手术11台，',
        '其中三级手术4台；今日择期手术8台。',
        '妇产科：原有21人，入院4人，出院3人，现有22人；昨日分娩3人（顺产2、剖宫产',
        '1），母婴平安。',
        '儿科：原有18人，入院5人，出院6人，现有17人。',
        '急诊科：24小时接诊136人次，120出车9次，抢救3人次，均成功。',
        'ICU：现有6人，呼吸机辅助通气2人。',
        '护理部：夜班护理交班无特殊，压疮高危患者11人，均已落实翻身记录。',
        '二、职能科室事项',
        '1.医务科：上周运行病历甲级率94.2%，有3份首次病程记录超时，已通报到科。4',
        '月15日起省卫健委医疗质量飞行检查，各科按清单自查。',
        '2.院感科：3月手卫生依从率83%，未达90%的目标，本周外科、ICU为重点督查',
        '科室。',
        '3.科教科（吴丽萍科长）：传达县科技局《关于组织申报周宁县2025年度科技计划项',
        '目的通知》（周科〔2025〕9号）。以下照录：',
        '（一）医疗卫生',
        '1.县域常见病、多发病诊疗适宜技术研究（指南代码ZN25SF01）：每项资助不超过8万',
        '元。',
        '三、院领导讲话',
        '郑院长：一季度DRG结算数据出来后单独开会分析；飞检前各科再过一遍核心制度。',
        '（交班结束\u300008:12）',
        '────────────────────────────────────────',
    ]
    later = [
        "【2025年4月{d}日\u3000星期{w}\u300007:45—08:10\u3000门诊楼四楼第一会议室】",
        "主持：郑启明\u3000到会41人",
        "一、夜班交班",
        "内一科：现有46人，病重2人。内二科：现有40人。外科：现有57人，昨日手术12台。",
        "二、职能科室事项",
        "{item}",
        "三、院领导讲话",
        "郑院长：科研选题要结合临床。",
        "────────────────────────────────────────",
    ]
    items = [
        "1.科教科（吴丽萍）：继续传达县科技计划社会发展类（照录）：\n（三）人口健康与养老\n"
        "5.医养结合智慧养老服务模式研究（指南代码ZN25SF04）：每项资助10万元，拟支持1项。\n"
        "6.鲤鱼溪流域水生态保护与修复技术研究（指南代码ZN25SF06）\n"
        "7.高山森林康养资源调查与评价（指南代码ZN25SF07）\n"
        "（四）县级临床重点专科建设科研配套：本次暂不受理，待市卫健委临床重点专科评审结果公布后另行通知。",
        "1.科教科（吴丽萍）：截至昨天下班，已有7个科室报了选题。",
    ]
    text = "\n".join([*first, *(line.format(d=8 + n, w="二三"[n], item=item)
                                for n, item in enumerate(items) for line in later)])
    assert [(title, code, cap) for title, code, _, cap, _, _, _ in _leaf_terms(text)] == [
        ("县域常见病、多发病诊疗适宜技术研究", "ZN25SF01", 8),
        ("医养结合智慧养老服务模式研究", "ZN25SF04", 10),
        ("鲤鱼溪流域水生态保护与修复技术研究", "ZN25SF06", None),
        ("高山森林康养资源调查与评价", "ZN25SF07", None)]


def test_a_lesson_talks_parts_and_a_village_viewing_logs_captions() -> None:
    """A teacher's 说课稿 (参赛编号：HZ-CJ-2024-017, the entry's own number, no code; 一、说教材 /
    三、说教学目标 / 四、说教学重难点, the talk's parts, no directions) quoting a call whose 方向1　…
    （SX26NG01）：每项资助… says its terms after a colon, and whose 二、…项目：今年的选派方式和支持
    标准另行通知。 is closed though talk about money follows it."""
    lines = [
        "财经商贸类专业 说课比赛 参赛稿",
        "参赛编号：HZ-CJ-2024-017",
        "一、说教材",
        "本课选自《应用文写作》，笔者将例文替换为一份真实申报通知（节选）。",
        "三、说教学目标",
        "知识目标：了解申报类通知的一般结构；理解“拟支持”“合计”等用语的含义。",
        "四、说教学重难点",
        "重点：按层级梳理通知内容，提取每个方向的申报要点。",
        "六、说教学过程",
        "以下为课堂使用的教学材料：",
        "一、农业科技攻关项目（归口：农村科技股）",
        "本类项目统一实行前资助；须由企业牵头申报。本类拟支持5项。",
        "方向1\u3000烤烟绿色高效生产关键技术集成（SX26NG01）：每项资助20万～30万元。",
        "方向2\u3000毛竹精深加工与竹基新材料研发（SX26NG03）：资助不超过四十万元，执行期可延长至36个月。",
        "二、科技特派员农村科技服务项目：今年的选派方式和支持标准另行通知。",
        "（讲解员口头说明：去年全县立项23项、下达资金318万元。）",
        "讨论交流：",
        "1.社长问：合作社能不能自己牵头报第一类？——第一类必须企业牵头，合作社只能参与。",
        "2.党员说：去年合作社自己投了12万元建了鱼沟和防逃网。",
        "七、说教学反思",
        "本课以真实通知为载体，学生兴趣浓厚。",
    ]
    leaves = _leaf_terms("\n".join(lines))
    assert [(title, code, office, cap) for title, code, office, cap, _, _, _ in leaves] == [
        ("烤烟绿色高效生产关键技术集成", "SX26NG01", "农村科技股", 30),
        ("毛竹精深加工与竹基新材料研发", "SX26NG03", "农村科技股", 40)]


def test_a_video_pages_pinned_comment_and_a_legal_opinions_attachments() -> None:
    """A video page's pinned comment carrying the call's second half: UP ⏎ 置顶 ⏎ 【接简介…】 (the
    page's tags and a note, no direction), 【二、科技成果转化】（归口：…） a plan with its office after
    the brackets, 【四、…专项】今年暂不受理，… one closed; and an opinion's 附件 list whose 证书
    （GR202221000317，复印件） is a certificate's number, no code."""
    lines = [
        "1.4 硅基新材料与稀土功能材料（HLGE-2504）",
        "支持30万元—60万元，拟支持1项。",
        "评论 318",
        "UP",
        "置顶",
        "【接简介·指南要点后半段】",
        "【二、科技成果转化】（归口：县科技局成果转化股）",
        "统一采取后补助方式，项目完成、经费审计后拨付。",
        "2.1 高校院所科技成果在和转化（HLGE-2511）",
        "按技术合同实际成交额的10%给予补助，单项最高50万元。",
        "【四、“揭榜挂帅”专项】今年暂不受理，榜单征集和申报办法另行通知，请持续关注。",
        "附件：",
        "1．通知及指南（复印件，共14页）",
        "2．硼业公司高新技术企业证书（GR202221000317，复印件）",
    ]
    assert [(title, code, office, cap, mode) for title, code, office, cap, mode, _, _
            in _leaf_terms("\n".join(lines))] == [
        ("硅基新材料与稀土功能材料", "HLGE-2504", None, 60, None),
        ("高校院所科技成果在和转化", "HLGE-2511", "县科技局成果转化股", 50, "后补助")]


def test_a_media_centres_versions_table_is_read_down_its_full_text_column() -> None:
    """A media centre's 分发适配单: 序号 | 计划类别 | 报纸·客户端版（全文） | 公众号版（摘要） |
    短视频字幕版, the plan's cell merged down over its rows — the full-text column read as the
    guideline (its plan said once where it changes, its 【本计划共同条款】 the plan's terms), the
    summaries and captions beside it no text of the call."""
    plan1, plan2 = "一、农业科技创新计划（农村科技股）", "二、工业科技攻关计划（高新技术股）"
    wechat1 = "农业科技创新计划 绿茶、象洞鸡两个方向，每项最高50万元，合作社也能报。"
    wechat2 = "工业科技攻关计划 新型显示、电子化学品两个方向，最高80万元，必须企业牵头。"
    rows = [
        ("序号", "计划类别", "报纸·客户端版（全文）", "公众号版（摘要）", "短视频字幕版"),
        ("1", plan1, "【本计划共同条款】 本计划项目实行前资助，每项资助10万～20万元，实施期限为2025年7月"
         "至2027年6月。企业、农民专业合作社、科研院所均可牵头申报。每个方向拟支持2项。", wechat1,
         "字幕3：农业类两个方向 字幕4：每项10万到20万元"),
        ("2", plan1, "（一）武平绿茶标准化种植与精深加工关键技术（指南代码：WP25NY01） 主要内容：开展茶园"
         "生态化管理、机采机制及茶饮料精深加工技术研究。", wechat1, "字幕5：合作社也能牵头"),
        ("3", plan1, "（二）象洞鸡种质资源保护与健康养殖（指南代码：WP25NY02） 主要内容：开展象洞鸡保种"
         "选育、林下生态放养与疫病综合防控技术集成。", wechat1, "字幕5：合作社也能牵头"),
        ("4", plan2, "【本计划共同条款】 本计划项目须由企业牵头申报；企业自筹经费与县财政资助经费比例不"
         "低于2:1。支持方式为前资助；实施期限不超过3年。", wechat2, "字幕6：工业攻关最高50万元"),
        ("5", plan2, "（三）新型显示背光模组与导光材料关键工艺（指南代码：WP25GY01） 主要内容：围绕背光"
         "模组轻薄化开展攻关。每项资助30万～50万元，拟支持2项。", wechat2, "字幕7：企业牵头"),
        ("6", plan2, "（四）湿电子化学品提纯与循环利用（指南代码：WP25GY02） 主要内容：开展电子级硫酸"
         "提纯及废液循环利用技术研究。资助额度不超过40万元，拟支持1项。", wechat2, "字幕7：企业牵头"),
        ("7", "三、“揭榜挂帅”项目", "今年继续实施“揭榜挂帅”项目，榜单另行发布，本次不受理申报。",
         "揭榜挂帅榜单稍后发布，敬请关注！", "（本条不出字幕，另行通知后再做）"),
        ("8", "申报须知", "申报时间：2025年4月21日至5月30日，在县科技项目管理系统在线填报。",
         "4月21日—5月30日网上申报，详见县科学技术局网站。", "字幕10：5月30日截止　抓紧申报"),
    ]
    text = "\n\n".join(["武平县融媒体中心　全媒体稿件分发适配单", "一、分发适配内容",
                        *("\t".join(row) for row in rows), "二、审核流程（三审三校）"])
    assert [(title, code, office, cap, mode, period) for title, code, office, cap, mode, period, _
            in _leaf_terms(text)] == [
        ("武平绿茶标准化种植与精深加工关键技术", "WP25NY01", "农村科技股", 20, "前资助", 2),
        ("象洞鸡种质资源保护与健康养殖", "WP25NY02", "农村科技股", 20, "前资助", 2),
        ("新型显示背光模组与导光材料关键工艺", "WP25GY01", "高新技术股", 50, "前资助", 3),
        ("湿电子化学品提纯与循环利用", "WP25GY02", "高新技术股", 40, "前资助", 3)]


def test_a_quality_records_excerpt_bands_are_no_directions() -> None:
    """An ISO record of an outside document: 方向03　摘录自指南“三、支持方向”（一） bands over
    the clauses they quote — where the quoted text comes from, no direction, so the 三、/（一）/1.1
    under each band are read as the guideline numbers them."""
    lines = [
        "二、条款摘录及适用性评审",
        "方向01\u3000摘录自指南“一、总体要求”",
        "2025年，市本级财政安排科技计划项目资金3800万元，较上年增长8.6%。",
        "评审意见：不适用（背景信息，无申报要求）。",
        "方向03\u3000摘录自指南“三、支持方向”（一）",
        "三、支持方向",
        "（一）重点研发计划（高新技术科）",
        "本计划项目须由企业牵头申报，采取前资助方式。",
        "1.1 北药道地药材有效成分提取与质量控制（指南代码：MDJ25GX01）",
        "支持刺五加等道地药材有效成分高效提取研究。拟支持不超过2项，每项资助50万元。",
        "1.2 中药配方颗粒关键制备工艺（指南代码：MDJ25GX02）",
        "支持配方颗粒关键工艺研究。拟支持1项，资助额度30万～60万元。",
        "评审意见：■适用。1.1与公司技术储备一致，预算总额180万元。评审人：王立新",
    ]
    assert [(title, code, office, cap, mode) for title, code, office, cap, mode, _, _
            in _leaf_terms("\n".join(lines))] == [
        ("北药道地药材有效成分提取与质量控制", "MDJ25GX01", "高新技术科", 50, "前资助"),
        ("中药配方颗粒关键制备工艺", "MDJ25GX02", "高新技术科", 60, "前资助")]


def test_a_legal_check_ups_risk_findings_and_a_kind_applied_for_later() -> None:
    """A law firm's 法治体检 report: （二）知识产权风险 and （三）政府补助项目管理风险 are its
    findings on the firm (amounts in them the firm's), no directions; a union's competition plan
    quoting 《指南》明确该类项目2025年度申报办法另行通知 under a track is closed."""
    lines = [
        "一、本年度科技计划申报要点",
        "1．农机装备关键零部件轻量化研发（TH25ZD01）",
        "采取前资助方式，每项资助不超过30万元，须由企业牵头申报。",
        "2．县级技术创新中心建设",
        "《指南》明确该类项目2025年度申报办法另行通知，本赛道暂不计分。",
        "二、主要法律风险",
        "（一）知识产权风险",
        "1．企业持有实用新型专利19件，其中4件权属证明链不完整，涉及金额约12万元。",
        "（二）政府补助项目管理风险",
        "企业承担的2023年度县级科技计划项目（县财政资助40万元）尚有自筹资金12.5万元未到位。",
    ]
    assert [(title, code, cap) for title, code, _, cap, _, _, _ in _leaf_terms("\n".join(lines))] \
        == [("农机装备关键零部件轻量化研发", "TH25ZD01", 30)]


def test_a_direction_titled_by_its_year_and_a_count_then_its_grant() -> None:
    """12．2025年度市级重点实验室认定 is item 12 (its title opens with a year, no decimal 12.2025),
    so its 另行通知 closes it and not item 11; 拟支持不超过2项，每项资助15万～25万元 is the
    count, then the grant."""
    lines = [
        "（二）农业与社会发展科技计划（农村科技科）",
        "本计划项目实施期18个月，采取前资助方式。",
        "5．寒地水稻绿色高效栽培技术集成示范（指南代码：MDJ25NS02）",
        "拟支持不超过2项，每项资助15万～25万元。",
        "11．市级工程技术研究中心绩效后补助（指南代码：MDJ25PT01）",
        "对2024年度绩效考核结果为“优秀”的市级工程技术研究中心，给予依托单位20万元后补助。",
        "12．2025年度市级重点实验室认定",
        "市级重点实验室认定工作另行通知，本次不受理。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota)
            for leaf in leaves] == [
        ("寒地水稻绿色高效栽培技术集成示范", 15, 25, 2),
        ("市级工程技术研究中心绩效后补助", 20, 20, None)]


def test_an_award_to_firms_named_with_their_side_of_the_deal() -> None:
    """对…500万元以上的企业（技术受让方），按…给予奖补: the award goes to firms, the bracket only
    says which side of the contract they were on."""
    lines = [
        "（三）科技成果转化与企业创新激励（成果转化科）",
        "1．技术交易奖补",
        "对上年度在我市技术合同登记机构登记且实际到账技术交易额500万元以上的企业（技术受让方），"
        "按实际到账额的2%给予奖补，单个企业最高不超过30万元。",
        "2．首次认定高新技术企业奖励",
        "对2024年度首次通过认定的高新技术企业，以奖代补方式一次性给予10万元。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.enterprise_lead_only) for leaf in leaves] \
        == [("技术交易奖补", 30, True), ("首次认定高新技术企业奖励", 10, True)]


def test_a_controlled_records_own_sections_beside_the_directions_it_quotes() -> None:
    """An ISO 外来文件登记及适用性评审记录: 一、外来文件登记 (有效期：本年度申报期内, 登记人) and
    二、条款摘录及适用性评审 (说明, 评审人) are the record's own sections, no directions; the
    coded directions it quotes are."""
    lines = [
        "外来文件登记及适用性评审记录",
        "一、外来文件登记",
        "文件名称：牡丹江市2025年度科技计划项目申报指南",
        "有效期：本年度申报期内（2025年3月17日—4月30日）",
        "登记人：周晓彤\t登记日期：2025年3月14日",
        "二、条款摘录及适用性评审",
        "说明：对与本公司经营有关的条款逐条摘录，由评审组逐条评价适用性。",
        "评审人：王立新",
        "条款03　摘录自指南“三、支持方向”（一）",
        "（一）重点研发计划（高新技术科）",
        "本计划项目须由企业牵头申报，实施期限不超过2年，采取前资助方式。",
        "1．林下产品精深加工（指南代码：MDJ25GX03）",
        "支持黑木耳、蓝莓等林下产品精深加工。拟支持不超过3项，每项资助不超过40万元。",
        "2．对俄跨境农产品冷链数字化（指南代码：MDJ25GX04）",
        "拟支持1项，每项资助不超过30万元。",
    ]
    assert [(title, code, cap) for title, code, _, cap, _, _, _ in _leaf_terms("\n".join(lines))] \
        == [("林下产品精深加工", "MDJ25GX03", 40), ("对俄跨境农产品冷链数字化", "MDJ25GX04", 30)]


def test_a_check_up_reports_lettered_groups_over_rows_numbered_in_the_title_cell() -> None:
    """A 惠企政策体检报告: 【A】…专项　　归口：… groups, each over a table whose header sets 编号
    and 体检项目 in one cell (A1 title ⇥ code ⇥ ≤80 ⇥ the firm's result); the sums in 万元 as its
    reading notes say; 按组内标准，拟支持2项 a count, no money; a row its result column says is
    暂不受理, and a group 申报办法另行通知, no directions; the firm's estimated total none either."""
    rows = [
        "三、报告阅读说明",
        "1．“检查结果”为贵企业实际情况比对，不是《指南》条件。",
        "2．金额单位：万元（另注明者除外）。“≤”表示不超过。",
        "四、体检项目明细",
        "【A】市级重点研发计划 新材料与绿色化工专项　　归口：市科技局高新技术科",
        "组内共性条件：前资助；实施期限不超过2年；须由企业牵头申报；每个方向拟支持不超过2项。",
        "编号 体检项目（申报方向）\t方向代码\t资助标准\t提示／检查结果",
        "A1 电解锰渣无害化处理与资源化利用\tSZS26GX01\t≤80\t↑ 研发费用286万元，达标",
        "A2 高纯碳化硅粉体及制品制备技术\tSZS26GX02\t50～100\t！ 达标，须补自筹承诺",
        "注：A2另规定企业自筹经费与财政资助经费比例不低于1.5:1。",
        "A3 焦化副产品高值化利用（针状焦等）\tSZS26GX03\t≤80，拟支持1项\t○ 企业无焦化业务",
        "【C】科技成果转化项目　　归口：市科技局成果转化科",
        "组内共性条件：后补助；补助对象为在本市实施科技成果转化的企业。",
        "编号 体检项目（申报方向）\t方向代码\t资助标准\t提示／检查结果",
        "C1 技术合同成交后补助\tSZS26CG01\t按实际支付额10%，≤50\t↑ 2025年成交额120万元",
        "C2 中试基地建设补助\tSZS26CG02\t—\t— 《指南》：2026年度暂不受理",
        "【D】东西部科技合作项目　　归口：市科技局科技合作科",
        "组内共性条件：须由市内企业牵头；前资助，每项30万～50万元。",
        "编号 体检项目（申报方向）\t方向代码\t资助标准\t提示／检查结果",
        "D1 工业固废基新型建材联合攻关\tSZS26HZ01\t按组内标准，拟支持2项\t↑ 已对接福州大学",
        "D2 煤化工过程数字孪生与安全预警\tSZS26HZ02\t按组内标准，拟支持1项\t↓ 暂无合作单位",
        "【E】市级创新平台（重点实验室）建设　　《指南》：申报办法另行通知，本次未纳入体检",
        "五、体检结论",
        "综合比对，贵企业当前符合A1、C1申报条件。按《指南》标准测算，上述可申报项目财政资助合计"
        "最高约230万元（仅供参考）。",
    ]
    leaves = parse_document("\n".join(rows).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.funding_max_wan, leaf.funding_mode, leaf.quota)
            for leaf in leaves] == [
        ("SZS26GX01", "电解锰渣无害化处理与资源化利用", 80, "前资助", 2),
        ("SZS26GX02", "高纯碳化硅粉体及制品制备技术", 100, "前资助", 2),
        ("SZS26GX03", "焦化副产品高值化利用（针状焦等）", 80, "前资助", 1),
        ("SZS26CG01", "技术合同成交后补助", 50, "后补助", None),
        ("SZS26HZ01", "工业固废基新型建材联合攻关", 50, "前资助", 2),
        ("SZS26HZ02", "煤化工过程数字孪生与安全预警", 50, "前资助", 1)]
    assert leaves[1].matching_ratio == 1.5


def test_an_excerpt_that_starts_a_list_of_titled_directions_midway() -> None:
    """A record quoting a guideline from its item 7 on: 7．技术交易奖补 ⏎ its paragraph ⏎ 8．…
    are directions as if the list had begun at 1 — not the plan's running text."""
    lines = [
        "条款05　摘录自指南“三、支持方向”（三）",
        "（三）科技成果转化与企业创新激励（成果转化科）",
        "7．技术交易奖补",
        "对上年度实际到账技术交易额500万元以上的企业，按实际到账额的2%给予奖补，最高30万元。",
        "8．首次认定高新技术企业奖励",
        "对2024年度首次通过认定的高新技术企业，以奖代补方式一次性给予10万元。",
        "评审意见：■适用。评审人：邹倩",
    ]
    assert [(title, office, cap) for title, _, office, cap, _, _, _
            in _leaf_terms("\n".join(lines))] == [
        ("技术交易奖补", "成果转化科", 30), ("首次认定高新技术企业奖励", "成果转化科", 10)]


def test_a_suggestion_forms_table_its_group_rows_saying_their_terms_after_a_wide_space() -> None:
    """An excerpt table in a firm's suggestion form: 一、…（工业领域）　本类项目须由企业牵头申报，…。
    spans the rows as their group, the sentences after the wide space its terms; 揭榜挂帅榜单：…
    in a row's title cell names the kind before the title; 我司匹配度 is the firm's own column."""
    rows = [
        "序号\t方向名称（指南代码）\t资助方式及强度\t实施期限\t拟支持数\t归口股室\t我司匹配度",
        "一、县级重点研发计划（工业领域）\u3000本类项目须由企业牵头申报，自筹经费与县财政资助比例不低于2:1。",
        "1\t新能源汽车零部件轻量化复合材料制备技术（HA25-GY01）\t前资助，每项不超过40万元\t2年\t1项"
        "\t工业科技股\t★★★",
        "2\t高性能改性工程塑料配方开发与产业化（HA25-GY02）\t前资助，每项不超过40万元\t2年\t2项"
        "\t工业科技股\t★★★",
        "二、县级农业科技攻关项目\u3000企事业单位、农民专业合作社均可牵头申报。本类每个方向拟支持2项。",
        "3\t油茶林下复合种养技术集成与示范（HA25-NY02）\t前资助，每项10万元\t2年\t\t农村科技股\t—",
        "三、科技成果转化项目",
        "4\t揭榜挂帅榜单：高耐候光伏支架用锌铝镁镀层工艺（HA25-JB01）\t揭榜成功的，县财政按实际到账"
        "榜单金额的20%给予揭榜方后补助，最高30万元\t12个月\t1项\t成果转化与合作股\t★",
    ]
    leaves = parse_document("\n".join(rows).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.funding_max_wan, leaf.quota, leaf.enterprise_lead_only,
             leaf.matching_ratio) for leaf in leaves] == [
        ("HA25-GY01", "新能源汽车零部件轻量化复合材料制备技术", 40, 1, True, 2.0),
        ("HA25-GY02", "高性能改性工程塑料配方开发与产业化", 40, 2, True, 2.0),
        ("HA25-NY02", "油茶林下复合种养技术集成与示范", 10, 2, False, None),
        ("HA25-JB01", "高耐候光伏支架用锌铝镁镀层工艺", 30, 1, None, None)]


def test_a_lawyers_letter_compares_the_guideline_with_a_firms_claims() -> None:
    """序号 | 《指南》项目类别/支持方向 | 贵司宣传表述（摘录） | 《指南》原文规定: the guideline's
    columns named for it, the firm's claims (“单项补助150万元”) beside them no terms; class rows
    一、二 over their rows, a row announcing 下设2个子方向 over rows 1, 2 — its sub-directions,
    its 每个子方向支持10万元 theirs."""
    rows = [
        "序号\t《指南》项目类别/支持方向\t贵司宣传表述（摘录）\t《指南》原文规定",
        "一\t重点研发专项 （归口：科技项目股）\t“今年所有方向最高补助200万元，无需配套”\t本类项目实行事前资助，"
        "实施期限不超过2年；须由企业牵头申报。",
        "1\t山参（林下参）规范化种植与品质提升关键技术 指南代码：HR2025ZD01\t“单项补助150万元”\t"
        "支持额度20～30万元，拟支持2项。",
        "二\t农业科技特派专项 （归口：农村科技股）\t“合作社、个人均可，包过”\t本类项目实行事前资助，"
        "实施期限1年。申报主体不限，企业、农民专业合作社、科研院所均可牵头申报。",
        "（一）\t桓仁蜂产业技术集成与示范\t未提及\t本方向下设2个子方向，每个子方向支持10万元。",
        "1\t蜂群越冬保种与高效繁育技术 指南代码：HR2025NK01\t“补助50万元”\t按本方向规定执行。",
        "2\t椴树蜜品质溯源与分级技术 指南代码：HR2025NK02\t“补助50万元”\t按本方向规定执行。",
        "三、法律分析",
        "贵司将《指南》所设单项20～30万元的支持额度宣传为“最高补助200万元”，已构成引人误解的商业宣传。",
    ]
    leaves = parse_document("\n".join(rows).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.enterprise_lead_only) for leaf in leaves] == [
        ("HR2025ZD01", "科技项目股", 20, 30, 2, True),
        ("HR2025NK01", "农村科技股", 10, 10, 1, False),
        ("HR2025NK02", "农村科技股", 10, 10, 1, False)]


def test_a_notice_boards_post_numbers_and_attached_files_are_no_directions() -> None:
    """公告编号：GG-20240329-01 numbers a post, no direction's code; 2. 2024年度…申报书（模板）.docx
    （86KB） under 附件： is a file, no heading (its size no code)."""
    lines = [
        "【公告 1/6】",
        "公告编号：GG-20240329-01",
        "标题：【停水通知】3月31日园区B区计划停水",
        "园区B区将于2024年3月31日8:00—18:00停水。",
        "【公告 2/6】",
        "公告编号：GG-20240311-01",
        "标题：转发县科技局关于组织申报2024年度科技计划项目的通知",
        "一、重点研发项目（归口：科技管理股）",
        "1．梅州柚绿色高效栽培技术（DB24-NY01）",
        "每项资助不超过20万元，须由企业牵头申报。",
        "附件：",
        "1. 埔科〔2024〕6号 关于组织申报2024年度大埔县科技计划项目的通知.pdf（1.2MB）",
        "2. 2024年度大埔县科技计划项目申报书（模板）.docx（86KB）",
        "园区服务中心",
    ]
    assert [(title, code, cap) for title, code, _, cap, _, _, _ in _leaf_terms("\n".join(lines))] \
        == [("梅州柚绿色高效栽培技术", "DB24-NY01", 20)]


def test_a_meeting_book_relaying_a_call_among_its_own_items() -> None:
    """A head nurses' meeting book: 会议内容： over a meeting's items is no field of the item above;
    a closed heading's 1．院内截止：…给予每项0.5万元启动经费 is the hospital's, no direction; a
    stamp's words quoted (盖“暂不受理”印章) close nothing."""
    lines = [
        "一、科教科传达县科技计划项目申报通知（陈建华科长）",
        "（一）社会发展科技计划（归口：科技管理股）",
        "本计划统一要求：前资助；每项资助3～5万元；实施期2年。",
        "方向①　基层常见病中西医结合护理适宜技术推广（代码SF2501）",
        "方向②　高血压、糖尿病医共体连续性护理管理模式研究（代码SF2502）",
        "（二）科技型中小企业研发投入后补助",
        "画面：灰色卡片，盖“暂不受理”印章动效",
        "对已评价入库的科技型中小企业，按研发费用的3%给予后补助，每家最高20万元。",
        "（三）县级临床医学研究中心建设",
        "县局今年拟新设，具体申报方式、支持标准以后续通知为准，本次不受理。",
        "1．院内截止：3月20日前将申报书初稿报科教科；获县级立项的项目，医院另给予每项0.5万元启动经费。",
        "二、护理部近期工作安排（叶秀芳）",
        "1．国际护士节系列活动筹备，预算2万元，3月底前报方案；",
        "会议时间：2025年4月3日",
        "会议内容：",
        "一、3月护理质量检查情况通报（叶秀芳）",
        "3月检查护理单元18个，综合得分均值94.8分。",
        "二、县科技计划申报进展",
        "护理口共报送选题4项，3月20日已报科教科。",
    ]
    assert [(title, code, cap) for title, code, _, cap, _, _, _ in _leaf_terms("\n".join(lines))] \
        == [("基层常见病中西医结合护理适宜技术推广", "SF2501", 5),
            ("高血压、糖尿病医共体连续性护理管理模式研究", "SF2502", 5),
            ("科技型中小企业研发投入后补助", None, 20)]


def test_a_voice_over_log_naming_the_call_and_a_list_still_being_gathered() -> None:
    """项目名称：MG动画《一图读懂｜…申报指南》配音 names a work about the call, no direction;
    榜单二：正在征集中，另行发布。 is not posted yet."""
    lines = [
        "项目名称：MG动画《一图读懂｜涿鹿县2026年度县级科技计划项目申报指南》配音",
        "委托单位：涿鹿县科学技术局（科技计划股）",
        "四、“揭榜挂帅”榜单",
        "榜单一：葡萄酒智能灌装与品质在线检测",
        "榜单编号ZL26-JB-01。县财政按揭榜合同实际支付额的30%给予事后补助，最高不超过二十万元。",
        "榜单二：正在征集中，另行发布。",
    ]
    assert [(title, code, cap) for title, code, _, cap, _, _, _ in _leaf_terms("\n".join(lines))] \
        == [("葡萄酒智能灌装与品质在线检测", "ZL26-JB-01", 20)]


def test_a_grant_ledgers_copy_of_the_call_in_tortoise_shell_brackets() -> None:
    """A finance department's 政府补助备查簿: 〔专项一〕…　　归口：… opens a programme as 【专项一】
    does; 每个子方向资助不超过20万元，拟支持1项 gives each sub-direction its count; 本子方向另要求：…
    under the last sub-direction is that one's, not its parent's."""
    lines = [
        "〔通用要求〕",
        "申报单位须在资中县内注册、具有独立法人资格。",
        "〔专项一〕县级重点研发项目　　归口：工业科技股",
        "本专项各方向均为前资助，须由企业牵头申报；项目执行期不超过2年。",
        "1.1　血橙及柑橘类副产物高值化利用技术（指南代码：ZZ25ZD01）",
        "　　资助30万元～50万元，拟支持1项。",
        "1.3　传统肉制品绿色加工关键技术（指南代码：ZZ25ZD03）",
        "　　本方向下设2个子方向。",
        "　　每个子方向资助不超过20万元，拟支持1项。",
        "　　1.3.1　资中冷吃兔低盐减菌与保质期延长技术（ZZ25ZD03-1）",
        "　　1.3.2　酱卤肉制品智能化连续生产线开发（ZZ25ZD03-2）",
        "　　　　本子方向另要求：申报单位上年度研发费用不低于150万元；执行期18个月。",
        "〔专项二〕农业科技成果转化与示范　　归口：农村科技股",
        "2.1　资中血橙优新品种引进与提质增效技术示范（指南代码：ZZ25NY01）",
        "　　前资助，每项15万元；执行期2025年7月至2027年6月；拟支持2项。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.period_years_max, leaf.quota,
             leaf.min_rd_spend_wan) for leaf in leaves] == [
        ("ZZ25ZD01", "工业科技股", 50, 2, 1, None),
        ("ZZ25ZD03-1", "工业科技股", 20, 2, 1, None),
        ("ZZ25ZD03-2", "工业科技股", 20, 1.5, 1, 150),
        ("ZZ25NY01", "农村科技股", 15, 2, 2, None)]


def test_an_announcers_marked_script_reads_without_its_marks() -> None:
    """A radio announcer's 播音备稿: ∥ pauses, ／ short pauses, △ stress and ⌒ run-ons between the
    words, inside the figures too (每个项目支持／十五万元⌒到三十万元) — read as the call they mark."""
    lines = [
        "（女）好，∥我们进入第一部分——",
        "一、重点研发计划（高新技术股）",
        "（女）这一类项目由县科技局／△高新技术股受理。∥采取△前资助方式，∥每个项目支持／十五万元"
        "⌒到三十万元，∥执行期／△不超过两年。∥项目／△必须由企业牵头申报。",
        "方向一：煤化工副产物综合利用",
        "〔指南代码：QT25ZD01，不播〕",
        "（男）主要支持煤焦油、△粉煤灰、气化渣这些副产物的／高值化利用，∥拟支持／△两项。",
        "方向二：新能源装备运维与储能",
        "〔指南代码：QT25ZD02，不播〕",
        "（女）支持智能运维技术研发。∥这个方向拟支持／△一项。↘",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.period_years_max,
             leaf.quota, leaf.enterprise_lead_only) for leaf in leaves] == [
        ("QT25ZD01", 15, 30, 2, 2, True), ("QT25ZD02", 15, 30, 2, 1, True)]


def test_a_thesis_proposal_quoting_the_call_inside_its_own_numbered_parts() -> None:
    """A 开题报告: 3.2 quotes the call's plans （一）…（二）… (ranked above the thesis's 一、 parts);
    3.3 after them is the thesis's own part again, not the last direction's child; its literature
    review's （一）关于… （三）简要评述 are no directions."""
    lines = [
        "二、国内外研究现状",
        "（一）关于科技计划项目管理。李明等（2019）梳理了国家科技计划管理改革的历程。",
        "（二）关于企业申报行为。周晓（2024）的问卷调查显示约四成企业因配套资金不足放弃申报。",
        "（三）简要评述。已有研究为本文提供了分析框架，但缺少对单个城市指南的逐条解读。",
        "三、研究对象与样本说明",
        "3.1 样本来源",
        "本文研究样本为《漯河市2026年度科技计划项目申报指南》。",
        "3.2 《指南》支持方向摘录",
        "（五）软科学研究计划（归口处室：政策法规科）",
        "申报主体不限，每个选题资助5万元，研究周期1年，每个选题拟支持1项。",
        "选题1：漯河食品产业科技创新生态评价研究（LH26RK01）",
        "选题2：县域科技特派员服务效能提升路径研究（LH26RK02）",
        "3.3 样本条款初步编码",
        "根据上述摘录，笔者对《指南》各类别的条款进行了初步编码，结果见表3-1。",
        "四、研究内容与方法",
    ]
    assert [(title, code, cap) for title, code, _, cap, _, _, _ in _leaf_terms("\n".join(lines))] \
        == [("漯河食品产业科技创新生态评价研究", "LH26RK01", 5),
            ("县域科技特派员服务效能提升路径研究", "LH26RK02", 5)]


def test_a_ledgers_part_with_only_a_note_under_its_log_is_no_direction() -> None:
    """第三部分　申报进度跟踪: a date ｜ event ｜ clerk ｜ status log and a 备注 on the sums it
    received — the ledger's own part, no direction, beside the call's coded directions."""
    lines = [
        "第二部分　可申报政策登记",
        "一、企业研发投入后补助（指南代码：ZZ25HB01）",
        "对上年度研发费用不低于300万元的规上企业，按增量部分的8%给予后补助，单个企业最高50万元。",
        "第三部分　申报进度跟踪",
        "日期｜事项｜经办｜状态",
        "2025-03-25｜总经理办公会决定申报3.1｜曾宪国｜已定",
        "2025-10-16｜3.1核定后补助7.55万元到账｜吴　婷｜已到账",
        "备注：1.1核定45万元，首笔到账27万元，余款中期检查后拨付。",
    ]
    assert [(title, code, cap) for title, code, _, cap, _, _, _ in _leaf_terms("\n".join(lines))] \
        == [("企业研发投入后补助", "ZZ25HB01", 50)]


def test_a_broadcast_monitoring_record_logs_the_calls_segments() -> None:
    """A radio programme's 播后监听记录: 【00:06:10—00:15:30】第二板块：县重点研发计划（科技股）
    is the plan its segment read (its time code no word of it), logged under the record's own
    二、 section; 口播：不超过十五万元，执行期十八个月。 is a direction's cap, said on air."""
    lines = [
        "一、播出情况概述",
        "本期节目时长29分40秒，播出正常，发现口误2处。",
        "二、逐段监听记录",
        "【00:00:00—00:01:50】片头、导语",
        "　内容摘录：主持人介绍嘉宾；去年全县科技项目立项18项、财政资金486万元。",
        "　核对：与送播稿一致。",
        "【00:06:10—00:15:30】第二板块：县重点研发计划（科技股）",
        "　内容摘录（按送播稿结构记录要点）：",
        "　　本类统一实行前资助，须由企业牵头申报，项目执行期不超过两年。",
        "　　▲方向一　富硒农产品精深加工（PY26ZD03），分两个子方向申报：",
        "　　　（1）富硒茶叶加工与品质提升（PY26ZD03-1）",
        "　　　　口播：不超过十五万元，拟支持两项。",
        "　　　（2）梅州柚果汁及果胶提取（PY26ZD03-2）",
        "　　　　口播：不超过十五万元，执行期十八个月。",
        "　核对：与送播稿一致。",
        "三、监听结论",
        "本期节目内容与送播稿一致，技术质量合格。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_max_wan, leaf.period_years_max, leaf.quota)
            for leaf in leaves] == [("PY26ZD03-1", "科技股", 15, 2, 2),
                                    ("PY26ZD03-2", "科技股", 15, 1.5, None)]


def test_a_digest_of_incoming_papers_and_a_report_of_work_points() -> None:
    """A firm's 来文摘报: 【三】县应急管理局：关于…的通报 names a paper by who sent it, no
    direction, whatever its 摘要 says of money; a party secretary's 述职报告: （二）以“党员服务专员”
    推动企业用好县级科技计划 is a work point (no plan, for all its 科技计划), its siblings
    （一）抓实…, （四）完善…, （五）开展… points too — only the call it relays has directions."""
    digest = [
        "【一】县统计局：关于做好2023年度企业研发活动统计报表填报工作的通知",
        "【摘要】请规上工业企业于4月25日前报送。逾期未报的，最高可处5万元罚款。",
        "【二】县科技局：关于组织申报2024年度绥中县科技计划项目的通知",
        "（一）重点研发计划（高新技术股）",
        "1．电子元器件精密制造工艺提升（SZ24ZD01）",
        "每项资助不超过40万元，须由企业牵头申报。",
        "【四】市人社局：关于开展2024年“兴辽英才”计划推荐工作的预通知",
        "【摘要】入选者给予一次性支持50万元（青年拔尖人才20万元）。",
    ]
    assert [(title, code, cap) for title, code, _, cap, _, _, _ in _leaf_terms("\n".join(digest))] \
        == [("电子元器件精密制造工艺提升", "SZ24ZD01", 40)]
    report = [
        "三、2025年工作思路",
        "（一）抓实组织建设。年内新建企业党组织不少于2个。",
        "（二）以“党员服务专员”推动企业用好县级科技计划。县科技局已印发申报指南。",
        "  1. 农业科技攻关项目（归口股室：农村科技股）",
        "     本类项目采取前资助方式，执行期不超过2年。",
        "     （1）葵花籽精深加工与副产物综合利用（WY25NK01）",
        "          资助额度10万～30万元。",
        "（三）建强党务工作者队伍。年内组织党务工作者培训2期。",
        "（四）完善考核激励。对年度考核优秀的党建指导员给予每人2000元奖励。",
        "（五）开展“红色引擎”行动。年内开展联建活动不少于12次。",
    ]
    assert [(title, code, cap) for title, code, _, cap, _, _, _ in _leaf_terms("\n".join(report))] \
        == [("葵花籽精深加工与副产物综合利用", "WY25NK01", 30)]


def test_lettered_programmes_and_a_direction_over_an_idle_to_do() -> None:
    """专项A：…（县科技局产业股负责） opens a programme as 专项一： does, so 专项B's terms are
    not A's; 3.3 …贷款贴息 whose own text grants is a direction though a to-do of the minutes
    (□ 各申报单位：…前完成网上提交) was set under it."""
    lines = [
        "专项A：产业关键技术攻关专项（县科技局产业股负责）",
        "本专项统一要求：须由企业牵头申报；采取前资助方式；项目实施期一般为24个月。",
        "A1　休闲食品减盐减油配方与工艺优化（方向编号LY25-A01）",
        "每项支持20万元至40万元。",
        "专项B：农业科技示范推广专项（县科技局农村科技股负责）",
        "本专项申报主体不限，企业、农民专业合作社、科研单位均可申报。",
        "B1　辣椒新品种引进与标准化种植示范（方向编号LY25-B01）",
        "每个项目支持15万元，项目执行期12个月，拟支持3项。",
        "三、科技创新后补助与奖励事项（科技金融与成果转化科）",
        "3.1 企业研发投入后补助",
        "对2024年度研发费用不低于500万元的规上企业，按研发费用增量部分的10%给予后补助，"
        "最高不超过100万元。",
        "3.2 科技型中小企业研发贷款贴息",
        "对已入库的科技型中小企业用于研发活动的银行贷款，按实际支付利息的50%给予贷款贴息，"
        "每家企业每年最高20万元。",
        "00:52:30",
        "问答环节",
        "· 问：海洋碳汇方向什么时候开放？ 答：需等市局统一通知。",
        "待办事项",
        "□ 郑佳怡：会后将指南全文上传至群文件（4月18日前）",
        "□ 各申报单位：5月23日17:00前完成网上提交并打印纸质材料",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.period_years_max, leaf.enterprise_lead_only)
            for leaf in leaves] == [
        ("休闲食品减盐减油配方与工艺优化", 40, 2, True),
        ("辣椒新品种引进与标准化种植示范", 15, 1, False),
        ("企业研发投入后补助", 100, None, True),
        ("科技型中小企业研发贷款贴息", 20, None, True)]


def test_an_attached_schedule_after_the_report_is_no_part_of_its_last_section() -> None:
    """附件：…宣讲安排表 over its own table (序号 | 党员服务专员 | 包联企业 | …) and the 备注 under
    it: an attached schedule, not the fields of the report's last section (四、履行…情况), which
    would make it and its siblings directions."""
    lines = [
        "二、存在的问题及原因分析",
        "（一）部分企业党组织作用发挥不够充分。",
        "三、2025年工作思路",
        "  1. 工业科技创新项目（归口股室：高新技术股）",
        "     本类项目须由企业牵头申报。",
        "     （1）乳制品低温加工与功能性乳品开发（WY25GY01）",
        "          前资助，资助额度20万～40万元，拟支持2项。",
        "四、履行全面从严治党责任情况",
        "    严格落实“三会一课”等制度，全年开展警示教育3次。",
        "附件：园区党员服务专员包联企业及科技计划宣讲安排表",
        "序号\t党员服务专员\t包联企业\t重点宣讲方向\t完成时限",
        "1\t李海燕\t五原县草原乳品有限公司\t乳制品（WY25GY01）\t2月25日",
        "2\t王振华\t巴彦淖尔河套葵园食品有限公司\t葵花籽（WY25NK01）\t2月25日",
        "备注：宣讲完成后，由各党员服务专员填写《入企宣讲记录单》，3月5日前交园区党群服务中心汇总。",
    ]
    assert [(title, code, cap) for title, code, _, cap, _, _, _ in _leaf_terms("\n".join(lines))] \
        == [("乳制品低温加工与功能性乳品开发", "WY25GY01", 40)]


def test_a_blackboards_zones_and_a_lawyers_points_are_no_directions() -> None:
    """A union blackboard's draft: 【左栏·小贴士】 (去年…拿到县里资助18万元) and 【右栏·工会活动预告】
    (奖金2000元) are zones of the board; a lawyer's 代理词: 4. 被告为原告选报的方向为“…”（code），…
    and 1. 《指南》对SC2025HB02方向的申报条件规定得清楚明确：… are points of the argument — only
    the call's own directions are directions."""
    board = [
        "一、重点研发项目（科技股）",
        "1．电子元器件精密焊接工艺优化（LC24ZD01）",
        "每项资助不超过30万元，须由企业牵头申报。",
        "【左栏·小贴士】",
        "什么叫“县级科技计划项目”？",
        "我们公司去年立了1项，拿到县里资助18万元。",
        "【右栏·工会活动预告】",
        "第二届职工技术创新成果评选：一等奖1名，奖金2000元；二等奖3名，各1000元。",
    ]
    assert [(title, code, cap) for title, code, _, cap, _, _, _ in _leaf_terms("\n".join(board))] \
        == [("电子元器件精密焊接工艺优化", "LC24ZD01", 30)]
    argument = [
        "一、关于本案的基本事实",
        "    4. 被告为原告选报的方向为“高新技术企业研发后补助”（SC2025HB02），申报书由被告代为撰写。",
        "二、被告选报方向错误",
        "    1. 《指南》对SC2025HB02方向的申报条件规定得清楚明确：申报主体须为高新技术企业，"
        "对其给予一次性后补助20万元。",
        "附：《指南》支持方向摘录",
        "（二）企业创新后补助（科技计划股）",
        "2．高新技术企业研发后补助（SC2025HB02）",
        "对上年度研发费用不低于300万元的高新技术企业，按增量的10%给予后补助，最高50万元。",
    ]
    assert [(title, code, cap) for title, code, _, cap, _, _, _
            in _leaf_terms("\n".join(argument))] == [("高新技术企业研发后补助", "SC2025HB02", 50)]


def test_a_feasibility_studys_own_project_is_no_direction() -> None:
    """A 可行性研究报告: 项目名称：… over 建设单位：…, 建设地点：…, 项目总投资：… profiles the
    applicant's own project — no direction, and its 建设期 no term of the call's directions
    below; 1.4 本项目与指南方向的对应分析 sets that project against a direction, no direction."""
    lines = [
        "1.1 项目概况",
        "项目名称：高纯镁砂低碳煅烧技术研发及产业化",
        "建设单位：岫岩满族自治县辽玉新材料有限公司",
        "建设地点：岫岩满族自治县偏岭镇工业园区",
        "项目总投资：1,260万元，其中研发投入480万元。",
        "建设期：2025年7月至2027年6月，共24个月。",
        "1.3 申报指南要点",
        "序号\t方向名称\t指南代码\t支持方式及额度\t实施期限",
        "1\t镁质耐火材料低碳煅烧关键技术\tXY2025ZD01\t前资助，30～50万元\t2年",
        "5\t科技成果转化后补助\tXY2025CG01\t后补助，最高30万元\t—",
        "1.4 本项目与指南方向的对应分析",
        "表1-2  本项目与拟申报方向符合性对照",
        "对照事项\t《指南》要求（方向1 镁质耐火材料低碳煅烧关键技术）\t本项目情况",
        "牵头单位\t须由企业牵头\t建设单位为有限责任公司，符合",
        "资助额度\t30～50万元\t拟申请50万元",
        "实施期限\t2年\t24个月，符合",
        "1.5 主要结论",
        "1. 项目技术路线成熟，财务上可行。",
    ]
    assert [(title, code, cap, period) for title, code, _, cap, _, period, _
            in _leaf_terms("\n".join(lines))] == [
        ("镁质耐火材料低碳煅烧关键技术", "XY2025ZD01", 50, 2),
        ("科技成果转化后补助", "XY2025CG01", 30, None)]


def test_a_call_written_out_as_prescriptions() -> None:
    """An outpatient record's 处方: Rp.一 a group, Sig.：… its shared terms, Rp.1-1 an item, a
    name wrapped under itself set deep in, （发榜企业：…） after a 榜单's title who posts it."""
    lines = [
        "【处置意见（处方）】",
        "Rp.一　　重点研发计划——农业农村领域（农业农村科技股）",
        "Sig.：本领域项目均为前资助，执行期2年，须由企业牵头申报。",
        "Rp.1-1　　日光温室蔬菜集约化育苗与智能环境调控技术集成",
        "指南代码：LZ25NY01　每项资助20万～30万元　拟支持2项",
        "Rp.1-2　　凉州道地中药材（黄芪、甘草）规范化种植与",
        "　　　　　　　　　　质量追溯技术研究",
        "指南代码：LZ25SF01　每项资助10万～20万元",
        "Rp.二　　揭榜挂帅项目（农业农村科技股）",
        "Rp.2-1　　设施蔬菜根结线虫绿色防控技术（发榜企业：凉州区××蔬菜",
        "　　　　　　　　　　产销专业合作社联合社）",
        "指南代码：LZ25JB01　区财政按榜单金额的30%对揭榜方给予补助，最高不超过20万元。",
    ]
    assert [(title, code, cap) for title, code, _, cap, _, _, _ in _leaf_terms("\n".join(lines))] \
        == [("日光温室蔬菜集约化育苗与智能环境调控技术集成", "LZ25NY01", 30),
            ("凉州道地中药材（黄芪、甘草）规范化种植与质量追溯技术研究", "LZ25SF01", 20),
            ("设施蔬菜根结线虫绿色防控技术", "LZ25JB01", 20)]


def test_a_shared_to_do_list_copying_out_the_call() -> None:
    """A to-do app's list shared as text: each [ ] task a direction (its 📅 date, #tag and 👤
    owner no words of its title), its 备注：原文：… its text, comments and sub-tasks none, the
    group ⏸ 暂不受理（…） a group whose tasks are not taken."""
    lines = [
        "【分组】🔧 A 重点研发专项（归口：科技计划股）",
        "[ ] A组共性条件（不是方向，别报这个）  #原文",
        "    备注：原文：本专项须由企业牵头申报，采取前资助方式；单项支持30万～50万元，执行期2年。",
        "[ ] ZM26ZY01 汽车轻量化铝合金零部件精密成形工艺  📅 03-20  #重点研发  👤赵工",
        "    备注：原文：围绕新能源汽车底盘、车身结构件，研究高真空压铸、半固态成形等工艺，",
        "    零件减重15%以上。申报企业须为高新技术企业。本方向拟支持2项。",
        "    [ ] 子任务：查高企证书有效期",
        "    💬 赵工 03-05 11:30：压铸这块咱们有底子，可以报，预计投入300万元。",
        "[ ] ZM26ZY04 汽车生产线数控系统国产化应用  #重点研发",
        "    备注：原文：推动国产数控系统在冲压、焊装产线应用验证。",
        "【分组】⏸ 暂不受理（原文有，今年报不了）",
        "[ ] ZM26ZY03 智能网联汽车测试场景库建设  #暂缓",
        "    备注：原文：本方向本次暂不受理，申报时间及支持标准另行通知。",
        "【分组】✅ 已完成",
        "[✓] 把指南PDF转发研发部群  03-03 15:26 完成",
    ]
    assert [(title, code, cap, quota) for title, code, _, cap, _, _, quota
            in _leaf_terms("\n".join(lines))] == [
        ("汽车轻量化铝合金零部件精密成形工艺", "ZM26ZY01", 50, 2),
        ("汽车生产线数控系统国产化应用", "ZM26ZY04", 50, None)]


def test_an_auto_reply_export_its_contents_reply_and_its_directions() -> None:
    """A service account's auto-reply rules: the 目录 reply lists A1 …, A2 … (titles alone)
    before the rules replying with each direction (【A1】… its code and terms) — the listing is
    no direction; 回复内容：… is the message, no field; a rule's 10:20 edit time no ratio."""
    lines = [
        "规则名称：申报指南-目录",
        "回复内容（1/2）〔文字，字数312／600〕：",
        "　　A 产业技术攻关专项（回复A查看）",
        "　　　A1 新型电子元器件与电子化学品",
        "　　　A2 高端装备与汽车零部件",
        "状态：启用　　最后修改：2026-03-05 09:48　修改人：hjh",
        "规则名称：A",
        "回复内容（1/1）〔文字〕：",
        "　　A 产业技术攻关专项（归口：高新技术与产业化股）",
        "　　本专项须由企业牵头申报，采取前资助方式，执行期2年，企业自筹配套。",
        "规则名称：A1",
        "回复内容（1/1）〔文字〕：",
        "　　【A1】新型电子元器件与电子化学品",
        "　　方向代码：FGKJ2026-A01",
        "　　每项资助不超过50万元，拟支持2项。",
        "状态：启用　　最后修改：2026-03-05 10:20　修改人：hjh",
        "规则名称：A2",
        "回复内容（1/1）〔文字〕：",
        "　　【A2】高端装备与汽车零部件",
        "　　方向代码：FGKJ2026-A02",
        "　　每项资助不超过40万元，拟支持3项。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.funding_max_wan, leaf.matching_ratio)
            for leaf in leaves] == [
        ("新型电子元器件与电子化学品", "FGKJ2026-A01", 50, None),
        ("高端装备与汽车零部件", "FGKJ2026-A02", 40, None)]


def test_a_sign_language_scripts_table_reads_the_call_from_its_script_column() -> None:
    """段 | 时间码 | 播音原稿（字幕同步） | 手语表达要点 | 镜头/字幕备注: the call said in the
    script's column (a row's empty last cell kept), 【板块一】… spanning rows its groups,
    1-3 智能制造与数字化转型 本方向下设… an uncoded title then its own words, 给予以奖代补资金
    一次性10万元；…给予3万元 a grant's tiers."""
    rows = [
        "段\t时间码\t播音原稿（字幕同步）\t手语表达要点\t镜头/字幕备注",
        "开场\t00:00—00:35\t各位观众晚上好。去年全县立项31项，县财政下达科技经费685万元。\t大家 / 好\t",
        "【板块一】重点研发类　　归口：县科技局高新技术股",
        "板块一\t01:40—02:15\t本板块统一要求：项目须由企业牵头申报，采取事前资助方式，项目实施期不超过"
        "24个月。\t企业 / 带头\t字幕条：板块一",
        "板块一\t02:15—02:50\t1-1 竹材高值化利用关键技术（指南代码：SC25-ZD01） 县财政资助不超过50万元，"
        "拟支持2项。\t竹子 / 研究\t",
        "板块一\t03:25—03:50\t1-3 智能制造与数字化转型 本方向下设两个子方向，各拟支持1项，每项资助不超过"
        "30万元。\t机器 / 智能\t字幕：下设两个子方向",
        "板块一\t03:50—04:10\t1-3-1 竹木加工装备数控化与智能化改造（指南代码：SC25-ZD03-1） 重点支持数控"
        "开料改造。\t竹 / 木\t",
        "板块一\t04:10—04:35\t1-3-2 工业互联网平台应用示范（指南代码：SC25-ZD03-2） 该子方向项目实施期为"
        "18个月。\t网络 / 工厂\t字幕：实施期18个月",
        "【板块三】成果转化类　　归口：县科技局成果转化股",
        "板块三\t06:35—07:00\t本板块仅限在本县注册的企业申报，按规定兑现。\t企业 / 才 / 可以\t",
        "板块三\t07:00—07:35\t3-1 高新技术企业认定奖励（指南代码：SC25-CG01） 对2024年度首次通过认定的高新"
        "技术企业，给予以奖代补资金一次性10万元；通过重新认定的，给予3万元。\t企业 / 高新\t",
        "板块三\t08:10—08:30\t3-3 县级揭榜挂帅项目 榜单正在向企业征集技术需求，具体申报办法另行通知，本次"
        "不受理。\t张贴 / 榜\t",
        "结尾\t08:30—09:12\t申报单位请登录系统在线填报。感谢收看。\t谢谢\t",
    ]
    leaves = parse_document("\n".join(rows).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.period_years_max, leaf.quota)
            for leaf in leaves] == [("SC25-ZD01", 50, 2, 2), ("SC25-ZD03-1", 30, 2, 1),
                                    ("SC25-ZD03-2", 30, 1.5, 1), ("SC25-CG01", 10, None, None)]


def test_a_complaints_claims_a_labelled_closed_cell_and_a_struck_name() -> None:
    """A 民事起诉状's 三、本案诉讼费、保全费由被告负担 is a claim, no direction; a table row whose
    单项支持额度 cell says 县指南注明：暂不受理，…另行通知 is not taken; 〔保密员批注：原稿此处合作
    企业名称已删除〕 under a direction strikes a name, not the direction."""
    complaint = [
        "诉讼请求：",
        "一、判令被告向原告支付咨询服务费尾款46,000元；",
        "三、本案诉讼费、保全费由被告负担。",
        "事实与理由：",
        "2025年3月12日，县科学技术局印发申报指南，原告据此委托被告申报，约定成功后支付服务费。",
        "证据2：指南摘录",
        "（一）重点研发专项（归口：科技股）",
        "1.黑土地保护性耕作技术集成与示范",
        "指南代码：LS25NK01",
        "单项资助10万～20万元，拟支持2项。",
        "2.玉米秸秆覆盖田病虫草害绿色防控技术",
        "指南代码：LS25NK02",
        "研究覆盖条件下玉米螟、大斑病等发生规律及绿色防控技术。",
        "〔保密员批注：原稿此处合作企业名称已删除。——高明 3.17〕",
    ]
    assert [(title, code) for title, code, _, _, _, _, _ in _leaf_terms("\n".join(complaint))] \
        == [("黑土地保护性耕作技术集成与示范", "LS25NK01"), ("玉米秸秆覆盖田病虫草害绿色防控技术", "LS25NK02")]
    table = [
        "方向代码\t方向名称\t单项支持额度\t支持方式\t县拟支持数",
        "SD2604\t县域院前急救与胸痛中心协同救治体系研究\t不超过10万元\t前资助\t—",
        "SD2605\t出生缺陷综合防控适宜技术研究\t县指南注明：暂不受理，待市级专项下达后另行通知\t\t",
    ]
    assert [(title, code, cap) for title, code, _, cap, _, _, _ in _leaf_terms("\n".join(table))] \
        == [("县域院前急救与胸痛中心协同救治体系研究", "SD2604", 10)]


def test_slides_naming_their_section_again_with_the_part_they_reach() -> None:
    """A course's slides: 三、支持方向（二）… and （三）… (their offices said) then, on the next
    slide, 三、支持方向（四）县级科技创新平台 with no office — the next part all the same, so its
    暂不受理 is its own and the slide's marker no direction."""
    lines = [
        "【幻灯片 8】",
        "三、支持方向（二）农业与社会发展类科技计划",
        "\t归口：农业农村与社会发展股",
        "\t统一要求：企业、农民专业合作社均可牵头｜前资助｜每项10万元｜实施期2024年7月—2025年12月",
        "\t4. 泰和乌鸡种质资源保护与生态健康养殖（TH24NY01）",
        "【备注】",
        "乌鸡这个方向合作社也能牵头。",
        "【幻灯片 9】",
        "三、支持方向（三）科技型企业培育奖补（不占限项指标）",
        "\t归口：工业与高新技术股",
        "\t7. 高新技术企业首次认定奖补",
        "\t\t对2023年度首次通过认定的高新技术企业，一次性给予奖补10万元",
        "\t8. 企业研发投入增量奖补",
        "\t\t对规上企业，按增量部分的10%给予奖补，最高不超过30万元",
        "【备注】",
        "奖补是先干后补，不用写项目书。",
        "【幻灯片 10】",
        "三、支持方向（四）县级科技创新平台",
        "\t县级工程技术研究中心、县级重点实验室",
        "\t认定管理办法正在修订，本次暂不受理，另行通知",
        "【备注】",
        "有学员问能不能先准备材料——可以准备，但这次申报系统里没有这个入口。",
        "【幻灯片 11】",
        "三、支持方向（五）揭榜挂帅项目",
        "\t归口：科技合作与成果转化股",
        "\t县财政按揭榜双方技术合同实际成交额的30%给予揭榜方奖补，单个榜单最高不超过50万元",
        "\t榜单1：高导热无卤阻燃覆铜板配方开发（TH24JB01）",
    ]
    assert [(title, cap) for title, _, _, cap, _, _, _ in _leaf_terms("\n".join(lines))] == [
        ("泰和乌鸡种质资源保护与生态健康养殖", 10), ("高新技术企业首次认定奖补", 10),
        ("企业研发投入增量奖补", 30), ("高导热无卤阻燃覆铜板配方开发", 50)]


def test_an_exam_papers_tasks_and_their_marks_are_no_directions() -> None:
    """A skills contest's paper: 任务 | 内容 | 分值 | 建议用时 rows list its tasks and their marks,
    任务一　支持方向要素提取（30分） heads one — the call in its appendix holds the directions."""
    lines = [
        "竞赛任务总览",
        "任务\t内容\t分值\t建议用时",
        "任务一\t支持方向要素提取\t30分\t50分钟",
        "任务二\t企业申报匹配研判\t40分\t70分钟",
        "任务三\t咨询答复函撰写\t30分\t60分钟",
        "任务一　支持方向要素提取（30分）",
        "请阅读附录材料A，逐一填写每个支持方向的指南代码、资助额度等要素。",
        "任务二　企业申报匹配研判（40分）",
        "请测算每家企业可获得的最高资助额，甲企业最高可获资助50万元。",
        "附录材料A",
        "（一）产业技术攻关计划（归口：高新技术股）",
        "1．寒地食用菌工厂化栽培技术（NA25GY01）",
        "每项资助不超过30万元，拟支持2项。",
    ]
    assert [(title, code, cap) for title, code, _, cap, _, _, _ in _leaf_terms("\n".join(lines))] \
        == [("寒地食用菌工厂化栽培技术", "NA25GY01", 30)]


def test_an_interview_records_questions_take_up_the_guidelines_classes() -> None:
    """A witness's 询问笔录: 问：第一类“…”是怎么规定的？ takes up a class, the answer states its
    office and terms once (答：第一类归口我们局高新技术股。这一类须由企业牵头…) and lists its
    directions, run in after a comma (3.…技术，代码JX25-GG03。…最高四十万元); the questions
    about the case after them fund nothing."""
    lines = [
        "问：第一类“产业关键技术攻关”是怎么规定的？",
        "答：第一类归口我们局高新技术股。这一类须由企业牵头申报，实施期限不超过两年。指南里列了三个方向：",
        "1.宣纸原料高效制浆与清洁生产技术，代码JX25-GG01。每项资助30万元至50万元，采取前资助方式。",
        "2.流体控制装备智能化设计与可靠性提升，代码JX25-GG02。每项资助不超过60万元，前资助。",
        "3.特种电机高效节能与智能控制技术，代码JX25-GG03。采取后补助方式，最高四十万元。",
        "问：第二类“农业与社会发展科技”是怎么规定的？",
        "答：第二类归口农村科技股。这一类高校、科研院所、企业都可以牵头，全部采取前资助。指南列的是：",
        "1.茶叶绿色加工与品质提升，代码JX25-NS01。每项定额资助15万元，拟支持2项。",
        "2.道地中药材生态种植与初加工，代码JX25-NS02。每项资助10万元到15万元。",
        "问：该公司最后获得资助多少？",
        "答：给该公司立项资助40万元。",
    ]
    assert [(title, code, office, cap) for title, code, office, cap, _, _, _
            in _leaf_terms("\n".join(lines))] == [
        ("宣纸原料高效制浆与清洁生产技术", "JX25-GG01", "高新技术股", 50),
        ("流体控制装备智能化设计与可靠性提升", "JX25-GG02", "高新技术股", 60),
        ("特种电机高效节能与智能控制技术", "JX25-GG03", "高新技术股", 40),
        ("茶叶绿色加工与品质提升", "JX25-NS01", "农村科技股", 15),
        ("道地中药材生态种植与初加工", "JX25-NS02", "农村科技股", 15)]


def test_a_sentence_cut_at_a_records_page_foot_goes_on_after_it() -> None:
    """A 笔录 hard-wrapped at 41 characters: （2）…奖补，代码…。对经省级认定的首台（套） is cut, the
    page's foot (被询问人签名：____ 第 1 页 共 2 页) and the blank lines around it between, and
    重大技术装备，一次性奖补研制企业20万元。 goes on with it: （2） is an item like （1） and （3）."""
    def wrapped(paragraph: str) -> list[str]:
        return [paragraph[at:at + 41] for at in range(0, len(paragraph), 41)]
    lines = [
        "问：第三类“创新平台和成果转化奖补”呢？",
        *wrapped("答：第三类归口成果转化股。这一类不用编写项目申报书，符合条件的企业在系统里提交备案"
                 "材料就可以，审核通过后直接兑现。一共三项："),
        *wrapped("（1）技术合同交易奖补，代码JX25-JB01。对2024年度登记的技术合同成交额累计200万元"
                 "以上的企业，按成交额的3%给予奖补，每家最高10万元。"),
        "（2）首台（套）重大技术装备奖补，代码JX25-JB02。对经省级认定的首台（套）",
        "",
        "被询问人签名：__________                        第 1 页  共 2 页",
        "",
        "重大技术装备，一次性奖补研制企业20万元。",
        *wrapped("（3）科技型中小企业研发贷款贴息，代码JX25-JB03。对已入库的科技型中小企业用于研发"
                 "的银行贷款，按实际支付利息的50%给予贴息，单户每年最高100000元。"),
        "问：指南第二部分就这些内容吗？",
        "答：就这些。",
    ]
    assert [(title, code, cap) for title, code, _, cap, _, _, _ in _leaf_terms("\n".join(lines))] \
        == [("技术合同交易奖补", "JX25-JB01", 10), ("首台（套）重大技术装备奖补", "JX25-JB02", 20),
            ("科技型中小企业研发贷款贴息", "JX25-JB03", 10)]


def test_an_award_titled_by_the_standing_it_rewards_requires_that_standing() -> None:
    """6．新认定省级工程技术研究中心、重点实验室 under a class paid 以奖代补 (给予依托企业一次性支持
    20万元) and a table row 首次认定国家高新技术企业 | 后补助 | 15万元 | 对当年首次认定的企业给予
    一次性补助: the firm must hold what the title names."""
    lines = [
        "（三）科技创新平台和主体培育奖补（县科技局科技发展股）",
        "本类采取以奖代补方式，同一企业同一年度只享受其中一项。",
        "6．新认定省级工程技术研究中心、重点实验室（指南代码：CX26PT01）",
        "给予依托企业一次性支持20万元。",
        "7．新认定市级工程技术研究中心（指南代码：CX26PT02）",
        "给予依托企业一次性支持5万元。",
    ]
    assert [leaf.qualifications for leaf in parse_document("\n".join(lines).encode(),
                                                          "t.txt").leaves] \
        == [["自治区级平台"], ["市级平台"]]
    rows = [
        "二、科技型企业培育计划（归口：县科技局科技发展科）",
        "序号\t支持方向\t指南代码\t支持方式\t支持额度\t说明",
        "4\t首次认定国家高新技术企业\tJN25PY01\t后补助\t15万元\t对当年首次认定的企业给予一次性补助",
        "5\t新入选山东省瞪羚企业\tJN25PY02\t后补助\t20万元\t对当年新入选的企业给予一次性补助",
    ]
    assert [leaf.qualifications for leaf in parse_document("\n".join(rows).encode(),
                                                          "t.txt").leaves] \
        == [["高新技术企业"], ["瞪羚企业"]]


def test_an_anki_export_is_read_by_its_decks() -> None:
    """Flash cards exported from Anki (#separator:tab, #deck column:3): the guideline's decks are
    the outline, a cloze card's {{c1::…}} its text and its extra field (易错：2024年是15万元) no
    text of the call, another deck's cards (02 高企认定) left out, a card added late (2.2 after
    the plan's question card) read in its deck, a question naming no direction dropped."""
    deck = "窗口::01 县级科技计划指南（2025）"
    notes = [
        "#separator:tab", "#html:true", "#guid column:1", "#notetype column:2",
        "#deck column:3", "#tags column:6",
        f"a1\t问答题\t{deck}\t指南什么时候截止？\t4月15日截止\t指南",
        f"a2\t填空题\t{deck}::一、重点研发计划\t<b>【一、重点研发计划】共性条件</b><br>"
        "① 须由{{c1::企业}}牵头申报<br>② 上年度研发费用不低于{{c2::100万元::金额}}\t\t指南",
        f"a3\t填空题\t{deck}::一、重点研发计划\t<b>1.1&nbsp;生猪良种繁育技术</b>（XC25ZD01）<br>"
        "每项资助{{c1::20～30万元}}，拟支持{{c2::2}}项<br>归口：{{c3::农村科技股}}\t"
        "易错：2024年这个方向是每项15万元！\t指南",
        "a4\t问答题\t窗口::02 高企认定\t高企研发费用占比要求？\t不低于5%，奖励50万元\t高企",
        f"a5\t问答题\t{deck}::二、科技成果转化计划\t2.1&nbsp;技术合同登记奖补（XC25ZH01）给多少？\t"
        "按交易额的5%给予补助，单个企业最高<b>10万元</b>\t指南",
        f"a6\t问答题\t{deck}::一、重点研发计划\t1.2&nbsp;汽摩零部件智能制造（XC25ZD02）给多少？\t"
        "定额资助30万元\t指南",
    ]
    guideline = parse_document("\n".join(notes).encode(), "t.txt")
    assert [(leaf.title, leaf.code, leaf.funding_max_wan, leaf.source_line,
             leaf.enterprise_lead_only, leaf.min_rd_spend_wan) for leaf in guideline.leaves] == [
        ("生猪良种繁育技术", "XC25ZD01", 30, 9, True, 100),
        ("汽摩零部件智能制造", "XC25ZD02", 30, 12, True, 100),
        ("技术合同登记奖补", "XC25ZH01", 10, 11, None, None)]


def test_an_input_methods_phrase_file_is_read_as_its_phrases() -> None:
    """A 搜狗 custom phrase file a service window answers from: `code,1=` and the phrase's lines
    under it up to a blank line, or `code,1=text` on one line; `;` comments (a withdrawn
    direction commented out) no text; 【…计划】（归口：科技股） a plan and its office, and
    省级平台奖补：…一次性奖励二十万元。 an award item's name and its text."""
    lines = [
        "; 搜狗拼音输入法--自定义短语配置文件",
        "; 单行的格式：字符串+英文逗号+数字=短语",
        "",
        "tyzd,1=",
        "【重点研发计划】（归口：科技股）",
        "本计划采取前资助方式，项目实施期为2年。",
        "",
        "tyzd1,1=",
        "方向1　桃源红茶精深加工（指南代码：TY25ZD01）",
        "每项资助15～25万元，拟支持2项。",
        "",
        "; tyzd5,1=",
        "; 方向5　智能农机装备（指南代码：TY24ZD05）",
        "; 每项资助20～30万元，拟支持1项。",
        "",
        "typt,1=",
        "【创新平台奖补计划】（归口：高新技术股）",
        "实行以奖代补，按认定文件兑现。",
        "",
        "typt1,1=省级平台奖补：新获批的省级工程技术研究中心，一次性奖励二十万元。",
        "typt2,1=市级平台奖补：同期新获批的市级工程技术研究中心，一次性奖励伍万元。",
        "tyxx,1=感谢您对科技工作的关心和支持！",
    ]
    assert [(title, code, office, cap, mode) for title, code, office, cap, mode, _, _
            in _leaf_terms("\n".join(lines))] == [
        ("桃源红茶精深加工", "TY25ZD01", "科技股", 25, "前资助"),
        ("省级平台奖补", None, "高新技术股", 20, "奖补"),
        ("市级平台奖补", None, "高新技术股", 5, "奖补")]


def test_a_reports_purpose_naming_a_direction_leaves_the_directions_table_whole() -> None:
    """A 科技查新报告: 一、查新目的 立项查新。委托人拟申报…方向（指南代码FXKJ2602，…） is the
    report's purpose, no direction — and so no direction the table's row FXKJ2602 could be
    the terms of: every row of 表1 is a direction of its own."""
    lines = [
        "一、查新目的 立项查新。委托人拟申报“猕猴桃精深加工与副产物综合利用”方向（指南代码FXKJ2602，资助额度30～50万元）。",
        "二、查新点 1.采用三段定向酶解猕猴桃果渣；2.开发常温高纤复合饮品。",
        "附件1",
        "二、支持方向及标准",
        "（一）重点研发计划",
        "归口股室：科技创新股。本计划项目须由企业牵头申报，采取前资助方式，项目实施期限不超过2年。",
        "表1　重点研发计划支持方向",
        "序号\t支持方向\t指南代码\t资助额度（万元/项）\t拟支持项数\t备注",
        "1\t猕猴桃种质创新与绿色高效栽培\tFXKJ2601\t20～30\t2\t",
        "2\t猕猴桃精深加工与副产物综合利用\tFXKJ2602\t30～50\t2\t★委托人拟申报方向",
        "3\t奉新大米优质稻绿色高效生产\tFXKJ2603\t30～50\t1\t",
        "注：1.资助额度为单个项目财政资助额度。",
    ]
    assert [(title, code, cap) for title, code, _, cap, _, _, _ in _leaf_terms("\n".join(lines))] \
        == [("猕猴桃种质创新与绿色高效栽培", "FXKJ2601", 30),
            ("猕猴桃精深加工与副产物综合利用", "FXKJ2602", 50),
            ("奉新大米优质稻绿色高效生产", "FXKJ2603", 50)]


def test_a_notices_own_sections_around_the_call_it_quotes_are_no_directions() -> None:
    """A police warning to firms: 【预警等级】… 【发布渠道】… header labels, its sections 一、警情概况,
    四、警方提示, 五、典型案例 (案例一：…骗取9.1万元) and 六、本所…/报警和咨询 around 三、真实政策对照
    （摘自《指南》正文，…）, which holds the call's plans and coded directions: only those are
    directions."""
    lines = [
        "涉企诈骗预警提示",
        "【预警等级】橙色（★★★☆）",
        "【发布渠道】“苍溪公安”微信公众号、企业反诈联络员群、县科技局企业服务群",
        "【转发要求】请各企业反诈联络员于24小时内转发至本单位全体财务及申报人员",
        "",
        "一、警情概况",
        "　　4月以来，不法分子冒充科技局工作人员实施诈骗，涉案金额共计11.6万元。",
        "二、常见作案手法",
        "　　手法一：冒充科技局工作人员，谎称有“内部名额”",
        "　　骗子称“最高能拿500万”，随后要求企业转账“评审保证金”。",
        "三、真实政策对照（摘自《指南》正文，以县科技局官网发布的原文为准）",
        "经与县科技局核对，《指南》本年度设立以下计划和方向：",
        "（一）重点研发计划（县科技局高新技术股）",
        "　　本计划采取前资助方式，项目实施期不超过2年。",
        "　　1．红心猕猴桃优质高效栽培技术集成与示范（指南代码：CX26ZD01）",
        "　　拟支持1项，资助30万元。",
        "　　2．猕猴桃采后保鲜与精深加工关键技术研究（指南代码：CX26ZD02）",
        "　　拟支持2项，每项资助15万～25万元。",
        "（二）科技成果转化计划（县科技局成果转化股）",
        "　　本计划采取后补助方式，申报单位须为已入库的科技型中小企业。",
        "　　3．川明参良种繁育成果转化（指南代码：CX26ZH01）",
        "　　按技术合同实际成交额的20%给予补助，最高不超过十五万元。",
        "（三）科技创新平台和主体培育奖补（县科技局科技发展股）",
        "　　本类采取以奖代补方式。",
        "　　4．新认定省级工程技术研究中心（指南代码：CX26PT01）",
        "　　给予依托企业一次性支持20万元。",
        "四、警方提示",
        "　　1．凡是自称“科技局工作人员”要求转账、缴纳保证金的，都是诈骗；",
        "　　2．凡是承诺“包过立项”“内部名额”的中介，都是诈骗。",
        "五、典型案例",
        "　　案例一：某食品公司负责人张某添加“省专家评审组”微信，被骗取9.1万元。",
        "六、报警和咨询",
        "　　报警电话：110",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.enterprise_lead_only) for leaf in leaves] == [
        ("红心猕猴桃优质高效栽培技术集成与示范", "CX26ZD01", None),
        ("猕猴桃采后保鲜与精深加工关键技术研究", "CX26ZD02", None),
        ("川明参良种繁育成果转化", "CX26ZH01", True),
        ("新认定省级工程技术研究中心", "CX26PT01", True)]


def test_a_firms_own_services_and_fees_are_no_direction() -> None:
    """A tax agency's letter to its clients quotes the call's directions, then 四、本所可提供的
    服务及收费标准 | 每户3000～8000元: its own fees, no direction."""
    lines = [
        "一、《指南》支持方向摘录",
        "（一）重点研发专项（归口：县科技局高新技术股）",
        "1．超硬材料精密分级与表面改性技术（ZC26-ZD01）",
        "每项资助20万～40万元，须由企业牵头申报。",
        "2．培育钻石大单晶生长工艺与装备国产化（ZC26-ZD02）",
        "每项资助20万～40万元，申报企业须为高新技术企业。",
        "二、本所提示",
        "1．申报门槛以《指南》认可的数据为准。",
        "三、本所可提供的服务及收费标准",
        "服务项目\t服务内容\t收费标准",
        "研发费用专项审计\t出具研发费用专项审计报告\t每户3000～8000元",
        "申报材料辅导\t协助编写项目申报书\t每项5000元",
    ]
    assert [(title, code) for title, code, _, _, _, _, _ in _leaf_terms("\n".join(lines))] == [
        ("超硬材料精密分级与表面改性技术", "ZC26-ZD01"),
        ("培育钻石大单晶生长工艺与装备国产化", "ZC26-ZD02")]


def test_a_transcript_for_blind_readers_reads_its_tables_as_rows() -> None:
    """A library's 读屏版 transcript: ★ before the original's headings, 〔原文第2页〕 notes, and
    表1 read aloud (〔表格开始：…列名依次为：类别、资助方式、资助额度、执行期。〕 ⏎ 第1行：类别，A类；
    资助方式，前资助；…) right under …执行期见表1。: the class terms its directions name."""
    lines = [
        "政务信息无障碍文本（读屏版）",
        "文本编号：ZCTSG-WZA-2025-031",
        "〔原文第1页〕",
        "★一、申报条件",
        "（一）申报单位须为在柘城县境内注册、具有独立法人资格的单位。",
        "〔原文第2页〕",
        "★二、项目类别与支持标准",
        "本年度项目分为A类、B类，各类别的资助方式、资助额度和执行期见表1。",
        "〔表格开始：表1　项目类别及支持标准。共4列，除列名行外共2行。列名依次为：类别、资助方式、资助额度、执行期。〕",
        "第1行：类别，A类（重点项目）；资助方式，前资助；资助额度，30万至50万元；执行期，不超过3年。",
        "第2行：类别，B类（一般项目）；资助方式，后补助；资助额度，10万至20万元；执行期，不超过2年。",
        "〔表格结束〕",
        "★三、支持方向",
        "（一）超硬材料产业（归口：高新技术股）",
        "1．高品级金刚石微粉分级与表面改性技术（项目类别：A类；指南代码：ZC25-CY01）",
        "重点支持金刚石微粉精密分级、表面镀覆与改性等技术研发。拟支持2项。",
        "〔原文第3页〕",
        "2．超硬材料制品检测与标准研制（项目类别：B类；指南代码：ZC25-CY03）",
        "重点支持金刚石工具及制品性能检测方法研究。拟支持2项。",
        "★四、申报程序",
        "（一）网上填报。申报单位登录系统在线填写申报书。",
    ]
    assert [(title, code, cap, mode, period) for title, code, _, cap, mode, period, _
            in _leaf_terms("\n".join(lines))] == [
        ("高品级金刚石微粉分级与表面改性技术", "ZC25-CY01", 50, "前资助", 3),
        ("超硬材料制品检测与标准研制", "ZC25-CY03", 20, "后补助", 2)]


def test_projects_funded_in_earlier_years_are_no_directions_of_this_call() -> None:
    """A hospital newsletter quotes this year's DZ25-… directions, then lists its projects
    under way (1.…（DZ24-SF02，药学部，资助8万元） ⏎ 进展：…): coded in an earlier year, none is a
    direction of this call."""
    lines = [
        "（一）社会发展类项目（归口：社会发展股）",
        "1.院内中药制剂质量标准提升与二次开发（DZ25-SF01）",
        "每项资助10万～20万元，拟支持2项。",
        "2.县域抗菌药物合理使用与细菌耐药监测（DZ25-SF02）",
        "每项资助不超过8万元。",
        "3.基层医疗机构中医药适宜技术推广应用（DZ25-SF04）",
        "每项资助5万～8万元。",
        "【科研园地】",
        "我院在研县级科技项目进展一览",
        "1.头孢菌素类皮试必要性评估及临床路径优化（DZ24-SF02，药学部，资助8万元）",
        "进展：已完成2360例回顾性数据采集，中期检查“良好”。",
        "2.县域医共体静脉用药集中调配模式探索（DZ23-SF01，药学部，资助15万元）",
        "进展：已于2025年1月通过县科技局验收。",
    ]
    assert [code for _, code, _, _, _, _, _ in _leaf_terms("\n".join(lines))] \
        == ["DZ25-SF01", "DZ25-SF02", "DZ25-SF04"]


def test_a_proposals_own_parts_around_the_call_it_quotes_are_no_directions() -> None:
    """A broker's proposal: 第一部分's 风险点1：研发失败风险。… and 第三部分's 方案一：…保险（对应
    LJ26ZD01） beside 第二部分, which quotes the call's coded directions: the risks and the
    schemes (set against a direction by its code) are the broker's, no directions."""
    lines = [
        "第一部分 客户概况与风险识别",
        "一、主要风险识别",
        "风险点1：研发失败风险。研发周期约24个月，存在因技术路线不可行导致研发费用损失的风险。",
        "风险点2：首台（套）装备应用风险。装备在用户现场出现质量缺陷，可能导致退货及赔偿责任。",
        "风险点3：产品质量风险。正极材料批次质量波动可能引发下游企业索赔。",
        "第二部分 庐江县2026年度科技计划要点",
        "一、县重点研发计划（归口：高新技术股）",
        "本类项目须由企业牵头申报，采取前资助方式，实施期限不超过2年。",
        "1.新能源电池材料与储能（LJ26ZD01）",
        "每项资助30万～50万元，拟支持2项。",
        "2.矿产资源综合利用与绿色冶炼（LJ26ZD02）",
        "每项资助20万～40万元，拟支持1项。",
        "3.首台（套）重大技术装备研发（LJ26ZD03）",
        "每项资助不超过50万元，拟支持1项。",
        "第三部分 保险方案设计",
        "方案一：研发费用损失保险（对应LJ26ZD01）",
        "保险金额：人民币300万元；保险费：人民币3.6万元；保险期间：24个月。",
        "方案二：首台（套）重大技术装备综合保险（对应LJ26ZD03）",
        "保险金额：人民币800万元；保险费：人民币12万元；保险期间：1年。",
    ]
    assert [code for _, code, _, _, _, _, _ in _leaf_terms("\n".join(lines))] \
        == ["LJ26ZD01", "LJ26ZD02", "LJ26ZD03"]


def test_a_classification_tables_level_columns_are_its_outline() -> None:
    """A statistics system's appendix: 大类 | 中类 | 小类 | 类别名称 | 指南代码 | 说明, each row's
    code in the column of its level (01 / 011 / 0111): the classes are plans (本大类归口高新
    技术股), the middle rows groups (本中类拟立项3项), the small ones directions; its caption
    (…代码表) and a form to fill in (表号：LBKJ101表) are none."""
    lines = [
        "（一）县级科技计划项目基本情况",
        "表　　号：LBKJ101表",
        "制定机关：灵璧县科学技术局",
        "说明：本表由项目承担单位填报。",
        "（二）县级科技计划项目类别及指南方向代码表",
        "编制说明：本表依据《指南》编制。",
        "大类\t中类\t小类\t类别名称\t指南代码\t说明",
        "01\t\t\t县级重点研发计划\t\t本大类归口高新技术股，采取前资助方式，项目执行期不超过3年。",
        "\t011\t\t轴承及高端装备制造\t\t本中类拟立项3项。",
        "\t\t0111\t高精度轴承套圈精密锻造技术\tLB26-ZD01\t每项资助30万～50万元。",
        "\t\t0112\t轴承智能检测与柔性装配产线研制\tLB26-ZD02\t每项资助30万～50万元，拟支持1项。",
        "\t012\t\t绿色食品及农产品精深加工\t\t本中类拟立项2项。",
        "\t\t0121\t小麦精深加工技术\tLB26-ZD03\t每项资助20万～30万元。",
        "02\t\t\t县级科技创新奖补\t\t本大类归口政策法规与成果转化股，采取以奖代补方式。",
        "\t021\t\t创新主体培育奖补\t\t",
        "\t\t0211\t首次认定国家高新技术企业奖补\t—\t对首次认定的国家高新技术企业，给予一次性奖补10万元。",
    ]
    assert [(title, code, office, cap, mode, period, quota) for title, code, office, cap, mode,
            period, quota in _leaf_terms("\n".join(lines))] == [
        ("高精度轴承套圈精密锻造技术", "LB26-ZD01", "高新技术股", 50, "前资助", 3, 3),
        ("轴承智能检测与柔性装配产线研制", "LB26-ZD02", "高新技术股", 50, "前资助", 3, 1),
        ("小麦精深加工技术", "LB26-ZD03", "高新技术股", 30, "前资助", 3, 2),
        ("首次认定国家高新技术企业奖补", None, "政策法规与成果转化股", 10, "奖补", None, None)]


def test_a_power_bills_own_sections_are_no_directions_beside_the_call_it_carries() -> None:
    """A grid company's e-mailed bill: 二、电费明细 (项目 | 电量/需量 | 单价(元) | 金额(元), its
    charges) and 五、电价及服务政策提示 (1．需求响应：…最高不超过4元) hold none of the call's coded
    directions, which stand in the plans after them (A. …专项 ⏎ A1 …（SS25-JT01））."""
    lines = [
        "一、抄见电量",
        "本月结算有功电量合计：35093080 kWh",
        "二、电费明细",
        "项目                          电量/需量          单价(元)     金额(元)",
        "电度电费—尖峰                 5581200 kWh        0.53562      2989422.34",
        "电度电费—峰                   8213760 kWh        0.44635      3666211.78",
        "基本电费（需量）              52000 kW           28.00        1456000.00",
        "三、缴费信息",
        "  1．缴费方式：“网上国网”APP、电费托收、对公转账。",
        "四、电价及服务政策提示",
        "  1．分时电价：自2025年1月1日起执行新版工商业分时电价。",
        "  2．需求响应：参与电力需求响应的用户，按有效响应容量给予补偿，每千瓦每次最高不超过4元。",
        "  3．需量变更：可提前5个工作日申请变更核定需量，每月可变更一次。",
        "【政企服务专区·政策直通车】",
        "A. 工业节能降碳科技专项（归口：高新技术股）",
        "本专项项目均须由企业牵头申报，采取前资助方式，执行期一般不超过2年。",
        "A1 矿热炉烟气余热深度回收与发电技术（SS25-JT01）",
        "资助50万—80万元，拟支持1项。",
        "A2 高载能负荷柔性调节与需求响应控制系统（SS25-JT02）",
        "资助不超过30万元，拟支持1项。",
        "A3 工业园区光伏储能协同调度技术（SS25-JT03）",
        "资助40万元，拟支持1项。",
    ]
    assert [code for _, code, _, _, _, _, _ in _leaf_terms("\n".join(lines))] \
        == ["SS25-JT01", "SS25-JT02", "SS25-JT03"]


def test_a_circulars_grid_of_class_terms_and_plans_with_their_office_after_two_spaces() -> None:
    """A ship's printout of a fleet circular: 各类项目通用条款按《指南》表1执行： over an ASCII grid
    whose rows 甲类 and 乙类 stand between the same two rules (each a row of its own, every cell
    filled), directions naming their class (项目类别：甲类), and 3.1 …计划（…类）  归口：县科技局
    产业科 — the office after two spaces."""
    lines = [
        "3.0 通用条件（摘《指南》第二部分）",
        "    (a) 申报单位须为在长海县注册登记的企业或事业单位；",
        "    (c) 各类项目通用条款按《指南》表1执行：",
        "    +------+----------+-----------+--------------+",
        "    | 类别 | 支持方式 | 执行期    | 牵头要求     |",
        "    +------+----------+-----------+--------------+",
        "    | 甲类 | 前资助   | 不超过2年 | 须由企业牵头 |",
        "    | 乙类 | 后补助   | ——        | 不限         |",
        "    +------+----------+-----------+--------------+",
        "",
        "3.1 县科技攻关计划（海洋交通与装备类）  归口：县科技局产业科",
        "3.1.1 海岛客运船舶智能靠泊辅助系统（代码CH25GG01，项目类别：甲类）",
        "    拟支持1项，资助额度40万元。",
        "3.1.2 海上冷链运输温控与质量溯源（代码CH25GG03，项目类别：甲类）",
        "    每项资助不超过二十万元。",
        "",
        "3.2 县科技成果转化计划  归口：县科技局成果转化科",
        "3.2.1 船舶清洁能源改造示范（项目类别：乙类）",
        "    按改造设备实际投资额的15%给予补助，单个项目最高不超过30万元。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_mode, leaf.period_years_max,
             leaf.enterprise_lead_only) for leaf in leaves] == [
        ("CH25GG01", "县科技局产业科", "前资助", 2, True),
        ("CH25GG03", "县科技局产业科", "前资助", 2, True),
        (None, "县科技局成果转化科", "后补助", None, False)]


def test_a_dashboards_row_number_run_into_its_title_is_its_own_cell() -> None:
    """A dashboard's export: 编号 | 方向名称（指南代码） | … rows numbered A1, A2 (the code the
    name's bracket holds, not the row's number), and B1技术合同后补助 | 后补助：… a cell short —
    the number ran into the title on the PDF's line."""
    lines = [
        "编号\t方向名称（指南代码）\t资助标准\t拟支持\t执行期\t园区匹配企业",
        "▌县重点研发计划（归口：县科技局高新技术科）",
        "A1\t智能仓储机器人集群调度（LS26GX01）\t30～60万元/项\t2项\t—\t7家",
        "A2\t冷链多温区共配技术（LS26GX02）\t不超过40万元\t1项\t—\t5家",
        "▌县科技成果转化计划（归口：县科技局成果转化科）",
        "B1技术合同后补助\t后补助：对技术受让企业按技术交易额的5%补助，单个合同最高15万元\t不限\t—\t11家",
        "B2\t物流装备首台（套）奖补\t以奖代补：一档20万元，二档10万元\t—\t—\t3家",
    ]
    assert [(title, code, cap) for title, code, _, cap, _, _, _ in _leaf_terms("\n".join(lines))] \
        == [("智能仓储机器人集群调度", "LS26GX01", 60), ("冷链多温区共配技术", "LS26GX02", 40),
            ("技术合同后补助", "B1", 15), ("物流装备首台（套）奖补", "B2", 20)]


def test_a_tables_rows_under_a_spanning_group_row_stay_rows() -> None:
    """An appraisal report's 表2-3: 计划类别及支持方向 | 指南代码 | … over 一、县重点研发计划（项目执行
    期2年；须由企业牵头申报；…） spanning it, then 1.…技术 | LX26ZY01 | 前资助 | … rows — rows of
    the table, its 三、… class's rows 5.…, 6.… each a direction; the report's 序号 | 项目 | 金额或数量
    results no directions."""
    lines = [
        "十、估价结果",
        "序号\t项目\t金额或数量",
        "1\t假定未设立法定优先受偿权下的价值\t2,136万元",
        "2\t抵押价值（1-2）\t2,136万元",
        "表2-3　郎溪县2026年度科技计划主要支持方向摘录",
        "计划类别及支持方向\t指南代码\t支持方式\t资助标准\t申报条件\t归口股室",
        "一、县重点研发计划（项目执行期2年；须由企业牵头申报；企业自筹资金与财政资助资金比例不低于2:1）",
        "1.新能源汽车零部件轻量化关键技术\tLX26ZY01\t前资助\t30万～50万元 拟支持2项\t上年度研发费用不低于200万元\t高新技术股",
        "2.绿色建材与装配式建筑部品部件研发\tLX26ZY02\t前资助\t20万～40万元\t规上工业企业\t高新技术股",
        "三、创新平台及科技型企业奖补",
        "5.新认定省级工程技术研究中心\t—\t以奖代补\t一次性30万元\t—\t政策法规股",
        "6.首次认定国家高新技术企业\t—\t以奖代补\t一次性20万元\t—\t政策法规股",
    ]
    assert [(title, code, cap) for title, code, _, cap, _, _, _ in _leaf_terms("\n".join(lines))] \
        == [("新能源汽车零部件轻量化关键技术", "LX26ZY01", 50),
            ("绿色建材与装配式建筑部品部件研发", "LX26ZY02", 40),
            ("新认定省级工程技术研究中心", None, 30), ("首次认定国家高新技术企业", None, 20)]


def test_an_award_item_named_by_a_standing_newly_won_is_an_item() -> None:
    """本类采取以奖代补方式。 ⏎ 1.新认定瞪羚企业：给予一次性奖励贰拾万元。 ⏎ 2.新入库科技型中小企业：
    每家奖励1万元。: the second is an item like the first, not a label of the first one's
    (its name ends in 企业, no field's name; its one short sentence its terms)."""
    lines = [
        "三、科技型企业培育奖补（归口：县科技局政策法规股）",
        "本类采取以奖代补方式。",
        "1.新认定瞪羚企业：给予一次性奖励贰拾万元。",
        "2.新入库科技型中小企业：每家奖励1万元。",
        "四、“揭榜挂帅”项目：榜单及申报办法另行通知。",
    ]
    assert [(title, cap) for title, _, _, cap, _, _, _ in _leaf_terms("\n".join(lines))] \
        == [("新认定瞪羚企业", 20), ("新入库科技型中小企业", 1)]


def test_an_award_item_for_a_standing_newly_won_requires_that_standing() -> None:
    """2.新入库科技型中小企业：每家奖励1万元。 rewards firms that won a standing: like 新认定瞪羚企业
    above it, the firm must hold it (科技型中小企业) and only a firm applies."""
    lines = [
        "三、科技型企业培育奖补（归口：县科技局政策法规股）",
        "本类采取以奖代补方式。",
        "1.新认定瞪羚企业：给予一次性奖励贰拾万元。",
        "2.新入库科技型中小企业：每家奖励1万元。",
        "四、“揭榜挂帅”项目：榜单及申报办法另行通知。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.title, leaf.qualifications, leaf.enterprise_lead_only) for leaf in leaves] == [
        ("新认定瞪羚企业", ["瞪羚企业"], True), ("新入库科技型中小企业", ["科技型中小企业"], True)]


def test_terms_said_of_each_sub_direction_after_the_last_one_are_each_ones() -> None:
    """方向2：…，下设两个子方向： ⏎ 2.1 … ⏎ 2.2 …，实施期18个月 ⏎ 子方向各支持1项，每项资助15万元。:
    the sentence after the last sub-direction speaks of each (子方向各 / 每个子方向 / 上述两个子方向
    各…), however worded and whatever the last one says of itself — not the last one's alone."""
    for said in ("子方向各支持1项，每项资助15万元。", "每个子方向拟支持1项，每项资助15万元。",
                 "上述两个子方向各拟支持1项，每项资助15万元。"):
        lines = [
            "一、重点研发计划（县科技局高新技术股负责）",
            "方向1：特色羊肉汤标准化生产技术（代码：SX25-ZD01）",
            "资助金额：20万元—40万元/项，拟支持1项。",
            "方向2：传统面食工业化生产技术（代码：SX25-ZD03），下设两个子方向：",
            "2.1　单县烧饼速冻胚体酥层保持技术（代码：SX25-ZD03-1）",
            "2.2　水煎包速冻半成品品质控制技术（代码：SX25-ZD03-2），实施期18个月。",
            said,
            "方向3：餐饮油烟净化技术（代码：SX25-ZD04）",
            "资助金额：不超过30万元。",
        ]
        leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
        assert [(leaf.code, leaf.funding_max_wan, leaf.quota, leaf.period_years_max)
                for leaf in leaves] == [("SX25-ZD01", 40, 1, None), ("SX25-ZD03-1", 15, 1, None),
                                        ("SX25-ZD03-2", 15, 1, 1.5), ("SX25-ZD04", 30, None, None)]


def test_a_sales_tip_between_directions_is_no_heading() -> None:
    """★展业提示：… after a direction in an insurer's morning-meeting pack: the team's aside
    (保费一般3000～8000元), not a heading under the direction — which stays a direction."""
    lines = [
        "二、农业科技计划（归口：县科技局农村科技股）",
        "本计划采取后补助方式；企业、农民专业合作社、科研院所均可牵头申报。",
        "6．优质稻绿色高产栽培技术集成示范（LW2025-NY02）",
        "本方向今年暂不受理，待市级项目下达后另行通知。",
        "7．特色果蔬采后保鲜与冷链物流技术（LW2025-NY03）",
        "补助金额不超过人民币拾万元，拟支持1项，实施期12个月。",
        "★展业提示：鸭蛋加工企业推产品责任险，每户保费一般3000～8000元。",
        "三、科技创新奖补（以奖代补，归口：县科技局成果转化股）",
        "奖补事项和标准见下表（指南原表照录）：",
        "序号\t奖补事项（代码）\t奖补标准\t兑现时间",
        "8\t新认定国家高新技术企业奖补（LW2025-JB01）\t对首次认定的国家高新技术企业，一次性奖励20万元\t认定后次年兑现",
        "9\t技术合同交易奖补（LW2025-JB03）\t按实际成交额的5%给予奖补，单个企业每年最高50000元\t次年兑现",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.funding_mode) for leaf in leaves] == [
        ("LW2025-NY03", 10, "后补助"), ("LW2025-JB01", 20, "奖补"), ("LW2025-JB03", 5, "奖补")]


def test_an_excerpts_end_alone_closes_the_call() -> None:
    """蓬溪县…申报指南（节选） ⏎ … ⏎ （节选完） ⏎ 笔试样题 … 【参考答案】样题2：×（本年度暂不受理）:
    the exam after the excerpt's end quotes the call — its answers close nothing; and a
    heading whose sub-directions it announces with their count and grant (…，下设两个子方向，
    每个子方向拟支持1项，资助额度不超过贰拾万元：) is a heading."""
    lines = [
        "笔试参考资料",
        "蓬溪县2025年度科技计划项目申报指南（节选）",
        "一、重点研发计划（归口：县科技局科技管理股）",
        "本计划采取前资助方式，项目实施期不超过2年；须由企业牵头申报。",
        "1.天然气化工装备关键部件国产化（代码：PX25ZD01）",
        "每项资助20万～30万元，拟支持2项。",
        "2.特色食品智能加工装备研发，下设两个子方向，每个子方向拟支持1项，资助额度不超过贰拾万元：",
        "（1）柚类果汁无菌灌装成套装备（代码：PX25ZD02-1）",
        "（2）花椒油智能化生产线关键技术（代码：PX25ZD02-2），执行期18个月。",
        "二、科技创新平台奖补（以奖代补，归口：县科技局科技管理股）",
        "3.首次认定国家高新技术企业（代码：PX25PT02）",
        "对首次通过认定的国家高新技术企业，一次性奖励拾万元。",
        "（节选完）",
        "笔试样题（仅供参考）",
        "【样题1】（判断，2分）“首次认定国家高新技术企业”方向本年度可正常申报。（　　）",
        "【参考答案】样题1：×（本年度暂不受理）。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.quota) for leaf in leaves] == [
        ("PX25ZD01", 30, 2), ("PX25ZD02-1", 20, 1), ("PX25ZD02-2", 20, 1), ("PX25PT02", 10, None)]



def test_a_dispatch_reports_own_items_around_its_marked_excerpt_are_no_directions() -> None:
    """A coal mine's 调度日报 quotes the call between 【摘报开始】 and 【摘报结束】: its own
    3. 隐患排查：…1条（YH-260317-03，…）, a hazard's number in brackets, is no coded direction."""
    lines = [
        "乡宁县××煤业有限公司安全生产调度日报",
        "二、安全情况",
        "1. 瓦斯：2102综采工作面回风流CH4最大0.28%。",
        "2. 隐患排查：当日排查隐患5条，已整改4条；1条（YH-260317-03，2104运顺锚杆托盘松动3处）限3月18日中班前整改。",
        "3. 三违：无。",
        "五、上级来文及重要通知",
        "1. 集团公司技术中心转发县科学技术局通知，指南中与煤矿相关的内容摘报如下：",
        "【摘报开始】",
        "一、重点研发计划（县科技局科技管理股负责）",
        "本计划采取前资助方式，须由企业牵头申报。",
        "1．煤矿智能化综采工作面关键技术（XN26-ZD01）",
        "每项资助30万～50万元，拟支持1项。",
        "2．矿井水资源化利用技术（XN26-ZD02）",
        "资助额度不超过200000元。",
        "【摘报结束】",
        "六、其他",
        "1. 夜班调度员：县科技计划项目摘报已录入日报。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan) for leaf in leaves] == [
        ("XN26-ZD01", 50), ("XN26-ZD02", 20)]


def test_circled_award_items_with_codes_before_their_terms_are_directions() -> None:
    """⑧ 科技型中小企业入库奖补（WC26-JB01）：… ⏎ ⑨ 研发投入增量奖补（WC26-JB02）：对…: circled
    award items, each its code then a colon and its terms — not circled fields (①榜单编号：…)
    though their names start like a field's (研发投入…, …补助)."""
    lines = [
        "B. 成果转化后补助（县科技局成果转化股归口）",
        "统一要求：后补助，按实际发生额事后兑现；只有企业能报。",
        "  ⑥ 技术合同登记补助（WC26-ZH01）：按技术交易额的5%补助，最高20万元。",
        "  ⑦ 首台（套）装备推广应用补助（WC26-ZH02）：省级首台（套）的奖30万元。",
        "C. 科技型企业培育（以奖代补，县科技局科技股归口）",
        "  ⑧ 科技型中小企业入库奖补（WC26-JB01）：首次入库的科技型中小企业，每家奖励5000元。",
        "  ⑨ 研发投入增量奖补（WC26-JB02）：按研发费用增量的5%奖补，单家最高15万元。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan) for leaf in leaves] == [
        ("WC26-ZH01", 20), ("WC26-ZH02", 30), ("WC26-JB01", 0.5), ("WC26-JB02", 15)]


def test_a_class_named_in_the_code_bracket_gives_its_terms() -> None:
    """三、项目类别与支持标准 defines A类 and B类; each direction names its class after its code,
    （ZX26-SW01，A类）, and a group's sub-directions take the group's (（ZX26-SW04，B类），下设两个
    子方向：)."""
    lines = [
        "三、项目类别与支持标准",
        "（一）A类（重点项目）：采取前资助方式，每项资助50万～80万元，实施期限不超过36个月；须由企业牵头申报。",
        "（二）B类（一般项目）：采取前资助方式，每项资助不超过20万元，实施期限不超过24个月；企业、高等院校、科研院所均可牵头申报。",
        "各方向所属类别在方向名称后括号内标注，方向未另行规定的，按所属类别标准执行。",
        "四、支持方向",
        "（一）生物医药（归口股室：高新技术股）",
        "1.化学原料药绿色合成与晶型控制技术（ZX26-SW01，A类）",
        "申报单位须为高新技术企业。",
        "2.药用辅料及包装材料国产化替代（ZX26-SW04，B类），下设两个子方向：",
        "2.1 药用包材与药品相容性评价技术（ZX26-SW04-1）",
        "2.2 新型缓控释药用辅料开发（ZX26-SW04-2）",
        "五、申报时间",
        "2026年4月1日至4月30日。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.period_years_max) for leaf in leaves] == [
        ("ZX26-SW01", 80, 3), ("ZX26-SW04-1", 20, 2), ("ZX26-SW04-2", 20, 2)]


def test_a_notices_own_sections_numbered_apart_from_the_attached_call_are_none() -> None:
    """A post office's notice 一、服务时间和网点 … 三、结算和考核（每件8.00元，揽收人员每件奖励
    0.50元）… 五、统计报送, then its 附件1 numbered from 一、 again with the call's plans and
    coded directions: the notice's sections are its own, whatever they pay."""
    lines = [
        "关于做好2025年度县级科技计划项目申报材料政务寄递服务的通知",
        "一、服务时间和网点",
        "　　1. 服务时间：2025年3月31日至4月25日，每日8:30—17:00。",
        "二、收寄操作要求",
        "　　1. 内件品名填写“科技项目申报材料”；备注栏须填写指南代码。",
        "三、结算和考核",
        "　　1. 结算价：每件8.00元，由县科技局按月凭清单结算。",
        "　　2. 本项业务计入各网点考核，揽收人员每件奖励0.50元。",
        "四、统计报送",
        "　　各网点每日16:30前报送当日收寄件数，4月28日前汇总报县分公司。",
        "附件1",
        "祁门县2025年度科技计划项目申报指南（方向摘要）",
        "一、县重点研发计划（归口：县科技局高新技术股）",
        "本计划采取前资助方式，须由企业牵头申报。",
        "1.汽车零部件轻量化精密铸造关键技术（QM25-YF01）",
        "资助额度20万～40万元。",
        "2.特种电机能效提升与智能控制技术（QM25-YF02）",
        "资助额度不超过30万元，拟支持1项。",
        "二、县科技成果转化计划（归口：县科技局成果转化股）",
        "本计划采取后补助方式。",
        "3.新型墙体材料成果转化（QM25-CZ01）",
        "每项补助80000元，拟支持3项。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan) for leaf in leaves] == [
        ("QM25-YF01", 40), ("QM25-YF02", 30), ("QM25-CZ01", 8)]


def test_an_excerpts_end_closes_its_last_direction() -> None:
    """…9.化工企业研发投入增量奖补（DM2025-JB01） ⏎ 对…给予奖补，最高伍拾万元。 ⏎ （摘录完） ⏎
    审核小组对照意见： ⏎ ①方案Z1与指南第3条（DM2025-ZD03）方向一致… 第5条本次不受理…: the
    auditors' remarks after the excerpt's end are none of the last direction's (nor close it);
    （摘编完。网上申报截止时间：…） ends one too, a remark in its bracket."""
    for end in ("（摘录完）", "（摘编完。网上申报截止时间：2025年5月20日17:00）"):
        lines = [
            "5.4 县科技计划申报指南摘录",
            "一、重点研发计划（归口股室：高新技术股）",
            "本计划采取前资助方式，须由企业牵头申报。",
            "3.精细化工溶剂回收关键技术（DM2025-ZD03）",
            "资助额度20万～30万元。",
            "5.危险化学品储运智能监测技术（DM2025-ZD05）",
            "本方向待省级专项衔接后另行发布申报通知，本次不受理。",
            "三、企业研发投入奖补（以奖代补）",
            "9.化工企业研发投入增量奖补（DM2025-JB01）（科技发展股）",
            "对上年度研发费用不低于500万元的高新技术企业，按增量部分的5%给予奖补，单个企业最高伍拾万元。",
            end,
            "审核小组对照意见：",
            "①方案Z1与指南第3条（DM2025-ZD03）方向一致，建议按定额25万元测算。",
            "②方案Z3对应的指南第5条本次不受理，另行通知后再议。",
        ]
        leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
        assert [(leaf.code, leaf.funding_max_wan, leaf.funding_mode) for leaf in leaves] == [
            ("DM2025-ZD03", 30, "前资助"), ("DM2025-JB01", 50, "奖补")], end


def test_an_office_among_labelled_values_set_apart_by_wide_spaces() -> None:
    """A plan's terms on one line, 归口股室：县科技局科技股　　支持方式：前资助　　执行期限：2026年
    7月至2028年6月: the office is each direction's as the mode and the period are."""
    lines = [
        "二、支持方向及标准",
        "A．科技支撑计划",
        "　　归口股室：县科技局科技股　　支持方式：前资助　　执行期限：2026年7月至2028年6月",
        "　　申报主体：不限，企业、事业单位均可牵头申报。",
        "A1　景区生态环境智能感知技术",
        "　　指南代码：JZGKJ2026-A01　　资助金额：20万～30万元/项　　拟支持：2项",
        "A2　高山峡谷景区灾害监测预警技术",
        "　　指南代码：JZGKJ2026-A02　　资助金额：不超过40万元　　拟支持：1项",
        "三、申报时间",
        "2026年4月1日至4月30日。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.funding_mode, leaf.period_years_max)
            for leaf in leaves] == [("JZGKJ2026-A01", "县科技局科技股", "前资助", 2),
                                    ("JZGKJ2026-A02", "县科技局科技股", "前资助", 2)]


def test_a_call_table_under_a_records_other_matters_is_read() -> None:
    """A feed mill's 配方评审记录: 五、其他事项 ⏎ （一）县科技局科技计划项目申报 ⏎ 表5 指南相关方向摘录
    with the call's coded rows under its plans' rows — the record's 其他事项 holds the call (a
    guideline's own 其他事项 funds nothing)."""
    lines = [
        "四、评审意见",
        "1．HR-512 V7：同意试产20吨。",
        "五、其他事项",
        "（一）县科技局科技计划项目申报（技术中心王××通报）",
        "县科技局2月27日印发《汤阴县2026年度科技计划项目申报指南》，网上申报截止3月31日。",
        "表5　指南相关方向摘录",
        "指南序号\t方向名称\t指南代码\t资助额度及数量\t执行期\t申报要求\t我司意见",
        "一、重点研发专项（归口：县科技局科技股）　本专项采取前资助方式；须由企业牵头申报。",
        "1\t饲用豆粕减量替代关键技术研究与应用\tTY26ZY01\t每项30万～50万元，拟支持2项\t24个月\t申报单位须为高新技术企业\t拟报",
        "2\t猪禽低蛋白日粮精准配制与氨基酸平衡技术\tTY26ZY02\t不超过40万元\t24个月\t申报单位上年度研发费用不低于200万元\t不够条件",
        "3\t饲用抗菌肽、益生菌等替抗产品研发\tTY26ZY03\t每项20万元，各拟支持1项\t18个月\t申报单位须为科技型中小企业\t待定",
        "六、评审结论",
        "HR-512 V7按评审意见执行。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.funding_mode) for leaf in leaves] == [
        ("TY26ZY01", 50, "前资助"), ("TY26ZY02", 40, "前资助"), ("TY26ZY03", 20, "前资助")]


def test_a_later_table_of_applications_is_not_the_call_tables_other_columns() -> None:
    """表10-1 lists the call's directions (序号 | 方向名称 | 指南代码 | …), 表10-2 the forest farm's
    own applications (序号 | 对应指南代码 | 拟申报项目名称 | 牵头单位 | …), numbered 1–3 as well:
    a table of its own under its caption — not the first one's columns printed on a later
    page, nor its rows going on — so the call's rows keep their codes and the farm's projects
    are none."""
    lines = [
        "二、林业科技成果转化与推广（归口：县科技局成果转化股）",
        "本类项目企业、国有林场均可申报，具体方向见表10-1。",
        "表10-1　林业科技成果转化与推广方向（摘自指南）",
        "序号\t方向名称\t指南代码\t支持方式\t补助标准\t申报条件\t【编制组注】",
        "1\t林下多花黄精仿野生栽培技术推广\tTG25CZ01\t后补助\t每项补助10万元\t具有林地经营权\t林场拟申报",
        "2\t竹木加工剩余物生物质成型燃料技术成果转化\tTG25CZ02\t后补助\t最高不超过贰拾万元\t规模以上工业企业\t不申报",
        "3\t森林康养基地数字化服务平台推广应用\tTG25CZ03\t后补助\t一档15万元、二档10万元\t—\t待定",
        "10.2.3　林场拟参与申报安排",
        "经林场场务会研究，规划期首年拟参与申报以下3个项目。",
        "表10-2　林场拟参与申报项目及资金测算",
        "序号\t对应指南代码\t拟申报项目名称\t牵头单位\t申请县财政资助（万元）\t自筹（万元）\t林场负责人",
        "1\tTG25LY01\t龙门林场毛竹林丰产培育示范\t铜鼓县××竹业有限公司\t40\t60\t张××",
        "2\tTG25LY02-1\t杉木大径材目标树经营技术示范\t铜鼓县××林业发展有限公司\t25\t37.5\t刘××",
        "3\tTG25CZ01\t林下多花黄精仿野生栽培推广\t铜鼓县国有龙门林场\t10\t—\t陈××",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.funding_max_wan) for leaf in leaves] == [
        ("林下多花黄精仿野生栽培技术推广", "TG25CZ01", 10),
        ("竹木加工剩余物生物质成型燃料技术成果转化", "TG25CZ02", 20),
        ("森林康养基地数字化服务平台推广应用", "TG25CZ03", 15)]


def test_a_records_own_sections_beside_the_one_transcribing_the_call_are_none() -> None:
    """A museum's 藏品登记表: 二、来源与入藏 (赠送馆刊…价值120元) and 三、形制描述 beside 四、内容著录
    （文字照录）, which transcribes the call and holds all its coded directions: the record's
    own sections."""
    lines = [
        "藏 品 登 记 表",
        "一、基本信息",
        "藏品名称\t《镇远县2025年度科技计划项目申报指南》（印刷本）",
        "二、来源与入藏",
        "来源方式\t捐赠\t入藏时间\t2025年6月12日",
        "奖励/补偿\t颁发捐赠证书1份，赠送馆刊《镇远文博》合订本1套（价值120元）",
        "三、形制描述",
        "平装，骑马钉装订。封面蓝白两色，上部印县徽及指南名称。",
        "四、内容著录（文字照录）",
        "（一）特色食品与中药材（归口：农村科技股）",
        "1.镇远道菜传统发酵工艺标准化与品质提升（ZY25-01）",
        "每项资助20万元，拟支持1项。",
        "2.林下中药材生态种植与初加工技术（ZY25-02）",
        "每项资助10万元。",
        "3.高山生态茶标准化加工与品质控制（ZY25-03）",
        "资助额度不超过15万元。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan) for leaf in leaves] == [
        ("ZY25-01", 20), ("ZY25-02", 10), ("ZY25-03", 15)]


def test_a_long_heading_wrapped_by_the_page_width_is_still_a_heading() -> None:
    """㈣ 湘西苗鼓…联动控制系统研发及在凤凰古城…等景区的应用示范〔FH25 ⏎ B02〕: a title over
    60 characters, with no comma in it, the page width cutting its code — a direction of its
    own, not more text of the one above."""
    lines = [
        "乙、民族文化与旅游融合（归口：农村科技股）",
        "㈢ 苗族银饰锻制技艺数字化保护与文创转化〔FH25B01〕",
        "　　研究内容：采集苗族银饰锻制技艺关键工序的三维动作与纹样数据。",
        "　　资助额度：每项20万元。",
        "㈣ 湘西苗鼓、傩戏、苗族接龙舞等非物质文化遗产沉浸式演艺舞台装备与智能灯光声效联动控制系统"
        "研发及在凤凰古城、黄丝桥古城、苗人谷等景区的应用示范〔FH25",
        "B02〕",
        "　　研究内容：研发可快速搭建的沉浸式演艺舞台装备。",
        "　　申报要求：申报单位须依托省级及以上工程技术研究中心。",
        "　　资助额度：每项30万元。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.funding_max_wan, leaf.qualifications) for leaf in leaves] == [
        (2, 20, []), (5, 30, ["自治区级平台"])]


def test_one_list_number_left_alone_above_its_title_joins_it() -> None:
    """㈥ … ⏎ ㈦ ⏎ 智慧景区改造奖补 and （1.2）… ⏎ （1.3） ⏎ 乡镇分馆…: one number a line break
    left alone, its siblings numbered on their titles' lines — the next heading, on its
    title's line."""
    lines = [
        "丙、旅游科技创新奖补（归口：成果转化股）",
        "㈥ 景区栈道智能巡检〔FH25A03〕",
        "　　研究内容：研发巡检机器人。资助额度：每项20万元。",
        "㈦",
        "智慧景区改造奖补",
        "　　对新评定为国家A级旅游景区的企业给予一次性奖补：5A级80万元，4A级50万元。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        (2, "景区栈道智能巡检", 20), (5, "智慧景区改造奖补", 80)]
    lines = [
        "一、阅读推广",
        "（1.2）　少儿智能阅读辅助设备研发",
        "    支持内容：研发智能点读设备。资助额度：每项10万元。",
        "（1.3）",
        "乡镇分馆通借通还物流与数据平台应用示范",
        "    支持内容：建设通借通还物流调度平台。资助额度：每项15万元。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        (2, "少儿智能阅读辅助设备研发", 10), (5, "乡镇分馆通借通还物流与数据平台应用示范", 15)]


def test_record_cards_numbered_by_a_tag_line_keep_their_topics_terms() -> None:
    """专题一 … 责任科室：… 本专题拟支持3项 ⏎ 【卡片01】 ⏎ 方向名称：…: the tag numbers the card, the
    heading is the 方向名称 line below it — the topic's office and count its cards'; and a
    card's period counted in calendar days (730个日历天) is two years."""
    lines = [
        "专题一　通用机场智慧化建设",
        "　　责任科室：规划与高新技术股",
        "　　本专题拟支持3项。",
        "",
        "【卡片01】",
        "方向名称：A1级通用机场跑道道面结构健康监测",
        "方向代码：DY22-0101",
        "资助金额：每项30万元",
        "实施周期：730个日历天",
        "",
        "【卡片02】",
        "方向名称：通用机场场面低成本多点定位监视系统研制",
        "方向代码：DY22-0102",
        "资助金额：每项20万元",
        "实施周期：540个日历天",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.code, leaf.office, leaf.quota, leaf.period_years_max)
            for leaf in leaves] == [(6, "DY22-0101", "规划与高新技术股", 3, 2.0),
                                    (12, "DY22-0102", "规划与高新技术股", 3, 1.48)]


def test_a_numbered_heading_tagged_with_its_kind_is_no_label() -> None:
    """1.1 … 1.2 … ⏎ 2.【揭榜挂帅】通航飞行培训模拟器国产化: the numbering open above goes on,
    the bracket names the heading's kind — a direction titled without it, not a field of the
    direction before it."""
    lines = [
        "专题三　低空应急救援与飞行服务",
        "1.通航应急救援综合保障",
        "　　资助额度：每项20万元。",
        "2.【揭榜挂帅】通航飞行培训模拟器国产化",
        "　　榜单需求：研制飞行训练器。",
        "　　财政支持：按实际到账榜单金额的20%给予以奖代补，最高不超过30万元",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        ("通航应急救援综合保障", 20), ("通航飞行培训模拟器国产化", 30)]


def test_a_topics_bracketed_common_terms_are_its_own_and_its_directions() -> None:
    """专题一 ⏎ 【共性要求】本专题项目须由企业牵头申报；支持方式：前资助；执行期：…；本专题拟立项不超过4项。
    before its directions: the topic's terms (not the part above it), the count in the last
    clause too — and 方向1-1  title  〔code〕 set apart by runs of spaces is a heading, its
    ◇资助标准——… a field."""
    lines = [
        "贰、专题设置与支持方向",
        "专题一  “樟帮”中药炮制技艺传承与创新（牵头科室：高新技术与产业化股）",
        "【专题说明】围绕“樟帮”特色炮制技艺的规范化、标准化和装备化开展研究。",
        "【共性要求】本专题项目须由企业牵头申报，可联合中医医院共同实施；支持方式：前资助；"
        "执行期：2025.07—2027.06；本专题拟立项不超过4项。",
        "",
        "方向1-1  樟帮特色炮制工艺规范化研究  〔ZS2025-Z101〕",
        "    ◇支持内容：选取枳壳、黄精等樟帮特色炮制品种，建立工艺规程。",
        "    ◇资助标准——单项不超过30万元。",
        "",
        "方向1-2  中药饮片智能化炮制装备研制  〔ZS2025-Z102〕",
        "    ◇支持内容：研制炒制、蒸制一体化装备。",
        "    ◇申报条件——申报单位上年度R&D经费支出不低于100万元，且须为科技型中小企业。",
        "    ◇资助标准——20万~35万元。",
        "",
        "专题二  道地药材规范化生产（牵头科室：农村科技股）",
        "方向2-1  商洲枳壳规范化种植技术  〔ZS2025-Z201〕",
        "    ◇资助标准——每项10万元。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.quota, leaf.enterprise_lead_only,
             leaf.period_years_max, leaf.min_rd_spend_wan, leaf.qualifications)
            for leaf in leaves] == [
        ("ZS2025-Z101", 30, 4, True, 2.0, None, []),
        ("ZS2025-Z102", 35, 4, True, 2.0, 100, ["科技型中小企业"]),
        ("ZS2025-Z201", 10, None, None, None, None, [])]


def test_a_note_marking_starred_rows_binds_them_and_its_other_items_stay() -> None:
    """注：①标“*”的方向须由规上企业申报，且…研究开发费用不低于200万元；②…；③每个方向原则上支持1项。
    under a table whose 序号 2-3* carries the star: the rule the starred row's, the count every
    row's."""
    lines = [
        "专题二  道地药材规范化生产与健康产品开发（牵头科室：农村科技股）",
        "本专题各方向支持方式均为后补助。",
        "序号\t方向名称\t方向代码\t资助额度\t执行期",
        "2-1\t商洲枳壳规范化种植与采收加工技术\tZS2025-Z201\t10万元/项\t12个月",
        "2-2\t车前子、黄栀子等大宗药材仓储养护技术\tZS2025-Z202\t同上\t同上",
        "2-3*\t中药配方颗粒及标准汤剂质量标准研究\tZS2025-Z203\t按项目研发投入的30%补助，最高40万元\t24个月",
        "注：①标“*”的方向须由规上企业申报，且申报单位上年度研究开发费用不低于200万元；②表中“同上”指与"
        "上一行内容相同；③每个方向原则上支持1项。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.number, leaf.quota, leaf.min_rd_spend_wan, leaf.qualifications)
            for leaf in leaves] == [
        ("ZS2025-Z201", "2-1", 1, None, []), ("ZS2025-Z202", "2-2", 1, None, []),
        ("ZS2025-Z203", "2-3", 1, 200, ["规上企业"])]


def test_a_group_row_numbered_on_from_heading_rows_is_their_sibling() -> None:
    """一、…类：须由企业牵头…； ⏎ rows ⏎ 二、…类：…；本类拟立项3项；… ⏎ rows ⏎ 三、企业创新激励类 ⏎ a
    row: 三、 goes on from 二、 beside it, so 二、's count is not its row's."""
    lines = [
        "序号\t指南方向（代码）\t归口股室\t支持标准\t实施期限",
        "一、产业关键技术攻关类（工业科技股）：须由企业牵头申报；采取前资助方式",
        "1\t高温窑炉用低碳耐火材料制备技术（BF26GY01）\t工业科技股\t每项不超过50万元\t24个月",
        "二、农业与社会发展类（农村科技股）：高校、科研院所、企业均可牵头；本类拟立项3项；采取事前资助方式",
        "2\t小麦—玉米周年绿色高产高效技术集成示范（BF26NS01）\t农村科技股\t每项15万元\t24个月",
        "3\t汝瓷天青釉料配方数字化与文创产品开发（BF26NS02）\t农村科技股\t每项10～15万元\t12个月",
        "三、企业创新激励类（科技服务股）",
        "4\t高新技术企业研发投入后补助（BF26QY01）\t科技服务股\t按上年度新增研发费用的10%给予后补助，"
        "最高不超过50万元\t—",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.quota) for leaf in leaves] == [
        ("BF26GY01", None), ("BF26NS01", 3), ("BF26NS02", 3), ("BF26QY01", None)]


def test_a_class_table_with_a_name_column_gives_each_class_its_terms() -> None:
    """表1: 类别 | 项目名称 | 支持方式 | 资助强度 | 实施期 | 牵头要求 ⏎ A类 | 重点研发攻关项目 | …: a row per
    class, the name column the class's own name — each direction naming its 项目类别 takes its
    class's row; 1．A类项目：牵头企业须为高新技术企业… binds A类 directions only, and 本专题为C类项目
    makes a topic's table rows C类."""
    lines = [
        "一、项目类别及支持方式",
        "本专项设A、B、C三类项目，各方向按其所属类别执行表1。",
        "表1　项目类别及支持标准",
        "类别\t项目名称\t支持方式\t资助强度\t实施期\t牵头要求",
        "A类\t重点研发攻关项目\t事前资助\t50万元～100万元/项\t36个月\t须由企业牵头",
        "B类\t研发投入后补助项目\t事后补助\t单项封顶30万元\t不超过18个月\t不限",
        "C类\t成果转化项目\t后补助\t见表2\t—\t限企业申报",
        "二、申报条件",
        "（一）分类条件",
        "　　1．A类项目：牵头企业须为高新技术企业，上年度研发费用不低于300万元。",
        "　　2．B类项目：企业、高校、科研院所均可牵头。",
        "　　3．C类项目：申报企业须为规模以上工业企业，上年度研发费用不低于100万元。",
        "三、重点支持方向",
        "专题一　羊毛衫绿色低碳制造（归口科室：高新技术科）",
        "▲01　羊毛衫低温低浴比染整及废水回用技术",
        "方向代码：TX25A01",
        "项目类别：A类",
        "研究内容：研究羊毛低温染色助剂及工艺。",
        "▲02　再生纤维素纤维混纺针织面料开发",
        "方向代码：TX25B02",
        "项目类别：B类",
        "研究内容：开发混纺纱线及针织面料。",
        "专题二　成果转化（归口科室：成果转化科）",
        "本专题为C类项目，补助标准见表2。",
        "表2　成果转化后补助方向",
        "序号\t方向名称\t代码\t补助标准",
        "1\t电影级数字摄影机稳定器\tDY24YS06\t按上年度研发费用的20%给予补助，最高30万元",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_min_wan, leaf.funding_max_wan, leaf.funding_mode,
             leaf.enterprise_lead_only, leaf.min_rd_spend_wan, leaf.qualifications)
            for leaf in leaves] == [
        ("羊毛衫低温低浴比染整及废水回用技术", 50, 100, "前资助", True, 300, ["高新技术企业"]),
        ("再生纤维素纤维混纺针织面料开发", None, 30, "后补助", False, None, []),
        ("电影级数字摄影机稳定器", None, 30, "后补助", True, 100, ["规上企业"])]


def test_a_lettered_sub_direction_may_open_with_an_acronym() -> None:
    """（a）短剧智能粗剪… ⏎ （b）HDR智能调色与画质增强〔DY24YS03B〕: the second as much a
    sub-direction as the first."""
    lines = [
        "▲03　AI辅助影视后期制作关键技术",
        "　　（a）短剧智能粗剪与审片系统〔DY24YS03A〕",
        "　　　　研究内容：实现剧本与拍摄素材自动对齐。资助额度：每项20万元。",
        "　　（b）HDR智能调色与画质增强〔DY24YS03B〕",
        "　　　　研究内容：研究智能调色算法。资助额度：每项30万元。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        ("DY24YS03A", "短剧智能粗剪与审片系统", 20), ("DY24YS03B", "HDR智能调色与画质增强", 30)]


def test_defaults_said_unless_a_direction_says_otherwise_bind_every_direction() -> None:
    """一、总体支持政策 ⏎ ■资助方式：除特别注明外，均采取事前资助方式… ⏎ ■执行期限：除特别注明外，
    项目执行期不超过2年: every direction's, where it states none of its own."""
    lines = [
        "一、总体支持政策",
        "■资助方式：除特别注明外，均采取事前资助方式，立项后拨付资助资金的60%。",
        "■执行期限：除特别注明外，项目执行期不超过2年。",
        "二、支持方向",
        "㈠ 通用机场建设与运行保障（归口科室：高新技术股）",
        "⒈ 山区通用机场道面状态智能感知与养护技术〔YX25-A01〕",
        "【研究内容】研究道面病害的低成本智能感知方法。",
        "【资助额度】每项不超过30万元。",
        "⒉ 复杂地形通用机场气象自动观测与短临预警〔YX25-A03〕",
        "【研究内容】研发气象自动观测系统。",
        "【资助额度】每项不超过20万元，本方向执行期18个月。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_mode, leaf.period_years_max) for leaf in leaves] == [
        ("YX25-A01", "前资助", 2.0), ("YX25-A03", "前资助", 1.5)]


def test_lettered_plates_their_parts_and_a_captions_unit() -> None:
    """板块Ａ　智慧图书馆…（归口：…） set apart by a wide space is a plate, its terms its own;
    表1　…（金额：万元；支持数：项） gives its bare amounts their unit; Ｃ１之一 and Ｃ１之二 are
    C1's parts."""
    lines = [
        "第贰部分　支持方向",
        "板块Ａ　智慧图书馆关键技术研发（归口：高新技术与成果转化科）",
        "板块Ａ项目自筹经费不低于财政资助额的1.5倍。",
        "Ａ１　基于RFID与视觉识别的智能盘点及自助借还系统",
        "【资助额度】每项不超过30万元。",
        "板块Ｂ　数字档案馆与档案安全技术",
        "归口科室：社会发展科",
        "表1　板块Ｂ项目方向一览（金额：万元；支持数：项）",
        "序号\t指南编号\t研究方向\t资助上限\t支持数\t实施期",
        "1\tJSKJ24-DA01\t纸质档案高速扫描与智能著录系统\t15\t2\t18个月",
        "板块Ｃ　阅读与档案利用服务应用示范",
        "Ｃ１　县域“15分钟阅读圈”智慧书房应用示范（社会发展科）",
        "本方向以奖代补，单个项目最高不超过10万元。",
        "Ｃ１之一　无人值守城市书房",
        "建设内容：建设24小时无人值守城市书房。拟支持3项。",
        "Ｃ１之二　乡村流动图书车数字化服务",
        "建设内容：为流动图书车配置移动借还终端。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.matching_ratio) for leaf in leaves] == [
        ("基于RFID与视觉识别的智能盘点及自助借还系统", 30, 1.5),
        ("纸质档案高速扫描与智能著录系统", 15, None),
        ("无人值守城市书房", 10, None), ("乡村流动图书车数字化服务", 10, None)]


def test_sub_directions_said_to_be_all_of_one_class_take_its_terms() -> None:
    """2.1　… ⏎ 本方向下设2个子方向，均为A类项目。 ⏎ ①…（YC23DA01）: each part of class A, its
    terms the class table's A row."""
    lines = [
        "二、项目类别及支持标准",
        "项目类别\t资助方式\t资助额度\t实施期限\t牵头单位",
        "A类（关键技术研发）\t事前资助\t10万元～15万元/项\t不超过24个月\t限企业牵头",
        "B类（应用示范推广）\t事后补助\t每项不超过8万元\t不超过12个月\t不限",
        "三、支持方向",
        "专题二　档案数字化与安全保护（社会发展股）",
        "2.1　档案数字化加工与开发利用",
        "    本方向下设2个子方向，均为A类项目。",
        "    ①侨批档案数字化修复与知识图谱构建（YC23DA01）",
        "    支持内容：研究破损纸质档案数字化修复技术。",
        "    ②契约文书与族谱图像增强及古文字识别（YC23DA02）",
        "    支持内容：研究契约文书的图像增强技术。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.funding_mode,
             leaf.period_years_max, leaf.enterprise_lead_only) for leaf in leaves] == [
        ("YC23DA01", 10, 15, "前资助", 2.0, True), ("YC23DA02", 10, 15, "前资助", 2.0, True)]


def test_a_topics_sentence_about_its_directions_is_no_heading() -> None:
    """专题二　…（归口：县农业农村局畜牧兽医股） ⏎ 专题二各方向企业、…均可牵头申报。各方向详见表2。:
    the sentence says who may lead the topic's rows; the rows keep the topic's office. Barred
    labels (榜单编号｜NJJB2022-01, 榜单金额｜60万元) are labels, and 2022年度—2023年度 two years."""
    lines = [
        "专题一　南江黄羊种业科技创新（归口：县科技局农村科技股）",
        "实施周期：2022年度—2023年度。",
        "Ⅰ-1　南江黄羊核心群选育提高与生产性能测定（NJXM22-101）",
        "【资助额度】30～50万元",
        "专题二　畜禽疫病防控与兽药兽医技术（归口：县农业农村局畜牧兽医股）",
        "专题二各方向企业、事业单位、高等院校及科研院所均可牵头申报。各方向详见表2。",
        "表2　专题二方向及支持标准",
        "指南代码\t方向名称\t单项资助上限（万元）\t资助方式\t执行期",
        "NJXM22-201\t南江黄羊传染性胸膜肺炎快速诊断与综合防控\t15\t前资助\t24个月",
        "专题三　“揭榜挂帅”榜单（归口：县科技局农村科技股）",
        "说明：本专题所称“榜单金额”，即县财政对单个揭榜项目的资助额度。",
        "◆榜单一：南江黄羊羊肉冷链保鲜与精细分割加工关键技术",
        "榜单编号｜NJJB2022-01",
        "榜单金额｜60万元",
        "攻关期限｜2022年8月—2024年7月",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.office, leaf.enterprise_lead_only, leaf.funding_max_wan,
             leaf.period_years_max) for leaf in leaves] == [
        ("NJXM22-101", "县科技局农村科技股", None, 50, 2.0),
        ("NJXM22-201", "县农业农村局畜牧兽医股", False, 15, 2.0),
        ("NJJB2022-01", "县科技局农村科技股", None, 60, 2.0)]


def test_a_table_titled_with_its_codes_and_lettered_parts_coded_before_their_titles() -> None:
    """序号 | 方向名称及指南代码 | 定额资助（万元） | …: a table of directions, each title with its
    code; a) ［ZXKY2203-a］… and （a）SM21-QX-A2a　…: parts whose codes come first; 3、… whose
    text says 本年度我市不再单独受理 is closed."""
    lines = [
        "㈠ 智慧养老类（归口科室：高新技术科）",
        "⑶ 养老机构智慧护理管理系统",
        "  本方向设两个子方向，各支持1项。",
        "  a)［ZXKY2203-a］基于视觉的护理行为识别与质量评价",
        "    【支持内容】利用视频分析技术识别护理行为。",
        "    【资助额度】每项10万元",
        "  b)［ZXKY2203-b］护理工作量测算与智能排班软件",
        "    【支持内容】建立护理工作量测算模型。",
        "    【资助额度】每项8万元",
        "㈡ 康复技术与康复辅具类（归口科室：农村与社会发展科）",
        "序号\t方向名称及指南代码\t定额资助（万元）\t实施周期\t拟立项数",
        "01\t神经康复虚拟现实训练系统（ZXKY2204）\t15\t18个月\t1",
        "㈢ 气象防灾类（归口科室：农村科技股）",
        "1、山洪灾害风险动态评估与精细化预警",
        "　　本方向下设两个子方向，每个子方向拟支持1项：",
        "　　（a）SM21-QX-A2a　山洪沟道致灾临界雨量动态订正技术",
        "　　研究内容：建立致灾临界雨量动态订正模型。资助额度：每项20万元。",
        "　　（b）SM21-QX-A2b　村组级山洪预警智能广播终端",
        "　　研究内容：研制智能广播终端。资助额度：每项15万元。",
        "2、康养旅游数字化服务平台",
        "  （本方向已纳入荆门市“揭榜挂帅”项目统筹，本年度我市不再单独受理。）",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        ("ZXKY2203-a", "基于视觉的护理行为识别与质量评价", 10),
        ("ZXKY2203-b", "护理工作量测算与智能排班软件", 8),
        ("ZXKY2204", "神经康复虚拟现实训练系统", 15),
        ("SM21-QX-A2a", "山洪沟道致灾临界雨量动态订正技术", 20),
        ("SM21-QX-A2b", "村组级山洪预警智能广播终端", 15)]


def test_directions_numbered_in_chinese_zeros_their_codes_at_the_right_margin() -> None:
    """〇一　生态茶园…示范⇥MT23-A01: a direction numbered 〇一, its code the PDF set at the right
    margin; 〇七 whose text says 不安排县级财政资金 funds nothing."""
    lines = [
        "第一类　茶园绿色生产技术",
        "责任股室：农村科技股",
        "〇一　生态茶园病虫害绿色防控技术集成与示范\tMT23-A01",
        "支持内容：集成茶小绿叶蝉等主要病虫害的绿色防控技术。",
        "资助强度：每项15万元。",
        "〇二　茶园有机肥替代化肥与酸化土壤改良\tMT23-A02",
        "支持内容：研究茶园土壤酸化阻控技术。",
        "资助强度：8万元～12万元/项。",
        "〇三　茶旅融合与茶文化体验",
        "本方向为引导性方向，不安排县级财政资金，鼓励有条件的企业自主开展。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.code, leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        (3, "MT23-A01", "生态茶园病虫害绿色防控技术集成与示范", 15),
        (6, "MT23-A02", "茶园有机肥替代化肥与酸化土壤改良", 12)]


def test_halves_lettered_items_and_codes_at_the_right_margin() -> None:
    """上篇 ⏎ H-01　…技术⇥〔HLGL24GR01〕: the item's number first, its code at the right margin
    in brackets — the code the bracket's; 下篇's table rows R-01 | …（HLGL24RQ01）: the code the
    title's, R-01 the row's number; 补篇 a third part, its J-1 and J-2 awards its own (not 下篇's),
    and 本条目仅征集…，不安排财政资金 funds nothing."""
    lines = [
        "第二章　支持方向",
        "上篇　集中供热（归口：城建科技股）",
        "H-01　长输热网泄漏智能监测与精准定位技术\t〔HLGL24GR01〕",
        "　【研究内容】研究泄漏识别方法。",
        "　【资助强度】不超过30万元",
        "H-05　供热行业技术需求征集",
        "　　本条目仅征集企业技术需求，不安排财政资金，征集结果作为2025年度指南编制参考。",
        "下篇　城镇燃气（归口：社会发展股）",
        "本篇方向资助方式均为后补助，项目验收通过后一次性拨付。",
        "序号\t方向名称（指南代码）\t资助上限\t执行期",
        "R-01\t城镇燃气埋地管网第三方施工破坏智能预警技术（HLGL24RQ01）\t25万元\t18个月",
        "补篇　科技成果应用奖补（归口：成果转化股）",
        "　　本篇项目均采取以奖代补方式，不设执行期。",
        "J-1　首台（套）供热节能装备本地应用",
        "　　对首台（套）应用的规上工业企业，按应用合同额的15%给予支持，最高不超过50万元。",
        "J-2　燃气供热领域技术标准研制",
        "　　对主导制定并发布国家标准的，每项支持20万元；行业标准每项10万元。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.funding_mode, leaf.qualifications)
            for leaf in leaves] == [
        ("HLGL24GR01", 30, None, []), ("HLGL24RQ01", 25, "后补助", []),
        (None, 50, "奖补", ["规上企业"]), (None, 20, "奖补", [])]


def test_directions_counted_qi_with_their_codes_first_and_a_withdrawn_list() -> None:
    """其一　[YD22-CY0101] 英红九号…: directions counted 其一, 其二, each code in brackets before
    its title; a 榜单 whose heading says （本榜已由发榜企业自行撤回，不再受理揭榜申请） is no
    direction."""
    lines = [
        "专题一　英红九号良种繁育与生态茶园建设",
        "（主管股室：农村科技股）",
        "其一　[YD22-CY0101] 英红九号无性系良种提纯复壮与种苗快繁技术研究",
        "　　研究内容：开展英红九号优良单株筛选。",
        "　　资助额度：20万元/项（前资助）。",
        "其二　[YD22-CY0102] 低产低效茶园提质改造关键技术集成与示范",
        "　　研究内容：集成茶园土壤改良技术。",
        "　　资助额度：每项12万元。",
        "专题二　揭榜挂帅",
        "榜单1：玻璃深加工智能产线（SH25-JB01）",
        "　　榜单需求：研制智能产线。财政支持：最高不超过50万元。",
        "榜单2：玻璃表面纳米自清洁涂层（本榜已由发榜企业自行撤回，不再受理揭榜申请）",
        "　　榜单需求：研制自清洁涂层。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        ("YD22-CY0101", "英红九号无性系良种提纯复壮与种苗快繁技术研究", 20),
        ("YD22-CY0102", "低产低效茶园提质改造关键技术集成与示范", 12),
        ("SH25-JB01", "玻璃深加工智能产线", 50)]


def test_a_numbered_titles_last_word_wrapped_alone_stays_its_title() -> None:
    """1）县级融媒体中心…系统 ⏎ 及其在…的融 ⏎ 合应用关键技术研究与 ⏎ 示范 ⏎ 牵头单位：…: the page
    width cut the title over four lines, its last word alone above the fields — the numbered
    heading's, not a direction titled 示范."""
    lines = [
        "丁、县融媒体中心协同创新",
        "　1）县级融媒体中心“中央厨房”智能采编与多渠道智能分发系统",
        "及其在应急广播、基层宣传文化服务和海岛渔区信息惠民场景中的融",
        "合应用关键技术研究与",
        "示范",
        "　　牵头单位：不限于企业，县融媒体中心等事业单位、高等院校均",
        "可牵头申报。",
        "　　资助方式：前资助",
        "　　资助额度：每项30万元",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.funding_max_wan, leaf.enterprise_lead_only)
            for leaf in leaves] == [(2, 30, False)]


def test_items_that_only_gather_needs_or_belong_to_another_bureaus_fund_are_none() -> None:
    """⒊ …平台建设（需求征集） ⏎ 本方向本年度仅征集…需求，不安排项目经费，征集结果作为下一年度立项
    储备: next year's, nothing to apply for now; 丙-3 本项属县农业农村局…专项，县级科技计划不安排
    资金 and 丁-2 本项经费已列入…专项，由…统一组织实施，不接受单位申报: another fund's."""
    lines = [
        "专题二　船舶制造与修造",
        "⒈ 钢质内河船舶分段机器人智能焊接工艺及装备研究【编号GPKJ21-HY03】",
        "　　■资助标准：每项30万元",
        "⒉ 内河船舶检验检测公共技术服务平台建设（需求征集）",
        "　　本方向本年度仅征集平台建设需求，不安排项目经费，征集结果作为下一年度立项储备。",
        "丙类　环境治理",
        "丙-1　畜禽粪污资源化利用技术【指南代码：TH24XM-C01】",
        "　　资助额度：每项20万元。",
        "丙-3　畜禽养殖场环境综合整治",
        "　　本项属县农业农村局畜禽养殖污染治理专项，县级科技计划不安排资金，列此仅作政策衔接说明。",
        "丁类　人才与服务项目",
        "丁-1　畜牧兽医科技特派员服务团队【指南代码：TH24XM-D01】",
        "　　资助方式及额度：每个团队资助4万元。",
        "丁-2　基层动物防疫员能力培训",
        "　　本项经费已列入县财政动物防疫专项，由县畜牧兽医中心统一组织实施，不接受单位申报。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [leaf.code for leaf in leaves] == ["GPKJ21-HY03", "TH24XM-C01", "TH24XM-D01"]


def test_a_wrapped_titles_tail_with_its_code_and_labels_spaced_after_a_mark() -> None:
    """⒉ 郁江…演变 ⏎ 预测与…上下 ⏎ 游引航道的…示范推 ⏎ 广【编号GPKJ21-HY02】: the title's last
    character and its code, the heading's; ■资助标准　以奖代补。… and ■拟支持数量　3项: labels
    a wide space sets apart from their values, no headings."""
    lines = [
        "专题一　船闸与航道",
        "⒈ 桂平航运枢纽船闸过闸调度优化与智能排档技术研究【编号GPKJ21-HY01】",
        "　　■资助标准：每项30万元",
        "⒉ 郁江桂平至贵港段航道多波束水深实时监测、重点浅滩冲淤演变",
        "预测与内河电子航道图动态更新关键技术研究及在桂平航运枢纽上下",
        "游引航道的工程化应用验证与示范推",
        "广【编号GPKJ21-HY02】",
        "　　■资助标准　以奖代补。按评价等次给予奖补：优秀10万元，良好6万元，合格3万元。",
        "　　■拟支持数量　3项",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.code, leaf.funding_max_wan, leaf.funding_mode, leaf.quota)
            for leaf in leaves] == [(2, "GPKJ21-HY01", 30, None, None),
                                    (4, "GPKJ21-HY02", 10, "奖补", 3)]


def test_a_table_row_whose_grant_is_to_be_announced_is_no_direction() -> None:
    """R-05 | 天然气管道掺氢输送适应性评价 | 另行通知 | — | —: nothing to apply for yet; a row whose
    grant says 分档核定，具体标准另行公布 still is one."""
    lines = [
        "序号\t方向名称（指南代码）\t资助上限\t执行期",
        "R-01\t城镇燃气埋地管网第三方施工破坏智能预警技术（HLGL24RQ01）\t25万元\t18个月",
        "R-02\t技术合同成果转化补助（HLGL24RQ02）\t根据实际成交额分档核定，具体标准另行公布\t12个月",
        "R-05\t天然气管道掺氢输送适应性评价（HLGL24RQ05）\t另行通知\t—",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [leaf.code for leaf in leaves] == ["HLGL24RQ01", "HLGL24RQ02"]


def test_parts_by_a_heavenly_stem_after_a_decimal_take_each_ones_count() -> None:
    """方向5.3 … ⏎ 本方向下设两个子方向，每个子方向资助200千元（定额资助），各限1项。 ⏎ 5.3-甲　… ⏎
    5.3-乙　…: 5.3's two parts, titled without their stems, one project each."""
    lines = [
        "第五条　研发攻关类（归口科室：高新技术科）",
        "　　方向5.1　永磁同步牵引电机高效冷却技术〔YJ23-GD01〕",
        "　　　　资助额度：每项30万元。",
        "　　方向5.3　县域铁路站场设备智能运维关键技术研究",
        "　　　　本方向下设两个子方向，每个子方向资助200千元（定额资助），各限1项。",
        "　　　　5.3-甲　牵引供电接触网设备在线监测与故障预警〔YJ23-GD03A〕",
        "　　　　　　研究内容：研究接触网几何参数的非接触式在线监测技术。",
        "　　　　5.3-乙　站场道岔转辙机多源感知融合诊断〔YJ23-GD03B〕",
        "　　　　　　研究内容：研究转辙机动作电流与油压的融合诊断方法。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.quota) for leaf in leaves] == [
        ("永磁同步牵引电机高效冷却技术", 30, None),
        ("牵引供电接触网设备在线监测与故障预警", 20, 1),
        ("站场道岔转辙机多源感知融合诊断", 20, 1)]


def test_a_table_notes_later_clause_closes_the_row_it_names() -> None:
    """注：表中“同上”指与上一行内容相同；序号4方向的支持标准和申报办法另行通知，本次不受理。: the
    first clause the table's, the second row 4's own — not taken this time."""
    lines = [
        "第六条　站场应用示范类（归口科室：农村与社会发展科）",
        "本类项目申报主体不限，企业、事业单位均可牵头申报。",
        "序号\t方向名称\t代码\t资助额度（千元）\t实施期限\t名额",
        "1\t永济站站前广场智慧化改造示范\tYJ23-SF01\t≤800\t2023.10—2025.09\t1项",
        "2\t铁路专用线货场抑尘与智能装卸示范\tYJ23-SF02\t≤600\t同上\t1项",
        "3\t风陵渡铁路货运站冷链物流信息化示范\tYJ23-SF04\t—\t—\t—",
        "注：表中“同上”指与上一行内容相同；序号3方向的支持标准和申报办法另行通知，本次不受理。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan) for leaf in leaves] == [
        ("YJ23-SF01", 80), ("YJ23-SF02", 60)]


def test_boxed_numbers_alone_a_lettered_row_number_and_a_remark_after_a_title() -> None:
    """〔A1〕 ⏎ title ⏎ … 〔A2〕 ⏎ title ⏎ … 〔A3〕title: the lone numbers join their titles (on the
    titles' lines), as the last is written; B1 in a 序号 column is the row's number, its empty last cell no shift;
    （一）…贷款贴息（对…的企业，…给予贴息） is a heading with a remark, not a sentence."""
    lines = [
        "第一类　监测预报关键技术",
        "〔A1〕",
        "县域强对流天气短时临近预报技术研究",
        "编号：SM21-QX-A1　　主管股室：高新技术股",
        "　　研究内容：研究冰雹、雷暴大风的识别指标。",
        "〔A2〕",
        "山洪灾害风险动态评估与精细化预警",
        "编号：SM21-QX-A2　　主管股室：农村科技股",
        "　　研究内容：建立致灾临界雨量动态订正模型。",
        "〔A3〕基于北斗的地质灾害隐患点形变监测预警系统",
        "编号：SM21-QX-A3　　主管股室：农村科技股",
        "　　研究内容：融合北斗高精度形变监测与雨量观测。",
        "第二类　应用示范（后补助类）",
        "本类项目验收通过后给予事后补助。",
        "序号\t方向名称\t指南编号\t主管股室\t拟立项数\t备注",
        "B1\t茶叶春季低温霜冻预警与防御技术示范\tSM21-QX-B1\t农村科技股\t2\t",
        "B2\t柑橘园高温干旱气象监测示范\tSM21-QX-B2\t同上\t1\t须联合县气象局申报",
        "第三类　企业能力提升",
        "（一）气象灾害防御装备企业技术改造贷款贴息（对县内从事气象观测仪器研发制造的企业，"
        "其用于技术改造的银行贷款给予贴息）",
        "　　主管股室：科技服务股",
        "　　支持标准：按贷款利率的50%给予贴息，单个企业贴息总额最高30万元。",
        "（二）气象防灾减灾标准制定奖补",
        "　　主管股室：科技服务股",
        "　　对牵头制定标准并正式发布的企业，给予一次性支持：国家标准8万元，行业标准5万元。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.code, leaf.office, leaf.quota) for leaf in leaves] == [
        (3, "SM21-QX-A1", "高新技术股", None), (7, "SM21-QX-A2", "农村科技股", None),
        (10, "SM21-QX-A3", "农村科技股", None),
        (16, "SM21-QX-B1", "农村科技股", 2), (17, "SM21-QX-B2", "农村科技股", 1),
        (19, None, "科技服务股", None), (22, None, "科技服务股", None)]
    assert leaves[2].title == "基于北斗的地质灾害隐患点形变监测预警系统"
    assert leaves[3].title == "茶叶春季低温霜冻预警与防御技术示范"


def test_tags_after_bars_a_ticked_lead_column_and_a_default_class() -> None:
    """〔HY23CD-01〕…研发｜A类｜立项≤2项: a heading, its class and count after bars; 牵头单位 |
    ■企业 □高校 means firms, ■企业 ■高校 ■院所 anyone; 未标注类别的，一律按B类管理 gives an
    unmarked direction class B; 02-甲 is the first part of 02, 均按B类管理 its class."""
    lines = [
        "1.3　各方向在标题后以“｜”标注类别；未标注类别的，一律按B类管理。",
        "表1　项目类别与资助标准",
        "类别\t资助方式\t资助强度（万元/项）\t实施期\t牵头单位",
        "A类（重点研发）\t事前资助，分年 度拨付\t30—50\t2023.07—2025.06\t■企业 □高校 □院所",
        "B类（一般研发）\t事前资助\t10—20\t18个月\t■企业 ■高校 ■院所",
        "第三章　支持方向",
        "第一类　充电设施关键技术（归口科室：高新技术科）",
        "〔HY23CD-01〕大功率液冷超充桩功率模块研发｜A类｜立项≤2项",
        "研究内容：研发碳化硅充电功率模块。",
        "〔HY23CD-02〕车网互动（V2G）关键技术",
        "本方向设两个子方向，均按B类管理，每个子方向各支持1项。",
        "02-甲　双向车载充电机（OBC）研发〔HY23CD-02A〕",
        "研究内容：研制11kW双向车载充电机。",
        "02-乙　台区V2G聚合调度平台开发〔HY23CD-02B〕",
        "研究内容：开发面向配电台区的可调资源聚合平台。",
        "〔HY23CD-06〕换电站电池健康状态（SOH）在线评估系统",
        "研究内容：开发电池健康状态在线评估模型。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.title, leaf.funding_max_wan, leaf.funding_mode, leaf.quota,
             leaf.enterprise_lead_only) for leaf in leaves] == [
        ("大功率液冷超充桩功率模块研发", 50, "前资助、分年拨付", 2, True),
        ("双向车载充电机（OBC）研发", 20, "前资助", 1, False),
        ("台区V2G聚合调度平台开发", 20, "前资助", 1, False),
        ("换电站电池健康状态（SOH）在线评估系统", 20, "前资助", None, False)]


def test_hash_and_section_sign_numbers_a_boxed_table_in_thousands_and_a_default_lead() -> None:
    """1#　… / §2　… / （3#-a）… / 2#-B GNSS…: numbered directions and their parts; 除第二部分另有
    规定外，…须为企业 a default for every direction, not a rule sparing part two; 每1元…财政资金须
    带动企业自筹投入不少于2元 a ratio of 2; a box table under （金额单位：千元） whose 资助方式及额度
    and 立项 columns give each row its grant and count; 不适用本专题…的区间 sets the range aside."""
    lines = [
        "第一部分　总则",
        "三、通用规定",
        "（一）除第二部分另有规定外，项目第一申报单位须为企业，高校、科研院所可作为合作单位参与。",
        "第二部分　支持方向",
        "㊀　吉他制造关键技术攻关专题",
        "资助方式：事前资助。资助额度：每项15—30万元。配套要求：每1元县级财政资金须带动企业自筹投入不少于2元。",
        "1#　民谣吉他面板声学检测系统研发【ZA24-01】",
        "研究内容：研究面板振动特性。",
        "3#　电吉他拾音器与效果器核心部件国产化【ZA24-03】",
        "本方向设2个子方向，每个子方向各立项1项。",
        "（3#-a）单线圈拾音器自动绕线技术〔ZA24-03a〕",
        "研究内容：研发拾音器自动绕线工艺装备。",
        "（3#-b）GNSS授时数字效果器开发〔ZA24-03b〕",
        "资助额度：本子方向资助额度调整为不超过20万元，不适用本专题15—30万元的区间。",
        "㊁　民族乐器传承创新专题",
        "表2　专题㊁支持方向一览（金额单位：千元）",
        "┌───┬─────┬──────┬──────┬───┐",
        "│编号│代码│方向名称│资助方式及额度│立项│",
        "├───┼─────┼──────┼──────┼───┤",
        "│4#│ZB24-01│黔北民族乐器制作技艺数字化记录│前资助，定额100│1项│",
        "└───┴─────┴──────┴──────┴───┘",
        "㊂　奖补专题",
        "§1　乐器声学检测实验室建设【ZC24-01】",
        "■支持标准：按检测设备购置额的30%给予一次性支持，最高不超过50万元。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.quota, leaf.enterprise_lead_only,
             leaf.matching_ratio) for leaf in leaves] == [
        ("ZA24-01", 30, None, True, 2), ("ZA24-03a", 30, 1, True, 2),
        ("ZA24-03b", 20, 1, True, 2), ("ZB24-01", 10, 1, True, None),
        ("ZC24-01", 50, None, True, None)]
    assert leaves[2].title == "GNSS授时数字效果器开发"


def test_kinds_defined_by_letter_and_dash_named_by_groups_tags_and_brackets() -> None:
    """A. 攻关类——事前资助，资助强度二十万元至四十万元；… defines a kind; 本专题方向均为攻关类, a
    title's 【攻关类｜立项指标2个】 (its bracket cut by the page width) and 项目形式均为示范类 name
    it; ▲方向1-1 alone above 方向名称：… leaves the heading on the name's line; 1-3-a is a part of
    1-3; 专题五　…（不作为申报方向） holds no directions."""
    lines = [
        "1.3　本专项设攻关类、示范类两种项目形式，各形式共性要求如下：",
        "　　A. 攻关类——事前资助，资助强度二十万元至四十万元；执行期限2021.07—2023.06；第一完成单位须为"
        "企业法人，可联合高校申报；财政资金与自筹资金之比为1:3。",
        "　　B. 示范类——后补助，按验收评价结果分档补助：优秀三十万元，良好二十万元，合格十万元；企业、"
        "农民专业合作社均可申报。",
        "第三部分　专题及方向",
        "专题一　甘蔗高糖高产栽培（归口：农村科技股）",
        "　　本专题方向均为攻关类，每个方向立项指标1个。",
        "▲方向1-1",
        "方向名称：高糖高产甘蔗新品种区域适应性评价与配套栽培技术集成",
        "方向代码：GM21ZT0101",
        "主要内容：引进筛选适宜种植的高糖高产甘蔗新品种。",
        "▲方向1-3",
        "方向名称：甘蔗主要病虫害绿色防控",
        "说　　明：本方向下设两个子方向，各子方向立项指标1个。",
        "　　1-3-a　甘蔗白叶病快速检测与健康种苗阻断技术〔GM21ZT0103a〕",
        "　　　　研究甘蔗白叶病植原体快速分子检测方法。",
        "　　1-3-b　甘蔗绵蚜生物防治与天敌扩繁技术〔GM21ZT0103b〕",
        "　　　　研究天敌昆虫规模化扩繁与田间释放技术。",
        "专题二　制糖清洁生产（归口：高新技术股）",
        "2-1　压榨车间智能化控制与蔗汁提取率提升技术【攻关类｜立项指标2个｜须由县内制糖企业牵头，可联合高校共同申",
        "报】",
        "　　代码：GM21ZT0201",
        "　　主要内容：研究压榨机组负荷自适应控制技术。",
        "专题三　蔗糖副产物综合利用",
        "　　本专题方向以表3-1列示，项目形式均为示范类。",
        "编号\t方向名称\t方向代码\t立项指标",
        "3-1\t蔗梢蔗叶青贮饲料化利用技术示范\tGM21ZT0301\t2",
        "专题五　蔗区科技培训与科普宣传（不作为申报方向）",
        "5-1　蔗糖文化科普展示",
        "　　结合县科技活动周开展，所需经费由县科协安排。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.code, leaf.funding_max_wan, leaf.funding_mode, leaf.quota,
             leaf.enterprise_lead_only, leaf.matching_ratio) for leaf in leaves] == [
        (8, "GM21ZT0101", 40, "前资助", 1, True, 3),
        (14, "GM21ZT0103a", 40, "前资助", 1, True, 3),
        (16, "GM21ZT0103b", 40, "前资助", 1, True, 3),
        (19, "GM21ZT0201", 40, "前资助", 2, True, 3),
        (26, "GM21ZT0301", 30, "后补助", 2, False, None)]
    assert leaves[3].title == "压榨车间智能化控制与蔗汁提取率提升技术"


def test_lone_numbers_over_coded_titles_and_terms_after_a_range_of_them() -> None:
    """⑴ ⏎ ST22-DC01｜毛霉型…研究: the number alone joins its title, the code before the bar is
    the heading's; ※以上⑴～⑶方向统一规定：… binds those three, not the group after them."""
    lines = [
        "第二部分　支持领域和方向",
        "㈠　豆豉制曲与发酵工艺（农村科技股负责）",
        "⑴",
        "ST22-DC01｜毛霉型豆豉低温制曲微生物群落调控技术研究",
        "　　研究内容：解析制曲过程中毛霉优势菌群演替规律。",
        "⑵",
        "ST22-DC02｜潼川豆豉后发酵可控温光设备研制",
        "　　研究内容：研制可控温光后发酵设备。",
        "⑶",
        "ST22-DC03｜豆豉生物胺风险识别与快速检测技术",
        "　　研究内容：建立生物胺快速检测方法。",
        "※以上⑴～⑶方向统一规定：均采取事前资助方式，单项资助经费控制在15万～25万元区间，每个方向各支持1项。",
        "㈡　发酵蔬菜加工（工业科技股负责）",
        "　　本领域采取事后补助方式。",
        "1.1　发酵食品企业技术改造贷款贴息",
        "　　对县内发酵食品生产企业的银行贷款，按LPR的50%给予贴息，每户企业年度贴息额不超过15万元。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.code, leaf.funding_max_wan, leaf.quota)
            for leaf in leaves] == [
        (4, "ST22-DC01", 25, 1), (7, "ST22-DC02", 25, 1), (10, "ST22-DC03", 25, 1),
        (15, None, 15, None)]
    assert leaves[0].title == "毛霉型豆豉低温制曲微生物群落调控技术研究"


def test_earthly_branch_numbers_their_parts_and_periods_in_quarters() -> None:
    """（子）… / （丑） alone above its title / （寅）… with 寅-1 and 寅-2 parts: directions
    numbered by the earthly branches; 实施周期：6个季度 is a year and a half, 2023年第三季度至
    2025年第二季度 two years."""
    lines = [
        "甲类　共性关键技术研发项目（归口股室：县科技局科技股）",
        "本类项目采用前资助方式。",
        "实施周期：6个季度（自立项之日起算）。",
        "（子）红木家具榫卯结构参数化设计与数字化加工技术",
        "指南代码：XY25-JA01",
        "研究内容：建立红木家具典型榫卯节点参数化构件库。",
        "（丑）",
        "名贵硬木材料高效干燥与防开裂处理技术（XY25-JA02）",
        "研究内容：研究名贵硬木干燥工艺。",
        "实施周期：2023年第三季度至2025年第二季度。",
        "（寅）古典家具传统大漆髹饰与环保涂饰技术（XY25-JA03）",
        "本方向设两个子方向，统一以本方向代码申报。",
        "寅-1　生漆快干改性及低致敏配方研究",
        "研究内容：研究生漆漆酚改性与催干机理。",
        "寅-2　大漆髹涂自动化装备与荫房温湿度智能控制系统",
        "研究内容：研制大漆自动喷涂与擦漆装备。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.title, leaf.period_years_max) for leaf in leaves] == [
        (4, "红木家具榫卯结构参数化设计与数字化加工技术", 1.5),
        (8, "名贵硬木材料高效干燥与防开裂处理技术", 2.0),
        (13, "生漆快干改性及低致敏配方研究", 1.5),
        (15, "大漆髹涂自动化装备与荫房温湿度智能控制系统", 1.5)]


def test_a_part_by_a_writers_own_word_and_a_row_numbered_in_its_name_cell() -> None:
    """第二乐章　琴弦、琴码及配件（归口：高新技术股）: a part by a word of the writer's own, its
    office its rows'; 2-1　古筝…技术 （LK23-P01） in a name cell: the row's title without its number
    (第一年 拨付60%: a year, no part)."""
    lines = [
        "第一乐章　泡桐音板材料（归口：农村科技股）",
        "1）泡桐音板材快速陈化与内应力释放工艺研究（LK23-Y01）",
        "研究内容：研究蒸汽热处理与低温时效相结合的快速陈化工艺。",
        "资助额度：每项20万元，第一年 拨付60%。",
        "第二乐章　琴弦、琴码及配件（归口：高新技术股）",
        "方向名称及代码\t资助方式\t资助额度（元）\t执行期",
        "2-1　古筝钢丝尼龙缠弦自动化绕制技术 （LK23-P01）\t后补助\t最高200000\t18个月",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.title, leaf.code, leaf.office, leaf.funding_max_wan) for leaf in leaves] == [
        ("泡桐音板材快速陈化与内应力释放工艺研究", "LK23-Y01", "农村科技股", 20),
        ("古筝钢丝尼龙缠弦自动化绕制技术", "LK23-P01", "高新技术股", 20)]


def test_a_name_cell_listing_two_directions_makes_a_row_of_each() -> None:
    """⒌ | ⑴蔗渣浆…技术 ⑵滤泥…技术 | FS24TZ-05 | 乙类 | 各1 | 工业科技股 | (empty): a cell's two
    paragraphs two directions, the other cells theirs, the second on the line after the row's;
    ⒌ is the 序号, the row no shorter for its empty last cell."""
    lines = [
        "序号\t方向名称\t指南代码\t拟支持数（项）\t归口股室\t备注",
        "⒋\t蔗汁澄清新工艺与硫熏替代技术研发\tFS24TZ-04\t1\t工业科技股\t须为高新技术企业",
        "⒌\t⑴蔗渣浆模塑环保餐具清洁生产技术 ⑵滤泥、糖蜜制备生物有机肥及还田技术\tFS24TZ-05\t各1\t工业科技股\t",
        "",
        "⒍\t制糖生产线智能化改造与能耗在线监测\tFS24TZ-06\t1\t工业科技股\t",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.title, leaf.code, leaf.quota, leaf.office)
            for leaf in leaves] == [
        (2, "蔗汁澄清新工艺与硫熏替代技术研发", "FS24TZ-04", 1, "工业科技股"),
        (3, "蔗渣浆模塑环保餐具清洁生产技术", "FS24TZ-05", 1, "工业科技股"),
        (4, "滤泥、糖蜜制备生物有机肥及还田技术", "FS24TZ-05", 1, "工业科技股"),
        (5, "制糖生产线智能化改造与能耗在线监测", "FS24TZ-06", 1, "工业科技股")]


def test_circled_letters_angled_numbers_and_margin_numbers_with_barred_labels() -> None:
    """Ⓐ… / Ⓑ-ⅰ… / Ⓒ alone above its title, with ▷资助额度｜… labels; 〈1〉… / 〈2·1〉…; 温区Ⅱ　…
    a group and Ⅰ/01 ⇥ title in the left margin a direction: numberings a writer chose."""
    lines = [
        "㈠重点研发类",
        "Ⓐ藤铁家居产品轻量化结构设计与仿真优化",
        "▷指南编号｜AXTT2022-01",
        "▷资助额度｜300,000元（定额）",
        "Ⓑ藤、铁、树脂多材料复合工艺品关键工艺",
        "本方向下设2个子方向，每个子方向拟立项1项。",
        "Ⓑ-ⅰ藤铁与树脂一体化成型工艺",
        "▷指南编号｜AXTT2022-02A",
        "▷资助额度｜15万～25万元",
        "Ⓑ-ⅱ户外藤编家具金属骨架防腐涂装工艺",
        "▷指南编号｜AXTT2022-02B",
        "▷资助额度｜15万～25万元",
        "Ⓒ",
        "藤铁工艺品仿古着色与无铬钝化环保工艺",
        "▷指南编号｜AXTT2022-03",
        "▷资助额度｜不超过20万元",
        "㈡冷库",
        "〈1〉冷库智能除霜控制技术",
        "——额度：每项20万元。",
        "〈2〉冷库节能改造",
        "〈2·1〉冷库围护结构保温改造技术",
        "——额度：每项10万元。",
        "温区Ⅱ　冷藏仓储数字化（主管科室：高新技术科）",
        "Ⅰ/01\t冷库库存数字孪生管理平台〔SG25LL04〕",
        "支持强度\t30万～50万元/项",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.code, leaf.funding_max_wan) for leaf in leaves] == [
        (2, "AXTT2022-01", 30), (7, "AXTT2022-02A", 25), (10, "AXTT2022-02B", 25),
        (14, "AXTT2022-03", 20), (18, None, 20), (21, None, 10), (24, "SG25LL04", 50)]
    assert leaves[-1].office == "高新技术科"


def test_question_labels_white_lenticular_codes_and_stem_parts_of_hash_numbers() -> None:
    """◎补多少？——… / ◎干多久？——…: a 明白纸's questions are its labels, not headings;
    〖SX24-XC01〗 is a code in brackets; 2#-甲 and 2#-乙 are parts of 2#."""
    lines = [
        "（一）鞋用新材料（归口：高新技术股）",
        "1#　生物基可降解鞋底材料研发及应用〖SX24-XC01〗",
        "　　【研究内容】研究生物基聚氨酯鞋底材料。",
        "　　◎补多少？——不少于20万元、不多于40万元。",
        "　　◎干多久？——6个季度。",
        "2#　超临界流体发泡中底材料制备关键技术〖SX24-XC02〗",
        "　　◎补多少？——每个子方向定额资助30万元。",
        "　　◎报几项？——每个子方向各1项。",
        "　　2#-甲　超临界氮气发泡运动鞋中底成型技术〖SX24-XC02A〗",
        "　　【研究内容】研究超临界氮气在热塑性弹性体中的溶解扩散。",
        "　　2#-乙　发泡中底边角料回收再生造粒技术〖SX24-XC02B〗",
        "　　【研究内容】研究发泡中底边角料的再生造粒。",
        "　　◎干多久？——本子方向4个季度内完成。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan, leaf.period_years_max, leaf.quota)
            for leaf in leaves] == [
        ("SX24-XC01", 40, 1.5, None), ("SX24-XC02A", 30, None, 1), ("SX24-XC02B", 30, 1.0, 1)]


def test_a_boxed_label_whose_sentence_the_page_width_cut_is_no_heading() -> None:
    """方向5.2　… ⏎ ■研究内容■　研究SiC MOSFET功率模块在辅助 ⏎ 变流器中…试验。: the label its
    marks box stays a label when its sentence is cut short of any comma; not a ■ heading."""
    lines = [
        "　　方向5.1　永磁同步牵引电机高效冷却技术〔YJ23-GD01〕",
        "　　　　■资助标准■　每项30万元。",
        "　　方向5.2　轨道车辆辅助变流器碳化硅功率模块应用研究〔YJ23-GD02〕",
        "　　　　■研究内容■　研究SiC MOSFET功率模块在辅助",
        "变流器中的驱动保护技术，完成样机装车考核试验。",
        "　　　　■资助标准■　按项目核定研发投入的30%给予资助，封",
        "顶￥400,000。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_max_wan) for leaf in leaves] == [
        ("YJ23-GD01", 30), ("YJ23-GD02", 40)]


def test_a_for_whom_remark_a_board_list_announced_and_a_count_in_the_title_bracket() -> None:
    """3.1 …后补助（补助对象为…的本市企业） cut by the page width is a heading whose remark is no
    part of its title; 3.2 … ⏎ 本批次共发布榜单2项… ⏎ 榜单一：… holds the 榜单 it announces; ① …
    （限1项） counts its own one project, not the 3 its heading above funds."""
    lines = [
        "Ⅰ．主要农作物育种攻关",
        "1.2 玉米耐密宜机收品种选育",
        "本专题拟支持3项。下设以下两个子方向，资助标准均为30万元～60万元/项。",
        "① 黄淮海夏玉米耐密宜机收籽粒品种选育（限1项）",
        "研究内容：选育籽粒机收玉米新品种。",
        "② 鲜食甜糯玉米优质多抗品种选育",
        "研究内容：选育鲜食玉米新品种。",
        "Ⅱ．种业成果转化与企业创新",
        "3.1 种业企业品种权转让、许可及作价入股后补助（补助对象为2022年1月1日至2022年12月31日期间完成"
        "品种权转让、许可或作价入股交易，并在全",
        "国技术合同登记系统登记的本市企业）",
        "补助标准：按经登记的技术交易额的10%给予事后补助，单个企业补助额最高不超过20万元。",
        "3.2 种业“揭榜挂帅”项目",
        "本批次共发布榜单2项，由我市种业企业出题。揭榜项目通过验收后，市科技局按榜单金额的20%给予揭榜方"
        "奖补，单项最高不超过20万元。",
        "榜单一：高油酸花生品种定向选育",
        "技术需求：选育大果高油酸花生新品种1个以上。",
        "榜单二：月季切花品种采后保鲜与种苗脱毒技术",
        "技术需求：建立月季病毒检测与茎尖脱毒技术体系。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.title, leaf.quota, leaf.funding_max_wan) for leaf in leaves] == [
        (4, "黄淮海夏玉米耐密宜机收籽粒品种选育", 1, 60),
        (6, "鲜食甜糯玉米优质多抗品种选育", 3, 60),
        (9, "种业企业品种权转让、许可及作价入股后补助", None, 20),
        (14, "高油酸花生品种定向选育", None, 20),
        (16, "月季切花品种采后保鲜与种苗脱毒技术", None, 20)]


def test_a_note_clause_naming_a_row_by_its_two_part_number() -> None:
    """注：①表中各方向均采用前资助方式；②…；③2.2方向须由企业牵头申报: the third clause is said
    of row 2.2 alone (its ③ not run into 2.2 by folding)."""
    lines = [
        "二、园艺作物与特色种苗",
        "序号\t方向名称\t指南编号\t资助额度",
        "2.1\t大白菜耐抽薹优质新品种选育\tLZS2023-04\t20万元/项",
        "2.2\t月季抗黑斑病耐热新品种选育\tLZS2023-05\t同上",
        "注：①表中各方向均采用前资助方式；②申报单位自筹资金与财政资助资金比例不低于1:1；"
        "③2.2方向须由企业牵头申报，鼓励联合花卉专业合作社实施。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.enterprise_lead_only) for leaf in leaves] == [
        ("LZS2023-04", None), ("LZS2023-05", True)]


def test_hyphen_lettered_directions_a_kind_for_a_directions_parts_and_base_plus_float() -> None:
    """专题二… ⏎ 2-A　…　编号：… ⏎ 2-B …: directions numbered by their part and a letter; 本专题
    项目类别均为攻关类 binds a direction's parts (（1）… under ㊁…) as it binds the direction; 15万元
    起，最高25万元 is a floor and a cap; 2个…周期（每个…周期按9个月计） is 18 months; 基数为25万元…上浮
    比例最高不超过20% is 25 to 30."""
    lines = [
        "三、本年度项目分为“攻关类”和“转化类”两个类别：",
        "　　攻关类——采取前资助方式，立项后一次性拨付财政资金。",
        "　　转化类——采取后补助方式，项目实施完成并通过验收后拨付财政资金。",
        "专题一　银耳种质资源创新（责任股室：农村科技股）",
        "　　本专题项目类别均为攻关类，执行期不超过3年。",
        "㊁　银耳伴生菌（香灰菌）配伍技术研究",
        "　　本方向下设两个子方向，每个子方向拟支持1项。",
        "　　（1）香灰菌优良菌株筛选与保藏〔GT2024-NK02-1〕",
        "　　　　资助额度：定额20万元",
        "　　（2）银耳—香灰菌配伍评价模型构建〔GT2024-NK02-2〕",
        "　　　　资助额度：15万元起，最高25万元",
        "　　　　执行期：2个银耳栽培周期（每个栽培周期按9个月计）",
        "专题二　银耳智能栽培装备（责任股室：高新技术股）",
        "　　本专题项目类别均为转化类。",
        "2-A　银耳出耳房智能环境调控系统研发与应用　编号：GT2024-GX01",
        "　　研究内容：研发出耳房多参数协同调控系统。",
        "2-B　银耳产业技术创新联合体培育　编号：GT2024-GX02",
        "　　资助方式：财政资助按“基数+浮动”核定，基数为25万元，根据联合体成员数量上浮，上浮比例最高不超过20%。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_mode, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max) for leaf in leaves] == [
        ("GT2024-NK02-1", "前资助", 20, 20, 3),
        ("GT2024-NK02-2", "前资助", 15, 25, 1.5),
        ("GT2024-GX01", "后补助", None, None, None),
        ("GT2024-GX02", "后补助", 25, 30, None)]


def test_a_numbered_label_in_a_section_does_not_take_the_next_section_as_a_field() -> None:
    """二、通用申报条件 ⏎ （三）经费配套：… ⏎ 三、支持方向: the fields are numbered （N）, so 三、
    goes on 二、's numbering — the next section, whose directions fund, not a field named 支持方向;
    资助要点 over a sidebar's terms is the box's caption, no direction taking the code above it."""
    lines = [
        "一、总体安排",
        "2023年市级科技计划安排专项资金800万元。",
        "二、通用申报条件",
        "（一）申报单位须为在腾冲市注册登记、具有独立法人资格的企业、事业单位或社会团体。",
        "（二）项目负责人须为申报单位在职人员。",
        "（三）经费配套：专题一项目　财政资金：自筹资金 = 1 : 1.5；专题二不作配套要求。",
        "（四）鼓励与高校、科研院所开展产学研合作。",
        "三、支持方向",
        "专题一　地热温泉资源科学利用（主管股室：科技业务股）",
        "本专题采取前资助方式。",
        "1）热海高温地热流体结垢与腐蚀防控技术",
        "指南代码：TC23-DR01",
        "资助要点",
        "资助额度：40万—60万元",
        "立项数量：1项",
        "研究内容：研究高温含硫地热流体结垢机理。",
        "2）温泉池水质微生物快速检测与智能消杀系统",
        "指南代码：TC23-DR02",
        "资助要点",
        "资助额度：不超过50万元",
        "立项数量：1项",
        "研究内容：研究温泉池水致病微生物快速检测方法。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.code, leaf.funding_max_wan, leaf.funding_mode)
            for leaf in leaves] == [(11, "TC23-DR01", 60, "前资助"), (17, "TC23-DR02", 50, "前资助")]


def test_a_sideways_table_whose_header_names_its_directions() -> None:
    """示范方向 | 示范一　… | 示范二　… | 示范三　… over a row a term: each column a direction on
    the header's line, 同左 the column to its left, 补助额度（百万元） in millions, a column 暂不受理
    no direction."""
    rows = [
        ["示范方向", "示范一　茶园及柑橘园植保无人机变量施药示范", "示范二　森林防火无人机巡护与火点识别示范",
         "示范三　应急救援无人机通信中继示范"],
        ["示范内容与规模", "示范面积不少于3000亩", "覆盖林区面积不少于20万亩", "本年度暂不受理，另行安排"],
        ["补助额度（百万元）", "0.15～0.20", "同左", "本年度暂不受理，另行安排"],
        ["示范期", "12个月", "18个月", "本年度暂不受理，另行安排"],
        ["拟支持数", "2项", "1项", "本年度暂不受理，另行安排"],
    ]
    lines = ["（贰）应用示范类（归口：市经信局装备产业科）",
             "本板块采取事后补助方式，示范方向及补助标准见表1。",
             "表1　应用示范类方向及补助标准", *("\t".join(row) for row in rows)]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.title, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.quota) for leaf in leaves] == [
        (4, "茶园及柑橘园植保无人机变量施药示范", 15, 20, 1, 2),
        (4, "森林防火无人机巡护与火点识别示范", 15, 20, 1.5, 1)]


def test_letter_glyph_directions_their_parts_an_annex_by_code_and_a_rule_for_one_group() -> None:
    """⒜<tab>… (Word's numbering and its tab), ⒝-1 parts, ⒤ the ninth letter (no Roman i); an
    annex table 指南代码 | 方向 | 资助额度（万元） | … gives each its terms by code (the 方向 column
    holds only ⒜, no title); 第一组项目…自筹…1.5倍 binds 第一组 alone; 县财政资金占项目总投资比例
    不超过50% is a 1:1 match; 国家级…30万元，省级20万元，市级10万元 ranges 10 to 30."""
    lines = [
        "二、支持方向",
        "第一组　徽派古建筑本体保护技术（归口：县科技局科技股）",
        "本组项目均须由企业牵头申报。",
        "⒜\t徽派砖木结构古民居结构安全智能监测与预警（指南代码：YX25-A1）",
        "研究内容：研究砖墙鼓闪、木构架倾斜与沉降的低扰动传感监测技术。",
        "⒝\t古建筑“三雕”构件劣化机理与保护修复（指南代码：YX25-A2）",
        "本方向分设两个子方向，每个子方向拟支持1项。",
        "⒝-1　木雕构件生物劣化绿色防治技术（YX25-A2-1）",
        "研究内容：研究徽州木雕构件虫蛀、霉腐的发生规律。",
        "⒝-2　砖雕、石雕风化表面渗透加固材料研发（YX25-A2-2）",
        "研究内容：研究青石、水磨青砖雕刻构件表层风化机理。",
        "第二组　传统村落活化利用数字化（归口：县文化旅游体育局产业发展股）",
        "本组方向采取事前资助方式。",
        "⒣　古村落游客承载量智能监测与预约调度系统（指南代码：YX25-C2）",
        "研究内容：研究传统村落重点空间的游客承载量测算方法。",
        "⒤　传统村落数字文旅示范（指南代码：YX25-C3）",
        "研究内容：开发数字文旅产品。补助标准：国家级传统村落内实施的项目补助30万元，省级20万元，市级10万元。",
        "三、申报条件",
        "（一）第一组项目申报单位自筹资金不低于申请财政资助额的1.5倍。",
        "附表　各方向支持要素一览表",
        "指南代码\t方向\t资助额度（万元）\t执行期\t拟支持数\t其他要求",
        "YX25-A1\t⒜\t20～35\t24个月\t2\t—",
        "YX25-A2-1\t⒝-1\t15\t18个月\t见正文\t—",
        "YX25-A2-2\t⒝-2\t15\t同上\t见正文\t—",
        "YX25-C2\t⒣\t20～30\t24个月\t1\t县财政资金占项目总投资比例不超过50%",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.number, leaf.funding_min_wan, leaf.funding_max_wan,
             leaf.period_years_max, leaf.matching_ratio) for leaf in leaves] == [
        (4, "a", 20, 35, 2, 1.5), (8, "b-1", 15, 15, 1.5, 1.5), (10, "b-2", 15, 15, 1.5, 1.5),
        (14, "h", 20, 30, 2, 1), (16, "i", 10, 30, None, None)]


def test_financial_numeral_groups_zhi_numbered_directions_and_lettered_sub_items() -> None:
    """壹　… (a numeral set apart by a wide space) over 壹之一　… directions, 子项Ａ　… parts; 贰's
    rows no part of 壹; a single space after a numeral (三 是要…) is no heading."""
    lines = [
        "壹　稀土绿色开采与冶炼分离（归口：高新技术股）",
        "本类方向须由企业牵头申报；财政资金占项目总投入的比例不超过三分之一。",
        "壹之一　离子型稀土矿无铵浸取剂及原地浸矿工艺\tLN23-XT01",
        "【支持强度】拟支持1项，资助八十万元。",
        "壹之二　冶炼分离废水资源化与近零排放（下设2个子项）",
        "本方向下设子项Ａ、子项Ｂ，每个子项拟支持1项，每项资助三十万元至五十万元。",
        "子项Ａ　高氨氮废水低成本回收制备铵盐副产品\tLN23-XT02A",
        "【研究内容】研究蒸氨—精馏耦合工艺。",
        "子项Ｂ　皂化废水中稀土及萃取有机相回收\tLN23-XT02B",
        "【研究内容】研究皂化废水中微量稀土离子的深度富集技术。",
        "贰　稀土永磁与功能材料（归口：产学研合作股）",
        "本类方向不限定牵头单位性质。",
        "贰之一　高丰度稀土镧铈共伴生永磁材料制备技术\tLN23-CL01",
        "【支持强度】资助一百万元。",
        "三 是要加强项目管理。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.code, leaf.office, leaf.funding_max_wan, leaf.matching_ratio,
             leaf.enterprise_lead_only) for leaf in leaves] == [
        (3, "LN23-XT01", "高新技术股", 80, 2, True), (7, "LN23-XT02A", "高新技术股", 50, 2, True),
        (9, "LN23-XT02B", "高新技术股", 50, 2, True), (13, "LN23-CL01", "产学研合作股", 100, None, False)]


def test_bracketed_part_numbers_a_class_in_the_headings_bracket_and_same_as_above_fields() -> None:
    """【1-1】 alone over its title and 【1-2】… before one are part 1's directions; （1-3-A）… parts
    of 【1-3】…（类别：A） take class A's terms; 支持强度：同上；实施周期：同上。 repeats the part
    above's; （修订，原为20～40万元） is no longer the grant; （修订新增） no part of a title; a row
    （修订：移出本指南…） no direction."""
    lines = [
        "表1　项目类别及支持标准",
        "类别\t支持方式\t单项财政资金\t实施周期\t申报主体",
        "A类（技术攻关）\t前资助\t20～40万元\t2022.07—2024.06\t须企业牵头",
        "B类（示范推广）\t后补助\t见各方向\t不超过12个月\t不限",
        "二、支持方向",
        "专题一　引黄滴灌水源处理与关键装备（责任股室：县科技局农业科技股）",
        "【1-1】",
        "黄河高泥沙水源滴灌前处理沉沙过滤一体化设备研发（DK22A01）",
        "　　类别：A",
        "　　研究内容：研发沉沙—旋流—叠片多级组合的一体化前处理设备。",
        "【1-2】可降解滴灌带及旧滴灌带回收再生技术研究（DK22A02）",
        "　　类别：A",
        "　　研究内容：研究生物基可降解滴灌带配方与加工工艺。",
        "　　支持强度：不超过30万元（修订，原为20～40万元）",
        "【1-3】盐碱地滴灌水盐调控技术集成（类别：A）",
        "　　本方向下设两个子课题，各支持1项：",
        "　　（1-3-A）控盐滴灌灌溉制度与淋洗定额优化（DK22A03A）",
        "　　　　支持强度：不超过25万元；实施周期：18个月。",
        "　　（1-3-B）暗管排盐与滴灌耦合技术示范（DK22A03B）",
        "　　　　支持强度：同上；实施周期：同上。",
        "专题三　节水科技成果转化与金融支持（责任股室：县科技局成果转化股）",
        "3.1　节水灌溉装备企业技改贷款贴息（修订新增）",
        "　　支持标准：按实际支付利息的50%给予贷款贴息，单家企业最高贴息20万元。",
        "3.2　小型灌区量测水设施改造（修订：移出本指南，由县水利局另行实施）",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.title, leaf.funding_max_wan, leaf.funding_mode,
             leaf.period_years_max) for leaf in leaves] == [
        (8, "黄河高泥沙水源滴灌前处理沉沙过滤一体化设备研发", 40, "前资助", 2),
        (11, "可降解滴灌带及旧滴灌带回收再生技术研究", 30, "前资助", 2),
        (17, "控盐滴灌灌溉制度与淋洗定额优化", 25, "前资助", 1.5),
        (19, "暗管排盐与滴灌耦合技术示范", 25, "前资助", 1.5),
        (22, "节水灌溉装备企业技改贷款贴息", 20, "贷款贴息", None)]


def test_stem_classes_their_zhi_directions_and_a_bold_rule_sentence_that_is_no_title() -> None:
    """甲类　… over 甲之一　…<tab>code: class 甲's directions; 每1元县级财政资金须带动不少于1.5元
    单位自筹资金 is a 1.5 match; 乙类项目实行事后补助。… opens the class's text, no group of its
    own (its rows take the class's office and way of paying)."""
    lines = [
        "甲类　节水灌溉关键技术攻关（归口：县科技局农村科技股）",
        "（一）支持方式：事前资助，项目立项后一次性拨付。",
        "（二）资金配套：每1元县级财政资金须带动不少于1.5元单位自筹资金。",
        "甲之一　咸水微咸水膜下滴灌安全利用技术研究\tMQ24-JA01",
        "研究内容：研究咸淡水轮灌、混灌条件下的膜下滴灌技术。",
        "资助额度：县财政资助人民币贰拾万元至叁拾万元。",
        "乙类　节水灌溉成果转化与示范（归口：县科技局成果转化股）",
        "乙类项目实行事后补助。项目须在申报前已开工建设，按节水设施投资额的30%给予补助，单项最高40万元。",
        "补助资金在项目验收合格后一次性拨付。已享受高效节水灌溉项目资金支持的，不得重复申报。",
        "乙之一　日光温室膜下滴灌水肥一体化示范\tMQ24-YB01",
        "示范内容：示范面积不少于200亩。",
        "乙之二　大田玉米浅埋滴灌与残膜回收一体化示范\tMQ24-YB02",
        "示范内容：示范面积不少于3000亩。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.code, leaf.office, leaf.funding_mode, leaf.funding_max_wan,
             leaf.matching_ratio) for leaf in leaves] == [
        (4, "MQ24-JA01", "县科技局农村科技股", "前资助", 30, 1.5),
        (10, "MQ24-YB01", "县科技局成果转化股", "后补助", 40, None),
        (12, "MQ24-YB02", "县科技局成果转化股", "后补助", 40, None)]


def test_a_kind_scoped_condition_a_renovation_table_and_a_floor_said_as_guaranteed() -> None:
    """（2）申报攻关类项目的，上年度研发费用不低于30万元… binds the 攻关类 directions only; 编号 |
    改造方向 | 补助标准 | … lists directions; 封顶30万元，保底5万元 ranges 5 to 30; 每个子方向名额1项
    counts each; 本项不设立项目、不安排奖补资金 is no direction."""
    lines = [
        "第二章　申报条件",
        "（1）具有独立法人资格，近三年未发生较大及以上生产安全事故。",
        "（2）申报攻关类项目的，上年度研发费用不低于30万元，且企业自筹资金与申请县财政资金之比不低于1:1；",
        "第三章　支持方向",
        "（一）关键技术攻关类（归口：县科技局科技股）",
        "■资助方式　前资助",
        "三.2　危险工序“人药分离”远程操控技术",
        "本方向设2个子方向，每个子方向名额1项，每项资助30万元（定额）。",
        "三.2.1　组合烟花自动装药、压药远程操控系统〔SL24GG02〕",
        "研究内容：研发组合烟花自动装药、压药设备远程操控与视频联动系统。",
        "三.2.2　亮珠自动造粒、干燥及转运隔离生产线关键技术与装备〔SL24GG03〕",
        "研究内容：研究亮珠湿法造粒、低温干燥和无人转运工艺。",
        "（二）安全技术改造类（归口：县应急管理局危化股）",
        "本类项目实行后补助。",
        "编号\t改造方向\t补助标准\t建设期\t名额",
        "SL24GZ01\t药物仓库温湿度及静电在线监测预警系统建设\t按核定设备投资额的20%补助，封顶30万元，保底5万元\t12个月\t3项",
        "（三）科技创新奖补类（以奖代补，归口：县科技局科技股）",
        "D．安全生产科技特派员服务",
        "由县科技局统筹选派科技特派员入企开展安全技术服务。本项不设立项目、不安排奖补资金，企业可直接向县科技局提出需求。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.code, leaf.funding_min_wan, leaf.funding_max_wan, leaf.quota,
             leaf.min_rd_spend_wan, leaf.matching_ratio) for leaf in leaves] == [
        ("SL24GG02", 30, 30, 1, 30, 1), ("SL24GG03", 30, 30, 1, 30, 1),
        ("SL24GZ01", 5, 30, 3, None, None)]


def test_parts_of_parenthesised_and_angled_numbers_and_items_that_fund_nothing() -> None:
    """㈡-1 … under ㈡ and 〈2〉之一 … under 〈2〉 are their parts (the number no part of the title);
    a row 不在本指南支持范围, an item 不单独立项 and one that 仅征集需求，不予立项资助 fund nothing."""
    lines = [
        "第一部分　研发攻关类",
        "㈠ 木制玩具水性涂料及低VOC涂装工艺研发",
        "指南代码：YHMW2401",
        "【资助额度】30万～50万元。",
        "㈡ 木制玩具智能化柔性生产关键技术",
        "本方向设两个子方向，每个子方向支持1项，单项资助不超过40万元。",
        "㈡-1 木玩部件机器视觉缺陷检测与自动分拣系统（YHMW2402A）",
        "【研究内容】研发多光谱机器视觉检测系统。",
        "㈡-2 数控雕铣与激光切割一体化加工单元（YHMW2402B）",
        "【研究内容】开发五轴数控雕铣与激光切割复合加工单元。",
        "第二部分　童车",
        "〈2〉 童车智能安全技术（PX22A02）",
        "　　本方向下设2个子方向，名额各1项，资助强度均为不超过20万元。",
        "〈2〉之一　电动童车双路独立制动与防夹手结构（PX22A02-1）",
        "　　支持内容：研究双路独立制动控制策略。",
        "〈2〉之二　婴儿推车倾覆预警与自动驻车系统（PX22A02-2）",
        "　　支持内容：研究倾覆风险判别算法。",
        "〈3〉 童车玩具产业技术需求征集",
        "　　面向全县童车玩具企业征集技术难题，作为下一年度指南编制依据。本条仅征集需求，不予立项资助。",
        "第三部分　奖补类（归口：县科技局政策法规科）",
        "（一）玩具安全标准宣贯与质量提升行动",
        "由县市场监管局组织专家开展标准培训服务，企业免费参加，不单独立项，不安排资助资金。",
        "序号\t方向名称\t方向代码\t补助标准",
        "1\t竹木复合材料玩具产业化\tYHMW2404\t单项最高50万元",
        "2\t木玩产品跨境电商品牌推广\t—\t由县商务局另行组织，不在本指南支持范围",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        (2, "木制玩具水性涂料及低VOC涂装工艺研发", 50),
        (7, "木玩部件机器视觉缺陷检测与自动分拣系统", 40),
        (9, "数控雕铣与激光切割一体化加工单元", 40),
        (14, "电动童车双路独立制动与防夹手结构", 20),
        (16, "婴儿推车倾覆预警与自动驻车系统", 20),
        (24, "竹木复合材料玩具产业化", 50)]


def test_numero_parts_wingdings_arrow_bullets_and_a_total_cost_multiple() -> None:
    """No.2-1 under No.2 is its part; Ø  … (Word's arrow bullet printed without its font) is a
    sub-direction's bullet, not part of its title (Ø20 is a diameter); 项目总投资不得低于财政资助额
    的3倍 leaves the applicant twice the grant to find."""
    lines = [
        "一、关键技术攻关类",
        "项目总投资不得低于申请县财政资助额的3倍，超出财政资助部分由申报单位自筹解决。",
        "No.1　传统村落火灾风险智能监测预警〔SY23GC01〕",
        "　　研究内容：研发传统村落木构建筑火灾隐患智能监测系统。资助额度：30万元。",
        "No.2　传统夯土民居保护技术",
        "本方向设2个子方向，每个子方向拟支持1项，每项资助20万元。",
        "No.2-1　生土墙体改性加固材料研发〔SY23GC02-1〕",
        "　　研究内容：研究改性生土材料配比。",
        "No.2-2　夯土墙体修缮技术规程编制及示范应用〔SY23GC02-2〕",
        "　　研究内容：编制夯土墙体修缮技术规程。",
        "No.3　植保无人机作业质量监测与溯源",
        "本方向设以下子方向，每个子方向拟支持1项，每项资助15万元：",
        "Ø  飞防作业轨迹与施药量实时监测终端研制",
        "　　　　研究内容：研制Ø20mm以下管径的流量监测终端。",
        "Ø  飞防作业质量评价地方标准研制",
        "　　　　研究内容：开展雾滴沉积密度等作业质量指标的测试方法研究。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.title, leaf.funding_max_wan, leaf.matching_ratio)
            for leaf in leaves] == [
        (3, "传统村落火灾风险智能监测预警", 30, 2),
        (7, "生土墙体改性加固材料研发", 20, 2), (9, "夯土墙体修缮技术规程编制及示范应用", 20, 2),
        (13, "飞防作业轨迹与施药量实时监测终端研制", 15, 2), (15, "飞防作业质量评价地方标准研制", 15, 2)]


def test_coded_yishi_parts_and_a_parts_shared_terms_said_after_a_dash() -> None:
    """一是…〔RCWQ2024-02-1〕 / 二是… under a direction are its coded parts, whatever the title's
    length; 本部分统一要求——（1）采取前资助方式；…（3）自筹经费…不低于1:1 are the part's terms
    (its text, not a requirement of its own); 一是开展调研，二是加强监管 stays running text."""
    lines = [
        "一、温泉资源保护与绿色利用",
        "归口股室：县科技局农村与社会发展股",
        "　　本部分统一要求——（1）采取前资助方式；（2）自筹经费与县财政资助资金之比不低于1:1；（3）各方向均拟支持1项。",
        "（一）温泉尾水梯级利用与生态回灌",
        "　　针对温泉尾水余热浪费等问题，一是开展调研，二是加强监管，设以下两个子方向：",
        "　　一是温泉酒店及公共浴场含硫含氟尾水余热驱动高温热泵集中供暖与生活热水制备关键技术集成及规模化示范应用〔RCWQ2024-02-1〕",
        "　　【支持强度】不超过40万元",
        "　　二是温泉尾水生态净化与地热回灌关键技术〔RCWQ2024-02-2〕",
        "　　【支持强度】20万元（定额资助）",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.code, leaf.funding_max_wan, leaf.funding_mode,
             leaf.matching_ratio, leaf.quota) for leaf in leaves] == [
        (6, "RCWQ2024-02-1", 40, "前资助", 1, 1), (8, "RCWQ2024-02-2", 20, "前资助", 1, 1)]


def test_codes_in_white_lenticular_brackets_roman_parts_and_crossed_options() -> None:
    """〖YY24G01〗 after five titles is each one's code (no typesetter's mark); Ⅰ-2-a parts of
    Ⅰ-2; 第Ⅱ部分 a part numbered in Roman; 牵头单位性质：企业（√）　高校院所（×） lets firms alone
    lead."""
    lines = [
        "第Ⅰ部分　药用玻璃与新型药包材料关键技术攻关（归口科室：高新技术股）",
        "本部分统一要求如下：",
        "◇牵头单位性质：企业（√）　高校院所（×）　新型研发机构（×）",
        "◇资助强度：见各方向",
        "Ⅰ-1　中性硼硅药用玻璃管拉制工艺优化与成品率提升〖YY24G01〗",
        "研究内容：开展窑炉温度场精准控制研究。",
        "资助金额：人民币肆拾万元整（定额资助）",
        "Ⅰ-2　药用玻璃瓶内表面脱片风险控制技术",
        "本方向设两个子方向。",
        "Ⅰ-2-a　内表面脱碱处理与涂层阻隔工艺开发〖YY24G02a〗",
        "资助金额：20～30万元",
        "Ⅰ-2-b　脱片风险快速评价方法与标准样品研制〖YY24G02b〗",
        "资助金额：不超过20万元",
        "第Ⅱ部分　药包材绿色制造与智能检测（归口科室：县工信局技术改造股）",
        "牵头单位：企业、高校、科研院所均可牵头。",
        "Ⅱ-1　药用丁基胶塞低碳硫化与无硫化剂残留工艺〖YY24L01〗",
        "资助标准：单项15～25万元。",
        "Ⅱ-2　药包材在线视觉缺陷检测与质量追溯系统〖YY24L02〗",
        "资助标准：单项15～25万元。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.code, leaf.office, leaf.funding_max_wan,
             leaf.enterprise_lead_only) for leaf in leaves] == [
        (5, "YY24G01", "高新技术股", 40, True), (10, "YY24G02a", "高新技术股", 30, True),
        (12, "YY24G02b", "高新技术股", 20, True), (16, "YY24L01", "县工信局技术改造股", 25, False),
        (18, "YY24L02", "县工信局技术改造股", 25, False)]


def test_a_roman_number_alone_above_its_title() -> None:
    """Ⅰ.… ⏎ Ⅱ. ⏎ 温泉康养…贷款贴息 ⏎ Ⅲ.…: the lone Ⅱ. joins the title under it, a sibling of
    Ⅰ and Ⅲ on the title's line."""
    lines = [
        "专题三　企业创新激励（主管股室：综合股）",
        "Ⅰ.温泉康养企业研发投入后补助",
        "对研究开发费用总额达到200万元及以上的企业，按增量部分的10%给予后补助，单个企业最高不超过50万元。",
        "Ⅱ.",
        "温泉康养科技型中小企业贷款贴息",
        "对已入库的科技型中小企业，按实际支付利息的50%给予贷款贴息，单户年度贴息额最高不超过20万元。",
        "Ⅲ.温泉康养地方标准研制资助",
        "对主导制定地方标准的企业，每项资助10万元。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.title, leaf.funding_max_wan) for leaf in leaves] == [
        (2, "温泉康养企业研发投入后补助", 50), (5, "温泉康养科技型中小企业贷款贴息", 20),
        (7, "温泉康养地方标准研制资助", 10)]


def test_a_heading_numbered_on_past_table_rows_and_a_title_whose_second_half_starts_with_ji() -> None:
    """1#…3# headings, rows 4# 5# in a table, then 7#… ⏎ …: the heading numbered on past the rows;
    2-B　…研制 ⏎ 及在…应用（含…） ⏎ 编号：…: the title's second half, joined by 及 and closed by
    its bracket, is the title's (no direction of its own)."""
    lines = [
        "（一）鞋用新材料",
        "1#　生物基可降解鞋底材料研发及应用",
        "资助额度：每项20万元。",
        "（二）智能制造",
        "序号\t方向名称\t方向代码\t补助上限（万元）",
        "2\t鞋面自动缝制与视觉识别系统应用\tSX24-ZN01\t50",
        "3\t成型线机器人自动喷胶上胶改造\tSX24-ZN02\t40",
        "（三）绿色制造与质量提升",
        "4#　水性胶粘剂帮底粘合工艺及VOCs源头减排技术集成应用与示范",
        "资助额度：每项15万元。",
        "专题二　银耳智能栽培装备",
        "2-A　银耳出耳房智能环境调控系统研发与应用",
        "编号：GT2024-GX01",
        "资助额度：每项30万元。",
        "2-B　银耳袋料自动装袋、打穴、接种、封口一体化智能装备研制",
        "及在规模化银耳生产企业中的集成示范与推广应用（含菌包生产工艺优化）",
        "编号：GT2024-GX02",
        "资助额度：每项25万元。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.code, leaf.funding_max_wan) for leaf in leaves] == [
        (2, None, 20), (6, "SX24-ZN01", 50), (7, "SX24-ZN02", 40), (9, None, 15),
        (12, "GT2024-GX01", 30), (15, "GT2024-GX02", 25)]
    assert leaves[-1].title == ("银耳袋料自动装袋、打穴、接种、封口一体化智能装备研制"
                                "及在规模化银耳生产企业中的集成示范与推广应用（含菌包生产工艺优化）")


def test_box_drawn_cards_numbered_as_parts_of_the_heading_above() -> None:
    """其一：… ⏎ its terms ⏎ ┌─【1-1】… ⏎ │ 指南编号：… ⏎ │ 资助额度：… ⏎ └────: each card a part of
    其一 (its number's first part), its title on the top border, its fields behind the bar."""
    lines = [
        "B. 支持方向",
        "其一：农村产权链上确权与抵押融资（主管科室：科技金融科）",
        "    本方向统一规定如下：",
        "    资助方式：■前资助　□后补助　□贷款贴息",
        "    本方向拟立项3项。",
        "┌─【1-1】大棚蔬菜生产数据上链与“链上贷”风控模型",
        "│ 指南编号：LQ22QL-01",
        "│ 研究内容：研究大棚数据的区块链存证。",
        "│ 资助额度：单项补助上限800千元",
        "└─────────────────────────────────────",
        "┌─【1-2】农村集体经营性建设用地使用权数字证书与抵押登记",
        "│ 指南编号：LQ22QL-02",
        "│ 资助额度：二十万元至四十万元",
        "└─────────────────────────────────────",
        "其二：涉农信贷全流程区块链监管（主管科室：农村科技科）",
        "    研究信贷资金流向的区块链穿透式监管技术，采取后补助方式。",
        "    指南编号：LQ22JG-01　资助额度：30～50万元",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.code, leaf.office, leaf.funding_mode, leaf.funding_max_wan)
            for leaf in leaves] == [
        (6, "LQ22QL-01", "科技金融科", "前资助", 80), (11, "LQ22QL-02", "科技金融科", "前资助", 40),
        (15, "LQ22JG-01", "农村科技科", "后补助", 50)]


def test_stem_dot_numeral_directions_and_codes_in_angle_brackets() -> None:
    """甲·壹　…〈JJ23-A01〉: class 甲's first direction (as 甲之一), its code in angle brackets;
    其一　…〈JJ23-A02-1〉 under 甲·贰 its part; 〈2〉 alone a number, no code."""
    lines = [
        "甲　辊道窑节能关键技术（归口：县科技局工业科技股）",
        "甲·壹　宽体辊道窑富氧燃烧与低氮燃烧技术研究及应用〈JJ23-A01〉",
        "研究内容：研究富氧燃烧技术。资助额度：每项30万元。",
        "甲·贰　辊道窑余热综合利用",
        "本方向设两个子方向，各支持1项，每项资助20万元。",
        "其一　辊道窑急冷带、缓冷带余热梯级回收与高效利用〈JJ23-A02-1〉",
        "研究内容：研究余热梯级回收。",
        "其二　窑炉烟气余热驱动吸收式制冷技术〈JJ23-A02-2〉",
        "研究内容：研究吸收式制冷。",
    ]
    leaves = parse_document("\n".join(lines).encode(), "t.txt").leaves
    assert [(leaf.source_line, leaf.code, leaf.funding_max_wan) for leaf in leaves] == [
        (2, "JJ23-A01", 30), (6, "JJ23-A02-1", 20), (8, "JJ23-A02-2", 20)]
