"""Pure functions: models → Telegram HTML that fits a phone screen and Telegram's limits.

Everything from the catalogue or from a user is escaped here and only here; the only tags
produced are Telegram's (b, i, code, blockquote). `split_html` cuts long texts under the 4096
limit at line or sentence boundaries and never inside a tag.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import datetime

from bot.catalogue.facets import Taxonomy
from bot.catalogue.ingest import Diff, Preview
from bot.catalogue.models import GuidelineMeta, Leaf, Stage, Window
from bot.catalogue.numbers import clean_number
from bot.i18n import catalog, t
from bot.windows import WindowStatus, window_status

LIMIT = 4096
CARD_EXCERPT = 280
TITLE_SHORT = 28


def esc(text: object) -> str:
    return html.escape(str(text), quote=False)


def wan(value: float | None) -> str:
    return f"{clean_number(value)}"


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
        tiers = "、".join(wan(v) for v in leaf.funding_tiers_wan)
        parts.append(t(lang, "card.tiers", tiers=tiers))
    elif low is not None and high is not None and low == high:
        parts.append(t(lang, "card.fixed", amount=wan(high)))
    elif low is not None and high is not None:
        parts.append(t(lang, "card.range", low=wan(low), high=wan(high)))
    elif high is not None:
        parts.append(t(lang, "card.cap", amount=wan(high)))
    elif low is not None:
        parts.append(t(lang, "card.floor", amount=wan(low)))
    if leaf.funding_percent is not None:
        basis = leaf.funding_percent_basis or "—"
        parts.append(t(lang, "card.percent", pct=wan(leaf.funding_percent), basis=basis))
    if leaf.funding_percent_cap is not None:
        parts.append(t(lang, "card.percent_cap", pct=wan(leaf.funding_percent_cap)))
    if not parts:
        key = "card.amount_later" if leaf.announced_later else "card.amount_unstated"
        return t(lang, key)
    return "；".join(parts) if lang != "en" else "; ".join(parts)


def mode_words(leaf: Leaf, lang: str) -> str | None:
    """前资助 = paid up front, 后补助 = reimbursed after acceptance, …"""
    if not leaf.funding_mode:
        return None
    modes = leaf.funding_mode.split("、")
    explained = [t(lang, f"mode.{mode}") if _has_mode(mode) else mode for mode in modes]
    return "；".join(explained) if lang != "en" else "; ".join(explained)


def _has_mode(mode: str) -> bool:
    return mode in ("前资助", "后补助", "分年拨付", "里程碑式补助", "事前资助", "事后补助")


def matching_words(leaf: Leaf, lang: str) -> str | None:
    """The matching ratio as the self-funding needed for the cap."""
    if leaf.matching_ratio is None:
        return None
    ratio = wan(leaf.matching_ratio)
    if leaf.funding_max_wan:
        need = wan(leaf.matching_ratio * leaf.funding_max_wan)
        return t(lang, "card.matching_for_cap", ratio=ratio, cap=wan(leaf.funding_max_wan),
                 need=need)
    return t(lang, "card.matching", ratio=ratio)


def lead_words(leaf: Leaf, lang: str) -> str:
    if leaf.enterprise_lead_only is True:
        return t(lang, "card.lead_enterprise")
    if leaf.enterprise_lead_only is False:
        return t(lang, "card.lead_any")
    return t(lang, "card.lead_unstated")


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
                 stage=esc(status.stage.label))
    return t(lang, "window.closed", date=date)


# --------------------------------------------------------------------------- the card


def card(leaf: Leaf, window: Window | None, lang: str, now: datetime,
         taxonomy: Taxonomy) -> str:
    """One phone screen: what is funded, how much, how, for how long, who may lead, when."""
    lines = [f"<b>{esc(leaf.title)}</b>"]
    where = [leaf.city, str(leaf.year), leaf.plan or ""]
    if leaf.code:
        where.append(leaf.code)
    lines.append(esc(" · ".join(p for p in where if p)))
    context = leaf.parent or leaf.group
    if context:
        lines.append(f"<i>{esc(short(context, 40))}</i>")
    lines.append("")
    lines.append(f"💰 {esc(funding_words(leaf, lang))}")
    for extra in (mode_words(leaf, lang), matching_words(leaf, lang)):
        if extra:
            lines.append(f"    {esc(extra)}")
    if leaf.total_investment_min_wan:
        lines.append(f"    {esc(t(lang, 'card.total', amount=wan(leaf.total_investment_min_wan)))}")
    if leaf.period_years_max:
        lines.append(f"⏳ {esc(t(lang, 'card.period', years=wan(leaf.period_years_max)))}")
    if leaf.quota:
        lines.append(f"🎯 {esc(t(lang, 'card.quota', n=leaf.quota))}")
    lines.append(f"👤 {esc(lead_words(leaf, lang))}")
    thresholds = threshold_words(leaf, lang)
    if thresholds:
        lines.append(f"📌 {esc(thresholds)}")
    lines.append(f"🗓 {window_words(window_status(window, now), lang)}")
    sectors = [s.name(lang) for key in leaf.sectors if (s := taxonomy.get(key))]
    lines.append(f"🏷 {esc('、'.join(sectors) if lang != 'en' else ', '.join(sectors))}")
    if leaf.content:
        lines.append("")
        lines.append(f"<blockquote>{esc(short(leaf.content, CARD_EXCERPT))}</blockquote>")
    lines.append(esc(t(lang, "card.source", file=leaf.source_file, line=leaf.source_line,
                        id=leaf.id)))
    if leaf.inferred:
        lines.append(f"<i>{esc(t(lang, 'card.inferred'))}</i>")
    return "\n".join(lines)


def threshold_words(leaf: Leaf, lang: str) -> str | None:
    parts = []
    if leaf.min_rd_spend_wan is not None:
        parts.append(t(lang, "card.rd_spend", amount=wan(leaf.min_rd_spend_wan)))
    if leaf.qualifications:
        names = "、".join(t(lang, f"qual.{q}") for q in leaf.qualifications)
        parts.append(t(lang, "card.qualifications", names=names))
    return "；".join(parts) if parts else None


def full_text(leaf: Leaf, which: str, lang: str) -> str:
    """The full indicators, requirements or content of a leaf, escaped, with a heading."""
    text = {"ind": leaf.indicators, "req": leaf.requirements, "content": leaf.content}[which]
    heading = t(lang, f"extra.{which}", title=short(leaf.title, 40))
    body = esc(text) if text else esc(t(lang, "extra.none"))
    return f"<b>{esc(heading)}</b>\n\n{body}"


def result_line(index: int, leaf: Leaf, lang: str, *, show_city: bool) -> str:
    """One numbered line of a result list: title, city, amount, mode."""
    bits = []
    if show_city:
        bits.append(leaf.city)
    if leaf.funding_max_wan is not None or leaf.funding_min_wan is not None:
        bits.append(funding_words(leaf, lang))
    elif leaf.announced_later:
        bits.append(t(lang, "card.amount_later"))
    if leaf.funding_mode:
        bits.append(leaf.funding_mode)
    tail = f"\n    <i>{esc(' · '.join(bits))}</i>" if bits else ""
    return f"<b>{index}.</b> {esc(short(leaf.title, 40))}{tail}"


def compare(leaves: list[Leaf], window_for: Callable[[Leaf], Window | None], lang: str,
            now: datetime) -> str:
    """Two to four directions side by side, attribute by attribute, across cities too."""
    marks = "①②③④"
    lines = [f"<b>{esc(t(lang, 'compare.title'))}</b>"]
    for mark, leaf in zip(marks, leaves, strict=False):
        lines.append(f"{mark} {esc(short(leaf.title, 36))}（{esc(leaf.city)} {leaf.year}）")
    rows = [
        ("compare.funding", lambda leaf: funding_words(leaf, lang)),
        ("compare.mode", lambda leaf: leaf.funding_mode or "—"),
        ("compare.period", lambda leaf: t(lang, "compare.years", n=wan(leaf.period_years_max))
         if leaf.period_years_max else "—"),
        ("compare.lead", lambda leaf: lead_words(leaf, lang)),
        ("compare.thresholds", lambda leaf: threshold_words(leaf, lang) or "—"),
        ("compare.matching", lambda leaf: wan(leaf.matching_ratio) + "×"
         if leaf.matching_ratio is not None else "—"),
        ("compare.window", lambda leaf: _plain(window_words(window_status(window_for(leaf), now),
                                                            lang))),
    ]
    for key, value in rows:
        lines.append("")
        lines.append(f"<b>{esc(t(lang, key))}</b>")
        for mark, leaf in zip(marks, leaves, strict=False):
            lines.append(f"{mark} {esc(value(leaf))}")
    return "\n".join(lines)


def _plain(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def reminder(lang: str, items: list[tuple[str, Stage]], now: datetime) -> str:
    """Deadline reminders due together, soonest first, in one message."""
    items = sorted(items, key=lambda item: item[1].ends_at)
    days = max(0, (items[0][1].ends_at - now).days)
    key = "reminder.today" if days == 0 else "reminder.days"
    lines = [f"⏰ <b>{esc(t(lang, key, days=days))}</b>"]
    for title, stage in items:
        left = max(0, (stage.ends_at - now).days)
        lines.append(f"• {esc(title)}\n  {esc(stage.label)}：{stage.ends_at:%Y-%m-%d %H:%M}"
                     f"（{esc(t(lang, 'reminder.left', days=left))}）")
    lines += ["", esc(t(lang, "reminder.footer"))]
    return "\n".join(lines)


def published(lang: str, meta: GuidelineMeta, count: int, window: Window | None,
              now: datetime) -> str:
    """A new guideline in a city the user follows."""
    status = _plain(window_words(window_status(window, now), lang))
    return (f"🆕 <b>{esc(t(lang, 'reminder.published', city=meta.city, year=meta.year))}</b>\n"
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
        lines.append(f"{esc(stage.label)}：{esc(was)} → <b>{stage.ends_at:%Y-%m-%d %H:%M}</b>")
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
    return len(html.unescape(_TAG.sub("", markup)))


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
    for key, issues in (("refusals", shown.refusals), ("warnings", shown.warnings)):
        if issues:
            lines += ["", esc(t(lang, f"guideline.{key}"))]
            lines += [f"• {esc(str(issue))}" for issue in issues[:PREVIEW_ISSUES]]
            if len(issues) > PREVIEW_ISSUES:
                lines.append(esc(t(lang, "guideline.more", n=len(issues) - PREVIEW_ISSUES)))
    lines += ["", *guideline_diff(lang, shown.diff)]
    return "\n".join(lines)


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
