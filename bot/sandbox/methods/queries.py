"""Answers to button presses and inline queries, kept for the web chat and tests to read."""

from typing import Any

from bot.sandbox.errors import ApiError, bad_request
from bot.sandbox.methods.registry import api_method
from bot.sandbox.params import Params
from bot.sandbox.state import SandboxState

MAX_ALERT_LENGTH = 200
MAX_INLINE_RESULTS = 50


def _expired_query() -> ApiError:
    return bad_request("query is too old and response timeout expired or query ID is invalid")


@api_method("answerCallbackQuery")
async def answer_callback_query(state: SandboxState, params: Params) -> bool:
    record = state.world.callbacks.get(params.require_str("callback_query_id"))
    if record is None or record.answer is not None:
        raise _expired_query()
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


def _check_results(results: Any) -> list[dict[str, Any]]:
    if not isinstance(results, list) or not all(isinstance(r, dict) for r in results):
        raise bad_request("can't parse inline query results JSON object")
    if len(results) > MAX_INLINE_RESULTS:
        raise bad_request("RESULTS_TOO_MUCH")
    ids = [str(result.get("id")) for result in results]
    if len(set(ids)) != len(ids):
        raise bad_request("RESULT_ID_DUPLICATE")
    return results


@api_method("answerInlineQuery")
async def answer_inline_query(state: SandboxState, params: Params) -> bool:
    record = state.world.inline_queries.get(params.require_str("inline_query_id"))
    if record is None or record.answer is not None:
        raise _expired_query()
    record.answer = {
        "results": _check_results(params.json("results")),
        "cache_time": params.integer("cache_time", 300),
        "is_personal": params.flag("is_personal"),
        "next_offset": params.text("next_offset"),
        "button": params.json("button"),
    }
    state.events.publish("inline_answer", inline_query=record.to_json())
    return True
