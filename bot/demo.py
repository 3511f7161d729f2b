"""The bot against the local sandbox: `python -m bot demo`, the test fixture and the bench.

`Harness` starts the sandbox (Bot API + web chat on one port) and the real Application with
python-telegram-bot's own polling loop, unmodified; only `base_url` differs from production.
It also tells the sandbox when the bot has handled each update ("handled" events), so a test
can wait for exactly that instead of for a quiet spell.
The demo also has a WeCom group (a fake robot in the sandbox) registered as 南宁's bureau group,
shown beside the Telegram chat: a broadcast to "group robots in 南宁" lands there.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Awaitable, Callable
from datetime import datetime
from types import TracebackType
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.app import (
    ChatOrderedProcessor,
    allowed_updates,
    build_application,
    start_application,
    stop_application,
)
from bot.config import Settings
from bot.core import Core
from bot.db.robots import NewRobot
from bot.sandbox import Sandbox
from bot.sandbox.state import SandboxState

LOOPBACK = "http://127.0.0.1"
log = logging.getLogger("zhinan.demo")


class HandledReporter(ChatOrderedProcessor):
    """The bot's own processor (several chats at once, each in order), publishing a "handled"
    event with the update_id once its handlers (and error handler) are done."""

    def __init__(self, state: SandboxState) -> None:
        super().__init__()
        self.state = state

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        try:
            await super().do_process_update(update, coroutine)
        finally:
            if isinstance(update, Update):
                self.state.events.publish("handled", update_id=update.update_id)


class Harness:
    """Sandbox + bot, started and stopped together; restartable bot for persistence tests."""

    def __init__(self, settings: Settings, *, state: SandboxState | None = None,
                 clock: Callable[[], datetime] | None = None, poll_timeout: float = 1.0,
                 rate_limit: bool = True) -> None:
        self.settings = settings
        self.sandbox = Sandbox(state)
        self.clock = clock
        self.poll_timeout = poll_timeout
        self.rate_limit = rate_limit
        self.application: Application | None = None
        self.core: Core | None = None

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> int:
        bound = await self.sandbox.start(host, port)
        await self.start_bot()
        return bound

    async def start_bot(self) -> None:
        self.core = await Core.open(self.settings, clock=self.clock)
        application = build_application(
            self.core, self.sandbox.state.token, base_url=self.sandbox.base_url,
            base_file_url=self.sandbox.base_file_url, rate_limit=self.rate_limit,
            processor=HandledReporter(self.sandbox.state),
        )
        await start_application(application)
        assert application.updater is not None
        await application.updater.start_polling(timeout=int(self.poll_timeout),
                                                poll_interval=0.0,
                                                allowed_updates=allowed_updates())
        self.application = application
        self.sandbox.state.reports_handled = True

    async def stop_bot(self) -> None:
        """Stop like a deploy would: polling, the updates in hand, the outbox sender after its
        messages in flight, then the database connections."""
        application, self.application = self.application, None
        core, self.core = self.core, None
        try:
            if application is not None:
                if application.updater is not None and application.updater.running:
                    await application.updater.stop()
                await stop_application(application)
        finally:
            if core is not None:
                await core.close()

    async def stop(self) -> None:
        await self.stop_bot()
        await self.sandbox.stop()

    async def __aenter__(self) -> Harness:
        await self.start()
        return self

    async def __aexit__(self, kind: type[BaseException] | None, error: BaseException | None,
                        trace: TracebackType | None) -> None:
        await self.stop()


DEMO_SUPPORT_GROUP = -2002  # 指南客服组 in the sandbox's world
DEMO_STAFF = 1003  # 李客服: support staff and superadmin


def demo_settings(settings: Settings) -> Settings:
    """The demo's sandbox comes with a support group and a staff member who is also the
    superadmin, so every journey (ask a person, broadcasts, windows, grants) works out of the
    box; what the environment sets wins."""
    changes: dict[str, Any] = {}
    if settings.support_chat_id is None and not settings.support_chats:
        changes["support_chat_id"] = DEMO_SUPPORT_GROUP
    if not settings.support_staff_ids:
        changes["support_staff_ids"] = frozenset({DEMO_STAFF})
    if not settings.admin_ids:
        changes["admin_ids"] = frozenset({DEMO_STAFF})
    return settings.model_copy(update=changes)


async def add_demo_robot(harness: Harness, city: str = "南宁") -> int:
    """A fake WeCom group robot in the sandbox, registered (active) as `city`'s bureau group;
    robots a previous demo left behind (their fakes are gone) are removed first."""
    assert harness.core is not None
    robots = harness.core.storage.robots
    for old in await robots.all():
        if old.webhook.startswith(LOOPBACK):
            await robots.remove(old.id)
    fake = harness.sandbox.state.robots.create("wecom", name=f"{city}科技局通知群")
    owner = min(harness.settings.admin_ids, default=DEMO_STAFF)
    return await robots.add(NewRobot("wecom", fake.webhook(harness.sandbox.url), owner, "zh_CN",
                                     "city", city, city=city, bureau=True),
                            harness.core.now(), state="active")


async def run_demo(settings: Settings, port: int) -> None:
    """Serve the web chat and the bot until Ctrl-C / SIGTERM."""
    settings = demo_settings(settings)
    harness = Harness(settings.model_copy(update={
        "robot_hosts": (*settings.robot_hosts, "127.0.0.1")}))
    await harness.start("127.0.0.1", port)
    await add_demo_robot(harness)
    print(f"Zhinan demo: open {harness.sandbox.url} in a browser (Ctrl-C stops)", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await harness.stop()
