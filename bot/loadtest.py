"""Throughput through the sandbox: the full bot next to a bare echo bot, and a broadcast.

Both bots run python-telegram-bot's own polling loop against the same local Bot API server in
the same process, so the ratio of their rates isolates what Zhinan's handlers cost. The
broadcast and the memory figures run the bot as deployed (`python -m bot run`, its own process)
against the local server in this one.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import sys
import time
from datetime import datetime
from pathlib import Path

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters

from bot.config import Settings
from bot.db import Storage, publish_into
from bot.demo import Harness
from bot.sandbox import Sandbox
from bot.sandbox.driver import SandboxClient
from bot.sandbox.limits import LimitConfig
from bot.sandbox.models import User
from bot.sandbox.state import BOT_TOKEN, SandboxState

FIRST_USER = 300_000


def _users(sandbox: Sandbox, count: int) -> list[int]:
    ids = list(range(FIRST_USER, FIRST_USER + count))
    for uid in ids:
        sandbox.state.world.add_user(User(uid, f"u{uid}", language_code="zh-hans"), started=True)
    return ids


async def _drive(client: SandboxClient, sandbox: Sandbox, texts: list[str],
                 users: list[int]) -> float:
    """Send every text (round-robin over users) and wait for one bot reply each; updates/s."""
    counter = _Replies(sandbox)
    start = time.perf_counter()
    await asyncio.gather(*[
        client.post("/sandbox/send", {"user_id": users[i % len(users)], "text": text})
        for i, text in enumerate(texts)
    ])
    while counter.count() < len(texts):
        await asyncio.sleep(0.005)
    return len(texts) / (time.perf_counter() - start)


class _Replies:
    """Counts successful sendMessage calls made after it was created."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.calls = sandbox.state.calls
        self.position = len(self.calls)
        self.seen = 0

    def count(self) -> int:
        fresh = self.calls.tail(self.position)
        self.position += len(fresh)
        self.seen += sum(1 for c in fresh if c["ok"] and c["method"].lower() == "sendmessage")
        return self.seen


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_message is not None and update.effective_message.text:
        await update.effective_message.reply_text(update.effective_message.text)


async def echo_rate(count: int, users: int) -> float:
    """Updates/s of a bare python-telegram-bot echo bot through the sandbox."""
    sandbox = Sandbox(SandboxState(limits_enabled=False))
    await sandbox.start()
    application = (Application.builder().token(BOT_TOKEN).base_url(sandbox.base_url)
                   .build())
    application.add_handler(MessageHandler(filters.TEXT, _echo))
    try:
        async with application, SandboxClient(sandbox.url) as client:
            await application.start()
            assert application.updater is not None
            await application.updater.start_polling(poll_interval=0.0, timeout=1)
            ids = _users(sandbox, users)
            await _drive(client, sandbox, ["warm up"] * 20, ids)
            rate = await _drive(client, sandbox, [f"echo {i}" for i in range(count)], ids)
            await application.updater.stop()
            await application.stop()
    finally:
        await sandbox.stop()
    return rate


async def bot_rates(settings: Settings, count: int, users: int) -> dict[str, float]:
    """Updates/s of the full bot for a command, a guided step and a free-text search.

    The bot's own 30/s rate limiter is off here, as the echo bot has none: this measures what
    the handlers cost, not Telegram's cap (which holds any bot to 30 replies/s)."""
    harness = Harness(settings, state=SandboxState(limits_enabled=False), rate_limit=False)
    await harness.start()
    rates: dict[str, float] = {}
    try:
        async with SandboxClient(harness.sandbox.url) as client:
            ids = _users(harness.sandbox, users)
            await _drive(client, harness.sandbox, ["/help"] * 20, ids)
            rates["help"] = await _drive(client, harness.sandbox, ["/help"] * count, ids)
            rates["find"] = await _drive(client, harness.sandbox, ["/find"] * count, ids)
            queries = ["锂电池 南宁", "人工只能", "中药 桂林", "新材料", "AI"]
            rates["search"] = await _drive(
                client, harness.sandbox, [queries[i % len(queries)] for i in range(count)], ids)
    finally:
        await harness.stop()
    return rates


async def broadcast_time(settings: Settings, count: int, limits: LimitConfig,
                         probe_every: float = 0.1) -> tuple[float, float, list[float], float]:
    """Seconds to deliver `count` broadcast messages with flood limits on, the minimum those
    limits allow (count / overall rate), and how long users who wrote meanwhile waited for
    their answer (seconds, one per message they sent), and the CPU seconds the bot's process
    spent meanwhile.

    The bot runs as deployed, `python -m bot run` in its own process, against the local Bot
    API server in this one: Telegram's servers do not share the bot's CPU, so neither does
    the sandbox here. The time runs from the first broadcast message Telegram accepts to the
    last (the bot's start-up is not the sender's speed)."""
    sandbox = Sandbox(SandboxState(limits_enabled=True, limit_config=limits))
    await sandbox.start()
    ids = _users(sandbox, count)
    askers = [FIRST_USER - 1 - i for i in range(20)]  # each writes every 20 × probe_every
    for uid in askers:
        sandbox.state.world.add_user(User(uid, f"u{uid}", language_code="zh-hans"),
                                     started=True)
    now = datetime.now().astimezone()
    storage = await Storage.open(settings.db)
    try:
        await _started(storage, ids, now)
        await storage.broadcasts.create(1, {"kind": "all"}, None, "基准测试广播", ids, now)
    finally:
        await storage.close()
    process = await _bot_process(settings, settings.db, sandbox, env={
        "ZHINAN_RATE_LIMIT_PER_SECOND": str(settings.rate_limit_per_second),
        "ZHINAN_OUTBOX_IN_FLIGHT": str(settings.outbox_in_flight)})
    waits: list[float] = []
    try:
        async with SandboxClient(sandbox.url) as client:
            watch = _Delivered(sandbox, set(ids))
            first = await watch.until(1)
            cpu = _cpu_s(process.pid)
            done = asyncio.Event()
            probes = asyncio.create_task(_probe(client, sandbox, askers, probe_every,
                                                waits, done))
            last = await watch.until(count)
            cpu = _cpu_s(process.pid) - cpu
            done.set()
            await probes
    finally:
        await _stop(process)
        await sandbox.stop()
    # (the first message's own slot counts: count messages take count / rate)
    return (last - first + 1 / limits.global_per_second, count / limits.global_per_second, waits,
            cpu)


def _cpu_s(pid: int) -> float:
    """User + system CPU seconds of a process so far, from /proc (0 where it is not there)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class _Delivered:
    """Watches the sandbox's call log for accepted sendMessage calls to the recipients."""

    def __init__(self, sandbox: Sandbox, recipients: set[int]) -> None:
        self.calls = sandbox.state.calls
        self.recipients = recipients
        self.position = 0
        self.seen = 0

    async def until(self, count: int, timeout: float = 900.0) -> float:
        """The moment (perf_counter) the count-th message was seen accepted."""
        async with asyncio.timeout(timeout):
            while True:
                calls = self.calls.tail(self.position)
                self.position += len(calls)
                self.seen += sum(1 for call in calls if call["ok"]
                                 and call["method"] == "sendMessage"
                                 and int(call["params"].get("chat_id", 0)) in self.recipients)
                if self.seen >= count:
                    return time.perf_counter()
                await asyncio.sleep(0.002)


async def _started(storage: Storage, ids: list[int], now: datetime) -> None:
    """Users who started the bot, written in one statement (10,000 single writes would take
    longer than the broadcast at ×10)."""
    from bot.db import schema

    rows = [{"id": uid, "first_name": f"u{uid}", "active": True, "muted": False,
             "created_at": now, "seen_at": now, "started_at": now} for uid in ids]
    async with storage.db.write() as conn:
        await conn.execute(schema.users.insert(), rows)


async def _probe(client: SandboxClient, sandbox: Sandbox, askers: list[int], every: float,
                 waits: list[float], stop: asyncio.Event) -> None:
    """A user writes every `every` seconds (taking turns, so no chat's own limit is met) until
    `stop`; then the answers still awaited are waited for."""
    asking = []
    for turn in itertools.count():
        asking.append(asyncio.create_task(
            _ask(client, sandbox, askers[turn % len(askers)], waits)))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), every)
        if stop.is_set():
            break
    await asyncio.gather(*asking)


async def _ask(client: SandboxClient, sandbox: Sandbox, uid: int, waits: list[float]) -> None:
    """Send /help as `uid` and record the seconds until the bot's answer is in the chat."""
    waits.append(await _ask_text(client, sandbox, uid, "/help"))


async def _ask_text(client: SandboxClient, sandbox: Sandbox, uid: int, text: str) -> float:
    """Send `text` as `uid`; seconds until the bot's answer is in the chat."""
    world = sandbox.state.world
    bot_id = world.bot.id

    def answers() -> int:
        return sum(1 for m in world.chat_messages(uid) if m.sender_id == bot_id)

    before = answers()
    start = time.perf_counter()
    await client.post("/sandbox/send", {"user_id": uid, "text": text})
    while answers() <= before:
        await asyncio.sleep(0.005)
    return time.perf_counter() - start


async def worker_rates(settings: Settings, server: str, count: int, users: int,
                       fleet: tuple[int, ...] = (1, 3)) -> dict[int, float]:
    """Updates/s of `python -m bot run --webhook … --workers N` on PostgreSQL, for each N in
    `fleet`: the sandbox delivers updates by webhook (several at once, each chat in order) and
    every update is a search. Each run gets a scratch database on `server`, dropped after.

    The bot-wide 30/s reply limiter is raised out of the way, as in `bot_rates`: this measures
    what handling costs and how it spreads over processes, not Telegram's cap."""
    from bot.catalogue.loader import load_catalogue
    from bot.db.database import scratch_database

    guidelines = load_catalogue(settings.data_dir)[0]
    queries = ["锂电池 南宁", "人工只能", "中药 桂林", "新材料", "我们是高企，南宁能申请哪些"]
    rates: dict[int, float] = {}
    for workers in fleet:
        async with scratch_database(server) as url:
            await publish_into(url, guidelines)
            rates[workers] = await _fleet_rate(settings, url, workers, count, users, queries)
    return rates


async def _fleet_rate(settings: Settings, url: str, workers: int, count: int, users: int,
                      queries: list[str]) -> float:
    import secrets
    import socket

    sandbox = Sandbox(SandboxState(limits_enabled=False, local_webhooks=True))
    sandbox.state.reports_handled = True
    await sandbox.start()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    process = await _bot_process(
        settings, url, sandbox, "--webhook", f"http://127.0.0.1:{port}/telegram",
        "--port", str(port), "--workers", str(workers),
        env={"ZHINAN_WEBHOOK_SECRET": secrets.token_hex(16), "ZHINAN_WEB_HOST": "127.0.0.1",
             "ZHINAN_RATE_LIMIT_PER_SECOND": "10000"})
    try:
        async with asyncio.timeout(120):
            while sandbox.state.updates.webhook is None:
                await asyncio.sleep(0.1)
        async with SandboxClient(sandbox.url) as client:
            ids = _users(sandbox, users)
            await _drive(client, sandbox, ["/help"] * (20 * workers), ids)  # every worker warm
            return await _drive(client, sandbox,
                                [queries[i % len(queries)] for i in range(count)], ids)
    finally:
        await _stop(process)
        await sandbox.stop()


async def _bot_process(settings: Settings, db: str, sandbox: Sandbox, *args: str,
                       env: dict[str, str] | None = None) -> asyncio.subprocess.Process:
    """`python -m bot run …` as deployed, its own quiet process, on the database `db` and
    against the local Bot API server `sandbox` (settings' data, the bench's token)."""
    environment = {**os.environ, "ZHINAN_DB": db, "ZHINAN_TELEGRAM_TOKEN": BOT_TOKEN,
                   "ZHINAN_LOG_LEVEL": "WARNING", "ZHINAN_DATA_DIR": str(settings.data_dir),
                   **(env or {})}
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", *args, "--base-url", sandbox.base_url,
        env=environment, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)


async def _stop(process: asyncio.subprocess.Process) -> None:
    """SIGTERM a bot process under test, SIGKILL if it has not ended in 30 s."""
    if process.returncode is None:
        process.terminate()
        try:
            await asyncio.wait_for(process.wait(), 30)
        except TimeoutError:
            process.kill()


def _status_mb(pid: int, field: str) -> float:
    """A process's VmRSS / VmHWM from /proc, in MB (0 where /proc is not there)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return 0.0


async def bot_memory(settings: Settings, db: str, question: str = "锂电池 南宁 50万"
                     ) -> dict[str, float]:
    """Resident memory of `python -m bot run` on the catalogue in `db`, started as deployed
    (long polling against a local sandbox), once it has answered a search: what the running
    bot holds, not what a benchmark holding parsed copies of the catalogue does."""
    sandbox = Sandbox(SandboxState(limits_enabled=False))
    await sandbox.start()
    start = time.perf_counter()
    process = await _bot_process(settings, db, sandbox)
    try:
        async with asyncio.timeout(300), SandboxClient(sandbox.url) as client:
            while not sandbox.state.updates.polls_begun:
                await asyncio.sleep(0.1)
            ready = time.perf_counter() - start
            uid = _users(sandbox, 1)[0]
            await _ask_text(client, sandbox, uid, question)
        return {"rss_mb": _status_mb(process.pid, "VmRSS"),
                "peak_mb": _status_mb(process.pid, "VmHWM"), "ready_s": round(ready, 1)}
    finally:
        await _stop(process)
        await sandbox.stop()
