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

__all__ = ["StallWatch", "WorkerState", "assignment_watch", "by_topic", "hole", "snapshot"]

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


def hole(consumer: Any, tp: Any) -> tuple[int, int] | None:
    """(first, last) offsets Faust can never commit past on `tp`: acked offsets resume
    after the committed one with a hole between, and no record of the hole is in flight.

    Seen after a rebalance whose offset commit failed (two-worker bench runs,
    2026-11-26): the records of the hole were handled again in the new generation, but
    their acks were not kept, so `Consumer._new_offset` (it needs acked offsets to start
    at the committed one) returned nothing for ever and the group never drained.
    """
    committed = (getattr(consumer, "_committed_offset", {}) or {}).get(tp)
    acked = (getattr(consumer, "_acked", {}) or {}).get(tp) or []
    if committed is None or not acked or min(acked) - committed <= 1:
        return None
    first, last = committed, min(acked) - 1
    for msg in list(getattr(consumer, "_unacked_messages", ()) or ()):
        if getattr(msg, "tp", None) == tp and first <= getattr(msg, "offset", -1) <= last:
            return None  # still being handled: not a hole yet
    return first, last


@dataclass
class StallWatch:
    """Partitions with records past the committed offset where neither moved between
    snapshots (outside a rebalance): logged once each (`partition_stalled`) with what
    Faust and aiokafka hold about them; after `heal_after` snapshots, a partition
    stalled on a `hole` is sent back to its committed offset (`heal`): its records are
    handled again (at-least-once, as after a crash) and acked anew."""

    heal_after: int = 3
    last: dict[Any, tuple[Any, Any]] = field(default_factory=dict)
    streak: dict[Any, int] = field(default_factory=dict)
    told: set[tuple[Any, Any, Any]] = field(default_factory=set)
    healed: set[tuple[Any, Any, Any]] = field(default_factory=set)

    def check(self, app: Any) -> list[dict[str, Any]]:
        """Details of partitions newly stalled (see the class docstring)."""
        consumer = app.consumer
        committed = getattr(consumer, "_committed_offset", {}) or {}
        changelogs = set(getattr(app.tables, "changelog_topics", ()) or ())  # never committed
        mine = [tp for tp in consumer.assignment() if tp.topic not in changelogs]
        now = {tp: (consumer.highwater(tp), committed.get(tp)) for tp in mine}
        stalled = []
        streak: dict[Any, int] = {}
        for tp, (high, done) in now.items():
            behind = high is not None and high > (done or 0)
            if not behind or self.last.get(tp) != (high, done) or app.rebalancing:
                continue
            streak[tp] = self.streak.get(tp, 0) + 1
            if (tp, high, done) not in self.told:
                self.told.add((tp, high, done))
                stalled.append({"tp": f"{tp.topic}[{tp.partition}]", **_tp_detail(consumer, tp)})
        self.last, self.streak = now, streak
        return stalled

    async def heal(self, app: Any) -> list[dict[str, Any]]:
        """Seek partitions stalled on a hole for `heal_after` snapshots back to their
        committed offset; what was done, one dict per partition."""
        consumer, done = app.consumer, []
        for tp, n in self.streak.items():
            key = (tp, *self.last[tp])
            if n < self.heal_after or key in self.healed:
                continue
            gap = hole(consumer, tp)
            if gap is None:
                continue
            self.healed.add(key)
            acked = consumer._acked.get(tp) or []
            consumer._acked_index[tp] = set(acked)  # no stale entry may refuse an ack
            await consumer.seek_wait({tp: gap[0]})  # in the consumer's own thread
            done.append({"tp": f"{tp.topic}[{tp.partition}]", "hole": list(gap),
                         "seek_to": gap[0]})  # fmt: skip
        return done


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
        try:
            for healed in await stalls.heal(app):
                log.warning("partition_hole_healed", pid=pid, **healed)
        except Exception as e:  # noqa: BLE001  (a repair attempt must never crash the worker)
            log.warning("partition_heal_failed", error=repr(e))

    app.on_partitions_assigned.connect(assigned)
    app.on_partitions_revoked.connect(revoked)
    app.timer(every_s)(state_timer)
