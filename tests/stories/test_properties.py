"""Property tests of the state machine on any sequence of events (hypothesis)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from storywatch.engine import Detector
from storywatch.models import STATES, Change, Classified, Event
from storywatch.stories import StoryConfig, state_bytes
from storywatch.stories.transitions import STATE_BITS, TABLE
from storywatch.testing import classified, keys, run_classified

T0 = datetime(2025, 7, 19, tzinfo=UTC)
PARTIES = ("AAA", "BBB", "CCC")
ACTIONS = ("propose", "accept", "reject", "respond", "meet", "agree", "attack", "comment")
LEGAL = {None, "overdue", *STATES}
KINDS = {"overdue", "confirmed", "breaking"}
WINDOW_S = 3600.0

events = st.builds(
    Event,
    actor=st.sampled_from(PARTIES),
    action=st.sampled_from(ACTIONS),
    target=st.one_of(st.none(), st.sampled_from(PARTIES)),
    issue=st.sampled_from((None, "talks", "ceasefire")),
    modality=st.sampled_from(("asserted", "asserted", "negated", "expected", "hypothetical")),
    confidence=st.just(0.9),
)
articles = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=90),  # minutes after the previous article
        st.sampled_from(("wire", "post", "herald", "daily", "times", "ledger", "courier")),
        st.lists(events, min_size=1, max_size=3),
        st.integers(min_value=0, max_value=3),  # text variant: equal texts are copies
    ),
    min_size=1,
    max_size=25,
)


def build(raw: list[tuple[int, str, list[Event], int]]) -> list[Classified]:
    out, t = [], T0
    for n, (gap, source, evs, variant) in enumerate(raw):
        t += timedelta(minutes=gap)
        text = f"story text {variant} " + " ".join(f"{e.actor} {e.action}" for e in evs)
        article_id = f"a{n:03d}-" + "0" * 27  # as long as an id derived from a URL (32)
        out.append(
            classified(
                article_id,
                t,
                evs,
                source=source + " news service of the federal republic",
                text=text,
            )
        )
    return out


def moves(changes: list[Change]) -> list[tuple[str, str, str, str, str]]:
    """Order-free comparison that includes where each party came from."""
    return sorted(
        (c.story_id, c.article_id, c.actor, c.from_state or "", c.to_state) for c in changes
    )


def legal_moves() -> set[tuple[str | None, str]]:
    return {(src, row.to) for row in TABLE for src in row.sources}


@settings(max_examples=150, deadline=None)
@given(articles)
def test_any_sequence_leaves_every_party_in_a_legal_state(raw: list) -> None:
    det = Detector(StoryConfig())
    changes = []
    for c in build(raw):
        changes += det.feed_classified(c)
    changes += det.finish(T0 + timedelta(days=3))
    for state in det.states.values():
        assert state_bytes(state) <= 1024
        for party in state.parties.values():
            assert party.state in LEGAL
            if party.state:
                assert party.seen & STATE_BITS[party.state]
    allowed = legal_moves()
    for ch in changes:
        assert ch.to_state in KINDS or (ch.from_state, ch.to_state) in allowed


@settings(max_examples=100, deadline=None)
@given(articles)
def test_replaying_a_stream_gives_the_same_changes(raw: list) -> None:
    items = build(raw)
    assert run_classified(items) == run_classified(items)


@settings(max_examples=100, deadline=None)
@given(articles, st.randoms(use_true_random=False))
def test_any_arrival_order_within_the_window_gives_the_same_changes(
    raw: list, rnd: random.Random
) -> None:
    items = build(raw)
    # Each article arrives up to (not including) one window after its own time.
    delays = {c.id: rnd.uniform(0, WINDOW_S * 0.99) for c in items}
    shuffled = sorted(items, key=lambda c: c.published_at + timedelta(seconds=delays[c.id]))
    config = StoryConfig(reorder_window_s=WINDOW_S)
    assert moves(run_classified(shuffled, config)) == moves(run_classified(items, config))


@settings(max_examples=60, deadline=None)
@given(articles)
def test_a_flood_of_copies_from_other_outlets_changes_nothing(raw: list) -> None:
    items = build(raw)
    flood = [
        c if k == 0 else c.model_copy(update={"id": f"{c.id}~{k}", "source": f"outlet-{k}"})
        for c in items
        for k in range(20)
    ]
    assert keys(run_classified(flood)) == keys(run_classified(items))
