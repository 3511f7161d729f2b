"""One budget for everything the bot sends, replies first.

Telegram lets a bot send about 30 messages a second in all. Replies to users and the outbox
(broadcasts, reminders, notices) draw on the same allowance: a token bucket refilled at `rate`
a second and holding at most `burst` tokens. Whoever waits is served by priority — a reply
(`REPLY`) before any queued outbox message (`BULK`), whatever the order they came in; first come
first served within a priority. So a broadcast takes whatever replies leave, and a user who writes
during one waits at most for the next token, not behind the broadcast.

The same class, with a rate of 20 a minute and a burst of 20, keeps each group's own limit.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import Callable

REPLY, BULK = 0, 1


class Budget:
    """A token bucket whose waiters are served by priority (lower first), then in order."""

    def __init__(self, rate: float, burst: float | None = None,
                 clock: Callable[[], float] | None = None) -> None:
        self.rate = rate
        self.burst = max(1.0, burst if burst is not None else rate / 10)
        self._clock = clock
        self._tokens = self.burst
        self._updated: float | None = None
        self._queues: tuple[deque[asyncio.Future[None]], ...] = (deque(), deque())
        self._pump: asyncio.Task[None] | None = None

    def now(self) -> float:
        return self._clock() if self._clock is not None else asyncio.get_running_loop().time()

    @property
    def waiting(self) -> int:
        return sum(len(queue) for queue in self._queues)

    @property
    def idle(self) -> bool:
        """Nobody waits and the bucket is full: the budget can be forgotten."""
        self._refill(self.now())
        return not self.waiting and self._tokens >= self.burst

    def _refill(self, now: float) -> None:
        if self._updated is not None:
            self._tokens = min(self.burst, self._tokens + (now - self._updated) * self.rate)
        self._updated = now

    def _free_now(self, now: float) -> bool:
        self._refill(now)
        return self._tokens >= 1

    async def acquire(self, priority: int = REPLY) -> None:
        """Wait for one message's share of the budget."""
        if not any(self._queues[: priority + 1]) and self._free_now(self.now()):
            self._tokens -= 1
            return
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._queues[priority].append(waiter)
        if self._pump is None or self._pump.done():
            self._pump = asyncio.create_task(self._serve(), name="budget")
        try:
            await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                self._tokens += 1  # granted, then given up: the token goes back
            else:
                with contextlib.suppress(ValueError):
                    self._queues[priority].remove(waiter)
            raise

    async def _serve(self) -> None:
        """Hand out tokens as they come, to the first waiter of the most urgent queue."""
        while any(self._queues):
            now = self.now()
            if not self._free_now(now):
                await asyncio.sleep((1 - self._tokens) / self.rate)
                continue
            for queue in self._queues:
                while queue and queue[0].done():  # cancelled while waiting
                    queue.popleft()
                if queue:
                    self._tokens -= 1
                    queue.popleft().set_result(None)
                    break
