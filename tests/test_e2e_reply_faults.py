"""Telegram failing the bot's *replies* (not the outbox): a user who blocked the bot between
their message and the answer (403), flood control (429), server errors (5xx) and answers that
come too late. Each failure is logged once, without a traceback; nobody is told "something
went wrong" about a reply that may well have arrived; the user's state is as it was."""

from __future__ import annotations

import logging

import pytest

from bot.demo import Harness
from bot.sandbox.driver import Conversation, SandboxClient, has
from tests.conftest import WANG

INTERNAL = "抱歉，出了点问题，请稍后再试。"


def reported(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    """What the bot logged about failed updates and replies (the sandbox's own log aside)."""
    ours = ("zhinan", "handlers", "telegram")
    return [r for r in caplog.records if r.name.startswith(ours) and (
        r.levelno >= logging.WARNING or "not delivered" in r.getMessage())]


async def fault(client: SandboxClient, method: str, kind: str, **extra: object) -> None:
    await client.post("/sandbox/faults", {"method": method, "kind": kind, "chat_id": WANG,
                                          **extra})


async def texts(wang: Conversation) -> list[str]:
    return [m.get("text", "") for m in await wang.bot_messages()]


async def _profile_started(wang: Conversation) -> None:
    await wang.send("/profile")
    await wang.press("企业")


async def test_a_user_who_blocked_the_bot_mid_conversation(
        harness: Harness, client: SandboxClient, wang: Conversation,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    assert harness.core is not None
    users = harness.core.storage.users
    await _profile_started(wang)
    before = await texts(wang)
    caplog.clear()
    await fault(client, "*", "403")  # he blocked us before the answer came
    await wang.press("百色")
    [record] = reported(caplog)
    assert record.levelno == logging.INFO and record.exc_info is None
    assert await texts(wang) == before  # no "something went wrong" to someone who left
    user = await users.get(WANG)
    assert user is not None and not user.reachable  # no reminders or broadcasts for him
    assert user.lang == "zh_CN" and user.profile is None  # nothing else changed
    step = await harness.core.storage.dialogs.get(WANG, WANG, harness.core.now())
    assert step is not None and step.data["draft"] == {"applicant_kind": "enterprise",
                                                       "city": "百色"}  # his answers kept
    # he comes back: writing to the bot reopens it, and the bot answers again
    await wang.send("/start")
    user = await users.get(WANG)
    assert user is not None and user.reachable
    await wang.send("/profile")
    await wang.press("企业")
    await wang.press("百色")
    assert "资质" in (await wang.last())["text"]


async def test_flood_control_on_a_reply_is_waited_out_or_logged_once(
        client: SandboxClient, wang: Conversation, harness: Harness,
        caplog: pytest.LogCaptureFixture) -> None:
    await fault(client, "sendMessage", "429", retry_after=1)
    await wang.send("/help")  # one 429: python-telegram-bot waits a second and sends again
    assert "/find" in (await wang.last())["text"]
    caplog.clear()
    await fault(client, "sendMessage", "429", retry_after=1, count=4)  # beyond its retries
    before = await texts(wang)
    await wang.send("/help")
    [record] = reported(caplog)
    assert record.levelno == logging.WARNING and record.exc_info is None
    assert await texts(wang) == before  # not asked to "try later" by a flooded bot
    assert harness.core is not None
    user = await harness.core.storage.users.get(WANG)
    assert user is not None and user.reachable
    await wang.send("/help")
    assert "/find" in (await wang.last())["text"]


async def test_a_server_error_on_a_reply_is_logged_once_and_the_user_told(
        client: SandboxClient, wang: Conversation, harness: Harness,
        caplog: pytest.LogCaptureFixture) -> None:
    await wang.send("/start")
    caplog.clear()
    await fault(client, "sendMessage", "500")  # nothing was delivered: say so
    await wang.send("锂电池 南宁")
    [record] = reported(caplog)
    assert record.levelno == logging.WARNING and record.exc_info is None
    assert (await texts(wang))[-1] == INTERNAL
    assert harness.core is not None
    user = await harness.core.storage.users.get(WANG)
    assert user is not None and user.reachable
    await wang.send("锂电池 南宁")
    assert "电池新材料" in (await wang.last())["text"]


async def test_a_reply_answered_too_late_is_not_followed_by_an_error(
        client: SandboxClient, wang: Conversation, caplog: pytest.LogCaptureFixture) -> None:
    """No answer within python-telegram-bot's 5 s: the reply may have arrived (here it does),
    so the user is not also told that something went wrong."""
    await fault(client, "sendMessage", "delay", delay=6)
    await wang.send("/help")
    [record] = reported(caplog)
    assert record.levelno == logging.WARNING and record.exc_info is None
    await client.wait_for(WANG, has("/find"), wait=20)
    assert INTERNAL not in await texts(wang)
    assert len(await texts(wang)) == 1
