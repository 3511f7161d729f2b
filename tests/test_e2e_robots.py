"""WeCom, Feishu and DingTalk group robots through the sandbox's fakes of their webhook APIs:
registration with a check message, a broadcast, a reminder digest, a burst of 100 notices within
the platform's rate limit, a refused secret that disables the robot and tells its owner, and a
killed sender that sends nothing twice."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import pytest

from bot.app import dispatcher_of
from bot.config import Settings
from bot.db import Storage
from bot.db.outbox import NewMessage
from bot.db.robots import NewRobot
from bot.demo import Harness
from bot.robots.render import Notice
from bot.sandbox import Sandbox
from bot.sandbox.driver import Conversation, SandboxClient
from bot.sandbox.state import BOT_TOKEN, SandboxState
from tests.conftest import FIXED_NOW, WANG, Clock, load_into

ADMIN = 1003  # the superadmin in these tests
SH = ZoneInfo("Asia/Shanghai")
SECRETS = {"wecom": None, "feishu": "SECfeishu0123456789", "dingtalk": "SECdingtalk0123456789ab"}
KEYWORDS = {"wecom": None, "feishu": "指南", "dingtalk": "科技"}
T = TypeVar("T")


@pytest.fixture
def robot_settings(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("ZHINAN_ADMIN_IDS", str(ADMIN))
    return settings.model_copy(update={"admin_ids": frozenset({ADMIN}),
                                       "robot_hosts": ("127.0.0.1",)})


async def until(probe: Callable[[], Awaitable[T | None]], timeout: float = 60.0) -> T:
    """Poll until the event the test waits for has happened."""
    async with asyncio.timeout(timeout):
        while True:
            found = await probe()
            if found:
                return found
            await asyncio.sleep(0.1)


async def fake_robot(client: SandboxClient, fake_id: int) -> dict[str, Any]:
    robots = (await client.get("/sandbox/robots"))["robots"]
    return next(robot for robot in robots if robot["id"] == fake_id)


def received(client: SandboxClient, fake_id: int,
             n: int) -> Callable[[], Awaitable[list[dict[str, Any]] | None]]:
    async def probe() -> list[dict[str, Any]] | None:
        got = (await fake_robot(client, fake_id))["received"]
        return got if len(got) >= n else None
    return probe


async def register(wang: Conversation, client: SandboxClient, fake: dict[str, Any],
                   platform: str) -> list[dict[str, Any]]:
    """/robots → add → scope → URL → secret and keyword → the check message in the group."""
    await wang.send("/robots")
    assert "您还没有登记群机器人" in (await wang.last())["text"]
    await wang.press("➕ 添加群机器人")
    await wang.press("城市：百色")
    await wang.send("https://qyapi.weixin.qq.com.evil.example/cgi-bin/webhook/send?key=x")
    assert "只接受企业微信、飞书或钉钉官方的 Webhook 地址" in (await wang.last())["text"]
    await wang.send(fake["webhook"])
    assert "加签" in (await wang.last())["text"]
    await wang.send(f"{SECRETS[platform] or '-'}\n{KEYWORDS[platform] or '-'}")
    check = await until(received(client, fake["id"], 1))
    assert "群机器人验证" in check[0]["text"]
    assert "群里收到了吗" in (await wang.last())["text"]
    await wang.press("✅ 群里收到了")
    assert "已启用，将推送：城市：百色" in (await wang.last())["text"]
    return check


@pytest.mark.parametrize("platform", ["wecom", "feishu", "dingtalk"])
async def test_a_group_robot_from_registration_to_a_refused_secret(
        robot_settings: Settings, clock: Clock, platform: str) -> None:
    await load_into(robot_settings)
    harness = Harness(robot_settings, state=SandboxState(limits_enabled=False), clock=clock)
    async with harness, SandboxClient(harness.sandbox.url) as client:
        assert harness.core is not None and harness.application is not None
        core = harness.core
        wang = Conversation(client, WANG)
        await wang.send("/start")
        await core.storage.subscriptions.add(WANG, "city", "百色", FIXED_NOW)
        fake = (await client.post("/sandbox/robots", {
            "platform": platform, "name": "百色科技企业群", "secret": SECRETS[platform],
            "keyword": KEYWORDS[platform]}))["robot"]
        await register(wang, client, fake, platform)
        [robot] = await core.storage.robots.of_owner(WANG)
        assert (robot.state, robot.channel, robot.city) == ("active", platform, "百色")
        await wang.send("/robots")
        listing = (await wang.last())["text"]
        assert fake["webhook"] not in listing and (SECRETS[platform] or "SEC") not in listing

        # a bureau broadcast to the robots in 百色
        admin = Conversation(client, ADMIN)
        await admin.send("/broadcast")
        await admin.send("百色市2025年度科技计划项目申报启动，请及时申报。")
        await admin.press("城市：百色")
        await admin.press("📢 百色的群机器人")
        assert "将发送给 <b>1</b> 位" in (await admin.last())["html"]
        await admin.press("✅ 确认发送（1 人）")
        got = await until(received(client, fake["id"], 2))
        assert "百色市2025年度科技计划项目申报启动" in got[1]["text"]

        # two reminders due at once: one digest
        clock.moment = datetime(2025, 6, 13, 9, 0, 5, tzinfo=SH)
        dispatcher = dispatcher_of(harness.application)
        assert dispatcher is not None
        await dispatcher.tick()
        digest = (await until(received(client, fake["id"], 3)))[2]["text"]
        assert "2 条通知" in digest
        assert "电子申报材料截止：2025-06-20 18:00（还剩 7 天）" in digest
        assert "一次性补正材料截止：2025-06-27 18:00（还剩 14 天）" in digest

        # a burst of 100 notices: a few digests, nothing refused as too fast
        burst = [NewMessage(kind="window_change", channel=platform, chat_id=robot.id,
                            html=False, text=Notice(f"通知{i:03d}", (
                                "申报时间有变化，请以科技局通知为准。",)).dumps())
                 for i in range(100)]
        await core.storage.outbox.enqueue(burst, core.now())
        await core.wake_sender()

        async def all_hundred() -> Counter[str] | None:
            texts = [m["text"] for m in (await fake_robot(client, fake["id"]))["received"]]
            seen = Counter(f"通知{i:03d}" for i in range(100) for text in texts
                           if f"通知{i:03d}" in text)
            return seen if len(seen) == 100 else None
        seen = await until(all_hundred, timeout=120)
        assert set(seen.values()) == {1}
        after = await fake_robot(client, fake["id"])
        assert len(after["received"]) <= 3 + 10
        assert after["rejected"] == []

        # the group's owner changes the secret (WeCom: removes the robot): disabled, owner told
        change = {"revoked": True} if platform == "wecom" else {"secret": "SECchanged-elsewhere"}
        await client.post(f"/sandbox/robots/{fake['id']}", change)
        await core.storage.outbox.enqueue([NewMessage(
            kind="window_change", channel=platform, chat_id=robot.id, html=False,
            text=Notice("通知：申报时间有变化").dumps())], core.now())
        await core.wake_sender()

        async def told() -> dict[str, Any] | None:
            return next((m for m in await wang.bot_messages() if "已停用" in m.get("text", "")),
                        None)
        notice = await until(told)
        assert f"群机器人 #{robot.id}" in notice["text"]
        stored = await core.storage.robots.get(robot.id)
        assert stored is not None and stored.state == "disabled"
        rejected = (await fake_robot(client, fake["id"]))["rejected"]
        assert [r["code"] for r in rejected] == [{"wecom": 93000, "feishu": 19021,
                                                  "dingtalk": 310000}[platform]]


async def test_a_wrong_secret_is_caught_at_registration(robot_settings: Settings,
                                                        clock: Clock) -> None:
    await load_into(robot_settings)
    harness = Harness(robot_settings, state=SandboxState(limits_enabled=False), clock=clock)
    async with harness, SandboxClient(harness.sandbox.url) as client:
        assert harness.core is not None
        wang = Conversation(client, WANG)
        await wang.send("/start")
        await harness.core.storage.subscriptions.add(WANG, "city", "百色", FIXED_NOW)
        fake = (await client.post("/sandbox/robots", {"platform": "dingtalk",
                                                      "secret": "SECright"}))["robot"]
        await wang.send("/robots")
        await wang.press("➕ 添加群机器人")
        await wang.press("城市：百色")
        await wang.send(fake["webhook"])
        await wang.send("SECwrong")
        assert "平台拒绝了签名或关键词" in (await wang.last())["text"]
        assert await harness.core.storage.robots.of_owner(WANG) == []
        assert (await fake_robot(client, fake["id"]))["received"] == []


async def test_a_killed_sender_sends_nothing_twice_to_any_robot(db_settings: Settings,
                                                                tmp_path: Path) -> None:
    """kill -9 while robots are being served, restart: no robot gets a notice twice, and every
    notice is delivered except at most the ones in flight at the kill (recorded unknown). On
    PostgreSQL the restarted process first waits for the dead leader's lock to go."""
    settings = db_settings
    await load_into(settings)
    sandbox = Sandbox(SandboxState(limits_enabled=False))
    await sandbox.start()
    storage = await Storage.open(settings.db)
    fakes = [sandbox.state.robots.create(platform, secret=f"SEC{platform}-restart")
             if platform != "wecom" else sandbox.state.robots.create(platform)
             for platform in ("feishu", "feishu", "dingtalk", "wecom")]
    padding = tuple("申报材料说明" * 60 for _ in range(1))
    rows = []
    for fake in fakes:
        robot_id = await storage.robots.add(NewRobot(
            fake.platform, fake.webhook(sandbox.url), 1, "zh_CN", "search", "无此关键词",
            secret=fake.secret), FIXED_NOW, state="active")
        count = 12 if fake.platform == "feishu" else 3
        # each notice near a digest's size, so each is a message of its own, paced
        size = {"feishu": 14, "dingtalk": 14, "wecom": 1}[fake.platform]
        rows += [NewMessage(kind="window_change", channel=fake.platform, chat_id=robot_id,
                            html=False, dedupe=f"restart:{robot_id}:{i}",
                            text=Notice(f"通知{robot_id}-{i:02d}", padding * size).dumps())
                 for i in range(count)]
    await storage.outbox.enqueue(rows, FIXED_NOW)
    total = len(rows)
    env = {**os.environ, "ZHINAN_TELEGRAM_TOKEN": BOT_TOKEN,
           "ZHINAN_ROBOT_HOSTS": "127.0.0.1", "ZHINAN_DB": settings.db}
    log = (tmp_path / "bot.log").open("ab")

    def spawn() -> subprocess.Popen[bytes]:
        return subprocess.Popen([sys.executable, "-m", "bot", "run", "--base-url",
                                 sandbox.base_url], env=env, stdout=subprocess.DEVNULL,
                                stderr=log)

    def titles() -> Counter[str]:
        return Counter(message["title"].split("】")[-1] for fake in fakes
                       for message in fake.received)

    async def some() -> bool:
        return sum(titles().values()) >= 6

    first = spawn()
    try:
        await until(some, timeout=60)
    finally:
        first.send_signal(signal.SIGKILL)
        await asyncio.to_thread(first.wait)  # the sandbox keeps serving meanwhile
    assert sum(titles().values()) < total, titles()  # killed mid-delivery
    second = spawn()
    try:
        async def settled() -> bool:
            counts = await storage.outbox.counts()
            return not counts.get("pending") and not counts.get("sending")
        await until(settled, timeout=120)
    finally:
        second.send_signal(signal.SIGTERM)
        await asyncio.to_thread(second.wait, 30)
    delivered = titles()
    assert set(delivered.values()) == {1}  # no robot got any notice twice
    counts = await storage.outbox.counts()
    assert counts.get("unknown", 0) <= 4  # at most the sender's slots in flight at the kill
    assert counts["sent"] + counts.get("unknown", 0) == total
    assert len(delivered) >= total - 4
    assert all(fake.rejected == [] for fake in fakes)
    log.close()
    await storage.close()
    await sandbox.stop()


async def _cli(settings: Settings, *args: str) -> tuple[int, str, str]:
    """`python -m bot …` in a child process (the sandbox keeps serving meanwhile)."""
    env = {**os.environ, "ZHINAN_DB": settings.db, "ZHINAN_DATA_DIR": str(settings.data_dir),
           "ZHINAN_ROBOT_HOSTS": "127.0.0.1"}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, env=env, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE)
    out, err = await process.communicate()
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def test_robots_from_the_command_line(settings: Settings) -> None:
    await load_into(settings)
    async with Sandbox(SandboxState(limits_enabled=False)) as sandbox:
        fake = sandbox.state.robots.create("feishu", secret="SECcli-secret-123456")
        url = fake.webhook(sandbox.url)
        code, out, err = await _cli(settings, "robots", "add", url, "--owner", "1001",
                                    "--guideline", "bs25", "--secret", "SECcli-secret-123456")
        assert code == 0, err
        assert out.startswith("robot 1 (feishu, 127.0.0.1 …") and "guideline bs25" in out
        assert [m["title"] for m in fake.received] == ["指南 · 群机器人验证"]
        code, out, _ = await _cli(settings, "robots", "list", "--json")
        [listed] = json.loads(out)
        assert (listed["state"], listed["city"], listed["secret"]) == ("active", "百色",
                                                                       "SEC…(20)")
        assert fake.token not in out and "SECcli-secret-123456" not in out
        assert (await _cli(settings, "robots", "test", "1"))[0] == 0
        assert len(fake.received) == 2
        code, _, err = await _cli(settings, "robots", "add", url.replace("127.0.0.1", "10.1.1.1"),
                                  "--owner", "1001", "--city", "百色")
        assert code == 1 and "not_https" in err
        assert (await _cli(settings, "robots", "remove", "1"))[0] == 0
        code, out, _ = await _cli(settings, "robots", "list")
        assert out == ""
