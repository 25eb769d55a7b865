"""Health, readiness and the stall watchdog (a frozen agent trips it; a slow one does not)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import structlog

from storywatch.observe import AgentSample, Health, Metrics, Watchdog, is_stalled

from .conftest import FakeClock

STALL = 60.0


def _ready_health(clock: FakeClock, metrics: Metrics | None = None) -> Health:
    h = Health(metrics=metrics, clock=clock)
    h.set_connected(True)
    h.set_assignment([("storywatch-articles", 0)])
    h.set_recovery_done()
    return h


@dataclass
class FakeAgent:
    """An agent fed `arrivals` records per tick that finishes `rate` of them, until frozen."""

    name: str
    health: Health
    topic: str = "storywatch-articles"
    arrivals: int = 5
    rate: int = 5
    backlog: int = 0
    frozen: bool = False

    def tick(self) -> None:
        self.backlog += self.arrivals
        done = 0 if self.frozen else min(self.rate, self.backlog)
        self.backlog -= done
        for _ in range(done):
            self.health.record_progress(self.name)
        self.health.set_lag(self.topic, 0, self.backlog)


def _run(agent: FakeAgent, dog: Watchdog, clock: FakeClock, seconds: int, step: int = 5) -> bool:
    """Advance time in steps, ticking the agent and the watchdog; True if it ever tripped."""
    tripped = False
    for _ in range(seconds // step):
        clock.advance(step)
        agent.tick()
        tripped |= agent.name in dog.check()
    return tripped


# -- the pure decision ---------------------------------------------------------------


def test_no_window_yet_is_not_stalled() -> None:
    samples = [AgentSample(0, 10, None), AgentSample(30, 50, None)]
    assert not is_stalled(samples, STALL)
    assert not is_stalled([], STALL)


def test_growing_lag_without_progress_is_stalled() -> None:
    samples = [AgentSample(0, 10, -5), AgentSample(30, 20, -5), AgentSample(61, 30, -5)]
    assert is_stalled(samples, STALL)


def test_recent_progress_is_not_stalled() -> None:
    samples = [AgentSample(0, 10, 0), AgentSample(61, 30, 55)]
    assert not is_stalled(samples, STALL)


def test_shrinking_lag_is_not_stalled() -> None:
    assert not is_stalled([AgentSample(0, 30, None), AgentSample(61, 20, None)], STALL)


def test_idle_agent_with_no_lag_is_not_stalled() -> None:
    assert not is_stalled([AgentSample(0, 0, None), AgentSample(600, 0, None)], STALL)


# -- the watchdog over a fake agent -----------------------------------------------------


def test_frozen_agent_trips_the_watchdog_and_fails_readiness(clock: FakeClock) -> None:
    metrics = Metrics()
    health = _ready_health(clock, metrics)
    health.watch_agent("classify", ["storywatch-articles"])
    agent = FakeAgent("classify", health)
    dog = Watchdog(health, STALL)
    assert not _run(agent, dog, clock, 300)
    assert health.readiness().ready

    agent.frozen = True
    with structlog.testing.capture_logs() as logs:
        tripped = _run(agent, dog, clock, 120)
    assert tripped
    readiness = health.readiness()
    assert not readiness.ready
    assert "agent classify stalled" in readiness.reasons
    assert [e["agent"] for e in logs if e["log_level"] == "error"] == ["classify"]
    assert metrics.registry.get_sample_value("storywatch_agent_stalled", {"agent": "classify"}) == 1
    assert metrics.registry.get_sample_value("storywatch_ready") == 0


def test_watchdog_waits_the_full_stall_time(clock: FakeClock) -> None:
    health = _ready_health(clock)
    agent = FakeAgent("classify", health)
    dog = Watchdog(health, STALL)
    _run(agent, dog, clock, 100)
    agent.frozen = True
    assert not _run(agent, dog, clock, 55)
    assert _run(agent, dog, clock, 10)


def test_thawed_agent_recovers(clock: FakeClock) -> None:
    health = _ready_health(clock)
    health.watch_agent("classify", ["storywatch-articles"])  # frozen before its first record
    agent = FakeAgent("classify", health)
    dog = Watchdog(health, STALL)
    agent.frozen = True
    assert _run(agent, dog, clock, 120)
    agent.frozen, agent.rate = False, 50
    _run(agent, dog, clock, 10)
    assert health.stalled == frozenset()
    assert health.readiness().ready


def test_progress_counted_only_in_metrics_is_seen(clock: FakeClock) -> None:
    """Stream code that calls Metrics.agent_progress directly still feeds the watchdog."""
    metrics = Metrics()
    health = _ready_health(clock, metrics)
    health.watch_agent("detect", ["storywatch-stories"])
    dog = Watchdog(health, STALL)
    for lag in range(0, 400, 10):  # lag grows, but records keep finishing
        clock.advance(5)
        metrics.agent_progress("detect", clock())
        health.set_lag("storywatch-stories", 0, lag)
        assert dog.check() == frozenset()
    assert health.progress_of("detect") == clock()
    clock.advance(STALL + 5)
    health.set_lag("storywatch-stories", 0, 500)
    assert dog.check() == {"detect"}


def test_slow_but_moving_agent_is_not_stalled(clock: FakeClock) -> None:
    health = _ready_health(clock)
    agent = FakeAgent("classify", health, arrivals=10, rate=1)  # lag grows, progress goes on
    assert not _run(agent, Watchdog(health, STALL), clock, 600)


def test_lag_on_other_topics_does_not_stall_an_agent(clock: FakeClock) -> None:
    health = _ready_health(clock)
    health.watch_agent("alerter", ["storywatch-changes"])
    health.watch_agent("classify", ["storywatch-articles"])
    frozen_idle = FakeAgent("alerter", health, topic="storywatch-changes", arrivals=0)
    frozen_idle.frozen = True
    busy = FakeAgent("classify", health, arrivals=10, rate=10)
    busy.backlog = 100
    dog = Watchdog(health, STALL)
    for _ in range(40):
        clock.advance(5)
        frozen_idle.tick()
        busy.tick()
        assert dog.check() == frozenset()


async def test_watchdog_loop_trips_on_real_time() -> None:
    health = Health()
    health.set_lag("storywatch-articles", 0, 7)
    health.record_progress("classify")
    health.last_progress["classify"] -= 10  # its last record was long ago
    stop = asyncio.Event()
    dog = Watchdog(health, stall_after_s=0.1, interval_s=0.02)
    task = asyncio.create_task(dog.run(stop))
    for _ in range(500):  # up to 5 s
        if health.stalled:
            break
        await asyncio.sleep(0.01)
    stop.set()
    await asyncio.wait_for(task, 5)
    assert health.stalled == {"classify"}


# -- readiness --------------------------------------------------------------------------


def test_fresh_health_is_not_ready_and_says_why() -> None:
    r = Health().readiness()
    assert not r.ready
    assert r.reasons == (
        "not connected to the broker",
        "no partition assignment yet",
        "table recovery in progress",
    )


def test_ready_gauge_follows_health_without_any_request() -> None:
    metrics = Metrics()
    health = Health(metrics=metrics)
    assert metrics.registry.get_sample_value("storywatch_ready") == 0
    health.set_connected(True)
    health.set_assignment([])
    health.set_recovery_done()
    assert metrics.registry.get_sample_value("storywatch_ready") == 1
    health.set_stalled(["alert"])
    assert metrics.registry.get_sample_value("storywatch_ready") == 0


def test_empty_assignment_is_a_ready_standby(clock: FakeClock) -> None:
    h = _ready_health(clock)
    h.set_assignment([])
    assert h.readiness().ready
    assert h.readiness().detail["partitions"] == 0


def test_revoked_partitions_drop_their_lag(clock: FakeClock) -> None:
    metrics = Metrics()
    h = _ready_health(clock, metrics)
    h.set_assignment([("t", 0), ("t", 1)])
    h.set_lag("t", 0, 3)
    h.set_lag("t", 1, 4)
    h.set_assignment([("t", 1)])
    assert h.lag == {("t", 1): 4}
    get = metrics.registry.get_sample_value
    assert get("storywatch_consumer_lag_records", {"topic": "t", "partition": "0"}) is None
    assert get("storywatch_consumer_lag_records", {"topic": "t", "partition": "1"}) == 4


# -- the lag source -----------------------------------------------------------------------


async def test_watchdog_reads_lag_from_its_source() -> None:
    health = Health()
    health.watch_agent("classify", ["storywatch-articles"])
    health.record_progress("classify")
    health.last_progress["classify"] -= 10  # its last record was long ago
    reads = 0

    async def lag_source() -> dict[tuple[str, int], int]:
        nonlocal reads
        reads += 1
        return {("storywatch-articles", 0): 10 * reads, ("storywatch-articles", 1): 1}

    stop = asyncio.Event()
    dog = Watchdog(health, stall_after_s=0.1, interval_s=0.02, lag_source=lag_source)
    task = asyncio.create_task(dog.run(stop))
    for _ in range(500):  # up to 5 s
        if health.stalled:
            break
        await asyncio.sleep(0.01)
    stop.set()
    await asyncio.wait_for(task, 5)
    assert health.stalled == {"classify"}
    assert health.lag[("storywatch-articles", 1)] == 1
    assert reads >= 2


async def test_a_failing_lag_source_is_logged_and_the_last_lag_kept() -> None:
    health = Health()
    health.set_lag("storywatch-articles", 0, 7)

    async def broken() -> dict[tuple[str, int], int]:
        raise OSError("connection refused")

    dog = Watchdog(health, stall_after_s=60, lag_source=broken)
    with structlog.testing.capture_logs() as logs:
        await dog.refresh_lag()
    assert health.lag == {("storywatch-articles", 0): 7}
    assert logs[0]["log_level"] == "warning"
    assert logs[0]["error"] == "connection refused"
