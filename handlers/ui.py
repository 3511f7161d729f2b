"""Sending and editing: keyboards to markup, long texts split, stale edits tolerated."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from telegram import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    SwitchInlineQueryChosenChat,
    Update,
    User,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot import callback_data as cb
from bot.callback_data import Payload
from bot.i18n import t
from bot.keyboards import Keyboard
from bot.render import split_html

log = logging.getLogger(__name__)


def markup(keyboard: Keyboard | None) -> InlineKeyboardMarkup | None:
    if not keyboard:
        return None
    rows = []
    for row in keyboard:
        buttons = []
        for button in row:
            if button.share is not None:
                buttons.append(InlineKeyboardButton(
                    button.label,
                    switch_inline_query_chosen_chat=SwitchInlineQueryChosenChat(
                        query=button.share, allow_user_chats=True, allow_group_chats=True),
                ))
            else:
                buttons.append(InlineKeyboardButton(button.label, callback_data=button.data))
        rows.append(buttons)
    return InlineKeyboardMarkup(rows)


async def send(update: Update, text: str, keyboard: Keyboard | None = None) -> Message | None:
    """Send HTML to the update's chat, split under 4096; the keyboard goes on the last piece."""
    chat = update.effective_chat
    if chat is None:
        return None
    pieces = split_html(text)
    last: Message | None = None
    for index, piece in enumerate(pieces):
        last = await chat.send_message(
            piece, parse_mode=ParseMode.HTML,
            reply_markup=markup(keyboard) if index == len(pieces) - 1 else None,
            link_preview_options=None,
        )
    return last


async def show(update: Update, text: str, keyboard: Keyboard | None = None) -> None:
    """Replace the pressed message in place (one screen, no scrolling back), else send."""
    query = update.callback_query
    pieces = split_html(text)
    if query is not None and query.message is not None and len(pieces) == 1:
        try:
            await query.edit_message_text(text, parse_mode=ParseMode.HTML,
                                          reply_markup=markup(keyboard))
            return
        except BadRequest as exc:
            if "not modified" in str(exc).lower():
                return
            log.info("could not edit message, sending a new one: %s", exc)
    await send(update, text, keyboard)


async def owned(update: Update, payload: Payload, lang: str) -> bool:
    """A button in a group belongs to whoever started that search; others are told so."""
    user = update.effective_user
    query = update.callback_query
    if payload.owner and user is not None and payload.owner != user.id:
        if query is not None:
            await query.answer(t(lang, "errors.not_your_button"), show_alert=True)
        return False
    return True


async def expired(update: Update, lang: str) -> None:
    if update.callback_query is not None:
        await update.callback_query.answer(t(lang, "errors.expired"), show_alert=True)


@dataclass(frozen=True)
class Press:
    """A valid press of one of the presser's own buttons, with what handlers need."""

    lang: str
    payload: Payload
    query: CallbackQuery
    user: User


async def press(update: Update, lang: str) -> Press | None:
    """`accept`, plus the query and the user, or None (already answered) when unusable."""
    payload = await accept(update, lang)
    query, user = update.callback_query, update.effective_user
    if payload is None or query is None or user is None:
        return None
    return Press(lang, payload, query, user)


async def accept(update: Update, lang: str) -> Payload | None:
    """The pressed button's payload if it is valid and the presser's own; else answered."""
    query = update.callback_query
    payload = cb.parse(query.data if query else None)
    if payload is None:
        await expired(update, lang)
        return None
    if not await owned(update, payload, lang):
        return None
    return payload
