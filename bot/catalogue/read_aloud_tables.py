"""A guideline transcribed for blind readers (a library's 无障碍文本, 读屏版): each table
written out to be read aloud — 〔表格开始：表1 …。共4列，…。列名依次为：类别、资助方式、…。〕,
then 第1行：类别，A类；资助方式，前资助；… a row a line, then 〔表格结束〕 — and the transcriber's
notes in 〔〕 among the text (〔原文第2页〕, 〔转写注：…〕). Read as the document transcribed: each
table's rows as rows again (its column names on the line that announced it), the notes no text.
Each line stays where it was; other texts are unchanged.
"""

from __future__ import annotations

import re

_TABLE_START = re.compile(r"^\s*〔表格开始[:：](?P<about>[^〕]*)〕\s*$")
_TABLE_END = re.compile(r"^\s*〔表格结束〕\s*$")
_COLUMNS = re.compile(r"列名(?:依次)?(?:为|是)[:：](?P<names>[^。〕]+)")
_ROW = re.compile(r"^\s*第\s*(?P<n>\d{1,3})\s*行[:：]\s*(?P<cells>\S.*)$")
_NOTE_LINE = re.compile(r"^\s*〔[^〔〕]*〕\s*$")
_NOTE_INLINE = re.compile(r"〔(?:转写|校对|录入)?注[:：][^〔〕]*〕")
MIN_ROWS = 2


def is_read_aloud(raw_lines: list[str]) -> bool:
    """Tables announced and ended as a transcript for reading aloud, with rows said in between."""
    return any(_TABLE_START.match(raw) for raw in raw_lines) \
        and any(_TABLE_END.match(raw) for raw in raw_lines) \
        and sum(1 for raw in raw_lines if _ROW.match(raw)) >= MIN_ROWS


def as_read(raw_lines: list[str]) -> list[str]:
    """The transcribed document, line for line (unchanged when it is no such transcript)."""
    if not is_read_aloud(raw_lines):
        return raw_lines
    out: list[str] = []
    names: list[str] | None = None
    header_at: int | None = None
    for raw in raw_lines:
        start = _TABLE_START.match(raw)
        if start is not None:
            columns = _COLUMNS.search(start["about"])
            names = [name.strip() for name in re.split(r"[、，,]", columns["names"])] \
                if columns else []
            header_at = len(out)
            out.append("\t".join(names))
            continue
        if names is not None and _TABLE_END.match(raw):
            if header_at is not None and not out[header_at]:
                out[header_at] = "\t".join(names)  # (no names announced: the first row's)
            names, header_at = None, None
            out.append("")
            continue
        row = _ROW.match(raw) if names is not None else None
        if row is not None and names is not None:
            cells = [cell.strip() for cell in re.split(r"[；;]", row["cells"].rstrip("。. "))]
            said = [re.split(r"[，,]", cell, maxsplit=1) for cell in cells]
            if not names:
                names = [pair[0].strip() for pair in said]
            out.append("\t".join(_NOTE_INLINE.sub("", pair[-1]).strip() for pair in said))
            continue
        if _NOTE_LINE.match(raw):
            # (〔原文第3页〕 / 〔表2下方有一行小字注释，照录如下：〕: the transcriber's)
            out.append("")
            continue
        out.append(_NOTE_INLINE.sub("", raw))
    return out
