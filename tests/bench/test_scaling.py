"""The scaling figures: idle workers, and two workers against one by wall clock and CPU."""

from __future__ import annotations

from storywatch.bench import report
from storywatch.bench.kafka import PhaseResult, idle_workers
from storywatch.bench.targeted import _scaling


def test_a_worker_with_a_tenth_of_the_busiest_ones_cpu_is_idle() -> None:
    cpu = {"workers": 11.6, "worker0": 11.55, "worker1": 0.04, "broker": 0.76}
    assert idle_workers(cpu) == ["worker1"]
    assert idle_workers({"workers": 12.4, "worker0": 6.3, "worker1": 6.1}) == []
    assert idle_workers({"workers": 0.0, "broker": 0.1}) == []  # one worker: none listed


def test_a_stricter_share_flags_a_worker_that_did_little() -> None:
    cpu = {"worker0": 1.0, "worker1": 0.2}
    assert idle_workers(cpu) == []
    assert idle_workers(cpu, share=0.25) == ["worker1"]


def _phase(workers: int, seconds: float, cpu: float) -> PhaseResult:
    p = PhaseResult("faust", workers, articles=3000, seconds=seconds)
    p.cpu_s = {"workers": cpu - 0.5, "broker": 0.5}
    return p


def test_cpu_scaling_is_twice_one_workers_cpu_per_article_over_twos() -> None:
    one, two = _phase(1, 12.0, 12.0), _phase(2, 9.0, 15.0)
    assert report.cpu_scaling(one, two) == round(2 * 4.0 / 5.0, 3)
    assert report.cpu_scaling(one, None) is None


def test_targeted_rounds_give_both_scaling_ratios() -> None:
    phases = {
        "faust": {"articles_per_s": 200.0, "cpu_ms_per_article": 4.0},
        "faust2": {"articles_per_s": 330.0, "cpu_ms_per_article": 4.4},
    }
    assert _scaling(phases, "faust") == 1.65
    assert _scaling(phases, "faust", "cpu_ms_per_article") == round(8.0 / 4.4, 3)
    assert _scaling(phases, "baseline") is None
    failed = {"faust": phases["faust"], "faust2": {"articles_per_s": 0.0, "error": "x"}}
    assert _scaling(failed, "faust") is None


def test_the_readme_notes_give_each_workers_cpu_and_name_an_idle_one() -> None:
    cpu = {"workers": 11.6, "worker0": 11.55, "worker1": 0.04, "broker": 0.76}
    res = {"pipeline": {"faust2": {"cpu_s": cpu}, "faust1": {"cpu_s": {"workers": 9.0}}}}
    (line,) = [n for n in report._latency_notes(res) if "per worker" in n]
    assert (
        line
        == "- faust2 CPU s per worker during the burst: worker0 11.55, worker1 0.04 (idle: worker1)"
    )
