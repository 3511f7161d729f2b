"""Conversation state as rows: which step a user is at in a chat, and which card a message is.

python-telegram-bot's ConversationHandler keeps its states in process memory, loaded once from
persistence at start, which several webhook workers cannot share. A step here is a row keyed
by (chat, user), read when the user's next message arrives and written in the same transaction
as whatever else the step changes, so any worker can continue a conversation another began.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, select, update

from bot.db import schema as s
from bot.db.common import insert
from bot.db.database import Database

STEP_TTL = timedelta(hours=24)  # a step left this long is forgotten, not resumed by surprise


@dataclass(frozen=True)
class Step:
    """Where a user is in a multi-message flow, and what the flow has gathered so far."""

    chat_id: int
    user_id: int
    name: str
    data: dict[str, Any]
    prompt_message_id: int | None
    updated_at: datetime


def live_step(row: Mapping[str, Any] | None, now: datetime) -> Step | None:
    """The step a row holds, unless it was left longer than STEP_TTL ago."""
    if row is None or row["updated_at"] < now - STEP_TTL:
        return None
    return Step(**{name: row[name] for name in Step.__dataclass_fields__})


class Dialogs:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def get(self, chat_id: int, user_id: int, now: datetime) -> Step | None:
        async with self.db.read() as conn:
            row = (await conn.execute(select(s.dialogs).where(and_(
                s.dialogs.c.chat_id == chat_id, s.dialogs.c.user_id == user_id)))).first()
        return live_step(dict(row._mapping) if row else None, now)

    async def set(self, chat_id: int, user_id: int, name: str, data: dict[str, Any],
                  now: datetime, prompt_message_id: int | None = None) -> None:
        stmt = insert(self.db, s.dialogs).values(
            chat_id=chat_id, user_id=user_id, name=name, data=data,
            prompt_message_id=prompt_message_id, updated_at=now)
        stmt = stmt.on_conflict_do_update(index_elements=["chat_id", "user_id"], set_={
            "name": stmt.excluded.name, "data": stmt.excluded.data,
            "prompt_message_id": stmt.excluded.prompt_message_id,
            "updated_at": stmt.excluded.updated_at})
        async with self.db.write() as conn:
            await conn.execute(stmt)

    async def set_prompt(self, chat_id: int, user_id: int, message_id: int) -> None:
        """The message that asked for the step's answer (in a group, only a reply to it is)."""
        async with self.db.write() as conn:
            await conn.execute(update(s.dialogs).where(and_(
                s.dialogs.c.chat_id == chat_id, s.dialogs.c.user_id == user_id))
                .values(prompt_message_id=message_id))

    async def clear(self, chat_id: int, user_id: int) -> bool:
        async with self.db.write() as conn:
            result = await conn.execute(delete(s.dialogs).where(and_(
                s.dialogs.c.chat_id == chat_id, s.dialogs.c.user_id == user_id)))
        return bool(result.rowcount)

    # ------------------------------------------------------------------ cards

    async def remember_card(self, chat_id: int, message_id: int, leaf_id: str,
                            now: datetime) -> None:
        """This message shows that direction: a reply to it is a question about it."""
        stmt = insert(self.db, s.card_messages).values(chat_id=chat_id, message_id=message_id,
                                                       leaf_id=leaf_id, created_at=now)
        stmt = stmt.on_conflict_do_update(index_elements=["chat_id", "message_id"],
                                          set_={"leaf_id": stmt.excluded.leaf_id})
        async with self.db.write() as conn:
            await conn.execute(stmt)

    async def card(self, chat_id: int, message_id: int) -> str | None:
        async with self.db.read() as conn:
            return (await conn.execute(select(s.card_messages.c.leaf_id).where(and_(
                s.card_messages.c.chat_id == chat_id,
                s.card_messages.c.message_id == message_id)))).scalar()
