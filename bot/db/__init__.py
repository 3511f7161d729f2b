"""Storage: one async database (SQLite or PostgreSQL) and a repository per kind of record.

Callers get dataclasses and models back and never write SQL; everything that must change
together changes in one transaction inside a repository method.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import text

from bot.catalogue.models import Guideline
from bot.db import migrate
from bot.db.admins import Admins
from bot.db.broadcasts import Broadcasts
from bot.db.catalogue import CatalogueStore
from bot.db.database import Database, DatabaseUrlError, parse_target
from bot.db.desk import Desk
from bot.db.dialogs import Dialogs
from bot.db.outbox import Outbox
from bot.db.process import Process
from bot.db.robots import Robots
from bot.db.subscriptions import Subscriptions
from bot.db.users import Users
from bot.db.windows import Windows

__all__ = ["Database", "DatabaseUrlError", "Storage", "parse_target", "publish_into"]


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_dev, stat.st_ino


class Storage:
    """The repositories over one database."""

    def __init__(self, db: Database) -> None:
        self.db = db
        path = db.target.path
        self._identity = _identity(path) if path is not None else None
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
        self.robots = Robots(db)

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

    async def probe(self) -> None:
        """Raise unless the database answers (and, for SQLite, is still the file this process
        opened: not moved, removed or restored over while it runs)."""
        path = self.db.target.path
        if path is not None:
            if not path.is_file():
                raise FileNotFoundError(f"{path} is missing")
            with path.open("rb") as file:
                if file.read(16) != b"SQLite format 3\x00":
                    raise ValueError(f"{path} is not an SQLite database")
            if self._identity is not None and _identity(path) != self._identity:
                raise RuntimeError(f"{path} was replaced while the bot runs; restart the bot")
        async with self.db.read() as conn:
            await conn.execute(text("SELECT 1"))


async def publish_into(db: Path | str, guidelines: list[Guideline]) -> None:
    """Publish guidelines into the database at `db` (migrating it first), as `catalogue load`
    does: for benches and tests that need a loaded database without the command line."""
    storage = await Storage.open(db)
    try:
        now = datetime.now().astimezone()
        await storage.catalogue.publish_all(guidelines, now)
        await storage.windows.seed([g.meta for g in guidelines], now)
    finally:
        await storage.close()
