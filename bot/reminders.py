"""Deadline reminders planned from SQLite state, as pure functions of `now`.

Each reminder is (user, window, stage, offset) and has a dedupe key; the outbox refuses a key
it has seen, so planning the same moment twice, or after a restart, enqueues nothing new.
After downtime only the latest ladder step that is due is sent (the earlier ones it
supersedes are never sent), and nothing is sent once the deadline has passed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.catalogue.models import GuidelineMeta, Leaf, Stage, Window
from bot.db.subscriptions import Subscription
from bot.windows import WindowRef

DEFAULT_LADDER: tuple[int, ...] = (14, 7, 3, 1, 0)
SEND_AT = time(9, 0)


@dataclass(frozen=True)
class Due:
    """A reminder to enqueue now."""

    user_id: int
    ref: WindowRef
    stage: Stage
    offset: int
    due_at: datetime

    @property
    def dedupe(self) -> str:
        return (f"rem:{self.user_id}:{self.ref.guideline}:{self.ref.leaf_id}:{self.stage.label}:"
                f"{self.stage.ends_at.isoformat()}:{self.offset}")


def ladder_times(stage: Stage, ladder: Iterable[int], zone: ZoneInfo) -> list[tuple[int, datetime]]:
    """(offset, moment) pairs: 09:00 local, `offset` days before the deadline's day; offset 0
    is the morning of the last day. Moments at or after the deadline are dropped."""
    end_local = stage.ends_at.astimezone(zone)
    times = []
    for offset in sorted(set(ladder), reverse=True):
        day = end_local.date() - timedelta(days=offset)
        moment = datetime.combine(day, SEND_AT, tzinfo=zone)
        if moment < stage.ends_at:
            times.append((offset, moment))
    return times


def due_now(user_id: int, ref: WindowRef, window: Window, ladder: Iterable[int], now: datetime,
            zone: ZoneInfo, since: datetime | None = None) -> list[Due]:
    """For each open stage, the latest ladder step whose time has come (if any). Steps from
    before the user subscribed (`since`) are not reminders they missed: they are skipped."""
    found = []
    for stage in window.stages:
        if now >= stage.ends_at:
            continue
        passed = [(offset, at) for offset, at in ladder_times(stage, ladder, zone)
                  if at <= now and (since is None or at >= since)]
        if passed:
            offset, at = passed[-1]
            found.append(Due(user_id, ref, stage, offset, at))
    return found


def concerned_refs(subscription: Subscription, leaves: dict[str, Leaf],
                   metas: dict[str, GuidelineMeta], overrides: set[WindowRef],
                   search: Callable[[str], list[Leaf]]) -> set[WindowRef]:
    """The windows a subscription is about (one per guideline, not one per direction)."""
    if subscription.kind == "leaf":
        leaf = leaves.get(subscription.target)
        if leaf is None:
            return set()
        own = WindowRef(leaf.guideline, leaf.id)
        return {own if own in overrides else WindowRef(leaf.guideline)}
    if subscription.kind == "guideline":
        return {WindowRef(subscription.target)} if subscription.target in metas else set()
    if subscription.kind == "city":
        keys = {meta.key for meta in metas.values() if meta.city == subscription.target}
        if subscription.sector:
            keys = {leaf.guideline for leaf in leaves.values()
                    if leaf.guideline in keys and subscription.sector in leaf.sectors}
        return {WindowRef(key) for key in keys}
    return {WindowRef(leaf.guideline) for leaf in search(subscription.target)}


def plan(subscriptions: Iterable[Subscription], windows: dict[WindowRef, Window],
         ladders: dict[int, tuple[int, ...]], leaves: dict[str, Leaf],
         metas: dict[str, GuidelineMeta], search: Callable[[str], list[Leaf]], now: datetime,
         zone: ZoneInfo) -> list[Due]:
    """Every reminder due at `now`, one per (user, window, stage)."""
    per_user: dict[int, dict[WindowRef, datetime | None]] = {}
    overrides = {ref for ref in windows if ref.leaf_id}
    for subscription in subscriptions:
        refs = per_user.setdefault(subscription.user_id, {})
        for ref in concerned_refs(subscription, leaves, metas, overrides, search):
            refs[ref] = _earliest(refs.get(ref, subscription.since), subscription.since)
    found = []
    for user_id, refs in sorted(per_user.items()):
        ladder = ladders.get(user_id, DEFAULT_LADDER)
        for ref, since in sorted(refs.items()):
            window = windows.get(ref)
            if window is not None and window.status == "dated":
                found += due_now(user_id, ref, window, ladder, now, zone, since)
    return found


def _earliest(a: datetime | None, b: datetime | None) -> datetime | None:
    if a is None or b is None:
        return a or b
    return min(a, b)
