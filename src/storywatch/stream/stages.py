"""The three stages of the pipeline, one record at a time: what each Faust agent calls.

Each stage turns one input record into the records to produce (`Out`); the agents only
move bytes. The decisions are the pure core's: `classify_article`, `route`, `advance`,
`due` and `build_alerts`, called exactly as `engine.Detector` calls them, so the stream
and `storywatch detect` are one logic.

Ordering: the classify stage sends each story item to its story's partition and a
watermark tick to every other partition, so each partition of the detect stage runs
`due` at the same event times as `Detector.tick` does over all stories.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, MutableMapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from storywatch._exceptions import InvalidInput
from storywatch.alerts import Watch, build_alerts, default_watches
from storywatch.classify import classify_article
from storywatch.models import Alert, Article, Change, Classified
from storywatch.observe.metrics import Metrics
from storywatch.stories import StoryConfig, StoryItem, StoryState, advance, due, route
from storywatch.stream.records import (
    DeadLetter,
    StoryRecord,
    decode_article,
    decode_change,
    decode_story_record,
    encode,
    partition_of,
)

__all__ = ["AlertStage", "ClassifyStage", "Core", "DetectStage", "Out", "Where", "is_story_key"]

TopicRole = Literal["stories", "changes", "alerts", "deadletter"]
_WATERMARK_KEY = "__watermark__:{}"


@dataclass(frozen=True)
class Core:
    """The pure functions the stages call; the real core unless a test passes a fake one."""

    classify: Callable[[Article], Classified] = classify_article
    route: Callable[[Classified], list[StoryItem]] = route
    advance: Callable[
        [StoryState | None, StoryItem, StoryConfig], tuple[StoryState, list[Change]]
    ] = advance
    due: Callable[[StoryState, datetime, StoryConfig], tuple[StoryState | None, list[Change]]] = due


@dataclass(frozen=True)
class Where:
    """Coordinates of the input record (for dead letters and logs)."""

    topic: str = ""
    partition: int | None = None
    offset: int | None = None
    key: bytes | None = None


@dataclass(frozen=True)
class Out:
    """One record to produce: topic role, key, value, explicit partition if any."""

    role: TopicRole
    key: bytes | None
    value: bytes
    partition: int | None = None


def dead_letter(stage: str, reason: str, raw: bytes | None, where: Where) -> Out:
    """The dead-letter record for an input that failed, with the reason."""
    key = where.key.decode("utf-8", errors="replace") if where.key is not None else None
    dl = DeadLetter.of(
        stage, reason, raw, topic=where.topic, partition=where.partition,
        offset=where.offset, key=key,
    )  # fmt: skip
    return Out("deadletter", where.key, encode(dl))


def is_story_key(key: object) -> bool:
    """Table keys that are stories (not the stage's own bookkeeping)."""
    return isinstance(key, str) and not key.startswith("__watermark__:")


@dataclass
class ClassifyStage:
    """articles -> stories: classify, route, re-key by story id (plus watermark ticks)."""

    partitions: int
    metrics: Metrics = field(default_factory=Metrics)
    core: Core = field(default_factory=Core)

    def process(self, raw: bytes | None, where: Where) -> list[Out]:
        """The records one `articles` record yields; a dead letter if it is invalid."""
        try:
            article = decode_article(raw)
        except InvalidInput as e:
            self.metrics.observe_deadletter("classify", str(e), source="unknown")
            return [dead_letter("classify", str(e), raw, where)]
        classified = self.core.classify(article)
        self.metrics.observe_article(article.source, "accepted")
        self.metrics.observe_classified(classified)
        outs: list[Out] = []
        for item in self.core.route(classified):
            home = partition_of(item.story_id, self.partitions)
            wm = item.article.published_at
            outs.append(
                Out("stories", item.story_id.encode(),
                    encode(StoryRecord(kind="item", item=item, watermark=wm)), home)
            )  # fmt: skip
            tick = encode(StoryRecord(kind="tick", watermark=wm))
            outs.extend(Out("stories", None, tick, p) for p in range(self.partitions) if p != home)
        return outs


@dataclass
class DetectStage:
    """stories -> changes: one story state per table row, `advance` then `due`.

    `table` is the Faust table (a MutableMapping of story id -> StoryState JSON text) of the
    partition being processed; a story lives in partition `partition_of(story_id)`.
    """

    partitions: int
    config: StoryConfig = field(default_factory=StoryConfig)
    metrics: Metrics = field(default_factory=Metrics)
    core: Core = field(default_factory=Core)

    def process(
        self, raw: bytes | None, where: Where, table: MutableMapping[str, str]
    ) -> list[Out]:
        """The changes one `stories` record causes (or a dead letter)."""
        try:
            record = decode_story_record(raw)
        except InvalidInput as e:
            self.metrics.observe_deadletter("detect", str(e))
            return [dead_letter("detect", str(e), raw, where)]
        partition = where.partition or 0
        changes = self.apply(record, partition, table)
        self.metrics.observe_changes(changes)
        return [Out("changes", c.story_id.encode(), encode(c)) for c in changes]

    def apply(
        self, record: StoryRecord, partition: int, table: MutableMapping[str, str]
    ) -> list[Change]:
        """Apply one record to the partition's stories, as `Detector.feed` does."""
        changes: list[Change] = []
        if record.kind == "item" and record.item is not None:
            item = record.item
            state, found = self.core.advance(_load(table.get(item.story_id)), item, self.config)
            table[item.story_id] = _dump(state)
            changes.extend(found)
        wm_key = _WATERMARK_KEY.format(partition)
        stored = table.get(wm_key)
        watermark = record.watermark
        if stored is not None:
            watermark = max(watermark, datetime.fromisoformat(_text(stored)))
        table[wm_key] = watermark.isoformat()
        changes.extend(self.tick(watermark, partition, table))
        return changes

    def tick(self, now: datetime, partition: int, table: MutableMapping[str, str]) -> list[Change]:
        """Run `due` on the partition's stories at event time `now` (`Detector.tick`)."""
        changes: list[Change] = []
        for key in [k for k in list(table.keys()) if self._mine(k, partition)]:
            old = _load(table.get(key))
            if old is None:
                continue
            state, found = self.core.due(old, now, self.config)
            if state is None:
                del table[key]
                self.metrics.forget_story(key)
            elif state != old:
                table[key] = _dump(state)
            changes.extend(found)
        return changes

    def _mine(self, key: object, partition: int) -> bool:
        return is_story_key(key) and partition_of(str(key), self.partitions) == partition


@dataclass
class AlertStage:
    """changes -> alerts: the watches select, `build_alerts` builds (deterministic ids)."""

    watches: tuple[Watch, ...] = field(default_factory=default_watches)
    metrics: Metrics = field(default_factory=Metrics)

    def process(
        self, raw: bytes | None, where: Where, now: datetime
    ) -> tuple[list[Out], list[Alert]]:
        """The alert records one change yields (and the alerts, for the sinks)."""
        try:
            change = decode_change(raw)
        except InvalidInput as e:
            self.metrics.observe_deadletter("alert", str(e))
            return [dead_letter("alert", str(e), raw, where)], []
        alerts = build_alerts(change, self.watches, now)
        for a in alerts:
            self.metrics.observe_alert(a, now.timestamp())
        return [Out("alerts", a.change.story_id.encode(), encode(a)) for a in alerts], alerts


def _text(v: bytes | str) -> str:
    return v.decode() if isinstance(v, bytes) else v


def _load(v: bytes | str | None) -> StoryState | None:
    return None if v is None else StoryState.model_validate_json(v)


def _dump(state: StoryState) -> str:
    return state.model_dump_json()


def story_count(keys: Iterable[object]) -> int:
    """How many stories a table holds (bookkeeping rows excluded)."""
    return sum(1 for k in keys if is_story_key(k))
