"""A guideline kept as a reStructuredText page (a firm's Sphinx knowledge base, a docs site):
headings shown only by the line of ====, ----, ~~~~ under (or over) them, terms as :field: lists,
**bold** amounts set apart by spaces, the firm's own .. note:: / .. admonition:: blocks and
.. comments (no guideline's words), a .. list-table:: of rows. Read back as the page shows it;
each line where it was, so the leaves' lines stay the file's.
"""

from __future__ import annotations

import re
import unicodedata

_ADORNMENT = re.compile(r"^([=\-~^\"'#*+`:._])\1{3,}\s*$")
_DIRECTIVE = re.compile(r"^\.\.\s+(?P<name>[\w-]+)::\s*(?P<arg>.*)$")
_COMMENT = re.compile(r"^\.\.(?:\s|$)")
_FIELD = re.compile(r"^:(?P<name>[^:`\s][^:`]{0,20}):\s*(?P<value>.*)$")
# the firm's own words around the guideline, and a page's furniture: left out with their body
_ASIDE = frozenset({"note", "admonition", "tip", "hint", "seealso", "todo", "sidebar", "contents",
                    "toctree", "image", "figure", "comment", "danger", "error", "only"})
_LIST_ROW = re.compile(r"^\s*\*\s+-\s+(?P<cell>.*)$")
_LIST_CELL = re.compile(r"^\s+-\s+(?P<cell>.*)$")
_ROLE = re.compile(r":[\w-]+:`(?P<text>[^`<]*?)\s*(?:<[^`>]*>)?`")
_LINK = re.compile(r"`(?P<text>[^`<]+?)\s*<[^`>]*>`_{1,2}")
_WIDE = r"[^\x00-\x7f]"
# **100～200万元** set apart from the Chinese around it by the spaces the markup needs
_INLINE = re.compile(rf"(?:(?<={_WIDE}) )?(?P<mark>\*\*|\*|``)(?P<text>[^*`\s](?:[^*`]*?[^*`\s])?)"
                     rf"(?P=mark)(?: (?={_WIDE}))?")
MIN_HEADINGS = 3


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _underlines(raw_lines: list[str]) -> list[int]:
    """The lines that adorn a title: a run of one punctuation mark at least as wide as the
    title above it (or below it, for an overline)."""
    found = []
    for index, raw in enumerate(raw_lines):
        if not _ADORNMENT.match(raw):
            continue
        above = raw_lines[index - 1].strip() if index else ""
        below = raw_lines[index + 1].strip() if index + 1 < len(raw_lines) else ""
        title = above if above and not _ADORNMENT.match(above) else below
        if title and not _ADORNMENT.match(title) and len(raw.strip()) >= _width(title) - 1:
            found.append(index)
    return found


def is_restructured(raw_lines: list[str]) -> bool:
    """A reST page: three or more adorned titles, and its directives or field lists."""
    marked = sum(1 for raw in raw_lines if _DIRECTIVE.match(raw) or _FIELD.match(raw)) >= 2
    return marked and len(_underlines(raw_lines)) >= MIN_HEADINGS


def as_rendered(raw_lines: list[str]) -> list[str]:
    """The page as shown, line for line (unchanged when it is no reST page)."""
    if not is_restructured(raw_lines):
        return raw_lines
    out = list(raw_lines)
    for index in _underlines(raw_lines):
        out[index] = ""
    index = 0
    while index < len(out):
        raw = out[index]
        directive = _DIRECTIVE.match(raw)
        if directive is not None or _COMMENT.match(raw):
            name = directive["name"].lower() if directive else "comment"
            end = _block_end(out, index)
            body = out[index + 1:end]
            if name == "list-table":
                body = _table_rows(body)
            elif name in _ASIDE or directive is None:
                body = [""] * len(body)
            else:  # .. important:: ⏎ …: its words, as the page shows them
                body = [line.strip() if not re.match(r"^\s+:[\w-]+:", line) else ""
                        for line in body]
            out[index:end] = ["", *body]
            index = end
            continue
        field = _FIELD.match(raw)
        if field is not None:
            out[index] = f"{field['name']}：{field['value']}"
        index += 1
    return [_inline(line) for line in out]


def _block_end(lines: list[str], start: int) -> int:
    """Where the indented body under a directive or comment ends."""
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end][:1] in (" ", "\t")):
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1  # (the blank lines after it are the page's)
    return end


def _table_rows(body: list[str]) -> list[str]:
    """A list-table's * - / - items as rows of TAB-separated cells, each row on the line of its
    first cell."""
    rows: list[str] = [""] * len(body)
    at = None
    for index, line in enumerate(body):
        row = _LIST_ROW.match(line)
        cell = _LIST_CELL.match(line)
        if row is not None:
            at = index
            rows[at] = row["cell"].strip()
        elif cell is not None and at is not None:
            rows[at] += "\t" + cell["cell"].strip()
    return rows


def _inline(line: str) -> str:
    line = _LINK.sub(lambda m: m["text"], _ROLE.sub(lambda m: m["text"], line))
    return _INLINE.sub(lambda m: m["text"], line).replace("\\ ", "").rstrip()
