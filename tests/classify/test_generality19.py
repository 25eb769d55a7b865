"""General failure classes, session 18: each case is a new sentence or article with countries,
regions and groups of its own, exercising one general mechanism (classes named by blind sets'
writers and analysts; none of their sentences is used)."""

from __future__ import annotations

import pytest
from classify_helpers import event_list as _events


# 477. "under the auspices of X" makes X the go-between of the meeting, never one of its two
# sides: the sides are the delegation sent and the group that answers.
@pytest.mark.parametrize(
    ("body", "sides", "host"),
    [
        ("Burundi will send a delegation to talks in Tanzania, the government said. Delegations "
         "from both sides are expected to meet in Kigoma on March 24 under the auspices of "
         "Tanzania's foreign ministry. The RED-Tabara rebels welcomed the decision.",
         {"BDI", "REDTABARA"}, "TZA"),
        ("Niger will send a delegation to talks in Algeria, the government said. Both sides are "
         "due to meet in Tamanrasset next week under the auspices of Algeria's foreign ministry. "
         "The CSP-DPA rebels welcomed the move.", {"NER", "CSP-DPA"}, "DZA"),
    ],
)  # fmt: skip
def test_the_auspices_party_is_no_side_of_the_meeting(
    body: str, sides: set[str], host: str
) -> None:
    meets = [e for e in _events("", body) if e[1] == "meet"]
    assert {e[0] for e in meets} == sides, meets
    assert all(host not in (e[0], e[2]) for e in meets), meets


# 478. The party that persuaded two others to meet is not at their meeting, also when the two
# are coordinated ("persuaded A and B to meet").
@pytest.mark.parametrize(
    ("body", "persuader"),
    [
        ("Norway persuaded Colombia and the ELN to meet in Oslo next week.", "NOR"),
        ("Qatar convinced Chad and the FACT rebels to hold talks in Doha.", "QAT"),
    ],
)  # fmt: skip
def test_a_persuader_does_not_meet_the_parties_it_brought_together(
    body: str, persuader: str
) -> None:
    acts = _events("", body)
    assert not [e for e in acts if e[1] == "meet" and persuader in (e[0], e[2])], acts


def test_parties_agreeing_to_meet_still_meet() -> None:
    acts = _events("", "Russia and Ukraine agreed to meet in Istanbul.")
    assert {(e[0], e[2]) for e in acts if e[1] == "meet"} == {("RUS", "UKR"), ("UKR", "RUS")}


# 479. A nominal answer ("Kampala's rejection") answers the party that asked, not a party named
# after the noun's own verb ("prompted a protest from Tanzania", "drew criticism from Chile").
@pytest.mark.parametrize(
    ("body", "answer", "asker"),
    [
        ("Kenya asked Uganda to reopen the border crossing. Kampala's rejection prompted a "
         "protest from Tanzania.", ("UGA", "reject"), "KEN"),
        ("Peru asked Bolivia to extradite the suspect. La Paz's refusal drew criticism from "
         "Chile.", ("BOL", "reject"), "PER"),
        ("Ghana proposed talks with Togo on the border. Lome's acceptance of the offer follows a "
         "week of contacts through Benin.", ("TGO", "accept"), "GHA"),
    ],
)  # fmt: skip
def test_a_nominal_answer_is_aimed_at_the_asker(
    body: str, answer: tuple[str, str], asker: str
) -> None:
    acts = _events("", body)
    assert {e[2] for e in acts if (e[0], e[1]) == answer} == {asker}, acts
