"""Requirement prose → structured conditions, sentence by sentence (and from the fields the
parser already extracted). Nothing is guessed: a clause no profile can answer stays unchecked."""

from __future__ import annotations

import re
from typing import Any

from bot.catalogue import fields as fx
from bot.catalogue.models import Leaf
from bot.catalogue.numbers import amount_to_wan, normalise
from bot.eligibility.models import (
    INFO_KINDS,
    LEVEL_RANK,
    Condition,
    ConditionKind,
    Op,
    Part,
    RevenueBand,
)

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


