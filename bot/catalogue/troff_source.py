"""A guideline kept as a man page (the troff source a firm's IT staff wrote for `man 7 …`):
.TH the title line, .SH / .SS sections with quoted arguments, .B / .I lines setting a heading
or an amount in bold, .TP / .PP / .IP paragraph macros, \\fB…\\fR font changes around figures,
\\- for a hyphen, \\(bu bullets and .\\" comments (the writer's own notes). Read back as
`man` shows it: each macro's text on its line, requests and comments blank.
"""

from __future__ import annotations

import re

_REQUEST = re.compile(r"^\.(?P<name>[A-Za-z]{1,3})\b\s*(?P<args>.*)$")
_COMMENT = re.compile(r"^\.\s*\\\"|^'\\\"|^\.\\#")
_TEXT_MACROS = {"SH", "SS", "B", "I", "BR", "IR", "RB", "RI", "BI", "IB", "SM", "SB"}
_ESCAPES = [(re.compile(r"\\f(?:[BIRP1-4]|\(\w\w|\[\w*\])"), ""), (re.compile(r"\\-"), "-"),
            (re.compile(r"\\\((?:bu|ci|sq)"), ""), (re.compile(r"\\\(em"), "—"),
            (re.compile(r"\\\(en"), "–"), (re.compile(r"\\&|\\c|\\:"), ""),
            (re.compile(r"\\e"), "\\\\"), (re.compile(r"\\ "), " ")]
MIN_MACROS = 5


def is_man_page(raw_lines: list[str]) -> bool:
    """troff man source: a .TH line, and sections and paragraph macros."""
    macros = [m["name"] for raw in raw_lines if (m := _REQUEST.match(raw))]
    return "TH" in macros and sum(1 for name in macros if name in ("SH", "SS")) >= 2 \
        and len(macros) >= MIN_MACROS


def as_shown(raw_lines: list[str]) -> list[str]:
    """The page as man shows it, line for line (unchanged when it is no man source)."""
    if not is_man_page(raw_lines):
        return raw_lines
    return [_shown(raw) for raw in raw_lines]


def _shown(line: str) -> str:
    if _COMMENT.match(line):
        return ""
    request = _REQUEST.match(line)
    if request is not None:
        if request["name"] not in _TEXT_MACROS:
            return ""  # .TH .TP .PP .IP .br .sp .RS .RE: layout, no text
        line = " ".join(part.strip('"') for part in re.findall(r'"[^"]*"|\S+', request["args"]))
    for pattern, said in _ESCAPES:
        line = pattern.sub(said, line)
    return line.strip()
