"""`tail` and `silence add|list|expire`: the alerting commands (settings read here only)."""

from __future__ import annotations

import asyncio
import getpass
import sys
from collections.abc import Coroutine
from datetime import UTC, datetime
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from storywatch import _json
from storywatch._exceptions import InvalidInput, StorywatchError
from storywatch.alerts import Silence, expire, new_silence, parse_duration
from storywatch.cli._common import load_settings
from storywatch.models import SEVERITIES, Alert
from storywatch.settings import Settings
from storywatch.sinks.local import alert_line
from storywatch.sinks.silence_store import SilenceStore, silences_topic
from storywatch.sinks.tail import AlertFilter, follow_alerts

__all__ = ["register"]

T = TypeVar("T")

silence_app = typer.Typer(help="Mute alerts for a while (stored in Kafka: every worker sees it).",
                          no_args_is_help=True)  # fmt: skip
NO_BROKER = "needs STORYWATCH_BROKER (the embedded broker lives inside `storywatch demo`)"


def _fail(message: str, code: int = 1) -> typer.Exit:
    sys.stderr.write(f"error: {message}\n")
    return typer.Exit(code)


def _settings() -> Settings:
    """Settings, with logs routed to stderr so stdout stays the command's output."""
    from storywatch.observe import configure_logging  # noqa: PLC0415

    settings = load_settings()
    try:
        configure_logging(settings)
    except InvalidInput as e:
        raise _fail(str(e), 2) from None
    return settings


def _broker(settings: Settings) -> str:
    if not settings.broker:
        raise _fail(NO_BROKER, 2)
    return settings.broker


def _store(settings: Settings) -> SilenceStore:
    return SilenceStore(_broker(settings), silences_topic(settings.topic_prefix))


def _run(coro: Coroutine[Any, Any, T]) -> T:
    try:
        return asyncio.run(coro)
    except StorywatchError as e:
        raise _fail(str(e)) from None


def tail(
    watch: Annotated[str | None, typer.Option(help="Only alerts of this watch")] = None,
    severity: Annotated[
        str, typer.Option(help="Minimum severity: " + ", ".join(SEVERITIES))
    ] = "info",
    from_beginning: Annotated[
        bool, typer.Option(help="Replay the whole alerts topic first")
    ] = False,
    limit: Annotated[int, typer.Option(help="Stop after this many alerts (0: never)")] = 0,
) -> None:
    """Print alerts as they arrive: readable lines on a terminal, JSON lines when piped."""
    settings = _settings()
    bootstrap = _broker(settings)
    try:
        keep = AlertFilter(watch, severity)
    except ValueError as e:
        raise typer.BadParameter(str(e), param_hint="--severity") from None
    pretty = sys.stdout.isatty()
    console = Console(soft_wrap=True)
    topic = f"{settings.topic_prefix}alerts"

    async def run() -> None:
        shown = 0
        async for alert in follow_alerts(bootstrap, topic, from_beginning=from_beginning):
            if not keep(alert):
                continue
            _show(alert, pretty, console)
            shown += 1
            if limit and shown >= limit:
                return

    try:
        _run(run())
    except KeyboardInterrupt:
        raise typer.Exit(0) from None


def _show(alert: Alert, pretty: bool, console: Console) -> None:
    if pretty:
        console.print(alert_line(alert), highlight=False)
    else:
        sys.stdout.write(_json.dumps_line(alert.to_json_dict()) + "\n")
        sys.stdout.flush()


@silence_app.command("add")
def silence_add(
    *,
    duration: Annotated[str, typer.Option("--for", help="How long, e.g. 30m, 2h, 1d")],
    reason: Annotated[str, typer.Option(help="Why (shown in `silence list`)")],
    story: Annotated[str | None, typer.Option(help="Story id, e.g. RUS-UKR:talks")] = None,
    actor: Annotated[str | None, typer.Option(help="Acting party, e.g. RUS")] = None,
    watch: Annotated[str | None, typer.Option(help="Watch name")] = None,
    to_state: Annotated[str | None, typer.Option(help="State reached, e.g. accepted")] = None,
) -> None:
    """Silence matching alerts for a while; prints the silence id."""
    settings = _settings()
    try:
        seconds = parse_duration(duration)
        silence = new_silence(now=datetime.now(UTC), duration_s=seconds, reason=reason,
                              created_by=_user(), story=story, actor=actor, watch=watch,
                              to_state=to_state)  # fmt: skip
    except (ValueError, InvalidInput) as e:
        raise _fail(str(e), 2) from None
    store = _store(settings)

    async def run() -> None:
        await store.ensure_topic()
        await store.put(silence)

    _run(run())
    sys.stdout.write(silence.id + "\n")


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


async def _load(store: SilenceStore) -> list[Silence]:
    try:
        silences = await store.load()
    finally:
        await store.close()
    return silences.listing(datetime.now(UTC), include_expired=True)


@silence_app.command("list")
def silence_list(
    show_all: Annotated[bool, typer.Option("--all", help="Include expired silences")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object a line")] = False,
) -> None:
    """List silences, active first."""
    now = datetime.now(UTC)
    items = [s for s in _run(_load(_store(_settings())))
             if show_all or s.ends_at > now]  # fmt: skip
    if as_json or not sys.stdout.isatty():
        for s in items:
            sys.stdout.write(_json.dumps_line({**s.to_json_dict(), "active": s.active(now)}) + "\n")
        return
    table = Table("id", "matchers", "ends", "reason", "by")
    for s in items:
        matchers = " ".join(f"{k}={v}" for k, v in (("story", s.story), ("actor", s.actor),
                            ("watch", s.watch), ("to_state", s.to_state)) if v)  # fmt: skip
        ends = s.ends_at.strftime("%Y-%m-%d %H:%M UTC") + ("" if s.active(now) else " (expired)")
        table.add_row(s.id, matchers, ends, s.reason, s.created_by)
    Console().print(table)


@silence_app.command("expire")
def silence_expire(
    silence_id: Annotated[str, typer.Argument(help="Id from `silence list`")],
) -> None:
    """End a silence now."""
    settings = _settings()
    found = {s.id: s for s in _run(_load(_store(settings)))}
    if silence_id not in found:
        raise _fail(f"no silence with id {silence_id!r}")
    _run(_store(settings).put(expire(found[silence_id], datetime.now(UTC))))
    sys.stdout.write(f"expired {silence_id}\n")


def register(app: typer.Typer) -> None:
    """Add the alerting commands to the CLI."""
    app.command()(tail)
    app.add_typer(silence_app, name="silence")
