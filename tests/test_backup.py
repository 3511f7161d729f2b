"""Online backups while the bot writes, and restores that check before they replace."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path

import pytest

from bot.backup import BackupError, backup, restore
from bot.db import Storage


def connect(path: Path) -> sqlite3.Connection:
    """A connection as the bot opens one: WAL, transactions by hand."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=30, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    return conn


def make_db(path: Path, rows: int = 2000) -> None:
    """A Zhinan database (migrated schema) with a table of paired rows and some bulk."""
    async def migrate() -> None:
        await (await Storage.open(path)).close()

    asyncio.run(migrate())
    conn = connect(path)
    conn.execute("CREATE TABLE pairs (grp INTEGER NOT NULL, half INTEGER NOT NULL, "
                 "pad TEXT NOT NULL)")
    conn.executemany("INSERT INTO pairs VALUES (?, ?, ?)",
                     [(i // 2, i % 2, "x" * 500) for i in range(rows)])
    conn.close()


def pairs_in(path: Path) -> tuple[int, int]:
    """(rows, groups that are not exactly two rows) in a copy."""
    with sqlite3.connect(path) as conn:
        total = conn.execute("SELECT count(*) FROM pairs").fetchone()[0]
        broken = conn.execute("SELECT count(*) FROM (SELECT grp FROM pairs GROUP BY grp "
                              "HAVING count(*) != 2)").fetchone()[0]
    conn.close()
    return total, broken


def test_backup_is_consistent_while_the_bot_writes(tmp_path: Path) -> None:
    db = tmp_path / "zhinan.sqlite3"
    make_db(db)
    stop = threading.Event()
    written = [0]

    def writer() -> None:
        """Like the bot: WAL, one transaction per change, each adding a whole pair."""
        conn = connect(db)
        group = 10**6
        while not stop.is_set():
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO pairs VALUES (?, 0, ?)", (group, "y" * 300))
            conn.execute("INSERT INTO pairs VALUES (?, 1, ?)", (group, "y" * 300))
            conn.execute("COMMIT")
            group += 1
            written[0] += 1
        conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        totals = []
        for n in range(5):
            copy = backup(db, tmp_path / "backups" / f"copy{n}.sqlite3")
            total, broken = pairs_in(copy)
            assert broken == 0, "a backup caught a transaction half-way"
            totals.append(total)
            assert not Path(f"{copy}-wal").exists()  # self-contained: one file
    finally:
        stop.set()
        thread.join()
    assert written[0] > 0
    assert totals == sorted(totals) and totals[-1] > 2000  # the writes went on meanwhile
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_backup_into_a_folder_gets_a_timestamped_name(tmp_path: Path) -> None:
    db = tmp_path / "zhinan.sqlite3"
    make_db(db, rows=10)
    folder = tmp_path / "backups"
    folder.mkdir()
    copy = backup(db, folder)
    assert copy.parent == folder and copy.name.startswith("zhinan-")
    assert pairs_in(copy) == (10, 0)
    assert [p.name for p in folder.iterdir()] == [copy.name]  # no temporary file left behind


def test_backup_of_a_missing_database_fails_plainly(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="no such database"):
        backup(tmp_path / "none.sqlite3", tmp_path / "b.sqlite3")


def test_restore_puts_the_backup_in_place_and_keeps_the_old_file(tmp_path: Path) -> None:
    db = tmp_path / "state" / "zhinan.sqlite3"
    db.parent.mkdir()
    make_db(db, rows=10)
    copy = backup(db, tmp_path / "b.sqlite3")
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM pairs")
    conn.close()
    kept = restore(copy, db).kept
    assert pairs_in(db) == (10, 0)
    assert kept is not None and kept.parent == db.parent and pairs_in(kept) == (0, 0)
    assert not Path(f"{db}-wal").exists() and not Path(f"{db}-shm").exists()
    make_db_reopens = asyncio.run(_reopen(db))  # the bot opens it again: nothing to migrate
    assert make_db_reopens == []
    assert sorted(p.name for p in db.parent.iterdir() if p.name.startswith(".")) == []


async def _reopen(db: Path) -> list[str]:
    from bot.db import Database, migrate

    database = Database.open(db)
    try:
        return await migrate.upgrade(database)
    finally:
        await database.close()


def test_restore_into_an_empty_place(tmp_path: Path) -> None:
    db = tmp_path / "zhinan.sqlite3"
    make_db(db, rows=4)
    copy = backup(db, tmp_path / "b.sqlite3")
    target = tmp_path / "new" / "zhinan.sqlite3"
    assert restore(copy, target).kept is None
    assert pairs_in(target) == (4, 0)


def test_restore_refuses_while_the_database_is_open(tmp_path: Path) -> None:
    db = tmp_path / "zhinan.sqlite3"
    make_db(db, rows=10)
    copy = backup(db, tmp_path / "b.sqlite3")
    running = connect(db)  # the bot, idle but with the file open
    running.execute("DELETE FROM pairs WHERE grp = 0")
    with pytest.raises(BackupError, match="in use"):
        restore(copy, db)
    assert running.execute("SELECT count(*) FROM pairs").fetchone()[0] == 8  # untouched
    running.close()


def test_restore_refuses_a_damaged_or_foreign_backup(tmp_path: Path) -> None:
    db = tmp_path / "zhinan.sqlite3"
    make_db(db, rows=200)
    copy = backup(db, tmp_path / "b.sqlite3")
    before = db.read_bytes()

    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(copy.read_bytes())
    page = 4096
    data[3 * page:5 * page] = b"\x07" * (2 * page)  # scribble over table pages
    damaged.write_bytes(bytes(data))
    with pytest.raises(BackupError, match=r"integrity_check|not a readable"):
        restore(damaged, db)

    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not sqlite at all" * 100)
    with pytest.raises(BackupError, match="not a readable SQLite database"):
        restore(garbage, db)

    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(BackupError, match="not a Zhinan database"):
        restore(foreign, db)

    with pytest.raises(BackupError, match="no such backup"):
        restore(tmp_path / "missing.sqlite3", db)
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_the_command_line_backs_up_and_restores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    from bot.__main__ import main

    db = tmp_path / "state" / "zhinan.sqlite3"
    make_db(db, rows=6)
    monkeypatch.setenv("ZHINAN_DB", str(db))
    assert main(["backup", f"{tmp_path}/backups/"]) == 0  # a folder, made on demand
    (copy,) = (tmp_path / "backups").iterdir()
    assert f"written to {copy}" in capsys.readouterr().out
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM pairs")
    conn.close()
    assert main(["restore", str(copy)]) == 0
    assert "the previous database is kept as" in capsys.readouterr().out
    assert pairs_in(db) == (6, 0)
    assert main(["restore", str(tmp_path / "nothing.sqlite3")]) == 1
    assert "no such backup" in capsys.readouterr().err


def test_deliveries_pending_in_a_backup_are_held_until_an_admin_decides(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A backup taken mid-broadcast: starting on it must not send the rest a second time."""
    from datetime import UTC, datetime

    from bot.__main__ import main
    from bot.db.outbox import NewMessage

    db = tmp_path / "zhinan.sqlite3"
    now = datetime(2025, 6, 10, tzinfo=UTC)

    async def queue() -> None:
        storage = await Storage.open(db)
        await storage.outbox.enqueue([NewMessage("broadcast", uid, "通知", user_id=uid)
                                      for uid in range(1, 6)], now)
        (first,) = await storage.outbox.claim(now, 1)  # one sent before the backup
        from bot.db.outbox import Result
        await storage.outbox.finish(first.id, Result("sent", now, 1))
        await storage.close()

    asyncio.run(queue())
    copy = backup(db, tmp_path / "b.sqlite3")
    monkeypatch.setenv("ZHINAN_DB", str(db))
    assert main(["restore", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "4 delivery(ies) were pending when the backup was taken" in out

    async def states() -> dict[str, int]:
        storage = await Storage.open(db)
        try:
            return await storage.outbox.counts()
        finally:
            await storage.close()

    assert asyncio.run(states()) == {"sent": 1, "held": 4}
    assert main(["outbox", "cancel"]) == 0
    assert "4 held delivery(ies) cancelled" in capsys.readouterr().out
    assert asyncio.run(states()) == {"sent": 1, "cancelled": 4}

    # restored again, and this time the admin knows they were not sent: released, they queue
    assert main(["restore", str(copy)]) == 0
    capsys.readouterr()
    assert main(["outbox", "release"]) == 0
    assert "4 held delivery(ies) released: they will be sent" in capsys.readouterr().out
    assert asyncio.run(states()) == {"sent": 1, "pending": 4}
