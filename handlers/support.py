"""Follow-ups on cards and asking a person: answers from a direction's fields or saved FAQs,
tickets posted to the support group, staff answers relayed back, closing, FAQs.

Replies are how both sides talk in groups, where only lines addressed to the bot are its
business (handlers/addressing.py): a user replies to a card to ask about it, staff reply to a
ticket post to answer, the user replies to the relayed answer to add more, and in a group the
question asked for by /ask is a reply to that prompt. `on_reply` routes them.
"""

from __future__ import annotations

import asyncio
import logging
import time
import warnings
from typing import Any

from telegram import ForceReply, Message, Update, User
from telegram.constants import ChatMemberStatus, ChatType, ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError
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
from bot import followup, render, support
from bot.catalogue.models import Leaf
from bot.i18n import t
from bot.keyboards import Button, Keyboard
from bot.support import STAFF_LANG, NewTicket, Ticket
from bot.windows import window_status
from handlers import groups, search, ui
from handlers.addressing import (
    PROMPT_ANSWER,
    REPLIES_TO_BOT,
    answers_prompt,
    forget_prompt,
    remember_prompt,
)
from handlers.context import ZhinanContext

log = logging.getLogger("zhinan.support")
ASKING = 0
PENDING = "support_pending"  # user_data: the last follow-up question, ready to hand to staff
ASK_LEAF = "support_ask_leaf"  # user_data: what the prompted question is about
ASK_PROMPT = "support_ask_prompt"  # user_data: the prompt a group answer must reply to
MAX_TEXT = 1500
STAFF_TTL = 60.0  # seconds a getChatMember answer is trusted
_STAFF_STATUSES = (ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR)
_MEMBER_STATUSES = (*_STAFF_STATUSES, ChatMemberStatus.MEMBER, ChatMemberStatus.RESTRICTED)


def _office(context: ZhinanContext) -> support.SupportDesk:
    return groups.desk(context)


async def _is_support_chat(context: ZhinanContext, chat_id: int) -> bool:
    settings = context.services.settings
    configured = [c for c in (settings.support_chat_id, *settings.support_chats.values()) if c]
    if not configured:
        return False
    return chat_id in await asyncio.to_thread(_office(context).support_chats, configured)


async def _reply(message: Message, text: str, keyboard: Keyboard | None = None) -> Message:
    return await message.reply_text(text, parse_mode=ParseMode.HTML,
                                    reply_markup=ui.markup(keyboard))


# --------------------------------------------------------------------------- follow-ups


def _card_leaf(context: ZhinanContext, replied: Message | None) -> Leaf | None:
    """The direction of a card message (buttons first, then its source line)."""
    if replied is None:
        return None
    markup = replied.reply_markup
    datas = [button.callback_data for row in (markup.inline_keyboard if markup else ())
             for button in row if isinstance(button.callback_data, str)]
    catalogue = context.services.catalogue
    by_source = {(leaf.source_file, leaf.source_line): leaf.id for leaf in catalogue.leaves}
    leaf_id = followup.card_leaf_id(datas, replied.text, by_source, catalogue.by_id)
    return catalogue.by_id.get(leaf_id) if leaf_id else None


def _ask_keyboard(lang: str, leaf_id: str, owner: int, key: str = "followup.btn_ask",
                  op: Any = "ask") -> Keyboard:
    return [[Button(t(lang, key), cb.build(op, leaf_id, owner=owner))]]


async def answer_followup(update: Update, context: ZhinanContext, leaf: Leaf,
                          question: str) -> None:
    """A saved FAQ if one matches, else facts from the fields; a person offered when needed."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    lang = context.lang(update)
    faqs = await asyncio.to_thread(_office(context).faqs, leaf.id)
    hit = support.match_faq(question, faqs)
    if hit is not None:
        _remember(context, leaf.id, question, message)
        text = t(lang, "followup.faq", question=render.esc(hit.question),
                 answer=render.esc(hit.answer))
        await _reply(message, text, _ask_keyboard(lang, leaf.id, user.id, "followup.btn_human",
                                                  "human"))
        return
    intents = followup.detect_intents(question)
    if not intents:
        _remember(context, leaf.id, question, message)
        await _reply(message, render.esc(t(lang, "followup.not_understood")),
                     _ask_keyboard(lang, leaf.id, user.id))
        return
    services = context.services
    result = followup.answer(leaf, intents, window_status(services.window_for(leaf),
                                                          services.now()), lang)
    if result.complete:
        await _reply(message, result.text)
        return
    _remember(context, leaf.id, question, message)
    text = f"{result.text}\n\n{render.esc(t(lang, 'followup.offer'))}"
    await _reply(message, text, _ask_keyboard(lang, leaf.id, user.id))


def _remember(context: ZhinanContext, leaf_id: str, question: str, message: Message) -> None:
    """Keep a question the bot offered to hand to staff: the 🙋 button then sends it as is."""
    if context.user_data is not None:
        context.user_data[PENDING] = {"leaf": leaf_id, "q": question[:MAX_TEXT],
                                      "chat": message.chat_id, "msg": message.message_id}


async def on_reply(update: Update, context: ZhinanContext) -> None:
    """Route a reply to the bot: staff answering a ticket, a user adding to a ticket, a
    question about a card; in a private chat anything else is a search, as typed text is."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None or message.reply_to_message is None:
        return
    text = (message.text or "")[:MAX_TEXT]
    if await _is_support_chat(context, chat.id):
        await staff_reply(update, context)
        return
    found = await asyncio.to_thread(_office(context).by_message, chat.id,
                                    message.reply_to_message.message_id)
    if found is not None and found[1] == "relay":
        await user_followup(update, context, found[0])
        return
    leaf = _card_leaf(context, message.reply_to_message)
    if leaf is not None:
        await answer_followup(update, context, leaf, text)
    elif chat.type == ChatType.PRIVATE:
        await search.run_search(update, context, text)


# --------------------------------------------------------------------------- opening tickets


def _context_words(context: ZhinanContext, update: Update) -> str:
    """What staff should know besides the question: the last search, the group asked in."""
    parts = []
    stored = (context.user_data or {}).get("search") or {}
    if stored.get("q"):
        parts.append(t(STAFF_LANG, "support.context_search", q=stored["q"]))
    chat = update.effective_chat
    if chat is not None and chat.type != ChatType.PRIVATE:
        parts.append(t(STAFF_LANG, "support.context_group", title=chat.title or chat.id))
    return "；".join(parts)


async def open_ticket(update: Update, context: ZhinanContext, question: str,
                      leaf_id: str | None, origin_message_id: int | None) -> None:
    """Check the limits, post the question to the support group, tell the user."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return
    lang = context.lang(update)
    services, office = context.services, _office(context)
    settings = services.settings
    leaf = services.catalogue.by_id.get(leaf_id or "")
    target = support.support_chat_for(leaf.city if leaf else None, settings.support_chat_id,
                                      settings.support_chats)
    if target is None:
        await ui.send(update, render.esc(t(lang, "support.unavailable")))
        return
    new = NewTicket(
        user_id=user.id, user_name=user.full_name, username=user.username, lang=lang,
        origin_chat_id=chat.id, origin_message_id=origin_message_id,
        leaf_id=leaf.id if leaf else None, context=_context_words(context, update),
        question=question.strip()[:MAX_TEXT],
        support_chat_id=await asyncio.to_thread(office.resolve_chat, target))
    ticket = await asyncio.to_thread(office.open_ticket, new, services.now(),
                                     settings.max_open_tickets,
                                     settings.support_messages_per_minute)
    if ticket == "too_many":
        await ui.send(update, render.esc(t(lang, "support.too_many",
                                           n=settings.max_open_tickets)))
        return
    if ticket == "too_fast":
        await ui.send(update, render.esc(t(lang, "support.too_fast")))
        return
    assert isinstance(ticket, Ticket)
    if not await _post(context, ticket, leaf):
        await ui.send(update, render.esc(t(lang, "support.unavailable")))
        return
    await ui.send(update, render.esc(t(lang, "support.opened", n=ticket.id)))


async def _post(context: ZhinanContext, ticket: Ticket, leaf: Leaf | None) -> bool:
    """Post a new ticket; if the support group cannot be reached, close it again."""
    office = _office(context)
    try:
        posted = await groups.send_following(context, ticket.support_chat_id,
                                             support.ticket_post(ticket, leaf),
                                             support.ticket_keyboard(ticket, False))
    except TelegramError:
        log.exception("could not post ticket %s to chat %s", ticket.id, ticket.support_chat_id)
        await asyncio.to_thread(office.close, ticket.id, 0, context.services.now())
        return False
    await asyncio.to_thread(office.set_post, ticket.id, posted.chat_id, posted.message_id)
    return True


async def _prompt(update: Update, context: ZhinanContext, leaf: Leaf | None) -> int:
    """Ask for the question with a ForceReply (in groups the answer is then a reply to us)."""
    lang = context.lang(update)
    if context.user_data is not None:
        context.user_data[ASK_LEAF] = leaf.id if leaf else ""
    text = render.esc(t(lang, "support.prompt"))
    if leaf is not None:
        text += "\n" + render.esc(t(lang, "support.prompt_about", title=leaf.title))
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if chat is not None and chat.type != ChatType.PRIVATE and user is not None:
        text = f"{user.mention_html()} {text}"  # a selective ForceReply targets who is named
    force = ForceReply(selective=True, input_field_placeholder=t(lang, "support.placeholder"))
    if update.callback_query is None and message is not None:
        prompt = await message.reply_text(text, parse_mode=ParseMode.HTML, reply_markup=force)
    elif chat is not None:
        prompt = await chat.send_message(text, parse_mode=ParseMode.HTML, reply_markup=force)
    else:
        return ConversationHandler.END
    remember_prompt(context, ASK_PROMPT, prompt)
    return ASKING


async def ask_command(update: Update, context: ZhinanContext) -> int:
    """/ask [question] — about the card it replies to, if it does."""
    message = update.effective_message
    if message is None:
        return ConversationHandler.END
    leaf = _card_leaf(context, message.reply_to_message)
    question = " ".join(context.args or []).strip()
    if not question:
        return await _prompt(update, context, leaf)
    await open_ticket(update, context, question, leaf.id if leaf else None, message.message_id)
    return ConversationHandler.END


async def on_ask_button(update: Update, context: ZhinanContext) -> int:
    """🙋 on a card, the menu, a follow-up answer or an FAQ: the pending question goes to
    staff at once, otherwise ask for one."""
    lang = context.lang(update)
    payload = await ui.accept(update, lang)
    query, chat = update.callback_query, update.effective_chat
    if payload is None or query is None or chat is None:
        return ConversationHandler.END
    leaf_id = payload.args[0]
    leaf = context.services.catalogue.by_id.get(leaf_id)
    if leaf is None and (leaf_id != cb.EMPTY or payload.op == "human"):
        await ui.expired(update, lang)
        return ConversationHandler.END
    await query.answer()
    pending = (context.user_data or {}).get(PENDING) or {}
    if leaf is not None and pending.get("leaf") == leaf.id and pending.get("chat") == chat.id:
        if context.user_data is not None:
            context.user_data.pop(PENDING, None)
        await open_ticket(update, context, pending["q"], leaf.id, pending.get("msg"))
        return ConversationHandler.END
    return await _prompt(update, context, leaf)


async def on_question(update: Update, context: ZhinanContext) -> int:
    """The answer to the prompt: the question itself. In a group, a reply to another of the
    bot's messages is not the answer: it is routed as any reply is, and the prompt waits."""
    message = update.effective_message
    if message is None or not message.text:
        return ASKING
    if not answers_prompt(update, context, ASK_PROMPT):
        await on_reply(update, context)
        return ASKING
    forget_prompt(context, ASK_PROMPT)
    leaf_id = (context.user_data or {}).pop(ASK_LEAF, "") or None
    await open_ticket(update, context, message.text, leaf_id, message.message_id)
    return ConversationHandler.END


async def cancel_ask(update: Update, context: ZhinanContext) -> int:
    forget_prompt(context, ASK_PROMPT)
    if context.user_data is not None:
        context.user_data.pop(ASK_LEAF, None)
    await ui.send(update, render.esc(t(context.lang(update), "support.cancelled")))
    return ConversationHandler.END


# --------------------------------------------------------------------------- the thread


async def staff_reply(update: Update, context: ZhinanContext) -> None:
    """A reply in the support group to a ticket post (or a user's follow-up there): relay it
    to the user as the bot, naming the staff member only when configured."""
    message, staff = update.effective_message, update.effective_user
    if message is None or staff is None or message.reply_to_message is None:
        return
    office = _office(context)
    found = await asyncio.to_thread(office.by_message, message.chat_id,
                                    message.reply_to_message.message_id)
    if found is None:
        return  # staff talking among themselves
    ticket = found[0]
    lang = context.lang(update)
    if not ticket.is_open:
        await _reply(message, render.esc(t(lang, "support.already_closed", n=ticket.id)))
        return
    text = (message.text or "")[:MAX_TEXT]
    key = "support.staff_reply_named" if context.services.settings.reveal_staff \
        else "support.staff_reply"
    relay = t(ticket.lang, key, n=ticket.id, name=render.esc(staff.first_name),
              text=render.esc(text))
    try:
        sent = await groups.send_following(context, ticket.origin_chat_id, relay,
                                           reply_to=ticket.origin_message_id)
    except Forbidden as exc:
        log.info("ticket %s: user %s unreachable: %s", ticket.id, ticket.user_id, exc)
        await _reply(message, render.esc(t(lang, "support.undeliverable", n=ticket.id)))
        return
    office_now = context.services.now()
    await asyncio.to_thread(office.link, sent.chat_id, sent.message_id, ticket.id, "relay")
    first = await asyncio.to_thread(office.note_staff_answer, ticket.id, staff.id, text,
                                    office_now)
    if first and ticket.leaf_id:
        await _refresh_post(context, ticket, answered=True)


async def _refresh_post(context: ZhinanContext, ticket: Ticket, *, answered: bool) -> None:
    """Show the FAQ button on the ticket post once staff have answered."""
    fresh = await asyncio.to_thread(_office(context).ticket, ticket.id)
    if fresh is None or fresh.post_message_id is None:
        return
    try:
        await context.bot.edit_message_reply_markup(
            fresh.support_chat_id, fresh.post_message_id,
            reply_markup=ui.markup(support.ticket_keyboard(fresh, answered)))
    except BadRequest as exc:
        log.info("ticket %s: post not updated: %s", ticket.id, exc)


async def user_followup(update: Update, context: ZhinanContext, ticket: Ticket) -> None:
    """The user replied to a relayed answer: add it to the ticket's thread in the group."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None or user.id != ticket.user_id:
        return  # someone else in a group replied to another user's answer
    lang = context.lang(update)
    if not ticket.is_open:
        await _reply(message, render.esc(t(lang, "support.ticket_closed", n=ticket.id)))
        return
    text = (message.text or "")[:MAX_TEXT]
    services, office = context.services, _office(context)
    allowed = await asyncio.to_thread(office.note_user_message, ticket.id, user.id, text,
                                      services.now(),
                                      services.settings.support_messages_per_minute)
    if not allowed:
        await _reply(message, render.esc(t(lang, "support.too_fast")))
        return
    note = t(STAFF_LANG, "support.user_more", n=ticket.id, name=render.esc(ticket.user_name),
             text=render.esc(text))
    sent = await groups.send_following(context, ticket.support_chat_id, note,
                                       reply_to=ticket.post_message_id)
    await asyncio.to_thread(office.link, sent.chat_id, sent.message_id, ticket.id, "user_msg")
    await _reply(message, render.esc(t(lang, "support.forwarded", n=ticket.id)))


# --------------------------------------------------------------------------- staff commands


def _staff_cache(context: ZhinanContext) -> dict[tuple[int, int], tuple[bool, float]]:
    cache = context.application.bot_data.get("staff_cache")
    if not isinstance(cache, dict):
        cache = {}
        context.application.bot_data["staff_cache"] = cache
    return cache


async def is_staff(context: ZhinanContext, chat_id: int, user_id: int) -> bool:
    """A member of the support group who is its administrator or a listed staff member
    (getChatMember, trusted for a minute)."""
    cache = _staff_cache(context)
    hit = cache.get((chat_id, user_id))
    if hit is not None and hit[1] > time.monotonic():
        return hit[0]
    try:
        member = await context.bot.get_chat_member(chat_id, user_id)
    except TelegramError as exc:
        log.info("getChatMember %s/%s failed: %s", chat_id, user_id, exc)
        return False
    listed = user_id in context.services.settings.support_staff_ids
    allowed = member.status in _STAFF_STATUSES or (listed and member.status in _MEMBER_STATUSES)
    cache[(chat_id, user_id)] = (allowed, time.monotonic() + STAFF_TTL)
    return allowed


async def _staff_ticket(update: Update, context: ZhinanContext, usage: str) -> Ticket | None:
    """The ticket a staff command names (/close 12, or as a reply to its post), after checking
    where it is used and by whom; refusals are answered here."""
    message, user, chat = update.effective_message, update.effective_user, update.effective_chat
    if message is None or user is None or chat is None:
        return None
    lang = context.lang(update)
    if not await _is_support_chat(context, chat.id):
        await _reply(message, render.esc(t(lang, "support.only_support")))
        return None
    if not await is_staff(context, chat.id, user.id):
        log.warning("user %s tried a staff command in chat %s", user.id, chat.id)
        await _reply(message, render.esc(t(lang, "support.not_staff")))
        return None
    office = _office(context)
    args = context.args or []
    ticket: Ticket | None = None
    if args and args[0].lstrip("#").isdigit():
        ticket = await asyncio.to_thread(office.ticket, int(args[0].lstrip("#")))
    elif message.reply_to_message is not None:
        found = await asyncio.to_thread(office.by_message, chat.id,
                                        message.reply_to_message.message_id)
        ticket = found[0] if found else None
    if ticket is None:
        await _reply(message, render.esc(t(lang, usage)))
    return ticket


async def close_ticket(context: ZhinanContext, ticket_id: int, staff: User, lang: str) -> str:
    """Close, tell the user, mark the post; returns what to tell the staff member."""
    office = _office(context)
    ticket = await asyncio.to_thread(office.close, ticket_id, staff.id, context.services.now())
    if ticket is None:
        return t(lang, "support.already_closed", n=ticket_id)
    try:
        await groups.send_following(context, ticket.origin_chat_id,
                                    render.esc(t(ticket.lang, "support.closed_user",
                                                 n=ticket.id)),
                                    reply_to=ticket.origin_message_id)
    except Forbidden as exc:
        log.info("ticket %s closed; user %s unreachable: %s", ticket.id, ticket.user_id, exc)
    if ticket.post_message_id is not None:
        leaf = context.services.catalogue.by_id.get(ticket.leaf_id or "")
        try:
            await context.bot.edit_message_text(
                support.ticket_post(ticket, leaf, closed_by=staff.first_name),
                chat_id=ticket.support_chat_id, message_id=ticket.post_message_id,
                parse_mode=ParseMode.HTML)
        except BadRequest as exc:
            log.info("ticket %s: post not marked closed: %s", ticket.id, exc)
    return t(lang, "support.closed_staff", n=ticket.id)


async def close_command(update: Update, context: ZhinanContext) -> None:
    """/close 12 (or /close replying to the ticket post) in the support group."""
    ticket = await _staff_ticket(update, context, "support.usage_close")
    message, user = update.effective_message, update.effective_user
    if ticket is None or message is None or user is None:
        return
    said = await close_ticket(context, ticket.id, user, context.lang(update))
    await _reply(message, render.esc(said))


async def on_close(update: Update, context: ZhinanContext) -> None:
    """The ✅ button on a ticket post; only staff may press it."""
    lang = context.lang(update)
    payload = await ui.accept(update, lang)
    query, user, chat = update.callback_query, update.effective_user, update.effective_chat
    if payload is None or query is None or user is None or chat is None:
        return
    if not (await _is_support_chat(context, chat.id)
            and await is_staff(context, chat.id, user.id)):
        log.warning("user %s pressed close on ticket %s in chat %s without the right",
                    user.id, payload.args[0], chat.id)
        await query.answer(t(lang, "support.not_staff"), show_alert=True)
        return
    await query.answer(await close_ticket(context, int(payload.args[0]), user, lang))


async def save_faq(context: ZhinanContext, ticket: Ticket, staff: User, lang: str) -> str:
    """The ticket's question and its last staff answer become an FAQ of its direction."""
    office = _office(context)
    leaf = context.services.catalogue.by_id.get(ticket.leaf_id or "")
    if leaf is None:
        return t(lang, "support.faq_no_leaf", n=ticket.id)
    answer = await asyncio.to_thread(office.last_staff_answer, ticket.id)
    if answer is None:
        return t(lang, "support.faq_no_answer", n=ticket.id)
    faq_id = await asyncio.to_thread(office.add_faq, leaf.id, ticket.question, answer,
                                     ticket.id, staff.id, context.services.now())
    return t(lang, "support.faq_saved", title=render.short(leaf.title, 30), id=faq_id)


async def faq_command(update: Update, context: ZhinanContext) -> None:
    """/faq 12 (or /faq replying to the ticket post) in the support group."""
    ticket = await _staff_ticket(update, context, "support.usage_faq")
    message, user = update.effective_message, update.effective_user
    if ticket is None or message is None or user is None:
        return
    await _reply(message, render.esc(await save_faq(context, ticket, user, context.lang(update))))


async def on_faq(update: Update, context: ZhinanContext) -> None:
    """The ⭐ button on a ticket post."""
    lang = context.lang(update)
    payload = await ui.accept(update, lang)
    query, user, chat = update.callback_query, update.effective_user, update.effective_chat
    if payload is None or query is None or user is None or chat is None:
        return
    if not (await _is_support_chat(context, chat.id)
            and await is_staff(context, chat.id, user.id)):
        log.warning("user %s pressed save-FAQ in chat %s without the right", user.id, chat.id)
        await query.answer(t(lang, "support.not_staff"), show_alert=True)
        return
    ticket = await asyncio.to_thread(_office(context).ticket, int(payload.args[0]))
    if ticket is None:
        await ui.expired(update, lang)
        return
    await query.answer(await save_faq(context, ticket, user, lang), show_alert=True)


async def tickets_command(update: Update, context: ZhinanContext) -> None:
    """/tickets in the support group: the open ones posted there, oldest first."""
    chat = update.effective_chat
    lang = context.lang(update)
    if chat is None or not await _is_support_chat(context, chat.id):
        await ui.send(update, render.esc(t(lang, "support.only_support")))
        return
    found = await asyncio.to_thread(_office(context).open_tickets, chat.id)
    if not found:
        await ui.send(update, render.esc(t(lang, "support.tickets_none")))
        return
    by_id = context.services.catalogue.by_id
    lines = [f"<b>{render.esc(t(lang, 'support.tickets_head', n=len(found)))}</b>"]
    for ticket in found:
        leaf = by_id.get(ticket.leaf_id or "")
        about = render.short(leaf.title, 20) if leaf else t(lang, "support.no_topic")
        lines.append(f"#{ticket.id} · {render.esc(ticket.user_name)} · {render.esc(about)}\n"
                     f"    {render.esc(render.short(ticket.question, 60))}")
    await ui.send(update, "\n".join(lines))


def handlers() -> list[BaseHandler[Update, ZhinanContext, Any]]:
    with warnings.catch_warnings():
        # The buttons only open a per-(chat, user) question step, as in browse's typed budget.
        warnings.filterwarnings("ignore", "If 'per_message=False'", PTBUserWarning)
        asking = ConversationHandler(
            entry_points=[CommandHandler("ask", ask_command),
                          CallbackQueryHandler(on_ask_button, pattern=r"^z1\|[ah]\|")],
            states={ASKING: [MessageHandler(PROMPT_ANSWER, on_question)]},
            fallbacks=[CommandHandler("cancel", cancel_ask)],
            name="support_ask",
            persistent=True,
            allow_reentry=True,
        )
    return [
        asking,
        CommandHandler("tickets", tickets_command),
        CommandHandler("close", close_command),
        CommandHandler("faq", faq_command),
        CallbackQueryHandler(on_close, pattern=r"^z1\|d\|"),
        CallbackQueryHandler(on_faq, pattern=r"^z1\|F\|"),
        MessageHandler(filters.TEXT & ~filters.COMMAND & REPLIES_TO_BOT, on_reply),
    ]
