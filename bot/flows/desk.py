"""Follow-up questions and the support desk: answers from a direction's fields or saved FAQs,
tickets posted to the support group, staff answers relayed back, closing, FAQs.

Replies are how both sides talk: a user replies to a card to ask about it, staff reply to a
ticket post to answer, the user replies to the relayed answer to add more. In a group only
messages addressed to the bot count — a reply to it, or a command — never a line of ordinary
group chat, so nothing said among members becomes a ticket.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from typing import Literal

from bot import followup, render, support
from bot.buttons import Ask, Human
from bot.catalogue.models import Leaf
from bot.core import Core
from bot.db.desk import NewTicket, Ticket
from bot.flows.common import Actor, Reply, Screen
from bot.i18n import t
from bot.keyboards import Keyboard, button
from bot.messenger import ChatMoved, DeliveryError, Prompt, Sent, Unreachable
from bot.support import STAFF_LANG
from bot.windows import window_status

log = logging.getLogger("zhinan.desk")
STEP = "ask"
MAX_TEXT = 1500
STAFF_TTL = 60.0  # seconds a chat-membership answer is trusted
STAFF_STATUSES = ("creator", "administrator")
MEMBER_STATUSES = (*STAFF_STATUSES, "member", "restricted")


@dataclass(frozen=True)
class Message:
    """The message being handled: its id, text, and the bot message it replies to, if any."""

    message_id: int
    text: str
    reply_to: int | None = None


class Desk:
    def __init__(self, core: Core) -> None:
        self.core = core
        self._staff: dict[tuple[int, int], tuple[bool, float]] = {}
        self._moving = asyncio.Lock()

    # ------------------------------------------------------------------ where things are

    async def support_chats(self) -> set[int]:
        settings = self.core.settings
        configured = [c for c in (settings.support_chat_id, *settings.support_chats.values())
                      if c]
        return {await self.core.storage.desk.resolve_chat(c) for c in configured}

    async def is_staff(self, chat_id: int, user_id: int) -> bool:
        """An administrator of the support group, or a listed staff member who is in it
        (asked of Telegram, trusted for a minute)."""
        hit = self._staff.get((chat_id, user_id))
        if hit is not None and hit[1] > time.monotonic():
            return hit[0]
        try:
            status = await self.core.messenger.member_status(chat_id, user_id)
        except DeliveryError as exc:
            log.info("membership of %s in %s unknown: %s", user_id, chat_id, exc)
            return False
        listed = user_id in self.core.settings.support_staff_ids
        allowed = status in STAFF_STATUSES or (listed and status in MEMBER_STATUSES)
        self._staff[(chat_id, user_id)] = (allowed, time.monotonic() + STAFF_TTL)
        return allowed

    async def card_of(self, chat_id: int, message_id: int | None) -> Leaf | None:
        """The direction a bot message shows (recorded when the card was sent)."""
        if message_id is None:
            return None
        leaf_id = await self.core.storage.dialogs.card(chat_id, message_id)
        return self.core.catalogue.by_id.get(leaf_id or "")

    async def send_following(self, chat_id: int, text: str, keyboard: Keyboard | None = None,
                             reply_to: int | None = None) -> Sent:
        """Send to a group that may have become a supergroup: follow recorded moves, and on
        a move record it and send again to the new id (unthreaded: ids do not carry over)."""
        target = await self.core.storage.desk.resolve_chat(chat_id)
        if target != chat_id:
            reply_to = None
        for _ in range(3):
            try:
                return await self.core.messenger.send(target, text, keyboard, reply_to=reply_to)
            except ChatMoved as moved:
                await self.chat_moved(target, moved.new_chat_id)
                target, reply_to = moved.new_chat_id, None
        raise RuntimeError(f"chat {chat_id} keeps moving")

    async def chat_moved(self, old: int, new: int) -> None:
        """A group became a supergroup: tickets and queued messages follow it (one place for
        both), and open tickets are posted again where staff can reply to them."""
        async with self._moving:
            stranded = await self.core.storage.desk.move_chat(old, new, self.core.now())
        for ticket_id in stranded or []:
            await self._post_again(ticket_id)

    async def _post_again(self, ticket_id: int) -> None:
        desk = self.core.storage.desk
        ticket = await desk.get(ticket_id)
        if ticket is None:
            return
        leaf = self.core.catalogue.by_id.get(ticket.leaf_id or "")
        answered = await desk.last_staff_answer(ticket.id) is not None
        posted = await self.send_following(ticket.support_chat_id,
                                           support.ticket_post(ticket, leaf),
                                           support.ticket_keyboard(ticket, answered))
        await desk.set_post(ticket.id, posted.chat_id, posted.message_id)

    # ------------------------------------------------------------------ replies to the bot

    async def reply(self, actor: Actor, message: Message) -> Reply | None:
        """Route a reply to a bot message; None when it is not the desk's (the caller may
        treat it as a search, in a private chat)."""
        if message.reply_to is None:
            return None
        if actor.chat_id in await self.support_chats():
            return await self.staff_reply(actor, message)
        found = await self.core.storage.desk.by_message(actor.chat_id, message.reply_to)
        if found is not None and found[1] == "relay":
            return await self.user_more(actor, found[0], message)
        leaf = await self.card_of(actor.chat_id, message.reply_to)
        if leaf is not None:
            return await self.followup(actor, leaf, message)
        return None

    async def followup(self, actor: Actor, leaf: Leaf, message: Message) -> Reply:
        """A saved FAQ if one matches, else facts from the fields; a person offered when the
        fields cannot answer."""
        lang, question = actor.lang, message.text[:MAX_TEXT]
        faqs = await self.core.storage.desk.faqs(leaf.id)
        hit = support.match_faq(question, faqs)
        if hit is not None:
            await self._remember(actor, leaf.id, question, message.message_id)
            text = t(lang, "followup.faq", question=render.esc(hit.question),
                     answer=render.esc(hit.answer))
            return self._answer(text, [[button(t(lang, "followup.btn_human"),
                                               Human(leaf.id, actor.owner))]], message)
        intents = followup.detect_intents(question)
        offer = [[button(t(lang, "followup.btn_ask"), Ask(leaf.id, actor.owner))]]
        if not intents:
            await self._remember(actor, leaf.id, question, message.message_id)
            return self._answer(render.esc(t(lang, "followup.not_understood")), offer, message)
        catalogue, now = self.core.catalogue, self.core.now()
        window, meta = catalogue.window_for(leaf), catalogue.metas.get(leaf.guideline)
        result = followup.answer(leaf, intents, window_status(window, now), lang, meta,
                                 render.edition_words(meta, window, now, lang))
        if result.complete:
            return self._answer(result.text, None, message)
        await self._remember(actor, leaf.id, question, message.message_id)
        return self._answer(f"{result.text}\n\n{render.esc(t(lang, 'followup.offer'))}", offer,
                            message)

    @staticmethod
    def _answer(text: str, keyboard: Keyboard | None, message: Message) -> Reply:
        return Reply.of(Screen(text, keyboard, reply_to=message.message_id), edit=False)

    async def _remember(self, actor: Actor, leaf_id: str, question: str,
                        message_id: int) -> None:
        """Keep a question the bot offered to hand to staff: 🙋 then sends it as it is."""
        pending = {"leaf": leaf_id, "q": question[:MAX_TEXT], "chat": actor.chat_id,
                   "msg": message_id}
        await self.core.storage.users.update_ui(actor.user_id,
                                                lambda ui: ui.update(pending=pending))

    # ------------------------------------------------------------------ asking a person

    async def ask_command(self, actor: Actor, question: str, message: Message) -> Reply:
        """/ask [question] — about the card it replies to, if it does."""
        leaf = await self.card_of(actor.chat_id, message.reply_to)
        question = question.strip()
        if not question:
            return await self._prompt(actor, leaf)
        return await self.open(actor, question, leaf, message.message_id)

    async def ask_button(self, actor: Actor, leaf_id: str | None, human: bool) -> Reply:
        """🙋 on a card, the menu, a follow-up answer or an FAQ: the pending question goes to
        staff at once, otherwise ask for one."""
        leaf = self.core.catalogue.by_id.get(leaf_id or "")
        if leaf is None and (leaf_id is not None or human):
            return Reply.say(t(actor.lang, "errors.expired"), alert=True)
        user = await self.core.storage.users.get(actor.user_id)
        pending = dict((user.ui or {}).get("pending") or {}) if user else {}
        if leaf is not None and pending.get("leaf") == leaf.id \
                and pending.get("chat") == actor.chat_id:
            await self.core.storage.users.update_ui(actor.user_id,
                                                    lambda ui: ui.pop("pending", None))
            return await self.open(actor, str(pending["q"]), leaf, pending.get("msg"))
        return await self._prompt(actor, leaf)

    async def _prompt(self, actor: Actor, leaf: Leaf | None) -> Reply:
        """Ask for the question. In a group the answer must be a reply to this prompt."""
        await self.core.storage.dialogs.set(actor.chat_id, actor.user_id, STEP,
                                            {"leaf": leaf.id if leaf else None}, self.core.now())
        text = render.esc(t(actor.lang, "support.prompt"))
        if leaf is not None:
            text += "\n" + render.esc(t(actor.lang, "support.prompt_about", title=leaf.title))
        if not actor.private:  # a selective reply field targets the user named
            text = f"{render.mention(actor.user_id, actor.first_name)} {text}"
        return Reply.of(Screen(text, prompt=Prompt(t(actor.lang, "support.placeholder"))),
                        edit=False)

    async def question(self, actor: Actor, message: Message,
                       data: dict[str, object]) -> Reply:
        """The answer to the prompt: the question itself."""
        await self.core.storage.dialogs.clear(actor.chat_id, actor.user_id)
        leaf = self.core.catalogue.by_id.get(str(data.get("leaf") or ""))
        return await self.open(actor, message.text, leaf, message.message_id)

    def _context(self, actor: Actor, last_search: str | None) -> str:
        """What staff should know besides the question: the last search, the group."""
        parts = []
        if last_search:
            parts.append(t(STAFF_LANG, "support.context_search", q=last_search))
        if not actor.private:
            parts.append(t(STAFF_LANG, "support.context_group", title=actor.chat_title or
                           actor.chat_id))
        return "；".join(parts)

    async def open(self, actor: Actor, question: str, leaf: Leaf | None,
                   origin_message_id: int | None) -> Reply:
        """Check the limits, post the question to the support group, tell the user."""
        core, lang, settings = self.core, actor.lang, self.core.settings
        target = support.support_chat_for(leaf.city if leaf else None, settings.support_chat_id,
                                          settings.support_chats)
        if target is None:
            return self._say(lang, "support.unavailable")
        user = await core.storage.users.get(actor.user_id)
        search = ((user.ui or {}).get("search") or {}) if user else {}
        new = NewTicket(
            user_id=actor.user_id, user_name=actor.first_name, username=actor.username,
            lang=lang, origin_chat_id=actor.chat_id, origin_message_id=origin_message_id,
            leaf_id=leaf.id if leaf else None,
            context=self._context(actor, search.get("q") if isinstance(search, dict) else None),
            question=question.strip()[:MAX_TEXT],
            support_chat_id=await core.storage.desk.resolve_chat(target))
        ticket = await core.storage.desk.open(new, core.now(), settings.max_open_tickets,
                                              settings.support_messages_per_minute)
        if ticket == "too_many":
            return self._say(lang, "support.too_many", n=settings.max_open_tickets)
        if ticket == "too_fast":
            return self._say(lang, "support.too_fast")
        assert isinstance(ticket, Ticket)
        try:
            posted = await self.send_following(ticket.support_chat_id,
                                               support.ticket_post(ticket, leaf),
                                               support.ticket_keyboard(ticket, False))
        except (DeliveryError, RuntimeError):
            log.exception("could not post ticket %s to chat %s", ticket.id,
                          ticket.support_chat_id)
            await core.storage.desk.close(ticket.id, 0, core.now())
            return self._say(lang, "support.unavailable")
        await core.storage.desk.set_post(ticket.id, posted.chat_id, posted.message_id)
        return self._say(lang, "support.opened", n=ticket.id)

    @staticmethod
    def _say(lang: str, key: str, **values: object) -> Reply:
        return Reply.of(Screen(render.esc(t(lang, key, **values))), edit=False)

    # ------------------------------------------------------------------ the thread

    async def staff_reply(self, actor: Actor, message: Message) -> Reply | None:
        """A reply in the support group to a ticket post: relay it to the user as the bot,
        naming the staff member only when configured."""
        desk = self.core.storage.desk
        assert message.reply_to is not None
        found = await desk.by_message(actor.chat_id, message.reply_to)
        if found is None:
            return None  # staff talking among themselves
        ticket = found[0]
        if not ticket.is_open:
            return self._say(actor.lang, "support.already_closed", n=ticket.id)
        text = message.text[:MAX_TEXT]
        key = ("support.staff_reply_named" if self.core.settings.reveal_staff
               else "support.staff_reply")
        relay = t(ticket.lang, key, n=ticket.id, name=render.esc(actor.first_name),
                  text=render.esc(text))
        try:
            sent = await self.send_following(ticket.origin_chat_id, relay,
                                             reply_to=ticket.origin_message_id)
        except Unreachable as exc:
            log.info("ticket %s: user %s unreachable: %s", ticket.id, ticket.user_id, exc)
            return self._say(actor.lang, "support.undeliverable", n=ticket.id)
        await desk.link(sent.chat_id, sent.message_id, ticket.id, "relay")
        first = await desk.note_staff_answer(ticket.id, actor.user_id, text, self.core.now())
        if first and ticket.leaf_id:
            fresh = await desk.get(ticket.id)
            if fresh is not None and fresh.post_message_id is not None:
                try:
                    await self.core.messenger.edit_keyboard(
                        fresh.support_chat_id, fresh.post_message_id,
                        support.ticket_keyboard(fresh, True))
                except DeliveryError as exc:
                    log.info("ticket %s: post not updated: %s", ticket.id, exc)
        return None

    async def user_more(self, actor: Actor, ticket: Ticket, message: Message) -> Reply | None:
        """The user replied to a relayed answer: add it to the ticket's thread."""
        if actor.user_id != ticket.user_id:
            return None  # someone else in a group replied to another user's answer
        if not ticket.is_open:
            return self._say(actor.lang, "support.ticket_closed", n=ticket.id)
        core, text = self.core, message.text[:MAX_TEXT]
        allowed = await core.storage.desk.note_user_message(
            ticket.id, actor.user_id, text, core.now(),
            core.settings.support_messages_per_minute)
        if not allowed:
            return self._say(actor.lang, "support.too_fast")
        note = t(STAFF_LANG, "support.user_more", n=ticket.id,
                 name=render.esc(ticket.user_name), text=render.esc(text))
        sent = await self.send_following(ticket.support_chat_id, note,
                                         reply_to=ticket.post_message_id)
        await core.storage.desk.link(sent.chat_id, sent.message_id, ticket.id, "user_msg")
        return self._say(actor.lang, "support.forwarded", n=ticket.id)

    # ------------------------------------------------------------------ staff actions

    async def staff_ticket(self, actor: Actor, args: list[str], reply_to: int | None,
                           usage: str) -> Ticket | Reply:
        """The ticket a staff command names (/close 12, or replying to its post), after
        checking where it is used and by whom."""
        if actor.chat_id not in await self.support_chats():
            return self._say(actor.lang, "support.only_support")
        if not await self.is_staff(actor.chat_id, actor.user_id):
            log.warning("user %s tried a staff command in chat %s", actor.user_id,
                        actor.chat_id)
            return self._say(actor.lang, "support.not_staff")
        desk = self.core.storage.desk
        ticket = None
        number = args[0].lstrip("#") if args else ""
        if number.isascii() and number.isdigit() and len(number) <= 12:
            ticket = await desk.get(int(number))
        elif reply_to is not None:
            found = await desk.by_message(actor.chat_id, reply_to)
            ticket = found[0] if found else None
        return ticket if ticket is not None else self._say(actor.lang, usage)

    async def may_act(self, actor: Actor) -> bool:
        return (actor.chat_id in await self.support_chats()
                and await self.is_staff(actor.chat_id, actor.user_id))

    async def close(self, actor: Actor, ticket_id: int) -> str:
        """Close, tell the user, mark the post; returns what to tell the staff member."""
        core, desk = self.core, self.core.storage.desk
        ticket = await desk.close(ticket_id, actor.user_id, core.now())
        if ticket is None:
            return t(actor.lang, "support.already_closed", n=ticket_id)
        try:
            await self.send_following(ticket.origin_chat_id,
                                      render.esc(t(ticket.lang, "support.closed_user",
                                                   n=ticket.id)),
                                      reply_to=ticket.origin_message_id)
        except Unreachable as exc:
            log.info("ticket %s closed; user %s unreachable: %s", ticket.id, ticket.user_id, exc)
        if ticket.post_message_id is not None:
            leaf = core.catalogue.by_id.get(ticket.leaf_id or "")
            try:
                await core.messenger.edit(ticket.support_chat_id, ticket.post_message_id,
                                          support.ticket_post(ticket, leaf,
                                                              closed_by=actor.first_name))
            except DeliveryError as exc:
                log.info("ticket %s: post not marked closed: %s", ticket.id, exc)
        return t(actor.lang, "support.closed_staff", n=ticket.id)

    async def save_faq(self, actor: Actor, ticket: Ticket) -> str:
        """The ticket's question and its last staff answer become an FAQ of its direction."""
        core, desk = self.core, self.core.storage.desk
        leaf = core.catalogue.by_id.get(ticket.leaf_id or "")
        if leaf is None:
            return t(actor.lang, "support.faq_no_leaf", n=ticket.id)
        answer = await desk.last_staff_answer(ticket.id)
        if answer is None:
            return t(actor.lang, "support.faq_no_answer", n=ticket.id)
        faq_id = await desk.add_faq(leaf.id, ticket.question, answer, ticket.id, actor.user_id,
                                    core.now())
        return t(actor.lang, "support.faq_saved", title=render.short(leaf.title, 30), id=faq_id)

    async def staff_command(self, actor: Actor, action: Literal["close", "faq"],
                            args: list[str], reply_to: int | None) -> Reply:
        found = await self.staff_ticket(actor, args, reply_to, f"support.usage_{action}")
        if isinstance(found, Reply):
            return found
        said = (await self.close(actor, found.id) if action == "close"
                else await self.save_faq(actor, found))
        return Reply.of(Screen(render.esc(said), reply_to=None), edit=False)

    async def staff_button(self, actor: Actor, action: Literal["close", "faq"],
                           ticket_id: int) -> Reply:
        if not await self.may_act(actor):
            log.warning("user %s pressed %s on ticket %s in chat %s without the right",
                        actor.user_id, action, ticket_id, actor.chat_id)
            return Reply.say(t(actor.lang, "support.not_staff"), alert=True)
        if action == "close":
            return Reply.say(await self.close(actor, ticket_id))
        ticket = await self.core.storage.desk.get(ticket_id)
        if ticket is None:
            return Reply.say(t(actor.lang, "errors.expired"), alert=True)
        return Reply.say(await self.save_faq(actor, ticket), alert=True)

    async def tickets(self, actor: Actor) -> Reply:
        """/tickets in the support group: the open ones posted there, oldest first."""
        lang = actor.lang
        if actor.chat_id not in await self.support_chats():
            return self._say(lang, "support.only_support")
        found = await self.core.storage.desk.open_tickets(actor.chat_id)
        return Reply.of(Screen(render.tickets(found, self.core.catalogue.by_id, lang)),
                        edit=False)
