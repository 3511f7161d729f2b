"""The support desk's pure parts: which group a question goes to, FAQ matching, and the
ticket post and its buttons as staff see them (records live in bot/db/desk.py)."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from bot.buttons import CloseTicket, SaveFaq
from bot.catalogue.models import Leaf
from bot.db.desk import Faq, Ticket
from bot.i18n import t
from bot.keyboards import Keyboard, button
from bot.render import esc, short

FAQ_THRESHOLD = 80
STAFF_LANG = "zh_CN"  # posts in the support group are written for the staff

# --------------------------------------------------------------------------- pure helpers


def support_chat_for(city: str | None, default: int | None,
                     per_city: dict[str, int]) -> int | None:
    """The support group for a question about `city`: the city's own, else the default."""
    if city and city in per_city:
        return per_city[city]
    return default


def _normal(text: str) -> str:
    """Lower case, punctuation dropped, CJK characters spaced so token matching sees them."""
    text = re.sub(r"[^\w\s]", " ", text.lower())
    text = re.sub(r"([\u4e00-\u9fff])", r" \1 ", text)
    return " ".join(text.split())


def faq_score(question: str, faq_question: str) -> float:
    a, b = _normal(question), _normal(faq_question)
    if not a or not b:
        return 0.0
    return max(fuzz.token_set_ratio(a, b), fuzz.partial_ratio(a, b) if min(len(a), len(b)) >= 7
               else 0.0)


def match_faq(question: str, faqs: list[Faq], threshold: float = FAQ_THRESHOLD) -> Faq | None:
    """The saved FAQ that best matches a question, when it matches well enough."""
    scored = [(faq_score(question, faq.question), faq) for faq in faqs]
    best = max(scored, key=lambda pair: pair[0], default=None)
    return best[1] if best is not None and best[0] >= threshold else None


def ticket_post(ticket: Ticket, leaf: Leaf | None, closed_by: str | None = None) -> str:
    """The ticket as staff see it in the support group: who, about what, the question."""
    lang = STAFF_LANG
    who = ticket.user_name + (f" @{ticket.username}" if ticket.username else "")
    lines = [f"🎫 <b>{esc(t(lang, 'support.post_title', n=ticket.id))}</b>",
             esc(t(lang, "support.post_user", name=who, id=ticket.user_id,
                   language=ticket.lang))]
    if leaf is not None:
        lines.append(esc(t(lang, "support.post_leaf", title=short(leaf.title, 40), id=leaf.id,
                           city=leaf.city)))
    if ticket.context:
        lines.append(esc(t(lang, "support.post_context", context=ticket.context)))
    lines.append(f"❓ <b>{esc(ticket.question)}</b>")
    if closed_by is not None:
        lines.append(esc(t(lang, "support.post_closed", name=closed_by)))
    else:
        lines.append(f"<i>{esc(t(lang, 'support.post_hint'))}</i>")
    return "\n".join(lines)


def ticket_keyboard(ticket: Ticket, answered: bool) -> Keyboard:
    """Close, and (once staff answered a question about a direction) save as FAQ."""
    row = [button(t(STAFF_LANG, "support.btn_close", n=ticket.id), CloseTicket(ticket.id))]
    if answered and ticket.leaf_id:
        row.append(button(t(STAFF_LANG, "support.btn_faq"), SaveFaq(ticket.id)))
    return [row]
