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
