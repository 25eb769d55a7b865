"""Issue errors, session 21 (analyst is): events whose actor, action and modality are right
but whose issue is not. Each case is a new sentence with countries and wording of its own,
exercising one general mechanism; none of the labelled sets' sentences is used. Each guard sits
beside a case the mechanism must read."""

from __future__ import annotations

import pytest
from classify_helpers import events_of


class TestPeopleTradedForPeopleInTheObject:
    """ "accepted a proposal to exchange four detained fishermen for two students": the thing
    accepted, rejected or agreed is an exchange of people for people, named inside the object
    (not right after the verb) or after a meeting the clause began with; counted villagers,
    traders, students or pilots traded for others are captives as soldiers and guards are."""

    @pytest.mark.parametrize(
        ("body", "actor", "action"),
        [
            (
                "Chile has accepted a Peruvian proposal to exchange four detained Chilean "
                "fishermen for two Peruvian students held in Arica, the foreign ministry said.",
                "CHL",
                "accept",
            ),
            (
                "Officials from Mongolia and Kazakhstan meeting in Astana on Monday agreed to "
                "exchange five Mongolian villagers for three Kazakh herders.",
                "MNG",
                "agree",
            ),
            (
                "Namibia turned down an Angolan plan to trade two Angolan pilots for six "
                "Namibian traders, a government spokesman said.",
                "NAM",
                "reject",
            ),
        ],
    )
    def test_the_exchange_is_the_issue(self, body: str, actor: str, action: str) -> None:
        evs = events_of(body)
        assert any(
            a == actor and act == action and issue == "prisoner_exchange"
            for a, act, _, issue, _ in evs
        ), evs


class TestCommerceNamedInTheObject:
    """ "signed a pact to coordinate coffee pricing", "a deal on oil supplies": the object of a
    deal names commerce (the pricing of a good, supplies of a commodity), so the deal is about
    trade, not an issue left 'other'."""

    @pytest.mark.parametrize(
        ("body", "actor"),
        [
            (
                "Colombia and Honduras signed a pact to coordinate coffee pricing, the two "
                "agriculture ministers said in Tegucigalpa.",
                "COL",
            ),
            (
                "The presidents of Algeria and Tunisia met in Tunis and signed a deal on gas "
                "supplies for the coming winter.",
                "DZA",
            ),
            (
                "Ukraine and Moldova signed an agreement on grain supplies through the port of "
                "Giurgiulesti, officials said.",
                "UKR",
            ),
        ],
    )
    def test_the_deal_is_trade(self, body: str, actor: str) -> None:
        evs = events_of(body)
        assert any(
            a == actor and act == "agree" and issue == "trade" for a, act, _, issue, _ in evs
        ), evs
