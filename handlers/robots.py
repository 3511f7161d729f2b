"""/robots and its buttons (adding a WeCom, Feishu or DingTalk group robot; its typed answers
arrive through handlers/steps.py)."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler

from bot import buttons as b
from bot.flows.common import Reply
from handlers import ui
from handlers.context import ZhinanContext
from handlers.router import route


async def robots(update: Update, context: ZhinanContext) -> None:
    await ui.present(update, context, await context.flows.robots.overview(context.actor))


async def on_action(update: Update, context: ZhinanContext, data: b.RobotAction) -> Reply:
    flow, actor = context.flows.robots, context.actor
    if data.action == "add":
        return await flow.add(actor)
    if data.action == "confirm":
        return await flow.confirm(actor, data.robot)
    if data.action == "test":
        return await flow.test(actor, data.robot)
    return await flow.remove(actor, data.robot, cancelled=data.action == "cancel")


async def on_scope(update: Update, context: ZhinanContext, data: b.RobotScope) -> Reply:
    return await context.flows.robots.scope(context.actor, data.kind, data.target)


def handlers() -> list[BaseHandler[Update, ZhinanContext, Any]]:
    return [CommandHandler("robots", robots), route(b.RobotAction, on_action),
            route(b.RobotScope, on_scope)]
