"""Local sinks: console (rich, one readable line per alert), JSONL file, and an in-memory list."""

from __future__ import annotations

import asyncio
from pathlib import Path

from rich.console import Console
from rich.markup import escape as rich_escape

from storywatch import _json
from storywatch._exceptions import RetriableDelivery
from storywatch.models import Alert

__all__ = ["ConsoleSink", "JsonlFileSink", "ListSink", "alert_line"]

STYLE = {"critical": "bold red", "high": "bold yellow", "normal": "cyan", "info": "dim"}


def alert_line(alert: Alert) -> str:
    """Rich markup for one alert on one line (article text escaped)."""
    c = alert.change
    style = STYLE.get(alert.severity, "")
    sev = f"[{style}]{alert.severity.upper():8}[/]"
    conf = "confirmed" if alert.confirmed else "unconfirmed"
    link = f" {rich_escape(alert.links[0])}" if alert.links else ""
    return (
        f"{sev} {rich_escape(alert.title)} [dim]({rich_escape(c.story_id)} · "
        f"{rich_escape(alert.watch)} · {conf}){link}[/]"
    )


class ConsoleSink:
    """Print each alert as one readable line."""

    def __init__(self, console: Console | None = None, name: str = "console") -> None:
        self.name = name
        self._console = console or Console(stderr=False, soft_wrap=True)

    async def send(self, alert: Alert) -> None:
        """Print one line (never fails)."""
        self._console.print(alert_line(alert), highlight=False)


class JsonlFileSink:
    """Append each alert as one JSON line (the webhook body) to a file."""

    def __init__(self, path: Path, name: str = "file") -> None:
        self.name = name
        self.path = path
        self._lock = asyncio.Lock()

    async def send(self, alert: Alert) -> None:
        """Append and flush one line; an OSError (disk full, ...) is retriable."""
        line = _json.dumps_line(alert.to_json_dict()) + "\n"
        async with self._lock:
            try:
                await asyncio.to_thread(self._append, line)
            except OSError as e:
                raise RetriableDelivery(f"file {self.name}: {e.strerror or e}") from e

    def _append(self, line: str) -> None:
        with self.path.open("a", encoding="utf-8") as f:
            f.write(line)


class ListSink:
    """Keep alerts in a list (tests, the demo's --alerts-out collector)."""

    def __init__(self, name: str = "list") -> None:
        self.name = name
        self.alerts: list[Alert] = []

    async def send(self, alert: Alert) -> None:
        """Append to `alerts`."""
        self.alerts.append(alert)
