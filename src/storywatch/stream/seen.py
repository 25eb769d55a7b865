"""The near-duplicate index of the classify stage, and its rows in the story table.

`engine.Detector` notes every article in one `SeenIndex` as it arrives and asks it, as
each story item is applied, whether the item's article copies an earlier one
(`stories.mark_copy`). The stream's stories live in several partitions, so the one place
that sees every article is the classify stage: it notes and marks there, and the item
travels marked (``duplicate_of``). With no reorder window (the default) items are applied
as they arrive, so this is exactly the Detector's order of calls. With a window, the
Detector marks at release time, when a copy published earlier but arriving later can be
known: the stream judges at arrival, and may differ from `detect` on such a copy.

A restarted worker must know the articles seen before its crash: each article also
writes one row (its fingerprint in hex, parties, headline, time, and whether it was a copy,
about 450 bytes) to the story table, ``__seen__:<slot>`` in a ring of `seen_capacity` rows,
durable before the article's offset commits (stream/changelog.py). A restart rebuilds the
index from the rows of the articles before the first one it is given again, adding them
(and re-asking for the copies, which marks them as the first run did) in their original
order. Rows of earlier versions (a 16-value fingerprint as a list) still load; the index
cannot compare such a fingerprint, so an article of theirs is no longer matched.

With several `articles` partitions (two classify workers) each worker has its own index
and the rows of both share the ring: copies are still caught within a worker; across
workers only within a story (the fingerprints a story's state keeps).
"""

from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import dataclass, field
from datetime import datetime

from storywatch import _json
from storywatch.models import Classified
from storywatch.stories import SeenIndex, StoryConfig, StoryItem, dedup, mark_copy

__all__ = ["PREFIX", "SeenLog"]

PREFIX = "__seen__:"


def _index(config: StoryConfig) -> SeenIndex:
    return SeenIndex(config.seen_capacity, config.seen_window_hours * 3600)


def _row(c: Classified, seq: int, at: tuple[int | None, int | None], copy: bool) -> str:
    return _json.dumps_line({
        "seq": seq, "part": at[0], "offset": at[1], "id": c.id,
        "at": c.published_at.isoformat(), "fp": dedup.to_hex(c.fingerprint),
        "parties": list(c.entities), "title": c.title, "copy": copy,
    })  # fmt: skip


def _classified(row: dict[str, object]) -> Classified:
    return Classified.model_validate({
        "id": row["id"], "published_at": datetime.fromisoformat(str(row["at"])),
        "fingerprint": _fingerprint(row["fp"]), "entities": row["parties"],
        "title": row.get("title", ""),
    })  # fmt: skip


def _fingerprint(kept: object) -> tuple[int, ...]:
    """A row's fingerprint: hex (NUM_PERM bytes), or the list of ints of older rows."""
    if isinstance(kept, str):
        return dedup.from_hex(kept)
    return tuple(int(v) for v in kept) if isinstance(kept, list) else ()


def _slim(item: StoryItem) -> StoryItem:
    """The item as the `stories` topic carries it: its article's fingerprint cut to the
    part a story keeps (dedup.story_part, all the detect stage reads), 16 values of 128."""
    fp = item.article.fingerprint
    if len(fp) <= dedup.STORY_PERM:
        return item
    article = item.article.model_copy(update={"fingerprint": dedup.story_part(fp)})
    return item.model_copy(update={"article": article})


@dataclass
class SeenLog:
    """The classify stage's SeenIndex, rebuilt from the table after a (re)start."""

    config: StoryConfig = field(default_factory=StoryConfig)
    index: SeenIndex | None = None
    seq: int = 0

    def reset(self) -> None:
        """Forget the index (a rebalance: the table is the truth)."""
        self.index = None

    def mark(
        self, classified: Classified, items: list[StoryItem],
        at: tuple[int | None, int | None], table: MutableMapping[str, str] | None,
    ) -> list[StoryItem]:  # fmt: skip
        """Note the article, mark its items as `Detector.feed_classified` would, and keep
        the article's row in `table` (None: nothing kept). `at`: the article's (partition,
        offset) in `articles`. The items come back slim (`_slim`): once the copy is judged,
        the story part of the fingerprint is all the detect stage reads."""
        if self.index is None:
            self._restore(table, at)
        assert self.index is not None  # noqa: S101  # set by _restore
        self.index.add(classified)
        marked = [mark_copy(item, self.index) for item in items]
        copy = any(item.duplicate_of is not None for item in marked)
        if table is not None:
            slot = f"{PREFIX}{self.seq % self.config.seen_capacity}"
            table[slot] = _row(classified, self.seq, at, copy)
        self.seq += 1
        return [_slim(item) for item in marked]

    def _restore(
        self, table: MutableMapping[str, str] | None, first: tuple[int | None, int | None]
    ) -> None:
        self.index, self.seq = _index(self.config), 0
        if table is None:
            return
        rows = [_json.loads(table[k]) for k in list(table.keys())
                if isinstance(k, str) and k.startswith(PREFIX)]  # fmt: skip
        part, before = first
        if before is not None:  # articles given again write their rows again
            rows = [r for r in rows if r["part"] != part or not r["offset"] >= before]
        for row in sorted(rows, key=lambda r: int(r["seq"])):
            c = _classified(row)
            self.index.add(c)
            if row["copy"]:
                self.index.original_of(c)  # only originals are matched: as the first time
            self.seq = int(row["seq"]) + 1
