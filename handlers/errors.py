"""The one error handler, and the last word on any button no other handler claimed.

A reply Telegram did not take is not a bug: it is logged once, in one line, and the user is
told only what helps — a user who blocked the bot is recorded as unreachable (and told
nothing); a reply that may have arrived (no answer in time) or was refused for flooding is
not followed by "something went wrong"; after a 5xx, which delivered nothing, they are asked
to try again. Everything else is a bug: logged with its traceback, the user told.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.channels.telegram import translate
from bot.i18n import DEFAULT, t
from bot.messenger import DeliveryError, Refused, Transient, Unreachable
from handlers import ui
from handlers.context import ZhinanContext

log = logging.getLogger("zhinan.errors")


def _lang(context: ZhinanContext) -> str:
    return context.actor.lang if context.has_actor else DEFAULT


async def on_unknown_button(update: Update, context: ZhinanContext) -> None:
    """Forged, stale or foreign-version buttons: answered politely, nothing else happens."""
    if update.callback_query is not None:
        await ui.tell(update, context, t(_lang(context), "errors.expired"))


async def on_error(update: object, context: ZhinanContext) -> None:
    """A reply Telegram did not take: see the module docstring. Anything else: log with
    traceback and tell the user something went wrong."""
    error = context.error
    failed = translate(error) if isinstance(error, TelegramError) else error
    if isinstance(failed, DeliveryError) and not isinstance(failed, Refused):
        await _not_delivered(update, context, failed)
        return
    log.error("update %s failed", getattr(update, "update_id", "?"), exc_info=error)
    if isinstance(update, Update):
        await ui.tell(update, context, t(_lang(context), "errors.internal"))


async def _not_delivered(update: object, context: ZhinanContext, error: DeliveryError) -> None:
    chat = update.effective_chat if isinstance(update, Update) else None
    where = chat.id if chat is not None else "?"
    if isinstance(error, Unreachable):
        log.info("reply to chat %s not delivered (blocked or left): %s", where, error)
        user = update.effective_user if isinstance(update, Update) else None
        if chat is not None and chat.type == ChatType.PRIVATE and user is not None:
            await context.flows.people.unreachable(user.id)  # their private chat: blocked
        return
    log.warning("reply to chat %s not delivered (%s): %s", where, type(error).__name__, error)
    if isinstance(error, Transient) and isinstance(update, Update):
        await ui.tell(update, context, t(_lang(context), "errors.internal"))


def handlers() -> list[BaseHandler[Update, ZhinanContext, Any]]:
    return [CallbackQueryHandler(on_unknown_button)]
