"""Missed "broken" changes in storylines, session 22 (analyst br). Each case is a new sentence or
mini-story with countries and wording of its own, exercising one general mechanism; none of the
labelled sets' sentences is used. Each guard sits beside a case the mechanism must read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from classify_helpers import event_list

from storywatch.testing import news, run_articles

T0 = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


class TestWalkAwayFromAnExchange:
    """ "suspended the prisoner swap", "halted its part in the agreed exchange": an exchange of
    captives is done only by the two sides together, and a party's own part of a joint
    undertaking is its share of the deal; suspending, quitting or freezing either walks away
    from what was agreed (a refusal, rule walk_away), not a measure against the other side."""

    @pytest.mark.parametrize(
        ("title", "body", "walk"),
        [
            ("Armenia suspends detainee exchange with Azerbaijan", "",
             ("ARM", "reject", "AZE", "prisoner_exchange", "asserted")),
            ("", "Ukraine suspended the planned prisoner swap with Russia on Monday, a day before "
             "buses were due at the border.",
             ("UKR", "reject", "RUS", "prisoner_exchange", "asserted")),
            ("", "Colombia has suspended its part in an agreed exchange of detainees with the ELN "
             "after a police station was bombed.",
             ("COL", "reject", "ELN", "prisoner_exchange", "asserted")),
            ("", "Ethiopia pulled out of the prisoner exchange with Eritrea on Thursday.",
             ("ETH", "reject", "ERI", "prisoner_exchange", "asserted")),
        ],
    )  # fmt: skip
    def test_suspending_an_exchange_walks_away(
        self, title: str, body: str, walk: tuple[str, str, str, str, str]
    ) -> None:
        events = event_list(title, body)
        assert walk in events, events
        assert not [e for e in events if e[1] == "sanction"], events
        # guard: a state suspended from a body is still the body's measure against it
        guard = event_list("", "The African Union suspended Gabon on Thursday after the coup.")
        assert any(e[0] == "AU" and e[1] == "sanction" and e[2] == "GAB" for e in guard), guard

    def test_the_swap_suspended_breaks_the_agreed_exchange(self) -> None:
        deal = news(
            "w01", T0, "Ukraine and Russia agree prisoner exchange",
            "Ukraine and Russia agreed on Monday to exchange 90 prisoners of war each, "
            "officials in Kyiv said.",
        )  # fmt: skip
        halt = news(
            "w02", T0 + timedelta(days=3), "Ukraine suspends prisoner swap with Russia",
            "Ukraine suspended the prisoner swap with Russia on Thursday, saying Moscow had "
            "changed the list of names at the last minute.",
        )  # fmt: skip
        changes = run_articles([deal, halt])
        broken = [(c.actor, c.to_state) for c in changes if c.article_id == "w02"]
        assert ("UKR", "broken") in broken, changes


class TestNoLongerBoundByIt:
    """ "Chile has broken the truce; Peru is no longer bound by it": what binds may be a pronoun
    whose antecedent is the agreement told before, and the party shedding it may speak as "we"
    ("we no longer consider ourselves bound by it"): then it is the quote's speaker, not the
    party named last before the words (the one accused). Either way the party renounces the
    agreement in words (construction declared-over)."""

    @pytest.mark.parametrize(
        ("body", "renounce"),
        [
            ("Guatemala has broken the fishing accord. Belize is no longer bound by it, the "
             "foreign ministry said.", ("BLZ", "reject", "GTM")),
            ('"Chile has broken the truce, and we are no longer bound by it," Peru\'s defence '
             "minister said.", ("PER", "reject", "CHL")),
            ('"We no longer consider ourselves bound by it," Bolivia\'s foreign ministry said '
             "after Chile closed the port of Arica to its trucks.", ("BOL", "reject", "CHL")),
        ],
    )  # fmt: skip
    def test_the_agreement_shed_by_its_pronoun(
        self, body: str, renounce: tuple[str, str, str]
    ) -> None:
        events = event_list("", body)
        assert renounce in [e[:3] for e in events], events
        # the party accused of the breach does not renounce anything
        assert not [e for e in events if e[1] == "reject" and e[0] == renounce[2]], events

    def test_a_duty_the_text_still_lays_is_no_renouncement(self) -> None:
        events = event_list(
            "",
            "Guatemala has broken the fishing accord. Belize is no longer bound by it, the "
            "foreign ministry said. Honduras said it was no longer bound by them to consult "
            "Nicaragua.",
        )
        assert ("BLZ", "reject", "GTM") in [e[:3] for e in events], events
        assert not [e for e in events if e[0] == "HND" and e[1] == "reject"], events

    def test_the_renouncement_breaks_what_the_pair_agreed(self) -> None:
        deal = news(
            "n01", T0, "Belize and Guatemala agree fishing accord",
            "Belize and Guatemala agreed on Monday on a joint fishing accord for the Sarstoon "
            "river, officials in Belmopan said.",
        )  # fmt: skip
        shed = news(
            "n02", T0 + timedelta(days=6), "Belize says Guatemala broke fishing accord",
            "Guatemala has broken the fishing accord. Belize is no longer bound by it and its "
            "boats will return to the river, the foreign ministry said on Sunday.",
        )  # fmt: skip
        changes = run_articles([deal, shed])
        broken = [(c.actor, c.to_state) for c in changes if c.article_id == "n02"]
        assert ("BLZ", "broken") in broken, changes


class TestSaidTheOtherSideBrokeIt:
    """ "The rebels said the army had broken the truce": outside the lead too, a party's statement
    naming another party as the one that broke the agreement is a breach claim (a comment whose
    rule ends in claim_breach), which breaks what the pair agreed. The speaker is named before
    the verb of saying; a party named after it in a headline ("..., says Lima broke the accord")
    is the accused, and a verdict on an act ("said the move violated the accord") names no
    culprit."""

    @pytest.mark.parametrize(
        ("body", "claim"),
        [
            ("Peru and Ecuador signed a fishing accord in May. Ecuador said on Monday that Peru "
             "had broken the accord by seizing two trawlers.", ("ECU", "comment", "PER")),
            ("Fighting resumed near the border on Sunday. Mali said Algeria had violated the "
             "truce by flying drones over Tinzaouaten.", ("MLI", "comment", "DZA")),
        ],
    )  # fmt: skip
    def test_a_statement_naming_the_culprit_claims_a_breach(
        self, body: str, claim: tuple[str, str, str]
    ) -> None:
        events = event_list("", body)
        assert claim in [e[:3] for e in events], events
        # guard: the party named after "says" in a headline is the accused, no speaker
        guard = event_list("Quito suspends fish exports, says Lima broke accord", "")
        assert not [e for e in guard if e[1] == "comment" and e[0] == "PER"], guard

    def test_the_claim_breaks_the_agreement(self) -> None:
        deal = news(
            "c01", T0, "Mali and Algeria agree border truce",
            "Mali and Algeria agreed on Monday on a ceasefire along their border, officials in "
            "Bamako said.",
        )  # fmt: skip
        claim = news(
            "c02", T0 + timedelta(days=4), "Shooting near Tinzaouaten as border calm frays",
            "Shots were heard near Tinzaouaten on Thursday night, residents said. Mali said "
            "Algeria had violated the truce by flying drones over the town.",
        )  # fmt: skip
        changes = run_articles([deal, claim])
        broken = [(c.actor, c.to_state) for c in changes if c.article_id == "c02"]
        assert ("MLI", "broken") in broken, changes
