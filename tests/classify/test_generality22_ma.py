"""Answers missed in storylines, session 22 (analyst ma): invented sentences, one class per
mechanism (none copied from the corpus)."""

from __future__ import annotations

import pytest
from classify_helpers import events_of


class TestAgreedToAMeeting:
    """One party's "agreed (on Tuesday) to hold talks with X", "agreed to open a dialogue with
    X": a meeting takes two, so agreeing to one consents to the other side's will to meet (an
    acceptance), whether or not the article tells the proposal and whatever time is said
    between "agreed" and "to". Not an act of its own ("agreed to free the crew")."""

    @pytest.mark.parametrize(
        ("body", "actor", "target"),
        [
            (
                "Uruguay agreed on Thursday to hold talks with Argentina on the river dredging "
                "dispute, the foreign ministry in Montevideo said.",
                "URY",
                "ARG",
            ),
            (
                "Mongolia has agreed to open a political dialogue with Kazakhstan on grazing "
                "rights, officials said.",
                "MNG",
                "KAZ",
            ),
            (
                "Vietnam agreed last week to start negotiations with Cambodia on the border "
                "markers.",
                "VNM",
                "KHM",
            ),
        ],
    )
    def test_a_meeting_agreed_to_is_an_acceptance(self, body: str, actor: str, target: str) -> None:
        found = events_of(body)
        assert any(
            a == actor and act == "accept" and t == target and mod == "asserted"
            for a, act, t, _, mod in found
        ), found
        # an act of its own agreed to, with no proposal told, stays silent as before
        alone = events_of("Uruguay agreed on Thursday to free the Argentine fishing crew.")
        assert not any(act == "accept" for _, act, _, _, _ in alone), alone


class TestBothAddresseesAnswer:
    """ "X invited A and B to talks, and both (sides) accepted": a group noun answering in the
    sentence of a proposal put to two parties stands for those two addressees, each accepting
    the proposer's offer, however often the article names the proposer; "both" alone opening
    the coordinated clause before its verb is such a subject too."""

    @pytest.mark.parametrize(
        "body",
        [
            "Qatar has invited Chad's government and the FACT rebels to talks in Doha next week, "
            "and both have agreed to send delegations.",
            "Norway on Monday invited Colombia's government and the ELN to talks in Oslo, and "
            "both sides accepted, the Norwegian foreign ministry said. Norway first offered "
            "Colombia its good offices in March, and Colombia thanked Norway for the offer in "
            "April.",
        ],
    )
    def test_each_addressee_accepts(self, body: str) -> None:
        found = events_of(body)
        answered = {(a, t) for a, act, t, _, mod in found if act == "accept" and mod == "asserted"}
        inviter = "QAT" if body.startswith("Qatar") else "NOR"
        sides = ("TCD", "FACT") if inviter == "QAT" else ("COL", "ELN")
        assert answered == {(sides[0], inviter), (sides[1], inviter)}, found
