"""Missed expected meetings, session 22 (analyst em): meetings announced or planned that the
classifier did not read as `meet (expected)`. Each case is a new sentence with countries and
wording of its own, exercising one general mechanism; none of the labelled sets' sentences is
used. Each guard sits beside a case the mechanism must read."""

from __future__ import annotations

import pytest
from classify_helpers import events_of


class TestTheClauseThatSetsAnAcceptedMeeting:
    """ "accepted an invitation from <inviter> to a summit, and the two leaders will meet on
    May 4": the clause after the acceptance sets the meeting, also when the inviter's full
    name and title make the accepted noun phrase long; an aside with clause breaks of its own
    ("the offer late on Monday, an aide said, adding that ...") still keeps the short reach."""

    @pytest.mark.parametrize(
        ("body", "actor", "target"),
        [
            (
                "Ghana's President Kwabena Asante-Mensah Boateng has accepted an invitation "
                "from Togo's Prime Minister Edem Komlan Afatsawo Kodjovi to a summit in Lome, "
                "and the two leaders will meet on May 4 and 5.",
                "GHA",
                "TGO",
            ),
            (
                "Kenya's President Samuel Kiprotich arap Mwangi-Odhiambo has accepted an offer "
                "from Tanzania's President Halima Mwanaisha Jumbe Kikwete of a summit on lake "
                "fisheries, and the two leaders will meet in Arusha on June 2.",
                "KEN",
                "TZA",
            ),
        ],
    )
    def test_the_meeting_to_come_is_read(self, body: str, actor: str, target: str) -> None:
        evs = events_of(body)
        assert any(
            a == actor and act == "meet" and t == target and mod == "expected"
            for a, act, t, _, mod in evs
        ), evs

    def test_an_aside_with_clause_breaks_keeps_the_short_reach(self) -> None:
        # guard: between the vague acceptance and the travel lie a time, an attribution and
        # "adding that": no meeting is read from the vague offer
        evs = events_of(
            "Lilongwe accepted the Zambian offer late on Monday night, a presidential aide "
            "told state radio, adding that a small delegation would travel to Lusaka soon."
        )
        assert not any(act == "meet" for _, act, _, _, _ in evs), evs


class TestTheMeetingSetAfterAnAcceptedSummitIsTheSummit:
    """ "accepted Spain's proposal for a summit, and the two governments will meet in Rabat":
    the meeting the second clause sets is the accepted summit told again, so it is a summit,
    not generic talks; an accepted invitation to talks keeps its meeting as talks."""

    @pytest.mark.parametrize(
        ("body", "actor", "target"),
        [
            (
                "Senegal has accepted Gambia's invitation to a summit in Dakar, and the two "
                "delegations will meet there on June 3.",
                "SEN",
                "GMB",
            ),
            (
                "Bolivia has accepted a Chilean proposal for a presidential summit, and the two "
                "governments will meet in Arica on August 14, officials said.",
                "BOL",
                "CHL",
            ),
        ],
    )
    def test_the_meeting_is_a_summit(self, body: str, actor: str, target: str) -> None:
        evs = events_of(body)
        assert (actor, "meet", target, "summit", "expected") in evs, evs

    def test_accepted_talks_stay_talks(self) -> None:
        # guard: the accepted noun is talks, so the meeting set is talks
        evs = events_of(
            "Senegal has accepted Gambia's invitation to talks in Dakar, and the two "
            "delegations will meet there on June 3."
        )
        assert ("SEN", "meet", "GMB", "talks", "expected") in evs, evs
