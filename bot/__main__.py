"""The `zhinan` / `python -m bot` command line: catalogue, search, bench, demo and run.

The only place that prints. Output shapes marked stable are relied on by other tools
(see DESIGN.md): change them only additively.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import secrets
import sys
from collections.abc import AsyncIterator, Callable, Coroutine, Sequence
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from bot.catalogue.document import DocumentError
from bot.catalogue.ingest import (
    Corrections,
    make_meta,
    propose_meta,
    read_source,
    shrink_refusal,
    store_document,
    stored_name,
)
from bot.catalogue.loader import CatalogueError, CatalogueRead, read_catalogue
from bot.catalogue.models import LEAF, Leaf, ParseIssue
from bot.catalogue.numbers import clean_number, parse_amount_wan
from bot.config import Settings, load_settings, parse_target, settings_markdown
from bot.core import Core
from bot.db import Database, DatabaseUrlError, Storage, migrate
from bot.db.catalogue import Snapshot
from bot.flows import Flows

T = TypeVar("T")

log = logging.getLogger("zhinan")

EXPORT_FIELDS = (
    "id", "city", "year", "plan", "group", "code", "parent", "title", "office", "funding_text",
    "funding_min_wan", "funding_max_wan", "funding_mode", "period_years_max", "quota",
    "enterprise_lead_only", "min_rd_spend_wan", "matching_ratio", "sectors", "source_file",
    "source_line",
)


def leaf_json(leaf: Leaf, **extra: Any) -> dict[str, Any]:
    """The stable export shape (DESIGN.md's fields first), then every other stated field."""
    data = LEAF.dump_python(leaf)
    ordered = {name: data.pop(name) for name in EXPORT_FIELDS}
    ordered.update(data)
    for name, value in ordered.items():
        if isinstance(value, float):
            ordered[name] = clean_number(value)
    ordered.update(extra)
    return ordered


def _dump(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


# --------------------------------------------------------------------------- catalogue


def run(coro: Coroutine[Any, Any, int]) -> int:
    return asyncio.run(coro)


@asynccontextmanager
async def opened(settings: Settings) -> AsyncIterator[Storage]:
    """The database, migrated; a bad ZHINAN_DB is refused by the caller with its message."""
    storage = await Storage.open(settings.db)
    try:
        yield storage
    finally:
        await storage.close()


def cmd_catalogue_load(settings: Settings, args: argparse.Namespace) -> int:
    """Publish each guideline of data/ in its own transaction; a refused one keeps its old
    version and makes the exit status 1 (stable: one line per guideline, see DESIGN.md)."""
    return run(_catalogue_load(settings, accept_shrink=getattr(args, "accept_shrink", False)))


async def _catalogue_load(settings: Settings, *, accept_shrink: bool = False) -> int:
    try:
        read = read_catalogue(settings.data_dir, max_bytes=settings.max_document_bytes)
    except CatalogueError as exc:
        for issue in exc.issues:
            print(f"{issue}", file=sys.stderr)
        print("catalogue not loaded; the previous catalogue is unchanged", file=sys.stderr)
        return 1
    for warning in read.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    try:
        async with opened(settings) as storage:
            outcomes, snapshot, new = await publish(storage, settings, read, accept_shrink)
    except DatabaseUrlError as exc:
        print(exc, file=sys.stderr)
        return 2
    for result in read.results:
        meta, (outcome, issues) = result.meta, outcomes[result.meta.key]
        count = f"{len(result.guideline.leaves)} directions" if result.guideline else "-"
        reason = f"\t{issues[0]}" if issues else ""
        print(f"{meta.city}\t{meta.year}\t{count}\t{meta.source_file}\t{outcome}{reason}")
        for issue in issues:
            print(f"  {issue}", file=sys.stderr)
    for key, (outcome, _) in outcomes.items():
        if outcome == "withdrawn":
            print(f"{key}\twithdrawn (no longer in {settings.data_dir / 'catalogue.toml'})")
    if new:
        core = await Core.open(settings)
        try:
            told = await Flows(core).notices.guidelines_published(new)
        finally:
            await core.close()
        print(f"new guideline(s) {', '.join(new)}: {told} subscriber(s) will be told")
    refused = [key for key, (outcome, _) in outcomes.items() if outcome == "refused"]
    print(f"{len(snapshot.leaves)} directions from {len(snapshot.metas)} guidelines published "
          f"in {parse_target(settings.db).safe}"
          + (f"; refused: {', '.join(refused)}" if refused else ""))
    return 1 if refused else 0


Outcome = tuple[str, list[ParseIssue]]


async def publish(storage: Storage, settings: Settings, read: CatalogueRead, accept_shrink: bool
                  ) -> tuple[dict[str, Outcome], Snapshot, list[str]]:
    """One transaction per guideline: loaded / unchanged, refused (its published version
    stays: a parse refusal, or a shrink beyond ZHINAN_SHRINK_LIMIT without --accept-shrink),
    and withdrawn for guidelines no longer listed in catalogue.toml. Also returns the keys
    new to a catalogue that had some (a first load announces nothing: nobody follows yet)."""
    before = await storage.catalogue.snapshot()
    published: dict[str, list[Leaf]] = {}
    for leaf in before.leaves:
        published.setdefault(leaf.guideline, []).append(leaf)
    now = datetime.now(settings.zone)
    outcomes: dict[str, Outcome] = {}
    for ordinal, result in enumerate(read.results):
        key = result.meta.key
        if result.guideline is None:
            outcomes[key] = ("refused", result.refusals)
            continue
        shrink = shrink_refusal(published.get(key, []), result.guideline.leaves,
                                settings.shrink_limit, result.meta.source_file)
        if shrink is not None and not accept_shrink:
            outcomes[key] = ("refused", [shrink])
            continue
        outcomes[key] = (await storage.catalogue.publish(result.guideline, now, ordinal), [])
    listed = {result.meta.key for result in read.results}
    for meta in before.metas:
        if meta.key not in listed and await storage.catalogue.withdraw(meta.key, now):
            outcomes[meta.key] = ("withdrawn", [])
    await storage.windows.seed([g.meta for g in read.guidelines], now)
    known = {meta.key for meta in before.metas}
    new = [key for key, (outcome, _) in outcomes.items()
           if outcome == "loaded" and key not in known] if known else []
    return outcomes, await storage.catalogue.snapshot(), new


def cmd_catalogue_add(settings: Settings, args: argparse.Namespace) -> int:
    """Bring a bureau's document (.txt, .docx, text-layer .pdf) into data/ with its metadata,
    proposed from its text; `catalogue load` publishes it."""
    path = Path(args.file)
    try:
        if not path.is_file():
            raise OSError("not a regular file")
        if path.stat().st_size > settings.max_document_bytes:
            raise OSError(f"{path.stat().st_size / 1_048_576:.1f} MB, over the "
                          f"{settings.max_document_bytes / 1_048_576:.1f} MB limit "
                          "(setting ZHINAN_MAX_DOCUMENT_BYTES)")
        data = path.read_bytes()
        source = read_source(data, path.name, max_bytes=settings.max_document_bytes)
    except OSError as exc:
        print(f"{path}: cannot read: {exc}", file=sys.stderr)
        return 2
    except DocumentError as exc:
        print(f"{exc.issue}", file=sys.stderr)
        return 1
    corrections = Corrections(city=args.city, year=args.year, title=args.title,
                              issuer=args.issuer, city_en=args.city_en, key=args.key)
    try:
        meta = make_meta(propose_meta(source.lines), corrections, stored_name(path.name))
    except ValueError as exc:
        print(f"{path}: {exc} (--city, --year, --title, --city-en, --key)", file=sys.stderr)
        return 2
    from bot.catalogue.parser import parse_guideline  # (only where parsed)

    guideline = parse_guideline(meta, source.lines, meta.source_file,
                                listed_rows=source.listed_rows)
    for warning in [*source.warnings, *(w for w in guideline.warnings if not w.fatal)]:
        print(f"warning: {warning}", file=sys.stderr)
    refusals = [w for w in guideline.warnings if w.fatal]
    if refusals:
        for issue in refusals:
            print(f"{issue}", file=sys.stderr)
        print(f"{path}: not added", file=sys.stderr)
        return 1
    stored = store_document(settings.data_dir, source, meta, original=data, filename=path.name)
    meta = stored.meta
    print(f"{meta.key}\t{meta.city}\t{meta.year}\t{meta.title}\t{meta.issuer}\t"
          f"{len(guideline.leaves)} directions\t{meta.source_file}"
          f"\t{'new' if stored.new_entry else 'replaced'}")
    print("run `python -m bot catalogue load` to publish it")
    return 0


async def _snapshot(settings: Settings) -> Snapshot | None:
    """The published catalogue, or None with a hint when nothing has been loaded yet."""
    async with opened(settings) as storage:
        snapshot = await storage.catalogue.snapshot()
    if not snapshot.leaves:
        print("the catalogue is empty: run `python -m bot catalogue load` first", file=sys.stderr)
        return None
    return snapshot


def find_leaf(settings: Settings, leaf_id: str) -> Leaf | None:
    """The direction, or None after saying why (empty catalogue, unknown id)."""
    snapshot = run_value(_snapshot(settings))
    if snapshot is None:
        return None
    leaf = next((leaf for leaf in snapshot.leaves if leaf.id == leaf_id), None)
    if leaf is None:
        print(f"no direction with id {leaf_id!r}", file=sys.stderr)
    return leaf


def run_value(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


def catalogue_stats(snapshot: Snapshot, schema: str | None) -> dict[str, Any]:
    """Counts a bureau (or a test) wants at a glance: per city, and how much is stated."""
    leaves = snapshot.leaves
    stated = {
        name: sum(1 for leaf in leaves if getattr(leaf, name) not in (None, []))
        for name in ("funding_max_wan", "funding_min_wan", "funding_mode", "period_years_max",
                     "quota", "enterprise_lead_only", "min_rd_spend_wan", "matching_ratio",
                     "qualifications", "code", "office")
    }
    sectors: dict[str, int] = {}
    by_city: dict[str, int] = {}
    for leaf in leaves:
        by_city[leaf.city] = by_city.get(leaf.city, 0) + 1
        for sector in leaf.sectors:
            sectors[sector] = sectors.get(sector, 0) + 1
    return {
        "schema_version": schema,
        "catalogue_version": snapshot.version,
        "guidelines": [
            {"key": m.key, "city": m.city, "year": m.year, "title": m.title,
             "window": m.window.status} for m in snapshot.metas
        ],
        "leaves": len(leaves),
        "by_city": by_city,
        "by_sector": sectors,
        "stated": stated,
        "inferred": sum(1 for leaf in leaves if leaf.inferred),
        "inherited": sum(1 for leaf in leaves if leaf.inherited),
    }


def cmd_catalogue_stats(settings: Settings, args: argparse.Namespace) -> int:
    """Per-city counts and how often each field is stated."""
    async def stats() -> dict[str, Any] | None:
        async with opened(settings) as storage:
            snapshot = await storage.catalogue.snapshot()
            schema = await migrate.current(storage.db)
        return catalogue_stats(snapshot, schema) if snapshot.leaves else None

    found = run_value(stats())
    if found is None:
        print("the catalogue is empty: run `python -m bot catalogue load` first", file=sys.stderr)
        return 1
    if args.json:
        _dump(found)
    else:
        for city, count in found["by_city"].items():
            print(f"{city}\t{count}")
        print(f"total\t{found['leaves']}")
    return 0


def cmd_catalogue_show(settings: Settings, args: argparse.Namespace) -> int:
    """One direction, every field, as JSON."""
    leaf = find_leaf(settings, args.id)
    if leaf is None:
        print(f"no direction with id {args.id!r}", file=sys.stderr)
        return 1
    _dump(leaf_json(leaf))
    return 0


def cmd_catalogue_export(settings: Settings, args: argparse.Namespace) -> int:
    """Every direction as a JSON array (stable shape, see DESIGN.md)."""
    snapshot = run_value(_snapshot(settings))
    if snapshot is None:
        return 1
    _dump([leaf_json(leaf) for leaf in snapshot.leaves])
    return 0


# --------------------------------------------------------------------------- search


def cmd_search(settings: Settings, args: argparse.Namespace) -> int:
    """Read the text as the chat does (conditions, topic, kind of question) and answer it."""
    from bot import answers
    from bot.query import with_facets

    budget = parse_amount_wan(args.budget) if args.budget else None
    if args.budget and budget is None:
        print(f"cannot read the amount {args.budget!r} (try 50万, 五十万, 0.5亿)", file=sys.stderr)
        return 2

    async def ask() -> tuple[Any, Any, Core] | None:
        core = await Core.open(settings)
        if not core.catalogue.leaves:
            await core.close()
            return None
        query = with_facets(core.searcher.understand(args.text), city=args.city,
                            sector=args.sector, budget_wan=budget)
        result = answers.answer(query, core.searcher, window_for=core.catalogue.window_for,
                                now=core.now(), limit=args.limit)
        await core.close()
        return query, result, core

    asked = run_value(ask())
    if asked is None:
        print("the catalogue is empty: run `python -m bot catalogue load` first", file=sys.stderr)
        return 1
    query, result, core = asked
    found = result.found if isinstance(result, answers.SearchAnswer) else None
    if args.json:
        _dump({"query": query.as_json(),
               "results": [leaf_json(hit.leaf, score=hit.score) for hit in found.hits]
               if found else [leaf_json(leaf) for leaf in result.main],
               "unknown": [leaf_json(hit.leaf, score=hit.score, unknown=list(hit.unknown))
                           for hit in found.unknown] if found else [],
               "topic_missed": bool(found and found.topic_missed),
               "answer": answers.as_json(result)})
        return 0
    taxonomy = core.lexicon.taxonomy
    shown = answers.render(result, "zh_CN", window_for=core.catalogue.window_for, now=core.now(),
                           sector_name=lambda key: s.zh if (s := taxonomy.get(key)) else key)
    print(answers.plain(shown.text))
    return 0


# --------------------------------------------------------------------------- windows


def cmd_windows_list(settings: Settings, args: argparse.Namespace) -> int:
    """Every window the bot knows (guideline-wide and per-direction overrides)."""
    async def windows() -> dict[tuple[str, str], Any]:
        async with opened(settings) as storage:
            return await storage.windows.all()

    rows = [{"guideline": guideline, "leaf_id": leaf_id or None,
             **window.model_dump(mode="json")}
            for (guideline, leaf_id), window in sorted(run_value(windows()).items())]
    if args.json:
        _dump(rows)
        return 0
    for row in rows:
        stages = "; ".join(f"{st['label']} → {st['ends_at']}" for st in row["stages"]) or "—"
        target = row["guideline"] + (f"/{row['leaf_id']}" if row["leaf_id"] else "")
        print(f"{target}\t{row['status']}\t{stages}\t(set by {row.get('set_by') or '?'})")
    return 0


def _parse_stage(text: str) -> dict[str, str | None]:
    """LABEL=END or LABEL=START/END, times in ISO 8601 (offset optional: Shanghai)."""
    label, _, times = text.partition("=")
    start, _, end = times.rpartition("/")
    if not label or not end:
        raise ValueError(f"expected LABEL=END or LABEL=START/END, got {text!r}")
    return {"label": label.strip(), "starts_at": start or None, "ends_at": end}


def cmd_windows_set(settings: Settings, args: argparse.Namespace) -> int:
    """Set a guideline's window (or one direction's); followers are told old → new."""
    from pydantic import ValidationError

    from bot.catalogue.models import Window
    from bot.reminders import WindowRef

    try:
        stages = [_with_zone(_parse_stage(text), settings) for text in args.stage]
        status = args.status or ("dated" if stages else "unknown")
        window = Window(status=status, stages=stages, source=args.source)  # type: ignore[arg-type]
    except (ValueError, ValidationError) as exc:
        print(f"invalid window: {exc}", file=sys.stderr)
        return 2

    async def save() -> int:
        core = await Core.open(settings)
        try:
            catalogue = core.catalogue
            if args.guideline not in catalogue.metas:
                print(f"unknown guideline {args.guideline!r}; known: "
                      f"{', '.join(catalogue.metas)}", file=sys.stderr)
                return 2
            if args.leaf and args.leaf not in catalogue.by_id:
                print(f"unknown direction {args.leaf!r}", file=sys.stderr)
                return 2
            ref = WindowRef(args.guideline, args.leaf or "")
            old = await core.storage.windows.set(ref.guideline, ref.leaf_id, window,
                                                 f"cli:{args.by}", core.now())
            notified = await Flows(core).notices.window_changed(ref, old)
        finally:
            await core.close()
        print(f"window saved for {args.guideline}{'/' + args.leaf if args.leaf else ''}; "
              f"{notified} follower(s) will be told")
        return 0

    return run(save())


def _with_zone(stage: dict[str, str | None], settings: Settings) -> dict[str, object]:
    from datetime import datetime

    def aware(text: str | None) -> datetime | None:
        if text is None:
            return None
        moment = datetime.fromisoformat(text)
        return moment if moment.tzinfo else moment.replace(tzinfo=settings.zone)

    return {"label": stage["label"], "starts_at": aware(stage["starts_at"]),
            "ends_at": aware(stage["ends_at"])}


def cmd_windows_extract(settings: Settings, args: argparse.Namespace) -> int:
    """Propose the stages a notice states (nothing is saved)."""
    from pathlib import Path

    from bot.notice import extract_stages, to_json

    try:
        text = Path(args.notice).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"{args.notice}: cannot read: {exc}", file=sys.stderr)
        return 2
    stages = extract_stages(text, tz=settings.tz)
    if args.json:
        _dump(to_json(stages))
    else:
        for stage in stages:
            start = f"{stage.starts_at.isoformat()} → " if stage.starts_at else ""
            print(f"{stage.label}\t{start}{stage.ends_at.isoformat()}\t(line {stage.line})")
    return 0


# --------------------------------------------------------------------------- eligibility


def cmd_eligibility(settings: Settings, args: argparse.Namespace) -> int:
    """Conditions of one direction and the verdict of each for a profile (JSON)."""
    from pathlib import Path

    from pydantic import ValidationError

    from bot.eligibility import Profile, conditions_for, evaluate, summary, summary_text

    leaf = find_leaf(settings, args.id)
    if leaf is None:
        return 1
    try:
        profile = (Profile.model_validate_json(Path(args.profile).read_text(encoding="utf-8"))
                   if args.profile else Profile())
    except (OSError, ValidationError) as exc:
        print(f"{args.profile}: not a valid profile: {exc}", file=sys.stderr)
        return 2
    verdicts = evaluate(conditions_for(leaf), profile)
    met, required, unknown = summary(verdicts)
    result = {"id": leaf.id, "title": leaf.title, "met": met, "required": required,
              "unknown": unknown, "summary": summary_text(verdicts),
              "conditions": [{**v.condition.model_dump(exclude_none=True), "verdict": v.verdict,
                              "reason": v.reason, "source": v.source} for v in verdicts]}
    if args.json:
        _dump(result)
    else:
        print(result["summary"])
        for v in verdicts:
            print(f"  [{v.verdict}] {v.condition.label}: {v.reason}")
    return 0


# --------------------------------------------------------------------------- bench


def cmd_settings(settings: Settings, args: argparse.Namespace) -> int:
    """Every setting with its default and meaning (the README's table is this output)."""
    print(settings_markdown())
    return 0


def cmd_bench(settings: Settings, args: argparse.Namespace) -> int:
    """Measure catalogue, search, updates/s (one process; webhook workers on PostgreSQL) and
    broadcast time; prints a table or --json."""
    from bot.bench import run_bench

    results = run_bench(settings, scale=args.scale, parts=args.parts, repeat=args.repeat,
                        updates=args.updates, messages=args.messages,
                        real_messages=args.real_messages, limit_scale=args.limit_scale,
                        postgres=args.postgres or os.environ.get("ZHINAN_BENCH_POSTGRES"))
    if args.json:
        _dump(results)
    else:
        for name, value in results.items():
            print(f"{name:32} {value}")
    return 0


# --------------------------------------------------------------------------- start


def cmd_start(settings: Settings, args: argparse.Namespace) -> int:
    """The README's run command: real Telegram with a token, else the local demo."""
    if settings.telegram_token is not None:
        return cmd_run(settings, args)
    return cmd_demo(settings, args)


def cmd_demo(settings: Settings, args: argparse.Namespace) -> int:
    """The same bot against the local sandbox, with the web chat on 127.0.0.1:PORT; an empty
    database gets the catalogue from data/ first."""
    from bot.demo import run_demo

    if run_value(_empty(settings)) and _catalogue_load_quiet(settings) != 0:
        return 1
    asyncio.run(run_demo(settings, getattr(args, "port", 8080)))
    return 0


async def _empty(settings: Settings) -> bool:
    async with opened(settings) as storage:
        return await storage.catalogue.version() == 0


def _catalogue_load_quiet(settings: Settings) -> int:
    print("the database is empty: loading the catalogue from data/ first", file=sys.stderr)
    return run(_catalogue_load(settings))


def cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    """Real Telegram (needs ZHINAN_TELEGRAM_TOKEN): by webhook when --webhook or
    ZHINAN_WEBHOOK_URL gives a URL (see deploy/README.md), else by long polling."""
    if settings.telegram_token is None:
        print("ZHINAN_TELEGRAM_TOKEN is not set (try `python -m bot demo`)", file=sys.stderr)
        return 2
    if run_value(_snapshot(settings)) is None:
        return 1
    url = getattr(args, "webhook", None) or settings.webhook_url
    workers = getattr(args, "workers", 1) or 1
    dispatch = not getattr(args, "no_dispatch", False)
    several = workers > 1 or getattr(args, "worker_index", None) is not None
    if (several or not dispatch) and Database.open(settings.db).is_sqlite:
        print("several workers (or a worker without a dispatcher) need PostgreSQL: SQLite "
              "serves one process; set ZHINAN_DB=postgresql://…", file=sys.stderr)
        return 2
    if url and workers > 1:
        from bot.workers import supervise, worker_command

        commands = [worker_command(url, index, host=getattr(args, "host", None),
                                   port=getattr(args, "port", None),
                                   base_url=getattr(args, "base_url", None), dispatch=dispatch,
                                   verbose=getattr(args, "verbose", False))
                    for index in range(workers)]
        env = dict(os.environ)
        if settings.webhook_secret is None:  # the workers must all check the same secret
            env["ZHINAN_WEBHOOK_SECRET"] = secrets.token_urlsafe(32)
        return asyncio.run(supervise(commands, env))
    from bot.lease import AlreadyRunning

    if workers > 1 and not url:
        print("--workers needs webhook mode (--webhook URL): polling is one process",
              file=sys.stderr)
        return 2
    try:
        if url:
            from bot.web import run_webhook

            index = getattr(args, "worker_index", None)
            asyncio.run(run_webhook(settings, url, getattr(args, "host", None),
                                    getattr(args, "port", None),
                                    base_url=getattr(args, "base_url", None),
                                    reuse_port=index is not None, dispatch=dispatch,
                                    register=index in (None, 0)))
        else:
            from bot.polling import run_polling

            asyncio.run(run_polling(settings, base_url=getattr(args, "base_url", None),
                                    poll_interval=getattr(args, "poll_interval", 0.0)))
    except AlreadyRunning as exc:  # a second bot on one SQLite file: refused, plainly
        print(f"not started: {exc}", file=sys.stderr)
        return 3
    return 0


def cmd_dispatch(settings: Settings, args: argparse.Namespace) -> int:
    """A dispatcher candidate without a web server (PostgreSQL): stands by, then leads."""
    if settings.telegram_token is None:
        print("ZHINAN_TELEGRAM_TOKEN is not set", file=sys.stderr)
        return 2
    if Database.open(settings.db).is_sqlite:
        print("a separate dispatcher needs PostgreSQL; on SQLite `run` dispatches itself",
              file=sys.stderr)
        return 2
    from bot.workers import run_dispatcher

    asyncio.run(run_dispatcher(settings, base_url=getattr(args, "base_url", None)))
    return 0


# --------------------------------------------------------------------------- backups


def _sqlite_only(settings: Settings, what: str) -> bool:
    if Database.open(settings.db).is_sqlite:
        return True
    print(f"{what} works on the SQLite file; for PostgreSQL use pg_dump / pg_restore "
          "(deploy/README.md)", file=sys.stderr)
    return False


def cmd_backup(settings: Settings, args: argparse.Namespace) -> int:
    """A consistent copy of the live database (safe while the bot runs)."""
    from bot.backup import BackupError, backup

    if not _sqlite_only(settings, "backup"):
        return 2
    try:
        target = backup(settings.db, args.path)
    except BackupError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"backup of {settings.db} written to {target}")
    return 0


def cmd_restore(settings: Settings, args: argparse.Namespace) -> int:
    """Put a verified backup in place of the database (the bot must be stopped)."""
    from bot.backup import BackupError, restore

    if not _sqlite_only(settings, "restore"):
        return 2
    try:
        restored = restore(args.path, settings.db)
    except BackupError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"restored {args.path} into {settings.db}"
          + (f"; the previous database is kept as {restored.kept}" if restored.kept else ""))
    if restored.held:
        print(f"{restored.held} delivery(ies) were pending when the backup was taken and may "
              "have been sent since: they are held. Send them with `python -m bot outbox "
              "release`, or drop them with `python -m bot outbox cancel`.")
    return 0


def cmd_outbox(settings: Settings, args: argparse.Namespace) -> int:
    """Deliveries held after a restore: release them or cancel them; or show the counts."""
    async def act() -> int:
        async with opened(settings) as storage:
            if args.action == "release":
                count = await storage.outbox.release_held(datetime.now(settings.zone))
                print(f"{count} held delivery(ies) released: they will be sent")
            elif args.action == "cancel":
                count = await storage.outbox.cancel_held()
                print(f"{count} held delivery(ies) cancelled")
            else:
                for state, count in sorted((await storage.outbox.counts()).items()):
                    print(f"{state}\t{count}")
        return 0

    return run(act())


# --------------------------------------------------------------------------- group robots


def _robot_scope(args: argparse.Namespace,
                 snapshot: Snapshot | None) -> tuple[str, str, str | None]:
    """(scope kind, target, city) from --city/--guideline/--leaf/--search."""
    metas = {meta.key: meta for meta in snapshot.metas} if snapshot else {}
    leaves = {leaf.id: leaf for leaf in snapshot.leaves} if snapshot else {}
    if args.city:
        return "city", args.city, args.city
    if args.guideline:
        if args.guideline not in metas:
            raise ValueError(f"no guideline {args.guideline!r} in the catalogue")
        return "guideline", args.guideline, metas[args.guideline].city
    if args.leaf:
        if args.leaf not in leaves:
            raise ValueError(f"no direction {args.leaf!r} in the catalogue")
        return "leaf", args.leaf, leaves[args.leaf].city
    return "search", args.search, None


def cmd_robots(settings: Settings, args: argparse.Namespace) -> int:
    """Group-robot endpoints: add (posts a check message; active once it was accepted), list,
    remove, test. Webhooks and secrets are shown masked."""
    from bot.channels.robots import RobotMessenger
    from bot.db.robots import DuplicateWebhook, NewRobot
    from bot.i18n import t
    from bot.messenger import DeliveryError
    from bot.robots.endpoints import WebhookError, mask, mask_secret, parse_webhook
    from bot.robots.render import MAX_KEYWORD, Notice

    async def act() -> int:
        now = datetime.now(settings.zone)
        async with opened(settings) as storage:
            sender = RobotMessenger(storage.robots, settings.robot_hosts)
            try:
                if args.action == "list":
                    robots = await storage.robots.all()
                    rows = [{"id": r.id, "channel": r.channel, "state": r.state,
                             "scope": f"{r.scope_kind}:{r.scope_target}"
                                      + (f"/{r.scope_sector}" if r.scope_sector else ""),
                             "city": r.city, "bureau": r.bureau, "owner": r.owner_id,
                             "webhook": mask(r.webhook), "secret": mask_secret(r.secret),
                             "keyword": r.keyword, "error": r.error} for r in robots]
                    if args.json:
                        _dump(rows)
                    for row in [] if args.json else rows:
                        print("\t".join(str(row[k]) for k in ("id", "channel", "state", "scope",
                                                               "webhook", "secret", "error")))
                    return 0
                if args.action == "remove":
                    removed = await storage.robots.remove(args.id)
                    print(f"robot {args.id} removed" if removed else f"no robot {args.id}")
                    return 0 if removed else 1
                if args.action == "test":
                    robot = await storage.robots.get(args.id)
                    if robot is None:
                        print(f"no robot {args.id}", file=sys.stderr)
                        return 1
                    await sender.post(robot, Notice(t(robot.lang, "robots.test_title"), (
                        t(robot.lang, "robots.test_body"),)).dumps())
                    print(f"robot {robot.id}: test message accepted by {robot.channel}")
                    return 0
                webhook = parse_webhook(args.url, settings.robot_hosts)
                if args.keyword and len(args.keyword) > MAX_KEYWORD:
                    raise ValueError(f"a keyword has at most {MAX_KEYWORD} characters")
                if args.secret and webhook.channel == "wecom":
                    raise ValueError("WeCom group robots have no signing secret")
                kind, target, city = _robot_scope(args, await storage.catalogue.snapshot())
                robot_id = await storage.robots.add(NewRobot(
                    webhook.channel, webhook.url, args.owner, args.lang, kind, target,
                    args.sector or "", city, bool(args.bureau), args.secret or None,
                    args.keyword or None), now)
                robot = await storage.robots.get(robot_id)
                assert robot is not None
                try:
                    await sender.post(robot, Notice(t(robot.lang, "robots.verify_title"), (
                        t(robot.lang, "robots.verify_body", name=args.owner),)).dumps())
                except DeliveryError:
                    await storage.robots.remove(robot_id)
                    raise
                await storage.robots.activate(robot_id, now)
                print(f"robot {robot_id} ({webhook.channel}, {webhook.masked}) active: "
                      f"{kind} {target}")
                return 0
            except (WebhookError, ValueError, DuplicateWebhook, DeliveryError) as exc:
                reason = exc.reason if isinstance(exc, WebhookError) else \
                    "already registered" if isinstance(exc, DuplicateWebhook) else str(exc)
                print(f"robots {args.action}: {reason}", file=sys.stderr)
                return 1
            finally:
                await sender.close()

    return run(act())


# --------------------------------------------------------------------------- wiring

Handler = Callable[[Settings, argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    """Every command with help text (a test fails on a command without one)."""
    parser = argparse.ArgumentParser(prog="zhinan", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND",
                                     help="what to do")

    catalogue = commands.add_parser("catalogue", help="load, inspect and export the catalogue")
    sub = catalogue.add_subparsers(dest="action", required=True, metavar="ACTION",
                                  help="catalogue action")
    load = sub.add_parser("load", help="publish data/, one guideline per transaction")
    load.add_argument("--accept-shrink", action="store_true",
                      help="publish a guideline even when it drops many published directions")
    load.set_defaults(handler=cmd_catalogue_load)
    add = sub.add_parser("add", help="bring a bureau's document (.txt, .docx, .pdf) into data/")
    add.add_argument("file", help="the document as the bureau published it")
    add.add_argument("--city", help="city, when the text does not name it (e.g. 钦州)")
    add.add_argument("--year", type=int, help="year, when the text does not state it")
    add.add_argument("--title", help="the guideline's title, to correct the one proposed")
    add.add_argument("--issuer", help="issuing bureau, e.g. 钦州市科学技术局")
    add.add_argument("--city-en", help="the city's English name, for cities outside Guangxi")
    add.add_argument("--key", help="short id used in direction ids, e.g. qz26")
    add.set_defaults(handler=cmd_catalogue_add)
    stats = sub.add_parser("stats", help="counts per city and per stated field")
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.set_defaults(handler=cmd_catalogue_stats)
    show = sub.add_parser("show", help="print one direction by id")
    show.add_argument("id", help="direction id, e.g. fcg25-001")
    show.add_argument("--json", action="store_true", help="print JSON (the default)")
    show.set_defaults(handler=cmd_catalogue_show)
    export = sub.add_parser("export", help="every direction as a JSON array")
    export.add_argument("--json", action="store_true", help="print JSON (the only format)")
    export.set_defaults(handler=cmd_catalogue_export)

    search = commands.add_parser("search", help="rank directions for free text and facets")
    search.add_argument("text", help='what the user typed, e.g. "锂电池 南宁 50万"')
    search.add_argument("--city", help="only this city, e.g. 南宁")
    search.add_argument("--sector", help="only this sector key, e.g. energy")
    search.add_argument("--budget", help="hoped-for grant, e.g. 50万 or 五十万")
    search.add_argument("--limit", type=int, default=10, help="at most this many results")
    search.add_argument("--json", action="store_true", help="print JSON")
    search.set_defaults(handler=cmd_search)

    start = commands.add_parser("start", help="run the bot: Telegram with a token, else the demo")
    start.add_argument("--port", type=int, default=8080, help="demo web chat port")
    start.set_defaults(handler=cmd_start)
    demo = commands.add_parser("demo", help="the bot against the local sandbox and web chat")
    demo.add_argument("--port", type=int, default=8080, help="web chat and control API port")
    demo.set_defaults(handler=cmd_demo)
    run = commands.add_parser("run", help="the bot on real Telegram (ZHINAN_TELEGRAM_TOKEN)")
    run.add_argument("--base-url", help="another Bot API server, e.g. a local one "
                                        "(http://127.0.0.1:8081/bot)")
    run.add_argument("--poll-interval", type=float, default=0.0,
                     help="seconds between getUpdates calls")
    run.add_argument("--webhook", metavar="URL",
                     help="take updates by webhook at this public HTTPS URL "
                          "(default: ZHINAN_WEBHOOK_URL; unset: long polling)")
    run.add_argument("--host", help="webhook/health server address (default: ZHINAN_WEB_HOST)")
    run.add_argument("--port", type=int,
                     help="webhook/health server port (default: ZHINAN_WEB_PORT)")
    run.add_argument("--workers", type=int, default=1,
                     help="webhook worker processes sharing the port (PostgreSQL only)")
    run.add_argument("--worker-index", type=int,
                     help="this process is worker N of several on one port (PostgreSQL); "
                          "worker 0 registers the webhook")
    run.add_argument("--no-dispatch", action="store_true",
                     help="serve updates only; reminders and the outbox are another "
                          "process's (`dispatch`)")
    run.set_defaults(handler=cmd_run)
    dispatch = commands.add_parser("dispatch", help="a dispatcher candidate: reminders and "
                                                    "the outbox, one leader at a time "
                                                    "(PostgreSQL)")
    dispatch.add_argument("--base-url", help="another Bot API server (as for `run`)")
    dispatch.set_defaults(handler=cmd_dispatch)

    backup = commands.add_parser("backup", help="copy the live database consistently")
    backup.add_argument("path", help="target file, or a folder for a timestamped file")
    backup.set_defaults(handler=cmd_backup)
    restore = commands.add_parser("restore", help="put a backup in place (stop the bot first)")
    restore.add_argument("path", help="a file written by `backup`")
    restore.set_defaults(handler=cmd_restore)

    outbox = commands.add_parser("outbox", help="delivery counts; held deliveries after a "
                                                "restore: release or cancel them")
    outbox.add_argument("action", choices=["status", "release", "cancel"],
                        help="status (counts by state), release or cancel what is held")
    outbox.set_defaults(handler=cmd_outbox)

    robots = commands.add_parser("robots", help="WeCom, Feishu and DingTalk group robots: add, "
                                                "list, remove, test")
    rsub = robots.add_subparsers(dest="action", required=True, metavar="ACTION",
                                 help="robot action")
    radd = rsub.add_parser("add", help="register a robot: a check message is posted to its "
                                       "group, and it is active once the platform accepted it")
    radd.add_argument("url", help="the robot's webhook URL, as its group settings show it")
    radd.add_argument("--owner", type=int, required=True,
                      help="Telegram user id told when the platform refuses the robot")
    scope = radd.add_mutually_exclusive_group(required=True)
    scope.add_argument("--city", help="notices about a city (with --bureau: its broadcasts)")
    scope.add_argument("--guideline", help="notices about one guideline, e.g. bs25")
    scope.add_argument("--leaf", help="notices about one direction, e.g. bs25-001")
    scope.add_argument("--search", help="notices about what a saved search finds")
    radd.add_argument("--sector", help="with --city: only this sector (sectors.toml key)")
    radd.add_argument("--bureau", action="store_true",
                      help="with --city: the bureau's group, also receiving its broadcasts")
    radd.add_argument("--secret", help="the signing secret (Feishu 签名校验, DingTalk 加签)")
    radd.add_argument("--keyword", help="the robot's custom keyword, if it has one")
    radd.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN",
                      help="the language of its notices")
    radd.set_defaults(handler=cmd_robots)
    rlist = rsub.add_parser("list", help="every robot, webhooks and secrets masked")
    rlist.add_argument("--json", action="store_true", help="print JSON")
    rlist.set_defaults(handler=cmd_robots)
    rremove = rsub.add_parser("remove", help="delete a robot; what is queued for it is cancelled")
    rremove.add_argument("id", type=int, help="robot id (see list)")
    rremove.set_defaults(handler=cmd_robots)
    rtest = rsub.add_parser("test", help="post a test message now")
    rtest.add_argument("id", type=int, help="robot id (see list)")
    rtest.set_defaults(handler=cmd_robots)

    windows = commands.add_parser("windows", help="application windows: list, set, extract")
    wsub = windows.add_subparsers(dest="action", required=True, metavar="ACTION",
                                  help="window action")
    wlist = wsub.add_parser("list", help="every known window")
    wlist.add_argument("--json", action="store_true", help="print JSON")
    wlist.set_defaults(handler=cmd_windows_list)
    wset = wsub.add_parser("set", help="set a window; followers are notified of the change")
    wset.add_argument("guideline", help="guideline key, e.g. bs25")
    wset.add_argument("--leaf", help="a direction id, to override its guideline's window")
    wset.add_argument("--status", choices=["unknown", "dated", "rolling", "later"],
                      help="default: dated when stages are given, else unknown")
    wset.add_argument("--stage", action="append", default=[],
                      help="LABEL=END or LABEL=START/END in ISO 8601 (repeatable)")
    wset.add_argument("--source", help="where the dates come from (the notice's title)")
    wset.add_argument("--by", default="staff", help="who is setting it (recorded)")
    wset.set_defaults(handler=cmd_windows_set)
    wext = wsub.add_parser("extract", help="propose the stages a notice text states")
    wext.add_argument("notice", help="a notice (通知) as a UTF-8 text file")
    wext.add_argument("--json", action="store_true", help="print JSON")
    wext.set_defaults(handler=cmd_windows_extract)

    elig = commands.add_parser("eligibility", help="a direction's conditions checked for a "
                                                   "company profile")
    elig.add_argument("id", help="direction id, e.g. bs25-001")
    elig.add_argument("--profile", help="profile JSON file (fields of bot.eligibility.Profile)")
    elig.add_argument("--json", action="store_true", help="print JSON")
    elig.set_defaults(handler=cmd_eligibility)

    listed = commands.add_parser("settings", help="every ZHINAN_ setting, its default and "
                                 "meaning, as a Markdown table")
    listed.set_defaults(handler=cmd_settings)

    bench = commands.add_parser("bench", help="measure speed; prints a table or --json")
    bench.add_argument("parts", nargs="*", default=[], help="which parts (default: all)")
    bench.add_argument("--scale", type=int, default=433,
                       help="synthetic catalogue multiplier (433 × 231 ≈ 100,000 leaves)")
    bench.add_argument("--repeat", type=int, default=200, help="queries per latency figure")
    bench.add_argument("--updates", type=int, default=500, help="updates per throughput figure")
    bench.add_argument("--messages", type=int, default=10_000,
                       help="broadcast size at --limit-scale")
    bench.add_argument("--real-messages", type=int, default=900,
                       help="broadcast size at Telegram's real limits as well (0: skip; "
                            "10000 takes about 5.5 minutes)")
    bench.add_argument("--limit-scale", type=float, default=10.0,
                       help="multiply Telegram's flood limits (sandbox and bot alike) for the "
                            "broadcast part; the minimum is reported at the same scale")
    bench.add_argument("--postgres", default=None,
                       help="PostgreSQL server URL for the workers part (scratch databases are "
                            "created and dropped there; default: ZHINAN_BENCH_POSTGRES)")
    bench.add_argument("--json", action="store_true", help="print one JSON object")
    bench.set_defaults(handler=cmd_bench)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from bot.logs import configure_logging

    args = build_parser().parse_args(argv)
    settings = load_settings()
    configure_logging(settings, verbose=args.verbose)  # ZHINAN_LOG_FORMAT, secrets redacted
    handler: Handler = args.handler
    try:
        return handler(settings, args)
    except CatalogueError as exc:  # a data file damaged after the last `catalogue load`
        print(f"{args.command}: a data file is damaged:\n{exc}\nfix it: `python -m bot "
              "catalogue load` checks every data file", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
