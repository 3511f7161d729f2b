"""The sandbox behaves as Telegram does where a difference would hide a production bug.

Each test names the Bot API documentation (core.telegram.org/bots/api, /bots/faq,
/bots/features) whose behaviour it checks, through a real python-telegram-bot client.
"""

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Update,
)
from telegram.error import BadRequest, Forbidden, InvalidToken, RetryAfter

from bot.sandbox import Sandbox
from bot.sandbox.state import SandboxState
from tests.test_sandbox_api import ALICE, GROUP, LI, TOKEN, WANG, Control, keyboard

BOT_ID = 100000

# These tests probe the sandbox with calls Telegram refuses, on purpose.
pytestmark = pytest.mark.raw_bot_api


class WallClock:
    """The sandbox's idea of the time of day, moved by tests (inline answers expire by it)."""

    def __init__(self) -> None:
        self.now = 1_750_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def wall_clock() -> WallClock:
    return WallClock()


@pytest.fixture
async def sandbox(wall_clock: WallClock) -> AsyncIterator[Sandbox]:
    """Telegram-faithful defaults; flood limits off; nobody has started the bot yet."""
    running = Sandbox(SandboxState(limits_enabled=False, token=TOKEN, wall_clock=wall_clock))
    await running.start()
    yield running
    await running.stop()


@pytest.fixture
async def control(sandbox: Sandbox) -> AsyncIterator[Control]:
    async with aiohttp.ClientSession() as session:
        yield Control(session, sandbox.url)


@pytest.fixture
async def bot(sandbox: Sandbox) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=sandbox.base_url) as client:
        yield client


async def _one_update(bot: Bot) -> Update:
    [update] = await bot.get_updates(timeout=0)
    await bot.get_updates(offset=update.update_id + 1, timeout=0)
    return update


# who the bot may write to


async def test_a_bot_cannot_initiate_a_conversation(bot: Bot, control: Control) -> None:
    """Bot API, sendMessage: a user who never wrote to the bot cannot be messaged (403
    "bot can't initiate conversation with a user"); a user who blocked it neither."""
    with pytest.raises(Forbidden, match="bot can't initiate conversation with a user"):
        await bot.send_message(WANG, "您关注的方向明天截止")
    await control.send("/start")
    await bot.send_message(WANG, "您关注的方向明天截止")
    await control.post("/sandbox/block", {"user_id": WANG})
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(WANG, "x")
    state = await control.get("/sandbox/state")
    assert state["started"] == [WANG] and state["blocked"] == [WANG]
    created = await control.post("/sandbox/users", {"id": 1004, "first_name": "赵总",
                                                    "started": True})
    assert created["started"] is True
    await bot.send_message(1004, "欢迎回来")


async def test_a_kicked_bot_can_no_longer_post_nor_read_the_group(
    bot: Bot, control: Control
) -> None:
    """Telegram answers 403 "bot was kicked from the group chat" (and "bot is not a member of
    the group chat" once it left); a group the bot is not in sends it nothing."""
    await bot.send_message(GROUP, "公告")
    await control.post(f"/sandbox/chats/{GROUP}/members", {"user_id": BOT_ID, "status": "kicked"})
    with pytest.raises(Forbidden, match="bot was kicked from the group chat"):
        await bot.send_message(GROUP, "公告")
    sent = await control.send("/help@zhinan_bot", chat_id=GROUP)
    assert sent["update_id"] is None
    await control.post(f"/sandbox/chats/{GROUP}/members", {"user_id": BOT_ID, "status": "left"})
    with pytest.raises(Forbidden, match="bot is not a member of the group chat"):
        await bot.send_message(GROUP, "公告")


async def test_an_unknown_token_is_unauthorized(sandbox: Sandbox) -> None:
    """Telegram answers 401 Unauthorized for a well-formed token it does not know, and 404 for
    a malformed one; python-telegram-bot raises InvalidToken for both."""
    stranger = Bot("123456:another-bots-token", base_url=sandbox.base_url)
    with pytest.raises(InvalidToken, match="was rejected by the server"):
        async with stranger:
            pass
    async with aiohttp.ClientSession() as session:
        async with session.post(f"{sandbox.base_url}123456:another-bots-token/getMe") as response:
            assert (response.status, await response.json()) == (
                401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
        async with session.post(f"{sandbox.base_url}no-colon/getMe") as response:
            assert response.status == 404


# what users do that the bot hears about


async def test_a_user_edits_a_message_and_the_bot_gets_an_edited_message(
    bot: Bot, control: Control
) -> None:
    """Bot API, Update.edited_message: "New version of a message that is known to the bot and
    was edited"; only the sender can edit, and only text they sent."""
    sent = await control.send("锂电池 南宁")
    first = await _one_update(bot)
    assert first.message is not None
    edited = await control.post("/sandbox/edit", {"user_id": WANG, "chat_id": WANG,
                                                  "message_id": sent["message"]["message_id"],
                                                  "text": "锂电池 柳州"})
    assert edited["message"]["text"] == "锂电池 柳州" and "edit_date" in edited["message"]
    update = await _one_update(bot)
    assert update.message is None and update.edited_message is not None
    assert update.edited_message.text == "锂电池 柳州"
    assert update.edited_message.message_id == first.message.message_id
    [shown] = await control.messages(WANG)
    assert shown["text"] == "锂电池 柳州"
    mine = {"user_id": ALICE, "chat_id": GROUP, "message_id": 1, "text": "x"}
    await control.send("大家好", chat_id=GROUP)
    await control.post("/sandbox/edit", mine, status=400)  # Wang's message, not Alice's


async def test_answers_to_old_callback_queries_fail(bot: Bot, control: Control) -> None:
    """Telegram refuses late answers: "query is too old and response timeout expired or query
    ID is invalid". The timeout is a sandbox setting so tests need not wait for it."""
    await control.send("/start")
    sent = await bot.send_message(WANG, "选择", reply_markup=keyboard("a"))
    await control.post("/sandbox/settings", {"query_timeout": 0})
    await control.post("/sandbox/press", {"user_id": WANG, "chat_id": WANG,
                                          "message_id": sent.message_id, "data": "a"})
    updates = await bot.get_updates(timeout=0)
    query = updates[-1].callback_query
    assert query is not None
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await query.answer()


# inline mode


def _article(result_id: str = "2025A01", **overrides: Any) -> InlineQueryResultArticle:
    fields: dict[str, Any] = {"id": result_id, "title": "锂电池",
                              "input_message_content": InputTextMessageContent("<b>方向</b>",
                                                                               parse_mode="HTML")}
    return InlineQueryResultArticle(**{**fields, **overrides})


async def _inline(control: Control, user_id: int, query: str) -> dict[str, Any]:
    asked: dict[str, Any] = await control.post("/sandbox/inline",
                                               {"user_id": user_id, "query": query})
    return asked


@pytest.mark.parametrize(
    ("result", "reason"),
    [
        ({"type": "articel"}, "RESULT_TYPE_INVALID"),
        ({"id": "x" * 65}, "RESULT_ID_INVALID"),
        ({"id": ""}, "RESULT_ID_INVALID"),
        ({"title": ""}, "ARTICLE_TITLE_EMPTY"),
        ({"input_message_content": {"message_text": "<b>R&D", "parse_mode": "HTML"}},
         "can't parse entities"),
        ({"input_message_content": {"message_text": "字" * 4097}}, "MESSAGE_TOO_LONG"),
    ],
)
async def test_inline_results_are_checked(
    sandbox: Sandbox, control: Control, result: dict[str, Any], reason: str
) -> None:
    """Bot API, InlineQueryResultArticle: a known type, an id of 1-64 bytes, a title, and
    message content that Telegram can send."""
    asked = await control.post("/sandbox/inline", {"user_id": ALICE, "query": "battery"})
    article = {"type": "article", "id": "1", "title": "Battery",
               "input_message_content": {"message_text": "锂电池"}, **result}
    body = {"inline_query_id": asked["inline_query_id"], "results": [article]}
    async with aiohttp.ClientSession() as session, session.post(
            f"{sandbox.base_url}{TOKEN}/answerInlineQuery", json=body) as response:
        answer = await response.json()
    assert response.status == 400 and reason in answer["description"]


async def test_an_inline_query_has_at_most_256_characters(control: Control) -> None:
    """Bot API, InlineQuery.query: "Text of the query (up to 256 characters)"."""
    await control.post("/sandbox/inline", {"user_id": ALICE, "query": "字" * 256})
    await control.post("/sandbox/inline", {"user_id": ALICE, "query": "字" * 257}, status=400)


async def test_shared_inline_answers_are_cached_for_everyone(
    bot: Bot, control: Control, wall_clock: WallClock
) -> None:
    """Bot API, answerInlineQuery: results "may be returned to any user who sends the same
    query" for cache_time seconds, unless is_personal; the bot is not asked again."""
    await _inline(control, WANG, "锂电池")
    query = (await _one_update(bot)).inline_query
    assert query is not None
    await query.answer([_article()], cache_time=60)
    cached = await _inline(control, ALICE, "锂电池")
    assert cached["update_id"] is None
    record = await control.get(f"/sandbox/inline/{cached['inline_query_id']}")
    assert record["from_cache"] and record["answer"]["results"][0]["title"] == "锂电池"
    wall_clock.now += 61
    assert (await _inline(control, ALICE, "锂电池"))["update_id"] is not None


async def test_personal_inline_answers_are_cached_per_user(
    bot: Bot, control: Control
) -> None:
    await _inline(control, WANG, "锂电池")
    query = (await _one_update(bot)).inline_query
    assert query is not None
    await query.answer([_article()], cache_time=60, is_personal=True)
    assert (await _inline(control, ALICE, "锂电池"))["update_id"] is not None
    assert (await _inline(control, WANG, "锂电池"))["update_id"] is None


# what the bot sends, as Telegram stores it


async def test_a_tg_user_link_is_a_text_mention(bot: Bot, control: Control) -> None:
    """Bot API, "Formatting options": tg://user?id=<user_id> links mention a user by id; the
    message comes back with a text_mention entity carrying the User. An id the bot cannot
    mention is refused."""
    await control.send("/start", user_id=LI)
    sent = await bot.send_message(LI, '<a href="tg://user?id=1001">王经理</a> 您好',
                                  parse_mode="HTML")
    [mention] = sent.entities
    assert mention.type == "text_mention" and mention.user is not None
    assert (mention.user.id, mention.user.first_name) == (WANG, "王经理")
    with pytest.raises(BadRequest, match=r"(?i)ENTITY_MENTION_USER_INVALID"):
        await bot.send_message(LI, '<a href="tg://user?id=424242">谁</a>', parse_mode="HTML")


async def test_unknown_button_fields_are_not_echoed(bot: Bot, control: Control) -> None:
    """Telegram keeps only the InlineKeyboardButton fields it knows."""
    await control.send("/start")
    button = InlineKeyboardButton("下一页", callback_data="p2", api_kwargs={"colour": "red"})
    sent = await bot.send_message(WANG, "结果", reply_markup=InlineKeyboardMarkup([[button]]))
    assert sent.reply_markup is not None
    assert sent.reply_markup.inline_keyboard[0][0].api_kwargs == {}
    [shown] = [m for m in await control.messages(WANG) if m["from"]["is_bot"]]
    assert shown["reply_markup"] == {"inline_keyboard": [[{"text": "下一页",
                                                           "callback_data": "p2"}]]}


# limits and webhooks


async def test_edits_do_not_count_as_sends() -> None:
    """Telegram's flood limits count messages sent to a chat (Bot FAQ: about one a second per
    chat); editing a message already there is not another one."""
    state = SandboxState(monotonic=lambda: 0.0, token=TOKEN)  # the budget never refills
    state.world.started.add(WANG)
    async with Sandbox(state) as sandbox, Bot(TOKEN, base_url=sandbox.base_url) as client:
        sent = await client.send_message(WANG, "第 1 版")
        for version in range(2, 6):
            await client.edit_message_text(f"第 {version} 版", WANG, sent.message_id)
        await client.send_message(WANG, "2")
        await client.send_message(WANG, "3")
        with pytest.raises(RetryAfter):
            await client.send_message(WANG, "4")


@pytest.mark.parametrize(
    ("url", "local", "reason"),
    [
        ("http://bot.example.org/telegram", False, "An HTTPS URL must be provided"),
        ("https://bot.example.org:8080/telegram", False, "ports 80, 88, 443 or 8443"),
        ("http://127.0.0.1:8080/telegram", False, "An HTTPS URL must be provided"),
        ("https://bot.example.org:8443/telegram", False, None),
        ("https://bot.example.org/telegram", False, None),
        ("http://127.0.0.1:8080/telegram", True, None),
        ("http://bot.example.org:8080/telegram", True, "An HTTPS URL must be provided"),
    ],
)
async def test_webhooks_need_https_on_telegrams_ports(
    bot: Bot, control: Control, url: str, local: bool, reason: str | None
) -> None:
    """Bot API, setWebhook: an HTTPS URL; "Ports currently supported for webhooks: 443, 80, 88,
    8443". The sandbox-only local_webhooks switch (off by default) admits http on loopback."""
    await control.post("/sandbox/settings", {"local_webhooks": local})
    if reason is None:
        assert await bot.set_webhook(url)
        await bot.delete_webhook()
    else:
        with pytest.raises(BadRequest, match=f"(?i){reason}"):
            await bot.set_webhook(url)
