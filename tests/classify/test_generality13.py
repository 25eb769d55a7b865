"""General failure classes, session 12: each case is a new sentence with countries, regions and
groups of its own, exercising one general mechanism (classes named by blind sets' writers and
analysts; none of their sentences is used)."""

from __future__ import annotations

import pytest
from classify_helpers import events_of


# 338. Talks named after "after" ("no deal came after two days of talks between X and Y") took
# place whatever the main clause says: its negation does not reach back to them.
@pytest.mark.parametrize(
    "body",
    [
        "No deal was signed after four days of talks between Guyana and Suriname in Paramaribo, "
        "officials said.",
        "Nothing was agreed following two rounds of negotiations between Kenya and Somalia.",
    ],
)
def test_talks_after_a_negated_clause_still_took_place(body: str) -> None:
    found = [(act, m) for _, act, _, _, m in events_of(body) if act == "meet"]
    assert found
    assert all(m == "asserted" for _, m in found), found
