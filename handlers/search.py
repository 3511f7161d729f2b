"""Free text at any time (private chats) and /search TEXT anywhere: understand the question
(bot.query), answer it (bot.answers), page through the list; ✖ buttons drop a condition."""

from __future__ import annotations

import asyncio
from dataclasses import replace

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot import answers, browse, keyboards, render
from bot import callback_data as cb
from bot.callback_data import Facets
from bot.catalogue.numbers import clean_number
from bot.i18n import t
from bot.keyboards import Button
from bot.query import Understood
from handlers import groups, ui
from handlers.browse import show_step
from handlers.context import ZhinanContext
from handlers.profile import load_profile

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
    """Understand the message (conditions, topic, kind of question) and answer it."""
    text = text.strip()[:MAX_QUERY]
    query = await asyncio.to_thread(context.services.searcher.understand, text)
    if _guided(query):  # only what the guided steps offer: continue there
        c = query.constraints
        codes = {city: code for code, city in context.services.catalogue.codes.items()}
        amount = c.amount
        budget = f"w{clean_number(amount.wan)}" if amount is not None else None
        await show_step(update, context, "results",
                        Facets(city=codes.get(c.city or ""), sector=c.sector, budget=budget))
        return
    if context.user_data is not None:
        context.user_data["search"] = {"q": text, "drop": [], "ids": []}
    text_out, keyboard = await _answer(update, context, query)
    await groups.private_or_link(update, context, text_out, keyboard)


def _guided(query: Understood) -> bool:
    c = query.constraints
    return (query.intent == "search" and not query.has_topic and bool(c.keys)
            and set(c.keys) <= {"city", "sector", "amount"}
            and (c.amount is None or c.amount.op == "about"))


async def _answer(update: Update, context: ZhinanContext,
                  query: Understood) -> tuple[str, keyboards.Keyboard]:
    """The rendered answer to a question (bot.answers), remembered for paging."""
    lang = context.lang(update)
    user = update.effective_user
    owner = user.id if user else 0
    services = context.services
    profile = await asyncio.to_thread(load_profile, context, owner) \
        if query.intent == "eligible" and owner else None
    result = await asyncio.to_thread(
        answers.answer, query, services.searcher, window_for=services.window_for,
        now=services.now(), profile=profile, limit=MAX_RESULTS)
    taxonomy = services.lexicon.taxonomy
    shown = answers.render(result, lang, owner=owner, window_for=services.window_for,
                           now=services.now(),
                           sector_name=lambda key: s.name(lang) if (s := taxonomy.get(key))
                           else key)
    keyboard = shown.keyboard
    stored = (context.user_data or {}).get("search")
    if stored is not None:
        stored["ids"] = [leaf.id for leaf in result.leaves]
        if len(result.leaves) > answers.SHOWN:
            keyboard = [*keyboard, [Button("›", cb.build("search_page", "1", owner=owner))]]
    return shown.text, keyboard


async def on_refine(update: Update, context: ZhinanContext) -> None:
    """"✖ 桂林": the same question again without that condition."""
    lang = context.lang(update)
    payload = await ui.accept(update, lang)
    stored = (context.user_data or {}).get("search")
    if payload is None or update.callback_query is None:
        return
    if not stored:
        await ui.expired(update, lang)
        return
    await update.callback_query.answer()
    stored["drop"] = [*stored.get("drop", []), payload.args[1]]
    query = await asyncio.to_thread(context.services.searcher.understand, stored["q"])
    constraints = query.constraints
    for key in stored["drop"]:
        constraints = constraints.without(key)
    text, keyboard = await _answer(update, context, replace(query, constraints=constraints))
    await ui.show(update, text, keyboard)


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
        CallbackQueryHandler(on_refine, pattern=r"^z1\|r\|"),
        MessageHandler(filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND, on_text),
    ]
