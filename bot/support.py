"""Support hand-off: tickets, their message threads, FAQs and moved chats, in SQLite.

A ticket is one user's question posted to a support group. Every bot message that belongs to a
ticket (the post in the support group, the user's follow-ups copied there, the staff answers
relayed to the user) is linked to it by (chat id, message id), so a reply to any of them finds
its ticket. Groups that became supergroups are recorded in `chat_moves` and followed.

Limits are checked in the same transaction that writes, so two quick presses cannot both slip
under them. The text of posts and keyboards is built here too, as pure functions.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal

import sqlite_utils
from rapidfuzz import fuzz

from bot import callback_data as cb
from bot.catalogue.models import Leaf
from bot.i18n import t
from bot.keyboards import Button, Keyboard
from bot.render import esc, short

if TYPE_CHECKING:  # bot.store imports this module for its migration
    from bot.store import Store

LinkKind = Literal["post", "user_msg", "relay"]
Refusal = Literal["too_many", "too_fast"]
FAQ_THRESHOLD = 80
RATE_WINDOW = timedelta(minutes=1)
LINK_TTL = timedelta(days=2)
STAFF_LANG = "zh_CN"  # posts in the support group are written for the staff

_TABLES = (
    """CREATE TABLE tickets (
        id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, user_name TEXT NOT NULL,
        username TEXT, lang TEXT NOT NULL, origin_chat_id INTEGER NOT NULL,
        origin_message_id INTEGER, leaf_id TEXT, context TEXT NOT NULL DEFAULT '',
        question TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'open',
        support_chat_id INTEGER NOT NULL, post_message_id INTEGER, created_at TEXT NOT NULL,
        closed_at TEXT, closed_by INTEGER
    )""",
    "CREATE INDEX tickets_user ON tickets(user_id, status)",
    "CREATE INDEX tickets_support ON tickets(support_chat_id, status)",
    """CREATE TABLE ticket_messages (
        id INTEGER PRIMARY KEY, ticket_id INTEGER NOT NULL REFERENCES tickets(id),
        role TEXT NOT NULL, author_id INTEGER NOT NULL, text TEXT NOT NULL,
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX ticket_messages_author ON ticket_messages(author_id, role, created_at)",
    """CREATE TABLE ticket_links (
        chat_id INTEGER NOT NULL, message_id INTEGER NOT NULL,
        ticket_id INTEGER NOT NULL REFERENCES tickets(id), kind TEXT NOT NULL,
        PRIMARY KEY (chat_id, message_id)
    )""",
    """CREATE TABLE faqs (
        id INTEGER PRIMARY KEY, leaf_id TEXT NOT NULL, question TEXT NOT NULL,
        answer TEXT NOT NULL, ticket_id INTEGER, created_by INTEGER NOT NULL,
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX faqs_leaf ON faqs(leaf_id)",
    """CREATE TABLE chat_moves (
        old_chat_id INTEGER PRIMARY KEY, new_chat_id INTEGER NOT NULL, moved_at TEXT NOT NULL
    )""",
    """CREATE TABLE deep_links (
        token TEXT PRIMARY KEY, user_id INTEGER NOT NULL, text TEXT NOT NULL,
        keyboard TEXT NOT NULL, created_at TEXT NOT NULL
    )""",
)


def iso(moment: datetime) -> str:
    """As bot.state stores times: UTC ISO strings, which sort correctly as text."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def migrate_support(db: sqlite_utils.Database) -> None:
    """Tickets, their messages and links, FAQs, chat moves and deep links (migration 003)."""
    for statement in _TABLES:  # one by one: executescript() would commit the transaction
        db.execute(statement)


@dataclass(frozen=True)
class Ticket:
    id: int
    user_id: int
    user_name: str
    username: str | None
    lang: str
    origin_chat_id: int
    origin_message_id: int | None
    leaf_id: str | None
    context: str
    question: str
    status: str
    support_chat_id: int
    post_message_id: int | None
    created_at: str
    closed_at: str | None = None
    closed_by: int | None = None

    @property
    def is_open(self) -> bool:
        return self.status == "open"


@dataclass(frozen=True)
class NewTicket:
    """What a user's request carries; the desk adds the id, status and times."""

    user_id: int
    user_name: str
    username: str | None
    lang: str
    origin_chat_id: int
    origin_message_id: int | None
    leaf_id: str | None
    context: str
    question: str
    support_chat_id: int


@dataclass(frozen=True)
class Faq:
    id: int
    leaf_id: str
    question: str
    answer: str


class SupportDesk:
    """Queries and updates over the support tables of a Store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.db = store.db

    # ------------------------------------------------------------------ tickets

    def open_ticket(self, new: NewTicket, now: datetime, max_open: int,
                    per_minute: int) -> Ticket | Refusal:
        """A new open ticket with the question as its first message, unless the user holds
        `max_open` open tickets already or sent `per_minute` ticket messages in a minute."""
        with self.store.transaction() as db:
            held = db.execute("SELECT count(*) FROM tickets WHERE user_id = ? AND "
                              "status = 'open'", [new.user_id]).fetchone()[0]
            if held >= max_open:
                return "too_many"
            if _recent(db, new.user_id, now) >= per_minute:
                return "too_fast"
            cursor = db.execute(
                "INSERT INTO tickets (user_id, user_name, username, lang, origin_chat_id, "
                "origin_message_id, leaf_id, context, question, support_chat_id, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [new.user_id, new.user_name, new.username, new.lang, new.origin_chat_id,
                 new.origin_message_id, new.leaf_id, new.context, new.question,
                 new.support_chat_id, iso(now)])
            ticket_id = int(cursor.lastrowid or 0)
            _add_message(db, ticket_id, "user", new.user_id, new.question, now)
        ticket = self.ticket(ticket_id)
        assert ticket is not None
        return ticket

    def note_user_message(self, ticket_id: int, user_id: int, text: str, now: datetime,
                          per_minute: int) -> bool:
        """Record a follow-up from the user; False (nothing written) when over the rate."""
        with self.store.transaction() as db:
            if _recent(db, user_id, now) >= per_minute:
                return False
            _add_message(db, ticket_id, "user", user_id, text, now)
        return True

    def note_staff_answer(self, ticket_id: int, staff_id: int, text: str,
                          now: datetime) -> bool:
        """Record a staff answer; True when it is the ticket's first."""
        with self.store.transaction() as db:
            before = db.execute("SELECT count(*) FROM ticket_messages WHERE ticket_id = ? AND "
                                "role = 'staff'", [ticket_id]).fetchone()[0]
            _add_message(db, ticket_id, "staff", staff_id, text, now)
        return before == 0

    def ticket(self, ticket_id: int) -> Ticket | None:
        with self.store.lock:
            rows = list(self.db.query("SELECT * FROM tickets WHERE id = ?", [ticket_id]))
        return Ticket(**rows[0]) if rows else None

    def open_tickets(self, support_chat_id: int | None = None) -> list[Ticket]:
        sql, params = "SELECT * FROM tickets WHERE status = 'open'", []
        if support_chat_id is not None:
            sql += " AND support_chat_id = ?"
            params.append(support_chat_id)
        with self.store.lock:
            return [Ticket(**row) for row in self.db.query(sql + " ORDER BY id", params)]

    def set_post(self, ticket_id: int, chat_id: int, message_id: int) -> None:
        """Where the ticket's post lives now (first post, or a repost after a migration)."""
        with self.store.transaction() as db:
            db.execute("UPDATE tickets SET support_chat_id = ?, post_message_id = ? "
                       "WHERE id = ?", [chat_id, message_id, ticket_id])
            _link(db, chat_id, message_id, ticket_id, "post")

    def link(self, chat_id: int, message_id: int, ticket_id: int, kind: LinkKind) -> None:
        with self.store.transaction() as db:
            _link(db, chat_id, message_id, ticket_id, kind)

    def by_message(self, chat_id: int, message_id: int) -> tuple[Ticket, LinkKind] | None:
        """The ticket a bot message belongs to, and what that message is."""
        with self.store.lock:
            rows = list(self.db.query(
                "SELECT t.*, l.kind AS link_kind FROM ticket_links l "
                "JOIN tickets t ON t.id = l.ticket_id WHERE l.chat_id = ? AND l.message_id = ?",
                [chat_id, message_id]))
        if not rows:
            return None
        row = dict(rows[0])
        kind = row.pop("link_kind")
        return Ticket(**row), kind

    def close(self, ticket_id: int, by: int, now: datetime) -> Ticket | None:
        """Close an open ticket; None when it is unknown or was closed already."""
        with self.store.transaction() as db:
            cursor = db.execute("UPDATE tickets SET status = 'closed', closed_at = ?, "
                                "closed_by = ? WHERE id = ? AND status = 'open'",
                                [iso(now), by, ticket_id])
            changed = bool(cursor.rowcount)
        return self.ticket(ticket_id) if changed else None

    def last_staff_answer(self, ticket_id: int) -> str | None:
        with self.store.lock:
            rows = list(self.db.query(
                "SELECT text FROM ticket_messages WHERE ticket_id = ? AND role = 'staff' "
                "ORDER BY id DESC LIMIT 1", [ticket_id]))
        return rows[0]["text"] if rows else None

    # ------------------------------------------------------------------ FAQs

    def add_faq(self, leaf_id: str, question: str, answer: str, ticket_id: int | None, by: int,
                now: datetime) -> int:
        with self.store.transaction() as db:
            cursor = db.execute(
                "INSERT INTO faqs (leaf_id, question, answer, ticket_id, created_by, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)", [leaf_id, question, answer, ticket_id, by, iso(now)])
            return int(cursor.lastrowid or 0)

    def faqs(self, leaf_id: str) -> list[Faq]:
        with self.store.lock:
            rows = list(self.db.query("SELECT id, leaf_id, question, answer FROM faqs "
                                      "WHERE leaf_id = ? ORDER BY id", [leaf_id]))
        return [Faq(**row) for row in rows]

    # ------------------------------------------------------------------ moved chats

    def resolve_chat(self, chat_id: int) -> int:
        """The chat's id now, following group → supergroup moves."""
        seen = {chat_id}
        with self.store.lock:
            while True:
                rows = list(self.db.query("SELECT new_chat_id FROM chat_moves WHERE "
                                          "old_chat_id = ?", [chat_id]))
                if not rows or rows[0]["new_chat_id"] in seen:
                    return chat_id
                chat_id = rows[0]["new_chat_id"]
                seen.add(chat_id)

    def move_chat(self, old: int, new: int, now: datetime) -> list[int]:
        """Record a migration and point tickets at the new chat; returns the open tickets
        whose post stayed behind in the old chat (to be posted again). Idempotent."""
        with self.store.transaction() as db:
            if list(db.query("SELECT 1 FROM chat_moves WHERE old_chat_id = ?", [old])):
                return []
            db.execute("INSERT INTO chat_moves (old_chat_id, new_chat_id, moved_at) "
                       "VALUES (?, ?, ?)", [old, new, iso(now)])
            stranded = [row["id"] for row in db.query(
                "SELECT id FROM tickets WHERE support_chat_id = ? AND status = 'open' ORDER BY id",
                [old])]
            db.execute("UPDATE tickets SET support_chat_id = ?, post_message_id = NULL "
                       "WHERE support_chat_id = ?", [new, old])
            # message ids do not survive a migration: answers go to the new chat, unthreaded
            db.execute("UPDATE tickets SET origin_chat_id = ?, origin_message_id = NULL "
                       "WHERE origin_chat_id = ?", [new, old])
        return stranded

    def support_chats(self, configured: Iterable[int]) -> set[int]:
        return {self.resolve_chat(chat_id) for chat_id in configured}

    # ------------------------------------------------------------------ deep links

    def save_link(self, user_id: int, text: str, keyboard: Keyboard, now: datetime) -> str:
        """Keep a message for a user to open in a private chat; returns the /start token."""
        token = secrets.token_hex(8)
        with self.store.transaction() as db:
            db.execute("DELETE FROM deep_links WHERE created_at < ?", [iso(now - LINK_TTL)])
            db.execute("INSERT INTO deep_links (token, user_id, text, keyboard, created_at) "
                       "VALUES (?, ?, ?, ?, ?)",
                       [token, user_id, text, encode_keyboard(keyboard), iso(now)])
        return token

    def load_link(self, token: str, user_id: int) -> tuple[str, Keyboard] | None:
        """The kept message, for the user it was kept for only."""
        with self.store.lock:
            rows = list(self.db.query("SELECT text, keyboard FROM deep_links WHERE token = ? "
                                      "AND user_id = ?", [token, user_id]))
        if not rows:
            return None
        return rows[0]["text"], decode_keyboard(rows[0]["keyboard"])


def _recent(db: sqlite_utils.Database, user_id: int, now: datetime) -> int:
    return int(db.execute(
        "SELECT count(*) FROM ticket_messages WHERE author_id = ? AND role = 'user' AND "
        "created_at > ?", [user_id, iso(now - RATE_WINDOW)]).fetchone()[0])


def _add_message(db: sqlite_utils.Database, ticket_id: int, role: str, author_id: int,
                 text: str, now: datetime) -> None:
    db.execute("INSERT INTO ticket_messages (ticket_id, role, author_id, text, created_at) "
               "VALUES (?, ?, ?, ?, ?)", [ticket_id, role, author_id, text, iso(now)])


def _link(db: sqlite_utils.Database, chat_id: int, message_id: int, ticket_id: int,
          kind: LinkKind) -> None:
    db.execute("INSERT OR REPLACE INTO ticket_links (chat_id, message_id, ticket_id, kind) "
               "VALUES (?, ?, ?, ?)", [chat_id, message_id, ticket_id, kind])


def encode_keyboard(keyboard: Keyboard | None) -> str:
    return json.dumps([[[b.label, b.data, b.share] for b in row] for row in keyboard or []],
                      ensure_ascii=False)


def decode_keyboard(text: str) -> Keyboard:
    rows: list[list[list[Any]]] = json.loads(text)
    return [[Button(label, data, share) for label, data, share in row] for row in rows]


# --------------------------------------------------------------------------- pure helpers


def support_chat_for(city: str | None, default: int | None,
                     per_city: dict[str, int]) -> int | None:
    """The support group for a question about `city`: the city's own, else the default."""
    if city and city in per_city:
        return per_city[city]
    return default


def _normal(text: str) -> str:
    """Lower case, punctuation dropped, CJK characters spaced so token matching sees them."""
    text = re.sub(r"[^\w\s]", " ", text.lower())
    text = re.sub(r"([\u4e00-\u9fff])", r" \1 ", text)
    return " ".join(text.split())


def faq_score(question: str, faq_question: str) -> float:
    a, b = _normal(question), _normal(faq_question)
    if not a or not b:
        return 0.0
    return max(fuzz.token_set_ratio(a, b), fuzz.partial_ratio(a, b) if min(len(a), len(b)) >= 7
               else 0.0)


def match_faq(question: str, faqs: list[Faq], threshold: float = FAQ_THRESHOLD) -> Faq | None:
    """The saved FAQ that best matches a question, when it matches well enough."""
    scored = [(faq_score(question, faq.question), faq) for faq in faqs]
    best = max(scored, key=lambda pair: pair[0], default=None)
    return best[1] if best is not None and best[0] >= threshold else None


def ticket_post(ticket: Ticket, leaf: Leaf | None, closed_by: str | None = None) -> str:
    """The ticket as staff see it in the support group: who, about what, the question."""
    lang = STAFF_LANG
    who = ticket.user_name + (f" @{ticket.username}" if ticket.username else "")
    lines = [f"🎫 <b>{esc(t(lang, 'support.post_title', n=ticket.id))}</b>",
             esc(t(lang, "support.post_user", name=who, id=ticket.user_id,
                   language=ticket.lang))]
    if leaf is not None:
        lines.append(esc(t(lang, "support.post_leaf", title=short(leaf.title, 40), id=leaf.id,
                           city=leaf.city)))
    if ticket.context:
        lines.append(esc(t(lang, "support.post_context", context=ticket.context)))
    lines.append(f"❓ <b>{esc(ticket.question)}</b>")
    if closed_by is not None:
        lines.append(esc(t(lang, "support.post_closed", name=closed_by)))
    else:
        lines.append(f"<i>{esc(t(lang, 'support.post_hint'))}</i>")
    return "\n".join(lines)


def ticket_keyboard(ticket: Ticket, answered: bool) -> Keyboard:
    """Close, and (once staff answered a question about a direction) save as FAQ."""
    row = [Button(t(STAFF_LANG, "support.btn_close", n=ticket.id),
                  cb.build("close", str(ticket.id)))]
    if answered and ticket.leaf_id:
        row.append(Button(t(STAFF_LANG, "support.btn_faq"), cb.build("faq", str(ticket.id))))
    return [row]
