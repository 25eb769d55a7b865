"""Sentence-level scoring (issue 4): 220 short news items written blind in session 3 and
labelled like the storylines, scored with score.py's own `event_matches`. Each item is
classified as an article of its own (no story context), as outside human-coded sentences are.

The figures are floors measured on this set (raise only); the target is issue 4's 0.90."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from conftest import score_module
from storywatch.classify import classify_article
from storywatch.models import Article

SENTENCES = Path(__file__).resolve().parent / "corpus" / "sentences" / "heldout-sentences.jsonl"
# Measured when the set was written (before any change made after reading its error classes):
# P 0.798, R 0.518, F1 0.629, 6 forbidden, 38/43 quiet.
F1_FLOOR = 0.72  # 0.710 after session 3, 0.730 after session 4 (classes of other blind sets)
FORBIDDEN_CEILING = 5
QUIET_FLOOR = 0.88


@dataclass
class Figures:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    forbidden: int = 0
    quiet: int = 0
    no_event_items: int = 0

    @property
    def f1(self) -> float:
        return 2 * self.tp / max(1, 2 * self.tp + self.fp + self.fn)


def _items() -> list[dict[str, Any]]:
    with SENTENCES.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="module")
def figures() -> Figures:
    score = score_module()
    out = Figures()
    for item in _items():
        article = Article(
            id=item["id"],
            title="",
            body=item["text"],
            published_at=datetime.fromisoformat(item["published_at"].replace("Z", "+00:00")),
        )
        events = [e.model_dump(mode="json") for e in classify_article(article).events]
        required, optional = item["required"], item.get("optional", [])
        forbidden = item.get("forbidden", [])
        out.tp += sum(any(score.event_matches(r, e) for e in events) for r in required)
        out.fn += sum(not any(score.event_matches(r, e) for e in events) for r in required)
        extra = [
            e for e in events if not any(score.event_matches(x, e) for x in required + optional)
        ]
        out.fp += len(extra)
        out.forbidden += sum(any(score.event_matches(f, e) for f in forbidden) for e in extra)
        if not required:
            out.no_event_items += 1
            out.quiet += not events
    return out


def test_the_set_is_the_one_measured() -> None:
    items = _items()
    assert len(items) == 220
    assert len({i["id"] for i in items}) == len(items)


def test_sentence_f1_holds_its_floor(figures: Figures) -> None:
    assert figures.f1 >= F1_FLOOR, figures


def test_forbidden_events_hold_their_ceiling(figures: Figures) -> None:
    assert figures.forbidden <= FORBIDDEN_CEILING, figures


def test_items_without_events_stay_quiet(figures: Figures) -> None:
    assert figures.quiet / max(1, figures.no_event_items) >= QUIET_FLOOR, figures


def test_figures_table(figures: Figures) -> None:
    """Prints the figures (run with -s); fails only if nothing was scored."""
    p = figures.tp / max(1, figures.tp + figures.fp)
    r = figures.tp / max(1, figures.tp + figures.fn)
    print(
        f"\nsentences P={p:.3f} R={r:.3f} F1={figures.f1:.3f} tp={figures.tp} fp={figures.fp} "
        f"fn={figures.fn} forbidden={figures.forbidden} quiet={figures.quiet}/"
        f"{figures.no_event_items}"
    )
    assert figures.tp + figures.fn > 0
