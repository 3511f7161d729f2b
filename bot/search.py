"""Ranking directions for free text plus facets: read the query, gather candidates, score them.

Reading and scoring are pure functions over a `Lexicon` (cities, sectors, synonyms from data/),
so the chat, the command line and the benchmark share one code path. Candidates come from the
FTS5 trigram index (body text) and rapidfuzz over titles (typos); with a small catalogue every
leaf is a candidate anyway.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from rapidfuzz import fuzz, process

from bot.catalogue.facets import Taxonomy, fits_budget, load_taxonomy
from bot.catalogue.models import Leaf
from bot.catalogue.numbers import amount_to_wan, normalise
from bot.store import Store

AMOUNT_IN_TEXT = re.compile(
    r"(?P<num>\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*(?P<unit>万元|万|亿元|亿|w|W|k)(?![a-zA-Z])"
)
MIN_SCORE = 62.0
TITLE_WEIGHT, BODY_WEIGHT, SECTOR_BONUS, CITY_BONUS = 0.6, 0.35, 8.0, 4.0


@dataclass(frozen=True)
class Lexicon:
    """Everything search knows about words: city aliases, sector names, term synonyms."""

    cities: dict[str, tuple[str, ...]]
    taxonomy: Taxonomy
    synonyms: dict[str, tuple[str, ...]]
    stopwords: tuple[str, ...] = ()

    @classmethod
    def from_data(cls, data_dir: Path) -> Lexicon:
        with (data_dir / "synonyms.toml").open("rb") as handle:
            raw = tomllib.load(handle)
        return cls(
            cities={city: tuple(aliases) for city, aliases in raw.get("cities", {}).items()},
            taxonomy=load_taxonomy(data_dir / "sectors.toml"),
            synonyms={term: tuple(words) for term, words in raw.get("terms", {}).items()},
            # longest first, so 我是做 goes before 我是
            stopwords=tuple(sorted(raw.get("stopwords", {}).get("words", []), key=len,
                                   reverse=True)),
        )

    @cached_property
    def city_aliases(self) -> list[tuple[str, str]]:
        """(alias, city) longest first, so 防城港 wins over 防城."""
        pairs = [(city, city) for city in self.cities]
        pairs += [(alias, city) for city, aliases in self.cities.items() for alias in aliases]
        return sorted(pairs, key=lambda pair: -len(pair[0]))

    @cached_property
    def sector_words(self) -> list[tuple[str, str]]:
        """(word, sector key) for sector names and user synonyms, longest first."""
        pairs = []
        for sector in self.taxonomy.sector:
            for word in (sector.zh, sector.en, *sector.synonyms):
                pairs.append((word, sector.key))
        return sorted(pairs, key=lambda pair: -len(pair[0]))

    def expand(self, term: str) -> list[str]:
        """A term and its synonyms in both directions (锂电 ↔ 锂电池, AI ↔ 人工智能)."""
        lowered = term.lower()
        words = [term]
        for head, tails in self.synonyms.items():
            if lowered == head.lower() or lowered in (t.lower() for t in tails):
                words += [head, *tails]
        seen: dict[str, None] = {}
        for word in words:
            seen.setdefault(word, None)
        return list(seen)


@dataclass
class Query:
    """What a message asks for: facets read from it and the words left to search."""

    text: str
    city: str | None = None
    sector: str | None = None
    budget_wan: float | None = None
    terms: list[str] = field(default_factory=list)
    sectors_hinted: list[str] = field(default_factory=list)

    @property
    def has_topic(self) -> bool:
        return bool(self.terms)


def read_query(text: str, lexicon: Lexicon) -> Query:
    """Pull city, amount and sector hints out of free text; the rest become search terms."""
    query = Query(text=text)
    rest = " " + normalise(text)[:200] + " "
    for alias, city in lexicon.city_aliases:
        pattern = _word_pattern(alias)
        if re.search(pattern, rest, flags=re.IGNORECASE):
            query.city = query.city or city
            rest = re.sub(pattern, " ", rest, flags=re.IGNORECASE)
    amount = AMOUNT_IN_TEXT.search(rest)
    if amount:
        unit = {"w": "万", "W": "万", "k": "千元"}.get(amount["unit"], amount["unit"])
        query.budget_wan = amount_to_wan(amount["num"], unit)
        rest = rest[: amount.start()] + " " + rest[amount.end():]
    for sector in lexicon.taxonomy.sector:
        for name in (sector.zh, sector.en):
            if re.search(_word_pattern(name), rest, flags=re.IGNORECASE):
                query.sector = query.sector or sector.key
                rest = re.sub(_word_pattern(name), " ", rest, flags=re.IGNORECASE)
    for word in lexicon.stopwords:
        rest = re.sub(_word_pattern(word), " ", rest, flags=re.IGNORECASE)
    query.terms = [t for t in re.split(r"[\s,.;:!?，。；：！？、()（）\"“”'/]+", rest) if t.strip()]
    lowered = " ".join(query.terms).lower()
    for word, key in lexicon.sector_words:
        if word.lower() in lowered and key not in query.sectors_hinted:
            query.sectors_hinted.append(key)
    return query


def _word_pattern(word: str) -> str:
    """Latin words match whole words; Chinese matches anywhere (it has no spaces)."""
    escaped = re.escape(word)
    return rf"(?<![A-Za-z]){escaped}(?![A-Za-z])" if re.search(r"[A-Za-z]", word) else escaped


@dataclass
class Hit:
    """A ranked leaf; `fits` is None when the text states no amount to compare the budget with."""

    leaf: Leaf
    score: float
    fits: bool | None = None
    matched: list[str] = field(default_factory=list)


def score_leaf(leaf: Leaf, query: Query, lexicon: Lexicon) -> Hit:
    """Title match counts most, then body text; sector and city agreement add a little."""
    title = leaf.title.lower()
    body = " ".join(filter(None, [leaf.parent, leaf.group, leaf.content, leaf.indicators,
                                  leaf.requirements])).lower()
    title_best = body_best = 0.0
    matched: list[str] = []
    for term in query.terms:
        term_title = term_body = 0.0
        for word in lexicon.expand(term):
            word_l = word.lower()
            exact = 100.0 if word_l in title else 0.0
            term_title = max(term_title, exact or _fuzzy(word_l, title))
            term_body = max(term_body, 100.0 if word_l in body else _fuzzy(word_l, body[:600]))
        if max(term_title, term_body) >= MIN_SCORE:
            matched.append(term)
        title_best += term_title
        body_best += term_body
    n = max(len(query.terms), 1)
    score = TITLE_WEIGHT * title_best / n + BODY_WEIGHT * body_best / n
    if set(query.sectors_hinted) & set(leaf.sectors):
        score += SECTOR_BONUS
    if query.city and leaf.city == query.city:
        score += CITY_BONUS
    fits = None
    if query.budget_wan is not None:
        fits = fits_budget(query.budget_wan, leaf.funding_min_wan, leaf.funding_max_wan)
    return Hit(leaf=leaf, score=round(score, 2), fits=fits, matched=matched)


def _fuzzy(word: str, text: str) -> float:
    """Typo-tolerant containment: 人工只能 still finds 人工智能 (one wrong character)."""
    if len(word) < 2 or not text:
        return 0.0
    score = fuzz.partial_ratio(word, text)
    return score if score >= 70 else 0.0


def rank(leaves: list[Leaf], query: Query, lexicon: Lexicon, limit: int) -> list[Hit]:
    """Filter by facets, score by text, and order: fitting budget, then unknown amounts."""
    pool = [
        leaf for leaf in leaves
        if (query.city is None or leaf.city == query.city)
        and (query.sector is None or query.sector in leaf.sectors)
    ]
    hits = [score_leaf(leaf, query, lexicon) for leaf in pool]
    if query.has_topic:
        hits = [hit for hit in hits if hit.matched]
    if query.budget_wan is not None:
        hits = [hit for hit in hits if hit.fits is not False]
    hits.sort(key=lambda hit: (hit.fits is None, -hit.score, hit.leaf.id))
    return hits[:limit]


class Searcher:
    """The store-backed entry point: candidates from FTS and title fuzz, then `rank`."""

    FULL_SCAN_LIMIT = 5000

    def __init__(self, store: Store, lexicon: Lexicon) -> None:
        self.store = store
        self.lexicon = lexicon

    def search(self, text: str, *, city: str | None = None, sector: str | None = None,
               budget_wan: float | None = None, limit: int = 10) -> tuple[Query, list[Hit]]:
        query = read_query(text, self.lexicon)
        query.city = city or query.city
        query.sector = sector or query.sector
        query.budget_wan = budget_wan if budget_wan is not None else query.budget_wan
        return query, rank(self.candidates(query), query, self.lexicon, limit)

    def candidates(self, query: Query) -> list[Leaf]:
        """All leaves for a small catalogue; FTS + title fuzz preselection for a large one."""
        if self.store.leaf_count() <= self.FULL_SCAN_LIMIT or not query.terms:
            return self.store.leaves()
        words = {w for t in query.terms for w in self.lexicon.expand(t)}
        ids: dict[str, None] = {}
        long_words = [w for w in words if len(w) >= 3]
        if long_words:
            expr = " OR ".join(_fts_quote(w) for w in long_words)
            for leaf_id, _ in self.store.fts_match(expr, 500):
                ids.setdefault(leaf_id, None)
        titles = self.store.titles()
        for word in words:
            for _, _, leaf_id in process.extract(word, titles, scorer=fuzz.partial_ratio,
                                                 limit=200, score_cutoff=70):
                ids.setdefault(leaf_id, None)
        return self.store.leaves(ids)


def _fts_quote(word: str) -> str:
    """FTS5 string literal: user text can never become query syntax."""
    return '"' + word.replace('"', '""') + '"'
