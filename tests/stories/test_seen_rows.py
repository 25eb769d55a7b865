"""The classify stage's index rows (stream.seen): a restart judges copies as before it."""

from __future__ import annotations

import json

from stories.test_seen import HEADLINE, PARAS, PARTIES, _article
from storywatch.models import Classified
from storywatch.stories import StoryItem, dedup
from storywatch.stream.seen import PREFIX, SeenLog
from storywatch.testing import event

EV = event("GBR", "meet", "ERI", issue="talks")


def _item(c: Classified) -> StoryItem:
    return StoryItem(story_id="ERI-GBR:talks", article=c, parties=("ERI", "GBR"), events=(EV,))


def _mark(log: SeenLog, c: Classified, offset: int, table: dict[str, str]) -> str | None:
    return log.mark(c, [_item(c)], (0, offset), table)[0].duplicate_of


def test_a_restarted_index_knows_the_articles_before_it() -> None:
    table: dict[str, str] = {}
    original = _article(1, 0, PARAS, HEADLINE, PARTIES)
    assert _mark(SeenLog(), original, 0, table) is None
    row = json.loads(table[f"{PREFIX}0"])
    assert row["fp"] == dedup.to_hex(original.fingerprint)  # hex: 2 characters a value
    copy = _article(2, 30, PARAS[:3], "UPDATE 1-" + HEADLINE, PARTIES)
    assert _mark(SeenLog(), copy, 1, table) == "x01"  # a new log: rebuilt from the table


def test_rows_of_earlier_versions_still_load() -> None:
    """A 16-value fingerprint kept as a list: loaded, never matched (it cannot be compared)."""
    original = _article(1, 0, PARAS, HEADLINE, PARTIES)
    table: dict[str, str] = {}
    _mark(SeenLog(), original, 0, table)
    row = json.loads(table[f"{PREFIX}0"])
    table[f"{PREFIX}0"] = json.dumps({**row, "fp": list(dedup.story_part(original.fingerprint))})
    copy = _article(2, 30, PARAS, HEADLINE, PARTIES)
    log = SeenLog()
    assert _mark(log, copy, 1, table) is None
    assert log.index is not None
    assert len(log.index) == 2
