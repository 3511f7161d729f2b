"""Who may do what: superadmins from settings, city admins granted in SQLite.

Checked server-side on every admin action; a refusal is logged with the user id.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.config import Settings
from bot.state import State


@dataclass(frozen=True)
class Role:
    kind: Literal["super", "city", "none"]
    city: str | None = None

    @property
    def is_admin(self) -> bool:
        return self.kind != "none"


def role_of(user_id: int, settings: Settings, state: State) -> Role:
    if user_id in settings.admin_ids:
        return Role("super")
    granted = state.admins().get(user_id)
    if granted is not None:
        return Role("city", granted["city"])
    return Role("none")


def may_reach(role: Role, audience_city: str | None) -> bool:
    """Superadmins reach anyone; a city admin only an audience inside their city."""
    if role.kind == "super":
        return True
    return role.kind == "city" and audience_city is not None and audience_city == role.city
