"""Safe article producer: acks=all, idempotent, batched; returns only after the broker ack.

Shared by `replay`, `demo` and the push endpoint (ingestion):

    async with ArticlePublisher(bootstrap, topic) as pub:
        await pub.publish(article)          # acknowledged by the broker when it returns
        await pub.publish_many(articles)    # pipelined, all acknowledged when it returns
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import structlog

from storywatch import _json
from storywatch._exceptions import BrokerError
from storywatch._service import AsyncService, keep_cancellation
from storywatch.models import Article
from storywatch.stream.broker import bootstrap_servers

__all__ = ["ArticlePublisher", "ProducerTuning", "encode_article"]

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class ProducerTuning:
    """Batching knobs: a short linger fills batches without adding visible latency."""

    linger_ms: int = 5
    max_batch_size: int = 256 * 1024
    request_timeout_ms: int = 30_000
    compression_type: str | None = None
    start_timeout_s: float = 15.0


def encode_article(article: Article) -> tuple[bytes, bytes]:
    """(key, value) of an `articles` record: the article id, the contract JSON."""
    return article.id.encode(), _json.dumps(article.to_json_dict())


class ArticlePublisher(AsyncService):
    """An aiokafka producer of Article records onto one topic."""

    def __init__(self, bootstrap: str, topic: str, tuning: ProducerTuning | None = None) -> None:
        self.bootstrap = bootstrap_servers(bootstrap)
        self.topic = topic
        self.tuning = tuning or ProducerTuning()
        self._producer: Any = None

    async def start(self) -> None:
        """Connect; BrokerError when the broker cannot be reached in time."""
        from aiokafka import AIOKafkaProducer  # noqa: PLC0415  (heavy import, adapters only)
        from aiokafka.errors import KafkaError  # noqa: PLC0415

        t = self.tuning
        producer = AIOKafkaProducer(
            bootstrap_servers=self.bootstrap,
            acks="all",
            enable_idempotence=True,
            linger_ms=t.linger_ms,
            max_batch_size=t.max_batch_size,
            request_timeout_ms=t.request_timeout_ms,
            compression_type=t.compression_type,
        )
        try:
            await asyncio.wait_for(producer.start(), t.start_timeout_s)
        except (KafkaError, TimeoutError, OSError, ValueError) as e:  # ValueError: bad host
            await keep_cancellation(producer.stop())
            raise BrokerError(f"cannot reach Kafka at {self.bootstrap}: {e}") from None
        self._producer = producer

    async def publish(self, article: Article) -> None:
        """Send one article; returns after the broker acknowledged it."""
        await (await self.submit(article))

    async def publish_many(self, articles: Iterable[Article]) -> int:
        """Send articles pipelined; returns the count once every one is acknowledged."""
        futures = [await self.submit(a) for a in articles]
        await asyncio.gather(*futures)
        return len(futures)

    async def submit(self, article: Article) -> asyncio.Future[Any]:
        """Queue one article; the returned future resolves when the broker acknowledged it."""
        key, value = encode_article(article)
        return await self.send_raw(self.topic, key, value)

    async def send_raw(self, topic: str, key: bytes | None, value: bytes) -> asyncio.Future[Any]:
        """Queue one record on any topic (dead letters); a future of the broker's ack."""
        if self._producer is None:
            raise BrokerError("publisher is not started")
        fut: asyncio.Future[Any] = await self._producer.send(topic, value=value, key=key)
        return fut

    async def stop(self) -> None:
        """Flush every accepted record, then disconnect."""
        producer, self._producer = self._producer, None
        if producer is not None:
            await producer.flush()
            await keep_cancellation(producer.stop())
