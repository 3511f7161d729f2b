"""Guided narrowing: city → sector → budget → results, each step one edited message.

The facets travel in the buttons (bot/callback_data.py), so every step is stateless and works
after a restart or in a group. Only typing an amount is a real conversation step: a persistent
ConversationHandler waits for that one message (in a group, a reply to the prompt).
"""

from __future__ import annotations

import warnings
from typing import Any

from telegram import ForceReply, Update
from telegram.constants import ChatType, ParseMode
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
)
from telegram.warnings import PTBUserWarning

from bot import browse, keyboards, render
from bot.callback_data import Facets
from bot.catalogue.facets import BUDGET_BANDS
from bot.catalogue.models import Leaf
from bot.catalogue.numbers import clean_number, parse_amount_wan
from bot.eligibility import Profile, conditions_for, evaluate
from bot.i18n import t
from handlers import ui
from handlers.addressing import PROMPT_ANSWER, answers_prompt, forget_prompt, remember_prompt
from handlers.context import ZhinanContext
from handlers.profile import load_profile

TYPING_BUDGET = 1
BUDGET_PROMPT = "budget_prompt"  # user_data: the prompt a group answer must reply to
MAX_TYPED_WAN = 999_999


def facets_summary(facets: Facets, context: ZhinanContext, lang: str) -> str:
    """"南宁 · 新能源 · 20–50万" — how the results were chosen."""
    catalogue = context.services.catalogue
    any_word = t(lang, "nav.any_word")
    city = catalogue.codes.get(facets.city or "", any_word) if facets.city else any_word
    sector = context.services.lexicon.taxonomy.get(facets.sector or "")
    sector_name = sector.name(lang) if sector else t(lang, "nav.any_sector")
    return " · ".join([city, sector_name, budget_label(facets.budget, lang)])


def budget_label(budget: str | None, lang: str) -> str:
    if budget is None:
        return t(lang, "nav.any_amount")
    if budget.startswith("w"):
        return t(lang, "budget.typed", amount=clean_number(float(budget[1:])))
    return next(band.label() for band in BUDGET_BANDS if band.key == budget)


async def show_step(update: Update, context: ZhinanContext, step: str, facets: Facets) -> None:
    """Render one step of the guided flow for the user who pressed (or typed)."""
    lang = context.lang(update)
    user = update.effective_user
    owner = user.id if user else 0
    catalogue = context.services.catalogue
    leaves, codes = catalogue.leaves, catalogue.codes
    total = browse.count(leaves, facets.with_(city=None) if step == "city" else facets, codes)
    if step == "city":
        options = browse.city_options(leaves, facets, codes)
        text = t(lang, "browse.city_step")
        keyboard = keyboards.city_step(lang, options, codes, total, facets, owner)
    elif step == "sector":
        keys = context.services.lexicon.taxonomy.keys
        options = browse.sector_options(leaves, facets.with_(sector=None), codes, keys)
        all_sectors = browse.count(leaves, facets.with_(sector=None), codes)
        text = t(lang, "browse.sector_step", chosen=render.esc(facets_summary(facets, context,
                                                                                lang)))
        keyboard = keyboards.sector_step(lang, options, context.services.lexicon.taxonomy,
                                         all_sectors, facets, owner)
    elif step == "budget":
        options = browse.budget_options(leaves, facets.with_(budget=None), codes)
        all_amounts = browse.count(leaves, facets.with_(budget=None), codes)
        text = t(lang, "browse.budget_step", chosen=render.esc(facets_summary(facets, context,
                                                                                lang)))
        keyboard = keyboards.budget_step(lang, options, all_amounts, facets, owner)
    else:
        text, keyboard = results_view(context, facets, lang, owner)
    await ui.show(update, text, keyboard)


def results_view(context: ZhinanContext, facets: Facets, lang: str,
                 owner: int) -> tuple[str, keyboards.Keyboard]:
    """The result list: how it was chosen, the page, the unknown-amount heading, relaxations."""
    catalogue = context.services.catalogue
    found = browse.results(catalogue.leaves, facets, catalogue.codes)
    profile = load_profile(context, owner) if owner else None
    only = bool((context.user_data or {}).get("only_eligible")) and profile is not None
    hidden: list[tuple[str, str]] = []
    if only and profile is not None:
        found, hidden = eligible_only(found, profile)
    page_number = min(facets.page, found.pages - 1)
    facets = facets.with_(page=page_number)
    chosen = render.esc(facets_summary(facets, context, lang))
    lines = [t(lang, "browse.results_head", chosen=chosen, n=len(found.fitting)
               if facets.budget else found.total)]
    if facets.budget and found.unknown:
        lines.append(t(lang, "browse.unknown_count", n=len(found.unknown)))
    if hidden:
        reasons = "、".join(sorted({reason for _, reason in hidden})[:3])
        lines.append(t(lang, "profile.hidden", n=len(hidden), reasons=render.esc(reasons)))
    if not found.total:
        lines.append(t(lang, "browse.none"))
    start = page_number * browse.PAGE_SIZE
    page = found.page(page_number)
    heading_done = False
    for offset, leaf in enumerate(page):
        if facets.budget and leaf in found.unknown and not heading_done:
            lines.append(f"\n<b>{render.esc(t(lang, 'browse.unknown_heading'))}</b>")
            heading_done = True
        lines.append(render.result_line(start + offset + 1, leaf, lang,
                                        show_city=facets.city is None))
    relax = browse.relaxations(catalogue.leaves, facets, catalogue.codes)
    keyboard = keyboards.results_page(lang, page, start + 1, facets, found.pages, relax, owner,
                                      only if profile is not None else None)
    return "\n".join(lines), keyboard


def eligible_only(found: browse.Results,
                  profile: Profile) -> tuple[browse.Results, list[tuple[str, str]]]:
    """Drop directions with a requirement the profile does not meet; say which and why."""
    hidden: list[tuple[str, str]] = []

    def keep(leaf: Leaf) -> bool:
        failed = [v for v in evaluate(conditions_for(leaf), profile)
                  if v.verdict == "not_met" and v.condition.required]
        if failed:
            hidden.append((leaf.id, failed[0].condition.label))
        return not failed

    kept = browse.Results(fitting=[leaf for leaf in found.fitting if keep(leaf)],
                          unknown=[leaf for leaf in found.unknown if keep(leaf)])
    return kept, hidden


async def on_only(update: Update, context: ZhinanContext) -> None:
    """Toggle "only directions I can apply to" and show the list again."""
    payload = await ui.accept(update, context.lang(update))
    if payload is None or payload.facets is None or update.callback_query is None:
        return
    if context.user_data is not None:
        context.user_data["only_eligible"] = not context.user_data.get("only_eligible")
    await update.callback_query.answer()
    await show_step(update, context, "results", payload.facets)


async def find(update: Update, context: ZhinanContext) -> None:
    """/find: start the guided flow."""
    await show_step(update, context, "city", Facets())


async def on_browse(update: Update, context: ZhinanContext) -> None:
    """A step button: the facets it carries are the new state."""
    payload = await ui.accept(update, context.lang(update))
    if payload is None or payload.facets is None or update.callback_query is None:
        return
    if not _valid(payload.facets, context):
        await ui.expired(update, context.lang(update))
        return
    await update.callback_query.answer()
    await show_step(update, context, payload.args[0], payload.facets)


def _valid(facets: Facets, context: ZhinanContext) -> bool:
    """Facets from a button must name things that exist (a forged button may not)."""
    if facets.city is not None and facets.city not in context.services.catalogue.codes:
        return False
    taxonomy = context.services.lexicon.taxonomy
    return facets.sector is None or taxonomy.get(facets.sector) is not None


async def ask_budget(update: Update, context: ZhinanContext) -> int:
    """"Type an amount": remember the facets and wait for one message (in a group, a reply to
    this prompt, which names the user so that only they are asked)."""
    lang = context.lang(update)
    payload = await ui.accept(update, lang)
    if payload is None or payload.facets is None or context.user_data is None:
        return ConversationHandler.END
    if update.callback_query is not None:
        await update.callback_query.answer()
    context.user_data["budget_facets"] = payload.facets.encode()
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return ConversationHandler.END
    text = render.esc(t(lang, "budget.ask"))
    if chat.type != ChatType.PRIVATE:
        text = f"{user.mention_html()} {text}"  # a selective ForceReply targets who is named
    prompt = await chat.send_message(text, parse_mode=ParseMode.HTML, reply_markup=ForceReply(
        selective=True, input_field_placeholder="50万"))
    remember_prompt(context, BUDGET_PROMPT, prompt)
    return TYPING_BUDGET


async def got_budget(update: Update, context: ZhinanContext) -> int:
    """Read "50万", "五十万", "0.5亿"; ask again on anything else. In a group, a reply to
    another of the bot's messages is not the amount: it is routed as any reply is."""
    lang = context.lang(update)
    message = update.effective_message
    if message is None or context.user_data is None:
        return ConversationHandler.END
    if not answers_prompt(update, context, BUDGET_PROMPT):
        from handlers import support  # support's replies reach browse through search

        await support.on_reply(update, context)
        return TYPING_BUDGET
    amount = parse_amount_wan((message.text or "")[:40])
    if amount is None or not 0 < amount <= MAX_TYPED_WAN:
        await message.reply_text(t(lang, "budget.unreadable"))
        return TYPING_BUDGET
    forget_prompt(context, BUDGET_PROMPT)
    facets = Facets.decode(context.user_data.pop("budget_facets", "")) or Facets()
    budget = f"w{clean_number(round(amount, 2))}"
    await show_step(update, context, "results", facets.with_(budget=budget, page=0))
    return ConversationHandler.END


async def cancel(update: Update, context: ZhinanContext) -> int:
    forget_prompt(context, BUDGET_PROMPT)
    if context.user_data is not None:
        context.user_data.pop("budget_facets", None)
    await ui.send(update, t(context.lang(update), "budget.cancelled"))
    return ConversationHandler.END


def handlers() -> list[BaseHandler[Update, ZhinanContext, Any]]:
    with warnings.catch_warnings():
        # PTB warns that with per_message=False a CallbackQueryHandler is not tracked per
        # message. That is the intent: the button only opens a per-(chat, user) text step.
        warnings.filterwarnings("ignore", "If 'per_message=False'", PTBUserWarning)
        typed = ConversationHandler(
            entry_points=[CallbackQueryHandler(ask_budget, pattern=r"^z1\|b\|type_budget\|")],
            states={TYPING_BUDGET: [MessageHandler(PROMPT_ANSWER, got_budget)]},
            fallbacks=[CommandHandler("cancel", cancel)],
            name="typed_budget",
            persistent=True,
            allow_reentry=True,
        )
    return [
        typed,
        CommandHandler("find", find),
        CallbackQueryHandler(on_browse, pattern=r"^z1\|b\|"),
        CallbackQueryHandler(on_only, pattern=r"^z1\|o\|"),
    ]
