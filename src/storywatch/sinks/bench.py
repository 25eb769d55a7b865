"""Webhook delivery latency on loopback: `python -m storywatch.sinks.bench [--rate R] [--count N]`.

Open loop: alert i is submitted at t0 + i/rate through the real path (Dispatcher, signed
WebhookSink, httpx) to a uvicorn receiver in a child process on 127.0.0.1; its latency
is from that scheduled instant until the receiver's 2xx came back. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx

from storywatch import _json
from storywatch.alerts import Watch, build_alerts
from storywatch.models import Change, Evidence
from storywatch.sinks.dispatch import Dispatcher
from storywatch.sinks.service import CONCURRENCY
from storywatch.sinks.webhook import WebhookSink

__all__ = ["measure"]

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"  # noqa: S105 (a benchmark key)
RECEIVER = """
import sys, uvicorn
from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route
async def hook(request):
    await request.body()
    return Response(b"ok")
app = Starlette(routes=[Route("/hook", hook, methods=["POST"])])
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="error", access_log=False)
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _alerts(count: int) -> list[Any]:
    now = datetime.now(UTC)
    out = []
    for i in range(count):
        ev = Evidence(article_id=f"a{i}", url=f"https://news.example/{i}", source="Wire",
                      sentence="The Kremlin said it had responded to Kyiv's proposal.")  # fmt: skip
        change = Change(article_id=f"a{i}", story_id="RUS-UKR:talks", actor="RUS",
                        from_state="awaiting_response", to_state="responded", issue="talks",
                        severity="high", counterpart="UKR", parties=("RUS", "UKR"),
                        published_at=now, evidence=(ev,))  # fmt: skip
        out.extend(build_alerts(change, (Watch(),), now))
    return out


async def _wait_up(url: str, client: httpx.AsyncClient) -> None:
    for _ in range(200):
        try:
            await client.post(url, content=b"{}")
        except httpx.TransportError:
            await asyncio.sleep(0.05)
        else:
            return
    raise RuntimeError("receiver did not start")


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _recorder(into: list[float], due: float) -> Callable[[object], None]:
    def record(_future: object) -> None:
        into.append(time.perf_counter() - due)

    return record


async def _run(
    url: str, rate: float, count: int, concurrency: int, cpu_ms: list[float]
) -> list[float]:
    alerts = _alerts(count)
    latencies: list[float] = []
    async with httpx.AsyncClient() as client:
        await _wait_up(url, client)
        sink = WebhookSink("webhook", url, client, secret=SECRET)
        d = Dispatcher([sink], concurrency=concurrency)
        cpu0 = time.process_time()
        t0 = time.perf_counter() + 0.1
        futures = []
        for i, alert in enumerate(alerts):
            due = t0 + i / rate
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            receipt = await d.submit(alert)
            receipt.future.add_done_callback(_recorder(latencies, due))
            futures.append(receipt.future)
        await asyncio.wait_for(asyncio.gather(*futures), 120)
        cpu_ms.append((time.process_time() - cpu0) * 1000 / count)
        await d.aclose()
    return latencies


def measure(
    rate: float = 100.0, count: int = 1000, concurrency: int = CONCURRENCY
) -> dict[str, Any]:
    """Run the benchmark; latencies in milliseconds."""
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-c", RECEIVER, str(port)])  # noqa: S603
    try:
        cpu_ms: list[float] = []
        lat = asyncio.run(_run(f"http://127.0.0.1:{port}/hook", rate, count, concurrency, cpu_ms))
    finally:
        proc.terminate()
        proc.wait(10)
    ms = [x * 1000 for x in lat]
    return {
        "webhook_rate_per_s": rate, "alerts": count, "signed": True, "concurrency": concurrency,
        "p50_ms": round(_pct(ms, 0.50), 2), "p99_ms": round(_pct(ms, 0.99), 2),
        "max_ms": round(max(ms), 2), "client_cpu_ms_per_alert": round(cpu_ms[0], 3),
        "load_avg_1m": os.getloadavg()[0], "cpus": os.cpu_count(), "machine": platform.platform(),
        "python": platform.python_version(), "date": datetime.now(UTC).isoformat(),
    }  # fmt: skip


def main() -> None:
    """Command-line entry: print one JSON line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rate", type=float, default=100.0)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=CONCURRENCY)
    args = parser.parse_args()
    result = measure(args.rate, args.count, args.concurrency)
    sys.stdout.write(_json.dumps_line(result) + "\n")


if __name__ == "__main__":
    main()
