"""Guided-narrowing rules as pure functions."""

from __future__ import annotations

import pytest

from bot import browse
from bot.buttons import Facets
from bot.catalogue.models import Guideline, Leaf


@pytest.fixture(scope="module")
def world(catalogue: list[Guideline]) -> tuple[list[Leaf], dict[str, str]]:
    leaves = [leaf for g in catalogue for leaf in g.leaves]
    return leaves, browse.city_codes(g.meta for g in catalogue)


def _leaf(**funding: float | None) -> Leaf:
    return Leaf(id="t-001", guideline="t", city="测试", year=2025, title="t", source_file="f",
                source_line=1, **funding)  # type: ignore[arg-type]


@pytest.mark.parametrize(("low", "high", "budget", "fits"), [
    (None, 150, "w50", True), (None, 30, "w50", False), (80, None, "w50", False),
    (80, None, "w100", True), (20, 50, "w50", True), (None, None, "w50", None),
    (None, 30, "b50", True), (None, 20, "b50", False), (None, 150, "b150", True),
    (200, 300, "b150", False), (None, 200, "bmax", True), (None, 150, "bmax", False),
    (0, 0, "b20", False), (None, 10, "b20", True), (None, None, None, True),
])
def test_fits(low: float | None, high: float | None, budget: str | None,
              fits: bool | None) -> None:
    assert browse.fits(_leaf(funding_min_wan=low, funding_max_wan=high), budget) is fits


def test_city_codes_follow_catalogue_order(world: tuple[list[Leaf], dict[str, str]]) -> None:
    assert world[1] == {"fcg": "防城港", "bs": "百色", "nn": "南宁", "lz": "柳州", "gl": "桂林"}


def test_results_put_fitting_first_then_unknown(world: tuple[list[Leaf], dict[str, str]]) -> None:
    leaves, codes = world
    found = browse.results(leaves, Facets(city="nn", budget="w50"), codes)
    assert found.fitting and found.unknown
    caps = [leaf.funding_max_wan for leaf in found.fitting]
    assert caps == sorted(caps, reverse=True)
    assert all(leaf.funding_max_wan is None and leaf.funding_min_wan is None
               for leaf in found.unknown)
    assert found.ordered[: len(found.fitting)] == found.fitting


def test_button_counts_equal_result_sizes(world: tuple[list[Leaf], dict[str, str]]) -> None:
    leaves, codes = world
    facets = Facets(city="lz")
    for key, n in browse.sector_options(leaves, facets, codes, ["ai", "auto", "materials"]):
        assert browse.results(leaves, facets.with_(sector=key), codes).total == n
    for key, n in browse.budget_options(leaves, facets, codes):
        assert len(browse.results(leaves, facets.with_(budget=key), codes).fitting) == n


def test_relaxations_only_when_few(world: tuple[list[Leaf], dict[str, str]]) -> None:
    leaves, codes = world
    assert browse.relaxations(leaves, Facets(), codes) == []
    # 百色 states no amounts: nothing fits ≤20万 there, so both facets can be relaxed
    small = sum(1 for leaf in leaves
                if (leaf.funding_min_wan is not None or leaf.funding_max_wan is not None)
                and leaf.funding_max_wan != 0 and (leaf.funding_min_wan or 0) <= 20)
    relax = browse.relaxations(leaves, Facets(city="bs", budget="b20"), codes)
    assert relax == [("city", small), ("budget", 22)]
