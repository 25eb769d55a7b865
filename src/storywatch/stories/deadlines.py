"""When `due` next has work on a story, and an index of those times for the sweeps.

`machine.due(state, now)` changes a story only once `now` reaches one of two moments,
both functions of the state alone: a party's answer deadline (awaiting_response since
`since`, overdue `overdue_hours` later) and the story's expiry (idle longer than its
TTL). `next_due` gives the earlier of the two, so a sweep visits only the stories whose
moment has come instead of calling `due` on every story; `due` at any earlier `now`
returns the state unchanged and no change. Pure: no clock, no I/O.

`DueIndex` keeps each story's next due time in a heap (lazy deletion: a story's newer
time makes its older heap entries stale), so a sweep costs O(due stories x log n).
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from storywatch.stories.machine import _ttl, is_blank
from storywatch.stories.model import StoryConfig, StoryState, from_epoch

__all__ = ["ALWAYS", "DueIndex", "next_due"]

# Due at any sweep: a blank story, which `due` drops at once.
ALWAYS = datetime.min.replace(tzinfo=UTC)
_TICK = timedelta(microseconds=1)  # datetimes resolve microseconds: "after" = +1 µs


def _deadline(state: StoryState, config: StoryConfig) -> datetime | None:
    """When a party's answer is overdue (machine._deadline_passed: `since <= epoch(now) -
    overdue_hours * 3600`, epoch in whole seconds); with a fractional `overdue_hours`, up
    to a second early (then `due` finds nothing yet, and the story stays due)."""
    waits = [p.since for p in state.parties.values() if p.state == "awaiting_response"]
    if not waits:
        return None
    try:
        return from_epoch(math.floor(min(waits) + config.overdue_hours * 3600))
    except (OverflowError, ValueError, OSError):
        return None  # past year 9999: no event time gets there


def _expiry(state: StoryState, config: StoryConfig) -> datetime | None:
    """The first `now` at which the story is idle longer than its TTL (machine._expired:
    `now - last_seen > ttl`)."""
    if state.last_seen is None:
        return None
    try:
        return state.last_seen + _ttl(state, config) + _TICK
    except OverflowError:
        return None  # past year 9999: no event time gets there


def next_due(state: StoryState, config: StoryConfig) -> datetime | None:
    """The earliest event time at which `due(state, now, config)` changes anything;
    None: never (nothing in the state waits on time). `ALWAYS` for a blank story."""
    if is_blank(state):
        return ALWAYS
    times = [t for t in (_deadline(state, config), _expiry(state, config)) if t is not None]
    return min(times) if times else None


@dataclass
class DueIndex:
    """Story key -> next due time, with a heap to find the due ones in O(log n) each."""

    _at: dict[str, datetime] = field(default_factory=dict)
    _heap: list[tuple[datetime, str]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self._at)

    def __contains__(self, key: object) -> bool:
        return key in self._at

    def set(self, key: str, at: datetime | None) -> None:
        """Note `key`'s next due time (None: never due, forget it)."""
        if at is None:
            self._at.pop(key, None)
            return
        if self._at.get(key) == at:
            return
        self._at[key] = at
        heapq.heappush(self._heap, (at, key))
        if len(self._heap) > 2 * len(self._at) + 64:  # mostly stale entries: rebuild
            self._heap = [(t, k) for k, t in self._at.items()]
            heapq.heapify(self._heap)

    def discard(self, key: str) -> None:
        """Forget `key` (the story is gone)."""
        self._at.pop(key, None)

    def pop_due(self, now: datetime) -> list[str]:
        """The keys due at `now`, sorted, taken out of the index: the caller runs `due`
        on each and `set`s what it returns."""
        keys: set[str] = set()
        while self._heap and self._heap[0][0] <= now:
            at, key = heapq.heappop(self._heap)
            if self._at.get(key) == at:
                del self._at[key]
                keys.add(key)
        return sorted(keys)
