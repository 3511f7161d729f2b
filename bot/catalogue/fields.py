"""Pure extractors: one field sentence in, one structured value out (or None when not stated).

Each works on `numbers.normalise`d text so full-width digits and "150 万元" read the same.
Nothing is inferred: a value is returned only when a pattern that states it matches.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import NamedTuple

from bot.catalogue.models import MatchingCondition
from bot.catalogue.numbers import (
    AT_LEAST,
    AT_MOST,
    amount_to_wan,
    chinese_decimal,
    chinese_to_int,
    normalise,
    numeral_dates,
)

NUM = r"(\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)"
# 万 or 亿 before a measure word counts something else: 500万千瓦时, 10万亩, 2万人次, 千万级网格
MEASURE = r"(?![千瓦吨亩人平立台套件辆头只株公米次户条张册字克斤羽尾度份篇部级量像]|小时|kW|KW)"
UNIT = rf"(亿元|亿{MEASURE}|万元|万{MEASURE}|千元|元)"  # 千元 before 元: "1,500千元" is 150万
MONEY = NUM + r"\s*" + UNIT
MONEY_RE = re.compile(MONEY)
# Amounts that are not the grant: what the applicant spends, invests or earns.
NOT_GRANT = re.compile(
    r"自筹|配套|匹配|总投入|总投资|研发|研究开发|经费支出|销售|营业|产值|收入|投入"
    # (技术交易额实际支付不低于50万元, 登记认定额累计不低于500万元: a condition)
    r"|交易额|成交额|合同额|登记额|认定额|交易金额|成交金额|实际支付"
    r"|售价|单价|造价|价格")  # (装备单台（套）售价不低于500万元: what it sells for)
GRANT_WORD = re.compile(r"资助|补助|支持|奖励|奖补|补贴|财政|给予")
# 本专项共安排市级财政资金300万元，支持3项: a budget shared out, no project's grant
BUDGET = re.compile(r"共安排|总计安排|合计安排|预算总额|资金总额|总预算")
SENTENCE_SPLIT = re.compile(r"(?<=[。;；!?！？\n])")
PREFERENCE = re.compile(r"优先|鼓励|倾斜|择优")

FUNDING_MODES = ("前资助", "后补助", "分年拨付", "里程碑式补助", "事前资助", "事后补助",
                 "奖补", "贷款贴息")
MODE_ALIASES = {"分年度拨付": "分年拨付", "里程碑式资助": "里程碑式补助", "事前资助": "前资助",
                "事后补助": "后补助", "事后资助": "后补助", "以奖代补": "奖补", "事后奖补": "奖补"}


def sentences(text: str) -> list[str]:
    """Split on Chinese sentence ends, keeping the punctuation; empty pieces dropped. A line
    end is a sentence end only where the line ends one (see `unwrap`)."""
    return list(_sentences(text))


@lru_cache(maxsize=4096)  # (a field's text is split again by each rule that reads it)
def _sentences(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in SENTENCE_SPLIT.split(unwrap(text)) if part.strip())


# Where a line starts something new: a list item, a label's number, a bracket.
_LINE_START = re.compile(r"[(（\[【①-⑳]|\d{1,2}\s*[.、．)）]|[一二三四五六七八九十]+[、.．]"
                         r"|注\s*\d{0,2}\s*[:：]")  # 注：1.… starts a note of its own


def unwrap(text: str) -> str:
    """Text with hard-wrapped lines joined back into their sentences (…市财政资助资 / 金比例
    不低于2:1): a line runs on when it ends without a sentence end or colon and the next
    does not start a list item; table rows stay rows."""
    if "\n" not in text:
        return text
    out: list[str] = []
    for line in text.split("\n"):
        if out and _runs_on(out[-1], line):
            out[-1] = out[-1].rstrip(" \u3000") + line.lstrip(" \u3000")
        else:
            out.append(line)
    return "\n".join(out)


def _runs_on(previous: str, line: str) -> bool:
    end, start = previous.rstrip(" \u3000"), line.lstrip(" \u3000")
    if re.search(r"\d\s*[:：]$", end) and re.match(r"\d+(?:\.\d+)?(?!\s*[.、．)）]\S)", start):
        return "\t" not in previous and "\t" not in line  # 比例不低于1: ⏎ 1。 a ratio cut
    return (bool(end) and bool(start) and end[-1] not in "。;；!?！？:："
            and "\t" not in previous and "\t" not in line and not _LINE_START.match(start)
            and not _CAPTION.match(previous.lstrip(" \u3000")))  # 表1　… is a table's caption


_CAPTION = re.compile(r"(?:附\s*)?表\s*\d{1,2}(?![\d.])")


def _wan(number: str, unit: str) -> float | None:
    return amount_to_wan(number, unit)


# --------------------------------------------------------------------------- period

_PERIOD_RANGE = re.compile(NUM + r"\s*[-~至到]\s*" + NUM + r"\s*年")
_PERIOD_SINGLE = re.compile(NUM + r"\s*(?:个)?\s*(年半?|个月)")  # 一年半: 1.5
# 730个日历天 / 540天: a period counted in days (a working day's 5个工作日 is a deadline's)
_PERIOD_DAYS = re.compile(r"(?<![\d.])(\d{2,4})\s*个?\s*(?:日历)?天")
MIN_PERIOD_DAYS = 90
# 执行周期：为104周 / 78周: a period counted in weeks (a year 52 of them)
_PERIOD_WEEKS = re.compile(r"(?<![\d.])(\d{2,3})\s*个?\s*(?:星期|周)(?![年岁])")
MIN_PERIOD_WEEKS = 13
_DATE = r"(\d{4})\s*(?:年\s*(\d{1,2})\s*月|[./](\d{1,2}))(?:\s*(?:\d{1,2}\s*日|[./]\d{1,2}))?"
_DATE_RANGE = re.compile(_DATE + r"\s*(?:[-~至到]|起至|起到)\s*" + _DATE)
# (2022年度—2023年度: the years named as budget years)
_YEAR_RANGE = re.compile(
    r"((?:19|20)\d{2})\s*(?:年度?)?\s*(?:[-~至到])\s*((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)")
_YEARS_ADDED = re.compile(r"(?<![\d.])(\d)\s*\+\s*(\d)\s*年")
_CALENDAR_YEAR = re.compile(r"(?:19|20)\d{2}\s*年(?:度|\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?")


def to_number(word: str) -> float | None:
    """"3" → 3.0, "三" → 3.0; None when the word is no number."""
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)
    if "点" in word:  # 一点五 → 1.5
        return chinese_decimal(word)
    value = chinese_to_int(word)
    return float(value) if value is not None else None


_to_number = to_number


# 执行期：2010年 / 实施期限为2026年度: a period that is one calendar year, said alone
_ONE_YEAR = re.compile(r"\s*(?:[\u4e00-\u9fff]{2,6}\s*(?:[:：]|为)\s*)?(?:19|20)\d{2}\s*年度?"
                       r"\s*[。.；;]?\s*")


# 项目自2026年7月起实施，须于2028年6月底前完成: the range from its start to its end
START_THEN_END = re.compile(r"自\s*(?P<start>\d{4}\s*年\s*\d{1,2}\s*月)\s*(?:\d{1,2}\s*日)?起?"
                             r"(?:实施|执行|开始)?[,，]\s*(?:须|应|要)?(?:于|在)\s*"
                             r"(?P<end>\d{4}\s*年\s*\d{1,2}\s*月)(?:底|末)?\s*(?:前|之前|以前)?"
                             r"(?:完成|结束|结题|验收)")


_QUARTERS = re.compile(r"(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*个季度")
_QUARTER_RANGE = re.compile(r"(?P<y1>\d{4})\s*年(?:度)?\s*第?(?P<q1>[一二三四1-4])\s*季度\s*"
                            r"(?:至|到|—|-|~)\s*"
                            r"(?P<y2>\d{4})\s*年(?:度)?\s*第?(?P<q2>[一二三四1-4])\s*季度")


def _quarters_as_months(match: re.Match[str]) -> str:
    """2023年第三季度至2025年第二季度 → 2023年7月至2025年6月: the first quarter's first month,
    the last quarter's last."""
    first, last = ("一二三四".find(match["q1"]) + 1 or int(match["q1"]),
                   "一二三四".find(match["q2"]) + 1 or int(match["q2"]))
    return f"{match['y1']}年{first * 3 - 2}月至{match['y2']}年{last * 3}月"


# 2个银耳栽培周期（每个栽培周期按9个月计）: a count of cycles, each given its months
_CYCLES = re.compile(r"(?P<n>\d{1,2}|[一二两三四五六])\s*个[\u4e00-\u9fff]{0,6}?周期\s*[(（]"
                     r"\s*每个?[\u4e00-\u9fff]{0,6}?周期(?:按|为|约)?\s*(?P<months>\d{1,2})\s*个月"
                     r"(?:计|计算)?\s*[)）]")


@lru_cache(maxsize=4096)  # (the same plan's text asked once per leaf under it)
def period_years_max(text: str | None) -> float | None:
    """Longest period stated: "2-3年" → 3, "不超过3年" → 3, "18个月" → 1.5, and a date range
    "2026年7月—2029年6月" or "2026.07-2028.06" by its months (36 → 3); calendar years such as
    2029年 are dates, never durations."""
    if not text:
        return None
    norm = numeral_dates(normalise(text))
    if "季度" in norm:  # 6个季度, 2023年第三季度至2025年第二季度: quarters, as months
        norm = _QUARTER_RANGE.sub(_quarters_as_months, norm)
        norm = _QUARTERS.sub(lambda m: f"{int(to_number(m[1]) or 0) * 3}个月", norm)
    norm = START_THEN_END.sub(r"\g<start>至\g<end>", _WAS_BEFORE.sub("", norm))
    if "周期" in norm:  # 2个银耳栽培周期（每个栽培周期按9个月计）: the cycles, as months
        norm = _CYCLES.sub(lambda m: f"{int(to_number(m['n']) or 0) * int(m['months'])}个月", norm)
    if "不" in norm:  # 18个月（本方向不按2年执行）: the period that does not apply, no period
        norm = _NOT_APPLIED.sub("", norm)
    if "+" in norm:  # 1+1年: a year, then one more once the midterm review is passed
        norm = _YEARS_ADDED.sub(lambda m: f"{int(m[1]) + int(m[2])}年", norm)
    best: float | None = None
    for match in _DATE_RANGE.finditer(norm):
        start_y, start_m = int(match.group(1)), int(match.group(2) or match.group(3))
        end_y, end_m = int(match.group(4)), int(match.group(5) or match.group(6))
        months = (end_y - start_y) * 12 + end_m - start_m + 1
        if 0 < months <= 120:
            best = max(best or 0, round(months / 12, 2))
    norm = _DATE_RANGE.sub(" ", norm)
    for match in _YEAR_RANGE.finditer(norm):  # 2026年—2027年: both calendar years count
        years = float(int(match.group(2)) - int(match.group(1)) + 1)
        if 0 < years <= 10:
            best = max(best or 0, years)
    if best is None and _ONE_YEAR.fullmatch(norm):  # 执行期：2010年 — that calendar year
        return 1.0
    norm = _CALENDAR_YEAR.sub(" ", _YEAR_RANGE.sub(" ", norm))
    ranged: float | None = None
    for match in _PERIOD_RANGE.finditer(norm):
        high = to_number(match.group(2))
        if high is not None:
            ranged = max(ranged or 0, high)
    if ranged is not None:
        return max(best or 0, ranged)
    for match in _PERIOD_SINGLE.finditer(norm):
        value = to_number(match.group(1))
        if value is None:
            continue
        years = value / 12 if match.group(2) == "个月" else value + (
            0.5 if match.group(2) == "年半" else 0)
        best = max(best or 0, years)
    for match in _PERIOD_DAYS.finditer(norm) if best is None and "天" in norm else ():
        if int(match.group(1)) >= MIN_PERIOD_DAYS:
            best = max(best or 0, round(int(match.group(1)) / 365, 2))
    for match in _PERIOD_WEEKS.finditer(norm) if best is None and "周" in norm else ():
        if int(match.group(1)) >= MIN_PERIOD_WEEKS:
            best = max(best or 0, round(int(match.group(1)) / 52, 2))
    return best


# --------------------------------------------------------------------------- funding


@dataclass
class Funding:
    """What a funding sentence states; every field stays None/empty unless the text says it."""

    min_wan: float | None = None
    max_wan: float | None = None
    percent: float | None = None
    percent_basis: str | None = None
    percent_cap: float | None = None
    tiers_wan: list[float] = field(default_factory=list)
    total_investment_min_wan: float | None = None
    announced_later: bool = False
    firm_led: tuple[float | None, float | None] | None = None  # (min, max) when a firm leads


# 企业牵头的…；高校、科研院所牵头的… / 企业牵头：80～120万元；高校、科研院所牵头：40～60万元: the
# grant said apart for each kind of lead
_LEAD_CASE = re.compile(
    r"(?P<who>企业|高校、?科研院所|高等院校|高校|科研院所|院所|其他单位|非企业单位|事业单位"
    r"|医疗卫生机构)[^，,；;。:：\d]{0,6}?牵头(?:的|项目)?\s*[:：，,]?")


def _by_lead(norm: str, result: Funding) -> None:
    """Amounts said apart by who leads: the grant spans them all (any may lead), and what a
    firm-led project gets is kept for a direction only a firm may lead."""
    cases = list(_LEAD_CASE.finditer(norm))
    if len(cases) < 2:
        return
    read: dict[str, Funding] = {}
    for case, following in zip(cases, [*cases[1:], None], strict=True):
        said = norm[case.end():following.start() if following else len(norm)]
        funding = Funding()
        _read_range(said, funding)
        _read_caps(said, funding)
        if funding.max_wan is not None:
            read["firm" if case["who"] == "企业" else case["who"]] = funding
    if len(read) < 2 or "firm" not in read:
        return
    maxes = [f.max_wan for f in read.values() if f.max_wan is not None]
    mins = [f.min_wan for f in read.values()]
    result.max_wan = max(maxes)
    result.min_wan = min(m for m in mins if m is not None) if None not in mins else None
    result.firm_led = (read["firm"].min_wan, read["firm"].max_wan)


_CAP = re.compile(
    r"(?:不超过|不高于|不多于|最高(?:不超过|可达|可获得?)?|最多|上限(?:提高|调整|提升|放宽)?(?:至|为|到)?|至多|≤|<=|控制在"
    r"|封顶(?:为)?)\s*"  # …的20%给予资助，封顶30万元
    # (每家最高贴息20万元, 最高兑付5万元, 最高奖补30万元)
    r"(?:补助|资助|支持|奖励|奖补|给予|贴息|补贴|兑付|兑现)?\s*"
    r"(?:可以?(?:达到?|到|获得?))?\s*"  # (单个项目最高补助可以到40万元: said aloud)
    + MONEY
)
# 50万元（含）以内, 以40万元为限
_CAP_AFTER = re.compile(MONEY + r"\s*(?:\(含\))?\s*(?:以内|以下|封顶|为限)")
_FLOOR = re.compile(r"(?:不少于|不低于|最低|至少|≥|>=)\s*" + MONEY)
_RANGE = re.compile(NUM + r"\s*" + UNIT + r"?\s*[-~至到]\s*" + MONEY)
_PER = r"(?:/(?:家|项|个))?"
_TIERS = re.compile(MONEY + _PER + r"(?:\s*[、,，和或及]\s*" + MONEY + _PER + r")+")
_FIXED = re.compile(
    r"(?:给予|资助|补助|奖补|奖励|支持|补贴|每个项目|单个项目|每项|每家|单项)(?:一次性|定额)?(?:给予)?"
    r"(?:(?:依托|该|申报|承担|牵头)?(?:企业|单位|机构)(?:一次性)?)?"  # 给予依托企业30万元奖励
    r"(?:(?:经费|资金)?(?:额度|金额|标准)(?:为|是)?)?"  # 每项经费额度10万元
    # 给予以奖代补5万元 (给予以奖代补资金一次性10万元; not 兑现奖补资金210万元, a year's total)
    r"(?:以奖代补(?:资金)?(?:一次性)?|事后补助|后补助|奖励|补助|奖补|资助|支持|补贴)?\s*" + MONEY
    + r"(?!\s*(?:以上|以内|以下))"
)
_TABLE_AMOUNT = re.compile(r"\t\s*" + MONEY + r"\s*$")
_PERCENT = re.compile(
    r"按(?:照)?(?P<basis>[^,，。;；%]{0,30}?)的?\s*(?P<pct>\d+(?:\.\d+)?)\s*%\s*(?:给予|进行)?"
    r"(?:补助|资助|奖励|支持|补贴|给予)?"
)
_PERCENT_CAP = re.compile(
    r"(?:不超过|不高于)\s*(?P<basis>[^,，。;；\d]{0,12}?)的?\s*(?P<pct>\d+(?:\.\d+)?)\s*%"
)
_TOTAL = re.compile(
    r"(?:项目)?总投(?:入|资)[^,，。;；\d]{0,8}?(?:不少于|不低于|在|达到)?\s*" + MONEY + r"(?:以上)?"
)
LATER = re.compile(r"另行通知|另行发布|另行公布|以(?:后续|正式|具体)?通知为准")


CHANGED_FROM = re.compile(r"由(?:上年度|上一年度|去年|原)?的?[^。；;，,由]{0,16}?\d"
                          r"[^。；;，,]{0,12}?(?:调整|提高|降低|提升|下调|上调|变更|增加|减少)(?:为|至|到)")


# 按…的20%核定，核定额与80万元两者取其低值: the lower of a share and a sum — the sum a cap
_LOWER_OF = re.compile(r"(?:与|和|同)(?P<amount>\d+(?:\.\d+)?\s*(?:万元|元|亿元))"
                       r"(?:两者|二者)?(?:中)?(?:取|按)(?:其)?(?:较)?(?:低|小)(?:值|者)?")


# 最高给300万元 / 最多补50万元 / 最高能拿到20万元: a cap said aloud, its verb between
# (最多可获县财政资助40万元: a cap, what grants it between)
# (最少给20万元，最多给到50万元: a floor and a cap said aloud — read as 最低… 最高…)
SPOKEN_CAP = re.compile(r"(?P<word>最高|最多|最少|最低)"
                        r"(?:给到?|补|奖|发|能拿到?|可拿到?|能给|可以给|可获得?[^\d，,。；;]{0,10}?)?(?=\s*\d)")


# 首次认定 / 新入库 / 新近获批 / 重新通过备案: a standing newly won, which award items name
NEWLY_WON = r"(?:首次|新|新近|重新)(?:通过)?(?:认定|入库|获批|入选|备案|评为|获评)"


# 定额补10万 / 县里奖你20万 / 重新认定的奖5万: a grant's verb said as one word (奖 for 奖励,
# 补 for 补助; not the 补 of 奖补)
_SAID_VERB = re.compile(r"(?:(?:(?<=[的里])|(?<=以[上下]))(?P<verb>[奖补])|(?<=定额)补)(?:你|您)?"
                        r"(?=\s*\d+(?:\.\d+)?\s*万)")


def _said_plainly(found: re.Match[str]) -> str:
    """The bound a spoken cap or floor names, without its verb (最少给 → 最低)."""
    return "最低" if found["word"] == "最少" else found["word"]


# …同一年度获得的奖补资金合计不超过100万元: a bound on all the awards one firm takes together
_TOTAL_CAP = re.compile(r"[^。；;，,\n]*(?:同一|每家|每个)(?:企业|单位|申报单位)"
                        r"[^。；;，,\n]{0,24}?(?:合计|共计|总计|累计)(?:不超过|不得超过|不高于|最高)"
                        r"[^。；;，,\n]*")


# ≥20.00且≤50.00（万元） / ≤80.00万元: an application system's bounds on the amount asked for
_BOUND_UNIT = r"\s*(?:[(（]\s*万元\s*[)）]|万元)"
_BOUNDED = re.compile(rf"[{AT_LEAST}]\s*=?\s*(?P<lo>\d+(?:\.\d+)?)\s*(?:万元)?"
                      r"\s*(?:且|并且|,|，|、)?\s*"
                      rf"[{AT_MOST}]\s*=?\s*(?P<hi>\d+(?:\.\d+)?)" + _BOUND_UNIT)
_BOUND_ABOVE = re.compile(rf"(?<![\d.])[{AT_MOST}]\s*=?\s*(?P<hi>\d+(?:\.\d+)?)" + _BOUND_UNIT)


def _plain(figure: str) -> str:
    """20.00 as 20, 12.50 as 12.5: a figure as a person writes it."""
    return figure.rstrip("0").rstrip(".") if "." in figure else figure


# 榜单金额60万元（由发榜企业与揭榜方签约后支付） / 榜单金额80万元，由发榜单位支付给揭榜方: what
# the firm posting a 榜单 pays the solver, no grant of the bureau's
_SPONSOR_PAYS = re.compile(r"榜单(?:金额|总额|额度)\s*[:：]?\s*\d[\d.,]*\s*万?元\s*[(（,，]?\s*"
                           r"(?:由|系)(?:发榜|出榜)(?:企业|单位|方)[^。；;()（）]{0,20}?"
                           r"(?:支付|出资|承担|拨付)[^。；;()（）]{0,8}[)）]?")


_BRACKETED_RANGE = re.compile(
    r"\[\s*(?P<lo>\d+(?:\.\d+)?)\s*,\s*(?P<hi>\d+(?:\.\d+)?)\s*\]\s*(?P<unit>万元|元)"
    r"|(?<![\d.])(?P<lo2>\d+(?:\.\d+)?)\s*[-~—至到]\s*(?P<hi2>\d+(?:\.\d+)?)\s*\(\s*(?P<unit2>万元|元)\s*\)")


def _range_said(match: re.Match[str]) -> str:
    lo, hi = match["lo"] or match["lo2"], match["hi"] or match["hi2"]
    unit = match["unit"] or match["unit2"]
    return f"{lo}{unit}至{hi}{unit}"


def parse_funding(text: str | None) -> Funding:
    """Structured funding from the raw funding sentence(s); amounts the applicant spends,
    invests or earns (自筹, 总投入, 研发投入, 销售收入) are kept apart from the grant.

    A copy of what is remembered: a plan's funding sentence is read for every leaf under it
    (fifteen times over, on average), and a caller may set its leaf's amounts on the result."""
    read = _read_funding(text, MATCH_APART.get())
    return replace(read, tiers_wan=list(read.tiers_wan))


@lru_cache(maxsize=4096)
def _read_funding(text: str | None, match_apart: bool) -> Funding:
    result = Funding()
    if not text:
        return result
    norm = normalise(unwrap(text))  # 不超\n过30万元: a PDF's hard wrap inside the cap
    # 由上年度的每项20万元调整为每项30万元: last year's amount is no longer the grant
    norm = CHANGED_FROM.sub("", _WAS_BEFORE.sub("", norm))  # (修订，原为20～40万元): no more
    # ≥20.00且≤50.00（万元）: a system's bounds; 申请财政资金≤80.00万元: its cap
    norm = _BOUNDED.sub(lambda m: f"{_plain(m['lo'])}万元至{_plain(m['hi'])}万元", norm)
    norm = _BOUND_ABOVE.sub(lambda m: f"不超过{_plain(m['hi'])}万元", norm)
    # [20,40]万元/项 (an interval, its bounds in brackets) / 15—25（万元） (the unit after them)
    norm = _BRACKETED_RANGE.sub(_range_said, norm)
    norm = _SPONSOR_PAYS.sub("", norm)  # 榜单金额60万元（由发榜企业…支付）: the firm's money
    norm = _INSTALMENTS.sub("", norm)  # 20万元（2019年拨付12万元，2020年拨付8万元）: its parts
    norm = _YEAR_PAID.sub("", norm)  # 10万元，…第一年拨付6万元，第二年拨付4万元: the same
    norm = _NOT_APPLIED.sub("", norm)  # 不超过80万元（…不执行本计划20万元—50万元的标准）
    norm = _LOAN_SIZE.sub("", norm)  # （单户贷款额度最高1000万元）: the loan's, no grant
    if "计" in norm:  # 注：同一企业…奖补资金合计不超过100万元: all a firm's awards' cap
        totalled = _TOTAL_CAP.sub("", norm)
        if totalled != norm and MONEY_RE.search(totalled):
            norm = totalled
    norm = _UNIT_RATE.sub("", norm)  # 每亩补助200元: a rate per unit of area, no project's grant
    norm = _LOWER_OF.sub(r"，最高不超过\g<amount>", norm)  # 核定额与80万元两者取其低值: a cap
    norm = SPOKEN_CAP.sub(_said_plainly, norm)  # 最高给300万元 / 最少给20万元: said aloud
    norm = _FLOOR_UP.sub(r"最低\g<amount>", norm)  # 15万元起，最高25万元: its floor
    norm = re.sub(r"保底\s*(?=\d)", "最低", norm)  # (封顶30万元，保底5万元: its floor)
    norm = _SAID_VERB.sub(lambda m: "奖励" if m["verb"] == "奖" else "补助", norm)  # 定额补
    if not match_apart:
        norm = _TWO_LEVELS.sub(_summed, norm)  # 市级资助20万元，旗县配套10万元: 30万元 in all
    result.announced_later = bool(LATER.search(norm))
    total = _TOTAL.search(norm)
    if total:
        result.total_investment_min_wan = _wan(total.group(1), total.group(2))
        norm = norm[: total.start()] + norm[total.end():]  # its floor is not a grant floor
    norm = _without_bands(norm, result)
    _read_range(norm, result)
    _read_caps(norm, result)
    _by_lead(norm, result)
    _read_percent(norm, result)
    _read_kind_tiers(norm, result)
    _read_yearly(norm, result)
    _read_stages(norm, result)
    _read_base_and_float(norm, result)
    raised = _RAISED.search(norm)  # 奖励30万元；依托单位为规上企业的，奖励提高至50万元
    if raised and result.max_wan is not None:
        higher = _wan(raised.group(1), raised.group(2))
        if higher is not None and higher > result.max_wan:
            result.min_wan = result.min_wan if result.min_wan is not None else result.max_wan
            result.max_wan = higher
    return result


# 每项市级资助20万元，旗县配套10万元 / 市财政支持：不超过500万元，所在区配套300万元: one
# project's grant from two levels of government, the lower one matching the upper's — the
# project gets both, so its grant is their sum (a cap where either part is one)
_TWO_LEVELS = re.compile(
    r"(?P<first>(?:(?:市|省|自治区|州|盟)级?(?:财政)?(?:资助|支持|补助|补贴)(?:资金)?[:：]?"
    r"[^。；;，,\d]{0,4}?)?)(?P<a_cap>不超过|最高|最多)?\s*(?P<a>\d+(?:\.\d+)?)\s*万元"
    r"\s*[，,、]\s*(?:项目)?(?:所在)?(?:旗县|县区|区县|县\(市、区\)|县\(区\)|县|区|旗)(?:级|区|县)?"
    r"(?:财政)?配套(?:资金)?[^。；;，,\d]{0,4}?(?P<b_cap>不超过|最高|最多)?\s*(?P<b>\d+(?:\.\d+)?)\s*万元")


# …县区配套部分由所在县（市、区）财政落实，不列入市级科技计划项目合同资助金额: a document that
# counts only the upper level's part as the grant (set while it is parsed)
MATCH_APART: ContextVar[bool] = ContextVar("MATCH_APART", default=False)
MATCH_NOT_COUNTED = re.compile(r"配套[^。\n]{0,40}?(?:不计入|不列入|不纳入|不属于)")


def _summed(levels: re.Match[str]) -> str:
    before = levels.string[:levels.start()]
    clause = before[max(before.rfind(mark) for mark in "。；;，,") + 1:]
    if NOT_GRANT.search(clause + levels["first"]) or re.search(r"不低于|不少于", levels[0]):
        # (企业自筹不低于100万元，区配套…: the applicant's own money; 县区配套不低于30万元: a
        # floor for the match, no sum of what a project gets)
        return levels[0]
    total = float(levels["a"]) + float(levels["b"])
    return f"{levels['first']}{'不超过' if levels['a_cap'] or levels['b_cap'] else ''}{total:g}万元"


# 赛马制: 首期每项支持30万元；中期评估后择优追加支持不超过50万元 / …单个项目累计不超过75万元
_STAGE_FIRST = re.compile(r"首期(?:每项|按)?[^。；;，,\d]{0,8}?" + MONEY)
_STAGE_MORE = re.compile(r"(?:追加|再|后续|继续)(?:支持|资助|补助|给予)?[^。；;，,\d]{0,6}?"
                         r"(?:不超过|最高)?\s*" + MONEY)
_STAGE_TOTAL = re.compile(r"累计(?:支持|资助|补助)?(?:不超过|最高(?:不超过)?)\s*" + MONEY)
# 基础资助20万元；验收…优秀的给予绩效奖励20万元，良好的给予10万元 / 每名…给予基础补助2万元: a
# base every project gets, and a bonus by grade at acceptance on top of it
_BASE = re.compile(r"基础(?:资助|补助|支持|奖补)(?:资金|经费)?[:：]?(?:每项|每个|每名|每家)?"
                   r"[^。；;，,\d]{0,6}?" + MONEY)
_BONUS = re.compile(r"(?<!不设)(?<!没有)(?<!无)绩效(?:奖励|补助|奖补)(?:资金|经费)?[:：]?"
                    r"(?P<grades>[^。；;]*)")


def _read_stages(norm: str, result: Funding) -> None:
    """A grant paid in stages, the later ones only for those chosen at a review (or a base and
    a bonus by grade at acceptance): the first stage is the least a project gets, the sum (or
    the 累计 cap said) the most."""
    first = _STAGE_FIRST.search(norm) or _BASE.search(norm)
    if first is None:
        return
    more = _STAGE_MORE.search(norm, first.end())
    total = _STAGE_TOTAL.search(norm, first.end())
    bonus = _BONUS.search(norm, first.end())
    grades = [amount for amount in (_wan(*found.groups()) for found in
                                    MONEY_RE.finditer(bonus["grades"])) if amount is not None
              ] if bonus else []
    if more is None and total is None and not grades:
        return
    low = _wan(first.group(1), first.group(2))
    if low is None:
        return
    high = _wan(total.group(1), total.group(2)) if total else None
    if high is None and grades:
        high = low + max(grades)  # the top grade's bonus on top of the base
        # (what a project gets by grade, the base alone the least: no bonus as a tier of its own)
        result.tiers_wan = sorted({low, *(low + grade for grade in grades)}, reverse=True)
    elif high is None and more is not None:
        added = _wan(more.group(1), more.group(2))
        high = low + added if added is not None else None
    if high is not None and high >= low:
        result.min_wan, result.max_wan = low, high


# 不超过30万元（修订，原为20～40万元）: what it said before a revision, no longer its terms
_WAS_BEFORE = re.compile(r"[(（]\s*(?:修订|修改|调整)?\s*[，,:：]?\s*原(?:为|定为|标准为|规定为)"
                         r"[^()（）]{1,30}[)）]")
# 15万元起，最高25万元 / 20万元起步: the least a project gets, said as where it starts
_FLOOR_UP = re.compile(r"(?<![最不低少\d.])(?P<amount>" + MONEY + r")\s*起(?:步)?(?![至到止])")
# 基数为25万元，…上浮，上浮比例最高不超过20% / 基数40万元＋浮动部分最高40万元: a base every
# project gets and a float on top of it, capped by a share of the base or an amount
_BASE_SUM = re.compile(r"基数(?:资助|补助|部分)?(?:为|是)?[:：]?\s*" + MONEY)
_FLOAT_SHARE = re.compile(r"(?:上浮|浮动)(?:比例|幅度)?(?:最高|最多)?(?:不超过|不高于)?\s*"
                          r"(?P<share>\d+(?:\.\d+)?)\s*%")
_FLOAT_SUM = re.compile(r"(?:浮动|上浮)(?:部分|资金|金额)?[^。；;，,\d%]{0,6}?"
                        r"(?:最高|最多|不超过)\s*" + MONEY)


def _read_base_and_float(norm: str, result: Funding) -> None:
    """A grant of a base and a float on top of it: the base the least a project gets, the base
    and the most the float adds the most."""
    base = _BASE_SUM.search(norm)
    if base is None or (low := _wan(base.group(1), base.group(2))) is None:
        return
    share = _FLOAT_SHARE.search(norm, base.end())
    added = _FLOAT_SUM.search(norm, base.end())
    extra = low * float(share["share"]) / 100 if share else \
        _wan(added.group(1), added.group(2)) if added else None
    if extra is not None:
        result.min_wan, result.max_wan = low, round(low + extra, 4)


# 第一年拨付6万元 / 首期拨付…: an instalment of the grant said before, no grant of its own
_YEAR_PAID = re.compile(r"(?:第[一二三四五\d]年(?:度)?|首期|二期|中期|末期)拨付?\s*" + MONEY)
# an amount's instalments in brackets after it: how the grant is paid, not other grants
_INSTALMENTS = re.compile(r"(?<=元)\s*[(（][^()（）]{0,40}?(?:拨付|支付|到位)[^()（）]{0,40}[)）]")
# a bracket naming the standard that does not apply here: its amounts are no grant of this one
_NOT_APPLIED = re.compile(r"[(（][^()（）]{0,30}?(?:不执行|不适用|不按)[^()（）]{0,40}[)）]"
                          # 本方向不执行本专项20万—40万元的支持强度，…: a clause saying so
                          r"|(?:本方向|本项目|本课题)?(?:不执行|不适用|不按)[^，,。；;]{0,30}?"
                          # (…缩短为1年，不适用本专项2年的统一口径: the rule it sets aside)
                          # (…，不适用本专题150—300千元的区间: the range it sets aside)
                          r"(?:标准|强度|额度|口径|规定|要求|区间|范围)[，,；;]?")
# 每亩补助200元 / 每头奖励50元: a rate per mu or head — what a project gets is the rate times
# its size, which the text leaves to be counted
_UNIT_RATE = re.compile(r"(?:按)?每(?:亩|平方米|平米|头|只|羽|吨|千瓦时?|株|箱|立方米|公斤|斤)"
                        r"[^，,。；;\d]{0,6}?" + MONEY)
# 业务贷款（单户贷款额度最高1000万元）, 授信额度不超过500万元: what a bank lends the firm (the
# grant is the interest paid on it)
_LOAN_SIZE = re.compile(r"(?:单户|单笔|每户|每笔)?(?:贷款|借款|授信|融资)(?:额度|金额|规模)"
                        r"[^，,。；;()（）\d]{0,8}?" + MONEY)
# (…；经…审定，资助额度最高可达0.1亿元: the most a project may get, beyond the usual range)
_RAISED = re.compile(r"(?:提高至|提高到|增加至|增加到|上浮至|最高可达|最高可至)\s*" + MONEY)


# 每年补助10万元，连续支持3年 / 每年50万元，支持2年: one project's grant is the years' sum
_YEARLY = re.compile(r"每年(?:度)?(?:补助|资助|支持|给予)?[^,，。;；\d]{0,4}?" + MONEY
                     + r"[^。;；]{0,6}?(?:连续(?:支持|资助|补助)?|支持|资助|补助)\s*" + NUM
                     + r"\s*年")


# 每年给予100万元（共计300万元）: the years' sum said outright
_YEARLY_TOTAL = re.compile(r"每年(?:度)?[^。;；\d]{0,6}?" + MONEY
                           + r"\s*[(（]?\s*(?:共计|合计|累计)\s*" + MONEY)


# 第一年40万元，第二年30万元，第三年30万元: a grant budgeted year by year
# 第一年资助40万元，第二年… / 分年度资助计划：2025年资助40万元，2026年资助30万元: a year each
_PER_YEAR = re.compile(r"(?:第[一二三四五六七八九十\d]{1,2}年(?:度)?\s*(?:资助|支持|补助|安排)?"
                       r"|(?<!\d)20\d{2}\s*年(?:度)?\s*(?:资助|拨付|支持|补助|安排)(?:资金|经费)?)"
                       r"\s*(?P<cap>不超过|最高|最多)?\s*" + MONEY)


def _read_yearly(norm: str, result: Funding) -> None:
    budgets = list(_PER_YEAR.finditer(norm))
    amounts = [_wan(m.group(2), m.group(3)) for m in budgets]
    if len(budgets) >= 2 and None not in amounts:
        summed = round(sum(a for a in amounts if a is not None), 4)
        result.max_wan = summed  # the years' sum; a floor only when every year is fixed
        result.min_wan = None if any(m["cap"] for m in budgets) else summed
        result.tiers_wan = []  # (the years' parts of one grant, no tiers to choose among)
        return
    total = _YEARLY_TOTAL.search(norm)
    if total is not None:
        yearly = _wan(total.group(1), total.group(2))
        summed_said = _wan(total.group(3), total.group(4))
        if summed_said is not None and result.max_wan in (None, yearly, summed_said):
            result.max_wan = result.min_wan = summed_said
        return
    match = _YEARLY.search(norm)
    years = to_number(match.group(3)) if match else None
    amount = _wan(match.group(1), match.group(2)) if match else None
    if amount is not None and years and result.max_wan in (None, amount):
        result.max_wan = round(amount * years, 4)
        result.min_wan = result.max_wan if result.min_wan in (None, amount) else result.min_wan


# 重点项目资助不超过150万元，一般项目资助50万元: a grant per kind of project, each a tier
_LEVEL = r"(?:国家|省|自治区|市|州|县|区)级"
_KIND_AMOUNT = re.compile(r"(?P<kind>[\u4e00-\u9fff]{2,4}项目"
                          r"|[\u4e00-\u9fff]{2,10}?(?:实验室|中心|团队|平台|基地|机构)"
                          # (国家级…的项目补助30万元，省级20万元，市级10万元: by the list's level)
                          rf"|{_LEVEL})[^,，。;；\d]{{0,8}}?"
                          r"(?P<cap>不超过|最高|最多)?\s*" + MONEY)


def _read_kind_tiers(norm: str, result: Funding) -> None:
    """Amounts stated for two or more kinds of project: the lowest fixed one is the floor
    (the other kinds' caps say nothing of it)."""
    found = [(m["kind"], bool(m["cap"]), _wan(m.group(3), m.group(4)))
             for m in _KIND_AMOUNT.finditer(norm) if _grant(norm, m)]
    kinds = {kind for kind, _, _ in found}
    levels = sum(1 for kind in kinds if re.fullmatch(_LEVEL, kind)) >= 2
    if len(kinds) < 2 or (result.min_wan is not None and not levels):
        return
    if levels:  # (the first level's amount read alone above: the list's tiers go past it)
        values = [value for _, _, value in found if value is not None]
        amounts = [*values, *(v for v in (result.min_wan, result.max_wan) if v is not None)]
        result.min_wan, result.max_wan = min(amounts), max(amounts)
        return
    fixed = [value for _, cap, value in found if not cap and value is not None]
    values = [value for _, _, value in found if value is not None]
    if fixed and min(fixed) <= min(values):
        result.min_wan = min(fixed)
        result.max_wan = max(values) if result.max_wan is None else result.max_wan


def _grant(norm: str, match: re.Match[str]) -> bool:
    """Is this amount the grant? Not when its clause names what the applicant puts in."""
    before = re.sub(r"\([^()]*\)", "", norm[max(0, match.start() - 30): match.start()])
    # A类项目（…实现销售）资助150万元: an aside; 总投入的30%且不超过100万元: a clause of its own
    clause = re.split(r"[,，;；。:：]|且", before[-14:])[-1]  # (…增量分三档：一档80万元)
    parts = re.split(r"[,，;；。:：]", before)
    floor = re.match(r"\s*(?:不低于|不少于|达到)", norm[match.start():]) is not None
    if len(parts) > 1 and re.fullmatch(r"\s*(?:且|并且)\s*(?:不低于|不少于|达到)?\s*", parts[-1]) \
            and (floor or "不" in parts[-1] or "达到" in parts[-1]):
        clause = parts[-2]  # 研发投入占…比例不低于3%，且不低于200万元: the clause before's floor
    if BUDGET.search(clause) or _BAND_EDGE.match(norm, match.end()):
        return False  # (增量在500万元（含）以内的部分按10%…: where a band ends, no grant)
    if _PAID_PART.search(clause) and MONEY_RE.search(norm, 0, match.start()):
        return False  # (60万元，分年拨付，2026年、2027年各拨付30万元: the grant's instalments)
    if re.search(r"(?:以上|以下|超过|达到|不足)的$", clause):
        return True  # 营业收入5亿元以上的一档奖励20万元: whom the tier is for, not what it is of
    clause = _NAMED_CENTRE.sub("", clause)  # (省级…研发中心奖励20万元: a centre, no spending)
    return not NOT_GRANT.search(clause) or bool(GRANT_WORD.search(clause))


_PAID_PART = re.compile(r"(?:各|分别|首期|首年|每年|当年|次年|余下|其余)(?:拨付|支付|下达)$")
_BAND_EDGE = re.compile(r"\s*(?:[(（]含[)）])?\s*(?:以内|以下|以上)?的部分")
_NAMED_CENTRE = re.compile(r"(?:研发|研究开发)(?:中心|机构|平台)")


def _amounts(pattern: re.Pattern[str], norm: str) -> list[float]:
    values = [_wan(m.group(1), m.group(2)) for m in pattern.finditer(norm) if _grant(norm, m)]
    return [value for value in values if value is not None]


# 一、二、三等奖分别奖补50、30、10万元: amounts that share the unit after the last
_SHARED_UNIT_TIERS = re.compile(
    r"(?<![\d.、/])((?:\d+(?:\.\d+)?\s*[、/]\s*)+\d+(?:\.\d+)?)\s*" + UNIT)


# 一档50万元，二档30万元，三档10万元 / A档200万元/项，B档100万元/项: graded amounts
# (分三档支持：一档80万元: 三档 counts the grades, 一档 names the first)
_GRADE = re.compile(
    r"(?:[一二三四五六七八九十\dA-Da-d]\s*(?:档|等奖?|级)"
    # (验收优秀的奖励50万元，良好30万元: an award by the grade of an evaluation)
    r"|(?:优秀|良好|合格|较好)(?:的|等次|等级|档次)?(?=[^,，。;；\d]{0,6}?\d))"
    r"[^,，。;；\d档等级]{0,6}?" + MONEY)


# 1000万元以上的奖补30万元，500万元至1000万元的奖补15万元: an award for each band of a size the
# applicant reaches (a band's amounts are thresholds, not grants)
_BAND = (r"(?:\d+(?:\.\d+)?\s*(?:亿元|万元|万|元)?\s*[-~至到]\s*)?\d+(?:\.\d+)?\s*(?:亿元|万元|元)"
         r"\s*(?:\(含\))?\s*(?:及|或)?(?:(?:以上|以下|以内)?\s*(?:\(含\))?\s*(?:的|者)"
         # (…100万元以上奖励5万元: the band said without 的)
         r"|(?:以上|以下|以内)(?=\s*(?:给予|奖补|补助|奖励|资助|补贴|一次性|以奖代补)))")
_BANDED_AWARD = re.compile(_BAND + r"(?:[\u4e00-\u9fff]{0,6}?)[,，]?\s*"  # (…以上的企业给予…)
                           r"(?:给予|奖补|补助|奖励|资助|补贴|一次性|以奖代补){1,3}\s*"
                           r"(?P<award>\d+(?:\.\d+)?\s*(?:万元|万|元))")
MIN_BANDS = 2


def _without_bands(norm: str, result: Funding) -> str:
    """The text with each band's threshold taken out, its award kept as a tier (where two or
    more bands each name an award)."""
    banded = list(_BANDED_AWARD.finditer(norm))
    if len(banded) < MIN_BANDS:
        return norm
    for band in reversed(banded):
        amount = MONEY_RE.match(band["award"])
        if amount is not None and (value := _wan(amount.group(1), amount.group(2))) is not None:
            result.tiers_wan.insert(0, value)
        norm = norm[:band.start()] + "，给予" + norm[band.start("award"):]
    return norm


# 评价优秀的30万元，其余20万元 / …2亿元的奖励30万元，其余奖励10万元: a tier and the rest's
_OTHERWISE = re.compile(r"的[,，]?\s*(?:奖励|奖补|补助|资助|给予)?\s*(?P<first>" + MONEY + r")"
                        r"\s*[,，;；]\s*其余(?:的)?(?:[\u4e00-\u9fff]{0,4}?)?"
                        r"(?:奖励|奖补|补助|资助|给予)?\s*(?P<rest>" + MONEY + r")")


def _read_range(norm: str, result: Funding) -> None:
    for otherwise in _OTHERWISE.finditer(norm):
        values = [_wan(m.group(1), m.group(2)) for m in MONEY_RE.finditer(otherwise.group(0))]
        result.tiers_wan += [v for v in values[-2:] if v is not None]
    grades = [m for m in _GRADE.finditer(norm) if _grant(norm, m)]
    if len(grades) >= 2:
        result.tiers_wan += [v for m in grades if (v := _wan(m.group(1), m.group(2))) is not None]
    for tiers in _TIERS.finditer(norm):
        if _grant(norm, tiers):
            values = [_wan(m.group(1), m.group(2)) for m in MONEY_RE.finditer(tiers.group(0))]
            result.tiers_wan += [v for v in values if v is not None]
    for shared in _SHARED_UNIT_TIERS.finditer(norm):
        listed = "分别" in norm[max(0, shared.start() - 12):shared.start()] or "/" in shared[1]
        if _grant(norm, shared) and listed:  # 分别奖补50、30、10万元 / 50/100/200万元
            values = [_wan(n, shared.group(2)) for n in re.split(r"\s*[、/]\s*", shared.group(1))]
            result.tiers_wan += [v for v in values if v is not None]
    rows = [m for line in norm.splitlines() if (m := _TABLE_AMOUNT.search(line))]
    if len(rows) >= 2 and not result.tiers_wan:  # an award table: one amount per row
        result.tiers_wan = [v for m in rows if (v := _wan(m.group(1), m.group(2))) is not None]
    match = next((m for m in _RANGE.finditer(norm) if _grant(norm, m)), None)
    if match:
        unit = match.group(4)
        result.min_wan = _wan(match.group(1), match.group(2) or unit)
        result.max_wan = _wan(match.group(3), unit)


def _read_caps(norm: str, result: Funding) -> None:
    caps = _amounts(_CAP, norm) + _amounts(_CAP_AFTER, norm)
    floors = _amounts(_FLOOR, norm)
    if caps and result.max_wan is None:
        result.max_wan = max(caps)
    if floors and result.min_wan is None:
        result.min_wan = min(floors)
    if result.max_wan is None and result.min_wan is None and not result.tiers_wan:
        fixed = _amounts(_FIXED, norm) or _sole_amount(norm)
        if len(fixed) == 1:
            result.min_wan = result.max_wan = fixed[0]
        elif len(fixed) > 1:  # 国家级平台补助100万元，自治区级平台补助50万元…: tiers
            result.tiers_wan = fixed
    if result.tiers_wan and result.max_wan is None:
        result.max_wan = max(result.tiers_wan)
        result.min_wan = min(result.tiers_wan)


# the level a tier is for (国家级创新平台…100万元，省级…30万元，市级…10万元)
_LEVELS = {"国家级": re.compile(r"国家"),
           "省级": re.compile(r"省级|省部级|自治区级|兵团级|省(?=重点|工程|企业|技术)"),
           "市级": re.compile(r"市级|州级|盟级")}
# 省级、市级重点实验室分别按本指南第三部分第（三）项省级、市级标准执行: levels taking a standard
_BY_LEVEL_STANDARD = re.compile(r"按[^。；;]{0,40}?(?:标准|规定)(?:执行|给予)")


def level_tiers(rule: str, taking: str) -> list[float]:
    """The tiers of `rule` (国家级…100万元，省级…30万元，市级…10万元) for the levels `taking`
    names where it takes the rule's standard by level (省级、市级…分别按…省级、市级标准执行);
    empty where it names none, or the rule's tiers are not one per level."""
    taking = normalise(taking)
    if not _BY_LEVEL_STANDARD.search(taking):
        return []
    named = {level for level, word in _LEVELS.items() if word.search(taking)}
    by_level: dict[str, list[float]] = {}
    for clause in re.split(r"[，,；;。]", normalise(rule)):
        levels = [level for level, word in _LEVELS.items() if word.search(clause)]
        amounts = _amounts(_FIXED, clause)
        if amounts and len(levels) == 1:
            by_level.setdefault(levels[0], []).extend(amounts)
    if len(by_level) < 2 or not named or not named < set(by_level):
        return []
    return [value for level in named for value in by_level[level]]


_APPLICANT_SIDE = re.compile(r"自筹|配套|(?:研发|研究开发|研究与试验发展|R&D)\s*(?:投入|费用|经费)"
                            r"|经费支出|营业收入|销售收入|总投资")  # (R&D经费支出 too)
_FLOOR_WORDS = re.compile(r"不低于|不少于|以上|达到|超过")


# 合计支持2项 / 资金总计60万元: a total the items share, no one item's own
SHARED_WORDS = "合计|共计|总计|累计"
_BOUNDED_COUNT = re.compile(r"(?:不超过|最多|不少于|以内)\s*" + NUM + r"\s*(?:项|个|家|年|个月)")


def _sole_amount(norm: str) -> list[float]:
    """资助额度：50万元/项 — the amounts of a funding text stated without a qualifier: one is the
    grant, several the grants of what each names (孵化器20万元，众创空间10万元)."""
    # (…，企业自筹资金不低于财政资助资金的两倍: the applicant's side qualifies no grant, and
    # 生产效率提高20%以上 no amount)
    # (…。申报企业研发投入不低于1000万元: what the applicant must have spent, no grant at all)
    # (…比例不低于3%，且不低于200万元: a clause opening with 且 says more of the one before)
    # (…150000元，…，拟支持不超过3项 / 实施期限不超过2年: a count's or a period's bound, none
    # of the amount's — but 实行总额控制，专项经费60万元，支持不超过3项 shares a total)
    shared = re.search(rf"总额|{SHARED_WORDS}", norm) is not None
    norm = "，".join(clause for clause in re.split(r"[,，;；。\n](?!\s*(?:且|并且)\s*不)", norm)
                    if (MONEY_RE.search(clause) and not (_APPLICANT_SIDE.search(clause)
                                                         and _FLOOR_WORDS.search(clause)))
                    or not (MONEY_RE.search(clause) or _APPLICANT_SIDE.search(clause)
                            or "%" in clause
                            or (not shared and _BOUNDED_COUNT.search(clause))))
    # (以上两个子方向资助额度均为…: "the above" opening a clause bounds no amount)
    if "%" in norm or re.search(
            r"(?<=[^,，;；。:：(（])以上|以下|以内|左右|不超过|不低于|最高|最低", norm):
        return []
    amounts = _amounts(MONEY_RE, norm)
    granted = r"给予|奖励|资助|补助|奖补|获|配套|支持|分档"
    said, colon, listed = norm.rpartition(":")
    if colon and re.search(granted, said) and not MONEY_RE.search(said) \
            and not re.search(granted, listed):
        return amounts  # 给予奖励：首次认定30万元，重新认定10万元: the grant's cases, listed
    if len(amounts) > 1 and re.search(granted, norm):
        return []  # …获科技厅60万元…基础上，给予配套30万元: whose each amount is, a sentence says
    return amounts


def _read_percent(norm: str, result: Funding) -> None:
    match = _PERCENT.search(norm)
    if match:
        result.percent = float(match["pct"])
        result.percent_basis = match["basis"].strip() or None
    cap = _PERCENT_CAP.search(norm)
    if cap:
        result.percent_cap = float(cap["pct"])
        if result.percent_basis is None:
            result.percent_basis = cap["basis"].strip() or None


_MODE_SAID = re.compile(r"(?:采取|采用|实行)(?:前资助|后补助)(?:方式)?")
_GRANT_VERB = re.compile(r"(?<=给予)(?:一次性)?奖补(?!方式)")
# (农业科技项目由往年的前资助改为后补助: the way it was paid, no longer)
_NOT_MODE = re.compile(r"(?:不适用|不采用|不再采用|不实行|不采取)(?:前资助|后补助|分年拨付|奖补)"
                       r"|由(?:往年|去年|上一?年度?|原来?)?的?(?:前资助|后补助|分年拨付|奖补)"
                       r"(?=(?:方式)?(?:改为|调整为|变更为|转为))")
# 按奖补申请表申报, 填写后补助资金申请书: the name of a form, not a mode
# (and 奖补资金在…公布后兑现: when the money is paid, the sentence's subject, not how it funds)
_FORM_NAMED = re.compile(r"(?:前资助|后补助|奖补)(?=(?:资金|经费|项目)?(?:申请|申报)(?:表|书)"
                         r"|资金(?:在|于|待|原则上)[^。；;，,]{0,20}?(?:兑现|拨付|下达))")


_YEARS_PAID = re.compile(r"分[两二三四五2-5]个?年(?:度)?(?:按[^。；;，,]{0,12}?)?拨付")
_LOAN_INTEREST = re.compile(r"(?<=[贷信])(款|贷)([^。；;]{0,30}?)给予贴息")
_MILESTONES_PAID = re.compile(r"里程碑式(?:分期|分阶段)?拨付")


_QUOTED_MODE = re.compile(r"[“\"‘'「](里程碑式|以奖代补|前资助|后补助|事前资助|事后补助|事后奖补"
                          r"|贷款贴息)[”\"’'」]")


def funding_modes(text: str | None) -> list[str]:
    """Funding modes named in the text, in a stable order."""
    if not text:
        return []
    text = normalise(text)  # (後補助 in a page copied from a site's 繁體 view)
    text = _QUOTED_MODE.sub(r"\1", text)  # 采取“里程碑式”补助方式: the mode's name in quotes
    if "拨付" in text:
        text = _YEARS_PAID.sub("分年拨付", text)  # 分两年拨付, 分三年按4:3:3比例拨付
        text = _MILESTONES_PAID.sub("里程碑式补助", text)  # 按里程碑式分期拨付
    if "贴息" in text:  # 按贷款合同实际发生利息的50%给予贴息: interest on a loan
        text = _LOAN_INTEREST.sub(r"\1\2贷款贴息", text)
    for alias, mode in MODE_ALIASES.items():
        text = text.replace(alias, mode)
    if _MODE_SAID.search(text):  # 采取后补助方式，对符合下列条件的企业给予奖补: 奖补 the verb
        text = _GRANT_VERB.sub("给予", text)
    text = _FORM_NAMED.sub("", _NOT_MODE.sub("", text))  # 本方向不适用事后补助方式，采用以奖代补
    found = [(text.find(mode), mode) for mode in FUNDING_MODES if mode in text]
    # (分年度拨付，采取事前资助: how the money comes is said after the way it is given)
    return sorted((mode for _, mode in sorted(found)), key=lambda mode: mode == "分年拨付")


# --------------------------------------------------------------------------- quota

# (数量限制：有，本办理项不超过2项: a 实施清单's 有 (there is a limit), then the limit)
_QUOTA_VALUE = re.compile(r"^(?:(?:全年|年度|每年|本年度|不超过|不多于|≤|约|共|各|拟支持|拟立项"
                          r"|拟奖励|拟奖补|择优支持|支持|限|原则上|(?:每个|各)(?:方向|子方向|课题|榜单)"
                          # (要几个：拟建3个: stations to build)
                          r"|拟(?:新)?建(?:设)?|拟布局|拟培育"
                          r"|有\s*[,，]|(?:本|该)(?:方向|项目|办理项|事项))\s*)*(?:"
                          + NUM
                          + r"\s*[-~至]\s*)?" + NUM
                          # 遴选数量：不超过5人; 发放数量：不超过40张 (vouchers)
                          + r"\s*(?:个|项|家|户|人|名|支|张|[。.;；]|$)")
_QUOTA_SENTENCE = [
    # (拟平行支持2项, a 赛马制 project's teams; 拟遴选2个团队平行攻关)
    # (本方向计划支持4个项目: planned, said as 拟)
    # (今年打算支持3个 / 准备支持2个: planned, said aloud)
    # (拟各支持1项: each of the row's directions)
    re.compile(r"(?:拟立项数|拟立项|(?:拟|计划|打算|准备)(?:平行|择优|各)?支持|拟资助|拟补助|拟奖补|拟认定|拟扶持|立项数"
               r"|(?:奖励|支持|资助|补助|扶持)名额|拟遴选(?=\s*\d+\s*个团队)"
               r"|立项指标)"  # (每个方向立项指标1个: its count, in a plan's words)
               r"[^,，。;；\d一二两三四五六七八九十]{0,6}?"
               r"(?:不超过|约|共)?\s*(?:" + NUM + r"\s*[-~至]\s*)?" + NUM
               + r"\s*(?:个|项|家|户|支|人(?![才员])|名)"),  # (拟支持不超过8人: a talent plan's)
    # (本榜单限1家揭榜: the one solver it takes)
    re.compile(r"(?:本|该)?(?:榜单|项目|方向)?限(?:由)?\s*" + NUM
               + r"\s*(?:家|个)(?:单位|团队)?(?:揭榜|承担)"),
    # (本事项支持不超过50家: firms)
    # (立项≤2项: a tag after a title)
    re.compile(r"(?:立项|支持|资助|评定|认定|遴选)(?:不超过|约|共|≤)\s*" + NUM
               + r"\s*(?:个|项|家)"),
    re.compile(r"(?:支持|资助|立项)(?:项目)?数量?\s*[:：]\s*" + NUM  # 支持项目数量：2个
               + r"\s*(?:个|项)"),
    re.compile(r"(?<![\d.])(?:支持|立项|资助)\s*" + NUM + r"\s*[-~至]\s*" + NUM  # 支持1～2项
               + r"\s*(?:个|项)"),
    # 支持数量及经费：支持1项，资助300万元 — 支持N项 opening a clause
    # (本方向支持1项，资助50万元 too; 原则上每个方向支持2项)
    # (这个方向名额比较少，只支持3项: said aloud)
    re.compile(r"(?:^|[,，。;；:：])\s*(?:原则上)?(?:(?:[本该]|这个)(?:子方向|方向|专题|课题|榜单|项目)"
               r"|(?:每个|各)(?:方向|子方向|课题|榜单|专题))?(?:原则上)?"
               r"(?:今年|全县|全市|全区|本年度){0,2}"  # (全县只支持两个项目 / 今年支持四个: aloud)
               r"(?:拟|只|仅|准备)?(?:重点|择优)?支持\s*"
               # (本方向重点支持1项: its count, as 支持1项; 该方向支持2个项目)
               + NUM + r"\s*(?:项|个项目|个(?=\s*(?:左右)?\s*★?\s*(?:[。，,；;]|$)))"),
    # 立项数量及资助额度：2项×20万元 (不超过2项×最高30万元): count times the grant each
    re.compile(r"(?:^|[:：,，;；\s])(?:不超过|最多)?\s*" + NUM + r"\s*项\s*[×xX＊*]"),
    # 30万元/项（共3项）: the count after the amount each
    re.compile(r"万元\s*/\s*项\s*[(（]\s*共\s*" + NUM + r"\s*项"),
    # 拟择优确定1家揭榜单位: a 榜单's count is its winners'
    re.compile(r"(?:拟)?(?:择优)?确定\s*" + NUM + r"\s*家\s*(?:揭榜)?(?:单位|团队|企业)"),
    # 本榜单可支持2个揭榜方 / 每个榜单原则上支持1个揭榜方
    # (每个榜单原则上确定1个揭榜单位 / 赛马制，可同时确定不超过2个揭榜团队)
    re.compile(r"(?:拟|可)?(?:同时)?(?:支持|确定|遴选)\s*(?:不超过)?\s*" + NUM
               + r"\s*(?:个|家)\s*(?:揭榜方|揭榜单位|揭榜团队)"),
    # 拟支持项目数：每个方向1～2项 / 原则上每个方向支持2项: the count for each direction
    # (每个子方向（未设子方向的方向）不超过2项: the bracket says which count, not what)
    re.compile(r"(?:每个|各)(?:方向|子方向|课题|榜单)\s*(?:[(（][^()（）]{1,16}[)）])?\s*(?:原则上)?"
               r"(?:拟)?(?:支持|立项|资助|名额)?"  # (每个子方向名额1项)
               r"(?:不超过)?\s*(?:" + NUM + r"\s*[-~至]\s*)?" + NUM + r"\s*(?:个|项)"),
    # 本方向限1项 (not 同一负责人限申报1项, a limit on applicants)
    re.compile(r"(?:本|该)(?:方向|子方向|课题|子课题|子专题|专题|榜单)\s*限\s*(?:支持|立项)?\s*"
               + NUM + r"\s*(?:个|项)"),
    # …品种选育（限1项）: the bracket after a title, its count alone
    re.compile(r"^\s*[(（]?\s*限\s*(?:支持|立项)?\s*" + NUM + r"\s*项\s*[)）]?\s*[。.]?\s*$"),
]


# 拟支持重点项目1项、一般项目2项: the kinds together
# (拟支持：重点项目1项、…: the label said the verb)
_TIERED_QUOTA = re.compile(r"(?:(?:拟)?(?:支持|资助|立项)|^\s*)"
                           r"(?P<tiers>[\u4e00-\u9fff]{2,4}项目\s*" + NUM + r"\s*项)")
TIER_COUNT = re.compile(r"[\u4e00-\u9fff]{2,4}项目\s*" + NUM + r"\s*项")


_COUNT_WORD = re.compile(r"[项个家户人名支队]")


def tier_counts(text: str) -> dict[str, float | None]:
    """拟支持重点项目1项、一般项目2项 → {重点: 1, 一般: 2}; read on from the first count."""
    if "项目" not in text:
        return {}  # most sentences: no kind of project named
    norm = normalise(text)
    tiered = _TIERED_QUOTA.search(norm)
    if tiered is None:
        return {}
    return {m.group(0).split("项目")[0]: _to_number(m.group(1))
            for m in TIER_COUNT.finditer(norm[tiered.start("tiers"):])}


# 包内…各方向合计支持不超过6项: a count shared by every direction, none's own
_SHARED_COUNT = re.compile(rf"[^,，。;；]*(?:{SHARED_WORDS})[^,，。;；]*")


@lru_cache(maxsize=4096)  # (the same plan's text asked once per leaf under it)
def quota(text: str | None, *, labelled: bool = False) -> int | None:
    """How many projects will be funded, the upper figure when a range is given.

    `labelled` text is the value of a 拟立项数 field ("不超过5项"); otherwise a sentence
    must say 拟立项/立项不超过 itself. "不限项" (no limit) is None: nothing to count.
    """
    if not text or (not labelled and not _COUNT_WORD.search(text)):
        return None  # a sentence that counts nothing
    norm = _SHARED_COUNT.sub("", normalise(text))  # (各方向合计支持不超过6项: all of them)
    counts = tier_counts(norm)  # (拟支持：一般项目2项: one kind's count is the count too)
    if counts and all(count is not None for count in counts.values()):
        return int(sum(count for count in counts.values() if count is not None))
    patterns = [_QUOTA_VALUE, *_QUOTA_SENTENCE] if labelled else _QUOTA_SENTENCE
    for pattern in patterns:
        match = pattern.search(norm)
        if match:
            value = _to_number(match.groups()[-1])
            return int(value) if value is not None else None
    return None


# --------------------------------------------------------------------------- requirements

# Who may lead besides firms: schools, institutes, hospitals, public bodies.
_NOT_FIRMS = (r"(?:高校|高等院校|高等学校|科研院所|科研机构|研究机构|院所|医疗卫生机构|医院"
              r"|(?:其他)?事业单位|社会组织|社会团体|党校)")  # (…及其他事业单位、社会组织不得…)
_NOT_LEAD_ONLY = re.compile(
    r"不限(?:定|于)?(?:由)?企业(?:牵头)?申报|不限(?:定|于)?(?:由)?企业牵头|对牵头单位不作要求"
    # （本方向不受理企业申报）: not firms (…尚未验收的企业不得申报: only those firms)
    r"|不受理企业(?:牵头)?申报|(?<!的)企业不得(?:牵头)?申报"
    r"|对牵头单位(?:类型|性质)?不(?:作|做)(?:限制|限定|要求)|(?:牵头|申报|依托|承担)(?:单位|主体)(?:类型|性质|要求)?[:：]?不限|投标人(?:类型|性质)?不限|揭榜(?:方|单位)不限(?!地域|地区|区域|注册地)"
    r"|不限定?牵头单位|均可(?:作为[^。;；,，]{0,8}?)?(?:牵头|揭榜)|皆可牵头"
    # (…科研院所或新型研发机构，均可单独或组成联合体揭榜)
    r"|均可(?:单独|独立)(?:或者?[^。;；,，]{0,8}?)?(?:牵头|揭榜)"
    # 企业、高校、科研院所均可作为依托单位申报
    r"|" + _NOT_FIRMS + r"[^。;；]{0,24}?均可作为[^。;；,，]{0,8}?申报"
    # 不限申报单位性质, 不限法人类型
    r"|不限(?:定)?(?:申报|牵头|揭榜|承担)?(?:单位|主体|法人)(?:的)?(?:性质|类型)"
    # 不限申报主体 (不限举办主体: a 新型研发机构 founded by anyone)
    r"|不限(?:定)?(?:申报|牵头|揭榜|举办)主体(?![^。;；,，]{0,4}(?:所在|地域|注册|数量))"
    r"|" + _NOT_FIRMS + r"[^。;；]{0,24}?(?:均可|都可|皆可)申报"
    # 可由高校、科研院所牵头 / 须由医疗卫生机构牵头: a firm is not the only possible lead
    r"|" + _NOT_FIRMS + r"[^。;；]{0,16}?可(?:以)?(?:作为(?:揭榜方|揭榜单位|项目)?)?牵头"
    # 高校、科研院所须联合企业共同揭榜: they may apply, with a firm
    r"|(?:高校|高等院校|高等学校|科研院所|院所|事业单位)[^。;；]{0,12}?(?:须|应|可)联合企业(?:共同)?(?:申报|揭榜|实施)"
    # 企业、农民专业合作社、家庭农场均可申报
    # (企业、高校、科研院所都能报: said in plain words)
    r"|企业[、和及与或][^。;；]{0,24}?(?:均可|都可|皆可|都能|均能)(?:以)?(?:作为)?(?:申报|牵头|报)"
    r"|谁都可以(?:申报|报|牵头)"  # (第二类项目谁都可以报: a broadcast's plain words)
    # (机关、学校、医院和企业都可以申报: firms last in the list)
    r"|[\u4e00-\u9fff]{2,8}(?:[、和及与或][\u4e00-\u9fff]{2,8})*[、和及与或]企业(?:等)?(?:单位)?"
    r"(?:均|都|皆)可以?(?:申报|牵头|报)"
    # 中方申报单位可为企业、高校或科研院所: a choice that is not only firms
    r"|(?:申报|牵头|承担|运营|依托|建设)(?:单位|主体)(?:可为|可以是|包括)[^。;；]{0,20}?"
    + _NOT_FIRMS +
    r"|(?:各类|各|所有|任何)(?:单位|主体|机构)(?:均|都|皆)可(?:申报|牵头)"  # 各类单位均可申报
    r"|牵头(?:要求|类型)[:：]?不限"  # a 牵头要求 column saying 不限
    # 【申报主体】高校、科研院所、企业均可。: a list of kinds, then 均可 alone (合作社、企业均可
    # in a 牵头要求 column too)
    r"|(?:高校|高等院校|科研院所|院所|医疗卫生机构|企业|(?:农民专业)?合作社)"
    r"(?:[、和及与或][^。;；,，]{1,12}?)+均可"
    r"(?=[。；;，,]|$)"
    # 由指定的共建研究院牵头: a research institute, named to lead
    r"|(?<![非不])由(?:指定的?)?[^,，。;；企]{0,8}?(?:研究院|研究所|高校|科研院所)(?:作为)?牵头"
    # 可由农业企业、农民专业合作社或涉农科研单位申报: firms among others
    r"|(?:可|可以|均可)由[^。;；,，]{0,30}?[、和及与或][^。;；,，]{0,20}?(?:合作社|科研单位|科研院所|院所"
    r"|高校|高等院校|大学|医疗卫生机构|医院|事业单位|社会团体|研究院|研究所)[^。;；,，]{0,10}?(?:申报|牵头)"
    r"|(?:可|可以|也可|亦可|须|必须|应|限)由[^,，。;；企]{0,8}?(?:高校|高等院校|高等学校|大学|科研院所|院所|研究院所"
    r"|医疗卫生机构|医疗机构|医院|事业单位|新型研发机构)[^。;；,，]{0,16}?牵头"
)
_LEAD_ONLY = re.compile(
    # (an application system's 仅对单位类型为“企业法人”的账号开放: only firms' accounts see it)
    r"仅(?:对|向)[^。;；,，、或和及与]{0,12}?企业(?:法人)?[\"”]?的?(?:账号|账户|用户)?开放"
    # 须由企业牵头, 须由规模以上工业企业牵头; not 须由高校、院所或企业牵头 (a choice)
    # (须由企业（含农业产业化龙头企业）牵头: what counts as a firm, in brackets)
    r"|(?<!不)(?:限|须|需|必须|应|应当|只能|仅限)(?:由)?[^\s,，。;；、或和及与]{0,14}?企业"
    r"(?:[(（][^()（）]{1,16}[)）])?(?:作为|来)?(?:项目)?牵头"  # (只能由企业来牵头: said aloud)
    # 由发榜企业牵头, 由在我区注册的涉农企业牵头申报
    r"|(?<![不非])由(?:[^,，。;；、或和及与]{0,16}?的)?(?:[^,，。;；、或和及与]{0,6}?)企业(?:作为)?"
    r"(?:项目)?牵头"
    # 须由链主企业或链上规上企业牵头: a choice between firms is still a firm
    r"|(?<!不)(?:须|必须|只能|仅限)由[^,，。;；、]{0,12}?企业(?:或|或者)[^,，。;；、]{0,12}?企业牵头"
    r"|不受理非企业(?:法人)?(?:单位)?(?:牵头)?(?:申报)?"  # 本专项不受理非企业单位牵头申报的项目
    # 牵头单位：仅限企业 (a form's option, ticked)
    r"|牵头(?:单位|主体)(?:(?:性质|类型)\s*[:：为]?\s*(?:仅限|限于?|只限)?"  # (牵头单位性质：企业)
    r"|\s*(?:[:：为]\s*(?:仅限|限于?|只限)?|仅限|限于?|只限))[^\s,，。;；、或和及与]{0,8}?企业"
    r"(?![、和及与或/]|均|等|以外|或其他)"
    # 本专项不受理高校、科研院所单独申报: those who are not firms may only join a firm
    r"|不受理" + _NOT_FIRMS + r"(?:[、和及与或]" + _NOT_FIRMS + r")*(?:等)?(?:单位)?"
    r"(?:单独|独立|牵头)申报"
    # 不接受企业以外的单位牵头申报 / 企业以外的单位不得牵头
    r"|不(?:接受|受理)企业以外的?(?:单位|机构|主体)?牵头|企业以外的?(?:单位|机构|主体)?不得(?:作为)?牵头"
    r"|非企业(?:法人)?(?:单位)?(?:一律|均)?不得(?:作为)?(?:项目|本[\u4e00-\u9fff]{1,4}?的)?(?:揭榜)?"
    r"(?:牵头|申报|揭榜)"  # 非企业单位不得牵头申报, 非企业法人单位一律不得作为本类项目的牵头…
    # 高等院校、科研院所不得作为牵头单位: those who are not firms may not lead
    r"|" + _NOT_FIRMS + r"(?:[、和及与或]" + _NOT_FIRMS + r")*(?:等)?(?:单位)?不得(?:作为)?"
    r"(?:项目|本[\u4e00-\u9fff]{1,4}?的)?牵头"  # (…不得作为本链方向的牵头单位)
    # 须由在本区注册、具有独立法人资格的企业牵头: the 、 inside what the firm must be
    r"|(?<!不)(?:须|必须|只能|仅限)由[^,，。;；或和及与]{2,30}?的[^,，。;；、或和及与]{0,8}?企业"
    r"(?:作为)?(?:项目)?牵头"
    r"|(?<!不)(?:须|必须|只能|仅限)由[^,，。;；]{0,10}?企业(?:单独|独立)?(?:作为[^,，。;；、或和及与]{0,6}?)?"
    r"(?:申报|揭榜)"  # 本榜单须由企业揭榜
    # (牵头单位：须为企业 — a 牵头单位 column's cell too)
    # (牵头单位应为在我区开展寒区试验业务的企业: what the firm does, before its kind)
    r"|牵头(?:申报)?单位[:：]?(?:须|必须|应|应当|需)(?:为|是)(?:[^,，。;；]{0,30}?的)?(?:\S{0,8})?企业"
    # 本项目仅限企业申报, 限企业揭榜
    r"|(?:仅限|限)(?:由)?[^\s,，。;；、或和及与]{0,10}?企业(?:单独|独立)?(?:申报|揭榜)"
    r"|由企业(?:单独|独立)申报"
    # 本类奖补只面向在…注册登记、具有独立法人资格的企业: firms alone (not 面向企业和高校)
    r"|(?:只|仅)(?:面向|针对)(?:[^。;；]{0,40}?的)?[^。;；,，、和及与或]{0,10}?企业(?=[,，。;；]|$)"
    # (奖补对象须为在安溪县注册登记、具有独立法人资格的企业: an award only firms get)
    # (建站单位须为规模以上工业企业, 团队所在企业须为高新技术企业: who applies for it)
    # (第一完成单位须为企业法人: the project's first unit, its lead)
    r"|(?:(?:申报|依托|承担|揭榜|建站|运营|建设|第一完成)(?:主体|单位|方)|所在(?:企业|单位)"
    r"|(?:奖补|奖励|补助|资助)对象|投标人|比选申请人"  # (a call worded as a tender)
    r"|(?<![\u4e00-\u9fff])(?:申报|报名|报)的(?:人|单位)?)(?:均)?"  # (申报的得是企业: said aloud)
    r"(?:须|必须|应|应当|需|仅限|限|为|要(?=是|为)|得(?=是|为))"  # (申报单位要是规上企业)
    r"(?!建有|具有|拥有|具备|设有|有)(?:为|是)?"  # (须建有省级企业技术中心: what it has)
    # 申报单位须为在六安市注册、已入库的科技型中小企业: where it is registered is no choice
    # (…须为建有市级以上平台的企业, 须为2025年已入库的科技型中小企业: what the firm is)
    r"(?:[^,，。;；]{0,48}?的)?"
    # (须为市级以上农业产业化龙头企业: a firm of a long name)
    r"[^\s,，。;；、或和及与]{0,14}?企业(?!、|和|或|及|的)"  # not 申报单位为企业的，…
    r"|(?<!不)限(?:本市|我市)?企业单独申报|以企业为(?:第一申报|牵头)单位"
    # 以引进团队的企业作为申报主体, 以申报人创办的企业作为申报单位
    r"|以[^,，。;；]{0,12}?企业(?:作为|为)(?:申报|牵头)(?:主体|单位)"
    # 由所在企业组织申报: the firm applies for its talent
    r"|(?:^|(?<=[:：]))\s*由[^,，。;；、或和及与]{0,8}?企业(?:组织|统一|负责)?申报"
    r"|(?<![不仅])(?:仅)?限(?:在?[^,，。;；]{0,10}?(?:注册|登记)的)?企业(?:自身|独立)?申报"
    r"|(?<![不仅])(?:仅)?限在?[^,，。;；]{2,24}?的企业(?:单独|独立)?申报"  # 限在州内从事…的企业申报
    # …后补助，对象是已经入库的科技型中小企业: whom it is for, said aloud
    r"|(?:(?<=[，,：:])|^)对象(?:是|为)(?:[^,，。;；]{0,30}?的)?[^\s,，。;；、或和及与]{0,14}?企业"
    r"(?![、和及与或的])"

)


_RULE_NOT_APPLIED = re.compile(r"(?:不适用|不执行|不受)[^。；;，,“\"]{0,12}?[“\"][^”\"]{1,30}[”\"]"
                               r"(?:的)?(?:规定|要求|限制)?"
                               # 不执行本计划牵头单位不限的规定: the same, unquoted
                               r"|(?:不适用|不执行)(?:本|上述)[^。；;，,]{1,20}?的(?:规定|要求)")


# 除企业外，高等院校…及新型农业经营主体均不得牵头申报: all but firms turned away (across commas)
_ALL_BUT_FIRMS = re.compile(r"除企业(?:以|之)?外[,，]?[^。;；]{0,60}?(?:均|一律|都)?不得(?:作为)?"
                            r"[^。;；,，]{0,10}?牵头")


# 申报单位应提交以下材料：…营业执照复印件、…（高新技术企业证书、…）: the papers to send, as
# they apply — no rule of who may apply
_MATERIALS_LIST = re.compile(r"(?:提交|提供|报送|上传|准备)(?:以下|如下|下列)(?:申报)?材料\s*[:：]"
                             r"[^。；;]*|申报材料(?:清单|包括|如下)\s*[:：]?[^。；;]*")


@lru_cache(maxsize=4096)  # (the same plan's text asked once per leaf under it)
def enterprise_lead_only(text: str | None) -> bool | None:
    """True for 限企业牵头 and its kin, False for 不限企业牵头, None when the text is silent.

    A preference (优先支持企业牵头) is not a rule, so such sentences are skipped.
    """
    if not text:
        return None
    # (须由企业牵头（本方向不适用本专项“不限单位性质”的规定）: the rule it says does not apply)
    norm = _MATERIALS_LIST.sub("", _RULE_NOT_APPLIED.sub("", normalise(unwrap(text))))
    # (医疗器械生产或研发企业, 中药材种植或加工企业: one kind of firm, its trades either way)
    norm = _TRADES_EITHER.sub("企业", norm) if "企业" in norm else norm
    if _NOT_LEAD_ONLY.search(norm) or (
            _SOLVER_ANYONE.search(norm) and not _POSTER_APPLIES.search(norm)):
        return False
    if _ALL_BUT_FIRMS.search(norm):
        return True
    for clause in re.split(r"[,，;；。]", norm):
        if PREFERENCE.search(clause):
            continue
        if _LEAD_ONLY.search(clause):
            return True
    return None


# 申报企业须已入库科技型中小企业: the applicant named as a firm, saying which firms — a firm
# leads when nothing above says who does (`extract.leaf`)
APPLYING_FIRM = re.compile(r"(?:^|[。；;，,])\s*(?:\d{1,2}\s*[.．、]\s*)?(?:申报|申请)企业"
                           r"(?:须|必须|应当?|需|要(?=已|是|为))")  # (…要已经入库…: said aloud)


_TRADE = r"(?:生产|研发|制造|经营|服务|销售|种植|养殖|加工|运营|流通)"
_TRADES_EITHER = re.compile(rf"{_TRADE}(?:[或和及、]{_TRADE})+企业")


# 揭榜方可以是国内外高校、科研院所、企业或新型研发机构: whoever takes up a 榜单 — the applicant,
# unless the firm posting it applies (申报主体：发榜企业；揭榜方可为…)
# (…，可独立揭榜，也可联合揭榜: said of the applicant, how it applies)
_SOLVER_ANYONE = re.compile(r"揭榜(?:方|单位|主体)(?:可为|可以是|包括)[^。;；]{0,20}?" + _NOT_FIRMS
                            + r"[^。;；]{0,24}?[，,](?:也?可|均可)(?:独立|单独|联合)")
_POSTER_APPLIES = re.compile(r"申报(?:主体|单位)\s*(?:[:：]|为)\s*发榜")


# The applicant's own rule (not 应用, 需求), and a choice of kinds (高校、科研院所和企业)
_OWN_RULE_WORDS = re.compile(r"均可|不限|须|应(?![用对])|需(?!求)")
_NOT_ONE_KIND = re.compile(r"[、和及与或]|为|是")
_APPLICANT_HEAD = re.compile(r"^(?:申报|支持|资助|补助)(?:主体|对象)(?:要求)?[:：]?")
# 企业、高校、科研院所均可: a list of kinds any of which may apply
_KIND = r"[^,，、和及与或不非无]{1,16}"
_KINDS_EITHER = re.compile(_KIND + r"(?:[、和及与或]" + _KIND + r")+均可")


class ApplicantRule(NamedTuple):
    rule: str  # 申报主体须为高新技术企业。
    ruled: bool  # said as a rule (须为…) rather than as a plain name
    rest: str  # the value's words after those read
    named: str = ""  # the rule with every word of the name (…认定为省级…中心的依托企业)

    @property
    def cell(self) -> str:
        """A table cell's words as the rule they state."""
        return (self.named or self.rule) + self.rest


def applicant_rule(value: str) -> ApplicantRule | None:
    """What a value naming who applies (申报主体：…, a 申报主体要求 cell) says as a rule.
    Only a plain name of one kind of firm makes a firm the applicant: 高校、科研院所和企业 is a
    choice (read as one when it says …均可), and a value stating another rule of its own is left
    to be read as written. The kind is the noun after the last 的 (…，并已登记技术合同的企业)."""
    norm = re.sub(r"\([^()]*\)", "", normalise(unwrap(value))).strip()  # (…除外)
    norm = _APPLICANT_HEAD.sub("", norm)
    sentence = re.split(r"[;；。]", norm, maxsplit=1)[0]
    after = norm[len(sentence):].lstrip(";；。")
    if re.fullmatch(r"不限(?:定)?|无限制|不作限制|无", sentence.strip()):
        return ApplicantRule("申报主体不限。", True, after)  # 【申报主体】不限
    first = re.split(r"[,，]", sentence, maxsplit=1)[0]
    for said, rest in ((first, sentence[len(first):].lstrip(",，")), (sentence, "")):
        rest = _joined(rest, after)
        if _KINDS_EITHER.fullmatch(said):  # 企业、农民专业合作社均可: the choice, said once
            return ApplicantRule(f"{said}。", True, rest)
        ruled = bool(re.match(r"(?:均)?(?:须|应|必须|应当)", said))
        said = re.sub(r"^均?(?:须|应|必须|应当)?(?:为|是)", "", said)  # 申报主体：须为…企业
        led = re.fullmatch(r"(?P<kind>[^,，、和及与或不非无]{0,12}?企业)(?:作为)?牵头(?:申报)?",
                           said)
        if led is not None:  # 申报主体：企业牵头，可联合高校、科研院所
            return ApplicantRule(f"须由{led['kind']}牵头。", ruled, rest)
        if _OWN_RULE_WORDS.search(said) or PREFERENCE.search(said):  # 优先支持…企业
            continue
        kind = said.rsplit("的", 1)[-1]
        # 科技型中小企业或高新技术企业: a firm either way
        kinds = re.split(r"[、和及与或]", kind)
        trades = [part for part in kinds if not part.endswith("企业")]
        # 软件和信息服务企业: one kind of firm, its trades joined by 和
        one_firm = kind.endswith("企业") and bool(trades) and not re.search(r"为|是", kind) \
            and not any(_APPLICANT_NOUN.search(part) for part in trades)
        if one_firm or all(part.endswith("企业") and not _NOT_ONE_KIND.search(part)
                           for part in kinds):
            # (the lead rule, said once: a firm either way)
            either = "申报主体须为企业。" if len(kinds) > 1 else ""
            return ApplicantRule(f"{either}申报主体须为{kind}。", ruled, rest,
                                 f"{either}申报主体须为{said}。")
    return None


# a kind of applicant other than a firm (高校, 科研院所, 合作社, 医疗机构, 事业单位…)
_APPLICANT_NOUN = re.compile(r"单位|机构|院|校|所|社|组织|医院|农场|团队|个人|协会|学会|中心")


def _joined(first: str, second: str) -> str:
    return "。".join(part for part in (first, second) if part)


_RD_SPEND = re.compile(
    r"(?:研发|研究开发|研究与试验发展|研究|科研|R&D)(?:\s*\(R&D\))?的?"  # (用于研究开发的经费合计)
    r"(?:经费(?:投入|支出)?|投入|费用(?:总额)?|支出)(?:总额|合计)?(?:[^。;；,，%]{0,16}?"
    # (…占营业收入比例不低于3%，且不低于200万元: a floor said after the share; …且支出绝对额
    # 不少于200万元)
    r"|[^。;；]{0,24}?%\s*[,，]?\s*(?:且|并且|同时)\s*(?:支出|投入)?(?:绝对额|绝对值|总额|金额)?)"
    r"(?:[,，]\s*(?=不(?:得|能)?(?:低|少)于))?"  # (研发费用，不能低于50万元: a pause said first)
    r"(?:(?:不低于|不少于|不得低于|不得少于|不能(?:低|少)于|达到?|在|超过|突破|≥)\s*"
    + MONEY  # 首次突破…
    # 研发费用低于50万元的企业不得申报: the floor said by whom it turns away
    + r"|(?:低于|不足|少于|不到)\s*" + MONEY
    # (…低于500万元的，系统提示“不符合申报条件”: an application system's check says it)
    + r"(?=的?[^。;；]{0,40}?(?:不得|不予|不受理|不能|不可|不列入|不支持|不纳入|不符合|无法))"
    + r"|(?<![\d.])" + MONEY
    + r"\s*(?:以上|及以上)"
    # 研发投入门槛：300万元 (a table's column said as a label): a threshold is a floor
    + r"|(?<=门槛|下限)\s*(?:[(（]万元[)）])?\s*"
    + r"(?:[:：]|为|(?:降|降低|调整|放宽|提高)(?:为|至|到))\s*"  # (门槛降为10万元: its own)
    + MONEY + ")"
)


_OUTCOME = re.compile(r"带动|全社会|全市|全县|全区|全省|撬动")
# …因…被退回 / 退回修改: an application turned away, told in a progress report
_TURNED_AWAY = re.compile(r"因[^，,；;。]*?(?:被退回|被驳回|退回修改|未予受理)")
_ASIDE = re.compile(r"\((?:以|按|含|不含|指|即)[^()]{3,40}\)"
                    # (研发费用（…按照《…通知》（财税〔2015〕119号）规定的口径归集）在200万元以上:
                    # a footnote's words set in brackets, saying how it is counted)
                    r"|\((?:[^()]|\([^()]{0,30}\)){4,120}?(?:口径|为准|归集)"
                    r"(?:[^()]|\([^()]{0,30}\)){0,20}\)")


def drop_asides(text: str) -> str:
    """The text without the brackets that say how a figure is counted (folded text)."""
    return _ASIDE.sub("", text) if "(" in text else text


_AWARD_BUDGET = re.compile(r"(?:奖补|补助|奖励|资助)(?:资金|经费)(?:总额|总量)?"
                           r"(?:不超过|不高于|控制在|为|约)")


def clause_around(sentence: str, match: re.Match[str]) -> str:
    """The clause (between commas and semicolons) a match stands in: 本方向拟支持2项，每个单位限报
    1项 — the count and the limit are two clauses."""
    start = max((sentence.rfind(mark, 0, match.start()) for mark in "，,；;"), default=-1) + 1
    ends = [at for mark in "，,；;" if (at := sentence.find(mark, match.end())) >= 0]
    return sentence[start:min(ends) if ends else len(sentence)]


@lru_cache(maxsize=4096)  # (the same plan's text asked once per leaf under it)
def min_rd_spend_wan(text: str | None) -> float | None:
    """Prior-year R&D spend floor (万元) stated as a requirement, e.g. 研发投入在300万元以上."""
    if not text:
        return None
    for sentence in sentences(normalise(text)):
        # (研究开发费用归集额（以…A107012表为准）不得低于…: an aside saying where it is read)
        sentence = drop_asides(sentence)
        for match in _RD_SPEND.finditer(sentence):
            # a preference is no floor: 优先支持研发投入500万元以上的; but 鼓励联合… in another
            # clause of the sentence does not make the floor beside it a preference
            start = max(sentence.rfind(mark, 0, match.start()) for mark in ",，;；")
            if PREFERENCE.search(sentence[start + 1:match.start()]):
                continue
            if _OUTCOME.search(sentence[start + 1:match.start()]):
                continue  # 带动全社会研发投入1.5亿元以上: the city's target, no applicant's floor
            if _AWARD_BUDGET.search(match.group(0)):
                continue  # 研发投入奖补资金不超过800万元: money set aside for awards, no floor
            if _TURNED_AWAY.search(clause_around(sentence, match)):
                continue  # 其中2项因…研发费用未达到200万元被退回: a report of what happened
            groups = [g for g in match.groups() if g is not None]
            return _wan(groups[0], groups[1])
    return None


# 其他经费（…）与市财政资金比例, 举办方投入资金与区财政支持资金比例
_SELF = r"(?:自筹|配套|匹配|企业投入|单位投入|(?:举办|出资|共建)方投入|自有|其他经费)"
_GRANT = r"(?:财政|资助|申请|科技经费|补助|支持|专项(?:资金|经费))"  # not 本专项自筹…
# 1:2（财政:自筹）: the sides a ratio names right after it
_SIDES = re.compile(
    r"\s*[(（](?P<first>[\u4e00-\u9fff]{1,6})[:：比](?P<second>[\u4e00-\u9fff]{1,6})[)）]")
# (not 2026-03-05 10:20, 16:42:17: a clock's time)
_RATIO = re.compile(r"(?<!\d)(?<!\d[:\-/])[(（]?\s*(?P<a>\d+(?:\.\d+)?)\s*[:：比]\s*"
                    r"(?P<b>\d+(?:\.\d+)?)(?!\d|[:：]\d)\s*[)）]?"
                    # 二比一: numerals in words, said with 比
                    r"|(?<![\u4e00-\u9fff])(?P<ca>[一二两三四五六七八九十])比(?P<cb>[一二两三四五六七八九十])"
                    # (不低于一点五比一: a decimal in words too)
                    r"|(?<=[于为按照])(?P<da>[一二两三四五六七八九十](?:点[〇一二三四五六七八九零])?)"
                    r"比(?P<db>[一二两三四五六七八九十])")
_TIMES = re.compile(r"的?\s*(?P<n>\d+(?:\.\d+)?"
                    r"|[一二两三四五六七八九十]+(?:点[〇一二三四五六七八九零])?)\s*倍")
_TOTAL_COST = re.compile(r"总投资|总投入|总经费|总预算|总成本")
# 财政资金每安排1元、企业自筹资金不少于1.5元: the self-funding per yuan granted
# (每1元县级财政资金须带动企业自筹投入不少于2元: no verb before the grant's yuan)
_PER_YUAN = re.compile(r"每(?:安排|投入|资助|支持)?\s*(?P<grant>\d+(?:\.\d+)?)\s*元[^。;；]{0,12}?"
                       r"(?:" + _SELF + r"[^。;；,，\d]{0,6}?(?:不少于|不低于|须达到|至少)\s*"
                       r"(?P<own>\d+(?:\.\d+)?)\s*元"
                       # (每1元…须带动不少于1.5元单位自筹资金: the amount before what it is)
                       r"|(?:带动|撬动|配套)(?:不少于|不低于|至少)\s*(?P<own_before>\d+(?:\.\d+)?)\s*元"
                       r"[^。;；,，\d]{0,4}?" + _SELF + ")")
# 自筹资金不低于申请市级资金的50%: a share of the grant (0.5), not of the project's cost
_SHARE_OF_GRANT = re.compile(_SELF + r"[^。;；,，]{0,8}?不(?:低|少)于"
                             r"(?P<base>[^。;；,，的倍%]{2,12}?)的\s*(?P<pct>\d+(?:\.\d+)?)\s*%")
_GRANT_BASE = re.compile(r"财政|资助|申请|补助|[省市县区]级(?:资金|经费)")
# 自筹经费不低于财政资助额: as much as the grant, a ratio of one.
_EQUAL = re.compile(_SELF + r"[^。;；,，]{0,8}?不(?:得)?(?:低|少)于(?:申请的?)?"
                    r"(?:[省市州盟县旗区]级?)?(?:财政|资助|申请)"
                    r"[^。;；,，的倍]{0,8}?(?:额|金额|经费|资金)(?![^。;；,，]{0,6}倍)"
                    # 须落实不低于县财政资助额的自筹资金: the same, said the other way round
                    # (企业须有不低于申请资助额的自有资金配套)
                    r"|不(?:低|少)于(?:申请的?)?(?:[省市州盟县旗区]级?)?(?:财政资助|资助|财政补助)"
                    r"(?:额|金额|经费|资金)的" + _SELF)
# Who a matching rule binds, read from the words before the ratio. "非企业牵头申报的项目，参与企业
# 要按…本企业所占经费的3倍进行配套" binds only the partner firms of a project a non-enterprise
# leads; "企业参与项目企业经费部分须按…（1:3）匹配" only the firms' own share; "若…/对于…的项目，"
# some other case the text names. None of these is the applicant's matching on the whole grant.
_NON_ENTERPRISE_LEAD = re.compile(r"非企业(?:单位)?(?:作为)?(?:牵头|主持)")
_OTHER_LEAD = re.compile(
    r"(?:高校|高等院校|科研院所|院所|科研机构|事业单位|医疗机构|医院)[^,，。]{0,12}?"
    r"(?<!均可)(?<!均可作为)(?<!都可)(?<!都可作为)(?:牵头|主持)")  # (企业、高校均可牵头: anyone)
_ENTERPRISE_SHARE = re.compile(
    r"参与企业|企业参与|合作企业|(?:本|该|其)企业所占|企业(?:经费|承担)部分")
_PUBLIC_MATCHING = re.compile(
    r"(?:科技|财政)(?:部门|局)|人民政府|管委会|县级财政|区级财政|所在(?:县|区|地)|县\(市、区\)|区县|县区"
    # 项目所在乡镇按不低于1:1的比例给予配套支持: the township's
    r"|所在(?:乡镇|镇|街道)|乡镇(?:政府|财政)?(?=按|给予|配套)|街道(?:办事处)?(?=按|给予|配套)"
    # 按自治区财政资助额度1:1给予配套: the city matches the region's grant
    r"|(?:自治区|省|国家)(?:级)?财政"
    r"|园区"
    # 已获得黄冈市科技计划立项的项目，市本级按1:1给予配套支持: the city's own budget matching
    r"|(?:省|市|县|区|镇)本级")
_SUBJECT_LABEL = re.compile(r"^(?:支持|资助|申报)(?:对象|范围|内容)\s*[:：]")
_IF_CLAUSE = re.compile(r"^(?:若|如果?|对于|凡|当)|(?:的(?:项目|课题)|时|的情况下)$")


@dataclass(frozen=True)
class Matching:
    """A self-funding rule: the ratio, whom it binds when not the applicant on the whole grant
    (`condition`: non_enterprise_lead / enterprise_share / other; None = unconditional), and the
    sentence it was read from, verbatim."""

    ratio: float
    condition: MatchingCondition | None
    sentence: str


def matching_rules(text: str | None) -> list[Matching]:
    """Every matching rule stated, in text order; see `matching_ratio` for the directions read."""
    if not text:
        return []
    found = []
    for raw in sentences(text):
        sentence = normalise(raw)
        share = _PUBLIC_SHARE.search(sentence)
        part = _share(share["share"]) if share else None
        if part is not None and 0 < part < 1:
            # 县财政资金占项目总投资比例不超过50%: the rest of the total is the applicant's own
            found.append(Matching(round((1 - part) / part, 2), None, raw))
            continue
        if not re.search(_SELF, sentence) or re.search(r"投入产出比", sentence):
            continue
        read = _ratio_in(sentence)
        if read is not None:
            ratio, at = read
            clause = re.split(r"[,，;；]", sentence[:at])[-1]
            public = _PUBLIC_MATCHING.search(clause)
            if public and not re.search(_SELF, clause[:public.start()]):
                # 所在区、县（市）科技部门按1:1给予配套: the county's, not the firm's (but
                # 自筹经费与县级财政资助的比例不低于1:1 is the firm's, the county its other side)
                continue
            found.append(Matching(ratio, _condition(sentence[:at]), raw))
    return found


# 县财政资金占项目总投资比例不超过50% / 市财政资助占比不高于25% / 财政资金占项目总投入的比例不超过
# 三分之一: the grant's share of the project's whole cost capped
_PUBLIC_SHARE = re.compile(
    r"(?:[省市县区旗]级?|自治区|[省市县区]本级)?财政(?:资金|资助|补助|经费|支持)?(?:资金|经费|额)?"
    r"(?:占(?:项目)?(?:总投资|总投入|总经费|总预算|研发投入|总成本)(?:额)?的?(?:比例|比重)?|占比)"
    r"\s*(?:原则上)?(?:不超过|不高于|不得超过|不得高于|最高|≤)\s*"
    r"(?P<share>\d{1,2}(?:\.\d+)?\s*%|[二三四五六七八九十]分之[一二三四五六七八九])")


def _share(said: str) -> float | None:
    """50% → 0.5, 三分之一 → 1/3."""
    if said.rstrip().endswith("%"):
        return float(said.rstrip(" %")) / 100
    whole, _, part = said.partition("分之")
    high, low = to_number(whole), to_number(part)
    return low / high if high and low is not None else None


def matching_rule(text: str | None) -> Matching | None:
    """The rule that binds the applicant: the first unconditional one, else the first stated
    (whose condition then says whom it binds)."""
    rules = matching_rules(text)
    return next((r for r in rules if r.condition is None), rules[0] if rules else None)


# 重点项目、一般项目、后补助项目单项资助额度分别为不超过50万元、10万元至20万元、不超过10万元
# (the clause before 分别 and the values after it are cut by hand: a pattern of subjects
# joined by 和 — itself a Han character — backtracks without end on a long run of them)
_CLAUSE_END = re.compile(r"[。；;，,：:\n]")
_VALUES_END = re.compile(r"[。；;\n]")


def respectively(text: str) -> str:
    """A sentence zipping subjects with values by 分别 (A、B、C额度分别为x、y、z) said one
    clause each (A额度为x；B额度为y；C额度为z), where the counts agree; else as it was."""
    if "分别" not in text:
        return text
    out: list[str] = []
    at = 0
    for found in re.finditer("分别", text):
        if found.start() < at:
            continue
        begin = max((m.end() for m in _CLAUSE_END.finditer(text, at, found.start())),
                    default=at)
        verb = re.match(r"(?:为|是|按|给予)?", text[found.end():])
        after = found.end() + (verb.end() if verb else 0)
        end_match = _VALUES_END.search(text, after)
        end = end_match.start() if end_match else len(text)
        spread = _spread(text[begin:found.start()], text[after:end])
        if spread is None:
            continue
        out.append(text[at:begin] + spread)
        at = end
    return "".join(out) + text[at:] if out else text


def _spread(head: str, values_text: str) -> str | None:
    """A、B、C额度 and x、y、z as A额度为x；B额度为y；C额度为z (None: they do not pair up)."""
    subjects = re.split(r"\s*[、和及与]\s*", head)
    if len(subjects) < 2 or not all(re.fullmatch(r"[\u4e00-\u9fff]{2,20}", s) for s in subjects):
        return None
    # (the last subject runs on into what is said of them all: it ends as the others
    # end — 重点项目、一般项目、后补助项目单项资助额度: at 项目)
    shared = subjects[0]
    for other in subjects[1:-1]:  # (the suffix the subjects before the last share)
        while shared and not other.endswith(shared):
            shared = shared[1:]
    ending = next((shared[-k:] for k in range(len(shared), 0, -1)
                   if shared[-k:] in subjects[-1]), "")
    at = subjects[-1].find(ending) if ending else -1
    if at < 0:
        return None
    what = subjects[-1][at + len(ending):]
    subjects[-1] = subjects[-1][:at + len(ending)]
    values = [v for v in re.split(r"[、,，]", values_text) if v.strip()]
    if len(subjects) != len(values) \
            or not all(re.search(r"\d|[一二三四五六七八九十两]", v) for v in values):
        return None
    return "；".join(f"{s}{what}为{v.strip()}" for s, v in zip(subjects, values, strict=True))


def matching_ratio(text: str | None) -> float | None:
    """Self-funding per unit of grant, read in the direction the sentence states it.

    "自筹经费与财政资助比例不低于4:1" → 4; "财政资助与自筹资金按1:3" → 3; "配套…的3倍" → 3;
    "按不低于（1:3）匹配经费" names no sides: the matching funds are the second term → 3.
    """
    rule = matching_rule(text)
    return rule.ratio if rule else None


def _ratio_in(sentence: str) -> tuple[float, int] | None:
    """(ratio, where it is written) in one normalised sentence."""
    ratio = _RATIO.search(sentence)
    if ratio:
        a, b = (float(ratio["a"]), float(ratio["b"])) if ratio["a"] else (
            to_number(ratio["ca"] or ratio["da"]) or 0, to_number(ratio["cb"] or ratio["db"]) or 0)
        if 0 in (a, b):
            return None
        sides = _SIDES.match(sentence, ratio.end())  # 1:2（财政:自筹）names its own sides
        if sides is not None:
            first_self = bool(re.search(_SELF, sides["first"]))
        else:
            first_self = _first_role_is_self(sentence[: ratio.start()])
        return (a / b if first_self else b / a), ratio.start()
    per_yuan = _PER_YUAN.search(sentence)
    if per_yuan and float(per_yuan["grant"]):
        own = per_yuan["own"] or per_yuan["own_before"]
        return float(own) / float(per_yuan["grant"]), per_yuan.start()
    share = _SHARE_OF_GRANT.search(sentence)
    if share and _GRANT_BASE.search(share["base"]) and not re.search(r"总|投资", share["base"]):
        return float(share["pct"]) / 100, share.start()
    times = _TIMES.search(sentence)
    if times:
        value = to_number(times["n"])
        if value is not None and sentence[times.end():times.end() + 1] == "半":
            value += 0.5  # 一倍半: one and a half times
        clause = re.split(r"[,，;；]", sentence[:times.start()])[-1]
        if value is not None and value > 1 and _TOTAL_COST.search(clause) \
                and not re.search(_SELF, clause):
            value -= 1  # 项目总投资不得低于财政资助额的3倍: the grant is a third, the rest its own
        return (value, times.start()) if value is not None else None
    equal = _EQUAL.search(sentence)
    if equal and re.match(r"[^。;；,，]{0,4}?的(?:一半|二分之一|50%)", sentence[equal.end():]):
        return 0.5, equal.start()  # 自筹资金不少于财政资助额的一半: half of it
    return (1.0, equal.start()) if equal else None


def _condition(head: str) -> MatchingCondition | None:
    """Whom the rule binds, from the words in front of its ratio (None: the applicant)."""
    if _NON_ENTERPRISE_LEAD.search(head):
        return "non_enterprise_lead"
    if _OTHER_LEAD.search(head):  # 高校牵头的项目，合作企业…: a case of its own, said as written
        return "other"
    if _ENTERPRISE_SHARE.search(head):
        return "enterprise_share"
    clauses = [c.strip() for c in re.split(r"[,，]", head) if c.strip()]
    # (支持对象：…联合开展…的项目，…: what the direction funds, no case of it)
    clauses = [c for c in clauses if not _SUBJECT_LABEL.match(c)]
    if any(_IF_CLAUSE.search(c) for c in clauses[:-1]) or (
            clauses and re.match(r"^(?:若|如果?|对于|凡|当)", clauses[-1])):
        return "other"
    return None


def _first_role_is_self(prefix: str) -> bool:
    """Whether self-funding is named before the grant ahead of the ratio (else grant first)."""
    clause = re.split(r"[,，;；]", prefix)[-1]  # 本专项…，项目自筹资金与财政资助资金比例2:1
    if re.search(_SELF, clause) or re.search(_GRANT, clause):
        prefix = clause
    self_at = [m.start() for m in re.finditer(_SELF, prefix)]
    grant_at = [m.start() for m in re.finditer(_GRANT, prefix)]
    if not self_at:
        return False
    # the pair nearest the ratio (…每项资助100万元…企业自筹资金与市财政资助资金比例不低于2:1,
    # where the sentence's commas were lost, names the grant before the pair)
    return not grant_at or max(self_at) < max(grant_at)


# what a platform is called after its level (省级…孵化器 and 众创空间 too)
_PLATFORM_KIND = (r"(?:平台|实验室|中心|研究院|基地|工作站|研发机构|转移机构|转移示范机构|孵化器"
                  r"|众创空间|加速器|星创天地|科技园区)")  # (星创天地, 农业科技园区 too)
# (福建省企业工程技术研究中心: 企业 before the kind too)
_NAMED_PLATFORM = r"(?:企业)?(?:重点实验室|技术创新中心|工程(?:技术)?研究中心|企业技术中心)"

QUALIFICATIONS = {
    # (not 省级高新技术企业研究开发中心, a kind of platform)
    "高新技术企业": re.compile(r"(?:国家级?)?高新技术企业(?!培育|研究开发中心|研发中心|技术中心)"
                         r"|(?<!价格)(?<!居)高企(?!业)"),  # (认定高企的: the short name)
    "规上企业": re.compile(r"规上|规模以上"),
    "瞪羚企业": re.compile(r"瞪羚企业"),
    "科技型中小企业": re.compile(r"科技型中小企业(?!服务|技术创新基金|创新基金)"),  # (a fund)
    # 国家重点实验室, 自治区工程技术研究中心: the level said without 级 before a named kind
    "国家级平台": re.compile(rf"国家级[^,，。;；]{{0,18}}?{_PLATFORM_KIND}"
                        rf"|国家{_NAMED_PLATFORM}"),
    # (兵团: the 新疆生产建设兵团, a province's rank)
    "自治区级平台": re.compile(rf"(?:自治区级|省级|省部级|兵团级?)[^,，。;；]{{0,18}}?"
                          rf"{_PLATFORM_KIND}"
                          rf"|(?:自治区|省|兵团){_NAMED_PLATFORM}"),
    "市级平台": re.compile(rf"(?:市级|州级|盟级)[^,，。;；]{{0,18}}?{_PLATFORM_KIND}"  # (自治州)
                       rf"|(?<!省)市{_NAMED_PLATFORM}"),
}


# A sentence that requires something of the applicant; anything else (a goal, a deliverable,
# content) names qualifications as what the project should achieve, never as a condition.
REQUIRING = re.compile(
    r"须|必须|应(?!用|对)|需(?!求)|要求|限|仅|具备|具有|拥有|建有"
    r"|(?:单位|主体|申报者|企业)(?:须|应|必须)?(?:为|是)"
    r"|得是|才能(?:申)?报")  # (报的人得是规上企业, …高新技术企业才能报: said aloud)
# What a project is to build or reach: "或以龙头企业为主体，培育建设自治区级（含）以上重大创新平台"
# is a target (南宁's 申报要求 lists indicators), not a platform the applicant must hold.
TARGET = re.compile(
    r"培育|(?<![获批在托])建设|(?<!已)新建(?!成)|创建|打造|(?<!已)形成|争取|(?<!已)建成|实现|达到"
    # 实施期内获批…: a target; 执行期3年, 实施期为2年: how long, no target
    r"|(?:实施|执行)期(?!限|\s*(?:为|不超过)?\s*[\d一二两三四五六七八九十])"
    r"|考核|新增")
# What ends a preference within a sentence ("具有良好合作基础的" describes, it does not require).
_REQUIRES_AGAIN = re.compile(r"须|必须|应(?!用|对)|需(?!求)|要求|不得|仅限|^限")
# "规上企业须完成研发投入统计工作": a rule for whoever is one, not a requirement to be one.
_RULE_FOR = re.compile(r"[^,，;；。、或和及]{0,4}?(?:须|必须|需|应|要)(?!求)")


# …，或上年度研发投入占营业收入比例不低于3%的企业: another kind of firm, no qualification
_OR_ELSE = re.compile(r"[,，]\s*或(?:者)?(?P<other>[^。；;，,]{2,40}?的(?:企业|单位|机构))")


def qualifications(text: str | None) -> tuple[list[str], list[str]]:
    """Named qualifications split into (required, preferred) by the clause they stand in.

    Only requirement sentences count: ones that require (须/应/需/限/具有…) or prefer (优先/
    鼓励), or state who applies without naming a target; and in them only a qualification the
    applicant is to hold: not one after a target (培育建设…平台, 实施期内…获批…平台的) nor
    the subject of a rule of its own (规上企业须完成…统计). A preference holds from its clause
    on until a clause requires again ("应拥有…中心，优先支持规模以上企业"). The names a
    sentence lists are alternatives, as the text reads them ("国家高新技术企业或广西瞪羚企业").
    """
    required: list[str] = []
    preferred: list[str] = []
    if not text:
        return required, preferred
    # 发榜企业须为规上企业 binds the firm posting a 榜单, unless that firm is the applicant
    # (由发榜企业牵头、揭榜团队…联合申报)
    poster_applies = _POSTER_LEADS.search(normalise(text)) is not None
    for sentence in sentences(_MATERIALS_LIST.sub("", normalise(text))):
        if not (PREFERENCE.search(sentence) or REQUIRING.search(sentence)
                or not TARGET.search(sentence)):
            continue
        other = _OR_ELSE.search(sentence)
        if other is not None and not any(pattern.search(other["other"])
                                         for pattern in QUALIFICATIONS.values()):
            continue  # (应为高新技术企业、科技型中小企业，或研发投入…不低于3%的企业: any firm may)
        start, prefer = 0, False
        for whole in re.split(r"(?<=[,，;；])", sentence):
            # (须为规上企业（不作高新技术企业资质要求）: the waiver its bracket states is the
            # bracket's, blanked in place so what the clause requires still counts)
            clause = _WAIVING_ASIDE.sub(lambda m: " " * len(m[0]), whole)
            if PREFERENCE.search(clause):
                prefer = True
            elif _REQUIRES_AGAIN.search(clause):
                prefer = False
            bucket = preferred if prefer else required
            if (not poster_applies and _OTHER_PARTY.match(clause.strip())) \
                    or _EXCLUDED.search(clause):
                start += len(clause)  # (已获国家级平台认定的不再重复支持: who is left out)
                continue
            # (建设…中试平台的企业，申报企业须已建有市级以上…平台: a clause that requires anew
            # is read from its own start, the target before it another clause's)
            base = start if _REQUIRES_ANEW.search(clause) else 0
            for name, pattern in QUALIFICATIONS.items():
                if name not in bucket and any(
                        _held(sentence[base:], start - base + m.start(), start - base + m.end())
                        for m in pattern.finditer(clause)):
                    bucket.append(name)
            start += len(clause)
    return required, [name for name in preferred if name not in required]


_WAIVING_ASIDE = re.compile(r"[(（](?=[^()（）]*(?:不(?:作|做)|不要求|不限|不受))"
                            r"[^()（）]{2,30}[)）]")
_REQUIRES_ANEW = re.compile(r"须|必须|应当?(?!用|对)|需(?!求)")  # (not 以企业为主体获批…)
_EXCLUDED = re.compile(r"的\s*(?:不再(?:重复)?(?:支持|资助|予以支持)|不得(?:再次)?申报"
                       r"|不予(?:支持|受理))"
                       # 牵头单位不作高新技术企业要求 / 不要求具有…: a qualification waived
                       r"|不(?:作|做)[^。；;，,]{2,20}?要求|不限(?:具有|具备|为)"
                       r"|不要求(?:具有|具备|为|是)?"  # 须为科技型中小企业，不要求高新技术企业
                       r"|不受[^。；;，,]{2,30}?限制")  # 本方向不受市级平台条件限制
_OTHER_PARTY = re.compile(r"(?:且|并|同时)?(?:发榜|出榜|需求)(?:企业|单位|方)")
_POSTER_LEADS = re.compile(r"由(?:发榜|出榜)(?:企业|单位|方)[^。；;，,]{0,6}?(?:牵头|申报)"
                             r"|(?:发榜|出榜)(?:企业|单位|方)(?:作为|为)?(?:牵头|申报)")


def _held(sentence: str, begin: int, end: int) -> bool:
    """Is the qualification at sentence[begin:end] one the applicant is to hold (no target
    before it in the sentence, not the subject of a rule of its own)?"""
    if TARGET.search(sentence[:begin]):
        return False
    if _WHERE_USED.search(sentence, 0, begin) and _USED_THERE.match(sentence, end):
        return False  # (…平台在区内规上企业的集成应用: where it is used, not who applies)
    return not _RULE_FOR.match(sentence, end)


_WHERE_USED = re.compile(r"在[^,，;；。、]{0,8}$")
_USED_THERE = re.compile(r"(?:的|中|内)?[^,，;；。]{0,6}?(?:应用|推广|示范|落地)")


def clear_caches() -> None:
    """Forget what the cached readers read (their texts read differently from now on)."""
    for reader in (quota, enterprise_lead_only, period_years_max, min_rd_spend_wan,
                   _read_funding, _sentences):
        reader.cache_clear()


# --------------------------------------------------------------------------- tiers by a value

# 榜额500万元（含）以上的，资助1,000,000元；榜额300万元（含）至500万元（不含）的，资助600,000元:
# grants in tiers of a quantity each direction states for itself (its 榜额, its 总投资)
_TIER_CLAUSE = (r"(?P<cond>[^,，;；。:：\d]{{0,6}}\d[^,，;；。:：]{{1,36}}?)的\s*[,，]?\s*"
                r"(?:(?:区|市|县)?财政)?(?:资助|补助|支持|奖励|奖补|给予)[^,，;；。\d]{{0,8}}?"
                r"(?P<amount>{money})")


def tier_for(text: str, name: str, low: float, high: float) -> str | None:
    """The grant (as written) of the tier of `name` that holds the stated value (low…high 万元,
    both inside one tier), from tiers said as `name`…的，资助… clauses; None when the text sets
    no such tiers or the value straddles two."""
    pattern = re.compile(re.escape(name) + _TIER_CLAUSE.format(money=MONEY))
    tiers = [(bounds, m["amount"]) for m in pattern.finditer(text)
             if (bounds := _tier_bounds(m["cond"])) is not None]
    if len(tiers) < 2:
        return None
    held = [amount for (lo, lo_in, hi, hi_in), amount in tiers
            if all((lo < v or (lo_in and lo == v)) and (v < hi or (hi_in and v == hi))
                   for v in (low, high))]
    return held[0] if held else None


_BOUND = re.compile(MONEY + r"\s*(?P<mark>[(（]\s*(?:不含|含)\s*[)）])?")


def _tier_bounds(cond: str) -> tuple[float, bool, float, bool] | None:
    """500万元（含）以上 → (500, True, inf, False); 300万元（含）至500万元（不含） → (300, True,
    500, False); 300万元以下 → (-inf, False, 300, False): 以上 holds its number unless 不含,
    以下 holds it only when 含 says so."""
    found = list(_BOUND.finditer(cond))
    values = [amount_to_wan(m.group(1), m.group(2)) for m in found]
    if not found or any(v is None for v in values):
        return None
    marks = [m["mark"] or "" for m in found]
    rest = cond[found[-1].end():]
    if len(found) == 2 and re.search(r"[至到~～\-—－]", cond[found[0].end():found[1].start()]):
        return (float(values[0] or 0), "不含" not in marks[0], float(values[1] or 0),
                "含" in marks[1] and "不含" not in marks[1])
    if len(found) == 1 and re.match(r"\s*(?:及)?以上", rest):
        return float(values[0] or 0), "不含" not in marks[0], float("inf"), False
    if len(found) == 1 and re.match(r"\s*(?:及)?以下|\s*以内", rest):
        held = "含" in marks[0] and "不含" not in marks[0]
        return float("-inf"), False, float(values[0] or 0), held
    return None
