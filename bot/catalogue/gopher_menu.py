"""A guideline served on an intranet's Gopher server (RFC 1436) and saved as the raw menu: a
line an item — its type character, the text shown, then a TAB and the selector, host and port
— `i` lines the menu's text (a page's paragraphs cut every few dozen characters), `1` lines the
directories (a plan or group), `0` lines the documents (a direction), and a lone `.` closing
it. Read back as the texts shown, each on its line; the site's own links (back up, search,
downloads, links out) and the `.` blank.
"""

from __future__ import annotations

import re

_ITEM = re.compile(r"^(?P<type>[0-9A-Za-z+:;<]|\.)(?P<text>[^\t]*)\t[^\t]*\t[^\t]*\t\d+\s*$")
_END = re.compile(r"^\.\s*$")
MIN_SHARE = 0.8


def is_menu(raw_lines: list[str]) -> bool:
    """A Gopher menu: most non-empty lines are items of four TAB-separated fields."""
    lines = [raw for raw in raw_lines if raw.strip() and not _END.match(raw)]
    items = sum(1 for raw in lines if _ITEM.match(raw))
    return len(lines) >= 10 and items >= MIN_SHARE * len(lines) \
        and sum(1 for raw in lines if raw.startswith("i")) >= len(lines) / 3


def as_read(raw_lines: list[str]) -> list[str]:
    """The menu's texts (unchanged when it is no menu)."""
    if not is_menu(raw_lines):
        return raw_lines
    out = []
    for raw in raw_lines:
        item = _ITEM.match(raw)
        keep = item is not None and (item["type"] in "i0" or (
            item["type"] == "1" and not _NAVIGATION.search(item["text"])))
        out.append(item["text"].rstrip() if keep and item is not None else "")
    return out


# (a search, a file to download, a link out, an image: the site's, not the text's; a directory
# back up or home: the site's way around)
_NAVIGATION = re.compile(r"返回|上级|上一级|首页|主页|\.\.\s*$|^\s*(?:Parent|Back|Home)", re.I)
