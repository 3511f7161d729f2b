"""What handlers need, built once at start-up: settings, store, search, and the catalogue
held in memory (the guided flow counts facets on every press, and the catalogue changes only
on `catalogue load`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from bot import browse
from bot.catalogue.models import GuidelineMeta, Leaf
from bot.config import Settings
from bot.search import Lexicon, Searcher
from bot.store import Store


@dataclass
class Catalogue:
    """The loaded catalogue, indexed the ways handlers look things up."""

    leaves: list[Leaf]
    by_id: dict[str, Leaf]
    metas: dict[str, GuidelineMeta]
    codes: dict[str, str]

    @classmethod
    def from_store(cls, store: Store) -> Catalogue:
        leaves = store.leaves()
        metas = {meta.key: meta for meta in store.guidelines()}
        order = list(dict.fromkeys(leaf.guideline for leaf in leaves))
        ordered = [metas[key] for key in order if key in metas]
        return cls(leaves=leaves, by_id={leaf.id: leaf for leaf in leaves}, metas=metas,
                   codes=browse.city_codes(ordered))


@dataclass
class Services:
    """One per running bot; handlers reach it through ZhinanContext.services."""

    settings: Settings
    store: Store
    lexicon: Lexicon
    searcher: Searcher
    catalogue: Catalogue
    clock: Callable[[], datetime] = field(default=lambda: datetime.now().astimezone())

    @classmethod
    def build(cls, settings: Settings, clock: Callable[[], datetime] | None = None) -> Services:
        store = Store(settings.db)
        lexicon = Lexicon.from_data(settings.data_dir)
        services = cls(settings=settings, store=store, lexicon=lexicon,
                       searcher=Searcher(store, lexicon), catalogue=Catalogue.from_store(store))
        if clock is not None:
            services.clock = clock
        return services

    def now(self) -> datetime:
        return self.clock().astimezone(self.settings.zone)
