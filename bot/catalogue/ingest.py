"""A bureau's document, as sent in chat or given to `catalogue add`: read it, propose its
metadata, preview what the catalogue would gain, compare it with the published version, and
store it under data/ once accepted. Pure functions over bytes and models; the chat flow and the
command line only call them and show the result.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bot.catalogue.document import DEFAULT_MAX_BYTES, SourceText, read_document
from bot.catalogue.loader import METADATA_FILE, read_metadata
from bot.catalogue.models import Guideline, GuidelineMeta, Leaf, ParseIssue

# City → (English name, key prefix); other cities work too, with --city-en/--key given.
CITIES: dict[str, tuple[str, str]] = {
    "南宁": ("Nanning", "nn"), "柳州": ("Liuzhou", "lz"), "桂林": ("Guilin", "gl"),
    "梧州": ("Wuzhou", "wz"), "北海": ("Beihai", "bh"), "防城港": ("Fangchenggang", "fcg"),
    "钦州": ("Qinzhou", "qz"), "贵港": ("Guigang", "gg"), "玉林": ("Yulin", "yl"),
    "百色": ("Baise", "bs"), "贺州": ("Hezhou", "hz"), "河池": ("Hechi", "hc"),
    "来宾": ("Laibin", "lb"), "崇左": ("Chongzuo", "cz"), "赣州": ("Ganzhou", "ganz"),
}
# A title is a short line of its own ending in 指南 (or one in 《》 inside a sentence), never a
# piece cut out of a paragraph; a city is named before 市 where a title, an issuer or the plan's
# own name puts it (百色市科技计划, 钦州市科学技术局), not wherever 市 follows two characters.
_TITLE_LINE = re.compile(r"^《?(?P<title>[^《》，,。；;：:\s]{4,40}?指南)》?$")
_TITLE_QUOTED = re.compile(r"《(?P<title>[^《》，,。；;]{4,40}?指南)》")
_CITY = re.compile(r"^(?:\d{4}\s*年度?)?(?P<city>[\u4e00-\u9fff]{2,4}?)市")
_CITY_NAMED = re.compile(
    r"(?:^|[\d年，,、\s“《])(?P<city>(?!度)[\u4e00-\u9fff]{2,3}?)市(?=科技|科学技术|人民政府)")
_YEAR = re.compile(r"(?P<year>20\d{2})\s*年")
# 钦州市科学技术局 on a line of its own (or after 来源： / 主办： on a web page, or in 本指南由…负责
# 解释); bureaus merged with another remit keep 科技 in front (泸州市科学技术和人才工作局)
_ISSUER = re.compile(
    r"^(?:.{0,30}?(?:来源|主办|发布单位|发文单位)\s*[:：]\s*|.{0,12}?本指南由)?"
    r"(?P<issuer>(?!各|全|本|相关|有关)[\u4e00-\u9fff]{2,8}?(?:市|县|区|州|盟)(?:科学技术|科技)"
    r"(?:[\u4e00-\u9fff]{0,8}?局|委员会))")


@dataclass(frozen=True)
class MetaProposal:
    """What the text says about itself; None where it does not say."""

    city: str | None
    city_en: str | None
    year: int | None
    title: str | None
    issuer: str | None
    key: str | None


@dataclass(frozen=True)
class Corrections:
    """What a person typed to correct the proposal (None: keep the proposal)."""

    city: str | None = None
    year: int | None = None
    title: str | None = None
    issuer: str | None = None
    city_en: str | None = None
    key: str | None = None


def propose_meta(lines: list[str]) -> MetaProposal:
    """City, year, title and issuer as the document's first lines (or its codes) state them;
    None where they do not (conversion often loses a title: then a person says it)."""
    head = [line.strip() for line in lines[:60] if line.strip()]
    title = next((m["title"] for line in head if (m := _TITLE_LINE.match(line))), None) or next(
        (m["title"] for line in head if (m := _TITLE_QUOTED.search(line))), None)
    issuer = next((m["issuer"] for line in [*head, *[ln.strip() for ln in lines[-30:]]]
                   if (m := _ISSUER.match(line))), None)
    named = Counter(m["city"] for line in head for m in _CITY_NAMED.finditer(line))
    if not named:  # a known city's name with 市, wherever it stands
        named = Counter({city: n for city in CITIES
                         if (n := sum(line.count(f"{city}市") for line in head))})
    city_match = _CITY.match(title or "") or _CITY.match(issuer or "")
    city = city_match["city"] if city_match else (named.most_common(1)[0][0] if named else None)
    year_match = _YEAR.search(title or "") or next(
        (m for line in head[:10] if (m := _YEAR.search(line))), None)
    year = int(year_match["year"]) if year_match else None
    city_en, prefix = CITIES.get(city or "", (None, None))
    key = f"{prefix}{year % 100:02d}" if prefix and year else None
    return MetaProposal(city, city_en, year, title, issuer, key)


def make_meta(proposal: MetaProposal, corrections: Corrections, source_file: str) -> GuidelineMeta:
    """The metadata to store: the proposal with the person's corrections on top.

    Raises ValueError naming what is still unknown (a city the text does not name, …)."""
    merged = _merged(proposal, corrections)
    missing = missing_meta(proposal, corrections)
    if missing:
        raise ValueError("not stated in the text, give it: " + ", ".join(missing))
    city, year, title = str(merged["city"]), int(merged["year"] or 0), str(merged["title"])
    city_en, key, issuer = str(merged["city_en"]), str(merged["key"]), str(merged["issuer"])
    basis = "given by staff" if corrections.year else "the title line of the text"
    return GuidelineMeta(key=key, city=city, city_en=city_en, year=year, year_basis=basis,
                         issuer=issuer, title=title, source_file=source_file)


def _merged(proposal: MetaProposal, corrections: Corrections) -> dict[str, str | int | None]:
    city = corrections.city or proposal.city
    year = corrections.year or proposal.year
    known = CITIES.get(city or "")
    return {
        "city": city, "year": year, "title": corrections.title or proposal.title,
        "city_en": corrections.city_en or (known[0] if known else None) or proposal.city_en,
        "key": corrections.key or (f"{known[1]}{year % 100:02d}" if known and year else None)
        or proposal.key,
        "issuer": corrections.issuer or proposal.issuer
        or (f"{city}市科学技术局" if city else None),
    }


def missing_meta(proposal: MetaProposal, corrections: Corrections) -> list[str]:
    """What neither the text nor the person has said yet (city, year, title, city_en, key; the
    issuer defaults to the city's science bureau)."""
    return [name for name, value in _merged(proposal, corrections).items()
            if not value and name != "issuer"]


def read_source(data: bytes, filename: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """The document's text (DocumentError when it has none)."""
    return read_document(data, filename, max_bytes=max_bytes)


def parse_document(data: bytes, filename: str, meta: GuidelineMeta | None = None, *,
                   max_bytes: int = DEFAULT_MAX_BYTES) -> Guideline:
    """Read and parse a document; without `meta`, what the text proposes (or placeholders)."""
    source = read_source(data, filename, max_bytes=max_bytes)
    if meta is None:
        proposal = propose_meta(source.lines)
        meta = GuidelineMeta(
            key=proposal.key or "doc00", city=proposal.city or "?",
            city_en=proposal.city_en or "?", year=proposal.year or 0, year_basis="proposed",
            issuer=proposal.issuer or "?", title=proposal.title or filename,
            source_file=filename)
    from bot.catalogue.parser import parse_guideline  # (only where parsed)

    guideline = parse_guideline(meta, source.lines, filename, listed_rows=source.listed_rows,
                                heading_depths=source.heading_depths,
                                cell_spans=source.cell_spans)
    guideline.warnings[:0] = source.warnings
    return guideline


# --------------------------------------------------------------------------- preview and diff


@dataclass(frozen=True)
class Coverage:
    """How many leaves state a field: "资助金额 18/25"."""

    field: str
    stated: int
    total: int


COVERED = ("funding_max_wan", "funding_mode", "period_years_max", "quota",
           "enterprise_lead_only", "min_rd_spend_wan", "code")


@dataclass(frozen=True)
class Change:
    """A direction whose stated fields differ between the published and the new version."""

    key: str
    title: str
    fields: list[str]


@dataclass(frozen=True)
class Diff:
    """New version against the published one, directions matched by code, else by title."""

    added: list[Leaf] = field(default_factory=list)
    removed: list[Leaf] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


@dataclass(frozen=True)
class Preview:
    """What publishing a document would give, for a person to accept or correct."""

    meta: GuidelineMeta
    proposal: MetaProposal
    encoding: str
    directions: int
    coverage: list[Coverage]
    warnings: list[ParseIssue]
    refusals: list[ParseIssue]
    samples: list[Leaf]
    diff: Diff | None
    guideline: Guideline
    source: SourceText  # what store_document() writes once the person accepts

    @property
    def acceptable(self) -> bool:
        return not self.refusals and self.directions > 0


COMPARED = ("title", "funding_max_wan", "funding_min_wan", "funding_mode", "period_years_max",
            "quota", "enterprise_lead_only", "min_rd_spend_wan", "matching_ratio",
            "qualifications", "office")


def leaf_key(leaf: Leaf) -> str:
    return leaf.code or "".join(leaf.title.split())


def diff_leaves(published: list[Leaf], new: list[Leaf]) -> Diff:
    """Added, removed and changed directions between two versions of one guideline."""
    old_by = {leaf_key(leaf): leaf for leaf in published}
    new_by = {leaf_key(leaf): leaf for leaf in new}
    changed = []
    for key, leaf in new_by.items():
        before = old_by.get(key)
        if before is None:
            continue
        fields = [name for name in COMPARED if getattr(before, name) != getattr(leaf, name)]
        if fields:
            changed.append(Change(key, leaf.title, fields))
    return Diff(added=[leaf for key, leaf in new_by.items() if key not in old_by],
                removed=[leaf for key, leaf in old_by.items() if key not in new_by],
                changed=changed)


def coverage(leaves: list[Leaf]) -> list[Coverage]:
    return [Coverage(name, sum(1 for leaf in leaves if getattr(leaf, name) not in (None, [])),
                     len(leaves)) for name in COVERED]


def preview(data: bytes, filename: str, corrections: Corrections | None = None,
            published: list[Leaf] | None = None, *, source_file: str | None = None,
            max_bytes: int = DEFAULT_MAX_BYTES) -> Preview:
    """Everything a person needs before accepting a document: the metadata proposed from its
    text (with their corrections), the directions found and how completely their fields are
    stated, warnings and refusals with line numbers, two sample leaves for cards, and the diff
    against the published version of the same guideline (`published`, None when it is new).

    Raises DocumentError when the bytes are no readable document at all."""
    source = read_source(data, filename, max_bytes=max_bytes)
    proposal = propose_meta(source.lines)
    name = source_file or stored_name(filename)
    try:
        meta = make_meta(proposal, corrections or Corrections(), name)
    except ValueError:
        meta = GuidelineMeta(key=proposal.key or "doc00", city=proposal.city or "?",
                             city_en=proposal.city_en or "?", year=proposal.year or 0,
                             year_basis="proposed", issuer=proposal.issuer or "?",
                             title=proposal.title or filename, source_file=name)
    from bot.catalogue.parser import parse_guideline  # (only where parsed)

    guideline = parse_guideline(meta, source.lines, name, listed_rows=source.listed_rows,
                                heading_depths=source.heading_depths,
                                cell_spans=source.cell_spans)
    warnings = [*source.warnings, *(w for w in guideline.warnings if not w.fatal)]
    refusals = [w for w in guideline.warnings if w.fatal]
    return Preview(meta=meta, proposal=proposal, encoding=source.encoding,
                   directions=len(guideline.leaves), coverage=coverage(guideline.leaves),
                   warnings=warnings, refusals=refusals, samples=pick_samples(guideline.leaves),
                   diff=diff_leaves(published, guideline.leaves) if published is not None
                   else None, guideline=guideline, source=source)


def pick_samples(leaves: list[Leaf], count: int = 2) -> list[Leaf]:
    """The leaves that show most of what was read: the first, then the fullest one."""
    if len(leaves) <= count:
        return list(leaves)
    def stated(leaf: Leaf) -> int:
        return sum(1 for name in COVERED if getattr(leaf, name) not in (None, []))
    fullest = max(leaves[1:], key=stated)
    return [leaves[0], fullest]


# --------------------------------------------------------------------------- storing


def stored_name(filename: str) -> str:
    """Where a document's text lives under data/: guidelines/NAME.txt (a safe file name)."""
    stem = re.sub(r"[^\w\-\u4e00-\u9fff]+", "_", Path(filename).stem).strip("_") or "guideline"
    return f"guidelines/{stem}.txt"


@dataclass(frozen=True)
class Stored:
    """Where an accepted document went and whether its catalogue entry is new."""

    meta: GuidelineMeta
    text_file: Path
    original_file: Path | None
    new_entry: bool


def store_document(data_dir: Path, source: SourceText, meta: GuidelineMeta, *,
                   original: bytes | None = None, filename: str | None = None) -> Stored:
    """Put an accepted document under data/: its text as meta.source_file (the file `catalogue
    load` reads and every file:line points into), the .docx/.pdf it came from beside it under
    guidelines/originals/, and a catalogue.toml entry for a new key. A known key keeps its entry
    (and its window); its document is replaced. Files are replaced atomically."""
    known = {m.key: m for m in read_metadata(data_dir)}
    existing = known.get(meta.key)
    if existing is not None:
        meta = existing
    target = _inside(data_dir, meta.source_file)
    _write_atomic(target, ("\n".join(source.lines) + "\n").encode("utf-8"))
    kept: Path | None = None
    if original is not None and filename and Path(filename).suffix.lower() in (".docx", ".pdf"):
        kept = target.parent / "originals" / f"{target.stem}{Path(filename).suffix.lower()}"
        _write_atomic(kept, original)
    if existing is None:
        toml = data_dir / METADATA_FILE
        before = toml.read_bytes()
        _write_atomic(toml, before + toml_entry(meta).encode("utf-8"))
        try:
            read_metadata(data_dir)
        except Exception:
            _write_atomic(toml, before)  # never leave a catalogue.toml the loader refuses
            raise
    return Stored(meta, target, kept, existing is None)


def toml_entry(meta: GuidelineMeta) -> str:
    """A [[guideline]] table for catalogue.toml (JSON strings are valid TOML basic strings)."""
    lines = ["", "[[guideline]]"]
    for name in ("key", "city", "city_en", "year", "year_basis", "issuer", "title",
                 "source_file"):
        value = getattr(meta, name)
        text = str(value) if isinstance(value, int) else json.dumps(value, ensure_ascii=False)
        lines.append(f"{name} = {text}")
    return "\n".join(lines) + "\n"


def _inside(data_dir: Path, relative: str) -> Path:
    path = (data_dir / relative).resolve()
    if not path.is_relative_to(data_dir.resolve()):
        raise ValueError(f"{relative!r} is not inside {data_dir}")
    return path


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def shrink_refusal(published: list[Leaf], new: list[Leaf], limit: float,
                   source_file: str) -> ParseIssue | None:
    """A reload that drops more than `limit` of a guideline's published directions is refused
    until confirmed: a truncated or wrong document looks exactly like that."""
    if not published or len(new) >= len(published) * (1 - limit):
        return None
    lost = diff_leaves(published, new).removed
    names = "、".join(leaf.code or leaf.title for leaf in lost[:5])
    more = f" and {len(lost) - 5} more" if len(lost) > 5 else ""
    return ParseIssue(file=source_file, line=0, fatal=True, reason=(
        f"would drop {len(published) - len(new)} of {len(published)} published directions "
        f"({(len(published) - len(new)) / len(published):.0%}); lost: {names}{more}. "
        "Run `catalogue load --accept-shrink` if that is intended"))
