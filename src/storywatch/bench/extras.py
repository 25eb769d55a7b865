"""Ingestion and delivery figures, measured only where those modules exist.

- ingestion: `ArticlePublisher.publish_many` (what `replay`, `demo` and the push endpoint
  use: acks=all, idempotent) into the embedded broker, articles/s;
- delivery: `WebhookSink.send` (signed) to a keep-alive HTTP receiver on 127.0.0.1 at a
  fixed 100 alerts/s, p50/p95/p99 ms per POST;
- the stages' own benchmark scripts where they exist (`storywatch.ingest.bench`: feed
  polling, publish and push; `storywatch.sinks.bench`: the Dispatcher path), run as
  subprocesses, their JSON kept as they print it.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import subprocess
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import httpx

from storywatch import _json
from storywatch._exceptions import StorywatchError
from storywatch.alerts import build_alerts, default_watches
from storywatch.bench.kafka import percentiles
from storywatch.models import Alert, Article, Change

__all__ = ["delivery", "ingestion", "module_bench"]

_SECRET = "whsec_" + "c3Rvcnl3YXRjaC1iZW5jaC1zZWNyZXQ="  # base64 of a fixed bench key
_ERRORS = (StorywatchError, OSError, TimeoutError, httpx.HTTPError, ImportError)


async def ingestion(
    broker: Any, articles: Sequence[Article], errors: list[str]
) -> dict[str, Any] | None:
    """Articles/s that the article publisher puts into the broker (acknowledged)."""
    try:
        from storywatch.stream.producer import ArticlePublisher  # noqa: PLC0415

        topic = f"bench-ingest-{time.time_ns() % 10**9}"
        broker.create_topic(topic, 4)
        async with ArticlePublisher(broker.bootstrap, topic) as pub:
            await pub.publish_many(articles[:50])  # connections and metadata warm
            t0 = time.perf_counter()
            n = await pub.publish_many(articles)
            seconds = time.perf_counter() - t0
    except _ERRORS as e:
        errors.append(f"ingestion: {e}")
        return None
    return {"replay_articles_per_s": n / seconds if seconds else None, "articles": n}


def module_bench(module: str, args: list[str], errors: list[str]) -> dict[str, Any] | None:
    """Run a stage's own benchmark script (`python -m module args`); its last JSON line."""
    if importlib.util.find_spec(module) is None:
        return None
    cmd = [sys.executable, "-m", module, *args]
    try:
        done = subprocess.run(cmd, capture_output=True, timeout=300, check=True)  # noqa: S603
        out: dict[str, Any] = _json.loads(done.stdout.splitlines()[-1])
    except (subprocess.SubprocessError, OSError, ValueError, IndexError) as e:
        errors.append(f"{module}: {e}")
        return None
    return out


async def _answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """A minimal keep-alive HTTP/1.1 receiver: read a request, answer 204, repeat."""
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            await reader.readexactly(length)
            writer.write(b"HTTP/1.1 204 No Content\r\ncontent-length: 0\r\n\r\n")
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError, ValueError):
        pass
    finally:
        writer.close()


def _alerts(n: int) -> list[Alert]:
    now = datetime.now(UTC)
    out: list[Alert] = []
    for i in range(n):
        change = Change(
            article_id=f"bench-{i}", story_id=f"RUS-UKR:talks:{i}", actor="RUS",
            from_state="awaiting_response", to_state="responded", issue="talks",
            title="Russia responded to Ukraine's proposal for talks", published_at=now,
        )  # fmt: skip
        out.extend(build_alerts(change, default_watches(), now))
    return out[:n]


async def _deliver(url: str, alerts: Sequence[Alert], rate: float) -> list[float]:
    from storywatch.sinks.webhook import WebhookSink  # noqa: PLC0415

    samples: list[float] = []
    async with httpx.AsyncClient() as client:
        sink = WebhookSink("bench", url, client, secret=_SECRET)
        t0 = time.perf_counter()
        for i, alert in enumerate(alerts):
            delay = t0 + i / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            t = time.perf_counter()
            await sink.send(alert)
            samples.append((time.perf_counter() - t) * 1000)
    return samples


async def delivery(seconds: float, errors: list[str], rate: float = 100.0) -> dict[str, Any] | None:
    """Signed webhook POST latency at `rate` alerts/s to a loopback receiver."""
    server = await asyncio.start_server(_answer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        alerts = _alerts(max(20, int(rate * seconds)))
        samples = await _deliver(f"http://127.0.0.1:{port}/hook", alerts, rate)
    except _ERRORS as e:
        errors.append(f"delivery: {e}")
        return None
    finally:
        server.close()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(server.wait_closed(), 2.0)
    return {"webhook_rate_per_s": rate, "webhook_ms": percentiles(samples)}
