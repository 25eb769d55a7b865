"""Alert building: a change that a watch selects becomes an alert with a deterministic id."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime

from storywatch.alerts.titles import summary_of, title_of
from storywatch.alerts.watches import Watch
from storywatch.models import Alert, Change

__all__ = ["alert_id", "build_alerts", "links_of"]


def alert_id(change: Change, watch: str) -> str:
    """Deterministic id from watch, story, party, transition and triggering article.

    The same change under the same watch always gets the same id, so a redelivery after
    a crash carries it again (webhook-id, dedup at the receiver). The confirmation update
    of a change gets its own id.
    """
    key = "|".join(
        [watch, change.story_id, change.actor, change.from_state or "", change.to_state,
         change.article_id]
    )  # fmt: skip
    if change.confirmed:
        key += "|confirmed"
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def links_of(change: Change) -> tuple[str, ...]:
    """The evidence URLs, first seen first, without repeats or blanks."""
    return tuple(dict.fromkeys(e.url for e in change.evidence if e.url))


def build_alerts(change: Change, watches: Iterable[Watch], detected_at: datetime) -> list[Alert]:
    """One alert per watch that selects the change, in watch order."""
    selected = [w for w in watches if w.matches(change)]
    if not selected:
        return []
    title = title_of(change)
    # The flat JSON body has one `title`: carry the human one in the change too, so that
    # Alert.from_json_dict(alert.to_json_dict()) == alert.
    change = change.model_copy(update={"title": title})
    summary = summary_of(change)
    links = links_of(change)
    return [
        Alert(
            alert_id=alert_id(change, w.name),
            watch=w.name,
            severity=change.severity,
            detected_at=detected_at,
            published_at=change.published_at,
            change=change,
            title=title,
            summary=summary,
            confirmed=change.confirmed,
            links=links,
        )
        for w in selected
    ]
