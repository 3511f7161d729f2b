"""A guideline read off a phone's screen by an Android UI dump (uiautomator's window_dump.xml
of a WeChat article): a <hierarchy> of <node> elements, one a line, each with its text, its
class and its bounds on screen; a paragraph's runs (a highlighted amount, a heading's code in
its own span) separate nodes side by side on one row. Read back as the article shows it: each
row's texts joined on the line of its first node, the layout's empty containers blank.
"""

from __future__ import annotations

import html
import re

_NODE = re.compile(r"^\s*<node\b[^>]*?\btext=\"(?P<text>[^\"]*)\"[^>]*?"
                   r"\bbounds=\"\[(?P<x>-?\d+),(?P<y>-?\d+)\]\[(?P<x2>-?\d+),(?P<y2>-?\d+)\]\"")
MIN_NODES = 10


def is_ui_dump(raw_lines: list[str]) -> bool:
    """A UI dump: a <hierarchy> root and many <node text=… bounds=…> lines."""
    head = "\n".join(raw_lines[:5])
    return "<hierarchy" in head and sum(1 for raw in raw_lines if _NODE.match(raw)) >= MIN_NODES


def as_read(raw_lines: list[str]) -> list[str]:
    """The texts the screen shows, a row a line (the lines unchanged when they are no dump)."""
    if not is_ui_dump(raw_lines):
        return raw_lines
    out = [""] * len(raw_lines)
    row: tuple[int, int, int] | None = None  # (top, bottom, line) of the row being read
    for at, raw in enumerate(raw_lines):
        node = _NODE.match(raw)
        if node is None or not node["text"].strip():
            if raw.strip().startswith("</node") or node is not None:
                continue  # (a container closing or opening: the row may go on)
            row = None
            continue
        top, bottom = int(node["y"]), int(node["y2"])
        text = html.unescape(node["text"]).strip()
        if row is not None and top < row[1] and bottom > row[0]:  # beside the last: one row
            out[row[2]] += text
            continue
        row = (top, bottom, at)
        out[at] = text
    return out
