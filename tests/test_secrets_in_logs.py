"""No secret in any log line, at DEBUG, in either format, in webhook mode and polling: the bot
token, the webhook secret (also one generated at start and handed to setWebhook), the random
webhook path (also one given as `run --webhook URL`) and a database password."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import os
import secrets
import signal
import socket
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from pydantic import SecretStr
from sqlalchemy.engine import make_url

from bot.config import Settings
from bot.demo import Harness
from bot.logs import REDACTED, configure_logging, redact_also
from bot.sandbox import Sandbox
from bot.sandbox.driver import Conversation, SandboxClient
from bot.sandbox.state import SandboxState
from tests.conftest import WANG, load_into
from tests.test_logs import TOKEN, restore_logging  # noqa: F401  (a fixture)

ROOT = Path(__file__).parent.parent
PASSWORD = "pg-Pa55word-" + "x7Q"


@pytest.fixture
async def sandbox() -> AsyncIterator[Sandbox]:
    """The deployed bot's own token; webhooks on http to loopback; Wang has started the bot."""
    running = Sandbox(SandboxState(limits_enabled=False, local_webhooks=True, token=TOKEN))
    running.state.world.started.add(WANG)
    await running.start()
    yield running
    await running.stop()


def with_password(url: str) -> str:
    """A database URL carrying a password (the test server trusts loopback: it is ignored)."""
    if "://" not in url:
        return url
    return make_url(url).set(password=PASSWORD).render_as_string(hide_password=False)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def run_bot(args: list[str], env: dict[str, str], ready: str,
                  sandbox: Sandbox) -> str:
    """`python -m bot -v run …`: wait for `ready` in its log, have Wang say /start, SIGTERM;
    returns everything it logged."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "-v", "run", "--base-url", sandbox.base_url, *args,
        cwd=ROOT, env={**os.environ, **env}, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE)
    assert process.stderr is not None and process.stdout is not None
    lines: list[str] = []

    async def read() -> None:
        assert process.stderr is not None
        async for line in process.stderr:
            lines.append(line.decode())

    reader = asyncio.create_task(read())
    try:
        async with asyncio.timeout(60):
            while not any(ready in line for line in lines):
                assert process.returncode is None, "".join(lines)[-3000:]
                await asyncio.sleep(0.1)
        async with SandboxClient(sandbox.url) as client:
            wang = Conversation(client, WANG)
            await wang.send("/start")
            await client.wait_for(WANG, lambda m: m["from"]["is_bot"], wait=30)
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(process.wait(), 30)
        await reader
        await process.stdout.read()
    output = "".join(lines)
    assert code == 0, output[-3000:]
    return output


def assert_clean(output: str, *secret_values: str) -> None:
    for value in secret_values:
        assert value not in output, f"{value!r} leaked:\n" + "\n".join(
            line for line in output.splitlines() if value in line)[:3000]


async def test_webhook_mode_at_debug_logs_no_secret(settings: Settings, database_url: str,
                                                    sandbox: Sandbox) -> None:
    """No configured secret: a random one is made and passed to setWebhook (which
    python-telegram-bot logs at DEBUG); the path is random and given on the command line;
    aiohttp's access log shows every request's path at -v."""
    db = with_password(database_url)
    await load_into(settings.model_copy(update={"db": db}))
    port, path_token = free_port(), secrets.token_urlsafe(24)
    env = {"ZHINAN_TELEGRAM_TOKEN": TOKEN, "ZHINAN_WEB_PORT": str(port), "ZHINAN_DB": db,
           "ZHINAN_DATA_DIR": str(settings.data_dir), "ZHINAN_LOG_FORMAT": "text"}
    url = f"http://127.0.0.1:{port}/telegram/{path_token}"
    output = await run_bot(["--webhook", url], env, "webhook mode: serving", sandbox)
    [registered] = sandbox.state.calls.query("setWebhook")
    generated = registered["params"]["secret_token"]
    assert len(generated) >= 32 and registered["params"]["url"] == url
    assert_clean(output, TOKEN.split(":")[1], generated, path_token, PASSWORD)
    assert "setWebhook" in output and "POST /telegram/" in output  # where they would show
    assert f"POST /telegram/{REDACTED}" in output


async def test_polling_at_debug_logs_no_secret(settings: Settings, database_url: str,
                                               sandbox: Sandbox,
                                               restore_logging: None) -> None:  # noqa: F811
    """The bot polling, everything at DEBUG, JSON lines: a configured webhook secret, the
    token in every request URL and the database password in ZHINAN_DB stay out."""
    configured = "configured-Secret_" + secrets.token_hex(8)
    running = settings.model_copy(update={
        "db": with_password(database_url), "telegram_token": SecretStr(TOKEN),
        "webhook_secret": SecretStr(configured), "log_format": "json"})
    await load_into(running)
    stream = io.StringIO()
    configure_logging(running, verbose=True, stream=stream)
    harness = Harness(running, state=sandbox.state)
    harness.sandbox = sandbox  # the fixture's, already serving
    await harness.start_bot()
    try:
        async with SandboxClient(sandbox.url) as client:
            await Conversation(client, WANG).send("/start")
            await client.wait_for(WANG, lambda m: m["from"]["is_bot"], wait=30)
    finally:
        await harness.stop_bot()
    output = stream.getvalue()
    lines = [json.loads(line) for line in output.splitlines() if line.strip()]
    assert any("getUpdates" in line["msg"] for line in lines)
    assert_clean(output, TOKEN.split(":")[1], configured, PASSWORD)


def test_a_database_password_is_redacted(settings: Settings,
                                         restore_logging: None) -> None:  # noqa: F811
    stream = io.StringIO()
    url = f"postgresql://zhinan:{PASSWORD}@db.internal:5432/zhinan"
    configure_logging(settings.model_copy(update={"db": url}), stream=stream)
    logging.getLogger("zhinan.test").error("could not connect to %s", url)
    # a URL with credentials nobody configured (a proxy, a replica) loses its password too
    logging.getLogger("zhinan.test").error("via http://proxy:hunter2@10.0.0.1:3128 and "
                                           "postgresql://r:s3cr3t@replica/z")
    logged = stream.getvalue()
    assert PASSWORD not in logged and "hunter2" not in logged and "s3cr3t" not in logged
    assert f"postgresql://zhinan:{REDACTED}@db.internal:5432/zhinan" in logged
    assert f"http://proxy:{REDACTED}@10.0.0.1:3128" in logged


def test_secrets_learnt_at_run_time_are_redacted_by_every_formatter(
        settings: Settings, restore_logging: None) -> None:  # noqa: F811
    stream = io.StringIO()
    configure_logging(settings.model_copy(update={"log_format": "json"}), verbose=True,
                      stream=stream)
    generated = secrets.token_urlsafe(32)
    log = logging.getLogger("zhinan.test")
    redact_also(generated)
    log.debug("setWebhook with parameters %s", {"secret_token": generated})
    assert generated not in stream.getvalue() and REDACTED in stream.getvalue()


async def test_catalogue_load_prints_no_database_password(
        settings: Settings, database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    from bot.__main__ import _catalogue_load

    assert await _catalogue_load(settings.model_copy(update={"db": with_password(database_url)})) == 0
    printed = capsys.readouterr()
    assert "directions from" in printed.out
    assert PASSWORD not in printed.out + printed.err
