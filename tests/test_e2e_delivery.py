"""Deliveries whose outcome Telegram leaves in doubt: a slow answer after the send timeout.

A send Telegram answers too late may have been delivered: it is recorded `unknown`
(unconfirmed), shown as such in the broadcast's progress, and never sent again by the bot on
its own — not on the next pass of the sender, not after a restart.
"""

from __future__ import annotations

import pytest

from bot.config import Settings
from bot.db.outbox import NewMessage
from bot.demo import Harness
from bot.sandbox.driver import Conversation, SandboxClient, has
from bot.sandbox.state import SandboxState
from tests.conftest import Clock, load_into
from tests.test_e2e_broadcast import ADMIN, _add_users, _run_flow, _until_text

SLOW, QUICK = 7101, 7102


@pytest.fixture
def impatient(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """A superadmin, and a sender that waits half a second for Telegram's answer."""
    monkeypatch.setenv("ZHINAN_ADMIN_IDS", str(ADMIN))
    return settings.model_copy(update={"admin_ids": frozenset({ADMIN}), "send_timeout": 0.5})


async def _sends_to(client: SandboxClient, chat_id: int) -> list[dict]:
    calls = await client.get("/sandbox/calls", method="sendMessage")
    return [c for c in calls if int(c["params"]["chat_id"]) == chat_id]


async def test_a_send_answered_after_the_timeout_is_unconfirmed_and_never_sent_again(
        impatient: Settings, clock: Clock) -> None:
    await load_into(impatient)
    harness = Harness(impatient, state=SandboxState(limits_enabled=False), clock=clock)
    async with harness, SandboxClient(harness.sandbox.url) as client:
        assert harness.core is not None
        await _add_users(harness.sandbox, harness.core.storage, range(SLOW, QUICK + 1))
        # Telegram takes the message for SLOW, but answers 3 s later: past the 0.5 s timeout
        await client.post("/sandbox/faults", {"method": "sendMessage", "kind": "delay",
                                              "delay": 3, "chat_id": SLOW})
        admin = Conversation(client, ADMIN)
        await _run_flow(admin, "慢网络测试", "城市：南宁", "南宁：全部相关用户")
        await admin.press("✅ 确认发送（2 人）")
        progress = await _until_text(admin, "发送完成")
        assert "已发送 1/2" in progress["text"] and "未确认 1" in progress["text"]
        assert "不会自动重发" in progress["text"]
        # the late answer does come: the recipient has the message, exactly once
        await client.wait_for(SLOW, has("慢网络测试"))
        storage = harness.core.storage
        [row] = await storage.outbox.rows(chat_id=SLOW)
        assert (row["state"], row["attempts"]) == ("unknown", 1)
        assert "no answer in time" in str(row["error"])

        # the next pass of the sender leaves it alone: a later notice to the same user goes
        # out (so the sender did run past the row), the broadcast is not repeated
        await storage.outbox.enqueue([NewMessage(kind="notice", chat_id=SLOW, user_id=SLOW,
                                                 text="第二条")], harness.core.now())
        await harness.core.wake_sender()
        await client.wait_for(SLOW, has("第二条"))

        # nor after a restart (recovery touches only rows left `sending`)
        await harness.stop_bot()
        await harness.start_bot()
        await storage.outbox.enqueue([NewMessage(kind="notice", chat_id=SLOW, user_id=SLOW,
                                                 text="第三条")], harness.core.now())
        await harness.core.wake_sender()
        await client.wait_for(SLOW, has("第三条"))
        texts = [m["text"] for m in await client.messages(SLOW) if m["from"]["is_bot"]]
        assert texts == ["慢网络测试", "第二条", "第三条"]
        assert len(await _sends_to(client, SLOW)) == 3  # one call per message, no retry
        [row] = await harness.core.storage.outbox.rows(chat_id=SLOW, kind="broadcast")
        assert (row["state"], row["attempts"]) == ("unknown", 1)
        assert await harness.core.storage.outbox.counts(1) == {"sent": 1, "unknown": 1}
