"""The synthetic benchmark corpus: deterministic for a seed, shares as configured."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storywatch.bench.corpus import CorpusConfig, generate, write_jsonl
from storywatch.cli._common import ArticleReader


def _dump(cfg: CorpusConfig) -> list[dict[str, object]]:
    return [i.article.to_json_dict() for i in generate(cfg)]


def test_same_seed_gives_the_same_articles() -> None:
    cfg = CorpusConfig(articles=300, seed=7)
    assert _dump(cfg) == _dump(cfg)


def test_another_seed_gives_other_articles() -> None:
    a = _dump(CorpusConfig(articles=200, seed=1))
    b = _dump(CorpusConfig(articles=200, seed=2))
    assert [x["body"] for x in a] != [x["body"] for x in b]


@pytest.mark.parametrize(("synd", "noise"), [(0.2, 0.25), (0.0, 0.5), (0.35, 0.1)])
def test_shares_are_as_configured(synd: float, noise: float) -> None:
    cfg = CorpusConfig(articles=400, seed=3, syndicated_share=synd, noise_share=noise)
    kinds = Counter(i.kind for i in generate(cfg))
    assert kinds["syndicated"] == round(400 * synd)
    assert kinds["noise"] == round(400 * noise)
    assert kinds["story"] == 400 - kinds["syndicated"] - kinds["noise"]


def test_articles_are_in_published_order_with_unique_ids() -> None:
    items = generate(CorpusConfig(articles=500, seed=11))
    times = [i.article.published_at for i in items]
    assert times == sorted(times)
    assert len({i.article.id for i in items}) == len(items)


def test_story_articles_are_about_three_kilobytes() -> None:
    items = generate(CorpusConfig(articles=300, seed=5))
    sizes = [len(i.article.body) for i in items if i.kind == "story"]
    assert 2000 <= sum(sizes) / len(sizes) <= 4500


def test_a_syndicated_copy_is_a_near_copy_of_an_earlier_original_from_another_outlet() -> None:
    items = generate(CorpusConfig(articles=400, seed=9))
    by_id = {i.article.id: i for i in items}
    copies = [i for i in items if i.kind == "syndicated"]
    assert copies
    for copy in copies:
        assert copy.copy_of is not None
        orig = by_id[copy.copy_of]
        assert orig.kind == "story"
        assert orig.story == copy.story
        assert orig.article.published_at < copy.article.published_at
        assert orig.article.source != copy.article.source
        assert orig.article.body != copy.article.body
        paras = copy.article.body.split("\n")[:-1]  # the last one is the outlet's tail
        same = sum(p in orig.article.body.split("\n") for p in paras)
        assert same >= len(paras) / 2


def test_stories_run_between_two_states_through_several_steps() -> None:
    items = generate(CorpusConfig(articles=2000, seed=4))
    steps = Counter(i.story for i in items if i.kind == "story")
    assert len(steps) > 200  # hundreds of stories in 2,000 articles, thousands in 20,000
    first = {}
    for i in items:
        if i.kind == "story" and i.story not in first:
            first[i.story] = i.step
    assert set(first.values()) == {"propose"}


def test_noise_carries_no_story() -> None:
    items = generate(CorpusConfig(articles=300, seed=6))
    assert all(i.story is None for i in items if i.kind == "noise")


def test_the_corpus_starts_at_the_configured_time() -> None:
    start = datetime(2026, 5, 1, tzinfo=UTC)
    items = generate(CorpusConfig(articles=100, seed=2, start=start))
    assert min(i.article.published_at for i in items) >= start


def test_written_jsonl_reads_back_as_valid_articles(tmp_path: Path) -> None:
    items = generate(CorpusConfig(articles=50, seed=8))
    path = tmp_path / "corpus.jsonl"
    assert write_jsonl(items, path) == 50
    with path.open(encoding="utf-8") as fh:
        reader = ArticleReader(fh)
        back = list(reader)
    assert reader.bad == 0
    assert [a.id for a in back] == [i.article.id for i in items]


@pytest.mark.parametrize("bad", [{"articles": -1}, {"noise_share": 0.7, "syndicated_share": 0.5}])
def test_bad_configs_are_refused(bad: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="must be"):
        CorpusConfig(**bad)  # type: ignore[arg-type]
