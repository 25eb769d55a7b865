"""The detect stage's write-ahead row and its marked rows (stream.outbox): a restore
takes the last record's offset, rows and clock from whichever is newest."""

from __future__ import annotations

from storywatch.stream.outbox import Outbox, Staged, unmarked

CLOCK = "__clock__:0"


def _mine(key: str) -> bool:
    return not key.startswith("__")


def _commit(box: Outbox, table: dict[str, str], offset: int, writes: dict[str, str]) -> None:
    staged = Staged(table)
    for k, v in writes.items():
        staged[k] = v
    box.commit(offset, staged, [], table)


def _box() -> Outbox:
    return Outbox(0, wal_only=("__clock__:",), mine=_mine)


def test_a_record_with_one_row_writes_it_alone_marked() -> None:
    table: dict[str, str] = {}
    _commit(_box(), table, 7, {"a": '{"v":1}', CLOCK: '{"w":1}'})
    assert list(table) == ["a"]
    assert unmarked(table["a"]) == '{"v":1}'


def test_a_restore_after_a_marked_record_keeps_its_row_and_clock() -> None:
    """The WAL of an earlier record is not re-applied over the newer marked row."""
    table: dict[str, str] = {}
    box = _box()
    _commit(box, table, 1, {"a": '{"v":1}', "b": '{"v":1}', CLOCK: '{"w":1}'})
    _commit(box, table, 2, {"a": '{"v":2}', CLOCK: '{"w":2}'})
    restored = Outbox.restore(0, table, ("__clock__:",), _mine)
    assert restored.last == 2
    assert restored.seen(2)
    assert not restored.seen(3)
    assert unmarked(table["a"]) == '{"v":2}'
    assert table[CLOCK] == '{"w":2}'


def test_a_restore_completes_a_record_whose_wal_is_newer_than_any_marked_row() -> None:
    table: dict[str, str] = {}
    box = _box()
    _commit(box, table, 1, {"a": '{"v":1}', CLOCK: '{"w":1}'})
    _commit(box, table, 2, {"a": '{"v":2}', "b": '{"v":2}', CLOCK: '{"w":2}'})
    del table["b"]  # the crash came between the WAL row and this write
    restored = Outbox.restore(0, table, ("__clock__:",), _mine)
    assert restored.last == 2
    assert table["b"] == '{"v":2}'
    assert table[CLOCK] == '{"w":2}'


def test_a_row_no_restore_looks_at_or_a_delete_goes_through_the_wal() -> None:
    table: dict[str, str] = {"gone": "{}"}
    box = _box()
    _commit(box, table, 1, {"__buf__:0:1": "{}"})
    assert "__wal__:0" in table
    staged = Staged(table)
    del staged["gone"]
    box.commit(2, staged, [], table)
    assert "gone" not in table
    assert Outbox.restore(0, table, ("__clock__:",), _mine).last == 2
