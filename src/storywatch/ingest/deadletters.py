"""Dead letters onto a Kafka topic (acks=all, idempotent), and onto a text stream for the CLI."""

from __future__ import annotations

import asyncio
from typing import Any, TextIO

from storywatch import _json
from storywatch._exceptions import BrokerError
from storywatch._service import AsyncService, keep_cancellation
from storywatch.ingest.normalize import DeadLetter
from storywatch.stream.broker import bootstrap_servers

__all__ = ["KafkaDeadLetters", "StreamDeadLetters"]

START_TIMEOUT_S = 15.0


class KafkaDeadLetters(AsyncService):
    """Publishes each dead letter as JSON, keyed by source; returns after the broker's ack."""

    def __init__(self, bootstrap: str, topic: str) -> None:
        self.bootstrap = bootstrap_servers(bootstrap)
        self.topic = topic
        self._producer: Any = None

    async def start(self) -> None:
        """Connect; BrokerError if the broker cannot be reached in time."""
        from aiokafka import AIOKafkaProducer  # noqa: PLC0415  (heavy import, adapters only)
        from aiokafka.errors import KafkaError  # noqa: PLC0415

        producer = AIOKafkaProducer(
            bootstrap_servers=self.bootstrap, acks="all", enable_idempotence=True, linger_ms=5
        )
        try:
            await asyncio.wait_for(producer.start(), START_TIMEOUT_S)
        except (KafkaError, TimeoutError, OSError) as e:
            await keep_cancellation(producer.stop())
            raise BrokerError(f"cannot reach Kafka at {self.bootstrap}: {e}") from None
        self._producer = producer

    async def dead_letter(self, record: DeadLetter) -> None:
        """Send one dead letter and wait for its ack."""
        if self._producer is None:
            raise BrokerError("dead-letter producer is not started")
        value = _json.dumps(record.to_json_dict())
        await self._producer.send_and_wait(self.topic, value=value, key=record.source.encode())

    async def stop(self) -> None:
        """Flush, then disconnect."""
        producer, self._producer = self._producer, None
        if producer is not None:
            await producer.flush()
            await keep_cancellation(producer.stop())


class StreamDeadLetters:
    """Writes each dead letter as one JSON line to a text stream (stderr for the CLI)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    async def dead_letter(self, record: DeadLetter) -> None:
        """Write one JSON line."""
        self.stream.write(_json.dumps_line(record.to_json_dict()) + "\n")
        self.stream.flush()
