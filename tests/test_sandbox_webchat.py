"""The web chat in headless Chromium at phone width, talking to a small polling bot."""

import shutil
from collections.abc import AsyncIterator

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from bot.sandbox import Sandbox
from bot.sandbox.state import SandboxState

playwright_api = pytest.importorskip("playwright.async_api")

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PHONE = {"width": 390, "height": 844}


async def _start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet with formatting and a button, as the real bot's menus do."""
    assert update.effective_message is not None
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("查看指南", callback_data="open")]])
    await update.effective_message.reply_html("<b>欢迎</b> 使用 <i>指南</i>", reply_markup=markup)


async def _open(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer the press with a toast and edit the message in place."""
    query = update.callback_query
    assert query is not None
    await query.answer("已打开")
    await query.edit_message_text("方向1：锂电池")


@pytest.fixture
async def demo() -> AsyncIterator[Sandbox]:
    """A sandbox with a polling bot attached, like ``python -m bot demo``."""
    sandbox = Sandbox(SandboxState(limits_enabled=False))
    await sandbox.start()
    application = (
        Application.builder()
        .token("1:web")
        .base_url(sandbox.base_url)
        .base_file_url(sandbox.base_file_url)
        .build()
    )
    application.add_handlers([CommandHandler("start", _start), CallbackQueryHandler(_open)])
    async with application:
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(timeout=1)
        yield sandbox
        await application.updater.stop()
        await application.stop()
    await sandbox.stop()


@pytest.mark.skipif(CHROMIUM is None, reason="needs a chromium executable")
async def test_a_user_chats_with_the_bot_in_the_web_chat(demo: Sandbox) -> None:
    expect = playwright_api.expect
    async with playwright_api.async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM)
        page = await browser.new_page(viewport=PHONE)
        await page.goto(demo.url)
        await page.fill("#input", "/start")
        await page.keyboard.press("Enter")
        greeting = page.locator(".row:not(.mine) .bubble").last
        await expect(greeting.locator("b")).to_have_text("欢迎")
        await expect(greeting.locator("i")).to_have_text("指南")
        await page.get_by_role("button", name="查看指南").click()
        await expect(page.locator("#toast")).to_have_text("已打开")
        await expect(greeting).to_contain_text("方向1：锂电池")
        await expect(page.get_by_role("button", name="查看指南")).to_have_count(0)
        width = await page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"]
        await browser.close()
