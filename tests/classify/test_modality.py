"""Modality by scope: negated, expected, hypothetical, asserted."""

from __future__ import annotations

import pytest
from classify_helpers import pairs_of

CONTEXT = "Ukraine proposed new talks with Russia on Saturday. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia has not yet responded to the proposal.", "negated"),
        ("Russia still has not replied to the proposal.", "negated"),
        ("Russia has yet to respond to the proposal.", "negated"),
        ("Moscow has not commented on the offer.", "negated"),
        ("Russia did not respond to the proposal.", "negated"),
        ("Russia responded to the proposal on Monday.", "asserted"),
        ("Russia will respond to the proposal next week.", "expected"),
        ("Russia is expected to respond to the proposal.", "expected"),
        ("Russia could respond to the proposal.", "hypothetical"),
        ("Russia would respond to the proposal if the shelling stopped.", "hypothetical"),
    ],
)
def test_modality_of_a_response(sentence: str, expected: str) -> None:
    got = {(a, act, mod) for a, act, mod in pairs_of(CONTEXT + sentence) if a == "RUS"}
    assert ("RUS", "respond", expected) in got


def test_refused_to_negates_the_complement() -> None:
    assert ("RUS", "meet", "negated") in pairs_of(CONTEXT + "Russia refused to meet Ukraine.")


def test_denial_negates_the_reported_act() -> None:
    got = pairs_of("Serbia denied it had agreed to the Kosovo plan proposed by the EU.")
    assert not any(mod == "asserted" and act in ("agree", "accept") for _, act, mod in got)


def test_no_agreement_was_reached_is_negated() -> None:
    got = pairs_of("Israel and Hamas held talks. No agreement was reached on the first day.")
    assert ("ISR", "agree", "negated") in got


def test_not_only_is_not_a_negation() -> None:
    got = pairs_of("Not only did Kenya propose talks with Somalia, but it also hosted them.")
    assert ("KEN", "propose", "asserted") in got


def test_no_sooner_is_not_a_negation() -> None:
    got = pairs_of("No sooner had the talks ended than Armenia accused Azerbaijan of shelling.")
    assert ("ARM", "comment", "asserted") in got


def test_negation_in_another_clause_does_not_leak() -> None:
    got = pairs_of("Russia did not say when, but Moscow responded to Ukraine's proposal.")
    assert ("RUS", "respond", "asserted") in got


def test_embedded_question_is_no_event() -> None:
    got = pairs_of(CONTEXT + "All eyes are on whether the Kremlin will accept the offer.")
    assert not any(a == "RUS" and act == "accept" for a, act, _ in got)


def test_infinitive_headline_is_expected() -> None:
    got = pairs_of("", title="Iranian and American delegations to meet in Oman on Saturday")
    assert ("IRN", "meet", "expected") in got


def test_will_meet_is_expected_and_met_is_asserted() -> None:
    assert ("EGY", "meet", "expected") in pairs_of("Egypt and Qatar will meet on Wednesday.")
    assert ("EGY", "meet", "asserted") in pairs_of("Egypt and Qatar met on Wednesday.")


def test_waiting_for_an_answer_is_negated() -> None:
    got = pairs_of("", title="Kyiv still waiting for Moscow's answer on talks")
    assert ("RUS", "respond", "negated") in got


def test_agreed_to_meet_is_an_expected_meeting() -> None:
    got = pairs_of("Iran and the United States agreed to meet again next week.")
    assert ("IRN", "meet", "expected") in got
