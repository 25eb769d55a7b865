"""General failure classes, session 15: each case is a new sentence or article with countries,
regions and groups of its own, exercising one general mechanism (classes named by blind sets'
writers and analysts; none of their sentences is used)."""

from __future__ import annotations

import pytest

from storywatch.classify import classify_text


def _acts(title: str, body: str) -> list[tuple[str, str, str, str]]:
    _, _, events = classify_text(title, body, published_year=2026, published_month=10)
    return [(e.actor, e.action, e.target or "", e.modality) for e in events]


# 413. "UFC officials said they": officials of a name no party goes by speak for it, not for
# the countries the article named before; a party's own officials still speak for it.
@pytest.mark.parametrize(
    "body",
    [
        "Boxer Carlos Mendez, born in Peru and raised in Chile, has called for a title fight. "
        "WBA officials said they were open to the idea.",
        "The chess champion, a Norwegian who lives in Denmark, proposed a rematch in Oslo. "
        "FIDE officials said they would accept the proposal.",
    ],
)
def test_officials_of_a_name_no_party_goes_by_speak_for_no_party(body: str) -> None:
    assert _acts("", body) == []


def test_a_partys_own_officials_still_speak_for_it() -> None:
    body = (
        "Peru proposed talks on the border with Chile on Monday. Chilean officials said they "
        "were open to the idea."
    )
    assert ("CHL", "respond", "PER", "asserted") in _acts("", body)


# 414. What someone says in jest ("the envoy joked that Nairobi would propose talks") is no
# act of a party; a real act in the same article still is.
@pytest.mark.parametrize(
    "body",
    [
        "The Kenyan envoy joked that Nairobi would propose talks with Kampala about who makes "
        "the best tea.",
        "Asked about the border, the Indian minister quipped that New Delhi had already agreed a "
        "ceasefire with Islamabad over cricket.",
    ],
)
def test_an_act_said_in_jest_is_no_act(body: str) -> None:
    assert _acts("", body) == []


def test_a_real_act_beside_a_jest_stands() -> None:
    body = (
        "Portugal and Spain signed a water-sharing treaty in Lisbon on Monday. Afterwards the "
        "Spanish minister joked about the weather."
    )
    assert ("PRT", "agree", "ESP", "asserted") in _acts("", body)
