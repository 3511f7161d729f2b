"""One async database, SQLite (the embedded default) or PostgreSQL (a province-wide deployment).

`ZHINAN_DB` is a file path (SQLite) or a `postgresql://` URL; anything else is refused. Both run
through SQLAlchemy 2 Core on asyncio (aiosqlite, asyncpg), so nothing blocks the event loop and
the queries are written once.

SQLite in WAL mode lets readers run beside one writer. Readers take connections from a small
pool and never wait for a write; every write goes through one connection under `BEGIN
IMMEDIATE`, serialised in-process by an asyncio lock and across processes (a `catalogue load`
from the command line) by SQLite's own lock with a busy timeout. A read-then-write transaction
therefore never fails half-way with SQLITE_BUSY_SNAPSHOT. PostgreSQL needs none of this: each
transaction is its own, and row locks (`FOR UPDATE SKIP LOCKED`) or advisory locks serialise
what must be.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from bot.config import DatabaseUrlError, Target, parse_target

BUSY_TIMEOUT_MS = 30_000
OVERFLOW = 10  # PostgreSQL connections beyond the pool's size, opened under load
__all__ = ["Database", "DatabaseUrlError", "Target", "parse_target"]


class Database:
    """The engines and the two ways in: `read()` and `write()` (a transaction)."""

    def __init__(self, target: Target, *, pool_size: int = 5) -> None:
        self.target = target
        self.dialect = target.dialect
        self._write_lock = asyncio.Lock()
        if target.dialect == "sqlite":
            assert target.path is not None
            target.path.parent.mkdir(parents=True, exist_ok=True)
            self.engine = _sqlite_engine(target.url, immediate=False, pool_size=pool_size)
            self.writer = _sqlite_engine(target.url, immediate=True, pool_size=1)
        else:
            self.engine = create_async_engine(target.url, pool_size=pool_size,
                                              max_overflow=OVERFLOW, pool_pre_ping=True)
            self.writer = self.engine
        self.capacity = pool_size + (OVERFLOW if target.dialect == "postgresql" else 0)

    @classmethod
    def open(cls, value: str | Path, **options: Any) -> Database:
        return cls(parse_target(value), **options)

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @asynccontextmanager
    async def read(self) -> AsyncIterator[AsyncConnection]:
        """A connection for queries (a deferred transaction on SQLite: one consistent snapshot)."""
        async with self.engine.connect() as conn:
            yield conn

    @asynccontextmanager
    async def write(self) -> AsyncIterator[AsyncConnection]:
        """One transaction: committed when the block ends, rolled back on any exception."""
        if self.is_sqlite:
            async with self._write_lock, self.writer.begin() as conn:
                yield conn
        else:
            async with self.writer.begin() as conn:
                yield conn

    async def close(self) -> None:
        await self.engine.dispose()
        if self.writer is not self.engine:
            await self.writer.dispose()


def _compact_json(value: Any) -> str:
    """JSON columns as UTF-8 text: Chinese stored as itself, not as \\uXXXX escapes (a leaf's
    row is half the size, and 100k of them write and read that much faster)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _sqlite_engine(url: URL, *, immediate: bool, pool_size: int) -> AsyncEngine:
    """aiosqlite with SQLAlchemy's documented recipe for real transactions: the driver's
    implicit BEGIN is switched off and SQLAlchemy's own begin emits ours."""
    engine = create_async_engine(url, pool_size=pool_size, max_overflow=0,
                                 json_serializer=_compact_json,
                                 pool_timeout=BUSY_TIMEOUT_MS / 1000,
                                 connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    begin = "BEGIN IMMEDIATE" if immediate else "BEGIN"

    @event.listens_for(engine.sync_engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in ("journal_mode=WAL", "foreign_keys=ON", "synchronous=NORMAL",
                       f"busy_timeout={BUSY_TIMEOUT_MS}"):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql(begin)

    return engine


@asynccontextmanager
async def scratch_database(server: str) -> AsyncIterator[str]:
    """A new, empty PostgreSQL database on `server` (a postgresql:// URL whose user may create
    databases), dropped afterwards with its connections: for benchmarks and tests."""
    import uuid

    import asyncpg
    from sqlalchemy.engine import make_url

    url = make_url(server)
    admin = url.set(drivername="postgresql").render_as_string(hide_password=False)
    name = f"zhinan_scratch_{uuid.uuid4().hex[:12]}"
    conn = await asyncpg.connect(admin)
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        conn = await asyncpg.connect(admin)
        try:
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await conn.close()
