"""/subscriptions, /deadlines, following, reminder settings and the calendar export."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler

from bot import buttons as b
from bot.flows.common import Reply
from handlers import ui
from handlers.context import ZhinanContext
from handlers.router import route


async def subscriptions(update: Update, context: ZhinanContext) -> None:
    await ui.present(update, context, await context.flows.subscriptions.overview(context.actor))


async def deadlines(update: Update, context: ZhinanContext) -> None:
    await ui.present(update, context, await context.flows.subscriptions.deadlines(context.actor))


async def on_follow(update: Update, context: ZhinanContext, data: b.Follow) -> Reply:
    return await context.flows.subscriptions.follow(context.actor, data.kind, data.target)


async def on_unfollow(update: Update, context: ZhinanContext, data: b.Unfollow) -> Reply:
    return await context.flows.subscriptions.unfollow(context.actor, data.subscription)


async def on_mute(update: Update, context: ZhinanContext, data: b.Mute) -> Reply:
    return await context.flows.subscriptions.toggle_mute(context.actor)


async def on_ladder(update: Update, context: ZhinanContext, data: b.SetLadder) -> Reply:
    return await context.flows.subscriptions.set_ladder(context.actor, data.preset)


async def on_calendar(update: Update, context: ZhinanContext, data: b.Calendar) -> Reply:
    return await context.flows.subscriptions.calendar(context.actor, data.kind, data.target)


def handlers() -> list[BaseHandler[Update, ZhinanContext, Any]]:
    return [CommandHandler("subscriptions", subscriptions),
            CommandHandler("deadlines", deadlines),
            route(b.Follow, on_follow), route(b.Unfollow, on_unfollow), route(b.Mute, on_mute),
            route(b.SetLadder, on_ladder), route(b.Calendar, on_calendar)]
