"""Adapter: silences in a compacted Kafka topic (`<prefix>silences`), so every worker sees them.

One record per silence id (key = id, value = Silence JSON, partition 0); expiring a
silence writes it again with ``ends_at`` = now, and compaction keeps the latest record of
each id. Workers read the topic from the beginning at start and then follow it (`follow`).
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import structlog
from pydantic import ValidationError

from storywatch import _json
from storywatch._exceptions import BrokerError
from storywatch._service import cancel_and_wait, keep_cancellation
from storywatch.alerts.silences import Silence, SilenceSet
from storywatch.stream.broker import bootstrap_servers

__all__ = ["SilenceStore", "silences_topic"]

log = structlog.get_logger(__name__)

LOAD_TIMEOUT_S = 15.0


def silences_topic(prefix: str) -> str:
    """The silences topic of a topic prefix."""
    return f"{prefix}silences"


def decode_silence(raw: bytes | None) -> Silence | None:
    """A record value as a Silence; None (logged) when it is not one."""
    try:
        return Silence.model_validate(_json.loads(raw or b""))
    except (ValueError, ValidationError) as e:
        log.warning("bad silence record skipped", reason=str(e).splitlines()[0][:200])
        return None


class SilenceStore:
    """Reads and writes the silences topic with aiokafka."""

    def __init__(self, bootstrap: str, topic: str) -> None:
        self.bootstrap = bootstrap_servers(bootstrap)
        self.topic = topic
        self.silences = SilenceSet()
        self._consumer: Any = None
        self._task: asyncio.Task[None] | None = None

    async def ensure_topic(self) -> None:
        """Create the topic compacted on a real Kafka (the embedded broker auto-creates it)."""
        from aiokafka.admin import AIOKafkaAdminClient, NewTopic  # noqa: PLC0415
        from aiokafka.errors import KafkaError  # noqa: PLC0415

        admin = AIOKafkaAdminClient(bootstrap_servers=self.bootstrap)
        spec = NewTopic(self.topic, 1, 1, topic_configs={"cleanup.policy": "compact"})
        try:
            await admin.start()
            await admin.create_topics([spec])
        # Already there (KafkaError), or a broker without a controller / CreateTopics, like
        # the embedded mock, where aiokafka's admin fails with AttributeError: auto-created.
        except (KafkaError, AttributeError) as e:
            log.debug("silences topic not created", topic=self.topic, reason=type(e).__name__)
        finally:
            await keep_cancellation(admin.close())

    async def put(self, silence: Silence) -> None:
        """Write one silence record and wait for the broker's acknowledgement."""
        from aiokafka import AIOKafkaProducer  # noqa: PLC0415
        from aiokafka.errors import KafkaError  # noqa: PLC0415

        producer = AIOKafkaProducer(bootstrap_servers=self.bootstrap, acks="all")
        try:
            await producer.start()
            # Always partition 0: silences are few, and every reader, even one that started
            # before the topic existed (and so assigned only partition 0), sees them all.
            await producer.send_and_wait(
                self.topic, _json.dumps(silence.to_json_dict()), key=silence.id.encode(),
                partition=0,
            )  # fmt: skip
        except KafkaError as e:
            raise BrokerError(f"cannot write silence to {self.topic}: {type(e).__name__}") from e
        finally:
            await keep_cancellation(producer.stop())
        self.silences.apply(silence)

    async def load(self, timeout_s: float = LOAD_TIMEOUT_S) -> SilenceSet:
        """Read the topic from the beginning to its end; keep consuming if `follow` runs."""
        await self._open()
        deadline = time.monotonic() + timeout_s
        while not await self._caught_up():
            if time.monotonic() > deadline:
                raise BrokerError(f"silences not read to the end within {timeout_s:.0f} s")
            await self._poll(200)
        return self.silences

    async def _open(self) -> None:
        if self._consumer is not None:
            return
        from aiokafka import AIOKafkaConsumer, TopicPartition  # noqa: PLC0415
        from aiokafka.errors import KafkaError  # noqa: PLC0415

        c = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, enable_auto_commit=False)
        try:
            await c.start()
            cluster = await c._client.fetch_all_metadata()  # no public call for it
            parts = cluster.partitions_for_topic(self.topic) or {0}
        except KafkaError as e:
            await keep_cancellation(c.stop())
            raise BrokerError(f"cannot reach Kafka at {self.bootstrap}: {type(e).__name__}") from e
        c.assign([TopicPartition(self.topic, p) for p in sorted(parts)])
        await c.seek_to_beginning()
        self._consumer = c

    async def _caught_up(self) -> bool:
        c = self._consumer
        parts = list(c.assignment())
        ends = await c.end_offsets(parts)
        positions = [await c.position(tp) for tp in parts]
        return all(pos >= ends[tp] for pos, tp in zip(positions, parts, strict=True))

    async def _poll(self, timeout_ms: int) -> None:
        batches = await self._consumer.getmany(timeout_ms=timeout_ms)
        for records in batches.values():
            for rec in records:
                silence = decode_silence(rec.value)
                if silence is not None:
                    self.silences.apply(silence)

    async def follow(self) -> None:
        """Start a task that applies new silence records as they arrive (after `load`)."""
        await self._open()

        async def loop() -> None:
            while True:
                await self._poll(500)

        self._task = asyncio.create_task(loop(), name="silences-follow")

    async def close(self) -> None:
        """Stop following and disconnect."""
        task, self._task = self._task, None
        await cancel_and_wait(task)
        consumer, self._consumer = self._consumer, None
        if consumer is not None:
            await keep_cancellation(consumer.stop())
