"""Records of the story layer: its settings, the routed item, and the per-story state.

StoryState is one Faust table row (``state.model_dump(mode="json")`` / ``model_validate``),
so everything in it is bounded and compact: times are epoch seconds, fingerprints are
hex, lists have a fixed maximum length. `state_bytes` measures it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from pydantic import BaseModel, ConfigDict, Field

from storywatch import _json
from storywatch.models import Classified, Event

__all__ = [
    "Burst",
    "PartyState",
    "Pending",
    "StoryConfig",
    "StoryItem",
    "StoryState",
    "epoch",
    "from_epoch",
    "state_bytes",
]


class StoryConfig(BaseModel):
    """Tunables of the story layer (from Settings, passed down)."""

    model_config = ConfigDict(frozen=True)
    overdue_hours: float = Field(default=72.0, gt=0)
    ttl_days: float = Field(default=14.0, gt=0)
    # A story holding an open commitment (accepted, scheduled, held, agreed) idles longer: an
    # agreement can be broken weeks later.
    commitment_ttl_days: float = Field(default=90.0, gt=0)
    reorder_window_s: float = Field(default=3600.0, ge=0)
    sweep_every_s: float = Field(default=300.0, gt=0)  # event time between `due` sweeps
    emit_implied: bool = False  # also emit implied changes (awaiting_response)
    min_confidence: float = Field(default=0.0, ge=0, le=1)
    burst_window_s: float = Field(default=3600.0, gt=0)
    burst_min_sources: int = Field(default=4, ge=2)
    burst_ratio: float = Field(default=3.0, gt=1)
    burst_baseline_hours: float = Field(default=24.0, gt=0)  # time constant of the baseline
    max_fingerprints: int = Field(default=6, ge=1)
    max_pending: int = Field(default=4, ge=0)


class StoryItem(BaseModel):
    """One classified article routed to one story (the record re-keyed by story_id)."""

    model_config = ConfigDict(frozen=True)
    story_id: str
    article: Classified
    parties: tuple[str, ...] = ()  # the two parties of the story, sorted
    issue: str = "other"
    events: tuple[Event, ...] = ()  # the article's events that belong to this story


class PartyState(BaseModel):
    """Where one party stands in a story."""

    state: str | None = None
    since: int = 0  # epoch seconds of the article that set it
    article: str = ""  # id of the article that set it (the proposal, for a deadline)
    seen: int = 0  # bit mask of states reached this round (transitions.STATE_BITS)


class Pending(BaseModel):
    """A change reported by one source only, waiting for a second independent one."""

    actor: str
    state: str
    article: str
    source: str


class Burst(BaseModel):
    """Sliding-window counts of independent coverage and the story's own baseline."""

    window: list[int] = []  # epoch minute * 65536 + 16-bit source hash, newest last
    baseline: float = 0.0  # decayed count of independent articles older than the window
    baseline_at: int = 0  # epoch seconds the baseline was decayed to
    fired_at: int = 0  # epoch seconds of the last `breaking` change
    since: int = 0  # epoch seconds of the first article counted (how much history there is)


class StoryState(BaseModel):
    """Everything kept per story (one Faust table row); stays under about 1 KB."""

    story_id: str
    parties: dict[str, PartyState] = {}
    last_seen: datetime | None = None  # newest published_at applied (TTL counts from it)
    fingerprints: list[str] = []  # id hash (6 hex) + fingerprint (hex) of recent articles
    pending: list[Pending] = []
    burst: Burst = Field(default_factory=Burst)


def epoch(ts: datetime) -> int:
    """Whole epoch seconds of an aware datetime."""
    return int(ts.timestamp())


def from_epoch(seconds: int) -> datetime:
    """The UTC datetime of epoch seconds."""
    return datetime.fromtimestamp(seconds, tz=UTC)


def state_bytes(state: StoryState) -> int:
    """Size of the state as stored in the table (compact JSON)."""
    return len(_json.dumps(state.model_dump(mode="json")))
