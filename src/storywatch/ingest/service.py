"""`storywatch serve`: the push endpoint and the source pollers, publishing into Kafka.

Shutdown order: stop accepting pushes (in-flight requests finish), stop the
pollers (bounded by a grace period), then flush and close the producers, so
every record answered 202 or polled before the stop is on the topic.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from multiprocessing import get_context

import httpx
import structlog

from storywatch._service import cancel_and_wait
from storywatch.ingest.asgi import AsgiServer
from storywatch.ingest.deadletters import KafkaDeadLetters
from storywatch.ingest.fulltext import FullText
from storywatch.ingest.http import make_client
from storywatch.ingest.pipeline import IngestMetrics, Ingestor
from storywatch.ingest.poller import Poller
from storywatch.ingest.push import PushLimits, create_app
from storywatch.ingest.seen import SeenIds
from storywatch.ingest.sources import Source
from storywatch.stream.producer import ArticlePublisher

__all__ = ["ServeConfig", "serve"]

log = structlog.get_logger(__name__)


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class ServeConfig:
    """Everything `serve` needs, resolved from Settings by the CLI."""

    bootstrap: str
    articles_topic: str
    deadletter_topic: str
    sources: list[Source] = field(default_factory=list)
    push_token: str | None = None
    push_host: str = "127.0.0.1"
    push_port: int = 8080
    fulltext_allow_private: bool = False
    shutdown_grace_s: float = 30.0
    seen_capacity: int = 100_000
    push_limits: PushLimits = field(default_factory=PushLimits)
    parse_workers: int = 0  # processes parsing feeds off the event loop (0: parse in the loop)


def _polling_ended(task: asyncio.Task[None], stop: asyncio.Event) -> None:
    """Polling never ends on its own: if it died, stop the service rather than idle silently."""
    if not task.cancelled() and task.exception() is not None:
        log.error("polling stopped by an error; shutting down", error=repr(task.exception()))
        stop.set()


async def _stop_pollers(task: asyncio.Task[None] | None, grace_s: float) -> None:
    if task is None:
        return
    try:
        await asyncio.wait_for(asyncio.shield(task), grace_s)
    except TimeoutError:
        await cancel_and_wait(task)


async def _start_push(
    stack: contextlib.AsyncExitStack, config: ServeConfig, ingestor: Ingestor
) -> str | None:
    """Listen for pushes (stopped by the stack: in-flight requests finish); the URL or None."""
    if not config.push_token:
        return None
    app = create_app(ingestor, config.push_token, _now, config.push_limits)
    server = await stack.enter_async_context(AsgiServer(app, config.push_host, config.push_port))
    return f"{server.url}/v1/articles"


def _poller(
    stack: contextlib.AsyncExitStack, config: ServeConfig, client: httpx.AsyncClient, seen: SeenIds
) -> Poller:
    full = FullText(
        client, _now, allow_private=config.fulltext_allow_private, known=seen.__contains__
    )
    pool = None
    if config.sources and config.parse_workers:
        pool = ProcessPoolExecutor(config.parse_workers, mp_context=get_context("spawn"))
        stack.callback(pool.shutdown, wait=True, cancel_futures=True)
    return Poller(client, _now, enrich=full.enrich, executor=pool)


async def serve(
    config: ServeConfig,
    stop: asyncio.Event,
    *,
    metrics: IngestMetrics | None = None,
    on_ready: Callable[[str | None], None] | None = None,
) -> None:
    """Run until ``stop`` is set; ``on_ready`` gets the push URL (None if push is off)."""
    async with (
        ArticlePublisher(config.bootstrap, config.articles_topic) as publisher,
        KafkaDeadLetters(config.bootstrap, config.deadletter_topic) as dead,
        make_client() as client,
    ):
        ingestor = Ingestor(publisher, dead, SeenIds(config.seen_capacity), metrics=metrics)
        async with contextlib.AsyncExitStack() as stack:
            poller = _poller(stack, config, client, ingestor.seen)
            url = await _start_push(stack, config, ingestor)
            polling = None
            if config.sources:
                polling = asyncio.create_task(poller.run(config.sources, ingestor.handle, stop))
                polling.add_done_callback(lambda task: _polling_ended(task, stop))
            log.info("serving", push=url, sources=len(config.sources), topic=config.articles_topic)
            if on_ready is not None:
                on_ready(url)
            await stop.wait()
            await _stop_pollers(polling, config.shutdown_grace_s)
        log.info("stopped; flushing the producers")
