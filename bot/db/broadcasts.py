"""Bureau broadcasts: the broadcast row and one outbox row per recipient, written together."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, select, update

from bot.db import schema as s
from bot.db.common import notify_outbox
from bot.db.database import Database
from bot.db.outbox import NewMessage, outbox_row


@dataclass(frozen=True)
class BroadcastRecord:
    id: int
    admin_id: int
    audience: dict[str, Any]
    city: str | None
    text: str
    html: bool
    document: str | None
    state: str
    total: int
    created_at: datetime
    finished_at: datetime | None
    progress_chat_id: int | None
    progress_message_id: int | None


class Broadcasts:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def create(self, admin_id: int, audience: dict[str, Any], city: str | None,
                     text: str, recipients: list[int], now: datetime, *,
                     html: bool = True, document: str | None = None,
                     robots: list[NewMessage] | None = None) -> int:
        """The broadcast and every recipient's outbox row (users', and group robots' as given)
        in one transaction: either all are queued or none is."""
        robots = robots or []
        async with self.db.write() as conn:
            broadcast_id = (await conn.execute(s.broadcasts.insert().values(
                admin_id=admin_id, audience=audience, city=city, text=text, html=html,
                document=document, state="sending", total=len(recipients) + len(robots),
                created_at=now,
            ).returning(s.broadcasts.c.id))).scalar_one()
            rows = [outbox_row(NewMessage(kind="broadcast", chat_id=uid, user_id=uid, text=text,
                                    html=html, document=document, broadcast_id=broadcast_id,
                                    dedupe=f"bc:{broadcast_id}:{uid}"), now)
                    for uid in recipients]
            rows += [outbox_row(replace(robot, broadcast_id=broadcast_id,
                                        dedupe=f"bc:{broadcast_id}:{robot.channel}:{robot.chat_id}"),
                                now) for robot in robots]
            if rows:
                await conn.execute(s.outbox.insert(), rows)
                await notify_outbox(self.db, conn)
        return int(broadcast_id)

    async def set_progress_message(self, broadcast_id: int, chat_id: int,
                                   message_id: int) -> None:
        async with self.db.write() as conn:
            await conn.execute(update(s.broadcasts).where(s.broadcasts.c.id == broadcast_id)
                               .values(progress_chat_id=chat_id, progress_message_id=message_id))

    async def get(self, broadcast_id: int) -> BroadcastRecord | None:
        async with self.db.read() as conn:
            row = (await conn.execute(select(s.broadcasts).where(
                s.broadcasts.c.id == broadcast_id))).first()
        return BroadcastRecord(**row._mapping) if row else None

    async def recent(self, limit: int = 10, city: str | None = None) -> list[BroadcastRecord]:
        """The newest broadcasts, only the city's own for a city admin (filtered before the
        limit, so an admin always sees their last `limit`)."""
        stmt = select(s.broadcasts).order_by(s.broadcasts.c.id.desc()).limit(limit)
        if city is not None:
            stmt = stmt.where(s.broadcasts.c.city == city)
        async with self.db.read() as conn:
            return [BroadcastRecord(**row._mapping) for row in await conn.execute(stmt)]

    async def cancel(self, broadcast_id: int, now: datetime) -> int:
        """Stop: what is still pending is cancelled (sent rows stay sent); returns how many."""
        async with self.db.write() as conn:
            await conn.execute(update(s.broadcasts).where(s.broadcasts.c.id == broadcast_id)
                               .values(state="cancelled", finished_at=now))
            result = await conn.execute(update(s.outbox).where(and_(
                s.outbox.c.broadcast_id == broadcast_id, s.outbox.c.state == "pending"))
                .values(state="cancelled"))
        return int(result.rowcount)

    async def finish_if_done(self, broadcast_id: int, now: datetime) -> bool:
        """Mark the broadcast done once nothing of it is pending or in flight."""
        async with self.db.write() as conn:
            left = (await conn.execute(select(func.count()).where(and_(
                s.outbox.c.broadcast_id == broadcast_id,
                s.outbox.c.state.in_(("pending", "sending")))))).scalar_one()
            if left:
                return False
            await conn.execute(update(s.broadcasts).where(and_(
                s.broadcasts.c.id == broadcast_id, s.broadcasts.c.state == "sending"))
                .values(state="done", finished_at=now))
        return True

    async def resend_unconfirmed(self, broadcast_id: int, now: datetime) -> int:
        """The admin's explicit, warned choice: rows whose delivery is unknown are queued once
        more (some of those users may then get the message twice)."""
        async with self.db.write() as conn:
            result = await conn.execute(update(s.outbox).where(and_(
                s.outbox.c.broadcast_id == broadcast_id, s.outbox.c.state == "unknown"))
                .values(state="pending", next_at=now, error="resent by an admin"))
            if result.rowcount:
                await conn.execute(update(s.broadcasts).where(s.broadcasts.c.id == broadcast_id)
                                   .values(state="sending", finished_at=None))
                await notify_outbox(self.db, conn)
        return int(result.rowcount)
