"""Offsets commit only after the story table's changelog writes are acknowledged.

The consumer awaits `app.producer.flush()` right before it commits offsets. Faust's own
flush returns while table writes still sit in its send buffer (it gives up after 0.1 s
without progress); a SIGKILL after the commit then loses them (the crash soak lost
alerts this way). See src/storywatch/stream/changelog.py.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from storywatch._exceptions import BrokerError
from storywatch.stream.app import PipelineConfig, build_app
from storywatch.stream.broker import EmbeddedBroker
from storywatch.stream.changelog import PendingWrites, durable_flush
from storywatch.stream.topics import TABLE_NAME, TopicNames

WRITES = 2000
OUTAGE_S = 0.6


async def _started_app(broker: EmbeddedBroker) -> tuple[Any, Any]:
    topics = TopicNames("cl-")
    for name in topics.all("cl"):
        broker.create_topic(name, 4)
    cfg = PipelineConfig(bootstrap=broker.bootstrap, app_id="cl", topics=topics,
                         declare_topics=False)  # fmt: skip
    app = build_app(cfg)
    producer = await app.maybe_start_producer()
    await producer.buffer.maybe_start()
    return app, producer


@pytest.mark.kafka
async def test_producer_flush_returns_after_every_changelog_write_is_acknowledged() -> None:
    """Writes made while the broker is briefly away: the flush the commit awaits returns
    only once each of them is acknowledged (faust's alone left ~2/3 of them in memory)."""
    async with EmbeddedBroker() as broker:
        app, producer = await _started_app(broker)
        table = app.tables[TABLE_NAME]
        try:
            await asyncio.wait_for(asyncio.shield(table.send_changelog(0, "warm", "x")), 30)
            broker.set_down()
            writes = [table.send_changelog(i % 4, f"story-{i}", "v" * 1000) for i in range(WRITES)]
            asyncio.get_running_loop().call_later(OUTAGE_S, broker.set_up)
            await asyncio.wait_for(producer.flush(), 60)
            unacked = sum(1 for w in writes if not w.done())
            assert unacked == 0, f"{unacked} of {WRITES} changelog writes unacknowledged"
        finally:
            await asyncio.wait_for(producer.stop(), 30)


async def test_a_failed_changelog_write_fails_every_later_flush() -> None:
    """No commit past a write the broker never got: the worker stops and replays."""
    pending = PendingWrites()
    loop = asyncio.get_running_loop()
    failed, ok = loop.create_future(), loop.create_future()
    pending.track(failed)
    pending.track(ok)
    failed.set_exception(ConnectionError("broker gone"))
    ok.set_result(None)
    with pytest.raises(BrokerError, match="broker gone"):
        await pending.settle()
    with pytest.raises(BrokerError):
        await pending.settle()
    assert len(pending) == 0


async def test_settle_waits_for_writes_still_in_flight() -> None:
    pending = PendingWrites()
    fut = asyncio.get_running_loop().create_future()
    pending.track(fut)
    asyncio.get_running_loop().call_later(0.05, fut.set_result, None)
    await asyncio.wait_for(pending.settle(), 5)
    assert fut.done()


async def test_flush_runs_the_held_back_sends_first() -> None:
    """Records held in memory (owed ticks) are sent before the flush the commit awaits."""
    pending, calls = PendingWrites(), []

    async def flush() -> None:
        calls.append("flush")

    async def send_owed() -> None:
        calls.append("owed")

    pending.before_flush.append(send_owed)
    await durable_flush(flush, pending)()
    assert calls == ["owed", "flush"]
