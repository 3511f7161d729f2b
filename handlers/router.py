"""One route helper for every kind of button, and who is acting in each update.

`route(Kind, callback)` gives python-telegram-bot a handler for one button kind (bot/buttons.py):
the pattern comes from the kind, the data is parsed into its typed dataclass, a forged or stale
button is answered "expired", a group button pressed by someone other than its owner is answered
"not yours", and only then the callback runs with the typed button. Every button the bot puts in
a group names its owner, so a group press of one that says "anyone's" (owner 0) was forged.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from telegram import Message, Update
from telegram.constants import ChatType, MessageEntityType
from telegram.ext import ApplicationHandlerStop, CallbackQueryHandler, TypeHandler

from bot.buttons import CallbackData
from bot.flows.common import Actor, Reply
from bot.flows.people import Who
from bot.i18n import t
from handlers import ui
from handlers.context import ZhinanContext

B = TypeVar("B", bound=CallbackData)
ButtonCallback = Callable[[Update, ZhinanContext, B], Awaitable[Reply | None]]


def who(update: Update) -> Who | None:
    """The sender of an update and the chat it happened in, as the workflows see them."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or user.is_bot:
        return None
    if chat is None:  # inline queries have no chat: answer as in a private chat
        return Who(user.id, user.first_name, user.username, user.language_code, user.id, True)
    return Who(user.id, user.first_name, user.username, user.language_code, chat.id,
               chat.type == ChatType.PRIVATE, chat.title)


def addressed(message: Message) -> bool:
    """Is this group line the bot's business? The bot is an administrator of its groups and
    Telegram gives admin bots every message ("bot admins always receive all messages"), so
    only a command, a reply to the bot or a mention of it is; ordinary chatter is not even
    recorded."""
    if message.chat.type == ChatType.PRIVATE:
        return True
    if message.text and message.text.startswith("/"):
        return True
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None \
            and replied.from_user.id == message.get_bot().id:
        return True
    username = (message.get_bot().username or "").lower()
    mentions = message.parse_entities([MessageEntityType.MENTION]).values()
    return bool(username) and any(m.lower() == f"@{username}" for m in mentions)


async def track(update: Update, context: ZhinanContext) -> None:
    """First of every update (handler group -2): an edit stops here (it never searches or asks
    twice); otherwise record the user and decide their language."""
    if update.edited_message is not None or update.edited_channel_post is not None:
        raise ApplicationHandlerStop
    message = update.message
    if message is not None and not addressed(message):
        return  # group chatter: no actor, so nothing answers it
    await context.core.refresh()  # another process may have published a guideline
    sender = who(update)
    if sender is not None:
        context.actor, step = await context.flows.people.actor_and_step(sender)
        context.step = step


def tracker() -> TypeHandler[Update, ZhinanContext, None]:
    return TypeHandler(Update, track)


def route(kind: type[B], callback: ButtonCallback[B]) -> CallbackQueryHandler[ZhinanContext, Any]:
    """The handler for one kind of button: parse, check the owner, run, show the reply."""

    async def handle(update: Update, context: ZhinanContext) -> None:
        if not context.has_actor or update.callback_query is None:
            return
        actor = context.actor
        data = kind.unpack(update.callback_query.data)
        if data is None:
            await ui.answer(update, Reply.say(t(actor.lang, "errors.expired"), alert=True))
            return
        owner = getattr(data, "owner", None)
        if owner == 0 and not actor.private:
            await ui.answer(update, Reply.say(t(actor.lang, "errors.expired"), alert=True))
            return
        if owner and owner != actor.user_id:
            await ui.answer(update, Reply.say(t(actor.lang, "errors.not_your_button"),
                                              alert=True))
            return
        await ui.present(update, context, await callback(update, context, data))

    return CallbackQueryHandler(handle, pattern=kind.pattern())


def actor(context: ZhinanContext) -> Actor:
    return context.actor
