"""Factories for changes and alerts (pure records, no I/O)."""

from __future__ import annotations

from datetime import UTC, datetime

from storywatch.alerts import Watch, build_alerts
from storywatch.models import Alert, Change, Evidence

T0 = datetime(2025, 7, 1, 12, 0, tzinfo=UTC)


def make_change(n: int = 0, **update: object) -> Change:
    base = Change(
        article_id=f"a{n}",
        story_id="RUS-UKR:talks",
        actor="RUS",
        from_state="awaiting_response",
        to_state="responded",
        issue="talks",
        severity="high",
        counterpart="UKR",
        parties=("RUS", "UKR"),
        published_at=T0,
        evidence=(
            Evidence(
                article_id=f"a{n}",
                url=f"https://news.example/{n}",
                source="Wire",
                sentence="The Kremlin said it had responded to Kyiv's proposal.",
            ),
        ),
    )
    return base.model_copy(update=update)


def make_alert(n: int = 0, watch: Watch | None = None, **update: object) -> Alert:
    return build_alerts(make_change(n, **update), (watch or Watch(),), T0)[0]
