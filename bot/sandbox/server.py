"""The sandbox server: one aiohttp app serving the Bot API, the control API and the web chat.

``Sandbox`` runs it in the current event loop on 127.0.0.1 (port 0 picks a free port), which
is what tests and ``python -m bot demo`` need.
"""

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import aiohttp
from aiohttp import web

from bot.sandbox import api, control, robots
from bot.sandbox.state import STATE_KEY, SandboxState
from bot.sandbox.webhook import WebhookSender

logger = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).parent / "static"
SHUTDOWN_TIMEOUT = 1.0  # seconds; long polls are released on stop, so this is only a backstop


async def _index(request: web.Request) -> web.FileResponse:
    return web.FileResponse(STATIC_DIR / "index.html")


def _webhook_context(
    state: SandboxState,
) -> Callable[[web.Application], AsyncIterator[None]]:
    """Run the webhook sender for the app's lifetime, with its own HTTP client session."""

    async def context(app: web.Application) -> AsyncIterator[None]:
        async with aiohttp.ClientSession() as session:
            task = asyncio.create_task(WebhookSender(state, session).run())
            yield
            state.close()
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    return context


def create_app(state: SandboxState | None = None) -> web.Application:
    """The sandbox application, with a fresh default world unless a state is given."""
    state = state or SandboxState()
    app = web.Application(middlewares=[control.control_errors], client_max_size=60 * 1024 * 1024)
    app[STATE_KEY] = state
    api.add_routes(app)
    app.router.add_routes(control.routes)
    robots.add_routes(app, state.robots)
    app.router.add_get("/", _index)
    app.router.add_static("/static/", STATIC_DIR)
    app.cleanup_ctx.append(_webhook_context(state))
    return app


class Sandbox:
    """A running sandbox: ``await start()``, use ``base_url`` / ``url``, ``await stop()``."""

    def __init__(self, state: SandboxState | None = None, *, limits_enabled: bool = True) -> None:
        self.state = state or SandboxState(limits_enabled=limits_enabled)
        self._runner: web.AppRunner | None = None
        self.host = "127.0.0.1"
        self.port = 0

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> int:
        """Serve on ``host``:``port`` (0 = any free port) and return the bound port."""
        runner = web.AppRunner(create_app(self.state), shutdown_timeout=SHUTDOWN_TIMEOUT)
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        await site.start()
        self._runner = runner
        self.host = host
        self.port = _bound_port(runner)
        logger.info("sandbox listening on %s", self.url)
        return self.port

    async def stop(self) -> None:
        """Release long polls, then shut the server down."""
        self.state.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> "Sandbox":
        await self.start(self.host, self.port)
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def url(self) -> str:
        """Where the web chat and the control API are, e.g. http://127.0.0.1:8080."""
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """For ApplicationBuilder().base_url(...) and telegram.Bot(base_url=...)."""
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        """For ApplicationBuilder().base_file_url(...) so downloads come from the sandbox."""
        return f"{self.url}/file/bot"


def _bound_port(runner: web.AppRunner) -> int:
    """The port actually bound, which differs from the requested one when that was 0."""
    for address in runner.addresses:
        if isinstance(address, tuple):
            return int(address[1])
    raise RuntimeError("the sandbox is not listening on a TCP port")
