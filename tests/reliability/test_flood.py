"""A flood: a burst where 90% of the articles are syndicated copies from other outlets.

Through the core (classifier, routing, dedup, state machine, reorder buffer), as the
stream's detect stage runs it: story state stays the size the originals alone give it
(copies add at most a bounded number of fingerprints per story), the reorder buffer never
holds more than one reorder window of input, the near-duplicate index stays within its
bound, no transition fires twice, every state the originals reach is reached, and (almost)
no change is caused by a copy.
"""

from __future__ import annotations

import resource
from collections import Counter
from datetime import timedelta

import pytest

from storywatch.bench.corpus import CorpusConfig, CorpusItem, generate
from storywatch.engine import Detector
from storywatch.models import Change

from .harness import story_config

ITEMS_PER_ARTICLE = 8  # story items one article can route to, at most (pairs x issues)
INDEX_BYTES_PER_ARTICLE = 2048  # stories.seen: 128 fingerprint bytes, the id and the marks


def _flood(n: int) -> list[CorpusItem]:
    cfg = CorpusConfig(articles=n, seed=5, syndicated_share=0.9, noise_share=0.02,
                       target_chars=600, articles_per_hour=1200.0)  # fmt: skip
    return list(generate(cfg))


def _run(items: list[CorpusItem]) -> tuple[list[Change], Detector, int]:
    det = Detector(story_config())
    changes: list[Change] = []
    peak = 0
    for it in items:
        changes += det.feed(it.article)
        peak = max(peak, len(det.clock or ()))
    changes += det.finish()
    return changes, det, peak


def _state_bytes(det: Detector) -> int:
    return sum(len(s.model_dump_json()) for s in det.states.values())


def _most_in_one_window(items: list[CorpusItem], window: timedelta) -> int:
    times = sorted(it.article.published_at for it in items)
    most, lo = 0, 0
    for hi, t in enumerate(times):
        while times[lo] < t - window:
            lo += 1
        most = max(most, hi - lo + 1)
    return most


def _transition(c: Change) -> tuple[str, str, str | None, str, bool]:
    return (c.story_id, c.actor, c.from_state, c.to_state, c.confirmed)


def _check_flood(n: int) -> dict[str, int]:
    items = _flood(n)
    kinds = Counter(it.kind for it in items)
    assert kinds["syndicated"] >= 0.85 * n
    flood, det, peak = _run(items)
    originals, det0, _ = _run([it for it in items if it.kind != "syndicated"])
    # Bounded state: the copies add little to what the originals alone leave.
    assert _state_bytes(det) <= 1.25 * _state_bytes(det0) + 4096
    assert len(det.states) <= len(det0.states) + kinds["syndicated"] // 100
    # No unbounded queue: the reorder buffer holds at most one window of input.
    window = timedelta(seconds=story_config().reorder_window_s)
    assert peak <= ITEMS_PER_ARTICLE * _most_in_one_window(items, window)
    # Alerts once: the copies make no transition fire again (a story may legitimately go
    # through the same transition in a later round: as often as with the originals alone),
    # and the originals' changes all fire.
    counts, alone = Counter(map(_transition, flood)), Counter(map(_transition, originals))
    again = {t: n for t, n in counts.items() if n > max(1, alone[t])}
    assert not again, again
    # Every state the originals reach is reached: a copy whose edits change what the
    # classifier finds, routed to a story its original did not reach, is still known as a
    # copy there (stories.seen), and no original is taken for a copy of another thread.
    reached = {(c.story_id, c.actor, c.to_state) for c in flood}
    alone_reached = {(c.story_id, c.actor, c.to_state) for c in originals}
    assert not alone_reached - reached, sorted(alone_reached - reached)
    by_copy = {c.article_id for c in flood} & {it.article.id for it in items
                                               if it.kind == "syndicated"}  # fmt: skip
    assert len(by_copy) <= kinds["syndicated"] // 1000, sorted(by_copy)[:10]
    # Bounded memory: the index holds `seen_capacity` articles, whatever the flood.
    assert det.seen is not None
    assert det.seen.nbytes <= INDEX_BYTES_PER_ARTICLE * det.seen.capacity
    return {"articles": n, "copies": kinds["syndicated"], "changes": len(flood),
            "changes_of_originals_alone": len(originals), "changes_triggered_by_a_copy":
            len(by_copy), "states_reached": len(reached), "states_reached_by_originals_alone":
            len(alone_reached), "state_bytes": _state_bytes(det), "state_bytes_originals":
            _state_bytes(det0), "reorder_peak": peak, "index_articles": len(det.seen),
            "index_bytes": det.seen.nbytes, "peak_rss_mb":
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}  # fmt: skip


def test_a_flood_of_copies_keeps_state_bounded_and_alerts_once() -> None:
    print(f"flood: {_check_flood(1500)}")


@pytest.mark.soak
def test_soak_flood_of_50000_articles() -> None:
    print(f"flood soak: {_check_flood(50_000)}")
