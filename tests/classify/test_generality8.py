"""General failure classes, session 7: each case is a new sentence with countries, groups and
people of its own, exercising one general mechanism (classes named by blind sets' writers and
error analysts; none of their sentences is used)."""

from __future__ import annotations

import pytest
from classify_helpers import events_of

from storywatch.classify import classify_text


# 145. A lone party that agrees to act in the same breath as it replies to another party
# consents to what it was asked: its reply is the proposal's evidence, even where the request
# itself is no proposal the vocabulary names.
@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        (
            "Bolivia on Thursday replied to Peru's request, agreeing to hand over the "
            "hydrological survey of the lake.",
            "BOL",
            "PER",
        ),
        (
            "Oman replied on Monday to a letter from Yemen and agreed to reopen the crossing "
            "at Sarfait for trucks.",
            "OMN",
            "YEM",
        ),
    ],
)
def test_agreeing_to_act_in_a_reply_is_an_acceptance(body: str, actor: str, target: str) -> None:
    assert (actor, "accept", target) in [(a, act, t) for a, act, t, _, _ in events_of(body)]


def test_agreeing_to_act_with_nobody_asking_stays_no_event() -> None:
    body = "Bolivia agreed on Thursday to build a new hydrological station on the lake."
    assert not [e for e in events_of(body) if e[1] in ("accept", "agree")]


# 146. A capital after a sentence-opening subordinator ("Unless Quito ...") or before a
# determiner ("told Dakar any new seizure ...") is the government: the opener is no part of a
# longer name and a determiner is no noun the capital would modify.
@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("Unless Accra releases the trawler, Abidjan will recall its envoy.", "GHA"),
        ("Upon Tbilisi's refusal, Yerevan recalled its envoy.", "GEO"),
        ("Canberra told Wellington any new levy would be challenged at the WTO.", "NZL"),
        ("Ottawa told Bogota no deal was possible before the vote.", "COL"),
    ],
)
def test_a_capital_after_an_opener_or_before_a_determiner_is_the_state(
    body: str, code: str
) -> None:
    assert code in classify_text("", body, 2026)[1]


def test_neither_confirming_nor_denying_is_a_statement() -> None:
    body = "Quito would neither confirm nor deny that it had proposed talks with Lima."
    comments = [e for e in events_of(body) if e[1] == "comment"]
    assert comments
    assert all(mod == "asserted" for *_, mod in comments)
