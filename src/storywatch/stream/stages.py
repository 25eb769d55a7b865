"""The three stages of the pipeline, one record at a time: what the Faust agents call
(the detect agent runs the alert stage on the changes it finds, stream/app.py).

Each stage turns one input record into the records to produce (`Out`); the agents only
move bytes. The decisions are the pure core's: `classify_article`, `route`, `advance`,
`due` and `build_alerts`, called exactly as `engine.Detector` calls them, so the stream
and `storywatch detect` are one logic.

Ordering: the classify stage sends each story item to its story's partition, and
watermark ticks where a partition's EventClock needs the stream's event time to release
its items and sweep (`due`) as the single clock of `engine.Detector` does (see
stream/ticks.py). A flush record plays `Detector.finish`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, MutableMapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from storywatch._exceptions import InvalidInput
from storywatch.alerts import Watch, build_alerts, default_watches
from storywatch.classify import classify_article
from storywatch.models import Alert, Article, Change, Classified
from storywatch.observe.metrics import Metrics
from storywatch.stories import (
    StoryConfig,
    StoryItem,
    StoryState,
    advance,
    due,
    recaps,
    route,
)
from storywatch.stories.deadlines import next_due
from storywatch.stories.recaps import PairMemory, load_memory, pair_of
from storywatch.stream.clocks import BUF_KEY, CLOCK_KEY, PartitionClock, clock_json, restore
from storywatch.stream.outbox import PREFIXES as OUTBOX_PREFIXES
from storywatch.stream.outbox import Outbox, Staged, unmarked
from storywatch.stream.records import (
    DeadLetter,
    StoryRecord,
    decode_article,
    decode_change,
    decode_story_record,
    encode,
    partition_of,
)
from storywatch.stream.seen import PREFIX as SEEN_PREFIX
from storywatch.stream.seen import Rows, SeenLog
from storywatch.stream.ticks import Tick, Ticks

__all__ = [
    "AlertStage",
    "ClassifyStage",
    "Core",
    "DetectStage",
    "Out",
    "Where",
    "is_story_key",
    "story_partition",
]

TopicRole = Literal["stories", "changes", "alerts", "deadletter"]
# A pair's memory of the facts its stories told (stories.recaps), in the pair's partition.
PAIR_KEY = "__pair__:{}"
_BOOKKEEPING = ("__clock__:", "__buf__:", "__pair__:", SEEN_PREFIX, *OUTBOX_PREFIXES)
# The clock row changes with every record: kept in the outbox's WAL row only.
_WAL_ONLY = (CLOCK_KEY.format(""),)


@dataclass(frozen=True)
class Core:
    """The pure functions the stages call; the real core unless a test passes a fake one."""

    classify: Callable[[Article], Classified] = classify_article
    route: Callable[[Classified], list[StoryItem]] = route
    advance: Callable[
        [StoryState | None, StoryItem, StoryConfig], tuple[StoryState, list[Change]]
    ] = advance
    due: Callable[[StoryState, datetime, StoryConfig], tuple[StoryState | None, list[Change]]] = due
    # When `due` next has work on a state (a fake `due` needs its own): sweeps visit only
    # the stories due by then.
    next_due: Callable[[StoryState, StoryConfig], datetime | None] = next_due


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


def _failure(e: Exception) -> str:
    """A one-line reason for a core failure (its type and message)."""
    return f"core failed: {type(e).__name__}: {str(e).splitlines()[0][:200] if str(e) else ''}"


def story_partition(story_id: str, partitions: int) -> int:
    """The partition of a story: its pair's ("RUS-UKR" for "RUS-UKR:talks"), so every story
    of a pair, and the pair's memory, live in one partition."""
    return partition_of(pair_of(story_id), partitions)


def is_story_key(key: object) -> bool:
    """Table keys that are stories (not the stage's own bookkeeping)."""
    return isinstance(key, str) and not key.startswith(_BOOKKEEPING)


@dataclass
class ClassifyStage:
    """articles -> stories: classify, route, re-key by story id (plus watermark ticks)."""

    partitions: int
    metrics: Metrics = field(default_factory=Metrics)
    core: Core = field(default_factory=Core)
    config: StoryConfig = field(default_factory=StoryConfig)
    ticks: Ticks = field(init=False)
    seen: SeenLog = field(init=False)

    def __post_init__(self) -> None:
        self.ticks = Ticks(self.partitions, self.config)
        self.seen = SeenLog(self.config)

    def reset(self) -> None:
        """Forget the near-duplicate index (after a rebalance the table is the truth)."""
        self.seen.reset()

    def owed(self) -> list[Out]:
        """The ticks owed so far, as records (send them before offsets commit)."""
        return _tick_outs(self.ticks.owed_ticks())

    def write_seen(self, rows: Rows) -> int:
        """Put the near-duplicate entries of the articles so far in the table (call
        before offsets commit, stream/seen.py); returns the rows written."""
        return self.seen.write(rows)

    def catch_up(self) -> list[Out]:
        """Ticks owed, and ticks that bring every partition to the watermark: call when no
        more input is in hand (before acknowledging the last record), so a later flush
        sees them."""
        return _tick_outs(self.ticks.catch_up())

    def process(
        self, raw: bytes | None, where: Where, table: MutableMapping[str, str] | None = None
    ) -> list[Out]:
        """The records one `articles` record yields; a dead letter if it is invalid.
        `table` keeps the near-duplicate index across restarts (stream/seen.py): its
        entries go there at `write_seen`."""
        try:
            article = decode_article(raw)
        except InvalidInput as e:
            self.metrics.observe_deadletter("classify", str(e), source="unknown")
            return [dead_letter("classify", str(e), raw, where)]
        try:
            classified = self.core.classify(article)
            items = self.core.route(classified)
            items = self.seen.mark(classified, items, (where.partition, where.offset), table)
        except Exception as e:  # noqa: BLE001  (error policy at the boundary: dead-letter, go on)
            self.metrics.observe_deadletter("classify", _failure(e), source=article.source)
            return [dead_letter("classify", _failure(e), raw, where)]
        self.metrics.observe_article(article.source, "accepted")
        self.metrics.observe_classified(classified)
        outs: list[Out] = []
        for item in items:
            home = story_partition(item.story_id, self.partitions)
            sweeps, stale = self.ticks.around(item, home)
            value = encode(StoryRecord(kind="item", item=item, sweeps=tuple(sweeps)))
            outs.append(Out("stories", item.story_id.encode(), value, home))
            outs += _tick_outs(stale)
        return outs


def _tick_outs(ticks: list[Tick]) -> list[Out]:
    return [Out("stories", key, value, p) for p, key, value in ticks]


@dataclass
class DetectStage:
    """stories -> changes: `engine.Detector.push` per partition, state in the Faust table.

    `table` maps story id -> StoryState JSON text, plus this stage's bookkeeping rows
    (`__clock__:<p>`: watermark and last sweep; `__buf__:<p>:<n>`: an item waiting in the
    reorder buffer), so a worker that takes over a partition rebuilds its clock from the
    changelog. A story lives in partition `story_partition(story_id)`: its pair's, so the
    pair's memory of told facts (`__pair__:<pair>`, stories.recaps) is at hand.
    """

    partitions: int
    config: StoryConfig = field(default_factory=StoryConfig)
    metrics: Metrics = field(default_factory=Metrics)
    core: Core = field(default_factory=Core)
    _clocks: dict[int, PartitionClock] = field(default_factory=dict)
    _outboxes: dict[int, Outbox] = field(default_factory=dict)
    _dead: list[Out] = field(default_factory=list)  # dead letters of the record in hand

    def reset(self) -> None:
        """Forget cached clocks (after a rebalance the table is the truth)."""
        self._clocks.clear()
        self._outboxes.clear()

    def process(
        self, raw: bytes | None, where: Where, table: MutableMapping[str, str]
    ) -> list[Out]:
        """The changes one `stories` record causes, then dead letters of items the core
        failed on (each isolated: the story keeps its state, the stream goes on)."""
        self._dead = []
        try:
            outs = self._process(raw, where, table)
        except BaseException:
            self.reset()  # the cached clocks may be ahead of the table now
            raise
        return outs + self._dead

    def _process(
        self, raw: bytes | None, where: Where, table: MutableMapping[str, str]
    ) -> list[Out]:
        try:
            record = decode_story_record(raw)
        except InvalidInput as e:
            self.metrics.observe_deadletter("detect", str(e))
            return [dead_letter("detect", str(e), raw, where)]
        partition = where.partition or 0
        if where.offset is None:  # no offset, no redelivery to recognise
            return self._outs(self.apply(record, partition, table))
        # A redelivery after a crash finds its effect in the table: see stream/outbox.py.
        box = self._outboxes.get(partition)
        if box is None:
            mine = functools.partial(self._mine, partition=partition)
            box = self._outboxes[partition] = Outbox.restore(partition, table, _WAL_ONLY, mine)
        if box.seen(where.offset):
            return [Out("changes", k, v) for k, v in box.replay(where.offset, table)]
        staged = Staged(table)
        outs = self._outs(self.apply(record, partition, staged))
        box.commit(where.offset, staged, [(o.key or b"", o.value) for o in outs], table)
        return outs

    def _outs(self, changes: list[Change]) -> list[Out]:
        self.metrics.observe_changes(changes)
        return [Out("changes", c.story_id.encode(), encode(c)) for c in changes]

    def apply(
        self, record: StoryRecord, partition: int, table: MutableMapping[str, str]
    ) -> list[Change]:
        """One record on one partition, as `Detector.push` (or `finish` for a flush); the
        ticks an item carries first, as tick records just before it would."""
        pc = self._clock(partition, table)
        changes: list[Change] = []
        for stand_in in record.stand_ins():
            changes += self._push(stand_in, False, partition, pc, table)
        item = record.as_item()
        if item is None:  # flush
            changes += self._release(pc.clock.flush(), pc, table)
            at = pc.clock.watermark
            if at is not None:
                changes.extend(self.tick(at, partition, table))
        else:
            changes += self._push(item, record.kind == "item", partition, pc, table)
        table[CLOCK_KEY.format(partition)] = clock_json(pc.clock)
        return changes

    def _push(
        self, item: StoryItem, real: bool, partition: int, pc: PartitionClock,
        table: MutableMapping[str, str],
    ) -> list[Change]:  # fmt: skip
        """An item (or a tick's stand-in) on the partition's clock: what it releases,
        then a sweep if the frontier crossed a boundary (`Detector.push`)."""
        if real:
            self._buffer(item, partition, pc, table)
        changes = self._release(pc.clock.push(item), pc, table)
        at = pc.clock.sweep_due()
        if at is not None:
            changes.extend(self.tick(at, partition, table))
        return changes

    def _buffer(
        self, item: StoryItem, partition: int, pc: PartitionClock, table: MutableMapping[str, str]
    ) -> None:
        if self.config.reorder_window_s <= 0:
            pc.rows[id(item)] = ""  # released by this very push: no table row to write
            return
        key = f"{BUF_KEY.format(partition)}{pc.next_row:012d}"
        pc.next_row += 1
        table[key] = item.model_dump_json()
        pc.rows[id(item)] = key

    def _release(
        self, items: list[StoryItem], pc: PartitionClock, table: MutableMapping[str, str]
    ) -> list[Change]:
        changes: list[Change] = []
        for released in items:
            row = pc.rows.pop(id(released), None)
            if row is None:  # a tick's stand-in: another partition's story
                continue
            if row:
                del table[row]
            # the pair's memory, read once: where a vague answer goes, then what is news
            key = PAIR_KEY.format(pair_of(released.story_id))
            old_pair = _pair_row(table, key)
            memory = load_memory(old_pair)
            item = recaps.redirect(memory, released, self.config)
            try:
                old = _load(item.story_id, table.get(item.story_id))
                state, found = self.core.advance(old, item, self.config)
            except Exception as e:  # noqa: BLE001  (error policy at the boundary)
                self._reject(item.story_id, _failure(e), item.model_dump_json().encode())
                continue
            table[item.story_id] = _dump(item.story_id, state)
            pc.due.set(item.story_id, self.core.next_due(state, self.config))
            memory, kept = recaps.news(memory, item, found, self.config)  # as Detector._news
            _write_pair_row(table, key, old_pair, memory)  # only when it changed
            changes.extend(kept)
        return changes

    def _reject(self, story_id: str, reason: str, raw: bytes) -> None:
        self.metrics.observe_deadletter("detect", reason)
        where = Where(topic="stories", key=story_id.encode())
        self._dead.append(dead_letter("detect", reason, raw, where))

    def tick(self, now: datetime, partition: int, table: MutableMapping[str, str]) -> list[Change]:
        """Run `due` at event time `now` on the partition's stories due by then, in key
        order (`Detector.tick`: the others' `due` would change nothing)."""
        changes: list[Change] = []
        pc = self._clock(partition, table)
        for key in pc.due.pop_due(now):
            old = _load(key, table.get(key))
            if old is None:
                continue
            try:
                state, found = self.core.due(old, now, self.config)
            except Exception as e:  # noqa: BLE001  (error policy at the boundary)
                pc.due.set(key, self.core.next_due(old, self.config))  # tried again next sweep
                self._reject(
                    key, f"due at {now.isoformat()}: {_failure(e)}", old.model_dump_json().encode()
                )
                continue
            changes.extend(found)
            if state is None:
                del table[key]
                _STATES.pop(key, None)
                self.metrics.forget_story(key)
                pair = PAIR_KEY.format(pair_of(key))  # as Detector.tick prunes it
                old_pair = _pair_row(table, pair)
                memory = recaps.forget(load_memory(old_pair), now, self.config)
                _write_pair_row(table, pair, old_pair, memory)
                continue
            if state != old:
                table[key] = _dump(key, state)
            pc.due.set(key, self.core.next_due(state, self.config))
        return changes

    def _mine(self, key: object, partition: int) -> bool:
        return is_story_key(key) and story_partition(str(key), self.partitions) == partition

    def _clock(self, partition: int, table: MutableMapping[str, str]) -> PartitionClock:
        pc = self._clocks.get(partition)
        if pc is None:
            pc = self._clocks[partition] = restore(partition, table, self.config)
            for key in [str(k) for k in list(table.keys()) if self._mine(k, partition)]:
                state = _load(key, table.get(key))
                if state is not None:
                    pc.due.set(key, self.core.next_due(state, self.config))
        return pc


@dataclass
class AlertStage:
    """changes -> alerts: the watches select, `build_alerts` builds (deterministic ids)."""

    watches: tuple[Watch, ...] = field(default_factory=default_watches)
    metrics: Metrics = field(default_factory=Metrics)
    source: Callable[[], tuple[Watch, ...]] | None = None  # live watches (file reload)

    def process(
        self, raw: bytes | None, where: Where, now: datetime
    ) -> tuple[list[Out], list[Alert]]:
        """The alert records one change yields (and the alerts, for the sinks)."""
        try:
            change = decode_change(raw)
        except InvalidInput as e:
            self.metrics.observe_deadletter("alert", str(e))
            return [dead_letter("alert", str(e), raw, where)], []
        try:
            watches = self.source() if self.source is not None else self.watches
            alerts = build_alerts(change, watches, now)
        except Exception as e:  # noqa: BLE001  (error policy at the boundary)
            self.metrics.observe_deadletter("alert", _failure(e))
            return [dead_letter("alert", _failure(e), raw, where)], []
        for a in alerts:
            self.metrics.observe_alert(a, now.timestamp())
        return [Out("alerts", a.change.story_id.encode(), encode(a)) for a in alerts], alerts

    def of_outs(self, outs: list[Out], now: datetime) -> list[Out]:
        """The alert records (or dead letters) of the `changes` records among `outs`: the
        detect agent's, which builds its alerts itself (stream/app.py)."""
        alerts: list[Out] = []
        for o in outs:
            if o.role == "changes":
                where = Where(topic="changes", key=o.key)
                alerts += self.process(o.value, where, now)[0]
        return alerts


def _pair_row(table: MutableMapping[str, str], key: str) -> str | None:
    raw = table.get(key)
    return _text(raw) if raw is not None else None


def _write_pair_row(
    table: MutableMapping[str, str], key: str, old: str | None, memory: PairMemory | None
) -> None:
    """Write a pair's memory row only when it changed (deleted once it holds nothing)."""
    new = memory.dump() if memory is not None else None
    if new == old:
        return
    if new is None:
        del table[key]
    else:
        table[key] = new


def _text(v: bytes | str) -> str:
    """A story row's state JSON (without the marker of stream/outbox.py)."""
    return unmarked(v.decode() if isinstance(v, bytes) else v)


# story id -> (the JSON text this stage last wrote or read for it, its state): the next
# read of the story finds the same text and skips the parse. One entry per story, where
# a cache by text kept every version (up to 50k states: ~15 objects each for the garbage
# collector to scan, the tail of publish-to-alert at 100/s).
_STATES: dict[str, tuple[str, StoryState]] = {}
_STATES_MAX = 50_000  # stories (objects: ~5 KB each); past it, start over


def _keep(key: str, text: str, state: StoryState) -> None:
    if len(_STATES) >= _STATES_MAX and key not in _STATES:
        _STATES.clear()
    _STATES[key] = (text, state)


def _load(key: str, v: bytes | str | None) -> StoryState | None:
    if v is None:
        return None
    text = _text(v)
    hit = _STATES.get(key)
    if hit is not None and (hit[0] is text or hit[0] == text):
        return hit[1]  # shared: the core never mutates its input (advance and due copy)
    state = StoryState.model_validate_json(text)
    _keep(key, text, state)
    return state


def _dump(key: str, state: StoryState) -> str:
    text = state.model_dump_json()
    _keep(key, text, state)
    return text


def story_count(keys: Iterable[object]) -> int:
    """How many stories a table holds (bookkeeping rows excluded)."""
    return sum(1 for k in keys if is_story_key(k))
