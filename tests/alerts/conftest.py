"""Factories for changes and alerts (pure records, no I/O)."""

from __future__ import annotations

from datetime import UTC, datetime

from storywatch.alerts import Watch, build_alerts
from storywatch.models import Alert
from storywatch.testing import change as make_change

T0 = datetime(2025, 7, 1, 12, 0, tzinfo=UTC)


def make_alert(n: int = 0, watch: Watch | None = None, **update: object) -> Alert:
    return build_alerts(make_change(n, **update), (watch or Watch(),), T0)[0]
