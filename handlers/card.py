"""Direction cards, their full view, eligibility details, and comparison."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import BaseHandler

from bot import buttons as b
from bot.flows.common import Reply
from handlers.context import ZhinanContext
from handlers.router import route


async def on_card(update: Update, context: ZhinanContext, data: b.Card) -> Reply:
    return await context.flows.cards.card(context.actor, data.leaf, data.origin, data.facets)


async def on_part(update: Update, context: ZhinanContext, data: b.CardPart) -> Reply:
    return context.flows.cards.part(context.actor, data.leaf, data.part)


async def on_eligibility(update: Update, context: ZhinanContext, data: b.Eligibility) -> Reply:
    return await context.flows.cards.eligibility(context.actor, data.leaf)


async def on_compare(update: Update, context: ZhinanContext, data: b.CompareToggle) -> Reply:
    return await context.flows.cards.toggle_compare(context.actor, data.leaf, data.origin,
                                                    data.facets)


async def on_compare_show(update: Update, context: ZhinanContext, data: b.CompareShow) -> Reply:
    return await context.flows.cards.compare(context.actor)


async def on_compare_clear(update: Update, context: ZhinanContext,
                           data: b.CompareClear) -> Reply:
    return await context.flows.cards.clear_compare(context.actor)


def handlers() -> list[BaseHandler[Update, ZhinanContext, Any]]:
    return [route(b.Card, on_card), route(b.CardPart, on_part),
            route(b.Eligibility, on_eligibility), route(b.CompareToggle, on_compare),
            route(b.CompareShow, on_compare_show), route(b.CompareClear, on_compare_clear)]
