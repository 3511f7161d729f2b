"""SQLite through sqlite-utils: schema migrations, the atomic catalogue load, and queries.

One file holds the catalogue and the bot's state. Migrations are named functions recorded in
`_migrations`, each applied in its own transaction, so an old database upgrades in place.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils

from bot.catalogue.models import Guideline, GuidelineMeta, Leaf
from bot.support import migrate_support

JSON_LIST_FIELDS = ("funding_tiers_wan", "qualifications", "preferences", "sectors", "inferred",
                    "inherited")
JSON_FIELDS = (*JSON_LIST_FIELDS, "other_fields")
FTS_COLUMNS = ("title", "content", "indicators", "requirements")

Migration = Callable[[sqlite_utils.Database], None]


def legacy_path(db: Path) -> Path:
    """Where this store lives while the bot still runs on it: beside ZHINAN_DB, which holds the
    async storage (bot/db) that `catalogue load` publishes to; the catalogue is copied here."""
    return db.with_name(f"{db.stem}.legacy{db.suffix}")


def _m001_catalogue(db: sqlite_utils.Database) -> None:
    """Guidelines, leaves, a leaf→sector table for facet counts, and a trigram FTS index."""
    db.table("guidelines").create(
        {"key": str, "city": str, "city_en": str, "year": int, "meta": str, "leaf_count": int},
        pk="key",
    )
    columns: dict[str, Any] = {name: _sql_type(info.annotation) for name, info in
                               Leaf.model_fields.items()}
    db.table("leaves").create(columns, pk="id", foreign_keys=[("guideline", "guidelines", "key")])
    db.table("leaves").create_index(["city"])
    db.table("leaf_sectors").create({"leaf_id": str, "sector": str}, pk=("leaf_id", "sector"))
    db.table("leaf_sectors").create_index(["sector"])
    # Trigram tokenizer: Chinese has no spaces, so word tokenizers see one giant token.
    db.table("leaves").enable_fts(FTS_COLUMNS, tokenize="trigram", create_triggers=True)


def _m002_state(db: sqlite_utils.Database) -> None:
    """The bot's own state: users, subscriptions, windows set by staff, the outbox that
    carries reminders, change notices and broadcasts, admins and the audit log."""
    _run_script(db, """
    CREATE TABLE users (
        id INTEGER PRIMARY KEY, first_name TEXT, lang TEXT, active INTEGER NOT NULL DEFAULT 1,
        muted INTEGER NOT NULL DEFAULT 0, ladder TEXT, city TEXT, sector TEXT,
        created_at TEXT NOT NULL, seen_at TEXT NOT NULL, blocked_at TEXT
    );
    CREATE TABLE subscriptions (
        id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id),
        kind TEXT NOT NULL, target TEXT NOT NULL, sector TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL, UNIQUE (user_id, kind, target, sector)
    );
    CREATE INDEX subscriptions_target ON subscriptions(kind, target);
    CREATE TABLE windows (
        guideline TEXT NOT NULL, leaf_id TEXT NOT NULL DEFAULT '', window TEXT NOT NULL,
        set_by TEXT NOT NULL, set_at TEXT NOT NULL, PRIMARY KEY (guideline, leaf_id)
    );
    CREATE TABLE window_changes (
        id INTEGER PRIMARY KEY, guideline TEXT NOT NULL, leaf_id TEXT NOT NULL DEFAULT '',
        old TEXT, new TEXT NOT NULL, set_by TEXT NOT NULL, set_at TEXT NOT NULL
    );
    CREATE TABLE broadcasts (
        id INTEGER PRIMARY KEY, admin_id INTEGER NOT NULL, audience TEXT NOT NULL,
        text TEXT NOT NULL, document TEXT, state TEXT NOT NULL, total INTEGER NOT NULL,
        created_at TEXT NOT NULL, finished_at TEXT, progress_chat_id INTEGER,
        progress_message_id INTEGER
    );
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY, kind TEXT NOT NULL, dedupe TEXT UNIQUE,
        user_id INTEGER, chat_id INTEGER NOT NULL, text TEXT NOT NULL, document TEXT,
        state TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0,
        next_at TEXT NOT NULL, error TEXT, created_at TEXT NOT NULL, sent_at TEXT,
        broadcast_id INTEGER REFERENCES broadcasts(id), message_id INTEGER, priority INTEGER
        NOT NULL DEFAULT 0
    );
    CREATE INDEX outbox_due ON outbox(state, next_at);
    CREATE TABLE reminder_keys (key TEXT PRIMARY KEY, outbox_id INTEGER NOT NULL);
    CREATE INDEX outbox_broadcast ON outbox(broadcast_id, state);
    CREATE TABLE admins (
        user_id INTEGER PRIMARY KEY, city TEXT, granted_by INTEGER NOT NULL,
        granted_at TEXT NOT NULL
    );
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor INTEGER, action TEXT NOT NULL,
        detail TEXT
    );
    """)


def _m004_profiles(db: sqlite_utils.Database) -> None:
    """The optional company profile a user gives for eligibility checks (JSON, deletable)."""
    db.execute("ALTER TABLE users ADD COLUMN profile TEXT")


def _m005_inherited(db: sqlite_utils.Database) -> None:
    """Leaves record the fields taken from a plan or group, and fields under unknown labels
    (an older database created its columns before the fields existed)."""
    present = set(db.table("leaves").columns_dict)
    for column in ("inherited", "other_fields"):
        if column not in present:
            db.execute(f"ALTER TABLE leaves ADD COLUMN {column} TEXT")


def _run_script(db: sqlite_utils.Database, script: str) -> None:
    """Statement by statement: executescript() would COMMIT the migration's transaction."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


MIGRATIONS: list[tuple[str, Migration]] = [
    ("001_catalogue", _m001_catalogue),
    ("002_state", _m002_state),
    ("003_support", migrate_support),
    ("004_profiles", _m004_profiles),
    ("005_inherited", _m005_inherited),
]


def _sql_type(annotation: Any) -> type:
    text = str(annotation)
    if "bool" in text:
        return int
    if "float" in text and "list" not in text:
        return float
    if text.startswith("<class 'int'>") or text in ("int", "int | None"):
        return int
    return str


def connect(path: Path | str) -> sqlite3.Connection:
    """A connection usable from the event loop's worker threads (guarded by Store's lock)."""
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=30)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=NORMAL")
    return conn


class CatalogueEmpty(RuntimeError):
    """Raised when the bot starts on a database that has never had a catalogue loaded."""


class Store:
    """All SQL lives here; callers get models and plain values back."""

    def __init__(self, path: Path | str) -> None:
        self.path = path
        self.db = sqlite_utils.Database(connect(path))
        self.lock = threading.RLock()
        self.migrate()

    # ------------------------------------------------------------------ schema

    def migrate(self) -> list[str]:
        """Apply pending migrations in order, each in its own transaction; returns their names."""
        applied: list[str] = []
        with self.lock:
            self.db.table("_migrations").create({"name": str, "applied_at": str}, pk="name",
                                          if_not_exists=True)
            done = {row["name"] for row in self.db.table("_migrations").rows}
            for name, migration in MIGRATIONS:
                if name in done:
                    continue
                with self.transaction():
                    migration(self.db)
                    self.db.execute(
                        "INSERT INTO _migrations VALUES (?, datetime('now'))", [name]
                    )
                applied.append(name)
        return applied

    @property
    def schema_version(self) -> int:
        return self.db.table("_migrations").count

    @contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any exception: all or nothing."""
        with self.lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")

    # ------------------------------------------------------------------ catalogue writes

    def replace_catalogue(self, guidelines: Iterable[Guideline]) -> None:
        """Swap the whole catalogue in one transaction; a failure leaves the old one intact.

        The FTS sync triggers are dropped for the bulk write and the index rebuilt once at
        the end (DDL is transactional in SQLite, so a failure restores them too): keeping the
        index in step row by row made loading a large catalogue several times slower."""
        with self.transaction() as db:
            triggers = list(db.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                "AND tbl_name = 'leaves'").fetchall())
            for name, _ in triggers:
                db.execute(f"DROP TRIGGER [{name}]")
            db.execute("DELETE FROM leaf_sectors")
            db.execute("DELETE FROM leaves")
            db.execute("DELETE FROM guidelines")
            for guideline in guidelines:
                self._insert_guideline(db, guideline)
            db.execute("INSERT INTO leaves_fts(leaves_fts) VALUES ('rebuild')")
            for _, sql in triggers:
                db.execute(sql)

    def _insert_guideline(self, db: sqlite_utils.Database, guideline: Guideline) -> None:
        meta = guideline.meta
        db.table("guidelines").insert(
            {"key": meta.key, "city": meta.city, "city_en": meta.city_en, "year": meta.year,
             "meta": meta.model_dump_json(), "leaf_count": len(guideline.leaves)}
        )
        db.table("leaves").insert_all(_leaf_row(leaf) for leaf in guideline.leaves)
        db.table("leaf_sectors").insert_all(
            {"leaf_id": leaf.id, "sector": sector}
            for leaf in guideline.leaves for sector in leaf.sectors
        )

    # ------------------------------------------------------------------ catalogue reads

    def guidelines(self) -> list[GuidelineMeta]:
        with self.lock:
            rows = list(self.db.query("SELECT meta FROM guidelines ORDER BY key"))
        return [GuidelineMeta.model_validate_json(row["meta"]) for row in rows]

    def guideline(self, key: str) -> GuidelineMeta | None:
        with self.lock:
            rows = list(self.db.query("SELECT meta FROM guidelines WHERE key = ?", [key]))
        return GuidelineMeta.model_validate_json(rows[0]["meta"]) if rows else None

    def leaf(self, leaf_id: str) -> Leaf | None:
        with self.lock:
            rows = list(self.db.query("SELECT * FROM leaves WHERE id = ?", [leaf_id]))
        return _leaf_from_row(rows[0]) if rows else None

    def leaves(self, ids: Iterable[str] | None = None) -> list[Leaf]:
        """Leaves in catalogue order, or the given ids in the given order (unknown ids skipped)."""
        with self.lock:
            if ids is None:
                rows = list(self.db.query("SELECT * FROM leaves ORDER BY rowid"))
                return [_leaf_from_row(row) for row in rows]
            wanted = list(ids)
            marks = ",".join("?" * len(wanted))
            found = {row["id"]: row for row in
                     self.db.query(f"SELECT * FROM leaves WHERE id IN ({marks})", wanted)}
        return [_leaf_from_row(found[i]) for i in wanted if i in found]

    def leaf_count(self) -> int:
        with self.lock:
            return self.db.table("leaves").count

    def city_counts(self) -> dict[str, int]:
        with self.lock:
            rows = self.db.query(
                "SELECT g.city, count(l.id) AS n FROM guidelines g "
                "LEFT JOIN leaves l ON l.guideline = g.key GROUP BY g.city ORDER BY g.rowid"
            )
            return {row["city"]: row["n"] for row in rows}

    def titles(self) -> dict[str, str]:
        """id → title, for typo-tolerant title matching over a large catalogue."""
        with self.lock:
            rows = self.db.query("SELECT id, title FROM leaves")
            return {row["id"]: row["title"] for row in rows}

    def fts_match(self, match_expr: str, limit: int) -> list[tuple[str, float]]:
        """(leaf id, bm25 rank) for an FTS5 MATCH expression already made safe by the caller."""
        sql = (
            "SELECT leaves.id AS id, leaves_fts.rank AS rank FROM leaves_fts "
            "JOIN leaves ON leaves.rowid = leaves_fts.rowid "
            "WHERE leaves_fts MATCH ? ORDER BY leaves_fts.rank LIMIT ?"
        )
        with self.lock:
            return [(row["id"], row["rank"]) for row in self.db.query(sql, [match_expr, limit])]


def _leaf_row(leaf: Leaf) -> dict[str, Any]:
    row = leaf.model_dump()
    for name in JSON_FIELDS:
        row[name] = json.dumps(row[name], ensure_ascii=False)
    return row


def _leaf_from_row(row: dict[str, Any]) -> Leaf:
    data = dict(row)
    for name in JSON_LIST_FIELDS:
        data[name] = json.loads(data[name]) if data.get(name) else []
    data["other_fields"] = json.loads(data["other_fields"]) if data.get("other_fields") else {}
    data["announced_later"] = bool(data.get("announced_later"))
    if data.get("enterprise_lead_only") is not None:
        data["enterprise_lead_only"] = bool(data["enterprise_lead_only"])
    return Leaf.model_validate(data)
