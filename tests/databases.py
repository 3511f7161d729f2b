"""The two databases every storage, outbox, reminder and end-to-end test runs against.

SQLite needs nothing. PostgreSQL needs a server: `ZHINAN_TEST_POSTGRES` is its URL (`.ci/run`
starts a throwaway one with `.ci/postgres start`). Without it the PostgreSQL half is skipped
and the run says so at the end; in CI (CI=true) a missing server fails instead.
"""

from __future__ import annotations

import asyncio
import os
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy.engine import make_url

SERVER = os.environ.get("ZHINAN_TEST_POSTGRES", "")
BACKENDS = ("sqlite", "postgresql")
SKIP_REASON = "no PostgreSQL server: run `.ci/postgres start` and export ZHINAN_TEST_POSTGRES"


def _admin_dsn() -> str:
    return make_url(SERVER).set(drivername="postgresql").render_as_string(hide_password=False)


async def _create(name: str) -> None:
    conn = await asyncpg.connect(_admin_dsn())
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()


async def _drop(name: str) -> None:
    conn = await asyncpg.connect(_admin_dsn())
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


def _run(coro: object) -> None:
    """Run setup/teardown SQL on a private loop (fixtures may run inside the test's loop)."""
    result: list[BaseException] = []

    def target() -> None:
        try:
            asyncio.run(coro)  # type: ignore[arg-type]
        except BaseException as exc:  # re-raised in the caller's thread
            result.append(exc)

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    if result:
        raise result[0]


def require_server() -> None:
    if not SERVER:
        if os.environ.get("CI"):
            pytest.fail("CI runs the PostgreSQL half: ZHINAN_TEST_POSTGRES is not set")
        pytest.skip(SKIP_REASON)


def fresh_database(backend: str, tmp_path: Path) -> Iterator[str]:
    """A ZHINAN_DB value naming an empty database of that kind, dropped afterwards."""
    if backend == "sqlite":
        yield str(tmp_path / "zhinan.sqlite3")
        return
    require_server()
    name = f"zhinan_test_{uuid.uuid4().hex[:12]}"
    _run(_create(name))
    try:
        yield make_url(SERVER).set(database=name).render_as_string(hide_password=False)
    finally:
        _run(_drop(name))
