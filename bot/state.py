"""The bot's own state in SQLite: users, subscriptions, application windows and the outbox.

Every write goes through Store.transaction (BEGIN IMMEDIATE), so concurrent writers queue
instead of interleaving. Times are stored as UTC ISO strings, which sort correctly as text.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from bot.catalogue.models import GuidelineMeta, Window
from bot.store import Store

SubscriptionKind = Literal["leaf", "guideline", "city", "search"]
METADATA = "catalogue.toml"


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text)


@dataclass(frozen=True)
class Subscription:
    id: int
    user_id: int
    kind: SubscriptionKind
    target: str
    sector: str
    created_at: str = ""

    @property
    def since(self) -> datetime | None:
        return parse_iso(self.created_at) if self.created_at else None


@dataclass(frozen=True)
class OutboxItem:
    id: int
    kind: str
    user_id: int | None
    chat_id: int
    text: str
    document: str | None
    attempts: int
    broadcast_id: int | None


@dataclass(frozen=True)
class NewMessage:
    """A message to enqueue; `dedupe` makes enqueueing the same reminder twice a no-op."""

    kind: str
    chat_id: int
    text: str
    user_id: int | None = None
    dedupe: str | None = None
    document: str | None = None
    broadcast_id: int | None = None
    priority: int = 0


class State:
    """Queries and updates over the state tables of a Store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.db = store.db

    # ------------------------------------------------------------------ users

    def touch_user(self, user_id: int, first_name: str, now: datetime) -> None:
        """Record that a user talked to us; a returning user who had blocked us is active."""
        with self.store.transaction() as db:
            db.execute(
                "INSERT INTO users (id, first_name, created_at, seen_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET first_name = excluded.first_name, "
                "seen_at = excluded.seen_at, active = 1, blocked_at = NULL",
                [user_id, first_name, iso(now), iso(now)],
            )

    def user(self, user_id: int) -> dict[str, Any] | None:
        with self.store.lock:
            rows = list(self.db.query("SELECT * FROM users WHERE id = ?", [user_id]))
        return rows[0] if rows else None

    def set_user_field(self, user_id: int, field: str, value: object) -> None:
        if field not in ("lang", "muted", "ladder", "city", "sector"):
            raise ValueError(field)
        with self.store.transaction() as db:
            db.execute(f"UPDATE users SET {field} = ? WHERE id = ?", [value, user_id])

    def mark_blocked(self, user_id: int, now: datetime) -> None:
        """403 from Telegram: stop scheduling anything for this user."""
        with self.store.transaction() as db:
            db.execute("UPDATE users SET active = 0, blocked_at = ? WHERE id = ?",
                       [iso(now), user_id])
            db.execute("UPDATE outbox SET state = 'blocked', error = 'bot blocked by user' "
                       "WHERE user_id = ? AND state = 'pending'", [user_id])

    def active_user_ids(self) -> list[int]:
        with self.store.lock:
            return [row["id"] for row in self.db.query(
                "SELECT id FROM users WHERE active = 1 ORDER BY id")]

    # ------------------------------------------------------------------ subscriptions

    def subscribe(self, user_id: int, kind: SubscriptionKind, target: str, now: datetime,
                  sector: str = "") -> bool:
        """Follow something; False when the user already follows it."""
        with self.store.transaction() as db:
            cursor = db.execute(
                "INSERT OR IGNORE INTO subscriptions (user_id, kind, target, sector, created_at) "
                "VALUES (?, ?, ?, ?, ?)", [user_id, kind, target, sector, iso(now)])
            return bool(cursor.rowcount)

    def unsubscribe(self, user_id: int, subscription_id: int) -> bool:
        with self.store.transaction() as db:
            cursor = db.execute("DELETE FROM subscriptions WHERE id = ? AND user_id = ?",
                                [subscription_id, user_id])
            return bool(cursor.rowcount)

    def subscriptions(self, user_id: int | None = None) -> list[Subscription]:
        sql = "SELECT id, user_id, kind, target, sector, created_at FROM subscriptions"
        params: list[object] = []
        if user_id is not None:
            sql += " WHERE user_id = ?"
            params.append(user_id)
        with self.store.lock:
            rows = list(self.db.query(sql + " ORDER BY id", params))
        return [Subscription(**row) for row in rows]

    def reminder_subscribers(self) -> list[Subscription]:
        """Subscriptions of users who are active and not muted."""
        with self.store.lock:
            rows = list(self.db.query(
                "SELECT s.id, s.user_id, s.kind, s.target, s.sector, s.created_at "
                "FROM subscriptions s "
                "JOIN users u ON u.id = s.user_id WHERE u.active = 1 AND u.muted = 0 "
                "ORDER BY s.id"))
        return [Subscription(**row) for row in rows]

    # ------------------------------------------------------------------ windows

    def seed_windows(self, metas: Iterable[GuidelineMeta], now: datetime) -> None:
        """Windows from catalogue.toml, unless staff have set that guideline's window since."""
        with self.store.transaction() as db:
            for meta in metas:
                db.execute(
                    "INSERT INTO windows (guideline, leaf_id, window, set_by, set_at) "
                    "VALUES (?, '', ?, ?, ?) ON CONFLICT(guideline, leaf_id) DO UPDATE SET "
                    "window = excluded.window, set_at = excluded.set_at "
                    "WHERE windows.set_by = ?",
                    [meta.key, meta.window.model_dump_json(), METADATA, iso(now), METADATA])

    def windows(self) -> dict[tuple[str, str], Window]:
        """(guideline, leaf id or "") → window, for everything known."""
        with self.store.lock:
            rows = list(self.db.query("SELECT guideline, leaf_id, window FROM windows"))
        return {(r["guideline"], r["leaf_id"]): Window.model_validate_json(r["window"])
                for r in rows}

    def set_window(self, guideline: str, leaf_id: str, window: Window, set_by: str,
                   now: datetime) -> Window | None:
        """Replace a window (a leaf override when leaf_id is given); returns the old one."""
        window = window.model_copy(update={"set_by": set_by, "set_at": now})
        with self.store.transaction() as db:
            rows = list(db.query("SELECT window FROM windows WHERE guideline = ? AND "
                                 "leaf_id = ?", [guideline, leaf_id]))
            old = Window.model_validate_json(rows[0]["window"]) if rows else None
            db.execute(
                "INSERT INTO windows (guideline, leaf_id, window, set_by, set_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(guideline, leaf_id) DO UPDATE SET "
                "window = excluded.window, set_by = excluded.set_by, set_at = excluded.set_at",
                [guideline, leaf_id, window.model_dump_json(), set_by, iso(now)])
            db.execute(
                "INSERT INTO window_changes (guideline, leaf_id, old, new, set_by, set_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [guideline, leaf_id, old.model_dump_json() if old else None,
                 window.model_dump_json(), set_by, iso(now)])
        return old

    def cancel_reminders(self, guideline: str, leaf_id: str) -> int:
        """Reminders still waiting for a window's old dates will not be sent."""
        with self.store.transaction() as db:
            cursor = db.execute(
                "UPDATE outbox SET state = 'cancelled', error = 'window changed' "
                "WHERE kind = 'reminder' AND state = 'pending' AND id IN "
                "(SELECT outbox_id FROM reminder_keys WHERE key LIKE ?)",
                [f"rem:%:{guideline}:{leaf_id}:%"])
            return int(cursor.rowcount)

    # ------------------------------------------------------------------ outbox

    def enqueue(self, messages: Iterable[NewMessage], now: datetime) -> int:
        """Add messages (written before any is sent); duplicates by `dedupe` are ignored."""
        rows = [[m.kind, m.dedupe, m.user_id, m.chat_id, m.text, m.document, iso(now),
                 iso(now), m.broadcast_id, m.priority] for m in messages]
        with self.store.transaction() as db:
            before = db.execute("SELECT total_changes()").fetchone()[0]
            db.conn.executemany(
                "INSERT OR IGNORE INTO outbox (kind, dedupe, user_id, chat_id, text, document, "
                "next_at, created_at, broadcast_id, priority) VALUES (?,?,?,?,?,?,?,?,?,?)",
                rows)
            after = db.execute("SELECT total_changes()").fetchone()[0]
        return int(after - before)

    def enqueue_reminder(self, user_id: int, keys: list[str],
                         text_for: Callable[[list[str]], str], now: datetime) -> bool:
        """One message for all of a user's reminders due at once, each key at most once ever:
        keys already used are dropped before the text is built (in the same transaction)."""
        with self.store.transaction() as db:
            marks = ",".join("?" * len(keys))
            used = {row["key"] for row in db.query(
                f"SELECT key FROM reminder_keys WHERE key IN ({marks})", keys)}
            fresh = [key for key in keys if key not in used]
            if not fresh:
                return False
            cursor = db.execute(
                "INSERT INTO outbox (kind, user_id, chat_id, text, next_at, created_at, priority) "
                "VALUES ('reminder', ?, ?, ?, ?, ?, 1)",
                [user_id, user_id, text_for(fresh), iso(now), iso(now)])
            db.conn.executemany("INSERT INTO reminder_keys (key, outbox_id) VALUES (?, ?)",
                                [(key, cursor.lastrowid) for key in fresh])
        return True

    def claim(self, now: datetime, limit: int) -> list[OutboxItem]:
        """The next due messages, marked `sending` and committed before any HTTP call, so a
        crash leaves at most the in-flight ones in doubt (see recover_in_flight)."""
        with self.store.transaction() as db:
            rows = list(db.query(
                "SELECT id, kind, user_id, chat_id, text, document, attempts, broadcast_id "
                "FROM outbox WHERE state = 'pending' AND next_at <= ? "
                "ORDER BY priority DESC, id LIMIT ?", [iso(now), limit]))
            if rows:
                marks = ",".join("?" * len(rows))
                db.execute(f"UPDATE outbox SET state = 'sending', attempts = attempts + 1 "
                           f"WHERE id IN ({marks})", [r["id"] for r in rows])
        return [OutboxItem(**row) for row in rows]

    def finish(self, item_id: int, state: str, now: datetime, *, message_id: int | None = None,
               error: str | None = None) -> None:
        """Record the outcome of one send: sent, failed, blocked or skipped."""
        with self.store.transaction() as db:
            db.execute("UPDATE outbox SET state = ?, sent_at = ?, message_id = ?, error = ? "
                       "WHERE id = ?", [state, iso(now), message_id, error, item_id])

    def retry_later(self, item_id: int, at: datetime, error: str) -> None:
        with self.store.transaction() as db:
            db.execute("UPDATE outbox SET state = 'pending', next_at = ?, error = ? WHERE id = ?",
                       [iso(at), error, item_id])

    def move_chat(self, old_chat_id: int, new_chat_id: int) -> None:
        """A group became a supergroup: pending messages follow it to the new id."""
        with self.store.transaction() as db:
            db.execute("UPDATE outbox SET chat_id = ? WHERE chat_id = ? AND state IN "
                       "('pending', 'sending')", [new_chat_id, old_chat_id])

    def recover_in_flight(self, now: datetime) -> int:
        """After a crash, messages left `sending` may or may not have reached Telegram.

        They are recorded as `unknown` and NOT sent again: the guarantee is at most once per
        message, and only the messages in flight at the moment of the crash (one per sender
        slot) can be missing.
        """
        with self.store.transaction() as db:
            cursor = db.execute("UPDATE outbox SET state = 'unknown', sent_at = ?, error = "
                                "'in flight during a crash' WHERE state = 'sending'", [iso(now)])
            return int(cursor.rowcount)

    def outbox_counts(self, broadcast_id: int | None = None) -> dict[str, int]:
        sql = "SELECT state, count(*) AS n FROM outbox"
        params: list[object] = []
        if broadcast_id is not None:
            sql += " WHERE broadcast_id = ?"
            params.append(broadcast_id)
        with self.store.lock:
            return {row["state"]: row["n"] for row in self.db.query(sql + " GROUP BY state",
                                                                    params)}

    def next_due(self) -> datetime | None:
        with self.store.lock:
            rows = list(self.db.query("SELECT min(next_at) AS at FROM outbox "
                                      "WHERE state = 'pending'"))
        return parse_iso(rows[0]["at"]) if rows and rows[0]["at"] else None

    def audit(self, actor: int | None, action: str, detail: dict[str, Any], now: datetime) -> None:
        with self.store.transaction() as db:
            db.execute("INSERT INTO audit (at, actor, action, detail) VALUES (?, ?, ?, ?)",
                       [iso(now), actor, action, json.dumps(detail, ensure_ascii=False)])
