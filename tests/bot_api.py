"""A machine-readable Bot API spec, and the check of recorded calls against it.

There is no internet here, so the spec is generated from what python-telegram-bot 22 knows:
each Bot method's signature and type hints (method, parameters, types, which are required),
the TelegramObject classes those parameters take (their fields, and the fixed ``type`` of each
kind of InlineQueryResult, BotCommandScope …), and the limits in ``telegram.constants``.
`python -m tests.bot_api` writes it to tests/data/bot_api.json; a test keeps that file equal to
what this module generates.

Types are written as the Bot API documentation writes them: "Integer", "String", "Boolean",
"Float", "InputFile", a type name, {"array_of": T} or {"any_of": [T, …]}.
"""

from __future__ import annotations

import collections.abc
import datetime
import inspect
import json
import re
import types
import typing
from pathlib import Path
from typing import Any

import telegram
import telegram._utils.defaultvalue as defaultvalue
import telegram._utils.types as ptb_types
from telegram import constants

from bot.telegram_html import HtmlParseError, parse_html, strip_text, utf16_len

SPEC_PATH = Path(__file__).parent / "data" / "bot_api.json"
# Parameters of PTB's methods that never reach Telegram.
PTB_ONLY = frozenset({"read_timeout", "write_timeout", "connect_timeout", "pool_timeout",
                      "api_kwargs", "rate_limit_args", "filename", "current_offset"})
# PTB names that differ from the Bot API's.
FIELD_NAMES = {"from_user": "from"}
_HINT_NAMESPACE = {**vars(telegram), **vars(ptb_types), **vars(defaultvalue), "dtm": datetime}

Spec = dict[str, Any]
TypeSpec = str | dict[str, Any]


def _length(low: int, high: int, unit: str = "characters", *,
            parsed: bool = False) -> dict[str, Any]:
    limit: dict[str, Any] = {"min": low, "max": high, "unit": unit}
    if parsed:
        limit["after_entities_parsing"] = True
    return limit


def _limits() -> dict[str, dict[str, Any]]:
    """Documented limits by "method.parameter" or "Type.field", from telegram.constants."""
    text = _length(constants.MessageLimit.MIN_TEXT_LENGTH, constants.MessageLimit.MAX_TEXT_LENGTH,
                   parsed=True)
    caption = _length(0, constants.MessageLimit.CAPTION_LENGTH, parsed=True)
    placeholder = _length(constants.ReplyLimit.MIN_INPUT_FIELD_PLACEHOLDER,
                          constants.ReplyLimit.MAX_INPUT_FIELD_PLACEHOLDER)
    result_id = _length(constants.InlineQueryResultLimit.MIN_ID_LENGTH,
                        constants.InlineQueryResultLimit.MAX_ID_LENGTH, "bytes")
    limits: dict[str, dict[str, Any]] = {
        "sendMessage.text": text,
        "editMessageText.text": text,
        "InputTextMessageContent.message_text": text,
        "answerCallbackQuery.text": _length(
            0, constants.CallbackQueryLimit.ANSWER_CALLBACK_QUERY_TEXT_LENGTH),
        "answerInlineQuery.results": {"max_items": constants.InlineQueryLimit.RESULTS},
        "answerInlineQuery.next_offset": _length(0, constants.InlineQueryLimit.MAX_OFFSET_LENGTH,
                                                 "bytes"),
        "getUpdates.limit": {"min_value": constants.PollingLimit.MIN_LIMIT,
                             "max_value": constants.PollingLimit.MAX_LIMIT},
        "setWebhook.max_connections": {"min_value": constants.WebhookLimit.MIN_CONNECTIONS_LIMIT,
                                       "max_value": constants.WebhookLimit.MAX_CONNECTIONS_LIMIT},
        "setWebhook.secret_token": _length(1, constants.WebhookLimit.MAX_SECRET_TOKEN_LENGTH),
        "setMyCommands.commands": {"max_items": constants.BotCommandLimit.MAX_COMMAND_NUMBER},
        "BotCommand.command": _length(constants.BotCommandLimit.MIN_COMMAND,
                                      constants.BotCommandLimit.MAX_COMMAND),
        "BotCommand.description": _length(1, constants.BotCommandLimit.MAX_DESCRIPTION),
        "InlineKeyboardButton.callback_data": _length(
            constants.InlineKeyboardButtonLimit.MIN_CALLBACK_DATA,
            constants.InlineKeyboardButtonLimit.MAX_CALLBACK_DATA, "bytes"),
        "InlineKeyboardMarkup.inline_keyboard": {
            "max_total_items": constants.InlineKeyboardMarkupLimit.TOTAL_BUTTON_NUMBER},
        "CopyTextButton.text": _length(1, constants.InlineKeyboardButtonLimit.MAX_COPY_TEXT),
        "ForceReply.input_field_placeholder": placeholder,
        "ReplyKeyboardMarkup.input_field_placeholder": placeholder,
        "InlineQueryResultsButton.start_parameter": _length(
            constants.InlineQueryResultsButtonLimit.MIN_START_PARAMETER_LENGTH,
            constants.InlineQueryResultsButtonLimit.MAX_START_PARAMETER_LENGTH),
    }
    for method in ("sendDocument", "sendPhoto", "sendVideo", "sendAudio", "sendVoice",
                   "sendAnimation", "copyMessage", "editMessageCaption"):
        limits[f"{method}.caption"] = caption
    for name in dir(telegram):
        if name.startswith("InlineQueryResult") and name not in ("InlineQueryResultsButton",):
            limits[f"{name}.id"] = result_id
    return limits


# --------------------------------------------------------------------------- generating


class _Builder:
    """Walks PTB's Bot methods and the classes their parameters take."""

    def __init__(self) -> None:
        self.types: dict[str, dict[str, Any]] = {}
        self.unions: dict[str, list[str]] = {}
        self._pending: list[type[telegram.TelegramObject]] = []

    def method(self, function: Any) -> dict[str, Any]:
        hints = typing.get_type_hints(function, localns=_HINT_NAMESPACE)
        parameters = {}
        for name, parameter in inspect.signature(function).parameters.items():
            if name == "self" or name in PTB_ONLY:
                continue
            parameters[name] = {"type": self.type_of(hints[name]),
                                "required": parameter.default is inspect.Parameter.empty}
        return {"parameters": parameters}

    def type_of(self, hint: Any) -> TypeSpec:
        origin, args = typing.get_origin(hint), typing.get_args(hint)
        if origin in (typing.Union, types.UnionType):
            return self._union(args)
        if origin is typing.Literal:
            return "Integer" if all(isinstance(a, int) for a in args) else "String"
        if origin in (list, tuple, collections.abc.Sequence):
            return {"array_of": self.type_of(args[0])}
        if isinstance(hint, type):
            return self._class(hint)
        return "Any"

    def _union(self, args: tuple[Any, ...]) -> TypeSpec:
        # None, PTB's DefaultValue and callables (PTB computes the value) never reach Telegram
        kept = [a for a in args if a is not type(None) and a is not defaultvalue.DefaultValue
                and typing.get_origin(a) not in (defaultvalue.DefaultValue,
                                                 collections.abc.Callable)]
        if any(a in (bytes, telegram.InputFile) for a in kept):
            return {"any_of": ["InputFile", "String"]}  # a file, or a file_id / URL
        found: list[TypeSpec] = []
        for arg in kept:
            spec = self.type_of(arg)
            if spec not in found:
                found.append(spec)
        return found[0] if len(found) == 1 else {"any_of": found}

    def _class(self, cls: type) -> TypeSpec:
        if cls is bool:
            return "Boolean"
        if cls in (int, datetime.datetime, datetime.timedelta):
            return "Integer"  # dates travel as Unix time, periods as seconds
        if cls is float:
            return "Float"
        if cls in (str, object):
            return "String"  # object: PTB's arbitrary callback data, off in this bot
        if cls is dict:
            return "Object"
        if issubclass(cls, telegram.TelegramObject):
            return self._telegram_class(cls)
        return "Any"

    def _telegram_class(self, cls: type[telegram.TelegramObject]) -> str:
        kinds = [sub for sub in cls.__subclasses__() if sub.__name__ in vars(telegram)]
        if kinds and cls.__name__ not in self.unions:
            self.unions[cls.__name__] = sorted(sub.__name__ for sub in kinds)
            for sub in kinds:
                self._telegram_class(sub)
        elif not kinds and cls.__name__ not in self.types:
            self.types[cls.__name__] = {}  # reserve the name: classes refer to each other
            self.types[cls.__name__] = self._fields(cls)
        return cls.__name__

    def _fields(self, cls: type[telegram.TelegramObject]) -> dict[str, Any]:
        hints = typing.get_type_hints(cls.__init__, localns=_HINT_NAMESPACE)
        fields: dict[str, Any] = {
            name: {"type": _scalar_type(value), "required": True, "const": value}
            for name, value in _fixed_fields(cls).items()}
        for name, parameter in inspect.signature(cls.__init__).parameters.items():
            if name in ("self", "api_kwargs"):
                continue
            fields[FIELD_NAMES.get(name, name)] = {
                "type": self.type_of(hints[name]),
                "required": parameter.default is inspect.Parameter.empty}
        return {"fields": fields}


def _placeholder(hint: Any) -> Any:
    """A value of a simple type the hint allows (1, "x" …), else None."""
    allowed = {hint, *typing.get_args(hint)}
    for kind, value in ((int, 1), (float, 1.0), (bool, False), (str, "x")):  # ids: numbers
        if kind in allowed:
            return value
    return None


def _scalar_type(value: Any) -> str:
    if isinstance(value, bool):
        return "Boolean"
    return "Integer" if isinstance(value, int) else "String"


def _fixed_fields(cls: type[telegram.TelegramObject]) -> dict[str, Any]:
    """Fields an object always has with one value, which PTB sets itself: the ``type`` of each
    kind (InlineQueryResultArticle → "article"), ForceReply's force_reply … Read from an
    instance built with placeholder values."""
    signature = inspect.signature(cls.__init__).parameters
    hints = typing.get_type_hints(cls.__init__, localns=_HINT_NAMESPACE)
    arguments = {name: _placeholder(hints.get(name))
                 for name, parameter in signature.items()
                 if name != "self" and parameter.default is inspect.Parameter.empty
                 and parameter.kind is not inspect.Parameter.VAR_KEYWORD}
    try:
        shown = cls(**arguments).to_dict()
    except (TypeError, ValueError, AttributeError):
        return {}
    return {name: value for name, value in shown.items()
            if name not in signature and FIELD_NAMES.get(name, name) == name
            and isinstance(value, str | bool | int)}


def build_spec() -> Spec:
    """The spec of every Bot API method python-telegram-bot knows, with the limits applied."""
    builder = _Builder()
    methods = {}
    for name in sorted(dir(telegram.Bot)):
        function = getattr(telegram.Bot, name)
        if name[0].islower() and name != name.lower() and callable(function):
            methods[name] = builder.method(function)
    for key, limit in _limits().items():
        owner, _, field = key.partition(".")
        if owner in methods and field in methods[owner]["parameters"]:
            methods[owner]["parameters"][field]["limit"] = limit
        elif owner in builder.types and field in builder.types[owner]["fields"]:
            builder.types[owner]["fields"][field]["limit"] = limit
    return {
        "source": f"python-telegram-bot {telegram.__version__}: Bot method signatures and "
                  "type hints, TelegramObject fields, telegram.constants limits",
        "methods": methods,
        "types": dict(sorted(builder.types.items())),
        "unions": dict(sorted(builder.unions.items())),
    }


def write_spec(path: Path = SPEC_PATH) -> None:
    path.write_text(json.dumps(build_spec(), ensure_ascii=False, indent=1, sort_keys=False)
                    + "\n", encoding="utf-8")


def load_spec(path: Path = SPEC_PATH) -> Spec:
    spec: Spec = json.loads(path.read_text(encoding="utf-8"))
    return spec


# --------------------------------------------------------------------------- checking

_INTEGER = re.compile(r"-?\d+")
_FLOAT = re.compile(r"-?\d+(\.\d+)?([eE][-+]?\d+)?")


def check_call(spec: Spec, method: str, params: dict[str, Any]) -> list[str]:
    """What Telegram would refuse in one recorded call (parameters as the sandbox logs them:
    form values as sent, JSON arrays and objects decoded, uploads described); [] if none."""
    known = {name.lower(): name for name in spec["methods"]}
    canonical = known.get(method.lower())
    if canonical is None:
        return [f"{method}: not a Bot API method"]
    fields = spec["methods"][canonical]["parameters"]
    return _check_fields(spec, canonical, fields, params)


def _check_fields(spec: Spec, where: str, fields: dict[str, Any],
                  values: dict[str, Any]) -> list[str]:
    problems = [f"{where}: unknown parameter {name!r}" for name in values if name not in fields]
    problems += [f"{where}: missing required parameter {name!r}"
                 for name, field in fields.items() if field["required"] and name not in values]
    for name, value in values.items():
        field = fields.get(name)
        if field is None:
            continue
        path = f"{where}.{name}"
        found = _check_value(spec, path, field["type"], value)
        if not found and "const" in field and value != field["const"]:
            found = [f"{path}: must be {field['const']!r}, got {value!r}"]
        if not found and "limit" in field:
            found = _check_limit(path, field["limit"], value, values.get("parse_mode"))
        problems += found
    return problems


def _check_value(spec: Spec, path: str, kind: TypeSpec, value: Any) -> list[str]:
    if isinstance(kind, dict) and "array_of" in kind:
        if not isinstance(value, list):
            return [f"{path}: expected an array, got {_shown(value)}"]
        return [problem for index, item in enumerate(value)
                for problem in _check_value(spec, f"{path}[{index}]", kind["array_of"], item)]
    if isinstance(kind, dict):
        return _check_any_of(spec, path, kind["any_of"], value)
    if kind in spec["unions"]:
        return _check_any_of(spec, path, spec["unions"][kind], value)
    if kind in spec["types"]:
        if not isinstance(value, dict):
            return [f"{path}: expected {kind}, got {_shown(value)}"]
        return _check_fields(spec, path, spec["types"][kind]["fields"], value)
    if _is_scalar(kind, value):
        return []
    return [f"{path}: expected {kind}, got {_shown(value)}"]


def _check_any_of(spec: Spec, path: str, kinds: list[TypeSpec], value: Any) -> list[str]:
    attempts = [_check_value(spec, path, kind, value) for kind in kinds]
    if any(not problems for problems in attempts):
        return []
    names = " or ".join(k if isinstance(k, str) else json.dumps(k) for k in kinds)
    closest = min(attempts, key=len)
    if isinstance(value, dict) and len(closest) < 3:
        return closest  # an object that is nearly one of them: say what is wrong with it
    return [f"{path}: expected {names}, got {_shown(value)}"]


def _is_scalar(kind: str, value: Any) -> bool:
    """Form-encoded values arrive as text; JSON bodies carry numbers and booleans."""
    if kind == "Any" or (kind == "Object" and isinstance(value, dict)):
        return True
    if kind == "String":
        return isinstance(value, str)
    if kind == "Boolean":
        return isinstance(value, bool) or value in ("true", "false", "True", "False")
    if kind == "Integer":
        return (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, str) and bool(_INTEGER.fullmatch(value)))
    if kind == "Float":
        return (isinstance(value, int | float) and not isinstance(value, bool)) or (
            isinstance(value, str) and bool(_FLOAT.fullmatch(value)))
    if kind == "InputFile":  # a multipart upload, as the sandbox describes it
        return isinstance(value, dict) and {"file_name", "file_size"} <= value.keys()
    return False


def _check_limit(path: str, limit: dict[str, Any], value: Any,
                 parse_mode: Any) -> list[str]:
    if "max_items" in limit and isinstance(value, list) and len(value) > limit["max_items"]:
        return [f"{path}: {len(value)} items, at most {limit['max_items']}"]
    if "max_total_items" in limit and isinstance(value, list):
        total = sum(len(row) for row in value if isinstance(row, list))
        if total > limit["max_total_items"]:
            return [f"{path}: {total} items in all, at most {limit['max_total_items']}"]
    if "min_value" in limit and isinstance(value, int | str) and _INTEGER.fullmatch(str(value)):
        number = int(value)
        if not limit["min_value"] <= number <= limit["max_value"]:
            return [f"{path}: {number} is outside {limit['min_value']}-{limit['max_value']}"]
    if "max" in limit and isinstance(value, str):
        return _check_length(path, limit, value, parse_mode)
    return []


def _check_length(path: str, limit: dict[str, Any], text: str, parse_mode: Any) -> list[str]:
    if limit.get("after_entities_parsing") and str(parse_mode).lower() == "html":
        try:
            text = strip_text(parse_html(text)).text
        except HtmlParseError as error:
            return [f"{path}: HTML Telegram cannot parse: {error}"]
    elif limit.get("after_entities_parsing"):
        text = text.strip()
    unit = limit["unit"]
    size = len(text.encode()) if unit == "bytes" else utf16_len(text)
    if not limit["min"] <= size <= limit["max"]:
        parsed = " after entities parsing" if limit.get("after_entities_parsing") else ""
        return [f"{path}: {size} {unit}{parsed}, allowed {limit['min']}-{limit['max']}"]
    return []


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


if __name__ == "__main__":
    write_spec()
    print(f"wrote {SPEC_PATH}")
