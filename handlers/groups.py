"""The bot in groups and supergroups: long lists sent privately (or a deep link to them),
mentions, private-only commands, and groups that become supergroups.

The bot is an administrator in its groups, so it receives every message there; only those
addressed to it (handlers/addressing.py) are its business. Everything here also works for a
member bot in privacy mode, which receives commands and replies to its own messages only.
"""

from __future__ import annotations

import asyncio
import logging
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, ReplyParameters, Update
from telegram.constants import ChatType, ParseMode
from telegram.error import ChatMigrated, Forbidden
from telegram.ext import BaseHandler, CommandHandler, MessageHandler, filters

from bot import render, support
from bot.i18n import t
from bot.keyboards import Keyboard
from bot.support import SupportDesk
from handlers import ui
from handlers.addressing import MENTIONS_BOT
from handlers.context import ZhinanContext

log = logging.getLogger("zhinan.groups")
LINK_PREFIX = "z"
_START_LINK = re.compile(rf"^/start(?:@\w+)?\s+{LINK_PREFIX}([0-9a-f]{{16}})\s*$")


def desk(context: ZhinanContext) -> SupportDesk:
    """The support desk over the bot's store, made once per application."""
    found = context.application.bot_data.get("support_desk")
    if not isinstance(found, SupportDesk):
        found = SupportDesk(context.services.store)
        context.application.bot_data["support_desk"] = found
    return found


def _migration_lock(context: ZhinanContext) -> asyncio.Lock:
    lock = context.application.bot_data.get("migration_lock")
    if not isinstance(lock, asyncio.Lock):
        lock = asyncio.Lock()
        context.application.bot_data["migration_lock"] = lock
    return lock


# --------------------------------------------------------------------------- private or link


async def send_private(context: ZhinanContext, user_id: int, text: str,
                       keyboard: Keyboard | None) -> None:
    """Send HTML to a user's private chat, split under the limit, keyboard on the last piece."""
    pieces = render.split_html(text)
    for index, piece in enumerate(pieces):
        await context.bot.send_message(
            user_id, piece, parse_mode=ParseMode.HTML,
            reply_markup=ui.markup(keyboard) if index == len(pieces) - 1 else None)


async def private_or_link(update: Update, context: ZhinanContext, text: str,
                          keyboard: Keyboard | None) -> None:
    """In a group, send a long answer to the user privately (a short note stays in the group);
    to a user the bot cannot write to (never started it, or blocked it), a deep link that
    opens it privately. In a private chat, just send it."""
    chat, user, message = update.effective_chat, update.effective_user, update.effective_message
    if chat is None or user is None or message is None or chat.type == ChatType.PRIVATE:
        await ui.send(update, text, keyboard)
        return
    lang = context.lang(update)
    services = context.services
    if await asyncio.to_thread(services.state.is_reachable, user.id):
        try:
            await send_private(context, user.id, text, keyboard)
        except Forbidden as exc:  # blocked us since we last heard from them
            log.info("cannot write to user %s privately: %s", user.id, exc)
            await asyncio.to_thread(services.state.mark_blocked, user.id, services.now())
        else:
            await message.reply_text(t(lang, "groups.sent_privately",
                                       name=render.esc(user.first_name)),
                                     parse_mode=ParseMode.HTML)
            return
    token = await asyncio.to_thread(desk(context).save_link, user.id, text, keyboard or [],
                                    services.now())
    url = f"https://t.me/{context.bot.username}?start={LINK_PREFIX}{token}"
    button = InlineKeyboardButton(t(lang, "groups.open_button"), url=url)
    await message.reply_text(t(lang, "groups.open_privately", name=render.esc(user.first_name)),
                             parse_mode=ParseMode.HTML,
                             reply_markup=InlineKeyboardMarkup([[button]]))


async def on_start_link(update: Update, context: ZhinanContext) -> None:
    """/start z<token> from a group's deep link: show what was kept for this user."""
    message, user = update.effective_message, update.effective_user
    match = _START_LINK.match(message.text or "") if message else None
    if match is None or user is None:
        return
    kept = await asyncio.to_thread(desk(context).load_link, match.group(1), user.id)
    if kept is None:
        await ui.send(update, t(context.lang(update), "groups.link_expired"))
        return
    await ui.send(update, *kept)


# --------------------------------------------------------------------------- private only

PRIVATE_ONLY = ("profile", "broadcast", "window")  # their answers do not belong in a group


async def point_to_private(update: Update, context: ZhinanContext, command: str) -> None:
    """Say that `command` works in a private chat, with a button that opens it."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return
    lang = context.lang(update)
    button = InlineKeyboardButton(t(lang, "groups.open_chat"),
                                  url=f"https://t.me/{context.bot.username}")
    text = t(lang, "groups.private_only", name=user.mention_html(), command=f"/{command}")
    await chat.send_message(text, parse_mode=ParseMode.HTML,
                            reply_markup=InlineKeyboardMarkup([[button]]))


async def on_private_only(update: Update, context: ZhinanContext) -> None:
    """/profile, /broadcast or /window in a group."""
    message = update.effective_message
    command = (message.text or "").split()[0].lstrip("/").split("@")[0] if message else ""
    await point_to_private(update, context, command)


# --------------------------------------------------------------------------- migration


async def send_following(context: ZhinanContext, chat_id: int, text: str,
                         keyboard: Keyboard | None = None,
                         reply_to: int | None = None) -> Message:
    """Send HTML to a group that may have become a supergroup: follow recorded moves, and on
    ChatMigrated record the move and send again to the new id (unthreaded: message ids do not
    carry over)."""
    target = await asyncio.to_thread(desk(context).resolve_chat, chat_id)
    if target != chat_id:
        reply_to = None
    for _ in range(3):
        try:
            return await context.bot.send_message(
                target, text, parse_mode=ParseMode.HTML, reply_markup=ui.markup(keyboard),
                reply_parameters=ReplyParameters(reply_to, allow_sending_without_reply=True)
                if reply_to else None)
        except ChatMigrated as exc:
            await follow_migration(context, target, exc.new_chat_id)
            target, reply_to = exc.new_chat_id, None
    raise RuntimeError(f"chat {chat_id} keeps migrating")


async def follow_migration(context: ZhinanContext, old: int, new: int) -> None:
    """A group became a supergroup: move stored ids (tickets, queued messages) and post
    open tickets again in the new chat, whose staff cannot reply to the old posts."""
    services = context.services
    async with _migration_lock(context):
        stranded = await asyncio.to_thread(desk(context).move_chat, old, new, services.now())
        await asyncio.to_thread(services.state.move_chat, old, new)
    if stranded:
        log.info("chat %s migrated to %s: reposting %d open ticket(s)", old, new, len(stranded))
    for ticket_id in stranded:
        await repost_ticket(context, ticket_id)


async def repost_ticket(context: ZhinanContext, ticket_id: int) -> None:
    """Post a ticket (again) in its support chat and link the new post to it."""
    office = desk(context)
    ticket = await asyncio.to_thread(office.ticket, ticket_id)
    if ticket is None:
        return
    leaf = context.services.catalogue.by_id.get(ticket.leaf_id or "")
    answered = await asyncio.to_thread(office.last_staff_answer, ticket.id) is not None
    posted = await send_following(context, ticket.support_chat_id,
                                  support.ticket_post(ticket, leaf),
                                  support.ticket_keyboard(ticket, answered))
    await asyncio.to_thread(office.set_post, ticket.id, posted.chat_id, posted.message_id)


async def on_migrate(update: Update, context: ZhinanContext) -> None:
    """The service message of a group → supergroup upgrade (sent in both chats)."""
    message = update.effective_message
    if message is None:
        return
    if message.migrate_to_chat_id:
        await follow_migration(context, message.chat_id, message.migrate_to_chat_id)
    elif message.migrate_from_chat_id:
        await follow_migration(context, message.migrate_from_chat_id, message.chat_id)


# --------------------------------------------------------------------------- mentions


async def on_mention(update: Update, context: ZhinanContext) -> None:
    """"@zhinan_bot 锂电池 南宁" in a group: search, as /search would."""
    from handlers import search  # search sends its results through this module

    message = update.effective_message
    if message is None or not message.text:
        return
    text = re.sub(rf"@{re.escape(context.bot.username or '')}", " ", message.text,
                  flags=re.IGNORECASE).strip()
    if not text:
        await ui.send(update, t(context.lang(update), "search.prompt"))
        return
    await search.run_search(update, context, text)


def handlers() -> list[BaseHandler[Update, ZhinanContext, None]]:
    return [
        CommandHandler("start", on_start_link,
                       filters=filters.ChatType.PRIVATE & filters.Regex(_START_LINK)),
        MessageHandler(filters.StatusUpdate.MIGRATE, on_migrate),
        CommandHandler(PRIVATE_ONLY, on_private_only, filters=filters.ChatType.GROUPS),
        MessageHandler(filters.ChatType.GROUPS & filters.TEXT & ~filters.COMMAND & ~filters.REPLY
                       & MENTIONS_BOT, on_mention),
    ]
