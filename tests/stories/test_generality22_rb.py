"""Measures put back after a deal, session 22 (analyst rb): invented mini-stories, one class per
mechanism (none copied from the corpus)."""

from __future__ import annotations

from datetime import UTC, datetime

from storywatch.models import Change
from storywatch.testing import numbered_news, run_articles


def _moves(changes: list[Change], article_id: str) -> list[tuple[str, str]]:
    return [(c.actor, c.to_state) for c in changes if c.article_id == article_id]


class TestAReimposedMeasureBreaksTheDeal:
    """ "Argentina reimposed tariffs on Uruguayan wine" three weeks after the two agreed to lift
    them: a measure put back on the other party while an agreement between the two is in force
    (both agreed, or the one agreed to the other's proposal) undoes what the deal lifted; the
    party that reimposes breaks it. A first measure, or one reimposed where no deal of the two
    stands (a bloc's own decision), breaks nothing."""

    def test_reimposing_after_a_deal_breaks_it(self) -> None:
        news = numbered_news("rw", datetime(2026, 3, 2, 9, tzinfo=UTC))
        changes = run_articles([
            news(1, 0, "Argentina and Uruguay agree to lift wine tariffs",
                 "Argentina and Uruguay agreed on Monday to lift tariffs on each other's wine "
                 "under a new trade deal."),
            news(2, 20, "Argentina reimposes tariffs on Uruguayan wine",
                 "Argentina reimposed tariffs on Uruguayan wine on Sunday, three weeks after the "
                 "trade deal, citing a surge of cheap imports."),
        ])  # fmt: skip
        assert ("ARG", "broken") in _moves(changes, "rw02"), changes

    def test_a_first_measure_breaks_nothing(self) -> None:
        # guard: "imposed" is no re- verb, so the deal stands
        news = numbered_news("rf", datetime(2026, 3, 2, 9, tzinfo=UTC))
        changes = run_articles([
            news(1, 0, "Argentina and Uruguay agree to lift wine tariffs",
                 "Argentina and Uruguay agreed on Monday to lift tariffs on each other's wine "
                 "under a new trade deal."),
            news(2, 20, "Argentina imposes tariffs on Uruguayan rice",
                 "Argentina imposed tariffs on Uruguayan rice on Sunday, citing a surge of cheap "
                 "imports."),
        ])  # fmt: skip
        assert not _moves(changes, "rf02"), changes

    def test_no_deal_nothing_broken(self) -> None:
        # guard: a measure reimposed where the pair never agreed starts no story
        news = numbered_news("rn", datetime(2026, 3, 2, 9, tzinfo=UTC))
        changes = run_articles([
            news(1, 0, "Argentina reimposes tariffs on Uruguayan wine",
                 "Argentina reimposed tariffs on Uruguayan wine on Sunday, citing a surge of cheap "
                 "imports."),
        ])  # fmt: skip
        assert not changes, changes
