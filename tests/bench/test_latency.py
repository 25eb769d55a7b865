"""Publish-to-alert samples: time-driven alerts are counted, not timed."""

from __future__ import annotations

from storywatch.bench import report
from storywatch.bench.hops import hop_samples
from storywatch.bench.kafka import latency_samples


def test_alerts_of_sent_articles_are_timed_from_their_send() -> None:
    arrivals = [(10.5, "a", "proposed"), (11.0, "b", "accepted"), (12.0, "x", "held")]
    timed, left_out = latency_samples(arrivals, {"a": 10.0, "b": 10.75})
    assert timed == [500.0, 250.0]
    assert left_out == 0


def test_an_overdue_alert_fires_on_event_time_and_is_not_timed() -> None:
    """Its article set a deadline; a later article's time passed it: not a latency."""
    arrivals = [(10.5, "a", "proposed"), (40.0, "a", "overdue")]
    timed, left_out = latency_samples(arrivals, {"a": 10.0})
    assert timed == [500.0]
    assert left_out == 1


def test_each_hop_is_timed_from_the_previous_one_of_the_same_article() -> None:
    first = {("classify", "a"): 10_020, ("detect", "a"): 10_050, ("classify", "b"): 11_030}
    hops = hop_samples(first, {"a": 10.0, "b": 11.0, "c": 12.0})
    assert hops == {"classify": [20.0, 30.0], "detect": [30.0]}


def test_the_readme_notes_give_each_hop_of_a_paced_run() -> None:
    lat = {"n": 5, "p50": 40.0, "p99": 80.0, "overloaded": False}
    hops = {"classify": {"p50": 17.0, "p99": 34.0, "n": 5}, "detect": {"p50": 20.0, "n": 0}}
    res = {"pipeline": {"faust1": {"latency_ms": {"100": lat}, "hops_ms": {"100": hops}}}}
    (line,) = [n for n in report._latency_notes(res) if "at 100/s" in n]
    assert line.endswith("hops p50/p99 ms: classify 17/34")


def test_cpu_seconds_of_this_process_grow_with_work_and_a_gone_pid_counts_nothing() -> None:
    import os

    from storywatch.bench.kafka import cpu_seconds

    before = cpu_seconds([os.getpid()])
    sum(i * i for i in range(3_000_000))
    assert cpu_seconds([os.getpid()]) > before
    assert cpu_seconds([2**22 + 12345]) == 0
