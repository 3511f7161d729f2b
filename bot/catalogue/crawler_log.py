"""A guideline found in a web crawler's log (log4j/logback lines: time, level, [thread], logger,
message): each paragraph of the page logged as one message (doc=37061 p=014 tag=<p> | text),
other threads' pages interleaved with it, requests and clean-up notes between, a retry logging
some paragraphs a second time. Read back as the page: the paragraphs of the document most of
them come from, each once, each on the line it was first logged on.
"""

from __future__ import annotations

import re
from collections import Counter

_ENTRY = re.compile(
    r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,3})?\s+"
    r"(?P<level>TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL)\s+"
    r"(?:\[(?P<thread>[^\]]*)\]\s+)?(?:\S+\s+)?-\s+(?P<message>.*)$")
_PARAGRAPH = re.compile(r"(?:^|\s)doc=(?P<doc>\S+)\s+p=(?P<p>\d+)\b[^|]*\|\s?(?P<text>.*)$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
MIN_ENTRIES = 10
MIN_SHARE = 0.6


def is_log(raw_lines: list[str]) -> bool:
    """Most lines are a logger's entries."""
    said = [raw for raw in raw_lines if raw.strip()]
    entries = sum(1 for raw in said if _ENTRY.match(raw))
    return entries >= MIN_ENTRIES and entries >= MIN_SHARE * len(said)


def as_logged(raw_lines: list[str]) -> list[str]:
    """The page the log holds, line for line (unchanged when it is no log)."""
    if not is_log(raw_lines):
        return raw_lines
    messages = [m["message"] if (m := _ENTRY.match(raw)) else "" for raw in raw_lines]
    paragraphs = [_PARAGRAPH.search(message) for message in messages]
    docs = Counter(p["doc"] for p in paragraphs if p is not None and _CJK.search(p["text"]))
    out = [""] * len(raw_lines)
    if docs:  # paragraphs by document and number: the page most of them come from, each once
        page = docs.most_common(1)[0][0]
        seen: set[str] = set()
        for index, paragraph in enumerate(paragraphs):
            if paragraph is not None and paragraph["doc"] == page \
                    and paragraph["p"] not in seen:
                seen.add(paragraph["p"])
                out[index] = paragraph["text"].strip()
        return out
    for index, message in enumerate(messages):  # a log of text alone: its Chinese messages
        if _CJK.search(message):
            out[index] = message.strip()
    return out
