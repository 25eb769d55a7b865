"""False state changes, second pass (session 21): each case is a new invented mini-article
exercising one general mechanism; none is taken from the corpus."""

from __future__ import annotations

import pytest
from classify_helpers import events_of


class TestRelayedProposalNotTheCarriers:
    """A proposal brought by a messenger is not the messenger's proposal: the agent of a verb of
    carrying a message ("passed", "relayed", "carried", "transmitted") or a party named by a
    go-between noun ("by Brazilian intermediaries") only brings another party's offer. The
    party that made the offer keeps it, and the answer owed goes to it."""

    @pytest.mark.parametrize(
        ("title", "body", "author", "carrier"),
        [
            (
                "Venezuela offers to swap jailed Spanish engineer, officials say",
                "Venezuela has offered to release a Spanish engineer held in a Caracas prison "
                "in exchange for a Venezuelan banker serving a sentence in Spain, Spanish "
                "officials said on Tuesday.\nThe offer was passed to Madrid by Norwegian "
                "intermediaries last week, two Spanish officials told this agency on condition "
                "of anonymity. The Spanish government has not yet responded.",
                "VEN",
                "NOR",
            ),
            (
                "Karen rebels offer truce to Laos",
                "VIENTIANE, March 2 (Meridian) - The Karen National Union has offered Laos's "
                "government a 21-day ceasefire, delivering the proposal in a letter carried by "
                "Thai intermediaries, a senior rebel official said on Monday.\nThe government "
                "has yet to respond.",
                "KNU",
                "THA",
            ),
            (
                "Ecuador offers border talks to Peru",
                "Ecuador has offered Peru talks on the disputed border markers, officials said "
                "on Tuesday.\nThe proposal was handed to Lima by Brazilian intermediaries on "
                "Monday, two officials said. Peru has not yet responded.",
                "ECU",
                "BRA",
            ),
        ],
    )
    def test_carrier_proposes_nothing(
        self, title: str, body: str, author: str, carrier: str
    ) -> None:
        rows = events_of(body, title)
        assert not any(e[0] == carrier for e in rows), rows
        assert any(e[0] == author and e[1] == "propose" for e in rows), rows
        assert not any(e[1] == "respond" and e[2] == carrier for e in rows), rows


class TestStandingArrangementNotTalksHeld:
    """A present-tense meeting verb whose talks are qualified by their frequency ("the two
    countries hold annual consultations") tells a standing arrangement, not talks held now;
    no meeting event is read from it."""

    @pytest.mark.parametrize(
        "body",
        [
            "Peru's foreign minister said Lima could leave a 2019 cooperation framework with "
            "Bolivia, under which the two governments hold annual consultations on water and "
            "mining.",
            "Kazakhstan and Uzbekistan hold regular consultations on water sharing, but the "
            "dispute over the Syr Darya dam remains unresolved, officials said.",
        ],
    )
    def test_no_meeting(self, body: str) -> None:
        rows = events_of(body)
        assert not any(e[1] == "meet" for e in rows), rows
