"""Pure alerting: watches (which changes matter to whom) and alert building.

Stub of the foundation; the alerts work fills it in behind the same names.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from pydantic import BaseModel, ConfigDict

from storywatch.models import Alert, Change

__all__ = ["Watch", "alert_id", "build_alerts", "default_watches"]


class Watch(BaseModel):
    """A named selection of changes; the default one passes every change."""

    model_config = ConfigDict(frozen=True)
    name: str = "all"


def default_watches() -> tuple[Watch, ...]:
    """The watch list used when no watches file is configured."""
    return (Watch(),)


def alert_id(change: Change, watch: str) -> str:
    """Deterministic id: the same change under the same watch always gets the same id."""
    key = "|".join(
        [watch, change.story_id, change.actor, change.from_state or "", change.to_state,
         change.article_id]
    )  # fmt: skip
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def build_alerts(change: Change, watches: tuple[Watch, ...], detected_at: datetime) -> list[Alert]:
    """One alert per watch that selects the change."""
    return [
        Alert(
            alert_id=alert_id(change, w.name),
            watch=w.name,
            severity=change.severity,
            detected_at=detected_at,
            published_at=change.published_at,
            change=change,
            title=change.title,
        )
        for w in watches
    ]
