"""Knowing when the pipeline has processed everything: consumer-group lag reaches zero.

Offsets are committed only after a record's outputs are acknowledged, so when the group
has committed every offset of `articles`, the `stories` records they caused exist; when
it has committed every offset of `stories`, the changes exist; and so on downstream.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from typing import Any

import structlog

from storywatch._exceptions import BrokerError
from storywatch._service import keep_cancellation
from storywatch.stream.broker import bootstrap_servers
from storywatch.stream.records import StoryRecord, encode

__all__ = ["GroupLag", "flush_stories", "partitions_of", "read_to_end"]

log = structlog.get_logger(__name__)


async def partitions_of(consumer: Any, topic: str) -> set[int]:
    """The partitions of `topic` from fresh metadata (empty if it does not exist).

    aiokafka's public `partitions_for_topic` answers only for subscribed topics.
    """
    cluster = await consumer._client.fetch_all_metadata()
    return set(cluster.partitions_for_topic(topic) or ())


class GroupLag:
    """Reads a consumer group's committed offsets against the topics' end offsets."""

    def __init__(self, bootstrap: str, group: str, topics: Sequence[str]) -> None:
        self.bootstrap = bootstrap_servers(bootstrap)
        self.group = group
        self.topics = tuple(topics)
        self._consumer: Any = None

    async def start(self) -> None:
        """Connect (a consumer of the group that never joins it: it only reads offsets)."""
        from aiokafka import AIOKafkaConsumer  # noqa: PLC0415

        self._consumer = AIOKafkaConsumer(
            bootstrap_servers=self.bootstrap, group_id=self.group, enable_auto_commit=False
        )
        await self._consumer.start()

    async def stop(self) -> None:
        """Disconnect."""
        consumer, self._consumer = self._consumer, None
        if consumer is not None:
            await keep_cancellation(consumer.stop())

    async def lag(self) -> dict[str, int]:
        """Uncommitted records per topic (a partition never committed counts in full)."""
        from aiokafka import TopicPartition  # noqa: PLC0415

        c = self._consumer
        out: dict[str, int] = {}
        for topic in self.topics:
            parts = await partitions_of(c, topic)
            tps = [TopicPartition(topic, p) for p in sorted(parts)]
            ends = await c.end_offsets(tps) if tps else {}
            total = 0
            for tp in tps:
                committed = await c.committed(tp)
                total += ends[tp] - (committed or 0)
            out[topic] = total
        return out

    async def wait_drained(self, within_s: float, settle: int = 2, poll_s: float = 0.2) -> None:
        """Return once every topic's lag is 0 on `settle` polls in a row; BrokerError if not."""
        deadline = time.monotonic() + within_s
        calm = 0
        last: dict[str, int] = {}
        while calm < settle:
            if time.monotonic() > deadline:
                raise BrokerError(f"pipeline not drained after {within_s:.0f} s (lag {last})")
            last = await self.lag()
            calm = calm + 1 if not any(last.values()) else 0
            await asyncio.sleep(poll_s)
        log.debug("drained", group=self.group, topics=self.topics)


async def flush_stories(bootstrap: str, stories_topic: str) -> int:
    """Append a flush record to every partition of `stories` (end of input: the detect
    stage releases its reorder buffer, as `Detector.finish` does); returns the count."""
    from aiokafka import AIOKafkaProducer  # noqa: PLC0415

    producer = AIOKafkaProducer(bootstrap_servers=bootstrap_servers(bootstrap), acks="all")
    await producer.start()
    try:
        parts = await producer.partitions_for(stories_topic)
        value = encode(StoryRecord(kind="flush"))
        await asyncio.gather(*[
            await producer.send(stories_topic, value=value, partition=p) for p in sorted(parts)
        ])  # fmt: skip
    finally:
        await keep_cancellation(producer.stop())
    return len(parts)


async def read_to_end(bootstrap: str, topic: str, limit: int = 100_000) -> list[bytes]:
    """Every value of `topic` from the beginning to its current end (at most `limit`)."""
    from aiokafka import AIOKafkaConsumer, TopicPartition  # noqa: PLC0415

    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap_servers(bootstrap))
    await consumer.start()
    try:
        tps = [TopicPartition(topic, p) for p in sorted(await partitions_of(consumer, topic))]
        if not tps:
            return []
        consumer.assign(tps)
        await consumer.seek_to_beginning()
        ends = await consumer.end_offsets(tps)
        out: list[bytes] = []
        while len(out) < limit and any([await consumer.position(tp) < ends[tp] for tp in tps]):
            batches = await consumer.getmany(timeout_ms=500)
            out += [m.value for ms in batches.values() for m in ms if m.value is not None]
        return out
    finally:
        await keep_cancellation(consumer.stop())
