"""The deadline index: sweeps visit only the stories due, with the changes of a full sweep."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from storywatch.engine import Detector
from storywatch.models import Change, Classified, Event
from storywatch.stories import StoryConfig, StoryState, due
from storywatch.stories.deadlines import ALWAYS, DueIndex, next_due
from storywatch.stories.model import PartyState, epoch
from storywatch.testing import classified, keys

T0 = datetime(2025, 7, 19, tzinfo=UTC)
PARTIES = ("AAA", "BBB", "CCC")
PARTY_STATES = (None, "proposed", "awaiting_response", "overdue", "accepted", "rejected",
                "scheduled", "held", "agreed", "responded")  # fmt: skip
CONFIGS = st.builds(
    StoryConfig,
    overdue_hours=st.sampled_from((0.5, 1.0, 7.25, 72.0)),
    ttl_days=st.sampled_from((0.1, 2.0, 14.0)),
    commitment_ttl_days=st.sampled_from((1.0, 90.0)),
    open_ttl_days=st.sampled_from((0.2, 30.0)),
    sweep_every_s=st.sampled_from((300.0, 3600.0)),
)

parties = st.dictionaries(
    st.sampled_from(PARTIES),
    st.builds(
        PartyState,
        state=st.sampled_from(PARTY_STATES),
        since=st.integers(epoch(T0) - 10 * 86400, epoch(T0)),
    ),
    max_size=2,
)
states = st.builds(
    StoryState,
    story_id=st.just("AAA-BBB:talks"),
    parties=parties,
    last_seen=st.one_of(
        st.none(),
        st.integers(-10 * 86400 * 10**6, 0).map(lambda us: T0 + timedelta(microseconds=us)),
    ),
)


def _acts(state: StoryState, now: datetime, config: StoryConfig) -> bool:
    after, found = due(state, now, config)
    return after is None or bool(found) or after != state


@settings(max_examples=300, deadline=None)
@given(states, CONFIGS, st.integers(0, 200 * 86400 * 10**6))
def test_due_does_nothing_before_next_due(
    state: StoryState, config: StoryConfig, offset_us: int
) -> None:
    at = next_due(state, config)
    now = T0 - timedelta(days=12) + timedelta(microseconds=offset_us)
    if at is None or now < at:
        assert not _acts(state, now, config)


@settings(max_examples=300, deadline=None)
@given(states, CONFIGS)
def test_due_acts_from_next_due_on_and_not_a_microsecond_before(
    state: StoryState, config: StoryConfig
) -> None:
    """Exact to the microsecond (the configs' deadlines are whole seconds)."""
    at = next_due(state, config)
    assert at is not None  # every story that holds anything expires some day
    if at == ALWAYS:
        assert state.last_seen is None
        return
    assert _acts(state, at, config)
    assert not _acts(state, at - timedelta(microseconds=1), config)


def test_deadlines_past_year_9999_are_never_due() -> None:
    last = datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)
    waiting = PartyState(state="awaiting_response", since=epoch(last))
    state = StoryState(story_id="AAA-BBB:talks", parties={"AAA": waiting}, last_seen=last)
    assert next_due(state, StoryConfig()) is None
    assert not _acts(state, datetime.max.replace(tzinfo=UTC), StoryConfig())


def test_a_blank_story_is_always_due() -> None:
    assert next_due(StoryState(story_id="AAA-BBB:talks"), StoryConfig()) == ALWAYS


def test_index_pops_due_keys_sorted_and_forgets_them() -> None:
    index = DueIndex()
    index.set("b", T0)
    index.set("a", T0 - timedelta(hours=1))
    index.set("c", T0 + timedelta(hours=1))
    assert index.pop_due(T0) == ["a", "b"]
    assert "a" not in index
    assert index.pop_due(T0) == []
    assert index.pop_due(T0 + timedelta(hours=2)) == ["c"]


def test_index_uses_a_key_s_latest_time_only() -> None:
    index = DueIndex()
    index.set("a", T0)
    index.set("a", T0 + timedelta(days=1))  # the story moved on: its old time is stale
    assert index.pop_due(T0) == []
    index.set("b", T0)
    index.set("b", None)  # nothing waits on time any more
    assert index.pop_due(T0 + timedelta(days=2)) == ["a"]


def test_index_stays_small_when_times_keep_moving() -> None:
    index = DueIndex()
    for n in range(1000):
        index.set("a", T0 + timedelta(seconds=n))
    assert len(index) == 1
    assert len(index._heap) <= 2 * len(index) + 65  # the heap is what grows


class FullSweep(Detector):
    """The Detector before the index: `due` on every story at every sweep."""

    def tick(self, now: datetime) -> list[Change]:
        changes: list[Change] = []
        for key in sorted(self.states):
            state, found = due(self.states[key], now, self.config)
            if state is None:
                del self.states[key]
            else:
                self.states[key] = state
            changes.extend(found)
        return changes


events = st.builds(
    Event,
    actor=st.sampled_from(PARTIES),
    action=st.sampled_from(("propose", "accept", "reject", "respond", "meet", "agree")),
    target=st.sampled_from(PARTIES),
    issue=st.sampled_from(("talks", "ceasefire")),
    modality=st.sampled_from(("asserted", "asserted", "expected")),
    confidence=st.just(0.9),
)
articles = st.lists(
    st.tuples(
        st.integers(0, 5 * 24 * 60),  # minutes after the previous article: up to 5 days
        st.lists(events, min_size=1, max_size=2),
        st.sampled_from(("wire", "post", "herald")),
    ),
    min_size=1,
    max_size=30,
)


def _build(raw: list[tuple[int, list[Event], str]]) -> list[Classified]:
    out, t = [], T0
    for n, (gap, evs, source) in enumerate(raw):
        t += timedelta(minutes=gap)
        out.append(classified(f"a{n:03d}", t, evs, source=source))
    return out


@settings(max_examples=80, deadline=None)
@given(articles, st.sampled_from((0.0, 3600.0)), st.sampled_from((1.0, 72.0)))
def test_indexed_sweeps_give_the_changes_of_full_sweeps(
    raw: list[tuple[int, list[Event], str]], window: float, overdue: float
) -> None:
    config = StoryConfig(reorder_window_s=window, overdue_hours=overdue, ttl_days=3.0)
    got, want = Detector(config), FullSweep(config)
    out: list[list[Change]] = [[], []]
    for c in _build(raw):
        out[0] += got.feed_classified(c)
        out[1] += want.feed_classified(c)
    end = T0 + timedelta(days=400)
    out[0] += got.finish(end)
    out[1] += want.finish(end)
    assert keys(out[0]) == keys(out[1])
    assert dict(got.states) == dict(want.states)


def test_indexed_sweeps_fire_overdue_and_expire() -> None:
    """The equivalence above is not vacuous: deadlines fire and stories expire."""
    propose = Event(actor="AAA", action="propose", target="BBB", issue="talks",
                    modality="asserted", confidence=0.9)  # fmt: skip
    det = Detector(StoryConfig(overdue_hours=1.0, ttl_days=1.0, open_ttl_days=2.0))
    det.feed_classified(classified("a1", T0, [propose]))
    assert det.states
    changes = det.tick(T0 + timedelta(hours=2))
    assert [c.to_state for c in changes] == ["overdue"]
    assert det.tick(T0 + timedelta(days=3)) == []
    assert dict(det.states) == {}
