"""One bot per SQLite file: a second `run` on the same database is refused plainly and leaves
the first one alone (bot/lease.py); PostgreSQL runs several workers by design."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections.abc import AsyncIterator

import pytest

from bot.config import Settings
from bot.sandbox import Sandbox
from bot.sandbox.driver import Conversation, SandboxClient, has
from bot.sandbox.state import BOT_TOKEN, SandboxState
from tests.conftest import WANG, load_into


@pytest.fixture
async def sandbox() -> AsyncIterator[Sandbox]:
    running = Sandbox(SandboxState(limits_enabled=False, local_webhooks=True))
    await running.start()
    yield running
    await running.stop()


async def test_a_second_bot_on_the_same_sqlite_file_is_refused(settings: Settings,
                                                               sandbox: Sandbox) -> None:
    await load_into(settings)
    env = {**os.environ, "ZHINAN_TELEGRAM_TOKEN": BOT_TOKEN, "ZHINAN_DB": settings.db}
    command = [sys.executable, "-m", "bot", "run", "--base-url", sandbox.base_url]
    first = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
    try:
        async with asyncio.timeout(60):  # running: it polls for updates
            while not sandbox.state.calls.query("getUpdates"):
                assert first.poll() is None, first.stderr.read() if first.stderr else ""
                await asyncio.sleep(0.1)
        asked = {c["seq"] for c in sandbox.state.calls.query() if c["method"] != "getUpdates"}
        for mode in ([], ["--webhook", "http://127.0.0.1:9/telegram", "--port", "0"]):
            second = await asyncio.create_subprocess_exec(
                *command, *mode, env=env, stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE)
            _, err = await asyncio.wait_for(second.communicate(), 60)
            message = err.decode()
            assert second.returncode == 3, message
            assert "not started: another bot (" in message
            assert f"is running on {settings.db}; stop it first" in message
            assert "Traceback" not in message and "in flight" not in message
        # the refused ones never spoke to Telegram; the first still answers
        assert {c["seq"] for c in sandbox.state.calls.query()
                if c["method"] != "getUpdates"} == asked
        async with SandboxClient(sandbox.url) as client:
            await Conversation(client, WANG).post("/start")
            await client.wait_for(WANG, has("您好"), wait=30)
    finally:
        first.send_signal(signal.SIGTERM)
        _, log = first.communicate(timeout=30)
    assert first.returncode == 0, log.decode()[-2000:]
    assert b"in flight" not in log and b"lease was taken" not in log
