"""Paths of the deployment files and a Metrics object with a non-zero sample in every metric."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storywatch.models import Alert, Change, Classified, Event
from storywatch.observe import Health, Metrics

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"


def need_tool(name: str, package: str) -> str:
    """Path of a command-line tool, or skip with how to install it."""
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} not found: apt-get install {package}")
    return path


def busy_metrics() -> Metrics:
    """A Metrics with every stage exercised once, as after a short demo."""
    m = Metrics()
    t0 = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    change = Change(
        article_id="a1", story_id="talks:RUS-UKR", actor="RUS", from_state="awaiting_response",
        to_state="responded", issue="talks", severity="high", published_at=t0,
    )  # fmt: skip
    alert = Alert(
        alert_id="x", watch="all", severity="high", detected_at=t0, published_at=t0,
        change=change, title="Russia responded",
    )  # fmt: skip
    m.observe_article("reuters", "accepted")
    m.observe_deadletter("ingest", "published_at: missing", source="afp")
    m.observe_classified(
        Classified(id="a1", events=(Event(actor="UKR", action="propose"),), published_at=t0)
    )
    m.observe_changes([change])
    m.observe_alert(alert, now=t0.timestamp() + 30, ingested_at=t0.timestamp() + 29.9)
    m.observe_delivery("webhook", "delivered", 0.02)
    m.set_endpoint_disabled("slack")
    m.set_recovery("stories", 5, 10)
    m.stories.set(3)
    health = Health(metrics=m, clock=t0.timestamp)
    health.set_connected(True)
    health.set_assignment([("storywatch-articles", 0)])
    health.set_recovery_done()
    health.set_lag("storywatch-articles", 0, 4)
    health.record_progress("classify")
    m.agent_stalled.labels(agent="detect").set(1)  # as the watchdog of another worker would
    return m
