"""Numbers as written in the guidelines and typed by users."""

import unicodedata

import pytest

from bot.catalogue import fields as fx
from bot.catalogue.numbers import (
    amount_to_wan,
    chinese_to_int,
    clean_number,
    nfkc,
    normalise,
    parse_amount_wan,
)


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


# 1万 = 10,000元; 1千元 = 0.1万; 1亿 = 10,000万. Written out, not computed.
@pytest.mark.parametrize(
    ("typed", "wan"),
    [
        ("300元", 0.03), ("3000元", 0.3), ("3,000元", 0.3), ("3，000元", 0.3),
        ("2,000,000元", 200), ("２，０００，０００元", 200), ("３０００元", 0.3),
        ("500千元", 50), ("5,000千元", 500), ("３００千元", 30), ("0.5千元", 0.05),
        ("50万元", 50), ("50万", 50), ("1,000万元", 1000), ("１，０００万元", 1000),
        ("０.５万元", 0.5), ("12.5万", 12.5),
        ("1亿", 10000), ("1亿元", 10000), ("1.5亿元", 15000), ("０.０５亿", 500),
        ("0.00005亿元", 0.5),  # 5,000元: a fraction of 万 survives the 亿 conversion
        ("1,2亿", None),  # a comma that separates no thousands is no number
    ],
)
def test_every_money_unit_with_and_without_separators(typed: str, wan: float | None) -> None:
    assert parse_amount_wan(typed) == wan


@pytest.mark.parametrize(
    ("number", "unit", "wan"),
    [("3", "元", 0.0003), ("3", "千元", 0.3), ("3", "万元", 3), ("3", "万", 3), ("3", "亿元", 30000),
     ("3", "亿", 30000), ("3", None, 3), ("三", "亿", 30000), ("二十", "千元", 2), ("x", "万", None)],
)
def test_amount_to_wan_for_each_unit(number: str, unit: str | None, wan: float | None) -> None:
    assert amount_to_wan(number, unit) == wan


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
@pytest.mark.parametrize(("value", "shown"), [(150.0, 150), (0.5, 0.5), (12.345678, 12.3457),
                                              (0.00005, 0.0001), (None, None)])
def test_clean_number_drops_a_zero_fraction_and_keeps_four_places(
        value: float | None, shown: float | int | None) -> None:
    cleaned = clean_number(value)
    assert (cleaned, type(cleaned)) == (shown, type(shown))


def test_an_ocr_zero_among_digits_is_a_zero_but_a_year_in_numerals_stays() -> None:
    """A scan read by OCR writes 0 as 〇 (资助1〇万元, 3〇〇万元, 2〇21年): among digits it is a 0;
    a date written in numerals (二〇二〇年) is no digit's neighbour and stays as written."""
    assert normalise("县本级财政资金资助1〇万元") == "县本级财政资金资助10万元"
    assert normalise("安排资金3〇〇万元；2〇21年") == "安排资金300万元;2021年"
    assert normalise("二〇二〇年七月") == "二〇二〇年七月"
    assert fx.parse_funding("县本级财政资金资助1〇万元").max_wan == 10


@pytest.mark.parametrize("text", [
    "每项资助不超过５０万元，执行期２年（２０２６年７月—２０２８年６月）。",
    "⼀、重点研发计划 ㈠ 先进制造 ① 方向⑴",  # Kangxi radicals, enclosed ideographs, circled
    "ｅ\u0301 café\u0301 ｶﾞ ｶ\u3099",  # a combining mark after a full-width letter: composed
    "ﬁ ℃ ™ ½ ² Ⅻ ㎡ 㐀 \U0002f800",  # forms outside the folded blocks: the full fold
    "",
])
def test_nfkc_is_unicodedata_nfkc(text: str) -> None:
    """The fast fold gives exactly what unicodedata's NFKC gives, composition included."""
    assert nfkc(text) == unicodedata.normalize("NFKC", text)


def test_nfkc_every_bmp_character() -> None:
    for start in range(0, 0x10000, 4096):
        chunk = "".join(chr(cp) for cp in range(start, start + 4096)
                        if not 0xD800 <= cp <= 0xDFFF)
        for text in (chunk, "a\u0301" + chunk[:200] + "\u3099"):
            assert nfkc(text) == unicodedata.normalize("NFKC", text)
