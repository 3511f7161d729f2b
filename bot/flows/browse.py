"""Guided narrowing: city → sector → budget → results, each step one edited message.

The facets travel in the buttons, so every step is stateless and works after a restart, on any
worker and in a group. Typing an amount is the one step that waits for a message: a dialog step
whose answer, in a group, must be a reply to the bot's question.
"""

from __future__ import annotations

from bot import browse, keyboards, render
from bot import eligibility_words as words
from bot.buttons import Facets, Step
from bot.catalogue.facets import BUDGET_BANDS
from bot.catalogue.numbers import clean_number, parse_amount_wan
from bot.core import Core
from bot.eligibility import Condition, Profile, conditions_for, evaluate
from bot.flows.common import Actor, Reply, Screen
from bot.i18n import t
from bot.messenger import Prompt

TYPED_BUDGET = "budget"


def budget_label(budget: str | None, lang: str) -> str:
    if budget is None:
        return t(lang, "nav.any_amount")
    if budget.startswith("w"):
        return t(lang, "budget.typed", amount=clean_number(float(budget[1:])))
    return next(band.label(lang) for band in BUDGET_BANDS if band.key == budget)


class Browse:
    def __init__(self, core: Core) -> None:
        self.core = core

    def valid(self, facets: Facets) -> bool:
        """Facets from a button must name things that exist (a forged button may not)."""
        if facets.city is not None and facets.city not in self.core.catalogue.codes:
            return False
        return facets.sector is None or self.core.lexicon.taxonomy.get(facets.sector) is not None

    def summary(self, facets: Facets, lang: str) -> str:
        """"南宁 · 新能源 · 20–50万" — how the results were chosen."""
        any_word = t(lang, "nav.any_word")
        city = self.core.catalogue.codes.get(facets.city or "") if facets.city else None
        sector = self.core.lexicon.taxonomy.get(facets.sector or "")
        return " · ".join([render.city_name(city, self.core.catalogue.metas, lang) if city
                           else any_word,
                           sector.name(lang) if sector else t(lang, "nav.any_sector"),
                           budget_label(facets.budget, lang)])

    async def step(self, actor: Actor, step: Step, facets: Facets) -> Reply:
        """One step of the guided flow for the actor."""
        if not self.valid(facets):
            return Reply.say(t(actor.lang, "errors.expired"), alert=True)
        if step == "type_budget":
            return await self.ask_budget(actor, facets)
        catalogue, lang, owner = self.core.catalogue, actor.lang, actor.owner
        leaves, codes = catalogue.leaves, catalogue.codes
        chosen = render.esc(self.summary(facets, lang))
        if step == "city":
            cities = [(code, render.city_name(codes[code], catalogue.metas, lang), n)
                      for code, n in browse.city_options(leaves, facets, codes)]
            total = browse.count(leaves, facets.with_(city=None), codes)
            head = render.esc(t(lang, "browse.city_step"))
            note = render.editions_note(catalogue, self.core.now(), lang)
            text = f"{head}\n{note}" if note else head
            return Reply.of(Screen(text, keyboards.city_step(lang, cities, total, facets,
                                                             owner)))
        if step == "sector":
            keys = self.core.lexicon.taxonomy.keys
            options = browse.sector_options(leaves, facets.with_(sector=None), codes, keys)
            total = browse.count(leaves, facets.with_(sector=None), codes)
            return Reply.of(Screen(t(lang, "browse.sector_step", chosen=chosen),
                                   keyboards.sector_step(lang, options, self.core.lexicon.taxonomy,
                                                         total, facets, owner)))
        if step == "budget":
            options = browse.budget_options(leaves, facets.with_(budget=None), codes)
            total = browse.count(leaves, facets.with_(budget=None), codes)
            return Reply.of(Screen(t(lang, "browse.budget_step", chosen=chosen),
                                   keyboards.budget_step(lang, options, total, facets, owner)))
        return Reply.of(await self.results(actor, facets))

    async def results(self, actor: Actor, facets: Facets) -> Screen:
        """The result list: how it was chosen, the page, the unknown-amount heading, what to
        relax when few fit, and (with a profile) only what the company qualifies for."""
        catalogue, lang = self.core.catalogue, actor.lang
        found = browse.results(catalogue.leaves, facets, catalogue.codes)
        user = await self.core.storage.users.get(actor.user_id)
        profile = Profile.model_validate(user.profile) if user and user.profile else None
        only = bool(user and (user.ui or {}).get("only_eligible")) and profile is not None
        hidden: list[Condition] = []
        if only and profile is not None:
            found, hidden = eligible_only(found, profile)
        page_number = min(facets.page, found.pages - 1)
        facets = facets.with_(page=page_number)
        lines = [t(lang, "browse.results_head", chosen=render.esc(self.summary(facets, lang)),
                   n=len(found.fitting) if facets.budget else found.total)]
        if facets.budget and found.unknown:
            lines.append(t(lang, "browse.unknown_count", n=len(found.unknown)))
        if hidden:
            cities = render.city_namer(catalogue.metas, lang)
            said = sorted({words.label(c, lang, cities) for c in hidden})
            reasons = render.join(said[:3], lang)
            lines.append(t(lang, "profile.hidden", n=len(hidden), reasons=render.esc(reasons)))
        if not found.total:
            lines.append(t(lang, "browse.none"))
        start = page_number * browse.PAGE_SIZE
        page = found.page(page_number)
        heading_done = False
        now = self.core.now()
        for offset, leaf in enumerate(page):
            if facets.budget and leaf in found.unknown and not heading_done:
                lines.append(f"\n<b>{render.esc(t(lang, 'browse.unknown_heading'))}</b>")
                heading_done = True
            lines.append(render.result_line(start + offset + 1, leaf, lang,
                                            show_city=facets.city is None,
                                            window=catalogue.window_for(leaf), now=now,
                                            metas=catalogue.metas))
        relax = browse.relaxations(catalogue.leaves, facets, catalogue.codes)
        keyboard = keyboards.results_page(lang, page, start + 1, facets, found.pages, relax,
                                          actor.owner, only if profile is not None else None)
        return Screen("\n".join(lines), keyboard)

    async def toggle_eligible(self, actor: Actor, facets: Facets) -> Reply:
        """"Only directions I can apply to" on or off, and the list again."""
        if not self.valid(facets):
            return Reply.say(t(actor.lang, "errors.expired"), alert=True)
        await self.core.storage.users.update_ui(
            actor.user_id, lambda ui: ui.update(only_eligible=not ui.get("only_eligible")))
        return Reply.of(await self.results(actor, facets))

    async def ask_budget(self, actor: Actor, facets: Facets) -> Reply:
        """"Type an amount": remember the facets and wait for one message."""
        await self.core.storage.dialogs.set(actor.chat_id, actor.user_id, TYPED_BUDGET,
                                            {"facets": facets.encode()}, self.core.now())
        text = render.esc(t(actor.lang, "budget.ask"))
        if not actor.private:
            text = f"{render.mention(actor.user_id, actor.first_name)} {text}"
        return Reply.of(Screen(text, prompt=Prompt(t(actor.lang, "budget.placeholder"))),
                        edit=False)

    async def typed_budget(self, actor: Actor, text: str, data: dict[str, object]) -> Reply:
        """Read "50万", "五十万", "0.5亿"; ask again on anything else (the step stays open)."""
        budget = browse.typed_budget(parse_amount_wan(text[:40]))
        if budget is None:
            return Reply.of(Screen(render.esc(t(actor.lang, "budget.unreadable")),
                                   prompt=Prompt(t(actor.lang, "budget.placeholder"))))
        await self.core.storage.dialogs.clear(actor.chat_id, actor.user_id)
        facets = Facets.decode(str(data.get("facets", ""))) or Facets()
        return Reply.of(await self.results(actor, facets.with_(budget=budget, page=0)),
                        edit=False)


def eligible_only(found: browse.Results, profile: Profile
                  ) -> tuple[browse.Results, list[Condition]]:
    """Drop directions with a requirement the profile does not meet; say why (one reason each)."""
    hidden: list[Condition] = []

    def keep(leaf: object) -> bool:
        failed = [v for v in evaluate(conditions_for(leaf), profile)  # type: ignore[arg-type]
                  if v.verdict == "not_met" and v.condition.required]
        if failed:
            hidden.append(failed[0].condition)
        return not failed

    kept = browse.Results(fitting=[leaf for leaf in found.fitting if keep(leaf)],
                          unknown=[leaf for leaf in found.unknown if keep(leaf)])
    return kept, hidden
