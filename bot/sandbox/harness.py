"""The bot against the local sandbox: `python -m bot demo`, the test fixture and the bench.

`Harness` starts the sandbox (Bot API + web chat on one port) and the real Application with
python-telegram-bot's own polling loop, unmodified; only `base_url` differs from production.
It also tells the sandbox when the bot has handled each update ("handled" events), so a test
can wait for exactly that instead of for a quiet spell.
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
from telegram.ext import Application, SimpleUpdateProcessor

from bot.app import allowed_updates, build_application
from bot.config import Settings
from bot.sandbox import Sandbox
from bot.sandbox.state import SandboxState
from bot.services import Services

log = logging.getLogger("zhinan.demo")


class HandledReporter(SimpleUpdateProcessor):
    """One update at a time, as python-telegram-bot's default processor does, publishing a
    "handled" event with the update_id once its handlers (and error handler) are done."""

    def __init__(self, state: SandboxState) -> None:
        super().__init__(max_concurrent_updates=1)
        self.state = state

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        try:
            await coroutine
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
        self.services: Services | None = None

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> int:
        bound = await self.sandbox.start(host, port)
        await self.start_bot()
        return bound

    async def start_bot(self) -> None:
        self.services = Services.build(self.settings, clock=self.clock)
        application = build_application(
            self.services, self.sandbox.state.token, base_url=self.sandbox.base_url,
            base_file_url=self.sandbox.base_file_url, rate_limit=self.rate_limit,
            update_processor=HandledReporter(self.sandbox.state),
        )
        await application.initialize()
        if application.post_init is not None:  # run_polling would call it; we start by hand
            await application.post_init(application)
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(timeout=int(self.poll_timeout),
                                                poll_interval=0.0,
                                                allowed_updates=allowed_updates())
        self.application = application
        self.sandbox.state.reports_handled = True

    async def stop_bot(self) -> None:
        """Stop like a deploy would: polling, handlers, then persistence flushed to disk."""
        application, self.application = self.application, None
        if application is None:
            return
        if application.updater is not None and application.updater.running:
            await application.updater.stop()
        if application.running:
            await application.stop()
            if application.post_stop is not None:  # as run_polling would
                await application.post_stop(application)
        await application.shutdown()

    async def stop(self) -> None:
        await self.stop_bot()
        await self.sandbox.stop()

    async def __aenter__(self) -> Harness:
        await self.start()
        return self

    async def __aexit__(self, kind: type[BaseException] | None, error: BaseException | None,
                        trace: TracebackType | None) -> None:
        await self.stop()


async def run_demo(settings: Settings, port: int) -> None:
    """Serve the web chat and the bot until Ctrl-C / SIGTERM."""
    harness = Harness(settings)
    await harness.start("127.0.0.1", port)
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
