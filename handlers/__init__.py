"""python-telegram-bot handlers, one module per feature; thin: parse, call bot/, render, reply.

Registration order matters: PTB runs the first matching handler of a group. The conversations
(writing a broadcast, typing a budget) come first so text typed at those steps is not taken as
a search; free text (search) comes after every command; the catch-all for unknown buttons
comes last.
"""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop, BaseHandler, MessageHandler, filters

from handlers import (
    admin,
    broadcast,
    browse,
    card,
    errors,
    groups,
    inline,
    profile,
    search,
    start,
    subscriptions,
    support,
    windows,
)
from handlers.context import ZhinanContext

# groups before start: its /start <deep link> must win over the greeting. support before
# search: replies to the bot (follow-ups on cards, ticket threads) and the ask-a-person
# question step must not be taken as searches.
FEATURES = (broadcast, windows, profile, browse, groups, start, admin, card, subscriptions,
            support, search, inline, errors)


async def ignore_edit(update: Update, context: ZhinanContext) -> None:
    """An edited message changes nothing: the answer to the original stands, and answering
    again would be a second answer. (The bot does not ask for edits; this catches those
    Telegram queued before it stopped asking.)"""
    raise ApplicationHandlerStop


def register(application: Application) -> None:
    """Add every feature's handlers in order, and the error handler."""
    application.add_handler(MessageHandler(filters.UpdateType.EDITED, ignore_edit), group=-2)
    application.add_handler(subscriptions.tracker(), group=-1)  # sees every update first
    for feature in FEATURES:
        handlers: list[BaseHandler[Update, ZhinanContext, Any]] = feature.handlers()
        application.add_handlers(handlers)
    application.add_error_handler(errors.on_error)
