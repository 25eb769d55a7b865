"""General failure classes, session 19: each case is a new sentence or article with countries,
regions and groups of its own, exercising one general mechanism (classes named by blind sets'
writers and analysts; none of their sentences is used)."""

from __future__ import annotations

import pytest
from classify_helpers import event_list as _events

from storywatch.classify.text import sentences


# 498. A month's short form before a day ("on Nov. 19", "Sept. 3") ends no sentence: the rest
# of the sentence (its place, its agent) stays with its verb.
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Envoys will meet in Lusaka on Nov. 19 to discuss the border, officials said. "
         "Harare agreed.", 2),
        ("The talks opened on Sept. 3 in Maputo.", 1),
        ("They met on Dec. 1. Then they left.", 2),
        ("Both sides signed on Jan. 12, 2027 in Accra.", 1),
    ],
)  # fmt: skip
def test_a_month_abbreviation_before_a_day_ends_no_sentence(text: str, count: int) -> None:
    assert len(sentences(text)) == count, sentences(text)


# 499. A halt to offensive, combat or all hostilities offered by one side is a ceasefire, ahead
# of the aid or access it is meant to let through.
@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        ("The ELN offered Bogota a 15-day halt to offensive operations to let aid convoys reach "
         "Arauca.", "ELN", "COL"),
        ("Yerevan offered Baku a suspension of hostilities so that relief could reach border "
         "villages.", "ARM", "AZE"),
    ],
)  # fmt: skip
def test_a_halt_to_operations_offered_is_a_ceasefire(body: str, actor: str, target: str) -> None:
    acts = _events("", body)
    assert (actor, "propose", target, "ceasefire", "asserted") in acts, acts


# 500. A head of state or government inviting "his counterpart" (or "her Chilean counterpart")
# invites a head: a summit, not plain talks.
@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        ("The Kenyan president invited his Tanzanian counterpart to meet in Mombasa next month.",
         "KEN", "TZA"),
        ("Peru's prime minister invited her Chilean counterpart for a visit to Lima.", "PER",
         "CHL"),
    ],
)  # fmt: skip
def test_a_head_inviting_a_counterpart_proposes_a_summit(
    body: str, actor: str, target: str
) -> None:
    acts = _events("", body)
    assert (actor, "propose", target, "summit", "asserted") in acts, acts


# 501. A capital after a clause-opening "after"/"before"/"since" with an adverb before its verb
# ("after Lome first proposed it") is that verb's subject, not a place: the act is never given
# to the other party of the sentence's "two governments".
@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        ("Ghana is angry. Togolese officials denied that Lome had backed out of the deal. The two "
         "governments agreed on the swap on May 19, after Lome first proposed it earlier in the "
         "month.", "GHA"),
        ("Chad is angry. Sudanese officials denied that Khartoum had backed out of the deal. The "
         "two governments agreed on the swap on June 2, after Khartoum first proposed it in May.",
         "TCD"),
    ],
)  # fmt: skip
def test_a_capital_opening_a_clause_before_an_adverb_is_the_subject(body: str, wrong: str) -> None:
    acts = _events("", body)
    assert not [e for e in acts if e[:2] == (wrong, "propose")], acts
