"""The bot under Telegram's real rules, through the sandbox that now models them.

As an administrator the bot sees every line of its groups, so only lines addressed to it may
become a ticket, an amount or a search. Only users who started the bot can be written to, so
only they are counted. Inline answers are cached by Telegram, so they are personal. Edits of
a message change nothing. Each test waits for the message it expects; a line that must change
nothing is followed by one that gets an answer, and the bot handles a chat's updates in order.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.config import Settings
from bot.demo import Harness
from bot.sandbox.driver import Conversation, SandboxClient, buttons
from tests.conftest import ALICE, GROUP, LI, SUPPORT_GROUP, WANG

Message = dict[str, Any]
CHATTER = "大家晚上好，周末有人一起吃饭吗？"


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """The default settings with the sandbox's support group configured."""
    settings.support_chat_id = SUPPORT_GROUP
    return settings


def bot_says(text: str) -> Any:
    return lambda m: m["from"]["is_bot"] and text in (m.get("text") or "")


async def bot_texts(client: SandboxClient, chat_id: int) -> list[str]:
    return [m.get("text") or "" for m in await client.messages(chat_id) if m["from"]["is_bot"]]


async def test_group_chatter_after_ask_never_becomes_a_ticket(client: SandboxClient) -> None:
    wang = Conversation(client, WANG, GROUP)
    since = await client.mark()
    await wang.post("/ask@zhinan_bot")
    prompt = await client.wait_for(GROUP, bot_says("写下您想问客服的问题"), since=since)
    await wang.post(CHATTER)  # seen by the bot (it is an admin), addressed to nobody
    await Conversation(client, ALICE, GROUP).post("我也去！")
    since = await client.mark()
    await wang.post("高新技术企业认定和申报有关系吗？", reply_to_message_id=prompt["message_id"])
    await client.wait_for(GROUP, bot_says("已转给客服（工单 #1）"), since=since)
    posts = await bot_texts(client, SUPPORT_GROUP)
    assert len(posts) == 1 and "高新技术企业认定和申报有关系吗？" in posts[0]
    assert not any(CHATTER in text for text in posts)
    assert not any("工单 #2" in text for text in await bot_texts(client, GROUP))


async def test_a_reply_to_a_card_while_asked_for_a_question_is_a_follow_up(
        client: SandboxClient) -> None:
    wang = Conversation(client, WANG, GROUP)
    await wang.send("/find@zhinan_bot")
    for label in ("桂林 (", "不限 (", "不限 (", "1. "):
        await wang.press(label)
    card = await wang.last()
    since = await client.mark()
    await wang.post("/ask@zhinan_bot")
    prompt = await client.wait_for(GROUP, bot_says("写下您想问客服的问题"), since=since)
    since = await client.mark()
    await wang.post("资助多少？", reply_to_message_id=card["message_id"])
    answer = await client.wait_for(GROUP, lambda m: m["from"]["is_bot"]
                                   and (m.get("reply_to_message") or {}).get("text") == "资助多少？",
                                   since=since)
    assert "工单" not in answer["text"]  # answered from the card's fields, no ticket
    since = await client.mark()
    await wang.post("配套资金怎么算？", reply_to_message_id=prompt["message_id"])
    await client.wait_for(GROUP, bot_says("已转给客服（工单 #1）"), since=since)


async def test_group_chatter_while_typing_a_budget_is_not_an_amount(
        client: SandboxClient) -> None:
    wang = Conversation(client, WANG, GROUP)
    await wang.send("/find@zhinan_bot")
    await wang.press("桂林 (")
    await wang.press("不限 (")
    since = await client.mark()
    await wang.press("✍️ 输入金额")
    prompt = await client.wait_for(GROUP, bot_says("请输入希望获得的资助金额"), since=since)
    assert prompt["text"].startswith("王经理")  # named, so the ForceReply is his alone
    mention = prompt["entities"][0]
    assert mention["type"] == "text_mention" and mention["user"]["id"] == WANG
    await wang.post(CHATTER)
    await wang.post("50万")  # not a reply to the prompt: someone else may be talking money
    since = await client.mark()
    await wang.post("50万", reply_to_message_id=prompt["message_id"])
    results = await client.wait_for(GROUP, bot_says("约 50 万元"), since=since)
    assert "桂林" in results["text"]
    assert not any("没看懂这个金额" in text for text in await bot_texts(client, GROUP))


async def test_company_figures_are_asked_in_private_only(client: SandboxClient) -> None:
    wang = Conversation(client, WANG, GROUP)
    await wang.send("/profile@zhinan_bot")
    pointer = await wang.last()
    assert "/profile 请在与我的私聊中使用" in pointer["text"]
    assert buttons(pointer)[0]["url"] == "https://t.me/zhinan_bot"
    await wang.post("300万")
    await Conversation(client, WANG).send("/profile")  # where it belongs
    assert "申报单位是？" in (await Conversation(client, WANG).last())["text"]
    assert not any("金额" in text for text in await bot_texts(client, GROUP))


async def test_results_go_privately_only_to_users_who_started_the_bot(
        client: SandboxClient) -> None:
    await Conversation(client, WANG).send("/start")
    wang = Conversation(client, WANG, GROUP)
    await wang.send("/search@zhinan_bot 锂电池 南宁")
    assert "结果已私信发给您" in (await wang.last())["text"]
    assert any("内容：锂电池" in text for text in await bot_texts(client, WANG))

    alice = Conversation(client, ALICE, GROUP)  # never wrote to the bot: it cannot write to her
    await alice.send("/search@zhinan_bot battery")
    note = await alice.last()
    assert "tap below to see them in a private chat" in note["text"]
    assert buttons(note)[0]["url"].startswith("https://t.me/zhinan_bot?start=z")
    assert await bot_texts(client, ALICE) == []

    await client.post("/sandbox/block", {"user_id": WANG})  # and Wang has blocked it since
    await wang.send("/search@zhinan_bot 锂电池 南宁")
    assert "请点下方按钮在私聊中查看" in (await wang.last())["text"]


async def test_broadcast_counts_only_users_the_bot_can_write_to(
        client: SandboxClient, harness: Harness) -> None:
    assert harness.core is not None
    harness.core.settings.admin_ids = frozenset({LI})
    await Conversation(client, ALICE).send("/start")
    wang = Conversation(client, WANG, GROUP)  # in the group only: never started the bot
    await wang.send("/find@zhinan_bot")
    await wang.press("南宁 (")
    await wang.press("不限 (")
    await wang.press("不限 (")
    refused = await wang.press("🔔 关注此条件")  # reminders go privately: start the bot first
    assert "请先私聊机器人并发送 /start" in refused["answer"]["text"]
    alice = Conversation(client, ALICE)
    await alice.send("/find")
    await alice.press("Nanning (")
    await alice.press("Any (")
    await alice.press("Any (")
    assert "Subscribed" in (await alice.press("🔔 Follow these choices"))["answer"]["text"]

    li = Conversation(client, LI)
    await li.send("/broadcast")
    await li.send("南宁专场路演报名开始")
    await li.press("城市：南宁")
    await li.press("南宁：全部相关用户")
    assert "将发送给 1 位用户" in (await li.last())["text"]  # Alice, not Wang

    await Conversation(client, WANG).send("/start")
    assert "已订阅" in (await wang.press("🔔 关注此条件"))["answer"]["text"]
    await li.send("/broadcast")
    await li.send("南宁专场路演报名开始")
    await li.press("城市：南宁")
    await li.press("南宁：全部相关用户")
    assert "将发送给 2 位用户" in (await li.last())["text"]


async def test_editing_a_search_does_not_answer_twice(client: SandboxClient) -> None:
    wang = Conversation(client, WANG)
    sent = await wang.post("锂电池 南宁")
    await client.wait_for(WANG, bot_says("内容：锂电池"))
    await client.post("/sandbox/edit", {"user_id": WANG, "chat_id": WANG,
                                        "message_id": sent["message_id"], "text": "锂电池 柳州"})
    since = await client.mark()
    await wang.post("/help")
    await client.wait_for(WANG, bot_says("发送 /find 按条件查找"), since=since)
    assert sum("内容：锂电池" in text for text in await bot_texts(client, WANG)) == 1


async def test_an_edit_queued_before_the_bot_stopped_asking_is_ignored(
        client: SandboxClient, harness: Harness) -> None:
    """Telegram keeps updates created before allowed_updates changed: an edited_message from
    an older deployment's settings still arrives once, and changes nothing."""
    await harness.stop_bot()
    harness.sandbox.state.updates.allowed = []  # as an older deployment left it: everything
    wang = Conversation(client, WANG)
    sent = await wang.post("锂电池 南宁")
    edited = await client.post("/sandbox/edit", {"user_id": WANG, "chat_id": WANG,
                                                 "message_id": sent["message_id"],
                                                 "text": "锂电池 柳州"})
    assert edited["update_id"] is not None
    await harness.start_bot()
    await client.wait_for(WANG, bot_says("内容：锂电池"))
    since = await client.mark()
    await wang.post("/help")
    await client.wait_for(WANG, bot_says("发送 /find 按条件查找"), since=since)
    assert sum("内容：锂电池" in text for text in await bot_texts(client, WANG)) == 1


async def test_inline_answers_are_personal(client: SandboxClient) -> None:
    """Answers depend on the asker's language: Telegram must not serve Wang's to Alice."""
    since = await client.mark()
    asked = await client.post("/sandbox/inline", {"user_id": WANG, "query": "锂电池"})
    chinese = await client.wait_inline_answer(asked["inline_query_id"], since=since)
    assert chinese["answer"]["is_personal"] is True
    since = await client.mark()
    asked = await client.post("/sandbox/inline", {"user_id": ALICE, "query": "锂电池"})
    assert asked["update_id"] is not None  # the bot is asked again
    english = await client.wait_inline_answer(asked["inline_query_id"], since=since)
    assert not english["from_cache"]
    descriptions = [r["description"] for r in english["answer"]["results"]]
    assert descriptions != [r["description"] for r in chinese["answer"]["results"]]
    again = await client.post("/sandbox/inline", {"user_id": WANG, "query": "锂电池"})
    assert again["update_id"] is None  # Wang's own answer, from Telegram's cache


async def test_a_late_press_still_does_what_was_pressed(client: SandboxClient) -> None:
    """Answering a callback query too late fails on Telegram; the step is shown anyway."""
    wang = Conversation(client, WANG)
    await wang.send("/find")
    await client.post("/sandbox/settings", {"query_timeout": 0})
    step = await wang.last()
    since = await client.mark()
    await client.post("/sandbox/press", {"user_id": WANG, "chat_id": WANG,
                                         "message_id": step["message_id"],
                                         "text": buttons(step)[0]["text"]})
    edited = await client.wait_for(WANG, lambda m: m["message_id"] == step["message_id"]
                                   and "选择领域" in m["text"], since=since)
    assert edited["text"] != step["text"]


async def test_a_question_for_a_support_group_that_kicked_the_bot_is_not_lost_silently(
        client: SandboxClient) -> None:
    """Telegram answers 403 "bot was kicked from the group chat": the user is told, and the
    ticket does not stay open waiting for staff who never saw it."""
    await client.post(f"/sandbox/chats/{SUPPORT_GROUP}/members",
                      {"user_id": 100000, "status": "kicked"})
    wang = Conversation(client, WANG)
    await wang.send("/ask 研发投入怎么算？")
    assert "暂时无法转接人工客服" in (await wang.last())["text"]
    li = Conversation(client, LI, SUPPORT_GROUP)
    await client.post(f"/sandbox/chats/{SUPPORT_GROUP}/members",
                      {"user_id": 100000, "status": "administrator"})
    await li.send("/tickets")
    assert "没有未结束的工单" in (await li.last())["text"]
