"""A guideline page as a screen reader spoke it (NVDA's speech viewer saved as text, one
utterance a line): the role announcements go (链接, 标题 级别 3, 列表 包含 3 项, 离开表格 …),
a table spoken cell by cell is written as rows again, an utterance the reader cut at its line
length is joined to the rest, and the headings a tester first heard by jumping from heading to
heading (the same headings, read again in full below) are dropped. Each line stays where it
was; other texts are unchanged.
"""

from __future__ import annotations

import re

from bot.catalogue import narrow_wrap

# what a screen reader says of a page's parts, before or instead of their text
_ROLE = re.compile(r"^\s*(?:链接|图形|按钮|编辑框|复选框|单选按钮|组合框|项目符号|可点击"
                   r"|已访问 链接|标题 级别 \d|(?:导航|主要|横幅|内容信息|补充|区域|表单|搜索) 地标"
                   r"|列表 包含 \d+ 项|表格\s+共 \d+ 行 \d+ 列)(?:\s{2,}|$)")
_LEAVES = re.compile(r"^\s*(?:离开(?:\s*\S{1,4})*|搜索\s+编辑框|按钮\s+\S{1,6}"
                     r"|.*\s-\s(?:Google Chrome|Microsoft Edge|Mozilla Firefox|Firefox)"
                     r"|.*\s{2}文档)\s*$")
_HEADING = re.compile(r"^\s*标题 级别 (?P<level>\d)\s{2,}(?P<text>\S.*)$")
_LINK_ALONE = re.compile(r"^\s*(?:已访问\s*)?链接\s{2,}\S")
_INLINE_LINK = re.compile(r"(?:^|\s{2,})链接\s{2,}")
_CELL = re.compile(r"^\s*(?:第 (?P<row>\d+) 行\s+)?第 (?P<col>\d+) 列\s{2,}(?P<text>.*)$")
_TABLE = re.compile(r"^\s*表格\s+共 (?P<rows>\d+) 行 (?P<cols>\d+) 列\s*$")
_HEADER_WORDS = re.compile(r"^(?:项目|类别|名称|内容|要求|说明|事项|条件|标准|序号)$")
MIN_ROLES = 8  # announcements before a text counts as a screen reader's log
CUT = 100  # characters a reader speaks of one line in browse mode, at most


# 0020  1.棉花精量播种…  标题 级别 4: a log numbering each utterance, its role said after the
# words (as NVDA's speech viewer shows it with 先读内容后读角色)
_SERIAL = re.compile(r"^\s*\d{3,5}\s{2,}")
_ROLE_AFTER = re.compile(r"^(?P<text>\S.*?)\s{2,}(?P<role>标题 级别 \d|链接|已访问 链接|按钮|图形"
                         r"|编辑框|复选框|组合框)(?:\s{2,}(?:已折叠|已展开|已选中|未选中))?\s*$")
_TABLE_SAID = re.compile(r"^\s*表格\s+有\s*(?P<rows>\d+)\s*行\s*(?P<cols>\d+)\s*列\s*$")
# ▲问题01：…: the tester's note on what the reader said, no words of the page
_TESTER_NOTE = re.compile(r"^\s*[▲△★]\s*(?:问题|建议|备注|说明)\s*\d{0,3}\s*[:：]")
MIN_SERIALS = 10


def _roles_first(raw_lines: list[str]) -> list[str]:
    """A numbered log with its roles after the words, as the role-first log this module reads:
    the serials go, 1.…  标题 级别 4 is 标题 级别 4  1.…, 表格  有 4 行 5 列 is 表格 共 4 行 5 列,
    表格结尾 leaves the table, and a tester's ▲问题 notes are no text."""
    if sum(1 for raw in raw_lines if _SERIAL.match(raw)) < MIN_SERIALS:
        return raw_lines
    out = []
    for raw in raw_lines:
        if _TESTER_NOTE.match(raw):
            out.append("")
            continue
        said = _SERIAL.sub("", raw) if _SERIAL.match(raw) else raw
        table = _TABLE_SAID.match(said)
        role = _ROLE_AFTER.match(said)
        if table is not None:
            said = f"表格 共 {table['rows']} 行 {table['cols']} 列"
        elif said.strip() == "表格结尾":
            said = "离开表格"
        elif role is not None:
            said = f"{role['role']}  {role['text'].strip()}"
        out.append(said)
    return out


def is_spoken(raw_lines: list[str]) -> bool:
    return sum(1 for raw in raw_lines if _ROLE.match(raw)) >= MIN_ROLES


def is_numbered_log(raw_lines: list[str]) -> bool:
    """A screen reader's log numbering each utterance (0020  …  标题 级别 4)."""
    return sum(1 for raw in raw_lines if _SERIAL.match(raw)) >= MIN_SERIALS \
        and is_spoken(_roles_first(raw_lines))


def as_written(raw_lines: list[str]) -> list[str]:
    """The page's text as its lines were written (other texts unchanged)."""
    raw_lines = _roles_first(raw_lines)
    if not is_spoken(raw_lines):
        return raw_lines
    out = list(raw_lines)
    _tables(out)
    _drop_heading_check(out)
    for index, raw in enumerate(out):
        heading = _HEADING.match(raw)
        if heading is not None:
            out[index] = heading["text"].strip()
        elif _LEAVES.match(raw) or _LINK_ALONE.match(raw) \
                or (_ROLE.match(raw) and not _ROLE.sub("", raw).strip()):
            out[index] = ""  # (a link alone is the page's navigation, not its text)
        elif _ROLE.match(raw):
            out[index] = _ROLE.sub("", raw).strip()
        elif "链接" in raw:
            out[index] = _INLINE_LINK.sub(" ", raw).strip()
    return _joined_cuts(out)


def _tables(lines: list[str]) -> None:
    """表格 共 6 行 2 列 ⏎ 第 1 行 第 1 列 项目 ⏎ 第 2 列 要求 ⏎ 第 2 行 第 1 列 支持方式 ⏎
    第 2 列 前资助 …: a two-column table of labels and values written as label：value lines, a
    wider one as rows of cells (the header row kept)."""
    index = 0
    while index < len(lines):
        table = _TABLE.match(lines[index])
        if table is None:
            index += 1
            continue
        lines[index] = ""
        columns = int(table["cols"])
        rows: list[list[tuple[int, str]]] = []  # each row's cells and the lines they were said on
        index += 1
        while index < len(lines) and (not lines[index].strip() or _CELL.match(lines[index])):
            cell = _CELL.match(lines[index])
            index += 1
            if cell is None:
                continue  # (a tester's note between the cells, gone)
            if cell["row"] is not None or not rows:
                rows.append([])
            rows[-1].append((index - 1, cell["text"].strip()))
            lines[index - 1] = ""
        if columns == 2 and rows and all(_HEADER_WORDS.match(c) for _, c in rows[0]):
            for row in rows[1:]:  # 项目 | 要求: the header of a table of labels
                lines[row[0][0]] = "：".join(c for _, c in row[:2]) if len(row) == 2 \
                    else "".join(c for _, c in row)
        else:
            for row in rows:
                lines[_row_line(row)] = "\t".join(c for _, c in row)


def _row_line(row: list[tuple[int, str]]) -> int:
    """A row stands where its first words were said (1 | 赛里木湖冷水鱼…: the title's line, not
    its number's)."""
    return next((at for at, cell in row if not re.fullmatch(r"\d{1,3}[.、]?", cell)), row[0][0])


def _is_text(raw: str) -> bool:
    return bool(raw.strip()) and not _ROLE.match(raw) and not _LEAVES.match(raw)


def _drop_heading_check(lines: list[str]) -> None:
    """A run of headings at the top, each read again later in full: a tester's first pass
    jumping from heading to heading, not the page."""
    spoken = [(i, m["text"].strip()) for i, raw in enumerate(lines)
              if (m := _HEADING.match(raw))]
    run: list[tuple[int, str]] = []
    for i, text in spoken:
        if any(text == said for _, said in run):
            break  # the page read in full begins
        if run and any(_is_text(lines[k]) for k in range(run[-1][0] + 1, i)):
            break
        run.append((i, text))
    later = {text for i, text in spoken if run and i > run[-1][0]}
    if len(run) >= 2 and all(text in later for _, text in run):
        for i, _ in run:
            lines[i] = ""


def _joined_cuts(lines: list[str]) -> list[str]:
    """An utterance of exactly the reader's line length goes on in the next one (and that in
    the next, while they are cut too), across the lines its roles left empty."""
    return narrow_wrap.joined_cuts(lines, CUT, blank_ends=False)
