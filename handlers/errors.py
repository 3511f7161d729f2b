"""The one error handler, and the last word on any button no other handler claimed."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.i18n import t
from handlers import ui
from handlers.context import ZhinanContext

log = logging.getLogger("zhinan.errors")


async def on_unknown_button(update: Update, context: ZhinanContext) -> None:
    """Forged, stale or foreign-version buttons: answered politely, nothing else happens."""
    await ui.expired(update, context.lang(update))


async def on_error(update: object, context: ZhinanContext) -> None:
    """Log with traceback; tell the user something went wrong, unless they blocked us."""
    error = context.error
    if isinstance(error, Forbidden):
        log.info("user blocked the bot or left the chat: %s", error)
        return
    log.error("update %s failed", getattr(update, "update_id", "?"), exc_info=error)
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            if update.callback_query is not None:
                await update.callback_query.answer(t(context.lang(update), "errors.internal"),
                                                   show_alert=True)
            else:
                await update.effective_chat.send_message(t(context.lang(update),
                                                           "errors.internal"))
        except Exception:  # the chat may be unreachable; the original error is logged
            log.debug("could not tell the user about the error", exc_info=True)


def handlers() -> list[BaseHandler[Update, ZhinanContext, None]]:
    return [CallbackQueryHandler(on_unknown_button)]
