"""A party that renounces what it agreed ("declared the accord void", "suspended the working
group") breaks the agreement, whatever issue its words name, and refuses no proposal; it needs
no proposal pending (stories.routing.renounced_elsewhere, stories.machine)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storywatch.models import Article, Change
from storywatch.testing import news, run_articles

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _news(n: int, days: float, title: str, body: str) -> Article:
    return news(f"v{n:02d}", T0 + timedelta(days=days), title, body)


def _at(changes: list[Change], article_id: str) -> list[tuple[str, str | None, str]]:
    return [(c.actor, c.from_state, c.to_state) for c in changes if c.article_id == article_id]


def test_declaring_an_accord_void_breaks_the_deal_the_pair_struck() -> None:
    deal = _news(
        1, 0, "Bhutan and Nepal agree debt plan",
        "Bhutan and Nepal agreed on Monday on a plan to repay Nepal's power debt in four "
        "instalments, officials in Thimphu said.",
    )  # fmt: skip
    void = _news(
        2, 1, "Nepal declares accord with Bhutan void",
        "Nepal declared the peace accord with Bhutan void on Tuesday after Thimphu missed its "
        "first payment. Thimphu said it had proposed paying through a bank in Dhaka.",
    )  # fmt: skip
    changes = run_articles([deal, void])
    assert ("NPL", "agreed", "broken") in _at(changes, "v02"), changes
    assert not [c for c in _at(changes, "v02") if c[0] == "NPL" and c[2] == "rejected"], changes


def test_suspending_a_deal_breaks_the_agreement_with_no_proposal_pending() -> None:
    deal = _news(
        1, 0, "Palau, Japan agree on fisheries working group",
        "Palau and Japan agreed in Koror on Monday to set up a joint working group and share "
        "vessel tracking data, after two days of talks.",
    )  # fmt: skip
    quit_ = _news(
        2, 5, "Palau suspends fisheries deal with Japan",
        "Palau suspended its fisheries deal with Japan on Saturday, saying Tokyo had "
        "broken the agreement. The two countries agreed in Koror on March 2 to set up the "
        "working group.",
    )  # fmt: skip
    changes = run_articles([deal, quit_])
    assert [c for c in _at(changes, "v01") if c[2] == "agreed"], changes
    assert ("PLW", "agreed", "broken") in _at(changes, "v02"), changes


def test_a_renouncement_with_nothing_agreed_starts_no_story() -> None:
    void = _news(
        1, 0, "Nepal declares accord with Bhutan void",
        "Nepal declared the peace accord with Bhutan void on Tuesday.",
    )  # fmt: skip
    assert not [c for c in run_articles([void]) if c.to_state == "broken"]
