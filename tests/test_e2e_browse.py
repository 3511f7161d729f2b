"""The core journey through the sandbox: city → sector → budget → results → card."""

from __future__ import annotations

import asyncio
import re
import sys

import pytest

from bot.catalogue.models import Guideline, Leaf
from bot.config import Settings
from bot.demo import Harness
from bot.sandbox.driver import Conversation, SandboxClient, buttons
from tests.conftest import ALICE, GROUP, WANG


def _counts(message: dict) -> dict[str, int]:
    """Button label "南宁 (65)" → {"南宁": 65}."""
    found = {}
    for button in buttons(message):
        match = re.fullmatch(r"(.+) \((\d+)\)", button["text"])
        if match:
            found[match.group(1)] = int(match.group(2))
    return found


def _titles(message: dict) -> list[str]:
    """The numbered directions a list shows ("1. …" buttons)."""
    return [b["text"] for b in buttons(message) if re.match(r"\d+\. ", b["text"])]


def _leaves(catalogue: list[Guideline]) -> list[Leaf]:
    return [leaf for g in catalogue for leaf in g.leaves]


@pytest.mark.both_backends
async def test_guided_path_counts_match_the_catalogue_and_end_on_a_card(
        wang: Conversation, catalogue: list[Guideline]) -> None:
    leaves = _leaves(catalogue)
    await wang.send("/find")
    city_step = await wang.last()
    assert "第 1 步" in city_step["text"]
    expected = {city: sum(1 for leaf in leaves if leaf.city == city)
                for city in ("防城港", "百色", "南宁", "柳州", "桂林")}
    assert _counts(city_step) == {**expected, "不限": len(leaves)}

    await wang.press("南宁 (")
    sector_step = await wang.last()
    assert sector_step["message_id"] == city_step["message_id"]  # edited in place
    nanning = [leaf for leaf in leaves if leaf.city == "南宁"]
    counts = _counts(sector_step)
    assert counts.pop("不限") == len(nanning)
    assert counts["新材料"] == sum(1 for leaf in nanning if "materials" in leaf.sectors)
    assert all(n > 0 for n in counts.values())

    await wang.press("新材料 (")
    budget_step = await wang.last()
    materials = [leaf for leaf in nanning if "materials" in leaf.sectors]
    stated = [leaf for leaf in materials if leaf.funding_max_wan is not None]
    assert _counts(budget_step)["不限"] == len(materials)
    # every 南宁 material direction with an amount: does any reach the 50–150万 band?
    fitting = [leaf for leaf in stated if leaf.funding_max_wan > 50]
    assert _counts(budget_step)["50–150万"] == len(fitting)

    await wang.press("不限 (")
    results = await wang.last()
    assert f"共 {len(materials)} 个方向符合条件" in results["text"]
    assert "南宁 · 新材料 · 不限金额" in results["text"]
    first = buttons(results)[0]["text"]
    assert first.startswith("1. ")

    await wang.press("1. ")
    card = await wang.last()
    assert card["html"].startswith("<b>")
    assert "南宁 · 2022" in card["text"]
    # the source as people cite it: the guideline's title and line, no file names or ids
    assert "📄 《南宁市科技计划项目申报指南》第" in card["text"]
    assert "guidelines/" not in card["text"] and "nn22-" not in card["text"]
    assert "往年指南（2022），仅供参考" in card["text"]  # the clock says 2025
    labels = [b["text"] for b in buttons(card)]
    assert labels[:3] == ["📋 全文", "🔍 资格详情", "🙋 咨询人工"]
    assert "« 返回列表" in labels


async def test_unknown_amounts_come_last_under_their_own_heading(wang: Conversation) -> None:
    await wang.send("/find")
    await wang.press("百色 (")
    await wang.press("不限 (")
    budget_step = await wang.last()
    assert _counts(budget_step)["≤20万"] == 0  # 百色 states no amounts at all
    await wang.press("≤20万")
    results = await wang.last()
    assert "共 0 个方向符合条件" in results["text"]
    assert "另有 22 个方向未公布资助金额" in results["text"]
    assert "金额未公布 / 以通知为准" in results["text"]
    # few fitting results: offer to relax the budget, with the count it would give
    assert any(b["text"] == "放宽：不限金额（22 个）" for b in buttons(results))


async def test_budget_typed_as_text(wang: Conversation, catalogue: list[Guideline]) -> None:
    await wang.send("/find")
    await wang.press("桂林 (")
    await wang.press("不限 (")
    await wang.press("✍️ 输入金额")
    assert "请输入希望获得的资助金额" in (await wang.last())["text"]
    await wang.send("很多钱")
    assert "没看懂这个金额" in (await wang.last())["text"]
    await wang.send("五十万")
    results = await wang.last()
    assert "桂林 · 不限领域 · 约 50 万元" in results["text"]
    guilin = [leaf for leaf in _leaves(catalogue) if leaf.city == "桂林"]
    fits = [leaf for leaf in guilin if leaf.funding_max_wan is not None
            and leaf.funding_max_wan >= 50 and (leaf.funding_min_wan or 0) <= 50]
    assert f"共 {len(fits)} 个方向符合条件" in results["text"]


async def test_free_text_search_with_a_typo(wang: Conversation) -> None:
    await wang.send("人工只能")
    results = await wang.last()
    assert results["text"].startswith("“人工只能”的搜索结果")
    titles = [b["text"] for b in buttons(results) if b["text"][0].isdigit()]
    assert titles and all("人工智能" in t or "AI" in t for t in titles[:3])


async def test_a_query_of_unknown_words_offers_the_guided_path(wang: Conversation) -> None:
    await wang.send("zzzqqq")
    reply = await wang.last()
    assert "没有找到与“zzzqqq”相关的方向" in reply["text"]
    assert "🔎 按条件查找" in [b["text"] for b in buttons(reply)]


async def test_facets_only_text_goes_straight_to_results(wang: Conversation) -> None:
    await wang.send("柳州 20万")
    reply = await wang.last()
    assert "柳州 · 不限领域 · 约 20 万元" in reply["text"]


async def test_forged_stale_and_foreign_buttons_are_answered(wang: Conversation,
                                                             client: SandboxClient) -> None:
    await wang.send("/find")
    message = await wang.last()
    before = await client.messages(WANG)
    for data in ("z1|c|nope-999|-.-.-.0|0", "hello", "z9|b|city|-.-.-.0|0",
                 "z1|b|results|xx.-.-.0|0", "z1|b|results|-.-.b999.0|0"):
        answer = await wang.press_data(message["message_id"], data)
        assert answer["answered"] and "按钮已过期" in answer["answer"]["text"], data
    assert await client.messages(WANG) == before  # nothing else happened


async def test_oversize_requirements_are_split_under_the_limit(
        settings: Settings, catalogue: list[Guideline]) -> None:
    """A requirement text longer than a Telegram message arrives in valid, ordered pieces."""
    source = settings.data_dir / "guidelines" / "004_d39697fbb62405e2.txt"
    lines = source.read_text(encoding="utf-8").splitlines()
    long_text = "；".join(f"（{i}）申报单位须提供<材料{i}> & 证明，且符合要求" for i in range(400))
    index = next(i for i, line in enumerate(lines) if line.startswith("申报要求："))
    lines[index] = "申报要求：" + long_text + "。"
    source.write_text("\n".join(lines), encoding="utf-8")
    from tests.conftest import load_into

    await load_into(settings)
    async with Harness(settings) as harness, SandboxClient(harness.sandbox.url) as client:
        await client.post("/sandbox/limits", {"enabled": False})
        wang = Conversation(client, WANG)
        await wang.send("/search 优势产业关键核心技术")
        await wang.press("1. ")
        await wang.press("📋 全文")
        pieces = [m for m in await wang.bot_messages() if "申报单位须提供" in m["text"]]
        assert len(pieces) >= 3
        assert all(len(piece["text"]) <= 4096 for piece in pieces)
        joined = "".join(piece["text"] for piece in pieces).replace("\n", "")
        assert "（0）申报单位须提供<材料0> & 证明" in joined
        assert "（399）申报单位须提供<材料399> & 证明" in joined


@pytest.mark.both_backends
async def test_restart_mid_conversation_keeps_the_typed_budget_step(
        harness: Harness, wang: Conversation) -> None:
    await wang.send("/find")
    await wang.press("防城港 (")
    await wang.press("不限 (")
    await wang.press("✍️ 输入金额")
    await harness.stop_bot()
    await harness.start_bot()
    await wang.send("100万")
    assert "防城港 · 不限领域 · 约 100 万元" in (await wang.last())["text"]


async def test_old_buttons_still_work_after_a_restart(harness: Harness,
                                                      wang: Conversation) -> None:
    await wang.send("/find")
    await harness.stop_bot()
    await harness.start_bot()
    await wang.press("柳州 (")
    assert "第 2 步" in (await wang.last())["text"]


async def test_two_users_in_one_group_each_have_their_own_search(client: SandboxClient) -> None:
    wang = Conversation(client, WANG, GROUP)
    alice = Conversation(client, ALICE, GROUP)
    await wang.send("/find@zhinan_bot")
    wang_menu = await wang.last()
    answer = await alice.press("南宁 (", message=wang_menu)
    assert answer["answer"]["show_alert"] is True
    assert "belongs to someone else" in answer["answer"]["text"]  # Alice reads English
    assert (await wang.last())["text"] == wang_menu["text"]  # untouched
    await alice.send("/find")
    alice_menu = await alice.last()
    assert alice_menu["message_id"] != wang_menu["message_id"]
    await alice.press("Guilin (", message=alice_menu)
    await wang.press("南宁 (", message=wang_menu)
    messages = {m["message_id"]: m for m in await client.messages(GROUP)}
    assert "Guilin" in messages[alice_menu["message_id"]]["text"]
    assert "南宁" in messages[wang_menu["message_id"]]["text"]


@pytest.mark.both_backends
async def test_compare_two_directions_across_cities(wang: Conversation) -> None:
    for query in ("人工智能 防城港", "人工智能 桂林"):
        await wang.send(query)
        await wang.press("1. ")
        answer = await wang.press("⚖️ 加入对比")
        assert answer["answer"]["text"].startswith("已加入对比")
    await wang.press("⚖️ 查看对比（2）")
    table = await wang.last()
    assert table["text"].startswith("方向对比")
    assert "防城港" in table["text"] and "桂林" in table["text"]
    assert "💰 资助" in table["text"] and "🗓 申报时间" in table["text"]


async def test_a_fifth_direction_is_refused_and_taking_one_out_counts_down(
        wang: Conversation) -> None:
    """At most four directions side by side: the fifth gets an alert and changes nothing;
    taking one out says how many are left."""
    await wang.send("人工智能")
    for number in range(1, 6):
        await wang.press(f"{number}. ")
        answer = await wang.press("⚖️ 加入对比")
        await wang.press("« 返回列表")
        if number < 5:
            assert answer["answer"]["text"] == f"已加入对比（{number}）"
    assert answer["answer"]["show_alert"] is True
    assert answer["answer"]["text"] == "最多对比 4 个方向，请先移出一个。"
    await wang.press("1. ")
    answer = await wang.press("⚖️ 移出对比")
    assert answer["answer"]["text"] == "已移出对比（3）"


async def test_toggling_compare_keeps_the_way_back(wang: Conversation) -> None:
    """Adding a card to the comparison (or taking it out) keeps its way back to where it was
    opened: the search results, the guided results at their page, or the comparison."""
    await wang.send("人工智能 防城港")
    results = await wang.last()
    await wang.press("1. ")
    await wang.press("⚖️ 加入对比")
    card = await wang.last()
    labels = [b["text"] for b in buttons(card)]
    assert "⚖️ 移出对比" in labels and "« 返回列表" in labels
    await wang.press("« 返回列表")
    assert _titles(await wang.last()) == _titles(results)

    await wang.send("/find")
    await wang.press("桂林 (")
    await wang.press("不限 (")
    await wang.press("不限 (")
    await wang.press("›")
    page_two = await wang.last()
    await wang.press("1", message=page_two)  # the first direction of page 2 ("11. …")
    await wang.press("⚖️ 加入对比")
    await wang.press("« 返回列表")
    assert (await wang.last())["text"] == page_two["text"]

    await wang.press("1")  # that card again, now with the comparison's bar
    await wang.press("⚖️ 查看对比（2）")
    await wang.press("1. ")
    await wang.press("⚖️ 移出对比")
    assert "« 返回对比" in [b["text"] for b in buttons(await wang.last())]


async def test_lists_mark_past_editions(wang: Conversation) -> None:
    """Searching in 2025, 柳州's 2024 directions are labelled as a past edition in the answer
    (and on its later pages), 防城港's 2025 ones by their window."""
    await wang.send("人工智能")
    answer = (await wang.last())["text"]
    assert "柳州 · " in answer and "往年指南（2024）" in answer
    assert "防城港 · " in answer and "申报时间：尚未公布" in answer
    await wang.press("›")
    assert "往年指南（" in (await wang.last())["text"]


async def test_inline_mode_offers_cards(client: SandboxClient, wang: Conversation) -> None:
    sent = await client.post("/sandbox/inline", {"user_id": WANG, "query": "锂电池"})
    record = await client.wait_inline_answer(sent["inline_query_id"])
    results = record["answer"]["results"]
    assert results and all(r["type"] == "article" for r in results)
    assert results[0]["input_message_content"]["parse_mode"] == "HTML"


@pytest.mark.parametrize("lang_user", [ALICE])
async def test_english_card(client: SandboxClient, lang_user: int) -> None:
    alice = Conversation(client, lang_user)
    await alice.send("battery materials Nanning")
    await alice.press("1. ")
    card = await alice.last()
    assert "📄 “南宁市科技计划项目申报指南”, line" in card["text"]
    assert "Nanning · 2022" in card["text"]
    assert "Lead:" in card["text"]


@pytest.mark.both_backends
async def test_a_catalogue_loaded_by_another_process_reaches_the_running_bot(
        harness: Harness, wang: Conversation, settings: Settings,
        catalogue: list[Guideline]) -> None:
    """`catalogue load` run beside a serving bot: /find's cities and counts and free-text
    search follow it without a restart (they used to keep the old catalogue, or half of it)."""
    assert harness.core is not None
    await wang.send("桂花糕")
    assert "柳州" not in (await wang.last())["text"]
    await wang.send("/find")
    assert "桂林" in _counts(await wang.last())

    # 桂林's guideline withdrawn, and one 柳州 direction reworded (the count stays the same)
    metadata = settings.data_dir / "catalogue.toml"
    full = metadata.read_text(encoding="utf-8")
    metadata.write_text(full.split('[[guideline]]\nkey = "gl22"')[0], encoding="utf-8")
    source = settings.data_dir / "guidelines" / "003_b77ff5cd7a582a9e.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("螺蛳鸭脚煲", "桂花糕"),
                      encoding="utf-8")
    before = _counts(await wang.last())
    loaded = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "catalogue", "load",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await loaded.communicate()
    assert loaded.returncode == 0, err.decode()
    assert "191 directions from 4 guidelines published" in out.decode()
    # the bot looks at the catalogue's version on an update, at most once a second: one of
    # the next /find answers (each awaited) shows the new catalogue
    async with asyncio.timeout(5):
        while True:
            await wang.send("/find")
            if _counts(await wang.last()) != before:
                break
    leaves = [leaf for leaf in _leaves(catalogue) if leaf.city != "桂林"]
    expected = {city: sum(1 for leaf in leaves if leaf.city == city)
                for city in ("防城港", "百色", "南宁", "柳州")}
    assert _counts(await wang.last()) == {**expected, "不限": len(leaves)}
    await wang.send("桂花糕")
    found = await wang.last()
    assert "柳州" in found["text"] or any("柳州" in b["text"] for b in buttons(found)), found
async def test_an_english_list_names_cities_and_modes_in_english(alice: Conversation) -> None:
    """The answer, its later pages and its ✖ buttons say Fangchenggang and "paid up front",
    not 防城港 and 前资助 (the titles stay as the guideline wrote them)."""
    await alice.send("artificial intelligence Fangchenggang")
    answer = await alice.last()
    assert "Fangchenggang · up to 600,000 yuan · paid up front" in answer["text"]
    assert "防城港 ·" not in answer["text"] and "前资助" not in answer["text"]
    assert "✖ Fangchenggang" in [b["text"] for b in buttons(answer)]
    await alice.press("›")
    assert "防城港 ·" not in (await alice.last())["text"]
