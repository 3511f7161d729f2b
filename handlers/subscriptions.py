"""Following directions, guidelines, cities and saved searches; reminder settings; .ics export."""

from __future__ import annotations

import asyncio
from typing import Any

from telegram import InputFile, Update
from telegram.constants import ChatType
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, TypeHandler

from bot import callback_data as cb
from bot import ics, keyboards, render
from bot.i18n import pick_language, t
from bot.reminders import DEFAULT_LADDER, WindowRef, concerned_refs
from bot.state import Subscription
from handlers import ui
from handlers.addressing import ADDRESSED_TO_BOT
from handlers.context import ZhinanContext


async def track_user(update: Update, context: ZhinanContext) -> None:
    """Remember who talks to us: broadcasts and reminders need it. A message in the private
    chat makes the user reachable (checked each time: it is also how a user who blocked us
    comes back); anyone else is recorded once per process, and group chatter not addressed to
    the bot not at all."""
    user, chat = update.effective_user, update.effective_chat
    services = context.services
    if user is None or user.is_bot:
        return
    private = update.message is not None and chat is not None and chat.type == ChatType.PRIVATE
    if private:
        if user.id in services.known_users and await asyncio.to_thread(
                services.state.is_reachable, user.id):
            return
    elif user.id in services.known_users or not _addressed(update):
        return
    services.known_users.add(user.id)
    await asyncio.to_thread(services.state.touch_user, user.id, user.first_name, services.now(),
                            private=private)
    stored = await asyncio.to_thread(services.state.user, user.id)
    if stored is not None and not stored.get("lang"):
        lang = pick_language(None, user.language_code)
        await asyncio.to_thread(services.state.set_user_field, user.id, "lang", lang)


def _addressed(update: Update) -> bool:
    """Button presses and inline queries are; messages when they are meant for the bot."""
    return update.effective_message is None or update.callback_query is not None or bool(
        ADDRESSED_TO_BOT.check_update(update))


def describe(subscription: Subscription, context: ZhinanContext, lang: str) -> str:
    """A subscription in words: the direction's title, the guideline, the city (+ sector)."""
    catalogue = context.services.catalogue
    if subscription.kind == "leaf":
        leaf = catalogue.by_id.get(subscription.target)
        return t(lang, "subs.leaf", title=leaf.title if leaf else subscription.target)
    if subscription.kind == "guideline":
        meta = catalogue.metas.get(subscription.target)
        name = f"{meta.city} {meta.year}" if meta else subscription.target
        return t(lang, "subs.guideline", name=name)
    if subscription.kind == "city":
        sector = context.services.lexicon.taxonomy.get(subscription.sector)
        name = subscription.target + (f" · {sector.name(lang)}" if sector else "")
        return t(lang, "subs.city", name=name)
    return t(lang, "subs.search", q=subscription.target)


async def subscriptions(update: Update, context: ZhinanContext) -> None:
    """/subscriptions: what the user follows, with remove buttons, mute and ladder choice."""
    lang = context.lang(update)
    user = update.effective_user
    if user is None:
        return
    services = context.services
    subs = await asyncio.to_thread(services.state.subscriptions, user.id)
    stored = await asyncio.to_thread(services.state.user, user.id) or {}
    muted = bool(stored.get("muted"))
    ladder = stored.get("ladder") or ",".join(map(str, DEFAULT_LADDER))
    lines = [f"<b>{render.esc(t(lang, 'subs.title'))}</b>"]
    if not subs:
        lines.append(render.esc(t(lang, "subs.none")))
    for index, sub in enumerate(subs, start=1):
        lines.append(f"{index}. {render.esc(describe(sub, context, lang))}")
    lines.append("")
    lines.append(render.esc(t(lang, "subs.ladder", days=ladder.replace(",", "、"))))
    if muted:
        lines.append(render.esc(t(lang, "subs.muted")))
    keyboard = keyboards.subscriptions(lang, [sub.id for sub in subs], muted, user.id)
    await ui.show(update, "\n".join(lines), keyboard)


async def on_follow(update: Update, context: ZhinanContext) -> None:
    pressed = await ui.press(update, context.lang(update))
    if pressed is None:
        return
    lang, payload, query, user = pressed.lang, pressed.payload, pressed.query, pressed.user
    resolved = _resolve_follow(payload.args[0], payload.args[1], context)
    if resolved is None:
        await ui.expired(update, lang)
        return
    kind, target, sector = resolved
    services = context.services
    await asyncio.to_thread(services.state.touch_user, user.id, user.first_name, services.now())
    added = await asyncio.to_thread(services.state.subscribe, user.id, kind, target,
                                    services.now(), sector)
    await query.answer(t(lang, "subs.added" if added else "subs.already"), show_alert=added)


def _resolve_follow(kind: str, target: str,
                    context: ZhinanContext) -> tuple[Any, str, str] | None:
    """What a follow button means, checked against the catalogue (buttons may be forged)."""
    catalogue = context.services.catalogue
    if kind == "leaf" and target in catalogue.by_id:
        return kind, target, ""
    if kind == "guideline" and target in catalogue.metas:
        return kind, target, ""
    if kind == "city":
        code, _, sector = target.partition(".")
        city = catalogue.codes.get(code)
        if city and (not sector or context.services.lexicon.taxonomy.get(sector)):
            return kind, city, sector
    if kind == "search" and target == "last":
        stored = (context.user_data or {}).get("search") or {}
        if stored.get("q"):
            return kind, str(stored["q"]), ""
    return None


async def on_unfollow(update: Update, context: ZhinanContext) -> None:
    pressed = await ui.press(update, context.lang(update))
    if pressed is None:
        return
    lang, payload, query, user = pressed.lang, pressed.payload, pressed.query, pressed.user
    removed = await asyncio.to_thread(context.services.state.unsubscribe, user.id,
                                      int(payload.args[0]))
    await query.answer(t(lang, "subs.removed" if removed else "errors.expired"))
    await subscriptions(update, context)


async def on_mute(update: Update, context: ZhinanContext) -> None:
    pressed = await ui.press(update, context.lang(update))
    if pressed is None:
        return
    lang, query, user = pressed.lang, pressed.query, pressed.user
    state = context.services.state
    stored = await asyncio.to_thread(state.user, user.id) or {}
    muted = not bool(stored.get("muted"))
    await asyncio.to_thread(state.set_user_field, user.id, "muted", int(muted))
    await query.answer(t(lang, "subs.muted" if muted else "subs.unmuted"))
    await subscriptions(update, context)


async def on_ladder(update: Update, context: ZhinanContext) -> None:
    pressed = await ui.press(update, context.lang(update))
    if pressed is None:
        return
    lang, payload, query, user = pressed.lang, pressed.payload, pressed.query, pressed.user
    ladder = ",".join(map(str, cb.LADDERS[payload.args[0]]))
    await asyncio.to_thread(context.services.state.set_user_field, user.id, "ladder", ladder)
    await query.answer(t(lang, "subs.ladder", days=ladder.replace(",", "、")))
    await subscriptions(update, context)


def deadlines_for(context: ZhinanContext, kind: str, target: str,
                  user_id: int) -> tuple[list[ics.Deadline], str]:
    """The dated stages an .ics export covers, and the calendar's name."""
    services = context.services
    catalogue = services.catalogue
    refs: set[WindowRef]
    if kind == "leaf":
        leaf = catalogue.by_id.get(target)
        refs = {WindowRef(leaf.guideline, leaf.id), WindowRef(leaf.guideline)} if leaf else set()
        name = leaf.title if leaf else target
    elif kind == "guideline":
        refs = {WindowRef(target)}
        name = target
    else:
        refs = set()
        overrides = {ref for ref in services.windows if ref.leaf_id}
        for sub in services.state.subscriptions(user_id):
            refs |= concerned_refs(sub, catalogue.by_id, catalogue.metas, overrides,
                                   services.search_leaves)
        name = "指南"
    found = []
    for ref in sorted(refs):
        window = services.windows.get(ref)
        if window is None:
            continue
        title = services.window_title(ref)
        for stage in window.stages:
            found.append(ics.Deadline(title=f"{stage.label}｜{title}", stage=stage,
                                      description=window.source or "",
                                      key=f"{ref.guideline}/{ref.leaf_id}/{stage.label}"))
    return found, name


async def on_ics(update: Update, context: ZhinanContext) -> None:
    """Send an .ics file with the deadlines of a direction, a guideline or all one follows."""
    lang = context.lang(update)
    payload = await ui.accept(update, lang)
    query, user, chat = update.callback_query, update.effective_user, update.effective_chat
    if payload is None or query is None or user is None or chat is None:
        return
    kind, target = payload.args
    found, name = await asyncio.to_thread(deadlines_for, context, kind, target, user.id)
    if not found:
        await query.answer(t(lang, "subs.no_dates"), show_alert=True)
        return
    await query.answer()
    data = ics.calendar(found, name, context.services.now())
    await chat.send_document(InputFile(data, filename="zhinan-deadlines.ics"),
                             caption=t(lang, "subs.ics_caption", n=len(found)))


def handlers() -> list[BaseHandler[Update, ZhinanContext, Any]]:
    return [
        CommandHandler("subscriptions", subscriptions),
        CallbackQueryHandler(on_follow, pattern=r"^z1\|f\|"),
        CallbackQueryHandler(on_unfollow, pattern=r"^z1\|u\|"),
        CallbackQueryHandler(on_mute, pattern=r"^z1\|M\|"),
        CallbackQueryHandler(on_ladder, pattern=r"^z1\|L\|"),
        CallbackQueryHandler(on_ics, pattern=r"^z1\|i\|"),
    ]


def tracker() -> TypeHandler[Update, ZhinanContext, None]:
    return TypeHandler(Update, track_user)
