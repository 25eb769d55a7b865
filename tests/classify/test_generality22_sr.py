"""Missed events on the sentence sets, session 22 (analyst sr). Each case is a new sentence with
countries and wording of its own, exercising one general mechanism; none of the labelled sets'
sentences is used. Each guard sits beside a case the mechanism must read."""

from __future__ import annotations

import pytest
from classify_helpers import events_of, pairs_of


class TestAgentsMeetingSomewhere:
    """ "ECOWAS ministers meeting in Accra decided": after an organisation's agent noun,
    "meeting" followed by a place or time is a participle, the organisation's people are the
    clause's subject; "the ASEAN meeting in Jakarta" is still a meeting, no party."""

    @pytest.mark.parametrize(
        ("body", "row"),
        [
            ("ASEAN foreign ministers meeting in Vientiane urged Myanmar's junta to free "
             "political prisoners.", ("ASEAN", "appeal", "asserted")),
            ("EU interior ministers meeting on Thursday agreed to deploy border guards to "
             "Lithuania.", ("EU", "agree", "asserted")),
            ("African Union leaders meeting in Addis Ababa urged Sudan's army to accept a "
             "ceasefire.", ("AU", "appeal", "asserted")),
        ],
    )  # fmt: skip
    def test_the_organisation_acts(self, body: str, row: tuple[str, str, str]) -> None:
        assert row in pairs_of(body), pairs_of(body)

    def test_the_meeting_itself_is_no_party(self) -> None:
        rows = pairs_of("The ASEAN meeting in Jakarta urged Myanmar's junta to free prisoners.")
        assert not any(actor == "ASEAN" for actor, _, _ in rows), rows


class TestCallForInternalDialogue:
    """ "called for an inclusive national dialogue in Guinea": a dialogue among one nation's
    own sides is talks the caller asks others to hold, an appeal, not a proposal of talks
    with itself; "called for talks with Eritrea" still proposes talks."""

    @pytest.mark.parametrize(
        "body",
        [
            "The African Union called for an inclusive national dialogue in Guinea.",
            "ECOWAS called for a national dialogue in Togo after weeks of protests.",
            "The United Nations called for intra-Libyan talks on a unified government.",
        ],
    )
    def test_an_appeal_not_a_proposal(self, body: str) -> None:
        rows = pairs_of(body)
        assert any(action == "appeal" for _, action, _ in rows), rows
        assert not any(action == "propose" for _, action, _ in rows), rows

    def test_talks_with_the_caller_are_proposed(self) -> None:
        rows = events_of("Ethiopia called for talks with Eritrea on the port of Assab.")
        assert ("ETH", "propose", "ERI", "talks", "asserted") in rows, rows


class TestTalksHeldWithoutDeal:
    """ "No agreement was reached at the talks between A and B", "A and B failed to agree after
    two days of negotiations": the deal failed, the talks where it failed were held, a meeting
    of the two; "have not agreed to hold talks" tells of no talks held."""

    @pytest.mark.parametrize(
        ("body", "pair"),
        [
            ("No agreement was reached at the talks between Chadian and Sudanese negotiators in "
             "Niamey on Tuesday.", ("TCD", "SDN")),
            ("No deal on grazing rights emerged from Friday's talks between Kenya and Uganda in "
             "Kampala, officials said.", ("KEN", "UGA")),
            ("There was no agreement on a prisoner swap at the negotiations between Armenia and "
             "Azerbaijan in Tbilisi.", ("ARM", "AZE")),
        ],
    )  # fmt: skip
    def test_the_talks_were_held(self, body: str, pair: tuple[str, str]) -> None:
        rows = events_of(body)
        a, b = pair
        assert any(
            x[1] == "meet" and x[4] == "asserted" and {x[0], x[2]} == {a, b} for x in rows
        ), rows

    def test_no_talks_agreed_is_no_meeting(self) -> None:
        rows = events_of("Kenya and Somalia have not agreed to hold talks on the maritime border.")
        assert not any(x[1] == "meet" and x[4] == "asserted" for x in rows), rows
