"""How much money the applicant puts up for a hoped-for grant, and when the grant arrives."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field

from bot import eligibility_words as words
from bot.catalogue import fields as fx
from bot.catalogue.models import Leaf
from bot.eligibility.models import ZH

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
