"""A guideline converted to DocBook (pandoc's `-t docbook5` of the bureau's Word file): nested
`<section>`s each opening with its `<title>`, `<para>`s, lists of `<listitem>`s and
`<informaltable>` rows of `<entry>` cells, every element on lines of its own. Word's
auto-numbering is gone, so the outline is only in how the sections nest. Read back as one line
a block — a title numbered as its section's depth numbers (一、 （一） 1． （1） ①, unless the
writer typed a number), a paragraph, an ordered list's item with its number, a table row's
cells tab-separated — each citing the line its text starts on.
"""

from __future__ import annotations

import html
import re

from bot.catalogue.numbers import chinese_numeral

_ROOT = re.compile(r"<(?:article|book|chapter)\b[^>]*xmlns=\"http://docbook\.org/ns/docbook\"")
_TOKEN = re.compile(r"<(?P<close>/)?(?P<tag>section|sect[1-5]|title|para|simpara|row|entry"
                    r"|listitem|orderedlist|itemizedlist|info)\b[^>]*>", re.I)
_TYPED_NUMBER = re.compile(r"^\s*(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]|[①-⑳]"
                           r"|第[一二三四五六七八九十\d]+)")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _numbered(depth: int, n: int) -> str:
    """The number Word's list would have shown at this depth."""
    han = chinese_numeral(n)
    styles = (f"{han}、", f"（{han}）", f"{n}．", f"（{n}）", _CIRCLED[min(n, 20) - 1])
    return styles[min(depth, 5) - 1]


_TAG = re.compile(r"<[^>]*>")
MIN_BLOCKS = 8


def _text(fragment: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(_TAG.sub("", fragment))).strip()


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The document's blocks in order, and the line each starts on; None for no DocBook."""
    source = "\n".join(raw_lines)
    if not _ROOT.search(source[:2000]):
        return None
    starts = [0]
    for raw in raw_lines:
        starts.append(starts[-1] + len(raw) + 1)

    def line_at(offset: int) -> int:  # (1-based)
        low, high = 0, len(raw_lines) - 1
        while low < high:
            mid = (low + high + 1) // 2
            if starts[mid] <= offset:
                low = mid
            else:
                high = mid - 1
        return low + 1

    lines: list[str] = []
    numbers: list[int] = []
    depth = 0
    opened: dict[str, int] = {}  # each open block's text start
    cells: list[str] = []
    counters = [0] * 8  # each depth's sections so far
    lists: list[int | None] = []  # each open list's count (None: not numbered)
    for token in _TOKEN.finditer(source):
        tag, closing = token["tag"].lower(), bool(token["close"])
        if tag.startswith("sect"):
            depth += -1 if closing else 1
            if not closing:
                counters[min(depth, 7)] += 1
                counters[min(depth, 7) + 1:] = [0] * (7 - min(depth, 7))
            continue
        if tag in ("orderedlist", "itemizedlist"):
            if closing:
                lists.pop() if lists else None
            else:
                lists.append(0 if tag == "orderedlist" else None)
            continue
        if tag == "listitem" and not closing and lists and lists[-1] is not None:
            lists[-1] += 1
        if not closing:
            opened[tag] = token.end()
            if tag == "row":
                cells = []
            continue
        start = opened.pop(tag, None)
        if start is None:
            continue
        body = source[start:token.start()]
        if tag == "entry":
            cells.append(_text(body))
            continue
        if tag == "row":
            text, at = "\t".join(cells), start
        elif tag in ("para", "simpara", "title"):
            if "<para" in body or "<simpara" in body:
                continue  # (a list item's paragraph is read on its own)
            text, at = _text(body), start
            if tag == "title" and depth > 0 and not _TYPED_NUMBER.match(text):
                text = _numbered(depth, counters[min(depth, 7)]) + text
            elif tag != "title" and "listitem" in opened and lists and lists[-1]:
                text = f"{lists[-1]}．{text}"  # (an ordered list's item, numbered as shown)
        else:
            continue
        if text.strip("# \t"):
            offset = at + len(body) - len(body.lstrip())
            lines.append(text)
            numbers.append(line_at(offset))
    return (lines, numbers) if len(lines) >= MIN_BLOCKS else None
