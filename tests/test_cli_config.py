"""Settings turned into the story engine's config: one function for `detect` and the pipeline."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from storywatch.cli._common import story_config
from storywatch.models import Change
from storywatch.settings import Settings
from storywatch.sinks.watchfile import WatchesFile
from storywatch.stream.records import encode
from storywatch.stream.stages import AlertStage, Where

WATCHES = """
watches:
  - name: fast-replies
    to_states: [overdue]
    overdue_hours: 24
"""


def test_the_engine_deadline_is_the_earliest_a_watch_asks_for(tmp_path: Path) -> None:
    path = tmp_path / "watches.yaml"
    path.write_text(WATCHES, encoding="utf-8")
    assert story_config(Settings(watches_file=path, overdue_hours=72)).overdue_hours == 24
    assert story_config(Settings(overdue_hours=72)).overdue_hours == 72


def test_detect_reports_a_bad_watches_file_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "watches.yaml"
    path.write_text("watches:\n  - name: [unclosed\n", encoding="utf-8")
    exe = Path(sys.executable).with_name("storywatch")
    out = subprocess.run(
        [str(exe), "detect", "-"], input="", capture_output=True, text=True, timeout=60,
        env={"STORYWATCH_WATCHES_FILE": str(path), "PATH": "/usr/bin:/bin"}, check=False,
    )  # fmt: skip
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert "line" in lines[0]
    assert "Traceback" not in out.stderr


def _change() -> bytes:
    change = Change(
        article_id="a1", story_id="RUS-UKR:talks", actor="RUS", from_state="awaiting_response",
        to_state="responded", issue="talks", severity="high", parties=("RUS", "UKR"),
    )  # fmt: skip
    return encode(change)


def test_the_alert_stage_follows_an_edited_watches_file(tmp_path: Path) -> None:
    path = tmp_path / "watches.yaml"
    path.write_text(
        "include_default: false\nwatches:\n  - name: first\n    actors: [RUS]\n", "utf-8"
    )
    stage = AlertStage(source=WatchesFile(path, check_every_s=0).current)
    where = Where(topic="changes", partition=0, offset=0, key=b"k")
    now = datetime(2025, 7, 21, tzinfo=UTC)
    assert [a.watch for a in stage.process(_change(), where, now)[1]] == ["first"]
    path.write_text(
        "include_default: false\nwatches:\n  - name: second-watch\n    actors: [UKR]\n", "utf-8"
    )
    assert [a.watch for a in stage.process(_change(), where, now)[1]] == ["second-watch"]
