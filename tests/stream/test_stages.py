"""The stages one record at a time, without Kafka: same changes as the offline Detector."""

from __future__ import annotations

import json
import random
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry

from storywatch.engine import detect_all
from storywatch.models import Article, Change, Classified, parse_article
from storywatch.observe.metrics import Metrics, reason_label
from storywatch.stories import EventClock, StoryConfig, StoryItem, StoryState
from storywatch.stream.records import (
    DeadLetter,
    StoryRecord,
    decode_alert,
    decode_change,
    decode_story_record,
    encode,
    partition_of,
)
from storywatch.stream.stages import (
    AlertStage,
    ClassifyStage,
    Core,
    DetectStage,
    Out,
    Where,
    is_story_key,
)
from storywatch.stream.ticks import MAX_OWED_ITEMS

STORYLINE = (
    Path(__file__).resolve().parents[2]
    / "src/storywatch/data/storylines/ukraine-russia-talks.articles.jsonl"
)
T0 = datetime(2025, 7, 1, tzinfo=UTC)


def _articles(path: Path) -> list[Article]:
    return [parse_article(json.loads(x)) for x in path.read_text().splitlines() if x.strip()]


# A fake core that only needs StoryState.last_seen: one story per source plus one for all;
# a change when a story wakes up (first item, or 12 h after the last), and an "overdue"
# change from `due` when a story is silent for more than a day.
def _classify(a: Article) -> Classified:
    return Classified(id=a.id, source=a.source, published_at=a.published_at, title=a.title)


def _route(c: Classified) -> list[StoryItem]:
    return [StoryItem(story_id=f"story-{c.source}", article=c),
            StoryItem(story_id="story-all", article=c)]  # fmt: skip


def _change(story: str, art: str, to: str, when: datetime) -> Change:
    return Change(article_id=art, story_id=story, actor="X", from_state=None, to_state=to,
                  issue=None, published_at=when)  # fmt: skip


def _advance(
    st: StoryState | None, item: StoryItem, cfg: StoryConfig
) -> tuple[StoryState, list[Change]]:
    st = st or StoryState(story_id=item.story_id)
    ts = item.article.published_at
    woke = st.last_seen is None or ts - st.last_seen > timedelta(hours=12)
    st = st.model_copy(update={"last_seen": max(ts, st.last_seen or ts)})
    return st, [_change(item.story_id, item.article.id, "proposed", ts)] if woke else []


def _due(st: StoryState, now: datetime, cfg: StoryConfig) -> tuple[StoryState | None, list[Change]]:
    if st.last_seen and now - st.last_seen > timedelta(days=1):
        return st.model_copy(update={"last_seen": None}), [
            _change(st.story_id, "tick", "overdue", now)
        ]
    return st, []


def _next_due(st: StoryState, cfg: StoryConfig) -> datetime | None:
    """When `_due` next fires: a day and a microsecond after the story was last seen."""
    return None if st.last_seen is None else st.last_seen + timedelta(days=1, microseconds=1)


FAKE = Core(classify=_classify, route=_route, advance=_advance, due=_due, next_due=_next_due)


def _reference(articles: list[Article], core: Core, cfg: StoryConfig | None = None) -> list[Change]:
    """engine.Detector's algorithm over a fake core (the real core is hard-wired there)."""
    cfg = cfg or StoryConfig()
    states: dict[str, StoryState] = {}
    clock = EventClock(cfg)
    out: list[Change] = []

    def tick(now: datetime) -> None:
        for key in sorted(states):
            st, found = core.due(states[key], now, cfg)
            if st is None:
                del states[key]
            else:
                states[key] = st
            out.extend(found)

    def apply(items: list[StoryItem]) -> None:
        for it in items:
            states[it.story_id], found = core.advance(states.get(it.story_id), it, cfg)
            out.extend(found)

    for art in articles:
        for item in core.route(core.classify(art)):
            apply(clock.push(item))
            at = clock.sweep_due()
            if at is not None:
                tick(at)
    apply(clock.flush())
    if clock.watermark is not None:
        tick(clock.watermark)
    return out


def _classified_records(
    articles: list[Article],
    core: Core,
    partitions: int,
    cfg: StoryConfig | None = None,
    idle: random.Random | None = None,
) -> dict[int, list[Out]]:
    """What the classify agent produces; `idle`: its input queue runs empty at random
    moments (it always does after the last article)."""
    cls = ClassifyStage(partitions, Metrics(CollectorRegistry()), core, cfg or StoryConfig())
    queues: dict[int, list[Out]] = defaultdict(list)
    for n, art in enumerate(articles):
        raw = json.dumps(art.to_json_dict()).encode()
        outs = cls.process(raw, Where("articles", 0, n))
        if n == len(articles) - 1 or (idle is not None and idle.random() < 0.1):
            outs += cls.catch_up()
        for out in outs:
            assert out.role == "stories"
            assert out.partition is not None
            queues[out.partition].append(out)
    flush = encode(StoryRecord(kind="flush"))
    for p in range(partitions):
        queues[p].append(Out("stories", None, flush, p))
    return queues


def _consume(
    queues: dict[int, list[Out]],
    det: DetectStage,
    table: dict[str, str],
    rng: random.Random,
    *,
    limit: int | None = None,
    pos: dict[int, int] | None = None,
) -> list[Change]:
    """Consume the partitions in a random interleaving (at most `limit` records); `pos`
    holds each partition's next offset (a redelivered offset is recognised as one)."""
    changes: list[Change] = []
    pos = pos if pos is not None else defaultdict(int)
    n = 0
    while any(queues.values()) and (limit is None or n < limit):
        p = rng.choice([p for p, q in queues.items() if q])
        out = queues[p].pop(0)
        n += 1
        pos[p] += 1
        for o in det.process(out.value, Where("stories", p, pos[p] - 1, out.key), table):
            changes.append(decode_change(o.value))
    return changes


def _stream(
    articles: list[Article],
    core: Core,
    partitions: int,
    seed: int,
    cfg: StoryConfig | None = None,
) -> list[Change]:
    """Classify in order, then consume the partitions of `stories` in a random interleaving."""
    cfg = cfg or StoryConfig()
    queues = _classified_records(articles, core, partitions, cfg, random.Random(seed))
    det = DetectStage(partitions, cfg, Metrics(CollectorRegistry()), core)
    return _consume(queues, det, {}, random.Random(seed))


def _key(c: Change) -> tuple[str, str, str, str]:
    return (c.story_id, c.article_id, c.to_state, str(c.published_at))


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("partitions", [1, 3, 4])
def test_stream_equals_detector_on_a_fake_core(partitions: int, seed: int) -> None:
    articles = _articles(STORYLINE)
    expected = _reference(articles, FAKE)
    assert any(c.to_state == "overdue" for c in expected)  # the ticks matter here
    got = _stream(articles, FAKE, partitions, seed)
    assert sorted(map(_key, got)) == sorted(map(_key, expected))
    per_story = defaultdict(list)
    for c in got:
        per_story[c.story_id].append(_key(c))
    for story, keys in per_story.items():  # per story, the order is the Detector's
        assert keys == [_key(c) for c in expected if c.story_id == story]


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("window_h", [1.0, 30.0])
def test_stream_equals_detector_with_a_reorder_window_on_shuffled_input(
    window_h: float, seed: int
) -> None:
    """Late items under a reorder window: each partition releases what the Detector's
    single clock releases, in the same order (the classify stage's ticks)."""
    articles = _articles(STORYLINE)
    random.Random(seed).shuffle(articles)
    cfg = StoryConfig(reorder_window_s=window_h * 3600)
    expected = _reference(articles, FAKE, cfg)
    assert any(c.to_state == "overdue" for c in expected)
    got = _stream(articles, FAKE, 4, seed, cfg)
    per_story = defaultdict(list)
    for c in got:
        per_story[c.story_id].append(_key(c))
    assert dict(per_story) == {
        s: [_key(c) for c in expected if c.story_id == s] for s in {c.story_id for c in expected}
    }


def _two_partition_sources() -> tuple[str, str]:
    """Sources a and b: b's fake story shares a partition (of 2) with story-all, a's not."""
    names = [f"src{i}" for i in range(40)]
    other = partition_of("story-all", 2)
    a = next(n for n in names if partition_of(f"story-{n}", 2) != other)
    b = next(n for n in names if partition_of(f"story-{n}", 2) == other)
    return a, b


def _at(source: str, hours: float, n: int) -> Article:
    art = _articles(STORYLINE)[0]
    return art.model_copy(
        update={
            "id": f"{source}-{n}",
            "source": source,
            "published_at": T0 + timedelta(hours=hours),
        }
    )


def _exact(articles: list[Article], cfg: StoryConfig) -> None:
    expected = _reference(articles, FAKE, cfg)
    queues = _classified_records(articles, FAKE, 2, cfg)  # idle only after the last one
    det = DetectStage(2, cfg, Metrics(CollectorRegistry()), FAKE)
    got = _consume(queues, det, {}, random.Random(0))
    assert sorted(map(_key, got)) == sorted(map(_key, expected))


def test_a_late_item_is_applied_after_what_the_watermark_released_elsewhere() -> None:
    """x (10:00) waits in its partition's window; z (11:30, other partition) releases it
    on the Detector's clock; y (9:00, x's story) is late: applied after x, not before."""
    a, b = _two_partition_sources()
    cfg = StoryConfig(reorder_window_s=3600, sweep_every_s=30 * 86400)  # no sweep between
    _exact([_at(a, 10, 1), _at(b, 11.5, 2), _at(a, 9, 3)], cfg)


def test_the_final_sweep_runs_at_the_stream_watermark_in_every_partition() -> None:
    """No sweep boundary crossed after the first item: only the catch-up after the last
    article tells the first story's partition that two days passed (overdue at the end)."""
    a, b = _two_partition_sources()
    cfg = StoryConfig(sweep_every_s=30 * 86400)
    articles = [_at(a, 1, 1), _at(b, 48, 2)]
    assert any(c.to_state == "overdue" for c in _reference(articles, FAKE, cfg))
    _exact(articles, cfg)


CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.mark.parametrize(
    "files",
    [
        [STORYLINE],
        [CORPUS / "gaza-ceasefire.articles.jsonl", CORPUS / "us-china-trade.articles.jsonl"],
    ],
    ids=["bundled", "two-corpus-files"],
)
def test_stream_equals_detect_all_on_the_real_core(files: list[Path]) -> None:
    articles = [a for f in files for a in _articles(f)]
    got = _stream(articles, Core(), 4, seed=7)
    assert sorted(map(_key, got)) == sorted(map(_key, detect_all(articles)))


def test_stream_keeps_the_pairs_memory_like_detect_all() -> None:
    """Stories whose copies and recaps land under another issue of their pair: the
    stream (every story of a pair in the pair's partition, its memory in the table) drops
    the same recaps as detect_all."""
    files = [CORPUS / "us-china-trade.articles.jsonl", CORPUS / "guinea-bissau-coup.articles.jsonl"]
    articles = [a for f in files for a in _articles(f)]
    expected = list(detect_all(articles))
    assert len(expected) < len(list(detect_all(articles, StoryConfig(recap_window_hours=0))))
    table: dict[str, str] = {}
    queues = _classified_records(articles, Core(), 4, StoryConfig(), random.Random(3))
    det = DetectStage(4, StoryConfig(), Metrics(CollectorRegistry()), Core())
    got = _consume(queues, det, table, random.Random(3))
    assert sorted(map(_key, got)) == sorted(map(_key, expected))
    assert any(k.startswith("__pair__:") for k in table)
    assert not [k for k in table if k.startswith("__pair__:") and is_story_key(k)]


def test_the_stream_sends_vague_answers_to_the_open_proposal_like_detect_all() -> None:
    """A reply naming no issue, to a proposal the pair's memory holds under another issue
    (stories.recaps.redirect): the stream reads the memory row from its table."""
    files = [CORPUS / "heldout13-mli-civ-soldiers.articles.jsonl",
             CORPUS / "heldout42-ulfa-ceasefire.articles.jsonl"]  # fmt: skip
    articles = [a for f in files for a in _articles(f)]
    expected = list(detect_all(articles))

    def answers(changes: list[Change]) -> dict[tuple[str, str, str], str]:
        return {(c.article_id, c.actor, c.to_state): c.story_id for c in changes
                if c.to_state in ("responded", "accepted", "rejected")}  # fmt: skip

    # the answers the memory moves out of the talks story their words alone would open
    unmoved = answers(list(detect_all(articles, StoryConfig(recap_window_hours=0))))
    moved = {k: s for k, s in answers(expected).items()
             if unmoved.get(k, s) != s and unmoved[k].endswith(":talks")}  # fmt: skip
    assert moved
    queues = _classified_records(articles, Core(), 4, StoryConfig(), random.Random(5))
    det = DetectStage(4, StoryConfig(), Metrics(CollectorRegistry()), Core())
    got = _consume(queues, det, {}, random.Random(5))
    assert sorted(map(_key, got)) == sorted(map(_key, expected))


def _kinds(outs: list[Out]) -> list[tuple[str, int | None]]:
    return [(decode_story_record(o.value).kind, o.partition) for o in outs]


def test_items_go_to_their_story_partition_and_owed_ticks_ride_on_items() -> None:
    """The first item makes every other partition owe a tick: the next item there carries
    it, and catch_up sends the rest as tick records."""
    cls = ClassifyStage(4, Metrics(CollectorRegistry()), FAKE)
    art = _articles(STORYLINE)[0]
    outs = cls.process(json.dumps(art.to_json_dict()).encode(), Where())
    assert [kind for kind, _ in _kinds(outs)] == ["item", "item"]
    assert {o.key for o in outs} == {f"story-{art.source}".encode(), b"story-all"}
    for o in outs:
        assert o.partition == partition_of(o.key.decode(), 4)  # type: ignore[union-attr]
    first, second = (decode_story_record(o.value) for o in outs)
    assert first.sweeps == ()
    assert second.sweeps == (() if outs[0].partition == outs[1].partition else (art.published_at,))
    ticked = {p for kind, p in _kinds(cls.catch_up()) if kind == "tick"}
    assert ticked == set(range(4)) - {o.partition for o in outs}


def test_ticks_only_at_a_sweep_boundary_or_when_caught_up() -> None:
    """Within one sweep interval an item carries no tick; catch_up ticks each partition
    that is behind, once; a boundary crossed makes the other partitions owe a tick."""
    cfg = StoryConfig(sweep_every_s=3600)
    cls = ClassifyStage(4, Metrics(CollectorRegistry()), FAKE, cfg)
    art = _articles(STORYLINE)[0].model_copy(update={"published_at": T0})

    def feed(minutes: int) -> list[Out]:
        a = art.model_copy(update={"published_at": T0 + timedelta(minutes=minutes)})
        return cls.process(json.dumps(a.to_json_dict()).encode(), Where())

    def sweeps(outs: list[Out]) -> list[tuple[datetime, ...]]:
        return [decode_story_record(o.value).sweeps for o in outs]

    feed(0)
    cls.catch_up()
    assert all(kind == "item" for kind, _ in _kinds(feed(10)))
    behind = set(range(4)) - {p for kind, p in _kinds(feed(20)) if kind == "item"}
    assert {p for _, p in _kinds(cls.catch_up())} == behind
    assert cls.catch_up() == []
    crossed = feed(61)  # the next interval
    assert all(kind == "item" for kind, _ in _kinds(crossed))
    homes = {o.partition for o in crossed}
    owed = {p for kind, p in _kinds(cls.catch_up()) if kind == "tick"}
    assert owed == set(range(4)) - homes
    assert all(s == () for s in sweeps(feed(62)))  # caught up: nothing more owed


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"{not json", "not valid JSON"),
        (b"[1, 2]", "expected a JSON object"),
        (b'{"id": "x"}', "published_at"),
        (None, "empty record"),
    ],
)
def test_invalid_articles_are_dead_lettered_with_a_reason(raw: bytes | None, reason: str) -> None:
    reg = Metrics(CollectorRegistry())
    outs = ClassifyStage(4, reg).process(raw, Where("t", 2, 9, b"k"))
    assert [o.role for o in outs] == ["deadletter"]
    dl = DeadLetter.model_validate_json(outs[0].value)
    assert reason in dl.reason
    assert (dl.stage, dl.topic, dl.partition, dl.offset, dl.key) == ("classify", "t", 2, 9, "k")
    labels = {"stage": "classify", "reason": reason_label(dl.reason)}
    assert reg.registry.get_sample_value("storywatch_deadletters_total", labels) == 1


def test_invalid_story_record_is_dead_lettered() -> None:
    outs = DetectStage(4).process(b'{"kind": "nope"}', Where("s", 0, 1), {})
    assert [o.role for o in outs] == ["deadletter"]
    assert DeadLetter.model_validate_json(outs[0].value).stage == "detect"


def test_watermark_never_goes_back() -> None:
    det = DetectStage(2, core=FAKE)
    table: dict[str, str] = {}
    late, early = T0 + timedelta(days=3), T0
    det.apply(StoryRecord(kind="tick", watermark=late, article_id="a", story_id="s"), 1, table)
    det.apply(StoryRecord(kind="tick", watermark=early, article_id="b", story_id="s"), 1, table)
    assert datetime.fromisoformat(json.loads(table["__clock__:1"])["watermark"]) == late
    assert not any(is_story_key(k) for k in table)


@pytest.mark.parametrize("cut", [5, 17, 40])
def test_a_new_worker_resumes_from_the_table(cut: int) -> None:
    """A crash after `cut` records: a fresh stage on the same table finishes the job."""
    articles = _articles(STORYLINE)
    expected = _reference(articles, FAKE)
    queues = _classified_records(articles, FAKE, 3)
    table: dict[str, str] = {}
    rng = random.Random(cut)
    first = DetectStage(3, StoryConfig(), Metrics(CollectorRegistry()), FAKE)
    pos: dict[int, int] = defaultdict(int)
    got = _consume(queues, first, table, rng, limit=cut, pos=pos)
    second = DetectStage(3, StoryConfig(), Metrics(CollectorRegistry()), FAKE)
    got += _consume(queues, second, table, rng, pos=pos)
    assert sorted(map(_key, got)) == sorted(map(_key, expected))


def test_alert_stage_builds_one_alert_per_change_with_a_stable_id() -> None:
    change = _change("story-a", "art-1", "proposed", T0)
    stage = AlertStage(metrics=Metrics(CollectorRegistry()))
    outs1, alerts1 = stage.process(encode(change), Where(), T0)
    outs2, _ = stage.process(encode(change), Where(), T0 + timedelta(hours=1))
    assert [o.role for o in outs1] == ["alerts"]
    assert decode_alert(outs1[0].value).alert_id == decode_alert(outs2[0].value).alert_id
    assert decode_alert(outs1[0].value).change == alerts1[0].change


def test_the_alerts_of_detect_outputs_are_built_from_its_changes_only() -> None:
    """What the detect agent produces besides the changes: their alerts, same ids as the
    alert stage reading each change record gives."""
    change = _change("story-a", "art-1", "proposed", T0)
    stage = AlertStage(metrics=Metrics(CollectorRegistry()))
    dead = Out("deadletter", None, b"x")
    outs = [Out("changes", b"story-a", encode(change)), dead]
    got = stage.of_outs(outs, T0)
    alone, _ = stage.process(encode(change), Where(), T0)
    assert [o.role for o in got] == ["alerts"]
    assert decode_alert(got[0].value).alert_id == decode_alert(alone[0].value).alert_id
    assert stage.of_outs([dead], T0) == []


def test_alert_stage_dead_letters_a_bad_change() -> None:
    outs, alerts = AlertStage(metrics=Metrics(CollectorRegistry())).process(b"{}", Where(), T0)
    assert [o.role for o in outs] == ["deadletter"]
    assert alerts == []


def _poisoned_advance(
    st: StoryState | None, item: StoryItem, cfg: StoryConfig
) -> tuple[StoryState, list[Change]]:
    if item.article.id == "ukr-rus-03" and item.story_id == "story-all":
        raise KeyError("topic")
    return _advance(st, item, cfg)


def test_a_core_failure_on_one_item_dead_letters_it_and_the_stream_goes_on() -> None:
    articles = _articles(STORYLINE)
    poisoned = Core(
        classify=_classify, route=_route, advance=_poisoned_advance, due=_due, next_due=_next_due
    )
    queues = _classified_records(articles, poisoned, 2)
    det = DetectStage(2, StoryConfig(), Metrics(CollectorRegistry()), poisoned)
    table: dict[str, str] = {}
    outs: list[Out] = []
    for p in (0, 1):
        for o in queues[p]:
            outs += det.process(o.value, Where("stories", p, None, o.key), table)
    dead = [DeadLetter.model_validate_json(o.value) for o in outs if o.role == "deadletter"]
    assert [(d.stage, d.key) for d in dead] == [("detect", "story-all")]
    assert "KeyError" in dead[0].reason
    other = [c for c in _reference(articles, FAKE) if c.story_id != "story-all"]
    got = [decode_change(o.value) for o in outs if o.role == "changes"]
    assert sorted(map(_key, [c for c in got if c.story_id != "story-all"])) == sorted(
        map(_key, other)
    )


def test_a_classifier_failure_dead_letters_the_article() -> None:
    def broken(a: Article) -> Classified:
        raise ValueError("bad lexicon")

    stage = ClassifyStage(4, Metrics(CollectorRegistry()), Core(classify=broken))
    art = _articles(STORYLINE)[0]
    outs = stage.process(json.dumps(art.to_json_dict()).encode(), Where("articles", 0, 3))
    assert [o.role for o in outs] == ["deadletter"]
    assert "ValueError: bad lexicon" in DeadLetter.model_validate_json(outs[0].value).reason


def test_a_partition_owed_ticks_for_long_gets_them_as_records() -> None:
    """On a stream that never pauses, a partition no item goes to still gets its ticks."""
    cls = ClassifyStage(4, Metrics(CollectorRegistry()), FAKE, StoryConfig(sweep_every_s=60))
    art = _articles(STORYLINE)[0]
    homes = {partition_of(f"story-{art.source}", 4), partition_of("story-all", 4)}
    ticked: set[int | None] = set()
    for n in range(MAX_OWED_ITEMS // 2 + 2):  # two items an article: just past the bound
        a = art.model_copy(update={"published_at": T0 + timedelta(minutes=n)})
        outs = cls.process(json.dumps(a.to_json_dict()).encode(), Where())
        ticked |= {p for kind, p in _kinds(outs) if kind == "tick"}
    assert ticked == set(range(4)) - homes


def test_owed_ticks_can_be_sent_before_a_commit() -> None:
    """`owed` gives the ticks held in memory as records, once: the next item carries none."""
    cls = ClassifyStage(4, Metrics(CollectorRegistry()), FAKE, StoryConfig(sweep_every_s=60))
    art = _articles(STORYLINE)[0]
    raw = json.dumps(art.to_json_dict()).encode()
    first = cls.process(raw, Where())
    owed = cls.owed()
    assert {p for _, p in _kinds(owed)} == set(range(4)) - {o.partition for o in first}
    assert all(kind == "tick" for kind, _ in _kinds(owed))
    assert cls.owed() == []
    again = cls.process(raw, Where())
    assert all(decode_story_record(o.value).sweeps == () for o in again)
