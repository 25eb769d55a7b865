"""The core is deterministic across processes: Python randomises string hashes per process, so any
tie broken by set or frozenset order would make two workers (or two runs of `detect`) disagree."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent / "corpus"
FILES = [CORPUS / "heldout2-thailand-cambodia.articles.jsonl", CORPUS / "drc-rwanda.articles.jsonl"]


def _run(command: str, path: Path, seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [str(Path(sys.executable).with_name("storywatch")), command, str(path)],
        capture_output=True, text=True, timeout=120, env=env, check=True,
    )  # fmt: skip
    return done.stdout


@pytest.mark.parametrize("command", ["classify", "detect"])
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name.split(".")[0])
def test_output_does_not_depend_on_the_hash_seed(command: str, path: Path) -> None:
    first = _run(command, path, "1")
    assert first.strip(), "no output to compare"
    assert _run(command, path, "2") == first
