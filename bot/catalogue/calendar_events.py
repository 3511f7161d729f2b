"""A guideline kept as a calendar's events (an .ics export: one event a direction, its title
the heading, its categories the plan and group it stands under, its description the text):
read back as the outline the categories make, plans by their numbers, each event's text under
its heading. Folded lines are unfolded and escapes undone; a reader's 【备注】 note in an event
is dropped. Each line read cites the file line its property starts on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.catalogue.numbers import chinese_to_int

MIN_EVENTS = 3
_PROPERTY = re.compile(r"^(?P<name>[A-Z][A-Z0-9-]*)(?P<params>;[^:]*)?:(?P<value>.*)$")
_ESCAPE = re.compile(r"\\([nN,;\\])")
_UNESCAPED_COMMA = re.compile(r"(?<!\\),")
_NOTE = re.compile(r"\n?【备注】.*$", re.S)
_LEADING_NUMBER = re.compile(r"^\s*(?:[(（](?P<paren>[\d一二三四五六七八九十]{1,3})[)）]"
                             r"|(?P<num>[\d一二三四五六七八九十]{1,3})\s*[、.．])")


@dataclass
class _Event:
    order: int
    summary: str = ""
    summary_line: int = 0
    categories: list[str] = field(default_factory=list)
    description: str = ""
    description_line: int = 0


def _unescaped(value: str) -> str:
    return _ESCAPE.sub(lambda m: "\n" if m[1] in "nN" else m[1], value)


def _events(raw_lines: list[str]) -> list[_Event]:
    """Each VEVENT's title, categories and description (its alarms' not)."""
    unfolded: list[tuple[int, str]] = []
    for number, raw in enumerate(raw_lines, start=1):
        if raw[:1] in (" ", "\t") and unfolded:
            unfolded[-1] = (unfolded[-1][0], unfolded[-1][1] + raw[1:])
        else:
            unfolded.append((number, raw.rstrip("\r\n")))
    events: list[_Event] = []
    depth: list[str] = []
    for number, text in unfolded:
        if text.startswith("BEGIN:"):
            depth.append(text[6:].strip())
            if depth[-1] == "VEVENT":
                events.append(_Event(len(events)))
            continue
        if text.startswith("END:"):
            if depth:
                depth.pop()
            continue
        prop = _PROPERTY.match(text)
        if prop is None or not depth or depth[-1] != "VEVENT":
            continue
        event, value = events[-1], prop["value"]
        if prop["name"] == "SUMMARY":
            event.summary, event.summary_line = _unescaped(value).strip(), number
        elif prop["name"] == "CATEGORIES":
            event.categories = [_unescaped(c).strip() for c in _UNESCAPED_COMMA.split(value)
                                if c.strip()]
        elif prop["name"] == "DESCRIPTION":
            event.description = _NOTE.sub("", _unescaped(value)).strip()
            event.description_line = number
    return events


def _number_of(title: str) -> int:
    found = _LEADING_NUMBER.match(title)
    word = (found["paren"] or found["num"]) if found else None
    if not word:
        return 10_000
    return int(word) if word.isdigit() else chinese_to_int(word) or 10_000


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The events as the outline their categories make, each line with the file line it came
    from; None when the text is no calendar of such events."""
    if not raw_lines or not raw_lines[0].lstrip("\ufeff").startswith("BEGIN:VCALENDAR"):
        return None
    events = [e for e in _events(raw_lines) if e.summary]
    if len(events) < MIN_EVENTS:
        return None
    lines: list[str] = []
    numbers: list[int] = []

    def say(text: str, number: int) -> None:
        for part in text.splitlines():
            if part.strip():
                lines.append(part.strip())
                numbers.append(number)

    def write(event: _Event, path: list[str]) -> None:
        say(event.summary, event.summary_line)
        say(event.description, event.description_line or event.summary_line)
        below = [e for e in events if e.categories == [*path, event.summary]]
        for child in sorted(below, key=lambda e: (_number_of(e.summary), e.order)):
            write(child, [*path, event.summary])

    titles = {e.summary for e in events}
    plans = sorted({e.categories[0] for e in events if e.categories
                    and (e.categories[0] in titles or len(e.categories) == 1)},
                   key=lambda title: (_number_of(title), title))
    for event in events:  # what stands under no plan (the notice, 总则) first
        if not event.categories or event.categories[0] not in plans \
                or (len(event.categories) == 1 and event.summary not in plans
                    and _number_of(event.categories[0]) == 10_000):
            say(event.summary, event.summary_line)
            say(event.description, event.description_line or event.summary_line)
    if lines:  # the general event's own 一、二、… end before the plans' 一、 begins again
        say("附件", numbers[-1])
    for plan in plans:
        if _number_of(plan) == 10_000 and plan not in titles:
            continue
        own = next((e for e in events if e.summary == plan), None)
        if own is not None:
            say(own.summary, own.summary_line)
            say(own.description, own.description_line or own.summary_line)
        else:
            first = min(e.summary_line for e in events if e.categories[:1] == [plan])
            say(plan, first)
        below = [e for e in events if e.categories == [plan] and e.summary != plan]
        for event in sorted(below, key=lambda e: (_number_of(e.summary), e.order)):
            write(event, [plan])
    return lines, numbers
