"""Admins set application windows in chat: paste the notice, check the proposed stages (or
correct them), confirm; every follower is then told old → new once.

/window KEY starts it (a city admin only for their own city's guidelines).
"""

from __future__ import annotations

import asyncio
import logging
import re
import warnings
from datetime import datetime
from typing import Any

from telegram import Update
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot import callback_data as cb
from bot import render
from bot.catalogue.models import Stage, Window
from bot.i18n import t
from bot.keyboards import Button
from bot.notice import WindowKind, extract_stages, window_kind
from bot.reminders import WindowRef
from bot.roles import may_reach, role_of
from handlers import ui
from handlers.context import ZhinanContext

log = logging.getLogger("zhinan.windows")
PASTING, CHECKING = range(2)
MAX_NOTICE = 20_000
MANUAL = re.compile(r"^\s*(?P<label>[^:：]{1,30})[:：]\s*(?P<date>\d{4}-\d{1,2}-\d{1,2})"
                    r"(?:\s+(?P<time>\d{1,2}:\d{2}))?\s*$")


async def start(update: Update, context: ZhinanContext) -> int:
    """/window KEY: check the role for that guideline's city, then ask for the notice."""
    lang = context.lang(update)
    user = update.effective_user
    services = context.services
    key = (context.args or [""])[0]
    meta = services.catalogue.metas.get(key)
    role = role_of(user.id, services.settings, services.state) if user else None
    if role is None or not role.is_admin or (meta is not None and not may_reach(role, meta.city)):
        log.warning("refused /window %s for user %s", key, user.id if user else "?")
        await ui.send(update, t(lang, "admin.refused"))
        return ConversationHandler.END
    if meta is None:
        keys = "、".join(services.catalogue.metas)
        await ui.send(update, t(lang, "windows.usage", keys=keys))
        return ConversationHandler.END
    if context.user_data is not None:
        context.user_data["window_key"] = key
    await ui.send(update, t(lang, "windows.paste", name=f"{meta.city} {meta.year}"))
    return PASTING


async def got_notice(update: Update, context: ZhinanContext) -> int:
    """Propose stages from the pasted notice, or read corrected `label: date time` lines."""
    lang = context.lang(update)
    message = update.effective_message
    text = ((message.text if message else "") or "")[:MAX_NOTICE]
    manual = _manual_stages(text, context)
    kind: WindowKind
    source: str | None
    if manual:
        stages, kind, source = manual, "dated", "staff correction"
    else:
        proposed = extract_stages(text, tz=context.services.settings.tz,
                                  today=context.services.now().date())
        stages = [p.to_stage() for p in proposed]
        kind = window_kind(text)
        source = text.strip().splitlines()[0][:120] if text.strip() else None
    if context.user_data is None:
        return ConversationHandler.END
    window = Window(status=kind if (kind != "dated" or stages) else "unknown",
                    stages=stages if kind in ("dated", "rolling") else [], source=source)
    context.user_data["window_draft"] = window.model_dump_json()
    lines = [f"<b>{render.esc(t(lang, 'windows.proposal'))}</b>",
             render.esc(t(lang, f"windows.kind_{window.status}"))]
    for stage in window.stages:
        start = f"{stage.starts_at:%Y-%m-%d %H:%M} → " if stage.starts_at else ""
        lines.append(f"• {render.esc(stage.label)}：{start}{stage.ends_at:%Y-%m-%d %H:%M}")
    lines += ["", render.esc(t(lang, "windows.correct"))]
    user = update.effective_user
    keyboard = [[Button(t(lang, "windows.save"), cb.build("window", "save", owner=user.id
                                                            if user else 0))]]
    await ui.send(update, "\n".join(lines), keyboard)
    return CHECKING


def _manual_stages(text: str, context: ZhinanContext) -> list[Stage]:
    """Lines like "电子申报截止：2025-06-20 18:00" (every non-empty line must match)."""
    lines = [line for line in text.splitlines() if line.strip()]
    matches = [MANUAL.match(line) for line in lines]
    if not lines or not all(matches):
        return []
    zone = context.services.settings.zone
    stages = []
    for match in matches:
        assert match is not None
        moment = datetime.fromisoformat(f"{match['date']} {match['time'] or '23:59'}")
        stages.append(Stage(label=match["label"].strip(), ends_at=moment.replace(tzinfo=zone)))
    return stages


async def on_save(update: Update, context: ZhinanContext) -> int:
    lang = context.lang(update)
    payload = await ui.accept(update, lang)
    query, user = update.callback_query, update.effective_user
    data = context.user_data or {}
    if payload is None or query is None or user is None or "window_draft" not in data:
        return ConversationHandler.END
    services = context.services
    key = data.get("window_key", "")
    meta = services.catalogue.metas.get(key)
    role = role_of(user.id, services.settings, services.state)
    if meta is None or not may_reach(role, meta.city):
        await query.answer(t(lang, "admin.refused"), show_alert=True)
        return ConversationHandler.END
    window = Window.model_validate_json(data.pop("window_draft"))
    notified = await asyncio.to_thread(services.change_window, WindowRef(key), window,
                                       f"admin:{user.id}")
    await asyncio.to_thread(services.state.audit, user.id, "window",
                            {"guideline": key, "window": window.model_dump(mode="json")},
                            services.now())
    background = context.application.bot_data.get("background")
    if background is not None:
        background.sender.wake.set()
    await query.answer()
    await ui.send(update, t(lang, "windows.saved", n=notified))
    return ConversationHandler.END


async def cancel(update: Update, context: ZhinanContext) -> int:
    for key in ("window_draft", "window_key"):
        (context.user_data or {}).pop(key, None)
    await ui.send(update, t(context.lang(update), "windows.cancelled"))
    return ConversationHandler.END


def handlers() -> list[BaseHandler[Update, ZhinanContext, Any]]:
    text: BaseHandler[Update, ZhinanContext, Any] = MessageHandler(
        filters.TEXT & ~filters.COMMAND & filters.ChatType.PRIVATE, got_notice)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "If 'per_message=False'", PTBUserWarning)
        flow = ConversationHandler(
            entry_points=[CommandHandler("window", start, filters=filters.ChatType.PRIVATE)],
            states={PASTING: [text],
                     CHECKING: [text, CallbackQueryHandler(on_save, pattern=r"^z1\|w\|save\|")]},
            fallbacks=[CommandHandler("cancel", cancel)],
            name="window", persistent=True, allow_reentry=True,
        )
    return [flow]
