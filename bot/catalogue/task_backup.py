"""A guideline typed into a to-do app as tasks and subtasks, read from the app's backup (滴答清单 /
TickTick's CSV: a few quoted lines of its own, then a header row with Title, Content, taskId and
parentId, one quoted row per task, its Content cell running over several lines). The outline is
only in the parent links, and the rows stand in the order the list was dragged into, not the
guideline's: a plan moved to the top, a sub-direction added last.

Read as the outline the links make — each task's title a heading, its content the lines under
it; siblings in the order their numbers run (二、 after 一、, however they were dragged), else
as the list orders them — from the list holding the guideline (the one whose tasks nest); check
lists, finished tasks and other lists' tasks left out. Each line cites the line of the file it
stands on.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass, field

from bot.catalogue.outline import classify_text

_HEADER = re.compile(r'^\ufeff?"?Folder Name"?,|"Title"')
MIN_TASKS = 5
_DONE = {"1", "2"}  # (0 Normal, 1 Completed, 2 Archived)


@dataclass
class _Task:
    line: int  # 1-based line the row starts on
    title: str
    content: str
    order: float
    children: list[_Task] = field(default_factory=list)


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The tasks' headings and notes in outline order and the line (1-based) each stands on;
    None when the text is no task backup."""
    header_at = next((i for i, raw in enumerate(raw_lines[:40])
                      if _HEADER.search(raw) and "taskId" in raw and "parentId" in raw), None)
    if header_at is None:
        return None
    rows = _rows(raw_lines, header_at)
    nested = Counter(row["List Name"] for row, _ in rows if row.get("parentId"))
    if not nested:
        return None
    listed = nested.most_common(1)[0][0]
    tasks: dict[str, tuple[_Task, str]] = {}
    for row, line in rows:
        if row.get("List Name") != listed or row.get("Kind", "").upper() == "CHECKLIST" \
                or row.get("Status", "0") in _DONE or not row.get("Title", "").strip():
            continue
        tasks[row.get("taskId", str(line))] = (
            _Task(line, row["Title"].strip(), row.get("Content", ""), _number(row.get("Order"))),
            row.get("parentId", ""))
    if len(tasks) < MIN_TASKS:
        return None
    roots: list[_Task] = []
    for task, parent in tasks.values():
        (tasks[parent][0].children if parent in tasks else roots).append(task)
    lines: list[str] = []
    numbers: list[int] = []
    for task in _in_order(roots, unnumbered_first=True):
        _written(task, lines, numbers)
    return lines, numbers


def _rows(raw_lines: list[str], header_at: int) -> list[tuple[dict[str, str], int]]:
    """Each row as {column: cell} with the line it starts on."""
    reader = csv.reader(raw + "\n" for raw in raw_lines[header_at:])  # (a cell's line ends kept)
    header = [cell.lstrip("\ufeff").strip() for cell in next(reader, [])]
    rows: list[tuple[dict[str, str], int]] = []
    start = header_at + reader.line_num + 1
    for cells in reader:
        if len(cells) == len(header):
            rows.append((dict(zip(header, cells, strict=True)), start))
        start = header_at + reader.line_num + 1
    return rows


def _number(order: str | None) -> float:
    try:
        return float(order or 0)
    except ValueError:
        return 0.0


def _in_order(tasks: list[_Task], *, unnumbered_first: bool = False) -> list[_Task]:
    """Siblings as the guideline numbers them, where all of those numbered share a style (and
    under the root, the tasks not numbered — a note, a to-do — before them); else as listed."""
    listed = sorted(tasks, key=lambda task: (task.order, task.line))
    numbered: dict[int, tuple[str, tuple[int, ...]]] = {}
    for task in listed:
        heading = classify_text(task.title)
        if heading is not None and heading.number:
            numbered[id(task)] = (heading.style, heading.number)
    if len(numbered) < 2 or len({style for style, _ in numbered.values()}) != 1 \
            or (not unnumbered_first and len(numbered) != len(listed)):
        return listed
    return [*(task for task in listed if id(task) not in numbered),
            *sorted((task for task in listed if id(task) in numbered),
                    key=lambda task: numbered[id(task)][1])]


def _written(task: _Task, lines: list[str], numbers: list[int]) -> None:
    lines.append(task.title)
    numbers.append(task.line)
    for offset, text in enumerate(task.content.split("\n")):
        if text.strip():
            lines.append(text)
            numbers.append(task.line + offset)  # (the cell's first line is the row's)
    for child in _in_order(task.children):
        _written(child, lines, numbers)
