"""Asking a person and the support group: /ask, 🙋, replies to the bot in groups, /tickets,
/close, /faq and the ticket buttons."""

from __future__ import annotations

from typing import Any

from telegram import Message, Update
from telegram.ext import BaseHandler, CommandHandler, MessageHandler, filters

from bot import buttons as b
from bot.flows.common import Reply
from bot.flows.desk import Message as DeskMessage
from handlers import ui
from handlers.context import ZhinanContext
from handlers.router import route


class _RepliesToBot(filters.MessageFilter):
    """A message replying to one of this bot's own messages."""

    def filter(self, message: Message) -> bool:
        replied = message.reply_to_message
        sender = replied.from_user if replied is not None else None
        return sender is not None and sender.id == message.get_bot().id


def _message(update: Update) -> DeskMessage | None:
    message = update.effective_message
    if message is None:
        return None
    replied = message.reply_to_message
    return DeskMessage(message.message_id, message.text or "",
                       replied.message_id if replied else None)


async def ask(update: Update, context: ZhinanContext) -> None:
    """/ask [question] — about the card it replies to, if it does."""
    message = _message(update)
    if message is not None:
        await ui.present(update, context, await context.flows.desk.ask_command(
            context.actor, " ".join(context.args or []), message))


async def on_ask(update: Update, context: ZhinanContext, data: b.Ask) -> Reply:
    return await context.flows.desk.ask_button(context.actor, data.leaf, human=False)


async def on_human(update: Update, context: ZhinanContext, data: b.Human) -> Reply:
    return await context.flows.desk.ask_button(context.actor, data.leaf, human=True)


async def on_group_reply(update: Update, context: ZhinanContext) -> None:
    """A reply to the bot in a group: staff answering a ticket, a user adding to one, a
    question about a card."""
    message = _message(update)
    if message is not None:
        await ui.present(update, context, await context.flows.desk.reply(context.actor, message))


async def tickets(update: Update, context: ZhinanContext) -> None:
    await ui.present(update, context, await context.flows.desk.tickets(context.actor))


async def close(update: Update, context: ZhinanContext) -> None:
    message = _message(update)
    await ui.present(update, context, await context.flows.desk.staff_command(
        context.actor, "close", context.args or [], message.reply_to if message else None))


async def faq(update: Update, context: ZhinanContext) -> None:
    message = _message(update)
    await ui.present(update, context, await context.flows.desk.staff_command(
        context.actor, "faq", context.args or [], message.reply_to if message else None))


async def on_close(update: Update, context: ZhinanContext, data: b.CloseTicket) -> Reply:
    return await context.flows.desk.staff_button(context.actor, "close", data.ticket)


async def on_faq(update: Update, context: ZhinanContext, data: b.SaveFaq) -> Reply:
    return await context.flows.desk.staff_button(context.actor, "faq", data.ticket)


def handlers() -> list[BaseHandler[Update, ZhinanContext, Any]]:
    new = filters.UpdateType.MESSAGE
    return [
        CommandHandler("ask", ask, filters=new),
        route(b.Ask, on_ask), route(b.Human, on_human),
        CommandHandler("tickets", tickets), CommandHandler("close", close, filters=new),
        CommandHandler("faq", faq, filters=new),
        route(b.CloseTicket, on_close), route(b.SaveFaq, on_faq),
        MessageHandler(filters.ChatType.GROUPS & filters.TEXT & ~filters.COMMAND & new
                       & _RepliesToBot(), on_group_reply),
    ]
