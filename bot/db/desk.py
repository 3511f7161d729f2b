"""The support desk's records: tickets, their message threads, FAQs, moved chats, deep links.

Every bot message that belongs to a ticket (the post in the support group, the user's follow-ups
copied there, staff answers relayed to the user) is linked to it by (chat id, message id), so a
reply to any of them finds its ticket. Limits are checked in the transaction that writes, so two
quick presses cannot both slip under them.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

from sqlalchemy import and_, delete, func, select, update

from bot.db import schema as s
from bot.db.common import insert
from bot.db.database import Database

LinkKind = Literal["post", "user_msg", "relay"]
Refusal = Literal["too_many", "too_fast"]
RATE_WINDOW = timedelta(minutes=1)
LINK_TTL = timedelta(days=2)


@dataclass(frozen=True)
class Ticket:
    id: int
    user_id: int
    user_name: str
    username: str | None
    lang: str
    origin_chat_id: int
    origin_message_id: int | None
    leaf_id: str | None
    context: str
    question: str
    status: str
    support_chat_id: int
    post_message_id: int | None
    created_at: datetime
    closed_at: datetime | None = None
    closed_by: int | None = None

    @property
    def is_open(self) -> bool:
        return self.status == "open"


@dataclass(frozen=True)
class NewTicket:
    """What a user's request carries; the desk adds the id, status and times."""

    user_id: int
    user_name: str
    username: str | None
    lang: str
    origin_chat_id: int
    origin_message_id: int | None
    leaf_id: str | None
    context: str
    question: str
    support_chat_id: int


@dataclass(frozen=True)
class Faq:
    id: int
    leaf_id: str
    question: str
    answer: str


class Desk:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ------------------------------------------------------------------ tickets

    async def open(self, new: NewTicket, now: datetime, max_open: int,
                   per_minute: int) -> Ticket | Refusal:
        """A new open ticket with the question as its first message, unless the user holds
        `max_open` open tickets already or sent `per_minute` ticket messages in a minute."""
        async with self.db.write() as conn:
            held = (await conn.execute(select(func.count()).where(and_(
                s.tickets.c.user_id == new.user_id, s.tickets.c.status == "open")))).scalar_one()
            if held >= max_open:
                return "too_many"
            if await _recent(conn, new.user_id, now) >= per_minute:
                return "too_fast"
            row = (await conn.execute(s.tickets.insert().values(
                **new.__dict__, status="open", created_at=now,
            ).returning(s.tickets))).one()
            await _add_message(conn, row.id, "user", new.user_id, new.question, now)
        return Ticket(**row._mapping)

    async def note_user_message(self, ticket_id: int, user_id: int, text: str, now: datetime,
                                per_minute: int) -> bool:
        """Record a follow-up from the user; False (nothing written) when over the rate."""
        async with self.db.write() as conn:
            if await _recent(conn, user_id, now) >= per_minute:
                return False
            await _add_message(conn, ticket_id, "user", user_id, text, now)
        return True

    async def note_staff_answer(self, ticket_id: int, staff_id: int, text: str,
                                now: datetime) -> bool:
        """Record a staff answer; True when it is the ticket's first."""
        async with self.db.write() as conn:
            before = (await conn.execute(select(func.count()).where(and_(
                s.ticket_messages.c.ticket_id == ticket_id,
                s.ticket_messages.c.role == "staff")))).scalar_one()
            await _add_message(conn, ticket_id, "staff", staff_id, text, now)
        return before == 0

    async def get(self, ticket_id: int) -> Ticket | None:
        async with self.db.read() as conn:
            row = (await conn.execute(select(s.tickets).where(
                s.tickets.c.id == ticket_id))).first()
        return Ticket(**row._mapping) if row else None

    async def open_tickets(self, support_chat_id: int | None = None) -> list[Ticket]:
        stmt = select(s.tickets).where(s.tickets.c.status == "open").order_by(s.tickets.c.id)
        if support_chat_id is not None:
            stmt = stmt.where(s.tickets.c.support_chat_id == support_chat_id)
        async with self.db.read() as conn:
            return [Ticket(**row._mapping) for row in await conn.execute(stmt)]

    async def set_post(self, ticket_id: int, chat_id: int, message_id: int) -> None:
        """Where the ticket's post lives now (first post, or a repost after a migration)."""
        async with self.db.write() as conn:
            await conn.execute(update(s.tickets).where(s.tickets.c.id == ticket_id).values(
                support_chat_id=chat_id, post_message_id=message_id))
            await self._link(conn, chat_id, message_id, ticket_id, "post")

    async def link(self, chat_id: int, message_id: int, ticket_id: int,
                   kind: LinkKind) -> None:
        async with self.db.write() as conn:
            await self._link(conn, chat_id, message_id, ticket_id, kind)

    async def _link(self, conn: Any, chat_id: int, message_id: int, ticket_id: int,
                    kind: LinkKind) -> None:
        stmt = insert(self.db, s.ticket_links).values(chat_id=chat_id, message_id=message_id,
                                                      ticket_id=ticket_id, kind=kind)
        await conn.execute(stmt.on_conflict_do_update(
            index_elements=["chat_id", "message_id"],
            set_={"ticket_id": stmt.excluded.ticket_id, "kind": stmt.excluded.kind}))

    async def by_message(self, chat_id: int, message_id: int) -> tuple[Ticket, LinkKind] | None:
        """The ticket a bot message belongs to, and what that message is."""
        stmt = (select(s.tickets, s.ticket_links.c.kind.label("link_kind"))
                .join(s.ticket_links, s.ticket_links.c.ticket_id == s.tickets.c.id)
                .where(and_(s.ticket_links.c.chat_id == chat_id,
                            s.ticket_links.c.message_id == message_id)))
        async with self.db.read() as conn:
            row = (await conn.execute(stmt)).first()
        if row is None:
            return None
        data = dict(row._mapping)
        kind = data.pop("link_kind")
        return Ticket(**data), kind

    async def close(self, ticket_id: int, by: int, now: datetime) -> Ticket | None:
        """Close an open ticket; None when it is unknown or was closed already."""
        async with self.db.write() as conn:
            row = (await conn.execute(update(s.tickets).where(and_(
                s.tickets.c.id == ticket_id, s.tickets.c.status == "open")).values(
                status="closed", closed_at=now, closed_by=by).returning(s.tickets))).first()
        return Ticket(**row._mapping) if row else None

    async def thread(self, ticket_id: int) -> list[tuple[str, str]]:
        """(role, text) of every message of a ticket, oldest first."""
        async with self.db.read() as conn:
            rows = await conn.execute(select(s.ticket_messages.c.role, s.ticket_messages.c.text)
                                      .where(s.ticket_messages.c.ticket_id == ticket_id)
                                      .order_by(s.ticket_messages.c.id))
        return [(row.role, row.text) for row in rows]

    async def last_staff_answer(self, ticket_id: int) -> str | None:
        async with self.db.read() as conn:
            return (await conn.execute(
                select(s.ticket_messages.c.text).where(and_(
                    s.ticket_messages.c.ticket_id == ticket_id,
                    s.ticket_messages.c.role == "staff"))
                .order_by(s.ticket_messages.c.id.desc()).limit(1))).scalar()

    # ------------------------------------------------------------------ FAQs

    async def add_faq(self, leaf_id: str, question: str, answer: str, ticket_id: int | None,
                      by: int, now: datetime) -> int:
        async with self.db.write() as conn:
            return int((await conn.execute(s.faqs.insert().values(
                leaf_id=leaf_id, question=question, answer=answer, ticket_id=ticket_id,
                created_by=by, created_at=now).returning(s.faqs.c.id))).scalar_one())

    async def faqs(self, leaf_id: str) -> list[Faq]:
        async with self.db.read() as conn:
            rows = await conn.execute(
                select(s.faqs.c.id, s.faqs.c.leaf_id, s.faqs.c.question, s.faqs.c.answer)
                .where(s.faqs.c.leaf_id == leaf_id).order_by(s.faqs.c.id))
        return [Faq(**row._mapping) for row in rows]

    # ------------------------------------------------------------------ moved chats

    async def resolve_chat(self, chat_id: int) -> int:
        """The chat's id now, following group → supergroup moves."""
        seen = {chat_id}
        async with self.db.read() as conn:
            while True:
                moved = (await conn.execute(select(s.chat_moves.c.new_chat_id).where(
                    s.chat_moves.c.old_chat_id == chat_id))).scalar()
                if moved is None or moved in seen:
                    return chat_id
                chat_id = moved
                seen.add(chat_id)

    async def move_chat(self, old: int, new: int, now: datetime) -> list[int] | None:
        """Record a migration: tickets and queued messages follow the chat. Returns the open
        tickets whose post stayed behind in the old chat (to post again), or None when this
        move was recorded already (both chats announce it)."""
        async with self.db.write() as conn:
            if (await conn.execute(select(s.chat_moves.c.old_chat_id).where(
                    s.chat_moves.c.old_chat_id == old))).first():
                return None
            await conn.execute(s.chat_moves.insert().values(old_chat_id=old, new_chat_id=new,
                                                            moved_at=now))
            stranded = [row.id for row in await conn.execute(
                select(s.tickets.c.id).where(and_(s.tickets.c.support_chat_id == old,
                                                  s.tickets.c.status == "open"))
                .order_by(s.tickets.c.id))]
            await conn.execute(update(s.tickets).where(s.tickets.c.support_chat_id == old)
                               .values(support_chat_id=new, post_message_id=None))
            # message ids do not survive a migration: answers go to the new chat, unthreaded
            await conn.execute(update(s.tickets).where(s.tickets.c.origin_chat_id == old)
                               .values(origin_chat_id=new, origin_message_id=None))
            await conn.execute(update(s.outbox).where(and_(
                s.outbox.c.chat_id == old, s.outbox.c.state.in_(("pending", "sending"))))
                .values(chat_id=new))
        return stranded

    # ------------------------------------------------------------------ deep links

    async def save_link(self, user_id: int, text: str, keyboard: Any, now: datetime) -> str:
        """Keep a message for a user to open in a private chat; returns the /start token."""
        token = secrets.token_hex(8)
        async with self.db.write() as conn:
            await conn.execute(delete(s.deep_links).where(
                s.deep_links.c.created_at < now - LINK_TTL))
            await conn.execute(s.deep_links.insert().values(
                token=token, user_id=user_id, text=text, keyboard=keyboard, created_at=now))
        return token

    async def load_link(self, token: str, user_id: int) -> tuple[str, Any] | None:
        """The kept message, for the user it was kept for only."""
        async with self.db.read() as conn:
            row = (await conn.execute(select(s.deep_links.c.text, s.deep_links.c.keyboard)
                                      .where(and_(s.deep_links.c.token == token,
                                                  s.deep_links.c.user_id == user_id)))).first()
        return (row.text, row.keyboard) if row else None


async def _recent(conn: Any, user_id: int, now: datetime) -> int:
    return int((await conn.execute(select(func.count()).where(and_(
        s.ticket_messages.c.author_id == user_id, s.ticket_messages.c.role == "user",
        s.ticket_messages.c.created_at > now - RATE_WINDOW)))).scalar_one())


async def _add_message(conn: Any, ticket_id: int, role: str, author_id: int, text: str,
                       now: datetime) -> None:
    await conn.execute(s.ticket_messages.insert().values(
        ticket_id=ticket_id, role=role, author_id=author_id, text=text, created_at=now))
