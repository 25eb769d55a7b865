"""General failure classes, session 20: each case is a new sentence or article with countries,
regions and groups of its own, exercising one general mechanism (classes named by blind sets'
writers and analysts; none of their sentences is used)."""

from __future__ import annotations

import pytest
from classify_helpers import event_list as _events


# 529. A readiness told in the party's own reply and then bound by a "but" ("replied ...,
# saying it was willing to discuss X but that Y") is what the reply says, not an acceptance:
# whether it accepts is still open. Without the "but" it stays the answer.
@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        ("Ghana replied on Friday to Togo's proposal for talks on the lagoon border, saying it "
         "was ready to discuss fishing rights but that the boundary itself was settled.",
         "GHA", "TGO"),
        ("Chile has responded to Bolivia's offer of talks, telling La Paz it is willing to discuss "
         "port access but will not reopen the 1904 treaty.", "CHL", "BOL"),
    ],
)  # fmt: skip
def test_a_readiness_bound_by_but_in_the_reply_is_the_reply(
    body: str, actor: str, target: str
) -> None:
    acts = _events("", body)
    asserted = {e[:3] for e in acts if e[4] == "asserted"}
    assert (actor, "respond", target) in asserted, acts
    assert (actor, "accept", target) not in asserted, acts


def test_a_readiness_in_the_reply_without_a_but_is_still_the_answer() -> None:
    acts = _events("", "Ghana replied on Friday to Togo's proposal for talks on the lagoon "
                       "border, saying it was ready to discuss fishing rights.")  # fmt: skip
    assert ("GHA", "accept", "TGO") in {e[:3] for e in acts if e[4] == "asserted"}, acts


# 530. The public as the one addressed ("urged older residents to stay indoors", "asked
# motorists to keep off the roads") is a public notice by authorities, no act between parties;
# a party urged stays an appeal.
@pytest.mark.parametrize(
    "body",
    [
        "Authorities in Lisbon opened cooling centres and urged older residents to stay indoors "
        "during the afternoon.",
        "Kenyan authorities urged travellers to carry water on the Nairobi highway.",
        "The Polish health ministry urged parents to vaccinate children before the school year.",
        "Chile's emergency office urged the public to avoid beaches as the swell rose.",
    ],
)
def test_an_appeal_to_the_public_is_no_event(body: str) -> None:
    assert not [e for e in _events("", body) if e[1] == "appeal"], _events("", body)


def test_an_appeal_to_a_party_stays_one() -> None:
    acts = _events("", "Norway urged Ethiopia and Eritrea to resume talks on the border.")
    assert {e[:2] for e in acts} >= {("NOR", "appeal")}, acts


# 531. A round of talks set for a date that the same clause then calls unlikely ("a third round
# pencilled in for June is now unlikely to take place") is a possibility, not a meeting to come.
def test_a_set_round_called_unlikely_is_no_meeting_to_come() -> None:
    body = (
        "Armenia and Azerbaijan held talks in Almaty on Monday. A third round of talks pencilled "
        "in for June is now unlikely to take place, a diplomat said."
    )
    acts = _events("", body)
    assert not [e for e in acts if e[1] == "meet" and e[4] == "expected"], acts
    assert [e for e in acts if e[1] == "meet" and e[4] == "asserted"], acts


def test_a_set_round_alone_is_still_a_meeting_to_come() -> None:
    body = (
        "Armenia and Azerbaijan held talks in Almaty on Monday. A third round of talks is "
        "pencilled in for June, a diplomat said."
    )
    acts = _events("", body)
    assert [e for e in acts if e[1] == "meet" and e[4] == "expected"], acts


# 532. An agreement whose object is the goods, traffic or customs of trade between two
# neighbours ("reopen customs posts", "cargo traffic", "supply chains", "an oil pipeline") is
# on trade, whatever other word the sentence holds.
@pytest.mark.parametrize(
    "body",
    [
        "Uganda and Kenya agreed on Monday to reopen customs posts at Busia after a meeting of "
        "their ministers.",
        "Bolivia and Peru agreed to reopen the Desaguadero crossing to cargo traffic.",
        "Vietnam and South Korea signed a pact on battery supply chains in Hanoi on Friday.",
        "Azerbaijan and Georgia agreed to build a second oil pipeline linking their ports.",
    ],
)
def test_an_agreement_on_goods_and_customs_is_on_trade(body: str) -> None:
    acts = _events("", body)
    agreed = [e for e in acts if e[1] == "agree" and e[4] == "asserted"]
    assert agreed, acts
    assert all(e[3] == "trade" for e in agreed), acts


# 533. The answer to a put thing told in the passive ("A Danish proposal for a joint fisheries
# patrol in the Baltic was rejected by Warsaw") answers the owner that heads its subject, not a
# party its modifiers name further on; a dated one ("a 1962 Dutch proposal") is history.
@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        ("A Danish proposal for a joint fisheries patrol off Estonia was rejected by Warsaw on "
         "Monday.", "POL", "DNK"),
        ("A Kenyan offer to mediate between Ethiopia and Eritrea was turned down by Asmara.",
         "ERI", "KEN"),
    ],
)  # fmt: skip
def test_a_passive_answer_answers_the_owner_of_the_offer(
    body: str, actor: str, target: str
) -> None:
    acts = _events("", body)
    assert (actor, "reject", target) in {e[:3] for e in acts}, acts


def test_a_dated_proposal_in_the_passive_is_no_answer_now() -> None:
    body = ("Archives show a 1962 Dutch proposal for a joint navy with Belgium was turned down by "
            "German ministers.")  # fmt: skip
    assert not [e for e in _events("", body) if e[2] == "NLD"], _events("", body)


# 534. A proposal to free or hand over people in exchange for others ("proposed to release two
# Tajik border guards held since the clash in exchange for Kyrgyz herders") is a prisoner
# exchange, though the phrase "in exchange for" stands past the clause's first stop.
def test_a_release_in_exchange_for_people_is_a_prisoner_exchange() -> None:
    body = (
        "Kyrgyzstan has proposed to release two Tajik border guards detained after a shootout "
        "near Batken in exchange for six Kyrgyz herders held in Tajik jails, a spokesman said. "
        "Tajikistan has not replied."
    )
    acts = _events("", body)
    assert ("KGZ", "propose", "TJK", "prisoner_exchange") in {e[:4] for e in acts}, acts


# 535. A proposal named as a noun whose infinitive swaps captives ("Yerevan's proposal to
# exchange captured soldiers") is on a prisoner exchange, as the verb "proposed to exchange" is.
def test_a_nominal_proposal_to_swap_captives_is_a_prisoner_exchange() -> None:
    body = (
        "Kenya is examining Uganda's proposal to exchange detained fishermen and will give its "
        "answer after verifying the nationality of those held, a spokesperson said on Wednesday."
    )
    acts = _events("", body)
    assert ("UGA", "propose", "KEN", "prisoner_exchange") in {e[:4] for e in acts}, acts


# 536. "led" inside a compound adjective ("army-led government") is no causative: the act after
# "is expected to" stays one to come (guard on the causative rule of test_generality21_fp).
def test_a_compound_led_is_no_causative() -> None:
    body = (
        "Myanmar's army-led government is expected to deliver its response to the Thai proposal "
        "by Friday, an official in Naypyitaw said."
    )
    acts = _events("", body)
    assert ("MMR", "respond", "THA", "", "expected") in acts, acts


# 537. A two-word verb form right after a possessive ("the government's call for a joint
# committee") is a noun with its owner, as a one-word form already was ("Poland's ban on"):
# no act told by a verb, whatever the sentence's subject.
def test_a_verb_form_after_a_possessive_is_a_noun() -> None:
    body = (
        "The M23 accepted the Congolese government's ceasefire on Monday. The statement, read by "
        "an M23 spokesman in Goma, did not mention the government's call for a joint committee "
        "to run the airport."
    )
    acts = _events("M23 accepts Kinshasa truce", body)
    assert not [e for e in acts if e[1] == "propose" and e[4] == "asserted"], acts
