"""An online encyclopedia's entry printed from a browser (百度百科's 词条): the entry's sections
each headed by a bare title with the site's 编辑　播报 buttons after it, its 目录 listing those
sections and, under one, ● the titles of its parts (bold lines in the body, no number), the
site's citation marks ([1], [1-2], a mark cut over two lines: …奖补[ ⏎ 1]。), and after the text
its 参考资料, tags and page statistics. Read as the outline the 目录 gives: each section's title
numbered 一、二、…, each part the 目录 names （一）（二）… under it and each item of a part (a
bold title on a line of its own, or bulleted ●) 1．2．…, the citation marks gone and nothing
after 参考资料. Lines keep their numbers; other texts are unchanged.
"""

from __future__ import annotations

import re

from bot.catalogue.numbers import chinese_numeral

# 支持方向　　　　编辑　播报: a section's title and the site's buttons
_SECTION = re.compile(r"^\s*(?P<title>\S.{0,30}?)[\s\u3000]{2,}编辑[\s\u3000]+播报\s*$")
_CONTENTS = re.compile(r"^\s*目\s*录\s*$")
# 1　计划概况 / ● 重点领域研发: a section's entry in the 目录, a part's under it
_CONTENTS_SECTION = re.compile(r"^\s*\d{1,2}[\s\u3000]+(?P<title>\S.{0,30})$")
_CONTENTS_PART = re.compile(r"^\s*[●•·▪◆]\s*(?P<title>\S.{0,30})$")
_BULLET = re.compile(r"^\s*[●•▪◆]\s*(?P<title>\S.{0,80})$")
_CITATION = re.compile(r"\[\d{1,2}(?:\s*[-–,，]\s*\d{1,2})*\]")
_CUT_OPEN = re.compile(r"\[\s*$")
_CUT_CLOSE = re.compile(r"^\s*\d{1,2}(?:\s*[-–,，]\s*\d{1,2})*\]")
_REFERENCES = re.compile(r"^\s*(?:参考资料|参考文献|词条标签)\s*$")
MIN_SECTIONS = 2


def is_entry(raw_lines: list[str]) -> bool:
    return sum(1 for raw in raw_lines if _SECTION.match(raw)) >= MIN_SECTIONS


def _parts(raw_lines: list[str]) -> set[str]:
    """The titles the 目录 lists under its sections (● 重点领域研发)."""
    start = next((i for i, raw in enumerate(raw_lines) if _CONTENTS.match(raw)), None)
    if start is None:
        return set()
    parts: set[str] = set()
    for raw in raw_lines[start + 1:]:
        part = _CONTENTS_PART.match(raw)
        if part is not None:
            parts.add(part["title"].strip())
        elif not _CONTENTS_SECTION.match(raw):
            break
    return parts


def as_read(raw_lines: list[str]) -> list[str]:
    """The entry as the outline its 目录 gives (see the module's note)."""
    if not is_entry(raw_lines):
        return raw_lines
    parts = _parts(raw_lines)
    out = list(raw_lines)
    sections = numbered = items = 0
    above = ""  # the last line read, as it now reads
    ended = False
    for index, raw in enumerate(raw_lines):
        if ended or _REFERENCES.match(raw):
            ended = True
            out[index] = ""
            continue
        section = _SECTION.match(raw)
        if section is not None:
            sections += 1
            numbered = 0
            out[index] = above = f"{chinese_numeral(sections)}、{section['title'].strip()}"
            continue
        text = _CITATION.sub("", raw)
        if _CUT_OPEN.search(text) and index + 1 < len(raw_lines) \
                and _CUT_CLOSE.match(raw_lines[index + 1]):
            text = _CUT_OPEN.sub("", text)
        if index and _CUT_OPEN.search(raw_lines[index - 1]):
            text = _CUT_CLOSE.sub("", text)
        if sections and text.strip() in parts:
            numbered += 1
            items = 0
            text = f"（{chinese_numeral(numbered)}）{text.strip()}"
        elif numbered and (bullet := _BULLET.match(text)) is not None:
            items += 1  # (● 羽绒…装备研发（榜单编号…）: the part's item, bulleted)
            text = f"{items}．{bullet['title'].strip()}"
        elif numbered and _bold_title(text, above, raw_lines, index):
            items += 1
            text = f"{items}．{text.strip()}"
        out[index] = text
        above = text.strip() or above
    return out


def _bold_title(text: str, above: str, raw_lines: list[str], at: int) -> bool:
    """面上项目 ⏎ 项目代码…。每项资助5万元…: a part's item, set in bold on a line of its own
    (no number), after a sentence ended (`above`, the last line read) and before the sentences
    that state its terms."""
    said = text.strip()
    if not 2 <= len(said) <= 24 or re.search(r"[，,。；;：:！？!?、]|^[\d（(●•]", said):
        return False
    below = next((raw_lines[k].strip() for k in range(at + 1, len(raw_lines))
                  if raw_lines[k].strip()), "")
    return above.endswith(("。", "：", ":")) and len(below) > len(said) \
        and re.search(r"[，,。；;]", below) is not None
