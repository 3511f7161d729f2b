"""The Bot API methods the sandbox implements, looked up case-insensitively as Telegram does."""

from collections.abc import Awaitable, Callable
from typing import Any

from bot.sandbox.params import Params
from bot.sandbox.state import SandboxState

Method = Callable[[SandboxState, Params], Awaitable[Any]]

_METHODS: dict[str, tuple[str, Method]] = {}


def api_method(name: str) -> Callable[[Method], Method]:
    """Register the decorated coroutine as the implementation of Bot API method ``name``."""

    def register(function: Method) -> Method:
        _METHODS[name.lower()] = (name, function)
        return function

    return register


def find_method(name: str) -> tuple[str, Method] | None:
    """The canonical method name and its implementation, or None if unsupported."""
    return _METHODS.get(name.lower())
