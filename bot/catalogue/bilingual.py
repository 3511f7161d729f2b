"""A guideline a free-trade or high-tech zone publishes in Chinese and English for foreign-invested
firms: each heading and label followed by its English (`（一）集成电路 Integrated Circuits`,
`支持强度 Funding：…`), each paragraph by its translation on the next line.

The Chinese text prevails (the notices say so), and the parser reads Chinese: the English is
blanked, line for line, so every line keeps its number. A document counts as bilingual only
when many lines are English prose, so a Chinese guideline quoting an English name is untouched.
"""

from __future__ import annotations

import re

CJK = re.compile(r"[\u4e00-\u9fff]")
WORD = re.compile(r"[A-Za-z]{2,}")
# …研发 R&D of Key Materials / 不超过3年 No more than 3 years / 三、… III. Support Categories:
# English after the Chinese, to the line's end (not EDA工具, nor a code or a unit)
TAIL = re.compile(r"(?<=[\u4e00-\u9fff）)】》”%。；，、：\d])[ \t\u3000]+"
                  r"(?P<english>(?:[A-Z(]|R&D)[^\u4e00-\u9fff]*)$")
# 支持强度 Funding：… / 归口处室 Responsible Division：…: a label's English before its colon
LABEL = re.compile(r"^(?P<label>[ \t\u3000]*[【\[]?[\u4e00-\u9fff]{2,10})[ \t]+"
                   r"[A-Z][A-Za-z&/ ,.'’()-]{1,40}?(?P<colon>[:：])")
# lines of English prose, as a share of the non-empty lines, from which a text is bilingual
ENGLISH_SHARE = 0.1
ENGLISH_LINES = 4
TAILED = 3  # (and three headings or labels in both languages at least)
TRANSLATED_SHARE = 0.3
# what English prose has none of: markup, a log's fields, a command, an address
MARKUP = re.compile(r"[<>{}=_|\\#@$*`~^]|://")


def english(line: str) -> bool:
    """A line of English prose: three words or more, no Chinese, mostly letters (not markup,
    a log's fields or a command)."""
    if CJK.search(line) or len(WORD.findall(line)) < 3 or MARKUP.search(line):
        return False
    # (its list number and a bracketed code aside: 3. Provincial-level R&D Platforms (Code:
    # ZM2025-07) is a heading's English)
    said = re.sub(r"\s", "", _CODE_BRACKET.sub("", _LIST_NUMBER.sub("", line)))
    return sum(ch.isalpha() for ch in said) >= 0.7 * len(said)


_LIST_NUMBER = re.compile(r"^\s*(?:\d{1,2}|[IVX]{1,4}|[a-z])[.)]\s+")
_CODE_BRACKET = re.compile(r"\([^()]*\d[^()]*\)")


def _english_tail(line: str) -> re.Match[str] | None:
    tail = TAIL.search(line)
    # (…生物医药 Biomedicine: one word will do, a word of its own)
    return tail if tail is not None and (len(WORD.findall(tail["english"])) >= 2 or re.fullmatch(
        r"[A-Z][a-z]{4,}", tail["english"].strip())) else None


def _translated_cell(line: str) -> int | None:
    """Where the English cell of a row of two starts — 一、总体要求 | I. General Requirements, a
    notice set as a borderless table of paragraphs beside their translations — else None."""
    cells = line.split("\t")
    if len(cells) != 2 or not CJK.search(cells[0]) or not english(cells[1]):
        return None
    return len(cells[0])


def is_bilingual(lines: list[str]) -> bool:
    """Many lines of English prose, and headings or labels with their English after them."""
    said = [line for line in lines if line.strip()]
    prose = sum(1 for line in said if english(line) or _translated_cell(line) is not None)
    tailed = sum(1 for line in said if CJK.search(line) and (
        _english_tail(line) is not None or LABEL.match(line)))
    # (or each line's English on the line after it, headings too: a third of the lines English)
    return prose >= ENGLISH_LINES and prose >= ENGLISH_SHARE * len(said) and (
        tailed >= TAILED or prose >= TRANSLATED_SHARE * len(said))


def chinese_only(lines: list[str]) -> list[str]:
    """The lines with their English blanked (a translation's line left empty, a heading's or
    label's English cut), where the document is bilingual; else the lines as they are."""
    if not is_bilingual(lines):
        return lines
    kept = []
    for line in lines:
        if english(line):
            kept.append("")
            continue
        if (cut := _translated_cell(line)) is not None:
            line = line[:cut]  # (the row's English cell)
        line = LABEL.sub(lambda m: m["label"] + m["colon"], line, count=1)
        if (tail := _english_tail(line)) is not None:
            line = line[:tail.start()]
        kept.append(line)
    return kept
