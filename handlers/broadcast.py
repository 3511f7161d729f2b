"""Bureau broadcasts: write → audience → exact count and preview → confirm → live progress.

Every step checks the sender's role again (a city admin can only reach their own city);
recipients and their outbox rows are written in one transaction before anything is sent.
"""

from __future__ import annotations

import asyncio
import json
import logging
import warnings
from datetime import datetime
from typing import Any

from telegram import InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, TelegramError
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
from bot.broadcast import Audience, eta, recipients
from bot.i18n import t
from bot.keyboards import Button, Keyboard
from bot.roles import Role, may_reach, role_of
from bot.sandbox.telegram_html import HtmlParseError, parse_html
from handlers import ui
from handlers.context import ZhinanContext

log = logging.getLogger("zhinan.broadcast")
WRITING, CHOOSING, LEAF_ID, CONFIRMING = range(4)
MAX_TEXT = 3500


async def _role(update: Update, context: ZhinanContext) -> Role:
    user = update.effective_user
    if user is None:
        return Role("none")
    return await asyncio.to_thread(role_of, user.id, context.services.settings,
                                   context.services.state)


async def _refuse(update: Update, context: ZhinanContext, action: str) -> int:
    user = update.effective_user
    log.warning("refused %s for user %s", action, user.id if user else "?")
    lang = context.lang(update)
    if update.callback_query is not None:
        await update.callback_query.answer(t(lang, "admin.refused"), show_alert=True)
    else:
        await ui.send(update, t(lang, "admin.refused"))
    return ConversationHandler.END


async def start(update: Update, context: ZhinanContext) -> int:
    """/broadcast: admins only; ask for the text."""
    if not (await _role(update, context)).is_admin:
        return await _refuse(update, context, "/broadcast")
    await ui.send(update, t(context.lang(update), "broadcast.write"))
    return WRITING


async def got_text(update: Update, context: ZhinanContext) -> int:
    """Validate the HTML as Telegram will, then offer audiences."""
    lang = context.lang(update)
    message = update.effective_message
    if message is None or context.user_data is None:
        return ConversationHandler.END
    document = message.document
    if document is not None:
        text = message.caption_html if message.caption_entities else (message.caption or "")
        context.user_data["bc_document"] = document.file_id
    else:
        text = message.text_html if message.entities else (message.text or "")
        context.user_data.pop("bc_document", None)
    if len(text) > MAX_TEXT:
        await ui.send(update, t(lang, "broadcast.too_long", n=MAX_TEXT))
        return WRITING
    try:
        parse_html(text)
    except HtmlParseError as exc:
        await ui.send(update, t(lang, "broadcast.bad_html", error=render.esc(exc)))
        return WRITING
    context.user_data["bc_text"] = text
    role = await _role(update, context)
    await ui.send(update, t(lang, "broadcast.audience"), audience_keyboard(context, role, lang))
    return CHOOSING


def audience_keyboard(context: ZhinanContext, role: Role, lang: str) -> Keyboard:
    owner = 0
    rows: Keyboard = []
    if role.kind == "super":
        rows.append([Button(t(lang, "broadcast.all"), cb.build("audience", "all", "-",
                                                               owner=owner))])
    cities = [(code, city) for code, city in context.services.catalogue.codes.items()
              if may_reach(role, city)]
    rows += [[Button(t(lang, "broadcast.city", city=city), cb.build("audience", "city", code,
                                                                   owner=owner))]
             for code, city in cities]
    return rows


def city_keyboard(context: ZhinanContext, code: str, lang: str) -> Keyboard:
    """Inside a city: everyone there, one sector, one guideline's followers, one direction."""
    services = context.services
    city = services.catalogue.codes[code]
    rows: Keyboard = [[Button(t(lang, "broadcast.whole_city", city=city),
                              cb.build("audience", "sector", code))]]
    sectors = [s for s in services.lexicon.taxonomy.sector
               if any(s.key in leaf.sectors for leaf in services.catalogue.leaves
                      if leaf.city == city)]
    buttons = [Button(s.name(lang), cb.build("audience", "sector", f"{code}.{s.key}"))
               for s in sectors]
    rows += [buttons[i: i + 3] for i in range(0, len(buttons), 3)]
    rows += [[Button(t(lang, "broadcast.guideline", name=f"{m.city} {m.year}"),
                     cb.build("audience", "guideline", m.key))]
             for m in services.catalogue.metas.values() if m.city == city]
    rows.append([Button(t(lang, "broadcast.searches", city=city),
                        cb.build("audience", "search", code))])
    rows.append([Button(t(lang, "broadcast.leaf"), cb.build("audience", "leaf", "-"))])
    return rows


async def on_audience(update: Update, context: ZhinanContext) -> int:
    lang = context.lang(update)
    payload = await ui.accept(update, lang)
    query = update.callback_query
    if payload is None or query is None:
        return CHOOSING
    role = await _role(update, context)
    kind, target = payload.args
    catalogue = context.services.catalogue
    if kind == "city" and target in catalogue.codes:
        if not may_reach(role, catalogue.codes[target]):
            return await _refuse(update, context, f"audience city {target}")
        await query.answer()
        await ui.show(update, t(lang, "broadcast.audience"), city_keyboard(context, target, lang))
        return CHOOSING
    if kind == "leaf":
        await query.answer()
        await ui.send(update, t(lang, "broadcast.leaf_ask"))
        return LEAF_ID
    audience = _audience(kind, target, context)
    if audience is None:
        await ui.expired(update, lang)
        return CHOOSING
    return await confirm_view(update, context, role, audience)


def _audience(kind: str, target: str, context: ZhinanContext) -> Audience | None:
    catalogue = context.services.catalogue
    if kind == "all":
        return Audience(kind="all")
    if kind == "sector":
        code, _, sector = target.partition(".")
        if code not in catalogue.codes:
            return None
        if sector and context.services.lexicon.taxonomy.get(sector) is None:
            return None
        return Audience(kind="city", city=catalogue.codes[code], sector=sector or None)
    if kind == "search" and target in catalogue.codes:
        return Audience(kind="search", city=catalogue.codes[target])
    if kind == "guideline" and target in catalogue.metas:
        return Audience(kind="guideline", city=catalogue.metas[target].city, target=target)
    return None


async def got_leaf(update: Update, context: ZhinanContext) -> int:
    message = update.effective_message
    lang = context.lang(update)
    leaf = context.services.catalogue.by_id.get((message.text or "").strip() if message else "")
    if leaf is None:
        await ui.send(update, t(lang, "broadcast.leaf_unknown"))
        return LEAF_ID
    audience = Audience(kind="leaf", city=leaf.city, target=leaf.id)
    return await confirm_view(update, context, await _role(update, context), audience)


async def confirm_view(update: Update, context: ZhinanContext, role: Role,
                       audience: Audience) -> int:
    """The exact recipient count and the message exactly as recipients will see it."""
    lang = context.lang(update)
    if audience.kind == "all" and role.kind != "super":
        return await _refuse(update, context, "audience all")
    if audience.kind != "all" and not may_reach(role, audience.city):
        return await _refuse(update, context, f"audience {audience.model_dump()}")
    if update.callback_query is not None:
        await update.callback_query.answer()
    services = context.services
    found = await asyncio.to_thread(recipients, audience, services.state,
                                    services.catalogue.by_id, services.catalogue.metas,
                                    services.search_leaves)
    if context.user_data is None:
        return ConversationHandler.END
    context.user_data["bc_audience"] = audience.model_dump()
    await ui.send(update, t(lang, "broadcast.preview_head"))
    document = context.user_data.get("bc_document")
    chat = update.effective_chat
    if document and chat is not None:
        await chat.send_document(document, caption=context.user_data.get("bc_text") or None,
                                 parse_mode=ParseMode.HTML)
    else:
        await ui.send(update, context.user_data.get("bc_text", ""))
    keyboard = [[Button(t(lang, "broadcast.confirm", n=len(found)),
                        cb.build("bcast", "confirm", "0"))]]
    await ui.send(update, t(lang, "broadcast.confirm_text", n=len(found),
                            who=render.esc(describe(audience, context, lang))), keyboard)
    return CONFIRMING


def describe(audience: Audience, context: ZhinanContext, lang: str) -> str:
    if audience.kind == "all":
        return t(lang, "broadcast.all")
    if audience.kind == "search":
        return t(lang, "broadcast.searches", city=audience.city or "")
    if audience.kind == "leaf":
        leaf = context.services.catalogue.by_id.get(audience.target or "")
        return t(lang, "broadcast.leaf_named", title=leaf.title if leaf else audience.target)
    if audience.kind == "guideline":
        return t(lang, "broadcast.guideline", name=f"{audience.city} · {audience.target}")
    sector = context.services.lexicon.taxonomy.get(audience.sector or "")
    return audience.city + (f" · {sector.name(lang)}" if sector else "") if audience.city else ""


async def on_confirm(update: Update, context: ZhinanContext) -> int:
    """Queue every recipient, post the progress message, wake the sender."""
    lang = context.lang(update)
    query, user, chat = update.callback_query, update.effective_user, update.effective_chat
    payload = await ui.accept(update, lang)
    if payload is None or query is None or user is None or chat is None:
        return ConversationHandler.END
    data = context.user_data or {}
    if "bc_text" not in data or "bc_audience" not in data:
        await ui.expired(update, lang)
        return ConversationHandler.END
    role = await _role(update, context)
    audience = Audience.model_validate(data["bc_audience"])
    if not (role.kind == "super" or (audience.kind != "all" and may_reach(role, audience.city))):
        return await _refuse(update, context, "confirm broadcast")
    services = context.services
    found = await asyncio.to_thread(recipients, audience, services.state,
                                    services.catalogue.by_id, services.catalogue.metas,
                                    services.search_leaves)
    broadcast_id = await asyncio.to_thread(services.state.create_broadcast, user.id,
                                           audience.model_dump(), data["bc_text"], found,
                                           services.now(), data.get("bc_document"))
    channel = services.settings.broadcast_channel_id
    if channel is not None and role.kind == "super":
        await _post_to_channel(context, channel, data["bc_text"], data.get("bc_document"))
    await asyncio.to_thread(services.state.audit, user.id, "broadcast",
                            {"id": broadcast_id, "audience": audience.model_dump(),
                             "recipients": len(found)}, services.now())
    await query.answer(t(lang, "broadcast.started"))
    row = await asyncio.to_thread(services.state.broadcast, broadcast_id) or {}
    text, markup = progress_view(row, {"pending": len(found)}, services.now(), lang)
    message = await chat.send_message(text, parse_mode=ParseMode.HTML, reply_markup=markup)
    await asyncio.to_thread(services.state.set_progress_message, broadcast_id, chat.id,
                            message.message_id)
    background = context.application.bot_data.get("background")
    if background is not None:
        background.sender.wake.set()
    for key in ("bc_text", "bc_audience", "bc_document"):
        data.pop(key, None)
    return ConversationHandler.END


async def _post_to_channel(context: ZhinanContext, channel: int, text: str,
                           document: str | None) -> None:
    """Also publish in the bureau's channel; a failure there does not stop the broadcast."""
    try:
        if document:
            await context.bot.send_document(channel, document, caption=text or None,
                                            parse_mode=ParseMode.HTML)
        else:
            await context.bot.send_message(channel, text, parse_mode=ParseMode.HTML)
    except TelegramError as exc:
        log.warning("could not post broadcast to channel %s: %s", channel, exc)


def progress_view(row: dict[str, Any], counts: dict[str, int], now: datetime,
                  lang: str) -> tuple[str, InlineKeyboardMarkup | None]:
    """sent / failed / blocked / remaining and the ETA, with a stop button while running."""
    total = int(row.get("total") or 0)
    remaining = counts.get("pending", 0) + counts.get("sending", 0)
    started = datetime.fromisoformat(row["created_at"]) if row.get("created_at") else now
    left = eta(counts, started, now)
    state = row.get("state", "sending")
    lines = [
        f"📣 <b>{render.esc(t(lang, 'broadcast.progress_title', id=row.get('id', '?')))}</b>",
        render.esc(t(lang, "broadcast.progress", sent=counts.get("sent", 0), total=total,
                     failed=counts.get("failed", 0) + counts.get("unknown", 0),
                     blocked=counts.get("blocked", 0), remaining=remaining)),
    ]
    if state == "sending" and left is not None:
        lines.append(render.esc(t(lang, "broadcast.eta", minutes=max(1, round(
            left.total_seconds() / 60)))))
    if state != "sending" or not remaining:
        key = "broadcast.cancelled" if state == "cancelled" else "broadcast.done"
        lines.append(render.esc(t(lang, key, n=counts.get("cancelled", 0))))
        return "\n".join(lines), None
    stop = ui.markup([[Button(t(lang, "broadcast.stop"),
                              cb.build("bcast", "stop", str(row.get("id", 0))))]])
    return "\n".join(lines), stop


async def on_stop(update: Update, context: ZhinanContext) -> None:
    """Cancel what is still pending (admins only; city admins only their city's)."""
    lang = context.lang(update)
    payload = await ui.accept(update, lang)
    query = update.callback_query
    if payload is None or query is None:
        return
    role = await _role(update, context)
    services = context.services
    row = await asyncio.to_thread(services.state.broadcast, int(payload.args[1]))
    audience_city = json.loads(row["audience"]).get("city") if row else None
    if row is None or not (role.kind == "super" or may_reach(role, audience_city)):
        await _refuse(update, context, "stop broadcast")
        return
    cancelled = await asyncio.to_thread(services.state.cancel_broadcast, row["id"], services.now())
    await query.answer(t(lang, "broadcast.cancelled", n=cancelled))
    counts = await asyncio.to_thread(services.state.outbox_counts, row["id"])
    row = await asyncio.to_thread(services.state.broadcast, row["id"]) or row
    text, markup = progress_view(row, counts, services.now(), lang)
    try:
        await query.edit_message_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)
    except BadRequest as exc:
        log.info("progress not edited: %s", exc)


async def list_broadcasts(update: Update, context: ZhinanContext) -> None:
    """/broadcasts: the last ten with their totals."""
    role = await _role(update, context)
    if not role.is_admin:
        await _refuse(update, context, "/broadcasts")
        return
    lang = context.lang(update)
    services = context.services
    rows = await asyncio.to_thread(services.state.broadcasts, 10,
                                   role.city if role.kind == "city" else None)
    lines = [f"<b>{render.esc(t(lang, 'broadcast.list_title'))}</b>"]
    for row in rows:
        counts = await asyncio.to_thread(services.state.outbox_counts, row["id"])
        audience = Audience.model_validate_json(row["audience"])
        lines.append(render.esc(t(
            lang, "broadcast.list_line", id=row["id"], at=row["created_at"][:16],
            who=describe(audience, context, lang), sent=counts.get("sent", 0),
            total=row["total"], state=row["state"])))
    if not rows:
        lines.append(render.esc(t(lang, "broadcast.list_none")))
    await ui.send(update, "\n".join(lines))


async def cancel(update: Update, context: ZhinanContext) -> int:
    for key in ("bc_text", "bc_audience", "bc_document"):
        (context.user_data or {}).pop(key, None)
    await ui.send(update, t(context.lang(update), "broadcast.aborted"))
    return ConversationHandler.END


def handlers() -> list[BaseHandler[Update, ZhinanContext, Any]]:
    text = filters.TEXT & ~filters.COMMAND & filters.ChatType.PRIVATE
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "If 'per_message=False'", PTBUserWarning)
        flow = ConversationHandler(
            entry_points=[CommandHandler("broadcast", start, filters=filters.ChatType.PRIVATE)],
            states={
                WRITING: [MessageHandler(text | (filters.Document.ALL & filters.ChatType.PRIVATE),
                                         got_text)],
                CHOOSING: [CallbackQueryHandler(on_audience, pattern=r"^z1\|A\|")],
                LEAF_ID: [MessageHandler(text, got_leaf)],
                CONFIRMING: [CallbackQueryHandler(on_confirm, pattern=r"^z1\|B\|confirm\|")],
            },
            fallbacks=[CommandHandler("cancel", cancel)],
            name="broadcast", persistent=True, allow_reentry=True,
        )
    return [flow, CommandHandler("broadcasts", list_broadcasts),
            CallbackQueryHandler(on_stop, pattern=r"^z1\|B\|stop\|")]
