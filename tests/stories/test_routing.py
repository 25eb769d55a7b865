"""Story keys: which stories an article touches."""

from __future__ import annotations

from datetime import UTC, datetime

from storywatch.stories import route
from storywatch.testing import classified, event, run_classified

T = datetime(2026, 1, 12, 8, 15, tzinfo=UTC)


def test_noise_touches_no_story() -> None:
    c = classified("n1", T, [event("USA", "comment", None), event("CHN", "appeal", "RUS")])
    assert route(c) == []


def test_story_key_is_sorted_parties_and_issue() -> None:
    (item,) = route(classified("a", T, [event("UKR", "propose", "RUS", issue="talks")]))
    assert item.story_id == "RUS-UKR:talks"
    assert item.parties == ("RUS", "UKR")
    assert item.issue == "talks"


def test_both_directions_land_on_the_same_story() -> None:
    a = route(classified("a", T, [event("UKR", "propose", "RUS", issue="talks")]))
    b = route(classified("b", T, [event("RUS", "accept", "UKR", issue="talks")]))
    assert a[0].story_id == b[0].story_id


def test_mediators_proposing_to_two_sides_make_one_story_per_pair() -> None:
    events = [
        event(m, "propose", side, issue="ceasefire")
        for m in ("QAT", "EGY")
        for side in ("ISR", "HAMAS")
    ]
    items = route(classified("g1", T, events))
    assert sorted(i.story_id for i in items) == [
        "EGY-HAMAS:ceasefire",
        "EGY-ISR:ceasefire",
        "HAMAS-QAT:ceasefire",
        "ISR-QAT:ceasefire",
    ]


def test_one_article_touching_several_stories() -> None:
    c = classified(
        "u8",
        T,
        [event("UKR", "meet", "RUS"), event("RUS", "agree", "UKR", issue="prisoner_exchange")],
    )
    assert sorted(i.story_id for i in route(c)) == ["RUS-UKR:prisoner_exchange", "RUS-UKR:talks"]


def test_counterpart_of_an_event_without_target_comes_from_the_article() -> None:
    c = classified(
        "u1",
        T,
        [
            event("UKR", "propose", "RUS", issue="talks"),
            event("RUS", "respond", None, issue="talks", modality="negated"),
        ],
    )
    (item,) = route(c)
    assert [e.action for e in item.events] == ["propose", "respond"]


def test_counterpart_from_entities_when_no_other_event_names_one() -> None:
    c = classified(
        "x", T, [event("ISR", "accept", None, issue="ceasefire")], entities=("ISR", "HAMAS")
    )
    assert [i.story_id for i in route(c)] == ["HAMAS-ISR:ceasefire"]


def test_event_without_any_counterpart_is_not_routed() -> None:
    assert route(classified("x", T, [event("ISR", "accept", None, issue="ceasefire")])) == []


def test_missing_issue_borrowed_from_the_same_pair_else_default() -> None:
    c = classified(
        "t",
        T,
        [event("USA", "propose", "CHN", issue="trade"), event("CHN", "respond", "USA")],
    )
    assert [i.story_id for i in route(c)] == ["CHN-USA:trade"]
    c2 = classified("t2", T, [event("CHN", "respond", "USA")])
    assert [i.story_id for i in route(c2)] == ["CHN-USA:talks"]


def test_attack_without_issue_goes_to_the_pairs_agreements() -> None:
    items = route(classified("g11", T, [event("ISR", "attack", "HAMAS")]))
    assert sorted(i.story_id for i in items) == ["HAMAS-ISR:ceasefire", "HAMAS-ISR:peace_deal"]


def test_a_host_beside_a_pair_joins_their_story_and_moves_nobody() -> None:
    c = classified(
        "u6",
        T,
        [
            event("UKR", "meet", "RUS", issue="talks", modality="expected"),
            event("TUR", "meet", None, issue="talks", modality="expected"),
        ],
    )
    (item,) = route(c)
    assert item.story_id == "RUS-UKR:talks"
    assert [e.actor for e in item.events] == ["UKR", "TUR"]
    out = run_classified([c])
    assert {ch.actor for ch in out} == {"UKR", "RUS"}


def test_the_venue_of_a_meeting_is_not_a_party() -> None:
    c = classified(
        "t8",
        T,
        [
            event("USA", "meet", "CHN", issue="talks"),
            event("CHN", "meet", "USA", issue="talks"),
            event("USA", "meet", "CHE", issue="talks"),
        ],
    )
    assert [i.story_id for i in route(c)] == ["CHN-USA:talks"]


def test_a_vague_other_issue_takes_the_pairs_specific_issue() -> None:
    c = classified(
        "r7",
        T,
        [
            event("USA", "agree", "HOUTHIS", issue="other"),
            event("USA", "agree", "HOUTHIS", issue="ceasefire"),
        ],
    )
    assert [i.story_id for i in route(c)] == ["HOUTHIS-USA:ceasefire"]
    alone = classified("r8", T, [event("USA", "agree", "HOUTHIS", issue="other")])
    assert [i.story_id for i in route(alone)] == ["HOUTHIS-USA:other"]


def test_a_proposal_also_reaches_a_party_shown_owing_its_proposer_an_answer() -> None:
    """A mediator's plan put to one side, the other side "has not yet replied": both owe."""
    offer = classified(
        "m1",
        T,
        [
            event("TUR", "propose", "UKR", issue="trade"),
            event("RUS", "respond", "TUR", issue="trade", modality="negated"),
        ],
    )
    assert sorted(i.story_id for i in route(offer)) == ["RUS-TUR:trade", "TUR-UKR:trade"]
    # The later vague reply lands where the proposal awaits it.
    reply = classified(
        "m2",
        datetime(2026, 1, 14, tzinfo=UTC),
        [event("RUS", "accept", "TUR", issue="other"), event("RUS", "meet", "TUR", issue="trade")],
    )
    out = run_classified([offer, reply])
    assert ("RUS", "awaiting_response", "accepted", "trade") in {
        (c.actor, c.from_state, c.to_state, c.issue) for c in out
    }


def test_a_group_code_that_starts_with_a_digit_is_a_party() -> None:
    # the Central African Republic's 3R: its own moves route like any party's
    (item,) = route(classified("g3", T, [event("3R", "accept", "CAF", issue="ceasefire")]))
    assert item.story_id == "3R-CAF:ceasefire"


def test_a_placeholder_or_a_number_is_no_party() -> None:
    assert route(classified("g4", T, [event("@ARMED", "accept", "CAF", issue="talks")])) == []
    assert route(classified("g5", T, [event("2026", "accept", "CAF", issue="talks")])) == []
