"""A guideline kept as AsciiDoc source (a firm's knowledge base, an Antora site): = to =====
headings, :name: value attributes written once and used as {name} in the text (redefined
part-way, a later use takes the new value), label:: value lists of terms, |=== tables,
// comments and NOTE:/TIP: admonitions with the firm's own remarks. Read back as the page
renders; each line where it was.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^(?P<marks>={1,6})\s+(?P<text>\S.*)$")
_ATTRIBUTE = re.compile(r"^:(?P<name>[\w-]+)(?P<unset>!)?:\s*(?P<value>.*)$")
_REFERENCE = re.compile(r"\{(?P<name>[\w-]+)\}")
_DESCRIPTION = re.compile(r"^(?P<label>[^:\s][^:]{0,20}?)::\s+(?P<value>\S.*)$")
_ADMONITION = re.compile(r"^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s")
_BLOCK_ATTRIBUTES = re.compile(r"^\[[^\]]*\]\s*$|^\.[^\s.].*$")  # [cols=…], [.lead], .Title
_LIST_ITEM = re.compile(r"^(?:\.{1,5}|\*{1,5}|-)\s+(?=\S)")
_TABLE_FENCE = re.compile(r"^\|===\s*$")
_COMMENT_FENCE = re.compile(r"^/{4,}\s*$")
_LINK = re.compile(r"(?:link:\S*?|https?://\S+?)\[(?P<text>[^\]]*)\]|<<[^,>]+,(?P<xref>[^>]+)>>")
_STRONG = re.compile(r"(?<![A-Za-z0-9*_`])([*_`])(?P<text>[^*_`\s](?:[^*_`]*?[^*_`\s])?)\1"
                     r"(?![A-Za-z0-9*_`])")
MIN_HEADINGS = 3


def is_asciidoc(raw_lines: list[str]) -> bool:
    """AsciiDoc: three or more = headings, and its attributes or description lists."""
    headings = sum(1 for raw in raw_lines if _HEADING.match(raw))
    marked = sum(1 for raw in raw_lines if _ATTRIBUTE.match(raw) or _DESCRIPTION.match(raw))
    return headings >= MIN_HEADINGS and marked >= 2


def as_rendered(raw_lines: list[str]) -> list[str]:
    """The page as rendered, line for line (unchanged when it is no AsciiDoc source)."""
    if not is_asciidoc(raw_lines):
        return raw_lines
    attributes: dict[str, str] = {}
    out = [""] * len(raw_lines)
    commented = False
    table: list[int] | None = None  # the table's row lines so far; its column count first
    row_at, cells = 0, list[str]()
    for index, raw in enumerate(raw_lines):
        line = raw.rstrip()
        if _COMMENT_FENCE.match(line):
            commented = not commented
            continue
        if commented or line.startswith("//"):
            continue
        attribute = _ATTRIBUTE.match(line)
        if attribute is not None:  # (a redefinition holds from here on)
            if attribute["unset"]:
                attributes.pop(attribute["name"], None)
            else:
                attributes[attribute["name"]] = attribute["value"].strip()
            continue
        line = _REFERENCE.sub(lambda m: attributes.get(m["name"], m[0]), line)
        if _TABLE_FENCE.match(line):
            table = None if table is not None else _columns(raw_lines[index - 1] if index else "")
            cells = []
            continue
        if table is not None:  # |a |b ⏎ or one cell a line: rows of the header's width
            said = [cell.strip() for cell in line.split("|")[1:]] if line.startswith("|") else []
            if not table and said:
                table.append(len(said))
            if said and not cells:
                row_at = index
            cells += said
            if table and cells and len(cells) >= table[0]:
                out[row_at] = _inline("\t".join(cells[:table[0]]))
                cells = []
            continue
        if _ADMONITION.match(line) \
                or (_BLOCK_ATTRIBUTES.match(line) and not _LIST_ITEM.match(line)):
            continue  # the firm's remark; a block's settings or caption
        heading = _HEADING.match(line)
        if heading is not None:
            line = heading["text"]
        description = _DESCRIPTION.match(line)
        if description is not None:
            line = f"{description['label'].strip()}：{description['value'].strip()}"
        out[index] = _inline(_LIST_ITEM.sub("", line))
    return out


_COLS = re.compile(r"\bcols\s*=\s*\"?(?P<spec>[^\",\]]*(?:,[^\",\]]*)*)\"?")


def _columns(attributes: str) -> list[int]:
    """[cols="1,3"] / [cols="2*"] above a table: how many columns it has (none said: the first
    row's cells tell)."""
    spec = _COLS.search(attributes)
    if spec is None:
        return []
    repeat = re.fullmatch(r"\s*(\d+)\s*\*.*", spec["spec"])
    return [int(repeat[1])] if repeat else [len(spec["spec"].split(","))]


def _inline(line: str) -> str:
    line = _LINK.sub(lambda m: m["text"] or m["xref"] or "", line)
    return re.sub(r"\s\+$", "", _STRONG.sub(lambda m: m["text"], line)).rstrip()
