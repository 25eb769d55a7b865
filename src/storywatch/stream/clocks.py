"""A `stories` partition's EventClock in the detect stage, and its rows in the story table.

    __clock__:<p>        the partition's watermark and last sweep
    __buf__:<p>:<n>      an item waiting in the reorder buffer

so a worker that takes over a partition rebuilds its clock from the changelog.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import dataclass, field
from datetime import datetime

from storywatch import _json
from storywatch.stories import EventClock, StoryConfig, StoryItem
from storywatch.stories.deadlines import DueIndex

__all__ = ["BUF_KEY", "CLOCK_KEY", "PartitionClock", "clock_json", "restore"]

CLOCK_KEY = "__clock__:{}"
BUF_KEY = "__buf__:{}:"


@dataclass
class PartitionClock:
    """A partition's EventClock plus which buffered items have table rows."""

    clock: EventClock
    rows: dict[int, str] = field(default_factory=dict)  # id(item) -> its buffer row key
    next_row: int = 0
    # The partition's stories in the table, by next due time (a sweep visits the due ones).
    due: DueIndex = field(default_factory=DueIndex)


def clock_json(clock: EventClock) -> str:
    def iso(ts: datetime | None) -> str | None:
        return ts.isoformat() if ts is not None else None

    return _json.dumps_line(
        {"watermark": iso(clock.watermark), "last_sweep": iso(clock.last_sweep)}
    )


def restore(partition: int, table: MutableMapping[str, str], config: StoryConfig) -> PartitionClock:
    """Rebuild a partition's clock from its table rows (after a restart or a rebalance)."""
    pc = PartitionClock(EventClock(config))
    saved = table.get(CLOCK_KEY.format(partition))
    if saved is not None:
        data = _json.loads(saved)
        for name in ("watermark", "last_sweep"):
            if data.get(name):
                setattr(pc.clock, name, datetime.fromisoformat(data[name]))
    prefix = BUF_KEY.format(partition)
    rows = sorted(k for k in list(table.keys()) if isinstance(k, str) and k.startswith(prefix))
    for row in rows:
        item = StoryItem.model_validate_json(table[row])
        pc.rows[id(item)] = row
        pc.next_row = max(pc.next_row, int(row[len(prefix) :]) + 1)
        # Buffered items are later than the saved frontier: re-pushing releases none.
        pc.clock.push(item)
    return pc
