"""What each user follows: a direction, a guideline, a city (± sector) or a saved search."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import and_, delete, or_, select

from bot.db import schema as s
from bot.db.common import insert
from bot.db.database import Database
from bot.db.users import REACHABLE

SubscriptionKind = Literal["leaf", "guideline", "city", "search"]


@dataclass(frozen=True)
class Subscription:
    id: int
    user_id: int
    kind: SubscriptionKind
    target: str
    sector: str
    created_at: datetime | None = None

    @property
    def since(self) -> datetime | None:
        return self.created_at


_COLUMNS = (s.subscriptions.c.id, s.subscriptions.c.user_id, s.subscriptions.c.kind,
            s.subscriptions.c.target, s.subscriptions.c.sector, s.subscriptions.c.created_at)


class Subscriptions:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def add(self, user_id: int, kind: SubscriptionKind, target: str, now: datetime,
                  sector: str = "") -> bool:
        """Follow something; False when the user already follows it."""
        stmt = insert(self.db, s.subscriptions).values(
            user_id=user_id, kind=kind, target=target, sector=sector, created_at=now,
        ).on_conflict_do_nothing(index_elements=["user_id", "kind", "target", "sector"])
        async with self.db.write() as conn:
            return bool((await conn.execute(stmt)).rowcount)

    async def remove(self, user_id: int, subscription_id: int) -> bool:
        async with self.db.write() as conn:
            result = await conn.execute(delete(s.subscriptions).where(and_(
                s.subscriptions.c.id == subscription_id, s.subscriptions.c.user_id == user_id)))
        return bool(result.rowcount)

    async def of_user(self, user_id: int) -> list[Subscription]:
        async with self.db.read() as conn:
            rows = await conn.execute(select(*_COLUMNS).where(
                s.subscriptions.c.user_id == user_id).order_by(s.subscriptions.c.id))
        return [Subscription(**row._mapping) for row in rows]

    async def for_reminders(self) -> list[Subscription]:
        """Subscriptions of users the bot can reach and who have not paused reminders."""
        stmt = (select(*_COLUMNS).join(s.users, s.users.c.id == s.subscriptions.c.user_id)
                .where(and_(REACHABLE, s.users.c.muted.is_(False)))
                .order_by(s.subscriptions.c.id))
        async with self.db.read() as conn:
            return [Subscription(**row._mapping) for row in await conn.execute(stmt)]

    async def of_reachable(self) -> list[Subscription]:
        """Every subscription of a reachable user, paused or not (change notices go to all)."""
        stmt = (select(*_COLUMNS).join(s.users, s.users.c.id == s.subscriptions.c.user_id)
                .where(REACHABLE).order_by(s.subscriptions.c.id))
        async with self.db.read() as conn:
            return [Subscription(**row._mapping) for row in await conn.execute(stmt)]

    async def followers(self, kind: str, targets: Iterable[str], sector: str = "") -> set[int]:
        """Reachable users following any of `targets` of this kind (and sector, for cities)."""
        wanted = list(targets)
        if not wanted:
            return set()
        where = [REACHABLE, s.subscriptions.c.kind == kind, s.subscriptions.c.target.in_(wanted)]
        if sector:
            where.append(or_(s.subscriptions.c.sector == sector, s.subscriptions.c.sector == ""))
        stmt = (select(s.subscriptions.c.user_id).distinct()
                .join(s.users, s.users.c.id == s.subscriptions.c.user_id).where(and_(*where)))
        async with self.db.read() as conn:
            return {row.user_id for row in await conn.execute(stmt)}
