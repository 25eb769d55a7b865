"""Labelled storylines through the state machine, with the labels' own events as input.

This isolates the story layer from the classifier: every required change must be found
at the right article with no false change (the scorer of ../shared/tools/score.py), and
shuffling arrival within the reorder window or flooding with syndicated copies must not
change the result. Held-out storylines (heldout*) are never read here.
"""

from __future__ import annotations

import random
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from stories.oracle import oracle_classified
from storywatch import _json
from storywatch.models import Change, Classified
from storywatch.testing import keys, run_classified

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
SHARED = ROOT.parent / "shared" / "storylines"


def storylines() -> list[tuple[Path, Path]]:
    pairs = []
    for expected in sorted([*CORPUS.glob("*.expected.json"), *SHARED.glob("*.expected.json")]):
        if expected.name.startswith("heldout"):
            continue
        articles = expected.with_name(expected.name.replace(".expected.json", ".articles.jsonl"))
        if articles.exists():
            pairs.append((articles, expected))
    return pairs


STORYLINES = storylines()


def write(changes: list[Change], path: Path) -> Path:
    path.write_text("".join(_json.dumps_line(c.contract_dict()) + "\n" for c in changes))
    return path


@pytest.mark.parametrize(("articles", "expected"), STORYLINES, ids=lambda p: p.name)
def test_storyline_changes_all_found_none_false(
    articles: Path, expected: Path, tmp_path: Path, shared_dir: Path
) -> None:
    out = write(run_classified(oracle_classified(articles, expected)), tmp_path / "d.jsonl")
    score = shared_dir / "tools" / "score.py"
    run = subprocess.run(
        [sys.executable, str(score), "changes", str(expected), str(out), "--max-false", "0"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert run.returncode == 0, run.stdout


@pytest.mark.parametrize(("articles", "expected"), STORYLINES, ids=lambda p: p.name)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_storyline_shuffled_within_the_window_same_changes(
    articles: Path, expected: Path, seed: int
) -> None:
    items = oracle_classified(articles, expected)
    rnd = random.Random(seed)
    late = {c.id: timedelta(minutes=rnd.uniform(0, 59)) for c in items}
    shuffled = sorted(items, key=lambda c: c.published_at + late[c.id])
    assert keys(run_classified(shuffled)) == keys(run_classified(items))


def flood(items: list[Classified], copies: int = 20) -> list[Classified]:
    out = []
    for c in items:
        out.append(c)
        out += [
            c.model_copy(
                update={
                    "id": f"{c.id}-copy{k}",
                    "source": f"outlet-{k}",
                    "published_at": c.published_at + timedelta(minutes=k),
                }
            )
            for k in range(1, copies)
        ]
    return out


@pytest.mark.parametrize(("articles", "expected"), STORYLINES, ids=lambda p: p.name)
def test_storyline_duplicate_flood_same_changes(articles: Path, expected: Path) -> None:
    items = oracle_classified(articles, expected)
    assert keys(run_classified(flood(items))) == keys(run_classified(items))
