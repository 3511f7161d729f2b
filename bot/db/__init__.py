"""Storage: one async database (SQLite or PostgreSQL) and a repository per kind of record.

Callers get dataclasses and models back and never write SQL; everything that must change
together changes in one transaction inside a repository method.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.db import migrate
from bot.db.admins import Admins
from bot.db.broadcasts import Broadcasts
from bot.db.catalogue import CatalogueStore
from bot.db.database import Database, DatabaseUrlError, parse_target
from bot.db.desk import Desk
from bot.db.dialogs import Dialogs
from bot.db.outbox import Outbox
from bot.db.process import Process
from bot.db.subscriptions import Subscriptions
from bot.db.users import Users
from bot.db.windows import Windows

__all__ = ["Database", "DatabaseUrlError", "Storage", "parse_target"]


class Storage:
    """The repositories over one database."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.catalogue = CatalogueStore(db)
        self.users = Users(db)
        self.subscriptions = Subscriptions(db)
        self.windows = Windows(db)
        self.outbox = Outbox(db)
        self.broadcasts = Broadcasts(db)
        self.admins = Admins(db)
        self.desk = Desk(db)
        self.dialogs = Dialogs(db)
        self.process = Process(db)

    @classmethod
    async def open(cls, value: str | Path, **options: Any) -> Storage:
        """Connect and bring the schema up to date."""
        db = Database.open(value, **options)
        try:
            await migrate.upgrade(db)
        except BaseException:
            await db.close()
            raise
        return cls(db)

    async def close(self) -> None:
        await self.db.close()
