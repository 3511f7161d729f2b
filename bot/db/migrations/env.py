"""Alembic's environment, used only through bot.db.migrate: the caller passes a connection
already inside its transaction, so every pending revision applies atomically."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=None,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters by copying the table
)
with context.begin_transaction():
    context.run_migrations()
