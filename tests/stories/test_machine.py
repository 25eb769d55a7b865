"""The state machine on hand-built articles: list of articles in, list of changes out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from storywatch.models import Article, Classified, Event
from storywatch.stories import StoryConfig, advance, due, route
from storywatch.stories.titles import party_name
from storywatch.testing import classified, event, run_articles, run_classified

T0 = datetime(2025, 7, 19, 18, 0, tzinfo=UTC)


def at(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


def art(n: int, hours: float, *events: Event, source: str = "wire") -> Classified:
    return classified(f"a{n:02d}", at(hours), events, source=source)


def moves(changes: list) -> list[tuple[str, str, str | None, str]]:
    return [(c.article_id, c.actor, c.from_state, c.to_state) for c in changes]


PROPOSE = event("UKR", "propose", "RUS", issue="talks")


def test_proposal_moves_the_proposer_only() -> None:
    out = run_classified([art(1, 0, PROPOSE)])
    assert moves(out) == [("a01", "UKR", None, "proposed")]
    assert out[0].story_id == "RUS-UKR:talks"
    assert out[0].severity == "normal"
    assert out[0].counterpart == "RUS"


def test_implied_awaiting_response_is_emitted_on_request() -> None:
    out = run_classified([art(1, 0, PROPOSE)], StoryConfig(emit_implied=True))
    assert ("a01", "RUS", None, "awaiting_response") in moves(out)


def test_negated_and_hypothetical_events_never_change_state() -> None:
    out = run_classified(
        [
            art(1, 0, PROPOSE),
            art(2, 1, event("RUS", "respond", "UKR", issue="talks", modality="negated")),
            art(3, 2, event("RUS", "accept", "UKR", issue="talks", modality="hypothetical")),
        ]
    )
    assert moves(out) == [("a01", "UKR", None, "proposed")]


def test_response_then_acceptance_are_two_changes_once_each() -> None:
    out = run_classified(
        [
            art(1, 0, PROPOSE),
            art(2, 40, event("RUS", "respond", "UKR", issue="talks")),
            art(3, 41, event("RUS", "respond", "UKR", issue="talks"), source="other"),
            art(4, 60, event("RUS", "accept", "UKR", issue="talks")),
        ]
    )
    assert [m for m in moves(out) if m[3] != "confirmed"] == [
        ("a01", "UKR", None, "proposed"),
        ("a02", "RUS", "awaiting_response", "responded"),
        ("a04", "RUS", "responded", "accepted"),
    ]


def test_an_answer_that_accepts_reports_the_reply_then_the_acceptance() -> None:
    """Sentence order does not matter: a headline's acceptance and the body's reply."""
    both = art(2, 40, event("RUS", "accept", "UKR"), event("RUS", "respond", "UKR"))
    out = run_classified([art(1, 0, PROPOSE), both])
    assert moves(out)[1:] == [
        ("a02", "RUS", "awaiting_response", "responded"),
        ("a02", "RUS", "responded", "accepted"),
    ]


def test_expected_meeting_schedules_only_once_the_other_side_answered() -> None:
    meet = event("UKR", "meet", "RUS", modality="expected")
    early = run_classified([art(1, 0, PROPOSE), art(2, 1, meet)])
    assert [m[3] for m in moves(early)] == ["proposed"]
    later = run_classified(
        [art(1, 0, PROPOSE), art(2, 40, event("RUS", "respond", "UKR")), art(3, 50, meet)]
    )
    assert [m[1:] for m in moves(later) if m[0] == "a03"] == [
        ("UKR", "proposed", "scheduled"),
        ("RUS", "responded", "scheduled"),
    ]


def test_talks_held_within_the_deadline_wait_for_the_answer_but_not_after_it() -> None:
    """Before the deadline a meeting held while one side owes an answer is a recap or a
    hope; once the answer is overdue, talks that took place are news (the answer came in
    a form not read)."""
    held = event("RUS", "meet", "UKR", issue="talks")
    soon = run_classified([art(1, 0, PROPOSE), art(2, 10, held)])
    assert "held" not in [m[3] for m in moves(soon)]
    late = run_classified([art(1, 0, PROPOSE), art(2, 100, held)])
    assert [m[1:] for m in moves(late) if m[0] == "a02"] == [
        ("RUS", "overdue", "held"),
        ("UKR", "proposed", "held"),
    ]
    expected = event("RUS", "meet", "UKR", issue="talks", modality="expected")
    hope = run_classified([art(1, 0, PROPOSE), art(2, 100, expected)])
    assert "scheduled" not in [m[3] for m in moves(hope)]


def test_meeting_and_agreement_move_both_parties() -> None:
    out = run_classified(
        [
            art(1, 0, event("UKR", "meet", "RUS")),
            art(2, 5, event("RUS", "agree", "UKR", issue="prisoner_exchange")),
        ]
    )
    assert {(c.actor, c.to_state, c.issue) for c in out} == {
        ("UKR", "held", "talks"),
        ("RUS", "held", "talks"),
        ("UKR", "agreed", "prisoner_exchange"),
        ("RUS", "agreed", "prisoner_exchange"),
    }


def test_an_attack_breaks_an_agreed_ceasefire_but_starts_nothing() -> None:
    attack = event("ISR", "attack", "HAMAS")
    agree = event("ISR", "agree", "HAMAS", issue="ceasefire")
    strikes = event("ISR", "attack", "HAMAS", issue="talks")  # any issue reaches the deal
    assert run_classified([art(1, 0, attack)]) == []
    out = run_classified([art(1, 0, attack), art(2, 10, agree), art(3, 30 * 24, strikes)])
    assert [(c.actor, c.to_state) for c in out if c.article_id == "a03"] == [("ISR", "broken")]


def test_renouncing_an_agreement_breaks_it() -> None:
    out = run_classified(
        [
            art(1, 0, event("USA", "agree", "CHN", issue="trade")),
            art(2, 48, event("CHN", "reject", "USA", issue="trade")),
        ]
    )
    assert moves(out)[-1] == ("a02", "CHN", "agreed", "broken")
    assert out[-1].severity == "critical"


def test_turning_down_the_next_meeting_after_agreeing_to_talk_is_a_rejection() -> None:
    out = run_classified(
        [
            art(1, 0, event("TUR", "agree", "SYR", issue="talks")),
            art(2, 48, event("SYR", "reject", "TUR", issue="talks")),
        ]
    )
    assert moves(out)[-1] == ("a02", "SYR", "agreed", "rejected")


def test_turning_down_what_was_put_at_talks_held_is_a_rejection() -> None:
    out = run_classified(
        [
            art(1, 0, event("TUR", "meet", "SYR", issue="talks")),
            art(2, 48, event("SYR", "reject", "TUR", issue="talks")),
        ]
    )
    assert moves(out)[-1] == ("a02", "SYR", "held", "rejected")


def test_a_rejection_after_talks_held_on_a_deal_renounces_nothing() -> None:
    out = run_classified(
        [
            art(1, 0, event("TUR", "meet", "SYR", issue="trade")),
            art(2, 48, event("SYR", "reject", "TUR", issue="trade")),
        ]
    )
    assert ("a02", "SYR", "held", "rejected") not in moves(out)


def test_a_new_proposal_after_a_rejection_starts_a_new_round() -> None:
    out = run_classified(
        [
            art(1, 0, PROPOSE),
            art(2, 10, event("RUS", "reject", "UKR", issue="talks")),
            art(3, 20, PROPOSE),
            art(4, 30, event("RUS", "accept", "UKR", issue="talks")),
        ]
    )
    assert [m for m in moves(out) if m[3] != "confirmed"] == [
        ("a01", "UKR", None, "proposed"),
        ("a02", "RUS", "awaiting_response", "rejected"),
        ("a03", "UKR", "proposed", "proposed"),
        ("a04", "RUS", "awaiting_response", "accepted"),
    ]


def test_a_proposal_told_in_the_past_perfect_starts_no_new_round() -> None:
    recalled = event(
        "UKR", "propose", "RUS", issue="talks", trigger="proposed",
        sentence="Kyiv had proposed talks last week, before Moscow turned them down.",
    )  # fmt: skip
    out = run_classified(
        [
            art(1, 0, PROPOSE),
            art(2, 10, event("RUS", "reject", "UKR", issue="talks")),
            art(3, 20, recalled, source="analysis"),
        ]
    )
    assert [m for m in moves(out) if m[3] != "confirmed"] == [
        ("a01", "UKR", None, "proposed"),
        ("a02", "RUS", "awaiting_response", "rejected"),
    ]


def test_a_proposal_recalled_in_a_clause_of_what_came_before_reopens_nothing() -> None:
    texts = [
        ("ELN proposes ceasefire to Colombia",
         "The ELN proposed a three-month ceasefire to Colombia's government on Monday, the "
         "rebel group said in a statement."),
        ("Colombia accepts shorter ELN truce",
         "Colombia's government accepted a 30-day ceasefire with the ELN on Thursday, the "
         "presidency said."),
        ("Colombia and ELN sign truce",
         "Colombia and the ELN signed a 30-day ceasefire in Havana on Saturday, mediators said."),
        ("ELN says truce is over",
         "The ELN said on Friday that the pause was over, accusing the army of raiding a "
         "village. The 30-day pause, agreed earlier this month after the rebels proposed a "
         "longer ceasefire, was due to expire on April 10."),
    ]  # fmt: skip
    arts = [
        Article(id=f"e{i}", url=f"https://x.example/e{i}", source=f"s{i}",
                published_at=at(72 * i), title=t, body=b)
        for i, (t, b) in enumerate(texts)
    ]  # fmt: skip
    out = run_articles(arts)
    assert ("e2", "ELN", "proposed", "agreed") in moves(out)
    assert not [m for m in moves(out) if m[0] == "e3" and m[3] == "proposed"], moves(out)


def test_a_new_proposal_beside_a_recalled_one_is_news() -> None:
    # the verb twice in one sentence: which one is recalled is unknown, so neither is
    from storywatch.stories import background

    new = event(
        "UGA", "propose", "KEN", issue="talks", trigger="proposed",
        sentence="Uganda proposed talks on the border days after Kenya had proposed a truce.",
    )  # fmt: skip
    assert not background.recalled(new)
    assert background.recalled(
        event("KEN", "propose", "UGA", trigger="proposed",
              sentence="After Kenya proposed a truce, the fighting stopped.")
    )  # fmt: skip


def test_a_recap_of_the_proposal_after_acceptance_is_no_change() -> None:
    out = run_classified(
        [art(1, 0, PROPOSE), art(2, 10, event("RUS", "accept", "UKR")), art(3, 20, PROPOSE)]
    )
    assert [m[0] for m in moves(out)] == ["a01", "a02"]


def test_a_late_article_never_moves_a_party_backwards() -> None:
    config = StoryConfig(reorder_window_s=0)
    out = run_classified(
        [
            art(1, 0, PROPOSE),
            art(3, 30, event("RUS", "accept", "UKR")),
            art(2, 20, event("RUS", "respond", "UKR")),  # older, arrives last
        ],
        config,
    )
    assert [m[0] for m in moves(out)] == ["a01", "a03"]


def test_overdue_after_the_deadline_with_the_documented_text() -> None:
    out = run_classified([art(1, 0, PROPOSE)], now=at(73))
    overdue = [c for c in out if c.to_state == "overdue"]
    assert len(overdue) == 1
    assert overdue[0].actor == "RUS"
    assert overdue[0].article_id == "a01"
    assert overdue[0].published_at == at(72)
    assert overdue[0].evidence[0].url == "https://example.test/a01"
    assert "no response from RUS 72 h after UKR proposed talks" in overdue[0].rule


def test_no_overdue_when_the_answer_comes_in_time() -> None:
    out = run_classified(
        [art(1, 0, PROPOSE), art(2, 71, event("RUS", "respond", "UKR"))], now=at(500)
    )
    assert "overdue" not in [c.to_state for c in out]


def test_an_answer_after_the_deadline_comes_after_the_overdue() -> None:
    out = run_classified([art(1, 0, PROPOSE), art(2, 80, event("RUS", "reject", "UKR"))])
    assert moves(out)[1:] == [
        ("a01", "RUS", "awaiting_response", "overdue"),
        ("a02", "RUS", "overdue", "rejected"),
    ]


def test_overdue_does_not_depend_on_how_often_due_runs() -> None:
    config = StoryConfig(sweep_every_s=60)
    often = run_classified([art(1, 0, PROPOSE), art(2, 100, event("FRA", "meet", "DEU"))], config)
    once = run_classified([art(1, 0, PROPOSE), art(2, 100, event("FRA", "meet", "DEU"))])
    assert moves(often) == moves(once)


def test_deadline_is_configurable() -> None:
    out = run_classified([art(1, 0, PROPOSE)], StoryConfig(overdue_hours=24), now=at(25))
    assert [c.to_state for c in out] == ["proposed", "overdue"]


def test_second_independent_source_confirms_once() -> None:
    out = run_classified(
        [
            classified("a01", at(0), [PROPOSE], source="wire", text="Kyiv offers talks"),
            # the same outlet again: not independent
            classified("a02", at(1), [PROPOSE], source="wire", text="Ukraine seeks a meeting"),
            classified("a03", at(2), [PROPOSE], source="post", text="Zelensky proposes talks"),
            classified("a04", at(3), [PROPOSE], source="herald", text="New offer from Ukraine"),
        ]
    )
    confirmed = [c for c in out if c.to_state == "confirmed"]
    assert [(c.article_id, c.from_state, c.confirmed) for c in confirmed] == [
        ("a03", "proposed", True)
    ]
    assert confirmed[0].sources == ("wire", "post")
    assert out[0].confirmed is False


def test_syndicated_copy_neither_confirms_nor_changes() -> None:
    text = "Ukraine proposed new talks with Russia on Saturday, the president said in Kyiv."
    first = classified("a01", at(0), [PROPOSE], source="wire", text=text)
    copy = classified("a02", at(1), [PROPOSE], source="other", text=text)
    out = run_classified([first, copy])
    assert moves(out) == [("a01", "UKR", None, "proposed")]


def test_an_expired_story_starts_over() -> None:
    out = run_classified([art(1, 0, PROPOSE), art(2, 31 * 24, PROPOSE)])
    assert [m[0] for m in moves(out) if m[3] == "proposed"] == ["a01", "a02"]


def test_advance_leaves_its_input_state_untouched() -> None:
    (item,) = route(art(1, 0, PROPOSE))
    state, _ = advance(None, item, StoryConfig())
    before = state.model_dump()
    (item2,) = route(art(2, 10, event("RUS", "accept", "UKR")))
    advance(state, item2, StoryConfig())
    assert state.model_dump() == before


def test_the_proposal_named_in_its_rejection_is_not_a_new_round() -> None:
    rejection = art(2, 10, event("RUS", "reject", "UKR", issue="talks"), PROPOSE)
    out = run_classified([art(1, 0, PROPOSE), rejection])
    assert moves(out)[1:] == [("a02", "RUS", "awaiting_response", "rejected")]


def test_a_party_cannot_accept_its_own_proposal() -> None:
    offer = art(1, 0, PROPOSE, event("UKR", "accept", "RUS", issue="talks"))
    assert moves(run_classified([offer])) == [("a01", "UKR", None, "proposed")]


def test_no_counter_proposal_in_the_article_of_the_proposal() -> None:
    both = art(1, 0, PROPOSE, event("RUS", "propose", "UKR", issue="talks"))
    assert moves(run_classified([both])) == [("a01", "UKR", None, "proposed")]
    later = run_classified([art(1, 0, PROPOSE), art(2, 5, event("RUS", "propose", "UKR"))])
    assert moves(later)[-1] == ("a02", "RUS", "awaiting_response", "proposed")


def test_a_vague_answer_counts_only_where_a_proposal_awaits_it() -> None:
    meet = event("RUS", "meet", "UKR", issue="talks", modality="expected")
    vague = event("RUS", "accept", "UKR", issue="other")
    answered = run_classified([art(1, 0, PROPOSE), art(2, 5, vague, meet)])
    assert ("a02", "RUS", "awaiting_response", "accepted") in moves(answered)
    nothing_pending = run_classified([art(2, 5, vague, meet)])
    assert "accepted" not in [c.to_state for c in nothing_pending]


def test_a_meeting_in_the_article_of_a_proposal_is_not_held() -> None:
    plan = event("QAT", "propose", "HAMAS", issue="ceasefire")
    out = run_classified([art(1, 0, plan, event("QAT", "meet", "HAMAS", issue="talks"))])
    assert [c.to_state for c in out] == ["proposed"]


def test_a_meeting_in_the_article_of_a_mediators_plan_is_the_one_proposed() -> None:
    """A third party's plan put to one side: the two sides' talks named beside it are planned."""
    plan = event("NOR", "propose", "ELN", issue="peace_deal")
    talks = event("COL", "meet", "ELN", issue="talks")
    later = classified("a02", at(50), [talks], text="Colombia and the ELN held talks in Oslo.")
    out = run_classified([art(1, 0, plan, talks), later])
    held = [(c.article_id, c.actor) for c in out if c.to_state == "held"]
    assert held == [("a02", "COL"), ("a02", "ELN")]


def test_a_meeting_announced_with_a_mediators_invitation_is_not_yet_scheduled() -> None:
    invite = event("KEN", "propose", "ETH", issue="talks")
    meeting = event("ETH", "meet", "ERI", issue="talks", modality="expected")
    later = classified("a02", at(40), [meeting], text="Ethiopia and Eritrea will meet in Nairobi.")
    out = run_classified([art(1, 0, invite, meeting), later])
    assert [(c.article_id, c.to_state) for c in out if c.story_id == "ERI-ETH:talks"] == [
        ("a02", "scheduled"),
        ("a02", "scheduled"),
    ]


def test_of_a_proposal_and_an_agreement_in_one_story_the_first_told_is_news() -> None:
    """Inverted pyramid: a recalled deal below a new offer, or the offer behind a new deal."""
    offer = event("ARM", "propose", "AZE", issue="peace_deal", sentence="Yerevan offers a treaty.")
    recalled = event(
        "AZE", "agree", "ARM", issue="peace_deal", sentence="Past rounds brought a deal."
    )
    out = run_classified([art(1, 0, offer, recalled)])
    assert [(c.actor, c.to_state) for c in out] == [("ARM", "proposed")]
    deal = event("ETH", "agree", "SOM", issue="ceasefire", sentence="Ethiopia and Somalia agree.")
    behind = event("SOM", "propose", "ETH", issue="ceasefire", sentence="Somalia had asked.")
    out = run_classified([art(1, 0, deal, behind)])
    assert sorted((c.actor, c.to_state) for c in out) == [("ETH", "agreed"), ("SOM", "agreed")]


def test_talks_held_and_due_to_resume_are_held_not_scheduled() -> None:
    held = event("PER", "meet", "CHL", issue="talks", sentence="Peru and Chile held talks.")
    resume = event("CHL", "meet", "PER", issue="talks", modality="expected", sentence="To resume.")
    out = run_classified([art(1, 0, held, resume)])
    assert sorted((c.actor, c.to_state) for c in out) == [("CHL", "held"), ("PER", "held")]


def test_a_fresh_proposal_refused_after_an_earlier_acceptance_is_a_rejection() -> None:
    accepted = event("ETH", "accept", "EGY", issue="talks")
    offer = event("EGY", "propose", "ETH", issue="talks", sentence="Cairo proposed a new plan.")
    refusal = event("ETH", "reject", "EGY", issue="talks", sentence="Addis Ababa refused it.")
    out = run_classified([art(1, 0, accepted), art(2, 30, offer, refusal)])
    assert moves(out)[1:] == [
        ("a02", "EGY", None, "proposed"),
        ("a02", "ETH", "awaiting_response", "rejected"),
    ]


def test_agreeing_to_meet_again_schedules_and_concludes_nothing() -> None:
    said = "The two delegations agreed to meet again in Belgrade next month."
    to_meet = [
        event(a, "agree", b, issue="talks", sentence=said)
        for a, b in (("SRB", "HRV"), ("HRV", "SRB"))
    ] + [event("SRB", "meet", "HRV", issue="talks", modality="expected", sentence=said)]
    out = run_classified([art(1, 0, PROPOSE), art(2, 30, *to_meet)])
    assert "agreed" not in [c.to_state for c in out]
    deal = event("SRB", "agree", "HRV", issue="talks", sentence="They signed a protocol.")
    out = run_classified([art(2, 30, deal, *to_meet[2:])])
    assert "agreed" in [c.to_state for c in out if c.actor == "SRB"]


def test_a_signing_with_further_talks_concludes_and_schedules_nothing() -> None:
    said = "Peru and Bolivia signed the accord and will hold further talks in March."
    signed = [
        event(a, "agree", b, issue="other", sentence=said, trigger="signed")
        for a, b in (("PER", "BOL"), ("BOL", "PER"))
    ]
    further = event("PER", "meet", "BOL", issue="other", modality="expected", sentence=said)
    out = run_classified([art(1, 0, event("PER", "propose", "BOL", issue="other")),
                          art(2, 30, *signed, further)])  # fmt: skip
    states = [(c.actor, c.to_state) for c in out if c.article_id == "a02"]
    assert ("PER", "agreed") in states
    assert "scheduled" not in [s for _, s in states]


def test_talks_are_not_held_in_an_article_where_one_side_refuses_the_other() -> None:
    """The refusal may sit on another issue of the pair ("rejected the swap"): the same
    standoff, told in the same article, so the talks it mentions are not news."""
    said = "Talks in Doha ended; Washington rejected Caracas's swap offer."
    held = event("USA", "meet", "VEN", issue="talks", sentence=said)
    refused = event("USA", "reject", "VEN", issue="prisoner_exchange", sentence=said)
    out = run_classified([art(1, 0, held, refused)])
    assert "held" not in [c.to_state for c in out]
    assert ("USA", "rejected") in [(c.actor, c.to_state) for c in out]
    alone = run_classified([art(1, 0, held)])
    assert "held" in [c.to_state for c in alone]


def test_no_meeting_is_held_in_the_article_that_reports_its_acceptance() -> None:
    """The meeting an acceptance told as news agrees to is still to come; with an agreement
    reached in the same article, the meeting took place."""
    offer = event("BOL", "propose", "CHL", issue="talks")
    accept = event("CHL", "accept", "BOL", issue="talks")
    met = event("CHL", "meet", "BOL", issue="talks")
    out = run_classified([art(1, 0, offer), art(2, 30, accept, met)])
    assert ("CHL", "accepted") in [(c.actor, c.to_state) for c in out]
    assert "held" not in [c.to_state for c in out]
    deal = event("CHL", "agree", "BOL", issue="talks")
    out = run_classified([art(1, 0, offer), art(2, 30, accept, met, deal)])
    assert "agreed" in [c.to_state for c in out]


def test_a_decision_about_the_other_side_moves_only_the_one_deciding() -> None:
    """On sanctions or aid the target of "agreed" is the object of the measure, not a signer."""
    grant = event("JPN", "agree", "PHL", issue="aid")
    assert [(c.actor, c.to_state) for c in run_classified([art(1, 0, grant)])] == [
        ("JPN", "agreed")
    ]
    both = [grant, event("PHL", "agree", "JPN", issue="aid")]
    assert {c.actor for c in run_classified([art(1, 0, *both)])} == {"JPN", "PHL"}


def test_titles_read_as_news() -> None:
    out = run_classified([art(1, 0, PROPOSE), art(2, 40, event("RUS", "respond", "UKR"))])
    rus, ukr = party_name("RUS"), party_name("UKR")
    assert out[0].title == f"{ukr} proposed talks to {rus}"
    assert out[1].title == f"{rus} responded to {ukr}'s proposal for talks"


def test_due_leaves_its_input_state_untouched() -> None:
    (item,) = route(art(1, 0, PROPOSE))
    state, _ = advance(None, item, StoryConfig())
    before = state.model_dump()
    later, found = due(state, at(80), StoryConfig())
    assert [c.to_state for c in found] == ["overdue"]
    assert later is not None
    assert later.parties["RUS"].state == "overdue"
    assert state.model_dump() == before


def test_a_signing_announced_schedules_an_agreement_hoped_for_does_not() -> None:
    accepted = [art(1, 0, PROPOSE), art(2, 10, event("RUS", "accept", "UKR", issue="talks"))]
    hoped = event("RUS", "agree", "UKR", issue="talks", modality="expected", trigger="reach")
    signing = event("RUS", "agree", "UKR", issue="talks", modality="expected", trigger="sign")
    assert "scheduled" not in [m[3] for m in moves(run_classified([*accepted, art(3, 20, hoped)]))]
    assert "scheduled" in [m[3] for m in moves(run_classified([*accepted, art(3, 20, signing)]))]


def _texts(texts: list[tuple[str, str]]) -> list[Article]:
    return [
        Article(id=f"e{i}", url=f"https://x.example/e{i}", source=f"s{i}",
                published_at=at(24 * i), title=t, body=b)
        for i, (t, b) in enumerate(texts)
    ]  # fmt: skip


_INVITE = ("Ghana invites Togo to talks", "Ghana proposed talks with Togo on the border on Monday.")


def test_an_acceptance_with_a_meeting_at_no_date_or_venue_schedules_nothing() -> None:
    out = run_articles(_texts([_INVITE, (
        "Togo accepts Ghana's invitation",
        "Togo accepted Ghana's invitation to talks on Tuesday. Togo and Ghana will hold the "
        "talks at a date still to be agreed, officials said.",
    )]))  # fmt: skip
    assert [m for m in moves(out) if m[:2] == ("e1", "TGO") and m[3] == "accepted"], moves(out)
    assert not [m for m in moves(out) if m[3] == "scheduled"], moves(out)


def test_an_acceptance_with_a_meeting_set_for_a_day_schedules_it() -> None:
    out = run_articles(_texts([_INVITE, (
        "Togo accepts Ghana's invitation",
        "Togo accepted Ghana's invitation to talks on Tuesday. Togo and Ghana will hold the "
        "talks in Lome on Friday, officials said.",
    )]))  # fmt: skip
    assert [m for m in moves(out) if m[0] == "e1" and m[3] == "scheduled"], moves(out)


def test_a_proposal_told_in_a_relative_clause_opens_no_new_round() -> None:
    out = run_articles(_texts([
        ("Sudan proposes talks", "Sudan proposed talks with Chad on the border on Monday."),
        ("Chad rejects Sudan's offer", "Chad rejected Sudan's offer of talks on Tuesday."),
        ("Sudan regrets refusal",
         "Sudan, which proposed the talks on Monday, called Chad's refusal regrettable on "
         "Wednesday."),
    ]))  # fmt: skip
    assert not [m for m in moves(out) if m[0] == "e2" and m[3] == "proposed"], moves(out)


def test_a_rejection_told_in_a_relative_clause_is_no_news() -> None:
    out = run_articles(_texts([
        ("Sudan proposes talks", "Sudan proposed talks with Chad on the border on Monday."),
        ("Chad says border calm",
         "Chad, which rejected Sudan's offer of talks, said on Tuesday the border was calm."),
    ]))  # fmt: skip
    assert not [m for m in moves(out) if m[0] == "e1" and m[3] == "rejected"], moves(out)


def test_meetings_told_as_talks_set_the_summit_proposed() -> None:
    out = run_articles(_texts([
        ("Ghana invites Togo to summit", "Ghana invited Togo's president to a summit on Monday."),
        ("Togo accepts", "Togo accepted Ghana's invitation to the summit on Tuesday."),
        ("Leaders to meet", "Togo and Ghana will hold talks in Accra on 3 May, officials said."),
    ]))  # fmt: skip
    scheduled = [c for c in out if c.to_state == "scheduled"]
    assert scheduled
    assert {c.story_id for c in scheduled} == {"GHA-TGO:summit"}


@pytest.mark.parametrize(
    ("sentence", "to"),
    [
        # a proposal made anew refused: a new round's rejection, no agreement renounced
        ("Baku turned down Yerevan's request for a second exchange.", "rejected"),
        ("Baku rejected the exchange accord on Monday.", "broken"),
    ],
)
def test_refusing_a_second_exchange_breaks_no_exchange_done(sentence: str, to: str) -> None:
    refusal = event("AZE", "reject", "ARM", issue="prisoner_exchange", sentence=sentence)
    out = run_classified(
        [art(1, 0, event("ARM", "agree", "AZE", issue="prisoner_exchange")), art(2, 48, refusal)]
    )
    assert moves(out)[-1] == ("a02", "AZE", "agreed", to)


def test_a_rejection_in_an_after_gerund_is_background() -> None:
    out = run_articles(_texts([
        ("Sudan proposes talks", "Sudan proposed talks with Chad on the border on Monday."),
        ("Chad accepts", "Chad accepted the talks on Tuesday after rejecting Sudan's first offer."),
    ]))  # fmt: skip
    assert [m for m in moves(out) if m[:2] == ("e1", "TCD") and m[3] == "accepted"], moves(out)
    assert not [m for m in moves(out) if m[3] in ("rejected", "withdrawn")], moves(out)


def test_an_answer_recalled_in_the_past_perfect_is_no_news() -> None:
    out = run_articles(_texts([
        ("Egypt proposes talks", "Egypt proposed talks with Sudan on the dam on Monday."),
        ("Egypt renews offer",
         "Egypt renewed its call for dialogue on Wednesday. Sudan had rejected the first offer "
         "within hours."),
    ]))  # fmt: skip
    assert not [m for m in moves(out) if m[0] == "e1" and m[3] == "rejected"], moves(out)


def test_an_answer_reported_in_the_past_perfect_is_news() -> None:
    out = run_articles(_texts([
        ("Egypt proposes talks", "Egypt proposed talks with Sudan on the dam on Monday."),
        ("Sudan rejects", "The ministry said on Tuesday that Sudan had rejected the offer."),
    ]))  # fmt: skip
    assert [m for m in moves(out) if m[:2] == ("e1", "SDN") and m[3] == "rejected"], moves(out)


def test_a_late_article_from_before_the_partys_state_is_old_news() -> None:
    # Togo's refusal, dated before the agreement it later signed, arrives after it: the
    # refusal was overtaken (no agreed -> broken); a late article of news still counts.
    config = StoryConfig(reorder_window_s=0)
    offer = event("GHA", "propose", "TGO", issue="ceasefire")
    signed = [event(a, "agree", t, issue="ceasefire") for a, t in (("GHA", "TGO"), ("TGO", "GHA"))]
    refusal = event("TGO", "reject", "GHA", issue="ceasefire", sentence="Togo rejects the offer.")
    out = run_classified([art(1, 0, offer), art(2, 120, *signed), art(3, 48, refusal)], config)
    assert not [m for m in moves(out) if m[0] == "a03"], moves(out)
    breach = event("TGO", "reject", "GHA", issue="ceasefire", sentence="Togo renounced the truce.")
    later = run_classified([art(1, 0, offer), art(2, 120, *signed), art(4, 200, breach)], config)
    assert ("a04", "TGO", "agreed", "broken") in moves(later)


@pytest.mark.parametrize(
    ("body", "recalled"),
    [
        # dated days before the article (published 25 July): the record, told again
        ("The two foreign ministers agreed in Accra on July 19 to set up a committee.", True),
        ("The two foreign ministers agreed in Accra on 18 July to set up a committee.", True),
        # a month as wire copy abbreviates it dates the act as well
        ("The two foreign ministers agreed in Accra on Jul. 19 to set up a committee.", True),
        ("The two foreign ministers agreed in Accra on 18 Jul. to set up a committee.", True),
        # the day before, or a date ahead: the news
        ("The two foreign ministers agreed in Accra on July 24 to set up a committee.", False),
        ("The two foreign ministers agreed to meet again on July 30.", False),
    ],
)
def test_an_act_dated_days_before_the_article_is_recalled(body: str, recalled: bool) -> None:
    assert _moves_at_agreement(body, "agreed") is not recalled


def _moves_at_agreement(body: str, trigger: str) -> bool:
    """Does Ghana and Togo's agreement told in `body`, six days after Ghana's proposal, move
    the story?"""
    agree = [event(a, "agree", t, issue="talks", sentence=body, trigger=trigger)
             for a, t in (("GHA", "TGO"), ("TGO", "GHA"))]  # fmt: skip
    offer = event("GHA", "propose", "TGO", issue="talks")
    out = run_classified([art(1, 0, offer), art(2, 144, *agree)])
    return bool([m for m in moves(out) if m[0] == "a02"])


@pytest.mark.parametrize(
    ("body", "recalled"),
    [
        ("Ghana and Togo concluded negotiations on the deal last year.", True),
        ("On July 18, Ghana and Togo agreed to set up a joint committee.", True),
        # a date of another act: of the proposal answered, of what comes next
        ("Ghana and Togo agreed to the plan made by Nigeria last month.", False),
        ("Ghana and Togo signed the accord; patrols are to resume on July 2.", False),
        ("Talks were held on July 2, and Ghana and Togo agreed to set up a committee.", False),
    ],
)
def test_a_date_dates_the_act_only_in_its_own_clause(body: str, recalled: bool) -> None:
    trigger = next(w for w in ("concluded", "agreed", "signed") if w in body)
    assert _moves_at_agreement(body, trigger) is not recalled


@pytest.mark.parametrize(
    ("title", "news"),
    [
        ("Analysis: why Togo said no", False),
        ("OPINION - Togo's refusal was a mistake", False),
        ("Explainer: what Togo's refusal means", False),
        ("Togo rejects Ghana's offer of talks", True),
        ("Analysts see Togo's refusal as a tactic", True),  # a report about analysts, no label
    ],
)
def test_a_piece_labelled_as_comment_reports_no_change(title: str, news: bool) -> None:
    out = run_articles(_texts([
        ("Ghana invites Togo to talks", "Ghana proposed talks with Togo on the border on Monday."),
        (title, "Togo rejected Ghana's offer of talks on the border."),
    ]))  # fmt: skip
    rejected = [m for m in moves(out) if m[:2] == ("e1", "TGO") and m[3] == "rejected"]
    assert bool(rejected) is news, moves(out)


def test_an_agreement_in_a_perfect_relative_clause_is_background() -> None:
    out = run_articles(_texts([
        ("Ghana invites Togo to talks", "Ghana proposed talks with Togo on the border on Monday."),
        ("Togo protests",
         "The Togolese government, which had agreed the date with Ghana in December, called the "
         "postponement a betrayal."),
    ]))  # fmt: skip
    assert not [m for m in moves(out) if m[0] == "e1" and m[3] == "agreed"], moves(out)


def test_an_owed_answer_told_in_an_after_clause_is_news() -> None:
    # Ghana owes Togo an answer; "will fly to Lome after Ghana accepted his invitation" is the
    # acceptance the visit follows from, told for the first time
    out = run_articles(_texts([
        ("Togo invites Ghana's president", "Togo invited Ghana's president to border talks in "
         "Lome on Monday."),
        ("Ghanaian leader to visit Lome",
         "Togo's president will receive his Ghanaian counterpart next week after Ghana accepted "
         "the invitation to the talks, officials said."),
    ]))  # fmt: skip
    assert [m for m in moves(out) if m[:2] == ("e1", "GHA") and m[3] == "accepted"], moves(out)


def test_talks_that_ended_in_a_refusal_were_held() -> None:
    # the refusal is what the talks came to, not a meeting refused
    out = run_articles(_texts([
        ("Peru proposes talks", "Peru proposed talks with Chile on the fishing dispute on Monday."),
        ("Chile accepts", "Chile accepted Peru's offer of talks on Tuesday."),
        ("Talks end without deal",
         "Talks between Peru and Chile on the fishing dispute ended in Lima on Friday without "
         "agreement, after Chile rejected Peru's demand to lift the quota."),
    ]))  # fmt: skip
    assert [m for m in moves(out) if m[0] == "e2" and m[3] == "held"], moves(out)


def test_agreeing_to_keep_working_settles_nothing() -> None:
    out = run_articles(_texts([
        ("Peru proposes talks", "Peru proposed talks with Chile on the fishing dispute on Monday."),
        ("Chile accepts", "Chile accepted Peru's offer of talks on Tuesday."),
        ("Talks end", "Talks between Peru and Chile ended in Lima on Friday, and the two sides "
         "agreed to keep working on a joint plan, officials said."),
    ]))  # fmt: skip
    assert not [m for m in moves(out) if m[3] == "agreed"], moves(out)
