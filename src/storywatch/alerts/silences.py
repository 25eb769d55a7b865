"""Silences: pure model and matching. A silence mutes alerts that match all its matchers.

Stored (by storywatch.sinks.silence_store) as one record per silence id in a compacted
topic: adding writes it, expiring writes it again with ``ends_at`` = now, so the latest
record of an id is its truth on every worker.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime, timedelta

from pydantic import BaseModel, ConfigDict, Field, model_validator

from storywatch._exceptions import InvalidInput
from storywatch.models import Alert, rfc3339

__all__ = ["Silence", "SilenceSet", "expire", "new_silence"]


class Silence(BaseModel):
    """Mute alerts matching every given matcher between starts_at and ends_at."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    id: str = Field(min_length=1, max_length=64)
    story: str | None = None
    actor: str | None = None
    watch: str | None = None
    to_state: str | None = None
    starts_at: datetime
    ends_at: datetime
    reason: str = Field(default="", max_length=2000)
    created_by: str = Field(default="", max_length=200)

    @model_validator(mode="after")
    def _has_matcher(self) -> Silence:
        if not any((self.story, self.actor, self.watch, self.to_state)):
            raise ValueError("a silence needs at least one of story, actor, watch, to_state")
        return self

    def active(self, now: datetime) -> bool:
        """True while the silence is in force."""
        return self.starts_at <= now < self.ends_at

    def matches(self, alert: Alert) -> bool:
        """True when every matcher that is set equals the alert's field."""
        c = alert.change
        pairs = ((self.story, c.story_id), (self.actor, c.actor), (self.watch, alert.watch),
                 (self.to_state, c.to_state))  # fmt: skip
        return all(want is None or want == got for want, got in pairs)

    def to_json_dict(self) -> dict[str, str | None]:
        """JSON form (the value of its record in the silences topic)."""
        d = self.model_dump()
        d["starts_at"] = rfc3339(self.starts_at)
        d["ends_at"] = rfc3339(self.ends_at)
        return d


def new_silence(
    *,
    now: datetime,
    duration_s: float,
    reason: str = "",
    created_by: str = "",
    story: str | None = None,
    actor: str | None = None,
    watch: str | None = None,
    to_state: str | None = None,
) -> Silence:
    """A silence starting at `now`; raises InvalidInput without a matcher or a positive duration."""
    if duration_s <= 0:
        raise InvalidInput("a silence needs a positive duration (e.g. --for 2h)")
    if not any((story, actor, watch, to_state)):
        raise InvalidInput("a silence needs at least one of --story, --actor, --watch, --to-state")
    seed = "|".join([rfc3339(now), story or "", actor or "", watch or "", to_state or "", reason])
    sid = hashlib.sha256(seed.encode()).hexdigest()[:12]
    return Silence(
        id=sid, story=story, actor=actor, watch=watch, to_state=to_state, starts_at=now,
        ends_at=now + timedelta(seconds=duration_s), reason=reason, created_by=created_by,
    )  # fmt: skip


def expire(silence: Silence, now: datetime) -> Silence:
    """The same silence ending at `now` (or earlier if it already ended)."""
    return silence.model_copy(update={"ends_at": min(silence.ends_at, now)})


class SilenceSet:
    """The latest version of every silence, by id."""

    def __init__(self, silences: Iterable[Silence] = ()) -> None:
        self._by_id: dict[str, Silence] = {}
        for s in silences:
            self.apply(s)

    def apply(self, silence: Silence) -> None:
        """Record the latest version of a silence (a later record of an id replaces it)."""
        self._by_id[silence.id] = silence

    def get(self, silence_id: str) -> Silence | None:
        """The silence with that id, or None."""
        return self._by_id.get(silence_id)

    def silencing(self, alert: Alert, now: datetime) -> Silence | None:
        """The first active silence that mutes the alert, or None."""
        return next((s for s in self._by_id.values() if s.active(now) and s.matches(alert)), None)

    def listing(self, now: datetime, *, include_expired: bool = False) -> list[Silence]:
        """Silences, active first then by end time."""
        items = [s for s in self._by_id.values() if include_expired or now < s.ends_at]
        return sorted(items, key=lambda s: (not s.active(now), s.ends_at))

    def prune(self, now: datetime, keep: timedelta = timedelta(days=1)) -> None:
        """Forget silences that ended more than `keep` ago (bounded memory)."""
        self._by_id = {k: s for k, s in self._by_id.items() if now - s.ends_at < keep}

    def __len__(self) -> int:
        return len(self._by_id)
