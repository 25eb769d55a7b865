"""Near-duplicates across stories in the stream: the classify stage marks copies as
`engine.Detector` does, and a restarted stage rebuilds its index from the table."""

from __future__ import annotations

import functools
import json
import random
from collections import defaultdict

from prometheus_client import CollectorRegistry

from storywatch.bench.corpus import CorpusConfig, generate
from storywatch.engine import detect_all
from storywatch.models import Article, Change
from storywatch.observe.metrics import Metrics
from storywatch.stories import StoryConfig
from storywatch.stream.records import StoryRecord, decode_change, encode
from storywatch.stream.stages import ClassifyStage, DetectStage, Out, Where

PARTS = 4
CUT = 250


@functools.cache
def _articles() -> tuple[Article, ...]:
    """Many syndicated copies, some read differently by the classifier than their original."""
    cfg = CorpusConfig(articles=500, seed=11, syndicated_share=0.5, noise_share=0.1,
                       target_chars=600, articles_per_hour=120.0)  # fmt: skip
    return tuple(item.article for item in generate(cfg))


@functools.cache
def _expected() -> frozenset[tuple[str, str, str, str]]:
    return frozenset(map(_key, detect_all(_articles())))


def _key(c: Change) -> tuple[str, str, str, str]:
    return (c.story_id, c.article_id, c.actor, c.to_state)


def _classify(
    stage: ClassifyStage, start: int, stop: int, table: dict[str, str] | None
) -> list[Out]:
    outs: list[Out] = []
    arts = _articles()
    for n in range(start, stop):
        raw = json.dumps(arts[n].to_json_dict()).encode()
        outs += stage.process(raw, Where("articles", 0, n), table)
    return outs + stage.catch_up()


def _detect(outs: list[Out]) -> set[tuple[str, str, str, str]]:
    queues: dict[int, list[bytes]] = defaultdict(list)
    for o in outs:
        queues[o.partition or 0].append(o.value)
    det = DetectStage(PARTS, StoryConfig(), Metrics(CollectorRegistry()))
    table: dict[str, str] = {}
    flush = encode(StoryRecord(kind="flush"))
    got: set[tuple[str, str, str, str]] = set()
    rng = random.Random(3)
    order = [(p, v) for p, q in queues.items() for v in q]
    rng.shuffle(order)  # partitions interleave; each keeps its own order below
    for p in range(PARTS):
        for offset, value in enumerate([*queues[p], flush]):
            for o in det.process(value, Where("stories", p, offset), table):
                if o.role == "changes":
                    got.add(_key(decode_change(o.value)))
    return got


def _stage() -> ClassifyStage:
    return ClassifyStage(PARTS, Metrics(CollectorRegistry()))


def test_the_stream_marks_copies_as_detect_does() -> None:
    assert _detect(_classify(_stage(), 0, len(_articles()), {})) == _expected()


def test_a_restarted_classify_stage_rebuilds_its_index_from_the_table() -> None:
    """Killed after article 300 (its rows reached the table, its records did not reach
    `stories`), restarted from the last commit at 250: the changes of one run."""
    table: dict[str, str] = {}
    crashed = _stage()
    committed = _classify(crashed, 0, CUT, table)
    _classify(crashed, CUT, CUT + 50, table)  # rows written, records lost
    again = _classify(_stage(), CUT, len(_articles()), table)
    assert _detect(committed + again) == _expected()


def test_without_its_rows_a_restarted_stage_misses_copies() -> None:
    """The rows matter: a stage restarted with an empty index lets copies move stories."""
    committed = _classify(_stage(), 0, CUT, {})
    again = _classify(_stage(), CUT, len(_articles()), {})
    assert _detect(committed + again) != _expected()
