"""`bench`: throughput, latency, scaling and memory in one run (storywatch.bench)."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Annotated

import typer

__all__ = ["register"]


def _configure_logging() -> None:
    """Logs on stderr, so `--json` leaves stdout to the one JSON object."""
    from storywatch.cli._common import load_settings  # noqa: PLC0415

    try:
        from storywatch.observe.logging import configure  # noqa: PLC0415
    except ImportError:
        return
    configure(load_settings())


def bench(  # noqa: PLR0917  (typer options are parameters)
    quick: Annotated[bool, typer.Option(help="Smoke-sized run (under a minute), for CI")] = False,
    json_out: Annotated[
        bool, typer.Option("--json", help="Print one JSON object instead of the table")
    ] = False,
    out: Annotated[Path, typer.Option(help="Directory for results.json and results.png")] = Path(
        "bench"
    ),
    seed: Annotated[int, typer.Option(help="Seed of the synthetic corpus")] = 42,
    reorder_window_s: Annotated[
        float, typer.Option(help="Reorder window of the story layer (0: apply items at once)")
    ] = 0.0,
    corpus_out: Annotated[
        Path | None, typer.Option(help="Also write the corpus as article JSONL here")
    ] = None,
) -> None:
    """Benchmark core, pipeline vs bare aiokafka, scaling, latency and memory; write results."""
    from rich.console import Console  # noqa: PLC0415

    from storywatch import _json  # noqa: PLC0415
    from storywatch.bench.corpus import CorpusConfig, generate, write_jsonl  # noqa: PLC0415
    from storywatch.bench.report import (  # noqa: PLC0415
        draw_chart,
        results,
        table,
        update_readme,
    )
    from storywatch.bench.runner import BenchPlan, run_bench  # noqa: PLC0415

    _configure_logging()
    plan = (
        BenchPlan.smoke(seed, reorder_window_s)
        if quick
        else BenchPlan(seed=seed, reorder_window_s=reorder_window_s)
    )
    if corpus_out is not None:
        n = max(plan.core_articles, plan.warm_articles + plan.kafka_articles)
        write_jsonl(generate(CorpusConfig(articles=n, seed=seed)), corpus_out)
    outcome = asyncio.run(run_bench(plan))
    res = results(outcome)
    out.mkdir(parents=True, exist_ok=True)
    try:
        draw_chart(outcome, res, out / "results.png")
    except ImportError:
        res["errors"].append("chart: matplotlib is not installed (pip install '.[bench]')")
    (out / "results.json").write_bytes(_json.dumps(res) + b"\n")
    if not quick:
        update_readme(out / "README.md", res)
    if json_out:
        sys.stdout.write(_json.dumps_line(res) + "\n")
    else:
        table(res, Console())


def register(app: typer.Typer) -> None:
    """Add the benchmark command to the CLI."""
    app.command()(bench)
