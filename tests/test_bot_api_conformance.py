"""The Bot API spec in tests/data/bot_api.json and the check every recorded call goes through.

conftest.py's autouse `bot_api_conformance` fixture checks each call a test makes through a
sandbox; these tests show the spec is current and that the check catches what Telegram
refuses, with a message that says what is wrong.
"""

from __future__ import annotations

from typing import Any

import pytest
from telegram import Bot

from bot.sandbox import Sandbox
from bot.sandbox.state import SandboxState
from tests.bot_api import build_spec, check_call, load_spec

Spec = dict[str, Any]
BUTTON = {"text": "下一页", "callback_data": "z1|s|1"}


def article(**changes: Any) -> dict[str, Any]:
    return {"type": "article", "id": "2025A01", "title": "锂电池",
            "input_message_content": {"message_text": "<b>方向</b>", "parse_mode": "HTML"},
            **changes}


def test_the_committed_spec_is_what_the_script_generates(bot_api_spec: Spec) -> None:
    """Regenerate with `python -m tests.bot_api` after upgrading python-telegram-bot."""
    assert bot_api_spec == build_spec()
    assert bot_api_spec == load_spec()
    assert bot_api_spec["source"].startswith("python-telegram-bot 22.")


@pytest.mark.parametrize(
    ("method", "params"),
    [
        ("sendMessage", {"chat_id": "1001", "text": "<b>结果</b>", "parse_mode": "HTML",
                         "reply_markup": {"inline_keyboard": [[BUTTON]]}}),
        ("sendMessage", {"chat_id": -2001, "text": "字" * 4096,
                         "reply_markup": {"force_reply": True, "selective": True,
                                          "input_field_placeholder": "50万"}}),
        ("SENDMESSAGE", {"chat_id": "@channel", "text": "x",
                         "reply_parameters": {"message_id": 3,
                                              "allow_sending_without_reply": True}}),
        ("answerInlineQuery", {"inline_query_id": "5000000001", "results": [article()],
                               "cache_time": "60", "is_personal": "true"}),
        ("answerCallbackQuery", {"callback_query_id": "4000000001", "text": "已订阅",
                                 "show_alert": "false"}),
        ("sendDocument", {"chat_id": "1001", "caption": "通知",
                          "document": {"file_name": "a.ics", "mime_type": "text/calendar",
                                       "file_size": 10}}),
        ("setMyCommands", {"commands": [{"command": "find", "description": "按条件查找"}],
                           "scope": {"type": "chat", "chat_id": -2001}}),
        ("getUpdates", {"offset": "-1", "timeout": "1", "allowed_updates": ["message"]}),
    ],
)
def test_calls_telegram_accepts_pass(bot_api_spec: Spec, method: str,
                                     params: dict[str, Any]) -> None:
    assert check_call(bot_api_spec, method, params) == []


@pytest.mark.parametrize(
    ("method", "params", "problem"),
    [
        ("sendSticker2", {}, "sendSticker2: not a Bot API method"),
        ("sendMessage", {"chat_id": 1, "text": "x", "colour": "red"},
         "sendMessage: unknown parameter 'colour'"),
        ("sendMessage", {"chat_id": 1}, "sendMessage: missing required parameter 'text'"),
        ("sendMessage", {"chat_id": [1], "text": "x"},
         "sendMessage.chat_id: expected Integer or String, got [1]"),
        ("answerCallbackQuery", {"callback_query_id": "1", "show_alert": "yes"},
         "answerCallbackQuery.show_alert: expected Boolean, got \"yes\""),
        ("sendMessage", {"chat_id": 1, "text": "字" * 4097},
         "sendMessage.text: 4097 characters after entities parsing, allowed 1-4096"),
        ("sendMessage", {"chat_id": 1, "text": f"<b>{'字' * 4097}</b>", "parse_mode": "HTML"},
         "sendMessage.text: 4097 characters after entities parsing, allowed 1-4096"),
        ("sendMessage", {"chat_id": 1, "text": "R&D <b>", "parse_mode": "HTML"},
         "sendMessage.text: HTML Telegram cannot parse"),
        ("sendMessage", {"chat_id": 1, "text": "x", "reply_markup": {"inline_keyboard": [[
            {**BUTTON, "callback_data": "d" * 65}]]}},
         "sendMessage.reply_markup.inline_keyboard[0][0].callback_data: 65 bytes, allowed 1-64"),
        ("sendMessage", {"chat_id": 1, "text": "x", "reply_markup": {"inline_keyboard": [[
            {**BUTTON, "colour": "red"}]]}},
         "sendMessage.reply_markup.inline_keyboard[0][0]: unknown parameter 'colour'"),
        ("answerInlineQuery", {"inline_query_id": "1", "results": [article(id="x" * 70)]},
         "answerInlineQuery.results[0].id: 70 bytes, allowed 1-64"),
        ("answerInlineQuery", {"inline_query_id": "1", "results": [article(type="articel")]},
         "answerInlineQuery.results[0].type: must be 'article', got 'articel'"),
        ("answerInlineQuery", {"inline_query_id": "1", "results": [
            {k: v for k, v in article().items() if k != "title"}]},
         "answerInlineQuery.results[0]: missing required parameter 'title'"),
        ("answerInlineQuery", {"inline_query_id": "1", "results": [article(id=str(i))
                                                                   for i in range(51)]},
         "answerInlineQuery.results: 51 items, at most 50"),
        ("getUpdates", {"limit": "500"}, "getUpdates.limit: 500 is outside 1-100"),
    ],
)
def test_calls_telegram_refuses_are_named(bot_api_spec: Spec, method: str,
                                          params: dict[str, Any], problem: str) -> None:
    found = check_call(bot_api_spec, method, params)
    assert any(p.startswith(problem) for p in found), found


@pytest.mark.raw_bot_api
async def test_a_recorded_call_is_checked_as_sent(bot_api_spec: Spec) -> None:
    """Through a real sandbox: a parameter the sandbox ignores is still caught in its log."""
    state = SandboxState(limits_enabled=False)
    state.world.started.add(1001)
    async with Sandbox(state) as sandbox, Bot(state.token, base_url=sandbox.base_url) as bot:
        await bot.send_message(1001, "x", api_kwargs={"colour": "red"})
    [call] = state.calls.query("sendMessage")
    assert check_call(bot_api_spec, call["method"], call["params"]) == [
        "sendMessage: unknown parameter 'colour'"]
