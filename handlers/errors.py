"""The one error handler, and the last word on any button no other handler claimed."""

from __future__ import annotations

import logging
from typing import Any

from telegram import Update
from telegram.error import Forbidden
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.i18n import DEFAULT, t
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
    """Log with traceback; tell the user something went wrong, unless they blocked us."""
    error = context.error
    if isinstance(error, Forbidden):
        log.info("user blocked the bot or left the chat: %s", error)
        return
    log.error("update %s failed", getattr(update, "update_id", "?"), exc_info=error)
    if isinstance(update, Update):
        await ui.tell(update, context, t(_lang(context), "errors.internal"))


def handlers() -> list[BaseHandler[Update, ZhinanContext, Any]]:
    return [CallbackQueryHandler(on_unknown_button)]
