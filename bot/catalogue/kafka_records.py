"""A guideline as Kafka's console consumer prints it (`kafka-console-consumer` with
print.timestamp, print.partition, print.offset and print.key): one message a line,
`CreateTime:…<TAB>Partition:N<TAB>Offset:N<TAB>key<TAB>value`, each value a JSON paragraph
({"seq":12,"text":"…"}), and the consumer's own log lines between. Messages of another notice
(another key) interleave by partition, and a producer's retry repeats a message. Read back as
the paragraphs of the key with the most messages, in their order (seq, else offset), each
once, each on the line its message stands on.
"""

from __future__ import annotations

import json
import re
from collections import Counter

_RECORD = re.compile(r"^(?:CreateTime|LogAppendTime):\d+\tPartition:(?P<partition>\d+)\t"
                     r"Offset:(?P<offset>\d+)\t(?P<key>[^\t]*)\t(?P<value>.*)$")
_TEXT_KEYS = ("text", "content", "paragraph", "内容", "正文")
_ORDER_KEYS = ("seq", "order", "index", "idx", "序号")
MIN_MESSAGES = 5


def _paragraph(value: str) -> tuple[float | None, str] | None:
    """A message's order and text: its JSON's, or the value itself when it is plain text."""
    try:
        said = json.loads(value)
    except ValueError:
        return (None, value) if re.search(r"[\u4e00-\u9fff]", value) else None
    if not isinstance(said, dict):
        return None
    text = next((said[k] for k in _TEXT_KEYS if isinstance(said.get(k), str)), None)
    order = next((said[k] for k in _ORDER_KEYS if isinstance(said.get(k), int | float)), None)
    return (float(order) if order is not None else None, text) if text is not None else None


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The notice's paragraphs and the line each message stands on; None when the lines are
    no console consumer's records."""
    if not any(raw.startswith(("CreateTime:", "LogAppendTime:")) for raw in raw_lines[:20]):
        return None
    records = [(at, match) for at, raw in enumerate(raw_lines, start=1)
               if (match := _RECORD.match(raw.rstrip("\r\n"))) is not None]
    if len(records) < MIN_MESSAGES:
        return None
    key = Counter(match["key"] for _, match in records).most_common(1)[0][0]
    found: dict[tuple[float, float], tuple[str, int]] = {}
    for at, match in records:
        if match["key"] != key:
            continue
        read = _paragraph(match["value"])
        if read is None:
            continue
        order, text = read
        place = (order if order is not None else float(match["offset"]),
                 float(match["partition"]))
        found.setdefault(place, (text, at))  # (a retry's copy: the first stands)
    kept = [found[place] for place in sorted(found)]
    return [text for text, _ in kept], [at for _, at in kept]
