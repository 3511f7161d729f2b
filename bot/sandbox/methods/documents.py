"""Documents: multipart uploads kept in memory, getFile, and re-sending by file_id."""

from typing import Any

from bot.sandbox import content
from bot.sandbox.errors import bad_request
from bot.sandbox.methods.messages import replied_message_id
from bot.sandbox.methods.registry import api_method
from bot.sandbox.models import StoredFile
from bot.sandbox.params import Params
from bot.sandbox.state import SandboxState


def _document(state: SandboxState, params: Params) -> StoredFile:
    """The uploaded file, or an earlier one named by file_id (or an attach:// part)."""
    upload = params.file("document")
    reference = params.text("document") or ""
    if upload is None and reference.startswith("attach://"):
        upload = params.file(reference.removeprefix("attach://"))
    if upload is not None:
        if not upload.data:
            raise bad_request("file must be non-empty")
        return state.world.add_file(upload)
    if not reference:
        raise bad_request("there is no document in the request")
    stored = state.world.files.get(reference)
    if stored is None:
        raise bad_request("wrong file identifier/HTTP URL specified")
    return stored


@api_method("sendDocument")
async def send_document(state: SandboxState, params: Params) -> dict[str, Any]:
    world = state.world
    chat = world.chat(params.require_int("chat_id"))
    document = _document(state, params)
    caption = content.caption(params, state.world.mention)
    markup = content.reply_markup(params)
    message = world.add_message(
        chat.id,
        world.bot.id,
        document=document,
        caption=caption.text if caption else None,
        caption_entities=caption.entities if caption else [],
        html=caption.html if caption else None,
        reply_markup=markup.inline,
        reply_keyboard=markup.keyboard,
        reply_to=replied_message_id(params, world, chat.id),
    )
    return world.message_to_api(message)


@api_method("getFile")
async def get_file(state: SandboxState, params: Params) -> dict[str, Any]:
    stored = state.world.files.get(params.require_str("file_id"))
    if stored is None:
        raise bad_request("wrong file_id or the file is temporarily unavailable")
    return {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": len(stored.data),
        "file_path": stored.file_path,
    }
