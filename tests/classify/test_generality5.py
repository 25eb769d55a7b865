"""General failure classes, session 4: each case is a new sentence with countries and people
of its own, exercising one general mechanism (classes named by a blind set's writer; none of
its sentences is used)."""

from __future__ import annotations

import pytest
from classify_helpers import events_of, pairs_of

from storywatch.classify import classify_text


# 41. A counter-proposal is a proposal to turn down: "rejected Uruguay's counteroffer".
@pytest.mark.parametrize(
    "body",
    [
        "Paraguay rejected Uruguay's counteroffer on Thursday.",
        "Paraguay dismissed the counter-proposal from Uruguay as unserious.",
        "Paraguay turned down Uruguay's compromise proposal on the dam tariff.",
    ],
)
def test_a_counter_proposal_can_be_rejected(body: str) -> None:
    assert any(
        (a, act, t, mod) == ("PRY", "reject", "URY", "asserted")
        for a, act, t, _, mod in events_of(body)
    )


# 42. Walking away from a deal on a condition is a threat made now; said without one it
# stays a possibility, and a rejection on a condition stays a conditional rejection.
@pytest.mark.parametrize(
    "body",
    [
        "Ecuador said it would suspend the fishing agreement with Peru if Peruvian boats kept "
        "entering its waters.",
        "Ecuador warned it would pull out of the accord with Peru unless the boats were recalled.",
    ],
)
def test_walking_away_from_a_deal_on_a_condition_is_a_threat(body: str) -> None:
    got = pairs_of(body)
    assert ("ECU", "threaten", "asserted") in got
    assert not any(act == "reject" and a == "ECU" for a, act, _ in got)


def test_a_conditional_rejection_is_no_threat() -> None:
    got = pairs_of("Peru would reject Ecuador's proposal if the tariffs stayed, Lima said.")
    assert ("PER", "threaten", "asserted") not in got


# 43. Talks, a summit or a session announced with no party in the sentence ("The talks will
# take place in Lima", "the summit is scheduled for May 3"): the main parties will meet.
@pytest.mark.parametrize(
    "second",
    [
        "The talks will take place in Lima on 12 March, officials said.",
        "The summit is scheduled for 3 May.",
        "The first round of talks is due to open on Thursday.",
        "The negotiations on the river will begin next week.",
    ],
)
def test_talks_announced_without_parties_are_an_expected_meeting(second: str) -> None:
    body = "Bolivia accepted Chile's proposal for talks on the Silala river on Tuesday. " + second
    got = pairs_of(body)
    assert ("CHL", "meet", "expected") in got
    assert ("BOL", "meet", "expected") in got


@pytest.mark.parametrize(
    "second",
    [
        "The match will take place in Santiago on Sunday.",
        "The talks will take place only if the shelling stops.",
    ],
)
def test_other_events_or_conditions_are_no_expected_meeting(second: str) -> None:
    body = "Bolivia accepted Chile's proposal for talks on the Silala river on Tuesday. " + second
    assert ("CHL", "meet", "expected") not in pairs_of(body)


# 44. A report's content that the sentence then calls false is negated ("said reports that it
# had accepted the plan were untrue"); a report left standing is not.
@pytest.mark.parametrize(
    "body",
    [
        "Jordan said reports that it had accepted the Syrian plan were untrue.",
        "Jordan's government called claims that it had agreed to the Syrian plan baseless.",
    ],
)
def test_a_report_called_false_negates_its_content(body: str) -> None:
    got = pairs_of(body)
    assert ("JOR", "accept", "negated") in got
    assert ("JOR", "accept", "asserted") not in got


def test_a_report_left_standing_keeps_its_act() -> None:
    got = pairs_of("Jordan accepted the Syrian plan, dismissing claims that the deal was unfair.")
    assert ("JOR", "accept", "asserted") in got


# 45. Offering to mediate is a proposal of talks however it is worded ("offered on Sunday to
# mediate", "offered its good offices"); the mediation named in another clause does not make
# an attack one about talks.
@pytest.mark.parametrize(
    "body",
    [
        "Kuwait offered on Sunday to mediate between Bahrain and Qatar, its minister said.",
        "Kuwait offered its good offices to Bahrain and Qatar on Sunday.",
    ],
)
def test_an_offer_to_mediate_proposes_talks(body: str) -> None:
    assert any(
        (a, act, issue) == ("KWT", "propose", "talks") for a, act, _, issue, _ in events_of(body)
    )


def test_mediation_in_a_clause_of_its_own_is_not_the_attacks_issue() -> None:
    got = events_of(
        "Malian drones struck Algerian positions on Monday as Qatar offered to mediate."
    )
    assert not any(act == "attack" and issue == "talks" for _, act, _, issue, _ in got)


# 46. Parties named as guarantors or mediators in apposition are no counterpart of another
# party's act ("Norway and Cuba, which act as guarantors, said the ELN had rejected ...").
@pytest.mark.parametrize(
    "body",
    [
        "Norway and Cuba, which act as guarantors, said the ELN had rejected the government's "
        "terms for a truce.",
        "Switzerland, the mediator, said the ELN had rejected the terms for a truce.",
    ],
)
def test_guarantors_in_apposition_are_no_counterpart(body: str) -> None:
    got = events_of(body)
    rejects = [t for a, act, t, _, _ in got if a == "ELN" and act == "reject"]
    assert rejects
    assert not set(rejects) & {"NOR", "CUB", "CHE"}


# 47. Closing the border crossings with a named neighbour is a measure against it, whatever
# the verb ("shut the land border with"); a junta closing "the borders" acts on no one.
@pytest.mark.parametrize(
    "body",
    [
        "Kinshasa shut the land border with Rwanda on Monday.",
        "The Democratic Republic of Congo sealed the border crossings with Rwanda.",
    ],
)
def test_closing_the_crossings_with_a_neighbour_is_a_sanction(body: str) -> None:
    assert any((a, act, t) == ("COD", "sanction", "RWA") for a, act, t, _, _ in events_of(body))


def test_closing_the_borders_after_a_coup_sanctions_no_one() -> None:
    body = (
        "Soldiers in Gabon seized power on Wednesday, closing the country's borders, as the "
        "African Union condemned the coup."
    )
    assert not any(act == "sanction" for _, act, _, _, _ in events_of(body))


# 48. A present act with a condition after it is conditional ("is willing to accept the
# plan if", "would accept ... provided"); a past one, or a condition of another verb, is not.
@pytest.mark.parametrize(
    "body",
    [
        "Bahrain is willing to accept Qatar's plan if flights resume.",
        "Bahrain is ready to accept Qatar's plan on condition that flights resume.",
        "Bahrain said it would accept Qatar's plan provided flights resumed.",
    ],
)
def test_a_condition_after_a_present_act_makes_it_hypothetical(body: str) -> None:
    got = pairs_of(body)
    assert ("BHR", "accept", "hypothetical") in got
    assert ("BHR", "accept", "asserted") not in got


def test_a_condition_of_another_verb_leaves_the_act_asserted() -> None:
    body = (
        "Bahrain said on Tuesday it was accepting Qatar's plan, a day after Saudi Arabia "
        "threatened sanctions if the dispute went on."
    )
    assert ("BHR", "accept", "hypothetical") not in pairs_of(body)


# 49. A state's name before a rebel, guerrilla or militant noun is not the state acting
# ("Colombia's largest guerrilla group proposed a truce").
@pytest.mark.parametrize(
    "body",
    [
        "Peru's largest guerrilla group proposed a truce to Ecuador on Monday.",
        "Chadian rebels proposed talks with Sudan on Monday.",
    ],
)
def test_a_states_rebels_are_not_the_state(body: str) -> None:
    got = pairs_of(body)
    assert not any(act == "propose" and a in ("PER", "TCD") for a, act, _ in got)


def test_a_states_armed_forces_are_the_state() -> None:
    assert ("PER", "attack", "asserted") in pairs_of(
        "Peru's armed forces attacked Ecuadorian positions."
    )


# 50. Agreeing to a mediation or to dialogue accepts it; a counter-offer made or sent is an
# answer to the proposal it counters.
@pytest.mark.parametrize(
    ("title", "row"),
    [
        ("Ghana agrees to AU mediation", ("GHA", "accept", "AU")),
        ("Armenia agreed to dialogue with Azerbaijan", ("ARM", "accept", "AZE")),
    ],
)
def test_agreeing_to_a_mediation_accepts_it(title: str, row: tuple[str, str, str]) -> None:
    got = events_of("", title)
    assert any((a, act, t) == row for a, act, t, _, _ in got)
    assert not any(act == "agree" for _, act, _, _, _ in got)


def test_a_counter_offer_made_is_an_answer() -> None:
    got = events_of("Senegal made a counter-offer to Mauritania on Wednesday.")
    assert any((a, act, t) == ("SEN", "respond", "MRT") for a, act, t, _, _ in got)


# 51. "officials said in Addis Ababa": the capital after "said in" is where they spoke, not
# who spoke; "said Kenya's foreign minister" is the speaker.
def test_the_place_of_a_statement_is_not_its_speaker() -> None:
    got = events_of("Gabon signed the deal with Cameroon, an official said in Addis Ababa.")
    assert not any(a == "ETH" for a, _, _, _, _ in got)


def test_the_party_after_said_is_the_speaker() -> None:
    got = events_of("Gabon has doubled its troops on the border, said Cameroon's foreign minister.")
    assert any(a == "CMR" and act == "comment" for a, act, _, _, _ in got)


# 52. Pushing or circulating a plan proposes it; pressing or pushing a party to act is an
# appeal to it (its act is not reported); seeking to open talks proposes them.
@pytest.mark.parametrize(
    "body",
    [
        "Ghana pushed a ceasefire plan to Togo and Burkina Faso on Monday.",
        "Ghana circulated a roadmap for a truce to Togo and Burkina Faso.",
    ],
)
def test_pushing_a_plan_proposes_it(body: str) -> None:
    assert ("GHA", "propose", "asserted") in pairs_of(body)


def test_pressing_parties_to_accept_is_an_appeal_not_their_acceptance() -> None:
    got = pairs_of("Ghana is pressing Togo and Burkina Faso to accept a ceasefire plan.")
    assert ("GHA", "appeal", "asserted") in got
    assert not any(act == "accept" and a in ("TGO", "BFA") for a, act, _ in got)


@pytest.mark.parametrize(
    "body",
    [
        "Kenya seeks to open talks with Somalia.",
        "Kenya is seeking to resume negotiations with Somalia.",
    ],
)
def test_seeking_to_open_talks_proposes_them(body: str) -> None:
    assert ("KEN", "propose", "asserted") in pairs_of(body)


# 53. A phone call held between two parties is a meeting; parties convening together meet.
@pytest.mark.parametrize(
    "body",
    [
        "The foreign ministers of Egypt and Turkey held a phone call on Tuesday.",
        "Egyptian and Turkish officials convened in Baghdad for a fifth round of talks.",
    ],
)
def test_a_call_held_or_a_convening_is_a_meeting(body: str) -> None:
    got = pairs_of(body)
    assert ("EGY", "meet", "asserted") in got
    assert ("TUR", "meet", "asserted") in got


# 54. Targeting sites, a refinery, positions is an attack; "targeted sanctions" is not.
@pytest.mark.parametrize(
    "body",
    [
        "India targeted nine sites in Pakistan in a series of missile strikes.",
        "Ukraine targeted a refinery in Russia's Samara region overnight.",
    ],
)
def test_targeting_sites_is_an_attack(body: str) -> None:
    got = pairs_of(body)
    assert any(act == "attack" and a in ("IND", "UKR") for a, act, _ in got)


def test_targeted_sanctions_are_no_attack() -> None:
    got = pairs_of("The EU threatened targeted sanctions on Belarusian officials.")
    assert not any(act == "attack" for _, act, _ in got)


# 55. Two parties that settled or resolved their dispute agreed; urging them to resolve it is
# an appeal, not their agreement.
def test_settling_a_dispute_together_is_an_agreement() -> None:
    got = pairs_of("Peru and Chile settled their dispute over the maritime border on Monday.")
    assert ("PER", "agree", "asserted") in got
    assert ("CHL", "agree", "asserted") in got


def test_urging_parties_to_resolve_a_dispute_is_no_agreement() -> None:
    got = pairs_of("Brazil and Mexico urged Peru and Chile to resolve their differences.")
    assert not any(act == "agree" for _, act, _ in got)


# 56. Giving the green light to, signing up to, saying yes to a proposal accepts it.
@pytest.mark.parametrize(
    "body",
    [
        "Laos gave the green light to the Vietnamese proposal on Monday.",
        "Laos signed up to the Vietnamese initiative on river shipping.",
        "Laos said yes to the Vietnamese plan.",
    ],
)
def test_green_lights_and_yeses_accept(body: str) -> None:
    assert any((a, act, t) == ("LAO", "accept", "VNM") for a, act, t, _, _ in events_of(body))


# 57. "would respond in due course" after a proposal received is an answer announced, not a
# threat; since session 7 (class 154 of test_generality8) the announcement is itself the
# holding reply, asserted.
def test_an_answer_announced_after_a_proposal_is_no_threat() -> None:
    body = (
        "Vietnam proposed border talks to Laos. Laos said it had received the Vietnamese "
        "proposal and would respond in due course."
    )
    got = pairs_of(body)
    assert ("LAO", "threaten", "asserted") not in got
    assert ("LAO", "respond", "asserted") in got


# 58. Revoking the visas of a state's officials, banning its ministers' entry, are sanctions.
@pytest.mark.parametrize(
    "body",
    [
        "Kenya revoked the visas of Ugandan officials on Friday.",
        "Kenya banned entry to two Ugandan ministers.",
    ],
)
def test_visa_bans_on_officials_are_sanctions(body: str) -> None:
    assert any((a, act, t) == ("KEN", "sanction", "UGA") for a, act, t, _, _ in events_of(body))


# 59. A visit paid or made is a meeting with the host; returning to the table, or two parties
# discussing a matter, is a meeting.
@pytest.mark.parametrize(
    "body",
    [
        "The Kenyan president paid a state visit to Tanzania on Monday.",
        "Kenya and Tanzania returned to the negotiating table in Arusha.",
        "Kenyan and Tanzanian envoys discussed the lake border on Monday.",
    ],
)
def test_visits_returns_to_the_table_and_discussions_are_meetings(body: str) -> None:
    assert ("KEN", "meet", "asserted") in pairs_of(body)


def test_discussing_whether_others_meet_is_no_meeting() -> None:
    got = pairs_of("Analysts discussed whether Kenya and Tanzania would meet.")
    assert ("KEN", "meet", "asserted") not in got


# 60. "has not ruled out accepting": the negation of a refusal leaves the act possible.
@pytest.mark.parametrize(
    "body",
    [
        "Pristina has not ruled out accepting Serbia's compromise.",
        "Pristina refused to rule out accepting Serbia's compromise.",
    ],
)
def test_not_ruling_out_an_act_makes_it_hypothetical(body: str) -> None:
    got = pairs_of(body)
    assert ("XKX", "accept", "hypothetical") in got
    assert ("XKX", "accept", "negated") not in got


def test_ruling_out_an_act_negates_it() -> None:
    assert ("XKX", "accept", "negated") in pairs_of("Pristina ruled out accepting Serbia's plan.")


# 61. Asking a party to open or resume talks with you proposes them; pressing two other
# parties to talk to each other is an appeal.
@pytest.mark.parametrize(
    "body",
    [
        "Haiti asked the Dominican Republic to open talks on reopening the border.",
        "Haiti asked the Dominican Republic to return to the negotiating table.",
    ],
)
def test_asking_a_party_to_open_talks_proposes_them(body: str) -> None:
    assert any(
        (a, act, t, issue) == ("HTI", "propose", "DOM", "talks")
        for a, act, t, issue, _ in events_of(body)
    )


def test_pressing_two_parties_to_talk_is_an_appeal() -> None:
    got = pairs_of("Brazil pressed Haiti and Jamaica to resume talks.")
    assert ("BRA", "appeal", "asserted") in got
    assert ("BRA", "propose", "asserted") not in got


# 62. One party agreeing to something put to it (a venue, terms) accepts it; agreeing to a
# swap or a deal, or to something with another party, is the agreement of two.
@pytest.mark.parametrize(
    "body",
    [
        "Dushanbe agreed to the venue proposed by Bishkek.",
        "Tajikistan agreed to Kyrgyzstan's terms on Monday.",
    ],
)
def test_one_party_agreeing_to_what_was_put_to_it_accepts(body: str) -> None:
    got = pairs_of(body)
    assert ("TJK", "accept", "asserted") in got
    assert ("TJK", "agree", "asserted") not in got


def test_agreeing_to_a_swap_is_an_agreement() -> None:
    got = pairs_of(
        "Kyrgyzstan proposed a second prisoner swap on Monday. Tajikistan denied it had agreed "
        "to a second prisoner swap."
    )
    assert ("TJK", "agree", "negated") in got
    assert ("TJK", "accept", "negated") not in got


# 63. A background span ("after months in which no agreement had seemed possible") is not the
# news: the agreement signed today stays asserted.
def test_a_background_span_does_not_negate_todays_agreement() -> None:
    body = (
        "Bolivia and Paraguay signed a deal on the river on Monday, after months in which no "
        "agreement had seemed possible."
    )
    got = pairs_of(body)
    assert ("BOL", "agree", "asserted") in got
    assert ("BOL", "agree", "negated") not in got


# 64. Reversing, revoking, reneging on or backing out of a deal walks away from it.
@pytest.mark.parametrize(
    "body",
    [
        "Romania's parliament voted on Friday to restore the tariff, reversing the deal with "
        "Moldova.",
        "Romania reneged on the deal with Moldova on Friday.",
        "Romania backed out of the accord with Moldova.",
    ],
)
def test_reversing_a_deal_walks_away_from_it(body: str) -> None:
    assert any((a, act, t) == ("ROU", "reject", "MDA") for a, act, t, _, _ in events_of(body))


# 65. A joint commission, a technical committee or consultations proposed are talks.
@pytest.mark.parametrize(
    "body",
    [
        "Tajikistan proposed a joint commission with Kyrgyzstan on the water sharing.",
        "Tajikistan requested consultation with Kyrgyzstan on the reservoir.",
    ],
)
def test_a_commission_or_consultations_proposed_are_talks(body: str) -> None:
    assert any(
        (a, act, t, issue) == ("TJK", "propose", "KGZ", "talks")
        for a, act, t, issue, _ in events_of(body)
    )


# 66. A meeting announced as planned or pencilled in, a delegation travelling for the first
# session, officials expected in the other's capital: the main parties will meet.
@pytest.mark.parametrize(
    "second",
    [
        "Talks are pencilled in for early April.",
        "A Kyrgyz delegation will travel to Dushanbe next week for the first session.",
        "Kyrgyz officials are expected in Dushanbe on Friday.",
    ],
)
def test_meetings_announced_as_plans_or_travel_are_expected(second: str) -> None:
    body = "Tajikistan proposed a joint commission with Kyrgyzstan on Monday. " + second
    assert ("KGZ", "meet", "expected") in pairs_of(body)


def test_weather_expected_in_a_capital_is_no_meeting() -> None:
    body = "Tajikistan proposed a joint commission with Kyrgyzstan. Snow is expected in Dushanbe."
    assert not any(act == "meet" for _, act, _ in pairs_of(body))


# 67. After "demanded that", a name followed by a bare verb is that clause's subject ("the
# Houthis lay down their arms"), not a modifier of a noun ("that the UN base was hit").
def test_the_subject_of_a_that_clause_is_a_party() -> None:
    got = events_of("Juba demanded that the Houthis lay down their arms.")
    assert any((a, act, t) == ("SSD", "demand", "HOUTHIS") for a, act, t, _, _ in got)


def test_a_name_modifying_a_noun_after_that_is_no_party() -> None:
    _, entities, _ = classify_text("", "He said that the UN base was hit.")
    assert "UN" not in entities


# 68. Calling a proposal unworkable rejects it; voicing reservations about it answers it; a
# kind word is neither. "X welcomed Y's offer but said it ...": "it" is X.
@pytest.mark.parametrize(
    "body",
    [
        "Rabat described the Algerian offer as unrealistic.",
        "Rabat called Algeria's plan a non-starter.",
    ],
)
def test_a_proposal_called_unworkable_is_rejected(body: str) -> None:
    assert any((a, act, t) == ("MAR", "reject", "DZA") for a, act, t, _, _ in events_of(body))


def test_a_proposal_called_a_good_start_is_not_rejected() -> None:
    assert not any(
        act == "reject" for _, act, _ in pairs_of("Rabat called Algeria's plan a good start.")
    )


def test_reservations_about_a_proposal_answer_it() -> None:
    got = events_of("Rabat voiced reservations about the Algerian proposal on Monday.")
    assert any((a, act, t) == ("MAR", "respond", "DZA") for a, act, t, _, _ in got)


def test_but_said_it_is_the_subject() -> None:
    got = events_of("Rabat welcomed the EU offer but said it needed guarantees.")
    assert any((a, act) == ("MAR", "demand") for a, act, _, _, _ in got)
    assert not any((a, act) == ("EU", "demand") for a, act, _, _, _ in got)
