"""Eligibility in words, per language, at display time: pure functions over the structured
conditions and verdicts of bot/eligibility.py, with every word from locales/ (table [elig]).

A condition read as structure (kind, op, values, fact) is said from its `words` key and `args`;
one whose label is a clause of the requirement text is quoted as written ("「…」" in Chinese,
"“…”" in English). Amounts are 万元 in Chinese and yuan in English; city names come from the
guideline metadata's city_en.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from bot.catalogue.numbers import clean_number
from bot.i18n import t

if TYPE_CHECKING:
    from bot.catalogue.models import Leaf
    from bot.eligibility import Condition, Part, RevenueBand, SelfFunding, Verdict

ZH = "zh_CN"
CityName = Callable[[str], str]


def same_city(city: str) -> str:
    return city


def fmt(value: float | None) -> str:
    """A number as the Chinese sentences write it: 150, 33.33."""
    return str(clean_number(round(value, 2))) if value is not None else "?"


def money(wan: float | None, lang: str, *, yi: bool = False) -> str:
    """300万元 in Chinese (with `yi`, 亿元 from 1亿), 3,000,000 yuan in English."""
    if wan is None:
        return "?"
    if lang != "en":
        if yi and wan >= 10000:
            return f"{fmt(wan / 10000)}亿元"
        return t(lang, "elig.funding.money", amount=fmt(wan))
    return t(lang, "elig.funding.money", amount=f"{wan * 10_000:,.0f}")


def quote(text: str, lang: str) -> str:
    """Source text quoted as written: 「…」 in Chinese, “…” in English."""
    return t(lang, "elig.quote", text=text)


def _listing(items: Iterable[str], lang: str, joiner: str = "list") -> str:
    return t(lang, f"elig.{joiner}").join(items)


def quals(facts: Sequence[str], lang: str, joiner: str = "list") -> str:
    return _listing((t(lang, f"elig.qual.{fact}") for fact in facts), lang, joiner)


def kinds(values: Sequence[str], lang: str, top_hospital: bool = False) -> str:
    names = [t(lang, "elig.kind.top_hospital") if top_hospital and kind == "hospital"
             else t(lang, f"elig.kind.{kind}") for kind in values]
    return _listing(names, lang, "list" if lang == ZH else "or")  # any of them


def level(value: str, lang: str) -> str:
    return t(lang, f"elig.level.{value}")


# --------------------------------------------------------------------------- conditions


def label(c: Condition, lang: str, city: CityName = same_city) -> str:
    """What the condition asks, in `lang`; a clause of the text is quoted as written."""
    if c.words is None:
        return c.label if lang == ZH else quote(c.label, lang)
    args = c.args
    key = c.words
    if key in ("qualification", "qualification_pref"):
        joiner = "and" if c.op == "all_true" else "or"
        return t(lang, f"elig.label.{key}", names=quals(c.values, lang, joiner))
    if key in ("applicant_kind", "applicant_kind_pref"):
        return t(lang, f"elig.label.{key}",
                 kinds=kinds(c.values, lang, bool(args.get("top_hospital"))))
    if key == "applicant_body":
        body = str(args.get("body", ""))
        return t(lang, "elig.label.applicant_body",
                 body=body if lang == ZH or not body else quote(body, lang))
    if key == "platform":
        return t(lang, "elig.label.platform", level=level(str(c.value), lang))
    if key == "city":
        return t(lang, "elig.label.city", city=city(str(c.value)))
    if key in ("rd_spend", "revenue"):
        return t(lang, f"elig.label.{key}", amount=money(_number(c.value), lang))
    if key == "bands":
        tiers = t(lang, "elig.label.band_sep").join(band_words(b, lang) for b in c.bands)
        return t(lang, "elig.label.bands", bands=tiers)
    if key == "intensity":
        return t(lang, "elig.label.intensity", pct=fmt(c.bands[0].min_intensity_pct))
    if key == "matching" or key.startswith("matching_if."):
        return t(lang, f"elig.label.{key}", ratio=fmt(_number(c.value)))
    return t(lang, f"elig.label.{key}")


def band_words(band: RevenueBand, lang: str) -> str:
    """"2亿元<销售收入≤10亿元 时研发强度≥2%"."""
    space = "" if lang == ZH else " "
    parts = []
    if band.low_wan is not None:
        parts += [money(band.low_wan, lang, yi=True), "≤" if band.low_inclusive else "<"]
    parts.append(t(lang, "elig.label.band_revenue"))
    if band.high_wan is not None:
        parts += ["≤" if band.high_inclusive else "<", money(band.high_wan, lang, yi=True)]
    return t(lang, "elig.label.band", range=space.join(parts),
             pct=fmt(band.min_intensity_pct))


def parts(items: Sequence[Part], lang: str) -> str:
    """What is left to confirm: 认定时间（2023年…认定）；平台类型（重点实验室等）."""
    said = []
    for part in items:
        text = part.text if lang == ZH or not part.text else quote(part.text, lang)
        said.append(t(lang, f"elig.part.{part.kind}", text=text))
    return t(lang, "elig.part.sep").join(said)


def notes(keys: Sequence[str], lang: str) -> str:
    return t(lang, "elig.note.sep").join(t(lang, f"elig.note.{key}") for key in keys)


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, float | int) else None


# --------------------------------------------------------------------------- verdicts


def reason(v: Verdict, lang: str, city: CityName = same_city) -> str:
    """Why the verdict is what it is, in `lang`."""
    said = _reason(v.why, v.args, lang, city)
    c = v.condition
    if v.then == "confirm_part":
        return t(lang, "elig.reason.but_confirm", reason=said, part=parts(c.unknown_parts, lang))
    if v.then == "alternative":
        return t(lang, "elig.reason.alternative", reason=said,
                 alternative=t(lang, "elig.part.leader"))
    return said


def _reason(key: str, args: Mapping[str, Any], lang: str, city: CityName) -> str:
    if key == "notes":
        return notes(args["notes"], lang)
    if key in ("has_any", "has_one_of", "lacks", "not_told_quals", "needs_all"):
        joiner = "list" if lang == ZH else "and" if args.get("all") else "or"
        return t(lang, f"elig.reason.{key}", names=quals(args["facts"], lang, joiner))
    if key == "city":
        return t(lang, "elig.reason.city", city=city(str(args["city"])))
    if key in ("kind", "kind_confirm"):
        kind = str(args["kind"])
        name = t(lang, f"elig.kind.{kind}") if kind in _KINDS else kind
        return t(lang, f"elig.reason.{key}", kind=name)
    if key == "level":
        return t(lang, "elig.reason.level", level=level(str(args["level"]), lang))
    if key == "bands":
        return t(lang, "elig.reason.bands", intensity=f"{args['intensity']:.2f}",
                 pct=fmt(args["pct"]))
    values = {name: money(value, lang) for name, value in args.items()
              if name in ("amount", "need", "have", "grant", "share")}
    return t(lang, f"elig.reason.{key}", **values)


_KINDS = ("enterprise", "university", "institute", "hospital", "other")


def summary(met: int, total: int, unknown: int, advantages: int, lang: str) -> str:
    """"符合 4/5 项，1 项待确认" / "Meets 4/5 requirements, 1 to confirm"."""
    if total == 0:
        return t(lang, "elig.summary.none")
    text = t(lang, "elig.summary.met", met=met, total=total)
    if unknown:
        text += t(lang, "elig.summary.unknown", n=unknown)
    not_met = total - met - unknown
    if not_met:
        text += t(lang, "elig.summary.not_met", n=not_met)
    if advantages:
        text += t(lang, "elig.summary.advantages", n=advantages)
    return text


# --------------------------------------------------------------------------- self-funding


def self_funding(r: SelfFunding, leaf: Leaf, lang: str) -> str:
    """Money to put up and when the grant arrives, as one sentence (or a few) in `lang`."""
    def m(value: float | None) -> str:
        return money(value, lang)

    g = m(r.grant_applied_wan)
    said: list[str] = []
    if r.over_cap:
        said.append(t(lang, "elig.funding.over_cap", cap=m(r.grant_max_wan), grant=g))
    if r.under_floor:
        said.append(t(lang, "elig.funding.under_floor", floor=m(r.grant_min_wan)))
    own = m(r.self_funding_wan)
    basis = r.percent_basis or ""
    basis = basis if lang == ZH or not basis else quote(basis, lang)
    pct = fmt(r.percent)
    if r.rule == "ratio":
        said.append(t(lang, "elig.funding.ratio", grant=g, own=own, ratio=fmt(r.ratio),
                      total=m(r.total_project_wan)))
    elif r.rule == "conditional_ratio" and leaf.matching_condition:
        rule = t(lang, f"elig.label.matching_if.{leaf.matching_condition}", ratio=fmt(r.ratio))
        said.append(t(lang, "elig.funding.conditional", rule=rule))
    elif r.rule == "percent_of_self":
        said.append(t(lang, "elig.funding.percent_of_self", pct=pct, grant=g, own=own))
    elif r.rule == "percent_of_spend":
        said.append(t(lang, "elig.funding.percent_of_spend", basis=basis, pct=pct, grant=g,
                      spend=m(r.basis_amount_wan), own=own))
    elif r.rule == "percent_cap_of_total":
        said.append(t(lang, "elig.funding.percent_cap_of_total", pct=pct, grant=g,
                      budget=m(r.basis_amount_wan), own=own))
    elif r.rule == "percent_of_other":
        said.append(t(lang, "elig.funding.percent_of_other", basis=basis, pct=pct, grant=g,
                      base=m(r.basis_amount_wan)))
    elif r.rule == "total_investment_floor":
        said.append(t(lang, "elig.funding.total_investment_floor",
                      total=m(leaf.total_investment_min_wan), grant=g, own=own))
    else:
        said.append(t(lang, "elig.funding.none"))
    timings = list(dict.fromkeys(k for k in r.timing if k != "unknown"))
    when = t(lang, "elig.funding.or").join(t(lang, f"elig.funding.timing.{k}") for k in timings)
    said.append(t(lang, "elig.funding.when", when=when) if when
                else t(lang, "elig.funding.when_unknown"))
    if r.cash_before_grant_wan and "after_acceptance" in r.timing and "upfront" not in r.timing:
        said.append(t(lang, "elig.funding.advance", amount=m(r.cash_before_grant_wan)))
    text = t(lang, "elig.funding.sep").join(said) + t(lang, "elig.funding.end")
    return text[0].upper() + text[1:]
