"""Helpers shared by CLI commands: settings, reading article JSONL with the bad-input rule."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from storywatch import _json
from storywatch._exceptions import InvalidArticle
from storywatch.models import Article, parse_article
from storywatch.settings import Settings
from storywatch.stories import StoryConfig

__all__ = ["ArticleReader", "load_settings", "open_input", "story_config"]


def load_settings() -> Settings:
    """Read the environment once."""
    return Settings()


def story_config(settings: Settings) -> StoryConfig:
    """The story engine's tunables, the same for `detect` and the Kafka pipeline.

    The overdue deadline is the earliest any watch asks for (a watch with a later one skips
    the early change), so per-watch deadlines work without a second engine.
    """
    from storywatch.alerts.watches import default_watches, earliest_overdue_hours  # noqa: PLC0415
    from storywatch.sinks import load_watches  # noqa: PLC0415

    watches = load_watches(settings.watches_file) if settings.watches_file else default_watches()
    return StoryConfig(
        overdue_hours=earliest_overdue_hours(watches, settings.overdue_hours),
        ttl_days=settings.story_ttl_days,
        reorder_window_s=settings.reorder_window_s,
    )


def open_input(path: str) -> TextIO:
    """A file path, or '-' for standard input."""
    if path == "-":
        return sys.stdin
    return Path(path).open(encoding="utf-8", errors="replace")


@dataclass
class ArticleReader:
    """Yields valid articles from JSONL; reports each bad line as `line N: reason` on stderr."""

    stream: TextIO
    bad: int = 0
    errors: list[str] = field(default_factory=list)

    def __iter__(self) -> Iterator[Article]:
        for n, line in enumerate(self.stream, 1):
            if not line.strip():
                continue
            try:
                yield parse_article(_json.loads(line))
            except ValueError as e:  # JSONDecodeError and InvalidArticle's parent both
                self._report(n, _reason(e))
            except InvalidArticle as e:
                self._report(n, str(e))

    def _report(self, n: int, reason: str) -> None:
        self.bad += 1
        msg = f"line {n}: {reason}"
        self.errors.append(msg)
        sys.stderr.write(msg + "\n")


def _reason(e: ValueError) -> str:
    text = str(e).splitlines()[0] if str(e) else type(e).__name__
    return f"not valid JSON: {text}"[:300]
