"""/start, /help, /language, the main menu and the deadline overview."""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot import callback_data as cb
from bot import keyboards, render
from bot.i18n import t
from bot.reminders import WindowRef, concerned_refs
from bot.windows import window_status
from handlers import browse, subscriptions, ui
from handlers.context import ZhinanContext


async def start(update: Update, context: ZhinanContext) -> None:
    """Greet in the user's language and offer the main paths."""
    lang = context.lang(update)
    user = update.effective_user
    name = render.esc(user.first_name if user else "")
    owner = user.id if user else 0
    await ui.send(update, t(lang, "start.greeting", name=name), keyboards.menu(lang, owner))


async def help_command(update: Update, context: ZhinanContext) -> None:
    """Two lines: what the bot does and how to use it."""
    await ui.send(update, t(context.lang(update), "start.help"))


async def language(update: Update, context: ZhinanContext) -> None:
    """Offer the two languages; the choice is remembered."""
    user = update.effective_user
    await ui.send(update, t(context.lang(update), "start.choose_language"),
                  keyboards.languages(user.id if user else 0))


async def deadlines(update: Update, context: ZhinanContext) -> None:
    """The windows that concern the user first (what they follow), then every guideline's,
    as far as the bureaus have announced them."""
    lang = context.lang(update)
    services = context.services
    now = services.now()
    user = update.effective_user
    mine: set[WindowRef] = set()
    if user is not None:
        subs = await asyncio.to_thread(services.state.subscriptions, user.id)
        overrides = {ref for ref in services.windows if ref.leaf_id}
        for sub in subs:
            mine |= concerned_refs(sub, services.catalogue.by_id, services.catalogue.metas,
                                   overrides, services.search_leaves)
    lines = []
    if mine:
        lines.append(f"<b>{render.esc(t(lang, 'deadlines.mine'))}</b>")
        for ref in sorted(mine):
            status = render.window_words(window_status(services.windows.get(ref), now), lang)
            lines.append(f"🔔 {render.esc(services.window_title(ref))}：{status}")
        lines.append("")
    lines.append(f"<b>{render.esc(t(lang, 'deadlines.title'))}</b>")
    for meta in services.catalogue.metas.values():
        window = services.windows.get(WindowRef(meta.key), meta.window)
        status = render.window_words(window_status(window, now), lang)
        lines.append(f"• <b>{render.esc(meta.city)} {meta.year}</b>：{status}")
    lines.append("")
    lines.append(render.esc(t(lang, "deadlines.note")))
    await ui.send(update, "\n".join(lines))


async def on_menu(update: Update, context: ZhinanContext) -> None:
    """Main-menu buttons."""
    query = update.callback_query
    lang = context.lang(update)
    payload = await ui.accept(update, lang)
    if query is None or payload is None:
        return
    await query.answer()
    item = payload.args[0]
    if item == "find":
        await browse.show_step(update, context, "city", cb.Facets())
    elif item == "search":
        await ui.send(update, t(lang, "search.prompt"))
    elif item == "deadlines":
        await deadlines(update, context)
    elif item == "subscriptions":
        await subscriptions.subscriptions(update, context)
    elif item == "language":
        await language(update, context)
    else:
        await help_command(update, context)


async def on_language(update: Update, context: ZhinanContext) -> None:
    """Remember the chosen language and greet again in it."""
    query = update.callback_query
    payload = await ui.accept(update, context.lang(update))
    if query is None or payload is None or context.user_data is None:
        return
    context.user_data["lang"] = payload.args[0]
    user = update.effective_user
    if user is not None:  # reminders and broadcasts are written in it too
        services = context.services
        await asyncio.to_thread(services.state.touch_user, user.id, user.first_name,
                                services.now())
        await asyncio.to_thread(services.state.set_user_field, user.id, "lang", payload.args[0])
    await query.answer(t(payload.args[0], "start.language_set"))
    await start(update, context)


def handlers() -> list[BaseHandler[Update, ZhinanContext, None]]:
    return [
        CommandHandler("start", start),
        CommandHandler("help", help_command),
        CommandHandler("language", language),
        CommandHandler("deadlines", deadlines),
        CallbackQueryHandler(on_menu, pattern=r"^z1\|m\|"),
        CallbackQueryHandler(on_language, pattern=r"^z1\|l\|"),
    ]
