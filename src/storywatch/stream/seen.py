"""The near-duplicate index of the classify stage, and its rows in the story table.

`engine.Detector` notes every article in one `SeenIndex` as it arrives and asks it, as
each story item is applied, whether the item's article copies an earlier one
(`stories.mark_copy`). The stream's stories live in several partitions, so the one place
that sees every article is the classify stage: it notes and marks there, and the item
travels marked (``duplicate_of``). With no reorder window (the default) items are applied
as they arrive, so this is exactly the Detector's order of calls. With a window, the
Detector marks at release time, when a copy published earlier but arriving later can be
known: the stream judges at arrival, and may differ from `detect` on such a copy.

A restarted worker must know the articles seen before its crash: each article's entry
(its fingerprint in hex, parties, headline, time, and whether it was a copy, about 450
bytes) is kept in the story table, durable before the article's offset commits. The
entries wait in memory (`pending`) and go to the table in one row per `articles`
partition just before each offset commit (`write`: the producer's flush that the commit
awaits calls it, stream/changelog.py), ``__seen__:<partition>:<first offset>``: a
changelog record per partition per commit (every 0.25 s) instead of one per article. A
worker that dies loses only the entries of articles whose offsets were not committed,
which are given again. Rows past the newest `seen_capacity` entries are deleted. A
restart rebuilds the index from the entries of the articles before the first one it is
given again (an article given again twice keeps its newest entry), adding them (and
re-asking for the copies, which marks them as the first run did) in their original
order. Rows of earlier versions (one row per article in a ring of slots, or a 16-value
fingerprint as a list) still load; the index cannot compare such a fingerprint, so an
article of theirs is no longer matched.

Keys carry the `articles` partition and offset: the earlier ring slots (``__seen__:<seq
mod capacity>``) were shared by every partition, so after a rebalance two workers wrote
the same slot into two changelog partitions, and a worker that restored both kept
whichever it replayed last.

With several `articles` partitions (two classify workers) each worker has its own index
and the rows of both share the ring: copies are still caught within a worker; across
workers only within a story (the fingerprints a story's state keeps).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from storywatch import _json
from storywatch.models import Classified
from storywatch.stories import SeenIndex, StoryConfig, StoryItem, dedup, mark_copy

__all__ = ["PREFIX", "Rows", "SeenLog"]

PREFIX = "__seen__:"
CHUNK = 1000  # entries a row holds at most
At = tuple[int | None, int | None]  # an article's (partition, offset) in `articles`
# The table as the stage writes one `articles` partition's rows (its changelog partition).
Rows = Callable[[int | None], MutableMapping[str, str]]


def _index(config: StoryConfig) -> SeenIndex:
    return SeenIndex(
        config.seen_capacity, config.seen_window_hours * 3600, late_s=config.reorder_window_s
    )


def _entry(c: Classified, seq: int, at: At, copy: bool) -> dict[str, Any]:
    return {
        "seq": seq, "part": at[0], "offset": at[1], "id": c.id,
        "at": c.published_at.isoformat(), "fp": dedup.to_hex(c.fingerprint),
        "parties": list(c.entities), "title": c.title, "copy": copy,
    }  # fmt: skip


def _row(c: Classified, seq: int, at: At, copy: bool) -> str:
    """One entry as JSON text (what a row of the earlier format held)."""
    return _json.dumps_line(_entry(c, seq, at, copy))


def _key(first: dict[str, Any]) -> str:
    part = "-" if first["part"] is None else first["part"]
    at = f"s{first['seq']}" if first["offset"] is None else f"{first['offset']:012d}"
    return f"{PREFIX}{part}:{at}"


def _entries(value: str) -> list[dict[str, Any]]:
    """A row's entries: a list, or one entry (rows of the earlier format)."""
    data = _json.loads(value)
    return data if isinstance(data, list) else [data]


@dataclass(frozen=True)
class _Chunk:
    key: str
    part: int | None
    count: int


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
    # Entries not in the table yet, by `articles` partition (`write` puts them there).
    pending: dict[int | None, list[dict[str, Any]]] = field(default_factory=dict)
    # The rows in the table, oldest first, and how many entries they hold.
    chunks: deque[_Chunk] = field(default_factory=deque)
    kept: int = 0

    def reset(self) -> None:
        """Forget the index (a rebalance: the table is the truth). The entries not written
        yet stay: the next commit may cover their articles, and the rebuilt index counts
        them as if they were in the table (as they would be, written at once)."""
        self.index = None

    def mark(
        self, classified: Classified, items: list[StoryItem], at: At,
        table: MutableMapping[str, str] | None,
    ) -> list[StoryItem]:  # fmt: skip
        """Note the article, mark its items as `Detector.feed_classified` would, and keep
        the article's entry for the next `write` (`table` None: nothing kept; else the
        table a restart reads the index back from). `at`: the article's (partition,
        offset) in `articles`. The items come back slim (`_slim`): once the copy is
        judged, the story part of the fingerprint is all the detect stage reads."""
        if self.index is None:
            self._restore(table, at)
        assert self.index is not None  # noqa: S101  # set by _restore
        self.index.add(classified)
        marked = [mark_copy(item, self.index) for item in items]
        copy = any(item.duplicate_of is not None for item in marked)
        if table is not None:
            self.pending.setdefault(at[0], []).append(_entry(classified, self.seq, at, copy))
        self.seq += 1
        return [_slim(item) for item in marked]

    def write(self, rows: Rows) -> int:
        """Put the pending entries in the table, one row per `articles` partition (at
        most `CHUNK` entries each), and delete the oldest rows past `seen_capacity`
        entries; call before offsets commit. Returns the rows written."""
        written = 0
        for part, entries in sorted(self.pending.items(), key=lambda kv: kv[0] or 0):
            for n in range(0, len(entries), CHUNK):
                chunk = entries[n : n + CHUNK]
                key = _key(chunk[0])
                rows(part)[key] = _json.dumps_line(chunk)
                self._keep(_Chunk(key, part, len(chunk)))
                written += 1
        self.pending = {}
        self._trim(rows)
        return written

    def _keep(self, chunk: _Chunk) -> None:
        self.chunks.append(chunk)
        self.kept += chunk.count

    def _trim(self, rows: Rows) -> None:
        while self.chunks and self.kept - self.chunks[0].count >= self.config.seen_capacity:
            old = self.chunks.popleft()
            self.kept -= old.count
            table = rows(old.part)
            if old.key in table:
                del table[old.key]

    def _restore(self, table: MutableMapping[str, str] | None, first: At) -> None:
        self.index, self.seq = _index(self.config), 0
        self.chunks, self.kept = deque(), 0
        if table is None:
            return
        rows = self._read(table)
        self.seq = max((int(r["seq"]) + 1 for r in rows), default=0)
        part, before = first
        if before is not None:  # articles given again write their entries again
            rows = [r for r in rows if r["part"] != part or not r["offset"] >= before]
        for row in sorted(rows, key=lambda r: int(r["seq"])):
            c = _classified(row)
            self.index.add(c)
            if row["copy"]:
                self.index.original_of(c)  # only originals are matched: as the first time

    def _read(self, table: MutableMapping[str, str]) -> list[dict[str, Any]]:
        """Every entry in the table (the newest of an article given twice), and the rows
        that hold them into `chunks`, oldest first."""
        newest: dict[object, dict[str, Any]] = {}
        for row in (r for entries in self.pending.values() for r in entries):
            newest[(row["part"], row["offset"]) if row["offset"] is not None else row["seq"]] = row
        found: list[tuple[int, str, _Chunk]] = []
        for key in [k for k in list(table.keys()) if isinstance(k, str) and k.startswith(PREFIX)]:
            entries = _entries(table[key])
            if not entries:
                continue
            for row in entries:
                at = (row["part"], row["offset"]) if row["offset"] is not None else row["seq"]
                if at not in newest or int(newest[at]["seq"]) < int(row["seq"]):
                    newest[at] = row
            last = max(int(r["seq"]) for r in entries)
            found.append((last, key, _Chunk(key, entries[0]["part"], len(entries))))
        for _, _, chunk in sorted(found, key=lambda f: (f[0], f[1])):
            self._keep(chunk)
        return list(newest.values())
