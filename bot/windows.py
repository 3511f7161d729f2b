"""Application-window status for a moment in time: not announced, opens on, open, closed.

Pure: the caller passes `now`, so tests use an injected clock and the card, the lists and the
reminders all agree on what "closes in 3 days" means.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from bot.catalogue.models import Stage, Window

StatusKind = Literal["unknown", "later", "rolling", "upcoming", "open", "closed"]


@dataclass(frozen=True, order=True)
class WindowRef:
    """A guideline's window (leaf_id "") or a direction's own override."""

    guideline: str
    leaf_id: str = ""


@dataclass(frozen=True)
class WindowStatus:
    """What to tell a user; `stage` is the next deadline (or the last one, when closed)."""

    kind: StatusKind
    stage: Stage | None = None
    days_left: int | None = None


def window_status(window: Window | None, now: datetime) -> WindowStatus:
    """Where `now` stands against the window's dated stages."""
    if window is None or window.status == "unknown":
        return WindowStatus("unknown")
    if window.status == "later" or not window.stages:
        return WindowStatus("later" if window.status == "later" else "rolling")
    stages = sorted(window.stages, key=lambda s: s.ends_at)
    first_start = next((s.starts_at for s in stages if s.starts_at), None)
    if first_start and now < first_start:
        return WindowStatus("upcoming", stages[0], _days(now, first_start))
    upcoming = [s for s in stages if s.ends_at >= now]
    if not upcoming:
        return WindowStatus("closed", stages[-1])
    stage = upcoming[0]
    return WindowStatus("open", stage, _days(now, stage.ends_at))


def _days(now: datetime, then: datetime) -> int:
    """Whole days until `then`, rounded up: 30 hours left is "2 days"."""
    return max(0, math.ceil((then - now).total_seconds() / 86400))


Edition = Literal["open", "closing", "upcoming", "rolling", "later", "unannounced", "closed",
                  "past"]
CLOSING_DAYS = 7


def edition_status(year: int, window: Window | None, now: datetime) -> Edition:
    """Where a guideline edition stands today. A guideline from an earlier year whose intake is
    over, or whose window nobody announced, is a past edition: findable, but not something to
    apply to now. This year's with its intake over is closed."""
    status = window_status(window, now)
    earlier_year = year < now.year
    if status.kind == "open":
        return "closing" if (status.days_left or 0) <= CLOSING_DAYS else "open"
    if status.kind == "upcoming":
        return "upcoming"
    if status.kind == "rolling":
        return "rolling"
    if earlier_year:
        return "past"
    if status.kind == "closed":
        return "closed"
    return "later" if status.kind == "later" else "unannounced"


def is_current(year: int, window: Window | None, now: datetime) -> bool:
    """Can one apply (or will one soon be able to) under this edition?"""
    return edition_status(year, window, now) != "past"
