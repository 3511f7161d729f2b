"""Group robots' storage on both databases: registration, states, and the outbox rows a digest
claims, releases and settles together."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.db import Storage
from bot.db.outbox import NewMessage, Result
from bot.db.robots import DuplicateWebhook, NewRobot

NOW = datetime(2025, 6, 10, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
HOOK = "https://oapi.dingtalk.com/robot/send?access_token=35fd4b08dea143f19921121f0a6282dc"


def _robot(webhook: str = HOOK) -> NewRobot:
    return NewRobot("dingtalk", webhook, 1001, "zh_CN", "city", "南宁", city="南宁",
                    secret="SECabc")


async def test_a_robot_is_registered_once_confirmed_and_disabled(storage: Storage) -> None:
    robot_id = await storage.robots.add(_robot(), NOW)
    with pytest.raises(DuplicateWebhook):
        await storage.robots.add(_robot(), NOW)
    assert await storage.robots.active_in_city("南宁") == []  # pending until confirmed
    assert await storage.robots.activate(robot_id, NOW)
    assert not await storage.robots.activate(robot_id, NOW)
    [active] = await storage.robots.active_in_city("南宁")
    assert (active.id, active.verified_at) == (robot_id, NOW)
    assert "access_token" not in repr(active) and "SEC" not in repr(active)
    await storage.outbox.enqueue([NewMessage("reminder", robot_id, "{}", channel="dingtalk"),
                                  NewMessage("reminder", robot_id, "{}")], NOW)  # Telegram
    assert await storage.robots.disable(robot_id, "dingtalk 310000: sign not match")
    assert not await storage.robots.disable(robot_id, "again")  # the owner is told once
    states = {(row["channel"], row["state"]) for row in await storage.outbox.rows()}
    assert states == {("dingtalk", "cancelled"), ("telegram", "pending")}
    assert await storage.robots.active() == []
    assert not await storage.robots.remove(robot_id, owner_id=999)  # not theirs
    assert await storage.robots.remove(robot_id, owner_id=1001)
    assert await storage.robots.get(robot_id) is None


async def test_a_digest_claims_a_robots_due_rows_and_releases_what_did_not_fit(
        storage: Storage) -> None:
    rows = [NewMessage("window_change", 7, f"n{i}", channel="feishu") for i in range(4)]
    rows += [NewMessage("window_change", 8, "other", channel="feishu", priority=1),
             NewMessage("window_change", 7, "telegram user 7")]
    await storage.outbox.enqueue(rows, NOW)
    assert await storage.outbox.due_chats(NOW, ("feishu",)) == [("feishu", 8), ("feishu", 7)]
    batch = await storage.outbox.claim_chat("feishu", 7, NOW, 10)
    assert [item.text for item in batch] == ["n0", "n1", "n2", "n3"]
    await storage.outbox.release([batch[3].id])
    await storage.outbox.finish([item.id for item in batch[:3]], Result("sent", NOW, 0))
    (again,) = await storage.outbox.claim_chat("feishu", 7, NOW, 10)
    assert (again.text, again.attempts) == ("n3", 1)  # released rows are not counted
    later = NOW + timedelta(minutes=10)
    await storage.outbox.finish([again.id], Result("retry", later, error="too fast"))
    assert await storage.outbox.claim_chat("feishu", 7, NOW, 10) == []
    assert await storage.outbox.due_chats(later, ("feishu",)) == [("feishu", 8), ("feishu", 7)]
    counts = await storage.outbox.counts()
    assert counts == {"sent": 3, "pending": 3}
