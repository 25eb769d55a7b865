"""End to end: a real async agent freezes, the watchdog loop trips, /readyz turns 503."""

from __future__ import annotations

import asyncio

import httpx

from storywatch.observe import Health, Metrics, Observability
from storywatch.settings import Settings

TOPIC = "storywatch-articles"


async def _agent(queue: asyncio.Queue[int], health: Health, gate: asyncio.Event) -> None:
    """Finishes records from `queue` while `gate` is open; reports lag and progress."""
    while True:
        await gate.wait()  # a frozen agent hangs here, like a consumer that stopped silently
        await queue.get()
        health.record_progress("classify")
        health.set_lag(TOPIC, 0, queue.qsize())


async def _producer(queue: asyncio.Queue[int], health: Health) -> None:
    for n in range(10_000):
        queue.put_nowait(n)
        health.set_lag(TOPIC, 0, queue.qsize())
        await asyncio.sleep(0.01)


async def _ready(client: httpx.AsyncClient) -> bool:
    return (await client.get("/readyz")).status_code == 200


async def _until(client: httpx.AsyncClient, want_ready: bool, seconds: float = 5) -> bool:
    """Poll /readyz until it says `want_ready`; False if it never did within `seconds`."""
    for _ in range(int(seconds / 0.05)):
        if await _ready(client) == want_ready:
            return True
        await asyncio.sleep(0.05)
    return False


async def test_frozen_agent_fails_readiness_and_recovers() -> None:
    metrics = Metrics()
    health = Health(metrics=metrics)
    health.set_connected(True)
    health.set_assignment([(TOPIC, 0)])
    health.set_recovery_done()
    health.watch_agent("classify", [TOPIC])
    queue: asyncio.Queue[int] = asyncio.Queue()
    gate = asyncio.Event()
    gate.set()
    settings = Settings(metrics_host="127.0.0.1", metrics_port=0, stall_after_s=0.3)
    obs = Observability.from_settings(settings, metrics, health)
    obs.watchdog.interval_s = 0.05
    tasks = [
        asyncio.create_task(_agent(queue, health, gate)),
        asyncio.create_task(_producer(queue, health)),
    ]
    try:
        async with obs, httpx.AsyncClient(base_url=obs.url, timeout=2) as client:
            await asyncio.sleep(0.5)  # a full stall window of healthy flow
            assert await _ready(client)
            gate.clear()  # freeze
            assert await _until(client, want_ready=False)
            body = (await client.get("/readyz")).json()
            assert body["stalled"] == ["classify"]
            scrape = (await client.get("/metrics")).text
            assert 'storywatch_agent_stalled{agent="classify"} 1.0' in scrape
            gate.set()  # thaw
            assert await _until(client, want_ready=True)
    finally:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
