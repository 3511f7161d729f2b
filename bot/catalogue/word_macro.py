"""A guideline typed into Word while its macro recorder ran, exported as the macro's VBA
(NewMacros.bas): each paragraph a run of Selection.TypeText statements — long strings split
over `_` continuation lines, text cut where bold was switched — ended by TypeParagraph, a typing
slip undone by TypeBackspace, styles and the staff's ' comments between. Read back as the
document it types; each paragraph on the line where its typing began.
"""

from __future__ import annotations

import re

_TYPE_TEXT = re.compile(r"^\s*Selection\.TypeText\s+Text:=\s*(?P<expr>.*)$")
_BACKSPACE = re.compile(r"^\s*Selection\.TypeBackspace\b")
_PARAGRAPH = re.compile(r"^\s*Selection\.TypeParagraph\b")
_TOKEN = re.compile(r'"(?P<text>(?:[^"]|"")*)"|\b(?P<constant>vbTab|vbCr|vbLf|vbCrLf)\b'
                    r"|\bChr\$?\((?P<code>\d{1,5})\)")
_CONSTANTS = {"vbTab": "\t", "vbCr": "", "vbLf": "", "vbCrLf": ""}
MIN_TYPED = 5


def is_macro(raw_lines: list[str]) -> bool:
    """A recorded macro: five or more TypeText statements."""
    return sum(1 for raw in raw_lines if _TYPE_TEXT.match(raw)) >= MIN_TYPED


def as_typed(raw_lines: list[str]) -> list[str]:
    """The document the macro types, line for line (unchanged when it is no macro)."""
    if not is_macro(raw_lines):
        return raw_lines
    out = [""] * len(raw_lines)
    typed, start = "", None
    index = 0
    while index < len(raw_lines):
        statement = _TYPE_TEXT.match(raw_lines[index])
        if statement is not None:
            expr, end = statement["expr"].rstrip(), index
            while expr.endswith("_") and end + 1 < len(raw_lines):  # "…" _ ⏎ & "…"
                end += 1
                expr = expr[:-1] + " " + raw_lines[end].strip()
            start = index if start is None else start
            typed += _evaluated(expr)
            index = end + 1
            continue
        if _BACKSPACE.match(raw_lines[index]):
            typed = typed[:-1]  # a typing slip taken back
        elif _PARAGRAPH.match(raw_lines[index]):
            if start is not None:
                out[start] = typed.strip()
            typed, start = "", None
        index += 1
    if start is not None:
        out[start] = typed.strip()
    return out


def _evaluated(expr: str) -> str:
    """The string an expression of literals, & and vb constants makes."""
    said = []
    for token in _TOKEN.finditer(expr):
        if token["text"] is not None:
            said.append(token["text"].replace('""', '"'))
        elif token["constant"]:
            said.append(_CONSTANTS[token["constant"]])
        else:
            said.append(chr(int(token["code"])) if int(token["code"]) >= 32 else "")
    return "".join(said)
