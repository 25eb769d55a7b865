"""Event frames: subject, object, voice, reported speech, nominalisation, coordination."""

from __future__ import annotations

from classify_helpers import events_of, pairs_of


def test_simple_proposal_with_target_and_issue() -> None:
    assert ("FRA", "propose", "DEU", "talks", "asserted") in events_of(
        "France proposed talks with Germany on Monday."
    )


def test_reported_speech_credits_the_party_that_acted() -> None:
    got = events_of("Ukraine offered talks. Peskov said Moscow was ready for new talks.")
    assert ("RUS", "accept", "UKR", "talks", "asserted") in got
    assert not any(a == "RUS" and act == "comment" for a, act, *_ in got)


def test_passive_voice_takes_the_agent_after_by() -> None:
    got = events_of("Talks with Moscow were proposed by Kyiv on Sunday.")
    assert any(a == "UKR" and act == "propose" for a, act, *_ in got)


def test_passive_without_agent_is_no_event() -> None:
    assert pairs_of("Talks were proposed on Sunday, with Russia and Ukraine both silent.") == set()


def test_light_verb_nominalisation() -> None:
    got = events_of("Iran has sent its reply to the American proposal, Araghchi said.")
    assert ("IRN", "respond", "USA", None, "asserted") in got


def test_possessive_nominal_names_the_proposal_being_answered() -> None:
    got = events_of("Moscow rejected Kyiv's proposal for a summit.")
    assert ("RUS", "reject", "UKR", "summit", "asserted") in got
    assert not any(act == "propose" for _, act, *_ in got)


def test_coordination_gives_each_party_an_event() -> None:
    got = events_of("Armenia and Azerbaijan agreed to a ceasefire on Tuesday.")
    assert ("ARM", "agree", "AZE", "ceasefire", "asserted") in got
    assert ("AZE", "agree", "ARM", "ceasefire", "asserted") in got


def test_demonym_coordination_with_an_agent_noun() -> None:
    got = pairs_of("Indian and Pakistani officials met in Dubai.")
    assert {("IND", "meet", "asserted"), ("PAK", "meet", "asserted")} <= got


def test_the_two_sides_stand_for_the_main_parties() -> None:
    got = events_of(
        "Serbia proposed talks with Kosovo's neighbour Albania. The two sides met on Friday."
    )
    assert any(a in ("SRB", "ALB") and act == "meet" for a, act, *_ in got)


def test_answer_without_target_answers_the_proposal_in_context() -> None:
    got = events_of("Egypt proposed a truce to Sudan. Sudan accepted on Monday.")
    assert ("SDN", "accept", "EGY", "ceasefire", "asserted") in got


def test_comment_on_a_proposal_by_its_addressee_is_a_response() -> None:
    got = pairs_of("Norway invited Sweden to talks. Sweden has not commented on the invitation.")
    assert ("SWE", "respond", "negated") in got


def test_third_party_comment_stays_a_comment() -> None:
    got = pairs_of("Norway invited Sweden to talks. Germany welcomed the invitation.")
    assert ("DEU", "comment", "asserted") in got


def test_refusing_to_accept_is_a_rejection() -> None:
    got = pairs_of("Iran proposed talks. The United States refused to accept the Iranian demand.")
    assert ("USA", "reject", "asserted") in got


def test_conditional_punishment_is_a_threat() -> None:
    got = pairs_of("Britain said it would impose sanctions on Iran if talks failed.")
    assert ("GBR", "threaten", "asserted") in got


def test_reject_needs_a_proposal_like_object() -> None:
    assert pairs_of("Israel rejected the accusations made by Iran.") <= {
        ("ISR", "comment", "asserted")
    }


def test_participle_after_a_noun_has_no_subject() -> None:
    got = pairs_of(
        "France welcomed the prisoner exchange agreed in Istanbul by Russia and Ukraine."
    )
    assert ("FRA", "comment", "asserted") in got
    assert not any(act == "agree" for _, act, _ in got)


def test_attack_with_a_demonym_victim() -> None:
    got = events_of("Pakistani drones struck Indian army posts overnight.")
    assert ("PAK", "attack", "IND", None, "asserted") in got


def test_talks_named_by_their_parties() -> None:
    got = pairs_of("Talks between Egypt and Ethiopia ended in Cairo without agreement.")
    assert ("EGY", "meet", "asserted") in got
    assert ("EGY", "agree", "negated") in got


def test_no_response_from_a_party() -> None:
    got = pairs_of("Chile proposed talks to Peru. There was no immediate response from Lima.")
    assert ("PER", "respond", "negated") in got


def test_the_junta_is_the_state_the_proposal_went_to() -> None:
    got = events_of("ECOWAS proposed talks with Mali. The junta has not yet responded.")
    assert ("MLI", "respond", "ECOWAS", "talks", "negated") in got


def test_lone_actor_with_no_counterpart_is_domestic_news() -> None:
    assert pairs_of("Brazil proposed a new budget plan on Monday.") == set()


def test_an_object_after_a_verb_is_not_the_next_subject() -> None:
    got = events_of("Armenia has offered Azerbaijan new talks, proposing a meeting in Vienna.")
    assert not any(a == "AZE" and act == "propose" for a, act, *_ in got)
    assert ("ARM", "propose", "AZE", "talks", "asserted") in got


def test_a_proposal_handed_to_two_parties_names_the_main_parties() -> None:
    body = (
        "Norwegian mediators handed Colombia and Venezuela a new proposal for talks. "
        "The two sides agreed to meet in Oslo."
    )
    got = pairs_of(body)
    assert ("COL", "agree", "asserted") in got
    assert not any(a == "NOR" and act == "agree" for a, act, _ in got)


def test_issue_continues_between_the_same_parties() -> None:
    body = "Canada imposed tariffs on Mexico on Monday. Mexico threatened Canada with retaliation."
    got = events_of(body)
    assert ("MEX", "threaten", "CAN", "trade", "asserted") in got


def test_existential_no_talks_is_a_negated_meeting() -> None:
    got = events_of("Japan's foreign ministry said there had been no talks with North Korea.")
    assert ("JPN", "meet", "PRK", "talks", "negated") in got


def test_lead_attributed_to_a_party_is_its_statement() -> None:
    body = "Syria has moved troops towards the border, the Turkish foreign ministry said."
    got = events_of(body)
    assert ("TUR", "comment", "SYR", None, "asserted") in got


def test_answer_target_is_the_proposer_not_the_object_of_the_proposal() -> None:
    body = (
        "The EU proposed sanctions on Belarus. "
        "Hungary blocked a proposal to impose sanctions on Belarus."
    )
    got = events_of(body)
    assert any(a == "HUN" and act == "reject" and t == "EU" for a, act, t, _, _ in got)


def test_numbers_with_commas_do_not_cut_the_clause() -> None:
    got = events_of("Kenya proposed an exchange of 1,500 detainees with Ethiopia.")
    assert ("KEN", "propose", "ETH", "prisoner_exchange", "asserted") in got


def test_agreeing_to_another_act_is_not_accepting_a_proposal() -> None:
    got = pairs_of("Serbia proposed talks. Kosovo denied it had agreed to drop its demands.")
    assert not any(act == "accept" for _, act, _ in got)
    assert ("XKX", "agree", "asserted") not in got


def test_a_place_after_with_is_not_the_party_attacked() -> None:
    body = "M23 rebels seized the border post with Rwanda on Monday, the DRC said."
    got = events_of(body)
    assert not any(act == "attack" and t == "RWA" for _, act, t, _, _ in got)
