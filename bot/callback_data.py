"""Inline-button payloads: compact, versioned, validated; built and parsed only here.

Telegram gives a button 64 bytes and hands it back verbatim, so anything may come back: an old
version, a forged string, a leaf that was removed. `parse` returns None for all of those and the
handler answers "this button has expired". The browse state (city, sector, budget, page) travels
in the button itself, so buttons keep working across restarts and in group chats, and the owner
id lets the bot tell a user that a button in a group belongs to someone else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

VERSION = "z1"
SEP = "|"
MAX_BYTES = 64
EMPTY = "-"

Op = Literal["menu", "browse", "card", "extra", "compare", "compare_show", "compare_clear",
             "lang", "search_page", "noop", "follow", "unfollow", "mute", "ladder", "ics",
             "audience", "bcast", "profile", "elig", "only", "window",
             "ask", "close", "faq", "human", "refine"]
OPS: dict[str, Op] = {
    "m": "menu", "b": "browse", "c": "card", "x": "extra", "k": "compare", "K": "compare_show",
    "C": "compare_clear", "l": "lang", "s": "search_page", "n": "noop", "f": "follow",
    "u": "unfollow", "M": "mute", "L": "ladder", "i": "ics", "A": "audience", "B": "bcast",
    "P": "profile", "e": "elig",
    "o": "only", "w": "window", "a": "ask", "d": "close", "F": "faq", "h": "human",
    "r": "refine",
}
CODES = {op: code for code, op in OPS.items()}

STEPS = ("city", "sector", "budget", "results", "type_budget")
MENU_ITEMS = ("find", "search", "deadlines", "subscriptions", "language", "help")
FOLLOW_KINDS = ("leaf", "guideline", "city", "search")
ICS_KINDS = ("leaf", "guideline", "mine")
AUDIENCE_KINDS = ("all", "city", "sector", "guideline", "leaf", "search")
BROADCAST_ACTIONS = ("confirm", "stop")
PROFILE_FIELDS = ("kind", "city", "qual", "level", "skip", "done", "edit")
# Editing the conditions a question was read with: drop one (bot.answers.chip_buttons).
REFINE_ACTIONS = ("drop",)
REFINE_KEYS = ("city", "sector", "amount", "modes", "lead", "rd_spend_wan", "period_max",
               "matching_required", "qualifications", "lacks", "applicant", "window", "year")
LADDERS = {"d": (14, 7, 3, 1, 0), "s": (7, 1, 0), "m": (3, 0), "o": (0,)}
EXTRAS = ("ind", "req", "content")
LANGS = ("zh_CN", "en")
_TOKEN = re.compile(r"^[0-9A-Za-z_.\-]{1,24}$")
_BUDGET = re.compile(r"^(?:b20|b50|b150|bmax|w\d{1,6}(?:\.\d{1,2})?)$")


@dataclass(frozen=True)
class Facets:
    """What a guided search has narrowed to; None means "any"."""

    city: str | None = None
    sector: str | None = None
    budget: str | None = None
    page: int = 0

    def with_(self, **changes: object) -> Facets:
        return replace(self, **changes)  # type: ignore[arg-type]

    def encode(self) -> str:
        parts = [self.city or EMPTY, self.sector or EMPTY, self.budget or EMPTY, str(self.page)]
        return ".".join(parts)

    @classmethod
    def decode(cls, text: str) -> Facets | None:
        parts = text.split(".")
        if len(parts) != 4 or not parts[3].isdigit():
            # budgets like w0.5 contain a dot: rejoin the third field
            if len(parts) == 5 and parts[4].isdigit():
                parts = [parts[0], parts[1], f"{parts[2]}.{parts[3]}", parts[4]]
            else:
                return None
        city, sector, budget, page = parts
        if budget != EMPTY and not _BUDGET.match(budget):
            return None
        if int(page) > 999:
            return None
        return cls(city=_opt(city), sector=_opt(sector), budget=_opt(budget), page=int(page))


def _opt(value: str) -> str | None:
    return None if value == EMPTY else value


@dataclass(frozen=True)
class Payload:
    """A parsed button: the operation, its arguments, and whose button it is (0 = anyone's)."""

    op: Op
    args: tuple[str, ...] = ()
    facets: Facets | None = None
    owner: int = 0


def _owner(user_id: int) -> str:
    return _base36(user_id) if user_id > 0 else "0"


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while number:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
    return out or "0"


def build(op: Op, *args: str, facets: Facets | None = None, owner: int = 0) -> str:
    """Encode a payload; raises ValueError if it would not fit Telegram's 64 bytes."""
    parts = [VERSION, CODES[op], *args]
    if facets is not None:
        parts.append(facets.encode())
    parts.append(_owner(owner))
    data = SEP.join(parts)
    if len(data.encode()) > MAX_BYTES:
        raise ValueError(f"callback data too long ({len(data.encode())} bytes): {data}")
    return data


_ARITY: dict[Op, tuple[int, bool]] = {  # number of args, whether facets follow
    "menu": (1, False), "browse": (1, True), "card": (1, True), "extra": (2, False),
    "compare": (1, False), "compare_show": (0, False), "compare_clear": (0, False),
    "lang": (1, False), "search_page": (1, False), "noop": (0, False), "follow": (2, False),
    "unfollow": (1, False), "mute": (0, False), "ladder": (1, False), "ics": (2, False),
    "audience": (2, False), "bcast": (2, False),
    "profile": (2, False), "elig": (1, False), "only": (0, True), "window": (1, False),
    "ask": (1, False), "close": (1, False), "faq": (1, False), "human": (1, False),
    "refine": (2, False),
}


def parse(data: str | None) -> Payload | None:
    """The payload, or None for anything this version did not build."""
    if not data or len(data.encode()) > MAX_BYTES:
        return None
    parts = data.split(SEP)
    if len(parts) < 3 or parts[0] != VERSION or parts[1] not in OPS:
        return None
    op = OPS[parts[1]]
    count, has_facets = _ARITY[op]
    expected = 2 + count + (1 if has_facets else 0) + 1
    if len(parts) != expected:
        return None
    args = tuple(parts[2: 2 + count])
    if not all(_TOKEN.match(arg) for arg in args) or not _valid_args(op, args):
        return None
    facets = Facets.decode(parts[2 + count]) if has_facets else None
    if has_facets and facets is None:
        return None
    try:
        owner = int(parts[-1], 36)
    except ValueError:
        return None
    return Payload(op=op, args=args, facets=facets, owner=owner)


def _valid_args(op: Op, args: tuple[str, ...]) -> bool:
    if op == "menu":
        return args[0] in MENU_ITEMS
    if op == "browse":
        return args[0] in STEPS
    if op == "extra":
        return args[1] in EXTRAS
    if op == "lang":
        return args[0] in LANGS
    if op == "search_page":
        return args[0].isdigit() and int(args[0]) <= 999
    if op == "follow":
        return args[0] in FOLLOW_KINDS
    if op == "unfollow":
        return args[0].isdigit()
    if op == "ladder":
        return args[0] in LADDERS
    if op == "ics":
        return args[0] in ICS_KINDS
    if op == "audience":
        return args[0] in AUDIENCE_KINDS
    if op == "bcast":
        return args[0] in BROADCAST_ACTIONS and args[1].isdigit()
    if op in ("close", "faq"):
        return args[0].isdigit() and len(args[0]) <= 9
    if op == "window":
        return args[0] == "save"
    if op == "profile":
        return args[0] in PROFILE_FIELDS
    if op == "refine":
        return args[0] in REFINE_ACTIONS and args[1] in REFINE_KEYS
    return True
