"""Conditions checked against a profile: met, not met or unknown, with the reason, and the
one-line count a card shows."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any, Literal

from bot import eligibility_words as words
from bot.catalogue.models import Leaf
from bot.eligibility.conditions import conditions_for
from bot.eligibility.models import INFO_KINDS, LEVEL_RANK, Condition, Profile, Verdict, VerdictValue

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


