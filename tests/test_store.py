"""The SQLite store: migrations, an all-or-nothing catalogue swap, Chinese full-text search."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.catalogue.models import Guideline
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


def test_leaves_by_ids_keeps_order_and_skips_unknown(store: Store) -> None:
    assert [leaf.id for leaf in store.leaves(["nn22-002", "zz", "fcg25-001"])] == [
        "nn22-002", "fcg25-001"]
