"""A group error parked by a failed join is collected, and the member joins again.

The embedded broker ends a sync round as soon as the leader's SyncGroup has given every
member an assignment; a follower whose SyncGroup comes later is answered INVALID_REQUEST
(a real Kafka answers with its assignment). aiokafka parks that error until the user
fetches; a consumer that does not fetch yet (a Faust worker before its first
assignment) waits for ever. The integration test makes that happen on purpose: a leader
speaking the group protocol by hand, and a follower whose event loop is held up while
the leader syncs.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.client import AIOKafkaClient
from aiokafka.protocol.group import (
    JoinGroupRequest,
    LeaveGroupRequest,
    MemberAssignment,
    ProtocolMetadata,
    SyncGroupRequest,
)
from structlog.testing import capture_logs

from storywatch.stream.broker import EmbeddedBroker
from storywatch.stream.joinwatch import ParkedErrorWatch

WAIT_S = 20.0
JOIN_DELAY_MS = 1500  # the broker waits this long for members before it elects a leader


class FakeCoordinator:
    """What the watch reads of aiokafka's GroupCoordinator: a parked error, collected
    by check_errors (which raises it)."""

    def __init__(self) -> None:
        self._pending_exception: Exception | None = None
        self.collected = 0

    def park(self, exc: Exception) -> None:
        self._pending_exception = exc

    def check_errors(self) -> None:
        exc, self._pending_exception = self._pending_exception, None
        if exc is not None:
            self.collected += 1
            raise exc


async def test_an_error_parked_across_two_checks_is_collected() -> None:
    coord = FakeCoordinator()
    watch = ParkedErrorWatch(lambda: coord)
    assert await watch.check() is None  # nothing parked
    coord.park(RuntimeError("InvalidRequestError"))
    assert await watch.check() is None  # parked since this check only: the user may fetch
    assert await watch.check() == "RuntimeError('InvalidRequestError')"
    assert coord.collected == 1
    assert coord._pending_exception is None
    assert await watch.check() is None


async def test_an_error_the_user_collects_is_left_alone() -> None:
    coord = FakeCoordinator()
    watch = ParkedErrorWatch(lambda: coord)
    coord.park(RuntimeError("first"))
    assert await watch.check() is None
    with pytest.raises(RuntimeError):
        coord.check_errors()  # the user's next fetch raised it
    coord.park(RuntimeError("second"))  # a new error, seen once only
    assert await watch.check() is None
    assert coord.collected == 1


async def test_no_consumer_yet_is_nothing_to_do() -> None:
    assert await ParkedErrorWatch(lambda: None).check() is None


# --- the failed join, on the embedded broker -------------------------------------------


@pytest.fixture
def broker() -> Iterator[EmbeddedBroker]:
    with EmbeddedBroker() as b:  # its own: the join delay is set for every new group
        b.set_rebalance_delay(JOIN_DELAY_MS)
        yield b


class LoopThread:
    """An event loop in a thread (the follower's, as a Faust consumer's runs in its own)."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    async def run(self, coro: Awaitable[Any]) -> Any:
        return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(coro, self.loop))  # type: ignore[arg-type]

    def call(self) -> Callable[[Callable[[], Awaitable[str | None]]], Awaitable[str | None]]:
        async def call(fn: Callable[[], Awaitable[str | None]]) -> str | None:
            result: str | None = await self.run(fn())
            return result

        return call

    def hold(self, seconds: float) -> None:
        """Block the loop (a busy process: its SyncGroup goes out late)."""
        self.loop.call_soon_threadsafe(time.sleep, seconds)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=5)
        self.loop.close()


class HandLeader:
    """A group member speaking JoinGroup/SyncGroup/LeaveGroup by hand."""

    def __init__(self, bootstrap: str, group: str, topic: str) -> None:
        self.client = AIOKafkaClient(bootstrap_servers=bootstrap)
        self.group, self.topic = group, topic
        self.node: int | None = None
        self.member_id = ""

    async def start(self) -> None:
        await self.client.bootstrap()
        self.node = await self.client.coordinator_lookup(0, self.group)

    async def join(self) -> Any:
        meta = ProtocolMetadata(0, [self.topic], b"").encode()
        for _ in range(2):  # a broker may first answer MEMBER_ID_REQUIRED with an id
            req = JoinGroupRequest(self.group, 10000, 10000, self.member_id, None, "consumer",
                                   [("roundrobin", meta)])  # fmt: skip
            resp = await self.client.send(self.node, req)
            self.member_id = resp.member_id
            if resp.error_code == 0:
                return resp
        raise AssertionError(f"JoinGroup failed: {resp.error_code}")

    async def sync(self, generation: int, members: list[str]) -> int:
        assignment = [
            (m, MemberAssignment(0, [(self.topic, [i])], b"").encode())
            for i, m in enumerate(members)
        ]
        req = SyncGroupRequest(self.group, generation, self.member_id, None, assignment)
        resp = await self.client.send(self.node, req)
        return int(resp.error_code)

    async def leave(self) -> None:
        await self.client.send(self.node, LeaveGroupRequest(self.group, self.member_id))
        await self.client.close()


async def _until(pred: Callable[[], bool], within_s: float = WAIT_S) -> bool:
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        if pred():
            return True
        await asyncio.sleep(0.05)
    return pred()


@pytest.mark.kafka
async def test_a_follower_whose_sync_failed_joins_again_once_the_error_is_collected(
    broker: EmbeddedBroker,
) -> None:
    topic, group = f"t-{uuid.uuid4().hex[:8]}", f"g-{uuid.uuid4().hex[:8]}"
    broker.create_topic(topic, 2)
    leader = HandLeader(broker.bootstrap, group, topic)
    await leader.start()
    joined = asyncio.create_task(leader.join())  # first member: the leader
    await asyncio.sleep(0.3)

    side = LoopThread()

    async def start_follower() -> AIOKafkaConsumer:  # in its loop: aiokafka binds to it
        consumer = AIOKafkaConsumer(
            bootstrap_servers=broker.bootstrap, group_id=group, enable_auto_commit=False,
            session_timeout_ms=10000, heartbeat_interval_ms=1000,
        )  # fmt: skip
        await consumer.start()
        consumer.subscribe([topic])
        return consumer

    follower: AIOKafkaConsumer = await side.run(start_follower())
    try:
        coord = follower._coordinator
        await asyncio.sleep(0.5)  # its JoinGroup is in, waiting for the election
        side.hold(JOIN_DELAY_MS / 1000 + 1.0)  # the election happens while it is held
        resp = await asyncio.wait_for(joined, WAIT_S)
        members = [m[0] for m in resp.members]
        assert len(members) == 2
        assert await leader.sync(resp.generation_id, members) == 0  # done, without it

        # The follower's late SyncGroup is refused; aiokafka parks the error for the
        # user, and nobody fetches: no assignment, for good.
        assert await _until(lambda: coord._pending_exception is not None)
        assert "InvalidRequest" in repr(coord._pending_exception)
        await leader.leave()
        await asyncio.sleep(2.0)
        assert not follower.assignment()
        assert coord._pending_exception is not None

        watch = ParkedErrorWatch(lambda: coord, side.call())
        assert await watch.check() is None
        assert "InvalidRequest" in str(await watch.check())
        assert await _until(lambda: bool(follower.assignment()))
        assert follower.assignment() == {TopicPartition(topic, 0), TopicPartition(topic, 1)}
    finally:
        await side.run(follower.stop())
        side.close()


@pytest.mark.kafka
async def test_the_bench_baseline_joins_again_after_a_refused_sync(broker: EmbeddedBroker) -> None:
    """The bare aiokafka baseline (bench/baseline.py) meets the same broker: its `start`
    fails; it collects the error and joins again with the same consumer."""
    from storywatch.bench.baseline import BaselineConfig, _join

    topic, group = f"t-{uuid.uuid4().hex[:8]}", f"g-{uuid.uuid4().hex[:8]}"
    broker.create_topic(topic, 2)
    leader = HandLeader(broker.bootstrap, group, topic)
    await leader.start()
    joined = asyncio.create_task(leader.join())
    await asyncio.sleep(0.3)

    stack = contextlib.ExitStack()
    side = LoopThread()
    cfg = BaselineConfig(broker.bootstrap, topic, f"{topic}-out", group)
    joining = asyncio.ensure_future(side.run(_join(cfg, within_s=WAIT_S)))
    logs = stack.enter_context(capture_logs())
    try:
        await asyncio.sleep(0.8)  # its JoinGroup is in, waiting for the election
        side.hold(JOIN_DELAY_MS / 1000 + 1.0)
        resp = await asyncio.wait_for(joined, WAIT_S)
        assert await leader.sync(resp.generation_id, [m[0] for m in resp.members]) == 0
        await asyncio.sleep(JOIN_DELAY_MS / 1000 + 1.5)  # its late SyncGroup was refused
        await leader.leave()
        consumer, producer = await asyncio.wait_for(joining, WAIT_S + 5)
        assert consumer.assignment() == {TopicPartition(topic, 0), TopicPartition(topic, 1)}
        assert "baseline_join_failed" in [e["event"] for e in logs]  # the path was taken
        await side.run(consumer.stop())
        await side.run(producer.stop())
    finally:
        stack.close()
        if not joining.done():
            joining.cancel()
        side.close()
