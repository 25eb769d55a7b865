"""Analyst mc (session 20): classifier mechanisms behind missed state changes.

- A joint body the parties set up (a working group, a committee, a commission) is their
  cooperation: withdrawing from it is a walk-away (lexicon object class "cooperation").
"""

from __future__ import annotations

from storywatch.classify import classify_text


class TestWalkingAwayFromAJointBody:
    """'said it was withdrawing from the joint fisheries committee' walks away from what the
    two parties set up together."""

    def test_withdrawing_from_a_joint_committee_is_a_walk_away(self) -> None:
        _, _, events = classify_text(
            "",
            "Gabon said on Tuesday it was withdrawing from the joint fisheries committee it set "
            "up with Equatorial Guinea in May.",
            published_year=2026,
            published_month=3,
        )
        walk = [e for e in events if e.rule.endswith(":walk_away")]
        assert [(e.actor, e.action, e.target) for e in walk] == [("GAB", "reject", "GNQ")], events

    def test_pulling_out_of_a_working_group(self) -> None:
        _, _, events = classify_text(
            "",
            "Nepal pulled out of the joint working group on river trade with Bangladesh on Friday.",
            published_year=2026,
            published_month=3,
        )
        walk = [e for e in events if e.rule.endswith(":walk_away")]
        assert [(e.actor, e.target) for e in walk] == [("NPL", "BGD")], events
