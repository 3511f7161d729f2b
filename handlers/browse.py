"""Guided narrowing: /find and the step buttons (city → sector → budget → results)."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler

from bot import buttons as b
from bot.buttons import Facets
from bot.flows.common import Reply
from handlers import ui
from handlers.context import ZhinanContext
from handlers.router import route


async def find(update: Update, context: ZhinanContext) -> None:
    """/find: start the guided flow."""
    await ui.present(update, context, await context.flows.browse.step(context.actor, "city",
                                                                      Facets()))


async def on_step(update: Update, context: ZhinanContext, data: b.Browse) -> Reply:
    return await context.flows.browse.step(context.actor, data.step, data.facets)


async def on_only(update: Update, context: ZhinanContext, data: b.OnlyEligible) -> Reply:
    return await context.flows.browse.toggle_eligible(context.actor, data.facets)


async def on_noop(update: Update, context: ZhinanContext, data: b.Noop) -> Reply:
    return Reply()


def handlers() -> list[BaseHandler[Update, ZhinanContext, Any]]:
    return [CommandHandler("find", find), route(b.Browse, on_step),
            route(b.OnlyEligible, on_only), route(b.Noop, on_noop)]
