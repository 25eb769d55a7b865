"""Redeliveries after a crash: the detect stage's write-ahead row and outbox in its table.

Faust sends a table's changelog as soon as a value is set, while the offset of the record
that set it is committed later. A worker killed in between comes back with a table that
already holds the effect of records Kafka then delivers again: run again, they find "no
change" and the changes they caused are lost. So, per partition `p` of `stories`:

    __wal__:<p>            written FIRST for each record: its offset and every table write
                           it makes. A recovered table may hold only some of the writes of
                           the last record (the changelog is a prefix); re-applying the
                           WAL completes them.
    __out__:<p>:<offset>   the changes a record caused (for the last `KEEP` such records),
                           written with its other writes.

A record at or below the WAL's offset is a redelivery: the stage returns its stored
changes again (the same alert ids downstream) and leaves the table alone.

Rows that only a restore reads (`wal_only` prefixes: the partition's clock, rewritten by
every record) live in the WAL row alone: `restore` writes the last record's back to the
table. That saves a changelog write per record.

Most records write one row and cause no change (an item that moves nothing, a copy):
for those the WAL row would only repeat that row. Their one row carries the marker
instead, `@<offset>:<n>:<wal-only rows as n characters of JSON><value>` (`marked`):
one changelog write per such record, not two. A restore takes the partition's last
offset and wal-only rows from whichever is newest, the WAL row or a marked row (the
changelog is a prefix: a marked row newer than the WAL means the WAL's record was
complete, so its writes are not re-applied). Readers of the table's values strip the
marker with `unmarked`.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass, field
from typing import Any

from storywatch import _json

__all__ = ["KEEP", "PREFIXES", "Outbox", "Staged", "marked", "unmarked"]

_WAL_KEY = "__wal__:{}"
_OUT_KEY = "__out__:{}:"
PREFIXES = ("__wal__:", "__out__:")
# Records with changes remembered per partition: far more than one commit interval makes.
KEEP = 10_000


def marked(offset: int, wal_only: dict[str, str | None], value: str) -> str:
    """`value` behind the marker of the record at `offset` and its wal-only rows."""
    head = _json.dumps_line(wal_only)
    return f"@{offset}:{len(head)}:{head}{value}"


def _split(text: str) -> tuple[int, str, str]:
    """(offset, wal-only rows JSON, value) of a marked row."""
    offset, n, rest = text[1:].split(":", 2)
    return int(offset), rest[: int(n)], rest[int(n) :]


def unmarked(text: str) -> str:
    """A table value without its marker (a value that has none as it is)."""
    return _split(text)[2] if text.startswith("@") else text


class Staged(MutableMapping[str, str]):
    """A read-through view of a table that keeps its writes aside (None: deleted)."""

    def __init__(self, table: MutableMapping[str, str]) -> None:
        self.table = table
        self.writes: dict[str, str | None] = {}

    def __getitem__(self, key: str) -> str:
        if key in self.writes:
            value = self.writes[key]
            if value is None:
                raise KeyError(key)
            return value
        return self.table[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.writes[key] = value

    def __delitem__(self, key: str) -> None:
        if key not in self:
            raise KeyError(key)
        self.writes[key] = None

    def __iter__(self) -> Iterator[str]:
        base = [k for k in list(self.table.keys()) if k not in self.writes]
        return iter(base + [k for k, v in self.writes.items() if v is not None])

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _apply(table: MutableMapping[str, str], writes: dict[str, str | None]) -> None:
    for key, value in writes.items():
        if value is not None:
            table[key] = value
        elif key in table:
            del table[key]


def _newest_marked(
    table: MutableMapping[str, str], mine: Callable[[str], bool]
) -> tuple[int, str] | None:
    """(offset, wal-only rows JSON) of the newest marked row among `mine` keys."""
    newest: tuple[int, str] | None = None
    for key in [k for k in list(table.keys()) if isinstance(k, str) and mine(k)]:
        value = table.get(key)
        if value is not None and value.startswith("@"):
            offset, head, _ = _split(value)
            if newest is None or offset > newest[0]:
                newest = (offset, head)
    return newest


@dataclass
class Outbox:
    """One partition's last applied offset and the offsets whose changes are kept."""

    partition: int
    last: int | None = None
    kept: deque[int] = field(default_factory=deque)
    wal_only: tuple[str, ...] = ()  # key prefixes kept in the WAL row only (see above)
    mine: Callable[[str], bool] = lambda _: False  # keys whose rows may be marked

    @property
    def _prefix(self) -> str:
        return _OUT_KEY.format(self.partition)

    @classmethod
    def restore(
        cls, partition: int, table: MutableMapping[str, str], wal_only: tuple[str, ...] = (),
        mine: Callable[[str], bool] = lambda _: False,
    ) -> Outbox:  # fmt: skip
        """Complete the last record's writes (its WAL-only rows included), then read what
        the table remembers. `mine`: the keys of the partition that may hold a marked row."""
        box = cls(partition, wal_only=wal_only, mine=mine)
        wal = table.get(_WAL_KEY.format(partition))
        data: dict[str, Any] | None = _json.loads(wal) if wal is not None else None
        newest = _newest_marked(table, mine)
        if newest is not None and (data is None or newest[0] > int(data["offset"])):
            box.last = newest[0]
            _apply(table, _json.loads(newest[1]))
        elif data is not None:
            _apply(table, data["writes"])
            box.last = int(data["offset"])
        n = len(box._prefix)
        rows = (k for k in list(table.keys()) if isinstance(k, str) and k.startswith(box._prefix))
        box.kept = deque(sorted(int(k[n:]) for k in rows))
        return box

    def seen(self, offset: int) -> bool:
        """True for a redelivered record (its effect is in the table already)."""
        return self.last is not None and offset <= self.last

    def replay(self, offset: int, table: MutableMapping[str, str]) -> list[tuple[bytes, bytes]]:
        """(key, value) of the changes a redelivered record caused."""
        row = table.get(f"{self._prefix}{offset:012d}")
        if row is None:
            return []
        return [(k.encode(), v.encode()) for k, v in _json.loads(row)]

    def commit(
        self, offset: int, staged: Staged, changes: list[tuple[bytes, bytes]],
        table: MutableMapping[str, str],
    ) -> None:  # fmt: skip
        """Write the record's WAL row, then its writes and outbox row, to the table; a
        record with one write and no change: that row alone, marked."""
        writes = dict(staged.writes)
        if not changes and self._single(offset, writes, table):
            self.last = offset
            return
        if changes:
            stored = [[k.decode(), v.decode()] for k, v in changes]
            writes[f"{self._prefix}{offset:012d}"] = _json.dumps_line(stored)
            self.kept.append(offset)
            while len(self.kept) > KEEP:
                writes[f"{self._prefix}{self.kept.popleft():012d}"] = None
        table[_WAL_KEY.format(self.partition)] = _json.dumps_line(
            {"offset": offset, "writes": writes}
        )
        prefixes = self.wal_only
        _apply(
            table, {k: v for k, v in writes.items() if not (prefixes and k.startswith(prefixes))}
        )
        self.last = offset

    def _single(
        self, offset: int, writes: dict[str, str | None], table: MutableMapping[str, str]
    ) -> bool:
        """Write a record's one row, marked with its offset and wal-only rows; False (and
        nothing written) when it has another number of rows, deletes one, or writes a
        row a restore does not look at (`mine`)."""
        prefixes = self.wal_only
        rows = [k for k in writes if not (prefixes and k.startswith(prefixes))]
        if len(rows) != 1 or writes[rows[0]] is None or not self.mine(rows[0]):
            return False
        extra = {k: v for k, v in writes.items() if k != rows[0]}
        table[rows[0]] = marked(offset, extra, str(writes[rows[0]]))
        return True
