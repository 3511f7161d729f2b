"""iCalendar (RFC 5545) export of application deadlines, for any calendar app.

Written by hand because it is small and exact: CRLF line ends, lines folded at 75 octets
without splitting a UTF-8 character, TEXT values escaped, times in UTC, stable UIDs so
re-importing updates events instead of duplicating them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.catalogue.models import Stage

PRODID = "-//Zhinan//Science plan deadlines//ZH"
EVENT_LENGTH = timedelta(minutes=30)


@dataclass(frozen=True)
class Deadline:
    """One stage of one window, with what it is about."""

    title: str
    stage: Stage
    description: str
    key: str  # stable identity: guideline/leaf and stage label


def escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def fold(line: str) -> str:
    """Split a content line into 75-octet pieces joined by CRLF + space."""
    pieces: list[str] = []
    current = b""
    limit = 75
    for char in line:
        encoded = char.encode()
        if len(current) + len(encoded) > limit:
            pieces.append(current.decode())
            current = b""
            limit = 74  # continuation lines start with a space
        current += encoded
    pieces.append(current.decode())
    return "\r\n ".join(pieces)


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def calendar(deadlines: Iterable[Deadline], name: str, now: datetime) -> bytes:
    """The .ics file for these deadlines."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", f"X-WR-CALNAME:{escape(name)}"]
    for deadline in deadlines:
        uid = hashlib.sha1(deadline.key.encode()).hexdigest()[:20]
        end = deadline.stage.ends_at
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}@zhinan",
            f"DTSTAMP:{_utc(now)}",
            f"DTSTART:{_utc(end - EVENT_LENGTH)}",
            f"DTEND:{_utc(end)}",
            f"SUMMARY:{escape(deadline.title)}",
            f"DESCRIPTION:{escape(deadline.description)}",
            "BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{escape(deadline.title)}",
            "TRIGGER:-P1D", "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(fold(line) for line in lines) + "\r\n").encode()
