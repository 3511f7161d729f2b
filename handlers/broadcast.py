"""/broadcast (its text arrives through handlers/steps.py), audiences, confirm, stop, resend,
and /broadcasts."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler

from bot import buttons as b
from bot.flows.common import Reply
from handlers import ui
from handlers.context import ZhinanContext
from handlers.router import route


async def broadcast(update: Update, context: ZhinanContext) -> None:
    await ui.present(update, context, await context.flows.broadcasts.start(context.actor))


async def broadcasts(update: Update, context: ZhinanContext) -> None:
    await ui.present(update, context, await context.flows.broadcasts.list(context.actor))


async def on_audience(update: Update, context: ZhinanContext, data: b.Audience) -> Reply:
    return await context.flows.broadcasts.audience(context.actor, data.kind, data.target)


async def on_action(update: Update, context: ZhinanContext, data: b.BroadcastAction) -> Reply:
    flow, actor = context.flows.broadcasts, context.actor
    if data.action == "confirm":
        return await flow.confirm(actor)
    if data.action == "stop":
        return await flow.stop(actor, data.broadcast)
    return await flow.resend(actor, data.broadcast, confirmed=data.action == "resend_ok")


def handlers() -> list[BaseHandler[Update, ZhinanContext, Any]]:
    return [CommandHandler("broadcast", broadcast), CommandHandler("broadcasts", broadcasts),
            route(b.Audience, on_audience), route(b.BroadcastAction, on_action)]
