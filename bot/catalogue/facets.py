"""Facets a user narrows by: sectors (from data/sectors.toml) and budget bands.

Sector assignment is keyword scoring over title and content; it is deterministic and explainable
("matched 锂电, 储能 in the title"), which matters more here than cleverness.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

TITLE_WEIGHT = 3
KEEP_RATIO = 0.6  # a second sector is kept when it scores at least this share of the best
MAX_SECTORS = 3


class Sector(BaseModel):
    """One entry of the taxonomy, bilingual."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    key: str = Field(pattern=r"^[a-z]+$")
    zh: str
    en: str
    keywords: tuple[str, ...]
    synonyms: tuple[str, ...] = ()

    def name(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


class Taxonomy(BaseModel):
    """The whole sector list, in display order."""

    sector: tuple[Sector, ...]
    # keyword index: (first two characters → (sector key, keyword)), the first characters
    _index: tuple[dict[str, list[tuple[str, str]]], frozenset[str]] | None = PrivateAttr(
        default=None)

    def keywords_in(self, *texts: str) -> list[tuple[str, str]]:
        """(sector key, keyword) for the keywords that can occur in `texts`: those whose
        first two characters (one, for a one-character keyword) occur there."""
        if self._index is None:
            by_gram: dict[str, list[tuple[str, str]]] = {}
            for sector in self.sector:
                for word in sector.keywords:
                    by_gram.setdefault(word[:2], []).append((sector.key, word))
            self._index = by_gram, frozenset(gram[0] for gram in by_gram)
        by_gram, first = self._index  # a private attribute costs a lookup each time it is read
        grams: set[str] = set().union(*texts)  # single characters, a C-speed pass; pairs only
        grams.update(text[i:i + 2] for text in texts for i in range(len(text) - 1)
                     if text[i] in first)  # where a keyword can start
        return [pair for gram in grams & by_gram.keys() for pair in by_gram[gram]]

    def get(self, key: str) -> Sector | None:
        return next((s for s in self.sector if s.key == key), None)

    @property
    def keys(self) -> list[str]:
        return [s.key for s in self.sector]


def load_taxonomy(path: Path) -> Taxonomy:
    """Read and validate sectors.toml (raises pydantic.ValidationError or TOMLDecodeError)."""
    with path.open("rb") as handle:
        return Taxonomy.model_validate(tomllib.load(handle))


def assign_sectors(taxonomy: Taxonomy, title: str, body: str) -> list[str]:
    """Best-scoring sectors for a leaf; never empty while the text has any keyword at all.

    When nothing matches, the leaf falls back to the broadest sector (the taxonomy's last),
    so no leaf is unreachable from the sector step.
    """
    scores: dict[str, int] = {}
    for key, word in taxonomy.keywords_in(title, body):  # the only keywords that can occur
        score = TITLE_WEIGHT * title.count(word) + min(body.count(word), 3)
        if score:
            scores[key] = scores.get(key, 0) + score
    if not scores:
        return [taxonomy.sector[-1].key]
    best = max(scores.values())
    ranked = sorted(scores, key=lambda key: (-scores[key], taxonomy.keys.index(key)))
    return [key for key in ranked if scores[key] >= best * KEEP_RATIO][:MAX_SECTORS]


@dataclass(frozen=True)
class BudgetBand:
    """A grant-size band offered as a button; bounds in 万元, None = open-ended."""

    key: str
    low: float | None
    high: float | None

    def label(self, lang: str = "zh_CN") -> str:
        """≤20万 and 20–50万 in Chinese; ≤200k and 200k–500k yuan in English (万 = 10,000)."""
        def amount(wan: float) -> str:
            if lang != "en":
                return f"{wan:g}"
            yuan = wan * 10_000
            return f"{yuan / 1_000_000:g}M" if yuan >= 1_000_000 else f"{yuan / 1000:g}k"

        unit = " yuan" if lang == "en" else "万"
        if self.low is None:
            return f"≤{amount(self.high or 0)}{unit}"
        if self.high is None:
            return f">{amount(self.low)}{unit}"
        return f"{amount(self.low)}–{amount(self.high)}{unit}"


BUDGET_BANDS = (
    BudgetBand("b20", None, 20),
    BudgetBand("b50", 20, 50),
    BudgetBand("b150", 50, 150),
    BudgetBand("bmax", 150, None),
)


def fits_budget(wanted_wan: float, low: float | None, high: float | None) -> bool | None:
    """Does a grant of `wanted_wan` fit? None when the text states no amount at all.

    A direction fits when its cap reaches the amount and its floor does not exceed it.
    """
    if low is None and high is None:
        return None
    if high is not None and high < wanted_wan:
        return False
    return not (low is not None and low > wanted_wan)
