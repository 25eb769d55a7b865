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

from storywatch.observe import Health, Metrics, Observability
from storywatch.settings import Settings
from storywatch.stream.app import AlertHook, PipelineConfig, build_app

__all__ = ["die_with_parent", "run_worker"]

log = structlog.get_logger(__name__)

_PR_SET_PDEATHSIG = 1
AGENTS = ("classify", "detect", "alert")


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


def _observe_task(obs: Observability) -> Callable[[], Awaitable[None]]:
    async def serve() -> None:
        await obs.start()
        log.info("worker_observability", url=obs.url)
        try:
            await asyncio.Event().wait()  # until the app stops and cancels its tasks
        finally:
            await obs.stop()

    return serve


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
    app = build_app(cfg, metrics, on_alert)
    _wire_health(app, cfg, health)
    app.task(_observe_task(Observability.from_settings(settings, metrics, health)))
    worker = faust.Worker(
        app, loglevel=loglevel, quiet=True, redirect_stdouts=False, override_logging=False
    )
    worker.spinner = None  # it writes cursor escapes to stdout even when quiet
    worker.execute_from_commandline()
