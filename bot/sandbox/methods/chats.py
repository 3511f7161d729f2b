"""Reading chats and their members (getChat, getChatMember …)."""

from typing import Any

from bot.sandbox.errors import bad_request
from bot.sandbox.methods.registry import api_method
from bot.sandbox.models import Chat, MemberStatus, User
from bot.sandbox.params import Params
from bot.sandbox.state import SandboxState

# ChatMemberAdministrator requires every one of these; the sandbox grants a typical set.
_ADMIN_RIGHTS = {
    "can_be_edited": False,
    "is_anonymous": False,
    "can_manage_chat": True,
    "can_delete_messages": True,
    "can_manage_video_chats": True,
    "can_restrict_members": True,
    "can_promote_members": False,
    "can_change_info": True,
    "can_invite_users": True,
    "can_post_stories": False,
    "can_edit_stories": False,
    "can_delete_stories": False,
    "can_pin_messages": True,
}
_ADMIN_STATUSES = (MemberStatus.CREATOR, MemberStatus.ADMINISTRATOR)


def _known_chat(state: SandboxState, params: Params) -> Chat:
    chat = state.world.chats.get(params.require_int("chat_id"))
    if chat is None:
        raise bad_request("chat not found")
    return chat


def chat_member(user: User, status: MemberStatus) -> dict[str, Any]:
    """A ChatMember object with the fields its status requires."""
    member: dict[str, Any] = {"status": status.value, "user": user.to_api()}
    if status is MemberStatus.CREATOR:
        member["is_anonymous"] = False
    elif status is MemberStatus.ADMINISTRATOR:
        member.update(_ADMIN_RIGHTS)
    elif status is MemberStatus.KICKED:
        member["until_date"] = 0
    return member


@api_method("getChat")
async def get_chat(state: SandboxState, params: Params) -> dict[str, Any]:
    chat = _known_chat(state, params)
    return {
        **chat.to_api(),
        "accent_color_id": 0,
        "max_reaction_count": 11,
        "accepted_gift_types": {
            "unlimited_gifts": False,
            "limited_gifts": False,
            "unique_gifts": False,
            "premium_subscription": False,
            "gifts_from_channels": False,
        },
    }


@api_method("getChatMember")
async def get_chat_member(state: SandboxState, params: Params) -> dict[str, Any]:
    chat = _known_chat(state, params)
    user = state.world.users.get(params.require_int("user_id"))
    if user is None:
        raise bad_request("user not found")
    return chat_member(user, chat.status_of(user.id))


@api_method("getChatAdministrators")
async def get_chat_administrators(state: SandboxState, params: Params) -> list[dict[str, Any]]:
    chat = _known_chat(state, params)
    return [
        chat_member(state.world.users[user_id], status)
        for user_id, status in chat.members.items()
        if status in _ADMIN_STATUSES
    ]


@api_method("getChatMemberCount")
async def get_chat_member_count(state: SandboxState, params: Params) -> int:
    chat = _known_chat(state, params)
    if chat.user is not None:
        return 2
    return sum(1 for user_id in chat.members if chat.is_member(user_id))
