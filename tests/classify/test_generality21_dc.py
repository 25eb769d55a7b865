"""Single-party acts, session 20 (analyst dc): events the article pass dropped because the
article names one party only. Each case is a new sentence with countries and wording of its
own, exercising one general mechanism; none of the labelled sets' sentences is used. Each
noise guard sits beside a case the mechanism must read, so every test reads something new."""

from __future__ import annotations

import pytest
from classify_helpers import events_of


class TestCallsForANamedThing:
    """ "demanded an immediate ceasefire", "called on Western lenders to lift sanctions": a call
    (appeal or demand) for a named thing is news with no addressee named, as a proposal of
    something is; a call for nothing named still needs its counterpart."""

    @pytest.mark.parametrize(
        ("body", "actor", "action", "issue"),
        [
            ("The Arab League demanded an immediate ceasefire around the port of Zawiya in a "
             "statement on Sunday.", "ARABLEAGUE", "demand", "ceasefire"),
            ("Belarus appealed for a halt to the fighting along the Ukrainian border.",
             "BLR", "appeal", "ceasefire"),
            ("Guatemala called on the world's wealthiest nations to lift sanctions on its banks.",
             "GTM", "appeal", "sanctions"),
        ],
    )  # fmt: skip
    def test_the_call_stands(self, body: str, actor: str, action: str, issue: str) -> None:
        acts = {(a, act, i) for a, act, _, i, _ in events_of(body)}
        assert (actor, action, issue) in acts, acts

    def test_a_call_for_a_truce_stands_a_call_for_nothing_does_not(self) -> None:
        body = "The African Union appealed for an immediate truce in the Kivu provinces."
        assert ("AU", "appeal") in {(a, act) for a, act, *_ in events_of(body)}
        noise = "Chelsea called on its supporters to stay calm after the defeat on Saturday."
        assert events_of(noise) == set()


class TestStayingAwayFromAGathering:
    """ "refused to take part in the talks", "will not send a delegation to the summit": like
    not attending, staying away from a gathering is news with no other member named."""

    @pytest.mark.parametrize(
        ("body", "actor", "issue"),
        [
            ("Azerbaijan has refused to take part in the Geneva talks, its foreign ministry "
             "said on Thursday.", "AZE", "talks"),
            ("Burkina Faso said it would not send a delegation to the Niamey summit.",
             "BFA", "summit"),
        ],
    )  # fmt: skip
    def test_the_snub_stands(self, body: str, actor: str, issue: str) -> None:
        acts = {(a, act, i, mod) for a, act, _, i, mod in events_of(body)}
        assert (actor, "meet", issue, "negated") in acts, acts


class TestWithheldSignature:
    """ "refused to sign the joint communique", "has not signed the treaty": keeping one's
    signature off a text of states is one party's stand, news with no co-signatory named; a
    contract or a player is no text of states."""

    @pytest.mark.parametrize(
        ("body", "actor", "act"),
        [
            ("Paraguay refused to sign the final declaration of the summit, citing its "
             "language on beef exports.", "PRY", ("reject", "asserted")),
            ("Laos has not yet signed the regional protocol on river navigation, officials "
             "acknowledged.", "LAO", ("agree", "negated")),
        ],
    )  # fmt: skip
    def test_the_refusal_stands(self, body: str, actor: str, act: tuple[str, str]) -> None:
        acts = {(a, action, mod) for a, action, _, _, mod in events_of(body)}
        assert (actor, *act) in acts, acts

    def test_a_convention_withheld_stands_a_player_not_signed_does_not(self) -> None:
        body = "Nepal has not signed the regional convention on migrant workers, officials said."
        assert ("NPL", "agree", "negated") in {(a, act, m) for a, act, _, _, m in events_of(body)}
        noise = "Jordan refused to sign the striker after a failed medical, the club said."
        assert events_of(noise) == set()


class TestTheMakerOfTheTextAnswered:
    """ "rejecting an ECOWAS appeal", "no reply from Hanoi to the Cambodian protest", "the
    Bolivian plan was rejected by Chile": the party named as the modifier of the proposal,
    request, protest or mission an answer is to made it (or sent it), and is the answer's
    target; up to two lower-case modifiers may stand between ("an OAS human-rights mission")."""

    @pytest.mark.parametrize(
        ("body", "actor", "action", "target"),
        [
            ("Peru's rejection of a Bolivian request to reopen the lake port deepened the row "
             "on Monday.", "PER", "reject", "BOL"),
            ("The junta in Bamako refused to free the detained ministers, rejecting an ECOWAS "
             "appeal made on Friday.", "MLI", "reject", "ECOWAS"),
            ("There was no immediate reply from Hanoi to the Cambodian protest.",
             "VNM", "respond", "KHM"),
            ("The Bolivian plan was rejected by Santiago within a day, officials said.",
             "CHL", "reject", "BOL"),
            ("Nicaragua refused to allow an OAS human-rights mission into the country, its "
             "foreign minister said.", "NIC", "reject", "OAS"),
        ],
    )  # fmt: skip
    def test_the_answer_targets_the_maker(
        self, body: str, actor: str, action: str, target: str
    ) -> None:
        acts = {(a, act, t) for a, act, t, _, _ in events_of(body)}
        assert (actor, action, target) in acts, acts

    def test_a_brokered_text_targets_its_broker_when_no_other_side_is_named(self) -> None:
        body = "Kosovo refused to sign the US-brokered declaration, saying it crossed red lines."
        acts = {(a, act, t) for a, act, t, _, _ in events_of(body)}
        assert ("XKX", "reject", "USA") in acts, acts


class TestAcceptanceRefused:
    """ "will not accept any deal that", "has not accepted the arrangement": the verb "accept"
    negated is a party's refusal of a thing, its stand with no proposer named; a club that
    will not accept a deal for a player stays quiet (no state acts there)."""

    @pytest.mark.parametrize(
        ("body", "actor"),
        [
            ("Ghana will not accept any arrangement that puts foreign soldiers on its "
             "territory, the interior minister said.", "GHA"),
            ("Senegal will not accept any deal that hands its fishing waters to foreign "
             "fleets, the prime minister said.", "SEN"),
        ],
    )  # fmt: skip
    def test_the_refusal_stands(self, body: str, actor: str) -> None:
        acts = {(a, act, mod) for a, act, _, _, mod in events_of(body)}
        assert (actor, "accept", "negated") in acts, acts
        noise = (
            "Chelsea will not accept any deal that sends their captain abroad, the manager said."
        )
        assert events_of(noise) == set()
