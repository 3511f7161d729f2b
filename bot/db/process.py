"""What processes agree on through the database: leases and updates already handled.

A lease names one holder for a while (the single bot instance on a SQLite file; the dispatcher
on SQLite). An update id is recorded when a worker takes it and marked done when handled, so a
repeated delivery is dropped and one abandoned by a dead worker is taken over.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import and_, delete, or_, select, update

from bot.db import schema as s
from bot.db.common import insert
from bot.db.database import Database

Claim = Literal["mine", "done", "busy"]
UPDATE_MEMORY = timedelta(days=2)  # Telegram keeps an undelivered update for 24 hours


class Process:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ------------------------------------------------------------------ leases

    async def acquire(self, name: str, holder: str, now: datetime, ttl: timedelta) -> bool:
        """Take or renew the lease unless another holder's is still valid."""
        stmt = insert(self.db, s.leases).values(name=name, holder=holder, expires_at=now + ttl)
        stmt = stmt.on_conflict_do_update(
            index_elements=["name"],
            set_={"holder": stmt.excluded.holder, "expires_at": stmt.excluded.expires_at},
            where=or_(s.leases.c.holder == holder, s.leases.c.expires_at <= now))
        async with self.db.write() as conn:
            await conn.execute(stmt)
            held = (await conn.execute(select(s.leases.c.holder).where(
                s.leases.c.name == name))).scalar()
        return held == holder

    async def take_over(self, name: str, holder: str, old: str, now: datetime,
                        ttl: timedelta) -> bool:
        """Take a lease from a holder known to be dead (before it lapses)."""
        async with self.db.write() as conn:
            result = await conn.execute(update(s.leases).where(and_(
                s.leases.c.name == name, s.leases.c.holder == old)).values(
                holder=holder, expires_at=now + ttl))
        return bool(result.rowcount)

    async def record(self, name: str, holder: str, now: datetime, ttl: timedelta) -> None:
        """Say who holds something decided elsewhere (the dispatcher's advisory lock), for
        operators and tests to read."""
        stmt = insert(self.db, s.leases).values(name=name, holder=holder, expires_at=now + ttl)
        stmt = stmt.on_conflict_do_update(index_elements=["name"], set_={
            "holder": stmt.excluded.holder, "expires_at": stmt.excluded.expires_at})
        async with self.db.write() as conn:
            await conn.execute(stmt)

    async def release(self, name: str, holder: str) -> None:
        async with self.db.write() as conn:
            await conn.execute(delete(s.leases).where(and_(s.leases.c.name == name,
                                                           s.leases.c.holder == holder)))

    async def holder(self, name: str, now: datetime) -> str | None:
        async with self.db.read() as conn:
            return (await conn.execute(select(s.leases.c.holder).where(and_(
                s.leases.c.name == name, s.leases.c.expires_at > now)))).scalar()

    # ------------------------------------------------------------------ updates

    async def claim_update(self, update_id: int, holder: str, now: datetime,
                           abandoned_after: timedelta) -> Claim:
        """"mine" to handle it; "done" when handled already; "busy" while another worker
        handles it (Telegram delivers again later if we do not answer 200)."""
        stmt = insert(self.db, s.updates_seen).values(update_id=update_id, state="handling",
                                                      holder=holder, at=now)
        stmt = stmt.on_conflict_do_update(
            index_elements=["update_id"],
            set_={"holder": stmt.excluded.holder, "at": stmt.excluded.at},
            where=and_(s.updates_seen.c.state == "handling",
                       s.updates_seen.c.at <= now - abandoned_after))
        async with self.db.write() as conn:
            await conn.execute(stmt)
            row = (await conn.execute(select(s.updates_seen.c.state, s.updates_seen.c.holder)
                                      .where(s.updates_seen.c.update_id == update_id))).one()
        if row.state == "done":
            return "done"
        return "mine" if row.holder == holder else "busy"

    async def finish_update(self, update_id: int, now: datetime) -> None:
        async with self.db.write() as conn:
            await conn.execute(update(s.updates_seen).where(
                s.updates_seen.c.update_id == update_id).values(state="done", at=now))
            await conn.execute(delete(s.updates_seen).where(and_(
                s.updates_seen.c.state == "done", s.updates_seen.c.at < now - UPDATE_MEMORY)))

    async def release_update(self, update_id: int) -> None:
        """Handling failed: forget the claim so Telegram's next delivery is handled afresh."""
        async with self.db.write() as conn:
            await conn.execute(delete(s.updates_seen).where(and_(
                s.updates_seen.c.update_id == update_id, s.updates_seen.c.state == "handling")))
