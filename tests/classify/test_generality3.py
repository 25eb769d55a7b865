"""General failure classes found on text written blind (issue 4, heldout3 and the writers'
summaries of heldout4-6), continued: each case is a new sentence with countries and people of its
own, exercising one general mechanism."""

from __future__ import annotations

from classify_helpers import events_of, pairs_of


# 21. "agrees to attend talks": the meeting is expected, not held.
def test_agreeing_to_attend_talks_is_an_expected_meeting() -> None:
    got = pairs_of("Uganda agrees to attend Nairobi talks with Kenya on the lake dispute")
    assert ("UGA", "meet", "asserted") not in got


# 22. A past verb coordinated after "would not ..." has its own modality.
def test_a_coordinated_past_verb_takes_its_own_cues() -> None:
    body = "Japan proposed talks. China said it would not lift the ban and demanded that Japan pay."
    assert ("CHN", "demand", "asserted") in pairs_of(body)


# 23. "since the bloc imposed sanctions": an unknown noun phrase is the subject, not a party.
def test_an_unknown_noun_phrase_subject_is_not_replaced_by_a_farther_party() -> None:
    body = (
        "Mali's junta and the regional envoys met on Monday, weeks after the bloc imposed "
        "sanctions."
    )
    assert ("MLI", "sanction", "asserted") not in pairs_of(body)


# 24. Answers in other shapes: taking note, "yet to comment", passive acceptance, "no response
# from the ... government", joining talks on a condition.
def test_taking_note_of_an_offer_is_a_response() -> None:
    body = "Latvia proposed border talks. Estonia took note of the Latvian offer on Monday."
    assert ("EST", "respond", "asserted") in pairs_of(body)


def test_yet_to_comment_is_no_response_but_did_not_comment_is_no_event() -> None:
    body = "Latvia proposed border talks to Estonia. Estonia has yet to comment."
    assert ("EST", "respond", "negated") in pairs_of(body)
    quiet = "Latvia proposed border talks to Estonia. Estonia did not comment on the weather."
    assert not any(a == "EST" for a, _, _ in pairs_of(quiet))


def test_a_proposal_accepted_by_a_party_in_the_passive() -> None:
    body = "Latvia proposed border talks. The proposal was accepted by Tallinn on Monday."
    assert ("EST", "accept", "asserted") in pairs_of(body)


def test_no_immediate_response_from_the_government_is_a_negated_response() -> None:
    body = "Latvia proposed talks. There was no immediate response from the Estonian government."
    assert ("EST", "respond", "negated") in pairs_of(body)


def test_would_join_talks_if_is_a_conditional_acceptance() -> None:
    body = "Latvia proposed talks. Estonia would join talks if Latvia lifted the new tariff."
    assert ("EST", "accept", "hypothetical") in pairs_of(body)


def test_agreeing_to_take_part_in_talks_is_accepting() -> None:
    body = "Latvia proposed talks. Estonia has agreed to take part in talks in Riga next week."
    got = pairs_of(body)
    assert ("EST", "accept", "asserted") in got
    assert ("EST", "agree", "asserted") not in got


# 25. "Cuba, New York": a town in an American state.
def test_a_country_name_before_an_american_state_is_a_town() -> None:
    body = "Residents of Cuba, New York, rejected the plan of Lebanon, Tennessee, for talks."
    assert events_of(body) == set()


# 26. More verbs of diplomacy: visits, protests, broken ties, brokered deals.
def test_a_state_visit_is_a_meeting() -> None:
    assert ("BRA", "meet", "asserted") in pairs_of("The Brazilian president visited Argentina.")


def test_lodging_a_protest_is_a_comment_on_the_other_party() -> None:
    got = events_of("Vietnam lodged a protest with China over the survey ship.")
    assert ("VNM", "comment", "CHN", None, "asserted") in got


def test_cutting_diplomatic_ties_is_a_sanction() -> None:
    assert ("RWA", "sanction", "asserted") in pairs_of("Rwanda cut diplomatic ties with Belgium.")


def test_a_truce_brokered_between_two_parties_is_their_agreement() -> None:
    got = pairs_of("Egypt brokered a truce between Israel and Hamas on Sunday.")
    assert {("ISR", "agree", "asserted"), ("HAMAS", "agree", "asserted")} <= got
    assert ("EGY", "agree", "asserted") not in got


def test_a_hyphenated_participle_is_no_verb() -> None:
    body = "Ethiopia will take part in the US-hosted talks with Egypt next week."
    assert ("ETH", "meet", "asserted") not in pairs_of(body)


# 27. Stances short of an answer, threats by infinitive, killings, scheduled talks.
def test_open_to_talks_is_a_response_and_readiness_an_acceptance() -> None:
    assert ("UKR", "respond", "asserted") in pairs_of("Kyiv said it was open to talks with Moscow.")
    got = pairs_of("Ukraine signalled its readiness to negotiate with Russia.")
    assert ("UKR", "accept", "asserted") in got


def test_threatening_to_act_is_a_threat() -> None:
    got = events_of("Venezuela threatened to annex the Essequibo region of Guyana.")
    assert ("VEN", "threaten", "GUY", None, "asserted") in got


def test_killing_a_population_is_an_attack_on_its_side() -> None:
    got = events_of("Israeli forces killed three Palestinians in a raid on Jenin.")
    assert ("ISR", "attack", "PSE", None, "asserted") in got


def test_talks_between_two_parties_scheduled_are_expected_held_are_asserted() -> None:
    planned = pairs_of("Talks between Iran and the United States are scheduled for Saturday.")
    assert ("IRN", "meet", "expected") in planned
    held = pairs_of("Talks between Iran and the United States were held on Saturday.")
    assert ("IRN", "meet", "asserted") in held


def test_joining_any_talks_is_no_meeting_in_view() -> None:
    body = "China proposed talks. He said the US trade envoy would join any talks."
    assert not any(act == "meet" for _, act, _ in pairs_of(body))


# 28. A participle after a comma has the main clause's subject and its own modality.
def test_a_participle_after_a_comma_takes_the_main_subject() -> None:
    body = (
        "Oman's foreign minister conveyed the invitation in calls with his Kenyan and Somali "
        "counterparts, the ministry said, proposing a first meeting in Muscat."
    )
    proposers = {a for a, act, _ in pairs_of(body) if act == "propose"}
    assert proposers == {"OMN"}


def test_a_participle_keeps_its_own_modality() -> None:
    body = (
        "Greece proposed talks on the islands. Turkey will not withdraw its ships, the foreign "
        "minister said, rejecting the Greek proposal."
    )
    assert ("TUR", "reject", "asserted") in pairs_of(body)


# 29. A call on "both governments" is a call on each side; a comment answers the other side.
def test_urging_both_sides_is_an_appeal_to_each() -> None:
    body = (
        "Kenya and Somalia traded accusations over the border. The AU urged both governments to "
        "exercise restraint."
    )
    got = events_of(body)
    assert {("AU", "appeal", "KEN"), ("AU", "appeal", "SOM")} <= {
        (a, x, t) for a, x, t, _, _ in got
    }


def test_a_condemnation_without_object_is_of_the_other_side() -> None:
    body = "Turkish drones strike Kurdish-held areas in Syria; Damascus condemns"
    assert ("SYR", "comment", "TUR", None, "asserted") in events_of(body)


# 30. "would respond to the proposal": an announced answer; "X's office" acts for X's state.
def test_responding_to_a_proposal_later_is_an_expected_response_not_a_threat() -> None:
    body = "Chile proposed talks. A spokesman said Bolivia would respond to the proposal soon."
    got = pairs_of(body)
    assert ("BOL", "respond", "expected") in got
    assert ("BOL", "threaten", "asserted") not in got


def test_a_leaders_office_acts_for_the_leaders_state() -> None:
    body = (
        "Hamas proposed a truce. Israeli Prime Minister Benjamin Netanyahu's office said it "
        "had rejected the offer."
    )
    assert ("ISR", "reject", "asserted") in pairs_of(body)


# 31. Modality in more words: unlikely, unable, stopped short of; readiness to accept.
def test_more_modality_cues() -> None:
    lead = "Chile proposed talks to Bolivia. "
    assert ("BOL", "accept", "hypothetical") in pairs_of(lead + "Bolivia is unlikely to accept.")
    assert ("BOL", "respond", "negated") in pairs_of(lead + "Bolivia was unable to respond.")
    got = pairs_of(lead + "Bolivia stopped short of rejecting the offer.")
    assert ("BOL", "reject", "negated") in got
    got = pairs_of(lead + "Bolivia is reportedly ready to accept the offer.")
    assert ("BOL", "accept", "asserted") in got


# 32. Trade bans as sanctions; a conditional welcome is a conditional acceptance.
def test_banning_imports_is_a_sanction() -> None:
    got = events_of(
        "Australia proposed talks. China's customs agency banned imports of Australian canola."
    )
    assert ("CHN", "sanction", "AUS", "trade", "asserted") in got


def test_would_welcome_talks_if_is_a_conditional_acceptance() -> None:
    got = pairs_of(
        "Australia proposed talks. China would welcome talks if Australia dropped the tariffs."
    )
    assert ("CHN", "accept", "hypothetical") in got


# 33. "We" in a quote is its speaker; "we agreed" speaks for both sides.
def test_we_in_a_quote_is_the_speaker_named_after_it() -> None:
    body = 'Kenya proposed talks. "We will never accept it," said a Ugandan government spokesman.'
    assert ("UGA", "accept", "negated") in pairs_of(body)
    before = 'Kenya proposed talks. Uganda\'s president said: "We reject this offer."'
    assert ("UGA", "reject", "asserted") in pairs_of(before)


def test_we_agreed_in_a_quote_is_both_sides() -> None:
    body = (
        'Kenya and Uganda held talks. "We agreed on a committee that will meet within two '
        'weeks," the Kenyan envoy said.'
    )
    got = pairs_of(body)
    assert {("KEN", "agree", "asserted"), ("UGA", "agree", "asserted")} <= got


def test_we_without_a_named_speaker_is_nobody() -> None:
    body = 'Kenya proposed talks. "We reject this offer," a resident of Kisumu said.'
    assert not any(act == "reject" for _, act, _ in pairs_of(body))


# 34. One party "agreeing to" act is consent to a proposal, or a decision: no agreement.
def test_a_lone_party_agreeing_to_act_is_no_agreement() -> None:
    got = pairs_of("The EU agreed to extend economic sanctions against Russia for six months.")
    assert ("EU", "agree", "asserted") not in got
    assert ("EU", "sanction", "expected") in got


def test_a_lone_party_agreeing_after_a_proposal_accepts_it() -> None:
    body = "Egypt proposed a pause in the dispute. Sudan agreed to halt its dam survey."
    got = pairs_of(body)
    assert ("SDN", "accept", "asserted") in got
    assert ("SDN", "agree", "asserted") not in got


def test_a_denied_lone_agreement_stays_a_negated_agreement() -> None:
    body = "Egypt proposed a pause. Sudan denied it had agreed to halt its dam survey."
    assert ("SDN", "agree", "negated") in pairs_of(body)


# 35. Demands by ultimatum or by condition; an adverb inside an infinitive.
def test_an_ultimatum_is_a_demand_on_the_party_given_the_time() -> None:
    body = "ECOWAS on Sunday gave the military rulers of Mali one week to release the president."
    assert ("ECOWAS", "demand", "MLI", None, "asserted") in events_of(body)


def test_needing_guarantees_is_a_demand() -> None:
    got = events_of("Assad said Syria needed guarantees that Turkey would withdraw its forces.")
    assert ("SYR", "demand", "TUR", None, "asserted") in got


def test_agreeing_to_immediately_meet_is_an_expected_meeting() -> None:
    got = pairs_of("Thailand and Cambodia agreed to immediately meet in Kuala Lumpur.")
    assert ("THA", "meet", "asserted") not in got


# 36. Cities with mayors, names built on a place, and a light verb's own window.
def test_the_mayors_of_two_capitals_are_cities_not_states() -> None:
    body = (
        "The mayors of Kyoto and Paris signed an agreement renewing the twinning of their cities."
    )
    assert events_of(body) == set()
    assert events_of("Lyon and Beirut mayors agree school exchange") == set()


def test_a_name_built_on_a_place_with_a_particle_is_no_state() -> None:
    body = "The Orchestre de Paris will meet the Filarmonica di Roma in May."
    assert events_of(body) == set()


def test_a_negation_earlier_in_the_sentence_does_not_reach_a_later_signing() -> None:
    body = (
        "Ethiopia has not renounced its port deal, the minister said on Thursday, a month after "
        "Somalia and Ethiopia signed the Ankara Declaration."
    )
    assert ("SOM", "agree", "negated") not in pairs_of(body)


# 37. Recalled acts and capacities are no new events; "South Korea's national security office".
def test_an_act_recalled_after_despite_or_sidestepping_is_no_new_event() -> None:
    got = pairs_of("The EU agreed new visa rules for Serbia, sidestepping Hungarian veto.")
    assert not any(a == "HUN" for a, _, _ in got)


def test_what_cannot_be_blocked_by_a_party_is_no_act_of_it() -> None:
    body = "The EU approved a proposal on Serbia by a procedure that cannot be blocked by Hungary."
    assert not any(a == "HUN" for a, _, _ in pairs_of(body))


def test_a_possessive_party_owns_an_office_named_by_plain_words() -> None:
    body = (
        "North Korea fired missiles. South Korea's national security office condemned the "
        "launch as a provocation."
    )
    assert ("KOR", "comment", "PRK", None, "asserted") in events_of(body)
    houthi = events_of("Yemen's Houthi rebels fired missiles at an American destroyer.")
    assert not any(a == "YEM" for a, *_ in houthi)


def test_a_past_form_listed_first_is_still_a_verb() -> None:
    body = 'Venezuela annexed the region. Guyana\'s president called the move "a direct threat".'
    assert ("GUY", "comment", "VEN", None, "asserted") in events_of(body)


def test_travelling_to_a_capital_for_talks_is_an_expected_meeting() -> None:
    lead = "Kenya proposed talks. "
    got = pairs_of(lead + "Ugandan officials will travel to Nairobi for talks next week.")
    assert ("UGA", "meet", "expected") in got
    other = pairs_of(lead + "Ugandan officials travelled to Nairobi to watch the football final.")
    assert not any(act == "meet" for _, act, _ in other)


# 38. Talks that ended are a meeting of the two sides; "with X rejecting" makes X the subject.
def test_talks_that_ended_are_a_meeting_of_the_two_sides() -> None:
    body = "Sudan proposed a truce to the RSF. Talks in Jeddah broke up without agreement."
    got = pairs_of(body)
    assert {("SDN", "meet", "asserted"), ("RSF", "meet", "asserted")} <= got


def test_with_a_party_doing_something_makes_it_the_subject() -> None:
    body = (
        "Egypt proposed a plan to Ethiopia. The talks ended in Addis Ababa on Wednesday with "
        "Ethiopia rejecting the Egyptian proposal."
    )
    assert ("ETH", "reject", "EGY", "talks", "asserted") in {
        (a, x, t, i, m) for a, x, t, i, m in events_of(body)
    }


# 39. More ways to propose and to accept.
def test_seeking_requesting_or_pushing_for_talks_is_proposing_them() -> None:
    for verb in ("sought talks", "requested a meeting", "pushed for a new round of talks"):
        got = pairs_of(f"Brazil {verb} with Paraguay on the tariff.")
        assert ("BRA", "propose", "asserted") in got, verb
    other = pairs_of("Brazil and Paraguay agreed to seek a solution through talks.")
    assert not any(act == "propose" for _, act, _ in other)


def test_consent_in_principle_and_openness() -> None:
    lead = "Brazil proposed talks. "
    assert ("PRY", "accept", "asserted") in pairs_of(
        lead + "Paraguay agreed in principle to the plan."
    )
    assert ("PRY", "accept", "asserted") in pairs_of(
        lead + "Paraguay gave its consent to the plan."
    )
    got = pairs_of(lead + "Paraguay signalled openness to the proposal.")
    assert ("PRY", "respond", "asserted") in got


def test_restoring_ties_is_an_agreement_and_summoning_a_high_commissioner_a_comment() -> None:
    got = pairs_of("Ethiopia and Eritrea restored diplomatic ties on Monday.")
    assert {("ETH", "agree", "asserted"), ("ERI", "agree", "asserted")} <= got
    summoned = events_of("Pakistan summoned India's deputy high commissioner over the shelling.")
    assert ("PAK", "comment", "IND", None, "asserted") in summoned


def test_north_and_south_korea_names_both_states() -> None:
    body = "Officials from North and South Korea held talks at Panmunjom on Friday."
    got = pairs_of(body)
    assert {("PRK", "meet", "asserted"), ("KOR", "meet", "asserted")} <= got


# 40. Unknown speakers, observers, people who are no party.
def test_it_after_an_unknown_speaker_is_that_speaker_not_the_last_party() -> None:
    body = (
        "Hezbollah fired rockets at Haifa. Maccabi said it accepted the decision and proposed "
        "to play the game on Tuesday."
    )
    assert not any(act == "propose" for _, act, _ in pairs_of(body))


def test_observers_attending_a_meeting_do_not_meet() -> None:
    body = (
        "Thailand and Cambodia agreed a truce. The U.S. and Chinese ambassadors attended the "
        "meeting as observers."
    )
    assert not any(a in ("USA", "CHN") and act == "meet" for a, act, _ in pairs_of(body))


def test_firing_at_suspects_is_no_attack_on_a_party() -> None:
    body = (
        "Israel and Lebanon agreed a truce. The Israeli military said its troops had fired at "
        '"suspects" who approached positions in the south.'
    )
    assert not any(act == "attack" for _, act, _ in pairs_of(body))


def test_an_invitation_that_could_be_delivered_is_hypothetical() -> None:
    got = pairs_of("Turkey proposed a summit. The invitation could be delivered by Putin.")
    assert ("RUS", "propose", "asserted") not in got


def test_a_sentence_opened_by_a_capital_speaks_for_its_state() -> None:
    body = (
        "Washington proposed talks to Ethiopia and Egypt. In Addis Ababa, a foreign ministry "
        "spokesman said the government was studying the invitation carefully."
    )
    assert ("ETH", "respond", "asserted") in pairs_of(body)


def test_offering_a_party_something_is_a_proposal_and_quick_to_dismiss_a_rejection() -> None:
    body = "Ethiopia offered Eritrea shares for port access. Eritrea was quick to dismiss the idea."
    got = pairs_of(body)
    assert ("ETH", "propose", "asserted") in got
    assert ("ERI", "reject", "asserted") in got
    assert not any(
        act == "propose" for _, act, _ in pairs_of("Turkey offered condolences to Greece.")
    )


def test_without_agreement_negates_an_agreement_only_after_talks() -> None:
    bare = "The letter said the dam's operation without agreement threatened Egypt and Ethiopia."
    assert not any(act == "agree" for _, act, _ in pairs_of(bare))
    ended = pairs_of("Egypt and Ethiopia ended talks without agreement.")
    assert ("EGY", "agree", "negated") in ended


# 41. More non-answers, re-imposed measures, agreements expected to be signed.
def test_no_word_from_and_yet_to_say_whether_are_non_answers() -> None:
    assert ("ERI", "respond", "negated") in pairs_of(
        "Qatar offered to mediate. There was no word from Asmara on Monday."
    )
    got = pairs_of("Belize proposed talks. Guatemala has yet to say whether it will attend.")
    assert ("GTM", "respond", "negated") in got
    assert events_of("In a word, the talks failed.") == set()


def test_reimposing_curbs_is_a_sanction_and_no_plans_to_negates_it() -> None:
    assert ("JPN", "sanction", "asserted") in pairs_of(
        "Japan reimposed export curbs on South Korea."
    )
    got = pairs_of("Japan proposed talks. South Korea has no plans to reintroduce the curbs.")
    assert ("KOR", "sanction", "negated") in got


def test_two_state_names_side_by_side_are_a_persons_name() -> None:
    body = "Reality star Chad Moldova proposed a dance-off to Jordan Chad on Monday."
    assert events_of(body) == set()
    got = pairs_of("Russia, Ukraine agree to a prisoner swap.")
    assert ("RUS", "agree", "asserted") in got


# 42. Conditional measures are threats made now.
def test_conditional_cuts_and_resumptions_are_threats() -> None:
    got = pairs_of(
        "Moldova proposed talks. Russia could cut gas supplies if Moldova failed to pay."
    )
    assert ("RUS", "threaten", "asserted") in got
    got = pairs_of("Japan proposed talks. Seoul would resume the curbs if Tokyo broke the deal.")
    assert ("KOR", "threaten", "asserted") in got
    got = pairs_of(
        "Greece proposed talks. Ankara said it would respond if Athens extended its waters."
    )
    assert ("TUR", "threaten", "asserted") in got
