"""Long answers asked for in a group go to the asker's private chat, not to everyone.

If the bot may write to the user (they started it and did not block it), the answer is sent
there and the group gets one short line; otherwise the group gets a button that opens the
answer in a private chat (a deep link, `/start z<token>`), kept for that user only.
"""

from __future__ import annotations

import logging

from bot import render
from bot.core import Core
from bot.flows.common import Actor, Reply, Screen
from bot.i18n import t
from bot.keyboards import Button, Keyboard
from bot.messenger import Unreachable

log = logging.getLogger("zhinan.privately")
LINK_PREFIX = "z"


def encode_keyboard(keyboard: Keyboard | None) -> list[list[list[str | None]]]:
    return [[[b.label, b.data, b.share, b.url] for b in row] for row in keyboard or []]


def decode_keyboard(rows: list[list[list[str | None]]]) -> Keyboard:
    return [[Button(str(label), data, share, url) for label, data, share, url in row]
            for row in rows]


async def privately(core: Core, actor: Actor, screen: Screen) -> Reply:
    """In a private chat: the screen itself. In a group: sent privately, or a link to it."""
    if actor.private:
        return Reply.of(screen, edit=False)
    user = await core.storage.users.get(actor.user_id)
    name = render.esc(actor.first_name)
    if user is not None and user.reachable:
        try:
            await core.messenger.send(actor.user_id, screen.text, screen.keyboard)
        except Unreachable as exc:  # blocked us since, or never pressed Start
            log.info("cannot write to user %s privately: %s", actor.user_id, exc)
            await core.storage.users.mark_blocked(actor.user_id, core.now())
        else:
            return Reply.of(Screen(t(actor.lang, "groups.sent_privately", name=name)),
                            edit=False)
    token = await core.storage.desk.save_link(actor.user_id, screen.text,
                                              encode_keyboard(screen.keyboard), core.now())
    url = f"https://t.me/{core.bot_username}?start={LINK_PREFIX}{token}"
    return Reply.of(Screen(t(actor.lang, "groups.open_privately", name=name),
                           [[Button(t(actor.lang, "groups.open_button"), url=url)]]),
                    edit=False)


def private_only(core: Core, actor: Actor, command: str) -> Reply:
    """A command whose dialog is the company's or the bureau's own business, used in a group:
    point to the private chat (a button that opens it) instead of talking there."""
    text = t(actor.lang, "groups.private_only", name=render.esc(actor.first_name),
             command=f"/{command}")
    return Reply.of(Screen(text, [[Button(t(actor.lang, "groups.open_chat"),
                                          url=f"https://t.me/{core.bot_username}")]]),
                    edit=False)


async def open_link(core: Core, actor: Actor, token: str) -> Reply:
    """/start z<token> in a private chat: what was kept for this user."""
    kept = await core.storage.desk.load_link(token, actor.user_id)
    if kept is None:
        return Reply.of(Screen(render.esc(t(actor.lang, "groups.link_expired"))), edit=False)
    text, keyboard = kept
    return Reply.of(Screen(text, decode_keyboard(keyboard)), edit=False)
