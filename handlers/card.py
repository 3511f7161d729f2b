"""Direction cards, their full texts, and side-by-side comparison."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot import keyboards, render
from bot.callback_data import Facets
from bot.i18n import t
from handlers import profile as profiles
from handlers import ui
from handlers.context import ZhinanContext

MAX_COMPARE = 4


def _compared(context: ZhinanContext) -> list[str]:
    if context.user_data is None:
        return []
    ids: list[str] = context.user_data.setdefault("compare", [])
    return ids


def card_view(context: ZhinanContext, leaf_id: str, lang: str, owner: int,
              facets: Facets | None = None) -> tuple[str, keyboards.Keyboard] | None:
    services = context.services
    leaf = services.catalogue.by_id.get(leaf_id)
    if leaf is None:
        return None
    text = render.card(leaf, services.window_for(leaf), lang, services.now(),
                       services.lexicon.taxonomy)
    profile = profiles.load_profile(context, owner) if owner else None
    text += f"\n🧾 {render.esc(profiles.verdict_line(leaf, profile, lang))}"
    compared = _compared(context)
    keyboard = keyboards.card(lang, leaf, facets, leaf_id in compared, owner)
    if len(compared) >= 2:
        keyboard += keyboards.compare_bar(lang, len(compared), owner)
    return text, keyboard


async def on_card(update: Update, context: ZhinanContext) -> None:
    lang = context.lang(update)
    payload = await ui.accept(update, lang)
    if payload is None or update.callback_query is None:
        return
    user = update.effective_user
    view = card_view(context, payload.args[0], lang, user.id if user else 0, payload.facets)
    if view is None:
        await ui.expired(update, lang)
        return
    await update.callback_query.answer()
    await ui.show(update, *view)


async def on_extra(update: Update, context: ZhinanContext) -> None:
    """Full indicators or requirements, as new messages (they can be long)."""
    lang = context.lang(update)
    payload = await ui.accept(update, lang)
    if payload is None or update.callback_query is None:
        return
    leaf = context.services.catalogue.by_id.get(payload.args[0])
    if leaf is None:
        await ui.expired(update, lang)
        return
    await update.callback_query.answer()
    await ui.send(update, render.full_text(leaf, payload.args[1], lang))


async def on_compare(update: Update, context: ZhinanContext) -> None:
    """Add to or remove from the comparison (at most four)."""
    lang = context.lang(update)
    payload = await ui.accept(update, lang)
    query = update.callback_query
    if payload is None or query is None:
        return
    leaf_id = payload.args[0]
    if leaf_id not in context.services.catalogue.by_id:
        await ui.expired(update, lang)
        return
    compared = _compared(context)
    if leaf_id in compared:
        compared.remove(leaf_id)
        await query.answer(t(lang, "compare.removed", n=len(compared)))
    elif len(compared) >= MAX_COMPARE:
        await query.answer(t(lang, "compare.full", n=MAX_COMPARE), show_alert=True)
        return
    else:
        compared.append(leaf_id)
        await query.answer(t(lang, "compare.added", n=len(compared)))
    user = update.effective_user
    view = card_view(context, leaf_id, lang, user.id if user else 0)
    if view is not None and query.message is not None:
        await query.edit_message_reply_markup(ui.markup(view[1]))


async def on_compare_show(update: Update, context: ZhinanContext) -> None:
    lang = context.lang(update)
    payload = await ui.accept(update, lang)
    if payload is None or update.callback_query is None:
        return
    services = context.services
    leaves = [services.catalogue.by_id[i] for i in _compared(context)
              if i in services.catalogue.by_id]
    if len(leaves) < 2:
        await update.callback_query.answer(t(lang, "compare.need_two"), show_alert=True)
        return
    await update.callback_query.answer()
    await ui.send(update, render.compare(leaves, services.window_for, lang, services.now()))


async def on_compare_clear(update: Update, context: ZhinanContext) -> None:
    lang = context.lang(update)
    payload = await ui.accept(update, lang)
    if payload is None or update.callback_query is None:
        return
    _compared(context).clear()
    await update.callback_query.answer(t(lang, "compare.cleared"))


def handlers() -> list[BaseHandler[Update, ZhinanContext, None]]:
    return [
        CallbackQueryHandler(on_card, pattern=r"^z1\|c\|"),
        CallbackQueryHandler(on_extra, pattern=r"^z1\|x\|"),
        CallbackQueryHandler(on_compare, pattern=r"^z1\|k\|"),
        CallbackQueryHandler(on_compare_show, pattern=r"^z1\|K\|"),
        CallbackQueryHandler(on_compare_clear, pattern=r"^z1\|C\|"),
    ]
