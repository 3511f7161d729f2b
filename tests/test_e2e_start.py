"""First contact through the sandbox: greeting, language, help, commands, deadlines."""

from __future__ import annotations

from bot.sandbox.driver import Conversation, SandboxClient, buttons


async def test_start_greets_in_chinese_with_the_main_menu(wang: Conversation) -> None:
    await wang.send("/start")
    greeting = await wang.last()
    assert greeting["text"].startswith("您好，王经理！")
    labels = [b["text"] for b in buttons(greeting)]
    assert labels == ["🔎 按条件查找", "✍️ 关键词搜索", "🔔 我的订阅", "🗓 申报时间", "🌐 English",
                      "❓ 帮助", "🙋 咨询人工"]


async def test_english_when_telegram_says_so_and_language_is_remembered(
        alice: Conversation, wang: Conversation) -> None:
    await alice.send("/start")
    assert (await alice.last())["text"].startswith("Hello, Alice")
    await wang.send("/start")
    await wang.press("🌐 English")  # the menu opens the language choice
    answer = await wang.press("English", contains=False)
    assert answer["answer"]["text"] == "Switched to English"
    assert (await wang.last())["text"].startswith("Hello, 王经理")
    await wang.send("/help")
    assert "finds funding directions" in (await wang.last())["text"]


async def test_commands_are_registered_in_both_languages(client: SandboxClient,
                                                         wang: Conversation) -> None:
    await wang.send("/start")
    calls = await client.get("/sandbox/calls", method="setMyCommands")
    by_lang = {call["params"].get("language_code"): call["params"]["commands"] for call in calls}
    assert [c["command"] for c in by_lang[None]] == [
        "start", "find", "search", "deadlines", "subscriptions", "profile", "ask", "robots",
        "language", "forget", "cancel", "help"]
    assert by_lang["en"][1]["description"] == "Find by city, sector and amount"


async def test_deadlines_show_known_window_and_say_unknown_plainly(wang: Conversation) -> None:
    await wang.send("/deadlines")
    text = (await wang.last())["text"]
    # the fixed clock is 2025-06-10 09:00 Shanghai; 百色's electronic filing closes 06-20 18:00
    assert "百色 2025：正在申报：还剩 11 天（电子申报材料截止 2025-06-20 18:00）" in text
    assert "防城港 2025：申报时间：尚未公布" in text  # this year's, not announced yet
    assert "南宁 2022：往年指南（2022），仅供参考" in text  # an earlier year's, no window
    # open first; past editions last
    assert text.index("百色 2025") < text.index("防城港 2025") < text.index("南宁 2022")


async def test_help_in_english_user(alice: Conversation) -> None:
    await alice.send("/help")
    text = (await alice.last())["text"]
    assert text.startswith("Zhinan finds funding directions")
    assert "/find — Find by city, sector and amount" in text
    assert "/broadcast" not in text  # an admin's command, and Alice is no admin


async def test_a_script_may_talk_as_a_user_the_sandbox_never_saw(client: SandboxClient) -> None:
    """DESIGN.md's control shape is {"user_id", "chat_id", "text"}: a new id is a new user with
    a made-up name, and the bot greets them by it."""
    since = await client.mark()
    sent = await client.post("/sandbox/send", {"user_id": 4242, "chat_id": 4242,
                                               "text": "/start"})
    assert sent["update_id"] is not None
    greeting = await client.wait_for(4242, lambda m: m["from"]["is_bot"], since=since)
    users = (await client.get("/sandbox/state"))["users"]
    made_up = next(user["first_name"] for user in users if user["id"] == 4242)
    assert made_up and made_up in greeting["text"]


async def test_cancel_answers_once(wang: Conversation) -> None:
    """/cancel is a command the bot knows: one answer, no "unknown command" hint after it."""
    await wang.send("/find")
    await wang.press("南宁 (")
    await wang.press("不限 (")
    await wang.press("✍️")  # the amount step waits for text
    before = len(await wang.bot_messages())
    await wang.send("/cancel")
    replies = [m["text"] for m in (await wang.bot_messages())[before:]]
    assert replies == ["已取消输入金额。发送 /find 重新查找。"]
    await wang.send("/cancel")
    assert [m["text"] for m in (await wang.bot_messages())[before + 1:]] == [
        "现在没有进行中的操作，无需取消。"]
