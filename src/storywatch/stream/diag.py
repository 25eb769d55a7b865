"""What a worker was given and whether it works on it: one log line per rebalance and per
change of state, for the case of a worker that joins and stays idle.

    assignment_watch(app, counts)   # once, before the worker starts

At each assignment (INFO `partitions_assigned`): the group generation and the partitions
by topic. Every `every_s` seconds a snapshot (`WorkerState`): partitions assigned, those
Faust has paused (it pauses all at a rebalance and resumes the stream partitions once
table recovery is done), flow control, recovery, records handled per agent since the
last snapshot; logged at INFO (`worker_state`) only when it differs in shape from the
last one logged (assignment, pauses, flow, recovery, an agent that started or stopped
handling records), so a steady worker logs nothing.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import structlog

__all__ = ["StallWatch", "WorkerState", "assignment_watch", "by_topic", "snapshot"]

log = structlog.get_logger(__name__)


def by_topic(tps: Iterable[Any]) -> dict[str, list[int]]:
    """{topic: sorted partitions} of topic-partitions (anything with .topic, .partition)."""
    out: dict[str, list[int]] = {}
    for tp in tps:
        out.setdefault(tp.topic, []).append(tp.partition)
    return {t: sorted(ps) for t, ps in sorted(out.items())}


@dataclass(frozen=True)
class WorkerState:
    """One snapshot of a worker's consumer (see the module docstring)."""

    generation: int
    assigned: int
    paused: int
    flow_active: bool
    rebalancing: bool
    in_recovery: bool
    handled: tuple[tuple[str, int], ...]  # (agent, records since the last snapshot)
    # (topic suffix, records between the committed offset and the high watermark) of
    # the assigned partitions with any.
    behind: tuple[tuple[str, int], ...] = ()

    def shape(self) -> tuple[Any, ...]:
        """What a log line is kept for: counts only as working or not."""
        working = tuple((a, n > 0) for a, n in self.handled)
        lagging = tuple(t for t, _ in self.behind)
        return (self.generation, self.assigned, self.paused, self.flow_active,
                self.rebalancing, self.in_recovery, working, lagging)  # fmt: skip


def _behind(consumer: Any) -> tuple[tuple[str, int], ...]:
    """(topic suffix, high watermark - committed offset) summed over assigned partitions."""
    committed = getattr(consumer, "_committed_offset", {}) or {}
    out: Counter[str] = Counter()
    for tp in consumer.assignment():
        high = consumer.highwater(tp)
        if high is None:
            continue
        gap = int(high) - int(committed.get(tp) or 0)
        if gap > 0:
            out[tp.topic.rsplit("-", 1)[-1]] += gap
    return tuple(sorted(out.items()))


def snapshot(app: Any, handled: Counter[str]) -> WorkerState:
    """The state of `app`'s consumer now; `handled` is read and cleared."""
    consumer = app.consumer
    recovery = getattr(getattr(app, "tables", None), "recovery", None)
    state = WorkerState(
        generation=int(getattr(app, "consumer_generation_id", 0) or 0),
        assigned=len(consumer.assignment()),
        paused=len(getattr(consumer, "_paused_partitions", ()) or ()),
        flow_active=bool(app.flow_control.is_active()),
        rebalancing=bool(getattr(app, "rebalancing", False)),
        in_recovery=bool(getattr(recovery, "in_recovery", False)),
        handled=tuple(sorted(handled.items())),
        behind=_behind(consumer),
    )
    handled.clear()
    return state


def _tp_detail(consumer: Any, tp: Any) -> dict[str, Any]:
    """What Faust and aiokafka hold about one partition (for a stalled one)."""
    acked = list((getattr(consumer, "_acked", {}) or {}).get(tp) or [])
    gap = (getattr(consumer, "_gap", {}) or {}).get(tp)
    detail: dict[str, Any] = {
        "high": consumer.highwater(tp),
        "committed": (getattr(consumer, "_committed_offset", {}) or {}).get(tp),
        "read": (getattr(consumer, "_read_offset", {}) or {}).get(tp),
        "acked": [len(acked), min(acked, default=None), max(acked, default=None)],
        "gap": len(gap) if gap is not None else 0,
        "paused": tp in (getattr(consumer, "_paused_partitions", ()) or ()),
        "active": tp in (getattr(consumer, "_active_partitions", ()) or ()),
    }
    try:
        inner = consumer._thread._consumer
        state = inner._subscription.subscription.assignment.state_value(tp)
        detail["position"] = state.position if state.has_valid_position else None
        detail["fetch_paused"] = state.paused
    except AttributeError:
        pass
    return detail


@dataclass
class StallWatch:
    """Partitions with records past the committed offset where neither moved between two
    snapshots (outside a rebalance): logged once each (`partition_stalled`) with what
    Faust and aiokafka hold about them."""

    last: dict[Any, tuple[Any, Any]] = field(default_factory=dict)
    told: set[tuple[Any, Any, Any]] = field(default_factory=set)

    def check(self, app: Any) -> list[dict[str, Any]]:
        consumer = app.consumer
        committed = getattr(consumer, "_committed_offset", {}) or {}
        changelogs = set(getattr(app.tables, "changelog_topics", ()) or ())  # never committed
        mine = [tp for tp in consumer.assignment() if tp.topic not in changelogs]
        now = {tp: (consumer.highwater(tp), committed.get(tp)) for tp in mine}
        stalled = []
        for tp, (high, done) in now.items():
            behind = high is not None and high > (done or 0)
            if not behind or self.last.get(tp) != (high, done) or app.rebalancing:
                continue
            if (tp, high, done) not in self.told:
                self.told.add((tp, high, done))
                stalled.append({"tp": f"{tp.topic}[{tp.partition}]", **_tp_detail(consumer, tp)})
        self.last = now
        return stalled


def assignment_watch(app: Any, handled: Counter[str], every_s: float = 2.0) -> None:
    """Log assignments and changes of state of `app` (see the module docstring);
    `handled[agent]` is counted up by the agents."""
    pid = os.getpid()
    last: list[tuple[Any, ...]] = []
    stalls = StallWatch()

    async def assigned(sender: Any, assigned: Any, **_: Any) -> None:
        gen = getattr(app, "consumer_generation_id", None)
        log.info("partitions_assigned", pid=pid, generation=gen, partitions=by_topic(assigned))

    async def revoked(sender: Any, revoked: Any, **_: Any) -> None:
        log.info("partitions_revoked", pid=pid, partitions=by_topic(revoked))

    async def state_timer() -> None:
        try:
            state = snapshot(app, handled)
        except Exception as e:  # noqa: BLE001  (a probe must never crash the worker)
            log.debug("worker_state_failed", error=repr(e))
            return
        if not last or last[-1] != state.shape():
            last[:] = [state.shape()]
            log.info("worker_state", pid=pid, **state.__dict__)
        for detail in stalls.check(app):
            log.info("partition_stalled", pid=pid, **detail)

    app.on_partitions_assigned.connect(assigned)
    app.on_partitions_revoked.connect(revoked)
    app.timer(every_s)(state_timer)
