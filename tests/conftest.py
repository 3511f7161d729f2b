"""Shared fixtures: the real catalogue parsed once, and isolated settings per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.catalogue.loader import load_catalogue
from bot.catalogue.models import Guideline, Leaf
from bot.config import PROJECT_ROOT, Settings

DATA_DIR = PROJECT_ROOT / "data"


@pytest.fixture(scope="session")
def catalogue() -> list[Guideline]:
    guidelines, _ = load_catalogue(DATA_DIR)
    return guidelines


@pytest.fixture(scope="session")
def by_line(catalogue: list[Guideline]) -> dict[tuple[str, int], Leaf]:
    """Leaves keyed by (city, source line): how a reader of the document finds them."""
    return {(leaf.city, leaf.source_line): leaf for g in catalogue for leaf in g.leaves}


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of data/ for tests that break the sources on purpose."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


@pytest.fixture
def settings(tmp_path: Path, data_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings pointing at a private database and data copy, also exported to the env."""
    db = tmp_path / "state" / "zhinan.sqlite3"
    monkeypatch.setenv("ZHINAN_DATA_DIR", str(data_copy))
    monkeypatch.setenv("ZHINAN_DB", str(db))
    monkeypatch.delenv("ZHINAN_TELEGRAM_TOKEN", raising=False)
    return Settings(data_dir=data_copy, db=db)
