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
