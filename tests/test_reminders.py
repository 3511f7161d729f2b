"""Deadline reminders with an injected clock: right local times, exactly once, restart-safe."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.catalogue.models import Guideline, Stage, Window
from bot.config import Settings
from bot.reminders import WindowRef, ladder_times
from bot.services import Services
from bot.store import Store, legacy_path

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


@pytest.fixture
def world(settings: Settings, catalogue: list[Guideline]) -> tuple[Services, Clock]:
    Store(legacy_path(settings.db)).replace_catalogue(catalogue)
    clock = Clock(datetime(2025, 6, 1, 12, 0, tzinfo=SH))
    services = Services.build(settings, clock=clock)
    services.state.touch_user(1001, "王经理", clock())
    services.state.subscribe(1001, "guideline", "bs25", clock())
    return services, clock


def _sent_offsets(services: Services) -> list[str]:
    """step@stage for every reminder key planned, in planning order."""
    rows = services.store.db.query("SELECT key FROM reminder_keys ORDER BY outbox_id, key")
    return [row["key"].rsplit(":", 1)[1] + "@" + row["key"].split(":")[4] for row in rows]


def _walk(services: Services, clock: Clock, until: datetime, step: timedelta) -> None:
    while clock.moment < until:
        clock.moment += step
        services.enqueue_reminders()


def test_the_whole_ladder_once_each_for_every_stage(world: tuple[Services, Clock]) -> None:
    services, clock = world
    _walk(services, clock, datetime(2025, 7, 1, tzinfo=SH), timedelta(minutes=30))
    sent = _sent_offsets(services)
    # 百色 has three stages (06-20, 06-27, 06-30, all 18:00); each gets 14/7/3/1/0
    assert sent.count("14@电子申报材料截止") == 1
    assert [s for s in sent if s.endswith("电子申报材料截止")] == [
        "14@电子申报材料截止", "7@电子申报材料截止", "3@电子申报材料截止", "1@电子申报材料截止",
        "0@电子申报材料截止"]
    assert len(sent) == 15 and len(set(sent)) == 15


def test_restart_mid_ladder_sends_no_duplicate_and_no_gap(
        world: tuple[Services, Clock], settings: Settings) -> None:
    services, clock = world
    _walk(services, clock, datetime(2025, 6, 14, tzinfo=SH), timedelta(hours=1))
    before = _sent_offsets(services)
    restarted = Services.build(settings, clock=clock)  # a new process on the same database
    restarted.enqueue_reminders()
    assert _sent_offsets(restarted) == before  # nothing new at the same moment
    _walk(restarted, clock, datetime(2025, 7, 1, tzinfo=SH), timedelta(hours=1))
    assert len(_sent_offsets(restarted)) == 15


def test_downtime_catches_up_with_only_the_latest_step(world: tuple[Services, Clock]) -> None:
    services, clock = world
    clock.moment = datetime(2025, 6, 18, 10, 0, tzinfo=SH)  # down since 06-01: 14, 7, 3 missed
    services.enqueue_reminders()
    first_stage = [s for s in _sent_offsets(services) if s.endswith("电子申报材料截止")]
    assert first_stage == ["3@电子申报材料截止"]


def test_nothing_after_the_deadline(world: tuple[Services, Clock]) -> None:
    services, clock = world
    clock.moment = datetime(2025, 7, 1, 9, 0, tzinfo=SH)
    assert services.enqueue_reminders() == 0


def test_steps_before_subscribing_are_not_sent(world: tuple[Services, Clock]) -> None:
    services, clock = world
    clock.moment = datetime(2025, 6, 10, 9, 0, tzinfo=SH)
    services.state.touch_user(1002, "Alice", clock())
    services.state.subscribe(1002, "leaf", "bs25-001", clock())
    services.enqueue_reminders()
    alice = [row for row in services.store.db.query(
        "SELECT id FROM outbox WHERE user_id = 1002")]
    assert alice == []  # the 06-06 step predates her subscription


def test_a_changed_deadline_reschedules(world: tuple[Services, Clock]) -> None:
    services, clock = world
    clock.moment = datetime(2025, 6, 13, 9, 30, tzinfo=SH)
    services.enqueue_reminders()
    moved = Window(status="dated", stages=[Stage(label="电子申报材料截止",
                                                 ends_at=datetime(2025, 7, 20, 18, 0, tzinfo=SH))])
    services.state.set_window("bs25", "", moved, "admin:1", clock())
    services.refresh()
    clock.moment = datetime(2025, 7, 6, 9, 0, tzinfo=SH)
    services.enqueue_reminders()
    rows = [row["key"] for row in services.store.db.query(
        "SELECT key FROM reminder_keys WHERE key LIKE '%2025-07-20%'")]
    assert len(rows) == 1 and rows[0].endswith(":14")
    assert services.windows[WindowRef("bs25")].stages[0].ends_at.month == 7


def test_reminders_due_together_are_one_message(world: tuple[Services, Clock]) -> None:
    services, clock = world
    clock.moment = datetime(2025, 6, 13, 9, 0, tzinfo=SH)  # 7 days before 06-20, 14 before 06-27
    assert services.enqueue_reminders() == 1
    text = next(iter(services.store.db.query("SELECT text FROM outbox")))["text"]
    assert "电子申报材料截止：2025-06-20 18:00（还剩 7 天）" in text
    assert "一次性补正材料截止：2025-06-27 18:00（还剩 14 天）" in text
    assert services.enqueue_reminders() == 0


def test_muted_and_blocked_users_get_nothing(world: tuple[Services, Clock]) -> None:
    services, clock = world
    services.state.set_user_field(1001, "muted", 1)
    clock.moment = datetime(2025, 6, 13, 9, 0, tzinfo=SH)
    assert services.enqueue_reminders() == 0
    services.state.set_user_field(1001, "muted", 0)
    services.state.mark_blocked(1001, clock())
    assert services.enqueue_reminders() == 0


def test_the_database_file_is_where_settings_say(world: tuple[Services, Clock],
                                                 settings: Settings) -> None:
    assert Path(legacy_path(settings.db)).exists()


def test_a_newly_published_guideline_is_announced_once_per_subscriber(
        settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    from bot.__main__ import main
    from bot.state import State

    metadata = settings.data_dir / "catalogue.toml"
    full = metadata.read_text(encoding="utf-8")
    metadata.write_text(full.split('[[guideline]]\nkey = "gl22"')[0], encoding="utf-8")
    assert main(["catalogue", "load"]) == 0  # four guidelines, no 桂林
    state = State(Store(legacy_path(settings.db)))
    now = datetime(2025, 6, 1, tzinfo=SH)
    for uid, kind, target in ((1, "city", "桂林"), (2, "search", "中药民族药"),
                              (3, "city", "南宁")):
        state.touch_user(uid, f"u{uid}", now)
        state.subscribe(uid, kind, target, now)  # type: ignore[arg-type]
    metadata.write_text(full, encoding="utf-8")
    assert main(["catalogue", "load"]) == 0
    assert "new guideline(s) gl22: 2 subscriber(s) will be told" in capsys.readouterr().out
    rows = list(state.db.query("SELECT user_id, text FROM outbox WHERE kind = 'publish'"))
    assert sorted(row["user_id"] for row in rows) == [1, 2]
    assert rows[0]["text"].startswith("🆕 <b>桂林发布了2022年度科技计划申报指南</b>")
    assert main(["catalogue", "load"]) == 0  # loading again announces nothing more
    assert len(list(state.db.query("SELECT id FROM outbox WHERE kind = 'publish'"))) == 2
