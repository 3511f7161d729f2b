"""The Bot API routes: /bot{token}/{method} and /file/bot{token}/{path}.

Every call is recorded with its token, parameters and outcome. A token other than the bot's
is refused with 401 Unauthorized, as Telegram refuses it; then injected faults apply, then
flood limits (calls that put a new message in a chat), then the method itself.
"""

import logging
from typing import Any
from urllib.parse import quote

from aiohttp import web

from bot.sandbox.errors import ApiError, forbidden, too_many_requests
from bot.sandbox.faults import Fault, FaultKind
from bot.sandbox.methods import find_method
from bot.sandbox.params import Params, read_params
from bot.sandbox.state import STATE_KEY, SandboxState

logger = logging.getLogger(__name__)

# Only calls that put a new message in a chat count towards Telegram's flood limits ("avoid
# sending more than one message per second" in a chat, Bot FAQ); editing one does not.
FLOOD_LIMITED_METHODS = frozenset({"sendMessage", "sendDocument", "copyMessage", "forwardMessage"})


async def _apply_fault(state: SandboxState, fault: Fault) -> None:
    """Raise the injected error, or wait first (a delay lets the call go through afterwards)."""
    if fault.kind is FaultKind.TOO_MANY_REQUESTS:
        raise too_many_requests(fault.retry_after)
    if fault.kind is FaultKind.FORBIDDEN:
        raise forbidden("bot was blocked by the user")
    if fault.kind is FaultKind.SERVER_ERROR:
        raise ApiError(500, "Internal Server Error")
    await state.closing.wait(fault.delay)
    if fault.kind is FaultKind.TIMEOUT:
        raise ApiError(504, "Gateway Timeout")


async def _call(state: SandboxState, method: str, params: Params) -> Any:
    found = find_method(method)
    if found is None:
        raise ApiError(404, f"Not Found: method {method} is not supported by the sandbox")
    name, implementation = found
    chat_id = params.chat_id()
    fault = state.faults.take(name, chat_id)
    if fault is not None and fault.kind is not FaultKind.LATE_ANSWER:
        await _apply_fault(state, fault)
    if name in FLOOD_LIMITED_METHODS and chat_id is not None:
        retry_after = state.limiter.acquire(chat_id)
        if retry_after is not None:
            raise too_many_requests(retry_after)
    result = await implementation(state, params)
    if fault is not None and fault.kind is FaultKind.LATE_ANSWER:
        await state.closing.wait(fault.delay)  # done already; only the answer is held back
    return result


def _check_token(state: SandboxState, token: str) -> None:
    """Telegram answers 404 to a malformed token and 401 to a well-formed unknown one."""
    if ":" not in token:
        raise ApiError(404, "Not Found")
    if token != state.token:
        raise ApiError(401, "Unauthorized")


async def handle_method(request: web.Request) -> web.Response:
    """Answer one Bot API call exactly as Telegram would shape the answer."""
    state = request.app[STATE_KEY]
    method = request.match_info["method"]
    found = find_method(method)
    name = found[0] if found else method
    params = Params({}, {})
    try:
        try:
            params = await read_params(request)
        except ConnectionError:  # the client died mid-request (kill -9): Telegram got no call
            logger.info("%s: connection lost before the request was whole; not a call", name)
            return web.Response(status=400)
        _check_token(state, request.match_info["token"])
        body: dict[str, Any] = {"ok": True, "result": await _call(state, method, params)}
        status = 200
    except ApiError as error:
        status, body = error.status, error.payload()
    except ConnectionResetError:  # the client died mid-request (kill -9): nothing arrived
        logger.debug("%s: the connection was lost before the request was read", name)
        return web.Response(status=400)
    except Exception:  # a sandbox bug must not look like a network failure to the bot
        logger.exception("sandbox failed while handling %s", name)
        status, body = 500, ApiError(500, "Internal Server Error: sandbox bug").payload()
    state.calls.record(
        name, request.match_info["token"], params.readable(), status, body.get("description")
    )
    if status != 200:
        logger.debug("%s answered %s: %s", name, status, body["description"])
    return web.json_response(body, status=status)


async def handle_file(request: web.Request) -> web.Response:
    """Serve an uploaded file at the path getFile gave for it (to the bot's token only)."""
    state = request.app[STATE_KEY]
    if request.match_info["token"] != state.token:
        raise web.HTTPUnauthorized(text="Unauthorized")
    stored = state.world.file_by_path(request.match_info["file_path"])
    if stored is None:
        raise web.HTTPNotFound(text="file not found")
    return file_response(stored.data, stored.mime_type, stored.file_name)


def file_response(data: bytes, mime_type: str, file_name: str) -> web.Response:
    """A download that keeps the original file name (also for the web chat's links)."""
    return web.Response(
        body=data,
        headers={
            "Content-Type": mime_type,
            "Content-Disposition": f"attachment; filename*=UTF-8''{quote(file_name)}",
        },
    )


def add_routes(app: web.Application) -> None:
    app.router.add_route("*", "/bot{token}/{method}", handle_method)
    app.router.add_get("/file/bot{token}/{file_path:.+}", handle_file)
