"""One benchmark run: corpus, core, Kafka phases (pipeline, baseline, scaling, latency),
memory, ingestion and delivery; every figure from the same run and the same corpus.

A stage that cannot run (a module not there yet, a worker that fails) gives `null`
figures and a line in `errors`, never a crash of the whole run.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import structlog

from storywatch import _json
from storywatch._exceptions import StorywatchError
from storywatch.bench import extras
from storywatch.bench.core import run_core, staged_costs
from storywatch.bench.corpus import CorpusConfig, CorpusItem, generate
from storywatch.bench.kafka import KafkaEnv, LoadSpec, PhaseResult, run_phase
from storywatch.bench.procs import Kind, faust_available
from storywatch.models import Article
from storywatch.stories import StoryConfig

__all__ = ["BenchPlan", "Outcome", "run_bench"]

log = structlog.get_logger(__name__)

RATES = (100, 500)
_PHASE_ERRORS = (StorywatchError, OSError, TimeoutError, RuntimeError, ValueError)


@dataclass(frozen=True)
class BenchPlan:
    """Sizes of one run; `smoke()` keeps it under a minute for CI's smoke test."""

    seed: int = 42
    core_articles: int = 10_000
    kafka_articles: int = 6_000
    warm_articles: int = 200
    latency_s: float = 15.0
    memory_stories: int = 100_000
    scaling: bool = True
    stage_articles: int = 3_000
    quick: bool = False
    # 0: an item is applied as it arrives. The product default (3600 s) holds every item
    # until the stream's event time is an hour later: a latency floor of the window itself.
    reorder_window_s: float = 0.0
    # The Kafka burst is cut to what the core does in this many seconds (a slow core
    # would otherwise make each phase last minutes), never below `min_kafka_articles`.
    burst_core_seconds: float = 30.0
    min_kafka_articles: int = 300
    core_budget_s: float = 90.0  # the core stops feeding after this long

    @classmethod
    def smoke(cls, seed: int = 42, reorder_window_s: float = 0.0) -> BenchPlan:
        """A smoke-sized run."""
        return cls(seed, core_articles=600, kafka_articles=400, warm_articles=30, latency_s=0.6,
                   memory_stories=5_000, scaling=False, stage_articles=300, quick=True,
                   reorder_window_s=reorder_window_s)  # fmt: skip


@dataclass
class Outcome:
    """Everything measured, before it is shaped into results.json."""

    plan: BenchPlan
    corpus: dict[str, Any]
    core: dict[str, Any] | None = None
    phases: dict[str, PhaseResult | None] | None = None
    memory: dict[str, Any] | None = None
    ingestion: dict[str, Any] | None = None
    delivery: dict[str, Any] | None = None
    errors: list[str] | None = None
    seconds: float = 0.0


def _corpus_summary(items: Sequence[CorpusItem], cfg: CorpusConfig) -> dict[str, Any]:
    sizes = [len(i.article.body) for i in items]
    kinds = {k: sum(1 for i in items if i.kind == k) for k in ("story", "syndicated", "noise")}
    return {
        "seed": cfg.seed, "articles": len(items), "kinds": kinds,
        "stories": len({i.story for i in items if i.story}),
        "mean_body_bytes": round(sum(sizes) / max(1, len(sizes))),
    }  # fmt: skip


def _latency_sets(plan: BenchPlan, after: Article) -> dict[int, list[Article]]:
    """Articles for each paced run, each an hour later in event time than the one before."""
    out = {}
    for rate in RATES:
        start = after.published_at + timedelta(hours=1)
        n = max(1, int(rate * plan.latency_s))
        cfg = CorpusConfig(articles=n, seed=plan.seed + rate, start=start)
        out[rate] = [i.article for i in generate(cfg)]
        after = out[rate][-1]
    return out


class _Run:
    def __init__(self, plan: BenchPlan) -> None:
        self.plan = plan
        self.errors: list[str] = []
        self.ingestion: dict[str, Any] | None = None
        n = max(plan.core_articles, plan.warm_articles + plan.kafka_articles)
        self.cfg = CorpusConfig(articles=n, seed=plan.seed)
        self.items = generate(self.cfg)
        self.articles = [i.article for i in self.items]

    def core(self) -> tuple[dict[str, Any], list[int]]:
        arts = self.articles[: self.plan.core_articles]
        story = StoryConfig(reorder_window_s=self.plan.reorder_window_s)
        res = run_core(arts, story, self.plan.core_budget_s)
        budget = self.plan.core_budget_s / 3
        res.stage_us = staged_costs(arts[: self.plan.stage_articles], story, budget)
        d = asdict(res)
        d.pop("alerts_by_article")
        d["articles_per_s"] = res.articles_per_s
        return d, res.alerts_by_article

    def burst_size(self, core_rate: float | None) -> int:
        """Articles in the Kafka burst: the plan's, cut to what the core does in a while."""
        k = self.plan.kafka_articles
        if core_rate:
            k = min(
                k, max(self.plan.min_kafka_articles, int(core_rate * self.plan.burst_core_seconds))
            )
        return k

    def load(self, by_article: list[int], k: int) -> LoadSpec:
        w = self.plan.warm_articles
        k = min(k, max(0, len(by_article) - w))  # only what the core counted alerts for
        paced = _latency_sets(self.plan, self.articles[w + k - 1] if k else self.articles[-1])
        expected = sum(by_article[w : w + k])
        return LoadSpec(self.articles[:w], self.articles[w : w + k], expected, paced)  # type: ignore[arg-type]

    async def phase(
        self, env: KafkaEnv, kind: Kind, workers: int, load: LoadSpec
    ) -> PhaseResult | None:
        try:
            return await run_phase(env, kind, workers, load)
        except _PHASE_ERRORS as e:
            self.errors.append(f"{kind} x{workers}: {e}")
            log.warning("bench_phase_failed", kind=kind, workers=workers, error=str(e))
            return None

    async def kafka(self, load: LoadSpec) -> dict[str, PhaseResult | None]:
        try:
            from storywatch.stream.broker import EmbeddedBroker  # noqa: PLC0415
        except ImportError:
            self.errors.append("kafka: storywatch.stream.broker is not available")
            return {}
        no_paced = replace(load, paced={})
        kinds: list[Kind] = ["faust", "baseline"] if faust_available() else ["baseline"]
        if "faust" not in kinds:
            self.errors.append("pipeline: the Faust worker (storywatch.stream) is not available")
        out: dict[str, PhaseResult | None] = {}
        with tempfile.TemporaryDirectory(prefix="storywatch-bench-") as tmp:
            async with EmbeddedBroker() as broker:
                env = KafkaEnv(broker, Path(tmp), reorder_window_s=self.plan.reorder_window_s)
                for kind in kinds:
                    out[f"{kind}1"] = await self.phase(env, kind, 1, load)
                for kind in kinds if self.plan.scaling else []:
                    out[f"{kind}2"] = await self.phase(env, kind, 2, no_paced)
                arts = self.articles[: len(load.burst)]
                self.ingestion = await extras.ingestion(broker, arts, self.errors)
        return out

    def memory(self) -> dict[str, Any] | None:
        """Stories held as objects (the `detect` Detector), then as JSON (the Faust table)."""
        out = self._memory("objects")
        if out is not None:
            out["as_json"] = self._memory("json")
        return out

    def _memory(self, held_as: str) -> dict[str, Any] | None:
        stories = str(self.plan.memory_stories)
        cmd = [sys.executable, "-m", "storywatch.bench.memory", stories, held_as]
        try:
            done = subprocess.run(cmd, capture_output=True, timeout=600, check=True)  # noqa: S603
            out: dict[str, Any] = _json.loads(done.stdout.splitlines()[-1])
        except (subprocess.SubprocessError, OSError, ValueError, IndexError) as e:
            detail = getattr(e, "stderr", b"") or b""
            self.errors.append(f"memory: {e} {detail.decode(errors='replace')[-300:]}")
            return None
        return out


async def run_bench(plan: BenchPlan) -> Outcome:
    """Run every benchmark of the plan (blocking work runs in this process, in order)."""
    t0 = time.perf_counter()
    run = _Run(plan)
    out = Outcome(plan, _corpus_summary(run.items, run.cfg))
    log.info("bench_core", articles=plan.core_articles)
    out.core, by_article = run.core()
    core_rate = out.core.get("articles_per_s")
    load = run.load(by_article, run.burst_size(core_rate))
    out.corpus["kafka_burst_articles"] = len(load.burst)
    log.info("bench_kafka", articles=len(load.burst))
    out.phases = await run.kafka(load)
    log.info("bench_memory", stories=plan.memory_stories)
    out.memory = run.memory()
    out.ingestion = run.ingestion
    out.delivery = await extras.delivery(plan.latency_s, run.errors)
    if not plan.quick:  # the stages' own scripts take a minute or two
        ing = extras.module_bench("storywatch.ingest.bench", ["--json"], run.errors)
        dlv = extras.module_bench("storywatch.sinks.bench", ["--count", "2000"], run.errors)
        if ing is not None:
            out.ingestion = {**(out.ingestion or {}), "ingest_bench": ing}
        if dlv is not None:
            out.delivery = {**(out.delivery or {}), "sinks_bench": dlv}
    out.errors = run.errors
    out.seconds = time.perf_counter() - t0
    return out
