"""The classify stage's near-duplicate entries reach the story table in one row per
`articles` partition at each commit (stream.seen.SeenLog.write), not a row per article."""

from __future__ import annotations

import json
from collections.abc import MutableMapping

from storywatch.bench.corpus import CorpusConfig, generate
from storywatch.classify import classify_article
from storywatch.models import Classified
from storywatch.stories import StoryConfig, route
from storywatch.stream.seen import PREFIX, SeenLog


def _arts(n: int) -> list[Classified]:
    cfg = CorpusConfig(articles=n, seed=5, syndicated_share=0.5, target_chars=600)
    return [classify_article(it.article) for it in generate(cfg)]


def _rows(table: dict[str, str]) -> dict[str, list[dict[str, object]]]:
    return {k: json.loads(v) for k, v in table.items() if k.startswith(PREFIX)}


def _mark(log: SeenLog, arts: list[Classified], part: int, table: dict[str, str]) -> None:
    for offset, c in enumerate(arts):
        log.mark(c, route(c), (part, offset), table)


def test_entries_wait_for_the_commit_then_go_in_one_row_per_partition() -> None:
    arts, table = _arts(12), {}
    log = SeenLog()
    _mark(log, arts[:6], 0, table)
    _mark(log, arts[6:], 1, table)
    assert _rows(table) == {}
    asked: list[int | None] = []

    def rows(part: int | None) -> MutableMapping[str, str]:
        asked.append(part)
        return table

    assert log.write(rows) == 2
    got = _rows(table)
    assert sorted(got) == [f"{PREFIX}0:{0:012d}", f"{PREFIX}1:{0:012d}"]
    assert [e["id"] for e in got[f"{PREFIX}1:{0:012d}"]] == [c.id for c in arts[6:]]
    assert set(asked) == {0, 1}  # each row through its partition's changelog
    assert log.write(rows) == 0  # nothing new: no row


def test_rows_past_the_capacity_are_deleted_oldest_first() -> None:
    arts, table = _arts(30), {}
    log = SeenLog(StoryConfig(seen_capacity=10))
    for n in range(0, 30, 5):  # a commit every 5 articles
        for offset in range(n, n + 5):
            log.mark(arts[offset], [], (0, offset), table)
        log.write(lambda _: table)
    kept = sorted(e["offset"] for entries in _rows(table).values() for e in entries)
    assert kept == list(range(20, 30))


def test_two_workers_rows_of_other_partitions_all_survive_a_takeover() -> None:
    """Each worker numbers its own entries; the rows of one never replace the other's
    (the earlier ring slots did: a takeover kept whichever it replayed last)."""
    arts, table = _arts(21), {}
    first, second = SeenLog(), SeenLog()
    _mark(first, arts[:10], 0, table)
    _mark(second, arts[10:], 1, table)
    first.write(lambda _: table)
    second.write(lambda _: table)
    heir = SeenLog()
    heir.mark(arts[20], [], (2, 0), table)  # its first article restores the index
    assert heir.index is not None
    assert len(heir.index) == 21


def test_a_reset_keeps_the_entries_not_written_and_the_rebuilt_index_counts_them() -> None:
    arts, table = _arts(9), {}
    log = SeenLog()
    _mark(log, arts[:4], 0, table)
    log.write(lambda _: table)
    _mark(log, arts[4:8], 1, table)
    log.reset()  # a rebalance before the next commit
    log.mark(arts[8], [], (3, 0), table)
    assert log.index is not None
    assert len(log.index) == 9
    log.write(lambda _: table)
    assert sum(len(v) for v in _rows(table).values()) == 9
