"""`storywatch bench --quick --json` runs and prints one JSON object (no timing asserts)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.kafka

CONTRACT_KEYS = (
    "core_articles_per_s", "pipeline_articles_per_s", "baseline_articles_per_s",
    "pipeline_vs_baseline", "two_workers_vs_one", "p99_ms_at_100_per_s", "bytes_per_story",
)  # fmt: skip


def test_quick_bench_prints_one_json_object_with_the_contract_keys(tmp_path: Path) -> None:
    out = tmp_path / "bench"
    cmd = [sys.executable, "-c", "from storywatch._entry import main; main()",
           "bench", "--quick", "--json", "--out", str(out)]  # fmt: skip
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=240, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    assert len(lines) == 1
    res = json.loads(lines[0])
    for key in CONTRACT_KEYS:
        assert key in res
        assert res[key] is None or isinstance(res[key], int | float)
    assert {"cpu", "cores", "python"} <= set(res["machine"])
    assert res["date"]
    assert res["quick"] is True
    assert json.loads((out / "results.json").read_text()) == res
    for phase in res["pipeline"].values():
        if phase is not None:
            assert "alerts" in phase["records_per_article"]
