"""Hostile and odd input through the sandbox: each gets a clear answer and nothing is lost.

Odd ids and budgets, malformed Chinese numerals, negative sums, forged buttons, files nobody
asked for, zero-width characters and oversized text.
"""

from __future__ import annotations

import pytest

from bot import buttons as b
from bot.buttons import Facets
from bot.config import Settings
from bot.demo import Harness
from bot.sandbox.driver import Conversation, SandboxClient, buttons
from bot.sandbox.state import SandboxState
from tests.conftest import ALICE, GROUP, WANG, Clock, load_into

ADMIN = 1003
EXPIRED = "这个按钮已过期，请发送 /start 重新开始。"


@pytest.fixture
async def admin_client(settings: Settings, clock: Clock,
                       monkeypatch: pytest.MonkeyPatch) -> object:
    """The bot with 李客服 (1003) as its superadmin."""
    monkeypatch.setenv("ZHINAN_ADMIN_IDS", str(ADMIN))
    configured = settings.model_copy(update={"admin_ids": frozenset({ADMIN})})
    await load_into(configured)
    harness = Harness(configured, state=SandboxState(limits_enabled=False), clock=clock)
    async with harness, SandboxClient(harness.sandbox.url) as client:
        yield harness, client


async def replies(conversation: Conversation, text: str, **extra: object) -> list[str]:
    """What the bot sent or edited in the chat in answer to one message."""
    before = len(await conversation.bot_messages())
    await conversation.send(text, **extra)
    return [m.get("text") or m.get("caption") or "" for m in
            (await conversation.bot_messages())[before:]]


# --------------------------------------------------------------------------- /grant, /revoke

ODD_IDS = ["²", "٣", "1e9", "1" * 40, "-5", "0", "10" + "0" * 22]


async def test_grant_and_revoke_refuse_odd_ids_plainly(
        admin_client: tuple[Harness, SandboxClient]) -> None:
    harness, client = admin_client
    admin = Conversation(client, ADMIN)
    for who in ODD_IDS:
        assert await replies(admin, f"/grant {who} 南宁") == [
            f"找不到用户 {who[:40]}：只能授权给和机器人说过话的用户（请对方先私聊机器人发送 /start）。"]
        assert await replies(admin, f"/revoke {who}") == ["用法：/revoke 用户ID"]
    assert harness.core is not None
    assert await harness.core.storage.admins.all() == {}  # nobody was made an admin


async def test_forged_broadcast_buttons_are_refused_before_any_data_is_read(
        admin_client: tuple[Harness, SandboxClient]) -> None:
    _, client = admin_client
    wang = Conversation(client, WANG)
    await wang.send("/start")
    message = await wang.last()
    for data in ("z2|B|stop|" + "z" * 13 + "|0", "z2|B|stop|" + "9" * 24 + "|0"):
        assert (await wang.press_data(message["message_id"], data))["answer"]["text"] == EXPIRED
    refused = await wang.press_data(message["message_id"], b.BroadcastAction("stop", 1).pack())
    assert refused["answer"]["text"] == "抱歉，您没有执行此操作的权限。"


# --------------------------------------------------------------------------- amounts

BAD_AMOUNT = "没看懂金额“{}”：资助金额须大于 0、小于 100 亿元"


NONSENSE = [
    ("1" * 40 + "万", "1" * 40),  # used to build a 65-byte button: internal error
    ("五千千千万", "五千千千万"),  # used to read as 7000万
    ("-50万", "-50万"),  # used to read as 50万
    ("100亿", "100亿"), ("1234567万", "1234567万"),  # used to give "expired" buttons
    ("南宁 0万", "0万"), ("预算 -5 到 10万", "-5 到 10万"),
]


async def test_nonsense_amounts_in_a_question_are_refused_with_a_reason(
        wang: Conversation) -> None:
    for typed, shown in NONSENSE:
        [answer] = await replies(wang, typed)
        assert answer.startswith(BAD_AMOUNT.format(shown)), answer


async def test_an_english_speaker_is_told_in_english(alice: Conversation) -> None:
    for typed, shown in (("AI projects -50万", "-50万"), ("五千千千万 for batteries", "五千千千万"),
                         ("100亿", "100亿")):
        [answer] = await replies(alice, typed)
        assert answer.startswith(f"I could not read the amount “{shown}”: a grant is above 0 "
                                 "and below 100亿 yuan"), answer


async def test_an_amount_with_more_decimals_gives_buttons_that_work(wang: Conversation) -> None:
    [answer] = await replies(wang, "12.345万")
    assert "约 12.35 万元" in answer  # to the hundredth of a 万, as buttons carry it
    card = await wang.press("1. ")
    assert card["answer"].get("text") != EXPIRED
    assert "💰" in (await wang.last())["text"]


async def test_the_typed_budget_step_asks_again_and_keeps_the_search(wang: Conversation) -> None:
    await wang.send("/find")
    await wang.press("南宁 (")
    await wang.press("不限 (")
    await wang.press("✍️ 输入金额")
    for typed in ("五千千千万", "-50万", "1" * 40, "0", "锂" * 5000):
        answer = await replies(wang, typed)
        assert answer == ["没看懂这个金额。请输入像“50万”“五十万”“0.5亿”这样的金额，或发送 /cancel 取消。"]
    [results] = await replies(wang, "12.345万")
    assert "南宁 · 不限领域 · 约 12.35 万元" in results  # the city chosen before is kept
    await wang.press("1. ")
    assert "💰" in (await wang.last())["text"]


# --------------------------------------------------------------------------- forged buttons

FORGED = [
    "z2|?|x",  # a prefix no button has
    "z9|m|find|0",  # another version
    "z2|m|find|0|" + "x" * 60,  # 65+ bytes
    "z2|b|results|nn.-.-.99999|0",  # a page beyond any
    "z2|c|../../etc|b|-.-.-.0|0",  # not a direction id
    "",
]


async def test_forged_buttons_are_answered_expired_and_change_nothing(
        wang: Conversation) -> None:
    await wang.send("/find")
    menu = await wang.last()
    for data in FORGED:
        pressed = await wang.press_data(menu["message_id"], data)
        assert pressed["answer"]["text"] == EXPIRED and pressed["answer"]["show_alert"] is True
        assert await wang.last() == menu  # nothing edited, nothing sent


async def test_a_forged_anyones_button_cannot_take_over_a_search_in_a_group(
        client: SandboxClient) -> None:
    """Every button in a group names its owner; owner=0 ("anyone's") there is forged."""
    wang = Conversation(client, WANG, GROUP)
    alice = Conversation(client, ALICE, GROUP)
    await wang.send("/find@zhinan_bot")
    menu = await wang.last()
    data = buttons(menu)[0]["callback_data"]
    forged = b.Browse.unpack(data)
    assert forged is not None and forged.owner == WANG
    as_anyones = b.Browse(forged.step, forged.facets, owner=0).pack()
    pressed = await alice.press_data(menu["message_id"], as_anyones)
    assert pressed["answer"]["show_alert"] is True
    assert "expired" in pressed["answer"]["text"]  # Alice reads English
    assert (await wang.last())["text"] == menu["text"]  # Wang's search is untouched
    own = await wang.press_data(menu["message_id"], b.Browse(
        "sector", Facets(city="nn"), owner=WANG).pack(), forged=False)
    assert own["answer"].get("show_alert") is not True  # Wang's own buttons still work


# --------------------------------------------------------------------------- dead ends

async def test_a_file_nobody_asked_for_gets_an_answer(
        admin_client: tuple[Harness, SandboxClient]) -> None:
    _, client = admin_client
    document = {"file_name": "申报书.docx", "content": "x"}
    [answer] = await replies(Conversation(client, WANG), "", document=document)
    assert answer.startswith("收到了文件，但现在没有等待文件的操作")
    assert "/broadcast" not in answer
    [answer] = await replies(Conversation(client, ADMIN), "看看这个", document=document)
    assert "请先发送 /broadcast" in answer


async def test_a_caption_telegram_would_refuse_is_refused_at_the_text_step(
        admin_client: tuple[Harness, SandboxClient]) -> None:
    """Telegram counts a caption in UTF-16 units (an emoji is two): a file with 1,000 emoji
    used to pass the text step and then fail at the preview, leaving the admin with nothing."""
    _, client = admin_client
    admin = Conversation(client, ADMIN)
    await admin.send("/broadcast")
    file = {"file_name": "通知.txt", "content": "申报通知"}
    for caption, length in (("说" * 1025, 1025), ("😀" * 1000, 2000), ("说" * 3500, 3500)):
        assert await replies(admin, caption, document=file) == [
            f"文件的说明文字太长了：Telegram 只允许 1024 个字符（表情符号算 2 个），现在是 "
            f"{length} 个。请缩短后重新发送。"]
    assert await replies(admin, "😀" * 2100) == [
        "内容太长了：Telegram 只允许 4096 个字符（表情符号算 2 个），现在是 4200 个。请缩短后重新发送。"]
    longest = "说" * 1000 + "😀" * 12  # exactly 1,024 units: allowed, and the preview shows it
    assert await replies(admin, longest, document=file) == ["发给谁？"]
    await admin.press("全部活跃用户")
    previews = [m for m in await admin.bot_messages() if m.get("document")]
    assert [m.get("caption") for m in previews] == [longest]


async def test_cancel_with_nothing_to_cancel_answers_once(wang: Conversation) -> None:
    assert await replies(wang, "/cancel") == ["现在没有进行中的操作，无需取消。"]
    assert await replies(wang, "/nosuchcommand") == [
        "我不认识 /nosuchcommand 这个命令。发送 /help 查看可用的命令。"]


async def test_zero_width_characters_do_not_break_a_search(wang: Conversation) -> None:
    plain = await replies(wang, "锂电池 南宁")
    hidden = await replies(wang, "\u200b锂\u200c电\u200d池\ufeff 南宁\u2060")
    assert hidden == plain and "电池新材料" in plain[0]


async def test_oversized_text_is_answered_and_the_bot_carries_on(wang: Conversation) -> None:
    [answer] = await replies(wang, "人工智能 " * 1000)  # 5,000 characters
    assert answer  # a reply, not silence
    assert (await replies(wang, "/start"))[0].startswith("您好")
