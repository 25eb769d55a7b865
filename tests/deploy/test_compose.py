"""docker-compose.yml against the Compose Specification schema, and every file it references.

No Docker daemon here, so this stands in for `docker compose config`: the file is parsed,
interpolated with its defaults, validated against the official compose-spec JSON schema
(vendored by the check-jsonschema package, from github.com/compose-spec/compose-spec), and
every build context, Dockerfile and bind mount it names must exist.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from .conftest import DEPLOY, ROOT

COMPOSE = ROOT / "docker-compose.yml"
_VAR = re.compile(r"\$\{([A-Z0-9_]+)(?::?-([^}]*))?\}")


def compose_schema() -> dict[str, Any]:
    """The compose-spec schema shipped in check-jsonschema's vendored schemas.

    Read as package data without importing check_jsonschema (its CLI module needs a
    newer click than the one typer pins here).
    """
    spec = importlib.util.find_spec("check_jsonschema")
    if spec is None or not spec.submodule_search_locations:
        pytest.fail("check-jsonschema is missing: make install")
    base = Path(next(iter(spec.submodule_search_locations)))
    path = base / "builtin_schemas" / "vendor" / "compose-spec.json"
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


def interpolate(value: Any) -> Any:
    """Replace ${VAR:-default} with its default, as compose does with an empty environment."""
    if isinstance(value, str):
        return _VAR.sub(lambda m: m.group(2) or "", value)
    if isinstance(value, dict):
        return {k: interpolate(v) for k, v in value.items()}
    if isinstance(value, list):
        return [interpolate(v) for v in value]
    return value


def errors(doc: Any) -> list[str]:
    validator = jsonschema.Draft202012Validator(compose_schema())
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(doc)
    ]


def _compose() -> dict[str, Any]:
    doc: dict[str, Any] = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    return doc


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return _compose()


def test_compose_file_is_valid_against_the_compose_spec(compose: dict[str, Any]) -> None:
    assert errors(compose) == []
    assert errors(interpolate(compose)) == []


def test_the_schema_check_catches_mistakes(compose: dict[str, Any]) -> None:
    broken = json.loads(json.dumps(compose))
    broken["services"]["worker"]["depends_on"] = {"topics": {"condition": "when_ready"}}
    broken["services"]["kafka"]["helthcheck"] = {}
    found = errors(broken)
    assert any("condition" in e or "depends_on" in e for e in found), found
    assert any("helthcheck" in e for e in found), found


def _bind_sources(service: dict[str, Any]) -> list[str]:
    out = []
    for v in service.get("volumes", []):
        src = v.split(":", 1)[0] if isinstance(v, str) else v.get("source", "")
        if src.startswith((".", "/")):
            out.append(src)
    return out


def test_every_referenced_file_exists(compose: dict[str, Any]) -> None:
    checked = 0
    for name, svc in interpolate(compose)["services"].items():
        build = svc.get("build")
        if build:
            context = ROOT / build["context"]
            assert context.is_dir(), name
            assert (context / build.get("dockerfile", "Dockerfile")).is_file(), name
            checked += 1
        for src in _bind_sources(svc):
            assert (ROOT / src).exists(), f"{name}: {src}"
            checked += 1
    assert checked >= 8


def test_workers_scale(compose: dict[str, Any]) -> None:
    """`--scale worker=3` needs no fixed name, no host port, and its own data per replica."""
    worker = compose["services"]["worker"]
    assert "container_name" not in worker
    assert "ports" not in worker
    assert "volumes" not in worker  # a shared volume would be one table store for N workers
    assert worker["command"] == ["worker"]


def test_kafka_is_single_node_kraft_with_a_persistent_volume(compose: dict[str, Any]) -> None:
    kafka = compose["services"]["kafka"]
    env = kafka["environment"]
    assert kafka["image"].startswith("${KAFKA_IMAGE:-apache/kafka:")
    assert set(env["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}
    assert "ZOOKEEPER" not in json.dumps(env).upper()
    assert "kafka-data:/var/lib/kafka/data" in kafka["volumes"]
    assert env["KAFKA_LOG_DIRS"] == "/var/lib/kafka/data"
    assert "kafka-data" in compose["volumes"]


def test_topic_init_and_workers_agree_on_partitions(compose: dict[str, Any]) -> None:
    svc = interpolate(compose)["services"]
    assert (
        svc["topics"]["environment"]["PARTITIONS"]
        == svc["worker"]["environment"]["STORYWATCH_PARTITIONS"]
    )
    assert svc["topics"]["depends_on"]["kafka"]["condition"] == "service_healthy"
    assert svc["worker"]["depends_on"]["topics"]["condition"] == "service_completed_successfully"
    script = (DEPLOY / "kafka" / "create-topics.sh").read_text()
    assert "--if-not-exists" in script
    assert "cleanup.policy=compact" in script


def test_prometheus_mounts_match_its_config(compose: dict[str, Any]) -> None:
    prom = yaml.safe_load((DEPLOY / "prometheus" / "prometheus.yml").read_text())
    mounts = dict(v.split(":")[:2][::-1] for v in compose["services"]["prometheus"]["volumes"])
    assert mounts["/etc/prometheus/prometheus.yml"] == "./deploy/prometheus/prometheus.yml"
    [rule_glob] = prom["rule_files"]
    rules_dir = mounts[str(Path(rule_glob).parent)]
    assert list((ROOT / rules_dir).glob(Path(rule_glob).name))
    port = compose["services"]["worker"]["environment"]["STORYWATCH_METRICS_PORT"]
    [worker_job] = [j for j in prom["scrape_configs"] if j["job_name"] == "storywatch"]
    assert worker_job["dns_sd_configs"][0] == {
        "names": ["worker"], "type": "A", "port": int(port), "refresh_interval": "15s"
    }  # fmt: skip


def test_grafana_is_provisioned(compose: dict[str, Any]) -> None:
    mounts = dict(v.split(":")[:2][::-1] for v in compose["services"]["grafana"]["volumes"])
    provider = yaml.safe_load(
        (ROOT / mounts["/etc/grafana/provisioning"] / "dashboards" / "storywatch.yml").read_text()
    )
    dash_dir = provider["providers"][0]["options"]["path"]
    assert list((ROOT / mounts[dash_dir]).glob("*.json"))


def test_alertmanager_is_optional(compose: dict[str, Any]) -> None:
    assert compose["services"]["alertmanager"]["profiles"] == ["alerting"]
    assert "profiles" not in compose["services"]["prometheus"]


def test_published_ports_bind_loopback_only(compose: dict[str, Any]) -> None:
    for name, svc in interpolate(compose)["services"].items():
        for port in svc.get("ports", []):
            assert str(port).startswith("127.0.0.1:"), f"{name}: {port}"
