"""Structured logs with the token and secrets redacted, wherever they turn up."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest
from pydantic import SecretStr

from bot.config import Settings
from bot.demo import Harness
from bot.logs import REDACTED, Redactor, configure_logging
from bot.sandbox.driver import Conversation, SandboxClient
from bot.sandbox.state import SandboxState
from tests.conftest import WANG, load_into

TOKEN = "7212345678:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw-_x"
SECRET = "webhook-secret_9f8e7d6c5b4a"
PATH_TOKEN = "q3H7-pathtoken-9xZ0aa"


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """configure_logging changes the root logger; put it back for the next test."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    levels = {name: logging.getLogger(name).level for name in ("httpx", "httpcore",
                                                                "aiohttp.access")}
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
    root.setLevel(level)
    for name, old in levels.items():
        logging.getLogger(name).setLevel(old)


def secret_settings(settings: Settings, fmt: str) -> Settings:
    return settings.model_copy(update={
        "telegram_token": SecretStr(TOKEN), "webhook_secret": SecretStr(SECRET),
        "webhook_url": f"https://bot.example.org/telegram/{PATH_TOKEN}", "log_format": fmt})


def log_everything(log: logging.Logger) -> None:
    log.info("starting with token %s", TOKEN)
    log.warning(f"secret is {SECRET} and the path /telegram/{PATH_TOKEN}")
    logging.getLogger("httpx").warning(
        'HTTP Request: POST https://api.telegram.org/bot%s/getUpdates "HTTP/1.1 200 OK"', TOKEN)
    logging.getLogger("telegram.ext").warning("url=%s", f"https://x/bot{TOKEN.replace(':', '%3A')}/")
    try:
        raise ValueError(f"Invalid token {TOKEN} for https://api.telegram.org/bot{TOKEN}/getMe")
    except ValueError:
        log.exception("request failed")
    log.info("an unconfigured token %s", "1234567:" + "Z" * 35, extra={"token_in_extra": TOKEN})


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_the_token_and_secrets_never_reach_the_log(settings: Settings, fmt: str,
                                                   restore_logging: None) -> None:
    stream = io.StringIO()
    configure_logging(secret_settings(settings, fmt), stream=stream)
    log_everything(logging.getLogger("zhinan.test"))
    output = stream.getvalue()
    assert output.count("\n") >= 6
    for secret in (TOKEN, TOKEN.split(":")[1], SECRET, PATH_TOKEN, "Z" * 35,
                   TOKEN.replace(":", "%3A")):
        assert secret not in output
    assert REDACTED in output
    assert "7212345678" in output  # the bot id is kept: it is public and helps debugging
    assert "Traceback" in output and "ValueError" in output
    if fmt == "json":
        lines = [json.loads(line) for line in output.splitlines()]
        assert {line["level"] for line in lines} == {"INFO", "WARNING", "ERROR"}
        assert all({"ts", "level", "logger", "msg"} <= line.keys() for line in lines)
        failed = next(line for line in lines if line["msg"] == "request failed")
        assert "ValueError: Invalid token 7212345678:[REDACTED]" in failed["exc"]
        assert lines[-1]["token_in_extra"] == f"7212345678:{REDACTED}"


def test_json_lines_keep_unicode_and_extra_fields(settings: Settings,
                                                  restore_logging: None) -> None:
    stream = io.StringIO()
    configure_logging(settings.model_copy(update={"log_format": "json"}), stream=stream)
    logging.getLogger("zhinan.test").info("发送 %d 条", 3, extra={"chat_id": -2001})
    line = json.loads(stream.getvalue())
    assert line["msg"] == "发送 3 条" and line["chat_id"] == -2001 and line["logger"] == "zhinan.test"


def test_configure_twice_keeps_one_handler_and_quietens_httpx(settings: Settings,
                                                              restore_logging: None) -> None:
    configure_logging(settings)
    configure_logging(settings)
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_zhinan_handler", False)]
    assert len(ours) == 1
    assert logging.getLogger("httpx").level == logging.WARNING
    configure_logging(settings, verbose=True)
    assert logging.getLogger().level == logging.DEBUG
    assert logging.getLogger("httpx").level == logging.DEBUG


def test_redactor_leaves_ordinary_text_alone() -> None:
    redact = Redactor([TOKEN, None, ""])
    for text in ("会议时间 10:30 在 2025-06-10", "ratio 1:2", "id 12345:short-value"):
        assert redact(text) == text
    assert redact(f"a {TOKEN} b") == f"a 7212345678:{REDACTED} b"
    assert Redactor([SECRET])(f"x{SECRET}y") == f"x{REDACTED}y"


async def test_a_real_bot_logging_at_debug_never_shows_the_token(
        settings: Settings, restore_logging: None) -> None:
    """The bot, the sandbox and httpx at DEBUG: the token is in every URL, never in the log."""
    await load_into(settings)
    stream = io.StringIO()
    configure_logging(secret_settings(settings, "json"), verbose=True, stream=stream)
    # a real-looking token, which the sandbox's bot answers to
    harness = Harness(settings, state=SandboxState(limits_enabled=False, token=TOKEN))
    await harness.start()
    try:
        async with SandboxClient(harness.sandbox.url) as client:
            await Conversation(client, WANG).send("/start")
            assert (await Conversation(client, WANG).last())["text"].startswith("您好")
    finally:
        await harness.stop()
    output = stream.getvalue()
    assert "HTTP Request" in output  # httpx did log the URLs …
    assert f"/bot7212345678:{REDACTED}/" in output
    assert TOKEN not in output and TOKEN.split(":")[1] not in output  # … without the token
