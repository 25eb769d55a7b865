"""Adapter between the alerter and the Dispatcher: silences, grouping timers and routing.

    notifier = Notifier(dispatcher, watches.current, silences=silence_set)
    done = await notifier.notify(alert)   # back-pressure as the dispatcher's submit
    outcome = await done                  # resolved when delivered, dead-lettered, folded
                                          # into an earlier notification, or silenced

The stream commits an alert's offset once `done` resolves. Grouping decisions are the
pure Grouper's; this class only supplies the clock and the timer task.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Iterable
from datetime import UTC, datetime

import structlog

from storywatch.alerts.grouping import Grouper, Notification
from storywatch.alerts.silences import SilenceSet
from storywatch.alerts.watches import DEFAULT_WATCH, Watch
from storywatch.models import Alert
from storywatch.observe.metrics import Metrics
from storywatch.sinks.base import Sink
from storywatch.sinks.build import watch_sink_name
from storywatch.sinks.dispatch import Dispatcher, Outcomes

__all__ = ["FOLDED", "SILENCED", "Notifier", "route_for"]

log = structlog.get_logger(__name__)

FOLDED = "folded"
SILENCED = "silenced"
MAX_TICK_S = 1.0


def _utcnow() -> datetime:
    return datetime.now(UTC)


def route_for(watch: Watch, default_sinks: Iterable[str]) -> list[str]:
    """Sink names for a watch's alerts: its `sinks` (else every default sink) + its own webhook."""
    names = list(watch.sinks) if watch.sinks else list(default_sinks)
    own = watch_sink_name(watch)
    return [*names, own] if own else names


class Notifier:
    """Silence, group and route alerts, then hand notifications to the Dispatcher."""

    def __init__(
        self,
        dispatcher: Dispatcher,
        watches: Callable[[], tuple[Watch, ...]],
        *,
        silences: SilenceSet | None = None,
        watch_sink: Callable[[Watch], Sink | None] | None = None,
        metrics: Metrics | None = None,
        clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        self._dispatcher = dispatcher
        self._watches = watches
        self.silences = silences if silences is not None else SilenceSet()
        self._watch_sink = watch_sink
        self._metrics = metrics
        self._clock = clock
        self._grouper = Grouper(self._watch_of)
        self._waiting: dict[str, list[asyncio.Future[Outcomes]]] = {}
        self._wake = asyncio.Event()
        self._timer: asyncio.Task[None] | None = None

    def _watch_of(self, name: str) -> Watch:
        return next((w for w in self._watches() if w.name == name), DEFAULT_WATCH)

    async def notify(self, alert: Alert) -> asyncio.Future[Outcomes]:
        """Take one alert; the returned future resolves when it is fully accounted for."""
        done: asyncio.Future[Outcomes] = asyncio.get_running_loop().create_future()
        now = self._clock()
        silence = self.silences.silencing(alert, now)
        if silence is not None:
            log.info("alert silenced", alert_id=alert.alert_id, silence=silence.id)
            self._count(alert, SILENCED)
            done.set_result({"*": SILENCED})
            return done
        offer = self._grouper.offer(alert, now)
        if offer.folded:
            self._count(alert, FOLDED)
            if alert.alert_id in self._waiting:  # a redelivery of an alert still on its way:
                self._waiting[alert.alert_id].append(done)  # done when that one is done
            else:
                done.set_result({"*": FOLDED})
            return done
        self._waiting.setdefault(alert.alert_id, []).append(done)
        for n in offer.notifications:
            await self._send(n)
        self._ensure_timer()
        self._wake.set()
        return done

    def _count(self, alert: Alert, outcome: str) -> None:
        if self._metrics is not None:
            self._metrics.deliveries.labels(sink="notifier", outcome=outcome).inc()

    async def _send(self, n: Notification) -> None:
        watch = self._watch_of(n.key[0])
        if self._watch_sink is not None and (sink := self._watch_sink(watch)) is not None:
            self._dispatcher.add_sink(sink, default=False)
        route = route_for(watch, self._dispatcher.default_sinks)
        await self._dispatcher.submit(n.as_alert(), route=route, on_done=self._finisher(n))

    def _finisher(self, n: Notification) -> Callable[[Alert, Outcomes], None]:
        def finish(_alert: Alert, outcomes: Outcomes) -> None:
            for member in n.alerts:
                for fut in self._waiting.pop(member.alert_id, []):
                    if not fut.done():
                        fut.set_result(outcomes)

        return finish

    def _ensure_timer(self) -> None:
        if self._timer is None or self._timer.done():
            self._timer = asyncio.create_task(self._tick(), name="notifier-timer")

    async def _tick(self) -> None:
        while True:
            nxt = self._grouper.next_due()
            delay = MAX_TICK_S if nxt is None else (nxt - self._clock()).total_seconds()
            if delay > 0:
                self._wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), min(delay, MAX_TICK_S))
            for n in self._grouper.due(self._clock()):
                await self._send(n)

    async def flush(self) -> None:
        """Release every pending group now (shutdown: nothing waits for a group timer)."""
        far = datetime.max.replace(tzinfo=UTC)
        for n in self._grouper.due(far):
            await self._send(n)

    async def aclose(self, grace_s: float = 0.0) -> bool:
        """Flush groups, wait up to `grace_s` for deliveries, stop timer and dispatcher."""
        await self.flush()
        if self._timer is not None:
            self._timer.cancel()
            await asyncio.gather(self._timer, return_exceptions=True)
        return await self._dispatcher.aclose(grace_s)
