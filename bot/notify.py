"""Delivering the outbox (reminders, change notices, new guidelines, broadcasts) at the channels'
limits, several messages in flight to different chats.

Every message is a row written before it is sent. The sender claims rows (pending → sending,
committed) up to `in_flight` at a time, sends each in its own task (at most `sends` requests
open at once: claiming ahead hides the database's latency, while many open connections would
cost the HTTP client more than they bring), and records the outcomes in the transaction that
claims the next rows, so after a crash or kill -9 only the rows in flight — at most `in_flight`
— are in doubt; they are recorded as `unknown` and never sent again
(`Outbox.recover_in_flight`). A send that got no answer in time is in the same doubt and treated
the same way. Nobody gets a message twice; nobody else is skipped.

Pacing: Telegram allows a bot about 30 messages a second, one a second per private chat and
twenty a minute per group. The bot-wide rate is one budget shared with the replies to users,
replies first (bot/channels/budget.py, applied to every Telegram call by the application's rate
limiter); here each chat keeps its own spacing: one message in flight per chat, the next not
before the gap after the previous one. A group robot has its platform's own limit
(bot/robots/render.py): each robot is paced with a margin under it, and the rows due for one
robot when its moment comes leave as one digest (`digests`), so a burst of notices becomes a few
messages, not a ban.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from bot.db.outbox import Outbox, OutboxItem, Result
from bot.messenger import (
    Channel,
    ChatMoved,
    Misconfigured,
    RateLimited,
    Refused,
    Transient,
    Unconfirmed,
    Unreachable,
)

log = logging.getLogger("zhinan.notify")

MAX_ATTEMPTS = 5
RETRY_ROUND = 5.0  # seconds before another delivery round after one failed
DIGEST_ROWS = 50  # rows one digest may carry at most
Digest = Callable[[list[str]], tuple[str, int]]  # rows' texts → one message's text, rows used


@dataclass
class Pacing:
    """Moments reserved ahead: each chat's own spacing, and (when `per_second` is set, i.e. no
    shared budget paces the channel) the bot-wide rate."""

    per_second: float | None = None
    private_gap: float = 1.0
    group_gap: float = 3.0  # 20 per minute
    clock: Callable[[], float] = field(default=lambda: asyncio.get_running_loop().time())
    gaps: dict[str, float] = field(default_factory=dict)  # other channels: seconds per chat
    _next_global: float = 0.0
    _next_chat: dict[tuple[str, int], float] = field(default_factory=dict)

    def reserve(self, chat_id: int, channel: str = "telegram") -> float:
        """Book the next moment this chat may receive a message; seconds to wait for it. Only
        Telegram chats share the bot-wide rate; each robot has its own platform's spacing."""
        now, key = self.clock(), (channel, chat_id)
        if channel != "telegram":
            at = max(now, self._next_chat.get(key, 0.0))
            self._next_chat[key] = at + self.gaps.get(channel, self.group_gap)
            return at - now
        at = max(now, self._next_global, self._next_chat.get(key, 0.0))
        if self.per_second:
            self._next_global = at + 1.0 / self.per_second
        self._next_chat[key] = at + (self.private_gap if chat_id > 0 else self.group_gap)
        if len(self._next_chat) > 10_000:  # forget chats whose spacing has long passed
            self._next_chat = {c: t for c, t in self._next_chat.items() if t > now}
        return at - now

    def moment(self, chat_id: int, channel: str = "telegram") -> float:
        """When this chat may next receive a message (0: any time)."""
        return self._next_chat.get((channel, chat_id), 0.0)

    def delay_chat(self, chat_id: int, seconds: float, channel: str = "telegram") -> None:
        self._next_chat[(channel, chat_id)] = self.clock() + seconds

    def sent(self, chat_id: int, channel: str = "telegram") -> None:
        """A message to this chat just went out (perhaps later than reserved, after waiting for
        the shared budget): the next one keeps the whole gap from now."""
        key = (channel, chat_id)
        gap = self.gaps.get(channel, self.group_gap) if channel != "telegram" else \
            (self.private_gap if chat_id > 0 else self.group_gap)
        self._next_chat[key] = max(self._next_chat.get(key, 0.0), self.clock() + gap)


def backoff(attempts: int) -> timedelta:
    """2, 4, 8, 16 … seconds, capped at ten minutes."""
    return timedelta(seconds=min(600, 2 ** max(1, attempts)))


class Sender:
    """Drains the outbox through the channels' messengers; one per dispatcher."""

    def __init__(self, outbox: Outbox, channels: dict[str, Channel],
                 now: Callable[[], datetime], pacing: Pacing | None = None, *,
                 slots: int = 4, in_flight: int = 32, sends: int = 16,
                 digests: dict[str, Digest] | None = None) -> None:
        self.outbox = outbox
        self.channels = channels
        self.digests = digests or {}
        self._busy: set[tuple[str, int]] = set()  # robots a digest slot is serving
        self.now = now
        self.pacing = pacing or Pacing()
        self.slots = slots  # robots served at once
        self.in_flight = in_flight  # Telegram rows claimed and not yet recorded, at most
        self._chats: dict[tuple[str, int], asyncio.Lock] = {}  # one message in flight per chat
        self._waiting: dict[tuple[str, int], int] = {}  # …and how many rows wait for it
        self._sending = asyncio.Semaphore(sends)  # requests open at once, whatever is claimed
        self.wake = asyncio.Event()
        self.on_progress: Callable[[int], object] | None = None
        self.on_idle: Callable[[], object] | None = None
        self.on_blocked: Callable[[int], Awaitable[None]] | None = None
        self.on_moved: Callable[[int, int], Awaitable[None]] | None = None
        self.on_misconfigured: Callable[[str, int, str], Awaitable[None]] | None = None
        self.alive = False

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self.channels)

    async def run(self, stop: asyncio.Event) -> None:
        """Deliver until `stop` is set; sleep until woken or the next row is due."""
        self.alive = True
        try:
            while not stop.is_set():
                try:
                    if await self.drain_once(stop):
                        continue
                    self.wake.clear()
                    if stop.is_set():  # told to stop while draining: the wake-up just cleared
                        break
                    timeout = await self._sleep()
                except Exception:  # the database failed (readyz says so): try again, not die
                    log.exception("outbox sender: delivery round failed; retrying")
                    timeout = RETRY_ROUND
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.wake.wait(), timeout=timeout)
        finally:
            self.alive = False

    async def _sleep(self) -> float:
        due = await self.outbox.next_due(self.names)
        if due is None:
            return 30.0
        return max(0.05, min(30.0, (due - self.now()).total_seconds()))

    async def drain_once(self, stop: asyncio.Event | None = None) -> int:
        """Send every row due now, up to `in_flight` at a time (and `slots` robots at once);
        returns how many rows were handled."""
        plain = [self._flight(stop)] if self.plain else []
        due = await self.outbox.due_chats(self.now(), tuple(self.digests)) if self.digests \
            else []
        robots = [self._digest_slot(stop) for _ in range(min(self.slots, len(due)))]
        counts = await asyncio.gather(*plain, *robots)
        handled = sum(counts)
        if handled and self.on_idle is not None:
            self.on_idle()
        return handled

    @property
    def plain(self) -> tuple[str, ...]:
        """Channels whose rows go one by one (Telegram)."""
        return tuple(name for name in self.channels if name not in self.digests)

    async def _flight(self, stop: asyncio.Event | None) -> int:
        """Keep up to `in_flight` rows in flight, each sent by its own task; whatever finished
        meanwhile is recorded in the transaction that claims the next rows. Ends when nothing
        more is due and every send in hand is recorded (or, told to stop, claims no more)."""
        running: set[asyncio.Task[tuple[OutboxItem, Result]]] = set()
        finished: list[tuple[OutboxItem, Result]] = []
        handled, exhausted = 0, False
        # refill a quarter of the slots at a time, not one per send: each claim sorts the
        # queue, and at 300 messages a second one claim per message was most of the DB's work
        # (the rows `sending` still never exceed `in_flight`)
        batch = max(1, self.in_flight // 4)
        while True:
            stopping = stop is not None and stop.is_set()
            room = 0 if exhausted or stopping else self.in_flight - len(running)
            items: list[OutboxItem] = []
            # (with nothing more to claim, each outcome is recorded as it comes)
            if (finished or room > 0) and (room >= batch or not running or exhausted
                                           or stopping):
                items = await self.outbox.finish_many_and_claim(
                    [(item.id, result) for item, result in finished], self.now(), room,
                    self.plain)
                self._progress([item for item, _ in finished])
                handled += len(finished)
                finished = []
                exhausted = exhausted or len(items) < room
            for item in items:
                running.add(asyncio.create_task(self._send_one(item), name="outbox-send"))
            if not running:
                return handled
            done, running = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
            finished += [task.result() for task in done]

    async def _send_one(self, item: OutboxItem) -> tuple[OutboxItem, Result]:
        """One row, after the previous message to its chat and the chat's gap."""
        key = (item.channel, item.chat_id)
        lock = self._chats.setdefault(key, asyncio.Lock())
        self._waiting[key] = self._waiting.get(key, 0) + 1
        try:
            async with lock:
                await self._wait(item)
                async with self._sending:
                    result = await self.deliver(item, paced=True)
                self.pacing.sent(item.chat_id, item.channel)
        finally:
            self._waiting[key] -= 1
            if not self._waiting[key]:
                del self._waiting[key], self._chats[key]
        return item, result

    async def _digest_slot(self, stop: asyncio.Event | None) -> int:
        """Serve robots one at a time: the one whose paced moment comes first, with every row
        due for it when that moment comes. No two slots serve the same robot."""
        handled = 0
        while not (stop is not None and stop.is_set()):
            due = [chat for chat in await self.outbox.due_chats(self.now(), tuple(self.digests))
                   if chat not in self._busy]
            if not due:
                break
            now = self.pacing.clock()
            channel, chat_id = min(due, key=lambda c: max(now, self.pacing.moment(c[1], c[0])))
            self._busy.add((channel, chat_id))
            try:
                handled += await self._deliver_digest(channel, chat_id)
            finally:
                self._busy.discard((channel, chat_id))
        return handled

    async def _deliver_digest(self, channel: str, chat_id: int) -> int:
        """At the robot's moment, every row due for it packed into one message (rows without
        room go back to be next), one outcome recorded for all it carried."""
        wait = self.pacing.reserve(chat_id, channel)
        if wait > 0:
            await asyncio.sleep(wait)
        batch = await self.outbox.claim_chat(channel, chat_id, self.now(), DIGEST_ROWS)
        if not batch:
            return 0
        try:
            text, used = self.digests[channel]([row.text for row in batch])
        except Exception:  # a row that cannot be read must not block the others
            log.exception("outbox row %s: digest failed", batch[0].id)
            text, used = batch[0].text, 1
        await self.outbox.release([row.id for row in batch[used:]])
        carried = batch[:used]
        result = await self.deliver(replace(carried[0], text=text), paced=True)
        await self.outbox.finish([row.id for row in carried], result)
        self._progress(carried)
        return used

    def _progress(self, rows: list[OutboxItem]) -> None:
        if self.on_progress is not None:
            for broadcast_id in {row.broadcast_id for row in rows} - {None}:
                self.on_progress(broadcast_id)  # type: ignore[arg-type]

    async def _wait(self, item: OutboxItem) -> None:
        wait = self.pacing.reserve(item.chat_id, item.channel)
        if wait > 0:
            await asyncio.sleep(wait)

    async def deliver(self, item: OutboxItem, *, paced: bool = False) -> Result:
        """One send and the outcome to record; nothing a channel answers escapes."""
        if not paced:
            await self._wait(item)
        messenger = self.channels[item.channel]
        try:
            if item.document:
                sent = await messenger.send_document(item.chat_id, item.document,
                                                     caption=item.text or None, html=item.html)
            else:
                sent = await messenger.send(item.chat_id, item.text, html=item.html)
        except RateLimited as exc:
            self.pacing.delay_chat(item.chat_id, exc.retry_after, item.channel)
            result = self._retry(item, exc.retry_after, str(exc), count=False)
        except Unreachable as exc:
            if item.user_id is not None and item.user_id == item.chat_id \
                    and self.on_blocked is not None:
                await self.on_blocked(item.user_id)
            result = Result("blocked", self.now(), error=str(exc))
        except Misconfigured as exc:
            if self.on_misconfigured is not None:
                await self.on_misconfigured(item.channel, item.chat_id, str(exc))
            result = Result("failed", self.now(), error=str(exc))
        except ChatMoved as exc:
            if self.on_moved is not None:
                await self.on_moved(item.chat_id, exc.new_chat_id)
            result = self._retry(item, 0, str(exc), count=False)
        except Refused as exc:
            result = Result("failed", self.now(), error=str(exc))
        except Unconfirmed as exc:
            result = Result("unknown", self.now(), error=str(exc))
        except Transient as exc:
            result = self._retry(item, backoff(item.attempts).total_seconds(), str(exc))
        except Exception as exc:  # a bug must not stop every other delivery
            log.exception("outbox row %s: unexpected error", item.id)
            result = Result("unknown", self.now(), error=f"{type(exc).__name__}: {exc}")
        else:
            result = Result("sent", self.now(), message_id=sent.message_id)
        return result

    def _retry(self, item: OutboxItem, seconds: float, error: str, *,
               count: bool = True) -> Result:
        if count and item.attempts >= MAX_ATTEMPTS:
            return Result("failed", self.now(), error=error)
        return Result("retry", self.now() + timedelta(seconds=seconds), error=error,
                      counted=count)


class ProgressReporter:
    """Keeps each broadcast's progress message current: at most one edit every `every` seconds
    per broadcast, and always a final one when the queue runs dry."""

    def __init__(self, refresh: Callable[[int], Awaitable[None]], every: float = 2.0) -> None:
        self.refresh = refresh
        self.every = every
        self._last: dict[int, float] = {}
        self._seen: set[int] = set()
        self._tasks: set[asyncio.Task[None]] = set()

    def notify(self, broadcast_id: int) -> None:
        """Called after each delivery: cheap, throttled, never awaited."""
        loop = asyncio.get_running_loop()
        self._seen.add(broadcast_id)
        if loop.time() - self._last.get(broadcast_id, 0.0) >= self.every:
            self._schedule(broadcast_id)

    def flush(self) -> None:
        """The queue ran dry: bring every broadcast seen since the last flush up to date."""
        for broadcast_id in list(self._seen):
            self._schedule(broadcast_id)
        self._seen.clear()

    def _schedule(self, broadcast_id: int) -> None:
        loop = asyncio.get_running_loop()
        self._last[broadcast_id] = loop.time()
        task = loop.create_task(self._run(broadcast_id))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run(self, broadcast_id: int) -> None:
        try:
            await self.refresh(broadcast_id)
        except Exception:
            log.exception("progress of broadcast %s", broadcast_id)

    async def close(self) -> None:
        """Wait for edits in hand (a stopping process leaves no task behind)."""
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
