"""General failure classes named by the heldout63 / sentences51 writer: each case is a new
sentence with countries of its own, exercising one general mechanism (none of the set's
sentences is used)."""

from __future__ import annotations

import pytest
from classify_helpers import pairs_of


class TestEmphaticLitotes:
    """A modal denied with a comparative of degree ("could not have been clearer in rejecting")
    says the act was done to the utmost: asserted, neither negated nor hypothetical."""

    @pytest.mark.parametrize(
        ("body", "actor", "action"),
        [
            (
                "Chile's foreign minister could not have been clearer in rejecting Bolivia's "
                "proposal for a corridor to the sea.",
                "CHL",
                "reject",
            ),
            (
                "The Argentine minister could not have been more categorical in rejecting "
                "Uruguay's proposal for a joint inquiry into the river mill.",
                "ARG",
                "reject",
            ),
            (
                "Vietnam's premier could hardly have been firmer in rejecting Cambodia's offer "
                "of joint patrols on the Mekong.",
                "VNM",
                "reject",
            ),
        ],
    )
    def test_asserted(self, body: str, actor: str, action: str) -> None:
        pairs = pairs_of(body)
        assert (actor, action, "asserted") in pairs
        assert (actor, action, "negated") not in pairs


class TestRefusalOfAnAct:
    """A finite verb of refusal with an infinitive of joining, receiving, holding or handing over
    ("refused to hand over the suspects to Lithuania") turns down an act asked of the party."""

    @pytest.mark.parametrize(
        ("body", "actor"),
        [
            ("Belarus refused to hand over the two journalists to Lithuania.", "BLR"),
            ("Senegal has refused to take back 60 migrants deported from Spain.", "SEN"),
            ("Azerbaijan refused to join the Iranian-led regional security forum.", "AZE"),
            ("Serbia refuses to extradite the former commander to Croatia.", "SRB"),
            ("Guinea refused to receive the ECOWAS envoy on Thursday.", "GIN"),
            ("Ethiopia refused to hold a referendum on the disputed district with Eritrea.", "ETH"),
        ],
    )
    def test_reject(self, body: str, actor: str) -> None:
        assert (actor, "reject", "asserted") in pairs_of(body)


class TestDemonymProposalAnsweredInPassive:
    """ "A Norwegian plan ... was rejected by Russia": a nationality adjective after an
    indefinite article names the proposal's author, and a passive answer by another party puts
    the proposal on the record (as "Norway's plan ... was rejected by Russia" does)."""

    @pytest.mark.parametrize(
        ("body", "author", "answerer", "answer"),
        [
            (
                "A Norwegian proposal for a fishing quota swap was rejected by Russia on Friday.",
                "NOR",
                "RUS",
                "reject",
            ),
            (
                "An Egyptian proposal to reopen the Rafah crossing for aid convoys was turned "
                "down by Israel.",
                "EGY",
                "ISR",
                "reject",
            ),
            (
                "A Kenyan proposal for a joint border commission was accepted by Ethiopia "
                "after two days of talks.",
                "KEN",
                "ETH",
                "accept",
            ),
        ],
    )
    def test_author_proposes(self, body: str, author: str, answerer: str, answer: str) -> None:
        pairs = pairs_of(body)
        assert (author, "propose", "asserted") in pairs
        assert (answerer, answer, "asserted") in pairs
