"""Roles: superadmins (from settings) grant and revoke city admins; /admins lists them."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler

from bot import render
from bot.i18n import t
from bot.roles import role_of
from handlers import ui
from handlers.context import ZhinanContext

log = logging.getLogger("zhinan.admin")


async def _superadmin(update: Update, context: ZhinanContext, action: str) -> bool:
    user = update.effective_user
    if user is not None and role_of(user.id, context.services.settings,
                                    context.services.state).kind == "super":
        return True
    log.warning("refused %s for user %s", action, user.id if user else "?")
    await ui.send(update, t(context.lang(update), "admin.refused"))
    return False


async def grant(update: Update, context: ZhinanContext) -> None:
    """/grant USER_ID CITY — make someone the admin of one city."""
    if not await _superadmin(update, context, "/grant"):
        return
    lang = context.lang(update)
    args = context.args or []
    cities = set(context.services.catalogue.codes.values())
    if len(args) != 2 or not args[0].isdigit() or args[1] not in cities:
        await ui.send(update, t(lang, "admin.grant_usage", cities="、".join(sorted(cities))))
        return
    services, actor = context.services, update.effective_user
    assert actor is not None
    await asyncio.to_thread(services.state.grant, int(args[0]), args[1], actor.id, services.now())
    await asyncio.to_thread(services.state.audit, actor.id, "grant",
                            {"user": int(args[0]), "city": args[1]}, services.now())
    await ui.send(update, t(lang, "admin.granted", user=args[0], city=render.esc(args[1])))


async def revoke(update: Update, context: ZhinanContext) -> None:
    """/revoke USER_ID"""
    if not await _superadmin(update, context, "/revoke"):
        return
    lang = context.lang(update)
    args = context.args or []
    if len(args) != 1 or not args[0].isdigit():
        await ui.send(update, t(lang, "admin.revoke_usage"))
        return
    services, actor = context.services, update.effective_user
    assert actor is not None
    removed = await asyncio.to_thread(services.state.revoke, int(args[0]))
    await asyncio.to_thread(services.state.audit, actor.id, "revoke", {"user": int(args[0])},
                            services.now())
    await ui.send(update, t(lang, "admin.revoked" if removed else "admin.not_admin",
                            user=args[0]))


async def admins(update: Update, context: ZhinanContext) -> None:
    """/admins: superadmins and city admins with who granted them when."""
    if not await _superadmin(update, context, "/admins"):
        return
    lang = context.lang(update)
    services = context.services
    lines = [f"<b>{render.esc(t(lang, 'admin.list_title'))}</b>"]
    lines += [render.esc(t(lang, "admin.super_line", user=uid))
              for uid in sorted(services.settings.admin_ids)]
    for uid, row in (await asyncio.to_thread(services.state.admins)).items():
        lines.append(render.esc(t(lang, "admin.city_line", user=uid, city=row["city"],
                                  by=row["granted_by"], at=row["granted_at"][:16])))
    await ui.send(update, "\n".join(lines))


def handlers() -> list[BaseHandler[Update, ZhinanContext, Any]]:
    return [CommandHandler("grant", grant), CommandHandler("revoke", revoke),
            CommandHandler("admins", admins)]

