"""A guideline printed to a PostScript file (an office print server's PDF2PS, a driver's "print
to file"): %!PS comments and a prolog, then a line of text a command — `x y moveto (…) show`,
its font set before it (`F1 setfont`), ashow/widthshow too — with \\( \\) \\\\ and octal escapes in
the string. Read back as each command's text on its line; the prolog and the page operators
blank.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^%!PS")
# (string) show / (string) 0 0 ashow / … (string) widthshow
_SHOWN = re.compile(r"\((?P<text>(?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*)\)\s*(?:[-\d.\s]*)"
                    r"(?:show|ashow|widthshow|awidthshow|xshow|yshow|xyshow)\b")
_ESCAPE = re.compile(r"\\([0-7]{1,3}|.)")
MIN_SHOWN = 5


def is_postscript(raw_lines: list[str]) -> bool:
    """A PostScript file: %!PS first, and text shown on five lines or more."""
    return bool(raw_lines) and bool(_HEADER.match(raw_lines[0].lstrip("\ufeff"))) \
        and sum(1 for raw in raw_lines if _SHOWN.search(raw)) >= MIN_SHOWN


def as_printed(raw_lines: list[str]) -> list[str]:
    """The text the file puts on paper, a line per line (unchanged when it is no PostScript)."""
    if not is_postscript(raw_lines):
        return raw_lines
    return ["".join(_unescaped(m["text"]) for m in _SHOWN.finditer(raw)) for raw in raw_lines]


def _unescaped(text: str) -> str:
    def one(match: re.Match[str]) -> str:
        code = match[1]
        if code[0] in "01234567":
            return chr(int(code, 8))
        return {"n": "\n", "r": "", "t": "\t", "b": "", "f": ""}.get(code, code)
    return _ESCAPE.sub(one, text)
