"""Catalogue models: what a guideline document states, in the shape the store and bot use.

A field the text does not state is None (or empty), never a default that looks like data.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, TypeAdapter, model_validator
from pydantic.dataclasses import dataclass

# Whom a matching rule binds when it is not the applicant on the whole grant (see Leaf).
MatchingCondition = Literal["non_enterprise_lead", "enterprise_share", "other"]


class Stage(BaseModel):
    """One dated step of an application window (e.g. 电子申报材料截止 at 2025-06-20 18:00)."""

    model_config = ConfigDict(extra="forbid")

    label: str
    starts_at: AwareDatetime | None = None
    ends_at: AwareDatetime

    @model_validator(mode="after")
    def _ordered(self) -> Stage:
        if self.starts_at and self.starts_at > self.ends_at:
            raise ValueError(f"stage {self.label!r} starts after it ends")
        return self


class Window(BaseModel):
    """When one can apply; comes from a bureau notice, never from the guideline text."""

    model_config = ConfigDict(extra="forbid")

    status: Literal["unknown", "dated", "rolling", "later"] = "unknown"
    stages: list[Stage] = Field(default_factory=list)
    note: str | None = None
    source: str | None = None
    set_by: str | None = None
    set_at: datetime | None = None

    @model_validator(mode="after")
    def _stages_match_status(self) -> Window:
        if self.status == "dated" and not self.stages:
            raise ValueError("a dated window needs at least one stage")
        if self.status == "unknown" and self.stages:
            raise ValueError("an unknown window cannot have stages")
        return self


class GuidelineMeta(BaseModel):
    """One entry of data/catalogue.toml: the facts about a document that are not in its text."""

    model_config = ConfigDict(extra="forbid")

    key: str = Field(pattern=r"^[a-z]{2,6}\d{2}$", description="short id used in leaf ids")
    city: str
    city_en: str
    year: int
    year_basis: str = Field(description="where the year comes from (title line, codes, dates)")
    issuer: str
    title: str
    source_file: str
    url: str | None = Field(default=None, description="the bureau's official notice online")
    contact: str | None = Field(default=None, description="who answers questions (name, phone)")
    window: Window = Field(default_factory=Window)


@dataclass(slots=True, kw_only=True)
class Leaf:
    """A unit a user applies to: a direction without sub-directions, or a sub-direction.

    A validated dataclass with slots rather than a BaseModel: every process holds every leaf
    for as long as it runs, and a per-instance dict of 41 fields costs ~830 bytes a leaf
    (~60 MB at 100k leaves) where slots cost ~340. `LEAF` validates and serialises them."""

    id: str
    guideline: str
    city: str
    year: int
    plan: str | None = None
    group: str | None = None
    code: str | None = None
    number: str | None = None
    parent: str | None = None
    title: str
    office: str | None = None
    content: str | None = None
    indicators: str | None = None
    period_text: str | None = None
    period_years_max: float | None = None
    funding_text: str | None = None
    funding_mode: str | None = None
    funding_min_wan: float | None = None
    funding_max_wan: float | None = None
    funding_percent: float | None = None
    funding_percent_basis: str | None = None
    funding_percent_cap: float | None = None
    funding_tiers_wan: list[float] = Field(default_factory=list)
    total_investment_min_wan: float | None = None
    announced_later: bool = False
    quota: int | None = None
    quota_text: str | None = None
    requirements: str | None = None
    enterprise_lead_only: bool | None = None
    min_rd_spend_wan: float | None = None
    matching_ratio: float | None = None
    matching_condition: MatchingCondition | None = Field(
        default=None,
        description="whom the matching ratio binds when not the applicant on the whole grant: "
                    "partner firms when a non-enterprise leads, participating firms on their own "
                    "share, or another case its sentence names; None when unconditional")
    matching_text: str | None = Field(
        default=None, description="the sentence the matching ratio is read from, verbatim")
    qualifications: list[str] = Field(default_factory=list)
    preferences: list[str] = Field(default_factory=list)
    sectors: list[str] = Field(default_factory=list)
    inferred: list[str] = Field(default_factory=list, description="what the parser reconstructed")
    inherited: list[str] = Field(
        default_factory=list,
        description="fields whose value the text states for the plan or group above the leaf")
    other_fields: dict[str, str] = Field(
        default_factory=dict, description="fields under labels no rule knows, label → text")
    source_file: str
    source_line: int


LEAF: TypeAdapter[Leaf] = TypeAdapter(Leaf)


class ParseIssue(BaseModel):
    """A problem found in a source, reported as `file:line: reason`."""

    file: str
    line: int
    reason: str
    fatal: bool = False
    # what a refused document is or what was found, for a message in the reader's language
    # (scan, password…; unknown_label, hollow…) with the values it names
    kind: str | None = None
    args: dict[str, str | int] = Field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.reason}"


class Guideline(BaseModel):
    """One city's document for one year, with its leaves in document order."""

    meta: GuidelineMeta
    leaves: list[Leaf]
    warnings: list[ParseIssue] = Field(default_factory=list)
