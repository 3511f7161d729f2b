"""Flood limits on a fake clock: bursts, refills and retry_after, without sleeping."""

from bot.sandbox.limits import FloodLimiter, LimitConfig


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def limiter(clock: FakeClock, **config: float) -> FloodLimiter:
    return FloodLimiter(LimitConfig(**config), clock)


def test_private_chat_allows_a_burst_then_one_per_second() -> None:
    clock = FakeClock()
    flood = limiter(clock, private_burst=3, private_per_second=1)
    assert [flood.acquire(1001) for _ in range(4)] == [None, None, None, 1]
    clock.now = 0.5
    assert flood.acquire(1001) == 1  # half a token back: still refused, rounded up
    clock.now = 1.0
    assert flood.acquire(1001) is None
    assert flood.acquire(1001) == 1


def test_each_private_chat_has_its_own_budget() -> None:
    flood = limiter(FakeClock(), private_burst=1)
    assert [flood.acquire(1001), flood.acquire(1002), flood.acquire(1001)] == [None, None, 1]


def test_group_allows_twenty_a_minute() -> None:
    clock = FakeClock()
    flood = limiter(clock)
    assert all(flood.acquire(-2001) is None for _ in range(20))
    assert flood.acquire(-2001) == 3  # one message every three seconds comes back
    clock.now = 3.0
    assert flood.acquire(-2001) is None


def test_global_limit_spans_all_chats() -> None:
    clock = FakeClock()
    flood = limiter(clock, global_per_second=30, private_burst=1)
    assert all(flood.acquire(user_id) is None for user_id in range(1, 31))
    assert flood.acquire(31) == 1
    clock.now = 1 / 30
    assert flood.acquire(31) is None


def test_refused_sends_consume_nothing() -> None:
    clock = FakeClock()
    flood = limiter(clock, private_burst=1, private_per_second=1)
    assert flood.acquire(1001) is None
    assert [flood.acquire(1001) for _ in range(5)] == [1] * 5
    clock.now = 1.0
    assert flood.acquire(1001) is None


def test_disabled_limiter_allows_everything() -> None:
    flood = limiter(FakeClock(), private_burst=1)
    flood.enabled = False
    assert all(flood.acquire(1001) is None for _ in range(100))
