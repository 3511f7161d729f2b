"""Deadline reminders with an injected clock: right local times, exactly once, restart-safe."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.catalogue.models import Guideline, GuidelineMeta, Leaf, Stage, Window
from bot.config import Settings
from bot.core import Core
from bot.db import Storage, publish_into
from bot.db.subscriptions import Subscription
from bot.flows import Flows
from bot.reminders import (
    DEFAULT_LADDER,
    WindowRef,
    concerned_refs,
    due_now,
    ladder_times,
    plan,
)

SH = ZoneInfo("Asia/Shanghai")
DEADLINE = Stage(label="电子申报材料截止", ends_at=datetime(2025, 6, 20, 18, 0, tzinfo=SH))


def test_ladder_fires_at_nine_shanghai_time() -> None:
    times = ladder_times(DEADLINE, (14, 7, 3, 1, 0), SH)
    assert [(offset, at.isoformat()) for offset, at in times] == [
        (14, "2025-06-06T09:00:00+08:00"), (7, "2025-06-13T09:00:00+08:00"),
        (3, "2025-06-17T09:00:00+08:00"), (1, "2025-06-19T09:00:00+08:00"),
        (0, "2025-06-20T09:00:00+08:00"),
    ]


def test_a_deadline_before_nine_has_no_same_day_reminder() -> None:
    early = Stage(label="x", ends_at=datetime(2025, 6, 20, 8, 0, tzinfo=SH))
    assert [offset for offset, _ in ladder_times(early, (1, 0), SH)] == [1]


class Clock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


World = tuple[Core, Flows, Clock]


@pytest.fixture
async def world(db_settings: Settings, catalogue: list[Guideline]) -> AsyncIterator[World]:
    await publish_into(db_settings.db, catalogue)
    clock = Clock(datetime(2025, 6, 1, 12, 0, tzinfo=SH))
    core = await Core.open(db_settings, clock=clock)
    await core.storage.users.touch(1001, "王经理", None, clock(), private=True)
    await core.storage.subscriptions.add(1001, "guideline", "bs25", clock())
    yield core, Flows(core), clock
    await core.close()


async def _sent_offsets(core: Core) -> list[str]:
    """step@stage for every reminder key planned, in planning order."""
    return [key.rsplit(":", 1)[1] + "@" + key.split(":")[4]
            for key in await core.storage.outbox.reminder_keys()]


async def _walk(flows: Flows, clock: Clock, until: datetime, step: timedelta) -> None:
    while clock.moment < until:
        clock.moment += step
        await flows.notices.enqueue_reminders()


async def test_the_whole_ladder_once_each_for_every_stage(world: World) -> None:
    core, flows, clock = world
    await _walk(flows, clock, datetime(2025, 7, 1, tzinfo=SH), timedelta(minutes=30))
    sent = await _sent_offsets(core)
    # 百色 has three stages (06-20, 06-27, 06-30, all 18:00); each gets 14/7/3/1/0
    assert sent.count("14@电子申报材料截止") == 1
    assert [s for s in sent if s.endswith("电子申报材料截止")] == [
        "14@电子申报材料截止", "7@电子申报材料截止", "3@电子申报材料截止", "1@电子申报材料截止",
        "0@电子申报材料截止"]
    assert len(sent) == 15 and len(set(sent)) == 15


async def test_restart_mid_ladder_sends_no_duplicate_and_no_gap(
        world: World, db_settings: Settings) -> None:
    core, flows, clock = world
    await _walk(flows, clock, datetime(2025, 6, 14, tzinfo=SH), timedelta(hours=1))
    before = await _sent_offsets(core)
    restarted = await Core.open(db_settings, clock=clock)  # a new process on the same database
    try:
        again = Flows(restarted)
        await again.notices.enqueue_reminders()
        assert await _sent_offsets(restarted) == before  # nothing new at the same moment
        await _walk(again, clock, datetime(2025, 7, 1, tzinfo=SH), timedelta(hours=1))
        assert len(await _sent_offsets(restarted)) == 15
    finally:
        await restarted.close()


async def test_downtime_catches_up_with_only_the_latest_step(world: World) -> None:
    core, flows, clock = world
    clock.moment = datetime(2025, 6, 18, 10, 0, tzinfo=SH)  # down since 06-01: 14, 7, 3 missed
    await flows.notices.enqueue_reminders()
    first_stage = [s for s in await _sent_offsets(core) if s.endswith("电子申报材料截止")]
    assert first_stage == ["3@电子申报材料截止"]


async def test_nothing_after_the_deadline(world: World) -> None:
    _, flows, clock = world
    clock.moment = datetime(2025, 7, 1, 9, 0, tzinfo=SH)
    assert await flows.notices.enqueue_reminders() == 0


async def test_steps_before_subscribing_are_not_sent(world: World) -> None:
    core, flows, clock = world
    clock.moment = datetime(2025, 6, 10, 9, 0, tzinfo=SH)
    await core.storage.users.touch(1002, "Alice", None, clock(), private=True)
    await core.storage.subscriptions.add(1002, "leaf", "bs25-001", clock())
    await flows.notices.enqueue_reminders()
    assert await core.storage.outbox.rows(user_id=1002) == []  # 06-06 predates her subscription


async def test_a_changed_deadline_reschedules(world: World) -> None:
    core, flows, clock = world
    clock.moment = datetime(2025, 6, 13, 9, 30, tzinfo=SH)
    await flows.notices.enqueue_reminders()
    moved = Window(status="dated", stages=[Stage(label="电子申报材料截止",
                                                 ends_at=datetime(2025, 7, 20, 18, 0, tzinfo=SH))])
    await core.storage.windows.set("bs25", "", moved, "admin:1", clock())
    await core.refresh(force=True)
    clock.moment = datetime(2025, 7, 6, 9, 0, tzinfo=SH)
    await flows.notices.enqueue_reminders()
    keys = [key for key in await core.storage.outbox.reminder_keys() if "2025-07-20" in key]
    assert len(keys) == 1 and keys[0].endswith(":14")
    assert core.catalogue.windows[WindowRef("bs25")].stages[0].ends_at.month == 7


async def test_reminders_due_together_are_one_message(world: World) -> None:
    core, flows, clock = world
    clock.moment = datetime(2025, 6, 13, 9, 0, tzinfo=SH)  # 7 days before 06-20, 14 before 06-27
    assert await flows.notices.enqueue_reminders() == 1
    (row,) = await core.storage.outbox.rows()
    assert "电子申报材料截止：2025-06-20 18:00（还剩 7 天）" in str(row["text"])
    assert "一次性补正材料截止：2025-06-27 18:00（还剩 14 天）" in str(row["text"])
    assert await flows.notices.enqueue_reminders() == 0


async def test_muted_and_blocked_users_get_nothing(world: World) -> None:
    core, flows, clock = world
    await core.storage.users.change(1001, muted=True)
    clock.moment = datetime(2025, 6, 13, 9, 0, tzinfo=SH)
    assert await flows.notices.enqueue_reminders() == 0
    await core.storage.users.change(1001, muted=False)
    await core.storage.users.mark_blocked(1001, clock())
    assert await flows.notices.enqueue_reminders() == 0


async def test_a_newly_published_guideline_is_announced_once_per_subscriber(
        db_settings: Settings, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.__main__ import main

    monkeypatch.setenv("ZHINAN_DB", db_settings.db)
    metadata = db_settings.data_dir / "catalogue.toml"
    full = metadata.read_text(encoding="utf-8")
    metadata.write_text(full.split('[[guideline]]\nkey = "gl22"')[0], encoding="utf-8")
    assert await asyncio.to_thread(main, ["catalogue", "load"]) == 0  # four, no 桂林
    storage = await Storage.open(db_settings.db)
    try:
        now = datetime(2025, 6, 1, tzinfo=SH)
        for uid, kind, target in ((1, "city", "桂林"), (2, "search", "中药民族药"),
                                  (3, "city", "南宁")):
            await storage.users.touch(uid, f"u{uid}", None, now, private=True)
            await storage.subscriptions.add(uid, kind, target, now)  # type: ignore[arg-type]
        metadata.write_text(full, encoding="utf-8")
        assert await asyncio.to_thread(main, ["catalogue", "load"]) == 0
        assert "new guideline(s) gl22: 2 subscriber(s) will be told" in capsys.readouterr().out
        rows = await storage.outbox.rows(kind="publish")
        assert sorted(row["user_id"] for row in rows) == [1, 2]  # type: ignore[type-var]
        assert str(rows[0]["text"]).startswith("🆕 <b>桂林发布了2022年度科技计划申报指南</b>")
        assert await asyncio.to_thread(main, ["catalogue", "load"]) == 0  # announces nothing
        assert len(await storage.outbox.rows(kind="publish")) == 2
    finally:
        await storage.close()


# --------------------------------------------------------------------------- pure planning

CLOSES = Stage(label="电子申报材料截止", ends_at=datetime(2025, 6, 20, 18, 0, tzinfo=SH))
DATED = Window(status="dated", stages=[CLOSES])


def test_an_early_morning_deadline_counts_days_in_shanghai_time() -> None:
    # 07:00 on 06-20 in Shanghai is still 06-19 in UTC: the day before is 06-19, not 06-18
    early = Stage(label="x", ends_at=datetime(2025, 6, 20, 7, 0, tzinfo=SH))
    assert [(offset, at.isoformat()) for offset, at in ladder_times(early, (1, 0), SH)] == [
        (1, "2025-06-19T09:00:00+08:00")]


@pytest.mark.parametrize(("since", "offsets"), [
    (datetime(2025, 6, 13, 9, 0, tzinfo=SH), [(7, "2025-06-13T09:00:00+08:00")]),  # at the step
    (datetime(2025, 6, 13, 9, 0, 1, tzinfo=SH), []),  # a second after it: that step predates
    (None, [(7, "2025-06-13T09:00:00+08:00")]),
])
def test_a_step_at_the_moment_of_subscribing_is_sent(since: datetime | None,
                                                     offsets: list[tuple[int, str]]) -> None:
    now = datetime(2025, 6, 13, 10, 0, tzinfo=SH)
    due = due_now(1, WindowRef("bs25"), DATED, DEFAULT_LADDER, now, SH, since)
    assert [(d.offset, d.due_at.isoformat()) for d in due] == offsets


def test_nothing_is_due_at_the_deadline_itself() -> None:
    due = due_now(1, WindowRef("bs25"), DATED, DEFAULT_LADDER, CLOSES.ends_at, SH)
    assert due == []


def _sub(kind: str, target: str, since: datetime, user_id: int = 1, sector: str = "",
         sub_id: int = 1) -> Subscription:
    return Subscription(sub_id, user_id, kind, target, sector, since)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def parts(catalogue: list[Guideline]) -> tuple[dict[str, Leaf], dict[str, GuidelineMeta]]:
    return ({leaf.id: leaf for g in catalogue for leaf in g.leaves},
            {g.meta.key: g.meta for g in catalogue})


def _no_search(text: str) -> list[Leaf]:
    return []


@pytest.mark.parametrize(("kind", "target", "sector", "refs"), [
    ("leaf", "bs25-001", "", {WindowRef("bs25")}),       # a direction → its guideline's window
    ("leaf", "nope-001", "", set()),                     # a direction no longer published
    ("guideline", "gl22", "", {WindowRef("gl22")}),
    ("guideline", "xx99", "", set()),
    ("city", "百色", "", {WindowRef("bs25")}),
    ("city", "百色", "no-such-sector", set()),
    ("city", "百色", "ai", {WindowRef("bs25")}),  # every city has AI directions; only 百色's
])
def test_which_windows_a_subscription_is_about(
        parts: tuple[dict[str, Leaf], dict[str, GuidelineMeta]], kind: str, target: str,
        sector: str, refs: set[WindowRef]) -> None:
    leaves, metas = parts
    found = concerned_refs(_sub(kind, target, NOW_SUB, sector=sector), leaves, metas, set(),
                           _no_search)
    assert found == refs


def test_a_direction_with_its_own_window_is_followed_there(
        parts: tuple[dict[str, Leaf], dict[str, GuidelineMeta]]) -> None:
    leaves, metas = parts
    own = WindowRef("bs25", "bs25-001")
    assert concerned_refs(_sub("leaf", "bs25-001", NOW_SUB), leaves, metas, {own},
                          _no_search) == {own}


NOW_SUB = datetime(2025, 6, 1, 12, 0, tzinfo=SH)


def test_plan_uses_the_earliest_subscription_each_users_ladder_and_dated_windows_only(
        parts: tuple[dict[str, Leaf], dict[str, GuidelineMeta]]) -> None:
    leaves, metas = parts
    subs = [
        # user 1 follows 百色 twice: by direction since 06-12 and by city since 06-01
        _sub("leaf", "bs25-001", datetime(2025, 6, 12, tzinfo=SH), sub_id=1),
        _sub("city", "百色", NOW_SUB, sub_id=2),
        # user 2 follows 百色 with the short ladder (3 days, the last day) and 桂林, whose
        # window is rolling: its batch is dated, but rolling windows get no ladder
        _sub("guideline", "bs25", NOW_SUB, user_id=2, sub_id=3),
        _sub("guideline", "gl22", NOW_SUB, user_id=2, sub_id=4),
    ]
    windows = {WindowRef("bs25"): DATED,
               WindowRef("gl22"): Window(status="rolling", stages=[CLOSES])}
    now = datetime(2025, 6, 10, 10, 0, tzinfo=SH)  # 06-06 (14 days) has passed, 06-13 not yet
    due = plan(subs, windows, {2: (3, 0)}, leaves, metas, _no_search, now, SH)
    # user 1's earliest subscription (06-01) admits the 06-06 step; user 2's ladder has none yet
    assert [(d.user_id, d.ref, d.offset) for d in due] == [(1, WindowRef("bs25"), 14)]
    later = datetime(2025, 6, 17, 9, 30, tzinfo=SH)
    due = plan(subs, windows, {2: (3, 0)}, leaves, metas, _no_search, later, SH)
    assert [(d.user_id, d.offset) for d in due] == [(1, 3), (2, 3)]
    # the earliest subscription wins whichever was made first in the list
    due = plan(list(reversed(subs)), windows, {2: (3, 0)}, leaves, metas, _no_search, now, SH)
    assert [(d.user_id, d.ref, d.offset) for d in due] == [(1, WindowRef("bs25"), 14)]


def test_plan_follows_a_saved_search_to_the_windows_of_its_results(
        parts: tuple[dict[str, Leaf], dict[str, GuidelineMeta]]) -> None:
    leaves, metas = parts

    def search(text: str) -> list[Leaf]:  # 百色's first direction is what 人工智能 finds
        return [leaves["bs25-001"]] if text == "人工智能" else []

    subs = [_sub("search", "人工智能", NOW_SUB, user_id=3)]
    now = datetime(2025, 6, 10, 10, 0, tzinfo=SH)
    due = plan(subs, {WindowRef("bs25"): DATED}, {}, leaves, metas, search, now, SH)
    assert [(d.user_id, d.ref, d.offset) for d in due] == [(3, WindowRef("bs25"), 14)]


class JumpClock(Clock):
    """A clock moved on between two readings: what a test's (or an operator's) clock change
    during a planning pass looks like to the planner."""

    def __init__(self, first: datetime, then: datetime) -> None:
        super().__init__(first)
        self.then = then

    def __call__(self) -> datetime:
        moment, self.moment = self.moment, self.then
        return moment


async def test_a_reminder_is_planned_and_worded_at_the_same_moment(
        db_settings: Settings, catalogue: list[Guideline]) -> None:
    await publish_into(db_settings.db, catalogue)
    start = datetime(2025, 6, 1, 12, 0, tzinfo=SH)
    core = await Core.open(db_settings, clock=Clock(start))
    try:
        await core.storage.users.touch(1001, "王经理", None, start, private=True)
        await core.storage.subscriptions.add(1001, "guideline", "bs25", start)
        core.clock = JumpClock(datetime(2025, 6, 13, 9, 0, 5, tzinfo=SH),
                               datetime(2025, 6, 20, 9, 0, 1, tzinfo=SH))
        await Flows(core).notices.enqueue_reminders()
        planned = await _sent_offsets(core)
        (row,) = await core.storage.outbox.rows(kind="reminder")
        step = next(s for s in planned if s.endswith("电子申报材料截止")).split("@")[0]
        assert f"电子申报材料截止：2025-06-20 18:00（还剩 {step} 天）" in str(row["text"])
    finally:
        await core.close()
