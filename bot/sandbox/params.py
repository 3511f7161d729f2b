"""Bot API request parameters, read the way Telegram reads them.

python-telegram-bot 22 posts application/x-www-form-urlencoded (or multipart/form-data when it
uploads a file) where every value is a string: plain strings as-is, everything else
(numbers, booleans, reply_markup, entities, allowed_updates, reply_parameters …) JSON-encoded.
Other clients post application/json or use the query string. Each Bot API method asks for the
type it expects, so a text of "123" stays text while a chat_id of "123" becomes a number.
"""

import json
from dataclasses import dataclass
from typing import Any

from aiohttp import BodyPartReader, web

from bot.sandbox.errors import ApiError, bad_request

# Parameters whose values are always strings, even when they look like JSON. Only used to
# show recorded calls; methods read parameters through typed accessors.
_TEXT_PARAMETERS = frozenset(
    {
        "text",
        "caption",
        "query",
        "data",
        "callback_query_id",
        "inline_query_id",
        "url",
        "secret_token",
        "parse_mode",
        "file_id",
        "action",
        "language_code",
        "title",
        "description",
        "short_description",
        "name",
        "next_offset",
    }
)


@dataclass(frozen=True)
class UploadedFile:
    """A file part of a multipart request."""

    filename: str
    content_type: str
    data: bytes


class Params:
    """A request's parameters with typed accessors that fail like Telegram does."""

    def __init__(self, values: dict[str, Any], files: dict[str, UploadedFile]) -> None:
        self._values = values
        self._files = files

    def __contains__(self, name: str) -> bool:
        return name in self._values or name in self._files

    def text(self, name: str, default: str | None = None) -> str | None:
        value = self._values.get(name)
        if value is None:
            return default
        return value if isinstance(value, str) else json.dumps(value)

    def integer(self, name: str, default: int | None = None) -> int | None:
        value = self._values.get(name)
        if value is None or value == "":
            return default
        if isinstance(value, bool):
            raise bad_request(f"invalid {name} specified")
        try:
            return int(value)
        except (TypeError, ValueError):
            raise bad_request(f"invalid {name} specified") from None

    def number(self, name: str, default: float | None = None) -> float | None:
        value = self._values.get(name)
        if value is None or value == "":
            return default
        try:
            return float(value)
        except (TypeError, ValueError):
            raise bad_request(f"invalid {name} specified") from None

    def flag(self, name: str, default: bool = False) -> bool:
        value = self._values.get(name)
        if value is None:
            return default
        if isinstance(value, str):
            return value.lower() in {"true", "1"}
        return bool(value)

    def json(self, name: str) -> Any:
        """A structured parameter: JSON text from a form, or already decoded from a JSON body."""
        value = self._values.get(name)
        if not isinstance(value, str):
            return value
        try:
            return json.loads(value)
        except ValueError:
            raise bad_request(f"can't parse {name} JSON object") from None

    def file(self, name: str) -> UploadedFile | None:
        return self._files.get(name)

    def require_int(self, name: str) -> int:
        value = self.integer(name)
        if value is None:
            raise bad_request(f"{name} is empty")
        return value

    def require_str(self, name: str) -> str:
        value = self.text(name)
        if not value:
            raise bad_request(f"{name} is empty")
        return value

    def chat_id(self) -> int | None:
        """The target chat, if the call names one as a number (faults and limits key on it)."""
        try:
            return self.integer("chat_id")
        except ApiError:
            return None

    def readable(self) -> dict[str, Any]:
        """All parameters for the call log as they came, JSON arrays and objects decoded
        (files described, not included): conformance checks see the wire's types."""
        shown = {name: _decode_for_log(name, value) for name, value in self._values.items()}
        for name, upload in self._files.items():
            shown[name] = {
                "file_name": upload.filename,
                "mime_type": upload.content_type,
                "file_size": len(upload.data),
            }
        return shown


def _decode_for_log(name: str, value: Any) -> Any:
    if not isinstance(value, str) or name in _TEXT_PARAMETERS or value[:1] not in ("[", "{"):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


async def read_params(request: web.Request) -> Params:
    """Collect query-string and body parameters of any content type Telegram accepts."""
    values: dict[str, Any] = dict(request.query)
    files: dict[str, UploadedFile] = {}
    if request.content_type == "application/json" and request.can_read_body:
        body = await request.json()
        if not isinstance(body, dict):
            raise bad_request("request body must be a JSON object")
        values.update(body)
    elif request.content_type == "multipart/form-data":
        await _read_multipart(request, values, files)
    elif request.can_read_body:
        values.update(await request.post())
    return Params(values, files)


async def _read_multipart(
    request: web.Request, values: dict[str, Any], files: dict[str, UploadedFile]
) -> None:
    reader = await request.multipart()
    async for part in reader:
        if not isinstance(part, BodyPartReader) or part.name is None:
            continue
        if part.filename is not None:
            content_type = part.headers.get("Content-Type", "application/octet-stream")
            files[part.name] = UploadedFile(part.filename, content_type, await part.read())
        else:
            values[part.name] = await part.text()
