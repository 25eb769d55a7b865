"""The one async-context shape of our adapters: `start()` on enter, `stop()` on exit."""

from __future__ import annotations

from types import TracebackType
from typing import Self

__all__ = ["AsyncService"]


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
