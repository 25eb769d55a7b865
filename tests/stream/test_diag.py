"""The worker's assignment and state probes, on a fake of what they read of Faust."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from storywatch.stream.diag import StallWatch, by_topic, hole, snapshot


class TP(NamedTuple):
    topic: str
    partition: int


@dataclass
class FakeConsumer:
    high: dict[TP, int]
    _committed_offset: dict[TP, int | None] = field(default_factory=dict)
    _read_offset: dict[TP, int | None] = field(default_factory=dict)
    _acked: dict[TP, list[int]] = field(default_factory=dict)
    _paused_partitions: set[TP] = field(default_factory=set)
    _active_partitions: set[TP] = field(default_factory=set)

    def assignment(self) -> set[TP]:
        return set(self.high)

    def highwater(self, tp: TP) -> int:
        return self.high[tp]


class FakeFlow:
    def is_active(self) -> bool:
        return True


@dataclass
class FakeApp:
    consumer: FakeConsumer
    rebalancing: bool = False
    consumer_generation_id: int = 3
    flow_control: Any = field(default_factory=FakeFlow)
    tables: Any = None


ART0, ART1, LOG0 = TP("g-articles", 0), TP("g-articles", 1), TP("g-story-states-changelog", 0)


def test_partitions_are_listed_by_topic() -> None:
    assert by_topic([ART1, LOG0, ART0]) == {"g-articles": [0, 1], "g-story-states-changelog": [0]}


def test_a_snapshot_counts_what_is_behind_and_clears_the_handled_counts() -> None:
    consumer = FakeConsumer({ART0: 10, ART1: 4}, {ART0: 7, ART1: 4}, _paused_partitions={ART1})
    handled = Counter({"classify": 3})
    state = snapshot(FakeApp(consumer), handled)
    assert state.behind == (("articles", 3),)
    assert (state.assigned, state.paused, state.generation) == (2, 1, 3)
    assert state.handled == (("classify", 3),)
    assert not handled


def test_a_partition_behind_that_does_not_move_is_reported_once() -> None:
    consumer = FakeConsumer({ART0: 10, ART1: 5}, {ART0: 2, ART1: 5}, _acked={ART0: [2, 3]})
    app, stalls = FakeApp(consumer), StallWatch()
    assert stalls.check(app) == []  # first sight: nothing to compare with
    (stalled,) = stalls.check(app)
    assert stalled["tp"] == "g-articles[0]"
    assert (stalled["high"], stalled["committed"], stalled["acked"]) == (10, 2, [2, 2, 3])
    assert stalls.check(app) == []  # told already
    consumer._committed_offset[ART0] = 4  # it moved: not stalled
    assert stalls.check(app) == []


def test_nothing_is_stalled_during_a_rebalance() -> None:
    app = FakeApp(FakeConsumer({ART0: 10}, {ART0: 2}), rebalancing=True)
    stalls = StallWatch()
    stalls.check(app)
    assert stalls.check(app) == []


@dataclass(frozen=True)
class Msg:
    tp: TP
    offset: int


@dataclass
class HealableConsumer(FakeConsumer):
    _acked_index: dict[TP, set[int]] = field(default_factory=dict)
    _unacked_messages: set[Any] = field(default_factory=set)
    seeks: list[tuple[TP, int]] = field(default_factory=list)

    async def seek_wait(self, partitions: dict[TP, int]) -> None:
        self.seeks.extend(partitions.items())


def _holed() -> HealableConsumer:
    """What a stalled partition held after a rebalance: committed 7, acks from 11 on."""
    acked = list(range(11, 54))
    return HealableConsumer(
        {ART0: 54}, {ART0: 7}, _acked={ART0: acked}, _acked_index={ART0: {7, 8, *acked}}
    )


def test_acks_resuming_past_the_committed_offset_leave_a_hole() -> None:
    assert hole(_holed(), ART0) == (7, 10)
    contiguous = HealableConsumer({ART0: 54}, {ART0: 7}, _acked={ART0: [7, 8, 9]})
    assert hole(contiguous, ART0) is None
    in_flight = _holed()
    in_flight._unacked_messages.add(Msg(ART0, 9))  # still being handled
    assert hole(in_flight, ART0) is None


async def test_a_partition_stalled_on_a_hole_is_sent_back_to_its_committed_offset() -> None:
    consumer = _holed()
    app, stalls = FakeApp(consumer), StallWatch(heal_after=2)
    for _ in range(2):
        stalls.check(app)
        assert await stalls.heal(app) == []  # stalled once only
    stalls.check(app)
    assert await stalls.heal(app) == [{"tp": "g-articles[0]", "hole": [7, 10], "seek_to": 7}]
    assert consumer.seeks == [(ART0, 7)]
    assert consumer._acked_index[ART0] == set(range(11, 54))  # stale 7, 8 gone
    stalls.check(app)
    assert await stalls.heal(app) == []  # once per stalled state


async def test_a_partition_stalled_without_a_hole_is_left_alone() -> None:
    consumer = HealableConsumer({ART0: 54}, {ART0: 7})  # nothing acked: waiting for work
    app, stalls = FakeApp(consumer), StallWatch(heal_after=1)
    for _ in range(3):
        stalls.check(app)
        assert await stalls.heal(app) == []
    assert consumer.seeks == []
