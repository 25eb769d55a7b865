"""The broker goes away and comes back on the same port (EmbeddedBroker.set_down/set_up:
the librdkafka mock cannot be restarted on a fixed port, but it can refuse every
connection and keep its data, which is what a client sees of a restarted broker).

Meanwhile: a producer buffers and retries, the push endpoint answers 503, the worker
stays up. After: everything acknowledged or answered 202 is on the topic, the worker
resumes without a restart, and the alerts are the core's for what was accepted.
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from storywatch import _json
from storywatch.ingest.asgi import AsgiServer
from storywatch.ingest.normalize import DeadLetter
from storywatch.ingest.pipeline import Ingestor
from storywatch.ingest.push import create_app
from storywatch.models import Article, parse_article
from storywatch.stream.producer import ArticlePublisher, ProducerTuning

from .harness import Stack, check_alerts, corpus, expected_alert_ids

pytestmark = pytest.mark.kafka

TOKEN = "outage-test-token"  # noqa: S105  a test token
AUTH = {"Authorization": f"Bearer {TOKEN}"}


class Dead:
    """Dead letters of the push path (none expected here)."""

    def __init__(self) -> None:
        self.records: list[DeadLetter] = []

    async def dead_letter(self, record: DeadLetter) -> None:
        self.records.append(record)


def _jsonl(articles: list[Article]) -> bytes:
    return b"\n".join(_json.dumps(a.to_json_dict()) for a in articles)


async def _push_until_accepted(c: httpx.AsyncClient, batch: bytes, within_s: float) -> float:
    """Resend a 503'd batch as a client would; seconds until the 202."""
    start = time.monotonic()
    while True:
        r = await c.post("/v1/articles", content=batch, headers=AUTH)
        if r.status_code == 202:
            return time.monotonic() - start
        assert r.status_code == 503, r.text
        assert time.monotonic() - start < within_s, "push never accepted after the outage"
        await asyncio.sleep(0.2)


async def _outage(tmp_path: Path, n: int, down_s: float) -> dict[str, Any]:
    articles = corpus(n, seed=23)
    third = n // 3
    before, buffered, pushed = articles[:third], articles[third : 2 * third], articles[2 * third :]
    figures: dict[str, Any] = {"down_s": down_s}
    with Stack.running(tmp_path) as stack:
        worker = stack.start_worker()
        await stack.produce(before)
        await stack.wait_for_alerts(1, 180)
        patient = ProducerTuning(request_timeout_ms=int((down_s + 60) * 1000))
        hasty = ProducerTuning(request_timeout_ms=1000)
        topic = stack.topics.articles
        async with (
            ArticlePublisher(stack.bootstrap, topic, patient) as producer,
            ArticlePublisher(stack.bootstrap, topic, hasty) as push_producer,
        ):
            ingestor = Ingestor(push_producer, Dead(), publish_timeout_s=1.0)
            app = create_app(ingestor, TOKEN, lambda: datetime.now(UTC))
            async with (
                AsgiServer(app) as server,
                httpx.AsyncClient(base_url=server.url, timeout=30) as c,
            ):
                # Both producers are in use before the outage (they know the topic).
                await producer.publish(buffered[0])
                warm = await c.post("/v1/articles", content=_jsonl(pushed[:1]), headers=AUTH)
                assert warm.status_code == 202, warm.text
                stack.broker.set_down()
                down_at = time.monotonic()
                acks = [await producer.submit(a) for a in buffered[1:]]  # buffered, not lost
                batches = [_jsonl(pushed[i : i + 10]) for i in range(0, len(pushed), 10)]
                refused = [(await c.post("/v1/articles", content=b, headers=AUTH)).status_code
                           for b in batches]  # fmt: skip
                assert set(refused) == {503}, refused
                figures["push_503"] = len(refused)
                await asyncio.sleep(max(0.0, down_s - (time.monotonic() - down_at)))
                assert worker.poll() is None, stack.logs()
                stack.broker.set_up()
                up_at = time.monotonic()
                at_up = await stack.committed()
                await asyncio.wait_for(asyncio.gather(*acks), 120)
                figures["producer_flushed_s"] = round(time.monotonic() - up_at, 2)
                figures["push_accepted_s"] = round(
                    max([await _push_until_accepted(c, b, 60) for b in batches]), 2
                )
        await stack.wait_progress(at_up, 180)
        figures["worker_resumed_s"] = round(time.monotonic() - up_at, 2)
        await stack.drain(within_s=300)
        assert worker.poll() is None, "the worker had to be restarted\n" + stack.logs()
        on_topic = [parse_article(v) for v in await stack.read_topic(topic, partitions=1)]
        records = await stack.alert_records()
    ids = {a.id for a in on_topic}
    assert {a.id for a in before + buffered} <= ids, "an acknowledged article was lost"
    assert len(ids) == len(articles), "a pushed article answered 202 was lost"
    check_alerts(records, expected_alert_ids(on_topic))
    figures["alerts"] = len({r["alert_id"] for r in records})
    return figures


async def test_broker_outage_buffers_refuses_pushes_and_resumes(tmp_path: Path) -> None:
    print(f"outage: {await _outage(tmp_path, 240, down_s=6.0)}")


@pytest.mark.soak
async def test_soak_broker_outage_of_30_s(tmp_path: Path) -> None:
    print(f"outage soak: {await _outage(tmp_path, 1500, down_s=30.0)}")
