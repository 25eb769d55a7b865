"""`demo`, `worker`, `replay`: the Kafka pipeline (`tail` lives in cli/alerts.py).

Faust and aiokafka load only inside these commands (import-time side effects, speed).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from storywatch._exceptions import BrokerError, InvalidInput
from storywatch.cli._common import load_settings
from storywatch.settings import Settings

if TYPE_CHECKING:
    from storywatch.stream.app import PipelineConfig
    from storywatch.stream.records import DeadLetter

__all__ = ["bundled_storyline", "register"]

DEMO_STORYLINE = "ukraine-russia-talks.articles.jsonl"


def bundled_storyline() -> Path:
    """The storyline shipped as package data (the demo's default input)."""
    ref = resources.files("storywatch") / "data" / "storylines" / DEMO_STORYLINE
    return Path(str(ref))


def _logging(settings: Settings, level: str | None = None) -> None:
    from storywatch.observe import configure_logging  # noqa: PLC0415

    update = {"log_level": level} if level else {}
    configure_logging(settings.model_copy(update=update))


def _pipeline(settings: Settings, bootstrap: str, declare: bool) -> PipelineConfig:
    from storywatch.cli._common import story_config  # noqa: PLC0415
    from storywatch.sinks import load_watches  # noqa: PLC0415
    from storywatch.stream.app import PipelineConfig  # noqa: PLC0415
    from storywatch.stream.topics import TopicNames  # noqa: PLC0415

    extra = (
        {"watches": load_watches(settings.watches_file), "watches_file": settings.watches_file}
        if settings.watches_file
        else {}
    )
    return PipelineConfig(
        bootstrap=bootstrap, app_id=settings.app_id, topics=TopicNames(settings.topic_prefix),
        partitions=settings.partitions, replication=settings.replication,
        declare_topics=declare, story=story_config(settings), **extra,  # type: ignore[arg-type]
    )  # fmt: skip


def _drain_timeout(files: tuple[Path, ...]) -> float:
    """How long the pipeline may take to drain: a floor, plus time per article (CI is slow)."""
    from storywatch.stream.replay import count_lines  # noqa: PLC0415

    return 120.0 + 0.1 * sum(count_lines(f) for f in files)


def _delivered_file() -> Path:
    """Where the demo's worker appends what it delivered (a fresh temporary file)."""
    fd, name = tempfile.mkstemp(prefix="storywatch-demo-delivered-", suffix=".jsonl")
    os.close(fd)
    return Path(name)


def _delivery_grace(settings: Settings) -> float:
    """HTTP sinks configured: give the worker their grace period to deliver on stop."""
    if settings.webhook_url or settings.slack_webhook_url:
        return settings.shutdown_grace_s + 2.0
    return 0.0


def _report_bad(path: Path, n: int, reason: str) -> None:
    sys.stderr.write(f"{path}: line {n}: {reason}\n")


def _check_metrics_port(settings: Settings) -> None:
    """Fail in one line, before anything starts, when the /metrics port is taken."""
    import socket  # noqa: PLC0415

    if settings.metrics_port == 0:
        return
    family = socket.AF_INET6 if ":" in settings.metrics_host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server binds
        try:
            s.bind((settings.metrics_host, settings.metrics_port))
        except OSError as e:
            where = f"{settings.metrics_host}:{settings.metrics_port}"
            raise _fail(f"cannot serve /metrics on {where}: {e.strerror} "
                        "(set STORYWATCH_METRICS_PORT, 0 for any free port)") from None  # fmt: skip


def _fail(msg: str) -> typer.Exit:
    typer.echo(f"error: {msg}", err=True)
    return typer.Exit(1)


def worker(
    declare_topics: Annotated[
        bool, typer.Option(help="Create missing topics (off on the embedded broker)")
    ] = True,
    parent_pid: Annotated[int | None, typer.Option(hidden=True)] = None,
) -> None:
    """Run a Faust worker of the pipeline against STORYWATCH_BROKER (several share partitions)."""
    settings = load_settings()
    if parent_pid is not None:
        from storywatch.stream.worker import die_with_parent  # noqa: PLC0415

        die_with_parent(parent_pid)
    if not settings.broker:
        raise _fail("STORYWATCH_BROKER is not set (e.g. kafka://localhost:9092)")
    _check_metrics_port(settings)
    _logging(settings)
    from storywatch.stream.worker import run_worker  # noqa: PLC0415

    try:
        cfg = _pipeline(settings, settings.broker, declare_topics)
        if declare_topics:
            asyncio.run(_ensure_topics(cfg))
    except (InvalidInput, BrokerError) as e:
        raise _fail(str(e)) from None
    run_worker(cfg, settings)


async def _ensure_topics(cfg: PipelineConfig) -> None:
    from storywatch.stream.admin import ensure_topics, topic_specs  # noqa: PLC0415

    specs = topic_specs(cfg.topics, cfg.app_id, cfg.partitions, cfg.replication)
    await ensure_topics(cfg.bootstrap, specs)


def _worker_cmd() -> tuple[str, ...]:
    code = "from storywatch._entry import main; main()"
    return (sys.executable, "-c", code, "worker", "--parent-pid", str(os.getpid()))


def demo(
    articles: Annotated[
        list[Path] | None, typer.Option(help="Article JSONL file to replay (repeatable)")
    ] = None,
    alerts_out: Annotated[
        Path | None, typer.Option(help="Write every alert as one JSON line to this file")
    ] = None,
    linger: Annotated[
        float, typer.Option(help="Seconds to keep /metrics served after the replay drains")
    ] = 0.0,
) -> None:
    """Replay articles through Kafka and the Faust agents; print alerts; stop everything."""
    from storywatch.sinks import ConsoleSink, JsonlFileSink  # noqa: PLC0415
    from storywatch.stream.demo import DemoPlan, run_demo  # noqa: PLC0415

    settings = load_settings()
    _logging(settings, "WARNING")
    _check_metrics_port(settings)
    files = tuple(articles or [bundled_storyline()])
    for f in files:
        if not f.is_file():
            raise _fail(f"{f}: no such file")
    outputs: list[ConsoleSink | JsonlFileSink] = [ConsoleSink()]
    if alerts_out is not None:
        alerts_out.write_text("", encoding="utf-8")
        outputs.append(JsonlFileSink(alerts_out))
    embedded = not settings.broker
    cmd = _worker_cmd() + (("--no-declare-topics",) if embedded else ())
    env = {**os.environ, "STORYWATCH_LOG_LEVEL": os.environ.get("STORYWATCH_LOG_LEVEL", "WARNING")}
    delivered = None if settings.alerts_file else _delivered_file()
    if delivered is not None:  # the worker delivers to a file sink too: every stage counts
        env["STORYWATCH_ALERTS_FILE"] = str(delivered)
    plan = DemoPlan(files=files, worker_cmd=cmd, worker_env=env, outputs=tuple(outputs),
                    linger_s=linger, on_bad=_report_bad,
                    delivery_grace_s=_delivery_grace(settings),
                    drain_timeout_s=_drain_timeout(files))  # fmt: skip
    cfg = _pipeline(settings, settings.broker or "", declare=not embedded)
    try:
        result = asyncio.run(run_demo(plan, cfg, embedded))
    except BrokerError as e:
        raise _fail(str(e)) from None
    finally:
        if delivered is not None:
            delivered.unlink(missing_ok=True)
    typer.echo(
        f"demo: {result.replay.published} articles, {result.replay.deadlettered} dead-lettered, "
        f"{result.alerts} alerts in {result.seconds:.1f} s",
        err=True,
    )
    _report_dead_letters(result.dead_letters, cfg.topics.deadletter)


def _report_dead_letters(dead: list[DeadLetter], topic: str) -> None:
    """Dead letters of the pipeline itself (beyond the bad input lines): say so."""
    inner = [d for d in dead if d.stage != "replay"]
    if not inner:
        return
    typer.echo(
        f"demo: {len(inner)} records dead-lettered in the pipeline ({topic}), e.g.:", err=True
    )
    for d in inner[:3]:
        typer.echo(f"  {d.stage}: {d.reason}", err=True)


def replay(
    files: Annotated[list[Path], typer.Argument(help="Article JSONL files")],
    rate: Annotated[float | None, typer.Option(help="Articles per second (default: max)")] = None,
    follow_time: Annotated[
        float | None, typer.Option(help="Replay at X times the original published_at pace")
    ] = None,
) -> None:
    """Produce article files onto the articles topic of STORYWATCH_BROKER, with progress."""
    settings = load_settings()
    if not settings.broker:
        raise _fail("STORYWATCH_BROKER is not set (e.g. kafka://localhost:9092)")
    if rate is not None and follow_time is not None:
        raise _fail("give --rate or --follow-time, not both")
    if (rate is not None and rate <= 0) or (follow_time is not None and follow_time <= 0):
        raise _fail("--rate and --follow-time must be > 0")
    for f in files:
        if not f.is_file():
            raise _fail(f"{f}: no such file")
    _logging(settings, "WARNING")
    try:
        bad = asyncio.run(_run_replay(settings, files, rate, follow_time))
    except BrokerError as e:
        raise _fail(str(e)) from None
    raise typer.Exit(1 if bad else 0)


async def _run_replay(
    settings: Settings, files: list[Path], rate: float | None, follow_time: float | None
) -> int:
    from rich.console import Console  # noqa: PLC0415
    from rich.progress import Progress  # noqa: PLC0415

    from storywatch.stream.replay import Pace, Replayer, ReplayStats, count_lines  # noqa: PLC0415
    from storywatch.stream.topics import TopicNames  # noqa: PLC0415

    topics = TopicNames(settings.topic_prefix)
    stats = ReplayStats()
    total = sum(count_lines(f) for f in files)
    with Progress(console=Console(stderr=True), transient=False) as progress:
        task = progress.add_task("replay", total=total)

        def on_bad(path: Path, n: int, reason: str) -> None:
            msg = f"{path}: line {n}: {reason}"
            progress.console.print(msg, markup=False, highlight=False, soft_wrap=True)

        async with Replayer(
            settings.broker or "", topics.articles, deadletter_topic=topics.deadletter,
            pace=Pace(rate, follow_time), on_bad=on_bad,
            on_progress=lambda k: progress.advance(task, k),
        ) as replayer:  # fmt: skip
            for f in files:
                await replayer.replay_file(f, stats)
    typer.echo(
        f"replay: {stats.published} articles to {topics.articles}, "
        f"{stats.deadlettered} dead-lettered to {topics.deadletter}",
        err=True,
    )
    return stats.deadlettered


def register(app: typer.Typer) -> None:
    """Add the streaming commands to the CLI."""
    app.command()(demo)
    app.command()(worker)
    app.command()(replay)
