"""Shared fixtures: the real catalogue parsed once, and isolated settings per test."""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.catalogue.loader import load_catalogue
from bot.catalogue.models import Guideline, Leaf
from bot.config import PROJECT_ROOT, Settings
from bot.db import Storage
from bot.sandbox.driver import Conversation, SandboxClient
from bot.sandbox.harness import Harness
from bot.sandbox.state import SandboxState
from bot.store import Store, legacy_path
from tests import databases

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


# --------------------------------------------------------------------------- end to end

FIXED_NOW = datetime(2025, 6, 10, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
WANG, ALICE, LI = 1001, 1002, 1003  # the sandbox's default users (zh, en, support staff)
GROUP, SUPPORT_GROUP = -2001, -2002


@pytest.fixture(autouse=True, scope="session")
def _retry_after_as_timedelta() -> None:
    """PTB 22 warns on RetryAfter.retry_after unless told to use timedelta (the bot does)."""
    os.environ["PTB_TIMEDELTA"] = "1"


def load_into(settings: Settings) -> None:
    """Parse settings.data_dir and load it into settings.db, as `catalogue load` does."""
    guidelines, _ = load_catalogue(settings.data_dir)
    Store(legacy_path(settings.db)).replace_catalogue(guidelines)


class Clock:
    """An injected clock: the bot's idea of now, moved by tests."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture
def clock() -> Clock:
    return Clock(FIXED_NOW)


@pytest.fixture
async def harness(settings: Settings, clock: Clock) -> AsyncIterator[Harness]:
    """The real bot polling a sandbox with flood limits off, at a fixed moment in time."""
    load_into(settings)
    running = Harness(settings, state=SandboxState(limits_enabled=False), clock=clock)
    await running.start()
    yield running
    await running.stop()


@pytest.fixture
async def client(harness: Harness) -> AsyncIterator[SandboxClient]:
    async with SandboxClient(harness.sandbox.url) as control:
        yield control


@pytest.fixture
def wang(client: SandboxClient) -> Conversation:
    return Conversation(client, WANG)


@pytest.fixture
def alice(client: SandboxClient) -> Conversation:
    return Conversation(client, ALICE)


# --------------------------------------------------------------------------- databases


@pytest.fixture(params=databases.BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database of each kind (the PostgreSQL one needs ZHINAN_TEST_POSTGRES)."""
    yield from databases.fresh_database(request.param, tmp_path)


@pytest.fixture
async def storage(database_url: str) -> AsyncIterator[Storage]:
    opened = await Storage.open(database_url)
    yield opened
    await opened.close()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say plainly when the PostgreSQL half did not run."""
    skipped = [report for report in terminalreporter.stats.get("skipped", [])
               if databases.SKIP_REASON in str(report.longrepr)]
    if skipped:
        terminalreporter.write_line(
            f"PostgreSQL: {len(skipped)} test(s) skipped — {databases.SKIP_REASON}",
            yellow=True)
