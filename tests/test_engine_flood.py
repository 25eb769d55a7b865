"""Duplicate floods: each article 20 times from other outlets, with small edits.

A copy whose edits change what the classifier finds (another issue, another
counterpart, one more event) routes to stories its original never reached; it must
still cause no change there (stories.seen, applied by engine.Detector).
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stories.test_properties import articles, build, events
from storywatch.engine import Detector
from storywatch.models import Article, Classified, Event
from storywatch.stories import SeenIndex, StoryConfig
from storywatch.testing import classified, event, keys, read_articles, run_articles

CORPUS = Path(__file__).resolve().parent / "corpus"
# Development storylines only (held-out ones stay unread by story tests).
STORYLINES = ("gaza-ceasefire", "guinea-bissau-coup", "red-sea-houthis", "south-china-sea")
EDITS = (
    ("said", "stated"), ("on Monday", "Monday"), ("talks", "negotiations"), (" the ", " a "),
    ("agreed", "consented"), ("proposed", "offered"), ("rejected", "turned down"),
    ("will", "is set to"),
)  # fmt: skip
T0 = datetime(2025, 3, 2, 9, 0, tzinfo=UTC)
TEXT = (
    "Ukraine proposed a new round of talks with Russia on Saturday, the president's office "
    "said in Kyiv, adding that a delegation was ready to travel to Istanbul next week."
)


class _NoIndex(SeenIndex):
    """The behaviour before stories.seen: no article is ever a copy across stories."""

    def original_of(self, c: Classified) -> str | None:
        return None


def _run(
    items: list[Classified], seen: SeenIndex | None = None, config: StoryConfig | None = None
) -> list:
    det = Detector(config or StoryConfig(), seen=seen)
    out = []
    for c in items:
        out += det.feed_classified(c)
    return out + det.finish()


def _copy(c: Classified, k: int, evs: list[Event]) -> Classified:
    edited = TEXT.replace("Saturday", "Saturday morning") + f" (outlet {k})"
    return classified(
        f"{c.id}-copy{k}", c.published_at + timedelta(minutes=k), evs,
        source=f"outlet-{k}", text=edited, title=c.title,  # a copy keeps the headline
    )  # fmt: skip


def _reclassified_copies() -> list[Classified]:
    """An original and 19 copies, each read differently by the classifier."""
    original = classified("a01", T0, [event("UKR", "propose", "RUS", issue="talks")], text=TEXT)
    readings = [
        [event("UKR", "propose", "RUS", issue="ceasefire")],  # another issue
        [event("UKR", "propose", "TUR", issue="talks")],  # another counterpart
        [event("UKR", "propose", "RUS", issue="talks"), event("RUS", "reject", "UKR")],
        [event("UKR", "meet", "RUS", issue="talks")],  # another action
    ]
    return [original] + [_copy(original, k, readings[k % len(readings)]) for k in range(1, 20)]


def test_a_copy_read_differently_changes_nothing_in_any_story() -> None:
    items = _reclassified_copies()
    assert keys(_run(items)) == keys(_run(items[:1]))


def test_without_the_index_such_copies_would_move_parties() -> None:
    """The gap the index closes: the same flood, each story on its own fingerprints."""
    items = _reclassified_copies()
    assert len(_run(items, _NoIndex())) > len(_run(items[:1], _NoIndex()))


def test_a_copy_published_first_is_the_original() -> None:
    """Whichever is published first counts, whatever the arrival order within the window."""
    items = _reclassified_copies()
    early = items[2].model_copy(update={"published_at": T0 - timedelta(minutes=5)})
    out = _run([items[0], early], config=StoryConfig(reorder_window_s=3600))
    assert {c.article_id for c in out} == {early.id}


def test_a_near_copy_much_later_is_news_again() -> None:
    """Outside the index's window an article with the same text is not a copy."""
    items = _reclassified_copies()
    later = items[3].model_copy(update={"published_at": T0 + timedelta(days=40)})
    out = _run([items[0], later])
    assert later.id in {c.article_id for c in out}


def _edited(a: Article, k: int, rnd: random.Random) -> Article:
    body = a.body
    for old, new in rnd.sample(EDITS, 2):
        body = body.replace(old, new, 1)
    return a.model_copy(
        update={
            "id": f"{a.id}-copy{k}",
            "source": f"outlet-{k}",
            "url": f"https://outlet-{k}.example/{a.id}",
            "title": a.title if k % 2 else f"UPDATE 1-{a.title}",
            "body": body + f" ({'Reuters' if k % 2 else 'AFP'} contributed reporting.)",
            "published_at": a.published_at + timedelta(minutes=k),
        }
    )


@pytest.mark.parametrize("name", STORYLINES)
def test_a_flood_of_edited_copies_gives_the_same_changes(name: str) -> None:
    """Through the classifier: 19 edited copies of each article change nothing."""
    articles_ = read_articles(CORPUS / f"{name}.articles.jsonl")
    rnd = random.Random(5)
    flood = [x for a in articles_ for x in (a, *(_edited(a, k, rnd) for k in range(1, 20)))]
    assert keys(run_articles(flood)) == keys(run_articles(articles_))


@settings(max_examples=60, deadline=None)
@given(articles, st.lists(st.lists(events, min_size=1, max_size=3), min_size=1, max_size=4))
def test_copies_carrying_any_events_change_nothing(raw: list, readings: list) -> None:
    """Whatever the classifier reads in a copy, the flood gives the originals' changes."""
    items = build(raw)
    flood = [
        c if k == 0 else c.model_copy(
            update={"id": f"{c.id}~{k}", "source": f"outlet-{k}",
                    "published_at": c.published_at + timedelta(seconds=k),
                    "events": tuple(readings[k % len(readings)])}
        )
        for c in items
        for k in range(20)
    ]  # fmt: skip
    assert keys(_run(flood)) == keys(_run(items))
