"""A guideline keyed into a project plan (Microsoft Project's task list saved as tab-separated
text): one task per heading — its 任务名称 the heading, its 大纲数字 (1, 3.1, 3.1.2) the place
in the outline, its 备注 the heading's text — with the plan's own columns (工期, dates, 前置任务,
资源名称) and the planner's own tasks (a firm's to-dos under a direction, milestones) beside
them. Read as the headings and their notes; each line citing the task's row.
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
        return None
    header = [cell.strip() for cell in raw_lines[header_at].lstrip("\ufeff").split("\t")]
    at = {name: next((i for i, cell in enumerate(header) if pattern.match(cell)), None)
          for name, pattern in (("outline", _OUTLINE), ("name", _NAME), ("notes", _NOTES))}
    if at["outline"] is None or at["name"] is None:
        return None
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
