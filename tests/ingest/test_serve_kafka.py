"""`storywatch serve` and the push endpoint against the embedded Kafka broker."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sys
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from aiokafka import AIOKafkaConsumer

from storywatch.ingest.asgi import AsgiServer
from storywatch.ingest.pipeline import Ingestor
from storywatch.ingest.push import create_app
from storywatch.models import parse_article
from storywatch.stream.broker import EmbeddedBroker
from storywatch.stream.producer import ArticlePublisher, ProducerTuning

from .fakes import ListDeadLetters
from .server import SampleServer

pytestmark = pytest.mark.kafka

TOKEN = "kafka-test-token"  # noqa: S105  a test token
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _article(n: int) -> dict[str, object]:
    return {
        "url": f"https://push.example.com/k/{n}",
        "source": "crawler",
        "published_at": "2025-03-06T10:00:00Z",
        "title": f"Talks resume, round {n}",
        "body": "Negotiators resumed talks on Friday.",
    }


async def _consume(bootstrap: str, topic: str, count: int, timeout_s: float = 20) -> list[bytes]:
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest")
    await consumer.start()
    values: list[bytes] = []
    try:
        async with asyncio.timeout(timeout_s):
            while len(values) < count:
                batch = await consumer.getmany(timeout_ms=200)
                values += [m.value for msgs in batch.values() for m in msgs]
    finally:
        await consumer.stop()
    return values


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _drain(stream: asyncio.StreamReader, lines: list[str], ready: asyncio.Event) -> None:
    """Collect the child's stderr (so its pipe never fills); set ``ready`` at the push line."""
    while line := await stream.readline():
        lines.append(line.decode(errors="replace"))
        if "push on" in lines[-1]:
            ready.set()


async def test_serve_polls_sources_and_accepts_pushes_into_kafka(
    kafka_bootstrap: str, feed_server: SampleServer, tmp_path: Path
) -> None:
    prefix = f"t{uuid.uuid4().hex[:8]}-"
    port, metrics_port = _free_port(), _free_port()
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        f"- {{name: atom, url: '{feed_server.url('/atom.xml')}', interval_s: 60}}\n"
        f"- {{name: wire, url: '{feed_server.url('/newsapi.json')}', interval_s: 60}}\n"
    )
    env = {**os.environ, "STORYWATCH_BROKER": kafka_bootstrap, "STORYWATCH_TOPIC_PREFIX": prefix,
           "STORYWATCH_PUSH_TOKEN": TOKEN, "STORYWATCH_PUSH_PORT": str(port),
           "STORYWATCH_METRICS_PORT": str(metrics_port)}  # fmt: skip
    exe = Path(sys.executable).parent / "storywatch"
    proc = await asyncio.create_subprocess_exec(
        str(exe), "serve", "--sources", str(sources), env=env, stderr=asyncio.subprocess.PIPE
    )
    assert proc.stderr is not None
    lines: list[str] = []
    ready = asyncio.Event()
    drain = asyncio.create_task(_drain(proc.stderr, lines, ready))
    try:
        await asyncio.wait_for(ready.wait(), 30)
        async with httpx.AsyncClient(timeout=10) as client:
            url = f"http://127.0.0.1:{port}/v1/articles"
            response = await client.post(url, content=json.dumps(_article(1)), headers=AUTH)
        assert response.status_code == 202
        async with httpx.AsyncClient(timeout=10) as client:
            scrape = (await client.get(f"http://127.0.0.1:{metrics_port}/metrics")).text
        assert 'storywatch_articles_total{outcome="accepted",source="push"} 1.0' in scrape
        articles = [
            parse_article(json.loads(v))
            for v in await _consume(kafka_bootstrap, f"{prefix}articles", 5)
        ]
        dead = [json.loads(v) for v in await _consume(kafka_bootstrap, f"{prefix}deadletter", 1)]
    finally:
        proc.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(proc.wait(), 30)
        await asyncio.wait_for(drain, 5)
    assert code == 0, "".join(lines)
    assert {a.source for a in articles} == {"atom", "Example Wire", "crawler"}
    assert len({a.id for a in articles}) == 5
    assert dead[0]["source"] == "wire"
    assert "javascript:alert(1)" in dead[0]["raw"]


@pytest.fixture
async def own_broker() -> AsyncIterator[EmbeddedBroker]:
    async with EmbeddedBroker() as broker:
        yield broker


async def test_push_is_503_while_the_broker_is_down_and_202_after(
    own_broker: EmbeddedBroker,
) -> None:
    topic = f"push-{uuid.uuid4().hex[:8]}"
    tuning = ProducerTuning(request_timeout_ms=2000)
    async with ArticlePublisher(own_broker.bootstrap, topic, tuning) as publisher:
        ingestor = Ingestor(publisher, ListDeadLetters(), publish_timeout_s=1.0)
        app = create_app(ingestor, TOKEN, lambda: datetime.now(UTC))
        async with (
            AsgiServer(app) as server,
            httpx.AsyncClient(base_url=server.url, timeout=10) as c,
        ):
            body = json.dumps(_article(7))
            assert (await c.post("/v1/articles", content=body, headers=AUTH)).status_code == 202
            own_broker.set_down()
            down = await c.post("/v1/articles", content=json.dumps(_article(8)), headers=AUTH)
            own_broker.set_up()
            assert down.status_code == 503
            again = await c.post("/v1/articles", content=json.dumps(_article(8)), headers=AUTH)
            for _ in range(20):  # the producer reconnects within a few attempts
                if again.status_code == 202:
                    break
                await asyncio.sleep(0.5)
                again = await c.post("/v1/articles", content=json.dumps(_article(8)), headers=AUTH)
            assert again.status_code == 202
    urls = {json.loads(v)["url"] for v in await _consume(own_broker.bootstrap, topic, 2)}
    assert urls == {"https://push.example.com/k/7", "https://push.example.com/k/8"}
