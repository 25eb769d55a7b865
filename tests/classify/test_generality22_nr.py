"""Negated answers, session 22 (analyst nr): each case is an invented sentence or mini-story with
parties of its own, exercising one general mechanism; none is taken from the corpus."""

from __future__ import annotations

import pytest
from classify_helpers import events_of


class TestNoReplyFromTheGovernment:
    """ "There was no immediate reply from the government": the "from" phrase takes in the
    article "the" of a definite description, which names the article's government."""

    @pytest.mark.parametrize(
        ("body", "answerer", "proposer"),
        [
            (
                "QUITO, May 4 (Wire) - Peru has offered Ecuador talks on a shared border "
                "river, its foreign ministry said. There was no immediate reply from the "
                "government.",
                "ECU",
                "PER",
            ),
            (
                "Mongolia proposed a trade round to Kazakhstan on Friday. So far there has "
                "been no response from the government.",
                "KAZ",
                "MNG",
            ),
        ],
    )
    def test_government_named_by_the_from_phrase(
        self, body: str, answerer: str, proposer: str
    ) -> None:
        rows = events_of(body)
        assert any(
            a == answerer and act == "respond" and t == proposer and mod == "negated"
            for a, act, t, _, mod in rows
        ), rows


class TestExecutiveByLevelOrOffice:
    """ "the federal government", "the presidency": the state's executive named by its level
    or its office stands for the state, as "the government" does."""

    @pytest.mark.parametrize(
        ("body", "answerer"),
        [
            (
                "Uganda proposed border talks to Nigeria on Monday. The federal government "
                "has yet to respond to the Ugandan proposal.",
                "NGA",
            ),
            (
                "Paraguay invited Bolivia to talks on river transit on Tuesday. The presidency "
                "has not yet replied to the invitation.",
                "BOL",
            ),
            (
                "Chile offered Argentina a joint commission on glaciers. The central government "
                "has still not answered the offer.",
                "ARG",
            ),
        ],
    )
    def test_executive_answers_for_its_state(self, body: str, answerer: str) -> None:
        rows = events_of(body)
        assert any(
            a == answerer and act == "respond" and mod == "negated" for a, act, _, _, mod in rows
        ), rows


class TestGovernmentOfNoNamedState:
    """ "The government has yet to reply" in an article that names no state: some state's
    government, never the armed group or the bloc the article names."""

    def test_government_is_not_the_rebel_group(self) -> None:
        body = (
            "The Karenni Liberation Front said on Monday it had accepted a plan from the "
            "regional bloc ASEAN for a 20-day truce. The government has yet to give its answer."
        )
        rows = events_of(body)
        assert not any(
            act == "respond" and mod == "negated" and a in ("KLF", "ASEAN")
            for a, act, _, _, mod in rows
        ), rows


class TestNotAThingOneCanAccept:
    """ "is not something Berlin can accept": a negated predicate noun whose relative clause
    holds the consent rules it out: a refusal, as "refused to accept" is."""

    @pytest.mark.parametrize(
        "body",
        [
            "Ghana proposed a prisoner swap to Austria on Monday. A swap of that kind was not "
            "something Vienna would accept, the chancellor said.",
            'Laos offered Thailand a joint patrol plan. "That is not an option Bangkok can '
            'accept," the Thai foreign minister said.',
        ],
    )
    def test_refusal(self, body: str) -> None:
        rows = events_of(body)
        assert any(act == "reject" and mod == "asserted" for _, act, _, _, mod in rows), rows
        assert not any(act == "accept" and mod == "asserted" for _, act, _, _, mod in rows), rows
