"""The one async-context shape of our adapters: `start()` on enter, `stop()` on exit."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable
from types import TracebackType
from typing import Any, Self, TypeVar

__all__ = ["AsyncService", "cancel_and_wait", "keep_cancellation"]

T = TypeVar("T")


def _cancel_requests() -> int:
    task = asyncio.current_task()
    return task.cancelling() if task is not None else 0


async def keep_cancellation(aw: Awaitable[T]) -> T:
    """Await `aw`; if a cancellation of ours arrived meanwhile and `aw` swallowed it, raise it.

    aiokafka's `stop()` cancels its own tasks and awaits them under
    `suppress(CancelledError)`: a cancellation aimed at the caller (Ctrl-C in `demo`) that
    lands there is lost, and the caller goes on as if nothing happened (the demo then
    lingered its full time). Python keeps the count of requests (`Task.cancelling`), so one
    that arrived during `aw` and was never taken back (`uncancel`) is raised again here.
    """
    before = _cancel_requests()
    result = await aw
    if _cancel_requests() > before:
        raise asyncio.CancelledError
    return result


async def cancel_and_wait(task: asyncio.Task[Any] | None) -> None:
    """Cancel a background task and wait until it has finished (None: nothing to do).

    Only the task's own cancellation is swallowed: one aimed at the caller meanwhile is raised.
    """
    if task is None:
        return
    before = _cancel_requests()
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    if _cancel_requests() > before:
        raise asyncio.CancelledError


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
