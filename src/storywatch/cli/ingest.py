"""`fetch` (poll feeds once, print articles) and `serve` (push endpoint + polling into Kafka)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO
from urllib.parse import urlsplit

import typer

from storywatch import _json
from storywatch._exceptions import InvalidInput, StorywatchError
from storywatch.cli._common import load_settings
from storywatch.settings import Settings

if TYPE_CHECKING:  # the adapters (httpx, feedparser) load only when a command runs
    from storywatch.ingest.poller import PollResult
    from storywatch.ingest.service import ServeConfig
    from storywatch.ingest.sources import Source

__all__ = ["register"]


def _now() -> datetime:
    return datetime.now(UTC)


def _quiet_logging(settings: Settings, verbose: bool) -> None:
    """Logs to stderr; `fetch` prints its own one-line errors, so only worse is logged."""
    from storywatch.observe import configure_logging  # noqa: PLC0415

    level = settings.log_level if verbose else "ERROR"
    configure_logging(settings.model_copy(update={"log_level": level}))


def _url_sources(urls: list[str]) -> tuple[list[Source], int]:
    """A source per URL; a URL that is not http(s) is reported on stderr and counted bad."""
    from storywatch.ingest.sources import Source  # noqa: PLC0415

    sources, bad = [], 0
    for n, url in enumerate(urls, 1):
        parts = urlsplit(url)
        name = f"{parts.hostname or 'source'}{parts.path if parts.path != '/' else ''}"
        try:
            sources.append(Source(name=f"{name}#{n}" if len(urls) > 1 else name, url=url))
        except ValueError:
            bad += 1
            sys.stderr.write(f"{url}: not an http(s) URL\n")
    return sources, bad


def _report(results: list[PollResult], dead_out: TextIO | None) -> int:
    """Print articles (deduplicated) to stdout, errors and dead letters to stderr; bad count.

    With ``dead_out``, each dead letter (reason and raw payload) is also written there as JSON.
    """
    from storywatch.ingest.seen import SeenIds  # noqa: PLC0415

    seen = SeenIds()
    bad = 0
    out = sys.stdout
    for result in results:
        if result.error is not None:
            bad += 1
            sys.stderr.write(f"{result.source.url}: {result.error}\n")
        for letter in result.dead:
            bad += 1
            sys.stderr.write(f"{result.source.url}: dead letter: {letter.reason}\n")
            if dead_out is not None:
                dead_out.write(_json.dumps_line(letter.to_json_dict()) + "\n")
        for item in result.articles:
            if not seen.check_and_add(item.article.id):
                out.write(_json.dumps_line(item.to_json_dict()) + "\n")
    out.flush()
    return bad


async def _fetch_once(sources: list[Source], timeout_s: float) -> list[PollResult]:
    from storywatch.ingest.http import FetchLimits, make_client  # noqa: PLC0415
    from storywatch.ingest.poller import Poller  # noqa: PLC0415

    limits = FetchLimits(timeout_s=timeout_s)
    async with make_client(limits) as client:
        return await Poller(client, _now, limits=limits).poll_many(sources)


def fetch(
    urls: Annotated[list[str] | None, typer.Argument(help="feed or JSON API URLs")] = None,
    sources_file: Annotated[
        Path | None,
        typer.Option(
            "--sources",
            help="also poll every source of this sources.yaml (default without URLs: "
            "STORYWATCH_SOURCES_FILE)",
        ),
    ] = None,
    timeout: Annotated[float, typer.Option(help="seconds per source")] = 20.0,
    dead_letters: Annotated[
        Path | None,
        typer.Option("--dead-letters", help="write invalid records (reason, raw payload) as JSONL"),
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="log at STORYWATCH_LOG_LEVEL")
    ] = False,
) -> None:
    """Poll the given feeds once and print normalised articles as JSONL (no broker).

    A feed that fails is reported on stderr as `URL: reason` and the others still
    print; the exit code is 1 if any feed or record failed. An article whose date had
    to be replaced by the fetch time carries `"flags": ["date_missing"]` (or
    `date_unparsed`, `date_absurd`).
    """
    from storywatch.ingest.sources import load_sources  # noqa: PLC0415

    settings = load_settings()
    _quiet_logging(settings, verbose)
    sources, bad = _url_sources(urls or [])
    if not urls and sources_file is None:
        sources_file = settings.sources_file
    try:
        if sources_file is not None:
            sources += load_sources(sources_file, env=os.environ)
    except InvalidInput as e:
        sys.stderr.write(f"{e}\n")
        raise typer.Exit(2) from None
    if not sources and not bad:
        sys.stderr.write("nothing to fetch: give URLs or --sources FILE\n")
        raise typer.Exit(2)
    if sources:
        results = asyncio.run(_fetch_once(sources, timeout))
        with contextlib.ExitStack() as files:
            dead_out = None if dead_letters is None else files.enter_context(dead_letters.open("w"))
            bad += _report(results, dead_out)
    raise typer.Exit(1 if bad else 0)


def _serve_config(
    settings: Settings, bootstrap: str, sources_file: Path | None, parse_workers: int
) -> ServeConfig:
    from storywatch.ingest.service import ServeConfig  # noqa: PLC0415
    from storywatch.ingest.sources import load_sources  # noqa: PLC0415

    path = sources_file or settings.sources_file
    token = settings.push_token.get_secret_value() if settings.push_token else None
    return ServeConfig(
        bootstrap=bootstrap,
        articles_topic=f"{settings.topic_prefix}articles",
        deadletter_topic=f"{settings.topic_prefix}deadletter",
        sources=load_sources(path, env=os.environ) if path else [],
        push_token=token,
        push_host=settings.push_host,
        push_port=settings.push_port,
        fulltext_allow_private=settings.fulltext_allow_private,
        shutdown_grace_s=settings.shutdown_grace_s,
        parse_workers=parse_workers,
    )


def _ready(url: str | None) -> None:
    push = f"push on {url}" if url else "push off (STORYWATCH_PUSH_TOKEN not set)"
    sys.stderr.write(f"storywatch serve: {push}\n")
    sys.stderr.flush()


async def _serve(settings: Settings, sources_file: Path | None, parse_workers: int) -> None:
    import signal  # noqa: PLC0415

    from storywatch.ingest.service import serve as run  # noqa: PLC0415
    from storywatch.observe import Health, Metrics, Observability  # noqa: PLC0415
    from storywatch.stream.broker import EmbeddedBroker  # noqa: PLC0415

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    async with contextlib.AsyncExitStack() as stack:
        bootstrap = settings.broker
        if bootstrap is None:
            bootstrap = (await stack.enter_async_context(EmbeddedBroker())).bootstrap
        config = _serve_config(settings, bootstrap, sources_file, parse_workers)
        if not config.sources and not config.push_token:
            raise InvalidInput("nothing to serve: set STORYWATCH_PUSH_TOKEN or give --sources")
        metrics = Metrics()
        health = Health(metrics=metrics)
        health.set_assignment([])  # a producer only: nothing to consume, ready once connected
        health.set_recovery_done()
        await stack.enter_async_context(Observability.from_settings(settings, metrics, health))

        def ready(url: str | None) -> None:
            health.set_connected(True)
            _ready(url)

        await run(config, stop, metrics=metrics, on_ready=ready)


def serve(
    sources_file: Annotated[
        Path | None,
        typer.Option("--sources", help="sources.yaml (default: STORYWATCH_SOURCES_FILE)"),
    ] = None,
    parse_workers: Annotated[
        int,
        typer.Option(
            min=0,
            help="processes that parse feeds off the event loop (0: in the loop; plain RSS "
            "is cheap, many large Atom feeds are not)",
        ),
    ] = 0,
) -> None:
    """Run the push endpoint and poll sources.yaml into the articles topic until SIGINT/SIGTERM.

    Without STORYWATCH_BROKER an embedded broker is started (development only).
    """
    from storywatch.observe import configure_logging  # noqa: PLC0415

    settings = load_settings()
    try:
        configure_logging(settings)
        asyncio.run(_serve(settings, sources_file, parse_workers))
    except StorywatchError as e:
        sys.stderr.write(f"storywatch serve: {e}\n")
        raise typer.Exit(2 if isinstance(e, InvalidInput) else 1) from None


def register(app: typer.Typer) -> None:
    """Add the ingestion commands to the CLI."""
    app.command("fetch")(fetch)
    app.command("serve")(serve)
