"""A sentence opening with "Earlier this month", "Last week" dates its main clause's act back,
however long its subject: a recap of a rejection no story still holds is no new change."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storywatch.models import Article
from storywatch.testing import news, run_articles

T0 = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


def _news(n: int, days: float, title: str, body: str) -> Article:
    return news(f"r{n:02d}", T0 + timedelta(days=days), title, body)


_PROPOSED = _news(
    1, 0, "Benin proposes border talks to Togo",
    "COTONOU, June 1 - Benin proposed talks with Togo on their disputed border on Monday, the "
    "foreign ministry said.",
)  # fmt: skip
_REJECTED = _news(
    2, 2, "Togo rejects Beninese offer of border talks",
    "LOME, June 3 - Togo rejected a Beninese proposal for border talks on Wednesday, saying the "
    "border was not up for discussion.",
)  # fmt: skip


def _recap(opener: str) -> Article:
    return _news(
        3, 23, "Benin and Togo trade barbs over border",
        "COTONOU, June 24 - Beninese officials said on Wednesday they were disappointed by Lome. "
        f"{opener} the Togolese transitional government dismissed a Beninese proposal for "
        "border talks.",
    )  # fmt: skip


def test_a_recap_opened_by_earlier_this_month_is_no_new_change() -> None:
    for opener in ("Earlier this month", "Last week,"):
        changes = run_articles([_PROPOSED, _REJECTED, _recap(opener)])
        assert [c for c in changes if c.article_id == "r02" and c.to_state == "rejected"], changes
        assert [c for c in changes if c.article_id == "r03"] == [], (opener, changes)


def test_the_same_sentence_without_the_opener_is_news_again() -> None:
    changes = run_articles([_PROPOSED, _REJECTED, _recap("On Tuesday")])
    assert [c for c in changes if c.article_id == "r03" and c.to_state == "rejected"], changes
