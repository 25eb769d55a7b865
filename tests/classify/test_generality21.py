"""General failure classes, session 20: each case is a new sentence or article with countries,
regions and groups of its own, exercising one general mechanism (classes named by blind sets'
writers and analysts; none of their sentences is used)."""

from __future__ import annotations

import pytest
from classify_helpers import event_list as _events


# 529. A readiness told in the party's own reply and then bound by a "but" ("replied ...,
# saying it was willing to discuss X but that Y") is what the reply says, not an acceptance:
# whether it accepts is still open. Without the "but" it stays the answer.
@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        ("Ghana replied on Friday to Togo's proposal for talks on the lagoon border, saying it "
         "was ready to discuss fishing rights but that the boundary itself was settled.",
         "GHA", "TGO"),
        ("Chile has responded to Bolivia's offer of talks, telling La Paz it is willing to discuss "
         "port access but will not reopen the 1904 treaty.", "CHL", "BOL"),
    ],
)  # fmt: skip
def test_a_readiness_bound_by_but_in_the_reply_is_the_reply(
    body: str, actor: str, target: str
) -> None:
    acts = _events("", body)
    asserted = {e[:3] for e in acts if e[4] == "asserted"}
    assert (actor, "respond", target) in asserted, acts
    assert (actor, "accept", target) not in asserted, acts


def test_a_readiness_in_the_reply_without_a_but_is_still_the_answer() -> None:
    acts = _events("", "Ghana replied on Friday to Togo's proposal for talks on the lagoon "
                       "border, saying it was ready to discuss fishing rights.")  # fmt: skip
    assert ("GHA", "accept", "TGO") in {e[:3] for e in acts if e[4] == "asserted"}, acts
