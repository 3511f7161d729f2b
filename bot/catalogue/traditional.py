"""A guideline copied while a bureau site's 繁體 view was on: read in simplified characters,
its leaves' texts given back as written.

The parser's words (headings, labels, section names) are simplified; matching every one of them
against both scripts would touch every rule. Instead the document is read through a
character-for-character simplified copy, so every offset in the copy is the same offset in the
original, and each text a leaf quotes (title, plan, office, content …) is cut from the original
at the place the copy has it. Named values (funding modes, qualifications, sectors) stay in the
catalogue's simplified vocabulary.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import Any

from bot.catalogue.models import Leaf
from bot.catalogue.numbers import traditional_chars

# share of a document's Han characters written differently in simplified Chinese above which
# it is a traditional text: ~20–30% in one, a stray 後 or 萬 now and then in a simplified one
TRADITIONAL_SHARE = 0.05
QUOTED = ("title", "plan", "group", "parent", "office", "content", "indicators", "requirements",
          "funding_text", "period_text", "quota_text", "matching_text")


HAN = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _written_differently() -> re.Pattern[str]:
    return re.compile("[" + "".join(map(chr, _table())) + "]")


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """Each traditional character's simplified one, where it is one character (so the copy
    keeps every offset)."""
    return {ord(a): b for a, b in traditional_chars().items() if len(b) == 1}


def as_simplified(raw_lines: list[str]) -> list[str] | None:
    """The document in simplified characters, line for line and offset for offset; None when
    it is not written in traditional characters."""
    text = "\n".join(raw_lines)
    changed = len(_written_differently().findall(text))
    if not changed or changed < TRADITIONAL_SHARE * len(HAN.findall(text)):
        return None
    table = _table()
    return [line.translate(table) for line in raw_lines]


def as_written(leaves: list[Leaf], raw_lines: list[str], simplified: list[str]) -> list[Leaf]:
    """The leaves with each quoted text cut from the original at the place the copy has it (a
    text joined from several lines piece by piece; one not found stays as read)."""
    copy, original = "\n".join(simplified), "\n".join(raw_lines)

    def back(text: str) -> str:
        at = copy.find(text)
        if at >= 0:
            return original[at:at + len(text)]
        return "\n".join(back(piece) for piece in text.split("\n")) if "\n" in text else text

    def written(leaf: Leaf) -> Leaf:
        changes: dict[str, Any] = {name: back(value) for name in QUOTED
                                   if isinstance(value := getattr(leaf, name), str)}
        changes["other_fields"] = {back(key): back(value)
                                   for key, value in leaf.other_fields.items()}
        return dataclasses.replace(leaf, **changes)

    return [written(leaf) for leaf in leaves]
