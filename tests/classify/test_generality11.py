"""General failure classes, session 10: each case is a new sentence with countries, regions and
groups of its own, exercising one general mechanism (classes named by blind sets' writers and
error analysts; none of their sentences is used)."""

from __future__ import annotations

import pytest
from classify_helpers import events_of


# 251. A gerund or participle of a meeting verb whose partner after "with" is no named party
# says what someone does in general ("criticised governments negotiating with jihadists",
# "accused Paris of talking with militants"): no meeting; a named partner still meets.
@pytest.mark.parametrize(
    "body",
    [
        "Chad's junta criticised western governments negotiating with jihadists, a day after "
        "France recalled its envoy.",
        "Niger accused France of undermining the region by talking with armed groups it "
        "had once fought.",
    ],
)
def test_a_gerund_meeting_with_nobody_named_is_no_meeting(body: str) -> None:
    assert "meet" not in [act for _, act, _, _, _ in events_of(body)]


@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        ("Sudan said on Monday it was negotiating with the RSF in Jeddah.", "SDN", "RSF"),
        ("Peru is negotiating with Chilean officials over the fishing quota.", "PER", "CHL"),
    ],
)
def test_a_meeting_in_progress_or_with_a_named_partner_stays(
    body: str, actor: str, target: str
) -> None:
    assert (actor, "meet", target) in [(a, act, t) for a, act, t, _, _ in events_of(body)]
