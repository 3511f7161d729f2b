"""A bureau publishes a guideline in chat (/guideline): preview, corrections, publish, announce
once; roles checked; a shrinking reload confirmed; what was previewed is what is published."""

from __future__ import annotations

import base64
import io
import tomllib
from pathlib import Path
from typing import Any

import docx
import pytest

from bot.config import Settings
from bot.demo import Harness
from bot.sandbox.driver import Conversation, SandboxClient, buttons, has
from tests.conftest import LI, WANG
from tests.pdf_layout import exported

SHAPES = Path(__file__).parent / "data"
QINZHOU = (SHAPES / "guidelines" / "qinzhou_2026.txt").read_bytes()


@pytest.fixture
def li(client: SandboxClient, harness: Harness) -> Conversation:
    """李客服, the superadmin."""
    assert harness.core is not None
    harness.core.settings.admin_ids = frozenset({LI})
    return Conversation(client, LI)


def upload(name: str, data: bytes) -> dict[str, Any]:
    return {"document": {"file_name": name, "content_base64": base64.b64encode(data).decode()}}


async def new_messages(conversation: Conversation, before: int) -> list[dict[str, Any]]:
    return (await conversation.bot_messages())[before:]


async def send_file(conversation: Conversation, name: str, data: bytes) -> list[dict[str, Any]]:
    before = len(await conversation.bot_messages())
    await conversation.send("", **upload(name, data))
    return await new_messages(conversation, before)


@pytest.mark.both_backends
async def test_a_new_guideline_is_previewed_published_and_announced_once(
        li: Conversation, wang: Conversation, client: SandboxClient,
        settings: Settings) -> None:
    await wang.send("/start")
    await wang.send("锂电池")  # a saved search the new guideline matches
    await wang.press("🔔 保存此搜索")
    await li.send("/guideline")
    assert "请发送指南文件" in (await li.last())["text"]
    shown = await send_file(li, "钦州指南.txt", QINZHOU)
    preview, *samples = shown
    assert "2026年钦州市科技计划项目申报指南" in preview["text"]
    assert "钦州 · 2026年 · 钦州市科学技术局" in preview["text"]
    assert "识别出 15 个申报方向" in preview["text"] and "这是一份新指南" in preview["text"]
    assert len(samples) == 2 and all("📄" in card["text"] for card in samples)
    assert [b["text"] for b in buttons(preview)] == ["✅ 发布", "✏️ 更正信息", "✖ 取消"]

    since = await client.mark()
    await li.press("✅ 发布", message=preview)
    done = await li.last()
    assert "已发布《2026年钦州市科技计划项目申报指南》：15 个方向" in done["text"]
    told = await client.wait_for(WANG, has("钦州"), since=since)
    assert "🆕" in told["text"]

    entries = tomllib.loads((settings.data_dir / "catalogue.toml").read_text("utf-8"))
    qinzhou = [g for g in entries["guideline"] if g["city"] == "钦州"]
    assert len(qinzhou) == 1 and qinzhou[0]["key"] == "qz26"
    assert (settings.data_dir / qinzhou[0]["source_file"]).read_bytes().replace(b"\r", b"") \
        == QINZHOU.replace(b"\r", b"")

    await wang.send("钦州的锂电池项目")  # the new city is read as a condition
    found = (await wang.last())["text"]
    assert "按条件：钦州" in found and "锂电池正极材料及电解液关键技术研究" in found

    await li.send("/guideline")  # the same document again: an update, nobody told twice
    again = await send_file(li, "钦州指南.txt", QINZHOU)
    assert "与已发布版本相比没有变化" in again[0]["text"]
    await li.press("✅ 发布", message=again[0])
    assert "已更新《2026年钦州市科技计划项目申报指南》" in (await li.last())["text"]
    await wang.send("/help")
    assert sum("🆕" in m["text"] for m in await wang.bot_messages()) == 1


async def test_missing_metadata_is_asked_for_and_corrections_are_previewed(
        li: Conversation) -> None:
    text = "\n".join([  # a document that never says whose or which year it is
        "一、工业振兴科技专项",
        "本专项支持项目执行期：2年，由企业牵头申报。",
        "（一）糖业循环经济关键技术",
        "1.研究内容：蔗渣高值化利用。",
        "2.资助金额：不超过100万元/项。",
        "（二）铝加工新材料",
        "1.研究内容：高性能铝合金。",
        "2.资助金额：50万元。"])
    await li.send("/guideline")
    preview = (await send_file(li, "guide.txt", text.encode()))[0]
    assert "识别出 2 个申报方向" in preview["text"]
    assert "原文没有写明城市、年份、标题" in preview["text"]
    assert "✅ 发布" not in [b["text"] for b in buttons(preview)]
    await li.press("✏️ 更正信息", message=preview)
    await li.send("城市：岑溪\n年份：2026")  # a city the bot has no short name for
    still = (await li.bot_messages())[-3]
    assert "原文没有写明标题、城市英文名、编号" in still["text"]
    await li.send("标题：2026年岑溪市科技计划项目申报指南\n英文名：Cenxi\n编号：cx26")
    ready = (await li.bot_messages())[-3]
    assert "岑溪 · 2026年" in ready["text"] and "✅ 发布" in [b["text"] for b in buttons(ready)]
    await li.send("城市 钦州")  # not a "label：value" line
    assert "没看懂这些更正" in (await li.last())["text"]


async def test_a_word_document_is_read(li: Conversation) -> None:
    document = docx.Document()
    for line in QINZHOU.decode("utf-8").splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    await li.send("/guideline")
    preview = (await send_file(li, "钦州指南.docx", buffer.getvalue()))[0]
    assert "识别出 15 个申报方向" in preview["text"]


async def test_a_pdf_as_word_exports_it_is_read_and_published(li: Conversation) -> None:
    """The bureau's PDF (justified lines, wrapped headings, running headers, page numbers)
    previews the same directions as its text, and publishes."""
    pdf, _ = exported(QINZHOU.decode("utf-8").splitlines())
    await li.send("/guideline")
    preview = (await send_file(li, "钦州指南.pdf", pdf))[0]
    assert "识别出 15 个申报方向" in preview["text"]
    await li.press("✅ 发布", message=preview)
    assert "已发布《2026年钦州市科技计划项目申报指南》：15 个方向" in (await li.last())["text"]


async def test_a_scanned_pdf_is_refused_in_the_readers_language(li: Conversation) -> None:
    """A scan has no text to read: the admin is told so, and what to send instead, in Chinese
    (not the parser's English file:line reason)."""
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    scan = canvas.Canvas(out)
    scan.rect(40, 40, 500, 700, fill=1)  # a page image, no text layer
    scan.showPage()
    scan.save()
    await li.send("/guideline")
    refused = (await send_file(li, "扫描件.pdf", out.getvalue()))[0]
    assert refused["text"] == ("“扫描件.pdf”是扫描件，没有可读取的文字层。"
                               "请发送 Word 版（.docx）或能复制文字的 PDF。")


async def test_other_chats_are_answered_while_a_document_is_read(
        li: Conversation, wang: Conversation, client: SandboxClient,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading a long PDF takes a second or two: it happens beside the event loop, so another
    user's message is answered meanwhile. (The reading here waits, up to 20 s, until that
    answer has come: were it on the loop, the answer could not come first.)"""
    import threading

    from bot.flows import guidelines

    answered = threading.Event()
    waited: list[bool] = []
    real = guidelines.preview

    def slow_preview(*args: Any, **kwargs: Any) -> Any:
        waited.append(answered.wait(timeout=20))
        return real(*args, **kwargs)

    monkeypatch.setattr(guidelines, "preview", slow_preview)
    await li.send("/guideline")
    since = await client.mark()
    await li.post("", **upload("钦州指南.txt", QINZHOU))
    await wang.send("/start")
    answered.set()
    await client.wait_for(LI, has("识别出 15 个申报方向"), since=since)
    assert waited and waited[0]


async def test_roles_are_checked_on_the_document_and_on_publishing(
        li: Conversation, wang: Conversation, client: SandboxClient) -> None:
    await wang.send("/guideline")
    assert (await wang.last())["text"] == "抱歉，您没有执行此操作的权限。"
    await wang.send("/start")
    await li.send(f"/grant {WANG} 南宁")
    await wang.send("/guideline")
    refused = (await send_file(wang, "钦州指南.txt", QINZHOU))[0]
    assert refused["text"] == "这份指南属于钦州，您只能发布南宁的指南。"
    await wang.send("钦州的锂电池项目")  # nothing was published
    assert "锂电池正极材料" not in (await wang.last())["text"]


async def test_a_reload_that_drops_directions_needs_a_second_look(
        li: Conversation, settings: Settings) -> None:
    entries = tomllib.loads((settings.data_dir / "catalogue.toml").read_text("utf-8"))
    baise = next(g for g in entries["guideline"] if g["city"] == "百色")
    lines = (settings.data_dir / baise["source_file"]).read_text("utf-8").splitlines()
    half = "\n".join(lines[: len(lines) // 2]).encode()
    await li.send("/guideline")
    preview = (await send_file(li, "百色.txt", half))[0]
    assert "发布后将删除已发布版本中的" in preview["text"]
    assert buttons(preview)[0]["text"] == "⚠️ 仍然发布（删除方向）"
    await li.send("/guideline")  # another upload: the old preview's buttons are stale
    newer = (await send_file(li, "百色.txt", half + b"\n"))[0]
    assert buttons(newer)[0]["text"] == "⚠️ 仍然发布（删除方向）"
    stale = await li.press("仍然发布", message=preview)
    assert stale["answer"]["text"] == "这个按钮已过期，请发送 /start 重新开始。"
    await li.press("仍然发布", message=newer)
    assert "已更新《2025年百色市科技计划项目申报指南》" in (await li.last())["text"]
