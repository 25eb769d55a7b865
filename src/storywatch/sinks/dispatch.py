"""The Dispatcher: one bounded queue and its worker task(s) per sink, retries, dead letters.

    receipt = await dispatcher.submit(alert)   # waits only while a queue is full
    outcomes = await receipt                   # {"webhook": "delivered", "slack": "deadlettered"}

``submit`` applies back-pressure and never drops. A sink that is down only fills its own
queue; the others go on. An alert's receipt resolves once every sink it was routed to
delivered or dead-lettered it, which is when the stream may commit its offset. ``join``
waits for in-flight deliveries up to the shutdown grace period.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, field
from typing import Any

import structlog

from storywatch._exceptions import DeliveryError, EndpointGone
from storywatch.models import Alert
from storywatch.observe.metrics import Metrics
from storywatch.sinks.base import DeadLetter, Sink
from storywatch.sinks.retry import RetryPolicy

__all__ = ["DEADLETTERED", "DELIVERED", "Dispatcher", "Receipt"]

log = structlog.get_logger(__name__)

DELIVERED = "delivered"
DEADLETTERED = "deadlettered"
STAGE = "deliver"

Outcomes = dict[str, str]
OnDone = Callable[[Alert, Outcomes], None]


@dataclass(eq=False)  # identity semantics: receipts live in a set
class Receipt:
    """Tracks one alert across the sinks it was routed to; awaitable for the outcomes."""

    alert: Alert
    remaining: set[str]
    on_done: OnDone | None = None
    outcomes: Outcomes = field(default_factory=dict)
    future: asyncio.Future[Outcomes] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )

    def finish(self, sink: str, outcome: str) -> None:
        """Record one sink's outcome; resolve when it was the last."""
        self.outcomes[sink] = outcome
        self.remaining.discard(sink)
        if not self.remaining and not self.future.done():
            self.future.set_result(self.outcomes)
            if self.on_done is not None:
                try:
                    self.on_done(self.alert, self.outcomes)
                except Exception:  # boundary: the caller's callback must not kill a lane
                    log.exception("on_done callback failed", alert_id=self.alert.alert_id)

    def __await__(self) -> Generator[Any, None, Outcomes]:
        return self.future.__await__()


@dataclass
class _Lane:
    sink: Sink
    queue: asyncio.Queue[Receipt]
    default: bool
    concurrency: int = 1
    tasks: list[asyncio.Task[None]] = field(default_factory=list)


class Dispatcher:
    """Fan alerts out to sinks with per-sink queues, retries and dead-lettering."""

    def __init__(
        self,
        sinks: Iterable[Sink] = (),
        *,
        dead_letter: DeadLetter | None = None,
        metrics: Metrics | None = None,
        policy: RetryPolicy | None = None,
        queue_size: int = 1000,
        concurrency: int = 1,
        rng: random.Random | None = None,
    ) -> None:
        self._dead_letter = dead_letter
        self._metrics = metrics or Metrics()
        self.policy = policy or RetryPolicy()
        self._queue_size = queue_size
        self._concurrency = max(1, concurrency)
        self._rng = rng or random.Random()  # noqa: S311 (jitter, not security)
        self._lanes: dict[str, _Lane] = {}
        self._pending: set[Receipt] = set()
        for s in sinks:
            self.add_sink(s)

    @property
    def sink_names(self) -> list[str]:
        """Names of every sink, in the order they were added."""
        return list(self._lanes)

    @property
    def default_sinks(self) -> list[str]:
        """Names of the sinks an alert goes to when submitted without a route."""
        return self._defaults()

    def sink(self, name: str) -> Sink | None:
        """The sink of that name, or None."""
        lane = self._lanes.get(name)
        return lane.sink if lane else None

    def add_sink(self, sink: Sink, *, default: bool = True, concurrency: int | None = None) -> None:
        """Add a sink (idempotent by name); `default` sinks get alerts submitted without a route.

        `concurrency` deliveries may be in flight at once on this sink (default: the
        dispatcher's); more than 1 trades strict order for no head-of-line blocking
        (receivers dedup by webhook-id anyway).
        """
        if sink.name in self._lanes:
            return
        n = max(1, concurrency or getattr(sink, "concurrency", None) or self._concurrency)
        lane = _Lane(sink, asyncio.Queue(self._queue_size), default, n)
        self._lanes[sink.name] = lane
        self._start(lane)

    def _start(self, lane: _Lane) -> None:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return  # started by the first submit, inside the loop
        if not lane.tasks:
            lane.tasks = [
                asyncio.create_task(self._work(lane), name=f"sink-{lane.sink.name}-{i}")
                for i in range(lane.concurrency)
            ]

    async def submit(
        self, alert: Alert, *, route: Iterable[str] | None = None, on_done: OnDone | None = None
    ) -> Receipt:
        """Queue the alert for its sinks (every default sink when `route` is None).

        Waits while a queue is full (back-pressure, never drops). Unknown sink names in the
        route are dead-lettered, so a typo in watches.yaml is visible, not silent.
        """
        names = list(dict.fromkeys(route)) if route is not None else self._defaults()
        receipt = Receipt(alert, set(names), on_done)
        if not names:
            receipt.finish("none", DELIVERED)
            return receipt
        self._pending.add(receipt)
        receipt.future.add_done_callback(lambda _f: self._pending.discard(receipt))
        for name in names:
            lane = self._lanes.get(name)
            if lane is None:
                await self._dead(name, alert, f"{name}: no such sink", 0)
                receipt.finish(name, DEADLETTERED)
                continue
            self._start(lane)
            await lane.queue.put(receipt)
        return receipt

    def _defaults(self) -> list[str]:
        return [n for n, lane in self._lanes.items() if lane.default]

    async def _work(self, lane: _Lane) -> None:
        while True:
            receipt = await lane.queue.get()
            try:
                outcome = await self._deliver(lane.sink, receipt.alert)
            except Exception as e:  # boundary: a sink's bug must not kill its lane
                log.exception("sink raised an unexpected error", sink=lane.sink.name)
                await self._dead(lane.sink.name, receipt.alert, f"{type(e).__name__}: {e}", 1)
                outcome = DEADLETTERED
            finally:
                lane.queue.task_done()
            receipt.finish(lane.sink.name, outcome)

    async def _deliver(self, sink: Sink, alert: Alert) -> str:
        start = time.monotonic()
        attempt = 0
        while True:
            try:
                await sink.send(alert)
            except DeliveryError as e:
                wait = self.policy.delay(attempt, e, time.monotonic() - start, self._rng)
                if wait is None:
                    disabled = isinstance(e, EndpointGone)
                    self._metrics.observe_delivery(
                        sink.name, "disabled" if disabled else DEADLETTERED
                    )
                    await self._dead(sink.name, alert, str(e), attempt + 1)
                    return DEADLETTERED
                self._metrics.observe_delivery(sink.name, "retried")
                log.warning("delivery failed, will retry", sink=sink.name, alert_id=alert.alert_id,
                            error=str(e), attempt=attempt + 1, wait_s=round(wait, 3))  # fmt: skip
                attempt += 1
                await asyncio.sleep(wait)
            else:
                self._metrics.observe_delivery(sink.name, DELIVERED, time.monotonic() - start)
                return DELIVERED

    async def _dead(self, sink: str, alert: Alert, reason: str, attempts: int) -> None:
        log.error("alert dead-lettered", sink=sink, alert_id=alert.alert_id, reason=reason,
                  attempts=attempts)  # fmt: skip
        if self._dead_letter is None:
            return
        payload = {"sink": sink, "attempts": attempts, "alert": alert.to_json_dict()}
        try:
            await self._dead_letter(STAGE, reason, payload)
        except Exception:  # boundary: a failing DLQ writer must not kill the lane
            log.exception("dead-letter write failed", sink=sink, alert_id=alert.alert_id)

    def backlog(self) -> dict[str, int]:
        """Alerts queued per sink (not counting the one in flight)."""
        return {n: lane.queue.qsize() for n, lane in self._lanes.items()}

    async def join(self, timeout: float | None = None) -> bool:  # noqa: ASYNC109 (the API of the brief)
        """Wait until every queued alert is delivered or dead-lettered; False on timeout."""
        waits = [lane.queue.join() for lane in self._lanes.values()]
        try:
            await asyncio.wait_for(asyncio.gather(*waits), timeout)
        except TimeoutError:
            log.warning("shutdown grace expired with deliveries in flight", backlog=self.backlog())
            return False
        return True

    async def aclose(self, grace_s: float = 0.0) -> bool:
        """Wait up to `grace_s` for in-flight deliveries, then stop every worker."""
        drained = await self.join(grace_s) if grace_s > 0 else not any(self.backlog().values())
        tasks = [t for lane in self._lanes.values() for t in lane.tasks]
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for lane in self._lanes.values():
            lane.tasks = []
        for receipt in list(self._pending):
            receipt.future.cancel()
        return drained
