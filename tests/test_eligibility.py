"""Eligibility: real requirement sentences → conditions → verdicts, and the self-funding calculator.

Every sentence in REQUIREMENTS is quoted verbatim from `python -m bot catalogue export --json`
(conversion junk kept); `test_cases_are_verbatim` checks that against the real catalogue.
A condition is written as "<R|P><?> kind [op] [value]": R = requirement, P = preference
(advantage), "?" = not machine-checkable (its verdict stays unknown).
"""

from __future__ import annotations

import pytest

from bot.catalogue.models import Guideline, Leaf
from bot.catalogue.numbers import clean_number
from bot.eligibility import (
    Condition,
    Profile,
    advantages,
    conditions_for,
    conditions_from_text,
    coverage,
    evaluate,
    requirement_sentences,
    self_funding,
    summary,
    summary_text,
)


def spec(c: Condition) -> str:
    parts = [("P" if c.preference else "R") + ("" if c.checkable else "?"), c.kind]
    if c.op:
        parts.append(c.op)
    if c.values:
        parts.append(",".join(c.values))
    elif c.value is not None:
        parts.append(str(clean_number(c.value)) if isinstance(c.value, float) else str(c.value))
    if c.applies_when:
        parts.append(f"if:{c.applies_when}")
    return " ".join(parts)


REQUIREMENTS: list[tuple[str, str, list[str]]] = [
    ('防城港', '项目牵头单位上一年度销售收入≤2亿元，研发强度≥3%，2亿元＜销售收入≤10亿元，研发强度≥2%，销售收入＞10亿元，研发强度≥1%，且须提供证明材料，规上企业须完成研发投入统计工作。',
     ['R? other applies_if', 'R rd_intensity_by_revenue bands', 'R? document']),
    ('防城港', '项目牵头单位为企业，上一年度研发投入不低于营业收入的3%，规上企业须完成研发投入统计工作。本方向不限企业牵头申报。',
     ['R? other applies_if', 'R rd_intensity_by_revenue bands', 'R? lead_enterprise eq enterprise', 'R? note']),
    ('防城港', '项目牵头单位为规上企业，企业须完成上一年度研发投入统计工作。本方向不限企业牵头申报。',
     ['R qualification any_true is_above_scale', 'R? other', 'R? note']),
    ('防城港', '申报单位应具有较强的科研基础和开发实力，优先支持由企业牵头，与具有良好合作基础的高校、科研院所组成产学研团队，依托省部级以上创新平台联合申报。',
     ['R? other', 'P lead_enterprise eq enterprise', 'P? other', 'P platform_level level_ge region']),
    ('防城港', '项目单位要按不低于申报支持额度 3 倍的比例配套自筹经费。',
     ['R matching_ratio ge 3']),
    ('防城港', '非企业牵头申报的项目，参与企业要按不低于申请科技经费中本企业所占经费的 3 倍进行配套。',
     ['R matching_ratio ge 3 if:non_enterprise_lead']),
    ('防城港', '优先支持上一年度有研发投入企业，且规上企业须完成研发投入统计工作。',
     ['R? other applies_if', 'P min_rd_spend gt 0']),
    ('防城港', '以企事业单位为申报主体，优先支持医疗机构、医疗卫生科研机构及疾病控制机构牵头申报，优先支持产学研联合申报。',
     ['R applicant_kind in enterprise,university,institute,hospital', 'P applicant_kind in hospital,institute', 'P? other']),
    ('防城港', '申报单位为本市范围内注册成立的，优先支持市级以上认定或备案的科技企业孵化器、众创空间申报；',
     ['R city_registered eq 防城港', 'P? other']),
    ('防城港', '原则上牵头申报单位须在本市范围内注册成立，具备运营资质的主体。',
     ['R city_registered eq 防城港', 'R? other']),
    ('防城港', '本方向项目申报免交可行性研究报告。',
     ['R? note']),
    ('防城港', '本方向不接受涉密项目申报，所有上报项目及相关申报材料要求不涉密或已做脱密处理。',
     ['R? document']),
    ('防城港', '申报单位团队应具有较强的科研开发实力、相关\n的研究基础及有关研究经历；',
     ['R? other']),
    ('百色', '企业上年度研发投入在300万元以上，原则上应建有或在建市级以上科技创新平台；',
     ['R min_rd_spend ge 300', 'R platform_level level_ge city']),
    ('百色', '企业上年研发投入在100万元以上。',
     ['R min_rd_spend ge 100']),
    ('百色', '申报单位须建有国家级、自治区级科技创新平台。',
     ['R platform_level level_ge region']),
    ('百色', '申报单位应建有市级及以上科技创新平台。',
     ['R platform_level level_ge city']),
    ('百色', '鼓励支持高新技术企业或行业龙头企业牵头申报。',
     ['P qualification any_true is_high_tech']),
    ('百色', '申报单位应为百色市行政区域内的高等院校、三甲医院，项目负责人必须为申报单位在职人员。',
     ['R applicant_kind in university,hospital', 'R city_registered eq 百色', 'R? other']),
    ('百色', '优先支持百色市行政区域内的高等院校、医疗机构申报。',
     ['P applicant_kind in university,hospital', 'P city_registered eq 百色']),
    ('百色', '牵头申报单位必须为园区内企事业单位。',
     ['R applicant_kind in enterprise,university,institute,hospital']),
    ('百色', '申报单位应具有人工智能领域较强的科研实力，并取得相关科研成果；',
     ['R? other']),
    ('百色', '不接受涉密项目申报。',
     ['R? document']),
    ('百色', '优先支持企业牵头，与高校、院所等产学研用联合申报；',
     ['P lead_enterprise eq enterprise', 'P? other']),
    ('南宁', '（1）申请发明专利3件（含）以上，或获得实用新型专利、软件著作权等知识产权授权6件（含）以上。或以龙头企业为主体，培育建设自治区级（含）以上重大创新平台。',
     ['R? deliverable', 'R? deliverable']),
    ('南宁', '（2）实施期间，新增产值或新增销售收入达到5000万元以上。',
     ['R? deliverable']),
    ('南宁', '（1）在南宁市注册且具备独立法人资格的机构。',
     ['R city_registered eq 南宁']),
    ('南宁', '（1）以企事业单位为申报主体，鼓励产学研联合申报；',
     ['R applicant_kind in enterprise,university,institute,hospital', 'P? other']),
    ('南宁', '（6）申请单位需按不低于申报支持额度2倍的比例配套自筹经费。',
     ['R matching_ratio ge 2']),
    ('南宁', '（2）获得自治区级科技成果转化中试基地认定。',
     ['R platform_level level_ge region']),
    ('南宁', '（1）申报单位应具有较强的科研开发实力和研究基础，并在相关科研领域取得相关科研成果；鼓励高校、科研院所与企业等组成产学研团队联合申报。',
     ['R? other', 'P? other']),
    ('南宁', '（1） 仅限广西南宁国家农业科技园区内企事业单位联合区内外高校院所、科技型企业、科研机构联合申报；',
     ['R applicant_kind in enterprise,university,institute,hospital']),
    ('南宁', '（2）以农业企业（合作社）为申报主体，产学研联合申报。',
     ['R applicant_kind in enterprise', 'R? other']),
    ('南宁', '符合方向所述的平台资质，并能够提供相关政府部门的认定备案文件。',
     ['R? other', 'R? document']),
    ('柳州', '（1）申报企业上年度研究经费投入不低于500万元；',
     ['R min_rd_spend ge 500']),
    ('柳州', '（1）牵头申报单位为2023年通过首次认定或者重新认定的国家高新技术企业或广西瞪羚企业；',
     ['R qualification any_true is_high_tech,is_gazelle']),
    ('柳州', '（1）申报主体应为2023年新获认定市级及以上平台，且每个平台限申报项目1个；',
     ['R platform_level level_ge city', 'R? note']),
    ('柳州', '（2）申报单位按照项目自筹经费与申请财政科研经费不低于4:1的比例进行申报；',
     ['R matching_ratio ge 4']),
    ('柳州', '申报单位为已成立校校企联合创新中心的企业，且企业已出资与区内高校和区外高校签订了横向项目合作协议共同开展技术攻关。',
     ['R applicant_kind in enterprise', 'R? document']),
    ('柳州', '牵头单位为在柳州市依法从事经营活动，符合国家科技创新政策要求的，具备科研开发或科技服务能力的各类企业，项目负责人为柳州市2023年引进且获得认定的E类以上（含）高层次人才，重点支持企业或在柳高校博士产学研项目。',
     ['R lead_enterprise eq enterprise', 'R city_registered eq 柳州', 'R? other', 'P? other']),
    ('柳州', '（2）申报单位应具备实施该项目的科研开发实力和研究基础，拥有市级以上（含市本级）科技研发平台；',
     ['R? other', 'R platform_level level_ge city']),
    ('柳州', '公开择优。',
     []),
    ('桂林', '限企业牵头申报；',
     ['R lead_enterprise eq enterprise']),
    ('桂林', '优先支持瞪羚企业、高新技术企业和科技型中小企业申报，鼓励有产学研合作基础的企业与高校、科研院所等联合申报。',
     ['P qualification any_true is_gazelle,is_high_tech,is_tech_sme', 'P? other']),
    ('桂林', '4.项目须按不低于（1：3）匹配经费，企业参与项目原则上2021年度研发经费应当在500万元以上，并提供近1年单位财务报表；',
     ['R matching_ratio ge 3', 'R min_rd_spend ge 500', 'R? document']),
    ('桂林', '2.须按不低于（1:1）匹配经费；',
     ['R matching_ratio ge 1']),
    ('桂林', '3.企业参与项目企业经费部分须按不低于（1:3）匹配经费，并提供近1年单位财务审计报告。',
     ['R matching_ratio ge 3 if:enterprise_share', 'R? document']),
    ('桂林', '不限企业牵头申报。',
     ['R? note']),
    ('桂林', '本课题方向对牵头单位不作要求，高校、科研院所、企业皆可牵头申报，鼓励产学研用联合申报。',
     ['R? note', 'P? other']),
    ('桂林', '3.优先支持规上高新技术企业牵头申报；',
     ['P qualification all_true is_above_scale,is_high_tech']),
    ('桂林', '优先支持2021年度产值超过（含）500万元的企业牵头申报（需提供财务报表），鼓励高校、科研院所参与联合申报。',
     ['R? document', 'P min_revenue ge 500', 'P? other']),
    ('桂林', '本方向为奖励性项目，限2020年以来新获认定的自治区级（含以上）重点实验室、临床医学研究中心、应用数学中心、技术创新中心、工程技术研究中心、科技成果转化中试研究基地依托单位申报，每个单位限申报2项；',
     ['R? note', 'R platform_level level_ge region', 'R? note']),
    ('桂林', '1.限企业单独申报；',
     ['R lead_enterprise eq enterprise']),
    ('桂林', '1.限我市企业与高校院所（含转制院所）联合申报，且以企业为第一申报单位；与驻桂林高校院所（含转制院所）联合申报的优先；',
     ['R city_registered eq 桂林', 'R lead_enterprise eq enterprise', 'P? other']),
    ('桂林', '申报单位应具有较强的科研开发实力和研究基础；',
     ['R? other']),
    ('桂林', '2.具备用于科研的场地、设备、仪器，并有固定的研发团队以及实验室技术带头人，有具体研发投入、研发任务和稳定的运营管理机制；',
     ['R? other']),
    ('桂林', '申报改良型新药开发项目品种需年销售在500万元以上（须提供单品种销售财务证明）。',
     ['R? document', 'R? other']),
    ('桂林', '仅限获批建设的创新型县（市）的科技部门牵头申报，每个创新型县（市、区）仅限申报1项。',
     ['R applicant_kind in other', 'R? note']),
    ('桂林', '1.项目负责人为自然科学领域博士毕业生，到桂林工作时间未满三年，年龄不超过40周岁，医学专业不超过45周岁（申报人到桂林工作时间、年龄以申报材料提交的日期进行计算）；',
     ['R? other']),
]


@pytest.mark.parametrize(("city", "text", "expected"), REQUIREMENTS,
                         ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(REQUIREMENTS)])
def test_requirement_sentences(city: str, text: str, expected: list[str]) -> None:
    got = [spec(c) for c in conditions_from_text(text, city=city)]
    assert sorted(got) == sorted(expected)


def test_cases_are_verbatim(catalogue: list[Guideline]) -> None:
    texts: dict[str, list[str]] = {}
    for guideline in catalogue:
        for leaf in guideline.leaves:
            texts.setdefault(leaf.city, []).append(leaf.requirements or "")
    missing = [text for city, text, _ in REQUIREMENTS
               if not any(text in req for req in texts[city])]
    assert missing == []


def test_every_source_is_a_sentence_of_the_leaf(catalogue: list[Guideline]) -> None:
    for guideline in catalogue:
        for leaf in guideline.leaves:
            for c in conditions_for(leaf):
                assert c.source in (leaf.requirements or "") + (leaf.funding_text or ""), leaf.id


# --------------------------------------------------------------------------- details


def one(text: str, city: str, kind: str, *, preference: bool = False) -> Condition:
    found = [c for c in conditions_from_text(text, city=city)
             if c.kind == kind and c.preference == preference]
    assert len(found) == 1, found
    return found[0]


def test_revenue_bands_of_fangchenggang_direction_2() -> None:
    text = REQUIREMENTS[0][1]
    bands = one(text, "防城港", "rd_intensity_by_revenue").bands
    assert [(b.low_wan, b.low_inclusive, b.high_wan, b.high_inclusive, b.min_intensity_pct)
            for b in bands] == [
        (None, False, 20000, True, 3),
        (20000, False, 100000, True, 2),
        (100000, False, None, True, 1),
    ]


def test_thresholds_and_qualifiers() -> None:
    rd = one("企业上年度研发投入在300万元以上，原则上应建有或在建市级以上科技创新平台；", "百色",
             "min_rd_spend")
    assert (rd.fact, rd.op, rd.value) == ("rd_spend_wan", "ge", 300)
    platform = one("企业上年度研发投入在300万元以上，原则上应建有或在建市级以上科技创新平台；", "百色",
                   "platform_level")
    assert platform.note and "在建" in platform.note
    recent = one("（1）申报主体应为2023年新获认定市级及以上平台，且每个平台限申报项目1个；", "柳州",
                 "platform_level")
    assert recent.value == "city" and recent.unknown_part and "2023年" in recent.unknown_part
    either = one("（1）牵头申报单位为2023年通过首次认定或者重新认定的国家高新技术企业或广西瞪羚企业；",
                 "柳州", "qualification")
    assert either.op == "any_true" and either.values == ["is_high_tech", "is_gazelle"]
    leader = one("鼓励支持高新技术企业或行业龙头企业牵头申报。", "百色", "qualification",
                 preference=True)
    assert leader.alternative == "行业龙头企业"
    kinds = one("申报单位应为百色市行政区域内的高等院校、三甲医院，项目负责人必须为申报单位在职人员。",
                "百色", "applicant_kind")
    assert kinds.values == ["university", "hospital"] and kinds.unknown_if == ["hospital"]


def test_indicators_are_not_revenue_or_platform_requirements() -> None:
    conds = conditions_from_text("（2）实施期间，新增产值或新增销售收入达到5000万元以上。", city="南宁")
    assert [c.kind for c in conds] == ["deliverable"]
    assert not any(c.required for c in conds)


def test_split_keeps_sentences_verbatim() -> None:
    text = "1.限企业单独申报；\n2.企业须持有项目相关科技成果，知识产权所有权（使用权）归属清晰（获得2022年成果登记证书的优先）；"
    assert requirement_sentences(text) == [
        "限企业单独申报；",
        "企业须持有项目相关科技成果，知识产权所有权（使用权）归属清晰（获得2022年成果登记证书的优先）；",
    ]
    conds = conditions_from_text(text, city="桂林")
    assert any(c.preference and "成果登记证书" in c.label for c in conds)


# --------------------------------------------------------------------------- evaluation


@pytest.fixture(scope="module")
def leaves(catalogue: list[Guideline]) -> dict[str, Leaf]:
    return {leaf.id: leaf for g in catalogue for leaf in g.leaves}


def verdicts_by_kind(leaf: Leaf, profile: Profile) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for v in evaluate(conditions_for(leaf), profile):
        if v.condition.required:
            out.setdefault(v.condition.kind, []).append(v.verdict)
    return out


def test_baise_threshold_met_not_met_unknown(leaves: dict[str, Leaf]) -> None:
    leaf = leaves["bs25-001"]  # 企业上年度研发投入在300万元以上，原则上应建有或在建市级以上科技创新平台
    good = Profile(city="百色", applicant_kind="enterprise", rd_spend_wan=350,
                   platform_level="city", is_high_tech=True)
    verdicts = evaluate(conditions_for(leaf), good)
    assert summary(verdicts) == (2, 2, 0)
    assert summary_text(verdicts) == "符合 2/2 项；另有 1 项优先条件"
    assert [v.condition.label for v in advantages(verdicts) if v.verdict == "met"] == [
        "国家高新技术企业"]
    low = good.model_copy(update={"rd_spend_wan": 200, "platform_level": "none"})
    assert summary(evaluate(conditions_for(leaf), low)) == (0, 2, 0)
    assert summary_text(evaluate(conditions_for(leaf), low)) == (
        "符合 0/2 项，2 项不符合；另有 1 项优先条件")
    assert summary(evaluate(conditions_for(leaf), Profile())) == (0, 2, 2)


def test_preference_never_makes_a_requirement(leaves: dict[str, Leaf]) -> None:
    leaf = leaves["bs25-001"]
    without = Profile(applicant_kind="enterprise", rd_spend_wan=350, platform_level="region",
                      is_high_tech=False)
    verdicts = evaluate(conditions_for(leaf), without)
    assert summary(verdicts) == (2, 2, 0)
    # 高新技术企业 is false but 行业龙头企业 cannot be checked: the advantage stays open
    assert [v.verdict for v in advantages(verdicts) if v.condition.kind == "qualification"] == [
        "unknown"]


@pytest.mark.parametrize(("revenue", "rd", "verdict"), [
    (15000, 500, "met"),        # 1.5亿, 3.3% ≥ 3%
    (15000, 400, "not_met"),    # 2.7% < 3%
    (20000, 600, "met"),        # exactly 2亿 is in the ≤2亿 band, 3%
    (20000, 590, "not_met"),
    (50000, 1000, "met"),       # 5亿, 2% ≥ 2%
    (50000, 900, "not_met"),
    (150000, 1600, "met"),      # 15亿, 1.07% ≥ 1%
    (None, 1600, "unknown"),
])
def test_fangchenggang_intensity_bands(leaves: dict[str, Leaf], revenue: float | None,
                                       rd: float, verdict: str) -> None:
    profile = Profile(applicant_kind="enterprise", revenue_wan=revenue, rd_spend_wan=rd)
    assert verdicts_by_kind(leaves["fcg25-002"], profile)["rd_intensity_by_revenue"] == [verdict]


def test_enterprise_only_rules_do_not_apply_to_a_university(leaves: dict[str, Leaf]) -> None:
    uni = Profile(applicant_kind="university")
    assert verdicts_by_kind(leaves["fcg25-002"], uni)["rd_intensity_by_revenue"] == ["met"]


def test_above_scale_statistics_rule(leaves: dict[str, Leaf]) -> None:
    small = Profile(is_above_scale=False)
    big = Profile(is_above_scale=True)
    rule = [c for c in conditions_for(leaves["fcg25-004"]) if c.op == "applies_if"]
    assert [v.verdict for v in evaluate(rule, small)] == ["met"]
    assert [v.verdict for v in evaluate(rule, big)] == ["unknown"]


def test_recency_keeps_only_the_level_checkable(leaves: dict[str, Leaf]) -> None:
    leaf = leaves["lz24-037"]  # 申报主体应为2023年新获认定市级及以上平台
    assert verdicts_by_kind(leaf, Profile(platform_level="none"))["platform_level"] == ["not_met"]
    assert verdicts_by_kind(leaf, Profile(platform_level="region"))["platform_level"] == [
        "unknown"]


def test_either_qualification_with_recognition_year(leaves: dict[str, Leaf]) -> None:
    leaf = leaves["lz24-036"]  # 2023年…认定的国家高新技术企业或广西瞪羚企业
    none = Profile(is_high_tech=False, is_gazelle=False)
    assert verdicts_by_kind(leaf, none)["qualification"] == ["not_met"]
    gazelle = Profile(is_high_tech=False, is_gazelle=True)
    assert verdicts_by_kind(leaf, gazelle)["qualification"] == ["unknown"]  # year unconfirmed


def test_applicant_kinds_and_city(leaves: dict[str, Leaf]) -> None:
    leaf = leaves["bs25-022"]  # 百色市行政区域内的高等院校、三甲医院
    uni = verdicts_by_kind(leaf, Profile(city="百色市", applicant_kind="university"))
    assert uni["applicant_kind"] == ["met"] and uni["city_registered"] == ["met"]
    hospital = verdicts_by_kind(leaf, Profile(city="百色", applicant_kind="hospital"))
    assert hospital["applicant_kind"] == ["unknown"]  # 三甲 cannot be checked
    firm = verdicts_by_kind(leaf, Profile(city="南宁", applicant_kind="enterprise"))
    assert firm["applicant_kind"] == ["not_met"] and firm["city_registered"] == ["not_met"]


def test_lead_only_and_open_lead(leaves: dict[str, Leaf]) -> None:
    only = leaves["gl22-006"]  # 限企业牵头申报
    assert verdicts_by_kind(only, Profile(applicant_kind="enterprise"))["lead_enterprise"] == [
        "met"]
    assert verdicts_by_kind(only, Profile(applicant_kind="university"))["lead_enterprise"] == [
        "not_met"]
    open_ = leaves["gl22-015"]  # 不限企业牵头申报
    assert "lead_enterprise" not in verdicts_by_kind(open_, Profile(applicant_kind="university"))


def test_vague_clauses_stay_unknown_for_a_complete_profile(leaves: dict[str, Leaf]) -> None:
    full = Profile(city="桂林", applicant_kind="enterprise", is_above_scale=True,
                   is_high_tech=True, is_gazelle=True, is_tech_sme=True, revenue_wan=10000,
                   rd_spend_wan=1000, platform_level="national", can_self_fund_wan=1000)
    leaf = leaves["gl22-015"]  # 申报单位应具有较强的科研开发实力和研究基础…
    verdicts = evaluate(conditions_for(leaf), full)
    assert summary(verdicts) == (0, 1, 1)
    assert summary_text(verdicts) == "符合 0/1 项，1 项待确认"
    assert all(v.verdict == "unknown" for v in verdicts if not v.condition.checkable)


def test_matching_ratio_against_self_funding(leaves: dict[str, Leaf]) -> None:
    leaf = leaves["gl22-024"]  # 项目须按不低于（1:3）匹配经费; grants from 10万元
    poor = verdicts_by_kind(leaf, Profile(can_self_fund_wan=20))
    rich = verdicts_by_kind(leaf, Profile(can_self_fund_wan=40))
    assert poor["matching_ratio"] == ["not_met"] and rich["matching_ratio"] == ["met"]
    assert verdicts_by_kind(leaf, Profile())["matching_ratio"] == ["unknown"]


def test_a_conditional_matching_rule_binds_only_its_case(leaves: dict[str, Leaf]) -> None:
    """防城港 2025B01: "本方向不限企业牵头申报。非企业牵头申报的项目，参与企业要按不低于申请科技
    经费中本企业所占经费的 3 倍进行配套。" An enterprise lead is not bound; a university lead's
    partner firms are, on their share, which the profile cannot tell."""
    leaf = leaves["fcg25-005"]
    [rule] = [c for c in conditions_for(leaf) if c.kind == "matching_ratio"]
    assert (rule.applies_when, rule.amount_wan) == ("non_enterprise_lead", None)
    assert rule.label == "非企业牵头时，参与企业按其所占经费的3倍配套"
    firm = Profile(applicant_kind="enterprise", can_self_fund_wan=0)
    assert verdicts_by_kind(leaf, firm)["matching_ratio"] == ["met"]
    university = Profile(applicant_kind="university", can_self_fund_wan=0)
    assert verdicts_by_kind(leaf, university)["matching_ratio"] == ["unknown"]
    assert verdicts_by_kind(leaf, Profile())["matching_ratio"] == ["unknown"]
    funding = self_funding(leaf, 60)
    assert (funding.rule, funding.self_funding_wan) == ("conditional_ratio", None)
    assert "非企业牵头时" in funding.zh and "180" not in funding.zh


def test_enterprise_share_matching_is_not_on_the_whole_grant(leaves: dict[str, Leaf]) -> None:
    """桂林 方向5: "企业参与项目企业经费部分须按不低于（1：3）匹配经费。" — 1:3 on the firms' own
    share: a firm that can put up 30万 is not ruled out by a 30万 cap (90万 on the whole)."""
    leaf = leaves["gl22-005"]
    [rule] = [c for c in conditions_for(leaf) if c.kind == "matching_ratio"]
    assert (rule.applies_when, rule.amount_wan) == ("enterprise_share", None)
    firm = Profile(applicant_kind="enterprise", can_self_fund_wan=30)
    assert verdicts_by_kind(leaf, firm)["matching_ratio"] == ["met"]
    hospital = Profile(applicant_kind="hospital", can_self_fund_wan=0)
    assert verdicts_by_kind(leaf, hospital)["matching_ratio"] == ["unknown"]
    assert self_funding(leaf, 30).self_funding_wan is None


def test_ratio_stated_only_in_the_funding_text(leaves: dict[str, Leaf]) -> None:
    leaf = leaves["lz24-043"]  # requirements "公开择优。", 4:1 in the funding sentence
    ratios = [c for c in conditions_for(leaf) if c.kind == "matching_ratio"]
    assert [c.value for c in ratios] == [4]
    assert ratios[0].source in (leaf.funding_text or "")


def test_summary_text_mixed_and_english(leaves: dict[str, Leaf]) -> None:
    leaf = leaves["bs25-022"]
    verdicts = evaluate(conditions_for(leaf), Profile(city="百色", applicant_kind="university"))
    met, total, unknown = summary(verdicts)
    assert (met, total, unknown) == (2, 4, 2)
    assert summary_text(verdicts) == "符合 2/4 项，2 项待确认"
    assert summary_text(verdicts, "en") == "Meets 2/4 requirements, 2 to confirm"
    assert summary_text(evaluate(conditions_for(leaves["lz24-002"]), Profile())) == (
        "指南未列出可核对的申报条件")


# --------------------------------------------------------------------------- self-funding


def test_self_funding_ratio_up_front(leaves: dict[str, Leaf]) -> None:
    result = self_funding(leaves["fcg25-002"], 50)  # 项目单位…3倍, 前资助, ≤150万元
    assert (result.rule, result.self_funding_wan, result.total_project_wan) == ("ratio", 150, 200)
    assert result.timing == ["upfront"] and not result.over_cap
    assert "自筹不少于150万元" in result.zh and "立项后先行拨付" in result.zh
    assert "1,500,000 yuan of your own" in result.en and "up front" in result.en


def test_self_funding_percent_of_self_after_acceptance(leaves: dict[str, Leaf]) -> None:
    leaf = leaves["lz24-021"]  # 按验收证书中核定的自筹经费的10%给予补助，单个项目最高补助30万元
    result = self_funding(leaf, 20)
    assert (result.rule, result.self_funding_wan) == ("percent_of_self", 200)
    assert result.timing == ["after_acceptance"] and result.cash_before_grant_wan == 220
    assert "验收后" in result.zh and "after the project passes acceptance" in result.en
    capped = self_funding(leaf, 50)
    assert capped.over_cap and capped.grant_applied_wan == 30 and capped.self_funding_wan == 300
    assert "最高资助30万元" in capped.zh


def test_self_funding_percent_cap_of_total(leaves: dict[str, Leaf]) -> None:
    result = self_funding(leaves["lz24-038"], 30)  # 最高 30 万元且不高于项目总投资的20%
    assert (result.rule, result.basis_amount_wan, result.self_funding_wan) == (
        "percent_cap_of_total", 150, 120)


def test_self_funding_percent_of_spend(leaves: dict[str, Leaf]) -> None:
    result = self_funding(leaves["lz24-001"], 50)  # 按实际支付人工智能算力费用20%补贴
    assert (result.rule, result.basis_amount_wan, result.self_funding_wan) == (
        "percent_of_spend", 250, 200)


def test_self_funding_milestones_and_total_investment_floor(leaves: dict[str, Leaf]) -> None:
    result = self_funding(leaves["lz24-003"], 100)  # 项目总投入不少于800万元; 资助不少于80万元
    assert result.rule == "total_investment_floor" and result.self_funding_wan == 700
    assert result.timing == ["milestones"] and "里程碑" in result.zh
    assert self_funding(leaves["lz24-003"], 50).under_floor


def test_self_funding_yearly_and_unknown(leaves: dict[str, Leaf]) -> None:
    yearly = self_funding(leaves["gl22-001"], 100)
    assert yearly.timing == ["yearly"] and yearly.self_funding_wan == 300
    assert "yearly instalments" in yearly.en
    silent = self_funding(leaves["bs25-001"], 50)
    assert silent.rule == "none" and silent.self_funding_wan is None
    assert silent.timing == ["unknown"]
    assert "未规定自筹" in silent.zh and "does not say when" in silent.en


# --------------------------------------------------------------------------- coverage


def test_coverage_of_the_real_catalogue(catalogue: list[Guideline]) -> None:
    all_leaves = [leaf for g in catalogue for leaf in g.leaves]
    assert len(all_leaves) == 231
    checkable = coverage(all_leaves)
    assert 100 <= checkable <= coverage(all_leaves, include_preferences=True) <= 231
