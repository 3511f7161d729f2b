"""Backups of the SQLite file while the bot runs, and restoring one into place.

`backup` uses SQLite's online backup API: it copies a consistent snapshot even while the bot
writes (WAL mode lets it read while others write), then checks the copy and moves it into
place atomically. The copy is a single self-contained file (rollback journal, no -wal).

`restore` checks the backup (PRAGMA integrity_check, and that it is a Zhinan database),
refuses while anything has the database open — in WAL mode an exclusive lock cannot be taken
while another connection exists, idle or not, so stop the bot first —, keeps the current file
as `<name>.before-restore-<time>.sqlite3`, and swaps the backup in with os.replace.

A backup taken mid-broadcast holds rows that were pending then and may well have been sent
since: starting on it would send them again. So every delivery still pending in the restored
file is *held* (state `held`) until an admin releases or cancels it (`python -m bot outbox
release|cancel`), and `restore` says how many. Rows that were in flight become unknown at the
next start, as after a crash.

PostgreSQL is backed up with its own tools (pg_dump / pg_restore; see deploy/README.md).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path


class BackupError(RuntimeError):
    """A backup or restore that could not be done; the message says why."""


def backup(db_path: Path | str, target_path: Path | str) -> Path:
    """Copy the live database to `target_path`: a file, or a folder (existing, or written with
    a trailing slash) for a timestamped file in it."""
    source = Path(db_path)
    if not source.is_file():
        raise BackupError(f"{source}: no such database")
    target = Path(target_path)
    if target.is_dir() or str(target_path).endswith(("/", os.sep)):
        target = target / f"{source.stem}-{_stamp()}.sqlite3"
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = _temp_beside(target)
    try:
        with contextlib.closing(sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro",
                                                uri=True, timeout=30)) as src, \
                contextlib.closing(sqlite3.connect(temp, isolation_level=None)) as dst:
            src.backup(dst)  # all pages in one step: one read transaction, one snapshot
            dst.execute("PRAGMA journal_mode=DELETE")  # self-contained: no -wal beside it
        _check(temp)
        _fsync(temp)
        os.replace(temp, target)
    except sqlite3.Error as exc:
        raise BackupError(f"{source}: backup failed: {exc}") from exc
    finally:
        temp.unlink(missing_ok=True)
    return target


@dataclass(frozen=True)
class Restored:
    kept: Path | None  # where the database it replaced was kept
    held: int  # deliveries pending in the backup, now held for an admin's decision


def restore(backup_path: Path | str, db_path: Path | str) -> Restored:
    """Put a verified backup in place of the database, holding the deliveries it had pending."""
    source = Path(backup_path)
    db = Path(db_path)
    if not source.is_file():
        raise BackupError(f"{source}: no such backup")
    _check(source, what="backup")
    db.parent.mkdir(parents=True, exist_ok=True)
    temp = _temp_beside(db)
    try:
        with contextlib.closing(sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro",
                                                uri=True)) as src, \
                contextlib.closing(sqlite3.connect(temp, isolation_level=None)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        _check(temp, what="copy of the backup")
        held = _hold_pending(temp)
        _fsync(temp)
        kept = _retire(db) if db.exists() else None
        os.replace(temp, db)
    except sqlite3.Error as exc:
        raise BackupError(f"{source}: restore failed: {exc}") from exc
    finally:
        temp.unlink(missing_ok=True)
    return Restored(kept, held)


def _hold_pending(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("BEGIN IMMEDIATE")
        held = conn.execute("UPDATE outbox SET state = 'held', error = 'held after a restore: "
                            "release or cancel' WHERE state = 'pending'").rowcount
        conn.execute("COMMIT")
    return int(held)


def _retire(db: Path) -> Path:
    """Take an exclusive lock (fails while the bot has the file open), leave WAL mode so no
    -wal/-shm outlives the swap, and keep a copy of the current database."""
    conn = sqlite3.connect(db, isolation_level=None, timeout=0)
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode=DELETE")  # checkpoints and removes the -wal file
    except sqlite3.OperationalError as exc:
        raise BackupError(f"{db} is in use ({exc}); stop the bot before restoring") from exc
    finally:
        conn.close()
    kept = db.with_name(f"{db.stem}.before-restore-{_stamp()}.sqlite3")
    backup(db, kept)
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return kept


def _check(path: Path, what: str = "backup") -> None:
    """integrity_check says ok, and the schema is a Zhinan one (Alembic's version table and
    the outbox)."""
    try:
        with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro",
                                                uri=True)) as conn:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            tables = {row[0] for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path}: the {what} is not a readable SQLite database: {exc}") from exc
    if result != ["ok"]:
        raise BackupError(f"{path}: the {what} failed integrity_check: {'; '.join(result[:5])}")
    if not {"alembic_version", "outbox"} <= tables:
        raise BackupError(f"{path}: the {what} is not a Zhinan database (no alembic_version "
                          "or outbox table)")


def _temp_beside(target: Path) -> Path:
    """A temporary name in the target's folder, so os.replace is a rename on one filesystem."""
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(handle)
    return Path(name)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
