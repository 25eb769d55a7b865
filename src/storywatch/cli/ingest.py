"""`fetch` and `serve` (push endpoint and feed polling): filled in by the ingestion work."""

from __future__ import annotations

import typer

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    """Add the ingestion commands to the CLI."""
