"""What search knows about words, read from data/: city names and aliases, the sector taxonomy,
groups of synonyms, words that carry no topic, and the names of glossary terms.

Pure data plus cached lookups over it; query understanding (bot.query, bot.topic) and ranking
(bot.search) read it, nothing writes it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from bot.catalogue.facets import Taxonomy
from bot.catalogue.loader import check_synonyms, read_taxonomy
from bot.catalogue.models import GuidelineMeta
from bot.dictionary import Dictionary, Place, cedict
from bot.sounds import readings

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


@dataclass(frozen=True)
class Lexicon:
    """Everything search knows about words: city aliases, sector names, term synonyms."""

    cities: dict[str, tuple[str, ...]]
    taxonomy: Taxonomy
    synonyms: dict[str, tuple[str, ...]]
    stopwords: tuple[str, ...] = ()
    glossary: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def from_data(cls, data_dir: Path) -> Lexicon:
        """Read synonyms.toml and sectors.toml; a damaged one raises CatalogueError naming its
        file and line (`catalogue load` checks them too, but either may be edited after)."""
        check_synonyms(data_dir)
        taxonomy = read_taxonomy(data_dir)
        with (data_dir / "synonyms.toml").open("rb") as handle:
            raw = tomllib.load(handle)
        return cls(
            cities={city: tuple(aliases) for city, aliases in raw.get("cities", {}).items()},
            taxonomy=taxonomy,
            synonyms={term: tuple(words) for term, words in raw.get("terms", {}).items()},
            # longest first, so 我是做 goes before 我是
            stopwords=tuple(sorted(raw.get("stopwords", {}).get("words", []), key=len,
                                   reverse=True)),
            glossary={key: tuple(names) for key, names in raw.get("glossary", {}).items()},
        )

    def with_cities(self, metas: Iterable[GuidelineMeta]) -> Lexicon:
        """The cities of the published guidelines too: a bureau's new guideline brings its city
        (钦州, 钦州市, qinzhou) into what questions are read for, without editing data/."""
        cities = {city: list(aliases) for city, aliases in self.cities.items()}
        for meta in metas:
            known = cities.setdefault(meta.city, [])
            english = meta.city_en.lower() if meta.city_en.isascii() else ""
            for alias in (f"{meta.city}市", english):
                if alias and alias.strip("?") and alias not in known:
                    known.append(alias)
        if cities == {city: list(aliases) for city, aliases in self.cities.items()}:
            return self
        return replace(self, cities={city: tuple(aliases) for city, aliases in cities.items()})

    def warm(self) -> None:
        """Compute every cached lookup now, so the first message is read as fast as the next."""
        for name in ("city_aliases", "sector_words", "sector_of_word", "_synonym_index",
                     "_sector_expansion", "stopword_set", "vocabulary", "_cjk_words",
                     "_cjk_max_len", "_typo_targets", "_latin_phrases", "_latin_singles",
                     "dictionary", "city_sounds", "_places", "place_pattern"):
            getattr(self, name)

    @cached_property
    def dictionary(self) -> Dictionary:
        """CC-CEDICT's translations and cities (read once per process, ~0.6 s)."""
        return cedict()

    @cached_property
    def city_aliases(self) -> list[tuple[str, str]]:
        """(alias, city) longest first, so 防城港 wins over 防城."""
        pairs = [(city, city) for city in self.cities]
        pairs += [(alias, city) for city, aliases in self.cities.items() for alias in aliases]
        return sorted(pairs, key=lambda pair: -len(pair[0]))

    @cached_property
    def city_sounds(self) -> list[tuple[re.Pattern[str], str]]:
        """Each city's name in pinyin, syllables apart or not, 港 also as port/harbour and
        市 as city (bai se, fangcheng port, liu-zhou): how a name is typed in English."""
        out = []
        for city in self.cities:
            syllables = readings()(city)
            if not all(re.fullmatch(r"[a-z]+", s) for s in syllables):
                continue
            parts = [re.escape(s) for s in syllables]
            if city.endswith("港"):
                parts[-1] = r"(?:gang|port|harbou?r)"
            joined = r"[\s'-]?".join(parts)
            out.append((re.compile(rf"(?<![a-z]){joined}(?:\s*(?:shi|city))?(?![a-z])"), city))
        return out

    @cached_property
    def _places(self) -> dict[str, Place]:
        """Chinese cities the dictionary knows that the catalogue has no guideline for, by
        their Chinese name and their English name (lowercased, no spaces)."""
        known = {alias.lower() for alias, _ in self.city_aliases}
        out: dict[str, Place] = {}
        for place in self.dictionary.places.values():
            english = re.sub(r"[\s'-]", "", place.english.lower())
            if place.name in known or english in known or len(place.name) < 2:
                continue
            out[place.name] = place
            out[english] = place
        return out

    def place(self, typed: str) -> Place | None:
        return self._places.get(re.sub(r"[\s'-]", "", typed.lower()))

    @cached_property
    def place_pattern(self) -> re.Pattern[str]:
        """A city the catalogue does not cover, where a message names a place: 在北海, 钦州的,
        北海那边, 钦州市, qinzhou (a place name inside a word is that word: 大同小异)."""
        chinese = "|".join(sorted((re.escape(n) for n in self._places if is_cjk(n)),
                                  key=len, reverse=True))
        latin = "|".join(sorted((re.escape(n) for n in self._places if not is_cjk(n)),
                                key=len, reverse=True))
        return re.compile(
            rf"(?:(?<=[在到去是于往住])(?:{chinese})|(?:{chinese})(?=市|的|那边|这边|那里|这里|做|搞|开|办"
            rf"|地区|本地|当地|有|[\s，,。.;；!?！？]|$))"
            + (rf"|(?<![a-z])(?:{latin})(?![a-z])" if latin else ""))

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
            chinese = [w for w in (*sector.synonyms,) if is_cjk(w)]
            for word in (sector.en, *sector.synonyms):
                if not is_cjk(word):
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
        words = {w: False for w in self.vocabulary if is_cjk(w)}
        words.update({w: True for w in self.stopword_set if is_cjk(w)})
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
            if not is_cjk(word) and re.fullmatch(r"[a-z0-9 +\-&]+", word):
                phrases[tuple(re.findall(r"[a-z0-9]+", word))] = word
        return phrases

    @cached_property
    def _latin_singles(self) -> list[str]:
        return sorted(w for w in self.vocabulary if re.fullmatch(r"[a-z]{4,}", w))


def is_cjk(word: str) -> bool:
    return bool(re.search(f"[{CJK}]", word))


def word_pattern(word: str) -> str:
    """Latin words match whole words; Chinese matches anywhere (it has no spaces)."""
    escaped = re.escape(word)
    return rf"(?<![A-Za-z]){escaped}(?![A-Za-z])" if re.search(r"[A-Za-z]", word) else escaped
