"""Text a PDF extractor (pdfminer's pdf2txt.py, some pdftotext builds) wrote as (cid:N) where the
font had no Unicode map for a glyph: the list number's ．, a range's ～, the 〔〕 of a 文号. A
glyph's id means one character throughout a document, so each id is read by the places it
stands in — between a list number and a title, between two amounts, around a year — and an id
no place explains is dropped (a missing mark reads better than a token).
"""

from __future__ import annotations

import re
from collections import Counter

_CID = re.compile(r"\(cid:(\d{1,6})\)")
MIN_TOKENS = 3


def _guess(before: str, after: str) -> str | None:
    """The character a glyph most likely is, by what stands either side of it."""
    if re.search(r"(?:^|[\s\u3000])\d{1,2}$", before) \
            and re.match(r"[\u4e00-\u9fffA-Za-z（(]", after):
        return "．"  # 1(cid:14)智能电网…: a list number's stop
    if re.search(r"\d$", before) \
            and re.match(r"\d+(?:\.\d+)?\s*(?:万元|元|万|亿元|%|年|个月)", after):
        return "～"  # 100(cid:2996)200万元: a range
    if re.search(r"[\u4e00-\u9fff]$", before) and re.match(r"(?:19|20)\d{2}\(cid:\d+\)", after):
        return "〔"  # 句科发(cid:3077)2025(cid:3078)6号
    if re.search(r"(?:19|20)\d{2}$", before) and re.match(r"\d{1,4}\s*号", after):
        return "〕"
    return None


def as_mapped(raw_lines: list[str]) -> list[str]:
    """The lines with each (cid:N) read as the character its places say (unchanged when the
    text has no such tokens)."""
    text = "\n".join(raw_lines)
    if len(_CID.findall(text)) < MIN_TOKENS:
        return raw_lines
    votes: dict[str, Counter[str]] = {}
    for match in _CID.finditer(text):
        guess = _guess(text[max(0, match.start() - 12):match.start()],
                       text[match.end():match.end() + 16])
        if guess is not None:
            votes.setdefault(match[1], Counter())[guess] += 1
    glyphs = {cid: counts.most_common(1)[0][0] for cid, counts in votes.items()}
    return [_CID.sub(lambda m: glyphs.get(m[1], ""), raw) for raw in raw_lines]
