"""Field extractors on real sentences from the five guidelines (verbatim, conversion junk kept)."""

from __future__ import annotations

import pytest

from bot.catalogue import fields as fx

FUNDING = [
    # (sentence, min, max, percent, percent cap, tiers, total investment)
    ("单个项目资助经费不超过 150 万元。", None, 150, None, None, [], None),  # 防城港 L29
    ("单个项目资助不超过200万元。", None, 200, None, None, [], None),  # 南宁 L82
    ("不少于80万元。", 80, None, None, None, [], None),  # 柳州 子方向 of 专题二
    ("单个项目支持经费不低于10万元且不高于项目总投入20%。", 10, None, None, 20, [], None),  # 柳州
    ("按验收证书中核定的自筹经费的10%给予补助，单个项目最高补助10万元。", None, 10, 10, None, [], None),
    ("单个项目研发补助经费最高 30 万元且不高于项目总投资的20%。", None, 30, None, 20, [], None),
    ("按实际支付人工智能算力费用20%补贴，最高不超过50万元。", None, 50, 20, None, [], None),
    ("市级大赛初创企业组一、二、三等奖项目分别一次性定额奖励6万元、4万元、2万元/项。",
     2, 6, None, None, [6, 4, 2], None),  # 南宁 L226
    ("一次性给予200万元、100万元、50万元补助资金。", 50, 200, None, None, [200, 100, 50], None),
    ("每个项目20-50万元", 20, 50, None, None, [], None),  # 桂林
    ("每个项目10万元", 10, 10, None, None, [], None),  # 桂林: a fixed amount
    ("单个项目最高补助30万元", None, 30, None, None, [], None),
    ("项目总投入：不少于800万元", None, None, None, None, [], 800),  # a floor on investment, not grant
    ("申报事项另行通知。", None, None, None, None, [], None),
]


@pytest.mark.parametrize(("text", "low", "high", "pct", "pct_cap", "tiers", "total"), FUNDING)
def test_funding_sentences(text: str, low: float | None, high: float | None, pct: float | None,
                           pct_cap: float | None, tiers: list[float], total: float | None) -> None:
    funding = fx.parse_funding(text)
    assert (funding.min_wan, funding.max_wan) == (low, high)
    assert (funding.percent, funding.percent_cap) == (pct, pct_cap)
    assert funding.tiers_wan == tiers
    assert funding.total_investment_min_wan == total


def test_announced_later_is_read_but_invents_no_amount() -> None:
    funding = fx.parse_funding("（具体申报事项另行通知）")
    assert funding.announced_later is True
    assert (funding.min_wan, funding.max_wan) == (None, None)


@pytest.mark.parametrize(
    ("text", "years"),
    [("2-3年。", 3), ("3年。", 3), (" 2年。", 2), ("2 年。", 2), ("原则上不超过三年", 3),
     ("项目实施期为2年", 2), ("不超过3年", 3), ("18个月", 1.5), ("", None), ("另行确定", None)],
)
def test_period_years_max(text: str, years: float | None) -> None:
    assert fx.period_years_max(text) == years


@pytest.mark.parametrize(
    ("text", "lead_only"),
    [
        ("申报单位应具有较强的科研基础和开发实力，优先支持由企业牵头，与具有良好合作基础的高校、科研院所组成"
         "产学研团队，依托省部级以上创新平台联合申报。项目牵头单位为规上企业，企业须完成上一年度研发投入统计"
         "工作。本方向不限企业牵头申报。", False),  # 防城港 方向1: the explicit 不限 wins
        ("限企业牵头申报；优先支持瞪羚企业、高新技术企业和科技型中小企业申报。", True),  # 桂林 方向6
        ("不限企业牵头申报；申报单位应具有较强的科研开发实力和研究基础。", False),  # 桂林 方向5
        ("不限企业申报。申报单位应具有较强的科研开发实力和研究基础;", False),  # 桂林 L251
        ("1.限企业单独申报；", True),  # 桂林 L463
        ("1.限我市企业与高校院所（含转制院所）联合申报，且以企业为第一申报单位；", True),  # 桂林 L492
        ("本课题方向对牵头单位不作要求，高校、科研院所、企业皆可牵头申报。", False),  # 桂林 L681
        ("优先支持由企业牵头申报。", None),  # a preference is not a rule
        ("申报单位应具有较强的科研开发实力。", None),
    ],
)
def test_enterprise_lead_only(text: str, lead_only: bool | None) -> None:
    assert fx.enterprise_lead_only(text) is lead_only


@pytest.mark.parametrize(
    ("text", "wan"),
    [
        ("企业上年度研发投入在300万元以上，原则上应建有或在建市级以上科技创新平台；", 300),  # 百色
        ("企业上年研发投入在300万元以上", 300),  # 百色 L35 writes 上年
        ("企业参与项目原则上2021年度研发经费应当在500万元以上，并提供近1年单位财务报表；", 500),  # 桂林
        ("申报企业上年度研究经费投入不低于500万元。", 500),  # 柳州
        ("鼓励研发新产品，新产品销售收入达到1000万元以上。", None),  # an output target, not spend
        ("优先支持上年度研发投入在1000万元以上的企业。", None),  # a preference
    ],
)
def test_min_rd_spend(text: str, wan: float | None) -> None:
    assert fx.min_rd_spend_wan(text) == wan


@pytest.mark.parametrize(
    ("text", "ratio"),
    [
        ("非企业牵头申报的项目，参与企业要按不低于申请科技经费中本企业所占经费的 3 倍进行配套。", 3),
        ("申报单位按照项目自筹经费与申请财政科研经费不低于4:1的比例进行申报；", 4),  # 柳州
        ("4.项目须按不低于（1：3）匹配经费", 3),  # 桂林: matching funds are the second term
        ("2.须按不低于（1:1）匹配经费；", 1),
        ("（6）申请单位需按不低于申报支持额度2倍的比例配套自筹经费。", 2),  # 南宁 L152
        ("（3）项目单位要按不低于申报支持额度 2 倍的比例配套自筹经费。", 2),  # 南宁 L257
        ("财政资助与自筹资金比例为1:3", 3),
        ("（3）投入产出比达到1:3以上；", None),  # an indicator, not a matching rule
    ],
)
def test_matching_ratio(text: str, ratio: float | None) -> None:
    assert fx.matching_ratio(text) == ratio


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("（1）牵头申报单位为2023年通过首次认定或者重新认定的国家高新技术企业或广西瞪羚企业；",
         ["高新技术企业", "瞪羚企业"], []),  # 柳州 高新技术企业培育
        ("项目牵头单位为规上企业，企业须完成上一年度研发投入统计工作。", ["规上企业"], []),
        ("（1）申报主体应为2023年新获认定市级及以上平台，且每个平台限申报项目1个；", ["市级平台"], []),
        ("限企业牵头申报；优先支持瞪羚企业、高新技术企业和科技型中小企业申报。",
         [], ["高新技术企业", "瞪羚企业", "科技型中小企业"]),
        ("（2）路演活动不少于5场，服务科技型中小企业服务机构不少于10家。", [], []),  # 南宁 L290
    ],
)
def test_qualifications(text: str, required: list[str], preferred: list[str]) -> None:
    assert fx.qualifications(text) == (required, preferred)


@pytest.mark.parametrize(
    ("text", "labelled", "count"),
    [("1项", True, 1), ("不超过5项", True, 5), ("不限项", True, None), ("拟立项数：2项", False, 2),
     ("立项不超过50个项目", False, 50), ("每个平台限申报项目1个", False, None),
     ("课题数不超过6项", False, None)],
)
def test_quota(text: str, labelled: bool, count: int | None) -> None:
    assert fx.quota(text, labelled=labelled) == count


def test_funding_modes_keep_written_order() -> None:
    assert fx.funding_modes("分年拨付（前资助与后补助结合）") == ["分年拨付", "前资助", "后补助"]
    assert fx.funding_modes("先实施后补助") == ["后补助"]
    assert fx.funding_modes(None) == []
