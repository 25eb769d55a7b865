"""`demo`, `worker`, `replay`, `tail`: the Kafka pipeline (filled in by the stream work)."""

from __future__ import annotations

import typer

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    """Add the streaming commands to the CLI."""
