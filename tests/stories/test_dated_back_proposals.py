"""A proposal an article dates back ("proposed a fisheries agreement with Peru last week",
"had proposed") by a party that has already proposed to the same counterpart is no news again,
whatever issue it is filed under; the first report of it, or a fresh proposal, still is
(stories.recaps)."""

from __future__ import annotations

from datetime import UTC, datetime

from storywatch.models import Change
from storywatch.testing import numbered_news, run_articles

T0 = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


_news = numbered_news("d", T0)


_FIRST = _news(
    1, 0, "Chile proposes talks with Peru on anchovy quotas",
    "Chile proposed on Monday a meeting of the joint fisheries commission with Peru to review "
    "anchovy quotas in their shared waters, the foreign ministry in Santiago said. Lima has not "
    "replied.",
)  # fmt: skip

_LAST_WEEK = (
    "Fishermen in Arica say their catches have fallen by half this season. Chile proposed a "
    "fisheries agreement with Peru last week, officials said, but no date has been set."
)
_HAD = (
    "Fishermen in Arica say their catches have fallen by half this season. Officials said Chile "
    "had proposed a fisheries agreement with Peru, but no date has been set."
)


def _proposals(changes: list[Change], article_id: str) -> list[tuple[str, str]]:
    return [
        (c.actor, c.story_id)
        for c in changes
        if c.article_id == article_id and c.to_state == "proposed"
    ]


def test_a_proposal_dated_back_by_a_party_that_proposed_before_is_no_news() -> None:
    for body in (_LAST_WEEK, _HAD):
        later = _news(2, 7, "Arica fishermen count their losses", body)
        changes = run_articles([_FIRST, later])
        assert _proposals(changes, "d01"), changes
        assert _proposals(changes, "d02") == [], changes


def test_the_first_report_of_a_dated_back_proposal_is_news() -> None:
    alone = _news(2, 7, "Arica fishermen count their losses", _LAST_WEEK)
    assert [a for a, _ in _proposals(run_articles([alone]), "d02")] == ["CHL"]


def test_a_fresh_proposal_after_an_earlier_one_is_news() -> None:
    fresh = _news(
        2, 7, "Chile proposes fisheries agreement",
        "Chile on Monday proposed a fisheries agreement with Peru, the foreign ministry in "
        "Santiago said.",
    )  # fmt: skip
    assert [a for a, _ in _proposals(run_articles([_FIRST, fresh]), "d02")] == ["CHL"]
