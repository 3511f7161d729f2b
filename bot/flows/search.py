"""Free text: understand the question (bot.query), answer it (bot.answers), page through the
list, drop a condition read from it (✖ 桂林); inline results.

The last question (its text, the conditions dropped since and the ids answered) is kept with
the user, so its pages, ✖ buttons and "follow this search" work on any worker and after a
restart.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import Any

from bot import answers, browse, keyboards, render
from bot.buttons import Facets, Follow, SearchPage
from bot.catalogue.models import Leaf
from bot.catalogue.numbers import clean_number
from bot.core import Core
from bot.eligibility import Profile
from bot.flows.browse import Browse
from bot.flows.common import Actor, Reply, Screen
from bot.flows.privately import privately
from bot.i18n import t
from bot.keyboards import button
from bot.query import CONSTRAINT_KEYS, Understood

MAX_QUERY = 200
MAX_RESULTS = 50
INLINE_RESULTS = 10


def clean_query(text: str) -> str:
    """What a query keeps: visible characters, at most MAX_QUERY of them (zero-width joiners,
    BOMs and control characters that would break matching are dropped)."""
    kept = "".join(ch for ch in text if ch.isprintable() or ch in " \t")
    return " ".join(kept.split())[:MAX_QUERY]


def guided(query: Understood) -> bool:
    """Only what the guided steps offer (a city, a sector, a budget): continue there, where
    the buttons narrow further."""
    c = query.constraints
    return (query.intent == "search" and not query.has_topic and bool(c.keys)
            and set(c.keys) <= {"city", "sector", "amount"}
            and (c.amount is None or c.amount.op == "about"))


class Search:
    def __init__(self, core: Core, browse_flow: Browse) -> None:
        self.core = core
        self.browse = browse_flow

    async def run(self, actor: Actor, text: str) -> Reply:
        text = clean_query(text)
        if not text:
            return Reply.of(Screen(render.esc(t(actor.lang, "search.prompt"))), edit=False)
        query = await asyncio.to_thread(self.core.searcher.understand, text)
        facets, amount = self._facets(query), query.constraints.amount
        if query.bad_amount is None and amount is not None and facets.budget is None:
            query = replace(query, bad_amount=str(clean_number(amount.wan)))  # 0.00001万
        if query.bad_amount is not None:
            return Reply.of(Screen(render.esc(t(actor.lang, "search.bad_amount",
                                                amount=query.bad_amount[:40]))), edit=False)
        if guided(query):
            return Reply.of(await self.browse.results(actor, facets), edit=False)
        screen = await self._answer(actor, query, {"q": text, "drop": []})
        return await privately(self.core, actor, screen)

    async def refine(self, actor: Actor, key: str) -> Reply:
        """"✖ 桂林": the same question again without that condition."""
        stored = await self._stored(actor.user_id)
        if stored is None or key not in CONSTRAINT_KEYS:
            return Reply.say(t(actor.lang, "errors.expired"), alert=True)
        drop = [*stored.get("drop", []), key]
        query = await asyncio.to_thread(self.core.searcher.understand, str(stored["q"]))
        constraints = query.constraints
        for dropped in drop:
            if dropped in CONSTRAINT_KEYS:
                constraints = constraints.without(dropped)
        screen = await self._answer(actor, replace(query, constraints=constraints),
                                    {"q": stored["q"], "drop": drop})
        return Reply.of(screen)

    def _facets(self, query: Understood) -> Facets:
        c = query.constraints
        codes = {city: code for code, city in self.core.catalogue.codes.items()}
        budget = browse.typed_budget(c.amount.wan) if c.amount is not None else None
        return Facets(city=codes.get(c.city or ""), sector=c.sector, budget=budget)

    async def _answer(self, actor: Actor, query: Understood, stored: dict[str, Any]) -> Screen:
        """The rendered answer to a question, remembered for its pages and ✖ buttons."""
        core, lang = self.core, actor.lang
        profile = await self._profile(actor.user_id) if query.intent == "eligible" else None
        catalogue, now = core.catalogue, core.now()
        result = await asyncio.to_thread(
            answers.answer, query, core.searcher, window_for=catalogue.window_for, now=now,
            profile=profile, limit=MAX_RESULTS)
        taxonomy = core.lexicon.taxonomy

        def sector_name(key: str) -> str:
            sector = taxonomy.get(key)
            return sector.name(lang) if sector else key

        shown = answers.render(result, lang, owner=actor.owner,
                               window_for=catalogue.window_for, now=now,
                               sector_name=sector_name,
                               city_name=render.city_namer(catalogue.metas, lang))
        leaves = result.leaves
        await self._remember(actor.user_id, {**stored, "ids": [leaf.id for leaf in leaves]})
        keyboard = list(shown.keyboard)
        tail = []
        if len(leaves) > answers.SHOWN:
            tail.append(button("›", SearchPage(1, actor.owner)))
        if isinstance(result, answers.SearchAnswer) and leaves:
            tail.append(button(t(lang, "subs.follow_search"),
                               Follow("search", "last", actor.owner)))
        if tail:
            keyboard.append(tail)
        return Screen(shown.text, keyboard)

    async def _profile(self, user_id: int) -> Profile | None:
        user = await self.core.storage.users.get(user_id)
        return Profile.model_validate(user.profile) if user and user.profile else None

    async def _stored(self, user_id: int) -> dict[str, Any] | None:
        user = await self.core.storage.users.get(user_id)
        stored = (user.ui or {}).get("search") if user else None
        return stored if isinstance(stored, dict) and stored.get("q") else None

    async def _remember(self, user_id: int, stored: dict[str, Any]) -> None:
        await self.core.storage.users.set_ui(user_id, "search", stored)

    async def last(self, user_id: int) -> tuple[str, list[Leaf]] | None:
        stored = await self._stored(user_id)
        if stored is None:
            return None
        by_id = self.core.catalogue.by_id
        return str(stored["q"]), [by_id[i] for i in stored.get("ids", []) if i in by_id]

    def view(self, actor: Actor, text: str, leaves: list[Leaf], number: int) -> Screen:
        """One page of the last answer's list: the question, numbered results, buttons."""
        pages = max(1, -(-len(leaves) // browse.PAGE_SIZE))
        number = min(number, pages - 1)
        start = number * browse.PAGE_SIZE
        page = leaves[start: start + browse.PAGE_SIZE]
        now = self.core.now()
        lines = [t(actor.lang, "search.head", q=render.esc(text), n=len(leaves))]
        catalogue = self.core.catalogue
        lines += [render.result_line(start + i + 1, leaf, actor.lang, show_city=True,
                                     window=catalogue.window_for(leaf), now=now,
                                     metas=catalogue.metas)
                  for i, leaf in enumerate(page)]
        keyboard = keyboards.search_page(actor.lang, page, start + 1, number, pages,
                                         actor.owner)
        return Screen("\n".join(lines), keyboard)

    async def page(self, actor: Actor, number: int) -> Reply:
        found = await self.last(actor.user_id)
        if found is None:
            return Reply.say(t(actor.lang, "errors.expired"), alert=True)
        return Reply.of(self.view(actor, found[0], found[1], number))

    def leaves_for(self, text: str, limit: int = MAX_RESULTS) -> list[Leaf]:
        """What a saved search finds now (reminders, audiences)."""
        found = self.core.searcher.search(clean_query(text), limit=limit)
        return [hit.leaf for hit in found.hits]

    async def inline(self, actor: Actor, text: str
                     ) -> tuple[tuple[str, Screen] | None, list[Leaf]]:
        """Inline mode: a shared card's id; or a question's answer (when it is more than a
        list: its result id "answer-<kind>" and its screen) and the directions it names."""
        text = clean_query(text)
        shared = self.core.catalogue.by_id.get(text)
        if shared is not None:
            return None, [shared]
        if not text:
            return None, []
        core = self.core
        query = await asyncio.to_thread(core.searcher.understand, text)
        profile = await self._profile(actor.user_id) if query.intent == "eligible" else None
        result = await asyncio.to_thread(
            answers.answer, query, core.searcher, window_for=core.catalogue.window_for,
            now=core.now(), profile=profile, limit=INLINE_RESULTS)
        leaves = result.leaves[:INLINE_RESULTS]
        if isinstance(result, answers.SearchAnswer):
            return None, leaves
        shown = answers.render(result, actor.lang, window_for=core.catalogue.window_for,
                               now=core.now(),
                               city_name=render.city_namer(core.catalogue.metas, actor.lang))
        return (f"answer-{query.intent}", Screen(shown.text)), leaves
