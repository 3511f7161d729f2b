"""Broadcast audiences and progress, independent of Telegram.

An audience names who should hear an announcement: everyone reachable, a city (followers of
anything in it and users who said they are there), a city and sector, the followers of a
guideline or of one direction. It resolves to user ids at confirmation time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Literal

from pydantic import BaseModel

from bot.catalogue.models import GuidelineMeta, Leaf
from bot.state import State

AudienceKind = Literal["all", "city", "guideline", "leaf", "search"]


class Audience(BaseModel):
    kind: AudienceKind
    city: str | None = None
    sector: str | None = None
    target: str | None = None


def recipients(audience: Audience, state: State, leaves: dict[str, Leaf],
               metas: dict[str, GuidelineMeta],
               search: Callable[[str], list[Leaf]] | None = None) -> list[int]:
    """Reachable users the audience names (those who started the bot privately and have not
    blocked it: nobody else can be sent anything), each once, in a stable order."""
    if audience.kind == "all":
        return state.reachable_user_ids()
    if audience.kind == "search":
        return sorted(_saved_search_matches(audience, state, search))
    if audience.kind == "leaf":
        return sorted(state.followers("leaf", [audience.target or ""]))
    if audience.kind == "guideline":
        key = audience.target or ""
        in_guideline = [leaf.id for leaf in leaves.values() if leaf.guideline == key]
        return sorted(state.followers("guideline", [key]) | state.followers("leaf", in_guideline))
    city = audience.city or ""
    sector = audience.sector or ""
    keys = [meta.key for meta in metas.values() if meta.city == city]
    in_city = [leaf.id for leaf in leaves.values() if leaf.city == city
               and (not sector or sector in leaf.sectors)]
    found = state.followers("city", [city], sector) | state.followers("leaf", in_city)
    if not sector:
        found |= state.followers("guideline", keys) | state.users_in_city(city)
    return sorted(found & set(state.reachable_user_ids()))


def _saved_search_matches(audience: Audience, state: State,
                          search: Callable[[str], list[Leaf]] | None) -> set[int]:
    """Users whose saved search finds a direction in the audience's city (and sector)."""
    if search is None:
        return set()
    reachable = set(state.reachable_user_ids())
    found = set()
    for sub in state.subscriptions():
        if sub.kind != "search" or sub.user_id not in reachable:
            continue
        if any(leaf.city == audience.city and (not audience.sector
                                               or audience.sector in leaf.sectors)
               for leaf in search(sub.target)):
            found.add(sub.user_id)
    return found


def eta(counts: dict[str, int], started: datetime, now: datetime) -> timedelta | None:
    """Remaining time at the pace so far; None before anything was sent."""
    done = sum(counts.get(state, 0) for state in ("sent", "failed", "blocked", "unknown"))
    left = counts.get("pending", 0) + counts.get("sending", 0)
    elapsed = (now - started).total_seconds()
    if not done or elapsed <= 0:
        return None
    return timedelta(seconds=round(left * elapsed / done))
