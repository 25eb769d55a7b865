"""Actor resolution and disambiguation: who speaks for whom, and what is no actor at all."""

from __future__ import annotations

import pytest
from classify_helpers import pairs_of

from storywatch.classify import classify_text, display_name


def entities(body: str, title: str = "") -> tuple[str, ...]:
    return classify_text(title, body)[1]


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Zelenskyy rejected the proposal for a truce with Russia.", "UKR"),
        ("The Kremlin rejected the proposal for a truce with Ukraine.", "RUS"),
        ("A Kremlin spokesman rejected the proposal for a truce with Ukraine.", "RUS"),
        ("Russia's foreign minister rejected the proposal for a truce with Ukraine.", "RUS"),
        ("The Ukrainian president rejected the proposal for a truce with Russia.", "UKR"),
        ("Beijing rejected the proposal for a truce with Taiwan.", "CHN"),
        ("The State Department rejected the proposal for talks with Iran.", "USA"),
        ("Britain rejected the proposal for talks with Iran.", "GBR"),
        ("Ukrainian officials rejected the proposal for a truce with Russia.", "UKR"),
        ("Hamas rejected the proposal for a truce with Israel.", "HAMAS"),
        ("The Taliban rejected the proposal for talks with Pakistan.", "AFG"),
    ],
)
def test_names_titles_capitals_and_institutions_resolve(sentence: str, actor: str) -> None:
    assert (actor, "reject", "asserted") in pairs_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dynamo Moscow rejected the offer from Spartak for their captain.",
        "Real Madrid rejected an offer from Chelsea for the striker.",
        "China Mobile rejected the proposal from its suppliers.",
        "Air India proposed new talks with its pilots' union.",
        "Turkish Airlines rejected the offer from the union.",
    ],
)
def test_place_inside_a_longer_proper_name_is_no_actor(sentence: str) -> None:
    assert pairs_of(sentence) == set()


def test_lower_case_common_nouns_are_not_states() -> None:
    assert entities("We bought a turkey and some fine china for the dinner.") == ()


def test_a_person_named_after_a_country_is_not_that_country() -> None:
    assert "JOR" not in entities("Jordan Henderson scored twice and Georgia Smith praised him.")
    assert "GEO" not in entities("Jordan Henderson scored twice and Georgia Smith praised him.")


def test_us_state_in_an_american_context_is_not_the_country() -> None:
    body = (
        "ATLANTA - Georgia's governor proposed a tax rebate, and Republicans in the state senate "
        "rejected the plan."
    )
    assert "GEO" not in entities(body)
    assert "GEO" in entities("Georgia's prime minister rejected the EU proposal in Tbilisi.")


def test_sports_context_disables_state_actors() -> None:
    body = (
        "Russia rejected the offer in the final match of the league season. The club's coach "
        "said the striker's transfer was off and the fans booed the squad."
    )
    assert pairs_of(body) == set()


def test_capital_after_a_locative_preposition_is_a_place() -> None:
    got = pairs_of("Ukraine and Russia met in Moscow on Friday.")
    assert ("UKR", "meet", "asserted") in got
    assert all(a in ("UKR", "RUS") for a, _, _ in got)


def test_city_government_is_not_the_state() -> None:
    assert pairs_of("Moscow city council proposed new parking fees for Ukraine's embassy.") == set()


def test_display_name_reads_well_in_a_title() -> None:
    assert display_name("RUS") == "Russia"
    assert display_name("UN") == "the United Nations"
    assert display_name("USA") == "the United States"
    assert display_name("XYZ") == "XYZ"


def test_only_names_of_us_states_fall_in_an_american_context() -> None:
    body = "Democrats in Congress said the US rejected Iran's proposal for talks."
    assert "USA" in entities(body)


def test_brand_words_before_a_country_make_a_company() -> None:
    assert pairs_of("Air China rejected the proposal from Japan's travel agents.") == set()


def test_china_in_a_markets_story_is_still_the_country() -> None:
    body = (
        "Stocks fell as investors weighed the tariffs. The United States imposed tariffs on "
        "China on Thursday, and shares of retailers slid."
    )
    assert ("USA", "sanction", "asserted") in pairs_of(body)
