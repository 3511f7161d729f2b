"""Delivering the outbox (reminders, change notices, broadcasts) at Telegram's limits.

Every message is a row written before it is sent. The sender claims one row at a time
(pending → sending, committed), calls Telegram, and records the outcome, so after a crash or
kill -9 at most the single message in flight is in doubt; it is recorded as `unknown` and not
sent again (State.recover_in_flight). Nobody gets a message twice; nobody else is skipped.

Pacing: python-telegram-bot's AIORateLimiter caps the whole bot at 30 messages/s and groups
at 20/min but not a private chat at 1/s, so the sender keeps its own per-chat spacing and a
global budget below 30/s, leaving room for interactive replies.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.state import OutboxItem, State

log = logging.getLogger("zhinan.notify")

MAX_ATTEMPTS = 5


@dataclass
class Pacing:
    """Spacing that keeps the sender inside Telegram's flood limits on its own."""

    per_second: float = 25.0
    private_gap: float = 1.0
    group_gap: float = 3.0  # 20 per minute
    clock: Callable[[], float] = field(default=lambda: asyncio.get_running_loop().time())
    _next_global: float = 0.0
    _next_chat: dict[int, float] = field(default_factory=dict)

    def wait_for(self, chat_id: int) -> float:
        """Seconds to wait before this chat may receive the next message."""
        now = self.clock()
        return max(0.0, self._next_global - now, self._next_chat.get(chat_id, 0.0) - now)

    def sent(self, chat_id: int) -> None:
        now = self.clock()
        self._next_global = max(now, self._next_global) + 1.0 / self.per_second
        gap = self.private_gap if chat_id > 0 else self.group_gap
        self._next_chat[chat_id] = now + gap

    def delay_chat(self, chat_id: int, seconds: float) -> None:
        self._next_chat[chat_id] = self.clock() + seconds


def backoff(attempts: int) -> timedelta:
    """2, 4, 8, 16 … seconds, capped at ten minutes."""
    return timedelta(seconds=min(600, 2 ** max(1, attempts)))


class Sender:
    """Drains the outbox; one instance per running bot."""

    def __init__(self, bot: Bot, state: State, now: Callable[[], datetime],
                 pacing: Pacing | None = None) -> None:
        self.bot = bot
        self.state = state
        self.now = now
        self.pacing = pacing or Pacing()
        self.wake = asyncio.Event()
        self.on_progress: Callable[[int], object] | None = None
        self.alive = False

    async def run(self, stop: asyncio.Event) -> None:
        """Deliver until `stop` is set; sleeps until woken or the next row is due."""
        self.alive = True
        try:
            while not stop.is_set():
                delivered = await self.drain_once(stop)
                if delivered:
                    continue
                self.wake.clear()
                timeout = self._sleep_seconds()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.wake.wait(), timeout=timeout)
        finally:
            self.alive = False

    def _sleep_seconds(self) -> float:
        due = self.state.next_due()
        if due is None:
            return 30.0
        return max(0.05, min(30.0, (due - self.now()).total_seconds()))

    async def drain_once(self, stop: asyncio.Event | None = None) -> int:
        """Send every row that is due now, one at a time; returns how many were handled."""
        handled = 0
        while stop is None or not stop.is_set():
            items = await asyncio.to_thread(self.state.claim, self.now(), 1)
            if not items:
                return handled
            await self.deliver(items[0])
            handled += 1
        return handled

    async def deliver(self, item: OutboxItem) -> None:
        """One send and its outcome; never raises for Telegram's answers."""
        wait = self.pacing.wait_for(item.chat_id)
        if wait > 0:
            await asyncio.sleep(wait)
        try:
            message = await self.bot.send_message(item.chat_id, item.text,
                                                  parse_mode=ParseMode.HTML)
        except RetryAfter as exc:
            seconds = _seconds(exc.retry_after)
            self.pacing.delay_chat(item.chat_id, seconds)
            await self._retry(item, seconds, f"429 retry after {seconds}s", count=False)
        except Forbidden as exc:
            if item.user_id is not None:
                await asyncio.to_thread(self.state.mark_blocked, item.user_id, self.now())
            await asyncio.to_thread(self.state.finish, item.id, "blocked", self.now(),
                                    error=str(exc))
        except ChatMigrated as exc:
            await asyncio.to_thread(self.state.move_chat, item.chat_id, exc.new_chat_id)
            await self._retry(item, 0, f"chat migrated to {exc.new_chat_id}", count=False)
        except BadRequest as exc:
            await asyncio.to_thread(self.state.finish, item.id, "failed", self.now(),
                                    error=str(exc))
        except (TimedOut, NetworkError) as exc:
            await self._retry(item, backoff(item.attempts).total_seconds(), str(exc))
        else:
            self.pacing.sent(item.chat_id)
            await asyncio.to_thread(self.state.finish, item.id, "sent", self.now(),
                                    message_id=message.message_id)
        if item.broadcast_id is not None and self.on_progress is not None:
            self.on_progress(item.broadcast_id)

    async def _retry(self, item: OutboxItem, seconds: float, error: str, *,
                     count: bool = True) -> None:
        if count and item.attempts >= MAX_ATTEMPTS:
            await asyncio.to_thread(self.state.finish, item.id, "failed", self.now(), error=error)
            return
        at = self.now() + timedelta(seconds=seconds)
        await asyncio.to_thread(self.state.retry_later, item.id, at, error)


def _seconds(value: float | timedelta) -> float:
    return value.total_seconds() if isinstance(value, timedelta) else float(value)
