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
