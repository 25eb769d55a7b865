"""A bounded memory of article ids, to drop exact duplicates before Kafka."""

from __future__ import annotations

from collections import OrderedDict

__all__ = ["SeenIds"]


class SeenIds:
    """The last ``capacity`` ids seen, least recently seen evicted first (an LRU set)."""

    def __init__(self, capacity: int = 100_000) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self._ids: OrderedDict[str, None] = OrderedDict()

    def __contains__(self, ident: object) -> bool:
        return ident in self._ids

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, ident: str) -> None:
        """Remember an id (refreshing it if already known), evicting the oldest beyond capacity."""
        self._ids[ident] = None
        self._ids.move_to_end(ident)
        while len(self._ids) > self.capacity:
            self._ids.popitem(last=False)

    def check_and_add(self, ident: str) -> bool:
        """True if the id was already known; remembers it either way."""
        known = ident in self._ids
        self.add(ident)
        return known
