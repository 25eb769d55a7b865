"""The Faust app: topics, the story table and two thin agents over `stages`.

    articles --classify--> stories --detect[table]+alert--> alerts --deliver--> sinks
                 \\                          \\--> changes (for observers; not read back)
                  \\_______________________\\______> deadletter

The detect agent builds the alerts of the changes it finds and produces both: a
separate alert agent reading `changes` back cost a hop (a fetch, ~20 ms on the embedded
broker, and a queue behind the classify agent: publish-to-alert p50 76 -> 51 ms at 100
articles/s) and Faust's per-record path for every change.

At-least-once: an agent queues every record it produces in the producer before it takes
its next input (which acks the last one); before each offset commit the consumer flushes
the producer, and that flush also waits for the story table's changelog writes
(stream/changelog.py), so offsets commit only after the work they cover is acknowledged.
A crash replays from the last commit; alert ids are deterministic (a redelivered
`stories` record gives its stored changes again, stream/outbox.py, hence the same alerts).

The classify agent yields to the event loop after each article (`asyncio.sleep(0)`):
neither Faust's stream iteration nor a send suspends while records are buffered, so it
held back detect until its own queue ran dry (publish-to-alert p50 1.2 s, p99
5 s at 100 articles/s; 0.3 s / 0.7 s with the yield). Detect is quick: a
yield per record of its too made the worker ~10 % slower (loop turns) for nothing.

Faust is imported inside `build_app` only (import-time side effects).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import structlog

from storywatch._exceptions import InvalidInput
from storywatch.alerts import Watch, default_watches
from storywatch.models import Alert
from storywatch.observe import Health, Metrics
from storywatch.stories import StoryConfig
from storywatch.stream.broker import faust_broker_url
from storywatch.stream.changelog import PendingWrites, durable_flush, tracked_send
from storywatch.stream.commits import honest_commit
from storywatch.stream.diag import assignment_watch
from storywatch.stream.gcfreeze import freeze, schedule_refreeze
from storywatch.stream.joinwatch import start_join_watch
from storywatch.stream.records import decode_alert
from storywatch.stream.stages import AlertStage, ClassifyStage, DetectStage, Out, Where, story_count
from storywatch.stream.topics import TABLE_NAME, TopicNames

__all__ = ["AlertHook", "PipelineConfig", "build_app"]

log = structlog.get_logger(__name__)

# Called with every alert read back from the alerts topic; returns once the alert is
# accounted for (delivered, dead-lettered or silenced), so its offset commits after that.
AlertHook = Callable[[Alert], Awaitable[None]]


@dataclass(frozen=True)
class PipelineConfig:
    """What the Faust app needs, built from Settings by the CLI."""

    bootstrap: str
    app_id: str = "storywatch"
    topics: TopicNames = field(default_factory=TopicNames)
    partitions: int = 4
    replication: int = 1
    declare_topics: bool = True  # False on the embedded broker: it has no CreateTopics
    story: StoryConfig = field(default_factory=StoryConfig)
    watches: tuple[Watch, ...] = field(default_factory=default_watches)
    watches_file: Path | None = None  # re-read on change (no restart); `watches` until then
    commit_interval_s: float = 0.25
    session_timeout_s: float = 10.0
    rebalance_timeout_s: float = 10.0
    heartbeat_interval_s: float = 1.0
    delivery_concurrency: int = 8  # alerts in delivery at once (each waits for its outcome)
    # How long a produce batch waits for more records. aiokafka sends a partition's batch
    # once it is this old, one request in flight per broker, so records spread over ~10
    # partitions (stories, changelog, alerts) went out in many small requests: each a
    # socket write and a wake-up of the broker. 5 ms: +25 % articles/s over 2 ms
    # (pipeline/baseline 0.41-0.56 vs 0.30-0.39, interleaved runs), publish-to-alert p50
    # +~8 ms over two hops; 10 ms gained little more and cost +15 ms p50.
    producer_linger_s: float = 0.005
    # How long a fetch may wait for data. A real Kafka answers as soon as data arrives;
    # the embedded (librdkafka mock) broker holds every fetch this long, which Faust fixes
    # at 1.5 s: ~0.75 s on average per hop, p50 2 s publish-to-alert at 100 articles/s.
    # 10 ms: each hop waits 5 ms on average instead of 10 (20 ms): publish-to-alert p99
    # 65 against 85 ms at 100 articles/s (back-to-back targeted runs, 2026-11-26). It was
    # 20 ms for a while because a second worker that joined sometimes stayed idle; that
    # was a failed join (stream/joinwatch.py), not the fetch wait.
    fetch_max_wait_s: float = 0.01
    # The classify agent sends catch-up ticks (stream/ticks.py) once no article came for
    # this long: under a steady stream (100/s: one every 10 ms) it never does, and a tick
    # record per partition per article stays off `stories`. The article's offset commits
    # after them, so a flush after the drain still sees them.
    catch_up_quiet_s: float = 0.05
    # Faust's default (1) has each worker replay the others' changelog into a standby
    # copy of their tables: with two workers on two cores that takes CPU from the work,
    # and a takeover rebuilds a partition from its changelog in seconds at our sizes.
    standby_replicas: int = 0


def _faust_app(cfg: PipelineConfig, pending: PendingWrites) -> Any:
    import faust  # noqa: PLC0415  (import-time side effects: only when a worker runs)

    class DurableApp(faust.App):
        """Its producer's flush, which the consumer awaits before each offset commit,
        also waits for the table's changelog writes (see stream/changelog.py); a commit
        refused in a rebalance is retried (stream/commits.py); a group error parked by a
        failed join is collected (stream/joinwatch.py)."""

        def _new_producer(self) -> Any:
            producer: Any = super()._new_producer()
            producer.flush = durable_flush(producer.flush, pending)
            return producer

        def _new_consumer(self) -> Any:
            consumer: Any = super()._new_consumer()
            # a commit refused in a rebalance is retried, not taken for done (stream/commits.py)
            consumer._commit_offsets = honest_commit(
                consumer._commit_offsets, consumer._committed_offset
            )
            return consumer

        async def on_start(self) -> None:
            await super().on_start()
            start_join_watch(self)  # a failed first join must not leave the worker idle

    return DurableApp(
        cfg.app_id,
        broker=faust_broker_url(cfg.bootstrap),
        autodiscover=False,
        store="memory://",
        web_enabled=False,
        topic_allow_declare=cfg.declare_topics,
        topic_partitions=cfg.partitions,
        topic_replication_factor=cfg.replication,
        broker_session_timeout=cfg.session_timeout_s,
        broker_rebalance_timeout=cfg.rebalance_timeout_s,
        broker_heartbeat_interval=cfg.heartbeat_interval_s,
        broker_commit_interval=cfg.commit_interval_s,
        consumer_auto_offset_reset="earliest",
        producer_acks=-1,
        # Batch the many small records a stage produces into few produce requests.
        producer_linger=cfg.producer_linger_s,
        producer_max_batch_size=256 * 1024,
        table_cleanup_interval=3600.0,
        table_standby_replicas=cfg.standby_replicas,
    )


def _raw_topic(app: Any, name: str, cfg: PipelineConfig) -> Any:
    return app.topic(
        name, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw",
        partitions=cfg.partitions, replicas=cfg.replication,
    )  # fmt: skip


def _topics(app: Any, cfg: PipelineConfig) -> dict[str, Any]:
    t = cfg.topics
    return {
        role: _raw_topic(app, name, cfg)
        for role, name in [("articles", t.articles), ("stories", t.stories),
                           ("changes", t.changes), ("alerts", t.alerts),
                           ("deadletter", t.deadletter)]
    }  # fmt: skip


def _story_table(app: Any, cfg: PipelineConfig, pending: PendingWrites) -> Any:
    import faust  # noqa: PLC0415

    # JSON text in, JSON text out: the same str type before and after a recovery.
    schema: Any = faust.Schema(
        key_type=str, value_type=str, key_serializer="json", value_serializer="json"
    )
    table = app.Table(TABLE_NAME, default=None, partitions=cfg.partitions, schema=schema)
    table.send_changelog = tracked_send(table.send_changelog, pending)
    return table


class _ClassifyRows(MutableMapping[str, str]):
    """The story table as the classify agent writes it (the near-duplicate rows of one
    `articles` partition).

    Faust refuses a plain table write from outside a stream whose topic has the table's
    partition count (`articles` may have one partition; the rows are written before a
    commit, outside any stream): the value goes to the table's store and to a changelog
    partition given here, through the same `send_changelog` a table write uses (so
    tracked, durable before the commit).
    """

    def __init__(self, table: Any, partition: int | None, partitions: int) -> None:
        self.table, self.partition = table, (partition or 0) % partitions

    def __getitem__(self, key: str) -> str:
        value: str | None = self.table.data.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key: str, value: str) -> None:
        self.table.data[key] = value
        self.table.send_changelog(self.partition, key, value)

    def __delitem__(self, key: str) -> None:
        del self.table.data[key]
        self.table.send_changelog(self.partition, key, None, value_serializer="raw")

    def __iter__(self) -> Iterator[str]:
        return iter(list(self.table.data.keys()))

    def __len__(self) -> int:
        return len(self.table.data)


def _shorten_fetch_wait(app: Any, seconds: float) -> None:
    """Faust hard-codes the consumer's fetch_max_wait_ms (1500): set it on the running
    aiokafka consumer's fetcher (read for each fetch request)."""
    try:
        fetcher = app.consumer._thread._ensure_consumer()._fetcher
        fetcher._fetch_max_wait_ms = int(seconds * 1000)
    except AttributeError as e:  # another Faust or aiokafka layout: keep its default
        log.warning("fetch_wait_not_set", error=repr(e))


def _where(event: Any) -> Where:
    msg = event.message
    return Where(topic=msg.topic, partition=msg.partition, offset=msg.offset, key=msg.key)


def _watch_source(cfg: PipelineConfig) -> Callable[[], tuple[Watch, ...]] | None:
    """The watches file, reloaded when it changes; None: the fixed `cfg.watches`."""
    if cfg.watches_file is None:
        return None
    from storywatch.sinks.watchfile import WatchesFile  # noqa: PLC0415

    return WatchesFile(cfg.watches_file).current


async def _quiet(channel: Any, seconds: float, step: float = 0.001) -> bool:
    """True once `channel` has stayed empty for `seconds`; False as soon as it is not.

    Waits for the channel's next record without taking it: a waiter joins the getters
    of its asyncio queue, which a put wakes (mode's queue `force_put_nowait` wakes the
    first getter). It polled every `step` before: ~50 loop turns per quiet period, ~10
    per article at an offered 100/s, CPU the detect agent lacked near saturation.
    Falls back to that polling on a queue without getters (another Faust or mode)."""
    if not channel.empty():
        return False
    getters = getattr(channel.queue, "_getters", None)
    if getters is None:
        return await _quiet_polling(channel, seconds, step)
    waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    getters.append(waiter)
    try:
        await asyncio.wait_for(waiter, seconds)
    except TimeoutError:
        pass
    finally:
        if not waiter.done():
            waiter.cancel()
        with contextlib.suppress(ValueError):
            getters.remove(waiter)
    return bool(channel.empty())


async def _quiet_polling(channel: Any, seconds: float, step: float) -> bool:
    waited = 0.0
    while channel.empty():
        if waited >= seconds:
            return True
        await asyncio.sleep(step)
        waited += step
    return False


Produce = Callable[[list[Out], str | None], Awaitable[None]]


def _classify_agent(
    classify: ClassifyStage, table: Any, cfg: PipelineConfig, produce: Produce,
    pending: PendingWrites,
) -> Callable[[Any], Awaitable[None]]:  # fmt: skip
    """The classify agent. Its owed ticks and near-duplicate rows go out before each
    offset commit (the producer's flush runs `before_commit`); the lock keeps ticks from
    being sent between an item and the ticks it carries (stream/ticks.py)."""
    lock = asyncio.Lock()

    def rows(partition: int | None) -> _ClassifyRows:
        return _ClassifyRows(table, partition, cfg.partitions)

    async def before_commit() -> None:
        async with lock:
            classify.write_seen(rows)
            await produce(classify.owed(), None)

    pending.before_flush.append(before_commit)

    async def classify_agent(stream: Any) -> None:
        frozen = False
        async for event in stream.events():
            where = _where(event)
            async with lock:
                table_rows = rows(where.partition)
                await produce(classify.process(event.value, where, table_rows), "classify")
            if not frozen:  # the classifier's data is loaded by the first article
                frozen = freeze()
            if await _quiet(stream.channel, cfg.catch_up_quiet_s):  # see stream/ticks.py
                async with lock:
                    await produce(classify.catch_up(), None)

    return classify_agent


def _produce(
    app: Any, topics: dict[str, Any], pending: PendingWrites, progress: Callable[[str], None]
) -> Produce:
    """The agents' `produce` (see its docstring)."""
    names = {role: topic.get_topic_name() for role, topic in topics.items()}
    producer: Any = None

    async def produce(outs: list[Out], agent: str | None) -> None:
        """Queue records, note the agent's progress (None: no input record finished here);
        after an article, let the other agents run (see the module docstring: detect and
        alert are quick, a yield per record of theirs only costs loop turns).

        Straight to the producer, not through `Topic.send`: our values are bytes already
        and nothing is attached to events (`stream_publish_on_commit` is off), so Faust's
        channel path (future message, serializer lookups, sensors) only cost CPU, ~4 % of
        a worker in a py-spy --gil profile. Each record's future is tracked like a
        changelog write (stream/changelog.py): the flush before a commit waits for it,
        and a failed send stops offsets from committing."""
        nonlocal producer
        if producer is None:
            producer = await app.maybe_start_producer()
        for o in outs:
            fut = await producer.send(names[o.role], o.key, o.value, o.partition, None, None)
            pending.track(fut)
        if agent is not None:
            progress(agent)
        if agent == "classify":
            await asyncio.sleep(0)

    return produce


def _at_most_every(seconds: float, fn: Callable[[], None]) -> Callable[[], None]:
    """`fn`, run when called at most once per `seconds` (monotonic time)."""
    last = float("-inf")

    def run() -> None:
        nonlocal last
        if time.monotonic() - last >= seconds:
            fn()
            last = time.monotonic()

    return run


def build_app(
    cfg: PipelineConfig,
    metrics: Metrics | None = None,
    on_alert: AlertHook | None = None,
    health: Health | None = None,
) -> Any:
    """A Faust app with the classify, detect and alert agents, and deliver with `on_alert`."""
    metrics = metrics or Metrics()
    health = health or Health(metrics=metrics)
    pending = PendingWrites()
    app = _faust_app(cfg, pending)
    topics = _topics(app, cfg)
    table = _story_table(app, cfg, pending)
    classify = ClassifyStage(cfg.partitions, metrics, config=cfg.story)
    detect = DetectStage(cfg.partitions, cfg.story, metrics)
    alert = AlertStage(cfg.watches, metrics, source=_watch_source(cfg))

    handled: Counter[str] = Counter()  # records per agent, read by the assignment watch

    def progress(agent: str) -> None:
        health.record_progress(agent, time.time())
        handled[agent] += 1

    produce = _produce(app, topics, pending, progress)

    classify_agent = _classify_agent(classify, table, cfg, produce, pending)

    # Counting walks the whole table: at most once a second, never per record.
    count_stories = _at_most_every(1.0, lambda: metrics.stories.set(story_count(table.keys())))

    async def detect_agent(stream: Any) -> None:
        async for event in stream.events():
            count_stories()
            outs = detect.process(event.value, _where(event), table)
            await produce(outs + alert.of_outs(outs, datetime.now(UTC)), "detect")

    async def deliver_agent(stream: Any) -> None:
        async for event in stream.events():
            try:
                alert_ = decode_alert(event.value)
            except InvalidInput as e:
                log.warning("undeliverable_alert_record", reason=str(e))
                continue
            if on_alert is not None:
                await on_alert(alert_)  # returns once delivered, dead-lettered or silenced
            progress("deliver")

    async def forget_clocks(sender: Any, *_: Any, **__: Any) -> None:
        detect.reset()  # another worker may have moved a partition's clock on
        classify.reset()
        _shorten_fetch_wait(app, cfg.fetch_max_wait_s)

    schedule_refreeze(app)
    app.on_partitions_assigned.connect(forget_clocks)
    assignment_watch(app, handled)
    app.agent(topics["articles"], name="classify")(classify_agent)
    app.agent(topics["stories"], name="detect")(detect_agent)
    if on_alert is not None:
        # Its own consumer of `alerts`: a sink outage holds up deliveries, not the pipeline.
        app.agent(topics["alerts"], name="deliver", concurrency=cfg.delivery_concurrency)(
            deliver_agent
        )
    log.debug("faust_app_built", app_id=cfg.app_id, topics=cfg.topics.processed())
    return app
