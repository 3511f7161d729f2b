"""English is complete (issue 15): every screen an English-speaking owner or bureau admin can
reach, driven through the sandbox as ALICE (Telegram language_code "en"), shows Chinese only
where it quotes the catalogue or the user's own words (tests/cjk.py says what counts as quoted).

Each step records every bot message of the chat as it stands then (screens edited in place are
caught at each state), every button label and every toast; the test fails listing each line
that still has Chinese outside quoted source text, with the screen it was on.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot import buttons as b
from bot.buttons import Facets
from bot.catalogue.models import Guideline
from bot.config import Settings
from bot.demo import Harness
from bot.sandbox.driver import Conversation, SandboxClient, buttons
from bot.sandbox.state import SandboxState
from tests.cjk import CJK, Allowed, catalogue_texts
from tests.conftest import ALICE, SUPPORT_GROUP, Clock, load_into

Message = dict[str, Any]

NOTICE = ("关于组织申报2025年防城港市科技计划项目的通知\n"
          "一、申报时间\n网上申报截止时间：2026年6月30日18:00。\n纸质材料报送截止时间：2026年7月3日17:00。")


class Walk:
    """ALICE's private chat, remembering every text the bot showed her and on which screen."""

    def __init__(self, client: SandboxClient) -> None:
        self.conv = Conversation(client, ALICE)
        self.client = client
        self.shown: dict[tuple[int, str], str] = {}  # (message id, text) → screen
        self.typed: list[str] = []
        self.screen = ""

    async def capture(self) -> None:
        for message in await self.client.messages(ALICE):
            if not message["from"]["is_bot"]:
                continue
            texts = [message.get("text") or "", message.get("caption") or "",
                     (message.get("document") or {}).get("file_name") or ""]
            texts += [button.get("text", "") for button in buttons(message)]
            for text in texts:
                if text:
                    self.shown.setdefault((message["message_id"], text), self.screen)

    async def send(self, text: str, screen: str) -> Message:
        self.screen = screen
        self.typed.append(text)
        await self.conv.send(text)
        await self.capture()
        return await self.conv.last()

    async def press(self, label: str, screen: str, message: Message | None = None,
                    contains: bool = True) -> Message:
        """Press a button; returns the message the press brought: a new one, or the pressed
        one as edited in place."""
        self.screen = screen
        if message is not None:  # as it stands now: screens are edited in place
            message = await self.message(message["message_id"])
        target = message or await self.conv.last_with_button(label, contains)
        before = len(await self.conv.bot_messages())
        record = await self.conv.press(label, target, contains)
        answer = (record.get("answer") or {}).get("text")
        if answer:
            self.shown.setdefault((0, answer), f"{screen} (toast)")
        await self.capture()
        after = await self.conv.bot_messages()
        return after[-1] if len(after) > before else await self.message(target["message_id"])

    async def message(self, message_id: int) -> Message:
        return next(m for m in await self.client.messages(ALICE)
                    if m["message_id"] == message_id)

    async def press_nth(self, message: Message, index: int, screen: str) -> Message:
        """Press the index-th button that carries callback data (labels differ by language)."""
        pressable = [button for button in buttons(message) if button.get("callback_data")]
        return await self.press(pressable[index]["text"], screen, message, contains=False)

    async def open_card(self, leaf_id: str, screen: str) -> Message:
        """A card as a shared link or a result button opens it (from the newest bot message)."""
        self.screen = screen
        last = await self.conv.last()
        data = b.Card(leaf_id, "n", Facets(), ALICE).pack()
        record = await self.conv.press_data(last["message_id"], data)
        assert (record["answer"] or {}).get("text") is None, record  # opened, not "expired"
        await self.capture()
        return await self.conv.last()

    def leaks(self, allowed: Allowed) -> list[str]:
        found = []
        for (_, text), screen in self.shown.items():
            found += [f"[{screen}] {line}" for line in allowed.leaks(text)]
        return list(dict.fromkeys(found))


@pytest.fixture
def english_settings(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """ALICE is a superadmin (admin screens in English) and the support group is set."""
    monkeypatch.setenv("ZHINAN_ADMIN_IDS", str(ALICE))
    return settings.model_copy(update={"admin_ids": frozenset({ALICE}),
                                       "support_chat_id": SUPPORT_GROUP})


async def _owner_journeys(walk: Walk) -> None:
    await walk.send("/start", "start")
    await walk.send("/help", "help")
    await walk.send("/language", "language")
    await walk.press("English", "language chosen", contains=False)
    await walk.send("/frobnicate", "unknown command")

    # /find: city → sector → budget → results → pages → card and everything on it
    city = await walk.send("/find", "find: city")
    sector = await walk.press_nth(city, 2, "find: sector")  # the third city
    budget = await walk.press_nth(sector, 0, "find: budget")
    await walk.press("Any (", "find: results")
    card = await walk.press("1. ", "card from results")
    await walk.press("📋", "full text", card)
    await walk.press("🔍", "eligibility (no profile)", card)
    await walk.press("🔔", "remind me", card)
    await walk.press("📅", "calendar", card)
    results = await walk.press("« ", "back to list", card)
    if any(button["text"] == "›" for button in buttons(results)):
        await walk.press("›", "find: results page 2", results, contains=False)
        results = await walk.press("‹", "find: results page 1", contains=False)
    card = await walk.press("1. ", "card again", results)
    await walk.press("⚖️", "add to compare", card)
    city = await walk.send("/find", "find: city")
    results = await walk.press_nth(await walk.press_nth(city, 2, "find: sector"), 0,
                                   "find: budget")
    await walk.press("Any (", "find: results again", results)
    await walk.press("2. ", "second card")
    compare_bar = await walk.press("⚖️ Compare", "add second to compare")
    compared = await walk.press("⚖️ Compare (", "compare view", compare_bar)
    await walk.press("1. ", "card from compare", compared)
    await walk.press("« ", "back to compare")
    city = await walk.send("/find", "find: city")
    budget = await walk.press_nth(await walk.press_nth(city, 2, "find: sector"), 0,
                                  "find: budget")
    await walk.press_nth(budget, 0, "find: budget band")
    city = await walk.send("/find", "find: city")
    budget = await walk.press_nth(await walk.press_nth(city, 2, "find: sector"), 0,
                                  "find: budget")
    await walk.press("✍️", "find: type an amount", budget)
    await walk.send("500k", "find: typed amount")
    await walk.press("🔔", "follow these choices")

    # cards that carry each kind of derived fact
    for leaf_id in ("fcg25-005", "fcg25-002", "bs25-009", "bs25-001", "bs25-008", "nn22-001",
                    "nn22-048", "nn22-052", "nn22-058", "lz24-003", "lz24-034", "lz24-036",
                    "lz24-038", "lz24-053", "gl22-001", "gl22-005", "gl22-020", "gl22-028",
                    "gl22-029"):
        card = await walk.open_card(leaf_id, f"card {leaf_id}")
        await walk.press("🔍", f"eligibility {leaf_id}", card)

    # questions of every kind, typed in English
    for question, screen in (
            ("lithium battery Nanning", "search"),
            ("what does post-subsidy mean", "glossary"),
            ("what is a milestone subsidy", "glossary 2"),
            ("when is the deadline for nanning applications", "deadline"),
            ("when does Baise close", "deadline (dated)"),
            ("what's the biggest grant in the Guilin guideline", "max amount"),
            ("what documents do I need for Guilin's enterprise tech commercialization grant",
             "materials"),
            ("we're a high-tech enterprise in Baise with a city-level lab, R&D about 1.2M RMB "
             "last year. what can we apply for?", "eligible"),
            ("tea plantation in liuzhou, ok with getting the money after acceptance",
             "search with conditions"),
            ("Guilin software company - anything where they pay the money upfront?",
             "search with mode"),
            ("is there any subsidy for opening a hotpot restaurant in guilin", "nothing found"),
    ):
        await walk.send(question, screen)
    await walk.send("/search hydrogen", "/search")
    await walk.press("1. ", "card from search")
    await walk.press("« ", "back to search list")
    await walk.send("Liuzhou electric loader projects under 300k", "search chips")
    await walk.press("✖", "drop a condition")

    # the company profile, then the screens it changes
    await walk.send("/profile", "profile: kind")
    await walk.press("An enterprise", "profile: city")
    await walk.press("Nanning", "profile: qualifications")
    await walk.press("National high-tech", "profile: qualification ticked")
    await walk.press("Next", "profile: revenue")
    await walk.send("30m", "profile: R&D")
    await walk.send("2m", "profile: level")
    await walk.press("City level", "profile: self-funding")
    await walk.send("1.5m", "profile: saved")
    await walk.send("/profile", "profile again")
    await walk.send("/cancel", "cancel")
    for leaf_id in ("fcg25-005", "bs25-009", "lz24-036", "gl22-005", "nn22-031"):
        card = await walk.open_card(leaf_id, f"card with profile {leaf_id}")
        await walk.press("🔍", f"eligibility with profile {leaf_id}", card)
    await walk.press("⚖️ Compare (", "compare view with profile", card)
    city = await walk.send("/find", "find with profile")
    results = await walk.press("Any (", "find with profile: any city", city)
    results = await walk.press("Any (", "find with profile: any sector", results)
    results = await walk.press("Any (", "find with profile: results", results)
    await walk.press("✅", "only eligible", results)
    await walk.send("what can I apply for", "eligible from profile")

    # subscriptions, deadlines, reminders
    await walk.send("/subscriptions", "subscriptions")
    subs = await walk.conv.last_with_button("7/1/0")
    await walk.press("7/1/0", "ladder", subs)
    await walk.press("🔕", "mute")
    await walk.press("📅", "export .ics")
    await walk.send("/deadlines", "deadlines")

    # a person
    await walk.send("/ask", "ask: prompt")
    await walk.send("Can a university lead this direction?", "ask: sent")
    card = await walk.open_card("fcg25-005", "card before asking")
    await walk.press("🙋", "ask about a card", card)
    await walk.send("/cancel", "ask cancelled")
    await walk.send("/forget", "forget: confirm")
    await walk.press("Keep", "forget: kept")


async def _admin_journeys(walk: Walk) -> None:
    await walk.send("/admins", "admins")
    await walk.send("/grant", "grant usage")
    await walk.send("/grant 1001 南宁", "grant")
    await walk.send("/admins", "admins after grant")
    await walk.send("/revoke 1001", "revoke")
    await walk.send("/window", "window usage")
    await walk.send("/window fcg25", "window: paste")
    await walk.send(NOTICE, "window: proposal")
    await walk.press("💾", "window: saved")
    await walk.send("/broadcast", "broadcast: write")
    await walk.send("Applications open next week; see the notice.", "broadcast: audience")
    audience = await walk.conv.last()
    city = await walk.press_nth(audience, 1, "broadcast: a city's audiences")
    confirm = await walk.press_nth(city, 0, "broadcast: confirm")
    await walk.press("✅ Send", "broadcast: progress", confirm)
    await walk.send("/broadcasts", "broadcasts")


async def test_every_english_screen_is_english(english_settings: Settings, clock: Clock,
                                               catalogue: list[Guideline]) -> None:
    await load_into(english_settings)
    harness = Harness(english_settings, state=SandboxState(limits_enabled=False), clock=clock)
    async with harness, SandboxClient(harness.sandbox.url) as client:
        walk = Walk(client)
        await _owner_journeys(walk)
        await _admin_journeys(walk)
    assert len(walk.shown) > 200  # the walk did reach the screens
    allowed = Allowed(catalogue_texts(catalogue), walk.typed)
    leaks = walk.leaks(allowed)
    assert leaks == [], f"{len(leaks)} lines with Chinese outside quoted text:\n" + "\n".join(leaks)


def test_the_checker_catches_a_leak_and_passes_quoted_text(catalogue: list[Guideline]) -> None:
    allowed = Allowed(catalogue_texts(catalogue), ["battery 南宁"])
    assert allowed.leaks("💳 Paid: 后补助") == ["💳 Paid: 后补助"]
    assert allowed.leaks("Nanning (65)\n≤20万") == ["≤20万"]
    assert allowed.leaks("“2025年防城港市科技计划项目申报指南”, line 74") == []
    assert allowed.leaks("1. 金属新材料关键技术研究与…") == []
    assert allowed.leaks("reimbursed after acceptance (后补助)") == []
    assert allowed.leaks("Results for “battery 南宁”: 3 directions") == []
    assert allowed.leaks("中文") == []
    assert CJK.search("（") and not allowed.leaks("a (b) c")
