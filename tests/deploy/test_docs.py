"""docs/operations.md matches the code: metrics table, alert table, promtool commands."""

from __future__ import annotations

import re
import shlex
import subprocess

import yaml

from storywatch.observe import Metrics

from .conftest import DEPLOY, ROOT, need_tool

DOC = (ROOT / "docs" / "operations.md").read_text(encoding="utf-8")


def _table_names(prefix: str) -> set[str]:
    return set(re.findall(rf"^\| `({prefix}[a-zA-Z_]+)` \|", DOC, re.MULTILINE))


def _exposed_name(name: str, kind: str) -> str:
    return name + "_total" if kind == "counter" else name


def test_metrics_table_lists_every_metric_and_no_other() -> None:
    exported = {_exposed_name(f.name, f.type) for f in Metrics().registry.collect()}
    assert _table_names("storywatch_") == exported


def test_alert_table_lists_every_rule() -> None:
    rules = yaml.safe_load((DEPLOY / "prometheus/rules/storywatch.rules.yml").read_text())
    alerts = {r["alert"] for g in rules["groups"] for r in g["rules"] if "alert" in r}
    assert _table_names("Storywatch") == alerts


def test_the_promtool_commands_shown_pass() -> None:
    need_tool("promtool", "prometheus")
    commands = re.findall(r"^\$ (promtool (?:check|test) rules .+)$", DOC, re.MULTILINE)
    assert len(commands) == 2
    for command in commands:
        r = subprocess.run(
            shlex.split(command), cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
        )
        assert r.returncode == 0, command + "\n" + r.stdout + r.stderr


def test_the_mermaid_diagram_is_there() -> None:
    block = re.search(r"```mermaid\n(.+?)```", DOC, re.DOTALL)
    assert block is not None
    assert block.group(1).startswith("flowchart")
    for node in ("articles", "classify", "detect", "alerter", "deadletter", "prom"):
        assert node in block.group(1)
