"""Where publish-to-alert time goes in the Faust pipeline: the create time of the
records along each article's path (its `stories` item, then its `alerts` record), read
back from the pipeline's topics during a paced run."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from storywatch import _json
from storywatch._service import cancel_and_wait, keep_cancellation

__all__ = ["HOPS", "HopProbe", "hop_samples"]

# The agent that produced each hop's record: classify -> `stories`, detect -> `alerts`
# (the topics the worker consumes after `articles`, TopicNames.processed).
HOPS = ("classify", "detect")


@dataclass
class HopProbe:
    """Create times (wall clock, ms) of the records of each article along the pipeline."""

    bootstrap: str
    topics: dict[str, str]  # hop name -> topic
    partitions: int
    first: dict[tuple[str, str], int] = field(default_factory=dict)  # (hop, article) -> ms
    _consumer: Any = None
    _task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        from aiokafka import AIOKafkaConsumer, TopicPartition  # noqa: PLC0415

        self._consumer = AIOKafkaConsumer(
            bootstrap_servers=self.bootstrap, enable_auto_commit=False,
            auto_offset_reset="earliest", fetch_max_wait_ms=5,
        )  # fmt: skip
        await self._consumer.start()
        tps = [TopicPartition(t, p) for t in self.topics.values() for p in range(self.partitions)]
        self._consumer.assign(tps)
        self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        hop_of = {t: h for h, t in self.topics.items()}
        while True:
            batch = await self._consumer.getmany(timeout_ms=50)
            for tp, records in batch.items():
                for rec in records:
                    article = _article_of(hop_of[tp.topic], rec.value)
                    if article:
                        self.first.setdefault((hop_of[tp.topic], article), rec.timestamp)

    async def stop(self) -> None:
        await cancel_and_wait(self._task)
        if self._consumer is not None:
            await keep_cancellation(self._consumer.stop())


def _article_of(hop: str, value: bytes | None) -> str:
    try:
        body = _json.loads(value or b"")
    except ValueError:
        return ""
    if hop == "classify":  # a StoryRecord
        item = body.get("item") or {}
        return str((item.get("article") or {}).get("id", ""))
    return str(body.get("article_id", ""))


def hop_samples(
    first: dict[tuple[str, str], int], sent_wall: dict[str, float], hops: Sequence[str] = HOPS
) -> dict[str, list[float]]:
    """Per hop, ms from the previous hop's record (the article's send, for the first) to
    this one's, for each article that reached it. `first`: `HopProbe.first`."""
    out: dict[str, list[float]] = {}
    prev: dict[str, float] = {a: t * 1000 for a, t in sent_wall.items()}
    for hop in hops:
        samples, here = [], {}
        for article, t0 in prev.items():
            t = first.get((hop, article))
            if t is not None:
                samples.append(t - t0)
                here[article] = float(t)
        out[hop] = samples
        prev = here
    return out
