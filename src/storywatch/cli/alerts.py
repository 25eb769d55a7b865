"""`silence` and alert tools: filled in by the alerts work."""

from __future__ import annotations

import typer

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    """Add the alerting commands to the CLI."""
