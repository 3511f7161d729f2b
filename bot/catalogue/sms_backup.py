"""A guideline sent as a run of numbered long text messages (【…科技局】…指南（3/20）) and saved by
a phone's SMS backup: each message a record (发件人 / 时间 / 类型 / 内容), other senders' messages
between (a bank, a courier, a verification code), the sender's opt-out footer on each part, and
a long message the phone failed to rejoin split into records whose pieces cut a sentence. Read
back as the sender's text; each line where it was (a cut piece joined to the line it goes on).
"""

from __future__ import annotations

import re
from collections import Counter

_SEPARATOR = re.compile(r"^-{8,}\s*$")
_HEADER = re.compile(r"^(?:发件人|收件人|时间|日期|类型|号码|联系人)\s*[:：]")
_CONTENT = re.compile(r"^内容\s*[:：]\s*(?P<rest>.*)$")
_SERIES = re.compile(r"^【[^】]{2,20}】.{0,40}?[(（]\s*\d{1,3}\s*/\s*\d{1,3}\s*[)）]\s*$")
_FOOTER = re.compile(r"^(?:拒收请回复\s*\w{1,4}|回复\s*T\w{0,3}\s*退订|退订回\w{1,4})\s*$", re.I)
MIN_RECORDS = 5


def is_backup(raw_lines: list[str]) -> bool:
    return sum(1 for raw in raw_lines if raw.startswith("发件人")) >= MIN_RECORDS \
        and sum(1 for raw in raw_lines if _CONTENT.match(raw)) >= MIN_RECORDS


def as_read_back(raw_lines: list[str]) -> list[str]:
    """The sender's text, line for line (unchanged when it is no SMS backup)."""
    if not is_backup(raw_lines):
        return raw_lines
    records: list[tuple[str, list[int]]] = []  # (sender, the lines of its content)
    sender, body, in_content = "", list[int](), False
    for index, raw in enumerate(raw_lines):
        if _SEPARATOR.match(raw):
            if sender or body:
                records.append((sender, body))
            sender, body, in_content = "", [], False
        elif raw.startswith(("发件人", "收件人")) and not in_content:
            sender = re.split(r"[:：]", raw, maxsplit=1)[-1].strip()
        elif _CONTENT.match(raw) and not in_content:
            in_content = True
            if _CONTENT.match(raw)["rest"].strip():  # type: ignore[index]
                body.append(index)
        elif in_content and raw.strip():
            body.append(index)
    if sender or body:
        records.append((sender, body))
    serial = Counter(sender for sender, body in records
                     if body and _SERIES.match(raw_lines[body[0]].strip()))
    if not serial:
        return raw_lines
    theirs = serial.most_common(1)[0][0]
    out = [""] * len(raw_lines)
    last: int | None = None  # the line the sender's text last ended on
    ended = True  # whether that part ended with its footer (a whole message)
    for sender, body in records:
        if sender != theirs or not body:
            continue
        lines = [i for i in body if not _FOOTER.match(raw_lines[i].strip())]
        footer = len(lines) < len(body)
        if lines and _SERIES.match(raw_lines[lines[0]].strip()):
            lines = lines[1:]  # 【邹城市科技局】…（4/20）: the part's number, no text
        elif lines and last is not None and not ended:
            out[last] += raw_lines[lines[0]].strip()  # a piece the phone did not rejoin
            lines = lines[1:]
        for i in lines:
            out[i] = raw_lines[i].strip()
        if lines:
            last = lines[-1]
        ended = footer
    return out
