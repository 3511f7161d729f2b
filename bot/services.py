"""What handlers need, built once at start-up: settings, store, state, search, and the
catalogue and windows held in memory (the guided flow counts facets on every press; both
change only through `catalogue load` or an admin, which call `refresh`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from bot import browse, render
from bot.catalogue.models import GuidelineMeta, Leaf, Window
from bot.config import Settings
from bot.i18n import pick_language
from bot.reminders import DEFAULT_LADDER, Due, WindowRef, concerned_refs, plan
from bot.search import Lexicon, Searcher
from bot.state import NewMessage, State
from bot.store import Store, legacy_path


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
    state: State
    lexicon: Lexicon
    searcher: Searcher
    catalogue: Catalogue
    windows: dict[WindowRef, Window] = field(default_factory=dict)
    clock: Callable[[], datetime] = field(default=lambda: datetime.now().astimezone())
    known_users: set[int] = field(default_factory=set)

    @classmethod
    def build(cls, settings: Settings, clock: Callable[[], datetime] | None = None) -> Services:
        store = Store(legacy_path(settings.db))
        lexicon = Lexicon.from_data(settings.data_dir)
        services = cls(settings=settings, store=store, state=State(store), lexicon=lexicon,
                       searcher=Searcher(store, lexicon), catalogue=Catalogue.from_store(store))
        if clock is not None:
            services.clock = clock
        services.refresh()
        services.searcher.warm()  # a large catalogue's indexes are built now, not on a query
        return services

    def refresh(self) -> None:
        """Re-read catalogue and windows (after a load or an admin's change)."""
        self.catalogue = Catalogue.from_store(self.store)
        self.searcher.refresh()
        known = self.state.windows()
        if not known and self.catalogue.metas:
            self.state.seed_windows(self.catalogue.metas.values(), self.now())
            known = self.state.windows()
        self.windows = {WindowRef(guideline, leaf_id): window
                        for (guideline, leaf_id), window in known.items()}

    def now(self) -> datetime:
        return self.clock().astimezone(self.settings.zone)

    def window_for(self, leaf: Leaf) -> Window | None:
        """A direction's own window if staff set one, else its guideline's."""
        return (self.windows.get(WindowRef(leaf.guideline, leaf.id))
                or self.windows.get(WindowRef(leaf.guideline)))

    def search_leaves(self, text: str) -> list[Leaf]:
        return [hit.leaf for hit in self.searcher.search(text, limit=50)[1]]

    # ------------------------------------------------------------------ reminders

    def due_reminders(self) -> list[Due]:
        ladders = {}
        for user_id in {s.user_id for s in self.state.reminder_subscribers()}:
            user = self.state.user(user_id) or {}
            ladders[user_id] = _ladder(user.get("ladder"))
        return plan(self.state.reminder_subscribers(), self.windows, ladders,
                    self.catalogue.by_id, self.catalogue.metas, self.search_leaves, self.now(),
                    self.settings.zone)

    def enqueue_reminders(self) -> int:
        """Plan every reminder due now and enqueue one message per user; a reminder already
        planned (same user, window, stage, step) is never planned again."""
        now = self.now()
        per_user: dict[int, dict[str, Due]] = {}
        for due in self.due_reminders():
            per_user.setdefault(due.user_id, {})[due.dedupe] = due
        added = 0
        for user_id, dues in per_user.items():
            user = self.state.user(user_id) or {}
            lang = pick_language(user.get("lang"), None)

            def text_for(keys: list[str], dues: dict[str, Due] = dues, lang: str = lang) -> str:
                items = [(self.window_title(dues[key].ref), dues[key].stage) for key in keys]
                return render.reminder(lang, items, now)

            added += self.state.enqueue_reminder(user_id, list(dues), text_for, now)
        return added

    def change_window(self, ref: WindowRef, window: Window, set_by: str) -> int:
        """Staff changed a window: save it, drop reminders planned for the old dates, and tell
        every follower once (old → new). Returns how many were notified."""
        now = self.now()
        old = self.state.set_window(ref.guideline, ref.leaf_id, window, set_by, now)
        self.state.cancel_reminders(ref.guideline, ref.leaf_id)
        self.refresh()
        new = self.windows[ref]
        overrides = {r for r in self.windows if r.leaf_id}
        followers = sorted({
            sub.user_id for sub in self.state.reminder_subscribers()
            if ref in concerned_refs(sub, self.catalogue.by_id, self.catalogue.metas, overrides,
                                     self.search_leaves)
        })
        stamp = now.isoformat()
        messages = []
        for user_id in followers:
            user = self.state.user(user_id) or {}
            lang = pick_language(user.get("lang"), None)
            text = render.window_change(lang, self.window_title(ref), old, new, now)
            messages.append(NewMessage(kind="window_change", chat_id=user_id, user_id=user_id,
                                       text=text, dedupe=f"chg:{ref.guideline}:{ref.leaf_id}:"
                                       f"{stamp}:{user_id}", priority=1))
        return self.state.enqueue(messages, now) if messages else 0

    def announce_guidelines(self, keys: list[str]) -> int:
        """New guidelines were published: each subscriber whose city (+ sector) or saved
        search matches hears once per guideline, not once per direction."""
        now = self.now()
        messages = []
        for key in keys:
            meta = self.catalogue.metas.get(key)
            if meta is None:
                continue
            ref = WindowRef(key)
            users = sorted({
                sub.user_id for sub in self.state.reminder_subscribers()
                if sub.kind in ("city", "search") and ref in concerned_refs(
                    sub, self.catalogue.by_id, self.catalogue.metas, set(), self.search_leaves)
            })
            count = sum(1 for leaf in self.catalogue.leaves if leaf.guideline == key)
            for user_id in users:
                user = self.state.user(user_id) or {}
                lang = pick_language(user.get("lang"), None)
                text = render.published(lang, meta, count, self.windows.get(ref), now)
                messages.append(NewMessage(kind="publish", chat_id=user_id, user_id=user_id,
                                           text=text, dedupe=f"pub:{key}:{user_id}"))
        return self.state.enqueue(messages, now) if messages else 0

    def window_title(self, ref: WindowRef) -> str:
        meta = self.catalogue.metas.get(ref.guideline)
        title = f"{meta.city} {meta.year} {meta.title}" if meta else ref.guideline
        leaf = self.catalogue.by_id.get(ref.leaf_id) if ref.leaf_id else None
        return f"{title}｜{leaf.title}" if leaf else title


def _ladder(stored: str | None) -> tuple[int, ...]:
    if not stored:
        return DEFAULT_LADDER
    return tuple(int(part) for part in stored.split(",") if part.strip().isdigit())
