"""Breaking bursts: independent sources in a window against the story's own baseline."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storywatch.models import Classified
from storywatch.stories import StoryConfig
from storywatch.testing import classified, event, run_classified

T0 = datetime(2025, 7, 19, tzinfo=UTC)
NEG = event("RUS", "respond", "UKR", issue="talks", modality="negated")


def art(n: int, minutes: float, source: str, text: str | None = None) -> Classified:
    body = text if text is not None else " ".join(f"w{n}x{k}" for k in range(12))  # all distinct
    return classified(f"a{n:02d}", T0 + timedelta(minutes=minutes), [NEG], source=source, text=body)


def breaking(changes: list) -> list:
    return [c for c in changes if c.to_state == "breaking"]


def test_many_independent_sources_in_an_hour_is_breaking() -> None:
    quiet = [art(i, i * 24 * 60 / 4, f"daily-{i % 2}") for i in range(4)]  # a few a day
    burst = [art(10 + i, 24 * 60 + i * 5, f"outlet-{i}") for i in range(6)]
    out = breaking(run_classified(quiet + burst))
    assert len(out) == 1
    assert out[0].article_id == "a13"  # the fourth independent source
    assert out[0].figures["sources_in_window"] == 4.0
    assert out[0].figures["ratio"] >= 3.0
    assert out[0].severity == "high"


def test_one_outlet_publishing_often_is_not_breaking() -> None:
    out = run_classified([art(i, i * 5, "wire") for i in range(12)])
    assert breaking(out) == []


def test_syndicated_copies_count_once() -> None:
    text = "Russia has not yet responded to the Ukrainian proposal for new talks, officials said."
    out = run_classified([art(i, i * 5, f"outlet-{i}", text) for i in range(12)])
    assert breaking(out) == []


def test_a_story_always_this_busy_is_not_breaking() -> None:
    config = StoryConfig(burst_min_sources=4, burst_ratio=3.0)
    steady = [art(i, i * 15, f"outlet-{i % 5}") for i in range(4 * 24 * 2)]  # 4 an hour, 2 days
    out = breaking(run_classified(steady, config))
    assert [c.article_id for c in out] == ["a03"]  # only at the very start, before any baseline
