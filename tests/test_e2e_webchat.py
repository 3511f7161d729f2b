"""The web chat in real headless Chromium at phone width, talking to the real bot.

This is what `make run` shows a newcomer: type /start, read the formatted reply, tap a button,
see the message change in place. In CI (CI=true) a missing browser is a failure, not a skip.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings
from bot.demo import Harness, add_demo_robot
from bot.sandbox.driver import Conversation, SandboxClient
from bot.sandbox.state import SandboxState
from tests.conftest import LI, WANG, Clock, load_into

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


# How long to wait for what is expected on a busy machine (two cores, other suites running):
# each wait ends as soon as it is there.
WAIT = 30_000

# What each walk presses and expects to see, by language: the labels are the locales' own.
WALK = {
    "zh_CN": {"query": "人工智能 防城港", "card": "防城港 · 2025", "add": "⚖️ 加入对比",
              "remove": "⚖️ 移出对比", "back_list": "« 返回列表", "show": "⚖️ 查看对比（2）",
              "compare": "方向对比", "back_compare": "« 返回对比"},
    "en": {"query": "artificial intelligence Fangchenggang", "card": "Fangchenggang · 2025",
           "add": "⚖️ Compare", "remove": "⚖️ Uncompare", "back_list": "« Back to list",
           "show": "⚖️ Compare (2)", "compare": "Comparison",
           "back_compare": "« Back to comparison"},
}

# Measured in the browser for the newest bot message: how wide everything in it reaches, how
# tall it is against the visible part of the chat, and which button labels are cut off.
MEASURE = """row => {
  const messages = document.getElementById("messages");
  const bubble = row.querySelector(".bubble");
  const right = Math.max(...[row, ...row.querySelectorAll("*")].map(
      e => e.getBoundingClientRect().right));
  return {
    right, viewport: window.innerWidth,
    page: document.documentElement.scrollWidth,
    chatScroll: messages.scrollWidth - messages.clientWidth,
    bubble: Math.round(bubble.getBoundingClientRect().height),
    row: Math.round(row.getBoundingClientRect().height),
    visible: messages.clientHeight,
    buttons: row.querySelectorAll(".keyboard button, .keyboard a").length,
    cut: [...row.querySelectorAll(".keyboard button")]
        .filter(b => b.scrollWidth > b.clientWidth).map(b => b.textContent),
    spare: Math.min(...[...row.querySelectorAll(".keyboard button")].map(b => {
      const text = document.createRange();
      text.selectNodeContents(b);
      const style = getComputedStyle(b);
      const room = b.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return Math.round(room - text.getBoundingClientRect().width);
    })),
  };
}"""


class Phone:
    """The web chat at phone width, driven as a person does: type, tap, wait for the reply."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.expect = playwright_api.expect
        self.screens: dict[str, dict[str, Any]] = {}

    @property
    def last(self) -> Any:
        """The newest message from the bot (edited in place or new)."""
        return self.page.locator(".row:not(.mine)").last

    async def send(self, text: str) -> None:
        before = await self.page.locator(".row:not(.mine)").count()
        await self.page.fill("#input", text)
        await self.page.keyboard.press("Enter")
        await self.expect(self.page.locator(".row:not(.mine)")).to_have_count(before + 1,
                                                                             timeout=WAIT)

    async def sees(self, text: str, where: Any = None) -> None:
        """Wait until the newest bot message (or `where`) shows `text`."""
        await self.expect(self.last if where is None else where).to_contain_text(text,
                                                                                 timeout=WAIT)

    def button(self, label: str) -> Any:
        return self.last.get_by_role("button", name=label, exact=True)

    async def tap(self, label: str, *, prefix: bool = False) -> None:
        found = (self.last.get_by_role("button", name=label) if prefix
                 else self.button(label))
        await found.first.click()

    async def screen(self, name: str, *, way: list[str], whole: bool = False
                     ) -> dict[str, Any]:
        """The screen now shown: it offers each of `way` (no dead end), and neither it nor the
        page scrolls sideways at phone width; with `whole`, no button's label is cut off."""
        for label in way:
            await self.expect(self.button(label)).to_be_visible(timeout=WAIT)
        shown: dict[str, Any] = await self.last.evaluate(MEASURE)
        assert shown["buttons"] >= 1, f"{name}: a dead end, no button on it"
        assert shown["page"] <= PHONE["width"], f"{name}: the page scrolls sideways {shown}"
        assert shown["chatScroll"] <= 0, f"{name}: the chat scrolls sideways {shown}"
        assert shown["right"] <= shown["viewport"], f"{name}: wider than the phone {shown}"
        assert not (whole and shown["cut"]), f"{name}: labels cut off {shown['cut']}"
        self.screens[name] = shown
        return shown


def _has_cjk_fonts() -> bool:
    found = shutil.which("fc-list")
    return found is not None and "Noto Sans CJK" in subprocess.run(
        [found], capture_output=True, text=True, check=False).stdout


async def _open_phone(playwright: Any, chromium: str, url: str) -> tuple[Any, Phone]:
    browser = await playwright.chromium.launch(executable_path=chromium, args=ARGS)
    page = await browser.new_page(viewport=PHONE)
    page.set_default_timeout(WAIT)
    await page.goto(url)
    await page.wait_for_selector("#user-picker option", state="attached")
    return browser, Phone(page)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
async def test_search_card_compare_and_back_at_phone_width(
        harness: Harness, chromium: str, lang: str, tmp_path: Path) -> None:
    """search → card → back to the list → compare two → a card → back to the comparison, in
    Chinese and (after the menu's language button) in English: every screen has its way back
    or on, nothing is wider than a 390 px phone, and a card's buttons show their whole labels.
    A card's message fits the visible chat (measured: 575 px Chinese, 623 px English against
    677 px with Noto fonts; 709/757 px before the excerpt was cut to 90 characters); with its
    buttons it is printed, not asserted, and so are the list's titles the chat cuts off."""
    words = WALK[lang]
    async with playwright_api.async_playwright() as playwright:
        browser, phone = await _open_phone(playwright, chromium, harness.sandbox.url)
        await phone.send("/start")
        if lang == "en":
            await phone.tap("🌐 English")
            await phone.tap("English")  # the language question, then the menu in English
            await phone.sees("Hello, 王经理!")
        await phone.screen("start", way=[])

        await phone.send(words["query"])
        await phone.screen("results", way=[])
        results = [text for text in await phone.last.get_by_role("button").all_inner_texts()
                   if text[:2] in ("1.", "2.")]
        assert len(results) == 2, results
        await phone.tap("1. ", prefix=True)
        await phone.sees(words["card"])
        card = await phone.screen("card", way=[words["add"], words["back_list"]], whole=True)
        await phone.page.screenshot(path=str(tmp_path / f"card-{lang}.png"))

        await phone.tap(words["add"])  # the card stays, with its way back (issue 15)
        await phone.screen("card in comparison", way=[words["remove"], words["back_list"]],
                           whole=True)
        await phone.tap(words["back_list"])
        await phone.screen("results again", way=results)

        await phone.tap(results[1])
        await phone.expect(phone.button(words["add"])).to_be_visible(timeout=WAIT)
        await phone.tap(words["add"])
        await phone.screen("second card", way=[words["remove"], words["back_list"],
                                               words["show"]], whole=True)
        await phone.tap(words["show"])
        await phone.sees(words["compare"], phone.last.locator(".bubble"))
        await phone.screen("comparison", way=results)
        await phone.page.screenshot(path=str(tmp_path / f"compare-{lang}.png"))

        await phone.tap(results[0])
        await phone.screen("card from the comparison", way=[words["remove"],
                                                             words["back_compare"]], whole=True)
        await phone.tap(words["back_compare"])
        await phone.sees(words["compare"], phone.last.locator(".bubble"))
        await phone.screen("comparison again", way=results)
        await browser.close()

    # the card's message is one phone screen (its buttons may need a scroll), measured with the
    # fonts a phone has (.ci/run installs Noto CJK; with fallback boxes the height means little)
    if _has_cjk_fonts():
        assert card["bubble"] <= card["visible"], f"{lang}: taller than the phone {card}"
    fits = "fits" if card["row"] <= card["visible"] else "does not fit"
    print(f"{lang} card: {card['bubble']} px of text, {card['row']} px with its buttons, "
          f"{card['visible']} px visible: {fits}")  # shown by pytest -rP
    print(f"{lang} card buttons: {card['spare']} px to spare on the tightest label")
    print(f"{lang} labels cut off: {[s['cut'] for s in phone.screens.values() if s['cut']]}")


async def test_a_bureau_admin_walks_guideline_publishing_in_english(
        settings: Settings, clock: Clock, chromium: str, tmp_path: Path) -> None:
    """The demo's superadmin (李客服) switches to English with /language and sends a guideline
    with /guideline: the prompt says how to stop, the preview fits the phone and offers
    publish, correct and cancel; cancelling publishes nothing."""
    settings = settings.model_copy(update={"admin_ids": frozenset({LI})})
    await load_into(settings)
    harness = Harness(settings, state=SandboxState(limits_enabled=False), clock=clock)
    document = Path(__file__).parent / "data" / "guidelines" / "qinzhou_2026.txt"
    async with harness, playwright_api.async_playwright() as playwright:
        browser, phone = await _open_phone(playwright, chromium, harness.sandbox.url)
        await phone.page.select_option("#user-picker", str(LI))
        await phone.sees("指南", phone.page.locator("#chat-title"))
        await phone.send("/language")
        await phone.tap("English")
        await phone.sees("Hello, 李客服!")
        await phone.send("/guideline")
        await phone.sees("Send the guideline document")
        await phone.sees("/cancel")  # the way out, in words
        await phone.page.set_input_files("#attach-input", str(document))
        preview = phone.page.locator(".row:not(.mine)", has_text="2026年钦州市科技计划项目")
        await phone.expect(preview.get_by_role("button", name="✅ Publish")).to_be_visible(
            timeout=WAIT)
        for row in await phone.page.locator(".row:not(.mine)").all():
            shown = await row.evaluate(MEASURE)
            assert shown["right"] <= shown["viewport"] and shown["page"] <= PHONE["width"]
        await phone.page.screenshot(path=str(tmp_path / "guideline-en.png"))
        await preview.first.get_by_role("button", name="✖ Cancel").click()
        await phone.sees("Cancelled; nothing was published.")
        await browser.close()
    assert WANG != LI
