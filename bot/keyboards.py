"""Inline keyboards as plain data (label + payload), so they are built and tested without
Telegram; handlers/ui.py turns them into InlineKeyboardMarkup."""

from __future__ import annotations

from dataclasses import dataclass

from bot import callback_data as cb
from bot.callback_data import Facets
from bot.catalogue.facets import BUDGET_BANDS, Taxonomy
from bot.catalogue.models import Leaf
from bot.i18n import t
from bot.render import short


@dataclass(frozen=True)
class Button:
    """A callback button, or (with `share`) a switch-inline-query button."""

    label: str
    data: str | None = None
    share: str | None = None


Keyboard = list[list[Button]]


def _pairs(buttons: list[Button]) -> Keyboard:
    return [buttons[i: i + 2] for i in range(0, len(buttons), 2)]


def menu(lang: str, owner: int) -> Keyboard:
    items = [Button(t(lang, f"menu.{item}"), cb.build("menu", item, owner=owner))
             for item in ("find", "search", "subscriptions", "deadlines", "language", "help")]
    items.append(Button(t(lang, "support.btn_ask"), cb.build("ask", cb.EMPTY, owner=owner)))
    return _pairs(items)


def subscriptions(lang: str, ids: list[int], muted: bool, owner: int) -> Keyboard:
    """Remove buttons (✖ 1, ✖ 2 …), then mute, ladder presets and the calendar export."""
    removes = [Button(f"✖ {index}", cb.build("unfollow", str(sub_id), owner=owner))
               for index, sub_id in enumerate(ids, start=1)]
    rows = [removes[i: i + 4] for i in range(0, len(removes), 4)]
    rows.append([Button(t(lang, "subs.unmute" if muted else "subs.mute"),
                        cb.build("mute", owner=owner))])
    rows.append([Button(t(lang, f"subs.ladder_{key}"), cb.build("ladder", key, owner=owner))
                 for key in cb.LADDERS])
    if ids:
        rows.append([Button(t(lang, "subs.ics_all"), cb.build("ics", "mine", "all",
                                                              owner=owner))])
    return rows


def languages(owner: int) -> Keyboard:
    return [[Button("中文", cb.build("lang", "zh_CN", owner=owner)),
             Button("English", cb.build("lang", "en", owner=owner))]]


def _nav(lang: str, facets: Facets, back: str | None, owner: int) -> list[Button]:
    row = []
    if back is not None:
        data = cb.build("browse", back, facets=facets, owner=owner)
        row.append(Button(t(lang, "nav.back"), data))
    row.append(Button(t(lang, "nav.restart"), cb.build("browse", "city", facets=Facets(),
                                                       owner=owner)))
    return row


def city_step(lang: str, options: list[tuple[str, int]], codes: dict[str, str], total: int,
              facets: Facets, owner: int) -> Keyboard:
    buttons = [
        Button(f"{codes[code]} ({n})",
               cb.build("browse", "sector", facets=facets.with_(city=code, page=0), owner=owner))
        for code, n in options
    ]
    rows = _pairs(buttons)
    rows.append([Button(t(lang, "nav.any", n=total),
                        cb.build("browse", "sector", facets=facets.with_(city=None), owner=owner))])
    return rows


def sector_step(lang: str, options: list[tuple[str, int]], taxonomy: Taxonomy, total: int,
                facets: Facets, owner: int) -> Keyboard:
    buttons = []
    for key, n in options:
        sector = taxonomy.get(key)
        name = sector.name(lang) if sector else key
        buttons.append(Button(f"{name} ({n})", cb.build(
            "browse", "budget", facets=facets.with_(sector=key, page=0), owner=owner)))
    rows = _pairs(buttons)
    rows.append([Button(t(lang, "nav.any", n=total), cb.build(
        "browse", "budget", facets=facets.with_(sector=None), owner=owner))])
    rows.append(_nav(lang, facets.with_(sector=None), "city", owner))
    return rows


def budget_step(lang: str, options: list[tuple[str, int]], total: int, facets: Facets,
                owner: int) -> Keyboard:
    labels = {band.key: band.label() for band in BUDGET_BANDS}
    buttons = [
        Button(f"{labels[key]} ({n})", cb.build(
            "browse", "results", facets=facets.with_(budget=key, page=0), owner=owner))
        for key, n in options
    ]
    rows = _pairs(buttons)
    rows.append([
        Button(t(lang, "nav.any", n=total), cb.build(
            "browse", "results", facets=facets.with_(budget=None, page=0), owner=owner)),
        Button(t(lang, "budget.type"), cb.build("browse", "type_budget", facets=facets,
                                                 owner=owner)),
    ])
    rows.append(_nav(lang, facets.with_(budget=None), "sector", owner))
    return rows


def results_page(lang: str, page: list[Leaf], first_index: int, facets: Facets, pages: int,
                 relax: list[tuple[str, int]], owner: int,
                 only_eligible: bool | None = None) -> Keyboard:
    rows = [[Button(f"{first_index + i}. {short(leaf.title, 24)}",
                    cb.build("card", leaf.id, facets=facets, owner=owner))]
            for i, leaf in enumerate(page)]
    if pages > 1:
        nav = []
        if facets.page > 0:
            previous = facets.with_(page=facets.page - 1)
            nav.append(Button("‹", cb.build("browse", "results", facets=previous, owner=owner)))
        nav.append(Button(f"{facets.page + 1}/{pages}", cb.build("noop", owner=owner)))
        if facets.page + 1 < pages:
            following = facets.with_(page=facets.page + 1)
            nav.append(Button("›", cb.build("browse", "results", facets=following, owner=owner)))
        rows.append(nav)
    for name, n in relax:
        rows.append([Button(t(lang, f"relax.{name}", n=n), cb.build(
            "browse", "results", facets=facets.with_(**{name: None, "page": 0}), owner=owner))])
    if only_eligible is not None:
        key = "profile.show_all" if only_eligible else "profile.only_eligible"
        rows.append([Button(t(lang, key), cb.build("only", facets=facets.with_(page=0),
                                                   owner=owner))])
    if facets.city:
        target = f"{facets.city}.{facets.sector}" if facets.sector else facets.city
        rows.append([Button(t(lang, "subs.follow_city"),
                            cb.build("follow", "city", target, owner=owner))])
    rows.append(_nav(lang, facets.with_(page=0), "budget", owner))
    return rows


def search_page(lang: str, page: list[Leaf], first_index: int, number: int, pages: int,
                owner: int) -> Keyboard:
    rows = [[Button(f"{first_index + i}. {short(leaf.title, 24)}",
                    cb.build("card", leaf.id, facets=Facets(page=number), owner=owner))]
            for i, leaf in enumerate(page)]
    if pages > 1:
        nav = []
        if number > 0:
            nav.append(Button("‹", cb.build("search_page", str(number - 1), owner=owner)))
        nav.append(Button(f"{number + 1}/{pages}", cb.build("noop", owner=owner)))
        if number + 1 < pages:
            nav.append(Button("›", cb.build("search_page", str(number + 1), owner=owner)))
        rows.append(nav)
    rows.append([Button(t(lang, "subs.follow_search"), cb.build("follow", "search", "last",
                                                                 owner=owner)),
                 Button(t(lang, "menu.find"), cb.build("menu", "find", owner=owner))])
    return rows


def card(lang: str, leaf: Leaf, facets: Facets | None, compared: bool, owner: int) -> Keyboard:
    rows = [
        [Button(t(lang, "card.btn_indicators"), cb.build("extra", leaf.id, "ind", owner=owner)),
         Button(t(lang, "card.btn_requirements"), cb.build("extra", leaf.id, "req", owner=owner))],
        [Button(t(lang, "card.btn_eligibility"), cb.build("elig", leaf.id, owner=owner)),
         Button(t(lang, "support.btn_ask"), cb.build("ask", leaf.id, owner=owner))],
        [Button(t(lang, "card.btn_follow"), cb.build("follow", "leaf", leaf.id, owner=owner)),
         Button(t(lang, "card.btn_calendar"), cb.build("ics", "leaf", leaf.id, owner=owner))],
        [Button(t(lang, "card.btn_share"), share=leaf.id),
         Button(t(lang, "card.btn_compare_remove" if compared else "card.btn_compare"),
                cb.build("compare", leaf.id, owner=owner))],
    ]
    if facets is not None and (facets.city or facets.sector or facets.budget):
        rows.append([Button(t(lang, "nav.back_results"),
                            cb.build("browse", "results", facets=facets, owner=owner))])
    return rows


def compare_bar(lang: str, count: int, owner: int) -> Keyboard:
    return [[Button(t(lang, "compare.show", n=count), cb.build("compare_show", owner=owner)),
             Button(t(lang, "compare.clear"), cb.build("compare_clear", owner=owner))]]

