"""Benchmarks: a synthetic corpus and runners for core, pipeline, baseline, latency and memory."""

from __future__ import annotations

from storywatch.bench.corpus import CorpusConfig, CorpusItem, generate

__all__ = ["CorpusConfig", "CorpusItem", "generate"]
