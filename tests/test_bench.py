"""The benchmark runs at a tiny scale, so it does not rot between measurement sessions."""

from __future__ import annotations

from bot.bench import run_bench
from bot.config import Settings


def test_bench_smoke(settings: Settings) -> None:
    results = run_bench(settings, scale=1, parts=[], repeat=3, updates=20, messages=100,
                        real_messages=10, limit_scale=10.0)
    assert results["catalogue_leaves"] == 231
    assert results["synthetic_leaves"] == 231  # one varied copy of each document
    for key in ("catalogue_load_s", "catalogue_100k_load_s", "search_p99_ms",
                "search_100k_p99_ms", "updates_per_s", "echo_updates_per_s", "broadcast_s",
                "broadcast_min_s", "reply_p99_during_broadcast_ms", "broadcast_real_s",
                "reply_real_p99_during_broadcast_ms", "rss_mb", "rss_100k_mb",
                "bench_peak_rss_mb"):
        assert results[key] > 0, key
    # the limits were enforced: past the budget's burst (a tenth of a second's worth), no
    # faster than the rate
    rate = 30.0 * results["broadcast_limit_scale"]
    assert results["broadcast_s"] >= (results["broadcast_messages"] - rate / 10) / rate
