"""Telegram's flood limits, as token buckets on an injectable monotonic clock.

Telegram allows about 30 messages a second overall, about one a second per private chat (with
short bursts) and 20 a minute per group; beyond that it answers 429 with retry_after. Enforcing
the same limits locally shows whether the bot's sending (broadcasts, long replies split in
parts) copes. The clock is injectable so the limiter's own tests need no sleeping.
"""

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

Clock = Callable[[], float]


@dataclass(frozen=True)
class LimitConfig:
    """Rates and burst sizes; the defaults approximate Telegram's published limits."""

    global_per_second: float = 30.0
    private_per_second: float = 1.0
    private_burst: float = 3.0
    group_per_minute: float = 20.0


@dataclass
class TokenBucket:
    """Holds up to ``capacity`` sends and refills at ``rate`` per second."""

    capacity: float
    rate: float
    tokens: float
    updated: float

    @classmethod
    def full(cls, capacity: float, rate: float, now: float) -> "TokenBucket":
        return cls(capacity, rate, capacity, now)

    def _refill(self, now: float) -> None:
        elapsed = max(now - self.updated, 0.0)
        self.tokens = min(self.capacity, self.tokens + elapsed * self.rate)
        self.updated = now

    def wait_time(self, now: float) -> float:
        """Seconds until one send is allowed (0 when allowed now)."""
        self._refill(now)
        return 0.0 if self.tokens >= 1 else (1 - self.tokens) / self.rate

    def take(self, now: float) -> None:
        self._refill(now)
        self.tokens -= 1


class FloodLimiter:
    """Decides whether a message-creating call to ``chat_id`` may go through now."""

    def __init__(
        self,
        config: LimitConfig | None = None,
        clock: Clock = time.monotonic,
        enabled: bool = True,
    ) -> None:
        self.config = config or LimitConfig()
        self.clock = clock
        self.enabled = enabled
        self._global: TokenBucket | None = None
        self._chats: dict[int, TokenBucket] = {}

    def reset(self) -> None:
        self._global = None
        self._chats.clear()

    def acquire(self, chat_id: int) -> int | None:
        """Count one send; return None if allowed, else the whole seconds to retry after.

        A refused send consumes nothing, so a client that waits retry_after gets through.
        """
        if not self.enabled:
            return None
        now = self.clock()
        buckets = [self._global_bucket(now), self._chat_bucket(chat_id, now)]
        wait = max(bucket.wait_time(now) for bucket in buckets)
        if wait > 0:
            return max(1, math.ceil(wait))
        for bucket in buckets:
            bucket.take(now)
        return None

    def _global_bucket(self, now: float) -> TokenBucket:
        if self._global is None:
            per_second = self.config.global_per_second
            self._global = TokenBucket.full(per_second, per_second, now)
        return self._global

    def _chat_bucket(self, chat_id: int, now: float) -> TokenBucket:
        if chat_id not in self._chats:
            self._chats[chat_id] = self._new_chat_bucket(chat_id, now)
        return self._chats[chat_id]

    def _new_chat_bucket(self, chat_id: int, now: float) -> TokenBucket:
        if chat_id > 0:  # private chats have the user's (positive) id
            return TokenBucket.full(self.config.private_burst, self.config.private_per_second, now)
        per_minute = self.config.group_per_minute
        return TokenBucket.full(per_minute, per_minute / 60.0, now)
