"""Who may act for a bureau: superadmins (from settings) grant and revoke city admins.

Roles are checked server-side before any admin action touches data; a refusal is logged with
the user id.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Literal

from bot import render
from bot.core import Core
from bot.flows.common import Actor, Reply, Screen
from bot.i18n import t

log = logging.getLogger("zhinan.admins")
MAX_ID = 2**53  # Telegram user ids fit in 52 bits; anything larger is not one


@dataclass(frozen=True)
class Role:
    kind: Literal["super", "city", "none"]
    city: str | None = None

    @property
    def is_admin(self) -> bool:
        return self.kind != "none"


async def role_of(core: Core, user_id: int) -> Role:
    if user_id in core.settings.admin_ids:
        return Role("super")
    granted = await core.storage.admins.get(user_id)
    if granted is not None:
        return Role("city", granted.city) if granted.city else Role("super")
    return Role("none")


def may_reach(role: Role, city: str | None) -> bool:
    """Superadmins reach anyone; a city admin only an audience inside their own city."""
    if role.kind == "super":
        return True
    return role.kind == "city" and city is not None and city == role.city


def refused(actor: Actor, action: str) -> Reply:
    log.warning("refused %s for user %s", action, actor.user_id)
    text = t(actor.lang, "admin.refused")
    return Reply(screens=(Screen(render.esc(text)),), toast=text, alert=True, edit=False)


def parse_user_id(text: str) -> int | None:
    """A Telegram user id typed by an admin: ASCII digits only, within range."""
    if not (text.isascii() and text.isdigit()) or len(text) > 16:
        return None
    value = int(text)
    return value if 0 < value < MAX_ID else None


class Admins:
    def __init__(self, core: Core) -> None:
        self.core = core

    async def _super(self, actor: Actor, action: str) -> Reply | None:
        """None when the actor is a superadmin; else the refusal to show."""
        if (await role_of(self.core, actor.user_id)).kind == "super":
            return None
        return refused(actor, action)

    async def _resolve(self, who: str) -> int | None:
        """A numeric id, or @username of a user the bot has seen."""
        if who.startswith("@"):
            found = await self.core.storage.users.by_username(who)
            return found.id if found else None
        return parse_user_id(who)

    async def grant(self, actor: Actor, args: list[str]) -> Reply:
        """/grant USER CITY — USER is an id or @username of someone who talked to the bot."""
        refusal = await self._super(actor, "/grant")
        if refusal is not None:
            return refusal
        metas, lang = self.core.catalogue.metas, actor.lang
        cities = sorted({meta.city for meta in metas.values()})
        named = {render.city_name(city, metas, lang): city for city in cities}
        usage = Reply.of(Screen(render.esc(t(lang, "admin.grant_usage",
                                             cities=render.join(named, lang)))), edit=False)
        city = named.get(args[1], args[1]) if len(args) == 2 else None
        if city not in cities:  # the city as the admin reads it, or its Chinese name
            return usage
        user_id = await self._resolve(args[0])
        if user_id is None:
            return Reply.of(Screen(render.esc(t(actor.lang, "admin.unknown_user",
                                                user=args[0][:40]))), edit=False)
        await self.core.storage.admins.grant(user_id, city, actor.user_id, self.core.now())
        return Reply.of(Screen(render.esc(t(lang, "admin.granted", user=user_id,
                                            city=render.city_name(city, metas, lang)))),
                        edit=False)

    async def revoke(self, actor: Actor, args: list[str]) -> Reply:
        refusal = await self._super(actor, "/revoke")
        if refusal is not None:
            return refusal
        user_id = await self._resolve(args[0]) if len(args) == 1 else None
        if user_id is None:
            return Reply.of(Screen(render.esc(t(actor.lang, "admin.revoke_usage"))), edit=False)
        removed = await self.core.storage.admins.revoke(user_id, actor.user_id, self.core.now())
        key = "admin.revoked" if removed else "admin.not_admin"
        return Reply.of(Screen(render.esc(t(actor.lang, key, user=user_id))), edit=False)

    async def list(self, actor: Actor) -> Reply:
        refusal = await self._super(actor, "/admins")
        if refusal is not None:
            return refusal
        lang, zone = actor.lang, self.core.settings.zone
        lines = [f"<b>{render.esc(t(lang, 'admin.list_title'))}</b>"]
        lines += [render.esc(t(lang, "admin.super_line", user=uid))
                  for uid in sorted(self.core.settings.admin_ids)]
        for uid, row in (await self.core.storage.admins.all()).items():
            city = render.city_name(row.city, self.core.catalogue.metas, lang) if row.city \
                else "*"
            lines.append(render.esc(t(lang, "admin.city_line", user=uid, city=city,
                                      by=row.granted_by,
                                      at=render.when(row.granted_at, zone))))
        return Reply.of(Screen("\n".join(lines)), edit=False)
