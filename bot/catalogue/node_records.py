"""A guideline turned into node records for another medium — a hotline's voice menu script
(节点编号 / 上级节点 / 节点标题 / 播报文本 / 菜单提示), a kiosk's or app's content tree — each
record a heading with its id and its parent's, listed level by level rather than in reading
order; its text written for speech (〔停顿0.5秒〕 pauses, 80到120万元, 1比1), the menu's prompts
and timings beside it. Read as the outline the parent ids make; each line citing the line of
the file it comes from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_RULE = re.compile(r"^\s*[─━\-=—_]{10,}\s*$")
_ID = re.compile(r"(?:节点编号|节点ID|节点号|编号)\s*[:：]\s*(?P<id>[\w\-.]+)")
_PARENT = re.compile(r"(?:上级节点|父节点|上级编号|上级)\s*[:：]\s*(?P<parent>[\w\-.—]+)")
_TITLE = re.compile(r"^(?:节点标题|标题|节点名称)(?:[(（][^)）]*[)）])?\s*[:：]\s*(?P<rest>.*)$")
_TEXT = re.compile(r"^(?:播报文本|播报内容|播报稿|正文|内容)\s*[:：]\s*(?P<rest>.*)$")
_OTHER_KEY = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:[(（][^)）]*[)）])?\s*[:：]")
_PAUSE = re.compile(r"〔\s*(?:停顿|静音|暂停)[^〕]{0,8}〕")
MIN_RECORDS = 5


@dataclass
class _Record:
    ident: str
    parent: str | None = None
    title: tuple[str, int] | None = None
    text: list[tuple[str, int]] = field(default_factory=list)


def _records(raw_lines: list[str]) -> list[_Record]:
    records: list[_Record] = []
    current: _Record | None = None
    reading = ""  # the key whose value the next lines carry (title, text) or none
    for number, raw in enumerate(raw_lines, start=1):
        line = raw.strip()
        if _RULE.match(line):
            current, reading = None, ""
            continue
        ident = _ID.search(line)
        if ident is not None:
            parent = _PARENT.search(line)
            current = _Record(ident["id"], parent["parent"] if parent else None)
            records.append(current)
            reading = ""
            continue
        if current is None or not line:
            continue
        if current.parent is None and (parent := _PARENT.search(line)) is not None:
            current.parent = parent["parent"]
        title, text = _TITLE.match(line), _TEXT.match(line)
        if title is not None:
            reading = "title"
            if title["rest"].strip():
                current.title, reading = (title["rest"].strip(), number), ""
        elif text is not None:
            reading = "text"
            if text["rest"].strip():
                current.text.append((text["rest"].strip(), number))
        elif _OTHER_KEY.match(line):
            reading = ""  # 菜单提示：… / 预计时长：…: the medium's, not the guideline's
        elif reading == "title" and current.title is None:
            current.title = (line, number)
        elif reading == "text":
            current.text.append((line, number))
    return records


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The outline the records' parent ids make and the line (1-based) each line comes from;
    None when the text is no such script."""
    if sum(1 for raw in raw_lines if _ID.search(raw)) < MIN_RECORDS:
        return None
    records = [r for r in _records(raw_lines) if r.title is not None]
    if len(records) < MIN_RECORDS or sum(1 for r in records if r.parent) < MIN_RECORDS:
        return None
    ids = {r.ident for r in records}
    children: dict[str, list[_Record]] = {}
    tops = []
    for record in records:
        if record.parent in ids and record.parent != record.ident:
            children.setdefault(record.parent, []).append(record)
        else:
            tops.append(record)
    lines: list[str] = []
    numbers: list[int] = []
    seen: set[str] = set()

    def say(record: _Record) -> None:
        if record.ident in seen or record.title is None:
            return
        seen.add(record.ident)
        lines.append(record.title[0])
        numbers.append(record.title[1])
        for text, number in record.text:
            spoken = _spoken(text)
            if spoken:
                lines.append(spoken)
                numbers.append(number)
        for child in children.get(record.ident, []):
            say(child)

    for top in tops:
        say(top)
    return (lines, numbers) if lines else None


def _spoken(text: str) -> str:
    """Text written for a voice read as print: no pauses; 80到120万元 a range, 1比1 a ratio."""
    text = _PAUSE.sub("", text)
    text = re.sub(r"(\d+(?:\.\d+)?)\s*到\s*(?=\d)", r"\g<1>～", text)
    return re.sub(r"(?<=\d)\s*比\s*(?=\d)", ":", text).strip()
