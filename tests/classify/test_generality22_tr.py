"""Trade deals and bans, session 22 (analyst tr): lifting or easing a ban on goods and the deal
that licenses it. Each case is a new sentence with countries and wording of its own, exercising
one general mechanism; none of the labelled sets' sentences is used. Each guard sits beside a
case the mechanism must read."""

from __future__ import annotations

import pytest
from classify_helpers import events_of


class TestABanOnGoodsIsATradeMeasure:
    """ "agreed on the gradual lifting of Accra's ban on Ivorian cocoa", "signed a memorandum to
    relax the beef ban": a ban, suspension or curb whose object is a commodity (with or without
    its origin), or a commodity compounded with a ban, is a trade measure; the deal to lift or
    ease it is a trade deal, not an issue left 'other'."""

    @pytest.mark.parametrize(
        ("body", "actor"),
        [
            (
                "Ghana and Ivory Coast agreed on Monday on the gradual lifting of Accra's ban "
                "on Ivorian cocoa beans.",
                "GHA",
            ),
            (
                "Argentina and Chile signed a memorandum in Santiago on Friday to relax the "
                "beef ban imposed after the outbreak.",
                "ARG",
            ),
            (
                "Egypt and Sudan signed an accord in Cairo on Sunday under which Egypt will "
                "end its suspension of Sudanese livestock shipments.",
                "EGY",
            ),
        ],
    )
    def test_the_deal_is_about_trade(self, body: str, actor: str) -> None:
        evs = events_of(body)
        assert any(
            a == actor and act == "agree" and issue == "trade" for a, act, _, issue, _ in evs
        ), evs

    def test_a_travel_ban_stays_a_sanction(self) -> None:
        # guard: a ban on people is no ban on goods
        evs = events_of(
            "Norway and Iceland agreed on Tuesday to lift the travel ban on each other's officials."
        )
        assert not any(issue == "trade" for *_, issue, _ in evs), evs


class TestADealReachedLicensesTheClause:
    """ "Peru will reopen its market to Bolivian quinoa under an agreement reached at talks in La
    Paz": a reduced passive relative ('an agreement reached/signed by/at ...') reports a deal
    already made, whatever the future of the clause it licenses; the deal is about what that
    clause does (the ban lifted), not the talks where it was reached."""

    @pytest.mark.parametrize(
        ("body", "actor"),
        [
            (
                "Vietnam and Cambodia ended three days of technical talks in Hanoi on Tuesday. "
                "Vietnam will lift its ban on Cambodian rice from June 1 under an agreement "
                "reached at the talks, officials from both countries said.",
                "VNM",
            ),
            (
                "Kenya will end its suspension of maize imports from Tanzania next month under a "
                "deal signed by the two countries' agriculture ministers in Arusha on Saturday.",
                "KEN",
            ),
        ],
    )
    def test_the_deal_is_made_and_about_trade(self, body: str, actor: str) -> None:
        evs = events_of(body)
        assert any(
            a == actor and act == "agree" and issue == "trade" and mod == "asserted"
            for a, act, _, issue, mod in evs
        ), evs

    def test_a_deal_that_reached_a_limit_is_no_agreement(self) -> None:
        # guard: "reached" as the verb of the deal, not a participle after it
        evs = events_of(
            "Officials in Lima said the Peruvian and Bolivian economies had grown under the deal "
            "reached its limits."
        )
        assert not any(act == "agree" for _, act, *_ in evs), evs
