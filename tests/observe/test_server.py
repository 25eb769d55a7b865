"""The real observability server on 127.0.0.1: /metrics, /healthz, /readyz."""

from __future__ import annotations

import socket

import httpx
import pytest

from storywatch._exceptions import BindError
from storywatch.observe import Health, Metrics, Observability, ObserveServer
from storywatch.settings import Settings


async def test_metrics_healthz_and_readyz_over_http(metrics: Metrics) -> None:
    health = Health(metrics=metrics)
    metrics.observe_article("reuters", "accepted")
    async with (
        ObserveServer(metrics.registry, health, "127.0.0.1", 0) as server,
        httpx.AsyncClient(base_url=server.url, timeout=5) as client,
    ):
        m = await client.get("/metrics")
        alive = await client.get("/healthz")
        not_ready = await client.get("/readyz")
        health.set_connected(True)
        health.set_assignment([("storywatch-articles", 1)])
        health.set_recovery_done()
        ready = await client.get("/readyz")
        missing = await client.get("/nope")
    assert m.status_code == 200
    assert m.headers["content-type"].startswith("text/plain")
    assert 'storywatch_articles_total{outcome="accepted",source="reuters"} 1.0' in m.text
    assert alive.status_code == 200
    assert alive.json() == {"alive": True}
    assert not_ready.status_code == 503
    assert "not connected to the broker" in not_ready.json()["reasons"]
    assert ready.status_code == 200
    assert ready.json()["ready"] is True
    assert ready.json()["partitions"] == 1
    assert missing.status_code == 404


async def test_openmetrics_on_request(metrics: Metrics) -> None:
    accept = "application/openmetrics-text; version=1.0.0"
    async with (
        ObserveServer(metrics.registry, Health(), "127.0.0.1", 0) as server,
        httpx.AsyncClient(timeout=5) as client,
    ):
        r = await client.get(server.url + "/metrics", headers={"Accept": accept})
    assert r.headers["content-type"].startswith("application/openmetrics-text")
    assert r.text.rstrip().endswith("# EOF")


async def test_port_in_use_is_a_clear_error(metrics: Metrics) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        server = ObserveServer(metrics.registry, Health(), "127.0.0.1", port)
        with pytest.raises(BindError, match=f"127.0.0.1:{port}"):
            await server.start()


async def test_server_stops_and_frees_its_port(metrics: Metrics) -> None:
    server = ObserveServer(metrics.registry, Health(), "127.0.0.1", 0)
    await server.start()
    port = server.port
    await server.stop()
    with socket.socket() as again:
        again.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        again.bind(("127.0.0.1", port))  # would raise if the server still listened
    with pytest.raises(httpx.ConnectError):
        async with httpx.AsyncClient(timeout=2) as client:
            await client.get(f"http://127.0.0.1:{port}/healthz")


async def test_observability_from_settings_serves_and_watches(metrics: Metrics) -> None:
    settings = Settings(metrics_host="127.0.0.1", metrics_port=0, stall_after_s=30)
    health = Health(metrics=metrics)
    async with Observability.from_settings(settings, metrics, health) as obs:
        async with httpx.AsyncClient(timeout=5) as client:
            r = await client.get(obs.url + "/metrics")
        assert obs.watchdog.stall_after_s == 30
    assert "storywatch_ready" in r.text
