"""Pure story logic: story keys, near-duplicates, the per-party state machine, deadlines, bursts.

Stub of the foundation; the stories work fills it in behind the same names.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict

from storywatch.models import Change, Classified

__all__ = ["StoryConfig", "StoryItem", "StoryState", "advance", "due", "route"]


class StoryConfig(BaseModel):
    """Tunables of the story layer (from Settings, passed down)."""

    model_config = ConfigDict(frozen=True)
    overdue_hours: float = 72.0
    ttl_days: float = 14.0
    reorder_window_s: float = 3600.0


class StoryItem(BaseModel):
    """One classified article routed to one story (the record re-keyed by story_id)."""

    model_config = ConfigDict(frozen=True)
    story_id: str
    article: Classified


class StoryState(BaseModel):
    """Everything kept per story (one Faust table row); must stay small (< 1 KB)."""

    story_id: str
    parties: dict[str, str] = {}
    last_seen: datetime | None = None


def route(classified: Classified) -> list[StoryItem]:
    """The stories an article touches, one item each (none for noise)."""
    return []


def advance(
    state: StoryState | None, item: StoryItem, config: StoryConfig
) -> tuple[StoryState, list[Change]]:
    """Apply one item to its story; return the new state and the changes it causes."""
    st = state or StoryState(story_id=item.story_id)
    return st, []


def due(
    state: StoryState, now: datetime, config: StoryConfig
) -> tuple[StoryState | None, list[Change]]:
    """Time-driven changes at event time `now` (overdue); None when the story expired."""
    return state, []
