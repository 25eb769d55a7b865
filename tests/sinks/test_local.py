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
