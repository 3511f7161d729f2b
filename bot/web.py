"""Webhook mode: an aiohttp server taking Telegram's updates, plus health and metrics.

Routes (one port, `ZHINAN_WEB_HOST`:`ZHINAN_WEB_PORT`):

- `POST <path of ZHINAN_WEBHOOK_URL>` — Telegram's updates. The `X-Telegram-Bot-Api-Secret-Token`
  header must equal the secret registered with setWebhook (else 403, nothing processed); bodies
  above `ZHINAN_MAX_BODY_BYTES` get 413, anything that is not a Telegram update 400. An update is
  handled *before* it is answered 200, so one in hand when a worker dies is delivered again by
  Telegram; its id is recorded so a repeated delivery is answered 200 without being handled
  twice; and one chat's updates are handled one at a time across all workers (an advisory lock
  on PostgreSQL), keeping Telegram's per-chat order. While shutting down the answer is 503.
- `GET /healthz` — liveness: 200 whenever the process serves HTTP.
- `GET /readyz` — readiness: 200 only when the database answers, the catalogue is loaded, the
  bot runs and (in the process that leads) the dispatcher runs; else 503 with the failed checks.
- `GET /metrics` — Prometheus text (bot/metrics.py). Keep it off the public proxy.

python-telegram-bot's own webhook server is tornado; this follows its custom-webhook examples
instead: ApplicationBuilder with `.updater(None)` and `Update.de_json`, here handed straight to
`process_update` so the answer to Telegram waits for the handlers.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import secrets
import signal
import time
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from sqlalchemy import text
from telegram import Update
from telegram.ext import Application, CallbackContext

from bot.app import (
    allowed_updates,
    build_application,
    chat_key,
    dispatcher_of,
    start_application,
    stop_application,
)
from bot.config import Settings
from bot.core import Core
from bot.dispatcher import holder_name
from bot.lease import Lease
from bot.metrics import CONTENT_TYPE, Metrics

log = logging.getLogger("zhinan.web")

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
DEFAULT_PATH = "/telegram"
READY_TIMEOUT = 2.0  # seconds for the database check
SHUTDOWN_TIMEOUT = 10.0  # seconds the HTTP server waits for requests in hand
ABANDONED = timedelta(seconds=120)  # an update a worker took this long ago and never finished
MAX_DEPTH = 64  # JSON nesting an update can plausibly have


@dataclass
class WebContext:
    """What the routes need, stored on the aiohttp application."""

    application: Application
    core: Core
    metrics: Metrics
    secret: str | None
    ready_timeout: float = READY_TIMEOUT
    holder: str = field(default_factory=holder_name)
    chats: dict[int, asyncio.Lock] = field(default_factory=dict)
    slots: asyncio.Semaphore | None = None

    def __post_init__(self) -> None:
        # On PostgreSQL an update holds one connection for its chat's advisory lock while its
        # handlers take others: with more updates in hand than half the pool, every connection
        # could be a lock holder waiting for a connection (until the pool's 30 s timeout).
        if self.slots is None:
            self.slots = asyncio.Semaphore(max(1, (self.core.storage.db.capacity - 2) // 2))


CONTEXT = web.AppKey("zhinan", WebContext)


def webhook_path(url: str | None) -> str:
    """The path the bot serves: exactly the webhook URL's path, which a proxy forwards
    unchanged (/telegram for a local URL made up for tests)."""
    if not url:
        return DEFAULT_PATH
    return urlsplit(url).path or "/"


def create_web_app(application: Application, core: Core, *,
                   metrics: Metrics | None = None, secret: str | None = None,
                   path: str | None = None) -> web.Application:
    """Health, readiness and metrics; plus the webhook route when there is a secret (the
    configured one unless `secret` is given) — updates are never taken unauthenticated."""
    settings = core.settings
    if secret is None and settings.webhook_secret is not None:
        secret = settings.webhook_secret.get_secret_value()
    context = WebContext(application, core, metrics or Metrics(), secret)
    app = web.Application(client_max_size=settings.max_body_bytes)
    app[CONTEXT] = context
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    app.router.add_get("/metrics", metrics_view)
    if secret:
        app.router.add_post(path or webhook_path(settings.webhook_url), webhook)
    return app


async def healthz(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def webhook(request: web.Request) -> web.Response:
    context = request.app[CONTEXT]
    status, reason = await _handle(request, context)
    context.metrics.count_request(status)
    if status != 200:
        log.info("webhook request refused: %d %s", status, reason)
        return web.json_response({"ok": False, "error": reason}, status=status)
    return web.Response(status=200)


def _depth(value: Any, limit: int = MAX_DEPTH) -> int:
    """How deeply `value` nests (stops counting past the limit)."""
    depth, level = 0, [value]
    while level and depth <= limit:
        depth += 1
        level = [child for item in level
                 for child in (item.values() if isinstance(item, dict) else
                               item if isinstance(item, list) else ())]
    return depth


async def _read_update(request: web.Request, context: WebContext) -> tuple[int, str,
                                                                           Update | None]:
    """Check and decode one update: (status, reason, update)."""
    given = request.headers.get(SECRET_HEADER, "")
    assert context.secret is not None  # the route exists only with a secret
    if not hmac.compare_digest(given.encode(), context.secret.encode()):
        return 403, "wrong or missing secret token", None
    limit = context.core.settings.max_body_bytes
    if request.content_length is not None and request.content_length > limit:
        return 413, f"body larger than {limit} bytes", None
    try:
        body = await request.read()
    except web.HTTPRequestEntityTooLarge:
        return 413, f"body larger than {limit} bytes", None
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return 400, "body is not JSON", None
    update_id = data.get("update_id") if isinstance(data, dict) else None
    if type(update_id) is not int or not 0 <= update_id < 2**63:
        return 400, "not a Telegram update", None
    if _depth(data) > MAX_DEPTH:
        return 400, "not a Telegram update", None
    try:
        update = Update.de_json(data, context.application.bot)
    except Exception as exc:
        log.warning("update %s could not be decoded: %s", update_id, exc)
        return 400, "not a Telegram update", None
    return 200, "ok", update


async def _handle(request: web.Request, context: WebContext) -> tuple[int, str]:
    status, reason, update = await _read_update(request, context)
    if update is None:
        return status, reason
    application, core = context.application, context.core
    if not application.running:
        return 503, "shutting down; Telegram will deliver again"
    token = f"{context.holder}:{secrets.token_hex(4)}"
    claim = await core.storage.process.claim_update(update.update_id, token, core.now(),
                                                    ABANDONED)
    if claim == "done":
        return 200, "handled already"
    if claim == "busy":
        return 503, "another worker is handling this update"
    try:
        async with _one_at_a_time(context, chat_key(update)):
            started = time.perf_counter()
            await application.process_update(update)
            context.metrics.observe_update(update_type(update), time.perf_counter() - started)
    except BaseException:
        await core.storage.process.release_update(update.update_id)
        raise
    await core.storage.process.finish_update(update.update_id, core.now())
    return 200, "ok"


@contextlib.asynccontextmanager
async def _one_at_a_time(context: WebContext, key: int | None) -> AsyncIterator[None]:
    """One chat's updates one at a time: in this process by a lock, across processes (on
    PostgreSQL) by a transaction-scoped advisory lock on the chat."""
    if key is None:
        yield
        return
    lock = context.chats.setdefault(key, asyncio.Lock())
    try:
        async with lock:
            db = context.core.storage.db
            if db.is_sqlite:
                yield
                return
            assert context.slots is not None
            async with context.slots, db.engine.connect() as conn, conn.begin():
                await conn.execute(text("SELECT pg_advisory_xact_lock("
                                        "hashtextextended(:key, 0))"), {"key": f"chat:{key}"})
                yield
    finally:
        if not lock.locked():
            context.chats.pop(key, None)


async def readyz(request: web.Request) -> web.Response:
    context = request.app[CONTEXT]
    checks = await readiness(context.application, context.core, context.ready_timeout)
    failed = [name for name, result in checks.items() if result != "ok"]
    return web.json_response({"ready": not failed, "checks": checks, "failed": failed},
                             status=503 if failed else 200)


async def readiness(application: Application, core: Core,
                    timeout: float = READY_TIMEOUT) -> dict[str, str]:
    """Each check's result: "ok" or why not."""
    checks: dict[str, str] = {}
    try:
        await asyncio.wait_for(core.storage.probe(), timeout)
        checks["database"] = "ok"
    except TimeoutError:
        checks["database"] = f"no answer within {timeout:g}s"
    except Exception as exc:
        checks["database"] = f"{type(exc).__name__}: {exc}"
    leaves = len(core.catalogue.leaves)
    checks["catalogue"] = "ok" if leaves > 0 else "empty: run `python -m bot catalogue load`"
    checks["bot"] = "ok" if application.running else "not running"
    dispatcher = dispatcher_of(application)
    if dispatcher is not None:
        checks["dispatcher"] = "ok" if dispatcher.alive else "stopped"
    return checks


async def metrics_view(request: web.Request) -> web.Response:
    context = request.app[CONTEXT]
    dispatcher = dispatcher_of(context.application)
    await context.metrics.refresh(context.core, dispatcher is not None and dispatcher.alive,
                                  dispatcher is not None and dispatcher.leading.is_set())
    return web.Response(body=context.metrics.render(), headers={"Content-Type": CONTENT_TYPE})


def update_type(update: object) -> str:
    """The update's kind (message, callback_query …) as a bounded label value."""
    if update is None:
        return "none"
    if isinstance(update, Update):
        for kind in Update.ALL_TYPES:
            if getattr(update, kind, None) is not None:
                return str(kind)
    return "other"


def count_errors(application: Application, metrics: Metrics) -> None:
    """An extra error handler that only counts; handlers/errors.py still logs and answers."""

    async def count(update: object, context: CallbackContext[Any, Any, Any, Any]) -> None:
        metrics.count_error(update_type(update))

    application.add_error_handler(count)


# --------------------------------------------------------------------------- the server


class WebhookServer:
    """The bot in webhook mode: Application (no Updater) + aiohttp server + setWebhook.

    `url` is what Telegram is told (default ZHINAN_WEBHOOK_URL; None and no setting: the local
    http://127.0.0.1:<port>/telegram, for tests). `token`, `base_url` and `base_file_url` point
    it at the sandbox in tests; in production the token comes from the settings. With
    `reuse_port`, several processes serve one port (the kernel spreads the connections).
    """

    def __init__(self, settings: Settings, *, url: str | None = None, host: str | None = None,
                 port: int | None = None, token: str | None = None,
                 base_url: str | None = None, base_file_url: str | None = None,
                 rate_limit: bool = True, clock: Callable[[], datetime] | None = None,
                 reuse_port: bool = False, dispatch: bool = True,
                 register: bool = True) -> None:
        self.settings = settings
        self.url = url or settings.webhook_url
        self.host = host if host is not None else settings.web_host
        self.requested_port = port if port is not None else settings.web_port
        if token is None:
            if settings.telegram_token is None:
                raise ValueError("ZHINAN_TELEGRAM_TOKEN is not set")
            token = settings.telegram_token.get_secret_value()
        self.token = token
        self.base_url = base_url
        self.base_file_url = base_file_url
        self.rate_limit = rate_limit
        self.clock = clock
        self.reuse_port = reuse_port
        self.dispatch = dispatch
        self.register = register
        configured = settings.webhook_secret
        # no configured secret: a fresh one each start, registered below with setWebhook
        self.secret = configured.get_secret_value() if configured else secrets.token_urlsafe(32)
        self.path = webhook_path(self.url)
        self.port = 0
        self.metrics = Metrics()
        self.core: Core | None = None
        self.application: Application | None = None
        self.runner: web.AppRunner | None = None
        self._lease: contextlib.AbstractAsyncContextManager[None] | None = None
        self.started = asyncio.Event()

    @property
    def public_url(self) -> str:
        return self.url or f"http://127.0.0.1:{self.port}{self.path}"

    async def start(self) -> int:
        """Database, bot, then HTTP, then setWebhook; returns the bound port."""
        try:
            await self._start()
        except BaseException:
            await self.stop()
            raise
        self.started.set()
        return self.port

    async def _start(self) -> None:
        self.core = core = await Core.open(self.settings, clock=self.clock)
        self._lease = Lease.single_instance(core)
        await self._lease.__aenter__()
        application = build_application(
            core, self.token, base_url=self.base_url, base_file_url=self.base_file_url,
            rate_limit=self.rate_limit, updater=False, dispatch=self.dispatch)
        count_errors(application, self.metrics)
        self.application = application
        await start_application(application)
        web_app = create_web_app(application, core, metrics=self.metrics, secret=self.secret,
                                 path=self.path)
        self.runner = web.AppRunner(web_app, shutdown_timeout=SHUTDOWN_TIMEOUT,
                                    access_log=logging.getLogger("aiohttp.access"))
        await self.runner.setup()
        site = web.TCPSite(self.runner, self.host, self.requested_port,
                           reuse_port=self.reuse_port or None)
        await site.start()
        self.port = _bound_port(self.runner)
        if self.register:
            await application.bot.set_webhook(self.public_url, secret_token=self.secret,
                                              allowed_updates=allowed_updates(),
                                              drop_pending_updates=False)
        log.info("webhook mode: serving %s:%d (/healthz, /readyz, /metrics)", self.host,
                 self.port)

    async def stop(self) -> None:
        """Graceful, in order: HTTP (requests in hand finish), the bot and the dispatcher
        (messages in flight finish), the lease, the database. Safe to call twice."""
        runner, self.runner = self.runner, None
        if runner is not None:
            await runner.cleanup()
        application, self.application = self.application, None
        try:
            if application is not None:
                await stop_application(application)
        finally:
            lease, self._lease = self._lease, None
            if lease is not None:
                await lease.__aexit__(None, None, None)
            core, self.core = self.core, None
            if core is not None:
                await core.close()
        log.info("webhook mode: stopped")


def _bound_port(runner: web.AppRunner) -> int:
    for address in runner.addresses:
        if isinstance(address, tuple) and len(address) >= 2:
            return int(address[1])
    raise RuntimeError("the web server is not listening")


async def serve_until_signal(server: WebhookServer,
                             signals: Iterable[signal.Signals] = (signal.SIGINT,
                                                                  signal.SIGTERM)) -> None:
    """Start, wait for SIGTERM/SIGINT, stop gracefully (see the module docstring)."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    installed: list[signal.Signals] = []
    for sig in signals:
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
            installed.append(sig)
    try:
        await server.start()
        await stop.wait()
        log.info("shutdown requested; finishing work in hand")
    finally:
        try:
            await server.stop()
        finally:
            for sig in installed:
                loop.remove_signal_handler(sig)


async def run_webhook(settings: Settings, url: str | None = None, host: str | None = None,
                      port: int | None = None, **options: Any) -> None:
    """`python -m bot run --webhook URL`: serve until SIGTERM/SIGINT."""
    await serve_until_signal(WebhookServer(settings, url=url, host=host, port=port, **options))

