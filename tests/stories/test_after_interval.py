"""An answer told in a timed "after" clause ("three days after Ghana accepted the same
invitation") is background, even inside reported speech: the state moves, no change is news
at that article (stories.background.after_interval)."""

from __future__ import annotations

from datetime import UTC, datetime

from storywatch.models import Article, Change
from storywatch.testing import numbered_news, run_articles

T0 = datetime(2027, 3, 2, 10, 0, tzinfo=UTC)


_news = numbered_news("t", T0)


_OFFER = _news(
    1, 0, "Norway offers to host talks between Ghana and Togo over border post",
    "Norway on Tuesday offered to host talks between Ghana and Togo on the disputed border "
    "post. Ghana said it welcomed the offer.",
)  # fmt: skip


def _joins(after: str) -> Article:
    return _news(
        2, 4, "Togo to join Oslo border talks",
        "Togo will take part in the talks on the border post proposed by Norway, a government "
        f"spokesman said on Friday, {after} Ghana accepted the same invitation.",
    )  # fmt: skip


def _ghana_accepts(changes: list[Change], article_id: str) -> list[Change]:
    return [
        c for c in changes
        if c.article_id == article_id and c.actor == "GHA" and c.to_state == "accepted"
    ]  # fmt: skip


def test_an_answer_in_a_timed_after_clause_is_no_news() -> None:
    changes = run_articles([_OFFER, _joins("three days after")])
    assert _ghana_accepts(changes, "t02") == [], changes


def test_the_same_answer_told_as_the_news_is_a_change() -> None:
    news_of_it = _news(
        2, 4, "Ghana accepts Oslo border talks",
        "Ghana accepted on Friday the invitation to talks on the border post proposed by Norway, "
        "a government spokesman said.",
    )  # fmt: skip
    assert _ghana_accepts(run_articles([_OFFER, news_of_it]), "t02")
