"""From data/ on disk to validated Guideline models, or a list of `file:line: reason` errors.

Reading is strict: a file that is not UTF-8 (a GBK export, say) or has no recognisable structure
stops the load before anything touches the database.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from pydantic import BaseModel, ValidationError

from bot.catalogue.facets import Taxonomy, assign_sectors, load_taxonomy
from bot.catalogue.models import Guideline, GuidelineMeta, ParseIssue
from bot.catalogue.parser import parse_guideline

METADATA_FILE = "catalogue.toml"
SECTORS_FILE = "sectors.toml"


class CatalogueError(Exception):
    """The sources cannot be loaded; `issues` says where and why."""

    def __init__(self, issues: list[ParseIssue]) -> None:
        super().__init__("\n".join(str(issue) for issue in issues))
        self.issues = issues


class _Metadata(BaseModel):
    guideline: list[GuidelineMeta]


def read_metadata(data_dir: Path) -> list[GuidelineMeta]:
    """Parse and validate catalogue.toml; errors carry the file and, where known, the line."""
    path = data_dir / METADATA_FILE
    name = str(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CatalogueError([ParseIssue(file=name, line=0, reason="metadata file missing",
                                         fatal=True)]) from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        line = _error_line(exc)
        raise CatalogueError([ParseIssue(file=name, line=line, reason=f"unreadable: {exc}",
                                         fatal=True)]) from None
    try:
        metas = _Metadata.model_validate(raw).guideline
    except ValidationError as exc:
        issues = [
            ParseIssue(file=name, line=0, fatal=True,
                       reason=f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}")
            for err in exc.errors()
        ]
        raise CatalogueError(issues) from None
    keys = [meta.key for meta in metas]
    if len(keys) != len(set(keys)):
        raise CatalogueError([ParseIssue(file=name, line=0, reason="duplicate guideline key",
                                         fatal=True)])
    return metas


def _error_line(exc: Exception) -> int:
    """The line a TOML error names (3.11's TOMLDecodeError only says it in the message)."""
    lineno = getattr(exc, "lineno", None)
    if isinstance(lineno, int):
        return lineno
    match = re.search(r"line (\d+)", str(exc))
    return int(match.group(1)) if match else 0


def read_source(path: Path) -> list[str]:
    """The document's lines; a non-UTF-8 byte is reported with the line it sits on."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CatalogueError([ParseIssue(
            file=str(path), line=line, fatal=True,
            reason="not UTF-8 text (a GBK/GB18030 export? convert it with iconv -f GBK -t UTF-8)",
        )]) from None
    return text.lstrip("\ufeff").splitlines()


def load_catalogue(data_dir: Path) -> tuple[list[Guideline], list[ParseIssue]]:
    """Every guideline named in the metadata, parsed, with sectors; raises CatalogueError."""
    metas = read_metadata(data_dir)
    try:
        taxonomy = load_taxonomy(data_dir / SECTORS_FILE)
    except (OSError, tomllib.TOMLDecodeError, ValidationError) as exc:
        raise CatalogueError([ParseIssue(file=str(data_dir / SECTORS_FILE), line=0, fatal=True,
                                         reason=f"unreadable sector list: {exc}")]) from None
    guidelines: list[Guideline] = []
    errors: list[ParseIssue] = []
    for meta in metas:
        path = data_dir / meta.source_file
        try:
            lines = read_source(path)
        except FileNotFoundError:
            errors.append(ParseIssue(file=str(path), line=0, reason="source file missing",
                                     fatal=True))
            continue
        except CatalogueError as exc:
            errors.extend(exc.issues)
            continue
        guideline = parse_guideline(meta, lines, source_name=meta.source_file)
        errors.extend(issue for issue in guideline.warnings if issue.fatal)
        guidelines.append(_with_sectors(guideline, taxonomy))
    if errors:
        raise CatalogueError(errors)
    warnings = [issue for g in guidelines for issue in g.warnings]
    return guidelines, warnings


def _with_sectors(guideline: Guideline, taxonomy: Taxonomy) -> Guideline:
    for leaf in guideline.leaves:
        body = " ".join(filter(None, [leaf.parent, leaf.content, leaf.indicators]))
        leaf.sectors = assign_sectors(taxonomy, leaf.title, body)
    return guideline
