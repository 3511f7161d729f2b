"""Guided narrowing (city → sector → budget → results) as pure functions over the leaves.

Counts shown on buttons are computed with the same filters that produce the results, so a
button that says "新能源 (7)" leads to exactly seven directions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.buttons import Facets
from bot.catalogue.facets import BUDGET_BANDS, fits_budget
from bot.catalogue.models import GuidelineMeta, Leaf
from bot.catalogue.numbers import MAX_AMOUNT_WAN, clean_number

PAGE_SIZE = 5
FEW = 3  # at most this many results: offer to relax a facet


def city_codes(metas: Iterable[GuidelineMeta]) -> dict[str, str]:
    """Short code → city, from the guideline keys (nn22 → nn), in catalogue order."""
    codes: dict[str, str] = {}
    for meta in metas:
        codes.setdefault(meta.key.rstrip("0123456789"), meta.city)
    return codes


def typed_budget(wan: float | None) -> str | None:
    """A typed amount in 万元 as the budget facet its buttons carry (w50, w12.35): to the
    hundredth of a 万; None when it cannot be one (not above zero, beyond MAX_AMOUNT_WAN),
    so no button is ever built that would come back "expired"."""
    if wan is None:
        return None
    rounded = round(wan, 2)
    if not 0 < rounded <= MAX_AMOUNT_WAN:
        return None
    return f"w{clean_number(rounded)}"


def budget_bounds(budget: str | None) -> tuple[float | None, float | None] | None:
    """A band key or a typed amount (w50) → the range the user hopes for; None = any."""
    if budget is None:
        return None
    if budget.startswith("w"):
        amount = float(budget[1:])
        return amount, amount
    band = next(b for b in BUDGET_BANDS if b.key == budget)
    return band.low, band.high


def fits(leaf: Leaf, budget: str | None) -> bool | None:
    """Does the leaf's stated grant overlap the hoped-for amount? None = amount not stated."""
    bounds = budget_bounds(budget)
    if bounds is None:
        return True
    low, high = leaf.funding_min_wan, leaf.funding_max_wan
    if low is None and high is None:
        return None
    if high == 0:
        return False  # 不拨付市财政科技经费: nothing is granted
    want_low, want_high = bounds
    if want_low == want_high and want_low is not None:
        return fits_budget(want_low, low, high)
    if high is not None and want_low is not None and high <= want_low:
        return False
    return not (low is not None and want_high is not None and low > want_high)


def matches(leaf: Leaf, facets: Facets, codes: dict[str, str]) -> bool:
    """City and sector filters (budget is handled by `fits`, as unknown amounts stay)."""
    if facets.city is not None and leaf.city != codes.get(facets.city):
        return False
    return facets.sector is None or facets.sector in leaf.sectors


@dataclass(frozen=True)
class Results:
    """Directions for a set of facets: those that fit, then those whose amount is not stated."""

    fitting: list[Leaf]
    unknown: list[Leaf]

    @property
    def ordered(self) -> list[Leaf]:
        return self.fitting + self.unknown

    @property
    def total(self) -> int:
        return len(self.fitting) + len(self.unknown)

    def page(self, number: int) -> list[Leaf]:
        start = number * PAGE_SIZE
        return self.ordered[start: start + PAGE_SIZE]

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // PAGE_SIZE))


def results(leaves: list[Leaf], facets: Facets, codes: dict[str, str]) -> Results:
    """Filter and order: fitting first (largest cap first when a budget is chosen)."""
    pool = [leaf for leaf in leaves if matches(leaf, facets, codes)]
    if facets.budget is None:
        return Results(fitting=pool, unknown=[])
    fitting = [leaf for leaf in pool if fits(leaf, facets.budget) is True]
    fitting.sort(key=lambda leaf: -(leaf.funding_max_wan or leaf.funding_min_wan or 0))
    unknown = [leaf for leaf in pool if fits(leaf, facets.budget) is None]
    return Results(fitting=fitting, unknown=unknown)


def count(leaves: list[Leaf], facets: Facets, codes: dict[str, str]) -> int:
    """What a button promises: directions that match and (with a budget) fit it."""
    found = results(leaves, facets, codes)
    return len(found.fitting) if facets.budget is not None else found.total


def city_options(leaves: list[Leaf], facets: Facets,
                 codes: dict[str, str]) -> list[tuple[str, int]]:
    return [(code, count(leaves, facets.with_(city=code), codes)) for code in codes]


def sector_options(leaves: list[Leaf], facets: Facets, codes: dict[str, str],
                   sector_keys: list[str]) -> list[tuple[str, int]]:
    """Sectors that still have directions, most first (ties in taxonomy order)."""
    options = [(key, count(leaves, facets.with_(sector=key), codes)) for key in sector_keys]
    options = [(key, n) for key, n in options if n > 0]
    return sorted(options, key=lambda item: (-item[1], sector_keys.index(item[0])))


def budget_options(leaves: list[Leaf], facets: Facets,
                   codes: dict[str, str]) -> list[tuple[str, int]]:
    return [(band.key, count(leaves, facets.with_(budget=band.key), codes))
            for band in BUDGET_BANDS]


def relaxations(leaves: list[Leaf], facets: Facets,
                codes: dict[str, str]) -> list[tuple[str, int]]:
    """When few results fit: which facet to drop, with the count it would give (most first)."""
    current = count(leaves, facets, codes)
    if current > FEW:
        return []
    options = []
    for name in ("budget", "sector", "city"):
        if getattr(facets, name) is not None:
            relaxed = facets.with_(**{name: None, "page": 0})
            options.append((name, count(leaves, relaxed, codes)))
    return sorted([(name, n) for name, n in options if n > current], key=lambda item: -item[1])
