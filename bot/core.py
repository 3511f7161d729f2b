"""What every workflow needs, built once per process: settings, storage, the clock, and the
catalogue with its windows and search index held in memory.

The guided flow counts facets on every press and search scores every leaf, so both work on an
in-memory copy. It follows the database: each process compares the catalogue version (bumped by
every publish and window change, from any process) with the one its copy was built from, at
most once a second, and rebuilds the copy — off the event loop — when it moved.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import cast

from bot import answers, browse
from bot.catalogue.models import GuidelineMeta, Leaf, Window
from bot.config import Settings
from bot.db import Storage
from bot.db.catalogue import Snapshot
from bot.lexicon import Lexicon
from bot.messenger import Messenger, RobotPoster, Unwired
from bot.reminders import WindowRef
from bot.search import Searcher

log = logging.getLogger("zhinan.core")
REFRESH_EVERY = 1.0  # seconds between version checks


@dataclass(frozen=True)
class CatalogueView:
    """One version of the catalogue and its windows, indexed the ways the bot looks things up."""

    version: int
    leaves: list[Leaf]
    by_id: dict[str, Leaf]
    metas: dict[str, GuidelineMeta]
    codes: dict[str, str]  # short city code (nn) → city (南宁)
    windows: dict[WindowRef, Window] = field(default_factory=dict)

    @classmethod
    def build(cls, snapshot: Snapshot, windows: dict[tuple[str, str], Window]) -> CatalogueView:
        metas = {meta.key: meta for meta in snapshot.metas}
        order = list(dict.fromkeys(leaf.guideline for leaf in snapshot.leaves))
        ordered = [metas[key] for key in order if key in metas]
        return cls(version=snapshot.version, leaves=snapshot.leaves,
                   by_id={leaf.id: leaf for leaf in snapshot.leaves}, metas=metas,
                   codes=browse.city_codes(ordered),
                   windows={WindowRef(g, leaf_id): w for (g, leaf_id), w in windows.items()})

    def window_for(self, leaf: Leaf) -> Window | None:
        """A direction's own window if staff set one, else its guideline's."""
        return (self.windows.get(WindowRef(leaf.guideline, leaf.id))
                or self.windows.get(WindowRef(leaf.guideline)))

    def window_title(self, ref: WindowRef) -> str:
        meta = self.metas.get(ref.guideline)
        title = f"{meta.city} {meta.year} {meta.title}" if meta else ref.guideline
        leaf = self.by_id.get(ref.leaf_id) if ref.leaf_id else None
        return f"{title}｜{leaf.title}" if leaf else title


def release_freed_memory() -> None:
    """Hand the heap that reading and indexing the catalogue freed back to the system: glibc
    keeps freed small blocks for reuse, which for a 100k-leaf catalogue is a few hundred MB
    the bot never needs again (a no-op where there is no glibc)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


class Core:
    """One per process; workflows reach storage, the clock and the catalogue through it."""

    def __init__(self, settings: Settings, storage: Storage, lexicon: Lexicon,
                 clock: Callable[[], datetime] | None = None) -> None:
        self.settings = settings
        self.storage = storage
        self.base_lexicon = lexicon  # data/synonyms.toml; `lexicon` adds the published cities
        self.lexicon = lexicon
        self.clock = clock or (lambda: datetime.now().astimezone())
        self.catalogue = CatalogueView(0, [], {}, {}, {})
        self.searcher = Searcher(lexicon, [])
        self.messenger: Messenger = cast(Messenger, Unwired())
        self.robots: RobotPoster = cast(RobotPoster, Unwired())
        self.bot_username = ""
        self.wakers: list[Callable[[], None]] = []
        self._checked = 0.0
        self._refreshing = asyncio.Lock()

    @classmethod
    async def open(cls, settings: Settings,
                   clock: Callable[[], datetime] | None = None) -> Core:
        """Connect (migrating the schema), seed the windows catalogue.toml states, then load
        the catalogue and warm the search index before anything is served."""
        storage = await Storage.open(settings.db)
        try:
            core = cls(settings, storage, Lexicon.from_data(settings.data_dir), clock)
            # windows first, so the catalogue is read and indexed once (twice left the first
            # copy's freed heap behind: ~80 MB at 100k leaves)
            await storage.windows.seed(await storage.catalogue.metas(), core.now())
            await core.refresh(force=True)
        except BaseException:
            await storage.close()
            raise
        return core

    async def close(self) -> None:
        await self.storage.close()

    def now(self) -> datetime:
        return self.clock().astimezone(self.settings.zone)

    async def wake_sender(self) -> None:
        """New rows are in the outbox: a sender in this process starts at once (one in another
        process hears of it through the database: LISTEN/NOTIFY on PostgreSQL, its next look
        on SQLite)."""
        for wake in self.wakers:
            wake()

    async def refresh(self, *, force: bool = False) -> bool:
        """Rebuild the in-memory catalogue when the database holds a newer version; returns
        whether it did. Cheap to call on every update: it asks at most once a second."""
        if not force and time.monotonic() - self._checked < REFRESH_EVERY:
            return False
        async with self._refreshing:
            self._checked = time.monotonic()
            version = await self.storage.catalogue.version()
            if not force and version == self.catalogue.version:
                return False
            snapshot = await self.storage.catalogue.snapshot()
            windows = await self.storage.windows.all()
            view = CatalogueView.build(snapshot, windows)
            lexicon = self.base_lexicon.with_cities(view.metas.values())
            searcher = await asyncio.to_thread(Searcher.build, lexicon, view.leaves)
            await asyncio.to_thread(answers.warm, searcher)
            self.catalogue, self.searcher, self.lexicon = view, searcher, lexicon
            await asyncio.to_thread(release_freed_memory)
            log.info("catalogue version %d: %d directions in %d guidelines", view.version,
                     len(view.leaves), len(view.metas))
            return True
