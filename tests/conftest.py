"""Shared fixtures: paths to the shared storylines and the bundled data."""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from storywatch.stream.broker import EmbeddedBroker

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@functools.cache
def score_module() -> ModuleType:
    """../shared/tools/score.py, loaded once: the tests score with its own functions."""
    path = SHARED / "tools" / "score.py"
    spec = importlib.util.spec_from_file_location("storywatch_shared_score", path)
    if spec is None or spec.loader is None:
        pytest.fail(f"cannot load {path}: clone the repo beside shared/")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def shared_dir() -> Path:
    """../shared beside the repo (CONTRACT.md, storylines, tools/score.py)."""
    if not SHARED.is_dir():
        pytest.fail(f"{SHARED} is missing: clone the repo beside shared/")
    return SHARED


@pytest.fixture(scope="session")
def embedded_broker() -> Iterator[EmbeddedBroker]:
    """One embedded Kafka-protocol broker for the whole test session (in memory)."""
    with EmbeddedBroker() as broker:
        yield broker


@pytest.fixture(scope="session")
def kafka_bootstrap(embedded_broker: EmbeddedBroker) -> str:
    """'127.0.0.1:PORT' of the session's embedded broker; use unique topic names per test."""
    return embedded_broker.bootstrap
