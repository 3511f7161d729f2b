"""One bot per SQLite file: a lease row renewed while the process runs.

Two bots on one SQLite file would both send the outbox and both "recover" each other's messages
in flight; the second is refused at start with the first one's name. A process killed with -9
stops renewing: on the same machine the next start sees the process is gone and takes over at
once; elsewhere the lease lapses after `TTL`. PostgreSQL runs
several workers by design (bot/dispatcher.py elects the one that sends), so it has no such
lease.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
from collections.abc import AsyncIterator
from datetime import timedelta

from bot.core import Core
from bot.dispatcher import holder_name

log = logging.getLogger("zhinan.lease")
NAME = "instance"
TTL = timedelta(seconds=30)
RENEW_EVERY = 10.0


class AlreadyRunning(RuntimeError):
    """Another bot holds this SQLite database."""


class Lease:
    def __init__(self, core: Core, holder: str | None = None) -> None:
        self.core = core
        self.holder = holder or holder_name()

    @classmethod
    @contextlib.asynccontextmanager
    async def single_instance(cls, core: Core) -> AsyncIterator[None]:
        """Hold the instance lease (SQLite) for the block; nothing on PostgreSQL."""
        if not core.storage.db.is_sqlite:
            yield
            return
        lease = cls(core)
        await lease.acquire()
        renewing = asyncio.create_task(lease._renew(), name="instance-lease")
        try:
            yield
        finally:
            renewing.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await renewing
            await core.storage.process.release(NAME, lease.holder)

    async def acquire(self) -> None:
        process, now = self.core.storage.process, self.core.now()
        if await process.acquire(NAME, self.holder, now, TTL):
            return
        other = await process.holder(NAME, now)
        if other is not None and _dead_here(other) and \
                await process.take_over(NAME, self.holder, other, now, TTL):
            log.warning("took over the instance lease of %s, which is no longer running", other)
            return
        raise AlreadyRunning(f"another bot ({other}) is running on {self.core.settings.db}; "
                             "stop it first (a bot killed on another machine lets go within "
                             f"{TTL.seconds} s)")

    async def _renew(self) -> None:
        while True:
            await asyncio.sleep(RENEW_EVERY)
            try:
                await self.acquire()
            except AlreadyRunning:
                log.error("the instance lease was taken by another process")
                raise
            except Exception:
                log.exception("could not renew the instance lease")


def _dead_here(holder: str) -> bool:
    """The holder ran on this machine and its process is gone (killed, crashed)."""
    host, _, pid = holder.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # alive, another user's
        return False
    return False
