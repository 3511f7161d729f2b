"""Builds the python-telegram-bot Application: one place that wires Telegram to bot/.

`base_url` points the same bot at Telegram or at the local sandbox; nothing else differs.
"""

from __future__ import annotations

import asyncio
import logging
import os
from pathlib import Path
from typing import Any

from telegram import BotCommand, Update
from telegram.error import BadRequest
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    BaseUpdateProcessor,
    ContextTypes,
    ExtBot,
    PersistenceInput,
    PicklePersistence,
)
from telegram.request import HTTPXRequest

from bot.i18n import pick_language, t
from bot.notify import Pacing, ProgressReporter, Sender
from bot.services import Services
from handlers import register
from handlers.context import ZhinanContext

# PTB 22 reads RetryAfter.retry_after as a timedelta only with this set; the bot wants that.
os.environ.setdefault("PTB_TIMEDELTA", "1")

log = logging.getLogger("zhinan.app")
DEFAULT_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_BASE_FILE_URL = "https://api.telegram.org/file/bot"
COMMANDS = ("start", "find", "search", "subscriptions", "deadlines", "profile", "ask",
            "language", "help")


def persistence_path(services: Services) -> Path:
    """Conversation state and user preferences live next to the database."""
    return Path(services.settings.db).with_suffix(".persistence.pickle")


def build_application(services: Services, token: str, *, base_url: str | None = None,
                      base_file_url: str | None = None,
                      rate_limit: bool = True, updater: bool = True,
                      update_processor: BaseUpdateProcessor | None = None) -> Application:
    """The bot for `token`, talking to `base_url` (Telegram's when None).

    `updater=False` builds it without an Updater, for webhook mode (bot/web.py feeds
    `update_queue`); `update_processor` replaces the default sequential one (metrics).
    """
    limiter = None
    if rate_limit:
        limiter = AIORateLimiter(overall_max_rate=services.settings.rate_limit_per_second,
                                 overall_time_period=1, max_retries=3)
    telegram_bot = ZhinanBot(
        token, base_url=base_url or DEFAULT_BASE_URL,
        base_file_url=base_file_url or DEFAULT_BASE_FILE_URL, rate_limiter=limiter,
        # the pool sizes ApplicationBuilder would choose: many concurrent sends, one poll
        request=HTTPXRequest(connection_pool_size=256),
        get_updates_request=HTTPXRequest(connection_pool_size=1))
    builder: Any = (
        ApplicationBuilder()
        .bot(telegram_bot)
        .context_types(ContextTypes(context=ZhinanContext))
        .persistence(PicklePersistence(
            filepath=persistence_path(services), update_interval=5,
            # services live in bot_data and are rebuilt at start, never pickled
            store_data=PersistenceInput(bot_data=False, callback_data=False),
        ))
        .post_init(_post_init)
        .post_stop(_post_stop)
    )
    if not updater:
        builder = builder.updater(None)
    if update_processor is not None:
        builder = builder.concurrent_updates(update_processor)
    application: Application = builder.build()
    application.bot_data["services"] = services
    register(application)
    return application


class ZhinanBot(ExtBot[Any]):
    """The bot, except that answering a button press too late is not an error. Telegram
    refuses an answer after its timeout ("query is too old and response timeout expired"),
    e.g. when updates queued while the bot was down; the press should still do its work."""

    async def answer_callback_query(self, *args: Any, **kwargs: Any) -> bool:
        try:
            return await super().answer_callback_query(*args, **kwargs)
        except BadRequest as exc:
            if "query is too old" not in exc.message.lower():
                raise
            log.info("a button press was answered too late: %s", exc.message)
            return False


async def _post_init(application: Application) -> None:
    """Commands in both languages, then the background work: the outbox sender (after
    settling what a crash left in flight) and the reminder clock."""
    for lang, code in (("zh_CN", None), ("en", "en")):
        commands = [BotCommand(name, t(lang, f"commands.{name}")) for name in COMMANDS]
        await application.bot.set_my_commands(commands, language_code=code)
    services: Services = application.bot_data["services"]
    doubtful = await asyncio.to_thread(services.state.recover_in_flight, services.now())
    if doubtful:
        log.warning("%d message(s) were in flight during the last crash; not resent", doubtful)
    background = Background(application, services)
    application.bot_data["background"] = background
    background.start()
    log.info("bot @%s ready", application.bot.username)


async def _post_stop(application: Application) -> None:
    background: Background | None = application.bot_data.get("background")
    if background is not None:
        await background.stop()


class Background:
    """The outbox sender task and the reminder job, started and stopped with the bot."""

    TICK = 60.0

    def __init__(self, application: Application, services: Services) -> None:
        self.application = application
        self.services = services
        self.sender = Sender(application.bot, services.state, services.now,
                             Pacing(per_second=services.settings.outbox_per_second))
        self.progress = ProgressReporter(application.bot, services.state, services.now,
                                         self._progress_view)
        self.sender.on_progress = self.progress.notify
        self.sender.on_idle = self.progress.flush
        self.stopping = asyncio.Event()
        self.task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self.task = asyncio.create_task(self.sender.run(self.stopping), name="outbox-sender")
        jobs = self.application.job_queue
        if jobs is not None:
            jobs.run_repeating(self._tick, interval=self.TICK, first=1.0, name="reminders")

    def _progress_view(self, row: dict[str, Any], counts: dict[str, int]) -> tuple[str, Any]:
        from handlers.broadcast import progress_view

        admin = self.services.state.user(int(row["admin_id"])) or {}
        lang = pick_language(admin.get("lang"), None)
        return progress_view(row, counts, self.services.now(), lang)

    async def _tick(self, context: object = None) -> None:
        """Enqueue due reminders and wake the sender; runs every minute and on demand."""
        added = await asyncio.to_thread(self.services.enqueue_reminders)
        if added:
            log.info("enqueued %d reminder(s)", added)
        self.sender.wake.set()

    async def tick(self) -> None:
        await self._tick()

    async def stop(self) -> None:
        """Let the sender finish the message in hand, then end the task."""
        self.stopping.set()
        self.sender.wake.set()
        if self.task is not None:
            await self.task


def allowed_updates() -> list[str]:
    """What the bot asks Telegram for; not edited messages, which change nothing here."""
    return [Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY]
