"""Run one Faust worker of the pipeline: agents, /metrics and health, sinks.

Several workers with the same app id share the partitions (a Kafka consumer group).
The worker stops on SIGINT or SIGTERM (Faust's handlers); `die_with_parent` makes a
worker started by `demo` exit when the demo dies.
"""

from __future__ import annotations

import asyncio
import ctypes
import ctypes.util
import os
import signal
import sys
from collections.abc import Awaitable, Callable
from typing import Any

import structlog

from storywatch import _json
from storywatch.models import Alert
from storywatch.observe import Health, Metrics, Observability
from storywatch.settings import Settings
from storywatch.stream.app import AlertHook, PipelineConfig, build_app
from storywatch.stream.records import DeadLetter, encode

__all__ = ["DeliveryHook", "die_with_parent", "run_worker"]

log = structlog.get_logger(__name__)

_PR_SET_PDEATHSIG = 1
AGENTS = ("classify", "detect", "deliver")
LAG_EVERY_S = 5.0


def die_with_parent(parent_pid: int, sig: int = signal.SIGKILL) -> None:
    """Ask Linux to send `sig` when the parent dies; exit now if it already has."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, sig, 0, 0, 0)
    if os.getppid() != parent_pid:
        os._exit(0)


def _wire_health(app: Any, cfg: PipelineConfig, health: Health) -> None:
    t = cfg.topics
    for agent, topic in zip(AGENTS, t.processed(), strict=True):
        health.watch_agent(agent, [topic])

    async def assigned(sender: Any, assigned: Any, **_: Any) -> None:
        health.set_connected(True)
        health.set_assignment((tp.topic, tp.partition) for tp in assigned)

    async def rebalanced(sender: Any, *_: Any, **__: Any) -> None:
        health.set_recovery_done(True)

    app.on_partitions_assigned.connect(assigned)
    app.on_rebalance_complete.connect(rebalanced)
    watched = set(t.processed())

    async def measure_lag() -> None:
        consumer = app.consumer
        for tp in list(consumer.assignment()):
            if tp.topic not in watched:
                continue
            high, pos = consumer.highwater(tp), await consumer.position(tp)
            if high is not None and pos is not None:
                health.set_lag(tp.topic, tp.partition, high - pos)

    async def lag_timer() -> None:
        try:
            await measure_lag()
        except Exception as e:  # noqa: BLE001  (a metrics probe must never crash the worker)
            log.debug("lag_probe_failed", error=repr(e))

    app.timer(LAG_EVERY_S)(lag_timer)


def _observe_task(obs: Observability) -> Callable[[], Awaitable[None]]:
    async def serve() -> None:
        await obs.start()
        log.info("worker_observability", url=obs.url)
        try:
            await asyncio.Event().wait()  # until the app stops and cancels its tasks
        finally:
            await obs.stop()

    return serve


class DeliveryHook:
    """The deliver agent's hook into the sinks (storywatch.sinks.Delivery), built in the loop.

    The deliver agent (its own consumer of the alerts topic) awaits each alert's outcome,
    so the alert's offset is committed after delivery (at-least-once to the sinks), while
    a webhook outage holds up only that agent, never the pipeline.
    """

    def __init__(self, settings: Settings, metrics: Metrics, cfg: PipelineConfig) -> None:
        self.settings = settings
        self.metrics = metrics
        self.cfg = cfg
        self.delivery: Any = None
        self._ready = asyncio.Event()

    def task(self, app: Any) -> Callable[[], Awaitable[None]]:
        """An app task that owns the Delivery's lifetime."""
        from storywatch.sinks import Delivery  # noqa: PLC0415

        dl_topic = app.topic(self.cfg.topics.deadletter, value_type=bytes, value_serializer="raw")

        async def dead_letter(stage: str, reason: str, payload: dict[str, Any]) -> None:
            dl = DeadLetter(stage=stage, reason=reason, raw=_json.dumps_line(payload))
            await dl_topic.send(value=encode(dl))

        async def run() -> None:
            self.delivery = await Delivery.from_settings(
                self.settings, self.metrics, bootstrap=self.cfg.bootstrap, dead_letter=dead_letter
            )
            self._ready.set()
            try:
                await asyncio.Event().wait()
            finally:
                await self.delivery.aclose()

        return run

    async def __call__(self, alert: Alert) -> None:
        await self._ready.wait()
        done = await self.delivery.submit(alert)
        await done


def run_worker(
    cfg: PipelineConfig,
    settings: Settings,
    on_alert: AlertHook | None = None,
    loglevel: str = "WARNING",
) -> None:
    """Run a Faust worker until SIGINT/SIGTERM (blocks; exits the process)."""
    import faust  # noqa: PLC0415  (import-time side effects: only when a worker runs)

    metrics = Metrics()
    health = Health(metrics=metrics)
    delivery = DeliveryHook(settings, metrics, cfg) if on_alert is None else None
    app = build_app(cfg, metrics, on_alert or delivery, health)
    if delivery is not None:
        app.task(delivery.task(app))
    _wire_health(app, cfg, health)
    app.task(_observe_task(Observability.from_settings(settings, metrics, health)))
    worker = faust.Worker(
        app, loglevel=loglevel, quiet=True, redirect_stdouts=False, override_logging=False
    )
    worker.spinner = None  # it writes cursor escapes to stdout even when quiet
    worker.execute_from_commandline()
