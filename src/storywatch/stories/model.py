"""Records of the story layer: its settings, the routed item, and the per-story state.

StoryState is one Faust table row (``state.model_dump(mode="json")`` / ``model_validate``),
so everything in it is bounded and compact: times are epoch seconds, fingerprints are
hex, lists have a fixed maximum length. `state_bytes` measures it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pydantic import AliasChoices, BaseModel, ConfigDict, Field

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
    # A story where a party still owes an answer (awaiting_response, overdue) idles longer
    # too: a reply weeks after the deadline is still the reply to that proposal.
    open_ttl_days: float = Field(default=30.0, gt=0)
    reorder_window_s: float = Field(default=0.0, ge=0)
    sweep_every_s: float = Field(default=300.0, gt=0)  # event time between `due` sweeps
    emit_implied: bool = False  # also emit implied changes (awaiting_response)
    min_confidence: float = Field(default=0.0, ge=0, le=1)
    burst_window_s: float = Field(default=3600.0, gt=0)
    burst_min_sources: int = Field(default=4, ge=2)
    burst_ratio: float = Field(default=3.0, gt=1)
    burst_baseline_hours: float = Field(default=24.0, gt=0)  # time constant of the baseline
    max_fingerprints: int = Field(default=5, ge=1)
    max_pending: int = Field(default=2, ge=0)
    # Original articles whose fingerprint and routes `detect` keeps (stories.seen).
    seen_capacity: int = Field(default=4096, ge=1)
    seen_window_hours: float = Field(default=48.0, gt=0)  # a copy follows within this
    # A fact its pair's other story told within this is a recap there (stories.recaps);
    # 0 turns the pair memory off.
    recap_window_hours: float = Field(default=168.0, ge=0)


class StoryItem(BaseModel):
    """One classified article routed to one story (the record re-keyed by story_id)."""

    model_config = ConfigDict(frozen=True)
    story_id: str
    article: Classified
    parties: tuple[str, ...] = ()  # the two parties of the story, sorted
    issue: str = "other"
    events: tuple[Event, ...] = ()  # the article's events that belong to this story
    # A near-duplicate of this article id, routed where the original went (stories.seen):
    # it changes nothing in the story.
    duplicate_of: str | None = None


# The records inside a StoryState are stored with one-letter keys (the Python names
# stay readable): the state is written to the table on every article and must stay small.
_COMPACT = ConfigDict(serialize_by_alias=True, validate_by_name=True, validate_by_alias=True)


def _key(short: str, **kw: Any) -> Any:
    """A field stored under `short`, read back under either name."""
    return Field(serialization_alias=short, validation_alias=AliasChoices(short), **kw)


class PartyState(BaseModel):
    """Where one party stands in a story."""

    model_config = _COMPACT
    state: str | None = _key("s", default=None)
    since: int = _key("t", default=0)  # epoch seconds of the article that set it
    article: str = _key("a", default="")  # that article's id (a deadline's proposal)
    # The proposal's URL while the party owes an answer (the overdue change cites it).
    url: str = _key("u", default="", exclude_if=lambda v: not v)
    seen: int = _key("m", default=0)  # mask of states reached this round (STATE_BITS)


class Pending(BaseModel):
    """A change reported by one source only, waiting for a second independent one."""

    model_config = _COMPACT
    actor: str = _key("p")
    state: str = _key("s")
    article: str = _key("a")
    source: str = _key("o")


class Burst(BaseModel):
    """Sliding-window counts of independent coverage and the story's own baseline."""

    model_config = _COMPACT
    window: list[int] = _key("w", default=[])  # epoch minute << 16 | source hash
    baseline: float = _key("b", default=0.0)  # decayed count that left the window
    baseline_at: int = _key("bt", default=0)  # epoch seconds the baseline decayed to
    fired_at: int = _key("f", default=0)  # epoch seconds of the last `breaking`
    since: int = _key("t0", default=0)  # epoch seconds of the first article counted


class StoryState(BaseModel):
    """Everything kept per story (one Faust table row); stays under about 1 KB."""

    story_id: str
    parties: dict[str, PartyState] = {}
    last_seen: datetime | None = None  # newest published_at applied (TTL counts from it)
    fingerprints: list[str] = []  # fingerprints (hex) of recent articles, or "#" + id hash
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
