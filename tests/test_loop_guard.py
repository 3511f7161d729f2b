"""The guard the end-to-end tests run under: SQLite on the event loop's thread is caught,
SQLite in aiosqlite's worker thread (as the bot's storage runs it) is not."""

from __future__ import annotations

import sqlite3

import aiosqlite


async def test_sqlite_on_the_event_loop_is_caught(loop_guard: list[str]) -> None:
    connection = sqlite3.connect(":memory:")
    connection.execute("SELECT 1")
    connection.close()
    assert loop_guard == ["SELECT 1"]
    loop_guard.clear()  # the test has seen it; teardown would fail otherwise


async def test_sqlite_in_a_worker_thread_is_not(loop_guard: list[str]) -> None:
    async with aiosqlite.connect(":memory:") as connection:
        await connection.execute("CREATE TABLE t (x)")
        await connection.execute("INSERT INTO t VALUES (1)")
    assert loop_guard == []
