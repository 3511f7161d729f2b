"""What a message may hold, checked as Telegram checks it: text, captions and reply markup."""

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.sandbox.errors import ApiError, bad_request
from bot.sandbox.params import Params
from bot.telegram_html import HtmlParseError, ParsedText, parse_html, strip_text, utf16_len

MAX_TEXT_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_CALLBACK_DATA_BYTES = 64
MAX_INLINE_BUTTONS = 100
_BUTTON_ACTIONS = frozenset(
    {
        "callback_data",
        "url",
        "switch_inline_query",
        "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat",
        "web_app",
        "login_url",
        "pay",
        "copy_text",
        "callback_game",
    }
)
# Fields an InlineKeyboardButton may carry (Bot API, InlineKeyboardButton); Telegram keeps
# only these, so anything else a bot sends is not echoed back.
_BUTTON_FIELDS = _BUTTON_ACTIONS | {"text", "style", "icon_custom_emoji_id"}
_URL_SCHEMES = ("http://", "https://", "tg://")
_USER_LINK = re.compile(r"tg://user\?id=(\d+)")

Mention = Callable[[int], dict[str, Any] | None]  # user id → the User object, if mentionable


def _no_mentions(user_id: int) -> dict[str, Any] | None:
    return None


@dataclass
class FormattedText:
    """Visible text with entities, plus the HTML it came from (None for other parse modes)."""

    text: str
    entities: list[dict[str, Any]]
    html: str | None


@dataclass
class Markup:
    """reply_markup split as Telegram treats it: only inline keyboards stay on the message."""

    inline: dict[str, Any] | None = None
    keyboard: dict[str, Any] | None = None


def parse_text(raw: str, parse_mode: str | None, entities: Any,
               mention: Mention = _no_mentions) -> FormattedText:
    """Visible text and entities as Telegram stores them, or the error it gives."""
    mode = (parse_mode or "").lower()
    if mode == "html":
        try:
            parsed = parse_html(raw)
        except HtmlParseError as error:
            raise bad_request(f"can't parse entities: {error}") from None
        stripped = strip_text(parsed)
        return FormattedText(stripped.text, _mentions(stripped.entities, mention), raw)
    if mode not in ("", "markdown", "markdownv2"):
        raise bad_request(f"unsupported parse_mode {parse_mode}")
    # Markdown is stored as sent; Zhinan renders HTML, so the sandbox does not parse Markdown.
    given = entities if isinstance(entities, list) else []
    stripped = strip_text(ParsedText(raw, given))
    return FormattedText(stripped.text, stripped.entities, None)


def _mentions(entities: list[dict[str, Any]], mention: Mention) -> list[dict[str, Any]]:
    """Links to tg://user?id=<user_id> mention that user by id (Bot API, "Formatting options"):
    Telegram stores them as text_mention entities carrying the User, not as text_link. An id
    the bot cannot mention is refused, as Telegram refuses it (ENTITY_MENTION_USER_INVALID)."""
    resolved = []
    for entity in entities:
        match = _USER_LINK.fullmatch(str(entity.get("url", "")))
        if entity["type"] == "text_link" and match:
            user = mention(int(match.group(1)))
            if user is None:
                raise bad_request("ENTITY_MENTION_USER_INVALID")
            entity = {"type": "text_mention", "offset": entity["offset"],
                      "length": entity["length"], "user": user}
        resolved.append(entity)
    return resolved


def message_text(params: Params, mention: Mention = _no_mentions) -> FormattedText:
    """The text of sendMessage / editMessageText, or the error Telegram gives for it."""
    formatted = parse_text(
        params.text("text") or "", params.text("parse_mode"), params.json("entities"), mention
    )
    if not formatted.text:
        raise bad_request("message text is empty")
    if utf16_len(formatted.text) > MAX_TEXT_LENGTH:
        raise bad_request("message is too long")
    return formatted


def caption(params: Params, mention: Mention = _no_mentions) -> FormattedText | None:
    """An optional caption (documents, copies); None when absent or blank."""
    raw = params.text("caption")
    if not raw:
        return None
    formatted = parse_text(raw, params.text("parse_mode"), params.json("caption_entities"),
                           mention)
    if utf16_len(formatted.text) > MAX_CAPTION_LENGTH:
        raise bad_request("message caption is too long")
    return formatted if formatted.text else None


def reply_markup(params: Params) -> Markup:
    """Validate reply_markup; inline keyboards must pass Telegram's button checks."""
    markup = params.json("reply_markup")
    if markup is None:
        return Markup()
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" not in markup:
        return Markup(keyboard=markup)
    return Markup(inline=inline_keyboard(markup))


def inline_keyboard(markup: Any) -> dict[str, Any] | None:
    """An InlineKeyboardMarkup as Telegram keeps it (None when it has no buttons), or the
    error Telegram gives for it."""
    rows = markup.get("inline_keyboard") if isinstance(markup, dict) else None
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array')
    if sum(len(row) for row in rows) > MAX_INLINE_BUTTONS:
        raise bad_request("reply markup is too long")
    kept = [[_check_button(button) for button in row] for row in rows]
    return {"inline_keyboard": kept} if any(kept) else None


def _check_button(button: Any) -> dict[str, Any]:
    """One button, checked, with only the fields Telegram knows."""
    if not isinstance(button, dict) or not button.get("text"):
        raise bad_request("can't parse inline keyboard button: Text buttons are unallowed")
    if not _BUTTON_ACTIONS & button.keys():
        raise bad_request(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
        )
    if "callback_data" in button:
        data = button["callback_data"]
        size = len(data.encode("utf-8")) if isinstance(data, str) else 0
        if not 1 <= size <= MAX_CALLBACK_DATA_BYTES:
            raise bad_request("BUTTON_DATA_INVALID")
    if "url" in button and not str(button["url"]).startswith(_URL_SCHEMES):
        raise bad_request(
            f"inline keyboard button URL '{button['url']}' is invalid: Wrong HTTP URL"
        )
    return {name: value for name, value in button.items() if name in _BUTTON_FIELDS}


def not_modified() -> ApiError:
    return bad_request(
        "message is not modified: specified new message content and reply markup are exactly "
        "the same as a current content and reply markup of the message"
    )
