"""General failure classes, session 3: each case is a new sentence with countries and people
of its own, exercising one general mechanism."""

from __future__ import annotations

import pytest
from classify_helpers import events_of, pairs_of

from storywatch.classify import classify_text


def dated_pairs(body: str, year: int = 2025) -> set[tuple[str, str, str]]:
    """(actor, action, modality) of a body published in `year`."""
    _, _, events = classify_text("", body, year)
    return {(e.actor, e.action, e.modality) for e in events}


# 31. A year dates the act only when it lies in the act's own clause: "since ... in 2021",
# "which annexed ... in 2014" date another clause; "when ... in 2014" and "in 1962," date it.
@pytest.mark.parametrize(
    ("body", "row"),
    [
        (
            "Armenia and Azerbaijan agreed to a ceasefire on Monday, ending the worst fighting "
            "since the two fought a war in 2020.",
            ("ARM", "agree", "asserted"),
        ),
        (
            "Serbia, which recognised the plan in 2013, proposed new talks with Kosovo on Friday.",
            ("SRB", "propose", "asserted"),
        ),
    ],
)
def test_a_year_in_another_clause_does_not_make_the_act_history(
    body: str, row: tuple[str, str, str]
) -> None:
    assert row in dated_pairs(body)


@pytest.mark.parametrize(
    "body",
    [
        "In 1998, Eritrea rejected talks with Ethiopia.",
        "Eritrea rejected talks with Ethiopia in May 1998.",
        "When the war began in 1998, Eritrea rejected talks with Ethiopia.",
        "Since the border war of 1998 ended in 2000, Eritrea has rejected talks with Ethiopia.",
        "Eritrea rejected talks with Ethiopia after the border war began in 1998.",
    ],
)
def test_a_year_dating_the_act_makes_it_history(body: str) -> None:
    assert ("ERI", "reject", "asserted") not in dated_pairs(body)
    assert ("ERI", "reject", "asserted") in pairs_of(body)  # without a publication year


# 32. A new round set or announced, with no party in its sentence: the two main parties will
# meet (expected), whoever announced it; "no new round" is negated.
@pytest.mark.parametrize(
    ("second", "modality"),
    [
        ("A fourth round is set for 3 March.", "expected"),
        ("The next round will be held in Bishkek in May.", "expected"),
        ("The mediator announced a new round for next month.", "expected"),
        ("No new round has been scheduled.", "negated"),
    ],
)
def test_a_round_set_without_parties_is_a_meeting_of_the_main_parties(
    second: str, modality: str
) -> None:
    body = "Kyrgyzstan and Tajikistan held border talks in Batken on Friday. " + second
    got = pairs_of(body)
    assert ("KGZ", "meet", modality) in got
    assert ("TJK", "meet", modality) in got


def test_a_round_of_rate_cuts_is_no_meeting() -> None:
    body = (
        "Kyrgyzstan and Tajikistan held border talks. The next round of rate cuts is set for May."
    )
    assert ("KGZ", "meet", "expected") not in pairs_of(body)


# 33. The main parties come from who acts together ("Egypt, Ethiopia and Sudan held talks"),
# not from who issued statements about it (a host's ministry quoted three times).
def test_a_host_quoted_often_is_not_a_main_party() -> None:
    body = (
        "Chile, Peru and Bolivia ended talks in Brasilia without a deal on the aquifer, the "
        "Brazilian foreign ministry said. The Brazilian foreign ministry said the meeting was "
        "useful, and a Brazilian envoy said the Brazilian government would host more talks."
    )
    got = events_of_title("Aquifer talks in Brasilia end without deal", body)
    assert not any(a == "BRA" and act == "agree" for a, act, _ in got)
    assert ("CHL", "agree", "negated") in got or ("PER", "agree", "negated") in got


def events_of_title(title: str, body: str) -> set[tuple[str, str, str]]:
    _, _, events = classify_text(title, body)
    return {(e.actor, e.action, e.modality) for e in events}


# 34. A state held for years ("which has hosted ... for more than a decade") is no act of the
# day; a span in a reported complaint ("saying X had cheated for decades") does not count.
def test_a_perfect_held_for_years_is_a_standing_state() -> None:
    body = (
        "Switzerland, which has hosted Armenian and Turkish delegations for more than a decade, "
        "proposed "
        "talks between Armenia and Turkey."
    )
    got = events_of(body)
    assert not any(e[0] == "CHE" and e[1] == "meet" for e in got)
    assert any(e[0] == "CHE" and e[1] == "propose" for e in got)


def test_a_span_in_a_reported_complaint_leaves_the_act() -> None:
    body = "Canada ordered tariffs on Mexican steel, saying Mexico had dumped steel for years."
    assert ("CAN", "sanction", "asserted") in pairs_of(body)


# 35. A proposal about nothing the vocabulary names opens no story, unless its addressee answers
# it in the same article; then it is about what the answer is about.
def test_an_issueless_offer_is_no_event() -> None:
    got = pairs_of("Norway offered to help Colombia, the foreign ministry said.")
    assert not any(act == "propose" for _, act, _ in got)


def test_an_issueless_proposal_answered_in_the_article_takes_the_answers_issue() -> None:
    title = "Peru rejects Chilean water plan"
    body = (
        "At the talks in Lima, Chile proposed that Peru guarantee a minimum flow in dry years. "
        "Peru rejected the Chilean proposal on Thursday."
    )
    got = events_of(body, title)
    proposals = [e for e in got if e[0] == "CHL" and e[1] == "propose"]
    answers = [e for e in got if e[0] == "PER" and e[1] == "reject"]
    assert answers
    assert proposals
    assert {p[3] for p in proposals} <= {a[3] for a in answers}


# 36. Answers neither yes nor no, and silences: acknowledging, "no reaction from", "remained
# silent"; attending on a condition is a conditional acceptance.
@pytest.mark.parametrize(
    ("second", "row"),
    [
        ("Malawi acknowledged the proposal on Tuesday.", ("MWI", "respond", "asserted")),
        ("There has been no reaction from Lilongwe.", ("MWI", "respond", "negated")),
        ("Malawi has remained silent.", ("MWI", "respond", "negated")),
        ("Malawi said it would attend if the dredging stopped.", ("MWI", "accept", "hypothetical")),
        (
            "Malawi would attend the talks if the dredging stopped.",
            ("MWI", "accept", "hypothetical"),
        ),
    ],
)
def test_answers_that_are_neither_yes_nor_no(second: str, row: tuple[str, str, str]) -> None:
    body = "Tanzania proposed talks on the lake border. " + second
    assert row in pairs_of(body)


# 37. "X warned Y that it would ...": the pronoun is the one who warned; closing a border is a
# measure (a sanction), threatened on a condition.
def test_the_pronoun_after_warned_y_that_is_the_warner() -> None:
    body = "Kenya warned Somalia that it would close the border if the raids continued."
    got = pairs_of(body)
    assert ("KEN", "threaten", "asserted") in got
    assert not any(a == "SOM" for a, _, _ in got)


def test_closing_a_border_is_a_sanction() -> None:
    assert ("KEN", "sanction", "asserted") in pairs_of("Kenya closed its border with Somalia.")


# 38. Two parties agreeing to take part in proposed talks each accept; nothing is agreed or held.
def test_two_parties_agreeing_to_take_part_accept_each() -> None:
    body = "Qatar proposed talks. Chad and Sudan agreed to take part in the talks."
    got = pairs_of(body)
    assert ("TCD", "accept", "asserted") in got
    assert ("SDN", "accept", "asserted") in got
    assert not any(act in ("agree", "meet") and mod == "asserted" for _, act, mod in got)


# 39. A headline's present tense follows its lead: a meeting the lead says "will" happen.
def test_a_headline_takes_the_modality_of_its_lead() -> None:
    title = "Chad, Sudan leaders meet in Doha as border row simmers"
    body = "The leaders of Chad and Sudan will meet in Doha on Friday, officials said."
    got = {(a, act, mod) for a, act, mod in events_of_title(title, body)}
    assert ("TCD", "meet", "asserted") not in got
    assert ("TCD", "meet", "expected") in got
    held = "The leaders of Chad and Sudan met in Doha on Friday, officials said."
    assert ("TCD", "meet", "asserted") in events_of_title(title, held)


# 40. A city hit by an attack stands for its state as the target (GeoNames cities of 100,000+):
# "struck Kharkiv", "targets in Khan Yunis", "killed five civilians in Sumy"; the attacker's
# own city or a person named like a city ("Hassan Nasrallah") is no target.
@pytest.mark.parametrize(
    ("body", "row"),
    [
        ("Russian forces struck the eastern city of Zaporizhzhia.", ("RUS", "UKR")),
        ("Israeli jets struck targets in Khan Yunis overnight.", ("ISR", "PSE")),
        ("Sudanese army drones attacked Nyala on Sunday.", ("SDN", None)),
        ("Turkish drones hit Qamishli on Monday.", ("TUR", "SYR")),
        ("Myanmar's military killed five civilians in Lashio.", ("MMR", None)),
    ],
)
def test_the_city_an_attack_hits_names_the_target(body: str, row: tuple[str, str | None]) -> None:
    attacks = {(a, t) for a, act, t, _, _ in events_of(body) if act == "attack"}
    if row[1] is None:  # a state's own city: no foreign target
        assert all(t is None or t != row[0] for _, t in attacks)
    else:
        assert row in attacks


def test_a_city_followed_by_a_name_is_a_person() -> None:
    body = "Israel said it killed Hassan Nasrallah's deputy."
    assert not any(t == "IND" for _, _, t, _, _ in events_of(body))


# 41. A proposal of something is news with no counterpart named ("Egypt proposed a ceasefire");
# an article with one party keeps dropping its other acts (clubs, companies).
def test_a_lone_proposal_of_something_is_kept() -> None:
    assert ("EGY", "propose", "asserted") in pairs_of("Egypt put forward a ceasefire plan.")
    assert not pairs_of("Egypt offered its help.")


# 42. "the ASEAN plan", "the AU proposal": what the organisation put forward (as "ASEAN's plan"),
# while "the ICJ ruling", "a UN base" stay modifiers.
def test_an_organisation_before_a_proposal_noun_is_its_author() -> None:
    got = events_of("Ethiopia rejected the AU five-point peace plan.")
    assert ("ETH", "reject", "AU", "other", "asserted") in got or any(
        e[0] == "ETH" and e[1] == "reject" and e[2] == "AU" for e in got
    )


# 43. A demonym before a modified agent noun acts for its state: "border commanders",
# "security forces", "trade negotiators", "air defences".
@pytest.mark.parametrize(
    "agent", ["border commanders", "security forces", "trade negotiators", "border police"]
)
def test_a_demonym_before_a_modified_agent_noun_acts(agent: str) -> None:
    got = pairs_of(f"Armenian {agent} met Azerbaijani {agent} on the border on Sunday.")
    assert ("ARM", "meet", "asserted") in got


# 44. Offering to mediate is a proposal of talks: "ready to mediate", "offered to mediate".
@pytest.mark.parametrize(
    "body",
    [
        "Kazakhstan said it was ready to mediate between Armenia and Azerbaijan.",
        "Kazakhstan offered to mediate between Armenia and Azerbaijan.",
    ],
)
def test_offering_good_offices_proposes_talks(body: str) -> None:
    assert any(e[0] == "KAZ" and e[1] == "propose" and e[3] == "talks" for e in events_of(body))


# 45. Sanctions in other shapes: asset freezes, blacklisting; sanctions adopted from another
# party are aimed at whom they name ("against Russia"), not at their author; "the EU froze"
# is a verb after the organisation, not "the EU froze ..." as a modifier.
@pytest.mark.parametrize(
    ("body", "row"),
    [
        ("The EU froze the assets of three Belarusian banks.", ("EU", "sanction", "BLR")),
        ("Canada blacklisted four Nicaraguan officials.", ("CAN", "sanction", "NIC")),
        ("Norway adopted the EU's new sanctions against Belarus.", ("NOR", "sanction", "BLR")),
    ],
)
def test_sanctions_in_other_shapes(body: str, row: tuple[str, str, str]) -> None:
    assert row in {(a, act, t) for a, act, t, _, _ in events_of(body)}


# 46. Meetings in other shapes: "is due in <capital> for talks" (expected), "brought together
# X and Y", and the pair after "between" given as "Congolese and Rwandan envoys" or "the
# foreign ministers of X and Y".
@pytest.mark.parametrize(
    ("body", "row"),
    [
        ("The Turkish president is due in Baku on Monday for talks.", ("TUR", "meet", "expected")),
        ("The summit brought together Bolivian and Chilean envoys.", ("BOL", "meet", "asserted")),
        (
            "The meeting brought together the foreign ministers of Bolivia and Chile.",
            ("CHL", "meet", "asserted"),
        ),
        (
            "Talks between Bolivian and Chilean officials ended on Friday.",
            ("CHL", "meet", "asserted"),
        ),
    ],
)
def test_meetings_in_other_shapes(body: str, row: tuple[str, str, str]) -> None:
    assert row in pairs_of(body)


# 47. A possessive nominal restates something said before ("Hamas's response has been
# studied"), unless its own clause dates it ("Iran's rejection of the offer came on Monday").
def test_a_dated_possessive_nominal_is_news() -> None:
    body = "Oman proposed talks. Yemen's rejection of the offer came on Monday."
    assert ("YEM", "reject", "asserted") in pairs_of(body)
    old = "Oman proposed talks. Yemen's rejection of the offer has been studied."
    assert ("YEM", "reject", "asserted") not in pairs_of(old)


# 48. A relative clause closed by its comma before the verb is not the verb's: its negation
# ("which have no relations") and its nouns neither negate nor replace the subject.
def test_a_closed_relative_clause_keeps_its_cues_to_itself() -> None:
    body = "Qatar and Bahrain, which have had no diplomatic ties, held talks in Riyadh."
    got = pairs_of(body)
    assert ("QAT", "meet", "asserted") in got
    assert ("BHR", "meet", "asserted") in got
    assert not any(mod == "negated" for _, _, mod in got)


# 49. Issue phrases: "halt all firing" is a ceasefire, "a peace conference" talks; "would respond
# positively if" is a conditional answer, not a threat.
def test_halting_fire_is_a_ceasefire_and_a_conference_is_talks() -> None:
    got = events_of("Armenia and Azerbaijan agreed to halt all firing along the border.")
    assert any(e[0] == "ARM" and e[1] == "agree" and e[3] == "ceasefire" for e in got)
    got = events_of("Kenya proposed a peace conference on Somalia.")
    assert any(e[0] == "KEN" and e[1] == "propose" and e[3] == "talks" for e in got)


def test_responding_positively_on_a_condition_is_no_threat() -> None:
    body = "Kenya proposed talks. Somalia said it would respond positively if Kenya withdrew."
    got = pairs_of(body)
    assert ("SOM", "threaten", "asserted") not in got
    assert ("SOM", "respond", "hypothetical") in got


# 50. Attacks told as nouns: "conducted airstrikes inside X", "stepped up drone strikes on
# <city>" (a two-word light verb; the city names the target).
@pytest.mark.parametrize(
    ("body", "row"),
    [
        ("Turkey conducted airstrikes inside Iraq.", ("TUR", "attack", "IRQ")),
        ("Russia stepped up drone strikes on Kherson and Sumy.", ("RUS", "attack", "UKR")),
    ],
)
def test_attacks_told_as_nouns(body: str, row: tuple[str, str, str]) -> None:
    assert row in {(a, act, t) for a, act, t, _, _ in events_of(body)}


# 51. Comments in other shapes: trading accusations (each on the other), expressing
# dissatisfaction; "rejected calls for a ceasefire" holds no appeal (a noun after a past verb).
def test_comments_in_other_shapes() -> None:
    got = pairs_of("Kenya and Tanzania traded accusations over the fishing raid.")
    assert ("KEN", "comment", "asserted") in got
    assert ("TZA", "comment", "asserted") in got
    assert ("VNM", "comment", "asserted") in pairs_of(
        "Vietnam expressed strong dissatisfaction with China's decision."
    )


def test_calls_after_a_past_verb_are_a_noun() -> None:
    got = pairs_of("Armenia rejected calls for new talks with Azerbaijan.")
    assert not any(act == "appeal" for _, act, _ in got)


# 52. More group nouns for the two main parties: "the two Koreas", "the warring parties".
def test_more_group_nouns_stand_for_the_main_parties() -> None:
    body = "Sudan's army and the RSF met in Jeddah. The warring parties agreed to open aid routes."
    got = pairs_of(body)
    assert ("RSF", "agree", "asserted") in got
    assert ("SDN", "agree", "asserted") in got


# 53. Asking a party to act is an appeal to it; "asked about the offer" is no appeal.
def test_asking_a_party_to_act_is_an_appeal() -> None:
    assert ("LBN", "appeal", "asserted") in pairs_of("Lebanon asked France to mediate.")
    body = "An official in Beirut, asked about the offer, said Lebanon was studying it."
    assert not any(act == "appeal" for _, act, _ in pairs_of(body))


# 54. Not ruling out talks is a possible meeting, not a negated rejection.
def test_not_ruling_out_talks_is_a_possible_meeting() -> None:
    got = pairs_of("Morocco did not rule out talks with Algeria.")
    assert ("MAR", "meet", "hypothetical") in got
    assert not any(act == "reject" for _, act, _ in got)


# 55. More agreement words: a protocol, an MoU, a communique signed by two parties.
@pytest.mark.parametrize("thing", ["the protocol", "an MoU", "a joint communique"])
def test_signing_more_kinds_of_agreement(thing: str) -> None:
    got = pairs_of(f"The Chilean and Argentine ministers signed {thing} on Friday.")
    assert ("CHL", "agree", "asserted") in got


# 56. One test of "an infinitive after to, maybe with an adverb" serves verbs, light verbs and
# modality cues: "agreed to formally hold talks" is an expected meeting.
def test_an_adverb_inside_an_infinitive_keeps_it_an_infinitive() -> None:
    got = pairs_of("Peru and Chile agreed to formally hold talks next month.")
    assert ("PER", "meet", "expected") in got
    assert ("PER", "meet", "asserted") not in got


# 57. A year that names the act itself ("the 1979 invasion") makes it history, while a year on
# the act's object ("violating the 2015 agreement") does not; a new novel's plot is fiction.
def test_a_year_naming_the_act_makes_it_history() -> None:
    assert not dated_pairs("Vietnam recalled the 1979 Chinese invasion of its northern border.")
    got = dated_pairs("Vietnam accused China of violating the 2015 agreement on Monday.")
    assert ("VNM", "comment", "asserted") in got


def test_a_new_novels_plot_is_fiction() -> None:
    body = "In her new novel, Greece and Turkey agree to a ceasefire after a naval clash."
    assert not pairs_of(body)


# 58. "lift the ban on seafood" is about sanctions; "would consider the request" is an answer
# to come, never a threat (only "would respond" unasked is one).
def test_lifting_a_ban_is_about_sanctions() -> None:
    body = "Taiwan proposed talks. Taiwan asked China to lift the ban on its pineapples."
    assert any(e[0] == "TWN" and e[1] == "appeal" and e[3] == "sanctions" for e in events_of(body))


def test_considering_a_request_is_no_threat() -> None:
    body = "Peru asked Chile to return the fishing boats. Chile said it would consider the request."
    assert ("CHL", "threaten", "asserted") not in pairs_of(body)


# 59. "would respond with force" is a threat made now, not an attack to come.
def test_vowing_force_is_a_threat() -> None:
    body = "Greece said Turkey's drill was a provocation and that it would respond with force."
    got = pairs_of(body)
    assert ("GRC", "threaten", "asserted") in got
    assert not any(act == "attack" for _, act, _ in got)


# 60. A state name after "a" before a plain noun is a modifier ("a Dutch pension fund", "a
# US investment fund"), not the state; "a US official", "a US proposal" still are.
def test_a_state_as_a_modifier_of_a_company_is_no_actor() -> None:
    body = "Its largest shareholder, a US investment fund, had urged Canada to sell the mine."
    assert not any(a == "USA" for a, _, _ in pairs_of(body))
    assert ("USA", "appeal", "asserted") in pairs_of("A US official urged Canada to sell.")


# 61. Threats worded as warnings: "would not tolerate", "warned of a firm response", "would take
# all necessary measures".
@pytest.mark.parametrize(
    "body",
    [
        "Tajikistan warned Kyrgyzstan that it would not tolerate further incursions.",
        "Tajikistan warned of a firm response to any new provocation by Kyrgyzstan.",
        "Tajikistan said it would take all necessary measures against Kyrgyzstan.",
    ],
)
def test_threats_worded_as_warnings(body: str) -> None:
    assert ("TJK", "threaten", "asserted") in pairs_of(body)


# 62. "X accused Y of ... and said it would ...": the pronoun after a coordinated verb of saying
# is the sentence's subject, not the accused.
def test_the_pronoun_after_and_said_is_the_subject() -> None:
    body = "The ELN accused Colombia's army of shelling its camps and said it would respond."
    got = pairs_of(body)
    assert ("ELN", "threaten", "asserted") in got
    assert ("COL", "threaten", "asserted") not in got


# 63. Talks named by their two parties joined by a hyphen ("the Serbia-Kosovo talks",
# "Armenian-Azerbaijani talks") and talks placed before "between" ("talks in Geneva between").
@pytest.mark.parametrize(
    "body",
    [
        "The Sudan-Chad talks in Doha ended after two hours.",
        "Sudanese-Chadian talks resumed in Doha on Monday.",
        "The talks in Doha between Sudan and Chad ended on Monday.",
    ],
)
def test_talks_named_by_their_parties(body: str) -> None:
    got = pairs_of(body)
    assert ("SDN", "meet", "asserted") in got
    assert ("TCD", "meet", "asserted") in got
