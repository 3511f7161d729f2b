"""Answers, not only lists: a question understood (bot.query) → an answer as plain data → HTML.

`answer(...)` takes plain inputs — the searcher (leaves + lexicon), a window lookup, the moment,
the saved profile — and returns one dataclass per kind of question:

- SearchAnswer    the directions meeting the conditions, ranked by topic, plus those whose fields
                  are not stated, and what to try when nothing fits;
- GlossaryAnswer  后补助, 配套, 揭榜挂帅 … explained from locales/ (zh and en), with how often the
                  catalogue uses the term;
- DeadlineAnswer  the application windows in scope, honest about unknown and past ones;
- MaxAmountAnswer the largest stated cap in scope and its directions, and what states no cap;
- MaterialsAnswer what the guideline says about 申报材料 for the direction asked about, or that
                  it says nothing;
- EligibleAnswer  the directions a company qualifies for (saved profile + facts in the
                  question), ranked, with the possible total and what is still unknown.

`render(answer, lang, ...)` makes the Telegram HTML and the keyboard as data (bot.keyboards); every
string comes from locales/. Nothing here talks to Telegram or a database.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

import numpy as np

from bot import buttons as b
from bot import eligibility_words as words
from bot.catalogue.models import Leaf, Window
from bot.catalogue.numbers import clean_number
from bot.dictionary import Place
from bot.eligibility import LEVEL_RANK, Condition, Profile, conditions_for, evaluate
from bot.i18n import t
from bot.keyboards import Button, Keyboard, button
from bot.query import MODES, QUALIFICATIONS, Constraints, Understood
from bot.render import (
    compact,
    esc,
    funding_words,
    join,
    list_modes,
    list_when,
    num,
    quote,
    short,
    wan,
    window_words,
)
from bot.search import Found, Hit, Searcher
from bot.windows import WindowStatus, window_status

WindowFor = Callable[[Leaf], Window | None]
Name = Callable[[str], str]  # a city's or sector's name in the language shown


def _same(name: str) -> str:
    return name

SHOWN = 5  # items per answer on one phone screen
ELIGIBLE_READ = 80  # directions whose requirement prose is read for one eligibility answer
MATERIALS_READ = 200  # directions looked through for papers when none is named
WARM_LIMIT = 5000  # up to this many directions, `warm` reads all requirement prose at start
QUAL_FLAGS = {"高新技术企业": "is_high_tech", "规上企业": "is_above_scale",
              "科技型中小企业": "is_tech_sme", "瞪羚企业": "is_gazelle"}
PLATFORM_LEVELS = {"市级平台": "city", "自治区级平台": "region", "国家级平台": "national"}


# --------------------------------------------------------------------------- answers as data


@dataclass
class SearchAnswer:
    query: Understood
    found: Found
    # the city asked about has no guideline in the catalogue (钦州): said plainly, with the
    # cities that do (nothing from other cities is shown as if it answered)
    no_guideline: Place | None = None
    cities: list[str] = field(default_factory=list)

    @property
    def leaves(self) -> list[Leaf]:
        """Shown order: those that meet every condition, then those not stating a field."""
        return [hit.leaf for hit in self.found.hits + self.found.unknown]

    @property
    def main(self) -> list[Leaf]:
        return [hit.leaf for hit in self.found.hits]

    @property
    def empty(self) -> bool:
        return self.found.empty


@dataclass
class GlossaryAnswer:
    query: Understood
    term: str
    used_by: int = 0  # directions whose mode or requirement names the term

    leaves: list[Leaf] = field(default_factory=list)
    main: list[Leaf] = field(default_factory=list)
    empty: bool = False


@dataclass
class DeadlineItem:
    city: str
    guideline: str
    status: WindowStatus
    window: Window | None
    leaves: list[Leaf]  # the directions asked about (all of the guideline's when no topic)


@dataclass
class DeadlineAnswer:
    query: Understood
    items: list[DeadlineItem]

    @property
    def leaves(self) -> list[Leaf]:
        return [leaf for item in self.items for leaf in item.leaves]

    @property
    def main(self) -> list[Leaf]:
        return self.leaves

    @property
    def empty(self) -> bool:
        return not self.items


@dataclass
class MaxAmountAnswer:
    query: Understood
    cap: float | None
    top: list[Leaf]  # the directions with the largest stated cap
    floors: list[Leaf]  # no cap stated, but a floor above the largest cap
    unstated: int  # directions in scope that state no amount at all
    scope: int

    @property
    def leaves(self) -> list[Leaf]:
        return self.top + self.floors

    @property
    def main(self) -> list[Leaf]:
        return self.top

    @property
    def empty(self) -> bool:
        return not self.scope


@dataclass
class MaterialsItem:
    leaf: Leaf
    sentences: list[str]  # what the guideline says must be provided (empty: it says nothing)


@dataclass
class MaterialsAnswer:
    query: Understood
    items: list[MaterialsItem]

    @property
    def leaves(self) -> list[Leaf]:
        return [item.leaf for item in self.items]

    @property
    def main(self) -> list[Leaf]:
        return self.leaves

    @property
    def empty(self) -> bool:
        return not self.items


@dataclass
class EligibleItem:
    leaf: Leaf
    # requirements the profile cannot decide: a condition of the prose, or the qualifications
    # the leaf's field names (any of them) when the prose says nothing the profile settles
    to_confirm: list[Condition | tuple[str, ...]]


@dataclass
class EligibleAnswer:
    query: Understood
    profile: Profile
    items: list[EligibleItem]  # no requirement failed, fewest open questions first
    excluded: int  # directions in scope with a requirement the company fails
    total_wan: float  # the stated caps of the clear directions added up
    unstated_amounts: int
    missing: list[tuple[str, int]]  # profile facts not given → directions they would decide

    @property
    def leaves(self) -> list[Leaf]:
        return [item.leaf for item in self.items]

    @property
    def main(self) -> list[Leaf]:
        return self.leaves

    @property
    def empty(self) -> bool:
        return not self.items


Answer = (SearchAnswer | GlossaryAnswer | DeadlineAnswer | MaxAmountAnswer | MaterialsAnswer
          | EligibleAnswer)


def answer(query: Understood, searcher: Searcher, *, window_for: WindowFor | None = None,
           now: datetime | None = None, profile: Profile | None = None,
           limit: int = 50) -> Answer:
    """The answer to a question, by its kind (see the module docstring)."""
    if query.intent == "glossary" and query.term:
        return _glossary(query, searcher)
    if query.unknown_city and not query.constraints.city:
        return SearchAnswer(query, Found(query, []), searcher.lexicon.place(query.unknown_city),
                            [str(city) for city in searcher.columns["cities"].tolist()])
    if query.intent == "deadline":
        return _deadline(query, searcher, window_for, now)
    if query.intent == "max_amount":
        return _max_amount(query, searcher)
    if query.intent == "materials":
        return _materials(query, searcher)
    if query.intent == "eligible":
        eligible = _eligible(query, searcher, profile)
        if eligible.empty and query.has_topic:  # never nothing where a search finds things
            found = searcher.search(replace(query, intent="search"), limit=limit,
                                    window_for=window_for, now=now)
            if found.hits:
                return SearchAnswer(query, found)
        return eligible
    return SearchAnswer(query, searcher.search(query, limit=limit, window_for=window_for,
                                               now=now))


def _glossary(query: Understood, searcher: Searcher) -> GlossaryAnswer:
    """The term, and how many directions name it in their funding mode or requirements."""
    names = [name.lower() for name in searcher.lexicon.glossary.get(query.term or "", ())
             if not name.isascii()]
    uses = np.zeros(len(searcher.leaves), dtype=bool)
    for name in names:
        uses[searcher.fields["extra"].find(name)] = True
        if name in MODES:
            uses |= (searcher.columns["modes"] & (1 << MODES.index(name))) != 0
    return GlossaryAnswer(query, query.term or "", int(uses.sum()))


def _deadline(query: Understood, searcher: Searcher, window_for: WindowFor | None,
              now: datetime | None) -> DeadlineAnswer:
    """Windows of the directions asked about, or of every guideline in scope (one each)."""
    positions, missed = searcher.scope(query)
    moment = now or datetime.now().astimezone()
    if query.has_topic and not missed:
        groups: dict[tuple[str, str], list[Leaf]] = {}
        windows: dict[tuple[str, str], Window | None] = {}
        for i in positions[:SHOWN].tolist():
            leaf = searcher.leaves[i]
            window = window_for(leaf) if window_for else None
            key = (leaf.guideline, window.model_dump_json() if window else "")
            groups.setdefault(key, []).append(leaf)
            windows[key] = window
        return DeadlineAnswer(query, [
            DeadlineItem(group[0].city, group[0].guideline,
                         window_status(windows[key], moment), windows[key], group)
            for key, group in groups.items()])
    codes = searcher.columns["guideline"][positions]
    _, first = np.unique(codes, return_index=True)
    items = []
    for i in sorted(positions[first].tolist()):
        leaf = searcher.leaves[i]
        window = window_for(leaf) if window_for else None
        items.append(DeadlineItem(leaf.city, leaf.guideline, window_status(window, moment),
                                  window, []))
    return DeadlineAnswer(query, items)


def _max_amount(query: Understood, searcher: Searcher) -> MaxAmountAnswer:
    positions, _ = searcher.scope(query)
    fmax = searcher.columns["fmax"][positions]
    fmin = searcher.columns["fmin"][positions]
    with np.errstate(invalid="ignore"):
        stated = fmax > 0
        cap = float(fmax[stated].max()) if stated.any() else None
        top = positions[stated & (fmax == cap)] if cap is not None else positions[:0]
        floors = positions[np.isnan(fmax) & (fmin > (cap or 0.0))]
    unstated = int((np.isnan(fmax) & np.isnan(fmin)).sum())
    return MaxAmountAnswer(query, cap, [searcher.leaves[i] for i in top.tolist()],
                           [searcher.leaves[i] for i in floors.tolist()], unstated,
                           len(positions))


def _materials(query: Understood, searcher: Searcher) -> MaterialsAnswer:
    positions, missed = searcher.scope(query)
    if query.has_topic:
        leaves = [] if missed else [searcher.leaves[i] for i in positions[:3].tolist()]
        return MaterialsAnswer(query, [MaterialsItem(leaf, documents(leaf)) for leaf in leaves])
    items: list[MaterialsItem] = []  # no direction named: those whose guideline lists papers
    for i in positions[:MATERIALS_READ].tolist():
        sentences = documents(searcher.leaves[i])
        if sentences:
            items.append(MaterialsItem(searcher.leaves[i], sentences))
            if len(items) == SHOWN:
                break
    return MaterialsAnswer(query, items)


_CONDITIONS: dict[tuple[object, ...], list[Condition]] = {}


def conditions(leaf: Leaf) -> list[Condition]:
    """conditions_for(leaf), remembered: reading requirement prose is the slow part."""
    key = (leaf.id, leaf.requirements, leaf.funding_text, leaf.matching_ratio,
           leaf.min_rd_spend_wan, leaf.enterprise_lead_only)
    found = _CONDITIONS.get(key)
    if found is None:
        if len(_CONDITIONS) > 50_000:
            _CONDITIONS.clear()
        found = _CONDITIONS[key] = conditions_for(leaf)
    return found


def warm(searcher: Searcher, limit: int = WARM_LIMIT) -> None:
    """Read every direction's requirement prose now when the catalogue is small, so the first
    eligibility question is as fast as the next (a large one is read as questions come)."""
    if len(searcher.leaves) <= limit:
        for leaf in searcher.leaves:
            conditions(leaf)


def documents(leaf: Leaf) -> list[str]:
    """The requirement sentences that name papers to hand in (证明材料, 复印件, 承诺书 …)."""
    return list(dict.fromkeys(c.source for c in conditions(leaf) if c.kind == "document"))


# --------------------------------------------------------------------------- eligibility


def merged_profile(saved: Profile | None, constraints: Constraints) -> Profile:
    """The saved profile with the facts stated in the question on top (the question wins)."""
    data: dict[str, Any] = saved.model_dump() if saved else {}
    if constraints.city:
        data["city"] = constraints.city
    if constraints.rd_spend_wan is not None:
        data["rd_spend_wan"] = constraints.rd_spend_wan
    if constraints.applicant:
        data["applicant_kind"] = constraints.applicant
    for name in constraints.qualifications:
        if name in QUAL_FLAGS:
            data[QUAL_FLAGS[name]] = True
        if name in PLATFORM_LEVELS:
            data["platform_level"] = PLATFORM_LEVELS[name]
    for name in constraints.lacks:
        if name in QUAL_FLAGS:
            data[QUAL_FLAGS[name]] = False
    return Profile.model_validate(data)


def _qualification_bits(profile: Profile) -> tuple[int, int]:
    """(what the company has, what it is known not to have) over QUALIFICATIONS, as bits."""
    has = lacks = 0
    for name, flag in QUAL_FLAGS.items():
        bit = 1 << QUALIFICATIONS.index(name)
        value = getattr(profile, flag)
        has |= bit if value is True else 0
        lacks |= bit if value is False else 0
    if profile.platform_level is not None:
        rank = LEVEL_RANK[profile.platform_level]
        for name, level in PLATFORM_LEVELS.items():
            bit = 1 << QUALIFICATIONS.index(name)
            if LEVEL_RANK[level] <= rank:
                has |= bit
            else:
                lacks |= bit
    return has, lacks


def _eligible(query: Understood, searcher: Searcher, saved: Profile | None) -> EligibleAnswer:
    """Structured fields first (R&D floor, required qualifications) over the whole scope, then
    the requirement prose of the best ELIGIBLE_READ candidates."""
    profile = merged_profile(saved, query.constraints)
    scoped = query
    if profile.city and not query.constraints.city:
        scoped = replace(query, constraints=replace(query.constraints, city=profile.city))
    scoped = replace(scoped, constraints=replace(scoped.constraints, rd_spend_wan=None))
    positions, _ = searcher.scope(scoped)
    col = searcher.columns
    has, lacks = _qualification_bits(profile)
    quals, min_rd, fmax = col["quals"][positions], col["min_rd"][positions], \
        col["fmax"][positions]
    rd = profile.rd_spend_wan
    with np.errstate(invalid="ignore"):
        rd_fails = (min_rd > rd) if rd is not None else np.zeros(len(positions), dtype=bool)
        rd_open = ~np.isnan(min_rd) if rd is None else np.zeros(len(positions), dtype=bool)
    qual_ok = (quals == 0) | ((quals & has) != 0)
    qual_fails = (quals != 0) & ~qual_ok & ((quals & ~lacks) == 0)
    excluded = int((rd_fails | qual_fails).sum())
    keep = ~(rd_fails | qual_fails)
    open_count = (~qual_ok).astype(int) + rd_open.astype(int)
    order = np.lexsort((-np.nan_to_num(fmax, nan=0.0), open_count))
    candidates = [int(positions[i]) for i in order if keep[i]]
    ranked: list[tuple[tuple[int, float], EligibleItem]] = []
    missing: Counter[str] = Counter()
    for i in candidates[:ELIGIBLE_READ]:
        leaf = searcher.leaves[i]
        required = [v for v in evaluate(conditions(leaf), profile) if v.condition.required]
        if any(v.verdict == "not_met" for v in required):
            excluded += 1
            continue
        pending = [v for v in required if v.verdict == "unknown"]
        facts = {fact for v in pending for fact in v.condition.facts
                 if getattr(profile, fact, None) is None}
        labels: list[Condition | tuple[str, ...]] = [v.condition for v in pending]
        unmet = [q for q in leaf.qualifications if q in QUALIFICATIONS
                 and not (1 << QUALIFICATIONS.index(q)) & has]
        if unmet and len(unmet) == len(leaf.qualifications):  # the field says; prose may not
            labels.append(tuple(unmet))
            facts |= {"platform_level" if q in PLATFORM_LEVELS else QUAL_FLAGS[q]
                      for q in unmet}
        missing.update(facts)
        checkable = sum(1 for v in pending if v.condition.checkable and v.condition.facts)
        checkable += 1 if unmet and len(unmet) == len(leaf.qualifications) else 0
        item = EligibleItem(leaf, list({_confirm_key(x): x for x in labels}.values()))
        ranked.append(((checkable, -(leaf.funding_max_wan or 0.0)), item))
    ranked.sort(key=lambda pair: pair[0])
    items = [item for _, item in ranked]
    clear = [item.leaf for item in items if not item.to_confirm]
    total = sum(leaf.funding_max_wan or 0.0 for leaf in clear)
    unstated = sum(1 for leaf in clear if leaf.funding_max_wan is None)
    return EligibleAnswer(query, profile, items, excluded, total, unstated,
                          missing.most_common())


def _confirm_key(item: Condition | tuple[str, ...]) -> str:
    return "/".join(item) if isinstance(item, tuple) else item.label


# --------------------------------------------------------------------------- rendering


def chips(query: Understood, lang: str, sector_name: Name | None = None,
          city_name: Name = _same) -> list[tuple[str, str]]:
    """(condition key, short label) for every condition read: 桂林 · 后补助 · ≥100万."""
    c = query.constraints
    out: list[tuple[str, str]] = []
    for key in c.keys:
        value = getattr(c, key)
        if key == "city":
            label = city_name(value)
        elif key == "sector":
            label = sector_name(value) if sector_name else value
        elif key == "amount":
            label = t(lang, f"chip.amount_{value.op}", wan=compact(value.wan, lang),
                      high=compact(value.high_wan, lang))
        elif key == "modes":
            label = "/".join(t(lang, f"chip.mode.{m}") for m in value)
        elif key in ("qualifications", "lacks"):
            label = join((t(lang, f"chip.qual.{q}") for q in value), lang)
            label = t(lang, f"chip.{key}", names=label)
        elif key == "applicant":
            label = t(lang, f"chip.applicant.{value}")
        elif key in ("lead", "window"):
            label = t(lang, f"chip.{key}.{value}")
        elif key == "matching_required":
            label = t(lang, f"chip.matching.{'yes' if value else 'no'}")
        elif key == "rd_spend_wan":
            label = t(lang, "chip.rd_spend", wan=compact(value, lang))
        elif key == "period_max":
            label = t(lang, "chip.period", years=wan(value))
        else:
            label = t(lang, "chip.year", year=value)
        out.append((key, label))
    return out


def conditions_line(query: Understood, lang: str, sector_name: Name | None = None,
                    city_name: Name = _same) -> str | None:
    """"按条件：桂林 · 后补助 · 农业" (plus the topic), or None when nothing was read."""
    labels = [label for _, label in chips(query, lang, sector_name, city_name)]
    if query.has_topic:
        labels.append(t(lang, "answer.topic", words=join(query.topic.terms, lang)))
    if not labels:
        return None
    return t(lang, "answer.conditions", items=" · ".join(esc(x) for x in labels))


def chip_buttons(query: Understood, lang: str, owner: int, sector_name: Name | None = None,
                 city_name: Name = _same) -> Keyboard:
    """One "✖ label" button per condition: pressing it searches again without it."""
    buttons = [button(f"✖ {label}", b.Refine(key, owner))
               for key, label in chips(query, lang, sector_name, city_name)]
    return [buttons[i:i + 3] for i in range(0, len(buttons), 3)]


def item_line(index: int, leaf: Leaf, lang: str, when: str | None,
              city_name: Name = _same) -> str:
    """A result that is useful without opening it: title, city, cap (or 未写明), mode, window
    (`when`: render.list_when's words, a past edition marked as one)."""
    cap = funding_words(leaf, lang) if (leaf.funding_max_wan is not None
                                        or leaf.funding_min_wan is not None) \
        else t(lang, "answer.cap_unstated")
    bits = [city_name(leaf.city), cap,
            list_modes(leaf, lang) or t(lang, "answer.mode_unstated")]
    if when is not None:
        bits.append(when)
    return f"<b>{index}.</b> {esc(short(leaf.title, 40))}\n    <i>{esc(' · '.join(bits))}</i>"


def plain(markup: str) -> str:
    """Telegram HTML as plain text (the command line, window words inside a list line)."""
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


@dataclass(frozen=True)
class Rendering:
    """What to send: HTML text, its keyboard, and the leaves listed (for paging and cards)."""

    text: str
    keyboard: Keyboard
    leaves: list[Leaf] = field(default_factory=list)


def render(result: Answer, lang: str, *, owner: int = 0, window_for: WindowFor | None = None,
           now: datetime | None = None, sector_name: Name | None = None,
           city_name: Name = _same) -> Rendering:
    """The answer as one message (HTML + keyboard as data); `city_name` and `sector_name` say
    a city and a sector in `lang` (the metadata's city_en, the taxonomy's English names)."""
    moment = now or datetime.now().astimezone()

    def line(index: int, leaf: Leaf) -> str:
        when = list_when(leaf, window_for(leaf), moment, lang) if window_for else None
        return item_line(index, leaf, lang, when, city_name)

    head = conditions_line(result.query, lang, sector_name, city_name)
    lines = [head] if head and not isinstance(result, GlossaryAnswer) else []
    ask = [button(t(lang, "support.btn_ask"), b.Ask(None, owner))]
    if isinstance(result, GlossaryAnswer):
        lines += [f"<b>{esc(t(lang, f'glossary.{result.term}.name'))}</b>",
                  esc(t(lang, f"glossary.{result.term}.text"))]
        if result.used_by:
            lines.append(esc(t(lang, "answer.glossary_used", n=result.used_by)))
        return Rendering("\n".join(lines), [ask])
    if isinstance(result, DeadlineAnswer):
        return Rendering("\n".join(lines + _deadline_lines(result, lang, city_name)), [ask])
    if isinstance(result, MaxAmountAnswer):
        return _render_max(result, lang, lines, line, owner)
    if isinstance(result, MaterialsAnswer):
        return _render_materials(result, lang, lines, ask, city_name)
    if isinstance(result, EligibleAnswer):
        return _render_eligible(result, lang, lines, line, owner, city_name)
    return _render_search(result, lang, lines, line, owner, sector_name, city_name)


Line = Callable[[int, Leaf], str]


def _deadline_lines(result: DeadlineAnswer, lang: str, city_name: Name) -> list[str]:
    if not result.items:
        return [esc(t(lang, "answer.deadline_none"))]
    lines = []
    colon = t(lang, "punct.colon")
    for item in result.items:
        what = city_name(item.city) if not item.leaves else join(
            (short(leaf.title, 20) for leaf in item.leaves[:3]), lang)
        lines.append(f"<b>{esc(what)}</b>{colon}{window_words(item.status, lang)}")
        if item.window is not None and item.window.stages:
            for stage in sorted(item.window.stages, key=lambda s: s.ends_at):
                lines.append(f"    {esc(quote(stage.label, lang))}{colon}"
                             f"{stage.ends_at:%Y-%m-%d %H:%M}")
        if item.status.kind == "unknown":
            lines.append("    " + esc(t(lang, "answer.deadline_unknown")))
        elif item.status.kind == "closed":
            lines.append("    " + esc(t(lang, "answer.deadline_past")))
    return lines


def _render_max(result: MaxAmountAnswer, lang: str, lines: list[str], line: Line,
                owner: int) -> Rendering:
    if result.cap is None:
        lines.append(esc(t(lang, "answer.max_unstated", n=result.scope)))
    else:
        lines.append(esc(t(lang, "answer.max_cap", wan=num(result.cap, lang),
                           n=len(result.top))))
        lines += [line(i, leaf) for i, leaf in enumerate(result.top[:SHOWN], 1)]
    if result.floors:
        lowest = min(leaf.funding_min_wan or 0.0 for leaf in result.floors)
        lines.append(esc(t(lang, "answer.max_floors", n=len(result.floors),
                           wan=num(lowest, lang))))
    if result.unstated and result.cap is not None:
        lines.append(esc(t(lang, "answer.max_unstated_some", n=result.unstated)))
    shown = result.top[:SHOWN]
    return Rendering("\n".join(lines), _card_rows(shown, owner), shown)


def _render_materials(result: MaterialsAnswer, lang: str, lines: list[str],
                      ask: list[Button], city_name: Name) -> Rendering:
    if not result.items:
        lines.append(esc(t(lang, "answer.materials_none")))
    for item in result.items[:SHOWN]:
        where = t(lang, "answer.in_city", city=city_name(item.leaf.city))
        lines.append(f"<b>{esc(short(item.leaf.title, 40))}</b>{esc(where)}")
        if item.sentences:
            lines += [f"• {esc(quote(sentence, lang))}" for sentence in item.sentences]
        else:
            lines.append(esc(t(lang, "answer.materials_unstated")))
    lines.append(esc(t(lang, "answer.materials_notice")))
    shown = [item.leaf for item in result.items[:SHOWN]]
    return Rendering("\n".join(lines), [*_card_rows(shown, 0), ask], shown)


def confirm_words(item: Condition | tuple[str, ...], lang: str, city_name: Name = _same) -> str:
    """One thing an eligible direction leaves to confirm, in `lang`."""
    if isinstance(item, tuple):
        return "/".join(t(lang, f"qual.{name}") for name in item)
    return words.label(item, lang, city_name)


def _render_eligible(result: EligibleAnswer, lang: str, lines: list[str], line: Line,
                     owner: int, city_name: Name) -> Rendering:
    if not result.items:
        lines.append(esc(t(lang, "answer.eligible_none", excluded=result.excluded)))
    else:
        lines.append(esc(t(lang, "answer.eligible_head", n=len(result.items),
                           excluded=result.excluded)))
        for i, item in enumerate(result.items[:SHOWN], 1):
            lines.append(line(i, item.leaf))
            if item.to_confirm:
                said = t(lang, "punct.semicolon").join(
                    confirm_words(x, lang, city_name) for x in item.to_confirm[:2])
                lines.append("    " + esc(t(lang, "answer.eligible_confirm", items=said)))
        if result.total_wan:
            lines.append(esc(t(lang, "answer.eligible_total", wan=num(result.total_wan, lang),
                               n=result.unstated_amounts)))
        elif result.unstated_amounts:
            lines.append(esc(t(lang, "answer.eligible_no_amounts", n=result.unstated_amounts)))
    if result.missing:
        names = join((t(lang, f"answer.fact.{fact}") for fact, _ in result.missing[:3]), lang)
        lines.append(esc(t(lang, "answer.eligible_missing", facts=names,
                           n=result.missing[0][1])))
    shown = result.leaves[:SHOWN]
    rows = _card_rows(shown, owner)
    rows.append([button(t(lang, "answer.btn_profile"),
                         b.ProfileAnswer("edit", None, owner))])
    return Rendering("\n".join(lines), rows, shown)


def _render_search(result: SearchAnswer, lang: str, lines: list[str], line: Line, owner: int,
                   sector_name: Name | None, city_name: Name) -> Rendering:
    found = result.found
    if result.no_guideline is not None:
        place = result.no_guideline
        cities = join((city_name(city) for city in result.cities[:8]), lang)
        if len(result.cities) > 8:
            cities += t(lang, "answer.and_more", n=len(result.cities))
        lines.append(esc(t(lang, "answer.no_city_guideline",
                           city=place.name if lang.startswith("zh") else place.english,
                           cities=cities)))
        return Rendering("\n".join(lines), [[button(t(lang, "support.btn_ask"), b.Ask(None, owner)),
                                             button(t(lang, "menu.find"), b.Menu("find", owner))]])
    asked = bool(result.query.constraints.keys)
    if found.topic_missed:
        lines.append(esc(t(lang, "answer.topic_missed",
                           words=join(result.query.topic.terms, lang), n=found.total)))
    elif found.hits and asked:
        lines.append(esc(t(lang, "answer.found", n=found.total)))
    elif found.hits:  # a topic alone: the list is simply what was found
        lines = [t(lang, "search.head", q=esc(result.query.text), n=found.total)]
    hits: list[Hit] = found.hits[:SHOWN]
    lines += [line(i, hit.leaf) for i, hit in enumerate(hits, 1)]
    unknown = found.unknown[:max(0, SHOWN - len(hits)) or 2]
    if found.unknown:
        keys = sorted({key for hit in found.unknown for key in hit.unknown})
        fields = join((t(lang, f"answer.field.{key}") for key in keys), lang)
        lines.append(esc(t(lang, "answer.unknown_head", n=found.unknown_total, fields=fields)))
        lines += [line(len(hits) + i, hit.leaf) for i, hit in enumerate(unknown, 1)]
    if found.empty:
        lines.append(esc(t(lang, "answer.nothing")) if asked
                     else t(lang, "search.nothing", q=esc(result.query.text)))
    if found.suggestions:
        lines.append(esc(t(lang, "answer.did_you_mean", words=join(found.suggestions, lang))))
    shown = [hit.leaf for hit in hits + unknown]
    rows = _card_rows(shown, owner)
    names = dict(chips(result.query, lang, sector_name, city_name))
    for key, count in found.relax[:3]:
        rows.append([button(t(lang, "answer.relax", name=names.get(key, key), n=count),
                            b.Refine(key, owner))])
    rows += chip_buttons(result.query, lang, owner, sector_name, city_name) \
        if not found.relax else []
    if found.empty:
        rows.append([button(t(lang, "support.btn_ask"), b.Ask(None, owner)),
                     button(t(lang, "menu.find"), b.Menu("find", owner))])
    return Rendering("\n".join(lines), rows, shown)


def _card_rows(leaves: Sequence[Leaf], owner: int) -> Keyboard:
    return [[button(f"{i}. {short(leaf.title, 24)}", b.Card(leaf.id, "s", b.Facets(), owner))]
            for i, leaf in enumerate(leaves, 1)]


def as_json(result: Answer) -> dict[str, Any]:
    """The answer's kind and what it found, for `search --json` and the bench."""
    out: dict[str, Any] = {"kind": result.query.intent, "empty": result.empty,
                           "ids": [leaf.id for leaf in result.leaves]}
    if isinstance(result, GlossaryAnswer):
        out["term"] = result.term
    if isinstance(result, MaxAmountAnswer):
        out["cap_wan"] = clean_number(result.cap) if result.cap is not None else None
        out["top"] = [leaf.id for leaf in result.top]
    if isinstance(result, DeadlineAnswer):
        out["windows"] = [{"city": item.city, "guideline": item.guideline,
                           "status": item.status.kind} for item in result.items]
    if isinstance(result, EligibleAnswer):
        out["total_wan"] = clean_number(result.total_wan)
        out["missing"] = dict(result.missing)
    return out
