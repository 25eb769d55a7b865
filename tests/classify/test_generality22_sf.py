"""False events on the sentence sets, session 22 (analyst sf). Each case is a new sentence with
countries and wording of its own, exercising one general mechanism; none of the labelled sets'
sentences is used. Each guard sits beside a case the mechanism must read."""

from __future__ import annotations

import pytest
from classify_helpers import events_of, pairs_of


class TestResolutionCallsAreItsAuthors:
    """ "X rejected a resolution calling for elections": the call is the resolution's, made by
    the body named in it or by whoever tabled or adopted it, never by the party rejecting it;
    an indefinite "an ECOWAS call for", "an AU appeal to" is a noun, no verb of the subject."""

    @pytest.mark.parametrize(
        ("body", "rejecter"),
        [
            ("Belarus rejected a European Parliament resolution calling for the release of "
             "jailed journalists.", "BLR"),
            ("China vetoed a Security Council resolution demanding an end to the blockade of "
             "the Myanmar border towns.", "CHN"),
            ("Eritrea dismissed an AU call for talks with Ethiopia.", "ERI"),
            ("Guinea's junta rejected an ECOWAS call for a referendum before the end of the year.",
             "GIN"),
        ],
    )  # fmt: skip
    def test_the_rejecter_makes_no_call(self, body: str, rejecter: str) -> None:
        rows = pairs_of(body)
        assert (rejecter, "reject", "asserted") in rows, rows
        assert not any(
            a == rejecter and act in ("appeal", "demand", "propose") for a, act, _ in rows
        ), rows

    def test_the_adopting_body_calls(self) -> None:
        rows = pairs_of(
            "The African Union passed a resolution demanding that Sudan's warring parties open "
            "aid corridors."
        )
        assert any(a == "AU" and act in ("appeal", "demand") for a, act, _ in rows), rows

    def test_the_tabling_state_calls(self) -> None:
        rows = pairs_of(
            "Norway and Ireland tabled a resolution calling for a humanitarian truce in Yemen."
        )
        assert any(a == "NOR" and act in ("appeal", "propose") for a, act, _ in rows), rows


class TestHostedPresenceIsNoMeeting:
    """ "agreed to host U.S. troops", "would not host a Russian naval base": what is stationed
    on the host's soil (forces, bases, weapons, a post) is no guest received for talks;
    "will host talks with Japan" is still a meeting."""

    @pytest.mark.parametrize(
        "body",
        [
            "Vanuatu denied reports that it had agreed to host Chinese troops on Espiritu Santo.",
            "Poland said it had agreed to host American troops on its eastern flank.",
            "Japan said it would not host U.S. nuclear missiles on Okinawa.",
        ],
    )
    def test_no_meeting(self, body: str) -> None:
        rows = pairs_of(body)
        assert not any(act == "meet" for _, act, _ in rows), rows

    def test_hosting_talks_is_a_meeting(self) -> None:
        rows = pairs_of("Indonesia will host talks with Japan on the fisheries dispute next week.")
        assert any(a == "IDN" and act == "meet" for a, act, _ in rows), rows


class TestReprisalByMeasures:
    """ "retaliated on Monday with duties on steel", "hit back by banning officials": a reprisal
    through an economic or diplomatic measure is a sanction, not a blow; the agent of a passive
    blow that is a weapon ("was struck by Iranian drones") makes an attack, not a deal; a
    participle after a sanctions clause ("sanctions on X, targeting its banks") tells what the
    measure covers."""

    @pytest.mark.parametrize(
        ("body", "row"),
        [
            ("India retaliated on Tuesday with higher duties on Turkish apples, the trade "
             "ministry said.", ("IND", "sanction", "TUR")),
            ("Algeria hit back on Sunday by banning French officials from its airspace.",
             ("DZA", "sanction", "FRA")),
        ],
    )  # fmt: skip
    def test_a_sanction(self, body: str, row: tuple[str, str, str]) -> None:
        rows = {(a, act, t) for a, act, t, _, _ in events_of(body)}
        assert row in rows, rows
        assert not any(act == "attack" for _, act, _ in rows), rows

    def test_struck_by_weapons_is_an_attack(self) -> None:
        rows = events_of("An oil depot in Belgorod was struck by Ukrainian drones overnight.")
        assert any(a == "UKR" and act == "attack" for a, act, _, _, _ in rows), rows
        assert not any(act == "agree" for _, act, _, _, _ in rows), rows

    def test_sanctions_targeting_are_no_attack(self) -> None:
        rows = pairs_of(
            "Britain imposed new sanctions on Iran on Friday, targeting military bases and two "
            "banks."
        )
        assert ("GBR", "sanction", "asserted") in rows, rows
        assert not any(act == "attack" for _, act, _ in rows), rows


class TestConditionalBareConsent:
    """ "would host talks between A and B if both sides agreed": consent with no content in a
    condition is the host's proviso, no agreement of the parties; "if both sides agreed to a
    truce" keeps its hypothetical agreement."""

    @pytest.mark.parametrize(
        "body",
        [
            "Kazakhstan would host talks between Armenia and Azerbaijan if both sides agreed, "
            "its foreign minister said.",
            "Qatar offered to mediate between Chad and Sudan if the two governments agreed.",
        ],
    )
    def test_no_agreement(self, body: str) -> None:
        rows = pairs_of(body)
        assert not any(act == "agree" for _, act, _ in rows), rows


class TestAccusedMeansIsClaimed:
    """ "accused Serbia of violating the accord by signing a deal with X": the means in the
    by-phrase is part of the act claimed against the accused, not the accuser's own act."""

    @pytest.mark.parametrize(
        ("body", "accuser", "accused"),
        [
            ("Morocco accused Algeria of meddling in its affairs by signing a cooperation deal "
             "with the Polisario Front.", "MAR", "DZA"),
            ("Serbia accused Montenegro of provoking Belgrade by signing a defence pact with "
             "Kosovo.", "SRB", "MNE"),
        ],
    )  # fmt: skip
    def test_the_accuser_signs_nothing(self, body: str, accuser: str, accused: str) -> None:
        rows = events_of(body)
        assert any(r[:3] == (accuser, "comment", accused) for r in rows), rows
        assert not any(a == accuser and act == "agree" for a, act, _, _, _ in rows), rows

    def test_a_signing_of_ones_own_remains(self) -> None:
        rows = pairs_of("Kosovo protested by signing an energy pact with Albania on Monday.")
        assert any(a == "XKX" and act == "agree" for a, act, _ in rows), rows


class TestPassiveReactionToAnOffer:
    """ "Kenya's offer to mediate between A and B was welcomed by Addis Ababa": a reaction in the
    passive to a party's offer is aimed at the offer's owner (as an answer is), not at the other
    side the offer names."""

    @pytest.mark.parametrize(
        ("body", "row"),
        [
            ("Kenya's offer to mediate between Ethiopia and Eritrea was welcomed by Addis Ababa.",
             ("ETH", "comment", "KEN")),
            ("Norway's proposal to host talks between Colombia and the ELN was praised by Bogota "
             "on Friday.", ("COL", "comment", "NOR")),
            ("Algeria's offer to mediate between Mali and Niger was welcomed by Bamako but "
             "ignored by Niamey.", ("MLI", "comment", "DZA")),
        ],
    )  # fmt: skip
    def test_aimed_at_the_owner(self, body: str, row: tuple[str, str, str]) -> None:
        rows = {(a, act, t) for a, act, t, _, _ in events_of(body)}
        assert row in rows, rows

    def test_a_reaction_to_an_unowned_plan_keeps_its_target(self) -> None:
        rows = {
            (a, act, t)
            for a, act, t, _, _ in events_of(
                "The attack on the Ukrainian port was condemned by Poland."
            )
        }
        assert not any(t == "POL" for _, _, t in rows), rows
