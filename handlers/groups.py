"""Groups that become supergroups: the service message moves tickets and queued messages."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, MessageHandler, filters

from handlers.context import ZhinanContext


async def on_migrate(update: Update, context: ZhinanContext) -> None:
    """The service message of a group → supergroup upgrade (sent in both chats)."""
    message = update.effective_message
    if message is None:
        return
    if message.migrate_to_chat_id:
        await context.flows.desk.chat_moved(message.chat_id, message.migrate_to_chat_id)
    elif message.migrate_from_chat_id:
        await context.flows.desk.chat_moved(message.migrate_from_chat_id, message.chat_id)


def handlers() -> list[BaseHandler[Update, ZhinanContext, Any]]:
    return [MessageHandler(filters.StatusUpdate.MIGRATE, on_migrate)]
