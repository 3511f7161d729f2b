"""A guideline that came by e-mail and was saved as the raw message (.eml, a mail gateway's
quarantine release, 显示邮件原文): the transport headers, then the MIME parts — the text part in
quoted-printable (every Chinese character =E5=90=AF, a paragraph cut into 76-column lines that
end in a soft break =) or base64, the same text again as HTML, and the attachments in base64.
Read back as the text part the mail client would show; each paragraph on the line where it
starts, the headers, the other parts and their framing blank.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re

_HEADER = re.compile(r"^(?P<name>[A-Za-z][A-Za-z0-9-]*):[ \t]*(?P<value>.*)$")
_MIME = re.compile(r"^(?:MIME-Version|Content-Type|Content-Transfer-Encoding)$", re.I)
_PARAM = re.compile(r";\s*(?P<key>[A-Za-z-]+)\s*=\s*(?:\"(?P<quoted>[^\"]*)\"|(?P<bare>[^;\s]+))")
_CHARSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030"}
MIN_HEADERS = 3


def is_message(raw_lines: list[str]) -> bool:
    """A raw message: it opens with a header block (an mbox From line may come first) that has
    at least three fields, one of them MIME's."""
    names = [header["name"] for header in _headers(raw_lines, _start(raw_lines))[0].values()]
    return len(names) >= MIN_HEADERS and any(_MIME.match(name) for name in names)


def as_read(raw_lines: list[str]) -> list[str]:
    """The message's text as the client shows it, line for line (the lines unchanged when they
    are no raw message)."""
    if not is_message(raw_lines):
        return raw_lines
    lines = [raw.rstrip("\r") for raw in raw_lines]
    out = [""] * len(lines)
    _entity(lines, _start(lines), len(lines), out)
    return out


def _start(lines: list[str]) -> int:
    return 1 if lines and lines[0].startswith("From ") else 0


def _headers(lines: list[str], start: int) -> tuple[dict[str, dict[str, str]], int]:
    """An entity's header fields (by lower-case name: the name and its unfolded value) and the
    line its body starts on."""
    fields: dict[str, dict[str, str]] = {}
    last = ""
    at = start
    while at < len(lines) and lines[at].strip():
        line = lines[at]
        if line[:1] in (" ", "\t") and last:
            fields[last]["value"] += " " + line.strip()
        elif (header := _HEADER.match(line)) is not None:
            last = header["name"].lower()
            fields[last] = {"name": header["name"], "value": header["value"].strip()}
        else:
            break  # (no header: the body starts without a blank line, or this is no message)
        at += 1
    return fields, at + 1


def _entity(lines: list[str], start: int, end: int, out: list[str]) -> None:
    """Write the text of the entity at lines[start:end] into `out` at its lines."""
    fields, body = _headers(lines, start)
    kind, params = _content_type(fields.get("content-type", {}).get("value", "text/plain"))
    encoding = fields.get("content-transfer-encoding", {}).get("value", "7bit").lower()
    if kind.startswith("multipart/") and params.get("boundary"):
        parts = _parts(lines, body, end, params["boundary"])
        if kind == "multipart/alternative":  # the same text twice: the plain one
            plain = [part for part in parts if _kind_of(lines, part[0]) == "text/plain"]
            parts = plain[:1] or parts[:1]
        for first, last in parts:
            _entity(lines, first, last, out)
    elif kind.startswith("text/") and "attachment" not in \
            fields.get("content-disposition", {}).get("value", "").lower():
        charset = _CHARSETS.get(params.get("charset", "utf-8").lower(),
                                params.get("charset", "utf-8"))
        _decoded(lines, body, end, encoding, charset, out)


def _content_type(value: str) -> tuple[str, dict[str, str]]:
    kind = value.split(";", 1)[0].strip().lower()
    params = {m["key"].lower(): m["quoted"] if m["quoted"] is not None else m["bare"]
              for m in _PARAM.finditer(value)}
    return kind, params


def _kind_of(lines: list[str], start: int) -> str:
    fields, _ = _headers(lines, start)
    return _content_type(fields.get("content-type", {}).get("value", "text/plain"))[0]


def _parts(lines: list[str], start: int, end: int, boundary: str) -> list[tuple[int, int]]:
    """Each body part's lines between the boundary's delimiters (preamble and epilogue left)."""
    opened: int | None = None
    parts: list[tuple[int, int]] = []
    for at in range(start, end):
        line = lines[at].rstrip()
        if line in (f"--{boundary}", f"--{boundary}--"):
            if opened is not None:
                parts.append((opened, at))
            opened = None if line.endswith(f"{boundary}--") else at + 1
            if opened is None:
                break
    if opened is not None:
        parts.append((opened, end))
    return parts


def _decoded(lines: list[str], start: int, end: int, encoding: str, charset: str,
             out: list[str]) -> None:
    if encoding == "quoted-printable":
        at = start
        while at < end:  # a paragraph: lines ending in a soft break =, and the line after
            first, physical = at, [lines[at].rstrip()]
            while physical[-1].endswith("=") and at + 1 < end:
                at += 1
                physical.append(lines[at].rstrip())
            logical = "".join(part[:-1] if part.endswith("=") else part for part in physical)
            out[first] = _text(quopri.decodestring(logical.encode("utf-8")), charset)
            at += 1
    elif encoding == "base64":
        offsets, data = [], b""
        for at in range(start, end):  # the decoded bytes up to each line: where a line starts
            offsets.append(len(data))
            try:
                data += base64.b64decode(lines[at].strip() + "=" * (-len(lines[at].strip()) % 4))
            except (binascii.Error, ValueError):
                continue
        # each line of the text on the line of base64 its bytes start in, or the first free
        # line after it (a line of base64 holds 57 bytes: two short lines may start in one; the
        # framing and other parts after the text give room). A line break is one byte in the
        # charsets mail uses for Chinese.
        position, free = 0, start
        for line in data.split(b"\n"):
            home = start + max(i for i, offset in enumerate(offsets) if offset <= position)
            home = min(max(home, free), len(out) - 1)
            said = _text(line, charset).rstrip("\r")
            out[home] = f"{out[home]} {said}" if out[home] else said
            free = home + 1 if said.strip() else home
            position += len(line) + 1
    else:
        out[start:end] = lines[start:end]


def _text(data: bytes, charset: str) -> str:
    try:
        return data.decode(charset, errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")
