""""Can my company apply?": requirement prose → structured conditions → verdicts for a profile.

Pure functions only. `conditions_for(leaf)` reads a leaf's 申报要求 sentence by sentence (and the
fields the parser already extracted), `evaluate(conditions, profile)` checks each condition
against what the user told us, `summary(verdicts)` gives the one-line count, and
`self_funding(leaf, grant_wan)` says how much money the applicant must put up and when the grant
arrives.

Rules of the game:
- A preference (优先支持/鼓励/倾斜/重点支持) is an advantage, never a requirement.
- A clause the profile cannot answer ("具有较强的科研开发实力") stays `checkable=False` and its
  verdict is "unknown"; nothing is guessed.
- Deliverables (考核 commitments such as 申请发明专利3件), paperwork (须提供证明材料) and
  procedural notes (免查新报告, 每个单位限报5项) are kept, with their sentence, but they are not
  eligibility requirements and do not count in `summary`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Literal

from pydantic import BaseModel, Field

from bot.catalogue import fields as fx
from bot.catalogue.models import Leaf, MatchingCondition
from bot.catalogue.numbers import amount_to_wan, clean_number, normalise

ApplicantKind = Literal["enterprise", "university", "institute", "hospital", "other"]
PlatformLevel = Literal["none", "city", "region", "national"]
LEVEL_RANK: dict[str, int] = {"none": 0, "city": 1, "region": 2, "national": 3}
LEVEL_ZH = {"none": "无", "city": "市级", "region": "自治区级（省级）", "national": "国家级"}
KIND_ZH = {"enterprise": "企业", "university": "高等院校", "institute": "科研院所",
           "hospital": "医疗机构", "other": "其他单位"}
QUAL_ZH = {"is_high_tech": "国家高新技术企业", "is_gazelle": "瞪羚企业",
           "is_tech_sme": "科技型中小企业", "is_above_scale": "规上企业"}


class Profile(BaseModel):
    """What the user told us about the applicant; None means "not told" (→ unknown)."""

    city: str | None = None
    applicant_kind: ApplicantKind | None = None
    is_above_scale: bool | None = Field(default=None, description="规上企业")
    is_high_tech: bool | None = Field(default=None, description="国家高新技术企业")
    is_gazelle: bool | None = Field(default=None, description="瞪羚企业")
    is_tech_sme: bool | None = Field(default=None, description="科技型中小企业")
    revenue_wan: float | None = Field(default=None, description="上年度销售收入（万元）")
    rd_spend_wan: float | None = Field(default=None, description="上年度研发投入（万元）")
    platform_level: PlatformLevel | None = None
    can_self_fund_wan: float | None = Field(default=None, description="可自筹经费（万元）")


ConditionKind = Literal[
    "lead_enterprise", "min_rd_spend", "rd_intensity_by_revenue", "min_revenue", "qualification",
    "platform_level", "applicant_kind", "matching_ratio", "city_registered", "other",
    "deliverable", "document", "note",
]
Op = Literal["eq", "in", "ge", "gt", "any_true", "all_true", "level_ge", "bands", "applies_if"]
INFO_KINDS = frozenset({"deliverable", "document", "note"})


class RevenueBand(BaseModel):
    """One tier of an R&D-intensity rule: for revenue in (low, high], intensity ≥ min_pct."""

    low_wan: float | None = None
    low_inclusive: bool = False
    high_wan: float | None = None
    high_inclusive: bool = True
    min_intensity_pct: float

    def contains(self, revenue_wan: float) -> bool:
        if self.low_wan is not None and (
            revenue_wan < self.low_wan or (revenue_wan == self.low_wan and not self.low_inclusive)
        ):
            return False
        return not (self.high_wan is not None and (
            revenue_wan > self.high_wan
            or (revenue_wan == self.high_wan and not self.high_inclusive)
        ))


class Condition(BaseModel):
    """One checkable (or deliberately uncheckable) statement read from a requirement sentence.

    `fact` names the Profile field the check needs; for `any_true`/`all_true` the fields are
    listed in `values`. `unknown_part` is a part of the rule the profile cannot answer (a year
    of recognition, a platform type): passing the known part then gives "unknown", not "met".
    `alternative` is an unverifiable alternative (…或行业龙头企业): failing the known part then
    gives "unknown", not "not_met". `unknown_if` lists fact values that pass only after
    confirmation (a hospital for 三甲医院).
    """

    kind: ConditionKind
    fact: str | None = None
    op: Op | None = None
    value: float | str | None = None
    values: list[str] = Field(default_factory=list)
    bands: list[RevenueBand] = Field(default_factory=list)
    amount_wan: float | None = None
    source: str
    label: str
    preference: bool = False
    checkable: bool = True
    unknown_part: str | None = None
    alternative: str | None = None
    unknown_if: list[str] = Field(default_factory=list)
    enterprise_only: bool = False
    note: str | None = None
    applies_when: MatchingCondition | None = Field(
        default=None, description="a matching rule that binds only this case (see Leaf)")

    @property
    def required(self) -> bool:
        """Counts as an eligibility requirement (not an advantage, deliverable or paperwork)."""
        return not self.preference and self.kind not in INFO_KINDS

    @property
    def facts(self) -> list[str]:
        """Every Profile field the check reads."""
        if self.op in ("any_true", "all_true"):
            return list(self.values)
        if self.kind == "rd_intensity_by_revenue":
            return ["revenue_wan", "rd_spend_wan"]
        return [self.fact] if self.fact else []


VerdictValue = Literal["met", "not_met", "unknown"]


class Verdict(BaseModel):
    """The outcome of one condition for one profile, with the sentence it came from."""

    condition: Condition
    verdict: VerdictValue
    reason: str
    source: str = Field(description="the requirement sentence the condition was read from")


# --------------------------------------------------------------------------- sentences

_SENT_END = "。；;！？!?"
_ENUM = re.compile(r"^\s*(?:[（(]\s*\d+\s*[)）]|\d+\s*[.．、](?!\d)|[一二三四五六七八九十]+、)\s*")


def requirement_sentences(text: str | None) -> list[str]:
    """Split on sentence ends (and on a newline that starts a numbered item), keeping each
    sentence verbatim (minus its item number), so it is a substring of the source text."""
    if not text:
        return []
    pieces: list[str] = []
    start = 0
    for i, ch in enumerate(text):
        cut = ch in _SENT_END or (ch == "\n" and _ENUM.match(text[i + 1:] or "") is not None)
        if cut:
            pieces.append(text[start:i + 1])
            start = i + 1
    pieces.append(text[start:])
    out = []
    for piece in pieces:
        piece = piece.strip()
        match = _ENUM.match(piece)
        if match:
            piece = piece[match.end():].strip()
        if piece and not re.fullmatch(r"[\s。；;,，]*", piece):
            out.append(piece)
    return out


def _clauses(norm: str) -> list[str]:
    """Comma-separated clauses of a normalised sentence, trailing punctuation dropped."""
    parts = re.split(r"[,，]", norm)
    return [p.strip(" 。;；!?！？\n") for p in parts if p.strip(" 。;；!?！？\n")]


PREF = re.compile(r"优先|鼓励|倾斜|(?<!国家)重点支持")
REQ_MARK = re.compile(r"须|必须|应(?!用|对)|需(?!求)|要求|不得|仅限|^限")
PERMISSIVE = re.compile(r"^(?:并)?(?:支持|可以|可|若)(?!.*(?:须|必须))|皆可|可以?联合")
OPEN_LEAD = re.compile(
    r"不限(?:定|于)?(?:由)?企业(?:牵头)?申报|不限(?:定|于)?(?:由)?企业牵头|对牵头单位不作要求"
)
_DROP = re.compile(r"^公开择优(?:立项不超过\d+个项目)?[。.]?$")
_NOTE = re.compile(
    r"限(?:申)?报\S{0,4}\d+\s*[项个]|限申报项目|只能申报|课题数不超过|承担单位不超过|免查新|免交"
    r"|另行(?:通知|发布|公布)|不需要申报|统一规范为|统一冠名|统一命名|不得(?:重复)?申领|不得重复申报"
    r"|需遵照|需遵守|按照相关规定执行|奖励性项目|实施年限|经费预算|经费支持内容|部分经费可用于"
)
_DOCUMENT = re.compile(
    r"(?:^|须|需|应|并|要求|能够)提供|(?:须|必须|应)附|(?:须|需|应|并|要)提交|承诺|签字|盖章|推荐|证明材料|审查同意意见|财务报表|审计报告"
    r"|合作协议|备案文件|涉密|要(?:求)?有[^,，]{0,8}(?:证书|报告)"
)
_SUBJECT = re.compile(
    r"申报单位|申报主体|牵头|申报企业|申请单位|项目单位|企业上年|申报者|项目负责人|依托单位"
    r"|参与企业|企业参与|申报的项目|申报项目|申报[^,，]{0,6}企业|企业[须需应]"
)
_DELIVERABLE = re.compile(
    r"^(?:形成|完成|申请|建立|开发|突破|制订|研究制订)|实施期间|执行期内|实施期内|实施完成后|新增产值|新增销售收入|年产值|年总产值|考核"
    r"|发明专利|知识产权|软件著作权|示范点|示范基地|核心区|示范区|培育建设|产业化应用|经济效益"
    r"|社会效益|临床研究批准|临床试验|临床价值|批件|许可|注册证|批准文号|质量标准备案|新品系|培育建成"
    r"|\d+(?:\s*-\s*\d+)?\s*(?:件|项|个|名|场|亩|人次|人|平方米)(?:\s*\(含\))?\s*(?:以上|$)"
    r"|不少于\s*\d+\s*(?:次|人次)"
)
_RECENT = re.compile(
    r"\d{4}\s*年(?:以来|度)?[^,，;；]{0,14}?认定|近[两二三]年[^,，;；]{0,10}?认定|新获认定"
)


class _Ctx:
    """What every sentence of one leaf shares."""

    def __init__(self, leaf: Leaf) -> None:
        self.city = leaf.city
        norm = normalise(leaf.requirements or "")
        self.open_lead = bool(OPEN_LEAD.search(norm))
        floors = [v for v in (leaf.funding_min_wan, *leaf.funding_tiers_wan) if v is not None]
        self.grant_floor = min(floors) if floors else None
        self.city_pattern = re.compile(
            r"(?:在|于|应当)?(?P<c>本市|我市|" + re.escape(leaf.city) + r"市?)"
            r"(?:范围内|行政区域内|全域)?的?(?:注册|依法从事)"
            r"|(?P<c2>本市|我市|" + re.escape(leaf.city) + r"市?)行政区域内的"
            r"|限(?P<c3>本市|我市)企业|(?P<c4>本市|我市)事业单位"
        )


# --------------------------------------------------------------------------- extractors


def _fmt(value: float | None) -> str:
    return str(clean_number(round(value, 2))) if value is not None else "?"


def _money(wan: float) -> str:
    return f"{_fmt(wan / 10000)}亿元" if wan >= 10000 else f"{_fmt(wan)}万元"


_MONEY = r"(\d+(?:\.\d+)?)\s*(亿元|亿|万元|万)"
_RD_SPEND = re.compile(
    r"(?:研发|研究|科研)(?:经费(?:投入|支出)?|投入|费用|支出)[^。;；,，%]{0,16}?"
    r"(?:不低于|不少于|达到?|在|超过|≥|>=)\s*" + _MONEY
)
_RD_ANY = re.compile(r"有研发投入")
_REVENUE = re.compile(
    r"(?<!新增)(?:产值|销售收入|营业收入|营收)(?:超过|达到|不低于|不少于|在|≥)?\s*(?:\(含\))?\s*"
    + _MONEY
)
_INTENSITY = re.compile(
    r"(?:上一?年度)?研发(?:投入|经费(?:投入)?)(?:占)?(?:不低于|不少于)?(?:上一?年度)?(?:营业收入|销售收入|主营业务收入)"
    r"的?(?:比例|比重)?(?:不低于|不少于|≥|达到)?\s*(\d+(?:\.\d+)?)\s*%"
)
_BAND = re.compile(
    r"(?:(?:项目)?牵头(?:申报)?单位)?(?:(?P<lo>\d+(?:\.\d+)?)\s*(?P<lou>亿元|亿|万元|万)?\s*(?P<loop><=|<|≤))?\s*"
    r"(?:上一?年度)?(?:销售收入|营业收入)\s*(?P<op><=|>=|≤|≥|<|>)\s*"
    r"(?P<v>\d+(?:\.\d+)?)\s*(?P<u>亿元|亿|万元|万)\s*[,，]?\s*研发强度\s*(?:≥|>=|不低于)\s*"
    r"(?P<pct>\d+(?:\.\d+)?)\s*%"
)
_QUALS: list[tuple[str, re.Pattern[str]]] = [
    ("is_above_scale", re.compile(r"规上|规模以上")),
    ("is_high_tech", re.compile(r"(?:国家级?)?高新技术企业(?!培育|认定)")),
    ("is_gazelle", re.compile(r"瞪羚企业")),
    ("is_tech_sme", re.compile(r"科技型中小企业(?!服务)")),
]
_LEADER = re.compile(r"(?:行业)?龙头企业")
_PLATFORM = re.compile(
    r"(?P<lvl>国家级|国家|自治区级|自治区|省部级|省级|市级)[^,，。;；]{0,20}?"
    r"(?P<noun>科技创新平台|科技研发平台|创新平台|研发平台|平台|重点实验室|实验室|临床医学研究中心"
    r"|研究中心|技术创新中心|中试(?:研究)?基地)"
)
_LEVEL_WORDS = [("国家", "national"), ("自治区", "region"), ("省", "region"), ("市级", "city")]
_GENERIC_PLATFORM = {"科技创新平台", "科技研发平台", "创新平台", "研发平台", "平台"}
_LEAD_REQ = re.compile(
    r"(?<!不)(?<!非)(?:限|须|需|必须|应|应当|只能|仅限)(?:由)?企业(?:单独)?(?:牵头)?申报"
    r"|以企业为(?:第一申报|牵头)单位|(?<!不)(?<!非)限企业牵头"
)
_LEAD_IS = re.compile(r"牵头(?:申报)?单位(?:须|必须|应|应当|需)?为[^,，。;；]{0,40}?企业(?!事)")
_LEAD_PREF = re.compile(r"企业牵头|企业[^,，]{0,12}牵头")
_KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("university", re.compile(r"高等院校|高校|大学(?!科技园)")),
    ("hospital", re.compile(r"三甲医院|医疗机构|医院|医疗卫生机构")),
    ("institute", re.compile(r"科研院所|科研机构|研究机构|院所|医疗卫生科研机构")),
    ("other", re.compile(r"科技部门|科技管理部门")),
]
_APPLICANT_CTX = re.compile(
    r"申报单位(?:应|须|必须)?(?:为|是)|申报主体|仅限|牵头申报单位(?:必须|须)?为|^限(?!企业)"
)


def _cond(kind: ConditionKind, source: str, label: str, pref: bool, **kw: object) -> Condition:
    return Condition.model_validate(
        {"kind": kind, "source": source, "label": label, "preference": pref, **kw})


def _levels(text: str) -> list[str]:
    found = []
    for word, level in _LEVEL_WORDS:
        if word in text:
            found.append(level)
    return found


def _platform(clause: str, source: str, pref: bool) -> list[Condition]:
    if "组成" in clause:
        return []
    match = _PLATFORM.search(clause)
    if not match:
        return []
    levels = _levels(match.group(0))
    if not levels:
        return []
    low = min(levels, key=lambda lv: LEVEL_RANK[lv])
    unknown: list[str] = []
    recent = _RECENT.search(clause)
    if recent:
        unknown.append(f"认定时间（{recent.group(0)}）")
    noun = match["noun"]
    if noun not in _GENERIC_PLATFORM:
        unknown.append(f"平台类型（{noun}等）")
    note = None
    if "在建" in clause:
        note = "在建平台亦可"
    if clause.startswith("原则上") or "原则上" in clause:
        note = "原则上" + ("；" + note if note else "")
    return [_cond(
        "platform_level", source, f"建有{LEVEL_ZH[low]}及以上科技创新平台", pref,
        fact="platform_level", op="level_ge", value=low,
        unknown_part="；".join(unknown) or None, note=note,
    )]


def _qualification(clause: str, source: str, pref: bool, open_lead: bool = False,
                   ) -> list[Condition]:
    hits: list[tuple[int, int, str]] = []
    for fact, pattern in _QUALS:
        for m in pattern.finditer(clause):
            hits.append((m.start(), m.end(), fact))
    if not hits:
        return []
    if "统计" in clause and not pref:
        return []  # 规上企业须完成研发投入统计工作: handled as a conditional rule
    hits.sort()
    facts: list[str] = []
    for _, _, fact in hits:
        if fact not in facts:
            facts.append(fact)
    compound = len(hits) == 2 and hits[0][2] == "is_above_scale" and hits[0][1] == hits[1][0]
    op: Op = "all_true" if compound else "any_true"
    joiner = "且" if op == "all_true" else "或"
    label = ("须为" if not pref else "") + joiner.join(QUAL_ZH[f] for f in facts)
    recent = _RECENT.search(clause)
    leader = _LEADER.search(clause)
    contradicted = not pref and open_lead and bool(_LEAD_IS.search(clause))
    return [_cond(
        "qualification", source, label, pref, fact=facts[0], op=op, values=facts,
        unknown_part=f"认定时间（{recent.group(0)}）" if recent else None,
        alternative="行业龙头企业" if leader else None,
        enterprise_only=contradicted,
        note="同段又写“本方向不限企业牵头申报”：按“企业牵头时须为此类企业”理解，请向主管科室确认"
        if contradicted else None,
    )]


def _applicant_kind(clause: str, source: str, pref: bool) -> list[Condition]:
    if re.search(r"组成|参与|与[^,，]{0,20}联合", clause):
        return []
    head = re.split(r"联合(?!创新|研发|体)", clause)[0]
    if not pref and not _APPLICANT_CTX.search(head):
        return []
    if pref and not re.search(r"优先支持|鼓励", head):
        return []
    values: list[str] = []
    unknown_if: list[str] = []
    unknown_part = None
    if "事业单位" in head and pref and "我市" not in head:
        return []  # 优先支持…的企事业单位: no kind is favoured
    if "企事业单位" in head:
        values = ["enterprise", "university", "institute", "hospital"]
        unknown_if = ["other"]
    elif "事业单位" in head:
        values = ["university", "institute", "hospital"]
        unknown_if = ["other"]
    elif re.search(r"农业企业|合作社", head):
        values, unknown_if, unknown_part = ["enterprise"], ["other"], "农业企业（合作社）"
    else:
        for kind, pattern in _KINDS:
            if pattern.search(head):
                values.append(kind)
        if "三甲医院" in head:
            unknown_if = ["hospital"]
        if values == ["other"]:
            unknown_if = ["other"]
        if not values and not pref and re.search(r"为[^,，]{0,30}的企业$|为企业$", head):
            values = ["enterprise"]
            desc = re.search(r"为(?P<d>[^,，]{2,30})的企业$", head)
            unknown_part = desc["d"] if desc else None
    if not values:
        return []
    place = re.search(r"园区内|创新型县|驻[^高院科,，]{1,4}", head)
    if place and unknown_part is None:
        unknown_part = f"限定范围（{place.group(0)}）"
    label = ("申报单位须为" if not pref else "") + "、".join(KIND_ZH[v] for v in values)
    if values == ["other"]:
        label = "申报单位须为" + (re.search(r"科技\S{0,2}部门", head) or [""])[0]
    if "三甲医院" in head:
        label = label.replace("医疗机构", "三甲医院")
    return [_cond("applicant_kind", source, label, pref, fact="applicant_kind", op="in",
                  values=values, unknown_if=unknown_if, unknown_part=unknown_part)]


def _city(clause: str, source: str, pref: bool, ctx: _Ctx) -> list[Condition]:
    if not ctx.city_pattern.search(clause):
        return []
    unknown = "具备独立法人资格" if "独立法人" in clause else None
    return [_cond("city_registered", source, f"在{ctx.city}市注册（或经营）", pref,
                  fact="city", op="eq", value=ctx.city, unknown_part=unknown)]


def _rd_spend(clause: str, source: str, pref: bool) -> list[Condition]:
    match = _RD_SPEND.search(clause)
    if match:
        amount = amount_to_wan(match.group(1), match.group(2))
        note = "原则上" if "原则上" in clause else None
        return [_cond("min_rd_spend", source, f"上年度研发投入 ≥ {_fmt(amount)}万元", pref,
                      fact="rd_spend_wan", op="ge", value=amount,
                      enterprise_only="企业" in clause, note=note)]
    if _RD_ANY.search(clause):
        return [_cond("min_rd_spend", source, "上年度有研发投入", pref, fact="rd_spend_wan",
                      op="gt", value=0.0, enterprise_only=True)]
    return []


def _revenue(clause: str, source: str, pref: bool) -> list[Condition]:
    match = _REVENUE.search(clause)
    if not match or "研发强度" in clause:
        return []
    amount = amount_to_wan(match.group(1), match.group(2))
    return [_cond("min_revenue", source, f"上年度产值/销售收入 ≥ {_fmt(amount)}万元", pref,
                  fact="revenue_wan", op="ge", value=amount, enterprise_only=True,
                  note="原文为“产值”，按销售收入近似核对" if "产值" in clause else None)]


def _lead(clause: str, source: str, pref: bool, ctx: _Ctx) -> list[Condition]:
    if pref:
        if _LEAD_PREF.search(clause) and not re.search(r"非企业|不限", clause):
            return [_cond("lead_enterprise", source, "企业牵头", True, fact="applicant_kind",
                          op="eq", value="enterprise")]
        return []
    if _LEAD_REQ.search(clause):
        return [_cond("lead_enterprise", source, "须由企业牵头", False, fact="applicant_kind",
                      op="eq", value="enterprise")]
    if _LEAD_IS.search(clause):
        if ctx.open_lead:
            return [_cond("lead_enterprise", source, "牵头单位为企业（与“不限企业牵头”矛盾）",
                          False, fact="applicant_kind", op="eq", value="enterprise",
                          checkable=False,
                          note="同一要求又写“本方向不限企业牵头申报”，请向主管科室确认")]
        return [_cond("lead_enterprise", source, "须由企业牵头", False, fact="applicant_kind",
                      op="eq", value="enterprise")]
    return []


def _sentence_level(norm: str, source: str, ctx: _Ctx) -> tuple[list[Condition], str]:
    """Rules that span commas (revenue bands, matching ratios); returns what is left to read."""
    out: list[Condition] = []
    bands: list[RevenueBand] = []
    for m in _BAND.finditer(norm):
        value = amount_to_wan(m["v"], m["u"])
        band = RevenueBand(min_intensity_pct=float(m["pct"]))
        if m["op"] in ("<", "<=", "≤"):
            band.high_wan, band.high_inclusive = value, m["op"] != "<"
            if m["lo"]:
                band.low_wan = amount_to_wan(m["lo"], m["lou"] or m["u"])
                band.low_inclusive = m["loop"] != "<"
        else:
            band.low_wan, band.low_inclusive = value, m["op"] in (">=", "≥")
        bands.append(band)
    if bands:
        tiers = "；".join(_band_zh(b) for b in bands)
        out.append(_cond("rd_intensity_by_revenue", source, f"研发强度按销售收入分档：{tiers}",
                         False, fact="rd_spend_wan", op="bands", bands=bands,
                         enterprise_only=True))
        norm = _BAND.sub("", norm)
    else:
        single = _INTENSITY.search(norm)
        if single:
            pref = bool(PREF.search(norm[: single.start()]))
            out.append(_cond("rd_intensity_by_revenue", source,
                             f"上年度研发投入 ≥ 营业收入的{single.group(1)}%", pref,
                             fact="rd_spend_wan", op="bands", enterprise_only=True,
                             bands=[RevenueBand(min_intensity_pct=float(single.group(1)))]))
            norm = norm[: single.start()] + norm[single.end():]
    if re.search(r"牵头(?:申报)?单位为[^。;；]*?各类企业(?!事)", norm):
        out.append(_cond("lead_enterprise", source, "须由企业牵头", False,
                         fact="applicant_kind", op="eq", value="enterprise"))
    elif re.search(r"牵头(?:申报)?单位为[^。;；]*?各类企事业单位", norm):
        out.append(_cond("applicant_kind", source, "牵头单位须为企事业单位", False,
                         fact="applicant_kind", op="in", unknown_if=["other"],
                         values=["enterprise", "university", "institute", "hospital"]))
    rule = fx.matching_rule(source)
    if rule is not None:
        out.append(_matching_condition(rule, source, ctx))
        kept = [c for c in _clauses(norm) if not _is_ratio_clause(c) and (
            _structured(c, source, False, ctx) or _DOCUMENT.search(c))]
        norm = "，".join(kept)
    return out, norm


MATCHING_LABELS = {
    "non_enterprise_lead": "非企业牵头时，参与企业按其所占经费的{ratio}倍配套",
    "enterprise_share": "企业参与时，企业所占经费部分按{ratio}倍配套",
    "other": "仅在原文所述情形下按{ratio}倍配套",
}


MATCHING_EN = {"non_enterprise_lead": "when a non-enterprise leads, partner enterprises put up",
               "enterprise_share": "enterprises taking part put up",
               "other": "the case the text names:"}


def _matching_condition(rule: fx.Matching, source: str, ctx: _Ctx) -> Condition:
    """A matching rule; one that binds only some case keeps that case and gets no amount."""
    ratio = _fmt(rule.ratio)
    if rule.condition is not None:
        return _cond("matching_ratio", source, MATCHING_LABELS[rule.condition].format(ratio=ratio),
                     False, fact="can_self_fund_wan", op="ge", value=rule.ratio,
                     applies_when=rule.condition)
    amount = rule.ratio * ctx.grant_floor if ctx.grant_floor is not None else None
    label = f"自筹经费 ≥ 申请资助的{ratio}倍（自筹:资助 ≥ {ratio}:1）"
    return _cond("matching_ratio", source, label, False, fact="can_self_fund_wan", op="ge",
                 value=rule.ratio, amount_wan=amount)


def _is_ratio_clause(clause: str) -> bool:
    return bool(re.search(r"配套|匹配|自筹|倍|\d\s*[:：]\s*\d|非企业牵头", clause))


def _band_zh(band: RevenueBand) -> str:
    parts = []
    if band.low_wan is not None:
        parts.append(f"{_money(band.low_wan)}{'≤' if band.low_inclusive else '<'}")
    parts.append("销售收入")
    if band.high_wan is not None:
        parts.append(f"{'≤' if band.high_inclusive else '<'}{_money(band.high_wan)}")
    return "".join(parts) + f" 时研发强度≥{_fmt(band.min_intensity_pct)}%"


def _structured(clause: str, source: str, pref: bool, ctx: _Ctx) -> list[Condition]:
    out = _qualification(clause, source, pref, ctx.open_lead)
    out += _platform(clause, source, pref)
    out += _rd_spend(clause, source, pref)
    out += _revenue(clause, source, pref)
    out += _applicant_kind(clause, source, pref)
    out += _city(clause, source, pref, ctx)
    if not (pref and out) and not any(c.kind == "qualification" for c in out):
        out += _lead(clause, source, pref, ctx)
    return out


def _classify_rest(clause: str) -> ConditionKind | None:
    if _NOTE.search(clause):
        return "note"
    if _DOCUMENT.search(clause):
        return "document"
    if PERMISSIVE.search(clause):
        return None
    return "other"


def _sentence(raw: str, ctx: _Ctx) -> list[Condition]:
    norm = normalise(raw).replace("\n", "")
    if _DROP.match(norm):
        return []
    starts_pref = bool(PREF.search(norm))
    bare = re.sub(r"\([^()]*\)", "", norm)
    if (not starts_pref and not _SUBJECT.search(bare) and not _DOCUMENT.search(bare)
            and not _NOTE.search(bare)
            and _DELIVERABLE.search(bare.rstrip("。;；"))) or (
        norm.startswith("或") and _DELIVERABLE.search(norm)
    ):
        return [_cond("deliverable", raw, norm.rstrip("。;；"), False, checkable=False)]
    if re.search(r"规上企业须完成研发投入统计", norm):
        out = [_cond("other", raw, "规上企业须完成研发投入统计工作", False, fact="is_above_scale",
                     op="applies_if", checkable=False)]
        norm = re.sub(r"[,，]?\s*(?:且)?规上企业须完成研发投入统计工作", "", norm)
    else:
        out = []
    found, rest = _sentence_level(norm, raw, ctx)
    out += found
    # Parenthetical preferences inside a requirement: （获得2022年成果登记证书的优先）
    for paren in re.findall(r"\(([^()]*优先[^()]*)\)", rest):
        out.append(_cond("other", raw, paren, True, checkable=False))
    rest = re.sub(r"\([^()]*优先[^()]*\)", "", rest)
    for paren in re.findall(r"\(((?:须|需)?提供[^()]*)\)", rest):
        out.append(_cond("document", raw, paren, False, checkable=False))
    rest = re.sub(r"\((?:须|需)?提供[^()]*\)", "", rest)
    pref = False
    pending: tuple[ConditionKind, bool, list[str]] | None = None

    def flush() -> None:
        nonlocal pending
        if pending:
            kind, is_pref, texts = pending
            text = "，".join(texts)
            is_pref = is_pref and (kind == "other" or (kind == "document"
                                                       and bool(PREF.search(text))))
            out.append(_cond(kind, raw, text, is_pref, checkable=False))
        pending = None

    for clause in _merge_conditional(_clauses(rest), raw, ctx):
        if OPEN_LEAD.search(clause):
            flush()
            out.append(_cond("note", raw, clause, False, checkable=False))
            continue
        if PREF.search(clause):
            pref = True
        elif REQ_MARK.search(clause):
            pref = False
        found = _structured(clause, raw, pref, ctx)
        if found:
            flush()
            out += found
            recent = _RECENT.search(clause)
            if recent and not any(c.unknown_part for c in found):
                found[0].unknown_part = recent.group(0)
            continue
        kind = _classify_rest(clause)
        if kind is None:
            flush()
            continue
        if pending and pending[0] == kind and pending[1] == pref:
            pending[2].append(clause)
        else:
            flush()
            pending = (kind, pref, [clause])
    flush()
    if _NOTE.search(norm) and not any(c.checkable or c.preference or c.op for c in out):
        # 每个单位限报5项，由申报单位汇总推荐 / 获得此项经费支持的单位，不得重复申领…: one note
        return [_cond("note", raw, norm.rstrip("。;；"), False, checkable=False)]
    return out


def _merge_conditional(clauses: list[str], raw: str, ctx: _Ctx) -> list[str]:
    """Join "联合申报的项目" to the clause it conditions ("必须附…合作协议")."""
    merged: list[str] = []
    carry = ""
    for i, clause in enumerate(clauses):
        clause, carry = carry + clause, ""
        nxt = clauses[i + 1] if i + 1 < len(clauses) else None
        if (nxt is not None and re.search(r"的(?:项目)?$", clause)
                and not PREF.search(clause) and not PREF.search(nxt)
                and not OPEN_LEAD.search(clause) and not _structured(clause, raw, False, ctx)):
            carry = clause + "，"
            continue
        merged.append(clause)
    return merged


def conditions_for(leaf: Leaf) -> list[Condition]:
    """Every condition stated for a leaf, in the order of its requirement sentences.

    Sentences come from `leaf.requirements`; a matching ratio, lead-only rule or R&D floor the
    parser found elsewhere (e.g. a 4:1 ratio in the funding text) is added from its own sentence.
    """
    ctx = _Ctx(leaf)
    out: list[Condition] = []
    for raw in requirement_sentences(leaf.requirements):
        out += _sentence(raw, ctx)
    kinds = {c.kind for c in out if c.required}
    if leaf.matching_ratio and "matching_ratio" not in kinds:
        source = next((s for s in requirement_sentences(leaf.funding_text)
                       if fx.matching_ratio(s) == leaf.matching_ratio), None)
        if source:
            out += [c for c in _sentence_level(normalise(source), source, ctx)[0]
                    if c.kind == "matching_ratio"]
    sentences = requirement_sentences(leaf.requirements)
    if leaf.min_rd_spend_wan and "min_rd_spend" not in kinds and sentences:
        source = next((s for s in sentences
                       if fx.min_rd_spend_wan(s) == leaf.min_rd_spend_wan), sentences[0])
        out.append(_cond("min_rd_spend", source,
                         f"上年度研发投入 ≥ {_fmt(leaf.min_rd_spend_wan)}万元", False,
                         fact="rd_spend_wan", op="ge", value=leaf.min_rd_spend_wan))
    if leaf.enterprise_lead_only and "lead_enterprise" not in kinds and sentences:
        source = next((s for s in sentences if fx.enterprise_lead_only(s)), sentences[0])
        out.append(_cond("lead_enterprise", source, "须由企业牵头", False,
                         fact="applicant_kind", op="eq", value="enterprise"))
    return _dedupe(out)


def conditions_from_text(text: str, *, city: str = "本市") -> list[Condition]:
    """The conditions of a bare requirement text (for tests and admin previews)."""
    leaf = Leaf(id="text", guideline="text", city=city, year=0, title="", source_file="",
                source_line=0, requirements=text)
    return conditions_for(leaf)


def _dedupe(conditions: list[Condition]) -> list[Condition]:
    seen: set[tuple[object, ...]] = set()
    out = []
    for c in conditions:
        key: tuple[object, ...]
        if c.checkable and c.kind not in INFO_KINDS:
            key = (c.kind, c.op, c.value, tuple(c.values), c.preference, c.applies_when)
        else:
            key = (c.kind, c.label, c.preference)
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out


# --------------------------------------------------------------------------- evaluation


def _city_key(city: str) -> str:
    return re.sub(r"市$", "", city.strip())


def _check(c: Condition, p: Profile) -> tuple[VerdictValue, str]:
    if c.kind in INFO_KINDS:
        return "unknown", {"document": "申报时需准备的材料或承诺",
                           "deliverable": "项目须完成的考核指标，不是资格条件"}.get(c.kind, "说明")
    if c.op == "applies_if":
        flag = getattr(p, c.fact or "", None)
        if flag is False:
            return "met", "不适用（非规上企业）"
        return "unknown", "需自行确认"
    if not c.checkable:
        return "unknown", c.note or "无法根据资料核实，需自行确认"
    if c.enterprise_only and p.applicant_kind not in (None, "enterprise"):
        return "met", "针对企业的要求，对非企业申报单位不适用"
    if c.applies_when is not None:
        return _conditional_matching(c, p)
    verdict, reason = _compare(c, p)
    if verdict == "met" and c.unknown_part:
        return "unknown", f"{reason}；但{c.unknown_part}需自行确认"
    if verdict == "not_met" and c.alternative:
        return "unknown", f"{reason}；若属于{c.alternative}则可能符合"
    return verdict, reason


def _compare(c: Condition, p: Profile) -> tuple[VerdictValue, str]:
    if c.op == "bands":
        return _bands(c, p)
    if c.op in ("any_true", "all_true"):
        flags = [getattr(p, f) for f in c.values]
        names = "、".join(QUAL_ZH.get(f, f) for f in c.values)
        if c.op == "any_true":
            if any(f is True for f in flags):
                return "met", f"具备{names}" + ("之一" if len(flags) > 1 else "")
            if all(f is False for f in flags):
                return "not_met", f"不具备{names}"
            return "unknown", f"未填写是否具备{names}"
        if all(f is True for f in flags):
            return "met", f"具备{names}"
        if any(f is False for f in flags):
            return "not_met", f"须同时具备{names}"
        return "unknown", f"未填写是否具备{names}"
    value = getattr(p, c.fact or "", None)
    if value is None:
        return "unknown", "资料中未填写此项"
    if c.kind == "matching_ratio":
        return _matching(c, float(value))
    if c.op == "eq" and c.fact == "city":
        same = _city_key(str(value)) == _city_key(str(c.value))
        return ("met" if same else "not_met"), f"所在城市：{value}"
    if c.op == "eq":
        ok = value == c.value
        return ("met" if ok else "not_met"), f"申报单位类型：{KIND_ZH.get(str(value), value)}"
    if c.op == "in":
        kind_zh = KIND_ZH.get(str(value), str(value))
        if value in c.unknown_if:
            return "unknown", f"申报单位类型：{kind_zh}，需确认是否符合"
        return ("met" if value in c.values else "not_met"), f"申报单位类型：{kind_zh}"
    if c.op == "level_ge":
        ok = LEVEL_RANK[str(value)] >= LEVEL_RANK[str(c.value)]
        return ("met" if ok else "not_met"), f"已有平台：{LEVEL_ZH[str(value)]}"
    if c.op in ("ge", "gt") and isinstance(c.value, float | int):
        number = float(value)
        ok = number >= c.value if c.op == "ge" else number > c.value
        return ("met" if ok else "not_met"), f"填写为{_fmt(number)}万元"
    return "unknown", "无法核对"


def _conditional_matching(c: Condition, p: Profile) -> tuple[VerdictValue, str]:
    """A matching rule for some case only: whether it binds this applicant, and never an
    amount on the whole grant."""
    kind = p.applicant_kind
    if c.applies_when == "other":
        return "unknown", "仅在原文所述情形下适用，需自行确认"
    if kind is None:
        return "unknown", "资料中未填写申报单位类型"
    if c.applies_when == "non_enterprise_lead":
        if kind == "enterprise":
            return "met", "企业牵头时此项不适用"
        return "unknown", "由参与企业按其所占经费配套，需与合作企业确认"
    if kind != "enterprise":
        return "unknown", "若有企业参与，由其按所占经费配套，需与合作企业确认"
    if p.can_self_fund_wan is None:
        return "unknown", "资料中未填写此项"
    if p.can_self_fund_wan <= 0:
        return "not_met", "须按所占经费自筹配套经费"
    ratio = float(c.value) if isinstance(c.value, float | int) else 1.0
    return "met", (f"可自筹{_fmt(p.can_self_fund_wan)}万元，对应企业所占经费最多约"
                   f"{_fmt(p.can_self_fund_wan / ratio)}万元")


def _bands(c: Condition, p: Profile) -> tuple[VerdictValue, str]:
    rd, revenue = p.rd_spend_wan, p.revenue_wan
    if rd is None or revenue is None:
        return "unknown", "需要上年度研发投入和销售收入"
    if revenue <= 0:
        return "unknown", "销售收入为0，无法计算研发强度"
    intensity = rd / revenue * 100
    band = next((b for b in c.bands if b.contains(revenue)), None)
    if band is None:
        return "unknown", "销售收入不在所列档位内"
    ok = intensity >= band.min_intensity_pct - 1e-9
    return ("met" if ok else "not_met"), (
        f"研发强度{intensity:.2f}%，要求≥{_fmt(band.min_intensity_pct)}%"
    )


def _matching(c: Condition, can_fund: float) -> tuple[VerdictValue, str]:
    if c.amount_wan is not None:
        ok = can_fund >= c.amount_wan
        return ("met" if ok else "not_met"), (
            f"最低资助额也需自筹{_fmt(c.amount_wan)}万元，可自筹{_fmt(can_fund)}万元"
        )
    if can_fund <= 0:
        return "not_met", "须按比例自筹配套经费"
    ratio = float(c.value) if isinstance(c.value, float | int) else 1.0
    return "met", f"可自筹{_fmt(can_fund)}万元，最多可申请约{_fmt(can_fund / ratio)}万元资助"


def evaluate(conditions: Iterable[Condition], profile: Profile) -> list[Verdict]:
    """One verdict per condition: met, not_met, or unknown (fact missing or not checkable)."""
    out = []
    for c in conditions:
        verdict, reason = _check(c, profile)
        out.append(Verdict(condition=c, verdict=verdict, reason=reason, source=c.source))
    return out


def summary(verdicts: Sequence[Verdict]) -> tuple[int, int, int]:
    """(met, total_required, unknown) over requirements only (no preferences, no paperwork)."""
    required = [v for v in verdicts if v.condition.required]
    met = sum(v.verdict == "met" for v in required)
    unknown = sum(v.verdict == "unknown" for v in required)
    return met, len(required), unknown


def summary_text(verdicts: Sequence[Verdict], lang: str = "zh_CN") -> str:
    """"符合 4/5 项，1 项待确认" (and the advantages the profile already has)."""
    met, total, unknown = summary(verdicts)
    not_met = total - met - unknown
    advantages = [v for v in verdicts if v.condition.preference and v.verdict == "met"]
    if total == 0:
        return ("The guideline lists no eligibility conditions to check" if lang.startswith("en")
                else "指南未列出可核对的申报条件")
    if lang.startswith("en"):
        text = f"Meets {met}/{total} requirements"
        if unknown:
            text += f", {unknown} to confirm"
        if not_met:
            text += f", {not_met} not met"
        if advantages:
            text += f"; {len(advantages)} advantage(s)"
        return text
    text = f"符合 {met}/{total} 项"
    if unknown:
        text += f"，{unknown} 项待确认"
    if not_met:
        text += f"，{not_met} 项不符合"
    if advantages:
        text += f"；另有 {len(advantages)} 项优先条件"
    return text


def advantages(verdicts: Sequence[Verdict]) -> list[Verdict]:
    """Preference clauses (优先支持…): what would help, never what is required."""
    return [v for v in verdicts if v.condition.preference]


def coverage(leaves: Iterable[Leaf], *, include_preferences: bool = False) -> int:
    """How many leaves carry at least one machine-checkable requirement (or preference)."""
    count = 0
    for leaf in leaves:
        conds = conditions_for(leaf)
        if any(c.checkable and c.kind not in INFO_KINDS and c.op != "applies_if"
               and (include_preferences or not c.preference) for c in conds):
            count += 1
    return count


# --------------------------------------------------------------------------- self-funding

Timing = Literal["upfront", "after_acceptance", "yearly", "milestones", "award", "interest",
                 "unknown"]
_TIMING: dict[str, tuple[Timing, str, str]] = {
    "前资助": ("upfront", "立项后先行拨付", "paid up front once the project is approved"),
    "事前资助": ("upfront", "立项后先行拨付", "paid up front once the project is approved"),
    "后补助": ("after_acceptance", "项目验收后拨付，需先自行垫付",
               "paid after the project passes acceptance, so you advance the money first"),
    "事后补助": ("after_acceptance", "项目验收后拨付，需先自行垫付",
                 "paid after the project passes acceptance, so you advance the money first"),
    "分年拨付": ("yearly", "按年度分期拨付", "paid in yearly instalments"),
    "里程碑式补助": ("milestones", "按里程碑节点分期拨付", "paid in instalments at milestones"),
    "奖补": ("award", "认定或考核后以奖励形式拨付", "paid as an award after recognition"),
    "贷款贴息": ("interest", "以贷款贴息方式支持", "paid as a loan-interest subsidy"),
}
FundingRule = Literal["ratio", "conditional_ratio", "percent_of_self", "percent_of_spend",
                      "percent_cap_of_total", "percent_of_other", "total_investment_floor", "none"]
_SPEND_BASIS = re.compile(r"自筹|费用|支出|保费|投入|投资|预算")


class SelfFunding(BaseModel):
    """How much the applicant puts up for a hoped-for grant, and when the grant arrives."""

    grant_wan: float
    grant_applied_wan: float = Field(description="the grant, capped at the leaf's maximum")
    grant_max_wan: float | None = None
    grant_min_wan: float | None = None
    over_cap: bool = False
    under_floor: bool = False
    rule: FundingRule = "none"
    ratio: float | None = None
    percent: float | None = None
    percent_basis: str | None = None
    basis_amount_wan: float | None = Field(default=None,
                                           description="the amount the percentage is taken of")
    self_funding_wan: float | None = Field(default=None, description="money the applicant puts up")
    total_project_wan: float | None = None
    cash_before_grant_wan: float | None = Field(
        default=None, description="what must be advanced before the grant arrives")
    funding_modes: list[str] = Field(default_factory=list)
    timing: list[Timing] = Field(default_factory=list)
    zh: str
    en: str


def self_funding(leaf: Leaf, grant_wan: float) -> SelfFunding:
    """Money to put up for `grant_wan` of support, from the leaf's ratio or percentage rule."""
    cap, floor = leaf.funding_max_wan, leaf.funding_min_wan
    grant = min(grant_wan, cap) if cap is not None else grant_wan
    rule: FundingRule = "none"
    self_wan: float | None = None
    basis_amount: float | None = None
    percent = leaf.funding_percent
    if leaf.matching_ratio and leaf.matching_condition:
        rule = "conditional_ratio"  # binds some case only: no amount on the whole grant
    elif leaf.matching_ratio:
        rule, self_wan = "ratio", leaf.matching_ratio * grant
    elif percent:
        basis_amount = grant / (percent / 100)
        basis = leaf.funding_percent_basis or ""
        if "自筹" in basis:
            rule, self_wan = "percent_of_self", basis_amount
        elif _SPEND_BASIS.search(basis):
            rule, self_wan = "percent_of_spend", basis_amount - grant
        else:
            rule = "percent_of_other"
    elif leaf.funding_percent_cap:
        rule = "percent_cap_of_total"
        basis_amount = grant / (leaf.funding_percent_cap / 100)
        self_wan = basis_amount - grant
    if leaf.total_investment_min_wan is not None:
        need = max(leaf.total_investment_min_wan - grant, 0.0)
        self_wan = max(self_wan or 0.0, need)
        if rule == "none":
            rule = "total_investment_floor"
    total = grant + self_wan if self_wan is not None else None
    if rule == "percent_of_spend" and basis_amount is not None:
        total = basis_amount
    self_wan, total, basis_amount = _round(self_wan), _round(total), _round(basis_amount)
    modes = fx.funding_modes(leaf.funding_mode) if leaf.funding_mode else []
    timing: list[Timing] = [_TIMING[m][0] for m in modes if m in _TIMING] or ["unknown"]
    late = bool({"after_acceptance", "milestones", "yearly"} & set(timing)) and (
        "upfront" not in timing)
    cash_before = total if late and total is not None else (
        self_wan if self_wan is not None else None)
    result = SelfFunding(
        grant_wan=grant_wan, grant_applied_wan=grant, grant_max_wan=cap, grant_min_wan=floor,
        over_cap=cap is not None and grant_wan > cap,
        under_floor=floor is not None and grant_wan < floor,
        rule=rule,
        ratio=leaf.matching_ratio, percent=percent or leaf.funding_percent_cap,
        percent_basis=leaf.funding_percent_basis, basis_amount_wan=basis_amount,
        self_funding_wan=self_wan, total_project_wan=total, cash_before_grant_wan=cash_before,
        funding_modes=modes, timing=timing, zh="", en="",
    )
    result.zh, result.en = _funding_words(result, leaf)
    return result


def _round(value: float | None) -> float | None:
    return round(value, 2) if value is not None else None


def _funding_words(r: SelfFunding, leaf: Leaf) -> tuple[str, str]:
    g = _fmt(r.grant_applied_wan)
    zh: list[str] = []
    en: list[str] = []
    if r.over_cap:
        zh.append(f"本方向最高资助{_fmt(r.grant_max_wan)}万元，按{g}万元计算")
        en.append(f"this direction grants at most {_fmt(r.grant_max_wan)}万元, so the figures "
                  f"use {g}万元")
    if r.under_floor:
        zh.append(f"注意本方向资助不少于{_fmt(r.grant_min_wan)}万元")
        en.append(f"note the grant here is at least {_fmt(r.grant_min_wan)}万元")
    s = _fmt(r.self_funding_wan)
    if r.rule == "ratio":
        zh.append(f"申请{g}万元资助，需自筹不少于{s}万元（自筹:资助 ≥ {_fmt(r.ratio)}:1），"
                  f"项目总投入约{_fmt(r.total_project_wan)}万元")
        en.append(f"for a {g}万元 grant you must put up at least {s}万元 of your own "
                  f"({_fmt(r.ratio)}× the grant), about {_fmt(r.total_project_wan)}万元 in total")
    elif r.rule == "conditional_ratio" and leaf.matching_condition:
        zh.append(MATCHING_LABELS[leaf.matching_condition].format(ratio=_fmt(r.ratio))
                  + "，不按资助总额折算")
        en.append(f"matching applies only in a stated case ({MATCHING_EN[leaf.matching_condition]}"
                  f" {_fmt(r.ratio)}× their share), so no amount is computed on the whole grant")
    elif r.rule == "percent_of_self":
        zh.append(f"资助按自筹经费的{_fmt(r.percent)}%核定，获得{g}万元需自筹不少于{s}万元")
        en.append(f"the grant is {_fmt(r.percent)}% of your own spending, so {g}万元 needs at "
                  f"least {s}万元 of your own")
    elif r.rule == "percent_of_spend":
        zh.append(f"按{r.percent_basis}的{_fmt(r.percent)}%补助，获得{g}万元需实际支出"
                  f"{_fmt(r.basis_amount_wan)}万元，其中自负{s}万元")
        en.append(f"the subsidy is {_fmt(r.percent)}% of the eligible cost, so {g}万元 means "
                  f"spending {_fmt(r.basis_amount_wan)}万元, {s}万元 of it your own")
    elif r.rule == "percent_cap_of_total":
        zh.append(f"资助不超过项目总投入的{_fmt(r.percent)}%，获得{g}万元需项目总投入不少于"
                  f"{_fmt(r.basis_amount_wan)}万元，即自筹不少于{s}万元")
        en.append(f"the grant may be at most {_fmt(r.percent)}% of the project budget, so {g}万元 "
                  f"needs a budget of at least {_fmt(r.basis_amount_wan)}万元, "
                  f"{s}万元 of it your own")
    elif r.rule == "percent_of_other":
        zh.append(f"按{r.percent_basis}的{_fmt(r.percent)}%给予，{g}万元对应"
                  f"{_fmt(r.basis_amount_wan)}万元")
        en.append(f"paid as {_fmt(r.percent)}% of {r.percent_basis}; {g}万元 corresponds to "
                  f"{_fmt(r.basis_amount_wan)}万元")
    elif r.rule == "total_investment_floor":
        zh.append(f"项目总投入不少于{_fmt(leaf.total_investment_min_wan)}万元，"
                  f"申请{g}万元资助需自筹不少于{s}万元")
        en.append(f"the project must invest at least {_fmt(leaf.total_investment_min_wan)}万元, "
                  f"so a {g}万元 grant needs at least {s}万元 of your own")
    else:
        zh.append("指南未规定自筹配套比例")
        en.append("the guideline sets no self-funding ratio")
    when_zh = "，或".join(dict.fromkeys(_TIMING[m][1] for m in r.funding_modes if m in _TIMING))
    when_en = ", or ".join(dict.fromkeys(_TIMING[m][2] for m in r.funding_modes if m in _TIMING))
    zh.append(f"资助{when_zh}" if when_zh else "拨付方式指南未说明")
    en.append(f"the grant is {when_en}" if when_en else
              "the guideline does not say when the grant is paid")
    if r.cash_before_grant_wan and "after_acceptance" in r.timing and "upfront" not in r.timing:
        zh.append(f"验收前需先垫付约{_fmt(r.cash_before_grant_wan)}万元")
        en.append(f"you advance about {_fmt(r.cash_before_grant_wan)}万元 before it arrives")
    zh_text = "；".join(zh) + "。"
    en_text = "; ".join(en)
    return zh_text, en_text[0].upper() + en_text[1:] + "."
