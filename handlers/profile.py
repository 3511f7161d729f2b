"""The company profile ("can my company apply?"): a short optional dialog, /profile to edit,
/forget to delete everything; eligibility details and the self-funding calculator on cards.

Every step can be skipped: an unanswered fact makes the matching conditions "unknown",
never "not met".
"""

from __future__ import annotations

import asyncio
import warnings
from typing import Any

from telegram import Update
from telegram.constants import ChatType
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
from bot.catalogue.models import Leaf
from bot.catalogue.numbers import clean_number, parse_amount_wan
from bot.eligibility import (
    Profile,
    conditions_for,
    evaluate,
    self_funding,
    summary_text,
)
from bot.i18n import t
from bot.keyboards import Button, Keyboard
from handlers import groups, ui
from handlers.context import ZhinanContext

KIND, CITY, QUAL, REVENUE, RD, LEVEL, FUND = range(7)
KINDS = ("enterprise", "university", "institute", "hospital", "other")
QUALS = ("is_above_scale", "is_high_tech", "is_gazelle", "is_tech_sme")
LEVELS = ("none", "city", "region", "national")
NUMBER_STEPS = {REVENUE: "revenue_wan", RD: "rd_spend_wan", FUND: "can_self_fund_wan"}
MAX_WAN = 10_000_000


def load_profile(context: ZhinanContext, user_id: int) -> Profile | None:
    stored = context.services.state.profile(user_id)
    return Profile.model_validate_json(stored) if stored else None


def _draft(context: ZhinanContext) -> dict[str, Any]:
    data = context.user_data if context.user_data is not None else {}
    draft: dict[str, Any] = data.setdefault("profile_draft", {})
    return draft


def _skip_row(lang: str, owner: int) -> list[Button]:
    return [Button(t(lang, "profile.skip"), cb.build("profile", "skip", "-", owner=owner))]


async def start(update: Update, context: ZhinanContext) -> int:
    """/profile: show what we know and start (again) from the first question. Company figures
    are not for a group: there, point to the private chat."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None or context.user_data is None:
        return ConversationHandler.END
    if chat.type != ChatType.PRIVATE:
        await groups.point_to_private(update, context, "profile")
        return ConversationHandler.END
    lang = context.lang(update)
    services = context.services
    await asyncio.to_thread(services.state.touch_user, user.id, user.first_name, services.now())
    current = await asyncio.to_thread(load_profile, context, user.id)
    context.user_data["profile_draft"] = current.model_dump() if current else {}
    context.user_data["profile_step"] = KIND
    if current is not None:
        await ui.send(update, describe(current, lang))
    return await ask_kind(update, context)


async def ask_kind(update: Update, context: ZhinanContext) -> int:
    lang, owner = context.lang(update), _owner(update)
    rows = [[Button(t(lang, f"profile.kind_{kind}"), cb.build("profile", "kind", kind,
                                                               owner=owner))] for kind in KINDS]
    await ui.send(update, t(lang, "profile.ask_kind"), [*rows, _skip_row(lang, owner)])
    return KIND


async def ask_city(update: Update, context: ZhinanContext) -> int:
    lang, owner = context.lang(update), _owner(update)
    codes = context.services.catalogue.codes
    buttons = [Button(city, cb.build("profile", "city", code, owner=owner))
               for code, city in codes.items()]
    rows: Keyboard = [buttons[i: i + 3] for i in range(0, len(buttons), 3)]
    await ui.send(update, t(lang, "profile.ask_city"), [*rows, _skip_row(lang, owner)])
    return CITY


async def ask_quals(update: Update, context: ZhinanContext) -> int:
    lang, owner = context.lang(update), _owner(update)
    draft = _draft(context)
    rows = [[Button(("✅ " if draft.get(q) else "▫️ ") + t(lang, f"profile.{q}"),
                    cb.build("profile", "qual", q, owner=owner))] for q in QUALS]
    rows.append([Button(t(lang, "profile.next"), cb.build("profile", "done", "-", owner=owner))])
    await ui.show(update, t(lang, "profile.ask_quals"), rows)
    return QUAL


async def ask_number(update: Update, context: ZhinanContext, step: int) -> int:
    lang, owner = context.lang(update), _owner(update)
    await ui.send(update, t(lang, f"profile.ask_{NUMBER_STEPS[step]}"), [_skip_row(lang, owner)])
    return step


async def ask_level(update: Update, context: ZhinanContext) -> int:
    lang, owner = context.lang(update), _owner(update)
    rows = [[Button(t(lang, f"profile.level_{level}"), cb.build("profile", "level", level,
                                                                 owner=owner))]
            for level in LEVELS]
    await ui.send(update, t(lang, "profile.ask_level"), [*rows, _skip_row(lang, owner)])
    return LEVEL


def _owner(update: Update) -> int:
    return update.effective_user.id if update.effective_user else 0


async def on_button(update: Update, context: ZhinanContext) -> int:
    """Every button of the dialog; the current state says which question it answers."""
    lang = context.lang(update)
    payload = await ui.accept(update, lang)
    query = update.callback_query
    state = context.user_data.get("profile_step", KIND) if context.user_data else KIND
    if payload is None or query is None:
        return int(state)
    field, value = payload.args
    draft = _draft(context)
    if field == "kind" and value in KINDS:
        draft["applicant_kind"] = value
    elif field == "city" and value in context.services.catalogue.codes:
        draft["city"] = context.services.catalogue.codes[value]
    elif field == "level" and value in LEVELS:
        draft["platform_level"] = value
    elif field == "qual" and value in QUALS:
        draft[value] = not draft.get(value)
        await query.answer()
        return await ask_quals(update, context)
    await query.answer()
    return await advance(update, context, field)


async def advance(update: Update, context: ZhinanContext, answered: str) -> int:
    """The next question after `answered` (skips enterprise facts for non-enterprises)."""
    step = (context.user_data or {}).get("profile_step", KIND)
    order = [KIND, CITY, QUAL, REVENUE, RD, LEVEL, FUND]
    following = order[order.index(step) + 1:] if step in order else []
    if _draft(context).get("applicant_kind") not in (None, "enterprise"):
        following = [s for s in following if s not in (QUAL, REVENUE, RD)]
    if not following:
        return await finish(update, context)
    nxt = following[0]
    if context.user_data is not None:
        context.user_data["profile_step"] = nxt
    if nxt == CITY:
        return await ask_city(update, context)
    if nxt == QUAL:
        return await ask_quals(update, context)
    if nxt == LEVEL:
        return await ask_level(update, context)
    return await ask_number(update, context, nxt)


async def on_number(update: Update, context: ZhinanContext) -> int:
    """Revenue, R&D spend or self-funding, typed as 300万, 三百万, 0.2亿 or 300."""
    lang = context.lang(update)
    step = (context.user_data or {}).get("profile_step", REVENUE)
    message = update.effective_message
    amount = parse_amount_wan(((message.text if message else "") or "")[:40])
    if amount is None or not 0 <= amount <= MAX_WAN:
        await ui.send(update, t(lang, "profile.bad_number"))
        return int(step)
    _draft(context)[NUMBER_STEPS[step]] = amount
    return await advance(update, context, NUMBER_STEPS[step])


async def finish(update: Update, context: ZhinanContext) -> int:
    """Save what was answered and show it."""
    user = update.effective_user
    lang = context.lang(update)
    if user is None or context.user_data is None:
        return ConversationHandler.END
    profile = Profile.model_validate(context.user_data.pop("profile_draft", {}))
    context.user_data.pop("profile_step", None)
    await asyncio.to_thread(context.services.state.save_profile, user.id,
                            profile.model_dump_json(exclude_none=True))
    await ui.send(update, t(lang, "profile.saved") + "\n\n" + describe(profile, lang))
    return ConversationHandler.END


def describe(profile: Profile, lang: str) -> str:
    unknown = t(lang, "profile.unknown")
    yes, no = t(lang, "profile.yes"), t(lang, "profile.no")
    kind = t(lang, f"profile.kind_{profile.applicant_kind}") if profile.applicant_kind else unknown
    level = (t(lang, f"profile.level_{profile.platform_level}") if profile.platform_level
             else unknown)
    lines = [f"<b>{render.esc(t(lang, 'profile.title'))}</b>",
             render.esc(t(lang, "profile.line_kind", value=kind)),
             render.esc(t(lang, "profile.line_city", value=profile.city or unknown))]
    for qual in QUALS:
        value = getattr(profile, qual)
        lines.append(render.esc(f"{t(lang, f'profile.{qual}')}：" +
                                (unknown if value is None else yes if value else no)))
    for name in ("revenue_wan", "rd_spend_wan", "can_self_fund_wan"):
        value = getattr(profile, name)
        shown = unknown if value is None else f"{clean_number(value)} 万元"
        lines.append(render.esc(t(lang, f"profile.line_{name}", value=shown)))
    lines.append(render.esc(t(lang, "profile.line_level", value=level)))
    return "\n".join(lines)


async def forget(update: Update, context: ZhinanContext) -> None:
    """/forget: delete the profile, subscriptions and preferences."""
    user = update.effective_user
    if user is None:
        return
    await asyncio.to_thread(context.services.state.forget, user.id)
    if context.user_data is not None:
        context.user_data.clear()
    await ui.send(update, t(context.lang(update), "profile.forgotten"))


async def cancel(update: Update, context: ZhinanContext) -> int:
    for key in ("profile_draft", "profile_step"):
        (context.user_data or {}).pop(key, None)
    await ui.send(update, t(context.lang(update), "profile.cancelled"))
    return ConversationHandler.END


# --------------------------------------------------------------------------- on cards


def verdict_line(leaf: Leaf, profile: Profile | None, lang: str) -> str:
    """"符合 4/5 项，1 项待确认" — or an invitation to fill in a profile."""
    if profile is None:
        return t(lang, "profile.card_no_profile")
    return summary_text(evaluate(conditions_for(leaf), profile), lang)


def details(leaf: Leaf, profile: Profile | None, lang: str) -> str:
    """Each condition met / not met / unknown with its sentence, then the self-funding
    needed for the cap (or the floor, when only that is stated)."""
    icons = {"met": "✅", "not_met": "❌", "unknown": "❔"}
    verdicts = evaluate(conditions_for(leaf), profile or Profile())
    title = t(lang, "profile.details_title", title=render.short(leaf.title, 40))
    lines = [f"<b>{render.esc(title)}</b>", render.esc(summary_text(verdicts, lang)), ""]
    shown = [v for v in verdicts if v.condition.kind not in ("deliverable", "document", "note")]
    for verdict in shown:
        mark = "⭐" if verdict.condition.preference else icons[verdict.verdict]
        lines.append(f"{mark} {render.esc(verdict.condition.label)}：{render.esc(verdict.reason)}")
        lines.append(f"<i>「{render.esc(render.short(verdict.source, 120))}」</i>")
    if not shown:
        lines.append(render.esc(t(lang, "profile.no_conditions")))
    grant = leaf.funding_max_wan or leaf.funding_min_wan
    if grant:
        funding = self_funding(leaf, grant)
        lines += ["", f"💰 {render.esc(funding.en if lang == 'en' else funding.zh)}"]
    return "\n".join(lines)


async def on_details(update: Update, context: ZhinanContext) -> None:
    pressed = await ui.press(update, context.lang(update))
    if pressed is None:
        return
    lang, payload, query, user = pressed.lang, pressed.payload, pressed.query, pressed.user
    leaf = context.services.catalogue.by_id.get(payload.args[0])
    if leaf is None:
        await ui.expired(update, lang)
        return
    await query.answer()
    profile = await asyncio.to_thread(load_profile, context, user.id)
    keyboard = None if profile else [[Button(t(lang, "profile.fill"),
                                             cb.build("profile", "edit", "-", owner=user.id))]]
    await ui.send(update, details(leaf, profile, lang), keyboard)


def handlers() -> list[BaseHandler[Update, ZhinanContext, Any]]:
    buttons: BaseHandler[Update, ZhinanContext, Any] = CallbackQueryHandler(on_button,
                                   pattern=r"^z1\|P\|(kind|city|qual|level|skip|done)\|")
    numbers: BaseHandler[Update, ZhinanContext, Any] = MessageHandler(
        filters.TEXT & ~filters.COMMAND & filters.ChatType.PRIVATE, on_number)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "If 'per_message=False'", PTBUserWarning)
        dialog = ConversationHandler(
            entry_points=[CommandHandler("profile", start, filters=filters.ChatType.PRIVATE),
                          CallbackQueryHandler(_from_button, pattern=r"^z1\|P\|edit\|")],
            states={KIND: [buttons], CITY: [buttons], QUAL: [buttons], LEVEL: [buttons],
                    REVENUE: [buttons, numbers], RD: [buttons, numbers], FUND: [buttons, numbers]},
            fallbacks=[CommandHandler("cancel", cancel)],
            name="profile", persistent=True, allow_reentry=True,
        )
    return [dialog, CommandHandler("forget", forget),
            CallbackQueryHandler(on_details, pattern=r"^z1\|e\|")]


async def _from_button(update: Update, context: ZhinanContext) -> int:
    if update.callback_query is not None:
        await update.callback_query.answer()
    return await start(update, context)
