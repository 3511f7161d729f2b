"""Field extractors on real sentences from the five guidelines (verbatim, conversion junk kept)."""

from __future__ import annotations

import pytest

from bot.catalogue import fields as fx
from bot.catalogue.outline import normalise

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
    # an aside in brackets (实现销售) does not make the grant after it a sales figure
    ("A类项目（建成中试线并实现销售）资助150万元，B类项目资助80万元。", 80, 150, None, None,
     [150, 80], None),
    # 万 before a measure word counts kilowatt-hours or mu, not yuan
    ("年节电量不低于500万千瓦时。每项资助80万元，拟支持1项。", 80, 80, None, None, [], None),
    ("推广面积不少于10万亩，每项资助不超过30万。", None, 30, None, None, [], None),
    # an award by the grade of an evaluation: each grade a tier
    ("建设期满组织验收，验收优秀的奖励50万元，良好30万元，合格的不予奖励。", 30, 50, None, None,
     [50, 30], None),
    # a rate per mu is no project's grant; a cap said after it is
    ("每亩补助200元，单个项目补助面积不超过500亩。", None, None, None, None, [], None),
    ("每亩补助300元，单个项目补助总额最高不超过120000元。", None, 12, None, None, [], None),
    # the grant, then how it is paid year by year: the instalments are no grants of their own
    ("每个团队支持经费10万元，分年度拨付，第一年拨付6万元，第二年拨付4万元。", 10, 10, None, None,
     [], None),
    # a grant planned year by year (分年度资助计划) is the years' sum
    ("分年度资助计划：2025年资助40万元，2026年资助30万元，2027年资助30万元。", 100, 100, None, None,
     [], None),
    # a loan's size is what the bank lends; the grant is the interest paid on it
    ("获得“科技贷”业务贷款（单户贷款额度最高1000万元），按实际支付利息的50%给予贴息，单个企业"
     "年度贴息总额不超过10万元。", None, 10, 50, None, [], None),
    # 赛马制: a grant in stages, the later ones for those chosen at a review — the first stage
    # the least, the stages' sum (or a 累计 cap) the most
    ("拟平行支持2项，首期每项支持30万元；中期评估后择优1项追加支持不超过50万元。", 30, 80, None, None,
     [], None),
    ("首期支持20万元/项，中期评估后择优给予后补助，单个项目累计支持不超过60万元。", 20, 60, None,
     None, [], None),
    ("首期前资助25万元；通过中期评估的，按里程碑式补助方式追加支持，单个项目累计不超过75万元。", 25,
     75, None, None, [], None),
    # a base every project gets and a bonus by grade at acceptance on top of it: the base the
    # least, the base and the top bonus the most, a tier for each grade
    ("基础资助20万元；验收绩效评价为优秀的给予绩效奖励20万元，良好的给予10万元。", 20, 40, None,
     None, [40, 30, 20], None),
    ("基础资助：每项10万元；绩效奖励：优秀10万元，良好5万元；实施期限：2年", 10, 20, None, None,
     [20, 15, 10], None),
    ("每名科技特派员给予基础补助2万元；服务期满考核为优秀的，再给予绩效奖励1万元。", 2, 3, None,
     None, [3, 2], None),
    ("每项资助8万元，不设绩效奖励。", 8, 8, None, None, [], None),
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
     ("项目实施期为2年", 2), ("不超过3年", 3), ("18个月", 1.5), ("", None), ("另行确定", None),
     # (one calendar year said alone is that year; a year and month is a date, no period)
     ("执行期：2010年。", 1), ("2010—2011年", 2), ("2010年12月", None)],
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
        ("本方向须由茶叶生产加工企业牵头申报。", True),  # the kind of firm named
        ("须由高校、科研院所或企业牵头申报。", False),  # a choice: not only a firm
        ("揭榜单位须为企业，高校、科研院所可作为合作单位参与；", True),
        ("本项目仅限\n企业申报。", True),  # across a hard wrap
        ("申报单位：由企业独立申报，申报企业须为规上工业企业。", True),
        ("申报主体：不限。", False),
        ("牵头单位要求：不限", False),
        ("不限申报单位性质。", False),
        ("非企业单位不得牵头申报，牵头企业须为规模以上工业企业。", True),
        ("高等院校、科研院所不得作为牵头单位，可作为合作单位参与。", True),  # none but firms
        ("企业不得牵头申报。", False),
        ("实施期不超过2年。非企业单位不得作为项目牵头单位。", True),
        ("申报门槛：须由企业牵头（本方向不适用本专项“不限单位性质”的规定）。", True),
        ("本方向须由企业牵头，医疗卫生机构作为应用单位参与，不执行本计划牵头单位不限的规定。", True),
        ("申报单位为企业的，须自筹不低于1:1的配套经费。", None),  # a case, not who applies
        ("支持对象：来乐创办企业的高层次人才，以申报人创办的企业作为申报单位。", True),
        # one kind of firm whose trades are joined by 或 (not a choice of applicants)
        ("须由中药材种植或加工企业牵头，可联合高校院所申报。", True),
        ("申报单位须为注册在本区的医疗器械生产或研发企业。", True),
        ("牵头单位应为在我区开展寒区试验业务的企业，可联合整车企业申报。", True),
        # a firm applies for its talent; a platform's builder; an operator of any kind
        ("申报条件：由所在企业组织申报。", True), ("建站单位须为规模以上工业企业。", True),
        ("运营主体可为企业、事业单位或社会组织，不限法人类型。", False),
        ("备注：限在州内从事有色金属矿产开发的企业申报。", True),
        ("本专项不受理高校、科研院所单独申报，高校、科研院所可作为合作单位参与申报。", True),
        ("本专项由在我区注册的涉农企业牵头申报，鼓励联合农业科研单位共同实施。", True),
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
        ("市级财政安排资金1500万元，其中研发投入奖补资金不超过800万元。", None),  # a budget
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
        ("自筹资金与财政资助资金之比不低于一点五比一。", 1.5),  # a decimal in words
        ("项目自筹资金须达到申请市级资金额度的一点五倍以上。", 1.5),
        ("企业须有不低于申请资助额的自有资金配套。", 1),  # the grant first, then its match
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
        # a kind of platform, not the firm's status
        ("申报单位须为新认定为省级高新技术企业研究开发中心的企业。", ["自治区级平台"], []),
        # a qualification waived is not one the applicant must hold
        ("本方向企业、高校均可牵头申报，牵头单位不作高新技术企业要求。", [], []),
        # qualifications listed beside another kind of firm any firm may be: none required
        ("企业申报的，原则上应为高新技术企业、科技型中小企业，或上年度研发投入占营业收入比例不低于3%的企业。",
         [], []),
        ("申报企业须为高新技术企业，或为入库的科技型中小企业。", ["高新技术企业", "科技型中小企业"], []),
    ],
)
def test_qualifications(text: str, required: list[str], preferred: list[str]) -> None:
    assert fx.qualifications(text) == (required, preferred)


@pytest.mark.parametrize(
    ("text", "labelled", "count"),
    [("1项", True, 1), ("不超过5项", True, 5), ("不限项", True, None), ("拟立项数：2项", False, 2),
     ("立项不超过50个项目", False, 50), ("每个平台限申报项目1个", False, None),
     ("课题数不超过6项", False, None), ("本方向支持1项，资助50万元。", False, 1),
     # people for a talent plan, teams for a 赛马制 task
     ("支持数量：2025年度拟支持不超过8人。", False, 8), ("拟平行支持2项，首期每项…", False, 2),
     ("组织方式：拟遴选2个团队平行攻关。", False, 2), ("以下榜单每榜拟支持1项。", False, 1)],
)
def test_quota(text: str, labelled: bool, count: int | None) -> None:
    assert fx.quota(text, labelled=labelled) == count


def test_funding_modes_keep_written_order_the_schedule_last() -> None:
    """The ways in the order written; when the money comes (分年拨付) after them, as keys write
    it (前资助、分年拨付)."""
    assert fx.funding_modes("分年拨付（前资助与后补助结合）") == ["前资助", "后补助", "分年拨付"]
    assert fx.funding_modes("后补助，前资助") == ["后补助", "前资助"]
    assert fx.funding_modes("本类项目均采取事后资助方式。") == ["后补助"]  # 事后资助 is 后补助
    assert fx.funding_modes("先实施后补助") == ["后补助"]
    assert fx.funding_modes(None) == []


# Wordings from the dev documents (钦州, 北海, 玉林) and the shapes the parser was probed with.
@pytest.mark.parametrize(
    ("text", "low", "high", "tiers"),
    [
        ("单个项目不超过800000元。", None, 80, []),  # 北海 1.2: 元
        ("最高不超过150万元；企业自筹资金与财政资金的比例不低于1:1。", None, 150, []),
        ("财政资金支持原则上不超过0.15亿元，揭榜单位自筹经费与财政资金的比例不低于1:1。", None, 1500, []),
        ("单个项目支持80—120万元。", 80, 120, []),  # 钦州: em dash
        ("每项20－30万元。", 20, 30, []),  # full-width minus
        ("每个项目20万元至40万元。", 20, 40, []),  # units on both sides
        ("按技术合同成交额的5%给予补助，单个项目最高不超过300,000元。", None, 30, []),
        ("一等奖每项奖补80000元，二等奖每项奖补50,000元，三等奖每项奖补30000元；", 3, 8, [8, 5, 3]),
        ("对新获批的国家级平台给予一次性补助100万元，自治区级平台补助50万元，市级平台补助10万元；",
         10, 100, [100, 50, 10]),  # tiers spread over a sentence
        ("按以下标准给予一次性支持：\n类别\t级别\t奖补标准\n孵化器\t国家级\t100万元\n孵化器\t自治区级\t50万元",
         50, 100, [100, 50]),  # tiers in a table
        ("每家一次性补助10万元。", 10, 10, []),
        ("单个项目不超过100万元，企业自筹经费不低于500万元。", None, 100, []),  # not a grant floor
        ("50万元/项", 50, 50, []),
        ("资助强度：[20,40]万元/项", 20, 40, []),  # an interval's bounds in brackets
        ("资助额度：15—25（万元）", 15, 25, []),  # the unit after the range, in brackets
    ],
)
def test_funding_in_other_bureaus_words(text: str, low: float | None, high: float | None,
                                        tiers: list[float]) -> None:
    funding = fx.parse_funding(text)
    assert (funding.min_wan, funding.max_wan, funding.tiers_wan) == (low, high, tiers)


@pytest.mark.parametrize(
    ("text", "years"),
    [("3年（2026年7月—2029年6月）。", 3), ("2026年7月至2029年6月。", 3), ("2025年10月至2026年9月。", 1),
     ("2026.07-2028.06", 2), ("24个月", 2), ("2026年—2027年", 2), ("2026年1月1日至2028年12月31日", 3)],
)
def test_periods_stated_as_date_ranges(text: str, years: float) -> None:
    assert fx.period_years_max(text) == years


@pytest.mark.parametrize(
    ("text", "lead_only"),
    [("本方向对牵头单位类型不作限制，鼓励联合申报。", False), ("企业、高校、科研院所均可揭榜。", False),
     ("本方向牵头单位不限。", False), ("二级及以上医疗卫生机构、高校和科研院所均可牵头申报。", False),
     ("高校、科研院所、企业均可申报。", False), ("本专项项目须由企业牵头申报，鼓励联合高校组建创新联合体。", True),
     ("限在北海市注册的企业申报，上年度研发费用占营业收入比例不低于3%。", True),
     ("2025年度首次通过认定的国家高新技术企业，限企业自身申报。", True),
     ("须由企业作为项目牵头单位。", True), ("各县区均可申报。", None),
     ("本类项目采取奖补方式，均须由企业申报。", True), ("申报主体均为企业。", True),
     ("可由高校、科研院所牵头。", False), ("须由二级以上医疗卫生机构牵头申报。", False)],
)
def test_lead_rules_in_other_bureaus_words(text: str, lead_only: bool | None) -> None:
    assert fx.enterprise_lead_only(text) is lead_only


@pytest.mark.parametrize(
    ("text", "wan"),
    [("上年度R&D经费支出不低于500万元。", 500), ("2025年度研究与试验发展（R&D）经费支出不低于100万元。", 100),
     ("上年度研发费用不低于2,000,000元。", 200), ("上年度研究开发费用总额不低于800万元。", 800),
     ("企业年研发经费支出500万元以上。", 500), ("上年度研发费用占营业收入比例不低于3%。", None),
     ("上年度登记的技术合同实际支付金额不低于50万元。", None),
     # a floor said by whom it turns away; an award to those below one is no floor
     ("上年度研发费用低于50万元的企业不得申报。", 50), ("研发投入不足100万元的企业不予受理。", 100),
     ("研发投入低于100万元的企业给予补助10万元。", None)],
)
def test_rd_thresholds_in_any_wording(text: str, wan: float | None) -> None:
    assert fx.min_rd_spend_wan(text) == wan


@pytest.mark.parametrize(
    ("text", "ratio"),
    [("企业自筹经费不低于财政资助经费的两倍。", 2), ("企业自筹经费不低于财政资助额。", 1),
     ("企业自筹经费不低于财政资助额的1.5倍。", 1.5), ("自筹经费不少于申请市财政经费的3倍。", 3),
     ("企业自筹资金与申请财政资金比例不低于2:1。", 2)],
)
def test_ratios_in_words(text: str, ratio: float) -> None:
    assert fx.matching_ratio(text) == ratio


@pytest.mark.parametrize(
    ("text", "required"),
    [("揭榜单位须建有自治区级以上科技创新平台。", ["自治区级平台"]),
     ("牵头单位须建有省级以上工程技术研究中心。", ["自治区级平台"]),  # another province: 省级
     ("牵头企业须为规模以上工业企业。", ["规上企业"]),
     ("申报单位须为福建省企业工程技术研究中心的依托企业。", ["自治区级平台"]),  # 省 + 企业…中心
     # (a waiver in a bracket is the bracket's: the clause still requires 规上企业)
     ("本方向申报单位须为规上企业（不作高新技术企业资质要求），优先支持联合申报。", ["规上企业"]),
     ("2025年度新获批（认定）的国家级、自治区级、市级科技创新平台的依托单位。",
      ["国家级平台", "自治区级平台", "市级平台"])],
)
def test_qualifications_include_provincial_platforms(text: str, required: list[str]) -> None:
    assert fx.qualifications(text)[0] == required


@pytest.mark.parametrize(("text", "modes"), [
    ("财政资金采取前资助方式，分年度拨付。", ["前资助", "分年拨付"]), ("事前资助", ["前资助"]),
    ("以奖代补", ["奖补"])])
def test_funding_mode_aliases(text: str, modes: list[str]) -> None:
    assert fx.funding_modes(text) == modes


# Qualifications come from requirement sentences only: a platform a project is to build (南宁's
# 申报要求 list targets), a 考核 clause, or a rule for whoever holds a status is no condition.
@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("（1）申请发明专利3件（含）以上，或获得实用新型专利、软件著作权等知识产权授权6件（含）以上。"
         "或以龙头企业为主体，培育建设自治区级（含）以上重大创新平台。", [], []),  # 南宁 L8
        ("②建设应用场景或示范点1个以上，或以龙头企业为主体，培育建设自治区级（含）以上创新平台。",
         [], []),  # 百色 L48 考核要求
        ("④实施期内，以企业为主体获批国家级、自治区级创新平台的，直接通过考核。", [], []),  # 百色 L81
        ("优先支持上一年度有研发投入企业，且规上企业须完成研发投入统计工作。", [], []),  # 防城港 L85
        ("项目牵头单位为企业，上一年度研发投入不低于营业收入的3%，规上企业须完成研发投入统计工作。",
         [], []),  # 防城港 L56
        ("项目牵头单位为规上企业，企业须完成上一年度研发投入统计工作。", ["规上企业"], []),  # L16
        ("申报条件：申报单位须建有国家级、自治区级科技创新平台。",
         ["国家级平台", "自治区级平台"], []),  # 百色 L70
        ("本方向为奖励性项目，限2020年以来新获认定的自治区级（含以上）重点实验室、临床医学研究中心、"
         "应用数学中心、技术创新中心、工程技术研究中心、科技成果转化中试研究基地依托单位申报，"
         "每个单位限申报2项；", ["自治区级平台"], []),  # 桂林 L308
        # other bureaus' words
        ("项目实施期内，争取培育建设省级以上工程技术研究中心1个。", [], []),
        ("通过项目实施，打造市级重点实验室1家。", [], []),
        ("高新技术企业须在申报时提供有效期内的证书。", [], []),
        ("申报单位须为高新技术企业。", ["高新技术企业"], []),
        ("牵头单位应拥有省级以上企业技术中心，优先支持规模以上企业。", ["自治区级平台"], ["规上企业"]),
    ],
)
def test_qualifications_only_from_requirements(text: str, required: list[str],
                                               preferred: list[str]) -> None:
    assert fx.qualifications(text) == (required, preferred)


# A matching rule keeps whom it binds; only an unconditional one is the applicant's on the grant.
@pytest.mark.parametrize(
    ("text", "ratio", "condition"),
    [
        ("非企业牵头申报的项目，参与企业要按不低于申请科技经费中本企业所占经费的 3 倍进行配套。",
         3, "non_enterprise_lead"),  # 防城港 L16 and 26 more directions
        ("企业参与项目企业经费部分须按不低于（1：3）匹配经费。", 3, "enterprise_share"),  # 桂林 L107
        ("3.企业参与项目企业经费部分须按不低于（1:3）匹配经费，并提供近1年单位财务审计报告。",
         3, "enterprise_share"),  # 桂林 L52
        ("4.项目须按不低于（1：3）匹配经费，企业参与项目原则上2021年度研发经费应当在500万元以上，"
         "并提供近1年单位财务报表；", 3, None),  # the 企业参与项目 after the ratio is another rule's
        ("项目单位要按不低于申报支持额度 3 倍的比例配套自筹经费。", 3, None),  # 防城港 L31
        ("（2）申报单位按照项目自筹经费与申请财政科研经费不低于4:1的比例进行申报；", 4, None),  # 柳州
        ("（4）课题申请单位需按不低于申报支持额度1倍的比例配套投入自筹经费。", 1, None),  # 南宁
        # other bureaus' words
        ("高校、科研院所牵头的项目，合作企业应按不低于1:1的比例配套自筹经费。", 1, "other"),
        ("若由企业牵头，企业自筹资金与财政资金比例不低于2:1。", 2, "other"),
        ("对于获得省级以上立项的项目，配套经费按1:1执行。", 1, "other"),
        ("由非企业单位牵头的，合作企业自筹经费不低于财政资助的2倍。", 2, "non_enterprise_lead"),
        ("参与企业自筹经费不低于其承担财政经费的1倍。", 1, "enterprise_share"),
        ("企业自筹资金与申请财政资金比例不低于2:1。", 2, None),  # 赣州
        ("揭榜单位自筹经费与财政资金的比例不低于1:1。", 1, None),  # 钦州
        # (壁山: anyone may lead, and the sentence opens with what the item funds — no case)
        ("支持对象：区内企业与高校、科研院所联合开展关键技术攻关的项目，企业、高校、科研院所均可"
         "作为牵头单位申报，牵头单位须落实不低于资助金额的自筹资金。", 1, None),
    ],
)
def test_matching_rules_keep_their_condition(text: str, ratio: float,
                                             condition: str | None) -> None:
    rule = fx.matching_rule(text)
    assert rule is not None
    assert (rule.ratio, rule.condition) == (ratio, condition)
    assert rule.sentence.strip() in text


def test_an_unconditional_matching_rule_wins_over_a_conditional_one() -> None:
    # 防城港 L31 (2025A02) states both: the applicant's 3 倍, then the partners' when a
    # non-enterprise leads
    text = ("项目单位要按不低于申报支持额度 3 倍的比例配套自筹经费。本方向不限企业牵头申报。"
            "非企业牵头申报的项目，参与企业要按不低于申请科技经费中本企业所占经费的 3 倍进行配套。")
    rule = fx.matching_rule(text)
    assert rule is not None and rule.condition is None
    assert [r.condition for r in fx.matching_rules(text)] == [None, "non_enterprise_lead"]
# The same cap and the same R&D floor in every unit a bureau may write (1万 = 10,000元,
# 1千元 = 0.1万, 1亿 = 10,000万), with thousands separators and full-width digits.
@pytest.mark.parametrize(
    ("amount", "wan"),
    [("1,500,000元", 150), ("1500000元", 150), ("１，５００，０００元", 150), ("1,500千元", 150),
     ("1500千元", 150), ("150万元", 150), ("１５０万元", 150), ("150万", 150), ("0.015亿元", 150),
     ("1亿元", 10000), ("1,000万元", 1000)],
)
def test_a_funding_cap_in_every_unit(amount: str, wan: float) -> None:
    funding = fx.parse_funding(f"单个项目资助经费不超过{amount}。")
    assert (funding.min_wan, funding.max_wan) == (None, wan)


@pytest.mark.parametrize(
    ("amount", "wan"),
    [("3,000,000元", 300), ("３，０００，０００元", 300), ("3,000千元", 300), ("300万元", 300),
     ("３００万元", 300), ("0.03亿元", 300), ("1亿元", 10000)],
)
def test_an_rd_floor_in_every_unit(amount: str, wan: float) -> None:
    assert fx.min_rd_spend_wan(f"企业上年度研发投入不低于{amount}。") == wan


@pytest.mark.parametrize(
    ("text", "low", "high", "tiers", "total"),
    [("每个项目0.1-0.5亿元", 1000, 5000, [], None),           # a range in 亿元
     ("每个项目200000-500000元", 20, 50, [], None),            # …and in 元
     ("分别给予200000元、100000元、50000元补助", 5, 20, [20, 10, 5], None),  # tiers in 元
     ("项目总投入不少于1亿元", None, None, [], 10000),          # an investment floor in 亿元
     ("单个项目资助不超过100万元，项目总投入不少于0.2亿元。", None, 100, [], 2000)],
)
def test_ranges_tiers_and_investment_floors_in_every_unit(
        text: str, low: float | None, high: float | None, tiers: list[float],
        total: float | None) -> None:
    funding = fx.parse_funding(text)
    assert (funding.min_wan, funding.max_wan, funding.tiers_wan,
            funding.total_investment_min_wan) == (low, high, tiers, total)


# A period is at most ten years (120 months); a longer span is a plan's horizon, not a period.
@pytest.mark.parametrize(
    ("text", "years"),
    [("2026年1月至2026年12月", 1), ("2026年1月至2035年12月", 10), ("2026年1月至2036年1月", None),
     ("2026年—2035年", 10), ("2026年—2036年", None), ("2026年3月至2026年1月", None)],
)
def test_date_range_periods_at_the_ten_year_edge(text: str, years: float | None) -> None:
    assert fx.period_years_max(text) == years


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("项目自筹资金与市财政资助资\n金比例不低于2:1。", "项目自筹资金与市财政资助资金比例不低于2:1。"),
        ("申报单位不限，\n每项资助2万元。", "申报单位不限，每项资助2万元。"),
        ("考核指标：\n（1）开发新产品2项", "考核指标：\n（1）开发新产品2项"),  # a label ends
        ("开发新产品2项\n2．申请专利3件", "开发新产品2项\n2．申请专利3件"),  # a list item
        ("一类项目\t50万元\n二类项目\t30万元", "一类项目\t50万元\n二类项目\t30万元"),  # rows
        ("实施期限3年。\n牵头单位不限。", "实施期限3年。\n牵头单位不限。"),  # a sentence ends
    ],
)
def test_hard_wraps_are_joined_and_nothing_else(text: str, joined: str) -> None:
    assert fx.unwrap(text) == joined


def test_a_county_matching_the_grant_is_not_the_applicants_self_funding() -> None:
    text = "须由企业牵头。立项项目所在区、县（市）科技部门按1:1比例给予配套资助。"
    assert fx.matching_rule(text) is None
    assert fx.matching_ratio("企业自筹资金与市财政资助资金按1:1比例配套。") == 1
    # the city's own budget matching a higher grant; the applicant's said the other way round
    assert fx.matching_rule("已获得黄冈市科技计划立项的项目，市本级按1:1给予配套支持。") is None
    assert fx.matching_ratio("项目承担单位须落实不低于县财政资助额的自筹资金。") == 1


@pytest.mark.parametrize(("text", "count"), [
    ("不超过5人。", 5), ("拟支持不超过3个团队。", 3), ("不超过10名", 10), ("2支", 2)])
def test_a_labelled_quota_of_people_or_teams(text: str, count: int) -> None:
    """遴选数量：不超过5人 — a talent plan counts the people it funds."""
    assert fx.quota(text, labelled=True) == count


@pytest.mark.parametrize(("text", "only"), [
    ("申报单位须为在六安市注册、已入库的科技型中小企业。", True),
    ("申报主体须为在本市登记注册的企业。", True),
    ("申报单位须为在本市注册的企业、高校或科研院所。", None),  # a choice, not firms only
])
def test_where_a_firm_is_registered_does_not_hide_the_lead_rule(text: str,
                                                                only: bool | None) -> None:
    assert fx.enterprise_lead_only(text) is only


@pytest.mark.parametrize(("text", "ratio"), [
    ("企业自筹资金与申请财政资金的比例不低于二比一。", 2),
    ("自筹资金与财政资金按一比一配套。", 1),
    ("本专项自筹资金与申请市级财政资助资金的比例不低于2:1。", 2),  # 本专项 is no grant side
])
def test_matching_ratios_in_words_and_after_the_plan_s_name(text: str, ratio: float) -> None:
    assert fx.matching_ratio(text) == ratio


@pytest.mark.parametrize(("text", "years"), [("实施期限：一年半。", 1.5), ("执行期两年半", 2.5),
                                              ("实施期限两年。", 2)])
def test_half_years_in_words(text: str, years: float) -> None:
    assert fx.period_years_max(text) == years


@pytest.mark.parametrize(("text", "only"), [
    ("本类项目不限申报主体。", False),
    ("不限申报主体所在地，须由企业牵头。", True),  # where, not who
])
def test_no_limit_on_who_applies(text: str, only: bool) -> None:
    assert fx.enterprise_lead_only(text) is only


@pytest.mark.parametrize(("text", "count"), [("拟支持经费：30万元/项（共3项）。", 3)])
def test_a_count_after_the_amount_each(text: str, count: int) -> None:
    assert fx.quota(text) == count


@pytest.mark.parametrize("text", ["高校、科研院所须联合企业共同揭榜。",
                                  "揭榜方不限地域、不限所有制性质，高等院校、科研院所、企业均可揭榜。"])
def test_universities_may_apply_with_a_firm(text: str) -> None:
    assert fx.enterprise_lead_only(text) is False


def test_a_mode_the_text_says_does_not_apply_is_not_named() -> None:
    assert fx.funding_modes("本方向不适用事后补助方式，采用以奖代补方式，每项奖补10万元。") == ["奖补"]


def test_anyone_may_lead_as_the_host_unit() -> None:
    assert fx.enterprise_lead_only(
        "高校、科研院所、企业、农业技术推广机构均可作为依托单位牵头申报。") is False


@pytest.mark.parametrize(("text", "low", "high", "count"), [
    ("本方向拟支持重点项目1项、一般项目1项，重点项目资助不超过150万元，一般项目资助50万元。",
     50, 150, 2),
    ("本方向拟支持重点项目1项、一般项目2项，重点项目资助100万元，一般项目资助30万元。", 30, 100, 3),
])
def test_a_grant_and_a_count_per_kind_of_project(text: str, low: float, high: float,
                                                 count: int) -> None:
    funding = fx.parse_funding(text)
    assert (funding.min_wan, funding.max_wan, fx.quota(text)) == (low, high, count)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("单项支持不超过壹佰万元。", None, 100),
    ("项目实施期限为3年，每年补助10万元，连续支持3年，资助资金分年度拨付。", 30, 30),
    ("给予一次性奖励30万元；依托单位为规上企业的，奖励提高至50万元。", 30, 50),
])
def test_grants_in_cheque_numerals_by_the_year_and_raised(text: str, low: float | None,
                                                          high: float) -> None:
    funding = fx.parse_funding(text)
    assert (funding.min_wan, funding.max_wan) == (low, high)


def test_a_named_city_s_platform_is_a_city_level_one() -> None:
    assert fx.qualifications("支持对象：上年度新获认定肇庆市工程技术研究中心的依托企业。")[0] == [
        "市级平台"]


@pytest.mark.parametrize(("text", "only"), [
    ("申报主体为在澄川高新区注册登记、税收和统计关系在区内、具有独立法人资格的企业。", True),
    ("本专项申报主体为在区内注册的企业、高等院校和科研院所，不限单位性质。", False),
])
def test_who_may_apply_after_a_long_registration_clause(text: str, only: bool) -> None:
    assert fx.enterprise_lead_only(text) is only


@pytest.mark.parametrize(("text", "required", "preferred"), [
    # an incubator or maker space named with its level is a platform of that level
    ("申报单位须为新认定的自治区级科技企业孵化器、众创空间的运营单位。", ["自治区级平台"], []),
    ("优先支持市级以上认定或备案的科技企业孵化器、众创空间申报。", [], ["市级平台"]),
    # levels listed before one kind: each level that kind (榆林 L131)
    ("申报对象须为2025年度新获国家级或自治区级认定（备案）的科技企业孵化器运营主体。",
     ["国家级平台", "自治区级平台"], []),
])
def test_incubators_are_platforms(text: str, required: list[str], preferred: list[str]) -> None:
    assert fx.qualifications(text) == (required, preferred)


def test_when_award_money_is_paid_is_no_funding_mode() -> None:
    """奖补资金在认定或考核结果公布后兑现 says when the money comes, not that it is 奖补."""
    assert fx.funding_modes("奖补资金在认定或考核结果公布后兑现，同一事项按就高原则执行。") == []
    assert fx.funding_modes("给予奖补，奖补资金一次性拨付。") == ["奖补"]


@pytest.mark.parametrize(("text", "said"), [
    ("重点项目、一般项目、后补助项目单项资助额度分别为不超过50万元、10万元至20万元、不超过10万元。",
     "重点项目单项资助额度为不超过50万元；一般项目单项资助额度为10万元至20万元；"
     "后补助项目单项资助额度为不超过10万元。"),
    ("重点项目、一般项目实施期限分别为2年、18个月。",
     "重点项目实施期限为2年；一般项目实施期限为18个月。"),
    ("两个子方向分别支持。", "两个子方向分别支持。"),  # nothing zipped: as it was
    ("重点项目、一般项目分别为2年。", "重点项目、一般项目分别为2年。"),  # counts differ
])
def test_a_sentence_zipping_subjects_and_values_by_fenbie(text: str, said: str) -> None:
    """A、B、C额度分别为x、y、z is said one clause each, so a rule for B reads only y."""
    assert fx.respectively(text) == said


def test_a_citys_target_for_rd_spending_is_no_applicants_floor() -> None:
    """带动全社会研发投入1.5亿元以上 is what the budget is to bring about, not a floor."""
    assert fx.min_rd_spend_wan("市级财政安排科技专项资金1200万元，带动全社会研发投入1.5亿元以上。") is None
    assert fx.min_rd_spend_wan("申报单位上年度研发投入不低于50万元。") == 50


def test_the_lower_of_a_share_and_a_sum_is_a_cap() -> None:
    """核定额与80万元两者取其低值: the grant is never more than 80万元, and no floor."""
    funding = fx.parse_funding("按新增研发投入的20%核定，核定额与80万元两者取其低值。")
    assert (funding.min_wan, funding.max_wan) == (None, 80)


def test_a_long_run_of_words_joined_by_he_before_fenbie_is_left_as_it_is() -> None:
    """甲乙和丙丁和…分别为1、2: no zip (the counts differ), and read at once — 和 is itself a Han
    character, and a pattern of subjects joined by it once backtracked without end."""
    text = "甲乙和丙丁和" * 200 + "戊。分别为1、2"
    assert fx.respectively(text) == text


@pytest.mark.parametrize(("text", "years"), [
    ("执行期限：二〇二〇年七月至二〇二二年六月。", 2),  # a formal notice's dates in numerals
    ("本任务执行期限为二〇二〇年七月至二〇二二年十二月", 2.5),
    ("本方向实施周期为1+1年，首年完成样机研制", 2),  # a year, then one more after review
    ("实施周期：2+1年", 3),
    ("执行期为两年", 2),
])
def test_periods_in_numeral_dates_and_added_years(text: str, years: float) -> None:
    assert fx.period_years_max(text) == years


@pytest.mark.parametrize(("text", "ratio"), [
    ("申报单位自筹资金不低于申请市级资金的50%。", 0.5),  # a share of the grant
    ("自筹资金不低于财政资助的50%", 0.5),
    ("自筹资金不低于项目总投入的50%", None),  # of the project's cost: no ratio to the grant
    ("自筹资金不低于财政资助额", 1),
])
def test_self_funding_as_a_share_of_the_grant(text: str, ratio: float | None) -> None:
    assert fx.matching_ratio(text) == ratio


@pytest.mark.parametrize(("text", "floor"), [
    ("研发投入门槛：300万元", 300),  # a table's column said as a label
    ("研发费用门槛为150万元", 150),
    ("本课题申报单位上年度研发费用门槛降为10万元", 10),  # its own, lowered from the group's
    ("上年度研发费用门槛200万元；我司去年获批45万元", None),  # last year's, no label or verb
    ("不设研发费用门槛", None),
])
def test_an_rd_threshold_said_by_its_label(text: str, floor: float | None) -> None:
    assert fx.min_rd_spend_wan(text) == floor


def test_a_fixed_grant_named_with_its_noun() -> None:
    """每项经费额度10万元 after 每个子方向支持1项: ten each, fixed."""
    funding = fx.parse_funding("本方向设以下两个子方向，每个子方向支持1项，每项经费额度10万元。")
    assert (funding.min_wan, funding.max_wan) == (10, 10)


def test_the_tier_a_stated_value_falls_in() -> None:
    """Grants in tiers of a quantity each direction states (榜额): 以上 holds its number, 以下
    only when 含 says so, a range must fall inside one tier."""
    text = normalise("资助额度：榜额500万元（含）以上的，资助1,000,000元；榜额300万元（含）至500万元"
                     "（不含）的，资助600,000元；榜额300万元以下的，资助300,000元。")
    assert [fx.tier_for(text, "榜额", low, high) for low, high in (
        (680, 680), (500, 500), (450, 450), (350, 450), (300, 300), (280, 280), (250, 600))] == [
        "1000000元", "1000000元", "600000元", "600000元", "600000元", "300000元", None]
    assert fx.tier_for(normalise("每项资助50万元。"), "榜额", 450, 450) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("高等院校、科研院所不得作为本链方向的牵头单位，可作为参与单位。", True),
    ("高等院校等非企业法人单位一律不得作为本类项目的牵头申报单位。", True),
    ("本类奖补只面向在宾阳县注册登记、具有独立法人资格的企业，事业单位不在奖补范围之内。", True),
    ("本专项不受理非企业单位牵头申报的项目，高等院校可作为合作单位参与。", True),
    ("本专项不接受企业以外的单位牵头申报，高等院校、科研院所可作为合作单位参与。", True),
    ("高等院校、科研院所及其他事业单位、社会组织不得作为本专项项目的牵头单位。", True),
    ("本类项目只面向企业和高校。", None),
    # (what counts as a firm, in brackets; and a 牵头单位 column's cell)
    ("须由企业（含农业产业化龙头企业）牵头，联合专业合作社、家庭农场实施。", True),
    ("牵头单位：须为企业，且为高新技术企业或科技型中小企业。", True),
])
def test_lead_rules_said_as_who_may_not_lead(text: str, expected: bool | None) -> None:
    """Firms alone may lead when the rule bars everyone else, in any of these wordings."""
    assert fx.enterprise_lead_only(normalise(text)) is expected


@pytest.mark.parametrize(("text", "low", "high"), [
    ("60万元，分年拨付，2026年、2027年各拨付30万元。", 60, 60),
    ("资助经费80万元，首年拨付50万元，其余拨付30万元。", 80, 80),
    ("每项资助20万～40万元，验收后分别拨付。", 20, 40),
])
def test_the_instalments_of_a_grant_said_before_are_no_grant(text: str, low: float,
                                                             high: float) -> None:
    """各拨付30万元 / 首年拨付50万元 after the grant: how it is paid, not a lower grant."""
    funding = fx.parse_funding(text)
    assert (funding.min_wan, funding.max_wan) == (low, high)


def test_a_long_waiver_of_a_qualification_holds_none() -> None:
    """不受本专题高新技术企业资格及研发费用条件限制: the qualification it names is waived,
    however many words stand between 不受 and 限制."""
    text = "本方向企业、高等院校均可牵头申报，不受本专题高新技术企业资格及研发费用条件限制。"
    assert fx.qualifications(text)[0] == []


@pytest.mark.parametrize(("text", "low", "high"), [
    # a band said without 的, its grant straight after it: the thresholds are no grants
    ("年度登记成交额100万元以上奖5万元，300万元以上奖10万元（不叠加）", 5, 10),
    ("按成交额给予奖励：100万元以上奖励5万元，300万元以上奖励10万元", 5, 10),
    ("成交额100万元以上的奖励5万元，300万元以上的奖励10万元", 5, 10)])
def test_awards_for_bands_said_with_or_without_de(text: str, low: float, high: float) -> None:
    funding = fx.parse_funding(text)
    assert (funding.min_wan, funding.max_wan) == (low, high)
