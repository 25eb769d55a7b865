"""The one async-context shape of our adapters: `start()` on enter, `stop()` on exit."""

from __future__ import annotations

import asyncio
import contextlib
from types import TracebackType
from typing import Any, Self

__all__ = ["AsyncService", "cancel_and_wait"]


async def cancel_and_wait(task: asyncio.Task[Any] | None) -> None:
    """Cancel a background task and wait until it has finished (None: nothing to do)."""
    if task is None:
        return
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task


class AsyncService:
    """Base of adapters used as `async with X(...) as x:`; subclasses define start and stop."""

    async def start(self) -> None:
        """Connect, bind or spawn what the adapter needs."""
        raise NotImplementedError

    async def stop(self) -> None:
        """Flush and release everything `start` took; safe to call twice."""
        raise NotImplementedError

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()
