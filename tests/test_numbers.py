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
