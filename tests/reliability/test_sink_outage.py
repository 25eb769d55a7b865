"""The webhook receiver is down while the pipeline runs, then comes back on its port:
the pipeline is not held up (it drains everything meanwhile), and once the receiver is
up every alert the core expects is delivered (set equality on webhook-id = alert_id)."""

from __future__ import annotations

import asyncio
import socket
import time
from pathlib import Path
from typing import Any

import pytest
from prometheus_client import CollectorRegistry
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from storywatch.ingest.asgi import AsgiServer
from storywatch.observe.metrics import Metrics
from storywatch.settings import Settings
from storywatch.sinks import Delivery
from storywatch.stream.alerts_reader import AlertsReader

from .harness import Stack, corpus, expected_alert_ids

pytestmark = pytest.mark.kafka


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _sink_outage(tmp_path: Path, n: int, down_s: float) -> dict[str, Any]:
    articles = corpus(n, seed=31)
    expected = expected_alert_ids(articles)
    assert len(expected) >= 5
    delivered: list[str] = []

    async def hook(request: Request) -> Response:
        await request.body()
        delivered.append(request.headers["webhook-id"])
        return Response(b"ok")

    receiver = Starlette(routes=[Route("/hook", hook, methods=["POST"])])
    port = _free_port()
    settings = Settings(webhook_url=f"http://127.0.0.1:{port}/hook", broker=None,
                        shutdown_grace_s=120.0)  # fmt: skip
    figures: dict[str, Any] = {"down_s": down_s}
    with Stack.running(tmp_path) as stack:
        stack.start_worker()
        delivery = await Delivery.from_settings(settings, Metrics(CollectorRegistry()))
        try:
            async with AlertsReader(stack.bootstrap, stack.topics.alerts, [delivery]) as reader:
                down_at = time.monotonic()
                await stack.produce(articles)
                await stack.drain(within_s=300)  # not held up by the dead receiver
                await reader.wait_caught_up(60)
                figures["pipeline_drained_while_down_s"] = round(time.monotonic() - down_at, 2)
                assert delivered == []
                await asyncio.sleep(max(0.0, down_s - (time.monotonic() - down_at)))
                async with AsgiServer(receiver, port=port):
                    up_at = time.monotonic()
                    while not expected <= set(delivered):
                        assert time.monotonic() - up_at < 240, (
                            f"{len(expected - set(delivered))} of {len(expected)} alerts "
                            "not delivered 240 s after the receiver came back"
                        )
                        await asyncio.sleep(0.1)
                    figures["all_delivered_after_up_s"] = round(time.monotonic() - up_at, 2)
                    assert await delivery.aclose()
        finally:
            await delivery.aclose()
    assert set(delivered) == expected  # nothing lost, nothing under a new id
    figures.update(alerts=len(expected), posts=len(delivered))
    return figures


async def test_webhook_receiver_down_then_up_gets_every_alert(tmp_path: Path) -> None:
    print(f"sink outage: {await _sink_outage(tmp_path, 150, down_s=5.0)}")


@pytest.mark.soak
async def test_soak_webhook_receiver_down_for_60_s(tmp_path: Path) -> None:
    print(f"sink outage soak: {await _sink_outage(tmp_path, 1000, down_s=60.0)}")
