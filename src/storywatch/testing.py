"""Test helpers shipped with storywatch: a fake clock, a list sink, and the core on a list.

    clock = FakeClock(datetime(2025, 7, 19, tzinfo=UTC)); clock.advance(hours=2)
    changes = run_classified([classified(...), ...])          # hand-built events
    changes = run_articles(read_articles(path))                # through the classifier

Like bytewax's testing module: list of inputs in, list of changes out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Generic, TypeVar

from storywatch import _json
from storywatch.engine import Detector
from storywatch.models import Article, Change, Classified, Event, Evidence, parse_article
from storywatch.stories import StoryConfig
from storywatch.stories.dedup import fingerprint

__all__ = [
    "FakeClock",
    "ListSink",
    "change",
    "classified",
    "event",
    "key_of",
    "keys",
    "news",
    "read_articles",
    "run_articles",
    "run_classified",
]

T = TypeVar("T")


@dataclass
class FakeClock:
    """A clock that moves only when told (pass `clock.now` where code takes `now`)."""

    now: datetime = field(default_factory=lambda: datetime(2025, 1, 1, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float = 0.0, **delta: float) -> datetime:
        """Move forward by `seconds` plus any timedelta keywords (hours=2); return the time."""
        self.now += timedelta(seconds=seconds, **delta)
        return self.now


@dataclass
class ListSink(Generic[T]):
    """A sink that keeps what it is given, in order."""

    items: list[T] = field(default_factory=list)

    def __call__(self, item: T) -> None:
        self.items.append(item)

    def send(self, item: T) -> None:
        """Same as calling the sink."""
        self.items.append(item)


def event(actor: str, action: str, target: str | None = None, **kw: Any) -> Event:
    """A hand-built event (modality asserted, confidence 0.9 unless given)."""
    kw.setdefault("confidence", 0.9)
    kw.setdefault("sentence", f"{actor} {action} {target or ''}".strip())
    return Event(actor=actor, action=action, target=target, **kw)  # type: ignore[arg-type]


def change(n: int = 0, **update: object) -> Change:
    """A hand-built change: RUS responded to UKR on talks, from article `a{n}` (fields override)."""
    base = Change(
        article_id=f"a{n}",
        story_id="RUS-UKR:talks",
        actor="RUS",
        from_state="awaiting_response",
        to_state="responded",
        issue="talks",
        severity="high",
        counterpart="UKR",
        parties=("RUS", "UKR"),
        published_at=datetime(2025, 7, 1, 12, 0, tzinfo=UTC),
        evidence=(
            Evidence(
                article_id=f"a{n}",
                url=f"https://news.example/{n}",
                source="Wire",
                sentence="The Kremlin said it had responded to Kyiv's proposal.",
            ),
        ),
    )
    return base.model_copy(update=update)


def classified(
    article_id: str,
    published_at: datetime | str,
    events: Sequence[Event],
    *,
    source: str = "wire",
    text: str | None = None,
    **kw: Any,
) -> Classified:
    """A hand-built classified article; its fingerprint comes from `text` (default: the id)."""
    ts = datetime.fromisoformat(published_at) if isinstance(published_at, str) else published_at
    body = (
        text
        if text is not None
        else f"article {article_id} "
        + " ".join(f"{e.actor} {e.action} {e.target} {e.issue} {e.modality}" for e in events)
    )
    return Classified(
        id=article_id,
        published_at=ts,
        events=tuple(events),
        source=source,
        url=kw.pop("url", f"https://example.test/{article_id}"),
        title=kw.pop("title", body[:80]),
        fingerprint=fingerprint(body),
        **kw,
    )


def run_classified(
    items: Iterable[Classified], config: StoryConfig | None = None, now: datetime | None = None
) -> list[Change]:
    """The changes the core finds in classified articles given in arrival order."""
    det = Detector(config or StoryConfig())
    out: list[Change] = []
    for c in items:
        out.extend(det.feed_classified(c))
    out.extend(det.finish(now))
    return out


def run_articles(
    articles: Iterable[Article], config: StoryConfig | None = None, now: datetime | None = None
) -> list[Change]:
    """The changes `storywatch detect` writes for these articles (classifier included)."""
    det = Detector(config or StoryConfig())
    out: list[Change] = []
    for a in articles:
        out.extend(det.feed(a))
    out.extend(det.finish(now))
    return out


def news(article_id: str, published_at: datetime, title: str, body: str) -> Article:
    """An article as a wire sends it, from a source of its own (no copy of another's)."""
    return Article(
        id=article_id,
        title=title,
        body=body,
        published_at=published_at,
        url=f"https://wire.example/{article_id}",
        source=f"wire-{article_id}",
    )


def numbered_news(prefix: str, start: datetime) -> Callable[[int, float, str, str], Article]:
    """`news` for a test's article number n, published `days` after `start`: the id is
    the prefix and n on two digits, so ids sort in the order the test numbers them."""

    def make(n: int, days: float, title: str, body: str) -> Article:
        return news(f"{prefix}{n:02d}", start + timedelta(days=days), title, body)

    return make


def read_articles(path: Path) -> list[Article]:
    """Articles of a JSONL file (every line must be valid)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [parse_article(_json.loads(line)) for line in lines if line.strip()]


def key_of(change: Change) -> tuple[str, str, str, str | None, str]:
    """What a scorer compares: (article_id, actor, to_state, issue, story_id)."""
    return (change.article_id, change.actor, change.to_state, change.issue, change.story_id)


def keys(changes: Iterable[Change]) -> list[tuple[str, str, str, str | None, str]]:
    """Sorted keys of changes (order-free comparison)."""
    return sorted(key_of(c) for c in changes)
