"""Pure story logic: story keys, near-duplicates, the per-party state machine, deadlines, bursts.

The three calls both drivers make (``storywatch detect`` through engine.Detector, and
the Faust agents): `route` an article to its stories, `advance` a story by one item
(first `mark_copy` with a `SeenIndex`: a near-duplicate of an earlier article is a copy anywhere),
and `due` a story at event time. `EventClock` decides, from the items alone, when an
item is applied (event-time order within the reorder window) and when `due` runs.
"""

from __future__ import annotations

from storywatch.stories.clock import EventClock
from storywatch.stories.machine import advance, due, is_blank
from storywatch.stories.model import StoryConfig, StoryItem, StoryState, state_bytes
from storywatch.stories.routing import route, story_key
from storywatch.stories.seen import SeenIndex, mark_copy

__all__ = [
    "EventClock",
    "SeenIndex",
    "StoryConfig",
    "StoryItem",
    "StoryState",
    "advance",
    "due",
    "is_blank",
    "mark_copy",
    "route",
    "state_bytes",
    "story_key",
]
