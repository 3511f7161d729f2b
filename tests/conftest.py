"""Shared fixtures: the real catalogue parsed once, and isolated settings per test."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import hashlib
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.catalogue.loader import load_catalogue
from bot.catalogue.models import Guideline, Leaf
from bot.config import PROJECT_ROOT, Settings, parse_target
from bot.core import CatalogueView
from bot.db import Storage, publish_into
from bot.db.catalogue import Snapshot
from bot.demo import Harness
from bot.sandbox.calls import CallLog
from bot.sandbox.driver import Conversation, SandboxClient
from bot.sandbox.state import SandboxState
from tests import databases
from tests.bot_api import check_call, load_spec

DATA_DIR = PROJECT_ROOT / "data"


@pytest.fixture(scope="session")
def bot_api_spec() -> dict[str, Any]:
    return load_spec()


@pytest.fixture(autouse=True)
def bot_api_conformance(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch,
                        bot_api_spec: dict[str, Any]) -> Iterator[None]:
    """Every Bot API call a test makes through a sandbox must be one Telegram would accept by
    the spec in tests/data/bot_api.json (method, parameters, types, limits). Tests that send
    refused calls on purpose, to probe the sandbox, are marked raw_bot_api."""
    if request.node.get_closest_marker("raw_bot_api"):
        yield
        return
    calls: list[tuple[str, dict[str, Any]]] = []
    record = CallLog.record

    def recording(log: CallLog, method: str, token: str, params: dict[str, Any], status: int,
                  description: str | None = None) -> None:
        calls.append((method, params))
        record(log, method, token, params, status, description)

    monkeypatch.setattr(CallLog, "record", recording)
    yield
    problems = sorted({problem for method, params in calls
                       for problem in check_call(bot_api_spec, method, params)})
    assert not problems, "Bot API calls Telegram would refuse:\n" + "\n".join(problems)


@pytest.fixture(scope="session")
def catalogue() -> list[Guideline]:
    guidelines, _ = load_catalogue(DATA_DIR)
    return guidelines


@pytest.fixture(scope="session")
def view(catalogue: list[Guideline]) -> CatalogueView:
    """The catalogue as a running bot holds it, with the windows catalogue.toml states."""
    snapshot = Snapshot(1, [g.meta for g in catalogue], [leaf for g in catalogue
                                                         for leaf in g.leaves])
    return CatalogueView.build(snapshot, {(g.meta.key, ""): g.meta.window for g in catalogue})


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


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A journey marked both_backends runs on SQLite and again on PostgreSQL."""
    if (metafunc.definition.get_closest_marker("both_backends")
            and "backend" in metafunc.fixturenames):
        metafunc.parametrize("backend", databases.BACKENDS, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The database the test's settings use: SQLite unless the test runs on both."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def settings(tmp_path: Path, data_copy: Path, monkeypatch: pytest.MonkeyPatch,
             backend: str) -> Iterator[Settings]:
    """Settings pointing at a private database and data copy, also exported to the env."""
    for db in databases.fresh_database(backend, tmp_path / "state"):
        monkeypatch.setenv("ZHINAN_DATA_DIR", str(data_copy))
        monkeypatch.setenv("ZHINAN_DB", db)
        monkeypatch.delenv("ZHINAN_TELEGRAM_TOKEN", raising=False)
        yield Settings(data_dir=data_copy, db=db)


@pytest.fixture
def loop_guard(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every SQL statement SQLite runs is checked to run off the event loop's thread (in
    aiosqlite's worker): a statement run where an event loop is running blocks every chat.
    The test fails at teardown naming the statements that did."""
    blocking: list[str] = []
    real = sqlite3.connect

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        connection = real(*args, **kwargs)

        def trace(statement: str) -> None:
            try:
                asyncio.get_running_loop()
            except RuntimeError:
                return  # a worker thread: fine
            blocking.append(statement)

        connection.set_trace_callback(trace)
        return connection

    monkeypatch.setattr(sqlite3, "connect", connect)
    yield blocking
    assert not blocking, f"SQLite ran on the event loop: {blocking[:5]}"


# --------------------------------------------------------------------------- end to end

FIXED_NOW = datetime(2025, 6, 10, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
WANG, ALICE, LI = 1001, 1002, 1003  # the sandbox's default users (zh, en, support staff)
GROUP, SUPPORT_GROUP = -2001, -2002


@pytest.fixture(autouse=True, scope="session")
def _retry_after_as_timedelta() -> None:
    """PTB 22 warns on RetryAfter.retry_after unless told to use timedelta (the bot does)."""
    os.environ["PTB_TIMEDELTA"] = "1"


_PARSED: dict[str, list[Guideline]] = {}
_PUBLISHED: dict[str, Path] = {}  # a SQLite file each content was published into, to copy
_TEMPLATES = tempfile.TemporaryDirectory(prefix="zhinan-published-")


def _content_key(data_dir: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in data_dir.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(data_dir)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def parsed(data_dir: Path, key: str | None = None) -> list[Guideline]:
    """load_catalogue(data_dir), parsed once per content: some two hundred end-to-end tests
    start a bot on the same copy of data/, and parsing it was a second of each one's setup.
    Keyed by the files' bytes (`key`, when the caller has it), so a test that changed its copy
    gets its own parse; a fresh copy each time, so nothing one test changes reaches the next."""
    key = key or _content_key(data_dir)
    if key not in _PARSED:
        _PARSED[key] = load_catalogue(data_dir)[0]
    return copy.deepcopy(_PARSED[key])


async def load_into(settings: Settings) -> None:
    """Parse settings.data_dir and publish it into settings.db, as `catalogue load` does. A
    SQLite database is a copy of one published once per content (SQLite's backup, off the
    event loop); PostgreSQL is published into each time."""
    target = parse_target(settings.db)
    if target.path is None or target.path.exists():
        await publish_into(settings.db, parsed(settings.data_dir))
        return
    key = _content_key(settings.data_dir)
    if key not in _PUBLISHED:
        template = Path(_TEMPLATES.name) / f"{key[:16]}.sqlite3"
        await publish_into(template, parsed(settings.data_dir, key))
        _PUBLISHED[key] = template
    await asyncio.to_thread(_copy_sqlite, _PUBLISHED[key], target.path)


def _copy_sqlite(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.closing(sqlite3.connect(source)) as src, \
            contextlib.closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


class Clock:
    """An injected clock: the bot's idea of now, set (and moved) by tests. It ticks with real
    time from there, so what the bot schedules "in 2 seconds" (a retry) does come due."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment
        self.started = time.monotonic()

    def __call__(self) -> datetime:
        return self.moment + timedelta(seconds=time.monotonic() - self.started)


@pytest.fixture
def clock() -> Clock:
    return Clock(FIXED_NOW)


@pytest.fixture
async def harness(settings: Settings, clock: Clock, loop_guard: list[str]
                  ) -> AsyncIterator[Harness]:
    """The real bot polling a sandbox with flood limits off, at a fixed moment in time; no
    database call may block its event loop (loop_guard)."""
    await load_into(settings)
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
def db_settings(settings: Settings, database_url: str) -> Settings:
    """The test's settings on each kind of database."""
    return settings.model_copy(update={"db": database_url})


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
