"""The classify stage's index rows (stream.seen): a restart judges copies as before it."""

from __future__ import annotations

import json

from stories.test_seen import HEADLINE, PARAS, PARTIES, _article
from storywatch.bench.corpus import CorpusConfig, generate
from storywatch.classify import classify_article
from storywatch.models import Classified
from storywatch.stories import SeenIndex, StoryItem, dedup, mark_copy, route
from storywatch.stream.seen import PREFIX, SeenLog
from storywatch.testing import event

EV = event("GBR", "meet", "ERI", issue="talks")


def _item(c: Classified) -> StoryItem:
    return StoryItem(story_id="ERI-GBR:talks", article=c, parties=("ERI", "GBR"), events=(EV,))


def _mark(log: SeenLog, c: Classified, offset: int, table: dict[str, str]) -> str | None:
    return log.mark(c, [_item(c)], (0, offset), table)[0].duplicate_of


def _written(log: SeenLog, table: dict[str, str]) -> SeenLog:
    log.write(lambda _: table)  # what the stage does before an offset commit
    return log


def test_a_restarted_index_knows_the_articles_before_it() -> None:
    table: dict[str, str] = {}
    original = _article(1, 0, PARAS, HEADLINE, PARTIES)
    log = SeenLog()
    assert _mark(log, original, 0, table) is None
    _written(log, table)
    (row,) = json.loads(table[f"{PREFIX}0:{0:012d}"])
    assert row["fp"] == dedup.to_hex(original.fingerprint)  # hex: 2 characters a value
    copy = _article(2, 30, PARAS[:3], "UPDATE 1-" + HEADLINE, PARTIES)
    assert _mark(SeenLog(), copy, 1, table) == "x01"  # a new log: rebuilt from the table


def test_rows_of_earlier_versions_still_load() -> None:
    """A 16-value fingerprint kept as a list: loaded, never matched (it cannot be compared)."""
    original = _article(1, 0, PARAS, HEADLINE, PARTIES)
    table: dict[str, str] = {}
    log = SeenLog()
    _mark(log, original, 0, table)
    _written(log, table)
    (row,) = json.loads(table.pop(f"{PREFIX}0:{0:012d}"))
    # One row per article in a ring of slots, as earlier versions wrote them.
    table[f"{PREFIX}0"] = json.dumps({**row, "fp": list(dedup.story_part(original.fingerprint))})
    copy = _article(2, 30, PARAS, HEADLINE, PARTIES)
    log = SeenLog()
    assert _mark(log, copy, 1, table) is None
    assert log.index is not None
    assert len(log.index) == 2


def _flood() -> list[Classified]:
    cfg = CorpusConfig(articles=400, seed=3, syndicated_share=0.8, noise_share=0.05,
                       target_chars=600, articles_per_hour=600.0)  # fmt: skip
    return [classify_article(it.article) for it in generate(cfg)]


def _judge(arts: list[Classified], restart_every: int) -> list[str | None]:
    """duplicate_of of every routed item, the log rebuilt from its rows every so often."""
    table: dict[str, str] = {}
    log, out = SeenLog(), []
    for n, c in enumerate(arts):
        if n and n % restart_every == 0:
            _written(log, table)  # its last commit
            log = SeenLog()  # a new worker: the table is all it knows
        out += [item.duplicate_of for item in log.mark(c, route(c), (0, n), table)]
    return out


def test_a_rebuilt_index_judges_every_copy_as_the_uninterrupted_one() -> None:
    """A flood of copies, the classify stage restarted (or rebalanced) every 50 articles:
    the same copies, of the same originals, as without a restart and as the Detector's
    index (both drivers call mark_copy on one SeenIndex)."""
    arts = _flood()
    once = _judge(arts, restart_every=len(arts) + 1)
    assert sum(x is not None for x in once) >= len(once) // 2
    assert _judge(arts, restart_every=50) == once
    index = SeenIndex()
    core = []
    for c in arts:
        index.add(c)
        core += [mark_copy(item, index).duplicate_of for item in route(c)]
    assert core == once


def test_items_leave_with_the_story_part_of_the_fingerprint() -> None:
    """The `stories` topic carries 16 values an article, as before the index had 128."""
    c = _article(1, 0, PARAS, HEADLINE, PARTIES)
    (item,) = SeenLog().mark(c, [_item(c)], (0, 0), None)
    assert item.article.fingerprint == dedup.story_part(c.fingerprint)
    assert len(item.model_dump_json()) < len(_item(c).model_dump_json()) - 300
