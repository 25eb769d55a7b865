"""Helpers for classification tests: sentence in, events out."""

from __future__ import annotations

from datetime import UTC, datetime

from storywatch.classify import classify_text
from storywatch.models import Article

Row = tuple[str, str, str | None, str | None, str]


def events_of(body: str, title: str = "") -> set[Row]:
    """(actor, action, target, issue, modality) of every event in a title and body."""
    _, _, events = classify_text(title, body)
    return {(e.actor, e.action, e.target, e.issue, e.modality) for e in events}


def pairs_of(body: str, title: str = "") -> set[tuple[str, str, str]]:
    """(actor, action, modality): the core of every event, when target and issue do not matter."""
    return {(a, act, mod) for a, act, _, _, mod in events_of(body, title)}


def article(body: str, title: str = "", art_id: str = "a1") -> Article:
    """A minimal valid Article."""
    return Article(
        id=art_id, title=title, body=body, published_at=datetime(2025, 7, 20, tzinfo=UTC)
    )


def event_list(title: str, body: str) -> list[tuple[str, str, str, str, str]]:
    """(actor, action, target or "", issue or "", modality) of each event in order, the
    article dated October 2026 (for the calendar readers)."""
    _, _, events = classify_text(title, body, published_year=2026, published_month=10)
    return [(e.actor, e.action, e.target or "", e.issue or "", e.modality) for e in events]
