"""The web chat in real headless Chromium at phone width, talking to the real bot.

This is what `make run` shows a newcomer: type /start, read the formatted reply, tap a button,
see the message change in place. In CI (CI=true) a missing browser is a failure, not a skip.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from bot.config import Settings
from bot.demo import Harness, add_demo_robot
from bot.sandbox.driver import Conversation, SandboxClient
from bot.sandbox.state import SandboxState
from tests.conftest import Clock, load_into

playwright_api = pytest.importorskip("playwright.async_api")

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PHONE = {"width": 390, "height": 844}
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
        "--no-first-run", "--disable-component-update", "--disable-sync"]


@pytest.fixture
def chromium() -> str:
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("CI must run the browser test: install Debian's chromium")
        pytest.skip("needs a chromium executable")
    return CHROMIUM


async def test_a_user_chats_with_the_real_bot_in_the_web_chat(
        harness: Harness, chromium: str, tmp_path: Path) -> None:
    expect = playwright_api.expect
    async with playwright_api.async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium, args=ARGS)
        page = await browser.new_page(viewport=PHONE)
        await page.goto(harness.sandbox.url)
        await page.fill("#input", "/start")
        await page.keyboard.press("Enter")
        greeting = page.locator(".row:not(.mine) .bubble").last
        await expect(greeting).to_contain_text("您好，王经理！")
        await expect(greeting.locator("b").first).to_have_text("指南")
        await page.get_by_role("button", name="🔎 按条件查找").click()
        step = page.locator(".row:not(.mine) .bubble").last
        await expect(step).to_contain_text("第 1 步 / 共 3 步：选择城市")
        await page.get_by_role("button", name="南宁 (65)").click()
        await expect(step).to_contain_text("第 2 步 / 共 3 步：选择领域")  # edited in place
        await expect(page.get_by_role("button", name="南宁 (65)")).to_have_count(0)
        width = await page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"]
        await page.screenshot(path=str(tmp_path / "webchat.png"))
        await browser.close()


async def test_a_broadcast_reaches_the_wecom_group_beside_the_chat(
        settings: Settings, clock: Clock, chromium: str, tmp_path: Path) -> None:
    """The demo's WeCom group, shown next to the Telegram chat, receives a bureau broadcast."""
    admin = 1003
    settings = settings.model_copy(update={"admin_ids": frozenset({admin}),
                                           "robot_hosts": ("127.0.0.1",)})
    await load_into(settings)
    harness = Harness(settings, state=SandboxState(limits_enabled=False), clock=clock)
    expect = playwright_api.expect
    async with harness, SandboxClient(harness.sandbox.url) as client:
        await add_demo_robot(harness)
        async with playwright_api.async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path=chromium, args=ARGS)
            page = await browser.new_page(viewport={"width": 1400, "height": 900})
            await page.goto(harness.sandbox.url)
            group = page.locator(".robot-group.wecom")
            await expect(group.locator(".robot-group-title")).to_have_text(
                "企业微信 · 南宁科技局通知群")
            bureau = Conversation(client, admin)
            await bureau.send("/broadcast")
            await bureau.send("南宁市2025年度科技计划项目申报今日启动")
            await bureau.press("城市：南宁")
            await bureau.press("📢 南宁的群机器人")
            await bureau.press("✅ 确认发送（1 人）")
            await expect(group.locator(".robot-message").last).to_contain_text(
                "南宁市2025年度科技计划项目申报今日启动")
            await page.screenshot(path=str(tmp_path / "wecom-group.png"))
            await browser.close()
