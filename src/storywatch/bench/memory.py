"""Memory per story: JSON size of StoryState and RSS slope, at N stories, extrapolated to 1M.

Runs in its own process (``python -m storywatch.bench.memory N [json]``) so the RSS it reads
holds only the stories. It skips the classifier: each story gets one classified
article with one asserted proposal between two states, routed and advanced by the
real story core, so the state it measures is what the detect table holds.
"""

from __future__ import annotations

import gc
import itertools
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import psutil
import pycountry

from storywatch import _json
from storywatch.models import ISSUES, Classified, Event
from storywatch.stories import StoryConfig, StoryState, advance, route

__all__ = ["measure_memory", "state_json_bytes"]

_T0 = datetime(2025, 3, 1, tzinfo=UTC)
_CHECKPOINTS = 5


def state_json_bytes(state: Any) -> int:
    """Size of one story state as the JSON a changelog would carry."""
    if hasattr(state, "model_dump_json"):
        return len(state.model_dump_json().encode())
    return len(_json.dumps(state))


def _classified(n: int, actor: str, target: str, issue: str) -> Classified:
    sentence = f"{actor} proposed {issue.replace('_', ' ')} with {target} on Monday."
    event = Event(actor=actor, action="propose", target=target, issue=issue,  # type: ignore[arg-type]
                  modality="asserted", confidence=0.9, sentence=sentence)  # fmt: skip
    return Classified(
        id=f"mem-{n:07d}", url=f"https://wire.example/mem/{n}", source="seed-wire",
        published_at=_T0 + timedelta(seconds=n), title=sentence, events=(event,),
        entities=(actor, target), topics=("diplomacy",),
    )  # fmt: skip


def _proposals() -> Iterator[tuple[str, str, str]]:
    codes = sorted(c.alpha_3 for c in pycountry.countries)
    issues = [i for i in ISSUES if i != "other"]
    for a, b in itertools.combinations(codes, 2):
        for issue in issues:
            yield a, b, issue


def _rss() -> int:
    gc.collect()
    return int(psutil.Process().memory_info().rss)


def _slope(points: list[tuple[int, int]]) -> float | None:
    """Least-squares bytes per story over (stories, rss) points."""
    if len(points) < 2:
        return None
    n = len(points)
    mx = sum(p[0] for p in points) / n
    my = sum(p[1] for p in points) / n
    den = sum((p[0] - mx) ** 2 for p in points)
    return sum((p[0] - mx) * (p[1] - my) for p in points) / den if den else None


def measure_memory(stories: int, as_json: bool = False) -> dict[str, Any]:
    """Create `stories` stories through route/advance; report RSS, slope and JSON bytes.

    `as_json` holds each state as its JSON text, as the Faust table of the stream does,
    instead of as the StoryState object the `detect` Detector keeps.
    """
    cfg = StoryConfig()
    states: dict[str, StoryState] = {}
    held: dict[str, str] = {}
    sizes: list[int] = []
    base = _rss()
    points: list[tuple[int, int]] = [(0, base)]
    step = max(1, stories // _CHECKPOINTS)
    for n, (a, b, issue) in enumerate(itertools.islice(_proposals(), stories), 1):
        for item in route(_classified(n, a, b, issue)):
            state = advance(states.get(item.story_id), item, cfg)[0]
            if as_json:
                held[item.story_id] = state.model_dump_json()
            else:
                states[item.story_id] = state
            if len(sizes) < 2000:
                sizes.append(state_json_bytes(state))
        if n % step == 0:
            points.append((len(held) + len(states), _rss()))
    count = len(held) + len(states)
    slope = _slope(points) if count else None
    return {
        "stories": count,
        "held_as": "json" if as_json else "objects",
        "rss_bytes": points[-1][1],
        "rss_base_bytes": base,
        "rss_bytes_per_story": slope,
        "json_bytes_per_story": sum(sizes) / len(sizes) if sizes else None,
        "rss_at_1m_bytes": base + slope * 1_000_000 if slope is not None else None,
    }


def main(argv: list[str]) -> int:
    """Entry point of the memory subprocess: prints one JSON object."""
    stories = int(argv[1]) if len(argv) > 1 else 100_000
    as_json = len(argv) > 2 and argv[2] == "json"
    sys.stdout.write(_json.dumps_line(measure_memory(stories, as_json)) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
