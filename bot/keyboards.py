"""Inline keyboards as plain data (label + packed button), built and tested without Telegram;
the Telegram channel turns them into InlineKeyboardMarkup."""

from __future__ import annotations

from dataclasses import dataclass

from bot import buttons as b
from bot.buttons import Facets
from bot.catalogue.facets import BUDGET_BANDS, Taxonomy
from bot.catalogue.models import Leaf
from bot.i18n import t
from bot.render import short


@dataclass(frozen=True)
class Button:
    """A callback button, or (with `share`) a switch-inline-query button, or a link."""

    label: str
    data: str | None = None
    share: str | None = None
    url: str | None = None


Keyboard = list[list[Button]]


def button(label: str, data: b.CallbackData) -> Button:
    return Button(label, data.pack())


def pairs(buttons: list[Button], width: int = 2) -> Keyboard:
    return [buttons[i: i + width] for i in range(0, len(buttons), width)]


def menu(lang: str, owner: int) -> Keyboard:
    items: list[Button] = [button(t(lang, f"menu.{item}"), b.Menu(item, owner))
                           for item in ("find", "search", "subscriptions", "deadlines",
                                        "language", "help")]
    items.append(button(t(lang, "support.btn_ask"), b.Ask(None, owner)))
    return pairs(items)


def subscriptions(lang: str, ids: list[int], muted: bool, owner: int) -> Keyboard:
    """Remove buttons (✖ 1, ✖ 2 …), then pause, ladder presets and the calendar export."""
    removes = [button(f"✖ {index}", b.Unfollow(sub_id, owner))
               for index, sub_id in enumerate(ids, start=1)]
    rows = pairs(removes, 4)
    rows.append([button(t(lang, "subs.unmute" if muted else "subs.mute"), b.Mute(owner))])
    rows.append([button(t(lang, f"subs.ladder_{key}"), b.SetLadder(key, owner))  # type: ignore[arg-type]
                 for key in b.LADDERS])
    if ids:
        rows.append([button(t(lang, "subs.ics_all"), b.Calendar("mine", "all", owner))])
    return rows


def languages(owner: int) -> Keyboard:
    return [[button("中文", b.Language("zh_CN", owner)),
             button("English", b.Language("en", owner))]]


def _nav(lang: str, facets: Facets, back: b.Step | None, owner: int) -> list[Button]:
    row = []
    if back is not None:
        row.append(button(t(lang, "nav.back"), b.Browse(back, facets, owner)))
    row.append(button(t(lang, "nav.restart"), b.Browse("city", Facets(), owner)))
    return row


def city_step(lang: str, options: list[tuple[str, str, int]], total: int, facets: Facets,
              owner: int) -> Keyboard:
    """(code, label, count) per city; one per row so a count is never cut off on a phone."""
    rows = [[button(f"{label} ({n})", b.Browse("sector", facets.with_(city=code, page=0),
                                                 owner))] for code, label, n in options]
    rows.append([button(t(lang, "nav.any", n=total),
                        b.Browse("sector", facets.with_(city=None), owner))])
    return rows


def sector_step(lang: str, options: list[tuple[str, int]], taxonomy: Taxonomy, total: int,
                facets: Facets, owner: int) -> Keyboard:
    rows = []
    for key, n in options:
        sector = taxonomy.get(key)
        name = sector.name(lang) if sector else key
        rows.append([button(f"{name} ({n})",
                            b.Browse("budget", facets.with_(sector=key, page=0), owner))])
    rows.append([button(t(lang, "nav.any", n=total),
                        b.Browse("budget", facets.with_(sector=None), owner))])
    rows.append(_nav(lang, facets.with_(sector=None), "city", owner))
    return rows


def budget_step(lang: str, options: list[tuple[str, int]], total: int, facets: Facets,
                owner: int) -> Keyboard:
    labels = {band.key: band.label(lang) for band in BUDGET_BANDS}
    rows = pairs([button(f"{labels[key]} ({n})",
                         b.Browse("results", facets.with_(budget=key, page=0), owner))
                  for key, n in options])
    rows.append([button(t(lang, "nav.any", n=total),
                        b.Browse("results", facets.with_(budget=None, page=0), owner)),
                 button(t(lang, "budget.type"), b.Browse("type_budget", facets, owner))])
    rows.append(_nav(lang, facets.with_(budget=None), "sector", owner))
    return rows


def _pager(page: int, pages: int, make: object, owner: int) -> list[Button]:
    nav = []
    if page > 0:
        nav.append(button("‹", make(page - 1)))  # type: ignore[operator]
    nav.append(button(f"{page + 1}/{pages}", b.Noop(owner)))
    if page + 1 < pages:
        nav.append(button("›", make(page + 1)))  # type: ignore[operator]
    return nav


def results_page(lang: str, page: list[Leaf], first_index: int, facets: Facets, pages: int,
                 relax: list[tuple[str, int]], owner: int,
                 only_eligible: bool | None = None) -> Keyboard:
    rows = [[button(f"{first_index + i}. {short(leaf.title, 24)}",
                    b.Card(leaf.id, "b", facets, owner))] for i, leaf in enumerate(page)]
    if pages > 1:
        rows.append(_pager(facets.page, pages, lambda number: b.Browse(
            "results", facets.with_(page=number), owner), owner))
    for name, n in relax:
        rows.append([button(t(lang, f"relax.{name}", n=n), b.Browse(
            "results", facets.with_(**{name: None, "page": 0}), owner))])
    if only_eligible is not None:
        key = "profile.show_all" if only_eligible else "profile.only_eligible"
        rows.append([button(t(lang, key), b.OnlyEligible(facets.with_(page=0), owner))])
    if facets.city:
        target = f"{facets.city}.{facets.sector}" if facets.sector else facets.city
        rows.append([button(t(lang, "subs.follow_city"), b.Follow("city", target, owner))])
    rows.append(_nav(lang, facets.with_(page=0), "budget", owner))
    return rows


def search_page(lang: str, page: list[Leaf], first_index: int, number: int, pages: int,
                owner: int) -> Keyboard:
    rows = [[button(f"{first_index + i}. {short(leaf.title, 24)}",
                    b.Card(leaf.id, "s", Facets(page=number), owner))]
            for i, leaf in enumerate(page)]
    if pages > 1:
        rows.append(_pager(number, pages, lambda n: b.SearchPage(n, owner), owner))
    rows.append([button(t(lang, "subs.follow_search"), b.Follow("search", "last", owner)),
                 button(t(lang, "menu.find"), b.Menu("find", owner))])
    return rows


def card(lang: str, leaf: Leaf, origin: b.Origin, facets: Facets, compared: bool,
         owner: int, *, group: bool = False) -> Keyboard:
    """The card's actions, at most three rows plus the way back to where it was opened."""
    rows = [
        [button(t(lang, "card.btn_details"), b.CardPart(leaf.id, "req", owner)),
         button(t(lang, "card.btn_eligibility"), b.Eligibility(leaf.id, owner)),
         button(t(lang, "card.btn_ask"), b.Ask(leaf.id, owner))],
        [button(t(lang, "card.btn_follow"), b.Follow("leaf", leaf.id, owner)),
         button(t(lang, "card.btn_calendar"), b.Calendar("leaf", leaf.id, owner)),
         Button(t(lang, "card.btn_share"), share=leaf.id)],
    ]
    if not group:
        rows.append([button(t(lang, "card.btn_compare_remove" if compared
                                 else "card.btn_compare"),
                            b.CompareToggle(leaf.id, origin, facets, owner))])
    back = _back(lang, origin, facets, owner)
    if back is not None:
        rows[-1].append(back)
    return rows


def _back(lang: str, origin: b.Origin, facets: Facets, owner: int) -> Button | None:
    if origin == "b" and facets.narrowed:
        return button(t(lang, "nav.back_results"), b.Browse("results", facets, owner))
    if origin == "s":
        return button(t(lang, "nav.back_results"), b.SearchPage(facets.page, owner))
    if origin == "c":
        return button(t(lang, "nav.back_compare"), b.CompareShow(owner))
    return None


def compare_bar(lang: str, count: int, owner: int) -> Keyboard:
    return [[button(t(lang, "compare.show", n=count), b.CompareShow(owner)),
             button(t(lang, "compare.clear"), b.CompareClear(owner))]]


def compare_view(leaves: list[Leaf], owner: int) -> Keyboard:
    """One button per compared direction (its card), then clearing."""
    rows = [[button(f"{i}. {short(leaf.title, 24)}", b.Card(leaf.id, "c", Facets(), owner))]
            for i, leaf in enumerate(leaves, start=1)]
    return rows
