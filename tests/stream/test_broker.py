"""The embedded broker: starts, serves Kafka metadata, creates topics, stops, never orphans."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import uuid

import psutil
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from storywatch._exceptions import BrokerError
from storywatch.stream.broker import (
    EmbeddedBroker,
    bootstrap_servers,
    faust_broker_url,
    wait_for_metadata,
)

pytestmark = pytest.mark.kafka


def _topic() -> str:
    return f"t-{uuid.uuid4().hex[:8]}"


def test_bootstrap_spellings_are_normalised() -> None:
    assert bootstrap_servers("kafka://a:1;kafka://b:2") == "a:1,b:2"
    assert bootstrap_servers("a:1, b:2") == "a:1,b:2"
    assert faust_broker_url("a:1,b:2") == "kafka://a:1;kafka://b:2"


def test_broker_serves_metadata_and_stops() -> None:
    with EmbeddedBroker() as broker:
        pid = broker.pid
        assert pid is not None
        wait_for_metadata(broker.bootstrap, timeout=5)
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE


def test_bootstrap_unavailable_when_not_running() -> None:
    with pytest.raises(BrokerError):
        _ = EmbeddedBroker().bootstrap


def test_metadata_wait_fails_fast_on_a_closed_port() -> None:
    with EmbeddedBroker() as broker:
        port = broker.port
    with pytest.raises(BrokerError, match="no Kafka metadata"):
        wait_for_metadata(f"127.0.0.1:{port}", timeout=0.5)


async def test_round_trip_and_partition_counts(kafka_bootstrap: str) -> None:
    auto = _topic()
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, acks="all")
    await producer.start()
    try:
        await producer.send_and_wait(auto, b"v", key=b"k")
        assert len(await producer.partitions_for(auto)) == 4  # the mock's auto-create default
    finally:
        await producer.stop()
    consumer = AIOKafkaConsumer(
        auto, bootstrap_servers=kafka_bootstrap, auto_offset_reset="earliest"
    )
    await consumer.start()
    try:
        msg = await consumer.getone()
        assert (msg.key, msg.value) == (b"k", b"v")
    finally:
        await consumer.stop()


async def test_create_topic_sets_partitions(embedded_broker: EmbeddedBroker) -> None:
    name = _topic()
    embedded_broker.create_topic(name, 7)
    producer = AIOKafkaProducer(bootstrap_servers=embedded_broker.bootstrap)
    await producer.start()
    try:
        assert len(await producer.partitions_for(name)) == 7
    finally:
        await producer.stop()


def test_unknown_command_is_an_error(embedded_broker: EmbeddedBroker) -> None:
    with pytest.raises(BrokerError, match="unknown command"):
        embedded_broker.command("explode")


async def test_async_context_manager_starts_and_stops() -> None:
    async with EmbeddedBroker() as broker:
        pid = broker.pid
        assert pid is not None
        assert psutil.Process(pid).is_running()
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE


async def test_outage_keeps_data_on_the_same_port() -> None:
    topic = _topic()
    async with EmbeddedBroker() as broker:
        producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap, acks="all")
        await producer.start()
        try:
            await producer.send_and_wait(topic, b"before")
            broker.set_down()
            with pytest.raises(BrokerError):
                wait_for_metadata(broker.bootstrap, timeout=0.5)
            broker.set_up()
            wait_for_metadata(broker.bootstrap, timeout=5)
            await producer.send_and_wait(topic, b"after")
        finally:
            await producer.stop()
        consumer = AIOKafkaConsumer(
            topic, bootstrap_servers=broker.bootstrap, auto_offset_reset="earliest"
        )
        await consumer.start()
        try:
            values: list[bytes] = []
            for _ in range(20):  # bounded: 20 polls of at most 0.5 s
                got = await consumer.getmany(timeout_ms=500)
                values += [m.value for msgs in got.values() for m in msgs]
                if len(values) >= 2:
                    break
        finally:
            await consumer.stop()
    assert sorted(values) == [b"after", b"before"]


@pytest.mark.parametrize("how", ["sigkill", "sigterm"])
def test_broker_dies_with_its_parent(how: str) -> None:
    """A parent killed without cleanup leaves no broker behind (stdin EOF + PDEATHSIG)."""
    script = textwrap.dedent(
        """
        import sys, time
        from storywatch.stream.broker import EmbeddedBroker
        b = EmbeddedBroker().start()
        print("PID", b.pid, flush=True)
        time.sleep(60)
        """
    )
    with subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as parent:
        try:
            assert parent.stdout is not None
            line = next(ln for ln in parent.stdout if ln.startswith("PID "))
            child = psutil.Process(int(line.split()[1]))
            os.kill(parent.pid, signal.SIGKILL if how == "sigkill" else signal.SIGTERM)
            parent.wait(timeout=10)
            child.wait(timeout=10)
        finally:
            parent.kill()
    assert not child.is_running()
