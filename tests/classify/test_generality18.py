"""General failure classes, session 17: each case is a new sentence or article with countries,
regions and groups of its own, exercising one general mechanism (classes named by blind sets'
writers and analysts; none of their sentences is used)."""

from __future__ import annotations

import pytest
from classify_helpers import event_list as _events


# 450. A meeting is about what its purpose names when that is a technical file ("met ... to
# discuss tariffs": trade; "... inspections at the reactor": nuclear); a truce or a second
# verb's clause ("met ... and agreed to scrap the tariffs") leaves the meeting as talks.
@pytest.mark.parametrize(
    ("body", "issue"),
    [
        ("Ghana's trade minister met his Nigerian counterpart in Abuja on Monday to discuss "
         "tariffs on cement.", "trade"),
        ("The IAEA's deputy chief met Saudi officials in Riyadh to discuss inspections at the new "
         "reactor.", "nuclear"),
        ("Sudan met Chad's envoys to discuss the ceasefire.", "talks"),
        ("Colombia's and Ecuador's ministers met in Ipiales and agreed to scrap the tariffs.",
         "talks"),
    ],
)  # fmt: skip
def test_a_meeting_takes_the_technical_issue_its_purpose_names(body: str, issue: str) -> None:
    acts = _events("", body)
    meets = [e for e in acts if e[1] == "meet"]
    assert meets, acts
    assert {e[3] for e in meets} == {issue}, acts


# 451. An attribution closing a sentence that reports others' act (", Moroccan mediators said")
# is the report's source, no comment of its own; one that goes on (", Kenya said, calling the
# seizure piracy") is the speaker's statement.
@pytest.mark.parametrize(
    ("body", "speaker", "comment"),
    [
        ("Negotiators for Mali and Algeria met in Rabat on Sunday, Moroccan mediators said.",
         "MAR", False),
        ("Armenia and Azerbaijan exchanged prisoners at the border, Georgian officials said on "
         "Friday.", "GEO", False),
        ("Tanzania seized the vessel, Kenya said, calling the seizure piracy.", "KEN", True),
    ],
)  # fmt: skip
def test_a_closing_attribution_is_the_source_not_a_comment(
    body: str, speaker: str, comment: bool
) -> None:
    acts = _events("", body)
    assert [e for e in acts if e[0] != speaker], acts  # the reported act stays
    assert bool([e for e in acts if e[0] == speaker and e[1] == "comment"]) is comment, acts


# 452. A party's answer to talks offered by nobody named ("rejected outside mediation", "will
# not accept foreign mediation") is news on its own.
@pytest.mark.parametrize(
    ("body", "action", "modality"),
    [
        ("Peru rejected outside mediation in its dispute.", "reject", "asserted"),
        ("Bolivia will not accept foreign mediation.", "accept", "negated"),
    ],
)  # fmt: skip
def test_an_answer_to_talks_offered_by_nobody_named_stands_alone(
    body: str, action: str, modality: str
) -> None:
    acts = _events("", body)
    assert [(e[1], e[3], e[4]) for e in acts] == [(action, "talks", modality)], acts


# 453. A present-tense meeting verb with a set day or date ("meet in Lusaka on Friday") is a
# meeting to come; "met" stays held.
@pytest.mark.parametrize(
    ("body", "modality"),
    [
        ("Zambia and Malawi meet in Lusaka on Friday.", "expected"),
        ("The foreign ministers of Chile and Bolivia meet on September 12 in La Paz.", "expected"),
        ("Zambia and Malawi met in Lusaka on Friday.", "asserted"),
    ],
)  # fmt: skip
def test_a_present_meeting_verb_with_a_date_is_a_meeting_to_come(body: str, modality: str) -> None:
    acts = _events("", body)
    assert {e[4] for e in acts if e[1] == "meet"} == {modality}, acts


# 454. Officials' titles resolve to their state or organisation: "X's A and B ministry", "the
# OAS secretary general" (no hyphen), "the UN human rights chief".
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Peru's energy and mines ministry demanded that Quito lift the tariff.",
         ("PER", "demand", "ECU")),
        ("The OAS secretary general condemned Nicaragua's expulsion of the observers.",
         ("OAS", "comment", "NIC")),
        ("The UN human rights chief criticised Eritrea's detention of journalists.",
         ("UN", "comment", "ERI")),
    ],
)  # fmt: skip
def test_officials_titles_resolve_to_their_body(body: str, expected: tuple[str, str, str]) -> None:
    acts = _events("", body)
    assert expected in [e[:3] for e in acts], acts


# 455. Talks that broke down, collapsed or stalled "without an agreement" tell that no deal was
# reached.
@pytest.mark.parametrize(
    "body",
    [
        "Negotiations between Serbia and Kosovo in Brussels collapsed on Monday evening without "
        "an agreement.",
        "Talks between Sudan and South Sudan on the oil fees broke down late on Wednesday "
        "without a deal.",
    ],
)
def test_talks_that_collapsed_without_a_deal_are_a_negated_agreement(body: str) -> None:
    acts = _events("", body)
    agrees = [e for e in acts if e[1] == "agree"]
    assert agrees, acts
    assert {e[4] for e in agrees} == {"negated"}, acts


# 456. A head of state or government inviting another proposes a summit; a minister's
# invitation stays talks.
@pytest.mark.parametrize(
    ("body", "issue"),
    [
        ("Kenya's president invited Tanzania's president to Mombasa for a meeting of the two "
         "countries' joint commission.", "summit"),
        ("Ghana's foreign minister invited his Togolese counterpart for talks.", "talks"),
    ],
)  # fmt: skip
def test_a_head_inviting_a_head_proposes_a_summit(body: str, issue: str) -> None:
    acts = _events("", body)
    assert [(e[1], e[3]) for e in acts] == [("propose", issue)], acts


# 457. "Thailand's planned ban" is a noun phrase: no act of Thailand's, no act of the reader's.
def test_a_possessive_before_a_planned_measure_is_a_noun() -> None:
    acts = _events("", "Laos is studying Thailand's planned ban on rice exports.")
    assert not [e for e in acts if e[1] == "sanction"], acts


# 458. "..., telling Belgrade it was ready": the pronoun after a verb of telling and its
# addressee is the teller.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The European Union replied on Friday to Serbia's request, telling Belgrade it was "
         "ready to resume talks.", ("EU", "accept", "SRB")),
        ("Chile replied to the Bolivian note on Monday, telling La Paz it was ready to meet in "
         "Lima.", ("CHL", "accept", "BOL")),
    ],
)  # fmt: skip
def test_the_pronoun_after_telling_someone_is_the_teller(
    body: str, expected: tuple[str, str, str]
) -> None:
    acts = _events("", body)
    assert [e[:3] for e in acts if e[1] == "accept"] == [expected], acts


# 459. A document with a named owner ("the U.S. note proposing talks") is the owner's proposal,
# not the act of the state that has not answered it.
@pytest.mark.parametrize(
    ("body", "proposer", "answerer"),
    [
        ("Venezuela has not answered the U.S. note proposing talks on a prisoner exchange.",
         "USA", "VEN"),
        ("Sudan has not responded to the U.N. letter proposing a humanitarian truce.", "UN", "SDN"),
    ],
)  # fmt: skip
def test_a_documents_named_owner_makes_its_proposal(
    body: str, proposer: str, answerer: str
) -> None:
    acts = _events("", body)
    assert [e[0] for e in acts if e[1] == "propose"] == [proposer], acts
    assert (answerer, "respond", "negated") in [(e[0], e[1], e[4]) for e in acts], acts


# 460. "A and B met C": C is the counterpart of each, A and B are not each other's; "A and B
# met" (no object) pairs them.
@pytest.mark.parametrize(
    ("body", "pairs"),
    [
        ("Qatar and Egypt met Hamas in Doha on Saturday.", {("QAT", "HAMAS"), ("EGY", "HAMAS")}),
        ("The leaders of Sudan and South Sudan met the Ethiopian prime minister.",
         {("SDN", "ETH"), ("SSD", "ETH")}),
        ("Kenya and Ethiopia met in Nairobi.", {("KEN", "ETH"), ("ETH", "KEN")}),
    ],
)  # fmt: skip
def test_joint_subjects_meeting_a_third_party_meet_it(
    body: str, pairs: set[tuple[str, str]]
) -> None:
    acts = _events("", body)
    assert {(e[0], e[2]) for e in acts if e[1] == "meet"} == pairs, acts


# 461. A group's full name whose first word is also a generic or title word ("Popular
# Resistance Movement", "National ... Front") is learned when the article also uses its
# initials alone in talk of armed groups.
def test_a_group_named_in_full_and_by_initials_is_learned() -> None:
    acts = _events(
        "",
        "Delegations of the Popular Resistance Movement and the Sudanese government met in Juba. "
        "The PRM said the talks were useful and its fighters would hold their positions.",
    )
    meets = {(e[0], e[2]) for e in acts if e[1] == "meet"}
    assert ("PRM", "SDN") in meets, acts


# 462. An apposition between a party and its verb (", a rebel movement that fought Ethiopian
# forces for a decade, has proposed") does not lend its own party as the subject.
def test_a_party_inside_an_apposition_is_not_the_subject() -> None:
    acts = _events(
        "",
        "The Free Hills Front (FHF), a rebel movement that fought Ethiopian forces for a decade, "
        "has proposed a truce to Addis Ababa.",
    )
    assert [e[:3] for e in acts if e[1] == "propose"] == [("FHF", "propose", "ETH")], acts


# 463. A meeting that agreed on an exchange of detainees is about the exchange, not talks.
def test_an_agreement_on_an_exchange_is_about_the_exchange() -> None:
    acts = _events(
        "",
        "Armenian and Azerbaijani delegations meeting at the border on Friday agreed on an "
        "exchange that will see 12 detainees go home in return for two soldiers.",
    )
    agrees = [e for e in acts if e[1] == "agree"]
    assert agrees, acts
    assert {e[3] for e in agrees} == {"prisoner_exchange"}, acts


# 464. A gerund after "its insistence on", "the idea of" is that noun's content: no meeting
# held ("dropped its insistence on hosting the meeting").
def test_a_gerund_after_a_noun_and_preposition_is_no_act() -> None:
    acts = _events(
        "",
        "Hungary and Croatia will hold a summit in Zagreb on May 4, after Budapest dropped its "
        "insistence on hosting the meeting.",
    )
    assert {e[4] for e in acts if e[1] == "meet"} == {"expected"}, acts


# 465. A passive's subject is what was acted on: with no issue in the verb's own clause, the
# issue is the first one the subject names ("The ceasefire plan, drafted by Norway ..., was
# turned down by the M23").
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The ceasefire plan, drafted by Norway and backed by the AU, was turned down by the M23 "
         "on Friday.", ("M23", "reject", "ceasefire")),
        ("A prisoner swap proposal, tabled by Turkey last month, was accepted by Moscow on "
         "Tuesday.", ("RUS", "accept", "prisoner_exchange")),
    ],
)  # fmt: skip
def test_a_passives_subject_names_the_issue(body: str, expected: tuple[str, str, str]) -> None:
    acts = _events("", body)
    assert expected in [(e[0], e[1], e[3]) for e in acts], acts


# 466. An answer told by an -ing clause after a comma (", accepting an invitation") with no
# issue of its own takes its party's act in the main clause: a summit, not the "talks" a quote
# later in the article mentions.
def test_an_ing_answer_takes_the_issue_of_its_main_clause() -> None:
    acts = _events(
        "",
        "Ghana's president will fly to Lome on May 3 for a leaders' summit, the two governments "
        "said on Monday, accepting an invitation extended by the Togolese president last week. "
        "\"The president has accepted President Gnassingbe's kind invitation and looks forward "
        'to the talks," a Ghanaian minister said.',
    )
    accepts = [e for e in acts if e[1] == "accept" and e[0] == "GHA"]
    assert accepts, acts
    assert {e[3] for e in accepts} == {"summit"}, acts


# 467. "X accused Y of bombing ...": besides X's words, Y's attack on X as X tells it, unless
# the sentence disputes the charge ("a charge Armenia denied", "denied the report and").
@pytest.mark.parametrize(
    ("body", "attack"),
    [
        ("Caracas accused Bogota of bombing a guerrilla camp near the border on Saturday.",
         ("COL", "VEN")),
        ("Baku accused Yerevan of shelling two villages near Tovuz, a charge Armenia denied.",
         None),
        ("Nairobi denied the report and accused Kampala of raiding a border post.", None),
    ],
)  # fmt: skip
def test_an_accusation_of_an_attack_reports_the_attack_unless_disputed(
    body: str, attack: tuple[str, str] | None
) -> None:
    acts = _events("", body)
    attacks = [(e[0], e[2]) for e in acts if e[1] == "attack"]
    assert attacks == ([attack] if attack else []), acts


# 468. Renouncing an agreement in words: "no longer bound by", "declared ... void", '"dead"',
# "released from its commitments"; a pronoun before "no longer considered itself bound" is
# the speaker. A condition ("Should ..., will consider itself no longer bound"), a charge with
# a pledge to keep the truce, or "negotiations over" is no renouncement.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The ELN said on Thursday it was no longer bound by the ceasefire with Colombia after "
         "army strikes on its camps.", ("ELN", "COL")),
        ("Ghana declared the border protocol with Togo void on Monday.", ("GHA", "TGO")),
        ("Armenia said on Monday that Azerbaijan had violated the joint declaration, and that it "
         "no longer considered itself bound by the moratorium.", ("ARM", "AZE")),
        ('Peru declared that the fisheries arrangement it signed with Chile in May was "dead".',
         ("PER", "CHL")),
        ("Turkmenistan considers itself released from its commitments to Iran, the foreign "
         "ministry said.", ("TKM", "IRN")),
        ("Should the attacks continue, the ELN will consider itself no longer bound by the truce "
         "with Colombia.", None),
        ("Colombia accused the ELN of violating the truce but said it remained committed to it.",
         None),
        ("Venezuela said the declaration opened the way to negotiations over the Essequibo with "
         "Guyana.", None),
    ],
)  # fmt: skip
def test_renouncing_an_agreement_in_words_is_a_reject(
    body: str, expected: tuple[str, str] | None
) -> None:
    acts = _events("", body)
    rejects = [(e[0], e[2]) for e in acts if e[1] == "reject" and e[4] == "asserted"]
    assert rejects == ([expected] if expected else []), acts


# 469. Agreeing to a further step ("agreed to discuss ... in a joint commission", "to remain in
# touch", "to put off the meeting", "agreed it would be premature to") concludes no deal; a
# ceasefire or a referral to a court does.
@pytest.mark.parametrize(
    ("body", "agreed"),
    [
        ("Ecuador and Colombia have agreed to discuss the border incident in a joint commission, "
         "officials said.", False),
        ("Ghana and Togo agreed it would be premature to hold the summit this month.", False),
        ("Chile and Peru agreed to remain in touch but fixed no date for another round.", False),
        ("Argentina and Uruguay agreed to put off the meeting until after the elections.", False),
        ("Chile and Peru agreed to a ceasefire.", True),
        ("Guatemala and Belize agreed to refer their territorial dispute to the International "
         "Court of Justice.", True),
    ],
)  # fmt: skip
def test_agreeing_to_a_further_step_is_no_deal(body: str, agreed: bool) -> None:
    acts = _events("", body)
    assert bool([e for e in acts if e[1] == "agree" and e[4] == "asserted"]) is agreed, acts


# 470. One party agreeing to "the exchange" (a deal offered to it) accepts it; "agreed to a
# prisoner swap with Chile" is still an agreement.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Lisbon proposed a swap of detained fishermen to Rabat. Rabat agreed to the exchange on "
         "Thursday, the ministry said.", ("MAR", "accept", "prisoner_exchange")),
        ("Peru agreed to a prisoner swap with Chile.", ("PER", "agree", "prisoner_exchange")),
    ],
)  # fmt: skip
def test_one_party_agreeing_to_the_exchange_accepts_it(
    body: str, expected: tuple[str, str, str]
) -> None:
    acts = _events("", body)
    assert expected in [(e[0], e[1], e[3]) for e in acts], acts


# 471. A deal reached or signed at a round of talks tells that the talks were held.
@pytest.mark.parametrize(
    "body",
    [
        "Nepal and Bhutan signed the accord at the close of a second round of talks in Thimphu.",
        "The agreement was reached at a third round of talks between Kenya and Somalia in Nairobi.",
    ],
)
def test_a_deal_reached_at_talks_tells_the_talks_were_held(body: str) -> None:
    acts = _events("", body)
    assert [e for e in acts if e[1] == "agree"], acts
    assert [e for e in acts if e[1] == "meet" and e[4] == "asserted"], acts


# 472. Weighing an offer when "no decision has been taken" is no answer yet (a negated
# respond); "is studying the proposal" alone is a reply.
@pytest.mark.parametrize(
    ("body", "modality"),
    [
        ("Kenya is weighing Uganda's offer of talks, but no decision has been taken.", "negated"),
        ("Tashkent is studying Dushanbe's proposal and has not yet made a decision, a spokesman "
         "said.", "negated"),
        ("Tashkent is studying Dushanbe's proposal, a spokesman said.", "asserted"),
    ],
)  # fmt: skip
def test_weighing_an_offer_with_no_decision_is_no_answer_yet(body: str, modality: str) -> None:
    acts = _events("", body)
    assert [e[4] for e in acts if e[1] == "respond"] == [modality], acts


# 473. "Will not negotiate" followed by terms, a manner or a condition ("does not negotiate its
# sovereignty", "would not negotiate under pressure") is a stance, no refused meeting; "would
# not negotiate with Togo until ..." refuses a meeting.
@pytest.mark.parametrize(
    ("body", "refused"),
    [
        ('Canada asked Chile to release the two trawler captains. "Chile does not negotiate its '
         'sovereignty," the Chilean foreign minister said.', False),
        ("Ghana on Monday rejected Togo's offer of talks on the border closure, saying it would "
         "not negotiate under pressure.", False),
        ("Ghana said it would not negotiate with Togo until the border reopened.", True),
    ],
)  # fmt: skip
def test_refusing_to_negotiate_terms_is_no_refused_meeting(body: str, refused: bool) -> None:
    acts = _events("", body)
    assert bool([e for e in acts if e[1] == "meet" and e[4] == "negated"]) is refused, acts


# 474. "No Chilean president has ever ..." is a record of history, no act of the state; "No
# Kenyan official has yet responded" is a negated reply.
@pytest.mark.parametrize(
    ("body", "acts_expected"),
    [
        ("No Chilean president has ever made a state visit to Fiji.", []),
        ("No Kenyan head of state has visited Tonga since independence.", []),
        ("No Kenyan official has yet responded to Tonga's offer.", [("KEN", "respond", "negated")]),
    ],
)  # fmt: skip
def test_no_office_holder_ever_is_history_not_an_act(
    body: str, acts_expected: list[tuple[str, str, str]]
) -> None:
    acts = _events("", body)
    assert [(e[0], e[1], e[4]) for e in acts] == acts_expected, acts


# 475. "No deal" at talks named for an issue ("sanctions talks end without deal") is a deal on
# that issue not reached; a step agreed at the same talks on another issue stays.
@pytest.mark.parametrize(
    ("title", "body", "negated_issue"),
    [
        ("Chile-Peru sanctions talks end without deal as Lima refuses delisting",
         "Chile and Peru held talks in Lima on Tuesday.", "sanctions"),
        ("", "The sanctions talks between Chile and Peru ended on Tuesday without a deal, "
         "officials said.", "sanctions"),
    ],
)  # fmt: skip
def test_no_deal_at_talks_takes_the_talks_issue(title: str, body: str, negated_issue: str) -> None:
    acts = _events(title, body)
    assert {e[3] for e in acts if e[1] == "agree" and e[4] == "negated"} == {negated_issue}, acts


def test_a_step_agreed_beside_a_deal_not_reached_stays() -> None:
    acts = _events(
        "Chile, Peru agree joint committee in trade talks, no deal on tariffs",
        "Chile and Peru held talks in Lima on Tuesday.",
    )
    assert [e for e in acts if e[1] == "agree" and e[4] == "asserted"], acts
    assert [e for e in acts if e[1] == "agree" and e[4] == "negated"], acts


# 476. A sentence-opening "It" names one party: when no party is named before it in the
# sentence and the last act had several ("Bulgaria and Romania accepted ..."), it is not both
# of them; "They" still is.
@pytest.mark.parametrize(
    ("body", "rejecters"),
    [
        ("Bulgaria and Romania accepted an invitation to talks. It rejected a Romanian call for "
         "bilateral talks.", set()),
        ("Bulgaria and Romania accepted an invitation to talks. They rejected a Hungarian call "
         "for bilateral talks.", {"BGR", "ROU"}),
    ],
)  # fmt: skip
def test_a_singular_it_never_stands_for_two_parties(body: str, rejecters: set[str]) -> None:
    acts = _events("", body)
    assert {e[0] for e in acts if e[1] == "reject"} == rejecters, acts
