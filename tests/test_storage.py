"""Storage on both databases: migrations, the catalogue, users, subscriptions, windows, the
outbox, broadcasts, the support desk, dialog steps and process leases."""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import inspect

from bot.catalogue.models import Guideline, Stage, Window
from bot.db import Database, DatabaseUrlError, Storage, migrate, parse_target
from bot.db import schema as s
from bot.db.desk import NewTicket, Ticket
from bot.db.outbox import NewMessage, Result

NOW = datetime(2025, 6, 10, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
SUPPORT = -2002


# --------------------------------------------------------------------------- the database


@pytest.mark.parametrize("value", ["mysql://u@h/db", "sqlite:///x.db", "postgresq://h/db",
                                   "http://example.org/db", "  "])
def test_anything_but_a_path_or_postgresql_url_is_refused(value: str) -> None:
    with pytest.raises(DatabaseUrlError):
        parse_target(value)


def test_a_path_is_sqlite_and_a_url_is_postgresql(tmp_path: object) -> None:
    assert parse_target("/tmp/z.sqlite3").dialect == "sqlite"
    target = parse_target("postgresql://bot:s3cret@db:5432/zhinan")
    assert (target.dialect, target.url.drivername) == ("postgresql", "postgresql+asyncpg")
    assert "s3cret" not in target.safe


async def test_migrations_apply_once_and_match_the_schema(storage: Storage) -> None:
    assert await migrate.upgrade(storage.db) == []
    assert await migrate.current(storage.db) == migrate.head()

    def tables(conn: object) -> dict[str, set[str]]:
        inspector = inspect(conn)
        return {name: {col["name"] for col in inspector.get_columns(name)}
                for name in inspector.get_table_names() if name != "alembic_version"}

    async with storage.db.read() as conn:
        found = await conn.run_sync(tables)
    assert found == {name: set(table.columns.keys()) for name, table in s.metadata.tables.items()}


async def test_times_come_back_aware_and_equal(storage: Storage) -> None:
    await storage.users.touch(1, "王", None, NOW, private=True)
    user = await storage.users.get(1)
    assert user is not None
    assert user.seen_at == NOW and user.seen_at.tzinfo is not None


# --------------------------------------------------------------------------- catalogue


async def test_publish_is_per_guideline_and_versioned(storage: Storage,
                                                      catalogue: list[Guideline]) -> None:
    assert await storage.catalogue.version() == 0
    for guideline in catalogue:
        assert await storage.catalogue.publish(guideline, NOW) == "loaded"
    assert await storage.catalogue.version() == len(catalogue)
    assert await storage.catalogue.publish(catalogue[0], NOW) == "unchanged"
    snapshot = await storage.catalogue.snapshot()
    assert snapshot.version == len(catalogue)
    assert sorted(leaf.id for leaf in snapshot.leaves) == sorted(
        leaf.id for g in catalogue for leaf in g.leaves)
    by_id = {leaf.id: leaf for g in catalogue for leaf in g.leaves}
    assert all(leaf == by_id[leaf.id] for leaf in snapshot.leaves)  # every field round-trips


async def test_leaves_read_back_share_equal_values_and_keep_their_types(
        storage: Storage, catalogue: list[Guideline]) -> None:
    """Every process holds every leaf: equal lists and numbers are one object each, and a
    quota of 2 stays an int, an amount of 2.0 a float (1 and 1.0 are one dict key)."""
    for guideline in catalogue:
        await storage.catalogue.publish(guideline, NOW)
    leaves = (await storage.catalogue.snapshot()).leaves
    by_id = {leaf.id: leaf for g in catalogue for leaf in g.leaves}
    for leaf in leaves:
        for field in dataclasses.fields(leaf):
            assert type(getattr(leaf, field.name)) is type(getattr(by_id[leaf.id], field.name)), (
                leaf.id, field.name)
    for name in ("sectors", "inherited", "year", "funding_max_wan"):
        groups: dict[str, set[int]] = {}
        for leaf in leaves:
            if getattr(leaf, name) not in (None, []):
                groups.setdefault(repr(getattr(leaf, name)), set()).add(id(getattr(leaf, name)))
        assert groups and all(len(ids) == 1 for ids in groups.values()), name


async def test_a_failed_publish_keeps_the_previous_version(storage: Storage,
                                                           catalogue: list[Guideline]) -> None:
    await storage.catalogue.publish(catalogue[0], NOW)
    broken = catalogue[0].model_copy(deep=True)
    broken.leaves[1].id = broken.leaves[0].id  # a duplicate primary key fails mid-insert
    broken.leaves[0].title = "改过的标题"
    with pytest.raises(Exception, match=r"(?i)unique|duplicate"):
        await storage.catalogue.publish(broken, NOW)
    snapshot = await storage.catalogue.snapshot()
    assert [leaf.title for leaf in snapshot.leaves] == [leaf.title for leaf in catalogue[0].leaves]
    assert snapshot.version == 1


async def test_withdraw_removes_one_guideline(storage: Storage, catalogue: list[Guideline]) -> None:
    for guideline in catalogue[:2]:
        await storage.catalogue.publish(guideline, NOW)
    assert await storage.catalogue.withdraw(catalogue[0].meta.key, NOW)
    snapshot = await storage.catalogue.snapshot()
    assert {leaf.guideline for leaf in snapshot.leaves} == {catalogue[1].meta.key}
    assert snapshot.version == 3


# --------------------------------------------------------------------------- users


async def test_ui_entries_changed_at_once_are_all_kept(storage: Storage) -> None:
    """A search and a comparison toggled at the same moment: each update reads and writes the
    user's ui state in one transaction, so neither loses the other's entry."""
    await storage.users.touch(1, "王", None, NOW, private=True)
    await storage.users.change(1, ui={"lang_hint": "zh"})
    await asyncio.gather(*(storage.users.update_ui(1, lambda ui, i=i: ui.update({f"k{i}": i}))
                           for i in range(8)))
    user = await storage.users.get(1)
    assert user is not None and user.ui == {"lang_hint": "zh", **{f"k{i}": i for i in range(8)}}
    assert await storage.users.update_ui(1, lambda ui: ui.pop("lang_hint")) == {
        f"k{i}": i for i in range(8)}


async def test_one_ui_entry_set_in_one_statement_keeps_the_others(storage: Storage) -> None:
    """The last search is written on every question without reading the state first: it
    replaces its own entry whole (no old sub-key survives) and leaves the others, even ones
    set at the same moment."""
    await storage.users.touch(1, "王", None, NOW, private=True)
    await storage.users.set_ui(1, "search", {"q": "锂电池", "drop": ["city"], "ids": [1, 2]})
    await asyncio.gather(storage.users.set_ui(1, "search", {"q": "人工智能", "ids": [3]}),
                         storage.users.update_ui(1, lambda ui: ui.update(compare=["a"])))
    user = await storage.users.get(1)
    assert user is not None and user.ui == {"search": {"q": "人工智能", "ids": [3]},
                                            "compare": ["a"]}
    await storage.users.set_ui(2, "search", {"q": "x"})  # nobody: nothing written, no error
    assert await storage.users.get(2) is None


async def test_only_users_who_started_the_bot_are_reachable(storage: Storage) -> None:
    await storage.users.touch(1, "私聊", None, NOW, private=True)
    await storage.users.touch(2, "只在群里", None, NOW, private=False)
    await storage.users.touch(3, "拉黑了", None, NOW, private=True)
    await storage.users.mark_blocked(3, NOW)
    await storage.users.touch(3, "拉黑了", None, NOW, private=False)  # a group line: still blocked
    assert await storage.users.reachable_ids() == [1]
    await storage.users.touch(3, "拉黑了", None, NOW, private=True)  # wrote privately again
    assert await storage.users.reachable_ids() == [1, 3]


async def test_forget_deletes_everything_about_a_user(storage: Storage) -> None:
    await storage.users.touch(1, "王", "wang", NOW, private=True)
    await storage.users.change(1, profile={"kind": "enterprise"}, city="南宁")
    await storage.subscriptions.add(1, "city", "南宁", NOW)
    await storage.dialogs.set(1, 1, "ask", {"leaf": "gl22-001"}, NOW)
    await storage.outbox.enqueue([NewMessage("reminder", 1, "秘密内容", user_id=1)], NOW)
    ticket = await storage.desk.open(_new(), NOW, 3, 5)
    assert isinstance(ticket, Ticket)
    await storage.users.forget(1)
    assert await storage.users.get(1) is None
    assert await storage.subscriptions.of_user(1) == []
    assert await storage.dialogs.get(1, 1, NOW) is None
    assert await storage.desk.get(ticket.id) is None
    assert [(row["state"], row["text"]) for row in await storage.outbox.rows(user_id=1)] == [
        ("cancelled", "")]


async def test_users_are_found_by_username(storage: Storage) -> None:
    await storage.users.touch(7, "Li", "Li_Support", NOW, private=True)
    found = await storage.users.by_username("@li_support")
    assert found is not None and found.id == 7
    assert await storage.users.by_username("nobody") is None


# --------------------------------------------------------------------------- subscriptions


async def test_subscriptions_and_followers(storage: Storage) -> None:
    for uid in (1, 2, 3):
        await storage.users.touch(uid, str(uid), None, NOW, private=True)
    assert await storage.subscriptions.add(1, "city", "南宁", NOW, sector="energy")
    assert not await storage.subscriptions.add(1, "city", "南宁", NOW, sector="energy")
    await storage.subscriptions.add(2, "city", "南宁", NOW)
    await storage.subscriptions.add(3, "city", "桂林", NOW)
    await storage.users.change(2, muted=True)
    assert await storage.subscriptions.followers("city", ["南宁"], "energy") == {1, 2}
    assert await storage.subscriptions.followers("city", ["南宁"], "ai") == {2}
    assert {sub.user_id for sub in await storage.subscriptions.for_reminders()} == {1, 3}
    own = await storage.subscriptions.of_user(1)
    assert await storage.subscriptions.remove(2, own[0].id) is False  # not theirs
    assert await storage.subscriptions.remove(1, own[0].id) is True


# --------------------------------------------------------------------------- windows


async def test_window_change_is_recorded_and_cancels_planned_reminders(storage: Storage) -> None:
    await storage.users.touch(1, "王", None, NOW, private=True)
    key = "rem:1:bs25::电子申报材料截止:2025-06-20T18:00:00+08:00:7"
    assert await storage.outbox.enqueue_reminder(1, [key], lambda keys: "提醒", NOW)
    dated = Window(status="dated", stages=[Stage(label="截止", ends_at=NOW + timedelta(days=9))])
    assert await storage.windows.set("bs25", "", dated, "admin:9", NOW) is None
    old = await storage.windows.set("bs25", "", Window(status="later"), "admin:9", NOW)
    assert old is not None and old.status == "dated"
    assert (await storage.windows.all())[("bs25", "")].status == "later"
    assert [row["state"] for row in await storage.outbox.rows(kind="reminder")] == ["cancelled"]


# --------------------------------------------------------------------------- outbox


async def test_outbox_dedupes_claims_in_priority_order_and_recovers(storage: Storage) -> None:
    added = await storage.outbox.enqueue([
        NewMessage("broadcast", 10, "a", dedupe="x"), NewMessage("broadcast", 11, "b"),
        NewMessage("reminder", 12, "c", priority=1), NewMessage("broadcast", 13, "dup",
                                                                dedupe="x")], NOW)
    assert added == 3
    items = await storage.outbox.claim(NOW, 2)
    assert [item.text for item in items] == ["c", "a"]
    assert await storage.outbox.claim(NOW, 5) == [items[0].__class__(
        **{**items[0].__dict__, "id": 2, "kind": "broadcast", "chat_id": 11, "text": "b",
           "attempts": 1, "broadcast_id": None})]
    await storage.outbox.finish(items[0].id, Result("sent", NOW, message_id=5))
    assert await storage.outbox.recover_in_flight(NOW) == 2  # "a" and "b" were in flight
    assert await storage.outbox.counts() == {"sent": 1, "unknown": 2}
    assert await storage.outbox.claim(NOW + timedelta(days=1), 5) == []  # never resent


async def test_a_retry_is_due_later(storage: Storage) -> None:
    await storage.outbox.enqueue([NewMessage("broadcast", 10, "a")], NOW)
    (item,) = await storage.outbox.claim(NOW, 1)
    later = NOW + timedelta(seconds=8)
    assert await storage.outbox.finish_and_claim(item.id, Result("retry", later, error="5xx"),
                                                 NOW, 1) == []
    assert await storage.outbox.next_due() == later
    (again,) = await storage.outbox.claim(later, 1)
    assert again.attempts == 2


async def test_concurrent_claimers_never_share_a_row(storage: Storage) -> None:
    await storage.outbox.enqueue([NewMessage("broadcast", 100 + i, str(i)) for i in range(60)],
                                 NOW)

    async def drain() -> list[int]:
        taken: list[int] = []
        while items := await storage.outbox.claim(NOW, 3):
            taken += [item.id for item in items]
        return taken

    batches = await asyncio.gather(*(drain() for _ in range(4)))
    flat = [row_id for batch in batches for row_id in batch]
    assert sorted(flat) == sorted(set(flat)) and len(flat) == 60


async def test_reminder_keys_are_used_once(storage: Storage) -> None:
    await storage.users.touch(1, "王", None, NOW, private=True)
    assert await storage.outbox.enqueue_reminder(1, ["k1", "k2"], lambda keys: ",".join(keys), NOW)
    assert await storage.outbox.enqueue_reminder(1, ["k2", "k3"], lambda keys: ",".join(keys), NOW)
    assert not await storage.outbox.enqueue_reminder(1, ["k1"], lambda keys: "x", NOW)
    assert [row["text"] for row in await storage.outbox.rows(kind="reminder")] == ["k1,k2", "k3"]


async def test_a_rate_limited_retry_uses_up_no_attempt(storage: Storage) -> None:
    """Four 429s then a 5xx must not make a message "failed after five attempts": only tries
    that could have failed count."""
    await storage.outbox.enqueue([NewMessage("broadcast", 10, "a")], NOW)
    for _ in range(4):
        (item,) = await storage.outbox.claim(NOW, 1)
        await storage.outbox.finish(item.id, Result("retry", NOW, error="429", counted=False))
    (item,) = await storage.outbox.claim(NOW, 1)
    assert item.attempts == 1
    await storage.outbox.finish_many_and_claim(
        [(item.id, Result("retry", NOW, error="429", counted=False))], NOW, 0)
    (item,) = await storage.outbox.claim(NOW, 1)
    assert item.attempts == 1


async def test_reminder_planners_racing_send_one_message(storage: Storage) -> None:
    """Two ticks overlapping (PostgreSQL: both read the keys unused before either commits)
    never fail and never queue a second message."""
    await storage.users.touch(1, "王", None, NOW, private=True)
    added = await asyncio.gather(*(storage.outbox.enqueue_reminder(
        1, ["k1", "k2"], lambda keys: ",".join(keys), NOW) for _ in range(8)))
    assert sorted(added) == [False] * 7 + [True]
    assert [row["text"] for row in await storage.outbox.rows(kind="reminder")] == ["k1,k2"]


async def test_outcomes_are_recorded_with_their_moment_message_id_and_error(
        storage: Storage) -> None:
    await storage.outbox.enqueue([NewMessage("broadcast", chat, text) for chat, text in
                                  ((10, "a"), (11, "b"), (12, "c"))], NOW)
    one, two, three = await storage.outbox.claim(NOW, 3)
    later, retry_at = NOW + timedelta(seconds=5), NOW + timedelta(seconds=9)
    await storage.outbox.finish(one.id, Result("sent", later, message_id=77))
    await storage.outbox.finish(two.id, Result("blocked", later, error="403 blocked"))
    await storage.outbox.finish(three.id, Result("retry", retry_at, error="502"))
    rows = [(row["chat_id"], row["state"], row["sent_at"], row["message_id"], row["error"],
             row["next_at"]) for row in await storage.outbox.rows()]
    assert rows == [(10, "sent", later, 77, None, NOW),
                    (11, "blocked", later, None, "403 blocked", NOW),
                    (12, "pending", None, None, "502", retry_at)]


async def test_enqueueing_nothing_adds_nothing(storage: Storage) -> None:
    assert await storage.outbox.enqueue([], NOW) == 0
    assert await storage.outbox.counts() == {}


async def test_each_channel_claims_and_recovers_only_its_own_rows(storage: Storage) -> None:
    await storage.outbox.enqueue([NewMessage("broadcast", 1, "电报"),
                                  NewMessage("broadcast", 2, "群机器人", channel="wecom")], NOW)
    assert [item.chat_id for item in await storage.outbox.claim(NOW, 5)] == [1]
    assert [item.chat_id for item in await storage.outbox.claim(NOW, 5,
                                                                channels=("wecom",))] == [2]
    crash = NOW + timedelta(minutes=1)
    assert await storage.outbox.recover_in_flight(crash, channels=("telegram",)) == 1
    assert [(row["chat_id"], row["state"], row["sent_at"], row["error"])
            for row in await storage.outbox.rows()] == [
        (1, "unknown", crash, "in flight during a crash"), (2, "sending", None, None)]


async def test_next_due_looks_at_pending_rows_of_its_channels(storage: Storage) -> None:
    earlier = NOW - timedelta(hours=1)
    await storage.outbox.enqueue([NewMessage("broadcast", 1, "a")], earlier)
    await storage.outbox.enqueue([NewMessage("broadcast", 2, "b", channel="wecom")], NOW)
    await storage.outbox.enqueue([NewMessage("broadcast", 3, "c")], NOW)
    assert await storage.outbox.next_due() == earlier
    await storage.outbox.claim(NOW, 1)  # chat 1's row is in flight now, no longer due
    assert await storage.outbox.next_due() == NOW
    assert await storage.outbox.next_due(("wecom",)) == NOW
    await storage.outbox.claim(NOW, 1)
    assert await storage.outbox.next_due() is None  # the wecom row is not the sender's


async def test_finish_and_claim_takes_no_more_than_asked(storage: Storage) -> None:
    await storage.outbox.enqueue([NewMessage("broadcast", 100 + i, str(i)) for i in range(4)],
                                 NOW)
    (first,) = await storage.outbox.claim(NOW, 1)
    following = await storage.outbox.finish_and_claim(first.id, Result("sent", NOW, 1), NOW, 2)
    assert [item.text for item in following] == ["1", "2"]


async def test_reminder_keys_come_in_planning_order(storage: Storage) -> None:
    await storage.users.touch(1, "王", None, NOW, private=True)
    await storage.outbox.enqueue_reminder(1, ["rem:b", "rem:a"], lambda keys: "x", NOW)
    await storage.outbox.enqueue_reminder(1, ["rem:0"], lambda keys: "y", NOW)
    assert await storage.outbox.reminder_keys() == ["rem:a", "rem:b", "rem:0"]


async def test_a_reminder_goes_ahead_of_a_broadcast_queued_before_it(storage: Storage) -> None:
    await storage.users.touch(1, "王", None, NOW, private=True)
    await storage.outbox.enqueue([NewMessage("broadcast", 2, "群发")], NOW)
    assert await storage.outbox.enqueue_reminder(1, ["rem:k"], lambda keys: "提醒", NOW)
    (first,) = await storage.outbox.claim(NOW, 1)
    assert (first.text, first.kind, first.chat_id, first.user_id) == ("提醒", "reminder", 1, 1)


# --------------------------------------------------------------------------- broadcasts


async def test_broadcast_rows_progress_and_city_filter(storage: Storage) -> None:
    first = await storage.broadcasts.create(9, {"kind": "city", "city": "南宁"}, "南宁", "通知",
                                            [1, 2, 3], NOW)
    for _ in range(12):  # newer broadcasts of another city must not hide this one
        await storage.broadcasts.create(9, {"kind": "city", "city": "桂林"}, "桂林", "x", [4], NOW)
    assert [b.id for b in await storage.broadcasts.recent(10, city="南宁")] == [first]
    assert await storage.outbox.counts(first) == {"pending": 3}
    assert await storage.broadcasts.cancel(first, NOW) == 3
    assert await storage.broadcasts.finish_if_done(first, NOW)
    record = await storage.broadcasts.get(first)
    assert record is not None and record.state == "cancelled" and record.total == 3


async def test_resend_unconfirmed_requeues_only_unknown_rows(storage: Storage) -> None:
    bid = await storage.broadcasts.create(9, {"kind": "all"}, None, "通知", [1, 2], NOW)
    one, two = await storage.outbox.claim(NOW, 2)
    await storage.outbox.finish(one.id, Result("sent", NOW, 1))
    await storage.outbox.finish(two.id, Result("unknown", NOW, error="timed out"))
    assert await storage.broadcasts.resend_unconfirmed(bid, NOW) == 1
    assert [item.chat_id for item in await storage.outbox.claim(NOW, 5)] == [two.chat_id]


# --------------------------------------------------------------------------- support desk


def _new(user_id: int = 1, chat: int = 1, leaf: str | None = "gl22-001") -> NewTicket:
    return NewTicket(user_id=user_id, user_name="王经理", username="wang_sme", lang="zh_CN",
                     origin_chat_id=chat, origin_message_id=7, leaf_id=leaf, context="",
                     question="申报书模板在哪里下载？", support_chat_id=SUPPORT)


async def test_a_chat_move_carries_tickets_and_queued_messages(storage: Storage) -> None:
    new_id = -1000000002002
    ticket = await storage.desk.open(_new(), NOW, 3, 5)
    assert isinstance(ticket, Ticket)
    await storage.desk.set_post(ticket.id, SUPPORT, 40)
    await storage.outbox.enqueue([NewMessage("broadcast", SUPPORT, "x")], NOW)
    assert await storage.desk.move_chat(SUPPORT, new_id, NOW) == [ticket.id]
    assert await storage.desk.move_chat(SUPPORT, new_id, NOW) is None  # announced twice
    assert await storage.desk.resolve_chat(SUPPORT) == new_id
    moved = await storage.desk.get(ticket.id)
    assert moved is not None and (moved.support_chat_id, moved.post_message_id) == (new_id, None)
    assert [row["chat_id"] for row in await storage.outbox.rows()] == [new_id]


# --------------------------------------------------------------------------- steps, processes


async def test_dialog_steps_expire_and_cards_are_remembered(storage: Storage) -> None:
    await storage.dialogs.set(-5, 1, "budget", {"facets": "x"}, NOW, prompt_message_id=3)
    step = await storage.dialogs.get(-5, 1, NOW)
    assert step is not None and (step.name, step.data, step.prompt_message_id) == (
        "budget", {"facets": "x"}, 3)
    assert await storage.dialogs.get(-5, 2, NOW) is None  # another user in the same group
    assert await storage.dialogs.get(-5, 1, NOW + timedelta(days=2)) is None
    await storage.dialogs.remember_card(-5, 77, "gl22-003", NOW)
    assert await storage.dialogs.card(-5, 77) == "gl22-003"


async def test_the_step_is_read_with_the_user_for_that_chat_only(storage: Storage) -> None:
    """Every message is checked for a step it answers: the step comes with the user's row, in
    one query — this chat's step only, not once it has expired, and no user no step."""
    await storage.users.touch(1, "王", None, NOW, private=True)
    assert await storage.users.get_with_step(1, -5, NOW) == (await storage.users.get(1), None)
    await storage.dialogs.set(-5, 1, "budget", {"facets": "x"}, NOW, prompt_message_id=3)
    await storage.dialogs.set(1, 1, "profile", {}, NOW)
    user, step = await storage.users.get_with_step(1, -5, NOW)
    assert user is not None and user.first_name == "王"
    assert step == await storage.dialogs.get(-5, 1, NOW) and step is not None
    assert step.name == "budget"
    assert (await storage.users.get_with_step(1, -5, NOW + timedelta(days=2)))[1] is None
    assert await storage.users.get_with_step(2, -5, NOW) == (None, None)


async def test_leases_have_one_holder_until_they_lapse(storage: Storage) -> None:
    ttl = timedelta(seconds=30)
    assert await storage.process.acquire("bot", "a", NOW, ttl)
    assert not await storage.process.acquire("bot", "b", NOW + timedelta(seconds=10), ttl)
    assert await storage.process.acquire("bot", "a", NOW + timedelta(seconds=20), ttl)
    assert await storage.process.acquire("bot", "b", NOW + timedelta(seconds=51), ttl)
    assert await storage.process.holder("bot", NOW + timedelta(seconds=52)) == "b"


async def test_an_update_is_handled_once(storage: Storage) -> None:
    later = timedelta(seconds=60)
    assert await storage.process.claim_update(5, "w1:a", NOW, later) == "mine"
    assert await storage.process.claim_update(5, "w2:b", NOW, later) == "busy"
    assert await storage.process.claim_update(5, "w2:c", NOW + timedelta(seconds=61),
                                              later) == "mine"  # the first worker died
    await storage.process.finish_update(5, NOW)
    assert await storage.process.claim_update(5, "w3:d", NOW, later) == "done"


async def test_sqlite_readers_do_not_wait_for_a_writer(tmp_path: object) -> None:
    db = Database.open(str(tmp_path) + "/r.sqlite3")  # type: ignore[operator]
    await migrate.upgrade(db)
    storage = Storage(db)
    await storage.users.touch(1, "王", None, NOW, private=True)
    async with db.write() as conn:  # a long write holds the write lock …
        await conn.execute(s.users.update().values(first_name="改"))
        user = await asyncio.wait_for(storage.users.get(1), 5)  # … a read still answers
        assert user is not None and user.first_name == "王"  # the committed snapshot
    await db.close()


def test_utc_type_refuses_naive_datetimes() -> None:
    with pytest.raises(ValueError, match="naive"):
        s.UTCDateTime().process_bind_param(datetime(2025, 1, 1), parse_target("/x").url
                                           .get_dialect()())
    assert s.UTCDateTime().process_result_value("2025-01-01 01:00:00", None) == datetime(  # type: ignore[arg-type]
        2025, 1, 1, 1, tzinfo=UTC)
