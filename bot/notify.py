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
        self.on_idle: Callable[[], object] | None = None
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
        items = await asyncio.to_thread(self.state.claim, self.now(), 1)
        while items:
            outcome = await self.deliver(items[0])
            handled += 1
            if stop is not None and stop.is_set():
                await asyncio.to_thread(self.state.finish, items[0].id, *outcome)
                break
            items = await asyncio.to_thread(self.state.finish_and_claim, items[0].id,
                                            *outcome)
        if handled and self.on_idle is not None:
            self.on_idle()
        return handled

    async def deliver(self, item: OutboxItem) -> tuple[str, datetime, int | None, str | None]:
        """One send; returns the outcome to record (state, when, message id, error). Retries
        are rescheduled here; nothing Telegram answers escapes as an exception."""
        wait = self.pacing.wait_for(item.chat_id)
        if wait > 0:
            await asyncio.sleep(wait)
        outcome: tuple[str, datetime, int | None, str | None]
        try:
            if item.document:
                message = await self.bot.send_document(item.chat_id, item.document,
                                                       caption=item.text or None,
                                                       parse_mode=ParseMode.HTML)
            else:
                message = await self.bot.send_message(item.chat_id, item.text,
                                                      parse_mode=ParseMode.HTML)
        except RetryAfter as exc:
            seconds = _seconds(exc.retry_after)
            self.pacing.delay_chat(item.chat_id, seconds)
            outcome = self._retry(item, seconds, f"429 retry after {seconds}s", count=False)
        except Forbidden as exc:
            if item.user_id is not None:
                await asyncio.to_thread(self.state.mark_blocked, item.user_id, self.now())
            outcome = ("blocked", self.now(), None, str(exc))
        except ChatMigrated as exc:
            await asyncio.to_thread(self.state.move_chat, item.chat_id, exc.new_chat_id)
            outcome = self._retry(item, 0, f"chat migrated to {exc.new_chat_id}", count=False)
        except BadRequest as exc:
            outcome = ("failed", self.now(), None, str(exc))
        except (TimedOut, NetworkError) as exc:
            outcome = self._retry(item, backoff(item.attempts).total_seconds(), str(exc))
        else:
            self.pacing.sent(item.chat_id)
            outcome = ("sent", self.now(), message.message_id, None)
        if item.broadcast_id is not None and self.on_progress is not None:
            self.on_progress(item.broadcast_id)
        return outcome

    def _retry(self, item: OutboxItem, seconds: float, error: str, *,
               count: bool = True) -> tuple[str, datetime, int | None, str | None]:
        """A retry is recorded as `pending` again with a later next_at (see State._finish)."""
        if count and item.attempts >= MAX_ATTEMPTS:
            return ("failed", self.now(), None, error)
        return ("retry", self.now() + timedelta(seconds=seconds), None, error)


def _seconds(value: float | timedelta) -> float:
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class ProgressReporter:
    """Keeps each broadcast's progress message current: at most one edit every `every`
    seconds per broadcast, and always a final one."""

    def __init__(self, bot: Bot, state: State, now: Callable[[], datetime],
                 render: Callable[[dict[str, object], dict[str, int]], tuple[str, object]],
                 every: float = 2.0) -> None:
        self.bot = bot
        self.state = state
        self.now = now
        self.render = render
        self.every = every
        self._last: dict[int, float] = {}
        self._seen: set[int] = set()
        self._tasks: set[asyncio.Task[None]] = set()

    def notify(self, broadcast_id: int) -> None:
        """Called by the sender after each delivery: cheap, throttled, never awaited."""
        loop = asyncio.get_running_loop()
        self._seen.add(broadcast_id)
        if loop.time() - self._last.get(broadcast_id, 0.0) >= self.every:
            self._schedule(broadcast_id)

    def flush(self) -> None:
        """The queue ran dry: bring every broadcast seen since the last flush up to date
        (this is where a finished broadcast gets its final message)."""
        for broadcast_id in list(self._seen):
            self._schedule(broadcast_id)
        self._seen.clear()

    def _schedule(self, broadcast_id: int) -> None:
        loop = asyncio.get_running_loop()
        self._last[broadcast_id] = loop.time()
        task = loop.create_task(self.update(broadcast_id))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def update(self, broadcast_id: int) -> None:
        await asyncio.to_thread(self.state.finish_broadcast_if_done, broadcast_id, self.now())
        row = await asyncio.to_thread(self.state.broadcast, broadcast_id)
        if row is None or not row.get("progress_message_id"):
            return
        counts = await asyncio.to_thread(self.state.outbox_counts, broadcast_id)
        text, markup = self.render(row, counts)
        try:
            await self.bot.edit_message_text(text, chat_id=row["progress_chat_id"],
                                             message_id=row["progress_message_id"],
                                             parse_mode=ParseMode.HTML,
                                             reply_markup=markup)  # type: ignore[arg-type]
        except (BadRequest, NetworkError) as exc:
            if "not modified" not in str(exc).lower():
                log.info("progress of broadcast %s not updated: %s", broadcast_id, exc)
