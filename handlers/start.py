"""/start, /help, /language, /forget, the main menu, unknown commands and files nobody asked
for."""

from __future__ import annotations

import re
from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler, MessageHandler, filters

from bot import buttons as b
from bot.buttons import Facets
from bot.flows.common import Reply, Screen
from bot.flows.privately import LINK_PREFIX, open_link
from bot.i18n import t
from handlers import ui
from handlers.context import ZhinanContext
from handlers.router import route

_START_LINK = re.compile(rf"^/start(?:@\w+)?\s+{LINK_PREFIX}([0-9a-f]{{16}})\s*$")


async def start(update: Update, context: ZhinanContext) -> None:
    """Greet in the user's language and offer the main paths (or open a group's deep link)."""
    message = update.effective_message
    match = _START_LINK.match(message.text or "") if message else None
    if match is not None and context.actor.private:
        await ui.present(update, context, await open_link(context.core, context.actor,
                                                          match.group(1)))
        return
    await ui.present(update, context, context.flows.people.start(context.actor))


async def help_command(update: Update, context: ZhinanContext) -> None:
    await ui.present(update, context, await context.flows.people.help(context.actor))


async def language(update: Update, context: ZhinanContext) -> None:
    await ui.present(update, context, context.flows.people.choose_language(context.actor))


async def forget(update: Update, context: ZhinanContext) -> None:
    await ui.present(update, context, context.flows.people.ask_forget(context.actor))


async def on_confirm(update: Update, context: ZhinanContext, data: b.Confirm) -> Reply:
    return await context.flows.people.forget(context.actor, data.yes)


async def on_language(update: Update, context: ZhinanContext, data: b.Language) -> Reply:
    return await context.flows.people.set_language(context.actor, data.lang)


async def on_menu(update: Update, context: ZhinanContext, data: b.Menu) -> Reply | None:
    """Main-menu buttons."""
    flows, actor = context.flows, context.actor
    if data.item == "find":
        return await flows.browse.step(actor, "city", Facets())
    if data.item == "search":
        return Reply.of(Screen(t(actor.lang, "search.prompt")), edit=False)
    if data.item == "deadlines":
        return await flows.subscriptions.deadlines(actor)
    if data.item == "subscriptions":
        return await flows.subscriptions.overview(actor)
    if data.item == "language":
        return flows.people.choose_language(actor)
    return await flows.people.help(actor)


async def unknown_command(update: Update, context: ZhinanContext) -> None:
    """A command nobody handles: a hint instead of silence (in a group, only when it is
    addressed to this bot)."""
    message = update.effective_message
    if message is None or not message.text or not context.has_actor:
        return
    command = message.text.split()[0]
    name, _, target = command.partition("@")
    if target and target.lower() != (context.bot.username or "").lower():
        return
    if not context.actor.private and not target:
        return  # "/foo" in a group may be for another bot
    await ui.present(update, context, context.flows.people.unknown_command(context.actor, name))


async def unexpected_file(update: Update, context: ZhinanContext) -> None:
    """A file while no step waits for one (handlers/steps.py takes those): a hint, not silence
    (in a group, only when addressed to the bot: only then is there an actor)."""
    if context.has_actor:
        await ui.present(update, context, await context.flows.people.unexpected_file(
            context.actor))


def handlers() -> list[BaseHandler[Update, ZhinanContext, Any]]:
    return [
        CommandHandler("start", start),
        CommandHandler("help", help_command),
        CommandHandler("language", language),
        CommandHandler("forget", forget),
        route(b.Menu, on_menu),
        route(b.Language, on_language),
        route(b.Confirm, on_confirm),
    ]


def fallback() -> list[BaseHandler[Update, ZhinanContext, Any]]:
    """Registered last: commands no feature claimed."""
    return [MessageHandler(filters.COMMAND & filters.UpdateType.MESSAGE, unknown_command),
            MessageHandler((filters.Document.ALL | filters.PHOTO) & filters.UpdateType.MESSAGE,
                           unexpected_file)]
