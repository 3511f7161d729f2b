"""People the bot knows: who they are, what they chose, whether the bot may write to them.

Telegram lets a bot write to a user only after the user started it (any private message) and
until the user blocks it. `started_at` and `blocked_at` record exactly that, so audiences and
counts include only users a message can actually reach.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, delete, func, literal, select, type_coerce, update
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.sql.elements import ColumnElement

from bot.db import schema as s
from bot.db.common import insert
from bot.db.database import Database
from bot.db.dialogs import Step, live_step

EDITABLE = frozenset({"lang", "muted", "ladder", "city", "sector", "profile", "ui"})


@dataclass(frozen=True)
class UserRecord:
    id: int
    first_name: str | None
    username: str | None
    lang: str | None
    active: bool
    muted: bool
    ladder: str | None
    city: str | None
    sector: str | None
    profile: dict[str, Any] | None
    ui: dict[str, Any] | None
    created_at: datetime
    seen_at: datetime
    started_at: datetime | None
    blocked_at: datetime | None

    @property
    def reachable(self) -> bool:
        """The bot may write to this user privately."""
        return self.started_at is not None and self.blocked_at is None


REACHABLE = and_(s.users.c.started_at.is_not(None), s.users.c.blocked_at.is_(None))


class Users:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def touch(self, user_id: int, first_name: str | None, username: str | None,
                    now: datetime, *, private: bool, lang: str | None = None) -> None:
        """Record that a user wrote. Only a private message starts the bot for them (or
        reopens it after they had blocked it); a group line changes nothing about that.
        `lang` is kept only when the user has none yet."""
        values = {"id": user_id, "first_name": first_name, "username": username, "lang": lang,
                  "created_at": now, "seen_at": now, "active": True, "muted": False,
                  "started_at": now if private else None}
        changes: dict[str, Any] = {"first_name": first_name, "username": username,
                                   "seen_at": now,
                                   "lang": func.coalesce(s.users.c.lang, lang)}
        if private:
            changes.update(active=True, blocked_at=None,
                           started_at=func.coalesce(s.users.c.started_at, now))
        stmt = insert(self.db, s.users).values(values).on_conflict_do_update(
            index_elements=["id"], set_=changes)
        async with self.db.write() as conn:
            await conn.execute(stmt)

    async def get(self, user_id: int) -> UserRecord | None:
        async with self.db.read() as conn:
            row = (await conn.execute(select(s.users).where(s.users.c.id == user_id))).first()
        return UserRecord(**row._mapping) if row else None

    async def get_with_step(self, user_id: int, chat_id: int,
                            now: datetime) -> tuple[UserRecord | None, Step | None]:
        """The user and the step they are at in this chat, in one query: every message is
        checked for a step it answers, and this read happens for every update anyway."""
        d = s.dialogs
        query = select(s.users, *(column.label(f"step_{column.name}") for column in d.c)) \
            .select_from(s.users.outerjoin(d, and_(d.c.user_id == s.users.c.id,
                                                  d.c.chat_id == chat_id))) \
            .where(s.users.c.id == user_id)
        async with self.db.read() as conn:
            row = (await conn.execute(query)).first()
        if row is None:
            return None, None
        values = row._mapping
        user = UserRecord(**{name: values[name] for name in UserRecord.__dataclass_fields__})
        step = None if values["step_name"] is None else live_step(
            {column.name: values[f"step_{column.name}"] for column in d.c}, now)
        return user, step

    async def many(self, user_ids: list[int]) -> dict[int, UserRecord]:
        if not user_ids:
            return {}
        async with self.db.read() as conn:
            rows = await conn.execute(select(s.users).where(s.users.c.id.in_(user_ids)))
        return {row.id: UserRecord(**row._mapping) for row in rows}

    async def change(self, user_id: int, **fields: Any) -> None:
        """Change the user's own choices (language, reminders, city, profile, ui state)."""
        unknown = set(fields) - EDITABLE
        if unknown:
            raise ValueError(f"not a user setting: {sorted(unknown)}")
        async with self.db.write() as conn:
            await conn.execute(update(s.users).where(s.users.c.id == user_id).values(**fields))

    async def update_ui(self, user_id: int,
                        change: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
        """The user's ui state (last search, comparison, pending question …) read, changed in
        place by `change` and written in one transaction: one round trip, and two updates from
        one user cannot lose each other's entries. Returns the new state."""
        async with self.db.write() as conn:
            current = (await conn.execute(select(s.users.c.ui).where(
                s.users.c.id == user_id).with_for_update())).scalar()
            ui = dict(current or {})
            change(ui)
            await conn.execute(update(s.users).where(s.users.c.id == user_id).values(ui=ui))
        return ui

    async def set_ui(self, user_id: int, key: str, value: Any) -> None:
        """One entry of the user's ui state replaced in a single statement (the last search on
        every question typed): no read first, and an entry set meanwhile under another key
        is kept, as with `update_ui`."""
        merged: ColumnElement[Any]
        if self.db.is_sqlite:  # the key's value replaced whole, the others left alone
            merged = func.json_set(func.coalesce(s.users.c.ui, "{}"), f'$."{key}"',
                                   func.json(json.dumps(value, ensure_ascii=False)))
        else:
            merged = func.coalesce(s.users.c.ui, literal({}, JSONB)).op("||")(
                literal({key: value}, JSONB))
        async with self.db.write() as conn:
            await conn.execute(update(s.users).where(s.users.c.id == user_id)
                               .values(ui=type_coerce(merged, s.users.c.ui.type)))

    async def by_username(self, username: str) -> UserRecord | None:
        name = username.lstrip("@").lower()
        async with self.db.read() as conn:
            row = (await conn.execute(
                select(s.users).where(func.lower(s.users.c.username) == name)
                .order_by(s.users.c.seen_at.desc()).limit(1))).first()
        return UserRecord(**row._mapping) if row else None

    async def mark_blocked(self, user_id: int, now: datetime) -> None:
        """403 from Telegram: nothing more is scheduled for this user."""
        async with self.db.write() as conn:
            await conn.execute(update(s.users).where(s.users.c.id == user_id)
                               .values(active=False, blocked_at=now))
            await conn.execute(update(s.outbox).where(and_(
                s.outbox.c.user_id == user_id, s.outbox.c.state == "pending"))
                .values(state="blocked", error="bot blocked by user"))

    async def reachable_ids(self) -> list[int]:
        async with self.db.read() as conn:
            rows = await conn.execute(select(s.users.c.id).where(REACHABLE)
                                      .order_by(s.users.c.id))
        return [row.id for row in rows]

    async def reachable_in_city(self, city: str) -> set[int]:
        async with self.db.read() as conn:
            rows = await conn.execute(select(s.users.c.id).where(
                and_(REACHABLE, s.users.c.city == city)))
        return {row.id for row in rows}

    async def forget(self, user_id: int) -> None:
        """/forget: everything about the user goes — profile, choices, subscriptions, dialog
        state, kept links, tickets and their threads, and the text of every message queued or
        sent to them. Only the id stays in delivery rows (counts) and the audit log."""
        async with self.db.write() as conn:
            tickets = select(s.tickets.c.id).where(s.tickets.c.user_id == user_id)
            for statement in (
                delete(s.subscriptions).where(s.subscriptions.c.user_id == user_id),
                delete(s.dialogs).where(s.dialogs.c.user_id == user_id),
                delete(s.deep_links).where(s.deep_links.c.user_id == user_id),
                delete(s.card_messages).where(s.card_messages.c.chat_id == user_id),
                delete(s.ticket_links).where(s.ticket_links.c.ticket_id.in_(tickets)),
                delete(s.ticket_messages).where(s.ticket_messages.c.ticket_id.in_(tickets)),
                delete(s.tickets).where(s.tickets.c.user_id == user_id),
                update(s.outbox).where(and_(s.outbox.c.user_id == user_id,
                                            s.outbox.c.state == "pending"))
                .values(state="cancelled"),
                update(s.outbox).where(s.outbox.c.user_id == user_id).values(text=""),
                delete(s.users).where(s.users.c.id == user_id),
            ):
                await conn.execute(statement)
