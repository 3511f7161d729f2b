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
# Who the bot can write to: users who wrote to it in private (Telegram bots cannot initiate
# a conversation) and have not blocked it since.
REACHABLE = "u.started_at IS NOT NULL AND u.active = 1"


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

    def touch_user(self, user_id: int, first_name: str, now: datetime, *,
                   private: bool = False) -> None:
        """Record that a user talked to us. Only a message in the private chat (`private`)
        makes them reachable: it starts the chat, or restarts it after they had blocked us."""
        started = iso(now) if private else None
        with self.store.transaction() as db:
            db.execute(
                "INSERT INTO users (id, first_name, created_at, seen_at, started_at) "
                "VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET first_name = excluded.first_name, "
                "seen_at = excluded.seen_at",
                [user_id, first_name, iso(now), iso(now), started],
            )
            if private:
                db.execute("UPDATE users SET active = 1, blocked_at = NULL, "
                           "started_at = coalesce(started_at, ?) WHERE id = ?",
                           [started, user_id])

    def is_reachable(self, user_id: int) -> bool:
        with self.store.lock:
            return bool(list(self.db.query(
                f"SELECT 1 FROM users u WHERE u.id = ? AND {REACHABLE}", [user_id])))

    def user(self, user_id: int) -> dict[str, Any] | None:
        with self.store.lock:
            rows = list(self.db.query("SELECT * FROM users WHERE id = ?", [user_id]))
        return rows[0] if rows else None

    def set_user_field(self, user_id: int, field: str, value: object) -> None:
        if field not in ("lang", "muted", "ladder", "city", "sector"):
            raise ValueError(field)
        with self.store.transaction() as db:
            db.execute(f"UPDATE users SET {field} = ? WHERE id = ?", [value, user_id])

    def profile(self, user_id: int) -> str | None:
        """The stored company profile (JSON) or None."""
        row = self.user(user_id)
        return row.get("profile") if row else None

    def save_profile(self, user_id: int, profile_json: str) -> None:
        with self.store.transaction() as db:
            db.execute("UPDATE users SET profile = ? WHERE id = ?", [profile_json, user_id])

    def forget(self, user_id: int) -> None:
        """/forget: profile, subscriptions and queued messages go; the user row is anonymised."""
        with self.store.transaction() as db:
            db.execute("DELETE FROM subscriptions WHERE user_id = ?", [user_id])
            db.execute("UPDATE outbox SET state = 'cancelled', text = '' WHERE user_id = ? "
                       "AND state = 'pending'", [user_id])
            db.execute("UPDATE users SET profile = NULL, first_name = NULL, city = NULL, "
                       "sector = NULL, ladder = NULL, muted = 0 WHERE id = ?", [user_id])

    def mark_blocked(self, user_id: int, now: datetime) -> None:
        """403 from Telegram (blocked, or never started): stop scheduling anything for them."""
        with self.store.transaction() as db:
            db.execute("UPDATE users SET active = 0, blocked_at = ? WHERE id = ?",
                       [iso(now), user_id])
            db.execute("UPDATE outbox SET state = 'blocked', error = 'bot blocked by user' "
                       "WHERE user_id = ? AND state = 'pending'", [user_id])

    def reachable_user_ids(self) -> list[int]:
        with self.store.lock:
            return [row["id"] for row in self.db.query(
                f"SELECT id FROM users u WHERE {REACHABLE} ORDER BY id")]

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
        """Subscriptions of users who are reachable and not muted."""
        with self.store.lock:
            rows = list(self.db.query(
                "SELECT s.id, s.user_id, s.kind, s.target, s.sector, s.created_at "
                "FROM subscriptions s "
                f"JOIN users u ON u.id = s.user_id WHERE {REACHABLE} AND u.muted = 0 "
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
            return self._claim(db, now, limit)

    def finish_and_claim(self, item_id: int, state: str, now: datetime,
                         message_id: int | None, error: str | None) -> list[OutboxItem]:
        """Record one outcome and claim the next row in the same transaction (one commit per
        message instead of two: the sender's pace is bounded by commits)."""
        with self.store.transaction() as db:
            self._finish(db, item_id, state, now, message_id, error)
            return self._claim(db, now, 1)

    @staticmethod
    def _claim(db: Any, now: datetime, limit: int) -> list[OutboxItem]:
        rows = list(db.query(
            "SELECT id, kind, user_id, chat_id, text, document, attempts, broadcast_id "
            "FROM outbox WHERE state = 'pending' AND next_at <= ? "
            "ORDER BY priority DESC, id LIMIT ?", [iso(now), limit]))
        if rows:
            marks = ",".join("?" * len(rows))
            db.execute(f"UPDATE outbox SET state = 'sending', attempts = attempts + 1 "
                       f"WHERE id IN ({marks})", [r["id"] for r in rows])
        return [OutboxItem(**row) for row in rows]

    @staticmethod
    def _finish(db: Any, item_id: int, state: str, at: datetime, message_id: int | None,
                error: str | None) -> None:
        """`retry` puts the row back to pending, due at `at`; other states are final."""
        if state == "retry":
            db.execute("UPDATE outbox SET state = 'pending', next_at = ?, error = ? WHERE id = ?",
                       [iso(at), error, item_id])
            return
        db.execute("UPDATE outbox SET state = ?, sent_at = ?, message_id = ?, error = ? "
                   "WHERE id = ?", [state, iso(at), message_id, error, item_id])

    def finish(self, item_id: int, state: str, now: datetime, message_id: int | None = None,
               error: str | None = None) -> None:
        """Record the outcome of one send: sent, failed, blocked or skipped."""
        with self.store.transaction() as db:
            self._finish(db, item_id, state, now, message_id, error)

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

    # ------------------------------------------------------------------ admins

    def admins(self) -> dict[int, dict[str, Any]]:
        with self.store.lock:
            return {row["user_id"]: row for row in self.db.query(
                "SELECT user_id, city, granted_by, granted_at FROM admins ORDER BY user_id")}

    def grant(self, user_id: int, city: str, by: int, now: datetime) -> None:
        with self.store.transaction() as db:
            db.execute("INSERT INTO admins (user_id, city, granted_by, granted_at) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT(user_id) DO UPDATE SET "
                       "city = excluded.city, granted_by = excluded.granted_by, "
                       "granted_at = excluded.granted_at", [user_id, city, by, iso(now)])

    def revoke(self, user_id: int) -> bool:
        with self.store.transaction() as db:
            return bool(db.execute("DELETE FROM admins WHERE user_id = ?", [user_id]).rowcount)

    # ------------------------------------------------------------------ broadcasts

    def create_broadcast(self, admin_id: int, audience: dict[str, Any], text: str,
                         recipients: list[int], now: datetime,
                         document: str | None = None) -> int:
        """The broadcast and one outbox row per recipient, in one transaction: either every
        recipient is queued or none is."""
        with self.store.transaction() as db:
            cursor = db.execute(
                "INSERT INTO broadcasts (admin_id, audience, text, document, state, total, "
                "created_at) VALUES (?, ?, ?, ?, 'sending', ?, ?)",
                [admin_id, json.dumps(audience, ensure_ascii=False), text, document,
                 len(recipients), iso(now)])
            broadcast_id = int(cursor.lastrowid or 0)
            db.conn.executemany(
                "INSERT INTO outbox (kind, dedupe, user_id, chat_id, text, document, next_at, "
                "created_at, broadcast_id) VALUES ('broadcast', ?, ?, ?, ?, ?, ?, ?, ?)",
                [(f"bc:{broadcast_id}:{uid}", uid, uid, text, document, iso(now), iso(now),
                  broadcast_id) for uid in recipients])
        return broadcast_id

    def set_progress_message(self, broadcast_id: int, chat_id: int, message_id: int) -> None:
        with self.store.transaction() as db:
            db.execute("UPDATE broadcasts SET progress_chat_id = ?, progress_message_id = ? "
                       "WHERE id = ?", [chat_id, message_id, broadcast_id])

    def broadcast(self, broadcast_id: int) -> dict[str, Any] | None:
        with self.store.lock:
            rows = list(self.db.query("SELECT * FROM broadcasts WHERE id = ?", [broadcast_id]))
        return rows[0] if rows else None

    def broadcasts(self, limit: int = 10, admin_city: str | None = None) -> list[dict[str, Any]]:
        with self.store.lock:
            rows = list(self.db.query("SELECT * FROM broadcasts ORDER BY id DESC LIMIT ?",
                                      [limit * 5]))
        if admin_city is not None:
            rows = [r for r in rows if json.loads(r["audience"]).get("city") == admin_city]
        return rows[:limit]

    def cancel_broadcast(self, broadcast_id: int, now: datetime) -> int:
        """Stop a broadcast: what is still pending is cancelled (sent rows stay sent)."""
        with self.store.transaction() as db:
            db.execute("UPDATE broadcasts SET state = 'cancelled', finished_at = ? WHERE id = ?",
                       [iso(now), broadcast_id])
            cursor = db.execute("UPDATE outbox SET state = 'cancelled' WHERE broadcast_id = ? "
                                "AND state = 'pending'", [broadcast_id])
            return int(cursor.rowcount)

    def finish_broadcast_if_done(self, broadcast_id: int, now: datetime) -> bool:
        with self.store.transaction() as db:
            left = next(iter(db.query(
                "SELECT count(*) AS n FROM outbox WHERE broadcast_id = ? AND state IN "
                "('pending', 'sending')", [broadcast_id])))["n"]
            if left:
                return False
            db.execute("UPDATE broadcasts SET state = 'done', finished_at = ? WHERE id = ? "
                       "AND state = 'sending'", [iso(now), broadcast_id])
            return True

    def followers(self, kind: str, targets: Iterable[str], sector: str = "") -> set[int]:
        """Reachable users following any of `targets` of this kind (and sector, for cities)."""
        wanted = list(targets)
        if not wanted:
            return set()
        marks = ",".join("?" * len(wanted))
        sql = (f"SELECT DISTINCT s.user_id FROM subscriptions s JOIN users u ON u.id = s.user_id "
               f"WHERE {REACHABLE} AND s.kind = ? AND s.target IN ({marks})")
        params: list[object] = [kind, *wanted]
        if sector:
            sql += " AND (s.sector = ? OR s.sector = '')"
            params.append(sector)
        with self.store.lock:
            return {row["user_id"] for row in self.db.query(sql, params)}

    def users_in_city(self, city: str) -> set[int]:
        with self.store.lock:
            return {row["id"] for row in self.db.query(
                f"SELECT id FROM users u WHERE {REACHABLE} AND city = ?", [city])}

    def audit(self, actor: int | None, action: str, detail: dict[str, Any], now: datetime) -> None:
        with self.store.transaction() as db:
            db.execute("INSERT INTO audit (at, actor, action, detail) VALUES (?, ?, ?, ?)",
                       [iso(now), actor, action, json.dumps(detail, ensure_ascii=False)])
