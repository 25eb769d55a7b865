"""Metrics: names, units and the convenience methods the call sites use."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from prometheus_client import CollectorRegistry

from storywatch.models import Alert, Change, Classified, Event
from storywatch.observe import Metrics, reason_label

T0 = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def _change(story: str = "talks:RUS-UKR", to_state: str = "responded") -> Change:
    return Change(
        article_id="a1", story_id=story, actor="RUS", from_state="awaiting_response",
        to_state=to_state, issue="talks", severity="high", published_at=T0,
    )  # fmt: skip


def _alert(published_at: datetime | None = T0) -> Alert:
    return Alert(
        alert_id="x1", watch="all", severity="high", detected_at=T0,
        published_at=published_at, change=_change(), title="Russia responded",
    )  # fmt: skip


def test_every_metric_is_named_storywatch() -> None:
    reg = CollectorRegistry()
    Metrics(reg)
    names = [m.name for m in reg.collect()]
    assert names
    assert all(n.startswith("storywatch_") for n in names), names


def test_two_metrics_objects_do_not_share_state() -> None:
    a, b = Metrics(), Metrics()
    a.observe_article("reuters", "accepted")
    assert b.registry.get_sample_value(
        "storywatch_articles_total", {"source": "reuters", "outcome": "accepted"}
    ) is None  # fmt: skip


def test_observe_article_counts_by_source_and_outcome(metrics: Metrics) -> None:
    metrics.observe_article("reuters", "accepted")
    metrics.observe_article("reuters", "accepted")
    metrics.observe_article("", "duplicate")
    get = metrics.registry.get_sample_value
    assert get("storywatch_articles_total", {"source": "reuters", "outcome": "accepted"}) == 2
    assert get("storywatch_articles_total", {"source": "unknown", "outcome": "duplicate"}) == 1


def test_deadletter_counts_reason_and_article_outcome(metrics: Metrics) -> None:
    metrics.observe_deadletter("ingest", "published_at: Input should be a valid datetime", "afp")
    get = metrics.registry.get_sample_value
    assert get("storywatch_deadletters_total", {"stage": "ingest", "reason": "published_at"}) == 1
    assert get("storywatch_articles_total", {"source": "afp", "outcome": "deadlettered"}) == 1


def test_reason_label_is_bounded_and_keeps_no_free_text() -> None:
    assert reason_label("not valid JSON: Expecting value at 1:3") == "not_valid_json"
    assert reason_label("  ") == "unknown"
    assert len(reason_label("x" * 500)) <= 40


def test_observe_classified_counts_events(metrics: Metrics) -> None:
    events = (
        Event(actor="UKR", action="propose", modality="asserted"),
        Event(actor="RUS", action="respond", modality="negated"),
        Event(actor="UKR", action="propose", modality="asserted"),
    )
    metrics.observe_classified(Classified(id="a1", events=events, published_at=T0))
    get = metrics.registry.get_sample_value
    assert get("storywatch_events_total", {"action": "propose", "modality": "asserted"}) == 2
    assert get("storywatch_events_total", {"action": "respond", "modality": "negated"}) == 1


def test_changes_count_overall_and_per_story_until_forgotten(metrics: Metrics) -> None:
    metrics.observe_changes([_change(), _change(to_state="accepted"), _change("other")])
    get = metrics.registry.get_sample_value
    assert get("storywatch_changes_total", {"to_state": "responded", "severity": "high"}) == 2
    assert get("storywatch_story_changes_total", {"story_id": "talks:RUS-UKR"}) == 2
    metrics.forget_story("talks:RUS-UKR")
    metrics.forget_story("never-seen")
    assert get("storywatch_story_changes_total", {"story_id": "talks:RUS-UKR"}) is None
    assert get("storywatch_story_changes_total", {"story_id": "other"}) == 1


def test_observe_alert_records_both_latencies(metrics: Metrics) -> None:
    now = T0.timestamp() + 90
    metrics.observe_alert(_alert(), now=now, ingested_at=now - 0.2)
    get = metrics.registry.get_sample_value
    assert get("storywatch_alerts_total", {"watch": "all", "severity": "high"}) == 1
    assert get("storywatch_published_to_alert_seconds_sum") == 90
    assert get("storywatch_published_to_alert_seconds_bucket", {"le": "60.0"}) == 0
    assert get("storywatch_published_to_alert_seconds_bucket", {"le": "120.0"}) == 1
    assert get("storywatch_ingest_to_alert_seconds_sum") == pytest.approx(0.2, abs=1e-6)


def test_observe_alert_without_times_counts_only(metrics: Metrics) -> None:
    metrics.observe_alert(_alert(published_at=None), now=T0.timestamp())
    get = metrics.registry.get_sample_value
    assert get("storywatch_alerts_total", {"watch": "all", "severity": "high"}) == 1
    assert get("storywatch_published_to_alert_seconds_count") == 0
    assert get("storywatch_ingest_to_alert_seconds_count") == 0


def test_delivery_outcome_and_duration(metrics: Metrics) -> None:
    metrics.observe_delivery("webhook", "retried")
    metrics.observe_delivery("webhook", "delivered", 0.03)
    get = metrics.registry.get_sample_value
    assert get("storywatch_deliveries_total", {"sink": "webhook", "outcome": "retried"}) == 1
    assert get("storywatch_delivery_duration_seconds_count", {"sink": "webhook"}) == 1


def test_gauges_for_lag_recovery_endpoint_and_progress(metrics: Metrics) -> None:
    metrics.set_lag("storywatch-articles", 3, 42)
    metrics.set_lag("storywatch-articles", 2, -1)
    metrics.set_recovery("stories", 25, 100)
    metrics.set_recovery("silences", 0, 0)
    metrics.set_endpoint_disabled("webhook")
    metrics.agent_progress("classify", 1234.5)
    get = metrics.registry.get_sample_value
    lag = "storywatch_consumer_lag_records"
    assert get(lag, {"topic": "storywatch-articles", "partition": "3"}) == 42
    assert get(lag, {"topic": "storywatch-articles", "partition": "2"}) == 0
    assert get("storywatch_table_recovery_ratio", {"table": "stories"}) == 0.25
    assert get("storywatch_table_recovery_ratio", {"table": "silences"}) == 1
    assert get("storywatch_endpoint_disabled", {"sink": "webhook"}) == 1
    assert get("storywatch_agent_last_progress_timestamp_seconds", {"agent": "classify"}) == 1234.5
    assert get("storywatch_agent_records_total", {"agent": "classify"}) == 1


def test_build_info_carries_the_version(metrics: Metrics) -> None:
    from storywatch import __version__

    assert metrics.registry.get_sample_value("storywatch_build_info", {"version": __version__}) == 1
