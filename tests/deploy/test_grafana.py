"""The Grafana dashboard queries only metrics the code exports, and its PromQL parses."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from prometheus_client import CollectorRegistry

from storywatch.observe import Metrics

from .conftest import DEPLOY, need_tool

GRAFANA = DEPLOY / "grafana"
DASHBOARD = GRAFANA / "dashboards" / "storywatch.json"
_METRIC = re.compile(r"\bstorywatch_[a-zA-Z0-9_]+\b")
_SUFFIXES = {
    "counter": ("_total", "_created"),
    "gauge": ("",),
    "histogram": ("_bucket", "_count", "_sum", "_created"),
    "info": ("_info",),
}


def exported_names(registry: CollectorRegistry) -> set[str]:
    """Every series name the registry can expose, with the suffixes of each metric type."""
    return {f.name + s for f in registry.collect() for s in _SUFFIXES.get(f.type, ("",))}


def panels(dashboard: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every panel, including those nested in collapsed rows."""
    for p in dashboard["panels"]:
        yield p
        yield from p.get("panels", [])


def exprs(dashboard: dict[str, Any]) -> list[str]:
    return [t["expr"] for p in panels(dashboard) for t in p.get("targets", [])]


def unknown_metrics(dashboard: dict[str, Any], known: set[str]) -> set[str]:
    """Metric names a query uses that the code does not export."""
    return {m for e in exprs(dashboard) for m in _METRIC.findall(e)} - known


def _load() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    return data


def test_every_query_names_an_exported_metric() -> None:
    known = exported_names(Metrics().registry)
    dashboard = _load()
    assert len(exprs(dashboard)) >= 15
    assert unknown_metrics(dashboard, known) == set()
    for e in exprs(dashboard):
        assert _METRIC.search(e) or "up{" in e, e


def test_the_check_catches_a_misspelt_metric() -> None:
    known = exported_names(Metrics().registry)
    bad = {"panels": [{"targets": [{"expr": "rate(storywatch_articles[5m])"}]}]}
    nested = {"panels": [{"panels": [{"targets": [{"expr": "storywatch_lag"}]}]}]}
    assert unknown_metrics(bad, known) == {"storywatch_articles"}
    assert unknown_metrics(nested, known) == {"storywatch_lag"}


def test_dashboard_shows_every_area_of_the_issue() -> None:
    used = {m for e in exprs(_load()) for m in _METRIC.findall(e)}
    wanted = {
        "storywatch_articles_total", "storywatch_events_total", "storywatch_changes_total",
        "storywatch_alerts_total", "storywatch_ingest_to_alert_seconds_bucket",
        "storywatch_published_to_alert_seconds_bucket", "storywatch_consumer_lag_records",
        "storywatch_deliveries_total", "storywatch_story_changes_total",
        "storywatch_deadletters_total", "storywatch_delivery_duration_seconds_bucket",
    }  # fmt: skip
    assert wanted - used == set()
    kinds = {p["type"] for p in panels(_load())}
    assert {"heatmap", "timeseries", "bargauge", "stat"} <= kinds


def test_panels_have_unique_ids_and_the_provisioned_datasource() -> None:
    dashboard = _load()
    ids = [p["id"] for p in panels(dashboard)]
    assert len(ids) == len(set(ids))
    ds = yaml.safe_load((GRAFANA / "provisioning/datasources/prometheus.yml").read_text())
    [source] = ds["datasources"]
    [var] = dashboard["templating"]["list"]
    assert var["current"]["value"] == source["uid"]
    assert source["url"] == "http://prometheus:9090"


def test_every_query_is_valid_promql(tmp_path: Path) -> None:
    """promtool parses each query (Grafana's $__ macros replaced by durations)."""
    promtool = need_tool("promtool", "prometheus")
    rules = [
        {"record": f"dashboard:query{i}", "expr": e.replace("$__rate_interval", "1m").replace(
            "$__range", "1h")}
        for i, e in enumerate(exprs(_load()))
    ]  # fmt: skip
    path = tmp_path / "dashboard.rules.yml"
    path.write_text(yaml.safe_dump({"groups": [{"name": "dashboard", "rules": rules}]}))
    r = subprocess.run(
        [promtool, "check", "rules", str(path)], capture_output=True, text=True, timeout=60,
        check=False,
    )  # fmt: skip
    assert r.returncode == 0, r.stdout + r.stderr
