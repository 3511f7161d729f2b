"""Derived facts say what the text says, seen as an owner sees them in the chat (issue 15).

防城港 2025B01 "金属新材料关键技术研究与应用" states: "本方向不限企业牵头申报。非企业牵头申报的项目，
参与企业要按不低于申请科技经费中本企业所占经费的 3 倍进行配套。" — a rule for partner firms when a
non-enterprise leads, not 3× the 60万 cap. 南宁 重大项目1 方向1 "新能源汽车整车" lists under 申报要求
"或以龙头企业为主体，培育建设自治区级（含）以上重大创新平台" — a target, not a platform to hold.
"""

from __future__ import annotations

from bot.sandbox.driver import Conversation


async def _card(user: Conversation, query: str, title: str) -> dict:
    await user.send(query)
    await user.press(title)
    return await user.last()


async def test_a_conditional_matching_rule_keeps_its_condition(wang: Conversation) -> None:
    card = await _card(wang, "金属新材料关键技术研究与应用 防城港", "金属新材料关键技术研究与应用")
    assert "金属新材料关键技术研究与应用" in card["text"]
    assert "非企业牵头时，参与企业按其所占经费的 3 倍配套" in card["text"]
    assert "180" not in card["text"] and "需自筹约" not in card["text"]
    await wang.press("🔍 资格详情")
    details = await wang.last()
    assert "非企业牵头时，参与企业按其所占经费的3倍配套" in details["text"]
    assert "不按资助总额折算" in details["text"]


async def test_a_target_platform_is_not_a_requirement(wang: Conversation) -> None:
    card = await _card(wang, "新能源汽车整车 南宁", "新能源汽车整车")
    assert "新能源汽车整车" in card["text"]
    assert "须为" not in card["text"] and "自治区级平台" not in card["text"]
