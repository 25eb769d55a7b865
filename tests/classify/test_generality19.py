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


# 480. "in exchange for" / "in return for" is a swap of prisoners only when the sentence trades
# people; otherwise the next issue word decides, or the deal is `other`.
@pytest.mark.parametrize(
    ("body", "event"),
    [
        ("Mexico put forward a plan under which its mills would limit shipments in exchange for "
         "relief from the tariffs.", ("MEX", "propose", "", "trade", "asserted")),
        ("Brazil offered to take in the migrants from Venezuela in exchange for payment.",
         ("BRA", "propose", "VEN", "other", "asserted")),
        ("Iran released two French nationals in exchange for an Iranian engineer held in France.",
         ("IRN", "agree", "FRA", "prisoner_exchange", "asserted")),
    ],
)  # fmt: skip
def test_in_exchange_for_is_a_swap_only_when_people_are_traded(
    body: str, event: tuple[str, str, str, str, str]
) -> None:
    acts = _events("", body)
    assert event in acts, acts


# 481. A wire label glued to the headline ("EXCLUSIVE-", "ANALYSIS-", "UPDATE 2-") is no
# actor and does not hide the headline's act; a known name before a hyphen stays a party.
def test_a_wire_label_before_the_headline_is_dropped() -> None:
    acts = _events("EXCLUSIVE-Chile rejects Bolivia's offer of talks",
                   "Officials in Santiago spoke on condition of anonymity.")  # fmt: skip
    assert ("CHL", "reject", "BOL", "talks", "asserted") in acts, acts
    label = _events("ANALYSIS-A ceasefire in Yemen: neither side has answered",
                    "Analysts doubt the truce will last.")  # fmt: skip
    assert not [e for e in label if "ANALYSIS" in e[0] + e[2]], label


def test_a_known_name_before_a_hyphen_stays_a_party() -> None:
    acts = _events("NATO-Russia council meets in Brussels",
                   "The council met on Tuesday to discuss the exercises.")  # fmt: skip
    assert {x for e in acts if e[1] == "meet" for x in (e[0], e[2])} == {"NATO", "RUS"}, acts


# 482. Talks named before a relative clause take the main verb after it: "talks between X and Y
# that were due to open ... have been called off" is a meeting that will not happen.
@pytest.mark.parametrize(
    "body",
    [
        "Talks between Chile and Bolivia that were due to open in La Paz on Monday have been "
        "called off.",
        "Talks between Benin and Niger that were due to start in Cotonou this week have been "
        "postponed.",
    ],
)
def test_talks_called_off_after_a_relative_clause_are_negated(body: str) -> None:
    meets = [e for e in _events("", body) if e[1] == "meet"]
    assert meets, body
    assert {e[4] for e in meets} == {"negated"}, meets


# 483. The forum a dispute would be taken to is not the party threatened.
@pytest.mark.parametrize(
    ("body", "threat"),
    [
        ("Chile accused Bolivia of breaching the accord and threatened to take the matter to the "
         "UN Security Council.", ("CHL", "BOL")),
        ("Guyana accused Suriname of seizing its trawlers and threatened to bring the dispute "
         "before the International Court of Justice.", ("GUY", "SUR")),
    ],
)  # fmt: skip
def test_a_threat_is_aimed_at_the_party_not_the_forum(body: str, threat: tuple[str, str]) -> None:
    acts = _events("", body)
    assert {(e[0], e[2]) for e in acts if e[1] == "threaten"} == {threat}, acts


# 484. Readiness to open, start or begin talks, or openness to resuming them, is an offer.
@pytest.mark.parametrize(
    ("body", "offer"),
    [
        ("A spokesman said Tbilisi was ready to begin talks with Baku on the border.",
         ("GEO", "propose", "AZE", "talks", "asserted")),
        ("Ecuador is open to resuming dialogue with Colombia on the fishing dispute.",
         ("ECU", "propose", "COL", "talks", "asserted")),
    ],
)  # fmt: skip
def test_readiness_to_open_talks_is_an_offer(
    body: str, offer: tuple[str, str, str, str, str]
) -> None:
    assert offer in _events("", body)


# 485. A meeting told outside the main verb: "after their ministers met", "during talks with his
# counterpart", "at talks between"; a modal before it leaves the talks to come (no meeting).
@pytest.mark.parametrize(
    ("body", "pair"),
    [
        ("Chile and Peru agreed to share fishing data after their foreign ministers met in Arica.",
         ("CHL", "PER")),
        ("Norway's foreign minister criticised Russia's stance during talks with his Finnish "
         "counterpart in Oslo.", ("NOR", "FIN")),
        ("No deal on water sharing was reached at talks between Egyptian and Sudanese officials "
         "in Cairo.", ("EGY", "SDN")),
    ],
)  # fmt: skip
def test_a_meeting_told_in_an_adjunct_is_held(body: str, pair: tuple[str, str]) -> None:
    acts = _events("", body)
    assert (pair[0], "meet", pair[1]) in {e[:3] for e in acts if e[4] == "asserted"}, acts


def test_an_answer_promised_after_consultations_is_no_meeting() -> None:
    acts = _events("", "Cairo said it would give its answer after consultations with Khartoum.")
    assert not [e for e in acts if e[1] == "meet"], acts


# 486. A state after "all parties in" / "the warring factions in" is the party appealed to, not
# a place.
def test_all_parties_in_a_state_are_that_state() -> None:
    acts = _events("", "The Arab League called on all parties in Libya to respect the truce.")
    assert [e for e in acts if e[1] == "appeal" and e[2] == "LBY"], acts


# 487. A loan is aid a party offers: turning one down rejects the lender; a lender approving its
# own loan accepts nothing.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Zambia turned down a World Bank loan tied to mining reforms.",
         {("ZMB", "reject", "WORLDBANK", "aid")}),
        ("Pakistan accepted a Saudi loan to shore up its reserves.",
         {("PAK", "accept", "SAU", "aid")}),
        ("The IMF board approved a bailout for Egypt.", set()),
    ],
)  # fmt: skip
def test_a_loan_is_offered_aid(body: str, expected: set[tuple[str, str, str, str]]) -> None:
    acts = _events("", body)
    assert {e[:4] for e in acts if e[1] in ("reject", "accept")} == expected, acts


# 488. An agreement whose own clause names no issue takes the one issue its participle clause
# names (", ending a dispute over cross-border trade"); a clause about people does not count.
@pytest.mark.parametrize(
    ("body", "issue"),
    [
        ("Kenya and Ethiopia agreed on Monday to reopen customs posts at Moyale, ending a long "
         "dispute over cross-border trade.", "trade"),
        ("Chile and Peru reached a deal on phytosanitary checks on Friday, easing trade across "
         "their border.", "trade"),
        ("Fiji and Tonga signed a maritime security pact in Suva, pledging to come to each "
         "other's aid in a crisis.", "other"),
    ],
)  # fmt: skip
def test_an_agreement_takes_the_issue_of_its_participle_clause(body: str, issue: str) -> None:
    acts = _events("", body)
    assert {e[3] for e in acts if e[1] == "agree"} == {issue}, acts


# 489. Measures on goods crossing a border (export curbs, import restrictions, anti-dumping
# duties, exporters' offers) are trade.
@pytest.mark.parametrize(
    "body",
    [
        "Vietnam urged Cambodia to lift its new export curbs on rice.",
        "Indonesia demanded that Malaysia scrap its import restrictions on palm oil.",
        "Argentina asked Brazil to drop its anti-dumping duties on steel pipes.",
    ],
)
def test_measures_on_goods_are_trade(body: str) -> None:
    acts = _events("", body)
    assert acts, body
    assert {e[3] for e in acts} == {"trade"}, acts


# 490. Asking for a sum of money is asking for aid; asking for people back is not.
@pytest.mark.parametrize(
    ("body", "issue"),
    [
        ("The World Food Programme appealed for $300 million to stave off famine in South Sudan.",
         "aid"),
        ("Ukraine asked the EU for 5 billion euros.", "aid"),
        ("Kenya urged Somalia to return 300 refugees.", ""),
    ],
)  # fmt: skip
def test_money_asked_for_is_aid(body: str, issue: str) -> None:
    acts = _events("", body)
    assert acts, body
    assert {e[3] for e in acts if e[1] in ("appeal", "demand", "propose")} == {issue}, acts


# 491. An organisation's own board meeting ("the IAEA board of governors meets next week") is
# no meeting with the state in the news; a meeting with a named other side still is.
@pytest.mark.parametrize(
    ("body", "answer"),
    [
        ("Tokyo has refused the agency's request for access to the plant. The IAEA board of "
         "governors meets next week.", ("JPN", "reject", "IAEA")),
        ("Iran answered the agency's letter on Monday. The IAEA board meets on Tuesday to review "
         "the case.", ("IRN", "respond", "IAEA")),
    ],
)  # fmt: skip
def test_a_body_meeting_on_its_own_meets_no_one(body: str, answer: tuple[str, str, str]) -> None:
    acts = _events("", body)
    assert answer in {e[:3] for e in acts}, acts
    assert not [e for e in acts if e[1] == "meet"], acts


# 492. "hosted talks in <place> on <day> between A and B": A and B meet, the host does not; a
# verb after ", and" with a subject of its own does not date the talks.
@pytest.mark.parametrize(
    ("body", "pair", "host"),
    [
        ("Qatar hosted talks in Doha on Sunday between envoys of Ethiopia and Eritrea.",
         {"ETH", "ERI"}, "QAT"),
        ("Turkey brokered negotiations in Istanbul on Friday between Russia and Ukraine.",
         {"RUS", "UKR"}, "TUR"),
    ],
)  # fmt: skip
def test_hosted_talks_between_two_sides_after_time_and_place(
    body: str, pair: set[str], host: str
) -> None:
    meets = [e for e in _events("", body) if e[1] == "meet"]
    assert {e[0] for e in meets} == pair, meets
    assert all(host not in (e[0], e[2]) for e in meets), meets


def test_a_verb_after_and_does_not_date_offered_talks() -> None:
    body = (
        "Norway has offered to host the next round of talks between Colombia and Venezuela, and "
        "both governments are expected to answer by Friday."
    )
    acts = _events("", body)
    assert not [e for e in acts if e[1] == "meet" and e[0] in ("COL", "VEN")], acts


# 493. Strikes on the camps of a group the tables do not know are not strikes on the state the
# camps lie in or that consented; known groups and unnamed militants keep their readings.
@pytest.mark.parametrize(
    ("body", "targets"),
    [
        ("Chad said it had carried out air strikes against LRA rebel bases in the Central "
         "African Republic with the approval of Bangui.", {""}),
        ("Turkish jets struck PKK targets in northern Iraq.", {"PKK"}),
        ("Rwanda shelled Congolese army positions in North Kivu.", {"COD"}),
    ],
)  # fmt: skip
def test_strikes_on_an_unknown_groups_camps_spare_the_host_state(
    body: str, targets: set[str]
) -> None:
    acts = _events("", body)
    assert {e[2] for e in acts if e[1] == "attack"} == targets, acts


# 494. "has/had not ruled out a meeting" is a possible meeting, not a rejection denied.
@pytest.mark.parametrize(
    ("body", "pair"),
    [
        ("Hanoi has not ruled out a meeting between its prime minister and the Chinese president "
         "next month.", ("VNM", "CHN")),
        ("Ankara had not ruled out a summit with Athens, officials said.", ("TUR", "GRC")),
    ],
)  # fmt: skip
def test_not_ruling_out_a_meeting_is_a_possible_meeting(body: str, pair: tuple[str, str]) -> None:
    acts = _events("", body)
    assert not [e for e in acts if e[1] == "reject"], acts
    assert [e for e in acts if e[:3] == (pair[0], "meet", pair[1]) and e[4] != "asserted"], acts


# 495. A party named right after "said" is the speaker only where "said" closes a quotation or
# an attribution (", said the IAEA") or the sentence named it before; "Baku denied it and said
# Armenian forces fired first" has one speaker, Baku.
@pytest.mark.parametrize(
    ("body", "speaker", "other"),
    [
        ("Oslo rejected the claim and said Moscow was trying to divide the alliance.",
         "NOR", "RUS"),
        ("Lisbon welcomed the plan and said Madrid had acted in good faith.", "PRT", "ESP"),
        ("Baku denied the report and said Armenian forces had fired first.", "AZE", "ARM"),
    ],
)  # fmt: skip
def test_a_party_after_and_said_is_not_a_speaker(body: str, speaker: str, other: str) -> None:
    acts = _events("", body)
    assert not [e for e in acts if e[1] == "comment" and e[0] == other], acts


def test_a_party_after_a_closing_said_is_the_speaker() -> None:
    acts = _events("", '"We are ready to resume inspections next month," said the IAEA.')
    assert {e[0] for e in acts} <= {"IAEA"}, acts


# 496. A possessive proposal that is the subject of a passive answer is also an act of its
# owner ("Rabat's proposal ... was accepted by Nouakchott": MAR proposed, MRT accepted).
@pytest.mark.parametrize(
    ("body", "proposal", "answer"),
    [
        ("Rabat's proposal for a joint border commission was accepted by Nouakchott, officials "
         "said.", ("MAR", "propose", "MRT"), ("MRT", "accept", "MAR")),
        ("Bogota's ceasefire plan was dismissed by the ELN as a trap.",
         ("COL", "propose", "ELN"), ("ELN", "reject", "COL")),
    ],
)  # fmt: skip
def test_a_possessive_proposal_answered_in_the_passive_is_proposed(
    body: str, proposal: tuple[str, str, str], answer: tuple[str, str, str]
) -> None:
    acts = {e[:3] for e in _events("", body)}
    assert {proposal, answer} <= acts, acts


# 497. A capital right after "by" stays the agent when a preposition follows it ("proposed by
# Hanoi amid the clashes"), not a place.
def test_a_capital_after_by_before_a_preposition_is_the_agent() -> None:
    acts = _events("", "A ceasefire was proposed by Hanoi amid the clashes.")
    assert [e for e in acts if e[:2] == ("VNM", "propose")], acts
