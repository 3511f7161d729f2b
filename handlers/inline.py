"""Inline mode: "@bot 锂电池" in any chat offers direction cards to share; a question
("后补助是什么意思", "防城港什么时候截止") offers its answer first.

The results depend on the user's language, so they are marked personal: Telegram must not
serve one user's cached answer to another.
"""

from __future__ import annotations

from typing import Any

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.constants import ParseMode
from telegram.ext import BaseHandler, InlineQueryHandler

from bot import answers, render
from handlers.context import ZhinanContext

CACHE_SECONDS = 60


async def on_inline(update: Update, context: ZhinanContext) -> None:
    query = update.inline_query
    if query is None or not context.has_actor:
        return
    lang, core = context.actor.lang, context.core
    now = core.now()
    answer, leaves = await context.flows.search.inline(context.actor, query.query)
    results: list[InlineQueryResultArticle] = []
    if answer is not None:  # the answer itself, then the directions it names
        result_id, screen = answer
        title = render.short(answers.plain(screen.text).split("\n")[0], 60)
        results.append(InlineQueryResultArticle(
            id=result_id, title=title or render.short(query.query, 60),
            input_message_content=InputTextMessageContent(
                render.split_html(screen.text)[0], parse_mode=ParseMode.HTML)))
    results += [
        InlineQueryResultArticle(
            id=leaf.id[:64], title=render.short(leaf.title, 60),
            description=render.inline_description(leaf, core.catalogue.metas, lang),
            input_message_content=InputTextMessageContent(
                render.split_html(render.card(leaf, core.catalogue, lang, now,
                                              core.lexicon.taxonomy))[0],
                parse_mode=ParseMode.HTML))
        for leaf in leaves
    ]
    await query.answer(results, cache_time=CACHE_SECONDS, is_personal=True)


def handlers() -> list[BaseHandler[Update, ZhinanContext, Any]]:
    return [InlineQueryHandler(on_inline)]
