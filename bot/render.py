"""Pure functions: models → Telegram HTML that fits a phone screen and Telegram's limits.

Everything from the catalogue or from a user is escaped here and only here; the only tags
produced are Telegram's (b, i, code, blockquote). `split_html` cuts long texts under the 4096
limit at line or sentence boundaries and never inside a tag.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Protocol

from bot.catalogue.document import SourceText
from bot.catalogue.facets import Taxonomy
from bot.catalogue.ingest import Diff, Preview
from bot.catalogue.models import GuidelineMeta, Leaf, ParseIssue, Stage, Window
from bot.catalogue.numbers import clean_number
from bot.i18n import DEFAULT, catalog, t
from bot.windows import WindowRef, WindowStatus, edition_status, window_status

if TYPE_CHECKING:
    from bot.db.desk import Ticket

LIMIT = 4096
CARD_EXCERPT = 90  # a glimpse of what is funded; the whole text is one tap away (全文)
TITLE_SHORT = 28


def esc(text: object) -> str:
    return html.escape(str(text), quote=False)


def wan(value: float | None) -> str:
    return f"{clean_number(value)}"


def num(value: float | None, lang: str) -> str:
    """An amount in 万元 as the language counts it: 30 (万元) in Chinese, 300,000 (yuan) in
    English; the unit comes from the sentence around it."""
    if value is None:
        return "—"
    if lang != "en":
        return wan(value)
    return f"{value * 10_000:,.0f}"


def compact(value: float | None, lang: str) -> str:
    """An amount in 万元 as a short label counts it: 30 (万) in Chinese, 300k / 1.5M (yuan) in
    English; the unit comes from the label around it."""
    if value is None:
        return "—"
    if lang != "en":
        return wan(value)
    yuan = value * 10_000
    if yuan >= 1_000_000:
        return f"{yuan / 1_000_000:g}M"
    return f"{yuan / 1000:g}k" if yuan >= 1000 else f"{yuan:g}"


def amount(value: float, lang: str) -> str:
    """An amount in 万元 with its unit: "300 万元" / "3,000,000 yuan"."""
    return t(lang, "units.money", amount=num(value, lang))


def join(items: Iterable[str], lang: str) -> str:
    """A list as the language writes one: 甲、乙 / a, b."""
    return (", " if lang == "en" else "、").join(items)


def either(items: Iterable[str], lang: str) -> str:
    """Alternatives as the language writes them: 甲或乙 / a or b."""
    return t(lang, "punct.or").join(items)


def qualification_words(leaf: Leaf, lang: str) -> str:
    """"须为：高新技术企业或瞪羚企业": the field lists alternatives, as its sentence does."""
    names = either((t(lang, f"qual.{q}") for q in leaf.qualifications), lang)
    return t(lang, "card.qualifications", names=names)


def city_name(city: str, metas: Mapping[str, GuidelineMeta], lang: str) -> str:
    """南宁 in Chinese, Nanning in English (from the guideline metadata's city_en)."""
    if lang == "en":
        for meta in metas.values():
            if meta.city == city and meta.city_en:
                return meta.city_en
    return city


def city_namer(metas: Mapping[str, GuidelineMeta], lang: str) -> Callable[[str], str]:
    """city_name for one language, as a function of the Chinese name."""
    return lambda city: city_name(city, metas, lang)


def quote(text: str, lang: str) -> str:
    """Source text quoted inside an English sentence (“…”); as it is inside a Chinese one."""
    return t(lang, "elig.quote", text=text) if lang == "en" else text


def mention(user_id: int, name: str) -> str:
    """A user named so that Telegram links (and, with ForceReply, targets) them."""
    return f'<a href="tg://user?id={user_id}">{esc(name or user_id)}</a>'


def when(moment: datetime, zone: tzinfo) -> str:
    """A stored (UTC) time as people read it: local, to the minute."""
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def short(text: str, length: int = TITLE_SHORT) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


# --------------------------------------------------------------------------- funding words


def funding_words(leaf: Leaf, lang: str) -> str:
    """Funding in plain words: cap/floor/tiers/percentages, or that the text states none."""
    parts: list[str] = []
    low, high = leaf.funding_min_wan, leaf.funding_max_wan
    if high == 0 and low == 0:
        return t(lang, "card.no_city_funding")
    if leaf.funding_tiers_wan:
        tiers = join((num(v, lang) for v in leaf.funding_tiers_wan), lang)
        parts.append(t(lang, "card.tiers", tiers=tiers))
    elif low is not None and high is not None and low == high:
        parts.append(t(lang, "card.fixed", amount=num(high, lang)))
    elif low is not None and high is not None:
        parts.append(t(lang, "card.range", low=num(low, lang), high=num(high, lang)))
    elif high is not None:
        parts.append(t(lang, "card.cap", amount=num(high, lang)))
    elif low is not None:
        parts.append(t(lang, "card.floor", amount=num(low, lang)))
    if leaf.funding_percent is not None:
        basis = quote(leaf.funding_percent_basis, lang) if leaf.funding_percent_basis else "—"
        parts.append(t(lang, "card.percent", pct=wan(leaf.funding_percent), basis=basis))
    if leaf.funding_percent_cap is not None:
        parts.append(t(lang, "card.percent_cap", pct=wan(leaf.funding_percent_cap)))
    if not parts:
        key = "card.amount_later" if leaf.announced_later else "card.amount_unstated"
        return t(lang, key)
    return t(lang, "punct.semicolon").join(parts)


def mode_words(leaf: Leaf, lang: str) -> str | None:
    """前资助 = paid up front, 后补助 = reimbursed after acceptance, …"""
    if not leaf.funding_mode:
        return None
    modes = leaf.funding_mode.split("、")
    explained = [t(lang, f"mode.{mode}") if _has_mode(mode) else mode for mode in modes]
    return t(lang, "punct.semicolon").join(explained)


def _has_mode(mode: str) -> bool:
    return f"mode.{mode}" in catalog(DEFAULT)


def list_modes(leaf: Leaf, lang: str) -> str | None:
    """The funding modes as a list line says them: 后补助 / reimbursed after."""
    if not leaf.funding_mode:
        return None
    return join((t(lang, f"list.mode.{m}") if _has_mode(m) else m
                 for m in leaf.funding_mode.split("、")), lang)


def matching_words(leaf: Leaf, lang: str) -> str | None:
    """The matching ratio as the self-funding needed for the cap; a rule that binds only some
    case (partners when a non-enterprise leads …) is said with its case and never turned into
    an amount on the whole grant."""
    if leaf.matching_ratio is None:
        return None
    ratio = wan(leaf.matching_ratio)
    if leaf.matching_condition:
        return t(lang, f"card.matching_if.{leaf.matching_condition}", ratio=ratio)
    if leaf.funding_max_wan:
        need = num(leaf.matching_ratio * leaf.funding_max_wan, lang)
        return t(lang, "card.matching_for_cap", ratio=ratio,
                 cap=num(leaf.funding_max_wan, lang), need=need)
    return t(lang, "card.matching", ratio=ratio)


def lead_key(leaf: Leaf) -> str:
    """enterprise / any / unstated: the lead rule as the card and the comparison name it."""
    if leaf.enterprise_lead_only is True:
        return "enterprise"
    return "any" if leaf.enterprise_lead_only is False else "unstated"


def lead_words(leaf: Leaf, lang: str) -> str:
    return t(lang, f"card.lead_{lead_key(leaf)}")


def window_words(status: WindowStatus, lang: str) -> str:
    """not announced / opens on DATE / open, closes in N days / closed on DATE."""
    if status.kind in ("unknown", "later", "rolling"):
        return t(lang, f"window.{status.kind}")
    assert status.stage is not None
    date = status.stage.ends_at.strftime("%Y-%m-%d %H:%M")
    if status.kind == "upcoming" and status.stage.starts_at:
        date = status.stage.starts_at.strftime("%Y-%m-%d")
        return t(lang, "window.upcoming", date=date, days=status.days_left)
    if status.kind == "open":
        return t(lang, "window.open", days=status.days_left, date=date,
                 stage=esc(quote(status.stage.label, lang)))
    return t(lang, "window.closed", date=date)


# --------------------------------------------------------------------------- the card


class CatalogueLike(Protocol):
    """What rendering needs of the loaded catalogue (bot.core.CatalogueView)."""

    @property
    def metas(self) -> Mapping[str, GuidelineMeta]: ...

    @property
    def windows(self) -> Mapping[WindowRef, Window]: ...

    def window_for(self, leaf: Leaf) -> Window | None: ...


def edition_words(meta: GuidelineMeta | None, window: Window | None, now: datetime,
                  lang: str) -> str | None:
    """"往年指南（2022），仅供参考" for a past edition; None for a current one."""
    if meta is None or edition_status(meta.year, window, now) != "past":
        return None
    return t(lang, "edition.past", year=meta.year)


def card(leaf: Leaf, catalogue: CatalogueLike, lang: str, now: datetime,
         taxonomy: Taxonomy) -> str:
    """One phone screen: what is funded, how much, how, for how long, who may lead, when, and
    where it is written (the guideline's title and line; the official notice and a contact
    when the bureau gave them). File names and ids are in the full view."""
    meta = catalogue.metas.get(leaf.guideline)
    window = catalogue.window_for(leaf)
    lines = [f"<b>{esc(leaf.title)}</b>"]
    where = [city_name(leaf.city, catalogue.metas, lang), str(leaf.year), leaf.plan or ""]
    if leaf.code:
        where.append(leaf.code)
    lines.append(esc(" · ".join(p for p in where if p)))
    past = edition_words(meta, window, now, lang)
    if past:
        lines.append(f"⚠️ <b>{esc(past)}</b>")
    lines.append("")
    lines.append(f"💰 {esc(funding_words(leaf, lang))}")
    for extra in (mode_words(leaf, lang), matching_words(leaf, lang)):
        if extra:
            lines.append(f"    {esc(extra)}")
    if leaf.total_investment_min_wan:
        total = num(leaf.total_investment_min_wan, lang)
        lines.append(f"    {esc(t(lang, 'card.total', amount=total))}")
    facts = []
    if leaf.period_years_max:
        facts.append(f"⏳ {esc(t(lang, 'card.period', years=wan(leaf.period_years_max)))}")
    if leaf.quota:
        facts.append(f"🎯 {esc(t(lang, 'card.quota', n=leaf.quota))}")
    if facts:
        lines.append("  ".join(facts))
    lines.append(f"👤 {esc(lead_words(leaf, lang))}")
    thresholds = threshold_words(leaf, lang)
    if thresholds:
        lines.append(f"📌 {esc(thresholds)}")
    if not past:  # a past edition's window is history; the ⚠️ line already says so
        lines.append(f"🗓 {window_words(window_status(window, now), lang)}")
    sectors = [s.name(lang) for key in leaf.sectors if (s := taxonomy.get(key))]
    if sectors:
        lines.append(f"🏷 {esc(join(sectors, lang))}")
    if leaf.content:
        lines.append(f"<blockquote>{esc(short(leaf.content, CARD_EXCERPT))}</blockquote>")
    lines.append(source_line(leaf, meta, lang))
    return "\n".join(lines)


def source_line(leaf: Leaf, meta: GuidelineMeta | None, lang: str) -> str:
    """📄 《2022年桂林市…指南》第96行 · 通知原文 · 咨询：…"""
    title = meta.title if meta else leaf.guideline
    parts = [esc(t(lang, "card.source", title=title, line=leaf.source_line))]
    if meta is not None and meta.url:
        parts.append(f'<a href="{html.escape(meta.url, quote=True)}">'
                     f"{esc(t(lang, 'card.notice_link'))}</a>")
    if meta is not None and meta.contact:
        parts.append(esc(t(lang, "card.contact", contact=meta.contact)))
    return "📄 " + " · ".join(parts)


def full_view(leaf: Leaf, meta: GuidelineMeta | None, lang: str) -> str:
    """Everything the card leaves out: content, indicators and requirements in full, and the
    exact source (file, line, id, what the parser reconstructed)."""
    lines = [f"<b>{esc(leaf.title)}</b>"]
    for which, text in (("content", leaf.content), ("ind", leaf.indicators),
                        ("req", leaf.requirements)):
        lines += ["", f"<b>{esc(t(lang, f'extra.{which}_head'))}</b>",
                  esc(text) if text else esc(t(lang, "extra.none"))]
    if leaf.funding_text:
        lines += ["", f"<b>{esc(t(lang, 'extra.funding_head'))}</b>", esc(leaf.funding_text)]
    lines += ["", source_line(leaf, meta, lang),
              esc(t(lang, "extra.file", file=leaf.source_file, line=leaf.source_line,
                    id=leaf.id))]
    if leaf.inferred:
        lines.append(f"<i>{esc(t(lang, 'card.inferred'))}</i>")
    return "\n".join(lines)


def threshold_words(leaf: Leaf, lang: str) -> str | None:
    parts = []
    if leaf.min_rd_spend_wan is not None:
        parts.append(t(lang, "card.rd_spend", amount=num(leaf.min_rd_spend_wan, lang)))
    if leaf.qualifications:
        parts.append(qualification_words(leaf, lang))
    return t(lang, "punct.semicolon").join(parts) if parts else None


def result_line(index: int, leaf: Leaf, lang: str, *, show_city: bool,
                window: Window | None = None, now: datetime | None = None,
                metas: Mapping[str, GuidelineMeta] | None = None) -> str:
    """One numbered item of a list, useful without opening the card: title, then city, the
    cap (or that none is stated), the mode and the window's status."""
    bits = []
    if show_city:
        bits.append(city_name(leaf.city, metas or {}, lang))
    if leaf.funding_max_wan is not None or leaf.funding_min_wan is not None:
        bits.append(funding_words(leaf, lang))
    elif leaf.announced_later:
        bits.append(t(lang, "card.amount_later"))
    else:
        bits.append(t(lang, "list.amount_unstated"))
    modes = list_modes(leaf, lang)
    if modes:
        bits.append(modes)
    if now is not None:
        bits.append(list_when(leaf, window, now, lang))
    tail = f"\n    <i>{esc(' · '.join(bits))}</i>" if bits else ""
    return f"<b>{index}.</b> {esc(short(leaf.title, 40))}{tail}"


def list_when(leaf: Leaf, window: Window | None, now: datetime, lang: str) -> str:
    """A list item's last word: its window, or that its guideline is a past edition (a 2022
    guideline with no window is not "申报时间：尚未公布", as if still to come)."""
    if edition_status(leaf.year, window, now) == "past":
        return t(lang, "list.past", year=leaf.year)
    return _plain(window_words(window_status(window, now), lang))


def inline_description(leaf: Leaf, metas: Mapping[str, GuidelineMeta], lang: str) -> str:
    return f"{city_name(leaf.city, metas, lang)} · {funding_words(leaf, lang)}"


def compare(leaves: list[Leaf], window_for: Callable[[Leaf], Window | None], lang: str,
            now: datetime, verdicts: list[str | None] | None = None,
            metas: Mapping[str, GuidelineMeta] | None = None) -> str:
    """Two to four directions side by side, one compact line per attribute and direction,
    with the company's verdict on each when a profile is known. A row's label names the
    attribute, so its cells say only the value ("①不限企业牵头", not "①牵头：不限企业牵头")."""
    marks = "①②③④"
    lines = [f"<b>{esc(t(lang, 'compare.title'))}</b>"]
    for mark, leaf in zip(marks, leaves, strict=False):
        where = t(lang, "compare.where", city=city_name(leaf.city, metas or {}, lang),
                  year=leaf.year)
        lines.append(f"{mark} {esc(short(leaf.title, 30))}{esc(where)}")
    rows = [
        ("compare.funding", lambda leaf: funding_words(leaf, lang)),
        ("compare.mode", lambda leaf: list_modes(leaf, lang) or "—"),
        ("compare.period", lambda leaf: t(lang, "compare.years", n=wan(leaf.period_years_max))
         if leaf.period_years_max else "—"),
        ("compare.lead", lambda leaf: t(lang, f"compare.lead_{lead_key(leaf)}")),
        ("compare.thresholds", lambda leaf: threshold_words(leaf, lang) or "—"),
        ("compare.matching", lambda leaf: _matching_cell(leaf, lang)),
        ("compare.window", lambda leaf: _window_cell(window_status(window_for(leaf), now),
                                                     lang)),
    ]
    if verdicts and any(verdicts):
        rows.append(("compare.eligibility", lambda leaf: verdicts[leaves.index(leaf)] or "—"))
    for key, value in rows:
        cells = " ".join(f"{mark}{esc(value(leaf))}" for mark, leaf in
                         zip(marks, leaves, strict=False))
        lines.append(f"<b>{esc(t(lang, key))}</b> {cells}")
    return "\n".join(lines)


def _window_cell(status: WindowStatus, lang: str) -> str:
    """The window without the "申报时间：" the row's label already says."""
    if status.kind in ("unknown", "later"):
        return t(lang, f"compare.window_{status.kind}")
    if status.kind == "upcoming" and status.stage is not None and status.stage.starts_at:
        return t(lang, "compare.window_upcoming", date=status.stage.starts_at.strftime(
            "%Y-%m-%d"), days=status.days_left)
    return _plain(window_words(status, lang))


def _matching_cell(leaf: Leaf, lang: str) -> str:
    if leaf.matching_ratio is None:
        return "—"
    if leaf.matching_condition:
        return t(lang, "compare.matching_if", ratio=wan(leaf.matching_ratio))
    return wan(leaf.matching_ratio) + "×"


def _plain(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def window_title(catalogue: CatalogueLike, ref: WindowRef, lang: str) -> str:
    """What a window belongs to: the guideline (city, year, title), and the direction when the
    window is a direction's own."""
    meta = catalogue.metas.get(ref.guideline)
    title = (f"{city_name(meta.city, catalogue.metas, lang)} {meta.year} {meta.title}" if meta
             else ref.guideline)
    leaf = next((leaf for leaf in getattr(catalogue, "leaves", []) if leaf.id == ref.leaf_id),
                None) if ref.leaf_id else None
    return f"{title}{t(lang, 'punct.bar')}{leaf.title}" if leaf else title


_ORDER = {"closing": 0, "open": 1, "upcoming": 2, "rolling": 3, "later": 4, "unannounced": 5,
          "closed": 6, "past": 7}


def _next_end(window: Window | None, now: datetime) -> datetime:
    ends = [stage.ends_at for stage in (window.stages if window else []) if stage.ends_at > now]
    return min(ends, default=datetime.max.replace(tzinfo=now.tzinfo))


def by_deadline(refs: Iterable[WindowRef], windows: Mapping[WindowRef, Window],
                now: datetime) -> list[WindowRef]:
    """Open first, soonest deadline first; then what is coming; closed last."""
    def key(ref: WindowRef) -> tuple[int, datetime, WindowRef]:
        window = windows.get(ref)
        kind = window_status(window, now).kind
        rank = {"open": 0, "upcoming": 1, "rolling": 2, "later": 3, "unknown": 4,
                "closed": 5}[kind]
        return rank, _next_end(window, now), ref
    return sorted(refs, key=key)


def deadline_lines(catalogue: CatalogueLike, now: datetime, lang: str) -> list[str]:
    """Every guideline's status, open first and by date, past editions last and marked."""
    rows = []
    for meta in catalogue.metas.values():
        window = catalogue.windows.get(WindowRef(meta.key), meta.window)
        edition = edition_status(meta.year, window, now)
        status = window_words(window_status(window, now), lang)
        if edition == "past":
            status = esc(t(lang, "edition.past", year=meta.year))
        name = f"{city_name(meta.city, catalogue.metas, lang)} {meta.year}"
        rows.append(((_ORDER[edition], _next_end(window, now), meta.key),
                     f"• <b>{esc(name)}</b>{t(lang, 'punct.colon')}{status}"))
    return [line for _, line in sorted(rows)]


def editions_note(catalogue: CatalogueLike, now: datetime, lang: str) -> str | None:
    """Under the first /find step: how many guidelines one can apply to now, honestly."""
    current = [m for m in catalogue.metas.values()
               if edition_status(m.year, catalogue.windows.get(WindowRef(m.key), m.window),
                                 now) != "past"]
    past = len(catalogue.metas) - len(current)
    if not past:
        return None
    return esc(t(lang, "edition.note", current=len(current), past=past))


def tickets(found: list[Ticket], by_id: Mapping[str, Leaf], lang: str) -> str:
    """/tickets: the open ones, oldest first."""
    if not found:
        return esc(t(lang, "support.tickets_none"))
    lines = [f"<b>{esc(t(lang, 'support.tickets_head', n=len(found)))}</b>"]
    for ticket in found:
        leaf = by_id.get(ticket.leaf_id or "")
        about = short(leaf.title, 20) if leaf else t(lang, "support.no_topic")
        lines.append(f"#{ticket.id} · {esc(ticket.user_name)} · {esc(about)}\n"
                     f"    {esc(short(ticket.question, 60))}")
    return "\n".join(lines)


def reminder(lang: str, items: list[tuple[str, Stage]], now: datetime) -> str:
    """Deadline reminders due together, soonest first, in one message."""
    items = sorted(items, key=lambda item: item[1].ends_at)
    days = max(0, (items[0][1].ends_at - now).days)
    key = "reminder.today" if days == 0 else "reminder.days"
    lines = [f"⏰ <b>{esc(t(lang, key, days=days))}</b>"]
    for title, stage in items:
        left = max(0, (stage.ends_at - now).days)
        due = t(lang, "reminder.stage", label=quote(stage.label, lang),
                date=f"{stage.ends_at:%Y-%m-%d %H:%M}", left=t(lang, "reminder.left", days=left))
        lines.append(f"• {esc(title)}\n  {esc(due)}")
    lines += ["", esc(t(lang, "reminder.footer"))]
    return "\n".join(lines)


def published(lang: str, meta: GuidelineMeta, count: int, window: Window | None,
              now: datetime) -> str:
    """A new guideline in a city the user follows."""
    status = _plain(window_words(window_status(window, now), lang))
    city = meta.city_en if lang == "en" and meta.city_en else meta.city
    return (f"🆕 <b>{esc(t(lang, 'reminder.published', city=city, year=meta.year))}</b>\n"
            f"{esc(meta.title)}\n{esc(t(lang, 'reminder.published_count', n=count))}\n"
            f"{esc(status)}\n\n{esc(t(lang, 'reminder.published_hint'))}")


def window_change(lang: str, title: str, old: Window | None, new: Window, now: datetime) -> str:
    """Old → new dates, one message per follower."""
    before = _plain(window_words(window_status(old, now), lang)) if old else "—"
    after = _plain(window_words(window_status(new, now), lang))
    lines = [f"📢 <b>{esc(t(lang, 'reminder.changed'))}</b>", esc(title), ""]
    old_stages = {stage.label: stage for stage in (old.stages if old else [])}
    for stage in new.stages:
        previous = old_stages.get(stage.label)
        was = previous.ends_at.strftime("%Y-%m-%d %H:%M") if previous else "—"
        lines.append(f"{esc(quote(stage.label, lang))}{t(lang, 'punct.colon')}{esc(was)} → "
                     f"<b>{stage.ends_at:%Y-%m-%d %H:%M}</b>")
    if not new.stages:
        lines.append(f"{esc(before)} → <b>{esc(after)}</b>")
    return "\n".join(lines)


# --------------------------------------------------------------------------- splitting

_TAG = re.compile(r"<(/?)([a-z\-]+)([^>]*)>")


def split_html(text: str, limit: int = LIMIT) -> list[str]:
    """Pieces of at most `limit` characters of visible text, cut at line ends (or sentence
    ends, or hard) and never inside a tag: tags open at a cut are closed and reopened."""
    pieces: list[str] = []
    current = ""
    for line in _units(text, limit):
        candidate = f"{current}\n{line}" if current else line
        if _visible_len(candidate) + _closing_len(candidate) <= limit:
            current = candidate
            continue
        if current:
            pieces.append(current)
        current = line
    if current:
        pieces.append(current)
    return _balance(pieces)


def _units(text: str, limit: int) -> list[str]:
    """Lines, with any line too long for one message cut at sentence ends, then hard."""
    budget = max(limit // 2, limit - 200)  # room for tags closed and reopened around a cut
    units: list[str] = []
    for line in text.split("\n"):
        while _visible_len(line) > budget:
            cut = max(1, _cut_point(line, budget))
            units.append(line[:cut])
            line = line[cut:]
        units.append(line)
    return units


def _cut_point(line: str, budget: int) -> int:
    """The last sentence end before the budget, outside any tag or entity."""
    visible = 0
    best = None
    index = 0
    while index < len(line) and visible < budget:
        char = line[index]
        if char == "<":
            index = line.index(">", index) + 1
            continue
        if char == "&":
            end = line.find(";", index)
            index = end + 1 if end != -1 else index + 1
            visible += 1
            continue
        index += 1
        visible += 1
        if char in "。；;！？!?，,":
            best = index
    return best or index


def _visible_len(markup: str) -> int:
    """Telegram counts a message's length in UTF-16 code units (an emoji counts two)."""
    return len(html.unescape(_TAG.sub("", markup)).encode("utf-16-le")) // 2


def _closing_len(markup: str) -> int:
    return sum(len(f"</{name}>") for name in _open_tags(markup))


def _open_tags(markup: str) -> list[str]:
    stack: list[str] = []
    for closing, name, _ in _TAG.findall(markup):
        if closing:
            if stack and stack[-1] == name:
                stack.pop()
        else:
            stack.append(name)
    return stack


def _balance(pieces: list[str]) -> list[str]:
    """Close tags left open at the end of a piece and reopen them at the next one."""
    balanced: list[str] = []
    carry: list[str] = []  # opening tags (with attributes) to reopen
    for piece in pieces:
        text = "".join(carry) + piece
        stack: list[str] = []
        for match in _TAG.finditer(text):
            if match.group(1):
                if stack:
                    stack.pop()
            else:
                stack.append(match.group(0))
        closing = "".join(f"</{_TAG.match(tag).group(2)}>" for tag in reversed(stack))  # type: ignore[union-attr]
        balanced.append(text + closing)
        carry = stack
    return balanced


PREVIEW_ISSUES = 8  # warnings/refusals shown before "… and N more"


def guideline_preview(lang: str, shown: Preview) -> str:
    """What a bureau admin sees before accepting a document: metadata, directions found,
    coverage per field, issues with their lines, and the change against the published version
    (the sample cards are sent separately with `card`)."""
    meta = shown.meta
    lines = [f"<b>{esc(t(lang, 'guideline.preview_title', title=meta.title))}</b>",
             esc(t(lang, "guideline.preview_meta", city=meta.city, year=meta.year,
                   issuer=meta.issuer, short_id=meta.key)),
             esc(t(lang, "guideline.preview_count", n=shown.directions)), "",
             esc(t(lang, "guideline.coverage"))]
    lines += [esc(t(lang, "guideline.coverage_line", field=t(lang, f"guideline.field_{c.field}"),
                    stated=c.stated, total=c.total)) for c in shown.coverage]
    if shown.encoding == "gb18030":
        lines += ["", esc(t(lang, "guideline.encoding"))]
    # the encoding has its own line above; every other issue is a bullet with its line
    warnings = [issue for issue in shown.warnings if issue.kind != "encoding"]
    for key, issues in (("refusals", shown.refusals), ("warnings", warnings)):
        if issues:
            lines += ["", esc(t(lang, f"guideline.{key}"))]
            lines += [f"• {esc(issue_text(lang, issue, shown.source))}"
                      for issue in issues[:PREVIEW_ISSUES]]
            if len(issues) > PREVIEW_ISSUES:
                lines.append(esc(t(lang, "guideline.more", n=len(issues) - PREVIEW_ISSUES)))
    lines += ["", *guideline_diff(lang, shown.diff)]
    return "\n".join(lines)


def issue_text(lang: str, issue: ParseIssue, source: SourceText) -> str:
    """An issue in the reader's language where it is one of the kinds the parser names (an
    unknown label, a direction with nothing under it…), with where it is — a PDF's page and
    line on it, which a person can find; else as the CLI says it."""
    key = f"guideline.issue_{issue.kind}"
    if issue.kind is None or key not in catalog(DEFAULT):
        return str(issue)
    def where(line: int) -> str:
        on_page = source.where(line)
        return (t(lang, "guideline.where_page", page=on_page[0], line=on_page[1]) if on_page
                else t(lang, "guideline.where_line", line=line))

    args = {name: where(int(value)) if name == "first" else value
            for name, value in issue.args.items()}  # (the line a code was first seen on)
    return t(lang, key, where=where(issue.line), **args)


def guideline_diff(lang: str, diff: Diff | None) -> list[str]:
    """New / unchanged, or the counts and the first directions added, removed and changed."""
    if diff is None:
        return [esc(t(lang, "guideline.new"))]
    if diff.empty:
        return [esc(t(lang, "guideline.unchanged"))]
    lines = [esc(t(lang, "guideline.diff", added=len(diff.added), removed=len(diff.removed),
                   changed=len(diff.changed)))]
    lines += [esc(t(lang, "guideline.added", title=leaf.title)) for leaf in diff.added[:5]]
    lines += [esc(t(lang, "guideline.removed", title=leaf.title)) for leaf in diff.removed[:5]]
    lines += [esc(t(lang, "guideline.changed", title=change.title, fields="、".join(
        t(lang, f"guideline.field_{name}") if f"guideline.field_{name}" in catalog(lang)
        else name for name in change.fields))) for change in diff.changed[:5]]
    return lines
