"""Deliveries whose outcome Telegram leaves in doubt: a slow answer after the send timeout.

A send Telegram answers too late may have been delivered: it is recorded `unknown`
(unconfirmed), shown as such in the broadcast's progress, and never sent again by the bot on
its own — not on the next pass of the sender, not after a restart.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from bot.config import Settings
from bot.db import Storage
from bot.db.outbox import NewMessage
from bot.demo import Harness
from bot.sandbox import Sandbox
from bot.sandbox.driver import Conversation, SandboxClient, has
from bot.sandbox.models import User
from bot.sandbox.state import BOT_TOKEN, SandboxState
from tests.conftest import FIXED_NOW, Clock, load_into
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
        storage = harness.core.storage  # the restarted bot's
        await storage.outbox.enqueue([NewMessage(kind="notice", chat_id=SLOW, user_id=SLOW,
                                                 text="第三条")], harness.core.now())
        await harness.core.wake_sender()
        await client.wait_for(SLOW, has("第三条"))
        texts = [m["text"] for m in await client.messages(SLOW) if m["from"]["is_bot"]]
        assert texts == ["慢网络测试", "第二条", "第三条"]
        assert len(await _sends_to(client, SLOW)) == 3  # one call per message, no retry
        [row] = await storage.outbox.rows(chat_id=SLOW, kind="broadcast")
        assert (row["state"], row["attempts"]) == ("unknown", 1)
        assert await storage.outbox.counts(1) == {"sent": 1, "unknown": 1}

        # /broadcasts says so too; resending is the admin's explicit, warned choice, and it
        # goes to the unconfirmed recipient only
        await admin.send("/broadcasts")
        assert "已发送 1/2，未确认 1" in (await admin.last())["text"]
        await admin.press("↻ 重发给 1 位未确认的用户")
        warning = await admin.last()
        assert warning["text"].startswith("有 1 位用户的消息发送结果未知") and "再收到一次" in \
            warning["text"]
        assert len(await _sends_to(client, SLOW)) == 3  # the warning alone sends nothing
        since = await client.mark()
        confirmed = await admin.press("⚠️ 确认重发（1 人，可能有人收到两次）")
        assert confirmed["answer"]["text"] == "已重新排队 1 条。"
        await client.wait_for(SLOW, has("慢网络测试"), since=since)
        texts = [m["text"] for m in await client.messages(SLOW) if m["from"]["is_bot"]]
        assert texts == ["慢网络测试", "第二条", "第三条", "慢网络测试"]
        assert [m["text"] for m in await client.messages(QUICK) if m["from"]["is_bot"]] == [
            "慢网络测试"]
        await _until_text(admin, "已发送 2/2，失败 0，已屏蔽 0，未确认 0")
        assert await storage.outbox.counts(1) == {"sent": 2}


async def test_one_slow_send_does_not_hold_up_the_others(
        settings: Settings, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    """Telegram takes 6 s to answer one send (within the 30 s send timeout): the other 39
    recipients get the broadcast meanwhile, and the slow one is recorded sent, once."""
    monkeypatch.setenv("ZHINAN_ADMIN_IDS", str(ADMIN))
    patient = settings.model_copy(update={"admin_ids": frozenset({ADMIN}),
                                          "rate_limit_per_second": 120.0})
    await load_into(patient)
    harness = Harness(patient, state=SandboxState(limits_enabled=False), clock=clock)
    recipients = range(7200, 7240)
    slow, others = recipients[0], recipients[1:]
    async with harness, SandboxClient(harness.sandbox.url) as client:
        assert harness.core is not None
        storage = harness.core.storage
        await _add_users(harness.sandbox, storage, recipients)
        await client.post("/sandbox/faults", {"method": "sendMessage", "kind": "delay",
                                              "delay": 6, "chat_id": slow})
        admin = Conversation(client, ADMIN)
        await _run_flow(admin, "慢一个", "城市：南宁", "南宁：全部相关用户")
        await admin.press("✅ 确认发送（40 人）")
        # the slow recipient's row is claimed first (lowest id); while its send waits for
        # Telegram, everyone else gets the broadcast
        for uid in others:
            await client.wait_for(uid, has("慢一个"))
        [row] = await storage.outbox.rows(chat_id=slow)
        assert row["state"] == "sending"  # still waiting for that one answer
        assert not [m for m in await client.messages(slow) if m["from"]["is_bot"]]
        await client.wait_for(slow, has("慢一个"))
        final = await _until_text(admin, "发送完成")
        assert "已发送 40/40，失败 0，已屏蔽 0，未确认 0" in final["text"]
        [row] = await storage.outbox.rows(chat_id=slow)
        assert (row["state"], row["attempts"]) == ("sent", 1)
        assert len(await _sends_to(client, slow)) == 1


# --------------------------------------------------------------------------- at scale

RECIPIENTS = range(300_000, 303_000)
THROTTLED = (300_100, 300_900, 301_700, 302_500)  # one 429 each: python-telegram-bot waits
RATE_LIMITED = (300_200, 301_200)  # four 429s: the sender is told to retry after 1 s
FLAKY = tuple(range(300_050, 302_000, 150))  # one or two 5xx: retried with backoff
BROKEN = (300_075, 300_175)  # five 5xx: given up, recorded failed with the error
SLOWPOKES = tuple(range(300_010, 303_000, 500))  # answered after the send timeout
BLOCKED = (300_333, 302_222)  # 403: the user blocked the bot


async def _inject(client: SandboxClient) -> None:
    faults: list[dict[str, object]] = []
    faults += [{"kind": "429", "retry_after": 1, "chat_id": c} for c in THROTTLED]
    faults += [{"kind": "429", "retry_after": 1, "count": 4, "chat_id": c} for c in RATE_LIMITED]
    faults += [{"kind": "500", "count": 1 + i % 2, "chat_id": c} for i, c in enumerate(FLAKY)]
    faults += [{"kind": "500", "count": 5, "chat_id": c} for c in BROKEN]
    faults += [{"kind": "delay", "delay": 4, "chat_id": c} for c in SLOWPOKES]
    faults += [{"kind": "403", "count": 10, "chat_id": c} for c in BLOCKED]
    for fault in faults:
        await client.post("/sandbox/faults", {"method": "sendMessage", **fault})


async def test_three_thousand_recipients_through_faults_and_two_kill_9s(
        settings: Settings, tmp_path: Path) -> None:
    """429s, 5xx, answers after the timeout, 403s, and the bot killed -9 twice mid-broadcast:
    nobody gets the broadcast twice; everyone has it once or their row says why not."""
    await load_into(settings)
    sandbox = Sandbox(SandboxState(limits_enabled=False))
    await sandbox.start()
    world = sandbox.state.world
    for uid in RECIPIENTS:
        world.add_user(User(uid, f"企业{uid}", language_code="zh-hans"), started=True)
    world.started.add(ADMIN)
    storage = await Storage.open(settings.db)
    text = "规模测试：2025年度申报通知"
    broadcast = await storage.broadcasts.create(ADMIN, {"kind": "city", "city": "南宁"}, "南宁",
                                                text, list(RECIPIENTS), FIXED_NOW)
    env = {**os.environ, "ZHINAN_TELEGRAM_TOKEN": BOT_TOKEN, "ZHINAN_SEND_TIMEOUT": "2.5",
           "ZHINAN_OUTBOX_IN_FLIGHT": "4", "ZHINAN_RATE_LIMIT_PER_SECOND": "1000"}
    log = (tmp_path / "bot.log").open("ab")

    def spawn() -> subprocess.Popen[bytes]:
        return subprocess.Popen([sys.executable, "-m", "bot", "run", "--base-url",
                                 sandbox.base_url], env=env, stdout=subprocess.DEVNULL,
                                stderr=log)

    async def settled(at_least: int) -> dict[str, int]:
        """Wait until this many rows have an outcome (sent, unknown, failed, blocked)."""
        async with asyncio.timeout(120):
            while True:
                counts = await storage.outbox.counts(broadcast)
                if sum(n for state, n in counts.items()
                       if state not in ("pending", "sending")) >= at_least:
                    return counts
                await asyncio.sleep(0.2)

    try:
        async with SandboxClient(sandbox.url) as client:
            await _inject(client)
            progress = await client.post(f"/bot{BOT_TOKEN}/sendMessage",
                                         {"chat_id": ADMIN, "text": "📣 广播"})
            await storage.broadcasts.set_progress_message(broadcast, ADMIN,
                                                          progress["result"]["message_id"])
            for kill_after in (800, 1800):
                bot = spawn()
                try:
                    await settled(kill_after)
                finally:
                    bot.send_signal(signal.SIGKILL)
                    bot.wait()
            bot = spawn()
            try:
                await settled(len(RECIPIENTS))
                final = await client.wait_for(ADMIN, has("发送完成"), wait=60)
            finally:
                bot.send_signal(signal.SIGTERM)
                assert bot.wait(timeout=30) == 0
        rows = {row["chat_id"]: row
                for row in await storage.outbox.rows(broadcast_id=broadcast)}
    finally:
        log.close()
        await storage.close()
        await sandbox.stop()

    received = {uid: [m for m in world.chat_messages(uid) if m.text == text]
                for uid in RECIPIENTS}
    assert max(len(found) for found in received.values()) == 1  # nobody got it twice
    for uid in RECIPIENTS:
        row = rows[uid]
        if row["state"] == "sent":
            assert [m.message_id for m in received[uid]] == [row["message_id"]], row
        else:
            assert row["state"] in ("unknown", "failed", "blocked") and row["error"], row
    states = Counter(row["state"] for row in rows.values())
    assert set(states) <= {"sent", "unknown", "failed", "blocked"}
    crash = [uid for uid, row in rows.items() if row["error"] == "in flight during a crash"]
    assert len(crash) <= 2 * 4  # at most the K = 4 messages in flight at each kill
    # a row is unconfirmed when its send was in flight at a kill or answered too late —
    # then the message did arrive: Telegram (the sandbox) took it and answered late
    late = [uid for uid, row in rows.items() if "no answer in time" in str(row["error"])]
    assert sorted(late + crash) == sorted(uid for uid in rows if rows[uid]["state"] == "unknown")
    assert set(late) <= set(SLOWPOKES) and set(SLOWPOKES) <= set(late + crash)
    assert all(len(received[uid]) == 1 for uid in late)
    failed = {uid for uid, row in rows.items() if row["state"] == "failed"}
    blocked = {uid for uid, row in rows.items() if row["state"] == "blocked"}
    assert failed <= set(BROKEN) and set(BROKEN) <= failed | set(crash)  # five 5xx: given up
    assert blocked <= set(BLOCKED) and set(BLOCKED) <= blocked | set(crash)
    assert all(received[uid] == [] for uid in failed | blocked)
    # the progress message adds up to the same counts
    assert (f"已发送 {states['sent']}/3000，失败 {states['failed']}，已屏蔽 "
            f"{states['blocked']}，未确认 {states['unknown']}，剩余 0") in final["text"]
    with (tmp_path / "bot.log").open() as written:  # the killed bots' leases were taken over
        assert written.read().count("took over the instance lease") == 2


# --------------------------------------------------------------------------- SIGTERM


async def test_sigterm_with_a_progress_edit_in_flight_stops_cleanly(
        settings: Settings, tmp_path: Path) -> None:
    """The progress message's edit is slow (3 s) when SIGTERM comes: the bot finishes the
    messages in flight and that edit, brings the progress up to date, and exits 0 — no task
    left pending, nothing unknown, the rest of the broadcast still pending for the restart."""
    await load_into(settings)
    sandbox = Sandbox(SandboxState(limits_enabled=False, local_webhooks=True))
    await sandbox.start()
    recipients = range(310_000, 310_300)
    for uid in recipients:
        sandbox.state.world.add_user(User(uid, f"企业{uid}"), started=True)
    sandbox.state.world.started.add(ADMIN)
    storage = await Storage.open(settings.db)
    broadcast = await storage.broadcasts.create(ADMIN, {"kind": "all"}, None, "停机测试",
                                                list(recipients), FIXED_NOW)
    port = _free_port()
    env = {**os.environ, "ZHINAN_TELEGRAM_TOKEN": BOT_TOKEN, "ZHINAN_RATE_LIMIT_PER_SECOND": "20",
           "ZHINAN_WEB_PORT": str(port)}
    try:
        async with SandboxClient(sandbox.url) as client:
            progress = await client.post(f"/bot{BOT_TOKEN}/sendMessage",
                                         {"chat_id": ADMIN, "text": "📣 广播"})
            await storage.broadcasts.set_progress_message(broadcast, ADMIN,
                                                          progress["result"]["message_id"])
            await client.post("/sandbox/faults", {"method": "editMessageText", "kind": "delay",
                                                  "delay": 3, "count": 1000})
            bot = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", "--base-url", sandbox.base_url,
                "--webhook", f"http://127.0.0.1:{port}/telegram", env=env,
                stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
            try:
                async with asyncio.timeout(60):  # an edit of the progress is under way
                    while (await client.get("/sandbox/faults"))[0]["count"] == 1000:
                        await asyncio.sleep(0.05)
            finally:
                bot.send_signal(signal.SIGTERM)
                _, err = await asyncio.wait_for(bot.communicate(), 60)
            log = err.decode()
            assert bot.returncode == 0, log[-3000:]
            assert "Task was destroyed" not in log and "Traceback" not in log, log[-3000:]
            counts = await storage.outbox.counts(broadcast)
            assert set(counts) == {"sent", "pending"}, counts  # nothing in doubt
            shown = [m for m in await client.messages(ADMIN) if m["from"]["is_bot"]][-1]
            assert (f"已发送 {counts['sent']}/300，失败 0，已屏蔽 0，未确认 0，"
                    f"剩余 {counts['pending']}") in shown["text"]
    finally:
        await storage.close()
        await sandbox.stop()


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# --------------------------------------------------------------------------- restore

async def test_a_restored_backup_does_not_send_a_broadcast_again(
        settings: Settings, clock: Clock, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A backup taken while a broadcast was queued; the bot then sent it; the database is
    restored from that backup and the bot started again: the recipients still have it once
    (it used to go out a second time), until an admin releases or cancels what is held."""
    from bot.__main__ import main
    from bot.backup import backup

    await load_into(settings)
    recipients = range(7300, 7305)
    storage = await Storage.open(settings.db)
    try:
        broadcast = await storage.broadcasts.create(ADMIN, {"kind": "city", "city": "南宁"},
                                                    "南宁", "备份前的广播", list(recipients),
                                                    FIXED_NOW)
    finally:
        await storage.close()
    copy = await asyncio.to_thread(backup, settings.db, tmp_path / "before.sqlite3")

    harness = Harness(settings, state=SandboxState(limits_enabled=False), clock=clock)
    async with harness, SandboxClient(harness.sandbox.url) as client:
        for uid in recipients:
            harness.sandbox.state.world.add_user(User(uid, f"u{uid}", language_code="zh-hans"),
                                                started=True)
        assert harness.core is not None
        await harness.core.wake_sender()
        for uid in recipients:
            await client.wait_for(uid, has("备份前的广播"))
        await harness.stop_bot()

        assert await asyncio.to_thread(main, ["restore", str(copy)]) == 0
        assert "5 delivery(ies) were pending when the backup was taken" in \
            capsys.readouterr().out

        await harness.start_bot()
        core = harness.core
        assert core is not None
        # the sender runs (a later notice arrives) and leaves the held broadcast alone
        await core.storage.outbox.enqueue([NewMessage(kind="notice", chat_id=recipients[0],
                                                      user_id=recipients[0], text="之后的通知")],
                                          core.now())
        await core.wake_sender()
        await client.wait_for(recipients[0], has("之后的通知"))
        for uid in recipients:
            texts = [m["text"] for m in await client.messages(uid) if m["from"]["is_bot"]]
            assert texts.count("备份前的广播") == 1, (uid, texts)
        assert await core.storage.outbox.counts(broadcast) == {"held": 5}
        await harness.stop_bot()

        assert await asyncio.to_thread(main, ["outbox", "cancel"]) == 0
        assert "5 held delivery(ies) cancelled" in capsys.readouterr().out
        storage = await Storage.open(settings.db)
        try:
            assert await storage.outbox.counts(broadcast) == {"cancelled": 5}
        finally:
            await storage.close()
