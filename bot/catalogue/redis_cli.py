"""A guideline copied out of a redis-cli terminal session: `host:6379[3]> LRANGE notice:…:paras
0 29` prompts, each reply a line `12) "…"` whose string redis-cli quoted byte by byte (UTF-8 as
\\xNN escapes, ASCII left bare, \\n and \\" escaped). The document is the key whose replies make
the most lines (the paragraphs list, however many LRANGE calls printed it); read back as its
strings decoded, each on its reply's line, the prompts and every other key's replies blank.
"""

from __future__ import annotations

import re

_PROMPT = re.compile(r"^\s*(?:[\w.\-]+:\d+(?:\[\d+\])?|redis(?:\s+[\w.\-]+:\d+)?)>\s*(?P<cmd>.*)$")
_REPLY = re.compile(r'^\s*(?:\d+\)\s+)*"(?P<value>(?:[^"\\]|\\.)*)"\s*$')
_ESCAPE = re.compile(r"\\x([0-9a-fA-F]{2})|\\(.)")
_SIMPLE = {"n": b"\n", "r": b"\r", "t": b"\t", "a": b"\a", "b": b"\b"}
MIN_REPLIES = 10


def is_redis_session(raw_lines: list[str]) -> bool:
    """redis-cli prompts with quoted replies under them."""
    if not any(">" in raw and _PROMPT.match(raw) for raw in raw_lines):
        return False  # (most documents: no prompt at all, read cheaply)
    prompts = sum(1 for raw in raw_lines if _PROMPT.match(raw))
    replies = sum(1 for raw in raw_lines if _REPLY.match(raw))
    return prompts >= 2 and replies >= MIN_REPLIES


def _decoded(value: str) -> str:
    """A reply's string as the bytes it stood for (a line break in it joins: 标题\\n（代码：…）)."""
    out = bytearray()
    at = 0
    for escape in _ESCAPE.finditer(value):
        out += value[at:escape.start()].encode()
        if escape[1] is not None:
            out.append(int(escape[1], 16))
        else:
            out += _SIMPLE.get(escape[2], escape[2].encode())
        at = escape.end()
    out += value[at:].encode()
    return out.decode("utf-8", errors="replace").replace("\r", "").replace("\n", "")


def as_read(raw_lines: list[str]) -> list[str]:
    """The largest key's strings (unchanged when the lines are no redis-cli session)."""
    if not is_redis_session(raw_lines):
        return raw_lines
    key_of: dict[int, str] = {}  # each reply line's key, by the command above it
    key = ""
    for at, raw in enumerate(raw_lines):
        prompt = _PROMPT.match(raw)
        if prompt is not None:
            words = prompt["cmd"].split()
            key = words[1] if len(words) > 1 and words[0].upper() != "KEYS" else ""
        elif key and _REPLY.match(raw):
            key_of[at] = key
    counts: dict[str, int] = {}
    for name in key_of.values():
        counts[name] = counts.get(name, 0) + 1
    document = max(counts, key=lambda name: counts[name], default="")
    out = [""] * len(raw_lines)
    for at, name in key_of.items():
        reply = _REPLY.match(raw_lines[at])
        if name == document and reply is not None:
            out[at] = _decoded(reply["value"])
    return out
