"""Questions, not keywords, through the sandbox: every kind of answer in Chinese and English,
the conditions shown and dropped with a button, the saved profile, groups and inline mode."""

from __future__ import annotations

import pytest

from bot.demo import Harness
from bot.eligibility import Profile
from bot.sandbox.driver import Conversation, SandboxClient, buttons, has
from tests.conftest import ALICE, GROUP, WANG

QUESTIONS = [
    # (user, message, what the answer must say)
    (WANG, "有没有不要求企业牵头的项目", ["按条件：不限企业牵头", "符合条件的方向共 35 个"]),
    (ALICE, "smart tourism project in guilin, under 250k is fine. we are a university, "
            "can we lead?", ["Conditions: Guilin · ≤25万 · any lead", "智慧旅游关键技术研发与示范"]),
    (WANG, "后补助是什么意思", ["后补助（事后补助）", "通过验收后政府再拨付补助"]),
    (ALICE, "what does 前资助 mean? is it different from 后补助",
     ["前资助 (up-front funding)", "paid once the project is approved"]),
    (WANG, "百色的科技项目申报啥时候截止？", ["百色", "2025-06-20 18:00", "2025-06-30 18:00"]),
    (ALICE, "when is the deadline for nanning applications",
     ["Conditions: Nanning", "The window is not in the guideline text"]),
    (WANG, "防城港单个项目最多能拿多少钱", ["单个项目最高 150 万元（4 个方向）"]),
    (ALICE, "Liuzhou - max money per project?",
     ["the largest grant per project is 50万 yuan", "18 more state only “at least 80万 yuan”"]),
    (WANG, "桂林青年创新人才科研专项要准备啥材料", ["青年创新人才科研专项", "博士学位证书（复印件）"]),
    (ALICE, "what documents do I need for Guilin's enterprise tech commercialization grant "
            "(企业自有科技成果转化)?", ["企业自有科技成果转化与产业化", "bureau's notice"]),
    (WANG, "我们是高新技术企业，研发投入200万，南宁能申请哪些？",
     ["按条件：南宁 · 我方研发投入200万 · 我方：高企", "按您的情况，可以考虑"]),
    (ALICE, "we're a high-tech enterprise in Baise with a city-level lab, R&D about 1.2M RMB "
            "last year. what can we apply for?",
     ["Conditions: Baise", "From what you told me", "ruled out"]),
]


@pytest.mark.parametrize(("user", "text", "expected"), QUESTIONS)
async def test_each_kind_of_question_is_answered(client: SandboxClient, user: int, text: str,
                                                 expected: list[str]) -> None:
    conversation = Conversation(client, user)
    await conversation.send(text)
    reply = await conversation.last()
    for part in expected:
        assert part in reply["text"], (part, reply["text"])


async def test_a_condition_is_dropped_with_its_button(wang: Conversation) -> None:
    await wang.send("桂林有没有做完再补钱的项目")
    first = await wang.last()
    assert "按条件：桂林 · 后补助" in first["text"]
    assert "没写明" not in first["text"] or "拨付方式" in first["text"]
    await wang.press("✖ 后补助")
    edited = await wang.last()
    assert edited["message_id"] == first["message_id"]
    assert "按条件：桂林" in edited["text"] and "后补助" not in edited["text"].split("\n")[0]


async def test_nothing_fits_offers_to_drop_a_condition(wang: Conversation) -> None:
    await wang.send("南宁有没有先拨钱再干活的项目，要一百万以上的")
    reply = await wang.last()
    assert "去掉“前资助”：4 个方向" in [b["text"] for b in buttons(reply)]
    await wang.press("去掉“前资助”")
    widened = await wang.last()
    assert "按条件：南宁 · 100万以上" in widened["text"]
    assert "广西南宁国家农业科技园区能力建设" in widened["text"]


@pytest.mark.both_backends
async def test_what_can_i_apply_for_uses_the_saved_profile(harness: Harness,
                                                           wang: Conversation) -> None:
    await wang.send("/start")
    profile = Profile(city="柳州", is_high_tech=False, is_gazelle=False, rd_spend_wan=50)
    assert harness.core is not None
    await harness.core.storage.users.change(WANG, profile=profile.model_dump(exclude_none=True))
    await wang.send("我能申请哪些")
    reply = await wang.last()
    assert "按您的情况，可以考虑" in reply["text"]
    assert "柳州" in reply["text"] and "高新技术企业培育" not in reply["text"]
    assert "📝 完善企业信息" in [b["text"] for b in buttons(reply)]


async def test_a_question_in_a_group_is_understood_the_same_way(client: SandboxClient) -> None:
    """Asked in a group, the answer goes to the asker privately (it is about their company)."""
    await Conversation(client, WANG).send("/start")
    since = await client.mark()
    await Conversation(client, WANG, GROUP).send("/search@zhinan_bot 后补助是什么意思")
    await client.wait_for(WANG, has("后补助（事后补助）"), since=since)
    await client.wait_for(GROUP, has("结果已私信发给您"), since=since)


async def test_inline_mode_answers_a_question_first(client: SandboxClient) -> None:
    sent = await client.post("/sandbox/inline", {"user_id": WANG, "query": "后补助是什么意思"})
    results = (await client.wait_inline_answer(sent["inline_query_id"]))["answer"]["results"]
    assert results[0]["id"] == "answer-glossary"
    assert "后补助（事后补助）" in results[0]["input_message_content"]["message_text"]
    sent = await client.post("/sandbox/inline", {"user_id": WANG,
                                                 "query": "柳州 做完验收再补钱 软件开发"})
    results = (await client.wait_inline_answer(sent["inline_query_id"]))["answer"]["results"]
    assert results[0]["id"] == "lz24-034"
