"""General failure classes, session 3: each case is a new sentence with countries and people
of its own, exercising one general mechanism."""

from __future__ import annotations

import pytest
from classify_helpers import pairs_of

from storywatch.classify import classify_text


def dated_pairs(body: str, year: int = 2025) -> set[tuple[str, str, str]]:
    """(actor, action, modality) of a body published in `year`."""
    _, _, events = classify_text("", body, year)
    return {(e.actor, e.action, e.modality) for e in events}


# 31. A year dates the act only when it lies in the act's own clause: "since ... in 2021",
# "which annexed ... in 2014" date another clause; "when ... in 2014" and "in 1962," date it.
@pytest.mark.parametrize(
    ("body", "row"),
    [
        (
            "Armenia and Azerbaijan agreed to a ceasefire on Monday, ending the worst fighting "
            "since the two fought a war in 2020.",
            ("ARM", "agree", "asserted"),
        ),
        (
            "Serbia, which recognised the plan in 2013, proposed new talks with Kosovo on Friday.",
            ("SRB", "propose", "asserted"),
        ),
    ],
)
def test_a_year_in_another_clause_does_not_make_the_act_history(
    body: str, row: tuple[str, str, str]
) -> None:
    assert row in dated_pairs(body)


@pytest.mark.parametrize(
    "body",
    [
        "In 1998, Eritrea rejected talks with Ethiopia.",
        "Eritrea rejected talks with Ethiopia in May 1998.",
        "When the war began in 1998, Eritrea rejected talks with Ethiopia.",
        "Since the border war of 1998 ended in 2000, Eritrea has rejected talks with Ethiopia.",
        "Eritrea rejected talks with Ethiopia after the border war began in 1998.",
    ],
)
def test_a_year_dating_the_act_makes_it_history(body: str) -> None:
    assert ("ERI", "reject", "asserted") not in dated_pairs(body)
    assert ("ERI", "reject", "asserted") in pairs_of(body)  # without a publication year
