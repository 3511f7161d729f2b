"""City admins made the way a superadmin makes them, by /grant in the chat, and unmade by
/revoke: what a grant lets a bureau member do, and only in their city."""

from __future__ import annotations

from bot.config import Settings
from bot.demo import Harness
from bot.sandbox.driver import Conversation, SandboxClient, has
from bot.sandbox.state import SandboxState
from tests.conftest import ALICE, WANG, Clock, load_into

SUPERADMIN = 1003
REFUSED = "抱歉，您没有执行此操作的权限。"
NOTICE = ("关于组织申报2025年度防城港市科技计划项目的通知\n"
          "一、网上申报时间：2025年7月1日至2025年7月20日18:00。\n"
          "防城港市科学技术局\n2025年6月5日")


async def test_a_granted_city_admin_sets_their_citys_window_until_revoked(
        settings: Settings, clock: Clock) -> None:
    admin_settings = settings.model_copy(update={"admin_ids": frozenset({SUPERADMIN})})
    await load_into(admin_settings)
    harness = Harness(admin_settings, state=SandboxState(limits_enabled=False), clock=clock)
    async with harness, SandboxClient(harness.sandbox.url) as client:
        superadmin, wang = Conversation(client, SUPERADMIN), Conversation(client, WANG)
        alice = Conversation(client, ALICE)
        await alice.send("人工智能 防城港")  # Alice follows a 防城港 direction from its card
        await alice.press("1. ")
        await alice.press("🔔")

        await wang.send("/start")
        await wang.send("/window fcg25")
        assert (await wang.last())["text"] == REFUSED
        await superadmin.send("/grant @wang_sme 防城港")
        assert (await superadmin.last())["text"] == "已授予用户 1001 防城港管理员权限。"
        await superadmin.send("/admins")
        assert "防城港管理员：" in (await superadmin.last())["text"]

        await wang.send("/window bs25")  # another city's guideline stays out of reach
        assert (await wang.last())["text"] == REFUSED
        await wang.send("/window fcg25")
        assert (await wang.last())["text"].startswith("请粘贴")
        await wang.send(NOTICE)
        assert "• 网上申报：2025-07-01 00:00 → 2025-07-20 18:00" in (await wang.last())["text"]
        since = await client.mark()
        await wang.press("💾 保存并通知关注者")
        assert (await wang.last())["text"] == "已保存。已通知 1 位关注者（每人一条，含新旧日期）。"
        changed = await client.wait_for(ALICE, has("2025-07-20 18:00"), since=since)
        assert changed["text"].startswith("📢 The application window has changed")  # her language
        assert "“网上申报”: — → 2025-07-20 18:00" in changed["text"]  # was unknown, now dated

        await superadmin.send("/revoke 1001")
        assert (await superadmin.last())["text"] == "已撤销用户 1001 的管理员权限。"
        await wang.send("/window fcg25")
        assert (await wang.last())["text"] == REFUSED
