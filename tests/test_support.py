"""The support desk: tickets and their limits, threads, FAQs, moved chats, deep links — on both
databases — and the pure parts (FAQ matching, which group, the ticket post)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.buttons import CloseTicket, SaveFaq
from bot.db import Storage
from bot.db.desk import Desk, Faq, NewTicket, Ticket
from bot.flows.privately import decode_keyboard, encode_keyboard
from bot.keyboards import Button
from bot.support import faq_score, match_faq, support_chat_for, ticket_keyboard, ticket_post

NOW = datetime(2025, 6, 10, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
SUPPORT, GROUP, NEW = -2002, -2001, -1000000002002


@pytest.fixture
def desk(storage: Storage) -> Desk:
    return storage.desk


def _new(user_id: int = 1001, question: str = "申报书模板在哪里下载？", chat: int = 1001,
         leaf: str | None = "gl22-001") -> NewTicket:
    return NewTicket(user_id=user_id, user_name="王经理", username="wang_sme", lang="zh_CN",
                     origin_chat_id=chat, origin_message_id=7, leaf_id=leaf, context="",
                     question=question, support_chat_id=SUPPORT)


async def _open(desk: Desk, new: NewTicket, now: datetime = NOW, max_open: int = 3,
                per_minute: int = 5) -> Ticket:
    ticket = await desk.open(new, now, max_open, per_minute)
    assert isinstance(ticket, Ticket), ticket
    return ticket


async def test_open_ticket_and_find_it_by_its_messages(desk: Desk) -> None:
    ticket = await _open(desk, _new())
    assert (ticket.id, ticket.status, ticket.post_message_id) == (1, "open", None)
    await desk.set_post(ticket.id, SUPPORT, 40)
    await desk.link(1001, 9, ticket.id, "relay")
    assert await desk.by_message(SUPPORT, 40) == (await desk.get(1), "post")
    found = await desk.by_message(1001, 9)
    assert found is not None and found[1] == "relay"
    assert await desk.by_message(SUPPORT, 41) is None
    assert [t.id for t in await desk.open_tickets(SUPPORT)] == [1]
    assert await desk.open_tickets(-99) == []


async def test_a_user_holds_at_most_max_open_tickets(desk: Desk) -> None:
    for minute in range(3):
        await _open(desk, _new(), NOW + timedelta(minutes=minute))
    assert await desk.open(_new(), NOW + timedelta(minutes=5), 3, 5) == "too_many"
    assert isinstance(await desk.open(_new(user_id=1002, chat=1002), NOW, 3, 5), Ticket)
    await desk.close(1, 1003, NOW)
    assert isinstance(await desk.open(_new(), NOW + timedelta(minutes=6), 3, 5), Ticket)


async def test_a_user_cannot_flood_the_support_group(desk: Desk) -> None:
    ticket = await _open(desk, _new(), per_minute=3)
    assert await desk.note_user_message(ticket.id, 1001, "补充一", NOW, 3)
    assert await desk.note_user_message(ticket.id, 1001, "补充二", NOW, 3)
    assert not await desk.note_user_message(ticket.id, 1001, "补充三", NOW, 3)
    assert await desk.open(_new(question="另一个问题"), NOW, 3, 3) == "too_fast"
    later = NOW + timedelta(minutes=1, seconds=1)
    assert await desk.note_user_message(ticket.id, 1001, "补充三", later, 3)
    assert await desk.thread(ticket.id) == [("user", "申报书模板在哪里下载？"), ("user", "补充一"),
                                            ("user", "补充二"), ("user", "补充三")]


async def test_close_once_and_staff_answers(desk: Desk) -> None:
    ticket = await _open(desk, _new())
    assert await desk.last_staff_answer(ticket.id) is None
    assert await desk.note_staff_answer(ticket.id, 1003, "在科技局官网下载", NOW) is True
    assert await desk.note_staff_answer(ticket.id, 1003, "附件三", NOW) is False
    assert await desk.last_staff_answer(ticket.id) == "附件三"
    closed = await desk.close(ticket.id, 1003, NOW)
    assert closed is not None and (closed.status, closed.closed_by) == ("closed", 1003)
    assert await desk.close(ticket.id, 1003, NOW) is None
    assert await desk.close(99, 1003, NOW) is None
    assert await desk.open_tickets() == []


async def test_a_migrated_chat_is_followed_and_open_posts_are_reported(desk: Desk) -> None:
    posted = await _open(desk, _new())
    await desk.set_post(posted.id, SUPPORT, 40)
    unposted = await _open(desk, _new(user_id=1002, chat=GROUP), NOW + timedelta(minutes=1))
    closed = await _open(desk, _new(user_id=1003, chat=1003))
    await desk.set_post(closed.id, SUPPORT, 41)
    await desk.close(closed.id, 1003, NOW)
    assert await desk.move_chat(SUPPORT, NEW, NOW) == [posted.id, unposted.id]
    assert await desk.move_chat(SUPPORT, NEW, NOW) is None  # the second notice changes nothing
    assert await desk.resolve_chat(SUPPORT) == NEW
    assert await desk.resolve_chat(NEW) == NEW
    moved = await desk.get(posted.id)
    assert moved is not None and (moved.support_chat_id, moved.post_message_id) == (NEW, None)
    await desk.move_chat(GROUP, -1000000002001, NOW)  # the user's group moved too
    origin = await desk.get(unposted.id)
    assert origin is not None
    assert (origin.origin_chat_id, origin.origin_message_id) == (-1000000002001, None)


async def test_resolve_chat_survives_a_loop(desk: Desk) -> None:
    await desk.move_chat(-1, -2, NOW)
    await desk.move_chat(-2, -1, NOW)
    assert await desk.resolve_chat(-1) in (-1, -2)


async def test_deep_links_are_for_their_user_only(desk: Desk) -> None:
    keyboard = [[Button("1. 标题", "z2|c|gl22-001|s|-.-.-.0|rt")],
                [Button("↗️", share="gl22-001")], [Button("打开", url="https://t.me/x")]]
    token = await desk.save_link(1001, "<b>结果</b>", encode_keyboard(keyboard), NOW)
    assert len(token) == 16
    found = await desk.load_link(token, 1001)
    assert found is not None and (found[0], decode_keyboard(found[1])) == ("<b>结果</b>",
                                                                           keyboard)
    assert await desk.load_link(token, 1002) is None
    await desk.save_link(1002, "x", [], NOW + timedelta(days=3))  # old links are swept on save
    assert await desk.load_link(token, 1001) is None


async def test_faqs_per_direction(desk: Desk) -> None:
    faq_id = await desk.add_faq("gl22-001", "申报书模板在哪里下载？", "在科技局官网下载。", 1, 1003, NOW)
    assert await desk.faqs("gl22-001") == [Faq(faq_id, "gl22-001", "申报书模板在哪里下载？",
                                         "在科技局官网下载。")]
    assert await desk.faqs("gl22-002") == []


FAQS = [Faq(1, "gl22-001", "申报书模板在哪里下载？", "官网"),
        Faq(2, "gl22-001", "可以和高校联合申报吗？", "可以"),
        Faq(3, "gl22-001", "Where can I download the application form?", "website")]


@pytest.mark.parametrize(("question", "faq_id"), [
    ("申报书模板在哪里下载？", 1),
    ("申报书模板在哪下载", 1),
    ("模板在哪里下载", 1),
    ("请问申报书模板哪里可以下载呢", 1),
    ("能和高校联合申报吗", 2),
    ("可以跟高校联合申报么？", 2),
    ("where can I download the application form", 3),
    ("where to download the application form?", 3),
    ("资助多少", None),
    ("什么时候截止", None),
    ("how much", None),
    ("", None),
])
def test_faq_matching(question: str, faq_id: int | None) -> None:
    hit = match_faq(question, FAQS)
    assert (hit.id if hit else None) == faq_id, [faq_score(question, f.question) for f in FAQS]


@pytest.mark.parametrize(("city", "expected"), [
    ("南宁", -100), ("桂林", -2002), (None, -2002),
])
def test_support_chat_per_city(city: str | None, expected: int) -> None:
    assert support_chat_for(city, -2002, {"南宁": -100}) == expected
    assert support_chat_for(city, None, {}) is None


async def test_ticket_post_and_keyboard(desk: Desk, catalogue: list) -> None:
    leaf = next(leaf for g in catalogue for leaf in g.leaves if leaf.id == "gl22-001")
    ticket = await _open(desk, _new(question="<模板> & 下载？"))
    text = ticket_post(ticket, leaf)
    assert "工单 #1" in text and "王经理 @wang_sme（id 1001，zh_CN）" in text
    assert "优势产业关键核心技术研发与产业化（gl22-001，桂林）" in text
    assert "&lt;模板&gt; &amp; 下载？" in text
    assert "已由 李客服 关闭" in ticket_post(ticket, leaf, closed_by="李客服")
    assert [b.data for b in ticket_keyboard(ticket, False)[0]] == [CloseTicket(1).pack()]
    assert [b.data for b in ticket_keyboard(ticket, True)[0]] == [CloseTicket(1).pack(),
                                                                 SaveFaq(1).pack()]
    no_leaf = await _open(desk, _new(leaf=None), NOW + timedelta(minutes=1))
    assert len(ticket_keyboard(no_leaf, True)[0]) == 1
