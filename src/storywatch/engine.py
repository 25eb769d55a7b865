"""One logic, two drivers: the offline `detect` loop over the pure core.

The Faust agents (storywatch.stream) call the same functions one record at a time:
classify_article -> route -> advance (+ due on the event-time watermark) -> build_alerts.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from storywatch.classify import classify_article
from storywatch.models import Article, Change
from storywatch.stories import StoryConfig, StoryState, advance, due, route

__all__ = ["Detector", "detect_all"]


@dataclass
class Detector:
    """Holds story states in a dict, as the Faust table does in the stream."""

    config: StoryConfig = field(default_factory=StoryConfig)
    states: dict[str, StoryState] = field(default_factory=dict)
    watermark: datetime | None = None

    def feed(self, article: Article) -> list[Change]:
        """Classify one article and apply it to every story it touches."""
        changes: list[Change] = []
        for item in route(classify_article(article)):
            state, found = advance(self.states.get(item.story_id), item, self.config)
            self.states[item.story_id] = state
            changes.extend(found)
            ts = item.article.published_at
            self.watermark = ts if self.watermark is None else max(self.watermark, ts)
            changes.extend(self.tick(self.watermark))
        return changes

    def tick(self, now: datetime) -> list[Change]:
        """Run time-driven rules on every story at event time `now`."""
        changes: list[Change] = []
        for key in list(self.states):
            state, found = due(self.states[key], now, self.config)
            if state is None:
                del self.states[key]
            else:
                self.states[key] = state
            changes.extend(found)
        return changes


def detect_all(
    articles: Iterable[Article], config: StoryConfig | None = None, now: datetime | None = None
) -> Iterator[Change]:
    """Every change in a stream of articles, in order; `now` runs the deadlines at the end."""
    det = Detector(config or StoryConfig())
    for art in articles:
        yield from det.feed(art)
    if now is not None:
        yield from det.tick(now)
