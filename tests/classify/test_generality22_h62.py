"""General failure classes from the heldout62 / sentences50 analysis: each case is a new sentence
with parties of its own (none of the labelled sentences is used)."""

from __future__ import annotations

import pytest
from classify_helpers import events_of


class TestRefusalOfAnOwnedRequest:
    """A refusal to act ("refused to extradite", "refuses to hand over") whose asker is named as
    the owner of a request or demand later in the sentence is the refuser turning that party's
    request down, whatever the refused verb is. A refusal to speak turns nothing down."""

    @pytest.mark.parametrize(
        ("body", "actor", "target"),
        [
            (
                "Quito refused to hand over the former minister, calling Peru's extradition "
                "request politically motivated.",
                "ECU",
                "PER",
            ),
            (
                "Dushanbe refuses to release the two border guards, arguing that Kyrgyzstan's "
                "demand ignores the facts.",
                "TJK",
                "KGZ",
            ),
            (
                "Montevideo refused to freeze the accounts, saying Argentina's request lacked "
                "any evidence.",
                "URY",
                "ARG",
            ),
        ],
    )
    def test_refusal_turns_down_the_owners_request(
        self, body: str, actor: str, target: str
    ) -> None:
        rows = events_of(body)
        assert any(
            a == actor and act == "reject" and t == target and mod == "asserted"
            for a, act, t, _, mod in rows
        ), rows


class TestBareRefusal:
    """ "refused" / "declined" with no object, ending its main clause, refuses what was asked
    before it in the sentence: the refuser rejects the asker's request."""

    @pytest.mark.parametrize(
        ("body", "actor", "target"),
        [
            ("Ghana asked Togo to reopen the Aflao crossing, and Togo refused.", "TGO", "GHA"),
            (
                "Peru proposed a joint patrol of the river; Ecuador refused, citing its "
                "sovereignty.",
                "ECU",
                "PER",
            ),
            ("Norway requested the handover of the files, but Iceland declined.", "ISL", "NOR"),
            ("Fiji urged Vanuatu to extradite the two men, but Port Vila refused.", "VUT", "FJI"),
        ],
    )
    def test_bare_refusal_rejects_the_ask(self, body: str, actor: str, target: str) -> None:
        rows = events_of(body)
        assert any(
            a == actor and act == "reject" and t == target and mod == "asserted"
            for a, act, t, _, mod in rows
        ), rows


class TestClaimHeadedRelative:
    """ "..., a charge Paris rejects": a contact relative clause whose head noun is a claim
    (charge, accusation, allegation); the verb answers that claim, not the proposal of the
    story: a comment on the claim, no rejection of the proposal."""

    @pytest.mark.parametrize(
        ("body", "party"),
        [
            (
                "Iran offered France a prisoner exchange. The French researcher was convicted "
                "of spying, a charge Paris rejects.",
                "FRA",
            ),
            (
                "Venezuela offered Colombia an exchange of detainees. The two Colombians were "
                "convicted of plotting a coup, an accusation Bogota rejects.",
                "COL",
            ),
        ],
    )
    def test_denied_claim_is_no_rejection(self, body: str, party: str) -> None:
        rows = events_of(body)
        assert not any(a == party and act == "reject" for a, act, _, _, _ in rows), rows
        assert any(a == party and act == "comment" for a, act, _, _, _ in rows), rows


class TestWeaponFireIsANoun:
    """ "artillery fire", "mortar fire": after a weapon noun, "fire" is the noun of shooting (here
    the object of a promise to halt it), not a verb whose subject attacks."""

    @pytest.mark.parametrize(
        "body",
        [
            "Ethiopia and Eritrea agreed a truce on Monday. Under the arrangement, both sides will "
            "halt ground assaults, artillery fire and drone strikes along the border.",
            "Armenia and Azerbaijan agreed a ceasefire on Friday. Under the arrangement, both "
            "sides will halt sniper attacks, mortar fire and drone flights along the line of "
            "contact.",
        ],
    )
    def test_no_attack_from_halted_fire(self, body: str) -> None:
        rows = events_of(body)
        assert not any(act == "attack" for _, act, _, _, _ in rows), rows


class TestMandativeEndsAtCoordinatedReport:
    """ "demanded that X lift the sanctions and said it would respond in kind": the mandative
    "that" clause ends where a coordinated reporting verb in the past ("and said", "and warned")
    takes the main subject back; the threat after it is the demander's own, not asked of X."""

    @pytest.mark.parametrize(
        ("body", "actor", "target"),
        [
            (
                "Belarus demanded that Lithuania lift the sanctions on Belarusian potash within "
                "two weeks and said it would respond in kind if Vilnius failed to do so.",
                "BLR",
                "LTU",
            ),
            (
                "Serbia demanded that Croatia lift the sanctions on two Serbian firms within 30 "
                "days and said it would respond in kind if Zagreb failed to do so.",
                "SRB",
                "HRV",
            ),
        ],
    )
    def test_threat_after_the_demand(self, body: str, actor: str, target: str) -> None:
        rows = events_of(body)
        assert any(a == actor and act == "threaten" and t == target for a, act, t, _, _ in rows), (
            rows
        )
