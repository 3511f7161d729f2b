"""Free text in a private chat, /search TEXT anywhere, @mentions in groups: questions answered
(bot.flows.search); the pages of an answer and its ✖ buttons."""

from __future__ import annotations

import re
from typing import Any

from telegram import Message, Update
from telegram.constants import MessageEntityType
from telegram.ext import BaseHandler, CommandHandler, MessageHandler, filters

from bot import buttons as b
from bot.flows.common import Reply
from bot.flows.desk import Message as DeskMessage
from handlers import ui
from handlers.context import ZhinanContext
from handlers.router import route


async def on_text(update: Update, context: ZhinanContext) -> None:
    """Typed in a private chat: a reply to a card is a question about it; anything else is a
    search."""
    message = update.effective_message
    if message is None or not message.text:
        return
    reply = message.reply_to_message
    if reply is not None:
        routed = await context.flows.desk.reply(context.actor, DeskMessage(
            message.message_id, message.text, reply.message_id))
        if routed is not None:
            await ui.present(update, context, routed)
            return
    await ui.present(update, context, await context.flows.search.run(context.actor,
                                                                     message.text))


async def search_command(update: Update, context: ZhinanContext) -> None:
    """/search 锂电池 南宁 — works in groups too, where plain text is not the bot's."""
    await ui.present(update, context, await context.flows.search.run(
        context.actor, " ".join(context.args or [])))


class _MentionsBot(filters.MessageFilter):
    """Text that mentions this bot by @username."""

    def filter(self, message: Message) -> bool:
        username = (message.get_bot().username or "").lower()
        mentions = message.parse_entities([MessageEntityType.MENTION]).values()
        return bool(username) and any(m.lower() == f"@{username}" for m in mentions)


async def on_mention(update: Update, context: ZhinanContext) -> None:
    """"@zhinan_bot 锂电池 南宁" in a group: search, as /search would."""
    message = update.effective_message
    if message is None or not message.text:
        return
    text = re.sub(rf"@{re.escape(context.bot.username or '')}", " ", message.text,
                  flags=re.IGNORECASE)
    await ui.present(update, context, await context.flows.search.run(context.actor, text))


async def on_page(update: Update, context: ZhinanContext, data: b.SearchPage) -> Reply:
    return await context.flows.search.page(context.actor, data.page)


async def on_refine(update: Update, context: ZhinanContext, data: b.Refine) -> Reply:
    return await context.flows.search.refine(context.actor, data.drop)


def handlers() -> list[BaseHandler[Update, ZhinanContext, Any]]:
    new = filters.UpdateType.MESSAGE  # an edited message does not search a second time
    return [
        CommandHandler("search", search_command, filters=new),
        route(b.SearchPage, on_page),
        route(b.Refine, on_refine),
        MessageHandler(filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND & new,
                       on_text),
        MessageHandler(filters.ChatType.GROUPS & filters.TEXT & ~filters.COMMAND & new
                       & _MentionsBot(), on_mention),
    ]
