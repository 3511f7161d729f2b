"""What eligibility is made of: the asker's profile, conditions read from requirement
sentences, and verdicts. Structure only; bot.eligibility_words says them in a language."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field, model_validator

from bot import eligibility_words as words
from bot.catalogue.models import MatchingCondition

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


