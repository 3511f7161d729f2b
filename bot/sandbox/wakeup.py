"""Wake long-polling waiters when something new arrives, and release them all on shutdown."""

import asyncio
import contextlib


class Wakeup:
    """An edge-triggered signal: ``wait`` returns on the next ``fire`` or after ``timeout``.

    A plain asyncio.Event would need clearing, which races with waiters that have not woken yet;
    replacing the event on every fire avoids that.
    """

    def __init__(self) -> None:
        self._event = asyncio.Event()
        self._closed = False

    def fire(self) -> None:
        """Wake everyone currently waiting."""
        self._event.set()
        self._event = asyncio.Event()

    def close(self) -> None:
        """Wake everyone now and make later waits return at once (server shutting down)."""
        self._closed = True
        self._event.set()

    @property
    def closed(self) -> bool:
        return self._closed

    async def wait(self, timeout: float) -> None:
        """Return on the next fire, on close, or after ``timeout`` seconds, whichever is first."""
        if self._closed or timeout <= 0:
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._event.wait(), timeout)
