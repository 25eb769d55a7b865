"""`silence add|list|expire` and `tail` against the embedded broker (real Kafka protocol)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import uuid
from pathlib import Path

import orjson
import pytest
from aiokafka import AIOKafkaProducer

from storywatch.alerts import new_silence
from storywatch.sinks.silence_store import SilenceStore, silences_topic

from .conftest import make_alert

pytestmark = pytest.mark.kafka

CLI = [str(Path(sys.executable).parent / "storywatch")]
TIMEOUT_S = 60


def _env(bootstrap: str, prefix: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("STORYWATCH_")}
    return {**env, "STORYWATCH_BROKER": f"kafka://{bootstrap}", "STORYWATCH_TOPIC_PREFIX": prefix}


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], env=env, capture_output=True, text=True,
                          timeout=TIMEOUT_S, check=False)  # fmt: skip


def _prefix() -> str:
    return f"t{uuid.uuid4().hex[:8]}-"


def test_silence_add_list_expire(kafka_bootstrap: str) -> None:
    env = _env(kafka_bootstrap, _prefix())
    added = _cli(env, "silence", "add", "--story", "RUS-UKR:talks", "--for", "2h",
                 "--reason", "noisy <b>story</b>")  # fmt: skip
    assert added.returncode == 0, added.stderr
    sid = added.stdout.strip()
    listed = _cli(env, "silence", "list", "--json")
    [row] = [orjson.loads(line) for line in listed.stdout.splitlines()]
    assert (row["id"], row["story"], row["active"]) == (sid, "RUS-UKR:talks", True)
    assert row["reason"] == "noisy <b>story</b>"
    expired = _cli(env, "silence", "expire", sid)
    assert expired.returncode == 0, expired.stderr
    assert _cli(env, "silence", "list", "--json").stdout == ""
    [old] = [orjson.loads(x) for x in _cli(env, "silence", "list", "--all").stdout.splitlines()]
    assert old["active"] is False


def test_silence_errors_are_one_line(kafka_bootstrap: str) -> None:
    env = _env(kafka_bootstrap, _prefix())
    bad = _cli(env, "silence", "add", "--for", "2h", "--reason", "x")
    assert bad.returncode == 2, bad.stderr
    assert bad.stderr.strip().count("\n") == 0
    assert "at least one" in bad.stderr
    unknown = _cli(env, "silence", "expire", "nope")
    assert unknown.returncode == 1, unknown.stderr
    assert "no silence" in unknown.stderr


def test_commands_without_a_broker_say_so() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("STORYWATCH_")}
    for args in (("tail",), ("silence", "list")):
        out = _cli(env, *args)
        assert out.returncode == 2, out.stderr
        assert "STORYWATCH_BROKER" in out.stderr


async def test_every_worker_sees_a_new_silence(kafka_bootstrap: str) -> None:
    topic = silences_topic(_prefix())
    writer, follower = SilenceStore(kafka_bootstrap, topic), SilenceStore(kafka_bootstrap, topic)
    await follower.load()
    await follower.follow()
    s = new_silence(now=make_alert().detected_at, duration_s=3600, actor="RUS")
    await writer.put(s)
    try:
        for _ in range(200):
            if follower.silences.get(s.id) is not None:
                break
            await asyncio.sleep(0.05)
        assert follower.silences.get(s.id) == s
    finally:
        await follower.close()
        await writer.close()


async def test_tail_prints_filtered_alerts_as_jsonl_when_piped(kafka_bootstrap: str) -> None:
    prefix = _prefix()
    alerts = [make_alert(1), make_alert(2, to_state="accepted", severity="critical"),
              make_alert(3, to_state="rejected", severity="critical")]  # fmt: skip
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap)
    await producer.start()
    try:
        for a in [*alerts, alerts[1]]:  # a redelivery is shown once
            await producer.send_and_wait(f"{prefix}alerts", orjson.dumps(a.to_json_dict()),
                                         key=a.change.story_id.encode())  # fmt: skip
        await producer.send_and_wait(f"{prefix}alerts", b"not json", key=b"x")
    finally:
        await producer.stop()
    proc = await asyncio.create_subprocess_exec(
        *CLI, "tail", "--from-beginning", "--severity", "critical", "--limit", "2",
        env=_env(kafka_bootstrap, prefix), stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(proc.communicate(), TIMEOUT_S)
    assert proc.returncode == 0, err
    got = [orjson.loads(line)["alert_id"] for line in out.decode().splitlines()]
    assert sorted(got) == sorted(a.alert_id for a in alerts[1:])
