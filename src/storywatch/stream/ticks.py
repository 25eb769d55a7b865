"""Which watermark ticks the classify stage sends, so each `stories` partition's clock
does what the single EventClock of `engine.Detector` does, with few records.

A partition's clock needs the stream's event time for three things only:

1. sweeps: `due` runs when the frontier (watermark - reorder window) crosses a multiple
   of `sweep_every_s`. An item that makes the frontier cross one sends a tick with the
   new watermark to every other partition (its own partition gets the item), so every
   partition sweeps its stories at the same frontier, before its next item, as the
   Detector does;
2. releases (reorder window > 0 only): before an item goes to its partition, that
   partition is brought to the watermark the Detector had before pushing the item, so
   it releases the same buffered items first (a late item is then applied after them,
   not before). With no window nothing is ever buffered and this tick is not needed;
3. the end: `flush` sweeps at the partition's watermark, so when the classify stage has
   nothing more in hand (its input queue is empty) `catch_up` brings every partition to
   the watermark. That tick is produced before the article's offset commits, hence
   before the flush that waits for that commit.

A tick that would not move a partition's watermark is never sent. Extra ticks are
harmless (a clock decides for itself when to sweep); after a restart this stage knows
nothing of what was sent, so the first item ticks every partition.

One known gap: after a restart, the watermark this stage knows starts from the
redelivered articles; on a stream out of published_at order, an article before the
committed offset may have set a later watermark that some partition never got, and that
partition sweeps at its own (earlier) watermark until a later article catches it up.

Before this, every item sent a tick to every other partition: (P-1) records per item
on `stories`, each a table and changelog write in the detect stage (75% of its records
with 4 partitions). Now it is about one tick per partition per sweep interval.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from storywatch.stories import StoryConfig, StoryItem
from storywatch.stream.records import StoryRecord, encode

__all__ = ["Tick", "Ticks"]

Tick = tuple[int, bytes, bytes]  # partition, key, value


@dataclass
class Ticks:
    """The classify stage's view of the watermark and of what each partition was sent."""

    partitions: int
    config: StoryConfig = field(default_factory=StoryConfig)
    watermark: datetime | None = None
    sent: dict[int, datetime] = field(default_factory=dict)  # partition -> its watermark
    _ids: tuple[str, str] = ("", "")  # article and story of the newest item

    def _boundary(self, watermark: datetime) -> int:
        frontier = watermark.timestamp() - self.config.reorder_window_s
        return int(frontier // self.config.sweep_every_s)

    def _to(self, partition: int, watermark: datetime) -> list[Tick]:
        had = self.sent.get(partition)
        if had is not None and had >= watermark:
            return []
        self.sent[partition] = watermark
        article_id, story_id = self._ids
        tick = StoryRecord(kind="tick", watermark=watermark, article_id=article_id,
                           story_id=story_id)  # fmt: skip
        return [(partition, story_id.encode(), encode(tick))]

    def around(self, item: StoryItem, home: int) -> tuple[list[Tick], list[Tick]]:
        """The ticks to send before `item` goes to partition `home`, and after it."""
        prev, ts = self.watermark, item.article.published_at
        before = []
        if prev is not None and self.config.reorder_window_s > 0:
            before = self._to(home, prev)
        new = ts if prev is None else max(prev, ts)
        if new != prev:
            self.watermark, self._ids = new, (item.article.id, item.story_id)
        had = self.sent.get(home)
        self.sent[home] = ts if had is None else max(had, ts)
        after: list[Tick] = []
        if prev is None or self._boundary(new) > self._boundary(prev):
            for p in range(self.partitions):
                if p != home:
                    after += self._to(p, new)
        return before, after

    def catch_up(self) -> list[Tick]:
        """Ticks that bring every partition to the watermark (nothing more in hand)."""
        if self.watermark is None:
            return []
        return [t for p in range(self.partitions) for t in self._to(p, self.watermark)]
