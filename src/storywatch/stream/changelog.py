"""Offsets commit only after the story table's changelog writes (and the records the agents
produce, stream/app.py) are acknowledged.

Faust sends a table write to the changelog with ``send_soon``: into an in-process buffer
that a background task hands to the producer one message at a time. Right before it
commits offsets, the consumer calls ``producer.flush()``, and (faust-streaming 0.15)
that flush returns while changelog writes are still in this process:

- the buffer's flush gives up after 0.1 s without progress, buffer not empty (a full
  batch waiting for a slow or busy broker, or a loop too busy to send in 0.1 s);
- the one message the background task took off the buffer is in neither the buffer nor
  the producer's accumulator while it waits for room in a full batch.

The offsets then commit, a SIGKILL loses those writes, and the restarted worker rebuilds
a table that misses the effect of records it will not be given again: its next changes
are measured against a stale state (lost alerts, or alerts under new ids). The crash
soak lost 30-39 of ~3,660 alert ids this way under load.

So every changelog write's future is tracked, and the producer's flush (what the commit
awaits) returns only once every write made before it is acknowledged by the broker. The
flush first runs `before_flush` sends: records held back in memory (owed ticks) go out
before the offsets of the records that caused them commit. A
write that failed makes every later flush raise: the worker stops without committing,
and the records are processed again after its restart (at-least-once).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import structlog

from storywatch._exceptions import BrokerError

__all__ = ["PendingWrites", "durable_flush", "tracked_send"]

log = structlog.get_logger(__name__)


class PendingWrites:
    """The changelog writes (and the agents' records, stream/app.py) not yet acknowledged,
    and the first one that failed."""

    def __init__(self) -> None:
        self._pending: set[asyncio.Future[Any]] = set()
        self.failure: str | None = None
        # Sends that must happen before any offset commits (the classify stage's owed
        # ticks, stream/ticks.py): the producer's flush runs them first.
        self.before_flush: list[Callable[[], Awaitable[None]]] = []

    def __len__(self) -> int:
        return len(self._pending)

    def track(self, fut: asyncio.Future[Any]) -> None:
        """Hold `fut` until it resolves; remember it if it failed."""
        if fut.done():
            self._done(fut)
            return
        self._pending.add(fut)
        fut.add_done_callback(self._done)

    def _done(self, fut: asyncio.Future[Any]) -> None:
        self._pending.discard(fut)
        error = "cancelled" if fut.cancelled() else fut.exception()
        if error is not None and self.failure is None:
            # a changelog write or an agent's output record: either way the broker lacks it
            self.failure = f"write failed (changelog or output record): {error!r}"
            log.error("tracked_write_failed", error=repr(error))

    async def settle(self) -> None:
        """Return once every write tracked so far is acknowledged; BrokerError if any
        write ever failed (offsets must not commit past a write the broker lacks)."""
        pending = list(self._pending)
        if pending:
            await asyncio.wait(pending)
        if self.failure is not None:
            raise BrokerError(self.failure)


def tracked_send(
    send: Callable[..., asyncio.Future[Any]], pending: PendingWrites
) -> Callable[..., asyncio.Future[Any]]:
    """`Table.send_changelog` that also tracks the future of each write."""

    def send_changelog(*args: Any, **kwargs: Any) -> asyncio.Future[Any]:
        fut = send(*args, **kwargs)
        pending.track(fut)
        return fut

    return send_changelog


def durable_flush(
    flush: Callable[[], Awaitable[None]], pending: PendingWrites
) -> Callable[[], Awaitable[None]]:
    """`Producer.flush` that also waits for every tracked changelog write."""

    async def flush_all() -> None:
        for send in pending.before_flush:
            await send()
        await flush()
        await pending.settle()

    return flush_all
