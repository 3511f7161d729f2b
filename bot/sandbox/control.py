"""The control API under /sandbox/*: act as users, read what the bot did, inject faults.

Used by tests and by the web chat. Bodies and answers are JSON; a refused action answers
4xx with {"ok": false, "error": reason} (plus "parameters" when Telegram would give some).
"""

import base64
import binascii
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from aiohttp import web

from bot.sandbox import actions
from bot.sandbox.api import file_response
from bot.sandbox.errors import ApiError, bad_request
from bot.sandbox.faults import Fault, FaultKind
from bot.sandbox.models import ChatType, MemberStatus, User
from bot.sandbox.params import UploadedFile
from bot.sandbox.state import STATE_KEY, SandboxState
from bot.telegram_html import HtmlParseError, parse_html

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
T = TypeVar("T")
_MISSING: Any = object()

logger = logging.getLogger(__name__)
routes = web.RouteTableDef()


@web.middleware
async def control_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Turn refused actions into JSON errors instead of HTML error pages."""
    if not request.path.startswith("/sandbox/"):
        return await handler(request)
    try:
        return await handler(request)
    except ApiError as error:
        body: dict[str, Any] = {"ok": False, "error": error.description}
        if error.parameters:
            body["parameters"] = error.parameters
        return web.json_response(body, status=error.status)
    except web.HTTPException:
        raise
    except Exception:
        logger.exception("sandbox control route %s failed", request.path)
        return web.json_response({"ok": False, "error": "sandbox bug, see its log"}, status=500)


async def _body(request: web.Request) -> dict[str, Any]:
    try:
        body = await request.json() if request.can_read_body else {}
    except ValueError:
        raise bad_request("the body must be JSON") from None
    if not isinstance(body, dict):
        raise bad_request("the body must be a JSON object")
    return body


def _field(body: dict[str, Any], name: str, kind: type[T], default: Any = _MISSING) -> T:
    """A typed field of a control request; ints may arrive as numeric strings."""
    value = body.get(name)
    if value is None:
        if default is _MISSING:
            raise bad_request(f"{name} is required")
        return default
    try:
        return value if isinstance(value, kind) else kind(value)  # type: ignore[call-arg]
    except (TypeError, ValueError):
        raise bad_request(f"{name} must be {kind.__name__}") from None


def _state(request: web.Request) -> SandboxState:
    return request.app[STATE_KEY]


def _ok(**fields: Any) -> web.Response:
    return web.json_response({"ok": True, **fields})


# acting as users


@routes.post("/sandbox/send")
async def send(request: web.Request) -> web.Response:
    body = await _body(request)
    state = _state(request)
    # {"file_name", "content"} (text) or {"file_name", "content_base64"}: a user sends a file
    document = body.get("document")
    upload = None
    if isinstance(document, dict):
        if "content_base64" in document:
            try:
                content = base64.b64decode(str(document["content_base64"]), validate=True)
            except binascii.Error as exc:
                raise bad_request(f"document.content_base64: {exc}") from exc
        else:
            content = str(document.get("content", "")).encode()
        upload = UploadedFile(str(document.get("file_name", "file.txt")),
                              str(document.get("mime_type", "text/plain")), content)
    text, entities = _field(body, "text", str, ""), None
    formatted = _field(body, "html", str, None)  # typed with formatting (bold, links …)
    if formatted is not None:
        try:
            parsed = parse_html(formatted)
        except HtmlParseError as exc:
            raise bad_request(f"html: {exc}") from exc
        text, entities = parsed.text, parsed.entities
    message, update_id = actions.user_sends(
        state,
        _field(body, "user_id", int),
        text,
        chat_id=_field(body, "chat_id", int, None),
        reply_to_message_id=_field(body, "reply_to_message_id", int, None),
        user_fields=body,
        document=upload,
        entities=entities,
    )
    return _ok(message=state.world.message_to_control(message), update_id=update_id)


@routes.post("/sandbox/edit")
async def edit(request: web.Request) -> web.Response:
    """A user edits the text of a message they sent (the bot gets an edited_message)."""
    body = await _body(request)
    state = _state(request)
    user_id = _field(body, "user_id", int)
    message, update_id = actions.user_edits(
        state,
        user_id,
        _field(body, "chat_id", int, user_id),
        _field(body, "message_id", int),
        _field(body, "text", str),
    )
    return _ok(message=state.world.message_to_control(message), update_id=update_id)


@routes.post("/sandbox/press")
async def press(request: web.Request) -> web.Response:
    body = await _body(request)
    state = _state(request)
    data, label = _field(body, "data", str, None), _field(body, "text", str, None)
    if data is None and label is None:
        raise bad_request("give the button's data or its text")
    record, update_id = actions.user_presses(
        state,
        _field(body, "user_id", int),
        _field(body, "chat_id", int),
        _field(body, "message_id", int),
        data=data,
        label=label,
        forged=_field(body, "forged", bool, False),
    )
    return _ok(callback_query_id=record.id, data=record.data, update_id=update_id)


@routes.post("/sandbox/inline")
async def inline(request: web.Request) -> web.Response:
    body = await _body(request)
    record, update_id = actions.user_inline_query(
        _state(request),
        _field(body, "user_id", int),
        _field(body, "query", str, ""),
        _field(body, "offset", str, ""),
    )
    return _ok(inline_query_id=record.id, update_id=update_id)


# reading what the bot did


@routes.get("/sandbox/chats/{chat_id}/messages")
async def chat_messages(request: web.Request) -> web.Response:
    world = _state(request).world
    chat_id = _field(dict(request.match_info), "chat_id", int)
    if chat_id not in world.chats:
        raise ApiError(404, "chat not found")
    return web.json_response([world.message_to_control(m) for m in world.chat_messages(chat_id)])


@routes.get("/sandbox/callbacks")
async def callbacks(request: web.Request) -> web.Response:
    return web.json_response([r.to_json() for r in _state(request).world.callbacks.values()])


@routes.get("/sandbox/callbacks/{query_id}")
async def callback(request: web.Request) -> web.Response:
    record = _state(request).world.callbacks.get(request.match_info["query_id"])
    if record is None:
        raise ApiError(404, "no such callback query")
    return web.json_response(record.to_json())


@routes.get("/sandbox/inline/{query_id}")
async def inline_query(request: web.Request) -> web.Response:
    record = _state(request).world.inline_queries.get(request.match_info["query_id"])
    if record is None:
        raise ApiError(404, "no such inline query")
    return web.json_response(record.to_json())


@routes.get("/sandbox/calls")
async def calls(request: web.Request) -> web.Response:
    query = dict(request.query)
    return web.json_response(
        _state(request).calls.query(query.get("method"), _field(query, "since", int, 0))
    )


@routes.get("/sandbox/updates")
async def pending_updates(request: web.Request) -> web.Response:
    return web.json_response(_state(request).updates.pending())


@routes.get("/sandbox/events")
async def events(request: web.Request) -> web.Response:
    """Long poll for message changes after ``after`` (the web chat's live view)."""
    query = dict(request.query)
    log = _state(request).events
    found = await log.wait_after(
        _field(query, "after", int, 0), _field(query, "timeout", float, 25.0)
    )
    return web.json_response({"events": found, "last_seq": log.last_seq})


@routes.get("/sandbox/files/{file_id}")
async def download(request: web.Request) -> web.Response:
    stored = _state(request).world.files.get(request.match_info["file_id"])
    if stored is None:
        raise ApiError(404, "file not found")
    return file_response(stored.data, stored.mime_type, stored.file_name)


@routes.get("/sandbox/state")
async def state_view(request: web.Request) -> web.Response:
    state = _state(request)
    world = state.world
    webhook = state.updates.webhook
    return web.json_response(
        {
            "bot": world.bot.to_api(),
            "users": [u.to_api() for u in world.users.values() if not u.is_bot],
            "chats": [_chat_json(state, chat_id) for chat_id in world.chats],
            "blocked": sorted(world.blocked),
            "started": sorted(world.started),
            "limits_enabled": state.limiter.enabled,
            "local_webhooks": state.local_webhooks,
            "query_timeout": state.query_timeout,
            "privacy_mode": world.privacy_mode,
            "webhook": webhook.url if webhook else None,
            "pending_updates": state.updates.pending_count,
            "reports_handled": state.reports_handled,
            "last_seq": state.events.last_seq,
        }
    )


def _chat_json(state: SandboxState, chat_id: int) -> dict[str, Any]:
    chat = state.world.chats[chat_id]
    return {
        **chat.to_api(),
        "members": {str(uid): status.value for uid, status in chat.members.items()},
        "migrated_to": chat.migrated_to,
    }


# shaping the world


@routes.post("/sandbox/users")
async def create_user(request: web.Request) -> web.Response:
    body = await _body(request)
    world = _state(request).world
    user = User(
        _field(body, "id", int),
        _field(body, "first_name", str),
        last_name=_field(body, "last_name", str, None),
        username=_field(body, "username", str, None),
        language_code=_field(body, "language_code", str, None),
    )
    if user.id <= 0 or user.id == world.bot.id:
        raise bad_request("user ids are positive and differ from the bot's")
    added = world.add_user(user, started=_field(body, "started", bool, False))
    return _ok(user=added.to_api(), started=added.id in world.started)


@routes.post("/sandbox/chats")
async def create_chat(request: web.Request) -> web.Response:
    body = await _body(request)
    state = _state(request)
    members = {int(uid): MemberStatus.MEMBER for uid in body.get("members", [])}
    members.update({int(uid): MemberStatus.ADMINISTRATOR for uid in body.get("admins", [])})
    if body.get("creator") is not None:
        members[_field(body, "creator", int)] = MemberStatus.CREATOR
    chat_type = _field(body, "type", str, "group")
    if chat_type not in (ChatType.GROUP, ChatType.SUPERGROUP):
        raise bad_request("type must be group or supergroup")
    chat = state.world.add_group(
        _field(body, "id", int), _field(body, "title", str), members, ChatType(chat_type)
    )
    return _ok(chat=_chat_json(state, chat.id))


@routes.post("/sandbox/chats/{chat_id}/members")
async def set_member(request: web.Request) -> web.Response:
    body = await _body(request)
    state = _state(request)
    chat = state.world.chats.get(_field(dict(request.match_info), "chat_id", int))
    if chat is None or chat.type is ChatType.PRIVATE:
        raise ApiError(404, "group not found")
    user = state.world.user(_field(body, "user_id", int))
    try:
        chat.members[user.id] = MemberStatus(_field(body, "status", str, "member"))
    except ValueError:
        raise bad_request(f"status must be one of {[s.value for s in MemberStatus]}") from None
    return _ok(chat=_chat_json(state, chat.id))


@routes.post("/sandbox/block")
async def block(request: web.Request) -> web.Response:
    body = await _body(request)
    world = _state(request).world
    user = world.user(_field(body, "user_id", int))
    if _field(body, "blocked", bool, True):
        world.blocked.add(user.id)
    else:
        world.blocked.discard(user.id)
    return _ok(user_id=user.id, blocked=user.id in world.blocked)


@routes.post("/sandbox/migrate")
async def migrate(request: web.Request) -> web.Response:
    body = await _body(request)
    state = _state(request)
    chat_id = _field(body, "chat_id", int)
    new = actions.migrate_group(state, chat_id)
    return _ok(chat_id=chat_id, new_chat_id=new.id)


# faults, limits, reset


@routes.post("/sandbox/faults")
async def add_fault(request: web.Request) -> web.Response:
    body = await _body(request)
    try:
        kind = FaultKind(str(_field(body, "kind", str)))
    except ValueError:
        raise bad_request(f"kind must be one of {[k.value for k in FaultKind]}") from None
    fault = Fault(
        method=_field(body, "method", str),
        kind=kind,
        count=_field(body, "count", int, 1),
        retry_after=_field(body, "retry_after", int, 5),
        delay=_field(body, "delay", float, 10.0),
        chat_id=_field(body, "chat_id", int, None),
    )
    state = _state(request)
    state.faults.add(fault)
    return _ok(pending=[f.to_json() for f in state.faults.pending()])


@routes.get("/sandbox/faults")
async def list_faults(request: web.Request) -> web.Response:
    return web.json_response([f.to_json() for f in _state(request).faults.pending()])


@routes.post("/sandbox/limits")
async def set_limits(request: web.Request) -> web.Response:
    body = await _body(request)
    limiter = _state(request).limiter
    limiter.enabled = _field(body, "enabled", bool)
    limiter.reset()
    return _ok(enabled=limiter.enabled)


@routes.post("/sandbox/settings")
async def settings(request: web.Request) -> web.Response:
    """Sandbox-only switches: ``query_timeout`` (seconds a callback or inline query may wait
    for its answer) and ``local_webhooks`` (let setWebhook take http URLs on loopback)."""
    body = await _body(request)
    state = _state(request)
    state.query_timeout = _field(body, "query_timeout", float, state.query_timeout)
    if state.query_timeout < 0:
        raise bad_request("query_timeout must not be negative")
    state.local_webhooks = _field(body, "local_webhooks", bool, state.local_webhooks)
    return _ok(query_timeout=state.query_timeout, local_webhooks=state.local_webhooks)


@routes.post("/sandbox/privacy")
async def set_privacy(request: web.Request) -> web.Response:
    body = await _body(request)
    world = _state(request).world
    world.privacy_mode = _field(body, "enabled", bool)
    return _ok(enabled=world.privacy_mode)


@routes.post("/sandbox/reset")
async def reset(request: web.Request) -> web.Response:
    _state(request).reset()
    return _ok()
