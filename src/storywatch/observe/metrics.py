"""Prometheus metrics, all `storywatch_...`, on a registry passed in (no globals).

First cut by the foundation; the observability work extends it. Adapters receive a
`Metrics` and call its objects; tests build one on a fresh CollectorRegistry.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

__all__ = ["Metrics"]

_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)


class Metrics:
    """Every metric storywatch exports, registered on one registry."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self.articles = Counter(
            "storywatch_articles",
            "Articles seen by the pipeline, by source and outcome",
            ["source", "outcome"],
            registry=r,
        )
        self.events = Counter(
            "storywatch_events", "Events extracted, by action and modality",
            ["action", "modality"], registry=r,
        )  # fmt: skip
        self.changes = Counter(
            "storywatch_changes", "State changes detected, by to_state and severity",
            ["to_state", "severity"], registry=r,
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
        self.delivery_seconds = Histogram(
            "storywatch_delivery_duration_seconds", "Time to deliver one alert to one sink",
            ["sink"], buckets=_LATENCY_BUCKETS, registry=r,
        )  # fmt: skip
        self.e2e_seconds = Histogram(
            "storywatch_ingest_to_alert_seconds", "From ingest of the article to its alert",
            buckets=_LATENCY_BUCKETS, registry=r,
        )  # fmt: skip
        self.last_progress = Gauge(
            "storywatch_agent_last_progress_timestamp_seconds",
            "Unix time an agent last finished a record",
            ["agent"], registry=r,
        )  # fmt: skip
        self.stories = Gauge(
            "storywatch_stories", "Stories held in state by this worker", registry=r
        )
