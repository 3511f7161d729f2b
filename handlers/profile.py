"""/profile: the company profile dialog (its typed numbers arrive through handlers/steps.py)."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler

from bot import buttons as b
from bot.flows.common import Reply
from handlers import ui
from handlers.context import ZhinanContext
from handlers.router import route


async def profile(update: Update, context: ZhinanContext) -> None:
    await ui.present(update, context, await context.flows.profiles.start(context.actor))


async def on_answer(update: Update, context: ZhinanContext, data: b.ProfileAnswer) -> Reply:
    return await context.flows.profiles.answer(context.actor, data.question, data.value)


def handlers() -> list[BaseHandler[Update, ZhinanContext, Any]]:
    return [CommandHandler("profile", profile), route(b.ProfileAnswer, on_answer)]
