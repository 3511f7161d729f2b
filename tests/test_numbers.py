"""Numbers as written in the guidelines and typed by users."""

import pytest

from bot.catalogue.numbers import chinese_to_int, normalise, parse_amount_wan


@pytest.mark.parametrize(
    ("typed", "wan"),
    [("50万", 50), ("五十万", 50), ("0.5亿", 5000), ("30", 30), ("１５０万元", 150),
     ("一百二十万", 120), ("两千万", 2000), ("3000元", 0.3), ("二十万元", 20), ("abc", None),
     ("", None), ("50万 ", 50),
     # English, as the English prompts suggest ("e.g. 500k")
     ("500k", 50), ("1.5m", 150), ("2 million", 200), ("300,000 yuan", 30), ("300000 RMB", 30),
     ("30M", 3000), ("500k yuan", 50), ("5 apples", None)],
)
def test_typed_amounts_read_in_wan(typed: str, wan: float | None) -> None:
    assert parse_amount_wan(typed) == wan


@pytest.mark.parametrize(
    ("word", "value"),
    [("十", 10), ("十五", 15), ("二十", 20), ("一百零五", 105), ("三千", 3000), ("二〇一三", 2013),
     ("两", 2), ("万", None), ("", None)],
)
def test_chinese_numerals(word: str, value: int | None) -> None:
    assert chinese_to_int(word) == value


def test_normalise_folds_full_width_and_spaces_inside_numbers() -> None:
    assert normalise("不超过 150 万元，实施年限： 2 年，方向１") == "不超过 150万元,实施年限:2年,方向1"


@pytest.mark.parametrize(
    ("word", "value"),
    [("五千千千", None), ("一百千", None), ("五五十", None), ("零十", None), ("一百零", None),
     ("三百十", None), ("一百五", 150), ("两千五", 2500), ("一千零五十", 1050),
     ("九百九十九", 999)],
)
def test_only_well_formed_numerals_are_numbers(word: str, value: int | None) -> None:
    """Units fall (千 > 百 > 十) and each follows its digit: 五千千千 adds up to 7000 but is no
    number; a trailing digit after a unit is the next place (一百五 = 150, 一百零五 = 105)."""
    assert chinese_to_int(word) == value


@pytest.mark.parametrize(
    ("typed", "budget"),
    [(12.345, "w12.35"), (50, "w50"), (0.5, "w0.5"), (999_999, "w999999"), (1_000_000, None),
     (0, None), (0.001, None), (-50, None), (1e40, None), (None, None)],
)
def test_a_typed_amount_becomes_a_budget_a_button_can_carry(typed: float | None,
                                                             budget: str | None) -> None:
    from bot.browse import typed_budget
    from bot.buttons import Facets

    assert typed_budget(typed) == budget
    if budget is not None:  # and it comes back from the button unchanged
        assert Facets.decode(Facets(budget=budget).encode()) == Facets(budget=budget)
