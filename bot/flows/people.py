"""Greeting, help, language, the main menu, and forgetting a user.

Also who the actor is: the first thing every update does is record the user (a private message
starts the bot for them, so the bot may write to them from then on) and read the language the
bot speaks to them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from bot import buttons as b
from bot import keyboards, render
from bot.core import Core
from bot.db.dialogs import Step
from bot.db.users import UserRecord
from bot.flows.common import Actor, Reply, Screen
from bot.i18n import pick_language, t
from bot.keyboards import button

COMMANDS = ("start", "find", "search", "deadlines", "subscriptions", "profile", "ask", "robots",
            "language", "forget", "cancel", "help")
ADMIN_COMMANDS = ("window", "broadcast", "broadcasts", "guideline")
SUPER_COMMANDS = ("grant", "revoke", "admins")
STAFF_COMMANDS = ("tickets", "close", "faq")
SEEN_EVERY = timedelta(hours=1)


@dataclass(frozen=True)
class Who:
    """What Telegram says about the sender of an update."""

    user_id: int
    first_name: str
    username: str | None
    language_code: str | None
    chat_id: int
    private: bool
    chat_title: str | None = None


class People:
    def __init__(self, core: Core) -> None:
        self.core = core

    async def actor(self, who: Who, *, record: bool = True) -> Actor:
        """Who acts, in which language. The user's row is written only when something changed
        that matters (first contact, a first private message, a new name, an hour passed), so
        most updates cost one read."""
        return (await self.actor_and_step(who, record=record))[0]

    async def actor_and_step(self, who: Who, *,
                             record: bool = True) -> tuple[Actor, Step | None]:
        """`actor`, and the step this user is at in this chat, read with it in one query."""
        users, now = self.core.storage.users, self.core.now()
        stored, step = await users.get_with_step(who.user_id, who.chat_id, now)
        lang = pick_language(stored.lang if stored else None, who.language_code)
        if record and (stored is None or stored.lang is None
                       or (who.private and not stored.reachable)
                       or (stored.first_name, stored.username) != (who.first_name, who.username)
                       or now - stored.seen_at > SEEN_EVERY):
            await users.touch(who.user_id, who.first_name, who.username, now,
                              private=who.private, lang=lang)
        return Actor(who.user_id, who.chat_id, lang, who.first_name, who.username, who.private,
                     who.chat_title), step

    async def unreachable(self, user_id: int) -> None:
        """Telegram refused a reply in the user's private chat (they blocked the bot): nothing
        more is scheduled for them until they write again (`actor` reopens it)."""
        await self.core.storage.users.mark_blocked(user_id, self.core.now())

    async def record(self, user_id: int) -> UserRecord | None:
        return await self.core.storage.users.get(user_id)

    def start(self, actor: Actor) -> Reply:
        text = t(actor.lang, "start.greeting", name=render.esc(actor.first_name))
        return Reply.of(Screen(text, keyboards.menu(actor.lang, actor.owner)), edit=False)

    async def help(self, actor: Actor) -> Reply:
        """Every command this user may use, in their language."""
        from bot.flows.admins import role_of  # roles decide which commands are listed

        role = await role_of(self.core, actor.user_id)
        names = list(COMMANDS)
        if role.is_admin:
            names += ADMIN_COMMANDS
        if role.kind == "super":
            names += SUPER_COMMANDS
        lines = [t(actor.lang, "start.help")]  # the text carries its own markup
        lines += [f"/{name} — {render.esc(t(actor.lang, f'commands.{name}'))}" for name in names]
        if not actor.private:
            lines.append(render.esc(t(actor.lang, "start.help_group")))
        return Reply.of(Screen("\n".join(lines)), edit=False)

    def unknown_command(self, actor: Actor, command: str) -> Reply:
        return Reply.of(Screen(render.esc(t(actor.lang, "start.unknown_command",
                                            command=command[:32]))), edit=False)

    async def unexpected_file(self, actor: Actor) -> Reply:
        """A file no step waits for: say so (and, to admins, how to broadcast one)."""
        from bot.flows.admins import role_of

        lines = [t(actor.lang, "start.unexpected_file")]
        if (await role_of(self.core, actor.user_id)).is_admin:
            lines.append(t(actor.lang, "start.unexpected_file_admin"))
        return Reply.of(Screen(render.esc("\n".join(lines))), edit=False)

    def choose_language(self, actor: Actor) -> Reply:
        return Reply.of(Screen(t(actor.lang, "start.choose_language"),
                               keyboards.languages(actor.owner)), edit=False)

    async def set_language(self, actor: Actor, lang: str) -> Reply:
        await self.core.storage.users.change(actor.user_id, lang=lang)
        greeting = self.start(Actor(actor.user_id, actor.chat_id, lang, actor.first_name,
                                    actor.username, actor.private, actor.chat_title))
        return Reply(greeting.screens, toast=t(lang, "start.language_set"), edit=True)

    def ask_forget(self, actor: Actor) -> Reply:
        """/forget deletes everything: ask first."""
        keyboard = [[button(t(actor.lang, "profile.forget_yes"), b.Confirm("forget", True,
                                                                           actor.owner)),
                     button(t(actor.lang, "profile.forget_no"), b.Confirm("forget", False,
                                                                          actor.owner))]]
        return Reply.of(Screen(render.esc(t(actor.lang, "profile.forget_ask")), keyboard),
                        edit=False)

    async def forget(self, actor: Actor, yes: bool) -> Reply:
        if not yes:
            return Reply.of(Screen(render.esc(t(actor.lang, "profile.forget_kept"))))
        await self.core.storage.users.forget(actor.user_id)
        return Reply.of(Screen(render.esc(t(actor.lang, "profile.forgotten"))))
