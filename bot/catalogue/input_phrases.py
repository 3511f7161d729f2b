"""A guideline kept as an input method's custom phrases (搜狗拼音's 自定义短语 file, which a
service window types answers from): `;` comment lines, then phrases one a line as
`code,position=text`, or `code,position=` alone with the phrase's lines under it, up to a blank
line. Read as the phrases' text, line for line: comments (a withdrawn phrase commented out
among them) and the code before each phrase blanked.
"""

from __future__ import annotations

import re

_PHRASE = re.compile(r"^(?P<code>[a-z][a-z0-9]{0,15}),(?P<pos>\d{1,2})=(?P<text>.*)$")
_COMMENT = re.compile(r"^\s*;")
MIN_PHRASES = 5


def is_phrase_file(raw_lines: list[str]) -> bool:
    """Five or more `code,position=` phrases and `;` comments, and nothing else starting a
    paragraph: every line after a blank one a phrase or a comment."""
    phrases = sum(1 for raw in raw_lines if _PHRASE.match(raw.strip()))
    if phrases < MIN_PHRASES or not any(_COMMENT.match(raw) for raw in raw_lines):
        return False
    return all(_PHRASE.match(raw.strip()) or _COMMENT.match(raw)
               for before, raw in zip(["", *raw_lines], raw_lines, strict=False)
               if not before.strip() and raw.strip())


def as_typed(raw_lines: list[str]) -> list[str]:
    """The phrases' text, line for line (unchanged when the text is no phrase file)."""
    if not is_phrase_file(raw_lines):
        return raw_lines
    out = []
    for raw in raw_lines:
        phrase = _PHRASE.match(raw.strip())
        out.append("" if _COMMENT.match(raw) else phrase["text"] if phrase else raw)
    return out
