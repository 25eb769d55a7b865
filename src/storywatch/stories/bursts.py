"""Breaking bursts: independent coverage of a story in a sliding window vs its own baseline.

Each article that is not a near-duplicate of one already seen puts (minute, source)
in the window, replacing that source's older entry; the window counts distinct
sources, so one outlet's stream of
updates or a wire story syndicated ten times counts once. Articles that leave the
window feed an exponentially decayed baseline (time constant
``burst_baseline_hours``), so the baseline never includes the burst itself; it is
read as a rate over the history the story actually has, so a young story is
compared with its own first hours. A burst
is ``burst_min_sources`` distinct sources in the window and ``burst_ratio`` times
what the baseline expects in a window; it fires once, then re-arms after a window.
"""

from __future__ import annotations

import math
import zlib
from dataclasses import dataclass

from storywatch.stories.model import Burst, StoryConfig

__all__ = ["BurstFigures", "observe"]

_MAX_WINDOW = 10  # distinct sources kept (the newest article of each)


@dataclass(frozen=True)
class BurstFigures:
    """What a `breaking` change reports."""

    sources_in_window: int
    expected_in_window: float
    ratio: float
    window_hours: float

    def as_dict(self) -> dict[str, float]:
        """For Change.figures."""
        return {
            "sources_in_window": float(self.sources_in_window),
            "expected_in_window": round(self.expected_in_window, 3),
            "ratio": round(self.ratio, 2),
            "window_hours": self.window_hours,
        }


def _source_hash(source: str) -> int:
    return zlib.crc32(source.strip().lower().encode()) & 0xFFFF


def _decay(b: Burst, now_s: int, tau_s: float) -> float:
    if b.baseline_at == 0 or now_s <= b.baseline_at:
        return b.baseline
    return b.baseline * math.exp(-(now_s - b.baseline_at) / tau_s)


def _slide(b: Burst, now_s: int, config: StoryConfig) -> Burst:
    """Move entries older than the window into the decayed baseline."""
    start_min = (now_s - int(config.burst_window_s)) // 60
    tau = config.burst_baseline_hours * 3600
    keep = [e for e in b.window if e >> 16 > start_min]
    base = _decay(b, now_s, tau)
    for e in b.window:
        if e >> 16 <= start_min:
            base += math.exp(-(now_s - (e >> 16) * 60) / tau)
    return b.model_copy(update={"window": keep, "baseline": round(base, 4), "baseline_at": now_s})


def _expected(b: Burst, now_s: int, config: StoryConfig) -> float:
    """Articles the baseline expects in one window: its rate over the history it has seen."""
    tau = config.burst_baseline_hours * 3600
    history = now_s - b.since - config.burst_window_s
    if b.since == 0 or history <= 0:
        return 0.0
    span = tau * (1.0 - math.exp(-history / tau))  # an EWMA over `history` seconds
    return b.baseline / span * config.burst_window_s


def observe(
    b: Burst, now_s: int, source: str, config: StoryConfig
) -> tuple[Burst, BurstFigures | None]:
    """Count one independent article at `now_s`; the figures when it tips a burst."""
    b = _slide(b, now_s, config)
    entry = (now_s // 60) << 16 | _source_hash(source)
    same = entry & 0xFFFF
    window = sorted([*(e for e in b.window if e & 0xFFFF != same), entry])[-_MAX_WINDOW:]
    b = b.model_copy(update={"window": window, "since": b.since or now_s})
    sources = len({e & 0xFFFF for e in window})
    expected = _expected(b, now_s, config)
    ratio = sources / max(expected, 1.0)
    armed = b.fired_at == 0 or now_s - b.fired_at >= config.burst_window_s
    if armed and sources >= config.burst_min_sources and ratio >= config.burst_ratio:
        figures = BurstFigures(sources, expected, ratio, config.burst_window_s / 3600)
        return b.model_copy(update={"fired_at": now_s}), figures
    return b, None
