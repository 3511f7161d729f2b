"""The outbox: every notice (reminder, window change, new guideline, broadcast) is a row written
before it is sent, then claimed, sent and recorded.

States: pending → sending → sent | failed | blocked | unknown | cancelled; a retry puts a row
back to pending with a later `next_at`. `unknown` means the send may or may not have reached
the user (in flight at a crash, or timed out): it is never sent again automatically. A restore
from backup puts what was pending on hold (`held`) until an admin releases or cancels it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import and_, bindparam, func, select, update
from sqlalchemy.exc import IntegrityError

from bot.db import schema as s
from bot.db.common import insert, notify_outbox
from bot.db.database import Database

Outcome = Literal["sent", "failed", "blocked", "unknown", "retry", "skipped"]


@dataclass(frozen=True)
class OutboxItem:
    id: int
    kind: str
    channel: str
    user_id: int | None
    chat_id: int
    text: str
    html: bool
    document: str | None
    attempts: int
    broadcast_id: int | None


@dataclass(frozen=True)
class NewMessage:
    """A message to enqueue; `dedupe` makes enqueueing the same notice twice a no-op."""

    kind: str
    chat_id: int
    text: str
    user_id: int | None = None
    dedupe: str | None = None
    document: str | None = None
    broadcast_id: int | None = None
    priority: int = 0
    html: bool = True
    channel: str = "telegram"


@dataclass(frozen=True)
class Result:
    """What happened to one claimed row."""

    outcome: Outcome
    at: datetime
    message_id: int | None = None
    error: str | None = None
    counted: bool = True  # a `retry` after a 429 or a group's move uses up no attempt


_ITEM = (s.outbox.c.id, s.outbox.c.kind, s.outbox.c.channel, s.outbox.c.user_id,
         s.outbox.c.chat_id, s.outbox.c.text, s.outbox.c.html, s.outbox.c.document,
         s.outbox.c.attempts, s.outbox.c.broadcast_id)


def outbox_row(message: NewMessage, now: datetime) -> dict[str, object]:
    return {"kind": message.kind, "dedupe": message.dedupe, "channel": message.channel,
            "user_id": message.user_id, "chat_id": message.chat_id, "text": message.text,
            "html": message.html, "document": message.document, "state": "pending",
            "attempts": 0, "next_at": now, "created_at": now,
            "broadcast_id": message.broadcast_id, "priority": message.priority}


class Outbox:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def enqueue(self, messages: Iterable[NewMessage], now: datetime) -> int:
        """Add messages (written before any is sent); one already queued under the same
        `dedupe` is ignored. Returns how many were added."""
        rows = [outbox_row(message, now) for message in messages]
        if not rows:
            return 0
        stmt = insert(self.db, s.outbox).on_conflict_do_nothing(index_elements=["dedupe"])
        async with self.db.write() as conn:
            added = len((await conn.execute(stmt.returning(s.outbox.c.id), rows)).all())
            if added:
                await notify_outbox(self.db, conn)
        return added

    async def enqueue_reminder(self, user_id: int, keys: list[str],
                               text_for: Callable[[list[str]], str], now: datetime) -> bool:
        """One message for all of a user's reminders due at once, each key at most once ever:
        keys already used are dropped before the text is built (in the same transaction).
        Two planners racing on PostgreSQL (a tick overlapping another) both see a key unused;
        the key's unique index lets one commit and the other's whole transaction roll back, so
        the user still gets one message: the loser reports nothing added."""
        try:
            return await self._enqueue_reminder(user_id, keys, text_for, now)
        except IntegrityError:
            return False

    async def _enqueue_reminder(self, user_id: int, keys: list[str],
                                text_for: Callable[[list[str]], str], now: datetime) -> bool:
        async with self.db.write() as conn:
            used = {row.key for row in await conn.execute(
                select(s.reminder_keys.c.key).where(s.reminder_keys.c.key.in_(keys)))}
            fresh = [key for key in keys if key not in used]
            if not fresh:
                return False
            message = NewMessage(kind="reminder", chat_id=user_id, user_id=user_id,
                                 text=text_for(fresh), priority=1)
            inserted = s.outbox.insert().values(outbox_row(message, now))
            outbox_id = (await conn.execute(inserted.returning(s.outbox.c.id))).scalar()
            await conn.execute(s.reminder_keys.insert(),
                               [{"key": key, "outbox_id": outbox_id} for key in fresh])
            await notify_outbox(self.db, conn)
        return True

    async def claim(self, now: datetime, limit: int, *,
                    channels: tuple[str, ...] = ("telegram",)) -> list[OutboxItem]:
        """The next due rows, marked `sending` and committed before any send, so a crash
        leaves only the rows in flight in doubt. Concurrent claimers (PostgreSQL) skip each
        other's rows instead of waiting for them."""
        async with self.db.write() as conn:
            return await self._claim(conn, now, limit, channels)

    async def finish(self, item_id: int | list[int], result: Result) -> None:
        """Record the outcome of one row, or of every row a robot's digest carried."""
        async with self.db.write() as conn:
            await self._finish(conn, item_id, result)

    async def finish_and_claim(self, item_id: int, result: Result, now: datetime, limit: int,
                               channels: tuple[str, ...] = ("telegram",)) -> list[OutboxItem]:
        """Record one outcome and claim the next rows in the same transaction: one commit per
        message instead of two."""
        async with self.db.write() as conn:
            await self._finish(conn, item_id, result)
            return await self._claim(conn, now, limit, channels)

    async def finish_many_and_claim(self, results: list[tuple[int, Result]], now: datetime,
                                    limit: int, channels: tuple[str, ...] = ("telegram",)
                                    ) -> list[OutboxItem]:
        """Record the outcomes of the rows sent since the last call and claim up to `limit`
        more, all in one transaction: a busy sender commits once per batch, not per message."""
        async with self.db.write() as conn:
            await self._finish_many(conn, results)
            return await self._claim(conn, now, limit, channels) if limit > 0 else []

    async def due_chats(self, now: datetime, channels: tuple[str, ...],
                        limit: int = 100) -> list[tuple[str, int]]:
        """(channel, chat) pairs with rows due now, most urgent first: which robots to serve.
        Asked through the writer, like the claim that follows it: no reader connection is
        opened for the sender's rounds."""
        stmt = (select(s.outbox.c.channel, s.outbox.c.chat_id)
                .where(and_(s.outbox.c.state == "pending", s.outbox.c.next_at <= now,
                            s.outbox.c.channel.in_(channels)))
                .group_by(s.outbox.c.channel, s.outbox.c.chat_id)
                .order_by(func.max(s.outbox.c.priority).desc(), func.min(s.outbox.c.id))
                .limit(limit))
        async with self.db.write() as conn:
            return [(row.channel, int(row.chat_id)) for row in await conn.execute(stmt)]

    async def claim_chat(self, channel: str, chat_id: int, now: datetime,
                         limit: int) -> list[OutboxItem]:
        """The rows due now for one chat of one channel, oldest first, claimed like `claim`:
        what a group robot's digest may carry."""
        due = (select(s.outbox.c.id)
               .where(and_(s.outbox.c.state == "pending", s.outbox.c.next_at <= now,
                           s.outbox.c.channel == channel, s.outbox.c.chat_id == chat_id))
               .order_by(s.outbox.c.id).limit(limit).with_for_update(skip_locked=True))
        stmt = (update(s.outbox).where(s.outbox.c.id.in_(due.scalar_subquery()))
                .values(state="sending", attempts=s.outbox.c.attempts + 1)
                .returning(*_ITEM))
        async with self.db.write() as conn:
            rows = (await conn.execute(stmt)).all()
        return sorted((OutboxItem(**row._mapping) for row in rows), key=lambda item: item.id)

    async def release(self, item_ids: list[int]) -> None:
        """Claimed rows a digest had no room for go back, unsent and uncounted, to be next."""
        if not item_ids:
            return
        async with self.db.write() as conn:
            await conn.execute(update(s.outbox).where(and_(
                s.outbox.c.id.in_(item_ids), s.outbox.c.state == "sending"))
                .values(state="pending", attempts=s.outbox.c.attempts - 1))

    async def _claim(self, conn: object, now: datetime, limit: int,
                     channels: tuple[str, ...]) -> list[OutboxItem]:
        due = (select(s.outbox.c.id)
               .where(and_(s.outbox.c.state == "pending", s.outbox.c.next_at <= now,
                           s.outbox.c.channel.in_(channels)))
               .order_by(s.outbox.c.priority.desc(), s.outbox.c.id).limit(limit)
               .with_for_update(skip_locked=True))
        stmt = (update(s.outbox).where(s.outbox.c.id.in_(due.scalar_subquery()))
                .values(state="sending", attempts=s.outbox.c.attempts + 1)
                .returning(*_ITEM, s.outbox.c.priority))
        rows = (await conn.execute(stmt)).all()  # type: ignore[attr-defined]
        rows.sort(key=lambda row: (-row.priority, row.id))
        return [OutboxItem(**{k: v for k, v in row._mapping.items() if k != "priority"})
                for row in rows]

    @staticmethod
    async def _finish(conn: object, item_id: int | list[int], result: Result) -> None:
        """`retry` puts the row back to pending, due at `result.at`; other outcomes are final."""
        row = (s.outbox.c.id.in_(item_id) if isinstance(item_id, list)
               else s.outbox.c.id == item_id)
        if result.outcome == "retry":
            stmt = update(s.outbox).where(row).values(
                state="pending", next_at=result.at, error=result.error,
                attempts=s.outbox.c.attempts - (0 if result.counted else 1))
        else:
            stmt = update(s.outbox).where(row).values(
                state=result.outcome, sent_at=result.at, message_id=result.message_id,
                error=result.error)
        await conn.execute(stmt)  # type: ignore[attr-defined]

    @staticmethod
    async def _finish_many(conn: object, results: list[tuple[int, Result]]) -> None:
        """Several rows' outcomes, as `_finish` would record each (one statement per kind)."""
        retries = [{"row": item_id, "due": r.at, "err": r.error, "back": 0 if r.counted else 1}
                   for item_id, r in results if r.outcome == "retry"]
        finals = [{"row": item_id, "outcome": r.outcome, "at": r.at, "mid": r.message_id,
                   "err": r.error} for item_id, r in results if r.outcome != "retry"]
        row = s.outbox.c.id == bindparam("row")
        if retries:
            await conn.execute(update(s.outbox).where(row).values(  # type: ignore[attr-defined]
                state="pending", next_at=bindparam("due"), error=bindparam("err"),
                attempts=s.outbox.c.attempts - bindparam("back")), retries)
        if finals:
            await conn.execute(update(s.outbox).where(row).values(  # type: ignore[attr-defined]
                state=bindparam("outcome"), sent_at=bindparam("at"), message_id=bindparam("mid"),
                error=bindparam("err")), finals)

    async def recover_in_flight(self, now: datetime,
                                channels: tuple[str, ...] | None = None) -> int:
        """Rows left `sending` by a crashed sender may or may not have been delivered: they
        become `unknown` and are NOT sent again (at most once per message)."""
        where = [s.outbox.c.state == "sending"]
        if channels is not None:
            where.append(s.outbox.c.channel.in_(channels))
        async with self.db.write() as conn:
            result = await conn.execute(update(s.outbox).where(and_(*where)).values(
                state="unknown", sent_at=now, error="in flight during a crash"))
        return int(result.rowcount)

    async def counts(self, broadcast_id: int | None = None) -> dict[str, int]:
        stmt = select(s.outbox.c.state, func.count().label("n")).group_by(s.outbox.c.state)
        if broadcast_id is not None:
            stmt = stmt.where(s.outbox.c.broadcast_id == broadcast_id)
        async with self.db.read() as conn:
            return {row.state: row.n for row in await conn.execute(stmt)}

    async def next_due(self, channels: tuple[str, ...] = ("telegram",)) -> datetime | None:
        async with self.db.read() as conn:
            return (await conn.execute(select(func.min(s.outbox.c.next_at)).where(and_(
                s.outbox.c.state == "pending", s.outbox.c.channel.in_(channels))))).scalar()

    async def backlog(self, now: datetime) -> tuple[int, int]:
        """(pending rows due now, reminders pending): what the metrics show."""
        pending = s.outbox.c.state == "pending"
        async with self.db.read() as conn:
            due = (await conn.execute(select(func.count()).where(and_(
                pending, s.outbox.c.next_at <= now)))).scalar_one()
            reminders = (await conn.execute(select(func.count()).where(and_(
                pending, s.outbox.c.kind == "reminder")))).scalar_one()
        return int(due), int(reminders)

    async def move_chat(self, old_chat_id: int, new_chat_id: int) -> None:
        """A group became a supergroup: messages not yet sent follow it to the new id."""
        async with self.db.write() as conn:
            await conn.execute(update(s.outbox).where(and_(
                s.outbox.c.chat_id == old_chat_id,
                s.outbox.c.state.in_(("pending", "sending")))).values(chat_id=new_chat_id))

    async def release_held(self, now: datetime) -> int:
        """An admin's decision after a restore: what was held is sent after all."""
        async with self.db.write() as conn:
            result = await conn.execute(update(s.outbox).where(s.outbox.c.state == "held")
                                        .values(state="pending", next_at=now, error=None))
            if result.rowcount:
                await notify_outbox(self.db, conn)
        return int(result.rowcount)

    async def cancel_held(self) -> int:
        """…or not at all."""
        async with self.db.write() as conn:
            result = await conn.execute(update(s.outbox).where(s.outbox.c.state == "held")
                                        .values(state="cancelled",
                                                error="cancelled after a restore"))
        return int(result.rowcount)

    async def reminder_keys(self) -> list[str]:
        """Every reminder ever planned (user, window, stage, step), in planning order."""
        async with self.db.read() as conn:
            rows = await conn.execute(select(s.reminder_keys.c.key).order_by(
                s.reminder_keys.c.outbox_id, s.reminder_keys.c.key))
        return [row.key for row in rows]

    async def rows(self, **where: object) -> list[dict[str, object]]:
        """Rows matching column = value filters, oldest first (for the command line and tests)."""
        stmt = select(s.outbox).order_by(s.outbox.c.id)
        for column, value in where.items():
            stmt = stmt.where(s.outbox.c[column] == value)
        async with self.db.read() as conn:
            return [dict(row._mapping) for row in await conn.execute(stmt)]
