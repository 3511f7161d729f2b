"""How Chinese characters sound: pypinyin's toneless readings, one per character."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable


@functools.cache
def readings() -> Callable[[str], list[str]]:
    """pypinyin's readings, character by character, loaded on first use without its phrase
    dictionary: 45 MB every process would hold only to read polyphonic characters in context,
    where words are compared with the few they could be mistaken for one character at a time."""
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    from pypinyin import lazy_pinyin

    return lazy_pinyin
