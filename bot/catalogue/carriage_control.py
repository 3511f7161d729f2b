"""A guideline printed from a midrange system's spool (an AS/400 print file saved with its ASA
carriage control): the first character of every line tells the printer what to do before
printing it — ' ' one line, '0' two, '-' three, '1' a new page (the report's page header
follows), '+' no advance: the line printed again over the last to make it bold. Read back as
the paper shows it: the control column taken off, an overprinted line once; each line where
it was.
"""

from __future__ import annotations

_CONTROLS = " 01+-"
MIN_SHARE = 0.9
MIN_LINES = 10


def is_spooled(raw_lines: list[str]) -> bool:
    """ASA carriage control: nearly every line opens with a control character, and the page
    ejects ('1') and overprints ('+') or double spaces ('0') only such a file has."""
    lines = [raw for raw in raw_lines if raw.strip()]
    if len(lines) < MIN_LINES:
        return False
    controlled = sum(1 for raw in lines if raw[0] in _CONTROLS)
    firsts = {raw[0] for raw in lines}
    return controlled >= MIN_SHARE * len(lines) and "1" in firsts \
        and bool(firsts & {"+", "0"}) and lines[0][0] == "1"


def as_printed(raw_lines: list[str]) -> list[str]:
    """The lines as printed (unchanged when they carry no carriage control)."""
    if not is_spooled(raw_lines):
        return raw_lines
    return ["" if raw[:1] == "+" else raw[1:] for raw in raw_lines]
