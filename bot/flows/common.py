"""What the workflows take and give: who is acting where, and what to show them.

A workflow never talks to Telegram's types. It gets an `Actor` (the user, their language, the
chat they act in) and returns a `Reply`: screens to show in that chat (the first may replace
the message whose button was pressed), and a short answer for the pressed button. Messages to
other chats (a support group, a user who is not the actor) go through the `Messenger`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.keyboards import Keyboard
from bot.messenger import Prompt


@dataclass(frozen=True)
class Actor:
    """A user acting in a chat, in the language the bot speaks to them."""

    user_id: int
    chat_id: int
    lang: str
    first_name: str = ""
    username: str | None = None
    private: bool = True
    chat_title: str | None = None

    @property
    def owner(self) -> int:
        """Whose buttons these are: in a group, only the actor may press them."""
        return 0 if self.private else self.user_id


@dataclass(frozen=True)
class Screen:
    """One message: HTML text (or plain text with html=False) and its buttons; or a file."""

    text: str
    keyboard: Keyboard | None = None
    html: bool = True
    prompt: Prompt | None = None  # asks for a typed answer: its id becomes the step's prompt
    document: bytes | str | None = None  # file content, or a Telegram file id
    filename: str | None = None
    card: str | None = None  # the direction this message shows (replies ask about it)
    reply_to: int | None = None


@dataclass(frozen=True)
class Reply:
    """What the actor sees: screens in order, and the pressed button's answer."""

    screens: tuple[Screen, ...] = ()
    toast: str | None = None
    alert: bool = False  # the toast as a dialog the user must close
    edit: bool = True  # the first screen replaces the pressed message when it can

    @classmethod
    def of(cls, *screens: Screen, toast: str | None = None, alert: bool = False,
           edit: bool = True) -> Reply:
        return cls(screens=screens, toast=toast, alert=alert, edit=edit)

    @classmethod
    def say(cls, toast: str, *, alert: bool = False) -> Reply:
        """Only answer the pressed button (a toast, or a dialog with alert=True)."""
        return cls(toast=toast, alert=alert)

    def then(self, *more: Screen) -> Reply:
        return Reply(self.screens + more, self.toast, self.alert, self.edit)


NOTHING = Reply()


@dataclass
class Refusal(Exception):
    """An action the actor may not take; the reply says so (the attempt is logged)."""

    reply: Reply = field(default_factory=Reply)
    action: str = ""
