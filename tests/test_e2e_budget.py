"""The shared sending budget: replies before the outbox, each chat's own limit kept, driven
through the sandbox with Telegram's flood limits on."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from bot.channels.budget import BULK, REPLY, Budget
from bot.config import Settings
from bot.db import Storage
from bot.db.outbox import NewMessage
from bot.demo import Harness
from bot.sandbox import Sandbox
from bot.sandbox.driver import Conversation, SandboxClient
from bot.sandbox.models import User
from bot.sandbox.state import SandboxState
from tests.conftest import FIXED_NOW, WANG, Clock, load_into

GROUP = -100_4242


async def _add_users(sandbox: Sandbox, storage: Storage, ids: range) -> None:
    for uid in ids:
        sandbox.state.world.add_user(User(uid, f"用户{uid}", language_code="zh-hans"),
                                     started=True)
        await storage.users.touch(uid, f"用户{uid}", None, FIXED_NOW, private=True)


async def _until(done: Callable[[], Awaitable[bool]], timeout: float = 60.0) -> None:
    async with asyncio.timeout(timeout):
        while not await done():
            await asyncio.sleep(0.05)


async def test_a_reply_is_served_before_outbox_messages_already_waiting() -> None:
    budget = Budget(rate=50.0, burst=1)
    order: list[str] = []

    async def take(name: str, priority: int) -> None:
        await budget.acquire(priority)
        order.append(name)

    await budget.acquire(BULK)  # the only token: whoever comes next waits
    waiting = [asyncio.create_task(take(f"bulk{i}", BULK)) for i in range(4)]
    await asyncio.sleep(0)  # the outbox's messages are queued first
    reply = asyncio.create_task(take("reply", REPLY))
    await asyncio.gather(*waiting, reply)
    assert order == ["reply", "bulk0", "bulk1", "bulk2", "bulk3"]


async def test_a_user_writing_during_a_broadcast_is_answered_before_it_goes_on(
        settings: Settings, clock: Clock) -> None:
    """At 2 messages a second the broadcast's next sends all wait on the budget; Wang's answer
    overtakes them instead of queueing behind the 16 already waiting."""
    settings = settings.model_copy(update={"rate_limit_per_second": 2.0})
    await load_into(settings)
    harness = Harness(settings, state=SandboxState(limits_enabled=True), clock=clock)
    async with harness, SandboxClient(harness.sandbox.url) as client:
        assert harness.core is not None
        storage = harness.core.storage
        ids = range(230_000, 230_040)
        await _add_users(harness.sandbox, storage, ids)
        await storage.broadcasts.create(1, {"kind": "all"}, None, "预算测试", list(ids),
                                        FIXED_NOW)
        await harness.core.wake_sender()

        async def started() -> bool:
            return (await storage.outbox.counts(1)).get("sent", 0) >= 2

        await _until(started)
        since = len(harness.sandbox.state.calls)
        await Conversation(client, WANG).send("/help")
        calls = [c for c in harness.sandbox.state.calls.query("sendMessage")
                 if c["seq"] > since and c["ok"]]
        answer = next(c for c in calls if int(c["params"]["chat_id"]) == WANG)
        overtaken = [c for c in calls if c["seq"] < answer["seq"]]
        assert len(overtaken) < 16  # FIFO would have sent every waiting broadcast message first
        counts = await storage.outbox.counts(1)  # and the broadcast goes on
        assert counts.get("pending", 0) + counts.get("sending", 0) > 0, counts


async def test_the_outbox_keeps_each_chats_own_limit(settings: Settings, clock: Clock) -> None:
    """Several notices for one private chat and one group, due at once: sent in order, spaced
    by the chat's own limit (Telegram would answer 429 otherwise), never two at once."""
    await load_into(settings)
    harness = Harness(settings, state=SandboxState(limits_enabled=True), clock=clock)
    async with harness, SandboxClient(harness.sandbox.url) as client:
        assert harness.core is not None
        storage = harness.core.storage
        user = 240_001
        await _add_users(harness.sandbox, storage, range(user, user + 1))
        await client.post("/sandbox/chats", {"id": GROUP, "title": "企业群", "type": "supergroup",
                                             "members": [user], "admins": [user]})
        notices = [NewMessage(kind="notice", chat_id=user, user_id=user, text=f"通知{i}")
                   for i in range(6)]
        notices += [NewMessage(kind="notice", chat_id=GROUP, text=f"群通知{i}") for i in range(3)]
        await storage.outbox.enqueue(notices, FIXED_NOW)
        await harness.core.wake_sender()

        async def sent() -> bool:
            return (await storage.outbox.counts()).get("sent", 0) >= len(notices)

        await _until(sent)
        calls = [c for c in harness.sandbox.state.calls.query("sendMessage")
                 if int(c["params"]["chat_id"]) in (user, GROUP)]
        assert [c["status"] for c in calls] == [200] * len(notices)  # no 429, no retry
        texts = [c["params"]["text"] for c in calls]
        assert [t for t in texts if t.startswith("通知")] == [f"通知{i}" for i in range(6)]
        assert [t for t in texts if t.startswith("群")] == [f"群通知{i}" for i in range(3)]

