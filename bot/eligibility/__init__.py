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

from bot.eligibility.conditions import (
    OPEN_LEAD,
    PERMISSIVE,
    PREF,
    REQ_MARK,
    conditions_for,
    conditions_from_text,
    requirement_sentences,
)
from bot.eligibility.models import (
    INFO_KINDS,
    LEVEL_RANK,
    ZH,
    ApplicantKind,
    Condition,
    ConditionKind,
    Op,
    Part,
    PlatformLevel,
    Profile,
    RevenueBand,
    Verdict,
    VerdictValue,
)
from bot.eligibility.self_funding import (
    FundingRule,
    SelfFunding,
    Timing,
    self_funding,
)
from bot.eligibility.verdicts import (
    Said,
    advantages,
    coverage,
    evaluate,
    summary,
    summary_text,
)

__all__ = [
    "INFO_KINDS",
    "LEVEL_RANK",
    "OPEN_LEAD",
    "PERMISSIVE",
    "PREF",
    "REQ_MARK",
    "ZH",
    "ApplicantKind",
    "Condition",
    "ConditionKind",
    "FundingRule",
    "Op",
    "Part",
    "PlatformLevel",
    "Profile",
    "RevenueBand",
    "Said",
    "SelfFunding",
    "Timing",
    "Verdict",
    "VerdictValue",
    "advantages",
    "conditions_for",
    "conditions_from_text",
    "coverage",
    "evaluate",
    "requirement_sentences",
    "self_funding",
    "summary",
    "summary_text",
]
