"""Every Bot API call the bot made, with parameters and outcome, for tests to assert on."""

import itertools
from typing import Any


class CallLog:
    """An append-only list of calls, numbered so a reader can ask for the ones after N."""

    def __init__(self) -> None:
        self._calls: list[dict[str, Any]] = []
        self._seq = itertools.count(1)

    def record(
        self,
        method: str,
        token: str,
        params: dict[str, Any],
        status: int,
        description: str | None = None,
    ) -> None:
        self._calls.append(
            {
                "seq": next(self._seq),
                "method": method,
                "token": token,
                "params": params,
                "status": status,
                "ok": status == 200,
                "description": description,
            }
        )

    def query(self, method: str | None = None, since: int = 0) -> list[dict[str, Any]]:
        """Calls after seq ``since``, optionally of one method (case-insensitive)."""
        return [
            call
            for call in self._calls
            if call["seq"] > since and (method is None or call["method"].lower() == method.lower())
        ]

    def clear(self) -> None:
        self._calls.clear()

    def __len__(self) -> int:
        return len(self._calls)

    def tail(self, start: int) -> list[dict[str, Any]]:
        """Calls from position ``start`` on: cheap incremental reading for load tests."""
        return self._calls[start:]
