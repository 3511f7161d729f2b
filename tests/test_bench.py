"""The benchmark runs at a tiny scale, so it does not rot between measurement sessions."""

from __future__ import annotations

from bot.bench import run_bench
from bot.config import Settings


def test_bench_smoke(settings: Settings) -> None:
    results = run_bench(settings, scale=1, parts=[], repeat=3)
    assert results["catalogue_leaves"] == 231
    assert results["synthetic_leaves"] == 231  # one varied copy of each document
    for key in ("catalogue_load_s", "synthetic_load_s", "search_p99_ms", "search_big_p99_ms",
                "rss_mb"):
        assert results[key] > 0, key
