"""Delivery: everything the stream needs to deliver alerts, built from Settings in one call.

    async with await Delivery.from_settings(settings, metrics, bootstrap=...) as delivery:
        done = await delivery.submit(alert)   # queued (back-pressure when a queue is full)
        await done                            # delivered / dead-lettered / folded / silenced
    # leaving waits up to Settings.shutdown_grace_s for in-flight deliveries

It also has the Sink shape (`name`, `async send(alert)`), so it can be one more output
of the demo's alerts reader; `send` returns once the alert is queued.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from types import TracebackType
from typing import Self

import httpx
import structlog

from storywatch._exceptions import BrokerError
from storywatch.models import Alert
from storywatch.observe.metrics import Metrics
from storywatch.settings import Settings
from storywatch.sinks.base import DeadLetter, Sink
from storywatch.sinks.build import build_sinks, retry_policy, watch_sink_factory
from storywatch.sinks.dispatch import Dispatcher, Outcomes
from storywatch.sinks.notify import Notifier
from storywatch.sinks.silence_store import SilenceStore, silences_topic
from storywatch.sinks.watchfile import WatchesFile

__all__ = ["Delivery"]

log = structlog.get_logger(__name__)

# Deliveries in flight per HTTP sink: a slow answer does not hold up the alerts behind it
# (Slack stays at 1: it is paced). Receivers dedup redeliveries by webhook-id.
CONCURRENCY = 4


class Delivery:
    """Watches file + silences + Notifier + Dispatcher + HTTP client, with one lifetime."""

    name = "delivery"

    def __init__(
        self,
        notifier: Notifier,
        client: httpx.AsyncClient,
        *,
        grace_s: float = 30.0,
        silences: SilenceStore | None = None,
    ) -> None:
        self.notifier = notifier
        self._client = client
        self._grace_s = grace_s
        self._silences = silences

    @classmethod
    async def from_settings(
        cls,
        settings: Settings,
        metrics: Metrics,
        *,
        bootstrap: str | None = None,
        dead_letter: DeadLetter | None = None,
        extra_sinks: Iterable[Sink] = (),
    ) -> Delivery:
        """Build from settings; `bootstrap` (default: settings.broker) enables silences."""
        client = httpx.AsyncClient()
        watches = WatchesFile(settings.watches_file)
        sinks = [*build_sinks(settings, client, metrics), *extra_sinks]
        dispatcher = Dispatcher(sinks, dead_letter=dead_letter, metrics=metrics,
                                policy=retry_policy(settings),
                                queue_size=settings.delivery_queue_size,
                                concurrency=CONCURRENCY)  # fmt: skip
        store = await _silences(bootstrap or settings.broker, settings.topic_prefix)
        notifier = Notifier(dispatcher, watches.current, metrics=metrics,
                            silences=store.silences if store else None,
                            watch_sink=watch_sink_factory(settings, client, metrics))  # fmt: skip
        return cls(notifier, client, grace_s=settings.shutdown_grace_s, silences=store)

    async def submit(self, alert: Alert) -> asyncio.Future[Outcomes]:
        """Queue one alert; the future resolves when it is fully accounted for."""
        return await self.notifier.notify(alert)

    async def send(self, alert: Alert) -> None:
        """Queue one alert (the Sink shape: returns once queued, never drops)."""
        await self.notifier.notify(alert)

    async def aclose(self) -> bool:
        """Wait up to the grace period for in-flight deliveries, then release everything."""
        drained = await self.notifier.aclose(self._grace_s)
        if self._silences is not None:
            await self._silences.close()
        await self._client.aclose()
        return drained

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


async def _silences(bootstrap: str | None, prefix: str) -> SilenceStore | None:
    if not bootstrap:
        return None
    store = SilenceStore(bootstrap, silences_topic(prefix))
    try:
        await store.load()
        await store.follow()
    except BrokerError as e:
        reason = str(e)
    else:
        return store
    # Delivery matters more than muting: go on without silences, loudly.
    log.error("silences unavailable, delivering without them", reason=reason)
    await store.close()
    return None
