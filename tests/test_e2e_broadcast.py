"""Bureau broadcasts through the sandbox: roles, audiences, limits, faults, crash and resume."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from bot import buttons as b
from bot.config import Settings
from bot.db import Storage
from bot.demo import Harness
from bot.sandbox import Sandbox
from bot.sandbox.driver import Conversation, SandboxClient, buttons, has
from bot.sandbox.limits import LimitConfig
from bot.sandbox.models import User
from bot.sandbox.state import BOT_TOKEN, SandboxState
from tests.conftest import FIXED_NOW, WANG, Clock, load_into

ADMIN = 1003  # 李客服 doubles as the superadmin in these tests


async def _add_users(sandbox: Sandbox, storage: Storage, ids: range,
                     city: str = "南宁") -> None:
    """Recipients who started the bot earlier and follow a city."""
    for uid in ids:
        sandbox.state.world.add_user(User(uid, f"用户{uid}", language_code="zh-hans"),
                                  started=True)
        await storage.users.touch(uid, f"用户{uid}", None, FIXED_NOW, private=True)
        await storage.subscriptions.add(uid, "city", city, FIXED_NOW)


async def _delivered(client: SandboxClient, ids: range, text: str = "") -> Counter[int]:
    """Messages (containing `text`) Telegram accepted for each of these chats."""
    calls = await client.get("/sandbox/calls", method="sendMessage")
    wanted = set(ids)
    return Counter(int(c["params"]["chat_id"]) for c in calls
                   if c["ok"] and int(c["params"]["chat_id"]) in wanted
                   and text in c["params"].get("text", ""))


@pytest.fixture
def admin_settings(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("ZHINAN_ADMIN_IDS", str(ADMIN))
    return settings.model_copy(update={"admin_ids": frozenset({ADMIN})})


async def _run_flow(admin: Conversation, text: str, *labels: str) -> dict:
    await admin.send("/broadcast")
    await admin.send(text)
    assert "发给谁" in (await admin.last())["text"]
    for label in labels:
        await admin.press(label)
    return await admin.last()


async def test_non_admins_cannot_broadcast(wang: Conversation) -> None:
    await wang.send("/broadcast")
    assert (await wang.last())["text"] == "抱歉，您没有执行此操作的权限。"
    await wang.send("/broadcasts")
    assert (await wang.last())["text"] == "抱歉，您没有执行此操作的权限。"


async def test_superadmin_broadcasts_to_a_city_with_preview_and_progress(
        admin_settings: Settings, clock: Clock) -> None:
    await load_into(admin_settings)
    harness = Harness(admin_settings, state=SandboxState(limits_enabled=False), clock=clock)
    async with harness, SandboxClient(harness.sandbox.url) as client:
        for uid in range(5001, 5005):  # followers made as users make them: /start, /find, 🔔
            await _follow_city(client, uid, "南宁")
        for uid in range(6001, 6003):
            await _follow_city(client, uid, "桂林")
        admin = Conversation(client, ADMIN)
        await admin.send("/broadcast")
        # formatting the admin applied (bold) is kept; a "<" typed as text stays text
        await admin.send("", html="<b>通知</b>：2025年度南宁市科技计划项目申报已开始 &lt;欢迎&gt;")
        await admin.press("城市：南宁")
        confirm = await _press_and_last(admin, "南宁：全部相关用户")
        assert "将发送给 4 位用户" in confirm["text"]
        preview = (await admin.bot_messages())[-2]
        assert preview["html"] == "<b>通知</b>：2025年度南宁市科技计划项目申报已开始 &lt;欢迎&gt;"
        await admin.press("✅ 确认发送（4 人）")
        await _until(lambda: _delivered(client, range(5001, 5005), "申报已开始"), 4)
        counts = await _delivered(client, range(5001, 6003), "申报已开始")
        assert counts == {5001: 1, 5002: 1, 5003: 1, 5004: 1}  # nobody in 桂林, nobody twice
        progress = await _until_text(admin, "发送完成")
        assert "已发送 4/4" in progress["text"]
        await admin.send("/broadcasts")
        assert "#1" in (await admin.last())["text"]


async def _follow_city(client: SandboxClient, uid: int, city: str) -> None:
    """A new user starts the bot and follows a city from /find's results."""
    user = Conversation(client, uid)
    await user.send("/start", first_name=f"用户{uid}", language_code="zh-hans")
    await user.send("/find")
    for label in (f"{city} (", "不限 (", "不限 ("):
        await user.press(label)
    assert (await user.press("🔔 关注此条件"))["answer"]["text"].startswith("已订阅")


async def _press_and_last(conversation: Conversation, label: str) -> dict:
    await conversation.press(label)
    return await conversation.last()


async def _until(probe, total: int, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    async with asyncio.timeout(timeout):
        while sum((await probe()).values()) < total:
            await asyncio.sleep(0.1)


async def _until_text(conversation: Conversation, needle: str, timeout: float = 20.0) -> dict:
    async with asyncio.timeout(timeout):
        while True:
            for message in reversed(await conversation.bot_messages()):
                if needle in message.get("text", ""):
                    return message
            await asyncio.sleep(0.1)


async def test_a_city_admin_reaches_only_their_city(admin_settings: Settings,
                                                   clock: Clock) -> None:
    await load_into(admin_settings)
    harness = Harness(admin_settings, state=SandboxState(limits_enabled=False), clock=clock)
    async with harness, SandboxClient(harness.sandbox.url) as client:
        assert harness.core is not None
        admin = Conversation(client, ADMIN)
        await Conversation(client, WANG).send("/start")  # the bot knows Wang
        await admin.send("/grant @wang_sme 南宁")  # by username, as a superadmin would
        assert "已授予用户 1001 南宁管理员权限" in (await admin.last())["text"]
        wang = Conversation(client, WANG)
        await wang.send("/broadcast")
        await wang.send("南宁专场路演报名开始")
        choices = [b["text"] for b in buttons(await wang.last())]
        assert choices == ["城市：南宁"]  # no "all users", no other city
        message = await wang.last()
        forged = await wang.press_data(message["message_id"], b.Audience("city", "gl").pack())
        assert forged["answer"]["text"] == "抱歉，您没有执行此操作的权限。"
        everyone = await wang.press_data(message["message_id"], b.Audience("all").pack())
        assert everyone["answer"]["text"] == "抱歉，您没有执行此操作的权限。"
        assert await harness.core.storage.outbox.counts() == {}  # nothing was queued


async def test_two_thousand_recipients_with_flood_limits_on(
        admin_settings: Settings, clock: Clock) -> None:
    """Limits scaled 10× (300/s overall, 10/s per chat) so the suite stays fast, and the bot
    configured for them: Telegram never answers 429 and everyone gets exactly one message."""
    settings = admin_settings.model_copy(update={"rate_limit_per_second": 280.0})
    await load_into(settings)
    limits = LimitConfig(global_per_second=300.0, private_per_second=10.0, private_burst=3.0,
                         group_per_minute=200.0)
    state = SandboxState(limits_enabled=True, limit_config=limits)
    harness = Harness(settings, state=state, clock=clock)
    async with harness, SandboxClient(harness.sandbox.url) as client:
        assert harness.core is not None and harness.application is not None
        ids = range(200_000, 202_000)  # 100000 is the bot itself
        await _add_users(harness.sandbox, harness.core.storage, ids)
        admin = Conversation(client, ADMIN)
        await _run_flow(admin, "南宁：申报系统今晚维护", "城市：南宁", "南宁：全部相关用户")
        await admin.press("✅ 确认发送（2000 人）")
        await _until(lambda: _delivered(client, ids), 2000, timeout=120)
        counts = await _delivered(client, ids)
        assert len(counts) == 2000 and set(counts.values()) == {1}
        calls = await client.get("/sandbox/calls", method="sendMessage")
        # the recipients' sends never met a 429 (the admin's quick clicks may, and are retried)
        assert [c for c in calls if c["status"] == 429
                and int(c["params"]["chat_id"]) in ids] == []


async def test_faults_429_403_500_are_handled(admin_settings: Settings, clock: Clock) -> None:
    await load_into(admin_settings)
    harness = Harness(admin_settings, state=SandboxState(limits_enabled=False), clock=clock)
    async with harness, SandboxClient(harness.sandbox.url) as client:
        assert harness.core is not None
        ids = range(7001, 7021)
        await _add_users(harness.sandbox, harness.core.storage, ids)
        await client.post("/sandbox/faults", {"method": "sendMessage", "kind": "429",
                                              "retry_after": 1, "chat_id": 7001})
        await client.post("/sandbox/faults", {"method": "sendMessage", "kind": "500",
                                              "chat_id": 7002})
        await client.post("/sandbox/block", {"user_id": 7003, "blocked": True})
        admin = Conversation(client, ADMIN)
        await _run_flow(admin, "测试通知", "城市：南宁", "南宁：全部相关用户")
        await admin.press("✅ 确认发送（20 人）")
        await _until(lambda: _delivered(client, ids), 19, timeout=60)
        progress = await _until_text(admin, "发送完成")  # every outcome recorded
        assert "已屏蔽 1" in progress["text"]
        counts = await _delivered(client, ids)
        assert set(counts) == set(ids) - {7003} and set(counts.values()) == {1}
        storage = harness.core.storage
        blocked = await storage.users.get(7003)
        assert blocked is not None and not blocked.reachable  # 403: nothing more is sent
        # the last message can reach the chat before its row is marked sent: count the rows
        # once the progress message says the broadcast is done
        progress = await _until_text(admin, "发送完成")
        assert "已屏蔽 1" in progress["text"]
        assert await storage.outbox.counts(1) == {"sent": 19, "blocked": 1}


async def test_a_killed_sender_resumes_without_duplicates(settings: Settings,
                                                          tmp_path: Path) -> None:
    """kill -9 mid-broadcast at the worst moment — Telegram has accepted a message and the
    sender still waits for the answer — then restart: nobody twice (that one included), nobody
    skipped but the messages in flight at the kill."""
    await load_into(settings)
    sandbox = Sandbox(SandboxState(limits_enabled=False))
    await sandbox.start()
    storage = await Storage.open(settings.db)
    log = (tmp_path / "bot.log").open("ab")
    try:
        ids = range(8000, 8400)
        doubtful = 8120  # its message is delivered at once, its answer held back for 20 s
        await _add_users(sandbox, storage, ids)
        await storage.broadcasts.create(1, {"kind": "city", "city": "南宁"}, "南宁", "恢复测试",
                                        list(ids), FIXED_NOW)
        env = {**os.environ, "ZHINAN_TELEGRAM_TOKEN": BOT_TOKEN}

        def spawn() -> subprocess.Popen[bytes]:
            return subprocess.Popen([sys.executable, "-m", "bot", "run", "--base-url",
                                     sandbox.base_url], env=env, stdout=subprocess.DEVNULL,
                                    stderr=log)

        async with SandboxClient(sandbox.url) as client:
            await client.post("/sandbox/faults", {"method": "sendMessage", "kind": "late_answer",
                                                  "delay": 20, "chat_id": doubtful})
            first = spawn()
            try:
                await client.wait_for(doubtful, has("恢复测试"), wait=60)
            finally:
                first.send_signal(signal.SIGKILL)  # while the bot waits for Telegram's answer
                first.wait()
            before = await _received(client, ids)
            assert before[doubtful] == 1 and sum(before.values()) < 400
            second = spawn()
            try:
                async with asyncio.timeout(90):
                    while {"pending", "sending"} & (await storage.outbox.counts(1)).keys():
                        await asyncio.sleep(0.2)
            finally:
                second.send_signal(signal.SIGTERM)
                second.wait(timeout=30)
            received = await _received(client, ids)
            assert set(received.values()) == {1}  # nobody got it twice, the one in doubt included
            outbox = await storage.outbox.counts(1)
            unknown = {int(row["chat_id"])  # type: ignore[call-overload]
                       for row in await storage.outbox.rows(broadcast_id=1, state="unknown")}
            # at most the K messages in flight at the kill
            assert doubtful in unknown and len(unknown) <= settings.outbox_in_flight
            assert outbox == {"sent": 400 - len(unknown), "unknown": len(unknown)}
            assert set(ids) - set(received) <= unknown  # only a message in doubt may be missing
    finally:  # a failure must not leave the bot's log, the database or the sandbox open
        log.close()
        await storage.close()
        await sandbox.stop()


async def _received(client: SandboxClient, ids: range) -> Counter[int]:
    """How many bot messages each recipient's chat holds: what users saw, whatever the bot
    heard back."""
    counts: Counter[int] = Counter()
    for uid in ids:
        counts[uid] = sum(1 for m in await client.messages(uid) if m["from"]["is_bot"])
    return +counts


async def test_a_file_to_saved_search_followers_and_the_channel(
        admin_settings: Settings, clock: Clock) -> None:
    channel = -1009999
    settings = admin_settings.model_copy(update={"broadcast_channel_id": channel})
    await load_into(settings)
    harness = Harness(settings, state=SandboxState(limits_enabled=False), clock=clock)
    async with harness, SandboxClient(harness.sandbox.url) as client:
        await client.post("/sandbox/chats", {"id": channel, "title": "科技局频道",
                                             "type": "supergroup", "members": [ADMIN],
                                             "admins": [ADMIN]})
        for uid, query in ((9001, "中药民族药"), (9002, "螺蛳粉")):  # as users save a search
            user = Conversation(client, uid)
            await user.send("/start", first_name=f"u{uid}", language_code="zh-hans")
            await user.send(query)
            assert (await user.press("🔔 保存此搜索"))["answer"]["text"].startswith("已订阅")
        admin = Conversation(client, ADMIN)
        await admin.send("/broadcast")
        await admin.send("申报说明见附件", document={"file_name": "通知.txt",
                                                  "content": "2025年度申报通知"})
        assert "发给谁" in (await admin.last())["text"]
        await admin.press("城市：桂林")
        confirm = await _press_and_last(admin, "保存了桂林相关搜索的用户")
        assert "将发送给 1 位用户" in confirm["text"]
        await admin.press("✅ 确认发送（1 人）")
        await _until_text(admin, "发送完成")
        received = [m for m in await client.messages(9001) if "document" in m]
        assert [(m["document"]["file_name"], m["caption"]) for m in received] == [
            ("通知.txt", "申报说明见附件")]
        assert [m for m in await client.messages(9002) if "document" in m] == []
        posted = [m for m in await client.messages(channel) if m["from"]["is_bot"]]
        assert posted and posted[0]["document"]["file_name"] == "通知.txt"


async def test_users_chatting_during_a_broadcast_still_get_answers(
        admin_settings: Settings, clock: Clock) -> None:
    """The sender keeps below the bot-wide rate, so a reply is not queued behind 2,000."""
    settings = admin_settings.model_copy(update={"rate_limit_per_second": 280.0})
    await load_into(settings)
    limits = LimitConfig(global_per_second=300.0, private_per_second=10.0, private_burst=3.0,
                         group_per_minute=200.0)
    harness = Harness(settings, state=SandboxState(limits_enabled=True, limit_config=limits),
                      clock=clock)
    async with harness, SandboxClient(harness.sandbox.url) as client:
        assert harness.core is not None
        ids = range(210_000, 212_000)
        await _add_users(harness.sandbox, harness.core.storage, ids)
        admin = Conversation(client, ADMIN)
        await _run_flow(admin, "大广播", "城市：南宁", "南宁：全部相关用户")
        await admin.press("✅ 确认发送（2000 人）")
        wang = Conversation(client, WANG)
        await wang.send("/help")
        assert "指南" in (await wang.last())["text"]
        counts = await harness.core.storage.outbox.counts(1)
        assert counts.get("pending", 0) > 0, counts  # answered while the broadcast still ran


@pytest.mark.both_backends
async def test_plain_text_with_angle_brackets_is_sent_as_typed(
        client: SandboxClient, harness: Harness) -> None:
    """An admin types "<" and "&" without any formatting: recipients read exactly that (it is
    not taken for HTML and refused as an unsupported tag)."""
    assert harness.core is not None
    harness.core.settings.admin_ids = frozenset({ADMIN})
    await _add_users(harness.sandbox, harness.core.storage, range(7001, 7003))
    typed = "路演报名截止<6月30日>，名额有限 & 先到先得"
    admin = Conversation(client, ADMIN)
    await admin.send("/broadcast")
    await admin.send(typed)
    await admin.press("城市：南宁")
    await admin.press("南宁：全部相关用户")
    await admin.press("✅ 确认发送（2 人）")
    for uid in (7001, 7002):
        received = await client.wait_for(uid, lambda m: m["from"]["is_bot"])
        assert received["text"] == typed
