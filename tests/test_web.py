"""Webhook mode against the sandbox: delivery, the secret, limits, health, metrics, shutdown."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import secrets
import signal
import socket
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.app import dispatcher_of
from bot.config import Settings
from bot.db import Storage
from bot.db.outbox import NewMessage
from bot.sandbox import Sandbox
from bot.sandbox.driver import Conversation, SandboxClient
from bot.sandbox.models import User
from bot.sandbox.state import BOT_TOKEN, SandboxState
from bot.web import SECRET_HEADER, WebhookServer, serve_until_signal, webhook_path
from tests.conftest import WANG, Clock, load_into

SECRET = "test-secret_0123456789"


def start_update(update_id: int, user_id: int = WANG, text: str = "/start") -> dict[str, Any]:
    """A Telegram update as Telegram would POST it: a private /start from a user."""
    return {
        "update_id": update_id,
        "message": {
            "message_id": 1, "date": 1749517200, "text": text,
            "chat": {"id": user_id, "type": "private", "first_name": "王经理"},
            "from": {"id": user_id, "is_bot": False, "first_name": "王经理",
                     "language_code": "zh-hans"},
            "entities": [{"type": "bot_command", "offset": 0, "length": len(text)}],
        },
    }


@pytest.fixture
async def sandbox() -> AsyncIterator[Sandbox]:
    """Webhooks on plain http to loopback allowed: these tests run without certificates.
    Updates posted straight to the webhook stand for messages Wang wrote, so he has started
    the bot."""
    running = Sandbox(SandboxState(limits_enabled=False, local_webhooks=True))
    running.state.reports_handled = True  # the bot answers 200 only once it has handled it
    running.state.world.started.add(WANG)
    await running.start()
    yield running
    await running.stop()


@pytest.fixture
def make_server(settings: Settings, clock: Clock,
                sandbox: Sandbox) -> Callable[..., WebhookServer]:
    """WebhookServers for the sandbox's bot on a free local port."""
    def make(**changes: Any) -> WebhookServer:
        configured = settings.model_copy(update={"webhook_secret": None, **changes})
        return WebhookServer(configured, host="127.0.0.1", port=0, token=BOT_TOKEN,
                             base_url=sandbox.base_url, base_file_url=sandbox.base_file_url,
                             clock=clock)
    return make


@pytest.fixture
async def server(settings: Settings,
                 make_server: Callable[..., WebhookServer]) -> AsyncIterator[WebhookServer]:
    await load_into(settings)
    from pydantic import SecretStr

    running = make_server(webhook_secret=SecretStr(SECRET))
    await running.start()
    yield running
    await running.stop()


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
async def client(sandbox: Sandbox) -> AsyncIterator[SandboxClient]:
    async with SandboxClient(sandbox.url) as control:
        yield control


def local(server: WebhookServer, path: str = "") -> str:
    return f"http://127.0.0.1:{server.port}{path}"


async def bot_messages(client: SandboxClient, chat_id: int) -> list[dict[str, Any]]:
    return [m for m in await client.messages(chat_id) if m["from"]["is_bot"]]


async def scrape(http: aiohttp.ClientSession, server: WebhookServer) -> dict[str, float]:
    async with http.get(local(server, "/metrics")) as response:
        assert response.status == 200
        assert response.headers["Content-Type"].startswith("text/plain; version=0.0.4")
        text = await response.text()
    samples: dict[str, float] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            labels = ",".join(f'{k}="{v}"' for k, v in sorted(sample.labels.items()))
            samples[f"{sample.name}{{{labels}}}" if labels else sample.name] = sample.value
    return samples


# --------------------------------------------------------------------------- delivery


async def test_the_sandbox_delivers_to_the_webhook_and_the_bot_answers(
        server: WebhookServer, client: SandboxClient) -> None:
    info = await client.post(f"/bot{BOT_TOKEN}/getWebhookInfo")
    assert info["result"]["url"] == server.public_url
    assert server.public_url == f"http://127.0.0.1:{server.port}/telegram"
    calls = await client.get("/sandbox/calls", method="setWebhook")
    params = calls[-1]["params"]
    assert params["secret_token"] == SECRET
    assert params["drop_pending_updates"] in (False, "false", "False")
    assert "callback_query" in str(params["allowed_updates"])

    wang = Conversation(client, WANG)
    await wang.send("/start")
    assert (await wang.last())["text"].startswith("您好，王经理！")
    await wang.send("/help")
    assert len(await bot_messages(client, WANG)) == 2


async def test_a_wrong_or_missing_secret_is_refused_and_nothing_is_processed(
        server: WebhookServer, client: SandboxClient, http: aiohttp.ClientSession) -> None:
    url = local(server, server.path)
    for headers in ({SECRET_HEADER: "not-the-secret"}, {}, {SECRET_HEADER: SECRET + "x"}):
        async with http.post(url, json=start_update(900), headers=headers) as response:
            assert response.status == 403  # refused before anything was queued
    assert await bot_messages(client, WANG) == []
    assert server.application is not None and server.application.update_queue.empty()

    # the same update with the right secret is answered: the refusals were the secret's doing
    async with http.post(url, json=start_update(901), headers={SECRET_HEADER: SECRET}) as resp:
        assert resp.status == 200
    for _ in range(100):
        if await bot_messages(client, WANG):
            break
        await asyncio.sleep(0.05)
    replies = await bot_messages(client, WANG)
    assert len(replies) == 1 and replies[0]["text"].startswith("您好")
    metrics = await scrape(http, server)
    assert metrics['zhinan_webhook_requests_total{status="403"}'] == 3
    assert metrics['zhinan_webhook_requests_total{status="200"}'] == 1


async def test_bodies_too_large_or_not_json_are_refused(
        settings: Settings, make_server: Callable[..., WebhookServer],
        http: aiohttp.ClientSession) -> None:
    from pydantic import SecretStr

    await load_into(settings)
    server = make_server(webhook_secret=SecretStr(SECRET), max_body_bytes=4096)
    await server.start()
    try:
        url = local(server, server.path)
        headers = {SECRET_HEADER: SECRET, "Content-Type": "application/json"}
        huge = b'{"update_id": 1, "x": "' + b"a" * 5000 + b'"}'
        async with http.post(url, data=huge, headers=headers) as response:
            assert response.status == 413

        async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: counted while read
            for _ in range(10):
                yield b" " * 1024
        async with http.post(url, data=chunks(), headers=headers) as response:
            assert response.status == 413

        for body in (b"not json", b"\xff\xfe", b"[1, 2]", b'{"no_update_id": 1}'):
            async with http.post(url, data=body, headers=headers) as response:
                assert response.status == 400, body
        # the secret is checked before anything else is read
        async with http.post(url, data=huge, headers={SECRET_HEADER: "wrong"}) as response:
            assert response.status == 403
        async with http.get(url) as response:
            assert response.status == 405
        assert server.application is not None and server.application.update_queue.empty()
    finally:
        await server.stop()


async def test_no_webhook_route_without_a_secret_and_a_random_one_is_registered(
        settings: Settings, make_server: Callable[..., WebhookServer],
        client: SandboxClient) -> None:
    await load_into(settings)
    running = make_server(webhook_url="https://bot.example.org/telegram/0123456789abcdef-xyz")
    assert running.path == "/telegram/0123456789abcdef-xyz"
    assert len(running.secret) >= 32
    assert webhook_path("https://bot.example.org") == "/"  # served where Telegram posts
    assert webhook_path("https://bot.example.org/telegram/abc/") == "/telegram/abc/"
    assert webhook_path(None) == "/telegram"
    await running.start()
    try:
        calls = await client.get("/sandbox/calls", method="setWebhook")
        assert calls[-1]["params"]["url"] == "https://bot.example.org/telegram/0123456789abcdef-xyz"
        assert calls[-1]["params"]["secret_token"] == running.secret
    finally:
        await running.stop()


# --------------------------------------------------------------------------- health


async def test_healthz_and_readyz_when_all_is_well(server: WebhookServer,
                                                   http: aiohttp.ClientSession) -> None:
    async with http.get(local(server, "/healthz")) as response:
        assert response.status == 200
        assert await response.json() == {"status": "ok"}
    async with http.get(local(server, "/readyz")) as response:
        body = await response.json()
        assert response.status == 200, body
        assert body == {"ready": True, "failed": [], "checks": {
            "database": "ok", "catalogue": "ok", "bot": "ok", "dispatcher": "ok"}}


async def test_readyz_fails_when_the_database_file_is_gone(
        server: WebhookServer, settings: Settings, http: aiohttp.ClientSession) -> None:
    db = Path(settings.db)
    moved = db.with_name("elsewhere.sqlite3")
    db.rename(moved)
    try:
        async with http.get(local(server, "/readyz")) as response:
            body = await response.json()
            assert response.status == 503
            assert body["failed"] == ["database"]
            assert "missing" in body["checks"]["database"]
        async with http.get(local(server, "/healthz")) as response:
            assert response.status == 200  # alive, just not ready
    finally:
        moved.rename(db)
    async with http.get(local(server, "/readyz")) as response:
        assert response.status == 200


async def test_readyz_fails_when_the_database_file_is_not_sqlite(
        server: WebhookServer, settings: Settings, http: aiohttp.ClientSession) -> None:
    db = Path(settings.db)
    moved = db.with_name("real.sqlite3")
    db.rename(moved)
    db.write_bytes(b"this is not a database" * 100)
    try:
        async with http.get(local(server, "/readyz")) as response:
            body = await response.json()
            assert response.status == 503 and body["failed"] == ["database"]
            assert "not an SQLite database" in body["checks"]["database"]
    finally:
        db.unlink()
        moved.rename(db)


async def test_readyz_fails_when_the_database_is_replaced_under_the_running_bot(
        server: WebhookServer, settings: Settings, http: aiohttp.ClientSession) -> None:
    """A restore (or a stray copy) over the file the bot has open: it would write to a ghost."""
    from bot.backup import backup

    copy = backup(settings.db, Path(settings.db).with_name("copy.sqlite3"))
    os.replace(copy, settings.db)
    async with http.get(local(server, "/readyz")) as response:
        body = await response.json()
        assert response.status == 503 and body["failed"] == ["database"]
        assert "replaced" in body["checks"]["database"]


async def test_readyz_fails_when_the_dispatcher_has_stopped(
        server: WebhookServer, http: aiohttp.ClientSession) -> None:
    assert server.application is not None
    dispatcher = dispatcher_of(server.application)
    assert dispatcher is not None
    await dispatcher.stop()
    async with http.get(local(server, "/readyz")) as response:
        body = await response.json()
        assert response.status == 503
        assert body["failed"] == ["dispatcher"]
        assert body["checks"]["dispatcher"] == "stopped"


async def test_readyz_fails_with_an_empty_catalogue(
        settings: Settings, make_server: Callable[..., WebhookServer],
        http: aiohttp.ClientSession) -> None:
    await (await Storage.open(settings.db)).close()  # schema, no catalogue
    running = make_server()
    await running.start()
    try:
        async with http.get(local(running, "/readyz")) as response:
            body = await response.json()
            assert response.status == 503 and body["failed"] == ["catalogue"]
    finally:
        await running.stop()


# --------------------------------------------------------------------------- metrics


async def test_metrics_count_updates_and_read_the_outbox(
        server: WebhookServer, client: SandboxClient, http: aiohttp.ClientSession,
        clock: Clock) -> None:
    wang = Conversation(client, WANG)
    await wang.send("/start")
    await wang.send("/help")
    await wang.press("🌐 English")
    metrics = await scrape(http, server)
    assert metrics['zhinan_updates_total{type="message"}'] == 2
    assert metrics['zhinan_updates_total{type="callback_query"}'] == 1
    assert metrics['zhinan_update_duration_seconds_count{type="message"}'] == 2
    assert metrics['zhinan_update_duration_seconds_sum{type="message"}'] > 0
    assert metrics["zhinan_catalogue_leaves"] > 100
    assert metrics["zhinan_dispatcher_up"] == 1 and metrics["zhinan_dispatcher_leading"] == 1
    assert metrics["zhinan_database_up"] == 1
    assert metrics["zhinan_users_reachable"] == 1
    assert metrics['zhinan_outbox_messages{state="pending"}'] == 0

    assert server.application is not None and server.core is not None
    dispatcher = dispatcher_of(server.application)
    assert dispatcher is not None
    await dispatcher.stop()  # so the rows stay pending
    await server.core.storage.outbox.enqueue(
        [NewMessage(kind="reminder", chat_id=WANG, user_id=WANG, text=f"r{i}") for i in range(3)]
        + [NewMessage(kind="broadcast", chat_id=WANG, user_id=WANG, text="b")], clock())
    metrics = await scrape(http, server)
    assert metrics['zhinan_outbox_messages{state="pending"}'] == 4
    assert metrics["zhinan_outbox_due"] == 4  # due now by the bot's clock
    assert metrics["zhinan_reminders_pending"] == 3
    assert metrics["zhinan_dispatcher_up"] == 0


async def test_errors_are_counted(server: WebhookServer, http: aiohttp.ClientSession) -> None:
    assert server.application is not None

    async def boom(update: object, context: object) -> None:
        raise RuntimeError("handler failed")

    from telegram.ext import MessageHandler, filters

    server.application.add_handler(MessageHandler(filters.Regex("^boom$"), boom), group=-5)
    async with http.post(local(server, server.path), json=start_update(950, text="boom"),
                         headers={SECRET_HEADER: SECRET}) as response:
        assert response.status == 200
    for _ in range(100):
        metrics = await scrape(http, server)
        if metrics.get('zhinan_errors_total{type="message"}'):
            break
        await asyncio.sleep(0.05)
    assert metrics['zhinan_errors_total{type="message"}'] == 1


# --------------------------------------------------------------------------- shutdown


async def test_sigterm_mid_broadcast_leaves_the_outbox_resumable_and_nobody_gets_two(
        settings: Settings, make_server: Callable[..., WebhookServer], sandbox: Sandbox,
        client: SandboxClient, clock: Clock) -> None:
    await load_into(settings)
    recipients = [5000 + i for i in range(200)]
    for user_id in recipients:
        sandbox.state.world.add_user(User(user_id, f"企业{user_id}"), started=True)
    storage = await Storage.open(settings.db)
    await storage.outbox.enqueue([NewMessage(kind="broadcast", chat_id=uid, user_id=uid,
                                             text=f"公告 {uid}", dedupe=f"test:{uid}")
                                  for uid in recipients], clock())

    async def counts() -> dict[str, int]:
        return await storage.outbox.counts()

    async def until(predicate: Callable[[dict[str, int]], bool], seconds: float = 20.0) -> None:
        for _ in range(int(seconds / 0.02)):
            if predicate(await counts()):
                return
            await asyncio.sleep(0.02)
        raise AssertionError(f"timed out; outbox {await counts()}")

    def speed_up(running: WebhookServer) -> None:
        assert running.application is not None
        dispatcher = dispatcher_of(running.application)
        assert dispatcher is not None
        dispatcher.sender.pacing.per_second = 100.0

    first = make_server()
    serving = asyncio.create_task(serve_until_signal(first))
    await asyncio.wait_for(first.started.wait(), 20)
    speed_up(first)
    await until(lambda found: found.get("sent", 0) >= 30)
    os.kill(os.getpid(), signal.SIGTERM)  # what `docker stop` / systemd sends
    await asyncio.wait_for(serving, 20)

    after = await counts()
    assert "sending" not in after and "unknown" not in after, after
    assert after.get("sent", 0) >= 30 and after.get("pending", 0) > 0, after
    assert after["sent"] + after["pending"] == 200
    for row in await storage.outbox.rows():
        delivered = await bot_messages(client, row["chat_id"])
        assert len(delivered) == (1 if row["state"] == "sent" else 0), row
        if row["state"] == "sent":
            assert row["message_id"] == delivered[0]["message_id"]

    second = make_server()
    await second.start()
    try:
        speed_up(second)
        assert second.core is not None
        await second.core.wake_sender()
        await until(lambda found: found == {"sent": 200})
    finally:
        await second.stop()
        await storage.close()
    for user_id in recipients:
        delivered = await bot_messages(client, user_id)
        assert [m["text"] for m in delivered] == [f"公告 {user_id}"]


async def test_stop_answers_503_after_the_bot_stops_and_lets_telegram_redeliver(
        server: WebhookServer, client: SandboxClient, http: aiohttp.ClientSession) -> None:
    """An update arriving while the bot stops is refused with 503, not swallowed."""
    assert server.application is not None
    web_app_url = local(server, server.path)
    await server.application.stop()  # the HTTP server is still up for a moment
    async with http.post(web_app_url, json=start_update(960),
                         headers={SECRET_HEADER: SECRET}) as response:
        assert response.status == 503
    await server.application.start()


# --------------------------------------------------------------------------- the command line


async def test_the_command_line_serves_by_webhook_and_stops_cleanly_on_sigterm(
        settings: Settings, sandbox: Sandbox, client: SandboxClient,
        http: aiohttp.ClientSession) -> None:
    """`python -m bot -v run` as deployed: JSON logs, webhook from the environment, SIGTERM."""
    await load_into(settings)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    token = "7212345678:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw-_x"
    sandbox.state.token = token  # the deployed bot's own token
    path_token = secrets.token_hex(16)
    env = {**os.environ, "ZHINAN_TELEGRAM_TOKEN": token, "ZHINAN_WEB_PORT": str(port),
           "ZHINAN_WEBHOOK_URL": f"http://127.0.0.1:{port}/telegram/{path_token}",
           "ZHINAN_LOG_FORMAT": "json", "ZHINAN_DB": str(settings.db),
           "ZHINAN_DATA_DIR": str(settings.data_dir)}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "-v", "run", "--base-url", sandbox.base_url,
        cwd=Path(__file__).parent.parent, env=env, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE)
    assert process.stderr is not None and process.stdout is not None
    logs = asyncio.create_task(process.stderr.read())  # read as it comes: -v is chatty
    try:
        for _ in range(300):
            with contextlib.suppress(aiohttp.ClientError):
                async with http.get(f"http://127.0.0.1:{port}/readyz") as response:
                    if response.status == 200:
                        break
            assert process.returncode is None, (await logs).decode()
            await asyncio.sleep(0.1)
        else:
            raise AssertionError("the bot did not become ready in 30 s")
        wang = Conversation(client, WANG)
        await wang.send("/start")
        assert (await wang.last())["text"].startswith("您好，王经理！")
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
        returncode = await asyncio.wait_for(process.wait(), 30)
    output = (await logs).decode()
    await process.stdout.read()
    assert returncode == 0, output[-3000:]
    lines = [json.loads(line) for line in output.splitlines() if line.strip()]
    messages = [line["msg"] for line in lines]
    assert any("HTTP Request: POST" in msg for msg in messages)  # httpx at DEBUG with -v
    assert "shutdown requested; finishing work in hand" in messages
    assert messages[-1] == "webhook mode: stopped"
    assert token.split(":")[1] not in output and path_token not in output


# --------------------------------------------------------------------------- hostile bodies
# Webhook bodies Telegram would never send: refused with 400 (never a 500 with a traceback),
# replays handled once, updates without a chat handled without an error.

async def post(session: aiohttp.ClientSession, running: WebhookServer,
               body: bytes | dict[str, Any]) -> tuple[int, str]:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    async with session.post(local(running, running.path), data=data,
                         headers={SECRET_HEADER: SECRET,
                                  "Content-Type": "application/json"}) as response:
        return response.status, await response.text()


def nested(depth: int) -> bytes:
    return b'{"update_id": 5, "message": ' + b'{"a": ' * depth + b"1" + b"}" * depth + b"}"


@pytest.mark.parametrize("body", [
    nested(100_000),  # deeper than the JSON parser goes: used to answer 500 with a traceback
    nested(100),  # parses, but no update nests that deep
    b"[" * 50_000 + b"]" * 50_000,
], ids=["100000-deep", "100-deep", "deep-list"])
async def test_deeply_nested_json_is_refused(server: WebhookServer, http: aiohttp.ClientSession,
                                             body: bytes, caplog: pytest.LogCaptureFixture
                                             ) -> None:
    status, text = await post(http, server, body)
    assert status == 400 and "Traceback" not in text
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.mark.parametrize("update_id", [True, False, "7", 7.0, -1, 2**63, None, [7]])
async def test_an_update_id_that_is_not_a_telegram_one_is_refused(
        server: WebhookServer, http: aiohttp.ClientSession, client: SandboxClient,
        update_id: object) -> None:
    body = start_update(0)
    body["update_id"] = update_id
    assert (await post(http, server, body))[0] == 400
    assert await bot_messages(client, WANG) == []


async def test_a_replayed_update_is_handled_once(server: WebhookServer,
                                                 http: aiohttp.ClientSession,
                                                 client: SandboxClient) -> None:
    """Telegram delivers again when it got no 200 in time: the bot answers 200 to the repeat
    without handling it twice."""
    for _ in range(3):
        assert (await post(http, server, start_update(4242)))[0] == 200
    assert (await post(http, server, start_update(4243, text="/help")))[0] == 200
    replies = [m["text"] for m in await bot_messages(client, WANG)]
    assert len(replies) == 2 and replies[0].startswith("您好") and "指南" in replies[1]


async def test_updates_without_a_chat_are_handled_without_an_error(
        server: WebhookServer, http: aiohttp.ClientSession, client: SandboxClient,
        caplog: pytest.LogCaptureFixture) -> None:
    user = {"id": WANG, "is_bot": False, "first_name": "王经理"}
    bodies: list[dict[str, Any]] = [
        {"update_id": 801},  # nothing in it
        {"update_id": 802, "callback_query": {  # a forged press on an inline message
            "id": "99", "from": user, "chat_instance": "1", "inline_message_id": "AAA",
            "data": "z2|b|sector|nn.-.-.0|0"}},
        {"update_id": 803, "callback_query": {"id": "98", "from": user, "chat_instance": "1",
                                              "data": "z2|B|stop|" + "9" * 24 + "|0"}},
        {"update_id": 805, "my_chat_member": {
            "chat": {"id": -5, "type": "group", "title": "g"}, "from": user, "date": 1,
            "old_chat_member": {"status": "left", "user": user},
            "new_chat_member": {"status": "member", "user": user}}},
    ]
    for body in bodies:
        assert (await post(http, server, body))[0] == 200, body
    await asyncio.sleep(0)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text
    assert await bot_messages(client, WANG) == []
