"""Small pieces every repository uses: the dialect's INSERT (for ON CONFLICT) and row shapes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Row

from bot.db.database import Database


def insert(db: Database, table: Table) -> Any:
    """INSERT with `.on_conflict_do_nothing()` / `.on_conflict_do_update()`: both dialects
    spell it the same way, each in its own module."""
    return (sqlite.insert if db.is_sqlite else postgresql.insert)(table)


def as_dict(row: Row[Any]) -> dict[str, Any]:
    return dict(row._mapping)


OUTBOX_CHANNEL = "zhinan_outbox"


async def notify_outbox(db: Database, conn: Any) -> None:
    """Inside a transaction that adds deliverable rows: on PostgreSQL, wake the dispatcher
    (whichever process leads) when it commits. SQLite has one process; it needs nothing."""
    if not db.is_sqlite:
        await conn.execute(text("SELECT pg_notify(:channel, '')"), {"channel": OUTBOX_CHANNEL})
