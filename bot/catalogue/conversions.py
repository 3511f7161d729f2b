"""What tools and editors leave in a guideline's text before the outline is read: a 修订稿's
revision marks, an OCR text layer's misread digits, a translation on every line, a mind map's
branch marks, a pasted JSON export. Each pass keeps every line where it was (leaves cite the
lines a reader finds), changes a document only when it clearly carries the device, and returns
the lines unchanged otherwise.
"""

from __future__ import annotations

import re

from bot.catalogue.exported import json_records

_BOX_RULE = re.compile(r"^[\s─━│┃┌┐└┘├┤┬┴┼═║╔╗╚╝╠╣╦╩╬+|\-]+$")  # a drawn table's rule


def as_converted(raw_lines: list[str]) -> tuple[list[str], bool]:
    """The lines read back from what tools did to them, and whether each line is a whole
    node of a mind map (so never a line the page width cut)."""
    raw_lines, one_line_nodes = _untreed(_untranslated(raw_lines))
    return json_records(_ocr_repaired(_revised_marks(raw_lines))), one_line_nodes


# A 修订稿 keeping its marks: struck text (each character followed by a combining stroke, or
# ~~in Markdown~~) is gone, text added in 〖〗 stays without them — read as revised.
_STRUCK = re.compile(r"[^\u0334-\u0338][\u0334-\u0338]+")
_STRIKE = re.compile(r"[\u0334-\u0338]")
_MD_STRUCK = re.compile(r"~~[^~\n]+~~")
_INSERTED = re.compile(r"〖([^〖〗]*)〗")


# OCR of a scanned page reads 0 as O and 1 as l (5O~l0O万元, 拟支持l项, l:l, 8O万兀): digits
# mixed with those letters, outside any Latin word, are the sign
_OCR_MIXED = re.compile(r"(?<![A-Za-z])(?:\d+[OolI]+|[OolI]+\d+)[\dOolI]*(?![A-Za-z])")
_OCR_NUMBER = re.compile(
    r"(?<![A-Za-z])[\dOolI]*\d[\dOolI]*(?![A-Za-z])"  # 2O24, l0O, l8
    r"|(?<![A-Za-z])[OolI]+(?=\s*[万元兀项个年月人家%倍亿])"  # 拟支持l项, (不低于2 ⏎) OO万元
    r"|(?<![A-Za-z])[lI](?=[:：∶]\s*[\dlI](?![A-Za-z]))|(?<=[:：∶])[lI](?![A-Za-z])"  # l:l
    r"|^\s*[lI](?=[.、．]\s*[\u4e00-\u9fff])")  # l.喀斯特石漠化综合治理: a heading's 1.
_OCR_DIGITS = str.maketrans("OolI", "0011")
_OCR_YUAN = re.compile(r"(?<=[\d万])兀")


_OCR_LETTER = re.compile(r"[OolI]")


def _ocr_hints(text: str) -> int:
    """How often a digit and O or l stand side by side (a quick count: most documents hold
    few Latin letters) before the careful look."""
    return sum(1 for m in _OCR_LETTER.finditer(text)
               if text[m.start() - 1:m.start()].isdigit() or text[m.end():m.end() + 1].isdigit())


def _ocr_repaired(raw_lines: list[str]) -> list[str]:
    """A text layer made by OCR with its digits read back as digits (only where at least
    three lines mix digits with O and l that way: O2O alone is a word)."""
    if _ocr_hints("\n".join(raw_lines)) < 3 \
            or sum(1 for raw in raw_lines if _OCR_MIXED.search(raw)) < 3:
        return raw_lines
    return [_OCR_YUAN.sub("元", _OCR_NUMBER.sub(lambda m: m[0].translate(_OCR_DIGITS), raw))
            for raw in raw_lines]


# 二、支持方向 / 2. 지원 방향: each line in Chinese, then its translation after a slash
_TRANSLATION = re.compile(r"\s+/(?:\s+(?P<tail>[^\u4e00-\u9fff]*\S[^\u4e00-\u9fff]*)|\s*)$")
_FOREIGN = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u0600-\u06ff\u1800-\u18af\u0f00-\u0fff"
                      r"\u0400-\u04ffA-Za-z]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_CHINESE = re.compile(r"[\u4e00-\u9fff\u3001-\u3003\u3008-\u3011\uff01-\uff1f]")


def _untranslated(raw_lines: list[str]) -> list[str]:
    """A document that puts each line's translation after it on the same line (Chinese first,
    the Korean, Uyghur, Mongolian … after ` / `) read in Chinese: where at least five lines do.
    A translation the page width carried onto lines of its own (no Chinese in them) goes too."""
    def cut(raw: str) -> int | None:
        match = _TRANSLATION.search(raw)
        if match is None or not _CHINESE.search(raw[:match.start()]):
            return None  # (。 / 연구내용…: a sentence's last mark, cut onto this line, is Chinese)
        tail = match["tail"] or ""
        letters = len(_FOREIGN.findall(tail))
        return match.start() if not tail or letters >= max(2, len(tail.strip()) // 3) else None

    cuts = [cut(raw) if "/" in raw else None for raw in raw_lines]
    if sum(1 for raw, at in zip(raw_lines, cuts, strict=True)
           if at is not None and raw[at:].strip() != "/") < 5:  # (translations said, not / alone)
        return raw_lines
    out, translating = [], False
    for raw, at in zip(raw_lines, cuts, strict=True):
        if at is not None:
            out.append(raw[:at])
            translating = True
        elif raw.strip() and not _HAN.search(raw) and (
                translating or raw.strip().startswith("/")):
            out.append("")  # the translation going on (or starting on a line of its own)
            translating = True
        else:
            out.append(raw)
            translating = False
    return out


# A mind map written out as text (├─ 1. 名称 ⏎ │  ├─ 资助额度：…): the branch marks go, the
# numbering the nodes carry gives the outline; a 共性要求 node's terms are its parent's
_TREE = re.compile(r"^[ \u3000]*(?:[│┃|][ \u3000]*)*[├└┣┗]─+[ \u3000]*")
_TREE_GOES_ON = re.compile(r"^[ \u3000]*(?:[│┃][ \u3000]*)+$")
_SHARED_TERMS = re.compile(r"^(?:共性要求|共同要求|通用要求|共性条件|共性规定)[:：]?$")


def _untreed(raw_lines: list[str]) -> tuple[list[str], bool]:
    """The lines without branch marks, and whether they were a mind map's nodes (a table's
    ├────┼ rules are no branches)."""
    def branch_of(raw: str) -> re.Match[str] | None:
        branch = _TREE.match(raw)
        return branch if branch and not _BOX_RULE.match(raw[branch.end():].strip() or "─") \
            else None

    if sum(1 for raw in raw_lines if branch_of(raw)) < 5:
        return raw_lines, False
    out = []
    for raw in raw_lines:
        branch = branch_of(raw)
        text = raw[branch.end():] if branch else ("" if _TREE_GOES_ON.match(raw) else raw)
        out.append("" if branch and _SHARED_TERMS.match(text.strip()) else text)
    return out, True


def _revised_marks(raw_lines: list[str]) -> list[str]:
    """A 修订稿 read as revised."""
    if not _STRIKE.search(text := "\n".join(raw_lines)) and "~~" not in text:
        return raw_lines
    return [_INSERTED.sub(r"\1", _MD_STRUCK.sub("", _STRUCK.sub("", raw)))
            if _STRUCK.search(raw) or "~~" in raw or "〖" in raw else raw for raw in raw_lines]
