"""Webhook mode: an aiohttp server taking Telegram's updates, plus health and metrics.

Routes (one port, `ZHINAN_WEB_HOST`:`ZHINAN_WEB_PORT`):

- `POST <path of ZHINAN_WEBHOOK_URL>` — Telegram's updates. The `X-Telegram-Bot-Api-Secret-Token`
  header must equal the secret registered with setWebhook (else 403, nothing processed); bodies
  above `ZHINAN_MAX_BODY_BYTES` get 413, non-JSON 400. An accepted update is put on the
  Application's update_queue and answered 200 at once; while shutting down the answer is 503,
  so Telegram keeps the update and delivers it again later.
- `GET /healthz` — liveness: 200 whenever the process serves HTTP.
- `GET /readyz` — readiness: 200 only when SQLite answers, the catalogue is loaded, the bot is
  running and the outbox sender task is alive; else 503 and JSON naming the failed checks.
- `GET /metrics` — Prometheus text (bot/metrics.py). Keep it off the public proxy.

python-telegram-bot's own webhook server is tornado; this follows its custom-webhook examples
instead: ApplicationBuilder with `.updater(None)`, `Update.de_json`, `update_queue.put`.

Shutdown (SIGTERM/SIGINT, `serve_until_signal`) runs in this order: the HTTP server stops
accepting and finishes the requests in hand; `Application.stop()` handles every update already
queued and waits for running handlers and jobs; `post_stop` stops the outbox sender after the
message in hand (no row is left `sending`); `Application.shutdown()` flushes persistence. The
webhook stays registered with Telegram, which holds new updates until the bot is back.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import secrets
import signal
import sqlite3
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from telegram import Update
from telegram.ext import Application, BaseUpdateProcessor, CallbackContext

from bot.app import allowed_updates, build_application
from bot.config import Settings
from bot.metrics import CONTENT_TYPE, Metrics, StateCollector
from bot.services import Services
from bot.store import Store

log = logging.getLogger("zhinan.web")

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
DEFAULT_PATH = "/telegram"
READY_TIMEOUT = 2.0  # seconds for the database check
SHUTDOWN_TIMEOUT = 10.0  # seconds the HTTP server waits for requests in hand


@dataclass
class WebContext:
    """What the routes need, stored on the aiohttp application."""

    application: Application
    services: Services
    settings: Settings
    metrics: Metrics
    secret: str | None
    ready_timeout: float = READY_TIMEOUT
    db_identity: tuple[int, int] | None = None  # (device, inode) of the file the bot opened


CONTEXT = web.AppKey("zhinan", WebContext)


# --------------------------------------------------------------------------- the web app


def webhook_path(url: str | None) -> str:
    """The path the bot serves: exactly the webhook URL's path, which a proxy forwards
    unchanged (/telegram for a local URL made up for tests)."""
    if not url:
        return DEFAULT_PATH
    return urlsplit(url).path or "/"


def create_web_app(application: Application, services: Services, settings: Settings, *,
                   metrics: Metrics | None = None, secret: str | None = None,
                   path: str | None = None) -> web.Application:
    """Health, readiness and metrics; plus the webhook route when there is a secret (the
    configured one unless `secret` is given) — updates are never taken unauthenticated."""
    if secret is None and settings.webhook_secret is not None:
        secret = settings.webhook_secret.get_secret_value()
    context = WebContext(application, services, settings, metrics or Metrics(), secret,
                         db_identity=file_identity(services.store.path))
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
    status, reason = await _accept(request, context)
    context.metrics.count_request(status)
    if status != 200:
        log.info("webhook request refused: %d %s", status, reason)
        return web.json_response({"ok": False, "error": reason}, status=status)
    return web.Response(status=200)


async def _accept(request: web.Request, context: WebContext) -> tuple[int, str]:
    """Check, decode and queue one update; (status, reason)."""
    given = request.headers.get(SECRET_HEADER, "")
    assert context.secret is not None  # the route exists only with a secret
    if not hmac.compare_digest(given.encode(), context.secret.encode()):
        return 403, "wrong or missing secret token"
    limit = context.settings.max_body_bytes
    if request.content_length is not None and request.content_length > limit:
        return 413, f"body larger than {limit} bytes"
    try:
        body = await request.read()
    except web.HTTPRequestEntityTooLarge:
        return 413, f"body larger than {limit} bytes"
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, ValueError):
        return 400, "body is not JSON"
    if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
        return 400, "not a Telegram update"
    application = context.application
    if not application.running:
        return 503, "shutting down; Telegram will deliver again"
    try:
        update = Update.de_json(data, application.bot)
    except Exception as exc:
        log.warning("update %s could not be decoded: %s", data.get("update_id"), exc)
        return 400, "not a Telegram update"
    await application.update_queue.put(update)
    return 200, "ok"


async def readyz(request: web.Request) -> web.Response:
    context = request.app[CONTEXT]
    checks = await readiness(context.application, context.services, context.ready_timeout,
                             context.db_identity)
    failed = [name for name, result in checks.items() if result != "ok"]
    return web.json_response({"ready": not failed, "checks": checks, "failed": failed},
                             status=503 if failed else 200)


async def readiness(application: Application, services: Services,
                    timeout: float = READY_TIMEOUT,
                    identity: tuple[int, int] | None = None) -> dict[str, str]:
    """Each check's result: "ok" or why not."""
    checks: dict[str, str] = {}
    try:
        await asyncio.wait_for(
            asyncio.to_thread(probe_database, services.store, timeout, identity), timeout)
        checks["database"] = "ok"
    except TimeoutError:
        checks["database"] = f"no answer within {timeout:g}s"
    except Exception as exc:
        checks["database"] = f"{type(exc).__name__}: {exc}"
    leaves = len(services.catalogue.leaves)
    checks["catalogue"] = "ok" if leaves > 0 else "empty: run `python -m bot catalogue load`"
    checks["bot"] = "ok" if application.running else "not running"
    checks["outbox_sender"] = "ok" if sender_alive(application) else "stopped"
    return checks


def file_identity(path: Path | str) -> tuple[int, int] | None:
    try:
        stat = Path(path).stat()
    except OSError:
        return None
    return stat.st_dev, stat.st_ino


def probe_database(store: Store, timeout: float = READY_TIMEOUT,
                   identity: tuple[int, int] | None = None) -> None:
    """Raise unless the database file is there, is SQLite, is still the file the bot opened
    (not moved or restored over), is readable, and the bot's own connection answers."""
    if str(store.path) != ":memory:":
        path = Path(store.path)
        if not path.is_file():
            raise FileNotFoundError(f"{path} is missing")
        with path.open("rb") as file:
            if file.read(16) != b"SQLite format 3\x00":
                raise sqlite3.DatabaseError(f"{path} is not an SQLite database")
        if identity is not None and file_identity(path) != identity:
            raise RuntimeError(f"{path} was replaced while the bot runs; restart the bot")
        probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout)
        try:
            probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            probe.close()
    if not store.lock.acquire(timeout=timeout):
        raise TimeoutError("the bot's connection is busy")
    try:
        store.db.execute("SELECT 1").fetchone()
    finally:
        store.lock.release()


def sender_alive(application: Application) -> bool:
    """The outbox sender task (started in post_init by bot.app.Background) is running."""
    background = application.bot_data.get("background")
    task = getattr(background, "task", None)
    return task is not None and not task.done()


async def metrics_view(request: web.Request) -> web.Response:
    context = request.app[CONTEXT]
    body = await asyncio.to_thread(context.metrics.render)
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE})


# --------------------------------------------------------------------------- metrics glue


def update_type(update: object) -> str:
    """The update's kind (message, callback_query …) as a bounded label value."""
    if update is None:
        return "none"
    if isinstance(update, Update):
        for kind in Update.ALL_TYPES:
            if getattr(update, kind, None) is not None:
                return str(kind)
    return "other"


class MeteredUpdateProcessor(BaseUpdateProcessor):
    """Times every update python-telegram-bot processes (sequentially, as by default)."""

    def __init__(self, metrics: Metrics, max_concurrent_updates: int = 1) -> None:
        super().__init__(max_concurrent_updates)
        self.metrics = metrics

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        start = time.perf_counter()
        try:
            await coroutine
        finally:
            self.metrics.observe_update(update_type(update), time.perf_counter() - start)

    async def initialize(self) -> None:
        """Nothing to allocate."""

    async def shutdown(self) -> None:
        """Nothing to free."""


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
    it at the sandbox in tests; in production the token comes from the settings.
    """

    def __init__(self, settings: Settings, *, url: str | None = None, host: str | None = None,
                 port: int | None = None, token: str | None = None,
                 base_url: str | None = None, base_file_url: str | None = None,
                 rate_limit: bool = True, clock: Callable[[], datetime] | None = None) -> None:
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
        configured = settings.webhook_secret
        # no configured secret: a fresh one each start, registered below with setWebhook
        self.secret = configured.get_secret_value() if configured else secrets.token_urlsafe(32)
        self.path = webhook_path(self.url)
        self.port = 0
        self.metrics = Metrics()
        self.services: Services | None = None
        self.application: Application | None = None
        self.runner: web.AppRunner | None = None
        self.started = asyncio.Event()

    @property
    def public_url(self) -> str:
        return self.url or f"http://127.0.0.1:{self.port}{self.path}"

    async def start(self) -> int:
        """Bot first, then HTTP, then setWebhook; returns the bound port."""
        try:
            await self._start()
        except BaseException:
            await self.stop()
            raise
        self.started.set()
        return self.port

    async def _start(self) -> None:
        services = Services.build(self.settings, clock=self.clock)
        self.services = services
        application = build_application(
            services, self.token, base_url=self.base_url, base_file_url=self.base_file_url,
            rate_limit=self.rate_limit, updater=False,
            update_processor=MeteredUpdateProcessor(self.metrics))
        count_errors(application, self.metrics)
        self.metrics.watch(StateCollector(services.store,
                                          lambda: len(services.catalogue.leaves),
                                          lambda: sender_alive(application), services.now))
        self.application = application
        await application.initialize()
        if application.post_init is not None:  # run_webhook would call it; we run by hand
            await application.post_init(application)
        await application.start()

        web_app = create_web_app(application, services, self.settings, metrics=self.metrics,
                                 secret=self.secret, path=self.path)
        self.runner = web.AppRunner(web_app, shutdown_timeout=SHUTDOWN_TIMEOUT,
                                    access_log=logging.getLogger("aiohttp.access"))
        await self.runner.setup()
        site = web.TCPSite(self.runner, self.host, self.requested_port)
        await site.start()
        self.port = _bound_port(self.runner)
        await application.bot.set_webhook(self.public_url, secret_token=self.secret,
                                          allowed_updates=allowed_updates(),
                                          drop_pending_updates=False)
        log.info("webhook mode: serving %s:%d (path %s, /healthz, /readyz, /metrics)",
                 self.host, self.port, "<hidden>" if len(self.path) > 24 else self.path)

    async def stop(self) -> None:
        """Graceful, in order: HTTP, queued updates and handlers, the outbox sender,
        persistence. Safe to call twice or after a failed start."""
        runner, self.runner = self.runner, None
        if runner is not None:
            await runner.cleanup()  # stop accepting; finish the requests in hand
        application, self.application = self.application, None
        if application is None:
            return
        try:
            if application.running:
                await application.stop()  # queued updates, handlers, jobs, persistence update
                if application.post_stop is not None:  # the outbox sender, message in hand
                    await application.post_stop(application)
        finally:
            await application.shutdown()  # persistence flushed to disk
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
