"""Fakes for the publisher and the dead-letter sink (no mocks)."""

from __future__ import annotations

import asyncio

from storywatch._exceptions import BrokerError
from storywatch.ingest.normalize import DeadLetter
from storywatch.models import Article


class ListSink:
    """Publishes into a list; ``down`` makes it fail like an unreachable broker."""

    def __init__(self) -> None:
        self.published: list[Article] = []
        self.down = False
        self.hang = False

    async def publish(self, article: Article) -> None:
        if self.hang:
            await asyncio.Event().wait()
        if self.down:
            raise BrokerError("broker unreachable")
        self.published.append(article)


class ListDeadLetters:
    """Collects dead letters."""

    def __init__(self) -> None:
        self.records: list[DeadLetter] = []

    async def dead_letter(self, record: DeadLetter) -> None:
        self.records.append(record)
