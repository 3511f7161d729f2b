"""The tables as SQLAlchemy Core sees them, for writing queries once for both databases.

The migrations (bot/db/migrations/versions/) create and change these tables with explicit DDL of
their own; this module only describes the result for queries. A test compares the two on a
freshly migrated database of each kind.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out, on both databases.

    PostgreSQL keeps `timestamptz`; SQLite has no time type, so the value is stored as naive
    UTC text (which sorts and compares correctly) and given its zone back when read."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: the bot stores aware times only")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


Json = JSON().with_variant(JSONB(), "postgresql")
TelegramId = BigInteger  # chat ids reach -100·10^10: beyond 32 bits
RowId = BigInteger().with_variant(Integer(), "sqlite")  # INTEGER PRIMARY KEY is SQLite's rowid

metadata = MetaData()

# ---------------------------------------------------------------------------- catalogue

catalogue_state = Table(
    "catalogue_state", metadata,
    Column("id", Integer, primary_key=True),
    Column("version", Integer, nullable=False),
    Column("published_at", UTCDateTime, nullable=False),
)

guidelines = Table(
    "guidelines", metadata,
    Column("key", Text, primary_key=True),
    Column("city", Text, nullable=False),
    Column("city_en", Text, nullable=False),
    Column("year", Integer, nullable=False),
    Column("meta", Json, nullable=False),
    Column("leaf_count", Integer, nullable=False),
    Column("ordinal", Integer, nullable=False),
    Column("digest", Text, nullable=False),
    Column("published_at", UTCDateTime, nullable=False),
)

leaves = Table(
    "leaves", metadata,
    Column("id", Text, primary_key=True),
    Column("guideline", Text, ForeignKey("guidelines.key", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("city", Text, nullable=False),
    Column("year", Integer, nullable=False),
    Column("title", Text, nullable=False),
    Column("data", Json, nullable=False),
)

# ---------------------------------------------------------------------------- people

users = Table(
    "users", metadata,
    Column("id", TelegramId, primary_key=True, autoincrement=False),
    Column("first_name", Text),
    Column("username", Text),
    Column("lang", Text),
    Column("active", Boolean, nullable=False, default=True),
    Column("muted", Boolean, nullable=False, default=False),
    Column("ladder", Text),
    Column("city", Text),
    Column("sector", Text),
    Column("profile", Json),
    Column("ui", Json),
    Column("created_at", UTCDateTime, nullable=False),
    Column("seen_at", UTCDateTime, nullable=False),
    Column("started_at", UTCDateTime),
    Column("blocked_at", UTCDateTime),
)

admins = Table(
    "admins", metadata,
    Column("user_id", TelegramId, primary_key=True, autoincrement=False),
    Column("city", Text),
    Column("granted_by", TelegramId, nullable=False),
    Column("granted_at", UTCDateTime, nullable=False),
)

audit = Table(
    "audit", metadata,
    Column("id", RowId, primary_key=True),
    Column("at", UTCDateTime, nullable=False),
    Column("actor", TelegramId),
    Column("action", Text, nullable=False),
    Column("detail", Json),
)

subscriptions = Table(
    "subscriptions", metadata,
    Column("id", RowId, primary_key=True),
    Column("user_id", TelegramId, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("kind", Text, nullable=False),
    Column("target", Text, nullable=False),
    Column("sector", Text, nullable=False, default=""),
    Column("created_at", UTCDateTime, nullable=False),
    UniqueConstraint("user_id", "kind", "target", "sector", name="subscriptions_unique"),
)

dialogs = Table(
    "dialogs", metadata,
    Column("chat_id", TelegramId, primary_key=True, autoincrement=False),
    Column("user_id", TelegramId, primary_key=True, autoincrement=False),
    Column("name", Text, nullable=False),
    Column("data", Json, nullable=False),
    Column("prompt_message_id", BigInteger),
    Column("updated_at", UTCDateTime, nullable=False),
)

card_messages = Table(
    "card_messages", metadata,
    Column("chat_id", TelegramId, primary_key=True, autoincrement=False),
    Column("message_id", BigInteger, primary_key=True, autoincrement=False),
    Column("leaf_id", Text, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)

# ---------------------------------------------------------------------------- windows

windows = Table(
    "windows", metadata,
    Column("guideline", Text, primary_key=True),
    Column("leaf_id", Text, primary_key=True, default=""),
    Column("window", Json, nullable=False),
    Column("set_by", Text, nullable=False),
    Column("set_at", UTCDateTime, nullable=False),
)

window_changes = Table(
    "window_changes", metadata,
    Column("id", RowId, primary_key=True),
    Column("guideline", Text, nullable=False),
    Column("leaf_id", Text, nullable=False, default=""),
    Column("old", Json),
    Column("new", Json, nullable=False),
    Column("set_by", Text, nullable=False),
    Column("set_at", UTCDateTime, nullable=False),
)

# ---------------------------------------------------------------------------- delivery

broadcasts = Table(
    "broadcasts", metadata,
    Column("id", RowId, primary_key=True),
    Column("admin_id", TelegramId, nullable=False),
    Column("audience", Json, nullable=False),
    Column("city", Text),
    Column("text", Text, nullable=False),
    Column("html", Boolean, nullable=False, default=True),
    Column("document", Text),
    Column("state", Text, nullable=False),
    Column("total", Integer, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("finished_at", UTCDateTime),
    Column("progress_chat_id", TelegramId),
    Column("progress_message_id", BigInteger),
)

outbox = Table(
    "outbox", metadata,
    Column("id", RowId, primary_key=True),
    Column("kind", Text, nullable=False),
    Column("dedupe", Text, unique=True),
    Column("channel", Text, nullable=False, default="telegram"),
    Column("user_id", TelegramId),
    Column("chat_id", TelegramId, nullable=False),
    Column("text", Text, nullable=False),
    Column("html", Boolean, nullable=False, default=True),
    Column("document", Text),
    Column("state", Text, nullable=False, default="pending"),
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_at", UTCDateTime, nullable=False),
    Column("error", Text),
    Column("created_at", UTCDateTime, nullable=False),
    Column("sent_at", UTCDateTime),
    Column("broadcast_id", RowId, ForeignKey("broadcasts.id")),
    Column("message_id", BigInteger),
    Column("priority", Integer, nullable=False, default=0),
)

robots = Table(
    "robots", metadata,
    Column("id", RowId, primary_key=True),
    Column("channel", Text, nullable=False),
    Column("webhook", Text, nullable=False),
    Column("secret", Text),
    Column("keyword", Text),
    Column("owner_id", TelegramId, nullable=False),
    Column("lang", Text, nullable=False),
    Column("scope_kind", Text, nullable=False),
    Column("scope_target", Text, nullable=False),
    Column("scope_sector", Text, nullable=False, default=""),
    Column("city", Text),
    Column("bureau", Boolean, nullable=False, default=False),
    Column("state", Text, nullable=False),
    Column("error", Text),
    Column("created_at", UTCDateTime, nullable=False),
    Column("verified_at", UTCDateTime),
    UniqueConstraint("webhook", name="robots_webhook"),
)

reminder_keys = Table(
    "reminder_keys", metadata,
    Column("key", Text, primary_key=True),
    Column("outbox_id", RowId, nullable=False),
)

# ---------------------------------------------------------------------------- support desk

tickets = Table(
    "tickets", metadata,
    Column("id", RowId, primary_key=True),
    Column("user_id", TelegramId, nullable=False),
    Column("user_name", Text, nullable=False),
    Column("username", Text),
    Column("lang", Text, nullable=False),
    Column("origin_chat_id", TelegramId, nullable=False),
    Column("origin_message_id", BigInteger),
    Column("leaf_id", Text),
    Column("context", Text, nullable=False, default=""),
    Column("question", Text, nullable=False),
    Column("status", Text, nullable=False, default="open"),
    Column("support_chat_id", TelegramId, nullable=False),
    Column("post_message_id", BigInteger),
    Column("created_at", UTCDateTime, nullable=False),
    Column("closed_at", UTCDateTime),
    Column("closed_by", TelegramId),
)

ticket_messages = Table(
    "ticket_messages", metadata,
    Column("id", RowId, primary_key=True),
    Column("ticket_id", RowId, ForeignKey("tickets.id", ondelete="CASCADE"), nullable=False),
    Column("role", Text, nullable=False),
    Column("author_id", TelegramId, nullable=False),
    Column("text", Text, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)

ticket_links = Table(
    "ticket_links", metadata,
    Column("chat_id", TelegramId, primary_key=True, autoincrement=False),
    Column("message_id", BigInteger, primary_key=True, autoincrement=False),
    Column("ticket_id", RowId, ForeignKey("tickets.id", ondelete="CASCADE"), nullable=False),
    Column("kind", Text, nullable=False),
)

faqs = Table(
    "faqs", metadata,
    Column("id", RowId, primary_key=True),
    Column("leaf_id", Text, nullable=False),
    Column("question", Text, nullable=False),
    Column("answer", Text, nullable=False),
    Column("ticket_id", RowId),
    Column("created_by", TelegramId, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)

chat_moves = Table(
    "chat_moves", metadata,
    Column("old_chat_id", TelegramId, primary_key=True, autoincrement=False),
    Column("new_chat_id", TelegramId, nullable=False),
    Column("moved_at", UTCDateTime, nullable=False),
)

deep_links = Table(
    "deep_links", metadata,
    Column("token", Text, primary_key=True),
    Column("user_id", TelegramId, nullable=False),
    Column("text", Text, nullable=False),
    Column("keyboard", Json, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)

# ---------------------------------------------------------------------------- processes

updates_seen = Table(
    "updates_seen", metadata,
    Column("update_id", BigInteger, primary_key=True, autoincrement=False),
    Column("state", Text, nullable=False),
    Column("holder", Text, nullable=False),
    Column("at", UTCDateTime, nullable=False),
)

leases = Table(
    "leases", metadata,
    Column("name", Text, primary_key=True),
    Column("holder", Text, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
)

# ---------------------------------------------------------------------------- indexes

Index("leaves_guideline", leaves.c.guideline)
Index("users_username", users.c.username)
Index("subscriptions_target", subscriptions.c.kind, subscriptions.c.target)
Index("outbox_due", outbox.c.state, outbox.c.next_at)
Index("outbox_broadcast", outbox.c.broadcast_id, outbox.c.state)
Index("robots_owner", robots.c.owner_id)
Index("robots_city", robots.c.city, robots.c.state)
Index("tickets_user", tickets.c.user_id, tickets.c.status)
Index("tickets_support", tickets.c.support_chat_id, tickets.c.status)
Index("ticket_messages_author", ticket_messages.c.author_id, ticket_messages.c.role,
      ticket_messages.c.created_at)
Index("faqs_leaf", faqs.c.leaf_id)
Index("updates_seen_at", updates_seen.c.at)
