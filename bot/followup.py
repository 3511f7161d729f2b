"""Follow-up questions on a direction card, answered from the direction's structured fields.

Pure: which direction a card message is (from its buttons, else its source line), what a short
question asks about (keywords in Chinese and English, typo-tolerant for English words), and a
short factual answer that quotes the guideline's source line. A question the fields cannot
answer is marked incomplete so the caller offers a person instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

from bot.catalogue.models import GuidelineMeta, Leaf
from bot.i18n import t
from bot.render import (
    esc,
    funding_words,
    lead_words,
    matching_words,
    mode_words,
    num,
    qualification_words,
    short,
    source_line,
    wan,
    window_words,
)
from bot.windows import WindowStatus

Intent = Literal["funding", "deadline", "lead", "matching", "period", "quota", "rd_spend",
                 "qualifications", "mode"]
INTENTS: tuple[Intent, ...] = ("funding", "deadline", "lead", "matching", "period", "quota",
                               "rd_spend", "qualifications", "mode")
MAX_INTENTS = 3
QUOTE = 120
FUZZY_WORD = 85  # rapidfuzz ratio for one English word ("deadlne" → "deadline")

# Chinese keywords are matched as substrings; the longest match wins a contested span, so
# "实施期限" is the period and "申报期限" the deadline.
ZH_KEYWORDS: dict[Intent, tuple[str, ...]] = {
    "funding": ("资助多少", "资助金额", "资助额", "补助多少", "补贴多少", "给多少", "多少钱",
                "多少经费", "经费多少", "支持多少", "支持力度", "金额", "额度", "拨款多少",
                "奖励多少", "资助", "补助", "补贴", "经费", "最高多少"),
    "deadline": ("截止", "什么时候申报", "什么时候报", "何时申报", "申报时间", "申报期限",
                 "几号", "还有几天", "什么时候开始", "什么时候", "何时", "报名时间",
                 "受理时间", "开放申报"),
    "lead": ("牵头", "谁可以申报", "谁能申报", "谁能报", "申报主体", "哪些单位", "什么单位",
             "高校能", "高校可以", "企业能", "企业可以", "个人能", "个人可以", "联合申报"),
    "matching": ("配套", "自筹", "匹配资金", "自有资金"),
    "period": ("实施期", "实施期限", "实施年限", "多久", "多长时间", "几年", "周期", "年限",
               "执行期"),
    "quota": ("几项", "多少项", "多少个项目", "名额", "立项数", "支持几个", "拟立项", "几个项目"),
    "rd_spend": ("研发投入", "研发费用", "研发支出", "研发经费"),
    "qualifications": ("资质", "高新技术企业", "高新企业", "高企", "规上", "门槛", "资格",
                       "申报条件", "什么条件"),
    "mode": ("资助方式", "拨付方式", "怎么拨", "如何拨", "前资助", "后补助", "事前", "事后",
             "先拨", "怎么给钱", "分年拨付", "拨付"),
}
EN_PHRASES: dict[Intent, tuple[str, ...]] = {
    "funding": ("how much", "funding", "grant", "money", "amount", "subsidy", "award",
                "budget", "fund"),
    "deadline": ("deadline", "when", "due", "closing date", "apply by", "open", "close",
                 "dates", "date"),
    "lead": ("who can lead", "lead", "leader", "who can apply", "eligible applicant",
             "university", "universities", "applicant"),
    "matching": ("matching", "match", "co-fund", "cofund", "self-fund", "own funds",
                 "co-financing"),
    "period": ("how long", "period", "duration", "years", "how many years"),
    "quota": ("how many projects", "quota", "how many awards", "number of projects"),
    "rd_spend": ("r&d spend", "r&d", "research spending", "rd spend"),
    "qualifications": ("qualification", "qualifications", "high-tech", "certified",
                       "requirement", "requirements", "eligibility", "eligible"),
    "mode": ("paid", "payment", "upfront", "up front", "reimburse", "reimbursed",
             "disbursed", "installments"),
}
# Generic words that only count when nothing more specific matched ("how much matching").
_GENERIC: dict[Intent, tuple[str, ...]] = {
    "funding": ("how much", "资助", "补助", "补贴", "经费", "fund"),
    "deadline": ("when", "什么时候", "何时", "open", "close"),
}
_WORD = re.compile(r"[a-z][a-z&\-]*")


def detect_intents(text: str) -> list[Intent]:
    """What a question asks about, most specific first (at most three)."""
    lowered = text.lower()
    found: dict[Intent, tuple[int, bool]] = {}  # intent → (position, generic only)
    for intent, keywords in ZH_KEYWORDS.items():
        for keyword in sorted(keywords, key=len, reverse=True):
            position = lowered.find(keyword)
            if position >= 0 and not _inside_longer(lowered, position, keyword, intent):
                _note(found, intent, position, keyword in _GENERIC.get(intent, ()))
    words = _WORD.findall(lowered)
    for intent, phrases in EN_PHRASES.items():
        for phrase in phrases:
            position = _find_phrase(lowered, words, phrase)
            if position >= 0:
                _note(found, intent, position, phrase in _GENERIC.get(intent, ()))
    specific = {i for i, (_, generic) in found.items() if not generic}
    kept = [i for i in found if i in specific or not specific]
    kept.sort(key=lambda i: found[i][0])
    return kept[:MAX_INTENTS]


def _note(found: dict[Intent, tuple[int, bool]], intent: Intent, position: int,
          generic: bool) -> None:
    old = found.get(intent)
    if old is None:
        found[intent] = (position, generic)
    else:
        found[intent] = (min(old[0], position), old[1] and generic)


def _inside_longer(text: str, position: int, keyword: str, intent: Intent) -> bool:
    """A keyword that is part of a longer keyword of another intent does not count."""
    for other, keywords in ZH_KEYWORDS.items():
        if other == intent:
            continue
        for longer in keywords:
            if len(longer) <= len(keyword) or keyword not in longer:
                continue
            start = text.find(longer)
            while start >= 0:
                if start <= position < start + len(longer):
                    return True
                start = text.find(longer, start + 1)
    return False


def _find_phrase(text: str, words: list[str], phrase: str) -> int:
    """Position of an English phrase: exact (on word boundaries), or one typo'd word."""
    match = re.search(rf"(?<![a-z]){re.escape(phrase)}(?![a-z])", text)
    if match:
        return match.start()
    if " " in phrase or len(phrase) < 5:
        return -1
    for word in words:
        if len(word) >= 5 and fuzz.ratio(word, phrase) >= FUZZY_WORD:
            return text.find(word)
    return -1


# --------------------------------------------------------------------------- answers


@dataclass(frozen=True)
class Answer:
    """An answer in HTML; `complete` is False when some asked-for field is not stated."""

    text: str
    complete: bool


def answer(leaf: Leaf, intents: list[Intent], status: WindowStatus, lang: str,
           meta: GuidelineMeta | None = None, past: str | None = None) -> Answer:
    """Short facts for each intent, then where the guideline says so. `past` names a past
    edition: its dates are history, and the answer says that instead."""
    lines = [f"<b>{esc(short(leaf.title, 40))}</b>"]
    complete = bool(intents)
    for intent in intents:
        if intent == "deadline":
            if past is not None:
                lines.append(f"🗓 {esc(past)}")
                continue
            text, known = window_words(status, lang), status.kind != "unknown"
            lines.append(f"🗓 {text}")
            complete = complete and known
            continue
        fact, quote = _fact(leaf, intent, lang)
        if fact is None:
            lines.append(f"❔ {esc(t(lang, f'followup.unknown_{intent}'))}")
            complete = False
            continue
        lines.append(f"{_ICONS[intent]} {esc(fact)}")
        if quote:
            lines.append(f"<blockquote>{esc(short(quote, QUOTE))}</blockquote>")
    lines.append(source_line(leaf, meta, lang))
    return Answer("\n".join(lines), complete)


_ICONS: dict[Intent, str] = {"funding": "💰", "lead": "👤", "matching": "🤝", "period": "⏳",
                             "quota": "🎯", "rd_spend": "📌", "qualifications": "📌",
                             "mode": "💳", "deadline": "🗓"}


def _fact(leaf: Leaf, intent: Intent, lang: str) -> tuple[str | None, str | None]:
    """(the fact in words, the sentence of the guideline it comes from), or (None, None)."""
    if intent == "funding":
        stated = (leaf.funding_max_wan is not None or leaf.funding_min_wan is not None
                  or leaf.funding_tiers_wan or leaf.funding_percent is not None
                  or leaf.announced_later)
        if not stated:
            return None, None
        words = funding_words(leaf, lang)
        mode = mode_words(leaf, lang)
        return (f"{words}（{mode}）" if mode and lang != "en" else
                f"{words} ({mode})" if mode else words), leaf.funding_text
    if intent == "mode":
        return mode_words(leaf, lang), leaf.funding_text if leaf.funding_mode else None
    if intent == "lead":
        if leaf.enterprise_lead_only is None:
            return None, None
        return lead_words(leaf, lang), _sentence(leaf.requirements, ("牵头",))
    if intent == "matching":
        return matching_words(leaf, lang), _sentence(leaf.requirements or leaf.funding_text,
                                                     ("配套", "自筹", "匹配"))
    if intent == "period":
        if not leaf.period_years_max:
            return None, None
        return t(lang, "card.period", years=wan(leaf.period_years_max)), leaf.period_text
    if intent == "quota":
        if not leaf.quota:
            return None, None
        return t(lang, "card.quota", n=leaf.quota), leaf.quota_text
    if intent == "rd_spend":
        if leaf.min_rd_spend_wan is None:
            return None, None
        return (t(lang, "card.rd_spend", amount=num(leaf.min_rd_spend_wan, lang)),
                _sentence(leaf.requirements, ("研发",)))
    if not leaf.qualifications:
        return None, None
    return qualification_words(leaf, lang), None


def _sentence(text: str | None, needles: tuple[str, ...]) -> str | None:
    """The first sentence of `text` that mentions one of `needles` (to quote as the source)."""
    if not text:
        return None
    for sentence in re.split(r"(?<=[。；;！？\n])", text):
        if any(needle in sentence for needle in needles):
            return sentence.strip()
    return None
