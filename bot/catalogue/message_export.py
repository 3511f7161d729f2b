"""A guideline posted to a chat channel a paragraph a message and exported as pretty-printed
JSON (Slack's channel export, a Teams or 飞书 bot's history): an array of message objects, one
key a line, each message's words under one key ("text", "content" …) with JSON and HTML escapes
(\\u…, \\/, &amp;) and its line breaks as \\n; other people's replies between (mentions, emoji).
Read back as the poster's messages: each message's first line on the line of its key, the
lines after on the object's following lines (which hold only its other keys); everything else
blank.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter

_KEY_LINE = re.compile(r'^\s*"(?P<key>[^"\\]+)"\s*:\s*(?P<value>"(?:[^"\\]|\\.)*")\s*,?\s*$')
_OPEN = re.compile(r"^\s*\{\s*$")
_CLOSE = re.compile(r"^\s*\}\s*,?\s*$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# who posted a message, by the keys exports use
AUTHOR_KEYS = ("username", "user", "bot_id", "author", "sender", "from", "user_name")
MIN_MESSAGES = 5


def _objects(raw_lines: list[str]) -> list[tuple[int, int, dict[str, tuple[int, str]]]]:
    """Each flat object: (its first line, its last line, key → (line, decoded value))."""
    found = []
    start: int | None = None
    keys: dict[str, tuple[int, str]] = {}
    for at, raw in enumerate(raw_lines):
        if _OPEN.match(raw):
            start, keys = at, {}
        elif start is not None and _CLOSE.match(raw):
            found.append((start, at, keys))
            start = None
        elif start is not None and (pair := _KEY_LINE.match(raw)) is not None:
            try:
                keys[pair["key"]] = (at, html.unescape(json.loads(pair["value"])))
            except ValueError:
                continue
    return found


def as_read(raw_lines: list[str]) -> list[str]:
    """The poster's messages, line for line (unchanged when it is no such export)."""
    head = "".join(raw_lines[:3]).lstrip("\ufeff").lstrip()
    if not head.startswith(("[", "{")):
        return raw_lines
    objects = _objects(raw_lines)
    worded = Counter(key for _, _, keys in objects for key, (_, value) in keys.items()
                     if _CJK.search(value))
    if not worded:
        return raw_lines
    text_key = max(worded, key=lambda key: len({keys[key][1] for _, _, keys in objects
                                                if key in keys and _CJK.search(keys[key][1])}))
    said = [keys for _, _, keys in objects if text_key in keys]
    if len(said) < MIN_MESSAGES:
        return raw_lines
    author_key = next((key for key in AUTHOR_KEYS if any(key in keys for keys in said)), None)
    authors = Counter(keys[author_key][1] for keys in said
                      if author_key in keys and _CJK.search(keys[text_key][1])) \
        if author_key else Counter()
    poster = authors.most_common(1)[0][0] if authors else None
    out = [""] * len(raw_lines)
    for _, end, keys in objects:
        author = keys.get(author_key or "", (0, ""))[1]
        if text_key not in keys or (poster is not None and author != poster):
            continue  # (another's reply: a mention, an emoji)
        at, text = keys[text_key]
        pieces = [piece for piece in text.split("\n") if piece.strip()]
        spare = list(range(at + 1, end))  # (its other keys' lines: blank)
        out[at] = pieces[0] if pieces else ""
        for piece in pieces[1:]:
            if spare:
                out[spare.pop(0)] = piece
            else:
                out[at] += piece
    return out
