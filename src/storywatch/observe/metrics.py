"""Prometheus metrics, all `storywatch_...`, on a registry passed in (no globals).

Adapters receive one `Metrics` and call its objects or its `observe_*` helpers; tests
build one on a fresh `CollectorRegistry` and read `registry.get_sample_value(...)`.
Counters are declared without `_total`: prometheus-client appends it on exposition.

Label values are bounded on purpose: sinks by name (never a URL: webhook URLs carry
secrets), reasons through `reason_label`, story ids only on `story_changes`, whose
series `forget_story` removes when a story leaves state.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from storywatch import __version__
from storywatch.models import Alert, Change, Classified

__all__ = ["ARTICLE_OUTCOMES", "DELIVERY_OUTCOMES", "Metrics", "age_seconds", "reason_label"]

ARTICLE_OUTCOMES = ("accepted", "duplicate", "deadlettered")
DELIVERY_OUTCOMES = ("delivered", "retried", "deadlettered", "disabled")

_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)
# From the article's published_at: news arrives minutes to hours after it is written.
_NEWS_AGE_BUCKETS = (1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600, 7200, 21600, 86400)
_REASON_MAX = 40
_NOT_WORD = re.compile(r"[^a-z0-9]+")


def reason_label(reason: str) -> str:
    """A bounded label value for a reason: `published_at: Input should be...` -> `published_at`.

    Keeps the part before the first ':' (our one-line reasons name the field or the
    error kind there), lower-case, so that free text (ids, values) never reaches a label.
    """
    head = reason.split(":", 1)[0] if ":" in reason else reason
    slug = _NOT_WORD.sub("_", head.strip().lower()).strip("_")
    return slug[:_REASON_MAX] or "unknown"


class Metrics:
    """Every metric storywatch exports, registered on one registry."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        # (metric name, label values) -> the labelled child: `labels()` validates and
        # locks on every call, and the worker calls it several times per record (the
        # agents' progress, each article's events, each change): ~2 % of a worker's CPU
        # in a profiled burst. A child is the same object prometheus keeps, so values
        # are unchanged; `forget_story` drops its entry with the series.
        self._kids: dict[tuple[str, tuple[str, ...]], Any] = {}
        self._flow(self.registry)
        self._latency(self.registry)
        self._runtime(self.registry)

    # -- declarations -------------------------------------------------------------------

    def _flow(self, r: CollectorRegistry) -> None:
        self.articles = Counter(
            "storywatch_articles", "Articles seen by the pipeline, by source and outcome",
            ["source", "outcome"], registry=r,
        )  # fmt: skip
        self.events = Counter(
            "storywatch_events", "Events extracted, by action and modality",
            ["action", "modality"], registry=r,
        )  # fmt: skip
        self.changes = Counter(
            "storywatch_changes", "State changes detected, by to_state and severity",
            ["to_state", "severity"], registry=r,
        )  # fmt: skip
        self.story_changes = Counter(
            "storywatch_story_changes", "State changes per story (removed when it expires)",
            ["story_id"], registry=r,
        )  # fmt: skip
        self.alerts = Counter(
            "storywatch_alerts", "Alerts built, by watch and severity",
            ["watch", "severity"], registry=r,
        )  # fmt: skip
        self.deliveries = Counter(
            "storywatch_deliveries", "Alert deliveries, by sink and outcome",
            ["sink", "outcome"], registry=r,
        )  # fmt: skip
        self.deadletters = Counter(
            "storywatch_deadletters", "Records sent to the dead-letter topic, by stage and reason",
            ["stage", "reason"], registry=r,
        )  # fmt: skip

    def _latency(self, r: CollectorRegistry) -> None:
        self.delivery_seconds = Histogram(
            "storywatch_delivery_duration_seconds", "Time to deliver one alert to one sink",
            ["sink"], buckets=_LATENCY_BUCKETS, registry=r,
        )  # fmt: skip
        self.e2e_seconds = Histogram(
            "storywatch_ingest_to_alert_seconds", "From ingest of the article to its alert",
            buckets=_LATENCY_BUCKETS, registry=r,
        )  # fmt: skip
        self.published_to_alert_seconds = Histogram(
            "storywatch_published_to_alert_seconds",
            "From the article's published_at to its alert",
            buckets=_NEWS_AGE_BUCKETS, registry=r,
        )  # fmt: skip

    def _runtime(self, r: CollectorRegistry) -> None:
        self.last_progress = Gauge(
            "storywatch_agent_last_progress_timestamp_seconds",
            "Unix time an agent last finished a record",
            ["agent"], registry=r,
        )  # fmt: skip
        self.agent_records = Counter(
            "storywatch_agent_records", "Records an agent finished", ["agent"], registry=r
        )
        self.agent_stalled = Gauge(
            "storywatch_agent_stalled",
            "1 while the watchdog sees lag waiting and no progress by this agent",
            ["agent"], registry=r,
        )  # fmt: skip
        self.stories = Gauge(
            "storywatch_stories", "Stories held in state by this worker", registry=r
        )
        self.consumer_lag = Gauge(
            "storywatch_consumer_lag_records",
            "Records between the committed offset and the end of a partition",
            ["topic", "partition"], registry=r,
        )  # fmt: skip
        self.recovery_ratio = Gauge(
            "storywatch_table_recovery_ratio",
            "Share of a table's changelog recovered (1 when done)",
            ["table"], registry=r,
        )  # fmt: skip
        self.endpoint_disabled = Gauge(
            "storywatch_endpoint_disabled",
            "1 when a sink's endpoint was disabled (HTTP 410 Gone)",
            ["sink"], registry=r,
        )  # fmt: skip
        self.ready = Gauge("storywatch_ready", "1 when /readyz answers ready", registry=r)
        self.build_info = Gauge(
            "storywatch_build_info", "Always 1; labels carry the version", ["version"], registry=r
        )
        self.build_info.labels(version=__version__).set(1)

    # -- convenience for call sites ----------------------------------------------------

    def _child(self, metric: Any, *values: str) -> Any:
        """`metric.labels(*values)`, looked up once per label set (see `_kids`)."""
        key = (metric._name, values)
        kid = self._kids.get(key)
        if kid is None:
            kid = self._kids[key] = metric.labels(*values)
        return kid

    def observe_article(self, source: str, outcome: str) -> None:
        """Count one article at ingest: outcome is one of ARTICLE_OUTCOMES."""
        self._child(self.articles, source or "unknown", outcome).inc()

    def observe_deadletter(self, stage: str, reason: str, source: str | None = None) -> None:
        """Count one dead-lettered record; an article (source given) also counts as an outcome."""
        self.deadletters.labels(stage=stage, reason=reason_label(reason)).inc()
        if source is not None:
            self.observe_article(source, "deadlettered")

    def observe_classified(self, classified: Classified) -> None:
        """Count the events an article yielded."""
        for ev in classified.events:
            self._child(self.events, ev.action, ev.modality).inc()

    def observe_changes(self, changes: Iterable[Change]) -> None:
        """Count state changes, overall and per story."""
        for ch in changes:
            self._child(self.changes, ch.to_state, ch.severity).inc()
            self._child(self.story_changes, ch.story_id).inc()

    def forget_story(self, story_id: str) -> None:
        """Drop a story's series when it leaves state, so the label set stays bounded."""
        self._kids.pop((self.story_changes._name, (story_id,)), None)
        try:
            self.story_changes.remove(story_id)
        except KeyError:
            return

    def observe_alert(self, alert: Alert, now: float, ingested_at: float | None = None) -> None:
        """Count an alert and its end-to-end latencies (`now`, `ingested_at`: Unix seconds)."""
        self._child(self.alerts, alert.watch, alert.severity).inc()
        if alert.published_at is not None:
            self.published_to_alert_seconds.observe(age_seconds(alert.published_at, now))
        if ingested_at is not None:
            self.e2e_seconds.observe(max(now - ingested_at, 0.0))

    def observe_delivery(self, sink: str, outcome: str, seconds: float | None = None) -> None:
        """Count one delivery attempt's outcome (DELIVERY_OUTCOMES) and its duration."""
        self.deliveries.labels(sink=sink, outcome=outcome).inc()
        if seconds is not None:
            self.delivery_seconds.labels(sink=sink).observe(seconds)

    def set_endpoint_disabled(self, sink: str, disabled: bool = True) -> None:
        """Mark a sink's endpoint disabled (410) or enabled again."""
        self.endpoint_disabled.labels(sink=sink).set(1 if disabled else 0)

    def set_lag(self, topic: str, partition: int, lag: int) -> None:
        """Record the consumer lag of one partition."""
        self.consumer_lag.labels(topic=topic, partition=str(partition)).set(max(lag, 0))

    def set_recovery(self, table: str, done: int, total: int) -> None:
        """Record table recovery progress: `done` of `total` changelog records."""
        self.recovery_ratio.labels(table=table).set(1.0 if total <= 0 else min(done / total, 1.0))

    def agent_progress(self, agent: str, now: float) -> None:
        """An agent finished one record at Unix time `now`."""
        self._child(self.agent_records, agent).inc()
        self._child(self.last_progress, agent).set(now)


def age_seconds(published_at: datetime, now: float) -> float:
    """Seconds from a published_at to Unix time `now` (never negative)."""
    return max(now - published_at.timestamp(), 0.0)
