"""An exhibition board's copy deck (展板文字稿, 宣传册文字稿): per board a table 栏目 | 文字内容
whose rows are 主标题 | 计划一　… / 副标题 | … / 正文 | 本计划项目须由企业牵头… ⏎ ◆方向1　… /
配图建议 | … / 设计备注 | …. Read as the text on the boards: each title and body cell's words as a
line of their own (a plan's terms in its 正文 then its text, not a field no rule knows), the
designer's notes (配图建议, 设计备注, 版式, 字号) blank — they describe pictures, not calls. Only
where two or more boards have a 主标题 and a 正文 row. Lines keep their numbers; other texts are
unchanged.
"""

from __future__ import annotations

import re

_SHOWN = re.compile(r"^\s*(?:主标题|副标题|小标题|标题|正文|内文|文字内容|引言|导语|结语)\s*\t\s*")
_DESIGN = re.compile(r"^\s*(?:配图(?:建议|说明)?|图片(?:建议|说明)?|设计(?:备注|说明|要求)"
                     r"|版式(?:说明)?|字号|字体|色彩|配色|排版(?:说明|要求)?)\s*\t")
_HEADER = re.compile(r"^\s*栏目\s*\t\s*(?:文字内容|内容|文字)\s*$")
MIN_BOARDS = 2


def as_read(raw_lines: list[str]) -> list[str]:
    """The boards' words as lines, the design notes blank (see the module's note)."""
    titled = sum(1 for raw in raw_lines if re.match(r"^\s*主标题\s*\t", raw))
    bodies = sum(1 for raw in raw_lines if re.match(r"^\s*正文\s*\t", raw))
    if titled < MIN_BOARDS or bodies < MIN_BOARDS:
        return raw_lines
    out = []
    for raw in raw_lines:
        if _HEADER.match(raw) or _DESIGN.match(raw):
            out.append("")
        elif (shown := _SHOWN.match(raw)) is not None:
            out.append(raw[shown.end():])
        else:
            out.append(raw)
    return out
