"""A meeting set, a meeting held or a deal told again by a rewrite or follow-up of the same
pair with nothing new (no date outside the known ones, no new venue) is a recap; a new date or
venue is news (stories.particulars, stories.recaps). A mediator's readiness to host beside one
party's answer to the other opens no story of the host's (stories.routing)."""

from __future__ import annotations

import json
from datetime import datetime

from storywatch.models import Article, Change
from storywatch.testing import news, run_articles


def _art(aid: str, when: str, title: str, body: str) -> Article:
    return news(aid, datetime.fromisoformat(when + "+00:00"), title, body)


_INVITE = _art(
    "a1", "2026-05-04T09:00:00", "Peru invites Bolivian president to a summit in Lima",
    "Peru's president has invited his Bolivian counterpart to a bilateral summit in Lima, the "
    "foreign ministry said on Monday. La Paz has not replied.",
)  # fmt: skip
_ACCEPT = _art(
    "a2", "2026-05-07T10:00:00",
    "Bolivia accepts Peruvian summit; president to visit Lima on May 19",
    "Bolivia's president has accepted Peru's invitation to a bilateral summit, the two "
    "governments said in a joint statement on Thursday. Talks will focus on the waters of Lake "
    "Titicaca and a new rail link.",
)  # fmt: skip
_DEAL = _art(
    "b1", "2026-06-03T09:00:00", "Ghana and Togo agree to reopen border crossings",
    "Ghana and Togo agreed on Wednesday to reopen three border crossings to trade from Monday, at "
    "the end of two days of talks in Lome, the two foreign ministries said.",
)  # fmt: skip


def _at(changes: list[Change], article_id: str) -> list[tuple[str, str]]:
    """The state changes at an article (a second source's confirmation is no new state)."""
    return sorted(
        (c.actor, c.to_state)
        for c in changes
        if c.article_id == article_id and c.to_state != "confirmed"
    )


def test_a_rewrite_of_a_meeting_set_with_nothing_new_is_a_recap() -> None:
    rewrite = _art(
        "a3", "2026-05-07T14:00:00",
        "Bolivian president to visit Lima in May after accepting invitation",
        "Bolivia's president has accepted Peru's invitation and will travel to Lima for a summit "
        "later this month, the two presidencies announced on Thursday. The agenda includes the "
        "waters of Lake Titicaca.",
    )  # fmt: skip
    changes = run_articles([_INVITE, _ACCEPT, rewrite])
    assert _at(changes, "a2"), changes
    assert _at(changes, "a3") == [], changes


def test_a_new_date_for_the_meeting_is_news() -> None:
    moved = _art(
        "a3", "2026-05-12T14:00:00", "Bolivian president's visit to Lima pushed back to June 2",
        "Bolivia's president will now visit Lima on June 2 for a summit with his Peruvian "
        "counterpart, two weeks later than planned, the two governments said.",
    )  # fmt: skip
    moves = _at(run_articles([_INVITE, _ACCEPT, moved]), "a3")
    assert ("BOL", "scheduled") in moves, moves


def test_talks_told_again_after_the_deal_are_no_second_meeting() -> None:
    again = _art(
        "b2", "2026-06-03T13:00:00", "Togo, Ghana to reopen crossings under deal",
        "Togo and Ghana have agreed to reopen three border crossings from Monday, after two days "
        "of talks in Lome that ended on Wednesday.",
    )  # fmt: skip
    changes = run_articles([_DEAL, again])
    assert _at(changes, "b1"), changes
    assert _at(changes, "b2") == [], changes


def test_the_talks_a_deal_ended_were_held_at_the_deals_article() -> None:
    # "at the end of two days of talks in Lome": the pair met there (their length is no
    # obstacle to reading the talks)
    moves = _at(run_articles([_DEAL]), "b1")
    assert ("GHA", "held") in moves, json.dumps(moves)
    assert ("TGO", "held") in moves, json.dumps(moves)


def test_talks_in_another_city_on_another_day_are_held() -> None:
    # a deal told alone, then talks told in a city and on a day of their own: news
    deal = _art(
        "b1", "2026-06-03T09:00:00", "Ghana and Togo agree to reopen border crossings",
        "Ghana and Togo agreed on Wednesday to reopen three border crossings to trade from "
        "Monday, the two foreign ministries said.",
    )  # fmt: skip
    later = _art(
        "b2", "2026-06-06T13:00:00", "Ghana, Togo ministers review border deal",
        "Togo and Ghana have agreed to extend the opening hours of the three crossings, after two "
        "days of talks in Accra that ended on Friday.",
    )  # fmt: skip
    moves = _at(run_articles([deal, later]), "b2")
    assert ("GHA", "held") in moves, json.dumps(moves)


def test_a_mediator_ready_to_host_beside_an_answer_proposes_nothing() -> None:
    arts = [
        _art("d1", "2026-07-06T10:00:00",
             "Peru proposes exchange of detained fishermen with Chile",
             "Peru proposed on Monday an exchange of detained fishermen with Chile, the foreign "
             "ministry in Lima said. Chile has not yet responded to the offer."),
        _art("d2", "2026-07-10T15:00:00",
             "Chile says it is studying Peru's fishermen exchange offer",
             "Chile's foreign ministry replied on Friday to Peru's proposal for an exchange of "
             "detained fishermen, saying it was studying the offer positively but needed "
             "guarantees first. Ecuador, which has mediated between the two neighbours, said it "
             "remained ready to host the exchange."),
    ]  # fmt: skip
    changes = run_articles(arts)
    assert not any(c.actor == "ECU" for c in changes), changes
