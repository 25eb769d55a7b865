"""`storywatch demo`: broker, worker, replay, alerts out, /metrics, then a clean stop.

    EmbeddedBroker (unless a broker is given) -> `storywatch worker` child process
    -> replay the files onto `articles` -> read `alerts` (print, --alerts-out)
    -> wait until the consumer group has committed everything -> linger -> stop all.

Everything it starts it stops, in order (worker, then broker), each wait bounded, also
on Ctrl-C: the worker runs in its own session (a terminal's Ctrl-C reaches the demo,
which stops it) and dies with the demo if the demo is killed.
"""

from __future__ import annotations

import asyncio
import contextlib
import subprocess
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import structlog

from storywatch._exceptions import BrokerError
from storywatch.stream.admin import ensure_topics, topic_specs
from storywatch.stream.alerts_reader import AlertOutput, AlertsReader
from storywatch.stream.app import PipelineConfig
from storywatch.stream.broker import EmbeddedBroker
from storywatch.stream.drain import GroupLag, flush_stories, read_to_end
from storywatch.stream.records import DeadLetter
from storywatch.stream.replay import OnBad, Replayer, ReplayStats

__all__ = ["DemoPlan", "DemoResult", "run_demo"]

log = structlog.get_logger(__name__)

WORKER_STOP_S = 3.0  # a clean run: time for the worker's graceful stop
INTERRUPTED_STOP_S = 1.5  # Ctrl-C or a failure: the whole demo stops within 5 s


@dataclass(frozen=True)
class DemoPlan:
    """What to run: the files, where alerts go, how long to linger, how to start a worker."""

    files: tuple[Path, ...]
    worker_cmd: tuple[str, ...]
    worker_env: Mapping[str, str]
    outputs: tuple[AlertOutput, ...] = ()
    linger_s: float = 0.0
    drain_timeout_s: float = 120.0
    ordered: bool = True  # one `articles` partition on the embedded broker: file order
    on_bad: OnBad | None = None  # told about each invalid line (also dead-lettered)
    delivery_grace_s: float = 0.0  # after a clean run: time the worker's sinks get to finish


@dataclass
class DemoResult:
    """What the demo did."""

    replay: ReplayStats = field(default_factory=ReplayStats)
    alerts: int = 0
    seconds: float = 0.0
    dead_letters: list[DeadLetter] = field(default_factory=list)  # the whole topic, at the end


@contextlib.asynccontextmanager
async def _broker(
    cfg: PipelineConfig, embedded: bool, ordered: bool
) -> AsyncIterator[PipelineConfig]:
    if not embedded:
        specs = topic_specs(cfg.topics, cfg.app_id, cfg.partitions, cfg.replication)
        await ensure_topics(cfg.bootstrap, specs)
        yield cfg
        return
    async with EmbeddedBroker() as broker:
        broker.set_rebalance_delay(0)  # one worker: nobody else to wait for
        for topic in cfg.topics.all(cfg.app_id):
            one = ordered and topic == cfg.topics.articles
            broker.create_topic(topic, 1 if one else cfg.partitions)
        yield PipelineConfig(**{**cfg.__dict__, "bootstrap": broker.bootstrap,
                                "declare_topics": False})  # fmt: skip


def _start_worker(
    cmd: Sequence[str], env: Mapping[str, str], bootstrap: str
) -> subprocess.Popen[bytes]:
    full_env = {**env, "STORYWATCH_BROKER": bootstrap}
    return subprocess.Popen(  # noqa: S603  (our own CLI, fixed argv)
        list(cmd), env=full_env, stdin=subprocess.DEVNULL, start_new_session=True
    )


def stop_process(proc: subprocess.Popen[bytes], grace_s: float = WORKER_STOP_S) -> None:
    """SIGTERM, wait `grace_s`, then SIGKILL (a Faust worker can ignore SIGTERM)."""
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=grace_s)
    except subprocess.TimeoutExpired:
        log.warning("worker_killed", pid=proc.pid, after_s=grace_s)
        proc.kill()
        proc.wait(timeout=5)


async def _watch_worker(proc: subprocess.Popen[bytes]) -> None:
    while proc.poll() is None:  # noqa: ASYNC110  (a child's exit has no event to await)
        await asyncio.sleep(0.2)
    raise BrokerError(f"the worker exited early (code {proc.returncode})")


async def _wait_lag(cfg: PipelineConfig, topics: Sequence[str], within_s: float) -> None:
    lag = GroupLag(cfg.bootstrap, cfg.app_id, topics)
    await lag.start()
    try:
        await lag.wait_drained(within_s)
    finally:
        await lag.stop()


async def _drain(cfg: PipelineConfig, reader: AlertsReader, within_s: float) -> None:
    """Every article classified, then the end-of-input flush, then everything downstream."""
    await _wait_lag(cfg, [cfg.topics.articles], within_s)
    await flush_stories(cfg.bootstrap, cfg.topics.stories)
    await _wait_lag(cfg, cfg.topics.processed(), within_s)
    await reader.wait_caught_up(within_s)


async def _run(plan: DemoPlan, cfg: PipelineConfig, result: DemoResult, embedded: bool) -> None:
    proc = _start_worker(plan.worker_cmd, plan.worker_env, cfg.bootstrap)
    watcher = asyncio.create_task(_watch_worker(proc))
    grace = INTERRUPTED_STOP_S  # until the run completes: stop fast
    try:
        # On a broker of your own the topics may hold earlier runs: only this run's alerts.
        async with AlertsReader(
            cfg.bootstrap, cfg.topics.alerts, plan.outputs, from_beginning=embedded
        ) as reader:
            work = asyncio.create_task(_replay_and_drain(plan, cfg, reader, result))
            try:
                done, _ = await asyncio.wait({work, watcher}, return_when=asyncio.FIRST_COMPLETED)
            finally:  # Ctrl-C: the replay stops here, while the broker still runs (its
                # producer would otherwise wait on a broker already gone at asyncio.run's end)
                await _cancel(work)
            if watcher in done:
                watcher.result()
            work.result()
            result.alerts = reader.count
            if embedded:  # a broker of your own may hold earlier runs' dead letters
                result.dead_letters = await _dead_letters(cfg)
            if plan.linger_s > 0:
                log.info("demo_linger", seconds=plan.linger_s)
                await asyncio.sleep(plan.linger_s)
            grace = max(plan.delivery_grace_s, WORKER_STOP_S)  # let the sinks finish
    finally:
        watcher.cancel()
        await asyncio.to_thread(stop_process, proc, grace)


async def _cancel(task: asyncio.Task[None]) -> None:
    """Cancel `task` if it still runs and give it INTERRUPTED_STOP_S to unwind."""
    if task.done():
        return
    task.cancel()
    await asyncio.wait({task}, timeout=INTERRUPTED_STOP_S)


async def _dead_letters(cfg: PipelineConfig) -> list[DeadLetter]:
    out = []
    for raw in await read_to_end(cfg.bootstrap, cfg.topics.deadletter):
        try:
            out.append(DeadLetter.model_validate_json(raw))
        except ValueError:
            out.append(DeadLetter(stage="unknown", reason="unreadable dead letter"))
    return out


async def _replay_and_drain(
    plan: DemoPlan, cfg: PipelineConfig, reader: AlertsReader, result: DemoResult
) -> None:
    async with Replayer(
        cfg.bootstrap, cfg.topics.articles, deadletter_topic=cfg.topics.deadletter,
        on_bad=plan.on_bad,
    ) as replayer:  # fmt: skip
        for path in plan.files:
            await replayer.replay_file(path, result.replay)
    await _drain(cfg, reader, plan.drain_timeout_s)


async def run_demo(plan: DemoPlan, cfg: PipelineConfig, embedded: bool) -> DemoResult:
    """Run the whole pipeline over the files once; raises BrokerError on a failure."""
    started = time.monotonic()
    result = DemoResult()
    async with _broker(cfg, embedded, plan.ordered) as live:
        await _run(plan, live, result, embedded)
    result.seconds = time.monotonic() - started
    return result
