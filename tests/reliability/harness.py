"""A pipeline under test: a private embedded broker, `storywatch worker` processes, the
articles in, every alert record out, and what the pure core says should come out.

    with Stack.start(tmp_path) as stack:
        w = stack.start_worker()
        await stack.produce(articles)
        ...                                  # break something
        await stack.drain()                  # end of input: flush, wait for the group
        records = await stack.alert_records()

Expectations come from `storywatch.engine.detect_all` + `build_alerts` on the same
articles, so a test compares alert ids, not counts.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import functools
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, Self

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from storywatch import _json
from storywatch.alerts import build_alerts, default_watches
from storywatch.bench.corpus import CorpusConfig, generate
from storywatch.engine import detect_all
from storywatch.models import Article
from storywatch.settings import Settings
from storywatch.stories import StoryConfig
from storywatch.stream.broker import EmbeddedBroker
from storywatch.stream.drain import GroupLag, flush_stories
from storywatch.stream.topics import TopicNames

BIN = Path(sys.executable).parent / "storywatch"
HERE = Path(__file__).resolve().parent
SRC = HERE.parents[1] / "src"
PARTITIONS = 4
STOP_S = 10.0


def story_config() -> StoryConfig:
    """The story layer a worker builds from default Settings (as cli/stream.py does)."""
    s = Settings()
    return StoryConfig(
        overdue_hours=s.overdue_hours, ttl_days=s.story_ttl_days,
        reorder_window_s=s.reorder_window_s,
    )  # fmt: skip


def corpus(n: int, seed: int = 7, syndicated: float = 0.2, noise: float = 0.2) -> list[Article]:
    """A seeded synthetic stream (stories, syndicated copies, noise), short texts: fast."""
    cfg = CorpusConfig(
        articles=n, seed=seed, syndicated_share=syndicated, noise_share=noise,
        target_chars=600, articles_per_hour=120.0,
    )  # fmt: skip
    return [item.article for item in generate(cfg)]


@functools.cache
def code_snapshot() -> Path:
    """A copy of src/storywatch taken once: workers and expectations run the same code even
    when the working tree changes during a long test (a shared tree, an editor's save)."""
    root = Path(tempfile.mkdtemp(prefix="storywatch-code-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    shutil.copytree(SRC / "storywatch", root / "storywatch",
                    ignore=shutil.ignore_patterns("__pycache__"))  # fmt: skip
    return root


def snapshot_env() -> dict[str, str]:
    """The environment that imports storywatch from the snapshot (nothing STORYWATCH_*)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("STORYWATCH_")}
    env["PYTHONPATH"] = str(code_snapshot())
    return env


def _alert_ids_here(articles: Sequence[Article]) -> set[str]:
    now = datetime.now(UTC)
    ids: set[str] = set()
    for change in detect_all(articles, story_config()):
        ids.update(a.alert_id for a in build_alerts(change, default_watches(), now))
    return ids


def expected_alert_ids(articles: Sequence[Article]) -> set[str]:
    """The alert ids the pipeline must publish: the offline core on the same articles,
    run from the same code snapshot as the workers."""
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "articles.jsonl"
        path.write_bytes(b"".join(_json.dumps(a.to_json_dict()) + b"\n" for a in articles))
        script = (
            "import sys\n"
            "from storywatch.testing import read_articles\n"
            f"sys.path.insert(0, {str(HERE)!r})\n"
            "from harness import _alert_ids_here\n"
            "print('\\n'.join(sorted(_alert_ids_here(read_articles(__import__('pathlib')"
            ".Path(sys.argv[1]))))))\n"
        )
        done = subprocess.run([sys.executable, "-c", script, str(path)], env=snapshot_env(),
                              capture_output=True, text=True, timeout=900, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    return {x for x in done.stdout.split() if x}


@dataclass
class Stack:
    """One private broker, one app id, topics created like the demo does."""

    broker: EmbeddedBroker
    log_dir: Path
    app_id: str = field(default_factory=lambda: f"rel-{uuid.uuid4().hex[:6]}")
    workers: list[subprocess.Popen[bytes]] = field(default_factory=list)
    _logs: list[IO[bytes]] = field(default_factory=list)

    @property
    def topics(self) -> TopicNames:
        return TopicNames(f"{self.app_id}-")

    @property
    def bootstrap(self) -> str:
        return self.broker.bootstrap

    @classmethod
    @contextlib.contextmanager
    def running(cls, log_dir: Path, rebalance_delay_ms: int = 0) -> Iterator[Self]:
        """A fresh broker with the pipeline's topics; every worker stopped on exit."""
        with EmbeddedBroker() as broker:
            broker.set_rebalance_delay(rebalance_delay_ms)
            stack = cls(broker, log_dir)
            for topic in stack.topics.all(stack.app_id):
                one = topic == stack.topics.articles  # one partition: file order, as demo
                broker.create_topic(topic, 1 if one else PARTITIONS)
            try:
                yield stack
            finally:
                stack.stop_all()

    def env(self) -> dict[str, str]:
        env = snapshot_env()
        env.update(
            STORYWATCH_BROKER=self.bootstrap, STORYWATCH_APP_ID=self.app_id,
            STORYWATCH_TOPIC_PREFIX=f"{self.app_id}-", STORYWATCH_METRICS_PORT="0",
            STORYWATCH_LOG_LEVEL="WARNING", STORYWATCH_PARTITIONS=str(PARTITIONS),
        )  # fmt: skip
        return env

    def start_worker(self) -> subprocess.Popen[bytes]:
        """One more `storywatch worker` of this app (dies with the test process)."""
        n = len(self.workers)
        log = (self.log_dir / f"worker-{n}.log").open("wb")
        self._logs.append(log)
        cmd = [str(BIN), "worker", "--no-declare-topics", "--parent-pid", str(os.getpid())]
        proc = subprocess.Popen(  # fixed argv: our own CLI
            cmd, env=self.env(), stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        )
        self.workers.append(proc)
        return proc

    def logs(self) -> str:
        parts = []
        for log in self._logs:
            log.flush()
            text = Path(log.name).read_text("utf-8", errors="replace")
            parts.append(f"--- {log.name}\n{text[-4000:]}")
        return "\n".join(parts)

    @staticmethod
    def kill(proc: subprocess.Popen[bytes]) -> None:
        """SIGKILL: no shutdown code runs, nothing is flushed or committed."""
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=STOP_S)

    @staticmethod
    def terminate(proc: subprocess.Popen[bytes]) -> int:
        """SIGTERM and wait for a graceful exit (SIGKILL only if it hangs); its code."""
        proc.send_signal(signal.SIGTERM)
        try:
            return proc.wait(timeout=STOP_S * 3)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=STOP_S)
            return -9

    def stop_all(self) -> None:
        for proc in self.workers:
            if proc.poll() is None:
                self.terminate(proc)
        for log in self._logs:
            log.close()

    async def produce(self, articles: Sequence[Article], rate: float | None = None) -> None:
        """Publish articles (acks=all) onto `articles`, optionally paced per second."""
        await self.produce_raw([(a.id.encode(), _json.dumps(a.to_json_dict())) for a in articles],
                               rate)  # fmt: skip

    async def produce_raw(
        self, records: Sequence[tuple[bytes | None, bytes | None]], rate: float | None = None
    ) -> None:
        """Publish raw (key, value) records onto `articles`."""
        producer = AIOKafkaProducer(bootstrap_servers=self.bootstrap, acks="all",
                                    max_request_size=16 * 1024 * 1024)  # fmt: skip
        await producer.start()
        try:
            futures = []
            for i, (key, value) in enumerate(records):
                futures.append(await producer.send(self.topics.articles, value=value, key=key))
                if rate:
                    await asyncio.sleep(1 / rate)
                if i % 500 == 499:
                    await asyncio.gather(*futures)
            await asyncio.gather(*futures)
        finally:
            await producer.stop()

    async def lag(self, topics: Sequence[str]) -> dict[str, int]:
        g = GroupLag(self.bootstrap, self.app_id, topics)
        await g.start()
        try:
            return await g.lag()
        finally:
            await g.stop()

    async def committed(self) -> int:
        """Offsets the group has committed, summed over the topics it processes."""
        consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, group_id=self.app_id,
                                    enable_auto_commit=False)  # fmt: skip
        await consumer.start()
        try:
            total = 0
            for topic in self.topics.processed():
                for p in range(PARTITIONS):
                    total += await consumer.committed(TopicPartition(topic, p)) or 0
            return total
        finally:
            await consumer.stop()

    async def wait_progress(self, since: int, within_s: float) -> float:
        """Seconds until the group commits past `since` (the restarted worker's progress)."""
        start = time.monotonic()
        while await self.committed() <= since:
            if time.monotonic() - start > within_s:
                raise TimeoutError(f"no commit within {within_s:.0f} s\n{self.logs()}")
            await asyncio.sleep(0.1)
        return time.monotonic() - start

    async def wait_lag(self, topics: Sequence[str], within_s: float) -> None:
        g = GroupLag(self.bootstrap, self.app_id, topics)
        await g.start()
        try:
            await g.wait_drained(within_s)
        finally:
            await g.stop()

    async def drain(self, within_s: float = 120.0) -> None:
        """End of input as the demo does it: every article classified, flush, all drained."""
        await self.wait_lag([self.topics.articles], within_s)
        await flush_stories(self.bootstrap, self.topics.stories)
        await self.wait_lag(self.topics.processed(), within_s)

    async def read_topic(self, topic: str, partitions: int = PARTITIONS) -> list[Any]:
        """Every record value of a topic, from the beginning to its current end."""
        consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, enable_auto_commit=False)
        await consumer.start()
        try:
            tps = [TopicPartition(topic, p) for p in range(partitions)]
            consumer.assign(tps)
            await consumer.seek_to_beginning(*tps)
            ends = await consumer.end_offsets(tps)
            out: list[Any] = []
            deadline = time.monotonic() + 60
            while [tp for tp in tps if await consumer.position(tp) < ends[tp]]:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"{topic} not read to its end within 60 s")
                batch = await consumer.getmany(timeout_ms=200)
                out += [_json.loads(m.value) for msgs in batch.values() for m in msgs]
            return out
        finally:
            await consumer.stop()

    async def alert_records(self) -> list[dict[str, Any]]:
        """Every record of the alerts topic (redeliveries included)."""
        return await self.read_topic(self.topics.alerts)

    async def wait_for_alerts(self, at_least: int, within_s: float) -> int:
        """Poll the alerts topic until it holds `at_least` records; the count."""
        deadline = time.monotonic() + within_s
        while True:
            n = len(await self.alert_records())
            if n >= at_least or time.monotonic() > deadline:
                return n
            await asyncio.sleep(0.3)


def check_alerts(records: Sequence[dict[str, Any]], expected: set[str]) -> None:
    """Nothing lost, nothing new: ids equal; a redelivery is the same alert again."""
    ids = {r["alert_id"] for r in records}
    missing, extra = expected - ids, ids - expected
    assert not missing, (
        f"{len(missing)} of {len(expected)} alerts lost ({len(extra)} new ids), "
        f"e.g. {sorted(missing)[:3]}"
    )
    assert not extra, f"{len(extra)} alerts under new ids, e.g. {sorted(extra)[:3]}"
    by_id: dict[str, set[str]] = {}
    for r in records:
        body = {k: v for k, v in r.items() if k != "detected_at"}
        by_id.setdefault(r["alert_id"], set()).add(_json.dumps_line(body))
    assert all(len(v) == 1 for v in by_id.values()), "one alert_id carried two contents"
    # One article may confirm two states of a party (from_state tells them apart): two changes.
    transitions = Counter(
        (
            r["story_id"],
            r["actor"],
            r.get("from_state"),
            r["to_state"],
            r["article_id"],
            r.get("confirmed"),
        )
        for r in {r["alert_id"]: r for r in records}.values()
    )
    assert max(transitions.values(), default=1) == 1, "a change was repeated under a new id"
