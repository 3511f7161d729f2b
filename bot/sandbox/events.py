"""A numbered feed of message changes, long-polled by the web chat and by test helpers."""

from collections import deque
from typing import Any

from bot.sandbox.wakeup import Wakeup

MAX_EVENT_WAIT = 30.0  # seconds a long poll may hang before answering with nothing


class EventLog:
    """Events numbered by ``seq``; readers ask for everything after the last seq they saw."""

    def __init__(self, keep: int = 5000) -> None:
        self._events: deque[dict[str, Any]] = deque(maxlen=keep)
        self._seq = 0
        self.wakeup = Wakeup()

    @property
    def last_seq(self) -> int:
        return self._seq

    def publish(self, kind: str, **data: Any) -> int:
        self._seq += 1
        self._events.append({"seq": self._seq, "type": kind, **data})
        self.wakeup.fire()
        return self._seq

    def after(self, seq: int) -> list[dict[str, Any]]:
        return [event for event in self._events if event["seq"] > seq]

    async def wait_after(self, seq: int, timeout: float) -> list[dict[str, Any]]:
        """Events after ``seq``, waiting up to ``timeout`` seconds if there are none yet."""
        events = self.after(seq)
        if not events:
            await self.wakeup.wait(min(timeout, MAX_EVENT_WAIT))
            events = self.after(seq)
        return events
