"""Hand-built classifier output from a storyline's labels: each required event, as labelled.

Entities are the parties the article's labels name (required and optional events).

This tests the state machine alone, before (and independently of) the real classifier.
A label field that lists alternatives takes the first; a pair of actors without a target
means "one of them, the other is the target".
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from storywatch.models import Classified, Event
from storywatch.stories.dedup import fingerprint


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) else value


def _event(label: dict[str, Any], sentence: str) -> Event:
    actors = label.get("actor")
    actor = _first(actors)
    target = _first(label.get("target"))
    if target is None and isinstance(actors, list) and len(actors) >= 2:
        target = actors[1]
    return Event(
        actor=actor,
        action=_first(label["action"]),
        target=target,
        issue=_first(label.get("issue")),
        modality=_first(label.get("modality", "asserted")),
        confidence=0.9,
        sentence=sentence,
    )


def _codes(labels: list[dict[str, Any]]) -> list[str]:
    """Every party a label names, in order: what a classifier would list as entities."""
    out: list[str] = []
    for lab in labels:
        for key in ("actor", "target"):
            value = lab.get(key)
            out += value if isinstance(value, list) else [value] if value else []
    return out


def oracle_classified(articles: Path, expected: Path) -> list[Classified]:
    """One Classified per article, its events the labels' required events."""
    labels = json.loads(expected.read_text(encoding="utf-8"))["articles"]
    out = []
    for line in articles.read_text(encoding="utf-8").splitlines():
        a = json.loads(line)
        lab = labels.get(a["id"], {"required": []})
        events = tuple(_event(r, a["title"]) for r in lab["required"])
        entities = tuple(dict.fromkeys(_codes(lab.get("required", []) + lab.get("optional", []))))
        out.append(
            Classified(
                id=a["id"],
                url=a.get("url", ""),
                source=a.get("source", ""),
                published_at=a["published_at"],
                title=a.get("title", ""),
                events=events,
                entities=entities,
                fingerprint=fingerprint(a.get("title", "") + "\n" + a.get("body", "")),
            )
        )
    return out
