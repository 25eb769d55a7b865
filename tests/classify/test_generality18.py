"""General failure classes, session 17: each case is a new sentence or article with countries,
regions and groups of its own, exercising one general mechanism (classes named by blind sets'
writers and analysts; none of their sentences is used)."""

from __future__ import annotations

import pytest

from storywatch.classify import classify_text


def _events(title: str, body: str) -> list[tuple[str, str, str, str, str]]:
    _, _, events = classify_text(title, body, published_year=2026, published_month=10)
    return [(e.actor, e.action, e.target or "", e.issue or "", e.modality) for e in events]


# 450. A meeting is about what its purpose names when that is a technical file ("met ... to
# discuss tariffs": trade; "... inspections at the reactor": nuclear); a truce or a second
# verb's clause ("met ... and agreed to scrap the tariffs") leaves the meeting as talks.
@pytest.mark.parametrize(
    ("body", "issue"),
    [
        ("Ghana's trade minister met his Nigerian counterpart in Abuja on Monday to discuss "
         "tariffs on cement.", "trade"),
        ("The IAEA's deputy chief met Saudi officials in Riyadh to discuss inspections at the new "
         "reactor.", "nuclear"),
        ("Sudan met Chad's envoys to discuss the ceasefire.", "talks"),
        ("Colombia's and Ecuador's ministers met in Ipiales and agreed to scrap the tariffs.",
         "talks"),
    ],
)  # fmt: skip
def test_a_meeting_takes_the_technical_issue_its_purpose_names(body: str, issue: str) -> None:
    acts = _events("", body)
    meets = [e for e in acts if e[1] == "meet"]
    assert meets, acts
    assert {e[3] for e in meets} == {issue}, acts


# 451. An attribution closing a sentence that reports others' act (", Moroccan mediators said")
# is the report's source, no comment of its own; one that goes on (", Kenya said, calling the
# seizure piracy") is the speaker's statement.
@pytest.mark.parametrize(
    ("body", "speaker", "comment"),
    [
        ("Negotiators for Mali and Algeria met in Rabat on Sunday, Moroccan mediators said.",
         "MAR", False),
        ("Armenia and Azerbaijan exchanged prisoners at the border, Georgian officials said on "
         "Friday.", "GEO", False),
        ("Tanzania seized the vessel, Kenya said, calling the seizure piracy.", "KEN", True),
    ],
)  # fmt: skip
def test_a_closing_attribution_is_the_source_not_a_comment(
    body: str, speaker: str, comment: bool
) -> None:
    acts = _events("", body)
    assert [e for e in acts if e[0] != speaker], acts  # the reported act stays
    assert bool([e for e in acts if e[0] == speaker and e[1] == "comment"]) is comment, acts


# 452. A party's answer to talks offered by nobody named ("rejected outside mediation", "will
# not accept foreign mediation") is news on its own.
@pytest.mark.parametrize(
    ("body", "action", "modality"),
    [
        ("Peru rejected outside mediation in its dispute.", "reject", "asserted"),
        ("Bolivia will not accept foreign mediation.", "accept", "negated"),
    ],
)  # fmt: skip
def test_an_answer_to_talks_offered_by_nobody_named_stands_alone(
    body: str, action: str, modality: str
) -> None:
    acts = _events("", body)
    assert [(e[1], e[3], e[4]) for e in acts] == [(action, "talks", modality)], acts
