"""General failure classes, session 5: each case is a new sentence with countries and people
of its own, exercising one general mechanism (classes named by blind sets' writers; none of
their sentences is used)."""

from __future__ import annotations

import pytest
from classify_helpers import events_of

from storywatch.classify import classify_text


# 69. A state or capital named as a place ("met in Jeddah", "in Kinshasa, the president
# said") is where something happened, not a main party of the article; it stands in for one
# only when the article names fewer than two others.
@pytest.mark.parametrize(
    "body",
    [
        "Sudan's army said it was ready for a truce. The RSF met in Doha on Tuesday.",
        "The RSF met in Doha on Tuesday. The talks in Doha were the first since May, Sudan's "
        "foreign ministry said.",
        "The Sudanese army accepted a pause in the fighting on Monday. "
        "In Doha, the RSF met on Tuesday, diplomats in Riyadh said.",
    ],
)
def test_a_venue_is_no_counterpart(body: str) -> None:
    meets = [(a, t) for a, act, t, _, _ in events_of(body) if act == "meet"]
    assert ("RSF", "SDN") in meets
    assert not any({"QAT", "SAU"} & set(pair) for pair in meets)


def test_a_visit_to_a_capital_meets_its_government_when_nobody_else_is_named() -> None:
    got = events_of("Peru's foreign minister is due in Quito on Friday for talks on the border.")
    assert ("PER", "meet", "ECU", "talks", "expected") in got


def test_a_venue_stays_an_entity_of_the_article() -> None:
    _, entities, _ = classify_text("", "Sudan's army and the RSF met in Doha on Tuesday.")
    assert "QAT" in entities


# 70. A third party acts on the party it acts on elsewhere in the article: a headline's
# "accuses army" is the army the body names, not whichever state is mentioned most.
def test_a_third_partys_act_without_a_target_goes_to_its_own_counterpart() -> None:
    title = "Al-Shabaab accuses army of breaking truce"
    body = (
        "Al-Shabaab accused the Somali army on Monday of attacking its positions near Baidoa. "
        "Kenya's president said Kenyan troops would stay in Somalia, and Nairobi and Kenyan "
        "officials urged calm. Kenyan envoys met Ethiopian officials in Addis Ababa."
    )
    accused = {
        t for a, act, t, _, _ in events_of(body, title) if a == "ALSHABAAB" and act == "comment"
    }
    assert accused == {"SOM"}
