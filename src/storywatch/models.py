"""The records of ../shared/CONTRACT.md: Article, Event, Classified, Change, Alert.

Pydantic models validate once at the edge (CLI line, Kafka record, HTTP body);
inside, the same frozen models travel. Field names are the contract's; extra
fields are additions, never renames.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from storywatch._exceptions import InvalidArticle
from storywatch._urls import id_from_url

__all__ = [
    "ACTIONS",
    "ISSUES",
    "MODALITIES",
    "SEVERITIES",
    "STATES",
    "Action",
    "Alert",
    "Article",
    "Change",
    "Classified",
    "Event",
    "Evidence",
    "Issue",
    "Modality",
    "Severity",
    "parse_article",
    "rfc3339",
]

Action = Literal[
    "propose", "accept", "reject", "respond", "meet", "agree",
    "demand", "threaten", "attack", "sanction", "appeal", "comment",
]  # fmt: skip
Issue = Literal[
    "talks", "summit", "ceasefire", "prisoner_exchange", "peace_deal",
    "sanctions", "aid", "trade", "nuclear", "hostages", "other",
]  # fmt: skip
Modality = Literal["asserted", "negated", "expected", "hypothetical"]
Severity = Literal["info", "normal", "high", "critical"]

ACTIONS: tuple[str, ...] = get_args(Action)
ISSUES: tuple[str, ...] = get_args(Issue)
MODALITIES: tuple[str, ...] = get_args(Modality)
SEVERITIES: tuple[str, ...] = get_args(Severity)
# The party states of the contract, plus what the domain adds (see stories.transitions).
STATES: tuple[str, ...] = (
    "proposed", "awaiting_response", "responded", "accepted", "rejected",
    "scheduled", "held", "agreed", "broken", "withdrawn",
)  # fmt: skip

MAX_BODY_CHARS = 5_000_000


def rfc3339(ts: datetime) -> str:
    """Format an aware datetime as RFC 3339 in UTC with a trailing Z."""
    return ts.astimezone(UTC).isoformat().replace("+00:00", "Z")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


class Article(_Frozen):
    """One news article (input record; value of an `articles` topic record)."""

    id: str = Field(min_length=1, max_length=512)
    url: str = Field(default="", max_length=8192)
    source: str = Field(default="", max_length=512)
    published_at: datetime
    title: str = Field(default="", max_length=10_000)
    body: str = Field(default="", max_length=MAX_BODY_CHARS)
    lang: str | None = Field(default=None, max_length=16)

    @model_validator(mode="before")
    @classmethod
    def _derive_id(cls, data: Any) -> Any:
        url = data.get("url") if isinstance(data, dict) else None
        if isinstance(data, dict) and not data.get("id") and isinstance(url, str) and url.strip():
            data = {**data, "id": id_from_url(data["url"])}
        return data

    @field_validator("published_at")
    @classmethod
    def _aware_utc(cls, v: datetime) -> datetime:
        if v.tzinfo is None:
            raise ValueError("published_at needs a time zone (RFC 3339)")
        return v.astimezone(UTC)

    def to_json_dict(self) -> dict[str, Any]:
        """The contract's JSON form (published_at as RFC 3339)."""
        d = self.model_dump()
        d["published_at"] = rfc3339(self.published_at)
        return d


def _one_line(err: ValidationError) -> str:
    parts = []
    for e in err.errors()[:3]:
        loc = ".".join(str(x) for x in e["loc"]) or "record"
        parts.append(f"{loc}: {e['msg']}")
    return "; ".join(parts)


def parse_article(data: Any) -> Article:
    """Validate a decoded JSON value as an Article; raise InvalidArticle with a one-line reason."""
    if not isinstance(data, dict):
        raise InvalidArticle(f"expected a JSON object, got {type(data).__name__}")
    try:
        return Article.model_validate(data)
    except ValidationError as e:
        raise InvalidArticle(_one_line(e)) from None


class Event(_Frozen):
    """Who did what to whom about what, with modality: one extracted event."""

    actor: str
    action: Action
    target: str | None = None
    issue: Issue | None = None
    modality: Modality = "asserted"
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    sentence: str = ""
    rule: str = ""  # which rule produced it (shown by --explain)
    trigger: str = ""  # the words that triggered it (shown by --explain)


class Classified(_Frozen):
    """An article with what `classify` found: the contract line plus the article's metadata."""

    id: str
    topics: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    events: tuple[Event, ...] = ()
    url: str = ""
    source: str = ""
    published_at: datetime
    title: str = ""
    fingerprint: tuple[int, ...] = ()  # near-duplicate signature of the text

    def contract_dict(self) -> dict[str, Any]:
        """The `storywatch classify` output line of the contract."""
        return {
            "id": self.id,
            "topics": list(self.topics),
            "entities": list(self.entities),
            "events": [e.model_dump(exclude={"rule", "trigger"}) for e in self.events],
        }


class Evidence(_Frozen):
    """A sentence that supports a change, with where it came from."""

    article_id: str
    url: str = ""
    source: str = ""
    sentence: str = ""
    published_at: datetime | None = None


class Change(_Frozen):
    """A state change of one party in one story (the news)."""

    article_id: str
    story_id: str
    actor: str
    from_state: str | None
    to_state: str
    issue: str | None
    severity: Severity = "normal"
    title: str = ""
    evidence: tuple[Evidence, ...] = ()
    published_at: datetime | None = None
    counterpart: str | None = None
    parties: tuple[str, ...] = ()
    confirmed: bool = False
    sources: tuple[str, ...] = ()
    rule: str = ""  # why: the transition rule that fired (detect --explain)
    figures: dict[str, float] = Field(default_factory=dict)  # e.g. burst rate vs baseline

    def contract_dict(self) -> dict[str, Any]:
        """The `storywatch detect` output line (contract fields first, then additions)."""
        return self.model_dump(mode="json")


class Alert(_Frozen):
    """A change a watch selected, as published on the alerts topic and POSTed to webhooks."""

    alert_id: str
    watch: str
    severity: Severity
    detected_at: datetime
    published_at: datetime | None
    change: Change
    title: str
    summary: str = ""
    confirmed: bool = False
    links: tuple[str, ...] = ()
    # A grouped notification (alerts.grouping) lists its member alerts; empty for a single alert.
    group: tuple[Alert, ...] = ()

    def to_json_dict(self) -> dict[str, Any]:
        """Flat JSON body: the change's fields, then the alert's own (contract)."""
        body = self.change.model_dump(mode="json")
        body.update(
            alert_id=self.alert_id,
            watch=self.watch,
            severity=self.severity,
            detected_at=rfc3339(self.detected_at),
            published_at=rfc3339(self.published_at) if self.published_at else None,
            title=self.title,
            summary=self.summary,
            confirmed=self.confirmed,
            links=list(self.links),
        )
        if self.group:
            body["alerts"] = [m.to_json_dict() for m in self.group]
        return body

    @classmethod
    def from_json_dict(cls, body: dict[str, Any]) -> Alert:
        """Inverse of to_json_dict (the change's own title is the alert's title in the flat body).

        Raises pydantic.ValidationError on a body that is not an alert.
        """
        members = tuple(cls.from_json_dict(m) for m in body.get("alerts") or ())
        return cls.model_validate({**body, "change": Change.model_validate(body), "group": members})
