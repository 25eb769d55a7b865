"""Replay article JSONL files onto the `articles` topic, optionally paced.

Valid lines are published (acks=all); an invalid line is reported through `on_bad`
and written to the dead-letter topic with its reason: never dropped silently.

Pacing: `rate` (articles per second) or `follow_time` (X times the original pace, from
the articles' published_at); neither: as fast as the broker takes them.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from storywatch import _json
from storywatch._exceptions import InvalidInput
from storywatch.models import parse_article
from storywatch.stream.producer import ArticlePublisher
from storywatch.stream.records import DeadLetter, encode

__all__ = ["OnBad", "Pace", "ReplayStats", "Replayer", "count_lines"]

OnBad = Callable[[Path, int, str], None]
OnProgress = Callable[[int], None]
_WINDOW = 1000  # records in flight before waiting for acks


@dataclass
class ReplayStats:
    """Counts of one replay."""

    published: int = 0
    deadlettered: int = 0


@dataclass(frozen=True)
class Pace:
    """At most one of: articles per second, or a multiple of the original pace."""

    rate: float | None = None
    follow_time: float | None = None

    def delay(self, index: int, first: datetime | None, this: datetime) -> float | None:
        """Seconds after the start at which record `index` is due (None: now)."""
        if self.rate:
            return index / self.rate
        if self.follow_time and first is not None:
            return max((this - first).total_seconds(), 0.0) / self.follow_time
        return None


def count_lines(path: Path) -> int:
    """Non-empty lines of a file (for a progress bar's total)."""
    with path.open("rb") as f:
        return sum(1 for line in f if line.strip())


class Replayer:
    """Publishes files through one ArticlePublisher; dead letters to `<prefix>deadletter`."""

    def __init__(
        self, bootstrap: str, topic: str, *, deadletter_topic: str | None = None,
        pace: Pace | None = None, on_bad: OnBad | None = None,
        on_progress: OnProgress | None = None,
    ) -> None:  # fmt: skip
        self.publisher = ArticlePublisher(bootstrap, topic)
        self.deadletter_topic = deadletter_topic or topic.removesuffix("articles") + "deadletter"
        self.pace = pace or Pace()
        self.on_bad = on_bad
        self.on_progress = on_progress

    async def replay_file(self, path: Path, stats: ReplayStats) -> None:
        """Publish every line of one file; returns when all are acknowledged."""
        pending: list[asyncio.Future[Any]] = []
        start = time.monotonic()
        first: datetime | None = None
        with path.open(encoding="utf-8", errors="replace") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                fut, when = await self._one(path, n, line, stats)
                if when is not None:
                    first = first or when
                    delay = self.pace.delay(stats.published - 1, first, when)
                    if delay is not None:
                        await asyncio.sleep(max(start + delay - time.monotonic(), 0.0))
                pending.append(fut)
                if len(pending) >= _WINDOW:
                    await asyncio.gather(*pending)
                    pending.clear()
                if self.on_progress is not None:
                    self.on_progress(1)
        await asyncio.gather(*pending)

    async def _one(
        self, path: Path, n: int, line: str, stats: ReplayStats
    ) -> tuple[asyncio.Future[Any], datetime | None]:
        try:
            article = parse_article(_json.loads(line))
        except (ValueError, InvalidInput) as e:
            reason = _reason(e)
            if self.on_bad is not None:
                self.on_bad(path, n, reason)
            stats.deadlettered += 1
            dl = DeadLetter.of("replay", f"line {n}: {reason}", line.encode(), topic=str(path))
            return await self.publisher.send_raw(self.deadletter_topic, None, encode(dl)), None
        stats.published += 1
        return await self.publisher.submit(article), article.published_at

    async def __aenter__(self) -> Self:
        await self.publisher.start()
        return self

    async def __aexit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.publisher.stop()


def _reason(e: Exception) -> str:
    if isinstance(e, InvalidInput):
        return str(e)
    text = str(e).splitlines()[0] if str(e) else type(e).__name__
    return f"not valid JSON: {text}"[:300]
