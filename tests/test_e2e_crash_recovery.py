"""The outbox's promise across a crash, on both databases: a message Telegram accepted while the
process that sent it died before recording the answer is recorded `unknown` when the bot starts
again, and it is never sent a second time; the messages queued behind it still go out."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import aiohttp

from bot.config import Settings
from bot.db import Storage
from bot.db.outbox import NewMessage
from bot.demo import Harness
from bot.sandbox.driver import Conversation, SandboxClient, has
from bot.sandbox.state import BOT_TOKEN, SandboxState
from tests.conftest import WANG, Clock, load_into

IN_FLIGHT = "第一条：发送途中进程崩溃"
QUEUED = "第二条：排在后面，重启后发送"


async def _send_as_the_bot(harness: Harness, chat_id: int, text: str) -> None:
    """What the crashed process did last: the Bot API call that Telegram accepted."""
    url = f"{harness.sandbox.base_url}{BOT_TOKEN}/sendMessage"
    async with aiohttp.ClientSession() as session, session.post(
            url, json={"chat_id": chat_id, "text": text}) as response:
        assert (await response.json())["ok"] is True


async def _until_nothing_left(storage: Storage) -> None:
    """Until no row is pending or being sent: any resend would have happened by then."""
    async with asyncio.timeout(30):
        while {"pending", "sending"} & (await storage.outbox.counts()).keys():
            await asyncio.sleep(0.05)


async def test_a_message_in_flight_at_a_crash_is_unknown_and_never_resent(
        db_settings: Settings, clock: Clock) -> None:
    await load_into(db_settings)
    harness = Harness(db_settings, state=SandboxState(limits_enabled=False), clock=clock)
    async with harness, SandboxClient(harness.sandbox.url) as client:
        wang = Conversation(client, WANG)
        await wang.send("/start")  # Wang has started the bot: it may write to him
        await harness.stop_bot()

        # The process that crashed: it claimed the row (committed as `sending`), Telegram
        # accepted the message, and the process died before it could record the answer.
        storage = await Storage.open(db_settings.db)
        try:
            await storage.outbox.enqueue([NewMessage("broadcast", WANG, IN_FLIGHT,
                                                     user_id=WANG)], clock())
            (in_flight,) = await storage.outbox.claim(clock(), 1)
            await _send_as_the_bot(harness, WANG, IN_FLIGHT)
            await storage.outbox.enqueue([NewMessage("broadcast", WANG, QUEUED,
                                                     user_id=WANG)], clock())
        finally:
            await storage.close()

        since = await client.mark()
        await harness.start_bot()  # the restart
        await client.wait_for(WANG, has(QUEUED), since=since)
        assert harness.core is not None
        outbox = harness.core.storage.outbox
        await _until_nothing_left(harness.core.storage)

        texts = [m["text"] for m in await wang.bot_messages()]
        assert (texts.count(IN_FLIGHT), texts.count(QUEUED)) == (1, 1)
        assert [(row["state"], row["error"]) for row in await outbox.rows(id=in_flight.id)] == [
            ("unknown", "in flight during a crash")]
        assert await outbox.counts() == {"unknown": 1, "sent": 1}
        # and no later claim picks it up again, however late
        assert await outbox.claim(clock() + timedelta(days=30), 10) == []
