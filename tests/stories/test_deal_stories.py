"""Where a deal lands and what settles it: the specific story of a pair (a prisoner exchange, a
truce) before its talks story; talks that produced a deal are that deal's meeting; walking
away from an agreement is a break, not a rejection; an agreement to meet told beside the
acceptance of the invitation settles nothing yet (stories.routing, stories.transitions,
stories.machine)."""

from __future__ import annotations

from datetime import UTC, datetime

from storywatch.models import Article, Change
from storywatch.testing import news, run_articles


def _a(aid: str, day: int, title: str, body: str) -> Article:
    return news(aid, datetime(2026, 9, day, 10, tzinfo=UTC), title, body)


def _moves(changes: list[Change], article_id: str) -> set[tuple[str, str, str]]:
    return {
        (c.story_id.split(":")[1], c.actor, c.to_state)
        for c in changes
        if c.article_id == article_id
    }


_TRUCE_OFFER = _a(
    "t1", 1, "Armenia offers holiday truce to Azerbaijan",
    "Armenia on Tuesday offered Azerbaijan a ten-day holiday truce along the border, its defence "
    "ministry said.",
)  # fmt: skip
_TRUCE_ENDED = _a(
    "t3", 8, "Armenia ends holiday truce early, accuses Azerbaijan of shelling",
    "Armenia said on Tuesday it was ending its observance of the holiday truce two days early, "
    "accusing Azerbaijani troops of shelling border villages.",
)  # fmt: skip


def test_a_deal_after_talks_lands_in_the_exchange_story() -> None:
    arts = [
        _a("e1", 1, "Ghana proposes prisoner exchange to Togo",
           "Ghana on Tuesday proposed an exchange of detainees with Togo, its foreign ministry "
           "said."),
        _a("e2", 4, "Togo accepts Ghana's prisoner exchange offer",
           "Togo has accepted Ghana's proposal to exchange detainees, the Togolese government "
           "said on Friday."),
        _a("e3", 12, "Ghana and Togo agree detainee lists in Lome talks",
           "Ghanaian and Togolese officials agreed on Saturday on the lists of detainees to be "
           "exchanged between the two countries, after a day of talks in Lome, the Togolese "
           "foreign ministry said."),
    ]  # fmt: skip
    moves = _moves(run_articles(arts), "e3")
    assert ("prisoner_exchange", "GHA", "agreed") in moves, moves
    assert not any(issue == "talks" for issue, _, _ in moves), moves


def test_talks_that_produced_a_truce_are_its_meeting() -> None:
    arts = [
        _a("c1", 1, "Armenia proposes ceasefire to Azerbaijan",
           "Armenia on Tuesday proposed a ceasefire along the border with Azerbaijan, its "
           "foreign ministry said."),
        _a("c2", 4, "Azerbaijan replies to Armenian truce offer",
           "Azerbaijan sent its formal answer to Armenia's ceasefire proposal on Friday, making a "
           "truce conditional on the withdrawal of troops from two villages."),
        _a("c3", 12, "Armenia and Azerbaijan sign 30-day ceasefire after Tbilisi talks",
           "Armenia and Azerbaijan signed a 30-day ceasefire on Saturday after two days of talks "
           "in Tbilisi, Georgian officials said."),
    ]  # fmt: skip
    moves = _moves(run_articles(arts), "c3")
    assert ("ceasefire", "ARM", "held") in moves, moves
    assert not any(issue == "talks" for issue, _, _ in moves), moves


def test_ending_an_accepted_truce_is_a_break() -> None:
    accepted = _a(
        "t2", 3, "Azerbaijan accepts Armenian holiday truce",
        "Azerbaijan accepted Armenia's offer of a holiday truce on Thursday, its foreign ministry "
        "said.",
    )  # fmt: skip
    moves = _moves(run_articles([_TRUCE_OFFER, accepted, _TRUCE_ENDED]), "t3")
    assert ("ceasefire", "ARM", "broken") in moves, moves


def test_pulling_out_of_an_accord_is_a_break() -> None:
    art = _a(
        "s1", 5, "Sudan pulls out of border peace accord with South Sudan",
        "Sudan said on Saturday it was pulling out of the border peace accord with South Sudan, "
        "accusing Juba of arming militias in Abyei.",
    )  # fmt: skip
    moves = _moves(run_articles([art]), "s1")
    assert any(a == "SDN" and to == "broken" for _, a, to in moves), moves


def test_an_agreement_to_meet_beside_the_acceptance_settles_nothing() -> None:
    arts = [
        _a("n1", 1, "Norway proposes talks to Iceland on mackerel dispute",
           "Norway on Tuesday proposed talks with Iceland on the mackerel dispute, its fisheries "
           "ministry said."),
        _a("n2", 3, "Norway and Iceland agree to talks",
           "Iceland has agreed to hold talks with Norway on the mackerel dispute, accepting the "
           "Norwegian proposal, officials from both countries said on Thursday."),
    ]  # fmt: skip
    moves = _moves(run_articles(arts), "n2")
    assert not any(to == "agreed" for _, _, to in moves), moves
