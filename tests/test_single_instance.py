"""One bot per SQLite file: a second `run` on the same database is refused plainly and leaves
the first one alone (bot/lease.py); PostgreSQL runs several workers by design."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator

import pytest

from bot.config import Settings
from bot.sandbox import Sandbox
from bot.sandbox.driver import Conversation, SandboxClient, has
from bot.sandbox.state import BOT_TOKEN, SandboxState
from bot.web import WebhookServer
from tests.conftest import WANG, load_into


@pytest.fixture
async def sandbox() -> AsyncIterator[Sandbox]:
    running = Sandbox(SandboxState(limits_enabled=False, local_webhooks=True))
    running.state.world.started.add(WANG)
    await running.start()
    yield running
    await running.stop()


def server(settings: Settings, sandbox: Sandbox) -> WebhookServer:
    return WebhookServer(settings, host="127.0.0.1", port=0, token=BOT_TOKEN,
                         base_url=sandbox.base_url, base_file_url=sandbox.base_file_url)


async def test_a_second_bot_on_the_same_sqlite_file_is_refused(settings: Settings,
                                                               sandbox: Sandbox) -> None:
    await load_into(settings)
    first = server(settings, sandbox)  # a bot serving by webhook, holding the lease
    await first.start()
    try:
        asked = len(sandbox.state.calls)
        second = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", "--base-url", sandbox.base_url,
            env={**os.environ, "ZHINAN_TELEGRAM_TOKEN": BOT_TOKEN, "ZHINAN_DB": settings.db},
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        _, err = await asyncio.wait_for(second.communicate(), 90)
        message = err.decode()
        assert second.returncode == 3, message
        assert "not started: another bot (" in message
        assert f"is running on {settings.db}; stop it first" in message
        assert "Traceback" not in message and "in flight" not in message
        assert len(sandbox.state.calls) == asked  # the refused ones never spoke to Telegram
        async with SandboxClient(sandbox.url) as client:  # the first one carries on
            await Conversation(client, WANG).post("/start")
            await client.wait_for(WANG, has("您好"), wait=30)
    finally:
        await first.stop()
