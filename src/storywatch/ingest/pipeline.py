"""From normalised articles to Kafka: exact-duplicate drop, publish, dead letters.

The publisher and the dead-letter sink are Protocols: the stream stage's
``ArticlePublisher`` fits, and so does a list in a test.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

import structlog
from aiokafka.errors import KafkaError

from storywatch._exceptions import BrokerError
from storywatch.ingest.backoff import Backoff
from storywatch.ingest.normalize import DeadLetter
from storywatch.ingest.poller import PollResult
from storywatch.ingest.seen import SeenIds
from storywatch.models import Article

__all__ = [
    "PUBLISH_ERRORS",
    "Accepted",
    "ArticleSink",
    "DeadLetterSink",
    "IngestMetrics",
    "Ingestor",
    "PublishFailed",
]

log = structlog.get_logger(__name__)

# What a broker outage looks like to us: our BrokerError, aiokafka's errors, a timeout, a socket.
PUBLISH_ERRORS: tuple[type[Exception], ...] = (BrokerError, KafkaError, TimeoutError, OSError)


class ArticleSink(Protocol):
    """Publishes one article; returns only once the broker acknowledged it."""

    async def publish(self, article: Article) -> None: ...


class DeadLetterSink(Protocol):
    """Records a record that could not be ingested."""

    async def dead_letter(self, record: DeadLetter) -> None: ...


class IngestMetrics(Protocol):
    """What the ingestor counts (storywatch.observe.Metrics fits)."""

    def observe_article(self, source: str, outcome: str) -> None: ...

    def observe_deadletter(self, stage: str, reason: str, source: str | None = None) -> None: ...


class PublishFailed(BrokerError):
    """The broker did not acknowledge in time; nothing after the failure was accepted."""


@dataclass(frozen=True)
class Accepted:
    """Outcome of a batch: how many were published, how many dropped as duplicates."""

    published: int
    duplicates: int


class Ingestor:
    """Drops exact duplicates (bounded memory), publishes the rest, dead-letters the invalid."""

    def __init__(
        self,
        sink: ArticleSink,
        dead: DeadLetterSink,
        seen: SeenIds | None = None,
        *,
        publish_timeout_s: float = 10.0,
        metrics: IngestMetrics | None = None,
    ) -> None:
        self.sink = sink
        self.dead = dead
        self.seen = seen or SeenIds()
        self.publish_timeout_s = publish_timeout_s  # for a whole batch to be acknowledged
        self.metrics = metrics

    async def _publish_all(self, articles: Iterable[Article]) -> list[BaseException | None]:
        """Publish concurrently (the producer batches them); per article: None or its error."""
        tasks = [asyncio.ensure_future(self.sink.publish(a)) for a in articles]
        if not tasks:
            return []
        _, pending = await asyncio.wait(tasks, timeout=self.publish_timeout_s)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        timed_out = TimeoutError(f"no acknowledgement within {self.publish_timeout_s:g}s")
        return [timed_out if t in pending else t.exception() for t in tasks]

    async def accept(self, articles: Iterable[Article], label: str = "push") -> Accepted:
        """Publish the articles not seen before; PublishFailed if the broker fails.

        An id is remembered only after its ack, so a batch that failed can be
        sent again in full and loses nothing. ``label`` is the metrics' source label
        (a configured source name, never a client-supplied value).
        """
        fresh: dict[str, Article] = {}
        duplicates = 0
        for article in articles:
            if article.id in self.seen or article.id in fresh:
                duplicates += 1
                self._count(label, "duplicate")
            else:
                fresh[article.id] = article
        errors = await self._publish_all(fresh.values())
        for ident, error in zip(fresh, errors, strict=True):
            if error is None:
                self.seen.add(ident)
                self._count(label, "accepted")
        failed = [e for e in errors if e is not None]
        if failed:
            _raise_publish_failure(failed[0])
        return Accepted(len(fresh), duplicates)

    def _count(self, source: str, outcome: str) -> None:
        if self.metrics is not None:
            self.metrics.observe_article(source, outcome)

    async def dead_letters(self, records: Iterable[DeadLetter], label: str = "push") -> None:
        """Send dead letters; a failing dead-letter sink is logged, never raised."""
        for record in records:
            log.warning("dead letter", source=record.source, reason=record.reason)
            if self.metrics is not None:
                self.metrics.observe_deadletter(record.stage, record.reason, source=label)
            try:
                await self.dead.dead_letter(record)
            except PUBLISH_ERRORS as e:
                log.warning("dead letter not recorded", source=record.source, error=str(e))

    async def handle(
        self,
        result: PollResult,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        backoff: Backoff | None = None,
    ) -> None:
        """Ingest one poll result, retrying publication while the broker is down."""
        await self.dead_letters(result.dead, label=result.source.name)
        articles = [n.article for n in result.articles]
        for n in result.articles:
            if n.flags:
                log.info("article flagged", source=result.source.name, id=n.article.id,
                         flags=list(n.flags))  # fmt: skip
        backoff = backoff or Backoff(base_s=1.0, cap_s=60.0)
        failures = 0
        while True:
            try:
                await self.accept(articles, label=result.source.name)
            except PublishFailed as e:
                failures += 1
                log.warning("publish failed, retrying", source=result.source.name, error=str(e))
                await sleep(backoff.delay(failures, 0.5))
            else:
                return


def _raise_publish_failure(error: BaseException) -> None:
    if isinstance(error, PUBLISH_ERRORS):
        reason = str(error) or type(error).__name__
        raise PublishFailed(f"broker did not acknowledge: {reason}") from error
    raise error
