"""The core benchmark counts what `detect` finds, and the report keeps the contract keys."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from storywatch import _json
from storywatch.bench.core import STAGES, alerts_for, run_core, staged_costs
from storywatch.bench.corpus import CorpusConfig, generate
from storywatch.bench.kafka import PhaseResult, percentiles
from storywatch.bench.memory import measure_memory
from storywatch.bench.report import markdown, results, update_readme
from storywatch.bench.runner import BenchPlan, Outcome
from storywatch.engine import detect_all
from storywatch.models import Article, parse_article

CONTRACT_KEYS = (
    "core_articles_per_s", "pipeline_articles_per_s", "baseline_articles_per_s",
    "pipeline_vs_baseline", "two_workers_vs_one", "p99_ms_at_100_per_s", "bytes_per_story",
)  # fmt: skip


def _storyline() -> list[Article]:
    text = (
        resources.files("storywatch")
        .joinpath("data/storylines/ukraine-russia-talks.articles.jsonl")
        .read_text("utf-8")
    )
    return [parse_article(_json.loads(line)) for line in text.splitlines() if line.strip()]


def test_core_run_finds_the_changes_detect_finds() -> None:
    articles = _storyline() + [i.article for i in generate(CorpusConfig(articles=150, seed=3))]
    changes = list(detect_all(articles))
    res = run_core(articles)
    assert res.articles == len(articles)
    assert res.changes == len(changes)
    assert res.alerts == alerts_for(changes)
    assert len(res.alerts_by_article) == len(articles)
    assert sum(res.alerts_by_article) <= res.alerts  # the final flush is not per article


def test_staged_costs_cover_every_stage() -> None:
    costs = staged_costs(_storyline())
    assert set(costs) == set(STAGES)
    assert all(v >= 0 for v in costs.values())
    assert costs["classify"] > 0


def test_percentiles_use_nearest_rank() -> None:
    p = percentiles([float(x) for x in range(100, 0, -1)])
    assert (p["p50"], p["p95"], p["p99"], p["max"], p["n"]) == (50.0, 95.0, 99.0, 100.0, 100)


def test_percentiles_of_nothing_are_null() -> None:
    assert percentiles([])["p99"] is None


def test_memory_counts_the_stories_it_holds() -> None:
    mem = measure_memory(120)
    assert 0 <= mem["stories"] <= 120
    assert mem["rss_bytes"] > 0
    if mem["stories"]:
        assert mem["json_bytes_per_story"] > 0


def test_results_carry_the_contract_keys_with_null_for_what_was_not_measured() -> None:
    pipe = PhaseResult("faust", 1, articles=1000, seconds=2.0)
    base = PhaseResult("baseline", 1, articles=1000, seconds=1.0)
    pipe.latency_ms[100] = percentiles([10.0, 20.0, 30.0])
    out = Outcome(BenchPlan.smoke(), {"articles": 1000}, core={"articles_per_s": 2500.0},
                  phases={"faust1": pipe, "baseline1": base}, memory=None)  # fmt: skip
    res = results(out)
    assert all(k in res for k in CONTRACT_KEYS)
    assert res["pipeline_articles_per_s"] == 500.0
    assert res["pipeline_vs_baseline"] == 0.5
    assert res["p99_ms_at_100_per_s"] == 30.0
    assert res["two_workers_vs_one"] is None
    assert res["bytes_per_story"] is None
    assert res["targets"]["core_articles_per_s"]["met"] is True
    assert res["targets"]["pipeline_articles_per_s"]["met"] is False
    assert {"cpu", "cores", "python"} <= set(res["machine"])
    assert res["date"].endswith("Z")


def test_records_per_article_are_summed_and_listed_per_phase() -> None:
    pipe = PhaseResult("faust", 1, articles=100, seconds=1.0)
    pipe.records_per_article = {"stories": 0.9, "changes": 0.25, "story-states-changelog": 3.0}
    out = Outcome(BenchPlan.smoke(), {"articles": 100}, phases={"faust1": pipe})
    res = results(out)
    assert res["pipeline_records_per_article"] == 4.15
    assert res["baseline_records_per_article"] is None
    assert res["pipeline"]["faust1"]["records_per_article"] == pipe.records_per_article
    assert "- faust1 produced per article: stories 0.90, changes 0.25" in markdown(res)


def test_a_core_budget_stops_feeding_early() -> None:
    articles = [i.article for i in generate(CorpusConfig(articles=50, seed=3))]
    res = run_core(articles, budget_s=-1.0)
    assert res.articles == 0
    assert res.alerts_by_article == []


def test_memory_can_hold_states_as_json_like_the_faust_table() -> None:
    mem = measure_memory(60, as_json=True)
    assert mem["held_as"] == "json"
    assert 0 <= mem["stories"] <= 60


def test_the_readme_results_section_is_replaced_between_its_markers(tmp_path: Path) -> None:
    out = Outcome(BenchPlan.smoke(), {"articles": 10, "seed": 42}, core={"articles_per_s": 2500.0})
    res = results(out)
    readme = tmp_path / "README.md"
    readme.write_text("# B\n<!-- results:start -->\nold\n<!-- results:end -->\nafter\n")
    assert update_readme(readme, res)
    assert update_readme(readme, res)
    text = readme.read_text()
    assert "old" not in text
    assert text.count("core_articles_per_s") == 1
    assert text.startswith("# B\n")
    assert text.endswith("after\n")
    assert res["date"] in text


def test_a_readme_without_markers_is_left_alone(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# B\n")
    res = results(Outcome(BenchPlan.smoke(), {"articles": 0}))
    assert not update_readme(readme, res)
    assert readme.read_text() == "# B\n"
