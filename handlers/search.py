"""Free text at any time (private chats) and /search TEXT anywhere: read facets, rank, list."""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot import browse, keyboards, render
from bot.callback_data import Facets
from bot.catalogue.numbers import clean_number
from bot.i18n import t
from handlers import groups, ui
from handlers.browse import show_step
from handlers.context import ZhinanContext

MAX_QUERY = 200
MAX_RESULTS = 50


async def on_text(update: Update, context: ZhinanContext) -> None:
    """Anything typed in a private chat is a search."""
    message = update.effective_message
    if message is not None and message.text:
        await run_search(update, context, message.text)


async def search_command(update: Update, context: ZhinanContext) -> None:
    """/search 锂电池 南宁 — works in groups too, where plain text is not seen."""
    text = " ".join(context.args or [])
    if not text.strip():
        await ui.send(update, t(context.lang(update), "search.prompt"))
        return
    await run_search(update, context, text)


async def run_search(update: Update, context: ZhinanContext, text: str) -> None:
    lang = context.lang(update)
    user = update.effective_user
    owner = user.id if user else 0
    text = text.strip()[:MAX_QUERY]
    services = context.services
    query, hits = await asyncio.to_thread(services.searcher.search, text, limit=MAX_RESULTS)
    if not query.has_topic and (query.city or query.budget_wan is not None or query.sector):
        codes = {city: code for code, city in services.catalogue.codes.items()}
        budget = f"w{clean_number(query.budget_wan)}" if query.budget_wan is not None else None
        facets = Facets(city=codes.get(query.city or ""), sector=query.sector, budget=budget)
        await show_step(update, context, "results", facets)
        return
    if not hits:
        await ui.send(update, t(lang, "search.nothing", q=render.esc(text)),
                      keyboards.menu(lang, owner))
        return
    if context.user_data is not None:
        context.user_data["search"] = {"q": text, "ids": [hit.leaf.id for hit in hits]}
    await groups.private_or_link(update, context, *search_view(context, lang, owner, 0))


def search_view(context: ZhinanContext, lang: str, owner: int,
                number: int) -> tuple[str, keyboards.Keyboard]:
    """One page of the stored search: the query, how it was read, numbered results."""
    stored = (context.user_data or {}).get("search") or {}
    leaves = [leaf for i in stored.get("ids", []) if (leaf := context.services.catalogue.by_id
                                                        .get(i))]
    pages = max(1, -(-len(leaves) // browse.PAGE_SIZE))
    number = min(number, pages - 1)
    start = number * browse.PAGE_SIZE
    page = leaves[start: start + browse.PAGE_SIZE]
    lines = [t(lang, "search.head", q=render.esc(stored.get("q", "")), n=len(leaves))]
    lines += [render.result_line(start + i + 1, leaf, lang, show_city=True)
              for i, leaf in enumerate(page)]
    return "\n".join(lines), keyboards.search_page(lang, page, start + 1, number, pages, owner)


async def on_search_page(update: Update, context: ZhinanContext) -> None:
    lang = context.lang(update)
    payload = await ui.accept(update, lang)
    if payload is None or update.callback_query is None:
        return
    if not (context.user_data or {}).get("search"):
        await ui.expired(update, lang)
        return
    await update.callback_query.answer()
    user = update.effective_user
    text, keyboard = search_view(context, lang, user.id if user else 0, int(payload.args[0]))
    await ui.show(update, text, keyboard)


def handlers() -> list[BaseHandler[Update, ZhinanContext, None]]:
    return [
        CommandHandler("search", search_command),
        CallbackQueryHandler(on_search_page, pattern=r"^z1\|s\|"),
        MessageHandler(filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND, on_text),
    ]
