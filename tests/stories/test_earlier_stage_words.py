"""Words that place an act at an earlier stage (stories/background.py `dated_back`): "at first"
the adverb does, "at first summit" (an ordinal) does not; "two days later" in a later report
does, "later than planned" does not."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storywatch.classify import classify_text
from storywatch.stories.background import dated_back
from storywatch.testing import numbered_news, run_articles

PUBLISHED = datetime(2026, 4, 15, 10, tzinfo=UTC)


def _dated(body: str, action: str) -> list[bool]:
    _, _, events = classify_text("", body, published_year=2026, published_month=4)
    found = [dated_back(e, PUBLISHED) for e in events if e.action == action]
    assert found, events
    return found


def test_an_accord_signed_at_a_first_summit_is_not_dated_back() -> None:
    assert _dated("Ghana and Togo signed a fisheries accord at first summit since 2009.",
                  "agree") == [False, False]  # fmt: skip


@pytest.mark.parametrize(
    "body",
    [
        "Senegal at first rejected the Gambian offer of talks.",
        "Senegal rejected the Gambian offer of talks at first, but later accepted it.",
    ],
)
def test_the_adverb_at_first_still_dates_the_act_back(body: str) -> None:
    assert _dated(body, "reject")[0] is True


def test_an_answer_n_days_later_is_dated_back() -> None:
    assert _dated("Ghana proposed the commission on March 2. Togo accepted it two days later, "
                  "officials recalled.", "accept") == [True]  # fmt: skip


_news = numbered_news("fs", datetime(2026, 3, 2, 10, tzinfo=UTC))


def test_a_treaty_signed_at_a_first_summit_is_held_and_agreed() -> None:
    changes = run_articles([
        _news(1, 0, "Norway invites Iceland to fisheries summit",
              "Norway has invited Iceland to a summit on mackerel quotas in Bergen, the Norwegian "
              "foreign ministry said on Monday."),
        _news(2, 18, "Iceland accepts Norway's summit invitation",
              "Iceland accepted Norway's invitation to a summit on mackerel quotas, the Icelandic "
              "government said on Friday."),
        _news(3, 44, "Norway and Iceland sign mackerel accord at first summit since 2009",
              "Norway and Iceland signed an accord on mackerel quotas at a summit in Bergen on "
              "Wednesday, officials said."),
    ])  # fmt: skip
    at_summit = {(c.actor, c.to_state) for c in changes if c.article_id == "fs03"}
    assert {("NOR", "agreed"), ("ISL", "agreed")} <= at_summit, changes
