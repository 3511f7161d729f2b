"""Last readings of a text the parser found (almost) no directions in: channels no reader knows
yet, read by what most such channels share — the guideline's words in string literals of some
source or data file, each line behind the same machine prefix (a logger's, a viewer's, a quote
mark) or before the same machine columns (a TSV export's), or the text between the tags of
some markup. Each gives the lines it reads and the line of the file each comes from; the parser
keeps whichever reading finds the most directions with clean titles.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

_CJK = re.compile(r"[\u4e00-\u9fff]")
# "…" or '…' with backslash escapes; a literal never spans a raw line break
_LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"|\'((?:[^\'\\\n]|\\.)*)\'')
_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[nrt\"'\\/])")
# (greedy: the last separator before the text, so a time's 09:15 is inside the prefix)
_PREFIX = re.compile(r"^(?P<junk>[^\u3000-\u9fff\uff00-\uffef]{2,80}[\]|>:=\t#;)-])\s*(?=\S)")
# a machine's columns after the text (a TSV export, a menu's selector, host and port)
_SUFFIX = re.compile(r"(?P<junk>(?:\t|\s\|\s?)[^\u3000-\u9fff\uff00-\uffef]{1,120})$")
_TAGGED = re.compile(r">([^<>]*[\u4e00-\u9fff][^<>]*)<")
MIN_LINES = 5
PREFIXED_SHARE = 0.6


def _unescaped(literal: str) -> str:
    def one(match: re.Match[str]) -> str:
        code = match[1]
        if code[0] in "ux":
            return chr(int(code[1:], 16))
        return {"n": "\n", "r": "", "t": "\t"}.get(code, code)
    return _ESCAPE.sub(one, literal)


def string_literals(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The Chinese string literals of a source or data file (a script, a resource file, a
    quoted export), in order, an escaped line break a line break."""
    lines: list[str] = []
    numbers: list[int] = []
    for number, raw in enumerate(raw_lines, start=1):
        for match in _LITERAL.finditer(raw):
            text = _unescaped(match[1] if match[1] is not None else match[2])
            if not _CJK.search(text):
                continue
            for piece in text.split("\n"):
                if piece.strip():
                    lines.append(piece.strip())
                    numbers.append(number)
    return (lines, numbers) if len(lines) >= MIN_LINES else None


def _shape(junk: str) -> str:
    return re.sub(r"[A-Za-z]+", "a", re.sub(r"\d+", "0", junk))


def unprefixed(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """Lines behind one machine prefix (a time and a level, a line number and a bar, a quote
    mark): the prefix most of them share, by its shape, taken off."""
    raw_lines = [_unescaped(raw) if "\\u" in raw else raw for raw in raw_lines]  # (\u5357…)
    junks = [(m["junk"] if (m := _PREFIX.match(raw)) else None) for raw in raw_lines]
    shape = _shared_shape(raw_lines, junks)
    if shape is None:
        return None
    lines: list[str] = []
    numbers: list[int] = []
    for number, (raw, junk) in enumerate(zip(raw_lines, junks, strict=True), start=1):
        if junk is None:
            continue
        if _shape(junk) != shape:
            if not (_kin(_shape(junk), shape) and _WIDE.search(raw[len(junk):])):
                continue
            # (its prefix ends where the common one does: [… 0012/0057 cont] :1。 keeps :1。)
            junk = junk[:junk.rfind(shape[-1]) + 1] or junk
        lines.append(raw[len(junk):].strip())
        numbers.append(number)
    return (lines, numbers) if len(lines) >= MIN_LINES else None


def _shared_shape(raw_lines: list[str], junks: list[str | None]) -> str | None:
    """The shape of machine text most lines carry (at least PREFIXED_SHARE of them), if any."""
    said = sum(1 for raw in raw_lines if raw.strip())
    shapes = Counter(_shape(junk) for junk in junks if junk is not None)
    if not shapes or not said:
        return None
    shape, count = shapes.most_common(1)[0]
    return shape if count >= PREFIXED_SHARE * said else None


_WIDE = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def _kin(shape: str, common: str) -> bool:
    """A prefix of the same source in another form (a record's `cont` mark after its number):
    the first half of the common shape the same. (Another program's lines in the same log
    share as much, but carry no Chinese after it.)"""
    same = next((at for at, (a, b) in enumerate(zip(shape, common, strict=False)) if a != b),
                min(len(shape), len(common)))
    return same >= len(common) / 2


def unsuffixed(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """Lines followed by one machine's columns (TAB- or bar-separated, no Chinese in them): the
    columns most of them share, by their shape, taken off — the text is the first column."""
    junks = [(m["junk"] if (m := _SUFFIX.search(raw.rstrip("\r"))) and _CJK.search(
        raw[:m.start()]) else None) for raw in raw_lines]
    shape = _shared_shape(raw_lines, junks)
    if shape is None:
        return None
    lines: list[str] = []
    numbers: list[int] = []
    for number, (raw, junk) in enumerate(zip(raw_lines, junks, strict=True), start=1):
        if junk is not None and _shape(junk) == shape:
            lines.append(raw.rstrip("\r")[:-len(junk)].strip())
            numbers.append(number)
    return (lines, numbers) if len(lines) >= MIN_LINES else None


def tag_texts(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The Chinese text between the tags of some markup, each run a line."""
    lines: list[str] = []
    numbers: list[int] = []
    for number, raw in enumerate(raw_lines, start=1):
        for match in _TAGGED.finditer(raw):
            text = match[1].strip()
            if text:
                lines.append(text)
                numbers.append(number)
    return (lines, numbers) if len(lines) >= MIN_LINES else None


_KEY_VALUE = re.compile(r"^(?P<key>[A-Za-z_][\w.\-\[\]/]{0,80})\s*[=:]\s?(?P<value>.*)$")
KEYED_SHARE = 0.6


def key_values(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The values of a key = value file (a Java .properties bundle: \\uXXXX escapes, a
    trailing backslash going on to the next line, # comments), each at its key's line."""
    said = [raw for raw in raw_lines if raw.strip() and not raw.lstrip().startswith(("#", "!"))]
    if not said:
        return None
    lines: list[str] = []
    numbers: list[int] = []
    keyed = 0
    going_on = False
    for number, raw in enumerate(raw_lines, start=1):
        text = raw.rstrip("\r")
        if going_on:  # (a value a backslash carried over, its indent no part of it)
            lines[-1] += text.strip()
        elif (pair := _KEY_VALUE.match(text.strip())) is not None \
                and not text.lstrip().startswith(("#", "!")):
            keyed += 1
            lines.append(pair["value"])
            numbers.append(number)
        else:
            going_on = False
            continue
        going_on = lines[-1].endswith("\\") and not lines[-1].endswith("\\\\")
        if going_on:
            lines[-1] = lines[-1][:-1]
    if keyed < KEYED_SHARE * (len(said) - sum(1 for raw in said if raw[:1] in " \t")):
        return None
    values = [(_unescaped(value).strip(), number) for value, number in zip(lines, numbers,
                                                                          strict=True)]
    kept = [(value, number) for value, number in values if _CJK.search(value)]
    if len(kept) < MIN_LINES:
        return None
    return [value for value, _ in kept], [number for _, number in kept]


READINGS: tuple[Callable[[list[str]], tuple[list[str], list[int]] | None], ...] = (
    string_literals, unprefixed, unsuffixed, key_values, tag_texts)

# a title still wrapped in a channel's marks: a quote, a TAB, an escape, a key before it
_WRAPPED_TITLE = re.compile(r'["\t\\]|^[A-Za-z_][\w.\-]*\s*[=:(]|^\W*$')


def clean_titles(titles: list[str]) -> int:
    """How many of a reading's titles are words, not a channel's marks around them."""
    return sum(1 for title in titles if _CJK.search(title) and not _WRAPPED_TITLE.search(title))
