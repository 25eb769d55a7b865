"""deploy/kafka/create-topics.sh, run with a stand-in for kafka-topics.sh that records calls."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from .conftest import DEPLOY, need_tool

SCRIPT = DEPLOY / "kafka" / "create-topics.sh"


def _run(tmp_path: Path, **env: str) -> list[list[str]]:
    bash = need_tool("bash", "bash")
    log = tmp_path / "calls"
    fake = tmp_path / "kafka-topics.sh"
    fake.write_text(f'#!/bin/sh\nprintf "%s\\n" "$*" >> "{log}"\n')
    fake.chmod(0o755)
    run_env = {"PATH": os.environ.get("PATH", ""), "TOPICS_BIN": str(fake), **env}
    subprocess.run([bash, str(SCRIPT)], env=run_env, check=True, timeout=30)
    return [line.split() for line in log.read_text().splitlines()]


def _created(calls: list[list[str]]) -> dict[str, list[str]]:
    return {c[c.index("--topic") + 1]: c for c in calls if "--create" in c}


def test_creates_every_topic_with_the_partition_count(tmp_path: Path) -> None:
    topics = _created(_run(tmp_path, PARTITIONS="3"))
    assert set(topics) == {
        "storywatch-articles", "storywatch-stories", "storywatch-changes", "storywatch-alerts",
        "storywatch-deadletter", "storywatch-silences", "storywatch-story-states-changelog",
    }  # fmt: skip
    for name, call in topics.items():
        want = "1" if name.endswith("silences") else "3"
        assert call[call.index("--partitions") + 1] == want, name
        assert "--if-not-exists" in call
        assert call[call.index("--bootstrap-server") + 1] == "kafka:9092"


def test_changelog_and_silences_are_compacted(tmp_path: Path) -> None:
    topics = _created(_run(tmp_path))
    for name in ("storywatch-silences", "storywatch-story-states-changelog"):
        assert "cleanup.policy=compact" in topics[name]
    assert "cleanup.policy=compact" not in topics["storywatch-articles"]


def test_prefix_and_app_id_follow_the_settings(tmp_path: Path) -> None:
    topics = _created(_run(tmp_path, PREFIX="news-", APP_ID="sw2"))
    assert "news-articles" in topics
    assert "sw2-story-states-changelog" in topics


def test_a_failing_kafka_fails_the_init(tmp_path: Path) -> None:
    fake = tmp_path / "broken.sh"
    fake.write_text("#!/bin/sh\nexit 1\n")
    fake.chmod(0o755)
    env = {"PATH": os.environ.get("PATH", ""), "TOPICS_BIN": str(fake)}
    bash = need_tool("bash", "bash")
    r = subprocess.run([bash, str(SCRIPT)], env=env, check=False, timeout=30)
    assert r.returncode != 0
