"""Every user-visible string exists in every locale, with the same placeholders."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.i18n import DEFAULT, SUPPORTED, catalog, pick_language, placeholders, t

ROOT = Path(__file__).parent.parent


def test_locales_have_the_same_keys_and_placeholders() -> None:
    reference = catalog(DEFAULT)
    for lang in SUPPORTED:
        other = catalog(lang)
        assert sorted(other) == sorted(reference), lang
        for key, template in reference.items():
            assert placeholders(other[key]) == placeholders(template), (lang, key)


def test_every_key_used_in_code_exists() -> None:
    """Literal keys passed to t(...) in bot/ and handlers/ are all in the reference locale."""
    used = set()
    for path in [*ROOT.glob("bot/**/*.py"), *ROOT.glob("handlers/**/*.py")]:
        used |= set(re.findall(r"""\bt\([^,()]+,\s*["']([a-z_]+\.[a-z_]+)["']""",
                               path.read_text()))
    assert used, "the scan found no keys at all"
    assert sorted(used - set(catalog(DEFAULT))) == []


@pytest.mark.parametrize(("stored", "code", "lang"), [
    (None, "zh-hans", "zh_CN"), (None, "en", "en"), (None, "en-GB", "en"), (None, None, "zh_CN"),
    ("zh_CN", "en", "zh_CN"), ("en", "zh-hans", "en"), ("fr", "de", "zh_CN"),
])
def test_language_choice(stored: str | None, code: str | None, lang: str) -> None:
    assert pick_language(stored, code) == lang


def test_formatting() -> None:
    assert t("zh_CN", "card.cap", amount=150) == "最高 150 万元"
    assert t("en", "card.cap", amount="1,500,000") == "up to 1,500,000 yuan"
