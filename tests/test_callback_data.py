"""Button payloads: built compact, parsed strictly, anything else rejected."""

from __future__ import annotations

import pytest

from bot import callback_data as cb
from bot.callback_data import Facets


def test_round_trip_with_facets_and_owner() -> None:
    facets = Facets(city="fcg", sector="manufacturing", budget="w0.5", page=12)
    data = cb.build("card", "fcg25-037", facets=facets, owner=9_876_543_210)
    assert len(data.encode()) <= 64
    payload = cb.parse(data)
    assert payload == cb.Payload(op="card", args=("fcg25-037",), facets=facets,
                                 owner=9_876_543_210)


@pytest.mark.parametrize("data", [
    None, "", "hello", "z1", "z1|b", "z2|b|city|-.-.-.0|0", "z1|q|x|0", "z1|b|fly|-.-.-.0|0",
    "z1|b|city|-.-.-|0", "z1|b|city|-.-.b999.0|0", "z1|b|city|-.-.-.x|0", "z1|b|city|-.-.-.0|!!",
    "z1|l|fr|0", "z1|m|rm -rf|0", "z1|c|<script>|-.-.-.0|0", "z1|s|1000|0", "z1|x|a|zzz|0",
    "z1|c|" + "a" * 80, "z1|b|city|-.-.-.0|0|extra",
])
def test_forged_or_foreign_payloads_are_rejected(data: str | None) -> None:
    assert cb.parse(data) is None


def test_too_long_payload_is_refused_when_built() -> None:
    with pytest.raises(ValueError, match="too long"):
        cb.build("card", "x" * 24, facets=Facets(city="a" * 24, sector="b" * 24), owner=1)
