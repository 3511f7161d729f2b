"""UI strings from locales/*.toml, keyed; zh_CN is the default and the reference locale.

Every user-visible string lives in a locale file so translators never touch code; a test fails
when a key is missing in any locale or a placeholder differs between them.
"""

from __future__ import annotations

import string
import tomllib
from functools import cache
from pathlib import Path

from bot.config import PROJECT_ROOT

LOCALES_DIR = PROJECT_ROOT / "locales"
DEFAULT = "zh_CN"
SUPPORTED = ("zh_CN", "en")


@cache
def catalog(lang: str, directory: Path = LOCALES_DIR) -> dict[str, str]:
    """All keys of one locale, flattened: [card] title = … becomes "card.title"."""
    with (directory / f"{lang}.toml").open("rb") as handle:
        raw = tomllib.load(handle)
    flat: dict[str, str] = {}

    def walk(prefix: str, node: dict[str, object]) -> None:
        for key, value in node.items():
            name = f"{prefix}{key}"
            if isinstance(value, dict):
                walk(f"{name}.", value)
            else:
                flat[name] = str(value)

    walk("", raw)
    return flat


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def pick_language(stored: str | None, telegram_code: str | None) -> str:
    """A remembered choice wins; otherwise English only when Telegram says so."""
    if stored in SUPPORTED:
        return stored
    if telegram_code and telegram_code.lower().startswith("en"):
        return "en"
    return DEFAULT


def t(lang: str, key: str, **values: object) -> str:
    """The string for `key` in `lang` (falling back to zh_CN), formatted with `values`."""
    template = catalog(lang if lang in SUPPORTED else DEFAULT).get(key)
    if template is None:
        template = catalog(DEFAULT)[key]
    return template.format(**values) if values else template
