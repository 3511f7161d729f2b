"""Filter, then rank: the conditions a message states decide which directions qualify; its topic
orders them; a relevance floor keeps weak matches out of the list.

Everything is in memory and independent of the database, so every process builds the same
`Searcher(lexicon, leaves)` from the catalogue it holds, on SQLite or PostgreSQL alike.

Conditions are checked on the catalogue's fields, three-valued: a direction meets a condition,
fails it, or does not state the field (no amount, no lead rule). Those that meet every condition
are the results; those that fail none but leave one unknown are kept apart (`Found.unknown`),
never mixed in as if they matched.

Text is found through a character index: for each field (title; headings above the leaf;
content; indicators and requirements) the sorted positions of the leaves holding each pair of
characters (a single character is found through the pairs it starts). A word's candidates are
the intersection of its pairs' lists, then checked as a substring (Chinese has no spaces; a
pair index serves two-character words exactly and narrows longer ones). Scoring is columnar
(numpy), so a 100k-leaf catalogue costs about what the real one does: each term (with its
synonyms) scores a leaf by the best field it is found in,
in falling weight (title 1.0 … requirements 0.3), plus a little for each other field; terms are
weighted by rarity among the qualifying leaves (idf), so 技术 cannot outvote 锂电池, and a term
found nowhere weighs nothing. An unknown fragment counts by the idf-weighted share of its pairs
found. Sector hints add a little.
"""

from __future__ import annotations

import functools
import gc
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import numpy as np
from numpy.typing import NDArray
from rapidfuzz import fuzz, process

from bot.catalogue.models import Leaf, Window
from bot.lexicon import CJK, Lexicon
from bot.query import (
    FILTER_KEYS,
    MODES,
    QUALIFICATIONS,
    Constraints,
    Understood,
    understand,
    with_facets,
)
from bot.topic import Topic
from bot.windows import window_status

FIELDS = (("title", 1.0), ("heading", 0.7), ("content", 0.6), ("extra", 0.3))
SYNONYM_FACTOR = 0.85  # a synonym found counts a little less than the word typed
# an English word read only through the dictionary (treatment → 照护) is a guess: it weighs
# half as much as a word of the lists, so it orders results without outvoting them
DICTIONARY_WEIGHT = 0.5
TYPO_FACTOR = 0.9  # a word read through a one-character slip
BIGRAM_FACTOR = 0.7  # an unknown fragment found only piecewise (by its bigrams)
BIGRAM_MIN_COVER = 0.5
# a slip is looked for in at most this many leaves' text per field (the leaves holding the
# characters around it): common characters on both sides make a slip too uncertain to fix
NEAR_LEAVES = 2000
MATCH_FLOOR = 0.25  # a term below this in a leaf does not count as matched there
ALSO_FOUND = 0.1  # bonus per other field that also has the term
SECTOR_BONUS, SECTOR_PRIMARY_BONUS = 3.0, 6.0
# Shown only when at least this good: an absolute floor and a share of the best result.
FLOOR_ABS, FLOOR_REL = 12.0, 0.45
VERIFY_LIMIT = 2000  # above this many candidates a word's pairs are trusted without a check
FOUND_WORDS = 4096  # words' leaves remembered per field (synonyms recur across queries)
FOUND_CACHE = 1 << 18  # …up to this many leaf numbers in all (1 MB a field)
CHAR_CACHE = 1 << 20  # leaves' positions of single characters remembered per field (4 MB)
CLOSING_DAYS = 14  # "closing soon"
WARM_UP = ("贵林有没有不限企业牵头、做完验收再补钱的项目，两年内，一百万以上，不用配套？"
           "我们是高企，研发投入200万 — what can we get, at least 500k yuan, upfront")

WindowFor = Callable[[Leaf], Window | None]
Mask = NDArray[np.bool_]


@dataclass
class Hit:
    """A ranked leaf; `unknown` names the conditions it does not state (only in Found.unknown)."""

    leaf: Leaf
    score: float
    matched: list[str] = field(default_factory=list)
    unknown: tuple[str, ...] = ()


@dataclass
class Found:
    """What a search found, and what to offer when that is little or nothing."""

    query: Understood
    hits: list[Hit]  # meet every condition, best first
    unknown: list[Hit] = field(default_factory=list)  # fail none, but do not state a field
    total: int = 0  # how many met, before the limit
    unknown_total: int = 0  # how many do not state a field, before the limit
    topic_missed: bool = False  # the topic found nothing under the conditions: hits ignore it
    relax: list[tuple[str, int]] = field(default_factory=list)  # drop this condition → n results
    suggestions: list[str] = field(default_factory=list)  # did you mean

    @property
    def empty(self) -> bool:
        return not self.hits and not self.unknown


class _Field:
    """One text field of every leaf: lowercased texts and a character/pair → leaves index."""

    def __init__(self, size: int, text_of: Callable[[int], str]) -> None:
        """`text_of(i)`: leaf i's text in this field, lowercased — made when asked (to index a
        chunk of leaves, to check a word), never kept as a second copy of the leaves' text."""
        self.postings = _Postings.build(text_of, size)
        self.text_of = text_of
        self._found: dict[str, NDArray[np.int32]] = {}  # each word's leaves, once looked up
        self._found_size = 0
        self._chars: dict[str, NDArray[np.int32]] = {}
        self._chars_size = 0

    def gram(self, gram: str) -> NDArray[np.int32]:
        """Sorted leaves holding a pair of characters, or a single one: every pair that starts
        with it (each character is followed by another or by the end of its text), so single
        characters need no postings of their own (two fifths of the index)."""
        if len(gram) == 1:
            return self._char(gram)
        return self.postings.get(_key(gram))

    def _char(self, char: str) -> NDArray[np.int32]:
        found = self._chars.get(char)
        if found is None:
            first = ord(char) << 21
            found = self.postings.union(first, first + (1 << 21))
            if self._chars_size + len(found) > CHAR_CACHE:  # a few common characters' lists
                self._chars.clear()
                self._chars_size = 0
            self._chars[char] = found
            self._chars_size += len(found)
        return found

    def find(self, word: str) -> NDArray[np.int32]:
        """Leaves whose text in this field contains `word` (whole word for short Latin);
        remembered per word, as a query's words and their synonyms recur across queries."""
        found = self._found.get(word)
        if found is None:
            found = self._look_up(word)
            if len(self._found) >= FOUND_WORDS or self._found_size + len(found) > FOUND_CACHE:
                self._found.clear()
                self._found_size = 0
            self._found[word] = found
            self._found_size += len(found)
        return found

    def _look_up(self, word: str) -> NDArray[np.int32]:
        grams = [word] if len(word) == 1 else [word[i:i + 2] for i in range(len(word) - 1)]
        lists = sorted((self.gram(g) for g in dict.fromkeys(grams)), key=len)
        if not lists or not len(lists[0]):
            return _NONE
        found = lists[0]
        for other in lists[1:]:  # sorted lists, smallest first: look each up, no re-sorting
            at = np.searchsorted(other, found)
            found = found[other[np.minimum(at, len(other) - 1)] == found]
            if not len(found):
                return _NONE
        short_latin = word.isascii() and len(word) <= 3 and word.isalnum()
        if (len(word) <= 2 and not short_latin) or len(found) > VERIFY_LIMIT:
            return found
        if short_latin:
            pattern = re.compile(rf"(?<![a-z]){re.escape(word)}(?![a-z])")
            keep = [i for i in found.tolist() if pattern.search(self.text_of(i))]
        else:
            keep = [i for i in found.tolist() if word in self.text_of(i)]
        return np.asarray(keep, dtype=np.int32)


_NONE: NDArray[np.int32] = np.zeros(0, dtype=np.int32)
_DOC_BITS = 22  # up to four million leaves


def _key(gram: str) -> int:
    return ord(gram) if len(gram) == 1 else (ord(gram[0]) << 21) | ord(gram[1])


@dataclass(frozen=True)
class _Postings:
    """Pair → sorted leaves, stored as gaps: each list's first leaf, then the differences
    between neighbours in the narrowest integer that holds the list's largest one (one byte
    for a pair common enough to have a long list, where nearly all of the index is). About a
    quarter of plain 32-bit lists; a list is decoded (a cumulative sum) when a query asks."""

    keys: NDArray[np.int64]  # sorted pair keys (see _key)
    firsts: NDArray[np.int32]  # each list's first leaf
    counts: NDArray[np.int32]  # each list's length
    widths: NDArray[np.int8]  # which of `gaps` holds the list's gaps (0: 8, 1: 16, 2: 32 bit)
    offsets: NDArray[np.int64]  # where in that array its gaps start
    gaps: tuple[NDArray[Any], NDArray[Any], NDArray[Any]]

    @classmethod
    def build(cls, text_of: Callable[[int], str], size: int) -> _Postings:
        """Every character pair of every text → the sorted leaves that hold it, built in a few
        vectorised passes (a Python loop over 100k texts would take a minute).

        Texts are taken `POSTING_CHUNK` at a time, each chunk's (gram, leaf) pairs sorted and
        deduplicated on their own; the chunks' leaves follow one another, so the concatenation
        is a series of sorted runs that a stable sort (timsort) merges instead of sorting
        afresh — and neither the raw pairs of 100k texts (several hundred MB) nor the texts
        themselves exist at once."""
        runs = [_run([text_of(i) for i in range(start, min(size, start + POSTING_CHUNK))],
                     start) for start in range(0, size, POSTING_CHUNK)]
        combined = np.concatenate(runs) if runs else np.zeros(0, dtype=np.uint64)
        del runs
        if size > POSTING_CHUNK:
            combined.sort(kind="stable")
        docs = (combined & np.uint64((1 << _DOC_BITS) - 1)).astype(np.int32)
        grams = combined >> np.uint64(_DOC_BITS)
        del combined
        starts = np.flatnonzero(np.concatenate([[True], grams[1:] != grams[:-1]])) \
            if len(grams) else np.zeros(0, dtype=np.int64)
        keys = grams[starts].astype(np.int64)
        del grams
        counts = np.diff(np.append(starts, len(docs))).astype(np.int32)
        gaps = np.diff(docs, prepend=np.int32(0))
        gaps[starts] = 0  # a list's first leaf is kept whole, not as a gap
        widest = np.maximum.reduceat(gaps, starts) if len(starts) else gaps
        widths = np.select([widest < 1 << 8, widest < 1 << 16], [0, 1], 2).astype(np.int8)
        owner = np.repeat(widths, counts)
        inner = np.ones(len(docs), dtype=bool)
        inner[starts] = False
        offsets = np.zeros(len(starts), dtype=np.int64)
        stores = []
        for width, dtype in enumerate((np.uint8, np.uint16, np.uint32)):
            mine = widths == width
            sizes = counts[mine].astype(np.int64) - 1
            offsets[mine] = np.cumsum(sizes) - sizes
            stores.append(gaps[inner & (owner == width)].astype(dtype))
        return cls(keys, docs[starts], counts, widths, offsets,
                   (stores[0], stores[1], stores[2]))

    def get(self, key: int) -> NDArray[np.int32]:
        at = int(np.searchsorted(self.keys, key))
        if at == len(self.keys) or self.keys[at] != key:
            return _NONE
        return self._list(at)

    def union(self, low: int, high: int) -> NDArray[np.int32]:
        """The leaves of every pair whose key is in [low, high), sorted, each once."""
        first, last = np.searchsorted(self.keys, [low, high])
        lists = [self._list(at) for at in range(int(first), int(last))]
        return np.unique(np.concatenate(lists)) if lists else _NONE

    def _list(self, at: int) -> NDArray[np.int32]:
        count, offset = int(self.counts[at]), int(self.offsets[at])
        found = np.empty(count, dtype=np.int32)
        found[0] = self.firsts[at]
        if count > 1:
            np.cumsum(self.gaps[self.widths[at]][offset:offset + count - 1], dtype=np.int32,
                      out=found[1:])
            found[1:] += found[0]
        return found

    @property
    def nbytes(self) -> int:
        return sum(a.nbytes for a in (self.keys, self.firsts, self.counts, self.widths,
                                      self.offsets, *self.gaps))


POSTING_CHUNK = 4096


def _run(texts: list[str], first: int) -> NDArray[np.uint64]:
    """(gram << _DOC_BITS | leaf) of one chunk of texts, sorted, each pair once."""
    joined = "\x00".join(texts) + "\x00"
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    lengths = np.fromiter((len(t) + 1 for t in texts), dtype=np.int64, count=len(texts))
    doc = np.repeat(np.arange(first, first + len(texts), dtype=np.uint64), lengths)
    # pairs only, a text's last character paired with the end (0): see _Field.gram
    pair = (codes[:-1] != 0) & ((codes[1:] != 0) | (codes[:-1] != 32))
    keys = (codes[:-1][pair] << np.uint64(21)) | codes[1:][pair]
    owners = doc[:-1][pair]
    combined = (keys << np.uint64(_DOC_BITS)) | owners
    if not len(combined):  # every text of the chunk empty (directions stated by table rows)
        return combined
    combined.sort()  # a plain sort: np.unique's hashing is several times slower here
    return combined[np.concatenate([[True], combined[1:] != combined[:-1]])]


@dataclass(frozen=True)
class _Scored:
    """One search's text scores: per leaf, whether it matched a term, and which terms."""

    scores: NDArray[np.float64]
    matched: Mask
    terms: tuple[str, ...]
    counted: NDArray[np.bool_]  # term × leaf: the term counts as found there

    def terms_of(self, position: int) -> list[str]:
        return [term for term, ok in zip(self.terms, self.counted[:, position], strict=True)
                if ok]


@dataclass(frozen=True)
class _Term:
    text: str
    words: tuple[tuple[str, float], ...]  # (lowercased word, factor)
    bigrams: tuple[str, ...] = ()


class Searcher:
    """The catalogue's leaves with their indexes, searched by `search`; build once per catalogue
    version (`Searcher.build` warms the indexes, so the first query is as fast as the next)."""

    def __init__(self, lexicon: Lexicon, leaves: Sequence[Leaf]) -> None:
        self.lexicon = lexicon
        self.leaves = list(leaves)
        self._fields: dict[str, _Field] | None = None
        self._columns: dict[str, NDArray[Any]] | None = None

    @classmethod
    def build(cls, lexicon: Lexicon, leaves: Sequence[Leaf]) -> Searcher:
        """A searcher with its indexes built.

        The catalogue lives as long as the process, so it is moved out of the cyclic garbage
        collector's reach (gc.freeze): walking 100k leaves' objects made one query in a
        hundred take half a second. The previous catalogue is unfrozen first, so a reload
        does not keep the old one alive."""
        gc.unfreeze()
        searcher = cls(lexicon, leaves)
        searcher.warm()
        gc.collect()
        gc.freeze()
        return searcher

    def warm(self) -> None:
        """Build the text index and the field columns now rather than on the first query."""
        self.lexicon.warm()
        self.fields  # noqa: B018
        self.columns  # noqa: B018
        self.understand(WARM_UP)  # compiles the readers' patterns before a user waits on them

    @property
    def fields(self) -> dict[str, _Field]:
        if self._fields is None:
            self._fields = _text_fields(self.leaves)
        return self._fields

    @property
    def columns(self) -> dict[str, NDArray[Any]]:
        if self._columns is None:
            self._columns = _columns(self.leaves, self.lexicon)
        return self._columns

    # ------------------------------------------------------------------ reading

    def occurs(self, text: str) -> bool:
        """Whether `text` appears anywhere in the catalogue (a real word, not a typo)."""
        text = text.lower()
        return any(len(f.find(text)) for f in self.fields.values())

    def near(self, typed: str, at: int) -> str | None:
        """The string the catalogue has most often that differs from `typed` only at
        position `at` (人照板, 1 → 人造板); None when there is none or the characters around
        the slip are too common to look through."""
        before, after = typed[:at], typed[at + 1:]
        pattern = re.compile(f"(?={re.escape(before)}([{CJK}]){re.escape(after)})")
        seen: Counter[str] = Counter()
        for f in self.fields.values():
            anchors = [f.find(part) for part in (before, after) if part]
            leaves = functools.reduce(np.intersect1d, anchors) if anchors else _NONE
            if len(leaves) > NEAR_LEAVES:
                continue
            for i in leaves.tolist():
                seen.update(m[1] for m in pattern.finditer(f.text_of(i)))
        seen.pop(typed[at], None)
        if not seen:
            return None
        char, _ = seen.most_common(1)[0]
        return before + char + after

    def understand(self, text: str) -> Understood:
        return understand(text, self.lexicon, occurs=self.occurs, near=self.near)

    # ------------------------------------------------------------------ searching

    def search(self, text: str | Understood, *, city: str | None = None,
               sector: str | None = None, budget_wan: float | None = None, limit: int = 10,
               window_for: WindowFor | None = None, now: datetime | None = None) -> Found:
        """Directions meeting the message's conditions, ranked by its topic."""
        query = self.understand(text) if isinstance(text, str) else text
        query = with_facets(query, city=city, sector=sector, budget_wan=budget_wan)
        constraints = query.constraints
        if not query.has_topic and not any(
                getattr(constraints, key) not in (None, ()) for key in FILTER_KEYS):
            return Found(query, [])  # nothing asked: the chat offers the guided path
        checks = self._checks(constraints, window_for, now)
        meets, unknown = _combine(checks, len(self.leaves))
        scored = self._scores(query.topic, meets | unknown)
        if not query.has_topic:
            hits = self._ordered(np.flatnonzero(meets), scored, constraints, limit)
            unknown_hits, unknown_total = self._unknown(unknown, checks, scored, False, limit)
            found = Found(query, hits, unknown_hits, total=int(meets.sum()),
                          unknown_total=unknown_total)
            if not hits:
                found.relax = self._relax(checks, None)
            return found
        hits, total = self._ranked(meets, scored, limit)
        unknown_hits, unknown_total = self._unknown(unknown, checks, scored, True, limit)
        found = Found(query, hits, unknown_hits, total=total, unknown_total=unknown_total)
        if not hits:
            found.relax = self._relax(checks, scored.matched)
        if not hits and not unknown_hits:
            found.suggestions = self._suggest(query.topic)
            if checks and meets.any():  # the topic is not under the conditions: show those
                found.hits = self._ordered(np.flatnonzero(meets), scored, constraints, limit)
                found.total, found.topic_missed = int(meets.sum()), True
        return found

    def scope(self, query: Understood, *, window_for: WindowFor | None = None,
              now: datetime | None = None) -> tuple[NDArray[np.intp], bool]:
        """Positions (in `leaves`) of what a question is about — those meeting or not
        contradicting its conditions, matched by its topic above the floor, best first — and
        whether the topic found nothing there (then: all those meeting the conditions)."""
        checks = self._checks(query.constraints, window_for, now)
        meets, unknown = _combine(checks, len(self.leaves))
        pool = meets | unknown
        if not query.has_topic:
            return np.flatnonzero(pool), False
        scored = self._scores(query.topic, pool)
        ranked = self._above_floor(np.flatnonzero(pool & scored.matched), scored)
        if len(ranked):
            return ranked, False
        return np.flatnonzero(meets), True

    def _ranked(self, pool: Mask, scored: _Scored, limit: int) -> tuple[list[Hit], int]:
        """Matched leaves of the pool above the relevance floor, best first."""
        ranked = self._above_floor(np.flatnonzero(pool & scored.matched), scored)
        return [self._hit(int(i), scored) for i in ranked[:limit]], len(ranked)

    def _above_floor(self, chosen: NDArray[np.intp], scored: _Scored) -> NDArray[np.intp]:
        if not len(chosen):
            return chosen
        scores = scored.scores[chosen]
        keep = scores >= max(FLOOR_ABS, FLOOR_REL * float(scores.max()))
        chosen, scores = chosen[keep], scores[keep]
        return chosen[np.lexsort((self.columns["id_rank"][chosen], -scores))]

    def _ordered(self, positions: NDArray[np.intp], scored: _Scored,
                 constraints: Constraints, limit: int) -> list[Hit]:
        """Without a topic: a named sector's own directions first, then catalogue order."""
        if constraints.sector is not None:
            primary = self.columns["primary"][positions] != self._sector_bit(constraints.sector)
            positions = positions[np.argsort(primary, kind="stable")]
        return [self._hit(int(i), scored) for i in positions[:limit]]

    def _unknown(self, unknown: Mask, checks: dict[str, tuple[Mask, Mask]], scored: _Scored,
                 by_topic: bool, limit: int) -> tuple[list[Hit], int]:
        positions = np.flatnonzero(unknown & scored.matched if by_topic else unknown)
        if by_topic:
            positions = self._above_floor(positions, scored)
        out = []
        for i in positions[:limit]:
            hit = self._hit(int(i), scored)
            hit.unknown = tuple(key for key, (_, unk) in checks.items() if unk[i])
            out.append(hit)
        return out, len(positions)

    def _hit(self, position: int, scored: _Scored) -> Hit:
        return Hit(leaf=self.leaves[position], score=round(float(scored.scores[position]), 2),
                   matched=scored.terms_of(position))

    def _relax(self, checks: dict[str, tuple[Mask, Mask]], matched: Mask | None
               ) -> list[tuple[str, int]]:
        """Each condition whose removal would give results, with how many (most first)."""
        out = []
        for key in checks:
            others = {k: v for k, v in checks.items() if k != key}
            meets, _ = _combine(others, len(self.leaves))
            if matched is not None:
                meets &= matched
            count = int(meets.sum())
            if count:
                out.append((key, count))
        return sorted(out, key=lambda item: -item[1])

    def _suggest(self, topic: Topic) -> list[str]:
        """Known words close to topic words the catalogue does not have (did you mean)."""
        vocabulary = sorted(self.lexicon.vocabulary)
        out = []
        for term in topic.terms:
            if self.occurs(term):
                continue
            near = process.extractOne(term, vocabulary, scorer=fuzz.ratio, score_cutoff=70)
            if near and near[0] != term and self.occurs(near[0]):
                out.append(near[0])
        return out

    # ------------------------------------------------------------------ conditions

    def _sector_bit(self, key: str) -> int:
        keys = self.lexicon.taxonomy.keys
        return keys.index(key) if key in keys else -1

    def _checks(self, c: Constraints, window_for: WindowFor | None,
                now: datetime | None) -> dict[str, tuple[Mask, Mask]]:
        """For each condition set: (meets, unknown) over all leaves; the rest fail it."""
        col = self.columns
        n = len(self.leaves)
        no = np.zeros(n, dtype=bool)
        out: dict[str, tuple[Mask, Mask]] = {}
        if c.city is not None:
            out["city"] = (col["city"] == self._city_code(c.city), no)
        if c.sector is not None:
            bit = self._sector_bit(c.sector)
            out["sector"] = ((col["sectors"] & (1 << max(bit, 0))) != 0 if bit >= 0 else no, no)
        if c.year is not None:
            out["year"] = (col["year"] == c.year, no)
        if c.amount is not None:
            out["amount"] = _amount_check(c, col["fmax"], col["fmin"])
        if c.modes:
            wanted = sum(1 << MODES.index(m) for m in c.modes if m in MODES)
            out["modes"] = ((col["modes"] & wanted) != 0, ~col["mode_known"])
        if c.lead is not None:
            lead = col["lead"]
            out["lead"] = (lead == (1 if c.lead == "enterprise_only" else 0), lead == -1)
        if c.rd_spend_wan is not None:
            rd = col["min_rd"]
            out["rd_spend_wan"] = (np.isnan(rd) | (rd <= c.rd_spend_wan), no)
        if c.period_max is not None:
            period = col["period"]
            out["period_max"] = (period <= c.period_max, np.isnan(period))
        if c.matching_required is not None:
            stated = ~np.isnan(col["matching"])
            out["matching_required"] = (stated if c.matching_required else ~stated, no)
        if c.window is not None:
            out["window"] = self._window_check(c, window_for, now)
        return out

    def _city_code(self, city: str) -> int:
        codes = {name: code for code, name in enumerate(self.columns["cities"].tolist())}
        return codes.get(city, -1)

    def _window_check(self, c: Constraints, window_for: WindowFor | None,
                      now: datetime | None) -> tuple[Mask, Mask]:
        n = len(self.leaves)
        meets, unknown = np.zeros(n, dtype=bool), np.ones(n, dtype=bool)
        if window_for is None or now is None:
            return meets, unknown
        for i, leaf in enumerate(self.leaves):
            status = window_status(window_for(leaf), now)
            unknown[i] = status.kind == "unknown"
            is_open = status.kind in ("open", "rolling")
            if c.window == "closing":
                is_open = status.kind == "open" and (status.days_left or 0) <= CLOSING_DAYS
            meets[i] = is_open
        return meets, unknown

    # ------------------------------------------------------------------ text

    def _terms(self, topic: Topic) -> list[_Term]:
        out = []
        for term in topic.terms:
            kind = topic.kinds.get(term, "word")
            base = TYPO_FACTOR if kind == "typo" else 1.0
            words: dict[str, float] = {}
            for word in (*self.lexicon.expand(term), *topic.alternatives.get(term, ())):
                lowered = word.lower()
                factor = base if lowered == term.lower() else base * SYNONYM_FACTOR
                words[lowered] = max(words.get(lowered, 0.0), factor)
            bigrams: tuple[str, ...] = ()
            if kind == "fragment" and len(term) >= 3:
                bigrams = tuple(dict.fromkeys(term[i:i + 2] for i in range(len(term) - 1)))
            out.append(_Term(term, tuple(words.items()), bigrams))
        return out

    def _scores(self, topic: Topic, pool: Mask) -> _Scored:
        """Text score (0…~130) of every leaf, rarity weighted within `pool`, and whether a leaf
        matched any term at all."""
        n = len(self.leaves)
        if not topic.terms or not n:
            return _Scored(np.zeros(n), np.zeros(n, dtype=bool), (), np.zeros((0, n), dtype=bool))
        terms = self._terms(topic)
        table = np.vstack([self._term_score(term, pool) for term in terms])
        size = max(int(pool.sum()), 1)
        strong = table >= MATCH_FLOOR
        df = (strong & pool).sum(axis=1)
        weights = np.array([math.log(1 + size / d) if d else 0.0 for d in df.tolist()])
        weights *= [DICTIONARY_WEIGHT if topic.kinds.get(term.text) == "english" else 1.0
                    for term in terms]
        total = weights.sum() or 1.0
        scores = 100 * (weights @ table) / total
        hinted = [self._sector_bit(key) for key in topic.sectors_hinted]
        if hinted:
            col = self.columns
            mask = sum(1 << bit for bit in hinted if bit >= 0)
            primary = np.isin(col["primary"], hinted)
            scores += np.where(primary, SECTOR_PRIMARY_BONUS,
                               np.where((col["sectors"] & mask) != 0, SECTOR_BONUS, 0.0))
        counted = strong & (weights > 0)[:, None]
        matched: Mask = np.asarray(counted.any(axis=0), dtype=bool)
        return _Scored(scores, matched, tuple(t.text for t in terms), counted)

    def _term_score(self, term: _Term, pool: Mask) -> NDArray[np.float64]:
        """How well each leaf answers one term, 0 … ~1.3 (best field plus a little per other)."""
        n = len(self.leaves)
        per_field = np.zeros((len(FIELDS), n))
        idf: dict[str, float] = {}
        if term.bigrams:
            size = max(int(pool.sum()), 1)
            for bigram in term.bigrams:
                holds = np.zeros(n, dtype=bool)
                for index in self.fields.values():
                    holds[index.gram(bigram)] = True
                df = int((holds & pool).sum())
                idf[bigram] = math.log(1 + size / df) if df else 0.0
        for row, (name, weight) in enumerate(FIELDS):
            index = self.fields[name]
            values = per_field[row]
            for word, factor in term.words:
                docs = index.find(word)
                if len(docs):
                    values[docs] = np.maximum(values[docs], factor)
            if term.bigrams and sum(idf.values()):
                cover = np.zeros(n)
                for bigram, weight_b in idf.items():
                    cover[index.gram(bigram)] += weight_b
                cover /= sum(idf.values())
                cover[cover < BIGRAM_MIN_COVER] = 0.0
                values[:] = np.where(values > 0, values, BIGRAM_FACTOR * cover)
            values *= weight
        best = per_field.max(axis=0)
        found = (per_field > 0).sum(axis=0)
        return np.where(best > 0, best + ALSO_FOUND * (found - 1), 0.0)


def _combine(checks: dict[str, tuple[Mask, Mask]], n: int) -> tuple[Mask, Mask]:
    """(meets every condition, fails none but leaves one unknown)."""
    meets = np.ones(n, dtype=bool)
    possible = np.ones(n, dtype=bool)
    for ok, unknown in checks.values():
        meets &= ok
        possible &= ok | unknown
    return meets, possible & ~meets


def _amount_check(c: Constraints, fmax: NDArray[np.float64],
                  fmin: NDArray[np.float64]) -> tuple[Mask, Mask]:
    """A wanted grant against the stated cap (and floor); no stated cap → unknown, unless the
    floor alone already rules it out. A direction that pays nothing (0) never reaches an amount."""
    amount = c.amount
    assert amount is not None
    value, high = amount.wan, amount.high_wan
    no_cap = np.isnan(fmax)
    with np.errstate(invalid="ignore"):
        if amount.op == "gte":
            meets = fmax >= value
            ruled_out = np.zeros(len(fmax), dtype=bool)
        elif amount.op == "lte":
            meets = fmax <= value
            ruled_out = fmin > value
        elif amount.op == "between":
            meets = (fmax >= value) & (fmax <= (high if high is not None else value))
            ruled_out = fmin > (high if high is not None else value)
        else:
            meets = (fmax >= value) & ~(fmin > value)
            ruled_out = fmin > value
    meets &= ~no_cap
    if amount.op != "lte":
        meets &= fmax > 0
    return meets, no_cap & ~ruled_out


def _text_fields(leaves: Sequence[Leaf]) -> dict[str, _Field]:
    """The four searchable fields of every leaf, each with its index; a leaf's text in a field
    is made (lowercased, joined) when a chunk is indexed or a word checked against it."""
    def title(i: int) -> str:
        return leaves[i].title.lower()

    def heading(i: int) -> str:
        leaf = leaves[i]
        return " ".join(filter(None, [leaf.parent, leaf.group, leaf.plan])).lower()

    def content(i: int) -> str:
        return (leaves[i].content or "").lower()

    def extra(i: int) -> str:
        leaf = leaves[i]
        return " ".join(filter(None, [leaf.indicators, leaf.requirements])).lower()

    size = len(leaves)
    return {"title": _Field(size, title), "heading": _Field(size, heading),
            "content": _Field(size, content), "extra": _Field(size, extra)}


def _columns(leaves: Sequence[Leaf], lexicon: Lexicon) -> dict[str, NDArray[Any]]:
    """The fields conditions are checked on, one array each (NaN / -1 = not stated)."""
    keys = lexicon.taxonomy.keys
    cities = list(dict.fromkeys(leaf.city for leaf in leaves))

    def number(value: float | None) -> float:
        return math.nan if value is None else float(value)

    def mode_bits(mode: str | None) -> int:
        return sum(1 << i for i, name in enumerate(MODES) if mode and name in mode)

    ids = [leaf.id for leaf in leaves]
    id_rank = np.empty(len(ids), dtype=np.int64)
    id_rank[np.argsort(np.array(ids, dtype=object), kind="stable")] = np.arange(len(ids))
    code = {city: i for i, city in enumerate(cities)}
    guidelines = list(dict.fromkeys(leaf.guideline for leaf in leaves))
    guideline_code = {key: i for i, key in enumerate(guidelines)}
    return {
        "guidelines": np.array(guidelines, dtype=object),
        "guideline": np.array([guideline_code[leaf.guideline] for leaf in leaves],
                              dtype=np.int32),
        "cities": np.array(cities, dtype=object),
        "city": np.array([code[leaf.city] for leaf in leaves], dtype=np.int32),
        "year": np.array([leaf.year for leaf in leaves], dtype=np.int32),
        "sectors": np.array([sum(1 << keys.index(s) for s in leaf.sectors if s in keys)
                             for leaf in leaves], dtype=np.int64),
        "primary": np.array([keys.index(leaf.sectors[0]) if leaf.sectors and
                             leaf.sectors[0] in keys else -1 for leaf in leaves], dtype=np.int32),
        "fmax": np.array([number(leaf.funding_max_wan) for leaf in leaves]),
        "fmin": np.array([number(leaf.funding_min_wan) for leaf in leaves]),
        "modes": np.array([mode_bits(leaf.funding_mode) for leaf in leaves], dtype=np.int64),
        "mode_known": np.array([leaf.funding_mode is not None for leaf in leaves], dtype=bool),
        "lead": np.array([-1 if leaf.enterprise_lead_only is None else
                          int(leaf.enterprise_lead_only) for leaf in leaves], dtype=np.int8),
        "period": np.array([number(leaf.period_years_max) for leaf in leaves]),
        "matching": np.array([number(leaf.matching_ratio) for leaf in leaves]),
        "min_rd": np.array([number(leaf.min_rd_spend_wan) for leaf in leaves]),
        "id_rank": id_rank,
        "quals": np.array([sum(1 << QUALIFICATIONS.index(q) for q in leaf.qualifications
                               if q in QUALIFICATIONS) for leaf in leaves], dtype=np.int64),
    }
