"""Topic names and layout, from the prefix in Settings."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["TABLE_NAME", "TopicNames"]

TABLE_NAME = "story-states"


@dataclass(frozen=True)
class TopicNames:
    """Every topic of the pipeline, named `<prefix><role>`."""

    prefix: str = "storywatch-"

    @property
    def articles(self) -> str:
        """Input articles, key: article id."""
        return f"{self.prefix}articles"

    @property
    def stories(self) -> str:
        """Story items re-keyed by story id, plus watermark ticks."""
        return f"{self.prefix}stories"

    @property
    def changes(self) -> str:
        """State changes, key: story id (written beside the alerts, for observers; the
        worker does not read it back)."""
        return f"{self.prefix}changes"

    @property
    def alerts(self) -> str:
        """Alerts (Alert.to_json_dict), key: story id."""
        return f"{self.prefix}alerts"

    @property
    def deadletter(self) -> str:
        """Records that failed, with the reason."""
        return f"{self.prefix}deadletter"

    def changelog(self, app_id: str) -> str:
        """Faust's changelog topic of the story table (compacted on a real Kafka)."""
        return f"{app_id}-{TABLE_NAME}-changelog"

    def processed(self) -> tuple[str, ...]:
        """The topics the worker consumes (classify, detect, deliver), upstream first."""
        return (self.articles, self.stories, self.alerts)

    def outputs(self) -> tuple[str, ...]:
        """Every topic the pipeline writes or reads, changelog aside."""
        return (self.articles, self.stories, self.changes, self.alerts, self.deadletter)

    def all(self, app_id: str) -> tuple[str, ...]:
        """Every topic storywatch uses, for pre-creation on the embedded broker."""
        return (*self.outputs(), self.changelog(app_id))
