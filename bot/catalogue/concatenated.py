"""A guideline that came as several files (a zip of Word files: 总体要求, one file a direction,
附件) joined into one text by `tail -n +1 *.txt` or `head -n -0 *`: each file opens with a
`==> name <==` line, and the files stand in the shell's byte order (1, 10, 11, 2 …), not the
bureau's. Read back file by file in the order their names number them (2 before 10, the
unnumbered 附件 last), each file without the lines every file repeats at its top (the
guideline's title, an 附件1-N label), each line citing the line of the joined text it is on.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^==> (?P<name>.+) <==\s*$")
MIN_FILES = 3
_NUMBERS = re.compile(r"\d+")
# 附件1-3, 附件 1–12: a file's label as the part of the guideline it is
_PART_LABEL = re.compile(r"^附\s*件\s*\d+\s*(?:[-－—–]\s*\d+)?\s*$")


def _order(name: str) -> tuple[int, list[int], str]:
    """Where a file's name puts it: by the numbers it leads with (2 before 10); names that
    lead with no number (附件2-申报材料清单) after them, as a bureau lists its attachments."""
    lead = re.match(r"^\s*(\d+(?:[.\-_]\d+)*)", name)
    if lead is None:
        return (1, [], name)
    return (0, [int(n) for n in _NUMBERS.findall(lead[1])], name)


def _files(raw_lines: list[str]) -> list[tuple[str, list[int]]] | None:
    """Each file's name and the indexes of its lines (the header and the empty line `tail`
    puts before the next header left out)."""
    files: list[tuple[str, list[int]]] = []
    for index, raw in enumerate(raw_lines):
        header = _HEADER.match(raw)
        if header is not None:
            files.append((header["name"], []))
        elif files:
            files[-1][1].append(index)
        elif raw.strip():
            return None  # text before the first file: not a joined set of files
    if len(files) < MIN_FILES:
        return None
    for _, lines in files:
        while lines and not raw_lines[lines[-1]].strip():
            lines.pop()
    return files


def _repeated_tops(raw_lines: list[str], files: list[tuple[str, list[int]]]) -> set[str]:
    """The lines at the top of most files (the guideline's title each Word file repeats)."""
    counts: dict[str, int] = {}
    for _, lines in files:
        top = {raw_lines[i].strip().lstrip("\ufeff") for i in lines[:3]}
        for text in top - {""}:
            counts[text] = counts.get(text, 0) + 1
    return {text for text, count in counts.items() if count > len(files) // 2}


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The files' lines in the order their names give and the line (1-based) each is on;
    None when the text is not files joined that way."""
    files = _files(raw_lines)
    if files is None:
        return None
    repeated = _repeated_tops(raw_lines, files)
    lines: list[str] = []
    numbers: list[int] = []
    head_before = None
    for rank, (_, indexes) in enumerate(sorted(files, key=lambda file: _order(file[0]))):
        head = None
        for position, index in enumerate(indexes):
            text = raw_lines[index].lstrip("\ufeff")
            if position < 3 and ((text.strip() in repeated and rank > 0)
                                 or _PART_LABEL.match(text.strip())):
                continue  # (the first file keeps the title: it is the guideline's)
            if head is None and text.strip():
                head = text.strip()
                if head == head_before:
                    continue  # 重点研发计划 over each of its directions' files: said once
            lines.append(text)
            numbers.append(index + 1)
        head_before = head
        lines.append("")
        numbers.append(indexes[-1] + 1 if indexes else 1)
    return lines, numbers
