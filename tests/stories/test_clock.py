"""EventClock: event-time order within the reorder window, flush, sweep boundaries."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storywatch.stories import EventClock, StoryConfig, route
from storywatch.stories.model import StoryItem
from storywatch.testing import classified, event

T0 = datetime(2025, 7, 19, tzinfo=UTC)


def item(n: int, minutes: float) -> StoryItem:
    c = classified(f"a{n}", T0 + timedelta(minutes=minutes), [event("UKR", "propose", "RUS")])
    return route(c)[0]


def test_items_wait_for_the_window_then_come_out_in_event_time_order() -> None:
    clock = EventClock(StoryConfig(reorder_window_s=600))
    assert clock.push(item(2, 5)) == []
    assert clock.push(item(1, 0)) == []
    released = clock.push(item(3, 16))
    assert [i.article.id for i in released] == ["a1", "a2"]
    assert [i.article.id for i in clock.flush()] == ["a3"]
    assert len(clock) == 0


def test_watermark_is_the_newest_published_at_pushed() -> None:
    clock = EventClock(StoryConfig(reorder_window_s=600))
    clock.push(item(2, 30))
    clock.push(item(1, 0))
    assert clock.watermark == T0 + timedelta(minutes=30)
    assert clock.frontier == T0 + timedelta(minutes=20)


def test_zero_window_releases_at_once() -> None:
    clock = EventClock(StoryConfig(reorder_window_s=0))
    assert [i.article.id for i in clock.push(item(1, 0))] == ["a1"]


def test_sweeps_run_once_per_boundary_crossed() -> None:
    clock = EventClock(StoryConfig(reorder_window_s=0, sweep_every_s=300))
    clock.push(item(1, 0))
    assert clock.sweep_due() == T0
    clock.push(item(2, 2))
    assert clock.sweep_due() is None
    clock.push(item(3, 6))
    assert clock.sweep_due() == T0 + timedelta(minutes=6)
