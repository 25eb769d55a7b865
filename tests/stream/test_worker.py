"""A real `storywatch worker` on the session's broker, fed by `storywatch replay`."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from storywatch.engine import detect_all
from storywatch.models import parse_article
from storywatch.sinks import ListSink
from storywatch.stream.alerts_reader import AlertsReader
from storywatch.stream.broker import EmbeddedBroker
from storywatch.stream.demo import stop_process
from storywatch.stream.drain import GroupLag, flush_stories
from storywatch.stream.records import DeadLetter
from storywatch.stream.topics import TopicNames

pytestmark = pytest.mark.kafka

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "src/storywatch/data/storylines/ukraine-russia-talks.articles.jsonl"
BIN = Path(sys.executable).parent / "storywatch"


@pytest.fixture
def pipeline_env(embedded_broker: EmbeddedBroker) -> dict[str, str]:
    """Environment of a fresh pipeline on the session broker: own topics and group."""
    tag = uuid.uuid4().hex[:8]
    prefix, app_id = f"w{tag}-", f"app-{tag}"
    topics = TopicNames(prefix)
    embedded_broker.set_rebalance_delay(0)
    for name in topics.all(app_id):
        embedded_broker.create_topic(name, 1 if name == topics.articles else 4)
    env = {k: v for k, v in os.environ.items() if not k.startswith("STORYWATCH_")}
    env.update(STORYWATCH_BROKER=f"kafka://{embedded_broker.bootstrap}",
               STORYWATCH_TOPIC_PREFIX=prefix, STORYWATCH_APP_ID=app_id,
               STORYWATCH_METRICS_PORT="0", STORYWATCH_LOG_LEVEL="WARNING")  # fmt: skip
    return env


@pytest.fixture
def worker(pipeline_env: dict[str, str]) -> Iterator[subprocess.Popen[bytes]]:
    """One `storywatch worker` process, stopped (bounded) after the test."""
    proc = subprocess.Popen(
        [str(BIN), "worker", "--no-declare-topics"], env=pipeline_env, stdin=subprocess.DEVNULL
    )
    try:
        yield proc
    finally:
        stop_process(proc)


async def _deadletters(bootstrap: str, topic: str, n: int) -> list[DeadLetter]:
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest")
    await consumer.start()
    out: list[DeadLetter] = []
    try:
        for _ in range(40):  # bounded: 40 polls of at most 0.5 s
            got = await consumer.getmany(timeout_ms=500)
            out += [DeadLetter.model_validate_json(m.value) for ms in got.values() for m in ms]
            if len(out) >= n:
                break
    finally:
        await consumer.stop()
    return out


async def test_worker_turns_a_replay_into_the_alerts_of_detect(
    pipeline_env: dict[str, str], worker: subprocess.Popen[bytes], tmp_path: Path,
    embedded_broker: EmbeddedBroker,
) -> None:  # fmt: skip
    bootstrap = embedded_broker.bootstrap
    topics = TopicNames(pipeline_env["STORYWATCH_TOPIC_PREFIX"])
    app_id = pipeline_env["STORYWATCH_APP_ID"]
    lines = BUNDLED.read_text().splitlines()
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join([*lines, "{broken"]) + "\n")

    done = await asyncio.to_thread(
        subprocess.run, [str(BIN), "replay", str(feed), "--rate", "200"], env=pipeline_env,
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr  # one bad line
    assert f"line {len(lines) + 1}: not valid JSON" in done.stderr
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)  # a bad record past the edge
    await producer.start()
    await producer.send_and_wait(topics.articles, b'{"id": 1}', key=b"bad")
    await producer.stop()

    sink = ListSink()
    async with AlertsReader(bootstrap, topics.alerts, [sink]) as reader:
        lag = GroupLag(bootstrap, app_id, [topics.articles])
        await lag.start()
        await lag.wait_drained(60)
        await lag.stop()
        await flush_stories(bootstrap, topics.stories)
        lag = GroupLag(bootstrap, app_id, topics.processed())
        await lag.start()
        await lag.wait_drained(60)
        await lag.stop()
        await reader.wait_caught_up(30)
    assert worker.poll() is None  # still serving

    expected = list(detect_all(parse_article(json.loads(x)) for x in lines))
    assert sorted(a.change.model_dump_json() for a in sink.alerts) == sorted(
        c.model_dump_json() for c in expected
    )
    dead = await _deadletters(bootstrap, topics.deadletter, 2)
    assert sorted(d.stage for d in dead) == ["classify", "replay"]
    assert any("not valid JSON" in d.reason for d in dead)
    assert any(d.key == "bad" and d.reason for d in dead if d.stage == "classify")
