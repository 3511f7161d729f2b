"""A guideline read line by line by Logstash and printed with the rubydebug codec: each source
line an event `{ "lineno" => 3, "path" => "/…/指南.txt", "@timestamp" => …, "message" => "…\\r" }`,
the run's own log lines around them. The document is the file whose events are most (another
file's notice may have gone through the same run); read back as its events' messages, each on
its message's line, every other key, event and log line blank.
"""

from __future__ import annotations

import re

_KEY = re.compile(r'^\s*"(?P<key>[@\w.]+)"\s*=>\s*(?P<value>.*?)\s*,?\s*$')
_STRING = re.compile(r'^"(?P<text>(?:[^"\\]|\\.)*)"$')
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})|\\(.)")
_SIMPLE = {"r": "", "n": "", "t": "\t"}
MIN_EVENTS = 8


def is_rubydebug(raw_lines: list[str]) -> bool:
    """Events printed by rubydebug: `"message" => "…"` lines inside { … } blocks."""
    if not any("=>" in raw for raw in raw_lines):
        return False
    messages = sum(1 for raw in raw_lines if (k := _KEY.match(raw)) and k["key"] == "message")
    return messages >= MIN_EVENTS and sum(1 for raw in raw_lines if raw.strip() == "{") >= messages


def _unescaped(text: str) -> str:
    return _ESCAPE.sub(lambda e: chr(int(e[1], 16)) if e[1] else _SIMPLE.get(e[2], e[2]),
                       text).replace("\ufeff", "")


def as_read(raw_lines: list[str]) -> list[str]:
    """The messages of the file most events came from (unchanged when no rubydebug output)."""
    if not is_rubydebug(raw_lines):
        return raw_lines
    events: list[tuple[str, int, str]] = []  # (its file, the message's line, the message)
    source, message = "", None
    for at, raw in enumerate(raw_lines):
        if raw.strip() == "{":
            source, message = "", None
            continue
        if raw.strip() == "}":
            if message is not None:
                events.append((source, *message))
            continue
        key = _KEY.match(raw)
        value = _STRING.match(key["value"]) if key else None
        if key is None or value is None:
            continue
        if key["key"] in ("path", "source", "log.file.path", "file"):
            source = value["text"]
        elif key["key"] == "message":
            message = (at, _unescaped(value["text"]))
    files: dict[str, int] = {}
    for name, _, _ in events:
        files[name] = files.get(name, 0) + 1
    document = max(files, key=lambda name: files[name], default="")
    out = [""] * len(raw_lines)
    for name, at, text in events:
        if name == document:
            out[at] = text
    return out
