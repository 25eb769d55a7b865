"""Prometheus config, alert rules and the metrics exposition, checked by promtool itself."""

from __future__ import annotations

import subprocess

from prometheus_client import generate_latest

from .conftest import DEPLOY, busy_metrics, need_tool

PROM = DEPLOY / "prometheus"


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, input=stdin.decode() if stdin else None, capture_output=True, text=True,
        timeout=60, check=False,
    )  # fmt: skip


def test_promtool_check_rules() -> None:
    promtool = need_tool("promtool", "prometheus")
    r = _run(promtool, "check", "rules", str(PROM / "rules" / "storywatch.rules.yml"))
    assert r.returncode == 0, r.stdout + r.stderr
    assert "SUCCESS: 9 rules found" in r.stdout


def test_promtool_test_rules() -> None:
    promtool = need_tool("promtool", "prometheus")
    r = _run(promtool, "test", "rules", str(PROM / "tests" / "storywatch.rules.test.yml"))
    assert r.returncode == 0, r.stdout + r.stderr


def test_promtool_check_config() -> None:
    promtool = need_tool("promtool", "prometheus")
    r = _run(promtool, "check", "config", "--syntax-only", str(PROM / "prometheus.yml"))
    assert r.returncode == 0, r.stdout + r.stderr


def test_every_metric_has_a_sample_in_the_busy_exposition() -> None:
    families = list(busy_metrics().registry.collect())
    quiet = [f.name for f in families if not any(_counts(s.name, s.value) for s in f.samples)]
    assert quiet == []


def _counts(name: str, value: float) -> bool:
    return value != 0 and not name.endswith("_created")


def test_promtool_check_metrics_on_the_real_exposition() -> None:
    promtool = need_tool("promtool", "prometheus")
    text = generate_latest(busy_metrics().registry)
    assert b"storywatch_articles_total" in text
    r = _run(promtool, "check", "metrics", stdin=text)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.strip() == ""
    assert r.stderr.strip() == ""


def test_promtool_check_metrics_would_catch_a_bad_name() -> None:
    """The check above can fail: promtool flags a counter without _total."""
    promtool = need_tool("promtool", "prometheus")
    bad = (
        b"# HELP storywatch_things Things\n# TYPE storywatch_things counter\nstorywatch_things 1\n"
    )
    r = _run(promtool, "check", "metrics", stdin=bad)
    assert r.returncode != 0
    assert "_total" in r.stdout + r.stderr


def test_amtool_check_config() -> None:
    amtool = need_tool("amtool", "prometheus-alertmanager")
    r = _run(amtool, "check-config", str(DEPLOY / "alertmanager" / "alertmanager.yml"))
    assert r.returncode == 0, r.stdout + r.stderr
