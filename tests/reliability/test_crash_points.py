"""The detect stage under a crash at every point, modelled on what Faust really does.

Faust writes a table's changelog as soon as a value is set (``send_soon``), while the
offset of the record that caused it is committed later. A worker killed between the two
comes back with a table that already holds the effect of records Kafka delivers again.
Those records must yield their changes again (same alert ids), never nothing.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from prometheus_client import CollectorRegistry

from storywatch import _json
from storywatch.engine import detect_all
from storywatch.models import Article, Change
from storywatch.observe.metrics import Metrics
from storywatch.stories import StoryConfig
from storywatch.stream.records import StoryRecord, decode_change, encode
from storywatch.stream.stages import ClassifyStage, DetectStage, Where
from storywatch.testing import read_articles

ROOT = Path(__file__).resolve().parents[2]
STORYLINE = ROOT / "src/storywatch/data/storylines/ukraine-russia-talks.articles.jsonl"
PARTS = 3
_GONE = object()


@dataclass
class ChangelogTable(MutableMapping[str, str]):
    """A dict that also appends every write to a changelog (what Faust recovers from)."""

    data: dict[str, str] = field(default_factory=dict)
    log: list[tuple[str, object]] = field(default_factory=list)

    def __getitem__(self, key: str) -> str:
        return self.data[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.data[key] = value
        self.log.append((key, value))

    def __delitem__(self, key: str) -> None:
        del self.data[key]
        self.log.append((key, _GONE))

    def __iter__(self) -> Iterator[str]:
        return iter(list(self.data))

    def __len__(self) -> int:
        return len(self.data)

    @classmethod
    def recovered(cls, log: list[tuple[str, object]]) -> ChangelogTable:
        """The table a restarted worker rebuilds from a changelog prefix."""
        t = cls()
        for key, value in log:
            if value is _GONE:
                t.data.pop(key, None)
            else:
                t.data[key] = str(value)
        t.log = list(log)
        return t


def _stories(articles: list[Article]) -> list[tuple[int, bytes]]:
    """The `stories` records in the order one classify worker appends them, plus flushes."""
    cls = ClassifyStage(PARTS, Metrics(CollectorRegistry()))
    out: list[tuple[int, bytes]] = []
    for a in articles:
        for o in cls.process(encode_article(a), Where("articles", 0, 0, None)):
            out.append((o.partition or 0, o.value))
    flush = encode(StoryRecord(kind="flush"))
    out += [(p, flush) for p in range(PARTS)]
    return out


def encode_article(a: Article) -> bytes:
    return _json.dumps(a.to_json_dict())


def _key(c: Change) -> tuple[str, str, str, str]:
    return (c.story_id, c.article_id, c.actor, c.to_state)


def _run(
    records: list[tuple[int, bytes]],
    start: int,
    det: DetectStage,
    table: ChangelogTable,
    stop_after_writes: int | None = None,
) -> list[tuple[list[Change], int]]:
    """Process records[start:], each at its offset, until the changelog holds
    `stop_after_writes` writes; per record: its changes, the changelog length after it."""
    done: list[tuple[list[Change], int]] = []
    for i in range(start, len(records)):
        if stop_after_writes is not None and len(table.log) >= stop_after_writes:
            break
        part, value = records[i]
        outs = det.process(value, Where("stories", part, i, None), table)
        done.append(([decode_change(o.value) for o in outs if o.role == "changes"],
                     len(table.log)))  # fmt: skip
    return done


def _fresh() -> DetectStage:
    return DetectStage(PARTS, StoryConfig(), Metrics(CollectorRegistry()))


Stream = tuple[list[tuple[int, bytes]], set[tuple[str, str, str, str]], int]


@functools.cache
def _stream() -> Stream:
    articles = read_articles(STORYLINE)
    expected = {_key(c) for c in detect_all(articles)}
    assert len(expected) >= 5
    records = _stories(articles)
    table = ChangelogTable()
    _run(records, 0, _fresh(), table)
    return records, expected, len(table.log)


@settings(max_examples=80, deadline=None)
@given(crash=st.floats(0.0, 1.0), committed=st.floats(0.0, 1.0), kept=st.floats(0.0, 1.0))
def test_a_crash_anywhere_loses_no_change(crash: float, committed: float, kept: float) -> None:
    """Killed after some changelog writes, offsets committed up to an earlier record, the
    outputs of every uncommitted record lost; restart from the changelog and the commit."""
    records, expected, total_writes = _stream()
    table = ChangelogTable()
    before = _run(records, 0, _fresh(), table, int(crash * total_writes))
    commit_at = int(committed * len(before))  # records [0, commit_at): committed and acked
    published = {_key(c) for changes, _ in before[:commit_at] for c in changes}
    # Faust flushes the producer before it commits: the committed records' writes are in;
    # of the later ones, any prefix (the last batches may not have left the producer).
    floor = before[commit_at - 1][1] if commit_at else 0
    persisted = table.log[: floor + int(kept * (len(table.log) - floor))]
    after = _run(records, commit_at, _fresh(), ChangelogTable.recovered(persisted))
    published |= {_key(c) for changes, _ in after for c in changes}
    assert published == expected


def test_no_crash_gives_the_changes_of_detect() -> None:
    records, expected, _ = _stream()
    got = _run(records, 0, _fresh(), ChangelogTable())
    assert {_key(c) for changes, _ in got for c in changes} == expected
