"""A guideline clipped into a SiYuan (思源笔记) note, as the .sy document file SiYuan writes: one
JSON block tree (NodeDocument → NodeHeading / NodeParagraph / NodeList → NodeListItem …), the
words only in the `"Data"` of NodeText runs and the `"TextMarkTextContent"` of bold, tag and
highlight runs, so a paragraph is cut into several lines where its style changes, and an
ordered list's numbers only in its items' `"Data"`. Read back as the note's paragraphs, each on
the line of its first run: headings and paragraphs as written, an ordered item numbered as
SiYuan draws it (1．title), a bulleted item's bold title (● title) apart from the words after
its colon; the firm's own blocks — quotes, to-do items, embedded queries — left out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

# a run's words (and the other "Data" lines: an item's number, a quote's marker …), one a line
_RUN = re.compile(r'^\s*"(?:Data|TextMarkTextContent)":\s*".*"\s*,?\s*$')
_ASIDE = {"NodeBlockquote", "NodeBlockQueryEmbed"}  # (the reader's quotes, embedded queries)
_BLOCKS = {"NodeParagraph", "NodeHeading"}
MIN_BLOCKS = 10


def as_read(raw_lines: list[str]) -> list[str]:
    """The note's paragraphs, line for line (unchanged when the lines are no SiYuan note)."""
    head = "\n".join(raw_lines[:12])
    if '"NodeDocument"' not in head or '"Spec"' not in head:
        return raw_lines
    try:
        document = json.loads("\n".join(raw_lines))
    except ValueError:
        return raw_lines
    if not isinstance(document, dict) or document.get("Type") != "NodeDocument":
        return raw_lines
    runs = [at for at, raw in enumerate(raw_lines, start=1) if _RUN.match(raw)]
    placed: dict[int, int] = {}  # id(node) → the line its "Data" stands on
    for node, at in zip(_with_words(document), runs, strict=False):
        placed[id(node)] = at
    out = [""] * len(raw_lines)
    blocks = 0
    for text, at in _paragraphs(document, placed):
        if 0 < at <= len(out):
            out[at - 1] = text
            blocks += 1
    return out if blocks >= MIN_BLOCKS else raw_lines


def _children(node: dict[str, Any]) -> list[dict[str, Any]]:
    children = node.get("Children")
    return [c for c in children if isinstance(c, dict)] if isinstance(children, list) else []


def _with_words(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every node holding a "Data" or a "TextMarkTextContent", in the order the file writes
    them (each key where it stands among the node's keys, its children where theirs do)."""
    for key, value in node.items():
        if key in ("Data", "TextMarkTextContent") and isinstance(value, str):
            yield node
        elif key == "Children":
            for child in _children(node):
                yield from _with_words(child)


def _runs(block: dict[str, Any], placed: dict[int, int]) -> list[tuple[str, int, bool]]:
    """A paragraph's runs: (words, line, bold)."""
    found: list[tuple[str, int, bool]] = []
    for child in _children(block):
        if child.get("Type") == "NodeText" and isinstance(child.get("Data"), str):
            found.append((child["Data"], placed.get(id(child), 0), False))
        elif child.get("Type") == "NodeTextMark":
            words = child.get("TextMarkTextContent")
            if isinstance(words, str):
                bold = "strong" in str(child.get("TextMarkType", ""))
                found.append((words, placed.get(id(child), 0), bold))
    return found


def _paragraphs(node: dict[str, Any], placed: dict[int, int],
                number: str = "", bullet: bool = False) -> Iterator[tuple[str, int]]:
    kind = node.get("Type")
    if kind in _ASIDE:
        return
    if kind == "NodeListItem":
        children = _children(node)
        if any(c.get("Type") == "NodeTaskListItemMarker" for c in children):
            return  # a to-do of the reader's, no part of the guideline
        ordered = isinstance(node.get("Data"), str) and node["Data"].isdigit()
        for index, child in enumerate(children):
            first = index == 0
            yield from _paragraphs(child, placed, f"{node['Data']}．" if ordered and first else "",
                                   bullet=first and not ordered)
        return
    if kind in _BLOCKS:
        runs = [(words, at, bold) for words, at, bold in _runs(node, placed) if words.strip()]
        if not runs:
            return
        words, at, bold = runs[0]
        rest = "".join(w for w, _, _ in runs[1:])
        if bold and bullet and rest.lstrip().startswith(("：", ":")) and runs[1][1] != at:
            # ● 高山蔬菜病虫害绿色防控技术 ⏎ ：开展…: a bulleted item's bold title, then its body
            yield f"● {words.strip()}", at
            yield rest.lstrip().lstrip("：:").strip(), runs[1][1]
            return
        yield number + "".join(w for w, _, _ in runs).strip(), at
        return
    for child in _children(node):
        yield from _paragraphs(child, placed)
