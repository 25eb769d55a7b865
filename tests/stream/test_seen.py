"""Near-duplicates across stories in the stream: the classify stage marks copies as
`engine.Detector` does, and a restarted stage rebuilds its index from the table."""

from __future__ import annotations

import functools
import json
import random
from collections import defaultdict
from datetime import timedelta

from prometheus_client import CollectorRegistry

from storywatch.bench.corpus import CorpusConfig, generate
from storywatch.engine import detect_all
from storywatch.models import Article, Change, Classified
from storywatch.observe.metrics import Metrics
from storywatch.stories import StoryConfig, StoryItem, StoryState, dedup
from storywatch.stream.records import StoryRecord, decode_change, encode
from storywatch.stream.stages import ClassifyStage, Core, DetectStage, Out, Where

PARTS = 4


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


def _detect(outs: list[Out], core: Core | None = None) -> set[tuple[str, str, str, str]]:
    queues: dict[int, list[bytes]] = defaultdict(list)
    for o in outs:
        queues[o.partition or 0].append(o.value)
    det = DetectStage(PARTS, StoryConfig(), Metrics(CollectorRegistry()), core or Core())
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


# A fake core where copies surely land in other stories: an article's fingerprint comes
# from its title, its one story from its source and title, and a story changes at its
# first item that is not a copy.
def _fake_classify(a: Article) -> Classified:
    rng = random.Random(a.title)
    fp = tuple(rng.randrange(256) for _ in range(dedup.NUM_PERM))
    return Classified(id=a.id, source=a.source, published_at=a.published_at, title=a.title,
                      fingerprint=fp, entities=("UKR", "RUS"))  # fmt: skip


def _fake_route(c: Classified) -> list[StoryItem]:
    return [StoryItem(story_id=f"{c.source}-{c.title}", article=c)]


def _fake_advance(
    st: StoryState | None, item: StoryItem, cfg: StoryConfig
) -> tuple[StoryState, list[Change]]:
    if st is not None or item.duplicate_of is not None:
        return st or StoryState(story_id=item.story_id), []
    change = Change(article_id=item.article.id, story_id=item.story_id, actor="UKR",
                    from_state=None, to_state="proposed", issue=None,
                    published_at=item.article.published_at)  # fmt: skip
    return StoryState(story_id=item.story_id, last_seen=item.article.published_at), [change]


FAKE = Core(classify=_fake_classify, route=_fake_route, advance=_fake_advance)


def _wire_and_copies() -> list[Article]:
    """20 wire stories, each copied by a paper 90 minutes later."""
    base = _articles()[0]
    out = []
    for i in range(20):
        for source, late in (("wire", 0), ("paper", 90)):
            at = base.published_at + timedelta(minutes=60 * i + late)
            update = {"id": f"{source}-{i}", "source": source, "title": f"story {i}",
                      "published_at": at}  # fmt: skip
            out.append(base.model_copy(update=update))
    return sorted(out, key=lambda a: (a.published_at, a.id))


def _changes(restart_at: int | None, keep_rows: bool) -> set[tuple[str, str, str, str]]:
    arts = _wire_and_copies()
    table: dict[str, str] = {}

    def run(stage: ClassifyStage, start: int, stop: int) -> list[Out]:
        outs: list[Out] = []
        for n in range(start, stop):
            raw = json.dumps(arts[n].to_json_dict()).encode()
            outs += stage.process(raw, Where("articles", 0, n), table)
        stage.write_seen(lambda _: table)  # as before an offset commit
        return outs + stage.catch_up()

    def stage() -> ClassifyStage:
        return ClassifyStage(PARTS, Metrics(CollectorRegistry()), FAKE)

    if restart_at is None:
        return _detect(run(stage(), 0, len(arts)), FAKE)
    crashed = stage()
    committed = run(crashed, 0, restart_at)
    run(crashed, restart_at, restart_at + 3)  # entries written, records lost: given again
    if not keep_rows:
        table.clear()
    return _detect(committed + run(stage(), restart_at, len(arts)), FAKE)


def test_a_restarted_classify_stage_rebuilds_its_index_from_the_table() -> None:
    """Killed after 3 more articles than it committed, restarted from the commit: the
    copies of articles seen before the crash are still copies."""
    assert len(_changes(None, True)) == 20  # one per wire story, none from the copies
    assert _changes(15, keep_rows=True) == _changes(None, True)


def test_without_its_rows_a_restarted_stage_misses_copies() -> None:
    """The rows matter: a stage restarted with an empty index lets copies move stories."""
    assert _changes(15, keep_rows=False) != _changes(None, True)


def test_a_row_keeps_the_headline_a_restored_index_judges_copies_with() -> None:
    """Without its headline a restored article is judged on its parties alone, so after a
    rebalance an original could be taken for a copy of another article of its thread."""
    import json as _stdjson
    from datetime import UTC, datetime

    from storywatch.models import Classified
    from storywatch.stream import seen as seen_mod

    c = Classified(
        id="a1", title="Kenya and Uganda agree ceasefire", entities=("KEN", "UGA"),
        published_at=datetime(2025, 7, 1, tzinfo=UTC), fingerprint=tuple(range(16)),
    )  # fmt: skip
    row = _stdjson.loads(seen_mod._row(c, 1, (0, 5), False))
    assert seen_mod._classified(row).title == c.title
