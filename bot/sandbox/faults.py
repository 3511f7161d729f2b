"""Injected failures: make the next N calls of a method fail or stall, like a bad day at Telegram.

Tests use this to show the bot survives 429s, blocked users, server errors and slow answers
without having to provoke them for real.
"""

from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any


class FaultKind(StrEnum):
    TOO_MANY_REQUESTS = "429"
    FORBIDDEN = "403"
    SERVER_ERROR = "500"
    DELAY = "delay"  # answer late, but the call still takes effect (as Telegram often does)
    TIMEOUT = "timeout"  # answer late and do nothing, like a request lost on the way
    # take effect at once, answer late: Telegram has accepted the message while the bot still
    # waits, which is the moment a crash leaves a send recorded nowhere but at Telegram
    LATE_ANSWER = "late_answer"


@dataclass
class Fault:
    """One injected failure rule; ``method`` "*" matches every method."""

    method: str
    kind: FaultKind
    count: int = 1
    retry_after: int = 5
    delay: float = 10.0
    chat_id: int | None = None

    def matches(self, method: str, chat_id: int | None) -> bool:
        if self.method != "*" and self.method.lower() != method.lower():
            return False
        return self.chat_id is None or self.chat_id == chat_id

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "kind": self.kind.value}


class FaultPlan:
    """The pending fault rules, consumed one call at a time in the order they were added."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []

    def add(self, fault: Fault) -> None:
        if fault.count > 0:
            self._faults.append(fault)

    def take(self, method: str, chat_id: int | None) -> Fault | None:
        """The fault to apply to this call, if any, counting it as used."""
        for fault in self._faults:
            if fault.matches(method, chat_id):
                fault.count -= 1
                if fault.count <= 0:
                    self._faults.remove(fault)
                return fault
        return None

    def pending(self) -> list[Fault]:
        return list(self._faults)

    def clear(self) -> None:
        self._faults.clear()
