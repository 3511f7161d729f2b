"""A guideline drawn as a Mermaid mind map (the `mindmap` diagram Typora, Obsidian and GitLab
render): a node a line, its place in the tree by its indent, each node an optional id and its
words in a shape — [square], (rounded), ((circle)), )bang(, ))cloud((, {{hexagon}}, the words
quoted or not — with %% comments and ::icon(…) decorations between. Read back as the nodes'
words, each on the line it was on (the outline comes from the words' own numbering); the
diagram's keyword, comments and icons blank.
"""

from __future__ import annotations

import re

_KEYWORD = re.compile(r"^\s*mindmap\s*$")
_COMMENT = re.compile(r"^\s*%%")
_DECORATION = re.compile(r"^\s*:::?\s*\S|^\s*::icon\(")
# (the shapes, the longest first: (( before (, )) before ), {{ before {)
_SHAPES = (("((", "))"), ("))", "(("), ("{{", "}}"), ("[", "]"), ("(", ")"), (")", "("))
_NODE = re.compile(r"^(?P<indent>\s*)(?P<id>[\w\-]*?)(?P<shaped>(?:\(\(|\)\)|\{\{|[\[()]).*)$")
MIN_NODES = 5


def is_mind_map(raw_lines: list[str]) -> bool:
    """A Mermaid mind map: `mindmap` its first line that is no comment, then nodes."""
    first = next((raw for raw in raw_lines if raw.strip() and not _COMMENT.match(raw)), "")
    return bool(_KEYWORD.match(first)) and sum(
        1 for raw in raw_lines if _words(raw) is not None) >= MIN_NODES


def as_drawn(raw_lines: list[str]) -> list[str]:
    """The nodes' words, line for line (unchanged when it is no mind map)."""
    if not is_mind_map(raw_lines):
        return raw_lines
    out = []
    for raw in raw_lines:
        if _KEYWORD.match(raw) or _COMMENT.match(raw) or _DECORATION.match(raw):
            out.append("")
            continue
        words = _words(raw)
        out.append(raw.strip() if words is None else words)
    return out


def _words(raw: str) -> str | None:
    """A node's words out of its shape (and quotes, and markdown backticks), or None."""
    node = _NODE.match(raw.rstrip())
    if node is None:
        return None
    shaped = node["shaped"]
    for opening, closing in _SHAPES:
        if shaped.startswith(opening) and shaped.endswith(closing) \
                and len(shaped) > len(opening) + len(closing):
            words = shaped[len(opening):-len(closing)].strip()
            for quote in ('"`', '"', "`"):
                if words.startswith(quote) and words.endswith(quote[::-1]) \
                        and len(words) >= 2 * len(quote):
                    words = words[len(quote):-len(quote)]
                    break
            return words.strip()
    return None
