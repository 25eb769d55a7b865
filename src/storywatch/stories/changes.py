"""Building Change records: state changes, confirmations, overdue and breaking (pure)."""

from __future__ import annotations

from datetime import timedelta

from storywatch.models import Change, Event, Evidence
from storywatch.stories.bursts import BurstFigures
from storywatch.stories.model import PartyState, Pending, StoryConfig, StoryItem, StoryState
from storywatch.stories.model import from_epoch as _from_epoch
from storywatch.stories.titles import change_title
from storywatch.stories.transitions import SEVERITY, Row

__all__ = [
    "breaking",
    "confirmation",
    "event_text",
    "issue_of",
    "other_party",
    "overdue",
    "state_change",
]


def issue_of(story_id: str) -> str:
    """The issue part of a story id ("RUS-UKR:talks" -> "talks")."""
    return story_id.rsplit(":", 1)[-1]


def other_party(state: StoryState, party: str) -> str | None:
    """The counterpart of `party` in its story (the first other in name order)."""
    for p in sorted(state.parties):  # a loop, not next() over a generator: called per row
        if p != party:
            return p
    return None


def event_text(ev: Event) -> str:
    """One line describing an event and where the classifier found it."""
    target = f" {ev.target}" if ev.target else ""
    issue = f" on {ev.issue}" if ev.issue else ""
    origin = (
        f" [classifier rule {ev.rule!r}, trigger {ev.trigger!r}]" if ev.rule or ev.trigger else ""
    )
    return f"{ev.actor} {ev.action}{target}{issue} ({ev.modality}, {ev.confidence:.2f}){origin}"


def _evidence(item: StoryItem, sentence: str) -> Evidence:
    a = item.article
    return Evidence(
        article_id=a.id, url=a.url, source=a.source, sentence=sentence, published_at=a.published_at
    )


def _common(state: StoryState, item: StoryItem, party: str) -> dict[str, object]:
    return {
        "article_id": item.article.id,
        "story_id": state.story_id,
        "actor": party,
        "issue": issue_of(state.story_id),
        "published_at": item.article.published_at,
        "counterpart": other_party(state, party),
        "parties": tuple(sorted(state.parties)),
    }


def state_change(
    state: StoryState, item: StoryItem, party: str, *, before: str | None, row: Row, ev: Event
) -> Change:
    """A party moved by a table row, on the evidence of one event."""
    other, issue = other_party(state, party), issue_of(state.story_id)
    return Change.model_validate(
        {
            **_common(state, item, party),
            "from_state": before,
            "to_state": row.to,
            "severity": SEVERITY[row.to],
            "title": change_title(row.to, party, other, issue),
            "evidence": (_evidence(item, ev.sentence),),
            "sources": (item.article.source,) if item.article.source else (),
            "rule": f"{row.name}: {event_text(ev)} moves {party} {before or 'none'} -> {row.to}",
        }
    )


def confirmation(state: StoryState, item: StoryItem, entry: Pending, ev: Event) -> Change:
    """A second independent source asserts a change first reported by `entry`."""
    other, issue = other_party(state, entry.actor), issue_of(state.story_id)
    base = change_title(entry.state, entry.actor, other, issue)
    return Change.model_validate(
        {
            **_common(state, item, entry.actor),
            "from_state": entry.state,
            "to_state": "confirmed",
            "severity": SEVERITY.get(entry.state, "normal"),
            "title": change_title("confirmed", entry.actor, other, issue, base=base),
            "evidence": (_evidence(item, ev.sentence),),
            "confirmed": True,
            "sources": (entry.source, item.article.source),
            "rule": (
                f"confirmed: {entry.actor} {entry.state} (first reported by {entry.source} in id "
                f"{entry.article}) asserted again by {item.article.source}: {event_text(ev)}"
            ),
        }
    )


def overdue(state: StoryState, party: str, ps: PartyState, config: StoryConfig) -> Change:
    """No answer from `party` within the deadline after the other side proposed."""
    issue, other = issue_of(state.story_id), other_party(state, party)
    hours = f"{config.overdue_hours:g}"
    deadline = _from_epoch(ps.since) + timedelta(hours=config.overdue_hours)
    text = f"no response from {party} {hours} h after {other} proposed {issue}"
    return Change(
        article_id=ps.article,
        story_id=state.story_id,
        actor=party,
        from_state=ps.state,
        to_state="overdue",
        issue=issue,
        severity="high",
        title=change_title("overdue", party, other, issue, hours=hours),
        evidence=(Evidence(article_id=ps.article, url=ps.url, published_at=_from_epoch(ps.since)),),
        published_at=deadline,
        counterpart=other,
        parties=tuple(sorted(state.parties)),
        rule=f"overdue: {text} (deadline {deadline.isoformat()})",
        figures={"hours": config.overdue_hours},
    )


def breaking(state: StoryState, item: StoryItem, figures: BurstFigures) -> Change:
    """A burst of independent coverage of the story."""
    actor = sorted(state.parties)[0]
    other, issue = other_party(state, actor), issue_of(state.story_id)
    title = change_title(
        "breaking", actor, other, issue,
        sources=figures.sources_in_window, window=f"{figures.window_hours:g}",
    )  # fmt: skip
    return Change.model_validate(
        {
            **_common(state, item, actor),
            "from_state": None,
            "to_state": "breaking",
            "severity": "high",
            "title": title,
            "evidence": (_evidence(item, item.article.title),),
            "rule": (
                f"breaking: {figures.sources_in_window} independent sources in "
                f"{figures.window_hours:g} h vs {figures.expected_in_window:.2f} expected "
                f"from the story's baseline (ratio {figures.ratio:.1f})"
            ),
            "figures": figures.as_dict(),
        }
    )
