"""`detect --explain`: the events and the rule behind a change, as one JSON-ready record."""

from __future__ import annotations

from typing import Any

from storywatch.models import Change, Event
from storywatch.stories.model import StoryItem

__all__ = ["explain"]


def _event(ev: Event) -> dict[str, Any]:
    return {
        "actor": ev.actor,
        "action": ev.action,
        "target": ev.target,
        "issue": ev.issue,
        "modality": ev.modality,
        "confidence": ev.confidence,
        "sentence": ev.sentence,
        "classifier_rule": ev.rule,
        "trigger": ev.trigger,
    }


def _involves(ev: Event, change: Change) -> bool:
    return change.actor in (ev.actor, ev.target) or (
        change.counterpart is not None and ev.actor == change.counterpart
    )


def explain(change: Change, item: StoryItem | None) -> dict[str, Any]:
    """The transition rule of a change and the article events it rests on.

    Time-driven changes (overdue) have no item: their rule names the deadline.
    """
    events = [] if item is None else [e for e in item.events if _involves(e, change)]
    return {
        "rule": change.rule,
        "story": change.story_id,
        "article": None if item is None else item.article.id,
        "events": [_event(e) for e in events],
        "figures": change.figures,
    }
