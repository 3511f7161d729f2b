"""`python -m bot bench`: speed measured side by side in one run on this machine.

Parts: `catalogue` (parse + load of the real documents and of a synthetic catalogue `scale`
times larger, made by varying the real texts so the parser does real work), `search`
(question latency at both sizes, from the first query after the searcher is built), `memory`
(the running bot's resident memory on both catalogues: `rss_mb`, `rss_100k_mb`; the bench
process's own peak is `bench_peak_rss_mb`), `updates` (updates/s), `broadcast` (delivery time
against the limits' minimum, and replies meanwhile: `reply_p99_during_broadcast_ms`) and
`workers` (webhook workers on PostgreSQL). Never part of the test suite; a smoke test runs it
at a tiny scale.
"""

from __future__ import annotations

import asyncio
import math
import re
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.catalogue.document import read_document
from bot.catalogue.facets import load_taxonomy
from bot.catalogue.loader import (
    CatalogueError,
    load_catalogue,
    read_catalogue,
    read_guidelines,
    read_metadata,
)
from bot.catalogue.models import Guideline
from bot.config import Settings
from bot.db import Storage, publish_into
from bot.lexicon import Lexicon
from bot.search import Searcher

__all__ = ["publish", "publish_into", "run_bench", "synthetic_guidelines"]

QUERIES = ("锂电池 南宁 50万", "我是做中药的，桂林有什么项目", "人工只能", "AI", "新材料",
           "battery materials Nanning", "农业 20万", "机器人", "高新技术企业", "污染治理",
           "柳州 新能源汽车 100万以上", "有没有不要求企业牵头的项目", "防城港的项目什么时候截止",
           "最多能拿多少钱", "后补助是什么意思", "申报需要准备哪些材料",
           "我们是高新技术企业，研发投入200万，南宁能申请哪些？")


def _forget_parses() -> None:
    """Empty every cache the parser keeps (lines classified, texts folded, the traditional
    characters' table, regexes compiled on first use), so each attempt parses as cold as a fresh
    `catalogue load` process does: its forked workers inherit only what importing built."""
    for name, module in list(sys.modules.items()):
        if name.startswith("bot.catalogue"):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()
    re.purge()


def _timed(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def _rss_mb() -> float:
    """This (the bench) process's peak resident memory; the bot's is `bench_memory`'s."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def synthetic_guidelines(data_dir: Path, scale: int, folder: Path | None = None,
                         workers: int | None = None) -> list[Guideline]:
    """`scale` variants of every real document (headings renamed, amounts shifted, so no two
    copies are the same text), written as files into `folder` (a temporary one by default) and
    read back the way `catalogue load` reads data/: every document parsed for real, on every
    core when they are many."""
    metas = read_metadata(data_dir)
    taxonomy = load_taxonomy(data_dir / "sectors.toml")
    with tempfile.TemporaryDirectory() as scratch:
        root = folder or Path(scratch)
        variants = []
        for meta in metas:
            path = data_dir / meta.source_file
            lines = read_document(path.read_bytes(), meta.source_file,
                                  max_bytes=path.stat().st_size).lines
            for copy in range(scale):
                key = f"{meta.key[:-2][:3]}{_letters(copy)}{meta.key[-2:]}"
                name = f"{key}.txt"
                (root / name).write_text("\n".join(_vary(line, copy) for line in lines),
                                         encoding="utf-8")
                variants.append((copy, meta.model_copy(update={"key": key, "source_file": name})))
        variants.sort(key=lambda pair: pair[0])  # copy by copy, as before: city after city
        results = read_guidelines(root, [meta for _, meta in variants], taxonomy,
                                  workers=workers)
    refused = [issue for result in results for issue in result.refusals]
    if refused:
        raise CatalogueError(refused)
    return [result.guideline for result in results if result.guideline is not None]


def _letters(number: int) -> str:
    """0 → 'aa', 1 → 'ab' …: short distinct keys matching the metadata key pattern."""
    first, second = divmod(number, 26)
    third, first = divmod(first, 26)
    return chr(97 + third) + chr(97 + first) + chr(97 + second)


def _vary(line: str, copy: int) -> str:
    if line.startswith("方向") and "：" in line:
        head, _, tail = line.partition("：")
        return f"{head}：{tail}（第{copy}批）"
    return line.replace("万元", f"{copy % 7}万元") if copy else line


def bench_catalogue(settings: Settings, scale: int, big: list[Guideline] | None = None,
                    big_db: Path | None = None) -> dict[str, Any]:
    """Parse+load time of the real catalogue (published through bot/db, one transaction per
    guideline, as `catalogue load` does) and of one `scale` times larger (kept at `big_db`
    when given, for the memory part)."""
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        runs = []
        for attempt in range(3):
            _forget_parses()
            parse_s, read = _timed(lambda: read_catalogue(settings.data_dir))
            guidelines = read.guidelines
            load_s = asyncio.run(_publish(Path(tmp) / f"real{attempt}.sqlite3", guidelines))
            runs.append((parse_s, load_s))
        results["catalogue_leaves"] = sum(len(g.leaves) for g in guidelines)
        results["catalogue_parse_s"] = round(statistics.median(r[0] for r in runs), 4)
        results["catalogue_load_s"] = round(statistics.median(r[0] + r[1] for r in runs), 4)
        parse_s, made = _timed(lambda: synthetic_guidelines(settings.data_dir, scale))
        load_s, _ = _timed(lambda: publish(big_db or Path(tmp) / "big.sqlite3", made))
        if big is not None:
            big.extend(made)
        results["synthetic_scale"] = scale
        results["synthetic_leaves"] = sum(len(g.leaves) for g in made)
        results["synthetic_parse_s"] = round(parse_s, 3)
        results["synthetic_db_load_s"] = round(load_s, 3)
        results["synthetic_load_s"] = round(parse_s + load_s, 3)
        results["catalogue_100k_load_s"] = results["synthetic_load_s"]
    return results


async def _publish(path: Path, guidelines: list[Guideline]) -> float:
    """Seconds to publish every guideline into a fresh database (schema set up beforehand)."""
    storage = await Storage.open(path)
    try:
        now = datetime.now().astimezone()
        start = time.perf_counter()
        for ordinal, guideline in enumerate(guidelines):
            await storage.catalogue.publish(guideline, now, ordinal)
        return time.perf_counter() - start
    finally:
        await storage.close()


def _latencies(action: Callable[[str], Any], repeat: int) -> tuple[float, float]:
    samples = []
    for index in range(repeat):
        query = QUERIES[index % len(QUERIES)]
        start = time.perf_counter()
        action(query)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    p50 = samples[len(samples) // 2]
    p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))]
    return round(p50, 2), round(p99, 2)


def bench_search(settings: Settings, scale: int, repeat: int,
                 big: list[Guideline] | None = None) -> dict[str, Any]:
    """Question latency (understand + answer) over the real catalogue and the synthetic one,
    timed from the first query right after the searcher is built."""
    from bot.answers import answer, warm

    lexicon = Lexicon.from_data(settings.data_dir)
    results: dict[str, Any] = {}
    for label, guidelines in (
        ("", load_catalogue(settings.data_dir)[0]),
        ("big_", big or synthetic_guidelines(settings.data_dir, scale)),
    ):
        leaves = [leaf for g in guidelines for leaf in g.leaves]
        build_s, searcher = _timed(lambda: Searcher.build(lexicon, leaves))  # noqa: B023
        warm(searcher)

        def ask(text: str, searcher: Searcher = searcher) -> Any:
            return answer(searcher.understand(text), searcher, limit=10)

        p50, p99 = _latencies(ask, repeat)  # enough samples that p99 is not just the worst
        results[f"search_{label}build_s"] = round(build_s, 3)
        results[f"search_{label}p50_ms"] = p50
        results[f"search_{label}p99_ms"] = p99
    results["search_100k_p99_ms"] = results["search_big_p99_ms"]
    return results


def bench_updates(settings: Settings, count: int) -> dict[str, Any]:
    """Updates/s through the sandbox: the full bot (command, guided step, search) next to a
    bare echo bot, in the same run."""
    from bot.loadtest import bot_rates, echo_rate

    with tempfile.TemporaryDirectory() as tmp:
        local = _loaded_copy(settings, Path(tmp))
        rates = asyncio.run(bot_rates(local, count, users=50))
    echo = asyncio.run(echo_rate(count, users=50))
    worst = min(rates.values())
    return {
        "updates_per_s": round(worst, 1),
        "updates_help_per_s": round(rates["help"], 1),
        "updates_find_per_s": round(rates["find"], 1),
        "updates_search_per_s": round(rates["search"], 1),
        "echo_updates_per_s": round(echo, 1),
        "updates_ratio": round(worst / echo, 3),
    }


def bench_workers(settings: Settings, count: int, server: str | None) -> dict[str, Any]:
    """Updates/s of the webhook workers on PostgreSQL, one process and three; needs a server
    (--postgres URL or ZHINAN_BENCH_POSTGRES) where scratch databases may be created."""
    from bot.loadtest import worker_rates

    if not server:
        return {"workers_skipped": "no PostgreSQL server (--postgres URL)"}
    rates = asyncio.run(worker_rates(settings, server, count, users=50))
    return {"updates_1_worker_per_s": round(rates[1], 1),
            "updates_3_workers_per_s": round(rates[3], 1),
            "workers_speedup": round(rates[3] / rates[1], 2)}


def bench_broadcast(settings: Settings, count: int, scale_limits: float,
                    label: str = "") -> dict[str, Any]:
    """Time to deliver `count` messages with flood limits on, next to the limits' minimum, and
    how fast users who write meanwhile are answered.

    Telegram's limits are 30/s overall; `scale_limits` multiplies the sandbox's limits and
    the bot's configured rate alike (10 keeps a 10,000-message run near half a minute), and the
    messages in flight with them (what keeps the sender from being the bottleneck grows with
    the rate)."""
    from bot.loadtest import broadcast_time
    from bot.sandbox.limits import LimitConfig

    limits = LimitConfig(global_per_second=30.0 * scale_limits,
                         private_per_second=1.0 * scale_limits, private_burst=3.0,
                         group_per_minute=20.0 * scale_limits)
    in_flight = settings.outbox_in_flight
    with tempfile.TemporaryDirectory() as tmp:
        local = _loaded_copy(settings, Path(tmp)).model_copy(update={
            "rate_limit_per_second": 30.0 * scale_limits, "outbox_in_flight": in_flight})
        elapsed, minimum, waits, cpu = asyncio.run(broadcast_time(
            local, count, limits, probe_every=min(1.0, 1.0 / scale_limits)))
    waits_ms = sorted(w * 1000 for w in waits) or [math.nan]
    p99 = waits_ms[min(len(waits_ms) - 1, int(len(waits_ms) * 0.99))]
    return {f"broadcast{label}_messages": count, f"broadcast{label}_limit_scale": scale_limits,
            f"broadcast{label}_in_flight": in_flight,
            f"broadcast{label}_s": round(elapsed, 2), f"broadcast{label}_min_s": round(minimum, 2),
            f"broadcast{label}_ratio": round(elapsed / minimum, 3),
            # the bot process's CPU over the broadcast: at 1.0 × broadcast_s it is the limit
            f"broadcast{label}_bot_cpu_s": round(cpu, 2),
            f"reply{label}_p50_during_broadcast_ms": round(waits_ms[len(waits_ms) // 2], 1),
            f"reply{label}_p99_during_broadcast_ms": round(p99, 1),
            f"reply{label}_samples": len(waits)}


def bench_memory(settings: Settings, big_db: Path | None) -> dict[str, Any]:
    """Resident memory of the running bot (`python -m bot run`, after answering a search) on
    the real catalogue and, when the catalogue part made it, on the synthetic one."""
    from bot.loadtest import bot_memory

    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        real = asyncio.run(bot_memory(settings, _loaded_copy(settings, Path(tmp)).db))
    results.update({"rss_mb": real["rss_mb"], "bot_peak_rss_mb": real["peak_mb"],
                    "bot_ready_s": real["ready_s"]})
    if big_db is not None and big_db.exists():
        big = asyncio.run(bot_memory(settings, str(big_db)))
        results.update({"rss_100k_mb": big["rss_mb"], "bot_100k_peak_rss_mb": big["peak_mb"],
                        "bot_100k_ready_s": big["ready_s"]})
    return results


def publish(db: Path | str, guidelines: list[Guideline]) -> None:
    asyncio.run(publish_into(db, guidelines))


def _loaded_copy(settings: Settings, folder: Path) -> Settings:
    """Settings with a private database holding the real catalogue."""
    local = settings.model_copy(update={"db": str(folder / "bench.sqlite3")})
    publish(local.db, load_catalogue(settings.data_dir)[0])
    return local


PARTS = {"catalogue", "search", "updates", "broadcast", "workers", "memory"}


def run_bench(settings: Settings, *, scale: int, parts: list[str], repeat: int,
              updates: int = 500, messages: int = 10_000, real_messages: int = 900,
              limit_scale: float = 10.0, postgres: str | None = None) -> dict[str, Any]:
    """Run the named parts (all by default) and return one flat dict of figures."""
    chosen = set(parts) or PARTS
    unknown = chosen - PARTS
    if unknown:
        raise SystemExit(f"unknown bench part(s): {', '.join(sorted(unknown))}")
    results: dict[str, Any] = {}
    big: list[Guideline] = []  # the synthetic catalogue, parsed once for both parts
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as work:
        big_db = Path(work) / "big.sqlite3"
        if "catalogue" in chosen:
            results.update(bench_catalogue(settings, scale, big, big_db))
        if "search" in chosen:
            results.update(bench_search(settings, scale, repeat, big or None))
        big.clear()  # the parsed copies are the bench's, not the bot's: let them go
        if "memory" in chosen:
            results.update(bench_memory(settings, big_db))
    if "updates" in chosen:
        results.update(bench_updates(settings, updates))
    if "broadcast" in chosen:
        results.update(bench_broadcast(settings, messages, limit_scale))
        if real_messages and limit_scale != 1:
            results.update(bench_broadcast(settings, real_messages, 1.0, "_real"))
    if "workers" in chosen:
        results.update(bench_workers(settings, updates, postgres))
    results["bench_peak_rss_mb"] = _rss_mb()
    results["bench_s"] = round(time.perf_counter() - started, 1)
    return results
