"""An agreement coded `other` joins the one substantive thread its article's other events name
(stories/routing.py): a deal told without its subject is the deal of the file at hand, unless
two files or only a meeting's kind (summit, talks) stand beside it."""

from __future__ import annotations

from datetime import UTC, datetime

from storywatch.stories import route
from storywatch.testing import classified, event, numbered_news, run_articles

T = datetime(2026, 6, 3, tzinfo=UTC)


def _stories(*events: object) -> list[str]:
    return sorted({i.story_id for i in route(classified("x", T, list(events)))})  # type: ignore[arg-type]


def test_a_vague_deal_joins_the_one_thread_beside_it() -> None:
    assert _stories(
        event("IAEA", "meet", "BRA", issue="nuclear"), event("BRA", "agree", None, issue="other")
    ) == ["BRA-IAEA:nuclear"]


def test_a_vague_deal_beside_two_threads_names_neither() -> None:
    stories = _stories(
        event("IAEA", "meet", "BRA", issue="nuclear"),
        event("BRA", "propose", "IAEA", issue="trade"),
        event("BRA", "agree", "IAEA", issue="other"),
    )
    assert "BRA-IAEA:other" in stories, stories


def test_a_summit_says_where_a_deal_was_made_not_what_it_is() -> None:
    stories = _stories(
        event("ARG", "meet", "BRA", issue="summit"), event("BRA", "agree", "ARG", issue="other")
    )
    assert "ARG-BRA:other" in stories, stories


_news = numbered_news("v", datetime(2026, 5, 4, 9, tzinfo=UTC))


def test_a_plan_agreed_at_an_inspection_moves_the_nuclear_story() -> None:
    changes = run_articles([
        _news(1, 0, "IAEA asks Brazil for access to Angra store",
              "VIENNA, May 4 - The International Atomic Energy Agency has asked Brazil to let its "
              "inspectors into a nuclear fuel store at the Angra plant after finding a gap in "
              "uranium records."),
        _news(2, 30, "Angra uranium gap to be closed",
              "RIO DE JANEIRO, June 3 - Brazilian officials met IAEA inspectors at the Angra "
              "nuclear plant on Tuesday to discuss the uranium records. Brazil agreed on a plan to "
              "close the gap, officials said."),
    ])  # fmt: skip
    agreed = [c for c in changes if c.article_id == "v02" and c.to_state == "agreed"]
    assert [c.story_id for c in agreed] == ["BRA-IAEA:nuclear"], changes
