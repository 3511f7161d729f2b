"""From a company profile to filtered results, through the sandbox."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.bench import publish
from bot.catalogue.loader import load_catalogue
from bot.config import Settings
from bot.sandbox.driver import Conversation, buttons


async def _fill_profile(wang: Conversation) -> None:
    await wang.send("/profile")
    await wang.press("企业")
    await wang.press("百色")
    await wang.press("国家高新技术企业")
    await wang.press("下一步")
    await wang.send("3000万")
    await wang.send("一百五十万")  # R&D spend: below 百色's 300万 threshold
    await wang.press("市级")
    await wang.press("跳过")


@pytest.mark.both_backends
async def test_profile_dialog_then_card_verdict_and_filtered_results(wang: Conversation) -> None:
    await _fill_profile(wang)
    saved = await wang.last()
    assert saved["text"].startswith("已保存")
    assert "上年度研发投入：150 万元" in saved["text"]
    assert "国家高新技术企业：是" in saved["text"]

    await wang.send("/find")
    await wang.press("百色 (")
    await wang.press("不限 (")
    await wang.press("不限 (")
    results = await wang.last()
    assert "✅ 只看我能申报的" in [b["text"] for b in buttons(results)]
    await wang.press("✅ 只看我能申报的")
    filtered = await wang.last()
    assert "已隐藏 6 个您不符合条件的方向" in filtered["text"]
    assert "上年度研发投入 ≥ 300万元" in filtered["text"]

    await wang.press("↩ 显示全部方向")
    await wang.press("1. ")
    card = await wang.last()
    assert "🧾 符合 1/2 项，1 项不符合" in card["text"]
    await wang.press("🔍 资格详情")
    details = await wang.last()
    assert "❌ 上年度研发投入 ≥ 300万元" in details["text"]
    assert "「" in details["text"]  # the source sentence is quoted


@pytest.mark.both_backends
async def test_forget_asks_first_then_removes_everything(wang: Conversation) -> None:
    await _fill_profile(wang)
    await wang.send("人工智能 防城港")
    await wang.press("1. ")
    await wang.press("🔔 订阅提醒")
    await wang.send("/forget")
    question = await wang.last()
    assert question["text"].startswith("要删除我们保存的关于您的一切吗")
    await wang.press("保留")
    assert (await wang.last())["text"] == "好的，什么都没有删除。"
    await wang.send("/subscriptions")
    assert "1. " in (await wang.last())["text"]  # still following

    await wang.send("/forget")
    await wang.press("🗑 全部删除")
    assert (await wang.last())["text"].startswith("已删除")
    await wang.send("/subscriptions")
    assert "还没有订阅" in (await wang.last())["text"]
    await wang.send("人工智能 防城港")
    await wang.press("1. ")
    assert "填写企业画像后可自动判断" in (await wang.last())["text"]


def test_eligibility_command_prints_conditions_and_verdicts(settings: Settings,
                                                            tmp_path: Path) -> None:
    publish(settings.db, load_catalogue(settings.data_dir)[0])
    profile = tmp_path / "profile.json"
    profile.write_text(json.dumps({"applicant_kind": "enterprise", "rd_spend_wan": 150}))
    result = subprocess.run([sys.executable, "-m", "bot", "eligibility", "bs25-001",
                             "--profile", str(profile), "--json"], capture_output=True,
                            text=True, check=True)
    data = json.loads(result.stdout)
    assert data["id"] == "bs25-001"
    rd = next(c for c in data["conditions"] if c["kind"] == "min_rd_spend")
    assert (rd["verdict"], rd["value"]) == ("not_met", 300)
    assert "企业上年度研发投入在300万元以上" in rd["source"]
