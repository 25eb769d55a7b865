"""A second worker joins mid-stream, then the first leaves gracefully: same alerts as one
worker would publish (the core's), none lost, none under a new id."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from .harness import Stack, check_alerts, corpus, expected_alert_ids

pytestmark = pytest.mark.kafka


async def _join_then_leave(tmp_path: Path, n: int, rate: float) -> dict[str, float]:
    articles = corpus(n, seed=11)
    expected = expected_alert_ids(articles)
    assert len(expected) >= 10
    figures: dict[str, float] = {}
    with Stack.running(tmp_path) as stack:
        first = stack.start_worker()
        # Paced, so that the join happens mid-stream however fast one worker is.
        producing = asyncio.create_task(stack.produce(articles, rate=rate))
        got = await stack.wait_for_alerts(len(expected) // 4, 180)
        assert got < len(expected), "the stream ended before the rebalance: make it longer"
        joined_at = time.monotonic()
        second = stack.start_worker()
        # Both members share the partitions once the second has committed something.
        at_join = await stack.committed()
        await stack.wait_progress(at_join, 120)
        figures["join_s"] = round(time.monotonic() - joined_at, 2)
        assert first.poll() is None, stack.logs()
        left_at = time.monotonic()
        assert stack.terminate(first) == 0, stack.logs()  # a clean, graceful exit
        at_leave = await stack.committed()
        await stack.wait_progress(at_leave, 120)
        figures["takeover_s"] = round(time.monotonic() - left_at, 2)
        await producing
        await stack.drain(within_s=300)
        records = await stack.alert_records()
        assert second.poll() is None, stack.logs()
    check_alerts(records, expected)
    figures.update(alerts=len(expected), records=len(records))
    return figures


async def test_second_worker_joins_then_first_leaves_same_alerts(tmp_path: Path) -> None:
    print(f"rebalance: {await _join_then_leave(tmp_path, 400, rate=100)}")


@pytest.mark.soak
async def test_soak_rebalance_over_5000_articles(tmp_path: Path) -> None:
    print(f"rebalance soak: {await _join_then_leave(tmp_path, 5000, rate=500)}")
