"""A guideline keyed into a project plan (Microsoft Project's task list saved as tab-separated
text): one task per heading — its 任务名称 the heading, its 大纲数字 (1, 3.1, 3.1.2) the place
in the outline, its 备注 the heading's text — with the plan's own columns (工期, dates, 前置任务,
资源名称) and the planner's own tasks (a firm's to-dos under a direction, milestones) beside
them. Read as the headings and their notes; each line citing the task's row.

The same plan printed from the Gantt view (its PDF read back) has no note column: each task's
备注 prints on the lines under its row, the header's first cells run together (标识号WBS) and
some rows lose their tabs to spaces. Read as an outline too: each task as its WBS number and
name, its note's words under it (归口科室：…。支持方式：… are the plan's own labels); the resource
sheet after the tasks, the legend and the sign-off are the printout's.
"""

from __future__ import annotations

import re

from bot.catalogue.outline import classify_text

_OUTLINE = re.compile(r"^(?:大纲数字|大纲编号|WBS|Outline Number)$", re.I)
_NAME = re.compile(r"^(?:任务名称|名称|Task Name|Name)$", re.I)
_NOTES = re.compile(r"^(?:备注|Notes)$", re.I)
_MILESTONE = re.compile(r"里程碑|milestone", re.I)
_CODED = re.compile(r"[(（【\[][A-Za-z]{1,8}\d{2,4}[-_A-Za-z\d]*[)）】\]]\s*$")
MIN_TASKS = 5


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The headings and notes of the plan's tasks and the line (1-based) each comes from; None
    when the text is no such task list."""
    header_at = next((i for i, raw in enumerate(raw_lines[:5]) if "\t" in raw), None)
    if header_at is None:
        return _printed(raw_lines)
    header = [cell.strip() for cell in raw_lines[header_at].lstrip("\ufeff").split("\t")]
    at = {name: next((i for i, cell in enumerate(header) if pattern.match(cell)), None)
          for name, pattern in (("outline", _OUTLINE), ("name", _NAME), ("notes", _NOTES))}
    if at["outline"] is None or at["name"] is None:
        return _printed(raw_lines)
    tasks: list[tuple[str, str, str, int]] = []  # (outline number, name, notes, line)
    for number, raw in enumerate(raw_lines[header_at + 1:], start=header_at + 2):
        cells = raw.split("\t")
        if len(cells) <= max(i for i in at.values() if i is not None):
            cells += [""] * (len(header) - len(cells))
        outline, name = cells[at["outline"]].strip(), cells[at["name"]].strip()
        if re.fullmatch(r"\d+(?:\.\d+)*", outline) and name:
            notes = cells[at["notes"]].strip() if at["notes"] is not None else ""
            tasks.append((outline, name, notes, number))
    if len(tasks) < MIN_TASKS:
        return None
    coded = {outline for outline, name, _, _ in tasks if _CODED.search(name)}
    lines: list[str] = []
    numbers: list[int] = []
    for outline, name, notes, number in tasks:
        parent = outline.rsplit(".", 1)[0] if "." in outline else ""
        if classify_text(name) is None and (parent in coded or _MILESTONE.search(name)):
            continue  # the planner's own to-do under a direction, or a milestone
        lines.append(name)
        numbers.append(number)
        if notes:
            lines.append(notes)
            numbers.append(number)
    return lines, numbers


# 标识号 | WBS | 任务名称 | 工期 | 开始时间 | …: the task table's header
_HEADER = re.compile(r"任务名称.*工期|工期.*任务名称")
# 7	2.1	葡萄及…【BZ25-ZY-01】	25 个工作日 …: a task's row (cells by tabs, or spaces where
# the printout lost them), its duration closing its name
_TASK = re.compile(r"^\s*(?P<id>\d{1,4})[\t ]+(?P<wbs>\d{1,2}(?:\.\d{1,2}){0,4})[\t ]+"
                   r"(?P<name>\S.*?)(?:[\t ]+\d+(?:\.\d+)?\s*(?:个)?(?:工作日|工作时|工时|天|周|月)"
                   r"\??(?:[\t ].*)?|\t.*)?$")
_NOTE = re.compile(r"^\s*备注\s*[:：]\s*")
# 标识号 | 资源名称 | 类型 | …: the resource sheet, after the tasks
_RESOURCES = re.compile(r"资源名称.*(?:类型|标准费率|最大单位)")
# 【BZ25-ZY-01】 / （BZ25-ZY-01）: a direction's code in its task's name
_PRINTED_CODE = re.compile(r"[【\[［(（][A-Za-z]{1,8}[0-9A-Za-z\-]*\d[0-9A-Za-z\-]*[】\]］)）]")
MIN_PRINTED = 8


def _printed(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The printed plan's tasks as an outline and the line each came from; None for other
    texts."""
    if not any(_HEADER.search(raw) for raw in raw_lines[:40]):
        return None
    tasks = [_task(raw) for raw in raw_lines]
    if sum(1 for task in tasks if task is not None) < MIN_PRINTED:
        return None
    kept: list[tuple[str, int]] = []
    coded: list[str] = []  # the WBS numbers of coded tasks: a direction each
    keeping = True  # (a task's note lines follow it; the firm's own tasks' notes go with them)
    for at, (raw, task) in enumerate(zip(raw_lines, tasks, strict=True)):
        if _RESOURCES.search(raw) or _HEADER.search(raw):
            # (the resource sheet after the tasks; the header again after a page break)
            keeping = _RESOURCES.search(raw) is None
            continue
        if task is not None:
            wbs, name = task["wbs"], task["name"].strip()
            is_coded = _PRINTED_CODE.search(name) is not None
            own_work = not is_coded and any(wbs.startswith(number + ".") for number in coded)
            keeping = wbs != "0" and not own_work
            if is_coded:
                coded.append(wbs)
            if keeping:
                kept.append((f"{wbs} {name}", at + 1))
            continue
        if keeping and raw.strip():
            kept.append((_NOTE.sub("", raw), at + 1))
    return [text for text, _ in kept], [at for _, at in kept]


_DURATION = re.compile(r"个?工作日|工时|\t")  # (a row's duration, or its cells' tabs)


def _task(raw: str) -> re.Match[str] | None:
    """A task's row, or None."""
    task = _TASK.match(raw)
    return task if task is not None and _DURATION.search(raw) else None
