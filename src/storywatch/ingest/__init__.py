"""Ingestion: feeds, JSON APIs and HTTP push into the articles topic.

Pure: ``normalize`` (canonical URL, stable id, text, dates, language),
``feeds.parse_feed``, ``jsonapi.parse_json_api``, ``sources.parse_sources``,
``backoff``. Adapters: ``http.fetch``, ``poller.Poller``, ``pipeline.Ingestor``,
``push.create_app``, ``fulltext``. Import the submodules you need: this package
imports nothing heavy on its own.
"""

from __future__ import annotations

from storywatch.ingest.normalize import DeadLetter, Normalized, RawEntry, normalize
from storywatch.ingest.seen import SeenIds

__all__ = ["DeadLetter", "Normalized", "RawEntry", "SeenIds", "normalize"]
