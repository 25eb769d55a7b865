"""One logic, two drivers: the offline `detect` loop over the pure core.

The Faust agents (storywatch.stream) call the same pieces one record at a time:
classify_article -> route -> (re-key by story_id, partitioned by the story's pair) ->
stream.stages.DetectStage, which applies each item as `Detector.apply` does (advance, then
the pair's recap filter, stories.recaps) with the story table for state. The watermark and
the moment `due` runs live in stories.EventClock, so both drivers apply the same items in
the same order and give the same changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, MutableMapping
from dataclasses import dataclass, field
from datetime import datetime

from storywatch.classify import classify_article
from storywatch.models import Article, Change, Classified
from storywatch.stories import (
    EventClock,
    SeenIndex,
    StoryConfig,
    StoryItem,
    StoryState,
    advance,
    due,
    is_blank,
    mark_copy,
    recaps,
    route,
)
from storywatch.stories.deadlines import DueIndex, next_due
from storywatch.stories.recaps import PairMemory, pair_of

__all__ = ["Detector", "detect_all"]


@dataclass
class Detector:
    """Story states in a mapping (a dict here, the Faust table in the stream) plus the clock."""

    config: StoryConfig = field(default_factory=StoryConfig)
    states: MutableMapping[str, StoryState] = field(default_factory=dict)
    clock: EventClock | None = None
    keep_items: bool = False  # remember the item behind each change (detect --explain)
    items: dict[tuple[str, str, str, str], StoryItem] = field(default_factory=dict)
    seen: SeenIndex | None = None  # originals' fingerprints and routes (stories.seen)
    # Each story's next due time (stories.deadlines): a sweep visits only the due ones.
    due_index: DueIndex = field(default_factory=DueIndex, init=False, repr=False)
    # Per pair, the facts its stories told (stories.recaps): a recap elsewhere is no news.
    pairs: MutableMapping[str, PairMemory] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.clock is None:
            self.clock = EventClock(self.config)
        if self.seen is None:
            self.seen = SeenIndex(
                self.config.seen_capacity,
                self.config.seen_window_hours * 3600,
                late_s=self.config.reorder_window_s,
            )
        self._index_all()

    @property
    def _clock(self) -> EventClock:
        assert self.clock is not None  # noqa: S101  # set in __post_init__
        return self.clock

    @property
    def watermark(self) -> datetime | None:
        """The newest published_at of the story items pushed so far."""
        return self._clock.watermark

    def feed(self, article: Article) -> list[Change]:
        """Classify one article and push every story item it yields."""
        return self.feed_classified(classify_article(article))

    def feed_classified(self, classified: Classified) -> list[Change]:
        """Route a classified article and push its story items (noting its fingerprint
        first, so a later copy is known as one even if this article goes to no story)."""
        assert self.seen is not None  # noqa: S101  # set in __post_init__
        self.seen.add(classified)
        changes: list[Change] = []
        for item in route(classified):
            changes.extend(self.push(item))
        return changes

    def push(self, item: StoryItem) -> list[Change]:
        """One routed item in: apply what the clock releases, then sweep if it is time."""
        changes: list[Change] = []
        for ready in self._clock.push(item):
            changes.extend(self.apply(ready))
        sweep_at = self._clock.sweep_due()
        if sweep_at is not None:
            changes.extend(self.tick(sweep_at))
        return changes

    def apply(self, item: StoryItem) -> list[Change]:
        """Advance the item's story now (no buffering); a near-duplicate of an article
        applied before (in any story) is marked as a copy and changes nothing."""
        assert self.seen is not None  # noqa: S101  # set in __post_init__
        item = mark_copy(item, self.seen)
        item = recaps.redirect(self.pairs.get(pair_of(item.story_id)), item, self.config)
        state, found = advance(self.states.get(item.story_id), item, self.config)
        found = self._news(item, found)
        if is_blank(state):  # e.g. an attack between parties that never agreed anything
            self.states.pop(item.story_id, None)
        else:
            self.states[item.story_id] = state
        self.due_index.set(item.story_id, None if is_blank(state) else next_due(state, self.config))
        if self.keep_items:
            self.items.update((self.key(c), item) for c in found)
        return found

    def _news(self, item: StoryItem, found: list[Change]) -> list[Change]:
        """The changes less the recaps of facts the pair's other stories told (recaps.news)."""
        pair = pair_of(item.story_id)
        memory, kept = recaps.news(self.pairs.get(pair), item, found, self.config)
        self._keep_pair(pair, memory)
        return kept

    def _keep_pair(self, pair: str, memory: PairMemory | None) -> None:
        if memory is None:
            self.pairs.pop(pair, None)
        else:
            self.pairs[pair] = memory

    @staticmethod
    def key(change: Change) -> tuple[str, str, str, str]:
        """Which item caused a change: look it up in `items` with this key."""
        return (change.story_id, change.article_id, change.actor, change.to_state)

    def tick(self, now: datetime) -> list[Change]:
        """Run time-driven rules at event time `now` on the stories due by then (in key
        order, as a sweep over every story would: the others' `due` changes nothing)."""
        changes: list[Change] = []
        for key in self.due_index.pop_due(now):
            old = self.states.get(key)
            if old is None:
                continue
            state, found = due(old, now, self.config)
            if state is None:
                del self.states[key]
                pair = pair_of(key)  # pruned as the stream prunes it (stages.DetectStage.tick)
                self._keep_pair(pair, recaps.forget(self.pairs.get(pair), now, self.config))
            else:
                if state is not old:
                    self.states[key] = state
                self.due_index.set(key, next_due(state, self.config))
            changes.extend(found)
        return changes

    def _index_all(self) -> None:
        """(Re)build the due index from `states` (states handed in at construction)."""
        self.due_index = DueIndex()
        for key, state in self.states.items():
            self.due_index.set(key, next_due(state, self.config))

    def finish(self, now: datetime | None = None) -> list[Change]:
        """End of input: release every buffered item, then run deadlines at `now` (default
        the watermark)."""
        changes: list[Change] = []
        for ready in self._clock.flush():
            changes.extend(self.apply(ready))
        at = now if now is not None else self.watermark
        if at is not None:
            changes.extend(self.tick(at))
        return changes


def detect_all(
    articles: Iterable[Article], config: StoryConfig | None = None, now: datetime | None = None
) -> Iterator[Change]:
    """Every change in a stream of articles; `now` runs the deadlines at the end."""
    det = Detector(config or StoryConfig())
    for art in articles:
        yield from det.feed(art)
    yield from det.finish(now)
