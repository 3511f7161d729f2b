"""Ranking directions for free text plus facets: read the query, gather candidates, score them.

Reading and scoring are pure functions over a `Lexicon` (cities, sectors, synonyms from data/),
so the chat, the command line and the benchmark share one code path.

Reading a message: city names and aliases, an amount (50万, 五十万, 0.5亿, 50w) and a sector's full
name become facets; what is left is split into terms. Chinese has no spaces, so each run of
Chinese characters is segmented against the lexicon's vocabulary (synonyms, sector words,
stopwords), choosing the split that covers the most characters with known words; a stopword is
dropped only when it stands as a word of its own (新能源车 keeps its 能). A run the vocabulary does
not cover is checked for a one-character slip from a known word (人工只能 → 人工智能, 螺丝粉 →
螺蛳粉), else kept as an unknown fragment that is matched literally or by its character bigrams.
Latin text is matched against multi-word phrases (big data, fuel cell), then single words, and
reaches the Chinese catalogue through the bilingual synonym and sector lists.

Scoring a leaf: each term (with its synonyms) is looked for in the title, the headings above it
(plan, group, parent), the content, and the indicators and requirements, in falling weight; a
synonym counts a little less than the word typed. Terms are weighted by how rare they are in the
pool (idf), so 技术 or 开发 cannot outvote 锂电池, and a term found nowhere carries no weight at all
(a query of unknown words finds nothing). Sector hints and a stated budget that fits add a little.
"""

from __future__ import annotations

import math
import re
import tomllib
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Hamming

from bot.catalogue.facets import Taxonomy, fits_budget, load_taxonomy
from bot.catalogue.models import Leaf
from bot.catalogue.numbers import amount_to_wan, normalise

AMOUNT_IN_TEXT = re.compile(
    r"(?P<num>\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*(?P<unit>万元|万|亿元|亿|w|W|k)(?![a-zA-Z])"
)
CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
TOKEN = re.compile(rf"(?P<cjk>[{CJK}]+)|(?P<latin>[a-z0-9]+)|(?P<gap>[^{CJK}a-z0-9]+)")
SPACES = re.compile(r"\s+")

# Where a term is found, and how much that says (title best; requirements barely).
FIELD_WEIGHTS = {"title": 1.0, "heading": 0.7, "content": 0.6, "extra": 0.3}
SYNONYM_FACTOR = 0.85  # a synonym found counts a little less than the word typed
TYPO_FACTOR = 0.9  # a word read through a one-character slip
BIGRAM_FACTOR = 0.7  # an unknown fragment found only piecewise (by its bigrams)
BIGRAM_MIN_COVER = 0.5
MATCH_FLOOR = 0.25  # a term below this in a leaf does not count as matched there
ALSO_FOUND = 0.1  # bonus per other field that also has the term
SECTOR_BONUS, SECTOR_PRIMARY_BONUS, FIT_BONUS = 3.0, 6.0, 4.0
TYPO_CUTOFF = {3: 66.0, 4: 75.0}  # partial_ratio for one wrong character; longer words: 80


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

    @cached_property
    def sector_of_word(self) -> dict[str, tuple[str, ...]]:
        """lowercased sector name, synonym or keyword → the sectors that use it."""
        out: dict[str, dict[str, None]] = {}
        for sector in self.taxonomy.sector:
            for word in (sector.zh, sector.en, *sector.synonyms, *sector.keywords):
                out.setdefault(word.lower(), {})[sector.key] = None
        return {word: tuple(keys) for word, keys in out.items()}

    @cached_property
    def _synonym_index(self) -> dict[str, list[str]]:
        """lowercased word → the word and its synonyms in both directions."""
        index: dict[str, dict[str, None]] = {}
        for head, tails in self.synonyms.items():
            group = [head, *tails]
            for word in group:
                bucket = index.setdefault(word.lower(), {word: None})
                for other in group:
                    bucket.setdefault(other, None)
        return {word: list(bucket) for word, bucket in index.items()}

    @cached_property
    def _sector_expansion(self) -> dict[str, list[str]]:
        """A Latin sector word the synonym list does not know → that sector's Chinese words."""
        out: dict[str, list[str]] = {}
        for sector in self.taxonomy.sector:
            chinese = [w for w in (*sector.synonyms,) if _is_cjk(w)]
            for word in (sector.en, *sector.synonyms):
                if not _is_cjk(word):
                    out.setdefault(word.lower(), [word, *chinese])
        return out

    def expand(self, term: str) -> list[str]:
        """A term and its synonyms in both directions (锂电 ↔ 锂电池, AI ↔ 人工智能)."""
        lowered = term.lower()
        words = self._synonym_index.get(lowered) or self._sector_expansion.get(lowered) or []
        seen: dict[str, None] = {term: None}
        for word in words:
            seen.setdefault(word, None)
        return list(seen)

    @cached_property
    def stopword_set(self) -> frozenset[str]:
        return frozenset(word.lower() for word in self.stopwords)

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Every topic word the lexicon knows, lowercased: synonyms and sector words."""
        words: set[str] = set()
        for head, tails in self.synonyms.items():
            words.update(w.lower() for w in (head, *tails))
        for sector in self.taxonomy.sector:
            words.update(w.lower() for w in (*sector.synonyms, *sector.keywords))
        return frozenset(words - self.stopword_set)

    @cached_property
    def _cjk_words(self) -> dict[str, bool]:
        """Chinese words for segmentation → True when it is a stopword."""
        words = {w: False for w in self.vocabulary if _is_cjk(w)}
        words.update({w: True for w in self.stopword_set if _is_cjk(w)})
        return words

    @cached_property
    def _cjk_max_len(self) -> int:
        return max((len(w) for w in self._cjk_words), default=1)

    @cached_property
    def _typo_targets(self) -> dict[int, list[str]]:
        """Chinese words of 3+ characters by length, for checking one-character slips."""
        by_size: dict[int, list[str]] = {}
        for word, stop in sorted(self._cjk_words.items()):
            if not stop and len(word) >= 3:
                by_size.setdefault(len(word), []).append(word)
        return dict(sorted(by_size.items(), reverse=True))

    @cached_property
    def _latin_phrases(self) -> dict[tuple[str, ...], str]:
        """Latin vocabulary and stopwords as word tuples (big data → ("big", "data"))."""
        phrases: dict[tuple[str, ...], str] = {}
        for word in (*self.vocabulary, *self.stopword_set):
            if not _is_cjk(word) and re.fullmatch(r"[a-z0-9 +\-&]+", word):
                phrases[tuple(re.findall(r"[a-z0-9]+", word))] = word
        return phrases

    @cached_property
    def _latin_singles(self) -> list[str]:
        return sorted(w for w in self.vocabulary if re.fullmatch(r"[a-z]{4,}", w))


def _is_cjk(word: str) -> bool:
    return bool(re.search(f"[{CJK}]", word))


@dataclass
class Query:
    """What a message asks for: facets read from it and the words left to search."""

    text: str
    city: str | None = None
    sector: str | None = None
    budget_wan: float | None = None
    terms: list[str] = field(default_factory=list)
    sectors_hinted: list[str] = field(default_factory=list)
    # how each term was read: "word" (known), "typo" (corrected), "fragment" (unknown Chinese),
    # "latin" (unknown Latin word); terms missing here are treated as "word"
    kinds: dict[str, str] = field(default_factory=dict)
    corrections: dict[str, str] = field(default_factory=dict)  # typed → read as

    @property
    def has_topic(self) -> bool:
        return bool(self.terms)


def read_query(text: str, lexicon: Lexicon) -> Query:
    """Pull city, amount and sector out of free text; the rest becomes search terms."""
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
    for term, kind, typed in _segment(rest.lower(), lexicon):
        if term not in query.kinds:
            query.terms.append(term)
            query.kinds[term] = kind
            if typed != term:
                query.corrections[typed] = term
    query.sectors_hinted = _hinted_sectors(query.terms, lexicon)
    return query


def _hinted_sectors(terms: list[str], lexicon: Lexicon) -> list[str]:
    """Sectors whose names, synonyms or keywords a term (or one of its synonyms) is."""
    hinted: list[str] = []
    for term in terms:
        for word in lexicon.expand(term):
            for key in lexicon.sector_of_word.get(word.lower(), ()):
                if key not in hinted:
                    hinted.append(key)
    return hinted


def confirm_slips(query: Query, leaves: list[Leaf], lexicon: Lexicon) -> Query:
    """Undo a one-character-slip reading where the catalogue has the word as typed
    (创新券, 钠离子电池 are real words there, not slips for 企业创新, 锂离子电池)."""
    if not query.corrections:
        return query
    docs = [_Doc.of(leaf) for leaf in leaves]
    real = {typed for typed in query.corrections
            if any(typed in text for doc in docs for text in doc.fields.values())}
    if not real:
        return query
    back = {query.corrections[typed]: typed for typed in real}
    terms = list(dict.fromkeys(back.get(term, term) for term in query.terms))
    kinds = {term: ("fragment" if term in real else query.kinds.get(term, "word"))
             for term in terms}
    corrections = {t: c for t, c in query.corrections.items() if t not in real}
    return replace(query, terms=terms, kinds=kinds, corrections=corrections,
                   sectors_hinted=_hinted_sectors(terms, lexicon))


def _word_pattern(word: str) -> str:
    """Latin words match whole words; Chinese matches anywhere (it has no spaces)."""
    escaped = re.escape(word)
    return rf"(?<![A-Za-z]){escaped}(?![A-Za-z])" if re.search(r"[A-Za-z]", word) else escaped


def _segment(text: str, lexicon: Lexicon) -> list[tuple[str, str, str]]:
    """(term, kind, as typed) for the topic words of lowercased text, in order."""
    out: list[tuple[str, str, str]] = []
    latin: list[str] = []
    for match in TOKEN.finditer(text):
        if match["latin"]:
            latin.append(match["latin"])
            continue
        if match["gap"] and not SPACES.fullmatch(match["gap"]) and latin:
            out += _latin_terms(latin, lexicon)  # punctuation ends a Latin phrase
            latin = []
        if match["cjk"]:
            out += _latin_terms(latin, lexicon)
            latin = []
            out += _cjk_terms(match["cjk"], lexicon)
    return out + _latin_terms(latin, lexicon)


def _latin_terms(words: list[str], lexicon: Lexicon) -> list[tuple[str, str, str]]:
    """Longest known phrase first (fuel cell), then single words; stopwords dropped."""
    out: list[tuple[str, str, str]] = []
    phrases = lexicon._latin_phrases
    i = 0
    while i < len(words):
        for size in (4, 3, 2, 1):
            key = tuple(words[i:i + size])
            if len(key) == size and key in phrases:
                word = phrases[key]
                if word not in lexicon.stopword_set:
                    out.append((word, "word", word))
                i += size
                break
        else:
            word = words[i]
            i += 1
            singular = word[:-1] if word.endswith("s") else None
            if singular and (singular,) in phrases:
                out.append((phrases[(singular,)], "word", word))
            elif len(word) >= 5 and (fixed := process.extractOne(
                    word, lexicon._latin_singles, scorer=fuzz.ratio, score_cutoff=80)):
                out.append((fixed[0], "typo", word))
            elif len(word) >= 2 and not word.isdigit():
                out.append((word, "latin", word))
    return out


def _cjk_terms(run: str, lexicon: Lexicon) -> list[tuple[str, str, str]]:
    """Segment a Chinese run: known words, one-character slips, unknown fragments."""
    pieces = _best_split(run, lexicon)
    unknown = sum(len(text) for text, kind in pieces if kind == "unknown")
    if unknown and len(run) >= 3:
        slip = _find_slip(run, pieces, lexicon)
        if slip is not None:
            start, end, word = slip
            return [*_cjk_terms(run[:start], lexicon), (word, "typo", run[start:end]),
                    *_cjk_terms(run[end:], lexicon)]
    out = []
    for text, kind in pieces:
        if kind == "word":
            out.append((text, "word", text))
        elif kind == "unknown" and len(text) >= 2:
            out.append((text, "fragment", text))
    return out


def _best_split(run: str, lexicon: Lexicon) -> list[tuple[str, str]]:
    """Split covering the most characters with lexicon words, then the fewest pieces.

    Pieces are (text, "word" | "stop" | "unknown"); adjacent unknown characters are merged.
    """
    words, longest = lexicon._cjk_words, lexicon._cjk_max_len
    n = len(run)
    best: list[tuple[int, int, int]] = [(0, 0, 0)] * (n + 1)  # (covered, -pieces, next cut)
    for i in range(n - 1, -1, -1):
        covered, negative_count, _ = best[i + 1]
        choice = (covered, negative_count - 1, i + 1)  # run[i] as an unknown character
        for j in range(i + 2, min(n, i + longest) + 1):
            if run[i:j] in words:
                after = best[j]
                choice = max(choice, (after[0] + j - i, after[1] - 1, j))
        if run[i] in words:
            after = best[i + 1]
            choice = max(choice, (after[0] + 1, after[1] - 1, i + 1))
        best[i] = choice
    pieces: list[tuple[str, str]] = []
    i = 0
    while i < n:
        j = best[i][2]
        piece = run[i:j]
        kind = ("stop" if words[piece] else "word") if piece in words else "unknown"
        if kind == "unknown" and pieces and pieces[-1][1] == "unknown":
            pieces[-1] = (pieces[-1][0] + piece, "unknown")
        else:
            pieces.append((piece, kind))
        i = j
    return pieces


def _find_slip(run: str, pieces: list[tuple[str, str]],
               lexicon: Lexicon) -> tuple[int, int, str] | None:
    """A known word typed with one wrong character (人工只能 → 人工智能) covering unknown text.

    Only substitutions: that is the slip a pinyin keyboard makes (same sound, wrong character).
    """
    unknown_at: set[int] = set()
    position = 0
    for text, kind in pieces:
        if kind != "word":
            unknown_at.update(range(position, position + len(text)))
        position += len(text)
    best: tuple[int, int, int, str] | None = None  # (fresh chars, length, -start, word)
    for size, words in lexicon._typo_targets.items():
        for start in range(len(run) - size + 1):
            fresh = sum(1 for k in range(start, start + size) if k in unknown_at)
            if not fresh:
                continue
            window = run[start:start + size]
            found = process.extractOne(window, words, scorer=Hamming.distance, score_cutoff=1)
            if found is None or found[1] != 1:
                continue
            candidate = (fresh, size, -start, found[0])
            if best is None or candidate > best:
                best = candidate
    if best is None:
        return None
    _, size, neg_start, word = best
    return -neg_start, -neg_start + size, word


@dataclass
class Hit:
    """A ranked leaf; `fits` is None when the text states no amount to compare the budget with."""

    leaf: Leaf
    score: float
    fits: bool | None = None
    matched: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Doc:
    """A leaf's searchable text, lowercased, by field."""

    fields: dict[str, str]

    @classmethod
    def of(cls, leaf: Leaf) -> _Doc:
        heading = " ".join(filter(None, [leaf.parent, leaf.group, leaf.plan]))
        extra = " ".join(filter(None, [leaf.indicators, leaf.requirements]))
        return cls({"title": leaf.title.lower(), "heading": heading.lower(),
                    "content": (leaf.content or "").lower(), "extra": extra.lower()})

    def contains(self, word: str, name: str) -> bool:
        text = self.fields[name]
        if len(word) <= 3 and word.isascii():
            return re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", text) is not None
        return word in text


@dataclass(frozen=True)
class _Term:
    text: str
    kind: str
    words: tuple[tuple[str, float], ...]  # (lowercased word, factor)
    bigrams: tuple[str, ...] = ()


def _terms(query: Query, lexicon: Lexicon, docs: list[_Doc] | None = None) -> list[_Term]:
    """The query's terms with their synonyms; with `docs`, a "slip" the catalogue itself
    contains (创新券 is a real word there) is searched as typed instead of as corrected."""
    typed_as = {term: typed for typed, term in query.corrections.items()}
    out = []
    for term in query.terms:
        kind = query.kinds.get(term, "word")
        typed = typed_as.get(term)
        if kind == "typo" and typed and docs is not None and any(
                typed in text for doc in docs for text in doc.fields.values()):
            term, kind = typed, "fragment"
        base = TYPO_FACTOR if kind == "typo" else 1.0
        words: dict[str, float] = {}
        for word in lexicon.expand(term):
            lowered = word.lower()
            factor = base if lowered == term.lower() else base * SYNONYM_FACTOR
            words[lowered] = max(words.get(lowered, 0.0), factor)
        bigrams: tuple[str, ...] = ()
        if kind == "fragment" and len(term) >= 3:
            bigrams = tuple(dict.fromkeys(term[i:i + 2] for i in range(len(term) - 1)))
        out.append(_Term(term, kind, tuple(words.items()), bigrams))
    return out


def _term_score(term: _Term, doc: _Doc, bigram_idf: dict[str, float]) -> float:
    """How well one leaf answers one term, 0 … ~1.3 (title, heading, content, extra)."""
    per_field: list[float] = []
    for name, weight in FIELD_WEIGHTS.items():
        value = max((factor for word, factor in term.words if doc.contains(word, name)),
                    default=0.0)
        if not value and term.bigrams:
            value = BIGRAM_FACTOR * _bigram_cover(term.bigrams, doc.fields[name], bigram_idf)
        per_field.append(weight * value)
    per_field.sort(reverse=True)
    if not per_field[0]:
        return 0.0
    return per_field[0] + ALSO_FOUND * sum(1 for v in per_field[1:] if v)


def _bigram_cover(bigrams: tuple[str, ...], text: str, idf: dict[str, float]) -> float:
    """idf-weighted share of a fragment's bigrams (those the catalogue has at all) in `text`."""
    total = sum(idf.get(b, 0.0) for b in bigrams)
    if not total:
        return 0.0
    cover = sum(idf.get(b, 0.0) for b in bigrams if b in text) / total
    return cover if cover >= BIGRAM_MIN_COVER else 0.0


def score_leaf(leaf: Leaf, query: Query, lexicon: Lexicon) -> Hit:
    """One leaf scored on its own (every term weighted alike); `rank` weights terms by rarity."""
    return _score_all([leaf], query, lexicon)[0]


def _score_all(leaves: list[Leaf], query: Query, lexicon: Lexicon) -> list[Hit]:
    docs = [_Doc.of(leaf) for leaf in leaves]
    terms = _terms(query, lexicon, docs)
    n = max(len(docs), 1)
    bigram_idf: dict[str, float] = {}
    for term in terms:
        for bigram in term.bigrams:
            if bigram not in bigram_idf:
                df = sum(1 for doc in docs if any(bigram in t for t in doc.fields.values()))
                bigram_idf[bigram] = math.log(1 + n / df) if df else 0.0
    table = [[_term_score(term, doc, bigram_idf) for term in terms] for doc in docs]
    weights = []
    for k in range(len(terms)):
        df = sum(1 for row in table if row[k] >= MATCH_FLOOR)
        weights.append(math.log(1 + n / df) if df else 0.0)
    total = sum(weights) or 1.0
    hits = []
    for leaf, row in zip(leaves, table, strict=True):
        text = sum(w * s for w, s in zip(weights, row, strict=True)) / total
        score = 100 * text
        matched = [t.text for t, s, w in zip(terms, row, weights, strict=True)
                   if s >= MATCH_FLOOR and w]
        if query.sectors_hinted and leaf.sectors:
            if leaf.sectors[0] in query.sectors_hinted:
                score += SECTOR_PRIMARY_BONUS
            elif set(query.sectors_hinted) & set(leaf.sectors):
                score += SECTOR_BONUS
        fits = None
        if query.budget_wan is not None:
            fits = fits_budget(query.budget_wan, leaf.funding_min_wan, leaf.funding_max_wan)
            if fits:
                score += FIT_BONUS
        hits.append(Hit(leaf=leaf, score=round(score, 2), fits=fits, matched=matched))
    return hits


def rank(leaves: list[Leaf], query: Query, lexicon: Lexicon, limit: int) -> list[Hit]:
    """Filter by facets, score by text, and order by score (a fitting budget adds a little).

    Without a topic the facets alone decide: fitting budgets first, then leaves whose main
    sector is the one asked for, in catalogue order.
    """
    pool = [
        leaf for leaf in leaves
        if (query.city is None or leaf.city == query.city)
        and (query.sector is None or query.sector in leaf.sectors)
    ]
    hits = _score_all(pool, query, lexicon)
    if query.budget_wan is not None:
        hits = [hit for hit in hits if hit.fits is not False]
    if query.has_topic:
        hits = [hit for hit in hits if hit.matched]
        hits.sort(key=lambda hit: (-hit.score, hit.leaf.id))
        return hits[:limit]
    order = {leaf.id: i for i, leaf in enumerate(pool)}
    hits.sort(key=lambda hit: (hit.fits is None,
                               _sector_position(hit.leaf, query.sector), order[hit.leaf.id]))
    return hits[:limit]


def _sector_position(leaf: Leaf, sector: str | None) -> int:
    return leaf.sectors.index(sector) if sector and sector in leaf.sectors else 0


@dataclass(frozen=True)
class _Facts:
    """What facet-only ranking needs of a leaf, kept in memory for a large catalogue."""

    id: str
    city: str
    sectors: tuple[str, ...]
    funding_min_wan: float | None
    funding_max_wan: float | None


class _Memory:
    """The catalogue as the searcher reads it: leaves held in memory, looked up by id."""

    def __init__(self, leaves: list[Leaf]) -> None:
        self.all = leaves
        self.by_id = {leaf.id: leaf for leaf in leaves}
        self.texts = [(leaf.id, " ".join(filter(None, (
            leaf.title, leaf.content, leaf.indicators, leaf.requirements)))) for leaf in leaves]

    def leaf_count(self) -> int:
        return len(self.all)

    def leaves(self, ids: list[str] | None = None) -> list[Leaf]:
        if ids is None:
            return self.all
        return [self.by_id[i] for i in ids if i in self.by_id]

    def titles(self) -> dict[str, str]:
        return {leaf.id: leaf.title for leaf in self.all}

    def text_match(self, word: str, limit: int) -> list[str]:
        """Ids of leaves whose text contains `word`, at most `limit`."""
        found = []
        for leaf_id, text in self.texts:
            if word in text:
                found.append(leaf_id)
                if len(found) >= limit:
                    break
        return found


class Searcher:
    """The entry point: candidates from titles and text, then `rank`, over leaves in memory.

    Up to FULL_SCAN_LIMIT leaves every leaf is scored. Above it, a query with words is scored
    over a preselection (titles containing any of its words or synonyms, then leaves whose text
    holds the words of 3+ characters, at most MAX_CANDIDATES), and a facets-only query is
    ordered from a small index of city, sectors and amounts.
    """

    FULL_SCAN_LIMIT = 5000
    FTS_LIMIT = 200  # per word
    TITLE_LIMIT = 300  # per word
    MAX_CANDIDATES = 1200

    def __init__(self, lexicon: Lexicon, leaves: list[Leaf]) -> None:
        self.store = _Memory(leaves)
        self.lexicon = lexicon
        self._titles: tuple[int, str, list[int], list[str]] | None = None
        self._facts: tuple[int, list[_Facts]] | None = None

    @classmethod
    def build(cls, lexicon: Lexicon, leaves: list[Leaf]) -> Searcher:
        """A searcher with its indexes built (a large catalogue's), ready for the first query."""
        searcher = cls(lexicon, leaves)
        searcher.warm()
        return searcher

    def search(self, text: str, *, city: str | None = None, sector: str | None = None,
               budget_wan: float | None = None, limit: int = 10) -> tuple[Query, list[Hit]]:
        query = read_query(text, self.lexicon)
        query.city = city or query.city
        query.sector = sector or query.sector
        query.budget_wan = budget_wan if budget_wan is not None else query.budget_wan
        if not query.has_topic and not (query.city or query.sector
                                        or query.budget_wan is not None):
            return query, []  # nothing asked: the chat offers the guided path
        count = self.store.leaf_count()
        if not query.has_topic and count > self.FULL_SCAN_LIMIT:
            return query, self._facets_only(query, count, limit)
        leaves = self.candidates(query)
        query = confirm_slips(query, leaves, self.lexicon)
        return query, rank(leaves, query, self.lexicon, limit)

    def warm(self) -> None:
        """Build the in-memory indexes now (a large catalogue only) rather than on first use."""
        count = self.store.leaf_count()
        if count > self.FULL_SCAN_LIMIT:
            self._title_hits([], count)
            self._facet_index(count)

    def candidates(self, query: Query) -> list[Leaf]:
        """All leaves for a small catalogue; title + FTS preselection for a large one."""
        count = self.store.leaf_count()
        if count <= self.FULL_SCAN_LIMIT or not query.terms:
            return self.store.leaves()
        words: dict[str, None] = {}
        for term in _terms(query, self.lexicon):
            words.update((word, None) for word, _ in term.words)
            words.update((bigram, None) for bigram in term.bigrams)
        words.update((typed, None) for typed in query.corrections)  # maybe no slip at all
        ids = self._title_hits(list(words), count)
        for word in words:
            if len(ids) >= self.MAX_CANDIDATES:
                break
            if len(word) >= 3:
                for leaf_id in self.store.text_match(word, self.FTS_LIMIT):
                    ids.setdefault(leaf_id, None)
        return self.store.leaves(list(ids)[: self.MAX_CANDIDATES])

    def _title_hits(self, words: list[str], count: int) -> dict[str, None]:
        """Ids of titles containing any word, at most TITLE_LIMIT per word, in one regex pass."""
        if self._titles is None or self._titles[0] != count:
            pairs = list(self.store.titles().items())
            joined = "\n".join(title.lower() for _, title in pairs)
            starts, position = [], 0
            for _, title in pairs:
                starts.append(position)
                position += len(title) + 1
            self._titles = (count, joined, starts, [leaf_id for leaf_id, _ in pairs])
        _, joined, starts, id_list = self._titles
        ids: dict[str, None] = {}
        if not words:
            return ids
        pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
        per_word: dict[str, int] = {}
        for match in pattern.finditer(joined):
            word = match.group()
            if per_word.get(word, 0) >= self.TITLE_LIMIT:
                continue
            leaf_id = id_list[bisect_right(starts, match.start()) - 1]
            if leaf_id not in ids:
                ids[leaf_id] = None
                per_word[word] = per_word.get(word, 0) + 1
        return ids

    def _facet_index(self, count: int) -> list[_Facts]:
        """City, sectors and amounts of every leaf, cached until the catalogue's size changes."""
        if self._facts is None or self._facts[0] != count:
            facts = [_Facts(leaf.id, leaf.city, tuple(leaf.sectors), leaf.funding_min_wan,
                            leaf.funding_max_wan) for leaf in self.store.leaves()]
            self._facts = (count, facts)
        return self._facts[1]

    def _facets_only(self, query: Query, count: int, limit: int) -> list[Hit]:
        """`rank` for a query without words, from the in-memory facet index."""
        chosen: list[tuple[tuple[bool, int, int], str, bool | None]] = []
        for position, fact in enumerate(self._facet_index(count)):
            if query.city and fact.city != query.city:
                continue
            if query.sector and query.sector not in fact.sectors:
                continue
            fits = None
            if query.budget_wan is not None:
                fits = fits_budget(query.budget_wan, fact.funding_min_wan, fact.funding_max_wan)
                if fits is False:
                    continue
            where = fact.sectors.index(query.sector) if query.sector else 0
            chosen.append(((fits is None, where, position), fact.id, fits))
        chosen.sort(key=lambda item: item[0])
        top = chosen[:limit]
        leaves = {leaf.id: leaf for leaf in self.store.leaves([leaf_id for _, leaf_id, _ in top])}
        return [Hit(leaf=leaves[leaf_id], score=0.0, fits=fits)
                for _, leaf_id, fits in top if leaf_id in leaves]
