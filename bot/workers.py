"""Several processes for one bot (PostgreSQL only): webhook workers behind one port, and
dispatcher candidates of which exactly one leads.

`python -m bot run --webhook URL --workers N` starts N worker processes that share the port
(SO_REUSEPORT: the kernel spreads Telegram's connections over them) and supervises them: a
worker that dies is started again after a short pause; SIGTERM/SIGINT stop them all gracefully.
Every worker is also a dispatcher candidate unless `--no-dispatch`; `python -m bot dispatch`
runs a candidate without a web server. systemd template units or compose replicas can start the
same processes instead of this supervisor (deploy/).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Sequence

from bot.app import build_application, dispatcher_of, start_application, stop_application
from bot.config import Settings
from bot.core import Core

log = logging.getLogger("zhinan.workers")
RESTART_PAUSE = 2.0  # seconds before a dead worker is started again


def worker_command(url: str, index: int, *, host: str | None, port: int | None,
                   base_url: str | None, dispatch: bool, verbose: bool) -> list[str]:
    """The command line of one worker process."""
    command = [sys.executable, "-m", "bot"] + (["-v"] if verbose else []) + [
        "run", "--webhook", url, "--worker-index", str(index)]
    if host is not None:
        command += ["--host", host]
    if port is not None:
        command += ["--port", str(port)]
    if base_url is not None:
        command += ["--base-url", base_url]
    if not dispatch:
        command.append("--no-dispatch")
    return command


async def supervise(commands: Sequence[list[str]], env: dict[str, str] | None = None) -> int:
    """Run the worker processes until SIGTERM/SIGINT; restart any that die meanwhile."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    processes: dict[int, asyncio.subprocess.Process] = {}

    async def keep(index: int) -> None:
        while not stop.is_set():
            process = await asyncio.create_subprocess_exec(*commands[index], env=env)
            processes[index] = process
            log.info("worker %d started (pid %d)", index, process.pid)
            code = await process.wait()
            if stop.is_set():
                return
            log.error("worker %d exited with %s; starting it again", index, code)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), RESTART_PAUSE)

    keepers = [asyncio.create_task(keep(index)) for index in range(len(commands))]
    await stop.wait()
    log.info("stopping %d worker(s)", len(processes))
    for process in processes.values():
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
    codes = [await process.wait() for process in processes.values()]
    await asyncio.gather(*keepers, return_exceptions=True)
    return 0 if all(code == 0 for code in codes) else 1


async def run_dispatcher(settings: Settings, *, base_url: str | None = None) -> None:
    """A dispatcher candidate with no web server: stands by until it leads, then sends."""
    assert settings.telegram_token is not None
    core = await Core.open(settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    try:
        application = build_application(core, settings.telegram_token.get_secret_value(),
                                         base_url=base_url, updater=False)
        await start_application(application)
        try:
            dispatcher = dispatcher_of(application)
            assert dispatcher is not None
            log.info("dispatcher candidate ready")
            await stop.wait()
        finally:
            await stop_application(application)
    finally:
        await core.close()
