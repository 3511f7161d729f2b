"""Application windows: seeded from data/catalogue.toml, changed by bureau staff, every change
kept in `window_changes`."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import and_, select, update

from bot.catalogue.models import GuidelineMeta, Window
from bot.db import schema as s
from bot.db.catalogue import bump_version
from bot.db.common import insert
from bot.db.database import Database

METADATA = "catalogue.toml"


def _json(window: Window) -> Any:
    return window.model_dump(mode="json")


class Windows:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def seed(self, metas: Iterable[GuidelineMeta], now: datetime) -> None:
        """Windows from catalogue.toml, unless staff have set that guideline's window since."""
        async with self.db.write() as conn:
            current = {row.guideline: row for row in await conn.execute(
                select(s.windows.c.guideline, s.windows.c.window, s.windows.c.set_by)
                .where(s.windows.c.leaf_id == ""))}
            rows = [{"guideline": meta.key, "leaf_id": "", "window": _json(meta.window),
                     "set_by": METADATA, "set_at": now} for meta in metas
                    if meta.key not in current or (current[meta.key].set_by == METADATA and
                                                   current[meta.key].window != _json(meta.window))]
            if not rows:
                return
            stmt = insert(self.db, s.windows)
            await conn.execute(stmt.on_conflict_do_update(
                index_elements=["guideline", "leaf_id"],
                set_={"window": stmt.excluded.window, "set_at": stmt.excluded.set_at}), rows)
            await bump_version(conn, now)

    async def all(self) -> dict[tuple[str, str], Window]:
        """(guideline, leaf id or "") → window, for everything known."""
        async with self.db.read() as conn:
            rows = await conn.execute(select(s.windows.c.guideline, s.windows.c.leaf_id,
                                             s.windows.c.window))
        return {(row.guideline, row.leaf_id): Window.model_validate(row.window) for row in rows}

    async def set(self, guideline: str, leaf_id: str, window: Window, set_by: str,
                  now: datetime) -> Window | None:
        """Replace a window (a direction's own when leaf_id is given) and drop the reminders
        planned for its old dates, in one transaction; returns the old window."""
        window = window.model_copy(update={"set_by": set_by, "set_at": now})
        key = and_(s.windows.c.guideline == guideline, s.windows.c.leaf_id == leaf_id)
        async with self.db.write() as conn:
            found = (await conn.execute(select(s.windows.c.window).where(key))).first()
            old = Window.model_validate(found.window) if found else None
            stmt = insert(self.db, s.windows).values(
                guideline=guideline, leaf_id=leaf_id, window=_json(window), set_by=set_by,
                set_at=now)
            await conn.execute(stmt.on_conflict_do_update(
                index_elements=["guideline", "leaf_id"],
                set_={"window": stmt.excluded.window, "set_by": stmt.excluded.set_by,
                      "set_at": stmt.excluded.set_at}))
            await conn.execute(s.window_changes.insert().values(
                guideline=guideline, leaf_id=leaf_id, old=_json(old) if old else None,
                new=_json(window), set_by=set_by, set_at=now))
            planned = select(s.reminder_keys.c.outbox_id).where(
                s.reminder_keys.c.key.like(f"rem:%:{guideline}:{leaf_id}:%"))
            await conn.execute(update(s.outbox).where(and_(
                s.outbox.c.kind == "reminder", s.outbox.c.state == "pending",
                s.outbox.c.id.in_(planned))).values(state="cancelled", error="window changed"))
            await bump_version(conn, now)
        return old
