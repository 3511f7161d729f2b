"""Builds the python-telegram-bot Application: one place that wires Telegram to bot/.

`base_url` points the same bot at Telegram or at the local sandbox; nothing else differs.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from telegram import BotCommand, Update
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    ContextTypes,
    PersistenceInput,
    PicklePersistence,
)

from bot.i18n import t
from bot.services import Services
from handlers import register
from handlers.context import ZhinanContext

# PTB 22 reads RetryAfter.retry_after as a timedelta only with this set; the bot wants that.
os.environ.setdefault("PTB_TIMEDELTA", "1")

log = logging.getLogger("zhinan.app")
COMMANDS = ("start", "find", "search", "deadlines", "language", "help")


def persistence_path(services: Services) -> Path:
    """Conversation state and user preferences live next to the database."""
    return Path(services.settings.db).with_suffix(".persistence.pickle")


def build_application(services: Services, token: str, *, base_url: str | None = None,
                      base_file_url: str | None = None,
                      rate_limit: bool = True) -> Application:
    """The bot for `token`, talking to `base_url` (Telegram's when None)."""
    builder: Any = (
        ApplicationBuilder()
        .token(token)
        .context_types(ContextTypes(context=ZhinanContext))
        .persistence(PicklePersistence(
            filepath=persistence_path(services), update_interval=5,
            # services live in bot_data and are rebuilt at start, never pickled
            store_data=PersistenceInput(bot_data=False, callback_data=False),
        ))
        .post_init(_post_init)
    )
    if base_url is not None:
        builder = builder.base_url(base_url)
    if base_file_url is not None:
        builder = builder.base_file_url(base_file_url)
    if rate_limit:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=3))
    application: Application = builder.build()
    application.bot_data["services"] = services
    register(application)
    return application


async def _post_init(application: Application) -> None:
    """Register the command list in both languages (the menu next to the input field)."""
    for lang, code in (("zh_CN", None), ("en", "en")):
        commands = [BotCommand(name, t(lang, f"commands.{name}")) for name in COMMANDS]
        await application.bot.set_my_commands(commands, language_code=code)
    log.info("bot @%s ready", application.bot.username)


def allowed_updates() -> list[str]:
    return [Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY, Update.EDITED_MESSAGE]
