"""Observability adapters: metrics, health, the /metrics /healthz /readyz server, logging.

How the worker and the demo wire it (stream/, cli/stream.py)::

    from storywatch.observe import Health, Metrics, Observability, configure_logging

    configure_logging(settings)                      # once, in the CLI
    metrics = Metrics()                              # a fresh CollectorRegistry inside
    health = Health(metrics=metrics)                 # mirrors lag/progress/ready into metrics
    health.watch_agent("classify", ["storywatch-articles"])   # one per agent, with its topics
    async with Observability.from_settings(settings, metrics, health) as obs:
        ...  # obs.url; run the Faust app; the watchdog runs beside it until exit

``configure_logging`` raises ``InvalidInput`` (one line) on a bad STORYWATCH_LOG_FORMAT or
STORYWATCH_LOG_LEVEL; ``Observability.start`` raises ``BindError`` when the port is taken:
several workers on one host need distinct ports, or STORYWATCH_METRICS_PORT=0 (any free
port, logged and in ``obs.url``).

From the stream code, as things happen:

- connection and rebalance: ``health.set_connected(True)``,
  ``health.set_assignment([(topic, partition), ...])`` (an empty list is fine: standby),
  ``health.set_recovery_done()`` and ``metrics.set_recovery(table, done, total)``;
- lag: pass ``lag_source=`` (an async callable returning ``{(topic, partition): lag}``
  for this worker's assigned partitions) to ``Observability.from_settings``; the watchdog
  reads it before each check. Or call ``health.set_lag(topic, partition, lag)`` yourself;
- periodically: ``metrics.stories.set(len(table))``;
- per record, after the output is produced: ``health.record_progress(agent)`` (or
  ``metrics.agent_progress(agent, time.time())``: the watchdog reads both);
- ingest: ``metrics.observe_article(source, "accepted" | "duplicate")``, bad records
  ``metrics.observe_deadletter(stage, reason, source=...)``;
- classify: ``metrics.observe_classified(classified)``;
- detect: ``metrics.observe_changes(changes)``; a story that expires:
  ``metrics.forget_story(story_id)``;
- alerter: ``metrics.observe_alert(alert, now=time.time(), ingested_at=...)``
  (``ingested_at``: Unix seconds, e.g. the articles record's Kafka timestamp / 1000);
- sinks: ``metrics.observe_delivery(sink, "delivered" | "retried" | "deadlettered",
  seconds)``; on HTTP 410 ``metrics.set_endpoint_disabled(sink)``;
- log lines about a record: ``log.info("...", **record_fields(topic=..., partition=...,
  offset=..., article_id=..., story_id=...))`` or ``with bind_record(...):``.
"""

from __future__ import annotations

import asyncio

from storywatch._service import AsyncService
from storywatch.observe.health import (
    AgentSample,
    Health,
    LagSource,
    Readiness,
    Watchdog,
    is_stalled,
)
from storywatch.observe.logging import bind_record, record_fields
from storywatch.observe.logging import configure as configure_logging
from storywatch.observe.metrics import Metrics, reason_label
from storywatch.observe.server import ObserveServer, build_app
from storywatch.settings import Settings

__all__ = [
    "AgentSample",
    "Health",
    "LagSource",
    "Metrics",
    "Observability",
    "ObserveServer",
    "Readiness",
    "Watchdog",
    "bind_record",
    "build_app",
    "configure_logging",
    "is_stalled",
    "reason_label",
    "record_fields",
]


class Observability(AsyncService):
    """The server and the stall watchdog of one process, started and stopped together."""

    def __init__(self, server: ObserveServer, watchdog: Watchdog) -> None:
        self.server = server
        self.watchdog = watchdog
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        metrics: Metrics,
        health: Health,
        lag_source: LagSource | None = None,
    ) -> Observability:
        """Bind Settings.metrics_host:metrics_port; stall after Settings.stall_after_s;
        the watchdog reads `lag_source` (if given) before each check."""
        server = ObserveServer(
            metrics.registry, health, host=settings.metrics_host, port=settings.metrics_port
        )
        return cls(server, Watchdog(health, settings.stall_after_s, lag_source=lag_source))

    @property
    def url(self) -> str:
        """Base URL of the server once started."""
        return self.server.url

    async def start(self) -> None:
        """Serve and watch."""
        await self.server.start()
        self._stop.clear()
        self._task = asyncio.create_task(self.watchdog.run(self._stop))

    async def stop(self) -> None:
        """Stop the watchdog, then the server."""
        self._stop.set()
        if self._task is not None:
            await asyncio.wait_for(self._task, timeout=5)  # it exits within one interval
            self._task = None
        await self.server.stop()
