"""Free-text search: read the message, rank, list; pages of the last search; inline results.

The last search (its text and result ids) is kept with the user, so its pages and "follow this
search" work on any worker and after a restart.
"""

from __future__ import annotations

from bot import browse, keyboards, render
from bot.buttons import Facets
from bot.catalogue.models import Leaf
from bot.catalogue.numbers import clean_number
from bot.core import Core
from bot.flows.browse import Browse
from bot.flows.common import Actor, Reply, Screen
from bot.flows.privately import privately
from bot.i18n import t

MAX_QUERY = 200
MAX_RESULTS = 50
INLINE_RESULTS = 10


def clean_query(text: str) -> str:
    """What a query keeps: visible characters, at most MAX_QUERY of them (zero-width joiners,
    BOMs and control characters that would break matching are dropped)."""
    kept = "".join(ch for ch in text if ch.isprintable() or ch in " \t")
    return " ".join(kept.split())[:MAX_QUERY]


class Search:
    def __init__(self, core: Core, browse_flow: Browse) -> None:
        self.core = core
        self.browse = browse_flow

    async def run(self, actor: Actor, text: str) -> Reply:
        text = clean_query(text)
        if not text:
            return Reply.of(Screen(render.esc(t(actor.lang, "search.prompt"))), edit=False)
        core = self.core
        query, hits = core.searcher.search(text, limit=MAX_RESULTS)
        if not query.has_topic and (query.city or query.budget_wan is not None or query.sector):
            codes = {city: code for code, city in core.catalogue.codes.items()}
            budget = (f"w{clean_number(query.budget_wan)}" if query.budget_wan is not None
                      else None)
            facets = Facets(city=codes.get(query.city or ""), sector=query.sector, budget=budget)
            return Reply.of(await self.browse.results(actor, facets), edit=False)
        if not hits:
            return Reply.of(Screen(t(actor.lang, "search.nothing", q=render.esc(text)),
                                   keyboards.menu(actor.lang, actor.owner)), edit=False)
        await self._remember(actor.user_id, text, [hit.leaf.id for hit in hits])
        return await privately(core, actor, self.view(actor, text, [hit.leaf for hit in hits],
                                                      0))

    async def _remember(self, user_id: int, text: str, ids: list[str]) -> None:
        user = await self.core.storage.users.get(user_id)
        ui = dict(user.ui or {}) if user else {}
        ui["search"] = {"q": text, "ids": ids}
        await self.core.storage.users.change(user_id, ui=ui)

    async def last(self, user_id: int) -> tuple[str, list[Leaf]] | None:
        user = await self.core.storage.users.get(user_id)
        stored = (user.ui or {}).get("search") if user else None
        if not isinstance(stored, dict) or not stored.get("q"):
            return None
        by_id = self.core.catalogue.by_id
        return str(stored["q"]), [by_id[i] for i in stored.get("ids", []) if i in by_id]

    def view(self, actor: Actor, text: str, leaves: list[Leaf], number: int) -> Screen:
        """One page of a search: the query, numbered results with their facts, buttons."""
        pages = max(1, -(-len(leaves) // browse.PAGE_SIZE))
        number = min(number, pages - 1)
        start = number * browse.PAGE_SIZE
        page = leaves[start: start + browse.PAGE_SIZE]
        now = self.core.now()
        lines = [t(actor.lang, "search.head", q=render.esc(text), n=len(leaves))]
        lines += [render.result_line(start + i + 1, leaf, actor.lang, show_city=True,
                                     window=self.core.catalogue.window_for(leaf), now=now)
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
        return [hit.leaf for hit in self.core.searcher.search(clean_query(text),
                                                             limit=limit)[1]]

    def inline(self, text: str) -> list[Leaf]:
        """Inline mode: a shared card's id, or the best matches of the text."""
        text = clean_query(text)
        shared = self.core.catalogue.by_id.get(text)
        if shared is not None:
            return [shared]
        return self.leaves_for(text, INLINE_RESULTS) if text else []
