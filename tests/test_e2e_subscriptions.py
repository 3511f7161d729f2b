"""Subscriptions and reminders through the sandbox, with the bot's clock moved by the test."""

from __future__ import annotations

import asyncio
from datetime import datetime
from time import monotonic
from zoneinfo import ZoneInfo

import icalendar
import pytest
from sqlalchemy import and_, func, or_, select

from bot.app import dispatcher_of, flows_of
from bot.catalogue.models import Stage, Window
from bot.config import Settings
from bot.core import Core
from bot.db import schema
from bot.demo import Harness
from bot.dispatcher import Dispatcher
from bot.reminders import WindowRef
from bot.sandbox.driver import Conversation, SandboxClient, buttons, has
from bot.sandbox.state import SandboxState
from tests.conftest import WANG, Clock, load_into

SH = ZoneInfo("Asia/Shanghai")


async def _dispatcher(harness: Harness) -> Dispatcher:
    """The bot's dispatcher once it leads and has made its own first tick: a tick the test
    runs then cannot race the leader's first one (on PostgreSQL the lock may come late)."""
    assert harness.application is not None
    found = dispatcher_of(harness.application)
    assert found is not None
    async with asyncio.timeout(30):
        await found.settled.wait()
    return found


async def _tick(harness: Harness, client: SandboxClient, since: int | None = None) -> list[dict]:
    """Run the reminder clock once, wait until the sender has delivered everything due, and
    return what appeared in Wang's chat (since `since`, default: now)."""
    if since is None:
        since = await client.mark()
    await (await _dispatcher(harness)).tick()
    core = harness.core
    assert core is not None
    async with asyncio.timeout(10):  # wait until nothing is due or in flight
        while await _unsettled(core):
            await asyncio.sleep(0.02)
    feed = await client.get("/sandbox/events", after=since, timeout=0)
    return [event for event in feed["events"] if event.get("chat_id") == WANG]


async def _unsettled(core: Core) -> int:
    """Rows in flight or due now, read in one statement: asked in two, a row claimed between
    them (pending → sending) would be in neither answer, and the wait would end before its send."""
    outbox = schema.outbox.c
    busy = or_(outbox.state == "sending", and_(outbox.state == "pending",
                                                outbox.next_at <= core.now()))
    async with core.storage.db.read() as conn:
        return int((await conn.execute(select(func.count()).where(busy))).scalar_one())


async def _open_baise_card(wang: Conversation) -> None:
    await wang.send("/find")
    await wang.press("百色 (")
    await wang.press("不限 (")
    await wang.press("不限 (")
    await wang.press("1. ")


@pytest.mark.both_backends
async def test_subscribe_from_a_card_then_receive_each_reminder_once(
        harness: Harness, client: SandboxClient, wang: Conversation, clock: Clock) -> None:
    await _open_baise_card(wang)
    answer = await wang.press("🔔 订阅提醒")
    assert answer["answer"]["text"].startswith("已订阅")
    again = await wang.press("🔔 订阅提醒")
    assert again["answer"]["text"] == "您已订阅过。"

    first = await _tick(harness, client)
    assert first == [], [e.get("message", {}).get("text") for e in first]  # 06-06 step predates it
    clock.moment = datetime(2025, 6, 13, 9, 0, 5, tzinfo=SH)
    events = await _tick(harness, client)
    reminders = [e["message"]["text"] for e in events if e["type"] == "message"]
    assert len(reminders) == 1  # two steps fall on 06-13: one message
    assert reminders[0].startswith("⏰ 申报截止提醒：还剩 7 天")
    assert "电子申报材料截止：2025-06-20 18:00（还剩 7 天）" in reminders[0]
    assert "一次性补正材料截止：2025-06-27 18:00（还剩 14 天）" in reminders[0]

    assert await _tick(harness, client) == []  # same moment again: nothing new
    await harness.stop_bot()  # restart mid-ladder
    await harness.start_bot()
    assert await _tick(harness, client) == []
    clock.moment = datetime(2025, 6, 20, 9, 0, 1, tzinfo=SH)
    events = await _tick(harness, client)
    texts = [e["message"]["text"] for e in events if e["type"] == "message"]
    assert len(texts) == 1
    assert texts[0].startswith("⏰ 今天截止！")
    assert "电子申报材料截止：2025-06-20 18:00（还剩 0 天）" in texts[0]
    assert "一次性补正材料截止：2025-06-27 18:00（还剩 7 天）" in texts[0]
    assert "纸质材料（一式5份）送达截止：2025-06-30 18:00（还剩 10 天）" in texts[0]


async def test_subscriptions_list_remove_and_mute(harness: Harness, wang: Conversation) -> None:
    await _open_baise_card(wang)
    await wang.press("🔔 订阅提醒")
    await wang.send("/deadlines")
    mine = (await wang.last())["text"]
    assert mine.startswith("您关注的申报时间\n🔔 百色 2025 2025年百色市科技计划项目申报指南：正在申报")
    await wang.send("/subscriptions")
    listing = await wang.last()
    assert "1. 方向：新型生态铝关键技术和新产品研发" in listing["text"]
    paused = await wang.press("🔕 暂停全部提醒")
    assert paused["answer"]["text"] == "已暂停全部提醒"
    assert "提醒已暂停（申报时间变更仍会通知您）。" in (await wang.last())["text"]
    await wang.press("7/1/0天")
    assert "提醒时间：截止前 7、1、0 天" in (await wang.last())["text"]
    await wang.press("✖ 1")
    assert "还没有订阅" in (await wang.last())["text"]


@pytest.mark.both_backends
async def test_a_changed_deadline_reaches_every_follower_once(
        harness: Harness, client: SandboxClient, wang: Conversation) -> None:
    await _open_baise_card(wang)
    await wang.press("🔔 订阅提醒")
    assert harness.core is not None and harness.application is not None
    moved = Window(status="dated", source="补充通知", stages=[
        Stage(label="电子申报材料截止", ends_at=datetime(2025, 7, 4, 18, 0, tzinfo=SH))])
    since = await client.mark()  # the notice may go out at once: watch from before it
    old = await harness.core.storage.windows.set("bs25", "", moved, "test", harness.core.now())
    notified = await flows_of(harness.application).notices.window_changed(WindowRef("bs25"),
                                                                           old)
    assert notified == 1
    events = await _tick(harness, client, since)
    texts = [e["message"]["text"] for e in events if e["type"] == "message"]
    assert len(texts) == 1
    assert texts[0].startswith("📢 申报时间有变化")
    assert "电子申报材料截止：2025-06-20 18:00 → 2025-07-04 18:00" in texts[0]


async def test_calendar_export_parses_as_icalendar(harness: Harness, client: SandboxClient,
                                                   wang: Conversation) -> None:
    await _open_baise_card(wang)
    await wang.press("📅 加入日历")
    document = (await wang.last())["document"]
    assert document["file_name"] == "zhinan-deadlines.ics"
    assert client.session is not None
    async with client.session.get(client.url + document["url"]) as response:
        data = await response.read()
    calendar = icalendar.Calendar.from_ical(data)
    events = [c for c in calendar.walk("VEVENT")]
    assert len(events) == 3
    ends = sorted(e.decoded("DTEND").astimezone(SH) for e in events)
    assert ends[0] == datetime(2025, 6, 20, 18, 0, tzinfo=SH)
    assert str(events[0].get("SUMMARY")).startswith("电子申报材料截止｜百色 2025")


async def test_calendar_for_an_unannounced_window_says_so(wang: Conversation) -> None:
    await wang.send("人工智能 防城港")
    await wang.press("1. ")
    answer = await wang.press("📅 加入日历")
    assert "还没有公布具体日期" in answer["answer"]["text"]
    assert "document" not in await wang.last()


async def test_follow_a_city_from_results(wang: Conversation) -> None:
    await wang.send("/find")
    await wang.press("桂林 (")
    await wang.press("不限 (")
    await wang.press("不限 (")
    answer = await wang.press("🔔 关注此条件")
    assert answer["answer"]["text"].startswith("已订阅")
    await wang.send("/subscriptions")
    assert "城市：桂林" in (await wang.last())["text"]
    assert buttons(await wang.last())


async def test_an_admin_sets_a_window_from_a_pasted_notice(
        settings, clock: Clock, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Paste the notice, check the proposal, save: followers hear old → new once."""
    from bot.sandbox.state import SandboxState
    from tests.conftest import load_into

    admin_settings = settings.model_copy(update={"admin_ids": frozenset({1003})})
    await load_into(admin_settings)
    notice = ("关于组织申报2025年度防城港市科技计划项目的通知\n"
              "一、网上申报时间：2025年7月1日至2025年7月20日18:00。\n"
              "二、纸质材料请于2025年7月25日17:00前报送至市科技局。\n"
              "防城港市科学技术局\n2025年6月5日")
    harness = Harness(admin_settings, state=SandboxState(limits_enabled=False), clock=clock)
    async with harness, SandboxClient(harness.sandbox.url) as client:
        wang = Conversation(client, WANG)
        await wang.send("人工智能 防城港")
        await wang.press("1. ")
        await wang.press("🔔 订阅提醒")
        admin = Conversation(client, 1003)
        await wang.send("/window fcg25")
        assert (await wang.last())["text"] == "抱歉，您没有执行此操作的权限。"
        await admin.send("/window fcg25")
        await admin.send(notice)
        proposal = (await admin.last())["text"]
        assert "• 网上申报：2025-07-01 00:00 → 2025-07-20 18:00" in proposal
        assert "2025-07-25 17:00" in proposal and "2025-06-05" not in proposal
        await admin.press("💾 保存并通知关注者")
        assert (await admin.last())["text"] == "已保存。已通知 1 位关注者（每人一条，含新旧日期）。"
        await _tick(harness, client)
        changed = [m["text"] for m in await wang.bot_messages() if "申报时间有变化" in m["text"]]
        assert len(changed) == 1
        await wang.send("/deadlines")  # the clock says 2025-06-10: it opens in 21 days
        assert "防城港 2025：申报时间：2025-07-01 开始（还有 21 天）" in (await wang.last())["text"]


async def test_the_scheduled_reminder_job_fires_on_its_own(settings: Settings,
                                                           clock: Clock) -> None:
    """No test calls tick(): Wang follows a direction from /start's menu, the clock reaches
    09:00 on the ladder's days, and the dispatcher's own timer (every 0.2 s here) sends each
    reminder once."""
    quick = settings.model_copy(update={"reminder_tick_seconds": 0.2})
    await load_into(quick)
    harness = Harness(quick, state=SandboxState(limits_enabled=False), clock=clock)
    async with harness, SandboxClient(harness.sandbox.url) as client:
        wang = Conversation(client, WANG)
        await wang.send("/start")
        await wang.press("🔎 按条件查找")
        for label in ("百色 (", "不限 (", "不限 (", "1. "):
            await wang.press(label)
        assert (await wang.press("🔔 订阅提醒"))["answer"]["text"].startswith("已订阅")

        # 百色's stages close 06-20, 06-27 and 06-30 at 18:00. Each jump lands a second before
        # the next ladder step with none skipped, so only the timer can send what follows.
        # 06-13 09:00: 7 days before 06-20 and 14 before 06-27, one message
        clock.moment, clock.started = datetime(2025, 6, 13, 8, 59, 59, tzinfo=SH), monotonic()
        week = await client.wait_for(WANG, has("⏰ 申报截止提醒"), wait=30)
        assert "电子申报材料截止：2025-06-20 18:00（还剩 7 天）" in week["text"]
        # 06-16 09:00: 14 days before 06-30
        clock.moment, clock.started = datetime(2025, 6, 16, 8, 59, 59, tzinfo=SH), monotonic()
        last = await client.wait_for(WANG, has("2025-06-30 18:00（还剩 14 天）"), wait=30)
        assert last["text"].startswith("⏰ 申报截止提醒")
        reminders = [m["text"] for m in await wang.bot_messages() if m["text"].startswith("⏰")]
        assert reminders == [week["text"], last["text"]]  # many ticks, each reminder once
