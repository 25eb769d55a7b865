"""`storywatch detect`: contract lines, --explain, --now, bad input, the shared storyline."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from storywatch.cli import app

runner = CliRunner()
PROPOSAL = {
    "id": "p1",
    "url": "https://example.test/p1",
    "source": "wire",
    "published_at": "2025-07-19T18:00:00Z",
    "title": "Zelenskyy says Ukraine has proposed new direct peace talks with Russia",
    "body": "Ukraine has formally proposed a new round of direct peace talks with Russia.",
}
CONTRACT = {"article_id", "story_id", "actor", "from_state", "to_state", "issue", "severity",
            "title", "evidence"}  # fmt: skip


def detect(*args: str, lines: list[str]) -> tuple[int, list[dict], str]:
    result = runner.invoke(app, ["detect", *args, "-"], input="\n".join(lines) + "\n")
    out = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    return result.exit_code, out, result.stderr


def test_detect_writes_contract_lines_without_the_rule() -> None:
    code, out, _ = detect(lines=[json.dumps(PROPOSAL)])
    assert code == 0
    assert out
    assert set(out[0]) >= CONTRACT
    assert "rule" not in out[0]
    assert "explain" not in out[0]


def test_explain_gives_the_rule_and_events_behind_each_change() -> None:
    code, out, _ = detect("--explain", lines=[json.dumps(PROPOSAL)])
    assert code == 0
    explain = out[0]["explain"]
    assert explain["rule"].startswith("propose:")
    assert explain["events"][0]["action"] == "propose"
    assert explain["article"] == "p1"


def test_now_runs_the_deadlines() -> None:
    _, without, _ = detect(lines=[json.dumps(PROPOSAL)])
    _, with_now, _ = detect("--now", "2025-07-23T00:00:00Z", lines=[json.dumps(PROPOSAL)])
    assert "overdue" not in [c["to_state"] for c in without]
    overdue = [c for c in with_now if c["to_state"] == "overdue"]
    assert len(overdue) == 1
    assert overdue[0]["actor"] == "RUS"


def test_bad_lines_are_reported_and_skipped() -> None:
    code, out, err = detect(lines=["not json", json.dumps(PROPOSAL), '{"id": "x"}'])
    assert code == 1
    assert out
    assert "line 1:" in err
    assert "line 3:" in err
    assert "Traceback" not in err


def test_shared_storyline_every_required_change_and_no_false_one(
    shared_dir: Path, tmp_path: Path
) -> None:
    storyline = shared_dir / "storylines" / "ukraine-russia-talks.articles.jsonl"
    expected = shared_dir / "storylines" / "ukraine-russia-talks.expected.json"
    result = runner.invoke(app, ["detect", str(storyline)])
    assert result.exit_code == 0
    out = tmp_path / "d.jsonl"
    out.write_text(result.stdout)
    score = subprocess.run(
        [sys.executable, str(shared_dir / "tools" / "score.py"), "changes", str(expected),
         str(out), "--max-false", "0"],
        capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert score.returncode == 0, score.stdout
