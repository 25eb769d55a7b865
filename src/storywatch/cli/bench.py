"""`bench`: filled in by the benchmark work."""

from __future__ import annotations

import typer

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    """Add the benchmark command to the CLI."""
