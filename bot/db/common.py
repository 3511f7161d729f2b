"""Small pieces every repository uses: the dialect's INSERT (for ON CONFLICT) and row shapes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Row

from bot.db.database import Database


def insert(db: Database, table: Table) -> Any:
    """INSERT with `.on_conflict_do_nothing()` / `.on_conflict_do_update()`: both dialects
    spell it the same way, each in its own module."""
    return (sqlite.insert if db.is_sqlite else postgresql.insert)(table)


def as_dict(row: Row[Any]) -> dict[str, Any]:
    return dict(row._mapping)
