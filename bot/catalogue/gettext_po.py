"""A guideline met as a translation file (gettext .po, as Django's makemessages writes it for a
portal's translators): an entry a paragraph, its words in msgid "…" (wrapped over quoted lines,
its line breaks \\n), where it stands in the page's template in its #: references, a heading's
level only in msgctxt. Identical strings are merged into one entry with several references, so
the page's order is rebuilt from the references: each entry read at every place of the page
template the most entries come from (the site's navigation, obsolete #~ entries and translators'
# comments left out), each line citing the msgid line it comes from.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

_REFERENCE = re.compile(r"(?P<path>[^\s:]+):(?P<line>\d+)")
_QUOTED = re.compile(r'^\s*(?:msgid\s+)?"(?P<text>(?:[^"\\]|\\.)*)"\s*$')
MIN_ENTRIES = 5


@dataclass
class _Entry:
    refs: list[tuple[str, int]] = field(default_factory=list)
    line: int = 0  # the msgid line
    parts: list[str] = field(default_factory=list)
    context: str = ""  # msgctxt: h2, h3 … for a heading

    @property
    def text(self) -> str:
        said = "".join(self.parts)
        return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m[1], m[1]), said)


def _entries(raw_lines: list[str]) -> list[_Entry]:
    entries: list[_Entry] = []
    entry = _Entry()
    in_msgid = False
    for number, raw in enumerate(raw_lines, start=1):
        stripped = raw.strip()
        if stripped.startswith("#:"):
            if entry.line:
                entries.append(entry)
                entry = _Entry()
            entry.refs += [(m["path"], int(m["line"])) for m in _REFERENCE.finditer(stripped)]
            in_msgid = False
        elif stripped.startswith("msgctxt "):
            entry.context = stripped.removeprefix("msgctxt ").strip().strip('"')
        elif stripped.startswith("msgid "):
            entry.line = number
            quoted = _QUOTED.match(stripped)
            entry.parts = [quoted["text"]] if quoted else []
            in_msgid = True
        elif in_msgid and (quoted := _QUOTED.match(stripped)) and not stripped.startswith("msg"):
            entry.parts.append(quoted["text"])
        else:
            in_msgid = False
    if entry.line:
        entries.append(entry)
    return [e for e in entries if e.refs and e.text.strip()]


def _said(entry: _Entry) -> str:
    """A heading unnumbered and short (h5 支持方式及要求) over terms is their label."""
    text = entry.text.strip()
    if re.fullmatch(r"h[4-6]", entry.context) and len(text) <= 10 \
            and not re.match(r"[(（\d一二三四五六七八九十]", text) \
            and not text.endswith(("：", ":")):
        return text + "："
    return text


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The page's paragraphs in its order and the msgid line (1-based) each comes from; None
    when the text is no translation file."""
    if sum(1 for raw in raw_lines if raw.startswith("msgid ")) < MIN_ENTRIES \
            or not any(raw.startswith("msgstr") for raw in raw_lines):
        return None
    entries = _entries(raw_lines)
    pages = Counter(path for entry in entries for path, _ in entry.refs)
    if not pages:
        return None
    page = pages.most_common(1)[0][0]
    placed = sorted((at, entry.line, _said(entry)) for entry in entries
                    for path, at in entry.refs if path == page)
    lines: list[str] = []
    numbers: list[int] = []
    for _, number, text in placed:
        for part in text.split("\n"):
            if part.strip():
                lines.append(part.strip())
                numbers.append(number)
    return lines, numbers
