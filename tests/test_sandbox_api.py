"""The sandbox seen through a real python-telegram-bot client, the way the bot will use it.

Each test starts a sandbox on a free port; users act through the control API and the bot side
is telegram.Bot (or a polling Application) pointed at the sandbox with base_url.
"""

import asyncio
import datetime as dt
import io
from collections.abc import AsyncIterator, Callable
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    Update,
)
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    Forbidden,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import Application, CommandHandler, ContextTypes

from bot.sandbox import Sandbox
from bot.sandbox.state import SandboxState

TOKEN = "123456:TEST-token"
WANG, ALICE, LI = 1001, 1002, 1003
GROUP, SUPPORT = -2001, -2002
WAIT = 10.0  # seconds: a safety net against hanging, never a timing assertion

# These tests probe the sandbox with calls Telegram refuses, on purpose.
pytestmark = pytest.mark.raw_bot_api


class Control:
    """A thin client for the sandbox control API."""

    def __init__(self, session: aiohttp.ClientSession, url: str) -> None:
        self.session = session
        self.url = url

    async def post(self, path: str, body: dict[str, Any] | None = None, status: int = 200) -> Any:
        async with self.session.post(self.url + path, json=body or {}) as response:
            assert response.status == status, await response.text()
            return await response.json()

    async def get(self, path: str, **query: Any) -> Any:
        async with self.session.get(self.url + path, params=query) as response:
            assert response.status == 200, await response.text()
            return await response.json()

    async def send(self, text: str, user_id: int = WANG, **extra: Any) -> dict[str, Any]:
        return await self.post("/sandbox/send", {"user_id": user_id, "text": text, **extra})

    async def messages(self, chat_id: int) -> list[dict[str, Any]]:
        return await self.get(f"/sandbox/chats/{chat_id}/messages")

    async def wait_for_message(
        self, chat_id: int, accept: Callable[[dict[str, Any]], bool]
    ) -> dict[str, Any]:
        """Follow the event feed until a message in ``chat_id`` satisfies ``accept``."""
        seq = 0
        async with asyncio.timeout(WAIT):
            while True:
                feed = await self.get("/sandbox/events", after=seq, timeout=WAIT)
                for event in feed["events"]:
                    seq = event["seq"]
                    message = event.get("message")
                    if event.get("chat_id") == chat_id and message and accept(message):
                        return message


async def _running(state: SandboxState) -> AsyncIterator[Sandbox]:
    """A sandbox for this module's bot token, whose default users have all started the bot."""
    state.world.started.update({WANG, ALICE, LI})
    sandbox = Sandbox(state)
    await sandbox.start()
    yield sandbox
    await sandbox.stop()


@pytest.fixture
async def sandbox() -> AsyncIterator[Sandbox]:
    """Flood limits off, so tests may send freely; limit tests use ``limited`` instead."""
    async for running in _running(SandboxState(limits_enabled=False, token=TOKEN)):
        yield running


@pytest.fixture
async def limited() -> AsyncIterator[Sandbox]:
    """Flood limits on, with the clock frozen so no budget ever refills mid-test."""
    async for running in _running(SandboxState(monotonic=lambda: 0.0, token=TOKEN)):
        yield running


@pytest.fixture
async def control(sandbox: Sandbox) -> AsyncIterator[Control]:
    async with aiohttp.ClientSession() as session:
        yield Control(session, sandbox.url)


def _bot(sandbox: Sandbox) -> Bot:
    return Bot(TOKEN, base_url=sandbox.base_url, base_file_url=sandbox.base_file_url)


@pytest.fixture
async def bot(sandbox: Sandbox) -> AsyncIterator[Bot]:
    async with _bot(sandbox) as client:
        yield client


def keyboard(*data: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(d.upper(), callback_data=d)] for d in data])


# getMe, updates and what PTB makes of them


async def test_get_me_is_the_bot_and_the_token_is_recorded(bot: Bot, control: Control) -> None:
    me = await bot.get_me()
    assert (me.id, me.username, me.first_name, me.is_bot) == (100000, "zhinan_bot", "指南", True)
    calls = await control.get("/sandbox/calls", method="getMe")
    assert calls and {(c["token"], c["status"]) for c in calls} == {(TOKEN, 200)}


async def test_a_command_arrives_by_long_polling_as_ptb_expects(bot: Bot, control: Control) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await control.send("/start 锂电池", first_name="王经理")
    [update] = await poll
    assert update.message is not None and update.effective_user is not None
    assert update.message.text == "/start 锂电池"
    assert update.effective_user.id == WANG
    assert update.effective_user.language_code == "zh-hans"
    assert update.message.parse_entities(["bot_command"]) == {update.message.entities[0]: "/start"}
    # A higher offset confirms the update, so it is not delivered again.
    assert await bot.get_updates(offset=update.update_id + 1, timeout=0) == ()


async def test_an_admin_bot_gets_every_group_message(bot: Bot, control: Control) -> None:
    """Bot FAQ, "What messages will my bot get?": "Bot admins and bots with privacy mode
    disabled will receive all messages" (the default groups have the bot as administrator)."""
    await control.send("大家好", chat_id=GROUP)
    await control.send("/help@other_bot", chat_id=GROUP, user_id=ALICE)
    updates = await bot.get_updates(timeout=0)
    assert [u.message.text for u in updates if u.message] == ["大家好", "/help@other_bot"]


async def test_a_member_bot_in_privacy_mode_gets_commands_for_it_and_replies(
    bot: Bot, control: Control
) -> None:
    """Bot Features, "Privacy mode": a bot that is not an admin receives commands explicitly
    meant for it, general commands if it was the last bot to post, and replies to its
    messages; not plain chatter, not mere @mentions, not commands for other bots."""
    await control.post(f"/sandbox/chats/{GROUP}/members", {"user_id": 100000, "status": "member"})
    await control.send("/help", chat_id=GROUP)  # the bot has not posted in the group yet
    await control.send("大家好 @zhinan_bot", chat_id=GROUP)
    await control.send("/help@other_bot", chat_id=GROUP, user_id=ALICE)
    command = await control.send("/help@zhinan_bot", chat_id=GROUP, user_id=ALICE)
    bot_message = await bot.send_message(GROUP, "请回复本消息提问")
    reply = await control.send("多少钱?", chat_id=GROUP, reply_to_message_id=bot_message.message_id)
    general = await control.send("/find", chat_id=GROUP)
    assert None not in (command["update_id"], reply["update_id"], general["update_id"])
    updates = await bot.get_updates(timeout=0)
    assert [u.message.text for u in updates if u.message] == [
        "/help@zhinan_bot", "多少钱?", "/find"]
    assert updates[0].message and updates[0].message.entities[0].length == len("/help@zhinan_bot")
    replied = updates[1].message.reply_to_message if updates[1].message else None
    assert replied is not None and replied.text == "请回复本消息提问"
    assert len(await control.messages(GROUP)) == 7  # everything is still in the chat


async def test_allowed_updates_applies_to_updates_created_afterwards(
    bot: Bot, control: Control
) -> None:
    """Bot API, getUpdates: allowed_updates "doesn't affect updates created before the call to
    getUpdates, so unwanted updates may be received for a short period of time"."""
    sent = await bot.send_message(WANG, "pick", reply_markup=keyboard("a"))
    await control.send("queued before")
    assert await bot.get_updates(timeout=0, allowed_updates=["callback_query"])  # still there
    await control.send("/start")
    await control.post(
        "/sandbox/press",
        {"user_id": WANG, "chat_id": WANG, "message_id": sent.message_id, "data": "a"},
    )
    updates = await bot.get_updates(timeout=0)  # the setting stays until changed
    assert [u.message.text for u in updates if u.message] == ["queued before"]
    assert [u.callback_query.data for u in updates if u.callback_query] == ["a"]


# sending, replies, formatting


async def test_html_reply_is_stored_as_telegram_shows_it_plus_raw_html(
    bot: Bot, control: Control
) -> None:
    question = await control.send("南宁 锂电池")
    sent = await bot.send_message(
        WANG,
        "<b>方向1</b> 锂电池 &amp; 储能\n\n",
        parse_mode="HTML",
        reply_to_message_id=question["message"]["message_id"],
        reply_markup=keyboard("card:1"),
    )
    assert sent.text == "方向1 锂电池 & 储能"
    assert sent.from_user is not None and sent.from_user.is_bot
    assert sent.reply_to_message is not None and sent.reply_to_message.text == "南宁 锂电池"
    [_, shown] = await control.messages(WANG)
    assert shown["text"] == "方向1 锂电池 & 储能"
    assert shown["entities"] == [{"type": "bold", "offset": 0, "length": 3}]
    assert shown["html"] == "<b>方向1</b> 锂电池 &amp; 储能\n\n"
    assert shown["reply_markup"] == {
        "inline_keyboard": [[{"text": "CARD:1", "callback_data": "card:1"}]]
    }
    assert shown["reply_to_message"]["text"] == "南宁 锂电池"


async def test_texts_up_to_4096_utf16_units_of_visible_text_are_accepted(bot: Bot) -> None:
    await bot.send_message(WANG, "字" * 4096)
    await bot.send_message(WANG, f"<b>{'字' * 4096}</b>", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"(?i)message is too long"):
        await bot.send_message(WANG, "字" * 4097)
    with pytest.raises(BadRequest, match=r"(?i)message is too long"):
        await bot.send_message(WANG, "😀" * 2049)  # 4098 UTF-16 code units


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        ({"text": "<br>", "parse_mode": "HTML"}, "can't parse entities"),
        ({"text": "R&D <b>x", "parse_mode": "HTML"}, "can't parse entities"),
        ({"text": "   "}, "message text is empty"),
        ({"text": "x", "reply_markup": keyboard("d" * 65)}, "button_data_invalid"),
        (
            {"text": "x", "reply_markup": keyboard(*[str(i) for i in range(101)])},
            "reply markup is too long",
        ),
        ({"text": "x", "chat_id": 999}, "chat not found"),
        ({"text": "x", "reply_to_message_id": 99}, "message to be replied not found"),
    ],
)
async def test_messages_telegram_refuses_raise_bad_request(
    bot: Bot, kwargs: dict[str, Any], reason: str
) -> None:
    with pytest.raises(BadRequest) as caught:
        await bot.send_message(**{"chat_id": WANG, **kwargs})
    assert reason in caught.value.message.lower()


async def test_json_and_form_bodies_are_both_understood(sandbox: Sandbox) -> None:
    url = f"{sandbox.base_url}{TOKEN}/sendMessage"
    async with aiohttp.ClientSession() as session:
        async with session.post(url, json={"chat_id": WANG, "text": "123"}) as response:
            as_json = await response.json()
        async with session.post(url, data={"chat_id": str(WANG), "text": "456"}) as response:
            as_form = await response.json()
        async with session.post(f"{sandbox.base_url}{TOKEN}/sendSticker", json={}) as response:
            unknown = (response.status, await response.json())
    assert (as_json["result"]["text"], as_form["result"]["text"]) == ("123", "456")
    assert unknown[0] == 404 and unknown[1]["ok"] is False


# edits, callbacks, inline queries


async def test_edits_are_applied_in_place(bot: Bot, control: Control) -> None:
    sent = await bot.send_message(WANG, "第一版", reply_markup=keyboard("a", "b"))
    edited = await bot.edit_message_text(
        "第二版", WANG, sent.message_id, reply_markup=keyboard("c")
    )
    assert isinstance(edited, Message) and edited.edit_date is not None
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text("第二版", WANG, sent.message_id, reply_markup=keyboard("c"))
    await bot.edit_message_reply_markup(WANG, sent.message_id, reply_markup=keyboard("d"))
    [shown] = await control.messages(WANG)
    assert (shown["message_id"], shown["text"]) == (sent.message_id, "第二版")
    assert shown["reply_markup"]["inline_keyboard"] == [[{"text": "D", "callback_data": "d"}]]
    assert shown["edit_date"] >= shown["date"]
    await bot.edit_message_text("第三版", WANG, sent.message_id)  # no markup: keyboard goes
    [shown] = await control.messages(WANG)
    assert "reply_markup" not in shown
    await bot.delete_message(WANG, sent.message_id)
    assert await control.messages(WANG) == []


async def test_a_press_reaches_the_bot_and_its_answer_is_readable(
    bot: Bot, control: Control
) -> None:
    sent = await bot.send_message(GROUP, "选择城市", reply_markup=keyboard("city:nanning"))
    pressed = await control.post(
        "/sandbox/press",
        {"user_id": ALICE, "chat_id": GROUP, "message_id": sent.message_id, "text": "CITY:NANNING"},
    )
    [update] = await bot.get_updates(timeout=0)
    query = update.callback_query
    assert query is not None and isinstance(query.message, Message)
    assert (query.id, query.data, query.from_user.id) == (
        pressed["callback_query_id"],
        "city:nanning",
        ALICE,
    )
    assert query.message.text == "选择城市" and query.message.chat.id == GROUP
    await query.answer("已选择南宁", show_alert=True)
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await query.answer("again")
    answered = await control.get(f"/sandbox/callbacks/{query.id}")
    assert answered["answer"]["text"] == "已选择南宁" and answered["answer"]["show_alert"] is True
    missing = {"user_id": ALICE, "chat_id": GROUP, "message_id": sent.message_id, "data": "x"}
    await control.post("/sandbox/press", missing, status=400)


async def test_inline_query_answers_are_readable(bot: Bot, control: Control) -> None:
    asked = await control.post("/sandbox/inline", {"user_id": ALICE, "query": "battery"})
    [update] = await bot.get_updates(timeout=0)
    assert update.inline_query is not None and update.inline_query.query == "battery"
    result = InlineQueryResultArticle("1", "Battery", InputTextMessageContent("锂电池"))
    await update.inline_query.answer([result], cache_time=0)
    answered = await control.get(f"/sandbox/inline/{asked['inline_query_id']}")
    assert [r["title"] for r in answered["answer"]["results"]] == ["Battery"]


# documents, chats, members, commands


async def test_an_uploaded_document_can_be_downloaded_again(
    bot: Bot, control: Control, sandbox: Sandbox
) -> None:
    content = "方向,资助\n2025A01,50万\n".encode()
    sent = await bot.send_document(
        WANG, io.BytesIO(content), filename="指南.csv", caption="<i>导出</i>", parse_mode="HTML"
    )
    assert sent.document is not None and sent.document.file_name == "指南.csv"
    assert sent.caption == "导出"
    file = await bot.get_file(sent.document.file_id)
    assert bytes(await file.download_as_bytearray()) == content
    [shown] = await control.messages(WANG)
    async with control.session.get(sandbox.url + shown["document"]["url"]) as response:
        assert await response.read() == content
    again = await bot.send_document(ALICE, sent.document.file_id)
    assert again.document is not None and again.document.file_id == sent.document.file_id


async def test_chats_members_copies_and_commands(bot: Bot, control: Control) -> None:
    chat = await bot.get_chat(GROUP)
    assert (chat.type, chat.title) == ("group", "南宁科技企业交流群")
    statuses = [(await bot.get_chat_member(GROUP, uid)).status for uid in (WANG, LI)]
    assert (await bot.get_chat_member(SUPPORT, ALICE)).status == "left"
    assert statuses == ["creator", "administrator"]
    await control.post(
        f"/sandbox/chats/{SUPPORT}/members", {"user_id": ALICE, "status": "administrator"}
    )
    admins = await bot.get_chat_administrators(SUPPORT)
    assert {a.user.id for a in admins} == {LI, ALICE, 100000}
    original = await control.send("问题: 申报截止时间?")
    copied = await bot.copy_message(SUPPORT, WANG, original["message"]["message_id"])
    forwarded = await bot.forward_message(SUPPORT, WANG, original["message"]["message_id"])
    assert forwarded.forward_origin is not None and forwarded.text == "问题: 申报截止时间?"
    texts = [(m["message_id"], m["text"]) for m in await control.messages(SUPPORT)]
    assert texts == [
        (copied.message_id, "问题: 申报截止时间?"),
        (forwarded.message_id, "问题: 申报截止时间?"),
    ]
    await bot.set_my_commands([("start", "开始"), ("search", "搜索")], language_code="zh")
    assert [c.command for c in await bot.get_my_commands(language_code="zh")] == ["start", "search"]
    assert await bot.send_chat_action(WANG, "typing")


# flood limits and faults


@pytest.fixture
def timedelta_retry_after(monkeypatch: pytest.MonkeyPatch) -> None:
    """Opt in to PTB's future RetryAfter.retry_after type; the int form warns (an error here)."""
    monkeypatch.setenv("PTB_TIMEDELTA", "1")


@pytest.mark.usefixtures("timedelta_retry_after")
async def test_a_burst_to_one_private_chat_gets_retry_after(limited: Sandbox) -> None:
    async with _bot(limited) as client:
        for _ in range(3):
            await client.send_message(WANG, "ok")
        with pytest.raises(RetryAfter) as caught:
            await client.send_message(WANG, "too fast")
        assert caught.value.retry_after == dt.timedelta(seconds=1)
        await client.send_message(ALICE, "another chat has its own budget")
        assert await client.get_updates(timeout=0) == ()  # polling does not count


@pytest.mark.usefixtures("timedelta_retry_after")
async def test_a_group_gets_twenty_messages_a_minute(limited: Sandbox) -> None:
    async with _bot(limited) as client, aiohttp.ClientSession() as session:
        for i in range(20):
            await client.send_message(GROUP, f"公告 {i}")
        with pytest.raises(RetryAfter):
            await client.send_message(GROUP, "公告 20")
        await Control(session, limited.url).post("/sandbox/limits", {"enabled": False})
        await client.send_message(GROUP, "limits off")


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        ({"kind": "429", "retry_after": 7}, RetryAfter),
        ({"kind": "403"}, Forbidden),
        ({"kind": "500"}, NetworkError),
        ({"kind": "delay", "delay": 5}, TimedOut),
        ({"kind": "timeout", "delay": 5}, TimedOut),
    ],
)
@pytest.mark.usefixtures("timedelta_retry_after")
async def test_injected_faults_raise_what_telegram_would(
    bot: Bot, control: Control, fault: dict[str, Any], error: type[Exception]
) -> None:
    await control.post("/sandbox/faults", {"method": "sendMessage", "count": 1, **fault})
    with pytest.raises(error) as caught:
        await bot.send_message(WANG, "x", read_timeout=0.2)
    if isinstance(caught.value, RetryAfter):
        assert caught.value.retry_after == dt.timedelta(seconds=7)
    await bot.send_message(WANG, "the fault was used up")


async def test_a_late_answer_leaves_the_message_delivered(bot: Bot, control: Control) -> None:
    """Telegram accepted the message; only its answer is late: the bot times out, the user has it."""
    await control.post("/sandbox/faults", {"method": "sendMessage", "kind": "late_answer",
                                           "delay": 5, "chat_id": WANG})
    with pytest.raises(TimedOut):
        await bot.send_message(WANG, "已送达但回执迟到", read_timeout=0.2)
    texts = [m["text"] for m in await control.messages(WANG) if m["from"]["is_bot"]]
    assert texts == ["已送达但回执迟到"]


async def test_a_fault_can_target_one_chat(bot: Bot, control: Control) -> None:
    await control.post(
        "/sandbox/faults", {"method": "sendMessage", "kind": "403", "count": 2, "chat_id": ALICE}
    )
    await bot.send_message(WANG, "unaffected")
    for _ in range(2):
        with pytest.raises(Forbidden):
            await bot.send_message(ALICE, "x")
    await bot.send_message(ALICE, "recovered")


async def test_a_user_who_blocked_the_bot_is_forbidden(bot: Bot, control: Control) -> None:
    await control.post("/sandbox/block", {"user_id": ALICE, "blocked": True})
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(ALICE, "deadline tomorrow")
    await control.send("/start", user_id=ALICE)  # writing again unblocks, like Restart
    await bot.send_message(ALICE, "welcome back")


async def test_a_migrated_group_raises_chat_migrated(bot: Bot, control: Control) -> None:
    migrated = await control.post("/sandbox/migrate", {"chat_id": GROUP})
    new_id = migrated["new_chat_id"]
    assert str(new_id).startswith("-100")
    with pytest.raises(ChatMigrated) as caught:
        await bot.send_message(GROUP, "x")
    assert caught.value.new_chat_id == new_id
    updates = await bot.get_updates(timeout=0)
    service = [
        (u.message.chat.id, u.message.migrate_to_chat_id, u.message.migrate_from_chat_id)
        for u in updates
        if u.message
    ]
    assert service == [(GROUP, new_id, None), (new_id, None, GROUP)]
    await bot.send_message(new_id, "hello supergroup")


# webhook mode and a real polling Application


async def test_webhook_mode_posts_updates_with_the_secret(bot: Bot, control: Control) -> None:
    received: asyncio.Queue[tuple[str | None, dict[str, Any]]] = asyncio.Queue()
    answers = iter([500, 200, 200])

    async def receive(request: web.Request) -> web.Response:
        status = next(answers)
        if status == 200:
            received.put_nowait(
                (request.headers.get("X-Telegram-Bot-Api-Secret-Token"), await request.json())
            )
        return web.Response(status=status)

    app = web.Application()
    app.router.add_post("/hook", receive)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        await control.post("/sandbox/settings", {"local_webhooks": True})
        await bot.set_webhook(f"http://127.0.0.1:{port}/hook", secret_token="s3cret-Token")
        with pytest.raises(Conflict):
            await bot.get_updates(timeout=0)
        await control.send("/start")
        async with asyncio.timeout(WAIT):
            secret, payload = await received.get()
        assert secret == "s3cret-Token"
        update = Update.de_json(payload, bot)
        assert update.message is not None and update.message.text == "/start"
        info = await bot.get_webhook_info()
        assert info.last_error_message is not None and "500" in info.last_error_message
        assert await bot.delete_webhook()
        await control.send("back to polling")
        assert [u.message.text for u in await bot.get_updates(timeout=0) if u.message] == [
            "back to polling"
        ]
    finally:
        await runner.cleanup()


async def _reply_to_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A stand-in bot: greet with a keyboard."""
    assert update.effective_message is not None
    await update.effective_message.reply_html(
        "<b>欢迎</b> 使用指南", reply_markup=keyboard("go"), do_quote=True
    )


async def test_a_polling_application_talks_to_the_sandbox(
    sandbox: Sandbox, control: Control
) -> None:
    application = (
        Application.builder()
        .token(TOKEN)
        .base_url(sandbox.base_url)
        .base_file_url(sandbox.base_file_url)
        .build()
    )
    application.add_handler(CommandHandler("start", _reply_to_start))
    async with application:
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(timeout=1)
        await control.send("/start")
        reply = await control.wait_for_message(WANG, lambda m: m["from"]["is_bot"])
        await application.updater.stop()
        await application.stop()
    assert reply["text"] == "欢迎 使用指南" and reply["html"] == "<b>欢迎</b> 使用指南"
    assert reply["reply_to_message"]["text"] == "/start"
    assert reply["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "go"


async def test_reset_restores_the_default_world(bot: Bot, control: Control) -> None:
    await bot.send_message(WANG, "x")
    await control.post("/sandbox/users", {"id": 1004, "first_name": "新用户"})
    await control.post("/sandbox/reset")
    state = await control.get("/sandbox/state")
    assert [u["id"] for u in state["users"]] == [WANG, ALICE, LI]
    assert [c["id"] for c in state["chats"]] == [WANG, ALICE, LI, GROUP, SUPPORT]
    assert await control.messages(WANG) == []
    assert await control.get("/sandbox/calls") == []
