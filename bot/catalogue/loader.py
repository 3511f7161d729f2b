"""From data/ on disk to validated guidelines, one guideline at a time.

The shared data files (catalogue.toml, sectors.toml, synonyms.toml) are validated first: a broken
one stops the whole load, because search and the bot read them too. Then every guideline is read
on its own: a document that is missing, outside data/, too big, unreadable, without structure
or damaged (an empty direction, a code printed twice) is refused with `file:line: reason` while
the others load. Nothing here touches a database.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import threading
import tomllib
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from multiprocessing import get_all_start_methods, get_context
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from bot.catalogue.document import DEFAULT_MAX_BYTES, DocumentError, read_document
from bot.catalogue.facets import Taxonomy, assign_sectors
from bot.catalogue.models import Guideline, GuidelineMeta, ParseIssue
from bot.catalogue.numbers import build_tables

METADATA_FILE = "catalogue.toml"
SECTORS_FILE = "sectors.toml"
SYNONYMS_FILE = "synonyms.toml"


class CatalogueError(Exception):
    """The sources cannot be loaded; `issues` says where and why."""

    def __init__(self, issues: list[ParseIssue]) -> None:
        super().__init__("\n".join(str(issue) for issue in issues))
        self.issues = issues


class _Metadata(BaseModel):
    guideline: list[GuidelineMeta]


class _Stopwords(BaseModel):
    model_config = ConfigDict(extra="forbid")
    words: list[str] = []


class _Synonyms(BaseModel):
    """The shape search expects of synonyms.toml."""

    model_config = ConfigDict(extra="forbid")
    cities: dict[str, list[str]] = {}
    terms: dict[str, list[str]] = {}
    stopwords: _Stopwords = _Stopwords()
    glossary: dict[str, list[str]] = {}  # term key (texts in locales/ [glossary]) → names


@dataclass
class SourceResult:
    """One guideline as read from data/: the parsed guideline, or why it is refused."""

    meta: GuidelineMeta
    guideline: Guideline | None = None
    refusals: list[ParseIssue] = field(default_factory=list)
    warnings: list[ParseIssue] = field(default_factory=list)

    @property
    def refused(self) -> bool:
        return self.guideline is None


@dataclass
class CatalogueRead:
    """Every guideline named in catalogue.toml, each loaded or refused on its own."""

    results: list[SourceResult]

    @property
    def guidelines(self) -> list[Guideline]:
        return [r.guideline for r in self.results if r.guideline is not None]

    @property
    def refusals(self) -> list[ParseIssue]:
        return [issue for r in self.results for issue in r.refusals]

    @property
    def warnings(self) -> list[ParseIssue]:
        return [issue for r in self.results for issue in r.warnings]


# --------------------------------------------------------------------------- data files


def _read_toml(path: Path) -> tuple[dict[str, object], str]:
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
        return tomllib.loads(text), text
    except FileNotFoundError:
        raise CatalogueError([ParseIssue(file=name, line=0, reason="file missing",
                                         fatal=True)]) from None
    except UnicodeDecodeError as exc:
        raise CatalogueError([ParseIssue(file=name, line=_error_line(exc), fatal=True,
                                         reason=f"unreadable: {exc}")]) from None
    except tomllib.TOMLDecodeError as exc:
        line = _error_line(exc) or (len(text.splitlines()) if "end of document" in str(exc) else 0)
        raise CatalogueError([ParseIssue(file=name, line=line, fatal=True,
                                         reason=f"unreadable: {exc}")]) from None


def _invalid(path: Path, text: str, exc: ValidationError) -> CatalogueError:
    """Validation errors with the line of the key they name, where it can be found."""
    issues = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"])
        key = next((str(p) for p in reversed(err["loc"]) if isinstance(p, str)), "")
        issues.append(ParseIssue(file=str(path), line=_key_line(text, key), fatal=True,
                                 reason=f"{where}: {err['msg']}"))
    return CatalogueError(issues)


def _key_line(text: str, key: str) -> int:
    if not key:
        return 0
    pattern = re.compile(rf'^\s*"?{re.escape(key)}"?\s*=', re.MULTILINE)
    match = pattern.search(text)
    return text[: match.start()].count("\n") + 1 if match else 0


def _error_line(exc: Exception) -> int:
    """The line a TOML error names (3.11's TOMLDecodeError only says it in the message)."""
    lineno = getattr(exc, "lineno", None)
    if isinstance(lineno, int):
        return lineno
    match = re.search(r"line (\d+)", str(exc))
    return int(match.group(1)) if match else 0


def read_metadata(data_dir: Path) -> list[GuidelineMeta]:
    """Parse and validate catalogue.toml; errors carry the file and, where known, the line."""
    path = data_dir / METADATA_FILE
    raw, text = _read_toml(path)
    try:
        metas = _Metadata.model_validate(raw).guideline
    except ValidationError as exc:
        raise _invalid(path, text, exc) from None
    seen: dict[str, int] = {}
    for index, meta in enumerate(metas):
        if meta.key in seen:
            raise CatalogueError([ParseIssue(
                file=str(path), line=_nth_line(text, "key", index), fatal=True,
                reason=f"duplicate guideline key {meta.key!r} (also entry {seen[meta.key] + 1})")])
        seen[meta.key] = index
    return metas


def _nth_line(text: str, key: str, index: int) -> int:
    """Line of the index-th `key = …` in the file (entries are [[guideline]] tables)."""
    lines = [m.start() for m in re.finditer(rf"^\s*{key}\s*=", text, re.MULTILINE)]
    return text[: lines[index]].count("\n") + 1 if index < len(lines) else 0


def read_taxonomy(data_dir: Path) -> Taxonomy:
    path = data_dir / SECTORS_FILE
    raw, text = _read_toml(path)
    try:
        return Taxonomy.model_validate(raw)
    except ValidationError as exc:
        raise _invalid(path, text, exc) from None


def check_synonyms(data_dir: Path) -> None:
    """synonyms.toml is read by search at start-up: a broken one must stop the load, not the bot."""
    path = data_dir / SYNONYMS_FILE
    raw, text = _read_toml(path)
    try:
        _Synonyms.model_validate(raw)
    except ValidationError as exc:
        raise _invalid(path, text, exc) from None


def check_data_files(data_dir: Path) -> tuple[list[GuidelineMeta], Taxonomy]:
    """Every shared data file validated; CatalogueError listing what is wrong in all of them."""
    issues: list[ParseIssue] = []
    metas: list[GuidelineMeta] = []
    taxonomy: Taxonomy | None = None
    try:
        metas = read_metadata(data_dir)
    except CatalogueError as exc:
        issues += exc.issues
    try:
        taxonomy = read_taxonomy(data_dir)
    except CatalogueError as exc:
        issues += exc.issues
    try:
        check_synonyms(data_dir)
    except CatalogueError as exc:
        issues += exc.issues
    if issues or taxonomy is None:
        raise CatalogueError(issues)
    return metas, taxonomy


# --------------------------------------------------------------------------- sources


def source_path(data_dir: Path, meta: GuidelineMeta, metadata_text: str = "") -> Path:
    """The document a catalogue entry names: a regular file inside data/, nothing else.

    `../x.txt`, an absolute path, a symlink leading out, a directory or a device is refused,
    so a metadata entry can never make the loader read or block on something else."""
    toml = str(data_dir / METADATA_FILE)
    line = _source_line(metadata_text, meta.source_file)
    root = data_dir.resolve()
    candidate = Path(meta.source_file)
    if candidate.is_absolute() or ".." in candidate.parts:
        raise CatalogueError([ParseIssue(file=toml, line=line, fatal=True, reason=(
            f"source_file {meta.source_file!r} must be a path inside {data_dir}"))])
    path = (data_dir / candidate).resolve()
    if not path.is_relative_to(root):
        raise CatalogueError([ParseIssue(file=toml, line=line, fatal=True, reason=(
            f"source_file {meta.source_file!r} leads outside {data_dir}"))])
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise CatalogueError([ParseIssue(file=str(data_dir / candidate), line=0, fatal=True,
                                         reason="source file missing")]) from None
    if not stat.S_ISREG(mode):
        raise CatalogueError([ParseIssue(file=toml, line=line, fatal=True, reason=(
            f"source_file {meta.source_file!r} is not a regular file"))])
    return path


def _source_line(text: str, source_file: str) -> int:
    match = re.search(rf'^\s*source_file\s*=\s*"{re.escape(source_file)}"', text, re.MULTILINE)
    return text[: match.start()].count("\n") + 1 if match else 0


def read_guideline(data_dir: Path, meta: GuidelineMeta, taxonomy: Taxonomy, *,
                   max_bytes: int = DEFAULT_MAX_BYTES, metadata_text: str = "") -> SourceResult:
    """One guideline from data/: parsed with sectors, or refused with file:line reasons."""
    result = SourceResult(meta)
    try:
        path = source_path(data_dir, meta, metadata_text)
        size = path.stat().st_size
        if size > max_bytes:  # before reading: a runaway file is never loaded into memory
            raise DocumentError(ParseIssue(file=meta.source_file, line=0, fatal=True, reason=(
                f"document is {size / 1_048_576:.1f} MB, over the "
                f"{max_bytes / 1_048_576:.1f} MB limit (setting ZHINAN_MAX_DOCUMENT_BYTES)")))
        source = read_document(path.read_bytes(), meta.source_file, max_bytes=max_bytes)
    except CatalogueError as exc:
        result.refusals = exc.issues
        return result
    except DocumentError as exc:
        result.refusals = [exc.issue]
        return result
    # (imported where a document is parsed: a bot that reads its catalogue from the database
    # never compiles the parser's patterns, a second and more of every start)
    from bot.catalogue.parser import parse_guideline

    guideline = parse_guideline(meta, source.lines, source_name=meta.source_file,
                                listed_rows=source.listed_rows,
                                heading_depths=source.heading_depths)
    result.warnings = [*source.warnings, *(w for w in guideline.warnings if not w.fatal)]
    result.refusals = [w for w in guideline.warnings if w.fatal]
    if not result.refusals:
        result.guideline = with_sectors(guideline, taxonomy)
    return result


def read_catalogue(data_dir: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> CatalogueRead:
    """Every guideline in catalogue.toml, each read on its own; CatalogueError only when a
    shared data file is broken."""
    metas, taxonomy = check_data_files(data_dir)
    text = (data_dir / METADATA_FILE).read_text(encoding="utf-8")
    return CatalogueRead(read_guidelines(data_dir, metas, taxonomy, max_bytes=max_bytes,
                                         metadata_text=text))


# Below this much text, spawning worker processes (each importing the parser anew) costs more
# than parsing on one core saves; forked workers start at once, so they pay from a few documents
PARALLEL_MIN_BYTES = 4 * 1_048_576
FORKED_MIN_DOCUMENTS = 3


def read_guidelines(data_dir: Path, metas: list[GuidelineMeta], taxonomy: Taxonomy, *,
                    max_bytes: int = DEFAULT_MAX_BYTES, metadata_text: str = "",
                    workers: int | None = None) -> list[SourceResult]:
    """`read_guideline` for each entry, in catalogue order: on every core when the documents
    are several (the real five: 0.49 → 0.28 s on two cores) or many (a province's years of
    guidelines), since parsing is pure CPU work."""
    read = partial(read_guideline, data_dir, taxonomy=taxonomy, max_bytes=max_bytes,
                   metadata_text=metadata_text)
    forkable = _forkable()
    if workers is None:
        many = _source_bytes(data_dir, metas) >= PARALLEL_MIN_BYTES
        workers = _cores() if many or (forkable and len(metas) >= FORKED_MIN_DOCUMENTS) else 1
    workers = min(workers, len(metas))
    if workers <= 1:
        return [read(meta) for meta in metas]
    # fork only from a process with no other thread (a forked child gets one thread's locks);
    # else spawn, whose workers import the parser afresh
    if forkable:
        build_tables()
        # (compiled here, once: forked workers share the parser's patterns, which a bot that
        # never parses does not import at all)
        import bot.catalogue.parser  # noqa: F401
    context = get_context("fork" if forkable else "spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        return list(pool.map(read, metas, chunksize=max(1, len(metas) // (workers * 8))))


def _forkable() -> bool:
    return "fork" in get_all_start_methods() and threading.active_count() == 1


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _source_bytes(data_dir: Path, metas: list[GuidelineMeta]) -> int:
    total = 0
    for meta in metas:
        with contextlib.suppress(OSError):  # read_guideline refuses it, saying why
            total += (data_dir / meta.source_file).stat().st_size
    return total


def load_catalogue(data_dir: Path, *,
                   max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[Guideline], list[ParseIssue]]:
    """All guidelines or none (for tests, the bench and tools that want the whole catalogue);
    raises CatalogueError listing every refusal."""
    read = read_catalogue(data_dir, max_bytes=max_bytes)
    if read.refusals:
        raise CatalogueError(read.refusals)
    return read.guidelines, read.warnings


def with_sectors(guideline: Guideline, taxonomy: Taxonomy) -> Guideline:
    for leaf in guideline.leaves:
        body = " ".join(filter(None, [leaf.parent, leaf.content, leaf.indicators]))
        leaf.sectors = assign_sectors(taxonomy, leaf.title, body)
    return guideline
