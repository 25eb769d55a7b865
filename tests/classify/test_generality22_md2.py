"""Modality errors pooled over storylines and sentence sets, session 22 (analyst md2): invented
sentences, one class per mechanism (none copied from the corpus)."""

from __future__ import annotations

import pytest
from classify_helpers import events_of


class TestOwnedActNotNegatedByItsVerb:
    """A noun with a genitive owner ("Tanzania's rejection", "the EU's sanctions") names an act
    its noun phrase takes as given: a negation of the verb that governs the phrase ("did not
    comment on", "no progress on", "no longer opposes") is that verb's, it does not deny the
    owner's act. An answer still awaited ("waiting for Peru's answer") stays negated, and so
    does an act a negative word heads ("without Gabon's consent")."""

    @pytest.mark.parametrize(
        ("body", "owner", "action"),
        [
            (
                "The Kenyan foreign ministry did not comment on Tanzania's rejection of the plan.",
                "TZA",
                "reject",
            ),
            (
                "Officials said the talks did not address Bolivia's demand for a sovereign "
                "corridor.",
                "BOL",
                "demand",
            ),
            (
                "The Gambian government did not react to Senegal's refusal, a spokesman said.",
                "SEN",
                "reject",
            ),
            ("Sweden no longer opposes the EU's sanctions on Belarusian potash.", "EU", "sanction"),
        ],
    )
    def test_the_owned_act_is_not_negated(self, body: str, owner: str, action: str) -> None:
        found = events_of(body)
        assert not any(
            a == owner and act == action and mod == "negated" for a, act, _, _, mod in found
        ), found
        # an answer still awaited is no act yet: it stays negated
        awaited = events_of(
            "Chile said it was still waiting for Peru's answer to its offer of talks."
        )
        assert any(
            a == "PER" and act == "respond" and mod == "negated" for a, act, _, _, mod in awaited
        ), awaited


class TestAppositionClosesTheCondition:
    """A comma and an indefinite noun phrase after a conditional main clause ("would resume the
    talks if Cambodia withdrew its ships, a condition Phnom Penh rejected") sum the clause up as
    a thing: the relative clause on that noun has its own subject and verb, outside the
    condition and the modal of the main clause, which end at the comma. The main clause's own
    act stays hypothetical, and an "If ..." fronted before its main clause still governs it."""

    @pytest.mark.parametrize(
        ("body", "actor", "action", "owner"),
        [
            (
                "Peru said it would lift the ban if Chile shared the laboratory data, a demand "
                "Santiago rejected on Monday.",
                "CHL",
                "reject",
                "PER",
            ),
            (
                "Hanoi said it would resume the talks if Cambodia withdrew its survey ships, a "
                "condition Phnom Penh rejected on Friday.",
                "KHM",
                "reject",
                "VNM",
            ),
            (
                "Ankara said it would lift the tariffs if Athens dropped its complaint, a proposal "
                "Greece accepted on Tuesday.",
                "GRC",
                "accept",
                "TUR",
            ),
        ],
    )
    def test_the_act_in_the_apposition_is_asserted(
        self, body: str, actor: str, action: str, owner: str
    ) -> None:
        found = events_of(body)
        assert any(
            a == actor and act == action and mod == "asserted" for a, act, _, _, mod in found
        ), found
        # the conditional main clause's own act stays conditional
        assert not any(a == owner and mod == "asserted" for a, _, _, _, mod in found), found


class TestPostponedToATime:
    """A meeting postponed (pushed back, put off) to a time ahead ("postponed to March 3", "has
    been pushed back until next month") is moved, not dropped: it is to come at the new time,
    expected. Postponed with no new time ("indefinitely", "on Monday": when the decision was
    taken) it stays negated."""

    @pytest.mark.parametrize(
        ("body", "actor"),
        [
            ("Chile postponed the summit with Peru to March 3, officials said.", "CHL"),
            (
                "A summit between the presidents of Ghana and Togo planned for Friday in Lome "
                "has been postponed to October, the Ghanaian presidency said.",
                "GHA",
            ),
            (
                "Talks between Laos and Vietnam on the dam have been postponed until next "
                "month, officials in Vientiane said.",
                "LAO",
            ),
        ],
    )
    def test_the_meeting_is_expected(self, body: str, actor: str) -> None:
        found = events_of(body)
        assert any(
            a == actor and act == "meet" and mod == "expected" for a, act, _, _, mod in found
        ), found
        assert not any(act == "meet" and mod == "negated" for _, act, _, _, mod in found), found
        # with no new time the meeting stays off
        off = events_of("Chile postponed the summit with Peru on Monday, officials said.")
        assert any(act == "meet" and mod == "negated" for _, act, _, _, mod in off), off


class TestWouldOnlyOnce:
    """ "would negotiate only after the posts were reopened", "would sign only once the funds
    had been released": "only" restricting a time clause after a "would" act makes that clause
    the act's condition, so the act is hypothetical, not a plan with a date."""

    @pytest.mark.parametrize(
        ("body", "actor", "action"),
        [
            (
                "Bolivia's foreign minister said La Paz would negotiate with Chile only after the "
                "border posts were reopened.",
                "BOL",
                "meet",
            ),
            (
                "Tunisia said it would sign the migration pact with the EU only once the funds "
                "had been released.",
                "TUN",
                "agree",
            ),
        ],
    )
    def test_the_act_is_hypothetical(self, body: str, actor: str, action: str) -> None:
        found = events_of(body)
        assert any(
            a == actor and act == action and mod == "hypothetical" for a, act, _, _, mod in found
        ), found
        assert not any(a == actor and mod == "expected" for a, _, _, _, mod in found), found
