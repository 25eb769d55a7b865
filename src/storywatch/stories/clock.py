"""Event time for both drivers: the reorder buffer, the watermark and when `due` runs.

The watermark is the newest published_at of the story items pushed so far. An item
is released (applied to its story) once the watermark is `reorder_window_s` past its
own time, in (published_at, article id) order, so any arrival order within the
window applies the same items in the same order and gives the same changes. An item
later than the window is released at once; the state machine then only lets it move
parties forward. `due` sweeps run each time the frontier (watermark minus window)
crosses a multiple of `sweep_every_s`; what `due` finds depends only on the frontier,
never on how often it runs, so the stream and `detect` agree on the final changes.
At the end of input (or when a stream drains) `flush` releases everything.
"""

from __future__ import annotations

import heapq
import itertools
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from storywatch.stories.model import StoryConfig, StoryItem

__all__ = ["EventClock"]


@dataclass
class EventClock:
    """Reorder buffer plus watermark; one per driver (per stream task in Faust)."""

    config: StoryConfig = field(default_factory=StoryConfig)
    watermark: datetime | None = None
    last_sweep: datetime | None = None
    _heap: list[tuple[datetime, str, str, int, StoryItem]] = field(default_factory=list)
    _seq: itertools.count[int] = field(default_factory=itertools.count)

    @property
    def window(self) -> timedelta:
        """How long an item waits for earlier ones."""
        return timedelta(seconds=self.config.reorder_window_s)

    @property
    def frontier(self) -> datetime | None:
        """Event time up to which every item pushed so far has been released."""
        return None if self.watermark is None else self.watermark - self.window

    def __len__(self) -> int:
        return len(self._heap)

    def push(self, item: StoryItem) -> list[StoryItem]:
        """Buffer one item; return the items now due, oldest first."""
        ts = item.article.published_at
        self.watermark = ts if self.watermark is None else max(self.watermark, ts)
        heapq.heappush(self._heap, (ts, item.article.id, item.story_id, next(self._seq), item))
        frontier = self.frontier
        assert frontier is not None  # noqa: S101  # set two lines above
        return self._release(frontier)

    def flush(self) -> list[StoryItem]:
        """Release every buffered item (end of input, or a drained stream)."""
        out = [heapq.heappop(self._heap)[-1] for _ in range(len(self._heap))]
        if self.watermark is not None:
            self.last_sweep = None  # the caller sweeps at the watermark after a flush
        return out

    def _release(self, limit: datetime) -> list[StoryItem]:
        out: list[StoryItem] = []
        while self._heap and self._heap[0][0] <= limit:
            out.append(heapq.heappop(self._heap)[-1])
        return out

    def sweep_due(self) -> datetime | None:
        """The event time to run `due` at, when the frontier has crossed a sweep boundary."""
        frontier = self.frontier
        if frontier is None:
            return None
        step = self.config.sweep_every_s
        boundary = int(frontier.timestamp() // step)
        if self.last_sweep is not None and boundary <= int(self.last_sweep.timestamp() // step):
            return None
        self.last_sweep = frontier
        return frontier
