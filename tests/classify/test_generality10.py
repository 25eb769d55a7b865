"""General failure classes, session 9: each case is a new sentence with countries, regions and
groups of its own, exercising one general mechanism (classes named by blind sets' writers and
error analysts; none of their sentences is used)."""

from __future__ import annotations

import pytest
from classify_helpers import events_of


# 203. A light verb of two words ending in "out" stands before its noun like "stepped up" or
# "put forward": "carried out an air strike on", "carried out raids against".
@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        ("Ethiopia carried out an air strike on Eritrean positions near Badme.", "ETH", "ERI"),
        ("Pakistani forces carried out raids on Afghan border posts on Monday.", "PAK", "AFG"),
        ("Colombia carried out a drone strike against an ELN camp on Sunday.", "COL", "ELN"),
    ],
)
def test_a_two_word_light_verb_with_out_carries_its_noun(
    body: str, actor: str, target: str
) -> None:
    assert (actor, "attack", target) in [(a, act, t) for a, act, t, _, _ in events_of(body)]


def test_a_light_verb_with_out_keeps_its_negation() -> None:
    body = "Ethiopia has not carried out any air strike on Eritrean positions, its army said."
    assert ("ETH", "attack", "asserted") not in [(a, act, m) for a, act, _, _, m in events_of(body)]


# 204. An acronym in brackets after an organisation's name is no part of a longer name:
# "Pacific Islands Forum (PIF) leaders urged ...", like "the Forum leaders".
def test_a_bracketed_acronym_does_not_hide_the_name_before_it() -> None:
    body = "Pacific Islands Forum (PIF) leaders urged Vanuatu to hold the vote on time."
    assert ("PIF", "appeal", "VUT") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 205. A land's name ending in "-stan" is no adjective of a people: "the Balochistan
# provincial government", "the Waziristan regional administration" name regional parties.
def test_a_stan_name_before_a_regional_government_is_a_party() -> None:
    body = "The Balochistan Provincial Government rejected Islamabad's revenue offer on Monday."
    assert ("BALOCHISTAN", "reject", "PAK") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


def test_an_adjective_in_an_still_names_no_region() -> None:
    body = "The Afghan regional government rejected the offer from Islamabad on Monday."
    assert not [e for e in events_of(body) if e[0] == "AFGHAN"]


# A regional body the tables list keeps the table's code ("the Kurdistan Regional Government"
# is KRG with or without its acronym in the text).
def test_a_listed_regional_body_keeps_its_code() -> None:
    body = "The Kurdistan Regional Government accepted Baghdad's offer of talks on oil revenue."
    assert ("KRG", "accept", "IRQ") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 206. A time said between "agreed" and what one party agrees to is no agreement of two:
# "agreed on Friday to hold the talks" is one party's consent, like "agreed to hold the talks".
def test_one_party_agreeing_on_a_day_to_act_consents() -> None:
    body = "Hungary proposed talks on the dam. Slovakia agreed on Friday to hold the talks."
    got = [(a, act, t) for a, act, t, _, _ in events_of(body)]
    assert ("SVK", "accept", "HUN") in got
    assert not [e for e in got if e[1] == "agree"]


def test_two_parties_agreeing_on_a_day_still_agree() -> None:
    body = "Hungary and Slovakia agreed on Friday to reopen the border crossing."
    assert {("HUN", "agree"), ("SVK", "agree")} <= {(a, act) for a, act, *_ in events_of(body)}


# A round of talks is a thing agreed to: "agreed to a new round of talks with Hanoi".
def test_agreeing_to_a_round_is_consent() -> None:
    body = "Laos agreed to a new round of talks with Vietnam on Monday."
    assert ("LAO", "accept", "VNM") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 207. A "-led" or "-backed" modifier stands inside a list of parties: "Damascus and the
# Kurdish-led SDF agreed" has two subjects.
@pytest.mark.parametrize(
    ("body", "first", "second"),
    [
        ("Sudan and the Emirati-backed RSF signed a truce in Jeddah on Sunday.", "SDN", "RSF"),
        ("Turkey and the Kurdish-led SDF agreed on a truce on Sunday.", "TUR", "SDF"),
        (
            "Yemen and the Iranian-backed Houthis agreed on Sunday to extend the truce.",
            "YEM",
            "HOUTHIS",
        ),
    ],
)
def test_a_led_modifier_inside_a_coordination_keeps_both_parties(
    body: str, first: str, second: str
) -> None:
    got = {(a, act) for a, act, *_ in events_of(body)}
    assert {(first, "agree"), (second, "agree")} <= got


# 208. A verb whose object is a claim denies the claim, whatever issue the claim names:
# "rejects reports it agreed to border talks" rejects no talks.
def test_rejecting_reports_without_that_is_no_rejection_of_the_talks() -> None:
    body = "Belize rejects reports it agreed to direct border talks with Guatemala"
    got = [(a, act) for a, act, *_ in events_of(body)]
    assert ("BLZ", "reject") not in got
    assert ("BLZ", "comment") in got


# 209. A day said between the party asked and its task: "asked the AU on Friday to send".
def test_asking_a_party_on_a_day_to_act_is_an_appeal() -> None:
    body = "Malawi asked the UN Security Council on Friday to send observers to the border."
    assert ("MWI", "appeal", "UN") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 210. Refusing to sign a text another party put forward rejects it, as refusing to accept
# does: "refused to sign the draft accord presented by Hanoi".
def test_refusing_to_sign_a_draft_is_a_rejection() -> None:
    body = "Phnom Penh refused to sign the draft border protocol presented by Hanoi."
    got = [(a, act, t, m) for a, act, t, _, m in events_of(body)]
    assert ("KHM", "reject", "VNM", "asserted") in got


# 211. An answer a party expects, hopes for or wants has not come, as one it awaits: "expects a
# formal answer from Windhoek" is no reply of Namibia's.
@pytest.mark.parametrize(
    "body",
    [
        "We expect a formal answer from Windhoek this week, Botswana's foreign minister said.",
        "Botswana hopes for a positive response from Namibia on the water deal.",
        "Botswana wants a reply from Namibia by Friday.",
    ],
)
def test_an_answer_expected_is_no_answer_given(body: str) -> None:
    assert ("NAM", "respond", "asserted") not in [
        (a, act, m) for a, act, _, _, m in events_of(body)
    ]


def test_an_answer_received_is_one() -> None:
    body = "Botswana received a formal answer from Namibia on Monday."
    assert ("NAM", "respond", "asserted") in [(a, act, m) for a, act, _, _, m in events_of(body)]


# 212. "Answer" with nothing after it (but a time) is a reply, as "respond" is: "Lima has not yet
# answered"; an answer "with duties" is a measure in kind, no reply.
def test_an_unanswered_proposal_with_a_bare_answer_verb() -> None:
    body = "Bolivia proposed talks on the river on Monday. Santiago has not yet answered."
    assert ("CHL", "respond", "negated") in [(a, act, m) for a, act, _, _, m in events_of(body)]


def test_answering_with_duties_is_no_reply() -> None:
    body = (
        "Kenya imposed duties on Ugandan milk. Kampala answered on Friday with duties of its own."
    )
    assert ("UGA", "respond") not in [(a, act) for a, act, *_ in events_of(body)]


# 213. An issue word before "talks" says what the talks are about: "sanctions talks" are talks,
# so that the offer and its answer stay one thread with the talks the article calls plain talks.
def test_issue_word_before_talks_files_them_as_talks() -> None:
    body = "Denmark proposed sanctions talks to Belarus on Monday."
    assert ("DNK", "propose", "BLR", "talks") in [
        (a, act, t, i) for a, act, t, i, _ in events_of(body)
    ]


# 214. A frame word in quotes is a metaphor quoted, not the article's subject: rebels calling a
# peace conference "theatre" in the headline and again in the lead review no play.
def test_a_quoted_frame_word_twice_is_no_frame() -> None:
    title = "Polisario calls Rabat's peace conference 'theatre', rejects invitation"
    body = (
        "The Polisario Front on Monday rejected Morocco's invitation to a peace conference in "
        "Rabat, calling the gathering 'theatre' staged for foreign diplomats."
    )
    assert ("POLISARIO", "reject") in [(a, act) for a, act, *_ in events_of(body, title)]


def test_a_play_reviewed_is_still_a_frame() -> None:
    title = "New play stages the Camp David summit"
    body = (
        "The theatre's new play shows Egypt rejecting Israel's offer; the audience applauded "
        "the actors playing the two leaders."
    )
    assert not events_of(body, title)


# 215. "The opposition coalition" stands for the article's one opposition body it names, as
# "the rebels" stand for its armed group; never for the state whose opposition it is.
def test_the_opposition_coalition_is_the_body_the_article_names() -> None:
    body = (
        "SADC offered on Monday to mediate between Lesotho's government and the opposition "
        "alliance BNP. Lesotho's main opposition coalition turned down the SADC offer on Tuesday."
    )
    got = [(a, act) for a, act, *_ in events_of(body)]
    assert ("BNP", "reject") in got
    assert ("LSO", "reject") not in got


# 216. Words of threat and refusal besides "threaten" and "reject": "warned Addis Ababa against
# any incursion" (a party, then what it must not do), "refused to allow inspectors in"; and the
# -ing form of "endorse".
def test_warning_a_party_against_an_act_is_a_threat() -> None:
    body = "Djibouti warned Eritrea against any incursion on its soil."
    assert ("DJI", "threaten", "ERI") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


def test_warning_against_a_mood_is_no_threat() -> None:
    assert not events_of("Djibouti warned against complacency on Monday.")


def test_refusing_to_allow_a_party_in_is_a_rejection() -> None:
    body = "Iran refused to allow IAEA inspectors into the Fordow site on Monday."
    assert ("IRN", "reject", "IAEA") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


def test_endorsing_a_proposal_accepts_it() -> None:
    body = "Benin is endorsing Togo's proposal for a joint border force."
    assert ("BEN", "accept", "TGO") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 217. A piece that looks back ("On this day: ...", a lead opened by a date years before) tells
# what happened then: no act in it is news.
def test_an_on_this_day_piece_reports_nothing() -> None:
    title = "On this day: the Suez crisis ends"
    body = (
        "On November 6, 1956, Britain and France agreed to a ceasefire in Egypt under heavy "
        "pressure from Washington. Egypt's president refused to allow British ships through "
        "the canal for months."
    )
    assert not events_of(body, title)


# 218. A party named before "request" put the request, as before "proposal": "accepted a US
# request for access" answers the United States.
def test_a_name_before_request_is_who_asked() -> None:
    body = "Laos accepted a US request for access to the crash site on Monday."
    assert ("LAO", "accept", "USA") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 219. "Excluded any dialogue with" rules talks out; excluding a party from talks does not.
def test_excluding_any_dialogue_is_a_rejection() -> None:
    body = "Quito excluded any dialogue with Lima on the border until the troops withdraw."
    assert ("ECU", "reject", "PER") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 220. Releasing captives "in return for" others is one side of an exchange done: "released two
# Azerbaijani soldiers in return for four Armenian detainees".
def test_releasing_captives_in_return_for_others_is_an_exchange() -> None:
    body = "Georgia released two Russian soldiers in return for four Georgian detainees."
    assert ("GEO", "agree", "RUS", "prisoner_exchange") in [
        (a, act, t, i) for a, act, t, i, _ in events_of(body)
    ]


def test_releasing_captives_alone_is_no_exchange() -> None:
    body = "Georgia released two Russian soldiers on Monday."
    assert not [e for e in events_of(body) if e[1] == "agree"]


# 221. A state a message goes through is a channel, not a side: "sent its offer to Hanoi via
# Oslo", "received the proposal through Swiss intermediaries", "through the Togolese
# mediation"; an answer handed to its envoy answers the proposer.
def test_an_answer_given_to_the_channel_answers_the_proposer() -> None:
    body = (
        "Laos sent its swap offer to Hanoi via Oslo on Monday. Vietnam gave its answer to the "
        "Norwegian envoy on Friday."
    )
    got = [(a, act, t) for a, act, t, _, _ in events_of(body)]
    assert ("VNM", "respond", "LAO") in got
    assert ("VNM", "respond", "NOR") not in got


def test_a_land_route_through_a_state_makes_no_channel() -> None:
    body = (
        "Talks between Ethiopia and Somalia hosted by Turkey ended on Tuesday. The mediator said "
        "Ethiopia could gain access to the sea through Somalia."
    )
    got = {(a, t) for a, act, t, _, _ in events_of(body) if act == "meet"}
    assert ("ETH", "SOM") in got


# 222. Administrative measures against another state's people are sanctions: visa requirements
# imposed on its travellers, its boats' fishing licences or its journalists' accreditation
# withdrawn; "pushed back" a visit calls it off, like "postponed".
def test_visa_requirements_imposed_are_a_sanction() -> None:
    body = "Canada imposed visa requirements on Mexican travellers on Monday."
    assert ("CAN", "sanction", "MEX") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


def test_withdrawing_accreditation_is_a_sanction() -> None:
    body = "Uganda revoked the accreditation of Kenyan journalists on Friday."
    assert ("UGA", "sanction", "KEN") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


def test_a_plants_permits_revoked_are_no_sanction() -> None:
    body = "Uganda revoked the permits of two Kenyan dairy plants after an audit."
    assert not [e for e in events_of(body) if e[1] == "sanction"]


def test_pushing_back_a_visit_calls_it_off() -> None:
    body = "Vilnius pushed back the president's visit to Riga on Monday."
    assert ("LTU", "meet", "LVA", "negated") in [
        (a, act, t, m) for a, act, t, _, m in events_of(body)
    ]


# 223. An act in an "until" clause in the present is an end point ahead, not news: "halt the
# works until an agreement is reached", "the ban stays until the EU agrees"; one in the past
# happened ("fighting went on until an agreement was reached in May").
def test_an_agreement_until_which_works_halt_is_no_agreement() -> None:
    body = "Egypt demanded that Ethiopia halt the filling until an agreement is reached."
    assert not [e for e in events_of(body) if e[1] == "agree" and e[4] == "asserted"]


def test_a_party_agreeing_in_an_until_clause_is_hypothetical() -> None:
    body = "The ban stays until the EU agrees on safeguards with Moldova."
    assert not [e for e in events_of(body) if e[1] == "agree" and e[4] == "asserted"]


def test_an_agreement_reached_until_which_fighting_went_on_happened() -> None:
    body = "Fighting went on until an agreement was reached between Kenya and Somalia in May."
    assert ("KEN", "agree", "asserted") in [(a, act, m) for a, act, _, _, m in events_of(body)]


# 224. "Meet" a need is to satisfy it, no meeting: "must meet the conditions first", "met all
# the requirements".
def test_meeting_conditions_is_no_meeting() -> None:
    body = "Bolivia's envoy said Santiago must meet the conditions first."
    assert not [e for e in events_of(body) if e[1] == "meet"]


def test_meeting_negotiators_is_a_meeting() -> None:
    body = "Santiago will meet Bolivian negotiators in La Paz on Monday."
    assert ("CHL", "meet", "BOL") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 225. "The two presidents", "the two prime ministers", "the two heads of state" stand for the
# article's two parties, as "the two sides" do.
def test_the_two_presidents_are_the_two_parties() -> None:
    body = (
        "Kenya accepted Rwanda's invitation on Monday, and the two presidents will meet in "
        "Kigali on 4 May."
    )
    got = {(a, act, t, m) for a, act, t, _, m in events_of(body)}
    assert {("KEN", "meet", "RWA", "expected"), ("RWA", "meet", "KEN", "expected")} <= got


# 226. A party saying an agreement is over ends it in words, as "walked away from" does: "said
# the truce with Manila was over", "declared the accord null and void"; "was not over" does not.
@pytest.mark.parametrize(
    "body",
    [
        "The MILF said on Friday that the truce with Manila was over.",
        "The Philippines has not paid the fighters. The MILF declared the accord null and void "
        "on Friday.",
    ],
)
def test_declaring_an_agreement_over_rejects_it(body: str) -> None:
    assert ("MILF", "reject", "asserted") in [(a, act, m) for a, act, _, _, m in events_of(body)]


def test_saying_an_agreement_is_not_over_rejects_nothing() -> None:
    body = "The MILF said on Friday that the truce with Manila was not over."
    assert not [e for e in events_of(body) if e[1] == "reject"]


# 227. A body's own organ after its name acts for it: "the ECOWAS Commission proposed",
# "the SADC Secretariat"; a name before another capitalised word is still part of a longer name
# ("China Mobile").
def test_an_organisation_commission_acts_for_it() -> None:
    body = "The ECOWAS Commission proposed talks with Guinea's junta on Monday."
    assert ("ECOWAS", "propose", "GIN") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


def test_a_company_named_after_a_country_is_still_no_state() -> None:
    body = "China Mobile proposed a merger with Nigeria's largest carrier."
    assert not events_of(body)


# 228. A denial with a complement of its own, then a comma and a second verb (a headline's list
# of verbs): the second verb is asserted. "Denies breaching deal, proposes talks".
def test_a_denial_with_its_own_complement_leaves_the_next_verb_asserted() -> None:
    body = "Malawi denies breaching deal, proposes emergency talks with Zambia."
    assert ("MWI", "propose", "asserted") in [(a, act, m) for a, act, _, _, m in events_of(body)]


def test_a_denial_still_negates_what_it_denies() -> None:
    body = "Malawi denied it had proposed talks with Zambia."
    assert ("MWI", "propose", "negated") in [(a, act, m) for a, act, _, _, m in events_of(body)]


# 229. Lands meeting are no meeting: "near where the borders of Laos, Myanmar and Thailand meet".
def test_borders_meeting_is_no_meeting() -> None:
    body = (
        "Algeria and Libya have held thirty rounds of talks near where the borders of Niger, "
        "Mali and Chad meet."
    )
    got = [(a, act, t) for a, act, t, _, _ in events_of(body)]
    assert ("DZA", "meet", "LBY") in got
    assert not [e for e in got if e[1] == "meet" and "TCD" in (e[0], e[2])]


def test_ministers_of_two_states_meeting_is_a_meeting() -> None:
    body = "The foreign ministers of Niger and Mali will meet in Niamey on Monday."
    assert ("NER", "meet", "MLI") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 230. A role said of the subject between commas is no subject: "Tanzania's president, acting
# as the EAC's envoy, proposed talks" is Tanzania's proposal.
def test_a_role_between_commas_leaves_the_subject_its_verb() -> None:
    body = (
        "Angola's president, acting as the AU's mediator, proposed talks between Rwanda and "
        "the Democratic Republic of Congo."
    )
    got = [(a, act) for a, act, *_ in events_of(body)]
    assert ("AGO", "propose") in got
    assert ("AU", "propose") not in got


# 231. A bare "retaliates" followed by the act that says how ("retaliates, expels Mexico's
# envoy", "retaliates: visas now required") is that act, no attack; alone it stays force.
@pytest.mark.parametrize(
    "body",
    [
        "Peru retaliates, expels Bolivia's envoy.",
        "Peru retaliates: visas now required for Bolivian officials.",
    ],
)
def test_retaliating_by_a_stated_measure_is_no_attack(body: str) -> None:
    assert ("PER", "attack") not in [(a, act) for a, act, *_ in events_of(body)]


def test_retaliating_alone_is_force() -> None:
    body = "Bolivia shelled a Peruvian border post. Peru retaliated overnight."
    assert ("PER", "attack") in [(a, act) for a, act, *_ in events_of(body)]


# 232. What a party asks of another in a that-clause is no act of the other's, not even a hoped
# one: "demanded that Paris open negotiations" gives France no meeting at all.
def test_the_content_of_a_demand_is_no_event() -> None:
    body = "Vanuatu demanded that Paris open negotiations on the islands."
    got = [(a, act) for a, act, *_ in events_of(body)]
    assert ("VUT", "demand") in got
    assert not [e for e in got if e[0] == "FRA"]


# 233. Putting something on the table proposes it: "has put a truce on the table".
def test_putting_a_truce_on_the_table_proposes_it() -> None:
    body = "The Moro Islamic Liberation Front has put a truce on the table, Manila said."
    assert ("MILF", "propose") in [(a, act) for a, act, *_ in events_of(body)]


# 234. A council or secretariat named with its acronym is a party the article introduces:
# "the Southern Common Market Secretariat (SCMS) has proposed talks".
def test_a_secretariat_named_with_its_acronym_is_a_party() -> None:
    body = (
        "The Andean Water Secretariat (AWS) has proposed talks between Bolivia and Peru on the "
        "lake. The AWS said both governments had been invited."
    )
    assert ("AWS", "propose") in [(a, act) for a, act, *_ in events_of(body)]


# 235. A verb that takes a measure away stands between a light verb and its noun: "would
# consider lifting its sanctions on Laos if" is no sanction and no threat.
def test_considering_lifting_sanctions_is_no_sanction() -> None:
    body = "Canada would consider lifting its sanctions on Nicaragua if the prisoners were freed."
    assert not [e for e in events_of(body) if e[1] in ("sanction", "threaten")]


def test_considering_sanctions_is_a_sanction_weighed() -> None:
    body = "Canada is considering sanctions on Nicaragua."
    assert ("CAN", "sanction", "hypothetical") in [
        (a, act, m) for a, act, _, _, m in events_of(body)
    ]


# 236. A possessive pronoun owns aircraft, boats and envoys as it owns troops: "denied that its
# aircraft had struck Togolese positions" is Ghana's attack, denied.
def test_its_aircraft_are_the_party_s() -> None:
    body = "Benin denied that its aircraft had struck Nigerien positions on Monday."
    assert ("BEN", "attack", "NER", "negated") in [
        (a, act, t, m) for a, act, t, _, m in events_of(body)
    ]


# 237. "Halted implementation of the accord" walks away from it; "ban the export of timber" is a
# trade measure; the first word of a compound is no noun ("a round-the-clock hotline" sets no
# round of talks); "is unlikely to reply" is no reply and no threat.
def test_halting_implementation_of_an_accord_walks_away_from_it() -> None:
    body = "Ghana has halted implementation of the fisheries accord with Togo, officials said."
    assert ("GHA", "reject", "TGO") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


def test_banning_the_export_of_a_good_is_a_trade_measure() -> None:
    body = "Laos will ban the export of unprocessed timber to Vietnam, the minister said."
    assert ("LAO", "sanction", "VNM") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


def test_a_round_the_clock_hotline_sets_no_round_of_talks() -> None:
    body = "Kenya and Somalia agreed to set up a round-the-clock hotline."
    assert not [e for e in events_of(body) if e[1] == "meet"]


def test_unlikely_to_reply_is_no_reply_and_no_threat() -> None:
    body = "China asked Japan for talks. Japan is unlikely to reply before Friday."
    got = [(a, act, m) for a, act, _, _, m in events_of(body)]
    assert ("JPN", "threaten", "asserted") not in got
    assert ("JPN", "respond", "asserted") not in got


def test_a_reply_at_a_time_of_its_choosing_is_still_a_threat() -> None:
    body = "Japan said it would respond at a time of its choosing to China's drills."
    assert ("JPN", "threaten") in [(a, act) for a, act, *_ in events_of(body)]


# 238. After a possessive determiner, maybe with a word that says which, a form is a noun or an
# adjective, no verb: "its planned ban on rice exports", "their newly signed agreement".
def test_a_planned_ban_asked_to_be_postponed_is_no_ban() -> None:
    body = "Japan asked Thailand to postpone its planned ban on rice exports."
    assert ("JPN", "sanction") not in [(a, act) for a, act, *_ in events_of(body)]


def test_a_newly_signed_agreement_hailed_is_no_new_agreement() -> None:
    body = "Kenya and Somalia hailed their newly signed agreement on Monday."
    assert not [e for e in events_of(body) if e[1] == "agree"]


def test_an_agreement_signed_is_one() -> None:
    body = "Kenya and Somalia signed an agreement on Monday."
    assert ("KEN", "agree", "SOM") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 239. "Broke off talks" walks away from them; a deadline a body set is its demand, turned down
# like an ultimatum ("turned down the ECOWAS deadline").
def test_breaking_off_talks_walks_away_from_them() -> None:
    body = "Kenya broke off talks with Somalia on Monday."
    assert ("KEN", "reject", "SOM") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


def test_turning_down_a_bloc_s_deadline_rejects_the_bloc() -> None:
    body = "Mali's junta turned down the ECOWAS deadline on Friday."
    assert ("MLI", "reject", "ECOWAS") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 240. A report whose content the sentence then says was denied holds no act: "Reports that
# Ljubljana had agreed to host the talks were denied by an official".
def test_a_report_said_denied_after_it_negates_its_content() -> None:
    body = "Reports that Slovenia had agreed to host talks with Croatia were denied by an official."
    assert ("SVN", "agree", "negated") in [(a, act, m) for a, act, _, _, m in events_of(body)]
    assert ("SVN", "agree", "asserted") not in [(a, act, m) for a, act, _, _, m in events_of(body)]


# 241. Warning a party one will take all measures is a threat without a condition: "warned
# Windhoek it would take all measures to protect the river".
def test_warning_of_all_measures_is_a_threat() -> None:
    body = "Botswana warned Namibia it would take all measures to protect the river."
    assert ("BWA", "threaten", "NAM") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 242. A munition's firer named after "by" attacked what it hit: "Shells fired by Azerbaijani
# forces struck an Armenian village".
def test_shells_fired_by_a_party_are_its_attack() -> None:
    body = "Shells fired by Rwandan forces struck a Congolese village on Sunday."
    assert ("RWA", "attack", "COD") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


def test_shells_fired_by_unknown_gunmen_are_nobody_s_attack() -> None:
    body = "Shells fired by unknown gunmen struck a Congolese village on Sunday."
    assert not [e for e in events_of(body) if e[1] == "attack"]


# 243. What a party declines to confirm, or neither confirms nor denies, is left open: neither
# done nor denied ("declined to confirm that its envoys had met Ethiopian officials"); an act
# in a present-perfect "until" clause is ahead ("until Belgrade and Pristina have signed").
@pytest.mark.parametrize(
    "body",
    [
        "Egypt declined to confirm that its envoys had met Sudanese officials in Cairo.",
        "The Kremlin neither confirmed nor denied that Russian and Georgian officials had met.",
    ],
)
def test_a_meeting_left_unconfirmed_is_hypothetical(body: str) -> None:
    got = [m for _, act, _, _, m in events_of(body) if act == "meet"]
    assert got
    assert set(got) == {"hypothetical"}


def test_a_meeting_confirmed_happened() -> None:
    body = "Egypt confirmed that its envoys had met Sudanese officials in Cairo."
    assert ("EGY", "meet", "asserted") in [(a, act, m) for a, act, _, _, m in events_of(body)]


def test_a_treaty_until_which_ratification_waits_is_ahead() -> None:
    body = "Hungary will not ratify until Serbia and Kosovo have signed a treaty."
    assert not [e for e in events_of(body) if e[1] == "agree" and e[4] == "asserted"]


# 244. A negation reaches a verb joined by "or": "did not accept or reject the offer" rejects
# nothing.
def test_a_negation_reaches_a_verb_joined_by_or() -> None:
    body = "Ghana did not accept or reject the offer from Togo."
    got = [(a, act, m) for a, act, _, _, m in events_of(body)]
    assert ("GHA", "reject", "asserted") not in got
    assert ("GHA", "reject", "negated") in got


# 245. "Resume" governs sanctions as a noun's light verb, not as a verb over any "measures":
# "agreed to resume talks on confidence-building measures" sanctions nobody.
def test_resuming_talks_on_measures_is_no_sanction() -> None:
    body = "Guyana and Suriname agreed to resume talks on confidence-building measures."
    assert not [e for e in events_of(body) if e[1] == "sanction"]


def test_resuming_sanctions_is_a_sanction() -> None:
    body = "The EU resumed sanctions on Belarus on Monday."
    assert ("EU", "sanction", "BLR") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 246. Two parties who could hold talks might meet; only one party's hypothetical talks are its
# conditional acceptance ("would consider talks if ...").
def test_two_parties_who_could_resume_talks_might_meet() -> None:
    body = "Eritrea and Djibouti could resume negotiations next month."
    got = {(a, act, m) for a, act, _, _, m in events_of(body)}
    assert ("ERI", "meet", "hypothetical") in got
    assert ("ERI", "accept", "hypothetical") not in got


# 247. A person's former office names no party acting now: "the envoy, a former Icelandic foreign
# minister, carried the letter" is no Icelandic act.
def test_a_former_minister_is_no_party() -> None:
    body = (
        "The envoy, a former Danish foreign minister, proposed a meeting between Latvia and "
        "Estonia."
    )
    assert not [e for e in events_of(body) if e[0] == "DNK"]


def test_a_foreign_minister_is_his_state() -> None:
    body = "The Danish foreign minister proposed a meeting between Latvia and Estonia."
    assert ("DNK", "propose") in [(a, act) for a, act, *_ in events_of(body)]


# 248. Issue words: a normalisation accord is a peace deal, a cessation of (military) operations
# a ceasefire, a centrifuge is nuclear.
@pytest.mark.parametrize(
    ("body", "issue"),
    [
        ("Serbia and Kosovo signed a normalisation accord in Brussels.", "peace_deal"),
        ("Sudan and the SPLM-N agreed to a cessation of military operations.", "ceasefire"),
    ],
)
def test_issue_words_of_accords_and_truces(body: str, issue: str) -> None:
    assert issue in [i for _, act, _, i, _ in events_of(body) if act == "agree"]


# 249. What a meeting is about is no party to it: "will take part in the talks on Niger's oil
# pipeline" meets nobody from Niger.
def test_the_topic_of_talks_is_no_partner() -> None:
    body = (
        "Chad will take part in the talks on Niger's oil pipeline proposed by Benin, a "
        "spokesman said, two days after Mali accepted the same invitation."
    )
    assert ("TCD", "meet", "NER") not in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 250. An answer handed to a third state's envoy answers the proposer: "replied in a note handed
# to the Nigerian ambassador" is Ghana's reply to Togo.
def test_an_answer_handed_to_an_envoy_answers_the_proposer() -> None:
    body = (
        "Benin proposed talks to Niger on Monday. Niger replied on Wednesday in a note handed "
        "to the Algerian ambassador."
    )
    got = [(a, act, t) for a, act, t, _, _ in events_of(body)]
    assert ("NER", "respond", "BEN") in got
    assert ("NER", "respond", "DZA") not in got
