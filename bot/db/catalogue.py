"""The published catalogue: guidelines and their leaves, one guideline per transaction, and a
version number every process follows.

Publishing a guideline replaces that guideline only; a refused document elsewhere never touches
it. Each publish (and each window change) bumps `catalogue_state.version`; a running process
compares the number with the one its caches were built from and rebuilds them when it moved.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import Text, bindparam, cast, delete, func, select, update
from sqlalchemy.dialects.postgresql import JSONB

from bot.catalogue.models import LEAF, Guideline, GuidelineMeta, Leaf
from bot.db import schema as s
from bot.db.common import insert
from bot.db.database import Database

Published = Literal["loaded", "unchanged"]


@dataclass(frozen=True)
class Snapshot:
    """Everything a process keeps in memory, as of one catalogue version."""

    version: int
    metas: list[GuidelineMeta]
    leaves: list[Leaf]


def digest(guideline: Guideline, leaf_json: list[str] | None = None) -> str:
    """What a guideline's content is: equal digests mean publishing again changes nothing.
    `leaf_json`: the leaves' JSON when the caller made it already (it stores the same text)."""
    if leaf_json is None:
        leaf_json = [LEAF.dump_json(leaf).decode() for leaf in guideline.leaves]
    body = guideline.meta.model_dump_json() + "".join(leaf_json)
    return hashlib.sha256(body.encode()).hexdigest()


async def bump_version(conn: Any, now: datetime) -> None:
    """Something every process keeps in memory changed (a guideline, a window)."""
    stmt = update(s.catalogue_state).where(s.catalogue_state.c.id == 1).values(
        version=s.catalogue_state.c.version + 1, published_at=now)
    if not (await conn.execute(stmt)).rowcount:
        await conn.execute(s.catalogue_state.insert().values(id=1, version=1, published_at=now))


STREAM_BATCH = 2000  # leaves read per round trip when loading the catalogue


class _Compactor:
    """Every process holds every leaf for as long as it runs, so leaves read from the database
    share what they have in common: the short labels repeated across a guideline's leaves
    (city, plan, group, parent, office, source file, mode, list items) are one string each,
    equal lists (sectors, what was inherited and why) one list each, equal numbers (years,
    amounts, periods) one object each, empty dicts one. Leaves from the database are never
    mutated in place, so nothing writes into what they share."""

    SHARED = ("guideline", "city", "plan", "group", "parent", "office", "source_file",
              "funding_mode", "funding_percent_basis", "period_text", "quota_text")
    LISTS = ("qualifications", "preferences", "sectors", "inferred", "inherited",
             "funding_tiers_wan")
    NUMBERS = ("year", "funding_min_wan", "funding_max_wan", "funding_percent",
               "funding_percent_cap", "total_investment_min_wan", "period_years_max", "quota",
               "min_rd_spend_wan", "matching_ratio")

    def __init__(self) -> None:
        self.strings: dict[str, str] = {}
        self.lists: dict[tuple[Any, ...], list[Any]] = {}
        self.numbers: dict[tuple[type, float], float] = {}  # (1 and 1.0 are one dict key)
        self.empty_dict: dict[str, str] = {}

    def __call__(self, leaf: Leaf) -> Leaf:
        for name in self.SHARED:
            value = getattr(leaf, name)
            if value is not None:
                setattr(leaf, name, self.strings.setdefault(value, value))
        for name in self.LISTS:
            items = tuple(getattr(leaf, name))
            shared = self.lists.get(items)
            if shared is None:
                shared = self.lists[items] = [self.strings.setdefault(item, item)
                                              if isinstance(item, str) else item
                                              for item in items]
            setattr(leaf, name, shared)
        for name in self.NUMBERS:
            value = getattr(leaf, name)
            if value is not None:
                setattr(leaf, name, self.numbers.setdefault((type(value), value), value))
        if not leaf.other_fields:
            leaf.other_fields = self.empty_dict
        return leaf


class CatalogueStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _json_text(self) -> Any:
        """A JSON column's value given as JSON text (not a value to serialise again): as is on
        SQLite, cast to jsonb on PostgreSQL."""
        text = bindparam("data_json", type_=Text)
        return text if self.db.is_sqlite else cast(text, JSONB)

    async def publish(self, guideline: Guideline, now: datetime,
                      ordinal: int | None = None) -> Published:
        """Replace one guideline and its leaves in one transaction; "unchanged" (nothing
        written, the version stays) when its content is what is published already.
        `ordinal` orders guidelines as data/catalogue.toml lists them (new ones last)."""
        # each leaf serialised once: the digest and the stored row are the same JSON text
        leaf_json = [LEAF.dump_json(leaf).decode() for leaf in guideline.leaves]
        meta, fingerprint = guideline.meta, digest(guideline, leaf_json)
        async with self.db.write() as conn:
            current = (await conn.execute(select(s.guidelines.c.digest).where(
                s.guidelines.c.key == meta.key))).scalar()
            if current == fingerprint:
                return "unchanged"
            if ordinal is None:
                ordinal = (await conn.execute(select(func.count()).select_from(
                    s.guidelines))).scalar_one()
            await conn.execute(delete(s.leaves).where(s.leaves.c.guideline == meta.key))
            stmt = insert(self.db, s.guidelines).values(
                key=meta.key, city=meta.city, city_en=meta.city_en, year=meta.year,
                meta=meta.model_dump(mode="json"), leaf_count=len(guideline.leaves),
                ordinal=ordinal, digest=fingerprint, published_at=now)
            await conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={
                name: stmt.excluded[name] for name in ("city", "city_en", "year", "meta",
                                                       "leaf_count", "ordinal", "digest",
                                                       "published_at")}))
            rows = [{"id": leaf.id, "guideline": meta.key, "position": position,
                     "city": leaf.city, "year": leaf.year, "title": leaf.title,
                     "data_json": text}
                    for position, (leaf, text) in enumerate(zip(guideline.leaves, leaf_json,
                                                                strict=True))]
            if rows:
                await conn.execute(s.leaves.insert().values(data=self._json_text()), rows)
            await bump_version(conn, now)
        return "loaded"

    async def publish_all(self, guidelines: list[Guideline], now: datetime, *,
                          withdraw_others: bool = True) -> dict[str, str]:
        """Publish each guideline in its own transaction; with `withdraw_others`, guidelines
        no longer given are taken out. Returns key → loaded / unchanged / withdrawn."""
        outcomes: dict[str, str] = {}
        before = set(await self.digests())
        for ordinal, guideline in enumerate(guidelines):
            outcomes[guideline.meta.key] = await self.publish(guideline, now, ordinal)
        if withdraw_others:
            for gone in sorted(before - set(outcomes)):
                await self.withdraw(gone, now)
                outcomes[gone] = "withdrawn"
        return outcomes

    async def withdraw(self, key: str, now: datetime) -> bool:
        """Take a guideline out of the catalogue (its source was removed from data/)."""
        async with self.db.write() as conn:
            await conn.execute(delete(s.leaves).where(s.leaves.c.guideline == key))
            result = await conn.execute(delete(s.guidelines).where(s.guidelines.c.key == key))
            if result.rowcount:
                await bump_version(conn, now)
        return bool(result.rowcount)

    async def version(self) -> int:
        async with self.db.read() as conn:
            return int((await conn.execute(select(s.catalogue_state.c.version).where(
                s.catalogue_state.c.id == 1))).scalar() or 0)

    async def snapshot(self) -> Snapshot:
        """Version, guidelines and leaves read in one transaction (one consistent picture)."""
        async with self.db.read() as conn:
            version = (await conn.execute(select(s.catalogue_state.c.version).where(
                s.catalogue_state.c.id == 1))).scalar() or 0
            order = (s.guidelines.c.ordinal, s.guidelines.c.key)
            metas = await self._metas(conn)
            compact = _Compactor()
            # streamed in batches: 100k rows' JSON held at once would leave hundreds of MB
            # of freed heap behind in a process that lives for months
            rows = await conn.stream(
                select(s.leaves.c.data).join(s.guidelines, s.guidelines.c.key ==
                                             s.leaves.c.guideline)
                .order_by(*order, s.leaves.c.position)
                .execution_options(yield_per=STREAM_BATCH))
            leaves = [compact(LEAF.validate_python(row.data))
                      async for batch in rows.partitions() for row in batch]
        return Snapshot(int(version), metas, leaves)

    async def metas(self) -> list[GuidelineMeta]:
        """The published guidelines' metadata, without their leaves."""
        async with self.db.read() as conn:
            return await self._metas(conn)

    @staticmethod
    async def _metas(conn: Any) -> list[GuidelineMeta]:
        return [GuidelineMeta.model_validate(row.meta) for row in await conn.execute(
            select(s.guidelines.c.meta).order_by(s.guidelines.c.ordinal, s.guidelines.c.key))]

    async def digests(self) -> dict[str, str]:
        async with self.db.read() as conn:
            rows = await conn.execute(select(s.guidelines.c.key, s.guidelines.c.digest))
        return {row.key: row.digest for row in rows}
