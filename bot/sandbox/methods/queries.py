"""Answers to button presses and inline queries, checked as Telegram checks them and kept for
the web chat and tests to read.

Both kinds of query must be answered promptly: after the sandbox's ``query_timeout`` (Telegram
does not publish its figure; bots see the error after roughly 10-15 seconds) the answer fails
with "query is too old and response timeout expired or query ID is invalid", as it does when
the query was answered already or never existed.
"""

from typing import Any

from bot.sandbox import content
from bot.sandbox.errors import ApiError, bad_request
from bot.sandbox.methods.registry import api_method
from bot.sandbox.models import CallbackQueryRecord, InlineQueryRecord
from bot.sandbox.params import Params
from bot.sandbox.state import SandboxState
from bot.telegram_html import utf16_len

MAX_ALERT_LENGTH = 200
MAX_INLINE_RESULTS = 50
MAX_RESULT_ID_BYTES = 64
MAX_NEXT_OFFSET_BYTES = 64
RESULT_TYPES = frozenset({"audio", "document", "gif", "mpeg4_gif", "photo", "sticker", "video",
                          "voice", "article", "contact", "game", "location", "venue"})


def _expired_query() -> ApiError:
    return bad_request("query is too old and response timeout expired or query ID is invalid")


def _open_query(state: SandboxState,
                record: CallbackQueryRecord | InlineQueryRecord | None) -> None:
    """Refuse answers to unknown, answered or timed-out queries."""
    if record is None or record.answer is not None:
        raise _expired_query()
    if state.monotonic() - record.asked_at > state.query_timeout:
        raise _expired_query()


@api_method("answerCallbackQuery")
async def answer_callback_query(state: SandboxState, params: Params) -> bool:
    record = state.world.callbacks.get(params.require_str("callback_query_id"))
    _open_query(state, record)
    assert record is not None
    text = params.text("text")
    if text is not None and len(text) > MAX_ALERT_LENGTH:
        raise bad_request("MESSAGE_TOO_LONG")
    record.answer = {
        "text": text,
        "show_alert": params.flag("show_alert"),
        "url": params.text("url"),
        "cache_time": params.integer("cache_time", 0),
    }
    state.events.publish("callback_answer", chat_id=record.chat_id, callback=record.to_json())
    return True


def _check_result(result: Any, mention: content.Mention) -> dict[str, Any]:
    """One InlineQueryResult as Telegram checks it: a known type, an id of 1-64 bytes, and for
    articles a title and message content Telegram can send; unknown fields are dropped."""
    if not isinstance(result, dict):
        raise bad_request("can't parse inline query results JSON object")
    if result.get("type") not in RESULT_TYPES:
        raise bad_request("RESULT_TYPE_INVALID")
    result_id = result.get("id")
    if not isinstance(result_id, str) or not 1 <= len(result_id.encode()) <= MAX_RESULT_ID_BYTES:
        raise bad_request("RESULT_ID_INVALID")
    if result["type"] == "article":
        if not isinstance(result.get("title"), str) or not result["title"].strip():
            raise bad_request("ARTICLE_TITLE_EMPTY")
        if not isinstance(result.get("input_message_content"), dict):
            raise bad_request("can't parse inline query result: input_message_content is required")
    checked = dict(result)
    message = result.get("input_message_content")
    if isinstance(message, dict) and "message_text" in message:
        formatted = content.parse_text(str(message["message_text"]), message.get("parse_mode"),
                                       message.get("entities"), mention)
        if not formatted.text:
            raise bad_request("MESSAGE_EMPTY")
        if utf16_len(formatted.text) > content.MAX_TEXT_LENGTH:
            raise bad_request("MESSAGE_TOO_LONG")
    if "reply_markup" in result:
        checked["reply_markup"] = content.inline_keyboard(result["reply_markup"])
    return checked


def _check_results(results: Any, mention: content.Mention) -> list[dict[str, Any]]:
    if not isinstance(results, list):
        raise bad_request("can't parse inline query results JSON object")
    if len(results) > MAX_INLINE_RESULTS:
        raise bad_request("RESULTS_TOO_MUCH")
    checked = [_check_result(result, mention) for result in results]
    ids = [result["id"] for result in checked]
    if len(set(ids)) != len(ids):
        raise bad_request("RESULT_ID_DUPLICATE")
    return checked


@api_method("answerInlineQuery")
async def answer_inline_query(state: SandboxState, params: Params) -> bool:
    world = state.world
    record = world.inline_queries.get(params.require_str("inline_query_id"))
    _open_query(state, record)
    assert record is not None
    next_offset = params.text("next_offset") or ""
    if len(next_offset.encode()) > MAX_NEXT_OFFSET_BYTES:
        raise bad_request("NEXT_OFFSET_INVALID")
    record.answer = {
        "results": _check_results(params.json("results"), world.mention),
        "cache_time": params.integer("cache_time", 300),
        "is_personal": params.flag("is_personal"),
        "next_offset": next_offset or None,
        "button": params.json("button"),
    }
    world.inline_cache.store(record.query, record.offset, record.user_id, record.answer,
                             world.clock())
    state.events.publish("inline_answer", inline_query=record.to_json())
    return True
