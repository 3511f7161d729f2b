"""Schema migrations with Alembic: named revisions under bot/db/migrations/versions/, each
applied in its own transaction and recorded in `alembic_version`.

Every process calls `upgrade` at start.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text

from bot.db.database import Database

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_PG_LOCK = 0x7A68696E616E  # "zhinan": one advisory-lock key for schema changes


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head() -> str:
    """The newest revision this code knows."""
    revision = ScriptDirectory.from_config(_config()).get_current_head()
    assert revision is not None
    return revision


def _current(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def _upgrade(connection: Connection) -> list[str]:
    before = _current(connection)
    if before == head():
        return []
    command.upgrade(_config(connection), "head")
    script = ScriptDirectory.from_config(_config())
    return [rev.revision for rev in script.iterate_revisions(head(), before)][::-1]


async def upgrade(db: Database) -> list[str]:
    """Bring the schema to the newest revision in one transaction (DDL is transactional on
    both databases); returns the revisions applied, oldest first. The write transaction (SQLite)
    or a transaction-scoped advisory lock (PostgreSQL) makes concurrent starts apply each
    revision once."""
    async with db.write() as conn:
        if not db.is_sqlite:
            await conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK})
        return await conn.run_sync(_upgrade)


async def current(db: Database) -> str | None:
    async with db.read() as conn:
        return await conn.run_sync(_current)
