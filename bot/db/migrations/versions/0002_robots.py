"""Group robots: WeCom, Feishu and DingTalk webhook endpoints that notices are delivered to.

Revision ID: 0002_robots
Revises: 0001_baseline
Create Date: 2026-11-30

Their outbox rows use the existing `channel` column (wecom / feishu / dingtalk) with the robot's
id as `chat_id`.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.db.schema import RowId, UTCDateTime

revision = "0002_robots"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "robots",
        sa.Column("id", RowId, primary_key=True),
        sa.Column("channel", sa.Text, nullable=False),
        sa.Column("webhook", sa.Text, nullable=False),
        sa.Column("secret", sa.Text),
        sa.Column("keyword", sa.Text),
        sa.Column("owner_id", sa.BigInteger, nullable=False),
        sa.Column("lang", sa.Text, nullable=False),
        sa.Column("scope_kind", sa.Text, nullable=False),
        sa.Column("scope_target", sa.Text, nullable=False),
        sa.Column("scope_sector", sa.Text, nullable=False),
        sa.Column("city", sa.Text),
        sa.Column("bureau", sa.Boolean, nullable=False),
        sa.Column("state", sa.Text, nullable=False),
        sa.Column("error", sa.Text),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("verified_at", UTCDateTime),
        sa.UniqueConstraint("webhook", name="robots_webhook"),
    )
    op.create_index("robots_owner", "robots", ["owner_id"])
    op.create_index("robots_city", "robots", ["city", "state"])
