"""Showing a workflow's Reply in the chat the update came from.

The pressed button is answered (with the reply's toast, if any); the first screen replaces the
pressed message when it can (one screen, no scrolling back), the rest are sent. A sent card is
recorded as showing its direction (replies to it are questions about it), and a screen that
asks for a typed answer becomes the prompt the dialog step waits on.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, TelegramError

from bot.channels.telegram import NO_PREVIEW, markup
from bot.flows.common import Reply, Screen
from bot.messenger import Sent
from bot.render import split_html
from handlers.context import ZhinanContext

log = logging.getLogger(__name__)


async def answer(update: Update, reply: Reply) -> None:
    """Answer the pressed button (Telegram shows a spinner until it is answered)."""
    query = update.callback_query
    if query is None:
        return
    try:
        await query.answer(reply.toast[:200] if reply.toast else None, show_alert=reply.alert)
    except BadRequest as exc:  # too old: the user pressed long ago; the screens still show
        log.info("callback not answered: %s", exc)


async def present(update: Update, context: ZhinanContext, reply: Reply | None) -> None:
    """Answer the button, then show the screens in order."""
    if reply is None:
        return
    await answer(update, reply)
    for index, screen in enumerate(reply.screens):
        edited = index == 0 and reply.edit and await _edit(update, context, screen)
        if not edited:
            await _send(update, context, screen)


async def _edit(update: Update, context: ZhinanContext, screen: Screen) -> bool:
    query = update.callback_query
    if (query is None or query.message is None or screen.document is not None
            or screen.prompt is not None or len(split_html(screen.text)) > 1):
        return False
    try:
        await query.edit_message_text(screen.text, parse_mode=ParseMode.HTML if screen.html
                                      else None, reply_markup=markup(screen.keyboard),
                                      link_preview_options=NO_PREVIEW)
    except BadRequest as exc:
        if "not modified" in str(exc).lower():
            return True
        log.info("could not edit message, sending a new one: %s", exc)
        return False
    await _remember(context, screen, Sent(query.message.chat.id, query.message.message_id))
    return True


async def _send(update: Update, context: ZhinanContext, screen: Screen) -> None:
    chat = update.effective_chat
    if chat is None:
        return
    messenger = context.core.messenger
    if screen.document is not None:
        data = screen.document
        sent = await messenger.send_document(chat.id, data, filename=screen.filename,
                                             caption=screen.text or None, html=screen.html,
                                             keyboard=screen.keyboard)
    else:
        sent = await messenger.send(chat.id, screen.text, screen.keyboard, html=screen.html,
                                    reply_to=screen.reply_to, prompt=screen.prompt)
    await _remember(context, screen, sent)


async def _remember(context: ZhinanContext, screen: Screen, sent: Sent) -> None:
    storage, now = context.core.storage, context.core.now()
    if screen.card is not None:
        await storage.dialogs.remember_card(sent.chat_id, sent.message_id, screen.card, now)
    if screen.prompt is not None and context.has_actor:
        await storage.dialogs.set_prompt(sent.chat_id, context.actor.user_id, sent.message_id)


async def tell(update: Update, context: ZhinanContext, text: str) -> None:
    """A one-line answer outside any workflow (errors): best effort."""
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(text[:200], show_alert=True)
        elif update.effective_chat is not None:
            await update.effective_chat.send_message(text)
    except TelegramError:  # the chat may be unreachable; the caller logged what matters
        log.debug("could not tell the user", exc_info=True)
