"""A worker SIGKILLed mid-stream and restarted: every expected alert, none under a new id."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from pathlib import Path

import pytest

from .harness import Stack, check_alerts, corpus, expected_alert_ids

pytestmark = pytest.mark.kafka


async def _crash_and_recover(tmp_path: Path, n: int, kills: int, rate: float) -> dict[str, float]:
    articles = corpus(n)
    expected = expected_alert_ids(articles)
    assert len(expected) >= 10, "the stream must alert enough to be a test"
    figures: dict[str, float] = {}
    with Stack.running(tmp_path) as stack:
        worker = stack.start_worker()
        # Paced, so that a worker faster than the burst still has work in flight at each kill.
        producing = asyncio.create_task(stack.produce(articles, rate=rate))
        for k in range(kills):
            # Mid-stream: some alerts out, far from all.
            got = await stack.wait_for_alerts(max(1, (k + 1) * len(expected) // (kills + 2)), 180)
            assert worker.poll() is None, stack.logs()
            assert got < len(expected), "the stream ended before the crash: make it longer"
            stack.kill(worker)
            killed_at = time.monotonic()
            at_kill = await stack.committed()
            worker = stack.start_worker()
            await stack.wait_progress(at_kill, 180)
            figures[f"recover_s_{k}"] = round(time.monotonic() - killed_at, 2)
        await producing
        await stack.drain(within_s=300)
        records = await stack.alert_records()
        assert worker.poll() is None, stack.logs()
    check_alerts(records, expected)
    figures["alerts"] = len(expected)
    figures["records"] = len(records)
    ids = Counter(r["alert_id"] for r in records)
    figures["lost_ids"] = len(expected - set(ids))
    figures["duplicated_ids"] = sum(1 for n in ids.values() if n > 1)  # same id, redelivered
    return figures


async def test_sigkill_mid_stream_then_restart_loses_and_duplicates_nothing(
    tmp_path: Path,
) -> None:
    figures = await _crash_and_recover(tmp_path, n=300, kills=1, rate=100)
    print(f"crash: {figures}")


@pytest.mark.soak
async def test_soak_repeated_sigkills_over_5000_articles(tmp_path: Path) -> None:
    figures = await _crash_and_recover(tmp_path, n=5000, kills=3, rate=500)
    print(f"crash soak: {figures}")
