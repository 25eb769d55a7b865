"""Collect a consumer-group error that nobody else will, so the member joins again.

aiokafka's group coordinator, on an error it does not expect from a join (a SyncGroup
answered with INVALID_REQUEST, ...), parks the error for the user and waits until the
next `getmany`/`getone` raises it before it tries to join again. A Faust worker does not
fetch before its first assignment (its fetcher starts once table recovery is done), so
a worker whose first join failed that way waited for ever: in the group no longer (its
session expired), no partitions, ~0.03 CPU s.

That is what left the second worker of the benchmark's scaling phase idle in 5 of 21
runs: the embedded broker (librdkafka's mock cluster) ends a sync round as soon as the
leader's SyncGroup has given every member an assignment, without waiting for the
followers' own SyncGroup; a follower whose SyncGroup comes after the leader's (a worker
process still starting, on a busy machine) gets INVALID_REQUEST, where a real Kafka
would answer with its assignment (tests/stream/test_joinwatch.py makes it happen).

`ParkedErrorWatch.check`, called periodically: an error parked since the previous call
(the same object, so nobody collected it meanwhile) is collected in the coordinator's
own loop and returned, and the coordinator goes on to join again.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import structlog

__all__ = ["ParkedErrorWatch", "faust_join_watch", "start_join_watch"]

log = structlog.get_logger(__name__)

# Runs a coroutine function in the coordinator's event loop and returns its result.
CallInLoop = Callable[[Callable[[], Awaitable[str | None]]], Awaitable[str | None]]


async def _direct(fn: Callable[[], Awaitable[str | None]]) -> str | None:
    return await fn()


@dataclass
class ParkedErrorWatch:
    """See the module docstring. `coordinator` returns aiokafka's GroupCoordinator (or
    None before the consumer exists); `call` runs a coroutine function in its loop
    (the default: the caller's loop)."""

    coordinator: Callable[[], Any]
    call: CallInLoop = _direct
    _seen: Any = None

    async def check(self) -> str | None:
        """repr of the error collected, or None (nothing parked, or parked since the
        last check only)."""
        coord = self.coordinator()
        parked = getattr(coord, "_pending_exception", None) if coord is not None else None
        if parked is None or parked is not self._seen:
            self._seen = parked
            return None
        self._seen = None

        async def collect() -> str | None:
            if coord._pending_exception is not parked:  # collected meanwhile
                return None
            try:
                coord.check_errors()
            except Exception as e:  # noqa: BLE001  (whatever was parked: reported, not raised)
                return repr(e)
            return None

        error = await self.call(collect)
        if error is not None:
            log.warning("group_error_collected", error=error, next="joining the group again")
        return error

    async def run(self, every_s: float) -> None:
        """`check` every `every_s` seconds until cancelled."""
        while True:
            await asyncio.sleep(every_s)
            try:
                await self.check()
            except Exception as e:  # noqa: BLE001  (a probe must never end the worker)
                log.debug("join_watch_failed", error=repr(e))


def faust_join_watch(app: Any) -> ParkedErrorWatch:
    """The watch of a Faust app's aiokafka consumer, which runs in the consumer thread."""

    def coordinator() -> Any:
        thread = getattr(app.consumer, "_thread", None)
        consumer = getattr(thread, "_consumer", None)
        return getattr(consumer, "_coordinator", None)

    async def call(fn: Callable[[], Awaitable[str | None]]) -> str | None:
        result: str | None = await app.consumer._thread.call_thread(fn)
        return result

    return ParkedErrorWatch(coordinator, call)


def start_join_watch(app: Any, every_s: float = 1.0) -> asyncio.Future[None]:
    """Run the watch of `app` for as long as the app runs (from its start, before the
    first assignment: Faust's timers start only after that)."""
    future: asyncio.Future[None] = app.add_future(faust_join_watch(app).run(every_s))
    return future
