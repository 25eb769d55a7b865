"""engine.Detector: the offline driver, and the same core driven like the stream."""

from __future__ import annotations

import random
from collections.abc import Iterator, MutableMapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import given, settings

from stories.oracle import oracle_classified
from stories.test_properties import articles, build
from storywatch.engine import Detector
from storywatch.models import Classified
from storywatch.stories import StoryConfig, StoryState, route, state_bytes
from storywatch.testing import (
    classified,
    event,
    keys,
    read_articles,
    run_articles,
    run_classified,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "storylines"
ARTICLES = SHARED / "ukraine-russia-talks.articles.jsonl"
EXPECTED = SHARED / "ukraine-russia-talks.expected.json"
T0 = datetime(2025, 7, 19, 18, 0, tzinfo=UTC)
WINDOW_1H = StoryConfig(reorder_window_s=3600)  # hold items an hour of event time


class JsonTable(MutableMapping[str, StoryState]):
    """Stores states the way the Faust table does: as JSON values."""

    def __init__(self) -> None:
        self.rows: dict[str, dict[str, Any]] = {}

    def __getitem__(self, key: str) -> StoryState:
        return StoryState.model_validate(self.rows[key])

    def __setitem__(self, key: str, value: StoryState) -> None:
        self.rows[key] = value.model_dump(mode="json")

    def __delitem__(self, key: str) -> None:
        del self.rows[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


def stream_like(items: list[Classified], config: StoryConfig) -> tuple[list, JsonTable]:
    """Route, re-key, push one record at a time into a JSON table, drain at the end."""
    table = JsonTable()
    det = Detector(config, states=table)
    out = []
    for c in items:
        # Every article's fingerprint is noted, even one routed to no story (the stream's
        # classify stage must send it along with its watermark tick), so a copy of it is
        # a copy wherever it lands (stories.seen).
        assert det.seen is not None
        det.seen.add(c)
        for item in route(c):
            record = item.model_dump(mode="json")  # what crosses the re-keyed topic
            out += det.push(type(item).model_validate(record))
    out += det.finish()
    return out, table


def test_stream_driver_with_a_json_table_gives_the_detect_changes() -> None:
    items = oracle_classified(ARTICLES, EXPECTED)
    changes, _table = stream_like(items, StoryConfig())
    assert keys(changes) == keys(run_classified(items))
    assert changes  # the storyline has changes to compare


def test_every_story_state_round_trips_and_stays_under_a_kilobyte() -> None:
    _, table = stream_like(oracle_classified(ARTICLES, EXPECTED), StoryConfig())
    assert len(table) > 0
    for key in table:
        state = table[key]
        assert StoryState.model_validate(state.model_dump(mode="json")) == state
        assert state_bytes(state) <= 1024


def test_a_later_report_arriving_first_does_not_take_the_change() -> None:
    first = classified(
        "first",
        T0,
        [event("UKR", "propose", "RUS", issue="talks")],
        text="Ukraine proposed new direct peace talks with Russia, the president said",
    )
    later = classified(
        "later",
        T0 + timedelta(minutes=40),
        [event("UKR", "propose", "RUS", issue="talks")],
        source="post",
        text="Kyiv has invited Moscow to another round of negotiations, officials said",
    )
    out = run_classified([later, first], WINDOW_1H)
    assert [(c.article_id, c.to_state) for c in out] == [
        ("first", "proposed"),
        ("later", "confirmed"),
    ]


def test_without_a_window_the_first_to_arrive_takes_the_change_at_once() -> None:
    """The default trades exact order for latency: nothing is held back."""
    first = classified("first", T0, [event("UKR", "propose", "RUS", issue="talks")])
    later = classified(
        "later", T0 + timedelta(minutes=40), [event("UKR", "propose", "RUS", issue="talks")],
        source="post", text="Kyiv has invited Moscow to another round of negotiations",
    )  # fmt: skip
    out = run_classified([later, first])
    assert (out[0].article_id, out[0].to_state) == ("later", "proposed")


def test_finish_runs_deadlines_at_now_or_at_the_watermark() -> None:
    det = Detector(WINDOW_1H)
    det.feed_classified(classified("p", T0, [event("UKR", "propose", "RUS", issue="talks")]))
    assert det.watermark == T0
    assert [c.to_state for c in det.finish()] == ["proposed"]
    assert [c.to_state for c in det.finish(T0 + timedelta(hours=73))] == ["overdue"]


def test_idle_stories_expire_after_the_ttl() -> None:
    det = Detector(StoryConfig(ttl_days=14, open_ttl_days=14))
    det.feed_classified(classified("p", T0, [event("UKR", "propose", "RUS", issue="talks")]))
    det.finish(T0 + timedelta(days=13))
    assert list(det.states) == ["RUS-UKR:talks"]
    det.finish(T0 + timedelta(days=15))
    assert list(det.states) == []


def test_a_story_with_an_unanswered_proposal_idles_for_the_open_ttl() -> None:
    det = Detector(StoryConfig(ttl_days=14, open_ttl_days=30))
    det.feed_classified(classified("p", T0, [event("PER", "propose", "ECU", issue="talks")]))
    det.finish(T0 + timedelta(days=29))
    assert list(det.states) == ["ECU-PER:talks"]
    det.finish(T0 + timedelta(days=31))
    assert list(det.states) == []


def test_detect_on_articles_shuffled_within_the_window_gives_the_same_changes() -> None:
    articles = read_articles(ARTICLES)
    rnd = random.Random(7)
    late = {a.id: timedelta(minutes=rnd.uniform(0, 59)) for a in articles}
    late[articles[0].id] = timedelta(minutes=55)  # the first report arrives after the second
    shuffled = sorted(articles, key=lambda a: a.published_at + late[a.id])
    assert [a.id for a in shuffled] != [a.id for a in articles]
    assert keys(run_articles(shuffled, WINDOW_1H)) == keys(run_articles(articles, WINDOW_1H))


def test_detect_on_a_flood_of_syndicated_copies_gives_the_same_changes() -> None:
    articles = read_articles(ARTICLES)
    flood = [
        a.model_copy(
            update={
                "id": f"{a.id}-copy{k}" if k else a.id,
                "source": f"outlet-{k}" if k else a.source,
                "url": f"https://outlet-{k}.example/{a.id}" if k else a.url,
                "published_at": a.published_at + timedelta(minutes=k),
            }
        )
        for a in articles
        for k in range(20)
    ]
    assert keys(run_articles(flood)) == keys(run_articles(articles))


def test_an_attack_between_parties_without_a_deal_leaves_no_state() -> None:
    det = Detector(StoryConfig())
    det.feed_classified(classified("x", T0, [event("RUS", "attack", "UKR")]))
    det.finish()
    assert dict(det.states) == {}


@settings(max_examples=40, deadline=None)
@given(articles)
def test_any_stream_gives_the_same_changes_through_a_json_table(raw: list) -> None:
    items = build(raw)
    config = StoryConfig(reorder_window_s=600)
    changes, _ = stream_like(items, config)
    assert keys(changes) == keys(run_classified(items, config))
