"""Several processes on one PostgreSQL, as a province would run the bot: three webhook workers
sharing a port, two dispatcher candidates; the sandbox delivers updates by webhook, several
at once. A conversation continues on another worker after the first is killed; sixty chats
writing at once are all answered; a 5,000-recipient
broadcast with injected 429 and 5xx survives kill -9 of the leading dispatcher: everyone gets it
at most once, and all but the messages in flight at the kill exactly once."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import sys
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.catalogue.loader import load_catalogue
from bot.config import Settings
from bot.db import Storage, publish_into
from bot.dispatcher import LEADER_LEASE
from bot.sandbox import Sandbox
from bot.sandbox.driver import Conversation, SandboxClient, has
from bot.sandbox.limits import LimitConfig
from bot.sandbox.models import User
from bot.sandbox.state import BOT_TOKEN, SandboxState
from tests import databases
from tests.conftest import FIXED_NOW, WANG

ADMIN = 1003
RECIPIENTS = range(300_000, 302_000)
DOUBTFUL = RECIPIENTS[600]  # Telegram accepts its message but answers only after 20 s
SECRET = "workers-test-secret"
ROOT = Path(__file__).parent.parent


@pytest.fixture
def pg_url(tmp_path: Path) -> Iterator[str]:
    databases.require_server()
    yield from databases.fresh_database("postgresql", tmp_path)


@pytest.fixture
async def sandbox() -> AsyncIterator[Sandbox]:
    limits = LimitConfig(global_per_second=300.0, private_per_second=10.0, private_burst=3.0,
                         group_per_minute=200.0)  # Telegram's limits ×10: a quick run
    running = Sandbox(SandboxState(limits_enabled=True, limit_config=limits,
                                   local_webhooks=True))
    running.state.reports_handled = True  # the workers answer 200 once they have handled it
    await running.start()
    yield running
    await running.stop()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Fleet:
    """The bot's processes, started as deploy/ would start them."""

    def __init__(self, settings: Settings, pg_url: str, sandbox: Sandbox, log: Path) -> None:
        self.port = _free_port()
        self.env = {**os.environ, "ZHINAN_DB": pg_url, "ZHINAN_TELEGRAM_TOKEN": BOT_TOKEN,
                    "ZHINAN_WEBHOOK_SECRET": SECRET, "ZHINAN_ADMIN_IDS": str(ADMIN),
                    "ZHINAN_DATA_DIR": str(settings.data_dir), "ZHINAN_WEB_HOST": "127.0.0.1",
                    "ZHINAN_RATE_LIMIT_PER_SECOND": "280"}
        self.sandbox = sandbox
        self.log = log.open("ab")
        self.workers: list[asyncio.subprocess.Process] = []
        self.dispatchers: list[asyncio.subprocess.Process] = []

    async def _spawn(self, *args: str) -> asyncio.subprocess.Process:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", *args, "--base-url", self.sandbox.base_url, cwd=ROOT,
            env=self.env, stdout=asyncio.subprocess.DEVNULL, stderr=self.log)

    async def start(self) -> None:
        url = f"http://127.0.0.1:{self.port}/telegram"
        for index in range(3):
            self.workers.append(await self._spawn(
                "run", "--webhook", url, "--port", str(self.port), "--worker-index", str(index),
                "--no-dispatch"))
        for _ in range(2):
            self.dispatchers.append(await self._spawn("dispatch"))
        async with asyncio.timeout(60):
            while self.sandbox.state.updates.webhook is None:
                await asyncio.sleep(0.1)

    async def stop(self) -> None:
        for process in self.workers + self.dispatchers:
            if process.returncode is None:
                process.send_signal(signal.SIGTERM)
        for process in self.workers + self.dispatchers:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(process.wait(), 30)
            if process.returncode is None:
                process.kill()
        self.log.close()


async def _leader_pid(storage: Storage) -> int:
    async with asyncio.timeout(60):
        while True:
            holder = await storage.process.holder(LEADER_LEASE, FIXED_NOW.replace(year=2000))
            if holder is not None:
                return int(holder.rpartition(":")[2])
            await asyncio.sleep(0.2)


async def _delivered(client: SandboxClient) -> Counter[int]:
    calls = await client.get("/sandbox/calls", method="sendMessage")
    return Counter(int(c["params"]["chat_id"]) for c in calls
                   if c["ok"] and int(c["params"]["chat_id"]) in RECIPIENTS)


async def test_workers_and_dispatchers_on_postgresql(settings: Settings, pg_url: str,
                                                     sandbox: Sandbox, tmp_path: Path) -> None:
    await publish_into(pg_url, load_catalogue(settings.data_dir)[0])
    storage = await Storage.open(pg_url)
    for uid in RECIPIENTS:
        sandbox.state.world.add_user(User(uid, f"企业{uid}", language_code="zh-hans"),
                                     started=True)
    for uid in RECIPIENTS:
        await storage.users.touch(uid, f"企业{uid}", None, FIXED_NOW, private=True)
        await storage.subscriptions.add(uid, "city", "南宁", FIXED_NOW)
    fleet = Fleet(settings, pg_url, sandbox, tmp_path / "fleet.log")
    await fleet.start()
    try:
        async with SandboxClient(sandbox.url) as client, aiohttp.ClientSession():
            await _conversation_survives_a_dead_worker(client, fleet)
            await _many_chats_at_once(client, sandbox)
            await _broadcast_survives_a_dead_leader(client, fleet, storage)
    finally:
        await fleet.stop()
        await storage.close()


async def _conversation_survives_a_dead_worker(client: SandboxClient, fleet: Fleet) -> None:
    """A step begun on one worker is answered by another: the state is in the database."""
    wang = Conversation(client, WANG)
    await wang.send("/find")
    await wang.press("南宁 (")
    await wang.press("不限 (")
    await wang.press("✍️ 输入金额")
    assert "请输入希望获得的资助金额" in (await wang.last())["text"]
    fleet.workers[0].kill()  # kill -9: whatever it held is gone; the others serve the port
    await fleet.workers[0].wait()
    since = await client.mark()
    await wang.post("五十万")
    reply = await client.wait_for(WANG, lambda m: m["from"]["is_bot"] and "约 50 万元" in
                                  (m.get("text") or ""), since=since, wait=30)
    assert "南宁 · 不限领域 · 约 50 万元" in reply["text"]
    replies = [m for m in await client.messages(WANG) if m["from"]["is_bot"]]
    asked = [m for m in replies if "请输入希望获得的资助金额" in (m.get("text") or "")]
    assert len(asked) == 1  # each update handled once, though several workers saw traffic


async def _many_chats_at_once(client: SandboxClient, sandbox: Sandbox) -> None:
    """Sixty people write at the same moment: every one is answered. (Each update holds a
    connection for its chat's lock: unbounded, the pool filled with lock holders waiting for
    a connection, and handlers failed after the pool's timeout.)"""
    people = range(310_000, 310_060)
    for uid in people:
        sandbox.state.world.add_user(User(uid, f"访客{uid}", language_code="zh-hans"),
                                     started=True)
    webhook = sandbox.state.updates.webhook
    assert webhook is not None
    webhook.last_error_message = None
    since = await client.mark()
    await asyncio.gather(*(client.post("/sandbox/send", {"user_id": uid, "chat_id": uid,
                                                         "text": "/help"}) for uid in people))
    for uid in people:
        await client.wait_for(uid, lambda m: m["from"]["is_bot"], since=since, wait=60)
    assert webhook.last_error_message is None  # every update handled on its first delivery


async def _broadcast_survives_a_dead_leader(client: SandboxClient, fleet: Fleet,
                                            storage: Storage) -> None:
    for offset, kind in ((0, "429"), (15, "500")):  # flood control and server errors, on
        for uid in RECIPIENTS[offset:offset + 15]:  # recipients' chats (not the admin's)
            await client.post("/sandbox/faults", {"method": "sendMessage", "kind": kind,
                                                  "retry_after": 1, "chat_id": uid})
    await client.post("/sandbox/faults", {"method": "sendMessage", "kind": "late_answer",
                                          "delay": 20, "chat_id": DOUBTFUL})
    admin = Conversation(client, ADMIN)
    await admin.send("/start")
    await admin.send("/broadcast")
    await admin.send("南宁：申报系统今晚维护")
    await admin.press("城市：南宁")
    await admin.press("南宁：全部相关用户")
    assert "将发送给 2000 位用户" in (await admin.last())["text"]
    await admin.press("✅ 确认发送（2000 人）")

    leader = await _leader_pid(storage)
    # The kill lands at the worst moment: Telegram has accepted this recipient's message and
    # the leader still waits for the answer (held back 20 s), so the row is `sending`.
    await client.wait_for(DOUBTFUL, has("今晚维护"), wait=120)
    os.kill(leader, signal.SIGKILL)  # the leading dispatcher dies mid-broadcast
    async with asyncio.timeout(240):  # the standby takes over and finishes
        while {"pending", "sending"} & (await storage.outbox.counts(1)).keys():
            await asyncio.sleep(0.5)
    assert await _leader_pid(storage) != leader

    counts = await _delivered(client)
    outbox = await storage.outbox.counts(1)
    assert set(counts.values()) == {1}  # nobody got it twice
    doubtful = [m for m in await client.messages(DOUBTFUL) if m["from"]["is_bot"]]
    assert len(doubtful) == 1  # what the user sees, whether or not the answer was recorded
    rows: list[dict[str, Any]] = await storage.outbox.rows(broadcast_id=1, state="unknown")
    unknown = {int(row["chat_id"]) for row in rows}
    # at most the K messages in flight at the kill
    assert DOUBTFUL in unknown and len(unknown) <= Settings.model_fields["outbox_in_flight"].default
    assert outbox == {"sent": len(RECIPIENTS) - len(unknown), "unknown": len(unknown)}, outbox
    missing = set(RECIPIENTS) - set(counts) - {DOUBTFUL}
    assert missing <= unknown  # only those in doubt may lack it
