"""A revised guideline given as a 新旧条款对照表 (修订前后对照表): one row per clause, 序号 |
原条款（2023年版） | 修订后条款（2024年版） | 修订说明. Read as the revised guideline: each row its
new clause — 同左/未修改 the old one, which stands; （删除） nothing — with last year's wording and
the reasons dropped (last year's amounts are not this year's), as are the sentences around the
table that sum up a change (上限由50万元提高至80万元: the table states the new terms). A cell
run together on its row's line (Word's paragraphs of a cell) goes back onto the empty lines the
row leaves under it, where Word puts them. In any text, a paragraph summing up the changes
since last year (与去年相比，今年申报有三点变化：…) is dropped too: each change is stated where it
applies. Lines keep their numbers; other texts are unchanged.
"""

from __future__ import annotations

import re

_OLD = re.compile(r"^(?:原|修订前|修改前|调整前|旧|现行)(?:条款|条文|内容|表述|文本|规定|指南)?"
                  r"\s*(?:[(（][^()（）]{0,16}[)）])?$")
_NEW = re.compile(r"^(?:修订后|修改后|调整后|新|拟修订)(?:条款|条文|内容|表述|文本|规定|指南)?"
                  r"\s*(?:[(（][^()（）]{0,16}[)）])?$")
# 同左 / 未修改: the old clause stands; （删除） / （无）: no clause this year
_SAME = re.compile(r"^[(（]?\s*(?:同左|同原条款|未修改|未作修改|不变|保持不变|无变化|未修订)"
                   r"\s*[)）]?[。.]?$")
_GONE = re.compile(r"^[(（]?\s*(?:删除|删去|已删除|取消|无|—+|-+|/)\s*[)）]?[。.]?$")
# where a cell's paragraphs were run together: a space between Chinese words (Word's reader
# joins them so, a paragraph ending in a full stop or colon without one)
_PARAGRAPH = re.compile(r"(?<=[\u4e00-\u9fff)）】”]) (?=[\u4e00-\u9fff\d(（【“])")
# 单项资助上限由50万元提高至80万元 / 比例由1:1提高至2:1: a change summed up
_CHANGE = re.compile(r"由[^。；;，,由]{1,20}?"
                     r"(?:提高|调整|降低|延长|缩短|增加|减少|放宽|扩大|上调|下调)(?:为|至|到)")
MAX_SECTION_ROW = 30  # (三、支持方向及资助标准: a row merged across the table, kept)


def _columns(line: str) -> tuple[int, int, int] | None:
    """The header's width and where its old and new clauses stand, if it is one."""
    cells = [cell.strip() for cell in line.split("\t")]
    old = next((at for at, cell in enumerate(cells) if _OLD.match(cell)), None)
    new = next((at for at, cell in enumerate(cells) if _NEW.match(cell)), None)
    if old is None or new is None or old == new:
        return None
    return len(cells), old, new


# 与去年相比，今年申报有三点变化：一是…；二是农业科技专项实施期限由去年的12个月统一延长至18个月…:
# the changes since last year summed up in a paragraph, each said again where it applies
_CHANGES_SUMMED = re.compile(r"^\s*(?:与|同|较)(?:去年|上年|上一年度?|往年|\d{4}\s*年度?)"
                             r"[^。；;]{0,12}?(?:相比|比较)?[^。；;]{0,8}?有(?:以下|如下|[一二两三四五六七八九几\d]+"
                             r"(?:点|个方面|处|项))(?:主要|明显)?(?:变化|调整)")


def as_read(raw_lines: list[str]) -> list[str]:
    """The table's rows as the revised guideline's lines (see the module's note); a paragraph
    summing up the changes since last year dropped in any text."""
    raw_lines = ["" if _CHANGES_SUMMED.match(raw) else raw for raw in raw_lines]
    header = next(((at, found) for at, raw in enumerate(raw_lines)
                   if "\t" in raw and (found := _columns(raw)) is not None), None)
    if header is None:
        return raw_lines
    start, (width, old, new) = header
    out = [("" if _CHANGE.search(raw) else raw) for raw in raw_lines]
    out[start] = ""
    for at in range(start + 1, len(raw_lines)):
        raw = raw_lines[at]
        if "\t" not in raw:
            if len(raw.strip()) > MAX_SECTION_ROW:
                break  # (特此说明 after the table, prose again)
            if raw.strip():  # (a section's row; an empty line may hold a cell's paragraph)
                out[at] = raw
            continue
        cells = [cell.strip() for cell in raw.split("\t")]
        if len(cells) != width:
            break
        chosen = old if _SAME.match(cells[new]) else new
        clause = "" if _GONE.match(cells[chosen]) else cells[chosen]
        room = 0  # (the empty lines Word left under the row for its cells' paragraphs)
        while at + room + 1 < len(raw_lines) and not raw_lines[at + room + 1].strip() \
                and "\t" not in raw_lines[at + room + 1]:
            room += 1
        # (Word writes a cell's later paragraphs after those of the cells before it)
        before = sum(len(_PARAGRAPH.split(cell)) - 1 for cell in cells[:chosen])
        pieces = _PARAGRAPH.split(clause)
        if room < before + len(pieces) - 1:
            out[at] = clause  # (no room for them: as the row reads)
            continue
        out[at] = pieces[0]
        for index, piece in enumerate(pieces[1:], start=1):
            out[at + before + index] = piece
    return out
