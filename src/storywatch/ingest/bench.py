"""Ingestion figures (a script, not a test): ``python -m storywatch.ingest.bench [--json]``.

- ``poll_200_feeds_s``: wall time to poll 200 local RSS feeds (20 items each) once,
  concurrently, spread over 50 loopback addresses (127.0.0.1-50, 4 feeds each, per-host
  limit 2), served by a separate process; also ``poll_200_feeds_one_host_s`` (all on
  127.0.0.1, per-host limit raised to 16).
- ``publish_articles_per_s``: normalised articles through ``Ingestor.accept`` (dedup +
  ArticlePublisher, acks=all, idempotent) into the embedded broker.
- ``push_articles_per_s``: the same through ``POST /v1/articles`` (JSONL batches of 1000).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import multiprocessing
import os
import platform
import sys
import time
from concurrent.futures import Executor, ProcessPoolExecutor
from datetime import UTC, datetime, timedelta
from multiprocessing.connection import Connection
from typing import Any

import structlog

from storywatch import _json
from storywatch.models import Article

__all__ = ["main"]

FEEDS = 200
HOSTS = 50
ITEMS = 20


def _rss(feed: int) -> bytes:
    items = "".join(
        f"<item><title>Feed {feed} story {i}: envoys meet for talks</title>"
        f"<link>https://feed{feed}.example.com/story/{i}</link>"
        f"<pubDate>Thu, 06 Mar 2025 {i % 24:02d}:00:00 GMT</pubDate>"
        f"<description>&lt;p&gt;The envoys met on Thursday for talks on a ceasefire, "
        f"story {i} of feed {feed}.&lt;/p&gt;</description></item>"
        for i in range(ITEMS)
    )
    channel = f"<channel><title>F{feed}</title>{items}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'.encode()


async def _serve_feeds(hosts: list[str], ready: Connection) -> None:
    bodies = {f"/feed/{n}": _rss(n) for n in range(FEEDS)}

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while request := await reader.readuntil(b"\r\n\r\n"):
                path = request.split(b" ", 2)[1].decode()
                body = bodies.get(path, b"")
                status = "200 OK" if body else "404 Not Found"
                head = f"HTTP/1.1 {status}\r\nContent-Length: {len(body)}\r\n\r\n"
                writer.write(head.encode() + body)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    servers = [await asyncio.start_server(handle, host, 0) for host in hosts]
    ready.send([s.sockets[0].getsockname()[1] for s in servers])
    await asyncio.Event().wait()


def _server_process(hosts: list[str], ready: Connection) -> None:
    asyncio.run(_serve_feeds(hosts, ready))


async def _poll_once(
    urls: list[str], per_host: int, executor: Executor | None
) -> tuple[float, float, int, int]:
    from storywatch.ingest.http import FetchLimits, make_client  # noqa: PLC0415
    from storywatch.ingest.poller import Poller  # noqa: PLC0415
    from storywatch.ingest.sources import Source  # noqa: PLC0415

    sources = [Source(name=f"f{n}", url=u) for n, u in enumerate(urls)]
    limits = FetchLimits(timeout_s=10)
    async with make_client(limits, max_connections=200) as client:
        poller = Poller(
            client, lambda: datetime.now(UTC), per_host=per_host, limits=limits, executor=executor
        )
        # A running service has imported and connected already: warm up, untimed.
        await poller.poll(Source(name="warm-up", url=urls[0]))
        start, cpu = time.perf_counter(), time.process_time()
        results = await poller.poll_many(sources)
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    articles = sum(len(r.articles) for r in results)
    return elapsed, cpu, articles, sum(r.error is not None for r in results)


def _warm_pool(workers: int) -> ProcessPoolExecutor:
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
    list(pool.map(_rss, range(workers * 2)))  # start the workers before timing
    return pool


def _poll_bench(hosts: list[str], per_host: int, pool_workers: int = 0) -> dict[str, Any]:
    parent, child = multiprocessing.Pipe()
    proc = multiprocessing.Process(target=_server_process, args=(hosts, child), daemon=True)
    proc.start()
    try:
        ports = parent.recv()
        urls = [
            f"http://{hosts[n % len(hosts)]}:{ports[n % len(hosts)]}/feed/{n}" for n in range(FEEDS)
        ]
        pool = _warm_pool(pool_workers) if pool_workers else None
        elapsed, cpu, articles, errors = asyncio.run(_poll_once(urls, per_host, pool))
        if pool is not None:
            pool.shutdown()
    finally:
        proc.terminate()
        proc.join(5)
    return {"seconds": round(elapsed, 3), "cpu_s": round(cpu, 3), "articles": articles,
            "errors": errors}  # fmt: skip


def _articles(n: int) -> list[Article]:
    base = datetime(2025, 3, 6, tzinfo=UTC)
    return [
        Article(id=f"bench-{n}-{i}", url=f"https://bench.example.com/{i}", source="bench",
                published_at=base + timedelta(seconds=i), title=f"Envoys meet for talks {i}",
                body="The envoys met on Thursday for talks on a ceasefire. " * 8, lang="en")
        for i in range(n)
    ]  # fmt: skip


class _NoDeadLetters:
    async def dead_letter(self, record: object) -> None:
        raise AssertionError("no dead letters expected in the benchmark")


async def _publish_bench(bootstrap: str, n: int) -> float:
    from storywatch.ingest.pipeline import Ingestor  # noqa: PLC0415
    from storywatch.stream.producer import ArticlePublisher  # noqa: PLC0415

    articles = _articles(n)
    async with ArticlePublisher(bootstrap, f"bench-publish-{os.getpid()}") as publisher:
        ingestor = Ingestor(publisher, _NoDeadLetters())
        start = time.perf_counter()
        for i in range(0, n, 1000):
            await ingestor.accept(articles[i : i + 1000])
        return n / (time.perf_counter() - start)


async def _push_bench(bootstrap: str, n: int) -> float:
    import httpx  # noqa: PLC0415

    from storywatch.ingest.asgi import AsgiServer  # noqa: PLC0415
    from storywatch.ingest.pipeline import Ingestor  # noqa: PLC0415
    from storywatch.ingest.push import create_app  # noqa: PLC0415
    from storywatch.stream.producer import ArticlePublisher  # noqa: PLC0415

    lines = [_json.dumps_line(a.to_json_dict()) for a in _articles(n)]
    bodies = ["\n".join(lines[i : i + 1000]).replace("bench-", "push-") for i in range(0, n, 1000)]
    async with ArticlePublisher(bootstrap, f"bench-push-{os.getpid()}") as publisher:
        ingestor = Ingestor(publisher, _NoDeadLetters())
        app = create_app(ingestor, "bench", lambda: datetime.now(UTC))
        async with (
            AsgiServer(app) as server,
            httpx.AsyncClient(base_url=server.url, timeout=60) as c,
        ):
            start = time.perf_counter()
            for body in bodies:
                r = await c.post(
                    "/v1/articles", content=body, headers={"Authorization": "Bearer bench"}
                )
                if r.status_code != 202:
                    raise RuntimeError(f"push answered {r.status_code}: {r.text[:200]}")
            return n / (time.perf_counter() - start)


async def _broker_benches(n: int) -> dict[str, float]:
    from storywatch.stream.broker import EmbeddedBroker  # noqa: PLC0415

    async with EmbeddedBroker() as broker:
        return {
            "publish_articles_per_s": round(await _publish_bench(broker.bootstrap, n)),
            "push_articles_per_s": round(await _push_bench(broker.bootstrap, n)),
        }


def main(argv: list[str] | None = None) -> None:
    """Run the ingestion benchmarks and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))
    hosts = [f"127.0.0.{i}" for i in range(1, HOSTS + 1)]
    spread = _poll_bench(hosts, per_host=2)
    pooled = _poll_bench(hosts, per_host=2, pool_workers=os.cpu_count() or 1)
    one_host = _poll_bench(["127.0.0.1"], per_host=16)
    figures: dict[str, Any] = {
        "poll_200_feeds_s": spread["seconds"],
        "poll_200_feeds_loop_cpu_s": spread["cpu_s"],
        "poll_200_feeds_articles": spread["articles"],
        "poll_200_feeds_errors": spread["errors"],
        "poll_200_feeds_process_pool_s": pooled["seconds"],
        "poll_200_feeds_one_host_s": one_host["seconds"],
        **asyncio.run(_broker_benches(args.articles)),
        "articles": args.articles,
        "machine": f"{platform.machine()} {os.cpu_count()} cpu, Python {platform.python_version()}",
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    out = (
        _json.dumps_line(figures)
        if args.json
        else "\n".join(f"{k}: {v}" for k, v in figures.items())
    )
    sys.stdout.write(out + "\n")


if __name__ == "__main__":
    main()
