"""A guideline kept as a video's caption file (SubRip .srt or WebVTT): a voice-over's captions
cut the text into short cues, drop the punctuation where they cut and write a space for it
where two clauses share a cue. The cues of one paragraph follow each other without a pause;
each paragraph is read back as one line, at the line of its first cue's text, with the labels'
colons and the clauses' commas put back. Other texts are unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# 00:00:03,787 --> 00:00:06,701 (SubRip) / 00:03.787 --> 00:06.701 line:90% (WebVTT)
_TIMING = re.compile(r"^\s*(?P<start>(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{3})\s*-->\s*"
                     r"(?P<end>(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{3})(?:\s+\S.*)?$")
_CUE_NUMBER = re.compile(r"^\s*\d{1,6}\s*$")
_VTT_HEAD = re.compile(r"^\s*(?:\ufeff)?WEBVTT\b|^\s*(?:NOTE|STYLE|REGION)\b")
MIN_CUES = 5
# A pause this long (or longer) between two cues ends a paragraph: a voice-over pauses between
# paragraphs and runs on between the cues of one
PARAGRAPH_PAUSE_MS = 300
# a space the captioner wrote for a clause's punctuation: between two characters, one of them
# Chinese (a space between two Latin words or numbers stays)
_CLAUSE_SPACE = re.compile(r"(?<=[\u4e00-\u9fff）)%])[ \u3000]+(?=\S)"
                           r"|(?<=\S)[ \u3000]+(?=[\u4e00-\u9fff（(])")
# 指南编号 FX24GY01, 拟立项数 2项: a label and its value, a space between them
_SPACED_LABEL = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,8})[ \u3000]+(?=\S)")
# a heading's numbering (一、 （一） 1． （1） ① 第二部分): a heading ends with no full stop
_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]"
                       r"|\d{1,2}(?:\.\d{1,2})*[.．、]|[①-⑳]|第[一二三四五六七八九十\d]{1,3}[部分章节条])")
# 奖补30万元500万元至1000万元: an amount run on into the next tier's, its comma dropped at a cut
_RUN_ON_AMOUNT = re.compile(r"(?<=万元|亿元)(?=\d)")
HEADING_MAX = 40  # a numbered paragraph longer than this is text, not a heading
TITLE_MAX = 20  # an unnumbered paragraph this short is a title, a name or a label's value
_ENDS_CLOSED = re.compile(r"[。；;！!？?：:，,、]$")


def is_captions(raw_lines: list[str]) -> bool:
    return sum(1 for raw in raw_lines if "-->" in raw and _TIMING.match(raw)) >= MIN_CUES


def _ms(stamp: str) -> int:
    clock, _, millis = stamp.replace(",", ".").rpartition(".")
    seconds = 0
    for part in clock.split(":"):
        seconds = seconds * 60 + int(part)
    return seconds * 1000 + int(millis)


def as_written(raw_lines: list[str], labels: frozenset[str],
               is_label: Callable[[str], bool]) -> list[str]:
    """The caption file's paragraphs, each on its first cue's line (other texts unchanged).
    `labels`: the field labels a paragraph may open with, their colon dropped; `is_label`:
    whether words before a space are a label (拟立项数 2项)."""
    if not is_captions(raw_lines):
        return raw_lines
    out = [""] * len(raw_lines)
    paragraph: list[str] = []
    at = None  # the line the paragraph is written on
    last_end: int | None = None
    paused = _paused(raw_lines)
    index = 0
    while index < len(raw_lines):
        timing = _TIMING.match(raw_lines[index]) if "-->" in raw_lines[index] else None
        if timing is None:
            index += 1
            continue
        start, end = _ms(timing["start"]), _ms(timing["end"])
        ended = (last_end is not None and start - last_end >= PARAGRAPH_PAUSE_MS) if paused \
            else bool(paragraph) and paragraph[-1].endswith(_SENTENCE_END)
        if ended and at is not None:
            out[at] = _punctuated("".join(paragraph), labels, is_label)
            paragraph, at = [], None
        last_end = end
        index += 1
        while index < len(raw_lines) and raw_lines[index].strip():
            if at is None:
                at = index
            paragraph.append(raw_lines[index].strip())
            index += 1
    if at is not None:
        out[at] = _punctuated("".join(paragraph), labels, is_label)
    return out


_SENTENCE_END = tuple("。；;！!？?")


def _paused(raw_lines: list[str]) -> bool:
    """Whether the cues pause between paragraphs: a captioner's tool that sets every cue the
    same short gap after the one before (120 ms throughout) says nothing by its pauses, and a
    paragraph there ends with its sentence (the cues keep their punctuation)."""
    gaps, last_end = set(), None
    for raw in raw_lines:
        timing = _TIMING.match(raw) if "-->" in raw else None
        if timing is not None:
            if last_end is not None:
                gaps.add(_ms(timing["start"]) - last_end)
            last_end = _ms(timing["end"])
    return len(gaps) > 1 and max(gaps) >= PARAGRAPH_PAUSE_MS


def _punctuated(text: str, labels: frozenset[str], is_label: Callable[[str], bool]) -> str:
    """A paragraph's label colon and clause commas, where the captions wrote a space or
    nothing for them."""
    spaced = _SPACED_LABEL.match(text)
    if spaced is not None and is_label(spaced["label"]):
        text = f"{spaced['label']}：{text[spaced.end():]}"
    else:
        known = next((size for size in range(min(8, len(text) - 1), 1, -1)
                      if text[:size] in labels), None)
        if known is not None:
            text = f"{text[:known]}：{text[known:]}"
    text = _RUN_ON_AMOUNT.sub("，", _CLAUSE_SPACE.sub("，", text))
    # the full stop the captions dropped at the paragraph's end (so it is never read as a line
    # the page width cut), where the paragraph is no heading
    heading = len(text) <= HEADING_MAX if _NUMBERED.match(text) else len(text) <= TITLE_MAX
    return text if heading or _ENDS_CLOSED.search(text) else text + "。"
