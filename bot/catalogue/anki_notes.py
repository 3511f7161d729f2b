"""A guideline learnt as flash cards and exported from Anki as notes in plain text: a few
`#separator:tab` / `#html:true` / `#deck column:3` lines, then one note a line (guid, note
type, deck, the fields, tags), a field quoted over several lines where it holds line breaks.
The outline is only in the deck column (窗口应知应会::01 县级科技计划指南（2025）::一、重点研发
计划), the fields are HTML with the sums hidden in cloze marks ({{c1::20～30万元}}), and the
notes run in the order they were made: other decks' cards between the guideline's, a card
added late after the plan that follows its own.

Read as the outline the decks make — under the deck holding most cards, each sub-deck's name
a heading and its cards' text under it, in the order the sub-decks are numbered; a question
naming a direction (3.1 …（XC25PT01）给多少？) is its heading, any other question goes and
its answer stays; a cloze card's second field (the learner's own extra: 易错：去年是15万元) goes.
Each line cites the line of the file it stands on.
"""

from __future__ import annotations

import csv
import html
import re
from dataclasses import dataclass, field

from bot.catalogue.outline import classify_text

_SETTING = re.compile(r"^#(?P<key>[a-z ]+):(?P<value>.*)$")
_SEPARATORS = {"tab": "\t", "comma": ",", "semicolon": ";", "pipe": "|", "space": " "}
MIN_NOTES = 5
_CLOZE = re.compile(r"\{\{c\d+::(?P<text>.*?)(?:::[^{}]*?)?\}\}")
_BREAK = re.compile(r"<\s*(?:br|/div|/p|/li)\s*/?\s*>|<\s*(?:div|p|li)(?:\s[^>]*)?>", re.I)
_TAG = re.compile(r"<[^>]+>")
# 3.1 首次认定高新技术企业奖补（XC25PT01）给多少？: a direction's heading, then what is asked
_ASKED_AFTER_CODE = re.compile(r"^(?P<head>.*?[(（][A-Za-z][A-Za-z0-9\-]{3,20}[)）])"
                               r"[^。；;]{0,12}?[？?]\s*$")


@dataclass
class _Deck:
    name: str
    line: int  # the line of its first card
    cards: list[list[tuple[str, int]]] = field(default_factory=list)


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The guideline's decks as headings over their cards' lines, and the line (1-based) each
    stands on; None when the text is no Anki export."""
    settings: dict[str, str] = {}
    start = 0
    while start < len(raw_lines) and (
            found := _SETTING.match(raw_lines[start].lstrip("\ufeff").strip())) is not None:
        settings[found["key"].strip()] = found["value"].strip()
        start += 1
    deck_column = _column(settings.get("deck column"))
    if deck_column is None or "separator" not in settings:
        return None
    delimiter = _SEPARATORS.get(settings["separator"].lower(), settings["separator"][:1] or "\t")
    skipped = {deck_column, *(c for key in ("guid column", "notetype column", "tags column")
                              if (c := _column(settings.get(key))) is not None)}
    notes = _notes(raw_lines, start, delimiter)
    if len(notes) < MIN_NOTES:
        return None
    marked_up = settings.get("html", "true").lower() == "true"
    # the deck two levels down holding most cards (…::01 县级科技计划指南（2025）): the guideline's
    paths = [cells[deck_column].split("::") for cells, _ in notes if len(cells) > deck_column]
    depth = 2 if sum(1 for path in paths if len(path) >= 2) * 2 > len(paths) else 1
    roots = [tuple(path[:depth]) for path in paths if len(path) >= depth]
    if not roots:
        return None
    home = max(set(roots), key=roots.count)
    top = _Deck("", 0)
    decks: dict[str, _Deck] = {}
    for cells, line in notes:
        if len(cells) <= deck_column:
            continue
        path = cells[deck_column].split("::")
        if tuple(path[:depth]) != home:
            continue  # (02 高企认定, 03 往年对比: another deck's cards)
        name = "::".join(path[depth:])
        deck = top if not name else decks.setdefault(name, _Deck(path[-1].strip(), line))
        texts = [cells[i] for i in range(len(cells)) if i not in skipped]
        if texts and _CLOZE.search(texts[0]):
            texts = texts[:1]  # (a cloze card's extra is the learner's note, no text of the call)
        deck.cards.append(_card(texts, line, marked_up, deck.name))
    lines: list[str] = []
    numbers: list[int] = []
    for deck in [top, *_in_order(list(decks.values()))]:
        if deck.name:
            lines.append(deck.name)
            numbers.append(deck.line)
        # (a card under no heading of its own says something of the deck, whenever it was
        # made: 重点研发计划自筹经费有没有比例要求？ after 1.3's card — before the directions)
        headed = [bool(card) and classify_text(card[0][0]) is not None for card in deck.cards]
        for card in [*(c for c, h in zip(deck.cards, headed, strict=True) if not h),
                     *(c for c, h in zip(deck.cards, headed, strict=True) if h)]:
            for text, line in card:
                lines.append(text)
                numbers.append(line)
    return lines, numbers


def _column(value: str | None) -> int | None:
    return int(value) - 1 if value and value.isdigit() and int(value) > 0 else None


def _notes(raw_lines: list[str], start: int, delimiter: str) -> list[tuple[list[str], int]]:
    """Each note's cells with the line (1-based) it starts on."""
    reader = csv.reader((raw + "\n" for raw in raw_lines[start:]), delimiter=delimiter)
    notes: list[tuple[list[str], int]] = []
    first = start + 1
    for cells in reader:
        if cells:
            notes.append((cells, first))
        first = start + reader.line_num + 1
    return notes


def _card(texts: list[str], line: int, marked_up: bool, deck: str) -> list[tuple[str, int]]:
    """A card's lines of text, each with the file's line it is on: a question naming no
    direction dropped, one naming a direction cut to its heading, its deck's name dropped
    (【一、重点研发计划】共性条件 in that deck)."""
    out: list[tuple[str, int]] = []
    for index, text in enumerate(texts):
        pieces = []
        # (a quoted field's real line breaks: lines of the file)
        for offset, raw in enumerate(text.split("\n")):
            shown = _BREAK.sub("\n", raw) if marked_up else raw
            for piece in shown.split("\n"):
                piece = _CLOZE.sub(r"\g<text>", piece)
                piece = html.unescape(_TAG.sub("", piece) if marked_up else piece)
                if deck and deck in piece:
                    piece = re.sub(rf"[【\[]?\s*{re.escape(deck)}\s*[】\]]?", "", piece)
                pieces.append((piece.replace("\xa0", " ").strip(), line + offset))
        if index == 0 and len(texts) > 1 and len(pieces) == 1 \
                and pieces[0][0].endswith(("？", "?")):
            asked = _ASKED_AFTER_CODE.match(pieces[0][0])
            if asked is None or classify_text(asked["head"]) is None:
                continue  # (重点研发计划自筹经费有没有比例要求？: its answer says it)
            pieces = [(asked["head"], pieces[0][1])]
        out.extend((piece, at) for piece, at in pieces if piece)
    # (a card's lines are its HTML's breaks: each a sentence of its own, ended so — and under
    # no heading of its own a card's ① ② ③ are the points of one note, no headings)
    headed = bool(out) and classify_text(out[0][0]) is not None
    return [(text if headed and at == 0 else _ended(_LIST_MARK.sub("", text) if not headed
                                                     else text), line)
            for at, (text, line) in enumerate(out)]


_LIST_MARK = re.compile(r"^(?:[①-⑳]|\d{1,2}\s*[.．、)）](?!\d)|[(（]\d{1,2}[)）])\s*")


def _ended(text: str) -> str:
    return text if re.search(r"[。；;！!？?：:]$", text) else f"{text}。"


def _in_order(decks: list[_Deck]) -> list[_Deck]:
    """Sub-decks as the guideline numbers them, when all are numbered in one style; else in
    the order their first cards were made."""
    listed = sorted(decks, key=lambda deck: deck.line)
    numbered = {}
    for deck in listed:
        heading = classify_text(deck.name)
        if heading is None or not heading.number:
            return listed
        numbered[id(deck)] = (heading.style, heading.number)
    if len({style for style, _ in numbered.values()}) != 1:
        return listed
    return sorted(listed, key=lambda deck: numbered[id(deck)][1])
