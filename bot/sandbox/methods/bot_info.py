"""The bot's own profile: getMe, its command lists, and settings the sandbox merely accepts."""

import json
import re
from typing import Any

from bot.sandbox.errors import bad_request
from bot.sandbox.methods.registry import Method, api_method
from bot.sandbox.params import Params
from bot.sandbox.state import SandboxState

_COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")
# Methods python-telegram-bot or a bot may call that change nothing the sandbox shows.
_ACCEPTED_METHODS = (
    "close",
    "logOut",
    "setMyDescription",
    "setMyShortDescription",
    "setMyName",
    "setChatMenuButton",
    "setMyDefaultAdministratorRights",
    "pinChatMessage",
    "unpinChatMessage",
    "unpinAllChatMessages",
    "setMessageReaction",
)


@api_method("getMe")
async def get_me(state: SandboxState, params: Params) -> dict[str, Any]:
    world = state.world
    return {
        **world.bot.to_api(),
        "can_join_groups": True,
        "can_read_all_group_messages": not world.privacy_mode,
        "supports_inline_queries": True,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


def _commands_key(params: Params) -> tuple[str, str]:
    """Command lists are kept per scope and language, as Telegram keeps them."""
    scope = params.json("scope") or {"type": "default"}
    return json.dumps(scope, sort_keys=True), params.text("language_code") or ""


def _check_command(command: Any) -> dict[str, str]:
    if not isinstance(command, dict) or not _COMMAND_RE.fullmatch(str(command.get("command"))):
        raise bad_request("BOT_COMMAND_INVALID")
    description = command.get("description")
    if not isinstance(description, str) or not 1 <= len(description) <= 256:
        raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
    return {"command": command["command"], "description": description}


@api_method("setMyCommands")
async def set_my_commands(state: SandboxState, params: Params) -> bool:
    commands = params.json("commands")
    if not isinstance(commands, list) or len(commands) > 100:
        raise bad_request("commands must be a list of at most 100 BotCommand objects")
    state.world.commands[_commands_key(params)] = [_check_command(c) for c in commands]
    return True


@api_method("getMyCommands")
async def get_my_commands(state: SandboxState, params: Params) -> list[dict[str, str]]:
    return state.world.commands.get(_commands_key(params), [])


@api_method("deleteMyCommands")
async def delete_my_commands(state: SandboxState, params: Params) -> bool:
    state.world.commands.pop(_commands_key(params), None)
    return True


def _accept_method(name: str) -> Method:
    async def accept(state: SandboxState, params: Params) -> bool:
        return True

    accept.__doc__ = f"{name}: accepted and recorded, nothing else to do in the sandbox."
    return api_method(name)(accept)


for _name in _ACCEPTED_METHODS:
    _accept_method(_name)
