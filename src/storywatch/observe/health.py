"""Health of one worker: what /healthz and /readyz answer, and the stall watchdog.

The stream code updates a `Health` (connected, partitions assigned, recovery done, lag,
agent progress); the `Watchdog` samples it on a clock and marks agents stalled when lag
is waiting while an agent makes no progress (faust consumers are known to stop without
an error). The decision, `is_stalled`, is a pure function over samples.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import structlog

from storywatch._exceptions import StorywatchError
from storywatch.observe.metrics import Metrics

__all__ = ["AgentSample", "Health", "LagSource", "Readiness", "Watchdog", "is_stalled"]

Clock = Callable[[], float]
# Reads the lag of this worker's partitions: {(topic, partition): records}. It raises
# BrokerError (or OSError, TimeoutError) when the broker cannot answer; the Kafka adapter
# translates its client's errors, so the watchdog needs no catch-all.
LagSource = Callable[[], Awaitable[Mapping[tuple[str, int], int]]]
log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class AgentSample:
    """What the watchdog saw of one agent at time `at` (Unix seconds)."""

    at: float
    lag: int
    last_progress: float | None


def is_stalled(samples: Sequence[AgentSample], stall_after_s: float) -> bool:
    """True when, over the last `stall_after_s`, the agent made no progress while its lag
    was waiting and did not shrink (it grew, or stayed above zero).

    `samples` are oldest first. Without a sample at least `stall_after_s` old there is no
    window to judge yet: not stalled.
    """
    if not samples:
        return False
    latest = samples[-1]
    horizon = latest.at - stall_after_s
    base = next((s for s in reversed(samples) if s.at <= horizon), None)
    if base is None:
        return False
    progressed = latest.last_progress is not None and latest.last_progress > horizon
    return not progressed and latest.lag > 0 and latest.lag >= base.lag


@dataclass(frozen=True)
class Readiness:
    """The /readyz answer: ready, and why not."""

    ready: bool
    reasons: tuple[str, ...]
    detail: Mapping[str, object]


@dataclass
class Health:
    """Mutable health of one worker; the stream code calls its setters.

    A worker that received an empty assignment (more workers than partitions) is ready:
    it is a standby, and failing it would make `--scale` flap.
    """

    metrics: Metrics | None = None
    clock: Clock = time.time
    connected: bool = False
    assignment: frozenset[tuple[str, int]] | None = None
    recovery_done: bool = False
    stalled: frozenset[str] = frozenset()
    lag: dict[tuple[str, int], int] = field(default_factory=dict)
    last_progress: dict[str, float] = field(default_factory=dict)
    agent_topics: dict[str, frozenset[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.metrics is not None:
            # computed at each scrape, so the gauge is right even if nobody asks /readyz
            self.metrics.ready.set_function(lambda: 1.0 if self.readiness().ready else 0.0)

    def watch_agent(self, agent: str, topics: Iterable[str]) -> None:
        """Register an agent and the topics it consumes (its lag is theirs)."""
        self.agent_topics[agent] = frozenset(topics)

    def set_connected(self, connected: bool) -> None:
        """The consumer reached the broker (or lost it)."""
        self.connected = connected

    def set_assignment(self, partitions: Iterable[tuple[str, int]]) -> None:
        """A rebalance finished with these (topic, partition) pairs; drops lag of revoked ones."""
        self.assignment = frozenset(partitions)
        for tp in [tp for tp in self.lag if tp not in self.assignment]:
            del self.lag[tp]
            if self.metrics is not None:
                _remove(self.metrics, tp)

    def set_recovery_done(self, done: bool = True) -> None:
        """Table recovery finished (or restarted after a rebalance)."""
        self.recovery_done = done

    def set_lag(self, topic: str, partition: int, lag: int) -> None:
        """Record the consumer lag of one partition."""
        self.lag[(topic, partition)] = max(lag, 0)
        if self.metrics is not None:
            self.metrics.set_lag(topic, partition, lag)

    def record_progress(self, agent: str, now: float | None = None) -> None:
        """An agent finished one record (at `now`, default the health clock)."""
        at = self.clock() if now is None else now
        self.last_progress[agent] = at
        if self.metrics is not None:
            self.metrics.agent_progress(agent, at)

    def set_stalled(self, agents: Iterable[str]) -> None:
        """The watchdog's verdict."""
        self.stalled = frozenset(agents)
        if self.metrics is not None:
            for agent in self.agents():
                self.metrics.agent_stalled.labels(agent=agent).set(agent in self.stalled)

    def agents(self) -> list[str]:
        """Every agent known by registration or progress, sorted."""
        return sorted(set(self.agent_topics) | set(self.last_progress))

    def progress_of(self, agent: str) -> float | None:
        """When the agent last finished a record: from `record_progress`, or from the
        metrics when the stream code called `Metrics.agent_progress` directly."""
        seen = self.last_progress.get(agent)
        if self.metrics is not None:
            gauge = self.metrics.registry.get_sample_value(
                "storywatch_agent_last_progress_timestamp_seconds", {"agent": agent}
            )
            if gauge is not None and (seen is None or gauge > seen):
                return gauge
        return seen

    def agent_lag(self, agent: str) -> int:
        """Lag over the agent's topics (all topics when it registered none)."""
        topics = self.agent_topics.get(agent)
        return sum(n for (t, _), n in self.lag.items() if topics is None or t in topics)

    def readiness(self) -> Readiness:
        """Ready when connected, assigned, recovered and no agent is stalled."""
        reasons = [
            *(["not connected to the broker"] if not self.connected else []),
            *(["no partition assignment yet"] if self.assignment is None else []),
            *(["table recovery in progress"] if not self.recovery_done else []),
            *(f"agent {a} stalled" for a in sorted(self.stalled)),
        ]
        detail = {
            "partitions": len(self.assignment or ()),
            "lag": sum(self.lag.values()),
            "stalled": sorted(self.stalled),
        }
        return Readiness(not reasons, tuple(reasons), detail)


def _remove(metrics: Metrics, tp: tuple[str, int]) -> None:
    try:
        metrics.consumer_lag.remove(tp[0], str(tp[1]))
    except KeyError:
        return


class Watchdog:
    """Samples a Health every `interval_s` and marks stalled agents (loudly).

    With a `lag_source`, the loop also refreshes the Health's lag before each check; a
    source that fails (broker unreachable, timeout) is logged and the last lag kept.
    """

    def __init__(
        self,
        health: Health,
        stall_after_s: float,
        interval_s: float | None = None,
        lag_source: LagSource | None = None,
    ) -> None:
        self.health = health
        self.stall_after_s = stall_after_s
        self.interval_s = interval_s if interval_s is not None else max(stall_after_s / 6, 0.05)
        self.lag_source = lag_source
        self._samples: dict[str, deque[AgentSample]] = {}

    def check(self) -> frozenset[str]:
        """Take one sample per agent, decide, update the Health; return the stalled agents."""
        now = self.health.clock()
        stalled = {a for a in self.health.agents() if self._judge(a, now)}
        for agent in sorted(stalled - self.health.stalled):
            log.error(
                "agent stalled: lag waiting and no progress",
                agent=agent,
                lag=self.health.agent_lag(agent),
                last_progress=self.health.progress_of(agent),
                stall_after_s=self.stall_after_s,
            )
        for agent in sorted(self.health.stalled - stalled):
            log.warning("agent resumed", agent=agent)
        self.health.set_stalled(stalled)
        return frozenset(stalled)

    def _judge(self, agent: str, now: float) -> bool:
        window = self._samples.setdefault(agent, deque())
        sample = AgentSample(now, self.health.agent_lag(agent), self.health.progress_of(agent))
        window.append(sample)
        # keep one sample older than the horizon: it is the baseline of the window
        while len(window) > 1 and window[1].at <= now - self.stall_after_s:
            window.popleft()
        return is_stalled(window, self.stall_after_s)

    async def refresh_lag(self) -> None:
        """Read the lag source once into the Health (bounded by `interval_s`, at least 1 s)."""
        if self.lag_source is None:
            return
        try:
            async with asyncio.timeout(max(self.interval_s, 1.0)):
                lags = await self.lag_source()
        except (TimeoutError, OSError, StorywatchError) as e:
            log.warning("lag not read; keeping the last values", error=str(e) or type(e).__name__)
            return
        for (topic, partition), lag in lags.items():
            self.health.set_lag(topic, partition, lag)

    async def run(self, stop: asyncio.Event) -> None:
        """Refresh lag and check every `interval_s` until `stop` is set."""
        while not stop.is_set():
            await self.refresh_lag()
            self.check()
            try:
                await asyncio.wait_for(stop.wait(), timeout=self.interval_s)
            except TimeoutError:
                continue
