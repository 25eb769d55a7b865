"""Core benchmark: classify + detect on one core, and what each stage costs.

Two passes over the same articles: the real `Detector` (what `detect` runs) for the
articles/s figure, then a staged pass that times each call the Detector makes
(decode, classify, route, reorder buffer, advance, due sweep, alert build, encode).
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
from storywatch.stories import StoryConfig, StoryItem, route

__all__ = ["STAGES", "CoreResult", "alerts_for", "run_core", "staged_costs"]

STAGES = ("decode", "classify", "route", "reorder", "advance", "due", "alert_build", "encode")
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


def run_core(
    articles: Sequence[Article], config: StoryConfig | None = None, budget_s: float | None = None
) -> CoreResult:
    """Feed the articles to one Detector, finish it, build the alerts; time the whole.

    With `budget_s`, stop feeding once that much time has passed (the result says how
    many articles it fed). `alerts_by_article` counts what each article's feed released
    (not the final flush): what a live stream emits as the articles arrive.
    """
    det = Detector(config or StoryConfig())
    watches = default_watches()
    n_changes = n_alerts = 0
    by_article: list[int] = []
    t0, c0 = time.perf_counter(), time.process_time()
    stop = t0 + budget_s if budget_s is not None else float("inf")
    for art in articles:
        if time.perf_counter() > stop:
            break
        by_article.append(0)
        for change in det.feed(art):
            n_changes += 1
            by_article[-1] += len(build_alerts(change, watches, _DETECTED_AT))
    for change in det.finish():
        n_changes += 1
        n_alerts += len(build_alerts(change, watches, _DETECTED_AT))
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return CoreResult(
        len(by_article), wall, cpu, n_changes, n_alerts + sum(by_article), len(det.states),
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


def _push(det: Detector, clock: _Clock, item: StoryItem) -> list[Change]:
    """Detector.push, timed: the reorder buffer and advance, then the due sweep."""
    assert det.clock is not None  # noqa: S101  # set by Detector.__post_init__
    changes: list[Change] = []
    for ready in clock.run("reorder", det.clock.push, item):
        changes.extend(clock.run("advance", det.apply, ready))
    sweep_at = clock.run("due", det.clock.sweep_due)
    if sweep_at is not None:
        changes.extend(clock.run("due", det.tick, sweep_at))
    return changes


def staged_costs(
    articles: Sequence[Article], config: StoryConfig | None = None, budget_s: float | None = None
) -> dict[str, float]:
    """Microseconds per article spent in each stage, calling what Detector.feed calls."""
    clock, watches = _Clock(), default_watches()
    det = Detector(config or StoryConfig())
    lines = [_json.dumps(a.to_json_dict()) for a in articles]
    n, stop = 0, time.perf_counter() + (budget_s if budget_s is not None else float("inf"))
    for raw in lines:
        if time.perf_counter() > stop:
            break
        n += 1
        art = clock.run("decode", lambda b: parse_article(_json.loads(b)), raw)
        changes: list[Change] = []
        for item in clock.run("route", route, clock.run("classify", classify_article, art)):
            changes.extend(_push(det, clock, item))
        for change in changes:
            for alert in clock.run("alert_build", build_alerts, change, watches, _DETECTED_AT):
                clock.run("encode", _json.dumps, alert.to_json_dict())
    return {k: v / max(1, n) * 1e6 for k, v in clock.total.items()}
