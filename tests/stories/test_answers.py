"""Answers to proposals across articles: counter-proposals, late replies, acceptances that
name a meeting, and acceptances of a mediator's invitation (other parties than the corpus)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storywatch.models import Change, Classified, Event
from storywatch.stories import StoryConfig, route
from storywatch.testing import classified, event, run_classified

T0 = datetime(2025, 9, 1, 9, 0, tzinfo=UTC)


def at(days: float) -> datetime:
    return T0 + timedelta(days=days)


def art(n: int, days: float, *events: Event, source: str = "wire") -> Classified:
    return classified(f"b{n:02d}", at(days), events, source=source)


def moves(changes: list[Change], story: str | None = None) -> list[tuple[str, str, str]]:
    return [
        (c.article_id, c.actor, c.to_state)
        for c in changes
        if c.to_state not in ("overdue", "confirmed", "breaking")
        and (story is None or c.story_id == story)
    ]


PER_PROPOSES = event("PER", "propose", "ECU", issue="peace_deal")


def test_an_answer_with_a_counter_proposal_is_the_answer() -> None:
    """Ecuador replies and puts forward its own wording: it responded, it did not propose."""
    reply = art(
        2, 5, event("ECU", "respond", "PER", issue="peace_deal"), event("ECU", "propose", "PER")
    )
    out = run_classified([art(1, 0, PER_PROPOSES), reply])
    assert moves(out) == [("b01", "PER", "proposed"), ("b02", "ECU", "responded")]


def test_a_refusal_with_a_counter_offer_is_the_refusal() -> None:
    reply = art(
        2, 2, event("ECU", "reject", "PER", issue="peace_deal"), event("ECU", "propose", "PER")
    )
    out = run_classified([art(1, 0, PER_PROPOSES), reply])
    assert ("b02", "ECU", "rejected") in moves(out)
    assert ("b02", "ECU", "proposed") not in moves(out)


def test_a_party_owing_nothing_still_proposes_beside_a_reply() -> None:
    """The proposer answering a question is not answering its own proposal."""
    out = run_classified(
        [art(1, 0, event("ECU", "propose", "PER", issue="trade"), event("ECU", "respond", "CHL"))]
    )
    assert ("b01", "ECU", "proposed") in moves(out)


def test_a_reply_weeks_after_the_deadline_answers_the_proposal() -> None:
    """The story of an unanswered proposal outlives the default idle TTL."""
    config = StoryConfig(ttl_days=14, open_ttl_days=30)
    reply = art(2, 20, event("ECU", "accept", "PER", issue="peace_deal"))
    out = run_classified([art(1, 0, PER_PROPOSES), reply], config)
    accepted = [c for c in out if c.to_state == "accepted"]
    assert [(c.article_id, c.from_state) for c in accepted] == [("b02", "overdue")]


def test_a_reply_after_the_open_ttl_starts_a_new_story() -> None:
    config = StoryConfig(ttl_days=14, open_ttl_days=30)
    reply = art(2, 40, event("ECU", "accept", "PER", issue="peace_deal"))
    out = run_classified([art(1, 0, PER_PROPOSES), reply], config)
    assert [c.from_state for c in out if c.to_state == "accepted"] == [None]


SAME = "The rebels said they accepted the invitation and would send a delegation to Nairobi."


def test_an_acceptance_that_promises_a_delegation_schedules_nothing() -> None:
    invite = art(1, 0, event("KEN", "propose", "SSD", issue="talks"))
    accept = classified(
        "b02", at(1),
        [event("SSD", "accept", "KEN", issue="talks", sentence=SAME),
         event("SSD", "meet", "KEN", issue="talks", modality="expected", sentence=SAME)],
    )  # fmt: skip
    assert moves(run_classified([invite, accept])) == [
        ("b01", "KEN", "proposed"),
        ("b02", "SSD", "accepted"),
    ]


def test_a_meeting_announced_in_its_own_sentence_still_schedules() -> None:
    invite = art(1, 0, event("KEN", "propose", "SSD", issue="talks"))
    accept = classified(
        "b02", at(1),
        [event("SSD", "accept", "KEN", issue="talks", sentence="Juba accepted the offer."),
         event("SSD", "meet", "KEN", issue="talks", modality="expected",
               sentence="The delegations will meet in Nairobi on Friday.")],
    )  # fmt: skip
    out = moves(run_classified([invite, accept]))
    assert ("b02", "SSD", "accepted") in out
    assert ("b02", "SSD", "scheduled") in out


def test_accepting_a_mediators_invitation_joins_the_story_of_the_two_sides() -> None:
    """Norway invites Colombia to talks with Venezuela: Colombia's acceptance beside the
    expected Colombia-Venezuela meeting also belongs to the COL-VEN story."""
    c = classified(
        "m1", T0,
        [event("COL", "accept", "NOR", issue="talks"),
         event("VEN", "meet", "COL", issue="talks", modality="expected")],
    )  # fmt: skip
    stories = {i.story_id: [e.action for e in i.events] for i in route(c)}
    assert stories["COL-NOR:talks"] == ["accept"]
    assert stories["COL-VEN:talks"] == ["accept", "meet"]


def test_an_acceptance_lifts_a_refusal_of_the_mediated_talks_so_they_can_be_held() -> None:
    refusal = art(2, 1, event("COL", "reject", "VEN", issue="talks"))
    accept = art(
        3, 3,
        event("COL", "accept", "NOR", issue="talks"),
        event("VEN", "meet", "COL", issue="talks", modality="expected"),
    )  # fmt: skip
    held = art(4, 6, event("COL", "meet", "VEN", issue="talks"), event("VEN", "meet", "COL"))
    invite = art(1, 0, event("NOR", "propose", "COL", issue="talks"))
    out = moves(run_classified([invite, refusal, accept, held]), "COL-VEN:talks")
    assert ("b03", "COL", "accepted") in out
    assert ("b04", "COL", "held") in out
    assert ("b04", "VEN", "held") in out


def test_a_refusal_beside_a_meeting_is_not_carried_to_the_meeting_partner() -> None:
    """Only an acceptance joins the two sides' story: a refusal of the mediator stays there."""
    c = classified(
        "m2", T0,
        [event("COL", "reject", "NOR", issue="talks"),
         event("VEN", "meet", "COL", issue="talks", modality="expected")],
    )  # fmt: skip
    stories = {i.story_id: [e.action for e in i.events] for i in route(c)}
    assert stories["COL-VEN:talks"] == ["meet"]


def test_an_answer_without_an_issue_where_nothing_was_proposed_is_no_change() -> None:
    """'Hours after Manila handed over its reply' in a story where nobody proposed anything
    recalls an answer given in another story."""
    out = run_classified([art(1, 0, event("PHL", "respond", "CHN"))])
    assert moves(out) == []


def test_an_answer_without_an_issue_answers_the_proposal_pending_in_its_story() -> None:
    offer = art(1, 0, event("CHN", "propose", "PHL", issue="talks"))
    out = run_classified([offer, art(2, 1, event("PHL", "respond", "CHN"))])
    assert ("b02", "PHL", "responded") in moves(out)
