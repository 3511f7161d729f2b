"""A guideline kept in a Leo outliner file (`.leo`, XML): the outline is only the nesting of
`<v>` nodes, each with its headline `<vh>`, and every body sits apart in `<tnodes>`, sorted by
node id rather than by the outline. Read back as each headline in outline order (its line the
headline's own) followed by its body's lines; clones (a `<v>` without a headline) are left
out, and of several outlines at the top only the largest is the document (a firm's own notes
beside the bureau's guideline are not).
"""

from __future__ import annotations

import html
import re

_NODE = re.compile(r"<v\s+t=\"(?P<id>[^\"]+)\"[^>]*>(?:\s*<vh>(?P<head>.*?)</vh>)?")
_CLOSE = re.compile(r"</v>")
_BODY_START = re.compile(r"^\s*<t\s+tx=\"(?P<id>[^\"]+)\"[^>]*>(?P<rest>.*)$")
MIN_HEADLINES = 5


def _bodies(raw_lines: list[str]) -> dict[str, list[tuple[str, int]]]:
    """Each node's body: its lines and where each stands."""
    bodies: dict[str, list[tuple[str, int]]] = {}
    current: list[tuple[str, int]] | None = None
    for at, raw in enumerate(raw_lines, start=1):
        start = _BODY_START.match(raw) if current is None else None
        text = raw
        if start is not None:
            current = bodies.setdefault(start["id"], [])
            text = start["rest"]
        if current is None:
            continue
        ended = "</t>" in text
        text = text.split("</t>", 1)[0]
        if text.strip():
            current.append((html.unescape(text), at))
        if ended:
            current = None
    return bodies


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """Headlines in outline order, each with its body, and the line each comes from; None when
    the lines are no Leo outline."""
    if not any("<leo_file" in raw for raw in raw_lines[:5]) \
            or not any("<vnodes>" in raw for raw in raw_lines):
        return None
    bodies = _bodies(raw_lines)
    outlines: list[list[tuple[str, int]]] = []
    depth = 0
    in_nodes = False
    for at, raw in enumerate(raw_lines, start=1):
        if "<vnodes>" in raw:
            in_nodes = True
        if not in_nodes:
            continue
        if "</vnodes>" in raw:
            break
        for token in re.finditer(r"<v\s[^>]*>(?:\s*<vh>.*?</vh>)?|</v>", raw):
            if _CLOSE.fullmatch(token.group(0)):
                depth -= 1
                continue
            node = _NODE.match(token.group(0))
            if node is None:
                continue
            if depth == 0:
                outlines.append([])
            if not token.group(0).endswith("/>"):
                depth += 1
            if node["head"] is None:
                continue  # a clone: its node is read where it stands first
            outlines[-1].append((html.unescape(node["head"]), at))
            outlines[-1].extend(bodies.get(node["id"], []))
    document = max(outlines, key=len, default=[])
    if sum(1 for _, at in document if raw_lines[at - 1].lstrip().startswith("<v")) \
            < MIN_HEADLINES:
        return None
    return [text for text, _ in document], [at for _, at in document]
