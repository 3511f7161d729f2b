"""A guideline passed on as a reading app's notes export (微信读书 and its kin): the book's title,
a count of notes (41个笔记), ◆ chapter lines, each highlighted passage after ">> ", and the
reader's own thoughts (◆ 2023/04/11发表想法 ⏎ the thought ⏎ 原文：the passage quoted again).
Read back as the highlighted text: chapters and passages as they stand, the thoughts and their
quotes blank (they repeat a heading or a term, and are no part of the guideline); each line
where it was.
"""

from __future__ import annotations

import re

_COUNT = re.compile(r"^\s*\d{1,4}\s*个笔记\s*$")
_CHAPTER = re.compile(r"^\s*◆\s*(?P<text>\S.*)$")
_PASSAGE = re.compile(r"^\s*>>\s?(?P<text>.*)$")
_THOUGHT = re.compile(r"^\s*◆\s*\d{4}/\d{1,2}/\d{1,2}\s*发表想法\s*$")
MIN_PASSAGES = 3


def is_reading_notes(raw_lines: list[str]) -> bool:
    """A notes export: its count of notes near the top, ◆ chapters, and passages after >> or
    dated thoughts (the >> may be gone already, read as a mail's quoting)."""
    return any(_COUNT.match(raw) for raw in raw_lines[:12]) \
        and any(_CHAPTER.match(raw) for raw in raw_lines) and (
            sum(1 for raw in raw_lines if _PASSAGE.match(raw)) >= MIN_PASSAGES
            or any(_THOUGHT.match(raw) for raw in raw_lines))


def as_read(raw_lines: list[str]) -> list[str]:
    """The highlighted text, line for line (unchanged when it is no notes export)."""
    if not is_reading_notes(raw_lines):
        return raw_lines
    result: list[str] = []
    thought = ""  # "header": a thought's date line seen; "said": its text under way
    for raw in raw_lines:
        if _THOUGHT.match(raw):
            thought = "header"
            result.append("")
            continue
        if thought and not _PASSAGE.match(raw) and not _CHAPTER.match(raw):
            if raw.strip():
                thought = "said"  # the thought, and 原文：… it quotes
            elif thought == "said":
                thought = ""  # (the blank line closing it)
            result.append("")
            continue
        thought = ""
        passage, chapter = _PASSAGE.match(raw), _CHAPTER.match(raw)
        if _COUNT.match(raw):
            result.append("")
        elif passage is not None:
            result.append(passage["text"])
        elif chapter is not None:
            result.append(chapter["text"])
        else:
            result.append(raw)
    return result
