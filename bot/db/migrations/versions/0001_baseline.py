"""Baseline: the catalogue, people, windows, the outbox, the support desk and process state.

Revision ID: 0001_baseline
Revises:
Create Date: 2026-11-30

Written out column by column (never derived from the models of the day), so this revision
creates the same tables whatever the code around it becomes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.db.schema import Json, RowId, UTCDateTime

revision = "0001_baseline"
down_revision = None
branch_labels = None
depends_on = None

Id = sa.BigInteger  # Telegram ids


def upgrade() -> None:
    _catalogue()
    _people()
    _windows()
    _delivery()
    _support()
    _processes()


def _catalogue() -> None:
    op.create_table(
        "catalogue_state",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("published_at", UTCDateTime, nullable=False),
    )
    op.create_table(
        "guidelines",
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("city", sa.Text, nullable=False),
        sa.Column("city_en", sa.Text, nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("meta", Json, nullable=False),
        sa.Column("leaf_count", sa.Integer, nullable=False),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("digest", sa.Text, nullable=False),
        sa.Column("published_at", UTCDateTime, nullable=False),
    )
    op.create_table(
        "leaves",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("guideline", sa.Text, sa.ForeignKey("guidelines.key", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("city", sa.Text, nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("data", Json, nullable=False),
    )
    op.create_index("leaves_guideline", "leaves", ["guideline"])


def _people() -> None:
    op.create_table(
        "users",
        sa.Column("id", Id, primary_key=True, autoincrement=False),
        sa.Column("first_name", sa.Text),
        sa.Column("username", sa.Text),
        sa.Column("lang", sa.Text),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("muted", sa.Boolean, nullable=False),
        sa.Column("ladder", sa.Text),
        sa.Column("city", sa.Text),
        sa.Column("sector", sa.Text),
        sa.Column("profile", Json),
        sa.Column("ui", Json),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("seen_at", UTCDateTime, nullable=False),
        sa.Column("started_at", UTCDateTime),
        sa.Column("blocked_at", UTCDateTime),
    )
    op.create_index("users_username", "users", ["username"])
    op.create_table(
        "admins",
        sa.Column("user_id", Id, primary_key=True, autoincrement=False),
        sa.Column("city", sa.Text),
        sa.Column("granted_by", Id, nullable=False),
        sa.Column("granted_at", UTCDateTime, nullable=False),
    )
    op.create_table(
        "audit",
        sa.Column("id", RowId, primary_key=True),
        sa.Column("at", UTCDateTime, nullable=False),
        sa.Column("actor", Id),
        sa.Column("action", sa.Text, nullable=False),
        sa.Column("detail", Json),
    )
    op.create_table(
        "subscriptions",
        sa.Column("id", RowId, primary_key=True),
        sa.Column("user_id", Id, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("target", sa.Text, nullable=False),
        sa.Column("sector", sa.Text, nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.UniqueConstraint("user_id", "kind", "target", "sector", name="subscriptions_unique"),
    )
    op.create_index("subscriptions_target", "subscriptions", ["kind", "target"])
    op.create_table(
        "dialogs",
        sa.Column("chat_id", Id, primary_key=True, autoincrement=False),
        sa.Column("user_id", Id, primary_key=True, autoincrement=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("data", Json, nullable=False),
        sa.Column("prompt_message_id", sa.BigInteger),
        sa.Column("updated_at", UTCDateTime, nullable=False),
    )
    op.create_table(
        "card_messages",
        sa.Column("chat_id", Id, primary_key=True, autoincrement=False),
        sa.Column("message_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("leaf_id", sa.Text, nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
    )


def _windows() -> None:
    op.create_table(
        "windows",
        sa.Column("guideline", sa.Text, primary_key=True),
        sa.Column("leaf_id", sa.Text, primary_key=True),
        sa.Column("window", Json, nullable=False),
        sa.Column("set_by", sa.Text, nullable=False),
        sa.Column("set_at", UTCDateTime, nullable=False),
    )
    op.create_table(
        "window_changes",
        sa.Column("id", RowId, primary_key=True),
        sa.Column("guideline", sa.Text, nullable=False),
        sa.Column("leaf_id", sa.Text, nullable=False),
        sa.Column("old", Json),
        sa.Column("new", Json, nullable=False),
        sa.Column("set_by", sa.Text, nullable=False),
        sa.Column("set_at", UTCDateTime, nullable=False),
    )


def _delivery() -> None:
    op.create_table(
        "broadcasts",
        sa.Column("id", RowId, primary_key=True),
        sa.Column("admin_id", Id, nullable=False),
        sa.Column("audience", Json, nullable=False),
        sa.Column("city", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("html", sa.Boolean, nullable=False),
        sa.Column("document", sa.Text),
        sa.Column("state", sa.Text, nullable=False),
        sa.Column("total", sa.Integer, nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("finished_at", UTCDateTime),
        sa.Column("progress_chat_id", Id),
        sa.Column("progress_message_id", sa.BigInteger),
    )
    op.create_table(
        "outbox",
        sa.Column("id", RowId, primary_key=True),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("dedupe", sa.Text, unique=True),
        sa.Column("channel", sa.Text, nullable=False),
        sa.Column("user_id", Id),
        sa.Column("chat_id", Id, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("html", sa.Boolean, nullable=False),
        sa.Column("document", sa.Text),
        sa.Column("state", sa.Text, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("next_at", UTCDateTime, nullable=False),
        sa.Column("error", sa.Text),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("sent_at", UTCDateTime),
        sa.Column("broadcast_id", RowId, sa.ForeignKey("broadcasts.id")),
        sa.Column("message_id", sa.BigInteger),
        sa.Column("priority", sa.Integer, nullable=False),
    )
    op.create_index("outbox_due", "outbox", ["state", "next_at"])
    op.create_index("outbox_broadcast", "outbox", ["broadcast_id", "state"])
    op.create_table(
        "reminder_keys",
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("outbox_id", RowId, nullable=False),
    )


def _support() -> None:
    op.create_table(
        "tickets",
        sa.Column("id", RowId, primary_key=True),
        sa.Column("user_id", Id, nullable=False),
        sa.Column("user_name", sa.Text, nullable=False),
        sa.Column("username", sa.Text),
        sa.Column("lang", sa.Text, nullable=False),
        sa.Column("origin_chat_id", Id, nullable=False),
        sa.Column("origin_message_id", sa.BigInteger),
        sa.Column("leaf_id", sa.Text),
        sa.Column("context", sa.Text, nullable=False),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("support_chat_id", Id, nullable=False),
        sa.Column("post_message_id", sa.BigInteger),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("closed_at", UTCDateTime),
        sa.Column("closed_by", Id),
    )
    op.create_index("tickets_user", "tickets", ["user_id", "status"])
    op.create_index("tickets_support", "tickets", ["support_chat_id", "status"])
    op.create_table(
        "ticket_messages",
        sa.Column("id", RowId, primary_key=True),
        sa.Column("ticket_id", RowId, sa.ForeignKey("tickets.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("role", sa.Text, nullable=False),
        sa.Column("author_id", Id, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
    )
    op.create_index("ticket_messages_author", "ticket_messages",
                    ["author_id", "role", "created_at"])
    op.create_table(
        "ticket_links",
        sa.Column("chat_id", Id, primary_key=True, autoincrement=False),
        sa.Column("message_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("ticket_id", RowId, sa.ForeignKey("tickets.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
    )
    op.create_table(
        "faqs",
        sa.Column("id", RowId, primary_key=True),
        sa.Column("leaf_id", sa.Text, nullable=False),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("answer", sa.Text, nullable=False),
        sa.Column("ticket_id", RowId),
        sa.Column("created_by", Id, nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
    )
    op.create_index("faqs_leaf", "faqs", ["leaf_id"])
    op.create_table(
        "chat_moves",
        sa.Column("old_chat_id", Id, primary_key=True, autoincrement=False),
        sa.Column("new_chat_id", Id, nullable=False),
        sa.Column("moved_at", UTCDateTime, nullable=False),
    )
    op.create_table(
        "deep_links",
        sa.Column("token", sa.Text, primary_key=True),
        sa.Column("user_id", Id, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("keyboard", Json, nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
    )


def _processes() -> None:
    op.create_table(
        "updates_seen",
        sa.Column("update_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("state", sa.Text, nullable=False),
        sa.Column("holder", sa.Text, nullable=False),
        sa.Column("at", UTCDateTime, nullable=False),
    )
    op.create_index("updates_seen_at", "updates_seen", ["at"])
    op.create_table(
        "leases",
        sa.Column("name", sa.Text, primary_key=True),
        sa.Column("holder", sa.Text, nullable=False),
        sa.Column("expires_at", UTCDateTime, nullable=False),
    )
