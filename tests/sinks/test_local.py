"""Console and JSONL file sinks; the packages' public names."""

from __future__ import annotations

import io
from pathlib import Path

import orjson
from rich.console import Console

import storywatch.alerts
import storywatch.sinks
from storywatch.models import Alert
from storywatch.sinks import ConsoleSink, JsonlFileSink

from .conftest import make_alert


async def test_console_prints_one_readable_line_with_markup_escaped() -> None:
    buf = io.StringIO()
    sink = ConsoleSink(Console(file=buf, width=300, color_system=None))
    await sink.send(make_alert(title="[bold]Kremlin[/] replies"))
    out = buf.getvalue()
    assert out.count("\n") == 1
    assert "[bold]Kremlin[/] replies" in out
    assert "HIGH" in out


async def test_jsonl_file_gets_one_alert_per_line_that_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "alerts.jsonl"
    sink = JsonlFileSink(path)
    alerts = [make_alert(i) for i in range(3)]
    for a in alerts:
        await sink.send(a)
    lines = path.read_text().splitlines()
    assert [Alert.from_json_dict(orjson.loads(x)) for x in lines] == alerts


def test_every_exported_name_exists() -> None:
    for module in (storywatch.alerts, storywatch.sinks):
        for name in module.__all__:
            assert getattr(module, name) is not None, f"{module.__name__}.{name}"


async def test_settings_with_an_alerts_file_add_a_file_sink_that_appends_alerts(
    tmp_path: Path,
) -> None:
    """STORYWATCH_ALERTS_FILE: a sink like the others (the demo's worker uses it)."""
    import httpx

    from storywatch.observe.metrics import Metrics
    from storywatch.settings import Settings
    from storywatch.sinks.build import build_sinks

    path = tmp_path / "delivered.jsonl"
    async with httpx.AsyncClient() as client:
        sinks = build_sinks(Settings(alerts_file=path), client, Metrics())
        assert [s.name for s in sinks] == ["file"]
        assert build_sinks(Settings(), client, Metrics()) == []
        await sinks[0].send(make_alert())
    assert orjson.loads(path.read_text("utf-8"))["alert_id"] == make_alert().alert_id
