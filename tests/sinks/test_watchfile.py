"""watches.yaml on disk: reloaded on change, an invalid edit keeps the old watches."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from storywatch._exceptions import InvalidWatches
from storywatch.sinks import WatchesFile, load_watches


class Ticks:
    """A fake monotonic clock."""

    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def _write(path: Path, text: str, bump: int) -> None:
    path.write_text(text)
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + bump * 1_000_000_000))


def test_reloads_on_change_without_restart(tmp_path: Path) -> None:
    path = tmp_path / "watches.yaml"
    _write(path, "watches:\n  - name: one\n", 0)
    clock = Ticks()
    wf = WatchesFile(path, check_every_s=1.0, monotonic=clock)
    assert [w.name for w in wf.current()] == ["all", "one"]
    _write(path, "watches:\n  - name: two\n", 1)
    assert [w.name for w in wf.current()] == ["all", "one"]  # not looked at yet
    clock.t = 1.0
    assert [w.name for w in wf.current()] == ["all", "two"]
    assert wf.by_name("two") is not None


def test_an_invalid_edit_keeps_the_old_watches_and_says_which_line(tmp_path: Path) -> None:
    path = tmp_path / "watches.yaml"
    _write(path, "watches:\n  - name: one\n", 0)
    clock = Ticks()
    wf = WatchesFile(path, monotonic=clock)
    _write(path, "watches:\n  - name: one\n    min_severity: loud\n", 1)
    clock.t = 5.0
    assert [w.name for w in wf.current()] == ["all", "one"]
    assert wf.last_error is not None
    assert "line 3" in wf.last_error
    _write(path, "watches:\n  - name: fixed\n", 2)
    clock.t = 10.0
    assert [w.name for w in wf.current()] == ["all", "fixed"]
    assert wf.last_error is None


def test_no_file_means_the_default_watch() -> None:
    assert [w.name for w in WatchesFile(None).current()] == ["all"]


def test_a_missing_or_bad_file_at_start_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(InvalidWatches, match="cannot read"):
        load_watches(tmp_path / "nope.yaml")
    (tmp_path / "bin.yaml").write_bytes(b"\xff\xfe\x00")
    with pytest.raises(InvalidWatches, match="UTF-8"):
        load_watches(tmp_path / "bin.yaml")


def test_the_example_watches_file_is_valid() -> None:
    example = Path(__file__).resolve().parents[2] / "examples" / "watches.yaml"
    names = [w.name for w in load_watches(example)]
    assert names[0] == "all"
    assert len(names) > 2
