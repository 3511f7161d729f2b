"""The `zhinan` / `python -m bot` command line: catalogue, search, bench, demo and run.

The only place that prints. Output shapes marked stable are relied on by other tools
(see DESIGN.md): change them only additively.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

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
from bot.catalogue.models import Guideline, Leaf, ParseIssue
from bot.catalogue.numbers import clean_number, parse_amount_wan
from bot.catalogue.parser import parse_guideline
from bot.config import Settings, load_settings
from bot.db import DatabaseUrlError, Storage
from bot.db.catalogue import Snapshot
from bot.search import Lexicon, Searcher
from bot.store import Store

log = logging.getLogger("zhinan")

EXPORT_FIELDS = (
    "id", "city", "year", "plan", "group", "code", "parent", "title", "office", "funding_text",
    "funding_min_wan", "funding_max_wan", "funding_mode", "period_years_max", "quota",
    "enterprise_lead_only", "min_rd_spend_wan", "matching_ratio", "sectors", "source_file",
    "source_line",
)


def leaf_json(leaf: Leaf, **extra: Any) -> dict[str, Any]:
    """The stable export shape (DESIGN.md's fields first), then every other stated field."""
    data = leaf.model_dump()
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


def cmd_catalogue_load(settings: Settings, args: argparse.Namespace) -> int:
    """Publish each guideline of data/ in its own transaction; a refused one keeps its old
    version and makes the exit status 1 (stable: one line per guideline, see DESIGN.md)."""
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
        outcomes, snapshot = asyncio.run(publish(settings, read, args.accept_shrink))
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
    refresh_legacy_store(settings, snapshot)
    refused = [key for key, (outcome, _) in outcomes.items() if outcome == "refused"]
    print(f"{len(snapshot.leaves)} directions from {len(snapshot.metas)} guidelines published "
          f"in {settings.db}" + (f"; refused: {', '.join(refused)}" if refused else ""))
    return 1 if refused else 0


Outcome = tuple[str, list[ParseIssue]]


async def publish(settings: Settings, read: CatalogueRead,
                  accept_shrink: bool) -> tuple[dict[str, Outcome], Snapshot]:
    """One transaction per guideline: loaded / unchanged, refused (its published version
    stays), and withdrawn for guidelines no longer listed in catalogue.toml."""
    move_legacy_database(settings)
    storage = await Storage.open(settings.db)
    try:
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
        return outcomes, await storage.catalogue.snapshot()
    finally:
        await storage.close()


def move_legacy_database(settings: Settings) -> None:
    """A ZHINAN_DB file written by the sqlite-utils store (before bot/db) moves to where that
    store lives now, so the async storage can take its place and no state is lost."""
    from bot.store import legacy_path

    path = Path(settings.db)
    if not path.is_file() or path.stat().st_size == 0:
        return
    import sqlite3

    with sqlite3.connect(path) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    if "_migrations" in tables and "alembic_version" not in tables:
        target = legacy_path(path)
        if not target.exists():
            path.rename(target)
            print(f"{path}: the old store's database moved to {target}", file=sys.stderr)


def refresh_legacy_store(settings: Settings, snapshot: Snapshot) -> None:
    """Until the application layer on bot/db replaces it, the bot, search and the demo read the
    sqlite-utils store: it gets the catalogue just published, windows, and announcements."""
    from bot.services import Services
    from bot.state import State
    from bot.store import Store, legacy_path

    store = Store(legacy_path(settings.db))
    before = {meta.key for meta in store.guidelines()}
    leaves: dict[str, list[Leaf]] = {}
    for leaf in snapshot.leaves:
        leaves.setdefault(leaf.guideline, []).append(leaf)
    store.replace_catalogue([Guideline(meta=meta, leaves=leaves.get(meta.key, []))
                             for meta in snapshot.metas])
    State(store).seed_windows(snapshot.metas, datetime.now(settings.zone))
    new = [meta.key for meta in snapshot.metas if meta.key not in before]
    if before and new:  # a first load announces nothing: nobody follows anything yet
        told = Services.build(settings).announce_guidelines(new)
        print(f"new guideline(s) {', '.join(new)}: {told} subscriber(s) will be told")


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
    guideline = parse_guideline(meta, source.lines, meta.source_file)
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


async def _snapshot(settings: Settings) -> Snapshot:
    storage = await Storage.open(settings.db)
    try:
        return await storage.catalogue.snapshot()
    finally:
        await storage.close()


def published(settings: Settings) -> Snapshot | None:
    """The published catalogue, or None with a hint when nothing has been loaded yet."""
    move_legacy_database(settings)
    snapshot = asyncio.run(_snapshot(settings))
    if not snapshot.leaves:
        print("the catalogue is empty: run `python -m bot catalogue load` first", file=sys.stderr)
        return None
    return snapshot


def open_store(settings: Settings) -> Store | None:
    """The store the bot runs on, or None with a hint when nothing has been loaded yet."""
    from bot.store import legacy_path

    store = Store(legacy_path(settings.db))
    if store.leaf_count() == 0:
        print("the catalogue is empty: run `python -m bot catalogue load` first", file=sys.stderr)
        return None
    return store


def find_leaf(settings: Settings, leaf_id: str) -> Leaf | None:
    """The direction the bot knows, or None after saying why (empty catalogue, unknown id)."""
    store = open_store(settings)
    if store is None:
        return None
    leaf = store.leaf(leaf_id)
    if leaf is None:
        print(f"no direction with id {leaf_id!r}", file=sys.stderr)
    return leaf


def catalogue_stats(snapshot: Snapshot) -> dict[str, Any]:
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
    """Print catalogue counts, as a table or --json."""
    snapshot = published(settings)
    if snapshot is None:
        return 1
    stats = catalogue_stats(snapshot)
    if args.json:
        _dump(stats)
        return 0
    for city, count in stats["by_city"].items():
        print(f"{city}\t{count}")
    print(f"total\t{stats['leaves']}")
    for name, count in stats["stated"].items():
        print(f"  {name}: stated for {count}")
    return 0


def cmd_catalogue_show(settings: Settings, args: argparse.Namespace) -> int:
    """Print one published leaf with every field (JSON)."""
    snapshot = published(settings)
    if snapshot is None:
        return 1
    leaf = next((leaf for leaf in snapshot.leaves if leaf.id == args.id), None)
    if leaf is None:
        print(f"no direction with id {args.id!r}", file=sys.stderr)
        return 1
    _dump(leaf_json(leaf))
    return 0


def cmd_catalogue_export(settings: Settings, args: argparse.Namespace) -> int:
    """Print every leaf as a JSON array (stable shape, see DESIGN.md)."""
    snapshot = published(settings)
    if snapshot is None:
        return 1
    _dump([leaf_json(leaf) for leaf in snapshot.leaves])
    return 0


# --------------------------------------------------------------------------- search


def cmd_search(settings: Settings, args: argparse.Namespace) -> int:
    """Rank directions for free text and facets, exactly as the chat does."""
    store = open_store(settings)
    if store is None:
        return 1
    budget = parse_amount_wan(args.budget) if args.budget else None
    if args.budget and budget is None:
        print(f"cannot read the amount {args.budget!r} (try 50万, 五十万, 0.5亿)", file=sys.stderr)
        return 2
    searcher = Searcher(store, Lexicon.from_data(settings.data_dir))
    _, hits = searcher.search(args.text, city=args.city, sector=args.sector, budget_wan=budget,
                              limit=args.limit)
    if args.json:
        _dump([leaf_json(hit.leaf, score=hit.score, fits_budget=hit.fits) for hit in hits])
        return 0
    for hit in hits:
        amount = f"≤{clean_number(hit.leaf.funding_max_wan)}万" if hit.leaf.funding_max_wan else "—"
        print(f"{hit.score:6.1f}  {hit.leaf.id}  {hit.leaf.city}  {amount}  {hit.leaf.title}")
    return 0


# --------------------------------------------------------------------------- windows


def cmd_windows_list(settings: Settings, args: argparse.Namespace) -> int:
    """Every window the bot knows (guideline-wide and per-direction overrides)."""
    from bot.services import Services

    if open_store(settings) is None:
        return 1
    services = Services.build(settings)
    rows = []
    for ref, window in sorted(services.windows.items()):
        rows.append({"guideline": ref.guideline, "leaf_id": ref.leaf_id or None,
                     **json.loads(window.model_dump_json())})
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
    from bot.services import Services

    if open_store(settings) is None:
        return 1
    services = Services.build(settings)
    if args.guideline not in services.catalogue.metas:
        print(f"unknown guideline {args.guideline!r}; known: "
              f"{', '.join(services.catalogue.metas)}", file=sys.stderr)
        return 2
    if args.leaf and services.catalogue.by_id.get(args.leaf, None) is None:
        print(f"unknown direction {args.leaf!r}", file=sys.stderr)
        return 2
    try:
        stages = [_with_zone(_parse_stage(text), settings) for text in args.stage]
        status = args.status or ("dated" if stages else "unknown")
        window = Window(status=status, stages=stages, source=args.source)  # type: ignore[arg-type]
    except (ValueError, ValidationError) as exc:
        print(f"invalid window: {exc}", file=sys.stderr)
        return 2
    notified = services.change_window(WindowRef(args.guideline, args.leaf or ""), window,
                                      f"cli:{args.by}")
    print(f"window saved for {args.guideline}{'/' + args.leaf if args.leaf else ''}; "
          f"{notified} follower(s) will be told")
    return 0


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


def cmd_bench(settings: Settings, args: argparse.Namespace) -> int:
    """Measure catalogue parse+load (and more as features land); prints a table or --json."""
    from bot.bench import run_bench

    results = run_bench(settings, scale=args.scale, parts=args.parts, repeat=args.repeat,
                        updates=args.updates, messages=args.messages,
                        limit_scale=args.limit_scale)
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
    """The same bot against the local sandbox, with the web chat on 127.0.0.1:PORT."""
    import asyncio

    from bot.sandbox.harness import run_demo

    if open_store(settings) is None:
        return 1
    asyncio.run(run_demo(settings, getattr(args, "port", 8080)))
    return 0


def cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    """Real Telegram (needs ZHINAN_TELEGRAM_TOKEN): by webhook when --webhook or
    ZHINAN_WEBHOOK_URL gives a URL (see deploy/README.md), else by long polling."""
    from bot.app import allowed_updates, build_application
    from bot.services import Services

    if settings.telegram_token is None:
        print("ZHINAN_TELEGRAM_TOKEN is not set (try `python -m bot demo`)", file=sys.stderr)
        return 2
    if open_store(settings) is None:
        return 1
    url = getattr(args, "webhook", None) or settings.webhook_url
    if url:
        import asyncio

        from bot.web import run_webhook

        asyncio.run(run_webhook(settings, url, getattr(args, "host", None),
                                getattr(args, "port", None),
                                base_url=getattr(args, "base_url", None)))
        return 0
    application = build_application(Services.build(settings),
                                    settings.telegram_token.get_secret_value(),
                                    base_url=getattr(args, "base_url", None))
    application.run_polling(allowed_updates=allowed_updates(),
                            poll_interval=getattr(args, "poll_interval", 0.0))
    return 0


# --------------------------------------------------------------------------- backups


def cmd_backup(settings: Settings, args: argparse.Namespace) -> int:
    """A consistent copy of the live database (safe while the bot runs)."""
    from bot.backup import BackupError, backup

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

    try:
        kept = restore(args.path, settings.db)
    except BackupError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"restored {args.path} into {settings.db}"
          + (f"; the previous database is kept as {kept}" if kept else ""))
    return 0


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
    run.set_defaults(handler=cmd_run)

    backup = commands.add_parser("backup", help="copy the live database consistently")
    backup.add_argument("path", help="target file, or a folder for a timestamped file")
    backup.set_defaults(handler=cmd_backup)
    restore = commands.add_parser("restore", help="put a backup in place (stop the bot first)")
    restore.add_argument("path", help="a file written by `backup`")
    restore.set_defaults(handler=cmd_restore)

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

    bench = commands.add_parser("bench", help="measure speed; prints a table or --json")
    bench.add_argument("parts", nargs="*", default=[], help="which parts (default: all)")
    bench.add_argument("--scale", type=int, default=433,
                       help="synthetic catalogue multiplier (433 × 231 ≈ 100,000 leaves)")
    bench.add_argument("--repeat", type=int, default=200, help="queries per latency figure")
    bench.add_argument("--updates", type=int, default=500, help="updates per throughput figure")
    bench.add_argument("--messages", type=int, default=10_000, help="broadcast size")
    bench.add_argument("--limit-scale", type=float, default=10.0,
                       help="multiply Telegram's flood limits (sandbox and bot alike) for the "
                            "broadcast part; the minimum is reported at the same scale")
    bench.add_argument("--json", action="store_true", help="print one JSON object")
    bench.set_defaults(handler=cmd_bench)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from bot.logs import configure_logging

    args = build_parser().parse_args(argv)
    settings = load_settings()
    configure_logging(settings, verbose=args.verbose)  # ZHINAN_LOG_FORMAT, secrets redacted
    handler: Handler = args.handler
    return handler(settings, args)


if __name__ == "__main__":
    sys.exit(main())
