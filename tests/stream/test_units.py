"""Small pure pieces of the stream adapters: pacing, topic layout, record decoding."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from aiokafka.partitioner import DefaultPartitioner

from storywatch._exceptions import InvalidInput
from storywatch.stream.admin import topic_specs
from storywatch.stream.records import DeadLetter, StoryRecord, decode_story_record, partition_of
from storywatch.stream.replay import Pace, count_lines
from storywatch.stream.topics import TopicNames

T0 = datetime(2025, 7, 1, tzinfo=UTC)


def test_rate_paces_by_index() -> None:
    assert Pace(rate=4).delay(10, T0, T0) == 2.5


def test_follow_time_scales_published_gaps() -> None:
    assert Pace(follow_time=60).delay(3, T0, T0 + timedelta(hours=1)) == 60.0


def test_follow_time_never_goes_back_in_time() -> None:
    assert Pace(follow_time=2).delay(3, T0, T0 - timedelta(hours=1)) == 0.0


def test_no_pace_sends_at_once() -> None:
    assert Pace().delay(5, T0, T0 + timedelta(days=1)) is None


def test_count_lines_skips_blank_lines(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text('{"a": 1}\n\n  \n{"b": 2}\n')
    assert count_lines(f) == 2


def test_topics_carry_the_prefix_and_only_the_changelog_is_compacted() -> None:
    specs = topic_specs(TopicNames("x-"), "app", partitions=6, replication=3)
    assert {s.name for s in specs} == {
        "x-articles", "x-stories", "x-changes", "x-alerts", "x-deadletter",
        "app-story-states-changelog",
    }  # fmt: skip
    assert all((s.partitions, s.replication) == (6, 3) for s in specs)
    assert [s.name for s in specs if s.configs()] == ["app-story-states-changelog"]


@pytest.mark.parametrize("n", [1, 3, 4, 12])
def test_partition_of_matches_the_producers_default_partitioner(n: int) -> None:
    parts = list(range(n))
    keys = ["a", "RUS-UKR:talks", "", "é-ü", *(f"k{i}" for i in range(50))]
    expected = [DefaultPartitioner()(k.encode(), parts, parts) for k in keys]
    assert [partition_of(k, n) for k in keys] == expected


@pytest.mark.parametrize(
    "raw",
    [b'{"kind": "item"}', b'{"kind": "tick"}', b'{"kind": "other"}', b"[]", b"\xff\xfe"],
)
def test_incomplete_story_records_are_invalid(raw: bytes) -> None:
    with pytest.raises(InvalidInput):
        decode_story_record(raw)


def test_a_flush_needs_nothing_else() -> None:
    assert decode_story_record(b'{"kind": "flush"}') == StoryRecord(kind="flush")


def test_dead_letter_keeps_a_bounded_raw_payload() -> None:
    dl = DeadLetter.of("classify", "too big", b"x" * 100_000)
    assert dl.raw_truncated
    assert len(dl.raw) == 64 * 1024


def test_survivors_are_frozen_and_the_whole_heap_collected_now_and_then() -> None:
    """Every call freezes what is alive (collections skip it); every `full_every`-th call
    first collects the whole heap, so cyclic garbage does not stay frozen forever."""
    import gc
    import weakref

    from storywatch.stream.gcfreeze import Refreeze

    class Cycle:
        def __init__(self) -> None:
            self.me = self

    refreeze = Refreeze(full_every=2)
    try:
        gc.unfreeze()
        ref = weakref.ref(Cycle())  # cyclic garbage, not collected yet
        refreeze()
        assert gc.get_freeze_count() > 0
        gc.collect()
        assert ref() is not None  # frozen: a collection does not look at it
        refreeze()  # the second call: unfreeze, collect, freeze again
        assert ref() is None
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
