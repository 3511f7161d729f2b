"""Builds the python-telegram-bot Application: the one place that wires Telegram to bot/.

`base_url` points the same bot at Telegram or at the local sandbox; nothing else differs. All
state lives in the database (no persistence file): a conversation is a dialog row, so any
process continues it. Updates run concurrently, but one chat's updates in the order they came
(Telegram's per-chat order), as a person would expect.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Awaitable
from functools import partial
from typing import Any

from telegram import BotCommand, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseUpdateProcessor,
    ContextTypes,
)

from bot.channels.robots import RobotMessenger
from bot.channels.telegram import BudgetLimiter, TelegramMessenger
from bot.core import Core
from bot.dispatcher import Dispatcher
from bot.flows import Flows
from bot.flows.people import COMMANDS
from bot.i18n import t
from bot.messenger import Channel
from bot.robots.endpoints import CHANNELS
from bot.robots.render import PACE, pack
from handlers import register
from handlers.context import ZhinanContext

# PTB 22 reads RetryAfter.retry_after as a timedelta only with this set; the bot wants that.
os.environ.setdefault("PTB_TIMEDELTA", "1")

log = logging.getLogger("zhinan.app")
CONCURRENT_UPDATES = 32
FLOWS, DISPATCHER, ROBOTS = "flows", "dispatcher", "robots"


class _GivenUp(logging.Filter):
    """AIORateLimiter logs an ERROR when a 429 outlasts its retries and then raises RetryAfter;
    whoever made the call (the error handler, the outbox sender) records that outcome itself,
    once, so this line would only say it twice."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "after maximum of" not in record.getMessage()


logging.getLogger("telegram.ext.AIORateLimiter").addFilter(_GivenUp())


def chat_key(update: object) -> int | None:
    """Which conversation an update belongs to: its chat, else its user (inline queries)."""
    if isinstance(update, Update):
        if update.effective_chat is not None:
            return update.effective_chat.id
        if update.effective_user is not None:
            return update.effective_user.id
    return None


class ChatOrderedProcessor(BaseUpdateProcessor):
    """Several updates at once (polling), each chat's in order."""

    def __init__(self, limit: int = CONCURRENT_UPDATES) -> None:
        super().__init__(limit)
        self._locks: dict[int, asyncio.Lock] = {}
        self._waiting: dict[int, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = chat_key(update)
        if key is None:
            await coroutine
            return
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._waiting[key] = self._waiting.get(key, 0) + 1
        try:
            async with lock:
                await coroutine
        finally:
            self._waiting[key] -= 1
            if not self._waiting[key]:
                del self._waiting[key], self._locks[key]

    async def initialize(self) -> None:
        """Nothing to allocate."""

    async def shutdown(self) -> None:
        """Nothing to free."""


def build_application(core: Core, token: str, *, base_url: str | None = None,
                      base_file_url: str | None = None, rate_limit: bool = True,
                      updater: bool = True, dispatch: bool = True,
                      processor: BaseUpdateProcessor | None = None) -> Application:
    """The bot for `token`, talking to `base_url` (Telegram's when None).

    `updater=False` builds it without an Updater, for webhook mode (bot/web.py hands it the
    updates); `dispatch=False` leaves reminders and the outbox to another process.
    """
    builder: Any = (
        ApplicationBuilder()
        .token(token)
        .context_types(ContextTypes(context=ZhinanContext))
        .concurrent_updates(processor or ChatOrderedProcessor())
        .post_init(_post_init)
        .post_stop(_post_stop)
    )
    if base_url is not None:
        builder = builder.base_url(base_url)
    if base_file_url is not None:
        builder = builder.base_file_url(base_file_url)
    if rate_limit:
        builder = builder.rate_limiter(BudgetLimiter(core.settings.rate_limit_per_second))
    if not updater:
        builder = builder.updater(None)
    application: Application = builder.build()
    application.bot_data[FLOWS] = Flows(core)
    application.bot_data["dispatch"] = dispatch
    register(application)
    return application


def flows_of(application: Application) -> Flows:
    flows: Flows = application.bot_data[FLOWS]
    return flows


def dispatcher_of(application: Application) -> Dispatcher | None:
    found = application.bot_data.get(DISPATCHER)
    return found if isinstance(found, Dispatcher) else None


async def _post_init(application: Application) -> None:
    """Commands in both languages, the messenger, then (if this process dispatches) the
    reminder clock and the outbox sender."""
    flows = flows_of(application)
    core = flows.core
    core.messenger = TelegramMessenger(application.bot)
    robots = RobotMessenger(core.storage.robots, core.settings.robot_hosts)
    core.robots = application.bot_data[ROBOTS] = robots
    core.bot_username = application.bot.username or ""
    for lang, code in (("zh_CN", None), ("en", "en")):
        commands = [BotCommand(name, t(lang, f"commands.{name}")) for name in COMMANDS]
        await application.bot.set_my_commands(commands, language_code=code)
    if application.bot_data.get("dispatch", True):
        bulk = TelegramMessenger(application.bot, send_timeout=core.settings.send_timeout,
                                 bulk=True)
        channels: dict[str, Channel] = {"telegram": bulk}
        channels.update(dict.fromkeys(CHANNELS, robots))
        dispatcher = Dispatcher(core, flows, channels,
                                digests={name: partial(pack, name) for name in CHANNELS},
                                gaps={str(name): gap for name, gap in PACE.items()},
                                tick=core.settings.reminder_tick_seconds)
        application.bot_data[DISPATCHER] = dispatcher
        dispatcher.start()
    log.info("bot @%s ready", application.bot.username)


async def _post_stop(application: Application) -> None:
    dispatcher = dispatcher_of(application)
    if dispatcher is not None:
        await dispatcher.stop()
    robots = application.bot_data.get(ROBOTS)
    if isinstance(robots, RobotMessenger):
        await robots.close()


async def start_application(application: Application) -> None:
    """initialize, post_init, start — what run_polling/run_webhook do, for our own loops."""
    await application.initialize()
    if application.post_init is not None:
        await application.post_init(application)
    await application.start()


async def stop_application(application: Application) -> None:
    """stop (the updates in hand), post_stop (the sender after its messages), shutdown."""
    try:
        if application.running:
            await application.stop()
            if application.post_stop is not None:
                await application.post_stop(application)
    finally:
        await application.shutdown()


def allowed_updates() -> list[str]:
    """What the bot asks Telegram for (edited messages are not: an edit never searches again)."""
    return [Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY]
