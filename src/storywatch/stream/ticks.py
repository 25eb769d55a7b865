"""Which watermark ticks the classify stage sends, so each `stories` partition's clock
does what the single EventClock of `engine.Detector` does, with few records.

A partition's clock needs the stream's event time for three things only:

1. sweeps: `due` runs when the frontier (watermark - reorder window) crosses a multiple
   of `sweep_every_s`. When an item makes the frontier cross one, every other partition
   owes a tick with the new watermark, so it sweeps its stories at the same frontier,
   before its next item, as the Detector does. The owed ticks ride on that partition's
   next item (`StoryRecord.sweeps`, applied before the item as separate tick records
   would be) rather than as records of their own: nothing else reaches the partition in
   between, so its stories are swept at the same frontiers in the same order. A
   partition that gets no item for `MAX_OWED_ITEMS` items gets them as tick records,
   so its deadlines fire soon even on a stream that never pauses;
2. releases (reorder window > 0 only): before an item goes to its partition, that
   partition is brought to the watermark the Detector had before pushing the item, so
   it releases the same buffered items first (a late item is then applied after them,
   not before); that watermark rides on the item too. With no window nothing is ever
   buffered and this is not needed;
   Owed ticks are only in memory: before any offset commits, the producer's flush sends
   them as tick records (`owed_ticks`, stream/changelog.py), so a worker that stops or
   dies never takes away the ticks of articles whose offsets committed;
3. the end: `flush` sweeps at the partition's watermark, so when the classify stage has
   nothing more in hand (its input queue is empty) `catch_up` sends, as tick records,
   what each partition is owed and brings it to the watermark. Those ticks are produced
   before the article's offset commits, hence before the flush that waits for that
   commit.

A tick that would not move a partition's watermark is never sent. Extra ticks are
harmless (a clock decides for itself when to sweep); after a restart this stage knows
nothing of what was sent, so the first item ticks every partition.

One known gap: after a restart, the watermark this stage knows starts from the
redelivered articles; on a stream out of published_at order, an article before the
committed offset may have set a later watermark that some partition never got, and that
partition sweeps at its own (earlier) watermark until a later article catches it up.

History: every item once sent a tick to every other partition ((P-1) records per item,
75% of `stories` with 4 partitions, each a table and changelog write in the detect
stage); then one tick per partition per sweep boundary (~0.5 records per article on the
bench corpus); now boundary ticks ride on items, and tick records are sent only when
the stage runs idle.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from storywatch.stories import StoryConfig, StoryItem
from storywatch.stream.records import StoryRecord, encode

__all__ = ["Tick", "Ticks"]

Tick = tuple[int, bytes, bytes]  # partition, key, value
MAX_OWED_ITEMS = 256  # items after which owed ticks go as records of their own


@dataclass
class Ticks:
    """The classify stage's view of the watermark and of what each partition was sent."""

    partitions: int
    config: StoryConfig = field(default_factory=StoryConfig)
    watermark: datetime | None = None
    # partition -> the watermark it was brought to, or will be before its next record
    sent: dict[int, datetime] = field(default_factory=dict)
    owed: dict[int, list[datetime]] = field(default_factory=dict)  # ticks not sent yet
    _owed_since: dict[int, int] = field(default_factory=dict)  # partition -> item count
    _items: int = 0
    _ids: tuple[str, str] = ("", "")  # article and story of the newest item

    def _boundary(self, watermark: datetime) -> int:
        frontier = watermark.timestamp() - self.config.reorder_window_s
        return int(frontier // self.config.sweep_every_s)

    def _owe(self, partition: int, watermark: datetime) -> None:
        had = self.sent.get(partition)
        if had is None or had < watermark:
            self.sent[partition] = watermark
            self.owed.setdefault(partition, []).append(watermark)
            self._owed_since.setdefault(partition, self._items)

    def _record(self, partition: int, watermark: datetime) -> Tick:
        article_id, story_id = self._ids
        tick = StoryRecord(kind="tick", watermark=watermark, article_id=article_id,
                           story_id=story_id)  # fmt: skip
        return (partition, story_id.encode(), encode(tick))

    def around(self, item: StoryItem, home: int) -> tuple[list[datetime], list[Tick]]:
        """The watermarks partition `home` must be brought to before `item` (the ticks it
        is owed, in order: send them with the item, `StoryRecord.sweeps`), and the tick
        records of partitions owed ticks for too long."""
        self._items += 1
        prev, ts = self.watermark, item.article.published_at
        if prev is not None and self.config.reorder_window_s > 0:
            self._owe(home, prev)
        sweeps = self.owed.pop(home, [])
        self._owed_since.pop(home, None)
        new = ts if prev is None else max(prev, ts)
        if new != prev:
            self.watermark, self._ids = new, (item.article.id, item.story_id)
        had = self.sent.get(home)
        self.sent[home] = ts if had is None else max(had, ts)
        if prev is None or self._boundary(new) > self._boundary(prev):
            for p in range(self.partitions):
                if p != home:
                    self._owe(p, new)
        stale = [p for p, n in self._owed_since.items() if self._items - n > MAX_OWED_ITEMS]
        return sweeps, [t for p in sorted(stale) for t in self._send(p)]

    def _send(self, partition: int) -> list[Tick]:
        self._owed_since.pop(partition, None)
        return [self._record(partition, w) for w in self.owed.pop(partition, [])]

    def owed_ticks(self) -> list[Tick]:
        """Tick records of every tick owed so far (before an offset commit: what is held
        in memory would be lost with the worker)."""
        return [t for p in sorted(self.owed) for t in self._send(p)]

    def catch_up(self) -> list[Tick]:
        """Tick records of what every partition is owed, up to the watermark (nothing
        more in hand)."""
        if self.watermark is None:
            return []
        for p in range(self.partitions):
            self._owe(p, self.watermark)
        return [t for p in sorted(self.owed) for t in self._send(p)]
