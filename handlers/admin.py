"""/grant, /revoke, /admins (superadmins), /window and /guideline (bureau staff)."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler

from bot import buttons as b
from bot.flows.common import Reply
from handlers import ui
from handlers.context import ZhinanContext
from handlers.router import route


async def grant(update: Update, context: ZhinanContext) -> None:
    await ui.present(update, context, await context.flows.admins.grant(context.actor,
                                                                       context.args or []))


async def revoke(update: Update, context: ZhinanContext) -> None:
    await ui.present(update, context, await context.flows.admins.revoke(context.actor,
                                                                        context.args or []))


async def admins(update: Update, context: ZhinanContext) -> None:
    await ui.present(update, context, await context.flows.admins.list(context.actor))


async def window(update: Update, context: ZhinanContext) -> None:
    """/window KEY: paste the bureau's notice next (handlers/steps.py takes it)."""
    key = (context.args or [""])[0]
    await ui.present(update, context, await context.flows.windows.start(context.actor, key))


async def guideline(update: Update, context: ZhinanContext) -> None:
    """/guideline: send the document next (handlers/steps.py takes it)."""
    await ui.present(update, context, await context.flows.guidelines.start(context.actor))


async def on_guideline_step(update: Update, context: ZhinanContext,
                            data: b.GuidelineStep) -> Reply:
    return await context.flows.guidelines.step(context.actor, data.action, data.digest)


async def on_save(update: Update, context: ZhinanContext, data: b.WindowSave) -> Reply:
    return await context.flows.windows.save(context.actor, data.confirm)


def handlers() -> list[BaseHandler[Update, ZhinanContext, Any]]:
    return [CommandHandler("grant", grant), CommandHandler("revoke", revoke),
            CommandHandler("admins", admins), CommandHandler("window", window),
            CommandHandler("guideline", guideline), route(b.WindowSave, on_save),
            route(b.GuidelineStep, on_guideline_step)]
