"""Log lines for people (text) or collectors (one JSON object per line), secrets redacted.

python-telegram-bot and httpx log request URLs, and Telegram's URLs carry the bot token
(`https://api.telegram.org/bot123456:AA…/sendMessage`). Every line this module formats —
message, arguments, exception text and traceback, extra fields — passes through `Redactor`,
which removes the configured token and webhook secret (also URL-encoded) and anything shaped
like a bot token (`<digits>:<20+ of A-Z a-z 0-9 _ ->`), keeping the bot id for debugging.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, TextIO
from urllib.parse import quote, urlsplit

from bot.config import Settings

REDACTED = "[REDACTED]"
TOKEN_RE = re.compile(r"(\d+)(:|%3A|%3a)[A-Za-z0-9_-]{20,}")
# Group-robot credentials inside a webhook URL (WeCom key, DingTalk access_token and sign,
# Feishu hook id), should a library ever log one.
ROBOT_RE = re.compile(r"((?:[?&](?:key|access_token|sign)=)|/bot/v2/hook/)[^&\s\"']+")
# Attributes every LogRecord has; anything else was passed with extra={…} and is logged too.
_STANDARD = frozenset(vars(logging.makeLogRecord({}))) | {"message", "asctime", "taskName"}
_OURS = "_zhinan_handler"


class Redactor:
    """Replaces known secrets and token-shaped strings; cheap enough for every line."""

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        values: set[str] = set()
        for secret in secrets:
            bot_id, colon, key = (secret or "").partition(":")
            if colon and bot_id.isdigit() and key:
                secret = key  # a bot token: the id before the colon is public, keep it
            if secret and len(secret) >= 4:  # a tiny value would redact half the line
                values |= {secret, quote(secret, safe=""), quote(secret, safe="/")}
        # longest first, so a secret containing another is removed whole
        self.values = sorted(values, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for value in self.values:
            if value in text:
                text = text.replace(value, REDACTED)
        text = ROBOT_RE.sub(rf"\1{REDACTED}", text)
        return TOKEN_RE.sub(rf"\1\2{REDACTED}", text)

    @classmethod
    def from_settings(cls, settings: Settings) -> Redactor:
        return cls([_secret(settings.telegram_token), _secret(settings.webhook_secret),
                    webhook_path_token(settings.webhook_url)])


def webhook_path_token(url: str | None) -> str | None:
    """The random last segment of the webhook path (…/telegram/<token>), when it looks random."""
    if not url:
        return None
    last = urlsplit(url).path.rstrip("/").rpartition("/")[2]
    return last if len(last) >= 16 else None


def _secret(value: Any) -> str | None:
    return value.get_secret_value() if value is not None else None


class TextFormatter(logging.Formatter):
    """`time level logger message`, then the traceback; all of it redacted."""

    def __init__(self, redactor: Redactor) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s %(message)s")
        self.redact = redactor

    def format(self, record: logging.LogRecord) -> str:
        return self.redact(super().format(record))

    def formatException(self, ei: Any) -> str:
        return self.redact(super().formatException(ei))


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ts, level, logger, msg, [exc], [stack], then extra fields."""

    def __init__(self, redactor: Redactor) -> None:
        super().__init__()
        self.redact = redactor

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": self.redact(record.getMessage()),
        }
        if record.exc_info:
            entry["exc"] = self.redact(self.formatException(record.exc_info))
        elif record.exc_text:
            entry["exc"] = self.redact(record.exc_text)
        if record.stack_info:
            entry["stack"] = self.redact(self.formatStack(record.stack_info))
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_") and key not in entry:
                entry[key] = self._field(value)
        return json.dumps(entry, ensure_ascii=False, default=lambda o: self.redact(str(o)))

    def _field(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.redact(value)
        if value is None or isinstance(value, bool | int | float):
            return value
        return self.redact(str(value))


class StderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is at the time (as logging's last resort does), so a
    replaced stderr — a test's capture, a daemon's redirect — never leaves it writing to a
    closed file."""

    def __init__(self) -> None:
        super().__init__()

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, value: TextIO) -> None:
        """StreamHandler assigns its stream; this one has none of its own."""


def make_formatter(settings: Settings) -> logging.Formatter:
    redactor = Redactor.from_settings(settings)
    if settings.log_format == "json":
        return JsonFormatter(redactor)
    return TextFormatter(redactor)


def configure_logging(settings: Settings, *, verbose: bool = False,
                      stream: TextIO | None = None) -> logging.Handler:
    """One handler on the root logger with the configured format and redaction.

    Replaces a handler installed by an earlier call (not other handlers, e.g. pytest's).
    httpx logs every request and Alembic every start at INFO; they are kept at WARNING unless
    `verbose`.
    """
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, _OURS, False)]:
        root.removeHandler(old)
        old.close()
    handler: logging.Handler = (logging.StreamHandler(stream) if stream is not None
                                else StderrHandler())
    setattr(handler, _OURS, True)
    handler.setFormatter(make_formatter(settings))
    root.addHandler(handler)
    level = logging.DEBUG if verbose else logging.getLevelName(settings.log_level.upper())
    root.setLevel(level if isinstance(level, int) else logging.INFO)
    quiet = logging.DEBUG if verbose else logging.WARNING
    for name in ("httpx", "httpcore", "aiohttp.access", "alembic"):
        logging.getLogger(name).setLevel(quiet)
    # aiosqlite logs every statement at DEBUG: thousands of lines a second, never useful
    logging.getLogger("aiosqlite").setLevel(logging.WARNING)
    return handler
