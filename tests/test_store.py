"""The SQLite store: migrations, an all-or-nothing catalogue swap, Chinese full-text search."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.catalogue.models import Guideline
from bot.state import State
from bot.store import Store


@pytest.fixture
def store(tmp_path: Path, catalogue: list[Guideline]) -> Store:
    store = Store(tmp_path / "z.sqlite3")
    store.replace_catalogue(catalogue)
    return store


def test_migrations_apply_once(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite3"
    first = Store(path)
    assert first.schema_version >= 1
    assert Store(path).migrate() == []


def test_leaves_round_trip_unchanged(store: Store, catalogue: list[Guideline]) -> None:
    original = [leaf for g in catalogue for leaf in g.leaves]
    assert store.leaves() == original
    leaf = original[0]
    assert store.leaf(leaf.id) == leaf
    assert store.leaf("nope-000") is None


def test_city_counts(store: Store) -> None:
    assert store.city_counts() == {"防城港": 37, "百色": 22, "南宁": 65, "柳州": 67, "桂林": 40}


def test_failed_swap_leaves_previous_catalogue(store: Store, catalogue: list[Guideline]) -> None:
    broken = catalogue[0].model_copy(deep=True)
    broken.leaves[1].id = broken.leaves[0].id  # a duplicate primary key fails mid-insert
    with pytest.raises(Exception, match="UNIQUE"):
        store.replace_catalogue([broken])
    assert store.leaf_count() == 231
    assert store.city_counts()["南宁"] == 65
    triggers = store.db.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'leaves'")
    assert triggers.fetchone()[0] == 3  # the FTS sync triggers came back with the rollback


def test_fts_stays_in_step_after_a_reload(store: Store, catalogue: list[Guideline]) -> None:
    store.replace_catalogue(catalogue[:1])  # only 防城港
    hits = store.leaves(i for i, _ in store.fts_match('"人工智能"', 50))
    assert hits and {leaf.city for leaf in hits} == {"防城港"}


def test_trigram_fts_finds_chinese_without_spaces(store: Store) -> None:
    hits = [leaf_id for leaf_id, _ in store.fts_match('"锂电池"', 50)]
    assert hits
    for leaf in store.leaves(hits):
        text = "".join(filter(None, [leaf.title, leaf.content, leaf.indicators, leaf.requirements]))
        assert "锂电池" in text


def test_leaves_by_ids_keeps_order_and_skips_unknown(store: Store) -> None:
    assert [leaf.id for leaf in store.leaves(["nn22-002", "zz", "fcg25-001"])] == [
        "nn22-002", "fcg25-001"]


# --------------------------------------------------------------------------- reachability

NOW = datetime(2025, 6, 10, 1, 0, tzinfo=UTC)


def test_only_users_who_wrote_privately_and_did_not_block_are_reachable(tmp_path: Path) -> None:
    state = State(Store(tmp_path / "r.sqlite3"))
    state.touch_user(1, "私聊过", NOW, private=True)
    state.touch_user(2, "只在群里", NOW)
    state.touch_user(3, "拉黑了", NOW, private=True)
    state.mark_blocked(3, NOW)
    state.touch_user(3, "拉黑了", NOW)  # a group line does not unblock
    for uid in (1, 2, 3):
        state.subscribe(uid, "city", "南宁", NOW)
    assert state.reachable_user_ids() == [1]
    assert state.followers("city", ["南宁"]) == {1}
    assert [s.user_id for s in state.reminder_subscribers()] == [1]
    assert [state.is_reachable(uid) for uid in (1, 2, 3, 4)] == [True, False, False, False]
    state.touch_user(2, "只在群里", NOW, private=True)  # writes to the bot at last
    state.touch_user(3, "拉黑了", NOW, private=True)  # restarts the bot
    assert state.reachable_user_ids() == [1, 2, 3]


def test_users_recorded_before_reachability_stay_reachable(tmp_path: Path) -> None:
    """Migration 005 keeps counting earlier active users (a 403 corrects it on the next send)."""
    path = tmp_path / "old.sqlite3"
    store = Store(path)
    with store.transaction() as db:
        db.execute("DELETE FROM _migrations WHERE name = '005_private_chat'")
        db.execute("ALTER TABLE users DROP COLUMN started_at")
        db.execute("INSERT INTO users (id, first_name, created_at, seen_at) VALUES "
                   "(1, 'a', 'x', '2025-06-01T00:00:00+00:00')")
        db.execute("INSERT INTO users (id, first_name, active, created_at, seen_at) VALUES "
                   "(2, 'b', 0, 'x', 'x')")
    assert State(Store(path)).reachable_user_ids() == [1]  # reopening migrates
