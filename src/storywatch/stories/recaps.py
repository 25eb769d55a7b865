"""A fact told again under another issue of the same pair is a recap, not news.

A story is a pair of parties on an issue, and the same fact can reach a pair's other
stories: a copy whose rewritten headline names the trade deal where the original named
the talks, an analysis piece that files a week-old rejection under "other", a relative
clause ("a day after Addis accepted") that the classifier gives another issue. Each
story's state machine sees the fact for the first time and would report it again.

`PairMemory` remembers, per unordered pair, when each of its parties first reached each
committal state (RECAP_STATES) and on which issue, and when either last proposed
anything. A change to a state its party reached on another issue of the pair within
`window_s` before, with no proposal by either party since, is a recap: the story's state
still moves (later changes there read right), but the change is not reported. A fresh
proposal opens a new round: what follows it is news on any issue. A confirmation of a
fact first told under another issue is a recap too.

Pure and bounded: an entry per party and state (a few per pair), pruned to the window;
a memory that empties is dropped. Both drivers keep one per pair: the engine in a dict,
the stream in its story table, in the partition of the pair (`story_partition_key`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from storywatch.models import Change

__all__ = [
    "RECAP_STATES",
    "PairMemory",
    "keep_news",
    "load_memory",
    "pair_of",
]

RECAP_STATES = frozenset(
    {"responded", "accepted", "rejected", "agreed", "held", "broken", "withdrawn"}
)


def pair_of(story_id: str) -> str:
    """The pair part of a story id ("RUS-UKR" of "RUS-UKR:talks"; an id without an issue
    is its own pair)."""
    return story_id.split(":", 1)[0]


@dataclass(slots=True)
class PairMemory:
    """When each party of a pair first reached each committal state, and on which issue."""

    reached: dict[str, tuple[float, str]] = field(default_factory=dict)  # "RUS|agreed"
    proposed: float | None = None  # the last proposal by either party, any issue

    def dump(self) -> str:
        """The memory as JSON text (a row of the stream's story table)."""
        rows = {k: [t, i] for k, (t, i) in sorted(self.reached.items())}
        return json.dumps({"reached": rows, "proposed": self.proposed}, separators=(",", ":"))

    def _prune(self, now: float, window_s: float) -> None:
        old = [k for k, (t, _) in self.reached.items() if t < now - window_s]
        for k in old:
            del self.reached[k]
        if self.proposed is not None and self.proposed < now - window_s:
            self.proposed = None

    def _recap(self, change: Change, issue: str, now: float, window_s: float) -> bool:
        first = self.reached.get(f"{change.actor}|{change.to_state}")
        if first is None:
            return False
        at, where = first
        fresh = self.proposed is not None and self.proposed > at
        return where != issue and now - at <= window_s and not fresh


def load_memory(text: str | bytes | None) -> PairMemory | None:
    """A memory from its JSON text (None for a missing or unreadable row)."""
    if not text:
        return None
    try:
        data = json.loads(text)
        reached = {str(k): (float(v[0]), str(v[1])) for k, v in data["reached"].items()}
        proposed = data.get("proposed")
        return PairMemory(reached, None if proposed is None else float(proposed))
    except (ValueError, KeyError, TypeError, IndexError):
        return None


def keep_news(
    memory: PairMemory | None, story_id: str, changes: list[Change], now: float, window_s: float
) -> tuple[PairMemory | None, list[Change]]:
    """The changes one story item produced, less the recaps of facts its pair's other
    stories told; and the pair's memory after them (None when it holds nothing)."""
    mem = memory if memory is not None else PairMemory()
    mem._prune(now, window_s)
    issue = story_id.split(":", 1)[1] if ":" in story_id else ""
    kept: list[Change] = []
    for c in changes:
        if c.to_state in RECAP_STATES and mem._recap(c, issue, now, window_s):
            continue
        if c.to_state == "proposed" and not c.confirmed:
            mem.proposed = now
        if c.to_state in RECAP_STATES and not c.confirmed:
            mem.reached.setdefault(f"{c.actor}|{c.to_state}", (now, issue))
        kept.append(c)
    empty = not mem.reached and mem.proposed is None
    return (None if empty else mem), kept
