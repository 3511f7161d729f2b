"""Inline buttons as typed data: one frozen dataclass per kind of button, packed into Telegram's
64 bytes and parsed back strictly (aiogram's CallbackData is the model).

Telegram hands callback data back verbatim, so anything may come back: an old version, a forged
string, a number too large for any id. `unpack` returns None for all of those and the router
answers "this button has expired". State that a flow needs (the guided search's facets, the
page) travels in the button itself, so buttons keep working across restarts, on any worker and
in group chats; `owner` lets the bot tell a user that a button in a group belongs to someone
else (0: anyone's).

A field is packed by its annotation: `str` (a short token), `int` (base 36, within 64 bits),
`bool`, a `Literal` of allowed words, `Facets`, or any of them `| None` ("-").
"""

from __future__ import annotations

import re
import types
import typing
from dataclasses import dataclass, fields, replace
from functools import cache
from typing import Any, ClassVar, Literal, Self, Union, get_args, get_origin, get_type_hints

VERSION = "z2"
SEP = "|"
MAX_BYTES = 64
NONE = "-"
MAX_INT = 2**63 - 1
_TOKEN = re.compile(r"^[0-9A-Za-z_.\-]{1,24}$")
_BASE36 = re.compile(r"^-?[0-9a-z]{1,13}$")
_BUDGET = re.compile(r"^(?:b20|b50|b150|bmax|w\d{1,6}(?:\.\d{1,2})?)$")

STEPS = ("city", "sector", "budget", "results", "type_budget")
MENU_ITEMS = ("find", "search", "deadlines", "subscriptions", "language", "help")
LADDERS = {"d": (14, 7, 3, 1, 0), "s": (7, 1, 0), "m": (3, 0), "o": (0,)}


@dataclass(frozen=True)
class Facets:
    """What a guided search has narrowed to; None means "any"."""

    city: str | None = None
    sector: str | None = None
    budget: str | None = None
    page: int = 0

    def with_(self, **changes: Any) -> Facets:
        return replace(self, **changes)

    @property
    def narrowed(self) -> bool:
        return bool(self.city or self.sector or self.budget)

    def encode(self) -> str:
        return ".".join([self.city or NONE, self.sector or NONE, self.budget or NONE,
                         str(self.page)])

    @classmethod
    def decode(cls, text: str) -> Facets | None:
        parts = text.split(".")
        if len(parts) == 5:  # a typed budget like w0.5 holds a dot of its own
            parts = [parts[0], parts[1], f"{parts[2]}.{parts[3]}", parts[4]]
        if len(parts) != 4 or not parts[3].isdigit() or int(parts[3]) > 999:
            return None
        city, sector, budget, page = parts
        if budget != NONE and not _BUDGET.match(budget):
            return None
        if not all(_TOKEN.match(part) for part in (city, sector)):
            return None
        return cls(city=_opt(city), sector=_opt(sector), budget=_opt(budget), page=int(page))


def _opt(value: str) -> str | None:
    return None if value == NONE else value


# --------------------------------------------------------------------------- the codec


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    sign, number = ("-", -number) if number < 0 else ("", number)
    out = ""
    while number:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
    return sign + (out or "0")


def _pack_value(kind: Any, value: Any) -> str:
    if value is None:
        return NONE
    if kind is Facets:
        return str(value.encode())
    if kind is bool:
        return "1" if value else "0"
    if kind is int:
        if abs(value) > MAX_INT:
            raise ValueError(f"{value} does not fit a button")
        return _base36(value)
    text = str(value)
    if not _TOKEN.match(text) or text == NONE:
        raise ValueError(f"{text!r} cannot travel in a button")
    return text


def _unpack_value(kind: Any, text: str) -> Any:
    """The value, or raise ValueError for anything this kind cannot be."""
    if kind is Facets:
        facets = Facets.decode(text)
        if facets is None:
            raise ValueError(text)
        return facets
    if kind is bool:
        if text not in ("0", "1"):
            raise ValueError(text)
        return text == "1"
    if kind is int:
        if not _BASE36.match(text):
            raise ValueError(text)
        number = int(text, 36)
        if abs(number) > MAX_INT:
            raise ValueError(text)
        return number
    if get_origin(kind) is Literal:
        if text not in get_args(kind):
            raise ValueError(text)
        return text
    if not _TOKEN.match(text):
        raise ValueError(text)
    return text


def _split_optional(annotation: Any) -> tuple[Any, bool]:
    if get_origin(annotation) in (Union, types.UnionType):
        args = [arg for arg in get_args(annotation) if arg is not type(None)]
        if len(args) == 1 and len(get_args(annotation)) == 2:
            return args[0], True
    return annotation, False


class CallbackData:
    """Base of every button kind; subclasses are frozen dataclasses with a `prefix`."""

    prefix: ClassVar[str]
    _kinds: ClassVar[dict[str, type[CallbackData]]] = {}

    def __init_subclass__(cls, prefix: str = "", **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not prefix or SEP in prefix:
            raise TypeError(f"{cls.__name__} needs a prefix without {SEP!r}")
        if prefix in CallbackData._kinds:
            raise TypeError(f"prefix {prefix!r} is taken by {CallbackData._kinds[prefix]}")
        cls.prefix = prefix
        CallbackData._kinds[prefix] = cls

    @classmethod
    @cache
    def _layout(cls) -> tuple[tuple[str, Any, bool], ...]:
        hints = get_type_hints(cls, globalns=vars(typing) | globals())
        return tuple((f.name, *_split_optional(hints[f.name])) for f in fields(cls))  # type: ignore[arg-type]

    def pack(self) -> str:
        """The button's callback_data; ValueError when it would not fit Telegram's 64 bytes."""
        parts = [VERSION, self.prefix]
        for name, kind, _ in self._layout():
            parts.append(_pack_value(kind, getattr(self, name)))
        data = SEP.join(parts)
        if len(data.encode()) > MAX_BYTES:
            raise ValueError(f"callback data too long ({len(data.encode())} bytes): {data}")
        return data

    @classmethod
    def unpack(cls, data: str | None) -> Self | None:
        """The button, or None for anything this version of this kind did not build."""
        if not data or len(data.encode()) > MAX_BYTES:
            return None
        parts = data.split(SEP)
        layout = cls._layout()
        if len(parts) != 2 + len(layout) or parts[0] != VERSION or parts[1] != cls.prefix:
            return None
        values: dict[str, Any] = {}
        for (name, kind, optional), text in zip(layout, parts[2:], strict=True):
            if text == NONE and optional:
                values[name] = None
                continue
            try:
                values[name] = _unpack_value(kind, text)
            except ValueError:
                return None
        return cls(**values)

    @classmethod
    def pattern(cls) -> str:
        """The regex python-telegram-bot's CallbackQueryHandler routes this kind by."""
        return f"^{re.escape(VERSION + SEP + cls.prefix + SEP)}"


def kind_of(data: str | None) -> type[CallbackData] | None:
    """Which kind of button some callback data claims to be (for the expired-button answer)."""
    parts = (data or "").split(SEP)
    return CallbackData._kinds.get(parts[1]) if len(parts) > 1 and parts[0] == VERSION else None


# --------------------------------------------------------------------------- the kinds

Step = Literal["city", "sector", "budget", "results", "type_budget"]
MenuItem = Literal["find", "search", "deadlines", "subscriptions", "language", "help"]
Origin = Literal["b", "s", "c", "n"]  # a card opened from browse, search, compare, nowhere
FollowKind = Literal["leaf", "guideline", "city", "search"]
IcsKind = Literal["leaf", "guideline", "mine"]
AudienceKind = Literal["all", "city", "sector", "guideline", "leaf", "search", "robots"]
Ladder = Literal["d", "s", "m", "o"]
Extra = Literal["ind", "req", "content", "source"]
Lang = Literal["zh_CN", "en"]
RobotStep = Literal["add", "confirm", "cancel", "remove", "test"]


@dataclass(frozen=True)
class Menu(CallbackData, prefix="m"):
    item: MenuItem
    owner: int = 0


@dataclass(frozen=True)
class Browse(CallbackData, prefix="b"):
    step: Step
    facets: Facets
    owner: int = 0


@dataclass(frozen=True)
class OnlyEligible(CallbackData, prefix="o"):
    facets: Facets
    owner: int = 0


@dataclass(frozen=True)
class SearchPage(CallbackData, prefix="s"):
    page: int
    owner: int = 0


@dataclass(frozen=True)
class Refine(CallbackData, prefix="r"):
    """The last question again without one of the conditions read from it (✖ 桂林)."""

    drop: str
    owner: int = 0


@dataclass(frozen=True)
class Card(CallbackData, prefix="c"):
    leaf: str
    origin: Origin
    facets: Facets
    owner: int = 0


@dataclass(frozen=True)
class CardPart(CallbackData, prefix="x"):
    leaf: str
    part: Extra
    owner: int = 0


@dataclass(frozen=True)
class Eligibility(CallbackData, prefix="e"):
    leaf: str
    owner: int = 0


@dataclass(frozen=True)
class CompareToggle(CallbackData, prefix="k"):
    """Add the card to the comparison or take it out; the card is drawn again with the way
    back it had (origin and facets travel like the card's own), so toggling is no dead end."""

    leaf: str
    origin: Origin
    facets: Facets
    owner: int = 0


@dataclass(frozen=True)
class CompareShow(CallbackData, prefix="K"):
    owner: int = 0


@dataclass(frozen=True)
class CompareClear(CallbackData, prefix="C"):
    owner: int = 0


@dataclass(frozen=True)
class Noop(CallbackData, prefix="n"):
    owner: int = 0


@dataclass(frozen=True)
class Language(CallbackData, prefix="l"):
    lang: Lang
    owner: int = 0


@dataclass(frozen=True)
class Follow(CallbackData, prefix="f"):
    kind: FollowKind
    target: str
    owner: int = 0


@dataclass(frozen=True)
class Unfollow(CallbackData, prefix="u"):
    subscription: int
    owner: int = 0


@dataclass(frozen=True)
class Mute(CallbackData, prefix="M"):
    owner: int = 0


@dataclass(frozen=True)
class SetLadder(CallbackData, prefix="L"):
    preset: Ladder
    owner: int = 0


@dataclass(frozen=True)
class Calendar(CallbackData, prefix="i"):
    kind: IcsKind
    target: str
    owner: int = 0


@dataclass(frozen=True)
class Audience(CallbackData, prefix="A"):
    kind: AudienceKind
    target: str | None = None
    owner: int = 0


@dataclass(frozen=True)
class BroadcastAction(CallbackData, prefix="B"):
    action: Literal["confirm", "stop", "resend", "resend_ok"]
    broadcast: int
    owner: int = 0


@dataclass(frozen=True)
class ProfileAnswer(CallbackData, prefix="P"):
    question: Literal["kind", "city", "qual", "level", "skip", "done", "edit"]
    value: str | None = None
    owner: int = 0


@dataclass(frozen=True)
class WindowSave(CallbackData, prefix="w"):
    confirm: bool
    owner: int = 0


@dataclass(frozen=True)
class GuidelineStep(CallbackData, prefix="g"):
    """A bureau's document after its preview: publish it, correct its metadata, or drop it.
    `digest` ties the button to the document previewed (a newer upload makes it stale)."""

    action: Literal["publish", "shrink", "correct", "cancel"]
    digest: str
    owner: int = 0


@dataclass(frozen=True)
class Ask(CallbackData, prefix="a"):
    leaf: str | None
    owner: int = 0


@dataclass(frozen=True)
class Human(CallbackData, prefix="h"):
    leaf: str
    owner: int = 0


@dataclass(frozen=True)
class CloseTicket(CallbackData, prefix="d"):
    ticket: int


@dataclass(frozen=True)
class SaveFaq(CallbackData, prefix="F"):
    ticket: int


@dataclass(frozen=True)
class Confirm(CallbackData, prefix="Y"):
    """A yes/no question the bot asked (forget everything, resend to unconfirmed …)."""

    action: Literal["forget", "keep"]
    yes: bool
    owner: int = 0


@dataclass(frozen=True)
class RobotAction(CallbackData, prefix="R"):
    """/robots: add one, confirm the check message arrived (or cancel), remove, test."""

    action: RobotStep
    robot: int = 0
    owner: int = 0


@dataclass(frozen=True)
class RobotScope(CallbackData, prefix="S"):
    """What a new robot posts: one of the owner's subscriptions, or a city's bureau notices."""

    kind: Literal["sub", "city"]
    target: str
    owner: int = 0
