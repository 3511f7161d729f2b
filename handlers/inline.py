"""Inline mode: "@bot 锂电池" in any chat offers direction cards to share."""

from __future__ import annotations

import asyncio

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.constants import ParseMode
from telegram.ext import BaseHandler, InlineQueryHandler

from bot import render
from handlers.context import ZhinanContext

MAX_RESULTS = 10


async def on_inline(update: Update, context: ZhinanContext) -> None:
    """Cards matching the query (or the one a card's share button names)."""
    query = update.inline_query
    if query is None:
        return
    lang = context.lang(update)
    services = context.services
    text = query.query.strip()[:200]
    shared = services.catalogue.by_id.get(text)  # the card's share button sends the id
    if shared is not None:
        leaves = [shared]
    elif text:
        _, hits = await asyncio.to_thread(services.searcher.search, text, limit=MAX_RESULTS)
        leaves = [hit.leaf for hit in hits]
    else:
        leaves = []
    now = services.now()
    results = [
        InlineQueryResultArticle(
            id=leaf.id,
            title=leaf.title,
            description=f"{leaf.city} · {render.funding_words(leaf, lang)}",
            input_message_content=InputTextMessageContent(
                render.split_html(render.card(leaf, services.window_for(leaf), lang, now,
                                              services.lexicon.taxonomy))[0],
                parse_mode=ParseMode.HTML),
        )
        for leaf in leaves
    ]
    # Personal: funding words and cards are in the asker's language, so Telegram must
    # not serve one user's answer to another who types the same query.
    await query.answer(results, cache_time=60, is_personal=True)


def handlers() -> list[BaseHandler[Update, ZhinanContext, None]]:
    return [InlineQueryHandler(on_inline)]
