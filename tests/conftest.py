"""Shared fixtures: paths to the shared storylines and the bundled data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared_dir() -> Path:
    """../shared beside the repo (CONTRACT.md, storylines, tools/score.py)."""
    if not SHARED.is_dir():
        pytest.fail(f"{SHARED} is missing: clone the repo beside shared/")
    return SHARED
