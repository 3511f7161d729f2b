"""A guideline kept as a GNU Info file (makeinfo's output of a Texinfo retyping): nodes set
apart by a ^_ line and a `File: x.info,  Node: 支持方向,  Next: …,  Up: …` header, `* Menu:`
lists repeating each title below, `*note 名称::` references, a dir entry at the top. Read
back as the nodes' text, each line where it stood; the headers (whose Next:/Prev: name other
nodes), menus and Info's own markers blank.
"""

from __future__ import annotations

import re

_PRODUCED = re.compile(r"^This is .+\.info, produced by makeinfo\b")
_NODE_HEADER = re.compile(r"^\s*File:\s*\S+\.info,\s+Node:\s*[^,]+(?:,\s+(?:Next|Prev|Up):[^,]*)*$")
_MENU = re.compile(r"^\s*\*\s*Menu:\s*$|^\*\s+[^:]+::(?:\s|$)|^\*\s+[^:]+:\s*\([^)]*\)")
_MARKERS = re.compile(r"^\s*(?:\x1f|\x7f|INFO-DIR-SECTION\b.*|START-INFO-DIR-ENTRY"
                      r"|END-INFO-DIR-ENTRY|-{5,}\s*Footnotes\s*-{5,})\s*$")
_NOTE_REF = re.compile(r"\*[Nn]ote\s+([^:]+)::")
MIN_NODES = 2


def is_info_file(raw_lines: list[str]) -> bool:
    """makeinfo's output: its banner or several node headers."""
    if not any("Node:" in raw for raw in raw_lines):
        return False
    headers = sum(1 for raw in raw_lines if _NODE_HEADER.match(raw))
    return headers >= MIN_NODES and (any(_PRODUCED.match(raw) for raw in raw_lines[:3])
                                      or any("\x1f" in raw for raw in raw_lines))


def as_read(raw_lines: list[str]) -> list[str]:
    """The nodes' text (unchanged when the lines are no Info file)."""
    if not is_info_file(raw_lines):
        return raw_lines
    out: list[str] = []
    for at, raw in enumerate(raw_lines):
        if (at < 3 and _PRODUCED.match(raw)) or _NODE_HEADER.match(raw) or _MENU.match(raw) \
                or _MARKERS.match(raw):
            out.append("")
        else:
            out.append(_NOTE_REF.sub(r"\1", raw))
    if out and out[0] == "" and len(raw_lines) > 1 and raw_lines[1].strip().endswith(".texi."):
        out[1] = ""  # (the banner's second line: `lanxi.texi.`)
    return out
