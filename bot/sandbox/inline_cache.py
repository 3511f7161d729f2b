"""Telegram's server-side cache of inline answers.

Bot API, answerInlineQuery: ``cache_time`` is "the maximum amount of time in seconds that the
result of the inline query may be cached on the server. Defaults to 300"; ``is_personal``:
"Pass True if results may be cached on the server side only for the user that sent the query.
By default, results may be returned to any user who sends the same query." So while an answer
is cached, the same query text (and offset) from another user, or a personal answer's own user,
is answered from the cache and the bot never sees it: an answer that depends on who asks but is
not marked personal reaches the wrong people.
"""

from dataclasses import dataclass
from typing import Any

DEFAULT_CACHE_TIME = 300  # seconds, Telegram's default


@dataclass(frozen=True)
class CachedAnswer:
    answer: dict[str, Any]
    user_id: int | None  # None: shared with everyone who sends the same query
    expires_at: float


class InlineCache:
    """Answers by (query, offset), shared or per user, until their cache_time runs out."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, str, int | None], CachedAnswer] = {}

    def store(self, query: str, offset: str, user_id: int, answer: dict[str, Any],
              now: float) -> None:
        cache_time = int(answer.get("cache_time") or 0)
        if cache_time <= 0:
            return
        owner = user_id if answer.get("is_personal") else None
        self._entries[(query, offset, owner)] = CachedAnswer(answer, owner, now + cache_time)

    def lookup(self, query: str, offset: str, user_id: int, now: float) -> dict[str, Any] | None:
        """The cached answer this user would be shown for this query, if any."""
        for owner in (user_id, None):
            entry = self._entries.get((query, offset, owner))
            if entry is not None and entry.expires_at > now:
                return entry.answer
        return None

    def clear(self) -> None:
        self._entries.clear()
