"""The `storywatch` command: the only place that reads settings; one module per group."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from storywatch.cli import core

__all__ = ["app", "main"]

app = typer.Typer(
    name="storywatch",
    help="Breaking-news alerts from story state changes: classify, detect, stream, alert.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
core.register(app)


def _version(value: bool) -> None:
    if value:
        from storywatch import __version__  # noqa: PLC0415

        typer.echo(f"storywatch {__version__}")
        raise typer.Exit


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version"),
    ] = False,
) -> None:
    """Breaking-news alerts from story state changes: classify, detect, stream, alert."""


def _register_optional() -> None:
    """Adapters register their commands here; each module is owned by one stage."""
    from storywatch.cli import alerts, bench, ingest, stream  # noqa: PLC0415

    for module in (stream, ingest, alerts, bench):
        module.register(app)


_register_optional()


def main() -> None:
    """Console entry point; Ctrl-C outside a command's own handling exits 130, no traceback."""
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        raise SystemExit(130) from None
