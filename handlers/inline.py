"""Inline mode: "@bot 锂电池" in any chat offers direction cards to share; a question
("后补助是什么意思", "防城港什么时候截止") offers its answer first."""

from __future__ import annotations

import asyncio

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.constants import ParseMode
from telegram.ext import BaseHandler, InlineQueryHandler

from bot import answers, render
from handlers.context import ZhinanContext

MAX_RESULTS = 10


async def on_inline(update: Update, context: ZhinanContext) -> None:
    query = update.inline_query
    if query is None:
        return
    lang = context.lang(update)
    services = context.services
    text = query.query.strip()[:200]
    shared = services.catalogue.by_id.get(text)  # the card's share button sends the id
    result: answers.Answer | None = None
    if shared is not None:
        leaves = [shared]
    elif text:
        question = await asyncio.to_thread(services.searcher.understand, text)
        result = await asyncio.to_thread(answers.answer, question, services.searcher,
                                         window_for=services.window_for, now=services.now(),
                                         limit=MAX_RESULTS)
        leaves = result.leaves[:MAX_RESULTS]
    else:
        leaves = []
    now = services.now()
    results: list[InlineQueryResultArticle] = []
    if result is not None and not isinstance(result, answers.SearchAnswer):
        shown = answers.render(result, lang, window_for=services.window_for, now=now)
        results.append(InlineQueryResultArticle(  # the answer itself, then its directions
            id=f"answer-{result.query.intent}",
            title=answers.plain(shown.text).split("\n")[0][:64] or text,
            input_message_content=InputTextMessageContent(
                render.split_html(shown.text)[0], parse_mode=ParseMode.HTML)))
    results += [
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
    await query.answer(results, cache_time=60)


def handlers() -> list[BaseHandler[Update, ZhinanContext, None]]:
    return [InlineQueryHandler(on_inline)]
