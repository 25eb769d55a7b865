"""The bare aiokafka baseline: consume -> classify+detect (the same core) -> produce, no Faust.

What the pipeline is measured against: one process, one consumer in a group, one
`engine.Detector` (the core `detect` runs), alerts built by the default watches and
produced batched; offsets committed after the batch's alerts are acknowledged
(at-least-once, like the pipeline). Invalid records are counted and skipped: this loop
is a yardstick, not a product.
"""

from __future__ import annotations

import asyncio
import signal
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import structlog

from storywatch import _json
from storywatch._exceptions import BrokerError, InvalidArticle
from storywatch._service import keep_cancellation
from storywatch.alerts import build_alerts, default_watches
from storywatch.engine import Detector
from storywatch.models import parse_article
from storywatch.stories import StoryConfig

__all__ = ["BaselineConfig", "run_baseline", "serve_baseline"]

log = structlog.get_logger(__name__)

JOIN_TIMEOUT_S = 120.0


@dataclass(frozen=True)
class BaselineConfig:
    """Where the loop reads and writes, and its batching knobs."""

    bootstrap: str
    source: str
    sink: str
    group: str
    max_records: int = 100  # small batches keep the poll loop alive in a rebalance
    poll_timeout_ms: int = 50
    linger_ms: int = 2
    fetch_max_wait_ms: int = 10  # as the pipeline's (stream/app.py): the mock broker waits it out
    story: StoryConfig = field(default_factory=StoryConfig)


def _clients(cfg: BaselineConfig) -> tuple[Any, Any]:
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer  # noqa: PLC0415  (adapter only)

    consumer = AIOKafkaConsumer(
        cfg.source, bootstrap_servers=cfg.bootstrap, group_id=cfg.group,
        enable_auto_commit=False, auto_offset_reset="earliest",
        session_timeout_ms=10_000, heartbeat_interval_ms=1_000, rebalance_timeout_ms=10_000,
        fetch_max_wait_ms=cfg.fetch_max_wait_ms,
    )  # fmt: skip
    producer = AIOKafkaProducer(
        bootstrap_servers=cfg.bootstrap, acks="all", linger_ms=cfg.linger_ms
    )
    return consumer, producer


class _Loop:
    def __init__(self, cfg: BaselineConfig, producer: Any) -> None:
        self.cfg, self.producer = cfg, producer
        self.detector = Detector(cfg.story)
        self.watches = default_watches()
        self.bad = 0

    async def handle(self, value: bytes | None) -> list[asyncio.Future[Any]]:
        """Classify+detect one record; the send futures of its alerts."""
        try:
            article = parse_article(_json.loads(value or b""))
        except (ValueError, InvalidArticle):
            self.bad += 1
            return []
        futures = []
        now = datetime.now(UTC)
        for change in self.detector.feed(article):
            for alert in build_alerts(change, self.watches, now):
                body = _json.dumps(alert.to_json_dict())
                key = change.story_id.encode()
                futures.append(await self.producer.send(self.cfg.sink, body, key=key))
        return futures


async def _join(cfg: BaselineConfig, within_s: float = JOIN_TIMEOUT_S) -> tuple[Any, Any]:
    """Started (consumer, producer), the consumer assigned.

    The embedded broker answers INVALID_REQUEST to a follower's SyncGroup that comes
    after the leader's (stream/joinwatch.py); aiokafka then fails `start` and parks the
    error until the user fetches. The consumer is up all the same: the error is
    collected and its coordinator joins again, as the Faust worker's join watch does.
    A new consumer each time (as this did before) joined as a new member while the
    failed one still counted in the group: 5 failures in a row in the full run of
    2026-11-26 06:18Z."""
    from aiokafka.errors import KafkaError  # noqa: PLC0415

    consumer, producer = _clients(cfg)
    await producer.start()
    try:
        await consumer.start()
    except KafkaError as e:
        log.warning("baseline_join_failed", error=str(e), next="joining the group again")
        await _assigned(consumer, within_s)
    return consumer, producer


async def _assigned(consumer: Any, within_s: float) -> None:
    """Collect the group error parked for us until `consumer` has an assignment."""
    from storywatch.stream.joinwatch import ParkedErrorWatch  # noqa: PLC0415

    watch = ParkedErrorWatch(lambda: consumer._coordinator)
    deadline = time.monotonic() + within_s
    while not consumer.assignment():
        if time.monotonic() > deadline:
            raise BrokerError(f"baseline: no assignment within {within_s:.0f} s")
        await watch.check()
        await asyncio.sleep(0.2)


async def _commit(consumer: Any) -> None:
    """Commit the batch; after a rebalance took the partitions, their new owner redoes it."""
    from aiokafka.errors import CommitFailedError  # noqa: PLC0415

    try:
        await consumer.commit()
    except CommitFailedError:
        log.warning("baseline_commit_lost_to_rebalance")


async def run_baseline(cfg: BaselineConfig, stop: asyncio.Event) -> int:
    """Run the loop until `stop` is set; return how many records were processed."""
    consumer, producer = await _join(cfg)
    loop, done = _Loop(cfg, producer), 0
    try:
        while not stop.is_set():
            batch = await consumer.getmany(
                timeout_ms=cfg.poll_timeout_ms, max_records=cfg.max_records
            )
            futures: list[asyncio.Future[Any]] = []
            for records in batch.values():
                for rec in records:
                    futures.extend(await loop.handle(rec.value))
                done += len(records)
            if futures:
                await asyncio.gather(*futures)
            if batch:
                await _commit(consumer)
    finally:
        await keep_cancellation(consumer.stop())
        await keep_cancellation(producer.stop())
    log.info("baseline_stopped", processed=done, bad=loop.bad)
    return done


def serve_baseline(cfg: BaselineConfig) -> int:
    """Run the loop in this process until SIGTERM or SIGINT."""

    async def main() -> int:
        stop = asyncio.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            asyncio.get_running_loop().add_signal_handler(sig, stop.set)
        return await run_baseline(cfg, stop)

    return asyncio.run(main())
