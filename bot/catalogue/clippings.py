"""A guideline kept as an e-reader's clippings file (Kindle's My Clippings.txt): the reader's
highlights of the one document most highlighted, read in the order of their locations in it
(not the order they were made), without her notes, bookmarks, other documents' clippings and
highlights made again over a passage already caught. Each line read cites the line of the file
it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SEPARATOR = re.compile(r"^\s*={8,}\s*$")
# - 您在位置 #14-15的标注 | 添加于 … / - Your Highlight on Location 14-15 | Added on …
_META = re.compile(
    r"^\s*-\s*(?:您在(?:第\s*\d+\s*页)?(?:（?位置\s*#(?P<start>\d+)(?:-(?P<end>\d+))?）?)?"
    r"的(?P<kind>标注|笔记|书签)"
    r"|Your (?P<kind_en>Highlight|Note|Bookmark)\D*?(?P<start_en>\d+)(?:-(?P<end_en>\d+))?)")
MIN_CLIPPINGS = 5
# a heading or label glued to the sentence before it in one highlight (…。1．标题 / …。研究内容：)
_GLUED = re.compile(
    r"(?<=[。；;！？])\s*(?=(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[．.、]"
    r"|[一二三四五六七八九十]{1,3}、|[\u4e00-\u9fff]{2,6}[:：]))"
    # 1．标题（NX2023ZD02）研究内容：… / …（NX2023CG01）对上年度…: a code closes a title
    r"|(?<=[A-Z0-9]）)(?=[\u4e00-\u9fff])")


@dataclass
class _Clipping:
    book: str
    kind: str
    start: int
    end: int
    lines: list[tuple[int, str]]  # (line number in the file, text)

    @property
    def text(self) -> str:
        return "".join(text for _, text in self.lines)


def _clippings(raw_lines: list[str]) -> list[_Clipping]:
    found: list[_Clipping] = []
    block: list[tuple[int, str]] = []
    for number, raw in enumerate([*raw_lines, "=========="], start=1):
        if not _SEPARATOR.match(raw):
            block.append((number, raw.replace("\ufeff", "")))
            continue
        meta = _META.match(block[1][1]) if len(block) >= 2 else None
        if meta is not None:
            kind = meta["kind"] or {"Highlight": "标注", "Note": "笔记", "Bookmark": "书签"}[
                meta["kind_en"]]
            start = int(meta["start"] or meta["start_en"] or 0)
            end = int(meta["end"] or meta["end_en"] or start)
            text = [(n, t.strip()) for n, t in block[2:] if t.strip()]
            found.append(_Clipping(block[0][1].strip(), kind, start, end, text))
        block = []
    return found


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The highlights of the most highlighted document in location order, each line with the
    file line (1-based) it came from; None when the text is no clippings file."""
    if sum(1 for raw in raw_lines if _SEPARATOR.match(raw)) < MIN_CLIPPINGS:
        return None
    clippings = _clippings(raw_lines)
    highlights = [c for c in clippings if c.kind == "标注" and c.lines]
    if len(highlights) < MIN_CLIPPINGS:
        return None
    counts: dict[str, int] = {}
    for clipping in highlights:
        counts[clipping.book] = counts.get(clipping.book, 0) + 1
    book = max(counts, key=lambda title: counts[title])
    mine = sorted((c for c in highlights if c.book == book), key=lambda c: (c.start, c.end))
    kept: list[_Clipping] = []
    for clipping in mine:  # a passage caught short and highlighted again: the longer one
        again = next((k for k in kept if k.start <= clipping.end and clipping.start <= k.end
                      and (clipping.text in k.text or k.text in clipping.text)), None)
        if again is None:
            kept.append(clipping)
        elif len(clipping.text) > len(again.text):
            kept[kept.index(again)] = clipping
    lines: list[str] = [book]
    numbers: list[int] = [kept[0].lines[0][0] if kept else 1]
    for clipping in kept:
        for number, text in clipping.lines:
            for part in _GLUED.split(text):
                if part.strip():
                    lines.append(part.strip())
                    numbers.append(number)
    return lines, numbers
