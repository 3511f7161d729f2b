"""A guideline saved from a debugging proxy's capture (Fiddler, Charles, a raw `curl -i` of a
chunked download): the request and response headers, then the body with the chunked transfer
framing left in — a hex byte count on a line of its own every few hundred bytes, cutting a
sentence wherever the count fell. Read back as the body the browser would show; each line where
it was (a sentence the framing cut stays on the line it starts on).
"""

from __future__ import annotations

import re

_REQUEST = re.compile(r"^(?:GET|POST|HEAD)\s+\S+\s+HTTP/\d(?:\.\d)?\s*$")
_STATUS = re.compile(r"^HTTP/\d(?:\.\d)?\s+\d{3}\b")
_HEADER = re.compile(r"^[A-Za-z][A-Za-z0-9-]*:\s")
_CHUNKED = re.compile(r"^Transfer-Encoding:\s*chunked\s*$", re.I)
_CHUNK_SIZE = re.compile(r"^[0-9a-fA-F]{1,6}(?:;[^\n]*)?$")


def is_capture(raw_lines: list[str]) -> bool:
    """A capture: a status line among its first lines, and its headers."""
    head = [raw.strip() for raw in raw_lines[:40]]
    return any(_STATUS.match(line) for line in head) \
        and sum(1 for line in head if _HEADER.match(line)) >= 3


def as_received(raw_lines: list[str]) -> list[str]:
    """The body as received, line for line (unchanged when it is no capture)."""
    if not is_capture(raw_lines):
        return raw_lines
    out = list(raw_lines)
    lines = [raw.strip() for raw in raw_lines]
    status = next(i for i, line in enumerate(lines) if _STATUS.match(line))
    chunked = False
    index = 0
    while index < len(lines) and (index <= status or lines[index]):
        chunked = chunked or bool(_CHUNKED.match(lines[index]))
        if index < status and not (_REQUEST.match(lines[index]) or _HEADER.match(lines[index])
                                   or not lines[index]):
            return raw_lines  # (text before the exchange: not a capture's file)
        out[index] = ""
        index += 1
    if not chunked:
        return out
    home = list(range(len(out)))  # where each line's words are now (a cut line's: its start)
    at = index + 1  # the body's first line: its first chunk's size
    while at < len(lines) and not lines[at]:
        at += 1
    while at < len(lines):
        size = _chunk_size(lines[at])
        if size is not None:
            out[at] = ""
            if size == 0:
                break  # the last chunk: trailers and the end follow
            cut = at - 1  # the line the framing cut, carried on by the line after the count
            if cut > index and lines[cut] and at + 1 < len(out):
                out[home[cut]] = out[home[cut]].rstrip("\r\n") + out[at + 1].lstrip("\r\n")
                out[at + 1] = ""
                home[at + 1] = home[cut]
            at += 1
        at += 1
    return out[:at] + [""] * (len(out) - at)


def _chunk_size(line: str) -> int | None:
    """A chunk's byte count (0 for the last), None for a line of text: a count is hex, and a
    chunk is at least 64 bytes unless it is the last."""
    if not _CHUNK_SIZE.match(line):
        return None
    size = int(line.split(";")[0], 16)
    return size if size == 0 or size >= 64 else None
