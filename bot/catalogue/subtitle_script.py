"""A guideline kept as a video's subtitle script (Aegisub's Advanced SubStation Alpha, .ass, or
its older .ssa): a `[Events]` section of `Dialogue:` cues, each with its layer, start and end
times and style, its text last — override tags in braces ({\\fad(300,300)}), hard breaks
written `\\N`. A voice-over's cues cut the text every two lines or so; the editors' `Comment:`
cues and cards set on a layer over the captions are no part of it; a cue put at the end of
the file with its right time (a heading added late) plays where its time puts it.

Read as the timeline plays: cues that follow each other without a pause, in one style, one
paragraph at the line of its first cue; a change of style (a heading's) starts another.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_EVENTS = re.compile(r"^\s*\[Events\]\s*$", re.I)
_SECTION = re.compile(r"^\s*\[[^\]]+\]\s*$")
_FORMAT = re.compile(r"^\s*Format\s*:\s*(?P<fields>.+)$", re.I)
_DIALOGUE = re.compile(r"^\s*Dialogue\s*:\s*(?P<values>.*)$", re.I)
_TIME = re.compile(r"^\s*(?P<h>\d{1,2}):(?P<m>\d{2}):(?P<s>\d{2})[.,](?P<cs>\d{1,3})\s*$")
_OVERRIDE = re.compile(r"\{[^{}]*\}")
_BREAK = re.compile(r"\\[Nn]")
MIN_CUES = 5
# a pause this long (or longer) between two cues ends a paragraph: a voice-over runs on
# between the cues of one
PARAGRAPH_PAUSE_MS = 300


@dataclass(frozen=True)
class _Cue:
    line: int  # 1-based line of the file
    layer: int
    start: int  # ms
    end: int
    style: str
    text: str


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The script's paragraphs in the order they play and the line (1-based) each starts on;
    None when the text is no subtitle script."""
    cues = _cues(raw_lines)
    if cues is None or len(cues) < MIN_CUES:
        return None
    main = Counter(cue.layer for cue in cues).most_common(1)[0][0]
    playing = sorted((cue for cue in cues if cue.layer == main and cue.text),
                     key=lambda cue: (cue.start, cue.line))
    lines: list[str] = []
    numbers: list[int] = []
    last: _Cue | None = None
    for cue in playing:
        if last is not None and cue.style == last.style \
                and cue.start - last.end < PARAGRAPH_PAUSE_MS:
            lines[-1] += cue.text
        else:
            lines.append(cue.text)
            numbers.append(cue.line)
        last = cue
    return lines, numbers


def _cues(raw_lines: list[str]) -> list[_Cue] | None:
    events = next((i for i, raw in enumerate(raw_lines)
                   if raw.lstrip().startswith("[") and _EVENTS.match(raw)), None)
    if events is None:
        return None
    fields: list[str] | None = None
    cues: list[_Cue] = []
    for number, raw in enumerate(raw_lines[events + 1:], start=events + 2):
        if _SECTION.match(raw):
            break
        if fields is None:
            if (form := _FORMAT.match(raw)) is not None:
                fields = [name.strip().lower() for name in form["fields"].split(",")]
            continue
        dialogue = _DIALOGUE.match(raw)
        if dialogue is None:  # (Comment: cues, the editors' notes)
            continue
        values = dialogue["values"].split(",", len(fields) - 1)
        if len(values) != len(fields):
            continue
        cell = dict(zip(fields, values, strict=True))
        start, end = _ms(cell.get("start", "")), _ms(cell.get("end", ""))
        if start is None or end is None:
            continue
        layer = cell.get("layer", cell.get("marked", "0")).strip()
        cues.append(_Cue(number, int(layer) if layer.isdigit() else 0, start, end,
                         cell.get("style", "").strip(), _plain(cell.get("text", ""))))
    return cues if fields is not None else None


def _ms(stamp: str) -> int | None:
    time = _TIME.match(stamp)
    if time is None:
        return None
    fraction = int(time["cs"].ljust(3, "0"))
    return ((int(time["h"]) * 60 + int(time["m"])) * 60 + int(time["s"])) * 1000 + fraction


def _plain(text: str) -> str:
    """A cue's words: its override tags gone, its hard breaks closed up (a Chinese line is cut
    anywhere, mid-word too: 申\\N报指南), a hard space a space."""
    text = _OVERRIDE.sub("", text).replace("\\h", " ")

    def closed(match: re.Match[str]) -> str:
        before, after = text[match.start() - 1:match.start()], text[match.end():match.end() + 1]
        latin = before.isascii() and before.isalnum() and after.isascii() and after.isalnum()
        return " " if latin else ""  # (…Wi-Fi\NModule: Latin words keep their space)
    return _BREAK.sub(closed, text).strip()
