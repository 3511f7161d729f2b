"""Sending, editing, copying, forwarding and deleting messages."""

from typing import Any

from bot.sandbox import content
from bot.sandbox.errors import bad_request
from bot.sandbox.methods.registry import api_method
from bot.sandbox.models import StoredMessage
from bot.sandbox.params import Params
from bot.sandbox.state import SandboxState
from bot.sandbox.world import World


def replied_message_id(params: Params, world: World, chat_id: int) -> int | None:
    """The message this one replies to, from reply_parameters or legacy reply_to_message_id."""
    reply = params.json("reply_parameters") or {}
    if not isinstance(reply, dict):
        raise bad_request("can't parse reply parameters JSON object")
    message_id = reply.get("message_id", params.integer("reply_to_message_id"))
    if message_id is None:
        return None
    allow_missing = reply.get(
        "allow_sending_without_reply", params.flag("allow_sending_without_reply")
    )
    if world.message(chat_id, int(message_id)) is not None:
        return int(message_id)
    if allow_missing:
        return None
    raise bad_request("message to be replied not found")


def _message_in_chat(state: SandboxState, params: Params, action: str) -> StoredMessage:
    if "inline_message_id" in params:
        raise bad_request("inline messages are not supported by the sandbox")
    chat = state.world.chat(params.require_int("chat_id"))
    message = state.world.message(chat.id, params.require_int("message_id"))
    if message is None:
        raise bad_request(f"message to {action} not found")
    return message


def _bot_message(state: SandboxState, params: Params) -> StoredMessage:
    message = _message_in_chat(state, params, "edit")
    if message.sender_id != state.world.bot.id:
        raise bad_request("message can't be edited")
    return message


@api_method("sendMessage")
async def send_message(state: SandboxState, params: Params) -> dict[str, Any]:
    world = state.world
    chat = world.chat(params.require_int("chat_id"))
    text = content.message_text(params, state.world.mention)
    markup = content.reply_markup(params)
    message = world.add_message(
        chat.id,
        world.bot.id,
        text=text.text,
        entities=text.entities,
        html=text.html,
        reply_markup=markup.inline,
        reply_keyboard=markup.keyboard,
        reply_to=replied_message_id(params, world, chat.id),
    )
    return world.message_to_api(message)


@api_method("editMessageText")
async def edit_message_text(state: SandboxState, params: Params) -> dict[str, Any]:
    message = _bot_message(state, params)
    if message.text is None:
        raise bad_request("there is no text in the message to edit")
    text = content.message_text(params, state.world.mention)
    # Telegram drops the inline keyboard when an edit does not repeat it.
    markup = content.reply_markup(params).inline
    unchanged = (text.text, text.entities, markup)
    if unchanged == (message.text, message.entities, message.reply_markup):
        raise content.not_modified()
    message.text, message.entities, message.html = text.text, text.entities, text.html
    message.reply_markup = markup
    state.world.mark_edited(message)
    return state.world.message_to_api(message)


@api_method("editMessageCaption")
async def edit_message_caption(state: SandboxState, params: Params) -> dict[str, Any]:
    message = _bot_message(state, params)
    if message.document is None:
        raise bad_request("there is no caption in the message to edit")
    caption = content.caption(params, state.world.mention)
    markup = content.reply_markup(params).inline
    text, entities = (caption.text, caption.entities) if caption else (None, [])
    if (text, entities, markup) == (
        message.caption,
        message.caption_entities,
        message.reply_markup,
    ):
        raise content.not_modified()
    message.caption, message.caption_entities = text, entities
    message.html = caption.html if caption else None
    message.reply_markup = markup
    state.world.mark_edited(message)
    return state.world.message_to_api(message)


@api_method("editMessageReplyMarkup")
async def edit_message_reply_markup(state: SandboxState, params: Params) -> dict[str, Any]:
    message = _bot_message(state, params)
    markup = content.reply_markup(params).inline
    if markup == message.reply_markup:
        raise content.not_modified()
    message.reply_markup = markup
    state.world.mark_edited(message)
    return state.world.message_to_api(message)


@api_method("deleteMessage")
async def delete_message(state: SandboxState, params: Params) -> bool:
    state.world.delete_message(_message_in_chat(state, params, "delete"))
    return True


@api_method("deleteMessages")
async def delete_messages(state: SandboxState, params: Params) -> bool:
    world = state.world
    chat = world.chat(params.require_int("chat_id"))
    ids = params.json("message_ids")
    if not isinstance(ids, list) or not ids:
        raise bad_request("message_ids is empty")
    for message_id in ids:
        message = world.message(chat.id, int(message_id))
        if message is not None:
            world.delete_message(message)
    return True


_PAST_TENSE = {"copy": "copied", "forward": "forwarded"}


def _source_message(state: SandboxState, params: Params, action: str) -> StoredMessage:
    source_chat = state.world.chats.get(params.require_int("from_chat_id"))
    if source_chat is None:
        raise bad_request("chat not found")
    message = state.world.message(source_chat.id, params.require_int("message_id"))
    if message is None:
        raise bad_request(f"message to {action} not found")
    if message.service and "forward_origin" not in message.service:
        raise bad_request(f"message can't be {_PAST_TENSE[action]}")
    return message


@api_method("copyMessage")
async def copy_message(state: SandboxState, params: Params) -> dict[str, int]:
    world = state.world
    chat = world.chat(params.require_int("chat_id"))
    source = _source_message(state, params, "copy")
    caption = content.caption(params, state.world.mention) if "caption" in params else None
    markup = content.reply_markup(params)
    copy = world.add_message(
        chat.id,
        world.bot.id,
        text=source.text,
        entities=list(source.entities),
        caption=caption.text if caption else source.caption,
        caption_entities=caption.entities if caption else list(source.caption_entities),
        html=caption.html if caption else source.html,
        document=source.document,
        reply_markup=markup.inline,
        reply_keyboard=markup.keyboard,
        reply_to=replied_message_id(params, world, chat.id),
    )
    return {"message_id": copy.message_id}


@api_method("forwardMessage")
async def forward_message(state: SandboxState, params: Params) -> dict[str, Any]:
    world = state.world
    chat = world.chat(params.require_int("chat_id"))
    source = _source_message(state, params, "forward")
    origin = source.service.get("forward_origin") or {
        "type": "user",
        "sender_user": world.users[source.sender_id].to_api(),
        "date": source.date,
    }
    forwarded = world.add_message(
        chat.id,
        world.bot.id,
        text=source.text,
        entities=list(source.entities),
        caption=source.caption,
        caption_entities=list(source.caption_entities),
        html=source.html,
        document=source.document,
        service={"forward_origin": origin},
    )
    return world.message_to_api(forwarded)


@api_method("sendChatAction")
async def send_chat_action(state: SandboxState, params: Params) -> bool:
    state.world.chat(params.require_int("chat_id"))
    params.require_str("action")
    return True
