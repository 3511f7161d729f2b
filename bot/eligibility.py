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
- Conditions and verdicts are structure (kind, op, values, fact; a reason key and its values);
  bot.eligibility_words says them in a language at display time. The Chinese `label` and
  `reason` kept on them are that rendering, for the command line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any, Literal

from pydantic import BaseModel, Field, model_validator

from bot import eligibility_words as words
from bot.catalogue import fields as fx
from bot.catalogue.models import Leaf, MatchingCondition
from bot.catalogue.numbers import amount_to_wan, normalise

ApplicantKind = Literal["enterprise", "university", "institute", "hospital", "other"]
PlatformLevel = Literal["none", "city", "region", "national"]
LEVEL_RANK: dict[str, int] = {"none": 0, "city": 1, "region": 2, "national": 3}
ZH = words.ZH


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


class Part(BaseModel):
    """Something the profile cannot settle, named by kind (and the words of the text)."""

    kind: Literal["recognition", "platform_type", "scope", "legal_person", "agri", "text"]
    text: str = ""


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
    words: str | None = Field(
        default=None, description="what it asks, as a key under [elig.label]; None when the "
                                  "label is a clause of the requirement text itself")
    args: dict[str, Any] = Field(default_factory=dict)
    fact: str | None = None
    op: Op | None = None
    value: float | str | None = None
    values: list[str] = Field(default_factory=list)
    bands: list[RevenueBand] = Field(default_factory=list)
    amount_wan: float | None = None
    source: str
    label: str = Field(default="", description="what it asks, in Chinese (words.label says it "
                                               "in any language)")
    preference: bool = False
    checkable: bool = True
    unknown_parts: list[Part] = Field(default_factory=list)
    unknown_part: str | None = Field(default=None, description="unknown_parts in Chinese")
    alternative: str | None = None
    unknown_if: list[str] = Field(default_factory=list)
    enterprise_only: bool = False
    notes: list[str] = Field(default_factory=list, description="keys under [elig.note]")
    note: str | None = Field(default=None, description="notes in Chinese")
    applies_when: MatchingCondition | None = Field(
        default=None, description="a matching rule that binds only this case (see Leaf)")

    @model_validator(mode="after")
    def _chinese(self) -> Condition:
        """The Chinese label, open part and note, from the structure (the command line's and
        the tests' view; screens say them per language with bot.eligibility_words)."""
        if self.words is not None:
            self.label = words.label(self, ZH)
        if self.unknown_parts:
            self.unknown_part = words.parts(self.unknown_parts, ZH)
        if self.notes:
            self.note = words.notes(self.notes, ZH)
        return self

    def leaves_open(self, *found: Part) -> None:
        """Add what the profile cannot settle (keeping the Chinese text in step)."""
        self.unknown_parts = [*self.unknown_parts, *found]
        self.unknown_part = words.parts(self.unknown_parts, ZH)

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
    """The outcome of one condition for one profile, with the sentence it came from.

    Why it is so is kept as a key under [elig.reason] with its values (`why`, `args`), and
    `then` adds the part left to confirm or the alternative; `reason` is that in Chinese."""

    condition: Condition
    verdict: VerdictValue
    why: str
    args: dict[str, Any] = Field(default_factory=dict)
    then: Literal["confirm_part", "alternative"] | None = None
    reason: str = ""
    source: str = Field(description="the requirement sentence the condition was read from")

    @model_validator(mode="after")
    def _chinese(self) -> Verdict:
        self.reason = words.reason(self, ZH)
        return self


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
    """A condition whose label is a clause of the text, or (with `words=`) one said from its
    structure (then `label` is ignored: the Chinese is rendered from the structure)."""
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
    unknown: list[Part] = []
    recent = _RECENT.search(clause)
    if recent:
        unknown.append(Part(kind="recognition", text=recent.group(0)))
    noun = match["noun"]
    if noun not in _GENERIC_PLATFORM:
        unknown.append(Part(kind="platform_type", text=noun))
    notes = [key for key, said in (("in_principle", "原则上" in clause),
                                   ("in_construction", "在建" in clause)) if said]
    return [_cond(
        "platform_level", source, "", pref, words="platform",
        fact="platform_level", op="level_ge", value=low, unknown_parts=unknown, notes=notes,
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
    recent = _RECENT.search(clause)
    leader = _LEADER.search(clause)
    contradicted = not pref and open_lead and bool(_LEAD_IS.search(clause))
    return [_cond(
        "qualification", source, "", pref,
        words="qualification_pref" if pref else "qualification",
        fact=facts[0], op=op, values=facts,
        unknown_parts=[Part(kind="recognition", text=recent.group(0))] if recent else [],
        alternative="行业龙头企业" if leader else None,
        enterprise_only=contradicted,
        notes=["qual_if_enterprise_lead"] if contradicted else [],
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
    unknown: Part | None = None
    if "事业单位" in head and pref and "我市" not in head:
        return []  # 优先支持…的企事业单位: no kind is favoured
    if "企事业单位" in head:
        values = ["enterprise", "university", "institute", "hospital"]
        unknown_if = ["other"]
    elif "事业单位" in head:
        values = ["university", "institute", "hospital"]
        unknown_if = ["other"]
    elif re.search(r"农业企业|合作社", head):
        values, unknown_if, unknown = ["enterprise"], ["other"], Part(kind="agri")
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
            unknown = Part(kind="text", text=desc["d"]) if desc else None
    if not values:
        return []
    place = re.search(r"园区内|创新型县|驻[^高院科,，]{1,4}", head)
    if place and unknown is None:
        unknown = Part(kind="scope", text=place.group(0))
    said: dict[str, Any] = {"words": "applicant_kind_pref" if pref else "applicant_kind",
                            "args": {"top_hospital": "三甲医院" in head}}
    if values == ["other"]:
        body = re.search(r"科技\S{0,2}部门", head)
        said = {"words": "applicant_body", "args": {"body": body[0] if body else ""}}
    return [_cond("applicant_kind", source, "", pref, fact="applicant_kind", op="in",
                  values=values, unknown_if=unknown_if,
                  unknown_parts=[unknown] if unknown else [], **said)]


def _city(clause: str, source: str, pref: bool, ctx: _Ctx) -> list[Condition]:
    if not ctx.city_pattern.search(clause):
        return []
    unknown = [Part(kind="legal_person")] if "独立法人" in clause else []
    return [_cond("city_registered", source, "", pref, words="city",
                  fact="city", op="eq", value=ctx.city, unknown_parts=unknown)]


def _rd_spend(clause: str, source: str, pref: bool) -> list[Condition]:
    match = _RD_SPEND.search(clause)
    if match:
        amount = amount_to_wan(match.group(1), match.group(2))
        return [_cond("min_rd_spend", source, "", pref, words="rd_spend",
                      fact="rd_spend_wan", op="ge", value=amount,
                      enterprise_only="企业" in clause,
                      notes=["in_principle"] if "原则上" in clause else [])]
    if _RD_ANY.search(clause):
        return [_cond("min_rd_spend", source, "", pref, words="rd_any", fact="rd_spend_wan",
                      op="gt", value=0.0, enterprise_only=True)]
    return []


def _revenue(clause: str, source: str, pref: bool) -> list[Condition]:
    match = _REVENUE.search(clause)
    if not match or "研发强度" in clause:
        return []
    amount = amount_to_wan(match.group(1), match.group(2))
    return [_cond("min_revenue", source, "", pref, words="revenue",
                  fact="revenue_wan", op="ge", value=amount, enterprise_only=True,
                  notes=["output_value"] if "产值" in clause else [])]


def _lead(clause: str, source: str, pref: bool, ctx: _Ctx) -> list[Condition]:
    if pref:
        if _LEAD_PREF.search(clause) and not re.search(r"非企业|不限", clause):
            return [_cond("lead_enterprise", source, "", True, words="lead_pref",
                          fact="applicant_kind", op="eq", value="enterprise")]
        return []
    if _LEAD_REQ.search(clause):
        return [_lead_rule(source)]
    if _LEAD_IS.search(clause):
        if ctx.open_lead:
            return [_cond("lead_enterprise", source, "", False, words="lead_contradicted",
                          fact="applicant_kind", op="eq", value="enterprise",
                          checkable=False, notes=["lead_contradicted"])]
        return [_lead_rule(source)]
    return []


def _lead_rule(source: str) -> Condition:
    return _cond("lead_enterprise", source, "", False, words="lead", fact="applicant_kind",
                 op="eq", value="enterprise")


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
        out.append(_cond("rd_intensity_by_revenue", source, "", False, words="bands",
                         fact="rd_spend_wan", op="bands", bands=bands, enterprise_only=True))
        norm = _BAND.sub("", norm)
    else:
        single = _INTENSITY.search(norm)
        if single:
            pref = bool(PREF.search(norm[: single.start()]))
            out.append(_cond("rd_intensity_by_revenue", source, "", pref, words="intensity",
                             fact="rd_spend_wan", op="bands", enterprise_only=True,
                             bands=[RevenueBand(min_intensity_pct=float(single.group(1)))]))
            norm = norm[: single.start()] + norm[single.end():]
    if re.search(r"牵头(?:申报)?单位为[^。;；]*?各类企业(?!事)", norm):
        out.append(_lead_rule(source))
    elif re.search(r"牵头(?:申报)?单位为[^。;；]*?各类企事业单位", norm):
        out.append(_cond("applicant_kind", source, "", False, words="lead_unit_kinds",
                         fact="applicant_kind", op="in", unknown_if=["other"],
                         values=["enterprise", "university", "institute", "hospital"]))
    rule = fx.matching_rule(source)
    if rule is not None:
        out.append(_matching_condition(rule, source, ctx))
        kept = [c for c in _clauses(norm) if not _is_ratio_clause(c) and (
            _structured(c, source, False, ctx) or _DOCUMENT.search(c))]
        norm = "，".join(kept)
    return out, norm


def _matching_condition(rule: fx.Matching, source: str, ctx: _Ctx) -> Condition:
    """A matching rule; one that binds only some case keeps that case and gets no amount."""
    if rule.condition is not None:
        return _cond("matching_ratio", source, "", False,
                     words=f"matching_if.{rule.condition}", fact="can_self_fund_wan", op="ge",
                     value=rule.ratio, applies_when=rule.condition)
    amount = rule.ratio * ctx.grant_floor if ctx.grant_floor is not None else None
    return _cond("matching_ratio", source, "", False, words="matching", fact="can_self_fund_wan",
                 op="ge", value=rule.ratio, amount_wan=amount)


def _is_ratio_clause(clause: str) -> bool:
    return bool(re.search(r"配套|匹配|自筹|倍|\d\s*[:：]\s*\d|非企业牵头", clause))


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
        out = [_cond("other", raw, "", False, words="rd_statistics", fact="is_above_scale",
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
            if recent and not any(c.unknown_parts for c in found):
                found[0].leaves_open(Part(kind="text", text=recent.group(0)))
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
        out.append(_cond("min_rd_spend", source, "", False, words="rd_spend",
                         fact="rd_spend_wan", op="ge", value=leaf.min_rd_spend_wan))
    if leaf.enterprise_lead_only and "lead_enterprise" not in kinds and sentences:
        source = next((s for s in sentences if fx.enterprise_lead_only(s)), sentences[0])
        out.append(_lead_rule(source))
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


Said = tuple[VerdictValue, str, dict[str, Any]]  # verdict, key under [elig.reason], values
_INFO_REASONS = {"document": "document", "deliverable": "deliverable", "note": "note"}


def _check(c: Condition, p: Profile) -> tuple[Said, Literal["confirm_part", "alternative"] | None]:
    if c.kind in INFO_KINDS:
        return ("unknown", _INFO_REASONS[c.kind], {}), None
    if c.op == "applies_if":
        flag = getattr(p, c.fact or "", None)
        if flag is False:
            return ("met", "not_above_scale", {}), None
        return ("unknown", "confirm", {}), None
    if not c.checkable:
        if c.notes:
            return ("unknown", "notes", {"notes": c.notes}), None
        return ("unknown", "uncheckable_text", {}), None
    if c.enterprise_only and p.applicant_kind not in (None, "enterprise"):
        return ("met", "enterprise_only", {}), None
    if c.applies_when is not None:
        return _conditional_matching(c, p), None
    verdict, why, args = _compare(c, p)
    if verdict == "met" and c.unknown_parts:
        return ("unknown", why, args), "confirm_part"
    if verdict == "not_met" and c.alternative:
        return ("unknown", why, args), "alternative"
    return (verdict, why, args), None


def _compare(c: Condition, p: Profile) -> Said:
    if c.op == "bands":
        return _bands(c, p)
    if c.op in ("any_true", "all_true"):
        flags = [getattr(p, f) for f in c.values]
        named = {"facts": list(c.values), "all": c.op == "all_true"}
        if c.op == "any_true":
            if any(f is True for f in flags):
                return "met", "has_one_of" if len(flags) > 1 else "has_any", named
            if all(f is False for f in flags):
                return "not_met", "lacks", named
            return "unknown", "not_told_quals", named
        if all(f is True for f in flags):
            return "met", "has_any", named
        if any(f is False for f in flags):
            return "not_met", "needs_all", named
        return "unknown", "not_told_quals", named
    value = getattr(p, c.fact or "", None)
    if value is None:
        return "unknown", "not_given", {}
    if c.kind == "matching_ratio":
        return _matching(c, float(value))
    if c.op == "eq" and c.fact == "city":
        same = _city_key(str(value)) == _city_key(str(c.value))
        return ("met" if same else "not_met"), "city", {"city": str(value)}
    if c.op == "eq":
        return ("met" if value == c.value else "not_met"), "kind", {"kind": str(value)}
    if c.op == "in":
        if value in c.unknown_if:
            return "unknown", "kind_confirm", {"kind": str(value)}
        return ("met" if value in c.values else "not_met"), "kind", {"kind": str(value)}
    if c.op == "level_ge":
        ok = LEVEL_RANK[str(value)] >= LEVEL_RANK[str(c.value)]
        return ("met" if ok else "not_met"), "level", {"level": str(value)}
    if c.op in ("ge", "gt") and isinstance(c.value, float | int):
        number = float(value)
        ok = number >= c.value if c.op == "ge" else number > c.value
        return ("met" if ok else "not_met"), "amount", {"amount": number}
    return "unknown", "uncheckable", {}


def _conditional_matching(c: Condition, p: Profile) -> Said:
    """A matching rule for some case only: whether it binds this applicant, and never an
    amount on the whole grant."""
    kind = p.applicant_kind
    if c.applies_when == "other":
        return "unknown", "matching_other", {}
    if kind is None:
        return "unknown", "kind_not_given", {}
    if c.applies_when == "non_enterprise_lead":
        if kind == "enterprise":
            return "met", "matching_firm_lead", {}
        return "unknown", "matching_partners", {}
    if kind != "enterprise":
        return "unknown", "matching_if_firms", {}
    if p.can_self_fund_wan is None:
        return "unknown", "not_given", {}
    if p.can_self_fund_wan <= 0:
        return "not_met", "matching_share_none", {}
    ratio = float(c.value) if isinstance(c.value, float | int) else 1.0
    return "met", "matching_share_ok", {"have": p.can_self_fund_wan,
                                        "share": round(p.can_self_fund_wan / ratio, 2)}


def _bands(c: Condition, p: Profile) -> Said:
    rd, revenue = p.rd_spend_wan, p.revenue_wan
    if rd is None or revenue is None:
        return "unknown", "bands_need", {}
    if revenue <= 0:
        return "unknown", "bands_zero", {}
    intensity = rd / revenue * 100
    band = next((b for b in c.bands if b.contains(revenue)), None)
    if band is None:
        return "unknown", "bands_none", {}
    ok = intensity >= band.min_intensity_pct - 1e-9
    return ("met" if ok else "not_met"), "bands", {"intensity": intensity,
                                                   "pct": band.min_intensity_pct}


def _matching(c: Condition, can_fund: float) -> Said:
    if c.amount_wan is not None:
        ok = can_fund >= c.amount_wan
        return ("met" if ok else "not_met"), "matching_floor", {"need": c.amount_wan,
                                                                "have": can_fund}
    if can_fund <= 0:
        return "not_met", "matching_none", {}
    ratio = float(c.value) if isinstance(c.value, float | int) else 1.0
    return "met", "matching_ok", {"have": can_fund, "grant": round(can_fund / ratio, 2)}


def evaluate(conditions: Iterable[Condition], profile: Profile) -> list[Verdict]:
    """One verdict per condition: met, not_met, or unknown (fact missing or not checkable)."""
    out = []
    for c in conditions:
        (verdict, why, args), then = _check(c, profile)
        out.append(Verdict(condition=c, verdict=verdict, why=why, args=args, then=then,
                           source=c.source))
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
    advantages = sum(1 for v in verdicts if v.condition.preference and v.verdict == "met")
    return words.summary(met, total, unknown, advantages, lang)


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
_TIMING: dict[str, Timing] = {
    "前资助": "upfront", "事前资助": "upfront", "后补助": "after_acceptance",
    "事后补助": "after_acceptance", "分年拨付": "yearly", "里程碑式补助": "milestones",
    "奖补": "award", "贷款贴息": "interest",
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
    timing: list[Timing] = [_TIMING[m] for m in modes if m in _TIMING] or ["unknown"]
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
    result.zh, result.en = words.self_funding(result, leaf, ZH), words.self_funding(
        result, leaf, "en")
    return result


def _round(value: float | None) -> float | None:
    return round(value, 2) if value is not None else None
