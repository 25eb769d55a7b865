"""A targeted Kafka run: chosen phases only (e.g. one Faust worker and the baseline),
side by side on one broker and one corpus, with where publish-to-alert time goes.

    python -m storywatch.bench.targeted [--kinds faust,baseline] [--burst 1500]
        [--rates 100] [--latency-s 15] [--seed 42] [--repeat 1] [--workers 1[,2]]
        [--log-dir DIR] [--log-level INFO]

What the full `storywatch bench` does for its `faust1`/`baseline1` phases (same
`run_phase`), without the core, scaling, memory and extras: minutes instead of a
quarter hour, for before/after comparisons of one change. For a Faust phase it also
reads the pipeline's own topics and splits each timed alert's latency into hops by the
create time of the records along its path (`hops`): article sent -> its `stories` item
produced (classify) -> its `alerts` record produced (detect, which builds the alerts).
Prints one JSON line on stdout (logs go to stderr or stdout before it).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import structlog

from storywatch import _json
from storywatch._exceptions import BrokerError
from storywatch.bench.corpus import CorpusConfig, generate
from storywatch.bench.kafka import KafkaEnv, LoadSpec, PhaseResult, idle_workers, run_phase
from storywatch.bench.procs import Kind
from storywatch.bench.runner import RATES, BenchPlan, _latency_sets
from storywatch.models import Article

__all__ = ["TargetedPlan", "main", "run_targeted"]

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class TargetedPlan:
    """Which phases and how much load."""

    kinds: tuple[Kind, ...] = ("faust", "baseline")
    burst: int = 1500
    warm: int = 200
    rates: tuple[int, ...] = (100,)
    latency_s: float = 15.0
    seed: int = 42
    repeat: int = 1  # the phases run this many times in turn (ratios of neighbours)
    # Worker processes of each phase; several counts run each kind once per count, in
    # turn (`1,2`: the scaling ratio from neighbouring phases, `two_workers_vs_one`).
    workers: tuple[int, ...] = (1,)
    log_dir: Path | None = None  # keep the workers' logs here (default: a temporary dir)
    log_level: str = "WARNING"  # of the Faust workers (INFO: assignments, worker_state)


def _load(plan: TargetedPlan) -> LoadSpec:
    items = generate(CorpusConfig(articles=plan.warm + plan.burst, seed=plan.seed))
    arts = [i.article for i in items]
    bp = BenchPlan(seed=plan.seed, latency_s=plan.latency_s)
    paced: dict[int, Sequence[Article]] = {
        r: v for r, v in _latency_sets(bp, arts[-1]).items() if r in plan.rates
    }
    return LoadSpec(arts[: plan.warm], arts[plan.warm :], 0, paced)


async def run_targeted(plan: TargetedPlan) -> dict[str, Any]:
    """Run the plan's phases on one embedded broker (`repeat` rounds, each phase once a
    round, fresh topics each time); figures as a JSON-able dict."""
    from storywatch.stream.broker import EmbeddedBroker  # noqa: PLC0415

    load = _load(plan)
    rounds: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="storywatch-targeted-") as tmp:
        logs = plan.log_dir or Path(tmp)
        logs.mkdir(parents=True, exist_ok=True)
        async with EmbeddedBroker() as broker:
            env = KafkaEnv(broker, logs, log_level=plan.log_level)
            for _ in range(plan.repeat):
                phases: dict[str, Any] = {
                    _key(k, w): await _phase(env, k, w, load)
                    for w in plan.workers
                    for k in plan.kinds
                }
                both = {
                    "pipeline_vs_baseline": _ratio(phases),
                    "cpu_per_article_baseline_vs_pipeline": _cpu_ratio(phases),
                    "two_workers_vs_one": _scaling(phases, "faust"),
                    "two_workers_vs_one_cpu": _scaling(phases, "faust", "cpu_ms_per_article"),
                    "baseline_two_workers_vs_one": _scaling(phases, "baseline"),
                }
                rounds.append({"phases": phases, **both})
    return {"plan": {**plan.__dict__, "log_dir": str(plan.log_dir)}, "rounds": rounds,
            **{f"{k}_median": _median(rounds, k) for k in _RATIOS}}  # fmt: skip


def _key(kind: Kind, workers: int) -> str:
    """A phase's name: the kind for one worker, else kind and count ("faust2")."""
    return kind if workers == 1 else f"{kind}{workers}"


def _scaling(phases: dict[str, Any], kind: str, key: str = "articles_per_s") -> float | None:
    """Two workers over one by burst articles/s; by CPU per article (`cpu_ms_per_article`:
    2 x one's / two's, what two free cores would give)."""
    one, two = phases.get(kind), phases.get(f"{kind}2")
    if not one or not two or not one[key] or not two[key]:
        return None
    if key == "cpu_ms_per_article":
        return round(2 * float(one[key]) / float(two[key]), 3)
    return round(float(two[key]) / float(one[key]), 3)


async def _phase(env: KafkaEnv, kind: Kind, workers: int, load: LoadSpec) -> dict[str, Any]:
    """One phase's summary; a phase that fails (a group that never drains) is reported,
    with the error, and the next round runs."""
    try:
        return _summary(await run_phase(env, kind, workers, load))
    except BrokerError as e:
        log.warning("targeted_phase_failed", kind=kind, error=str(e))
        return {"error": str(e), "articles_per_s": 0.0, "cpu_ms_per_article": None}


_RATIOS = ("pipeline_vs_baseline", "cpu_per_article_baseline_vs_pipeline",
           "two_workers_vs_one", "two_workers_vs_one_cpu",
           "baseline_two_workers_vs_one")  # fmt: skip


def _median(rounds: list[dict[str, Any]], key: str) -> float | None:
    values = sorted(r[key] for r in rounds if r[key])
    return values[len(values) // 2] if values else None


def _summary(res: PhaseResult) -> dict[str, Any]:
    return {
        "articles_per_s": round(res.articles_per_s or 0.0, 1),
        "cpu_s": res.cpu_s,
        "cpu_ms_per_article": _cpu_ms(res),
        "idle_workers": idle_workers(res.cpu_s),
        "latency_ms": {str(r): v for r, v in res.latency_ms.items()},
        "records_per_article": res.records_per_article,
        "hops_ms": {str(r): v for r, v in res.hops_ms.items()},
    }


def _cpu_ms(res: PhaseResult) -> float | None:
    """Worker and broker CPU ms per burst article."""
    if not res.articles or not res.cpu_s:
        return None
    total = res.cpu_s.get("workers", 0.0) + res.cpu_s.get("broker", 0.0)
    return round(total * 1000 / res.articles, 3)


def _ratio(phases: dict[str, Any]) -> float | None:
    f, b = phases.get("faust"), phases.get("baseline")
    if not f or not b or not b["articles_per_s"]:
        return None
    return round(float(f["articles_per_s"]) / float(b["articles_per_s"]), 3)


def _cpu_ratio(phases: dict[str, Any]) -> float | None:
    """Baseline CPU per article over the pipeline's: the throughput ratio that a machine
    with two free cores would give (a busy machine makes the wall-clock ratio noisy)."""
    f, b = phases.get("faust"), phases.get("baseline")
    if not f or not b or not f["cpu_ms_per_article"] or not b["cpu_ms_per_article"]:
        return None
    return round(float(b["cpu_ms_per_article"]) / float(f["cpu_ms_per_article"]), 3)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point."""
    p = argparse.ArgumentParser(prog="python -m storywatch.bench.targeted")
    p.add_argument("--kinds", default="faust,baseline")
    p.add_argument("--burst", type=int, default=1500)
    p.add_argument("--rates", default="100")
    p.add_argument("--latency-s", type=float, default=15.0)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--repeat", type=int, default=1)
    p.add_argument("--workers", default="1", help="worker counts, e.g. 1,2")
    p.add_argument("--log-dir", type=Path, default=None, help="keep the workers' logs here")
    p.add_argument("--log-level", default="WARNING", help="of the workers (INFO: assignments)")
    a = p.parse_args(argv)
    kinds: tuple[Kind, ...] = tuple(k for k in ("faust", "baseline") if k in a.kinds.split(","))
    rates = tuple(int(r) for r in a.rates.split(",") if int(r) in RATES)
    plan = TargetedPlan(
        kinds, a.burst, rates=rates, latency_s=a.latency_s, seed=a.seed, repeat=a.repeat,
        workers=tuple(int(w) for w in a.workers.split(",")), log_dir=a.log_dir,
        log_level=a.log_level,
    )  # fmt: skip
    t0 = time.perf_counter()
    result = asyncio.run(run_targeted(plan))
    result["seconds"] = round(time.perf_counter() - t0, 1)
    sys.stdout.write(_json.dumps_line(result) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
