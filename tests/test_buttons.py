"""Typed buttons: packed within Telegram's 64 bytes, parsed strictly, anything else rejected."""

from __future__ import annotations

from dataclasses import fields

import pytest

from bot import buttons as b
from bot.buttons import CallbackData, Facets


@pytest.mark.parametrize("button", [
    b.Browse("results", Facets(city="fcg", sector="manufacturing", budget="w0.5", page=12),
             owner=9_876_543_210),
    b.Card("fcg25-037", "s", Facets(page=3), owner=1001),
    b.Card("nn22-002", "b", Facets(city="nn", budget="b150"), owner=0),
    b.CompareToggle("fcg25-037", "s", Facets(page=3), owner=1001),
    b.CompareToggle("nn22-002", "b", Facets(city="fcg", sector="manufacturing",
                                            budget="w99999.5", page=999), owner=2**62),
    b.Ask(None, owner=5), b.Ask("bs25-001", owner=5),
    b.ProfileAnswer("skip"), b.ProfileAnswer("city", "gl", owner=1),
    b.Audience("all"), b.Audience("sector", "nn.energy", owner=7),
    b.BroadcastAction("stop", 42), b.CloseTicket(123456789), b.Confirm("forget", True, 9),
    b.SearchPage(0, owner=-5), b.Unfollow(2**62), b.WindowSave(False),
])
def test_every_kind_round_trips_within_64_bytes(button: CallbackData) -> None:
    data = button.pack()
    assert len(data.encode()) <= 64
    assert type(button).unpack(data) == button
    assert b.kind_of(data) is type(button)


def test_each_kind_answers_only_its_own_data() -> None:
    data = b.Card("gl22-001", "n", Facets()).pack()
    assert b.Browse.unpack(data) is None
    assert b.CardPart.unpack(data) is None


@pytest.mark.parametrize(("kind", "data"), [
    (b.Browse, None), (b.Browse, ""), (b.Browse, "hello"), (b.Browse, "z2"),
    (b.Browse, "z2|b"), (b.Browse, "z1|b|city|-.-.-.0|0"),  # an older version
    (b.Browse, "z2|b|fly|-.-.-.0|0"),  # a step that does not exist
    (b.Browse, "z2|b|city|-.-.-|0"), (b.Browse, "z2|b|city|-.-.b999.0|0"),
    (b.Browse, "z2|b|city|-.-.-.x|0"), (b.Browse, "z2|b|city|-.-.-.0|!!"),
    (b.Browse, "z2|b|city|-.-.-.0|0|extra"), (b.Browse, "z2|b|city|<script>.-.-.0|0"),
    (b.Language, "z2|l|fr|0"), (b.Menu, "z2|m|rm -rf|0"),
    (b.Card, "z2|c|<script>|n|-.-.-.0|0"), (b.Card, "z2|c|" + "a" * 80),
    (b.CardPart, "z2|x|a|zzz|0"),
    # numbers no id can be: beyond 64 bits, not base 36, a bool that is not 0/1
    (b.CloseTicket, "z2|d|" + "z" * 13), (b.Unfollow, "z2|u|zzzzzzzzzzzzz|0"),
    (b.SearchPage, "z2|s|1.5|0"), (b.Confirm, "z2|Y|forget|yes|0"),
    (b.BroadcastAction, "z2|B|stop|" + "9" * 30 + "|0"),
])
def test_forged_or_foreign_data_is_rejected(kind: type[CallbackData], data: str | None) -> None:
    assert kind.unpack(data) is None


def test_too_long_data_is_refused_when_packed() -> None:
    with pytest.raises(ValueError, match="too long"):
        b.Card("x" * 24, "b", Facets(city="a" * 24, sector="b" * 24), owner=1).pack()


@pytest.mark.parametrize("value", ["-", "has space", "a|b", "汉字", "x" * 25])
def test_text_that_cannot_travel_in_a_button_is_refused(value: str) -> None:
    with pytest.raises(ValueError):
        b.Follow("leaf", value).pack()


def test_ints_beyond_64_bits_are_refused() -> None:
    with pytest.raises(ValueError):
        b.Unfollow(2**64).pack()


def test_the_handler_pattern_matches_exactly_its_kind() -> None:
    import re

    assert re.match(b.Card.pattern(), b.Card("gl22-001", "n", Facets()).pack())
    assert not re.match(b.Card.pattern(), b.CardPart("gl22-001", "req").pack())
    assert not re.match(b.CompareShow.pattern(), b.CompareClear().pack())


def test_prefixes_are_unique_and_owner_is_last() -> None:
    kinds = list(CallbackData._kinds.values())
    assert len({kind.prefix for kind in kinds}) == len(kinds)
    for kind in kinds:
        names = [f.name for f in fields(kind)]  # type: ignore[arg-type]
        assert "owner" not in names or names[-1] == "owner", kind


# "z2|c|" + 24-char leaf + "|b|" + city + ".-.-.999" + "|1": 42 bytes around the city
@pytest.mark.parametrize(("city", "size"), [("c" * 21, 63), ("c" * 22, 64)])
def test_callback_data_up_to_exactly_64_bytes_travels(city: str, size: int) -> None:
    button = b.Card("a" * 24, "b", Facets(city=city, page=999), owner=1)
    data = button.pack()
    assert len(data.encode()) == size and b.Card.unpack(data) == button


def test_callback_data_of_65_bytes_is_refused_both_ways() -> None:
    with pytest.raises(ValueError, match="too long"):
        b.Card("a" * 24, "b", Facets(city="c" * 23, page=999), owner=1).pack()
    assert b.Card.unpack("z2|c|" + "a" * 24 + "|b|" + "c" * 23 + ".-.-.999|1") is None


@pytest.mark.parametrize(("data", "page"), [("z2|b|city|-.-.-.0|0", 0), ("z2|b|city|-.-.-.999|0", 999),
                                            ("z2|b|city|-.-.-.1000|0", None)])
def test_pages_run_from_0_to_999(data: str, page: int | None) -> None:
    button = b.Browse.unpack(data)
    assert (button.facets.page if button else None) == page


# numbers travel in base 36; 2**63 - 1 (the largest 64-bit id) is 1y2p0ij32e8e7
@pytest.mark.parametrize(("number", "data"), [
    (0, "z2|u|0|0"), (35, "z2|u|z|0"), (36, "z2|u|10|0"), (-5, "z2|u|-5|0"),
    (2**63 - 1, "z2|u|1y2p0ij32e8e7|0"), (-(2**63 - 1), "z2|u|-1y2p0ij32e8e7|0")])
def test_ints_up_to_64_bits_in_base_36(number: int, data: str) -> None:
    assert b.Unfollow(number).pack() == data
    assert b.Unfollow.unpack(data) == b.Unfollow(number)


def test_one_past_64_bits_is_refused_both_ways() -> None:
    with pytest.raises(ValueError, match="does not fit"):
        b.Unfollow(2**63).pack()
    assert b.Unfollow.unpack("z2|u|1y2p0ij32e8e8|0") is None  # 2**63
def test_a_compare_toggle_is_as_long_as_the_card_it_sits_on() -> None:
    """The toggle carries the card's way back (origin, facets), so it fits wherever the card's
    own button fits: the same fields under a one-letter prefix."""
    facets = Facets(city="fcg", sector="manufacturing", budget="w0.5", page=12)
    for leaf in ("fcg25-037", "gl22-005"):
        card = b.Card(leaf, "b", facets, owner=9_876_543_210).pack()
        toggle = b.CompareToggle(leaf, "b", facets, owner=9_876_543_210).pack()
        assert len(toggle.encode()) == len(card.encode()) <= 64
