"""Core benchmark: classify + detect on one core, and what each stage costs.

Two passes over the same articles: the real `Detector` (what `detect` runs) for the
articles/s figure, then a staged pass that times each call the Detector makes
(decode, classify, route, advance, due, alert build, encode) for the per-stage cost.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from storywatch import _json
from storywatch.alerts import build_alerts, default_watches
from storywatch.classify import classify_article
from storywatch.engine import Detector
from storywatch.models import Article, Change, parse_article
from storywatch.stories import StoryConfig, StoryState, advance, due, route

__all__ = ["STAGES", "CoreResult", "alerts_for", "run_core", "staged_costs"]

STAGES = ("decode", "classify", "route", "advance", "due", "alert_build", "encode")
_DETECTED_AT = datetime(2026, 1, 1, tzinfo=UTC)  # pure core: time is an input


@dataclass
class CoreResult:
    """Throughput of the core on one core and its cost per stage."""

    articles: int
    seconds: float
    cpu_seconds: float
    changes: int
    alerts: int
    stories: int
    stage_us: dict[str, float] = field(default_factory=dict)  # microseconds per article
    alerts_by_article: list[int] = field(default_factory=list, repr=False)

    @property
    def articles_per_s(self) -> float | None:
        """Articles per wall-clock second (None for an empty run)."""
        return self.articles / self.seconds if self.seconds > 0 and self.articles else None


def alerts_for(changes: Sequence[Change]) -> int:
    """How many alerts the default watches build for these changes."""
    watches = default_watches()
    return sum(len(build_alerts(c, watches, _DETECTED_AT)) for c in changes)


def run_core(articles: Sequence[Article], config: StoryConfig | None = None) -> CoreResult:
    """Feed every article to one Detector and build the alerts; time the whole."""
    det = Detector(config or StoryConfig())
    watches = default_watches()
    n_changes = 0
    by_article = [0] * len(articles)
    t0, c0 = time.perf_counter(), time.process_time()
    for i, art in enumerate(articles):
        for change in det.feed(art):
            n_changes += 1
            by_article[i] += len(build_alerts(change, watches, _DETECTED_AT))
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return CoreResult(
        len(articles), wall, cpu, n_changes, sum(by_article), len(det.states),
        alerts_by_article=by_article,
    )  # fmt: skip


class _Clock:
    """Accumulates perf_counter time per stage."""

    def __init__(self) -> None:
        self.total = dict.fromkeys(STAGES, 0.0)

    def run(self, stage: str, fn: Callable[..., Any], *args: Any) -> Any:
        t = time.perf_counter()
        out = fn(*args)
        self.total[stage] += time.perf_counter() - t
        return out


def _tick(states: dict[str, StoryState], now: datetime, cfg: StoryConfig) -> list[Change]:
    found: list[Change] = []
    for key in list(states):
        state, changes = due(states[key], now, cfg)
        if state is None:
            del states[key]
        else:
            states[key] = state
        found.extend(changes)
    return found


def staged_costs(
    articles: Sequence[Article], config: StoryConfig | None = None
) -> dict[str, float]:
    """Microseconds per article spent in each stage, mirroring Detector.feed call for call."""
    cfg, clock, watches = config or StoryConfig(), _Clock(), default_watches()
    states: dict[str, StoryState] = {}
    mark: datetime | None = None
    lines = [_json.dumps(a.to_json_dict()) for a in articles]
    for raw in lines:
        art = clock.run("decode", lambda b: parse_article(_json.loads(b)), raw)
        changes: list[Change] = []
        for item in clock.run("route", route, clock.run("classify", classify_article, art)):
            state, found = clock.run("advance", advance, states.get(item.story_id), item, cfg)
            states[item.story_id] = state
            changes.extend(found)
            ts = item.article.published_at
            mark = ts if mark is None else max(mark, ts)
            changes.extend(clock.run("due", _tick, states, mark, cfg))
        for change in changes:
            for alert in clock.run("alert_build", build_alerts, change, watches, _DETECTED_AT):
                clock.run("encode", _json.dumps, alert.to_json_dict())
    n = max(1, len(articles))
    return {k: v / n * 1e6 for k, v in clock.total.items()}
