"""A guideline performed on stage (快板书, 相声, 三句半, 对口词 for a 科技下乡 tour): players named
by a role — 甲：…, 乙：…, 丙：…, 合：…, 四人：（齐）… — say or sing its terms in plain speech,
each turn running on over lines indented under it, stage directions in brackets between
(（锣声三响，四人上场）, （插白）). Read as the guideline it performs: each turn one paragraph
on its first line, without the role or the direction opening it, its numbers said in words
written in digits (三十万到五十万 → 30万到50万, 两年半 → 2.5年, 一比一 → 1:1); the lines a
turn ran on and the directions standing alone blank; the headings between turns (【方向1-1】…)
as they are. Lines keep their numbers; other texts are unchanged.
"""

from __future__ import annotations

import re

from bot.catalogue.transcript import numbers_written

# 甲：… / 合：… / 四人：（齐）… / 男女：…: a player's turn, by role (never a person's name)
_TURN = re.compile(r"^(?P<role>[甲乙丙丁戊己]|[合齐众]|男女?|女|[二两三四五六]人|全体|逗哏|捧哏)"
                   r"\s*[:：]\s*")
# （锣声三响，四人上场） / （丙出列接板）: a direction alone on its line
_DIRECTION = re.compile(r"^\s*[(（][^()（）]{1,40}[)）]\s*$")
# （插白）注意啦… / （打板）竹板一打…: a direction opening a turn
_OPENING_DIRECTION = re.compile(r"^(?:[(（][^()（）\d]{1,8}[)）]\s*)+")
MIN_TURNS = 8


def is_stage_script(raw_lines: list[str]) -> bool:
    """Eight turns or more, two roles among them speaking twice each."""
    roles = [m["role"] for raw in raw_lines if (m := _TURN.match(raw))]
    return len(roles) >= MIN_TURNS and sum(roles.count(r) >= 2 for r in set(roles)) >= 2


def as_read(raw_lines: list[str]) -> list[str]:
    """The script as the guideline's lines (see the module's note)."""
    if not is_stage_script(raw_lines):
        return raw_lines
    out = list(raw_lines)
    turn: int | None = None  # the line the turn under way opened on
    turns: list[int] = []
    for at, raw in enumerate(raw_lines):
        opened = _TURN.match(raw)
        if opened is not None:
            turn = at
            turns.append(at)
            out[at] = "\u3000\u3000" + _OPENING_DIRECTION.sub("", raw[opened.end():].strip())
        elif _DIRECTION.match(raw):
            out[at], turn = "", None
        elif turn is not None and raw[:1] in ("\u3000", " ", "\t") and raw.strip():
            out[turn] += raw.strip()  # (　　青梅酸甜惹人疼，: the turn sung on)
            out[at] = ""
        else:
            turn = None
    for at in turns:
        out[at] = numbers_written(out[at])
    return out
