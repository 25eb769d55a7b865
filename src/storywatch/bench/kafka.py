"""Kafka benchmarks: throughput and publish-to-alert latency through the embedded broker.

One phase = fresh topics and consumer group, N worker processes (Faust pipeline or the
bare aiokafka baseline), a warm-up batch (the workers are up, assigned and have
processed something), then:

- throughput: the measured articles are produced as one burst; the clock stops when
  the group has committed every record of every topic it consumes (outputs are
  acknowledged before their input is committed, so every alert is out by then);
- latency: articles produced at a fixed rate; each alert's arrival minus the send time
  of the article that triggered it (``article_id``). A rate above what the burst
  sustained runs `OVERLOAD_S` only and is marked ``overloaded``. Time-driven alerts
  (`TIME_DRIVEN`: an ``overdue`` fires when the stream's event time passes a deadline
  its article set, i.e. when a later article arrives) are counted, not timed: at 100/s
  they made every sample above p70, seconds after their article, in both the pipeline
  and the baseline.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import structlog

from storywatch import _json
from storywatch._exceptions import BrokerError
from storywatch._service import cancel_and_wait, keep_cancellation
from storywatch.bench.hops import HOPS, HopProbe, hop_samples
from storywatch.bench.procs import Kind, Workers, cpu_seconds, idle_workers
from storywatch.models import Article

__all__ = ["TIME_DRIVEN", "KafkaEnv", "LoadSpec", "PhaseResult", "cpu_seconds", "idle_workers",
           "latency_samples", "percentiles", "run_phase"]  # fmt: skip

log = structlog.get_logger(__name__)

Record = tuple[bytes, bytes]
STARTUP_TIMEOUT_S = 120.0
SETTLE_S = 6.0  # several workers: time for the group to finish rebalancing
SETTLE_ROUNDS = 6  # warm-up batches at most until every worker has taken part
# Workers of a phase start this far apart: two Faust workers started together sometimes
# left one idle for the whole phase (no partitions, no CPU: seen in 3 of 5 two-worker
# targeted runs, 2026-11-26), as the embedded broker answers a join that races another.
JOIN_STAGGER_S = 3.0
OVERLOAD_S = 3.0  # a rate above the burst throughput runs this long: the queue only grows
DRAIN_TIMEOUT_S = 600.0
TIME_DRIVEN = frozenset({"overdue"})  # to_state of changes the `due` sweeps make
Arrival = tuple[float, str, str]  # perf_counter time, article_id, to_state


@dataclass(frozen=True)
class KafkaEnv:
    """The running broker and where workers write their logs."""

    broker: Any  # storywatch.stream.broker.EmbeddedBroker
    log_dir: Path
    partitions: int = 4
    reorder_window_s: float = 0.0  # of the workers' story layer
    log_level: str = "WARNING"  # of the Faust workers' logs (in `log_dir`)


@dataclass(frozen=True)
class LoadSpec:
    """What one phase sends: warm-up, the measured burst, and paced latency runs."""

    warm: Sequence[Article]
    burst: Sequence[Article]
    expected_alerts: int
    paced: dict[int, Sequence[Article]] = field(default_factory=dict)  # rate/s -> articles


@dataclass
class PhaseResult:
    """Figures of one phase."""

    kind: str
    workers: int
    articles: int = 0
    seconds: float | None = None
    alerts: int = 0
    expected_alerts: int = 0
    completion: str = ""
    latency_ms: dict[int, dict[str, float | int | None]] = field(default_factory=dict)
    samples_ms: dict[int, list[float]] = field(default_factory=dict, repr=False)
    # Records the workers produced per input article, by topic (changelog included), over
    # the whole phase (warm-up, burst and paced runs).
    records_per_article: dict[str, float] = field(default_factory=dict)
    # CPU seconds (user + system) the burst took in the workers and in the broker: what a
    # run on a shared machine cannot hide in waiting (articles_per_s can).
    cpu_s: dict[str, float] = field(default_factory=dict)
    # Faust phases: per paced rate, percentiles of each hop of publish-to-alert (bench/hops.py).
    hops_ms: dict[int, dict[str, dict[str, float | int | None]]] = field(default_factory=dict)

    @property
    def articles_per_s(self) -> float | None:
        """Burst throughput (None when not measured)."""
        return self.articles / self.seconds if self.seconds else None


def encode(articles: Sequence[Article]) -> list[Record]:
    """(key, value) of each article as an `articles` record."""
    return [(a.id.encode(), _json.dumps(a.to_json_dict())) for a in articles]


def percentiles(samples: Sequence[float]) -> dict[str, float | int | None]:
    """p50/p95/p99/max of latency samples in ms (nearest rank), and the sample count."""
    s = sorted(samples)
    if not s:
        return {"p50": None, "p95": None, "p99": None, "max": None, "n": 0}

    def rank(q: float) -> float:
        return round(s[min(len(s) - 1, max(0, int(q * len(s) + 0.999999) - 1))], 2)

    return {"p50": rank(0.50), "p95": rank(0.95), "p99": rank(0.99), "max": round(s[-1], 2),
            "n": len(s)}  # fmt: skip


class AlertCollector:
    """Reads the alerts topic from the start; keeps (arrival time, article_id, to_state)."""

    def __init__(self, bootstrap: str, topic: str, partitions: int) -> None:
        self.bootstrap, self.topic, self.partitions = bootstrap, topic, partitions
        self.arrivals: list[Arrival] = []
        self._consumer: Any = None
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        from aiokafka import AIOKafkaConsumer, TopicPartition  # noqa: PLC0415

        self._consumer = AIOKafkaConsumer(
            bootstrap_servers=self.bootstrap,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            fetch_max_wait_ms=5,  # the mock broker holds a fetch this long even when data comes
        )
        await self._consumer.start()
        self._consumer.assign([TopicPartition(self.topic, p) for p in range(self.partitions)])
        self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        while True:
            batch = await self._consumer.getmany(timeout_ms=20)
            now = time.perf_counter()
            for records in batch.values():
                for rec in records:
                    body = _json.loads(rec.value)
                    arrival = (now, str(body.get("article_id", "")), str(body.get("to_state")))
                    self.arrivals.append(arrival)

    async def settle(self, expected: int, quiet_s: float = 0.5, within_s: float = 10.0) -> None:
        """Wait until `expected` alerts arrived, or none arrived for `quiet_s`."""
        deadline = time.perf_counter() + within_s
        last, seen = time.perf_counter(), len(self.arrivals)
        while len(self.arrivals) < expected and time.perf_counter() < deadline:
            await asyncio.sleep(0.05)
            if len(self.arrivals) != seen:
                last, seen = time.perf_counter(), len(self.arrivals)
            elif time.perf_counter() - last > quiet_s:
                return

    async def stop(self) -> None:
        await cancel_and_wait(self._task)
        if self._consumer is not None:
            await keep_cancellation(self._consumer.stop())


def latency_samples(arrivals: Sequence[Arrival], sent: dict[str, float]) -> tuple[list[float], int]:
    """ms from each article's send to each alert it caused; time-driven alerts (see
    `TIME_DRIVEN`) are not timed, only counted. Alerts of other articles are ignored."""
    mine = [(t, a, to) for t, a, to in arrivals if a in sent]
    timed = [(t - sent[a]) * 1000 for t, a, to in mine if to not in TIME_DRIVEN]
    return timed, len(mine) - len(timed)


async def _lag(consumer: Any, topics: Sequence[str], partitions: int) -> dict[str, int]:
    """{"topic[partition]": end offset - committed offset} of partitions with a lag."""
    from aiokafka import TopicPartition  # noqa: PLC0415

    tps = [TopicPartition(t, p) for t in topics for p in range(partitions)]
    ends = await consumer.end_offsets(tps)
    committed = [await consumer.committed(tp) or 0 for tp in tps]
    lags = {
        f"{tp.topic}[{tp.partition}]": ends[tp] - c for tp, c in zip(tps, committed, strict=True)
    }
    return {k: v for k, v in lags.items() if v}


async def wait_drained(
    bootstrap: str, group: str, topics: Sequence[str], partitions: int,
    *, workers: Workers, within_s: float,
) -> float:  # fmt: skip
    """perf_counter time at which the group had committed every record of `topics`."""
    from aiokafka import AIOKafkaConsumer  # noqa: PLC0415

    probe = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False)
    await probe.start()
    deadline = time.perf_counter() + within_s
    try:
        while True:
            lag = await _lag(probe, topics, partitions)
            if not lag:
                return time.perf_counter()
            if not workers.alive():
                raise BrokerError(f"{group}: a worker exited:\n{workers.tail()}")
            if time.perf_counter() > deadline:
                raise BrokerError(f"{group}: not drained within {within_s:.0f} s (lag {lag})")
            await asyncio.sleep(0.05)
    finally:
        await keep_cancellation(probe.stop())


async def _send_all(producer: Any, topic: str, records: Sequence[Record]) -> None:
    futures = [await producer.send(topic, v, key=k) for k, v in records]
    await asyncio.gather(*futures)


async def _send_paced(
    producer: Any, topic: str, records: Sequence[Record], rate: float
) -> dict[str, float]:
    sent: dict[str, float] = {}
    futures = []
    t0 = time.perf_counter()
    for i, (k, v) in enumerate(records):
        delay = t0 + i / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        sent[k.decode()] = time.perf_counter()
        futures.append(await producer.send(topic, v, key=k))
    await asyncio.gather(*futures)
    return sent


async def records_per_article(
    bootstrap: str, topics: Sequence[str], articles_topic: str, partitions: int, prefix: str
) -> dict[str, float]:
    """Records in each topic per record of `articles_topic` (end offsets: nothing is
    compacted or deleted on the embedded broker), keyed by topic name without `prefix`."""
    from aiokafka import AIOKafkaConsumer, TopicPartition  # noqa: PLC0415

    probe = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await probe.start()
    try:
        counts = {}
        for topic in topics:
            ends = await probe.end_offsets([TopicPartition(topic, p) for p in range(partitions)])
            counts[topic] = sum(ends.values())
    finally:
        await keep_cancellation(probe.stop())
    n = counts.get(articles_topic) or 0
    if not n:
        return {}
    name = {t: t.removeprefix(prefix) for t in topics}
    return {name[t]: round(c / n, 3) for t, c in counts.items() if t != articles_topic}


def _topics(kind: Kind, prefix: str, group: str) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """(topics to create, topics whose lag means work left, alerts topic)."""
    if kind == "faust":
        from storywatch.stream.topics import TopicNames  # noqa: PLC0415

        names = TopicNames(prefix)
        return names.all(group), names.processed(), names.alerts
    return (f"{prefix}articles", f"{prefix}alerts"), (f"{prefix}articles",), f"{prefix}alerts"


@dataclass
class _Run:
    env: KafkaEnv
    kind: Kind
    group: str
    workers: Workers
    processed: tuple[str, ...]
    articles_topic: str
    collector: AlertCollector
    producer: Any
    probe: HopProbe | None = None

    async def drained(self, within_s: float) -> float:
        bs = self.env.broker.bootstrap
        return await wait_drained(
            bs, self.group, self.processed, self.env.partitions,
            workers=self.workers, within_s=within_s,
        )  # fmt: skip

    def _cpu(self) -> dict[str, float]:
        pids = [p.pid for p in self.workers.procs]
        each = {f"worker{i}": cpu_seconds([pid]) for i, pid in enumerate(pids)}
        return {
            "workers": cpu_seconds(pids),
            **(each if len(pids) > 1 else {}),
            "broker": cpu_seconds([self.env.broker.pid] if self.env.broker.pid else []),
        }

    async def settle(self, load: LoadSpec) -> None:
        """Warm-up batches until every worker took part in one (each had partitions):
        a group still rebalancing when the burst starts would stop for a rebalance
        (~9 s on the embedded broker) inside the measured time."""
        for attempt in range(SETTLE_ROUNDS):
            await asyncio.sleep(SETTLE_S)
            cpu0 = self._cpu()
            await _send_all(self.producer, self.articles_topic, encode(load.warm))
            await self.drained(STARTUP_TIMEOUT_S)
            idle = idle_workers({k: v - cpu0[k] for k, v in self._cpu().items()}, share=0.25)
            if not idle:
                return
            log.info("bench_group_not_settled", group=self.group, idle=idle, attempt=attempt)
        log.warning("bench_group_not_settled", group=self.group, rounds=SETTLE_ROUNDS)

    async def burst(self, load: LoadSpec, result: PhaseResult) -> None:
        records = encode(load.burst)
        before = len(self.collector.arrivals)
        cpu0 = self._cpu()
        t0 = time.perf_counter()
        await _send_all(self.producer, self.articles_topic, records)
        # Offsets are committed after the outputs are acknowledged, downstream topics
        # included: a drained group has produced every alert. (Alert counts can differ
        # from the core's: partitions interleave the articles.)
        t_drained = await self.drained(DRAIN_TIMEOUT_S)
        result.cpu_s = {k: round(v - cpu0[k], 3) for k, v in self._cpu().items()}
        await self.collector.settle(before + load.expected_alerts)
        result.articles, result.seconds = len(records), t_drained - t0
        result.alerts = len(self.collector.arrivals) - before
        result.expected_alerts = load.expected_alerts
        result.completion = "offsets_committed"

    async def paced(
        self, rate: int, articles: Sequence[Article], result: PhaseResult
    ) -> tuple[list[float], int]:
        """Latency samples (ms) of the alerts caused by articles sent at `rate`/s, and how
        many time-driven alerts were left out; the hops' percentiles into `result`."""
        before = len(self.collector.arrivals)
        wall_offset = time.time() - time.perf_counter()
        sent = await _send_paced(self.producer, self.articles_topic, encode(articles), rate)
        await self.drained(DRAIN_TIMEOUT_S)
        await self.collector.settle(10**9, quiet_s=0.5, within_s=3.0)
        if self.probe is not None:
            sent_wall = {a: t + wall_offset for a, t in sent.items()}
            hops = hop_samples(self.probe.first, sent_wall)
            result.hops_ms[rate] = {h: percentiles(v) for h, v in hops.items()}
        return latency_samples(self.collector.arrivals[before:], sent)


async def run_phase(env: KafkaEnv, kind: Kind, workers: int, load: LoadSpec) -> PhaseResult:
    """Start `workers` processes of `kind` on fresh topics; measure burst and paced loads."""
    from aiokafka import AIOKafkaProducer  # noqa: PLC0415

    group = f"bench-{kind}{workers}-{time.time_ns() % 10**9}"
    prefix = f"{group}-"
    create, processed, alerts_topic = _topics(kind, prefix, group)
    for name in create:
        env.broker.create_topic(name, env.partitions)
    bs = env.broker.bootstrap
    procs = Workers(
        kind, bs, prefix, group, env.partitions, env.log_dir, env.reorder_window_s,
        log_level=env.log_level,
    )  # fmt: skip
    collector = AlertCollector(bs, alerts_topic, env.partitions)
    producer = AIOKafkaProducer(bootstrap_servers=bs, acks="all", linger_ms=0)
    result = PhaseResult(kind, workers)
    await collector.start()
    await producer.start()
    for i in range(workers):  # one at a time: see JOIN_STAGGER_S
        if i:
            await asyncio.sleep(JOIN_STAGGER_S)
        procs.start(1)
    run = _Run(env, kind, group, procs, processed, f"{prefix}articles", collector, producer)
    if kind == "faust" and load.paced:
        run.probe = HopProbe(bs, dict(zip(HOPS, processed[1:], strict=False)), env.partitions)
        await run.probe.start()
    try:
        await _send_all(producer, run.articles_topic, encode(load.warm))
        await run.drained(STARTUP_TIMEOUT_S)
        if workers > 1:  # the first worker up may have drained the warm-up alone
            await run.settle(load)
        log.info("bench_phase_warm", kind=kind, workers=workers)
        await run.burst(load, result)
        for rate, articles in load.paced.items():
            over = (result.articles_per_s or 0.0) < rate
            samples, timed_out = await run.paced(
                rate, articles[: int(rate * OVERLOAD_S)] if over else articles, result
            )
            result.samples_ms[rate] = samples
            result.latency_ms[rate] = {**percentiles(samples), "overloaded": over,
                                       "time_driven_not_timed": timed_out}  # fmt: skip
    finally:
        await asyncio.to_thread(procs.stop)
        await keep_cancellation(producer.stop())
        await collector.stop()
        if run.probe is not None:
            await keep_cancellation(run.probe.stop())
    result.records_per_article = await records_per_article(
        bs, create, run.articles_topic, env.partitions, prefix
    )
    return result
