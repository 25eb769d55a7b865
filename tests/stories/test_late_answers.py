"""Answers that come weeks after the proposal they answer, and name no issue ("Peru rejected
Chile's offer", three weeks on): they answer the pair's proposal of a deal on a substance,
as long as its story waits, not some "other" business of the pair (stories.recaps)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storywatch.models import Change
from storywatch.testing import numbered_news, run_articles

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


_news = numbered_news("l", T0)


_OFFER = _news(
    1, 0, "Chile proposes exchange of detainees with Peru",
    "Chile has proposed an exchange of detainees with Peru, offering to free three Peruvian "
    "fishermen in return for two Chilean truck drivers, the foreign ministry said on Monday.",
)  # fmt: skip


def _moves(changes: list[Change], actor: str) -> set[tuple[str, str]]:
    return {(c.story_id, c.to_state) for c in changes if c.actor == actor}


def test_an_answer_weeks_later_answers_the_exchange_it_names_no_issue_of() -> None:
    answer = _news(
        2, 23, "Peru rejects Chilean offer",
        "Peru rejected Chile's offer on Thursday, its foreign minister told reporters in Lima.",
    )  # fmt: skip
    moves = _moves(run_articles([_OFFER, answer], now=T0 + timedelta(days=24)), "PER")
    assert ("CHL-PER:prisoner_exchange", "rejected") in moves, moves
    assert not any(story.endswith(":other") for story, _ in moves), moves


def test_an_agreement_alone_weeks_later_is_not_drawn_to_the_old_offer() -> None:
    """An agreement, unlike an answer, is what later talks led to: after the recap window
    it is not filed under the weeks-old offer."""
    deal = _news(
        2, 23, "Chile and Peru agree on fisheries",
        "Chile and Peru agreed on Thursday to set up a joint fisheries commission, the two "
        "foreign ministries said.",
    )  # fmt: skip
    moves = _moves(run_articles([_OFFER, deal], now=T0 + timedelta(days=24)), "PER")
    assert ("CHL-PER:prisoner_exchange", "agreed") not in moves, moves
