"""Groups and the support hand-off through the sandbox: follow-ups answered from the fields,
tickets relayed both ways and closed, FAQs, staff rights, limits, and a migrated group."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from telegram import Update
from telegram.ext import ApplicationHandlerStop, CommandHandler

from bot import buttons as b
from bot.catalogue.models import Guideline, Leaf
from bot.config import Settings
from bot.demo import Harness
from bot.flows.common import Screen
from bot.flows.privately import privately
from bot.keyboards import button
from bot.sandbox.driver import Conversation, SandboxClient, buttons, has
from bot.sandbox.state import BOT_TOKEN
from handlers import ui
from handlers.context import ZhinanContext
from tests.conftest import ALICE, GROUP, LI, SUPPORT_GROUP, WANG, Clock

Message = dict[str, Any]


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """The default settings with the sandbox's support group configured."""
    settings.support_chat_id = SUPPORT_GROUP
    return settings


async def wait_for(client: SandboxClient, chat_id: int, check: Callable[[Message], bool],
                   timeout: float = 8.0) -> Message:
    """The newest message in a chat that passes `check`, waiting for it to arrive."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        for message in reversed(await client.messages(chat_id)):
            if check(message):
                return message
        if asyncio.get_running_loop().time() > deadline:
            texts = [m.get("text") for m in await client.messages(chat_id)]
            raise AssertionError(f"nothing matched in chat {chat_id}: {texts}")
        await asyncio.sleep(0.05)


def leaf_of(card: Message, catalogue: list[Guideline]) -> Leaf:
    """The direction a card shows, found as a reader would: by its title and its city."""
    title, where = card["text"].split("\n")[:2]
    return next(leaf for g in catalogue for leaf in g.leaves
                if leaf.title == title and where.startswith(leaf.city))


async def private_card(conv: Conversation, query: str = "优势产业关键核心技术") -> Message:
    await conv.send(f"/search {query}")
    await conv.press("1. ")
    card = await conv.last()
    assert "📄" in card["text"]
    return card


async def group_card(conv: Conversation) -> Message:
    """A card shown in a group through the guided flow (commands work under privacy mode)."""
    await conv.send("/find@zhinan_bot")
    await conv.press("桂林 (")
    await conv.press("不限 (")
    await conv.press("不限 (")
    await conv.press("1. ")
    card = await conv.last()
    assert "📄" in card["text"]
    return card


async def support_post(client: SandboxClient, number: int, chat_id: int = SUPPORT_GROUP
                       ) -> Message:
    return await wait_for(client, chat_id, has(f"工单 #{number}\n"))


async def test_follow_ups_in_a_group_are_answered_from_the_fields(
        client: SandboxClient, catalogue: list[Guideline]) -> None:
    wang = Conversation(client, WANG, GROUP)
    card = await group_card(wang)
    assert leaf_of(card, catalogue).id == "gl22-001"  # 桂林's first direction
    await wang.send("资助多少？", reply_to_message_id=card["message_id"])
    reply = await wang.last()
    # what the guideline says at 桂林 line 6, written out here from the text itself
    assert reply["text"].split("\n") == [
        "优势产业关键核心技术研发与产业化", "💰 最高 800 万元（分年拨付：按年度分批拨付）",
        "不超过800万元", "📄 《2022年度桂林市科技计划项目申报指南》第6行"]
    assert reply["reply_to_message"]["text"] == "资助多少？"

    alice = Conversation(client, ALICE, GROUP)  # anyone may ask about a shared card
    await alice.send("when is the deadline", reply_to_message_id=card["message_id"])
    reply = await alice.last()
    # the clock says 2025: this 2022 guideline is a past edition, and the answer says so
    assert reply["text"].startswith("优势产业关键核心技术研发与产业化\n"
                                    "🗓 Past edition (2022), for reference only")
    assert "📄 “2022年度桂林市科技计划项目申报指南”, line 6" in reply["text"]
    assert buttons(reply) == []  # a complete answer: nothing to hand to a person


@pytest.mark.both_backends
async def test_a_ticket_is_relayed_both_ways_saved_as_faq_and_closed(
        client: SandboxClient, catalogue: list[Guideline]) -> None:
    wang = Conversation(client, WANG)
    card = await private_card(wang)
    leaf = leaf_of(card, catalogue)
    await wang.send("申报书模板在哪里下载？", reply_to_message_id=card["message_id"])
    offer = await wang.last()
    assert "没看懂这个问题" in offer["text"]
    await wang.press("🙋 咨询人工", message=offer)
    assert "已转给客服（工单 #1）" in (await wang.last())["text"]

    post = await support_post(client, 1)
    assert "王经理 @wang_sme（id 1001，zh_CN）" in post["text"]
    assert f"{leaf.id}，{leaf.city}" in post["text"]
    assert "申报书模板在哪里下载？" in post["text"]
    li = Conversation(client, LI, SUPPORT_GROUP)
    await li.send("/tickets")
    assert "#1 · 王经理" in (await li.last())["text"]

    await li.send("模板在科技局官网“下载专区”。", reply_to_message_id=post["message_id"])
    relay = await wait_for(client, WANG, has("客服回复（工单 #1）"))
    assert "模板在科技局官网“下载专区”。" in relay["text"]
    assert "李客服" not in relay["text"]  # staff identity hidden by default

    await wang.send("谢谢！截止前能修改吗？", reply_to_message_id=relay["message_id"])
    assert "已转给客服（工单 #1）" in (await wang.last())["text"]
    more = await wait_for(client, SUPPORT_GROUP, has("截止前能修改吗"))
    assert more["reply_to_message"]["message_id"] == post["message_id"]

    post = await wait_for(client, SUPPORT_GROUP, lambda m: m["message_id"] == post["message_id"])
    saved = await li.press("⭐ 存为常见问题", message=post)
    assert "常见问题 #1" in saved["answer"]["text"]

    # Alice asks the same on the same direction: the FAQ answers at once
    alice = Conversation(client, ALICE)
    card = await private_card(alice)
    await alice.send("申报书模板在哪下载", reply_to_message_id=card["message_id"])
    faq = await alice.last()
    assert faq["text"].startswith("📌 FAQ: 申报书模板在哪里下载？")
    assert "模板在科技局官网“下载专区”。" in faq["text"]
    await alice.press("🙋 Still ask a person", message=faq)
    assert "ticket #2" in (await alice.last())["text"]
    assert "申报书模板在哪下载" in (await support_post(client, 2))["text"]

    closed = await li.press("✅ 关闭 #1", message=post)
    assert "工单 #1 已关闭" in closed["answer"]["text"]
    told = await wait_for(client, WANG, has("您的咨询（工单 #1）已结束"))
    assert told["reply_to_message"]["text"] == "申报书模板在哪里下载？"
    post = await wait_for(client, SUPPORT_GROUP, lambda m: m["message_id"] == post["message_id"])
    assert "已由 李客服 关闭" in post["text"] and not buttons(post)
    await wang.send("还有一个问题", reply_to_message_id=relay["message_id"])
    assert "工单 #1 已结束" in (await wang.last())["text"]


async def test_only_staff_can_close_and_staff_names_can_be_revealed(
        client: SandboxClient, settings: Settings) -> None:
    settings.reveal_staff = True
    await client.post(f"/sandbox/chats/{SUPPORT_GROUP}/members",
                      {"user_id": WANG, "status": "member"})
    wang_in_group = Conversation(client, WANG, GROUP)
    await wang_in_group.send("/ask@zhinan_bot 企业可以和高校联合申报吗？")
    assert "已转给客服（工单 #1）" in (await wang_in_group.last())["text"]
    post = await support_post(client, 1)
    assert "提问于群：南宁科技企业交流群" in post["text"]

    intruder = Conversation(client, WANG, SUPPORT_GROUP)
    refused = await intruder.press("✅ 关闭 #1", message=post)
    assert refused["answer"]["show_alert"] is True
    assert "只有客服群的管理员" in refused["answer"]["text"]
    await intruder.send("/close 1")
    assert "只有客服群的管理员" in (await intruder.last())["text"]
    li = Conversation(client, LI, SUPPORT_GROUP)
    await li.send("/tickets")
    assert "#1 · 王经理" in (await li.last())["text"]  # still open

    await li.send("可以，高校可作为参与单位。", reply_to_message_id=post["message_id"])
    relay = await wait_for(client, GROUP, has("客服 李客服 回复（工单 #1）"))
    assert relay["reply_to_message"]["text"] == "/ask@zhinan_bot 企业可以和高校联合申报吗？"
    await li.send("/close 1")
    assert "工单 #1 已关闭" in (await li.last())["text"]
    await wait_for(client, GROUP, has("您的咨询（工单 #1）已结束"))
    await li.send("/close 1")
    assert "工单 #1 已关闭或不存在" in (await li.last())["text"]


async def test_open_tickets_and_messages_per_minute_are_limited(
        client: SandboxClient, settings: Settings, clock: Clock) -> None:
    wang = Conversation(client, WANG)
    for number in (1, 2, 3):
        await wang.send(f"/ask 问题{number}")
        assert f"工单 #{number}" in (await wang.last())["text"]
    await wang.send("/ask 问题4")
    assert "您已有 3 个咨询尚未结束" in (await wang.last())["text"]

    settings.support_messages_per_minute = 2
    alice = Conversation(client, ALICE)
    await alice.send("/ask first")
    await alice.send("/ask second")
    await alice.send("/ask third")
    assert "wait a minute" in (await alice.last())["text"]
    clock.moment += timedelta(minutes=2)
    await alice.send("/ask third")
    assert "ticket #6" in (await alice.last())["text"]


async def test_ask_without_a_question_prompts_for_one(client: SandboxClient) -> None:
    wang = Conversation(client, WANG, GROUP)
    await wang.send("/ask@zhinan_bot")
    prompt = await wang.last()
    assert "写下您想问客服的问题" in prompt["text"] and prompt["text"].startswith("王经理")
    assert prompt["reply_keyboard"]["force_reply"] is True
    await wang.send("后补助项目验收需要什么材料？", reply_to_message_id=prompt["message_id"])
    assert "工单 #1" in (await wang.last())["text"]
    assert "后补助项目验收需要什么材料？" in (await support_post(client, 1))["text"]


async def test_the_support_group_migrated_keeps_working(client: SandboxClient) -> None:
    wang = Conversation(client, WANG)
    await wang.send("/ask 研发投入怎么算？")
    old_post = await support_post(client, 1)
    moved = await client.post("/sandbox/migrate", {"chat_id": SUPPORT_GROUP})
    new_id = moved["new_chat_id"]
    repost = await support_post(client, 1, new_id)  # staff cannot reply in the old chat
    assert repost["text"] == old_post["text"]

    li = Conversation(client, LI, new_id)
    await li.send("按上年度研发费用加计扣除口径。", reply_to_message_id=repost["message_id"])
    relay = await wait_for(client, WANG, has("按上年度研发费用加计扣除口径"))
    await wang.send("明白，谢谢", reply_to_message_id=relay["message_id"])
    more = await wait_for(client, new_id, has("明白，谢谢"))
    assert more["reply_to_message"]["message_id"] == repost["message_id"]

    alice = Conversation(client, ALICE)
    await alice.send("/ask is the grant taxable?")
    assert "is the grant taxable?" in (await support_post(client, 2, new_id))["text"]
    await li.send("/tickets")
    assert "#1 · 王经理" in (await li.last())["text"] and "#2 · Alice" in (await li.last())["text"]


async def test_a_migration_missed_while_offline_is_followed_on_send(
        client: SandboxClient, harness: Harness) -> None:
    await harness.stop_bot()
    moved = await client.post("/sandbox/migrate", {"chat_id": SUPPORT_GROUP})
    pending = await client.get("/sandbox/updates")
    last = max(update["update_id"] for update in pending)
    assert client.session is not None  # drop the service messages: the bot never sees them
    async with client.session.post(f"{harness.sandbox.base_url}{BOT_TOKEN}/getUpdates",
                                   json={"offset": last + 1, "timeout": 0}) as response:
        assert response.status == 200
    await harness.start_bot()
    wang = Conversation(client, WANG)
    await wang.send("/ask 迁移后还能提问吗？")
    assert "工单 #1" in (await wang.last())["text"]
    post = await support_post(client, 1, moved["new_chat_id"])
    li = Conversation(client, LI, moved["new_chat_id"])
    await li.send("可以。", reply_to_message_id=post["message_id"])
    await wait_for(client, WANG, has("客服回复（工单 #1）"))


async def _long_list(update: Update, context: ZhinanContext) -> None:
    actor = context.actor
    keyboard = [[button("1. 第一个方向", b.Noop(actor.user_id))]]
    await ui.present(update, context, await privately(
        context.core, actor, Screen("<b>很长的结果列表</b>", keyboard)))
    raise ApplicationHandlerStop  # handled: the unknown-command hint must not follow


async def test_long_lists_go_private_or_behind_a_deep_link(
        client: SandboxClient, harness: Harness) -> None:
    assert harness.application is not None and harness.core is not None
    harness.application.add_handler(CommandHandler("longlist", _long_list), group=-1)
    await Conversation(client, WANG).send("/start")  # Wang has started the bot privately
    wang = Conversation(client, WANG, GROUP)
    await wang.send("/longlist@zhinan_bot")
    assert "结果已私信发给您" in (await wang.last())["text"]
    private = await wait_for(client, WANG, has("很长的结果列表"))
    assert buttons(private)[0]["text"] == "1. 第一个方向"

    alice = Conversation(client, ALICE, GROUP)  # she never started the bot privately
    await alice.send("/longlist")
    note = await alice.last()
    url = buttons(note)[0]["url"]
    assert url.startswith("https://t.me/zhinan_bot?start=z")
    await Conversation(client, ALICE).send(f"/start {url.rsplit('=', 1)[1]}")
    opened = await wait_for(client, ALICE, has("很长的结果列表"))
    assert buttons(opened)[0]["text"] == "1. 第一个方向"
    await Conversation(client, WANG).send(f"/start {url.rsplit('=', 1)[1]}")  # not his
    assert "链接已过期" in (await Conversation(client, WANG).last())["text"]


async def test_a_mention_in_a_group_searches(client: SandboxClient) -> None:
    """The bot is an administrator: it sees every line, and answers those that mention it."""
    await Conversation(client, WANG).send("/start")
    wang = Conversation(client, WANG, GROUP)
    since = await client.mark()
    await wang.post("@zhinan_bot 锂电池 南宁")
    found = await client.wait_for(WANG, has("按条件：南宁 · 内容：锂电池"), since=since)
    assert "电池新材料" in found["text"]
    await client.wait_for(GROUP, has("结果已私信发给您"), since=since)
    before = await wang.bot_messages()
    await wang.post("大家好")  # plain chatter is not for the bot
    since = await client.mark()
    await wang.post("/help@zhinan_bot")
    await client.wait_for(GROUP, has("发送 /find 按条件查找"), since=since)
    assert len(await wang.bot_messages()) == len(before) + 1


async def test_the_card_button_asks_for_the_question_about_that_direction(
        client: SandboxClient, catalogue: list[Guideline]) -> None:
    wang = Conversation(client, WANG)
    card = await private_card(wang)
    leaf = leaf_of(card, catalogue)
    await wang.send("资助多少？", reply_to_message_id=card["message_id"])  # fully answered
    # the card's "🙋 咨询人工" button (bot/keyboards.py builds it; pressed here by its data)
    await wang.press_data(card["message_id"], b.Ask(leaf.id).pack())
    prompt = await wang.last()
    assert f"关于：{leaf.title}" in prompt["text"]  # the answered question is not reused
    await wang.send("配套资金可以用设备投入吗？", reply_to_message_id=prompt["message_id"])
    post = await support_post(client, 1)
    assert "配套资金可以用设备投入吗？" in post["text"] and leaf.id in post["text"]
    await wang.press_data(card["message_id"], b.Ask("nope-1").pack())
    assert "按钮已过期" in (await client.get("/sandbox/callbacks"))[-1]["answer"]["text"]

