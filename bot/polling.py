"""`python -m bot run` without a webhook: long polling, as python-telegram-bot's own loop does,
with the database opened first and closed last."""

from __future__ import annotations

import asyncio
import contextlib
import signal

from bot.app import (
    allowed_updates,
    build_application,
    start_application,
    stop_application,
)
from bot.config import Settings
from bot.core import Core
from bot.lease import Lease


async def run_polling(settings: Settings, *, base_url: str | None = None,
                      poll_interval: float = 0.0) -> None:
    """Poll until SIGINT/SIGTERM; then finish the updates in hand and the messages in flight."""
    assert settings.telegram_token is not None
    core = await Core.open(settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    try:
        async with Lease.single_instance(core):
            application = build_application(core, settings.telegram_token.get_secret_value(),
                                            base_url=base_url)
            await start_application(application)
            try:
                assert application.updater is not None
                await application.updater.start_polling(poll_interval=poll_interval,
                                                        allowed_updates=allowed_updates())
                await stop.wait()
                await application.updater.stop()
            finally:
                await stop_application(application)
    finally:
        await core.close()
