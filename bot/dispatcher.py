"""Exactly one dispatcher at a time runs the reminder clock and the outbox sender.

On PostgreSQL, leadership is a session advisory lock held on a connection of its own: several
processes may stand by, each trying every few seconds; when the leader dies its connection
closes, the lock is free, and a standby takes over within seconds. The leader listens on that
connection for `NOTIFY zhinan_outbox` (sent in the transactions that add rows), so a broadcast
confirmed on any worker starts at once. On taking over, rows the old leader left `sending` are
recorded as unknown (never resent), as after a crash.

On SQLite there is one process (bot/lease.py makes sure); it leads at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
from datetime import timedelta
from typing import Any

from bot.core import Core
from bot.db.common import OUTBOX_CHANNEL
from bot.flows import Flows
from bot.messenger import Channel
from bot.notify import Digest, Pacing, ProgressReporter, Sender

log = logging.getLogger("zhinan.dispatcher")
LEADER_LOCK = 0x7A686E64  # "zhnd"
LEADER_LEASE = "dispatcher"  # the leader's name, readable by `python -m bot status`
STANDBY_POLL = 2.0  # seconds between a standby's attempts to lead
HEALTH_EVERY = 5.0  # seconds between the leader's checks of its lock connection


def holder_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class Dispatcher:
    """Reminders every minute (and on demand), the sender, and broadcast progress."""

    TICK = 60.0

    def __init__(self, core: Core, flows: Flows, channels: dict[str, Channel], *,
                 slots: int = 4, tick: float | None = None,
                 digests: dict[str, Digest] | None = None,
                 gaps: dict[str, float] | None = None) -> None:
        self.core = core
        self.flows = flows
        settings = core.settings
        pacing = Pacing(gaps=gaps or {})  # the bot-wide rate: the shared budget's (replies first)
        self.sender = Sender(core.storage.outbox, channels, core.now, pacing, slots=slots,
                             in_flight=settings.outbox_in_flight, digests=digests)
        self.progress = ProgressReporter(flows.broadcasts.refresh_progress)
        self.sender.on_progress = self.progress.notify
        self.sender.on_idle = self.progress.flush
        self.sender.on_blocked = self._blocked
        self.sender.on_moved = flows.desk.chat_moved
        self.sender.on_misconfigured = flows.robots.misconfigured
        self.tick_every = tick if tick is not None else self.TICK
        self.leading = asyncio.Event()
        self.settled = asyncio.Event()  # the leader's first tick is done (set while it leads)
        self.stopping = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    async def _blocked(self, user_id: int) -> None:
        await self.core.storage.users.mark_blocked(user_id, self.core.now())

    @property
    def alive(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self) -> None:
        self.core.wakers.append(self.sender.wake.set)
        self._task = asyncio.create_task(self._run(), name="dispatcher")

    async def stop(self) -> None:
        """Let the sender finish the messages in hand, then end."""
        self.stopping.set()
        self.sender.wake.set()
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self.progress.close()
        with contextlib.suppress(ValueError):
            self.core.wakers.remove(self.sender.wake.set)

    async def tick(self) -> int:
        """Follow the catalogue, enqueue the reminders due now, wake the sender."""
        await self.core.refresh()
        added = await self.flows.notices.enqueue_reminders()
        if added:
            log.info("enqueued %d reminder(s)", added)
        self.sender.wake.set()
        return added

    async def _run(self) -> None:
        try:
            if self.core.storage.db.is_sqlite:
                await self._lead()
            else:
                await self._lead_postgres()
        except Exception:
            log.exception("dispatcher stopped by an error")
            raise

    async def _lead(self, connection: Any = None) -> None:
        """Run as the leader until told to stop (or the leadership connection fails)."""
        doubtful = await self.core.storage.outbox.recover_in_flight(self.core.now())
        if doubtful:
            log.warning("%d message(s) were in flight when the last dispatcher stopped; "
                        "recorded as unknown, not resent", doubtful)
        await self._announce()
        self.leading.set()
        term = asyncio.Event()  # this term as leader ends: the sender stops after its messages
        sender = asyncio.create_task(self.sender.run(term), name="outbox-sender")
        try:
            while not self.stopping.is_set() and not sender.done():
                try:
                    await self.tick()
                except Exception:
                    log.exception("reminder tick failed")
                self.settled.set()
                if await self._wait(self.tick_every, connection):
                    break
        finally:
            self.leading.clear()
            self.settled.clear()
            term.set()
            self.sender.wake.set()
            await sender

    async def _wait(self, seconds: float, connection: Any) -> bool:
        """Sleep until the next tick; True when leadership was lost meanwhile."""
        waited = 0.0
        while waited < seconds and not self.stopping.is_set():
            step = min(HEALTH_EVERY, seconds - waited)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stopping.wait(), step)
            waited += step
            if connection is not None and not await _healthy(connection):
                log.error("lost the dispatcher lock's connection; standing down")
                return True
            await self._announce()
        return False

    async def _announce(self) -> None:
        """Record this process as the leader (renewed while it leads)."""
        with contextlib.suppress(Exception):
            await self.core.storage.process.record(
                LEADER_LEASE, holder_name(), self.core.now(),
                timedelta(seconds=max(self.tick_every, HEALTH_EVERY) * 3))

    async def _lead_postgres(self) -> None:
        """Stand by until the advisory lock is ours, then lead while its connection lives."""
        engine = self.core.storage.db.engine
        while not self.stopping.is_set():
            async with engine.connect() as conn:
                raw = await conn.get_raw_connection()
                driver = raw.driver_connection  # asyncpg: LISTEN needs its own connection
                assert driver is not None
                got = await driver.fetchval("SELECT pg_try_advisory_lock($1)", LEADER_LOCK)
                if got:
                    log.info("dispatcher %s leads", holder_name())
                    listener = lambda *_: self.sender.wake.set()  # noqa: E731
                    await driver.add_listener(OUTBOX_CHANNEL, listener)
                    try:
                        await self._lead(driver)
                    finally:
                        with contextlib.suppress(Exception):
                            await driver.remove_listener(OUTBOX_CHANNEL, listener)
                            await driver.execute("SELECT pg_advisory_unlock($1)", LEADER_LOCK)
                    if self.stopping.is_set():
                        return
                    await conn.invalidate()  # never reuse a connection we lost track of
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stopping.wait(), STANDBY_POLL)


async def _healthy(driver: Any) -> bool:
    try:
        await asyncio.wait_for(driver.fetchval("SELECT 1"), HEALTH_EVERY)
    except Exception:
        return False
    return True

